"""Web pages: visible text as blocks, with headings (h1-h6, and the summary line of a details
disclosure), list items, tables (tab-separated rows), and page furniture (cookie banners, share
links, breadcrumbs, skip links) marked as not content. Scripts, styles and the site's navigation,
header and footer outside the main content are dropped, except a table of contents (its topics
give themes).

Furniture is decided by what kind of block it is, as HTML says it: on a page with a main landmark
(<main>, role=main) every block outside it is the site's, not the page's (alert bars, emergency
banners, top bars); blocks whose ARIA role is a landmark or live region other than main (alert,
banner, complementary, contentinfo, navigation, search, status, dialog) and asides outside an
article are furniture wherever they are."""

from __future__ import annotations

import re

from index.records import OutlineItem
from ingest.readers.common import BlockWriter, Extracted, UnreadableFile, check_printable, one_line
from ingest.readers.outline import heading_shaped, is_entry, is_run_in, run_in_item, stated_publisher
from ingest.readers.text import TITLE_MAX_CHARS
from ingest.sentences import sentences

_DROP = frozenset({"script", "style", "nav", "noscript", "template", "svg", "head", "iframe", "object"})
_PAGE_CHROME = frozenset({"header", "footer"})  # dropped unless inside main/article
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "aside", "blockquote", "pre", "ul", "ol",
        "dl", "dt", "dd", "figure", "figcaption", "address", "form", "fieldset", "body",
        "html", "hr", "caption", "details", "summary", "header", "footer", "button",
        "table", "tbody", "thead", "tfoot", "tr", "td", "th",  # (cells of a layout table: blocks)
    }
)
_CONTENTS = re.compile(r"(?i)^contents\b|\btable-of-contents\b|\btoc\b|\bcontents\b")
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# ARIA roles of blocks that are the site's, not the page's content
_FURNITURE_ROLES = frozenset({"alert", "alertdialog", "banner", "complementary", "contentinfo", "dialog",
                              "navigation", "search", "status", "log", "marquee", "timer", "toolbar"})
# what sites call their furniture in class, id, role and aria-label attributes
_FURNITURE = re.compile(r"(?i)cookie|consent|gdpr|\bshare|social|breadcrumb|skip-?link|newsletter|banner|"
                        r"\bnavigation\b|\bnavbar\b|\bmenu\b|site-?footer|site-?header|back-to-top|"
                        r"\brelated\b|\bsidebar\b|\bfeedback\b|was this page (?:useful|helpful)|\balert\b|\bemergency\b|"
                        # readers' comments under a post are theirs, not the publisher's
                        r"\bcomments?\b")


def read_html(data: bytes) -> Extracted:
    from bs4 import BeautifulSoup

    note = ""
    try:
        markup: str | bytes = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        markup = data
    if "\x00" in (markup if isinstance(markup, str) else ""):
        raise UnreadableFile("binary content, not HTML")
    soup = BeautifulSoup(markup, "html.parser")
    if isinstance(markup, bytes):
        note = f"not UTF-8; decoded as {soup.original_encoding or 'unknown encoding'}"
    title = one_line(soup.title.get_text())[:TITLE_MAX_CHARS] if soup.title is not None else ""
    out = _HtmlText(mains=soup.find_all(_is_main))
    try:
        out.walk(soup, in_content=False, furniture=False)
    except RecursionError:
        raise UnreadableFile("HTML is nested too deeply to read") from None
    out.flush()
    text = out.writer.text()
    if not text.strip():
        raise UnreadableFile("HTML page has no readable text")
    check_printable(text)
    return Extracted(text=text, title=title, note=note, outline=out.writer.outline, publisher=site_name(soup, title))


# a page title's parts: 'Owners' News | Caerfai Sands Holiday Park', 'Safety - Aireside Parking'
_TITLE_PARTS = re.compile(r"\s+[|–—·»]\s+|\s+-\s+")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’&.-]*|of|and|for|the|&|on|in|upon)$")
_SITE_WORDS = (2, 8)


