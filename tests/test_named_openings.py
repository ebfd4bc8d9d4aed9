"""Pieces of work named at the opening of an account, with whose they are ('Ropery Nights is our
Friday youth club', 'The Faraday Pouch Drive is the Bassett Green Residents' Watch's own idea') or
described with their doer ('The call blocker scheme is run by Essex County Council's Trading
Standards'): each is a piece, in prose under aspect headings, in items set off by rules, and in a
letter no piece otherwise (a gala's welcome)."""

from __future__ import annotations


import pytest

from ingest.names import NAMED_OPENING
from ingest.readers import read_document
from segmenting import apart, found_in, holding




@pytest.mark.parametrize("sentence, name", [
    ("Ropery Nights is our Friday and Saturday evening youth club.", "Ropery Nights"),
    ("The Faraday Pouch Drive is the Bassett Green Residents' Watch's own idea.", "The Faraday Pouch Drive"),
    ("Splash Safe is Tyne and Wear Fire and Rescue Service's water safety project.", "Splash Safe"),
    ("The call blocker scheme is run by Essex County Council's Trading Standards.", "The call blocker scheme"),
    ("Safe Hands is the charity's own helpline for carers.", "Safe Hands"),  # whose, by its role
    ("The Harbour Drop-In is the other.", "The Harbour Drop-In"),  # the next of pieces counted before it
    ("Street Pastors Thornaby is the second one, run by the churches.", "Street Pastors Thornaby"),
])
def test_a_name_given_with_whose_it_is_or_described_with_its_doer_opens_a_piece(sentence, name):
    assert NAMED_OPENING.match(sentence).group(0) == name


@pytest.mark.parametrize("sentence", [
    "Hull is the UK's city of culture.",  # one word: a place
    "West Yorkshire is the county's largest area.",  # whose, but not a body's name
    "The pilot project was led by Sergeant Jones.",  # pointing back to the piece told
    "The new scheme is run by Kent Police.",
    "The scheme is run by volunteers.",
    "In 2024 it was our best year.",
    "Bristol is the city's own festival.",  # one word: a place
    "The Other Place is the other way round.",  # not the other piece: a phrase goes on
    "Market Street runs from the station to the river.",  # a street runs somewhere, not at its times
])
def test_a_place_a_pointer_back_or_a_plain_sentence_opens_no_piece(sentence):
    assert not NAMED_OPENING.match(sentence)


COLUMN = """# Your Rights: 'My car was stolen and my insurer will not pay'

Q My car was taken from the drive in January and my insurer has turned down the claim. What can I do?

A Write to the insurer and make a formal complaint. If it says no again, take your complaint to the Financial Ombudsman Service. It is free.

## What the police are doing

You are far from alone. Keyless cars are being stolen all over the city.

Operation Gatepost is Hampshire and Isle of Wight Constabulary's crackdown on keyless car theft in Southampton. Since last September the force's vehicle crime team has used number plate cameras at night, and 64 people have been arrested.

## What your neighbours are doing

The Faraday Pouch Drive is the Bassett Green Residents' Watch's own idea, and it has nothing to do with the police. Since October the group's volunteers have given out more than 900 signal-blocking pouches to households in Bassett.
"""


def test_an_advice_columns_aspects_with_a_named_piece_each_are_those_pieces(tmp_path):
    found = found_in(tmp_path, COLUMN, "column.md")
    police, neighbours = apart(COLUMN, found, "Operation Gatepost is", "The Faraday Pouch Drive is")
    assert police.forces == ["Hampshire and Isle of Wight Constabulary"]
    assert neighbours.forces == [] and neighbours.start == COLUMN.index("The Faraday Pouch Drive is")


SCRIPT = """RIVERSIDE BEFRIENDERS
CALL SCRIPT FOR VOLUNTEER CALLERS

======================================================================
1. OPENING
======================================================================

"Hello, it's [your name] from Riverside Befrienders. Is now a good time for a chat?"

======================================================================
2. THIS WINTER'S SCAM MESSAGE
======================================================================

[Background for you, not to read out:]

[Operation Hearthstone is Essex Police's work against courier fraud. Since September 2025 the force's Economic Crime Unit has visited every courier fraud victim aged 70 or over within 48 hours, and reports fell from 27 to 11.]

[The call blocker scheme is run by Essex County Council's Trading Standards. It lends a free call blocker to older residents who keep getting scam calls, and has fitted more than 1,100 since 2021.]

Say:
"The police and your bank will never send a courier to collect your card."

======================================================================
Riverside Befrienders, The Old Chapel, 3 Mill Street, Halstead CO9 2LD.
Registered charity no. 1149203.
======================================================================
"""


