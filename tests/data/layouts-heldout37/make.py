"""Write the documents of the thirty-seventh held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout37/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a bus operator's route timetable leaflet,
a research note in a peer-reviewed journal, a force's certificate of appreciation to a partner, a
headteacher's letter to parents, a charity's parliamentary briefing for a second reading debate and a
village fete committee's event risk assessment. The HTML, Markdown and plain-text documents are kept
here as text and written out unchanged; manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers (taken from the thirty-sixth set)

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
          zebra=None, pad=3, inner=True):
    data = []
    for r, row in enumerate(rows):
        style = head_style if (r == 0 and head_style is not None) else cell_style
        data.append([Paragraph(v, style) if isinstance(v, str) else v for v in row])
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


# ================================================================== 1. A bus operator's route timetable leaflet (PDF)

TC_BLUE = colors.HexColor("#003B71")
TC_YELLOW = colors.HexColor("#FFC72C")
TC_FILE = "tyne-coast-buses-route-19-timetable-from-1-february-2026.pdf"

TC_STOPS = [("Newcastle, Haymarket bus station", 0), ("Byker, Shields Road", 7), ("Walker, Church Street", 13),
            ("Wallsend, The Forum", 19), ("Howdon, Tyne Tunnel", 24), ("Silverlink Retail Park", 29),
            ("North Shields, Bedford Street", 36), ("Tynemouth, Front Street", 42), ("Cullercoats, Front", 47),
            ("Whitley Bay, Park Avenue", 52)]


def _tc_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    band = 40 * mm if page == 1 else 16 * mm
    canvas.setFillColor(TC_BLUE)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    canvas.setFillColor(TC_YELLOW)
    canvas.rect(0, height - band - 2 * mm, width, 2 * mm, stroke=0, fill=1)
    if page == 1:
        canvas.circle(30 * mm, height - 20 * mm, 13 * mm, stroke=0, fill=1)
        canvas.setFillColor(TC_BLUE)
        canvas.setFont("Helvetica-Bold", 30)
        canvas.drawCentredString(30 * mm, height - 25 * mm, "19")
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 17)
        canvas.drawString(50 * mm, height - 15 * mm, "Newcastle \u2013 Wallsend \u2013 North Shields")
        canvas.drawString(50 * mm, height - 23 * mm, "\u2013 Tynemouth \u2013 Whitley Bay")
        canvas.setFont("Helvetica", 10)
        canvas.setFillColor(TC_YELLOW)
        canvas.drawString(50 * mm, height - 32 * mm, "Timetable from Sunday 1 February 2026")
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawRightString(width - 14 * mm, height - 32 * mm, "tyne coast buses")
    else:
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(14 * mm, height - 10.5 * mm, "19  Newcastle \u2013 Whitley Bay")
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(width - 14 * mm, height - 10.5 * mm, "Times from 1 February 2026")
    canvas.setStrokeColor(TC_BLUE)
    canvas.setLineWidth(0.6)
    canvas.line(14 * mm, 14 * mm, width - 14 * mm, 14 * mm)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.2)
    canvas.drawString(14 * mm, 9.5 * mm, "Tyne Coast Buses \u00b7 tynecoastbuses.example.co.uk \u00b7 "
                      "Customer services 01632 960 719 (8am to 6pm, Monday to Saturday)")
    canvas.drawRightString(width - 14 * mm, 9.5 * mm, "%d" % page)
    canvas.restoreState()


def _route_map(width):
    height = 62 * mm
    drawing = Drawing(width, height)
    x = 16
    top, bottom = height - 10, 10
    drawing.add(Line(x, top, x, bottom, strokeColor=TC_BLUE, strokeWidth=4))
    step = (top - bottom) / (len(TC_STOPS) - 1)
    for i, (name, _) in enumerate(TC_STOPS):
        y = top - i * step
        drawing.add(Circle(x, y, 4, fillColor=colors.white, strokeColor=TC_BLUE, strokeWidth=2))
        drawing.add(String(x + 10, y - 3, name, fontName="Helvetica", fontSize=7.5))
    drawing.add(String(width - 4, bottom + 2, "Not to scale", fontName="Helvetica-Oblique", fontSize=6.5,
                       textAnchor="end", fillColor=colors.HexColor("#666666")))
    return drawing


def _hhmm(minutes: int) -> str:
    minutes %= 24 * 60
    return "%02d%02d" % (minutes // 60, minutes % 60)


def _timetable(starts_before, starts_after, every, reverse, widths, cell, bold_cell):
    stops = list(reversed([(n, 52 - m) for n, m in TC_STOPS])) if reverse else TC_STOPS
    rows = []
    for r, (name, offset) in enumerate(stops):
        row = [Paragraph(name, bold_cell if r in (0, len(stops) - 1) else cell)]
        for s in starts_before:
            row.append(Paragraph(_hhmm(s + offset), cell))
        row.append(Paragraph(("then every %d mins until" % every) if r == 0 else "", cell))
        for s in starts_after:
            row.append(Paragraph(_hhmm(s + offset), cell))
        rows.append(row)
    table = Table(rows, colWidths=widths)
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTSIZE", (0, 0), (-1, -1), 7),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
             ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B8C4D6")),
             ("BACKGROUND", (len(starts_before) + 1, 0), (len(starts_before) + 1, -1), colors.HexColor("#FFF3CF")),
             ("BOX", (0, 0), (-1, -1), 0.6, TC_BLUE)]
    for r in range(len(rows)):
        if r % 2 == 1:
            style.append(("BACKGROUND", (0, r), (len(starts_before), r), colors.HexColor("#EEF2F8")))
            style.append(("BACKGROUND", (len(starts_before) + 2, r), (-1, r), colors.HexColor("#EEF2F8")))
    table.setStyle(TableStyle(style))
    return table


def _t(h, m):
    return h * 60 + m


def bus_timetable(out: Path) -> None:
    width, height = A4
    margin = 14 * mm
    gap = 7 * mm
    col_w = (width - 2 * margin - gap) / 2
    bottom = 18 * mm
    doc = BaseDocTemplate(str(out / TC_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=46 * mm, bottomMargin=bottom, title="19 Newcastle - Whitley Bay timetable",
                          author="Tyne Coast Buses", subject="Bus timetable from 1 February 2026",
                          creator="Tyne Coast Buses", invariant=1)
    top1 = height - 47 * mm
    top2 = height - 23 * mm
    first = PageTemplate("first", [
        Frame(margin, bottom, col_w, top1 - bottom, id="a1", leftPadding=0, rightPadding=0),
        Frame(margin + col_w + gap, bottom, col_w, top1 - bottom, id="a2", leftPadding=0, rightPadding=0)],
        onPage=_tc_page)
    later = PageTemplate("later", [Frame(margin, bottom, width - 2 * margin, top2 - bottom, id="b", leftPadding=0,
                                         rightPadding=0)], onPage=_tc_page)
    doc.addPageTemplates([first, later])
    h2 = _style("h2", "Helvetica-Bold", 13, leading=16, color=TC_BLUE, before=4, after=4)
    h3 = _style("h3", "Helvetica-Bold", 10.5, leading=13, color=TC_BLUE, before=4, after=2)
    body = _style("b", "Helvetica", 9.2, leading=12.2, after=5)
    small = _style("s", "Helvetica", 7.6, leading=9.6, after=2)
    cell = _style("c", "Helvetica", 7.4, leading=9)
    bold_cell = _style("bc", "Helvetica-Bold", 7.4, leading=9)
    fare = _style("f", "Helvetica", 8.8, leading=11)
    fare_l = _style("fl", "Helvetica-Bold", 8.8, leading=11, color=TC_BLUE)
    white = _style("w", "Helvetica-Bold", 12, leading=15, color=colors.white)

    fares = _grid([[Paragraph("Adult single (any distance)", fare_l), Paragraph("\u00a33.00", fare)],
                   [Paragraph("Coast Rider day ticket", fare_l), Paragraph("\u00a35.20", fare)],
                   [Paragraph("Coast Rider 7 days", fare_l), Paragraph("\u00a319.50", fare)],
                   [Paragraph("Under-22 single", fare_l), Paragraph("\u00a31.50", fare)],
                   [Paragraph("Group day (up to 5, max 2 adults)", fare_l), Paragraph("\u00a310.00", fare)]],
                  [col_w - 22 * mm, 22 * mm - 6], fare, line=colors.HexColor("#B8C4D6"), inner=False,
                  zebra=colors.HexColor("#EEF2F8"))
    wide = width - 2 * margin
    time_w = (wide - 58 * mm) / 11
    widths = [40 * mm] + [time_w] * 5 + [18 * mm] + [time_w] * 6
    story = [
        Paragraph("What\u2019s changing", h2),
        Paragraph("From Sunday 1 February 2026 the 19 runs every 20 minutes until 7pm on Saturdays as well as "
                  "Monday to Friday, and later evening journeys leave Newcastle at 2145 and 2245 every day. "
                  "Buses now call at the new stop on Silverlink Retail Park, outside the main entrance.", body),
        Paragraph("Route map", h2),
        _route_map(col_w),
        Spacer(1, 4),
        Paragraph("Fares", h2),
        fares,
        Spacer(1, 3),
        Paragraph("Pay by contactless, cash or on the Tyne Coast app. Your fare is capped at the day ticket "
                  "price when you tap on and off with the same card. English National Concessionary Travel "
                  "passes are valid after 9.30am Monday to Friday and all day at weekends and on bank holidays.",
                  small),
        Spacer(1, 6),
        Paragraph("Accessible buses", h3),
        Paragraph("Every bus on the 19 is low floor with a wheelchair space, audio and visual next stop "
                  "announcements and USB charging. Wheelchair users have priority for the space.", body),
        Paragraph("Lost property", h3),
        Paragraph("Items found on our buses are kept at Percy Main depot for 28 days. Call customer services "
                  "and quote the route, date and time of travel.", body),
        FrameBreak(),
        _panel([Paragraph("Safer journeys", white)], col_w, fill=TC_BLUE, pad=5),
        Spacer(1, 4),
        Paragraph("Police on board on weekend evenings", h3),
        Paragraph("Since September 2025 officers and PCSOs from Northumbria Police\u2019s North Tyneside "
                  "neighbourhood team have ridden the 19 between Wallsend and Whitley Bay on Friday and Saturday "
                  "evenings under Operation Nightliner, working alongside our two travel safety officers. They "
                  "board at random stops, talk to passengers and drivers and deal with anyone causing trouble, "
                  "and our control room downloads the bus CCTV for them the same night. Incidents reported by "
                  "our drivers on evening journeys fell from 46 in the six months before the operation to 19 "
                  "in the six months after, and three people who repeatedly abused drivers are now banned from "
                  "our buses by court order.", body),
        Paragraph("Safe Stop after dark", h3),
        Paragraph("After 7pm you can ask the driver to let you off anywhere safe between stops, closer to "
                  "home. Every one of our drivers has been trained in Safe Stop, and the driver will pull in as "
                  "soon as it is safe to do so. Since we brought it in on all our routes in October 2024 it has "
                  "been used more than 2,600 times, and in our winter survey 84 per cent of women who travel "
                  "with us after dark said they felt safer on our buses.", body),
        Paragraph("Help on board", h3),
        Paragraph("Every bus has CCTV and a radio link to our control room. If you feel unsafe, tell the "
                  "driver. In an emergency call 999. To report something after your journey, contact "
                  "Northumbria Police online or call 101, and let us know on 01632 960 719.", body),
        Spacer(1, 8),
        _panel([Paragraph("<b>Planning your journey?</b>", body),
                Paragraph("Live times for every stop are on the Tyne Coast app and at tynecoastbuses.example.co.uk. "
                          "Text the stop code on the bus stop flag to 84268 for the next four departures "
                          "(standard network rate).", body)],
               col_w, fill=colors.HexColor("#FFF3CF"), bar=TC_YELLOW),
        NextPageTemplate("later"),
        PageBreak(),
        Paragraph("Newcastle to Whitley Bay \u00b7 Monday to Friday", h2),
        _timetable([_t(5, 45), _t(6, 15), _t(6, 45), _t(7, 5), _t(7, 25)],
                   [_t(18, 45), _t(19, 15), _t(19, 45), _t(20, 15), _t(21, 45), _t(22, 45)], 20, False, widths,
                   cell, bold_cell),
        Spacer(1, 6),
        Paragraph("Whitley Bay to Newcastle \u00b7 Monday to Friday", h2),
        _timetable([_t(5, 30), _t(6, 0), _t(6, 30), _t(6, 50), _t(7, 10)],
                   [_t(18, 30), _t(19, 0), _t(19, 30), _t(20, 0), _t(21, 0), _t(22, 0)], 20, True, widths,
                   cell, bold_cell),
        Spacer(1, 6),
        Paragraph("Newcastle to Whitley Bay \u00b7 Saturday", h2),
        _timetable([_t(6, 15), _t(6, 45), _t(7, 15), _t(7, 45), _t(8, 5)],
                   [_t(18, 45), _t(19, 15), _t(19, 45), _t(20, 15), _t(21, 45), _t(22, 45)], 20, False, widths,
                   cell, bold_cell),
        Spacer(1, 6),
        Paragraph("Newcastle to Whitley Bay \u00b7 Sunday and bank holidays", h2),
        _timetable([_t(7, 45), _t(8, 15), _t(8, 45), _t(9, 15), _t(9, 45)],
                   [_t(18, 15), _t(18, 45), _t(19, 45), _t(20, 45), _t(21, 45), _t(22, 45)], 30, False, widths,
                   cell, bold_cell),
        Spacer(1, 6),
        Paragraph("Times towards Newcastle on Saturdays, Sundays and bank holidays are on our website and app. "
                  "Times shown are when buses are due to leave each stop; intermediate stops are not shown. No "
                  "service on Christmas Day. On Boxing Day and New Year\u2019s Day a Sunday service runs.", small),
        Paragraph("Tyne Coast Buses is a trading name of Tyne Coast Omnibus Company Ltd, registered in England "
                  "and Wales no. 04417239. Registered office: Percy Main Depot, Norham Road, North Shields "
                  "NE29 7HA. Operator licence PB1092284. This timetable is registered with the Traffic "
                  "Commissioner and was correct when printed in January 2026.", small),
    ]
    doc.build(story)


# ================================================================== 2. A research note in a peer-reviewed journal (PDF)

JA_INK = colors.HexColor("#1B3A5C")
JA_FILE = "jcsp-2026-9-2-145-guardians-in-the-park-swindon-joint-patrols.pdf"
JA_FIRST = 145


def _ja_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    printed = JA_FIRST + page - 1
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#333333"))
    if page == 1:
        canvas.setFont("Times-Roman", 8.5)
        canvas.drawString(20 * mm, height - 14 * mm, "JOURNAL OF COMMUNITY SAFETY AND POLICING")
        canvas.drawString(20 * mm, height - 18 * mm, "2026, VOL. 9, NO. 2, 145\u2013146")
        canvas.drawString(20 * mm, height - 22 * mm, "https://doi.org/10.5555/jcsp.2026.0042")
        canvas.setFillColor(JA_INK)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawRightString(width - 20 * mm, height - 16 * mm, "Harbourne")
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(width - 20 * mm, height - 20 * mm, "ACADEMIC")
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.line(20 * mm, 27 * mm, 80 * mm, 27 * mm)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.setFont("Times-Roman", 7.3)
        canvas.drawString(20 * mm, 23 * mm, "CONTACT Priya Raman  p.raman@severnside.example.ac.uk  School of Law and "
                          "Social Sciences, Severnside University, Frenchay Road, Bristol BS16 1QY, UK")
        canvas.drawString(20 * mm, 19.5 * mm, "\u00a9 2026 The Author(s). Published by Harbourne Academic. This is an "
                          "Open Access article distributed under the terms of the Creative Commons")
        canvas.drawString(20 * mm, 16 * mm, "Attribution License (CC BY 4.0), which permits unrestricted use, "
                          "distribution and reproduction in any medium, provided the original work is cited.")
        canvas.setFont("Times-Roman", 8.5)
        canvas.drawCentredString(width / 2, 10 * mm, "%d" % printed)
    else:
        canvas.setFont("Times-Roman", 8.5)
        if printed % 2 == 0:
            canvas.drawString(20 * mm, height - 15 * mm, "%d" % printed)
            canvas.drawString(32 * mm, height - 15 * mm, "P. RAMAN AND T. ASHWORTH")
        else:
            canvas.drawRightString(width - 32 * mm, height - 15 * mm, "JOURNAL OF COMMUNITY SAFETY AND POLICING")
            canvas.drawRightString(width - 20 * mm, height - 15 * mm, "%d" % printed)
    canvas.restoreState()


def journal_article(out: Path) -> None:
    width, height = A4
    margin = 20 * mm
    gap = 7 * mm
    col_w = (width - 2 * margin - gap) / 2
    head_h = 112 * mm
    top1 = height - 27 * mm
    top2 = height - 21 * mm
    bottom1 = 31 * mm
    bottom = 18 * mm
    doc = BaseDocTemplate(str(out / JA_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=21 * mm, bottomMargin=bottom,
                          title="Guardians in the park: a quasi-experimental evaluation of joint police and ranger "
                                "patrols in Swindon's urban parks",
                          author="Priya Raman; Tom Ashworth", subject="Journal of Community Safety and Policing 9(2)",
                          creator="Harbourne Academic", invariant=1)
    first = PageTemplate("first", [
        Frame(margin, top1 - head_h, width - 2 * margin, head_h, id="head", leftPadding=0, rightPadding=0),
        Frame(margin, bottom1, col_w, top1 - head_h - bottom1, id="c1", leftPadding=0, rightPadding=0),
        Frame(margin + col_w + gap, bottom1, col_w, top1 - head_h - bottom1, id="c2", leftPadding=0,
              rightPadding=0)], onPage=_ja_page)
    later = PageTemplate("later", [
        Frame(margin, bottom, col_w, top2 - bottom, id="d1", leftPadding=0, rightPadding=0),
        Frame(margin + col_w + gap, bottom, col_w, top2 - bottom, id="d2", leftPadding=0, rightPadding=0)],
        onPage=_ja_page)
    doc.addPageTemplates([first, later])
    kind = _style("k", "Helvetica-Bold", 8.5, leading=11, color=JA_INK, after=6)
    title = _style("t", "Times-Bold", 17, leading=21, color=JA_INK, after=8)
    authors = _style("a", "Times-Roman", 11, leading=14, after=3)
    affil = _style("af", "Times-Italic", 8.5, leading=11, after=8)
    abs_h = _style("ah", "Helvetica-Bold", 8.5, leading=11, color=JA_INK, after=2)
    abs_b = _style("ab", "Times-Roman", 9, leading=11.8, after=3, align=4)
    meta = _style("m", "Times-Roman", 8, leading=10.5, after=2)
    h1 = _style("h1", "Helvetica-Bold", 9.5, leading=12, color=JA_INK, before=6, after=3)
    body = _style("b", "Times-Roman", 9.6, leading=12.4, after=0, first=10, align=4)
    body0 = _style("b0", "Times-Roman", 9.6, leading=12.4, after=0, align=4)
    ref = _style("r", "Times-Roman", 8, leading=10, after=2, left=8, first=-8)
    cell = _style("c", "Times-Roman", 8, leading=10)
    cell_b = _style("cb", "Times-Bold", 8, leading=10)
    cap = _style("cap", "Times-Bold", 8.5, leading=11, after=3)
    note = _style("n", "Times-Roman", 7.5, leading=9.5, after=6)

    history = Table([[Paragraph("<b>ARTICLE HISTORY</b><br/>Received 3 July 2025<br/>Accepted 14 November 2025<br/>"
                                "Published online 9 January 2026", meta),
                      Paragraph("<b>KEYWORDS</b><br/>Parks; anti-social behaviour; guardianship; neighbourhood "
                                "policing; difference-in-differences", meta)]],
                    colWidths=[45 * mm, width - 2 * margin - 45 * mm])
    history.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    abstract = _panel([
        Paragraph("ABSTRACT", abs_h),
        Paragraph("<b>Purpose</b> Parks are among the places where anti-social behaviour is most often reported "
                  "to the police, yet few studies have tested whether visible joint patrols by police and park "
                  "staff reduce it. <b>Design</b> We used police-recorded incidents for 2021 to 2024 to compare "
                  "four Swindon parks patrolled under the Park Guardians scheme with six comparison parks, in a "
                  "difference-in-differences design with negative binomial models. <b>Findings</b> Recorded "
                  "anti-social behaviour in the patrolled parks fell by 27 per cent relative to the comparison "
                  "parks over two patrol seasons (IRR 0.73, 95% CI 0.61\u20130.88), with no sign of displacement to "
                  "streets within 200 metres. <b>Originality</b> To our knowledge this is the first "
                  "quasi-experimental evaluation of joint police and ranger patrols in UK parks.", abs_b)],
        width - 2 * margin, fill=colors.HexColor("#EEF2F6"), pad=7)
    table1 = _grid([[Paragraph("Parks", cell_b), Paragraph("2021\u201322", cell_b), Paragraph("2023\u201324", cell_b),
                     Paragraph("Change", cell_b)],
                    ["Park Guardians (4)", "14.2", "9.6", "\u221232%"],
                    ["Comparison (6)", "11.8", "11.1", "\u22126%"],
                    ["Buffer streets, 200 m (4)", "6.3", "6.0", "\u22125%"]],
                   [27 * mm, 15 * mm, 15 * mm, col_w - 57 * mm - 8], cell, line=colors.HexColor("#777777"),
                   inner=False)
    story = [
        Paragraph("RESEARCH NOTE", kind),
        Paragraph("Guardians in the park: a quasi-experimental evaluation of joint police and ranger patrols in "
                  "Swindon\u2019s urban parks", title),
        Paragraph("Priya Raman<super>a</super> and Tom Ashworth<super>b</super>", authors),
        Paragraph("<super>a</super>School of Law and Social Sciences, Severnside University, Bristol, UK; "
                  "<super>b</super>Centre for Public Safety Research, Severnside University, Bristol, UK", affil),
        history,
        Spacer(1, 6),
        abstract,
        FrameBreak(),
        NextPageTemplate("later"),
        Paragraph("1. Introduction", h1),
        Paragraph("Urban parks matter to the people who use them, and they are also where a good deal of "
                  "low-level disorder happens. In England and Wales, public open space is among the most common "
                  "locations recorded for anti-social behaviour, and complaints about parks rise every summer. "
                  "Councils have cut park staff for over a decade, and neighbourhood policing teams have shrunk "
                  "with them.", body0),
        Paragraph("Against this background several forces have tried putting police and park staff on patrol "
                  "together. The appeal is obvious: two organisations with a stake in the same place, sharing "
                  "the cost of being there. Whether it works is less obvious. This note reports a "
                  "quasi-experimental evaluation of one such scheme in Swindon.", body),
        Paragraph("2. Parks, guardianship and patrol", h1),
        Paragraph("Routine activity theory holds that crime needs a likely offender, a suitable target and the "
                  "absence of a capable guardian (Cohen and Felson 1979). Patrol at small places where crime "
                  "concentrates reduces it without simply moving it round the corner (Sherman and Weisburd 1995; "
                  "Braga et al. 2019), and place managers, such as park keepers, can act as guardians in their "
                  "own right (Eck 1995).", body0),
        Paragraph("Evidence from parks themselves is thinner, and most of it comes from the organisations that "
                  "ran the schemes.", body),
        Paragraph("In Maidstone, Kent Police\u2019s Operation Greenway put PCSOs into Mote Park and Whatman Park "
                  "on summer evenings from 2021, and Maidstone Borough "
                  "Council\u2019s parks team cut back shrubbery and repaired lighting on the paths the PCSOs "
                  "reported as problems. The force reported a 22 per cent fall in anti-social behaviour calls to "
                  "the two parks over two summers (Kent Police 2023).", body),
        Paragraph("Figures of this kind are before-and-after counts with no comparison group, and they cannot "
                  "separate the effect of patrol from seasonal and force-wide trends.", body),
        Paragraph("3. The Park Guardians scheme", h1),
        Paragraph("Park Guardians was set up in April 2023 by Wiltshire Police\u2019s Swindon Central "
                  "neighbourhood team and Swindon Borough Council\u2019s parks and open spaces service. Pairs made "
                  "up of a police officer or PCSO and a council ranger patrolled four parks (Queen\u2019s Park, "
                  "Town Gardens, GWR Park and Faringdon Road Park) for two hours between 4pm and 10pm, four "
                  "evenings a week from April to September, in 2023 and again in 2024.", body0),
        Paragraph("On patrol the pairs spoke to park users, moved on groups causing problems, dealt with "
                  "drinking and drug use and logged hazards. Rangers reported broken lights, damaged gates and "
                  "overgrown paths through the council\u2019s asset system, with repairs promised within ten "
                  "working days, and the neighbourhood team added the four parks to its monthly tasking meeting. "
                  "All rangers completed a one-day course with the force on conflict management and reporting.",
                  body),
        Paragraph("4. Data and methods", h1),
        Paragraph("We obtained all anti-social behaviour incidents recorded by Wiltshire Police within the "
                  "boundaries of ten Swindon parks, plus a 50-metre buffer, from April 2021 to September 2024, "
                  "under data sharing agreement DSA-2024-118. Six comparison parks were chosen before outcomes "
                  "were examined, matched on size, footfall and 2021\u201322 incident counts. We fitted negative "
                  "binomial models of monthly counts with park and month fixed effects, and tested for "
                  "displacement to streets within 200 metres of each park. Ethical approval was granted by the "
                  "Severnside University research ethics committee (ref. LSS-2024-031).", body0),
        Paragraph("5. Results", h1),
        Paragraph("Table 1. Mean anti-social behaviour incidents a month, April to September.", cap),
        table1,
        Paragraph("Source: Wiltshire Police recorded incidents; authors\u2019 analysis.", note),
        Paragraph("In the four patrolled parks, recorded anti-social behaviour fell from a mean of 14.2 incidents "
                  "a month in the patrol months of 2021\u201322 to 9.6 in 2023\u201324, while in the comparison "
                  "parks it fell from 11.8 to 11.1 (Table 1). The difference-in-differences estimate was an "
                  "incidence rate ratio of 0.73 (95% CI 0.61\u20130.88), a relative reduction of 27 per cent. "
                  "Incidents in the buffer streets did not rise, and the point estimate suggests a small "
                  "diffusion of benefit (IRR 0.95, 95% CI 0.79\u20131.14).", body0),
        Paragraph("6. Discussion", h1),
        Paragraph("The reduction is consistent with the guardianship account: pairs were present at the times "
                  "and places where incidents concentrated, and the rangers\u2019 repairs changed the places "
                  "themselves. We cannot separate the two. Recording practice may also have changed when patrols "
                  "were present, although this would be expected to increase, not reduce, recorded incidents. "
                  "Two seasons is a short period, and the scheme\u2019s future depends on council funding.", body0),
        Paragraph("7. Conclusion", h1),
        Paragraph("Joint police and ranger patrols in Swindon were followed by a fall in recorded anti-social "
                  "behaviour that did not occur in similar parks nearby and did not move to surrounding streets. "
                  "Randomised trials of park patrol are now feasible and overdue.", body0),
        Spacer(1, 6),
        Paragraph("<b>Acknowledgements</b> We thank the Swindon Central neighbourhood team and the council\u2019s "
                  "ranger service for their time and data.", note),
        Paragraph("<b>Disclosure statement</b> No potential conflict of interest was reported by the authors.", note),
        Paragraph("<b>Funding</b> This work was supported by the Office of the Police and Crime Commissioner for "
                  "Wiltshire and Swindon under grant OPCC-RG-2023-07.", note),
        Paragraph("References", h1),
        Paragraph("Braga, A.A., Turchan, B., Papachristos, A.V. and Hureau, D.M. (2019) Hot spots policing of "
                  "small geographic areas effects on crime. <i>Campbell Systematic Reviews</i>, 15(3), e1046.", ref),
        Paragraph("Cohen, L.E. and Felson, M. (1979) Social change and crime rate trends: a routine activity "
                  "approach. <i>American Sociological Review</i>, 44(4), 588\u2013608.", ref),
        Paragraph("Eck, J.E. (1995) A general model of the geography of illicit retail marketplaces. In J.E. Eck "
                  "and D. Weisburd (eds) <i>Crime and Place</i>. Monsey, NY: Criminal Justice Press, 67\u201393.",
                  ref),
        Paragraph("Kent Police (2023) <i>Operation Greenway: summer 2022 review</i>. Maidstone: Kent Police.", ref),
        Paragraph("Sherman, L.W. and Weisburd, D. (1995) General deterrent effects of police patrol in crime "
                  "\u2018hot spots\u2019: a randomized, controlled trial. <i>Justice Quarterly</i>, 12(4), "
                  "625\u2013648.", ref),
    ]
    doc.build(story)


# ================================================================== 3. A force's certificate of appreciation (PDF)

CA_NAVY = colors.HexColor("#002855")
CA_GOLD = colors.HexColor("#B8962E")
CA_FILE = "cheshire-constabulary-chief-constables-certificate-of-appreciation-vale-royal-cars.pdf"


def _ca_page(canvas, doc):
    width, height = landscape(A4)
    canvas.saveState()
    canvas.setStrokeColor(CA_NAVY)
    canvas.setLineWidth(3)
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm, stroke=1, fill=0)
    canvas.setStrokeColor(CA_GOLD)
    canvas.setLineWidth(1)
    canvas.rect(14 * mm, 14 * mm, width - 28 * mm, height - 28 * mm, stroke=1, fill=0)
    canvas.setFillColor(CA_NAVY)
    canvas.circle(width / 2, height - 33 * mm, 11 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(CA_GOLD)
    canvas.setLineWidth(1.2)
    canvas.circle(width / 2, height - 33 * mm, 9 * mm, stroke=1, fill=0)
    canvas.setFillColor(colors.white)
    canvas.setFont("Times-Bold", 8)
    canvas.drawCentredString(width / 2, height - 34.2 * mm, "CHESHIRE")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7)
    canvas.drawString(20 * mm, 18 * mm, "Ref. CC/APP/2026/031")
    canvas.drawRightString(width - 20 * mm, 18 * mm, "Cheshire Constabulary, Clemonds Hey, Oakmere Road, "
                           "Winsford CW7 2UA")
    canvas.restoreState()


def certificate(out: Path) -> None:
    width, height = landscape(A4)
    margin = 30 * mm
    doc = BaseDocTemplate(str(out / CA_FILE), pagesize=landscape(A4), leftMargin=margin, rightMargin=margin,
                          topMargin=50 * mm, bottomMargin=24 * mm,
                          title="Chief Constable's Certificate of Appreciation - Vale Royal Cars",
                          author="Cheshire Constabulary", subject="Certificate of Appreciation",
                          creator="Cheshire Constabulary", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(margin, 24 * mm, width - 2 * margin, height - 74 * mm, id="f")],
                                       onPage=_ca_page)])
    force = _style("force", "Times-Bold", 20, leading=24, color=CA_NAVY, align=1, after=4)
    kind = _style("kind", "Times-Italic", 26, leading=31, color=CA_GOLD, align=1, after=10)
    small = _style("sm", "Times-Italic", 12, leading=15, align=1, after=6)
    name = _style("name", "Times-Bold", 24, leading=29, color=CA_NAVY, align=1, after=10)
    citation = _style("cit", "Times-Roman", 12.5, leading=17, align=1, after=10, left=12 * mm, right=12 * mm)
    sig = _style("sig", "Times-Roman", 10.5, leading=13, align=1)
    sig_b = _style("sigb", "Times-Bold", 10.5, leading=13, align=1)
    signatures = Table([[Paragraph("______________________________", sig), "",
                         Paragraph("______________________________", sig)],
                        [Paragraph("Chief Constable Sarah Whitcombe QPM", sig_b), "",
                         Paragraph("19 March 2026", sig_b)],
                        [Paragraph("Cheshire Constabulary", sig), "",
                         Paragraph("Chief Constable\u2019s Awards, Chester Racecourse", sig)]],
                       colWidths=[80 * mm, width - 2 * margin - 160 * mm, 80 * mm])
    signatures.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story = [
        Paragraph("CHESHIRE CONSTABULARY", force),
        Paragraph("Chief Constable\u2019s Certificate of Appreciation", kind),
        Paragraph("is presented to", small),
        Paragraph("The drivers and staff of Vale Royal Cars Ltd, Northwich", name),
        Paragraph("In recognition of the Safe Ride Home scheme, through which every driver at the company has, "
                  "since March 2025, been trained by Cheshire Constabulary\u2019s licensing and night-time economy "
                  "officers to recognise passengers who are vulnerable late at night, to see them safely home or "
                  "to a place of safety, and to report any concern straight to the force. In the scheme\u2019s "
                  "first year the company\u2019s drivers made 58 safeguarding reports, two of which led to arrests "
                  "for sexual offences and one to a missing fifteen-year-old being found safe.", citation),
        Paragraph("Your care for the people of Northwich and Winsford has made the night-time economy safer "
                  "for everyone.", small),
        Spacer(1, 14),
        signatures,
    ]
    doc.build(story)


# ================================================================== Word helpers (taken from the thirty-sixth set)


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


def _cell_paras(cell, texts, size=None, bold_first=False):
    """Several paragraphs in one cell; a text may be a list of (text, bold, italic) runs."""
    for i, text in enumerate(texts):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if isinstance(text, list):
            _runs(paragraph, text, size=size)
        else:
            _runs(paragraph, [(text, bold_first and i == 0, False)], size=size)


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
            if isinstance(value, (list, tuple)):
                _cell_paras(cells[c], list(value), size=size)
            else:
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


def _header_footer(document, left, centre, right, foot_text, pages, size=8, bold_centre=False):
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [(left, False, False), ("\t", False, False), (centre, bold_centre, False),
                 ("\t" + right, False, False)], size=size)
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [(foot_text + "Page ", False, False)], size=size)
    _field(foot, "PAGE", "1", size=size)
    _runs(foot, [(" of ", False, False)], size=size)
    _field(foot, "NUMPAGES", str(pages), size=size)


def _box(document, texts, fill, size=9, width_cm=17.0):
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    _fill(cell, fill)
    for i, text in enumerate(texts):
        _cell(cell, text, bold=(i == 0), size=size, first=(i == 0))
    cell.width = Cm(width_cm)
    _p(document, "", after=2)
    return table


def _qa(document, number, question, answers, guidance=None, fill="DCE6F0", size=9.5, width_cm=17.0):
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
        _cell(answer, text, size=size, first=(i == 0))
    for row in table.rows:
        row.cells[0].width = Cm(width_cm)
    _p(document, "", after=2)
    return table




# ================================================================== 4. A headteacher's letter to parents (Word)

HP_FILE = "hookstone-park-academy-letter-to-parents-safe-journeys-home-march-2026.docx"


def parents_letter(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Calibri", 11)
    _page_setup(document, 1.6, 1.8, 2.2, 2.2)
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("HOOKSTONE PARK ACADEMY", True, False)], size=15, colour="6A1B4D")
    _runs(head, [("\t\tHeadteacher: Mr Daniel Fenwick", False, False)], size=9, colour="444444")
    line = section.header.add_paragraph()
    _runs(line, [("Hookstone Drive, Harrogate HG2 8PT  \u00b7  01632 960 355  \u00b7  "
                  "office@hookstonepark.example.sch.uk  \u00b7  www.hookstonepark.example.sch.uk", False, False)],
          size=8.5, colour="444444")
    strap = section.header.add_paragraph()
    _runs(strap, [("Part of the Nidd Valley Learning Trust  \u00b7  Respect \u00b7 Ambition \u00b7 Kindness", False,
                   True)],
          size=8.5, colour="6A1B4D")
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Nidd Valley Learning Trust is a charitable company limited by guarantee registered in England "
                  "and Wales, no. 08742261. Registered office: Hookstone Drive, Harrogate HG2 8PT.", False, False)],
          size=7, colour="666666")
    pages = section.footer.add_paragraph()
    _tabbed(pages, width)
    _runs(pages, [("\t\tPage ", False, False)], size=7, colour="666666")
    _field(pages, "PAGE", "1", size=7)
    _runs(pages, [(" of ", False, False)], size=7, colour="666666")
    _field(pages, "NUMPAGES", "2", size=7)

    _p(document, "Ref: DF/LB/0326", size=9, colour="666666", after=0)
    _p(document, "6 March 2026", after=12)
    _p(document, "Dear Parents and Carers", after=8)
    _p(document, "Keeping our students safe on the way home", bold=True, after=8)
    _p(document, "I am writing to update you on what we and our partners have been doing since the incidents some of "
       "you will have heard about last term, when a small number of our students had phones and bikes taken from "
       "them by older youths on the way home through Hookstone Woods and across the Stray. I know how worrying "
       "this was for the students involved and for many families, and I want to thank the students who came "
       "forward and helped the police.", after=8)
    _p(document, "The police at home time", bold=True, colour="6A1B4D", after=4)
    _p(document, "Since January, North Yorkshire Police\u2019s Harrogate Neighbourhood Policing Team has run "
       "Operation Homeward at the end of the school day. Officers and PCSOs patrol the walking routes between "
       "the academy, Hookstone Woods, the Stray and the bus stops on Wetherby Road from 3pm to 4.30pm four days "
       "a week, and the team\u2019s youth engagement officer, PC Sam Atkinson, has spoken at every Year 7, 8 and 9 "
       "assembly about staying safe and reporting. Two young men have been arrested and charged, and since the "
       "patrols began no further robberies of our students have been reported.", after=8)
    _p(document, "Safe Places on the route", bold=True, colour="6A1B4D", after=4)
    _p(document, "Our School Council has worked with the Stray Traders\u2019 Association and the shops and caf\u00e9s "
       "on Knaresborough Road and Wetherby Road to set up Safe Places. Seventeen businesses now display a green "
       "Safe Place sticker in their window and have agreed that any student who feels unsafe can go in, wait and "
       "use the phone to call home. Members of the School Council visited every business themselves to explain "
       "the scheme to staff, and they have shown every tutor group a map of the Safe Places. In a survey this "
       "month, 72 per cent of Year 7 and 8 students said they knew where their nearest Safe Place was.",
       after=8)
    _p(document, "How you can help", bold=True, colour="6A1B4D", after=4)
    for text in ["Talk to your child about their route home and agree what they will do if they feel unsafe.",
                 "Encourage them to walk with friends and to keep phones out of sight on the way home.",
                 "Register bikes and scooters on BikeRegister and keep a note of the frame number.",
                 "If your child is a victim of crime, report it to the police on 101 (or 999 in an emergency) "
                 "and let the school know."]:
        document.add_paragraph(text, style="List Bullet")
    _p(document, "", after=2)
    _p(document, "We will be holding an online safety and personal safety evening for parents and carers on "
       "Thursday 19 March 2026 at 6pm in the main hall. Please book a place through the school app.", after=8)
    _p(document, "If you have any concerns about your child\u2019s safety, please contact their head of year or our "
       "Designated Safeguarding Lead, Mrs Louise Brennan, on 01632 960 355 or at "
       "safeguarding@hookstonepark.example.sch.uk.", after=8)
    _p(document, "Thank you, as always, for your support.", after=10)
    _p(document, "Yours faithfully", after=26)
    _p(document, "Mr Daniel Fenwick", bold=True, after=0)
    _p(document, "Headteacher", after=0)
    _save_docx(document, out / HP_FILE, "Letter to parents - safe journeys home", "Hookstone Park Academy")


# ================================================================== 5. A charity's parliamentary briefing (Word)

SS_FILE = "streetspace-trust-parliamentary-briefing-young-people-safe-spaces-bill-second-reading.docx"


def _footnote_ref(paragraph, number, size=None):
    from docx.shared import Pt

    run = paragraph.add_run(str(number))
    run.font.superscript = True
    if size:
        run.font.size = Pt(size)


def briefing(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Arial", 10.5)
    _page_setup(document, 2.0, 2.0, 2.2, 2.2)
    _heading_colours(document, "E05A1B", "Arial")
    _header_footer(document, "Streetspace Trust", "PARLIAMENTARY BRIEFING", "January 2026",
                   "Registered charity no. 1187204 (England and Wales) and SC051233 (Scotland)\t\t", 3, size=8,
                   bold_centre=True)
    _p(document, "Young People (Safe Spaces) Bill", size=22, bold=True, colour="E05A1B", after=2)
    _p(document, "Second Reading, House of Commons, Friday 23 January 2026", size=12, bold=True, after=2)
    _p(document, "Private Member\u2019s Bill presented by Laura Penhaligon MP", size=10, italic=True, colour="555555",
       after=10)
    _box(document, ["Summary",
                    "\u2022 Open-access youth provision in England fell by more than half between 2010 and 2024, "
                    "and young people tell us they have nowhere to go in the evenings.",
                    "\u2022 The Bill would place a duty on every upper-tier council to assess and plan for safe spaces "
                    "for young people aged 11 to 18 in every ward, with the police and other partners.",
                    "\u2022 Local schemes in Wigan, Dundee and Hastings show what safe spaces can do for young people "
                    "and for their neighbourhoods.",
                    "\u2022 Streetspace Trust urges MPs to attend the debate and support the Bill at Second Reading."],
         "FCE9DF", size=10, width_cm=16.6)
    document.add_heading("About the Bill", level=1)
    _p(document, "The Young People (Safe Spaces) Bill was presented on 8 October 2025. It has four clauses. Clause 1 "
       "requires upper-tier councils in England to publish a safe spaces assessment every three years; clause 2 "
       "requires them to consult young people, the police, schools and the voluntary sector in doing so; clause "
       "3 requires a plan to meet any gaps found; and clause 4 gives the Secretary of State power to issue "
       "guidance. The Bill does not create new funding.", after=8)
    document.add_heading("Why it matters", level=1)
    paragraph = _p(document, "Spending on youth services by councils in England fell by 73 per cent in real terms "
                   "between 2010\u201311 and 2023\u201324, and more than 1,000 youth centres closed.", after=8)
    _footnote_ref(paragraph, 1)
    paragraph = _p(document, "In our 2025 survey of 2,400 young people, 61 per cent said there was nowhere safe for "
                   "them to go in the evenings, and 38 per cent said they had felt unsafe in a park or on the street "
                   "in the last month.", after=8)
    _footnote_ref(paragraph, 2)
    document.add_heading("What works: three examples", level=1)
    _p(document, "Safe spaces are not only youth clubs. The three examples below are run by different partners in "
       "different ways, but each gives young people somewhere to be, with adults they trust.", after=6)
    document.add_heading("Wigan: Pitch Up", level=2)
    paragraph = _p(document, "Pitch Up is run by Greater Manchester Police\u2019s Wigan neighbourhood team with Wigan "
                   "Council\u2019s youth service. Since 2023 youth workers and neighbourhood officers have taken a van "
                   "of football, basketball and music equipment to parks in Hindley, Ince and Scholes on Tuesday and "
                   "Thursday evenings from April to October, and the same young people help plan each season. More "
                   "than 1,100 young people took part in 2024, and reports of youth anti-social behaviour in the "
                   "three areas fell by 35 per cent in the first summer.", after=8)
    _footnote_ref(paragraph, 3)
    document.add_heading("Dundee: The Late Shift", level=2)
    paragraph = _p(document, "The Late Shift opens the Whitfield and Kirkton community centres in Dundee until "
                   "midnight on Friday and Saturday nights. The centres are staffed by Dundee City "
                   "Council\u2019s community learning and development workers, and Police Scotland\u2019s "
                   "Dundee community officers join the sessions every week, playing pool, cooking and talking "
                   "to young people about their area. Calls to Police Scotland about youth disorder in the two "
                   "areas on weekend nights fell by 41 per cent in the scheme\u2019s first year.", after=8)
    _footnote_ref(paragraph, 4)
    document.add_heading("Hastings: The Den", level=2)
    _p(document, "The Den is our own drop-in on Queens Road in Hastings, open from 3.30pm to 9pm five days a week. "
       "Two Streetspace youth workers and a team of trained volunteers run cooking, music and homework sessions "
       "and offer one-to-one support to young people who need it, including those excluded from school. In "
       "2024\u201325, 460 young people used The Den, and 52 who were at risk of exclusion stayed in mainstream "
       "school with our support.", after=8)
    document.add_heading("What we are asking MPs to do", level=1)
    for text in ["Attend the Second Reading debate on Friday 23 January and speak in support of the Bill.",
                 "Support an amendment at Committee stage requiring councils to involve young people in the plan "
                 "itself, not only in the assessment.",
                 "Ask the Minister to commit to a funding review alongside the new duty.",
                 "Visit a safe space in your constituency. We can arrange it."]:
        document.add_paragraph(text, style="List Number")
    document.add_heading("About Streetspace Trust", level=1)
    _p(document, "Streetspace Trust is a national youth charity working in England and Scotland. We run youth "
       "projects in five towns and support a network of more than 300 youth organisations.", after=8)
    _box(document, ["Contact",
                    "Hannah Lowe, Public Affairs Manager",
                    "07700 900 264  \u00b7  hannah.lowe@streetspace.example.org.uk",
                    "Streetspace Trust, 14 Leonard Street, London EC2A 4LX"], "EDEDED", size=10, width_cm=16.6)
    _p(document, "Notes", size=9, bold=True, after=2)
    for number, text in [(1, "Streetspace Trust analysis of Department for Culture, Media and Sport local authority "
                              "spending data, 2010\u201311 to 2023\u201324."),
                         (2, "Streetspace Trust, Nowhere to Go: young people\u2019s survey 2025 (November 2025), "
                             "base 2,400 young people aged 11 to 18."),
                         (3, "Wigan Council, Pitch Up season report 2024 (January 2025)."),
                         (4, "Dundee Community Safety Partnership, The Late Shift: year one (September 2025).")]:
        paragraph = _p(document, "", after=1)
        _runs(paragraph, [(f"{number}. ", False, False), (text, False, False)], size=8.5)
    _save_docx(document, out / SS_FILE, "Parliamentary briefing - Young People (Safe Spaces) Bill",
               "Streetspace Trust")


# ================================================================== 6. A village fete's risk assessment (Word)

HF_FILE = "hethersett-village-fete-2026-event-risk-assessment.docx"


def risk_assessment(out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    document = Document()
    _normal(document, "Arial", 9)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(1.5)
    section.left_margin = section.right_margin = Cm(1.6)
    _header_footer(document, "Hethersett Village Fete 2026", "EVENT RISK ASSESSMENT", "Version 2 \u2013 14 May 2026",
                   "Hethersett Village Fete Committee \u2013 registered charity no. 1079955\t\t", 3, size=8,
                   bold_centre=True)
    _p(document, "Hethersett Village Fete 2026: Event Risk Assessment", size=16, bold=True, colour="2E6B30", after=6)
    _docx_table(document, [["Event", "Hethersett Village Fete and Dog Show"],
                           ["Date and times", "Saturday 13 June 2026, 12 noon to 5pm (set-up from 8am, clear by 8pm)"],
                           ["Venue", "Hethersett Village Hall and playing field, Back Lane, Hethersett NR9 3JJ"],
                           ["Expected attendance", "About 1,500 over the afternoon; 42 stalls; 60 volunteers"],
                           ["Organiser", "Hethersett Village Fete Committee (chair: Mrs Gillian Rowe)"],
                           ["Event safety lead", "Mr Keith Aldous, 07700 900 471 (on the day)"],
                           ["First aid", "St John Ambulance, one vehicle and four first aiders (booked, ref. "
                            "SJA-EAST-26-0418)"],
                           ["Licences", "Temporary Event Notice for the bar, South Norfolk Council ref. TEN/26/0311"]],
                widths=[4.5, 22.0], size=9, label_fill="E2EFDA")
    _p(document, "", after=2)
    _p(document, "Risk rating: likelihood (1 very unlikely to 5 very likely) \u00d7 severity (1 minor to 5 fatal). "
       "1\u20134 low, 5\u20139 medium, 10 and over high: further action needed before the event.", size=8.5,
       italic=True, after=6)
    rows = [["No.", "Hazard", "Who might be harmed", "Controls in place", "L", "S", "Risk",
             "Further action", "By whom"],
            ["1", "High wind or storms: gazebos and stalls blowing over", "Public, stallholders",
             "Forecast checked on the Thursday and morning of the event; all gazebos weighted (minimum 15 kg a leg); "
             "gazebos taken down if gusts exceed 30 mph", "2", "4", "8", "Safety lead to make the call on "
             "taking gazebos down", "KA"],
            ["2", "Slips, trips and falls: uneven ground, guy ropes, cables", "Public, volunteers",
             "Field walked and holes filled on the Friday; guy ropes flagged; cables covered with ramps",
             "3", "2", "6", "None", "Set-up team"],
            ["3", "Vehicles on the field during set-up and clear-down", "Volunteers, stallholders, children",
             "No vehicles on the field from 11.30am to 5.15pm; marshal at the gate; 5 mph limit", "2", "5", "10",
             "Gate marshal briefed; gate locked 11.30am", "KA"],
            ["4", "Parking on Back Lane and access for emergency vehicles", "Public, residents",
             "Parking on the school field (by agreement); stewards in hi-vis; Back Lane kept clear", "3", "3", "9",
             "Signs to be put out on the Friday evening", "Parking team"],
            ["5", "Hot food and the barbecue: burns, fire, food poisoning", "Public, volunteers",
             "Food stalls registered with South Norfolk Council; fire extinguisher and blanket at each hot food "
             "stall; barbecue fenced off", "2", "3", "6", "Check food hygiene ratings of traders", "GR"],
            ["6", "Bouncy castle and fairground ride", "Children",
             "Operators\u2019 own risk assessments, insurance and PIPA and ADIPS certificates seen; operator "
             "supervising at all times", "2", "4", "8", "Copies of certificates to the safety lead", "GR"],
            ["7", "Dog show: bites, dogs off leads, fouling", "Public, children",
             "Dogs on leads at all times outside the show ring; bins and bags provided; water points", "2", "3",
             "6", "None", "Dog show team"],
            ["8", "Lost child or vulnerable adult", "Children, vulnerable adults",
             "Lost child point at the information tent; two DBS-checked volunteers; if a child is not found within "
             "15 minutes, call 999 and tell the police", "2", "5", "10", "Announce the lost child point over the "
             "PA at 12 noon and 2pm", "Info tent"],
            ["9", "Cash handling: theft", "Volunteers, stallholders",
             "Floats issued from the hall office; takings collected every hour by two committee members; no cash "
             "boxes left unattended", "2", "2", "4", "None", "Treasurer"],
            ["10", "Crime and disorder", "Public, volunteers",
             "Norfolk Constabulary\u2019s Wymondham Safer Neighbourhood Team told of the event by the event "
             "notification form on 2 May; bar closes at 4.30pm; Challenge 25 at the bar", "1", "3", "3",
             "None", "KA"],
            ["11", "Medical emergency", "Anyone",
             "St John Ambulance on site; defibrillator on the village hall wall; access route for an ambulance kept "
             "clear", "2", "5", "10", "First aid position marked on the site plan", "KA"],
            ["12", "Hot weather: sunburn and dehydration", "Public, volunteers",
             "Free water at the information tent; shade in the village hall", "3", "2", "6", "None", "GR"]]
    table = _docx_table(document, rows, widths=[1.0, 4.2, 3.0, 8.0, 0.8, 0.8, 1.1, 4.6, 2.5], size=8,
                        head_fill="2E6B30", head_colour="FFFFFF")
    for row in table.rows[1:]:
        if row.cells[6].text in ("10",):
            _fill(row.cells[6], "F8CBAD")
        elif row.cells[6].text in ("6", "8", "9"):
            _fill(row.cells[6], "FFE699")
        else:
            _fill(row.cells[6], "C6E0B4")
    _p(document, "", after=4)
    _docx_table(document, [["", "Name", "Signature", "Date"],
                           ["Prepared by", "Keith Aldous, event safety lead", "K. Aldous", "14 May 2026"],
                           ["Approved by", "Gillian Rowe, chair of the committee", "G. Rowe", "16 May 2026"],
                           ["Reviewed after the event", "", "", ""]],
                widths=[5.0, 8.0, 6.0, 4.0], size=9, head_fill="D9D9D9")
    _p(document, "", after=2)
    _p(document, "This assessment will be reviewed on the morning of the event and again at the committee meeting "
       "after it. A copy is kept in the information tent.", size=8.5, italic=True)
    _save_docx(document, out / HF_FILE, "Hethersett Village Fete 2026 - event risk assessment", "Keith Aldous")


# ================================================================== 7. A conference's speakers page (HTML)

SPEAKERS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Speakers | Neighbourhoods 2026 | The National Neighbourhood Safety Conference</title>
<meta name="description" content="Meet the speakers at Neighbourhoods 2026, Manchester Central, Wednesday 20 May 2026.">
<meta property="og:title" content="Neighbourhoods 2026: Speakers">
<meta property="og:type" content="website">
<link rel="stylesheet" href="/assets/css/event-2026.min.css">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Event", "name": "Neighbourhoods 2026",
 "startDate": "2026-05-20T08:30", "endDate": "2026-05-20T16:45",
 "location": {"@type": "Place", "name": "Manchester Central", "address": "Windmill Street, Manchester M2 3GX"},
 "organizer": {"@type": "Organization", "name": "Northgate Public Events Ltd"}}
</script>
</head>
<body class="page-speakers">
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to run this site and, with your permission, to measure how it is used and to show you
  relevant events. <a href="/privacy#cookies">Cookie policy</a></p>
  <button class="btn">Accept all</button> <button class="btn btn-outline">Necessary only</button>
  <button class="btn-link">Manage preferences</button>
</div>
<div class="promo-bar">Early bird rate ends 31 March: public sector delegates save &pound;100. <a href="/book">Book now</a></div>
<header class="site-header">
  <a class="logo" href="/">Neighbourhoods<span>2026</span></a>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/programme">Programme</a></li>
      <li class="active"><a href="/speakers" aria-current="page">Speakers</a></li>
      <li><a href="/exhibition">Exhibition</a></li>
      <li><a href="/venue">Venue and travel</a></li>
      <li><a href="/faqs">FAQs</a></li>
      <li class="cta"><a href="/book">Book your place</a></li>
    </ul>
  </nav>
</header>
<section class="hero hero-small">
  <h1>Speakers</h1>
  <p class="hero-meta">Wednesday 20 May 2026 &middot; Manchester Central &middot; 6 CPD hours</p>
</section>
<main id="main" class="container">
  <p class="intro">Neighbourhoods 2026 brings together police, councils, housing providers and the voluntary
  sector for a day of practical sessions on keeping neighbourhoods safe. Our speakers are practitioners first:
  most of them will talk about something they have done, what went wrong and what they would do again.</p>
  <div class="filters" role="group" aria-label="Filter speakers">
    <button class="filter is-active">All</button> <button class="filter">Keynotes</button>
    <button class="filter">Case studies</button> <button class="filter">Panel</button>
  </div>

  <div class="speaker-grid">

    <article class="speaker-card" data-type="keynote">
      <img src="/media/speakers/whitmore.jpg" alt="Dame Susan Whitmore" width="240" height="240">
      <h2>Dame Susan Whitmore DBE QPM</h2>
      <p class="role">Former Chief Constable; chair, Independent Review of Neighbourhood Policing</p>
      <p class="session"><span class="tag">Keynote</span> 09:15 &middot; Main hall &middot; &lsquo;What the public want
      from neighbourhood policing&rsquo;</p>
      <div class="bio">
        <p>Susan served for 32 years in four forces, finishing her career as a chief constable, and now chairs the
        Independent Review of Neighbourhood Policing, which will report in the autumn. She is a visiting
        professor at two universities and a trustee of a youth charity.</p>
      </div>
    </article>

    <article class="speaker-card" data-type="case-study">
      <img src="/media/speakers/coates.jpg" alt="Inspector Darren Coates" width="240" height="240">
      <h2>Inspector Darren Coates</h2>
      <p class="role">Neighbourhood Policing Inspector, Basildon and Thurrock, Essex Police</p>
      <p class="session"><span class="tag">Case study</span> 11:10 &middot; Room 2 &middot; &lsquo;Operation Fairway:
      taking back the car parks&rsquo;</p>
      <div class="bio">
        <p>Darren joined Essex Police in 2007 and has worked in response, CID and neighbourhood policing.</p>
        <p>Operation Fairway is Essex Police&rsquo;s answer to the car meets that took over retail and leisure
        parks in Basildon and Thurrock every weekend. Since March 2024 Darren&rsquo;s teams have worked with the
        parks&rsquo; owner, Mayflower Retail Parks, Basildon Council and Thurrock Council to close car parks
        after 10pm, put up height barriers and ANPR cameras, and use public spaces protection orders to fine
        drivers and seize cars. Calls about car meets to the two parks fell by 62 per cent in the first year and 48 vehicles were
        seized.</p>
      </div>
    </article>

    <article class="speaker-card" data-type="case-study">
      <img src="/media/speakers/burdon.jpg" alt="Sergeant Leanne Burdon" width="240" height="240">
      <h2>Sergeant Leanne Burdon</h2>
      <p class="role">Neighbourhood Sergeant, Middlesbrough North, Cleveland Police</p>
      <p class="session"><span class="tag">Case study</span> 11:10 &middot; Room 3 &middot; &lsquo;Knock on every door:
      Project Doorstep&rsquo;</p>
      <div class="bio">
        <p>Leanne has been a police officer in Middlesbrough for 14 years and a neighbourhood sergeant since 2021.</p>
        <p>Project Doorstep is run by Cleveland Police&rsquo;s Middlesbrough North neighbourhood team with the
        housing association Teesdale Homes. Every new tenant in the Newport and Gresham wards gets a joint visit
        from a PCSO and a housing officer within a fortnight of moving in, to welcome them, explain who to call
        and pick up early signs of exploitation or cuckooing. Since the project began in 2023 the team has
        visited more than 700 new tenancies, and anti-social behaviour complaints arising from new tenancies
        have fallen by 38 per cent.</p>
      </div>
    </article>

    <article class="speaker-card" data-type="case-study">
      <img src="/media/speakers/ellery.jpg" alt="Marcus Ellery" width="240" height="240">
      <h2>Marcus Ellery</h2>
      <p class="role">Chief Executive, Solent Night Welfare</p>
      <p class="session"><span class="tag">Case study</span> 14:00 &middot; Room 2 &middot; &lsquo;A safe harbour on a
      Saturday night&rsquo;</p>
      <div class="bio">
        <p>Marcus was a paramedic for 12 years before founding Solent Night Welfare in 2018.</p>
        <p>Safe Harbour is Solent Night Welfare&rsquo;s safe space on Guildhall Walk in Portsmouth, open from
        10pm to 4am on Friday and Saturday nights. Volunteer medics and welfare staff look after people who are
        drunk, hurt, lost or alone, and Hampshire and Isle of Wight Constabulary&rsquo;s night-time economy officers
        bring people in and take reports there rather than at the police station. In 2025 Safe Harbour helped
        1,940 people, and the charity estimates it saved more than 600 ambulance call-outs.</p>
      </div>
    </article>

    <article class="speaker-card" data-type="keynote">
      <img src="/media/speakers/mehta.jpg" alt="Professor Anil Mehta" width="240" height="240">
      <h2>Professor Anil Mehta</h2>
      <p class="role">Professor of Criminology, Irwell University</p>
      <p class="session"><span class="tag">Keynote</span> 15:30 &middot; Main hall &middot; &lsquo;Trust, confidence
      and the visible officer&rsquo;</p>
      <div class="bio">
        <p>Anil&rsquo;s research looks at public confidence in the police and what shapes it. He has published
        widely on procedural justice and is an adviser to two police and crime commissioners. His book
        <em>Seen and Heard</em> was published in 2024.</p>
      </div>
    </article>

    <article class="speaker-card" data-type="panel">
      <img src="/media/speakers/okafor.jpg" alt="Ruth Okafor" width="240" height="240">
      <h2>Ruth Okafor</h2>
      <p class="role">Home Affairs Correspondent; panel chair</p>
      <p class="session"><span class="tag">Panel</span> 12:15 &middot; Main hall &middot; &lsquo;Who owns the
      neighbourhood?&rsquo;</p>
      <div class="bio">
        <p>Ruth has reported on policing and criminal justice for national newspapers and broadcasters for
        twenty years. She will chair the lunchtime panel with a police and crime commissioner, a council chief
        executive, a housing director and a youth worker.</p>
      </div>
    </article>

    <article class="speaker-card speaker-card--tba" data-type="panel">
      <img src="/media/speakers/placeholder.png" alt="" width="240" height="240">
      <h2>More speakers to be announced</h2>
      <p class="role">Sign up for updates to hear first.</p>
    </article>

  </div>

  <section class="cta-band">
    <h2>Join 450 practitioners in Manchester</h2>
    <p>Public sector and charity: &pound;295 + VAT (early bird &pound;195 + VAT). Commercial: &pound;495 + VAT.
    Group rates for five or more delegates.</p>
    <a class="btn" href="/book">Book your place</a> <a class="btn btn-outline" href="/programme">See the programme</a>
  </section>

  <section class="newsletter">
    <h2>Get conference updates</h2>
    <form action="/subscribe" method="post"><label for="email">Email address</label>
    <input id="email" name="email" type="email"> <button type="submit">Sign up</button></form>
  </section>
</main>
<footer class="site-footer">
  <p>Neighbourhoods 2026 is organised by Northgate Public Events Ltd, 3rd Floor, 55 King Street, Manchester M2 4LQ.
  Registered in England and Wales no. 12408865. VAT no. GB 341 8820 15.</p>
  <p>Bookings and enquiries: 01632 960 842 &middot; hello@neighbourhoods-conference.example.co.uk</p>
  <p><a href="/terms">Booking terms</a> | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> |
  <a href="/code-of-conduct">Code of conduct</a></p>
  <p>&copy; 2026 Northgate Public Events Ltd</p>
</footer>
<script src="/assets/js/event-2026.min.js" defer></script>
</body>
</html>
"""


