"""Write the binary documents of the nineteenth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout19/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): an angling
association's annual report to members, a mental health trust's quality account extract, a Director
of Public Health's annual report chapter, a parochial church council's report to the annual meeting,
an information sharing agreement between a force and a council, and a distribution centre's health
and safety committee minutes. The HTML, Markdown and plain-text documents beside this script are
written by hand; manifest.json lists every document's intended initiatives.

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
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate,
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


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", label_fill=None):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1 if head_fill is not None else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if label_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (0, -1), label_fill))
    table.setStyle(TableStyle(commands))
    return table


def _two_pass(path: Path, build_doc, story_fn) -> None:
    """Build twice so that the footer can print 'Page n of m'."""
    total = None
    for _ in range(2):
        sink = io.BytesIO()
        doc = build_doc(sink, total)
        doc.build(story_fn())
        total = doc.page
    path.write_bytes(sink.getvalue())


# ------------------ 1. An angling association's annual report to members (PDF, two pages, single column)

RH_GREEN = colors.HexColor("#2f5d3a")
RH_PALE = colors.HexColor("#eaf2e6")
RH_BODY = ParagraphStyle("rhbody", fontName="Times-Roman", fontSize=10.5, leading=13.6, spaceAfter=6)
RH_CELL = ParagraphStyle("rhcell", parent=RH_BODY, fontName="Helvetica", fontSize=8.6, leading=10.8,
                         spaceAfter=0)
RH_CELLB = ParagraphStyle("rhcellb", parent=RH_CELL, fontName="Helvetica-Bold", textColor=colors.white)
RH_TITLE = ParagraphStyle("rhtitle", parent=RH_BODY, fontName="Times-Bold", fontSize=20, leading=24,
                          textColor=RH_GREEN, spaceAfter=2)
RH_SUB = ParagraphStyle("rhsub", parent=RH_BODY, fontName="Times-Italic", fontSize=11, leading=14,
                        spaceAfter=8)
RH_H = ParagraphStyle("rhh", parent=RH_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14.5,
                      textColor=RH_GREEN, spaceBefore=6, spaceAfter=2, keepWithNext=1)
RH_BY = ParagraphStyle("rhby", parent=RH_BODY, fontName="Times-Italic", fontSize=9.5, leading=12,
                       textColor=colors.HexColor("#555555"), spaceAfter=4, keepWithNext=1)


def _rh_page_factory(total):
    def _rh_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setStrokeColor(RH_GREEN)
        canvas.setLineWidth(1.2)
        canvas.line(56, height - 40, width - 56, height - 40)
        canvas.setFillColor(RH_GREEN)
        canvas.setFont("Helvetica-Bold", 7.8)
        canvas.drawString(56, height - 34, "RIBBLE AND HODDER ANGLING ASSOCIATION")
        canvas.setFont("Helvetica", 7.8)
        canvas.drawRightString(width - 56, height - 34, "Annual Report to Members 2024")
        canvas.setLineWidth(0.4)
        canvas.line(56, 38, width - 56, 38)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 7)
        canvas.drawString(56, 28, "Founded 1921  \u00b7  Hon. Secretary: 14 Church Brow, Clitheroe BB7 2DD  "
                                  "\u00b7  Members only: not for publication")
        canvas.drawRightString(width - 56, 28, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _rh_page


def _rh_story():
    p = lambda text, style=RH_BODY: Paragraph(text, style)  # noqa: E731
    width = A4[0] - 112
    agm = _box([p("<b>Notice of Annual General Meeting</b>", RH_CELL), Spacer(1, 3),
                p("Friday 7 March 2025 at 7.30pm, the Edisford Bridge Inn, Clitheroe. Nominations for the "
                  "committee must reach the Hon. Secretary by 21 February 2025. Members must bring their "
                  "2024 membership card.", RH_CELL)], width, RH_PALE, RH_GREEN)
    accounts = _table([["Summary of accounts", "2023 (\u00a3)", "2024 (\u00a3)"],
                       ["Subscriptions (senior, junior and concession)", "38,460", "40,215"],
                       ["Day tickets", "6,820", "7,345"],
                       ["Rent and rates of fishing rights", "-21,900", "-22,600"],
                       ["Fish stocking", "-8,150", "-8,400"],
                       ["Surplus for the year", "3,112", "4,027"]],
                      [width - 160, 80, 80], RH_CELL, RH_GREEN, head_style=RH_CELLB)
    members = _table([["Membership at 31 December", "2023", "2024"],
                      ["Senior", "512", "528"],
                      ["Concession (over 65 and disabled anglers)", "187", "196"],
                      ["Junior (under 17)", "41", "58"]],
                     [width - 160, 80, 80], RH_CELL, RH_GREEN, head_style=RH_CELLB)
    return [
        p("Annual Report to Members 2024", RH_TITLE),
        p("Game and coarse fishing on the Ribble, the Hodder and Bashall Brook", RH_SUB),
        agm,
        Spacer(1, 6),
        p("Chairman's report", RH_H),
        p("Peter Haworth, Chairman", RH_BY),
        p("It has been a good year on the water. Sea trout ran well in July, the grayling fishing on the "
          "Hodder was the best for a decade, and our waiting list for senior membership is shorter than it "
          "has been for years. I thank the committee, our voluntary bailiffs and everyone who turned out "
          "for the work parties. After 14 years as Treasurer, Margaret Swarbrick is standing down, and we "
          "owe her a great deal."),
        p("Treasurer's report", RH_H),
        p("Margaret Swarbrick, Hon. Treasurer", RH_BY),
        p("The accounts show a surplus of \u00a34,027. The committee proposes no increase in subscriptions "
          "for 2025: senior membership stays at \u00a368 and junior membership at \u00a310."),
        accounts,
        p("Fishery officer's report", RH_H),
        p("Alan Duckworth, Fishery Officer", RH_BY),
        p("We stocked 1,200 brown trout in April and June under our Environment Agency permit. Work "
          "parties cleared fallen trees from the Bashall Brook beat and rebuilt the stile at Sawley. Catch "
          "returns were received from 61% of members; please send yours by 31 January."),
        p("Head bailiff's report", RH_H),
        p("Keith Entwistle, Head Bailiff", RH_BY),
        p("Poaching and fishing without a rod licence were our biggest problem in 2023, with nets found "
          "at Edisford and salmon taken at night from the Sawley pools. In 2024 our twelve voluntary "
          "bailiffs worked with Environment Agency fisheries enforcement officers and Lancashire "
          "Constabulary's Rural Task Force. We ran eighteen joint night patrols between June and October, "
          "checking rod licences and membership cards, and the Task Force followed up vehicles seen at "
          "the river through ANPR."),
        p("Illegal fishing reports fell from 31 to 12.",),
        p("Two men were reported by the Environment Agency for netting and have since been convicted, "
          "and three nets and a gaff were seized. The bailiffs checked 640 anglers, and only 14 had no "
          "licence."),
        p("Junior section", RH_H),
        p("Ruth Bleazard, Junior Secretary", RH_BY),
        p("Last spring we started Hooked on the Hodder, free Saturday morning coaching at the Cromwell's "
          "Bridge pool for young people aged 11 to 16 who are referred by Lancashire County Council's "
          "youth workers in Clitheroe and Whalley. Our qualified coaches lend tackle and teach casting, "
          "river safety and the rules, and the youth workers come along."),
        p("Twenty-six young people came to at least four sessions.", ),
        p("Nine of them have since joined as junior members, which is why our junior section has grown "
          "from 41 to 58, and the youth workers say several have stopped hanging around the bus station "
          "on Saturdays."),
        p("Membership", RH_H),
        members,
        p("Competitions", RH_H),
        p("The Bowland Cup was won by Derek Pye with a grayling of 2lb 3oz. The junior match on the "
          "Ribble was won by Olivia Hartley."),
        p("Dates for your diary", RH_H),
        p("Work party, Bashall Brook: Sunday 16 February 2025, 9am. Trout season opens 15 March 2025. "
          "Fly-tying evenings resume in October."),
    ]


def ribble_hodder_angling_annual_report(out: Path) -> None:
    """An angling association's annual report to members (two pages, single column, Times body): a
    green rule running head with the association in capitals and the report, footer with the founding
    year, the secretary's address and a members-only note and 'Page n of 2'; title, strapline, a boxed
    AGM notice (not work), officers' reports with bylines: the chairman (not work), the treasurer with
    an accounts table (not metrics), the fishery officer (stocking and work parties: routine), the head
    bailiff (one piece of work with results: the association's bailiffs with the Environment Agency
    and the force's rural task force), the junior section (one piece of work with results: the
    association as 'we' with the county council's youth workers, no force), membership as a table (not
    metrics), competitions and dates (future)."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=54, bottomMargin=48,
                              title="Annual Report to Members 2024",
                              author="Ribble and Hodder Angling Association", invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(56, 48, A4[0] - 112, A4[1] - 102)],
                                           onPage=_rh_page_factory(total))])
        return doc
    _two_pass(out / "ribble-and-hodder-angling-association-annual-report-2024.pdf", build, _rh_story)