def test_an_item_set_off_by_rules_telling_two_named_schemes_is_cut_into_them(tmp_path):
    found = found_in(tmp_path, SCRIPT, "script.txt")
    fraud, blockers = apart(SCRIPT, found, "Operation Hearthstone is", "The call blocker scheme is run")
    assert fraud.forces == ["Essex Police"] and blockers.forces == []
    assert "Essex County Council" in blockers.organisations
    assert blockers.title == "Call blocker scheme"


GALA = """# Spring Gala Dinner

## Welcome

Good evening, and thank you for being here. Every pound you spend tonight goes to the young people of west Hull.

Ropery Nights is our Friday and Saturday evening youth club in the old rope works. Since October 2023 our youth workers have opened the doors from 6pm to 10pm for 11 to 18 year olds, and last year 612 young people came at least once.

Please be generous, bid often, and enjoy your evening.

## Where your money goes

£25 buys a hot meal for everyone at one Friday Ropery Nights.

£250 pays for a minibus night, getting every young person home safely.
"""

FOREWORD = """# Annual report 2025

## Foreword

It has been a busy year. Operation Lantern is our response to night-time violence in the town centre, and it has changed how we police the weekend; you can read about it below.

## Operation Lantern

Operation Lantern is our response to night-time violence in the town centre. Since May 2025 officers have patrolled with door staff every weekend, and assaults fell by 18%.
"""


def test_a_welcome_letter_telling_a_piece_by_name_gives_that_piece_and_nothing_else(tmp_path):
    found = found_in(tmp_path, GALA, "gala.md")
    assert len(found) == 1, found
    club = found[0]
    assert club.start == GALA.index("Ropery Nights is our") and club.title == "Ropery Nights"
    assert "Please be generous" not in GALA[club.start:club.end]


def test_a_foreword_naming_a_piece_its_own_section_tells_gives_no_second_piece(tmp_path):
    found = found_in(tmp_path, FOREWORD, "report.md")
    assert len(holding(FOREWORD, found, "Since May 2025")) == 1
    assert not holding(FOREWORD, found, "It has been a busy year"), found


def test_a_piece_is_titled_by_the_name_it_opens_with_not_one_it_mentions_later():
    from ingest.titles import title_for

    body = ("The Night Bus is run by Tawe Night Care, a small Swansea charity. From 10pm to 4am its volunteers "
            "give first aid and water on Wind Street. Everything in the novel is invented: Operation Gannet, "
            "the girl and every officer in it.")
    assert title_for("", body, []) == "Night Bus"
    # a force is no piece's name, whatever the sentence says of it
    assert title_for("", "Kent Police is our county's force. It ran Operation Harbour in 2024.",
                     ["Kent Police"]) == "Operation Harbour"


@pytest.mark.parametrize("label", ["Show answer", "Reveal the answer", "Read more", "See all results"])
def test_a_control_label_standing_as_a_heading_is_no_title(label):
    from ingest.titles import title_for

    body = "Operation Crosshall is Merseyside Police's crackdown on nuisance off-road bikes in Liverpool."
    assert title_for(label, body, ["Merseyside Police"]) == "Operation Crosshall"


def test_a_heading_near_a_control_label_still_titles_its_piece():
    from ingest.titles import title_for

    assert title_for("Show of strength: the boxing club", "The club opened in 2024.", []) == \
        "Show of strength: the boxing club"


@pytest.mark.parametrize("sentence, name", [
    ("Mark My Bike is run by Freewheel Bristol, a cycling charity.", "Mark My Bike"),
    ("Drive Forward is a scheme run by Gwent Police and Newport City Council's youth service.", "Drive Forward"),
])
def test_a_name_with_a_function_word_inside_or_given_as_a_scheme_run_by_its_doer_opens_a_piece(sentence, name):
    assert NAMED_OPENING.match(sentence).group(0) == name


@pytest.mark.parametrize("sentence", ["In Our Town is run by volunteers.", "My Bike is run by me."])
def test_a_name_opening_with_a_function_word_opens_no_piece(sentence):
    assert not NAMED_OPENING.match(sentence)


