"""Who did a piece of work: the forces and organisations a section names, and the document's owner,
whom sections that name no one, or are written as "we" / "our officers" / "the force", inherit."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from index.gazetteer import LEGAL_FORM, find_forces, find_organisations, organisation_names
from index.records import Document
from ingest.lines import clean, joined_lines
from ingest.readers.outline import CONTACT_POINT, PROTECTIVE_MARKING
from ingest.readers.text import content_text
from ingest.sentences import joined_sentence_spans, sentences

# "LONDON, 3 May 2024 - ...", "Maidstone, 12th March 2023: ..." at the start of a press release
# (on one line, after a place that is no weekday: 'Wednesday 5 March 2025' over a list is a date)
_DATELINE = re.compile(
    r"^(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][A-Za-z .'’&-]{2,40},?[ \t]+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)?),?"
    r"[ \t]+\d{4}[ \t]*[-–—:][ \t]*", re.MULTILINE)
# an inspection report's subject: "An inspection of Kent Police", "PEEL 2023-25: Kent Police"
_INSPECTION = re.compile(r"(?i)\binspection of\b|\bPEEL\b")
_WE = re.compile(r"(?i)\b(?:we|our|us)\b|\bthe force(?:'s|’s)?\b")
_JOINT = re.compile(r"(?i)\b(?:with|jointly|joint|alongside|together|partnership|partnered|collaborat\w*)\b|"
                    # 'our team and British Transport Police have been running ...'
                    r"\b(?:we|our(?:\s+[\w-]+){1,2})\s+and\s+(?=[A-Z])")
_TITLE_BLOCK_LINES = 3
_TITLE_LINE_WORDS = 16  # (words, not the separators between a masthead's places: 'Hull · Beverley')
_CONTENTS = re.compile(r"(?i)^(?:table of )?contents\b")
_MAX_OWNERS = 2  # a joint team ("Norfolk and Suffolk"); more named at the top is a multi-force document
_OPENING = 1500  # characters of a section looked at for who is named
_FIRST_PAGE = 800  # characters of the document's start looked at for its owner


@dataclass(frozen=True)
class Owner:
    """Whose document this is, and where that was read."""

    forces: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    source: str = ""  # "title", "press-release dateline", "inspection subject", "first page", "imprint", "publisher"
    # the one force a document owned by no force names anywhere: the force its 'the Force' means
    named_force: str = ""
    # the one council the document names anywhere: the council its 'the council' means
    named_council: str = ""
    # the force the author's note at the top says the author serves in ('Helen Varley is Chief
    # Superintendent ... in South Yorkshire Police'): the force an essay's 'we' means
    author_force: str = ""
    # the bodies the document names with an abbreviation it defines, (abbreviation, name):
    # ('OPCC', 'Office of the Police and Crime Commissioner for Dorset'): what its 'the OPCC' means
    abbreviations: tuple[tuple[str, str], ...] = ()

    @property
    def single_force(self) -> bool:
        """The document is one force's (or a joint team's) own: every section is partly theirs."""
        return bool(self.forces) and self.source != "publisher"


@dataclass(frozen=True)
class Who:
    """A section's forces and organisations, and why."""

    forces: list[str]
    organisations: list[str]
    reason: str


def document_owner(doc: Document) -> Owner:
    """The owner from the catalogue or reader's title, a press-release dateline, an inspection
    report's subject, or the first page's title block; else the publisher as an organisation.
    With it, the one council the document names (whom its 'the council' means)."""
    councils = {name for name in organisation_names(doc.text) if _COUNCIL.search(name)} \
        if _COUNCIL_ROLE.search(doc.text) else set()  # (read only where some section could mean it)
    return replace(_owner(doc), named_council=councils.pop() if len(councils) == 1 else "",
                   author_force=_author_force(doc.text[:_AUTHOR_NOTE]), abbreviations=abbreviations(doc.text))


# an abbreviation defined in brackets: 'the Office of the Police and Crime Commissioner (OPCC) for
# Dorset', 'the Leicester Central Business Improvement District (BID)'
_DEFINED = re.compile(r"\(([A-Z]{2,8})\)")
_MINOR_WORDS = {"of", "the", "and", "for", "&", "in", "on", "to"}


