"""Write the documents of the thirty-third held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout33/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a government response to a select
committee report, a community group's charity wall calendar, a university examination paper with a
pre-release case study, a completed grant application form, an honours nomination form and a force's
campaign communications plan. The HTML, Markdown and plain-text documents are kept here as text and
written out unchanged; manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes.
"""

from __future__ import annotations

import calendar
import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers

def _rezip(data: bytes, path: Path) -> None:
    """Write a zip (a .docx) again with one fixed timestamp on every member."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _style(name, font="Helvetica", size=9, leading=None, color=colors.black, align=0, before=0, after=4,
           left=0, first=0, right=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, textColor=color,
                          alignment=align, spaceBefore=before, spaceAfter=after, leftIndent=left,
                          firstLineIndent=first, rightIndent=right)


def _panel(flowables, width, fill=None, border=None, pad=6, border_width=0.7, bar=None):
    """A one-cell table used as a boxed panel."""
    table = Table([[flowables]], colWidths=[width])
    commands = [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), border_width, border))
    if bar is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, bar))
    table.setStyle(TableStyle(commands))
    return table


def _grid(rows, widths, cell_style, head_style=None, head_fill=None, line=colors.HexColor("#9A9A9A"),
          zebra=None, pad=3, inner=True, right_cols=()):
    data = []
    for r, row in enumerate(rows):
        style = head_style if (r == 0 and head_style is not None) else cell_style
        cells = []
        for c, value in enumerate(row):
            if isinstance(value, str):
                st = style
                if c in right_cols and r > 0:
                    st = ParagraphStyle(style.name + "r", parent=style, alignment=2)
                cells.append(Paragraph(value, st))
            else:
                cells.append(value)
        data.append(cells)
    table = Table(data, colWidths=widths, repeatRows=1 if head_style is not None else 0)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad - 1)]
    if line is not None:
        commands.append(("BOX", (0, 0), (-1, -1), 0.5, line))
        if inner:
            commands.append(("INNERGRID", (0, 0), (-1, -1), 0.4, line))
        else:
            commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, line))
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if zebra is not None:
        for r in range(1, len(rows)):
            if r % 2 == 0:
                commands.append(("BACKGROUND", (0, r), (-1, r), zebra))
    table.setStyle(TableStyle(commands))
    return table


# ================================================================== 1. A government response to a select committee report (PDF)

GR_TITLE = "Government Response to the Home Affairs Committee Report: Anti-social behaviour"


def _gr_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawCentredString(width / 2, height - 28 * mm, "HM Government")
        canvas.setLineWidth(0.6)
        canvas.line(width / 2 - 18 * mm, height - 31 * mm, width / 2 + 18 * mm, height - 31 * mm)
    elif page >= 3:
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawCentredString(width / 2, height - 14 * mm, GR_TITLE)
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(width / 2, 13 * mm, str(page))
    canvas.restoreState()


def government_response(out: Path) -> None:
    width, height = A4
    margin = 25 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / "home-office-government-response-home-affairs-committee-anti-social-behaviour-report.pdf"),
                          pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=24 * mm,
                          bottomMargin=22 * mm, title=GR_TITLE, author="Home Office",
                          subject="CP 1432", creator="Home Office", invariant=1)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(margin, 22 * mm, full_w, height - 70 * mm, id="c")], onPage=_gr_page),
        PageTemplate("body", [Frame(margin, 22 * mm, full_w, height - 46 * mm, id="b")], onPage=_gr_page),
    ])
    cover_t = _style("ct", "Helvetica-Bold", 19, leading=25, align=1, after=14)
    cover_s = _style("cs", "Helvetica", 12, leading=16, align=1, after=10)
    cover_small = _style("csm", "Helvetica", 10, leading=14, align=1, after=6)
    small = _style("sm", "Helvetica", 9, leading=12.5, after=6)
    h1 = _style("h1", "Helvetica-Bold", 14, before=4, after=8)
    h2 = _style("h2", "Helvetica-Bold", 11.5, before=8, after=5)
    body = _style("b", "Helvetica", 10.5, leading=14.5, after=8)
    rec = _style("rec", "Helvetica-Bold", 10.5, leading=14.5, after=6, left=8 * mm, first=-8 * mm, before=6)

    story = [
        Spacer(1, 40 * mm),
        Paragraph(GR_TITLE, cover_t),
        Paragraph("Eleventh Report of Session 2024\u201326", cover_s),
        Spacer(1, 30 * mm),
        Paragraph("Presented to Parliament<br/>by the Secretary of State for the Home Department<br/>by Command of "
                  "His Majesty", cover_small),
        Spacer(1, 10 * mm),
        Paragraph("January 2026", cover_small),
        Spacer(1, 20 * mm),
        Paragraph("<b>CP 1432</b>", cover_small),
        PageBreak(),
        Spacer(1, 120 * mm),
        Paragraph("\u00a9 Crown copyright 2026", small),
        Paragraph("This publication is licensed under the terms of the Open Government Licence v3.0 except where "
                  "otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-government-licence/"
                  "version/3.", small),
        Paragraph("Where we have identified any third party copyright information you will need to obtain "
                  "permission from the copyright holders concerned.", small),
        Paragraph("This publication is available at www.gov.uk/official-documents.", small),
        Paragraph("Any enquiries regarding this publication should be sent to us at "
                  "public.enquiries@homeoffice.example.gov.uk or by writing to Home Office, 2 Marsham Street, "
                  "London SW1P 4DF.", small),
        Paragraph("ISBN 978-1-5286-5917-3", small),
        Paragraph("E03391877 01/26", small),
        Paragraph("Printed on paper containing 40% recycled fibre content minimum.", small),
        Paragraph("Printed in the UK by HH Associates Ltd. on behalf of the Controller of His Majesty\u2019s "
                  "Stationery Office.", small),
        NextPageTemplate("body"),
        PageBreak(),
        Paragraph("Introduction", h1),
        Paragraph("The Government welcomes the Home Affairs Committee\u2019s report on anti-social behaviour, "
                  "published on 4 November 2025 as the Committee\u2019s Eleventh Report of Session 2024\u201326 "
                  "(HC 612). We are grateful to the Committee for its inquiry and to the victims, councils, police "
                  "forces, housing providers and charities who gave evidence to it.", body),
        Paragraph("Anti-social behaviour is not low-level for the people who live with it. The Crime Survey for "
                  "England and Wales estimates that 36% of adults experienced or witnessed anti-social behaviour in "
                  "their local area in the year to March 2025, and police recorded around 1.0 million incidents in "
                  "the same year. The Committee is right that those figures understate the problem, because many "
                  "people no longer report what happens to them.", body),
        Paragraph("This document sets out the Government\u2019s response to each of the Committee\u2019s "
                  "conclusions and recommendations. The Committee\u2019s text is shown in bold, with the paragraph "
                  "of its report in brackets; the Government\u2019s response follows in plain text. Where we refer "
                  "to local work as an example, we do so with the agreement of the force or council concerned; "
                  "these examples are not an endorsement of any one approach.", body),
        Paragraph("Conclusions and recommendations", h1),
        Paragraph("Neighbourhood policing", h2),
        Paragraph("1.&nbsp;&nbsp;&nbsp;The Government should set out, within six months, how it will measure "
                  "whether the additional neighbourhood officers it has promised are visible in the places where "
                  "anti-social behaviour is concentrated. (Paragraph 22)", rec),
        Paragraph("The Government agrees with this recommendation.", body),
        Paragraph("Through the Neighbourhood Policing Guarantee we have committed to 13,000 additional "
                  "neighbourhood police officers and police community support officers in neighbourhood roles by "
                  "March 2029. Every force has published a named, contactable officer for each neighbourhood and a "
                  "dedicated anti-social behaviour lead. From April 2026 forces will report the number of officers "
                  "in neighbourhood roles each quarter, and the Home Office will publish those figures alongside "
                  "recorded anti-social behaviour for each force area.", body),
        Paragraph("2.&nbsp;&nbsp;&nbsp;We recommend that the Government introduce a statutory target for the "
                  "proportion of anti-social behaviour reports that receive a police attendance. (Paragraph 27)",
                  rec),
        Paragraph("The Government does not accept this recommendation.", body),
        Paragraph("Not every report of anti-social behaviour needs a police officer, and many are best dealt with "
                  "by councils, landlords or other partners. A single national attendance target would risk "
                  "diverting officers from the places where they can do most good. We will instead ask His "
                  "Majesty\u2019s Inspectorate of Constabulary and Fire &amp; Rescue Services to consider, in its "
                  "2026\u201327 inspection programme, how well forces assess and respond to reports.", body),
        Paragraph("Hotspot patrols", h2),
        Paragraph("3.&nbsp;&nbsp;&nbsp;The Government should continue to fund hotspot patrols beyond 2025\u201326, "
                  "but only where forces can show that patrols are targeted at small places and are evaluated. "
                  "(Paragraph 35)", rec),
        Paragraph("The Government agrees with this recommendation.", body),
        Paragraph("The hotspot action fund, worth \u00a364 million in 2025\u201326, supports all 43 forces in "
                  "England and Wales to deliver high-visibility patrols in the small areas where anti-social "
                  "behaviour and serious violence are concentrated. Funding for 2026\u201327 will be confirmed "
                  "as part of the police funding settlement, and will be conditional on forces sharing their "
                  "patrol data with the Home Office\u2019s evaluation partner.", body),
        Paragraph("Since April 2025, Essex Police and Southend-on-Sea City Council have run Operation Tidewater, "
                  "joint foot patrols by police officers and the council\u2019s community safety officers in 20 "
                  "hotspot streets of Southend and Westcliff chosen from three years of call data. Patrols are "
                  "of 15 minutes at unpredictable times, and the two organisations share one tasking list. In the "
                  "first six months recorded anti-social behaviour in the 20 streets fell by 27%, against a fall "
                  "of 6% across the city, and 112 community protection warnings were issued. Essex Police has "
                  "shared its patrol records with the evaluation partner, and the Government would encourage other "
                  "forces to do the same.", body),
        Paragraph("The ASB Case Review", h2),
        Paragraph("4.&nbsp;&nbsp;&nbsp;The ASB Case Review is too little known and too inconsistently applied. The "
                  "Government should require every relevant body to publish the threshold, the number of "
                  "applications and their outcomes. (Paragraph 48)", rec),
        Paragraph("The Government agrees with this recommendation.", body),
        Paragraph("Section 104 of the Anti-social Behaviour, Crime and Policing Act 2014 already requires relevant "
                  "bodies to publish data on the number of applications, the number of reviews carried out and the "
                  "number that resulted in recommendations. Our statutory guidance sets a default threshold of three "
                  "complaints in the previous six months, and we will make clear in revised guidance in 2026 that "
                  "local areas may set a lower threshold but not a higher one.", body),
        Paragraph("5.&nbsp;&nbsp;&nbsp;Victims should be able to have their case review chaired by someone "
                  "independent of the agencies whose response is being reviewed. (Paragraph 51)", rec),
        Paragraph("The Government partially accepts this recommendation.", body),
        Paragraph("We agree that independence strengthens confidence in the review. We do not consider that a "
                  "legal requirement for an independent chair is needed in every area, and will instead set out in "
                  "guidance how areas can bring independence into the process.", body),
        Paragraph("Since October 2024, Cheshire Constabulary and the four Cheshire councils have run a single "
                  "case review panel for the county. Cheshire East Council, Cheshire West and Chester Council, Halton "
                  "Borough Council and Warrington Borough Council share one application route with the "
                  "Constabulary, each review is chaired by a trained volunteer from outside the agencies, and a "
                  "police inspector and a council officer present each case together. Of the 58 reviews held in the "
                  "panel\u2019s first year, 41 led to a new action plan, and in 33 cases the applicant reported no "
                  "further incidents in the three months that followed. The panel now completes reviews within an "
                  "average of 19 working days, against 38 before it was set up.", body),
        Paragraph("Neighbour disputes and mediation", h2),
        Paragraph("6.&nbsp;&nbsp;&nbsp;Councils should be able to refer neighbour disputes to mediation at an "
                  "early stage, and the Government should fund a national mediation offer. (Paragraph 60)", rec),
        Paragraph("The Government notes this recommendation.", body),
        Paragraph("Decisions about commissioning mediation are best taken locally, and many councils and housing "
                  "providers already do so. We will not fund a national service, but we will publish a summary of "
                  "the evidence on mediation for anti-social behaviour in 2026.", body),
        Paragraph("In Northampton, West Northamptonshire Council\u2019s community safety team has since January "
                  "2024 commissioned the charity Resolve Mediation Northants to offer mediation to both parties in "
                  "a neighbour dispute within five working days of a referral, before any enforcement is considered. "
                  "The charity\u2019s trained volunteer mediators visit each household separately and then bring "
                  "them together. In the first 18 months the council referred 214 disputes; 153 went to mediation, "
                  "and 71% of those reached an agreement that was still holding when the charity followed up after "
                  "three months. Repeat complaints to the council from the households involved fell by more than "
                  "half.", body),
        Paragraph("New powers", h2),
        Paragraph("7.&nbsp;&nbsp;&nbsp;The Government should publish statutory guidance on Respect Orders before "
                  "the new power comes into force, and should monitor their use by age and ethnicity. "
                  "(Paragraph 71)", rec),
        Paragraph("The Government agrees with this recommendation.", body),
        Paragraph("Respect Orders will be introduced by the Crime and Policing Bill. We will consult on draft "
                  "statutory guidance before the power comes into force and will pilot the orders in a small number "
                  "of areas first. Data on their use, broken down by age, sex and ethnicity, will be published "
                  "annually.", body),
        Paragraph("8.&nbsp;&nbsp;&nbsp;The Government should review whether the 48-hour limit on dispersal "
                  "directions remains appropriate. (Paragraph 74)", rec),
        Paragraph("The Government does not accept this recommendation.", body),
        Paragraph("Dispersal powers under Part 3 of the 2014 Act are intended for short-term use. Where a problem "
                  "persists beyond 48 hours, a public spaces protection order or other longer-term response is "
                  "likely to be more appropriate.", body),
        Paragraph("Data and reporting", h2),
        Paragraph("9.&nbsp;&nbsp;&nbsp;The Home Office should work with the National Police Chiefs\u2019 Council "
                  "to agree a single way of recording anti-social behaviour incidents by March 2027. (Paragraph 80)",
                  rec),
        Paragraph("The Government agrees with this recommendation.", body),
        Paragraph("We will work with the National Police Chiefs\u2019 Council and the College of Policing to review "
                  "the national standard for incident recording, and will report progress to the Committee in "
                  "March 2027.", body),
    ]
    doc.build(story)


# ================================================================== 2. A community group's charity wall calendar (PDF, A4)

CAL_GREEN = colors.HexColor("#3E5B2C")
CAL_STONE = colors.HexColor("#E9E4D8")
CAL_PHOTO = colors.HexColor("#B9C4A8")

CAL_NOTES = {
    (1, 1): "New Year\u2019s Day", (1, 8): "FW meeting",
    (2, 12): "FW meeting", (3, 12): "AGM", (4, 3): "Good Friday", (4, 6): "Easter Monday",
    (4, 9): "FW meeting", (5, 4): "Bank holiday", (5, 14): "FW meeting", (5, 25): "Bank holiday",
    (6, 11): "FW meeting", (7, 9): "FW meeting", (8, 5): "Bakewell Show", (8, 6): "Bakewell Show",
    (8, 31): "Hope Show", (9, 10): "FW meeting", (10, 8): "FW meeting", (10, 25): "Clocks back",
    (3, 29): "Clocks forward", (11, 12): "FW meeting", (12, 10): "FW meeting", (12, 25): "Christmas Day",
    (12, 28): "Boxing Day (sub)",
}

CAL_CAPTIONS = {
    1: "Frost on Win Hill from Aston. Photo: Sarah Bagshaw, Thornhill",
    2: "Ewes waiting for hay at Nether Booth, Edale. Photo: Tom Fearn",
    3: "First twins of the year in the lambing shed at Brough. Photo: Anna Middleton",
    4: "Curlew over Abney Moor. Photo: Richard Hallam",
    5: "Walling gang at work above Bradwell. Photo: Joe Eyre",
    6: "Clipping day at Offerton. Photo: Kate Needham",
    7: "Haymaking at Bamford with Stanage Edge behind. Photo: Peter Ollerenshaw",
    8: "Grand parade at the Hope Show. Photo: Sarah Bagshaw",
    9: "The green lane above Castleton, looking towards Mam Tor. Photo: Mick Fearn",
    10: "Tups for sale at Bakewell market. Photo: Anna Middleton",
    11: "Mist on Ladybower. Photo: Richard Hallam",
    12: "Carols in the barn at Hope. Photo: Kate Needham",
}


def _cal_boxes(style_h, style_b):
    def box(title, paragraphs):
        return [Paragraph(title, style_h)] + [Paragraph(p, style_b) for p in paragraphs]

    return {
        1: box("From the Farm Watch", [
            "Welcome to our 2026 calendar. Every photograph was taken by a member, and every penny of profit goes "
            "to Edale Mountain Rescue. Last year\u2019s calendar raised \u00a31,840.",
            "Our meetings are on the second Thursday of the month at 7.30pm, usually at Hope Village Hall."]),
        3: box("Annual general meeting", [
            "Thursday 12 March 2026, 7.30pm, Hope Village Hall, Edale Road, Hope. Election of officers, the "
            "year\u2019s report and a talk from the National Farmers\u2019 Union\u2019s local adviser. All "
            "members welcome; tea and biscuits from 7pm."]),
        4: box("Tag Your Kit", [
            "Tag Your Kit days ran at six farms in 2025, when Derbyshire Constabulary\u2019s Rural Crime Team "
            "and our volunteers marked 212 quad bikes, trailers and power tools with forensic marking and "
            "registered them on a national database. Not one marked item has been reported stolen since. Dates "
            "for 2026 will be on the WhatsApp group."]),
        6: box("Lock it, mark it, photograph it", [
            "Keep keys out of vehicles and away from the back door. Photograph anything with a serial number. "
            "Close and chain gates on tracks you don\u2019t use. Report suspicious vehicles on 101 with the "
            "registration, and if a crime is happening now, call 999."]),
        9: box("Operation Stanage", [
            "Operation Stanage ran on 14 weekends in 2025. Derbyshire Constabulary\u2019s Rural Crime Team and "
            "rangers from the Peak District National Park Authority patrolled the green lanes around Castleton "
            "and Bradwell together, seizing 23 off-road bikes under section 59 of the Police Reform Act 2002. "
            "Complaints from walkers and farmers about illegal off-roading fell from 96 in 2024 to 41."]),
        11: box("Remembering Jack", [
            "Jack Eyre of Castleton (1941\u20132025) was one of the eleven farmers who started the Farm Watch in "
            "a kitchen at Pindale in 2009. He never missed a meeting and never let a stranger past his gate "
            "without a chat. We miss him."]),
        12: box("Thank you", [
            "Thank you to everyone who bought a calendar, came to a meeting or passed on a registration number "
            "this year. Happy Christmas from the committee."]),
    }


def _cal_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    if page > 1:
        canvas.setFillColor(CAL_GREEN)
        canvas.rect(0, 0, width, 11 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawCentredString(width / 2, 4.2 * mm, "Hope Valley Farm Watch 2026   \u00b7   Report rural crime on 101 "
                                                      "or online   \u00b7   In an emergency always call 999")
    canvas.restoreState()


def _cal_grid(year, month, cell_style, num_style, head_style, grid_w):
    col = grid_w / 7
    rows = [[Paragraph(d, head_style) for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")]]
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
        row = []
        for day in week:
            if day == 0:
                row.append("")
                continue
            cell = [Paragraph(str(day), num_style)]
            note = CAL_NOTES.get((month, day))
            if note:
                cell.append(Paragraph(note, cell_style))
            row.append(cell)
        rows.append(row)
    table = Table(rows, colWidths=[col] * 7, rowHeights=[6 * mm] + [10.5 * mm] * (len(rows) - 1))
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C8C7A")),
                ("BACKGROUND", (0, 0), (-1, 0), CAL_GREEN),
                ("BACKGROUND", (5, 1), (6, -1), CAL_STONE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    table.setStyle(TableStyle(commands))
    return table


def farm_watch_calendar(out: Path) -> None:
    width, height = A4
    margin = 12 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / "hope-valley-farm-watch-calendar-2026.pdf"),
                          pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=10 * mm,
                          bottomMargin=14 * mm, title="Hope Valley Farm Watch 2026 Calendar",
                          author="Hope Valley Farm Watch", subject="2026 calendar", creator="Hope Valley Farm Watch",
                          invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(margin, 14 * mm, full_w, height - 24 * mm, id="f")],
                                       onPage=_cal_page)])
    big = _style("big", "Helvetica-Bold", 38, leading=44, color=CAL_GREEN, align=1, after=6)
    sub = _style("sub", "Helvetica", 16, leading=21, color=CAL_GREEN, align=1, after=6)
    mid = _style("mid", "Helvetica", 11, leading=15, align=1, after=5)
    month_t = _style("mt", "Helvetica-Bold", 17, leading=20, color=CAL_GREEN, after=2, before=2)
    caption = _style("cap", "Helvetica-Oblique", 7.5, leading=9.5, color=colors.HexColor("#555555"), after=3)
    num_style = _style("num", "Helvetica-Bold", 8, leading=9, after=0)
    note_style = _style("note", "Helvetica", 6, leading=7, color=CAL_GREEN, after=0)
    head_style = _style("hd", "Helvetica-Bold", 7.5, leading=9, color=colors.white, align=1, after=0)
    box_h = _style("bh", "Helvetica-Bold", 9, leading=11, color=CAL_GREEN, after=3)
    box_b = _style("bb", "Helvetica", 7.6, leading=9.6, after=3)
    body = _style("body", "Helvetica", 9.5, leading=13, after=5)
    h2 = _style("h2", "Helvetica-Bold", 12, color=CAL_GREEN, before=6, after=5)
    cell = _style("cell", "Helvetica", 9, leading=11.5, after=0)

    def photo(h):
        t = Table([[""]], colWidths=[full_w], rowHeights=[h])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), CAL_PHOTO)]))
        return t

    story = [
        Spacer(1, 18 * mm),
        Paragraph("Hope Valley Farm Watch", sub),
        Paragraph("2026 Calendar", big),
        Spacer(1, 6 * mm),
        photo(130 * mm),
        Spacer(1, 6 * mm),
        Paragraph("Twelve months of farming life in the Hope Valley, photographed by our members", mid),
        Paragraph("\u00a36 \u2013 all profits to Edale Mountain Rescue", mid),
        Paragraph("Farmers, landowners and neighbours looking out for each other since 2009", mid),
        PageBreak(),
    ]
    grid_w = 116 * mm
    gap = 6 * mm
    side_w = full_w - grid_w - gap
    boxes = _cal_boxes(box_h, box_b)
    for month in range(1, 13):
        grid = _cal_grid(2026, month, note_style, num_style, head_style, grid_w)
        side = _panel(boxes[month], side_w, fill=CAL_STONE, pad=6, bar=CAL_GREEN) if month in boxes else ""
        block = Table([[grid, side]], colWidths=[grid_w + gap, side_w])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        story += [photo(46 * mm), Paragraph(CAL_CAPTIONS[month], caption),
                  Paragraph(f"{calendar.month_name[month].upper()} 2026", month_t), block]
        story.append(PageBreak() if month % 2 == 0 else Spacer(1, 6 * mm))

    story += [
        Paragraph("Useful numbers", h2),
        _grid([["Who", "Number"],
               ["Emergency (crime in progress, fire, injury)", "999"],
               ["Police non-emergency", "101"],
               ["Crimestoppers (anonymous)", "0800 555 111"],
               ["Derbyshire Constabulary Rural Crime Team (email)", "ruralcrime@derbyshire.example.police.uk"],
               ["National Park ranger service (Castleton)", "01632 960 318"],
               ["Farm Watch secretary, Kate Needham", "07700 900 264"]],
              [110 * mm, full_w - 110 * mm], cell, _style("ch", "Helvetica-Bold", 9, color=colors.white, after=0),
              head_fill=CAL_GREEN, zebra=CAL_STONE),
        Spacer(1, 6 * mm),
        Paragraph("Join us", h2),
        Paragraph("Membership is free and open to anyone who farms, lives or works in the Hope Valley, Edale and "
                  "the Bradwell and Castleton area. Members get alerts on our WhatsApp group, a window sticker and "
                  "an invitation to every meeting. Ask any committee member or email "
                  "join@hopevalleyfarmwatch.example.org.uk.", body),
        Paragraph("Thank you to our sponsors", h2),
        Paragraph("Hathersage Agricultural Supplies \u00b7 Peak Vets, Bradwell \u00b7 Bagshaw &amp; Eyre, "
                  "chartered surveyors \u00b7 The Cheshire Cheese Inn, Hope \u00b7 Hope Valley Fencing \u00b7 "
                  "Castleton Garage", body),
        Spacer(1, 10 * mm),
        Paragraph("Hope Valley Farm Watch is a community group and is not part of Derbyshire Constabulary. "
                  "Edale Mountain Rescue receives the profit from every calendar sold. Printed by Peak Print, "
                  "Bradwell, Hope Valley S33 9JT. hopevalleyfarmwatch.example.org.uk",
                  _style("fine", "Helvetica", 7.5, leading=10, color=colors.HexColor("#555555"))),
    ]
    doc.build(story)


# ================================================================== 3. A university examination paper with a pre-release case study (PDF)

EX_PAGES = 4


def _ex_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFont("Helvetica", 8.5)
    if page > 1:
        canvas.drawString(22 * mm, height - 13 * mm, "CJP5012 Problem-Oriented Policing")
        canvas.drawRightString(width - 22 * mm, height - 13 * mm, "January 2026")
        canvas.setLineWidth(0.4)
        canvas.line(22 * mm, height - 15 * mm, width - 22 * mm, height - 15 * mm)
    canvas.drawCentredString(width / 2, 12 * mm, f"Page {page} of {EX_PAGES}")
    if page < EX_PAGES:
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawRightString(width - 22 * mm, 12 * mm, "Turn over")
    canvas.restoreState()


def exam_paper(out: Path) -> None:
    width, height = A4
    margin = 22 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / "whitmoor-university-cjp5012-problem-oriented-policing-exam-paper-january-2026.pdf"),
                          pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=22 * mm,
                          bottomMargin=22 * mm, title="CJP5012 Problem-Oriented Policing - Examination paper",
                          author="Whitmoor University", subject="Semester 1 examinations 2025/26",
                          creator="Whitmoor University Examinations Office", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(margin, 20 * mm, full_w, height - 42 * mm, id="f")],
                                       onPage=_ex_page)])
    uni = _style("uni", "Times-Bold", 16, leading=20, align=1, after=4)
    centre = _style("c", "Times-Roman", 12, leading=16, align=1, after=4)
    centre_b = _style("cb", "Times-Bold", 13, leading=17, align=1, after=4)
    body = _style("b", "Times-Roman", 11, leading=14.5, after=7)
    source_b = _style("sb", "Times-Roman", 10.5, leading=14, after=7)
    h = _style("h", "Times-Bold", 12, leading=15, before=8, after=6)
    q = _style("q", "Times-Roman", 11, leading=14.5, after=6, left=9 * mm, first=-9 * mm)
    qsub = _style("qs", "Times-Roman", 11, leading=14.5, after=4, left=16 * mm, first=-7 * mm)
    instr = _style("i", "Times-Roman", 11, leading=15, after=4, left=6 * mm, first=-6 * mm)
    cell = _style("cell", "Times-Roman", 10, leading=12.5, after=0)
    cell_h = _style("cellh", "Times-Bold", 10, leading=12.5, after=0)

    def marks(text, m):
        t = Table([[Paragraph(text, q), Paragraph(f"[{m} marks]", _style("mk", "Times-Bold", 11, align=2))]],
                  colWidths=[full_w - 24 * mm, 24 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return t

    story = [
        Spacer(1, 10 * mm),
        Paragraph("WHITMOOR UNIVERSITY", uni),
        Paragraph("School of Law, Policing and Criminology", centre),
        Spacer(1, 8 * mm),
        Paragraph("SEMESTER 1 EXAMINATIONS 2025/26", centre_b),
        Spacer(1, 4 * mm),
        Paragraph("BSc (Hons) Professional Policing", centre),
        Paragraph("Level 5", centre),
        Spacer(1, 4 * mm),
        Paragraph("CJP5012 PROBLEM-ORIENTED POLICING", centre_b),
        Spacer(1, 6 * mm),
        _grid([["Date:", "Thursday 15 January 2026"], ["Time:", "10:00 \u2013 12:00"],
               ["Time allowed:", "TWO hours"], ["Venue:", "Sports Hall B"]],
              [50 * mm, 70 * mm], cell, line=None),
        Spacer(1, 8 * mm),
        Paragraph("<b>INSTRUCTIONS TO CANDIDATES</b>", body),
        Paragraph("1.&nbsp;&nbsp;This paper has TWO sections. Answer ALL questions in Section A and ONE question "
                  "from Section B.", instr),
        Paragraph("2.&nbsp;&nbsp;Section A carries 60 marks and Section B carries 40 marks. Total: 100 marks.", instr),
        Paragraph("3.&nbsp;&nbsp;Section A is based on the pre-release case study issued on 8 December 2025, which "
                  "is reprinted in this paper. You may bring ONE clean copy of the case study into the examination, "
                  "with annotations of no more than 200 words.", instr),
        Paragraph("4.&nbsp;&nbsp;Non-programmable calculators are permitted.", instr),
        Paragraph("5.&nbsp;&nbsp;Write your candidate number, not your name, on every answer book used.", instr),
        Spacer(1, 10 * mm),
        _panel([Paragraph("<b>DO NOT TURN OVER THIS PAGE UNTIL INSTRUCTED TO DO SO BY THE INVIGILATOR</b>",
                          _style("dn", "Times-Bold", 11, align=1, after=0))], full_w, border=colors.black, pad=8),
        Spacer(1, 6 * mm),
        Paragraph("Module leader: Dr Fiona Castellan&nbsp;&nbsp;&nbsp;&nbsp;Internal moderator: Dr Owen Pickup"
                  "&nbsp;&nbsp;&nbsp;&nbsp;External examiner: Professor M. Adeyemi", _style("sm", "Times-Roman", 9,
                                                                                          align=1)),
        PageBreak(),
        Paragraph("SECTION A \u2013 PRE-RELEASE CASE STUDY (60 marks)", h),
        Paragraph("Answer ALL questions in this section. Read Sources A, B and C before you begin.", body),
        Paragraph("<b>Source A: \u2018Secure Start\u2019</b>", body),
        Paragraph("<i>The following case study is adapted, with permission, from an evaluation report published in "
                  "2024. Some details have been simplified for the purposes of this examination.</i>", source_b),
        Paragraph("Between March 2022 and February 2023, Lancashire Constabulary\u2019s Lancaster neighbourhood "
                  "policing team worked with Lancaster City Council\u2019s private sector housing team on a problem "
                  "that had troubled the Bowerham and Primrose streets for years: burglary of shared student houses "
                  "in the first weeks of the autumn term. Analysis of three years of crime data showed that more "
                  "than half of these burglaries happened in September and October, that most offenders entered "
                  "through unlocked rear doors or ground-floor windows, and that laptops and bicycles were taken in "
                  "almost every case.", source_b),
        Paragraph("The response, which the partners called Secure Start, had three parts. Before the term began the "
                  "council\u2019s housing officers used their licensing powers for houses in multiple occupation to "
                  "require landlords to fit window restrictors and self-closing rear doors. In the first fortnight "
                  "of term, officers and police community support officers visited every shared house in the area "
                  "with the council\u2019s officers, giving a short talk on locking up and property marking kits. "
                  "Finally, a targeted patrol plan covered the back alleys on the evenings identified by the "
                  "analysis.", source_b),
        Paragraph("Over the twelve months, burglaries of student houses in the area fell from 64 to 29, while "
                  "burglary in the rest of the city fell by 4%. The evaluators found no evidence that burglary had "
                  "been displaced to neighbouring streets, although they noted that the number of students living "
                  "in the area had also fallen slightly.", source_b),
        Paragraph("<b>Source B: Burglaries of student houses, Bowerham and Primrose</b>", body),
        _grid([["Period", "Sep\u2013Oct", "Nov\u2013Feb", "Mar\u2013Aug", "Total"],
               ["Mar 2021 \u2013 Feb 2022 (before)", "36", "17", "11", "64"],
               ["Mar 2022 \u2013 Feb 2023 (Secure Start)", "12", "10", "7", "29"]],
              [62 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm], cell, cell_h,
              head_fill=colors.HexColor("#DDDDDD"), right_cols=(1, 2, 3, 4)),
        Spacer(1, 3 * mm),
        Paragraph("<i>Source: adapted from the evaluation report. Figures are recorded crimes.</i>",
                  _style("src", "Times-Italic", 9.5, after=8)),
        Paragraph("<b>Source C: A resident\u2019s view</b>", body),
        Paragraph("\u201cWe\u2019d had three break-ins on our street the year before. This time the police came round "
                  "in the first week and showed us how easy it was to get in the back. Nobody I know was burgled "
                  "that term.\u201d \u2013 second-year student, interviewed for the evaluation", source_b),
        Spacer(1, 3 * mm),
        marks("1.&nbsp;&nbsp;&nbsp;Using Source A, identify the stages of the SARA problem-solving model in the "
              "Secure Start case study and explain how each stage was carried out.", 15),
        marks("2.&nbsp;&nbsp;&nbsp;Using Source B, calculate the percentage change in burglaries between the two "
              "periods, and discuss THREE reasons why the evaluators might be cautious in attributing the change "
              "to Secure Start.", 20),
        marks("3.&nbsp;&nbsp;&nbsp;With reference to the problem analysis triangle, critically evaluate the "
              "extent to which Secure Start addressed the offender, the victim and the location. Refer to "
              "Source C in your answer.", 25),
        PageBreak(),
        Paragraph("SECTION B (40 marks)", h),
        Paragraph("Answer ONE question from this section.", body),
        Paragraph("<b>Scenario for Questions 4 and 5</b>", body),
        Paragraph("<i>You are the newly appointed neighbourhood inspector for Eastbridge, a fictional market town of "
                  "around 30,000 people. Residents complain about young people gathering in the bus station after "
                  "school, and the town council has asked for a dispersal order. Shop thefts in the high street have "
                  "risen by a fifth in a year, and two shop workers have been assaulted. The district council has "
                  "recently cut its youth service, and the bus station\u2019s CCTV has not worked since the summer."
                  "</i>", source_b),
        marks("4.&nbsp;&nbsp;&nbsp;Explain how you would scan for and analyse the problems described in the "
              "Eastbridge scenario. Identify the data sources you would use and the partners you would involve.",
              40),
        Spacer(1, 3 * mm),
        Paragraph("OR", _style("or", "Times-Bold", 11, align=1, after=6)),
        marks("5.&nbsp;&nbsp;&nbsp;\u201cEnforcement is the quickest way to reassure the public.\u201d Discuss this "
              "statement in relation to the Eastbridge scenario, drawing on situational crime prevention and "
              "procedural justice theory.", 40),
        Spacer(1, 3 * mm),
        Paragraph("OR", _style("or2", "Times-Bold", 11, align=1, after=6)),
        marks("6.&nbsp;&nbsp;&nbsp;Critically assess the claim that problem-oriented policing has been "
              "\u201cwidely adopted but rarely implemented\u201d in England and Wales. Use examples from the "
              "module to support your answer.", 40),
        Spacer(1, 12 * mm),
        Paragraph("END OF PAPER", _style("end", "Times-Bold", 12, align=1)),
        PageBreak(),
        Paragraph("BLANK PAGE", _style("blank", "Times-Roman", 11, align=1, before=100)),
    ]
    doc.build(story)


# ================================================================== Word helpers

def _save_docx(document, path: Path, title: str, author: str) -> None:
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = props.modified = props.last_printed = datetime(2025, 1, 1)
    props.revision = 1
    props.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path)


def _field(paragraph, code: str, shown: str, size=None, bold=False) -> None:
    """A Word field (PAGE, NUMPAGES) with a cached result, as Word saves it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run = paragraph.add_run()
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for kind, text in (("begin", None), ("instr", code), ("separate", None), ("text", shown), ("end", None)):
        if kind in ("begin", "separate", "end"):
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _fill(cell, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)