LOG = """NIGHT SHELTER - OVERNIGHT LOG

**********************************************************************
READ FIRST - NOTES FOR ALL TEAMS
**********************************************************************

1. ABOUT THE SHELTER

Eastgate Winter Night Shelter is run by Eastgate Churches Together,
seven churches in the east of the city that take it in turns to host
fourteen guests a night. Last winter we gave 1,570 bed nights to 41
people and 26 of them had moved into housing by April.

2. POLICE WALK-ROUNDS

Operation Nightjar is Norfolk Constabulary's winter operation with
Norwich City Council's street outreach team. From December to March a
PC from the city centre beat team walks round with the council's
outreach workers, and 34 people have come into emergency beds so far.

**********************************************************************
LOG
**********************************************************************

MON 23 FEB - lead SP
L/O 23:00. All quiet.
"""


def test_an_account_whose_first_sentence_is_broken_before_a_capital_still_opens_a_piece(tmp_path):
    """A plain-text note hard-wrapped so that its first sentence breaks before a name ('... winter
    operation with' / 'Norwich City Council's ...') is still read as one sentence opening a piece."""
    found = found_in(tmp_path, LOG, "log.txt")
    shelter, nightjar = apart(LOG, found, "Eastgate Winter Night Shelter is run", "Operation Nightjar is")
    assert nightjar.forces == ["Norfolk Constabulary"] and shelter.forces == []
    assert "Eastgate Churches Together" in shelter.organisations


REFERENCE = """Dear Sir or Madam,

Re: Kieran Pritchard – character reference

My name is Carys Bevan. I am the owner of Bevan & Daughter Motors, a garage in Newport. I first met Kieran in January 2022, when he came to the garage on a placement.

Drive Forward is a scheme run by Gwent Police and Newport City Council's youth service for young people caught driving without a licence. Since it started in 2019 more than 140 young people have been through its twelve-week course, and fewer than one in ten were caught again.

Kieran is patient, honest and hard-working, and his job will remain open to him.

Yours faithfully,

Carys Bevan
"""


def test_a_letter_telling_a_scheme_by_name_gives_that_scheme_and_nothing_else(tmp_path):
    found = found_in(tmp_path, REFERENCE, "reference.txt")
    assert len(found) == 1, found
    assert found[0].start == REFERENCE.index("Drive Forward is") and found[0].forces == ["Gwent Police"]
    assert "Kieran is patient" not in REFERENCE[found[0].start:found[0].end]


FORM = """# Property information form

## 2. Disputes and complaints

2.1 Have there been any disputes or complaints? Yes, about the alley behind the row.

2.2 For the buyer's information, this is what was done about the alley: Operation Kestrel was Nottinghamshire Police's operation with Nottingham City Council against drug dealing in the alleys in 2023 and 2024, and the council put lockable gates at both ends of eight alleys. Since the gates went in we have had no trouble at all. The Jitty Garden is the Kingfisher Row Residents' Group's own project in our alley since it was gated. The residents cleared out the rubbish, laid gravel and built raised beds, and hold a clean-up every month.

## 3. Notices

3.1 We have received the council's letter about the gating order.
"""


def test_a_second_piece_named_with_its_doer_inside_a_paragraph_is_cut_from_the_first(tmp_path):
    from ingest.launches import split_at_launches
    from ingest.layouts import make_view
    from ingest.layouts.common import Section

    path = tmp_path / "form.md"
    path.write_text(FORM, encoding="utf-8")
    view = make_view(read_document(path, "form.md"))
    start, end = FORM.index("## 2."), FORM.index("## 3.")
    pieces = split_at_launches(view, [Section(start, end, "2. Disputes and complaints", "", start + 31)])
    assert [p.start for p in pieces] == [start, FORM.index("The Jitty Garden is")], pieces
    assert pieces[1].heading == "Jitty Garden"
    # a sentence going on with the piece already named is no cut
    again = FORM.replace("The Jitty Garden is the", "Operation Kestrel is the")
    path.write_text(again, encoding="utf-8")
    view = make_view(read_document(path, "form.md"))
    assert len(split_at_launches(view, [Section(start, end, "2. Disputes and complaints", "", start + 31)])) == 1


