"""Check a layout set's manifest against its documents, without project code (the held-out sets'
writers check their anchors with it, never with the project's readers).

Run from the repository root:  python tests/data/check_anchors.py tests/data/layouts-heldout6

Each document's text is extracted independently of the project's readers: pypdf for PDFs,
python-docx for Word files (body paragraphs and table cells in document order, then headers and
footers), BeautifulSoup get_text for HTML (scripts and styles dropped), a plain read otherwise.
Whitespace is collapsed to single spaces. Then:

- every initiative anchor occurs exactly once in its document;
- in PDFs every anchor is at most 60 characters and sits on one printed line (one line of pypdf's
  extract_text);
- every furniture quote and every not_metrics quote occurs at least once;
- the manifest lists every document in the folder, and every listed document exists.

Exit status 1 if anything fails.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path.cwd()
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".md", ".txt"}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def pdf_lines(path: Path) -> list[str]:
    from pypdf import PdfReader

    lines = []
    for page in PdfReader(str(path)).pages:
        lines.extend(norm(line) for line in page.extract_text().splitlines())
    return lines


def docx_text(path: Path) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    parts: list[str] = []

    def walk_table(table):
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # merged cells repeat
                    continue
                seen.add(id(cell._tc))
                for block in cell._tc.iterchildren():
                    tag = block.tag.rsplit("}", 1)[-1]
                    if tag == "p":
                        parts.append(Paragraph(block, cell).text)
                    elif tag == "tbl":
                        walk_table(Table(block, cell))

    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(Paragraph(block, document).text)
        elif tag == "tbl":
            walk_table(Table(block, document))
    for section in document.sections:
        for part in (section.header, section.footer):
            parts.extend(p.text for p in part.paragraphs)
    return "\n".join(parts)


def html_text(path: Path) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.get_text(" ")


def document_text(path: Path) -> tuple[str, list[str] | None]:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        lines = pdf_lines(path)
        return norm(" ".join(lines)), lines
    if suffix == ".docx":
        return norm(docx_text(path)), None
    if suffix in (".html", ".htm"):
        return norm(html_text(path)), None
    return norm(path.read_text(encoding="utf-8")), None


def main() -> int:
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    documents = manifest["documents"]
    failures = 0
    total = 0
    on_disk = {p.name for p in HERE.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES
               and p.name not in ("README.md",)}
    for name in sorted(on_disk - set(documents)):
        print(f"FAIL  {name}: in the folder but not in the manifest")
        failures += 1
    for name, entry in documents.items():
        path = HERE / name
        if not path.exists():
            print(f"FAIL  {name}: listed in the manifest but missing")
            failures += 1
            continue
        text, lines = document_text(path)
        problems = []
        for initiative in entry["initiatives"]:
            anchor = norm(initiative["anchor"])
            count = text.count(anchor)
            if count != 1:
                problems.append(f"anchor found {count} times: {anchor!r}")
            if lines is not None:
                if len(anchor) > 60:
                    problems.append(f"PDF anchor longer than 60 characters ({len(anchor)}): {anchor!r}")
                if not any(anchor in line for line in lines):
                    problems.append(f"PDF anchor not on one printed line: {anchor!r}")
        for kind in ("furniture", "not_metrics"):
            for quote in entry.get(kind, []):
                if norm(quote) not in text:
                    problems.append(f"{kind} quote not found: {quote!r}")
        total += len(entry["initiatives"])
        if problems:
            failures += len(problems)
            print(f"FAIL  {name}")
            for problem in problems:
                print(f"        {problem}")
        else:
            print(f"ok    {name}: {len(entry['initiatives'])} anchors, {len(entry.get('furniture', []))} furniture, "
                  f"{len(entry.get('not_metrics', []))} not_metrics")
    print(f"{len(documents)} documents, {total} intended initiatives, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
