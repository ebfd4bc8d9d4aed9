"""Round 34's rules, each on small documents written for it in the forms the studied set's errors
took: pieces told one after another in one section's paragraphs (ingest/launches.py); a numbered
list inside one part is no numbered-sections document (ingest/layouts/numbered.py); a programme
with its own heading among titled siblings is no document's one subject (ingest/pieces.py); a user
research report's apparatus (ingest/data/not-work-headings.json)."""

from __future__ import annotations

from ingest.readers import read_document
from ingest.segment import segmentation
from segmenting import apart, found_in, holding

ABOUT = """\
# Night Walker volunteer (Friday and Saturday nights)

## About Eastfield Street Friends

Eastfield Street Friends is a volunteer-led charity started by residents of two neighbouring wards. We have 40 volunteers of all ages and we are a member of the city's night safety network.

Since 2022 our Night Walkers have been out on the High Street every Friday and Saturday night, working with Cumbria Constabulary community officers. Officers radio our team leader when they meet someone alone or vulnerable, and our volunteers stay with that person so the officers can get back on patrol. In 2024 our volunteers helped 900 people.

In the daytime, our Scam Savvy drop-ins have run every Tuesday morning since October 2023 with Eastfield Housing Trust in its community room. Volunteers help older tenants set up call blocking on their phones and fit door viewers. So far 120 tenants have had their phones set up.

## Contact

Email the volunteer coordinator at volunteers@example.org.
"""

STORY = """\
# Project Lantern: five years on

## Our story

Residents of the Eastgate estate told us in 2018 that its alleyways felt unsafe after dark, and we listened.

In 2019 we set up Project Lantern with Cumbria Constabulary and the council's street lighting team, walking every alleyway with residents and fixing the lights they found broken.

In 2021 the scheme expanded to the Westgate estate with Westgate Housing Trust, and volunteers took over the walks.

Since 2023 it has run in every estate in the town, and reports of anti-social behaviour in the alleyways have fallen by 38%.
"""




def test_pieces_told_one_after_another_in_an_about_section_are_each_their_own(tmp_path):
    found = found_in(tmp_path, ABOUT)
    walkers, savvy = holding(ABOUT, found, "Since 2022 our Night"), holding(ABOUT, found, "In the daytime, our Scam")
    assert len(walkers) == 1 and len(savvy) == 1 and walkers[0] is not savvy[0]
    assert savvy[0].start == ABOUT.index("In the daytime")
    assert "Cumbria Constabulary" not in savvy[0].forces
    for i in found:
        assert ABOUT[i.start:i.end].strip() == ABOUT[i.start:i.end]


def test_one_schemes_story_told_year_by_year_stays_one_piece(tmp_path):
    # each later paragraph goes on with the scheme ('the scheme expanded', 'it has run'): no new piece
    found = found_in(tmp_path, STORY)
    assert len(holding(STORY, found, "In 2019 we set up")) == 1
    assert holding(STORY, found, "In 2019 we set up") == holding(STORY, found, "In 2021 the scheme expanded") \
        == holding(STORY, found, "Since 2023 it has run")


FINDINGS = """\
# Reporting anti-social behaviour: user research findings

## Summary

People who report anti-social behaviour do not know who to tell and rarely hear what happened.

## Who we spoke to

We interviewed 14 residents, 5 council officers and 4 police officers between September and November.

## What we found

### 1. People don't know who to tell

Most residents we spoke to did not know whether to call the police or the council.

### 2. People have to tell their story again and again

Each organisation keeps its own record, so a resident is asked the same questions twice.

### 3. Silence after a report

Residents told us that hearing nothing back was the main reason they stopped reporting.

## How other places do it

### Southtown: one shared case

Since April 2024 Durham Constabulary and Southtown Council's Community Safety Hub have logged every report in one shared case, and the hub's caseworker texts the person who reported it at each step. Repeat calls fell by 30%.

### Riverside Homes: reporting on WhatsApp

Since June 2023 Riverside Homes' neighbourhood officers have answered a WhatsApp line for tenants, accepting photos and voice notes as evidence. Reports rose by 40%.

## What we'll do next

We will test a shared case record with two wards in the new year.
"""


