"""The names pieces of work go by, as text gives them: a programme's own name ('Operation
Ribbon', 'the Safer Streets Project'), a sentence opening with one as its subject, and what a
publisher calls its own or says it began ('our Night Walkers', 'We've also started Park Pals');
and the name an account opens with and goes on to tell (`named_account`). One home for these: the
heading tree, the launch, title and transcript rules all read them."""

from __future__ import annotations

import re

from index.gazetteer import find_forces, find_organisations
from ingest.sentences import joined_sentence_spans
from ingest.work import describes_work

# a programme's own name: 'Operation Ribbon', 'Project Vigilant', 'the Safer Streets Project'
PROGRAMME = re.compile(
    r"\b(?:Operation|Op\.?|Project|Programme|Campaign)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:Project|Programme|Scheme|Initiative|Pilot|Campaign)\b")
# a sentence opening with the name of a piece of work as its subject: 'Project Compass, run with
# ...', 'Operation Kickstand has ...', 'The Speak Up ambassador scheme is led by pupils.', 'Home
# Together is run by Safe Strides Tayside'
# ('The scheme follows ...' and 'During the pilot ...' name none: a name's words are no function words)
_FUNCTION = (r"(?:the|a|an|this|that|these|those|our|their|its|his|her|my|your|of|for|to|in|on|at|by|with|from|"
             r"during|after|before|since|under|as|when|while|each|every|one|all)\b")
# words that describe no piece of its own but point back to one ('the new scheme', 'the pilot project')
_NOT_A_NAME = (r"(?:new|same|first|second|last|original|whole|wider|main|other|current|latest|previous|existing|"
               r"scheme|project|programme|service|initiative|pilot|campaign)\b")
_RUN_BY = (r"(?:run|led|organised|delivered|set up|started|launched|funded|managed|co-?ordinated|founded|created|"
           r"devised|dreamed up|dreamt up|thought up)\s+by")
# a name of two to five capitalised words, small words allowed between them ('Wheels to Work', 'Word
# on the Street'); its first word no function word
_NAME = (rf"(?:The\s+)?(?!(?i:{_FUNCTION}))[A-Z][\w'’-]+"
         r"(?:\s+(?:(?:on|of|in|at|for|to|the|and|&)\s+){0,2}[A-Z][\w'’-]+){1,4}")
# the kinds of thing a piece of work is ('a youth club', 'weekly workshops', 'a drop-in')
_PIECE_KIND = (r"(?:scheme|project|programme|initiative|service|pilot|campaign|partnership|course|club|workshops?|"
               r"sessions|classes|drop-ins?)")
# the name as what a body ran: 'Word on the Street was ten weeks of poetry workshops that Black
# Country Verse ran with ...' (a name's small words allowed: 'on the')
_WHAT_BODY_RAN = (rf"^\W*{_NAME}"
                  r"(?=\s+(?:is|was|are|were)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?"
                  rf"{_PIECE_KIND}\s+(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){{1,6}}?"
                  r"(?:ran|runs|run|led|leads|set up|started|organised|organises|delivered|delivers|founded|created)\b)")