def site_name(soup, title: str) -> str:
    """The site a page is published on: its og:site_name, else the publisher its text names
    (copyright notice, imprint line), else the last part of its title after a separator that is a
    name (two to eight capitalised words, a trailing place after a comma left off); '' when none says."""
    meta = soup.find("meta", attrs={"property": "og:site_name"})
    if meta is not None and one_line(meta.get("content") or ""):
        return one_line(meta["content"])
    if holder := stated_publisher(soup.get_text("\n")):
        return holder  # the page footer's '© Soar Valley University 2025', an imprint line
    parts = _TITLE_PARTS.split(title)
    low, high = _SITE_WORDS
    # the last part that is a name: a tagline may follow the site's name ('Compliance | Tyne Metal
    # Recycling | Scrap metal Gateshead')
    for part in reversed(parts[1:]):
        name = part.split(",")[0].strip()
        words = name.split()
        if low <= len(words) <= high and words[0][:1].isupper() and all(_NAME_WORD.match(w) for w in words) \
                and not any(ch.isdigit() for ch in name) and name != parts[0].strip():
            return name
    return ""


_KICKER_WORDS = 6
_INLINE_TEXT = frozenset({"a", "span", "em", "strong", "b", "i", "u", "small", "abbr", "code", "time", "mark", "sup", "sub"})


def _stands_alone(link) -> bool:
    """A link that is a block of its own: its parent holds no running text beside it (only other
    blocks), and it is not a heading's or a list item's own text."""
    from bs4 import NavigableString, Tag

    parent = link.parent
    if parent is None or (parent.name or "").lower() in (*_HEADINGS, "li", "p", "summary", "td", "th", "dt", "dd"):
        return False
    for sibling in parent.children:
        if sibling is link:
            continue
        if isinstance(sibling, NavigableString):
            if str(sibling).strip() and type(sibling) is NavigableString:
                return False
        elif isinstance(sibling, Tag) and (sibling.name or "").lower() in _INLINE_TEXT and sibling.get_text(strip=True):
            return False
    return bool(link.get_text(strip=True))


def _lays_out(table) -> bool:
    """A table used to lay the page out (an HTML email's columns and panels), not to tabulate:
    marked role="presentation", or holding tables or headings in its cells. Its cells are read as
    blocks of text, not as rows of a table."""
    role = (table.get("role") or "").strip().lower()
    return role in ("presentation", "none") or table.find(["table", "h1", "h2", "h3", "h4", "h5", "h6"]) is not None


def _is_contents(tag) -> bool:
    return bool(_CONTENTS.search(_described(tag)))


def _is_main(tag) -> bool:
    return tag.name == "main" or (tag.get("role") or "").strip().lower() == "main"


# text styled so no reader sees it: an email's preheader (display:none with no height or opacity)
_UNSEEN = re.compile(r"(?i)display\s*:\s*none")
_NO_SIZE = re.compile(r"(?i)max-height\s*:\s*0|opacity\s*:\s*0|font-size\s*:\s*[01]px|mso-hide\s*:\s*all")


def _is_furniture(tag, in_article: bool = False) -> bool:
    style = tag.get("style") or ""
    if _UNSEEN.search(style) and _NO_SIZE.search(style):
        return True
    role = (tag.get("role") or "").strip().lower()
    if role in _FURNITURE_ROLES or (tag.name == "aside" and not in_article):
        return True
    described = _described(tag, with_role=True)
    if not (described.strip() and _FURNITURE.search(described)):
        return False
    # a name is only a hint: a block holding the page's own content (its title, an article, the
    # main landmark) is a layout wrapper ('layout--sidebar', 'page-with-menu'), not furniture
    return tag.find(_holds_content) is None


def _is_side(tag) -> bool:
    return tag.name == "aside" or (tag.get("role") or "").strip().lower() == "complementary"


def _described(tag, with_role: bool = False) -> str:
    """What a block's class, id, aria-label (and role) attributes call it."""
    return " ".join([*tag.get("class", []), tag.get("id", ""), *([tag.get("role", "")] if with_role else []),
                     tag.get("aria-label", "")])


