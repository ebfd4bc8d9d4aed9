"""Write the documents of the thirty-fifth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout35/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a production company's press pack for a
documentary series, a High Sheriff's report of the shrieval year, a housing association's annual
complaints performance and service improvement report, a local radio station's breakfast show running
order, a civil engineering contractor's toolbox talk and an inspector's employment reference letter.
The HTML, Markdown and plain-text documents are kept here as text and written out unchanged;
manifest.json lists every document's intended initiatives.

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

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers (adapted from the thirty-fourth set)


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




# ================================================================== 1. A production company's press pack for a documentary series (PDF)

NL_INK = colors.HexColor("#15232D")
NL_AMBER = colors.HexColor("#E3A23B")
NL_FILE = "northlight-films-fell-and-town-series-2-press-pack.pdf"


def _nl_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(NL_INK)
    canvas.rect(0, height - 18 * mm, width, 18 * mm, stroke=0, fill=1)
    canvas.setFillColor(NL_AMBER)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(20 * mm, height - 11 * mm, "FELL & TOWN  |  SERIES 2")
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 20 * mm, height - 11 * mm, "PRESS PACK \u2013 NOT FOR BROADCAST")
    canvas.setFillColor(colors.HexColor("#666666"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(20 * mm, 11 * mm, "Northlight Films for NorthStar One  \u00b7  press@northlightfilms.example.co.uk")
    canvas.drawRightString(width - 20 * mm, 11 * mm, "%d" % page)
    canvas.restoreState()


def press_pack(out: Path) -> None:
    width, height = A4
    margin = 20 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / NL_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=26 * mm, bottomMargin=20 * mm, title="Fell & Town Series 2: Press Pack",
                          author="Northlight Films", subject="Press pack", creator="Northlight Films", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(margin, 18 * mm, full_w, height - 44 * mm, id="f")],
                                       onPage=_nl_page)])
    emb = _style("emb", "Helvetica-Bold", 9, color=colors.HexColor("#B3261E"), after=8)
    title = _style("t", "Helvetica-Bold", 26, leading=30, color=NL_INK, after=4)
    stand = _style("st", "Helvetica", 12, leading=16, color=colors.HexColor("#444444"), after=10)
    h2 = _style("h2", "Helvetica-Bold", 13, leading=16, color=NL_INK, before=8, after=4)
    ep = _style("ep", "Helvetica-Bold", 11, leading=14, color=NL_AMBER, before=8, after=2)
    tx = _style("tx", "Helvetica-Oblique", 8.5, leading=11, color=colors.HexColor("#555555"), after=4)
    body = _style("b", "Helvetica", 9.5, leading=13, after=6)
    quote = _style("q", "Helvetica-Oblique", 10.5, leading=14, color=NL_INK, after=2)
    small = _style("s", "Helvetica", 8, leading=10.5, after=2)

    story = [
        Paragraph("EMBARGOED UNTIL 00:01 TUESDAY 20 JANUARY 2026", emb),
        Paragraph("Fell &amp; Town", title),
        Paragraph("Series 2 \u00b7 6 x 60\u2019 \u00b7 Starts Tuesday 3 February 2026, 9pm, NorthStar One "
                  "and streaming", stand),
        _panel([Paragraph("<b>At a glance</b>", body),
                Paragraph("Producer: Northlight Films (Newcastle upon Tyne) \u00b7 Executive producer: Ruth Ambler "
                          "\u00b7 Series director: Tom Calloway \u00b7 Filmed: March to October 2025 across Carlisle, "
                          "Kendal, Keswick and the Eden Valley \u00b7 Access: Cumbria Constabulary, Keswick Mountain "
                          "Rescue Team and partners", small)], full_w, fill=colors.HexColor("#F4EFE6")),
        Spacer(1, 6),
        Paragraph("About the series", h2),
        Paragraph("After a first series watched by 2.1 million people, Fell &amp; Town returns to England\u2019s "
                  "largest county by area and one of its quietest for crime. Over eight months our crews followed "
                  "officers, volunteers and rescuers from the Solway coast to the Howgills. This is not a series "
                  "about car chases. It is about what people do when the nearest help is forty minutes away.", body),
        Paragraph("Episode guide", h2),
        Paragraph("Episode 1: Saturday Shift", ep),
        Paragraph("TX: Tuesday 3 February 2026, 9pm", tx),
        Paragraph("We ride along with response officers in Carlisle on a Saturday in July: a shoplifter at the "
                  "Lanes, a concern for welfare call on the Botchergate strip, a lost child at a summer fete and "
                  "a crash on the A595. Sergeant Dan Irving, 22 years in, has worked this city all his career.", body),
        Paragraph("Episode 2: The Quad Season", ep),
        Paragraph("TX: Tuesday 10 February 2026, 9pm", tx),
        Paragraph("Operation Hefted is Cumbria Constabulary\u2019s answer to a spate of quad bike and trailer thefts from hill farms. The force\u2019s Rural Crime Team "
                  "works with the National Farmers\u2019 Union\u2019s Penrith branch to mark every quad with a "
                  "forensic code at auction mart open days, fit trackers at cost and run a farm watch message "
                  "group that now has 1,140 members. In the year the cameras followed, quad and trailer thefts "
                  "reported across the Eden Valley fell by 41 per cent, and eleven stolen quads were returned to "
                  "their owners. We watch PC Hannah Brough trace one of them to a yard near Dumfries.", body),
        Paragraph("Episode 3: Nightsafe", ep),
        Paragraph("TX: Tuesday 17 February 2026, 9pm", tx),
        Paragraph("Nightsafe Kendal pairs the town\u2019s neighbourhood officers with Kendal Street Pastors on Friday and Saturday nights. Cumbria Constabulary\u2019s "
                  "South Lakes neighbourhood team brief the volunteers at 10pm, share radios with them and call "
                  "them to anyone alone or unwell; the pastors run a welfare point in the Market Place until "
                  "3am. Since the scheme began in April 2024 the pastors have helped 612 people, and "
                  "night-time violent crime in the town centre is down 19 per cent year on year.", body),
        KeepTogether([
            Paragraph("\u201cHalf the job on a Saturday night is getting someone home in one piece. The pastors "
                      "do that better than we do.\u201d", quote),
            Paragraph("PC Marcus Relph, South Lakes neighbourhood team", small), Spacer(1, 4)]),
        Paragraph("Episode 4: Eleven Call-outs", ep),
        Paragraph("TX: Tuesday 24 February 2026, 9pm", tx),
        Paragraph("Keswick Mountain Rescue Team answered 11 call-outs in a single August week. Between them, "
                  "the team\u2019s volunteers explain why so many walkers set out in trainers.", body),
        Paragraph("Their Winter Ready evenings are run by Keswick Mountain Rescue Team with the Lake District National Park Authority\u2019s rangers in pubs, hostels and campsites "
                  "from October to March: a one-hour talk on navigation, kit and turning back. Over two winters "
                  "2,300 people came, and call-outs to walkers without a torch or map fell from 58 to 31. "
                  "The episode follows one night rescue on Blencathra.", body),
        Paragraph("Episodes 5 and 6: The Flood and The Long Road", ep),
        Paragraph("TX: Tuesdays 3 and 10 March 2026, 9pm", tx),
        Paragraph("Storm Ellis brings the River Eden over its banks in Appleby, and the series ends on the M6 "
                  "with the roads policing unit on a night shift that runs from Shap to the Scottish border.", body),
        Paragraph("Talent and interviews", h2),
        Paragraph("Contributors are available for interview from 20 January. Cumbria Constabulary\u2019s press "
                  "office handles requests to speak to officers (01632 960 214). Images are available at the "
                  "press site; credit \u00a9 Northlight Films 2026. Series running time: 6 x 60\u2019 including "
                  "breaks.", body),
        Paragraph("Contact: Megan Holt, Unit Publicist, 01632 960 377. Northlight Films Ltd, Quayside House, "
                  "Newcastle upon Tyne NE1 3DX. Registered in England no. 08821473.", small),
    ]
    doc.build(story)


# ================================================================== 2. A High Sheriff's report of the shrieval year (PDF)

HS_CLARET = colors.HexColor("#6B1E2E")
HS_FILE = "high-sheriff-of-derbyshire-report-of-the-shrieval-year-2025-26.pdf"


def _hs_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setStrokeColor(HS_CLARET)
    canvas.setLineWidth(0.8)
    canvas.line(22 * mm, height - 16 * mm, width - 22 * mm, height - 16 * mm)
    canvas.setFont("Times-Italic", 9)
    canvas.setFillColor(HS_CLARET)
    canvas.drawCentredString(width / 2, height - 13 * mm, "The High Sheriff of Derbyshire \u00b7 Report of the Year 2025\u201326")
    canvas.setFont("Times-Roman", 9)
    canvas.setFillColor(colors.black)
    canvas.drawCentredString(width / 2, 12 * mm, "\u2014 %d \u2014" % page)
    canvas.restoreState()


def sheriff_report(out: Path) -> None:
    width, height = A4
    margin = 22 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / HS_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=24 * mm, bottomMargin=20 * mm, title="Report of the Shrieval Year 2025-26",
                          author="The High Sheriff of Derbyshire", subject="High Sheriff", creator="Shrievalty office",
                          invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(margin, 18 * mm, full_w, height - 42 * mm, id="f")],
                                       onPage=_hs_page)])
    title = _style("t", "Times-Bold", 22, leading=27, color=HS_CLARET, align=1, after=2)
    sub = _style("s", "Times-Italic", 12, leading=15, align=1, after=12)
    h2 = _style("h2", "Times-Bold", 13.5, leading=17, color=HS_CLARET, before=8, after=4)
    h3 = _style("h3", "Times-Bold", 11, leading=14, before=6, after=2)
    body = _style("b", "Times-Roman", 11, leading=14.5, after=6, align=4)
    small = _style("sm", "Times-Roman", 9, leading=11.5, after=2)
    cell = _style("c", "Times-Roman", 9.5, leading=12)
    head = _style("hd", "Times-Bold", 9.5, leading=12, color=colors.white)

    story = [
        Paragraph("Report of the Shrieval Year", title),
        Paragraph("Caroline Ashworth-Bayley DL, High Sheriff of Derbyshire, April 2025 to April 2026", sub),
        Paragraph("A year in the oldest secular office", h2),
        Paragraph("When I made my declaration in Derby on 9 April 2025 I joined a line of High Sheriffs of "
                  "this county going back more than a thousand years. The office has lost its old powers, but it "
                  "keeps a duty to support the Crown, the judiciary, the police and the emergency services, and "
                  "to thank the volunteers who make our communities safer. This short report is my account of "
                  "that year, offered to my successor and to all who helped me.", body),
        _grid([["My year", ""], ["Engagements attended", "212"], ["Court sittings observed", "14"],
               ["Police and fire stations visited", "23"], ["Miles driven (my own car, at my own cost)", "9,860"]],
              [full_w * 0.7, full_w * 0.3], cell, head_style=head, head_fill=HS_CLARET, zebra=colors.HexColor("#F5ECEE")),
        Spacer(1, 6),
        Paragraph("The High Sheriff\u2019s Awards", h2),
        Paragraph("Each year the High Sheriff presents awards, with a grant of \u00a31,500 from the Derbyshire "
                  "High Sheriff Trust, to people and groups whose work deserves to be better known. At the "
                  "ceremony at Chatsworth on 12 March 2026 I made three awards.", body),
        Paragraph("Glossop Throttle Back", h3),
        Paragraph("Throttle Back began in a Glossop lock-up in 2023. Derbyshire Constabulary\u2019s off-road bike team and the youth workers of the Glossop "
                  "charity Hilltop Youth run a Tuesday evening workshop where young people caught riding "
                  "illegally on the moors learn to strip and service a bike and then ride legally on a licensed "
                  "track at Tintwistle. Of the 47 young people referred, 41 finished the course, and reports of "
                  "nuisance off-road bikes in High Peak fell by 36 per cent in its second year.", body),
        Paragraph("Amber Court Companions", h3),
        Paragraph("Amber Court Companions is a volunteer service of the Derby charity Amber Road, working in the waiting areas of Derby Magistrates\u2019 Court "
                  "and Derby Combined Court Centre. Its volunteers meet witnesses of domestic abuse before they "
                  "give evidence, sit with them and walk them to their cars. In 2025 they supported 318 "
                  "witnesses, and the court\u2019s witness service records that no witness they supported left "
                  "before giving evidence.", body),
        Paragraph("Operation Dovestone Ranger", h3),
        Paragraph("Operation Dovestone Ranger is the Rural Crime Team\u2019s summer operation by Derbyshire Constabulary with the Peak District National Park "
                  "Authority\u2019s rangers against wildfires, off-road driving on green lanes and raptor "
                  "persecution. Officers and rangers patrol together on busy weekends and share drone footage. "
                  "In summer 2025 they seized 17 vehicles, and moorland fires in the national park fell from "
                  "29 to 12.", body),
        Paragraph("Courts, custody and the emergency services", h2),
        Paragraph("I sat with Her Honour Judge Pryce at Derby Crown Court, visited the custody suite at "
                  "Chesterfield at 2am on a Saturday, and spent a shift with the fire crews at Ascot Drive. I "
                  "thank the Chief Constable and the Police and Crime Commissioner for their welcome. None of "
                  "this is work of my own: the High Sheriff watches, listens and thanks.", body),
        Paragraph("Thanks", h2),
        Paragraph("My thanks go to my Under Sheriff, my chaplain, the Lord-Lieutenant and his office, and to "
                  "my husband, who drove many of those miles. My successor, Mr Imran Qureshi DL, takes office on "
                  "8 April 2026.", body),
        Spacer(1, 6),
        Paragraph("The Derbyshire High Sheriff Trust is a registered charity, no. 1162480. Office of the High "
                  "Sheriff, c/o County Hall, Matlock DE4 3AG. Telephone 01632 960 118.", small),
    ]
    doc.build(story)


# ================================================================== 3. A housing association's complaints performance report (PDF)

CG_GREEN = colors.HexColor("#1D6B4F")
CG_FILE = "castlegate-homes-complaints-performance-and-service-improvement-report-2024-25.pdf"


def _cg_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(CG_GREEN)
    canvas.rect(0, 0, 8 * mm, height, stroke=0, fill=1)
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(20 * mm, 11 * mm, "Castlegate Homes \u00b7 Annual Complaints Performance and Service Improvement Report 2024/25")
    canvas.drawRightString(width - 18 * mm, 11 * mm, "Page %d" % page)
    canvas.restoreState()


def complaints_report(out: Path) -> None:
    width, height = A4
    left, right = 20 * mm, 18 * mm
    full_w = width - left - right
    doc = BaseDocTemplate(str(out / CG_FILE), pagesize=A4, leftMargin=left, rightMargin=right,
                          topMargin=18 * mm, bottomMargin=20 * mm,
                          title="Annual Complaints Performance and Service Improvement Report 2024/25",
                          author="Castlegate Homes", subject="Complaints", creator="Castlegate Homes", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(left, 18 * mm, full_w, height - 36 * mm, id="f")],
                                       onPage=_cg_page)])
    title = _style("t", "Helvetica-Bold", 19, leading=23, color=CG_GREEN, after=4)
    sub = _style("s", "Helvetica", 10, leading=13, color=colors.HexColor("#444444"), after=10)
    h2 = _style("h2", "Helvetica-Bold", 12, leading=15, color=CG_GREEN, before=8, after=4)
    body = _style("b", "Helvetica", 9.5, leading=13, after=6)
    cell = _style("c", "Helvetica", 8.5, leading=11)
    head = _style("hd", "Helvetica-Bold", 8.5, leading=11, color=colors.white)
    small = _style("sm", "Helvetica", 8, leading=10.5, after=2)

    story = [
        Paragraph("Annual Complaints Performance and Service Improvement Report 2024/25", title),
        Paragraph("Published under paragraph 7.1 of the Housing Ombudsman\u2019s Complaint Handling Code. "
                  "Considered by the Board on 17 June 2025, with the Board\u2019s response at section 6.", sub),
        Paragraph("1. Introduction", h2),
        Paragraph("Castlegate Homes owns and manages 8,400 homes in Gateshead and South Tyneside. This report "
                  "sets out how many complaints we received, how quickly we answered them, what the Housing "
                  "Ombudsman decided about us, and what we changed because of what tenants told us.", body),
        Paragraph("2. Complaints received", h2),
        _grid([["", "2023/24", "2024/25"], ["Stage 1 complaints received", "571", "612"],
               ["Stage 1 answered within 10 working days", "81%", "93%"],
               ["Stage 2 complaints received", "64", "49"],
               ["Stage 2 answered within 20 working days", "77%", "96%"],
               ["Ombudsman determinations", "6", "4"]],
              [full_w * 0.6, full_w * 0.2, full_w * 0.2], cell, head_style=head, head_fill=CG_GREEN,
              zebra=colors.HexColor("#EAF3EE")),
        Spacer(1, 6),
        Paragraph("3. What complaints were about", h2),
        Paragraph("Repairs remained the largest category (52 per cent), followed by anti-social behaviour "
                  "(16 per cent), damp and mould (11 per cent) and staff conduct (6 per cent). Complaints about "
                  "anti-social behaviour usually said that we took too long to act and passed tenants between "
                  "our staff and the police.", body),
        Paragraph("4. Ombudsman determinations", h2),
        Paragraph("The Ombudsman made four determinations: two findings of service failure (case references "
                  "202318774 and 202321065) about repair delays, one of maladministration about our handling of "
                  "a noise complaint, and one of no maladministration. We paid \u00a31,350 in ordered "
                  "compensation.", body),
        Paragraph("5. Learning from complaints: what we changed", h2),
        Paragraph("5.1 Joint anti-social behaviour hub in Felling", body),
        Paragraph("Since September 2024 our ASB caseworkers have sat at Felling police office two days a week "
                  "with Northumbria Police\u2019s Gateshead neighbourhood policing team. Cases are triaged "
                  "together at a Monday meeting, tenants get one named contact, and evidence from our noise app "
                  "goes straight to the officers. ASB complaints at stage 1 fell from 96 to 58, and the average "
                  "time to close an ASB case fell from 47 days to 28.", body),
        Paragraph("5.2 Safer blocks lighting and door entry programme", body),
        Paragraph("After 41 complaints about unsafe entrances, our estates team replaced door entry systems and "
                  "fitted LED lighting in 22 low-rise blocks in Jarrow and Hebburn between October 2024 and "
                  "March 2025. Reports of people sleeping or using drugs in communal areas in those blocks fell "
                  "by 64 per cent.", body),
        Paragraph("5.3 Other changes", body),
        Paragraph("We rewrote our complaint letters in plain English, added a call-back within 48 hours and "
                  "trained 140 staff in the Code.", body),
        Paragraph("6. The Board\u2019s response", h2),
        Paragraph("The Board notes the improvement in response times and asks for a further report on repairs "
                  "complaints in December 2025. The Member Responsible for Complaints is Ms Joan Okafor.", body),
        Paragraph("How to complain: phone 01632 960 845, email complaints@castlegate.example.org.uk or write to "
                  "Castlegate Homes, 3 Quarry Lane, Gateshead NE10 0PQ. Castlegate Homes is a registered provider "
                  "of social housing, no. L4472.", small),
    ]
    doc.build(story)


# ================================================================== Word helpers (adapted from the thirty-fourth set)


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




# ================================================================== 4. A local radio station's breakfast show running order (Word)

RO_FILE = "radio-severn-vale-breakfast-running-order-2025-11-18.docx"


def running_order(out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    document = Document()
    _normal(document, "Arial", 9.5)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(1.5)
    section.left_margin = section.right_margin = Cm(1.6)
    _header_footer(document, "RADIO SEVERN VALE", "BREAKFAST \u2013 RUNNING ORDER", "Tue 18 Nov 2025",
                   "Internal \u2013 not for circulation\t\t", 2, size=8, bold_centre=True)
    _p(document, "Breakfast with Jo Merrick", size=16, bold=True, after=2)
    _p(document, "Tuesday 18 November 2025, 06:00\u201310:00  |  95.4 and 102.1 FM, DAB and online", size=10, after=2)
    _p(document, "Producer: Sam Okoro (ext. 2214)  |  BJ: Priya Lal  |  Studio 1  |  Version 4, 05:40", size=9,
       italic=True, after=8)
    rows = [["Time", "Item", "Source", "Dur", "Notes"],
            ["06:00", "News and travel", "Newsroom", "3\u201900", "Lead: A449 closure at Kidderminster"],
            ["06:10", "Weather", "Met Office feed", "1\u201900", "Frost, fog on the Malverns"],
            ["06:40", "Phone-in trail: \u2018Is your village getting quieter?\u2019", "Jo", "0\u201930",
             "Lines open 01632 960 480, text 81777"],
            ["07:20", "LIVE: Insp Carys Morgan, West Mercia Police \u2013 Operation Orchard", "ISDN Hereford",
             "6\u201900", "See brief 1"],
            ["07:30", "News, sport, travel", "Newsroom", "5\u201900", ""],
            ["08:10", "PKG: Teme Valley Good Neighbours \u2013 no cold calling", "Pre-rec (Ali)", "4\u201930",
             "See brief 2. Out words: \u2018\u2026 a knock at the door.\u2019"],
            ["08:30", "Competition: Win a Christmas hamper", "Jo", "3\u201900", "Code word at 08:32"],
            ["09:15", "What\u2019s on: Ledbury Christmas lights switch-on", "Jo", "1\u201930", "Sat 29 Nov, 5pm"],
            ["09:55", "Handover to Mid-Morning", "Jo / Dev", "2\u201900", ""]]
    _docx_table(document, rows, widths=[1.6, 9.0, 3.4, 1.4, 11.0], size=8.5, head_fill="1E3A5F",
                head_colour="FFFFFF")
    _p(document, "", after=4)
    document.add_heading("Brief 1 \u2013 07:20 LIVE: Operation Orchard", level=2)
    _p(document, "Guest: Inspector Carys Morgan, rural and neighbourhood inspector for Herefordshire, West Mercia "
       "Police. On the ISDN from Hereford police station. Press office contact: 01632 960 302.", after=4)
    _p(document, "Background for Jo:", bold=True, after=2)
    _p(document, "Operation Orchard is West Mercia Police\u2019s response to shed and outbuilding break-ins "
       "across the villages between Ledbury and Bromyard. Since April the force\u2019s PCSOs have run marking "
       "days in village halls with Herefordshire Council\u2019s community wardens, who deliver shed alarms to "
       "older residents. They have marked 1,900 tools and fitted 420 alarms, and shed burglaries in the area "
       "are down 33 per cent on last year. Two men were charged last week after tools marked at a Bosbury "
       "session turned up at a car boot sale.", after=4)
    _p(document, "Suggested questions: What is being stolen? Why villages? How do I book a marking day? "
       "AVOID the Bosbury case detail \u2013 court case is live (Hereford Magistrates, 2 December).", italic=True,
       after=8)
    document.add_heading("Brief 2 \u2013 08:10 PKG: No cold calling in the Teme Valley", level=2)
    _p(document, "Reporter: Ali Hassan. Duration 4\u201930. Clean. Contributors: Margaret Price (Good "
       "Neighbours co-ordinator), a resident in Tenbury Wells.", after=4)
    _p(document, "Cue:", bold=True, after=2)
    _p(document, "Teme Valley Good Neighbours has set up fourteen no cold calling zones in villages around Tenbury Wells with Worcestershire County Council\u2019s "
       "trading standards team. Volunteers put up the signs, give every household a door sticker and a card to "
       "ring if a trader calls uninvited, and trading standards officers visit the traders who ignore it. "
       "Doorstep crime reports from the zones fell from 23 to 6 in a year, and residents say they feel safer "
       "answering the door. Ali Hassan went to meet them\u2026", after=8)
    document.add_heading("Phone-in notes", level=2)
    _p(document, "Take calls on village policing and shops closing. No callers giving full addresses. Delay "
       "on 7 seconds. If a caller reports a crime in progress, tell them to hang up and dial 999.", after=4)
    _save_docx(document, out / RO_FILE, "Breakfast running order 18/11/2025", "Radio Severn Vale")


# ================================================================== 5. A civil engineering contractor's toolbox talk (Word)

TT_FILE = "harrowgate-civil-engineering-toolbox-talk-tbt-047-plant-and-tool-theft.docx"


def toolbox_talk(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Calibri", 10.5)
    _page_setup(document, 1.6, 1.6, 1.8, 1.8)
    _heading_colours(document, "C75B12", "Calibri")
    _header_footer(document, "Harrowgate Civil Engineering Ltd", "TOOLBOX TALK", "TBT-047 Rev 2",
                   "HSQE form F-12 \u00b7 Uncontrolled when printed\t\t", 2, size=8, bold_centre=True)
    document.add_heading("Toolbox Talk TBT-047: Plant and tool theft from site", level=1)
    _docx_table(document, [["Talk length", "10 minutes"], ["Who", "All site operatives, plant operators and "
                          "subcontractors"], ["Delivered by", "Site supervisor or site manager"],
                           ["Issued", "6 October 2025 (Rev 2)"]],
                widths=[4.0, 13.0], size=9.5, label_fill="FBE3D0")
    _p(document, "", after=2)
    document.add_heading("Why we are talking about this", level=2)
    _p(document, "In the last twelve months thieves took plant, tools and fuel worth \u00a384,000 from "
       "Harrowgate sites in Essex, including two excavators from the A120 compound at Marks Tey. Every theft "
       "stops work, and a stolen machine can be on a ferry within hours.", after=6)
    document.add_heading("What the police are doing with us", level=2)
    _p(document, "Operation Groundwork is run by Essex Police\u2019s Rural Engineering Team with the county\u2019s civil engineering firms, including us. Officers "
       "visit sites to check security, mark tools and attachments with a forensic code, and run a Site Watch "
       "messaging group that sends an alert to every member site within minutes of a theft. Since the "
       "operation began in January 2024, 63 contractors have joined, plant thefts from member sites in Essex "
       "have fallen by 46 per cent, and machines worth \u00a31.2 million have been recovered.", after=6)
    document.add_heading("What you must do", level=2)
    for line in ["Immobilise and lock every machine at the end of the shift and put the keys in the key safe.",
                 "Park plant inside the compound, buckets down, away from the gate.",
                 "Never leave tools in an unlocked van overnight.",
                 "Report suspicious vehicles to the site manager. If a theft is in progress, call 999; "
                 "otherwise 101, and quote the site\u2019s Site Watch number."]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Questions to ask the group", level=2)
    for line in ["Where are the keys kept on this site?", "Who locks the compound gate tonight?",
                 "What would you do if you saw a low-loader arrive at 2am?"]:
        document.add_paragraph(line, style="List Number")
    document.add_heading("Attendance register", level=2)
    _docx_table(document, [["Name (print)", "Company", "Signature", "Date"], ["", "", "", ""], ["", "", "", ""],
                           ["", "", "", ""]], widths=[5.0, 4.5, 4.5, 3.0], size=9.5, head_fill="C75B12",
                head_colour="FFFFFF")
    _p(document, "", after=2)
    _p(document, "Return the signed register to the HSQE team within 7 days. Harrowgate Civil Engineering Ltd, "
       "Unit 4 Crown Business Park, Colchester CO4 9YQ.", size=8.5, italic=True)
    _save_docx(document, out / TT_FILE, "TBT-047 Plant and tool theft", "Harrowgate HSQE")


# ================================================================== 6. An inspector's employment reference for a former PCSO (Word)

REF_FILE = "staffordshire-police-employment-reference-former-pcso-leek.docx"


def reference_letter(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Arial", 10.5)
    _page_setup(document, 2.0, 2.0, 2.3, 2.3)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _runs(head, [("Staffordshire Police", True, False), ("  |  Leek Police Station, Leonard Street, Leek ST13 5JH",
                                                         False, False)], size=8.5)
    foot = section.footer.paragraphs[0]
    _runs(foot, [("OFFICIAL \u2013 PERSONAL. This reference is given in confidence for the purpose requested. ",
                  False, False)], size=8)
    _p(document, "PRIVATE AND CONFIDENTIAL", bold=True, after=8)
    for line in ["Ms Helen Dakin", "People Team", "Moorlands Housing Trust", "Brook Street", "Leek ST13 5JF"]:
        _p(document, line, after=0)
    _p(document, "", after=2)
    _p(document, "14 November 2025", after=8)
    _p(document, "Dear Ms Dakin", after=6)
    _p(document, "Reference: Miss Abigail Turner \u2013 application for Community Safety Co-ordinator (your ref. "
       "MHT/2025/118)", bold=True, after=6)
    _p(document, "Thank you for your request of 5 November. I was Abigail\u2019s line manager from March 2021 until "
       "she left Staffordshire Police on 31 October 2025. She served as a Police Community Support Officer "
       "(PCSO 40812) on the Leek neighbourhood team from 12 September 2016. Her sickness absence in the last "
       "two years was 3 days. There were no disciplinary matters.", after=6)
    _p(document, "Abigail was a reliable, calm and popular member of the team, at her best with young people and "
       "with older residents. Two pieces of work show what she can do.", after=6)
    _p(document, "In 2022 Abigail set up the Leek Youth Voice forum for Staffordshire Police with Staffordshire Moorlands District Council\u2019s youth officer. "
       "Thirty young people met monthly at the Foxlowe Arts Centre to tell officers where they felt unsafe; "
       "their walkabout led to new lighting in Brough Park and a change to our patrol times. Anti-social "
       "behaviour reports in the town centre fell by 27 per cent in the following year.", after=6)
    _p(document, "She also ran the force\u2019s Scam Savvy cafes from 2023, monthly sessions in Leek, Cheddleton and Biddulph libraries with Staffordshire County "
       "Council\u2019s library service, at which she explained current scams and fitted call blockers for those "
       "who wanted them. Around 540 residents attended, and reported losses to doorstep and telephone fraud "
       "among over-75s in the Moorlands fell from \u00a361,000 to \u00a319,000 a year.", after=6)
    _p(document, "I have no hesitation in recommending Abigail for the post. I am happy to speak to you on "
       "01632 960 561.", after=10)
    _p(document, "Yours sincerely", after=24)
    _p(document, "Inspector Mark Eardley", bold=True, after=0)
    _p(document, "Neighbourhood Inspector, Staffordshire Moorlands", after=0)
    _save_docx(document, out / REF_FILE, "Reference - A Turner", "Mark Eardley")


# ================================================================== 7. A university's academic staff profile page (HTML)

PROFILE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Dr Priya Nandakumar | Staff profiles | Teesdale University</title>
<meta name="description" content="Staff profile of Dr Priya Nandakumar, Senior Lecturer in Criminology.">
<link rel="stylesheet" href="/assets/css/tu-2025.css">
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies">
  <p>We use cookies to make this site work and to understand how you use it.</p>
  <button>Accept all cookies</button> <button>Reject non-essential cookies</button>
</div>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">Teesdale University</a>
  <nav aria-label="Main"><ul>
    <li><a href="/study">Study</a></li><li><a href="/research">Research</a></li>
    <li><a href="/business">Business</a></li><li><a href="/about">About</a></li>
  </ul></nav>
  <form role="search"><input type="search" placeholder="Search Teesdale University"></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/staff">Staff profiles</a></li>
  <li><a href="/schools/social-sciences">School of Social Sciences, Humanities and Law</a></li>
  <li aria-current="page">Dr Priya Nandakumar</li>
</ol></nav>
<main id="main">
  <section class="profile-head">
    <img src="/staff/photos/p-nandakumar.jpg" alt="Dr Priya Nandakumar">
    <h1>Dr Priya Nandakumar</h1>
    <p class="role">Senior Lecturer in Criminology</p>
    <ul class="contact">
      <li>Email: p.nandakumar@tees.example.ac.uk</li>
      <li>Telephone: 01632 960 733</li>
      <li>Room: Clarendon Building, C2.14</li>
      <li>ORCID: 0000-0002-7714-3390</li>
    </ul>
  </section>
  <nav class="tabs" aria-label="Profile sections"><a href="#overview">Overview</a> <a href="#research">Research</a>
  <a href="#publications">Publications</a> <a href="#teaching">Teaching</a> <a href="#supervision">Supervision</a></nav>
  <section id="overview">
    <h2>Overview</h2>
    <p>Priya joined Teesdale University in 2017 after a PhD at the University of Leeds on police demand. Her work
    asks why some people call the police again and again, and what happens when services plan around them. She is
    a Fellow of the Higher Education Academy and a member of the British Society of Criminology.</p>
  </section>
  <section id="research">
    <h2>Research</h2>
    <h3>Research interests</h3>
    <ul><li>Police demand and repeat calls for service</li><li>Transport and safety</li><li>Evidence-based
    policing and partnership working</li></ul>
    <h3>Selected projects</h3>
    <article class="project">
      <h4>Demand Lens (Knowledge Transfer Partnership, 2022&ndash;2025)</h4>
      <p>Demand Lens was a Knowledge Transfer Partnership between Teesdale University and Durham Constabulary.
      A graduate associate based in the force's control room built, with Priya and the force's analysts, a
      weekly list of the addresses and people behind the most repeat calls, which neighbourhood teams then took
      on as problem-solving cases. Across the 120 addresses worked on, repeat calls fell by 38 per cent in the
      following six months, and the force estimates 2,900 hours of officer time were released in the first
      year.</p>
      <p class="meta">Funder: Innovate UK and Durham Constabulary. Value: &pound;214,000. KTP no. 13022.</p>
    </article>
    <article class="project">
      <h4>Safer Stations Tees (2023&ndash;2024)</h4>
      <p>Safer Stations Tees was run by the Tees Valley Community Rail Partnership at six unstaffed stations
      between Saltburn and Bishop Auckland. Its volunteers adopted each station, reported faults in the lighting
      and help points weekly and ran evening 'station friends' shifts with the rail partnership's staff. Priya led
      the evaluation: women who felt unsafe waiting after dark fell from 61 to 37 per cent across two surveys,
      and damage reports at the six stations halved.</p>
      <p class="meta">Funder: a community rail development fund. Value: &pound;18,500.</p>
    </article>
    <h3>Grants</h3>
    <table><thead><tr><th>Year</th><th>Title</th><th>Funder</th><th>Role</th><th>Value</th></tr></thead>
    <tbody>
      <tr><td>2025</td><td>Calls that never end: a national study</td><td>ESRC</td><td>PI</td><td>&pound;498,000</td></tr>
      <tr><td>2022</td><td>Demand Lens</td><td>Innovate UK</td><td>Academic lead</td><td>&pound;214,000</td></tr>
      <tr><td>2019</td><td>Seed grant: repeat callers</td><td>Teesdale University</td><td>PI</td><td>&pound;4,800</td></tr>
    </tbody></table>
  </section>
  <section id="publications">
    <h2>Publications</h2>
    <ol>
      <li>Nandakumar, P. and Shaw, L. (2025) 'Who calls again? Repeat demand in a county force', <em>Policing: A
      Journal of Policy and Practice</em>, 19, paae041.</li>
      <li>Nandakumar, P. (2023) 'Stations after dark', <em>Crime Prevention and Community Safety</em>, 25(3),
      pp. 211&ndash;229.</li>
      <li>Nandakumar, P. (2020) <em>Policing Demand</em>. Bristol: Policy Press. 224 pp.</li>
    </ol>
  </section>
  <section id="teaching">
    <h2>Teaching</h2>
    <p>Module leader: CRM2004 Policing and Society (Year 2); CRM3010 Dissertation (Year 3). Programme leader
    for BSc (Hons) Criminology and Policing since September 2021.</p>
  </section>
  <section id="supervision">
    <h2>Supervision</h2>
    <p>Priya supervises four PhD students and welcomes enquiries on police demand and public transport safety.
    Current students: Amy Collier (repeat missing persons), Jonah Reed (rail crime data).</p>
  </section>
</main>
<footer class="site-footer">
  <p>Teesdale University, Southfield Road, Middlesbrough TS1 3BX. Tel 01632 960 700.</p>
  <p><a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/foi">Freedom of
  information</a> | &copy; Teesdale University 2025</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. An online bookshop's product page for a police memoir (HTML)

BOOK_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Thirty Years on the Beat by Graham Ashdown | Paperback | Quillstone Books</title>
<script type="application/ld+json">{"@type": "Book", "name": "Thirty Years on the Beat", "isbn": "9781914337261"}</script>
</head>
<body>
<div id="consent"><p>Quillstone uses cookies to remember your basket.</p><button>OK</button></div>
<div class="promo-bar">Free UK delivery on orders over &pound;25 &middot; Order by 18 December for Christmas</div>
<header>
  <a class="brand" href="/">Quillstone Books</a>
  <form role="search"><input type="search" placeholder="Search titles, authors, ISBN"></form>
  <a href="/account">Sign in</a> <a href="/basket">Basket (0)</a>
  <nav><a href="/fiction">Fiction</a> <a href="/non-fiction">Non-fiction</a> <a href="/true-crime">True crime</a>
  <a href="/local-authors">Local authors</a> <a href="/offers">Offers</a></nav>
</header>
<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/non-fiction">Non-fiction</a> &gt;
<a href="/biography">Biography &amp; memoir</a> &gt; Thirty Years on the Beat</nav>
<main>
  <div class="product">
    <img src="/covers/9781914337261.jpg" alt="Cover: a police helmet on a harbour wall at dusk">
    <h1>Thirty Years on the Beat</h1>
    <p class="subtitle">A Kent Copper's Life, from Margate to Maidstone</p>
    <p class="author">by <a href="/author/graham-ashdown">Graham Ashdown</a> (Author)</p>
    <p class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 4.4 (87 reviews)</p>
    <div class="buy">
      <p class="price">&pound;10.99 <s>&pound;12.99</s> Save 15%</p>
      <p>In stock. Dispatched within 1 to 2 working days.</p>
      <button>Add to basket</button> <button>Add to wishlist</button>
      <p>Also available: eBook &pound;5.99 | Audiobook &pound;14.99</p>
    </div>
  </div>
  <section class="description">
    <h2>Description</h2>
    <p>In 1989 Graham Ashdown walked out of training school and onto the seafront at Margate with a whistle, a
    notebook and a radio that worked on a good day. Over thirty years with Kent Police he was a beat bobby, a
    custody sergeant, a detective on the burglary squad and, at the end, the inspector for Maidstone town
    centre.</p>
    <p>Warm, funny and sometimes heartbreaking, this is his story: the night shift when the pier caught fire,
    the first death message he had to deliver, the colleagues who held him together, and the slow change from
    the policing of his father's generation to the policing of today. It is a book about people rather than
    operations, and about what it costs to keep doing the job.</p>
    <p><strong>'The best police memoir I have read in years.'</strong> &ndash; Kent Messenger</p>
  </section>
  <section class="details">
    <h2>Product details</h2>
    <table>
      <tr><th>Publisher</th><td>Shepway Press</td></tr>
      <tr><th>Publication date</th><td>6 March 2025</td></tr>
      <tr><th>Format</th><td>Paperback, 312 pages</td></tr>
      <tr><th>ISBN-13</th><td>9781914337261</td></tr>
      <tr><th>Dimensions</th><td>198 x 129 x 22 mm</td></tr>
      <tr><th>Weight</th><td>265 g</td></tr>
    </table>
  </section>
  <section class="about-author">
    <h2>About the author</h2>
    <p>Graham Ashdown was born in Ramsgate in 1967. He retired from Kent Police in 2019 and now volunteers with
    a lifeboat crew and a local history society. He lives in Broadstairs with his wife and two spaniels.</p>
  </section>
  <section class="reviews">
    <h2>Customer reviews</h2>
    <div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733; <strong>Couldn't put it down</strong></p>
    <p>By Jan on 12 April 2025. Verified purchase.</p><p>My late husband served with Graham in the 1990s. Every
    page rang true.</p><p>14 people found this helpful</p></div>
    <div class="review"><p>&#9733;&#9733;&#9733;&#9734;&#9734; <strong>Good but long</strong></p>
    <p>By Reader2211 on 3 June 2025. Verified purchase.</p><p>The Margate chapters are brilliant; the middle sags.</p>
    <p>3 people found this helpful</p></div>
  </section>
  <section class="also-bought">
    <h2>Customers who bought this also bought</h2>
    <ul>
      <li>Operation Nightjar: Inside a Drugs Raid &ndash; &pound;9.99</li>
      <li>The Safer Streets Diaries &ndash; &pound;8.99</li>
      <li>Blue Lamp, Grey Sea: Policing the Kent Coast &ndash; &pound;11.99</li>
    </ul>
  </section>
</main>
<footer>
  <p>Quillstone Books Ltd, 21 High Street, Faversham ME13 7JE. Company no. 10442873. VAT GB 274 1190 32.</p>
  <p><a href="/delivery">Delivery</a> | <a href="/returns">Returns</a> | <a href="/privacy">Privacy</a></p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A council-run community lottery's good cause page (HTML)

LOTTERY_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Sutton Bike Hub CIC | Good causes | Ashfield Community Lottery</title>
</head>
<body>
<div class="cookies"><p>This site uses essential cookies only.</p><button>Close</button></div>
<header>
  <a class="logo" href="/">Ashfield Community Lottery</a>
  <p class="strap">Play for just &pound;1 a week. 60p of every ticket goes to good causes.</p>
  <nav><a href="/play">Play now</a> <a href="/causes">Good causes</a> <a href="/results">Results</a>
  <a href="/how">How it works</a> <a href="/login">Log in</a></nav>
</header>
<main>
  <nav class="crumbs"><a href="/">Home</a> / <a href="/causes">Good causes</a> / Sutton Bike Hub CIC</nav>
  <h1>Sutton Bike Hub CIC</h1>
  <p class="place">Sutton-in-Ashfield &middot; Category: Community safety and young people</p>
  <div class="stats">
    <p><strong>148</strong> supporters</p>
    <p><strong>212</strong> tickets a week</p>
    <p><strong>&pound;6,614</strong> raised this year</p>
  </div>
  <a class="button" href="/play?cause=2231">Support this cause</a>
  <section class="about">
    <h2>About us</h2>
    <p>We are a community interest company run from a former bakery on Outram Street. We mend bikes, teach
    bike maintenance and sell refurbished bikes at low prices. Company no. 12988410.</p>
    <h2>What we do with the police</h2>
    <p>Second Spin is our scheme with Nottinghamshire Police's Ashfield neighbourhood team. Bikes that officers
    recover and cannot return to their owners come to us instead of going to auction. Our volunteers and young
    people on our maintenance course refurbish them, the team security marks and registers every one, and we
    give them to young people referred by schools and the youth service. Since 2023 we have given away 286 bikes,
    and in the streets around the hub reported cycle thefts have fallen by a fifth.</p>
    <h2>What your support pays for</h2>
    <p>Every &pound;1 ticket gives us 60p. This year's money will pay for tyres, chains and locks (about &pound;35
    a bike) and for the rent of our workshop, &pound;450 a month.</p>
  </section>
  <aside class="draw">
    <h2>Next draw</h2>
    <p>Saturday 22 November 2025, 8pm. Jackpot &pound;25,000 for six matching numbers.</p>
    <p>Last week's winning numbers: 4 1 9 0 6 2</p>
  </aside>
</main>
<footer>
  <p>Ashfield Community Lottery is run by Ashfield District Council, licensed by the Gambling Commission
  (licence 000-047281-R-329190-003). Must be 18 or over to play. BeGambleAware.org</p>
  <p>Ashfield District Council, Urban Road, Kirkby-in-Ashfield NG17 8DA.</p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A pull request description with review comments (Markdown)

PR_MD = """# Add Safe Haven venues layer to the map #218

