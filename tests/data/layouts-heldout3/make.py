"""Write the binary documents of the third held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout3/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing publishers lay out their
documents, without reading the segmenter or the readers, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly), so that each layout is
drawn the way the publisher's own template would draw it: a Scottish Police Authority committee
paper with an annex of case studies, a joint force and council report set out in Welsh and English
side by side, a Freedom of Information response letter, a staff association magazine interview and
a Force Management Statement extract. The HTML, Markdown and plain-text documents beside this
script are written by hand; manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output and the Word files are
re-zipped with fixed member timestamps, so running the script twice gives the same bytes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    """The same archive with fixed member timestamps, so writing it again changes no bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


# ------------------------------------- 1. Scottish Police Authority committee paper with an annex

SPA_NAVY = colors.HexColor("#1d2c4d")
SPA_BODY = ParagraphStyle("spabody", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=8)
SPA_NUM = ParagraphStyle("spanum", parent=SPA_BODY, leftIndent=34, firstLineIndent=-34)
SPA_H = ParagraphStyle("spah", parent=SPA_BODY, fontName="Helvetica-Bold", fontSize=11, leading=15,
                       spaceBefore=8, spaceAfter=6)
SPA_TITLE = ParagraphStyle("spatitle", parent=SPA_BODY, fontName="Helvetica-Bold", fontSize=15, leading=19,
                           textColor=SPA_NAVY, spaceAfter=10)
SPA_CELL = ParagraphStyle("spacell", parent=SPA_BODY, fontSize=9.5, leading=12, spaceAfter=0)
SPA_CELL_B = ParagraphStyle("spacellb", parent=SPA_CELL, fontName="Helvetica-Bold")
SPA_CASE = ParagraphStyle("spacase", parent=SPA_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                          textColor=SPA_NAVY, spaceBefore=10, spaceAfter=4)
SPA_LABEL = ParagraphStyle("spalabel", parent=SPA_BODY, fontSize=9.5, leading=12, spaceAfter=3,
                           textColor=colors.HexColor("#333333"))

SPA_FOOTER = "SPA Policing Performance Committee | Rural, Remote and Island Communities | 4 June 2025"


def _spa_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(width / 2, height - 30, "OFFICIAL")
    canvas.drawCentredString(width / 2, 22, "OFFICIAL")
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(60, 38, SPA_FOOTER)
    canvas.drawRightString(width - 60, 38, str(doc.page))
    canvas.restoreState()


def _spa_case(number: int, title: str, division: str, partners: str, sections: list[tuple[str, str]]):
    parts = [Paragraph(f"Case study {number}: {title}", SPA_CASE),
             Paragraph(f"<b>Division:</b> {division}", SPA_LABEL),
             Paragraph(f"<b>Partners:</b> {partners}", SPA_LABEL),
             Spacer(1, 4)]
    for label, text in sections:
        parts.append(Paragraph(f"<b>{label}</b>", SPA_BODY))
        parts.append(Paragraph(text, SPA_BODY))
    return parts