def abbreviations(text: str) -> tuple[tuple[str, str], ...]:
    """The bodies (not forces: the gazetteer knows their acronyms) that `text` names with an
    abbreviation in brackets just after the name, whose letters are the name's initials in order
    ('OPCC' after 'Office of the Police and Crime Commissioner', 'BID' after '... Business
    Improvement District'); the name the text gives in full elsewhere when the abbreviation cut
    it ('(OPCC) for Dorset' beside 'Office of the Police and Crime Commissioner for Dorset')."""
    if not _DEFINED.search(text):
        return ()
    mentions = find_organisations(text)
    names = tuple(dict.fromkeys(m.name for m in mentions))  # (as organisation_names reads them)
    found: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        abbreviation = m.group(1)
        body = next((b for b in mentions if 0 <= m.start() - b.end <= 1), None)
        if body is None or abbreviation in found or not _initials_of(abbreviation, body.name):
            continue
        longer = [n for n in names if n != body.name and n.startswith(body.name)
                  and " ".join(text[m.end():m.end() + len(n)].split()).startswith(n[len(body.name):].strip())]
        found[abbreviation] = longer[0] if len(longer) == 1 else body.name
    return tuple(found.items())


def _initials_of(abbreviation: str, name: str) -> bool:
    """The abbreviation's letters are initials of the name's words, in order."""
    initials = iter(w[0].upper() for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _MINOR_WORDS)
    return all(letter in initials for letter in abbreviation)


_AUTHOR_NOTE = 1_500  # characters of the document's start where an author's note stands
# a sentence saying what an officer is or was: 'X is Chief Superintendent and district commander
# for Doncaster in South Yorkshire Police', 'She was a neighbourhood sergeant with ...'
_OFFICER_NOTE = re.compile(
    r"\b(?:is|was|has been|serves as)\s+(?:a\s+|an\s+|the\s+)?(?:(?:retired|former|serving)\s+)?"
    r"(?:(?:Deputy |Assistant )?Chief Constable|(?:Detective )?(?:Chief )?(?:Superintendent|Inspector)|"
    r"(?:Detective )?Sergeant|(?:Police )?Constable|PCSO|police community support officer|"
    r"(?:[\w-]+ ){0,2}(?:sergeant|inspector|superintendent|constable|officer))\b", re.IGNORECASE)


def _author_force(head: str) -> str:
    """The one force named in the first sentence at the top saying what an officer is: the
    author's note of an essay, an article or a post written by an officer."""
    for sentence in sentences(head):
        if _OFFICER_NOTE.search(sentence):
            forces = _names(find_forces(sentence))
            return forces[0] if len(forces) == 1 else ""
    return ""


# a local authority by its name's kind ('City of Doncaster Council'), and spoken of by its role
_COUNCIL = re.compile(r"\bCouncil$")
_COUNCIL_ROLE = re.compile(r"\b[Tt]he (?:[Cc]ity |[Cc]ounty |[Bb]orough |[Dd]istrict )?[Cc]ouncil\b(?! of\b)")


