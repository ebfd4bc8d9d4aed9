"""One piece of work or several (ingest/pieces.py): a document is split into several initiatives only
when its sections differ in who did them or what they are; sections that elaborate one subject
(background, how it works, results, questions about it, next steps) are one initiative. The
documents are synthetic, written for these tests in the forms the held-out errors came from."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers import read_document
from ingest.segment import segmentation


BLOG = """\
# Blog: how Project Lantern is making Northtown's alleyways safer

Posted by Inspector Ruth Adeyemi, Northshire Police, 12 May 2025

## Where it started

Last winter residents in the Eastgate estate told us that the unlit alleyways behind their homes felt unsafe after dark. We set up Project Lantern with the council's street lighting team to find out which routes worried people most and why.

## Walking the routes with residents

Our neighbourhood officers walked every alleyway on the estate with residents, recording broken lights, overgrown hedges and places where people felt trapped. The walks produced a list of 42 problems, which we shared with the council and the housing association.

## Fixing the problems

The council replaced 31 lights and the housing association cut back hedges on 12 routes. We added the alleyways to our evening patrol plans so officers pass through each one at least twice a week.

## Early results

Reports of antisocial behaviour in the alleyways fell by 38% between January and April compared with last year. In a follow-up survey, 7 out of 10 residents said they felt safer walking home.

## What comes next

We are now taking Project Lantern to two more estates in the town this summer, working with the same partners.
"""


BLOG_UNTITLED = """\
# How our officers made Eastgate's alleyways safer

Posted by Inspector Ruth Adeyemi, Kent Police, 12 May 2025

## Where it started

Last winter residents in the Eastgate estate told us that the unlit alleyways behind their homes felt unsafe after dark. We set up Project Lantern with the council's street lighting team to find out which routes worried people most and why.

## Walking the routes with residents

Our neighbourhood officers walked every alleyway on the estate with residents, recording broken lights, overgrown hedges and places where people felt trapped. The walks produced a list of 42 problems, which we shared with the council and the housing association.

## Fixing the problems

The council replaced 31 lights and the housing association cut back hedges on 12 routes. Kent Police added the alleyways to evening patrol plans so officers pass through each one at least twice a week.

## Early results

Reports of antisocial behaviour in the alleyways fell by 38% between January and April compared with last year. In a follow-up survey, 7 out of 10 residents said they felt safer walking home.

## What comes next

We are now taking Project Lantern to two more estates in the town this summer, working with the same partners.
"""


FAQ = """\
# Community Speedwatch: frequently asked questions | Westvale Police

## What is Community Speedwatch?

Community Speedwatch is a scheme in which trained volunteers use speed detection devices to record vehicles driving above the limit in their village. The details are passed to Westvale Police, who send warning letters to the registered keepers.

## Who can take part?

Any resident aged 18 or over can volunteer. Groups need at least six members, and each volunteer completes a short training session with a roads policing officer before going out.

## What happens to drivers who are caught speeding?

A first offence brings a warning letter from the force. Drivers recorded three times are visited by an officer, and persistent offenders may be prosecuted using our own enforcement cameras.

## Does it make a difference?

Since the scheme started in 2022, 84 groups have recorded more than 12,000 vehicles. Repeat offending fell by 40% in villages with an active group, and average speeds dropped on most monitored roads.

## How do I contact the Speedwatch team?

Email speedwatch@westvale.police.uk or call 101 and ask for the Speedwatch coordinator.

## Can I join if I live in a town?

Groups in towns are welcome where the road has a limit of 40mph or less and a safe place to stand.
"""


FAQ_TWO = """\
# Frequently asked questions | Westvale Police

## What is Operation Nightjar?

Operation Nightjar is the force's summer patrol plan for country parks, in which rural officers patrol car parks at night to stop vehicle crime. It ran in nine parks last year and crime fell by a third.

## What is Project Kestrel?

Project Kestrel is a partnership with the RSPCA in which wildlife crime officers investigate the poisoning of birds of prey. Twelve suspects have been interviewed since 2023.

## How do I report a wildlife crime?