def _p(container, text="", size=None, bold=False, italic=False, colour=None, align=None, after=None, before=None,
       style=None, font=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = container.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if font:
            run.font.name = font
    if align:
        paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                               "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    fmt = paragraph.paragraph_format
    if after is not None:
        fmt.space_after = Pt(after)
    if before is not None:
        fmt.space_before = Pt(before)
    return paragraph


def _runs(paragraph, parts, size=None, colour=None):
    """Add (text, bold, italic) runs to a paragraph."""
    from docx.shared import Pt, RGBColor

    for text, bold, italic in parts:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
    return paragraph


def _cell(cell, text, bold=False, italic=False, size=None, colour=None, first=True, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _docx_table(document, rows, widths=None, size=9, head_fill=None, head_colour=None, label_fill=None,
                style="Table Grid"):
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = style
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, value in enumerate(row):
            head = r == 0 and head_fill is not None
            label = c == 0 and label_fill is not None and not head
            _cell(cells[c], value, bold=head or label, size=size, colour=head_colour if head else None)
            if head:
                _fill(cells[c], head_fill)
            elif label:
                _fill(cells[c], label_fill)
            if widths:
                cells[c].width = Cm(widths[c])
    return table


def _normal(document, font: str, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font)


def _page_setup(document, top, bottom, left, right) -> None:
    from docx.shared import Cm

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
    section.left_margin, section.right_margin = Cm(left), Cm(right)


def _heading_colours(document, colour: str, font: str) -> None:
    from docx.shared import RGBColor

    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        style = document.styles[name]
        style.font.color.rgb = RGBColor.from_string(colour)
        style.font.name = font


def _tabbed(paragraph, width) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT

    paragraph.paragraph_format.tab_stops.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _text_width(document):
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def _clause(document, number, text, indent=1.25, after=6, bold_lead=None):
    """A numbered clause with a hanging indent: '2.3<TAB>text'."""
    from docx.shared import Cm

    paragraph = _p(document, "", after=after)
    paragraph.paragraph_format.left_indent = Cm(indent)
    paragraph.paragraph_format.first_line_indent = Cm(-indent)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
    parts = [(number + "\t", False, False)]
    if bold_lead:
        parts.append((bold_lead + " ", True, False))
    parts.append((text, False, False))
    _runs(paragraph, parts)
    return paragraph


# ================================================================== 4. A memorandum of understanding (Word)



def _header_footer(document, left, right, foot_text, pages, size=8, bold_left=False):
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [(left, bold_left, False), ("\t\t" + right, False, False)], size=size)
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [(foot_text + "Page ", False, False)], size=size)
    _field(foot, "PAGE", "1", size=size)
    _runs(foot, [(" of ", False, False)], size=size)
    _field(foot, "NUMPAGES", str(pages), size=size)