def _owner(doc: Document) -> Owner:
    first_page = doc.text[:_FIRST_PAGE]
    head = clean(first_page)
    dateline = _DATELINE.search(first_page)
    candidates = [("title", doc.title)]
    if dateline:
        after = doc.text[dateline.end():dateline.end() + 400]
        candidates.append(("press-release dateline", (sentences(after) or [""])[0]))
    if _INSPECTION.search(doc.title) or _INSPECTION.search(head):
        candidates.append(("inspection subject", head))
    title_block = _title_block(first_page)
    candidates.append(("first page", title_block))
    candidates.append(("running header", doc.running))
    # a PDF's running header or footer, kept in its text ('Police Scotland | Keeping people safe 1')
    # (its web address left out: 'www.cheshire-pcc.gov.uk' is the commissioner's, not the force's)
    candidates.append(("running header", CONTACT_POINT.sub(" ", " | ".join(dict.fromkeys(
        clean(doc.text[item.start:item.end]) for item in doc.outline if item.kind == "running")))))
    # the title block read past page furniture set above it (an email's hidden preheader line);
    # furniture itself may name the owner (a breadcrumb trail's site name), so it is read first
    beyond_furniture = _title_block(content_text(doc, _FIRST_PAGE, frozenset({"furniture"})))
    candidates.append(("first page", beyond_furniture))
    # the publisher a catalogue or the file names (a web page's site name) is a body whatever
    # the shape of its name ('Aireside Parking', 'Caerfai Sands Holiday Park')
    publisher_orgs = _names(find_organisations(doc.publisher)) or (
        [doc.publisher.strip()] if doc.publisher.strip() and not find_forces(doc.publisher) else [])
    for source, text in candidates:
        forces = _names(m for m in _forces_outside_bodies(text)
                        if _FORCE_NAMED.search(text[m.start:m.end])
                        or (source == "title" and (_POLICING.search(text) or not _WHERE.search(text[:m.start])))
                        or not text[:m.start].strip())
        if 1 <= len(forces) <= _MAX_OWNERS:
            orgs = _names(find_organisations(text)) or publisher_orgs
            return Owner(tuple(forces), tuple(o for o in orgs if o not in forces), source)
    named = _names(find_forces(doc.text))
    named_force = named[0] if len(named) == 1 else ""
    title_orgs = _names(find_organisations(_uncapped(doc.title)))
    if title_orgs:
        return Owner((), tuple(title_orgs), "title", named_force)
    if publisher_orgs and all(o in doc.title for o in publisher_orgs):
        # the title names the publisher (a page's site name: 'Safety at our car parks | Aireside
        # Parking'): the page is its own, as a title naming a body by its shape is
        return Owner((), tuple(publisher_orgs), "title", named_force)
    if publisher_orgs:
        # the publisher the file names itself (its imprint, copyright, site) writes its 'we'; a
        # catalogue's publisher may have gathered others' pieces
        return Owner((), tuple(publisher_orgs), "imprint" if doc.publisher_stated else "publisher", named_force)
    # an organisation's own report names it in the first page's title block ('Annual Report' /
    # 'Police and Crime Commissioner for X'), or in the header running over its pages
    for source, text in (("first page", title_block), ("first page", beyond_furniture),
                         ("running header", doc.running)):
        orgs = _names(find_organisations(_uncapped(text)))
        if orgs:
            return Owner((), tuple(orgs), source, named_force)
    if named := _logo_name(title_block, doc.text):
        return Owner((), (named,), "first page", named_force)
    if named := _registered_name(doc.text):
        return Owner((), (named,), "imprint", named_force)
    # a welcome signed by the chief constable ('... real progress for Humberside Police. We answered
    # ... Chief Constable Paul Whitlock') opens the force's own review
    opening_forces = _names(find_forces(first_page))
    if len(opening_forces) == 1 and _CHIEF_SIGNS.search(first_page):
        return Owner(tuple(opening_forces), (), "first page (signed by the chief constable)", named_force)
    return Owner(named_force=named_force)


# an imprint: a name (at a line's start or a sentence's), its address after a comma, and its
# registration as a charity or company within a few lines ('Colne Valley Befrienders, The Old Chapel, 3 Parsonage Street, Halstead ...
# Registered charity no. 1149203')
_REGISTERED = re.compile(r"(?m)(?:^|(?<=[.!?] ))[ \t]*(?:©[ \t]*)?"
                         # (a name wrapped after a joining word: 'Ashby &' / 'Rowe Ltd, registered in England')
                         r"(?P<name>(?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|and|for|the|&)(?:[ \t]+|[ \t]*\n[ \t]*))?){1,5}"
                         r"[A-Z][\w'’-]*),[ \t]+[^\n]{0,300}(?:\n[^\n]*){0,3}?"
                         r"(?i:registered[ \t]+(?:charity|company|in[ \t]+england)|charity[ \t]+(?:no|number|reg)|"
                         r"company[ \t]+(?:no|number))")


def _registered_name(text: str) -> str:
    """The body a document's imprint registers, read from its last lines ('' when none)."""
    tail = text[-_IMPRINT_CHARS:]
    names = [" ".join(m.group("name").split()) for m in _REGISTERED.finditer(tail) if not find_forces(m.group("name"))]
    return names[-1] if names else ""


_IMPRINT_CHARS = 1200


# the chief constable signing a welcome or foreword: 'Chief Constable Paul Whitlock', 'Jo Shiner, Chief Constable'
_CHIEF_SIGNS = re.compile(r"(?m)(?:\bChief Constable(?: [A-Z][a-z'’-]+){2,3}"
                          r"|[A-Z][a-z'’-]+ [A-Z][a-z'’-]+,? Chief Constable)\s*$")