Wildlife crime can be reported online or by calling 101, and officers will contact the person who reported it within two days.
"""


FOI = """\
# Freedom of Information request 2025-0412: Operation Harbourlight

Freedom of Information Act 2000 request reference 2025-0412

Dear Requester,

Thank you for your request for information about Operation Harbourlight, which was received on 3 March 2025. Your questions and our responses are set out below.

## 1. When did Operation Harbourlight start and what is it for?

Operation Harbourlight began in April 2023. It is the force's response to county lines drug supply through the ports, bringing together officers from our serious organised crime unit, Border Force and port security staff.

## 2. How many officers work on the operation?

A team of 14 officers and two analysts works on the operation full time, supported by officers from neighbourhood teams at each port during planned days of action.

## 3. What has the operation achieved?

Between April 2023 and December 2024 the operation led to 63 arrests, the seizure of drugs worth an estimated £1.2 million and the safeguarding of 27 children who had been exploited to carry drugs.

## 4. How much has the operation cost?

The operation has cost £840,000 to date, funded from the force's own budget and a Home Office grant.

If you are unhappy with the response, you can ask for an internal review by writing to foi@eastport.police.uk.

Yours sincerely,

Information Access Team, Eastport Constabulary
"""


JOINT = """\
# Safer Streets Riverside: joint report by Riverside Borough Council and Northshire Police

## Introduction

This report sets out the work of the Safer Streets Riverside project, delivered jointly by Riverside Borough Council and Northshire Police between 2023 and 2025.

## Background to the project

Riverside town centre had the highest rate of violence against women in the county. The partners bid for Home Office Safer Streets funding in 2023 and were awarded £450,000.

## Governance

A project board chaired by the council's community safety manager met monthly, with the neighbourhood inspector as deputy chair. It oversaw spending and agreed priorities each quarter.

## Street lighting and CCTV

The project installed 18 new CCTV cameras and upgraded lighting on six routes identified by women in a consultation survey.

## Welfare and vulnerability training

Staff from 40 bars and clubs completed vulnerability training delivered by police officers and council licensing staff.

## Results

Violence against women in the town centre fell by 21% over the two years of the project.

## Next steps

The council will maintain the cameras and the police will continue the training from their own budget.
"""


INTERVIEW = """\
# Interview: PC Sam Patel on making custody safer | Police Federation

Federation magazine spoke to PC Sam Patel of Essex Police about the Custody Care Project he helped set up at Chelmsford.

## 'It started with one bad night'

Sam describes the night in 2022 when a detainee with mental health needs was held for 19 hours before anyone assessed him. He raised it with his inspector, and within months the force had agreed to pilot the Custody Care Project with the local mental health trust.

## Building the team

The project put two mental health nurses in the custody suite around the clock and trained every custody officer in spotting signs of crisis. Sam spent six months helping to write the new assessment forms.

## 'The results speak for themselves'

Since the pilot began, the average wait for a mental health assessment has fallen from nine hours to 90 minutes, and self-harm incidents in custody have halved. The force is now rolling the project out to its two other suites.
"""


FMS = """\
# Force Management Statement 2025: extract on prevention

This extract of the Eastshire Constabulary Force Management Statement covers two of the force's prevention programmes.

## Project Guardian: tackling violence in the night-time economy

### Demand

Violence in the night-time economy accounts for 14% of all recorded violence in the county, concentrated in three towns between 10pm and 4am.

### Capacity and capability

Twelve licensing officers and 40 trained door supervisors work on the programme each weekend, supported by two analysts.

### Future demand and investment

The force expects demand to rise by 5% as two new venues open, and will add four officers to the team from April.

## Operation Shelter: protecting children at risk of exploitation

### Demand on the service

Referrals of children at risk of exploitation rose from 180 to 260 over the last two years, most from schools and social care.

### How we meet it

A team of six detectives and three social workers handles referrals, with training for all neighbourhood officers on spotting signs of exploitation.

### Looking to 2027

Referrals are expected to keep rising, and the force has funded two more social workers with the council from next year.
"""


TALKS = """\
# Conference write-up: Neighbourhood Policing Conference 2025