# ------------------ 2. A mental health trust's quality account extract (PDF, single column, RAG table)

QA_BLUE = colors.HexColor("#005eb8")
QA_DARK = colors.HexColor("#003087")
QA_LIGHT = colors.HexColor("#e8edee")
QA_BODY = ParagraphStyle("qabody", fontName="Helvetica", fontSize=9.6, leading=13, spaceAfter=6)
QA_CELL = ParagraphStyle("qacell", parent=QA_BODY, fontSize=8.4, leading=10.4, spaceAfter=0)
QA_CELLB = ParagraphStyle("qacellb", parent=QA_CELL, fontName="Helvetica-Bold", textColor=colors.white)
QA_PART = ParagraphStyle("qapart", parent=QA_BODY, fontName="Helvetica-Bold", fontSize=18, leading=22,
                         textColor=QA_DARK, spaceAfter=4)
QA_H = ParagraphStyle("qah", parent=QA_BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                      textColor=QA_BLUE, spaceBefore=8, spaceAfter=3, keepWithNext=1)
QA_H3 = ParagraphStyle("qah3", parent=QA_BODY, fontName="Helvetica-Bold", fontSize=9.8, leading=12.5,
                       textColor=QA_DARK, spaceBefore=3, spaceAfter=2, keepWithNext=1)


