"""Write the binary documents of the eighth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout8/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing publishers lay out their
documents, without reading the segmenter, the readers or the grader, and are not to be tuned
against. The writers here are self-contained (reportlab and python-docx called directly): a force's
awards ceremony programme with citations, the police conduct watchdog's "Learning the Lessons"
bulletin, a regional policing research collaboration's conference programme with talk abstracts, a
Safeguarding Adults Board annual report with partner statements, a Police and Crime
Commissioner's decision record and a force's gender pay gap report. The HTML, Markdown and
plain-text documents beside this script are written by hand; manifest.json lists every document's
intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output and the Word files get fixed
core properties and are re-zipped with fixed member timestamps, so running the script twice gives
the same bytes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _box(flowables, width, fill, edge, pad=8):
    box = Table([[flowables]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("BOX", (0, 0), (-1, -1), 0.8, edge),
                             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def _table(rows, widths, style, head_fill, head_style=None):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (-1, 0), head_fill),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


# ---------------------------- 1. A force's awards ceremony programme with citations (PDF, A5 booklet)

WK_NAVY = colors.HexColor("#1b2a4a")
WK_GOLD = colors.HexColor("#b48a2c")
WK_BODY = ParagraphStyle("wkbody", fontName="Times-Roman", fontSize=9.6, leading=12.8, spaceAfter=6)
WK_COVER = ParagraphStyle("wkcover", parent=WK_BODY, fontName="Times-Bold", fontSize=24, leading=30,
                          alignment=TA_CENTER, textColor=WK_NAVY, spaceAfter=10)
WK_CENTRE = ParagraphStyle("wkcentre", parent=WK_BODY, fontSize=11, leading=15, alignment=TA_CENTER)
WK_H1 = ParagraphStyle("wkh1", parent=WK_BODY, fontName="Times-Bold", fontSize=15, leading=19,
                       textColor=WK_NAVY, alignment=TA_CENTER, spaceBefore=4, spaceAfter=6)
WK_AWARD = ParagraphStyle("wkaward", parent=WK_BODY, fontName="Times-Bold", fontSize=11.5, leading=14,
                          textColor=WK_GOLD, alignment=TA_CENTER, spaceBefore=8, spaceAfter=2,
                          keepWithNext=1)
WK_SPONSOR = ParagraphStyle("wksponsor", parent=WK_BODY, fontName="Times-Italic", fontSize=8.5,
                            leading=11, alignment=TA_CENTER, spaceAfter=4, keepWithNext=1)
WK_WINNER = ParagraphStyle("wkwinner", parent=WK_BODY, fontName="Times-Bold", fontSize=9.8, leading=13,
                           alignment=TA_CENTER, spaceAfter=4, keepWithNext=1)
WK_SMALL = ParagraphStyle("wksmall", parent=WK_BODY, fontSize=8.4, leading=11)


def _wk_page(canvas, doc):
    if doc.page == 1:
        canvas.saveState()
        width, height = A5
        canvas.setStrokeColor(WK_GOLD)
        canvas.setLineWidth(2)
        canvas.rect(18, 18, width - 36, height - 36)
        canvas.restoreState()
        return
    canvas.saveState()
    width, height = A5
    canvas.setStrokeColor(WK_GOLD)
    canvas.setLineWidth(0.6)
    canvas.line(36, 30, width - 36, 30)
    canvas.setFont("Times-Italic", 7.5)
    canvas.setFillColor(WK_NAVY)
    canvas.drawString(36, 20, "Chief Constable's Awards 2025")
    canvas.drawRightString(width - 36, 20, f"{doc.page}")
    canvas.restoreState()


def warwickshire_awards_programme(out: Path) -> None:
    """An awards evening programme booklet: cover, the Chief Constable's welcome ('we', not work),
    running order table, then one citation per award category. Three citations describe pieces
    of work (a team's problem solving, a partnership award to a council service, a staff
    innovation award); the rest are individual bravery, lifesaving and long service."""
    width, height = A5
    doc = BaseDocTemplate(str(out / "warwickshire-police-chief-constables-awards-2025-programme.pdf"),
                          pagesize=A5, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=42,
                          title="Chief Constable's Awards 2025: Programme", author="Warwickshire Police",
                          invariant=1)
    doc.addPageTemplates([PageTemplate("a5", frames=[Frame(36, 42, width - 72, height - 82, id="f")],
                                       onPage=_wk_page)])
    p = lambda text, style=WK_BODY: Paragraph(text, style)  # noqa: E731
    inner = width - 72
    story = [
        Spacer(1, 70),
        p("Warwickshire Police", WK_CENTRE),
        Spacer(1, 10),
        p("Chief Constable's Awards 2025", WK_COVER),
        p("Celebrating the courage, skill and care of our officers, staff, volunteers and partners",
          WK_CENTRE),
        Spacer(1, 40),
        p("Thursday 9 October 2025", WK_CENTRE),
        p("The Royal Pump Rooms, The Parade, Leamington Spa CV32 4AA", WK_CENTRE),
        PageBreak(),
        p("Welcome", WK_H1),
        p("Good evening, and thank you for joining us. Tonight is about people: the officers who ran "
          "towards danger, the staff who quietly made things work better, the volunteers who give "
          "us their time and the partners who share our problems with us. This year we answered "
          "more than 260,000 calls and we have more officers than at any time since 2010, but "
          "numbers never tell the whole story. The citations in this programme do."),
        p("Please join me in congratulating every nominee and winner, and thank you to the families "
          "who support them. <br/>Chief Constable Alex Franklin-Ward"),
        p("Running order", WK_H1),
        _table([["Time", ""],
                ["18:30", "Arrival and drinks reception in the Assembly Room"],
                ["19:15", "Welcome from the Chief Constable"],
                ["19:30", "Awards, part one"],
                ["20:30", "Interval"],
                ["20:45", "Awards, part two, and Long Service and Good Conduct Medals"],
                ["21:45", "Closing remarks from the Police and Crime Commissioner"]],
               [inner * 0.2, inner * 0.8], WK_SMALL, colors.HexColor("#e9dfc6")),
        Spacer(1, 8),
        p("Please switch mobile phones to silent. Photographs of officers taken tonight must not be "
          "shared on social media until they have been cleared by the Corporate Communications "
          "team.", WK_SMALL),
        PageBreak(),
        p("Awards, part one", WK_H1),
        p("Outstanding Bravery Award", WK_AWARD),
        p("Sponsored by Leamington Building Society", WK_SPONSOR),
        p("PC Daniel Osei and PC Leah Morgan, Response, Rugby", WK_WINNER),
        p("On the evening of 14 February, PC Osei and PC Morgan were called to Rugby railway station, "
          "where a man armed with a knife was threatening passengers on the footbridge. Knowing that "
          "a Taser-trained colleague was still eight minutes away, they talked to the man for "
          "twenty minutes, moved passengers out of reach and disarmed him when he dropped his guard. "
          "Nobody was hurt. The man was later sentenced to four years."),
        p("Problem Solving Award", WK_AWARD),
        p("Sponsored by Coventry University", WK_SPONSOR),
        p("Nuneaton North Safer Neighbourhood Team", WK_WINNER),
        p("In the summer of 2024 Riversley Park had become a no-go area: 140 reports of anti-social "
          "behaviour and drug dealing in three months, and parents keeping children away from the "
          "play area. The team used the SARA model. They mapped every report, walked the park with "
          "Nuneaton and Bedworth Borough Council's parks officers and cut back the hedges that "
          "hid the dealing. The council moved the benches and fitted lighting on the riverside "
          "path, and youth workers from Nuneaton Youth Hub ran Friday evening football and music "
          "sessions by the bandstand."),
        p("Over the following six months reports of anti-social behaviour in the park fell by 58% "
          "and the play area was busy again; the council has since used the same approach at "
          "Pingles Fields."),
        p("Lifesaving Award", WK_AWARD),
        p("Special Constable Tom Birch, Stratford-upon-Avon", WK_WINNER),
        p("Off duty and on his way home, Tom found a man collapsed on the pavement on Bridge Street. He "
          "started CPR and directed a passer-by to fetch the defibrillator from the theatre, and kept "
          "going for eleven minutes until paramedics arrived. The man made a full recovery and was "
          "in the audience at the theatre again in March."),
        PageBreak(),
        p("Awards, part two", WK_H1),
        p("Partnership Award", WK_AWARD),
        p("Sponsored by the Office of the Police and Crime Commissioner", WK_SPONSOR),
        p("Warwickshire County Council Trading Standards Service", WK_WINNER),
        p("Doorstep crime hits the oldest and most isolated people in the county hardest. Since April "
          "2024 Trading Standards officers and the Stratford-upon-Avon and Warwick Safer "
          "Neighbourhood Teams have run a joint rapid response: when a resident or a bank reports a "
          "rogue trader at work, a trading standards officer and a police officer attend together, "
          "usually within the hour, to stop the work, secure evidence and, where needed, arrest. "
          "Banks in the county now ring the team directly when an older customer asks to withdraw a "
          "large sum in cash for building work."),
        p("In its first year the rapid response attended 73 incidents, returned £84,000 to victims "
          "and led to 11 arrests and 6 convictions."),
        p("Innovation Award (Police Staff)", WK_AWARD),
        p("Sponsored by Warwick District Council", WK_SPONSOR),
        p("Priya Chauhan, Force Control Room", WK_WINNER),
        p("Priya noticed that the same addresses were calling the control room again and again while "
          "neighbourhood teams did not know. In her own time she built a repeat-caller dashboard "
          "that flags every address with five or more calls in 30 days and emails each "
          "neighbourhood team a list every morning, with the call history attached. Teams now "
          "visit each flagged address within a week to find out what is behind the calls."),
        p("Since its launch in May 2024, 312 addresses have been flagged, and calls from them "
          "fell by 22% in the three months after a visit. The dashboard is now part of the force's "
          "daily management meeting."),
        p("Volunteer of the Year", WK_AWARD),
        p("Margaret Hollis, Police Support Volunteer, Leamington Spa", WK_WINNER),
        p("Margaret has helped at the Leamington Spa front counter every Tuesday and Thursday for 21 "
          "years. She has welcomed thousands of visitors, returned countless lost dogs to their "
          "owners and trained nine new volunteers this year alone."),
        p("Long Service and Good Conduct Medals", WK_AWARD),
        p("Awarded for 20 years' service: PS Mark Ellison, PC Rachel Dunn, PC Simon Hale, DC Aisha "
          "Patel, PC Graham Torr.", WK_SMALL),
        p("Chief Constable's Commendations", WK_AWARD),
        p("DC Karen Lowe, for the investigation of a series of burglaries in Kenilworth. PC James "
          "Wheeler, for detaining a disqualified driver after a pursuit on the A46. Call handler "
          "Ben Carter, for keeping a caller safe during a domestic incident in Bedworth.", WK_SMALL),
        Spacer(1, 10),
        p("Thank you to our sponsors", WK_H1),
        p("Leamington Building Society, Coventry University, the Office of the Police and Crime "
          "Commissioner, Warwick District Council and the Warwickshire Police Benevolent Fund. "
          "#WarksAwards25", WK_CENTRE),
        p("Warwickshire Police, Leek Wootton, Warwick CV35 7QB", WK_SMALL),
    ]
    doc.build(story)


# ----------------------- 2. The police conduct watchdog's Learning the Lessons bulletin (PDF, 2 cols)

IO_TEAL = colors.HexColor("#006e6a")
IO_BODY = ParagraphStyle("iobody", fontName="Helvetica", fontSize=9.2, leading=12.6, spaceAfter=6)
IO_TITLE = ParagraphStyle("iotitle", parent=IO_BODY, fontName="Helvetica-Bold", fontSize=22, leading=26,
                          textColor=IO_TEAL, spaceAfter=4)
IO_H2 = ParagraphStyle("ioh2", parent=IO_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15.5,
                       textColor=IO_TEAL, spaceBefore=8, spaceAfter=4, keepWithNext=1)
IO_H3 = ParagraphStyle("ioh3", parent=IO_BODY, fontName="Helvetica-Bold", fontSize=9.6, leading=12,
                       spaceBefore=3, spaceAfter=2, keepWithNext=1)
IO_BOXT = ParagraphStyle("ioboxt", parent=IO_BODY, fontSize=8.8, leading=11.6, spaceAfter=3)
IO_SMALL = ParagraphStyle("iosmall", parent=IO_BODY, fontSize=7.8, leading=10)


def _io_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFillColor(IO_TEAL)
    canvas.rect(0, height - 26, width, 26, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(40, height - 17, "Learning the Lessons")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(width - 40, height - 17, "Issue 47 | Custody | June 2025")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(40, 22, "Independent Office for Police Conduct | policeconduct.gov.uk/learning-the-lessons")
    canvas.drawRightString(width - 40, 22, f"{doc.page}")
    canvas.restoreState()


def iopc_learning_the_lessons(out: Path) -> None:
    """The watchdog's learning bulletin: contents box, foreword ('we' for the watchdog), three
    anonymised cases each with Summary / Findings / Outcome and two boxes of key questions (not
    initiatives), then 'Practice in focus' on a named force's custody practice and 'Learning in
    action' on another named force's training with an ambulance service, feedback panel."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "iopc-learning-the-lessons-issue-47-custody.pdf"), pagesize=A4,
                          leftMargin=40, rightMargin=40, topMargin=44, bottomMargin=40,
                          title="Learning the Lessons, Issue 47: Custody",
                          author="Independent Office for Police Conduct", invariant=1)
    gap = 18
    col_w = (width - 80 - gap) / 2
    col_h = height - 44 - 40
    doc.addPageTemplates([PageTemplate("two", frames=[Frame(40, 38, col_w, col_h, id="l"),
                                                      Frame(40 + col_w + gap, 38, col_w, col_h, id="r")],
                                       onPage=_io_page)])
    p = lambda text, style=IO_BODY: Paragraph(text, style)  # noqa: E731
    light = colors.HexColor("#e3f1f0")

    def questions(title, items):
        return _box([p(title, IO_H3)] + [p("• " + item, IO_BOXT) for item in items],
                    col_w, light, IO_TEAL, pad=6)

    story = [
        p("Learning the Lessons", IO_TITLE),
        p("Issue 47: Custody", IO_H2),
        _box([p("In this issue", IO_H3),
              p("Foreword<br/>Case 1: Rousing a detainee who had swallowed drugs<br/>"
                "Case 2: A detainee's medication<br/>Case 3: Handover between shifts<br/>"
                "Practice in focus<br/>Learning in action<br/>Tell us what you think", IO_BOXT)],
             col_w, light, IO_TEAL, pad=6),
        Spacer(1, 6),
        p("Foreword", IO_H2),
        p("Deaths and serious injuries in police custody are rare, but when they happen the same "
          "themes come up again and again: checks that were recorded but not done, information that "
          "was not passed on, and health needs that were missed. In this issue we summarise three "
          "investigations we completed in 2024-25 and ask the questions that managers and custody "
          "staff should be asking themselves."),
        p("We have anonymised the cases. Where a force has told us about its own practice and is "
          "happy to be named, we say so."),
        p("Case 1: Rousing a detainee who had swallowed drugs", IO_H2),
        p("Summary", IO_H3),
        p("A man was arrested for possession with intent to supply. On the way to custody the "
          "arresting officers saw him swallow something. He told the custody sergeant he had "
          "swallowed \"nothing much\". He was placed on 30-minute checks with rousing. Over the "
          "next four hours the CCTV showed the detention officer looking through the hatch but "
          "not speaking to him or getting a response. He was found unresponsive at 04:40 and died "
          "in hospital two days later."),
        p("Findings", IO_H3),
        p("The investigation found that the rousing checks were recorded on the custody record as "
          "completed when they were not. The detention officer said he did not want to wake a "
          "sleeping detainee. The healthcare practitioner was not told that the man might have "
          "swallowed drugs."),
        p("Outcome", IO_H3),
        p("The detention officer was found to have a case to answer for gross misconduct and was "
          "dismissed. We recommended that the force reminds all custody staff of the requirements "
          "of the APP on detention and custody when a detainee may have ingested drugs. The force "
          "accepted the recommendation."),
        questions("Key questions for policy makers and managers",
                  ["How do you check that rousing is done, not just recorded?",
                   "Do custody staff know they must get a response, and what counts as one?"]),
        Spacer(1, 6),
        questions("Key questions for officers and staff",
                  ["Would you tell the healthcare practitioner about swallowed items every time?",
                   "What would you do if a detainee did not respond?"]),
        p("Case 2: A detainee's medication", IO_H2),
        p("Summary", IO_H3),
        p("A woman with type 1 diabetes was detained overnight after a domestic incident. She told "
          "the arresting officer that her insulin was in her handbag, which was booked into "
          "property. The handbag was not searched for medication, and the risk assessment recorded "
          "no medical conditions. She became unwell at 06:10 and was taken to hospital with "
          "diabetic ketoacidosis, where she recovered."),
        p("Findings and outcome", IO_H3),
        p("Two officers received management action for performance. We found that the force's "
          "custody system did not prompt staff to ask about medication in property. We recommended "
          "a change to the system, and the force told us the change would be made by December 2025."),
        questions("Key questions for policy makers and managers",
                  ["Does your risk assessment prompt staff to ask where medication is?"]),
        p("Case 3: Handover between shifts", IO_H2),
        p("Summary", IO_H3),
        p("A young man arrested for a public order offence told the day shift that he had taken an "
          "overdose two days before. The information was written in the detainee's record but not "
          "mentioned at the 19:00 handover. The night shift placed him on hourly checks. He "
          "self-harmed in his cell at 23:15 and was treated in hospital."),
        p("Findings and outcome", IO_H3),
        p("The custody sergeant on the day shift received a final written warning. We found that "
          "handovers were done at the custody desk, with interruptions, and without a list of "
          "detainees at risk. We made a learning recommendation on structured handovers."),
        questions("Key questions for officers and staff",
                  ["Could someone starting a shift tell you which detainees are at risk, and why?"]),
        p("Practice in focus", IO_H2),
        p("Rousing cards and wrist reminders in Thames Valley custody", IO_H3),
        p("After an internal review of rousing checks, Thames Valley Police changed how checks are "
          "done in its custody suites. Each cell door now carries a laminated rousing card that "
          "sets out the three things a detention officer must see or hear before a check counts: a "
          "spoken answer, eyes opening, and a movement on request. Detention officers wear a "
          "wrist-worn vibrating reminder that goes off when a check is due, and supervisors "
          "review a sample of cell CCTV against the custody record every week. The cards were "
          "written with the force's custody healthcare staff."),
        p("An audit of 600 checks before and after the change found that checks meeting all three "
          "requirements rose from 71% to 96%."),
        p("Learning in action", IO_H2),
        p("Acute behavioural disturbance training in Lancashire", IO_H3),
        p("After Issue 44 on acute behavioural disturbance, Lancashire Constabulary asked North West "
          "Ambulance Service to help train its custody staff. Paramedics and custody sergeants now "
          "run joint half-day scenario training in the custody suites at Preston, Blackpool and "
          "Lancaster, using a role player in a real cell. All 420 custody staff had been trained "
          "by March 2025. The force now calls an ambulance as soon as the signs of acute "
          "behavioural disturbance are recognised, and the average time from recognition to "
          "the call has fallen from 14 minutes to 4."),
        _box([p("Tell us what you think", IO_H3),
              p("We want to hear how you have used this issue. Email learning@policeconduct.gov.uk "
                "or complete the two-minute survey on our website. Past issues are available on "
                "our website. ISSN 2754-0871.", IO_BOXT)], col_w, light, IO_TEAL, pad=6),
    ]
    doc.build(story)