def _described_as_furniture(tag) -> bool:
    """A block its attributes call furniture ('newsletter', 'cookie-bar'); 'sidebar' says only where
    it stands."""
    described = _described(tag)
    return bool(described.strip() and _FURNITURE.search(described.replace("sidebar", "")))


# a sidebar box's story: prose of its own, more than a blurb ('Every trade has been checked ...')
_STORY_CHARS = 300


def _side_story(tag) -> bool:
    """A box in a sidebar holding one heading and prose under it: paragraphs of at least
    _STORY_CHARS characters, one of two sentences or more (not a list of links, a form or a
    contact card), and not described as furniture ('newsletter-signup')."""
    if tag.name not in ("div", "section", "article", "aside") or _described_as_furniture(tag):
        return False
    if len(tag.find_all(list(_HEADINGS))) != 1 or tag.find(["form", "nav", "aside"]) is not None:
        return False
    paragraphs = [one_line(p.get_text(" ")) for p in tag.find_all("p") if p.find_parent("li") is None]
    return (sum(len(p) for p in paragraphs) >= _STORY_CHARS
            and any(len(sentences(p)) >= 2 for p in paragraphs))


def _holds_content(tag) -> bool:
    return tag.name in ("h1", "article") or _is_main(tag)


class _HtmlText:
    def __init__(self, mains: list | None = None) -> None:
        # on a page with a main landmark, what lies outside it (and does not hold it) is the site's
        self.mains = {id(m) for m in mains or ()}
        self.holding_main = {id(p) for m in mains or () for p in m.parents}
        self.in_main = not self.mains
        self.in_article = False
        self.last_level = 0  # the level of the last heading written (a summary heads one below it)
        self.in_quote = False  # inside a blockquote: its paragraphs and attribution are a quote
        self.in_side = ""  # inside a sidebar ("aside") or a story boxed in one ("story")
        self.writer = BlockWriter()
        self.entries: dict[int, int] = {}  # block element -> the text length when it was entered
        self.buffer: list[str] = []
        self.prefix = ""
        self.kind = ""
        self.level = 0

    def flush(self, furniture: bool = False) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        lines = [one_line(line) for line in raw.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            kind = self.kind or ("quote" if self.in_quote else "")
            self.writer.add(self.prefix + text, "furniture" if furniture else kind, self.level)
            self.prefix, self.kind, self.level = "", "", 0

    def walk(self, node, in_content: bool, furniture: bool, skip=None) -> None:
        from bs4 import NavigableString, Tag
        from bs4.element import PreformattedString

        for child in node.children:
            if child is skip:
                continue
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):  # comments, doctype, CDATA
                    self.buffer.append(str(child).replace("\n", " "))
                continue
            if not isinstance(child, Tag):
                continue
            name = (child.name or "").lower()
            if name == "nav" and _is_contents(child):
                # a table of contents is the document's own (its topics give themes), not navigation
                self.flush(furniture)
                self.writer.add("## " + (child.get("aria-label") or "Contents"), "heading", 2)
                self.walk(child, in_content, furniture)
                self.flush(furniture)
                continue
            if name in _DROP or (name in _PAGE_CHROME and not in_content):
                continue
            entering_main = not self.in_main and id(child) in self.mains
            outside_main = not self.in_main and not entering_main and id(child) not in self.holding_main
            marked = furniture or outside_main or _is_furniture(child, self.in_article)
            was = (self.in_main, self.in_article, self.in_quote, self.in_side)
            side = not self.in_side and _is_side(child) and not _described_as_furniture(child)
            if marked and (side or self.in_side == "aside") and _side_story(child):
                # a box in the page's sidebar (or the sidebar itself) telling a story of its own in
                # prose under its own heading ('Doorstep crime in Norfolk': a scheme and its
                # results) is the page's
                marked, self.in_main, self.in_side = False, True, "story"
            elif side:
                self.in_side = "aside"
            self.in_main = self.in_main or entering_main
            self.in_article = self.in_article or name == "article"
            self.in_quote = self.in_quote or name == "blockquote"
            try:
                self._element(child, name, in_content or name in ("main", "article", "blockquote"), furniture, marked)
            finally:
                self.in_main, self.in_article, self.in_quote, self.in_side = was

    def _element(self, child, name: str, inside: bool, furniture: bool, marked: bool) -> None:
        if name in _HEADINGS or (name == "summary" and child.parent is not None and child.parent.name == "details"):
            # a disclosure's summary line heads its details, one level below the heading above
            level = _HEADINGS.get(name) or min(6, self.last_level + 1)
            self.flush(furniture)
            self.prefix = "#" * level + " "
            self.kind, self.level = "heading", level
            self.buffer.append(child.get_text(" ").replace("\n", " "))
            kicker = self._kicker(child) if not marked else None
            self.flush(marked)
            if kicker is not None and self.writer.outline and self.writer.outline[-1].kind == "heading":
                last = self.writer.outline[-1]
                self.writer.outline[-1] = OutlineItem("heading", kicker, last.end, last.level, last.label)
            self.prefix, self.kind, self.level = "", "", 0
            if not marked and name in _HEADINGS:
                self.last_level = level
        elif name == "li":
            self.flush(furniture)
            self.prefix, self.kind = "- ", "list_item"
            before = len(self.writer.outline)
            self.walk(child, inside, marked)
            self.flush(marked)
            self.prefix, self.kind = "", ""
            if not marked and len(self.writer.outline) == before + 1 and self.writer.outline[-1].kind == "list_item":
                self._entry(child)  # one item written: it may open with its name in bold
        elif name == "table" and _holds_entries(child):
            self.flush(furniture)
            self._entry_rows(child, inside, marked)
        elif name == "table" and not _lays_out(child):
            self.flush(furniture)
            self._table(child, marked)
        elif name == "br":
            self.buffer.append("\n")
        elif name == "a" and not marked and _stands_alone(child):
            # a link set as a block of its own ('Read the practice example', 'More news') is a
            # way on to another page, not the page's text
            self.flush(furniture)
            self.walk(child, inside, True)
            self.flush(True)
        elif name in _BLOCKS or marked != furniture:
            self.flush(furniture)
            self.entries[id(child)] = self.writer.length
            before = len(self.writer.outline), self.writer.length
            self.walk(child, inside, marked)
            self.flush(marked)
            if name == "p" and not marked and before[0] == len(self.writer.outline) and before[1] < self.writer.length:
                self._run_in(child)  # one plain paragraph written: it may open with a head in bold
        else:
            self.walk(child, inside, marked)

    def _run_in(self, paragraph) -> None:
        """A paragraph opening with a head in <strong> or <b>, its text running on ('<p><strong>Still
        Here.</strong> With a local charity ...</p>'): the head is marked as the paragraph's run-in head."""
        head, rest, start = self._bold_head(paragraph, 0)
        if head and is_run_in(head, rest):
            self.writer.outline.append(run_in_item(start, start + len(head), head))

    def _entry(self, item) -> None:
        """A list item opening with its name in <strong> or <b>, linked or not, then a paragraph
        about it ('<li><a><strong>shoplink</strong></a> - Python package that ...</li>'): the name
        is marked as the item's run-in head (outline.is_entry), in place of its list item."""
        head, rest, start = self._bold_head(item, _BULLET, linked=True)
        if head and is_entry(head, rest.lstrip(" -–—:")):
            self.writer.outline[-1] = run_in_item(start, start + _BULLET + len(head), head)

    def _bold_head(self, element, offset: int, linked: bool = False) -> tuple[str, str, int]:
        """The text of the element's first child in <strong> or <b> (inside a link when `linked`),
        the text of the block just written after it, past `offset` characters (a bullet), and
        where that block starts; ('', '', 0) when it opens with no bold head."""
        first = _first_child(element)
        if linked and first is not None and (first.name or "").lower() == "a":
            first = _first_child(first)  # (the name linked: '<a><strong>shoplink</strong></a>')
        if first is None or (first.name or "").lower() not in ("strong", "b"):
            return "", "", 0
        head = one_line(first.get_text(" "))
        block = self.writer.parts[-1]
        if not head or not block[offset:].startswith(head):
            return "", "", 0
        return head, block[offset + len(head):], self.writer.length - len(block)

    def _kicker(self, heading) -> int | None:
        """Where a card's kicker starts: in a block holding this one heading, a short line set
        above it (a force label over a practice title, a category over a story) names what the
        heading is, so it is read as part of the heading; None when there is none."""
        parent = heading.parent
        entry = self.entries.get(id(parent)) if parent is not None else None
        if entry is None or len(parent.find_all(list(_HEADINGS))) != 1:
            return None
        text = self.writer.text()
        before = text[entry:]
        if not before.strip() or any(item.start >= entry for item in self.writer.outline):
            return None  # nothing above it, or structure (a list, furniture, a heading) above it
        said = before.strip()
        if "\n" in said or len(said.split()) > _KICKER_WORDS or said.endswith((".", "!", "?", ":")):
            return None
        return entry + len(before) - len(before.lstrip())

    def _table(self, table, furniture: bool) -> None:
        self._write_rows([_row_text(cells) for cells in _rows(table)], furniture)

    def _write_rows(self, rows: list[str], furniture: bool) -> None:
        rows = [row for row in rows if row.strip()]
        if rows:
            self.writer.add("\n".join(rows), "furniture" if furniture else "table")

    def _entry_rows(self, table, inside: bool, furniture: bool) -> None:
        """A table whose rows are entries (a committee's agenda: the item's number beside a cell
        with its title, summary, papers and minutes): each such row is written as a heading one
        level below the last, from its short cells and its long cell's title line, then the long
        cell's blocks; rows without blocks (the column heads) are written as a table's rows."""
        level = min(6, self.last_level + 1)
        plain: list[str] = []
        for cells in _rows(table):
            long = [c for c in cells if _blocks(c)]
            if not long:
                plain.append(_row_text(cells))
                continue
            self._write_rows(plain, furniture)
            plain = []
            first = _first_child(long[0])
            title = one_line(first.get_text(" ")) if first is not None and first in _blocks(long[0]) else ""
            titled = bool(title) and heading_shaped(title)
            head = [h for h in (*(one_line(c.get_text(" ")) for c in cells if c not in long), title if titled else "") if h]
            if head:
                self.writer.add("#" * level + " " + " ".join(head), "furniture" if furniture else "heading", level)
            for cell in long:
                self.walk(cell, inside, furniture, skip=first if titled and cell is long[0] else None)
                self.flush(furniture)
        self._write_rows(plain, furniture)


def _row_text(cells: list) -> str:
    return "\t".join(one_line(c.get_text(" ")) for c in cells)


def _rows(table) -> list[list]:
    """The cells of each of the table's own rows (a nested table's rows are its cells' text)."""
    return [tr.find_all(["td", "th"], recursive=False) for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _blocks(cell) -> list:
    """The block elements a cell is made of (its paragraphs and lists), when it holds several."""
    blocks = [c for c in cell.find_all(["p", "ul", "ol", "div", "dl", "blockquote"], recursive=False) if c.get_text(strip=True)]
    return blocks if len(blocks) >= 2 else []


def _holds_entries(table) -> bool:
    """A table whose rows are entries, not data: two or more of its rows each hold a cell made of
    several blocks (paragraphs and lists), and it is not a table laying out a page."""
    if _lays_out(table):
        return False
    return sum(1 for cells in _rows(table) if any(_blocks(c) for c in cells)) >= 2


_BULLET = 2  # a list item's text is written after its bullet, '- '


def _first_child(element):
    """The element's first child that is not blank text, when it is an element; else None."""
    from bs4 import NavigableString, Tag

    first = next((c for c in element.children if not (isinstance(c, NavigableString) and not str(c).strip())), None)
    return first if isinstance(first, Tag) else None
