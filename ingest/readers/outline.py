"""Structure that shows in the text itself, whatever the format: Markdown headings, numbered section
headings, labelled fields, list items, tables (tab-separated rows), page furniture lines, and
form-feed page breaks. Format readers add what only they can see (fonts, styles, tags, pages)."""

from __future__ import annotations

import re
from dataclasses import replace

from index.gazetteer import IS_A, LEGAL_FORM, find_forces, find_organisations
from index.records import OutlineItem
from ingest.lines import Line, split_lines
from ingest.sentences import sentences

_MD_HEADING = re.compile(r"^(#{1,6})\s+\S")
# "3.", "3.1", "4.2.1 Title", "Section 4", "Part 2:"
_NUMBERED = re.compile(r"^(?:(?:Section|Part|Chapter)\s+(\d+(?:\.\d+)*)|(\d{1,2}(?:\.\d{1,2})*)\.?)[:.)]?\s+(\S.*)$")
_MARKUP = re.compile(r"\*\*|__|</?(?:b|strong|u|i|em)>")
# "Outcome: ...", "**Contact:**", "<b>Force</b>: Kent Police"
_LABEL = re.compile(r"^(?:\*\*|<b>|<strong>)?([A-Z][\w'’&/()\- ]{0,100}?)\s*(?:\*\*|</b>|</strong>)?\s*:(?:\*\*|</b>|</strong>)?(?:\s|$)")
# A label is a short noun phrase; "She said:" or "The results were:" introduce speech or a list
_NOT_LABEL_WORDS = {"said", "says", "added", "explained", "commented", "told", "stated", "were", "was",
                    "are", "is", "include", "includes", "included", "follows", "below"}
_SMALL = {"a", "an", "and", "the", "of", "for", "in", "on", "to", "by", "with", "or"}
_BULLET = re.compile(r"^(?:[-•●▪◦]|\*(?!\*)|\d{1,2}[.)]|[a-z][.)])\s+\S")
# Lines every web page carries that say nothing about the work: a phrase vocabulary of web pages,
# not of any one site.
_FURNITURE = re.compile(
    r"(?i)^(?:skip to (?:main )?content|back to top|share (?:this|on|via)\b.*|print (?:this )?page|"
    r"follow us\b.*|sign up (?:to|for) our newsletter.*|(?:accept|reject|manage) (?:all )?cookies.*|"
    r".*\bwe use cookies\b.*|.*\bcookie (?:settings|policy|preferences)\b.*|privacy policy|"
    r"terms (?:and|&) conditions|accessibility statement|(?:©|copyright)\s.*|all rights reserved\.?|"
    r"home\s*[>/›»].*|menu|search(?: this site)?|(?:facebook|twitter|x|linkedin|instagram|youtube)"
    r"(?:\s*[|·,]\s*(?:facebook|twitter|x|linkedin|instagram|youtube|email))*|"
    # a post's action bar on a forum, a comment thread or a social feed: 'Like Quote Reply 11 likes'
    r"(?:(?:like|quote|reply|share|report|retweet|repost|comment|edit|permalink|react|save|bookmark)\b[\s|·•]*){2,}"
    r"(?:\d[\d,.]*[km]?\s+(?:likes?|replies|comments|shares|reposts|reactions|views)\b[\s|·•]*)*)$"
)
# a publisher's imprint: its charity or company registration ('Registered charity no. 1148830',
# 'X is a registered charity, number 1134408. Registered office: ...', 'Company no. 04418276'),
# on a line of its own (a page's footer), however much else the line says of the publisher
_IMPRINT = re.compile(r"(?i)\b(?:registered )?charity(?: in [a-z ]{5,30})?,?[ \t]*\(?(?:no\.?|number|reg(?:istration)?\.?(?: no\.?)?)"
                      r"[ \t]*:?[ \t]*\(?(?:SC|NI)?\d|\bcompany (?:no\.?|number|registration(?: no\.?)?)[ \t]*:?[ \t]*\d"
                      r"|\bcharity[ \t]+SC\d{6}\b|\bregistered in (?:England|Scotland|Wales|Northern Ireland)\b"
                      # a housing association's or co-operative's: 'a registered society (no. 30114R)'
                      r"|\bregistered (?:society|provider(?: of social housing)?)[ \t]*,?[ \t]*\(?(?:no\.?|number)[ \t]*:?[ \t]*[A-Z]{0,2}\d"
                      # a regulated firm's line: '... plc is authorised by the Prudential Regulation Authority'
                      r"|\bis authorised (?:and regulated )?by the (?:Financial Conduct|Prudential Regulation) Authority\b")