def spa_rural_island_paper(out: Path) -> None:
    """A committee paper to the Scottish Police Authority: the Authority's cover table of labelled
    fields, PURPOSE, numbered sections, the fixed list of implications sections, RECOMMENDATIONS,
    then Annex A with three case studies, each with its own title, division and partners."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "scottish-police-authority-rural-island-communities-paper.pdf"),
                          pagesize=A4, leftMargin=60, rightMargin=60, topMargin=56, bottomMargin=60,
                          title="Rural, Remote and Island Communities: Local Policing Update",
                          author="Police Scotland", invariant=1)
    frame = Frame(60, 56, width - 120, height - 56 - 56, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_spa_page)])
    p = lambda text, style=SPA_BODY: Paragraph(text, style)  # noqa: E731
    inner = width - 120

    cover_rows = [
        ("Agenda Item 3.2", ""),
        ("Meeting", "SPA Policing Performance Committee"),
        ("Date", "4 June 2025"),
        ("Location", "Video conference"),
        ("Title of Paper", "Rural, Remote and Island Communities: Local Policing Update"),
        ("Presented By", "Assistant Chief Constable Fiona Maclean, Local Policing North"),
        ("Recommendation to Members", "For Discussion"),
        ("Appendix Attached", "Yes: Annex A, Case studies from local policing divisions"),
    ]
    cover = Table([[p(label, SPA_CELL_B), p(value, SPA_CELL)] for label, value in cover_rows],
                  colWidths=[150, inner - 150])
    cover.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b8")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    n = lambda number, text: Paragraph(f"{number}&nbsp;&nbsp;&nbsp;&nbsp;{text}", SPA_NUM)  # noqa: E731

    response = Table(
        [[p(cell, SPA_CELL_B if r == 0 else SPA_CELL) for cell in row] for r, row in enumerate([
            ("Area type", "Median minutes", "Incidents"),
            ("Large urban", "9", "412,300"),
            ("Other urban", "11", "281,950"),
            ("Accessible rural", "17", "96,420"),
            ("Remote rural", "26", "38,710"),
            ("Islands", "21", "12,880"),
        ])], colWidths=[170, 110, 110])
    response.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b8")),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8f0")),
                                  ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))

    story = [
        p("SCOTTISH POLICE AUTHORITY", SPA_TITLE),
        cover,
        Spacer(1, 18),
        p("PURPOSE", SPA_H),
        p("The purpose of this paper is to update Members on how Police Scotland delivers local policing "
          "to rural, remote and island communities, and to provide examples of local practice from three "
          "divisions."),
        p("Members are invited to discuss the contents of this paper."),
        p("1. BACKGROUND", SPA_H),
        n("1.1", "Around 17% of Scotland\u2019s people live in areas classed as accessible rural or remote "
                 "rural, and those areas make up 94% of the land mass."),
        n("1.2", "In March 2024 the Committee asked for an update on the local policing of these "
                 "communities, including response times, the rural crime picture and partnership working."),
        n("1.3", "This paper covers the 2024/25 financial year. Figures are management information and have "
                 "not been subject to the quality assurance of official statistics."),
        p("2. CURRENT POSITION", SPA_H),
        n("2.1", "Table 1 shows the median time from the creation of an emergency incident to the arrival "
                 "of the first officer, by area type."),
        KeepTogether([p("<b>Table 1: Emergency response times by area type, 2024/25</b>", SPA_LABEL), response]),
        Spacer(1, 10),
        n("2.2", "Incidents flagged as rural crime fell by 6% to 1,842. Theft of quad bikes, trailers and "
                 "machinery accounted for 312 crimes and livestock worrying for 288."),
        n("2.3", "In the Your Police survey, 58% of respondents living in remote rural areas agreed that "
                 "the police in their area were doing a good job, against 61% nationally."),
        n("2.4", "Officers in rural stations told the Local Policing North command that single crewing, "
                 "ferry timetables and travel times are the main pressures on their work. A review of "
                 "rural deployment models will report to the Committee in December 2025."),
        p("3. LOCAL DELIVERY", SPA_H),
        n("3.1", "Divisions set local priorities with community planning partners through Local Police "
                 "Plans. Annex A sets out three examples of local work that divisions have put forward as "
                 "having potential for wider adoption. They have not been independently evaluated."),
        n("3.2", "The Rural Crime and Safety Forum will consider at its September meeting whether any of "
                 "them should be adopted across the country."),
        p("4. FINANCIAL IMPLICATIONS", SPA_H),
        n("4.1", "There are no financial implications in this report."),
        p("5. PERSONNEL IMPLICATIONS", SPA_H),
        n("5.1", "There are no personnel implications in this report."),
        p("6. LEGAL IMPLICATIONS", SPA_H),
        n("6.1", "There are no legal implications in this report."),
        p("7. REPUTATIONAL IMPLICATIONS", SPA_H),
        n("7.1", "Response times in remote and island areas are a frequent subject of correspondence from "
                 "elected members and the public."),
        p("8. SOCIAL IMPLICATIONS", SPA_H),
        n("8.1", "There are no social implications in this report."),
        p("9. COMMUNITY IMPACT", SPA_H),
        n("9.1", "The examples in Annex A were developed with community councils, island and farming "
                 "communities."),
        p("10. EQUALITIES IMPLICATIONS", SPA_H),
        n("10.1", "There are no equalities implications in this report."),
        p("11. ENVIRONMENT IMPLICATIONS", SPA_H),
        n("11.1", "There are no environmental implications in this report."),
        p("RECOMMENDATIONS", SPA_H),
        p("Members are invited to discuss the contents of this report."),
        PageBreak(),
        p("ANNEX A: CASE STUDIES FROM LOCAL POLICING DIVISIONS", SPA_TITLE),
        p("The three case studies below were provided by the divisions. Figures are the divisions\u2019 own."),
    ]
    story += _spa_case(
        1, "Island special constables on Orkney\u2019s outer isles", "Highlands and Islands",
        "Orkney Islands Council, community councils on the outer isles",
        [("Background", "Six of Orkney\u2019s inhabited outer isles have no resident police officer. "
                        "Depending on the ferry timetable, the first officer to reach an incident there can "
                        "take several hours."),
         ("What was done", "In April 2024 the division recruited and trained eight "
                           "special constables living on six of the outer isles. Each completed first response "
                           "training and carries a radio linked to the Kirkwall police office. Orkney Islands "
                           "Council gave each of them a room in the island\u2019s community hall to use as a "
                           "contact point, open two evenings a week."),
         ("Outcome", "In the first twelve months the special constables attended 37 incidents before a "
                     "regular officer arrived. The average wait for a first police presence on those isles "
                     "fell from 3 hours 10 minutes to 24 minutes.")])
    story += _spa_case(
        2, "Lead on the Hill", "Dumfries and Galloway",
        "NFU Scotland, Dumfries and Galloway Council countryside rangers",
        [("Background", "Livestock worrying in the lambing season rose for three years in a row, most of "
                        "it on farmland next to popular walking routes."),
         ("What was done", "Officers, rangers and NFU Scotland members put up 400 signs at field gates "
                           "along the Southern Upland Way and handed out 1,150 free dog leads at car parks. "
                           "Farmers were given a short online form to report attacks straight to the "
                           "division\u2019s rural crime officers."),
         ("Outcome", "Reports of livestock worrying between March and May fell from 41 in 2024 to 26 in "
                     "2025, and the share of reports with a named dog owner rose from a third to a half.")])
    story += _spa_case(
        3, "Community surgeries on Mull, Islay and Tiree", "Argyll and West Dunbartonshire",
        "Argyll and Bute Council Trading Standards, Post Office",
        [("Background", "Older residents on the islands are targeted by doorstep and telephone scams, and "
                        "most have no police office within reach."),
         ("What was done", "Since September 2024 local officers have held monthly surgeries in 11 village "
                           "halls and post offices, joined by a trading standards officer who talks about "
                           "doorstep crime and checks call blockers."),
         ("Outcome", "The surgeries saw 420 residents in their first six months. Nineteen scams were "
                     "reported that would otherwise not have been, and 64 call blockers were fitted.")])
    doc.build(story)


# ----------------------------- 2. Joint force and council report, Welsh and English side by side

GW_BLUE = colors.HexColor("#003a70")
GW_GREEN = colors.HexColor("#00703c")
BI_BODY = ParagraphStyle("bibody", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=0)
BI_HEAD = ParagraphStyle("bihead", parent=BI_BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                         textColor=GW_BLUE)
BI_COVER = ParagraphStyle("bicover", parent=BI_BODY, fontName="Helvetica-Bold", fontSize=22, leading=27,
                          textColor=GW_BLUE, alignment=TA_CENTER, spaceAfter=8)
BI_COVER_SUB = ParagraphStyle("bicoversub", parent=BI_BODY, fontSize=13, leading=17, alignment=TA_CENTER,
                              spaceAfter=6)
BI_LANG = ParagraphStyle("bilang", parent=BI_BODY, fontName="Helvetica-Bold", fontSize=8.5, leading=10,
                         textColor=colors.white)

# Each pair is (Welsh, English); a pair whose first item starts with "#" is a heading in both.
BILINGUAL = [
    ("#Rhagair", "#Foreword"),
    ("Mae\u2019r adroddiad hwn yn disgrifio gwaith ar y cyd rhwng Heddlu Gwent a Chyngor Dinas Casnewydd "
     "i wneud lonydd cefn Pillgwenlly yn fwy diogel. Rydym yn ddiolchgar i\u2019r trigolion a roddodd eu "
     "hamser i\u2019n helpu.",
     "This report describes joint work between Gwent Police and Newport City Council to make the back lanes "
     "of Pillgwenlly safer. We are grateful to the residents who gave their time to help us."),
    ("Y Prif Uwch-arolygydd Sian Pritchard, Heddlu Gwent, a\u2019r Cynghorydd Rhys Morgan, Aelod Cabinet dros "
     "Gymunedau, Cyngor Dinas Casnewydd",
     "Chief Superintendent Sian Pritchard, Gwent Police, and Councillor Rhys Morgan, Cabinet Member for "
     "Communities, Newport City Council"),
    ("#Y cefndir", "#Background"),
    ("Yn 2023 dywedodd trigolion Pillgwenlly wrthym fod y lonydd cefn y tu \u00f4l i\u2019w tai teras yn "
     "cael eu defnyddio i werthu cyffuriau, i dipio sbwriel yn anghyfreithlon ac fel llwybrau dianc ar \u00f4l "
     "byrgleriaethau.",
     "In 2023 residents of Pillgwenlly told us that the back lanes behind their terraced houses were being "
     "used for drug dealing, fly-tipping and as escape routes after burglaries."),
    ("Pillgwenlly oedd \u00e2\u2019r gyfradd byrgleriaeth uchaf o holl wardiau Casnewydd yn 2022/23.",
     "Pillgwenlly had the highest burglary rate of any ward in Newport in 2022/23."),
    ("#Beth wnaethom ni", "#What we did"),
    ("Dewisodd t\u00eem plismona bro Heddlu Gwent y lonydd gan ddefnyddio data troseddu a digwyddiadau dwy "
     "flynedd. Ymgynghorodd y cyngor \u00e2 phob aelwyd, a chytunodd 87% o\u2019r trigolion.",
     "Gwent Police\u2019s neighbourhood team chose the lanes using two years of crime and incident data. The "
     "council consulted every household, and 87% of residents agreed."),
    ("Rhwng Mai 2024 ac Ionawr 2025 gosododd y cyngor gatiau y gellir eu cloi ar 36 o lonydd cefn. Cafodd "
     "pob aelwyd allwedd.",
     "Between May 2024 and January 2025 the council fitted lockable gates to 36 back lanes. Every "
     "household was given a key."),
    ("Cyn gosod y gatiau, cliriodd timau glanhau\u2019r cyngor 74 tunnell o wastraff, a bu swyddogion "
     "cymorth cymunedol yn patrolio\u2019r lonydd bob wythnos.",
     "Before the gates went up, the council\u2019s clean-up crews cleared 74 tonnes of waste, and police "
     "community support officers patrolled the lanes every week."),
    ("#Canlyniadau", "#Results"),
    ("Yn y chwe mis ar \u00f4l gosod y gatiau, gostyngodd byrgleriaeth yn y strydoedd \u00e2 gatiau 38% o\u2019i "
     "gymharu \u00e2\u2019r un cyfnod y flwyddyn flaenorol.",
     "In the six months after the gates were fitted, burglary in the gated streets fell by 38% compared with "
     "the same period a year earlier."),
    ("Gostyngodd adroddiadau am dipio anghyfreithlon o 212 i 64, a gostyngodd ymddygiad gwrthgymdeithasol "
     "22%.",
     "Reports of fly-tipping fell from 212 to 64, and anti-social behaviour fell by 22%."),
    ("#Y camau nesaf", "#Next steps"),
    ("Yn 2025/26 bydd y cyngor a\u2019r heddlu yn gosod gatiau ar 20 o lonydd eraill ym Maendy.",
     "In 2025/26 the council and the police will gate a further 20 lanes in Maindee."),
    ("#Cysylltu \u00e2 ni", "#Contact us"),
    ("T\u00eem plismona bro Casnewydd: ffoniwch 101. Cyngor Dinas Casnewydd: 01633 414100.",
     "Newport neighbourhood policing team: call 101. Newport City Council: 01633 414100."),
    ("Rydym yn croesawu gohebiaeth yn Gymraeg.",
     "We welcome correspondence in Welsh."),
]


def _bilingual_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFillColor(GW_BLUE)
    canvas.rect(0, height - 14, width, 14, fill=1, stroke=0)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(50, 26, "Mae\u2019r ddogfen hon ar gael yn Gymraeg ac yn Saesneg / "
                              "This document is available in Welsh and English")
    canvas.drawRightString(width - 50, 26, f"Tudalen {doc.page} / Page {doc.page}")
    canvas.restoreState()


def gwent_newport_bilingual_report(out: Path) -> None:
    """A joint report by a force and a council, Welsh in the left column and English in the right,
    each paragraph beside its translation; a bilingual cover. The whole report is one initiative."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "gwent-police-newport-council-pillgwenlly-lanes-joint-report.pdf"),
                          pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50,
                          title="Lonydd Pillgwenlly / Pillgwenlly Lanes: joint report 2025",
                          author="Gwent Police and Newport City Council", invariant=1)
    frame = Frame(50, 44, width - 100, height - 50 - 44, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_bilingual_page)])
    inner = width - 100
    half = inner / 2

    logos = Table([[Paragraph("<b>Heddlu Gwent</b><br/>Gwent Police", BI_BODY),
                    Paragraph("<b>Cyngor Dinas Casnewydd</b><br/>Newport City Council", BI_BODY)]],
                  colWidths=[half, half])
    logos.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 1, GW_GREEN),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = [
        logos,
        Spacer(1, 150),
        Paragraph("Lonydd Pillgwenlly: gatiau a glanhau", BI_COVER),
        Paragraph("Pillgwenlly Lanes: gating and clean-up", BI_COVER),
        Spacer(1, 12),
        Paragraph("Adroddiad ar y cyd, Medi 2025", BI_COVER_SUB),
        Paragraph("Joint report, September 2025", BI_COVER_SUB),
        PageBreak(),
    ]
    rows = [[Paragraph("CYMRAEG", BI_LANG), Paragraph("ENGLISH", BI_LANG)]]
    styles = [("BACKGROUND", (0, 0), (-1, 0), GW_BLUE),
              ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.HexColor("#b0b8c4")),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    for welsh, english in BILINGUAL:
        if welsh.startswith("#"):
            rows.append([Paragraph(welsh[1:], BI_HEAD), Paragraph(english[1:], BI_HEAD)])
            styles.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 12))
        else:
            rows.append([Paragraph(welsh, BI_BODY), Paragraph(english, BI_BODY)])
    table = Table(rows, colWidths=[half, half], repeatRows=1)
    table.setStyle(TableStyle(styles))
    story.append(table)
    doc.build(story)


