"""Write the documents of the forty-first held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout41/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a youth charity's promises auction
catalogue, a civic society's heritage trail leaflet, a force's children's activity booklet, a
novelist's submission to a literary agent, a start-up's business plan for a loan and a Neighbourhood
Watch association's constitution. The HTML, Markdown and plain-text documents (a local newspaper's
consumer advice column, a news site's weekly news quiz, a newspaper's public notices page, a family
historian's research notes and a befriending charity's telephone script for volunteer callers) are
kept here as text and written out unchanged; manifest.json lists every document's intended
initiatives.

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
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers (taken from the fortieth set)

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




# ================================================================== 1. A youth charity's promises auction catalogue (PDF)

AU_NAVY = colors.HexColor("#14284B")
AU_GOLD = colors.HexColor("#C9A23F")
AU_GREY = colors.HexColor("#5E6470")
AU_CREAM = colors.HexColor("#F7F3E8")
AU_FILE = "rope-walk-youth-trust-hull-spring-gala-promises-auction-catalogue-2026.pdf"


def _au_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(AU_NAVY)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        # a coil of rope drawn as rings, for the old rope works
        canvas.setStrokeColor(AU_GOLD)
        for i, r in enumerate((30, 25, 20, 15, 10)):
            canvas.setLineWidth(2.2 if i % 2 == 0 else 1.2)
            canvas.circle(width / 2, height - 62 * mm, r * mm, stroke=1, fill=0)
        canvas.setFillColor(AU_GOLD)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawCentredString(width / 2, height - 22 * mm, "ROPE WALK YOUTH TRUST")
        canvas.setFillColor(colors.white)
        canvas.setFont("Times-Bold", 25)
        canvas.drawCentredString(width / 2, 88 * mm, "Spring Gala Dinner")
        canvas.setFont("Times-Italic", 17)
        canvas.drawCentredString(width / 2, 78 * mm, "& Promises Auction")
        canvas.setFillColor(AU_GOLD)
        canvas.rect(width / 2 - 15 * mm, 71 * mm, 30 * mm, 0.8 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica", 9.5)
        canvas.drawCentredString(width / 2, 62 * mm, "Friday 20 March 2026 \u00b7 7pm until late")
        canvas.drawCentredString(width / 2, 56 * mm, "The Minerva Rooms, Nelson Street, Hull")
        canvas.setFont("Helvetica-Oblique", 8.5)
        canvas.drawCentredString(width / 2, 44 * mm, "Auction catalogue \u2013 please keep this at your table")
        canvas.setStrokeColor(AU_GOLD)
        canvas.setLineWidth(0.6)
        canvas.rect(width / 2 - 25 * mm, 22 * mm, 50 * mm, 12 * mm, stroke=1, fill=0)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(width / 2 - 23 * mm, 29.5 * mm, "Table no.")
        canvas.drawString(width / 2 - 23 * mm, 24.5 * mm, "Bidder paddle no.")
    else:
        canvas.setFillColor(AU_GOLD)
        canvas.rect(0, height - 7 * mm, width, 7 * mm, stroke=0, fill=1)
        canvas.setFillColor(AU_NAVY)
        canvas.setFont("Helvetica-Bold", 6.8)
        canvas.drawString(13 * mm, height - 4.8 * mm, "SPRING GALA 2026")
        canvas.drawRightString(width - 13 * mm, height - 4.8 * mm, "PROMISES AUCTION")
        canvas.setFillColor(AU_GREY)
        canvas.setFont("Helvetica", 6.6)
        canvas.drawString(13 * mm, 8 * mm, "Rope Walk Youth Trust \u00b7 registered charity no. 1187654")
        canvas.drawRightString(width - 13 * mm, 8 * mm, "%d" % page)
    canvas.restoreState()


def _au_lot(number, title, donor, paragraphs, estimate, styles, wide):
    lot_no, lot_title, lot_donor, lot_body, lot_est = styles
    head = Table([[Paragraph("LOT %d" % number, lot_no), Paragraph(title, lot_title)]],
                 colWidths=[15 * mm, wide - 15 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    parts = [head, Paragraph("Donated by " + donor, lot_donor)]
    parts += [Paragraph(p, lot_body) for p in paragraphs]
    parts.append(Paragraph("Estimate " + estimate, lot_est))
    return KeepTogether(parts)


def auction_catalogue(out: Path) -> None:
    width, height = A5
    margin = 13 * mm
    doc = BaseDocTemplate(str(out / AU_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=14 * mm, bottomMargin=14 * mm,
                          title="Spring Gala Dinner and Promises Auction 2026 \u2013 catalogue",
                          author="Rope Walk Youth Trust", subject="Auction catalogue",
                          creator="Rope Walk Youth Trust", invariant=1)
    wide = width - 2 * margin
    frame = Frame(margin, 13 * mm, wide, height - 26 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 13 * mm, wide, 8 * mm, id="c")], onPage=_au_page),
                          PageTemplate("inner", [frame], onPage=_au_page)])
    h1 = _style("h1", "Times-Bold", 16, leading=19, color=AU_NAVY, after=5)
    h2 = _style("h2", "Helvetica-Bold", 9.5, leading=12, color=AU_NAVY, before=6, after=3)
    body = _style("b", "Times-Roman", 9.4, leading=12.4, after=5)
    sign = _style("sg", "Times-Italic", 9.2, leading=12, after=2)
    small = _style("sm", "Helvetica", 7, leading=9, color=AU_GREY, after=3)
    cell = _style("c", "Helvetica", 7.4, leading=9.2)
    cell_b = _style("cb", "Helvetica-Bold", 7.4, leading=9.2)
    head = _style("hd", "Helvetica-Bold", 7.2, leading=9, color=colors.white)
    lot_no = _style("ln", "Helvetica-Bold", 8.5, leading=11, color=AU_GOLD)
    lot_title = _style("lt", "Times-Bold", 10.5, leading=12.5, color=AU_NAVY)
    lot_donor = _style("ld", "Helvetica-Oblique", 7.4, leading=9.4, color=AU_GREY, after=2)
    lot_body = _style("lb", "Times-Roman", 8.9, leading=11.6, after=3)
    lot_est = _style("le", "Helvetica-Bold", 7.6, leading=9.6, color=AU_NAVY, after=9)
    lot_styles = (lot_no, lot_title, lot_donor, lot_body, lot_est)

    story = [NextPageTemplate("inner"), PageBreak()]
    story += [
        Paragraph("Welcome", h1),
        Paragraph("Good evening, and thank you for being here. Whether you bought a table, donated a lot, or came "
                  "because someone you love dragged you along, every pound you spend tonight goes to the young "
                  "people of west Hull.", body),
        Paragraph("Ropery Nights is our Friday and Saturday evening youth club in the old rope works on Hessle "
                  "Road. Since October 2023 our youth workers have opened the doors from 6pm to 10pm for 11 to 18 "
                  "year olds from Gipsyville, St Andrew\u2019s and Newington: a boxing ring, a recording studio in "
                  "the old tar shed, a hot meal for everyone who comes through the door and our minibus home for "
                  "anyone who needs a lift. Last year 612 young people came at least once and about ninety came "
                  "most weeks. Forty-one of them have gone on to a Duke of Edinburgh\u2019s Award, an apprenticeship "
                  "or a college course with our help, and the local shops tell us Friday nights on the road are "
                  "quieter than they have been for years.", body),
        Paragraph("Tonight\u2019s target is \u00a340,000, which keeps Ropery Nights open for another year. You will "
                  "hear later from Tayla, who first came through our door when she was twelve and now runs the "
                  "studio on Saturdays. Please be generous, bid often, and enjoy your evening.", body),
        Paragraph("Graham Pickering", _style("gp", "Times-Bold", 9.4, leading=12, after=0)),
        Paragraph("Chair of Trustees, Rope Walk Youth Trust", sign),
        Spacer(1, 6),
        Paragraph("The evening", h2),
        _grid([["7.00pm", "Drinks reception; silent auction opens"],
               ["7.45pm", "Dinner is served"],
               ["8.45pm", "Tayla\u2019s story"],
               ["9.00pm", "Live auction, with Lucy Hartley of Hartley &amp; Finch, auctioneers"],
               ["9.45pm", "Silent auction closes: last bids on the sheets"],
               ["10.00pm", "Raffle draw and auction results"],
               ["Midnight", "Carriages"]],
              [18 * mm, wide - 18 * mm], cell, line=colors.HexColor("#D8CFB5"), inner=False),
        PageBreak(),
        Paragraph("How to bid", h1),
        Paragraph("Every lot tonight is a promise: something a business, a friend of the Trust or one of our "
                  "supporters has promised to do or to give. Please read these notes before you bid.", body),
        Paragraph("<b>Live auction (lots 1 to 8).</b> Hold up your paddle so that the auctioneer can see it. The "
                  "auctioneer\u2019s decision is final. Lots are sold to the highest bidder; there are no reserves.",
                  body),
        Paragraph("<b>Silent auction (lots 9 to 20).</b> Write your paddle number and your bid on the sheet beside "
                  "the lot on the side tables. Each bid must be at least \u00a35 more than the one above it. Sheets "
                  "are collected at 9.45pm sharp.", body),
        Paragraph("<b>Paying.</b> Please pay at the desk by the door by card before you leave, or ask us for an "
                  "invoice and pay within 7 days. Auction purchases are not eligible for Gift Aid.", body),
        Paragraph("<b>Using your promise.</b> You will get a certificate with the donor\u2019s contact details. "
                  "Dates must be agreed with the donor and used within 12 months of tonight unless the lot says "
                  "otherwise. Promises cannot be exchanged for cash. Where a lot involves an activity, the donor\u2019s "
                  "own safety rules and age limits apply.", body),
        _panel([Paragraph("Can\u2019t stay to the end? Leave your best bid with a member of staff at the desk and "
                          "we will bid for you up to that amount.", _style("pn", "Helvetica", 8, leading=10.4,
                                                                            color=AU_NAVY))],
               wide, fill=AU_CREAM, border=AU_GOLD, pad=7),
        PageBreak(),
        Paragraph("Live auction", h1),
        _au_lot(1, "Three nights in a shepherd\u2019s hut above Robin Hood\u2019s Bay", "Sally and Tom Brough",
                ["A wood-burning hut for two on a working farm, with a hamper on arrival and the coast path at the "
                 "bottom of the field. Any three weeknights between October and March."], "\u00a3350", lot_styles, wide),
        _au_lot(2, "A signed rugby league shirt from the 2025 squad", "A friend of the Trust",
                ["Framed, with a certificate of authenticity. Collection from the Trust."], "\u00a3250", lot_styles,
                wide),
        _au_lot(3, "Behind the scenes in the 999 control room", "Humberside Police",
                ["Two guests are shown round the force control room by the duty inspector, listen in (from a safe "
                 "distance) as calls are answered and see how officers are sent to jobs across the Humber. About "
                 "two hours on a weekday afternoon. Guests must be 18 or over and will be asked for ID."],
                "\u00a3200", lot_styles, wide),
        _au_lot(4, "A morning on the Humber with the Marine Unit", "Humberside Police Marine Unit",
                ["Four guests join the crew of the force\u2019s launch for a morning patrol from Hull Marina out to "
                 "the Humber Bridge and back, with a safety briefing, lifejackets and bacon sandwiches afterwards "
                 "at the unit\u2019s base.",
                 "Operation Breakwater was Humberside Police\u2019s summer operation on Hull\u2019s waterfront in "
                 "2025, after young people were seen jumping from the Humber Dock Street bridge and the marina lock "
                 "gates into the water. From June to September the Marine Unit patrolled the marina and the docks "
                 "every afternoon and evening with the force\u2019s neighbourhood officers, Hull City Council\u2019s "
                 "marina staff put up throw lines and warning signs at eleven places along the water, and officers "
                 "went with the council\u2019s lifeguards to give water safety talks in every secondary school in "
                 "the city before the summer holidays. The force says jumping incidents reported to it fell from 37 "
                 "in 2024 to 9 in 2025, and no one was hurt. The crew will happily tell you all about it.",
                 "Guests must be 16 or over. Weekdays between May and August, weather permitting."],
                "\u00a3400", lot_styles, wide),
        _au_lot(5, "Chef\u2019s table for six at Fletcher\u2019s", "Fletcher\u2019s, Humber Street",
                ["A seven-course tasting menu at the kitchen counter, with matched wines, cooked and served by head "
                 "chef Ryan Fletcher. Sunday to Thursday."], "\u00a3600", lot_styles, wide),
        _au_lot(6, "Tea at the House of Commons", "A Member of Parliament for Hull",
                ["Afternoon tea for two on the terrace and a tour of the Palace of Westminster. Travel not "
                 "included."], "\u00a3300", lot_styles, wide),
        _au_lot(7, "Your song, recorded", "Tayla and the Ropery studio crew",
                ["A four-hour session in the Ropery Nights studio with our young producers: bring a song, leave "
                 "with a mixed track. Ideal for a birthday, a band or a best man."], "\u00a3150", lot_styles, wide),
        _au_lot(8, "Name the boxing ring", "Rope Walk Youth Trust",
                ["Your name, or the name of someone you love, painted on the corner post of our ring for a year, "
                 "and a seat at ringside for our summer boxing night."], "\u00a3500", lot_styles, wide),
        PageBreak(),
        Paragraph("Silent auction", h1),
        Paragraph("Bid on the sheets on the side tables. Minimum bids are shown; bid in steps of at least \u00a35.",
                  small),
        _grid([["Lot", "Promise", "Donated by", "Min. bid"],
               ["9", "Family ticket to The Deep and lunch", "The Deep", "\u00a340"],
               ["10", "A round of golf for four", "Springhead Park Golf Club", "\u00a360"],
               ["11", "Hamper of Yorkshire food and drink", "Boothferry Road Deli", "\u00a330"],
               ["12", "Two driving lessons", "Ellis School of Motoring", "\u00a340"],
               ["13", "Women\u2019s self-defence class for six", "Northern Grip Jiu-Jitsu", "\u00a350"],
               ["14", "Framed print of the Humber Bridge at dawn", "Lisa Kemp Photography", "\u00a345"],
               ["15", "Garden tidy-up, one full day", "Green Thumb Hull", "\u00a380"],
               ["16", "Haircut and blow-dry", "Studio Nine, Chanterlands Avenue", "\u00a325"],
               ["17", "Ride in a 1950s fire engine at the summer fete", "Hull Vintage Vehicle Club", "\u00a330"],
               ["18", "Personal training, five sessions", "Coach Marcus Bell", "\u00a350"],
               ["19", "A cake every month for six months", "Bake It Better", "\u00a340"],
               ["20", "Signed boxing gloves", "Ropery Nights boxers", "\u00a320"]],
              [9 * mm, wide - 64 * mm, 40 * mm, 15 * mm], cell, head_style=head, head_fill=AU_NAVY,
              line=colors.HexColor("#C8C0A8"), zebra=AU_CREAM),
        Spacer(1, 8),
        Paragraph("Raffle", h2),
        Paragraph("Tickets \u00a35 a strip from our volunteers in the gold sashes. First prize: a weekend in York "
                  "for two. Drawn at 10pm; you do not need to be present to win.", body),
        PageBreak(),
        Paragraph("Where your money goes", h1),
        _grid([["\u00a325", "a hot meal for everyone at one Friday Ropery Nights"],
               ["\u00a360", "a pair of boxing gloves and a gum shield for every new boxer in a month"],
               ["\u00a3250", "a minibus night: getting every young person home safely"],
               ["\u00a31,000", "a term of studio time for ten young producers"],
               ["\u00a32,500", "a youth worker for a month"]],
              [18 * mm, wide - 18 * mm], cell, line=colors.HexColor("#D8CFB5"), inner=False),
        Spacer(1, 8),
        Paragraph("About Rope Walk Youth Trust", h2),
        Paragraph("We were set up in 2019 by parents and youth workers on Hessle Road to give the young people of "
                  "west Hull somewhere to go. We have five staff and more than forty volunteers, and we are funded "
                  "by grants, local businesses and nights like this one. Our youth workers sit on the west Hull "
                  "community safety partnership with the council and Humberside Police\u2019s neighbourhood team, "
                  "and we are members of the city\u2019s youth work network.", body),
        Paragraph("Thank you", h2),
        Paragraph("To our headline sponsor Humber Freight Services, our table sponsors, every donor of a lot, the "
                  "staff of The Minerva Rooms, Lucy Hartley for giving her time as auctioneer, and our volunteers "
                  "in the gold sashes.", body),
        Spacer(1, 4),
        _panel([Paragraph("Rope Walk Youth Trust, The Ropery, 212 Hessle Road, Hull HU3 3BQ \u00b7 01632 960 331 "
                          "\u00b7 hello@ropewalk.org.uk", small),
                Paragraph("Registered charity in England and Wales no. 1187654. Lots are sold subject to the notes "
                          "on page 3. Catalogue printed by Wold Print, Beverley. Photographs by our young "
                          "people.", small)], wide, fill=AU_CREAM, pad=6),
    ]
    doc.build(story)


# ================================================================== 2. A civic society's heritage trail leaflet (PDF)

TR_RED = colors.HexColor("#9B2D20")
TR_INK = colors.HexColor("#2B2B2B")
TR_STONE = colors.HexColor("#EFE9DC")
TR_FLINT = colors.HexColor("#5B6670")
TR_FILE = "lewes-twittens-society-twittens-and-tar-barrels-heritage-trail-leaflet.pdf"
TR_STOPS = [(1, 46, 118), (2, 30, 96), (3, 54, 88), (4, 66, 104), (5, 80, 92), (6, 96, 100), (7, 108, 88),
            (8, 122, 96), (9, 140, 80), (10, 156, 72), (11, 168, 58), (12, 184, 52)]


def _tr_outside(canvas, doc):
    """The outside of the folded sheet: inside flap, back panel, front cover."""
    width, height = landscape(A4)
    third = width / 3
    canvas.saveState()
    canvas.setFillColor(TR_STONE)
    canvas.rect(0, 0, 2 * third, height, stroke=0, fill=1)
    canvas.setFillColor(TR_RED)
    canvas.rect(2 * third, 0, third, height, stroke=0, fill=1)
    x0 = 2 * third + 12 * mm
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(x0, height - 20 * mm, "THE LEWES TWITTENS SOCIETY")
    canvas.setFont("Times-Bold", 34)
    canvas.drawString(x0, height - 48 * mm, "Twittens")
    canvas.setFont("Times-Italic", 22)
    canvas.drawString(x0, height - 58 * mm, "& Tar Barrels")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(x0, height - 70 * mm, "A heritage walk through old Lewes")
    # a twitten drawn as two flint walls closing in towards a lamp
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(1.4)
    bx = 2 * third + third / 2
    canvas.line(bx - 34 * mm, 40 * mm, bx - 6 * mm, 112 * mm)
    canvas.line(bx + 34 * mm, 40 * mm, bx + 6 * mm, 112 * mm)
    for i in range(7):
        y = 46 * mm + i * 9 * mm
        canvas.line(bx - 30 * mm + i * 3.7 * mm, y, bx - 38 * mm + i * 3.7 * mm, y)
        canvas.line(bx + 30 * mm - i * 3.7 * mm, y, bx + 38 * mm - i * 3.7 * mm, y)
    canvas.line(bx, 112 * mm, bx, 128 * mm)
    canvas.setFillColor(colors.HexColor("#F2C14E"))
    canvas.circle(bx, 131 * mm, 3 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(x0, 26 * mm, "1\u00bd miles \u00b7 about 75 minutes \u00b7 12 stops")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(x0, 20 * mm, "Start: Lewes railway station \u00b7 Finish: Cliffe Corner")
    canvas.drawString(x0, 14 * mm, "Free \u00b7 please take one")
    canvas.restoreState()


def _tr_inside(canvas, doc):
    width, height = landscape(A4)
    third = width / 3
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    # the route map on the first inside panel
    left, bottom, w, h = 10 * mm, height - 82 * mm, third - 20 * mm, 72 * mm
    canvas.setFillColor(TR_STONE)
    canvas.rect(left, bottom, w, h, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#7FB2D9"))
    canvas.setLineWidth(5)
    canvas.line(left + w * 0.72, bottom, left + w * 0.80, bottom + h)  # the Ouse
    canvas.setStrokeColor(colors.HexColor("#B9B2A2"))
    canvas.setLineWidth(3)
    canvas.line(left + 4 * mm, bottom + h * 0.62, left + w - 4 * mm, bottom + h * 0.38)  # High Street
    canvas.setStrokeColor(TR_RED)
    canvas.setLineWidth(1.2)
    canvas.setDash(2, 2)
    points = [(left + x * w / 200.0, bottom + y * h / 130.0) for _, x, y in TR_STOPS]
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        canvas.line(x1, y1, x2, y2)
    canvas.setDash()
    for (number, _, _), (x, y) in zip(TR_STOPS, points):
        canvas.setFillColor(TR_RED)
        canvas.circle(x, y, 2.6 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 6.5)
        canvas.drawCentredString(x, y - 2.2, str(number))
    canvas.setFillColor(TR_FLINT)
    canvas.setFont("Helvetica-Oblique", 6.5)
    canvas.drawString(left + 2 * mm, bottom + 2 * mm, "Not to scale. River Ouse in blue; High Street in grey.")
    canvas.drawString(left + w * 0.74, bottom + h - 6 * mm, "Ouse")
    for x in (third, 2 * third):
        canvas.setStrokeColor(colors.HexColor("#DDDDDD"))
        canvas.setLineWidth(0.3)
        canvas.line(x, 8 * mm, x, height - 8 * mm)
    canvas.setFillColor(TR_FLINT)
    canvas.setFont("Helvetica", 6.5)
    canvas.drawCentredString(third * 2.5, 6 * mm, "Twittens & Tar Barrels \u00b7 The Lewes Twittens Society")
    canvas.restoreState()


def _tr_stop(number, title, paragraphs, num_style, title_style, body_style, wide):
    badge = Table([[Paragraph(str(number), num_style)]], colWidths=[7 * mm], rowHeights=[7 * mm])
    badge.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TR_RED), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    row = Table([[badge, Paragraph(title, title_style)]], colWidths=[9 * mm, wide - 9 * mm])
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [row] + [Paragraph(p, body_style) for p in paragraphs]


def heritage_trail(out: Path) -> None:
    width, height = landscape(A4)
    third = width / 3
    pad = 10 * mm
    panel = third - 2 * pad
    doc = BaseDocTemplate(str(out / TR_FILE), pagesize=landscape(A4), leftMargin=pad, rightMargin=pad,
                          topMargin=pad, bottomMargin=pad, title="Twittens & Tar Barrels \u2013 a heritage walk",
                          author="The Lewes Twittens Society", subject="Heritage trail leaflet",
                          creator="The Lewes Twittens Society", invariant=1)
    flap = Frame(pad, 10 * mm, panel, height - 20 * mm, id="flap", leftPadding=0, rightPadding=0)
    back = Frame(third + pad, 10 * mm, panel, height - 20 * mm, id="back", leftPadding=0, rightPadding=0)
    in1 = Frame(pad, 10 * mm, panel, height - 96 * mm, id="in1", leftPadding=0, rightPadding=0)
    in2 = Frame(third + pad, 10 * mm, panel, height - 20 * mm, id="in2", leftPadding=0, rightPadding=0)
    in3 = Frame(2 * third + pad, 12 * mm, panel, height - 22 * mm, id="in3", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("outside", [flap, back], onPage=_tr_outside),
                          PageTemplate("inside", [in1, in2, in3], onPage=_tr_inside)])
    h1 = _style("h1", "Times-Bold", 14, leading=17, color=TR_RED, after=4)
    h2 = _style("h2", "Helvetica-Bold", 9, leading=11.5, color=TR_INK, before=5, after=3)
    body = _style("b", "Helvetica", 7.9, leading=10.4, color=TR_INK, after=4)
    small = _style("sm", "Helvetica", 6.6, leading=8.4, color=TR_FLINT, after=2.5)
    num = _style("n", "Helvetica-Bold", 8, leading=9, color=colors.white, align=1)
    stop_title = _style("st", "Times-Bold", 10, leading=12, color=TR_RED)
    stop = lambda n, t, ps: _tr_stop(n, t, ps, num, stop_title, body, panel)

    story = [
        Paragraph("About the Society", h1),
        Paragraph("The Lewes Twittens Society was founded in 1974 to look after the narrow lanes, or twittens, "
                  "that run down the hill between the High Street and Southover, and the flint walls, steps and "
                  "lamps that go with them. We are a charity run entirely by volunteers.", body),
        Paragraph("We hold talks on the second Tuesday of the month from October to April at the Lewes Town Hall "
                  "assembly room, lead free guided walks on summer Sunday afternoons, and comment on planning "
                  "applications that affect the old town.", body),
        Paragraph("Join us", h2),
        Paragraph("Membership is \u00a312 a year (\u00a318 for a household). Members get our twice-yearly journal, "
                  "The Twitten, and first choice of places on our walks. Join online at lewestwittens.org.uk or "
                  "write to the membership secretary at the address overleaf.", body),
        Paragraph("Guided walks", h2),
        _grid([["Sunday 10 May 2026", "2.30pm", "Twittens and tanneries"],
               ["Sunday 14 June 2026", "2.30pm", "Paine\u2019s Lewes"],
               ["Sunday 12 July 2026", "2.30pm", "Twittens & Tar Barrels"],
               ["Sunday 9 August 2026", "2.30pm", "Flint, brick and tile"]],
              [30 * mm, 13 * mm, panel - 43 * mm], _style("gw", "Helvetica", 7.2, leading=9),
              line=colors.HexColor("#C9BFA8"), inner=False),
        Paragraph("Walks leave from the station forecourt and last about 90 minutes. \u00a35, members free.", small),
        FrameBreak(),
        Paragraph("Before you set off", h1),
        Paragraph("The twittens are steep, narrow and cobbled in places, and some have steps. The route between "
                  "stops 3 and 5 is not suitable for wheelchairs or pushchairs; a step-free alternative along "
                  "Station Street and the High Street is marked on our website.", body),
        Paragraph("Please respect the people who live along the route: keep noise down, do not sit on doorsteps "
                  "and take your litter home. The twittens are public footpaths, but the houses and gardens "
                  "beside them are private.", body),
        Paragraph("On 5 November the town centre is closed to traffic from the late afternoon and the route is "
                  "not walkable in the evening. Choose another day.", body),
        Paragraph("Staying safe", h2),
        Paragraph("In an emergency call 999. For anything else that needs the police, call 101. The nearest public "
                  "toilets are at the Phoenix car park and in Southover Grange gardens.", body),
        Spacer(1, 6),
        _panel([Paragraph("Text by members of the Society, with thanks to the staff of The Keep, the East Sussex "
                          "record office, for help with the history. Map drawn by Ellen Marchant. Printed on "
                          "recycled paper by Ouse Valley Press, Newhaven.", small),
                Paragraph("The Lewes Twittens Society, c/o 17 Keere Street, Lewes BN7 1TY \u00b7 01632 960 724 "
                          "\u00b7 Registered charity no. 1102248.", small),
                Paragraph("\u00a9 The Lewes Twittens Society 2026. Fourth edition. You walk the route at your "
                          "own risk.", small)], panel, fill=colors.white, border=TR_FLINT, pad=6),
        NextPageTemplate("inside"), PageBreak(),
    ]
    story += stop(1, "Lewes railway station", [
        "Our walk starts where most visitors arrive. The present station of 1889 replaced an earlier one, and its "
        "arrival brought day trippers, brewers\u2019 drays and, every November, trainloads of bonfire visitors."])
    story += stop(2, "Southover Grange", [
        "Built in 1572 with stone from the ruined priory. The gardens are open to the public every day and are "
        "a good place for a rest."])
    story += stop(3, "Keere Street", [
        "The steepest street in Lewes, cobbled and lined with timber-framed houses. Legend says the Prince "
        "Regent drove a coach and horses down it for a bet."])
    story.append(FrameBreak())
    story += stop(4, "Church Twitten", [
        "A flint-walled lane between high garden walls, and the oldest twitten on the walk. Until recently it "
        "was one of the darkest places in town after four o\u2019clock on a winter afternoon.",
        "Lamps in the Twittens was the Society\u2019s own project. In 2023 our members surveyed the fourteen "
        "twittens between the High Street and Southover and found nineteen Victorian lamp standards standing "
        "rusted and without lanterns. We raised \u00a331,000 from members, a crowdfunder and the town "
        "council\u2019s grant scheme. Lewes District Council\u2019s conservation officer agreed a lantern in the "
        "old pattern, and the council\u2019s electricians fitted LED lanterns and connected them; fourteen were "
        "lit by December 2024. Members now walk the twittens every month and report any lamp that is out, and "
        "residents tell us they use the twittens again after dark."])
    story += stop(5, "The old police station", [
        "Built in 1886 for the East Sussex Constabulary, with cells in the yard behind and a sergeant\u2019s house "
        "above. The police left in the 1990s and it is now offices; look for the blue lamp bracket still fixed "
        "above the door."])
    story += stop(6, "Market Tower", [
        "Home of Gabriel, the town bell, cast in 1555 and still rung for special occasions."])
    story += stop(7, "Bull House", [
        "Thomas Paine lodged here from 1768 and argued politics at the White Hart across the road."])
    story += stop(8, "The House of Correction", [
        "The town\u2019s old prison, where the town\u2019s constables brought drunks and debtors. Its walls survive "
        "behind the houses of North Street."])
    story.append(FrameBreak())
    story += stop(9, "Cliffe Bridge", [
        "The bridge over the Ouse is the heart of Lewes Bonfire. On 5 November the town\u2019s bonfire societies "
        "march with burning crosses and tar barrels, and one of them throws a barrel into the river here.",
        "It was not always peaceful. In 1847 the magistrates brought in a hundred London policemen and swore in "
        "special constables to stop the bonfire boys, and there was a running fight up the High Street.",
        "Operation Tarbarrel is Sussex Police\u2019s plan for the fifth of November in Lewes today. Since 2019 "
        "the force has planned the night with Lewes District Council and the bonfire societies: roads into the "
        "town close from 5pm, officers from across the county are on the streets, and the force and the "
        "district council run a joint control room at the council offices, watching the crowds on the "
        "council\u2019s cameras and keeping the routes clear for ambulances. The force says arrests on the night "
        "fell from 21 in 2018 to 6 in 2025, with crowds of up to 60,000."])
    story += stop(10, "Cliffe High Street", [
        "The old trading street across the river, with bow-fronted shops and the brewery\u2019s tower at the "
        "end."])
    story += stop(11, "The brewery", [
        "Beer has been brewed on this site since 1790. The smell of the mash on brewing days is part of the "
        "town."])
    story += stop(12, "Cliffe Corner", [
        "Our walk ends here. Turn back over the bridge for the station, or stay for a drink; you have earned "
        "it."])
    story += [Spacer(1, 6),
              _panel([Paragraph("Look out for", h2),
                      Paragraph("\u2022 mathematical tiles: fronts that look like brick but are hung tiles<br/>"
                                "\u2022 knapped flint walls, some with bands of brick<br/>"
                                "\u2022 iron boot scrapers beside old front doors<br/>"
                                "\u2022 the bonfire societies\u2019 plaques on pub walls<br/>"
                                "\u2022 the new lanterns in the twittens, each with a small brass number", body)],
                     panel, fill=TR_STONE, pad=7)]
    doc.build(story)


# ================================================================== 3. A force's children's activity booklet (PDF)

KB_BLUE = colors.HexColor("#0B3C8C")
KB_YELLOW = colors.HexColor("#FFD23F")
KB_SKY = colors.HexColor("#E3EEFB")
KB_GREEN = colors.HexColor("#2E8B57")
KB_FILE = "northumbria-police-junior-beat-book-activity-booklet-ages-5-to-9.pdf"
KB_WORDS = ["POLICE", "HELMET", "RADIO", "TORCH", "BADGE", "PATROL", "SAFE", "HELP", "DOG", "HORSE"]


class _Drawing(Flowable):
    """A fixed-size flowable drawn by a function (the activities)."""

    def __init__(self, width, height, painter):
        super().__init__()
        self.width, self.height, self.painter = width, height, painter

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        self.painter(self.canv, self.width, self.height)


def _kb_grid():
    """A ten by ten word search with the words placed across and down, the rest filled from a fixed string."""
    grid = [[None] * 10 for _ in range(10)]
    places = [("POLICE", 0, 0, 0, 1), ("HELMET", 3, 5, 1, 0), ("RADIO", 6, 0, 0, 1), ("TORCH", 0, 6, 1, 0),
              ("BADGE", 2, 0, 0, 1), ("PATROL", 0, 7, 1, 0), ("SAFE", 8, 0, 0, 1), ("HELP", 1, 8, 1, 0),
              ("DOG", 4, 0, 0, 1), ("HORSE", 0, 9, 1, 0)]
    for word, row, col, dr, dc in places:
        for i, letter in enumerate(word):
            r, c = row + dr * i, col + dc * i
            assert grid[r][c] in (None, letter), word
            grid[r][c] = letter
    filler = "KWNUXBTAYMZQJVGRLEOIDSCFHP"
    k = 0
    for r in range(10):
        for c in range(10):
            if grid[r][c] is None:
                grid[r][c] = filler[(k * 7) % len(filler)]
                k += 1
    return grid


def _kb_wordsearch(canvas, width, height):
    grid = _kb_grid()
    size = 9 * mm
    x0 = (width - 10 * size) / 2
    canvas.setStrokeColor(KB_BLUE)
    canvas.setLineWidth(1.2)
    canvas.roundRect(x0 - 2 * mm, 0, 10 * size + 4 * mm, 10 * size + 4 * mm, 3 * mm, stroke=1, fill=0)
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica-Bold", 13)
    for r in range(10):
        for c in range(10):
            canvas.drawCentredString(x0 + c * size + size / 2, 2 * mm + (9 - r) * size + 2.6 * mm, grid[r][c])


def _kb_maze(canvas, width, height):
    import random

    cols, rows, cell = 9, 7, 9 * mm
    rng = random.Random(41)
    walls = {(c, r): {"N", "S", "E", "W"} for c in range(cols) for r in range(rows)}
    seen, stack = {(0, 0)}, [(0, 0)]
    moves = {"N": (0, 1, "S"), "S": (0, -1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    while stack:
        c, r = stack[-1]
        options = [(d, c + dx, r + dy, back) for d, (dx, dy, back) in sorted(moves.items())
                   if 0 <= c + dx < cols and 0 <= r + dy < rows and (c + dx, r + dy) not in seen]
        if not options:
            stack.pop()
            continue
        d, nc, nr, back = options[rng.randrange(len(options))]
        walls[(c, r)].discard(d)
        walls[(nc, nr)].discard(back)
        seen.add((nc, nr))
        stack.append((nc, nr))
    x0 = (width - cols * cell) / 2
    canvas.setStrokeColor(KB_BLUE)
    canvas.setLineWidth(1.6)
    for (c, r), ws in sorted(walls.items()):
        x, y = x0 + c * cell, r * cell
        if "S" in ws and not (c == 0 and r == 0):
            canvas.line(x, y, x + cell, y)
        if "N" in ws and not (c == cols - 1 and r == rows - 1):
            canvas.line(x, y + cell, x + cell, y + cell)
        if "W" in ws:
            canvas.line(x, y, x, y + cell)
        if "E" in ws:
            canvas.line(x + cell, y, x + cell, y + cell)
    canvas.setFont("Helvetica-Bold", 7)
    canvas.setFillColor(KB_GREEN)
    canvas.drawString(x0 - 1 * mm, -3.5 * mm, "START: PD Nell")
    canvas.drawRightString(x0 + cols * cell + 1 * mm, rows * cell + 1.5 * mm, "FINISH: the lost teddy")


def _kb_car(canvas, width, height):
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(1.4)
    x0 = (width - 110 * mm) / 2
    canvas.roundRect(x0, 18 * mm, 110 * mm, 22 * mm, 5 * mm, stroke=1, fill=0)
    path = canvas.beginPath()
    path.moveTo(x0 + 25 * mm, 40 * mm)
    path.lineTo(x0 + 35 * mm, 56 * mm)
    path.lineTo(x0 + 78 * mm, 56 * mm)
    path.lineTo(x0 + 90 * mm, 40 * mm)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.line(x0 + 56 * mm, 40 * mm, x0 + 56 * mm, 56 * mm)
    canvas.rect(x0 + 48 * mm, 56 * mm, 16 * mm, 5 * mm, stroke=1, fill=0)
    for i in range(6):
        canvas.rect(x0 + 4 * mm + i * 17 * mm, 26 * mm, 8.5 * mm, 6 * mm, stroke=1, fill=0)
    for cx in (x0 + 25 * mm, x0 + 86 * mm):
        canvas.circle(cx, 18 * mm, 9 * mm, stroke=1, fill=0)
        canvas.circle(cx, 18 * mm, 4 * mm, stroke=1, fill=0)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawCentredString(x0 + 56 * mm, 35 * mm, "POLICE")


def _kb_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(KB_BLUE)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        for i in range(12):
            canvas.setFillColor(KB_YELLOW if i % 2 == 0 else colors.white)
            canvas.rect(i * width / 12, 0, width / 12, 10 * mm, stroke=0, fill=1)
        # Sergeant Sett, the badger
        cx, cy = width / 2, height / 2 + 4 * mm
        canvas.setFillColor(colors.white)
        canvas.circle(cx, cy, 30 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#222222"))
        canvas.ellipse(cx - 17 * mm, cy - 22 * mm, cx - 7 * mm, cy + 18 * mm, stroke=0, fill=1)
        canvas.ellipse(cx + 7 * mm, cy - 22 * mm, cx + 17 * mm, cy + 18 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.circle(cx - 12 * mm, cy - 2 * mm, 3 * mm, stroke=0, fill=1)
        canvas.circle(cx + 12 * mm, cy - 2 * mm, 3 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.circle(cx - 12 * mm, cy - 2 * mm, 1.4 * mm, stroke=0, fill=1)
        canvas.circle(cx + 12 * mm, cy - 2 * mm, 1.4 * mm, stroke=0, fill=1)
        canvas.circle(cx, cy - 18 * mm, 3.5 * mm, stroke=0, fill=1)
        canvas.setFillColor(KB_BLUE)
        canvas.rect(cx - 26 * mm, cy + 22 * mm, 52 * mm, 9 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#111111"))
        canvas.rect(cx - 30 * mm, cy + 20 * mm, 60 * mm, 3 * mm, stroke=0, fill=1)
        for i in range(8):
            canvas.setFillColor(colors.white if i % 2 == 0 else colors.black)
            canvas.rect(cx - 26 * mm + i * 6.5 * mm, cy + 24 * mm, 6.5 * mm, 3 * mm, stroke=0, fill=1)
        canvas.setFillColor(KB_YELLOW)
        canvas.setFont("Helvetica-Bold", 30)
        canvas.drawCentredString(width / 2, height - 26 * mm, "JUNIOR")
        canvas.drawCentredString(width / 2, height - 38 * mm, "BEAT BOOK")
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawCentredString(width / 2, 44 * mm, "Puzzles, colouring and staying safe")
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(width / 2, 38 * mm, "for ages 5 to 9")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(16 * mm, 22 * mm, "This book belongs to: ______________________________")
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawRightString(width - 10 * mm, 14 * mm, "Northumbria Police")
    else:
        canvas.setFillColor(KB_SKY)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.roundRect(7 * mm, 12 * mm, width - 14 * mm, height - 20 * mm, 5 * mm, stroke=0, fill=1)
        canvas.setFillColor(KB_BLUE)
        canvas.setFont("Helvetica-Bold", 7)
        canvas.drawString(10 * mm, 6 * mm, "JUNIOR BEAT BOOK")
        canvas.drawRightString(width - 10 * mm, 6 * mm, "page %d" % page)
        for i in range(6):
            canvas.setFillColor(KB_YELLOW if i % 2 == 0 else KB_BLUE)
            canvas.rect(width - 10 * mm - (6 - i) * 4 * mm - 14 * mm, 5.5 * mm, 4 * mm, 2.4 * mm, stroke=0, fill=1)
    canvas.restoreState()


def activity_booklet(out: Path) -> None:
    width, height = A5
    margin = 13 * mm
    wide = width - 2 * margin
    doc = BaseDocTemplate(str(out / KB_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=14 * mm, bottomMargin=16 * mm, title="Junior Beat Book",
                          author="Northumbria Police", subject="Children's activity booklet, ages 5 to 9",
                          creator="Northumbria Police Corporate Communications", invariant=1)
    frame = Frame(margin, 15 * mm, wide, height - 28 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 15 * mm, wide, 8 * mm, id="c")], onPage=_kb_page),
                          PageTemplate("inner", [frame], onPage=_kb_page)])
    h1 = _style("h1", "Helvetica-Bold", 17, leading=20, color=KB_BLUE, after=5)
    h2 = _style("h2", "Helvetica-Bold", 11, leading=14, color=KB_GREEN, before=5, after=3)
    body = _style("b", "Helvetica", 9.6, leading=13, after=5)
    big = _style("big", "Helvetica", 10.5, leading=14.5, after=5)
    small = _style("sm", "Helvetica", 7.6, leading=9.8, color=colors.HexColor("#444444"), after=3)
    cell = _style("c", "Helvetica", 9, leading=11.5)
    bubble = _style("bu", "Helvetica-Oblique", 10, leading=13.5, color=KB_BLUE, after=4)

    story = [NextPageTemplate("inner"), PageBreak()]
    story += [
        Paragraph("Hello, I\u2019m Sergeant Sett!", h1),
        _panel([Paragraph("\u201cI\u2019m a badger, and I help the officers of Northumbria Police keep everyone "
                          "safe, from Berwick to Sunderland. Badgers are very good at three things: digging, "
                          "noticing things and looking after their family. So are police officers, except the "
                          "digging.\u201d", bubble)], wide, fill=KB_SKY, border=KB_BLUE, pad=8),
        Spacer(1, 6),
        Paragraph("This book is full of puzzles, colouring and things to talk about with a grown-up. When you have "
                  "done them all, ask a grown-up to sign your certificate on the back page.", big),
        Paragraph("Who keeps us safe?", h2),
        Paragraph("Draw a line from each helper to the thing they use.", body),
        _grid([["Police officer", "a fire hose"], ["Firefighter", "a lollipop sign"],
               ["Paramedic", "a police radio"], ["Lollipop person", "an ambulance"],
               ["Police dog handler", "a ball on a rope"]],
              [wide / 2, wide / 2], cell, line=colors.HexColor("#B8C7E0"), inner=False, pad=6),
        Spacer(1, 8),
        Paragraph("Did you know? Our police dogs live at home with their handlers. PD Nell is a springer spaniel "
                  "who can find a lost phone in long grass in under a minute.", small),
        PageBreak(),
        Paragraph("Word search", h1),
        Paragraph("Can you find all ten words? They go across or down.", body),
        Paragraph("  \u00b7  ".join(KB_WORDS), _style("wl", "Helvetica-Bold", 9, leading=12, color=KB_GREEN,
                                                      after=8)),
        _drawing_or_spacer(wide, 94 * mm, _kb_wordsearch),
        PageBreak(),
        Paragraph("Who do you call?", h1),
        Paragraph("If someone is hurt, or in danger, or something is happening right now, a grown-up should call "
                  "<b>999</b>. If there is no grown-up, you can call 999 too. Say which service you need, and "
                  "where you are.", big),
        Paragraph("For things that are not an emergency, grown-ups can call <b>101</b> or report online.", body),
        Paragraph("Can you write your address here, in case you ever need it?", body),
        Paragraph("_______________________________________________<br/><br/>"
                  "_______________________________________________", body),
        Paragraph("Help PD Nell find the lost teddy", h2),
        Spacer(1, 4),
        _drawing_or_spacer(wide, 66 * mm, _kb_maze),
        PageBreak(),
        Paragraph("Colour me in!", h1),
        Paragraph("Our cars are white with blue and yellow squares, called Battenburg. You can colour yours any "
                  "way you like.", big),
        Spacer(1, 10),
        _drawing_or_spacer(wide, 64 * mm, _kb_car),
        Spacer(1, 10),
        Paragraph("What sound does your police car make? Write it here: ______________", body),
        PageBreak(),
        Paragraph("Join the Mini Police!", h1),
        Paragraph("The Mini Police is Northumbria Police\u2019s club for children in Year 5 and Year 6. Since "
                  "2022 our neighbourhood officers and PCSOs have run it in primary schools across Newcastle, "
                  "Gateshead, Sunderland, North and South Tyneside and Northumberland. Each school chooses twelve "
                  "pupils, who meet their local officer every fortnight for a school year. They get a hi-vis "
                  "jacket and a cap, learn about 999, staying safe online and being a good neighbour, and do "
                  "projects of their own: parking patrols outside school with their PCSO, litter picks, and visits "
                  "to care homes to talk about scams. More than 2,300 children in 140 schools have been Mini "
                  "Police so far, and teachers say parking outside the gates is much better on patrol days.", big),
        Paragraph("What would you do as a Mini Police officer?", h2),
        Paragraph("_______________________________________________<br/><br/>"
                  "_______________________________________________", body),
        Paragraph("Ask your teacher if your school has Mini Police. Schools can find out more on our website.",
                  small),
        PageBreak(),
        Paragraph("Splash safe by the water", h1),
        Paragraph("Splash Safe is Tyne and Wear Fire and Rescue Service\u2019s water safety project. Every summer "
                  "term its firefighters visit primary schools near the River Tyne, the River Wear and the coast "
                  "with the Splash Safe show: how cold the water is even in summer, why you should never jump in "
                  "to help a friend, how to throw a line, and how to \u2018float to live\u2019. Last year the "
                  "firefighters visited 96 schools and met more than 11,000 children.", big),
        Paragraph("Float to live", h2),
        _grid([["1", "Lean back in the water, like a starfish."], ["2", "Move your hands to help you float."],
               ["3", "Breathe, and shout for help when you can."]],
              [10 * mm, wide - 10 * mm], cell, line=colors.HexColor("#B8C7E0"), inner=False, pad=5),
        Paragraph("Safe or not safe? Tick the box.", h2),
        _grid([["Swimming at a beach with lifeguards", "[  ] safe", "[  ] not safe"],
               ["Jumping off the quay into the river", "[  ] safe", "[  ] not safe"],
               ["Playing on the ice on a pond", "[  ] safe", "[  ] not safe"]],
              [wide - 40 * mm, 20 * mm, 20 * mm], cell, line=colors.HexColor("#B8C7E0"), inner=False, pad=5),
        PageBreak(),
        Paragraph("For grown-ups", h1),
        Paragraph("Thank you for doing this book with your child. Talking about who helps us, and what to do in "
                  "an emergency, makes children more confident. If your child gets lost in a busy place, tell them "
                  "to stay where they are and ask a member of staff or a police officer for help.", body),
        Paragraph("For online safety advice for families, and to report something that is not an emergency, visit "
                  "northumbria.police.uk. In an emergency always call 999.", body),
        Paragraph("Answers", h2),
        Paragraph("Who keeps us safe: police officer and radio, firefighter and hose, paramedic and ambulance, "
                  "lollipop person and sign, dog handler and ball. Safe or not safe: only the beach with "
                  "lifeguards is safe.", small),
        Spacer(1, 8),
        _panel([Paragraph("CERTIFICATE", _style("ct", "Helvetica-Bold", 14, leading=17, color=KB_BLUE, align=1)),
                Paragraph("_____________________ has finished the Junior Beat Book and is a Junior Beat Buddy!",
                          _style("cb", "Helvetica", 10, leading=14, align=1, after=8)),
                Paragraph("Signed by a grown-up: ____________________ \u00a0 Date: __________",
                          _style("cs", "Helvetica", 8.5, leading=11, align=1))],
               wide, fill=colors.HexColor("#FFF6CC"), border=KB_YELLOW, pad=10, border_width=3),
        Spacer(1, 8),
        Paragraph("Produced by Northumbria Police Corporate Communications, Middle Engine Lane, Wallsend. Second "
                  "edition, January 2026. Please recycle this book when you have finished with it, or pass it on.",
                  small),
    ]
    doc.build(story)


def _drawing_or_spacer(width, height, painter):
    return _Drawing(width, height, painter)


# ================================================================== Word helpers (taken from the fortieth set)


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




# ================================================================== 4. A novelist's submission to a literary agent (Word)

NV_FILE = "bethan-lloyd-the-tide-tables-submission-letter-synopsis-chapter-one.docx"

NV_CHAPTER = [
    "The sea had left her where it found her, which was the first thing Carys Rowe noticed, and the thing she "
    "would keep coming back to for the next six weeks.",
    "Low water at Mumbles was at 5.52 that morning. By the time Carys had parked behind the lifeboat station "
    "and picked her way down the slipway, the tide had been going out for two hours and the pool under the pier "
    "was a flat grey mirror with a girl in it.",
    "\u201cDon\u2019t,\u201d said the PCSO at the tape, before she had said anything at all. He was about "
    "nineteen and he had been sick on the rocks; she could smell it. \u201cSorry, Sarge. I mean, the CSIs said "
    "nobody past the tape till they\u2019re done.\u201d",
    "\u201cI wasn\u2019t going to,\u201d Carys said, which was a lie, and showed him her card anyway.",
    "The girl was face up, in a school blazer that had gone black with water, one arm across her body as if she "
    "were cold. The weed around her had settled. Nothing had dragged her, nothing had rolled her against the "
    "stones. The sea, which took everything at Mumbles \u2013 caravans, dogs, once a whole ice-cream van \u2013 "
    "had come in over her in the night and gone out again and left her exactly where she lay.",
    "\u201cSo she went in after high water,\u201d said a voice behind her. \u201cOr she was put in.\u201d",
    "Detective Inspector Huw Meredith had a coffee in each hand and the expression of a man who had been told "
    "to stop smoking by three different doctors. He gave her one of the coffees without looking at her.",
    "\u201cHigh water was just before midnight,\u201d Carys said. \u201cIf she\u2019d gone in before that, "
    "she\u2019d be halfway to Devon.\u201d",
    "\u201cYou\u2019ve looked it up.\u201d",
    "\u201cMy dad looks it up. Every morning. He rings me to tell me, whether I\u2019ve asked or not.\u201d",
    "Meredith nodded slowly, as if this were evidence. Perhaps it was. Out past the pier the lifeboat was "
    "coming back from an exercise, and the sound of it came across the water a long time after the sight.",
    "\u201cThe boss wants a name for it by nine,\u201d he said. \u201cThe computer says Gannet.\u201d",
    "\u201cOperation Gannet.\u201d She tried it out. It sounded like something that dived from a great height "
    "and came up with nothing. \u201cWho is she?\u201d",
    "\u201cNo bag. No phone. Blazer\u2019s from Olchfa, so half of Sketty\u2019s about to ring us.\u201d He "
    "drank his coffee. \u201cThere\u2019s one thing. In her pocket. Forensics will want it in a bag, so "
    "don\u2019t touch, but look.\u201d",
    "The CSI at the edge of the pool held it up for her in a gloved hand: a square of paper, softened to felt by "
    "the sea, printed in the small blue type of the almanacs the fishing shop on the front sold every January. "
    "A page of tide tables. One date had been ringed in biro, so hard that the pen had gone through.",
    "Carys did not need to lean closer to read it. She knew the date. Everyone in the lifeboat crew knew it, "
    "and everyone who had grown up in a lifeboat house, which was the same thing.",
    "#",
    "Her father rang at twenty past nine, as she was getting back into the car.",
    "\u201cLow water five fifty-two,\u201d he said. \u201cYou\u2019ll want to know that.\u201d",
    "\u201cI know, Dad.\u201d",
    "\u201cHigh water at six minutes past twelve.\u201d A pause. \u201cWhere are you, love? You sound like "
    "you\u2019re outside.\u201d",
    "She looked at the pier, at the tape, at the slipway where he had launched the boat in every weather for "
    "thirty years, and the pool that he had once pulled two boys out of, in the winter of the date on the "
    "ringed page.",
    "\u201cI\u2019m at work, Dad,\u201d she said. \u201cI\u2019ll come round tonight.\u201d",
]


def novel_submission(out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Times New Roman", 12)
    _page_setup(document, 2.54, 2.54, 2.54, 2.54)

    for line in ("Bethan Lloyd", "9 Brynmill Crescent", "Swansea SA2 0BN", "07700 900 518",
                 "bethan.lloyd.writes@example.co.uk"):
        _p(document, line, align="right", after=0)
    _p(document, "", after=6)
    _p(document, "2 March 2026", after=10)
    for line in ("Ms Chloe Ashdown", "Ashdown & Rhys Literary Agency", "Second Floor, 18 Tavistock Place",
                 "London WC1H 9RE"):
        _p(document, line, after=0)
    _p(document, "", after=6)
    _p(document, "Dear Ms Ashdown,", after=8)
    _p(document, "Submission: THE TIDE TABLES, crime fiction, complete at 94,000 words", bold=True, after=8)
    letter = [
        "You said in your interview with The Bookseller last autumn that you were looking for crime novels with a "
        "strong sense of place and a detective who has a life outside the job. I hope THE TIDE TABLES might be "
        "one. It is complete at 94,000 words, and is the first of a planned series set in Swansea and on Gower.",
        "When a fifteen-year-old girl is found in the tidal pool under Mumbles Pier, exactly where the sea left "
        "her, Detective Sergeant Carys Rowe of South Wales Police is made deputy on Operation Gannet. The only "
        "clue is a page of tide tables in the girl\u2019s pocket with one date ringed: the night, twenty-two "
        "years ago, when Carys\u2019s father, a lifeboat coxswain, pulled two boys from the same pool and a third "
        "was never found. As her father slips into dementia and starts telling the story differently every time, "
        "Carys has to decide how much of it she believes, and how much of her own childhood she is prepared to "
        "put in an evidence bag.",
        "I think it will appeal to readers of Ann Cleeves\u2019s Shetland novels and of Jane Harper, and to "
        "anyone who has stood on a Welsh beach in February and wondered what the sea has seen.",
        "I grew up in Port Talbot and worked for South Wales Police for eleven years, first as a call handler in "
        "the public service centre at Bridgend and then as a police staff investigator in Swansea. I left in "
        "2024 to write, and to work three days a week in a bookshop on Oxford Street.",
        "Operation Lanyard was South Wales Police\u2019s response to a run of children going missing from "
        "children\u2019s homes in Swansea between 2021 and 2023, and I was one of its staff investigators for its "
        "last eighteen months. A small team of two detective sergeants, four staff investigators and a missing "
        "person coordinator met Swansea Council\u2019s children\u2019s services every week, mapped where the "
        "young people went and who they were with, went round every children\u2019s home in the city with the "
        "council\u2019s social workers to make sure each child had a return interview within 72 hours, and served "
        "child abduction warning notices on eleven adults. The number of times children went missing from the "
        "homes more than halved in eighteen months. It taught me that most police work is patient, unglamorous "
        "and done by people who are not detectives, and that is where Carys came from, though nothing in the "
        "novel is taken from a real case.",
        "The Night Bus is run by Tawe Night Care, a small Swansea charity, and I have volunteered on it on "
        "Saturday nights since 2024. From 10pm to 4am on Fridays and Saturdays its volunteers park a "
        "converted single-decker at the top of Wind Street and give first aid, water, flip-flops, phone charging "
        "and a safe place to wait for a friend, and walk people to the taxi rank. The charity says its "
        "volunteers helped 2,140 people last year and saved more than 300 ambulance call-outs. The police have "
        "nothing to do with running it, though the officers on Wind Street are very glad of it on a busy night, "
        "and it has given me most of the dialogue in chapter eleven.",
        "Everything in THE TIDE TABLES is invented: Operation Gannet, the girl, the lifeboat crew and every police "
        "officer in it. The tides are real. Where I have used real places, I have tried to be kind to them.",
        "As your guidelines ask, I attach a one-page synopsis and the first chapter, and I would be delighted to "
        "send the full manuscript. This is a simultaneous submission to a small number of agents. Thank you for "
        "your time.",
    ]
    for text in letter:
        _p(document, text, after=8)
    _p(document, "Yours sincerely,", after=24)
    _p(document, "Bethan Lloyd", after=0)
    document.add_page_break()
    _p(document, "THE TIDE TABLES", bold=True, align="center", after=0)
    _p(document, "Synopsis", italic=True, align="center", after=10)
    synopsis = [
        "CARYS ROWE (38), a detective sergeant in Swansea, is called to Mumbles at dawn: a girl, LOWRI HOPKIN "
        "(15), is found in the tidal pool under the pier. DI HUW MEREDITH names the investigation Operation "
        "Gannet and makes Carys his deputy. In Lowri\u2019s pocket is a page of tide tables with a date ringed: "
        "14 February 2004, the night Carys\u2019s father GLYN, then coxswain of the lifeboat, pulled two boys "
        "from the pool. A third boy, DAFYDD PRICE, was never found.",
        "Lowri, it emerges, had been researching the 2004 night for a school project and had been messaging "
        "someone who claimed to know what happened to Dafydd. Carys traces the two rescued boys: one is now a "
        "Swansea councillor, the other runs the fishing shop that printed the almanac. Both lie about that "
        "night, and about each other.",
        "Meanwhile Glyn\u2019s dementia is getting worse. Each time Carys visits, he tells the rescue differently, "
        "and in one version there were four boys, not three. Meredith takes Carys off the investigation when her "
        "link to 2004 comes out; she carries on without him.",
        "The truth: Dafydd did not drown. He was taken out of the water alive by the fishing shop owner\u2019s "
        "father and hidden, for reasons that go back to a smuggling run, and he has lived in Swansea under "
        "another name ever since. It was Dafydd, now fifty, who was messaging Lowri, and Lowri\u2019s death was "
        "an accident when she went to meet him at low tide and he panicked. Carys finds him by working out, from "
        "her father\u2019s confused tide times, the one night the pool could have been crossed on foot.",
        "The novel ends with Carys and Glyn on the slipway at dawn. He tells her the time of low water, and for "
        "once she does not tell him she already knows.",
    ]
    for text in synopsis:
        _p(document, text, after=8, align="justify")

    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _runs(head, [("Lloyd / THE TIDE TABLES / ", False, False)], size=12)
    _field(head, "PAGE", "2", size=12)

    def mono(text="", align=None, after=0, bold=False, indent=True, double=True):
        paragraph = _p(document, text, align=align, after=after, bold=bold, font="Courier New", size=12)
        fmt = paragraph.paragraph_format
        fmt.line_spacing = 2.0 if double else 1.0
        if indent:
            fmt.first_line_indent = Cm(1.27)
        return paragraph

    for line in ("Bethan Lloyd", "9 Brynmill Crescent", "Swansea SA2 0BN", "07700 900 518",
                 "bethan.lloyd.writes@example.co.uk"):
        mono(line, indent=False, double=False)
    mono("Approx. 94,000 words", align="right", indent=False, double=False)
    for _ in range(8):
        mono("", indent=False, double=False)
    mono("THE TIDE TABLES", align="center", indent=False)
    mono("a novel", align="center", indent=False)
    mono("by Bethan Lloyd", align="center", indent=False)
    document.add_page_break()
    for _ in range(6):
        mono("", indent=False, double=False)
    mono("CHAPTER ONE", align="center", indent=False)
    mono("", indent=False)
    first = True
    for text in NV_CHAPTER:
        if text == "#":
            mono("#", align="center", indent=False)
            first = True
            continue
        mono(text, indent=not first)
        first = False
    mono("[End of sample chapter]", align="center", indent=False)
    document.styles["Normal"].font.size = Pt(12)
    _save_docx(document, out / NV_FILE, "THE TIDE TABLES - submission", "Bethan Lloyd")


# ================================================================== 5. A start-up's business plan for a loan (Word)

BP_FILE = "keystone-home-security-stoke-on-trent-business-plan-start-up-loan-2026.docx"


def business_plan(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Calibri", 10.5)
    _page_setup(document, 2.0, 2.0, 2.2, 2.2)
    _heading_colours(document, "7A4B00", "Calibri")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    _header_footer(document, "Keystone Home Security", "Business plan", "Version 2 \u2013 February 2026",
                   "Commercial in confidence \u00b7 ", 6, size=8)

    _p(document, "", after=40)
    _p(document, "KEYSTONE", size=30, bold=True, colour="7A4B00", after=0)
    _p(document, "HOME SECURITY", size=14, bold=True, colour="404040", after=20)
    _p(document, "Business plan", size=20, after=4)
    _p(document, "Prepared for a Start Up Loan application", size=12, italic=True, colour="595959", after=24)
    _docx_table(document, [["Business name", "Keystone Home Security (sole trader, trading name)"],
                           ["Owner", "Dean Mellor"],
                           ["Address", "14 Leek New Road, Baddeley Green, Stoke-on-Trent ST2 7EF"],
                           ["Phone / email", "07700 900 764 \u00b7 dean@keystonehomesecurity.co.uk"],
                           ["Start date", "1 May 2026"],
                           ["Loan requested", "\u00a312,000 over 5 years"],
                           ["Business adviser", "Amrita Sandhu, Potteries Enterprise Hub"]],
                widths=[4.2, 12.4], size=10, label_fill="F3E6CF")
    document.add_page_break()

    document.add_heading("1. Executive summary", level=1)
    _p(document, "Keystone Home Security will fit, set up and look after home security for households and small "
       "landlords in Stoke-on-Trent and Newcastle-under-Lyme: video doorbells, smart and British Standard locks, "
       "window locks, security lights and simple CCTV, at fixed, published prices and with a same-week service. "
       "The business will be run by me, Dean Mellor, from home, with one van.", after=6)
    _p(document, "I am asking for a Start Up Loan of \u00a312,000 over five years, to buy a second-hand van, "
       "tools, a laptop and my first stock, and to pay for insurance, my website and launch marketing. I expect "
       "to break even in month 5 and to make a profit of about \u00a329,000 in the first year, before tax and "
       "my drawings.", after=6)

    document.add_heading("2. The business owner", level=1)
    _p(document, "I am 38 and have lived in Stoke-on-Trent all my life. I worked for eight years as a Police "
       "Community Support Officer with Staffordshire Police in Hanley and Bentilee (2015 to 2023), where much of "
       "my time was spent visiting people after burglaries and giving crime prevention advice. Since 2023 I have "
       "worked as an installer for a national alarm company, fitting about 25 systems a month. I want to run my "
       "own business so that I can spend the time with customers that the national company does not allow.",
       after=6)
    _docx_table(document, [["Qualification or experience", "Year"],
                           ["City & Guilds 2365 Level 2 in electrical installation", "2024"],
                           ["Locksmithing course (five days, accredited)", "2025"],
                           ["Installer, national alarm company", "2023 to date"],
                           ["PCSO, Staffordshire Police", "2015 to 2023"],
                           ["Enhanced DBS certificate", "2025"]],
                widths=[12.6, 4.0], size=9.5, head_fill="7A4B00", head_colour="FFFFFF")
    _p(document, "", after=4)

    document.add_heading("3. Products and services", level=1)
    _docx_table(document, [["Service", "What is included", "Price (fitted)"],
                           ["Doorbell camera", "Wired or battery video doorbell, set up on the customer\u2019s phone",
                            "\u00a3149"],
                           ["Front door upgrade", "Anti-snap cylinder lock (3-star), door chain or limiter", "\u00a3115"],
                           ["Window locks", "Locks on up to six windows", "\u00a390"],
                           ["Security lights", "Two dusk-to-dawn LED lights", "\u00a3160"],
                           ["Starter CCTV", "Two cameras, recorder, app set-up", "\u00a3395"],
                           ["Safe at Home check", "One-hour home security survey with a written list of fixes",
                            "\u00a325, refunded if work is booked"],
                           ["Landlord package", "Locks changed between tenants, doorbell and lights", "from \u00a3240"]],
                widths=[3.8, 9.6, 3.2], size=9.5, head_fill="7A4B00", head_colour="FFFFFF")
    _p(document, "", after=4)
    _p(document, "All prices include VAT once registered. Over-60s get 10% off labour. Every job comes with a "
       "12-month guarantee on workmanship.", after=6)

    document.add_heading("4. Market research", level=1)
    document.add_heading("4.1 Who my customers are", level=2)
    _p(document, "Stoke-on-Trent has about 115,000 households and Newcastle-under-Lyme about 55,000. Many live "
       "in older terraced houses with original doors and windows. My main customers will be homeowners aged over "
       "50, people who have just been burgled or whose neighbours have, and small landlords with one to ten "
       "properties.", after=6)
    _p(document, "I asked 62 people at Hanley market and outside two supermarkets in January 2026 about home "
       "security. 41 said they had thought about a doorbell camera in the last year, 23 did not know who to ask "
       "to fit one, and 35 said they would pay up to \u00a3150 if it was fitted and set up for them.", after=6)
    document.add_heading("4.2 Burglary in the area", level=2)
    _p(document, "Police figures on the crime map show that burglary in Stoke-on-Trent is higher than the "
       "average for England and Wales, and highest in the older terraced areas of Hanley, Shelton and Birches "
       "Head.", after=6)
    _p(document, "Operation Latchkey was run by Staffordshire Police in Stoke-on-Trent from October 2024 to "
       "March 2025, after a rise in burglaries in Hanley, Shelton and Birches Head. The force\u2019s burglary team "
       "and neighbourhood officers visited every burgled home within 24 hours and knocked on the doors either "
       "side, and Stoke-on-Trent City Council\u2019s community safety team paid for about 400 free video "
       "doorbells and sets of window locks for repeat victims and older residents, fitted by the council\u2019s "
       "handyperson service. The force reported that burglaries in the three wards fell by 28 per cent "
       "compared with the winter before. I was not involved, as I had left the force by then.", after=6)
    _p(document, "What this means for Keystone: Latchkey showed that people in these streets will use a doorbell "
       "camera and window locks when someone fits them. The free scheme has now ended, and residents and two "
       "ward councillors have told me that people are asking where they can get the same thing done. I plan to "
       "start my leaflet drops in those three wards.", after=6)

    document.add_heading("5. Marketing", level=1)
    for text in ("Leaflets through 8,000 doors in the first three months, starting in Hanley, Shelton and "
                 "Birches Head.",
                 "A Google Business profile and a simple website with prices, booked by phone or online.",
                 "Local Facebook groups and a monthly crime prevention tip video.",
                 "Talks to older people\u2019s groups and tenants\u2019 associations, with a free Safe at Home check "
                 "for members.",
                 "Deals with three letting agents for the landlord package.",
                 "I will not call myself \u2018police approved\u2019 or use police badges; I will say that I am a "
                 "former PCSO, which is true."):
        _p(document, text, style="List Bullet", after=2)

    document.add_heading("6. Competitors", level=1)
    _docx_table(document, [["Competitor", "What they do", "Strengths", "Weaknesses"],
                           ["National alarm companies", "Monitored alarms on contract", "Brand, 24-hour monitoring",
                            "Monthly fees, long contracts, slow"],
                           ["Local locksmiths (about 12)", "Emergency lock changes", "Fast call-out",
                            "Little or no camera work, high call-out fees"],
                           ["Handyman firms", "General jobs", "Cheap", "No security training"],
                           ["DIY (online shops)", "Customer fits it", "Cheapest", "Many people cannot fit or "
                                                                                   "set up the devices"]],
                widths=[3.8, 4.0, 4.2, 4.6], size=9, head_fill="7A4B00", head_colour="FFFFFF")
    _p(document, "", after=4)

    document.add_heading("7. Operations", level=1)
    _p(document, "I will work Monday to Friday 8am to 6pm and Saturday mornings, fitting up to three jobs a day. "
       "Stock will be bought from two trade wholesalers in Stoke on 30-day account once I have a trading history. "
       "I will have public liability insurance of \u00a32 million, tools and van insurance, and will join a "
       "trusted trader scheme run by the county council once I have six months of reviews. Customer details will "
       "be kept securely and I will register with the Information Commissioner\u2019s Office.", after=6)

    document.add_heading("8. Financial forecast", level=1)
    _p(document, "Summary of the 12-month cash flow forecast (full monthly forecast in the appendix).", italic=True,
       after=4)
    _docx_table(document, [["", "Months 1\u20133", "Months 4\u20136", "Months 7\u20139", "Months 10\u201312",
                            "Year 1"],
                           ["Jobs", "95", "150", "170", "180", "595"],
                           ["Sales", "\u00a314,200", "\u00a322,500", "\u00a325,500", "\u00a327,000", "\u00a389,200"],
                           ["Start Up Loan received", "\u00a312,000", "", "", "", "\u00a312,000"],
                           ["Van, tools and laptop", "\u00a39,800", "", "", "", "\u00a39,800"],
                           ["Stock and materials", "\u00a36,400", "\u00a39,800", "\u00a311,100", "\u00a311,700",
                            "\u00a339,000"],
                           ["Fuel, insurance, servicing", "\u00a32,900", "\u00a32,400", "\u00a32,400", "\u00a32,400",
                            "\u00a310,100"],
                           ["Marketing", "\u00a31,800", "\u00a3900", "\u00a3600", "\u00a3600", "\u00a33,900"],
                           ["Loan repayments", "\u00a3720", "\u00a3720", "\u00a3720", "\u00a3720", "\u00a32,880"],
                           ["Other costs", "\u00a3990", "\u00a3990", "\u00a3990", "\u00a3950", "\u00a33,920"],
                           ["Owner\u2019s drawings", "\u00a31,650", "\u00a32,600", "\u00a34,500", "\u00a34,500",
                            "\u00a313,250"],
                           ["Net cash flow", "\u00a31,940", "\u00a35,090", "\u00a35,190", "\u00a36,130",
                            "\u00a318,350"]],
                widths=[3.6, 2.6, 2.6, 2.6, 2.6, 2.6], size=9, head_fill="7A4B00", head_colour="FFFFFF",
                label_fill="F3E6CF")
    _p(document, "", after=4)
    _p(document, "Personal survival budget: my household needs \u00a31,650 a month after tax. My partner\u2019s "
       "salary covers \u00a31,100 of this, so I need to draw \u00a3550 a month from month 1 and \u00a31,500 a "
       "month from month 6.", after=6)

    document.add_heading("9. SWOT analysis", level=1)
    swot = document.add_table(rows=2, cols=2)
    swot.style = "Table Grid"
    cells = [("Strengths", ["Eight years of crime prevention work", "Fixed, published prices",
                            "Local and known in the community"]),
             ("Weaknesses", ["One person: holidays and illness", "No trading history",
                             "Small marketing budget"]),
             ("Opportunities", ["Free council scheme has ended, demand is there", "Landlords must keep homes "
                                "secure", "Smart home devices getting cheaper"]),
             ("Threats", ["National firms cutting prices", "A rise in DIY fitting",
                          "Cost of living: people putting off spending"])]
    for i, (title, items) in enumerate(cells):
        cell = swot.rows[i // 2].cells[i % 2]
        _fill(cell, ["E2EFDA", "FCE4D6", "DDEBF7", "FFF2CC"][i])
        _cell(cell, title, bold=True, size=10)
        for item in items:
            _cell(cell, "\u2022 " + item, size=9.5, first=False)
        cell.width = Cm(8.3)
    _p(document, "", after=4)

    document.add_heading("10. Back-up plan", level=1)
    _p(document, "If the business does not reach 100 jobs a quarter by month 9, I will return to installing for "
       "another company three days a week and keep Keystone running part time, and use my wages to keep up the "
       "loan repayments.", after=8)
    _p(document, "I confirm that the information in this plan is true to the best of my knowledge.", italic=True,
       after=14)
    _p(document, "Signed: Dean Mellor \u00a0\u00a0\u00a0 Date: 16 February 2026", after=0)
    document.styles["Normal"].font.size = Pt(10.5)
    _save_docx(document, out / BP_FILE, "Keystone Home Security business plan v2", "Dean Mellor")


# ================================================================== 6. A Neighbourhood Watch association's constitution (Word)

CN_FILE = "hoole-neighbourhood-watch-association-constitution-adopted-september-2025.docx"

CN_CLAUSES = [
    ("1. Name", [
        "1.1\tThe name of the group is the Hoole Neighbourhood Watch Association (\u201cthe Association\u201d).",
        "1.2\tThe Association covers the streets listed in Schedule 1, in the Hoole and Newton areas of "
        "Chester."]),
    ("2. Objects", [
        "2.1\tThe objects of the Association are, for the benefit of the people who live and work in its area:",
        "(a)\tto reduce crime and the fear of crime;",
        "(b)\tto encourage neighbours to look out for one another, and especially for older and vulnerable "
        "people;",
        "(c)\tto pass on crime prevention advice and information about crime in the area;",
        "(d)\tto help residents report crime and suspicious activity to Cheshire Constabulary; and",
        "(e)\tto work with Cheshire Constabulary, Cheshire West and Chester Council and other bodies on matters "
        "of community safety.",
        "2.2\tThe Association is non-political and non-sectarian. It shall not support any political party or "
        "candidate, including any candidate for Police and Crime Commissioner."]),
    ("3. Powers", [
        "3.1\tIn pursuit of its objects the Association may raise funds, apply for grants, open a bank account, "
        "buy and sell equipment, publish newsletters, hold meetings and join other organisations, including "
        "Neighbourhood Watch Network, the national charity.",
        "3.2\tThe Association shall not own land or employ staff."]),
    ("4. Membership", [
        "4.1\tMembership is open to anyone aged 16 or over who lives or works in the area and who supports the "
        "objects. There is no fee.",
        "4.2\tEach street or part of a street may have a scheme coordinator, appointed by the committee, who is "
        "a member and who has agreed to the code of conduct in Schedule 2.",
        "4.3\tServing police officers, police staff and PCSOs may attend meetings as guests but may not be "
        "members or officers of the Association.",
        "4.4\tThe committee may end the membership of anyone whose conduct brings the Association into "
        "disrepute, after giving them the chance to be heard. They may appeal to the next general meeting."]),
    ("5. The committee", [
        "5.1\tThe Association is run by a committee of the Chair, Secretary, Treasurer and up to six other "
        "members, elected at the annual general meeting for one year.",
        "5.2\tThe committee shall meet at least four times a year. Three committee members, including one "
        "officer, form a quorum.",
        "5.3\tThe committee may co-opt up to two further members until the next annual general meeting, and "
        "may invite the local neighbourhood policing team, ward councillors or others to attend for any item."]),
    ("6. General meetings", [
        "6.1\tThe annual general meeting shall be held in September or October each year. At least 21 days\u2019 "
        "notice shall be given by email, on the Association\u2019s website and on the notice board at Hoole "
        "Community Centre.",
        "6.2\tAt the annual general meeting the committee shall present a report of the year and the accounts, "
        "and the members shall elect the committee.",
        "6.3\tA special general meeting may be called by the committee or by 10 members writing to the "
        "Secretary.",
        "6.4\tThe quorum for a general meeting is 15 members. Decisions are by a simple majority of the members "
        "present and voting; the chair of the meeting has a casting vote."]),
    ("7. Money", [
        "7.1\tAll money shall be paid into a bank account in the Association\u2019s name. Two of three "
        "authorised signatories, who shall not be related or living at the same address, must approve every "
        "payment.",
        "7.2\tThe Treasurer shall keep accounts, which shall be checked each year by a person who is not on the "
        "committee before the annual general meeting.",
        "7.3\tThe Association may apply for grants, including from the Police and Crime Commissioner for "
        "Cheshire and the council\u2019s ward budgets, but shall not accept money on conditions that conflict "
        "with its objects.",
        "7.4\tNo member shall be paid for their work for the Association. Reasonable out-of-pocket expenses "
        "may be repaid with the committee\u2019s approval."]),
    ("8. Information and privacy", [
        "8.1\tThe Association shall keep members\u2019 personal information only for running the Association, "
        "and shall follow data protection law.",
        "8.2\tCrime alerts received from Cheshire Constabulary\u2019s community messaging service may be "
        "forwarded to members only in the form in which they are received, and never with added names, "
        "addresses or photographs of suspects.",
        "8.3\tMembers shall not share doorbell or CCTV footage of identifiable people in the Association\u2019s "
        "social media groups. Footage that may show a crime shall be given to the police only."]),
    ("9. Conduct", [
        "9.1\tMembers are the eyes and ears of their street, not police officers. They shall not patrol, "
        "challenge, follow or detain anyone, or put themselves at risk.",
        "9.2\tIn an emergency members shall call 999. Other crimes and information shall be reported by calling "
        "101, online to the police, or anonymously to Crimestoppers on 0800 555 111."]),
    ("10. Changes to this constitution", [
        "10.1\tThis constitution may be changed by a two-thirds majority of members present and voting at a "
        "general meeting, provided that the proposed change has been sent with the notice of the meeting.",
        "10.2\tNo change may be made to clause 2.2, 7.4 or 11."]),
    ("11. Dissolution", [
        "11.1\tThe Association may be dissolved by a two-thirds majority at a special general meeting called "
        "for the purpose.",
        "11.2\tAny money or property left after debts are paid shall be given to a charity or community group "
        "with similar objects in Chester, chosen at that meeting, and shall not be shared among the members."]),
]


def constitution(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Arial", 10.5)
    _page_setup(document, 2.2, 2.0, 2.5, 2.5)
    _header_footer(document, "Hoole Neighbourhood Watch Association", "", "Constitution (v3)",
                   "Adopted 17 September 2025 \u00b7 ", 4, size=8)

    _p(document, "HOOLE NEIGHBOURHOOD WATCH ASSOCIATION", size=14, bold=True, align="center", after=2)
    _p(document, "CONSTITUTION", size=14, bold=True, align="center", after=6)
    _p(document, "Adopted at a general meeting held on 17 September 2025 at Hoole Community Centre, replacing the "
       "constitution adopted on 4 March 2018.", italic=True, align="center", size=9.5, after=14)

    for title, paragraphs in CN_CLAUSES:
        _p(document, title, bold=True, size=11, before=8, after=4)
        for text in paragraphs:
            paragraph = _p(document, text, after=4)
            fmt = paragraph.paragraph_format
            if text.startswith("("):
                fmt.left_indent = Cm(2.0)
                fmt.first_line_indent = Cm(-1.0)
            else:
                fmt.left_indent = Cm(1.0)
                fmt.first_line_indent = Cm(-1.0)
            fmt.tab_stops.add_tab_stop(fmt.left_indent)

    _p(document, "Adoption", bold=True, size=11, before=12, after=4)
    _p(document, "This constitution was adopted by the members of the Association at the general meeting named "
       "above, 31 members being present, 29 voting in favour and 2 abstaining.", after=6)
    _docx_table(document, [["Office", "Name", "Signature", "Date"],
                           ["Chair", "Patricia Gorman", "P. Gorman", "17/09/2025"],
                           ["Secretary", "Rhodri Evans", "R. Evans", "17/09/2025"],
                           ["Treasurer", "Sunil Varma", "S. Varma", "17/09/2025"]],
                widths=[3.0, 5.0, 5.0, 3.0], size=9.5, head_fill="D9D9D9")
    _p(document, "", after=6)
    _p(document, "Version history", bold=True, size=10, after=4)
    _docx_table(document, [["Version", "Adopted", "Changes"],
                           ["1", "12 May 2009", "First constitution"],
                           ["2", "4 March 2018", "Clause 8 added for data protection law"],
                           ["3", "17 September 2025", "Clauses 4.3, 8.2, 8.3 and 9 added; quorum changed to 15"]],
                widths=[2.0, 3.6, 10.4], size=9, head_fill="D9D9D9")

    document.add_page_break()
    _p(document, "Schedule 1 \u2013 Area of the Association", bold=True, size=11, after=6)
    _docx_table(document, [["Zone", "Streets"],
                           ["Hoole north", "Hoole Road (north side), Westminster Road, Faulkner Street, Canadian "
                                           "Avenue"],
                           ["Hoole south", "Charles Street, Walpole Street, Gladstone Road, Ermine Road"],
                           ["Newton", "Newton Lane, Plas Newton Lane, Brook Lane (part)"],
                           ["Flats", "Any block of flats within the streets above whose residents ask to join"]],
                widths=[3.2, 12.8], size=9.5, head_fill="D9D9D9", label_fill="F2F2F2")
    _p(document, "", after=8)
    _p(document, "Schedule 2 \u2013 Code of conduct for scheme coordinators", bold=True, size=11, after=6)
    for text in ("I will pass on crime alerts and advice from the Association accurately and promptly.",
                 "I will not share personal information about residents without their agreement.",
                 "I will never take the law into my own hands or encourage anyone else to.",
                 "I will report crime and concerns to the police, and safeguarding concerns about a vulnerable "
                 "neighbour to the council\u2019s adult social care team.",
                 "I will treat everyone with respect, whatever their background, and will not use the "
                 "Association\u2019s name to promote a business or political view.",
                 "I will tell the Secretary if I move away or can no longer act as a coordinator."):
        _p(document, text, style="List Number", after=2)
    _p(document, "", after=8)
    _docx_table(document, [["Coordinator\u2019s name", ""], ["Street or zone", ""], ["Signed", ""],
                           ["Date", ""]], widths=[5.0, 11.0], size=9.5, label_fill="F2F2F2")
    document.styles["Normal"].font.size = Pt(10.5)
    _save_docx(document, out / CN_FILE, "HNWA constitution v3", "HNWA Secretary")


# ================================================================== 7. A local newspaper's consumer advice column (HTML)

COLUMN_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your Rights: 'Thieves took my car off the drive in 40 seconds and my insurer says it's my fault' | Solent Evening Post</title>
<meta name="description" content="Claire Dunmore, our consumer champion, helps a Southampton reader whose insurer turned down a claim after a keyless car theft.">
<meta property="og:type" content="article">
<meta property="article:section" content="Money">
<meta property="article:published_time" content="2026-03-07T06:00:00+00:00">
<link rel="canonical" href="https://www.solentpost.co.uk/money/your-rights/keyless-car-theft-insurer-refused-claim-southampton">
<style>
body{margin:0;font-family:Georgia,serif;color:#1a1a1a;background:#fff}
.top{background:#0a2f5c;color:#fff;font:13px Arial,sans-serif;padding:6px 16px;display:flex;justify-content:space-between}
.top a{color:#fff}
.mast{padding:14px 16px;border-bottom:4px solid #0a2f5c;display:flex;align-items:baseline;gap:18px}
.mast .logo{font:bold 34px Georgia,serif;color:#0a2f5c;text-decoration:none}
.mast .date{font:13px Arial,sans-serif;color:#666}
nav.sections ul{list-style:none;margin:0;padding:0 16px;display:flex;gap:16px;font:bold 14px Arial,sans-serif;border-bottom:1px solid #ddd}
nav.sections a{color:#0a2f5c;text-decoration:none;display:block;padding:10px 0}
nav.sections a.on{border-bottom:3px solid #d3411f}
.wrap{display:grid;grid-template-columns:minmax(0,680px) 300px;gap:40px;max-width:1020px;margin:0 auto;padding:16px}
.crumbs{font:13px Arial,sans-serif;color:#666}
.crumbs a{color:#0a2f5c}
.kicker{font:bold 13px Arial,sans-serif;color:#d3411f;text-transform:uppercase;letter-spacing:.05em}
h1{font-size:34px;line-height:1.15;margin:6px 0 10px}
.standfirst{font-size:19px;color:#444;line-height:1.4}
.byline{display:flex;gap:10px;align-items:center;font:14px Arial,sans-serif;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:8px 0;margin:14px 0}
.byline img{border-radius:50%}
.share button{font:12px Arial,sans-serif;margin-right:6px}
article p{font-size:18px;line-height:1.6}
.letter{background:#f3f6fa;border-left:5px solid #0a2f5c;padding:6px 18px;margin:18px 0}
.letter p{font-size:17px}
.letter .sig{font-style:italic;text-align:right}
h2{font:bold 22px Georgia,serif;margin-top:28px}
.tips{border:2px solid #d3411f;padding:4px 18px;margin:24px 0}
.tips h3{font:bold 16px Arial,sans-serif;color:#d3411f;text-transform:uppercase}
.tips li{font-size:16px;line-height:1.5;margin-bottom:6px}
.ad{background:#f2f2f2;color:#999;font:11px Arial,sans-serif;text-align:center;padding:40px 0;margin:20px 0}
.ask{background:#0a2f5c;color:#fff;padding:12px 18px;font:15px Arial,sans-serif}
.ask a{color:#ffd34d}
.disclaimer{font:italic 13px Arial,sans-serif;color:#666}
aside h4{font:bold 15px Arial,sans-serif;border-bottom:3px solid #0a2f5c;padding-bottom:4px}
aside ol{font:14px Arial,sans-serif;padding-left:20px}
aside ol li{margin-bottom:10px}
.comments{font:14px Arial,sans-serif;border-top:1px solid #ddd;padding-top:8px;color:#555}
footer{background:#111;color:#bbb;font:13px Arial,sans-serif;padding:20px 16px;margin-top:30px}
footer a{color:#ddd}
</style>
</head>
<body>
<div class="top" role="banner"><span>Saturday 7 March 2026</span><span><a href="/subscribe">Subscribe</a> &middot; <a href="/e-edition">Today's paper</a> &middot; <a href="/account/login">Sign in</a></span></div>
<div id="cookie-consent" class="cookie" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to personalise content and ads and to analyse our traffic. <button type="button">Accept all</button> <button type="button">Manage choices</button></p>
</div>
<header class="mast">
  <a class="logo" href="/">Solent Evening Post</a>
  <span class="date">Southampton &middot; Eastleigh &middot; the Waterside &middot; since 1889</span>
</header>
<nav class="sections" aria-label="Sections">
  <ul>
    <li><a href="/news">News</a></li>
    <li><a href="/sport">Sport</a></li>
    <li><a href="/saints">Saints</a></li>
    <li><a class="on" href="/money">Money</a></li>
    <li><a href="/whats-on">What's On</a></li>
    <li><a href="/motors">Motors</a></li>
    <li><a href="/homes">Homes</a></li>
    <li><a href="/announcements">Announcements</a></li>
    <li><a href="/jobs">Jobs</a></li>
  </ul>
</nav>
<div class="wrap">
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/money">Money</a> &rsaquo; <a href="/money/your-rights">Your Rights</a></p>
<article>
<p class="kicker">Your Rights</p>
<h1>'Thieves took my car off the drive in 40 seconds &ndash; now my insurer says it's my fault'</h1>
<p class="standfirst">A Shirley reader's keyless car vanished in the night, and her insurer turned down the claim. Our consumer champion Claire Dunmore explains why the insurer was wrong, and what police and neighbours are doing about the thieves.</p>
<div class="byline">
  <img src="/img/authors/claire-dunmore-48.jpg" width="48" height="48" alt="">
  <div><strong>By Claire Dunmore</strong>, consumer champion<br><time datetime="2026-03-07T06:00">Saturday 7 March 2026, 6:00am</time> &middot; 5 min read</div>
</div>
<div class="share"><button type="button">Share on Facebook</button><button type="button">Share on X</button><button type="button">Email</button><button type="button">Copy link</button></div>

<div class="letter">
<p><strong>Q</strong> In January my 2022 hatchback was stolen from the drive of our house in Shirley at about 3am. Our doorbell camera shows two men, one holding a box near our front door and the other at the car, and it was gone in 40 seconds. The keys were on the hook in the hall, about two metres from the door.</p>
<p>My insurer, Saxon Direct, has turned down my claim. It says the policy does not cover theft "where the keys were left in or on the vehicle or in a place accessible to thieves", and that leaving the key near the door made it accessible. The car was worth about &pound;14,000 and I still owe &pound;9,000 on the finance. What can I do?</p>
<p class="sig">R.P., Shirley, Southampton</p>
</div>

<p><strong>A</strong> I am so sorry, R.P. This is a horrible thing to happen and it is made worse by an insurer trying to wriggle out of paying. I think Saxon Direct is wrong, and I think you have a good chance of getting this decision overturned.</p>
<p>What your camera shows is called a relay attack. One thief holds a device near your house that picks up the signal from the key fob inside, and a second device by the car passes it on, so the car thinks the key is beside it. Nobody touched your keys. They were inside your locked house, and that is where most of us keep them.</p>
<p>A "keys left in or accessible" exclusion is meant for people who leave the key in the ignition at a petrol station, not for people whose keys are on a hook in their own hall. The Financial Ombudsman Service has said in published decisions that insurers should not rely on clauses like this in relay thefts where the keys were kept inside a locked home.</p>
<p>So write to Saxon Direct and make a formal complaint. Say the keys were inside your locked home, send a copy of the doorbell footage and the crime reference number, and ask it to reconsider. It has eight weeks to give you a final answer. If it says no again, or does not reply in time, take your complaint to the Financial Ombudsman Service. It is free, and you have six months from the final response to do it. Tell your finance company what is happening too, and keep paying while the complaint goes on.</p>

<h2>What the police are doing</h2>
<p>You are far from alone. Keyless cars are being stolen all over the south of Southampton, and many of them are in pieces within hours.</p>
<p>Operation Gatepost is Hampshire and Isle of Wight Constabulary's crackdown on keyless car theft in Southampton and Eastleigh. Since last September the force's vehicle crime team has used number plate cameras and unmarked cars on the M27 and M271 slip roads at night to catch stolen cars leaving the city, Southampton City Council has given the team live access to its CCTV control room, and officers have raided two garages on industrial estates where stolen cars were being broken up for parts. The force told me 64 people have been arrested and 112 cars recovered, and that thefts of keyless cars in the city fell by a third in the last three months of 2025 compared with the same months of 2024.</p>
<p>That is little comfort when yours is one of the ones that was not recovered, but it is worth giving your footage to the police if you have not already: call 101 or report it online with your crime reference number.</p>

<div class="ad" aria-hidden="true">Advertisement</div>

<h2>What your neighbours are doing</h2>
<p>The Faraday Pouch Drive is the Bassett Green Residents' Watch's own idea, and it has nothing to do with the police. The group's volunteers used money left over from last summer's street party to buy signal-blocking pouches in bulk, and they knock on doors in any street in Bassett where a car has been taken, hand out a free pouch, show people how to test that it works by trying the car door with the key inside it, and leave a leaflet on steering locks. Since October they have given out more than 900 pouches, and they say not one car has been taken from a household that had one. "We just got on with it," says coordinator Lorraine Fisk. "It costs us two pounds a pouch and it saves someone fourteen thousand."</p>

<div class="tips">
<h3>How to protect a keyless car</h3>
<ul>
<li>Keep keys, and spares, in a signal-blocking pouch or tin, away from doors and windows.</li>
<li>Ask your dealer whether the fob can be switched to sleep mode, or the keyless entry turned off.</li>
<li>Use a steering wheel lock: thieves want a quick job.</li>
<li>Park in a garage, or with another car blocking yours in, if you can.</li>
<li>Check your policy wording now, before anything happens.</li>
</ul>
</div>

<div class="ask">Got a consumer problem? Write to Claire at <a href="mailto:yourrights@solentpost.co.uk">yourrights@solentpost.co.uk</a> or Your Rights, Solent Evening Post, Town Quay House, Southampton SO14 2AQ. Sorry, Claire cannot reply to every letter personally.</div>
<p class="disclaimer">Claire's answers are general guidance, not legal or financial advice. Letters may be edited. Names of readers are withheld on request.</p>
</article>

<section class="comments">
<h4>Comments</h4>
<p>Comments are closed on this article. Read our <a href="/community-rules">community rules</a>.</p>
</section>
</main>

<aside>
<div class="ad" aria-hidden="true">Advertisement</div>
<h4>Most read in Money</h4>
<ol>
<li><a href="/money/council-tax-rise-southampton-2026">Council tax to rise by 4.99 per cent: what it means for your band</a></li>
<li><a href="/money/your-rights/holiday-park-refund">Your Rights: 'The holiday park kept our deposit when the pool was shut'</a></li>
<li><a href="/money/energy-price-cap-april">Energy price cap: what changes in April</a></li>
<li><a href="/money/your-rights/parcel-left-in-bin">Your Rights: 'My parcel was left in the bin and thrown away'</a></li>
<li><a href="/money/cheapest-supermarket-southampton">We checked the prices at five Southampton supermarkets</a></li>
</ol>
<h4>More from Your Rights</h4>
<ol>
<li><a href="/money/your-rights/builder-vanished">'Our builder took a deposit and vanished'</a></li>
<li><a href="/money/your-rights/gym-contract">'I can't get out of my gym contract'</a></li>
</ol>
</aside>
</div>

<footer>
<p><a href="/about">About us</a> &middot; <a href="/contact">Contact us</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/complaints">Complaints</a> &middot; <a href="/privacy">Privacy notice</a> &middot; <a href="/cookies">Cookie policy</a> &middot; <a href="/terms">Terms</a></p>
<p>The Solent Evening Post is regulated by the Independent Press Standards Organisation. If you have a complaint about our journalism, please see our complaints page.</p>
<p>&copy; 2026 Solent Newspapers Ltd, Town Quay House, Southampton SO14 2AQ. Registered in England and Wales no. 04417362.</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A news site's weekly news quiz (HTML)

QUIZ_QUESTIONS = [
    ("Which Liverpool landmark was lit up in green on Tuesday for St Patrick's week?",
     ["The Liver Building", "St George's Hall", "Radio City Tower", "The Anglican Cathedral"], 1,
     "<p><strong>B: St George's Hall.</strong> The hall was lit green from Tuesday to Sunday, with a ceilidh on the "
     "plateau on Saturday afternoon.</p>"),
    ("Merseyside Police say reports of what are down 40 per cent in north Liverpool since October?",
     ["Shoplifting", "Nuisance off-road bikes", "Fly-tipping", "Car break-ins"], 1,
     "<p><strong>B: Nuisance off-road bikes.</strong></p>"
     "<p>Operation Crosshall is Merseyside Police's crackdown on nuisance off-road bikes and illegal e-motorbikes "
     "in north Liverpool. Since October the force's roads policing and neighbourhood officers have used a drone "
     "to follow riders back to where the bikes are kept, Liverpool City Council's anti-social behaviour unit has "
     "sent warning letters to repeat riders and gone to court for injunctions against eleven of them, and seized "
     "bikes have been crushed in public at the council's depot in Walton. The force said this week that 312 bikes "
     "have been seized and that reports of nuisance bikes in Anfield, Walton and Everton are down 40 per cent.</p>"),
    ("A police horse retired on Wednesday after 14 years with Merseyside Police's mounted section. What is his "
     "name?", ["Mersey", "Dixie", "Shankly", "Albert"], 0,
     "<p><strong>A: Mersey.</strong> The 19-year-old grey, who worked every Grand National and derby match since "
     "2012, is going to a rest home for police horses in Cheshire.</p>"),
    ("How many people were arrested at Aintree on Grand National day last year, according to figures released "
     "this week?", ["Three", "Seventeen", "Forty-two", "None"], 1,
     "<p><strong>B: Seventeen.</strong> Most were for drunkenness or public order offences, the force said, in a "
     "crowd of about 70,000.</p>"),
    ("Which Toxteth charity lent out its 1,000th bike this week?",
     ["Spokes for All", "Dingle Wheels", "Bike Mersey", "Cycle Liverpool"], 0,
     "<p><strong>A: Spokes for All.</strong></p>"
     "<p>The Bike Library is run by Spokes for All, a charity based in a former bus garage on Park Road. Since "
     "2022 it has lent refurbished bikes, free for up to three months, to anyone in Liverpool who needs one to get "
     "to work, college or a job interview, each with a lock, lights and a helmet, and a free repair session every "
     "month. Its volunteers do up donated bikes, including unclaimed bikes handed over by the police once the "
     "owners cannot be found. The 1,000th went to a trainee nurse from Kensington, and the charity says four in "
     "five borrowers have bought a bike of their own or kept cycling.</p>"),
    ("The Mersey Ferry celebrated which anniversary on Thursday?",
     ["700 years of crossings", "100 years of the Royal Iris", "50 years of the song", "The first diesel ferry"],
     0, "<p><strong>A: 700 years of crossings</strong>, counting from the monks of Birkenhead Priory.</p>"),
    ("What did Sefton Council's coast rangers say they will start again from Easter weekend?",
     ["Donkey rides", "Formby Beach Watch", "Parking charges", "Sand yachting"], 1,
     "<p><strong>B: Formby Beach Watch.</strong></p>"
     "<p>Formby Beach Watch is Sefton Council's own scheme: on busy days from Easter to September its coast and "
     "countryside rangers and seasonal wardens patrol the beach and the car parks at Formby and Ainsdale, reunite "
     "lost children with their families at a wristband tent, put out barbecues in the dunes before they set the "
     "pinewoods alight, and manage the queues of traffic on the beach road. The council says the rangers reunited "
     "214 lost children last summer and that there was not one dune fire, against nine the year before.</p>"),
    ("A new series of which TV crime drama started filming at St George's Hall this week?",
     ["Mersey Blue", "The Responder", "Line of Duty", "Liver Birds"], 0,
     "<p><strong>A: Mersey Blue.</strong> The second series of the BBC drama, about a fictional undercover "
     "operation in the city's docks, is due on screen next spring. Roads around the hall will be closed on "
     "filming days.</p>"),
    ("How much rain fell at Crosby on Monday, the wettest day of the year so far?",
     ["12mm", "21mm", "34mm", "48mm"], 2, "<p><strong>C: 34mm</strong>, more than half of March's average.</p>"),
    ("Which Everton legend unveiled a mural in Walton on Friday?",
     ["A 1985 title winner", "A 1995 cup winner", "A women's team captain", "A former manager"], 2,
     "<p><strong>C: A women's team captain.</strong> The mural on County Road marks 30 years since the club's "
     "women's side won the league.</p>"),
]


def _quiz_html() -> str:
    blocks = []
    for n, (question, options, _, explanation) in enumerate(QUIZ_QUESTIONS, 1):
        items = "\n".join(
            '      <li><label><input type="radio" name="q%d" value="%s"> %s</label></li>' % (n, "ABCD"[i], option)
            for i, option in enumerate(options))
        blocks.append(
            '  <fieldset class="q" id="q%d">\n'
            '    <legend><span class="num">%d</span> %s</legend>\n'
            '    <ol class="options" type="A">\n%s\n    </ol>\n'
            '    <details class="answer"><summary>Show answer</summary>\n      %s\n    </details>\n'
            '  </fieldset>' % (n, n, question, items, explanation))
    answers = ",".join('"%s"' % "ABCD"[a] for _, _, a, _ in QUIZ_QUESTIONS)
    return QUIZ_TOP + "\n".join(blocks) + QUIZ_BOTTOM.replace("@ANSWERS@", answers)


QUIZ_TOP = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>News quiz: how closely were you following the news this week? | The Mersey Bulletin</title>
<meta name="description" content="Ten questions on the week's news from Liverpool, Sefton, Wirral and Knowsley. Week ending 13 March 2026.">
<link rel="canonical" href="https://www.merseybulletin.co.uk/quizzes/news-quiz-week-ending-13-march-2026">
<style>
body{margin:0;font-family:"Helvetica Neue",Arial,sans-serif;color:#222;background:#f5f5f2}
header{background:#c8102e;color:#fff}
header .inner{max-width:980px;margin:0 auto;padding:12px 16px;display:flex;justify-content:space-between;align-items:center}
header a.brand{color:#fff;font:bold 28px Georgia,serif;text-decoration:none}
header nav a{color:#fff;margin-left:14px;font-size:14px;text-decoration:none}
.page{max-width:760px;margin:0 auto;background:#fff;padding:18px 26px 30px}
.crumbs{font-size:13px;color:#777}
.crumbs a{color:#c8102e}
h1{font:bold 32px Georgia,serif;margin:8px 0}
.intro{font-size:18px;line-height:1.5;color:#444}
.meta{font-size:13px;color:#777;border-bottom:1px solid #ddd;padding-bottom:10px}
fieldset.q{border:0;border-top:3px solid #c8102e;margin:22px 0 0;padding:12px 0}
legend{font:bold 19px Georgia,serif;padding:0}
legend .num{display:inline-block;background:#c8102e;color:#fff;border-radius:50%;width:28px;height:28px;text-align:center;line-height:28px;margin-right:8px;font-family:Arial,sans-serif;font-size:15px}
ol.options{list-style:upper-alpha;padding-left:30px}
ol.options li{margin:6px 0;font-size:16px}
details.answer{background:#faf3e6;padding:8px 14px;margin-top:8px}
details.answer summary{cursor:pointer;font-weight:bold;color:#c8102e}
details.answer p{font-size:15px;line-height:1.55}
.score{background:#222;color:#fff;padding:16px;margin-top:26px;text-align:center}
.score button{font-size:17px;padding:8px 24px;background:#c8102e;color:#fff;border:0}
.ad{background:#eee;color:#999;font-size:11px;text-align:center;padding:40px 0;margin:20px 0}
.more{border-top:1px solid #ddd;margin-top:26px}
.more li{margin:6px 0}
footer{background:#222;color:#aaa;font-size:13px;padding:20px 16px;margin-top:30px}
footer .inner{max-width:980px;margin:0 auto}
footer a{color:#ddd}
</style>
</head>
<body>
<header><div class="inner">
  <a class="brand" href="/">The Mersey Bulletin</a>
  <nav aria-label="Main"><a href="/news">News</a><a href="/sport">Sport</a><a href="/whats-on">What's On</a><a href="/quizzes">Quizzes</a><a href="/newsletters">Newsletters</a></nav>
</div></header>
<div class="page">
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/quizzes">Quizzes</a> &rsaquo; News quiz</p>
<h1>News quiz: how closely were you following the news this week?</h1>
<p class="intro">Ten questions on the week's news from Liverpool, Sefton, Wirral and Knowsley. No cheating by scrolling back through the app. Pick your answers, then press the button at the bottom to see your score.</p>
<p class="meta">By <a href="/authors/ged-mccann">Ged McCann</a> &middot; <time datetime="2026-03-14T08:00">Saturday 14 March 2026, 8:00am</time> &middot; Week ending 13 March 2026</p>
<form id="quiz" onsubmit="return mark();">
"""