_IMPRINT_WORDS = 50
# where to reach someone, a phone number aside: an email or a web address (a contact block's lines;
# the address in a running footer, which names no owner)
CONTACT_POINT = re.compile(r"(?i)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\bwww\.\S+")
# a protective marking alone on a line (the Government Security Classifications): a mark on the page
PROTECTIVE_MARKING = re.compile(r"(?i)^\W*(?:official(?:[- ]sensitive)?|secret|top secret|restricted|unclassified|"
                                r"not protectively marked)\W*$")
# a line that is nothing but links and the separators between them: a breadcrumb trail or the
# previous / contents / next links of a chaptered page
_LINK = r"\[[^\]]+\]\([^)]*\)"
_LINKS_ONLY = re.compile(rf"^\s*{_LINK}(?:\s*(?:[›»>|/·•]|&gt;)\s*{_LINK})+(?:\s*(?:[›»>|/·•])\s*[^\[\]()]{{0,80}})?\s*$")
# a site's menu written out: four or more short items (no figures) between separators ('LinkedIn ·
# Home · My Network · Jobs · Messaging')
_MENU = re.compile(r"^(?:\[?[^\W\d][^·|•\d\n]{0,28}(?:\]\([^)]*\))?\s*[·|•]\s*){3,}[^·|•\d\n]{1,30}$")
_MENU_ITEM_WORDS = 3
# a Markdown footnote's text ('[^1]: Figures are management information ...'): the document's
# notes, apparatus kept out of the section it ends up under
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\]\s]+\]:\s")
# cookie notices run to a sentence or two: furniture at any length
_COOKIES = re.compile(r"(?i)\b(?:this (?:site|website) uses cookies|(?:use|uses|using) (?:some )?(?:essential )?cookies|"
                      r"(?:accept|reject) (?:all |recommended )?cookies|cookie (?:settings|policy|preferences|notice))")
_MONTH = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_MAX_HEADING_WORDS = 14
_MAX_LABEL_WORDS = 10


# a static-site page's front matter (YAML between '---' lines, TOML between '+++' lines) at the
# top of a Markdown file: the generator's settings, not the page's text
_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\n((?:[^\n]*\n){1,40}?)\1[ \t]*$", re.MULTILINE)
_SETTING = re.compile(r"^\s*[\w-]+\s*[:=]")


def front_matter(text: str) -> list[OutlineItem]:
    """The front matter block, as page furniture (every line of it a setting or its continuation)."""
    match = _FRONT_MATTER.match(text)
    if not match or not _SETTING.match(match.group(2)):
        return []
    return [OutlineItem("furniture", 0, match.end())]


# a copyright notice naming who holds it: '© Soar Valley University 2025', 'Copyright 2024 Kent
# Community Trust. All rights reserved.' (Crown copyright names no one body)
_NOTICE_WORD = r"(?:[A-Z](?:[\w'’&-]|\.(?=\w))*|of|and|for|the|&)"
_HOLDER = rf"{_NOTICE_WORD}(?:[ \t]+{_NOTICE_WORD}){{1,7}}"  # a name of two to eight such words
_COPYRIGHT = re.compile(
    r"(?m)^[ \t]*(?:©|\((?i:c)\)|(?i:copyright))(?:[ \t]*(?:©|\((?i:c)\)))?[ \t]+(?:(?:19|20)\d\d(?:[-–]\d{2,4})?,?[ \t]+)?"
    rf"(?!(?i:crown)\b)({_NOTICE_WORD}(?:[ \t]+{_NOTICE_WORD}){{0,7}})"
    r"[ \t]*,?[ \t]*(?:(?:(?:19|20)\d\d(?:[-–]\d{2,4})?)?[ \t]*\.?(?:[ \t]*(?i:all rights reserved)\.?)?"
    # and what else a site's footer line credits after a separator ('· Website by Northlight Web')
    r"(?:[ \t]+[·|•][ \t]+[^\n]*)?"
    # or the terms it goes on to give after the year ('© The Wool Loft 2025. Free for personal use ...')
    r"|(?:19|20)\d\d(?:[-–]\d{2,4})?\.[ \t]+[A-Z][^\n]*)[ \t]*$")
