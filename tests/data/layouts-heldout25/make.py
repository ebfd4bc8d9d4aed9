"""Write the documents of the twenty-fifth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout25/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a chamber of commerce's
members' magazine, a local Citizens Advice's annual report, a wildlife trust's members' magazine
feature, a market traders' association's newsletter, a foster carers' association's newsletter and
a community first responders group's annual report to its members. The HTML, Markdown and
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

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", zebra=None, lines="grid"):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
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


def _panel(flowables, width, fill, border, pad=7, border_width=0.8):
    """A boxed panel: a one-cell table holding a list of flowables."""
    box = Table([[flowables]], colWidths=[width])
    commands = [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad - 2), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), border_width, border))
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


# ------------------ 1. A chamber of commerce's members' magazine (PDF, A4, three columns)

CL_NAVY = colors.HexColor("#12305a")
CL_TEAL = colors.HexColor("#0f8a8a")
CL_PALE = colors.HexColor("#e6f3f3")
CL_BODY = ParagraphStyle("clbody", fontName="Times-Roman", fontSize=9.2, leading=11.6, spaceAfter=5)
CL_KICK = ParagraphStyle("clkick", fontName="Helvetica-Bold", fontSize=7.6, leading=9, textColor=CL_TEAL,
                         spaceAfter=2)
CL_HEAD = ParagraphStyle("clhead", fontName="Helvetica-Bold", fontSize=19, leading=21.5, textColor=CL_NAVY,
                         spaceAfter=5)
CL_H2 = ParagraphStyle("clh2", fontName="Helvetica-Bold", fontSize=13, leading=15, textColor=CL_NAVY,
                       spaceBefore=4, spaceAfter=4, keepWithNext=1)
CL_H3 = ParagraphStyle("clh3", fontName="Helvetica-Bold", fontSize=9.4, leading=11.5, textColor=CL_NAVY,
                       spaceBefore=3, spaceAfter=3, keepWithNext=1)
CL_STAND = ParagraphStyle("clstand", fontName="Helvetica", fontSize=10, leading=12.8,
                          textColor=colors.HexColor("#3d4f66"), spaceAfter=6)
CL_SIDE = ParagraphStyle("clside", parent=CL_BODY, fontName="Helvetica", fontSize=8.2, leading=10.4)
CL_RES = ParagraphStyle("clres", fontName="Helvetica-Bold", fontSize=8, leading=10.2, textColor=CL_NAVY,
                        leftIndent=8, bulletIndent=0, bulletColor=CL_TEAL, spaceAfter=3)
CL_PULL = ParagraphStyle("clpull", fontName="Times-Italic", fontSize=12.5, leading=15, textColor=CL_TEAL,
                         spaceBefore=4, spaceAfter=2)
CL_PULLBY = ParagraphStyle("clpullby", fontName="Helvetica", fontSize=7.4, leading=9, textColor=CL_NAVY,
                           spaceAfter=8)
CL_CELL = ParagraphStyle("clcell", fontName="Helvetica", fontSize=7.2, leading=8.8)
CL_CELLB = ParagraphStyle("clcellb", parent=CL_CELL, fontName="Helvetica-Bold", textColor=colors.white)
CL_SMALL = ParagraphStyle("clsmall", parent=CL_SIDE, fontSize=7.3, leading=9, spaceAfter=2)


def _cl_page_factory(total):
    def _cl_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page == 1:
            canvas.setFillColor(CL_NAVY)
            canvas.rect(0, height - 100, width, 100, stroke=0, fill=1)
            canvas.setFillColor(CL_TEAL)
            canvas.rect(0, height - 106, width, 6, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 34)
            canvas.drawString(36, height - 56, "Chamber Link")
            canvas.setFont("Helvetica", 9.5)
            canvas.drawString(36, height - 76, "The members' magazine of the Wolds & Humber Chamber of Commerce")
            canvas.setFont("Helvetica-Bold", 9.5)
            canvas.drawRightString(width - 36, height - 44, "WINTER 2025")
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(width - 36, height - 57, "Issue 74")
            canvas.drawRightString(width - 36, height - 76, "Hull \u00b7 Beverley \u00b7 Goole \u00b7 Grimsby")
        else:
            canvas.setFillColor(CL_NAVY)
            canvas.setFont("Helvetica-Bold", 7.8)
            canvas.drawString(36, height - 26, "CHAMBER LINK")
            canvas.setFont("Helvetica", 7.8)
            canvas.drawString(104, height - 26, "Winter 2025")
            canvas.drawRightString(width - 36, height - 26, "Members' news")
            canvas.setStrokeColor(CL_TEAL)
            canvas.setLineWidth(2)
            canvas.line(36, height - 32, width - 36, height - 32)
        canvas.setStrokeColor(CL_NAVY)
        canvas.setLineWidth(0.5)
        canvas.line(36, 38, width - 36, 38)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 6.6)
        canvas.drawString(36, 27, "Wolds & Humber Chamber of Commerce, Chamber House, 12 Quay Street, Hull HU1 1HX  "
                                  "\u00b7  01632 960400  \u00b7  chamberlink@wolds-humber-chamber.example.co.uk")
        canvas.drawString(36, 18, "Views expressed by contributors are not necessarily those of the Chamber. "
                                  "Advertising does not imply endorsement.")
        canvas.setFont("Helvetica-Bold", 10)
        canvas.setFillColor(CL_TEAL)
        canvas.drawRightString(width - 36, 22, str(doc.page))
        canvas.restoreState()
    return _cl_page


def _cl_story(col_w):
    p = lambda text, style=CL_BODY: Paragraph(text, style)  # noqa: E731
    r = lambda text: Paragraph(text, CL_RES, bulletText="\u25b8")  # noqa: E731
    president = _panel([
        p("FROM THE PRESIDENT", CL_KICK),
        p("A year of picking up the phone", CL_H3),
        p("This is my last Chamber Link as your President before I hand over at the AGM in March, so forgive me "
          "a look back. Membership has grown to 1,480 businesses, the most since 2008, and 612 of you joined us at "
          "the Business Awards dinner in October. Our trade team issued 9,300 export documents, up 6% on last "
          "year.", CL_SIDE),
        p("Two stories in this issue began the same way: with a member ringing us for help. One was about "
          "fraudsters, the other about finding staff. I hope both make you think about what the Chamber can do "
          "for you.", CL_SIDE),
        p("<b>Richard Hewson, President</b><br/>Managing Director, Hewson Marine Engineering", CL_SIDE),
    ], col_w, CL_PALE, None, pad=8)
    contents = _panel([
        p("IN THIS ISSUE", CL_KICK),
        p("Cyber Ready: the results &nbsp;1<br/>Second chances on the shop floor &nbsp;2<br/>Policy corner &nbsp;2"
          "<br/>Events &nbsp;2<br/>Welcome to our new members &nbsp;2", CL_SIDE),
    ], col_w, None, CL_NAVY, pad=8)
    advert = _panel([
        p("ADVERTISEMENT", ParagraphStyle("ad", parent=CL_SMALL, textColor=colors.HexColor("#777777"))),
        p("<b>Carr &amp; Lowther Solicitors</b>", ParagraphStyle("adh", parent=CL_H3, textColor=colors.black)),
        p("Employment law advice line for Chamber members. Thirty minutes free on any staffing question, "
          "from contracts to tribunals.", CL_SIDE),
        p("<b>Call 01632 960421</b>", CL_SIDE),
    ], col_w, colors.HexColor("#f4f1e8"), colors.HexColor("#9a8c5c"), pad=8)
    events = _table([["Date", "Event", "Price"],
                     ["Thu 15 Jan", "Business breakfast: Humberside Police on business crime, Beverley", "\u00a318"],
                     ["Wed 28 Jan", "Export documentation masterclass, Hull", "\u00a395"],
                     ["Thu 12 Feb", "Women in Business lunch, Grimsby", "\u00a332"],
                     ["Fri 6 Mar", "Annual General Meeting, Hull", "Free"]],
                    [44, col_w - 44 - 34, 34], CL_CELL, CL_NAVY, CL_CELLB, grid="#b9c6d6", lines="rule")
    return [
        president,
        Spacer(1, 10),
        contents,
        Spacer(1, 10),
        p("Chamber Link is posted to every member business and sent as a PDF to named contacts. To add a "
          "colleague to the list, email the address below.", CL_SMALL),
        FrameBreak(),
        p("BUSINESS CRIME", CL_KICK),
        p("Cyber Ready: the year our members shut the door on the fraudsters", CL_HEAD),
        p("Last winter a run of invoice frauds and a ransomware attack cost members dearly. So we asked "
          "Humberside Police's Cyber Protect officers to help. <b>Sarah Lund</b> reports.", CL_STAND),
        FrameBreak(),
        p("It started with a phone call to our Hull office in January. A family-run engineering firm in Hessle "
          "had paid a supplier's invoice of \u00a346,000 into a new bank account, after an email from what looked "
          "like the supplier's accounts team. The email was genuine: the supplier's mailbox had been taken over. "
          "By the end of the month five more members had rung with similar stories, and a haulage firm in Goole "
          "had spent a week writing orders out by hand after ransomware locked its systems."),
        p("In February the Chamber and Humberside Police's Cyber Protect team launched Cyber Ready, free to any "
          "member with fewer than 250 staff. The force's Protect officers visited members' premises to carry out "
          "a cyber health check, going through passwords, backups, two-step sign-in and how payments to new bank "
          "details are approved. The Chamber hosted six tabletop workshops at its Hull and Beverley offices, "
          "using the National Cyber Security Centre's Exercise in a Box, where directors and office staff walked "
          "through a ransomware attack hour by hour. And when the team sees a new scam hitting local firms, the "
          "Chamber now sends members an alert the same day."),
        _panel([p("Cyber Ready, February to October 2025", ParagraphStyle("rh", parent=CL_KICK, textColor=CL_NAVY)),
                r("86 health checks at members' premises"),
                r("41 firms ran a tabletop exercise"),
                r("Invoice fraud losses reported by members: \u00a3212,000 in 2024, \u00a338,500 this year"),
                r("No ransomware attack on a taking-part member since March")],
               col_w, CL_PALE, CL_TEAL, pad=6),
        Spacer(1, 6),
        p("\u201cMost of the firms we saw had antivirus and a firewall. What they didn't have was a rule that nobody "
          "changes a supplier's bank details on the strength of an email,\u201d says DC Amy Rowntree of the Cyber "
          "Protect team. \u201cThat one rule would have stopped most of last year's losses.\u201d"),
        p("\u201cThat one rule would have stopped most of last year's losses.\u201d", CL_PULL),
        p("DC AMY ROWNTREE, HUMBERSIDE POLICE", CL_PULLBY),
        p("The loss figures are what members told the Chamber and the force; firms that lost money and did not "
          "report it are not counted. Cyber Ready carries on in 2026, and checks can be booked through our "
          "business support team."),
        p("BUSINESS SUPPORT", CL_KICK),
        p("Need a hand?", CL_H3),
        p("Our advisers answer members' questions on exporting, employment, funding and premises, free. Ring "
          "01632 960410 or book a call online. Out of hours, the Business Crime Hotline at the force is still "
          "101.", CL_SIDE),
        FrameBreak(),
        p("MEMBER STORY", CL_KICK),
        p("Second chances on the shop floor", CL_H2),
        p("When Holderness Foods could not fill night shifts at its Hedon bakery in 2023, operations director "
          "Mark Skelton tried something the firm had never done: recruiting people who were about to leave "
          "prison."),
        p("Since September 2023 the bakery has worked with the employment hub at HMP Humber, the resettlement "
          "prison near Brough. Hub staff put forward men in the last months of their sentence; Holderness Foods "
          "interviews them inside, offers jobs that start on release day and gives each new starter a named buddy "
          "on the line for the first three months. The firm pays for a food hygiene course before release, so "
          "nobody walks through the gate without a certificate."),
        _panel([r("14 people hired from HMP Humber"),
                r("11 still with the firm after six months"),
                r("2 now team leaders on the night shift")], col_w, CL_PALE, CL_TEAL, pad=6),
        Spacer(1, 6),
        p("\u201cThey turn up, they want the hours and they don't take the job for granted,\u201d says Mark. "
          "\u201cI'd ask any member struggling to recruit to pick up the phone to the hub.\u201d"),
        p("POLICY", CL_KICK),
        p("Policy corner", CL_H2),
        p("<b>Employment Rights Bill.</b> Day-one rights to protection from unfair dismissal are now expected "
          "from 2027, with a statutory probation period still to be set. We gave evidence for members in "
          "September and will brief you when the rules are published."),
        p("<b>Business rates.</b> The 2026 revaluation draft lists are out. Check yours before April: the "
          "average rateable value for a warehouse in our area is up 14%."),
        p("<b>Local growth plan.</b> The combined authority's draft names the Humber ports and food "
          "manufacturing as priorities. Members can comment until 30 January."),
        FrameBreak(),
        p("EVENTS", CL_KICK),
        p("Dates for your diary", CL_H2),
        events,
        Spacer(1, 4),
        p("Prices are for members and include VAT. Book at the Chamber's events page.", CL_SMALL),
        Spacer(1, 8),
        p("WELCOME", CL_KICK),
        p("Welcome to our new members", CL_H2),
        p("Aldbrough Coffee Roasters, Hornsea &middot; Brigg Road Tyres, Scunthorpe &middot; Castle Street Dental, "
          "Hull &middot; Cottingham Physio Studio &middot; Flamborough Sea Kayaks &middot; Humber Bank Cold Store "
          "Ltd, Immingham &middot; Juniper &amp; Sloe Events, Beverley &middot; Pocklington Print &middot; "
          "Wilberfoss Vets", CL_SIDE),
        Spacer(1, 8),
        advert,
    ]


def chamber_link(out: Path) -> None:
    """A chamber of commerce's members' magazine (A4, two pages; a navy masthead band on page 1 and a running
    head from page 2, three columns, the first column of page 1 a sidebar with the president's column and
    the contents, a headline across columns two and three, results in tinted panels, a pull quote, an events
    table and an advert panel; a footer with the address and postcode, phone, email, a disclaimer and the
    page number): the president's column (members, awards dinner, export documents: not work, not
    metrics), Cyber Ready (the Chamber with Humberside Police's Cyber Protect team), a member story
    (Holderness Foods with HMP Humber's employment hub, no force), policy corner, events (future), new
    members and an advert."""
    width, height = A4
    gap = 14
    col_w = (width - 72 - 2 * gap) / 3
    x = [36 + i * (col_w + gap) for i in range(3)]

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=46,
                              title="Chamber Link, Winter 2025", author="Wolds & Humber Chamber of Commerce",
                              invariant=1)
        top1 = height - 120
        lead_h = 112
        first = [Frame(x[0], 46, col_w, top1 - 46, id="c1", leftPadding=0, rightPadding=0),
                 Frame(x[1], top1 - lead_h, 2 * col_w + gap, lead_h, id="lead", leftPadding=0, rightPadding=0),
                 Frame(x[1], 46, col_w, top1 - lead_h - 46, id="c2", leftPadding=0, rightPadding=0),
                 Frame(x[2], 46, col_w, top1 - lead_h - 46, id="c3", leftPadding=0, rightPadding=0)]
        later = [Frame(x[i], 46, col_w, height - 42 - 46, id=f"p2c{i}", leftPadding=0, rightPadding=0)
                 for i in range(3)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_cl_page_factory(total),
                                           autoNextPageTemplate="later"),
                              PageTemplate("later", frames=later, onPage=_cl_page_factory(total))])
        return doc

    _two_pass(out / "wolds-humber-chamber-link-winter-2025.pdf", build, lambda: _cl_story(col_w))


# ------------------ 2. A local Citizens Advice's annual report (PDF, A4 landscape, two columns)

CA_BLUE = colors.HexColor("#004b88")
CA_YELLOW = colors.HexColor("#fcd000")
CA_PALE = colors.HexColor("#fff6cc")
CA_BODY = ParagraphStyle("cabody", fontName="Helvetica", fontSize=9.4, leading=12.6, spaceAfter=6)
CA_TITLE = ParagraphStyle("catitle", fontName="Helvetica-Bold", fontSize=30, leading=34, textColor=CA_BLUE,
                          spaceAfter=4)
CA_SUB = ParagraphStyle("casub", fontName="Helvetica", fontSize=13, leading=16, textColor=CA_BLUE, spaceAfter=14)
CA_H = ParagraphStyle("cah", fontName="Helvetica-Bold", fontSize=16, leading=19, textColor=CA_BLUE, spaceAfter=6,
                      spaceBefore=2, keepWithNext=1)
CA_H3 = ParagraphStyle("cah3", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=CA_BLUE,
                       spaceAfter=4, spaceBefore=4, keepWithNext=1)
CA_LEAD = ParagraphStyle("calead", parent=CA_BODY, fontSize=10.6, leading=14, textColor=colors.HexColor("#1f2f44"))
CA_BUL = ParagraphStyle("cabul", parent=CA_BODY, leftIndent=12, bulletIndent=2, spaceAfter=3)
CA_TILE_N = ParagraphStyle("catilen", fontName="Helvetica-Bold", fontSize=21, leading=24, textColor=CA_BLUE)
CA_TILE_T = ParagraphStyle("catilet", fontName="Helvetica", fontSize=8.6, leading=10.6, textColor=CA_BLUE)
CA_CELL = ParagraphStyle("cacell", fontName="Helvetica", fontSize=8.4, leading=10.4)
CA_CELLB = ParagraphStyle("cacellb", parent=CA_CELL, fontName="Helvetica-Bold", textColor=colors.white)
CA_SIGN = ParagraphStyle("casign", parent=CA_BODY, fontName="Helvetica-Bold", textColor=CA_BLUE)
CA_SMALL = ParagraphStyle("casmall", parent=CA_BODY, fontSize=7.8, leading=9.8, textColor=colors.HexColor("#444444"))


def _ca_page_factory(total):
    def _ca_page(canvas, doc):
        width, height = landscape(A4)
        canvas.saveState()
        canvas.setFillColor(CA_YELLOW)
        canvas.rect(0, height - 10, width, 10, stroke=0, fill=1)
        if doc.page > 1:
            canvas.setFillColor(CA_BLUE)
            canvas.setFont("Helvetica-Bold", 8)
            canvas.drawString(40, height - 30, "Citizens Advice Wensum Valley")
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(width - 40, height - 30, "Annual report 2024-25")
        else:
            canvas.setFillColor(CA_BLUE)
            canvas.roundRect(40, height - 66, 150, 34, 6, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 13)
            canvas.drawString(50, height - 47, "citizens advice")
            canvas.setFont("Helvetica", 7.5)
            canvas.drawString(50, height - 59, "Wensum Valley")
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 6.5)
        canvas.drawString(40, 24, "Citizens Advice Wensum Valley is the operating name of Wensum Valley Citizens Advice "
                                  "Bureau. Registered charity no. 1098372. Company limited by guarantee no. 04710936. "
                                  "Authorised and regulated by the Financial Conduct Authority, FRN 617428.")
        canvas.drawString(40, 15, "Registered office: The Old Corn Hall, 9 Market Place, Dereham NR19 2AW. "
                                  "Adviceline 01632 960300.")
        canvas.setFillColor(CA_BLUE)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawRightString(width - 40, 19, f"{doc.page}")
        canvas.restoreState()
    return _ca_page


def _ca_story(col_w):
    p = lambda text, style=CA_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, CA_BUL, bulletText="\u2022")  # noqa: E731
    tile_w = (col_w - 12) / 2

    def tile(number, text):
        return [p(number, CA_TILE_N), p(text, CA_TILE_T)]

    tiles = Table([[tile("11,926", "people helped, face to face, by phone, webchat and email"),
                    tile("38,410", "problems we helped with")],
                   [tile("\u00a34.7m", "in income gained for the people we helped"),
                    tile("\u00a31.9m", "of debt written off")],
                   [tile("91", "volunteers, who gave 21,400 hours"),
                    tile("4 in 5", "said we helped them find a way forward")]],
                  colWidths=[tile_w, tile_w])
    tiles.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), CA_PALE),
                               ("LINEABOVE", (0, 0), (-1, -1), 3, CA_YELLOW),
                               ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                               ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    issues = _table([["What people came to us about", "Problems", "Change"],
                     ["Benefits and Universal Credit", "12,604", "+8%"],
                     ["Debt", "7,215", "+3%"],
                     ["Energy and water", "4,388", "+11%"],
                     ["Housing", "3,972", "+5%"],
                     ["Employment", "2,041", "-2%"],
                     ["Consumer, including scams", "1,877", "+14%"],
                     ["Relationships and family", "1,520", "+1%"]],
                    [col_w - 120, 64, 56], CA_CELL, CA_BLUE, CA_CELLB, grid="#c9d6e6", zebra=CA_PALE)
    finance = _table([["Where our money came from", "2024-25"],
                      ["Breckland Council", "\u00a3142,000"],
                      ["North Norfolk District Council", "\u00a398,500"],
                      ["Norfolk County Council", "\u00a3121,300"],
                      ["Money and Pensions Service (debt advice)", "\u00a3186,750"],
                      ["The National Lottery Community Fund", "\u00a364,200"],
                      ["Trusts, donations and fundraising", "\u00a341,820"],
                      ["<b>Total income</b>", "<b>\u00a3654,570</b>"]],
                     [col_w - 90, 90], CA_CELL, CA_BLUE, CA_CELLB, grid="#c9d6e6")
    maureen = _panel([
        p("Maureen's story", CA_H3),
        p("Maureen is 81 and lives alone near Dereham. A caller who said he was from her bank's fraud team talked "
          "her into moving \u00a38,400 into a 'safe account'. She reported it to the police, and the Fraud Protect "
          "team asked if she would like a visit from us.", CA_BODY),
        p("Our adviser, Jo, came with a Trading Standards officer four days later. Jo helped Maureen make a claim "
          "to her bank, which refunded the full amount in five weeks, and the call blocker they fitted now stops "
          "about forty calls a month. \u201cI'd stopped answering the phone at all,\u201d Maureen says. \u201cNow "
          "I pick it up without thinking.\u201d", CA_BODY),
        p("Maureen is not her real name.", CA_SMALL),
    ], col_w, CA_PALE, None, pad=10)
    return [
        Spacer(1, 40),
        p("Annual report 2024-25", CA_TITLE),
        p("Free, independent, confidential advice for Breckland, North Norfolk and the Wensum Valley", CA_SUB),
        p("A word from our Chair and Chief Officer", CA_H3),
        p("Last year 11,926 people came to us for help, more than in any year since we became one charity in "
          "2011. Energy debt rose again, and more of the people we saw were in work but still could not pay "
          "their bills. Our advisers, staff and volunteers met that demand from our offices in Dereham and "
          "Fakenham, on the phone and online.", CA_LEAD),
        p("We also went out to people who would not, or could not, come to us. In this report you can read "
          "how we helped older people who had been scammed, working with the police and Trading Standards; "
          "how we took our advice into the county's food banks; and how we began helping survivors of domestic "
          "abuse to take back control of their money. Thank you to everyone who made this year possible."),
        p("Helen Carrow, Chair &nbsp;&nbsp;&middot;&nbsp;&nbsp; David Osei, Chief Officer", CA_SIGN),
        FrameBreak(),
        p("Our year in numbers", CA_H),
        p("1 April 2024 to 31 March 2025", CA_SMALL),
        tiles,
        Spacer(1, 10),
        issues,
        FrameBreak(),
        p("Stopping scams before they start", CA_H),
        p("Scams do more than take money. People who lose savings to a scammer often lose confidence too: they "
          "stop answering the door, stop using the phone and withdraw from friends. And many are targeted again, "
          "because their details are sold on."),
        p("Since April 2024 our Scams Action advisers have worked with Norfolk County Council Trading Standards "
          "and Norfolk Constabulary's Fraud Protect team on Scam Shield. When someone in our area reports a "
          "fraud to the police and is older, lives alone or has been targeted before, the Protect team refers "
          "them to us with their agreement. One of our advisers visits within a week, often with a Trading "
          "Standards officer. Together we check whether the bank should refund the money, set up a trusted "
          "contact, sort out any debts the scam has left behind and, where the calls keep coming, fit a call "
          "blocker supplied by Trading Standards."),
        p("What Scam Shield achieved in its first year", CA_H3),
        b("212 people referred by the police visited at home"),
        b("\u00a3164,000 refunded by banks after we helped people claim"),
        b("96 call blockers fitted, stopping an estimated 14,800 scam and nuisance calls"),
        b("9 in 10 of the people we visited said they felt safer at home afterwards"),
        Spacer(1, 6),
        maureen,
        FrameBreak(),
        p("Advice where people already are", CA_H),
        p("Plenty of the people who most need advice never come to an advice centre. They do not know we can "
          "help, they cannot get to town, or they are too worn down to make the call."),
        p("Since June 2024 our advisers have held a weekly session at each of the food banks in Dereham, "
          "Fakenham and Aylsham, in the church halls where parcels are handed out. People can talk to us while "
          "they wait, about benefits, debts, energy bills or housing, and leave with an appointment, a crisis "
          "grant application or a referral to the right service. Where someone needs more than one visit, the "
          "same adviser sees them at the next session."),
        p("In the first ten months", CA_H3),
        b("640 people advised at food bank sessions"),
        b("\u00a31.08 million in benefits and grants gained for them"),
        b("Half had never used Citizens Advice before"),
        b("One in three needed fewer food parcels within three months"),
        p("We are grateful to the food bank volunteers who make room for us every week.", CA_SMALL),
        FrameBreak(),
        p("Money, safety and getting out", CA_H),
        p("Economic abuse, when an abuser controls a partner's money, runs up debts in their name or stops them "
          "working, is part of most of the domestic abuse cases we see. It is also one of the main reasons "
          "people give for staying with an abuser: they cannot see how they would live."),
        p("Since October 2024 one of our caseworkers has been based two days a week with Harbour Women's Aid, "
          "the domestic abuse service for mid and west Norfolk. She works alongside Harbour's advocates with "
          "women who are planning to leave, or have left, a partner who controls the money: opening bank "
          "accounts the abuser does not know about, challenging debts taken out in their name, and getting "
          "benefits paid to them and not to the household."),
        b("73 survivors helped to separate their finances"),
        b("\u00a396,000 of debt taken out by abusers written off or moved into their names"),
        b("41 women helped to claim Universal Credit in their own right"),
        Spacer(1, 4),
        p("Our volunteers", CA_H3),
        p("Ninety-one volunteers gave 21,400 hours this year as advisers, receptionists, researchers and "
          "trustees. If you can give a day a week, we will train you."),
        FrameBreak(),
        p("Our finances", CA_H3),
        finance,
        Spacer(1, 6),
        p("Spending in 2024-25 was \u00a3661,240, 82% of it on advice services. Our full accounts are on the "
          "Charity Commission's website.", CA_SMALL),
        p("Thank you", CA_H3),
        p("to Breckland Council, North Norfolk District Council, Norfolk County Council, the Money and Pensions "
          "Service, the National Lottery Community Fund and the Wensum Trust, and to the parish and town councils "
          "and everyone who gave to us this year."),
        p("Get advice", CA_H3),
        p("Adviceline 01632 960300, Monday to Friday 9am to 4pm<br/>Dereham: The Old Corn Hall, 9 Market Place, "
          "NR19 2AW<br/>Fakenham: Community Centre, Oak Street, NR21 9DY<br/>Webchat at wensumvalleyca.example.org.uk"),
    ]


def wensum_valley_citizens_advice_annual_report(out: Path) -> None:
    """A local Citizens Advice's annual report (A4 landscape, three pages, two columns a page; a yellow strip
    across every page, a logo panel on page 1 and a running head from page 2; a footer with the operating
    name, charity, company and FCA numbers, the registered office and postcode, the adviceline and the page
    number): the title and a word from the chair and chief officer (not work), our year in numbers as tiles
    and a table of problems (not metrics), Scam Shield (the local Citizens Advice with Norfolk County Council
    Trading Standards and Norfolk Constabulary's Fraud Protect team) with a case study panel, advice at food
    banks (the local Citizens Advice as 'we', no force; the food banks' halls are venues), an economic abuse
    caseworker (the local Citizens Advice with Harbour Women's Aid, no force), volunteers, finances as a
    table, thanks to funders and contacts (not metrics)."""
    width, height = landscape(A4)
    gap = 28
    col_w = (width - 80 - gap) / 2

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=landscape(A4), leftMargin=40, rightMargin=40, topMargin=40,
                              bottomMargin=40, title="Annual report 2024-25",
                              author="Citizens Advice Wensum Valley", invariant=1)
        frames = [Frame(40, 40, col_w, height - 40 - 40, id="l", leftPadding=0, rightPadding=0),
                  Frame(40 + col_w + gap, 40, col_w, height - 40 - 40, id="r", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("page", frames=frames, onPage=_ca_page_factory(total))])
        return doc

    _two_pass(out / "citizens-advice-wensum-valley-annual-report-2024-25.pdf", build, lambda: _ca_story(col_w))


# ------------------ 3. A wildlife trust's members' magazine feature (PDF, A4, two columns, magazine pages 14-15)

WS_GREEN = colors.HexColor("#2f5d3a")
WS_MOSS = colors.HexColor("#8aa83c")
WS_PALE = colors.HexColor("#eef3e2")
WS_BODY = ParagraphStyle("wsbody", fontName="Times-Roman", fontSize=9.6, leading=12.4, spaceAfter=5,
                         firstLineIndent=0)
WS_KICK = ParagraphStyle("wskick", fontName="Helvetica-Bold", fontSize=8, leading=10, textColor=WS_MOSS,
                         spaceAfter=3)
WS_HEAD = ParagraphStyle("wshead", fontName="Times-Bold", fontSize=30, leading=33, textColor=WS_GREEN,
                         spaceAfter=4)
WS_STAND = ParagraphStyle("wsstand", fontName="Times-Italic", fontSize=12, leading=15, textColor=WS_GREEN,
                          spaceAfter=4)
WS_BYLINE = ParagraphStyle("wsbyline", fontName="Helvetica", fontSize=7.6, leading=9.5,
                           textColor=colors.HexColor("#555555"), spaceAfter=6)
WS_CAP = ParagraphStyle("wscap", fontName="Helvetica-Oblique", fontSize=7.2, leading=9,
                        textColor=colors.HexColor("#555555"), spaceAfter=8)
WS_H2 = ParagraphStyle("wsh2", fontName="Times-Bold", fontSize=17, leading=20, textColor=WS_GREEN, spaceAfter=4,
                       spaceBefore=2, keepWithNext=1)
WS_H3 = ParagraphStyle("wsh3", fontName="Helvetica-Bold", fontSize=9, leading=11.5, textColor=WS_GREEN,
                       spaceAfter=3, spaceBefore=3, keepWithNext=1)
WS_RES = ParagraphStyle("wsres", fontName="Helvetica-Bold", fontSize=8.3, leading=10.8, textColor=WS_GREEN,
                        leftIndent=9, bulletIndent=0, spaceAfter=3)
WS_PULL = ParagraphStyle("wspull", fontName="Times-BoldItalic", fontSize=14, leading=17, textColor=WS_MOSS,
                         spaceBefore=4, spaceAfter=2)
WS_SIDE = ParagraphStyle("wsside", fontName="Helvetica", fontSize=8, leading=10.2, spaceAfter=4)
WS_CELL = ParagraphStyle("wscell", fontName="Helvetica", fontSize=7.6, leading=9.4)
WS_CELLB = ParagraphStyle("wscellb", parent=WS_CELL, fontName="Helvetica-Bold", textColor=colors.white)


def _ws_page(canvas, doc):
    width, height = A4
    folio = 13 + doc.page
    canvas.saveState()
    canvas.setFillColor(WS_GREEN)
    canvas.rect(0, height - 30, width, 30, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(36, height - 19, "RESERVES" if doc.page == 1 else "RESERVES  \u00b7  NEWS")
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(width - 36, height - 19, "Eskmire Moss and Burgh Marsh")
    canvas.setStrokeColor(WS_MOSS)
    canvas.setLineWidth(0.6)
    canvas.line(36, 36, width - 36, 36)
    canvas.setFillColor(WS_GREEN)
    canvas.setFont("Helvetica-Bold", 8)
    if doc.page % 2:
        canvas.drawString(36, 24, f"{folio}")
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(52, 24, "Wild Solway  \u00b7  Autumn 2025")
    else:
        canvas.drawRightString(width - 36, 24, f"{folio}")
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(width - 54, 24, "Autumn 2025  \u00b7  Wild Solway")
        canvas.setFont("Helvetica", 6.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(36, 24, "Solway Wildlife Trust is a registered charity, no. 1092846.")
    canvas.restoreState()


def _ws_story(col_w, full_w):
    p = lambda text, style=WS_BODY: Paragraph(text, style)  # noqa: E731
    r = lambda text: Paragraph(text, WS_RES, bulletText="\u25cf")  # noqa: E731
    photo = Table([[""]], colWidths=[full_w], rowHeights=[150])
    photo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#c9d3c0"))]))
    report = _panel([
        p("Seen something?", WS_H3),
        p("If a wildlife crime is happening now, call 999. Otherwise report it on 101 and ask for a log "
          "number, then let the warden know on 01632 960771.", WS_SIDE),
        p("Note the time, the place and any vehicle registration. Do not approach anyone, and do not go near a "
          "nest: disturbing a breeding osprey is itself an offence.", WS_SIDE),
    ], col_w, WS_PALE, WS_MOSS, pad=8)
    diary = _table([["When", "What", "Where"],
                    ["Sat 8 Nov", "Winter work party: scrub clearing", "Eskmire Moss"],
                    ["Sun 23 Nov", "Geese at dawn guided walk (\u00a36)", "Burgh Marsh"],
                    ["Sat 13 Dec", "Wreath making (\u00a318)", "Visitor centre"],
                    ["Sat 10 Jan", "Osprey watch volunteer briefing", "Visitor centre"]],
                   [50, col_w - 50 - 62, 62], WS_CELL, WS_GREEN, WS_CELLB, grid="#b7c79a")
    return [
        p("ESKMIRE MOSS", WS_KICK),
        p("Eyes on the nest", WS_HEAD),
        p("Twice in three years egg thieves robbed the ospreys at Eskmire. This summer, volunteers and the "
          "police made sure they could not do it again.", WS_STAND),
        p("Words: Fiona Haig, Reserves Manager &nbsp;&middot;&nbsp; Photos: Ken Marr", WS_BYLINE),
        photo,
        p("The female osprey returning to the Eskmire platform in April.", WS_CAP),
        FrameBreak(),
        p("<b>OSPREYS CAME BACK</b> to Eskmire Moss in 2017, and for four summers the pair on the old Scots pine "
          "raised chicks in full view of the hide. Then, in 2022 and again in 2023, the nest was robbed. Both "
          "times the eggs were taken in the small hours of a May morning by someone who knew exactly what they "
          "were doing. A market for wild birds' eggs still exists among collectors, and a clutch from a site "
          "this well known is a prize."),
        p("Last year the pair did not lay at all. So this spring the Trust and Cumbria Constabulary's Rural "
          "Crime Team set out to make sure a third theft could not happen. From the pair's return in April to "
          "the young birds' departure in late August, a rota of Trust volunteers kept watch over the nest day "
          "and night from a caravan at the edge of the reserve, with two thermal cameras streaming to the "
          "caravan and to a phone carried by the warden."),
        p("The team's wildlife crime officer trained every volunteer in what to log and how to keep a record "
          "that would stand up in court. Officers added the reserve's tracks to their night patrols through "
          "the egg-laying weeks, and the watch had a direct number for the team's duty officer, so a call in "
          "the night would not wait in a queue."),
        p("Osprey watch 2025", WS_H3),
        r("Three chicks fledged, the first since 2021"),
        r("No one got near the nest all season"),
        r("2,208 hours of watch by 64 volunteers"),
        r("Two cars stopped and checked at night in May"),
        p("\u201cThe watch made Eskmire the hardest nest in the county to rob.\u201d", WS_PULL),
        p("PC DAN TOLSON, WILDLIFE CRIME OFFICER", WS_BYLINE),
        p("PC Tolson says the cameras and the log were what mattered most: \u201cIf anyone had tried, we would "
          "have had them on film and a written record to go with it.\u201d The watch will be back in April, "
          "and we need more volunteers for the night shifts: come to the briefing in January."),
        report,
        FrameBreak(),
        p("BURGH MARSH", WS_KICK),
        p("Clearing the gateways", WS_H2),
        p("Fly-tipping at the gates of Burgh Marsh had become a weekly job for our warden: mattresses, builders' "
          "rubble, garden waste and, in January, a load of asbestos sheeting that cost the Trust \u00a31,900 to "
          "have removed safely. Every tip also blocked the gate for the graziers and the reserve's visitors."),
        p("In March we began working with Cumberland Council's environmental enforcement team. The council lent "
          "the Trust two covert cameras, which our warden moves between the three gateways, and its officers "
          "follow up every vehicle the cameras catch. We put in height barriers at the two worst gateways and "
          "signs saying that cameras are in use."),
        r("Fly-tips at our gates: 31 in 2024, 6 since March"),
        r("Two fixed penalty notices and one prosecution"),
        Spacer(1, 6),
        p("Reserve notes", WS_H2),
        p("<b>Natterjacks.</b> The spring count on the saltmarsh pools found 212 spawn strings, the second "
          "highest since counts began in 1998."),
        p("<b>Boardwalk.</b> The new 400-metre boardwalk across the wettest part of Eskmire opens on 1 "
          "November, paid for by members' donations to the Moss Appeal."),
        p("<b>Grazing.</b> Fourteen Belted Galloways are back on Burgh Marsh for the winter. Please keep dogs "
          "on leads and close the gates."),
        FrameBreak(),
        p("Dates for your diary", WS_H2),
        diary,
        Spacer(1, 4),
        p("Book all events on the Trust's website. Members go free to work parties and pay the prices shown "
          "for the rest.", WS_SIDE),
        Spacer(1, 8),
        _panel([p("Join the osprey watch", WS_H3),
                p("Night shifts run from 10pm to 6am in pairs, one night a fortnight, from April to August. "
                  "Full training is given. Email the reserves team or call 01632 960770.", WS_SIDE)],
               col_w, None, WS_GREEN, pad=8),
    ]


def wild_solway_reserves_feature(out: Path) -> None:
    """A wildlife trust's members' magazine feature (A4, two pages numbered 14 and 15 as in the magazine; a
    green section band across every page, the headline, standfirst, byline and a photograph across the top of
    page 14, then two columns with run-in capitals, results as bulleted bold lines, a pull quote, a boxed
    report panel, a diary table; a footer with the folio, the magazine and season and, on the right-hand
    page, the charity number): Eskmire osprey watch (the Trust's volunteers with Cumbria Constabulary's Rural
    Crime Team against egg thieves), fly-tipping at Burgh Marsh (the Trust with Cumberland Council's
    environmental enforcement team, no force), reserve notes (counts and notices: not work, not metrics),
    dates for your diary (future) and a volunteers' panel."""
    width, height = A4
    gap = 18
    full_w = width - 72
    col_w = (full_w - gap) / 2

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=44, bottomMargin=46,
                              title="Eyes on the nest", author="Solway Wildlife Trust", invariant=1)
        lead_h = 330
        top = height - 44
        first = [Frame(36, top - lead_h, full_w, lead_h, id="lead", leftPadding=0, rightPadding=0),
                 Frame(36, 46, col_w, top - lead_h - 46, id="a1", leftPadding=0, rightPadding=0),
                 Frame(36 + col_w + gap, 46, col_w, top - lead_h - 46, id="a2", leftPadding=0, rightPadding=0)]
        later = [Frame(36, 46, col_w, top - 46, id="b1", leftPadding=0, rightPadding=0),
                 Frame(36 + col_w + gap, 46, col_w, top - 46, id="b2", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_ws_page, autoNextPageTemplate="later"),
                              PageTemplate("later", frames=later, onPage=_ws_page)])
        return doc

    _two_pass(out / "wild-solway-autumn-2025-eyes-on-the-nest.pdf", build, lambda: _ws_story(col_w, full_w))


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


def _header_footer(document, header_text: str, footer_text: str, page_word="Page ", header_align="right") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}.get(
        header_align, WD_ALIGN_PARAGRAPH.RIGHT)
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
                if header_fill:
                    _shade(cell, header_fill)
    return table


def _styled(document, text: str, size=None, bold=False, italic=False, color=None, align=None, space_after=None,
            space_before=None, font=None, underline=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    run.underline = underline
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        paragraph.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        paragraph.paragraph_format.space_before = Pt(space_before)
    return paragraph


def _recolour_heading(document, level: int, color: str, font: str | None = None) -> None:
    from docx.shared import RGBColor

    style = document.styles[f"Heading {level}"]
    style.font.color.rgb = RGBColor.from_string(color)
    if font:
        style.font.name = font


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


def _cell_para(cell, text: str, bold=False, italic=False, size=None, color=None, first=False):
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return paragraph


def _bottom_rule(paragraph, color: str, size: int = 8) -> None:
    """A paragraph border under a paragraph, as people draw rules under hand-made heads in Word."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), color)
    borders.append(bottom)
    p_pr.append(borders)


# ------------------ 4. A market traders' association's newsletter (Word, hand-made heads with rules)

def market_matters(out: Path) -> None:
    """A market traders' association's newsletter (Word, Arial, no heading styles: a masthead as a two-cell
    shaded table, heads typed in bold capitals with a paragraph rule under them, the chair's bit in a dashed
    box, results as a small table and lines typed with dashes, pitch rents as a table, the AGM agenda in List
    Number style, contacts in a borderless table): header with the newsletter, number and month, footer with
    the association, its address and postcode, a phone and the page number; the chair's bit (traders,
    footfall, Christmas: not work, not metrics; it mentions both pieces in passing), Market Watch (South
    Yorkshire Police's Doncaster City Centre Neighbourhood Team with the association's traders and City of
    Doncaster Council's markets team), Young Traders Saturdays (the association with the council's markets
    team, no force), pitch rents (not metrics), the AGM (future), late nights, bins and contacts (notices)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    red = "8C1C13"
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    _header_footer(document, "Market Matters  \u2013  No. 41  \u2013  November 2025",
                   "Kingsgate Market Traders' Association, c/o Stall 14, Kingsgate Market Hall, Doncaster DN1 1NJ  "
                   "\u2013  07700 900233", header_align="right")

    def head(text):
        paragraph = _styled(document, text, size=12, bold=True, color=red, space_before=12, space_after=6)
        _bottom_rule(paragraph, red)
        return paragraph

    def dash(text):
        paragraph = document.add_paragraph("\u2013  " + text)
        paragraph.paragraph_format.left_indent = Pt(16)
        paragraph.paragraph_format.first_line_indent = Pt(-12)
        paragraph.paragraph_format.space_after = Pt(2)
        return paragraph

    mast = document.add_table(rows=1, cols=2)
    _borders(mast)
    left, right = mast.rows[0].cells
    for cell in (left, right):
        _shade(cell, red)
    title = _cell_para(left, "MARKET MATTERS", bold=True, size=26, color="FFFFFF", first=True)
    title.paragraph_format.space_after = Pt(0)
    _cell_para(left, "News for traders on Kingsgate Market", italic=True, size=9, color="F3D9D6")
    for i, line in enumerate(["Kingsgate Market Traders' Association", "Newsletter No. 41", "November 2025"]):
        paragraph = _cell_para(right, line, bold=(i == 0), size=9, color="FFFFFF", first=(i == 0))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _styled(document, "Indoor hall \u00b7 fish market \u00b7 outdoor stalls \u00b7 open Tuesday, Friday and "
                      "Saturday", italic=True, size=8.5, space_before=4, space_after=8)

    head("CHAIR'S BIT")
    cell = _box(document, None, "999999", value="dashed", size=8)
    _cell_para(cell, "Evening all. There are 96 of us trading now, the most since the fish market reopened, and "
                     "the door counters had 41,300 shoppers a week through the hall in October. Christmas orders "
                     "are already coming in at the butchers' end.", first=True)
    _cell_para(cell, "Two things in this issue I'm proud of. Market Watch is a year old and the figures are below: "
                     "thank you to every trader who carries a radio. And our young traders on the first Saturday "
                     "of the month have brought a different crowd into the hall.")
    _cell_para(cell, "Dave Pickering, Chair (Stall 14, Pickering's Pies)", italic=True)

    head("MARKET WATCH: A YEAR ON")
    document.add_paragraph(
        "It is a year since Market Watch started. For anyone new: after a bad autumn in 2024, when shoplifting "
        "from stalls and purse thefts from older shoppers were reported almost every market day, the "
        "association, City of Doncaster Council's markets team and South Yorkshire Police's Doncaster City "
        "Centre Neighbourhood Team agreed to try something together.")
    document.add_paragraph(
        "Forty traders now carry a radio on the same channel as the market office, the council's CCTV control "
        "room and the neighbourhood team's officers on foot in the city centre. When a trader spots someone "
        "from the banned list, or sees a purse lifted, one call puts the cameras on them and sends the nearest "
        "officer. The council keeps the photo sheet of people excluded from the market, and PCSOs walk the "
        "market every Tuesday, Friday and Saturday. In March the team ran a half-day session for traders on "
        "spotting distraction thefts, and twenty-six of you came.")
    _styled(document, "Market Watch in figures", bold=True, size=9.5, space_before=4, space_after=3)
    _grid(document, [["", "Nov 2023 to Oct 2024", "Nov 2024 to Oct 2025"],
                     ["Thefts reported by traders", "212", "97"],
                     ["Purse and distraction thefts from shoppers", "19", "4"],
                     ["People excluded from the market", "6", "23"]], header_fill="F3D9D6")
    document.add_paragraph()
    dash("31 arrests came from radio calls made by traders.")
    dash("Stolen goods worth about \u00a34,600 were handed back to stalls.")
    document.add_paragraph(
        "\u201cA call from a trader is the best tip-off we get in the city centre,\u201d says PCSO Joanne Firth. "
        "\u201cThey know who doesn't belong in that hall before any camera does.\u201d")

    head("YOUNG TRADERS SATURDAYS")
    document.add_paragraph(
        "Since March, on the first Saturday of every month, four pitches in the indoor hall have been free for "
        "traders aged 16 to 25, with a gazebo, a table and a mentor from the association on the next stall. "
        "The council's markets team waives the rent for the day and the association pays for the public "
        "liability cover.")
    dash("23 young traders have had a stall, selling everything from candles to vintage trainers.")
    dash("Five have gone on to take a permanent pitch.")
    document.add_paragraph("If you would like to mentor a young trader, have a word with Dave.")

    head("PITCH RENTS FROM 1 JANUARY 2026")
    document.add_paragraph("The council has confirmed the rents below after talks with the committee. They go up "
                           "by 3% on average, the first rise since 2023.")
    _grid(document, [["Pitch", "Per day", "Per week (3 days)"],
                      ["Indoor stall, standard (3m)", "\u00a322.50", "\u00a363.00"],
                      ["Indoor stall, corner", "\u00a327.00", "\u00a375.50"],
                      ["Fish market counter", "\u00a331.00", "\u00a386.50"],
                      ["Outdoor stall with cover", "\u00a316.00", "\u00a344.00"],
                      ["Casual trader (outdoor)", "\u00a319.00", "n/a"]], header_fill="F3D9D6")

    head("AGM")
    document.add_paragraph("The AGM is on Monday 19 January at 6pm in the Corn Exchange function room. Agenda:")
    for item in ["Apologies and minutes of the 2025 AGM", "Chair's report", "Treasurer's report and accounts",
                 "Election of officers and committee", "Parking for traders' vans", "Any other business"]:
        document.add_paragraph(item, style="List Number")

    head("CHRISTMAS LATE NIGHTS")
    document.add_paragraph("The hall stays open until 8pm on Thursdays 4, 11 and 18 December. Outdoor traders who "
                           "want to stay on must tell the market office by 28 November.")

    head("BINS AND CARDBOARD")
    document.add_paragraph("Cardboard goes flat in the cage by the loading bay, not in the general waste. The "
                           "council has warned that contaminated bins will not be emptied.")

    head("CONTACTS")
    contacts = _grid(document, [["Chair, Dave Pickering", "07700 900233"],
                                ["Secretary, Ruth Akhtar", "07700 900234"],
                                ["Market office", "01632 960650"],
                                ["Police, non-emergency", "101"]], header_fill=None, head_row=False)
    _borders(contacts)
    for row in contacts.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
        row.cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string(red)
    _save_docx(document, out / "kingsgate-market-traders-association-market-matters-november-2025.docx",
               "Market Matters No. 41", "Kingsgate Market Traders' Association")


# ------------------ 5. A foster carers' association's newsletter (Word, heading styles, side-by-side cells)

def together_foster_carers(out: Path) -> None:
    """A foster carers' association's newsletter (Word, Calibri, the Title style and recoloured Heading 1 and
    Heading 2 styles, the contents and the chair's welcome side by side in a two-cell table with the contents
    shaded, results in List Bullet style, allowances, support groups and training as grid tables, a boxed
    support line): header with the newsletter and season, footer with the association, its charity number,
    address and postcode and the page number; the chair's welcome (households, allowances: not work, not
    metrics), the Philomena Protocol one year on (Merseyside Police's Wirral Missing Persons Unit with Wirral
    Council's fostering service and the association), allowances (not metrics), support groups and training
    (future), kids' corner (not metrics) and the support line."""
    from docx import Document
    from docx.shared import Pt

    plum = "5B2A6E"
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    _recolour_heading(document, 1, plum)
    _recolour_heading(document, 2, "8A5A9C")
    _header_footer(document, "Together  \u00b7  Winter 2025",
                   "Wirral Foster Carers' Association  \u00b7  Registered charity no. 1104628  \u00b7  "
                   "The Lodge, 3 Hamilton Square, Birkenhead CH41 6AU", header_align="left")
    document.add_paragraph("Together", style="Title")
    _styled(document, "The newsletter of the Wirral Foster Carers' Association  \u00b7  Winter 2025",
            bold=True, color=plum, space_after=10)
    top = document.add_table(rows=1, cols=2)
    _borders(top)
    contents, welcome = top.rows[0].cells
    _shade(contents, "EFE6F2")
    _cell_para(contents, "In this issue", bold=True, color=plum, first=True)
    for line in ["Welcome", "The Philomena Protocol, one year on", "Allowances for 2025-26", "Support groups",
                 "Training", "Kids' corner", "Need to talk?"]:
        _cell_para(contents, line, size=10)
    _cell_para(welcome, "Welcome", bold=True, color=plum, first=True)
    _cell_para(welcome, "Hello everyone, and welcome to the winter Together. Our association now has 214 "
                        "fostering households, and 31 of you joined this year. After a long campaign the council "
                        "has agreed to raise the weekly allowances by 4.5% from April, and the new rates are "
                        "inside.")
    _cell_para(welcome, "Our main story is about something many of you asked for: a better way of handling it "
                        "when a child goes missing. A year on, the figures speak for themselves.")
    _cell_para(welcome, "Linda Parry, Chair", italic=True)

    document.add_heading("Missing from care: the Philomena Protocol, one year on", level=1)
    document.add_paragraph(
        "Every carer who has had a child go missing knows the feeling: the phone call to the police, and then "
        "half an hour of questions about what they were wearing, who their friends are and where they might "
        "have gone, while you are worried sick.")
    document.add_heading("What changed", level=2)
    document.add_paragraph(
        "In November 2024 Merseyside Police's Wirral Missing Persons Unit, Wirral Council's fostering service "
        "and the association brought in the Philomena Protocol for every child fostered in Wirral. Each child "
        "now has a one-page profile, kept by their carer and their social worker, with a recent photo, a "
        "description, their friends and the places they go, phone numbers and social media names, and any "
        "health needs. If the child goes missing, the carer hands the profile to the police at the first call.")
    document.add_paragraph(
        "The unit's missing from home coordinator came to nine evening sessions run by the association to "
        "explain the forms and what happens after a child is reported missing, and the unit now rings the "
        "carer after every missing episode to go through what happened and whether the child is at risk of "
        "exploitation.")
    document.add_heading("What difference it made", level=2)
    for line in ["Profiles are in place for 188 of the 203 children fostered by our members.",
                 "142 carers came to the evening sessions.",
                 "The average time before a missing child is found has fallen from 19 hours to 7.",
                 "Missing episodes reported by our members fell from 131 to 96."]:
        document.add_paragraph(line, style="List Bullet")
    quote = document.add_paragraph()
    run = quote.add_run("\u201cLast time Jay went missing I gave the officer his profile at the door. They found "
                        "him in under three hours.\u201d  A foster carer from Wallasey")
    run.italic = True
    document.add_heading("What we ask of you", level=2)
    document.add_paragraph(
        "Please update your child's profile at every six-monthly review and whenever something changes: a new "
        "phone, a new friend, a new haircut. Your supervising social worker has the form.")

    document.add_heading("Allowances for 2025-26", level=1)
    document.add_paragraph("Weekly fostering allowances from 7 April 2025, before any skills fee:")
    _grid(document, [["Age of child", "Weekly allowance"],
                     ["0 to 4", "\u00a3212.00"],
                     ["5 to 10", "\u00a3241.00"],
                     ["11 to 15", "\u00a3275.00"],
                     ["16 and 17", "\u00a3321.00"]], header_fill="EFE6F2")
    document.add_paragraph("Birthday, festival and holiday payments are each one week's allowance.")

    document.add_heading("Support groups", level=1)
    _grid(document, [["Group", "When", "Where"],
                     ["Coffee morning", "First Wednesday, 10am", "Wallasey Central Library"],
                     ["Dads and male carers", "Second Thursday, 7pm", "The Lodge, Birkenhead"],
                     ["Kinship carers", "Last Tuesday, 1pm", "Heswall Hall"]], header_fill="EFE6F2")

    document.add_heading("Training", level=1)
    _grid(document, [["Course", "Date", "Places"],
                     ["Understanding trauma", "Tue 13 Jan 2026", "20"],
                     ["Keeping children safe online", "Thu 5 Feb 2026", "25"],
                     ["First aid for carers", "Sat 7 Mar 2026", "12"]], header_fill="EFE6F2")
    document.add_paragraph("Book through the learning portal. Courses count towards your training standards.")

    document.add_heading("Kids' corner", level=1)
    document.add_paragraph("Thank you for 58 entries to the autumn drawing competition. The winners, aged 7, 11 "
                           "and 14, each get a \u00a320 book token.")

    document.add_heading("Need to talk?", level=1)
    cell = _box(document, "F7F2F9", plum)
    _cell_para(cell, "Our buddy line is answered by experienced carers every evening from 6pm to 10pm: "
                     "07700 900418.", first=True)
    _cell_para(cell, "Out of hours emergencies: the council's emergency duty team on 01632 960690.")
    _save_docx(document, out / "wirral-foster-carers-association-together-winter-2025.docx",
               "Together, Winter 2025", "Wirral Foster Carers' Association")


# ------------------ 6. A community first responders group's annual report (Word, hand-numbered sections)

def usk_valley_cfr_annual_report(out: Path) -> None:
    """A community first responders group's annual report to its members (Word, Cambria, no heading styles:
    a centred title block, sections and subsections numbered by hand in bold text, a shaded 'year at a
    glance' box, call-outs and finances as grid tables, officers in a borderless table): header with the
    group and the report, footer with the charity number, website and page number; 1 chair's introduction
    (calls, responders: not work, not metrics), 2 responding with a call-outs table (routine, not metrics),
    3 training and volunteers (routine), 4 defibrillators in our villages (Gwent Police's Monmouthshire
    Neighbourhood Policing Team with the group's defibrillator guardians), 5 Heartstart in schools (the
    group with the Welsh Ambulance Services University NHS Trust's community engagement team, no force),
    6 fundraising and finances (not metrics), 7 thanks and 8 officers."""
    from docx import Document
    from docx.shared import Pt

    green = "1E5631"
    document = Document()
    document.styles["Normal"].font.name = "Cambria"
    document.styles["Normal"].font.size = Pt(10.5)
    _header_footer(document, "Usk Valley Community First Responders  |  Annual Report 2024-25",
                   "Registered charity no. 1167342  |  uskvalleycfr.example.org.uk", header_align="center")

    def section(text):
        return _styled(document, text, size=12.5, bold=True, color=green, space_before=12, space_after=4)

    def sub(text):
        return _styled(document, text, size=10.5, bold=True, italic=True, space_before=6, space_after=2)

    _styled(document, "USK VALLEY COMMUNITY FIRST RESPONDERS", size=16, bold=True, color=green, align="center",
            space_after=2)
    _styled(document, "Annual Report to Members", size=13, align="center", space_after=0)
    _styled(document, "1 April 2024 to 31 March 2025", italic=True, align="center", space_after=2)
    _styled(document, "To be presented at the Annual General Meeting, Usk Memorial Hall, Wednesday 10 December "
                      "2025 at 7.30pm", size=9, align="center", space_after=10)
    glance = _box(document, "E3EFE6", green, size=8)
    _cell_para(glance, "The year at a glance", bold=True, color=green, first=True)
    _cell_para(glance, "412 calls attended  \u00b7  22 active responders  \u00b7  31 public defibrillators looked "
                       "after  \u00b7  14 schools visited  \u00b7  \u00a318,640 raised")

    section("1.  Chair's introduction")
    document.add_paragraph(
        "This has been the busiest year in the group's fourteen years. Our responders attended 412 calls for "
        "the ambulance service, up from 356, and we welcomed six new responders after their training in the "
        "autumn. Two long-serving members, Gareth and Eileen Probert, stood down after ten years each; the "
        "group would not exist without them.")
    document.add_paragraph(
        "The report covers the year's work, including two pieces I would like to single out: the work with our "
        "neighbourhood police team to protect the village defibrillators after the thefts in January, and our "
        "CPR lessons in the valley's primary schools.")
    document.add_paragraph("Rhian Morgan, Chair")

    section("2.  Responding")
    document.add_paragraph(
        "Responders are sent by the Welsh Ambulance Service's clinical contact centre to calls within about "
        "eight miles of Usk where we can reach the patient before an ambulance. Calls attended by category:")
    _grid(document, [["Category", "2023-24", "2024-25"],
                     ["Cardiac or respiratory arrest", "21", "27"],
                     ["Breathing difficulties", "88", "97"],
                     ["Chest pain", "74", "83"],
                     ["Falls", "102", "131"],
                     ["Other", "71", "74"],
                     ["Total", "356", "412"]], header_fill="E3EFE6")
    document.add_paragraph("Our average time from being sent to reaching the patient was 11 minutes.")

    section("3.  Training and volunteers")
    document.add_paragraph(
        "Every responder completes the ambulance service's course and an annual requalification. Responders "
        "gave about 9,800 hours on call this year. We are always looking for volunteers who live in the valley "
        "and can give twelve hours a week.")

    section("4.  Defibrillators in our villages")
    sub("4.1  What happened")
    document.add_paragraph(
        "The group looks after 31 public access defibrillators in Usk, Raglan, Llanbadoc, Gwehelog and the "
        "villages around, each in a heated cabinet on a wall. In one week in January 2025 two cabinets were "
        "smashed, at the Llanbadoc bus shelter and on the Raglan playing field, and the defibrillator from "
        "Raglan was stolen. It turned up a fortnight later, broken, in a hedge on the Monmouth road.")
    sub("4.2  What we did with the police")
    document.add_paragraph(
        "We asked Gwent Police's Monmouthshire Neighbourhood Policing Team for help, and from February the team "
        "worked with our defibrillator guardians, the volunteers who check each cabinet weekly. PCSOs walked "
        "every site with the guardians and we moved four cabinets to lit walls in view of homes or cameras. "
        "The team property-marked every defibrillator with a forensic marking and registered it, so that a "
        "stolen unit can be identified, and added the cabinets to its patrol plans: PCSOs now check the "
        "cabinets they pass and post in the guardians' group chat if anything is wrong. The team also appealed "
        "on its social media pages for information about the Raglan theft.")
    sub("4.3  Results")
    document.add_paragraph(
        "No defibrillator has been stolen or damaged since the work began in February. All 31 units are now "
        "marked and four cabinets are in safer places. Two were used on patients in the year, both successfully "
        "handed over to ambulance crews.")

    section("5.  Heartstart in schools")
    document.add_paragraph(
        "With the Welsh Ambulance Services University NHS Trust's community engagement team, who lent the "
        "manikins and trained our trainers, our responders taught Year 5 and Year 6 pupils how to do CPR, "
        "put someone in the recovery position and use a defibrillator. Each school had a one-hour session in "
        "the hall and a practice on the nearest public defibrillator.")
    document.add_paragraph(
        "1,140 pupils in 14 primary schools learned CPR this year, and every school in the valley has now had a "
        "visit. Teachers at three schools asked us to come back for the staff.")

    section("6.  Fundraising and finances")
    _grid(document, [["", "2024-25"],
                     ["Donations and collections", "\u00a39,210"],
                     ["Grants (Usk Town Council, Monmouthshire County Council)", "\u00a35,500"],
                     ["Events (quiz night, fun run)", "\u00a33,930"],
                     ["Total income", "\u00a318,640"],
                     ["Equipment and defibrillator pads", "\u00a37,420"],
                     ["Vehicle running costs", "\u00a33,150"],
                     ["Training and insurance", "\u00a32,880"],
                     ["Total spending", "\u00a313,450"]], header_fill="E3EFE6")
    document.add_paragraph("Reserves at 31 March 2025 were \u00a321,900. The full accounts are available at the "
                           "AGM.")

    section("7.  Thank you")
    document.add_paragraph(
        "To everyone who put money in a bucket, to the Three Salmons for the quiz night, to the councils for "
        "their grants, and to the families of our responders, who put up with the pager going off at dinner.")

    section("8.  Officers")
    officers = _grid(document, [["Chair", "Rhian Morgan"],
                                ["Treasurer", "Alun Price"],
                                ["Group coordinator", "Sian Beddoe, 07700 900551"],
                                ["Defibrillator guardians' lead", "Mike Hale, 07700 900552"]],
                     header_fill=None, label_col=True)
    _borders(officers)
    _save_docx(document, out / "usk-valley-community-first-responders-annual-report-2024-25.docx",
               "Annual Report to Members 2024-25", "Usk Valley Community First Responders")


# ------------------ 7. A scrap metal dealer's compliance page (HTML)

TYNE_METAL_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Compliance &amp; crime prevention | Tyne Metal Recycling | Scrap metal Gateshead</title>
<meta name="description" content="How Tyne Metal Recycling checks every seller, works with the police on metal theft and marks catalytic converters for free.">
<link rel="stylesheet" href="/wp-content/themes/tmr/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/wp-content/themes/tmr/style.css?ver=3.2.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7TMR2025"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7TMR2025');</script>
</head>
<body class="page-template-default page page-id-212 page-compliance">

<div id="cookie-law-info-bar" class="cli-bar-container" role="dialog" aria-label="Cookie consent">
  <div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking &ldquo;Accept All&rdquo;, you consent to the use of ALL the cookies.</div>
  <div class="cli-bar-btn_container">
    <a role="button" class="cli_settings_button">Cookie Settings</a>
    <a role="button" id="cookie_action_reject" class="cli-plugin-button">Reject All</a>
    <a role="button" id="cookie_action_accept" class="cli-plugin-button cli-plugin-main-button">Accept All</a>
  </div>
</div>

<div class="topbar bg-dark text-white small">
  <div class="container d-flex justify-content-between">
    <span>Weighbridge open Mon&ndash;Fri 7.30am&ndash;4.30pm, Sat 8am&ndash;12pm</span>
    <span>Call <a href="tel:01914980420">0191 498 0420</a></span>
    <span>Licensed by Gateshead Council</span>
  </div>
</div>

<header class="site-header">
  <div class="container d-flex align-items-center justify-content-between">
    <a class="navbar-brand" href="/"><img src="/wp-content/uploads/2023/02/tmr-logo.svg" alt="Tyne Metal Recycling" width="210" height="54"></a>
    <nav class="main-nav" aria-label="Main menu">
      <ul class="menu">
        <li class="menu-item"><a href="/">Home</a></li>
        <li class="menu-item menu-item-has-children"><a href="/services/">Services</a>
          <ul class="sub-menu">
            <li><a href="/services/ferrous/">Ferrous metals</a></li>
            <li><a href="/services/non-ferrous/">Non-ferrous metals</a></li>
            <li><a href="/services/cable/">Cable</a></li>
            <li><a href="/services/end-of-life-vehicles/">End-of-life vehicles</a></li>
          </ul>
        </li>
        <li class="menu-item"><a href="/prices/">Prices</a></li>
        <li class="menu-item"><a href="/skip-hire/">Skip Hire</a></li>
        <li class="menu-item current-menu-item"><a href="/compliance/" aria-current="page">Compliance</a></li>
        <li class="menu-item"><a href="/about/">About</a></li>
        <li class="menu-item"><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
    <a class="btn btn-warning" href="/contact/#quote">Get a quote</a>
  </div>
</header>

<div class="price-ticker" aria-label="Today's guide prices">
  <div class="container">
    <strong>Today&rsquo;s guide prices (per tonne, weighed in):</strong>
    <span>Bright copper wire &pound;5,950</span> &middot;
    <span>Heavy copper &pound;5,400</span> &middot;
    <span>Brass &pound;3,450</span> &middot;
    <span>Cast aluminium &pound;980</span> &middot;
    <span>Lead &pound;1,250</span> &middot;
    <span>Heavy steel &pound;165</span>
    <em>Updated 24 November 2025. Prices change daily; call to confirm.</em>
  </div>
</div>

<main id="primary" class="site-main">
  <section class="page-hero">
    <div class="container">
      <p class="eyebrow">Compliance</p>
      <h1>Compliance &amp; crime prevention</h1>
      <p class="lead">We&rsquo;ve been buying scrap on South Shore Road since 1974. Here&rsquo;s how we make sure none of it is stolen, and what we do with the police when it might be.</p>
    </div>
  </section>

  <section class="container py-4" id="licence">
    <h2>Our licence and permits</h2>
    <table class="table table-sm licence-table">
      <tbody>
        <tr><th scope="row">Scrap metal dealer&rsquo;s site licence</th><td>Gateshead Council, licence no. SMD/S/0147, expires 31 March 2027</td></tr>
        <tr><th scope="row">Environmental permit</th><td>Environment Agency, EPR/TB3927QK</td></tr>
        <tr><th scope="row">Waste carrier, broker and dealer</th><td>Upper tier, CBDU218844</td></tr>
        <tr><th scope="row">Trade body</th><td>Member of the British Metals Recycling Association</td></tr>
      </tbody>
    </table>
  </section>

  <section class="container py-4" id="checks">
    <h2>How we check every seller</h2>
    <p>The Scrap Metal Dealers Act 2013 sets the rules for every yard in England. At Tyne Metal every transaction follows them:</p>
    <ul class="tick-list">
      <li>We see and copy photo ID and proof of address from every seller, every time.</li>
      <li>We don&rsquo;t pay cash. Payment is by bank transfer to an account in the seller&rsquo;s name.</li>
      <li>Every load is photographed on the weighbridge with the vehicle that brought it.</li>
      <li>We keep our records for three years and show them to the council or police on request.</li>
    </ul>
  </section>

  <section class="container py-4 feature" id="operation-reclaim">
    <p class="eyebrow">Working with the police</p>
    <h2>Operation Reclaim: stopping stolen metal at our gate</h2>
    <p>Cable theft from the railway and from telecoms and power lines caused weeks of delays across the North East in 2023, and catalytic converters were being cut from cars on Gateshead&rsquo;s streets night after night. Stolen metal has to be sold somewhere. Since May 2024 we&rsquo;ve worked with Northumbria Police&rsquo;s Metal Theft Unit and British Transport Police on Operation Reclaim, to make sure it isn&rsquo;t sold here.</p>
    <p>The ANPR camera at our weighbridge gate checks every vehicle that comes in against police systems, and flags a vehicle linked to metal theft to the unit&rsquo;s officers and our weighbridge staff at the same time. Both forces send us a weekly watch list of what has been stolen in the region, down to cable types and markings, and BTP&rsquo;s cable theft officers have trained our staff to recognise railway and telecoms cable even when it has been burnt or stripped. When something doesn&rsquo;t look right, the seller is asked to wait and we ring the unit&rsquo;s direct line. Officers also make an unannounced check of our records every month.</p>
    <h3>Results so far (May 2024 to October 2025)</h3>
    <ul class="results">
      <li>142 vehicles flagged by the gate camera</li>
      <li>9 arrests from calls made by our weighbridge staff</li>
      <li>3.6 tonnes of stolen railway and telecoms cable recovered and returned to its owners</li>
      <li>Every monthly records check passed</li>
    </ul>
    <blockquote class="wp-block-quote">
      <p>&ldquo;Thieves need somewhere to turn metal into money. Yards that check every load and pick up the phone close that door.&rdquo;</p>
      <cite>Detective Sergeant Lee Robson, Northumbria Police Metal Theft Unit</cite>
    </blockquote>
  </section>

  <section class="container py-4 feature" id="catmark">
    <p class="eyebrow">In the community</p>
    <h2>CatMark: free catalytic converter marking</h2>
    <p>&ldquo;Will my catalytic converter get nicked?&rdquo; is still the question our customers ask most. Since July 2024 our yard team have run free CatMark days in supermarket and leisure centre car parks across Gateshead with Gateshead Council&rsquo;s community safety team, who book the sites and let residents know. We put the car on a mobile ramp, etch a unique number on the converter, register it on a national property database and give the driver a window sticker that tells thieves not to bother.</p>
    <ul class="results">
      <li>1,260 converters marked at 11 CatMark days</li>
      <li>Not one marked converter has been reported stolen</li>
    </ul>
    <p>Next CatMark day: <strong>Saturday 6 December, Felling leisure centre car park, 9am to 1pm.</strong> No need to book.</p>
  </section>

  <section class="container py-4" id="faq">
    <h2>Questions</h2>
    <details><summary>Do I need ID to sell scrap?</summary><p>Yes. Bring a passport or photo driving licence and a utility bill or bank statement from the last three months.</p></details>
    <details><summary>Why can&rsquo;t you pay cash?</summary><p>Cash payments for scrap metal have been against the law since 2013. We pay by bank transfer, usually within the hour.</p></details>
    <details><summary>Do you buy catalytic converters?</summary><p>Only from registered garages and vehicle dismantlers with paperwork. We don&rsquo;t buy loose converters from the public.</p></details>
    <details><summary>Do you take whole cars?</summary><p>Yes. We&rsquo;re an authorised treatment facility and issue a certificate of destruction for every vehicle.</p></details>
  </section>

  <section class="cta-band bg-warning">
    <div class="container d-flex justify-content-between align-items-center">
      <p class="h4 mb-0">Got scrap? Call 0191 498 0420 or send us a photo for a quote.</p>
      <a class="btn btn-dark" href="/contact/#quote">Get a quote</a>
    </div>
  </section>
</main>

<footer class="site-footer bg-dark text-white">
  <div class="container">
    <div class="row">
      <div class="col-md-4">
        <h4>Tyne Metal Recycling</h4>
        <p>Unit 4, South Shore Road<br>Gateshead NE8 3AE</p>
        <p><a href="tel:01914980420">0191 498 0420</a><br><a href="mailto:yard@tynemetal.example.co.uk">yard@tynemetal.example.co.uk</a></p>
      </div>
      <div class="col-md-4">
        <h4>Opening hours</h4>
        <p>Monday to Friday 7.30am to 4.30pm<br>Saturday 8am to 12pm<br>Closed Sundays and bank holidays</p>
      </div>
      <div class="col-md-4">
        <h4>Useful links</h4>
        <ul><li><a href="/privacy/">Privacy policy</a></li><li><a href="/cookies/">Cookie policy</a></li><li><a href="/terms/">Terms of trade</a></li></ul>
      </div>
    </div>
    <p class="legal small">Tyne Metal Recycling Ltd. Registered in England, company no. 01163482. VAT no. GB 173 4482 19. Scrap metal dealer&rsquo;s site licence SMD/S/0147 (Gateshead Council). Environment Agency permit EPR/TB3927QK.</p>
    <p class="credit small">&copy; 2025 Tyne Metal Recycling Ltd &middot; Website by Northlight Web</p>
  </div>
</footer>
<script src="/wp-content/themes/tmr/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


# ------------------ 8. A hyperlocal writer's newsletter post on Substack (HTML)

EASTON_LEDGER_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>The camera that never came back - by Nadia Farah - The Easton Ledger</title>
<meta property="og:title" content="The camera that never came back">
<meta property="og:description" content="Two years after the CCTV at the Seddon Road junction went dark, nobody will say when it is coming back.">
<meta property="og:site_name" content="The Easton Ledger">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"pub\\":{\\"name\\":\\"The Easton Ledger\\",\\"subdomain\\":\\"eastonledger\\"}}");</script>
</head>
<body class="pc-root">
<div id="entry">
  <div class="main-menu">
    <div class="topbar-content">
      <a class="navbar-logo-container" href="/"><img class="navbar-logo" src="https://substackcdn.com/image/fetch/eastonledger-logo.png" alt="The Easton Ledger"></a>
      <h1 class="navbar-title"><a href="/">The Easton Ledger</a></h1>
      <div class="navbar-buttons">
        <button class="button primary subscribe-btn">Subscribe</button>
        <button class="button sign-in-link">Sign in</button>
      </div>
    </div>
  </div>

  <div class="single-post-container">
    <article class="typography newsletter-post post">
      <div class="post-header">
        <h1 class="post-title published">The camera that never came back</h1>
        <h3 class="subtitle">Two years after the CCTV at the Seddon Road junction went dark, nobody will say when it is coming back. Residents have had enough.</h3>
        <div class="post-meta">
          <div class="profile-hover-card-target"><a href="https://substack.com/@nadiafarah">Nadia Farah</a></div>
          <div class="post-date" title="Fri, 21 Nov 2025 07:02:11 GMT">Nov 21, 2025</div>
        </div>
        <div class="post-ufi">
          <a class="like-button-container"><span class="label">47</span></a>
          <a class="post-ufi-comment-button"><span class="label">12</span></a>
          <a class="post-ufi-button restack"><span class="label">3</span></a>
          <a class="post-ufi-button share">Share</a>
        </div>
      </div>

      <div class="available-content">
        <div class="body markup" dir="auto">
          <p>For eleven years a council CCTV camera watched the junction of Seddon Road and Warwick Place. In March 2023 it stopped working. That summer it was taken down &ldquo;for repair&rdquo;. It has not come back.</p>
          <p>Since then, the people who live around the junction say, things have got worse: drug dealing in the lane behind the shops, cars racing round the block at two in the morning, and a stabbing outside the launderette in August that left a nineteen-year-old in hospital.</p>
          <p>The numbers back them up, up to a point. Police.uk shows 87 reports of anti-social behaviour in the streets around the junction in the twelve months to September, against 52 in the twelve months before the camera came down. Recorded violent crime is up too, from 31 to 44. Nobody can say how much of that is about a camera, but it is the thing people on Seddon Road keep coming back to.</p>

          <div class="subscription-widget-wrap">
            <div class="subscription-widget">
              <p class="cta-caption">Thanks for reading The Easton Ledger! Subscribe for free to receive new posts and support my work.</p>
              <form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email&hellip;"><input type="submit" value="Subscribe"></form>
            </div>
          </div>

          <h2 class="header-anchor-post">What the council says</h2>
          <p>A Bristol City Council spokesperson told me the camera was one of 38 across the city that failed when the old analogue network was switched off, and that replacing it would cost about &pound;14,000. &ldquo;There is currently no budget identified for the replacement of this camera,&rdquo; they said. &ldquo;We will continue to review priorities across the network.&rdquo;</p>
          <p>I asked when that review would happen. I have not had an answer.</p>

          <h2 class="header-anchor-post">What the police say</h2>
          <p>Inspector Gareth Wynne, who leads the Easton and Lawrence Hill neighbourhood team for Avon and Somerset Police, told me the team &ldquo;regularly reviews patrol patterns in the area&rdquo; and would &ldquo;support any bid for replacement CCTV&rdquo;. He asked residents to keep reporting problems, online or on 101, &ldquo;so that we can build an accurate picture&rdquo;.</p>
          <p>That is fair enough as far as it goes. But several people I spoke to said they had stopped reporting because nothing seemed to happen, which is exactly how a picture stops being accurate.</p>

          <h2 class="header-anchor-post">What residents want</h2>
          <p>The Seddon Road Residents&rsquo; Group has a petition with 412 signatures asking for the camera back and for better lighting in the lane. Some members also want the council to consider a public spaces protection order to deal with the cars. Its chair, Bev Okonjo, put it simply: &ldquo;We&rsquo;re not asking for anything new. We&rsquo;re asking for what we had.&rdquo;</p>
          <p>Councillor Rosa Lindqvist, who represents Easton, said she would ask for the camera to go into the council&rsquo;s capital programme when the budget is set in February. &ldquo;I can&rsquo;t promise it will get through,&rdquo; she said. &ldquo;I can promise it will be argued for.&rdquo;</p>

          <h2 class="header-anchor-post">What happens next</h2>
          <p>The residents&rsquo; group meets on Wednesday 3 December at 7pm at Easton Community Centre, and says it will hand in the petition before the budget meeting. I&rsquo;ll be there, and I&rsquo;ll report back.</p>
          <p><em>If you live near the junction and want to tell me what it&rsquo;s like, reply to this email. I read everything.</em></p>
        </div>
      </div>

      <div class="post-footer">
        <div class="post-ufi">
          <a class="like-button-container"><span class="label">47 Likes</span></a>
          <a class="post-ufi-button restack"><span class="label">3 Restacks</span></a>
        </div>
        <div class="subscribe-footer">
          <p>The Easton Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p>
          <button class="button primary">Subscribe</button>
        </div>
      </div>
    </article>

    <div class="comments-section">
      <h3 class="comments-heading">Discussion about this post</h3>
      <div class="comment-tabs"><button class="active">Comments</button><button>Restacks</button></div>
      <form class="comment-input"><textarea placeholder="Write a comment..."></textarea></form>
      <div class="comment">
        <div class="comment-meta"><a class="commenter-name">Tom Heslop</a> <span class="comment-date">2d</span></div>
        <div class="comment-body"><p>I&rsquo;ve lived on Warwick Place since 2009. The camera wasn&rsquo;t perfect but people behaved differently under it. Glad someone is asking.</p></div>
        <div class="comment-actions"><span class="like-count">14</span> <a>Reply</a></div>
      </div>
      <div class="comment">
        <div class="comment-meta"><a class="commenter-name">Shazia K</a> <span class="comment-date">2d</span></div>
        <div class="comment-body"><p>A camera on a pole won&rsquo;t fix the lane. Lights and a youth club would do more. But yes, put it back.</p></div>
        <div class="comment-actions"><span class="like-count">9</span> <a>Reply</a></div>
      </div>
      <div class="comment">
        <div class="comment-meta"><a class="commenter-name">Nadia Farah</a> <span class="comment-badge">Author</span> <span class="comment-date">1d</span></div>
        <div class="comment-body"><p>Thanks both. Shazia, I&rsquo;m asking the council about the lighting too and will include it in the follow-up.</p></div>
        <div class="comment-actions"><span class="like-count">6</span> <a>Reply</a></div>
      </div>
      <button class="button">See all 12 comments</button>
    </div>

    <div class="ready-for-more">
      <h3>Ready for more?</h3>
      <form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email&hellip;"><input type="submit" value="Subscribe"></form>
    </div>
  </div>

  <div class="footer-wrap">
    <div class="footer">
      <div class="copyright">&copy; 2025 Nadia Farah</div>
      <div class="footer-links"><a href="/privacy">Privacy</a> &#8729; <a href="/tos">Terms</a> &#8729; <a href="/collection">Collection notice</a></div>
      <div class="footer-buttons"><a class="button" href="https://substack.com/signup">Start writing</a><a class="button" href="https://substack.com/app">Get the app</a></div>
      <div class="footer-slogan"><a href="https://substack.com">Substack</a> is the home for great culture</div>
    </div>
  </div>