def _qa(document, number, question, answers, guidance=None, fill="D9E2F3", size=9.5):
    """A form question: a shaded question row over an answer row (one paragraph per answer)."""
    from docx.shared import Cm

    table = document.add_table(rows=2, cols=1)
    table.style = "Table Grid"
    top = table.rows[0].cells[0]
    _fill(top, fill)
    paragraph = top.paragraphs[0]
    _runs(paragraph, [(number + "  ", True, False), (question, True, False)], size=size)
    if guidance:
        _runs(paragraph, [(" " + guidance, False, True)], size=size - 1)
    answer = table.rows[1].cells[0]
    for i, text in enumerate(answers):
        if isinstance(text, tuple):
            p = answer.paragraphs[0] if i == 0 else answer.add_paragraph()
            _runs(p, [text], size=size)
        else:
            _cell(answer, text, size=size, first=(i == 0))
    for row in table.rows:
        row.cells[0].width = Cm(16.4)
    _p(document, "", after=2)
    return table


# ================================================================== 4. A completed grant application form (Word)

def grant_application(out: Path) -> None:
    from docx import Document

    document = Document()
    _page_setup(document, 1.8, 1.8, 2.0, 2.0)
    _normal(document, "Arial", 10)
    _header_footer(document, "Staffordshire Commissioner \u2013 Safer Neighbourhoods Fund 2026/27", "APPLICATION FORM",
                   "SNF1 application form v3 (October 2025)\t\t", 4)

    _p(document, "Safer Neighbourhoods Fund 2026/27", size=18, bold=True, colour="4B2E83", after=2)
    _p(document, "Application form", size=13, colour="4B2E83", after=10)
    guide = document.add_table(rows=1, cols=1)
    guide.style = "Table Grid"
    _fill(guide.rows[0].cells[0], "EFEAF7")
    for i, text in enumerate([
        "Before you start",
        "Please read the fund guidance notes before completing this form. Grants of \u00a35,000 to \u00a325,000 are "
        "available to voluntary and community organisations for projects that prevent crime and anti-social "
        "behaviour and support victims in Staffordshire and Stoke-on-Trent. Projects must start between 1 April "
        "and 30 June 2026.",
        "Complete every section. Keep to the word limits: we will not read beyond them. Return the form by email "
        "to grants@staffordshire-pfcc.example.gov.uk by 5pm on Friday 9 January 2026. Late applications will "
        "not be considered.",
    ]):
        _cell(guide.rows[0].cells[0], text, bold=(i == 0), size=9, first=(i == 0))
    _p(document, "", after=4)

    _p(document, "Section 1: About your organisation", size=12, bold=True, colour="4B2E83", before=6, after=4)
    _docx_table(document, [
        ["Organisation name", "Burton Street Angels"],
        ["Legal status", "Charitable incorporated organisation (CIO)"],
        ["Registered charity number", "1187342"],
        ["Address", "The Meeting Room, 14 Station Street, Burton upon Trent, Staffordshire DE14 1BE"],
        ["Main contact and role", "Helen Oduya, Coordinator"],
        ["Telephone", "07700 900 653"],
        ["Email", "helen@burtonstreetangels.example.org.uk"],
        ["Year established", "2016"],
        ["Number of paid staff / volunteers", "1 part-time / 38 volunteers"],
        ["Total income in last financial year", "\u00a341,260 (year ending 31 March 2025)"],
    ], widths=[6, 10.4], size=9.5, label_fill="EFEAF7")
    _p(document, "", after=4)
    _qa(document, "1.1", "Briefly describe what your organisation does.", [
        "Burton Street Angels is a volunteer-led charity that helps people who are vulnerable in Burton town centre "
        "at night. Our trained volunteers patrol in pairs on Friday and Saturday nights, offering water, flip-flops, "
        "a phone charge and a listening ear, and making sure people get home safely. We are part of the national "
        "Street Angels network and work closely with the police, the borough council, the town\u2019s licensed "
        "venues and the ambulance service."], guidance="(max 100 words)")

    _p(document, "Section 2: Your track record", size=12, bold=True, colour="4B2E83", before=6, after=4)
    _qa(document, "2.1", "Tell us about work you have delivered in the last three years that is relevant to this "
        "application. Please include any results.", [
            "Since November 2022 we have run the Night Hub in the church hall on Station Street, open from 10pm "
            "to 3am on Friday and Saturday nights, with Staffordshire Police\u2019s Burton town centre neighbourhood "
            "team and East Staffordshire Borough Council\u2019s CCTV control room. The control room and officers "
            "radio us when they see someone who is alone, injured or too drunk to get home, and our volunteers "
            "bring them to the hub or go to them; officers bring people to us rather than waiting with them in the "
            "street. In 2024/25 the hub helped 1,146 people, 212 of whom we walked to a taxi or a friend, and the "
            "neighbourhood team estimates that 87 ambulance call-outs were avoided because our first aiders "
            "could look after people on site. Officers told us the hub saves them an average of 90 minutes each "
            "time they would otherwise have stayed with a vulnerable person.",
            "",
            "Walk With Us ran from September to December 2024 with the student services team at Trentside "
            "College, whose students live in halls a mile and a half from the town centre. Our volunteers met "
            "students at three pick-up points on Saturday nights and walked them back to the halls in groups. "
            "We made 430 walks with 1,020 students over the term, and in the college\u2019s survey 82% of "
            "students who used it said they felt safer on a night out. The college has asked us to run it again "
            "from September 2026.",
        ], guidance="(max 400 words)")
    _qa(document, "2.2", "Have you received funding from the Commissioner before? If so, give details.", [
        "Yes. \u00a312,500 from the Locality Deal Fund in 2023/24 towards Night Hub volunteer training and "
        "first aid kits (grant reference LDF/23/118). The end-of-grant report was submitted on 30 April 2024."],
        guidance="(max 50 words)")

    _p(document, "Section 3: Your project", size=12, bold=True, colour="4B2E83", before=6, after=4)
    _docx_table(document, [
        ["Project title", "Night Hub Uttoxeter"],
        ["Amount requested", "\u00a318,450"],
        ["Total project cost", "\u00a324,950"],
        ["Start date", "1 April 2026"],
        ["End date", "31 March 2027"],
        ["Area(s) that will benefit", "Uttoxeter town centre (East Staffordshire)"],
    ], widths=[6, 10.4], size=9.5, label_fill="EFEAF7")
    _p(document, "", after=4)
    _qa(document, "3.1", "What will you do with the grant?", [
        "We will open a second Night Hub in Uttoxeter, where there is no late-night welfare provision and where "
        "the neighbourhood team has asked for our help after a rise in night-time violence. The hub will open on "
        "Saturday nights from 10pm to 2am in the Methodist church on Carter Street, and on race nights at "
        "Uttoxeter Racecourse. We will recruit and train 16 new volunteers who live locally, buy radios and "
        "first aid equipment, and agree a way of working with the neighbourhood team and the council\u2019s CCTV "
        "control room based on the way we work in Burton."], guidance="(max 300 words)")
    _qa(document, "3.2", "Which priorities of the Police, Fire and Crime Plan will your project support?", [
        ("\u2612 Safer, more resilient communities     \u2612 A more effective criminal justice system     "
         "\u2610 Supporting victims of crime     \u2612 Preventing harm", False, False)])
    _qa(document, "3.3", "What difference will your project make, and how will you measure it?", [
        "Outcome 1: fewer vulnerable people left alone at night. Target: at least 300 people helped in the year, "
        "recorded on our night log.",
        "Outcome 2: less pressure on police and ambulance. Target: at least 40 ambulance call-outs avoided, "
        "recorded with the neighbourhood team.",
        "Outcome 3: people feel safer in Uttoxeter at night. We will repeat the council\u2019s residents\u2019 "
        "survey question in the town centre in March 2027."], guidance="(max 200 words)")
    _qa(document, "3.4", "Who are your partners, and have they agreed to take part?", [
        "Staffordshire Police (Uttoxeter neighbourhood team) \u2013 letter of support attached. East "
        "Staffordshire Borough Council (CCTV and licensing) \u2013 letter of support attached. Uttoxeter "
        "Methodist Church \u2013 agreed use of the hall at no cost."], guidance="(max 100 words)")

    _p(document, "Section 4: Budget", size=12, bold=True, colour="4B2E83", before=6, after=4)
    _docx_table(document, [
        ["Item", "Cost", "Requested from this fund"],
        ["Volunteer recruitment and training (16 volunteers)", "\u00a34,800", "\u00a34,800"],
        ["Radios (6) and licence", "\u00a32,150", "\u00a32,150"],
        ["First aid equipment and consumables", "\u00a31,600", "\u00a31,600"],
        ["Coordinator time (0.2 FTE)", "\u00a38,400", "\u00a36,300"],
        ["Hall hire", "\u00a32,600", "\u00a30"],
        ["Volunteer expenses and DBS checks", "\u00a32,300", "\u00a32,300"],
        ["Publicity", "\u00a3600", "\u00a3600"],
        ["Evaluation", "\u00a32,500", "\u00a3700"],
        ["Total", "\u00a324,950", "\u00a318,450"],
    ], widths=[9.4, 3.5, 3.5], size=9.5, head_fill="4B2E83", head_colour="FFFFFF")
    _p(document, "", after=4)

    _p(document, "Section 5: Policies and safeguarding", size=12, bold=True, colour="4B2E83", before=6, after=4)
    for text in ["\u2612 We have a safeguarding policy, last reviewed in March 2025.",
                 "\u2612 All volunteers working with the public have an enhanced DBS check.",
                 "\u2612 We hold public liability insurance of \u00a35 million.",
                 "\u2612 We have equality and diversity, data protection and complaints policies."]:
        _p(document, text, size=9.5, after=2)

    _p(document, "Section 6: Declaration", size=12, bold=True, colour="4B2E83", before=8, after=4)
    _p(document, "I confirm that the information in this application is correct, that I am authorised to apply on "
                 "behalf of the organisation, and that the organisation will use any grant only for the purposes "
                 "described.", size=9.5, after=4)
    _docx_table(document, [
        ["Name", "Revd Martin Ashworth"],
        ["Position", "Chair of Trustees"],
        ["Signature", "M. Ashworth"],
        ["Date", "6 January 2026"],
    ], widths=[6, 10.4], size=9.5, label_fill="EFEAF7")
    _p(document, "", after=6)
    office = document.add_table(rows=1, cols=1)
    office.style = "Table Grid"
    _fill(office.rows[0].cells[0], "E7E6E6")
    for i, text in enumerate(["For office use only",
                              "Ref: SNF/26/041     Received: 07/01/2026     Eligibility check: AB     "
                              "Panel date: 12/02/2026"]):
        _cell(office.rows[0].cells[0], text, bold=(i == 0), size=8.5, first=(i == 0))
    _save_docx(document, out / "burton-street-angels-safer-neighbourhoods-fund-application-2026-27.docx",
               "Safer Neighbourhoods Fund 2026/27 - Application form", "Helen Oduya")