# an imprint line opening with whose it is: 'Solway Wildlife Trust is a registered charity, no.
# 1092846', 'Tyne Metal Recycling Ltd. Registered in England, company no. 01163482'
_IMPRINT_HOLDER = re.compile(rf"^[ \t*_]*({_HOLDER}(?:[ \t]+(?:{LEGAL_FORM})\.?)?)(?=[ \t]+is[ \t]|[.,][ \t])")
# a line ending on a capitalised word and the '&' or 'and' a name goes on from on the next line
_WRAPPED_NAME = re.compile(r"[A-Z][\w'’-]*[ \t]+(?:&|and)[ \t]*\n$")
# the line about a body that opens with its name, near the end ('Fieldwork Digital is a small
# digital agency in Leeds ...'): who publishes a post, a press release's 'about us'
_ABOUT_REACH = 2_000
# a sign-off from the publisher's people: 'From all of us at the Stour Valley Talking News, goodbye'
_SIGN_OFF = re.compile(rf"\b(?:[Aa]ll of us|[Ee]veryone|[Tt]he (?:whole )?team) at (?:the )?({_HOLDER})")
_IS_A = re.compile(IS_A)
_SENTENCE_BREAK = re.compile(r"[.!?][*_”’\"')]*[ \t]+(?=[*_“‘\"']*[A-Z])")


def copyright_holder(text: str) -> str:
    """Who the last copyright notice of the text names, '' when none does."""
    holders = [m.group(1).rstrip(".") for m in _COPYRIGHT.finditer(text)]
    return holders[-1] if holders else ""


# a form's field naming whose return or application it is, near its top: 'Company Name in full
# WHEELHOUSE BIKES C.I.C.', 'Name of organisation:<tab>Riverside Youth Trust'
_NAME_FIELD = re.compile(r"(?im)^[ \t]*(?:(?:full |legal )?(?:company|organi[sz]ation|charity|applicant|group|business)"
                         r"(?:['’]s)? name(?: in full)?|name of (?:the )?(?:company|organi[sz]ation|charity|applicant|"
                         r"group|business))[ \t]*(?::[ \t]*|\t+|[ \t](?=[A-Z]))([^\n\t:]{3,80}?)[ \t]*$")
_FORM_TOP = 3_000
_INITIALISM = re.compile(r"\b[A-Z](?:\.[A-Z])+\.?(?=\s|$)")


def form_name(text: str) -> str:
    """The body a form's name field names, written as names are ('WHEELHOUSE BIKES C.I.C.' ->
    'Wheelhouse Bikes CIC'); '' when its top has no such field."""
    field = _NAME_FIELD.search(text[:_FORM_TOP])
    if not field:
        return ""
    name = _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), field.group(1).strip()).rstrip(".")
    if name.isupper():  # set in capitals: acronyms of three letters or fewer stay, small words join
        words = name.split()
        name = " ".join(w.lower() if n and w in _JOINERS else w if len(w) <= 3 and w not in _JOINERS
                        else w.capitalize() for n, w in enumerate(words))
    return name


_JOINERS = {"THE", "AND", "FOR", "OF"}


def stated_publisher(text: str) -> str:
    """The publisher the text names itself: the body a form's name field names, else its last
    copyright notice's holder, else whose its imprint (charity or company registration) line is,
    else whom its closing lines sign off from ('all of us at ...') or describe as itself ('X is a
    ... charity'); '' when it names none."""
    if holder := form_name(text):
        return holder
    if holder := copyright_holder(text):
        return holder
    for imprint in _IMPRINT.finditer(text):
        start = text.rfind("\n", 0, imprint.start()) + 1
        if _WRAPPED_NAME.search(text, 0, start):
            start = text.rfind("\n", 0, start - 1) + 1  # the name wrapped after its '&': 'Ashby &' / 'Rowe Ltd, ...'
        end = text.find("\n", imprint.end())
        line = text[start:end if end >= 0 else len(text)].replace("\n", " ")
        # the line opens with whose it is, or the sentence does in a paragraph about the publisher
        # ('... kept at Sheffield City Archives. Attercliffe Heritage Group is a registered charity')
        sentence = line[max([0, *(m.end() for m in _SENTENCE_BREAK.finditer(line, 0, imprint.start() - start))]):]
        for opening in (line, sentence):
            if len(opening.split()) <= _IMPRINT_WORDS and (named := _IMPRINT_HOLDER.match(opening)) \
                    and not _IMPRINT.match(named.group(1)):
                return named.group(1)
    if signed := [m.group(1) for m in _SIGN_OFF.finditer(text[-_ABOUT_REACH:])]:
        return signed[-1]
    for line in reversed(split_lines(text[-_ABOUT_REACH:])):
        opening = line.raw.lstrip(" \t*_")
        named = find_organisations(opening[:200])
        if named and named[0].start == 0 and _IS_A.match(opening, named[0].end):
            return named[0].name
    return ""


