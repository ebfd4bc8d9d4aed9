"""Write the documents of the thirty-sixth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout36/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a secondary academy's prospectus, a local
election candidates' ward leaflet, a training company's tax invoice to a force, a job applicant's
covering letter, a chief superintendent's conference speaking notes with slide cues and an
undergraduate's marked coursework essay with its cover sheet and feedback. The HTML, Markdown and
plain-text documents are kept here as text and written out unchanged; manifest.json lists every
document's intended initiatives.

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

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers (taken from the thirty-fifth set)

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




# ================================================================== 1. A secondary academy's prospectus (PDF)

PE_TEAL = colors.HexColor("#00576B")
PE_GOLD = colors.HexColor("#F2B134")
PE_FILE = "pendle-edge-academy-prospectus-2026-27.pdf"


def _pe_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(PE_TEAL)
    canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
    canvas.setFillColor(PE_GOLD)
    canvas.rect(0, height - 15.5 * mm, width, 1.5 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(16 * mm, height - 9 * mm, "PENDLE EDGE ACADEMY")
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(width - 16 * mm, height - 9 * mm, "Prospectus 2026\u201327")
    canvas.setStrokeColor(PE_TEAL)
    canvas.setLineWidth(0.6)
    canvas.line(16 * mm, 15 * mm, width - 16 * mm, 15 * mm)
    canvas.setFillColor(colors.HexColor("#4A4A4A"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(16 * mm, 10.5 * mm, "Pendle Edge Academy \u00b7 Barrowford Road, Nelson BB9 6AH \u00b7 01632 960 412 "
                      "\u00b7 www.pendleedge.example.sch.uk")
    canvas.drawRightString(width - 16 * mm, 10.5 * mm, "%d" % page)
    canvas.restoreState()


def prospectus(out: Path) -> None:
    width, height = A4
    margin = 16 * mm
    gap = 8 * mm
    col_w = (width - 2 * margin - gap) / 2
    top = height - 22 * mm
    bottom = 19 * mm
    head_h = 52 * mm
    doc = BaseDocTemplate(str(out / PE_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=22 * mm, bottomMargin=bottom, title="Pendle Edge Academy Prospectus 2026-27",
                          author="Pendle Edge Academy", subject="Prospectus", creator="Pendle Edge Academy",
                          invariant=1)
    first = PageTemplate("first", [
        Frame(margin, top - head_h, width - 2 * margin, head_h, id="head", leftPadding=0, rightPadding=0),
        Frame(margin, bottom, col_w, top - head_h - bottom, id="c1", leftPadding=0, rightPadding=0),
        Frame(margin + col_w + gap, bottom, col_w, top - head_h - bottom, id="c2", leftPadding=0, rightPadding=0)],
        onPage=_pe_page)
    later = PageTemplate("later", [
        Frame(margin, bottom, col_w, top - bottom, id="d1", leftPadding=0, rightPadding=0),
        Frame(margin + col_w + gap, bottom, col_w, top - bottom, id="d2", leftPadding=0, rightPadding=0)],
        onPage=_pe_page)
    doc.addPageTemplates([first, later])
    title = _style("t", "Helvetica-Bold", 28, leading=32, color=PE_TEAL, after=2)
    motto = _style("m", "Helvetica-Oblique", 13, leading=16, color=colors.HexColor("#8A6D1E"), after=6)
    lead = _style("l", "Helvetica", 10.5, leading=14, color=colors.HexColor("#333333"), after=4)
    h2 = _style("h2", "Helvetica-Bold", 13, leading=16, color=PE_TEAL, before=6, after=4)
    h3 = _style("h3", "Helvetica-Bold", 10.5, leading=13, color=colors.HexColor("#8A6D1E"), before=4, after=2)
    body = _style("b", "Helvetica", 9.2, leading=12.4, after=5)
    small = _style("s", "Helvetica", 7.8, leading=10, after=2)
    cell = _style("c", "Helvetica", 8.5, leading=10.5)
    label = _style("cl", "Helvetica-Bold", 8.5, leading=10.5, color=PE_TEAL)
    quote = _style("q", "Helvetica-BoldOblique", 11, leading=14, color=PE_TEAL, after=2)

    glance = _grid([[Paragraph("Age range", label), "11\u201316, mixed"],
                    [Paragraph("Pupils on roll", label), "1,080"],
                    [Paragraph("Year 7 places", label), "216"],
                    [Paragraph("Ofsted", label), "Good (January 2024)"],
                    [Paragraph("Progress 8 (2025)", label), "+0.21"],
                    [Paragraph("Trust", label), "Ribble and Pendle Learning Trust"]],
                   [32 * mm, col_w - 32 * mm - 6], cell, line=colors.HexColor("#B9CED4"), inner=False)
    story = [
        Paragraph("Welcome to Pendle Edge", title),
        Paragraph("Aim high \u00b7 be kind \u00b7 belong", motto),
        Paragraph("A mixed 11\u201316 academy on the edge of Nelson, serving Nelson, Brierfield, Barrowford and "
                  "Colne. This prospectus is for families choosing a secondary school for September 2027. Please "
                  "come and see us: our open evening is on Thursday 24 September 2026 from 5.30pm to 8pm.", lead),
        FrameBreak(),
        NextPageTemplate("later"),
        Paragraph("A welcome from the Headteacher", h2),
        Paragraph("Choosing a secondary school is one of the biggest decisions a family makes. At Pendle Edge we "
                  "know every child by name. We expect a great deal of our pupils, in their learning and in how "
                  "they treat one another, and we give them the teaching, the care and the chances to rise to it.",
                  body),
        Paragraph("Our pupils are proud of their school and so are we. I hope this prospectus gives you a flavour "
                  "of what we do, but the best way to find out is to visit on a normal working day. You will "
                  "be very welcome.", body),
        Paragraph("Mrs Helen Greenwood, Headteacher", _style("sig", "Helvetica-Oblique", 9, after=8)),
        Paragraph("At a glance", h3),
        glance,
        Spacer(1, 8),
        Paragraph("Learning at Pendle Edge", h2),
        Paragraph("In Years 7 to 9 every pupil studies English, maths, science, history, geography, French or "
                  "Urdu, computing, art, music, drama, design and technology, PE and personal development. In "
                  "Year 9 pupils choose four GCSE options alongside the core, from 22 subjects including "
                  "engineering, child development and sport science.", body),
        Paragraph("In 2025, 68 per cent of our Year 11 pupils gained a grade 4 or above in both English and "
                  "maths, and our Progress 8 score of +0.21 puts us above the national average. Nine in ten "
                  "of our leavers go on to sixth form college, an apprenticeship or further education.", body),
        Paragraph("Beyond the classroom", h2),
        Paragraph("More than sixty clubs run every week at lunchtime and after school, from robotics, chess and "
                  "the school band to netball, boxing fitness and the Duke of Edinburgh\u2019s Award at bronze "
                  "and silver. Every Year 7 pupil goes on a residential at Whitehough Outdoor Centre in the "
                  "summer term.", body),
        KeepTogether([Paragraph("\u201cPupils say they feel safe and know who to talk to if they are worried.\u201d",
                                quote),
                      Paragraph("Ofsted, January 2024", small), Spacer(1, 6)]),
        Paragraph("Keeping safe", h2),
        Paragraph("Our pastoral team is led by Mr Imran Siddiq, Deputy Headteacher and Designated Safeguarding "
                  "Lead. Every year group has its own non-teaching head of year, so there is always someone free "
                  "to see a worried pupil or parent during the school day.", body),
        Paragraph("Our Safer Schools officer", h3),
        Paragraph("PC Jade Ormerod of Lancashire Constabulary is based at Pendle Edge every Tuesday and Thursday "
                  "under the force\u2019s Safer Schools Partnership with the academy. She runs lunchtime drop-ins, "
                  "teaches a six-lesson \u2018Choices\u2019 course to every Year 8 class on knife crime, online "
                  "safety and exploitation, and meets our safeguarding team each week to agree a plan for any "
                  "pupil she or we are worried about. Since she joined us in September 2023, the number of "
                  "pupils found with a blade in school has fallen from five a year to none, and in our latest "
                  "survey 91 per cent of Year 8 pupils said they knew how to get help if they felt unsafe.", body),
        Paragraph("Bus Buddies on the school buses", h3),
        Paragraph("Forty Year 10 volunteers, trained by our pastoral team and the bus operator Moorland Coaches, "
                  "ride the five school bus routes from Brierfield, Barrowford and Colne each afternoon. They sit "
                  "with Year 7 pupils, settle arguments before they start and pass any bullying on to heads of "
                  "year the same evening. The scheme began in 2024 after parents raised concerns about behaviour "
                  "on the buses; incidents logged by drivers have since fallen from 37 a term to 9.", body),
        Paragraph("Getting here", h2),
        Paragraph("Pupils who live more than three miles away may be entitled to a free bus pass from Lancashire "
                  "County Council. The academy is a ten-minute walk from Nelson Interchange.", body),
        Paragraph("Admissions", h2),
        Paragraph("Applications for Year 7 in September 2027 are made to Lancashire County Council by 31 October "
                  "2026. Offers are made on 1 March 2027. Headteacher\u2019s tours run at 9.15am on Tuesdays in "
                  "October; book through the school office.", body),
        Paragraph("Uniform is a teal blazer with the academy badge, white shirt, academy tie and black trousers "
                  "or skirt. A uniform grant of \u00a375 is available to families on free school meals.", body),
        Paragraph("Careers and next steps", h2),
        Paragraph("Every pupil has a one-to-one careers interview in Year 10 and again in Year 11 with our "
                  "qualified careers adviser, and a week of work experience in the summer of Year 10. Nelson and "
                  "Colne College, Burnley College and local employers visit for our careers fair each March.",
                  body),
        Paragraph("What parents say", h2),
        Paragraph("\u201cMy son was nervous about moving up, but his form tutor rang us in the first week to say "
                  "how he was settling. That meant a lot.\u201d", quote),
        Paragraph("Parent of a Year 7 pupil, parent survey, July 2025", small),
        Spacer(1, 4),
        Paragraph("\u201cThe homework club and the revision sessions at Easter made all the difference to her "
                  "grades.\u201d", quote),
        Paragraph("Parent of a Year 11 leaver, 2025", small),
        FrameBreak(),
        Paragraph("Dates for your diary", h2),
        _grid([[Paragraph("Open evening", label), "Thursday 24 September 2026, 5.30pm to 8pm"],
               [Paragraph("Headteacher\u2019s tours", label), "Tuesdays in October, 9.15am (book)"],
               [Paragraph("Closing date", label), "31 October 2026"],
               [Paragraph("National offer day", label), "1 March 2027"],
               [Paragraph("New Year 7 induction", label), "Tuesday 6 and Wednesday 7 July 2027"]],
              [34 * mm, col_w - 34 * mm - 6], cell, line=colors.HexColor("#B9CED4"), inner=False),
        Spacer(1, 8),
        Paragraph("Contact us", h2),
        Paragraph("School office: 01632 960 412, open 8am to 4pm. Email office@pendleedge.example.sch.uk. "
                  "For admissions questions ask for Mrs Angela Pickup, Admissions Officer.", body),
        Spacer(1, 6),
        _panel([Paragraph("<b>How to find us</b>", body),
                Paragraph("From the M65 leave at junction 13 and follow signs for Barrowford. The academy is on the "
                          "left after the second roundabout. Visitor parking is by the main entrance; please report "
                          "to reception.", body), Spacer(1, 40)], col_w, fill=colors.HexColor("#E6F0F2")),
        Spacer(1, 8),
        Paragraph("Pendle Edge Academy is part of the Ribble and Pendle Learning Trust, a charitable company limited "
                  "by guarantee registered in England and Wales, no. 10395512. Registered office: Barrowford Road, "
                  "Nelson BB9 6AH. The information in this prospectus was correct in June 2026.", small),
    ]
    doc.build(story)


# ================================================================== 2. Local election candidates' ward leaflet (PDF)

HR_PURPLE = colors.HexColor("#4B2A7B")
HR_LIME = colors.HexColor("#B5D334")
HR_FILE = "hunslet-and-riverside-independents-ward-leaflet-may-2026.pdf"


def _hr_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(HR_PURPLE)
        canvas.rect(0, height - 34 * mm, width, 34 * mm, stroke=0, fill=1)
        canvas.setFillColor(HR_LIME)
        canvas.setFont("Helvetica-Bold", 30)
        canvas.drawString(14 * mm, height - 19 * mm, "HUNSLET & RIVERSIDE")
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 30)
        canvas.drawRightString(width - 14 * mm, height - 19 * mm, "NEWS")
        canvas.setFont("Helvetica", 9.5)
        canvas.drawString(14 * mm, height - 28 * mm, "Spring 2026  \u00b7  Delivered by local volunteers  "
                          "\u00b7  Working all year round, not just at election time")
    else:
        canvas.setFillColor(HR_PURPLE)
        canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(14 * mm, height - 8 * mm, "HUNSLET & RIVERSIDE NEWS")
        canvas.drawRightString(width - 14 * mm, height - 8 * mm, "Polling day: Thursday 7 May")
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(14 * mm, 8 * mm, "Promoted by David Lumb on behalf of Hunslet & Riverside Independents, both at "
                      "12 Whitfield Way, Leeds LS10 2QE. Printed by Aire Print Ltd, 88 Kirkstall Road, Leeds LS4 2AZ.")
    canvas.restoreState()


def _result_chart(width):
    """The 'only we can beat them here' bar chart every ward leaflet carries."""
    rows = [("Labour", 1842, "#C8102E"), ("Independents", 1410, "#4B2A7B"), ("Conservative", 402, "#0087DC"),
            ("Green", 311, "#3F8428"), ("Lib Dem", 148, "#FAA61A")]
    height = 34 * mm
    drawing = Drawing(width, height)
    bar_w = (width - 10) / len(rows) - 8
    for i, (name, votes, colour) in enumerate(rows):
        x = 5 + i * (bar_w + 8)
        h = (height - 22) * votes / 1842
        drawing.add(Rect(x, 12, bar_w, h, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(x + bar_w / 2, 14 + h, "{:,}".format(votes), fontName="Helvetica-Bold", fontSize=7,
                           textAnchor="middle"))
        drawing.add(String(x + bar_w / 2, 3, name, fontName="Helvetica", fontSize=6.5, textAnchor="middle"))
    return drawing


def ward_leaflet(out: Path) -> None:
    width, height = A4
    margin = 14 * mm
    gap = 7 * mm
    col_w = (width - 2 * margin - gap) / 2
    bottom = 14 * mm
    doc = BaseDocTemplate(str(out / HR_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=38 * mm, bottomMargin=bottom, title="Hunslet & Riverside News Spring 2026",
                          author="Hunslet & Riverside Independents", subject="Ward leaflet", creator="Aire Print",
                          invariant=1)
    top1 = height - 38 * mm
    top2 = height - 17 * mm
    first = PageTemplate("first", [
        Frame(margin, bottom, col_w, top1 - bottom, id="a1", leftPadding=0, rightPadding=0),
        Frame(margin + col_w + gap, bottom, col_w, top1 - bottom, id="a2", leftPadding=0, rightPadding=0)],
        onPage=_hr_page)
    later = PageTemplate("later", [
        Frame(margin, bottom, col_w, top2 - bottom, id="b1", leftPadding=0, rightPadding=0),
        Frame(margin + col_w + gap, bottom, col_w, top2 - bottom, id="b2", leftPadding=0, rightPadding=0)],
        onPage=_hr_page)
    doc.addPageTemplates([first, later])
    headline = _style("hl", "Helvetica-Bold", 22, leading=26, color=HR_PURPLE, after=5)
    h2 = _style("h2", "Helvetica-Bold", 15, leading=18, color=HR_PURPLE, before=6, after=3)
    body = _style("b", "Helvetica", 10.8, leading=14.2, after=6)
    bold = _style("bb", "Helvetica-Bold", 11, leading=14, after=5)
    small = _style("s", "Helvetica", 7.8, leading=10, after=2)
    quote = _style("q", "Helvetica-Oblique", 12, leading=15, color=colors.HexColor("#333333"), after=2)
    white = _style("w", "Helvetica-Bold", 12.5, leading=15, color=colors.white, after=2)
    white_s = _style("ws", "Helvetica", 10, leading=13, color=colors.white, after=2)

    story = [
        Paragraph("Shabana: getting things done for Hunslet &amp; Riverside", headline),
        _panel([Paragraph("Meet Shabana Akhtar", white),
                Paragraph("Your Hunslet &amp; Riverside Independents candidate on 7 May. Shabana has lived on "
                          "the Hunslet Road terraces for 19 years, chairs the Church Street residents\u2019 group "
                          "and works as a pharmacy technician at St James\u2019s.", white_s)],
               col_w, fill=HR_PURPLE),
        Spacer(1, 6),
        Paragraph("Towpath patrols are working", h2),
        Paragraph("After residents told us about off-road bikes and dealing on the Aire towpath, Shabana took "
                  "it to the ward\u2019s PACT meeting and kept on at it. West Yorkshire Police\u2019s Hunslet "
                  "neighbourhood team now runs Operation Waterside: officers patrol the towpath between Crown "
                  "Point and Thwaite Mills every week with the Canal &amp; River Trust\u2019s volunteer "
                  "lengthsmen, using two off-road bikes of their own and a drone on Friday evenings. Since the "
                  "operation began last June, officers have seized 11 bikes and reports of anti-social "
                  "behaviour on the towpath are down 40 per cent.", body),
        Paragraph("\u201cI walk the dog down there again. Six months ago I wouldn\u2019t have.\u201d", quote),
        Paragraph("Pauline, Hunslet Road", small),
        FrameBreak(),
        _panel([Spacer(1, 95), Paragraph("[Photo] Shabana with neighbours on the towpath at Thwaite Mills",
                                         _style("cap", "Helvetica-Oblique", 8, color=colors.HexColor("#555555")))],
               col_w, fill=colors.HexColor("#E4E0EC")),
        Spacer(1, 4),
        Paragraph("Ginnels gated at last", h2),
        Paragraph("Leeds City Council\u2019s community safety team has fitted lockable gates to 14 ginnels "
                  "behind the Church Street and Hunslet Road terraces, after residents on each one voted for "
                  "them and were given keys. Burglaries in the gated streets fell from 19 to 6 in the first "
                  "year, and the council\u2019s cleansing team say fly-tipping in the ginnels has all but "
                  "stopped.", body),
        Paragraph("Shabana\u2019s pledges", h2),
        Paragraph("\u2022 A ward surgery every month, in the library and at the Hunslet Green flats<br/>"
                  "\u2022 Fight for more police on the beat and keep the towpath patrols going<br/>"
                  "\u2022 Fix the potholes and the street lights that have been out for months<br/>"
                  "\u2022 Keep Hunslet library open six days a week", body),
        NextPageTemplate("later"),
        PageBreak(),
        Paragraph("Who can win here?", h2),
        Paragraph("Result in Hunslet &amp; Riverside, May 2024. Only the Independents can win here. Every "
                  "vote counts!", small),
        _result_chart(col_w),
        Paragraph("Potholes fixed on Thwaite Gate", h2),
        Paragraph("Shabana reported 23 potholes on Thwaite Gate and Goodman Street in January. Highways have now "
                  "filled 17; we are chasing the rest.", body),
        Paragraph("Bins: still not good enough", h2),
        Paragraph("Missed collections on the Hunslet Green flats are still far too common. We want a named "
                  "officer for every block and a proper recycling point. Sign our petition at "
                  "hunsletindependents.example.org.uk/bins.", body),
        _panel([Spacer(1, 60), Paragraph("[Photo] Shabana reporting potholes on Goodman Street",
                                         _style("cap2", "Helvetica-Oblique", 8, color=colors.HexColor("#555555")))],
               col_w, fill=colors.HexColor("#E4E0EC")),
        Paragraph("Save Hunslet library", h2),
        Paragraph("The library is one of the few warm, free places left in the ward. We will oppose any plan to "
                  "cut its hours.", body),
        FrameBreak(),
        _panel([Paragraph("Your vote on Thursday 7 May", bold),
                Paragraph("Polling stations are open from 7am to 10pm. You need photo ID to vote in person. "
                          "Postal vote applications must reach Leeds City Council by 5pm on 20 April.", body)],
               col_w, fill=colors.HexColor("#EEF6D3")),
        Spacer(1, 6),
        Paragraph("Tell us what you think", h2),
        Paragraph("What are the biggest problems in your street? Tick up to three and return this slip to "
                  "Freepost HUNSLET INDEPENDENTS or hand it to Shabana.", body),
        _grid([["[  ] Speeding", "[  ] Litter and fly-tipping"], ["[  ] Drug dealing", "[  ] Parking"],
               ["[  ] Potholes", "[  ] Anti-social behaviour"],
               ["Name: ____________", "Address: ____________"],
               ["Email: ____________", "Phone: ____________"]],
              [col_w / 2, col_w / 2], body, line=None),
        Paragraph("We will use your details to keep you informed about local issues. See our privacy notice at "
                  "hunsletindependents.example.org.uk/privacy.", small),
        Spacer(1, 10),
        _panel([Paragraph("Contact Shabana", white),
                Paragraph("07700 900 588 \u00b7 shabana@hunsletindependents.example.org.uk<br/>"
                          "Ward surgery: first Saturday of the month, 10am to 12 noon, Hunslet library", white_s)],
               col_w, fill=HR_PURPLE),
    ]
    doc.build(story)


# ================================================================== 3. A training company's tax invoice to a force (PDF)

MF_RED = colors.HexColor("#B8232F")
MF_FILE = "meridian-first-response-training-invoice-inv-20417.pdf"


def _mf_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(MF_RED)
    canvas.rect(18 * mm, height - 30 * mm, 9 * mm, 9 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(22.5 * mm, height - 26.8 * mm, "+")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(30 * mm, height - 25 * mm, "Meridian First Response Training Ltd")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(30 * mm, height - 29.5 * mm, "Unit 7 Orwell Court, Ransomes Europark, Ipswich IP3 9RT  \u00b7  "
                      "01632 960 284  \u00b7  accounts@meridianfirstresponse.example.co.uk")
    canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
    canvas.setLineWidth(0.5)
    canvas.line(18 * mm, 20 * mm, width - 18 * mm, 20 * mm)
    canvas.setFont("Helvetica", 7)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(18 * mm, 15 * mm, "Registered in England and Wales no. 09184427. Registered office as above. "
                      "VAT registration no. GB 318 4471 62.")
    canvas.drawRightString(width - 18 * mm, 15 * mm, "Page 1 of 1")
    canvas.restoreState()


def invoice(out: Path) -> None:
    width, height = A4
    margin = 18 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / MF_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=36 * mm, bottomMargin=24 * mm, title="Invoice INV-20417",
                          author="Meridian First Response Training Ltd", subject="Tax invoice",
                          creator="Meridian accounts", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(margin, 24 * mm, full_w, height - 60 * mm, id="f")],
                                       onPage=_mf_page)])
    big = _style("big", "Helvetica-Bold", 22, leading=26, color=MF_RED, align=2, after=6)
    cell = _style("c", "Helvetica", 8.5, leading=11)
    cell_r = _style("cr", "Helvetica", 8.5, leading=11, align=2)
    head = _style("h", "Helvetica-Bold", 8.5, leading=11, color=colors.white)
    head_r = _style("hr", "Helvetica-Bold", 8.5, leading=11, color=colors.white, align=2)
    label = _style("l", "Helvetica-Bold", 8.5, leading=11)
    body = _style("b", "Helvetica", 8.5, leading=11.5, after=4)
    small = _style("s", "Helvetica", 7.5, leading=9.5, after=2)

    addresses = Table([[
        [Paragraph("<b>Bill to</b>", cell), Paragraph("Suffolk Constabulary", cell),
         Paragraph("Accounts Payable, Finance Department", cell), Paragraph("Police Headquarters, Martlesham Heath",
                                                                              cell),
         Paragraph("Ipswich IP5 3QS", cell)],
        [Paragraph("<b>Course contact</b>", cell), Paragraph("Karen Mayhew, Learning and Development", cell),
         Paragraph("Suffolk Constabulary", cell)],
        _grid([[Paragraph("Invoice no.", label), "INV-20417"], [Paragraph("Invoice date", label), "28 November 2025"],
               [Paragraph("Tax point", label), "28 November 2025"], [Paragraph("Due date", label), "28 December 2025"],
               [Paragraph("Purchase order", label), "4500918273"], [Paragraph("Account", label), "SUF-0042"]],
              [28 * mm, 32 * mm], cell, line=colors.HexColor("#BBBBBB"))]],
        colWidths=[58 * mm, 52 * mm, full_w - 110 * mm])
    addresses.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    items = [["Description", "Date(s)", "Qty", "Unit price", "VAT", "Amount"],
             ["Emergency First Aid at Work (1 day), Martlesham, cohort 14", "3 Nov 2025", "12", "\u00a395.00",
              "20%", "\u00a31,140.00"],
             ["First Aid at Work requalification (2 days), Bury St Edmunds, cohort 6", "10\u201311 Nov 2025", "10",
              "\u00a3180.00", "20%", "\u00a31,800.00"],
             ["Catastrophic bleed and tourniquet training for response officers (half day), Lowestoft",
              "18 Nov 2025", "24", "\u00a345.00", "20%", "\u00a31,080.00"],
             ["Trainer travel and subsistence (2 trainers, 3 trips)", "", "1", "\u00a3164.50", "20%", "\u00a3164.50"],
             ["Course manuals and certificates", "", "46", "\u00a36.50", "20%", "\u00a3299.00"]]
    rows = []
    for r, row in enumerate(items):
        if r == 0:
            rows.append([Paragraph(v, head if c < 2 else head_r) for c, v in enumerate(row)])
        else:
            rows.append([Paragraph(v, cell if c < 2 else cell_r) for c, v in enumerate(row)])
    table = Table(rows, colWidths=[78 * mm, 25 * mm, 12 * mm, 20 * mm, 12 * mm, full_w - 147 * mm])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), MF_RED), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#CCCCCC")),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    totals = _grid([[Paragraph("Subtotal", label), Paragraph("\u00a34,483.50", cell_r)],
                    [Paragraph("VAT at 20%", label), Paragraph("\u00a3896.70", cell_r)],
                    [Paragraph("Total", label), Paragraph("<b>\u00a35,380.20</b>", cell_r)],
                    [Paragraph("Amount paid", label), Paragraph("\u00a30.00", cell_r)],
                    [Paragraph("Balance due (GBP)", label), Paragraph("<b>\u00a35,380.20</b>", cell_r)]],
                   [40 * mm, 30 * mm], cell, line=colors.HexColor("#BBBBBB"))
    totals_row = Table([["", totals]], colWidths=[full_w - 70 * mm, 70 * mm])
    totals_row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story = [
        Paragraph("TAX INVOICE", big),
        addresses,
        Spacer(1, 12),
        table,
        Spacer(1, 8),
        totals_row,
        Spacer(1, 12),
        _panel([Paragraph("<b>How to pay</b>", body),
                Paragraph("By BACS to Meridian First Response Training Ltd, sort code 40-12-76, account no. "
                          "31926604. Please quote INV-20417 as the payment reference. Our bank details changed on "
                          "1 October 2025; please update your supplier record and call us on 01632 960 284 to "
                          "confirm before your first payment.", body)],
               full_w, fill=colors.HexColor("#F6F1F1"), bar=MF_RED),
        Spacer(1, 10),
        Paragraph("<b>Notes</b>", body),
        Paragraph("Delegates\u2019 certificates were issued on the day and are valid for three years. Attendance "
                  "registers and course evaluations were emailed to Learning and Development on 19 November 2025. "
                  "Two delegates booked on cohort 14 did not attend and are charged under our cancellation terms "
                  "(less than 48 hours\u2019 notice). The bleed control course on 18 November was delivered ahead "
                  "of the force\u2019s knife crime week of action, at the request of the Lowestoft response "
                  "inspector.", body),
        Paragraph("Payment terms: 30 days from the invoice date. We may charge interest and compensation on late "
                  "payments under the Late Payment of Commercial Debts (Interest) Act 1998. Queries to "
                  "accounts@meridianfirstresponse.example.co.uk within 14 days, please.", small),
        Spacer(1, 4),
        Paragraph("Thank you for your business.", _style("ty", "Helvetica-Oblique", 9, color=MF_RED)),
    ]
    doc.build(story)



# ================================================================== Word helpers (taken from the thirty-fifth set)


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




# ================================================================== 4. A job applicant's covering letter (Word)

RO_FILE = "rachel-okonjo-covering-letter-community-safety-partnership-manager.docx"


def covering_letter(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Calibri", 11)
    _page_setup(document, 2.0, 2.0, 2.5, 2.5)
    width = _text_width(document)
    section = document.sections[0]
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Rachel Okonjo \u2013 covering letter \u2013 ref. BNES-2025-1187\t\tPage ", False, False)],
          size=8, colour="666666")
    _field(foot, "PAGE", "1", size=8)
    _runs(foot, [(" of ", False, False)], size=8, colour="666666")
    _field(foot, "NUMPAGES", "2", size=8)
    for line in ["Rachel Okonjo", "27 Priory Avenue", "Taunton TA1 1XZ", "07700 900 431",
                 "rachel.okonjo@example.com"]:
        _p(document, line, align="right", after=0, bold=(line == "Rachel Okonjo"))
    _p(document, "", after=4)
    _p(document, "9 January 2026", after=10)
    for line in ["Ms Eleri Pryce", "Head of Community Safety and Resilience", "Bath and North East Somerset Council",
                 "Lewis House, Manvers Street", "Bath BA1 1JG"]:
        _p(document, line, after=0)
    _p(document, "", after=4)
    _p(document, "Dear Ms Pryce", after=8)
    _p(document, "Application for the post of Community Safety Partnership Manager (Grade 10), ref. BNES-2025-1187",
       bold=True, after=8)
    _p(document, "I am writing to apply for the post of Community Safety Partnership Manager, advertised on the "
       "council\u2019s jobs site on 12 December. I have worked in anti-social behaviour and community safety for "
       "eleven years, first as a tenancy enforcement officer for a housing association and, since 2019, at "
       "Somerset Council, where I am now Anti-social Behaviour Team Leader for the Taunton and Bridgwater area. "
       "I enclose my CV and the completed equality monitoring form.", after=8)
    _p(document, "The person specification asks for evidence of leading partnership work that changes outcomes. "
       "Two examples from my current role show how I work.", after=8)
    _p(document, "In 2023 I set up the Taunton Safety Hub with Avon and Somerset Police\u2019s Taunton neighbourhood "
       "policing team. Our ASB officers and the police team now share a room in Taunton Library on Tuesdays and "
       "Thursdays, hold a joint tasking meeting every fortnight with the town\u2019s street outreach workers and "
       "manage the twenty most persistent cases together, with one named lead for each. In the hub\u2019s first "
       "year repeat ASB calls from the town centre fell by 31 per cent, and we obtained nine civil injunctions "
       "and two closure orders, against one injunction the year before.", after=8)
    _p(document, "I also brought in Friday Outreach in Bridgwater, which our youth service runs with the charity "
       "Parrett Youth Trust. A converted minibus with two youth workers, games consoles and hot food parks on "
       "the Sydenham, Hamp and Bower estates in turn every Friday from 6pm to 10pm. 260 young people used it in "
       "2024\u201325, and calls about youth ASB on Friday evenings on those estates fell from 44 to 17 a quarter.",
       after=8)
    _p(document, "Beyond these, I would bring to the role:", after=4)
    for line in ["management of a team of seven officers and a budget of \u00a3410,000;",
                 "experience of running ASB case reviews and writing the partnership\u2019s annual report on them;",
                 "chairing multi-agency meetings and presenting to elected members and the Police and Crime "
                 "Commissioner\u2019s office;",
                 "a Level 4 Certificate in Community Safety and training in restorative practice."]:
        document.add_paragraph(line, style="List Bullet")
    _p(document, "", after=2)
    _p(document, "I would like to work in Bath and North East Somerset because your partnership has a clear plan "
       "and a reputation for listening to residents. I live forty minutes away and would not need to relocate. "
       "My notice period is one month, and I am available for interview on any of the dates in the pack.",
       after=8)
    _p(document, "Thank you for considering my application. I look forward to hearing from you.", after=10)
    _p(document, "Yours sincerely", after=24)
    _p(document, "Rachel Okonjo", bold=True, after=6)
    _p(document, "Enc. CV; equality monitoring form", size=9, italic=True)
    _save_docx(document, out / RO_FILE, "Covering letter - Community Safety Partnership Manager", "Rachel Okonjo")


# ================================================================== 5. A chief superintendent's conference speaking notes (Word)

SN_FILE = "gwent-police-speaking-notes-wales-safer-communities-conference-2026.docx"


def _cue(document, text):
    _p(document, text, size=11, bold=True, colour="1F4E79", before=10, after=4)


def _say(document, text, after=8):
    _p(document, text, size=13, after=after)


def _direction(document, text):
    _p(document, text, size=10, italic=True, colour="7F7F7F", after=6)


def speaking_notes(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Arial", 12)
    _page_setup(document, 1.8, 1.8, 2.2, 2.2)
    _header_footer(document, "Gwent Police", "SPEAKING NOTES \u2013 OFFICIAL", "v3 \u2013 10/03/2026",
                   "Corporate Communications\t\t", 3, size=8, bold_centre=True)
    _p(document, "Speaking notes: Chief Superintendent Alun Pritchard", size=16, bold=True, after=6)
    _docx_table(document, [["Event", "Wales Safer Communities Network annual conference, Venue Cymru, Llandudno"],
                           ["Date and slot", "Thursday 12 March 2026, 11:20\u201311:40 (15 minutes plus 5 for "
                            "questions)"],
                           ["Session", "Session 3: \u2018What works in neighbourhoods\u2019. Chair: Sian Morgan, "
                            "network director"],
                           ["Audience", "About 280: community safety partnerships, councils, housing, fire, health, "
                            "third sector"],
                           ["AV", "Slides on the lectern clicker; 7 slides. Lapel mic. No video."],
                           ["Comms lead", "Ffion Rees, 01632 960 617 (on the day)"]],
                widths=[3.5, 13.1], size=9.5, label_fill="DEEAF6")
    _p(document, "", after=2)
    _direction(document, "Timings in brackets are cumulative. Keep to 15 minutes; the chair will stand at 14.")
    _cue(document, "[SLIDE 1 \u2013 title: \u2018Three stories from Welsh neighbourhoods\u2019]  (0:00)")
    _say(document, "Bore da, pawb. Good morning. Thank you, Sian, and thank you to the network for inviting me. I "
         "lead neighbourhood policing for Gwent Police, and I have been asked to talk about what works.")
    _say(document, "I am not going to give you a theory. I am going to tell you three stories, one from us and two "
         "from colleagues in other forces, and then say what I think they have in common.")
    _cue(document, "[SLIDE 2 \u2013 \u2018What people tell us\u2019: survey chart]  (1:30)")
    _say(document, "Across Wales, about half of people say the police deal with the things that matter in their "
         "area. That number has barely moved in five years. People do not judge us on response times; they "
         "judge us on the broken street light and the car that races past the school.")
    _direction(document, "(Pause. Let the chart land.)")
    _cue(document, "[SLIDE 3 \u2013 photo: the old bank, Commercial Road, Pill]  (3:00)")
    _say(document, "Pill Together brings Gwent Police\u2019s Newport East neighbourhood team, Newport City "
         "Council\u2019s community safety wardens and the housing association Tai Gwent Homes under one roof, in "
         "the old bank on Commercial Road. Every Monday morning they go through every report from the weekend "
         "together, and the wardens and housing officers knock on doors with our PCSOs. Since January 2025, "
         "anti-social behaviour reports in Pill are down 28 per cent, and the share of residents who say we deal "
         "with the issues that matter has gone from 34 to 51 per cent.")
    _say(document, "The building matters less than the Monday meeting. If you remember one thing, remember that.")
    _cue(document, "[CLICK \u2013 quote from a Pill resident]")
    _direction(document, "(Read the quote. Do not name her.)")
    _cue(document, "[SLIDE 4 \u2013 Rhyl seafront in August]  (6:00)")
    _say(document, "My second story is from colleagues in the north.", after=4)
    _say(document, "Operation Traeth is North Wales Police\u2019s "
         "summer operation on the seafronts at Rhyl and Prestatyn, run with Denbighshire County Council\u2019s "
         "beach wardens and the RNLI\u2019s lifeguards. Officers and wardens patrol together on e-bikes, a shared "
         "radio channel links the lifeguard towers to the police control room, and there is a lost children "
         "point at the Pavilion Theatre. Last summer 212 lost children were reunited with their families, every "
         "one within forty minutes, and alcohol-related disorder on the promenade fell by a third.")
    _direction(document, "(Wave to Insp. Gareth Lloyd if he is in the room \u2013 he set it up.)")
    _cue(document, "[SLIDE 5 \u2013 sheep on a footpath, Brecon Beacons]  (8:30)")
    _say(document, "And the third is from Dyfed-Powys Police.", after=4)
    _say(document, "Operation Dolen is the Dyfed-Powys Rural Crime Team\u2019s "
         "answer to dogs attacking livestock. With the Farmers\u2019 Union of Wales, officers put up signs at "
         "stiles and gates on the busiest paths, and with Natural Resources Wales rangers they run \u2018lead on\u2019 "
         "days at country parks every spring. Every reported attack is followed by a visit to the dog\u2019s "
         "owner. Attacks reported in Powys fell from 96 to 61 in two lambing seasons.")
    _cue(document, "[SLIDE 6 \u2013 \u2018What they have in common\u2019: three bullets]  (10:30)")
    _say(document, "Three things. First, each one started with a problem local people named, not one we chose for "
         "them. Second, each has a partner who is there every week, not once a quarter. Third, each counts "
         "something simple and publishes it.")
    _say(document, "None of them cost much. All of them needed someone to keep turning up.")
    _cue(document, "[SLIDE 7 \u2013 thank you and contact]  (13:00)")
    _say(document, "Diolch yn fawr. Thank you. I am happy to take questions.")
    _p(document, "If asked \u2026", size=11, bold=True, before=10, after=4)
    for line in ["Funding for PCSOs next year: \u2018That is a matter for the Police and Crime Commissioner\u2019s "
                 "budget, which is being set now.\u2019 Do not give numbers.",
                 "The Newport stabbing in February: live case \u2013 do not comment.",
                 "Can others copy Pill Together? \u2018Yes \u2013 the Monday meeting costs nothing. Talk to Insp. Rhian "
                 "Evans, who will be on the Gwent stand.\u2019"]:
        document.add_paragraph(line, style="List Bullet")
    _save_docx(document, out / SN_FILE, "Speaking notes - WSCN conference 12 March 2026", "Gwent Police Corporate "
               "Communications")


# ================================================================== 6. An undergraduate's marked coursework essay (Word)

CW_FILE = "oakfield-university-cri2103-assignment-2-marked-script-2241873.docx"


def coursework(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    _normal(document, "Times New Roman", 12)
    _page_setup(document, 2.54, 2.54, 2.54, 2.54)
    _heading_colours(document, "000000", "Times New Roman")
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("CRI2103 Assignment 2", False, False), ("\t", False, False), ("", False, False),
                 ("\tStudent 2241873", False, False)], size=9)
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("\t", False, False)], size=9)
    _field(foot, "PAGE", "1", size=9)
    _p(document, "Oakfield University \u2013 School of Law and Criminology", size=14, bold=True, align="center",
       after=2)
    _p(document, "Coursework cover sheet", size=12, align="center", after=8)
    _docx_table(document, [["Module", "CRI2103 Partnerships and Community Safety (Level 5)"],
                           ["Assessment", "Assignment 2: essay (2,000 words, 60% of module mark)"],
                           ["Student number", "2241873"],
                           ["Name (for feedback only)", "Ellie Whitcombe"],
                           ["Seminar tutor", "Dr Tom Hale"],
                           ["Submitted", "15 December 2025, 14:02 (on time)"],
                           ["Word count", "1,986 (excluding references)"],
                           ["Declaration", "\u2612 I confirm this is my own work and that I have acknowledged all "
                            "sources, including any use of generative AI."]],
                widths=[4.5, 11.4], size=10, label_fill="E7E6E6")
    _p(document, "").add_run().add_break(WD_BREAK.PAGE)
    _p(document, "\u2018Partnership is now the normal way of doing community safety.\u2019 Critically discuss, with "
       "reference to county lines and serious youth violence.", size=12, bold=True, after=12)
    document.add_heading("Introduction", level=2)
    _p(document, "Since the Crime and Disorder Act 1998 placed a duty on councils and the police to work together, "
       "partnership has become the language of community safety (Crawford, 1997; Hughes, 2007). This essay "
       "asks whether it is now also the practice. It first sets out what partnership is supposed to achieve, "
       "then examines three recent examples of work on county lines and youth violence, and finally argues "
       "that partnership is normal in name but still uneven in substance.", after=8)
    document.add_heading("Partnership in theory", level=2)
    _p(document, "Crawford (1997) described a shift from government to governance, in which the state steers "
       "and others row. Critics argue that the police still dominate these arrangements, setting the agenda "
       "and defining the problem as one of crime rather than of need (Gilling, 2005). The public health "
       "approach to violence, popular since 2019, promises something different: shared data, shared "
       "responsibility and a focus on the causes of harm.", after=8)
    document.add_heading("Three examples", level=2)
    _p(document, "Operation Tideline is run jointly by Merseyside Police and British Transport Police at "
       "Liverpool Lime Street, Liverpool Central and Moorfields stations. Officers from both forces patrol the "
       "concourses on Friday afternoons, when children are most often sent out of the city to sell drugs, and "
       "hand any child they stop to caseworkers from the charity Platform Safe, who meet them on the station "
       "and stay with them until a family member or social worker arrives. Merseyside Police (2024) report that "
       "146 children were safeguarded in the first eighteen months and that 31 line holders were arrested.",
       after=8)
    _p(document, "[Marker: good, but whose figures are these? Consider how the force\u2019s own reporting might "
       "frame success.]", size=10, italic=True, colour="C00000", after=8)
    _p(document, "Hertfordshire Constabulary\u2019s Unseen Routes programme works earlier, in schools. The "
       "force\u2019s schools officers and Hertfordshire County Council\u2019s youth workers deliver a four-week "
       "course to Year 9 pupils in Stevenage, Watford and Hemel Hempstead on how grooming for county lines "
       "works, with a young man who was once exploited telling his own story. In the county council\u2019s "
       "evaluation, the share of pupils who could name three signs of grooming rose from 38 to 74 per cent, "
       "and referrals from the schools to the exploitation team doubled (Hertfordshire County Council, 2025).",
       after=8)
    _p(document, "Way Back, a Leicester charity, shows that not every partnership includes the police. Its youth "
       "workers sit in the emergency department of Leicester Royal Infirmary on Friday and Saturday nights and "
       "talk to young people admitted with stab wounds or assault injuries at what it calls the \u2018reachable moment\u2019. "
       "In 2024 its workers supported 188 young people, nine in ten of whom had not been readmitted with an "
       "injury a year later (Way Back, 2025).", after=8)
    document.add_heading("Discussion", level=2)
    _p(document, "All three are partnerships, but of different kinds. The first two are police-led: the force "
       "defines the problem and invites others in. The third is led by a charity and a hospital, and the police "
       "are absent. This supports Gilling\u2019s (2005) argument that the police still set the terms where crime "
       "is the frame, while health-led work can define harm more widely. None of the three has been evaluated "
       "independently, and all rely on figures produced by the organisations themselves.", after=8)
    _p(document, "[Marker: this is the strongest paragraph \u2013 develop it further with the literature on "
       "evaluation.]", size=10, italic=True, colour="C00000", after=8)
    document.add_heading("Conclusion", level=2)
    _p(document, "Partnership is now normal in the sense that almost no work on county lines is done by one "
       "agency alone. But normal is not the same as equal. Until partners share data and decisions as well as "
       "meetings, partnership will remain, in Crawford\u2019s phrase, a \u2018rhetoric\u2019 more than a "
       "practice.", after=8)
    document.add_heading("References", level=2)
    for ref in ["Crawford, A. (1997) The Local Governance of Crime: Appeals to Community and Partnerships. "
                "Oxford: Clarendon Press.",
                "Gilling, D. (2005) \u2018Partnership and crime prevention\u2019, in Tilley, N. (ed.) Handbook of "
                "Crime Prevention and Community Safety. Cullompton: Willan, pp. 734\u2013756.",
                "Hertfordshire County Council (2025) Unseen Routes: evaluation summary. Hertford: HCC.",
                "Hughes, G. (2007) The Politics of Crime and Community. Basingstoke: Palgrave Macmillan.",
                "Merseyside Police (2024) Tackling county lines: annual update. Liverpool: Merseyside Police.",
                "Way Back (2025) Annual report 2024. Leicester: Way Back."]:
        _p(document, ref, size=11, after=4)
    _p(document, "").add_run().add_break(WD_BREAK.PAGE)
    _p(document, "Feedback", size=14, bold=True, after=6)
    _docx_table(document, [["Criterion", "Weight", "Mark"],
                           ["Knowledge and understanding", "25%", "66"],
                           ["Use of evidence and examples", "25%", "65"],
                           ["Critical analysis", "30%", "60"],
                           ["Structure, referencing and presentation", "20%", "67"],
                           ["Overall (provisional, subject to moderation)", "", "64 (2:1)"]],
                widths=[10.0, 2.5, 3.4], size=10, head_fill="404040", head_colour="FFFFFF")
    _p(document, "", after=4)
    _p(document, "A well-organised essay that uses three clear and relevant examples. Your account of the "
       "station patrols and the schools course is accurate and well referenced. To move into the first-class "
       "range, spend less time describing each example and more time asking how we know whether it worked, "
       "and who decides. Your discussion section begins to do this. Check the Harvard format for edited "
       "collections.", after=6)
    _p(document, "Marker: Dr Tom Hale, 8 January 2026. Marks are provisional until confirmed by the Board of "
       "Examiners on 24 June 2026.", size=10, italic=True)
    _save_docx(document, out / CW_FILE, "CRI2103 Assignment 2 - 2241873", "2241873")


# ================================================================== 7. A council's family information service directory entry (HTML)

DIRECTORY_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kickstart Fridays | MK Family Information Service Directory | Milton Keynes City Council</title>
<meta name="description" content="Free Friday evening football and youth club for 11 to 17 year olds in Fishermead.">
<link rel="stylesheet" href="/directory/assets/fsd-2024.css">
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies on this site">
  <h2>Cookies on the MK Family Information Service Directory</h2>
  <p>We use some essential cookies to make this service work. We would also like to use analytics cookies to
  understand how you use the directory.</p>
  <button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="mkcc-header">
  <a class="mkcc-logo" href="https://www.milton-keynes.example.gov.uk">Milton Keynes City Council</a>
  <span class="service-name">Family Information Service Directory</span>
  <nav aria-label="Directory"><a href="/directory">Search the directory</a> <a href="/directory/categories">Browse
  by category</a> <a href="/directory/send">SEND Local Offer</a> <a href="/directory/add">Add or update a
  service</a></nav>
</header>
<div class="phase-banner"><strong class="tag">BETA</strong> This is a new service. <a href="/feedback">Your
feedback</a> will help us to improve it.</div>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
  <li><a href="/directory">Directory</a></li>
  <li><a href="/directory/categories/activities">Activities and things to do</a></li>
  <li><a href="/directory/categories/activities/youth-clubs">Youth clubs and groups</a></li>
  <li>Kickstart Fridays</li>
</ol></nav>
<main id="content">
  <a class="back" href="/directory/search?q=youth+club&amp;postcode=MK6">Back to search results</a>
  <h1>Kickstart Fridays</h1>
  <p class="lead">Free football and youth club on Friday evenings for young people aged 11 to 17.</p>
  <ul class="tags"><li>Free</li><li>Drop in</li><li>Ages 11 to 17</li><li>Term time only</li></ul>
  <div class="service-layout">
    <section class="service-description">
      <h2>About this service</h2>
      <p>Kickstart Fridays is run by Thames Valley Police's Milton Keynes neighbourhood policing team with MK
      Community Sports Trust. Every Friday evening in term time the trust's coaches run two hours of football at
      the Fishermead sports hall, followed by a youth club with food, music and a quiet room. Neighbourhood
      officers and PCSOs play in the matches and stay for the food, and the trust's youth workers follow up with
      any young person who wants help with school, family or keeping safe. Since it started in January 2024 more
      than 340 young people have come along, and reports of anti-social behaviour in Fishermead and Oldbrook on
      Friday evenings have halved.</p>
      <p>No need to book: just turn up in trainers. Young people under 13 need a parent or carer to fill in a
      registration form on their first visit.</p>
      <h2>Who to contact</h2>
      <dl class="summary-list">
        <dt>Contact name</dt><dd>Kieran Walsh, Community Coach</dd>
        <dt>Telephone</dt><dd>01632 960 538</dd>
        <dt>Email</dt><dd>kickstart@mkcommunitysports.example.org.uk</dd>
        <dt>Website</dt><dd><a href="https://mkcommunitysports.example.org.uk/kickstart">mkcommunitysports.example.org.uk/kickstart</a></dd>
      </dl>
      <h2>Where to go</h2>
      <dl class="summary-list">
        <dt>Venue</dt><dd>Fishermead Sports Hall, Porthleven Place, Fishermead, Milton Keynes MK6 2HF</dd>
        <dt>Getting there</dt><dd>Buses 4 and 5 stop on Fishermead Boulevard. Bike racks outside.</dd>
      </dl>
      <h2>Time and date</h2>
      <dl class="summary-list">
        <dt>When</dt><dd>Fridays, 6pm to 9pm (football 6pm to 8pm, youth club 8pm to 9pm)</dd>
        <dt>Term time only</dt><dd>Yes. Next session: Friday 9 January 2026</dd>
      </dl>
      <h2>Other details</h2>
      <dl class="summary-list">
        <dt>Cost</dt><dd>Free</dd>
        <dt>Age range</dt><dd>11 to 17 years</dd>
        <dt>Referral</dt><dd>Not needed. Schools, social workers and youth offending workers may also refer.</dd>
        <dt>Accessibility</dt><dd>Step-free access, accessible toilet, hearing loop in the club room</dd>
        <dt>Ofsted registration</dt><dd>Not required</dd>
      </dl>
    </section>
    <aside class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Other services nearby</h2>
      <ul>
        <li><a href="/directory/service/4411">MK Youth Information Shop</a> &ndash; 0.8 miles</li>
        <li><a href="/directory/service/3902">Oldbrook Boxing Club</a> &ndash; 0.6 miles</li>
        <li><a href="/directory/service/5120">Duke of Edinburgh's Award open centre</a> &ndash; 1.4 miles</li>
        <li><a href="/directory/service/2377">Young carers' group</a> &ndash; 2.1 miles</li>
      </ul>
      <p><a href="/directory/service/5561/print">Print this page</a> | <a href="/directory/shortlist/add/5561">Add to
      shortlist</a></p>
    </aside>
  </div>
  <p class="updated">Last reviewed by the provider: 3 November 2025. Service ID 5561.</p>
  <div class="feedback">
    <h2>Is this page useful?</h2>
    <button>Yes</button> <button>No</button> <a href="/directory/service/5561/report">Report a problem with this
    page</a>
  </div>
  <p class="disclaimer">Milton Keynes City Council does not endorse or recommend the services listed in this
  directory. Providers are responsible for keeping their information up to date.</p>
</main>
<footer class="mkcc-footer">
  <p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a> | <a
  href="/cookies">Cookies</a> | <a href="/contact">Contact the Family Information Service</a></p>
  <p>Milton Keynes City Council, Civic, 1 Saxon Gate East, Milton Keynes MK9 3EJ. Family Information Service
  01632 960 500.</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A regional newspaper's obituary page (HTML)

OBITUARY_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Derek Haines, Scunthorpe's 'boxing bobby', dies aged 78 | Humber Evening News</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Derek Haines, Scunthorpe's 'boxing bobby', dies aged 78">
<meta property="article:section" content="Obituaries">
<meta property="article:published_time" content="2026-02-04T14:10:00+00:00">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Derek Haines, Scunthorpe's 'boxing bobby', dies aged 78", "author": {"@type": "Person", "name": "Laura Featherstone"}}</script>
</head>
<body>
<div id="consent-dialog" role="dialog" aria-label="Your privacy">
  <p>We and our 142 partners use cookies to personalise content and ads and to measure how our site is used.</p>
  <button>Accept all</button> <button>Manage options</button>
</div>
<div class="top-bar"><a href="/subscribe">Subscribe from &pound;1 for the first month</a> <a href="/newsletters">Newsletters</a>
<a href="/e-edition">E-edition</a> <a href="/login">Sign in</a></div>
<header class="masthead">
  <a class="logo" href="/">Humber Evening News</a>
  <nav class="sections"><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's On</a>
  <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/announcements">Announcements</a>
  <a href="/obituaries" aria-current="page">Obituaries</a></nav>
</header>
<div class="ad ad-leaderboard">Advertisement</div>
<main>
  <article>
    <p class="kicker"><a href="/obituaries">Obituaries</a></p>
    <h1>Derek Haines, Scunthorpe's 'boxing bobby', dies aged 78</h1>
    <p class="standfirst">The former police constable who taught three thousand young people to box, and kept
    many of them out of trouble, has died after a short illness</p>
    <p class="byline">By <a href="/author/laura-featherstone">Laura Featherstone</a>, Chief Reporter</p>
    <p class="dateline"><time datetime="2026-02-04T14:10">14:10, Wed 4 February 2026</time> &middot; Updated 16:45
    &middot; 4 min read</p>
    <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a>
    <a href="#comments">12 comments</a></div>
    <figure>
      <img src="/images/2026/02/derek-haines-1994.jpg" alt="Derek Haines in the ring at Ashby in 1994">
      <figcaption>Derek Haines coaching at the club in 1994. Picture: Haines family</figcaption>
    </figure>
    <p>Derek Haines, the Scunthorpe police officer known to a generation of local lads as the "boxing bobby",
    has died at Scunthorpe General Hospital aged 78.</p>
    <p>Born in Ashby in 1947, the son of a steelworker, he left school at fifteen to work at the
    Appleby-Frodingham steelworks before joining Lincolnshire Constabulary in 1971. When Humberside Police was
    formed in 1974 he transferred to the new force, and he spent the rest of his 31-year career on the beat in
    Scunthorpe, turning down promotion twice because, he said, "you can't do this job from behind a desk".</p>
    <p>In 1988 he set up the Ashby Blue Lamp Boxing Club for Humberside Police in a disused church hall on
    Ashby High Street. Off-duty officers coached three nights a week, schools and the youth offending team
    referred boys and, later, girls who were getting into trouble, and every member had to turn up to school
    to be allowed in the ring. The club, which Humberside Police still runs with volunteer coaches, has
    trained more than 3,000 young people, and a 2019 study by the force found that eight in ten of those
    referred by the youth offending team had not reoffended a year later.</p>
    <aside class="pullquote"><p>"He'd stand at the door and ask every kid if they'd been to school that day.
    If you hadn't, you went home."</p><p>&ndash; former club member Lee Carter</p></aside>
    <p>He retired in 2002 but never really stopped.</p>
    <p>In 2009 he and his wife Maureen set up Brumby Good
    Neighbours, whose volunteers fit door chains, spy holes and key safes for older people living alone,
    give lifts to hospital appointments and call in on anyone recently bereaved. The group, which now has 60
    volunteers, has fitted more than 600 door chains and spy holes, and distraction burglaries against older
    people in Brumby and Frodingham have fallen sharply since it began.</p>
    <p>Humberside Police's Chief Constable said: "Derek was a proper community bobby. Many people in
    Scunthorpe owe him more than they know, and the club he started is still changing lives."</p>
    <p>He was appointed MBE in the 2004 New Year Honours for services to young people in North Lincolnshire.</p>
    <p>He is survived by Maureen, his wife of 55 years, their two sons, Paul and Steven, and five
    grandchildren.</p>
    <p class="funeral"><strong>Funeral:</strong> St Lawrence's Church, Frodingham, on Monday 16 February at 11am,
    followed by cremation at Woodlands Crematorium. Family flowers only; donations, if desired, to the Ashby Blue
    Lamp Boxing Club c/o Hartley &amp; Sons Funeral Directors, 14 Oswald Road, Scunthorpe DN15 7PU.</p>
    <p class="tags">Topics: <a href="/topic/scunthorpe">Scunthorpe</a> <a href="/topic/humberside-police">Humberside
    Police</a> <a href="/topic/obituaries">Obituaries</a></p>
  </article>
  <section class="related">
    <h2>More from Obituaries</h2>
    <ul>
      <li><a href="#">Tributes paid to Brigg market trader Jean Pocklington, 91</a></li>
      <li><a href="#">Former Scunthorpe United groundsman dies</a></li>
      <li><a href="#">Family notices: deaths, funerals and in memoriam</a></li>
    </ul>
  </section>
  <section id="comments">
    <h2>Comments (12)</h2>
    <p>Comments are closed on this article. Read our <a href="/community-rules">community rules</a>.</p>
  </section>
</main>
<footer>
  <p>Humber Evening News is published by Northcoast Media Ltd, Alexandra Dock House, Grimsby DN31 3LL. Company
  no. 04719326. We are regulated by IPSO.</p>
  <p><a href="/contact">Contact us</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookie policy</a>
  | <a href="/terms">Terms</a> | &copy; 2026 Northcoast Media Ltd</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A holiday letting agency's cottage listing (HTML)

COTTAGE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Sea Pink Cottage, Worth Matravers | Sleeps 4 | Dog friendly | Purbeck Stays</title>
<meta name="description" content="Stone cottage for four in Worth Matravers, a short walk from the coast path.">
<script type="application/ld+json">{"@type": "LodgingBusiness", "name": "Sea Pink Cottage", "address": {"addressLocality": "Worth Matravers", "postalCode": "BH19 3LQ"}, "aggregateRating": {"ratingValue": "4.9", "reviewCount": "63"}}</script>
</head>
<body>
<div class="cookie-notice"><p>We use cookies to remember your searches and show you prices in your currency.</p>
<button>Accept</button> <button>Settings</button></div>
<header>
  <a class="logo" href="/">Purbeck Stays</a>
  <form class="search" role="search"><input placeholder="Where to?"> <input placeholder="Arrival"> <input
  placeholder="Nights"> <button>Search</button></form>
  <nav><a href="/cottages">All cottages</a> <a href="/dog-friendly">Dog friendly</a> <a href="/last-minute">Last
  minute</a> <a href="/owners">List your cottage</a> <a href="/account">My account</a> <a href="/favourites">&#9825;
  Favourites</a></nav>
</header>
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/dorset">Dorset</a> &rsaquo; <a
href="/dorset/isle-of-purbeck">Isle of Purbeck</a> &rsaquo; Sea Pink Cottage</nav>
<main>
  <div class="gallery"><img src="/photos/2231/1.jpg" alt="Front of the cottage with a stone porch"> <a
  href="#photos">See all 24 photos</a></div>
  <h1>Sea Pink Cottage</h1>
  <p class="location">Worth Matravers, Isle of Purbeck, Dorset &middot; Ref. PS2231</p>
  <ul class="key-facts"><li>Sleeps 4</li><li>2 bedrooms</li><li>1 bathroom</li><li>1 dog welcome</li><li>Wi-Fi</li>
  <li>Wood burner</li><li>Parking for 1 car</li></ul>
  <p class="rating">&#9733; 4.9 (63 reviews)</p>
  <aside class="booking">
    <p class="from">From <strong>&pound;685</strong> per week</p>
    <p>Short breaks from &pound;395 (3 nights, November to March). Dog &pound;35 per stay.</p>
    <p>Changeover day: Friday. Check-in from 4pm, check-out by 10am.</p>
    <button>Check availability</button>
    <p class="small">Book with a 25% deposit. Balance due 8 weeks before arrival.</p>
  </aside>
  <section>
    <h2>About the cottage</h2>
    <p>A Grade II listed Purbeck stone cottage at the top of the village, with thick walls, low beams (mind your
    head!) and a south-facing garden that looks down the valley to the sea. Downstairs is an open-plan sitting
    room with a wood burner and a kitchen with a range cooker; upstairs a double, a twin and the bathroom, with a
    bath and overhead shower.</p>
    <p>The cottage was renovated in 2023 and has underfloor heating downstairs, fast fibre Wi-Fi and a small
    enclosed garden with a picnic bench and a gas barbecue.</p>
  </section>
  <section>
    <h2>Facilities</h2>
    <ul class="columns">
      <li>Range cooker, microwave, dishwasher</li><li>Washing machine</li><li>Smart TV (no Sky)</li>
      <li>Bed linen and towels included</li><li>Travel cot and high chair on request</li><li>Enclosed garden</li>
      <li>Lockable shed for bikes</li><li>EV charging nearby (Langton Matravers)</li>
    </ul>
  </section>
  <section>
    <h2>The location</h2>
    <p>Worth Matravers is a small stone village on the South West Coast Path, famous for the Square and Compass
    pub and its fossil museum. From the door you can walk to Winspit in 25 minutes, to St Aldhelm's Head in 50 and
    to Dancing Ledge in about an hour. Swanage, with its steam railway, beach and supermarkets, is a 15-minute
    drive.</p>
    <p>Nearest shop: Langton Matravers post office stores (2 miles). Nearest station: Wareham (11 miles).</p>
  </section>
  <section>
    <h2>Good to know</h2>
    <ul>
      <li>Mobile signal is poor in the village; the Wi-Fi supports Wi-Fi calling.</li>
      <li>The lane is steep and narrow; large cars may prefer to park in the village car park (pay and display).</li>
      <li>Entry is by key safe; the code is sent seven days before arrival.</li>
      <li>The village is a Neighbourhood Watch area, so please lock bikes in the shed provided.</li>
      <li>No smoking. No parties or events.</li>
    </ul>
  </section>
  <section class="availability">
    <h2>Availability: March 2026</h2>
    <table>
      <tr><th>Mo</th><th>Tu</th><th>We</th><th>Th</th><th>Fr</th><th>Sa</th><th>Su</th></tr>
      <tr><td></td><td></td><td></td><td></td><td></td><td></td><td>1</td></tr>
      <tr><td>2</td><td>3</td><td>4</td><td>5</td><td class="booked">6</td><td class="booked">7</td><td class="booked">8</td></tr>
      <tr><td>9</td><td>10</td><td>11</td><td>12</td><td>13</td><td>14</td><td>15</td></tr>
      <tr><td>16</td><td>17</td><td>18</td><td>19</td><td class="booked">20</td><td class="booked">21</td><td class="booked">22</td></tr>
      <tr><td class="booked">23</td><td class="booked">24</td><td class="booked">25</td><td class="booked">26</td><td>27</td><td>28</td><td>29</td></tr>
      <tr><td>30</td><td>31</td><td></td><td></td><td></td><td></td><td></td></tr>
    </table>
    <p class="key">Shaded dates are booked.</p>
  </section>
  <section class="reviews">
    <h2>Reviews</h2>
    <div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733; <strong>Perfect winter bolt hole</strong></p>
    <p>Stayed November 2025 &middot; Couple with a dog</p><p>Wood burner, a walk to Winspit and a pint at the
    Square and Compass. What more could you want? The welcome hamper was lovely.</p></div>
    <div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9734; <strong>Beautiful but steep!</strong></p>
    <p>Stayed August 2025 &middot; Family of four</p><p>Gorgeous cottage and views. The lane is a challenge in a
    big car, and the beams are low. The owners replied to every message within the hour.</p></div>
    <p><a href="/cottages/ps2231/reviews">Read all 63 reviews</a></p>
  </section>
  <section class="owner">
    <h2>From the owners</h2>
    <p>We are Jo and Martin, and we have loved this village for thirty years. We live in Wareham and look after the
    cottage ourselves. Our local housekeeper, Sue, lives in the village if you need anything.</p>
  </section>
</main>
<footer>
  <p>Purbeck Stays Ltd, 4 Institute Road, Swanage BH19 1BX. Company no. 11822046. 01632 960 166.</p>
  <p><a href="/terms">Booking terms</a> | <a href="/privacy">Privacy</a> | <a href="/owners">For owners</a> | Member
  of the Professional Association of Self Caterers</p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A trial preregistration exported from an open science registry (Markdown)

PREREG_MD = """<!-- Exported from OSF Registries on 2025-10-15. Template: OSF Preregistration. -->