# ================================================================== 5. An honours nomination form (Word)

def honours_nomination(out: Path) -> None:
    from docx import Document

    document = Document()
    _page_setup(document, 2.0, 1.8, 2.2, 2.2)
    _normal(document, "Arial", 10.5)
    _header_footer(document, "OFFICIAL-SENSITIVE (when complete)", "Honours nomination form",
                   "Cabinet Office Honours and Appointments Secretariat\t\t", 4, bold_left=True)

    _p(document, "Honours nomination form", size=18, bold=True, after=2)
    _p(document, "Nominating someone for an honour: the King\u2019s Birthday Honours 2027 and later lists", size=10,
       italic=True, after=8)
    guide = document.add_table(rows=1, cols=1)
    guide.style = "Table Grid"
    _fill(guide.rows[0].cells[0], "F2F2F2")
    for i, text in enumerate([
        "Guidance",
        "Anyone can nominate someone for an honour. Please tell us in your own words what the nominee has done, "
        "the difference it has made and why it stands out. Do not tell the nominee that you have nominated them. "
        "It usually takes 12 to 18 months for a nomination to be considered, and you will only hear from us if "
        "the nomination is successful.",
    ]):
        _cell(guide.rows[0].cells[0], text, bold=(i == 0), size=9, first=(i == 0))
    _p(document, "", after=4)

    _p(document, "Section A: About the nominee", size=12, bold=True, before=4, after=4)
    _docx_table(document, [
        ["Title", "Mrs"],
        ["Forename(s)", "Margaret Ann"],
        ["Surname", "Alderson"],
        ["Known as", "Peggy"],
        ["Address", "Bryn Awel, Ffordd Watling, Llanrwst, Conwy LL26 0DY"],
        ["Date of birth", "14/07/1954"],
        ["Telephone", "01632 960 582"],
        ["Nationality", "British"],
    ], widths=[5, 11.6], size=9.5, label_fill="F2F2F2")
    _p(document, "", after=4)

    _p(document, "Section B: About you (the nominator)", size=12, bold=True, before=4, after=4)
    _docx_table(document, [
        ["Name", "Gwenllian Price"],
        ["Organisation (if nominating on behalf of one)", "Llanrwst Town Council"],
        ["Position", "Town Clerk"],
        ["Address", "Town Hall, Ancaster Square, Llanrwst, Conwy LL26 0LG"],
        ["Telephone / email", "01632 960 590 / clerk@llanrwst-tc.example.gov.uk"],
        ["How do you know the nominee?", "The council has worked with Mrs Alderson on community safety since 2019."],
    ], widths=[5, 11.6], size=9.5, label_fill="F2F2F2")
    _p(document, "", after=4)

    _p(document, "Section C: The nominee\u2019s roles", size=12, bold=True, before=4, after=4)
    _docx_table(document, [
        ["Role", "Organisation", "From", "To"],
        ["Founder and coordinator (voluntary)", "Conwy Valley Scam Busters", "2019", "Present"],
        ["Churchwarden", "St Grwst\u2019s Church, Llanrwst", "1998", "Present"],
        ["Treasurer", "Llanrwst Women\u2019s Institute", "2008", "2022"],
        ["Magistrate", "North Wales Local Justice Area", "1996", "2018"],
        ["Practice manager (paid)", "Llanrwst Health Centre", "1983", "2014"],
    ], widths=[5.2, 6.4, 2.5, 2.5], size=9.5, head_fill="404040", head_colour="FFFFFF")
    _p(document, "", after=4)

    _p(document, "Section D: The nomination", size=12, bold=True, before=4, after=4)
    _qa(document, "D1", "Summary of the nominee\u2019s achievements.", [
        "Peggy Alderson has protected hundreds of older people in the Conwy valley from fraud and doorstep crime. "
        "A retired practice manager and former magistrate, she founded a volunteer group that rings isolated older "
        "people every week and has helped to make whole streets no-go areas for rogue traders. She does all of it "
        "unpaid, from her kitchen table, and still finds time to run the church and help anyone who asks."],
        guidance="(no more than 100 words)", fill="F2F2F2")
    _qa(document, "D2", "What has the nominee done, what difference has it made, and what makes them stand out?", [
        ("Conwy Valley Scam Busters", True, False),
        "In 2019 Peggy founded Conwy Valley Scam Busters after a neighbour lost his savings to a caller who "
        "claimed to be from his bank. With North Wales Police\u2019s fraud prevention officers she set up a "
        "weekly phone round: eleven volunteers, all trained by the force, now ring 340 older people each week "
        "to ask about any unusual calls, letters or visitors and pass concerns straight to the officers. Since "
        "2019 the force has recorded 96 occasions on which a Scam Busters call stopped someone from sending "
        "money, with \u00a3112,000 of losses prevented. The force\u2019s figures show that repeat victims of "
        "fraud in the valley have fallen by a third while the rest of the county has not changed.",
        ("No Cold Calling Zones", True, False),
        "Between 2021 and 2024 Peggy and the Scam Busters volunteers worked with Conwy County Borough "
        "Council\u2019s Trading Standards service to set up 14 No Cold Calling Zones in Llanrwst, Trefriw and "
        "Betws-y-Coed. The volunteers knocked on every door to ask residents for their agreement, and the "
        "council\u2019s officers put up the signs and gave each household a sticker and a card. Reported "
        "doorstep crime in the zones fell from 19 incidents in the year before to 4 in the most recent year.",
        ("Other service to the community", True, False),
        "Peggy has been churchwarden of St Grwst\u2019s for more than 25 years and led the appeal that re-roofed "
        "the church in 2015. She sat as a magistrate for 22 years and was treasurer of the WI for 14. She is the "
        "person people in Llanrwst ring when they do not know who else to ring.",
        ("Why she stands out", True, False),
        "Peggy is now 71 and has never asked for thanks. Her work is quiet, practical and has lasted: the phone "
        "round has not missed a week since it began, even during the pandemic, when she ran it from her own "
        "landline.",
    ], guidance="(no more than 1,500 words)", fill="F2F2F2")

    _p(document, "Section E: Supporting letters", size=12, bold=True, before=4, after=4)
    _p(document, "Please list up to three people who have sent supporting letters. Their letters should be attached "
                 "to this form.", size=9.5, after=4)
    _docx_table(document, [
        ["Name", "Organisation and role", "Relationship to the nominee"],
        ["Insp Gethin Morris", "North Wales Police, Conwy Valley neighbourhood inspector", "Worked with her since 2019"],
        ["Sian Roberts", "Conwy County Borough Council, Trading Standards Officer", "Worked with her since 2021"],
        ["Canon David Hughes", "Rector of Llanrwst", "Has known her for 30 years"],
    ], widths=[4, 7.6, 5], size=9.5, head_fill="404040", head_colour="FFFFFF")
    _p(document, "", after=4)

    _p(document, "Section F: Declaration", size=12, bold=True, before=4, after=4)
    _p(document, "\u2612 I confirm that, to the best of my knowledge, the information in this form is accurate.",
       size=9.5, after=2)
    _p(document, "\u2612 I have not told the nominee about this nomination.", size=9.5, after=2)
    _p(document, "\u2612 I understand that the information will be shared with the relevant honours committee and "
                 "may be checked with government departments.", size=9.5, after=6)
    _docx_table(document, [["Signed", "G. Price"], ["Date", "19 November 2025"]], widths=[5, 11.6], size=9.5,
                label_fill="F2F2F2")
    _p(document, "", after=4)
    _p(document, "Send the completed form and letters to: Honours and Appointments Secretariat, Cabinet Office, "
                 "1 Horse Guards Road, London SW1A 2HQ, or email honours@cabinetoffice.example.gov.uk.", size=8.5,
       italic=True, after=0)
    _save_docx(document, out / "llanrwst-town-council-honours-nomination-margaret-alderson.docx",
               "Honours nomination form", "Gwenllian Price")