@pytest.mark.parametrize("sentence, name", [
    ("Bus Buddies was dreamed up by the prefects.", "Bus Buddies"),
    ("Weardale Dog Search are volunteers from the dale who help look for missing dogs.", "Weardale Dog Search"),
    ("Kennet Riverwatch is a group of volunteers who clear the banks.", "Kennet Riverwatch"),
])
def test_a_name_given_with_who_dreamed_it_up_or_as_volunteers_opens_a_piece(sentence, name):
    assert NAMED_OPENING.match(sentence).group(0) == name


UPDATES = """# STOLEN: Bramble, springer spaniel

## Updates

- 24 February 2026

PC Sam Heslop from the rural crime team rang today with an update.

Operation Wagtail is Durham Constabulary's rural crime team working with Durham County Council's dog wardens against dog theft. Since it started in 2024 they have got 19 stolen dogs back to their owners.

- 18 February 2026

Weardale Dog Search are volunteers from the dale who help look for missing dogs. They have found 74 missing dogs since they started in 2020, searching at night with a drone.
"""


def test_a_volunteer_group_telling_what_it_is_is_its_own_piece_and_its_own_doer(tmp_path):
    found = found_in(tmp_path, UPDATES, "updates.md")
    search, wagtail = apart(UPDATES, found, "Weardale Dog Search are", "Operation Wagtail is")
    assert search.forces == [] and "Weardale Dog Search" in search.organisations


RESULTS = """========================================================================
 RIDGE 10K 2026 - RESULTS (PROVISIONAL)
 Organised by Ridge Runners
========================================================================

Finishers: 612   Did not finish: 4
Weather: 6C, dry

These results are provisional until Sunday 15 March.


RACE DIRECTOR'S NOTES
------------------------------------------------------------------------

What a morning. Thank you to every one of you who ran and to our 74 marshals.

SAFER TRAILS
Safer Trails began in October 2024, after women in our club reported being followed on the trail at dusk.
Cheshire Constabulary's neighbourhood teams and the council's countryside rangers now patrol the trail
together on winter evenings, and reports of harassment fell from 27 to 6.


RESULTS - FIRST 3 FINISHERS
------------------------------------------------------------------------
Pos  Bib  Name             Chip
  1  489  Steve Critchley  33:05
  2  112  Owen Shaw        33:40

PRIZES
------------------------------------------------------------------------
First man      Steve Critchley    33:11
First woman    Becky Moss         34:38

TEAM RESULTS
------------------------------------------------------------------------
Men            1 Vale Royal AC    61
Women          1 Vale Royal AC    81

========================================================================
 Ridge Runners - results@ridgerunners.example
========================================================================
"""


def test_an_item_under_a_heading_only_underlined_among_ruled_blocks_is_read(tmp_path):
    found = found_in(tmp_path, RESULTS, "results.txt")
    trails = holding(RESULTS, found, "Safer Trails began")
    assert len(trails) == 1 and trails[0].forces == ["Cheshire Constabulary"], found
    assert "Steve Critchley" not in RESULTS[trails[0].start:trails[0].end]


GUIDE = """# The Lantern Tide: reading group guide

## About the book

Grimsby, November. A young deckhand goes missing from a trawler, and a detective starts to look.

## A note from the author

The Lantern Tide is fiction, but the docks are real.

Operation Netmender was Humberside Police's operation against labour exploitation on the fish docks, run with North East Lincolnshire Council's licensing officers. Since 2023 its officers have visited every processing unit, and 41 workers were helped out of exploitation.

I hope your group enjoys the book.

## Questions for discussion

- Why does the novel open with a voicemail?
"""


def test_a_note_from_the_author_gives_the_piece_it_opens_by_name(tmp_path):
    found = found_in(tmp_path, GUIDE, "guide.md")
    netmender = holding(GUIDE, found, "Operation Netmender was")
    assert len(netmender) == 1 and netmender[0].forces == ["Humberside Police"], found
    assert netmender[0].start == GUIDE.index("Operation Netmender was")


@pytest.mark.parametrize("heading", ["Sat 7 Feb", "24 February 2026", "Sunday 1 March 2026"])
def test_a_diarys_date_heading_titles_nothing_the_name_the_entry_opens_with_does(heading):
    from ingest.titles import title_for

    body = "The Dearne Repair Café was Sandra's idea. Once a month we take over the back room of the library."
    assert title_for(heading, body, []) == "Dearne Repair Café"