# Fifteen minutes in the hot spots: a cluster randomised controlled trial of PCSO patrols in Luton town centre

**Registration type:** OSF Preregistration  
**Registered:** 14 October 2025  
**Associated project:** osf.io/r8t4w  
**Registration DOI:** 10.17605/OSF.IO/7KQ2M  
**License:** CC-By Attribution 4.0 International  
**Contributors:** Hannah Osei (Chiltern University), Marek Nowak (Chiltern University), Grace Liddle (Chiltern University)  
**Subjects:** Social and Behavioral Sciences; Criminology; Policing

> This registration is frozen. Updates are recorded in the Transparent Changes document.

---

## Study information

### Title

Fifteen minutes in the hot spots: a cluster randomised controlled trial of PCSO patrols in Luton town centre

### Description

Short, unpredictable patrols at small places where crime concentrates have reduced crime in trials led by
police officers, but it is not known whether the same effect is achieved by police community support officers
(PCSOs), who have fewer powers and are cheaper to deploy. This study tests whether fifteen-minute PCSO patrols,
visited at random times, reduce crime and calls for service at hot spots in a town centre.

### Hypotheses

- H1: Hot spots receiving the intervention will record fewer crimes during the trial period than control hot
  spots (one-tailed).
- H2: Hot spots receiving the intervention will record fewer calls for service than control hot spots.
- H3 (exploratory): Any reduction will not be displaced to the 50-metre buffer around treated hot spots.