def _qa_page_factory(total):
    def _qa_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(QA_BLUE)
        canvas.rect(width - 150, height - 46, 104, 22, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 13)
        canvas.drawCentredString(width - 98, height - 40, "NHS")
        canvas.setFillColor(QA_DARK)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(50, height - 32, "Derwent and Dove Mental Health NHS Foundation Trust")
        canvas.setFont("Helvetica-Oblique", 8)
        canvas.drawString(50, height - 43, "Quality Account 2024/25  \u00b7  Part 3: Review of quality performance")
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 7.2)
        canvas.drawString(50, 26, "Quality Account 2024/25")
        canvas.drawRightString(width - 50, 26, f"{doc.page + 21}")
        canvas.restoreState()
    return _qa_page


def _qa_story():
    p = lambda text, style=QA_BODY: Paragraph(text, style)  # noqa: E731
    width = A4[0] - 100
    rag = _table([["Priority for 2024/25", "Quality domain", "Outcome"],
                  ["1. Reduce the use of prone restraint on our wards", "Patient safety", "Achieved"],
                  ["2. Respond jointly with the police to people in mental health crisis", "Clinical "
                   "effectiveness", "Achieved"],
                  ["3. Offer an alternative to A&amp;E in a crisis", "Patient experience", "Partly achieved"],
                  ["4. Complete physical health checks for people with severe mental illness", "Clinical "
                   "effectiveness", "Not achieved: carried forward"]],
                 [width - 200, 100, 100], QA_CELL, QA_DARK, head_style=QA_CELLB)
    indicators = _table([["Mandated indicator", "2023/24", "2024/25", "National average"],
                         ["Patients followed up within 72 hours of discharge", "81.4%", "84.9%", "80.2%"],
                         ["Admissions gate-kept by crisis teams", "96.1%", "97.3%", "94.0%"],
                         ["Staff who would recommend the Trust for care (staff survey)", "61%", "63%", "62%"],
                         ["Patient safety incidents reported per 1,000 bed days", "58.2", "61.7", "-"]],
                        [width - 210, 70, 70, 70], QA_CELL, QA_DARK, head_style=QA_CELLB)
    next_box = _box([p("<b>What happens next</b>", QA_CELL), Spacer(1, 2),
                     p("Our priorities for 2025/26, agreed with our Council of Governors, are set out in "
                       "Part 2. Priority 4 is carried forward and will be reported on in next year's "
                       "Quality Account.", QA_CELL)], width, QA_LIGHT, QA_BLUE)
    return [
        p("Part 3: Review of quality performance", QA_PART),
        p("This part looks back at the four quality priorities we set for 2024/25 in last year's Quality "
          "Account, and reports the indicators all NHS trusts must publish. Figures are for 1 April 2024 "
          "to 31 March 2025 unless stated."),
        p("3.1 Our priorities for 2024/25 at a glance", QA_H),
        rag,
        p("3.2 Priority 1: reducing prone restraint", QA_H),
        p("What we said we would do", QA_H3),
        p("Reduce the use of prone (face-down) restraint on our adult acute and psychiatric intensive care "
          "wards by at least a third."),
        p("What we did", QA_H3),
        p("We introduced Safewards on all nine adult inpatient wards, trained 640 ward staff in the "
          "Trust's new de-escalation course, and put a restraint reduction lead on each ward, who reviews "
          "every restraint with the team within 72 hours. Patients now write a calming plan with their "
          "named nurse in their first week."),
        p("Prone restraint fell from 214 to 88 incidents.",),
        p("Overall restraint fell by 29%, and assaults on staff on the same wards fell from 301 to "
          "247."),
        p("3.3 Priority 2: a joint response to people in crisis", QA_H),
        p("What we said we would do", QA_H3),
        p("Work with Derbyshire Constabulary so that people in mental health crisis in the community are "
          "seen by a mental health professional, not only by the police."),
        p("What we did", QA_H3),
        p("From June 2024 a mental health response car has run in Derby and south Derbyshire from 2pm to "
          "2am every day, crewed by one of our mental health nurses and a Derbyshire Constabulary officer, "
          "and dispatched by the force control room. Our nurses also give advice by phone to officers "
          "elsewhere in the county from the force control room."),
        p("Section 136 detentions in Derby fell by 31%.",),
        p("The car attended 2,118 incidents, and in 71% of them the person was supported at home or "
          "referred to our services without being detained or taken to A&amp;E."),
        p("3.4 Priority 3: an alternative to A&amp;E in a crisis", QA_H),
        p("What we did", QA_H3),
        p("With the charity Open Door Derbyshire we opened the Riverside Crisis Cafe on Friar Gate in "
          "Derby in September 2024. It is open from 6pm to midnight every evening, staffed by the charity's "
          "support workers with one of our crisis practitioners, and people can walk in without a "
          "referral."),
        p("The crisis cafe had 1,406 visits in its first six months.",),
        p("Only 4% of visitors went on to A&amp;E the same night. We have not yet opened the second cafe "
          "planned for Chesterfield, so this priority is partly achieved."),
        p("3.5 Priority 4: physical health checks", QA_H),
        p("We completed all six physical health checks for 58% of people with severe mental illness on "
          "our caseload, short of our target of 75%. This priority is carried forward."),
        p("3.6 Mandated indicators", QA_H),
        indicators,
        Spacer(1, 6),
        next_box,
    ]