def test_numbers_counting_one_parts_points_do_not_make_a_numbered_document(tmp_path):
    from ingest.layouts import make_view, numbered

    path = tmp_path / "findings.md"
    path.write_text(FINDINGS, encoding="utf-8")
    score, why = numbered.score(make_view(read_document(path, path.name)))
    assert score == 0.0 and "What we found" in why
    found = segmentation(read_document(path, path.name)).initiatives
    assert len(holding(FINDINGS, found, "Since April 2024 Durham")) == 1
    assert len(holding(FINDINGS, found, "Since June 2023 Riverside")) == 1
    assert not holding(FINDINGS, found, "We interviewed 14 residents")
    # the same numbered headings as the document's own parts are its sections
    own = FINDINGS.replace("## What we found\n\n###", "##").replace("\n### 2.", "\n## 2.").replace("\n### 3.", "\n## 3.")
    path.write_text(own.replace("## Summary", "## 0. Summary"), encoding="utf-8")
    assert numbered.score(make_view(read_document(path, path.name)))[0] > 0


BRIEF = """\
# Visit brief: Northtown, 22 January

## 1. Summary

You will see neighbourhood policing and partnership work in Northtown.

## 2. Itinerary

| Time | Activity |
|---|---|
| 10:00 | Walk with the Operation Carousel team |
| 11:30 | Hospital emergency department |
| 13:00 | Visit a secondary school |

## 3. Lines to take

We are putting neighbourhood officers back on the streets.

## Annex B: What you will see

### Operation Carousel, Claremont

Since September 2024 Cumbria Constabulary's neighbourhood team and Northtown Council's licensing team have made joint visits to privately rented homes. They have inspected 412 properties and served 117 improvement notices.

### Navigators in the emergency department

Since March 2023 youth workers from the charity Northtown Youth Link have supported young people in the emergency department after an assault and followed them up for 12 weeks. They supported 287 young people.

### Team Around the School

Since January 2025 Cumbria Constabulary's early action team has placed a PCSO in each of four secondary schools, working with the council's attendance service. Persistent absence fell from 31% to 24%.
"""


def test_a_programme_with_its_heading_among_titled_siblings_is_one_piece_among_them(tmp_path):
    found = found_in(tmp_path, BRIEF)
    held = [holding(BRIEF, found, q) for q in ("Since September 2024", "Since March 2023", "Since January 2025")]
    assert all(len(h) == 1 for h in held)
    assert len({id(h[0]) for h in held}) == 3
    # each under its own heading (the itinerary's 'Operation Carousel' made it the document's one
    # subject, and the pieces beside it its parts)
    assert [h[0].start for h in held] == [BRIEF.index(t) for t in (
        "### Operation Carousel", "### Navigators", "### Team Around")]


def test_a_user_research_reports_apparatus_is_not_work():
    from ingest.layouts.common import is_not_work

    assert is_not_work("Who we spoke to") and is_not_work("Research participants") and is_not_work("How we did the research")
    assert not is_not_work("Who we worked with in Southtown to cut repeat calls")


CITATIONS = """\
# Honorary awards: citations

## Dr Farah Siddiqui

Presented by Professor Ian Cottingham.
Vice-Chancellor, a consultant in emergency medicine sees violence at the end of its story.
Farah trained at Leeds and has been a consultant in the emergency department of Lincoln County Hospital since 2012.
In 2017 she set up, with Lincolnshire Police, the sharing of anonymous information about
assaults treated in the emergency department: where, when and with what each patient was hurt,
sent each month to the force's analysts. Assaults in the night-time economy fell by 27%.

## Professor Alan Hughes

Presented by the Dean. Alan has written more than 140 works for choirs and orchestras, and his
music is sung in churches across Wales.
"""


def test_work_a_persons_citation_tells_is_a_piece_the_rest_of_the_profile_is_not(tmp_path):
    found = found_in(tmp_path, CITATIONS)
    assert [CITATIONS[i.start:i.start + 20] for i in found] == ["In 2017 she set up, "]
    assert found[0].forces == ["Lincolnshire Police"]
    assert not holding(CITATIONS, found, "more than 140 works")


OBITUARY = """\
# Derek Haines, the 'boxing bobby', dies aged 78

Derek Haines coaching at the club in 1994.

Born in Ashby in 1947, he left school at fifteen to work at the steelworks before joining Lincolnshire Constabulary in 1971. When Humberside Police was formed in 1974 he transferred to the new force.

In 1988 he set up the Ashby Blue Lamp Boxing Club for Humberside Police in a disused church hall. Off-duty officers coached three nights a week and schools referred pupils who were getting into trouble. The club has trained more than 3,000 young people.

In 2009 he and his wife Maureen set up Brumby Good Neighbours, whose volunteers fit door chains and key safes for older people living alone. The group has fitted more than 600 door chains.
"""


