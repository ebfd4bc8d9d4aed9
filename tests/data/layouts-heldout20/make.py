"""Write the binary documents of the twentieth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout20/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): an independent
lifeboat station's annual newsletter, a water company's communities report, a community safety
partnership's strategy refresh, a housing developer's newsletter for a new estate, a care home
group's newsletter for families, and a street lighting contractor's notice of works to residents.
The HTML, Markdown and plain-text documents beside this script are written by hand; manifest.json
lists every document's intended initiatives.

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


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", zebra=None, last_bold=None):
    data = []
    for r, row in enumerate(rows):
        if r == 0 and head_style is not None:
            cell_style = head_style
        elif last_bold is not None and r == len(rows) - 1:
            cell_style = last_bold
        else:
            cell_style = style
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1 if head_fill is not None else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if zebra is not None:
        for r in range(2, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), zebra))
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


# ------------------ 1. An independent lifeboat station's annual newsletter (PDF, two columns, two pages)

LB_NAVY = colors.HexColor("#13294b")
LB_ORANGE = colors.HexColor("#e5671c")
LB_SAND = colors.HexColor("#f6efe3")
LB_BODY = ParagraphStyle("lbbody", fontName="Helvetica", fontSize=9.3, leading=12.4, spaceAfter=5)
LB_CELL = ParagraphStyle("lbcell", parent=LB_BODY, fontSize=7.9, leading=9.8, spaceAfter=0)
LB_CELLB = ParagraphStyle("lbcellb", parent=LB_CELL, fontName="Helvetica-Bold", textColor=colors.white)
LB_CELLT = ParagraphStyle("lbcellt", parent=LB_CELL, fontName="Helvetica-Bold")
LB_MAST = ParagraphStyle("lbmast", parent=LB_BODY, fontName="Times-Bold", fontSize=30, leading=32,
                         textColor=colors.white, spaceAfter=2)
LB_MASTSUB = ParagraphStyle("lbmastsub", parent=LB_BODY, fontSize=9.5, leading=12, textColor=colors.white,
                            spaceAfter=0)
LB_H = ParagraphStyle("lbh", parent=LB_BODY, fontName="Times-Bold", fontSize=14, leading=16.5,
                      textColor=LB_NAVY, spaceBefore=6, spaceAfter=3, keepWithNext=1)
LB_STANDFIRST = ParagraphStyle("lbstand", parent=LB_BODY, fontName="Helvetica-Bold", fontSize=9,
                               leading=11.8, textColor=LB_ORANGE, spaceAfter=4, keepWithNext=1)
LB_PULL = ParagraphStyle("lbpull", parent=LB_BODY, fontName="Times-Bold", fontSize=11, leading=14,
                         textColor=LB_NAVY, spaceBefore=2, spaceAfter=6)
LB_CAP = ParagraphStyle("lbcap", parent=LB_BODY, fontName="Helvetica-Oblique", fontSize=7.6, leading=9.4,
                        textColor=colors.HexColor("#555555"))


def _lb_page_factory(total):
    def _lb_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page > 1:
            canvas.setFillColor(LB_NAVY)
            canvas.setFont("Helvetica-Bold", 7.8)
            canvas.drawString(40, height - 30, "THE SLIPWAY")
            canvas.setFont("Helvetica", 7.8)
            canvas.drawRightString(width - 40, height - 30, "Cattersty Sands Inshore Rescue  \u00b7  Winter 2024/25")
            canvas.setStrokeColor(LB_ORANGE)
            canvas.setLineWidth(1.5)
            canvas.line(40, height - 36, width - 40, height - 36)
        canvas.setStrokeColor(LB_NAVY)
        canvas.setLineWidth(0.5)
        canvas.line(40, 40, width - 40, 40)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(40, 30, "Cattersty Sands Inshore Rescue is an independent lifeboat and a registered charity, "
                                  "no. 1109274. The Boathouse, Cattersty Sands, Skinningrove TS13 4BN.")
        canvas.drawString(40, 21, "In an emergency at sea or on the coast, dial 999 and ask for the Coastguard.")
        canvas.setFont("Helvetica-Bold", 7)
        canvas.drawRightString(width - 40, 25, f"{doc.page} / {total or '?'}")
        canvas.restoreState()
    return _lb_page


def _lb_story(full, col):
    p = lambda text, style=LB_BODY: Paragraph(text, style)  # noqa: E731
    mast = _box([p("The Slipway", LB_MAST),
                 p("The annual newsletter of Cattersty Sands Inshore Rescue  \u00b7  Issue 19  \u00b7  Winter "
                   "2024/25", LB_MASTSUB),
                 p("Independent lifeboat for Skinningrove, Saltburn and the East Cleveland coast since 1989",
                   LB_MASTSUB)], full, LB_NAVY, LB_NAVY, pad=14)
    launches = _table([["Launches in 2024", "Number"],
                       ["Cut off by the tide", "12"],
                       ["Person in the water", "9"],
                       ["Vessel in difficulty", "8"],
                       ["Search for a missing person", "7"],
                       ["False alarm with good intent", "3"],
                       ["Animal rescue", "2"],
                       ["Total launches", "41"]],
                      [col - 60, 50], LB_CELL, LB_NAVY, head_style=LB_CELLB, zebra=LB_SAND, last_bold=LB_CELLT)
    money = _table([["Income and spending", "2023 (\u00a3)", "2024 (\u00a3)"],
                    ["Donations and collecting boxes", "21,406", "23,118"],
                    ["Lifeboat Day", "7,950", "8,412"],
                    ["Legacies", "5,000", "12,500"],
                    ["Fuel, maintenance and insurance", "-18,220", "-19,875"],
                    ["Crew kit and training", "-9,340", "-10,960"],
                    ["Surplus", "6,796", "13,195"]],
                   [col - 100, 45, 45], LB_CELL, LB_NAVY, head_style=LB_CELLB, zebra=LB_SAND, last_bold=LB_CELLT)
    appeal = _box([p("<b>New boat appeal</b>", LB_CELL), Spacer(1, 2),
                   p("Our D-class boat <i>Spirit of Brotton</i> is 14 years old. We need \u00a3165,000 for a "
                     "replacement and have raised \u00a362,300 so far. Every pound goes to the boat.", LB_CELL)],
                  col - 4, LB_SAND, LB_ORANGE)
    diary = _box([p("<b>Dates for your diary</b>", LB_CELL), Spacer(1, 2),
                  p("Annual General Meeting: Tuesday 18 March 2025, 7pm, Skinningrove Village Hall.", LB_CELL),
                  p("Lifeboat Day: Saturday 2 August 2025, from 11am on the beach.", LB_CELL),
                  p("Crew recruitment evening: Thursday 10 April 2025, 7pm at the boathouse.", LB_CELL)],
                 col - 4, LB_SAND, LB_NAVY)
    return [
        mast,
        FrameBreak(),
        p("From the chair of trustees", LB_H),
        p("Welcome to the nineteenth Slipway. Our crews launched 41 times in 2024, the busiest year since "
          "the station opened, and every one of those launches was answered by volunteers who left their "
          "work, their tea or their beds within minutes of the pager going off. Thank you to them, to "
          "their families and employers, and to everyone who put a coin in a box on the seafront. "
          "<i>Janet Lumley, Chair of Trustees</i>"),
        launches,
        p("Launches are paged by HM Coastguard. Figures are for 1 January to 31 December 2024.", LB_CAP),
        Spacer(1, 4),
        p("Hunt Cliff: a safer place", LB_H),
        p("Working with the police and Samaritans on the cliffs", LB_STANDFIRST),
        p("For years the pager has sent us to the foot of Hunt Cliff to look for someone in distress near "
          "the edge. In 2023 we were launched eleven times to people in crisis there, and our crew were "
          "often first to reach them with no training in what to say."),
        p("In March 2024 we joined Cleveland Police's East Cleveland Neighbourhood Policing Team and "
          "Samaritans in a plan for the cliff. Samaritans trained 22 of our crew and shore helpers in "
          "suicide awareness and in talking to someone in crisis. The force's control room now pages us "
          "at the same time as it sends officers, so the boat is on the water while they walk the path, "
          "and signs with the Samaritans number have gone up at the three cliff-top car parks. On summer "
          "evenings neighbourhood officers and our shore crew walked the cliff path together."),
        p("Crisis launches to Hunt Cliff: down from 11 to 4", LB_PULL),
        p("Everyone we reached in 2024 came home safely, and PC Dean Harland says officers on the cliff "
          "now know exactly where the boat can land."),
        p("Crew news", LB_H),
        p("Congratulations to Ellie Chapman, who passed out as a helm in June, and to our four new crew "
          "members, who have finished their first year of training. Bob Featherstone received his 30-year "
          "long service badge at the September open day. We said goodbye to launch tractor driver Stan "
          "Lister after 26 years."),
        p("Shout of the year", LB_H),
        p("At 2.10am on 14 August the pager went for the <i>Mary Ann</i>, a crabber with two aboard whose "
          "engine had failed off Boulby in a rising north-easterly. Helm Chris Readman and three crew "
          "reached her in 19 minutes, took her in tow and brought her into Skinningrove beck at first "
          "light, where the shore crew had the tractor waiting. Nobody was hurt."),
        p("Training", LB_H),
        p("Our crew put in 2,870 hours of training this year, including night exercises with the "
          "Coastguard helicopter from Humberside and casualty care refreshers every month. Every crew "
          "member must complete at least 40 hours a year."),
        p("Fundraising round-up", LB_H),
        p("Lifeboat Day in August raised \u00a38,412, the Saltburn pier swim on Boxing Day raised "
          "\u00a33,150, and the Brotton WI's calendar raised \u00a31,040. Our thanks to the Ship Inn, the "
          "Cattersty Caf\u00e9 and Loftus Co-op for keeping collecting boxes on their counters all year."),
        p("Shore Thing: beach safety in schools", LB_H),
        p("Our volunteers in the classroom", LB_STANDFIRST),
        p("The tide at Cattersty comes in fast across the flat sand, and in 2023 five of our launches "
          "were to children cut off on the rocks below the old ironstone jetty. So last winter we wrote "
          "Shore Thing, a 45-minute session for Years 4 to 6. Our volunteers took it into 14 primary "
          "schools in East Cleveland between February and June, with a tide table, a lifejacket to try "
          "on and a float-to-live practice in the hall."),
        p("We reached 1,140 pupils. Before the sessions 31% could say what to do if they fell in; "
          "afterwards 86% could."),
        p("Children cut off by the tide: none in 2024", LB_PULL),
        p("All 14 schools have asked us back, and two of them now bring their Year 5 classes to the "
          "boathouse in the summer term to walk the beach with our crew at low water."),
        p("Money matters", LB_H),
        money,
        p("The full accounts are filed with the Charity Commission and are available from the Treasurer.",
          LB_CAP),
        Spacer(1, 4),
        appeal,
        Spacer(1, 6),
        diary,
    ]


def cattersty_sands_slipway(out: Path) -> None:
    """An independent lifeboat station's annual newsletter (two pages, two columns under a navy
    masthead on the first page, Helvetica body and Times heads): a running head from the second page
    with the newsletter and station, footer with the charity number, boathouse address and postcode,
    a 999 line and 'n / 2'; the chair's welcome (not work), launches as a table (not metrics), 'Hunt
    Cliff: a safer place' (one piece of work with results: the station with Cleveland Police's
    neighbourhood team and Samaritans), crew news (not work), 'Shore Thing' (one piece of work with
    results: the station as 'we' in schools, no force), money as a table (not metrics), a new boat
    appeal box and dates (future)."""
    width, height = A4
    gap = 16
    full = width - 80
    col = (full - gap) / 2
    top = height - 40
    head_h = 100

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=48,
                              title="The Slipway: Issue 19, Winter 2024/25",
                              author="Cattersty Sands Inshore Rescue", invariant=1)
        first = [Frame(40, top - head_h, full, head_h, id="mast", leftPadding=0, rightPadding=0),
                 Frame(40, 48, col, top - head_h - 48, id="a1"),
                 Frame(40 + col + gap, 48, col, top - head_h - 48, id="a2")]
        later = [Frame(40, 48, col, top - 8 - 48, id="b1"), Frame(40 + col + gap, 48, col, top - 8 - 48, id="b2")]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_lb_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_lb_page_factory(total))])
        return doc

    def story():
        items = _lb_story(full, col)
        return items[:2] + [NextPageTemplate("later")] + items[2:]
    _two_pass(out / "cattersty-sands-inshore-rescue-the-slipway-winter-2024-25.pdf", build, story)


# ------------------ 2. A water company's communities report (PDF, single column, figure row, grant table)

PD_BLUE = colors.HexColor("#0a5c8a")
PD_AQUA = colors.HexColor("#2ab3b1")
PD_PALE = colors.HexColor("#e6f4f8")
PD_BODY = ParagraphStyle("pdbody", fontName="Helvetica", fontSize=9.6, leading=13.2, spaceAfter=6)
PD_CELL = ParagraphStyle("pdcell", parent=PD_BODY, fontSize=8.3, leading=10.4, spaceAfter=0)
PD_CELLB = ParagraphStyle("pdcellb", parent=PD_CELL, fontName="Helvetica-Bold", textColor=colors.white)
PD_BIG = ParagraphStyle("pdbig", parent=PD_BODY, fontName="Helvetica-Bold", fontSize=17, leading=20,
                        textColor=PD_BLUE, spaceAfter=1, alignment=1)
PD_SMALL = ParagraphStyle("pdsmall", parent=PD_BODY, fontSize=7.8, leading=9.6, alignment=1, spaceAfter=0)
PD_TITLE = ParagraphStyle("pdtitle", parent=PD_BODY, fontName="Helvetica-Bold", fontSize=22, leading=26,
                          textColor=PD_BLUE, spaceAfter=2)
PD_DECK = ParagraphStyle("pddeck", parent=PD_BODY, fontName="Helvetica", fontSize=11.5, leading=15,
                         textColor=colors.HexColor("#333333"), spaceAfter=8)
PD_H = ParagraphStyle("pdh", parent=PD_BODY, fontName="Helvetica-Bold", fontSize=13, leading=16,
                      textColor=PD_BLUE, spaceBefore=8, spaceAfter=3, keepWithNext=1)
PD_TAG = ParagraphStyle("pdtag", parent=PD_BODY, fontName="Helvetica-Bold", fontSize=7.6, leading=9.5,
                        textColor=PD_AQUA, spaceAfter=1, keepWithNext=1)
PD_RESULT = ParagraphStyle("pdresult", parent=PD_BODY, fontName="Helvetica-Bold", fontSize=10,
                           leading=13.5, textColor=PD_BLUE, leftIndent=10, borderPadding=(2, 0, 2, 6),
                           spaceBefore=2, spaceAfter=6)


def _pd_page_factory(total):
    def _pd_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(PD_BLUE)
        canvas.rect(0, height - 14, width, 14, stroke=0, fill=1)
        canvas.setFillColor(PD_BLUE)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(52, height - 32, "Peak and Dearne Water")
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 52, height - 32, "Our Communities Report 2024/25")
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(52, 30, "Peak and Dearne Water plc. Registered in England and Wales, company no. 02366911.")
        canvas.drawString(52, 21, "Registered office: Rivelin House, Holme Lane, Sheffield S6 4JP.")
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawRightString(width - 52, 25, f"{doc.page + 11}")
        canvas.restoreState()
    return _pd_page


def _pd_story():
    p = lambda text, style=PD_BODY: Paragraph(text, style)  # noqa: E731
    width = A4[0] - 104
    cards = Table([[[p("\u00a31.2m", PD_BIG), p("community fund", PD_SMALL)],
                    [p("312", PD_BIG), p("employee volunteer days", PD_SMALL)],
                    [p("14", PD_BIG), p("reservoirs open to the public", PD_SMALL)],
                    [p("1.9m", PD_BIG), p("visits to our reservoirs", PD_SMALL)]]],
                  colWidths=[width / 4] * 4)
    cards.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PD_PALE),
                               ("LINEAFTER", (0, 0), (2, 0), 1.5, colors.white),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    grants = _table([["Community fund: larger grants in 2024/25", "Town", "Grant (\u00a3)"],
                     ["Stocksbridge Amateur Boxing Club: Friday night youth sessions", "Stocksbridge", "4,500"],
                     ["Penistone Line Community Garden: a rainwater garden", "Penistone", "3,200"],
                     ["Hathersage Swimming Pool Trust: free lessons for Year 6", "Hathersage", "6,000"],
                     ["Dearne Valley Foodbank: a chilled van", "Goldthorpe", "7,850"],
                     ["Bradfield Dale Mountain Rescue Kit Fund: throwlines", "Low Bradfield", "2,400"]],
                    [width - 170, 90, 80], PD_CELL, PD_BLUE, head_style=PD_CELLB, zebra=PD_PALE)
    ahead = _box([p("<b>Looking ahead to 2025/26</b>", PD_CELL), Spacer(1, 2),
                  p("We will open the community fund to applications twice a year, in April and October, "
                    "add two more reservoirs to our summer ranger rota, and ask customers in our 2025 survey "
                    "how we should spend the fund. Our target is 400 employee volunteer days.", PD_CELL)],
                 width, PD_PALE, PD_AQUA)
    return [
        p("Our communities", PD_TITLE),
        p("What we did beyond the water main in 2024/25: safer reservoirs, safer doorsteps and the groups "
          "our community fund supported", PD_DECK),
        p("Our reservoirs, treatment works and pipes run through more than 200 towns and villages between "
          "the Peak District and the Dearne Valley. This report is about our part in those communities. "
          "Our figures on leakage, water quality and bills are in our Annual Performance Report. "
          "<i>Helen Stanworth, Chief Executive</i>"),
        cards,
        Spacer(1, 4),
        p("SAFER RESERVOIRS", PD_TAG),
        p("Summer on the moor edge", PD_H),
        p("The hot summers of 2022 and 2023 brought thousands of visitors to Crookstone and Alport Dale "
          "reservoirs, which sit on the border of Derbyshire and South Yorkshire. With them came "
          "barbecues and campfires on dry moorland, people swimming in cold, deep water, and cars parked "
          "across the access road so that fire engines could not get through."),
        p("In 2024 our reservoir rangers ran joint weekend patrols from May to September with "
          "Derbyshire Constabulary's Rural Crime Team on the Derbyshire side and South Yorkshire "
          "Police's Stocksbridge Neighbourhood Policing Team on the South Yorkshire side, together with "
          "Peak District National Park rangers. We fitted eight throwline stations, officers moved on "
          "groups lighting fires and seized disposable barbecues, and we closed the dam car park on "
          "the hottest days."),
        p("Moorland fires around the two reservoirs fell from 34 to 9.", PD_RESULT),
        p("Nobody drowned at our reservoirs in 2024. Rangers used throwlines twice to help swimmers who "
          "got into difficulty, and obstructive parking tickets on the access road fell by two thirds."),
        p("SAFER DOORSTEPS", PD_TAG),
        p("Knock, check, password", PD_H),
        p("Criminals pretending to be from the water company target older people at home, often saying "
          "they need to check the water pressure. In April 2024 we launched a password scheme for "
          "customers on our Priority Services Register: the customer chooses a password, and our field "
          "staff must say it at the door before they are let in. We wrote to 62,000 registered customers "
          "and trained all 480 of our field staff."),
        p("More than 9,800 customers have set a password, and reports to us of bogus callers claiming to "
          "be from Peak and Dearne Water fell from 41 to 17."),
        p("SAFER SITES", PD_TAG),
        p("Stopping metal theft from our sites", PD_H),
        p("In 2023 thieves stripped copper cable and earthing straps from 22 of our pumping stations and "
          "service reservoirs, sometimes cutting off the water supply to whole villages. Our security "
          "team worked with South Yorkshire Police's Metal Theft Team: we marked cable and fittings at "
          "every unmanned site with forensic marking, fitted alarms that call our control room, and "
          "shared the marking codes so that officers visiting scrap yards could spot our metal."),
        p("Metal thefts from our sites fell from 22 to 5.", PD_RESULT),
        p("Officers recovered our marked cable at a yard in Rotherham in August, and two men were "
          "charged."),
        p("COMMUNITY FUND", PD_TAG),
        p("Grants we made", PD_H),
        p("Our community fund gave 188 grants in 2024/25, from \u00a3250 to \u00a310,000. The panel of "
          "customers and employees meets four times a year. The larger grants included:"),
        grants,
        Spacer(1, 6),
        p("Volunteering", PD_H),
        p("Every employee can take two paid days a year to volunteer. Our people gave 312 days in 2024/25, "
          "clearing paths, painting community centres and reading with children in schools."),
        ahead,
    ]


def peak_dearne_communities_report(out: Path) -> None:
    """A water company's communities report section (single column, Helvetica, two pages printed as
    pages 12 and 13): a blue top strip, a running head with the company and report, footer with the
    company number and registered office and the printed page number; title and deck, the chief
    executive's introduction (not work), a row of four figure cards (not metrics), three tagged
    sections each with a result line: summer reservoir patrols (the company's rangers with Derbyshire
    Constabulary and South Yorkshire Police and national park rangers), a doorstep password scheme
    (the company as 'we', no force), metal theft (the company's security team with South Yorkshire
    Police's metal theft team); community fund grants as a table (funding: not work), volunteering
    days (not work) and a 'Looking ahead' box (future)."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=52, rightMargin=52, topMargin=48, bottomMargin=46,
                              title="Our Communities Report 2024/25", author="Peak and Dearne Water plc",
                              invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(52, 46, A4[0] - 104, A4[1] - 94)],
                                           onPage=_pd_page_factory(total))])
        return doc
    _two_pass(out / "peak-and-dearne-water-our-communities-report-2024-25.pdf", build, _pd_story)