def derwent_dove_quality_account(out: Path) -> None:
    """A mental health trust's Quality Account, Part 3 (single column, Helvetica, two pages printed as
    pages 22 and 23): a running head with the trust, the document and part, and an NHS logo block; a
    footer with the document and printed page number; part title and introduction, priorities at a
    glance as an outcome table (not work), three priorities with 'What we said we would do' and 'What
    we did' subheads: prone restraint ('we', no force), a mental health response car (the trust with
    the force), a crisis cafe (the trust with a charity, no force), each with results; a priority not
    achieved (not work), mandated indicators as a table (not metrics) and a 'What happens next' box."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=60, bottomMargin=42,
                              title="Quality Account 2024/25 (Part 3)",
                              author="Derwent and Dove Mental Health NHS Foundation Trust", invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(50, 42, A4[0] - 100, A4[1] - 102)],
                                           onPage=_qa_page_factory(total))])
        return doc
    _two_pass(out / "derwent-and-dove-mental-health-nhs-ft-quality-account-2024-25-part-3.pdf", build,
              _qa_story)


# ------------------ 3. A Director of Public Health's annual report chapter (PDF, two columns)

PH_PURPLE = colors.HexColor("#4b2c69")
PH_TEAL = colors.HexColor("#00807a")
PH_PALE = colors.HexColor("#eef6f5")
PH_BODY = ParagraphStyle("phbody", fontName="Helvetica", fontSize=9, leading=12.2, spaceAfter=5)
PH_CELL = ParagraphStyle("phcell", parent=PH_BODY, fontSize=7.9, leading=9.8, spaceAfter=0)
PH_CELLB = ParagraphStyle("phcellb", parent=PH_CELL, fontName="Helvetica-Bold", textColor=colors.white)
PH_CHAP = ParagraphStyle("phchap", parent=PH_BODY, fontName="Helvetica", fontSize=10, leading=13,
                         textColor=colors.white, spaceAfter=2)
PH_TITLE = ParagraphStyle("phtitle", parent=PH_BODY, fontName="Helvetica-Bold", fontSize=24, leading=28,
                          textColor=colors.white, spaceAfter=0)
PH_H = ParagraphStyle("phh", parent=PH_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                      textColor=PH_PURPLE, spaceBefore=5, spaceAfter=3, keepWithNext=1)
PH_KICK = ParagraphStyle("phkick", parent=PH_BODY, fontName="Helvetica-Bold", fontSize=7.5, leading=9.5,
                         textColor=PH_TEAL, spaceAfter=1, keepWithNext=1)
PH_BOX = ParagraphStyle("phbox", parent=PH_BODY, fontSize=8.5, leading=11.2, spaceAfter=4)
PH_QUOTE = ParagraphStyle("phquote", parent=PH_BODY, fontName="Helvetica-Oblique", fontSize=10.5,
                          leading=14, textColor=PH_PURPLE, spaceAfter=6)


def _ph_page_factory(total):
    def _ph_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(PH_PURPLE)
        canvas.setFont("Helvetica", 7.8)
        canvas.drawString(42, height - 28, "Chapter 3  |  Violence is preventable")
        canvas.drawRightString(width - 42, height - 28, "Director of Public Health Annual Report 2025")
        canvas.setFillColor(PH_TEAL)
        canvas.rect(0, 0, width, 6, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 7)
        canvas.drawString(42, 18, "Stockton-on-Tees Borough Council  \u00b7  Public Health")
        canvas.drawRightString(width - 42, 18, f"{doc.page + 30}")
        canvas.restoreState()
    return _ph_page


def _ph_story(full, col):
    p = lambda text, style=PH_BODY: Paragraph(text, style)  # noqa: E731
    band = _box([p("CHAPTER 3", PH_CHAP), p("Violence is preventable", PH_TITLE),
                 p("Director of Public Health Annual Report 2025: Stockton-on-Tees", PH_CHAP)],
                full, PH_PURPLE, PH_PURPLE, pad=14)
    data = _table([["Violence in Stockton-on-Tees", "2022/23", "2024/25"],
                   ["Hospital admissions for violence per 100,000", "61", "55"],
                   ["Violence with injury recorded by police", "3,904", "3,611"],
                   ["Domestic abuse incidents recorded by police", "7,215", "7,480"],
                   ["Young people (10 to 17) entering the youth justice system", "112", "94"]],
                  [col - 100, 46, 46], PH_CELL, PH_PURPLE, head_style=PH_CELLB)
    recs = _box([p("My recommendations", PH_KICK),
                 p("1. The Community Safety Partnership should adopt a public health approach to violence "
                   "in its next strategy.", PH_BOX),
                 p("2. Every secondary school in the borough should be offered bystander training by "
                   "September 2026.", PH_BOX),
                 p("3. Licensing decisions should routinely draw on hospital and ambulance data.", PH_BOX)],
                col - 4, PH_PALE, PH_TEAL)
    return [
        band,
        FrameBreak(),
        p("Violence is not inevitable. Like heart disease, it has causes we understand and risk factors "
          "we can change. In this chapter I look at what the data tell us about violence in Stockton-on-"
          "Tees, and at three pieces of work from the last two years that show prevention is possible."),
        p("What the data tell us", PH_H),
        data,
        Spacer(1, 3),
        p("Sources: Hospital Episode Statistics; Cleveland Police; Stockton-on-Tees Youth Justice "
          "Service.", PH_CELL),
        Spacer(1, 4),
        p("Violence is concentrated. Half of the hospital admissions for assault come from five of our 26 "
          "wards, and men aged 18 to 34 are four times more likely to be admitted than the rest of the "
          "population. Most victims and most perpetrators have experienced adversity in childhood."),
        p("Case study: bystanders in schools", PH_KICK),
        p("Speaking up", PH_H),
        p("In 2023 my team and Cleveland Police's schools liaison officers brought the Mentors in Violence "
          "Prevention programme to six secondary schools. Our staff trained teachers, and the officers and "
          "teachers together trained sixth-formers as mentors, who ran sessions for Year 9 pupils on "
          "sexual harassment, coercive control and how to step in safely."),
        p("By July 2025, 212 mentors had been trained.",),
        p("They ran sessions for 1,730 Year 9 pupils, and in the pupil survey the share who said they would challenge a friend's sexist comment rose "
          "from 38% to 64%."),
        p("\u201cThe Year 9s listen to the mentors in a way they never listen to us.\u201d "
          "Head of PSHE, Ingleby Manor School", PH_QUOTE),
        p("Case study: changing behaviour", PH_KICK),
        p("Breaking the cycle", PH_H),
        p("The charity Tees Respect runs a 26-week group programme for men who have used abuse in their "
          "relationships, with a support worker for each partner. Men are referred by children's social "
          "care, GPs and the men themselves."),
        p("Of 84 men who finished, 71 had no further reports.",),
        p("Partners reported feeling safer in 88% of cases at the end of the programme."),
        p("Case study: licensing", PH_KICK),
        p("Health at the licensing table", PH_H),
        p("As a responsible authority under the Licensing Act 2003, my team now comments on every new "
          "licence application in the town centre. We map ambulance call-outs for assaults near the "
          "premises and propose conditions where the data show a problem."),
        p("We commented on 19 applications in 2024/25.",),
        p("The licensing committee attached our proposed conditions, such as later opening for food and "
          "plastic glasses after midnight, to 11 licences, and ambulance call-outs for assaults in the "
          "High Street fell by 17%."),
        recs,
    ]


def stockton_dph_annual_report_chapter(out: Path) -> None:
    """A Director of Public Health's annual report, chapter 3 on violence (two columns under a purple
    chapter band; one page, printed as page 31): a running head with the chapter and the report, a
    teal foot bar with the council and public health and the printed page number; the DPH's
    introduction in the first person (not work), the data as a table with sources (context), three
    kicker-labelled case studies with results: bystander training in schools (the council's public
    health team with the force's schools liaison officers), a men's behaviour change programme (a
    charity, no force), public health comments on licence applications ('we', no force); a school's
    quote and a recommendations box (future)."""
    width, height = A4
    gap = 18
    full = width - 84
    col = (full - gap) / 2
    top = height - 40
    head_h = 96

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=42, rightMargin=42, topMargin=40, bottomMargin=32,
                              title="Director of Public Health Annual Report 2025: Chapter 3",
                              author="Stockton-on-Tees Borough Council", invariant=1)
        first = [Frame(42, top - head_h, full, head_h, id="band", leftPadding=0, rightPadding=0),
                 Frame(42, 30, col, top - head_h - 30, id="a1"),
                 Frame(42 + col + gap, 30, col, top - head_h - 30, id="a2")]
        later = [Frame(42, 30, col, top - 30, id="b1"), Frame(42 + col + gap, 30, col, top - 30, id="b2")]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_ph_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_ph_page_factory(total))])
        return doc

    def story():
        items = _ph_story(full, col)
        return items[:2] + [NextPageTemplate("later")] + items[2:]
    _two_pass(out / "stockton-on-tees-director-of-public-health-annual-report-2025-chapter-3.pdf", build,
              story)


# ------------------ Word helpers

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


def _header_footer(document, header_text: str, footer_text: str, align_header="right") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align_header == "right" else WD_ALIGN_PARAGRAPH.LEFT
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   Page "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True, bold_all=False):
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
            if (r == 0 and head_row and not label_col) or (label_col and c == 0):
                run.bold = True
                _shade(cell, header_fill)
            elif bold_all and r == len(rows) - 1:
                run.bold = True
    return table


def _bullets(document, items, style="List Bullet"):
    for item in items:
        document.add_paragraph(item, style=style)


def _bold_para(document, text, size=None, colour=None, centre=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _label_para(document, label, text):
    paragraph = document.add_paragraph()
    paragraph.add_run(label + " ").bold = True
    paragraph.add_run(text)
    return paragraph


# ------------------ 4. A parochial church council's annual report (Word, no heading styles)

def st_johns_frome_apcm_report(out: Path) -> None:
    """A parochial church council's annual report to the Annual Parochial Church Meeting (Word, no
    heading styles: bold capitalised section lines, bold run-in labels, one table): header with the
    parish and the registered charity number, footer with the report and page number; title lines,
    the meeting details, the PCC's legal status and members (not work), the vicar's letter (not work),
    electoral roll and attendance figures (not metrics), the churchwardens' report over two
    paragraphs (one piece of work with results: the churchwardens with Avon and Somerset Police's
    neighbourhood team and heritage crime officer after lead thefts), the winter night shelter over
    two paragraphs (one piece of work with results: the church as 'we' with the council's rough
    sleeper team and a homelessness charity, no force), the safeguarding officer's report
    (compliance: not work), a financial summary table (not metrics), approval and signature."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Georgia"
    style.font.size = Pt(10.5)
    _header_footer(document, "The Parish of St John the Baptist, Frome  \u00b7  Registered charity 1132874",
                   "PCC Annual Report 2024", align_header="left")
    _bold_para(document, "THE PARISH OF ST JOHN THE BAPTIST, FROME", size=14, centre=True)
    _bold_para(document, "Annual Report of the Parochial Church Council for the year ending 31 December 2024",
               size=11, centre=True)
    meet = document.add_paragraph("To be presented to the Annual Parochial Church Meeting on Sunday 27 April "
                                  "2025 after the 10am Parish Eucharist")
    meet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _bold_para(document, "ADMINISTRATIVE INFORMATION")
    document.add_paragraph("The Parochial Church Council (PCC) is a corporate body established by the Church "
                           "of England and is a charity registered with the Charity Commission. The church "
                           "is at Vicarage Street, Frome BA11 1PU, in the Diocese of Bath and Wells.")
    _label_para(document, "Members of the PCC:", "the Revd Canon Helen Marsh (Vicar, chair); Mr Tom Ashdown "
                "and Mrs Jenny Pocock (Churchwardens); Mrs Ann Tuckett (Treasurer); Mr Robin Cheek "
                "(Secretary); and nine elected members.")
    _bold_para(document, "THE VICAR'S LETTER")
    document.add_paragraph("It has been a year of building, not only of the new kitchen in the church hall "
                           "but of friendships across the town. Thank you to everyone who has given time, "
                           "money and prayer. I have been especially moved by the welcome our volunteers "
                           "gave to guests of the night shelter, and by the patience of everyone while the "
                           "roof was made safe. Helen")
    _bold_para(document, "CHURCH ATTENDANCE AND THE ELECTORAL ROLL")
    document.add_paragraph("There are 214 people on the electoral roll, 19 of whom were added this year. "
                           "Average Sunday attendance in October was 132 adults and 27 children. We held "
                           "14 baptisms, 6 weddings and 31 funerals.")
    _bold_para(document, "CHURCHWARDENS' REPORT")
    _label_para(document, "Fabric and security.", "In January and March 2024 thieves stripped lead from the "
                "south aisle roof, and rain came into the Lady Chapel. The churchwardens worked with Avon and "
                "Somerset Police's Frome Neighbourhood Policing Team and the force's heritage crime officer. "
                "On their advice we fitted a roof alarm linked to a monitoring centre, marked the remaining "
                "lead with forensic marking, put up warning signs, and the neighbourhood team added the "
                "churchyard to its night patrols and asked the neighbours on Gentle Street to report "
                "anyone on the roof.")
    document.add_paragraph("There has been no further theft of lead since the alarm was fitted in April. "
                           "In August the alarm went off at 2am, officers arrived within eight minutes and "
                           "two men were arrested on the roof and later charged. The replacement roof cost "
                           "\u00a338,400, of which the insurers paid \u00a37,500.")
    _label_para(document, "Quinquennial inspection.", "The architect's inspection in June found the tower "
                "sound; repointing of the north wall is needed within five years.")
    _bold_para(document, "MISSION AND OUTREACH")
    _label_para(document, "Frome Winter Night Shelter.", "From December 2023 to March 2024 we opened the "
                "church hall as a night shelter on Tuesday and Wednesday nights, one of five churches in "
                "the town's rota, working with Somerset Council's rough sleeper team, who referred guests, "
                "and the charity Selwood Homeless Support, whose keyworkers saw guests each morning. Our 46 "
                "volunteers cooked supper and breakfast and stayed overnight.")
    document.add_paragraph("The shelter gave 17 guests 388 bed-nights across the winter. Eleven guests "
                           "moved into a tenancy or supported housing by the end of April.")
    _label_para(document, "Giving.", "The PCC gave 10% of its unrestricted income, \u00a39,860, to mission "
                "partners, including the Frome food bank and the diocese's link with Zambia.")
    _bold_para(document, "SAFEGUARDING")
    document.add_paragraph("The Parish Safeguarding Officer, Mrs Carol Beeching, reported that all 58 people "
                           "in roles that need it hold a current DBS check and have completed the Church of "
                           "England's safeguarding training. The safeguarding policy was adopted again by the "
                           "PCC in May.")
    _bold_para(document, "FINANCIAL SUMMARY")
    _grid(document, [["", "2023 (\u00a3)", "2024 (\u00a3)"],
                     ["Planned giving and collections", "71,240", "74,905"],
                     ["Fees, lettings and donations", "23,610", "23,695"],
                     ["Parish Share to the diocese", "52,300", "53,800"],
                     ["Building and running costs", "34,910", "69,120"],
                     ["Balance of unrestricted funds at 31 December", "41,780", "18,940"]], header_fill="EDE7F6",
          bold_all=True)
    document.add_paragraph("The full accounts, examined by an independent examiner, are on the church noticeboard.")
    _label_para(document, "Approved by the PCC on 18 March 2025 and signed on its behalf by", "the Revd Canon Helen "
                "Marsh, Chair.")
    _save_docx(document, out / "st-johns-frome-pcc-annual-report-2024.docx",
               "PCC Annual Report 2024", "St John the Baptist, Frome")


