"""Configuration has one home (index.settings.Settings) and every setting is documented."""

from __future__ import annotations

import re
from pathlib import Path

from index.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_in_the_readme_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = "\n".join(line for line in readme.splitlines() if line.startswith("| `GPSEARCH_"))
    missing = [f"GPSEARCH_{name.upper()}" for name in Settings.model_fields
               if f"`GPSEARCH_{name.upper()}`" not in table]
    assert missing == []


def test_the_service_reads_no_gpsearch_variable_directly():
    """gpsearch's settings reach the code through Settings: no GPSEARCH_* lookups in the service
    or index (server.py only sets the serve URL for its worker processes)."""
    readers = re.compile(r"""(os\.environ\.get|os\.getenv)\(\s*["']GPSEARCH_|os\.environ\[["']GPSEARCH_[^]]*\](?!\s*=)""")
    for path in [*(ROOT / "service").rglob("*.py"), *(ROOT / "index").rglob("*.py")]:
        assert not readers.search(path.read_text(encoding="utf-8")), path