## Design plan

### Study type

Experiment: a researcher randomly assigns treatments to study units.

### Blinding

No blinding is involved. Analysts will be blind to condition when cleaning outcome data.

### Study design

Two-arm cluster randomised controlled trial. The unit is the hot spot: a street segment or small place in Luton
town centre. Hot spots will be randomised 1:1 to treatment or control within four blocks by baseline crime
count, using a seeded random number generator (seed recorded in the project files).

### Intervention

Operation Quarter Hour is Bedfordshire Police's hot spot patrol programme in Luton town centre. The force's
town centre PCSOs visit each treatment hot spot three times a day between 10am and 10pm, at times set by a
random schedule issued each morning, and stay for fifteen minutes, speaking to businesses and passers-by. PCSOs
carry GPS-enabled radios, so every visit is logged. A six-week pilot on ten hot spots in spring 2025 was
followed by a 14 per cent fall in calls for service at those places compared with the previous year, and the
force has committed to run the programme for the full 26 weeks of the trial, from 3 November 2025 to 3 May 2026.

Control hot spots will receive business as usual policing.

## Sampling plan

### Existing data

Registration prior to accessing the outcome data. Baseline crime counts (November 2022 to October 2025) were
used to select hot spots and to block the randomisation.

### Data collection procedures

Recorded crime and calls for service will be supplied monthly by Bedfordshire Police under a data sharing
agreement (DSA ref. BP-DSA-2025-117). GPS dosage data will be supplied weekly.

