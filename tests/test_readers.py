"""Tests for ingest.readers: every supported format, every refusal, and folder discovery."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from ingest import readers
from ingest.readers import (
    SUPPORTED_SUFFIXES,
    UnreadableFile,
    discover,
    read_document,
    title_from_content,
    title_from_text,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))

PAGE1 = "Officers in Kent reduced repeat burglary by a third."
PAGE2 = "Cleveland Police trained two hundred call handlers in trauma awareness."


def _reason(excinfo) -> str:
    msg = str(excinfo.value)
    assert msg and "\n" not in msg, f"reason must be one non-empty line: {msg!r}"
    return msg


# ---------------------------------------------------------------------------- fixtures


def _make_pdf(pages: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for sentence in pages:
        c.drawString(72, 720, sentence)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def pdf_bytes() -> bytes:
    return _make_pdf([PAGE1, PAGE2])


def _encrypt(data: bytes, user: str, owner: str | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user, owner_password=owner)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Neighbourhood Policing Review", level=1)
    d.add_paragraph("Surrey Police piloted a new problem-solving approach.")
    d.add_heading("Results", level=2)
    d.add_paragraph("Calls fell after the pilot.")
    table = d.add_table(rows=2, cols=3)
    for r, row in enumerate([["Measure", "Before", "After"], ["Calls", "120", "90"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("Closing remarks.")
    d.add_paragraph("")  # empty paragraphs are dropped
    d.save(str(path))
    return path


# ---------------------------------------------------------------------------- text


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_files_round_trip_exactly(path: Path):
    raw = path.read_bytes()
    doc = read_document(path, path.name)
    assert doc.text == raw.decode("utf-8")
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.doc_id == path.name
    assert doc.encoding_note == ""
    assert doc.pages == ()


def test_corpus_has_five_files():
    assert len(CORPUS_FILES) == 5


def test_text_is_not_normalised(tmp_path: Path):
    raw = "  Line one\r\nLine two\rLine three\n\n  trailing  \n".encode()
    p = tmp_path / "crlf.md"
    p.write_bytes(raw)
    doc = read_document(p, "crlf.md")
    assert doc.text == raw.decode("utf-8")
    assert doc.title == ""


def test_utf8_bom_is_removed_and_noted(tmp_path: Path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfHello force")
    doc = read_document(p, "bom.txt")
    assert doc.text == "Hello force"
    assert "byte-order mark" in doc.encoding_note


def test_latin1_falls_back_with_note(tmp_path: Path):
    p = tmp_path / "latin.txt"
    p.write_bytes("café £5".encode("latin-1"))
    doc = read_document(p, "latin.txt")
    assert doc.text == "café £5"
    assert doc.encoding_note == "not UTF-8; decoded as cp1252"


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path: Path):
    p = tmp_path / "latin.txt"
    p.write_bytes(b"caf\xe9 in the town \x81 ok")  # 0x81 has no cp1252 mapping
    doc = read_document(p, "latin.txt")
    assert doc.text == "café in the town \x81 ok"
    assert doc.encoding_note == "not UTF-8; decoded as latin-1"


def test_utf16_with_bom_is_decoded(tmp_path: Path):
    p = tmp_path / "notepad.txt"
    p.write_bytes("Hello from Notepad".encode("utf-16"))
    doc = read_document(p, "notepad.txt")
    assert doc.text == "Hello from Notepad"
    assert "UTF-16" in doc.encoding_note


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        bytes(range(1, 32)) * 20,  # no NUL, but nearly all control characters
    ],
    ids=["png-header", "control-chars"],
)
def test_binary_named_txt_is_refused(tmp_path: Path, content: bytes):
    p = tmp_path / "image.txt"
    p.write_bytes(content)
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "image.txt")
    assert _reason(e) == "binary content, not text"


def test_random_bytes_named_txt_is_refused(tmp_path: Path):
    p = tmp_path / "random.txt"
    p.write_bytes(os.urandom(4096))
    with pytest.raises(UnreadableFile, match="binary content"):
        read_document(p, "random.txt")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "], ids=["zero-bytes", "whitespace"])
@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx", ".html"])
def test_empty_file(tmp_path: Path, content: bytes, suffix: str):
    p = tmp_path / f"empty{suffix}"
    p.write_bytes(content)
    with pytest.raises(UnreadableFile) as e:
        read_document(p, p.name)
    assert _reason(e) == "empty file"


def test_unsupported_suffix(tmp_path: Path):
    p = tmp_path / "data.xyz"
    p.write_text("hello")
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "data.xyz")
    msg = _reason(e)
    assert msg.startswith("unsupported file type '.xyz' (supported: ")
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in msg


def test_suffix_is_case_insensitive(tmp_path: Path):
    p = tmp_path / "NOTES.TXT"
    p.write_text("Upper-case name")
    assert read_document(p, "NOTES.TXT").text == "Upper-case name"


def test_too_large_file(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 3 * 1024 * 1024)
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * (3 * 1024 * 1024))  # exactly at the limit: fine
    assert len(read_document(p, "big.txt").text) == 3 * 1024 * 1024
    p.write_bytes(b"a" * (5 * 1024 * 1024))
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "big.txt")
    assert _reason(e).startswith("file too large: 5 MB (limit 3 MB)")


def test_max_bytes_argument(tmp_path: Path):
    p = tmp_path / "small.txt"
    p.write_text("x" * 100)
    with pytest.raises(UnreadableFile, match=r"file too large: 100 bytes \(limit 10 bytes\)"):
        read_document(p, "small.txt", max_bytes=10)


def test_default_limit_is_64_mib():
    assert readers.MAX_BYTES == 64 * 1024 * 1024


def test_permission_denied_monkeypatched(tmp_path: Path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text("classified")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "secret.txt")
    assert _reason(e) == "permission denied: cannot read the file"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a chmod 000 file"
)
def test_permission_denied_real(tmp_path: Path):
    p = tmp_path / "secret.txt"
    p.write_text("classified")
    p.chmod(0)
    try:
        with pytest.raises(UnreadableFile, match="permission denied"):
            read_document(p, "secret.txt")
    finally:
        p.chmod(0o644)


def test_missing_file_and_folder(tmp_path: Path):
    with pytest.raises(UnreadableFile, match="file not found"):
        read_document(tmp_path / "nope.txt", "nope.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(UnreadableFile, match="is a folder"):
        read_document(folder, "folder.txt")


# ------------------------------------------------------------------------------ PDF


def test_pdf_text_and_page_offsets(tmp_path: Path, pdf_bytes: bytes):
    p = tmp_path / "report.pdf"
    p.write_bytes(pdf_bytes)
    doc = read_document(p, "report.pdf")
    assert PAGE1 in doc.text and PAGE2 in doc.text
    assert doc.sha256 == hashlib.sha256(pdf_bytes).hexdigest()
    assert [n for _, n in doc.pages] == [1, 2]
    (start1, _), (start2, _) = doc.pages
    assert start1 == 0
    assert doc.text[start1:].startswith(PAGE1)
    assert doc.text[start2:].startswith(PAGE2)
    assert doc.text[start2 - 2 : start2] == "\n\n"
    assert PAGE2 not in doc.text[:start2]


def test_truncated_pdf(tmp_path: Path, pdf_bytes: bytes):
    p = tmp_path / "cut.pdf"
    p.write_bytes(pdf_bytes[: len(pdf_bytes) // 2])
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "cut.pdf")
    assert "corrupt" in _reason(e)


def test_pdf_with_damaged_body(tmp_path: Path, pdf_bytes: bytes):
    # Keeps the end-of-file marker but destroys everything before it.
    p = tmp_path / "damaged.pdf"
    p.write_bytes(b"%PDF-1.4\n" + os.urandom(2000) + b"\n%%EOF\n")
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "damaged.pdf")
    assert "corrupt" in _reason(e)


def test_encrypted_pdf(tmp_path: Path, pdf_bytes: bytes):
    p = tmp_path / "locked.pdf"
    p.write_bytes(_encrypt(pdf_bytes, user="secret"))
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "locked.pdf")
    assert _reason(e) == "encrypted PDF (password protected)"


def test_owner_only_encrypted_pdf_opens(tmp_path: Path, pdf_bytes: bytes):
    p = tmp_path / "restricted.pdf"
    p.write_bytes(_encrypt(pdf_bytes, user="", owner="owner-secret"))
    doc = read_document(p, "restricted.pdf")
    assert PAGE1 in doc.text and PAGE2 in doc.text


def test_pdf_without_text(tmp_path: Path):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(72, 72, 200, 200, fill=1)  # a drawing, no text: like a scan
    c.showPage()
    c.save()
    p = tmp_path / "scan.pdf"
    p.write_bytes(buf.getvalue())
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "scan.pdf")
    assert _reason(e) == "PDF has no extractable text (scanned image?)"


def test_html_saved_as_pdf(tmp_path: Path):
    p = tmp_path / "download.pdf"
    p.write_text("<!DOCTYPE html><html><body>Access denied</body></html>")
    with pytest.raises(UnreadableFile, match="web page saved with a .pdf name"):
        read_document(p, "download.pdf")


# ----------------------------------------------------------------------------- DOCX


def test_docx_headings_paragraphs_and_table(tmp_path: Path):
    p = _make_docx(tmp_path / "review.docx")
    doc = read_document(p, "review.docx")
    assert doc.text == (
        "# Neighbourhood Policing Review\n\n"
        "Surrey Police piloted a new problem-solving approach.\n\n"
        "## Results\n\n"
        "Calls fell after the pilot.\n\n"
        "Measure\tBefore\tAfter\nCalls\t120\t90\n\n"
        "Closing remarks."
    )
    assert doc.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()
    assert title_from_text(doc.text) == "Neighbourhood Policing Review"


def test_docx_publisher_named_in_the_imprint_of_its_page_footer(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_heading("Quarterly Contract Monitoring Report", level=1)
    d.add_paragraph("The service provides 64 units of supported accommodation for young people.")
    d.sections[0].footer.paragraphs[0].text = ("Holmewood Homes is a registered society (no. 30114R) and a "
                                               "registered provider of social housing (no. 4817).")
    path = tmp_path / "return.docx"
    d.save(str(path))
    doc = read_document(path, "return.docx")
    assert doc.publisher == "Holmewood Homes" and doc.publisher_stated


def test_corrupt_docx(tmp_path: Path):
    p = tmp_path / "broken.docx"
    p.write_bytes(os.urandom(3000))
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "broken.docx")
    assert "corrupt DOCX" in _reason(e)


def test_zip_that_is_not_a_docx(tmp_path: Path):
    import zipfile

    p = tmp_path / "archive.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "not a word document")
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "archive.docx")
    assert "corrupt DOCX" in _reason(e)


def test_old_word_format_named_docx(tmp_path: Path):
    p = tmp_path / "old.docx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnreadableFile) as e:
        read_document(p, "old.docx")
    assert "save as .docx" in _reason(e)


# ----------------------------------------------------------------------------- HTML

HTML = """<!DOCTYPE html>
<html><head><title> Op  Bluebird | Force Site </title>
<style>body { color: red; }</style><script>var tracking = 1;</script></head>
<body>
<header><a href="/">Home</a> Site banner</header>
<nav><ul><li>Menu item</li></ul></nav>
<main>
<article>
<header><h1>Operation   Bluebird</h1></header>
<p>Durham Constabulary   worked with
partners.</p>
<h2>Outcomes</h2>
<ul><li>Fewer repeat calls</li><li><p>More <b>arrests</b></p></li></ul>
<table><tr><th>Year</th><th>Calls</th></tr><tr><td>2023</td><td>410</td></tr></table>
<p>Line one<br>Line two</p>
<!-- a comment -->
<script>alert("x")</script>
</article>
</main>
<footer>Copyright footer text</footer>
</body></html>
"""


def test_html_structure(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    doc = read_document(p, "page.html")
    assert doc.title == "Op Bluebird | Force Site"
    assert doc.text == (
        "# Operation Bluebird\n\n"
        "Durham Constabulary worked with partners.\n\n"
        "## Outcomes\n\n"
        "- Fewer repeat calls\n\n"
        "- More arrests\n\n"
        "Year\tCalls\n2023\t410\n\n"
        "Line one\nLine two"
    )
    for dropped in ("tracking", "color", "alert", "Menu item", "Site banner", "footer", "comment"):
        assert dropped not in doc.text


def test_htm_without_title(tmp_path: Path):
    p = tmp_path / "page.htm"
    p.write_text("<p>Just a paragraph.</p>")
    doc = read_document(p, "page.htm")
    assert doc.text == "Just a paragraph."
    assert doc.title == ""


def test_html_in_windows_1252(tmp_path: Path):
    p = tmp_path / "legacy.html"
    p.write_bytes(
        b'<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 \x93quoted\x94</p>'
        b"</body></html>"
    )
    doc = read_document(p, "legacy.html")
    assert doc.text == "Café “quoted”"
    assert doc.encoding_note.startswith("not UTF-8; decoded as ")


def test_html_with_only_markup(tmp_path: Path):
    p = tmp_path / "blank.html"
    p.write_text("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>")
    with pytest.raises(UnreadableFile, match="no readable text"):
        read_document(p, "blank.html")


# ---------------------------------------------------------------------------- title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("\n\n# **National Strategy**\n\n## 2025\n", "National Strategy"),
        ("Intro line\n## Second-level heading\n", "Second-level heading"),
        ("\n\n  Impact Report 2020/21  \nbody text", "Impact Report 2020/21"),
        ("<b>Bold Title</b>\nbody", "Bold Title"),
        ("x" * 300 + "\nShort line", "Short line"),
        ("", ""),
        ("   \n\n", ""),
    ],
)
def test_title_from_text(text: str, title: str):
    assert title_from_text(text) == title


def test_title_from_text_truncates_long_content():
    words = " ".join(["word"] * 100)
    title = title_from_text(words)
    assert len(title) <= 121 and title.endswith("…")


# -------------------------------------------------------------------------- discover


def _tree(root: Path, files: list[str]) -> None:
    for name in files:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"content of {name}")


def test_discover_sorted_recursive_and_skips_hidden(tmp_path: Path):
    root = tmp_path / "corpus"
    _tree(
        root,
        [
            "b.txt",
            "a.md",
            "sub/z.pdf",
            "sub/deeper/c.docx",
            "README.md",
            "catalog.json",
            ".hidden.txt",
            ".git/config.txt",
            "sub/~$lock.docx",
            "page.HTML",
            "old.htm",
        ],
    )
    found, skipped = discover([root], root)
    assert [doc_id for _, doc_id in found] == [
        "README.md",
        "a.md",
        "b.txt",
        "old.htm",
        "page.HTML",
        "sub/deeper/c.docx",
        "sub/z.pdf",
    ]
    assert all(path == root / doc_id for path, doc_id in found)
    assert skipped == []  # catalog.json inside a folder is skipped silently
    assert discover([root], root) == (found, skipped)  # deterministic


def test_discover_explicit_files(tmp_path: Path):
    root = tmp_path / "corpus"
    _tree(root, ["x.txt", "notes.json"])
    outside = tmp_path / "elsewhere" / "extra.md"
    _tree(tmp_path / "elsewhere", ["extra.md"])
    found, skipped = discover(
        [root / "x.txt", root / "notes.json", outside, root / "missing.pdf"], root
    )
    assert found == [(root / "x.txt", "x.txt"), (outside, "extra.md")]
    assert skipped == [
        ("notes.json", readers.unsupported_reason(".json")),
        ("missing.pdf", "not found"),
    ]


def test_discover_relative_paths(tmp_path: Path, monkeypatch):
    root = tmp_path / "corpus"
    _tree(root, ["sub/a.txt"])
    monkeypatch.chdir(tmp_path)
    found, _ = discover([Path("corpus")], Path("corpus"))
    assert found == [(Path("corpus/sub/a.txt"), "sub/a.txt")]


def test_discover_does_not_repeat_files(tmp_path: Path):
    root = tmp_path / "corpus"
    _tree(root, ["a.txt", "b.txt"])
    found, skipped = discover([root, root / "a.txt", root], root)
    assert [d for _, d in found] == ["a.txt", "b.txt"]
    assert skipped == []


def test_discover_duplicate_names_outside_root(tmp_path: Path):
    root = tmp_path / "corpus"
    root.mkdir()
    _tree(tmp_path, ["one/same.txt", "two/same.txt"])
    found, skipped = discover([tmp_path / "one/same.txt", tmp_path / "two/same.txt"], root)
    assert [d for _, d in found] == ["same.txt"]
    assert len(skipped) == 1 and "duplicate document id 'same.txt'" in skipped[0][1]


def test_discover_symlink_loop_and_broken_link(tmp_path: Path):
    root = tmp_path / "corpus"
    _tree(root, ["sub/a.txt"])
    (root / "sub" / "loop").symlink_to(root)  # directory loop back to the root
    (root / "self.txt").symlink_to(root / "self.txt")  # a link to itself
    (root / "dangling.pdf").symlink_to(root / "gone.pdf")
    found, skipped = discover([root], root)
    assert found == [(root / "sub" / "a.txt", "sub/a.txt")]
    assert sorted(skipped) == [
        ("dangling.pdf", "broken symbolic link"),
        ("self.txt", "symbolic link loop"),
        ("sub/loop", "symbolic link loop"),
    ]


def test_discover_follows_symlinked_files_and_folders(tmp_path: Path):
    root = tmp_path / "corpus"
    _tree(tmp_path, ["shared/doc.md", "corpus/real.txt"])
    (root / "linked").symlink_to(tmp_path / "shared")
    (root / "alias.txt").symlink_to(root / "real.txt")  # same file twice: kept once
    found, skipped = discover([root], root)
    assert [d for _, d in found] == ["alias.txt", "linked/doc.md"]
    assert skipped == []
    assert read_document(*found[1]).text == "content of shared/doc.md"


def test_discover_explicit_broken_link(tmp_path: Path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    assert discover([root / "gone.txt"], root) == ([], [("gone.txt", "broken symbolic link")])
    with pytest.raises(UnreadableFile, match="broken symbolic link"):
        read_document(root / "gone.txt", "gone.txt")


def test_discover_real_corpus():
    found, skipped = discover([CORPUS], CORPUS)
    assert [d for _, d in found] == [p.name for p in CORPUS_FILES]
    assert skipped == []


# --- web-page furniture decided by the kind of block --------------------------------------------

LANDMARK_PAGE = """<!DOCTYPE html><html><head><title>Our neighbourhood work | A Force</title></head><body>
<div class="notice-strip"><p>Planned maintenance: online reporting is unavailable on Sunday morning.</p></div>
<div class="utility"><a href="tel:01234567890">01234 567890</a> | Contact us</div>
<main>
<h1>Our neighbourhood work</h1>
<p>Neighbourhood officers in the town centre held weekly street surgeries with traders.</p>
<div role="alert"><p>Severe weather warning: check travel advice before you set out.</p></div>
<article><h2>Street surgeries</h2><p>Officers met traders every Tuesday.</p>
<aside><p>Fact box: 40 surgeries were held.</p></aside></article>
<aside class="more"><h2>Elsewhere on this site</h2><p>Report a crime online.</p></aside>
</main>
</body></html>
"""


def _furniture_text(doc) -> str:
    return " ".join(doc.text[i.start:i.end] for i in doc.outline if i.kind == "furniture")


def test_html_blocks_outside_the_main_landmark_are_furniture(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text(LANDMARK_PAGE, encoding="utf-8")
    doc = read_document(p, "page.html")
    furniture = _furniture_text(doc)
    # a site-wide strip and a top bar above <main>: the site's, whatever their class names say
    assert "Planned maintenance" in furniture and "01234 567890" in furniture
    # role=alert, and an aside that is not part of an article, are furniture even inside <main>
    assert "Severe weather warning" in furniture and "Elsewhere on this site" in furniture
    # the page's own content, and an aside inside its article (a fact box), are not
    for content in ("Our neighbourhood work", "street surgeries with traders", "Officers met traders",
                    "Fact box"):
        assert content in doc.text and content not in furniture


def test_html_without_a_main_landmark_keeps_its_blocks(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text("<html><body><div><h1>Walk and Talk</h1><p>Officers walked the area with residents.</p>"
                 "</div></body></html>", encoding="utf-8")
    doc = read_document(p, "page.html")
    assert not _furniture_text(doc)


def test_html_details_summary_heads_its_disclosure_one_level_down(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text("<html><body><main><h1>Projects we funded</h1><p>Grants of up to five thousand pounds.</p>"
                 "<details><summary>Boxing club: mentoring</summary><p>The club mentors young people.</p></details>"
                 "<details><summary>Town CCTV</summary><p>The council replaced six cameras.</p></details>"
                 "</main></body></html>", encoding="utf-8")
    doc = read_document(p, "page.html")
    headings = [(doc.text[i.start:i.end], i.level) for i in doc.outline if i.kind == "heading"]
    assert headings == [("# Projects we funded", 1), ("## Boxing club: mentoring", 2), ("## Town CCTV", 2)]
    assert not any(i.kind == "field" for i in doc.outline)  # 'Boxing club:' is a title, not a label


def test_pdf_heading_set_over_two_lines_is_one_heading_and_the_title(tmp_path: Path):
    from formats import write_pdf

    blocks = [("title", "Equality, Diversity and Inclusion Annual Report for the Year 2023 to 2024"),
              ("p", "Published by the force in October 2024."),
              ("h1", "Our commitments for the year from April 2024 to March 2025 and beyond"),
              ("p", "We will publish our workforce data every six months from now on."),
              ("h2", "Innovative practice"), ("h2", "Cycle patrols"),
              ("p", "Officers returned to cycle patrols in the city centre in the summer.")]
    path = write_pdf(tmp_path / "report.pdf", blocks)
    doc = read_document(path, "report.pdf")
    headings = [" ".join(doc.text[i.start:i.end].split()) for i in doc.outline if i.kind == "heading"]
    # a wrapped heading is one outline item; a kicker over a title has room to spare: two
    assert "Our commitments for the year from April 2024 to March 2025 and beyond" in headings
    assert "Innovative practice" in headings and "Cycle patrols" in headings
    assert doc.title == "Equality, Diversity and Inclusion Annual Report for the Year 2023 to 2024"


def test_a_title_wrapped_onto_two_lines_is_read_whole():
    text = ("Police Now officers are playing a vital role in tackling crime in Avon &\nSomerset.\n"
            "Communities where officers have been posted have seen fewer incidents.\n")
    assert title_from_text(text) == "Police Now officers are playing a vital role in tackling crime in Avon & Somerset."
    # a line that ends a title is not joined to the next
    assert title_from_text("Annual Report 2024\nPublished by the force\n\nText.") == "Annual Report 2024"


def test_pdf_bold_list_item_wrapped_onto_a_second_line_is_no_heading(tmp_path: Path):
    from formats import write_pdf

    item = ("<b>Develop comprehensive force induction sessions and equip every participant with local "
            "knowledge prior to the Academy</b>")
    blocks = [("h1", "Recommendations"),
              ("p", "Our research suggests several changes to how the programme is run in every force area."),
              ("bullets", [item, "Post participants to the most deprived communities wherever possible."])]
    doc = read_document(write_pdf(tmp_path / "brief.pdf", blocks), "brief.pdf")
    headings = [" ".join(doc.text[i.start:i.end].split()) for i in doc.outline if i.kind == "heading"]
    assert headings == ["Recommendations"], headings


def test_pdf_bold_lead_sentence_wrapped_over_lines_is_no_heading(tmp_path: Path):
    """A bold opening sentence set over two lines is a lead paragraph: its first line has the
    shape of a heading (bold, no full stop) but a heading is a whole paragraph. A short bold line
    of its own is still a heading."""
    from formats import write_pdf

    lead = ("<b>The force has started a pilot in the town's custody suite, screening detainees for "
            "attention deficit hyperactivity disorder with a view to rolling it out force wide.</b>")
    blocks = [("p", "Published by the force in October 2024."), ("p", lead),
              ("p", "A review of the criminal justice system found that the condition was not always screened for."),
              ("h3", "Custody screening"), ("p", "Volunteers visit detainees on a rota agreed with custody staff.")]
    doc = read_document(write_pdf(tmp_path / "page.pdf", blocks), "page.pdf")
    headings = [" ".join(doc.text[i.start:i.end].split()) for i in doc.outline if i.kind == "heading"]
    assert headings == ["Custody screening"], headings


def test_pdf_ruled_table_is_read_as_rows_of_cells_and_gives_labelled_figures(tmp_path: Path):
    from formats import write_pdf
    from ingest.metrics import extract_metrics

    blocks = [("h1", "Our workforce"),
              ("p", "On 31 March 2024 we employed 3,512 police officers across the force area."),
              ("table", [["Group", "2023", "2024"], ["Female officers", "35.8%", "37.1%"],
                         ["Welsh speakers (all staff, including police staff)", "14.2%", "15.6%"]]),
              ("p", "We will publish these figures every six months from now on.")]
    doc = read_document(write_pdf(tmp_path / "report.pdf", blocks), "report.pdf")
    (table,) = [i for i in doc.outline if i.kind == "table"]
    assert doc.text[table.start:table.end] == ("Group\t2023\t2024\nFemale officers\t35.8%\t37.1%\n"
                                               "Welsh speakers (all staff, including police staff)\t14.2%\t15.6%")
    cells = {(m.text, m.row, m.column) for m in extract_metrics("report.pdf", doc.text, 0, len(doc.text)) if m.row}
    assert ("37.1%", "Female officers", "2024") in cells
    assert ("14.2%", "Welsh speakers (all staff, including police staff)", "2023") in cells
    assert not any(i.kind == "heading" and "Group" in doc.text[i.start:i.end] for i in doc.outline)


def test_pdf_title_is_a_heading_only_when_it_opens_the_document(tmp_path: Path):
    from formats import write_pdf

    blocks = [("p", "Community update from the neighbourhood team, spring 2025."),
              ("h1", "Introduction"), ("p", "This update describes the work of the team this spring.")]
    doc = read_document(write_pdf(tmp_path / "update.pdf", blocks), "update.pdf")
    assert doc.title == ""  # left to the text: 'Introduction' is a section, not the title


NEWS_WITH_QUOTES = """<html><head><title>Bike marking in Hull | Humberside Police</title></head><body><main><article>
<h1>Free bike marking stalls cut cycle theft in Hull</h1>
<p>Officers in Hull have marked more than 900 bicycles at free stalls outside the university and the station since March.</p>
<p>Each bike gets a unique code that is registered on a national database, so that a recovered bike can be returned to its owner.</p>
<blockquote><p>"Marked bikes are much harder to sell on, and thieves know it."</p>
<footer>Sergeant Priya Lal, Hull Neighbourhood Policing Team</footer></blockquote>
<blockquote><p>"Our students feel safer leaving their bikes on campus."</p>
<footer>Tom Reed, Students' Union welfare officer</footer></blockquote>
<p>Reported cycle thefts in the city centre fell by 22 per cent in the six months after the stalls began, compared with the year before.</p>
<div class="panel panel--alert"><p>If a crime is happening now, always call 999.</p></div>
</article></main></body></html>"""


def test_html_quotes_and_their_attributions_are_marked_and_start_no_section(tmp_path: Path):
    from ingest.pipeline import build_initiatives

    p = tmp_path / "news.html"
    p.write_text(NEWS_WITH_QUOTES, encoding="utf-8")
    doc = read_document(p, "news.html")
    quotes = " ".join(doc.text[i.start:i.end] for i in doc.outline if i.kind == "quote")
    assert "Tom Reed, Students' Union welfare officer" in quotes and "Marked bikes" in quotes
    assert "Reported cycle thefts" not in quotes
    found = build_initiatives(doc)
    assert len(found) == 1  # an attribution line over the next paragraph is no new section's title
    assert "Reported cycle thefts" in doc.text[found[0].start:found[0].end]
    # a block the site marks as an alert panel is furniture, inside the article too
    assert "always call 999" in _furniture_text(doc)


def test_markdown_quote_lines_are_quotes(tmp_path: Path):
    p = tmp_path / "note.md"
    p.write_text("# Title\n\nOfficers did the work.\n\n> \"It worked,\" said the inspector.\n", encoding="utf-8")
    doc = read_document(p, "note.md")
    assert [doc.text[i.start:i.end] for i in doc.outline if i.kind == "quote"] == [
        "> \"It worked,\" said the inspector."]


def _sidebar_pdf() -> bytes:
    """A page of body prose in a wide left column with a key-figures sidebar drawn beside it on
    baselines of its own, and a full-width footnote at the foot crossing the gutter."""
    from reportlab.pdfgen import canvas

    body = ("Officers in the county worked with the district council to fit alley gates to the "
            "back entries of terraced streets where burglary was highest, and crime prevention "
            "advisers visited every home on those streets to fit locks free of charge. In the "
            "year after the work, burglary in the area fell by a quarter and antisocial behaviour "
            "reports fell by a fifth, and residents said they felt safer walking home at night.")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    words, line, y = body.split(), "", 760
    for _ in range(3):  # the same paragraph three times, to give the body most of the page's text
        for word in words:
            if c.stringWidth(f"{line} {word}", "Helvetica", 10) > 300:
                c.setFont("Helvetica", 10)
                c.drawString(54, y, line.strip())
                y, line = y - 14, ""
            line += f" {word}"
        c.drawString(54, y, line.strip())
        y, line = y - 24, ""
    c.setFillColorRGB(0.93, 0.9, 0.96)
    c.rect(395, 400, 160, 380, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    for n, (figure, label) in enumerate([("27%", "drop in burglary"), ("212", "street lights replaced")]):
        c.setFont("Helvetica-Bold", 20)
        c.drawString(405, 745 - n * 80, figure)
        c.setFont("Helvetica", 8.5)
        c.drawString(405, 729 - n * 80, label)
    c.setFont("Helvetica", 7)
    c.drawString(54, 120, "1 Figures are from the county council's own survey of residents, carried out in 2024 by post")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_text_in_a_narrow_column_beside_the_body_is_a_sidebar_not_body_flow(tmp_path: Path):
    p = tmp_path / "report.pdf"
    p.write_bytes(_sidebar_pdf())
    doc = read_document(p, "report.pdf")
    furniture = _furniture_text(doc)
    assert "drop in burglary" in furniture and "27%" in furniture and "street lights replaced" in furniture
    # the body's sentences run on without the sidebar's figures between their lines
    assert "drop in burglary" not in doc.text[:doc.text.rindex("home at night.")]
    assert "fell by a quarter" not in furniture
    # a footnote crossing the gutter stays one line of the body
    assert "survey of residents, carried out in 2024 by post" in doc.text
    assert "carried out in 2024 by post" not in furniture


def test_pdf_list_mark_the_font_does_not_map_is_read_as_a_bullet():
    from ingest.readers.pdf import _line

    chars = [{"text": "A", "size": 10.0, "fontname": "Helvetica"}]
    line = _line({"text": "(cid:127) A recruitment process open to everyone", "chars": chars, "top": 0, "bottom": 10})
    assert line.text == "• A recruitment process open to everyone"


def _folded_leaflet_pdf() -> bytes:
    """A landscape page of three panels (a tri-fold leaflet's inside flap, back and cover), the
    second and third each on its own full-height tint, with a strip across the top of the third;
    the first panel's list set with ZapfDingbats squares a little larger than the text."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFillColorRGB(0.95, 0.95, 0.94)
    c.rect(281, 0, 280, 595, fill=1, stroke=0)
    c.setFillColorRGB(0.09, 0.09, 0.11)
    c.rect(561, 0, 281, 595, fill=1, stroke=0)
    c.setFillColorRGB(0.79, 0.64, 0.15)
    c.rect(561, 587, 281, 8, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(24, 540, "Why choose us?")
    c.setFont("Helvetica", 9)
    c.drawString(24, 515, "An independent security company, founded in 2009.")
    for n, item in enumerate(["Approved contractor since 2011", "Our own control room, staffed all day",
                              "Every officer paid the Real Living Wage"]):
        c.setFont("ZapfDingbats", 10)
        c.drawString(24, 490 - n * 18, "n")
        c.setFont("Helvetica", 9)
        c.drawString(38, 490 - n * 18, item)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(300, 540, "Talk to us")
    c.setFont("Helvetica", 9)
    for n, line in enumerate(["Beaumont Guarding Ltd", "Unit 4, Abbey Business Park", "Leicester LE4 5AA",
                              "0116 496 0588"]):
        c.drawString(300, 515 - n * 13, line)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(590, 400, "BEAUMONT")
    c.setFont("Helvetica", 12)
    c.drawString(590, 370, "Security people who know your streets")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_a_folded_leaflets_tinted_panels_are_columns_not_a_table_and_a_picture_fonts_squares_are_bullets(
        tmp_path: Path):
    p = tmp_path / "leaflet.pdf"
    p.write_bytes(_folded_leaflet_pdf())
    doc = read_document(p, "leaflet.pdf")
    # each panel read on its own lines, not its text run into one 'cell' of a page-high 'row'
    assert "\t" not in doc.text
    assert "Beaumont Guarding Ltd\nUnit 4, Abbey Business Park\nLeicester LE4 5AA" in doc.text
    assert doc.text.index("Why choose us?") < doc.text.index("Talk to us") < doc.text.index("BEAUMONT")
    # the squares are list marks on their items' lines, and no heading
    for item in ["Approved contractor since 2011", "Our own control room, staffed all day"]:
        assert f"• {item}" in doc.text
    headings = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "heading"]
    assert not any(h.strip() in ("n", "•") or h.startswith("•") for h in headings), headings


CARDS = """<html><head><title>Examples of practice</title></head><body><main>
<h1>Examples of practice</h1>
<p>Examples submitted by forces and reviewed by the practice team before publication here.</p>
<div class="list">
<article><p>Kent Police</p><h2><a href="/a">Bike marking at stations</a></h2>
<p>Officers mark bikes at railway stations every Saturday with the rail operator and register them.</p>
<p>Updated 1 May 2025</p><a href="/a">Read the full example</a></article>
<article><p>Essex Police</p><h2><a href="/b">Doorstep fraud clinics</a></h2>
<p>The fraud team holds clinics for older residents in village halls with the county council.</p>
<p>Updated 2 May 2025</p><a href="/b">Read the full example</a></article>
</div>
<section><h2>Send us yours</h2><p>If your force has a practice others could learn from, send it to us.
We will contact you within a month.</p><a href="/submit">Submit an example</a></section>
</main></body></html>"""


def test_a_cards_kicker_is_read_with_its_title_and_a_link_standing_alone_is_furniture(tmp_path):
    from ingest.pipeline import build_initiatives

    path = tmp_path / "cards.html"
    path.write_text(CARDS)
    doc = read_document(path, path.name)
    headings = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "heading"]
    assert any(h.startswith("Kent Police") and h.endswith("Bike marking at stations") for h in headings)
    assert "## Bike marking at stations" not in headings  # no second heading item for the title line
    furniture = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "furniture"]
    assert furniture.count("Read the full example") == 2 and "Submit an example" in furniture
    found = build_initiatives(doc)
    assert [i.forces for i in found] == [["Kent Police"], ["Essex Police"]]  # the invitation is no piece