# ================================================================== 8. A local newspaper's court report (HTML)

COURT_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cannock drug dealer jailed for six years after county lines crackdown | Chase Courier</title>
<meta name="description" content="A 24-year-old who ran a county line selling crack cocaine and heroin in Cannock has been jailed.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-27T12:04:00+00:00">
<meta property="article:section" content="Crime">
<link rel="stylesheet" href="/static/css/courier.4f2a.css">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Cannock drug dealer jailed for six years after county lines crackdown",
 "datePublished": "2026-02-27T12:04:00+00:00", "dateModified": "2026-02-27T15:31:00+00:00",
 "author": {"@type": "Person", "name": "Laura Birch"},
 "publisher": {"@type": "Organization", "name": "Chase Courier"}}
</script>
</head>
<body>
<div class="consent-overlay" role="dialog" aria-modal="true" aria-labelledby="consent-title">
  <h2 id="consent-title">We value your privacy</h2>
  <p>We and our 147 partners store and access information on your device, such as cookies, and process personal
  data for personalised advertising and content, measurement and audience research.</p>
  <button>Accept all</button> <button>Reject all</button> <button>Options</button>
</div>
<div class="top-bar"><span>Friday, 27 February 2026</span> <a href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></div>
<header class="masthead">
  <a href="/" class="brand">Chase Courier</a>
  <p class="strap">News for Cannock, Rugeley, Hednesford and Burntwood</p>
  <nav aria-label="Sections"><a href="/news">News</a> <a class="active" href="/news/crime">Crime</a>
  <a href="/sport">Sport</a> <a href="/whats-on">What&rsquo;s On</a> <a href="/property">Property</a>
  <a href="/announcements">Announcements</a> <a href="/jobs">Jobs</a></nav>