@pytest.mark.parametrize("heading", ["January", "March 2001", "May Day patrols"])
def test_a_month_alone_or_a_title_with_a_month_in_it_still_titles_its_piece(heading):
    from ingest.titles import title_for

    assert title_for(heading, "Officers patrolled the market every Saturday.", []) == heading


@pytest.mark.parametrize("sentence, name", [
    ("Word Play was ten weeks of poetry workshops that Tamworth Verse ran with Staffordshire Police.", "Word Play"),
    ("Safe Walk is a scheme that Kent Police runs on Friday nights.", "Safe Walk"),
    ("Pedal On is the partnership with Gwent Police that made their name.", "Pedal On"),
    ("Wheels to Work is their own scheme, no police involved.", "Wheels to Work"),
    ("Home Safe Ely runs on Friday and Saturday nights from a gazebo on the Market Place.", "Home Safe Ely"),
])
def test_a_name_given_as_what_a_body_ran_opens_a_piece(sentence, name):
    assert NAMED_OPENING.match(sentence).group(0) == name


PAMPHLET = """                 WORD PLAY

       Poems by young people from Glascote

             Tamworth Verse, 2026

CONTENTS

   Introduction ............................ Ann Price
   Postcode ..................................... Kyra
   Monday ........................................ Sam
   Chips ......................................... Jo

INTRODUCTION

In September a boy told me poetry was for posh kids. In November he read a
poem to a room of a hundred people. This pamphlet is what happened between.

Word Play was ten weeks of poetry workshops that Tamworth Verse ran with
Staffordshire Police's Glascote neighbourhood team in two youth clubs, from
September to November 2025. Officers sat at the same tables and wrote too.
Forty young people came at least once, and twenty-six came to six or more.

Ann Price, Tamworth Verse

------------------------------------------------------------------------

POSTCODE
Kyra, 14

   They say you can tell a lot from a postcode.
   They say a lot of things.

------------------------------------------------------------------------

MONDAY
Sam, 14

   Alarm. Snooze. Alarm.
   Cereal, no milk.

------------------------------------------------------------------------

CHIPS
Jo, 13

   O chip shop, lit like a ship,
   salt on the window.

------------------------------------------------------------------------
"""


def test_a_pamphlets_introduction_before_its_first_rule_gives_the_piece_it_tells_by_name(tmp_path):
    """A plain-text pamphlet whose items are set off by rules: the introduction before the first
    rule is read (headed in capitals), and, a letter, gives the piece it names, though the pamphlet
    takes its title from that piece."""
    found = found_in(tmp_path, PAMPHLET, "pamphlet.txt")
    assert [i.title for i in found] == ["Word Play"], found
    assert found[0].forces == ["Staffordshire Police"]
    assert found[0].start == PAMPHLET.index("Word Play was ten weeks")


def test_a_name_described_in_any_words_with_its_doer_opens_a_piece():
    named = NAMED_OPENING.match("The Youth Bus is a converted double-decker run by Bolton Council's youth service.")
    assert named and named.group(0) == "The Youth Bus"


LETTER = """OPEN LETTER

To: The Leader of Tamworth Council
From: Glascote Together and 12 other community groups

------------------------------------------------------------------

Dear Leader,

We are writing about the proposal in the draft budget to take the Youth Bus off the road.

WHAT THE BUS DOES

The Youth Bus is a converted double-decker run by Tamworth Council's youth service with Staffordshire
Police's Glascote neighbourhood team. Since 2021 it has parked up four evenings a week where young people
gather, and about 1,200 young people have come on board.

WHY IT MATTERS TO US

Our shops have fewer windows broken, and our churches have fewer calls in the evenings.

WHAT WE ARE ASKING

Please keep the bus on the road for one more year while we look for other money.

Glascote Together, on behalf of the groups below

------------------------------------------------------------------

SIGNED BY

Glascote Together; St Peter's Church; Glascote Academy

------------------------------------------------------------------

Contact: Ann Price, co-ordinator, Glascote Together, Phone 01632 960 266

------------------------------------------------------------------
"""


def test_an_open_letters_part_under_an_apparatus_head_telling_a_piece_by_name_is_that_piece(tmp_path):
    """'What the bus does' reads as a description in general (apparatus), but the part opens with
    the name of the piece it tells, with its doers: it is that piece."""
    found = found_in(tmp_path, LETTER, "letter.txt")
    bus = holding(LETTER, found, "The Youth Bus is a converted")
    assert len(bus) == 1 and "Staffordshire Police" in bus[0].forces