# --------------- 3. A regional policing research collaboration's conference programme (PDF)

EM_PLUM = colors.HexColor("#5a1e5c")
EM_BODY = ParagraphStyle("embody", fontName="Helvetica", fontSize=9.4, leading=12.8, spaceAfter=6)
EM_TITLE = ParagraphStyle("emtitle", parent=EM_BODY, fontName="Helvetica-Bold", fontSize=22, leading=26,
                          textColor=EM_PLUM, spaceAfter=6)
EM_H2 = ParagraphStyle("emh2", parent=EM_BODY, fontName="Helvetica-Bold", fontSize=13, leading=16,
                       textColor=EM_PLUM, spaceBefore=8, spaceAfter=5, keepWithNext=1)
EM_SESSION = ParagraphStyle("emsession", parent=EM_BODY, fontName="Helvetica-Bold", fontSize=8,
                            leading=10, textColor=colors.HexColor("#8c5a8e"), spaceBefore=6,
                            spaceAfter=1, keepWithNext=1)
EM_TALK = ParagraphStyle("emtalk", parent=EM_BODY, fontName="Helvetica-Bold", fontSize=10.2, leading=13,
                         spaceAfter=2, keepWithNext=1)
EM_SPEAKER = ParagraphStyle("emspeaker", parent=EM_BODY, fontName="Helvetica-Oblique", fontSize=8.6,
                            leading=11, spaceAfter=3, keepWithNext=1)
