"""Write the documents of the twenty-seventh held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout27/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a construction
contractor's social value report for a public contract, a drug and alcohol treatment service's
annual review, a private security company's tri-fold services brochure, a supported housing
provider's quarterly contract monitoring report to a council, a town centre manager's monthly report
to a town centre partnership's board and a convenience store chain's loss prevention memo to its
store managers. The HTML, Markdown and plain-text documents are kept here as text and written out
unchanged; manifest.json lists every document's intended initiatives.

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
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", zebra=None, lines="grid",
           bold_last=None):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
        if bold_last is not None and r == len(rows) - 1:
            cell_style = bold_last
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1 if head_fill is not None else 0)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if lines == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)))
    else:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)))
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if zebra is not None:
        for r in range(2, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), zebra))
    table.setStyle(TableStyle(commands))
    return table


def _panel(flowables, width, fill, border, pad=7, border_width=0.8, left_bar=None):
    """A boxed panel: a one-cell table holding a list of flowables."""
    box = Table([[flowables]], colWidths=[width])
    commands = [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad - 2), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), border_width, border))
    if left_bar is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, left_bar))
    box.setStyle(TableStyle(commands))
    return box


def _two_pass(path: Path, build_doc, story_fn) -> None:
    """Build twice so that the footer can print 'page n of m'."""
    total = None
    for _ in range(2):
        sink = io.BytesIO()
        doc = build_doc(sink, total)
        doc.build(story_fn())
        total = doc.page
    path.write_bytes(sink.getvalue())


# ------------------ 1. A construction contractor's social value report (PDF, A4, KPI tiles, then two columns)

BH_NAVY = colors.HexColor("#1f2a44")
BH_ORANGE = colors.HexColor("#f28c28")
BH_PALE = colors.HexColor("#eef1f6")
BH_SAND = colors.HexColor("#fdf1e4")
BH_BODY = ParagraphStyle("bhbody", fontName="Helvetica", fontSize=9.2, leading=12.6, spaceAfter=6)
BH_TITLE = ParagraphStyle("bhtitle", fontName="Helvetica-Bold", fontSize=22, leading=26, textColor=BH_NAVY,
                          spaceAfter=3)
BH_SUB = ParagraphStyle("bhsub", fontName="Helvetica", fontSize=11.5, leading=14.5, textColor=BH_NAVY,
                        spaceAfter=3)
BH_META = ParagraphStyle("bhmeta", fontName="Helvetica", fontSize=8, leading=10.5,
                         textColor=colors.HexColor("#5b6375"), spaceAfter=10)
BH_H1 = ParagraphStyle("bhh1", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=BH_NAVY,
                       spaceBefore=8, spaceAfter=5, keepWithNext=1)
BH_H2 = ParagraphStyle("bhh2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=BH_NAVY,
                       spaceBefore=2, spaceAfter=4, keepWithNext=1)
BH_KICK = ParagraphStyle("bhkick", fontName="Helvetica-Bold", fontSize=7.2, leading=9, textColor=colors.white)
BH_TILE_N = ParagraphStyle("bhtilen", fontName="Helvetica-Bold", fontSize=20, leading=23, textColor=BH_ORANGE)
BH_TILE_T = ParagraphStyle("bhtilet", fontName="Helvetica", fontSize=8, leading=10, textColor=BH_NAVY)
BH_CELL = ParagraphStyle("bhcell", fontName="Helvetica", fontSize=8.2, leading=10.2)
BH_CELLB = ParagraphStyle("bhcellb", parent=BH_CELL, fontName="Helvetica-Bold", textColor=colors.white)
BH_SMALL = ParagraphStyle("bhsmall", parent=BH_BODY, fontSize=7.6, leading=9.6, textColor=colors.HexColor("#5b6375"))
BH_RES = ParagraphStyle("bhres", fontName="Helvetica-Bold", fontSize=8.6, leading=11, textColor=BH_NAVY,
                        leftIndent=10, bulletIndent=0, bulletColor=BH_ORANGE, spaceAfter=3)
BH_QUOTE = ParagraphStyle("bhquote", fontName="Helvetica-Oblique", fontSize=9.6, leading=12.6, textColor=BH_NAVY,
                          spaceAfter=2, leftIndent=8)
BH_QBY = ParagraphStyle("bhqby", fontName="Helvetica", fontSize=7.6, leading=9.4, textColor=BH_ORANGE,
                        spaceAfter=8, leftIndent=8)
BH_BUL = ParagraphStyle("bhbul", parent=BH_BODY, leftIndent=11, bulletIndent=1, spaceAfter=3)


def _bh_page_factory(total):
    def _bh_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page == 1:
            canvas.setFillColor(BH_NAVY)
            canvas.rect(0, height - 78, width, 78, stroke=0, fill=1)
            canvas.setFillColor(BH_ORANGE)
            canvas.rect(0, height - 82, width, 4, stroke=0, fill=1)
            canvas.rect(40, height - 52, 14, 14, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(60, height - 51, "BRINDLEY HART")
            canvas.setFont("Helvetica", 8)
            canvas.drawString(60, height - 63, "Building for the long term")
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawRightString(width - 40, height - 47, "Social Value Report")
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(width - 40, height - 60, "Year 2  |  2024/25")
        else:
            canvas.setFillColor(BH_NAVY)
            canvas.setFont("Helvetica-Bold", 7.6)
            canvas.drawString(40, height - 30, "BRINDLEY HART")
            canvas.setFont("Helvetica", 7.6)
            canvas.drawRightString(width - 40, height - 30, "Etruria Valley Learning Campus  |  Social value report, year 2")
            canvas.setStrokeColor(BH_ORANGE)
            canvas.setLineWidth(1.2)
            canvas.line(40, height - 36, width - 40, height - 36)
        canvas.setStrokeColor(colors.HexColor("#c9ceda"))
        canvas.setLineWidth(0.5)
        canvas.line(40, 40, width - 40, 40)
        canvas.setFillColor(colors.HexColor("#5b6375"))
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(40, 30, "Brindley Hart Construction Ltd. Registered in England and Wales no. 03318274.")
        canvas.drawString(40, 21, "Registered office: Cauldon House, Leek Road, Stoke-on-Trent ST4 2AR")
        label = f"Page {doc.page} of {total}" if total else f"Page {doc.page}"
        canvas.drawRightString(width - 40, 26, label)
        canvas.restoreState()
    return _bh_page


def _bh_story(full_w, col_w):
    p = lambda text, style=BH_BODY: Paragraph(text, style)  # noqa: E731
    r = lambda text: Paragraph(text, BH_RES, bulletText="\u25a0")  # noqa: E731
    b = lambda text: Paragraph(text, BH_BUL, bulletText="\u2013")  # noqa: E731

    def kicker(text, fill):
        box = Table([[Paragraph(text, BH_KICK)]], colWidths=[len(text) * 5.2 + 12])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        box.hAlign = "LEFT"
        return box

    tiles = [("68%", "of our site workforce live within 10 miles of the campus"),
             ("\u00a39.4m", "spent with businesses in Stoke-on-Trent and Staffordshire"),
             ("14", "apprentices working on site"),
             ("1,860", "hours with schools and colleges"),
             ("640", "volunteering hours given by our staff"),
             ("\u00a36.1m", "of social value, using National TOMs proxy values")]
    cells = [[p(n, BH_TILE_N), p(t, BH_TILE_T)] for n, t in tiles]
    tile_w = (full_w - 16) / 3
    grid = Table([[cells[0], cells[1], cells[2]], [cells[3], cells[4], cells[5]]], colWidths=[tile_w] * 3,
                 spaceBefore=2, spaceAfter=10)
    grid.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BH_PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEABOVE", (0, 0), (-1, 0), 2, BH_ORANGE), ("LINEBELOW", (0, 0), (-1, 0), 4, colors.white),
                              ("LINEAFTER", (0, 0), (1, -1), 4, colors.white),
                              ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    commitments = _table(
        [["TOMs ref", "Measure", "Year 2 target", "Year 2 actual", "Since start"],
         ["NT1", "Local people employed on the contract (FTE)", "40", "47", "52"],
         ["NT6", "Ex-offenders employed on the contract (weeks)", "100", "232", "232"],
         ["NT10", "Apprenticeships on the contract (weeks)", "520", "612", "1,040"],
         ["NT18", "Spend with local businesses (\u00a3m)", "8.0", "9.4", "15.7"],
         ["NT28", "School and college engagement (hours)", "1,500", "1,860", "3,120"],
         ["NT29", "Staff volunteering (hours)", "600", "640", "1,010"]],
        [44, full_w - 44 - 3 * 70, 70, 70, 70], BH_CELL, BH_NAVY, BH_CELLB, grid="#c9ceda", zebra=BH_PALE)
    return [
        p("Etruria Valley Learning Campus", BH_TITLE),
        p("Social value report, year 2: April 2024 to March 2025", BH_SUB),
        p("Prepared for Stoke-on-Trent City Council  |  Contract ref. SOT/CP/2022/118  |  Published June 2025",
          BH_META),
        p("Year 2 at a glance", BH_H1),
        grid,
        p("About this report", BH_H1),
        p("Brindley Hart is building the Etruria Valley Learning Campus, a new 1,200-place secondary school and "
          "sixth form with a community sports hall, for Stoke-on-Trent City Council. When we won the contract we "
          "made commitments to the city on local jobs, local spending, skills and community support, measured with "
          "the National TOMs framework. This report covers the second year of construction and is published "
          "alongside our quarterly returns to the council."),
        p("Message from our Project Director", BH_H1),
        p("Two years in, the campus is taking shape. The steel frame of the main teaching block is complete, the "
          "roof is on and the sports hall will be handed over in spring 2026. Social value is part of how we are "
          "judged on this contract, and it is part of how we want to be judged as neighbours."),
        p("This year we worked with the police to make our site, and the streets around it, safer, and we "
          "welcomed our first colleagues from a local prison. You can read about both on the next page. My thanks "
          "go to our supply chain, to the schools that have opened their doors to us and to everyone living "
          "around the site for their patience."),
        p("<b>Andrew Okafor, Project Director</b>"),
        p("Delivery against our commitments", BH_H1),
        commitments,
        Spacer(1, 4),
        p("Proxy values are from the National TOMs 2024 handbook. Figures are checked each quarter by an "
          "independent social value auditor before they are reported to the council.", BH_SMALL),
        FrameBreak(),
        kicker("SAFER COMMUNITIES", BH_NAVY),
        Spacer(1, 4),
        p("Site Watch with Staffordshire Police", BH_H2),
        p("In our first year the site was broken into eleven times. Thieves took a telehandler, two generators and "
          "hundreds of metres of cable, and at weekends young people were climbing the scaffold. In April 2024 we "
          "set up Site Watch with the Stoke-on-Trent North Local Policing Team."),
        p("We linked the site's CCTV to the force so that officers can watch the cameras live when an alarm goes "
          "off, and every item of plant on site was marked and registered on CESAR, the construction industry's "
          "equipment register. The local PCSOs added the site to their evening patrols, and with our site manager "
          "they gave a talk on the dangers of building sites to every Year 7 and 8 pupil at two nearby schools."),
        _panel([p("WHAT CHANGED", ParagraphStyle("bhk2", parent=BH_KICK, textColor=BH_ORANGE, spaceAfter=4)),
                r("Thefts from the compound fell from 11 to 2"),
                r("A stolen telehandler traced and returned"),
                r("4 arrests after our footage was shared"),
                r("No reports of children on the scaffold since June")],
               col_w, BH_PALE, None, pad=7, left_bar=BH_NAVY),
        Spacer(1, 7),
        p("\u201cSite Watch has made the whole area harder for thieves. Those cameras have helped us with crimes "
          "that had nothing to do with the site.\u201d", BH_QUOTE),
        p("PCSO Leanne Doyle, Staffs Police", BH_QBY),
        kicker("EMPLOYMENT", BH_ORANGE),
        Spacer(1, 4),
        p("Second Chances with HMP Stafford", BH_H2),
        p("Construction needs people, and people leaving prison need work. Since September 2024 we have worked "
          "with the employment hub at HMP Stafford to offer jobs on site to men nearing release. They gain their "
          "CSCS card and a groundworks qualification inside, come out on day release to work alongside our "
          "groundworks team, and are offered a job with us when they are released. A named mentor on site meets "
          "each of them every week."),
        _panel([p("WHAT CHANGED", ParagraphStyle("bhk3", parent=BH_KICK, textColor=BH_ORANGE, spaceAfter=4)),
                r("9 men have joined us from HMP Stafford"),
                r("7 of the 9 are still working for us"),
                r("None has returned to prison")],
               col_w, BH_SAND, None, pad=7, left_bar=BH_ORANGE),
        Spacer(1, 7),
        p("\u201cI walked out of the gate on the Friday with a job to go to on the Monday.\u201d", BH_QUOTE),
        p("D, groundworker", BH_QBY),
        FrameBreak(),
        p("Schools and skills", BH_H2),
        p("Our engineers, quantity surveyors and site managers spent 1,860 hours in schools and colleges this "
          "year, from careers fairs to mock interviews. Fourteen apprentices are now on site, nine of them with our "
          "subcontractors, and we offered 22 work experience placements to students from Stoke-on-Trent College."),
        p("Buying locally", BH_H2),
        p("We spent \u00a39.4m with businesses based in Stoke-on-Trent and Staffordshire, including \u00a31.2m with "
          "small firms and social enterprises. Our meet the buyer day in October drew 61 local firms."),
        p("Year 3 commitments", BH_H1),
        b("Keep at least 60% of the site workforce local as numbers on site peak at about 220."),
        b("Take on four more colleagues through Second Chances."),
        b("Open the sports hall to community groups for free on two evenings a week in its first term."),
        b("Publish our year 3 report in June 2026."),
        _panel([p("<b>Contact us</b>", BH_BODY),
                p("Hannah Birch, Social Value Manager<br/>socialvalue@brindleyhart.example.co.uk<br/>01632 960418",
                  BH_BODY),
                p("Site office: Etruria Valley Learning Campus, Festival Way, Stoke-on-Trent ST1 5PU. For "
                  "concerns about the site out of hours, call our security line on 01632 960419.", BH_SMALL)],
               col_w, None, BH_NAVY, pad=8),
    ]


def brindley_hart_social_value(out: Path) -> None:
    """A construction contractor's social value report for a public contract (A4; a navy band with the
    contractor and the report on page 1, a title, subtitle and meta line, a grid of six KPI tiles, a
    commitments table with TOMs reference codes, then two columns on page 2 with kicker labels, results as
    bulleted bold lines in tinted panels with a bar, pull quotes, a boxed contact; a running head from page
    2; a footer with the company number, registered office and postcode, and 'Page n of m')."""
    width, height = A4
    gap = 20
    full_w = width - 80
    col_w = (full_w - gap) / 2

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=50,
                              title="Etruria Valley Learning Campus: social value report, year 2",
                              author="Brindley Hart Construction Ltd", invariant=1)
        first = [Frame(40, 50, full_w, height - 96 - 50, id="full", leftPadding=0, rightPadding=0)]
        later = [Frame(40, 50, col_w, height - 48 - 50, id="l", leftPadding=0, rightPadding=0),
                 Frame(40 + col_w + gap, 50, col_w, height - 48 - 50, id="r", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_bh_page_factory(total),
                                           autoNextPageTemplate="later"),
                              PageTemplate("later", frames=later, onPage=_bh_page_factory(total))])
        return doc

    _two_pass(out / "brindley-hart-construction-social-value-report-etruria-valley-learning-campus-year-2.pdf",
              build, lambda: _bh_story(full_w, col_w))


# ------------------ 2. A drug and alcohol treatment service's annual review (PDF, A4, tinted sidebar on every page)

TW_TEAL = colors.HexColor("#0d6e72")
TW_MINT = colors.HexColor("#e2f1ef")
TW_CORAL = colors.HexColor("#e0634d")
TW_INK = colors.HexColor("#20303a")
TW_BODY = ParagraphStyle("twbody", fontName="Times-Roman", fontSize=10.4, leading=13.8, spaceAfter=7, textColor=TW_INK)
TW_H1 = ParagraphStyle("twh1", fontName="Helvetica-Bold", fontSize=14, leading=17.5, textColor=TW_TEAL,
                       spaceBefore=10, spaceAfter=6, keepWithNext=1)
TW_NUM = ParagraphStyle("twnum", fontName="Helvetica-Bold", fontSize=14, leading=17.5, textColor=TW_CORAL)
TW_RESH = ParagraphStyle("twresh", fontName="Helvetica-Bold", fontSize=8.6, leading=11, textColor=TW_TEAL,
                         spaceAfter=4)
TW_RES = ParagraphStyle("twres", fontName="Helvetica", fontSize=9.4, leading=12.2, textColor=TW_INK,
                        leftIndent=11, bulletIndent=0, bulletColor=TW_CORAL, spaceAfter=3)
TW_QUOTE = ParagraphStyle("twquote", fontName="Times-Italic", fontSize=11.2, leading=14.6, textColor=TW_TEAL,
                          leftIndent=16, rightIndent=10, spaceAfter=2)
TW_QBY = ParagraphStyle("twqby", fontName="Helvetica", fontSize=7.8, leading=10, textColor=TW_INK, leftIndent=16,
                        spaceAfter=9)
TW_SIDE = ParagraphStyle("twside", fontName="Helvetica", fontSize=7.8, leading=10.2, textColor=colors.white,
                         spaceAfter=5)
TW_SIDEH = ParagraphStyle("twsideh", fontName="Helvetica-Bold", fontSize=9, leading=11.5, textColor=colors.white,
                          spaceAfter=5)
TW_SIDEN = ParagraphStyle("twsiden", fontName="Helvetica-Bold", fontSize=17, leading=19, textColor=colors.white)
TW_STORY = ParagraphStyle("twstory", fontName="Helvetica", fontSize=8.6, leading=11.4, textColor=TW_INK,
                          spaceAfter=5)

TW_SIDEBARS = {
    1: [("h", "About us"),
        ("p", "Tideway Recovery provides free, confidential drug and alcohol treatment for adults in Hull and the "
              "East Riding of Yorkshire. We are commissioned by Hull City Council and East Riding of Yorkshire "
              "Council."),
        ("h", "Our year in numbers"),
        ("n", "3,412"), ("p", "adults in treatment"),
        ("n", "1,190"), ("p", "left treatment free of dependence"),
        ("n", "6 days"), ("p", "average wait from referral to first appointment"),
        ("n", "412"), ("p", "family members and carers supported"),
        ("p", "1 April 2024 to 31 March 2025.")],
    2: [("h", "Need help now?"),
        ("p", "Call us on 01632 960233, Monday to Friday, 9am to 7pm, or just walk in to one of our hubs."),
        ("h", "Our hubs"),
        ("p", "<b>Hull</b><br/>Tideway House, 58 Alfred Gelder Street, Hull HU1 2AB"),
        ("p", "<b>Bridlington</b><br/>14 Quay Road, Bridlington YO15 2AP"),
        ("p", "<b>Goole</b><br/>The Courtyard, Boothferry Road, Goole DN14 5DE"),
        ("p", "Out of hours, call NHS 111. In an emergency, call 999."),
        ("h", "Our funding"),
        ("p", "Our contract with Hull City Council and East Riding of Yorkshire Council is worth \u00a38.7m a year "
              "until March 2028. The custody and naloxone work is also funded through the Humberside Police and "
              "Crime Commissioner's Drug Strategy grant."),
        ("h", "Tell us what you think"),
        ("p", "feedback@tidewayrecovery.example.org.uk")],
}


def _tw_page_factory(total):
    def _tw_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        top = height - 130 if doc.page == 1 else height - 44
        canvas.setFillColor(TW_TEAL)
        canvas.rect(0, 0, 168, top, stroke=0, fill=1)
        if doc.page == 1:
            canvas.setFillColor(TW_MINT)
            canvas.rect(0, height - 130, width, 130, stroke=0, fill=1)
            canvas.setFillColor(TW_TEAL)
            canvas.setFont("Helvetica-Bold", 20)
            canvas.drawString(40, height - 52, "tideway")
            canvas.setFillColor(TW_CORAL)
            canvas.drawString(40 + canvas.stringWidth("tideway ", "Helvetica-Bold", 20), height - 52, "recovery")
            canvas.setFillColor(TW_INK)
            canvas.setFont("Helvetica-Bold", 24)
            canvas.drawString(40, height - 92, "Annual Review 2024/25")
            canvas.setFont("Helvetica", 11)
            canvas.drawString(40, height - 112, "Hull and East Riding drug and alcohol service")
        else:
            canvas.setFillColor(TW_TEAL)
            canvas.setFont("Helvetica", 7.6)
            canvas.drawRightString(width - 36, height - 28, "Tideway Recovery  \u00b7  Annual Review 2024/25")
            canvas.setStrokeColor(TW_CORAL)
            canvas.setLineWidth(0.8)
            canvas.line(188, height - 34, width - 36, height - 34)
        y = top - 24
        for kind, text in TW_SIDEBARS.get(doc.page, []):
            style = {"h": TW_SIDEH, "n": TW_SIDEN, "p": TW_SIDE}[kind]
            para = Paragraph(text, style)
            _, h = para.wrap(168 - 40, 600)
            para.drawOn(canvas, 20, y - h)
            y -= h + style.spaceAfter
        canvas.setFillColor(TW_INK)
        canvas.setFont("Helvetica", 6.6)
        canvas.drawString(188, 34, "Tideway Recovery is a registered charity in England and Wales (no. 1098431)")
        canvas.drawString(188, 26, "and a company limited by guarantee (no. 04703318).")
        canvas.drawString(188, 18, "Registered office: Tideway House, 58 Alfred Gelder Street, Hull HU1 2AB  \u00b7  "
                                   "tidewayrecovery.example.org.uk")
        label = f"{doc.page} / {total}" if total else f"{doc.page}"
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawRightString(width - 36, 25, label)
        canvas.restoreState()
    return _tw_page


def _tw_story(main_w):
    p = lambda text, style=TW_BODY: Paragraph(text, style)  # noqa: E731
    r = lambda text: Paragraph(text, TW_RES, bulletText="\u25cf")  # noqa: E731

    def head(num, text):
        t = Table([[p(num, TW_NUM), p(text, ParagraphStyle("twh1b", parent=TW_H1, spaceBefore=0, spaceAfter=0))]],
                  colWidths=[30, main_w - 30], spaceBefore=10, spaceAfter=6)
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.6, TW_CORAL), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        t.keepWithNext = 1
        return t

    def results(lines):
        return _panel([p("What difference has it made?", TW_RESH)] + [r(x) for x in lines], main_w, TW_MINT, None,
                      pad=8, left_bar=TW_CORAL)

    return [
        p("Welcome", TW_H1),
        p("This has been a year of firsts for Tideway. For the first time we have workers in the custody suite every "
          "day, every response officer in Hull now carries naloxone, and our Recovery Champions have been waiting "
          "at the prison gate. Drug deaths in our area are still among the highest in England, and behind each one "
          "is a family who did everything they could."),
        p("I want to thank our staff and volunteers, the people who use our service and their families, and our "
          "partners for everything they have done this year."),
        p("<b>Joanne Whitfield</b>, Service Director"),
        head("01", "From custody into treatment"),
        p("Many of the people we most need to reach first meet the system in a police cell. Since October 2024 our "
          "arrest referral workers have been based in the Clough Road custody suite in Hull every day from 8am to "
          "10pm. They see everyone who tests positive for cocaine or opiates after arrest, and anyone else who asks, "
          "while they are still in custody."),
        p("Humberside Police's custody sergeants now make a required assessment with us a condition for people who "
          "test positive, and our workers can book a prescribing appointment for the same or the next day, so that "
          "nobody leaves custody without a plan. Before, arrest referral was a leaflet and a phone number. Now it is "
          "a conversation in the cell, and often a lift to the hub in the morning."),
        results(["1,126 people seen in custody",
                 "388 started treatment within three weeks, up from 140",
                 "Two in three were still in treatment after 12 weeks"]),
        Spacer(1, 8),
        p("\u201cWe see people at the worst point of their week, which is often the only point anyone can reach "
          "them.\u201d", TW_QUOTE),
        p("Sergeant Mike Thornton, custody sergeant, Humberside Police", TW_QBY),
        head("02", "Naloxone in every patrol car"),
        p("Naloxone reverses an opioid overdose for long enough for an ambulance to arrive. In March 2024 the force "
          "agreed that its response officers in Hull would carry nasal naloxone, and our nurses trained them to "
          "spot an overdose and give it. By December every response officer in the city had been trained, and the "
          "kits are now checked at the start of every shift alongside first aid kits."),
        results(["386 officers trained by our nurses",
                 "Officers have used naloxone 23 times",
                 "21 of those people survived"]),
        Spacer(1, 8),
        p("\u201cI carried it for six months without needing it, then used it twice in one week.\u201d", TW_QUOTE),
        p("PC Amy Hewitt, Hull response team", TW_QBY),
        head("03", "Recovery Champions at the prison gate"),
        p("The first days after prison are the most dangerous for anyone who has used opiates. HMP Hull's "
          "resettlement team tells us each week who is due to be released with a treatment plan, and since May "
          "2024 one of our Recovery Champions, volunteers with their own experience of recovery, has met them at "
          "the gate. The Champion takes them to their first appointment at our hub, then on to the housing office "
          "or the jobcentre, and stays in touch by phone for the first month."),
        results(["217 people met at the gate",
                 "First appointments kept rose from 38% to 81%",
                 "32 Recovery Champions trained"]),
        Spacer(1, 8),
        _panel([p("Lee's story", TW_RESH),
                p("Lee is 44 and has been in and out of prison since his twenties. \u201cEvery time I got out I had a "
                  "bag, a discharge grant and an appointment I never went to. This time Steve was at the gate. He'd "
                  "been where I was. We had a brew and then we went straight to the hub.\u201d Lee has now been on "
                  "a prescription for eight months and volunteers at our Hull hub on Thursdays.", TW_STORY)],
               main_w, None, TW_TEAL, pad=8),
        p("Families and carers", TW_H1),
        p("Our family support group meets every Tuesday evening at the Hull hub and every other Wednesday in "
          "Bridlington. This year 412 family members and carers came to a group or had one-to-one support, and "
          "the first families' newsletter went out in January."),
        p("Looking ahead", TW_H1),
        p("In 2025/26 we will open a weekly clinic in Withernsea, start arrest referral sessions in Bridlington "
          "custody, and work with the local NHS trust on a new pathway for people who are admitted to hospital "
          "with alcohol-related liver disease."),
        p("Thank you", TW_H1),
        p("Our thanks go to Hull City Council, East Riding of Yorkshire Council, the Humberside Police and Crime "
          "Commissioner, Humberside Police, HMP Hull, Humber Teaching NHS Foundation Trust and every one of our "
          "volunteers."),
    ]


def tideway_annual_review(out: Path) -> None:
    """A drug and alcohol treatment service's annual review (A4, three pages; a mint cover band with the
    service's word mark, title and area on page 1, a teal sidebar on every page drawn beside the text with
    about us and figures, help and hubs, funding; Times body, numbered section heads in coral over a coral
    rule, results panels with a bar, pull quotes, a boxed story; a running head from page 2; a footer with the
    charity and company numbers, registered office and postcode, and 'n / m')."""
    width, height = A4
    main_x = 188
    main_w = width - main_x - 36

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=main_x, rightMargin=36, topMargin=44, bottomMargin=46,
                              title="Tideway Recovery Annual Review 2024/25", author="Tideway Recovery", invariant=1)
        first = [Frame(main_x, 46, main_w, height - 146 - 46, id="m1", leftPadding=0, rightPadding=0)]
        later = [Frame(main_x, 46, main_w, height - 48 - 46, id="m", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_tw_page_factory(total),
                                           autoNextPageTemplate="later"),
                              PageTemplate("later", frames=later, onPage=_tw_page_factory(total))])
        return doc

    _two_pass(out / "tideway-recovery-annual-review-2024-25.pdf", build, lambda: _tw_story(main_w))


# ------------------ 3. A private security company's services brochure (PDF, A4 landscape, tri-fold panels)

CV_BLACK = colors.HexColor("#16181d")
CV_GOLD = colors.HexColor("#c9a227")
CV_GREY = colors.HexColor("#f2f2f0")
CV_BODY = ParagraphStyle("cvbody", fontName="Helvetica", fontSize=8.6, leading=11.6, spaceAfter=5, textColor=CV_BLACK)
CV_BODYW = ParagraphStyle("cvbodyw", parent=CV_BODY, textColor=colors.white)
CV_H = ParagraphStyle("cvh", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=CV_BLACK, spaceAfter=6,
                      spaceBefore=2)
CV_HW = ParagraphStyle("cvhw", parent=CV_H, textColor=CV_GOLD)
CV_SH = ParagraphStyle("cvsh", fontName="Helvetica-Bold", fontSize=9.2, leading=11.5, textColor=CV_BLACK,
                       spaceBefore=3, spaceAfter=2)
CV_BUL = ParagraphStyle("cvbul", parent=CV_BODY, leftIndent=10, bulletIndent=0, spaceAfter=3)
CV_BULW = ParagraphStyle("cvbulw", parent=CV_BUL, textColor=colors.white, bulletColor=CV_GOLD)
CV_RES = ParagraphStyle("cvres", fontName="Helvetica-Bold", fontSize=8.6, leading=11, textColor=CV_BLACK,
                        leftIndent=10, bulletIndent=0, bulletColor=CV_GOLD, spaceAfter=3)
CV_QUOTE = ParagraphStyle("cvquote", fontName="Helvetica-Oblique", fontSize=9, leading=12, textColor=CV_BLACK,
                          spaceAfter=2)
CV_QBY = ParagraphStyle("cvqby", fontName="Helvetica-Bold", fontSize=7.2, leading=9, textColor=CV_GOLD, spaceAfter=8)
CV_COVER1 = ParagraphStyle("cvc1", fontName="Helvetica-Bold", fontSize=30, leading=32, textColor=colors.white)
CV_COVER2 = ParagraphStyle("cvc2", fontName="Helvetica", fontSize=12, leading=14, textColor=CV_GOLD, spaceAfter=40)
CV_TAG = ParagraphStyle("cvtag", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=colors.white,
                        spaceAfter=16)
CV_SMALLW = ParagraphStyle("cvsmallw", fontName="Helvetica", fontSize=7, leading=9, textColor=colors.HexColor("#b9bbc2"),
                           spaceAfter=3)
CV_BIGN = ParagraphStyle("cvbign", fontName="Helvetica-Bold", fontSize=20, leading=22, textColor=CV_GOLD)


def _cv_page_factory(panel_w):
    def _cv_page(canvas, doc):
        width, height = landscape(A4)
        canvas.saveState()
        if doc.page == 1:
            canvas.setFillColor(CV_BLACK)
            canvas.rect(2 * panel_w, 0, panel_w, height, stroke=0, fill=1)
            canvas.setFillColor(CV_GREY)
            canvas.rect(panel_w, 0, panel_w, height, stroke=0, fill=1)
            canvas.setFillColor(CV_GOLD)
            canvas.rect(2 * panel_w, height - 8, panel_w, 8, stroke=0, fill=1)
        else:
            canvas.setFillColor(CV_GOLD)
            canvas.rect(0, height - 8, width, 8, stroke=0, fill=1)
            canvas.setFillColor(CV_GREY)
            canvas.rect(panel_w, 0, panel_w, height - 8, stroke=0, fill=1)
        canvas.setStrokeColor(colors.HexColor("#d6d6d2"))
        canvas.setDash(2, 3)
        canvas.setLineWidth(0.3)
        canvas.line(panel_w, 12, panel_w, 22)
        canvas.line(2 * panel_w, 12, 2 * panel_w, 22)
        canvas.restoreState()
    return _cv_page


def _cv_story(inner_w):
    p = lambda text, style=CV_BODY: Paragraph(text, style)  # noqa: E731
    bw = lambda text: Paragraph(text, CV_BULW, bulletText="\u25aa")  # noqa: E731
    b = lambda text: Paragraph(text, CV_BUL, bulletText="\u25aa")  # noqa: E731
    r = lambda text: Paragraph(text, CV_RES, bulletText="\u25b8")  # noqa: E731
    return [
        # page 1, panel 1 (inside flap)
        p("Why Corvid?", CV_H),
        p("We are an independent security company, founded in Nottingham in 2009 and still run by the people who "
          "started it. We look after shops, hospitals, offices, events and empty buildings across the East "
          "Midlands."),
        b("SIA Approved Contractor since 2011"),
        b("Every officer directly employed and paid at least the Real Living Wage"),
        b("Our own control room in Nottingham, staffed 24 hours a day"),
        b("Officers trained in conflict management, first aid and mental health awareness"),
        b("One account manager who knows your site"),
        Spacer(1, 10),
        p("420", CV_BIGN), p("SIA-licensed officers"),
        p("96%", CV_BIGN), p("of our clients renewed their contract last year"),
        p("15 minutes", CV_BIGN), p("average alarm response time in Nottingham"),
        FrameBreak(),
        # page 1, panel 2 (back cover)
        Spacer(1, 150),
        p("Talk to us", CV_H),
        p("<b>Corvid Security Ltd</b><br/>Unit 4, Lenton Business Centre<br/>Lenton Boulevard<br/>Nottingham NG7 2BY"),
        p("<b>0115 496 0588</b><br/>hello@corvidsecurity.example.co.uk<br/>corvidsecurity.example.co.uk"),
        p("Control room (24 hours): 0115 496 0589"),
        Spacer(1, 14),
        p("<b>Accreditations</b>", CV_SH),
        p("SIA Approved Contractor Scheme  \u00b7  ISO 9001:2015  \u00b7  ISO 14001:2015  \u00b7  SafeContractor"),
        Spacer(1, 40),
        p("Corvid Security Ltd. Registered in England and Wales no. 07210944. Printed on recycled paper. "
          "CS-BRO-0925", ParagraphStyle("cvtiny", parent=CV_BODY, fontSize=6.6, leading=8.4,
                                         textColor=colors.HexColor("#6b6e76"))),
        FrameBreak(),
        # page 1, panel 3 (front cover)
        Spacer(1, 40),
        p("CORVID", CV_COVER1),
        p("S E C U R I T Y", CV_COVER2),
        p("Security people who know your streets", CV_TAG),
        p("Retail  \u00b7  Healthcare  \u00b7  Events  \u00b7  Mobile patrols  \u00b7  Key holding", CV_BODYW),
        Spacer(1, 160),
        p("Nottingham  \u00b7  Derby  \u00b7  Leicester", CV_SMALLW),
        FrameBreak(),
        # page 2, panel 1
        p("What we do", CV_H),
        p("Retail security", CV_SH),
        p("Uniformed officers and plain-clothes store detectives for high street shops, supermarkets and shopping "
          "centres, with body-worn cameras as standard."),
        p("Healthcare", CV_SH),
        p("Security officers for hospitals and clinics, trained in restraint reduction and in working alongside "
          "clinical staff."),
        p("Events", CV_SH),
        p("Door supervisors, stewards and response teams for festivals, sport and markets. Our events team looks "
          "after Nottingham's Christmas market each year and joins the safety advisory group meetings for the "
          "events we cover."),
        p("Mobile patrols and alarm response", CV_SH),
        p("Marked vehicles patrolling business parks, schools and empty buildings overnight, and responding to "
          "alarms on your behalf."),
        p("Key holding and lock and unlock", CV_SH),
        p("We hold your keys securely and open and close your premises, so your staff never have to attend an "
          "alarm alone at night."),
        FrameBreak(),
        # page 2, panel 2 (case study)
        p("CASE STUDY", ParagraphStyle("cvkick", fontName="Helvetica-Bold", fontSize=7.4, leading=9, textColor=CV_GOLD,
                                       spaceAfter=3)),
        p("The Nottingham Retail Crime Hub", CV_H),
        p("Shop theft in Nottingham city centre rose sharply after 2022, and our retail clients kept telling us the "
          "same faces were stealing from store after store. In January 2025 we set up the Retail Crime Hub with "
          "the City Business Crime Team at Nottinghamshire Police."),
        p("Our store detectives and officers in 38 city centre stores now build one standard evidence pack for every "
          "theft, with CCTV stills, a statement and the value of the goods, uploaded within 24 hours. An analyst in "
          "our control room links incidents to the same people and sends the team a weekly list of the most "
          "prolific offenders, with their packs ready for a charging decision."),
        _panel([p("<b>January to June 2025</b>", CV_BODY),
                r("112 prolific offenders identified"),
                r("Shop theft charges up from 14% to 31%"),
                r("9 criminal behaviour orders granted")],
               inner_w, colors.white, CV_GOLD, pad=7),
        Spacer(1, 8),
        p("\u201cThe packs arrive ready to use. It has changed how quickly we can put a case together.\u201d",
          CV_QUOTE),
        p("INSPECTOR RAJ BAINS, NOTTS POLICE", CV_QBY),
        FrameBreak(),
        # page 2, panel 3
        p("What our clients say", CV_H),
        p("\u201cCorvid's officers are part of our team. They know our staff by name and our patients trust "
          "them.\u201d", CV_QUOTE),
        p("ESTATES MANAGER, NHS TRUST, DERBY", CV_QBY),
        p("\u201cThree years running they've handled 40,000 people a day at our festival without a fuss.\u201d",
          CV_QUOTE),
        p("EVENTS DIRECTOR, LEICESTERSHIRE", CV_QBY),
        p("Our people", CV_SH),
        p("Every Corvid officer holds a Security Industry Authority licence and is vetted to BS 7858. We don't "
          "subcontract, so the officer on your site is one of ours."),
        Spacer(1, 8),
        _panel([p("<b>Get a free site survey</b>", CV_BODYW),
                p("Call 0115 496 0588 or email hello@corvidsecurity.example.co.uk and one of our managers will "
                  "visit within a week.", CV_BODYW)],
               inner_w, CV_BLACK, None, pad=9),
    ]


def corvid_brochure(out: Path) -> None:
    """A private security company's tri-fold services brochure (A4 landscape, two pages of three panels: the
    inside flap with reasons and big figures, the back cover with contact details, accreditations, the
    company number and a print code, and the black front cover with the word mark, tagline, services and
    towns; inside, what we do with run-in service heads, a case study with a results box and a pull quote,
    testimonials, our people and a call to action in a black box; gold rules and fold marks)."""
    width, height = landscape(A4)
    panel_w = width / 3
    pad = 24
    inner_w = panel_w - 2 * pad

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=landscape(A4), leftMargin=0, rightMargin=0, topMargin=0,
                              bottomMargin=0, title="Corvid Security: our services",
                              author="Corvid Security Ltd", invariant=1)
        frames = [Frame(i * panel_w + pad, 26, inner_w, height - 26 - 30, id=f"p{i}", leftPadding=0,
                        rightPadding=0, topPadding=0, bottomPadding=0) for i in range(3)]
        doc.addPageTemplates([PageTemplate("panels", frames=frames, onPage=_cv_page_factory(panel_w))])
        return doc

    _two_pass(out / "corvid-security-services-brochure-2025.pdf", build, lambda: _cv_story(inner_w))


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


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True, style="Table Grid", size=None,
          head_color=None):
    from docx.shared import Pt, RGBColor

    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = style
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, (cell, value) in enumerate(zip(cells, row)):
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            if size:
                run.font.size = Pt(size)
            if (r == 0 and head_row and not label_col) or (label_col and c == 0):
                run.bold = True
                if head_color and r == 0 and not label_col:
                    run.font.color.rgb = RGBColor.from_string(head_color)
                if header_fill:
                    _shade(cell, header_fill)
    return table


def _styled(document, text: str, size=None, bold=False, italic=False, color=None, align=None, space_after=None,
            space_before=None, font=None, style=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        paragraph.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        paragraph.paragraph_format.space_before = Pt(space_before)
    return paragraph


def _recolour_heading(document, level: int, color: str, font: str | None = None, size=None) -> None:
    from docx.shared import Pt, RGBColor

    style = document.styles[f"Heading {level}"]
    style.font.color.rgb = RGBColor.from_string(color)
    if font:
        style.font.name = font
    if size:
        style.font.size = Pt(size)


def _borders(table, value="nil", size=None, color=None) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        if size is not None:
            element.set(qn("w:sz"), str(size))
        if color is not None:
            element.set(qn("w:color"), color)
        element.set(qn("w:space"), "0")
        borders.append(element)
    tbl_pr.append(borders)


def _box(document, fill: str | None, border: str, value="single", size=12):
    """A one-cell table used as a boxed panel; returns the cell, its first paragraph empty."""
    table = document.add_table(rows=1, cols=1)
    _borders(table, value, size, border)
    cell = table.rows[0].cells[0]
    if fill:
        _shade(cell, fill)
    return cell


def _cell_para(cell, text: str, bold=False, italic=False, size=None, color=None, first=False, align=None, style=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph(style=style)
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if align == "right":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return paragraph


def _rule(paragraph, color: str, edge: str = "bottom", size: int = 8) -> None:
    """A paragraph border above or under a paragraph, as people draw rules by hand in Word."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{edge}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(size))
    line.set(qn("w:space"), "1")
    line.set(qn("w:color"), color)
    borders.append(line)
    p_pr.append(borders)