NOTES = """# Happy Paws Dog Walking

## Services and prices

Group walks are £14 an hour; solo walks are £18.

## Keeping your dog safe

- GPS tags. Every dog on a group walk wears a GPS tag so I can find them quickly.

- Never left alone. Dogs are never tied up outside a shop or left in the van.

A scheme I belong to. Eyes on the Weald is Kent Police's scheme for people who walk dogs in the countryside, and I am a member. Since 2023 walkers who sign up have had a briefing from an officer and a number to text, and their reports have led to 19 arrests.

## Terms and conditions

Payment is due monthly in advance.
"""


def test_apparatus_telling_a_piece_by_name_gives_that_piece(tmp_path):
    found = found_in(tmp_path, NOTES, "notes.md")
    eyes = holding(NOTES, found, "Eyes on the Weald is")
    assert len(eyes) == 1 and eyes[0].title == "Eyes on the Weald" and eyes[0].forces == ["Kent Police"]
    assert "GPS tags" not in NOTES[eyes[0].start:eyes[0].end]


def test_a_part_under_an_apparatus_run_in_head_that_opens_by_naming_its_piece_frames_nothing(tmp_path):
    from ingest.layouts.common import Section, make_view, split_at_run_in_heads

    text = ("Dear Leader,\n\nWe are writing about the plan to take the Youth Bus off the road.\n\n"
            "WHAT THE BUS DOES\n\nThe Youth Bus is a converted double-decker run by Tamworth Council's youth service "
            "with Staffordshire Police. Since 2021 about 1,200 young people have come on board.\n\n"
            "WHAT THE TEAM DOES\n\nThe team meets on Mondays and answers letters from residents.\n")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    view = make_view(read_document(path, "letter.txt"))
    parts = split_at_run_in_heads(view, [Section(0, len(text), "", "", 0, "")], title_lines=True)
    framing = {p.heading: p.framing for p in parts if p.heading}
    assert framing == {"WHAT THE BUS DOES": False, "WHAT THE TEAM DOES": True}


@pytest.mark.parametrize("sentence, name", [
    ("Our Bike Library lends refurbished bikes free of charge to adults who need one.", "Our Bike Library"),
    ("Our Youth Bus parks up four evenings a week.", "Our Youth Bus"),
])
def test_the_publishers_own_piece_named_doing_its_work_opens_a_piece(sentence, name):
    assert NAMED_OPENING.match(sentence).group(0) == name


@pytest.mark.parametrize("sentence", ["Our staff are trained every year.", "Our Chief Constable's priorities are clear.",
                                      "Our town centre is busy on Saturdays.",
                                      "Our Lead Ambassadors have started to create their own mentoring groups."])
def test_our_words_naming_no_piece_open_none(sentence):
    assert not NAMED_OPENING.match(sentence)


GRANT_REPORT = """# End of grant report

## Part 2: What happened

What did the grant pay for?

Spoke Club is our weekly bike workshop for young people, run with the neighbourhood police team. Every Tuesday
two of our mechanics and a youth worker teach young people to fix bikes, and two officers join the session and
security-mark the bikes. Over the year 64 young people took part and 41 rebuilt a bike to keep.

Tell us about any other work your organisation does.

Our Bike Library lends refurbished bikes free of charge to adults who need one to get to work or to an interview.
People are referred by the Jobcentre and two housing associations. Since 2022 we have made 130 loans, and 48 of
the people who borrowed a bike have told us they found work.

## Part 3: Money

Sessional mechanic\t£9,600
"""


def test_lines_naming_the_publishers_own_pieces_are_cut_into_them(tmp_path):
    """Two lines of a section each open by naming a piece of the publisher's own: 'Spoke Club is our
    weekly bike workshop' (a name shaped as a body's, said to be our kind of piece) and 'Our Bike
    Library lends ...': each is a piece."""
    found = found_in(tmp_path, GRANT_REPORT)
    library = holding(GRANT_REPORT, found, "Our Bike Library lends")
    club = holding(GRANT_REPORT, found, "Spoke Club is our weekly")
    assert len(library) == 1 and len(club) == 1 and library[0] is not club[0], [i.title for i in found]
    assert library[0].title == "Bike Library"