</header>
<div class="ad ad-leaderboard" aria-hidden="true">Advertisement</div>
<main>
<article class="article">
  <nav class="breadcrumb"><a href="/news">News</a> &rsaquo; <a href="/news/crime">Crime</a></nav>
  <h1>Cannock drug dealer jailed for six years after county lines crackdown</h1>
  <p class="standfirst">Jordan Pryce ran the &lsquo;Ace&rsquo; line from a flat on the Hawks Green estate</p>
  <div class="byline">By <a href="/authors/laura-birch">Laura Birch</a>, Court Reporter &middot;
  <time datetime="2026-02-27T12:04">12:04, 27 Feb 2026</time> &middot; Updated 15:31, 27 Feb 2026 &middot; 4 min read</div>
  <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share by email</a>
  <a href="#comments">12 comments</a></div>
  <figure>
    <img src="/images/2026/02/pryce-custody.jpg" alt="Custody photograph of Jordan Pryce" width="640" height="427">
    <figcaption>Jordan Pryce was jailed at Stafford Crown Court (Image: Staffordshire Police)</figcaption>
  </figure>
  <div class="article-body">
    <p>A Cannock man who ran a county line selling crack cocaine and heroin has been jailed for six years.</p>
    <p>Jordan Pryce, 24, of Longford Road, Cannock, admitted two counts of being concerned in the supply of
    class A drugs when he appeared at Stafford Crown Court in January. He was sentenced on Thursday.</p>
    <p>Prosecutor Hannah Mistry told the court that Pryce ran the &lsquo;Ace&rsquo; line between March and
    September last year, sending bulk text messages offering drugs to hundreds of users and using a 16-year-old
    boy to make deliveries by bike. When police raided his flat on Hawks Green in September they found 43 wraps
    of crack cocaine and heroin, &pound;2,350 in cash and three phones.</p>
    <div class="ad ad-inline" aria-hidden="true">Advertisement</div>
    <p>The conviction is the latest result of Operation Redgate, Staffordshire Police&rsquo;s campaign against
    county lines in Cannock Chase. Since it began in April 2025 the district&rsquo;s disruption team has closed
    five lines, made 31 arrests and referred 19 children found dealing for the lines to the force&rsquo;s
    child exploitation team, and Cannock Chase District Council has used closure orders on six properties that
    had been taken over by dealers.</p>
    <p>Detective Inspector Gareth Lowe, who leads the operation, said: &ldquo;Lines like this one exploit
    children and bring violence to our streets. We will keep shutting them down, and we will keep treating the
    children they use as victims.&rdquo;</p>
    <p>In mitigation, Tom Rafferty said Pryce had himself been drawn into dealing as a teenager and had
    completed courses while on remand.</p>
    <p>Sentencing him, Recorder Judith Kaur said: &ldquo;You were at the centre of a business that profited
    from addiction and used a child to do your dirty work.&rdquo; She also made a deprivation order for the cash
    and phones.</p>
    <p>Anyone with information about drug dealing can call Staffordshire Police on 101 or Crimestoppers
    anonymously on 0800 555 111.</p>
  </div>
  <div class="newsletter-signup">
    <h2>Get the Courier&rsquo;s crime and court news in your inbox</h2>
    <form><input type="email" placeholder="Your email"> <button>Sign up</button></form>
    <p class="small">We use your sign-up to send you newsletters. See our privacy notice.</p>
  </div>
  <section class="related" aria-label="Related stories">
    <h2>More on this story</h2>
    <ul>
      <li><a href="/news/crime/raid-hawks-green">Police raid flat on Hawks Green estate</a></li>
      <li><a href="/news/crime/teen-county-lines-rugeley">Rugeley teenager sentenced for county lines dealing</a></li>
      <li><a href="/news/closure-order-hednesford">Closure order on Hednesford house after drug complaints</a></li>
    </ul>
  </section>
  <section id="comments" class="comments">
    <h2>Comments (12)</h2>
    <p>Comments are closed on this article. <a href="/community-rules">Read our community rules</a>.</p>
  </section>