def _logo_name(block: str, text: str) -> str:
    """The body whose name opens the title block without the word saying what kind of body it is,
    as a logo sets it ('Cheshire West and Chester' over the report, the document naming 'Cheshire
    West and Chester Council' in its text); '' when none does."""
    opening = _uncapped(block).casefold()
    for name in organisation_names(text):
        stem = name.rsplit(" ", 1)[0]
        if len(stem.split()) >= 2 and re.match(rf"{re.escape(stem.casefold())}\b", opening) \
                and not find_forces(stem):
            return name
    return ""


# a place said as where a title's subject is ('Roofers in Norfolk'): the area's force owns it
# only when the title speaks of policing ('Police Now officers ... tackling anti-social behaviour
# in Avon & Somerset', 'Rural crime in Norfolk')
_WHERE = re.compile(r"\b(?:in|across|around|near|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_POLICING = re.compile(r"(?i)\b(?:polic\w*|officers?|crimes?|criminal|constab\w*|pcsos?|neighbourhood watch|"
                       r"community safety|safer|anti-social|offend\w*|victims?)\b")


# outside the document's title, a force named as a force ('Kent Police', 'Heddlu Gwent', 'GMP', 'the
# Met'), or its area's bare name opening the title block ('Northamptonshire Emergency Services
# Collaboration Programme'); not the bare name of an area further on: 'Leicester & Leicestershire'
# after a letting agent's name, 'Essex' in a club's address name where the publisher works, not
# whose document it is (a title's 'tackling crime in Avon & Somerset' names its subject's force)
_FORCE_NAMED = re.compile(r"(?i:\b(?:police|constabulary|constabularies|heddlu|met|force|service)\b)|^[A-Z]{2,6}$")


def _forces_outside_bodies(text: str) -> list:
    """Force mentions, less those inside a body's name set in capitals ('UNISON CHESHIRE POLICE
    BRANCH' is the union branch's, not Cheshire's), read as the name is written."""
    bodies = [(m.start, m.end) for m in find_organisations(_uncapped(text))]
    return [m for m in find_forces(text) if not any(s <= m.start < e for s, e in bodies)]


def _uncapped(text: str) -> str:
    """Words set in capitals for display ('HALDANE RIGHTS TRUST') as a name is written, so that a
    body's name is known by its shape; acronyms of three letters or fewer ('NHS') stay, but for
    the small words joining a name's words."""
    text = re.sub(r"\b[A-Z][A-Z'’]{3,}\b", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), text)
    while (lowered := _CAPPED_JOINER.sub(lambda m: m.group(1) + m.group(2).lower(), text)) != text:
        text = lowered
    return text


# a small word joining a name set in capitals ('ESTON AND GRANGETOWN CREDIT UNION'), after a word
# already uncapped or another small word ('FRIENDS OF THE PARK')
_CAPPED_JOINER = re.compile(r"\b((?:[A-Z][a-z'’]+|of|and|the|for) )(AND|OF|THE|FOR)(?= [A-Z])")


# a masthead set between two rules of one repeated character ('=====') near the top
_MASTHEAD = re.compile(r"^\s*([=\-*_~#+])\1{9,}\s*\n((?:[^\n]*\S[^\n]*\n){1,4})\s*\1{10,}\s*$", re.MULTILINE)


# a report's addressee, as a labelled line of its cover ('To<tab>Police and Crime Panel', 'Cc: ...')
_ADDRESSEE = re.compile(r"(?i)^(?:to|cc|for the attention of|attention|distribution|circulation|recipients?)"
                        r"(?:[ \t]*:[ \t]*|\t+)\S")


def _title_block(head: str) -> str:
    """The document's opening lines before its first sentence: title, subtitle, publisher line;
    a masthead framed by rules (an email bulletin's, after its mail headers) when there is one."""
    masthead = _MASTHEAD.search(head)
    if masthead:
        head = masthead.group(2)
    block = []
    for line in joined_lines(head):
        plain = clean(line)
        if not plain or PROTECTIVE_MARKING.match(plain) or _ADDRESSEE.match(line.strip()):
            continue  # a protective marking is a mark on the page, not a word of the title; whom a
            # report is to ('To: Community Safety Partnership Board') is not whose it is
        if sum(any(ch.isalnum() for ch in w) for w in plain.split()) >= _TITLE_LINE_WORDS \
                or plain.endswith((".", "!", "?")) or _CONTENTS.match(plain):
            break  # the first sentence, or a contents list (its forces are not the owner)
        block.append(plain)
    # a masthead's season and issue number ('WINTER 2025', 'Issue 74') are not among its lines
    named = [line for line in block if not _EDITION.match(line)]
    return " ".join(named[:_TITLE_BLOCK_LINES])