# ------------------ 3. A community safety partnership's strategy refresh (PDF, numbered paragraphs)

SB_GREEN = colors.HexColor("#00594f")
SB_GREY = colors.HexColor("#f0f0f0")
SB_BODY = ParagraphStyle("sbbody", fontName="Helvetica", fontSize=9.8, leading=13.4, spaceAfter=6)
SB_NUM = ParagraphStyle("sbnum", parent=SB_BODY, leftIndent=30, bulletIndent=0, bulletFontName="Helvetica-Bold")
SB_BUL = ParagraphStyle("sbbul", parent=SB_BODY, leftIndent=46, bulletIndent=34, spaceAfter=3)
SB_CELL = ParagraphStyle("sbcell", parent=SB_BODY, fontSize=8.4, leading=10.6, spaceAfter=0)
SB_CELLB = ParagraphStyle("sbcellb", parent=SB_CELL, fontName="Helvetica-Bold", textColor=colors.white)
SB_TITLE = ParagraphStyle("sbtitle", parent=SB_BODY, fontName="Helvetica-Bold", fontSize=20, leading=24,
                          textColor=SB_GREEN, spaceAfter=2)
SB_SUB = ParagraphStyle("sbsub", parent=SB_BODY, fontSize=12, leading=15, textColor=colors.HexColor("#333333"),
                        spaceAfter=10)