def _masthead_pdf() -> bytes:
    """A two-column newsletter page under a large masthead and a strapline set across both columns."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 40)
    c.drawString(40, 800, "Community Matters Today")
    c.setFont("Helvetica", 10)
    c.drawString(40, 786, "The newsletter of the Kent Police staff network for equality and inclusion")
    words = ("Officers in the east of the county ran a weekly drop-in session at the library for new "
             "residents who wanted to learn how to report crime and what each agency does. ") * 3
    for x in (40, 310):
        y, line = 690, ""
        for word in words.split():
            if c.stringWidth(line + " " + word, "Helvetica", 10) > 240:
                c.drawString(x, y, line.strip())
                y, line = y - 13, ""
            line += " " + word
        c.drawString(x, y, line.strip())
    c.save()
    return buf.getvalue()


def test_pdf_a_masthead_set_across_both_columns_is_read_whole_before_them(tmp_path: Path):
    p = tmp_path / "newsletter.pdf"
    p.write_bytes(_masthead_pdf())
    doc = read_document(p, p.name)
    lines = [line for line in doc.text.splitlines() if line.strip()]
    assert lines[0] == "Community Matters Today"
    assert lines[1] == "The newsletter of the Kent Police staff network for equality and inclusion"
    assert doc.text.count("staff network") == 1


def _three_column_masthead_pdf() -> bytes:
    """A three-column members' magazine: its masthead's strapline runs through the first gutter,
    with the towns it serves set apart at the right margin on the same line."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 34)
    c.drawString(36, 790, "Trade Link")
    c.setFont("Helvetica", 9.5)
    c.drawString(36, 768, "The members' magazine of the Fenland & Marsh Chamber of Commerce")
    c.drawRightString(559, 768, "Wisbech · March · Chatteris")
    words = ("Members met the business crime team every month at the chamber's offices to hear how "
             "invoice fraud works and what to check before a payment leaves the account. ") * 3
    for x in (36, 215, 394):
        y, line = 690, ""
        for word in words.split():
            if c.stringWidth(line + " " + word, "Helvetica", 9) > 160:
                c.setFont("Helvetica", 9)
                c.drawString(x, y, line.strip())
                y, line = y - 12, ""
            line += " " + word
        c.drawString(x, y, line.strip())
    c.save()
    return buf.getvalue()