def text_outline(text: str, known: list[OutlineItem]) -> list[OutlineItem]:
    """`known` (from the format reader) merged with the structure found in the text's lines."""
    known = [*front_matter(text), *(replace(item, styled=True) if item.kind == "heading" else item for item in known)]
    covered = [(item.start, item.end) for item in known if item.kind in ("table", "furniture", "running")]
    seen = {item.start for item in known}
    headed = [(item.start, item.end) for item in known if item.kind == "heading"]
    known = [_numbered_label(text, item) for item in known]
    lines = [line for line in split_lines(text) if not any(s <= line.start < e for s, e in covered)]
    found: list[OutlineItem] = []
    for i, line in enumerate(lines):
        if line.start in seen or any(s < line.start < e for s, e in headed):
            continue  # (a heading the reader set over several lines, a card's kicker and title)
        item = _line_item(lines, i)
        if item is not None:
            found.append(item)
    found += _tables(lines)
    found = _closing_block(lines, found)
    return sorted(known + found, key=lambda item: (item.start, -item.end))


_RULE = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")  # a Markdown thematic break
_CLOSING_MAX_LINES = 8


def _closing_block(lines: list[Line], found: list[OutlineItem]) -> list[OutlineItem]:
    """A page's footer set off by a last rule: after the document's last thematic break, a short
    block with no heading of its own holding a furniture line (a copyright line, 'Was this page
    useful?') is the site's footer, every line of it, not the last piece's text."""
    rules = [i for i, line in enumerate(lines) if _RULE.match(line.raw)]
    if not rules:
        return found
    tail = lines[rules[-1] + 1:]
    if not tail or len(tail) > _CLOSING_MAX_LINES:
        return found
    kinds = {item.start: item.kind for item in found}
    if any(kinds.get(line.start) == "heading" for line in tail) or \
            not any(kinds.get(line.start) == "furniture" for line in tail):
        return found
    starts = {line.start for line in tail}
    return [item for item in found if item.start not in starts] + \
        [OutlineItem("furniture", line.start, line.end) for line in tail]


def _numbered_label(text: str, item: OutlineItem) -> OutlineItem:
    """A heading the format reader found (by font or style) that opens with a section number
    ('2.1 Safer streets', '3 Victims first') carries that number as its label, as a numbered
    heading found in the text does."""
    if item.kind != "heading" or item.label:
        return item
    plain = " ".join(_MARKUP.sub("", text[item.start:item.end]).split()).lstrip("# ").strip()
    match = _NUMBERED.match(plain)
    if not match or _MONTH.match(match.group(3)) or len(plain.split()) > _MAX_HEADING_WORDS:
        return item
    return replace(item, label=match.group(1) or match.group(2))


def form_feed_pages(text: str) -> tuple[tuple[int, int], ...]:
    """Pages of a text file whose pages are separated by form feeds."""
    if "\f" not in text:
        return ()
    starts = [0, *(m.end() for m in re.finditer("\f", text))]
    return tuple((start, number) for number, start in enumerate(starts, start=1))


def _is_menu(plain: str) -> bool:
    if not _MENU.match(plain):
        return False
    items = re.split(r"\s*[·|•]\s*", re.sub(r"\]\([^)]*\)", "]", plain))
    # (a list of the forces taking part is no menu)
    return all(len(item.strip("[] ").split()) <= _MENU_ITEM_WORDS for item in items) and not find_forces(plain)