_EDITION = re.compile(r"(?i)^(?:(?:issue|no\.?|number|vol\.?|volume|edition)\s*\d+|(?:[a-z]+\s+){0,2}(?:19|20)\d\d(?:[-/–]\d{2,4})?)$")


def has_dateline(text: str) -> bool:
    """The document opens like a press release: 'PLACE, 3 May 2024 - ...'."""
    return bool(_DATELINE.search(text[:_FIRST_PAGE]))


def section_who(header: str, body: str, owner: Owner, impose: bool = True,
                above: Callable[[], str] | None = None) -> Who:
    """Forces and organisations a section names (in its header, else its opening), with the
    document owner's added where the document is one force's (and `impose`: not a collection of
    pieces each naming its own) or the section names no one; the one force named in the text
    `above` gives (its parent section's own text, read only when needed) when it names none and
    speaks of 'the force'; and the one council the document names when the section speaks of
    'the council'."""
    # a body the document abbreviates, named in the opening by its abbreviation ('run by the OPCC itself')
    abbreviated = [name for short, name in owner.abbreviations if re.search(rf"\b{short}\b", body[:_OPENING])]
    who = _section_who(header, body, owner, impose, abbreviated)
    if not who.forces and above is not None and _speaks_of_the_force(body[:_OPENING]):
        # a profile's 'Career highlight' box: 'brought the force's Stevenage team ...' under a card
        # naming the person's force ('Former Chief Superintendent, Hertfordshire Constabulary')
        named = _names(find_forces(above()))
        if len(named) == 1:
            who = Who(named, who.organisations, f"{who.reason}; the force named above it, referred to by its role")
    council = owner.named_council
    if council and council not in who.organisations and _COUNCIL_ROLE.search(body[:_OPENING]):
        return Who(who.forces, [*who.organisations, council],
                   f"{who.reason}; the council the document names, referred to by its role")
    return who


def _section_who(header: str, body: str, owner: Owner, impose: bool, abbreviated: list[str]) -> Who:
    forces, organisations, where = _named(header, body)
    organisations = _unique([*organisations, *abbreviated])
    if owner.single_force and impose and where == "header" and forces and not set(forces) & set(owner.forces):
        # a section headed with another force's name, in one force's document, reports that
        # force's work (an idea borrowed from a neighbour, a partner force's practice)
        return Who(forces, organisations, "named in the header: another force's work in the document owner's "
                                          f"({owner.source})")
    if owner.single_force and impose:
        # in a joint report, a section headed with one of the owners ('... in Leicestershire') is theirs
        named_owners = [f for f in forces if f in owner.forces] if where == "header" else []
        merged = _unique([*(named_owners or owner.forces), *forces, *_partners(body)])
        orgs = _unique([*organisations, *owner.organisations])
        reason = f"document owner ({owner.source})"
        if named_owners and len(named_owners) < len(owner.forces):
            reason = f"one of the document's owners ({owner.source}), named in the header"
        elif [f for f in merged if f not in owner.forces]:
            reason += f" and named in the {where}"
        return Who(merged, [o for o in orgs if o not in merged], reason)
    area = _area_force(owner, body[:_OPENING])
    if area and area not in forces:
        # an area body's document (a commissioner's) speaks of its area's force by role
        forces = [*forces, area]
        where = where if len(forces) > 1 else "text"
        if not organisations and not any(f != area for f in forces):
            whose = f"the force of the document owner's area ({owner.source})" if owner.organisations \
                else "the one force the document names"
            return Who(forces, list(owner.organisations), f"{whose}, referred to by its role")
    if not forces and owner.author_force and not owner.forces and _in_the_first_person(body[:_OPENING]):
        # an officer's essay or post: their 'we' is their force's, whoever else the section names
        named = f"named in the {where}; " if organisations else ""
        return Who([owner.author_force], organisations,
                   f"{named}written in the first person by the author, of {owner.author_force} (the author's note)")
    if organisations and not forces and owner.forces and owner.source != "publisher" \
            and _in_the_first_person(body[:_OPENING]):
        # a force's own post or report naming only its partners: 'our Rural Crime Action Team ...
        # with the Environment Agency' is the force's work with them
        return Who(list(owner.forces), organisations,
                   f"named in the {where}; written in the first person: the document owner ({owner.source})")
    if forces or organisations:
        # (in a document its owner writes, not a collection of pieces each by someone else, where
        # 'I' is the piece's author; nor when the owner is only the catalogue's publisher)
        authored = [o for o in owner.organisations if o not in organisations] \
            if impose and not owner.forces and owner.source != "publisher" \
            and _in_the_first_person(body[:_OPENING]) else []
        if authored:
            return Who(forces, [*organisations, *authored],
                       f"named in the {where}; written in the first person: the document owner ({owner.source})")
        referred = [o for o in owner.organisations if o not in organisations and refers_to(body[:_OPENING], o)]
        if referred:
            return Who(forces, [*organisations, *referred],
                       f"named in the {where}; the document owner ({owner.source}) referred to by its role")
        return Who(forces, organisations, f"named in the {where}")
    if owner.forces or owner.organisations:
        how = "written as 'we'" if _WE.search(body[:_OPENING]) else "names no one"
        return Who(list(owner.forces), list(owner.organisations), f"{how}: document owner ({owner.source})")
    return Who([], [], "no force or organisation named")