def test_pdf_a_masthead_line_through_one_gutter_with_a_strapline_at_the_margin_is_read_whole(tmp_path: Path):
    p = tmp_path / "magazine.pdf"
    p.write_bytes(_three_column_masthead_pdf())
    doc = read_document(p, p.name)
    assert "magazine of the Fenland & Marsh Chamber of Commerce" in doc.text
    from ingest.owners import document_owner

    assert document_owner(doc).organisations == ("Fenland & Marsh Chamber of Commerce",)


def _wide_table_pdf() -> bytes:
    """One page: a paragraph, then a ruled table across the page whose last column starts past
    the middle, leaving a gap there in every row (no gutter: the page is one column)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet

    buf = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    rows = [["Project", "What it does", "Results"]]
    for name in ("Bike marking", "Doorstep clinics", "Junction cameras"):
        rows.append([name, Paragraph("Officers and volunteers ran the scheme every week in the towns "
                                     "and villages with the council and recorded what they found.", style),
                     Paragraph("Thefts down by a quarter in the first six months of the scheme.", style)])
    table = Table(rows, colWidths=[90, 200, 170])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    intro = Paragraph("The projects below were funded in the first round. Figures are as reported by the "
                      "projects themselves and have not been audited by the office.", style)
    SimpleDocTemplate(buf, pagesize=A4).build([intro, table])
    return buf.getvalue()


def test_pdf_a_ruled_table_across_the_page_is_read_as_rows_not_split_at_a_gap_between_its_cells(tmp_path: Path):
    p = tmp_path / "table.pdf"
    p.write_bytes(_wide_table_pdf())
    doc = read_document(p, p.name)
    rows = [line for line in doc.text.splitlines() if "\t" in line]
    assert rows[0] == "Project\tWhat it does\tResults"
    assert len(rows) == 4 and all(row.count("\t") == 2 for row in rows)
    assert "have not been audited" in doc.text.replace("\n", " ")


def test_a_layout_wrapper_named_like_furniture_is_not_furniture_when_it_holds_the_page(tmp_path):
    # 'layout--sidebar' names the page's grid, not a sidebar: the article inside it is the page
    p = tmp_path / "page.html"
    p.write_text("<html><body><main><div class='layout layout--sidebar'><article><h1>You said, we did</h1>"
                 "<p>We set up a retail crime partnership with the town's shops.</p></article>"
                 "<aside class='sidebar'><p>Have your say at our next meeting.</p></aside></div></main></body></html>",
                 encoding="utf-8")
    doc = read_document(p, "page.html")
    furniture = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "furniture"]
    assert not any("retail crime partnership" in f or "You said" in f for f in furniture)
    assert any("Have your say" in f for f in furniture)


def test_a_title_read_from_content_skips_markings_labels_and_takes_a_title_field(tmp_path):
    from dataclasses import replace

    from index.records import OutlineItem

    text = "OFFICIAL\n\nFEATURE\n\nNobody should go home alone\n\nWe set up a pathway for assaulted colleagues.\n"
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_document(p, "doc.txt")
    marked = replace(doc, title="", outline=(OutlineItem("running", 0, 8),))
    assert title_from_content(marked) == "Nobody should go home alone"
    cover = "Meeting\tPerformance Committee\nTitle of Paper: Rural policing update\n\nWe opened two new bases.\n"
    p.write_text(cover, encoding="utf-8")
    doc = read_document(p, "doc.txt")
    start = cover.index("Title of Paper")
    field = OutlineItem("field", start, cover.index("\n", start), 0, "Title of Paper")
    assert title_from_content(replace(doc, title="SCOTTISH POLICE AUTHORITY", outline=(field,))) == "Rural policing update"


def test_readers_comments_under_a_post_are_furniture(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><body><main><article><h1>Our hospital data project</h1>"
                 "<p>We set up a data-sharing agreement with the hospital.</p></article>"
                 "<section class='comments'><h2>3 comments</h2><ol class='comment-list'><li class='comment'>"
                 "<p>Great work, my cousin in Bedfordshire Police would love this.</p></li></ol></section>"
                 "</main></body></html>", encoding="utf-8")
    doc = read_document(p, "page.html")
    furniture = " ".join(doc.text[i.start:i.end] for i in doc.outline if i.kind == "furniture")
    assert "Bedfordshire Police" in furniture and "data-sharing agreement" not in furniture


def _draw_columns(c, columns: list[tuple[float, str]], top: float, width: float) -> None:
    """Each (x, text) set as a column of lines wrapped at `width` points, in 10-point Helvetica,
    from `top` down: the columns' lines side by side."""
    for x, text in columns:
        line, y = "", top
        for word in text.split():
            if c.stringWidth(f"{line} {word}", "Helvetica", 10) > width:
                c.drawString(x, y, line.strip())
                y, line = y - 14, ""
            line += f" {word}"
        c.drawString(x, y, line.strip())