def _run_in(document, head: str, text: str, style=None, head_color=None):
    """A paragraph opening with a bold run-in head."""
    from docx.shared import RGBColor

    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(head)
    run.bold = True
    if head_color:
        run.font.color.rgb = RGBColor.from_string(head_color)
    paragraph.add_run(text)
    return paragraph


def _base_font(document, name: str, size: float) -> None:
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)


# ------------------ 4. A supported housing provider's quarterly contract monitoring report (Word, heading styles)

def foxglove_monitoring_report(out: Path) -> None:
    """A supported housing provider's quarterly contract monitoring report to a council's commissioners
    (Word, Calibri, Title style, a labelled cover table with a shaded label column, numbered Heading 1 and
    Heading 2 sections recoloured plum, a KPI table with a RAG column shaded green and amber, an incidents
    table, List Bullet results, an italic resident's quote, a risk log table, List Number actions and a
    sign-off): header with the provider, service and quarter; footer with a commercial confidentiality line,
    the society and registered provider numbers and the page number."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _base_font(document, "Calibri", 10.5)
    _recolour_heading(document, 1, "6B2D5C", "Calibri", 14)
    _recolour_heading(document, 2, "6B2D5C", "Calibri", 11.5)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.add_run("Foxglove Housing Support  |  Young People's Supported Housing Service  |  Q2 2025/26").font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.add_run("Commercially confidential: for Leicester City Council contract monitoring only.  Page ").font.size = Pt(8)
    _page_number_field(footer)
    second = section.footer.add_paragraph()
    second.add_run("Foxglove Housing Support is a registered society (no. 30114R) and a registered provider of social "
                   "housing (no. 4817).").font.size = Pt(7.5)

    document.add_paragraph("Quarterly Contract Monitoring Report", style="Title")
    _styled(document, "Young People's Supported Housing Service, Leicester", size=13, color="6B2D5C", space_after=10)
    cover = _grid(document, [
        ["Provider", "Foxglove Housing Support"],
        ["Service", "Young People's Supported Housing Service (ages 16 to 25)"],
        ["Commissioner", "Leicester City Council, Housing Commissioning Team"],
        ["Contract reference", "LCC/HC/2023/041"],
        ["Reporting period", "Quarter 2, 2025/26 (1 July to 30 September 2025)"],
        ["Prepared by", "Nadia Rahman, Service Manager"],
        ["Date submitted", "17 October 2025"],
    ], header_fill="EADCE6", label_col=True, head_row=False)
    del cover

    document.add_heading("1. Service summary", level=1)
    document.add_paragraph(
        "The service provides 64 units of supported accommodation for young people aged 16 to 25 at two schemes, "
        "Lansdowne House (40 self-contained flats) and Tudor Court (24 rooms with shared kitchens), with floating "
        "support for up to 30 young people after they move on. Staff are on site 24 hours a day at both schemes.")
    document.add_paragraph(
        "Occupancy stayed above target this quarter and planned move-ons improved. Referral assessments slipped "
        "below target in August while two posts were vacant (section 7). Section 5.3 updates commissioners on the "
        "joint work with the police at Lansdowne House that we reported as a risk in Q1.")

    document.add_heading("2. Key performance indicators", level=1)
    kpis = _grid(document, [
        ["KPI", "Measure", "Target", "Q1", "Q2", "RAG"],
        ["KPI 1", "Occupancy", "92%", "93%", "94%", "Green"],
        ["KPI 2", "Referrals assessed within 5 working days", "95%", "97%", "91%", "Amber"],
        ["KPI 3", "Planned move-ons as a share of all departures", "70%", "68%", "74%", "Green"],
        ["KPI 4", "Young people in education, employment or training", "55%", "49%", "52%", "Amber"],
        ["KPI 5", "Support plans reviewed at least every 6 weeks", "100%", "100%", "98%", "Amber"],
    ], header_fill="6B2D5C", head_color="FFFFFF", size=9.5)
    for row in kpis.rows[1:]:
        cell = row.cells[5]
        _shade(cell, "C6E7C6" if cell.text == "Green" else "FCE3B0")
    _styled(document, "RAG: Green is on or above target; Amber is within 5 percentage points; Red is more than 5 "
                      "points below.", size=8.5, italic=True, space_before=4)

    document.add_heading("3. Referrals and occupancy", level=1)
    document.add_paragraph(
        "We received 38 referrals in the quarter (Q1: 41): 31 from the council's Housing Options service and 7 from "
        "Children's Services for care leavers. 16 young people moved in. At 30 September there were 4 void units, "
        "all at Tudor Court, and the average void period was 11 days.")

    document.add_heading("4. Move-on", level=1)
    document.add_paragraph(
        "14 young people left the service: 10 in a planned way (6 to council or housing association tenancies, 3 "
        "to private rented homes and 1 back to family), 3 were evicted for rent arrears or behaviour and 1 "
        "abandoned the tenancy. Floating support is working with 27 young people.")

    document.add_heading("5. Safeguarding and incidents", level=1)
    document.add_heading("5.1 Safeguarding referrals", level=2)
    document.add_paragraph(
        "We made 9 safeguarding referrals (Q1: 12), all acknowledged by the council within one working day. No "
        "referral needed a section 42 enquiry.")
    document.add_heading("5.2 Incidents", level=2)
    _grid(document, [
        ["Incident type", "Q1", "Q2"],
        ["Violence or threats between residents", "7", "5"],
        ["Damage to property", "11", "8"],
        ["Missing episodes reported to the police", "16", "12"],
        ["Drug-related incidents", "9", "6"],
        ["Fire alarm activations", "14", "10"],
    ], header_fill="EADCE6", size=9.5)
    document.add_heading("5.3 Cuckooing at Lansdowne House: Safe Door", level=2)
    document.add_paragraph(
        "In Q1 we reported that older men, some from outside the city, were getting into flats at Lansdowne House "
        "and using them to deal drugs, in two cases after befriending residents who had just moved in. Staff had "
        "found non-residents in flats 27 times that quarter.")
    document.add_paragraph(
        "In July we started Safe Door with the Leicester West neighbourhood policing team of Leicestershire Police. "
        "Officers and our senior support worker now make joint welfare visits every week to the residents we think "
        "are most at risk, and the force shares what it knows about the men involved at a monthly meeting with our "
        "managers. We changed the main entrance to fob-only entry with every visitor signed in and out, and in "
        "August the police obtained a partial closure order on one flat, which stops anyone but the tenant going "
        "in for three months.")
    document.add_paragraph("Results so far:")
    document.add_paragraph("non-residents found in flats fell from 27 in Q1 to 6 in Q2", style="List Bullet")
    document.add_paragraph("two young people referred under the National Referral Mechanism as possible victims of "
                           "exploitation, both now supported by the council's exploitation team", style="List Bullet")
    document.add_paragraph("no resident has lost their tenancy because of cuckooing", style="List Bullet")
    _styled(document, "\u201cI didn't know how to say no to them. Now there's always someone around.\u201d "
                      "(resident, Lansdowne House)", italic=True, color="6B2D5C")

    document.add_heading("6. Complaints and compliments", level=1)
    document.add_paragraph(
        "We received 2 stage 1 complaints, about repairs at Tudor Court and a noise issue, both resolved within 10 "
        "working days. No complaint went to stage 2. We received 6 compliments, 4 of them from social workers.")

    document.add_heading("7. Staffing", level=1)
    document.add_paragraph(
        "Two support worker vacancies at Tudor Court were filled in September. Agency cover came to 312 hours in "
        "the quarter (Q1: 408). All staff are up to date with safeguarding training, and 5 staff completed "
        "trauma-informed practice training.")

    document.add_heading("8. Young people's voice", level=1)
    document.add_paragraph(
        "The residents' panel met twice. Residents asked for better Wi-Fi at Tudor Court, which has been ordered, "
        "and for a cooking session each week, which started in September with a volunteer chef.")

    document.add_heading("9. Risks and issues", level=1)
    _grid(document, [
        ["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
        ["Exploitation of residents at Lansdowne House", "Medium", "High",
         "Joint visits and monthly meetings with the police; fob-only entry", "Service Manager"],
        ["Rising rent arrears after Universal Credit changes", "High", "Medium",
         "Welfare benefits adviser in post two days a week", "Finance Lead"],
        ["Fire door repairs at Tudor Court", "Low", "High", "Contractor booked for November", "Property Manager"],
    ], header_fill="6B2D5C", head_color="FFFFFF", size=9)

    document.add_heading("10. Actions for next quarter", level=1)
    for text in ["Bring referral assessments back within 5 working days now that both posts are filled.",
                 "Review Safe Door with the police and agree whether to extend it to Tudor Court.",
                 "Start the employment skills group with the council's Youth Employment Hub in November.",
                 "Submit the annual service review by 31 January 2026."]:
        document.add_paragraph(text, style="List Number")

    _styled(document, "Submitted by: Nadia Rahman, Service Manager, Foxglove Housing Support", bold=True,
            space_before=10)
    document.add_paragraph("0116 496 0312  |  nadia.rahman@foxglovehousing.example.org.uk")

    _save_docx(document, out / "foxglove-housing-support-contract-monitoring-report-q2-2025-26.docx",
               "Quarterly Contract Monitoring Report Q2 2025/26", "Nadia Rahman")


# ------------------ 5. A town centre manager's monthly report to a partnership board (Word, no heading styles)

def carlisle_board_report(out: Path) -> None:
    """A town centre manager's monthly report to a town centre partnership's board (Word, Arial, no heading
    styles: a cover block of bold lines with the agenda item, report of and purpose, numbered paragraphs with
    bold numbered heads typed in, bold run-in sub-numbers, a footfall table, results as indented lines, an
    events table, a budget table, the decisions in a shaded box): header with the board meeting and item,
    footer with the company number and registered office and postcode, and the page number."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _base_font(document, "Arial", 10)
    teal = "005F73"
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.add_run("Carlisle City Centre Partnership  |  Board, 9 December 2025  |  Item 4").font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.add_run("Carlisle City Centre Partnership Ltd, a company limited by guarantee registered in England and "
                   "Wales no. 08415562. Registered office: 3 Bank Street, Carlisle CA3 8HG.   ").font.size = Pt(7.5)
    _page_number_field(footer)

    _styled(document, "CARLISLE CITY CENTRE PARTNERSHIP", bold=True, size=15, color=teal, space_after=2)
    _styled(document, "Board meeting: Tuesday 9 December 2025, 8.30am, Tullie House", size=10, space_after=2)
    _styled(document, "Agenda item 4", bold=True, size=10, space_after=10)
    title = _styled(document, "Town Centre Manager's Report: November 2025", bold=True, size=13, space_after=8)
    _rule(title, teal)
    _run_in(document, "Report of: ", "Gemma Irving, Town Centre Manager")
    _run_in(document, "Purpose: ", "For information, and for decision at paragraph 9")

    def head(text):
        p = _styled(document, text, bold=True, size=11, color=teal, space_before=10, space_after=4)
        return p

    def line(text):
        p = document.add_paragraph(text)
        p.paragraph_format.left_indent = Pt(24)
        p.paragraph_format.space_after = Pt(2)
        return p

    head("1. Summary")
    _run_in(document, "1.1 ", "November was the city centre's busiest month of the year so far, helped by the "
                             "Christmas lights switch-on on 16 November. This report covers footfall, the police's "
                             "Christmas operation, the first month of the Safe Space, our Welcome Ambassadors, "
                             "vacant units, December events and the budget.")

    head("2. Footfall and car parks")
    _run_in(document, "2.1 ", "Footfall counted by our cameras on English Street and Scotch Street was 612,400 in "
                             "November, 3.1% up on November 2024.")
    _grid(document, [
        ["Week beginning", "Footfall 2025", "Same week 2024", "Change"],
        ["3 November", "131,200", "129,800", "+1.1%"],
        ["10 November", "138,900", "136,400", "+1.8%"],
        ["17 November", "171,600", "158,300", "+8.4%"],
        ["24 November", "170,700", "169,500", "+0.7%"],
    ], header_fill="D5E8EC", size=9)
    _run_in(document, "2.2 ", "Council car parks were 78% full on Saturdays. The Park and Ride ran on all four "
                             "Saturdays and carried 5,870 passengers.")

    head("3. Christmas lights switch-on")
    _run_in(document, "3.1 ", "About 9,000 people came to the switch-on on 16 November. Thanks to Cumberland "
                             "Council's events team, the stewards and the businesses who stayed open late.")

    head("4. Crime and safety")
    _run_in(document, "4.1 Operation Evergreen. ",
            "Cumbria Constabulary's Carlisle City Neighbourhood Policing Team began Operation Evergreen, its "
            "Christmas plan for the city centre, on 14 November. The team has doubled patrols on English Street, "
            "Scotch Street and in The Lanes between 11am and 7pm, and a named officer now visits every Retail Radio "
            "member each week. Retail Radio members share live alerts about known shop thieves on the radio and "
            "through the DISC app, where the police also share photographs of people banned from the city centre "
            "by the courts. Carlisle Pubwatch has agreed that anyone banned from shops for violence will also be "
            "refused entry to its members' venues until the New Year.")
    _run_in(document, "4.2 ", "The police have shared these early figures for 14 to 30 November, against the same "
                             "dates last year:")
    line("Shop theft reports fell from 84 to 61")
    line("17 arrests, 11 of them for shop theft")
    line("3 criminal behaviour orders applied for")
    _run_in(document, "4.3 Safe Space. ",
            "On 8 November Carlisle Street Angels opened the Safe Space in the Old Town Hall on Friday and Saturday "
            "nights from 10pm to 4am, with Cumberland Council, which provides the room and pays for first aid cover. "
            "Volunteers and a first aider look after people who are drunk, hurt, lost or upset until they can get "
            "home safely, and keep in touch with the CCTV control room and door staff by radio. In its first four "
            "weekends:")
    line("58 people helped at the Safe Space")
    line("9 ambulance call-outs avoided, by the ambulance service's estimate")
    line("22 people helped to get home by taxi or with a friend")
    _run_in(document, "4.4 Retail Radio. ", "Membership stands at 71 businesses, with 4 new members this month. The "
                                            "subscription for 2026 stays at \u00a3240 a year.")

    head("5. Welcome Ambassadors")
    _run_in(document, "5.1 ",
            "Our two Welcome Ambassadors have now been on the streets for six months. As well as giving directions "
            "and helping visitors, they walk every street in the centre each week and report graffiti, fly-posting, "
            "broken paving and overflowing bins to Cumberland Council through its Report It system, and they have "
            "been trained to spot people who may be sleeping rough or being exploited and to refer them to the "
            "council's outreach team. Since June:")
    line("142 graffiti tags reported; 131 were removed within 48 hours")
    line("27 people sleeping rough referred to the outreach team")
    line("more than 3,000 visitors helped with directions or information")

    head("6. Vacant units")
    _run_in(document, "6.1 ", "The vacancy rate is 14.2% (61 of 430 ground floor units), down from 15.0% in August. "
                             "Three units opened in November, including a bakery on Fisher Street.")

    head("7. December events")
    _grid(document, [
        ["Date", "Event", "Where"],
        ["Every Saturday", "Christmas market, 10am to 5pm", "Market Square"],
        ["Sunday 14 December", "Late night shopping and carols", "Greenmarket"],
        ["Saturday 20 December", "Santa's grotto and reindeer", "The Lanes"],
        ["Wednesday 31 December", "New Year's Eve fireworks, 9pm", "Bitts Park"],
    ], header_fill="D5E8EC", size=9)

    head("8. Budget")
    _run_in(document, "8.1 ", "Spending is on track. The figures below are for April to November.")
    _grid(document, [
        ["", "Budget 2025/26", "Spent to date", "Forecast"],
        ["Staff (manager and two ambassadors)", "\u00a396,000", "\u00a363,400", "\u00a395,100"],
        ["Events and marketing", "\u00a348,000", "\u00a339,200", "\u00a349,500"],
        ["Retail Radio and DISC licences", "\u00a314,500", "\u00a310,900", "\u00a314,500"],
        ["Total", "\u00a3158,500", "\u00a3113,500", "\u00a3159,100"],
    ], header_fill="D5E8EC", size=9)

    head("9. Decisions for the Board")
    box = _box(document, "EAF4F6", teal, size=8)
    _cell_para(box, "The Board is asked to:", bold=True, first=True)
    _cell_para(box, "(a) note the report;")
    _cell_para(box, "(b) agree \u00a33,500 from reserves to keep the Safe Space open on New Year's Eve and on the "
                    "two Fridays before Christmas; and")
    _cell_para(box, "(c) agree that the Town Centre Manager asks Cumberland Council to fund a third Welcome "
                    "Ambassador from April 2026.")
    _styled(document, "Contact: Gemma Irving, Town Centre Manager, 01632 960775, gemma@carlislecitycentre.example.co.uk",
            size=9, space_before=10)
    _styled(document, "Next Board meeting: Tuesday 10 February 2026", size=9)

    _save_docx(document, out / "carlisle-city-centre-partnership-town-centre-manager-report-november-2025.docx",
               "Town Centre Manager's Report: November 2025", "Gemma Irving")