QUIZ_BOTTOM = """
  <div class="score">
    <button type="submit">Check my score</button>
    <p id="result" aria-live="polite"></p>
  </div>
</form>
<div class="ad" aria-hidden="true">Advertisement</div>
<section class="more">
  <h2>More quizzes</h2>
  <ul>
    <li><a href="/quizzes/news-quiz-week-ending-6-march-2026">News quiz: week ending 6 March 2026</a></li>
    <li><a href="/quizzes/name-the-liverpool-street-from-the-photo">Can you name the Liverpool street from the photo?</a></li>
    <li><a href="/quizzes/scouse-words-quiz">How well do you know your Scouse? Ten words to test you</a></li>
  </ul>
  <p>Get the quiz every Saturday morning: <a href="/newsletters">sign up to our weekend newsletter</a>.</p>
</section>
</div>
<footer><div class="inner">
<p><a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p>
<p>The Mersey Bulletin is an independent news site for Merseyside, published by Pier Head Media CIC, Unit 4, Baltic Creative, Liverpool L1 0AH. Company no. 12873340.</p>
</div></footer>
<script>
var ANSWERS=[@ANSWERS@];
function mark(){var s=0;for(var i=0;i<ANSWERS.length;i++){var c=document.querySelector('input[name="q'+(i+1)+'"]:checked');if(c&&c.value===ANSWERS[i]){s++;}}
document.getElementById('result').textContent='You scored '+s+' out of '+ANSWERS.length+'. '+(s>7?'Top of the class!':(s>4?'Not bad at all.':'Time to read the Bulletin more often.'));return false;}
</script>
</body>
</html>
"""