def test_a_life_storys_pieces_start_where_each_is_begun_and_a_new_name_set_up_is_a_new_piece(tmp_path):
    found = found_in(tmp_path, OBITUARY)
    club, neighbours = holding(OBITUARY, found, "In 1988 he set up"), holding(OBITUARY, found, "In 2009 he and")
    assert len(club) == 1 and len(neighbours) == 1 and club[0] is not neighbours[0]
    # the life before the work frames the accounts: the first piece is the club's, and its force
    assert club[0].start == OBITUARY.index("In 1988 he set up")
    assert club[0].forces == ["Humberside Police"]


LETTER = """\
# Application: Community Safety Partnership Manager

## Supporting statement

I have worked in anti-social behaviour and community safety for eleven years, since 2019 at Somerset Council, where I now lead the Anti-social Behaviour Team.

Two examples from my current role show how I work.

In 2023 I set up the Taunton Safety Hub with Avon and Somerset Police's neighbourhood policing team. Our officers and the police team share a room in the library and manage the twenty most persistent cases together. Repeat calls fell by 31 per cent.

I also brought in Friday Outreach in Bridgwater, which our youth service runs with the charity Parrett Youth Trust. A converted minibus with two youth workers parks on three estates every Friday evening. Calls about youth ASB on Fridays fell from 44 to 17 a quarter.

"""


def test_another_piece_told_as_such_is_its_own_and_a_career_is_no_piece(tmp_path):
    found = found_in(tmp_path, LETTER)
    hub, outreach = holding(LETTER, found, "In 2023 I set up"), holding(LETTER, found, "I also brought in")
    assert len(hub) == 1 and len(outreach) == 1 and hub[0] is not outreach[0]
    assert hub[0].start == LETTER.index("In 2023 I set up")  # (the career before it frames the pieces)


SPEAKERS = """\
# Neighbourhoods 2026: speakers

## Inspector Darren Coates

Neighbourhood Policing Inspector, Essex Police

Darren joined Essex Police in 2007 and has worked in response, CID and neighbourhood policing.

Operation Fairway is Essex Police's answer to the car meets that took over retail parks in Basildon every weekend. Darren's teams have worked with Basildon Council to close car parks after 10pm and fine drivers. Calls about car meets fell by 62 per cent.

## Professor Anil Mehta

Professor of Criminology. Anil has written widely on policing and trust, and chairs the conference's closing panel.
"""


def test_a_speakers_profile_gives_the_programme_it_names_with_its_doer(tmp_path):
    found = found_in(tmp_path, SPEAKERS)
    assert [SPEAKERS[i.start:i.start + 18] for i in found] == ["Operation Fairway "]
    assert found[0].forces == ["Essex Police"]


REPORT_CARD = """Inspection report: Fenwick Road Primary School

Behaviour and attitudes

Pupils behave well in lessons and around the school. Staff apply the behaviour policy
consistently and pupils understand the rewards and sanctions.
Operation Playground, run with Durham Constabulary's Chester-le-Street neighbourhood team,
teaches Year 6 pupils about road safety and staying safe online. Two officers visit each class
every half term and run a quiz with the pupils' parents at the end of the year. Since it began
in 2023, 180 pupils have taken part and reports of pupils walking home on the busy road have fallen.
The Buddy Bench scheme is run by the school council. Older pupils are trained by the
learning mentor to look out for younger pupils sitting alone at playtime and to invite them to
join a game. Staff say that fewer pupils now ask to stay inside at lunchtime.

Leadership and management

Leaders have an accurate view of the school's strengths and weaknesses.
"""

ONE_SCHEME = """# Operation Playground

## How it works

Operation Playground, run with Durham Constabulary's Chester-le-Street neighbourhood team, teaches Year 6 pupils about road safety. Two officers visit each class every half term.

Operation Playground ends each year with a quiz for pupils and their parents. Since it began in 2023, 180 pupils have taken part.

The Walk Safe Project route maps the pupils made in the first year are still used by the officers on their visits.
"""


def test_paragraphs_each_opening_with_a_new_pieces_name_are_each_that_piece(tmp_path):
    """An inspection report's section whose paragraphs, run on without blank lines as a PDF's
    are, each open by naming a piece of work: each is a piece, credited from its own text; the
    section's opening about the curriculum frames them."""
    found = found_in(tmp_path, REPORT_CARD, "report.txt")
    playground, bench = apart(REPORT_CARD, found, "Operation Playground, run", "The Buddy Bench scheme")
    assert playground.start == REPORT_CARD.index("Operation Playground, run")
    assert bench.start == REPORT_CARD.index("The Buddy Bench scheme")
    assert playground.forces == ["Durham Constabulary"] and bench.forces == []