def _briefing_pdf() -> bytes:
    """A briefing page: a running header at both margins, a title and key points set across the
    page, then two columns of prose whose lines sit side by side."""
    from reportlab.pdfgen import canvas

    left = ("Between May and October 2024 two forces offered families a free wristband printed with a "
            "code that anyone who finds a confused person can scan to ring the police, and call handlers "
            "then see the person's details at once. ") * 3
    right = ("The median time to find a wearer who went missing was under an hour and a half, against more "
             "than three hours for comparable reports the year before the wristbands were offered. ") * 3
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 8)
    c.drawString(44, 820, "RESEARCH BRIEFING")
    c.drawRightString(551, 820, "No. 7 | January 2025")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 780, "Wristbands for people living with dementia: a pilot in two forces")
    c.setFont("Helvetica", 10)
    c.drawString(54, 740, "Key finding: families of 212 people living with dementia were given a wristband in six months.")
    _draw_columns(c, [(50, left), (313, right)], top=700, width=230)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_columns_under_a_head_set_across_the_page_are_read_column_by_column(tmp_path: Path):
    p = tmp_path / "briefing.pdf"
    p.write_bytes(_briefing_pdf())
    doc = read_document(p, "briefing.pdf")
    flat = " ".join(doc.text.split())
    assert "Wristbands for people living with dementia: a pilot in two forces" in flat
    assert "call handlers then see the person's details at once." in flat  # the left column whole
    assert flat.index("two forces offered families") < flat.index("The median time to find a wearer")