# a sentence opening with a piece's name given with who does it or whose it is: 'Home Together is run
# by Safe Strides Tayside', 'Mark My Bike is run by Freewheel Bristol', 'Drive Forward is a scheme run
# by Gwent Police', 'The Youth Bus is a converted double-decker run by Bolton Council's youth
# service', 'Bus Buddies was dreamed up by the prefects' (the name's first word no function
# word); 'Ropery Nights is our Friday youth club', 'Wheels to Work is their own scheme', 'Text Home is
# the charity's own service', 'Pedal On is the partnership with Gwent Police', 'The Faraday Pouch Drive
# is the Bassett Green Residents' Watch's own idea', 'Weardale Dog Search are volunteers from the dale
# who ...' (two words at least: 'Hull is the UK's city of culture' names a place); or described, with
# its doer: 'The call blocker scheme is run by Essex County Council's Trading Standards'
NAMED_WITH_DOER = re.compile(
    rf"{_WHAT_BODY_RAN}|"
    rf"^\W*{_NAME}"
    r"(?=\s+(?:is|was|are|were|has been|have been)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,4}?)?"
    rf"{_RUN_BY}\b)|"
    rf"^\W*{_NAME}"
    r"(?=\s+(?:is|was)\s+(?:(?:our|their|its)\s|the\s+[a-z]+['’]s\s+own\s|"
    # a partnership or scheme with its partner ('Pedal On is the partnership with Gwent Police')
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:scheme|project|programme|initiative|service|pilot|campaign|partnership)"
    r"\s+(?:with|between)\s+(?:the\s+)?[A-Z]|"
    r"(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}"
    r"[A-Z][\w.-]*['’]s\s)|\s+(?:is|are|was|were)\s+(?:a\s+(?:[\w-]+\s+){0,2}?(?:group|team|network)\s+of\s+)?"
    r"(?:[\w-]+\s+)?volunteers\b)|"
    rf"^\W*The\s+(?:(?!{_FUNCTION}|{_NOT_A_NAME})[a-z][\w-]+\s+){{1,3}}(?:scheme|project|programme|service|"
    rf"initiative|pilot|campaign)(?=\s+(?:is|was|has been)\s+{_RUN_BY}\s+[A-Z])")
# a sentence naming the next of pieces a text has counted ('two pieces of real work shaped it. ...
# The Grimsby Seafarers' Welcome is the other.')
_NAMED_NEXT = (rf"^\W*{_NAME}"
               r"(?=\s+(?:is|was)\s+the\s+(?:other|second|third|fourth|last|next)(?:\s+(?:one|piece|project|scheme))?[.,;:])")
# a sentence opening with a name that runs at its times ('Home Safe Wisbech runs on Friday and
# Saturday nights from a gazebo on the Market Place')
_RUNS_WHEN = (rf"^\W*{_NAME}(?=\s+(?:runs|ran|has run|has been running|operates|meets|met)\s+"
              r"(?:on|every|each|weekly|fortnightly|monthly|twice|once|throughout|all year|since)\b)")
# a sentence opening with the publisher's own piece by its name, doing its work ('Our Bike Library
# lends refurbished bikes ...'); one piece, not a group of people ('Our Lead Ambassadors have
# started ...' names none)
_OUR_NAMED = rf"^\W*Our\s+{_NAME}(?<![^sui]s)(?=,?\s+(?:also\s+|now\s+)?(?:has|is|was|[a-z]{{2,}}[^s\W]s|[a-z]{{3,}}ed)\b)"
NAMED_OPENING = re.compile(rf"^\W*(?:{PROGRAMME.pattern})|"
                           rf"^\W*(?:The\s+)?(?:(?!(?i:{_FUNCTION}))[A-Z][\w'’-]+\s+){{1,3}}(?:(?!{_FUNCTION})[a-z]+\s+)?"
                           r"(?i:scheme|project|programme|initiative|pilot|campaign|register)\b|"
                           rf"{NAMED_WITH_DOER.pattern}|{_NAMED_NEXT}|{_RUNS_WHEN}|{_OUR_NAMED}")