</article>
<aside class="most-read">
  <h2>Most read</h2>
  <ol>
    <li><a href="#">Roadworks on the A5 at Churchbridge to last until June</a></li>
    <li><a href="#">Hednesford Town sign striker from Chasetown</a></li>
    <li><a href="#">Plans for 180 homes off Pye Green Road go on show</a></li>
    <li><a href="#">Cannock shopping centre gets new owner</a></li>
  </ol>
  <div class="ad ad-mpu" aria-hidden="true">Advertisement</div>
</aside>
</main>
<footer class="site-footer">
  <p><a href="/contact">Contact us</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy notice</a> |
  <a href="/cookies">Cookie policy</a> | <a href="/complaints">Complaints</a></p>
  <p>The Chase Courier is published by Midland Weekly Media Ltd, 9 Market Place, Cannock WS11 1BS. Registered in
  England and Wales no. 05518832. We are regulated by IPSO.</p>
  <p>&copy; 2026 Midland Weekly Media Ltd</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A council's planning application page (HTML)

PLANNING_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Blackpool Council - Planning Applications - 26/0142 - Summary</title>
<link rel="stylesheet" href="/online-applications/css/public-access.css">
</head>
<body>
<div id="cookiePolicy" class="cookie-bar">This site uses cookies. Some are essential to make the site work; others
help us improve the service. <a href="/online-applications/cookies.html">Find out more</a>
<button>Accept</button> <button>Reject non-essential</button></div>
<div id="header">
  <a href="https://www.blackpool.example.gov.uk" class="council-logo">Blackpool Council</a>
  <span class="system-name">Planning &ndash; Online Register</span>