# the word an organisation's name is built on: 'Office of the ...', '... Commissioner for X'
_HEAD_NOUN = re.compile(r"\b([A-Z][a-z]{3,})\s+(?:of|for)\b")
# the word a name ends on that says what kind of body it is: 'Solway Wildlife Trust', '... Association'
_KIND_NOUN = re.compile(r"\b([A-Z][a-z]{3,})$")
# the legal form a company's name ends on
_LEGAL_FORM = re.compile(rf",?\s+(?:{LEGAL_FORM})\.?$")
_TOO_GENERAL = {"Police", "Crime", "Office"}  # 'the Police', 'the Office': not one body
# kind words that are also everyday nouns ('earn the trust of residents'): a role only in capitals
_COMMON_NOUNS = {"trust", "network", "group", "club", "union", "project", "service", "services", "team"}


_FIRST_PERSON = re.compile(r"\bI\b|\b[Mm]y\b|\b(?:[Ww]e|[Oo]ur)\b")
_QUOTED = re.compile(r"[\"“”]")


def _in_the_first_person(text: str) -> bool:
    """The author writes as 'I' or 'we' ('I funded ...', 'my office', 'With Avon and Somerset
    Police we took ...'), outside any quotation: the document owner's own voice (a commissioner's
    report, a charity's), whoever else the section names."""
    return any(_FIRST_PERSON.search(s) and not _QUOTED.search(s) for s in sentences(text))


# how a body serving one police area speaks of that area's force
_AREA_FORCE_ROLE = re.compile(r"\b(?:[Tt]he (?:Constabulary|[Ff]orce)(?:'s|’s)?|[Tt]he Chief Constable|[Oo]ur (?:police )?force|"
                              # a part of the force: 'the division recruited ...', a record's 'Division:' label
                              r"[Tt]he (?:division|command|BCU|local policing area)\b|(?m:^Division:)|"
                              # a force's local team ('the Safer Neighbourhood Team ran Operation Boardwalk')
                              r"[Tt]he (?:[Ss]afer |[Ll]ocal )?[Nn]eighbourhood (?:[Pp]olicing )?[Tt]eam\b|"
                              # an officer by rank ('Inspector Gill presented ...', 'PC Shaw')
                              r"(?:(?:Chief|Detective|Deputy|Assistant) )*(?:Superintendent|Inspector|Sergeant|"
                              r"Constable|PCSO|PC|DC|DS|DI|Supt|Insp|Sgt) [A-Z][a-z])")
_FOR_AREA = re.compile(r"\b(?:for|of) ((?:[A-Z][\w'’-]+(?: and | & |, | )?){1,5})$")


# a sentence saying the police take no part ('The police are not part of the service: the
# navigators share information with the force only where they must'): its 'the force' credits none
_NOT_INVOLVED = re.compile(r"(?i)\b(?:police|force|officers|constabulary)\s+(?:\w+\s+){0,2}?(?:(?:is|are|was|were)\s+not\s+"
                           r"(?:part|involved|a partner|partners)|(?:has|have|had|play|plays|played)\s+no\s+(?:part|role))\b")


def _speaks_of_the_force(text: str) -> bool:
    """The text speaks of a force by its role ('the force', 'the Chief Constable', 'Inspector
    Gill'), other than to say the police take no part."""
    if _NOT_INVOLVED.search(text):
        text = "\n".join(x for x in sentences(text) if not _NOT_INVOLVED.search(x))
    return bool(_AREA_FORCE_ROLE.search(text))


