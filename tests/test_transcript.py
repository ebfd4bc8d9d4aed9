"""Transcripts (ingest/layouts/transcript.py): people speaking in turns. Documents written for
these tests in the form of oral evidence."""

from __future__ import annotations

from ingest.layouts import choose, make_view
from ingest.pipeline import build_initiatives
from test_layouts import _doc

ORAL_EVIDENCE = """Justice Committee

Oral evidence: Policing the night-time economy

Witnesses: Superintendent Dana Hollis, Lancashire Constabulary; Mark Osei, Chief Executive, Safer Nights Trust.

Q12 Chair: Good morning. Superintendent, what have you actually done about violence in Blackpool town centre?

Dana Hollis: The clearest example is Operation Beacon. Last summer we put pairs of officers on every late taxi rank and trained door staff to pass on warnings, and assaults at the ranks fell by 31%.

Q13 Chair: Did it last once the funding ended?

Dana Hollis: It did. We kept the rank patrols going from our own budget and we still meet the door staff every month.

Q14 Chair: Mr Osei, what do you see from the voluntary side?

Mark Osei: Our street pastors set up a safe space by the pier where anyone can wait for a lift, and since March we have helped 412 people get home.

Q15 Chair: Superintendent, how many officers does the town centre have on a Saturday night?

Dana Hollis: It depends on the weekend, but it is usually around twenty, and more in the summer season.

Q16 Chair: Thank you both. Is there anything else the Committee should hear?

Mark Osei: Only that funding for one year at a time makes it very hard to keep volunteers for long.
"""



def test_oral_evidence_is_a_transcript_with_one_piece_per_speakers_work_credited_to_their_body():
    doc = _doc(ORAL_EVIDENCE, "Oral evidence: Policing the night-time economy")
    assert choose(make_view(doc)).name == "transcript"
    found = build_initiatives(doc)
    texts = [doc.text[i.start:i.end] for i in found]
    assert len(found) == 2, texts
    assert found[0].forces == ["Lancashire Constabulary"]
    assert "Operation Beacon" in texts[0] and "from our own budget" in texts[0]  # the follow-up answer stays
    assert "Safer Nights Trust" in found[1].organisations and "412 people" in texts[1]
    # the questions, and a speaker's return to the discussion after another's piece, are no piece
    assert not any("usually around twenty" in t for t in texts)
    assert not any(t.startswith("Q1") for t in texts)


def test_labels_said_once_each_are_a_list_not_a_conversation():
    text = ("# Our staff networks\n\n" + "\n\n".join(
        f"{name}: The network met {n} times this year and ran sessions for officers and staff across the force."
        for n, name in enumerate(["Menopause Group", "Carers Network", "Disability Network", "Race Equality Network",
                                  "Christian Police Association", "Women in Policing", "Pride Network"], 2)))
    assert choose(make_view(_doc(text, "Our staff networks"))).name != "transcript"


def test_records_of_recurring_fields_are_not_speakers():
    text = "# Case studies\n\n" + "\n\n".join(
        f"## Scheme {n}\n\nProblem: Thefts from farms in the north of the county were rising every month.\n\n"
        f"Response: Officers marked equipment and set up a messaging group for farmers in the area.\n\n"
        f"Outcome: Reported thefts fell by {10 + n}% over the year, and most farmers joined the group."
        for n in range(1, 4))
    assert choose(make_view(_doc(text, "Case studies"))).name == "labelled records"


def test_a_label_under_a_line_ending_in_a_capitalised_word_is_no_surname():
    """'Subjects:' and 'Abstract:' are a catalogue record's labels: the capitalised word ending the
    line above ('... Systematic Reviews' / 'Subjects: ...') does not make them a person's surname."""
    text = "# Literature search\n\n" + "\n\n".join(
        f"Title: Study {n} of burglary prevention in the county\nSource: Journal of Crime Prevention\n"
        f"Keywords: Burglary; Target Hardening; Older People\n"
        f"Subjects: Burglary; Repeat victimisation; Systematic Reviews\n"
        f"Abstract: Between 2021 and 2023 officers fitted new locks to {40 + n} homes of older victims and repeat "
        f"burglaries fell by a third over the year."
        for n in range(1, 4))
    assert choose(make_view(_doc(text, "Literature search"))).name != "transcript"