</div>
<div id="navigation">
  <ul>
    <li><a href="/online-applications/search.do?action=simple">Simple Search</a></li>
    <li><a href="/online-applications/search.do?action=advanced">Advanced Search</a></li>
    <li><a href="/online-applications/search.do?action=weeklyList">Weekly/Monthly Lists</a></li>
    <li><a href="/online-applications/propertySearch.do">Property Search</a></li>
    <li><a href="/online-applications/spatialDisplay.do">Map Search</a></li>
    <li><a href="/online-applications/registration.do">Register</a> | <a href="/online-applications/login.do">Login</a></li>
  </ul>
</div>
<div id="pa">
  <div class="container">
    <div class="addressCrumb">
      <span class="caseNumber">26/0142</span> |
      <span class="description">Change of use of ground floor from shop (Class E) to hot food takeaway (sui generis),
      installation of extraction flue to rear and opening hours of 11:00 to 02:00 daily</span> |
      <span class="address">112 Dickson Road, Blackpool, FY1 2EU</span>
    </div>
    <ul class="tabs">
      <li class="active"><a href="#">Details</a></li>
      <li><a href="#">Comments (17)</a></li>
      <li><a href="#">Constraints (4)</a></li>
      <li><a href="#">Documents (14)</a></li>
      <li><a href="#">Related Cases (2)</a></li>
      <li><a href="#">Map</a></li>
    </ul>
    <ul class="subtabs">
      <li class="active"><a href="#">Summary</a></li> <li><a href="#">Further Information</a></li>
      <li><a href="#">Contacts</a></li> <li><a href="#">Important Dates</a></li>
    </ul>
    <table id="simpleDetailsTable" class="details">
      <tr><th>Reference</th><td>26/0142</td></tr>
      <tr><th>Alternative Reference</th><td>PP-14276631</td></tr>
      <tr><th>Application Received</th><td>Tue 27 Jan 2026</td></tr>
      <tr><th>Application Validated</th><td>Mon 02 Feb 2026</td></tr>
      <tr><th>Address</th><td>112 Dickson Road, Blackpool, FY1 2EU</td></tr>
      <tr><th>Proposal</th><td>Change of use of ground floor from shop (Class E) to hot food takeaway (sui generis),
      installation of extraction flue to rear and opening hours of 11:00 to 02:00 daily</td></tr>
      <tr><th>Status</th><td>Awaiting decision</td></tr>
      <tr><th>Appeal Status</th><td>Unknown</td></tr>
      <tr><th>Appeal Decision</th><td>Not Available</td></tr>
    </table>
    <h2>Important Dates</h2>
    <table class="details">
      <tr><th>Neighbour Consultation Expiry Date</th><td>Tue 24 Feb 2026</td></tr>
      <tr><th>Standard Consultation Expiry Date</th><td>Tue 24 Feb 2026</td></tr>
      <tr><th>Determination Deadline</th><td>Mon 30 Mar 2026</td></tr>
      <tr><th>Committee Date</th><td>Tue 14 Apr 2026 (Planning Committee)</td></tr>
    </table>
    <h2>Constraints</h2>
    <ul class="constraints">
      <li>Blackpool Town Centre Cumulative Impact Zone</li>
      <li>Article 4 Direction: hot food takeaways (Dickson Road and Talbot Road)</li>
      <li>Flood Zone 1</li>
      <li>Local Plan Policy CS21: Leisure and Business Tourism</li>
    </ul>
    <h2>Comments</h2>
    <p class="commentsSummary">Total Consulted: 38 &middot; Comments Received: 17 &middot; Objections: 11 &middot;
    Supporting: 6</p>
    <p>Comments on this application can no longer be submitted online. The closing date was Tue 24 Feb 2026.</p>
    <h3>Consultee comments</h3>
    <div class="comment">
      <p class="commentHeader"><strong>Lancashire Constabulary &ndash; Designing Out Crime Officer</strong>
      &middot; Received Wed 18 Feb 2026</p>
      <p>Lancashire Constabulary does not object to the change of use in principle. However, 87 crimes and
      incidents of anti-social behaviour were recorded within 100 metres of the premises in the twelve months to
      January 2026, many of them between midnight and 3am. Should the council be minded to approve, we recommend
      conditions requiring closing at midnight rather than 2am, CCTV covering the shop front and counter with
      images kept for 31 days, and a counter screen. The applicant is advised to join the town centre&rsquo;s
      Pubwatch and Shopwatch radio schemes and to build to Secured by Design standards.</p>
    </div>
    <div class="comment">
      <p class="commentHeader"><strong>Head of Public Protection (Environmental Protection)</strong> &middot; Received
      Mon 16 Feb 2026</p>
      <p>No objection subject to a condition requiring the extraction system to be installed and maintained to the
      approved specification, and a noise management plan for deliveries.</p>
    </div>
    <div class="comment">
      <p class="commentHeader"><strong>Highways and Traffic Management</strong> &middot; Received Thu 12 Feb 2026</p>
      <p>No objection. Delivery drivers should not park on the double yellow lines outside the premises.</p>
    </div>
    <h3>Public comments</h3>
    <div class="comment">
      <p class="commentHeader">Mrs J Holroyd, Cocker Street &middot; Objects &middot; Received Fri 13 Feb 2026</p>
      <p>We already have three takeaways within 50 yards. The noise and litter after the pubs close is bad
      enough without another one open until 2am.</p>
    </div>
    <div class="comment">
      <p class="commentHeader">Mr A Kowalczyk, Dickson Road &middot; Supports &middot; Received Sun 15 Feb 2026</p>
      <p>The shop has been empty for two years and the boarded window attracts graffiti. A business there would
      bring people and light back to this end of the road.</p>
    </div>
    <p><a href="#">Show all 17 comments</a></p>
    <h2>Documents</h2>
    <table class="documents">
      <tr><th>Date Published</th><th>Document Type</th><th>Description</th></tr>
      <tr><td>02 Feb 2026</td><td>Application Form</td><td>Application form (redacted)</td></tr>
      <tr><td>02 Feb 2026</td><td>Plans</td><td>Existing and proposed floor plans, drawing 2401-02 rev A</td></tr>
      <tr><td>02 Feb 2026</td><td>Supporting Statement</td><td>Planning statement</td></tr>
      <tr><td>02 Feb 2026</td><td>Supporting Statement</td><td>Odour and extraction report</td></tr>
      <tr><td>18 Feb 2026</td><td>Consultee Comment</td><td>Lancashire Constabulary DOCO response</td></tr>
    </table>
    <p class="disclaimer">Personal information such as signatures, telephone numbers and email addresses is removed
    from published documents. If you see information you think should not be published, please contact the
    planning team on 01632 960 476.</p>
  </div>