### Sample size

80 hot spots (40 treatment, 40 control).

### Sample size rationale

With 80 hot spots, alpha of 0.05 (one-tailed) and an expected effect of 0.35 standard deviations, power is
0.81 (simulation, 5,000 runs).

### Stopping rule

None. The trial runs for 26 weeks.

## Variables

### Measured variables

- Primary outcome: count of recorded crimes per hot spot over the trial period.
- Secondary outcome: count of calls for service per hot spot.
- Dosage: minutes of PCSO presence per hot spot per day, from GPS.

## Analysis plan

### Statistical models

Negative binomial regression of the outcome count on treatment, block and baseline count. Results will be
reported as incident rate ratios with 95 per cent confidence intervals.

### Inference criteria

p < 0.05, one-tailed for H1 and H2.

### Data exclusion

Hot spots where a major development closes the street for more than four weeks will be excluded and reported.

## Other

Ethical approval: Chiltern University Research Ethics Committee, ref. CU-ETH-2025-0412. Funding: Chiltern
University Policing Research Fund (award PRF-25-09, £38,500). The funder had no role in the design.
"""


# ================================================================== 11. A community centre's termly what's on email (plain text)

WHATSON_TXT = """DALTON LANE COMMUNITY CENTRE
What's On -- Spring Term 2026 (Monday 5 January to Friday 27 March)
Plain text version. If this email looks odd, our programme is also on
the noticeboard in the foyer.