def _three_column_pdf() -> bytes:
    """A landscape review page: a title band across the page, then three columns of prose whose
    lines sit side by side."""
    from reportlab.pdfgen import canvas

    texts = [("Our security officers patrol the malls and car parks from seven in the morning until the "
              "last shop closes, and answer calls from retailers on the shared radio network. ") * 3,
             ("With the neighbourhood policing team we set up an exclusion scheme for people who steal from "
              "or threaten staff, and shop thefts reported by retailers fell by a quarter. ") * 3,
             ("On Friday evenings youth workers from a local charity now meet young people in the food court, "
              "and incidents involving under eighteens fell by more than half. ") * 3]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, 540, "Security Team Annual Review 2024: keeping the centre safe for everyone who visits")
    c.setFont("Helvetica", 10)
    _draw_columns(c, list(zip((40, 310, 580), texts)), top=480, width=225)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_three_columns_under_a_title_across_the_page_are_read_column_by_column(tmp_path: Path):
    p = tmp_path / "review.pdf"
    p.write_bytes(_three_column_pdf())
    doc = read_document(p, "review.pdf")
    flat = " ".join(doc.text.split())
    assert "Security Team Annual Review 2024: keeping the centre safe for everyone who visits" in flat
    assert "shops, and shop thefts" not in flat  # no line made of two columns' lines side by side
    first, second, third = (flat.index(t) for t in ("Our security officers patrol", "exclusion scheme",
                                                     "On Friday evenings"))
    assert first < second < third
    assert flat.index("answer calls from retailers on the shared radio network.") < second  # column one whole
    assert "shop thefts reported by retailers fell by a quarter." in flat