SB_H = ParagraphStyle("sbh", parent=SB_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15.5,
                      textColor=SB_GREEN, spaceBefore=8, spaceAfter=4, keepWithNext=1)


def _sb_page_factory(total):
    def _sb_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 7.6)
        canvas.drawString(56, height - 30, "Safer Bassetlaw Partnership")
        canvas.drawRightString(width - 56, height - 30, "Community Safety Strategy 2023\u201326: 2025 Refresh")
        canvas.setStrokeColor(SB_GREEN)
        canvas.setLineWidth(0.6)
        canvas.line(56, height - 35, width - 56, height - 35)
        canvas.line(56, 38, width - 56, 38)
        canvas.setFont("Helvetica-Bold", 7.6)
        canvas.drawString(56, 27, "OFFICIAL")
        canvas.setFont("Helvetica", 7.6)
        canvas.drawCentredString(width / 2, 27, "Agreed by the Safer Bassetlaw Partnership Board, 24 June 2025")
        canvas.drawRightString(width - 56, 27, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _sb_page


def _sb_story():
    p = lambda text, style=SB_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda num, text: Paragraph(text, SB_NUM, bulletText=num)  # noqa: E731
    b = lambda text: Paragraph(text, SB_BUL, bulletText="\u2022")  # noqa: E731
    width = A4[0] - 112
    figures = _table([["Bassetlaw", "2022/23", "2024/25", "Change"],
                      ["Total recorded crime", "11,942", "11,604", "-3%"],
                      ["Anti-social behaviour incidents", "4,318", "3,870", "-10%"],
                      ["Domestic abuse crimes and incidents", "2,466", "2,513", "+2%"],
                      ["Shop theft", "1,012", "1,377", "+36%"],
                      ["Hospital admissions for violence (per 100,000)", "48", "51", "+6%"]],
                     [width - 210, 70, 70, 70], SB_CELL, SB_GREEN, head_style=SB_CELLB, zebra=SB_GREY)
    measures = _table([["Priority", "How we will measure it", "Lead"],
                       ["1. Shop theft and retail crime", "Shop theft offences; repeat stores", "Nottinghamshire "
                        "Police"],
                       ["2. Domestic abuse", "Repeat victims referred to MARAC", "Bassetlaw District Council"],
                       ["3. Serious violence", "Hospital admissions for violence", "Violence Reduction Unit"],
                       ["4. Anti-social behaviour in rural villages", "ASB incidents outside Worksop and "
                        "Retford", "Bassetlaw District Council"]],
                      [150, width - 280, 130], SB_CELL, SB_GREEN, head_style=SB_CELLB, zebra=SB_GREY)
    return [
        p("Community Safety Strategy 2023\u201326", SB_TITLE),
        p("2025 Refresh: what has changed and our priorities for 2025/26", SB_SUB),
        p("Foreword", SB_H),
        p("Two years into our strategy, Bassetlaw is a safer place in many ways, but shop theft has risen "
          "sharply and domestic abuse remains too common. This refresh keeps the strategy's aims and "
          "changes our priorities for its final year. I am grateful to every partner who has given "
          "time to the partnership. <i>Cllr Sarah Kenyon, Chair, Safer Bassetlaw Partnership Board</i>"),
        p("1. Introduction", SB_H),
        n("1.1", "Sections 5 and 6 of the Crime and Disorder Act 1998 require the responsible authorities "
          "in Bassetlaw to work together to reduce crime and disorder. In Bassetlaw they are Bassetlaw "
          "District Council, Nottinghamshire County Council, Nottinghamshire Police, Nottinghamshire Fire "
          "and Rescue Service, the Probation Service and the Integrated Care Board."),
        n("1.2", "This is not a new strategy. It refreshes the Community Safety Strategy 2023\u201326 using "
          "the partnership's strategic assessment, published in March 2025, and the views of 1,214 "
          "people who answered our community safety survey."),
        p("2. What has changed", SB_H),
        n("2.1", "The strategic assessment compares the two years to March 2025 with the two years before "
          "the strategy began."),
        figures,
        Spacer(1, 4),
        n("2.2", "Shop theft has risen by more than a third, mostly in Worksop town centre and at the "
          "retail parks on Carlton Road. Domestic abuse is flat, but repeat victimisation has risen to "
          "34% of cases heard at MARAC."),
        p("3. Progress since 2023", SB_H),
        n("3.1", "The Board has met every quarter, and the Serious Violence Duty strategy was published in "
          "January 2024. An additional Independent Domestic Violence Adviser, funded by the partnership, "
          "has been in post since April 2024."),
        n("3.2", "Bridge Street and the Old Market Square in Worksop were our biggest anti-social behaviour "
          "hotspot in 2023. From September 2023 Nottinghamshire Police's Worksop Neighbourhood Policing "
          "Team worked with Bassetlaw District Council's anti-social behaviour officers and the "
          "county council's youth service on a problem-solving plan: youth workers ran detached sessions "
          "on Friday and Saturday evenings, the council gated the alley behind Bridge Street and "
          "improved its lighting, and officers used community protection warnings for the small group "
          "of adults responsible for most of the reports."),
        n("3.3", "In the year to August 2024, anti-social behaviour reports in the Bridge Street area fell "
          "from 212 to 118, and footfall surveys found that more people felt safe in the town centre "
          "after dark. The approach is being written up for use in Retford."),
        p("4. Our priorities for 2025/26", SB_H),
        n("4.1", "The Board has agreed four priorities for the final year of the strategy:"),
        b("shop theft and retail crime, working with retailers and the Worksop business community;"),
        b("domestic abuse, with a focus on repeat victims;"),
        b("serious violence, in line with the Serious Violence Duty;"),
        b("anti-social behaviour in rural villages, where the survey showed most concern."),
        n("4.2", "Each priority will have a delivery group and an action plan, reported to the Board "
          "every quarter."),
        p("5. How we will know we are making a difference", SB_H),
        measures,
        Spacer(1, 6),
        p("6. Contact", SB_H),
        n("6.1", "Community Safety Team, Bassetlaw District Council, Queen's Buildings, Potter Street, "
          "Worksop S80 2AH. Telephone 01632 960427. Email community.safety@bassetlaw.example."),
    ]


def safer_bassetlaw_strategy_refresh(out: Path) -> None:
    """A community safety partnership's strategy refresh (single column, Helvetica, numbered paragraphs
    with hanging numbers): a running head with the partnership and the strategy, footer with
    OFFICIAL, the date the board agreed it and 'Page n of m'; title and subtitle, the chair's foreword
    (not work), 1 introduction (statute), 2 what has changed with a context table (not metrics), 3
    progress since 2023: 3.1 board business and a funded post (not work), 3.2 and 3.3 (one piece of
    work with results: the force's neighbourhood team with the district council's ASB officers and the
    county youth service), 4 priorities for 2025/26 as bullets (future), 5 measures as a table and 6
    contact."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=50, bottomMargin=46,
                              title="Community Safety Strategy 2023-26: 2025 Refresh",
                              author="Safer Bassetlaw Partnership", invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(56, 46, A4[0] - 112, A4[1] - 96)],
                                           onPage=_sb_page_factory(total))])
        return doc
    _two_pass(out / "safer-bassetlaw-community-safety-strategy-2025-refresh.pdf", build, _sb_story)


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


def _columns(section, number: int, space_twips: int = 360) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sect_pr = section._sectPr
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect_pr.append(cols)
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), str(space_twips))


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


def _header_footer(document, header_lines, footer_text: str, align_header="right", page_word="Page ") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    lines = [header_lines] if isinstance(header_lines, str) else list(header_lines)
    header.text = lines[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align_header == "right" else WD_ALIGN_PARAGRAPH.LEFT
    if header.runs:
        header.runs[0].bold = True
    for line in lines[1:]:
        extra = section.header.add_paragraph(line)
        extra.alignment = header.alignment
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   {page_word}"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True, style="Table Grid"):
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = style
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
    return table


def _boxed(document, lines, fill: str):
    """A one-cell shaded table used as a boxed notice; the first line is bold."""
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    _shade(cell, fill)
    cell.text = ""
    cell.paragraphs[0].add_run(lines[0]).bold = True
    for line in lines[1:]:
        cell.add_paragraph(line)
    return table


def _styled(document, text: str, size=None, bold=False, italic=False, color=None, align=None, space_after=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        paragraph.paragraph_format.space_after = Pt(space_after)
    return paragraph


def _bullets(document, items, style="List Bullet"):
    for item in items:
        document.add_paragraph(item, style=style)


def _recolour_heading(document, level: int, color: str, size=None, font=None) -> None:
    from docx.shared import Pt, RGBColor

    style = document.styles[f"Heading {level}"]
    style.font.color.rgb = RGBColor.from_string(color)
    if size:
        style.font.size = Pt(size)
    if font:
        style.font.name = font


# ------------------ 4. A housing developer's newsletter for a new estate (Word, masthead table, Heading 2)

def stanbridge_fields_community_news(out: Path) -> None:
    """A housing developer's community newsletter for residents of a new estate (Word, a two-cell
    masthead table, small-capital kicker lines over Heading 2 article heads, italic picture captions, a
    shaded one-cell notice box and a contacts table): header with the developer and the development,
    footer with the company number, sales office address and postcode and the page number; the site
    manager's welcome (not work), build progress as a table (not metrics), 'Keeping plant where it
    belongs' over three paragraphs (one piece of work with results: the developer's site team with
    Bedfordshire Police's Rural Crime Team), the management company's estate charge (not metrics), a
    road closure notice (not work), 'Building sites are not playgrounds' (one piece of work with
    results: the developer as 'we' giving school assemblies, no force; the schools are venues), road
    adoption (future), dates and contacts."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    _recolour_heading(document, 2, "7A3E00", size=14, font="Georgia")
    _header_footer(document, "Chiltern Vale Homes  |  Stanbridge Fields, Leighton Buzzard",
                   "Chiltern Vale Homes Ltd, registered in England no. 07755219. Sales and Marketing Suite, "
                   "Stanbridge Road, Leighton Buzzard LU7 4QN.")
    mast = document.add_table(rows=1, cols=2)
    mast.style = "Table Grid"
    left, right = mast.rows[0].cells
    _shade(left, "7A3E00")
    _shade(right, "F3E9DC")
    left.text = ""
    run = left.paragraphs[0].add_run("STANBRIDGE FIELDS")
    run.bold = True
    run.font.size = Pt(20)
    run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    right.text = ""
    right.paragraphs[0].add_run("Community News").bold = True
    right.add_paragraph("Issue 6  |  Autumn 2025")
    right.add_paragraph("For everyone who lives on Meadow Walk, Brook Rise and Orchard End")
    _styled(document, "WELCOME", size=8, bold=True, color="B36B00", space_after=0)
    document.add_heading("A word from Gary", level=2)
    document.add_paragraph("Hello again from the site office. Phase 2 is now more than two-thirds built, and "
                           "186 of our 420 homes are occupied, which means more than 500 of you now call "
                           "Stanbridge Fields home. Thank you for your patience with the lorries and the mud "
                           "while we finish the roads. Gary Noakes, Site Manager")
    _grid(document, [["Phase", "Homes", "Where we are"],
                     ["Phase 1: Meadow Walk", "148", "Complete"],
                     ["Phase 2: Brook Rise", "132", "38 homes to complete by spring 2026"],
                     ["Phase 3: Orchard End", "140", "Groundworks begin January 2026"]], header_fill="F3E9DC")
    _styled(document, "SITE SECURITY", size=8, bold=True, color="B36B00", space_after=0)
    document.add_heading("Keeping plant where it belongs", level=2)
    document.add_paragraph("Last winter our compound off Stanbridge Road was broken into four times in three "
                           "months. Thieves took two mini excavators, a dumper and a generator, and each theft "
                           "held up work on Brook Rise for days.")
    document.add_paragraph("Since February our site team has worked with Bedfordshire Police's Rural Crime "
                           "Team. Every machine on site is now registered with the CESAR scheme and fitted with "
                           "a tracker, the compound has a new palisade fence and a monitored camera tower, the "
                           "Rural Crime Team has added the site to its night patrols and its officers ran a "
                           "plant check at the compound with all our contractors.")
    document.add_paragraph("Thefts from the site fell from nine last winter to one this year, and when a "
                           "telehandler was taken in July its tracker led officers to a yard near Dunstable "
                           "within two hours.")
    _styled(document, "Picture: PC Amy Ridgeway of the Rural Crime Team with Gary at the compound gate.",
            size=8.5, italic=True)
    _styled(document, "YOUR ESTATE", size=8, bold=True, color="B36B00", space_after=0)
    document.add_heading("The management company and your estate charge", level=2)
    document.add_paragraph("Stanbridge Fields Management Company Ltd looks after the open spaces, the play "
                           "area and the balancing pond until they are handed to residents' directors. The "
                           "estate charge for 2025/26 is \u00a3236 a year, payable in two instalments on "
                           "1 April and 1 October.")
    _boxed(document, ["ROAD CLOSURE NOTICE",
                      "Stanbridge Road will be closed between Brook Rise and Billington Road from 3 to 14 "
                      "November 2025 for a new sewer connection. The diversion is signed via Hockliffe Road."],
           "FFF2CC")
    _styled(document, "SAFETY", size=8, bold=True, color="B36B00", space_after=0)
    document.add_heading("Building sites are not playgrounds", level=2)
    document.add_paragraph("During the 2024 summer holidays we found children inside the Brook Rise fences 14 "
                           "times, twice on scaffolding. In the spring our site managers took a half-hour "
                           "assembly to the two primary schools nearest the estate and to the new Stanbridge "
                           "Fields Academy, with hard hats and hi-vis for volunteers and a short film about what "
                           "can happen on a building site, and the pupils designed new warning signs that we "
                           "have put up on the site hoardings.")
    document.add_paragraph("This summer we found children on site three times, and nobody was hurt.")
    _styled(document, "LOOKING AHEAD", size=8, bold=True, color="B36B00", space_after=0)
    document.add_heading("When will the council adopt our roads?", level=2)
    document.add_paragraph("We expect Central Bedfordshire Council to adopt the roads on Meadow Walk in the "
                           "summer of 2026, once the final surface is laid and inspected. Until then the "
                           "streets are our responsibility: please report potholes or faulty lights to "
                           "customer care.")
    document.add_heading("Dates for your diary", level=2)
    _bullets(document, ["Autumn fair on the green: Saturday 11 October 2025, 12 noon to 4pm.",
                        "Opening of the community hub: Friday 28 November 2025.",
                        "Residents' meeting with the management company: Tuesday 2 December 2025, 7pm."])
    document.add_heading("Who to contact", level=2)
    _grid(document, [["For", "Telephone", "Email"],
                     ["Sales and reservations", "01632 960512", "stanbridge@chilternvale.example"],
                     ["Customer care (defects)", "01632 960518", "care@chilternvale.example"],
                     ["Site emergencies out of hours", "01632 960519", "\u2013"]], header_fill="F3E9DC")
    _save_docx(document, out / "chiltern-vale-homes-stanbridge-fields-community-news-autumn-2025.docx",
               "Stanbridge Fields Community News, Autumn 2025", "Chiltern Vale Homes Ltd")


