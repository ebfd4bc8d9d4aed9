"""`make run`: start the API and the Streamlit UI, wait until both answer, print their URLs."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from index.settings import get_settings

ROOT = Path(__file__).resolve().parent.parent


def _wait(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status < 500:
                    return True
        except OSError:
            time.sleep(0.5)
    return False


def _stop(signum, frame) -> None:
    """`kill`, systemd and container stops send SIGTERM: stop both children as Ctrl+C does."""
    raise KeyboardInterrupt


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--api-port", type=int, default=8000)
    parser.add_argument("--ui-port", type=int, default=8501)
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _stop)
    bin_dir = Path(sys.executable).parent
    api_url = f"http://127.0.0.1:{args.api_port}"
    settings = get_settings()
    # The UI finds the API at GPSEARCH_API_URL: the one started here unless one was configured.
    env = {**os.environ, "GPSEARCH_API_URL": settings.api_url if "api_url" in settings.model_fields_set else api_url}
    api = subprocess.Popen([str(bin_dir / "gpsearch"), "serve", "--port", str(args.api_port)], env=env)
    ui = subprocess.Popen(
        [str(bin_dir / "streamlit"), "run", str(ROOT / "ui" / "app.py"), "--server.port", str(args.ui_port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--theme.primaryColor", "#1d3557", "--client.toolbarMode", "minimal"],
        env=env,
    )
    try:
        if not _wait(f"{api_url}/health", 120):
            print("gpsearch: the API did not start; see the messages above", file=sys.stderr)
            return 1
        _wait(f"http://127.0.0.1:{args.ui_port}/_stcore/health", 60)
        print(f"\n  API:  {api_url}   (OpenAPI docs at {api_url}/docs)")
        print(f"  UI:   http://127.0.0.1:{args.ui_port}\n  Ctrl+C stops both.\n", flush=True)
        while api.poll() is None and ui.poll() is None:
            time.sleep(1)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        for process in (ui, api):
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        for process in (ui, api):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main())