def _line_item(lines: list[Line], i: int) -> OutlineItem | None:
    line = lines[i]
    raw = line.raw
    plain = _MARKUP.sub("", raw).strip()
    if (_FURNITURE.match(plain) and len(plain.split()) <= 12) or _COOKIES.search(plain[:200]) \
            or PROTECTIVE_MARKING.match(plain) or _LINKS_ONLY.match(plain) or _FOOTNOTE_DEFINITION.match(raw) \
            or _is_menu(plain) or (_IMPRINT.search(plain) and len(plain.split()) <= _IMPRINT_WORDS):
        return OutlineItem("furniture", line.start, line.end)
    if raw.startswith(">"):
        return OutlineItem("quote", line.start, line.end)  # a Markdown quotation line
    heading = _MD_HEADING.match(raw)
    if heading:
        number = _NUMBERED.match(plain.lstrip("# ").strip())
        label = (number.group(1) or number.group(2)) if number else ""
        return OutlineItem("heading", line.start, line.end, len(heading.group(1)), label)
    underlined = _underlined_heading(lines, i, plain)
    if underlined is not None:
        return underlined
    if "\t" in raw:
        return None
    numbered = _numbered_heading(lines, i, plain)
    if numbered is not None:
        return numbered
    label = field_label(raw)
    if label:
        return OutlineItem("field", line.start, line.end, 0, label)
    run_in = _EMPHASISED_HEAD.match(raw)
    if run_in and (line.blanks_before or i == 0) and is_run_in(run_in.group(1), run_in.group(3)):
        return run_in_item(line.start, line.start + run_in.end(2), run_in.group(1))
    entry = _ENTRY_HEAD.match(raw)
    if entry and is_entry(entry.group("head"), entry.group("rest")):
        return run_in_item(line.start, line.start + entry.end("name"), entry.group("head"))
    if _BULLET.match(raw):
        return OutlineItem("list_item", line.start, line.end)
    return None


# a paragraph opening with a head in bold, written out ('**Still Here.** With a local charity ...',
# '<b>Our team:</b> We now have ...'), its text running on
_EMPHASISED_HEAD = re.compile(r"^(?:\*\*|__|<b>|<strong>)([^*_<>\n]{2,90}?)(\*\*|__|</b>|</strong>)[\s.:—–-]*(\S.*)$")
RUN_IN_MIN_TEXT_WORDS = 3  # the text a run-in head opens: a sentence, not a label's value ('**Date:** 3 May')


_RUN_IN_HEAD_WORDS = 12


def is_run_in(head: str, rest: str, min_words: int = RUN_IN_MIN_TEXT_WORDS) -> bool:
    """An emphasised opening is a run-in head when it is short and a new sentence of at least
    `min_words` words follows it ('Still Here. With a local charity ...'), not a label with its
    value ('Present: ...'), a paragraph's number in bold ('4.1') or the start of the sentence it
    leads into ('RESOLVED that ...', 'Please pray for ...')."""
    head = head.strip()
    return 1 <= len(head.split()) <= _RUN_IN_HEAD_WORDS and not head.endswith(":") and bool(re.search(r"[^\W\d]{2}", head)) \
        and bool(re.match(r"[\s.:—–-]*[A-Z0-9“\"‘']", rest)) and len(rest.split()) >= max(1, min_words)


# a list entry opening with its name in bold, linked or not, then a paragraph about it ('- [**shoplink**](https://...)
# - Python package that ...'): a curated list's or a directory's titled entry
_ENTRY_HEAD = re.compile(r"^(?:[-•●▪◦]|\*(?!\*))\s+(?P<name>\[?(?:\*\*|__)(?P<head>[^*_<>\n\[\]]{2,90}?)(?:\*\*|__)"
                         r"(?:\]\([^)\s]*\))?)[\s.:—–-]*(?P<rest>\S.*)$")
ENTRY_SENTENCES = 2  # an entry's text is a paragraph: this many sentences at least


def is_entry(head: str, rest: str) -> bool:
    """A list item's emphasised opening names the entry when it is a run-in head and the text
    after it is a paragraph about it (two sentences or more: 'Python package that matches shop
    theft reports ... The BID's retailers use it ...'), not a line of a list ('**Tuesday** - youth
    club at the hall')."""
    return is_run_in(head, rest) and len(sentences(rest)) >= ENTRY_SENTENCES


def run_in_item(start: int, head_end: int, head: str) -> OutlineItem:
    """A run-in head's outline item: the paragraph's start to the head's end, labelled with the
    head's words ('Still Here.' -> 'Still Here')."""
    return OutlineItem("run_in", start, head_end, 0, head.strip().rstrip(".:;,—–- ").strip())


_UNDERLINE = re.compile(r"^\s*(?:(=){3,}|-{3,})\s*$")
_UNDERLINE_SHARE = (0.5, 1.5)  # an underline about as long as its line; a page-wide rule under a short line frames a block


def underlined(text: str, end: int) -> bool:
    """The line after the one ending at `end` is an underline of '=' or '-' (and nothing else
    follows on the line that ends there)."""
    stop = text.find("\n", end)
    if stop < 0 or text[end:stop].strip():
        return False
    after = text.find("\n", stop + 1)
    return bool(_UNDERLINE.match(text[stop + 1:after if after >= 0 else len(text)]))