CHAT = """12/03/2025, 08:00 - Messages and calls are end-to-end encrypted. Tap to learn more.
12/03/2025, 08:01 - Ann Pryce created group "Hatton Village"
12/03/2025, 08:03 - Ann Pryce: Morning all and welcome, this is the new group for the village, local news and lost and found only please.
12/03/2025, 08:10 - Bob Hale: Thanks Ann
12/03/2025, 08:40 - +44 7700 900111: Anyone lost a black cat? Sat outside the shop since 8
12/03/2025, 09:02 - Cara Quinn: That's Mog from Church Lane, I've messaged her owner
12/03/2025, 19:12 - Ann Pryce added Jo Reed PCSO
12/03/2025, 19:20 - Jo Reed PCSO: Evening all, PCSO Jo from Warwickshire Police's rural team here, I'll post updates and appeals in this group.
14/03/2025, 18:05 - Jo Reed PCSO: Quick update on the tractor trackers some of you had fitted last winter.
Between November and February our Rural Crime Team fitted free trackers to 64 tractors in the villages, and not one fitted tractor has been stolen since.
15/03/2025, 10:00 - Bob Hale: Brilliant, thanks Jo
15/03/2025, 11:30 - Cara Quinn: Has anyone else had someone trying car doors last night on Church Lane?
18/04/2025, 16:48 - Jo Reed PCSO: Some good news from the school gate. Our Junior PCSOs at the primary school ran a parking campaign for four weeks with the school, and cars parked on the zigzags fell from 21 a morning to 3.
"""


def test_a_chat_export_is_a_transcript_whose_posts_telling_of_work_are_pieces():
    """A group chat saved as text: each stamped message is a turn; a post telling of work after
    others have spoken is a piece of its own, titled from its text, not its stamp."""
    doc = _doc(CHAT, "")
    assert choose(make_view(doc)).name == "transcript"
    found = build_initiatives(doc)
    tractors = next(f for f in found if "tractor trackers" in f.title)
    school = next(f for f in found if "Junior PCSOs" in CHAT[f.start:f.end])
    assert "/2025" not in tractors.title + school.title  # titled from the message, not its stamp
    assert CHAT[tractors.start:tractors.end].endswith("not one fitted tractor has been stolen since.")
    assert CHAT[school.start:school.end].startswith("18/04/2025, 16:48 - Jo Reed PCSO: Some good news")
    assert tractors.forces == school.forces == ["Warwickshire Police"]
    assert all("Jo Reed PCSO" in CHAT[f.start:f.start + 40] for f in found), found  # no one else's chatter


ORAL_HISTORY = """# Mary Dunne: a beat in Toxteth

## About this interview

Mary Dunne joined Merseyside Police in 1979 and retired as an inspector in 2009. Interviewed by Sam Patel.

## Transcript

**[00:00:04] SP:** This is Sam Patel for the Dock Road Memories project, with Mary Dunne. Mary, could you say who you are?

**[00:00:15] MD:** Mary Dunne. I grew up off Park Road and I was a police officer in this city for thirty years.

**[00:02:10] SP:** What did you do first?

**[00:02:14] MD:** I was on foot patrol for years, and in 1986 we started Operation Harbour with the dock company's own security, watching the container lorries at night, and thefts from the yards fell by half within a year.

**[00:09:30] SP:** How did people take it?

**[00:09:33] MD:** The drivers liked it because they could park up and sleep without losing their loads, and the company kept paying for the overtime until the yards closed.

**[00:15:02] SP:** And after that?

**[00:15:06] MD:** I went into training, and then I ran the custody suite at Admiral Street until I retired in 2009.
"""