# ------------------ 6. A convenience store chain's loss prevention memo to store managers (Word, a memo)

def fairleys_memo(out: Path) -> None:
    """A convenience store chain's loss prevention memo to its store managers (Word, Arial: the chain's name in
    bold red and MEMO set large, a borderless memo fields table with bold labels, a rule, bold headings typed
    as paragraphs, the pilot results in a red-bordered one-cell box, List Number steps, a 'Do / Don't' table
    with shaded heads, a signature block): header with an internal marking, footer with the company number
    and registered office and postcode, the reference and the page number."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _base_font(document, "Arial", 10)
    red = "C8102E"
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.add_run("INTERNAL: store managers only. Not for display on the shop floor.").font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.add_run("Fairley's Ltd. Registered in Scotland no. SC287461. Registered office: 210 Broomielaw, "
                   "Glasgow G2 8LH.  LP/25/44  Page ").font.size = Pt(7.5)
    _page_number_field(footer)

    _styled(document, "Fairley's", bold=True, size=20, color=red, space_after=0)
    _styled(document, "MEMO", bold=True, size=26, space_after=6)
    fields = document.add_table(rows=0, cols=2)
    _borders(fields, "nil")
    for label, value in [("To:", "Store Managers, West Region (Glasgow, Renfrewshire and Lanarkshire)"),
                         ("Cc:", "Area Managers; Regional People Partner"),
                         ("From:", "Craig McAllister, Head of Loss Prevention"),
                         ("Date:", "3 November 2025"),
                         ("Ref:", "LP/25/44"),
                         ("Subject:", "Reporting theft to the police: STEP goes region-wide from 17 November")]:
        cells = fields.add_row().cells
        _cell_para(cells[0], label, bold=True, first=True)
        _cell_para(cells[1], value, first=True, bold=(label == "Subject:"))
    rule = _styled(document, "", space_after=8)
    _rule(rule, red, size=12)

    def head(text):
        return _styled(document, text, bold=True, size=11, color=red, space_before=8, space_after=3)

    document.add_paragraph("Team,")
    document.add_paragraph(
        "From Monday 17 November every West Region store will report shop theft to Police Scotland through STEP, "
        "the online reporting route we have been piloting with Greater Glasgow Division since June. This memo "
        "explains why, what changes for you and what stays the same.")
    head("Why we are doing this")
    document.add_paragraph(
        "Until this summer a theft report meant a 101 call, a long wait and often no follow-up. Many of you told us "
        "you had stopped bothering, and the people stealing from us knew it. Theft and the abuse that comes with it "
        "are the main reason colleagues give for leaving us.")
    head("What the pilot did")
    document.add_paragraph(
        "From 2 June to 28 September, 14 of our Glasgow stores and Police Scotland's Greater Glasgow Division tested "
        "Shop Theft Early Reporting, known as STEP. Stores reported thefts on a short online form with a link to "
        "upload CCTV, instead of calling 101. The division's retail crime officers reviewed every report within a "
        "working day, linked reports about the same people across stores, and went after anyone stealing "
        "repeatedly or using violence first. Our LP team sent the division a weekly list of our top offenders, and "
        "officers came to the pilot stores to take statements at times that suited the store.")
    box = _box(document, "FDECEE", red, size=10)
    _cell_para(box, "Pilot results: 14 stores, June to September", bold=True, first=True, color=red)
    _cell_para(box, "683 thefts reported, up from 402 in the same weeks of 2024 (more reporting, not more theft)")
    _cell_para(box, "47 people have been charged, 19 of them with ten or more thefts")
    _cell_para(box, "Known losses in the pilot stores down 22%")
    _cell_para(box, "Average time from theft to first police contact: 1 day, down from 9")

    head("What changes for you")
    for text in ["Report every theft on STEP within 24 hours, however small. The link is on the store tablet "
                 "home screen.",
                 "Upload the CCTV clip using the link in the confirmation email. Do not email footage.",
                 "Write the police reference on the incident log, with the STEP confirmation number.",
                 "If anyone is violent or threatening, or the offender is still in the store and you are worried, "
                 "call 999 first and report on STEP afterwards.",
                 "Tell your area manager about anyone who is stealing from you every week, so that LP can add them "
                 "to the weekly list."]:
        document.add_paragraph(text, style="List Number")
    dos = _grid(document, [
        ["Do", "Don't"],
        ["Keep yourself and your colleagues safe", "Detain, chase or block the door"],
        ["Note what was taken and when", "Confront anyone about a theft"],
        ["Switch your body-worn camera on if you feel threatened", "Share CCTV or photos on social media"],
    ], header_fill="FDECEE", size=9.5)
    del dos

    head("What stays the same")
    document.add_paragraph(
        "Body-worn cameras, the incident log and the LP helpline all stay as they are. Tagging and stock "
        "protection for Christmas lines follow the planogram sent on 27 October.")
    head("Briefings")
    document.add_paragraph(
        "Your area manager will run a 30-minute STEP briefing in your store in the week beginning 10 November. "
        "Please make sure every supervisor attends.")
    document.add_paragraph("Thanks for everything you do, especially at this time of year.")
    document.add_paragraph("Craig")
    _styled(document, "Craig McAllister  |  Head of Loss Prevention  |  Fairley's Ltd", bold=True, size=9,
            space_after=0)
    _styled(document, "LP helpline: 0141 496 0732 (7am to 11pm, 7 days)", size=9)

    _save_docx(document, out / "fairleys-loss-prevention-memo-west-region-step-november-2025.docx",
               "Reporting theft to the police: STEP goes region-wide", "Craig McAllister")


# ------------------ 7. An app store's web listing page for a council's walk-home app (HTML)

SAFER_STEPS_HTML = """<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Safer Steps Leeds on the App Store</title>
<meta name="description" content="Download Safer Steps Leeds by Leeds City Council on the App Store. See screenshots, ratings and reviews, user tips and more apps like Safer Steps Leeds.">
<link rel="canonical" href="https://apps.example.com/gb/app/safer-steps-leeds/id6478120934">
<meta property="og:title" content="Safer Steps Leeds">
<meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Safer Steps Leeds","applicationCategory":"Navigation","operatingSystem":"iOS 15.0 or later","author":{"@type":"Organization","name":"Leeds City Council"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6","reviewCount":"312"},"offers":{"@type":"Offer","price":"0","priceCurrency":"GBP"}}</script>
<style>
body{font-family:-apple-system,"Helvetica Neue",Helvetica,Arial,sans-serif;margin:0;color:#1d1d1f}
.globalnav{background:#f5f5f7;font-size:12px;padding:10px 22px}
.globalnav a{margin-right:18px;color:#1d1d1f;text-decoration:none}
.product-header{display:flex;gap:32px;padding:32px 22px;max-width:980px;margin:auto}
.product-header__icon{width:220px;height:220px;border-radius:44px;background:#2a2a72}
.we-truncate{max-height:8.4em;overflow:hidden}
.we-customer-review{background:#f5f5f7;border-radius:12px;padding:16px;margin:0 0 12px}
.information-list{display:grid;grid-template-columns:1fr 1fr 1fr;gap:12px}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:1px solid #d2d2d7;padding:16px}
</style>
</head>
<body class="no-js">
<div class="cookie" id="ac-gn-cookie" role="dialog" aria-label="Cookie preferences">
  <p>We use cookies to give you the best experience on our website. You can accept all cookies or manage your preferences. <a href="/legal/privacy/">Learn more about how we use cookies</a></p>
  <button type="button">Accept All</button> <button type="button">Reject All</button> <button type="button">Manage Preferences</button>
</div>

<nav class="globalnav" aria-label="Global">
  <a href="/">Store</a><a href="/mac/">Mac</a><a href="/iphone/">iPhone</a><a href="/watch/">Watch</a><a href="/tv/">TV &amp; Home</a><a href="/support/">Support</a>
  <a href="/search/" aria-label="Search apps.example.com">Search</a>
</nav>
<div class="localnav"><span class="localnav__title">App Store</span> <a href="/gb/app-store/">Preview</a></div>

<main id="main">
<section class="product-header l-content-width" aria-label="Product">
  <picture class="product-header__icon"><img src="/image/thumb/Purple221/v4/safer-steps-icon/230x0w.webp" alt="" width="230" height="230"></picture>
  <header class="product-header__text">
    <h1 class="product-header__title">Safer Steps Leeds <span class="badge badge--product-title">4+</span></h1>
    <h2 class="product-header__subtitle">Plan a safer walk home</h2>
    <h2 class="product-header__identity"><a href="/gb/developer/leeds-city-council/id1437790128">Leeds City Council</a></h2>
    <ul class="product-header__list">
      <li class="product-header__list__item">Designed for iPhone</li>
      <li class="product-header__list__item"><figure class="we-star-rating" aria-label="4.6 out of 5"><figcaption>4.6 &bull; 312 Ratings</figcaption></figure></li>
      <li class="product-header__list__item"><span class="app-header__list__item--price">Free</span></li>
    </ul>
  </header>
</section>

<section class="l-content-width section section--bordered" aria-label="Screenshots">
  <h2 class="section__headline">Screenshots</h2>
  <ul class="we-screenshot-viewer__screenshots-list">
    <li><picture><img src="/image/thumb/PurpleSource/v4/steps-1/300x0w.webp" alt="Map of Leeds city centre with a suggested walking route"></picture></li>
    <li><picture><img src="/image/thumb/PurpleSource/v4/steps-2/300x0w.webp" alt="Share my journey screen"></picture></li>
    <li><picture><img src="/image/thumb/PurpleSource/v4/steps-3/300x0w.webp" alt="Safe Havens near you"></picture></li>
  </ul>
</section>

<section class="l-content-width section section--bordered" aria-label="Description">
  <div class="we-truncate we-truncate--multi-line" dir="">
    <p>Get home safely in Leeds.</p>
    <p>Safer Steps helps you plan your walk home through Leeds city centre, Headingley and Hyde Park on the busiest, best-lit streets, and lets your friends follow your journey until you&#8217;re home.</p>
    <p>Safer Steps is run by Safer Leeds, the city&#8217;s community safety partnership led by Leeds City Council, together with West Yorkshire Police. Since we launched in September 2024:</p>
    <p>&#8226; 146 bars, shops and hotels have signed up as Safe Havens, where staff trained by WYP and the council will let you wait inside, charge your phone and call a taxi<br>
    &#8226; the app has planned more than 63,000 journeys home<br>
    &#8226; reports made with the Report It button have helped West Yorkshire Police map 40 streets where women told us they felt unsafe, and 22 of them now have better lighting or extra patrols</p>
    <p>FEATURES</p>
    <p>&#8226; Walking routes that stick to well-lit streets covered by CCTV, avoiding parks and alleys after dark<br>
    &#8226; Share My Journey: send a link so friends can follow you on a map, and get an alert if you stop for too long<br>
    &#8226; Safe Havens: see the nearest venue that is open, with opening hours<br>
    &#8226; Report It: tell West Yorkshire Police anonymously about a place where you felt unsafe, or report harassment that has already happened (not for emergencies)<br>
    &#8226; One tap to call 999 or 101</p>
    <p>In an emergency always call 999. Safer Steps does not monitor your journey and cannot send help.</p>
  </div>
  <button class="we-truncate__button" type="button">more</button>
  <div class="app-header__developer-links"><a href="https://www.leeds.example.gov.uk/safersteps">Developer Website</a> <a href="https://www.leeds.example.gov.uk/safersteps/help">App Support</a> <a href="https://www.leeds.example.gov.uk/privacy">Privacy Policy</a></div>
</section>

<section class="l-content-width section section--bordered whats-new" aria-label="What's New">
  <div class="section__nav"><h2 class="section__headline">What&#8217;s New</h2> <a href="#version-history" class="link section__nav__see-all-link">Version History</a></div>
  <div class="l-row whats-new__content">
    <time datetime="2025-10-14T00:00:00.000Z" aria-label="14 October 2025" class="whats-new__latest__version">14 Oct 2025</time>
    <p class="whats-new__latest__version">Version 2.4.1</p>
    <div class="we-truncate"><p>&#8226; Safe Haven opening hours now show on the map<br>&#8226; Fixed a bug where Share My Journey stopped when the screen was locked<br>&#8226; Accessibility improvements for VoiceOver</p></div>
  </div>
</section>

<section class="l-content-width section section--bordered" aria-label="Ratings and Reviews">
  <div class="section__nav"><h2 class="section__headline">Ratings and Reviews</h2> <a href="/gb/app/safer-steps-leeds/id6478120934?see-all=reviews" class="link section__nav__see-all-link">See All</a></div>
  <div class="we-customer-ratings"><span class="we-customer-ratings__averages__display">4.6</span> out of 5 <p class="we-customer-ratings__count">312 Ratings</p></div>
  <div class="we-customer-review">
    <h3 class="we-customer-review__title">Used it every night in freshers&#8217; week</h3>
    <span class="we-customer-review__user">hydeparkhannah</span>, <time datetime="2025-10-02">02/10/2025</time>
    <figure class="we-star-rating" aria-label="5 out of 5"></figure>
    <p>My mum made me download it and honestly it&#8217;s great. Sharing my walk back to Hyde Park with my flatmates means someone always knows where I am.</p>
  </div>
  <div class="we-customer-review">
    <h3 class="we-customer-review__title">Good idea, drains battery</h3>
    <span class="we-customer-review__user">Dave_LS6</span>, <time datetime="2025-08-19">19/08/2025</time>
    <figure class="we-star-rating" aria-label="3 out of 5"></figure>
    <p>Does what it says but Share My Journey ate 30% of my battery in an hour. Please fix.</p>
    <div class="we-customer-review__response"><h4>Developer Response</h4><p>Thanks Dave. Version 2.4 uses much less battery while sharing. Let us know how you get on. Safer Leeds team</p></div>
  </div>
  <div class="we-customer-review">
    <h3 class="we-customer-review__title">Wish it covered Armley</h3>
    <span class="we-customer-review__user">kf1987</span>, <time datetime="2025-07-07">07/07/2025</time>
    <figure class="we-star-rating" aria-label="4 out of 5"></figure>
    <p>Really useful in town. Would love it to cover where I actually live.</p>
  </div>
</section>

<section class="l-content-width section section--bordered app-privacy" aria-label="App Privacy">
  <h2 class="section__headline">App Privacy</h2>
  <p>The developer, <span>Leeds City Council</span>, indicated that the app&#8217;s privacy practices may include handling of data as described below. For more information, see the <a href="https://www.leeds.example.gov.uk/privacy">developer&#8217;s privacy policy</a>.</p>
  <div class="app-privacy__card"><h3>Data Not Linked to You</h3><p>The following data may be collected but it is not linked to your identity:</p><ul><li>Location</li><li>Diagnostics</li></ul></div>
  <p class="app-privacy__disclaimer">Privacy practices may vary, for example, based on the features you use or your age.</p>
</section>

<section class="l-content-width section section--bordered" aria-label="Information">
  <h2 class="section__headline">Information</h2>
  <dl class="information-list information-list--app">
    <div><dt>Seller</dt><dd>Leeds City Council</dd></div>
    <div><dt>Size</dt><dd>48.2 MB</dd></div>
    <div><dt>Category</dt><dd><a href="/gb/genre/ios-navigation/id6010">Navigation</a></dd></div>
    <div><dt>Compatibility</dt><dd>iPhone: Requires iOS 15.0 or later.</dd></div>
    <div><dt>Languages</dt><dd>English, Polish, Urdu</dd></div>
    <div><dt>Age Rating</dt><dd>4+</dd></div>
    <div><dt>Copyright</dt><dd>&#169; 2025 Leeds City Council</dd></div>
    <div><dt>Price</dt><dd>Free</dd></div>
  </dl>
  <ul class="inline-list"><li><a href="https://www.leeds.example.gov.uk/safersteps">Developer Website</a></li><li><a href="https://www.leeds.example.gov.uk/safersteps/help">App Support</a></li><li><a href="https://www.leeds.example.gov.uk/privacy">Privacy Policy</a></li></ul>
</section>

<section class="l-content-width section section--bordered" aria-label="More By This Developer">
  <h2 class="section__headline">More By This Developer</h2>
  <ul><li><a href="/gb/app/leeds-bins/id1501834477">Leeds Bins</a> <span>Utilities</span></li><li><a href="/gb/app/leeds-libraries/id1388205610">Leeds Libraries</a> <span>Education</span></li></ul>
</section>

<section class="l-content-width section section--bordered" aria-label="You Might Also Like">
  <h2 class="section__headline">You Might Also Like</h2>
  <ul><li><a href="/gb/app/walkwithme/id1211408873">WalkWithMe: Share Location</a> <span>Navigation</span></li><li><a href="/gb/app/nightbus-uk/id1633910251">NightBus UK</a> <span>Travel</span></li><li><a href="/gb/app/campus-safety-plus/id1570023346">Campus Safety+</a> <span>Education</span></li></ul>
</section>
</main>

<footer class="ac-globalfooter" role="contentinfo">
  <nav aria-label="Breadcrumbs"><a href="/">Home</a> &gt; <a href="/gb/app-store/">App Store</a> &gt; Safer Steps Leeds</nav>
  <p>More ways to shop: Find a retailer near you. Or call 0808 157 0345.</p>
  <p>Copyright &#169; 2025 Orchard Digital Services Ltd. All rights reserved. <a href="/legal/privacy/">Privacy Policy</a> | <a href="/legal/cookies/">Use of Cookies</a> | <a href="/legal/">Terms of Use</a> | <a href="/legal/sales-refunds/">Sales and Refunds</a> | <a href="/sitemap/">Site Map</a></p>
  <p>United Kingdom</p>
</footer>
</body>
</html>
"""


# ------------------ 8. A national roads operator's road scheme page (HTML)

A14_SCHEME_HTML = """<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>A14 Girton to Milton safety improvements - National Highways</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="We are resurfacing the A14 between Girton and Milton, replacing the central barrier and improving junction 32. Find out about closures, updates and how to contact us.">
<link rel="stylesheet" href="/assets/css/main.min.css?v=5.12.0">
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"pageType":"scheme","region":"east","schemeId":"A14-GTM"});</script>
</head>
<body class="govuk-template__body">
<div class="cookie-banner" role="region" aria-label="Cookies on National Highways">
  <h2>Cookies on National Highways</h2>
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site and improve our services.</p>
  <button class="button" type="button" value="accept">Accept additional cookies</button>
  <button class="button" type="button" value="reject">Reject additional cookies</button>
  <a href="/cookies/">View cookies</a>
</div>
<a href="#main-content" class="skip-link">Skip to main content</a>

<header class="site-header">
  <a href="/" class="site-header__logo"><img src="/assets/img/nh-logo.svg" alt="National Highways"></a>
  <nav class="site-header__nav" aria-label="Main">
    <ul>
      <li><a href="/travel-updates/">Travel updates</a></li>
      <li class="active"><a href="/our-roads/">Our roads</a></li>
      <li><a href="/road-safety/">Road safety</a></li>
      <li><a href="/business/">Business</a></li>
      <li><a href="/about-us/">About us</a></li>
      <li><a href="/contact-us/">Contact us</a></li>
    </ul>
  </nav>
  <form class="site-search" action="/search/" role="search"><label for="q">Search</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
</header>

<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/our-roads/">Our roads</a></li><li><a href="/our-roads/east/">East</a></li><li aria-current="page">A14 Girton to Milton safety improvements</li></ol>
</nav>

<main id="main-content" class="scheme-page">
  <div class="scheme-hero">
    <span class="scheme-status scheme-status--construction">Under construction</span>
    <h1>A14 Girton to Milton safety improvements</h1>
    <p class="lead">Resurfacing, a new concrete central barrier and a safer junction 32 on the A14 north of Cambridge.</p>
  </div>

  <aside class="scheme-keyfacts" aria-label="Key details">
    <h2 class="visually-hidden">Key details</h2>
    <dl>
      <dt>Road</dt><dd>A14, junctions 31 to 33</dd>
      <dt>Start of works</dt><dd>June 2025</dd>
      <dt>Expected completion</dt><dd>Spring 2027</dd>
      <dt>Estimated cost</dt><dd>&pound;41 million</dd>
      <dt>Local authorities</dt><dd>Cambridgeshire County Council, South Cambridgeshire District Council</dd>
    </dl>
    <a class="button button--secondary" href="/our-roads/east/a14-girton-to-milton/subscribe/">Get email updates</a>
  </aside>

  <nav class="tabs" aria-label="Sections of this page">
    <ul><li><a href="#overview">Overview</a></li><li><a href="#updates">Latest updates</a></li><li><a href="#closures">Closures</a></li><li><a href="#documents">Documents</a></li><li><a href="#contact">Contact</a></li></ul>
  </nav>

  <section id="overview">
    <h2>About the scheme</h2>
    <p>We are resurfacing nine miles of the A14 between Girton (junction 31) and Milton (junction 33), replacing the steel central reservation barrier with a concrete one that needs far less repair after a crash, renewing drainage, and rebuilding the slip roads and lighting at the Histon junction (junction 32).</p>
    <h3>Why we're doing this</h3>
    <p>This stretch carries up to 90,000 vehicles a day, and the road surface and drainage date from the 1970s. Between 2019 and 2023 there were 146 collisions on this section, 23 of them serious, many of them at junction 32 or in wet weather.</p>
    <h3>Driving through the roadworks</h3>
    <ul>
      <li>A 50mph speed limit is in place through the works, enforced by average speed cameras.</li>
      <li>Lanes are narrower than usual. Please keep your distance and do not overtake lorries.</li>
      <li>Most closures are overnight, between 8pm and 6am, so that two lanes stay open in each direction during the day.</li>
    </ul>
  </section>

  <section id="updates">
    <h2>Latest updates</h2>

    <article class="update">
      <h3>Westbound lane closures near Milton</h3>
      <p class="update__date"><time datetime="2025-11-17">17 November 2025</time></p>
      <p>From Monday 24 November the westbound carriageway will be narrowed to two lanes between junction 33 and junction 32 for about three weeks, 24 hours a day, while we install the new barrier.</p>
    </article>

    <article class="update">
      <h3>Operation Highcab: six weeks of police patrols in the roadworks</h3>
      <p class="update__date"><time datetime="2025-11-03">3 November 2025</time></p>
      <p>Officers from Cambridgeshire Constabulary's Road Policing Unit have now completed six weeks of Operation Highcab patrols through the roadworks. Officers travel in an unmarked HGV cab that we provide, which lets them see down into cars and lorry cabs and film drivers using phones, not wearing seatbelts or driving too close to our workforce. Marked police cars then stop the drivers beyond the works.</p>
      <p>Between 15 September and 26 October officers stopped 212 vehicles:</p>
      <ul>
        <li>96 drivers were dealt with for using a mobile phone</li>
        <li>41 for not wearing a seatbelt</li>
        <li>28 for driving without due care and attention</li>
        <li>9 vehicles seized for having no insurance</li>
      </ul>
      <p>&ldquo;From the cab you can see straight into a driver's lap, and far too many of them are scrolling at 50mph past people working inches away,&rdquo; said Sergeant Kelly Ward of the constabulary's Road Policing Unit. &ldquo;We'll keep doing it until the works are finished.&rdquo;</p>
    </article>

    <article class="update">
      <h3>Free recovery in the roadworks</h3>
      <p class="update__date"><time datetime="2025-10-20">20 October 2025</time></p>
      <p>If you break down in the roadworks between junctions 31 and 33, we will recover your vehicle free of charge to a safe place off the A14. Since the works began, a recovery truck and crew from our contractor, Fenway Infrastructure, have been stationed at the Histon compound 24 hours a day, and our traffic officers patrol the works so that anyone stopped in a live lane is protected quickly.</p>
      <p>Since June:</p>
      <ul>
        <li>183 vehicles recovered free of charge</li>
        <li>average time to clear a live lane: 17 minutes, against 41 on the same stretch last year</li>
      </ul>
      <p>If you break down, switch on your hazard lights, stay in your vehicle with your seatbelt on if you cannot get out safely, and call 999.</p>
    </article>

    <article class="update">
      <h3>Police patrols in the roadworks</h3>
      <p class="update__date"><time datetime="2025-09-15">15 September 2025</time></p>
      <p>From today officers from Cambridgeshire Constabulary will patrol the roadworks in an unmarked HGV cab as part of Operation Highcab. Please drive safely and leave your phone alone.</p>
    </article>

    <article class="update">
      <h3>Overnight closure of the junction 32 slip roads</h3>
      <p class="update__date"><time datetime="2025-09-01">1 September 2025</time></p>
      <p>All four slip roads at junction 32 will be closed overnight from 8pm to 6am between 8 and 19 September. Follow the signed diversion via junction 31 and the B1049.</p>
    </article>

    <article class="update">
      <h3>Works begin</h3>
      <p class="update__date"><time datetime="2025-06-30">30 June 2025</time></p>
      <p>Our contractor has set up its site compound next to junction 32 and work has started on the eastbound hard shoulder.</p>
    </article>
  </section>

  <section id="closures">
    <h2>Closures this week</h2>
    <table class="table">
      <caption>Planned closures, week beginning 17 November 2025</caption>
      <thead><tr><th scope="col">Dates</th><th scope="col">Times</th><th scope="col">Closure</th><th scope="col">Diversion</th></tr></thead>
      <tbody>
        <tr><td>17 to 21 November</td><td>8pm to 6am</td><td>A14 eastbound, junction 31 to junction 33</td><td>Via A1307, A1134 and A10</td></tr>
        <tr><td>19 November</td><td>9pm to 5am</td><td>Junction 32 westbound exit slip</td><td>Exit at junction 33 and return</td></tr>
        <tr><td>22 November</td><td>8pm to 8am</td><td>A14 westbound, junction 33 to junction 31</td><td>Via A10, A1134 and A1307</td></tr>
      </tbody>
    </table>
    <p>Closures can change at short notice because of the weather. Check <a href="/travel-updates/">travel updates</a> before you set off.</p>
  </section>

  <section id="documents">
    <h2>Documents</h2>
    <ul class="documents">
      <li><a href="/media/a14-gtm-newsletter-autumn-2025.pdf">Community newsletter, autumn 2025</a> (PDF, 1.8MB)</li>
      <li><a href="/media/a14-gtm-traffic-management-plan.pdf">Traffic management plan</a> (PDF, 4.2MB)</li>
      <li><a href="/media/a14-gtm-environmental-summary.pdf">Environmental summary</a> (PDF, 960KB)</li>
    </ul>
  </section>

  <section id="contact">
    <h2>Contact us</h2>
    <p>Email <a href="mailto:a14girtonmilton@nationalhighways.example.co.uk">a14girtonmilton@nationalhighways.example.co.uk</a> or call our customer contact centre on 03069 990 412, 24 hours a day. Please quote scheme reference A14-GTM.</p>
    <p>To report a problem on the road, such as debris or a damaged sign, call the same number.</p>
  </section>
</main>

<footer class="site-footer">
  <nav aria-label="Footer"><a href="/accessibility/">Accessibility</a> <a href="/cookies/">Cookies</a> <a href="/privacy-notice/">Privacy notice</a> <a href="/foi/">Freedom of information</a> <a href="/welsh/">Cymraeg</a></nav>
  <p>National Highways Limited registered in England and Wales number 09346363. Registered office: Bridge House, 1 Walnut Tree Close, Guildford GU1 4LZ.</p>
  <p>&copy; Crown copyright</p>
</footer>
</body>
</html>
"""


# ------------------ 9. An estate agent's area guide page (HTML)

MOSELEY_GUIDE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Living in Moseley, Birmingham | Area Guide | Marlowe &amp; Finch</title>
<meta name="description" content="Thinking of moving to Moseley? Our local area guide covers house prices, schools, transport, places to eat and what it's really like to live in B13.">
<link rel="stylesheet" href="/wp-content/themes/marlowe-finch/dist/app.css?ver=3.4.2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"RealEstateAgent","name":"Marlowe & Finch Moseley","telephone":"0121 496 0270","address":{"@type":"PostalAddress","streetAddress":"142 Alcester Road","addressLocality":"Birmingham","postalCode":"B13 8HW"}}</script>
</head>
<body class="page-template-area-guide">
<div id="cookie-notice" class="cn-bar" role="dialog" aria-live="polite">
  <span class="cn-text">We use cookies to make our site work and to understand how it's used. Some are set by third parties such as property portals and map providers.</span>
  <a href="#" class="cn-button cn-accept">Accept all</a> <a href="#" class="cn-button cn-reject">Necessary only</a> <a href="/privacy-policy/" class="cn-more">Privacy policy</a>
</div>

<div class="topbar">
  <span>Moseley 0121 496 0270</span> <span>Kings Heath 0121 496 0271</span> <span>Harborne 0121 496 0272</span>
  <a href="/my-account/">My account</a>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/wp-content/uploads/2023/02/marlowe-finch-logo.svg" alt="Marlowe &amp; Finch"></a>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/property-for-sale/">Buy</a></li>
      <li><a href="/property-to-rent/">Rent</a></li>
      <li><a href="/sell/">Sell</a></li>
      <li><a href="/landlords/">Landlords</a></li>
      <li class="current-menu-item"><a href="/area-guides/">Area guides</a></li>
      <li><a href="/about/">About us</a></li>
    </ul>
  </nav>
  <a class="btn btn--cta" href="/valuation/">Book a valuation</a>
</header>

<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/area-guides/">Area guides</a> / <span>Moseley</span></nav>

<main class="area-guide">
  <section class="hero">
    <p class="hero__eyebrow">Area guide</p>
    <h1>Living in Moseley</h1>
    <p class="hero__lede">Victorian villas, independent shops and a proper village feel, 15 minutes from the city centre. Here's our local team's honest guide to B13.</p>
    <p class="hero__byline">By Sophie Adeyemi, Branch Manager, Moseley &middot; Updated October 2025</p>
  </section>

  <div class="area-guide__layout">
  <article class="area-guide__content">
    <section class="stats" aria-label="Moseley at a glance">
      <h2>Moseley at a glance</h2>
      <ul class="stat-cards">
        <li><span class="stat-cards__value">&pound;348,000</span> <span class="stat-cards__label">Average sold price, last 12 months</span></li>
        <li><span class="stat-cards__value">&pound;1,250 pcm</span> <span class="stat-cards__label">Average rent, two-bed flat</span></li>
        <li><span class="stat-cards__value">Band D</span> <span class="stat-cards__label">Most common council tax band</span></li>
        <li><span class="stat-cards__value">12 minutes</span> <span class="stat-cards__label">Train to Birmingham New Street from Moseley Village station</span></li>
      </ul>
      <p class="stats__note">Sold prices from HM Land Registry. Rents from our own lettings, October 2024 to September 2025.</p>
    </section>

    <section>
      <h2>Why people love Moseley</h2>
      <p>Moseley has been Birmingham's bohemian corner for a long time. The village centre, around the junction of Alcester Road and Salisbury Road, is full of independent caf&eacute;s, bars and shops, and on the fourth Saturday of the month the farmers' market takes over the car park behind the Fighting Cocks. Streets of big Victorian and Edwardian houses run down towards Moseley Park and Cannon Hill Park, and there is a real mix of families, students and people who came for a year and never left.</p>
    </section>

    <section>
      <h2>Schools</h2>
      <table class="schools-table">
        <thead><tr><th>School</th><th>Type</th><th>Ofsted</th></tr></thead>
        <tbody>
          <tr><td>Moseley Church of England Primary</td><td>Primary</td><td>Good</td></tr>
          <tr><td>Wellington Road Primary</td><td>Primary</td><td>Outstanding</td></tr>
          <tr><td>Cannon Hill Academy</td><td>Secondary, 11 to 18</td><td>Good</td></tr>
        </tbody>
      </table>
      <p>Always check catchment areas with Birmingham City Council's admissions team before you buy. They change more often than people think.</p>
    </section>

    <section>
      <h2>Getting about</h2>
      <p>Moseley Village station reopened on the Camp Hill line, with trains to New Street every half an hour. The 50 and 1 buses run along Alcester Road, and the cycle route along the Rea Valley takes you into town in about 20 minutes.</p>
    </section>

    <section>
      <h2>Eating and drinking</h2>
      <p>You're spoilt for choice: brunch on Woodbridge Road, Indian restaurants on the Alcester Road, a proper old pub in the Prince of Wales and a couple of good wine bars. Moseley Folk &amp; Arts Festival fills Moseley Park every September.</p>
    </section>

    <section>
      <h2>Parks and green space</h2>
      <p>Moseley Park and Pool is a private park run by a charitable trust; residents on the surrounding roads can buy a key. Cannon Hill Park, the Nature Centre and the MAC arts centre are a 15-minute walk away.</p>
    </section>

    <section>
      <h2>Safety and community</h2>
      <p>Moseley is covered by West Midlands Police's Moseley and Kings Heath neighbourhood team, which holds regular 'Your Voice' street meetings where you can raise local issues, and posts updates on WM Now. Many roads have an active Neighbourhood Watch, and the Moseley Society and Moseley Forum keep a close eye on planning and the village centre.</p>
      <p>Crime in Moseley is close to the Birmingham average according to police.uk, and, as in much of the city, vehicle crime and burglary are the most common. Our tip: ask the sellers whether their road has a WhatsApp group. Most do, and it's the quickest way to meet your neighbours.</p>
    </section>

    <section class="listings" aria-label="Property for sale in Moseley">
      <h2>Property for sale in Moseley</h2>
      <ul class="property-cards">
        <li class="property-card"><a href="/property/salisbury-road-b13/"><img src="/wp-content/uploads/props/salisbury-1.jpg" alt=""><h3>Salisbury Road, Moseley</h3><p class="property-card__price">Guide price &pound;675,000</p><p>5 bed semi-detached house</p></a></li>
        <li class="property-card"><a href="/property/oxford-road-b13/"><img src="/wp-content/uploads/props/oxford-1.jpg" alt=""><h3>Oxford Road, Moseley</h3><p class="property-card__price">&pound;235,000</p><p>2 bed apartment</p></a></li>
        <li class="property-card"><a href="/property/chantry-road-b13/"><img src="/wp-content/uploads/props/chantry-1.jpg" alt=""><h3>Chantry Road, Moseley</h3><p class="property-card__price">Offers over &pound;950,000</p><p>6 bed detached house</p></a></li>
      </ul>
      <a class="btn" href="/property-for-sale/?area=moseley">See all property in Moseley</a>
    </section>
  </article>

  <aside class="area-guide__sidebar">
    <div class="sidebar-card">
      <h2>Thinking of selling in Moseley?</h2>
      <p>Get a free, no-obligation valuation from our local team.</p>
      <a class="btn btn--cta" href="/valuation/">Book a valuation</a>
    </div>
    <div class="sidebar-card">
      <h2>Meet our Moseley team</h2>
      <p>Sophie Adeyemi, Branch Manager<br>Tom Hurst, Senior Negotiator<br>Priya Sandhu, Lettings Manager</p>
      <p>142 Alcester Road, Moseley, Birmingham B13 8HW<br>0121 496 0270</p>
      <p>Open Monday to Friday 9am to 6pm, Saturday 9am to 4pm</p>
    </div>
    <div class="sidebar-card">
      <h2>More area guides</h2>
      <ul><li><a href="/area-guides/kings-heath/">Kings Heath</a></li><li><a href="/area-guides/harborne/">Harborne</a></li><li><a href="/area-guides/stirchley/">Stirchley</a></li></ul>
    </div>
  </aside>
  </div>
</main>

<footer class="site-footer">
  <div class="site-footer__logos"><img src="/img/propertymark.svg" alt="Propertymark Protected"> <img src="/img/tpo.svg" alt="The Property Ombudsman"> <img src="/img/cmp.svg" alt="Client Money Protect"></div>
  <p>Marlowe &amp; Finch is a trading name of Marlowe Finch Estates Ltd, registered in England and Wales no. 10583317. Registered office: 142 Alcester Road, Birmingham B13 8HW.</p>
  <p><a href="/complaints/">Complaints procedure</a> | <a href="/fees/">Tenant and landlord fees</a> | <a href="/privacy-policy/">Privacy policy</a> | <a href="/sitemap/">Sitemap</a></p>
  <p>Information in this guide is given in good faith and does not form part of any contract. Always carry out your own checks.</p>
</footer>
</body>
</html>
"""


# ------------------ 10. An oral history project's interview transcript (Markdown with YAML front matter)

BEAT_TO_BEAT_MD = """---
title: "Ken Barraclough: thirty years on the beat in the East End"
project: "Beat to Beat: policing memories of Sheffield's East End"
reference: "AHG/B2B/014"
interviewee: "Ken Barraclough (born 1955)"
interviewer: "Jean Marsden"
recorded: "2025-03-12"
location: "Darnall Library, Sheffield"
duration: "01:12:40"
transcribed_by: "Pat Oldroyd (volunteer)"
rights: "CC BY-NC 4.0. Copyright Attercliffe Heritage Group and the interviewee."
tags: [policing, Darnall, Attercliffe, Tinsley, Meadowhall, football, car crime]
layout: transcript
---

# Ken Barraclough: thirty years on the beat in the East End

> Part of *Beat to Beat: policing memories of Sheffield's East End*, an oral history project by Attercliffe Heritage Group, supported by the National Lottery Heritage Fund.

[Listen to the recording (1 hr 12 min)](https://attercliffeheritage.example.org.uk/audio/AHG-B2B-014.mp3) · [Download this transcript (PDF)](https://attercliffeheritage.example.org.uk/transcripts/AHG-B2B-014.pdf) · [All interviews](/beat-to-beat/)

## About this interview

Ken Barraclough grew up in Tinsley and joined South Yorkshire Police in 1976. He spent most of his career in the East End of Sheffield, first on the beat in Attercliffe, then as the home beat officer for Darnall, and later at the Attercliffe sub-division. He retired as a sergeant in 2006. In this interview he talks about the steelworks closing, the miners' strike, running football nights in Darnall and the early years of Meadowhall.

| | |
|---|---|
| **Reference** | AHG/B2B/014 |
| **Recorded** | 12 March 2025, Darnall Library |
| **Interviewer** | Jean Marsden |
| **Length** | 1 hour 12 minutes 40 seconds |

## Transcript

*This transcript has been lightly edited for readability. Timestamps refer to the recording. Some names have been removed at the interviewee's request.*

**[00:00:05] JM:** This is Jean Marsden for the Beat to Beat project. It's the twelfth of March 2025 and I'm at Darnall Library with Ken Barraclough. Ken, could you start by telling me your full name and where you grew up?

**[00:00:21] KB:** Kenneth Barraclough, but nobody's called me Kenneth since my mother. I was born in 1955 and grew up on Tinsley Park Road. My dad was at Brown Bayley's, the steelworks, for thirty-odd years, and so was half the street.

**[00:01:02] JM:** How did you come to join the police?

**[00:01:06] KB:** Honestly, I didn't want to go in the works. I was twenty, I'd done a couple of years at the Co-op, and a lad I played football with had joined. South Yorkshire Police had only been going a couple of years then, it was formed in 1974 out of the old Sheffield and Rotherham force and the county, and they were crying out for people. I went to Bruche for training and came back to walk the beat in Attercliffe.

**[00:03:40] JM:** What was Attercliffe like then?

**[00:03:44] KB:** Busy. Noisy. You'd have the shifts coming out of the works at two o'clock and the pubs full by ten past. Within ten years it was empty. The works shut one after another, and you could walk down Attercliffe Road at dinner time and not see a soul. That changed the job. You went from sorting out fights to dealing with lads with nothing to do.

**[00:09:15] JM:** You were policing during the miners' strike.

**[00:09:19] KB:** I was. I was at Orgreave, in the June. I'd rather not go into it, if that's all right. It split families round here, and it split the job, and some of it I'm still not comfortable with.

**[00:10:02] JM:** Of course. Let's move on to Darnall. When did you go there?

**[00:10:08] KB:** 1986. I was made the home beat officer for Darnall, which meant it was my patch and nobody else's. You got to know everybody, the shopkeepers, the vicar, the imam at the new mosque, the lads on the corner.

**[00:18:40] JM:** You mentioned football earlier.

**[00:18:44] KB:** Aye. By 1988 we had a real problem with the young lads on the estate and the young Asian lads from round Main Road. There were fights every weekend, windows going in, and I was nicking the same kids over and over. So I went to the Darnall Community Association, who ran the community centre, and I said, give me the sports hall on a Tuesday night and I'll run football. Any lad from twelve to seventeen, mixed teams, no choosing your mates.

**[00:19:35] JM:** How did that go down?

**[00:19:38] KB:** First night, six turned up. By Christmas we had forty-odd. The association found the money for kit and the hall, I got a couple of the older lads to referee, and by 1990 we had a proper league of eight teams, with a cup final every summer. I ran it every Tuesday for eight years, on duty when I could and off duty when I couldn't. The juvenile arrests on the Darnall beat went from about 140 a year to under fifty by 1992. I'm not saying it was all the football. But lads who'd been fighting each other on a Saturday were in the same team on a Tuesday.

**[00:21:12] JM:** Did the force support it?

**[00:21:15] KB:** My inspector did, once he saw the figures. The force, I think, barely knew. It wasn't the sort of thing anybody wrote down in those days.

**[00:34:10] JM:** Let's talk about Meadowhall.

**[00:34:14] KB:** Meadowhall opened in 1990, on the site of Hadfield's, where my uncle worked. Twelve thousand parking spaces, and it was a gift for car thieves. Radios, cars, the lot. By 1993 I was a sergeant at the Attercliffe sub-division, and it was our biggest headache.

**[00:35:02] JM:** What did you do about it?

**[00:35:05] KB:** In 1994 the sub-division ran Operation Magpie with Meadowhall's own security staff. We had officers in plain clothes in the car parks from Thursday to Saturday, their control room watched the new cameras and radioed us, and we gave out cardboard hangers for your mirror that said Lock It Or Lose It. Anybody we caught was banned from the centre as well as charged. The centre had something like nine hundred cars broken into or taken from the car parks the year before. The year after, it was down to about four hundred and twenty.

**[00:37:30] JM:** That's a big drop.

**[00:37:33] KB:** It was. Some of it went elsewhere, I'm sure, to the station car parks and the like. But the centre kept the cameras and the bans going long after we'd moved on.

**[00:58:20] JM:** What are you proudest of?

**[00:58:24] KB:** The football. I still get stopped in Darnall by men in their forties who say, you were the copper who did the football. One of them's a councillor now.

**[01:10:02] JM:** Ken, thank you very much.

**[01:10:05] KB:** Thank you, love. I've enjoyed that.

*[Recording ends]*

---

**About Beat to Beat.** *Beat to Beat* is collecting the memories of people who policed, and were policed in, Sheffield's East End between 1960 and 2010. Recordings and transcripts are kept at Sheffield City Archives. Attercliffe Heritage Group is a registered charity (no. 1163482).

Were you a police officer, a police family or a resident in the East End? We'd love to hear from you: beattobeat@attercliffeheritage.example.org.uk or 0114 496 0183.

**Next interview:** [Margaret Hollis: a policewoman in the 1970s](/beat-to-beat/ahg-b2b-015/) · **Previous:** [Tariq Mahmood: growing up in Darnall](/beat-to-beat/ahg-b2b-013/)
"""


# ------------------ 11. A practitioners' mailing list digest (plain text, Mailman)

CSP_DIGEST_TXT = """Send CSP-Practitioners mailing list submissions to
	csp-practitioners@lists.safercommunities.example.org.uk

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.safercommunities.example.org.uk/mailman/listinfo/csp-practitioners
or, via email, send a message with subject or body 'help' to
	csp-practitioners-request@lists.safercommunities.example.org.uk

You can reach the person managing the list at
	csp-practitioners-owner@lists.safercommunities.example.org.uk

When replying, please edit your Subject line so it is more specific
than "Re: Contents of CSP-Practitioners digest..."


Today's Topics:

   1. Re: Alley gating - anyone evaluated? (Rhys Morgan)
   2. JOB: Community Safety Officer, fixed term, Rushcliffe (Lisa Grant)
   3. Re: Alley gating - anyone evaluated? (Helen Forsyth)
   4. No cold calling zones - our results (Mark Chadwick)
   5. ASB case review threshold question (Priya Nair)


----------------------------------------------------------------------

Message: 1
Date: Tue, 18 Nov 2025 09:14:22 +0000
From: Rhys Morgan <rhys.morgan@newport.example.gov.uk>
To: "csp-practitioners@lists.safercommunities.example.org.uk"
	<csp-practitioners@lists.safercommunities.example.org.uk>
Subject: Re: [CSP] Alley gating - anyone evaluated?
Message-ID: <LO2P265MB48817A2C@LO2P265MB4881.GBRP265.PROD.OUTLOOK.COM>
Content-Type: text/plain; charset="utf-8"

Hi Dan,

We did a round of alley gating in Pillgwenlly and Maindee in 2023/24
with Gwent Police, so happy to share what we found.

The force's designing out crime officer picked the 26 lanes with the
most burglaries through rear gardens over the previous three years.
We consulted every household (you need at least two thirds in favour
for us to go ahead), made a gating PSPO for each lane, and our
neighbourhood wardens handed out the keys and now check every gate
once a month. Gwent Police's analyst gave us burglary figures for the
lanes and the streets around them before and after.

Over the first 12 months after the gates went in:

- burglaries via rear lanes fell from 31 to 9 across the 26 lanes
- fly-tipping reports in the gated lanes fell by about two thirds
- no sign of burglary moving to the neighbouring streets, according
  to the force's analyst

Cost was about GBP 1,900 a gate, paid from Safer Streets money. Happy
to send the full evaluation to anyone who wants it.

Rhys

Rhys Morgan | Community Safety Officer | Newport City Council
01632 960847

> -----Original Message-----
> From: Dan Whitlock
> Sent: 17 November 2025 16:02
> Subject: [CSP] Alley gating - anyone evaluated?
>
> Morning all. Our members are keen on alley gates in two wards but
> I've been asked for evidence that they work beyond the 2000s Home
> Office research. Has anyone done their own before and after?
>
> Dan Whitlock, Community Safety Manager, Tamworth Borough Council


------------------------------

Message: 2
Date: Tue, 18 Nov 2025 10:47:03 +0000
From: Lisa Grant <lgrant@rushcliffe.example.gov.uk>
To: csp-practitioners@lists.safercommunities.example.org.uk
Subject: [CSP] JOB: Community Safety Officer, fixed term, Rushcliffe
Message-ID: <7f3e21b0c4d9@rushcliffe.example.gov.uk>
Content-Type: text/plain; charset="us-ascii"

Apologies for cross-posting.

Rushcliffe Borough Council is looking for a Community Safety Officer
on a 12-month fixed term contract to lead our work on anti-social
behaviour and the Community Trigger.

Grade 7, GBP 31,537 to GBP 34,434, 37 hours, hybrid (West Bridgford).
Closing date: Sunday 7 December 2025. Interviews: w/c 15 December.

Informal chats welcome: Lisa Grant, Community Safety Manager,
0115 496 0429.


------------------------------

Message: 3
Date: Tue, 18 Nov 2025 13:30:51 +0000
From: "Forsyth, Helen" <helen.forsyth@durham.example.police.uk>
To: "csp-practitioners@lists.safercommunities.example.org.uk"
	<csp-practitioners@lists.safercommunities.example.org.uk>
Subject: Re: [CSP] Alley gating - anyone evaluated?
Message-ID: <DU0PR04MB9417C1E2@DU0PR04MB9417.eurprd04.prod.outlook.com>
Content-Type: text/plain; charset="utf-8"

Dan, not gating as such, but back lanes, so it might help.

In Bishop Auckland and Shildon we had a run of deliberate fires in
the back lanes, mostly rubbish and wheelie bins, which were putting
houses at risk. In spring 2024 our Bishop Auckland neighbourhood team
started Operation Backyard with County Durham and Darlington Fire and
Rescue Service and Auckland Vale Housing, who own most of the
terraces. A fire crew and one of our PCSOs walked the back lanes
together every fortnight, Auckland Vale cleared any dumped rubbish
within 48 hours of a report and fitted lockable bin stores, and we
used community protection warnings on the handful of households that
kept dumping.

Deliberate secondary fires in the back lanes fell from 74 to 29 year
on year. Burglary in the same lanes also fell, though not by as much.

The walks are the bit I'd keep. People come out and talk to a
firefighter when they wouldn't talk to us.

Helen

PS Helen Forsyth
Neighbourhood Sergeant, Bishop Auckland
Durham Constabulary

This email and any attachments are intended solely for the addressee.
If you have received it in error please notify the sender and delete
it. Durham Constabulary monitors emails for lawful business purposes.


------------------------------

Message: 4
Date: Wed, 19 Nov 2025 08:05:40 +0000
From: Mark Chadwick <mark.chadwick@norfolk.example.gov.uk>
To: csp-practitioners@lists.safercommunities.example.org.uk
Subject: [CSP] No cold calling zones - our results
Message-ID: <AM9PR07MB7233E8A0@AM9PR07MB7233.eurprd07.prod.outlook.com>
Content-Type: text/plain; charset="utf-8"

For anyone thinking about No Cold Calling Zones after last week's
webinar, here's where we have got to in Norfolk.

Norfolk County Council Trading Standards has set up 38 new zones
since April 2024, always where residents have asked for one and at
least 60% of households agree. Every household gets door stickers and
a letter explaining what to say to cold callers, we put up street
signs at the entrances to the zone, and we train a volunteer zone
champion on each street to pass on scam alerts and help neighbours
report doorstep callers to us.

We surveyed residents a year on:

  * 84% felt more confident saying no at the door
  * reports of doorstep crime in the zones fell by 62% against the
    year before the zone started
  * 41 zone champions are still active

Our toolkit is on the Knowledge Hub if you want to borrow it.

Mark Chadwick
Senior Trading Standards Officer (Scams and Doorstep Crime)
Norfolk County Council


------------------------------

Message: 5
Date: Wed, 19 Nov 2025 11:22:18 +0000
From: Priya Nair <priya.nair@welwynhatfield.example.gov.uk>
To: csp-practitioners@lists.safercommunities.example.org.uk
Subject: [CSP] ASB case review threshold question
Message-ID: <PA4PR09MB6123B0A7@PA4PR09MB6123.eurprd09.prod.outlook.com>
Content-Type: text/plain; charset="utf-8"

Quick one. Since the threshold for an ASB case review came down to
three complaints in six months under section 104, has anyone seen
their numbers go up much? We have had 11 applications since April,
against 4 in the whole of last year, and we are trying to work out
whether to change how we staff the panel.

Thanks,
Priya

Priya Nair
ASB and Community Safety Lead
Welwyn Hatfield Borough Council


------------------------------

Subject: Digest Footer

_______________________________________________
CSP-Practitioners mailing list
csp-practitioners@lists.safercommunities.example.org.uk
https://lists.safercommunities.example.org.uk/mailman/listinfo/csp-practitioners

This list is run by the Safer Communities Network for people working
in community safety. Posts are the views of their authors.


------------------------------

End of CSP-Practitioners Digest, Vol 18, Issue 46
*************************************************
"""


TEXT_DOCUMENTS = {
    "safer-steps-leeds-app-store-listing.html": SAFER_STEPS_HTML,
    "national-highways-a14-girton-to-milton-safety-improvements.html": A14_SCHEME_HTML,
    "marlowe-finch-moseley-area-guide.html": MOSELEY_GUIDE_HTML,
    "attercliffe-heritage-group-beat-to-beat-ken-barraclough-transcript.md": BEAT_TO_BEAT_MD,
    "safer-communities-network-csp-practitioners-digest-vol-18-issue-46.txt": CSP_DIGEST_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    brindley_hart_social_value(out)
    tideway_annual_review(out)
    corvid_brochure(out)
    foxglove_monitoring_report(out)
    carlisle_board_report(out)
    fairleys_memo(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