# ------------------ 5. An information sharing agreement (Word, numbered Heading 1 and 2, tables)

def stoke_street_drinking_information_sharing_agreement(out: Path) -> None:
    """An information sharing agreement between a force and a city council for a planned scheme
    (Word, Title style, numbered Heading 1 and Heading 2 styles, a document control table, a
    parties table, a data items table and a signatories table): header with the protective marking,
    footer with the agreement reference, version and page number; document control (not work),
    purpose and the scheme to be supported (future: described as what will happen), legal basis,
    data items, retention, security and review, and signatories. No work described: no initiatives."""
    import docx

    document = docx.Document()
    _header_footer(document, "OFFICIAL-SENSITIVE when completed", "ISA-SOT-2025-07  \u00b7  Version 1.2  "
                   "\u00b7  Staffordshire Police and Stoke-on-Trent City Council")
    document.add_heading("Information Sharing Agreement: Hanley Street Drinking Support Pathway", level=0)
    _grid(document, [["Reference", "ISA-SOT-2025-07"],
                     ["Version", "1.2 (agreed)"],
                     ["Date agreed", "3 October 2025"],
                     ["Review date", "3 October 2026"],
                     ["Owners", "Information Management Unit, Staffordshire Police; Information Governance "
                                "Team, Stoke-on-Trent City Council"]], header_fill="D9E2F3", label_col=True)
    document.add_heading("1. Parties to the agreement", level=1)
    _grid(document, [["Party", "Role", "Contact"],
                     ["Staffordshire Police", "Joint controller", "Data Protection Officer, Police "
                      "Headquarters, Weston Road, Stafford ST18 0YY"],
                     ["Stoke-on-Trent City Council", "Joint controller", "Data Protection Officer, Civic "
                      "Centre, Glebe Street, Stoke-on-Trent ST4 1HH"],
                     ["Potteries Recovery Partnership", "Processor (outreach)", "Service Manager, 12 Piccadilly, "
                      "Hanley ST1 1EG"]], header_fill="D9E2F3")
    document.add_heading("2. Purpose", level=1)
    document.add_heading("2.1 Why information will be shared", level=2)
    document.add_paragraph("The parties intend to run a support pathway for people who drink in public "
                           "places in Hanley city centre and are repeatedly dealt with by the police or the "
                           "council's enforcement officers. When an officer deals with a person for street "
                           "drinking under the Public Spaces Protection Order, the officer will offer a "
                           "referral to the Potteries Recovery Partnership. Where the person agrees, their "
                           "details will be passed to the outreach team, who will aim to make contact within "
                           "two working days.")
    document.add_heading("2.2 Intended outcomes", level=2)
    _bullets(document, ["Fewer fixed penalty notices issued to people who are alcohol dependent.",
                        "More people in treatment for alcohol dependence.",
                        "Fewer calls to the police about street drinking in Hanley."])
    document.add_paragraph("The pathway will begin on 1 November 2025. Its results will be reported to the "
                           "Stoke-on-Trent Community Safety Partnership after six months.")
    document.add_heading("3. Legal basis", level=1)
    document.add_paragraph("For the police, sharing is necessary for the performance of a task carried out "
                           "in the public interest (UK GDPR Article 6(1)(e)) and for the prevention of crime "
                           "and disorder under section 115 of the Crime and Disorder Act 1998. Health "
                           "information is special category data; the condition relied on is substantial "
                           "public interest (Data Protection Act 2018, Schedule 1, paragraph 6). Consent "
                           "to the referral is sought, but is not the lawful basis for processing.")
    document.add_heading("4. Information to be shared", level=1)
    _grid(document, [["Data item", "From", "To", "Purpose"],
                     ["Name, date of birth, contact details", "Police or council", "Outreach team",
                      "To make contact"],
                     ["Date and place of the PSPO encounter", "Police or council", "Outreach team",
                      "To understand the pattern of drinking"],
                     ["Known risks to staff (warning markers)", "Police", "Outreach team", "Lone worker safety"],
                     ["Whether the person engaged (yes or no)", "Outreach team", "Police and council",
                      "To decide on enforcement"]], header_fill="D9E2F3")
    document.add_heading("5. Retention, security and rights", level=1)
    document.add_paragraph("Referrals will be sent by secure email only. Each party will keep the information "
                           "for no longer than 12 months after the last contact, unless it is needed for a "
                           "criminal investigation. Requests from data subjects will be handled by the party "
                           "that receives them, which will tell the other parties within five working days.")
    document.add_heading("6. Review", level=1)
    document.add_paragraph("The agreement will be reviewed after 12 months, or sooner if the law changes or "
                           "there is a data breach.")
    document.add_heading("7. Signatories", level=1)
    _grid(document, [["For", "Name and role", "Date"],
                     ["Staffordshire Police", "Supt Imran Qadir, Commander, Stoke-on-Trent", "3 October 2025"],
                     ["Stoke-on-Trent City Council", "Lisa Brereton, Director of Housing and Communities",
                      "3 October 2025"],
                     ["Potteries Recovery Partnership", "Sean Moody, Service Manager", "3 October 2025"]],
          header_fill="D9E2F3")
    _save_docx(document, out / "staffordshire-police-stoke-council-information-sharing-agreement-hanley.docx",
               "Information Sharing Agreement ISA-SOT-2025-07", "Staffordshire Police Information Management Unit")