**Open** &middot; `jess-tran` wants to merge 6 commits into `main` from `feature/safe-havens-layer`

Labels: `enhancement` `data` &middot; Reviewers: @mo-idris (approved), @k-bell (changes requested) &middot;
Milestone: v2.4 &middot; Files changed: 9 (+412 &minus;37)

---

## What this PR does

Adds a new optional layer, **Safe Havens**, to the Southampton Safer Places map, with a filter for venues that
are open late and a pop-up showing opening hours and whether the venue has step-free access.

## Why

Safe Haven Southampton is run by Hampshire and Isle of Wight Constabulary's city centre neighbourhood team with
Southampton City Council's community safety team. Shops, cafes, pubs and the central library sign up as places
where anyone who feels frightened, lost or in danger can wait while staff call a friend, a taxi or the police.
Officers train the staff at each venue. Since the scheme started in May 2022, 63 venues have joined and staff
have recorded 410 uses; in the council's last survey, 58 per cent of young women in the city centre said they
knew where to go for help, up from 21 per cent. The scheme asked us to put the venues on the map because people
could not find them.

## How

- New `SafeHavenLayer` component reading `data/safe-havens.geojson` (63 features, schema v3).
- Nightly import job `jobs/import_safe_havens.py` from the council's open data endpoint.
- Pop-up reuses `VenueCard`; adds `openLate` and `stepFree` flags.
- Closes #201, refs #175.