The annual conference in Birmingham heard four talks from forces about their neighbourhood work.

## Talk one: Kent Police, Detective Superintendent Amy Clarke

Kent Police described their problem-solving hubs, where officers and council staff meet weekly to tackle repeat antisocial behaviour locations. The hubs have resolved 120 long-running problems since 2023.

## Talk two: Merseyside Police, Inspector Tom Hughes

Merseyside Police set out how their ward officers use street briefings to meet residents on their doorsteps. More than 3,000 residents attended briefings in the first year.

## Talk three: Cumbria Constabulary, Sergeant Lisa Fell

Cumbria Constabulary explained their rural engagement vans, which visit farms and villages on a weekly rota. Reports of rural crime from the areas visited doubled.

## Talk four: Gwent Police, PC Owen Rees

Gwent Police spoke about their schools programme, in which officers deliver lessons on knife crime to year 8 pupils. Over 9,000 pupils took part last year.
"""


YOU_SAID = """\
<html><head><title>You said, we did | Northshire Police</title></head><body>
<h1>You said, we did</h1>
<details><summary>Speeding on Mill Road</summary>
<p>You said: drivers were speeding on Mill Road near the primary school and you wanted us to act.</p>
<p>We did: officers carried out 14 speed checks and issued 52 tickets, and you can see the results on our website.</p>
</details>
<details><summary>Drug dealing in Victoria Park</summary>
<p>You said: you were worried about drug dealing in Victoria Park.</p>
<p>We did: we ran an operation in the park with you and arrested six people.</p>
</details>
</body></html>
"""

DRONE = """\
# Blog: one year of our rural drone team | Dyfed-Powys Police

Posted by Sergeant Gareth Morgan, 2 June 2025

## How it started

A year ago we set up a team of four officers trained to fly drones across the rural west of the force area, where searching hillsides and farmland on foot takes hours.

## What the team does

The officers are on call around the clock and can have a drone in the air within 30 minutes of a call, searching for missing people, following suspects and photographing crime scenes.

## Finding missing people

In its first year the team was called to 61 searches for missing people and found 14 of them, including an elderly man who had fallen in a remote valley at night.

## Key results

Searches that used the drone took an average of 70 minutes less than those that did not.

## Looking ahead

We plan to train four more pilots next year.
"""


THREE_PROJECTS = """\
# Safer Streets in Kent | Kent Police

Funded by the Safer Streets Programme, we ran three projects last year to make public spaces safer for women and girls.

## Street lighting in Margate

We worked with Thanet District Council to upgrade lighting on eight routes around Margate station. Reports of harassment on the routes fell by a quarter.

## Bystander training in Canterbury

Students at the two universities were trained to spot and safely challenge harassment. Over 1,200 students took part, and the programme has been adopted by the student unions.

## Taxi marshals in Maidstone

Marshals now manage the taxi ranks in Maidstone town centre on Friday and Saturday nights, funded by the programme until 2026.
"""


NEWSLETTER = """\
# Neighbourhood News: Spring 2025

## Brew with a Bobby

Officers in Whitby hold a monthly coffee morning in the library, where residents can raise concerns over a cup of tea. Forty people came to the first one.

## Tackling farm theft

Rural officers marked 80 quad bikes and trailers at the county show and set up a farm watch group with 200 members.

## How we cut burglary in Selby