# ------------------------------------------------- 3. Freedom of Information response letter (PDF)

FOI_BODY = ParagraphStyle("foibody", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
FOI_SMALL = ParagraphStyle("foismall", parent=FOI_BODY, fontSize=9, leading=11.5, spaceAfter=2)
FOI_H = ParagraphStyle("foih", parent=FOI_BODY, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6,
                       spaceAfter=4)
FOI_QUOTE = ParagraphStyle("foiquote", parent=FOI_BODY, fontName="Helvetica-Oblique", leftIndent=24,
                           rightIndent=24)
FOI_CELL = ParagraphStyle("foicell", parent=FOI_BODY, fontSize=9.5, leading=12, spaceAfter=0)


def _foi_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawCentredString(width / 2, height - 28, "OFFICIAL")
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(62, 30, "Bedfordshire Police | Information Access Team | FOI 2025/00817")
    canvas.drawRightString(width - 62, 30, f"Page {doc.page} of 2")
    canvas.restoreState()


def bedfordshire_foi_response(out: Path) -> None:
    """A force's Freedom of Information response: letterhead, reference block, the request quoted,
    answers question by question (one describes a programme the force refers people to, one applies
    an exemption, one says the information is not held), then the statutory complaint rights."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "bedfordshire-police-foi-response-perpetrator-programme.pdf"), pagesize=A4,
                          leftMargin=62, rightMargin=62, topMargin=54, bottomMargin=56,
                          title="Freedom of Information request FOI 2025/00817",
                          author="Bedfordshire Police", invariant=1)
    frame = Frame(62, 52, width - 124, height - 54 - 52, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_foi_page)])
    p = lambda text, style=FOI_BODY: Paragraph(text, style)  # noqa: E731
    inner = width - 124

    head = Table([[p("<font size='16'><b>Bedfordshire Police</b></font>", FOI_BODY),
                   p("Information Access Team<br/>Police Headquarters<br/>Woburn Road, Kempston<br/>"
                     "Bedford MK43 9AX<br/>foi@bedfordshire.police.uk", FOI_SMALL)]],
                 colWidths=[inner - 170, 170])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#00264d"))]))
    refs = Table([[p("Our ref:", FOI_SMALL), p("FOI 2025/00817", FOI_SMALL)],
                  [p("Date:", FOI_SMALL), p("3 March 2025", FOI_SMALL)]], colWidths=[60, 200])
    refs.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    figures = Table([[p(cell, FOI_CELL) for cell in row] for row in [
        ("<b>Financial year</b>", "<b>Referred</b>", "<b>Started</b>", "<b>Completed</b>"),
        ("2023/24 (October to March)", "64", "41", "22"),
        ("2024/25 (April to 31 January)", "131", "97", "58"),
    ]], colWidths=[190, 80, 80, 80])
    figures.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ecf2"))]))

    story = [
        head, Spacer(1, 14), refs, Spacer(1, 14),
        p("Dear Requester,"),
        p("<b>Freedom of Information Request Reference No: FOI 2025/00817</b>"),
        p("I write in connection with your request for information received by Bedfordshire Police on "
          "3 February 2025, in which you sought access to the following information:"),
        p("1. Does Bedfordshire Police run or fund a programme for perpetrators of domestic abuse? If so, "
          "please describe it.", FOI_QUOTE),
        p("2. How many people were referred to it in each of the last two financial years, and how many "
          "completed it?", FOI_QUOTE),
        p("3. How much did the force spend on the programme in 2023/24?", FOI_QUOTE),
        p("4. Has the programme been evaluated? If so, please provide a copy.", FOI_QUOTE),
        p("<b>Response</b>", FOI_H),
        p("Bedfordshire Police has dealt with your request in accordance with the Freedom of Information "
          "Act 2000 and this letter is the response."),
        p("<b>Question 1</b>", FOI_H),
        p("Yes. Since October 2023 the force has referred perpetrators to Change Path, a 26-week behaviour "
          "change programme delivered by Bedford Family Safety Trust, a local charity commissioned jointly "
          "by the force and the Office of the Police and Crime Commissioner for Bedfordshire."),
        p("Officers in the Domestic Abuse Investigation Unit refer people assessed as posing a medium or "
          "high risk, either at the point of charge or where a case will not proceed to court. Participants "
          "attend weekly group sessions and have a case manager, and a partner support worker stays in "
          "contact with the victim for the whole programme. The force shares intelligence with the "
          "programme so that any further report of abuse is known to the case manager within one working "
          "day."),
        p("<b>Question 2</b>", FOI_H),
        p("The numbers referred, starting and completing the programme are below."),
        figures,
        Spacer(1, 8),
        p("Of the 80 people who completed the programme, 6 were reported to the police for a further "
          "domestic abuse offence within six months of finishing."),
        p("<b>Question 3</b>", FOI_H),
        p("Information is held. The information is exempt under Section 43(2) of the Act (commercial "
          "interests). Disclosing the value of the contract while the service is being recommissioned "
          "would be likely to prejudice the commercial interests of the force and of the providers "
          "bidding for it."),
        p("Section 43 is a qualified exemption and the public interest test has been applied. Public "
          "interest considerations favouring disclosure include accountability for the spending of public "
          "money. Considerations favouring non-disclosure include the force\u2019s ability to obtain value "
          "for money. On balance the public interest lies in maintaining the exemption at this time."),
        p("<b>Question 4</b>", FOI_H),
        p("Information not held. An evaluation by the University of Bedfordshire began in January 2025 and "
          "is due to report in 2026."),
        p("<b>Complaint Rights</b>", FOI_H),
        p("If you are dissatisfied with the response you have been provided with, you can ask for an "
          "internal review. Please write to the Information Access Team at the address above within 40 "
          "working days of the date of this letter."),
        p("If you remain dissatisfied after the internal review, you have the right to complain to the "
          "Information Commissioner at: Information Commissioner\u2019s Office, Wycliffe House, Water Lane, "
          "Wilmslow, Cheshire SK9 5AF."),
        p("Yours sincerely,"),
        p("Information Access Officer<br/>Bedfordshire Police"),
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


def _save_docx(document, path: Path) -> None:
    from datetime import datetime

    properties = document.core_properties
    properties.created = properties.modified = datetime(2025, 1, 1)
    properties.last_printed = datetime(2025, 1, 1)
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    _write_zip_reproducibly(buffer.getvalue(), path)


# --------------------------------------- 4. Staff association magazine: an interview in Q and A

INTERVIEW = [
    ("Where did the idea come from?",
     "Dawn Kershaw",
     ["In 2022 I was punched in the face at a domestic job in Blackpool. I had a couple of days off, came "
      "back, and nobody ever asked me about it again. When I started asking around, that was normal. That "
      "year more than 1,100 officers and staff in Lancashire were assaulted and nobody could tell me how "
      "many of them had been followed up.",
      "I wrote a one-page proposal to the chief superintendent for Western Division, and she gave me six "
      "months to try it."]),
    ("So what does the pathway actually do?",
     "Dawn Kershaw",
     ["Every assault on a colleague recorded on the crime system now triggers a task for a trained peer "
      "supporter, who phones the officer within 24 hours. There are 46 of us across the county, all "
      "volunteers, all trained by occupational health.",
      "The peer supporter checks how they are, makes sure their injuries are recorded and photographed, "
      "and offers a referral to occupational health. The officer also gets a named investigator who has "
      "to update them every fortnight until the case is finished, the same as any other victim."]),
    ("What part did the Federation play?",
     "Mark Aspinall",
     ["We sat on the working group from the first meeting. The thing we pushed hardest for was the "
      "victim personal statement. Too many cases were going to court without one, and magistrates were "
      "hearing nothing about what the assault had done to the officer. Now the peer supporter offers "
      "help to write one in every case, and a Federation rep is offered on the same call."]),
    ("What difference has it made?",
     "Dawn Kershaw",
     ["Last year 96% of assaulted colleagues got their call within 24 hours. The charge rate for "
      "assaults on officers went from 34% to 47%, which we think is mostly because the officer stays "
      "involved instead of giving up on their own case. And 212 people took up an occupational health "
      "referral who would probably never have asked."]),
    ("What would you say to another force thinking about it?",
     "Mark Aspinall",
     ["It costs next to nothing. The peer supporters do it as part of their day job and the task is "
      "generated automatically. What it needs is someone senior who will chase the investigators when "
      "the updates stop."]),
]


def lancashire_federation_interview(out: Path) -> None:
    """A branch Police Federation magazine feature set out as an interview: section label, headline,
    standfirst, byline, bold questions and answers with the speaker's name, photo caption, a help box,
    then short branch notices; running header and footer."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.add_run("Frontline | The magazine of Lancashire Police Federation | Spring 2025").font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("www.lancashirepolfed.org.uk | ").font.size = Pt(8)
    _page_number_field(footer)

    label = document.add_paragraph()
    run = label.add_run("FEATURE")
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)
    headline = document.add_paragraph()
    headline_run = headline.add_run("\u2018Nobody should go home alone after being assaulted\u2019")
    headline_run.bold = True
    headline_run.font.size = Pt(22)
    standfirst = document.add_paragraph()
    stand_run = standfirst.add_run(
        "Two years after Lancashire Constabulary started its assaulted colleague pathway, Frontline asked "
        "the sergeant who designed it and the Federation rep who helped shape it how it works and what has "
        "changed.")
    stand_run.italic = True
    stand_run.font.size = Pt(12)
    byline = document.add_paragraph()
    byline.add_run("Interview by Rachel Holt").font.size = Pt(9)

    document.add_paragraph(
        "Sergeant Dawn Kershaw is the force\u2019s lead for assaults on officers and staff. Mark Aspinall is "
        "the Federation\u2019s workplace rep for Western Division and sat on the working group that "
        "designed the pathway.")
    for question, speaker, answers in INTERVIEW:
        q = document.add_paragraph()
        q.add_run(question).bold = True
        for number, answer in enumerate(answers):
            a = document.add_paragraph()
            if number == 0:
                a.add_run(f"{speaker.split()[0].upper()}: ").bold = True
            a.add_run(answer)

    caption = document.add_paragraph()
    caption_run = caption.add_run("Pictured: Sergeant Dawn Kershaw and Mark Aspinall at force headquarters "
                                  "in Hutton. Photo: Lancashire Constabulary")
    caption_run.italic = True
    caption_run.font.size = Pt(8)

    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    _shade(cell, "FCE8EA")
    cell.paragraphs[0].add_run("Assaulted on duty?").bold = True
    cell.add_paragraph("Your Federation can help. Call the branch office on 01772 412 650, or out of hours "
                       "07700 900 318, or speak to your local workplace rep.")

    document.add_paragraph()
    notices = document.add_paragraph()
    notices.add_run("BRANCH NOTICES").bold = True
    for heading, text in [
        ("Annual general meeting", "The branch AGM is on Thursday 15 May 2025 at 10am at the Leyland "
                                   "sports club. All members are welcome."),
        ("Welfare fund", "The welfare fund committee meets monthly. Applications must reach the office by "
                         "the first Monday of the month."),
        ("Next issue", "The summer issue will look at the new shift pattern in Eastern Division. Send your "
                       "views to the editor."),
    ]:
        para = document.add_paragraph()
        para.add_run(heading + ". ").bold = True
        para.add_run(text)
    _save_docx(document, out / "lancashire-police-federation-frontline-assaulted-colleagues-interview.docx")