Hello everyone, and happy new year from all of us at the centre. Here
is everything that's happening this term. Most sessions are free or
cheap; just turn up unless it says "book".

======================================================================
MONDAY
----------------------------------------------------------------------
 9.30-11.30   Little Steps toddler group (0-4s)            GBP 1.50
 1.00-2.00    Chair-based exercise with Tina               GBP 2.00
 6.00-8.00    Sewing and alterations circle                free

======================================================================
TUESDAY
----------------------------------------------------------------------
10.00-12.00   Warm Space: soup, tea and company            free
 6.30-8.00    Slimming club (Main Hall)                    GBP 6.95

======================================================================
WEDNESDAY
----------------------------------------------------------------------
 1.30-3.30    BEAT CAFE                                    free

  Beat Cafe is South Yorkshire Police's drop-in at the centre. Every
  Wednesday afternoon officers and PCSOs from the Rotherham Central
  neighbourhood team put the kettle on in the Garden Room, so you can
  tell them about problems in your street without ringing 101. They
  also mark bikes and mobility scooters and give out free door
  alarms. Last term 190 residents came along, and the team tell us
  that 23 reports about drug dealing made at the cafe led to four
  warrants on Dalton Lane and Ferham Road.

 4.00-5.30    Homework club (Years 5-9)                    free
 7.00-9.00    Bingo (eyes down 7.30)                       GBP 3.00