</div>
<div id="footer">
  <p>Blackpool Council, Municipal Buildings, Corporation Street, Blackpool FY1 1NF</p>
  <p><a href="/online-applications/accessibility.html">Accessibility</a> | <a href="/online-applications/privacy.html">Privacy
  notice</a> | <a href="/online-applications/help.html">Help</a></p>
</div>
</body>
</html>
"""


# ================================================================== 10. An ask me anything thread saved as Markdown

AMA_MD = """# We're the Nottingham City Centre Neighbourhood Policing Team. Ask us anything about policing the city centre!

**r/nottingham** · Posted by u/NottsPoliceCityCentre · 14 Feb 2026 · 412 points (96% upvoted) · 187 comments

Flair: **AMA** · Verified by the moderators

> **Mod note:** We've verified with Nottinghamshire Police's corporate communications team that this account is
> run by the City Centre Neighbourhood Policing Team. Usual sub rules apply: be civil, no doxxing, and don't use
> this thread to report crimes. Call 101 or 999 in an emergency. – u/nottingham_mods

Evening all! I'm Sgt Emma Clarke, one of the sergeants on the City Centre Neighbourhood Policing Team, and I've
got PC Dan Hughes and PCSO Aisha Begum here with me in the office on Byron House. We'll be answering your
questions from 7pm until about 9pm. We can't talk about individual cases or anything that's going through the
courts, but ask us about anything else. Proof is on the team's X account.