EM_SMALL = ParagraphStyle("emsmall", parent=EM_BODY, fontSize=8.4, leading=10.8, spaceAfter=3)
EM_BOX = ParagraphStyle("embox", parent=EM_BODY, fontSize=8.6, leading=11.4, spaceAfter=3)
EM_HEAD = ParagraphStyle("emhead", parent=EM_SMALL, fontName="Helvetica-Bold", textColor=colors.white)


def _em_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFillColor(EM_PLUM)
    canvas.rect(0, 0, 14, height, stroke=0, fill=1)
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(44, height - 26, "EMPAC Annual Conference 2025 | Evidence into Practice")
    canvas.drawRightString(width - 40, height - 26, "#EMPAC25")
    canvas.drawString(44, 22, "East Midlands Policing Academic Collaboration")
    canvas.drawRightString(width - 40, 22, f"Programme | page {doc.page}")
    canvas.restoreState()


def empac_conference_programme(out: Path) -> None:
    """A research collaboration's one-day conference programme: welcome ('we' for the
    collaboration), practical information box, programme-at-a-glance table with times and rooms,
    then talk abstracts in two columns under session labels: a keynote and a methods talk (not
    initiatives), four forces' projects, a panel, a poster list whose titles sound like projects
    (titles only) and thanks to sponsors."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "empac-annual-conference-2025-programme-and-abstracts.pdf"),
                          pagesize=A4, leftMargin=44, rightMargin=40, topMargin=44, bottomMargin=40,
                          title="EMPAC Annual Conference 2025: programme and abstracts",
                          author="East Midlands Policing Academic Collaboration", invariant=1)
    inner = width - 84
    gap = 18
    col_w = (inner - gap) / 2
    col_h = height - 44 - 40
    doc.addPageTemplates([
        PageTemplate("one", frames=[Frame(44, 38, inner, col_h, id="one")], onPage=_em_page),
        PageTemplate("two", frames=[Frame(44, 38, col_w, col_h, id="l"),
                                    Frame(44 + col_w + gap, 38, col_w, col_h, id="r")],
                     onPage=_em_page),
    ])
    p = lambda text, style=EM_BODY: Paragraph(text, style)  # noqa: E731
    light = colors.HexColor("#f1e6f1")

    def talk(session, title, speaker, *paras):
        items = [p(session, EM_SESSION), p(title, EM_TALK), p(speaker, EM_SPEAKER)]
        items.extend(p(text) for text in paras)
        return items

    story = [
        p("Evidence into Practice", EM_TITLE),
        p("EMPAC Annual Conference 2025: programme and abstracts", EM_H2),
        p("Tuesday 24 June 2025, East Midlands Conference Centre, University Park, Nottingham NG7 2RJ"),
        p("Welcome", EM_H2),
        p("Welcome to our sixth annual conference. EMPAC brings together the five East Midlands "
          "police forces, their Police and Crime Commissioners and nine universities to make "
          "research useful to policing and policing open to research. This year we received 61 "
          "proposals for talks and posters, more than ever before. The talks we chose have one thing "
          "in common: each tells you what was tried, what happened and what the speakers would do "
          "differently. Please ask them hard questions."),
        p("Dr Sunita Brar, Director, East Midlands Policing Academic Collaboration"),
        _box([p("Practical information", EM_TALK),
              p("Registration and coffee from 8.30am in the foyer. Wi-Fi: network EMCC-Guest, "
                "password Evidence2025. Lunch is served in the Atrium; tell the registration desk "
                "about dietary needs. Parking is in car park P2 (£6.50 for the day). CPD "
                "certificates for 5.5 hours will be emailed after the event. Join the conversation "
                "on #EMPAC25. In an emergency, dial 5555 from any internal phone.", EM_BOX)],
             inner, light, EM_PLUM),
        p("Programme at a glance", EM_H2),
        _table([["Time", "Session", "Room"],
                ["09:30", "Welcome and housekeeping", "Conference Suite 1"],
                ["09:45", "Keynote: What counts as evidence in policing?", "Conference Suite 1"],
                ["10:30", "Parallel session 1A: Burglary and victims", "Room B12"],
                ["10:30", "Parallel session 1B: Researching policing", "Room B13"],
                ["11:30", "Refreshments and poster viewing", "Atrium"],
                ["12:00", "Parallel session 2A: The night-time economy", "Room B12"],
                ["12:00", "Parallel session 2B: Drugs and custody", "Room B13"],
                ["13:00", "Lunch", "Atrium"],
                ["13:45", "Session 3: Partnership on the street", "Conference Suite 1"],
                ["14:45", "Panel: Where next for the Police Knowledge Fund?", "Conference Suite 1"],
                ["15:45", "Poster prize and close", "Conference Suite 1"]],
               [inner * 0.12, inner * 0.6, inner * 0.28], EM_SMALL, EM_PLUM, EM_HEAD),
        NextPageTemplate("two"),
        PageBreak(),
        p("Abstracts", EM_H2),
    ]
    story += talk("KEYNOTE | 09:45 | CONFERENCE SUITE 1", "What counts as evidence in policing?",
                  "Professor Gareth Lyle, University of Leicester",
                  "Randomised trials, case studies, practitioner judgement: policing now has more "
                  "kinds of evidence than ever and less time to read it. This talk looks at how "
                  "evidence hierarchies help and where they mislead, and argues that forces need "
                  "fewer, better evaluations rather than more small ones.")
    story += talk("SESSION 1A | 10:30 | ROOM B12", "Knock and Talk: next-day doorstep visits after burglary",
                  "Inspector Claire Oduya, Leicestershire Police, and Dr Ben Whitcombe, De Montfort "
                  "University",
                  "Neighbours of a burgled home are at higher risk for about four weeks. Since "
                  "October 2024 PCSOs in Leicester's east and west neighbourhood policing areas have "
                  "knocked on the doors of up to 20 homes around every domestic burglary the next "
                  "day, giving crime prevention advice and asking what people saw. De Montfort "
                  "University compared the six months after the start with the same period a year "
                  "before and with two similar areas.",
                  "Repeat and near-repeat burglaries within 28 days fell by 21% in the visited "
                  "streets, and the visits produced new witness information in one case in nine. "
                  "The speakers will discuss what it cost in PCSO time.")
    story += talk("SESSION 1B | 10:30 | ROOM B13",
                  "Ten things we have learned about doing research with the police",
                  "Dr Hannah Mistry, University of Derby",
                  "Based on fifteen years of fieldwork, this talk covers access, vetting, consent in "
                  "hierarchical organisations, what to do when officers say something you did not "
                  "expect to hear, and how to write up findings a force may not like. It is aimed at "
                  "PhD students and early career researchers.")
    story += talk("SESSION 2A | 12:00 | ROOM B12", "Did they ask for Angela? Testing bars in Lincoln",
                  "Sergeant Marcus Reed, Lincolnshire Police, and Amy Collins, University of Lincoln "
                  "Students' Union",
                  "Most bars in Lincoln display Ask for Angela posters, but does anyone know what to "
                  "do? Between January and April 2025 the force's licensing team and student "
                  "volunteers from the University of Lincoln Students' Union visited 60 licensed "
                  "premises as mystery shoppers and asked for Angela. Premises that failed were "
                  "offered free staff training by the force and retested six weeks later, and the "
                  "results were shared with the City of Lincoln Council licensing committee.",
                  "At the first visit 42% of premises failed; at the retest 88% passed. Three "
                  "premises that failed twice had conditions added to their licences.")
    story += talk("SESSION 2B | 12:00 | ROOM B13",
                  "Testing on arrest: two years of the Northamptonshire scheme",
                  "Chief Inspector Lee Abbott, Northamptonshire Police, and Jo Rowland, NorthStar "
                  "Recovery",
                  "Since April 2023 everyone arrested for a trigger offence such as theft, burglary "
                  "or robbery at Northampton's custody centre has been tested for cocaine and "
                  "opiates. Anyone testing positive must attend an assessment with NorthStar "
                  "Recovery, the county's drug treatment service, whose workers are based in the "
                  "custody suite. The talk presents two years of data.",
                  "Of 3,960 people tested, 1,720 tested positive; 1,140 attended an assessment and "
                  "410 went on into treatment, 62% of whom had never been in treatment before.")
    story += talk("SESSION 3 | 13:45 | CONFERENCE SUITE 1", "One team on the street",
                  "Superintendent Dawn Kaye, Nottinghamshire Police, and Raj Mistry, Nottingham "
                  "City Council",
                  "In Nottingham city centre, Nottinghamshire Police's neighbourhood officers and "
                  "the council's Community Protection Officers now start each day with a single "
                  "briefing, share one tasking list on their phones and patrol the same hot spots "
                  "at staggered times, rather than running two separate plans. Community Protection "
                  "Officers deal with begging, street drinking and waste, freeing officers for "
                  "violence and shop theft.",
                  "In the first year anti-social behaviour reports in the city centre fell by 19%, "
                  "and 94% of tasks were closed within the week, against 61% before.")
    story += talk("PANEL | 14:45 | CONFERENCE SUITE 1", "Where next for the Police Knowledge Fund?",
                  "Chair: Dr Sunita Brar. Panel: an Assistant Chief Constable, a Deputy Police and "
                  "Crime Commissioner and two academics.",
                  "The panel will discuss how research should be funded after the current round, "
                  "and take questions from the floor.")
    story += [
        p("Posters", EM_H2),
        p("Posters are on display in the Atrium all day. Authors will be with their posters from "
          "11.30am to 12 noon.", EM_SMALL),
        p("P1 Derbyshire Constabulary: Drones in missing person searches in the Peak District<br/>"
          "P2 University of Leicester: Body-worn video and complaints, a scoping review<br/>"
          "P3 Northamptonshire Police: Wellbeing dogs in the control room<br/>"
          "P4 Nottingham Trent University: Victims' views of text message updates<br/>"
          "P5 Leicestershire Police: Rural crime volunteers in Melton", EM_SMALL),
        p("Thank you", EM_H2),
        p("EMPAC thanks the University of Nottingham for hosting and the five Police and Crime "
          "Commissioners of the East Midlands for funding the conference. Please complete the "
          "feedback form: empac.org.uk/feedback25.", EM_SMALL),
    ]
    doc.build(story)


# --------------------------------------------------- Word helpers (python-docx called directly)

def _page_number_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _save_docx(document, path: Path, title: str, author: str) -> None:
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.created = properties.modified = datetime(2025, 1, 1)
    properties.last_printed = datetime(2025, 1, 1)
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    _write_zip_reproducibly(buffer.getvalue(), path)


def _header_footer(document, header_text: str, footer_text: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   Page "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9", widths=None, label_col=False):
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, (cell, value) in enumerate(zip(cells, row)):
            values = value if isinstance(value, list) else [value]
            cell.text = ""
            run = cell.paragraphs[0].add_run(values[0])
            for extra in values[1:]:
                cell.add_paragraph(extra)
            if (r == 0 and not label_col) or (label_col and c == 0):
                run.bold = True
                _shade(cell, header_fill)
            if widths:
                cell.width = Cm(widths[c])
    return table


def _bold_para(document, text: str, size: float | None = None):
    from docx.shared import Pt

    para = document.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return para


def _label_para(document, label: str, text: str):
    para = document.add_paragraph()
    para.add_run(label).bold = True
    para.add_run(text)
    return para


# ------------------- 4. A Safeguarding Adults Board annual report with partner statements (Word)

def cambridgeshire_sab_annual_report(out: Path) -> None:
    """A statutory Safeguarding Adults Board annual report: contents with page numbers, the
    Independent Chair's foreword ('we' for the Board), about the Board, figures tables, the
    Board's priorities (one with a piece of the Board's own work, two status lines), a
    Safeguarding Adults Review summary (findings, not work), then partner statements, each
    written by the partner as 'we': the police (a piece of work), adult social care and the
    ICB (no pieces of work), the fire service (a piece of work); plans and contacts."""
    import docx

    document = docx.Document()
    _header_footer(document, "Cambridgeshire and Peterborough Safeguarding Adults Board | Annual Report 2024-25",
                   "Safeguarding is everybody's business")
    document.add_heading("Cambridgeshire and Peterborough Safeguarding Adults Board", level=0)
    document.add_paragraph("Annual Report 2024-25")
    document.add_paragraph("Published in accordance with Schedule 2 of the Care Act 2014")
    _bold_para(document, "Contents")
    for line in ["1. Foreword from the Independent Chair\t3", "2. About the Board\t4",
                 "3. Safeguarding in numbers\t5", "4. Our priorities and what we did\t7",
                 "5. Safeguarding Adults Reviews\t9", "6. Partner statements\t10",
                 "7. Looking ahead to 2025-26\t14", "8. Contact us\t15"]:
        document.add_paragraph(line)
    document.add_heading("1. Foreword from the Independent Chair", level=1)
    document.add_paragraph("This report sets out what the Board and its partners did in 2024-25 to "
                           "keep adults with care and support needs safe from abuse and neglect. It "
                           "has been a demanding year: safeguarding concerns rose again, and two of "
                           "the reviews we published were about people whose deaths might have been "
                           "prevented. I am grateful to every partner for their openness in "
                           "learning from them. - Dr Elaine Moss, Independent Chair")
    document.add_heading("2. About the Board", level=1)
    document.add_paragraph("The Board is a statutory partnership under section 43 of the Care Act 2014. "
                           "Its three core members are Cambridgeshire County Council and Peterborough "
                           "City Council, NHS Cambridgeshire and Peterborough Integrated Care Board "
                           "and Cambridgeshire Constabulary. The Board meets four times a year and "
                           "has three subgroups: Practice and Learning, Performance and Quality, and "
                           "Safeguarding Adults Reviews.")
    document.add_heading("3. Safeguarding in numbers", level=1)
    _grid(document, [["Measure", "Cambridgeshire", "Peterborough", "Total"],
                     ["Safeguarding concerns received", "7,842", "2,915", "10,757"],
                     ["Section 42 enquiries started", "1,630", "702", "2,332"],
                     ["Enquiries where risk was reduced or removed", "91%", "88%", "90%"]],
          widths=[7, 3, 3, 3])
    document.add_paragraph("")
    _grid(document, [["Type of abuse (enquiries)", "%"],
                     ["Neglect and acts of omission", "31"], ["Self-neglect", "19"],
                     ["Financial or material", "17"], ["Physical", "15"],
                     ["Psychological", "11"], ["Other", "7"]], widths=[8, 3])
    document.add_paragraph("Figures are taken from the Safeguarding Adults Collection returns "
                           "submitted to NHS England.")
    document.add_heading("4. Our priorities and what we did", level=1)
    document.add_heading("Priority 1: Self-neglect and hoarding", level=2)
    document.add_paragraph("Self-neglect featured in four of our last six reviews. In September 2024 we "
                           "published a multi-agency self-neglect and hoarding toolkit, with a "
                           "single referral pathway, a shared risk assessment and a template for "
                           "multi-agency meetings when a person declines help. Our Practice and "
                           "Learning subgroup then ran 16 workshops across the county, attended by "
                           "640 practitioners from 37 organisations. An audit of 40 cases in March "
                           "2025 found that a multi-agency meeting had been held in 29, against 11 "
                           "in a similar audit the year before.")
    document.add_heading("Priority 2: Transition to adulthood", level=2)
    document.add_paragraph("This priority carries over to 2025-26. A task and finish group with the "
                           "Safeguarding Children Partnership has been set up and will report in "
                           "autumn 2025.")
    document.add_heading("Priority 3: Making Safeguarding Personal", level=2)
    document.add_paragraph("84% of people in a section 42 enquiry were asked what outcomes they "
                           "wanted, and 93% of those said their outcomes were fully or partly met. "
                           "We will keep monitoring this measure quarterly.")
    document.add_heading("5. Safeguarding Adults Reviews", level=1)
    document.add_paragraph("The Board published two Safeguarding Adults Reviews (SARs) this year and "
                           "commissioned one more. SAR Adult F concerned a 67-year-old man who died "
                           "in his home in Wisbech after years of self-neglect. The review found that "
                           "eleven agencies had been in contact with him, that each saw only part of "
                           "the picture, and that his repeated refusals of help were accepted "
                           "without his capacity being assessed. It made six recommendations, all "
                           "accepted; the full report is on our website.")
    document.add_heading("6. Partner statements", level=1)
    document.add_paragraph("Each partner was asked to describe its contribution to safeguarding adults "
                           "in 2024-25 in its own words.")
    document.add_heading("Cambridgeshire Constabulary", level=2)
    document.add_paragraph("Cuckooing, where criminals take over the home of a vulnerable person to "
                           "deal drugs, is one of the most common forms of exploitation we see. In "
                           "June 2024 we set up a cuckooing panel with the housing teams of "
                           "Peterborough City Council and Fenland District Council. Every address "
                           "where we suspect cuckooing is discussed within 48 hours by a detective "
                           "sergeant, a housing officer and an adult social care practitioner, who "
                           "agree one plan to protect the tenant and remove the people exploiting "
                           "them. In the first year 61 addresses came to the panel; in 49 the "
                           "tenant was safeguarded without losing their home, and 23 people were "
                           "arrested.")
    document.add_paragraph("Our Adult Safeguarding Team also made 4,118 adult referrals to the local "
                           "authorities this year.")
    document.add_heading("Cambridgeshire County Council and Peterborough City Council, Adult Social Care",
                         level=2)
    document.add_paragraph("Demand continued to rise: safeguarding concerns were 9% higher than in "
                           "2023-24. We filled 14 social worker vacancies, and our quality assurance "
                           "audits rated 78% of enquiries good or outstanding. Our priority for "
                           "2025-26 is to reduce the time from concern to decision.")
    document.add_heading("NHS Cambridgeshire and Peterborough Integrated Care Board", level=2)
    document.add_paragraph("We appointed a new Designated Professional for Safeguarding Adults in "
                           "October 2024 and contributed to all three SARs. We have strengthened "
                           "safeguarding requirements in our contracts with GP practices and care "
                           "providers and will audit compliance in 2025-26.")
    document.add_heading("Cambridgeshire Fire and Rescue Service", level=2)
    document.add_paragraph("Hoarding is a serious fire risk. Since May 2024 our Safe and Well visits "
                           "have included a hoarding assessment using the clutter image rating "
                           "scale, and our crews refer anyone scoring 5 or more to the "
                           "self-neglect pathway and fit free smoke alarms and fire-retardant "
                           "bedding. We made 312 referrals this year, and there were no deaths "
                           "in fires in homes we had visited.")
    document.add_heading("7. Looking ahead to 2025-26", level=1)
    document.add_paragraph("Next year the Board will focus on transition to adulthood, financial abuse "
                           "through scams and the learning from SAR Adult F. We will publish a new "
                           "three-year strategy in April 2026.")
    document.add_heading("8. Contact us", level=1)
    document.add_paragraph("Safeguarding Adults Board Business Unit, New Shire Hall, Emery Crescent, "
                           "Alconbury Weald, Huntingdon PE28 4YE. Email: sab@cambridgeshire.gov.uk")
    document.add_paragraph("To report a concern about an adult, call 0345 045 5202 (Cambridgeshire) or "
                           "01733 747474 (Peterborough). In an emergency call 999.")
    _save_docx(document, out / "cambridgeshire-peterborough-safeguarding-adults-board-annual-report-2024-25.docx",
               "Safeguarding Adults Board Annual Report 2024-25",
               "Cambridgeshire and Peterborough Safeguarding Adults Board")


# ------------------------------------ 5. A Police and Crime Commissioner's decision record (Word)

def hampshire_pcc_decision_record(out: Path) -> None:
    """A PCC's formal decision record: a labelled cover table (number, title, decision maker,
    date), executive summary, the decision and signature block, then Part 2 with numbered
    sections: background, what the funded operation has done (the force's work with two ferry
    operators and the island's council, with results), options, financial, legal, equality,
    risk, consultation and publication, and the officers' sign-off. One initiative."""
    import docx

    document = docx.Document()
    _header_footer(document, "OFFICIAL", "Decision record PCC/2025/027")
    document.add_heading("Police and Crime Commissioner for Hampshire and the Isle of Wight", level=1)
    document.add_heading("Decision Record", level=2)
    _grid(document, [["Decision number", "PCC/2025/027"],
                     ["Title", "Continuation funding for Operation Solent Crossing, 2025-26"],
                     ["Decision maker", "Police and Crime Commissioner"],
                     ["Report author", "Head of Commissioning, Office of the Police and Crime Commissioner"],
                     ["Date of decision", "17 March 2025"],
                     ["Publication", "Public"]], widths=[5, 11], label_col=True)
    document.add_heading("Executive summary", level=2)
    document.add_paragraph("This decision continues funding for a Hampshire and Isle of Wight "
                           "Constabulary operation that protects children travelling to and from the "
                           "Isle of Wight from criminal exploitation, for a further year from 1 April "
                           "2025.")
    document.add_heading("Decision", level=2)
    document.add_paragraph("The Commissioner approves a grant of £148,000 from the Community Safety "
                           "Fund to Hampshire and Isle of Wight Constabulary for Operation Solent "
                           "Crossing for the period 1 April 2025 to 31 March 2026.")
    _grid(document, [["Signature", "Date"],
                     ["Police and Crime Commissioner (signed)", "17 March 2025"]], widths=[10, 6])
    document.add_heading("Part 2: Supporting information", level=2)
    _bold_para(document, "1. Background")
    document.add_paragraph("1.1\tThe Isle of Wight is linked to the mainland only by ferries from "
                           "Portsmouth, Southampton and Lymington. Intelligence shows that county "
                           "lines from London and the south coast use the crossings to move children "
                           "and drugs to the island.")
    document.add_paragraph("1.2\tThe Commissioner's Police and Crime Plan 2024-2029 commits to tackling "
                           "the exploitation of children (priority 2).")
    _bold_para(document, "2. Operation Solent Crossing")
    document.add_paragraph("2.1\tSince June 2024 the Constabulary's Isle of Wight and Portsmouth "
                           "exploitation teams have run Operation Solent Crossing with the two ferry "
                           "operators, Wightlink and Red Funnel, and Isle of Wight Council's "
                           "children's services.")
    document.add_paragraph("2.2\tTicket office and on-board staff at all five terminals have been "
                           "trained by the Constabulary to spot young people travelling alone at "
                           "unusual times, and to pass details to a dedicated police inbox. Plain "
                           "clothes officers and a passive drugs dog meet selected sailings, and "
                           "children identified are referred to the council's exploitation team the "
                           "same day.")
    document.add_paragraph("2.3\tIn the first nine months, 57 children were safeguarded, 19 adults were "
                           "arrested for drugs supply or child exploitation offences, and £36,400 in "
                           "cash was seized. 410 ferry staff have completed the training.")
    _bold_para(document, "3. Options considered")
    document.add_paragraph("3.1\tTo end funding on 31 March 2025. Rejected, because the Constabulary "
                           "could not fund the dedicated officers from its core budget this year.")
    _bold_para(document, "4. Financial implications")
    document.add_paragraph("4.1\tThe grant of £148,000 will be met from the Community Safety Fund "
                           "budget for 2025-26 (budget code CSF-25-114). It pays for two police "
                           "constables and the training of new ferry staff.")
    _bold_para(document, "5. Legal implications")
    document.add_paragraph("5.1\tThe Commissioner may make crime and disorder reduction grants under "
                           "section 9 of the Police Reform and Social Responsibility Act 2011.")
    _bold_para(document, "6. Equality implications")
    document.add_paragraph("6.1\tThe Constabulary has completed an equality impact assessment for the "
                           "operation, including checks that young people are not selected on the "
                           "basis of ethnicity.")
    _bold_para(document, "7. Risks")
    document.add_paragraph("7.1\tThe main risk is that exploitation moves to other routes, such as "
                           "private boats. The operation's intelligence lead monitors this.")
    _bold_para(document, "8. Consultation and publication")
    document.add_paragraph("8.1\tThe Chief Constable supports the decision. This record will be "
                           "published on the Commissioner's website under the Elected Local Policing "
                           "Bodies (Specified Information) Order 2011.")
    _grid(document, [["Officer", "Confirmation", "Date"],
                     ["Chief Executive and Monitoring Officer",
                      "I confirm the decision is lawful and within the Commissioner's powers.", "14 March 2025"],
                     ["Chief Finance Officer",
                      "I confirm that funding is available.", "14 March 2025"]], widths=[5, 8, 3])
    document.add_paragraph("Declaration of interests: none.")
    _save_docx(document, out / "hampshire-iow-pcc-decision-record-2025-027-operation-solent-crossing.docx",
               "Decision Record PCC/2025/027",
               "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight")


# ---------------------------------------------- 6. A force's gender pay gap report (Word)

def gwent_gender_pay_gap_report(out: Path) -> None:
    """A force's statutory gender pay gap report: the Chief Constable's introduction ('we'),
    definitions, the six required measures and quartile tables, officers and staff separately,
    why the gap exists (explanation, not work), two actions the force took as 'we' with results,
    commitments for next year (future intent) and the signed declaration."""
    import docx

    document = docx.Document()
    _header_footer(document, "Heddlu Gwent Police | Gender Pay Gap Report 2024",
                   "Mae'r ddogfen hon ar gael yn Gymraeg / This document is available in Welsh")
    document.add_heading("Gender Pay Gap Report 2024", level=0)
    document.add_paragraph("Heddlu Gwent Police. Snapshot date: 31 March 2024")
    document.add_heading("Introduction from the Chief Constable", level=1)
    document.add_paragraph("We are required to publish our gender pay gap every year under the Equality "
                           "Act 2010 (Specific Duties and Public Authorities) Regulations 2017. Our gap "
                           "has narrowed for the third year running, but it is still too wide. It "
                           "exists mainly because more men than women hold senior ranks and "
                           "specialist posts that attract allowances, and this report sets out what "
                           "we are doing about it.")
    document.add_heading("What is the gender pay gap?", level=1)
    document.add_paragraph("The gender pay gap is the difference between the average hourly pay of men "
                           "and women across the whole workforce. It is not the same as equal pay, "
                           "which is about men and women being paid the same for the same or similar "
                           "work. Police officer pay is set nationally by rank and police staff pay "
                           "by a job evaluation scheme.")
    document.add_heading("Our figures", level=1)
    _grid(document, [["Measure", "2024", "2023"],
                     ["Mean gender pay gap", "11.8%", "13.1%"],
                     ["Median gender pay gap", "9.4%", "10.7%"],
                     ["Mean bonus gap", "14.0%", "16.2%"],
                     ["Median bonus gap", "0.0%", "0.0%"],
                     ["Men receiving a bonus", "0.6%", "0.5%"],
                     ["Women receiving a bonus", "0.4%", "0.4%"]], widths=[8, 3, 3])
    document.add_paragraph("Bonus payments are one-off recognition payments of between £50 and £500 "
                           "made under Police Regulations and the staff reward scheme.")
    _grid(document, [["Pay quartile", "Women", "Men"],
                     ["Lower", "58%", "42%"], ["Lower middle", "49%", "51%"],
                     ["Upper middle", "38%", "62%"], ["Upper", "31%", "69%"]], widths=[6, 3, 3])
    document.add_heading("Officers and staff", level=1)
    document.add_paragraph("The workforce on the snapshot date was 1,502 officers (37% women) and 1,118 "
                           "police staff (64% women). The mean gap was 7.2% for officers and 10.5% "
                           "for staff.")
    document.add_heading("Why we have a gap", level=1)
    document.add_paragraph("Women are under-represented in the ranks of inspector and above (26%) and "
                           "in posts that attract shift and on-call allowances, such as firearms, "
                           "roads policing and response. Many women officers joined in the last "
                           "seven years and are still progressing through the pay scale.")
    document.add_heading("What we have done", level=1)
    document.add_heading("Flexible shifts on response", level=2)
    document.add_paragraph("Women were leaving response teams at twice the rate of men, often after "
                           "returning from maternity leave. In April 2024 we introduced a flexible "
                           "response roster on the Newport East and Caerphilly response teams, letting "
                           "officers with caring responsibilities work fixed ten-hour day shifts on "
                           "agreed days instead of the full rotating pattern. 31 officers, 24 of them "
                           "women, used the roster in its first year. None of them left response, and "
                           "the number of women leaving response teams across the two areas fell from "
                           "19 to 8.")
    document.add_heading("Step Up mentoring for promotion", level=2)
    document.add_paragraph("Our Women's Network and Learning and Development team ran Step Up, a "
                           "positive action programme that pairs women constables and sergeants "
                           "with a mentor of a higher rank for six months and offers workshops on "
                           "the promotion process. 42 women took part in 2024; 17 passed the "
                           "sergeants' or inspectors' exam, against 6 in 2023, and 9 have since been "
                           "promoted.")
    document.add_heading("What we will do next", level=1)
    document.add_paragraph("In 2025 we will extend the flexible roster to all response teams, publish "
                           "our first ethnicity pay gap report and review how specialist posts are "
                           "advertised.")
    document.add_heading("Declaration", level=1)
    document.add_paragraph("I confirm that the information in this report is accurate and has been "
                           "calculated in line with the Regulations.")
    document.add_paragraph("Chief Constable, Heddlu Gwent Police. Published 27 March 2025.")
    document.add_paragraph("Gwent Police Headquarters, Turnpike Road, Croesyceiliog, Cwmbran NP44 2AW.")
    _save_docx(document, out / "gwent-police-gender-pay-gap-report-2024.docx",
               "Gender Pay Gap Report 2024", "Gwent Police")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    warwickshire_awards_programme(out)
    iopc_learning_the_lessons(out)
    empac_conference_programme(out)
    cambridgeshire_sab_annual_report(out)
    hampshire_pcc_decision_record(out)
    gwent_gender_pay_gap_report(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