# a piece of work named as the publisher's own ('our Scam Savvy drop-ins', 'our Night Walkers'), or
# as what someone set up ('set up Brumby Good Neighbours', 'launched the Safe Start packs')
OURS = re.compile(r"\b(?:[Oo]ur|set up|launched|started|founded|established|introduced|opened)\s+(?:the\s+)?"
                  r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")


def pieces_named(text: str) -> set[str]:
    """The pieces of work a text names: its programmes and what it calls its own or says was begun."""
    return {m.group(0) for m in PROGRAMME.finditer(text)} | {m.group(1) for m in OURS.finditer(text)}


def name_in(opening: re.Match) -> str:
    """The name an opening match gives, as a title: marks and a leading 'The' off, a capital first
    ('[The call blocker scheme' -> 'Call blocker scheme')."""
    name = opening.group(0).strip(" \t*_#,[(").removeprefix("The ").removeprefix("Our ")
    return name[:1].upper() + name[1:]


# a role held since a time, not work begun: 'has been a consultant since 2012', 'served as chair from 2019'
ROLE_HELD = re.compile(r"(?i)\b(?:has|have|had) been (?:an?|the|its|their|his|her|our) |\b(?:worked|served) as\b|"
                       r"\b(?:has|have|had) worked\b")


def account(text: str) -> list[str]:
    """The first sentences of an account, a line broken before a capital without ending its
    sentence joined to what follows ('... winter operation with' / 'Norwich City Council's ...')."""
    return [text[a:b] for a, b in joined_sentence_spans(text[:ACCOUNT_CHARS])][:_ACCOUNT_SENTENCES]


ACCOUNT_CHARS = 2_000  # an account's first sentences lie within these


def opening_name(said: list[str]) -> str:
    """The name of the piece of work an account opens with and goes on to tell ('Project Compass,
    run with ...', 'Ropery Nights is our Friday ... youth club. Since October 2023 ...'), as its
    title; '' when it opens with none. A short sentence may set the scene first ('Since Year 11 I
    have volunteered as a mentor. Step Up Mentors is run by Torfaen Youth Futures, ...'); a body
    is no piece's name ('Kent Police is led by ...')."""
    named = NAMED_OPENING.match(said[0]) if said else None
    if named is None and sets_the_scene(said):
        named = NAMED_OPENING.match(said[1])
    if named is None or not describes_work(" ".join(said)) or ROLE_HELD.search(said[0]) \
            or _A_BODY.match(named.string, named.end()):
        return ""
    # a body is no piece's name ('Kent Police is led by ...'), but a name shaped as a body's said to
    # be someone's own kind of piece is that piece ('Spoke Club is our weekly bike workshop')
    if bodies_named(named.group(0)) and (find_forces(named.group(0)) or not _OWN_PIECE.match(named.string, named.end())):
        return ""
    return name_in(named)


_OWN_PIECE = re.compile(rf"\s+(?:is|was)\s+(?:our|their|its)\s+(?:[\w-]+\s+){{0,4}}?{_PIECE_KIND}\b")


# a name said to be a body ('The Harbour Project is a youth charity in Portsmouth'): no piece's name
_A_BODY = re.compile(r"\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:charity|organisation|organization|company|trust|"
                     r"social enterprise|community interest company|CIC|business|firm|association|society)\b")


def named_account(text: str) -> str:
    """The name of the piece of work the text's account opens with (`opening_name`), '' if none."""
    return opening_name(account(text))


def sets_the_scene(said: list[str]) -> bool:
    """An account's first sentence is short and the second follows it in the same paragraph: it
    sets the scene for what the second tells."""
    return len(said) > 1 and len(said[0].split()) <= _SETTING_WORDS and "\n\n" not in said[0]


_SETTING_WORDS = 12  # a sentence before the name this short sets the scene for the piece
_ACCOUNT_SENTENCES = 3  # an account opening with a programme's name tells its work within these


def bodies_named(text: str) -> set[str]:
    """The forces and organisations the text names (a name the gazetteer reads as two bodies run
    together, 'X Team and Y Council', is read as both)."""
    organisations = {part for m in find_organisations(text) for part in m.name.split(" and ")}  # (two run together)
    return {m.name for m in find_forces(text)} | {name for name in organisations if not _A_TEAM.search(name)}


# a team, unit or squad is a part of a body (often the force's own: 'the Basildon Community Policing
# Team'), not a new partner
_A_TEAM = re.compile(r"\b(?:[Tt]eam|[Uu]nit|[Ss]quad)$")