---

**u/robin_hood_tax** · 96 points

What's the most common thing you actually deal with on a Saturday night?

> **u/NottsPoliceCityCentre** · OP · 88 points
>
> Honestly? People who've had too much to drink and lost their friends, their phone or both. Then fights outside
> the bars at kicking-out time, and shoplifting earlier in the day. It's a lot less like the telly than you'd
> think. – Dan

---

**u/lacemarket_lurker** · 143 points

Shoplifting on Lister Gate and in the Victoria Centre seems completely out of control. Is anyone actually doing
anything about it, or is it just "no crime number, no response"?

> **u/NottsPoliceCityCentre** · OP · 201 points
>
> Fair question, and it's the one we get asked most. Since last April we've run Operation Checkout with the
> city's Business Improvement District and the Victoria Centre's security team. The BID's retail radio links 70
> shops straight to our team and to the centre's control room, so we get a call while the person is still in
> the shop, not the next day. We share photos of repeat offenders with the shops every week, and we've used
> criminal behaviour orders to ban the most prolific people from the city centre altogether. In the first ten
> months that's been 214 arrests, and reported shop theft in the city centre is down 17% on the year before.
> Still too high, but it's going the right way. – Emma
>
>> **u/lacemarket_lurker** · 47 points
>>
>> Genuinely didn't know that. Thanks for the detailed answer.