def test_turns_stamped_with_the_time_and_the_speakers_initials_are_a_transcript_credited_to_the_speaker():
    doc = _doc(ORAL_HISTORY, "Mary Dunne: a beat in Toxteth")
    view = make_view(doc)
    assert choose(view).name == "transcript"
    found = build_initiatives(doc)
    texts = [doc.text[i.start:i.end] for i in found]
    assert any("Operation Harbour" in t for t in texts), texts
    # 'MD' stands for the person the text names with those initials, and her force is read from it
    harbour = next(i for i in found if "Operation Harbour" in doc.text[i.start:i.end])
    assert harbour.forces == ["Merseyside Police"]


def test_initials_nobody_in_the_text_has_are_no_speaker():
    text = ORAL_HISTORY.replace("Mary Dunne", "Mary Okafor").replace("Sam Patel", "Jo Reeve")
    assert choose(make_view(_doc(text, "A beat in Toxteth"))).name != "transcript"


WEBCHAT = """Your webchat with Harlow District Council
==========================================

Reference:  HDC-WC-88120
Date:       Monday 9 March 2026

----------------------------------------------

[10:01:02] Max (chatbot): Hi, I'm Max. What would you like help with?

[10:01:40] You: people dealing drugs from the garages behind our block again

[10:01:44] Max (chatbot): Thanks. I'll pass you to someone in our team. Please wait.

[10:03:15] Priya (Housing Officer): Hello, this is Priya from the housing team. Sorry you're dealing with this again. Can I take your address?

[10:03:50] You: 12 Tye Green Court

[10:04:30] Priya (Housing Officer): Thank you. Essex Police's Harlow community policing team have been running Operation Gatehouse on the estate since January with our tenancy enforcement officers. They visit the garage blocks every week, and the team has closed four garages used for dealing and made six arrests so far.

[10:06:02] You: good to know but they're back

[10:06:40] Priya (Housing Officer): I'm sorry. Please keep reporting it each time, because the visits are planned around the reports.

[10:07:55] You: is there anything for the kids round here

[10:08:31] Priya (Housing Officer): We've also launched Garage Gardens, where residents turn empty garage plots into raised beds with our estate caretakers. Twelve plots have been planted so far and tenants say the area feels busier and safer.

[10:09:10] You: thanks

[10:09:30] Priya (Housing Officer): You're welcome. This chat has now ended.
"""


def test_a_chat_copy_with_speakers_named_with_their_part_is_a_transcript_whose_advisers_accounts_are_pieces():
    """A webchat copy emailed to a resident: 'Priya (Housing Officer)', 'Max (chatbot)' and 'You'
    are speakers; the adviser's account of the force's operation is a piece credited to the force,
    and her later account of a scheme the council has 'also launched' is another."""
    doc = _doc(WEBCHAT, "Your webchat with Harlow District Council")
    assert choose(make_view(doc)).name == "transcript"
    found = build_initiatives(doc)
    texts = [doc.text[i.start:i.end] for i in found]
    gatehouse = [i for i, t in zip(found, texts) if "Operation Gatehouse" in t]
    gardens = [i for i, t in zip(found, texts) if "Garage Gardens" in t]
    assert len(gatehouse) == 1 and len(gardens) == 1 and gatehouse[0] is not gardens[0], texts
    assert gatehouse[0].forces == ["Essex Police"]
    assert "Essex Police" not in gardens[0].forces
    assert not any("I'm Max" in t or "You're welcome" in t for t in texts)


def test_a_bracketed_part_does_not_make_a_list_of_labels_a_conversation():
    text = """# Our team

Jo (Chair): Jo has lived in the village for twenty years and chairs the parish council meetings.

Sam (Treasurer): Sam keeps the accounts and applies for grants from the district council each year.

Ali (Secretary): Ali writes the minutes and looks after the noticeboard by the village shop.
"""
    assert choose(make_view(_doc(text, "Our team"))).name != "transcript"