# ================================================================== 9. A newspaper's public notices page (HTML)

NOTICES = [
    ("Police", "PN-2026-0311", "Police (Property) Act 1897 &ndash; unclaimed property",
     "Wiltshire Police",
     ["Notice is hereby given that the Chief Constable of Wiltshire Police holds the property listed below, which "
      "has come into the possession of the police in connection with criminal investigations or as found "
      "property, and whose owners cannot be traced.",
      "<strong>Bicycles (14):</strong> including a red Carrera mountain bike recovered in Fisherton Street, "
      "Salisbury, on 2 November 2025; a child's blue balance bike recovered at Churchill Gardens; a black "
      "electric bike recovered in Amesbury.<br><strong>Other items:</strong> a petrol lawnmower; two gold rings "
      "and a wristwatch; a set of golf clubs; power tools (drill, angle grinder, nail gun).",
      "Any person who believes they are the owner of any of these items should contact the Property Store, "
      "Wiltshire Police, quoting reference PN-2026-0311, by telephone on 101 or in writing to the address below, "
      "within 28 days of the date of this notice, with proof of ownership. After that date an application will be "
      "made to the magistrates' court under section 1 of the Act for an order allowing the property to be sold or "
      "otherwise disposed of, and any money raised will be used as the Act allows.",
      "Property Store, Wiltshire Police, London Road, Devizes SN10 2DN. Dated 9 March 2026."]),
    ("Traffic and roads", "PN-2026-0307", "Road Traffic Regulation Act 1984, section 16A &ndash; temporary "
     "prohibition of traffic, Salisbury city centre (St George's Day parade)", "Wiltshire Council",
     ["Notice is hereby given that Wiltshire Council intends to make an Order under section 16A of the Road "
      "Traffic Regulation Act 1984, the effect of which will be to prohibit any vehicle from entering or "
      "proceeding in the lengths of road listed below on Sunday 26 April 2026 between 10:00 and 13:00, to "
      "enable the St George's Day parade to take place safely.",
      "Lengths of road: Blue Boar Row; Queen Street; New Canal; Catherine Street; St John's Street (from its "
      "junction with New Street to its junction with St Ann Street).",
      "The prohibition will not apply to vehicles being used for police, fire and rescue or ambulance purposes, "
      "or to anything done with the permission or at the direction of a police constable in uniform or a person "
      "authorised by the Council. Alternative routes will be signed.",
      "Parvis Khansari, Director of Highways and Transport, Wiltshire Council, County Hall, Bythesea Road, "
      "Trowbridge BA14 8JN. Dated 9 March 2026."]),
    ("Licensing", "PN-2026-0302", "Licensing Act 2003 &ndash; application for the grant of a premises licence: "
     "The Old Bridewell, 4 Bridewell Lane, Salisbury", "Bridewell Taverns Ltd",
     ["Notice is given that Bridewell Taverns Ltd has applied to Wiltshire Council, the licensing authority, for "
      "the grant of a premises licence at The Old Bridewell, 4 Bridewell Lane, Salisbury SP1 2AB, the former "
      "city lock-up, to permit the sale of alcohol on and off the premises, live and recorded music, and late "
      "night refreshment, Monday to Thursday 10:00 to 23:30, Friday and Saturday 10:00 to 01:30, Sunday 12:00 to "
      "23:00.",
      "Any responsible authority, including Wiltshire Police, or any other person may make representations to "
      "the licensing authority in writing by 3 April 2026. The register and the application may be seen at the "
      "Licensing Office, Bourne Hill, Salisbury, by appointment. It is an offence, liable on summary conviction "
      "to an unlimited fine, knowingly or recklessly to make a false statement in connection with an application."]),
    ("Planning", "PN-2026-0298", "Town and Country Planning Act 1990 &ndash; applications received",
     "Wiltshire Council",
     ["The following applications may be seen on the council's planning portal. Comments must be made within 21 "
      "days of the date of this notice.",
      "<strong>PL/2026/01877</strong> Former Police Station, Wilton Road, Salisbury SP2 7HR &ndash; change of "
      "use and conversion of former police station to 12 flats, demolition of the garage block and custody "
      "suite extension, and 14 parking spaces. (Affects the setting of a listed building.)",
      "<strong>PL/2026/01902</strong> Land at Old Sarum Business Park &ndash; erection of a warehouse with "
      "ancillary offices (use class B8) and security gatehouse.",
      "<strong>PL/2026/01915</strong> 22 Castle Road, Salisbury &ndash; installation of CCTV cameras and "
      "security shutters to the shopfront (listed building consent)."]),
    ("Public meetings", "PN-2026-0295", "Wiltshire and Swindon Police and Crime Panel &ndash; notice of meeting",
     "Wiltshire Council (host authority)",
     ["The Wiltshire and Swindon Police and Crime Panel will meet at 10:30 on Thursday 26 March 2026 in the "
      "Council Chamber, County Hall, Trowbridge. The agenda includes: the Police and Crime Commissioner's "
      "update on the police and crime plan; the Commissioner's proposed appointment of a Deputy; complaints "
      "against the Commissioner; and the panel's work programme.",
      "The meeting is open to the public and will be webcast. Members of the public may ask a question by "
      "giving notice to Democratic Services by 12:00 on Monday 23 March 2026."]),
    ("Statutory", "PN-2026-0293", "Anti-social Behaviour, Crime and Policing Act 2014 &ndash; proposal to "
     "extend the Salisbury City Centre Public Spaces Protection Order", "Wiltshire Council",
     ["Wiltshire Council, having consulted the Chief Constable of Wiltshire Police and the Police and Crime "
      "Commissioner, proposes to extend for a further three years the Public Spaces Protection Order for "
      "Salisbury city centre, which expires on 30 April 2026. The Order prohibits the consumption of alcohol in "
      "the restricted area when asked to stop by a police officer, PCSO or authorised council officer, and "
      "requires dogs to be kept on leads in the Market Place and the Guildhall Square.",
      "A map of the restricted area and the draft Order may be seen on the council's website. Comments on the "
      "proposal may be sent by 10 April 2026 to the Community Safety Team, Wiltshire Council, Bourne Hill, "
      "Salisbury SP1 3UZ."]),
    ("Deceased estates", "PN-2026-0290", "Trustee Act 1925, section 27 &ndash; deceased estates", "Various",
     ["<strong>ABBOTT, Peter John</strong>, retired police inspector, of 8 Manor Farm Road, Salisbury, died 14 "
      "January 2026. Claims to Lydford &amp; Webb Solicitors, 31 Endless Street, Salisbury SP1 3UH, by 14 May 2026.",
      "<strong>FOX, Margaret Ann</strong>, retired school secretary, of 2 Brown Street, Salisbury, died 30 "
      "December 2025. Claims to Chalke Valley Probate, The Old Forge, Bowerchalke SP5 5BL, by 12 May 2026.",
      "<strong>GARLAND, Stephen</strong>, security officer, of Flat 3, 19 Milford Street, Salisbury, died 2 "
      "February 2026. Claims to Lydford &amp; Webb Solicitors (address above) by 14 May 2026."]),
    ("Statutory", "PN-2026-0287", "Notice of casual vacancy &ndash; Laverstock and Ford Parish Council",
     "Wiltshire Council (Returning Officer)",
     ["Notice is hereby given that a casual vacancy exists in the office of Councillor for the Laverstock Ward "
      "of Laverstock and Ford Parish Council. If by 30 March 2026 a request for an election to fill the vacancy "
      "is made in writing to the Returning Officer by ten electors for the parish, an election will be held. "
      "If no such request is made, the parish council will fill the vacancy by co-option."]),
]