def _area_force(owner: Owner, text: str) -> str:
    """The force of the area the document's owner serves ('... Commissioner for Cheshire'), or
    else the one force the document names anywhere, when the owner is no force itself and the text
    speaks of 'the Constabulary', 'the force' or 'the Chief Constable'; '' otherwise."""
    if owner.forces or not _speaks_of_the_force(text):
        return ""
    for organisation in owner.organisations:
        area = _FOR_AREA.search(organisation)
        forces = _names(find_forces(area.group(1))) if area else []
        if len(forces) == 1:
            return forces[0]
    return owner.named_force  # the one force the whole document names


def refers_to(text: str, organisation: str) -> bool:
    """The text speaks of the organisation by its role, as a document's own sections do: 'The
    Commissioner funds ...' in the Police and Crime Commissioner's pack."""
    organisation = _LEGAL_FORM.sub("", organisation)  # ('... Association Ltd': 'the association')
    heads = {m.group(1) for m in _HEAD_NOUN.finditer(organisation)} - _TOO_GENERAL
    if kind := _KIND_NOUN.search(organisation):
        # 'the Trust' in Solway Wildlife Trust's own magazine, 'the association' in a traders'
        # association's newsletter (in small letters only a word that is no common noun besides)
        heads.add(kind.group(1))
        if kind.group(1).lower() not in _COMMON_NOUNS:
            heads.add(kind.group(1).lower())
    heads -= _TOO_GENERAL
    return any(re.search(rf"\b[Tt]he {head}\b", text) for head in heads)


def _partners(body: str) -> list[str]:
    """Forces named as partners in the section's joint-work sentences ('our officers ... working
    with Essex Police', 'a joint operation with ...')."""
    found = []
    for sentence in sentences(body[:_OPENING * 2]):
        if _JOINT.search(sentence):
            found += _names(find_forces(sentence))
    return found


def _partner_bodies(body: str) -> list[str]:
    """Bodies other than forces named as partners in the opening's joint-work sentences."""
    opening = body[:_OPENING]
    bodies = find_organisations(opening)  # (read whole: a name wrapped over a line)
    found = []
    for start, end in joined_sentence_spans(opening):
        if _JOINT.search(opening[start:end]):
            found += _names(m for m in bodies if start <= m.start < end)
    return found


_PARTNER_FORCES = 2  # forces a body's piece may name as its partners


def _named(header: str, body: str) -> tuple[list[str], list[str], str]:
    """From the header (heading, logo, organisation line) if it names any, else from the first
    sentence of the body that names a force, else any organisation near the start, else the
    first force the body names. A header naming only bodies also takes the one or two partner
    forces of the body's first sentence naming a force."""
    forces = _names(find_forces(header))
    organisations = _names(find_organisations(header))
    where = "header" if forces or organisations else "text"
    if not forces:
        # names are read in the whole opening, so a name wrapped over a line ('Support Centre' /
        # 'Cheshire and Merseyside') is read whole; then the first sentence naming a force
        opening = body[:_OPENING]
        mentions = find_forces(opening)
        for start, end in joined_sentence_spans(opening):
            forces = _names(m for m in mentions if start <= m.start < end)
            if forces:
                break
        if organisations and len(forces) > _PARTNER_FORCES:
            # a header naming a body (a grant's holder, a charity's case) keeps the partner force
            # its text names ('led by a Surrey Police youth engagement officer'), not a list of the
            # forces a national body worked with
            forces = []
    elif forces:
        # a header naming its force: the partner forces its text works with are the piece's too
        forces = _unique([*forces, *_partners(body)[:_PARTNER_FORCES]])
    if not organisations:
        organisations = _names(find_organisations(body[:600]))
    # the bodies the opening says the work was done with ('... started Operation Backyard with
    # County Durham and Darlington Fire and Rescue Service and Auckland Vale Housing')
    organisations = _unique([*organisations, *_partner_bodies(body)])
    if not forces and not organisations:
        forces = _names(find_forces(body))[:1]
    return forces, [o for o in organisations if o not in forces], where


def _names(mentions) -> list[str]:
    return _unique(m.name for m in mentions)


def _unique(names) -> list[str]:
    return list(dict.fromkeys(names))