# ================================================================== 6. A force's campaign communications plan (Word)

def communications_plan(out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = Document()
    _page_setup(document, 1.8, 1.6, 2.0, 2.0)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    _normal(document, "Calibri", 10.5)
    _heading_colours(document, "1B365D", "Calibri")
    document.styles["Heading 1"].font.size = Pt(13)
    _header_footer(document, "OFFICIAL", "Hertfordshire Constabulary | Corporate Communications",
                   "Operation Sceptre communications plan v1.3\t\t", 5, bold_left=True)

    _p(document, "Operation Sceptre: national week of action on knife crime", size=18, bold=True, colour="1B365D",
       after=2)
    _p(document, "Communications plan, 10 \u2013 16 November 2025", size=12, colour="1B365D", after=8)
    _docx_table(document, [
        ["Version", "1.3"],
        ["Author", "Priya Lal, Senior Communications Officer"],
        ["Owner", "Head of Corporate Communications"],
        ["Operational lead", "Supt Rob Keane, Force lead for serious violence"],
        ["Date", "31 October 2025"],
        ["Status", "Approved"],
        ["Handling", "OFFICIAL \u2013 not for publication. Do not share outside the force without Corporate "
                     "Communications\u2019 agreement."],
    ], widths=[5, 20.7], size=9.5, label_fill="DCE6F1")

    document.add_paragraph("1. Background", style="Heading 1")
    for text in [
        "Operation Sceptre is the national police campaign against knife crime, coordinated by the National "
        "Police Chiefs\u2019 Council. Forces take part in two weeks of action each year, in May and November. "
        "This plan covers Hertfordshire Constabulary\u2019s communications for the November 2025 week.",
        "Knife crime in Hertfordshire fell by 9% in the year to September 2025, to 1,042 offences, but it remains "
        "a concern for residents in the force\u2019s public confidence survey, and there were two fatal stabbings "
        "in the county in 2025. The week is an opportunity to show what the force and its partners are doing, to "
        "encourage people to surrender knives, and to give parents and young people the confidence to talk "
        "about knives.",
    ]:
        _p(document, text, after=6)

    document.add_paragraph("2. Objectives", style="Heading 1")
    for text in [
        "Reach at least 250,000 people across force channels during the week.",
        "Increase the number of knives surrendered in the week by 20% on May 2025 (which was 214).",
        "Secure coverage in at least four local media outlets and one regional broadcaster.",
        "Drive 1,500 visits to the force\u2019s knife crime advice page for parents.",
    ]:
        _p(document, text, style="List Bullet", after=2)

    document.add_paragraph("3. Audiences", style="Heading 1")
    _docx_table(document, [
        ["Audience", "What we want them to do", "Main channels"],
        ["Young people aged 11\u201318", "Know the risks of carrying a knife and where to get help", "Instagram, "
         "TikTok, schools officers, youth partners"],
        ["Parents and carers", "Talk to their children about knives; use the advice page", "Facebook, Nextdoor, "
         "school newsletters"],
        ["Residents", "Feel reassured; report concerns", "Local media, Facebook, Herts Connected messages"],
        ["Retailers", "Follow the law on test purchases", "Trading Standards, business newsletters"],
        ["Officers and staff", "Know what is happening in the week and share it", "Intranet, briefing notes"],
    ], widths=[5, 11.2, 9.5], size=9.5, head_fill="1B365D", head_colour="FFFFFF")

    document.add_paragraph("4. Key messages", style="Heading 1")
    for text in [
        "Carrying a knife makes you more likely to be hurt, not less.",
        "You can surrender a knife anonymously at any of the surrender bins across the county, with no questions "
        "asked.",
        "We are working with schools, charities, councils and British Transport Police to stop knife crime "
        "before it starts.",
        "If you know someone is carrying a knife, tell us on 101 or anonymously to Crimestoppers on 0800 555 111.",
    ]:
        _p(document, text, style="List Bullet", after=2)

    document.add_paragraph("5. Proactive stories", style="Heading 1")
    _p(document, "The stories below have been agreed with the teams concerned. Results quoted have been checked by "
                 "the Performance team (ref PT-2025-1187).", after=6)
    _docx_table(document, [
        ["No.", "Story", "Lead", "Date", "Channels", "Status"],
        ["1", "Choices workshops in Stevenage. Since January 2025 Hertfordshire Constabulary\u2019s Stevenage "
              "Safer Neighbourhood Team and the charity Hope Not Harm Herts have delivered Choices knife crime "
              "workshops to every Year 8 class in the town\u2019s nine secondary schools. 2,360 pupils have taken "
              "part; 94% said afterwards that they knew where to get help, and 41 young people asked to be "
              "referred to the charity\u2019s youth workers. Film with PC Dunmore and a Year 8 class.",
         "Stevenage SNT / Hope Not Harm Herts", "Mon 10 Nov", "Press release, Facebook, Instagram, BBC Three "
                                                                "Counties Radio", "Filmed"],
        ["2", "Knife arches at Watford Junction. On two days in September 2025 Hertfordshire Constabulary\u2019s "
              "Watford Safer Neighbourhood Team and British Transport Police ran knife arches and a search dog at "
              "the station on Friday and Saturday evenings. 4,180 passengers passed through; three knives were "
              "found, six people were arrested for offences including possession of drugs, and 212 people "
              "stopped to talk to officers about knife crime. Photographs available.",
         "Watford SNT / BTP", "Wed 12 Nov", "Press release, X, Facebook", "Approved by BTP"],
        ["3", "Surrender bins. Totals from the 11 bins across the county at the end of the week, with the "
              "fewest-ever bins empty at collection.",
         "Force lead / Comms", "Mon 17 Nov", "Press release, all channels", "Awaiting figures"],
        ["4", "Chief Constable\u2019s video message on the week, recorded at Hatfield.",
         "Chief Constable\u2019s office", "Sun 9 Nov", "All channels", "To be recorded 5 Nov"],
        ["5", "A mother\u2019s story: a Hertfordshire mother whose son was stabbed in 2023 talks about why she "
              "now speaks in schools.",
         "Victim services / Comms", "Thu 13 Nov", "Press, BBC Look East", "Consent given"],
        ["6", "Test purchase operation with Trading Standards at shops selling knives.",
         "Trading Standards", "Fri 14 Nov", "Press release after results", "Planned"],
    ], widths=[1.1, 12, 3.8, 2.2, 4.2, 2.4], size=9, head_fill="1B365D", head_colour="FFFFFF")

    document.add_paragraph("6. Reactive lines", style="Heading 1")
    _docx_table(document, [
        ["If asked", "Line to take"],
        ["Why are you running knife arches when knife crime is falling?", "Knife crime has fallen, but one knife "
         "on our streets is one too many. Arches are one of many tactics and are used where we have intelligence "
         "or a history of incidents."],
        ["Is knife crime linked to county lines?", "Some knife crime is linked to drug supply, and we "
         "target the people who exploit young people. Most knife crime is not linked to "
         "gangs."],
        ["How many stop and searches for knives did you carry out?", "Refer to the published stop and search "
         "data. Do not give figures for the week until they have been checked."],
    ], widths=[8, 17.7], size=9.5, head_fill="1B365D", head_colour="FFFFFF")

    document.add_paragraph("7. Evaluation", style="Heading 1")
    _p(document, "Corporate Communications will report to the force lead by 28 November 2025 on reach, engagement, "
                 "media coverage, web visits and knives surrendered, against the objectives in section 2.",
       after=6)

    document.add_paragraph("8. Approval", style="Heading 1")
    _docx_table(document, [
        ["Name", "Role", "Date approved"],
        ["Sarah Whitfield", "Head of Corporate Communications", "31/10/2025"],
        ["Supt Rob Keane", "Force lead for serious violence", "31/10/2025"],
    ], widths=[6, 12, 7.7], size=9.5, head_fill="1B365D", head_colour="FFFFFF")
    _save_docx(document, out / "hertfordshire-constabulary-operation-sceptre-communications-plan-november-2025.docx",
               "Operation Sceptre communications plan", "Priya Lal")


# ================================================================== 7. A museum's online collection object record (HTML)

MUSEUM_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knife surrender bin | MMS.2025.14.1 | Collections Online | Museum of the Mersey Shore</title>
<meta name="description" content="Knife surrender bin used on Stanley Road, Bootle, 2019-2024. Object number MMS.2025.14.1.">
<link rel="canonical" href="https://collections.merseyshore.example.org.uk/object/MMS.2025.14.1">
<link rel="stylesheet" href="/assets/css/collections.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body class="object-page">
<div class="cookie-banner" role="region" aria-label="Cookies on Collections Online">
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help
  us understand how you use Collections Online.</p>
  <button type="button">Accept analytics cookies</button>
  <button type="button">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="https://www.merseyshore.example.org.uk/">Museum of the Mersey Shore</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="https://www.merseyshore.example.org.uk/visit">Visit</a></li>
      <li><a href="https://www.merseyshore.example.org.uk/whats-on">What's on</a></li>
      <li><a href="https://www.merseyshore.example.org.uk/learning">Schools and learning</a></li>
      <li><a href="/" aria-current="page">Collections Online</a></li>
      <li><a href="https://www.merseyshore.example.org.uk/support-us">Support us</a></li>
    </ul>
  </nav>
  <form class="search" action="/search" role="search">
    <label for="q">Search the collection</label>
    <input id="q" name="q" type="search" placeholder="Search 48,000 objects">
    <button type="submit">Search</button>
  </form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Collections Online</a></li>
    <li><a href="/search?collection=social-history">Social History</a></li>
    <li><a href="/search?collection=social-history&amp;theme=crime-and-policing">Crime and policing</a></li>
    <li aria-current="page">MMS.2025.14.1</li>
  </ol>
</nav>
<main id="main">
  <article class="object">
    <p class="result-nav"><a href="/search?q=knife&amp;page=1">&larr; Back to search results</a> |
    Result 3 of 11 | <a href="/object/MMS.2008.211">Previous</a> | <a href="/object/MMS.2025.14.2">Next</a></p>
    <h1>Knife surrender bin</h1>
    <p class="subtitle">&lsquo;Safe Streets Sefton&rsquo;, Stanley Road, Bootle, 2019&ndash;2024</p>
    <figure class="object-image">
      <img src="/media/MMS.2025.14.1/main-800.jpg" alt="A blue steel bin about the height of a post box, with a
      hinged chute in the front and a yellow and white sticker reading 'Bin a blade, save a life'." width="800"
      height="1000">
      <figcaption>Front view. Photo &copy; Museum of the Mersey Shore. <a href="/media/MMS.2025.14.1">View all 4
      images</a></figcaption>
    </figure>
    <ul class="object-actions">
      <li><a href="/object/MMS.2025.14.1/order-image">Order an image</a></li>
      <li><a href="/object/MMS.2025.14.1/print">Print this record</a></li>
      <li><a href="/object/MMS.2025.14.1/enquire">Ask about this object</a></li>
    </ul>
    <section class="object-details">
      <h2>Object details</h2>
      <dl>
        <dt>Object number</dt><dd>MMS.2025.14.1</dd>
        <dt>Object name</dt><dd>knife surrender bin</dd>
        <dt>Maker</dt><dd>Atlas Fabrications Ltd, Kirkby (fabricator)</dd>
        <dt>Date made</dt><dd>2019</dd>
        <dt>Date used</dt><dd>June 2019 &ndash; March 2024</dd>
        <dt>Place used</dt><dd>Stanley Road, Bootle, Merseyside</dd>
        <dt>Materials</dt><dd>galvanised steel, polyester powder coat, printed vinyl</dd>
        <dt>Dimensions</dt><dd>1200 mm x 600 mm x 600 mm; weight 165 kg</dd>
        <dt>Credit line</dt><dd>Given by Merseyside Police, 2025</dd>
        <dt>Collection</dt><dd>Social History</dd>
        <dt>On display</dt><dd>Not currently on display (Store 3). Viewing by appointment.</dd>
      </dl>
    </section>
    <section class="object-description">
      <h2>Description</h2>
      <p>A free-standing steel bin painted blue, with a hinged chute at the front that lets an object be dropped
      in but not taken out, and a locked door at the back for emptying. The yellow and white sticker on the front
      reads &lsquo;Bin a blade, save a life&rsquo;; the side panels give the Crimestoppers number, 0800 555 111,
      and a drawing by a pupil at a Bootle primary school. The paint is scratched around the chute and there is
      a dent in the left side panel.</p>
      <p>The bin stood on Stanley Road in Bootle from June 2019 to March 2024 as part of Safe Streets Sefton, a
      knife surrender scheme run by Merseyside Police&rsquo;s Sefton neighbourhood policing team with Bootle
      Mums Against Knives, a group set up by local mothers after the death of a teenager in the town in 2018.
      The group chose the sites for the bins, designed the stickers with local schoolchildren and checked each
      bin every week, while officers emptied them and sent the contents for destruction. Over five years this
      bin and the four others in the scheme collected 2,940 knives and other weapons, and the number of knife
      offences recorded in Bootle fell by 18% between 2019 and 2023.</p>
      <p>When the scheme replaced its bins with a new design in 2024, Merseyside Police offered this one to the
      museum. It was shown in the exhibition <i>Hidden Harms: Crime and Community on Merseyside</i> from April
      to September 2025.</p>
    </section>
    <section class="object-people">
      <h2>People and organisations</h2>
      <ul>
        <li><a href="/people/merseyside-police">Merseyside Police</a> (owner; donor)</li>
        <li><a href="/people/bootle-mums-against-knives">Bootle Mums Against Knives</a> (associated)</li>
        <li><a href="/people/atlas-fabrications-ltd">Atlas Fabrications Ltd</a> (maker)</li>
      </ul>
    </section>
    <section class="object-subjects">
      <h2>Subjects</h2>
      <ul class="tags">
        <li><a href="/search?subject=knife-crime">knife crime</a></li>
        <li><a href="/search?subject=policing">policing</a></li>
        <li><a href="/search?subject=community-action">community action</a></li>
        <li><a href="/search?place=bootle">Bootle</a></li>
      </ul>
    </section>
    <section class="object-rights">
      <h2>Rights and reuse</h2>
      <p>Images &copy; Museum of the Mersey Shore. Record text is available under a Creative Commons
      Attribution-NonCommercial 4.0 licence (CC BY-NC 4.0).</p>
      <h3>Cite this record</h3>
      <p class="citation">Museum of the Mersey Shore, &lsquo;Knife surrender bin&rsquo;, MMS.2025.14.1,
      https://collections.merseyshore.example.org.uk/object/MMS.2025.14.1 (accessed 21 November 2025).</p>
      <p class="record-meta">Record last updated 3 October 2025. Spotted a mistake?
      <a href="/object/MMS.2025.14.1/feedback">Tell us about it</a>.</p>
    </section>
    <div class="share">
      <span>Share</span>
      <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcollections.merseyshore.example.org.uk%2Fobject%2FMMS.2025.14.1">Facebook</a>
      <a href="https://x.com/intent/post?url=https%3A%2F%2Fcollections.merseyshore.example.org.uk%2Fobject%2FMMS.2025.14.1">X</a>
      <a href="mailto:?subject=Knife%20surrender%20bin">Email</a>
      <button type="button">Copy link</button>
    </div>
  </article>
  <aside class="related" aria-labelledby="related-h">
    <h2 id="related-h">Related objects</h2>
    <ul>
      <li><a href="/object/MMS.2008.211">&lsquo;Operation Safe Harbour&rsquo; poster, 2008</a></li>
      <li><a href="/object/MMS.2025.14.2">&lsquo;Bin a blade, save a life&rsquo; wristband, 2021</a></li>
      <li><a href="/object/MMS.2016.77">&lsquo;Stop the Blade&rsquo; schools resource pack, 2015</a></li>
      <li><a href="/object/MMS.1999.402">Police truncheon, Bootle Borough Police, about 1930</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <div class="footer-visit">
    <h2>Visit us</h2>
    <p>Museum of the Mersey Shore, 22 Derby Road, Bootle L20 8EF</p>
    <p>Open Wednesday to Sunday, 10am to 5pm. Free entry.</p>
  </div>
  <ul class="footer-links">
    <li><a href="https://www.merseyshore.example.org.uk/accessibility">Accessibility</a></li>
    <li><a href="https://www.merseyshore.example.org.uk/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="https://www.merseyshore.example.org.uk/contact">Contact us</a></li>
  </ul>
  <p class="legal">Museum of the Mersey Shore Trust is a registered charity in England and Wales (no. 1160482)
  and a company limited by guarantee (no. 09312744). Supported using public funding by Arts Council England.</p>
  <p class="legal">&copy; 2025 Museum of the Mersey Shore</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A data protection regulator's reprimand page (HTML)

ICO_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Witham Vale District Council | ICO</title>
<meta name="dcterms.type" content="Reprimands">
<meta name="dcterms.created" content="2025-10-02">
<link rel="stylesheet" href="/media2/css/ico-main.css">
</head>
<body>
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-labelledby="cookie-title">
  <h2 id="cookie-title">Cookies on the ICO website</h2>
  <p>We use necessary cookies to make our site work. We'd also like to set analytics cookies to help us improve
  it. We won't set optional cookies unless you enable them.</p>
  <button type="button" class="button">Accept all cookies</button>
  <button type="button" class="button button-secondary">Necessary cookies only</button>
  <a href="/global/cookies/">Cookie settings</a>
</div>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="header">
  <a href="/" class="header-logo" aria-label="ICO home">ico. Information Commissioner's Office</a>
  <nav class="header-nav" aria-label="Primary">
    <ul>
      <li><a href="/for-the-public/">For the public</a></li>
      <li><a href="/for-organisations/">For organisations</a></li>
      <li><a href="/make-a-complaint/">Make a complaint</a></li>
      <li><a href="/action-weve-taken/" class="active">Action we've taken</a></li>
      <li><a href="/about-the-ico/">About the ICO</a></li>
    </ul>
  </nav>
  <form class="header-search" action="/search/" role="search">
    <label for="search" class="visually-hidden">Search this website</label>
    <input id="search" name="q" type="search" placeholder="Search">
    <button type="submit">Search</button>
  </form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/action-weve-taken/">Action we've taken</a></li>
    <li><a href="/action-weve-taken/enforcement/">Enforcement action</a></li>
    <li aria-current="page">Witham Vale District Council</li>
  </ol>
</nav>
<main id="main-content" class="enforcement-detail">
  <h1>Witham Vale District Council</h1>
  <dl class="enforcement-meta">
    <dt>Date</dt><dd>2 October 2025</dd>
    <dt>Type</dt><dd>Reprimands</dd>
    <dt>Sector</dt><dd>Local government</dd>
  </dl>
  <p class="lead">The ICO has issued a reprimand to Witham Vale District Council after its community safety
  team sent the minutes of a multi-agency anti-social behaviour meeting, including details of victims, to a
  person named in them as responsible for anti-social behaviour.</p>
  <p><a class="download" href="/media2/action-weve-taken/reprimands/4031872/witham-vale-dc-reprimand.pdf">Witham
  Vale District Council reprimand<span class="file-meta"> (PDF, 198 KB)</span></a></p>

  <h2>The reprimand</h2>
  <p>The Information Commissioner (the Commissioner) issues a reprimand to Witham Vale District Council (the
  council) in accordance with Article 58(2)(b) of the UK General Data Protection Regulation (UK GDPR) in respect
  of certain infringements of the UK GDPR.</p>
  <p>The Commissioner has decided to issue a reprimand to the council in respect of the following
  infringements of the UK GDPR:</p>
  <ul>
    <li>Article 5(1)(f), which requires that personal data shall be processed in a manner that ensures
    appropriate security of the personal data, including protection against unauthorised or unlawful
    processing and against accidental loss, destruction or damage, using appropriate technical or
    organisational measures.</li>
    <li>Article 32(1) and (2), which require a controller to implement appropriate technical and organisational
    measures to ensure a level of security appropriate to the risk.</li>
  </ul>
  <p>The reasons for the Commissioner's findings are set out below.</p>

  <h2>Details of the infringement</h2>
  <p>The council's community safety team organises a monthly anti-social behaviour risk assessment conference
  (ASB RAC), attended by officers of the council, Lincolnshire Police and two housing providers, at which the
  cases of high-risk victims of anti-social behaviour are discussed. The team circulates the minutes of each
  meeting to a distribution list by ordinary email.</p>
  <p>On 14 February 2025 an officer in the team sent the minutes of the January meeting to the distribution
  list of 42 recipients. Because the email client completed a name automatically, the email was also sent to the
  personal email address of a person named in the minutes as responsible for anti-social behaviour towards
  one of the victims. The minutes contained the names and addresses of 11 victims, details of their health and
  vulnerabilities, and information about police investigations.</p>
  <p>The recipient did not reply to the email. The victim concerned was moved to temporary accommodation by her
  housing provider the following day, and the police put in place safety measures for her. The council reported
  the breach to the Commissioner on 17 February 2025.</p>
  <p>The Commissioner's investigation found that:</p>
  <ul>
    <li>the council did not have a secure method for sharing special category data with partners, and relied on
    ordinary email for highly sensitive information;</li>
    <li>the minutes were attached to the email as an unprotected document, with no password or encryption;</li>
    <li>automatic completion of email addresses was enabled for all staff, and the council had not assessed the
    risk of sending sensitive information to the wrong recipient; and</li>
    <li>staff in the team had not completed the council's mandatory data protection training in the previous
    two years.</li>
  </ul>

  <h2>Remedial steps taken by the council</h2>
  <p>The Commissioner has considered and welcomes the remedial steps taken by the council in light of this
  incident. In particular, the council has:</p>
  <ul>
    <li>stopped sending ASB RAC minutes by email and moved the sharing of case information to a secure
    partnership system with access controls;</li>
    <li>switched off the automatic completion of external email addresses for all staff;</li>
    <li>required all 64 staff in its communities directorate to complete data protection training, which they
    had done by 30 June 2025; and</li>
    <li>reviewed its information sharing agreement with partners.</li>
  </ul>

  <h2>Decision to issue a reprimand</h2>
  <p>Taking into account all the circumstances of this case, including the remedial steps, the Commissioner has
  decided to issue a reprimand to the council in relation to the infringements of Article 5(1)(f) and Article 32
  of the UK GDPR set out above.</p>

  <h2>Further action recommended</h2>
  <p>The Commissioner recommends that the council could take certain steps to improve its compliance with UK
  GDPR. In particular:</p>
  <ol>
    <li>The council should assess the risks of every regular flow of special category data to partners, and
    record the assessment in a data protection impact assessment where appropriate.</li>
    <li>The council should monitor completion of mandatory data protection training and report it to its senior
    information risk owner every quarter.</li>
    <li>The council should test its breach response plan at least once a year.</li>
  </ol>
  <p>The Commissioner asks that the council provides an update of the actions taken in relation to these
  recommendations within six months of the date of this reprimand.</p>
  <p class="case-ref">Case reference: INV/0712/2025</p>

  <aside class="related-enforcement" aria-labelledby="related-h">
    <h2 id="related-h">Related enforcement action</h2>
    <ul>
      <li><a href="/action-weve-taken/enforcement/a-metropolitan-borough-council/">A metropolitan borough
      council</a> &ndash; Reprimands, 11 September 2025</li>
      <li><a href="/action-weve-taken/enforcement/a-housing-association/">A housing association</a> &ndash;
      Reprimands, 28 August 2025</li>
      <li><a href="/action-weve-taken/enforcement/a-police-force/">A police force</a> &ndash; Reprimands,
      31 July 2025</li>
    </ul>
  </aside>
  <div class="page-feedback">
    <p>Was this page helpful?</p>
    <button type="button">Yes</button>
    <button type="button">No</button>
  </div>
</main>
<footer class="footer">
  <ul class="footer-links">
    <li><a href="/global/privacy-notice/">Privacy notice</a></li>
    <li><a href="/global/cookies/">Cookies</a></li>
    <li><a href="/global/accessibility-statement/">Accessibility</a></li>
    <li><a href="/global/copyright/">Copyright</a></li>
    <li><a href="/global/contact-us/">Contact us</a></li>
  </ul>
  <p>Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF</p>
  <p>&copy; ICO 2025. All content is available under the Open Government Licence v3.0, except where otherwise
  stated.</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A review site's venue page with owner responses (HTML)

REVIEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>THE FOUNDRY (Bournemouth) - All You Need to Know BEFORE You Go (with Reviews) - ReviewNest</title>
<meta property="og:title" content="The Foundry, Bournemouth - 612 reviews">
<link rel="stylesheet" href="https://static.reviewnest.example.com/css/venue.4f1c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NightClub","name":"The Foundry",
"address":{"@type":"PostalAddress","streetAddress":"Old Christchurch Road","addressLocality":"Bournemouth",
"postalCode":"BH1 1LG"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.1","reviewCount":"612"}}</script>
</head>
<body>
<div class="consent" role="dialog" aria-label="Privacy choices">
  <p>ReviewNest and our partners use cookies and similar technologies to personalise content and ads and to
  analyse our traffic. You can change your choices at any time in Privacy and Cookies.</p>
  <button type="button">I Accept</button>
  <button type="button">Reject All</button>
  <button type="button">Manage Choices</button>
</div>
<header class="top">
  <a class="brand" href="/">ReviewNest</a>
  <form class="global-search" action="/Search" role="search">
    <input type="search" name="q" aria-label="Search" placeholder="Places to go, things to do, hotels...">
  </form>
  <nav class="tabs" aria-label="Categories">
    <a href="/Hotels">Hotels</a> <a href="/Attractions">Things to Do</a> <a href="/Restaurants">Restaurants</a>
    <a href="/Nightlife" class="current">Nightlife</a> <a href="/Forum">Forums</a>
  </nav>
  <a class="signin" href="/SignIn">Sign in</a>
</header>
<nav class="crumbs" aria-label="Breadcrumbs">
  <a href="/Europe">Europe</a> &rsaquo; <a href="/United_Kingdom">United Kingdom</a> &rsaquo;
  <a href="/England">England</a> &rsaquo; <a href="/Dorset">Dorset</a> &rsaquo;
  <a href="/Bournemouth">Bournemouth</a> &rsaquo; <a href="/Bournemouth/Things_to_do">Things to Do in Bournemouth</a>
  &rsaquo; <a href="/Bournemouth/Nightlife">Nightlife in Bournemouth</a> &rsaquo; <span>The Foundry</span>
</nav>
<main>
  <section class="venue-header">
    <h1>The Foundry</h1>
    <p class="rating"><span class="bubbles" aria-label="4.1 of 5 bubbles">4.1</span>
    <a href="#reviews">612 reviews</a> &middot; #7 of 58 Nightlife in Bournemouth</p>
    <p class="cats">Dance Clubs &amp; Discos &middot; Bars &amp; Clubs</p>
    <p class="hours">Open Wed, Fri, Sat: 22:00 &ndash; 03:00</p>
    <p class="addr">Old Christchurch Road, Bournemouth BH1 1LG England</p>
    <p class="actions"><a href="/UserReview?venue=foundry-bournemouth" class="btn">Write a review</a>
    <button type="button">Save</button> <button type="button">Share</button></p>
    <p class="claimed">Claimed listing. The management of this venue responds to reviews.</p>
  </section>

  <section id="reviews" class="reviews">
    <h2>Reviews (612)</h2>
    <div class="breakdown">
      <p>Excellent <span class="bar"></span> 318</p>
      <p>Very good <span class="bar"></span> 149</p>
      <p>Average <span class="bar"></span> 71</p>
      <p>Poor <span class="bar"></span> 33</p>
      <p>Terrible <span class="bar"></span> 41</p>
    </div>
    <form class="filters">
      <fieldset><legend>Traveller type</legend>
        <label><input type="checkbox"> Families</label> <label><input type="checkbox"> Couples</label>
        <label><input type="checkbox"> Solo</label> <label><input type="checkbox"> Friends</label></fieldset>
      <fieldset><legend>Time of year</legend>
        <label><input type="checkbox"> Mar-May</label> <label><input type="checkbox"> Jun-Aug</label>
        <label><input type="checkbox"> Sep-Nov</label> <label><input type="checkbox"> Dec-Feb</label></fieldset>
      <label>Sort by <select><option>Most recent</option><option>Detailed reviews</option></select></label>
    </form>

    <article class="review">
      <div class="reviewer"><a href="/Profile/jessb_bmth">Jess B</a> <span>Poole, United Kingdom</span>
      <span>14 contributions</span></div>
      <p class="stars" aria-label="5 of 5 bubbles">5 of 5 bubbles</p>
      <h3>Best night out in Bournemouth, and the staff actually care</h3>
      <p>Came for my friend's 21st. Music was brilliant all night and the upstairs room was rammed. My friend
      had a bit too much and the welfare lady sat with her in a quiet room with water until her mum picked her
      up. Honestly didn't expect that from a club. Will be back.</p>
      <p class="meta">Date of visit: October 2025 &middot; Friends</p>
      <p class="written">Written 12 October 2025</p>
      <p class="disclaimer">This review is the subjective opinion of a ReviewNest member and not of ReviewNest LLC.
      ReviewNest performs checks on reviews.</p>
      <p class="helpful"><button type="button">Helpful</button> 9 votes</p>
      <div class="owner-response">
        <p class="responder">Dan K, General Manager at The Foundry, responded to this review</p>
        <p class="responded">Responded 16 October 2025</p>
        <p>Thanks Jess, and happy birthday to your friend! Our welfare team will be chuffed. Since March 2025
        our welfare team has worked with Dorset Police&rsquo;s Bournemouth town centre team on what we call
        Safe Exit: anyone who is refused entry or asked to leave is checked by one of our welfare officers first,
        and if they are on their own or vulnerable we keep them in the welfare room, or hand them over to the
        Street Pastors or to officers, rather than leaving them on the street. 341 customers have been looked
        after that way so far, and the police tell us that calls about vulnerable people outside the club have
        halved. Hope to see you all again soon.</p>
        <p class="disclaimer">This response is the subjective opinion of the management representative and not of
        ReviewNest LLC.</p>
      </div>
    </article>

    <article class="review">
      <div class="reviewer"><a href="/Profile/M_T_travels">Mark T</a> <span>Southampton, United Kingdom</span>
      <span>203 contributions</span></div>
      <p class="stars" aria-label="2 of 5 bubbles">2 of 5 bubbles</p>
      <h3>Queue was a joke</h3>
      <p>Waited 50 minutes to get in on a Saturday, then got patted down like we were at an airport. Inside was
      fine but by then half the group had given up and gone to the Engine Room.</p>
      <p class="meta">Date of visit: September 2025 &middot; Friends</p>
      <p class="written">Written 28 September 2025</p>
      <p class="helpful"><button type="button">Helpful</button> 3 votes</p>
      <div class="owner-response">
        <p class="responder">Dan K, General Manager at The Foundry, responded to this review</p>
        <p class="responded">Responded 30 September 2025</p>
        <p>Hi Mark, sorry about the wait. Searches on entry are a condition of our premises licence on Friday and
        Saturday nights and we won't drop them, but we've added a second search lane from 11pm to speed things
        up. Drop us a message and we'll sort you out with queue jump passes next time.</p>
      </div>
    </article>

    <article class="review">
      <div class="reviewer"><a href="/Profile/Sophie_W94">Sophie W</a> <span>Bournemouth, United Kingdom</span>
      <span>6 contributions</span></div>
      <p class="stars" aria-label="4 of 5 bubbles">4 of 5 bubbles</p>
      <h3>Great music, pricey drinks</h3>
      <p>&pound;8 entry before midnight and &pound;6.50 for a pint, which is steep for Bournemouth, but the DJs on
      Fridays are the best in town. Toilets were clean at 2am, which is a first.</p>
      <p class="meta">Date of visit: September 2025 &middot; Couples</p>
      <p class="written">Written 21 September 2025</p>
      <p class="helpful"><button type="button">Helpful</button> 1 vote</p>
    </article>

    <article class="review">
      <div class="reviewer"><a href="/Profile/anon_4471">Anonymous</a> <span>2 contributions</span></div>
      <p class="stars" aria-label="1 of 5 bubbles">1 of 5 bubbles</p>
      <h3>My drink was spiked</h3>
      <p>I'm pretty sure my drink was spiked on a Saturday in August. I'd had two drinks and suddenly couldn't
      stand. My friends got me out and I was sick all night. Nobody should have to worry about this on a night
      out.</p>
      <p class="meta">Date of visit: August 2025 &middot; Friends</p>
      <p class="written">Written 3 September 2025</p>
      <p class="helpful"><button type="button">Helpful</button> 22 votes</p>
      <div class="owner-response">
        <p class="responder">Dan K, General Manager at The Foundry, responded to this review</p>
        <p class="responded">Responded 4 September 2025</p>
        <p>We're so sorry this happened and we'd really like to help you report it. Please email
        welfare@thefoundry-bmth.example.co.uk or call Dorset Police on 101, quoting the date, and we will keep our
        CCTV for that night.</p>
        <p>We take spiking very seriously. Since October 2024 our bar staff have tested drinks on request using
        kits supplied by BCP Council&rsquo;s community safety team, who also trained every member of our bar
        and door staff. In the first year we carried out 61 tests; two were positive and both were passed to
        Dorset Police. Anyone who thinks they have been spiked can go to our welfare room, where a member of
        staff will stay with them.</p>
      </div>
    </article>

    <article class="review">
      <div class="reviewer"><a href="/Profile/tomharrison_uni">Tom H</a> <span>Bournemouth, United Kingdom</span>
      <span>31 contributions</span></div>
      <p class="stars" aria-label="5 of 5 bubbles">5 of 5 bubbles</p>
      <h3>Wednesday student night is unbeatable</h3>
      <p>&pound;3 drinks and free entry with a student card before 11. Packed every week in term time.</p>
      <p class="meta">Date of visit: October 2025 &middot; Friends</p>
      <p class="written">Written 9 October 2025</p>
      <p class="helpful"><button type="button">Helpful</button> 0 votes</p>
    </article>

    <article class="review">
      <div class="reviewer"><a href="/Profile/K_Dunn">Karen D</a> <span>Christchurch, United Kingdom</span>
      <span>58 contributions</span></div>
      <p class="stars" aria-label="3 of 5 bubbles">3 of 5 bubbles</p>
      <h3>Cloakroom lost my coat</h3>
      <p>Good night but the cloakroom gave my coat to someone else. Still waiting to hear back three weeks later.</p>
      <p class="meta">Date of visit: August 2025 &middot; Solo</p>
      <p class="written">Written 27 August 2025</p>
      <p class="helpful"><button type="button">Helpful</button> 2 votes</p>
      <div class="owner-response">
        <p class="responder">Dan K, General Manager at The Foundry, responded to this review</p>
        <p class="responded">Responded 29 August 2025</p>
        <p>Hi Karen, I'm sorry nobody got back to you. I've found your email and will call you tomorrow.</p>
      </div>
    </article>

    <article class="review">
      <div class="reviewer"><a href="/Profile/Priya_on_tour">Priya S</a> <span>London, United Kingdom</span>
      <span>112 contributions</span></div>
      <p class="stars" aria-label="5 of 5 bubbles">5 of 5 bubbles</p>
      <h3>Felt safe as a woman on my own</h3>
      <p>Visiting for work and went on my own. There were Ask for Angela posters in the toilets and the door staff
      included women, which made a difference. Bouncers walked me to a taxi at the end.</p>
      <p class="meta">Date of visit: July 2025 &middot; Solo</p>
      <p class="written">Written 2 August 2025</p>
      <p class="helpful"><button type="button">Helpful</button> 5 votes</p>
    </article>

    <article class="review">
      <div class="reviewer"><a href="/Profile/gav_bday">Gavin R</a> <span>Ringwood, United Kingdom</span>
      <span>9 contributions</span></div>
      <p class="stars" aria-label="4 of 5 bubbles">4 of 5 bubbles</p>
      <h3>Booth for a 30th</h3>
      <p>Booked a booth for 12 of us at &pound;250 including two bottles. Host was great, bottles came with
      sparklers. Would have given 5 but the aircon upstairs wasn't working.</p>
      <p class="meta">Date of visit: July 2025 &middot; Friends</p>
      <p class="written">Written 20 July 2025</p>
      <p class="helpful"><button type="button">Helpful</button> 0 votes</p>
    </article>

    <nav class="pagination" aria-label="Review pages">
      <p>Showing results 1-8 of 612</p>
      <span class="disabled">Previous</span> <span class="current">1</span> <a href="?page=2">2</a>
      <a href="?page=3">3</a> &hellip; <a href="?page=77">77</a> <a href="?page=2">Next</a>
    </nav>
  </section>

  <section class="nearby">
    <h2>Nightlife nearby</h2>
    <ul>
      <li><a href="/Bournemouth/Nightlife/engine-room">The Engine Room</a> &middot; 0.2 miles</li>
      <li><a href="/Bournemouth/Nightlife/velvet-lounge">Velvet Lounge</a> &middot; 0.3 miles</li>
      <li><a href="/Bournemouth/Nightlife/sundown">Sundown</a> &middot; 0.4 miles</li>
    </ul>
  </section>
</main>
<footer class="foot">
  <p><a href="/AboutUs">About ReviewNest</a> &middot; <a href="/Terms">Terms of Use</a> &middot;
  <a href="/Privacy">Privacy and Cookies Statement</a> &middot; <a href="/HowItWorks">How the site works</a>
  &middot; <a href="/SiteMap">Site Map</a> &middot; <a href="/Help">Contact us</a></p>
  <p>&copy; 2025 ReviewNest LLC All rights reserved.</p>
  <p>ReviewNest LLC is not a booking agent and does not charge any service fees to users of our site.</p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A partnership's project board exported to Markdown

BOARD_MD = """# Safer Rochdale Partnership \u2013 ASB & Neighbourhoods Delivery Board

> Exported from Trello with the Markdown Export power-up on 21 November 2025 at 09:14 by Aisha Rahman
> (Community Safety Officer, Rochdale Borough Council).
> Workspace: Safer Rochdale Partnership \u00b7 Visibility: Workspace \u00b7 6 lists \u00b7 19 open cards \u00b7
> 4 archived cards not included.

**Board description:** Delivery board for the ASB & Neighbourhoods sub-group of the Safer Rochdale Partnership.
One card per piece of work. Move cards to **Done** only when the lead has added results. Anything for the
strategic board goes in **For CSP board (Dec)**. Please don't put personal data on cards \u2013 use the secure
case system.

**Labels:** \U0001f7e5 ASB \u00b7 \U0001f7e7 Environmental \u00b7 \U0001f7e8 Youth \u00b7 \U0001f7e9 Night-time
economy \u00b7 \U0001f7e6 Data \u00b7 \U0001f7ea Funding

**Members:** Aisha Rahman (AR) \u00b7 Insp Lee Whitehead, GMP (LW) \u00b7 Dawn Kershaw, RBC Neighbourhood Services
(DK) \u00b7 Mo Iqbal, Roch Valley Homes (MI) \u00b7 Cath Ogden, RBC Youth Service (CO) \u00b7 Sgt Kate Ashworth, GMP
(KA)

---

## List: Backlog / ideas (4)

### Community Speedwatch in Norden?
- **Labels:** \U0001f7e5 ASB
- **Members:** \u2013
- **Description:** Residents at the Norden ward meeting asked about speeding on Edenfield Road. Ask GMP roads
  policing whether a Speedwatch group would be supported. Not really ASB \u2013 park for now.

### Youth shelter for Falinge Park
- **Labels:** \U0001f7e8 Youth
- **Members:** CO
- **Description:** Friends of Falinge Park have asked for a youth shelter. Need to talk to young people first.

### Bid: Safer Streets-type fund if a new round opens
- **Labels:** \U0001f7ea Funding
- **Members:** AR
- **Description:** Keep an eye on Home Office announcements. Lighting for the Kirkholt ginnels would be the
  obvious ask.

### Shared ASB dashboard (Power BI)
- **Labels:** \U0001f7e6 Data
- **Members:** AR, LW
- **Description:** One dashboard with GMP calls and council service requests by ward. Waiting for the data
  sharing agreement refresh (see card in Waiting on partner).

---

## List: To do \u2013 Q3 (3)

### Safe Space Rochdale \u2013 Saturday nights, town centre
- **Labels:** \U0001f7e9 Night-time economy
- **Members:** AR, KA
- **Due:** 6 Dec 2025
- **Checklist (2/6):** \u2611 venue agreed (Touchstones) \u00b7 \u2611 first aid cover quote \u00b7 \u2610 volunteers
  recruited \u00b7 \u2610 radio link to CCTV \u00b7 \u2610 comms \u00b7 \u2610 launch night
- **Description:** Pilot a welfare space on Saturday nights in December with the town centre team and
  volunteers. Target: open 6 Dec. Budget \u00a34,200 from the Community Safety Fund.

### Bonfire period plan 2025
- **Labels:** \U0001f7e5 ASB
- **Members:** LW, DK
- **Due:** 24 Oct 2025 (overdue)
- **Description:** Usual bonfire night arrangements: bonfire material sweeps, dispersal order requests, fire
  service liaison. Move to Done once the debrief is in.

### Refresh ASB victim leaflet
- **Labels:** \U0001f7e5 ASB
- **Members:** AR
- **Description:** New leaflet with the ASB Case Review threshold and the new phone number 01632 960 844.

---

## List: In progress (2)

### Purple Flag reaccreditation
- **Labels:** \U0001f7e9 Night-time economy
- **Members:** AR
- **Due:** 30 Jan 2026
- **Description:** Submission due end of January. Assessment visit TBC.

### Heywood shop theft \u2013 partnership meeting
- **Labels:** \U0001f7e5 ASB
- **Members:** KA
- **Description:** First meeting with Heywood traders held 12 Nov. Actions on the minutes. Nothing to report yet.

---

## List: Waiting on partner (2)

### Data sharing agreement refresh
- **Labels:** \U0001f7e6 Data
- **Members:** AR
- **Description:** With GMP information management since 15 Sep. Chased 3 Nov.

### Move camera 14 (Drake Street)
- **Labels:** \U0001f7e5 ASB
- **Members:** DK
- **Description:** Quote \u00a36,800 from the CCTV contractor. Awaiting highways permit.

---

## List: For CSP board (Dec) (1)

### Q2 ASB performance summary
- **Labels:** \U0001f7e6 Data
- **Members:** AR
- **Attachments:** ASB_calls_by_ward_Q2_2025-26.xlsx (48 KB)
- **Description:** ASB calls to GMP in the borough: 2,318 in Q2 (July\u2013Sept), 4% down on Q2 last year. Council
  ASB service requests: 611. Highest wards: Central Rochdale, Kingsway, Balderstone & Kirkholt.

---

## List: Done \u2705 (2025/26) (3)

### Op Tarn \u2013 off-road bikes, Kirkholt & Belfield
- **Labels:** \U0001f7e5 ASB
- **Members:** LW, DK
- **Due:** 30 Sep 2025 \u2714
- **Checklist (5/5):** \u2611 hotspot map \u00b7 \u2611 drone flights \u00b7 \u2611 joint patrol rota \u00b7 \u2611 seizure
  signs \u00b7 \u2611 results
- **Description:** Joint operation by Greater Manchester Police's Rochdale North neighbourhood team and the
  council's ASB team, April to September 2025. GMP drone and off-road bike officers tracked riders to where the
  bikes were stored; the ASB team served warnings on the addresses and the council put up seizure warning signs
  at the access points to the fields. **Results:** 17 bikes seized, 9 community protection warnings, 3
  applications for criminal behaviour orders; calls about off-road bikes in Kirkholt and Belfield down 46%
  (212 to 114) on April\u2013September 2024.
- **Activity:**
  - **Lee Whitehead** \u2013 3 Oct 2025: Results checked with GMP analysts. Happy for this to go to the board as a
    good news item.
  - **Dawn Kershaw** \u2013 6 Oct 2025: Signs staying up over winter.

### Alley-gating phase 2 \u2013 Milkstone & Deeplish
- **Labels:** \U0001f7e7 Environmental
- **Members:** DK, MI
- **Due:** 31 Aug 2025 \u2714
- **Checklist (4/4):** \u2611 consultation \u00b7 \u2611 orders made \u00b7 \u2611 gates fitted \u00b7 \u2611 keys issued
- **Description:** Rochdale Borough Council's Neighbourhood Services and Roch Valley Homes gated the back alleys
  behind 11 terraces in Milkstone and Deeplish, after residents voted for it. The council made the gating orders
  and fitted 41 gates; Roch Valley Homes gave a key to every tenant and runs a monthly clean-up with residents
  inside the gated alleys. **Results:** fly-tipping reports in the gated alleys down 58% in the six months after
  fitting compared with the same months in 2024; no burglaries through the back of a gated terrace (7 in the
  six months before).
- **Activity:**
  - **Mo Iqbal** \u2013 8 Sep 2025: Tenants very positive at the residents' meeting. 3 lost keys so far.

### CSP strategic assessment 2025 signed off
- **Labels:** \U0001f7e6 Data
- **Members:** AR
- **Due:** 18 Jul 2025 \u2714
- **Description:** Signed off by the CSP board on 18 July. Priorities unchanged.

---

*Exported 21/11/2025 09:14 \u00b7 Trello board ID 6501f3c2a8 \u00b7 Page generated by Markdown Export v2.4.1*
"""


# ================================================================== 11. A police library's literature search results export (plain text)

LITSEARCH_TXT = """COLLEGE OF POLICING - NATIONAL POLICE LIBRARY
LITERATURE SEARCH RESULTS
================================================================================

Search reference:    LS-2025-1187
Requested by:        DS Kiran Mahmood, Nottinghamshire Police
Topic:               Preventing repeat and near-repeat domestic burglary:
                     cocooning, target hardening and follow-up visits
Date of search:      18 November 2025
Searched by:         R. Oyelaran, Assistant Librarian
Sources searched:    Criminal Justice Abstracts; Policing and Criminal Justice
                     Database; National Police Library catalogue; POLIS
Search terms:        (burglar* OR "break-in*") AND (repeat* OR "near repeat*")
                     AND (cocoon* OR "target harden*" OR "follow-up visit*")
Limits:              Published 2015-2025; English language; UK and Ireland
Results:             7 records (duplicates removed)

Abstracts are reproduced as supplied by the publisher or database. They have not
been checked by the Library, and inclusion in this list does not mean that the
College of Policing endorses a study or its findings. Full text is available
through the Library for records marked [FT].

--------------------------------------------------------------------------------
RECORD 1 of 7                                                               [FT]
--------------------------------------------------------------------------------
Title:          Repeat and near-repeat burglary: a systematic review and
                meta-analysis of prevention studies
Author(s):      Halloran, B.; Ng, S.; Price, T.
Source:         Journal of Experimental Crime Prevention, Vol. 19, No. 2,
                pp. 211-239
Year:           2023
Document type:  Journal article
ISSN:           1750-5211
DOI:            10.5555/jecp.2023.0192
Subjects:       Burglary; Repeat victimisation; Systematic reviews
Abstract:       This review synthesises 38 studies of interventions intended
                to prevent repeat or near-repeat burglary. Pooled estimates
                suggest that interventions combining target hardening with
                visits to neighbouring homes are associated with larger
                reductions than either alone. The quality of the evidence is
                low to moderate, and most studies come from England and Wales.
Accession no.:  NPL-2023-041277

--------------------------------------------------------------------------------
RECORD 2 of 7                                                               [FT]
--------------------------------------------------------------------------------
Title:          Cocooning after burglary in Nottingham: a quasi-experimental
                evaluation
Author(s):      Farrow, J.; Okafor, D.
Source:         Policing: Evidence and Practice, Vol. 8, No. 4, pp. 402-419
Year:           2024
Document type:  Journal article
ISSN:           2398-4471
DOI:            10.5555/pep.2024.0317
Subjects:       Burglary; Cocooning; Neighbourhood policing; Evaluation
Abstract:       Between April 2021 and March 2022, Nottinghamshire Police's
                Bulwell and Basford neighbourhood teams and Nottingham City
                Council's community protection officers visited the homes
                around every domestic burglary within 48 hours, giving crime
                prevention advice and free door and window alarms and asking
                neighbours to report suspicious activity. A total of 3,104
                homes were visited around 287 burglaries. Using matched
                comparison areas elsewhere in the city, the study finds that
                repeat and near-repeat burglaries within 200 metres of an
                index burglary fell by 34% relative to the comparison areas,
                with no evidence of displacement. Officers' time was the main
                cost. Implications for targeting visits are discussed.
Accession no.:  NPL-2024-052390

--------------------------------------------------------------------------------
RECORD 3 of 7
--------------------------------------------------------------------------------
Title:          Foragers and fences: opportunity theory and the spatial
                pattern of burglary
Author(s):      Whitcombe, A.
Source:         In: Lister, P. (ed.) Environmental Criminology Revisited.
                London: Portico Academic, pp. 87-110
Year:           2019
Document type:  Book chapter
ISBN:           978-1-5555-0419-2
Subjects:       Burglary; Environmental criminology; Theory
Abstract:       This chapter reviews the optimal forager account of burglary
                and its explanation of why burglars return to the same homes
                and neighbourhoods. It argues that the theory has been more
                useful for predicting where burglary will happen than for
                designing responses to it.
Accession no.:  NPL-2019-017745

--------------------------------------------------------------------------------
RECORD 4 of 7                                                               [FT]
--------------------------------------------------------------------------------
Title:          Locks for older victims: an evaluation of a target hardening
                service in Swansea
Author(s):      Rees, C.; Bevan, L.; Thomas, G.
Source:         Crime Prevention and Community Safety, Vol. 26, No. 1,
                pp. 33-51
Year:           2024
Document type:  Journal article
ISSN:           1460-3780
DOI:            10.5555/cpcs.2024.0044
Subjects:       Burglary; Older people; Target hardening; Wales
Abstract:       Lock Up Swansea has been run since 2018 by South Wales
                Police's Swansea neighbourhood policing team and the charity
                Bay Handyperson Trust, whose handypersons fit new locks, door
                chains and window catches free of charge for burglary
                victims aged 60 and over, usually within a week of a
                referral by officers. By March 2023, 1,120 homes had been
                fitted. Of these, 2.1% were burgled again within a year,
                compared with 6.8% of older victims in Swansea in the three
                years before the service began. Interviews with 24 victims
                found that the visits also reduced fear of crime.
Accession no.:  NPL-2024-049918

--------------------------------------------------------------------------------
RECORD 5 of 7
--------------------------------------------------------------------------------
Title:          Text messages after burglary: protocol for a randomised
                controlled trial in Thames Valley
Author(s):      Marsh, E.; Kaur, H.; Dennison, R.
Source:         Paper presented at the Society of Evidence Based Policing
                Conference, Birmingham, 12-13 March 2025
Year:           2025
Document type:  Conference paper
Subjects:       Burglary; Randomised controlled trials; Victim contact
Abstract:       This paper sets out the protocol for a trial, due to begin in
                January 2026, in which burglary victims and their neighbours
                will be randomly assigned to receive or not receive a series
                of text messages with crime prevention advice. The primary
                outcome will be repeat and near-repeat burglary within 90
                days. The trial will run for 12 months and aims to recruit
                4,000 households.
Accession no.:  NPL-2025-058802

--------------------------------------------------------------------------------
RECORD 6 of 7
--------------------------------------------------------------------------------
Title:          Who is burgled twice? Repeat domestic burglary victimisation
                in England and Wales, 2012-2022
Author(s):      Adebayo, T.
Source:         PhD thesis, University of Leicester
Year:           2023
Document type:  Thesis
Subjects:       Burglary; Repeat victimisation; Crime Survey for England and
                Wales
Abstract:       Using ten years of Crime Survey for England and Wales data,
                this thesis estimates that around one in seven burglary
                victims is burgled again within a year, and that the risk is
                highest in the first four weeks. Renters and single-parent
                households face the highest risk.
Accession no.:  NPL-2023-044106

--------------------------------------------------------------------------------
RECORD 7 of 7
--------------------------------------------------------------------------------
Title:          Force to test video doorbells for repeat burglary victims
Author(s):      Staff reporter
Source:         Police Practice Today, 4 September 2025, p. 9
Year:           2025
Document type:  News item
Subjects:       Burglary; Technology
Abstract:       West Midlands Police plans to lend video doorbells to repeat
                burglary victims in Birmingham from next spring, with the
                results to be evaluated by a university.
Accession no.:  NPL-2025-061530

================================================================================
END OF RESULTS

Need more help? The National Police Library can obtain articles that are not
in our collection and can run further searches. Contact us at
library@college.example.police.uk or on 01632 960 227 (Monday to Friday,
9am to 5pm). Please quote your search reference.

College of Policing Limited, Leamington Road, Ryton-on-Dunsmore, Coventry
CV8 3EN. Company number 08123456. This list is for the personal use of the
requester for policing purposes and must not be republished.
"""


TEXT_DOCUMENTS = {
    "museum-of-the-mersey-shore-collections-online-knife-surrender-bin.html": MUSEUM_HTML,
    "ico-reprimand-witham-vale-district-council.html": ICO_HTML,
    "reviewnest-the-foundry-bournemouth-reviews.html": REVIEWS_HTML,
    "safer-rochdale-partnership-asb-delivery-board-trello-export.md": BOARD_MD,
    "national-police-library-literature-search-repeat-burglary-2025-11.txt": LITSEARCH_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    government_response(out)
    farm_watch_calendar(out)
    exam_paper(out)
    grant_application(out)
    honours_nomination(out)
    communications_plan(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