# ------------------ 6. A distribution centre's health and safety committee minutes (Word, Heading 2 items)

def harcourt_lutterworth_hs_committee_minutes(out: Path) -> None:
    """A distribution centre's health and safety committee minutes (Word, a Heading 1 title and
    Heading 2 agenda items, bold-only paragraphs for names, an attendance table and an action log
    table): header with the company, site and 'Internal', footer with the committee, meeting date and
    page number; attendance, minutes and actions, accident statistics (context), the transport
    manager's item on cargo crime over two paragraphs (one piece of work with results: the company's
    transport team with Leicestershire Police's roads policing and a national vehicle crime unit),
    the HR item on domestic abuse (one piece of work with results: the company with a domestic abuse
    charity, no force), fire safety and forklift training (compliance: not work), any other business
    and the action log with owners and dates."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    _header_footer(document, "Harcourt Logistics Ltd  |  Lutterworth DC, Magna Park  |  INTERNAL",
                   "Site Health and Safety Committee  \u00b7  Minutes of 11 June 2025")
    document.add_heading("Site Health and Safety Committee: Minutes", level=1)
    document.add_paragraph("Wednesday 11 June 2025, 10.00am, Training Room 2, Harcourt Logistics, Mill Road, "
                           "Magna Park, Lutterworth LE17 4XH")
    _grid(document, [["Present", "Role"],
                     ["Dawn Kirkland (chair)", "Site General Manager"],
                     ["Mark Oyelaran", "Health, Safety and Environment Manager"],
                     ["Steph Bright", "Transport Manager"],
                     ["Jas Sandhu", "HR Business Partner"],
                     ["Lee Porter, Amina Farah, Craig Wells", "Elected employee safety representatives"]],
          header_fill="FCE4D6")
    _label_para(document, "Apologies:", "Gary Threlfall (Warehouse Operations Manager).")
    document.add_heading("1. Minutes of the last meeting and actions", level=2)
    document.add_paragraph("The minutes of 12 March 2025 were agreed. Actions 25/04 and 25/05 are complete; "
                           "25/06 (racking inspection, aisle 40) is carried forward.")
    document.add_heading("2. Accident and incident statistics", level=2)
    document.add_paragraph("Mark Oyelaran reported 14 accidents in March to May, against 19 in the previous "
                           "quarter, and two RIDDOR reports: a fractured wrist on the dock and a "
                           "seven-day absence after a fall from a step. The lost time injury rate is 1.9 per "
                           "100,000 hours worked.")
    document.add_heading("3. Driver safety and cargo crime", level=2)
    _bold_para(document, "Steph Bright, Transport Manager")
    document.add_paragraph("Steph reminded the committee that in 2024 eleven of our trailers were attacked "
                           "overnight in lay-bys on the A5 and M1, curtains slashed and loads stolen, and two "
                           "drivers were threatened. Since October the transport team has worked with "
                           "Leicestershire Police's Roads Policing Unit and the National Vehicle Crime "
                           "Intelligence Service (NaVCIS): every attack is reported to NaVCIS the same day, "
                           "our route planners now book drivers into secure truck parks for their night "
                           "breaks, and officers have briefed all 140 of our drivers at the depot on what "
                           "to look for.")
    document.add_paragraph("Since January there has been one attack on a Harcourt trailer, against six in the "
                           "same months of 2024, and the Roads Policing Unit arrested three men in April "
                           "after a NaVCIS alert about a van seen at two of the lay-bys. Lee Porter said the "
                           "drivers appreciated the briefings.")
    document.add_heading("4. Wellbeing: domestic abuse", level=2)
    _bold_para(document, "Jas Sandhu, HR Business Partner")
    document.add_paragraph("Jas reported on the workplace champions scheme the company set up last year with "
                           "the charity Leicestershire Safe Haven. The charity trained 22 colleagues from "
                           "every shift as champions who can listen and signpost, the company introduced "
                           "ten days' paid safe leave, and posters with the champions' names are in every "
                           "toilet and rest area.")
    document.add_paragraph("In its first year 17 colleagues asked a champion for help and 12 were referred to "
                           "the charity, and two used safe leave to move home. Amina Farah asked for the "
                           "training to be offered to team leaders on nights.")
    document.add_heading("5. Fire safety and training", level=2)
    document.add_paragraph("The fire risk assessment was reviewed in May with no significant findings. The "
                           "evacuation drill on 22 May cleared the building in 4 minutes 10 seconds. Forklift "
                           "refresher training is 91% complete.")
    document.add_heading("6. Any other business", level=2)
    document.add_paragraph("Craig Wells asked for the car park lighting near gate 3 to be repaired. The next "
                           "meeting is on Wednesday 10 September 2025.")
    document.add_heading("Action log", level=2)
    _grid(document, [["No.", "Action", "Owner", "Due"],
                     ["25/06", "Racking inspection, aisle 40", "G. Threlfall", "30 June 2025"],
                     ["25/07", "Offer domestic abuse champion training to night team leaders", "J. Sandhu",
                      "31 August 2025"],
                     ["25/08", "Repair car park lighting, gate 3", "M. Oyelaran", "18 June 2025"]],
          header_fill="FCE4D6")
    _save_docx(document, out / "harcourt-logistics-lutterworth-health-and-safety-committee-minutes-2025-06.docx",
               "Site Health and Safety Committee minutes, 11 June 2025", "Harcourt Logistics Ltd")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    ribble_hodder_angling_annual_report(out)
    derwent_dove_quality_account(out)
    stockton_dph_annual_report_chapter(out)
    st_johns_frome_apcm_report(out)
    stoke_street_drinking_information_sharing_agreement(out)
    harcourt_lutterworth_hs_committee_minutes(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