A street-by-street crime prevention campaign in Selby gave 500 homes free door chains and timer switches, and burglary fell by 20%.
"""


def _pieces(tmp_path: Path, text: str, name: str = "doc.md") -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return segmentation(read_document(path, name)).initiatives


def _inside(text: str, initiative, quote: str) -> bool:
    at = text.index(quote)
    return initiative.start <= at < initiative.end


def test_a_blog_post_about_one_named_project_is_one_initiative(tmp_path):
    found = _pieces(tmp_path, BLOG)
    assert len(found) == 1
    assert _inside(BLOG, found[0], "Last winter residents") and _inside(BLOG, found[0], "two more estates")
    assert "Project Lantern" in found[0].title


def test_a_blog_post_introducing_its_project_in_the_opening_is_one_initiative(tmp_path):
    found = _pieces(tmp_path, BLOG_UNTITLED)
    assert len(found) == 1
    assert found[0].forces == ["Kent Police"]


def test_an_faq_about_one_scheme_is_one_initiative_and_the_readers_questions_are_not_work(tmp_path):
    found = _pieces(tmp_path, FAQ)
    assert len(found) == 1
    assert _inside(FAQ, found[0], "trained volunteers") and _inside(FAQ, found[0], "Repeat offending fell")
    assert not _inside(FAQ, found[0], "speedwatch@westvale")  # 'How do I contact...?' is help, not work
    assert not _inside(FAQ, found[0], "Groups in towns are welcome")  # 'Can I join...?' too


def test_questions_about_two_named_schemes_are_two_initiatives(tmp_path):
    found = _pieces(tmp_path, FAQ_TWO)
    assert [("Nightjar" in i.title, "Kestrel" in i.title) for i in found] == [(True, False), (False, True)]


def test_a_letter_answering_numbered_questions_about_one_operation_is_one_initiative(tmp_path):
    found = _pieces(tmp_path, FOI)
    assert len(found) == 1
    assert _inside(FOI, found[0], "63 arrests") and _inside(FOI, found[0], "14 officers")


def test_a_joint_report_about_one_project_is_one_initiative(tmp_path):
    found = _pieces(tmp_path, JOINT)
    assert len(found) == 1
    assert _inside(JOINT, found[0], "18 new CCTV cameras") and _inside(JOINT, found[0], "vulnerability training")


def test_an_interview_about_one_project_under_pull_quote_headings_is_one_initiative(tmp_path):
    found = _pieces(tmp_path, INTERVIEW)
    assert len(found) == 1
    assert found[0].title == "Custody Care Project"


def test_aspects_under_each_programmes_heading_are_that_programme(tmp_path):
    # a Force Management Statement extract: 'Demand', 'Capacity', 'Future demand' under each of two
    found = _pieces(tmp_path, FMS)
    assert len(found) == 2
    assert "Project Guardian" in found[0].title and "Operation Shelter" in found[1].title
    assert _inside(FMS, found[0], "Twelve licensing officers") and _inside(FMS, found[1], "six detectives")


def test_talks_by_different_forces_are_one_initiative_each(tmp_path):
    found = _pieces(tmp_path, TALKS)
    assert [i.forces for i in found] == [["Kent Police"], ["Merseyside Police"], ["Cumbria Constabulary"],
                                         ["Gwent Police"]]


def test_what_we_did_for_what_residents_said_is_work_even_when_told_to_them(tmp_path):
    found = _pieces(tmp_path, YOU_SAID, "you-said.html")
    assert [i.title for i in found] == ["Speeding on Mill Road", "Drug dealing in Victoria Park"]


def test_a_blog_post_headed_by_how_and_what_it_did_is_one_initiative(tmp_path):
    found = _pieces(tmp_path, DRONE)
    assert len(found) == 1
    assert _inside(DRONE, found[0], "61 searches") and found[0].forces == ["Dyfed-Powys Police"]


def test_projects_an_opening_counts_under_a_funding_programme_stay_apart(tmp_path):
    # 'Funded by the Safer Streets Programme, we ran three projects': the programme paid for them
    found = _pieces(tmp_path, THREE_PROJECTS)
    assert [i.title for i in found][:1] == ["Street lighting in Margate"] and len(found) == 3


def test_a_newsletters_articles_about_different_work_stay_apart(tmp_path):
    assert len(_pieces(tmp_path, NEWSLETTER)) == 3


FOI_BARE = """\
# Freedom of Information request FOI 2025/01234

Thank you for your request about the force's work with perpetrators of domestic abuse.

## Question 1

Yes. Since 2023 the force has referred perpetrators to the Turning Point programme, run with a local charity, which works with each man for 24 weeks.

## Question 2

In 2024/25 we referred 64 men to the programme; 41 started it and 22 completed it.

## Question 3