def heading_shaped(plain: str) -> bool:
    """A line short enough to head something and not ending as a sentence or clause does."""
    return len(plain.split()) <= _MAX_HEADING_WORDS and not plain.endswith((".", ",", ";"))


def _underlined_heading(lines: list[Line], i: int, plain: str) -> OutlineItem | None:
    """A line underlined with '=' or '-' ('1. ROUTES 1 AND 7: RESULTS' over a row of dashes), as
    plain-text notices and Markdown set headings: level 1 with '=', 2 with '-'. It opens its
    paragraph (the last line of a block framed by rules is no heading) and is heading-shaped."""
    if i + 1 >= len(lines) or lines[i + 1].blanks_before or not (lines[i].blanks_before or i == 0):
        return None
    underline = _UNDERLINE.match(lines[i + 1].raw)
    low, high = _UNDERLINE_SHARE
    if underline is None or not low <= len(lines[i + 1].raw.strip()) / max(1, len(plain)) <= high \
            or not heading_shaped(plain) or _UNDERLINE.match(plain):
        return None
    number = _NUMBERED.match(plain)
    label = (number.group(1) or number.group(2)) if number else ""
    return OutlineItem("heading", lines[i].start, lines[i].end, 1 if underline.group(1) else 2, label)


def _numbered_heading(lines: list[Line], i: int, plain: str) -> OutlineItem | None:
    """'3. HIGHLAND DIVISION', '3.1 Approach', 'Section 4': a short numbered line that is not one
    item of a run of numbered lines (a numbered list)."""
    match = _NUMBERED.match(plain)
    if not match or _MONTH.match(match.group(3)):
        return None  # not numbered, or a date: '17 October 2024'
    number = match.group(1) or match.group(2)
    following = lines[i + 1] if i + 1 < len(lines) else None
    # a heading stands apart; a line the paragraph runs on from (no blank line between) is its start
    wrapped = following is not None and not following.blanks_before and not _MD_HEADING.match(following.raw)
    if not heading_shaped(plain) or wrapped:
        # a numbered paragraph ('3.1 Officers in ...'), as numbered reviews and reports set them
        return OutlineItem("numbered", lines[i].start, lines[i].end, number.count(".") + 1, number) \
            if "." in number else None
    sub_numbered = "." in number or match.group(1) is not None
    if not sub_numbered:
        if not match.group(3)[:1].isupper():
            return None
        neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        in_list = any(_NUMBERED.match(_MARKUP.sub("", n.raw).strip()) and
                      (n.start > lines[i].start and not n.blanks_before or n.start < lines[i].start
                       and not lines[i].blanks_before) for n in neighbours)
        if in_list:
            return None
    # its title set in capitals is the typescript's heading style ('1.  SAFE AS HOUSES'), as a font is a PDF's
    title = match.group(3)
    capitals = sum(ch.isalpha() for ch in title) >= _CAPS_MIN_LETTERS and title.upper() == title
    return OutlineItem("heading", lines[i].start, lines[i].end, number.count(".") + 1, number, styled=capitals)


_CAPS_MIN_LETTERS = 4


def field_label(raw: str) -> str:
    """The label of a 'Label: text' line ('' if it is not one)."""
    label = _LABEL.match(raw)
    return label.group(1).strip() if label and _is_label(label.group(1)) else ""


def _is_label(label: str) -> bool:
    """A label is a short name in title case ('Outcome', 'Lead Force', 'Contact Details'), perhaps
    run on from an organisation line ('Essex Police Audience'); 'The programme aims to:' is a
    lead-in to a list."""
    words = label.split()
    return (1 <= len(words) <= _MAX_LABEL_WORDS and not (set(w.lower() for w in words) & _NOT_LABEL_WORDS)
            and all(w[:1].isupper() or w[:1] in "(&" or w.lower() in _SMALL for w in words)
            and words[-1].lower() not in _SMALL)


def _tables(lines: list[Line]) -> list[OutlineItem]:
    """Runs of consecutive tab-separated lines (with no blank line inside) as tables."""
    tables: list[OutlineItem] = []
    run: list[Line] = []
    for line in [*lines, None]:
        is_row = line is not None and "\t" in line.raw.strip("\t ")
        if is_row and (not run or not line.blanks_before):
            run.append(line)
            continue
        if len(run) >= 2:
            tables.append(OutlineItem("table", run[0].start, run[-1].end))
        run = [line] if is_row else []
    return tables