</div>
</body>
</html>
"""


# ------------------ 9. A community foundation's grant stories page (HTML)

TRENT_PEAK_HTML = """<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Safer Communities Fund: what your grants did in 2024-25 - Trent &amp; Peak Community Foundation</title>
<link rel="canonical" href="https://www.trentpeakcf.example.org.uk/our-impact/safer-communities-fund-2024-25/">
<link rel="stylesheet" href="/assets/css/site.min.css?v=20251002">
<style>.story-card{border-top:4px solid #e2542a}.chip[aria-pressed=true]{background:#1d3b52;color:#fff}</style>
</head>
<body class="template-impact-story">
<a class="skip-link" href="#main">Skip to main content</a>

<div class="utility-bar">
  <div class="wrap">
    <span>Registered charity no. 1131206</span>
    <nav aria-label="Utility"><a href="/contact/">Contact</a> <a href="/news/">News</a> <a class="btn btn--small btn--accent" href="/give/donate/">Donate</a></nav>
  </div>
</div>

<header class="masthead">
  <div class="wrap">
    <a class="logo" href="/"><img src="/assets/img/tpcf-logo.svg" alt="Trent &amp; Peak Community Foundation"></a>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/apply/">Apply for a grant</a></li>
        <li><a href="/give/">Give</a></li>
        <li class="is-current"><a href="/our-impact/" aria-current="true">Our impact</a></li>
        <li><a href="/news/">News</a></li>
        <li><a href="/about-us/">About us</a></li>
      </ul>
    </nav>
    <button class="nav-toggle" aria-expanded="false">Menu</button>
  </div>
</header>

<main id="main">
  <nav class="breadcrumb wrap" aria-label="Breadcrumb">
    <ol><li><a href="/">Home</a></li><li><a href="/our-impact/">Our impact</a></li><li aria-current="page">Safer Communities Fund 2024-25</li></ol>
  </nav>

  <section class="page-intro wrap">
    <h1>Safer Communities Fund: what your grants did in 2024-25</h1>
    <p class="lede">The Safer Communities Fund gives grants of up to &pound;10,000 to grassroots groups in Staffordshire and Stoke-on-Trent that help people feel safer where they live. Last year it was paid for by local donors, two family trusts and the Staffordshire Commissioner&rsquo;s Office. Here is some of what the groups did with it.</p>
  </section>

  <section class="stat-strip" aria-label="The fund at a glance">
    <div class="wrap stat-strip__grid">
      <div class="stat"><span class="stat__number">&pound;186,400</span><span class="stat__label">awarded in 2024-25</span></div>
      <div class="stat"><span class="stat__number">27</span><span class="stat__label">groups funded</span></div>
      <div class="stat"><span class="stat__number">&pound;6,900</span><span class="stat__label">average grant</span></div>
    </div>
  </section>

  <section class="filters wrap" aria-label="Filter stories">
    <p class="filters__label">Show stories from:</p>
    <button class="chip" aria-pressed="true">All areas</button>
    <button class="chip" aria-pressed="false">Burton</button>
    <button class="chip" aria-pressed="false">Stoke-on-Trent</button>
    <button class="chip" aria-pressed="false">Leek</button>
    <button class="chip" aria-pressed="false">Stafford</button>
  </section>

  <section class="stories wrap">
    <article class="story-card" id="bike-back">
      <img src="/media/2025/10/bike-back-workshop.jpg" alt="Two young people fitting a wheel to a bike in a workshop" loading="lazy">
      <div class="story-card__body">
        <ul class="tags"><li>Burton upon Trent</li><li>Young people</li></ul>
        <h2>Bike Back, Burton upon Trent</h2>
        <p class="grant-line">Grant: &pound;8,500 to Trentside Youth Trust</p>
        <p>Every year Staffordshire Police ends up holding hundreds of bikes that have been found or seized and never claimed. Since September 2024 Trentside Youth Trust has been giving them a second life. On its eight-week Bike Back course, young people referred by schools and the youth offending service strip down one of the bikes, rebuild it with the trust&rsquo;s mechanic and keep it.</p>
        <p>Officers from Staffordshire Police&rsquo;s East Staffordshire Neighbourhood Policing Team collect the bikes from the force&rsquo;s property store, come to the last session of every course to security-mark and register each finished bike, and stay for a brew and a chat about keeping it safe.</p>
        <ul class="outcomes">
          <li>74 young people finished the course and rode home on a bike they rebuilt</li>
          <li>None of the 74 bikes has been reported stolen</li>
          <li>Nine have come back to volunteer in the workshop</li>
        </ul>
        <blockquote><p>&ldquo;The first week they won&rsquo;t look at the officers. By week eight they&rsquo;re showing them their gears.&rdquo;</p><footer>Kyle Brennan, youth worker, Trentside Youth Trust</footer></blockquote>
      </div>
    </article>

    <article class="story-card" id="safe-at-home">
      <img src="/media/2025/10/safe-at-home-door-chain.jpg" alt="A volunteer fitting a door chain" loading="lazy">
      <div class="story-card__body">
        <ul class="tags"><li>Stoke-on-Trent</li><li>Older people</li></ul>
        <h2>Safe at Home, Stoke-on-Trent</h2>
        <p class="grant-line">Grant: &pound;7,200 to Potteries Handyperson Project</p>
        <p>After a burglary or a visit from a bogus caller, many older people stop feeling safe in their own homes. Potteries Handyperson Project&rsquo;s volunteer handypeople now fit door chains and viewers, window locks, key safes and video doorbells free for people over 65, referred by social prescribers and GP practices across the city, and show them how to use what has been fitted before they leave.</p>
        <ul class="outcomes">
          <li>310 homes made more secure between October 2024 and September 2025</li>
          <li>All but four of the people helped said they felt safer afterwards</li>
        </ul>
      </div>
    </article>

    <article class="story-card story-card--new" id="leek-street-angels">
      <div class="story-card__body">
        <ul class="tags"><li>Leek</li><li>Neighbourhoods</li></ul>
        <h2>Just funded: Leek Street Angels</h2>
        <p class="grant-line">Grant: &pound;6,000 to Leek Street Angels</p>
        <p>A new team of trained volunteers will be out in Leek town centre on Friday and Saturday nights from January 2026, helping anyone who is lost, hurt or has had too much to drink. We&rsquo;ll share how they get on next year.</p>
      </div>
    </article>
  </section>

  <section class="pull-quote wrap">
    <blockquote><p>&ldquo;The groups we fund know their streets better than anyone. Our job is to get money to them quickly and then get out of the way.&rdquo;</p><footer>Marion Tate, Chief Executive, Trent &amp; Peak Community Foundation</footer></blockquote>
  </section>

  <section class="callout callout--apply wrap">
    <h2>Apply to the Safer Communities Fund</h2>
    <p>Grants of &pound;1,000 to &pound;10,000 for constituted groups and charities with an income under &pound;250,000. Next closing date: Friday 16 January 2026.</p>
    <a class="btn btn--accent" href="/apply/safer-communities-fund/">Check if you can apply</a>
  </section>

  <nav class="more-stories wrap" aria-label="More impact stories">
    <h2>More from our impact pages</h2>
    <ul><li><a href="/our-impact/warm-spaces-2024-25/">Warm Spaces 2024-25</a></li><li><a href="/our-impact/moorlands-rural-fund/">Moorlands Rural Fund</a></li><li><a href="/our-impact/annual-review-2024/">Annual review 2024</a></li></ul>
  </nav>
</main>

<footer class="site-footer">
  <div class="wrap site-footer__grid">
    <div>
      <p class="site-footer__name">Trent &amp; Peak Community Foundation</p>
      <p>The Granary, Wharf Road, Stone ST15 8XY<br><a href="tel:01632960880">01632 960880</a><br><a href="mailto:grants@trentpeakcf.example.org.uk">grants@trentpeakcf.example.org.uk</a></p>
    </div>
    <div>
      <p class="site-footer__heading">Stay in touch</p>
      <form class="newsletter-signup"><label for="nl-email">Get our e-news</label><input id="nl-email" type="email"><button>Sign up</button></form>
      <ul class="social"><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Instagram</a></li></ul>
    </div>
    <div>
      <p class="site-footer__heading">Accredited</p>
      <p>An accredited member of the UK Community Foundations network.</p>
    </div>
  </div>
  <div class="wrap site-footer__legal">
    <p>Trent &amp; Peak Community Foundation is a registered charity in England and Wales, no. 1131206, and a company limited by guarantee, no. 06894217.</p>
    <p><a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a> &middot; Website by Kiln Digital</p>
  </div>
</footer>

<div class="cookie-banner" role="region" aria-label="Cookies">
  <p>We use essential cookies to make this site work, and analytics cookies to understand how it is used. <a href="/cookies/">Read about cookies</a></p>
  <button class="btn">Accept analytics cookies</button> <button class="btn btn--ghost">Reject analytics cookies</button>
</div>
<script src="/assets/js/site.min.js?v=20251002" defer></script>
</body>
</html>
"""


# ------------------ 10. A digital agency's weeknotes (Markdown with Jekyll front matter)

FIELDWORK_WEEKNOTES_MD = """---
layout: post
title: "Weeknotes S3E19: six weeks of Report it once"
date: 2025-11-14 16:30:00 +0000
author: Priya Raman
categories: [weeknotes]
tags: [anti-social behaviour, wakefield, private beta, forms, discovery]
excerpt: "The private beta numbers are in, we hired a designer and the map broke on old iPhones."
comments: false
---

Hello from a very wet Leeds. It's been a good week, mostly. Here's what happened.

**TL;DR**

- Report it once has been in private beta for six weeks and we shared the first numbers with the partners on Tuesday
- We started a discovery on booking bulky waste collections
- Tomasz joins us as a content designer on 1 December
- The map broke on iPhones running iOS 15, and then it didn't

## Report it once: six weeks in

A quick recap for anyone new. Report it once is the single online form for reporting anti-social behaviour in the Wakefield district, which we've been building with Wakefield Council's community safety team and West Yorkshire Police's Wakefield District ASB team since the spring. Before it, residents had to work out whether noisy neighbours or kids on bikes were a council thing or a police thing, and plenty of people reported the same incident twice, to both, or gave up.

The form asks what happened and where, with a map to drop a pin on, and then sends the report to whichever team should deal with it, or to both, under one reference number. Case officers in both teams see the same record. It went into private beta on 1 October for residents in Castleford, Airedale and Normanton, linked from the council's and the force's websites.

On Tuesday we went through the first six weeks with Sue and her team at the council and Sergeant Ibbotson's team at the police. The headlines:

- 612 reports came through the form in its first six weeks
- 91% of them had an exact location, against 38% on the old forms
- the same incident reported separately to council and police: 1 in 50, down from about 1 in 6
- median time to first contact from a case officer: 1 day, down from 4

| Measure | Old forms (Jul to Sep) | Private beta (1 Oct to 12 Nov) |
|---|---|---|
| Reports made online | 203 | 612 |
| Reports with an exact location | 38% | 91% |
| Reported to both council and police | about 1 in 6 | 1 in 50 |
| Median days to first contact | 4 | 1 |

> "I used to spend Monday mornings ringing people to ask which end of the street they meant. Now I just look at the pin." (ASB case officer, Wakefield Council)

Two caveats we were careful to make in the room. Six weeks is short, and the people who found the form in beta may not be typical. And the rise in online reports is partly people moving from the phone, not new reports.

What went less well: on Monday Joe found that the map wouldn't load on iPhones running iOS 15, which is roughly 4% of our traffic. We shipped a fallback (type a street name instead) the same afternoon. Next we want to look at why 1 in 5 people drop out at the "what happened" question.

## Other things

- **Bulky waste discovery.** We kicked off a six-week discovery with a district council in the East Midlands on booking bulky waste collections. Lots of interviews booked; nothing to report yet.
- **Hiring.** Tomasz Nowak joins as a content designer on 1 December. He comes from a housing association, where he rewrote every tenancy letter in plain English, which is the kind of thing we like.
- **Ops.** Everyone is now on the new laptops. RIP the sticker-covered 2019 MacBooks.

## Reading

- The GDS blog on [designing for people who are stressed](https://gds.blog.gov.uk/) (a classic, and still right)
- Sarah's write-up of [our accessibility audit process](/blog/accessibility-audits/)

## Next week

- Share the Report it once findings with the council's cabinet member for communities
- Usability testing of the bulky waste booking journey on paper
- Our quarterly show and tell, Thursday at 3pm, all welcome

Priya (delivery lead)

---

*Fieldwork Digital is a small digital agency in Leeds working with councils, charities and public services. We write weeknotes every Friday, whoever draws the short straw. Company no. 11284763. Say hello: hello@fieldwork.example.co.uk*
"""


# ------------------ 11. A talking newspaper's recording script (plain text)

STOUR_VALLEY_TALKING_NEWS_TXT = """STOUR VALLEY TALKING NEWS
Weekly edition no. 2114                  Recorded Tuesday 25 November 2025
For Sudbury, Great Cornard, Long Melford and the Stour Valley villages
Free to anyone with sight loss.  Registered charity no. 1019745.
========================================================================
RECORDING SCRIPT -- READERS' COPY
Readers:  Jean Hollis (R1)   Malcolm Day (R2)
Editor:   Pat Reeve          Sound: Dev Mistry
Target running time: 60 minutes, one memory stick
========================================================================

Notes for readers (not to be read out)
  * Cornard is said CORN-ard. Melford is MEL-ford.
  * Read figures as words, slowly. Pause two seconds between items.
  * If you stumble, stop, count three and go back to the start of the
    sentence. Dev will edit.

------------------------------------------------------------------------
[TRACK 1]  [JINGLE: Talking News theme, 10 secs, fade under]
------------------------------------------------------------------------

R1: Hello, and welcome to edition two thousand one hundred and fourteen
    of the Stour Valley Talking News. I'm Jean Hollis.

R2: And I'm Malcolm Day. In this edition: a safer estate in Sudbury,
    fire safety visits for listeners, what's on, and our Christmas
    arrangements.

------------------------------------------------------------------------
[TRACK 2]  FROM THE EDITOR            (R1, about 2 minutes)
------------------------------------------------------------------------

R1: Pat, our editor, writes: We now send out one hundred and eighty-six
    memory sticks every week, and eleven new listeners joined us in
    October. Thank you to our thirty-four volunteers, who read, record,
    copy and deliver every edition. Later in the programme you'll hear
    how our fire safety visits have gone since the spring. If you'd like
    one, just tell your delivery volunteer.

------------------------------------------------------------------------
[TRACK 3]  LOCAL NEWS                 (R2 and R1 alternate)
           Items from the Stour Valley Echo, by kind permission
------------------------------------------------------------------------

R2: Market Hill crossing. Suffolk Highways will close the crossing on
    Market Hill in Sudbury for resurfacing from Monday 1 December, for
    about a week. A temporary crossing will be in place by the bus stop.

    [PAUSE]

R1: Doorstep crime. A year after the Springlands estate in Sudbury
    became a No Cold Calling Zone, reports of doorstep crime on the
    estate have fallen from seventeen to three. The zone was set up by
    Suffolk Constabulary's Sudbury and Great Cornard Safer
    Neighbourhood Team with Suffolk County Council's Trading Standards
    service, after a run of rogue roofers and bogus water board callers
    targeted older residents. Every home on the estate was given a door
    sticker and a card with numbers to call, signs went up at the
    entrances to the estate, and officers from the neighbourhood team
    visit anyone who reports a cold caller within a day. Three men were
    charged in the spring after residents rang in descriptions of their
    van.

R1: PCSO Amy Whitworth told the Echo: "People on Springlands now shut
    the door and pick up the phone. The rogue traders have noticed."

    [PAUSE]

R2: Long Melford library. From January the library in Long Melford
    will open on Saturday mornings as well as Tuesday and Thursday
    afternoons. The talking books collection has moved to the front
    desk.

    [PAUSE]

R1: Football. Sudbury Town drew two-all at home to Stowmarket on
    Saturday, and Long Melford lost three-one away at Haverhill.

------------------------------------------------------------------------
[TRACK 4]  SAFE AND WARM: FIRE SAFETY VISITS FOR LISTENERS   (R2)
------------------------------------------------------------------------

R2: Since March, when our volunteers drop off your memory stick, they
    have been asking whether you would like a free home fire safety
    visit. With your agreement we pass your name to Suffolk Fire and
    Rescue Service, and their staff come out to check your smoke alarms,
    fit new ones where they are needed, and talk through how you would
    get out if there were a fire. For listeners who cannot see a
    flashing light or hear an alarm well, they fit alarms with a
    vibrating pad that goes under the pillow.

R2: Fifty-eight listeners have had a visit so far, and forty-four new
    smoke alarms have been fitted, eleven of them with vibrating pads.
    One listener in Great Cornard told us her alarm went off in
    September when a pan caught, and she was out of the kitchen before
    she knew what it was.

R2: If you would like a visit, tell your delivery volunteer or ring the
    office on 01632 960214.

------------------------------------------------------------------------
[TRACK 5]  WHAT'S ON                  (R1)
------------------------------------------------------------------------

R1: Saturday 29 November: Sudbury Christmas lights switch-on, Market
    Hill, from four o'clock.
R1: Wednesday 3 December: Long Melford Christmas fair, Holy Trinity
    church, ten till three. Entry one pound.
R1: Thursday 11 December: Visually impaired persons' group Christmas
    lunch, The Mill Hotel, twelve thirty. Fourteen pounds fifty. Book
    with Margaret by 1 December.

------------------------------------------------------------------------
[TRACK 6]  ANNOUNCEMENTS              (R2)
------------------------------------------------------------------------

R2: Christmas. There will be no edition on Thursday 25 December. A
    double edition will reach you on Tuesday 23 December.
R2: Returning your stick. Please put your memory stick back in its
    yellow wallet and leave it out for your volunteer, or post it free
    to us. The address is printed on the wallet.
R2: Readers wanted. We are looking for two more volunteer readers for
    the Tuesday recording session. Ring Pat on 01632 960214.

------------------------------------------------------------------------
[TRACK 7]  CLOSE                      (R1 and R2)
------------------------------------------------------------------------

R1: That's all for this week. Thank you for listening.
R2: From all of us at the Stour Valley Talking News, goodbye.

[JINGLE: Talking News theme, full, 15 secs]

========================================================================
END OF SCRIPT.  Running time at read-through: 58 min 40 sec
Studio: The Old School Room, 2 Gainsborough Street, Sudbury CO10 2EU
========================================================================
"""


TEXT_DOCUMENTS = {
    "tyne-metal-recycling-compliance-and-crime-prevention.html": TYNE_METAL_HTML,
    "easton-ledger-the-camera-that-never-came-back.html": EASTON_LEDGER_HTML,
    "trent-peak-community-foundation-safer-communities-fund-2024-25.html": TRENT_PEAK_HTML,
    "fieldwork-digital-weeknotes-s3e19-report-it-once.md": FIELDWORK_WEEKNOTES_MD,
    "stour-valley-talking-news-edition-2114-script.txt": STOUR_VALLEY_TALKING_NEWS_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    chamber_link(out)
    wensum_valley_citizens_advice_annual_report(out)
    wild_solway_reserves_feature(out)
    market_matters(out)
    together_foster_carers(out)
    usk_valley_cfr_annual_report(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