# ------------------ 5. A care home group's newsletter for families (Word, Title, a two-column section)

def orchard_lea_family_news(out: Path) -> None:
    """A care home group's newsletter for residents' families (Word, Title style and a subtitle line, a
    homes table in the single-column opening, then a continuous section break into two newspaper
    columns with Heading 2 article heads, a bold advice line and a bold-labelled fees paragraph):
    header with the group and the newsletter, footer with the head office address and postcode, phone
    and page number; the managing director's letter (not work), our homes with CQC ratings (not
    metrics), 'Herbert Protocol: finding people quickly' over three paragraphs (one piece of work with
    results: the group's homes with Norfolk Constabulary and Suffolk Constabulary), 'Friends Against
    Scams' over two paragraphs (one piece of work with results: the group's activity coordinators with
    the county's trading standards service, no force), fees for 2025/26 (not metrics), staff awards
    (not work) and events and visiting (future)."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    title = document.styles["Title"]
    title.font.color.rgb = docx.shared.RGBColor(0x4E, 0x6E, 0x2E)
    _recolour_heading(document, 2, "4E6E2E", size=13)
    _header_footer(document, ["Orchard Lea Care", "Family News  \u00b7  Spring 2025"],
                   "Orchard Lea Care Ltd, Head Office: The Maltings, Station Road, Harleston IP20 9EY  "
                   "\u00b7  01632 960700", align_header="left")
    document.add_heading("Family News", level=0)
    _styled(document, "Spring 2025  \u00b7  For the families and friends of our residents", size=11, italic=True)
    document.add_heading("A word from our Managing Director", level=2)
    document.add_paragraph("Dear families and friends, welcome to our spring newsletter. Over the winter we "
                           "welcomed 38 new residents to our six homes, said goodbye to some much-loved ones, "
                           "and got through the worst of the winter bugs with very few closures. Thank you for "
                           "your understanding when we had to limit visiting. With best wishes, Rachel "
                           "Goddard, Managing Director")
    document.add_heading("Our homes", level=2)
    _grid(document, [["Home", "Town", "Beds", "CQC rating"],
                     ["The Beeches", "Diss", "42", "Good (May 2024)"],
                     ["Waveney House", "Harleston", "36", "Good (November 2023)"],
                     ["Bungay Lodge", "Bungay", "40", "Outstanding (March 2024)"],
                     ["Ravensmere", "Beccles", "48", "Good (January 2025)"],
                     ["Blyth View", "Halesworth", "30", "Good (August 2024)"],
                     ["Cranley Court", "Eye", "34", "Requires improvement (October 2024)"]], header_fill="E2EBD5")
    columns = document.add_section(WD_SECTION.CONTINUOUS)
    _columns(columns, 2)
    document.add_heading("Herbert Protocol: finding people quickly", level=2)
    document.add_paragraph("Most of our residents live with dementia, and a few like to walk. Last year "
                           "residents left one of our homes without staff knowing seven times. Each time we "
                           "called the police, and officers told us how much faster they could search if they "
                           "had the right information to hand.")
    document.add_paragraph("Since September every home has worked with its local force, Norfolk Constabulary "
                           "for The Beeches and Waveney House and Suffolk Constabulary for our four Suffolk "
                           "homes, to fill in a Herbert Protocol form for each resident living with dementia. "
                           "The form, a recent photograph and a worn item of clothing are kept in a grab bag "
                           "by the office door, and officers from both forces came to every home to talk our "
                           "night staff through what happens after a 999 call.")
    document.add_paragraph("Residents have gone missing four times since, and all four were found safe within "
                           "45 minutes. Before, searches took more than three hours on average.")
    _styled(document, "If your relative's form needs a new photograph, please ask the home manager.", bold=True)
    document.add_heading("Friends Against Scams", level=2)
    document.add_paragraph("Families told us last year how many scam calls and letters their relatives were "
                           "still getting in our homes. Over the winter our activity coordinators worked with "
                           "Suffolk Trading Standards to run Friends Against Scams sessions in every home, for "
                           "96 residents and 41 family members, and we fitted call blockers to the telephones "
                           "in residents' rooms where families asked us to.")
    document.add_paragraph("Scam calls and letters reported to our managers fell from 27 in the autumn to six "
                           "in the three months to March.")
    document.add_heading("Fees for 2025/26", level=2)
    fees = document.add_paragraph()
    fees.add_run("From 7 April 2025: ").bold = True
    fees.add_run("our weekly fees rise by 6.5%. Residential care starts at \u00a31,095 a week and nursing care "
                 "at \u00a31,420 a week. Your home manager will write to you with your relative's new fee.")
    document.add_heading("Stars of the season", level=2)
    document.add_paragraph("Congratulations to Monika Wi\u015bniewska of Bungay Lodge, our Carer of the Year, "
                           "and to the kitchen team at Ravensmere, who were awarded a food hygiene rating of "
                           "5. Ten of our carers completed their Level 3 Diploma in Adult Care this winter.")
    document.add_heading("Coming up", level=2)
    _bullets(document, ["Easter bonnet parade: Friday 18 April, in every home.",
                        "Summer garden party at Bungay Lodge: Saturday 21 June, 2pm.",
                        "Visiting: 10am to 8pm every day; please avoid mealtimes where you can."])
    _save_docx(document, out / "orchard-lea-care-family-news-spring-2025.docx", "Family News, Spring 2025",
               "Orchard Lea Care Ltd")


# ------------------ 6. A street lighting contractor's notice of works to residents (Word, letter layout)

def coquet_lighting_hexham_notice(out: Path) -> None:
    """A street lighting contractor's notice of works to residents on behalf of a county council (Word,
    a letter: a letterhead in the header, date and reference lines, addressee, salutation, a bold subject
    line, numbered paragraphs in the List Number style with bold run-in heads, a table of streets and
    dates, bullets, a signature block and an accessible formats line): footer with the company number and
    'working on behalf of' the council and the page number. Describes planned works, the council's
    part-night lighting policy and a consultation with the police: no piece of work. No initiatives."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    _header_footer(document, ["COQUET LIGHTING SERVICES",
                              "Unit 4, Jubilee Industrial Estate, Ashington NE63 8UG  \u00b7  01632 960830"],
                   "Coquet Lighting Services Ltd, registered in England and Wales no. 08817340. Working on "
                   "behalf of Northumberland County Council.", align_header="left")
    for line in ("Date: 6 October 2025", "Our reference: NCC/SL/25/0412",
                 "To the Occupier", "Priestpopple, Hencotes, Battle Hill and Eastgate, Hexham"):
        _styled(document, line, space_after=0)
    document.add_paragraph()
    document.add_paragraph("Dear Resident,")
    _styled(document, "Street lighting improvement works in Hexham town centre", bold=True, size=11.5)

    def numbered(head: str, text: str):
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(head + " ").bold = True
        paragraph.add_run(text)
        return paragraph

    numbered("What we are doing.", "Northumberland County Council is replacing the street lights in your street "
             "with new LED lanterns, and in some streets the columns as well. The county has 58,000 street "
             "lights, and 41,200 have already been converted. The new lights use about 60% less energy.")
    numbered("When.", "We will work in Hexham town centre between 20 October and 12 December 2025. The table "
             "below shows the dates for each street. Dates may change in bad weather.")
    _grid(document, [["Street", "Work", "Dates", "Parking suspended"],
                      ["Priestpopple", "8 new columns and lanterns", "20 to 31 October", "Yes, in sections"],
                      ["Battle Hill", "Lanterns only", "3 to 7 November", "No"],
                      ["Hencotes", "5 new columns and lanterns", "10 to 21 November", "Yes, in sections"],
                      ["Eastgate", "Lanterns only", "24 to 28 November", "No"],
                      ["Footpath, Hencotes to the bus station", "3 new columns", "1 to 12 December",
                       "Not applicable"]], header_fill="DDEBF7")
    numbered("What it means for you.", "While we work in your street:")
    _bullets(document, ["parking may be suspended for up to two days; we will put up signs 48 hours before;",
                        "your street light may be off for up to four hours while we connect the new one;",
                        "we will work between 8am and 5pm, Monday to Friday;",
                        "you will always be able to get to your home on foot."])
    numbered("Part-night lighting.", "The council dims most street lights to half brightness between midnight "
             "and 5.30am. Northumbria Police and the council's community safety team were consulted on which "
             "streets should stay at full brightness all night. In Hexham these are Priestpopple, the bus "
             "station and the footpath from Hencotes to the bus station.")
    numbered("Faults and questions.", "If a light is not working after we have been, please report it to the "
             "council on 01632 960845 quoting the number on the column, or online. For questions about "
             "these works, call our site supervisor, Neil Charlton, on 01632 960831.")
    document.add_paragraph("We are sorry for any disruption and thank you for your patience.")
    document.add_paragraph("Yours faithfully,")
    _styled(document, "Karen Milburn", bold=True, space_after=0)
    document.add_paragraph("Contracts Manager, Coquet Lighting Services")
    _styled(document, "If you would like this letter in large print or another language, please call "
                      "01632 960830.", size=9, italic=True)
    _save_docx(document, out / "coquet-lighting-hexham-street-lighting-works-notice-2025-10.docx",
               "Street lighting improvement works in Hexham town centre", "Coquet Lighting Services Ltd")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    cattersty_sands_slipway(out)
    peak_dearne_communities_report(out)
    safer_bassetlaw_strategy_refresh(out)
    stanbridge_fields_community_news(out)
    orchard_lea_family_news(out)
    coquet_lighting_hexham_notice(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