## Screenshots

| Before | After |
|---|---|
| ![map without layer](docs/img/218-before.png) | ![map with Safe Havens](docs/img/218-after.png) |

## Checklist

- [x] Tests added (`tests/test_safe_havens.py`, 14 tests)
- [x] Lighthouse accessibility score 98
- [ ] Welsh and Polish strings (follow-up #219)
- [x] Data licence checked: Open Government Licence v3.0

---

### Review comments

**@k-bell** commented on `jobs/import_safe_havens.py` line 42:

> If the endpoint returns an empty list we wipe the layer. Can we keep the last good file instead?

**@jess-tran** replied:

> Good catch, fixed in 7c1e9a4.

**@mo-idris** approved these changes:

> Looks good. Please squash before merging.

---

Checks: **All checks have passed** &middot; build (3m 12s) &middot; test (1m 48s) &middot; lint (22s)

&copy; Southampton City Council Digital &middot; MIT licence
"""


# ================================================================== 11. A diocese's monthly prayer diary (plain text)

PRAYER_TXT = """DIOCESE OF NORWICH
DIOCESAN CYCLE OF PRAYER -- DECEMBER 2025
Plain text edition for screen readers and email

Please pray each day for the parish, school or ministry named, and
for those who serve there. Send entries for March 2026 to
prayer@dioceseofnorwich.example.org.uk by 9 January 2026.

----------------------------------------------------------------------
MONDAY 1 DECEMBER
Pray for the Bishop of Norwich and the Bishop's Staff as they meet
this week, and for all who begin Advent tired.

TUESDAY 2 DECEMBER
Pray for the Benefice of Acle with Fishley, Beighton and Moulton, and
for their Rector, the Revd Sarah Gough.

WEDNESDAY 3 DECEMBER
Pray for Great Yarmouth Street Angels. The Street Angels are church
volunteers who, with Norfolk Constabulary's Great Yarmouth
neighbourhood team, walk the town centre and seafront on Friday and
Saturday nights, giving water, flip-flops and a listening ear, and
staying with anyone vulnerable until help arrives. Officers brief the
teams before each patrol and call them to people who need them. This
year they helped 1,240 people, and the police tell them that calls
for ambulances to the town centre on their nights have fallen by a
quarter. Give thanks for their 46 volunteers.

THURSDAY 4 DECEMBER
Pray for St Mary's Church of England Primary School, Diss, its 212
pupils, staff and governors, as they prepare their Nativity.

FRIDAY 5 DECEMBER
Pray for the chaplains to Norfolk Constabulary and to Norfolk Fire and
Rescue Service, and for all who work through the night.

----------------------------------------------------------------------
SATURDAY 6 DECEMBER
Pray for the Mothers' Union in the Diocese and its Safe Start packs.
The Mothers' Union groups of the diocese fill Safe Start packs for
women and children arriving at refuges run by Haven Way, the Norfolk
domestic abuse charity: toiletries, pyjamas, a toy and a phone
charger for those who leave home with nothing. In 2025 members
delivered 380 packs, and Haven Way says every family arriving at its
refuges this year was given one. Pray for those who arrive in fear.

SUNDAY 7 DECEMBER -- SECOND SUNDAY OF ADVENT
Pray for the Cathedral community and for the Advent Carol Service
at 6pm.

MONDAY 8 DECEMBER
Pray for the Deanery of Holt and its Rural Dean.

----------------------------------------------------------------------
If you or someone you know is affected by domestic abuse, call the
National Domestic Abuse Helpline free on 0808 2000 247. In an
emergency call 999.

Diocesan Office, 109 Dereham Road, Easton, Norwich NR9 5ES.
Telephone 01632 960 950. Registered charity no. 1141892.
"""


TEXT_DOCUMENTS = {
    "teesdale-university-staff-profile-dr-priya-nandakumar.html": PROFILE_HTML,
    "quillstone-books-thirty-years-on-the-beat-paperback.html": BOOK_HTML,
    "ashfield-community-lottery-good-cause-sutton-bike-hub.html": LOTTERY_HTML,
    "southampton-city-council-digital-pull-request-218-safe-havens-layer.md": PR_MD,
    "diocese-of-norwich-cycle-of-prayer-december-2025.txt": PRAYER_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    press_pack(out)
    sheriff_report(out)
    complaints_report(out)
    running_order(out)
    toolbox_talk(out)
    reference_letter(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