def _notices_html() -> str:
    cards = []
    for category, ref, title, by, paragraphs in NOTICES:
        body = "\n".join("      <p>%s</p>" % p for p in paragraphs)
        cards.append(
            '  <article class="notice" id="%s">\n'
            '    <p class="cat">%s</p>\n'
            '    <h2>%s</h2>\n'
            '    <p class="by">Placed by %s &middot; Published 9 March 2026 &middot; Notice ID %s</p>\n'
            '    <div class="text">\n%s\n    </div>\n'
            '    <p class="links"><a href="/notices/%s.pdf">Download PDF</a> &middot; <a href="#">Share</a> '
            '&middot; <a href="#">Report a problem with this notice</a></p>\n'
            '  </article>' % (ref.lower(), category, title, by, ref, body, ref.lower()))
    return NOTICES_TOP + "\n".join(cards) + NOTICES_BOTTOM


NOTICES_TOP = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Public notices &ndash; Salisbury and South Wiltshire | Salisbury &amp; Avon Journal</title>
<meta name="description" content="Statutory and legal notices for Salisbury and South Wiltshire: planning, licensing, traffic orders, police property, deceased estates.">
<style>
body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#222;background:#fff}
.mast{border-bottom:1px solid #ccc;padding:10px 20px;display:flex;justify-content:space-between;align-items:center}
.mast a.logo{font:bold 26px "Times New Roman",serif;color:#3b1f5c;text-decoration:none}
.mast nav a{margin-left:14px;color:#3b1f5c;font-size:14px}
.band{background:#3b1f5c;color:#fff;padding:18px 20px}
.band h1{margin:0;font:bold 28px "Times New Roman",serif}
.band p{margin:6px 0 0;font-size:14px}
.layout{display:grid;grid-template-columns:240px minmax(0,1fr);gap:30px;max-width:1080px;margin:0 auto;padding:20px}
.filters h3{font-size:14px;text-transform:uppercase;color:#3b1f5c}
.filters label{display:block;font-size:14px;margin:4px 0}
.place{background:#f1ecf7;padding:12px;margin-top:20px;font-size:14px}
.place a.btn{display:inline-block;background:#3b1f5c;color:#fff;padding:6px 12px;text-decoration:none;margin-top:6px}
.results{font-size:14px;color:#555;border-bottom:1px solid #ddd;padding-bottom:8px}
article.notice{border:1px solid #ddd;border-top:4px solid #3b1f5c;padding:12px 16px;margin:16px 0}
article.notice .cat{display:inline-block;background:#f1ecf7;color:#3b1f5c;font-size:12px;font-weight:bold;text-transform:uppercase;padding:2px 6px;margin:0}
article.notice h2{font:bold 19px "Times New Roman",serif;margin:8px 0 4px}
article.notice .by{font-size:12px;color:#777;margin:0 0 8px}
article.notice .text p{font-family:"Times New Roman",serif;font-size:15px;line-height:1.45}
article.notice .links{font-size:12px}
.pager{font-size:14px}
footer{background:#eee;padding:16px 20px;font-size:12px;color:#555}
</style>
</head>
<body>
<header class="mast">
  <a class="logo" href="/">Salisbury &amp; Avon Journal</a>
  <nav aria-label="Main"><a href="/news">News</a><a href="/sport">Sport</a><a href="/whats-on">What's On</a><a href="/announcements">Announcements</a><a href="/public-notices">Public notices</a><a href="/subscribe">Subscribe</a></nav>
</header>
<div class="band">
  <h1>Public notices</h1>
  <p>Planning, licensing, roads, police property, probate and other legal notices for Salisbury and South Wiltshire, as published in the Thursday print edition.</p>
</div>
<div class="layout">
<aside class="filters">
  <form action="/public-notices" method="get">
    <h3>Search notices</h3>
    <label for="q" class="sr">Keyword or postcode</label>
    <input id="q" name="q" type="search" placeholder="Keyword or postcode">
    <h3>Category</h3>
    <label><input type="checkbox" name="cat" value="planning"> Planning</label>
    <label><input type="checkbox" name="cat" value="licensing"> Licensing</label>
    <label><input type="checkbox" name="cat" value="traffic"> Traffic and roads</label>
    <label><input type="checkbox" name="cat" value="police"> Police</label>
    <label><input type="checkbox" name="cat" value="deceased"> Deceased estates</label>
    <label><input type="checkbox" name="cat" value="meetings"> Public meetings</label>
    <label><input type="checkbox" name="cat" value="statutory"> Statutory</label>
    <h3>Published</h3>
    <label><input type="radio" name="when" value="week" checked> This week</label>
    <label><input type="radio" name="when" value="month"> Last 30 days</label>
    <button type="submit">Apply</button>
  </form>
  <div class="place">
    <strong>Need to place a notice?</strong><br>Statutory, legal and probate notices are published in print and online. Deadline: Monday 12 noon for Thursday's paper.<br>
    <a class="btn" href="/public-notices/place">Place a notice</a><br>Or call our notices desk on 01632 960 615.
  </div>
</aside>
<main>
<p class="results">Showing 8 notices published this week (9 March 2026), newest first.</p>
"""

NOTICES_BOTTOM = """
<p class="pager"><a href="/public-notices?page=2">Older notices &rsaquo;</a></p>
<p class="results">Notices are published as supplied by the organisations that placed them. The Salisbury &amp; Avon Journal is not responsible for their content. Notices are also available on the national public notice portal.</p>
</main>
</div>
<footer>
<p>&copy; 2026 Salisbury &amp; Avon Journal, part of Cathedral Close Media Ltd, 8 Rollestone Street, Salisbury SP1 1DX. Registered in England no. 03388120. <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A family historian's research notes (Markdown)

FAMILY_MD = """---
title: "PC Walter Hirst (1889-1926) - research notes"
person: Walter Hirst
relationship: great-grandfather (Mum's side: Walter > Doris > Mum > me)
researcher: Helen Marsden
started: 2024-11-02
updated: 2026-02-21
tags: [hirst, bradford, police, ww1, died-on-duty]
status: in progress
---

# PC Walter Hirst (1889-1926)

> [!summary] What I know so far
> Born Shipley 1889. Mill hand, then joined **Bradford City Police** 1913 (warrant no. 412). Army 1916-19 (West Yorks Regt). Back in the police 1919. Died 11 Aug 1926 after being hit by a lorry on point duty at Forster Square. Wife Ada (nee Pickles), three children incl. Gran (Doris, b. 1921). Buried Scholemoor Cemetery, **public grave, no stone** (see below).

Related: [[Ada Hirst nee Pickles]] · [[Doris Marsden nee Hirst]] · [[Bradford City Police - how the records work]] · [[Research log 2026]]

## Timeline

| Date | Event | Source |
|---|---|---|
| 3 Apr 1889 | Born, 14 Dock Lane, Shipley | Birth cert (ordered GRO, arrived Dec 2024) |
| 1901 | Age 11, "half-timer" at Salts Mill | 1901 census, Shipley |
| 1911 | Age 22, wool comber, lodging in Manningham | 1911 census |
| 6 Jan 1913 | Appointed constable, Bradford City Police, no. 412 | Watch Committee minutes (index, see below) |
| 1916-1919 | Served West Yorkshire Regiment, wounded 1917 | Service record (burnt? only pension record survives) |
| 1919 | Rejoined police | Watch Committee minutes |
| 14 Jun 1919 | Married Ada Pickles, St Barnabas, Heaton | Marriage cert |
| 1922 | Commended for stopping a runaway horse and cart on Manningham Lane | Watch Committee minutes + Telegraph & Argus? (check) |
| 11 Aug 1926 | Died, Bradford Royal Infirmary, after lorry hit him on point duty, Forster Square | Death cert; inquest report in newspaper |
| 16 Aug 1926 | Funeral; "officers lined the route" | Newspaper |

## Bradford City Police - notes on records

- Bradford had its **own borough / city force** from 1848 until 1974, when it went into West Yorkshire. So he was never "West Yorkshire Police" - the old force's records went to the archive, not the force.
- Personnel registers: patchy. 1913 intake register survives, has his height (5 ft 11), chest, previous job, and "character: very good".
- No photo yet. Ask Auntie Jean AGAIN about the tin box.

## The Watch Committee Index

The Watch Committee Index is the Aire Valley Family History Society's volunteer project. Since 2021 about thirty of its members have been photographing and indexing every name in the Bradford City Police Watch Committee minute books, 1848 to 1974, which are kept at the archive in Bradford, and putting the index on the society's website free for anyone to search. They have done 1848 to 1931 so far, about 61,000 entries, and they reckon another three years for the rest. This is how I found Walter's appointment, his commendation in 1922 and the payment of a gratuity to Ada after he died (£150!). The archive just lets them use the search room on Wednesdays - it's all the society's own volunteers.

- Index entries for Walter: 7 (appointment 1913, leave to join army 1916, reinstatement 1919, pay increase 1920, commendation 1922, inquest report 1926, gratuity to widow 1926)
- TODO: volunteer for them? They want people to check transcriptions from home.

## Inquest & newspaper

- Inquest 13 Aug 1926: lorry driver's brakes failed coming down Cheapside; verdict accidental death; coroner praised "a fine and steady officer".
- Newspaper report says Chief Constable and 200 officers at funeral. Print copy from the library microfilm (Central Library, 2nd floor). Cost 50p a page.
- National roll of honour for officers who died on duty - he IS listed (found Nov 2024). Date right, cause right, but says "Walter Hurst" - emailed them to correct.

## The grave

Scholemoor Cemetery, section K, plot 1147. Public (common) grave = family couldn't afford a stone; 4 other burials in same plot, not related.

### Graves of the Fallen

Graves of the Fallen is a West Yorkshire Police project, run with Bradford Council's bereavement services. Since 2023 the force's heritage team and volunteers from its retired officers' association have been finding the graves of officers from West Yorkshire's old forces (Bradford, Leeds, Halifax, Huddersfield, Wakefield and the county) who died on duty, many of them unmarked. Bradford Council's bereavement services find the plots in the burial registers, reset any headstones that have fallen and give permission for a small bronze plaque on unmarked graves, and the force holds a short service at each grave and invites the families. They have found 23 graves in Bradford so far and marked 9. I emailed them 3 Feb 2026 after the roll of honour people passed on my details - Sgt Naylor rang back the next day(!). They already had Walter on their list but didn't know he had family.

- Plaque for Walter planned for **May 2026** - they'll confirm the date. Ask Mum if she is up to it. Tell Auntie Jean, cousin Mark, and Gran's side in Keighley.
- They want a photo of him for the service sheet -> the tin box again.

## Questions / to do

- [x] Order birth cert
- [x] Find burial plot (Scholemoor office - very helpful, 10 mins on phone)
- [ ] Auntie Jean - tin box, photo
- [ ] Army pension record - check Fold3 vs Ancestry
- [ ] Was he ever at the Tyrrel Street police station? (the 1922 minutes mention "Tyrrel St division")
- [ ] Newspaper microfilm - Aug 1926, also 1922 for the horse story
- [ ] Ask the Graves of the Fallen people whether other Bradford officers from 1926 are buried near him
- [ ] Volunteer for the Watch Committee Index transcription checking

## Sources (full citations)

1. GRO birth index, Wharfedale district, Jun qtr 1889, vol 9a p. 122.
2. 1911 census, RG14/27301, schedule 88.
3. Bradford City Police Watch Committee minutes, via the Aire Valley FHS Watch Committee Index (online), entries WC1913/004, WC1922/117, WC1926/201.
4. GRO death index, Bradford district, Sep qtr 1926, vol 9b p. 318.
5. Scholemoor Cemetery burial register, section K, plot 1147 (by phone, 14 Jan 2026).
"""


# ================================================================== 11. A befriending charity's telephone script (plain text)

CALL_TXT = """COLNE VALLEY BEFRIENDERS
WINTER CHECK-IN CALLS 2025/26
CALL SCRIPT FOR VOLUNTEER CALLERS

Version 2 - November 2025 - replaces all earlier versions
Keep this by the phone. Lines in [square brackets] are notes for you: do not read them out.
Everything else is a guide, not a script to read word for word. Be yourself.

======================================================================
ABOUT THESE CALLS (please read before your first shift)
======================================================================

Winter Check-in Calls is our own winter phone round. From 1 November to
31 March our volunteer callers ring every member aged 75 or over who lives
alone in Halstead, Earls Colne, the Hedinghams and the villages around, once
a week at a time the member has chosen. We check they are warm, eating and
well, that they have their medicines and enough money for heating, and we
pass on anything that needs doing to our office team the same day. Last
winter 38 volunteers made 4,912 calls to 211 members. Our office helped 46
members to claim Pension Credit or the Warm Home Discount, and made 19
urgent referrals to the council's adult social care team.

You will have between five and eight members on your list. Please ring them
on the same day each week, from the office phones or from home using the
number-withheld app (never your own mobile with your number showing).

----------------------------------------------------------------------
BEFORE YOU CALL
----------------------------------------------------------------------

[ ] Read the notes from last week's call on the call sheet.
[ ] Check for any "do not call before" times or hearing needs (speak slowly,
    let it ring at least 12 times).
[ ] Have the CALL SHEET and this script in front of you.
[ ] If you are not feeling up to it today, tell the office. That's fine.

----------------------------------------------------------------------
1. OPENING
----------------------------------------------------------------------

"Hello, is that [member's name]? It's [your first name] from Colne Valley
Befrienders, ringing for our weekly chat. Is now still a good time?"

[If they don't recognise the name of the charity: "We're the befriending
group that Sue from the office told you about - the weekly winter calls."]

[If it is NOT a good time: agree another time today or tomorrow and write it
on the call sheet.]

[If someone else answers: ask for the member by name. Do not discuss the
member with anyone else unless the member has said you may.]

----------------------------------------------------------------------
2. HOW ARE YOU?
----------------------------------------------------------------------

"How have you been since we last spoke?"
"What have you been up to this week?"
[Listen. This is the most important part of the call. Let them talk.]

----------------------------------------------------------------------
3. WARM AND WELL
----------------------------------------------------------------------

"Has the house been warm enough this week?"
"Are you managing to get a hot meal most days?"
"Have you got enough of your tablets?"
"Have you been out, or has anyone been in to see you?"
[If the answer to any of these worries you, see section 6.]

----------------------------------------------------------------------
4. THIS WINTER'S SCAM MESSAGE
----------------------------------------------------------------------

[Background for you, not to read out:]

[Operation Hearthstone is Essex Police's work against courier fraud, where
criminals phone older people pretending to be police officers or bank staff
and send a "courier" to collect cash, cards or jewellery. Since September
2025 the force's Economic Crime Unit has had a Fraud Protect officer in each
district who visits every courier fraud victim aged 70 or over within 48
hours, and its officers have trained cashiers in bank and post office
branches across the county to spot customers who are drawing out large sums
while on the phone. The force says reports of courier fraud in Braintree
district fell from 27 to 11 between last winter and this one, and that
cashiers have stopped 38 payments.]

[The call blocker scheme is run by Essex County Council's Trading Standards.
It lends a free call blocker to older residents who keep getting nuisance or
scam calls: the blocker lets through family, friends and the numbers the
member chooses, and asks everyone else to say who they are. Trading
Standards has fitted more than 1,100 since 2021 and says they stop 98 per
cent of nuisance calls. We can refer members: use form CB1 in the folder,
with the member's permission.]

Say:
"One thing we're mentioning to everyone this winter: the police and your
bank will never ask you to hand over your bank card or cash, or to move
your money, and they'll never send a courier to collect it. If anyone rings
and asks you to, it's a scam - put the phone down, wait five minutes, and
ring someone you trust."

"Do you get many calls from people you don't know?"
[If yes: offer the call blocker referral.]

----------------------------------------------------------------------
5. ENDING THE CALL
----------------------------------------------------------------------

"Is there anything you'd like us to help with before next week?"
"Lovely to talk to you. I'll ring again next [day] at about [time]."
[Never promise something the office hasn't agreed to. Say: "I'll ask the
office and someone will ring you back."]

----------------------------------------------------------------------
6. IF YOU ARE WORRIED
----------------------------------------------------------------------

- If the member is hurt, very unwell, confused and alone, or in danger:
  end the call and ring 999. Then ring the office.
- If the member tells you about a crime, or a scam call that has just
  happened: help them report it to the police on 101, or with their
  agreement ring on their behalf. Write the reference on the call sheet.
- Anything else that worries you (cold house, no food, not coping):
  ring the office on 01632 960 287 the same day. Out of hours, ring the
  safeguarding lead, Margaret Dowsett, on 07700 900 641.
- If the member doesn't answer two calls in a row: ring the office. Do NOT
  go round yourself.

----------------------------------------------------------------------
7. RECORDING THE CALL
----------------------------------------------------------------------

Use one line of the CALL SHEET per call. Codes:

  OK .... all well, nothing to pass on
  FU .... follow-up needed by the office (say what)
  SC .... scam or nuisance calls mentioned
  CB .... call blocker referral made (form CB1)
  SR .... safeguarding concern passed to the office / lead
  NA .... no answer (note the time)

Hand in or email your call sheets every Friday. Call sheets are
confidential: keep them in the folder, never in a bag you leave in the car.

======================================================================
Colne Valley Befrienders, The Old Chapel, 3 Parsonage Street, Halstead
CO9 2LD. Office 01632 960 287 (Mon-Fri 9.30am-3.30pm).
Registered charity no. 1149203. We keep members' details under our
privacy notice, which volunteers must read before their first call.
======================================================================
"""


TEXT_DOCUMENTS = {
    "solent-evening-post-your-rights-keyless-car-theft-insurer-refused-claim.html": lambda: COLUMN_HTML,
    "mersey-bulletin-news-quiz-week-ending-13-march-2026.html": _quiz_html,
    "salisbury-avon-journal-public-notices-9-march-2026.html": _notices_html,
    "pc-walter-hirst-1889-1926-bradford-city-police-family-history-notes.md": lambda: FAMILY_MD,
    "colne-valley-befrienders-winter-check-in-calls-script-for-volunteers.txt": lambda: CALL_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    auction_catalogue(out)
    heritage_trail(out)
    activity_booklet(out)
    novel_submission(out)
    business_plan(out)
    constitution(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