The programme's partners reviewed the course in March and added sessions on coercive control.
"""


def test_sections_that_only_number_the_questions_answered_are_one_piece(tmp_path):
    found = _pieces(tmp_path, FOI_BARE)
    assert len(found) == 1
    assert _inside(FOI_BARE, found[0], "added sessions on coercive control")


SPEAKERS = """\
# ‘Nobody should go home alone after being assaulted’

Two years after Lancashire Constabulary started its assaulted colleague pathway, we asked the sergeant who designed it and the Federation rep who shaped it how it works.

## Where did the idea come from?

DAWN: In 2022 I was punched at a domestic job. I had a phone call from nobody, so I wrote a proposal for a pathway and the force agreed to pilot it.

## So what does the pathway actually do?

DAWN: Every assault on a colleague recorded on the crime system now triggers a call from a trained peer supporter within 24 hours.

MARK: We sat on the working group from the first meeting and pushed for the call to come from a peer, not a manager.

## What difference has it made?

DAWN: Last year 96% of assaulted colleagues got their call within a day, and sickness after assaults is down by a third.

MARK: It costs next to nothing, which is why other forces keep asking about it.
"""


def test_an_interview_with_speaker_labels_under_questions_is_one_piece_not_records(tmp_path):
    found = _pieces(tmp_path, SPEAKERS)
    assert len(found) == 1
    assert _inside(SPEAKERS, found[0], "sickness after assaults is down by a third")


BRIEFING = """\
# QR wristbands: a pilot in two Welsh police forces

## Why this matters

Going missing is common among people living with dementia, and the first hour of a search is often spent finding their details.

## The pilot

Between May and October 2024, Heddlu Dyfed-Powys and
South Wales Police offered families a free wristband printed with a QR code that rings the police.

## What we did

We interviewed 31 family carers and 18 officers and compared 19 missing episodes with 44 from 2023.

## What we found

The median time to find a wearer was 1 hour 25 minutes, against 3 hours 10 minutes before.

## After the pilot

Both forces have kept the wristbands going since the pilot ended.

## Implications for policing

Wristbands should be offered to families, not pressed on them.
"""


def test_a_research_briefing_on_one_pilot_is_one_piece_credited_to_both_forces(tmp_path):
    found = _pieces(tmp_path, BRIEFING)
    assert len(found) == 1
    assert found[0].forces == ["Dyfed-Powys Police", "South Wales Police"]


WELSH = """\
# Patrolau beic yn gwneud Llwybr Taf yn fwy diogel

Mae swyddogion cymorth cymunedol yr heddlu wedi patrolio Llwybr Taf ar feiciau bob penwythnos ers mis Mawrth, gyda chymorth Cyngor Caerdydd. Mae nifer y lladradau beiciau ar y llwybr wedi gostwng o 41 i 17.

Dywedodd y Sarjant fod y llwybr yn bwysig i filoedd o bobl sy'n beicio i'r gwaith, i'r coleg ac i'r ysgol bob dydd, a bod y patrolau wedi rhoi hyder i bobl ddefnyddio'r llwybr eto ar ôl cyfres o ladradau y llynedd. Mae'r swyddogion hefyd wedi marcio 230 o feiciau mewn digwyddiadau ar hyd y llwybr, ac maen nhw'n cynnal sesiynau cyngor ar gloeon beiciau yn y llyfrgell leol bob mis. Bydd y patrolau'n parhau drwy'r haf, a bydd y tîm yn adolygu'r ffigurau ym mis Medi gyda'r cyngor a grwpiau beicio lleol.

Mae'r tîm yn diolch i bawb sydd wedi rhoi gwybod am ddigwyddiadau ar y llwybr, ac yn gofyn i bobl barhau i roi gwybod am unrhyw beth amheus. Mae gwirfoddolwyr o'r grŵp beicio lleol wedi ymuno â rhai o'r patrolau, ac mae'r cyngor wedi gosod goleuadau newydd mewn dau fan ar y llwybr lle'r oedd pobl yn teimlo'n anniogel ar ôl iddi dywyllu. Mae'r heddlu a'r cyngor yn bwriadu ymestyn y cynllun i ddau lwybr arall yn y ddinas os bydd y ffigurau'n parhau i wella dros yr haf.