# ----------------------------------------------------- 5. Force Management Statement extract (Word)

def gloucestershire_fms_extract(out: Path) -> None:
    """An extract from a Force Management Statement: title page, summary, demand tables with the
    years compared, future demand, workforce, two improvement programmes, risks and the force's
    confidence in its own assessment."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.add_run("OFFICIAL | Gloucestershire Constabulary | Force Management Statement 2025").font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_number_field(footer)

    document.add_paragraph().add_run("Gloucestershire Constabulary").bold = True
    title = document.add_paragraph()
    title.add_run("Force Management Statement 2025").font.size = Pt(26)
    sub = document.add_paragraph()
    sub.add_run("Published extract: Public contact (999, 101 and online)").font.size = Pt(15)
    document.add_paragraph("Figures are for the 2024/25 financial year unless stated. This extract omits "
                           "material that is not suitable for publication.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(rows, style="Table Grid"):
        t = document.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
                if r == 0:
                    for run in t.cell(r, c).paragraphs[0].runs:
                        run.bold = True
        return t

    document.add_heading("1. Summary", level=1)
    document.add_paragraph(
        "Emergency calls rose again in 2024/25 while calls to 101 fell, as more of the public reported "
        "online. Around one in nine incidents involved someone in mental health crisis. Section 5 "
        "describes the two programmes the force has started to manage this demand.")

    document.add_heading("2. Current demand", level=1)
    document.add_heading("2.1 Contact by channel", level=2)
    table([("Channel", "2023/24", "2024/25", "Change"),
           ("999 calls", "96,310", "101,845", "+5.7%"),
           ("101 calls", "212,400", "198,730", "-6.4%"),
           ("Online reports", "31,200", "38,950", "+24.8%"),
           ("Social media messages", "6,120", "7,480", "+22.2%")])
    document.add_paragraph("Table 1: Public contact by channel")
    document.add_paragraph(
        "The average time to answer a 999 call was 7 seconds. The average time to answer a 101 call was "
        "4 minutes 52 seconds, and 22% of 101 calls were abandoned before they were answered.")
    document.add_heading("2.2 Incidents involving mental health", level=2)
    document.add_paragraph(
        "11,240 incidents were flagged as involving mental health, and officers spent an estimated 21,600 "
        "hours on them, most of it waiting with people in crisis at hospitals or in public places.")

    document.add_heading("3. Future demand", level=1)
    document.add_paragraph(
        "On current trends, 999 calls will rise by about 3% a year to 2029/30, and online reports will "
        "overtake 101 calls by 2027/28. Mental health demand is expected to stay at its current level.")

    document.add_heading("4. Workforce and capability", level=1)
    table([("Role", "Establishment (FTE)", "In post (FTE)"),
           ("Call handlers", "142", "129"),
           ("Dispatchers", "58", "55"),
           ("Supervisors", "21", "21")])
    document.add_paragraph("Table 2: Control room workforce at 31 March 2025")
    document.add_paragraph(
        "Call handler turnover was 19% in the year. A new call handler takes around 16 weeks to reach "
        "full competence.")

    document.add_heading("5. Improvement programmes", level=1)
    document.add_heading("5.1 The digital desk", level=2)
    document.add_paragraph(
        "In September 2024 we moved 12 call handlers into a digital desk that answers web chat, online "
        "reports and social media messages in a single queue, and calls people back at a time they "
        "choose instead of keeping them on hold. Staff on the desk were trained to complete a crime report "
        "during the chat, so that no second contact is needed.")
    document.add_paragraph(
        "By March 2025 the desk was handling 41% of all non-emergency contact. The 101 abandonment rate "
        "fell from 22% in the first half of the year to 17% in the last quarter, and 88% of people "
        "surveyed were satisfied with the web chat.")
    document.add_heading("5.2 Mental health practitioners in the control room", level=2)
    document.add_paragraph(
        "Since January 2025 a mental health practitioner from Gloucestershire Health and Care NHS "
        "Foundation Trust has worked in the force control room from 2pm to 2am every day. The practitioner "
        "can see the trust\u2019s care records, advises call handlers and officers on incidents involving "
        "people in crisis, and can arrange for a crisis team to attend instead of the police.")
    document.add_paragraph(
        "In the first three months practitioners advised on 1,318 incidents. Police attendance was avoided "
        "in 402 of them, and the use of section 136 of the Mental Health Act 1983 fell by 29% on the same "
        "months a year earlier.")

    document.add_heading("6. Risks and confidence", level=1)
    for text in ["Recruiting and keeping call handlers in a competitive local labour market.",
                 "Funding for the practitioner posts, which is agreed only to March 2026.",
                 "The replacement of the command and control system, due in 2026/27."]:
        document.add_paragraph(text, style="List Bullet")
    document.add_paragraph("Confidence in this assessment: medium. The demand figures are reliable; the "
                           "projections depend on assumptions about online reporting.")
    _save_docx(document, out / "gloucestershire-constabulary-force-management-statement-2025-public-contact.docx")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    spa_rural_island_paper(out)
    gwent_newport_bilingual_report(out)
    bedfordshire_foi_response(out)
    lancashire_federation_interview(out)
    gloucestershire_fms_extract(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