---

**u/sneinton_sam** · 64 points

Why is it that the graffiti never gets cleaned up round Hockley? Is that you or the council?

> **u/NottsPoliceCityCentre** · OP · 39 points
>
> That one's the council, but we pass on everything we see. @NottinghamCityCouncil might be able to say more? – Aisha
>
>> **u/NottinghamCityCouncil** · Verified council account · 72 points
>>
>> Hi! Our Community Protection team runs Clean Slate, our rapid graffiti removal service. Since September our
>> two-person crew has removed offensive graffiti within 24 hours and everything else within five working days
>> across the city centre, Hockley and Sneinton, and we've given 31 fixed penalty notices to people caught in
>> the act. Reports of graffiti in Hockley have fallen by a third since the crew started. You can report it on
>> the Nottingham City Council website or the app. – Mark, Community Protection

---

**u/future_special_99** · 58 points

I'm thinking about joining as a special constable. What's the training like and how many hours do you have to do?

> **u/NottsPoliceCityCentre** · OP · 52 points
>
> Do it! Specials do a minimum of 16 hours a month after training, which is evenings and weekends over about six
> months. Several of our specials went on to join as regulars. Look on the Nottinghamshire Police careers site
> for the next intake. – Dan

---

**u/clifton_commuter** · 31 points

Why didn't anyone come when my car was broken into in November? I got an email with a crime number and that was it.

> **u/NottsPoliceCityCentre** · OP · 44 points
>
> Sorry that happened. Not every crime gets an officer visit: it depends on whether there's CCTV, forensic
> opportunities or a suspect. The crime is still investigated and looked at for patterns. If you want an update,
> reply to the email with your crime number and it'll come to the right team. – Emma

---

**u/old_market_square** · 27 points

Best and worst bit of the job?

> **u/NottsPoliceCityCentre** · OP · 35 points
>
> Best: Goose Fair and Christmas, when the whole city's out. Worst: nights in January when it's sleeting and
> nobody's about. – Aisha

---

> **u/NottsPoliceCityCentre** · OP · **Edit, 9.04pm:** That's us signing off! Thanks for all the questions
> (and the kind words). We'll try to come back tomorrow and answer a few more. If you want to meet us in person,
> our next Beat Surgery is on Saturday 7 March, 11am to 1pm, outside Nottingham Council House.
"""


# ================================================================== 11. A news alert service's daily digest email (plain text)

ALERT_TXT = """From: Mediaweave Alerts <alerts-noreply@mediaweave.example.com>
To: j.harding@example.org.uk
Subject: Mediaweave Alert - "neighbourhood policing" - 7 new results
Date: Wed, 4 Mar 2026 07:02:11 +0000

==================================================================
MEDIAWEAVE ALERTS
"neighbourhood policing"
Daily digest  |  Sources: news, blogs  |  Region: United Kingdom
==================================================================

NEWS
------------------------------------------------------------------

Bike thefts fall by a quarter as Peterborough crackdown continues
Peterborough Evening Star - 3 Mar 2026
Cambridgeshire Constabulary's Operation Freewheel, run by the
Peterborough neighbourhood team with Peterborough City Council, has
put bait bikes and new cycle racks with CCTV at the railway station
and Queensgate since last spring. Bike thefts in the city centre
fell by 26 per cent in 2025 and 41 people were charged ...
https://www.peterboroughstar.example.co.uk/news/crime/bike-thefts-fall

Man jailed for string of robberies in Ilford
East London Gazette - 3 Mar 2026
A 31-year-old man has been jailed for nine years after admitting
seven street robberies in Ilford town centre between June and
August last year. Snaresbrook Crown Court heard that ...
https://www.eastlondongazette.example.co.uk/news/man-jailed-ilford

Holylands patrols cut student party complaints, says PSNI
Belfast Courier - 3 Mar 2026
The Police Service of Northern Ireland's South Belfast
Neighbourhood Policing Team and Belfast City Council's safer
neighbourhood officers have carried out joint evening patrols and
'good neighbour' visits to student houses in the Holylands since
September. Complaints about noise and parties are down 44 per cent
on the same term last year ...
https://www.belfastcourier.example.co.uk/news/holylands-patrols

Opinion: Bring back the bobby on the beat - before it's too late
The Northern Review - 3 Mar 2026
Ask anyone over fifty what policing used to look like and they will
tell you about the officer who knew every shopkeeper by name. That
officer has all but vanished ...
https://www.northernreview.example.co.uk/opinion/bobby-on-the-beat

Force welcomes 38 new PCSOs at passing-out ceremony
Kent Live Today - 2 Mar 2026
Thirty-eight police community support officers have completed their
training and will join neighbourhood teams across the county this
month, the force said ...
https://www.kentlivetoday.example.co.uk/news/new-pcsos

Night marshals help keep Lincoln's Brayford safe after dark
Lincolnshire Echo Online - 2 Mar 2026
Lincoln Central BID's team of six night marshals has patrolled the
Brayford waterfront and the High Street on Friday and Saturday
nights since 2024, helping more than 900 people home safely last
year and handing out water, flip-flops and phone chargers. The BID
says calls to its radio link from bars ...
https://www.lincolnshireecho.example.co.uk/news/night-marshals

BLOGS
------------------------------------------------------------------

What is neighbourhood policing for? A podcast conversation
Policing Futures Blog - 2 Mar 2026
In this week's episode we ask two former neighbourhood inspectors
and a researcher what the evidence says about visible patrol and
public confidence ...
https://policingfutures.example.org/blog/what-is-neighbourhood-policing-for

------------------------------------------------------------------
You are receiving this email because you created an alert for
"neighbourhood policing" on Mediaweave.

Edit this alert:    https://alerts.mediaweave.example.com/edit?a=88213740
Delete this alert:  https://alerts.mediaweave.example.com/remove?a=88213740
See all your alerts: https://alerts.mediaweave.example.com/manage

Mediaweave Ltd, 20 Wharf Street, Leeds LS2 7EQ. Registered in
England and Wales no. 10992157.
"""


TEXT_DOCUMENTS = {
    "neighbourhoods-2026-conference-speakers.html": SPEAKERS_HTML,
    "chase-courier-cannock-drug-dealer-jailed-county-lines-crackdown.html": COURT_HTML,
    "blackpool-council-planning-application-26-0142-112-dickson-road.html": PLANNING_HTML,
    "reddit-r-nottingham-ama-nottinghamshire-police-city-centre-team.md": AMA_MD,
    "mediaweave-alert-neighbourhood-policing-daily-digest-2026-03-04.txt": ALERT_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    bus_timetable(out)
    journal_article(out)
    certificate(out)
    parents_letter(out)
    briefing(out)
    risk_assessment(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