def _cards_pdf(key_across: bool = True) -> bytes:
    """A programme's page: a masthead across the page, a grid of film cards three to a row (a date,
    a title, a wrapped note each), then a key set across the page under the grid."""
    from reportlab.pdfgen import canvas

    films = [("FRI 16 JAN", "The Quiet Harbour", "A lighthouse keeper and a lost dog wait out a winter storm. "),
             ("FRI 30 JAN", "Paper Kites", "Two sisters build kites for a seaside contest and learn to lose. "),
             ("SUN 8 FEB", "Night Shift", "A hospital porter's last week before he retires, told in one night. "),
             ("FRI 13 FEB", "Under the Viaduct", "Allotment holders fight to save their plots from a car park. "),
             ("FRI 27 FEB", "Long Way Round", "A grandfather teaches his grandson to ride a motorbike. "),
             ("FRI 13 MAR", "Salt and Vinegar", "A chip shop's fortunes turn when a food critic calls in. ")]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(45, 790, "RIVERSIDE COMMUNITY PICTURES: SPRING SEASON AT THE OLD CORN EXCHANGE")
    for n, (date, title, note) in enumerate(films):
        x, top = 50 + (n % 3) * 175, 700 - (n // 3) * 200
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, top, date)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x, top - 20, title)
        c.setFont("Helvetica", 10)
        _draw_columns(c, [(x, note * 3)], top=top - 40, width=150)
    if key_across:
        c.setFont("Helvetica", 9)
        c.drawString(45, 260, "Key: [S] subtitled, [R] relaxed screening, doors and bar open thirty minutes before the film.")
        c.drawString(45, 246, "All films are shown under licence. Tickets from the box office or online, members half price.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_a_grid_of_cards_between_lines_across_the_page_is_read_card_by_card(tmp_path: Path):
    p = tmp_path / "programme.pdf"
    p.write_bytes(_cards_pdf())
    doc = read_document(p, "programme.pdf")
    flat = " ".join(doc.text.split())
    assert "The Quiet Harbour Paper Kites" not in flat  # no line made of the cards' titles side by side
    for date, title in (("FRI 16 JAN", "The Quiet Harbour"), ("FRI 30 JAN", "Paper Kites"), ("SUN 8 FEB", "Night Shift")):
        assert f"{date} {title} " in flat  # each card's date over its own title
    assert "storm. A lighthouse keeper" in flat  # a card's note read whole
    assert flat.index("RIVERSIDE COMMUNITY PICTURES") < flat.index("FRI 16 JAN") < flat.index("Key: [S] subtitled")
    assert "Key: [S] subtitled, [R] relaxed screening, doors and bar open thirty minutes before the film." in flat
    headings = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "heading"]
    assert "Paper Kites" in headings and "Night Shift" in headings


def _columns_over_a_form_pdf(table_across: bool = False) -> bytes:
    """A page of two columns of prose (the left one running on below the right one's end) over a
    membership form whose lines run across the page; with `table_across`, a ruled table across
    the page (its cells' gap making a gutter) and a line over it instead of the columns."""
    from reportlab.pdfgen import canvas

    left = ("Our volunteers run the box office, the bar and the projector, and every screening is "
            "introduced by one of the members who chose the film. ") * 6
    right = ("Tickets cost five pounds, members pay three, and carers come free to every screening "
             "we put on in the hall. ")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 780, "More than a night at the pictures")
    c.setFont("Helvetica", 10)
    if table_across:
        c.drawString(50, 740, "The board's workstreams this quarter, as their leads reported them to the meeting in October.")
        rows = [("Workstream", "Progress this quarter")] + [
            (f"Workstream {k}", f"Lead {k} reported that stage {k} of the plan is done.") for k in range(1, 9)]
        rows[3] = ("Joint drones", "Police and fire pilots work as one unit.")
        for k, (a, b) in enumerate(rows):
            y = 700 - k * 30
            c.rect(50, y - 10, 200, 30)
            c.rect(250, y - 10, 300, 30)
            c.drawString(55, y, a)
            c.drawString(255, y, b)
    else:
        _draw_columns(c, [(50, left), (313, right)], top=740, width=230)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 400, "Join us: hand this form in at the box office or post it to the address on the back page")
    c.setFont("Helvetica", 10)
    c.drawString(50, 370, "Name ______________________________________________ Single membership fifteen pounds")
    c.drawString(50, 340, "Address ____________________________________________ Joint membership twenty-five pounds")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_two_columns_over_a_form_across_the_page_are_read_column_by_column(tmp_path: Path):
    p = tmp_path / "programme.pdf"
    p.write_bytes(_columns_over_a_form_pdf())
    doc = read_document(p, "programme.pdf")
    flat = " ".join(doc.text.split())
    assert "chose the film. Our volunteers" in flat and "who chose the film. Tickets cost" in flat  # the left column whole
    assert flat.index("Our volunteers run") < flat.index("Tickets cost five pounds") < flat.index("Join us: hand this form")
    assert "post it to the address on the back page" in flat  # the form's line across the page read whole
    assert "Name ______________________________________________ Single membership fifteen pounds" in flat


def test_pdf_a_ruled_table_across_the_page_is_no_band_of_columns(tmp_path: Path):
    p = tmp_path / "report.pdf"
    p.write_bytes(_columns_over_a_form_pdf(table_across=True))
    doc = read_document(p, "report.pdf")
    assert "Joint drones\tPolice and fire pilots work as one unit." in doc.text
    assert "Workstream 8\tLead 8 reported that stage 8 of the plan is done." in doc.text


def test_pdf_a_cover_with_a_logo_beside_its_title_is_no_band_of_columns(tmp_path: Path):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(420, 595))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(330, 530, "Ouse Hospitals")
    c.drawString(330, 516, "NHS Trust")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(34, 480, "Going home")
    c.drawString(34, 455, "after a fall")
    c.setFont("Helvetica", 10)
    _draw_columns(c, [(34, "Information for patients, families and carers about getting home safely and "
                           "what our therapy team, a local charity's volunteers and the fire service can do. " * 4)],
                  top=420, width=240)
    c.setFont("Helvetica", 9)
    c.drawString(34, 90, "If you need this leaflet in large print, Easy Read or another language, please ask us.")
    c.drawString(34, 78, "Ouse General Hospital, Huntingdon. Leaflet reference OGH/PIL/0412, version 3, review 2028.")
    c.showPage()
    c.save()
    p = tmp_path / "leaflet.pdf"
    p.write_bytes(buf.getvalue())
    flat = " ".join(read_document(p, "leaflet.pdf").text.split())
    assert flat.index("Ouse Hospitals") < flat.index("Going home")  # the logo read where it is set, first