## Rhoi gwybod am drosedd

Ffoniwch 101 neu rhowch wybod ar-lein.

## English summary

Police community support officers in Cardiff North have patrolled the Taff Trail by bike every weekend since March with Cardiff Council, and bike thefts on the trail fell from 41 to 17.
"""


def test_a_welsh_page_with_an_english_summary_is_one_piece_spanning_both(tmp_path):
    found = _pieces(tmp_path, WELSH)
    assert len(found) == 1
    assert _inside(WELSH, found[0], "Mae swyddogion cymorth") and _inside(WELSH, found[0], "bike thefts on the trail")


OTHER_FORCE = """# Control room peer support

Greater Manchester Police

## Peer supporters on every shift

Since January our control room has trained 40 call handlers as peer supporters, who check in with colleagues after distressing calls and can book them a session with occupational health the same day.

Sickness absence in the control room fell from 7.1% to 5.4% in the first six months.

The Police Service of Northern Ireland has taken a similar approach for response officers. Since May 2024, PSNI response teams in Belfast have held a 30-minute decompression session at the end of any shift that included a fatal collision.

Of the 210 officers who attended, 88% said it helped them switch off before going home.

## Wellbeing dogs

Our wellbeing dog Skye visits the control room twice a week. A sergeant from the Metropolitan Police came to see how it works in March, and we have since lent the Met our guidance. We worked with Lancashire Constabulary to write it.
"""


def test_a_paragraph_telling_of_another_forces_work_is_that_forces_piece():
    from ingest.pipeline import build_initiatives
    from test_layouts import _doc

    doc = _doc(OTHER_FORCE, "Control room peer support")
    found = build_initiatives(doc)
    texts = [OTHER_FORCE[i.start:i.end] for i in found]
    assert len(found) == 3, [i.title for i in found]
    assert texts[0].rstrip().endswith("in the first six months.")
    assert texts[1].startswith("The Police Service of Northern Ireland") and texts[1].rstrip().endswith("going home.")
    assert found[1].forces == ["Police Service of Northern Ireland"]
    # a force someone comes from, or one the publisher worked with, is no piece of its own
    assert "Skye" in texts[2] and "Lancashire" in texts[2]


def test_a_force_introduced_then_taken_up_by_the_next_sentence_is_that_forces_piece():
    """'Durham Constabulary's Chester-le-Street team had a similar problem at the leisure centre.
    Since 2023 the team and the council have run ...': the first sentence makes the force the
    subject without its work, the next takes it up ('the team') and tells the work."""
    from ingest.pipeline import build_initiatives
    from test_layouts import _doc

    text = OTHER_FORCE.replace(
        "The Police Service of Northern Ireland has taken a similar approach for response officers. Since May 2024, "
        "PSNI response teams in Belfast have held",
        "Durham Constabulary's response team in Chester-le-Street had a similar problem with late shifts. Since May "
        "2024, the team and the county council's wellbeing service have held")
    found = build_initiatives(_doc(text, "Control room peer support"))
    texts = [text[i.start:i.end] for i in found]
    assert len(found) == 3, [i.title for i in found]
    assert texts[1].startswith("Durham Constabulary's response team") and found[1].forces == ["Durham Constabulary"]
    # a sentence taking up no one ('Staff said ...') after the introduction starts nothing
    other = text.replace("Since May 2024, the team and", "Since May 2024, staff from")
    assert len(build_initiatives(_doc(other, "Control room peer support"))) == 2


def test_a_sentence_comparing_with_a_force_already_named_starts_no_piece():
    from ingest.pieces import _other_doer

    assert _other_doer("Since May 2024, PSNI response teams in Belfast have held sessions.", set()) == "PSNI"
    assert _other_doer("Wiltshire Police ran a programme like Gloucestershire's.", {"Gloucestershire Constabulary"}) == ""
    assert _other_doer("The team based their rooms on West Midlands Police's model.", set()) == ""
    assert _other_doer("A sergeant from the Metropolitan Police came to see it.", set()) == ""
    assert _other_doer("We worked with Kent Police to run it.", set()) == ""


QUOTED_POST = """# Thread: six months of Operation Night Line