======================================================================
THURSDAY
----------------------------------------------------------------------
10.00-1.00    MONEY MATTERS (book on 01632 960 271)        free

  Money Matters is run by advisers from the Rotherham Money Advice
  Partnership, who help with debt, benefits, energy bills and
  council tax arrears in one-to-one appointments in the Quiet Room.
  Last term they saw 76 households, and helped them claim GBP 61,000
  of benefits they were entitled to but had not been getting.

 2.00-4.00    Knit and natter                              free

======================================================================
FRIDAY
----------------------------------------------------------------------
 6.00-9.00    FRIDAY LATE youth night (ages 11-16)         50p

  Friday Late is run by our own youth workers with Rotherham
  Metropolitan Borough Council's youth service: pool, table tennis,
  boxing pads, cooking and a chill-out room, with a youth worker to
  talk to about anything. Forty to fifty young people come each
  week. Since it started in September 2024, calls about youth
  anti-social behaviour around the shops on Dalton Lane on Friday
  nights have fallen from 31 to 12 a term.

======================================================================
SATURDAY
----------------------------------------------------------------------
10.00-12.00   Repair Cafe (first Saturday of the month)    donations

======================================================================
NOTICES
----------------------------------------------------------------------
* The centre is closed on Monday 16 February for a deep clean.
* Room hire: Main Hall GBP 18 an hour, Garden Room GBP 12 an hour.
  Ask at reception for community group rates.
* Our AGM is on Thursday 19 March at 6.30pm. All welcome.
* Volunteers wanted for the Warm Space and the Repair Cafe.
* If you ever feel unsafe at the centre, speak to a member of staff.

Dalton Lane Community Centre, 41 Dalton Lane, Rotherham S65 3QT
Telephone 01632 960 270. Open Monday to Friday 9am-9pm, Saturday 9-1.
Registered charity no. 1168342.

You are receiving this because you signed up at reception or on our
website. Reply STOP to unsubscribe.
"""


TEXT_DOCUMENTS = {
    "milton-keynes-family-information-service-directory-kickstart-fridays.html": DIRECTORY_HTML,
    "humber-evening-news-obituary-derek-haines.html": OBITUARY_HTML,
    "purbeck-stays-sea-pink-cottage-worth-matravers.html": COTTAGE_HTML,
    "osf-preregistration-operation-quarter-hour-luton-hot-spots-trial.md": PREREG_MD,
    "dalton-lane-community-centre-whats-on-spring-2026.txt": WHATSON_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    prospectus(out)
    ward_leaflet(out)
    invoice(out)
    covering_letter(out)
    speaking_notes(out)
    coursework(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