def _boxes_and_table_pdf() -> bytes:
    """A catalogue's page: a heading and a line across the page; two boxes side by side (a heading
    and a paragraph each); a heading set apart under them over a paragraph across the page; a
    table of short cells set without rules; then two more boxes side by side."""
    from reportlab.pdfgen import canvas

    walks = "Fell Walks are free walking groups for anyone in farming who is finding life hard. " * 3
    marts = "Mart Mondays are our drop-ins at the auction marts, with bacon rolls and time to talk. " * 3
    bus = "The Dales Bus takes people without a car to the market town on Tuesdays and Fridays. " * 3
    lunch = "Lunch Club meets in the chapel schoolroom every Thursday for soup and a sandwich. " * 3
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 790, "Where your money goes")
    c.setFont("Helvetica", 10)
    c.drawString(40, 770, "Every pack of cards pays for about two conversations with someone who needs one this winter.")
    for x, head, text in ((40, "Mart Mondays", marts), (320, "Fell Walks", walks)):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x, 740, head)
        c.setFont("Helvetica", 10)
        _draw_columns(c, [(x, text)], top=722, width=230)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, 600, "Postage")
    c.setFont("Helvetica", 10)
    for k in range(3):
        c.drawString(40, 582 - k * 13, "Please add postage to your order as the table shows, and thank you for buying our cards.")
    for k, row in enumerate((("Order value", "Postage", "Days"), ("Up to 15", "3.20", "3"), ("15 to 30", "4.50", "3"),
                             ("Over 30", "Free", "5"), ("Abroad", "9.00", "10"))):
        for x, cell in zip((40, 320, 480), row):
            c.drawString(x, 535 - k * 14, cell)
    for x, head, text in ((40, "Dales Bus", bus), (320, "Lunch Club", lunch)):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x, 460, head)
        c.setFont("Helvetica", 10)
        _draw_columns(c, [(x, text)], top=442, width=230)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_a_page_of_several_bands_reads_each_by_its_columns_and_a_table_between_them_by_rows(tmp_path: Path):
    p = tmp_path / "catalogue.pdf"
    p.write_bytes(_boxes_and_table_pdf())
    doc = read_document(p, "catalogue.pdf")
    flat = " ".join(doc.text.split())
    assert "Mart Mondays Fell Walks" not in flat and "Dales Bus Lunch Club" not in flat  # no heads side by side
    assert "to talk. Mart Mondays are our drop-ins" in flat  # each box read whole
    assert "a sandwich. Lunch Club meets" in flat
    assert flat.index("Fell Walks are free") < flat.index("Postage Please add postage")  # the heading stays with its text
    assert "Up to 15 3.20 3" in flat  # the table read by rows, not as three columns
    assert flat.index("Abroad 9.00 10") < flat.index("Dales Bus The Dales Bus takes")


def test_pdf_labels_beside_their_figures_are_no_band_of_columns(tmp_path: Path):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    for k in range(4):
        c.drawString(40, 780 - k * 13, "Your bill covers the water you used and the standing charges for the six months shown.")
    charges = [("Water supply (metered)", "38 m3 at 2.1184 = 80.50"), ("Water standing charge", "181 days = 15.33"),
               ("Wastewater (95% of water used)", "36.1 m3 at 2.9731 = 107.33"), ("Wastewater standing charge", "181 days = 20.33"),
               ("Surface water drainage", "181 days = 30.66"), ("Total charges this bill", "254.15"),
               ("Less payments received", "126.73"), ("Amount to pay", "127.42")]
    for k, (label, figure) in enumerate(charges):
        c.drawString(40, 700 - k * 14, label)
        c.drawString(300, 700 - k * 14, figure)
    for k in range(4):
        c.drawString(40, 560 - k * 13, "Pay online, by phone or at any bank with the slip below, using your account number.")
    c.showPage()
    c.save()
    p = tmp_path / "bill.pdf"
    p.write_bytes(buf.getvalue())
    flat = " ".join(read_document(p, "bill.pdf").text.split())
    assert "Water standing charge 181 days = 15.33" in flat  # a label read with its figure


def test_pdf_a_tables_bold_head_row_set_without_rules_is_no_heading(tmp_path: Path):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Times-Bold", 11)
    c.drawString(57, 760, "5. Results")
    c.setFont("Times-Roman", 10)
    c.drawString(57, 740, "Table 1. Mean incidents a month in the patrolled and comparison parks, April to September.")
    rows = [("Times-Bold", ("Parks", "2021-22", "2023-24", "Change")),
            ("Times-Roman", ("Patrolled (4)", "14.2", "9.6", "-32%")),
            ("Times-Roman", ("Comparison (6)", "11.8", "11.1", "-6%"))]
    for k, (font, cells) in enumerate(rows):
        c.setFont(font, 10)
        for x, cell in zip((64, 170, 230, 290), cells):
            c.drawString(x, 715 - k * 14, cell)
    c.setFont("Times-Roman", 10)
    c.drawString(57, 660, "In the four patrolled parks recorded anti-social behaviour fell by a third over two summers.")
    c.showPage()
    c.save()
    p = tmp_path / "note.pdf"
    p.write_bytes(buf.getvalue())
    doc = read_document(p, "note.pdf")
    headings = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "heading"]
    assert "5. Results" in headings
    assert not any(h.startswith("Parks") for h in headings)


def test_an_html_email_laid_out_in_tables_is_read_as_blocks_and_its_preheader_is_furniture(tmp_path):
    from ingest.owners import document_owner

    p = tmp_path / "email.html"
    p.write_text(
        "<html><head><title>Round-up | Spring</title></head><body>"
        "<div style='display:none; max-height:0px; opacity:0; overflow:hidden;'>Hare coursing, trackers and cameras.</div>"
        "<table role='presentation' width='100%'><tr><td><table role='presentation'>"
        "<tr><td><p>Rural Round-up from Essex Police</p></td></tr>"
        "<tr><td><h2>Track it, get it back</h2><p>Since last autumn we have lent hidden GPS trackers to 60 farms.</p></td></tr>"
        "<tr><td><h2>Caught on camera</h2><p>The district council put cameras at ten fly-tipping hotspots.</p></td></tr>"
        "</table></td></tr></table></body></html>", encoding="utf-8")
    doc = read_document(p, "email.html")
    assert not any(item.kind == "table" for item in doc.outline)
    headings = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "heading"]
    assert any("Track it, get it back" in h for h in headings) and any("Caught on camera" in h for h in headings)
    furniture = " ".join(doc.text[i.start:i.end] for i in doc.outline if i.kind == "furniture")
    assert "Hare coursing" in furniture
    assert document_owner(doc).forces == ("Essex Police",)


def test_an_html_table_whose_rows_are_entries_writes_each_row_as_a_heading_and_its_blocks(tmp_path):
    """A board's agenda as a table: the item's number beside a cell of paragraphs (title, summary,
    minutes). Each row heads its own part; a table of plain cells stays a table."""
    row = ("<tr><td>{n}.</td><td><p class='title'>{title}</p><p>{summary}</p>"
           "<p><span>Minutes:</span> {minutes}</p></td></tr>")
    rows = "".join(row.format(n=n, title=t, summary=s, minutes=m) for n, t, s, m in (
        (1, "Apologies", "To receive apologies for absence.", "Apologies were received from two members."),
        (2, "Hate Crime Reporting Centres: Update", "The authority opened six third-party reporting centres in libraries.",
         "RESOLVED - That the update be noted."),
    ))
    p = tmp_path / "agenda.html"
    p.write_text("<html><body><main><h1>Agenda</h1><h2>Items</h2><table><tr><td>No.</td><td>Item</td></tr>" + rows +
                 "</table><table><tr><td><p>Ward</p></td><td><p>Calls</p></td></tr>"
                 "<tr><td><p>North</p></td><td><p>12</p></td></tr></table></main></body></html>", encoding="utf-8")
    doc = read_document(p, "agenda.html")
    spans = [(i.kind, doc.text[i.start:i.end]) for i in doc.outline]
    assert ("heading", "### 1. Apologies") in spans
    assert ("heading", "### 2. Hate Crime Reporting Centres: Update") in spans
    assert doc.text.count("Hate Crime Reporting Centres: Update") == 1  # the title line is the heading, not repeated
    assert ("table", "No.\tItem") in spans and ("table", "Ward\tCalls\nNorth\t12") in spans
    heads = [i for i in doc.outline if i.kind == "heading"]
    assert heads[-1].level == 3 and heads[-1].start < doc.text.index("The authority opened six")


def test_a_rule_of_hash_characters_in_plain_text_is_no_heading(tmp_path):
    from ingest.layouts.common import make_view

    p = tmp_path / "export.txt"
    p.write_text("POSTS EXPORT\n\n" + "#" * 60 + "\n\nPOST 1 of 2\nMessage: We marked 143 engines at the harbour.\n\n"
                 + "#" * 60 + "\n\n# A heading\n\nText.\n", encoding="utf-8")
    view = make_view(read_document(p, "export.txt"))
    headings = [line.plain for line in view.lines if line.is_heading]
    assert headings == ["A heading"]


def test_a_word_files_running_header_names_its_owner(tmp_path):
    import docx

    from ingest.owners import document_owner

    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "Northamptonshire Police | Equality Annual Report 2024/25"
    word.add_heading("Chapter 3: Serving our communities", level=1)
    word.add_paragraph("This chapter reports on how we serve our communities.")
    path = tmp_path / "chapter.docx"
    word.save(path)
    doc = read_document(path, "chapter.docx")
    assert "Northamptonshire" not in doc.text  # not in the body: spans index the body only
    owner = document_owner(doc)
    assert owner.forces == ("Northamptonshire Police",) and owner.source == "running header"