def test_paragraphs_going_on_with_the_pieces_own_name_stay_one_piece(tmp_path):
    # the heading names the piece; a later paragraph opening with it again, and one naming a
    # thing of the piece's own, mid-account, are no second piece
    found = found_in(tmp_path, ONE_SCHEME)
    assert len(found) == 1, found


def test_a_sentence_names_a_piece_at_its_opening_only_with_a_name_not_function_words():
    from ingest.names import NAMED_OPENING, pieces_named

    named = {"Project Compass, run with the schools team": "Project Compass",
             "The Buddy Bench scheme is run by the school council.": "The Buddy Bench scheme",
             "Operation Harbour began in 1986.": "Operation Harbour"}
    for sentence, name in named.items():
        assert NAMED_OPENING.match(sentence).group(0) == name
    for sentence in ("The scheme follows an 18-month pilot.", "During the pilot, 1,146 farms registered.",
                     "Every school pilot was judged a success.", "In the project's second year it grew."):
        assert not NAMED_OPENING.match(sentence), sentence
    assert pieces_named("We've also started Park Pals, and Operation Gatehouse goes on.") == {
        "Park Pals", "Operation Gatehouse"}


COUNTED = """# Annual review 2025

## Safer venues

A venue should be a safe place for an evening out, for our guests and our staff. Two pieces of work this year stand out.

Welfare Hosts: in March 2025 we put a trained host on every weekend night shift in our late bars, checking on guests who are alone or unwell. Hosts helped 900 guests, and reported violence fell by 12%.

In Leeds, West Yorkshire Police ran Operation Lantern with Leeds City Council from May to October 2025, training our staff to use spiking test kits; 30 reports were handled and five people were arrested.

## Dividend

The board recommends a final dividend of 3p per share.
"""


def test_a_section_counting_the_pieces_it_tells_is_cut_into_them(tmp_path):
    """'Two pieces of work this year stand out.' then two paragraphs telling work: each a piece;
    the opening frames them."""
    found = found_in(tmp_path, COUNTED)
    hosts, lantern = apart(COUNTED, found, "Welfare Hosts: in March", "In Leeds, West Yorkshire")
    assert hosts.start == COUNTED.index("Welfare Hosts")
    assert lantern.forces == ["West Yorkshire Police"] and hosts.forces == []
    assert not holding(COUNTED, found, "A venue should be")
    # a count not borne out (three said, two told) is no such section
    from ingest.launches import _cut_at_counted
    from ingest.layouts import make_view
    from ingest.layouts.common import Section

    for text, cut in ((COUNTED, True), (COUNTED.replace("Two pieces", "Three pieces"), False)):
        path = tmp_path / "count.md"
        path.write_text(text, encoding="utf-8")
        view = make_view(read_document(path, path.name))
        start = text.index("## Safer venues")
        section = Section(start, text.index("## Dividend") - 2, "Safer venues", "Safer venues", start + 16)
        assert (_cut_at_counted(view, section) is not None) == cut


DOG = """# Rehome Bramble

## Bramble's story

Bramble joined Devon and Cornwall Police as a puppy and worked for six years with her handler in Plymouth, searching buildings and tracking suspects at night.

Her handler remembers one winter best. Operation Quayside was Devon and Cornwall Police's response to a run of boat engine thefts from Sutton Harbour in 2023, with the harbour authority's night staff watching the pontoons on CCTV. Officers marked 300 outboard engines and made 11 arrests, and thefts fell by two thirds.

Bramble retired in 2025 and is looking for a quiet home.

## How to apply

Fill in our form and we will call you.
"""


def test_a_working_animals_life_story_gives_the_piece_it_tells_and_nothing_else(tmp_path):
    """'Bramble's story' is a life story, left out as a person's is, but the operation it tells,
    opened after a short scene-setting sentence, is a piece credited to its force."""
    found = found_in(tmp_path, DOG)
    quayside = holding(DOG, found, "Operation Quayside was")
    assert len(quayside) == 1 and quayside[0].forces == ["Devon and Cornwall Police"]
    assert not holding(DOG, found, "Bramble joined Devon")  # the dog's career is no piece