Cheshire Constabulary

Six months ago you told us that late trains on the Chester line felt unsafe, so we put plain-clothes officers on the last four trains every Friday and Saturday.

Since then officers have made 31 arrests and reports of harassment on those trains fell by 40%.

Our colleagues in Merseyside have been doing something similar on the buses:

Merseyside Police @MerPolice · 3 Mar 2025

Our Night Bus Hosts are PCSOs who ride the late buses from Liverpool ONE with a direct radio link to drivers, and they have dealt with 120 incidents since January.
"""


def test_a_post_quoted_under_another_forces_name_is_that_forces_piece():
    from ingest.pipeline import build_initiatives
    from test_layouts import _doc

    found = build_initiatives(_doc(QUOTED_POST, "Thread: six months of Operation Night Line"))
    assert len(found) == 2, [i.title for i in found]
    assert QUOTED_POST[found[1].start:found[1].end].startswith("Merseyside Police @MerPolice")
    assert found[0].forces == ["Cheshire Constabulary"] and found[1].forces == ["Merseyside Police"]


ARTICLE = """\
[LinkedIn](https://www.linkedin.com/) · Home · My Network · Jobs · Messaging · Notifications

# "Before you send it, let's talk": calling fraud victims before they pay

![Cover image: a phone on a kitchen table showing a message from someone the owner has never met in person](cover.jpg)

**Det Supt Hannah Okonkwo**
Head of Economic Crime Victim Care, City of London Police

In April 2024 our victim care unit started calling bank customers about to send money to someone they had met online, and in 604 of 912 calls the customer stopped the payment.

I'm proud that the idea has spread. Since September 2024, South Yorkshire Police has trained 26 police support volunteers to make follow-up calls to romance fraud victims every two weeks.

Like · Comment · Repost · Send
"""


def test_an_article_under_a_menu_and_a_cover_image_is_cut_where_another_force_tells_its_own_work(tmp_path):
    found = _pieces(tmp_path, ARTICLE, "article.md")
    assert [i.forces for i in found] == [["City of London Police"], ["South Yorkshire Police"]]
    assert not any("My Network" in ARTICLE[i.start:i.end] for i in found)


def test_a_documents_title_is_no_apparatus_heading_whatever_its_words(tmp_path):
    text = ARTICLE.replace('# "Before you send it, let\'s talk": calling fraud victims before they pay',
                           "# What we learned from 900 phone calls to fraud victims")
    assert "# What we learned" in text
    found = _pieces(tmp_path, text, "article.md")
    assert [i.forces for i in found] == [["City of London Police"], ["South Yorkshire Police"]]


@pytest.mark.parametrize("heading, name", [
    ("In the community CatMark: free catalytic converter marking", "CatMark"),
    ("Market Watch: a year on", "Market Watch"),
    ("Next Steps: what happens now", ""),
    ("The Results: better than hoped", ""),
    ("Safeguarding: what we did", ""),
    ("BUSINESS CRIME: our year", ""),
])
def test_a_name_set_before_a_colon_is_a_programmes_own(heading, name):
    from ingest.layouts.common import Section
    from ingest.pieces import own_name

    assert own_name(Section(0, 10, heading), "compliance and crime prevention") == name


BROCHURE = """# BEAUMONT

## Why Beaumont?

We are an independent security company founded in Leicester in 2009 and still run by the people who started it. We look after shops, hospitals and events across the county.

## How we work

Uniformed officers and store detectives look after shops by day, and our mobile patrols answer alarms at night so that staff never have to attend alone.

## The Leicester Retail Crime Hub

Shop theft in the city centre rose sharply after 2022. In January 2025 we set up the Retail Crime Hub with Leicestershire Police's city business crime team: our store detectives in 38 stores now build one evidence pack for each prolific offender, and shop theft charges rose from 14% to 31% by June.

## What people say

"They know our staff by name and they turn up when they say they will." Estates manager, NHS trust

Beaumont Guarding Ltd. Registered in England and Wales no. 07210944.
"""


def test_a_brochure_titled_with_its_companys_name_is_about_the_company_not_one_piece(tmp_path):
    # its parts headed as questions and aspects ('Why Beaumont?', 'How we work') are the company's
    # pitch; the case study in it is a piece of its own, credited to the force it names
    found = _pieces(tmp_path, BROCHURE)
    hub = [i for i in found if _inside(BROCHURE, i, "In January 2025 we set up")]
    assert len(hub) == 1 and hub[0].forces == ["Leicestershire Police"]
    assert not _inside(BROCHURE, hub[0], "We look after shops") and not _inside(BROCHURE, hub[0], "mobile patrols")
    # a title that is a programme's name, not the company's, still makes the document one piece
    text = BROCHURE.replace("# BEAUMONT", "# SHOPSAFE").replace("Why Beaumont?", "Why ShopSafe?")
    assert len(_pieces(tmp_path, text)) == 1


def test_a_heading_inside_a_drawn_box_heads_nothing_after_the_box():
    from dataclasses import replace

    from index.records import OutlineItem
    from ingest.layouts import make_view
    from ingest.layouts.common import Section
    from ingest.pieces import parent_heading
    from test_layouts import _doc

    text = ("## Why choose us?\n\nWe are an independent company founded in 2009.\n\n"
            "### Security people who know your streets\n\nRetail, healthcare and events.\n\n"
            "#### The Retail Crime Hub\n\nIn January 2025 we set up the hub with the city's business crime team.\n")
    doc = _doc(text, "Why choose us?")
    box = OutlineItem("box", text.index("### Security"), text.index("events.") + len("events."))
    hub = Section(text.index("#### The Retail"), len(text), "The Retail Crime Hub")
    plain = make_view(doc)
    assert plain.lines[parent_heading(plain, hub)].plain == "Security people who know your streets"
    boxed = make_view(replace(doc, outline=tuple(sorted([*doc.outline, box], key=lambda i: i.start))))
    assert boxed.lines[parent_heading(boxed, hub)].plain == "Why choose us?"


RUNNING_ORDER = """\
### Breakfast with Jo Merrick

Tuesday 18 November 2025, 06:00-10:00

Producer: Sam Okoro (ext. 2214)

## Brief 1 – 07:20 LIVE: Operation Orchard

Guest: Inspector Carys Morgan, rural and neighbourhood inspector, West Mercia Police.

Background for Jo:

Operation Orchard is West Mercia Police's response to shed break-ins across the villages. Since April the force's PCSOs have run marking days in village halls with the council's community wardens. They have marked 1,900 tools and shed burglaries are down 33 per cent.

## Brief 2 – 08:10 PKG: No cold calling in the Teme Valley

Reporter: Ali Hassan. Duration 4'30.

Cue:

Teme Valley Good Neighbours has set up fourteen no cold calling zones in villages around Tenbury Wells with Worcestershire County Council's trading standards team. Doorstep crime reports from the zones fell from 23 to 6 in a year.
"""


def test_items_each_with_its_fields_are_pieces_not_one_record_nor_one_subject(tmp_path):
    # labelled fields under two items' headings are each item's, not one record's; and the title
    # read from the first item's heading ('... Operation Orchard') is not the document's one subject
    from ingest.layouts import make_view, single
    from evaluation.layouts import read_for_grading

    path = tmp_path / "running-order.md"
    path.write_text(RUNNING_ORDER, encoding="utf-8")
    assert single.score(make_view(read_document(path, path.name)))[0] < 0.5
    untitled = RUNNING_ORDER.split("\n", 2)[2]  # (no show title: the first brief's heading titles it)
    for text in (RUNNING_ORDER, untitled):
        path.write_text(text, encoding="utf-8")
        found = segmentation(read_for_grading(path, path.name)).initiatives
        orchard = [i for i in found if _inside(text, i, "Operation Orchard is West")]
        teme = [i for i in found if _inside(text, i, "Teme Valley Good Neighbours has")]
        assert len(orchard) == 1 and len(teme) == 1 and orchard[0] is not teme[0]