def test_a_web_pages_site_name_is_its_publisher_and_owner(tmp_path):
    from ingest.owners import document_owner
    from ingest.pipeline import build_initiatives

    p = tmp_path / "page.html"
    p.write_text("<html><head><title>Safety and security at our car parks | Aireside Parking, Leeds</title></head>"
                 "<body><main><h1>Safety and security at our car parks</h1>"
                 "<h2>A safer multi-storey</h2><p>We fitted brighter lighting and 40 new cameras on every level, "
                 "and thefts from vehicles fell from 61 to 22 in a year.</p></main></body></html>", encoding="utf-8")
    doc = read_document(p, "page.html")
    assert doc.publisher == "Aireside Parking"
    assert document_owner(doc).organisations == ("Aireside Parking",)
    assert all("Aireside Parking" in i.organisations for i in build_initiatives(doc))  # written as 'we'
    p.write_text("<html><head><meta property='og:site_name' content='Caerfai Sands Holiday Park'>"
                 "<title>Owners' News: October 2025</title></head><body><p>News for owners.</p></body></html>",
                 encoding="utf-8")
    assert read_document(p, "page.html").publisher == "Caerfai Sands Holiday Park"
    # a page's copyright notice, in the footer the reader leaves out of the text, names its publisher
    p.write_text("<html><head><title>Residence Life Bulletin: Week 4 | Accommodation | MySVU</title></head><body>"
                 "<main><h1>Residence Life Bulletin</h1><h2>Lock it, mark it</h2><p>We marked 300 bikes with "
                 "Leicestershire Police and bike thefts halved.</p></main><footer><p>Accessibility</p>"
                 "<p>© Soar Valley University 2025</p></footer></body></html>", encoding="utf-8")
    doc = read_document(p, "page.html")
    assert doc.publisher == "Soar Valley University" and "©" not in doc.text
    assert document_owner(doc).organisations == ("Soar Valley University",)
    # so does a plain text file's
    t = tmp_path / "bulletin.txt"
    t.write_text("Members' bulletin\n\nWe met the neighbourhood team.\n\n© 2025 Hornsea Mere Angling Club\n",
                 encoding="utf-8")
    assert read_document(t, "bulletin.txt").publisher == "Hornsea Mere Angling Club"
    # a tagline after the site's name in the title: the last part that is a name
    p.write_text("<html><head><title>Compliance &amp; crime prevention | Tyne Metal Recycling | Scrap metal "
                 "Gateshead</title></head><body><p>We check every seller.</p></body></html>", encoding="utf-8")
    assert read_document(p, "page.html").publisher == "Tyne Metal Recycling"
    # a title without a site part, or whose last part is no name, names no publisher
    for title in ("Owners' News: October 2025", "Crime figures | 2025", "News | home"):
        p.write_text(f"<html><head><title>{title}</title></head><body><p>Some text here.</p></body></html>",
                     encoding="utf-8")
        assert read_document(p, "page.html").publisher == "", title


def test_docx_bold_heads_nest_by_type_size_and_a_capitals_head_with_a_colon_is_no_field(tmp_path: Path):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for text, size in (("MARKET WATCH: A YEAR ON", 12), (None, "Forty traders now carry a radio on one channel."),
                       ("Market Watch in figures", 9.5), (None, "31 arrests came from radio calls made by traders."),
                       ("YOUNG TRADERS SATURDAYS", 12), (None, "Four young traders take a free pitch each month.")):
        if text is None:
            document.add_paragraph(size)
            continue
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)
    p = tmp_path / "newsletter.docx"
    document.save(p)
    doc = read_document(p, p.name)
    heads = {doc.text[i.start:i.end]: i.level for i in doc.outline if i.kind == "heading"}
    assert set(heads) == {"MARKET WATCH: A YEAR ON", "Market Watch in figures", "YOUNG TRADERS SATURDAYS"}
    assert heads["Market Watch in figures"] > heads["MARKET WATCH: A YEAR ON"] == heads["YOUNG TRADERS SATURDAYS"]
    from ingest.pipeline import build_initiatives

    watch = next(i for i in build_initiatives(doc) if i.title.startswith("MARKET WATCH"))
    assert "31 arrests" in doc.text[watch.start:watch.end]


def _figures_and_wrapped_heading_pdf() -> bytes:
    """A report page: key figures in large type ('£6.2m'), then a numbered heading set over two
    lines with room to spare on the first ('... with' / 'Derbyshire Constabulary'), then prose; and
    a logo's name set over two lines ('Cheshire West' / 'and Chester')."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(54, 790, "Cheshire West")
    c.drawString(54, 770, "and Chester")
    y = 720
    for figure, label in (("£6.2m", "reported lost by customers to fraud and scams"), ("£4.8m", "paid back")):
        c.setFont("Helvetica-Bold", 24)
        c.drawString(54, y, figure)
        c.setFont("Helvetica", 10)
        c.drawString(54, y - 16, label)
        y -= 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(54, y, "1. In our branches: the Banking Protocol with")
    c.drawString(54, y - 18, "Derbyshire Constabulary")
    c.setFont("Helvetica", 10)
    body = ("The Banking Protocol is a national scheme that lets branch staff call 999 when they think a "
            "customer is being scammed into taking out cash, and officers attend within the hour to talk to them.")
    words, line, y = body.split(), "", y - 44
    for word in words * 4:
        if c.stringWidth(f"{line} {word}", "Helvetica", 10) > 480:
            c.drawString(54, y, line.strip())
            y, line = y - 14, ""
        line += f" {word}"
    c.drawString(54, y, line.strip())
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_key_figures_in_large_type_are_not_headings_and_a_heading_wrapped_at_a_joining_word_is_one(tmp_path: Path):
    p = tmp_path / "report.pdf"
    p.write_bytes(_figures_and_wrapped_heading_pdf())
    doc = read_document(p, p.name)
    headings = [" ".join(doc.text[i.start:i.end].split()) for i in doc.outline if i.kind == "heading"]
    assert not any(h.startswith("£") for h in headings), headings
    assert "1. In our branches: the Banking Protocol with Derbyshire Constabulary" in headings, headings
    assert "Cheshire West and Chester" in headings, headings
    assert all(i.styled for i in doc.outline if i.kind == "heading")


SIDEBAR_PAGE = """<!DOCTYPE html><html><head><title>Ashby Roofing | Roofers in Leicestershire</title></head><body>
<main><h1>Ashby Roofing</h1><p>We repair roofs and gutters across north west Leicestershire.</p></main>
<aside>
  <div class="card"><h2>Contact us</h2><p>Phone 01632 960 111. We reply within a day.</p></div>
  <div class="card"><h2>How we check trades</h2><p>Every trade here has had its identity and insurance checked.</p></div>
  <div class="card newsletter"><h2>Our newsletter</h2><p>Tips every month for home owners who want to look
  after their roofs, gutters and chimneys through the winter. Sign up today. It is free and you can leave at
  any time. We never share your address with anyone.</p></div>
  <div class="card safety"><h2>Doorstep crime in the county</h2>
  <p>No Cold Calling Zones are set up by the county council's trading standards team with the police in streets
  where older residents have been targeted by rogue traders. Every home gets a door sticker and a visit. More
  than 200 zones have been set up since 2010, and reports of doorstep crime in them have fallen by 60 per cent.</p>
  </div>
</aside>
<aside class="card"><h2>Doorstep crime in the city</h2>
  <p>The city's trading standards team runs a rapid response line with the police for residents who have a
  rogue trader at the door. Officers attended 140 calls last year and stopped 31 payments before money changed
  hands, which the team says saved residents more than 90,000 pounds. Trading standards now run it with
  three more councils.</p></aside>
</body></html>
"""


def test_html_a_sidebar_box_telling_a_story_in_prose_is_the_pages(tmp_path: Path):
    """A sidebar is the site's, but a box in it with its own heading over prose of two sentences or
    more (a scheme and its results) is the page's content; contact cards, blurbs and boxes
    described as furniture ('newsletter') stay furniture."""
    p = tmp_path / "page.html"
    p.write_text(SIDEBAR_PAGE, encoding="utf-8")
    doc = read_document(p, "page.html")
    furniture = _furniture_text(doc)
    for side in ("Contact us", "How we check trades", "Our newsletter"):
        assert side in furniture
    for story in ("Doorstep crime in the county", "No Cold Calling Zones", "Doorstep crime in the city",
                  "rapid response line"):
        assert story in doc.text and story not in furniture, story
    headings = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "heading"]
    assert "## Doorstep crime in the county" in headings and "## Doorstep crime in the city" in headings
