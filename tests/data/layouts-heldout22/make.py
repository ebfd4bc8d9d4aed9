"""Write the binary documents of the twenty-second held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout22/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a cathedral's annual
review, a leisure centre's members' newsletter, a business park's management bulletin to its
occupiers, a library service's annual report, a village hall committee's report to its annual
meeting and a domestic abuse charity's impact report. The HTML, Markdown and plain-text documents
beside this script are written by hand; manifest.json lists every document's intended initiatives.

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
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _box(flowables, width, fill, edge, pad=8, edge_width=0.8):
    box = Table([[flowables]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill),
                             ("BOX", (0, 0), (-1, -1), edge_width, edge),
                             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return box


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", zebra=None):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
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


# ------------------ 1. A cathedral's annual review (PDF, single column, running head, several pages)

RC_PURPLE = colors.HexColor("#4b2367")
RC_GOLD = colors.HexColor("#b8912f")
RC_PALE = colors.HexColor("#f5f0e6")
RC_BODY = ParagraphStyle("rcbody", fontName="Times-Roman", fontSize=11, leading=14.6, spaceAfter=7)
RC_LEAD = ParagraphStyle("rclead", parent=RC_BODY, fontName="Times-Italic", fontSize=12, leading=16)
RC_CELL = ParagraphStyle("rccell", parent=RC_BODY, fontSize=9.2, leading=11.5, spaceAfter=0)
RC_CELLB = ParagraphStyle("rccellb", parent=RC_CELL, fontName="Times-Bold", textColor=colors.white)
RC_TITLE = ParagraphStyle("rctitle", parent=RC_BODY, fontName="Times-Bold", fontSize=26, leading=30,
                          textColor=RC_PURPLE, spaceAfter=4)
RC_SUB = ParagraphStyle("rcsub", parent=RC_BODY, fontName="Times-Italic", fontSize=13, leading=16,
                        textColor=RC_GOLD, spaceAfter=14)
RC_H1 = ParagraphStyle("rch1", parent=RC_BODY, fontName="Times-Bold", fontSize=16, leading=19,
                       textColor=RC_PURPLE, spaceBefore=12, spaceAfter=5, keepWithNext=1)
RC_H2 = ParagraphStyle("rch2", parent=RC_BODY, fontName="Times-BoldItalic", fontSize=12.5, leading=15.5,
                       textColor=RC_GOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1)
RC_BUL = ParagraphStyle("rcbul", parent=RC_BODY, leftIndent=18, bulletIndent=6, spaceAfter=2)
RC_SIG = ParagraphStyle("rcsig", parent=RC_BODY, fontName="Times-Italic", spaceAfter=10)


def _rc_page_factory(total):
    def _rc_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page > 1:
            canvas.setFillColor(RC_PURPLE)
            canvas.setFont("Times-Italic", 9)
            canvas.drawString(64, height - 34, "Ravensworth Cathedral")
            canvas.drawRightString(width - 64, height - 34, "Annual Review 2024")
            canvas.setStrokeColor(RC_GOLD)
            canvas.setLineWidth(0.7)
            canvas.line(64, height - 40, width - 64, height - 40)
        canvas.setStrokeColor(RC_GOLD)
        canvas.line(64, 46, width - 64, 46)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Times-Roman", 7.8)
        canvas.drawString(64, 34, "The Chapter of Ravensworth Cathedral, registered with the Charity Commission, "
                                  "no. 1190442.")
        canvas.drawString(64, 24, "Chapter Office, 4 Minster Yard, Ravensworth LN4 2DQ  \u00b7  01632 960288")
        canvas.setFont("Times-Bold", 8.5)
        canvas.drawRightString(width - 64, 29, f"{doc.page} / {total or '?'}")
        canvas.restoreState()
    return _rc_page


def _rc_story():
    p = lambda text, style=RC_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, RC_BUL, bulletText="\u2022")  # noqa: E731
    width = A4[0] - 128
    numbers = _table([["The year in numbers", "2023", "2024"],
                      ["Visitors (door count)", "131,904", "142,380"],
                      ["Services held", "1,877", "1,912"],
                      ["Baptisms, weddings and funerals", "96", "104"],
                      ["School pupils on education visits", "6,210", "7,045"],
                      ["Volunteers", "588", "612"]],
                     [width - 160, 80, 80], RC_CELL, RC_PURPLE, RC_CELLB, grid="#c9bfa8", zebra=RC_PALE)
    money = _table([["Summary of accounts", "2024"],
                    ["Income: congregations, visitors and donations", "\u00a31,482,000"],
                    ["Income: grants, including the roof appeal", "\u00a31,236,000"],
                    ["Income: trading (shop and refectory)", "\u00a3694,000"],
                    ["Expenditure: worship, music and mission", "\u00a31,318,000"],
                    ["Expenditure: fabric and repairs", "\u00a31,604,000"],
                    ["Expenditure: staff and running costs", "\u00a3462,000"]],
                   [width - 110, 110], RC_CELL, RC_PURPLE, RC_CELLB, grid="#c9bfa8")
    return [
        p("Ravensworth Cathedral", RC_TITLE),
        p("Annual Review 2024", RC_SUB),
        p("\u201cA house of prayer for all people\u201d", RC_LEAD),
        p("From the Dean", RC_H1),
        p("This has been a year of scaffolding and song. For most of it the north transept stood wrapped in "
          "sheeting while the roof was stripped and re-leaded, and yet the daily round of prayer never "
          "stopped: Evensong was sung on all but four days of the year, and the nave was full for the "
          "Christingle and for the Remembrance Sunday service with the Royal Anglian Regiment."),
        p("None of this happens without the 612 volunteers, the choir, the vergers and the staff of the "
          "Chapter Office, and I thank every one of them. I also thank the many friends of the cathedral "
          "who gave to the roof appeal, which closed in October having reached its target."),
        p("It was also a year of welcome. More visitors came through the west door than in any year since "
          "records began, the refectory reopened with a new kitchen, and the Close became a calmer and "
          "safer place in the evenings, for which I am grateful to our close constables, to the city's "
          "neighbourhood police officers and to the young people who now help us rather than hinder us. "
          "Our winter shelter in the Chapter House showed what the cathedral's buildings can be for."),
        p("The Very Revd Dr Helen Ashdown, Dean of Ravensworth", RC_SIG),
        p("The year in numbers", RC_H1),
        numbers,
        Spacer(1, 8),
        p("Worship and music", RC_H1),
        p("The girls' and boys' choirs sang 410 services between them and toured to Utrecht in July. "
          "The organ scholar, Tom Fell, leaves us for Durham in the summer. The Saturday lunchtime "
          "recital series continued, with 38 recitals and a retiring collection for the music fund."),
        p("The Bishop confirmed 64 candidates at the Easter Vigil, the largest number for a decade, and the "
          "diocesan ordinations in June filled the nave. Our thanks go to the Succentor, the Revd Canon "
          "Ifeoma Adeyemi, who retired at Michaelmas after fourteen years of ordering our worship."),
        p("The fabric: the north transept roof", RC_H1),
        p("The re-leading of the north transept roof was completed in November, on time and within the "
          "budget of \u00a31.2 million agreed by Chapter in 2023. The National Lottery Heritage Fund and the "
          "Friends of Ravensworth Cathedral were the largest funders. All new lead was marked with a "
          "forensic marking solution and an alarm was fitted to the roof before the scaffold came down."),
        p("Safe and welcoming: life in the Close", RC_H1),
        p("A cathedral is a public place, open from 7.30am until dusk every day of the year. That is our "
          "calling and it is also our challenge, and three pieces of work this year are worth telling in "
          "some detail."),
        p("Close Watch", RC_H2),
        p("For several winters the Close had become a place where groups gathered after dark: fires were "
          "lit in the cloister garth, the west door was damaged twice and the vergers locking up at night "
          "were abused. In January our close constables and vergers began working with Lincolnshire "
          "Police's Ravensworth City Neighbourhood Policing Team on what we called Close Watch."),
        p("The neighbourhood officers and the close constables now walk the Close together on Thursday, "
          "Friday and Saturday evenings; the vergers carry a radio on the city's Shopwatch channel, so "
          "that the police control room hears them directly; and the PCSOs and our youth chaplain spent "
          "time getting to know the young people themselves, several of whom now help at the Saturday "
          "youth caf\u00e9 in the undercroft."),
        p("Over the year, compared with 2023:"),
        b("Anti-social behaviour reports in the Close: 96 down to 38"),
        b("Criminal damage to cathedral property: 11 down to 2"),
        b("Vergers reporting abuse when locking up: none since March"),
        p("The Chapter House winter shelter", RC_H2),
        p("From December to March the Chapter House became a night shelter for people sleeping rough in "
          "the city. We ran it with Open Door Ravensworth, the homelessness charity, whose caseworkers met "
          "every guest on the first night and worked with them through the winter towards a tenancy, a "
          "hostel place or a return home. Our own volunteers cooked the evening meal and slept over in "
          "pairs, and the refectory staff provided breakfast before guests left at 8am."),
        p("The shelter had 14 beds and was open for 112 nights. In that time 47 guests stayed with us, "
          "the longest for eleven weeks. Open Door's caseworkers registered every one of them with a GP "
          "and, by the time the shelter closed on 31 March, most had somewhere to go:"),
        b("19 guests moved on into settled accommodation"),
        b("12 moved into hostel or supported housing places"),
        b("9 were reconnected with family or a home area"),
        p("We will open the shelter again next winter, and we are grateful to the 86 volunteers who gave "
          "their nights to it and to the Ravensworth Rotary Club, which paid for the camp beds."),
        p("Lead on the roof: Operation Ridgeline", RC_H2),
        p("In the spring the song school roof lost two sheets of lead, one of 23 thefts of lead from "
          "churches and chapels across Lincolnshire and Nottinghamshire between January and April. The "
          "thefts were the work of one group crossing the county boundary along the Trent valley, and "
          "Lincolnshire Police's Rural Crime Action Team and Nottinghamshire Police's Rural Crime Team ran "
          "a joint operation against them, Operation Ridgeline."),
        p("The two teams shared ANPR data on the vans seen near the churches, visited every scrap metal "
          "dealer in both counties with the councils' licensing officers, and put covert cameras on the "
          "churches most at risk. In May officers stopped a van on the A57 carrying rolled lead that was "
          "traced by its marking to a church in Newark."),
        b("Four men charged and later convicted of 17 thefts"),
        b("Church lead thefts in the two counties fell from 23 to 3"),
        p("Learning and visitors", RC_H1),
        p("The education team welcomed 7,045 pupils on school visits, and the new family trail, with its "
          "stone gargoyle hunt, was picked up by more than 9,000 visitors in the summer holidays. The shop "
          "and refectory had their best year since 2019."),
        p("Our volunteers", RC_H1),
        p("Long service medals were presented at the volunteers' supper on 14 November to 23 stewards, "
          "guides and flower arrangers who between them have given more than 400 years to the cathedral. "
          "Margaret Holt, a guide since 1981, received the Dean's Cross."),
        p("Finance", RC_H1),
        p("The full accounts are filed with the Charity Commission. In summary:"),
        money,
        Spacer(1, 8),
        p("Looking ahead to 2025", RC_H1),
        b("Begin the second phase of the roof project, on the south aisle"),
        b("Open the undercroft as a day centre two mornings a week"),
        b("Install step-free access at the west door"),
        p("Contact", RC_H1),
        p("Chapter Office, 4 Minster Yard, Ravensworth LN4 2DQ. Telephone 01632 960288. The cathedral is "
          "open daily from 7.30am; services are listed on the noticeboard and the website."),
    ]


def ravensworth_cathedral_annual_review(out: Path) -> None:
    """A cathedral's annual review (single column, Times, several pages): a running head from page 2,
    a footer with the charity number, the Chapter Office address and postcode, the phone and 'n / m';
    title, motto, the Dean's foreword (not work), the year in numbers (not metrics), worship and music,
    the roof (not work), 'Safe and welcoming' with three pieces: Close Watch (the cathedral's close
    constables and vergers with Lincolnshire Police's neighbourhood team), the Chapter House winter
    shelter (the cathedral as 'we' with a homelessness charity, no force), Operation Ridgeline
    (Lincolnshire Police and Nottinghamshire Police; the cathedral is a victim); learning, volunteers'
    awards, the accounts (not metrics), plans for 2025 and contact."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=64, rightMargin=64, topMargin=58, bottomMargin=58,
                              title="Ravensworth Cathedral Annual Review 2024", author="The Chapter of Ravensworth",
                              invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(64, 58, A4[0] - 128, A4[1] - 116)],
                                           onPage=_rc_page_factory(total))])
        return doc
    _two_pass(out / "ravensworth-cathedral-annual-review-2024.pdf", build, _rc_story)


# ------------------ 2. A leisure centre's members' newsletter (PDF, masthead and two columns, 1-2 pages)

SP_BLUE = colors.HexColor("#0067a5")
SP_AQUA = colors.HexColor("#28b5c9")
SP_PALE = colors.HexColor("#e8f6f9")
SP_BODY = ParagraphStyle("spbody", fontName="Helvetica", fontSize=8.8, leading=11.8, spaceAfter=5)
SP_CELL = ParagraphStyle("spcell", parent=SP_BODY, fontSize=7.8, leading=9.6, spaceAfter=0)
SP_CELLB = ParagraphStyle("spcellb", parent=SP_CELL, fontName="Helvetica-Bold", textColor=colors.white)
SP_MAST = ParagraphStyle("spmast", parent=SP_BODY, fontName="Helvetica-Bold", fontSize=30, leading=33,
                         textColor=colors.white, spaceAfter=2)
SP_MASTSUB = ParagraphStyle("spmastsub", parent=SP_BODY, fontSize=9.5, leading=12, textColor=colors.white,
                            spaceAfter=0)
SP_H = ParagraphStyle("sph", parent=SP_BODY, fontName="Helvetica-Bold", fontSize=13, leading=15.5,
                      textColor=SP_BLUE, spaceBefore=6, spaceAfter=3, keepWithNext=1)
SP_STAND = ParagraphStyle("spstand", parent=SP_BODY, fontName="Helvetica-Oblique", fontSize=9, leading=11.5,
                          textColor=colors.HexColor("#333333"), spaceAfter=4, keepWithNext=1)
SP_STAT = ParagraphStyle("spstat", parent=SP_BODY, fontName="Helvetica-Bold", fontSize=9.6, leading=12.4,
                         textColor=SP_BLUE, spaceAfter=3)
SP_BUL = ParagraphStyle("spbul", parent=SP_BODY, leftIndent=9, bulletIndent=0, spaceAfter=1.5)
SP_QUOTE = ParagraphStyle("spquote", parent=SP_BODY, fontName="Helvetica-Oblique", leftIndent=8,
                          textColor=colors.HexColor("#444444"))


def _sp_page_factory(total):
    def _sp_page(canvas, doc):
        width, _ = A4
        canvas.saveState()
        canvas.setFillColor(SP_BLUE)
        canvas.rect(0, 0, width, 34, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica", 7.2)
        canvas.drawString(36, 20, "Swale Point Leisure Centre, Crown Quay Lane, Sittingbourne ME10 3HT  |  "
                                  "Reception 01632 960471  |  swalepoint.example.org.uk")
        canvas.drawString(36, 10, "Operated by Weald Active Leisure Trust, a charitable trust (no. 1176205), "
                                  "on behalf of the borough council.")
        canvas.drawRightString(width - 36, 10, f"Splash & Dash  {doc.page}/{total or '?'}")
        canvas.restoreState()
    return _sp_page


def _sp_story(full, col):
    p = lambda text, style=SP_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, SP_BUL, bulletText="\u2022")  # noqa: E731
    mast = Table([[[p("Splash &amp; Dash", SP_MAST),
                    p("The members' newsletter of Swale Point Leisure Centre  \u00b7  Issue 31  \u00b7  Autumn 2025",
                      SP_MASTSUB)]]], colWidths=[full])
    mast.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SP_BLUE),
                              ("LINEBELOW", (0, 0), (-1, -1), 4, SP_AQUA),
                              ("LEFTPADDING", (0, 0), (-1, -1), 12), ("TOPPADDING", (0, 0), (-1, -1), 10),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    prices = _table([["Membership (monthly)", "Now", "From 1 Oct"],
                     ["Adult Active (gym, pool, classes)", "\u00a334.50", "\u00a335.95"],
                     ["Concession", "\u00a324.00", "\u00a324.95"],
                     ["Junior (11\u201317)", "\u00a314.00", "\u00a314.00"],
                     ["Swim only", "\u00a322.00", "\u00a322.95"]],
                    [col - 116, 58, 58], SP_CELL, SP_BLUE, SP_CELLB, grid="#9fc9d6", zebra=SP_PALE)
    hours = _box([p("<b>Opening hours</b>", SP_BODY),
                  p("Mon\u2013Fri 6.30am\u201310pm  \u00b7  Sat 7am\u20136pm  \u00b7  Sun 8am\u20138pm", SP_CELL),
                  p("Pool closed for maintenance 20\u201326 October.", SP_CELL)], col, SP_PALE, SP_AQUA)
    return [
        mast,
        Spacer(1, 8),
        p("Hello from the duty team", SP_H),
        p("Welcome to the autumn issue. The summer was our busiest yet, with the splash sessions full most "
          "afternoons, and we now have 4,870 members. Thank you for bearing with us while the sports hall "
          "floor was relaid in August: it is now open again, and the badminton ladder restarts on "
          "6 October. \u2013 Kerry Mitchell, Centre Manager"),
        p("Friday Night Lights", SP_H),
        p("Free Friday evenings for teenagers are back for a second year", SP_STAND),
        p("Last autumn the car park and the skate park behind the centre had become the place to be on a "
          "Friday night, with fireworks, broken glass and a string of calls to the police. Kent Police's "
          "Swale Child Centred Policing Team asked whether we could open our doors instead, and with the "
          "Milton Creek Youth Trust we started Friday Night Lights in October 2024."),
        p("Every Friday from 7pm to 10pm the sports hall and the gym are free for 13\u201317 year olds. The "
          "youth trust's workers run the football and the music corner, our instructors run gym "
          "inductions, and the PCSOs play in the five-a-side, which the young people rate as the best "
          "part of the night. The officers also hold a drop-in on staying safe online."),
        p("Over the first twelve months:", SP_BODY),
        p("ASB calls near the centre: down from 74 to 31", SP_STAT),
        b("An average of 58 young people each Friday"),
        b("Eleven of them now hold a junior gym membership"),
        p("\u201cIt beats standing in the car park in the rain.\u201d \u2013 Jay, 15", SP_QUOTE),
        p("New prices from 1 October", SP_H),
        p("Our prices rise for the first time in two years, to meet higher energy costs. Junior prices are "
          "frozen.", SP_BODY),
        prices,
        Spacer(1, 6),
        p("A quieter car park", SP_H),
        p("What we changed after a bad winter for break-ins", SP_STAND),
        p("Between October 2023 and March 2024 our car park had 22 break-ins, mostly swimmers' cars with "
          "bags left on the seats. In April we fitted new LED lighting, moved two of our cameras to cover "
          "the far bays and gave reception a live view, and our duty staff began a walk round the car park "
          "every hour. We also put up signs and a bag locker by the entrance."),
        p("From April 2024 to March 2025:", SP_BODY),
        p("Break-ins in our car park fell from 22 to 5", SP_STAT),
        p("Ask the duty manager", SP_H),
        p("<b>Can I bring a friend to my class?</b> Yes, a guest pass is \u00a36.50 and can be booked in the "
          "app. <b>Why is the pool colder on Tuesdays?</b> It isn't, but the Tuesday morning aqua class "
          "does have the fans on. <b>When is the next swim lesson block?</b> The winter block starts on "
          "3 November; bookings open on 13 October."),
        p("Staff news", SP_H),
        p("Congratulations to lifeguard Abi Grant, who was named the trust's Young Employee of the Year, "
          "and to the swim school team, who passed 1,200 badges this summer."),
        hours,
    ]


def swale_point_splash_and_dash(out: Path) -> None:
    """A leisure centre's members' newsletter (A4, blue masthead over two columns, Helvetica, a blue
    footer band with the centre's address and postcode, reception phone, web address, the operating
    trust and charity number and 'n/m'): the manager's welcome (not work), 'Friday Night Lights' with
    a standfirst, a bold result line, bullets and a quote (Kent Police's Swale Child Centred Policing
    Team with the centre and a youth trust), new prices as a table (not metrics), 'A quieter car park'
    (the centre as 'we', no force), an 'Ask the duty manager' Q&A, staff news (not work) and an opening
    hours box."""
    width, height = A4
    gap = 16
    full = width - 72
    col = (full - gap) / 2
    top = height - 36
    head_h = 76

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=44,
                              title="Splash & Dash: Issue 31, Autumn 2025", author="Swale Point Leisure Centre",
                              invariant=1)
        first = [Frame(36, top - head_h, full, head_h, id="mast", leftPadding=0, rightPadding=0)]
        first += [Frame(36 + i * (col + gap), 44, col, top - head_h - 44, id=f"a{i}", leftPadding=0,
                        rightPadding=0) for i in range(2)]
        later = [Frame(36 + i * (col + gap), 44, col, top - 44, id=f"b{i}", leftPadding=0, rightPadding=0)
                 for i in range(2)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_sp_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_sp_page_factory(total))])
        return doc

    def story():
        items = _sp_story(full, col)
        return items[:1] + [NextPageTemplate("later")] + items[1:]
    _two_pass(out / "swale-point-leisure-centre-splash-and-dash-autumn-2025.pdf", build, story)


# ------------------ 3. A business park's management bulletin (PDF, sidebar and boxed panels)

BP_GREEN = colors.HexColor("#2f5d3a")
BP_LIME = colors.HexColor("#9cc33b")
BP_PALE = colors.HexColor("#eef3e6")
BP_BODY = ParagraphStyle("bpbody", fontName="Helvetica", fontSize=9, leading=12.2, spaceAfter=5)
BP_SIDE = ParagraphStyle("bpside", parent=BP_BODY, fontSize=7.8, leading=10, spaceAfter=3)
BP_SIDEH = ParagraphStyle("bpsideh", parent=BP_SIDE, fontName="Helvetica-Bold", fontSize=9, leading=11,
                          textColor=BP_GREEN, spaceBefore=6)
BP_CELL = ParagraphStyle("bpcell", parent=BP_BODY, fontSize=8, leading=10, spaceAfter=0)
BP_CELLB = ParagraphStyle("bpcellb", parent=BP_CELL, fontName="Helvetica-Bold", textColor=colors.white)
BP_TITLE = ParagraphStyle("bptitle", parent=BP_BODY, fontName="Helvetica-Bold", fontSize=24, leading=27,
                          textColor=BP_GREEN, spaceAfter=2)
BP_DATE = ParagraphStyle("bpdate", parent=BP_BODY, fontSize=10, leading=13, textColor=colors.HexColor("#555555"),
                         spaceAfter=10)
BP_H = ParagraphStyle("bph", parent=BP_BODY, fontName="Helvetica-Bold", fontSize=12, leading=14.5,
                      textColor=BP_GREEN, spaceBefore=4, spaceAfter=3, keepWithNext=1)
BP_STAT = ParagraphStyle("bpstat", parent=BP_BODY, fontName="Helvetica-Bold", textColor=BP_GREEN, spaceAfter=3)


def _bp_page_factory(total):
    def _bp_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(BP_PALE)
        canvas.rect(0, 40, 176, height - 40, stroke=0, fill=1)
        canvas.setFillColor(BP_LIME)
        canvas.rect(0, height - 12, width, 12, stroke=0, fill=1)
        canvas.setStrokeColor(BP_GREEN)
        canvas.setLineWidth(0.6)
        canvas.line(30, 40, width - 30, 40)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 7)
        canvas.drawString(30, 28, "Brickhill Park Estates Management Ltd, Estate Office, Unit 1 Brickhill Park, "
                                  "Tongwell Way, Milton Keynes MK15 8PR")
        canvas.drawString(30, 19, "Registered in England no. 08833147. This bulletin goes to every occupier's "
                                  "nominated contact. Please pass it on to your staff.")
        canvas.drawRightString(width - 30, 19, f"Park Life \u00b7 page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _bp_page


def _bp_side():
    s = lambda text, style=BP_SIDE: Paragraph(text, style)  # noqa: E731
    return [
        s("IN THIS ISSUE", BP_SIDEH),
        s("Estate manager's update"), s("Tool thefts from vans"), s("Walk Safe after night shifts"),
        s("Service charge 2026"), s("Occupier spotlight"), s("Fire evacuation drill"),
        s("KEY CONTACTS", BP_SIDEH),
        s("<b>Estate Office</b><br/>Mon\u2013Fri 8am\u20134.30pm<br/>01632 960530"),
        s("<b>Security Lodge (24 hours)</b><br/>01632 960531"),
        s("<b>Walk Safe escort</b><br/>call the Lodge or press the help point at any gate"),
        s("<b>Police non-emergency</b><br/>101  \u00b7  emergency 999"),
        s("DIARY", BP_SIDEH),
        s("<b>4 Nov</b> Occupiers' forum, Estate Office, 10am"),
        s("<b>12 Nov</b> Fire drill, all units, 11am"),
        s("<b>2 Dec</b> Christmas lights switch-on, Hub caf\u00e9"),
        s("<b>24 Dec</b> Estate Office closes at 12 noon"),
        s("BINS", BP_SIDEH),
        s("General waste Tuesdays, recycling Fridays. Cardboard bales to the compound by the weighbridge."),
    ]


def _bp_main(width):
    p = lambda text, style=BP_BODY: Paragraph(text, style)  # noqa: E731
    budget = _table([["Service charge budget", "2025", "2026"],
                     ["Security and CCTV", "\u00a3412,000", "\u00a3428,500"],
                     ["Landscaping and cleaning", "\u00a3186,000", "\u00a3191,000"],
                     ["Roads, lighting and drainage", "\u00a3143,000", "\u00a3169,000"],
                     ["Management fee", "\u00a398,000", "\u00a3101,000"]],
                    [width - 150, 75, 75], BP_CELL, BP_GREEN, BP_CELLB, grid="#b7c9a2")
    return [
        p("Park Life", BP_TITLE),
        p("The occupiers' bulletin of Brickhill Park, Milton Keynes  \u00b7  Issue 27  \u00b7  October 2025", BP_DATE),
        p("Estate manager's update", BP_H),
        p("The resurfacing of Tongwell Way North is finished, three days ahead of plan, and the new "
          "bus shelter at the south gate is in. My thanks to the 62 occupiers who answered our parking "
          "survey; the results go to the occupiers' forum on 4 November. \u2013 Priya Sandhu, Estate Manager"),
        _box([p("Tool thefts from vans: arrests across Milton Keynes", BP_H),
              p("Between January and May, 31 vans parked overnight on Brickhill Park had their side doors "
                "peeled open and power tools taken, part of a run of more than 200 such thefts across Milton "
                "Keynes. Thames Valley Police's Milton Keynes Proactive Team took it on as Operation Halyard."),
              p("Officers mapped the thefts, used ANPR to identify two vehicles seen near most of them and "
                "watched second-hand tool sellers online. Warrants in June recovered 340 tools, many of "
                "them later returned to their owners through the force's property marking records."),
              p("Six people charged with conspiracy to steal", BP_STAT),
              p("Van tool thefts on the park: 31 down to 9", BP_STAT),
              p("The team's advice: mark your tools, fit slam locks and park with the side door against a "
                "wall.")], width, colors.white, BP_GREEN),
        Spacer(1, 8),
        _box([p("Walk Safe after night shifts", BP_H),
              p("Many of you told us last winter that staff finishing at 10pm or 6am did not feel safe "
                "walking to the bus stops on Tongwell Way. In November we started Walk Safe: any worker on "
                "the park can ask the Security Lodge for an escort, our patrol officers meet every night "
                "bus at the south gate, and we put in 18 new lamp columns on the footpath to the bus stops. "
                "Six occupiers paid for help points at their own gates."),
              p("Escorts given since November: 1,140", BP_STAT),
              p("Staff who felt safe walking at night: 41% to 83%", BP_STAT),
              p("(From our own survey of 610 night-shift workers, March and September 2025.)")],
             width, BP_PALE, BP_LIME),
        Spacer(1, 8),
        p("Service charge 2026", BP_H),
        p("The draft budget for 2026 has gone to occupiers for comment by 21 November. The rise is mostly in "
          "roads and drainage, where the culvert under the east spine road has to be relined."),
        budget,
        Spacer(1, 8),
        p("Occupier spotlight: Ouzel Bakehouse", BP_H),
        p("Unit 14 now bakes 22,000 loaves a night for shops across the South East, and its staff shop is "
          "open to everyone on the park on Fridays from 7am."),
        p("Fire evacuation drill", BP_H),
        p("The annual drill for all units is on 12 November at 11am. Fire marshals should collect their "
          "tabards from the Estate Office beforehand."),
    ]


def brickhill_park_life(out: Path) -> None:
    """A business park's management bulletin to occupiers (A4, a shaded left sidebar with contents,
    contacts, diary and bins, a main column with two boxed panels; footer with the management company,
    the estate office address and postcode, the company number and 'page n of m'): the estate manager's
    update (not work), Operation Halyard (Thames Valley Police's Milton Keynes Proactive Team alone),
    Walk Safe (the park's management as 'we', no force; occupiers that paid for help points are
    funders), service charge budget (not metrics), occupier spotlight and fire drill (not work)."""
    width, height = A4

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=30, bottomMargin=48,
                              title="Park Life: Issue 27, October 2025", author="Brickhill Park Estates Management",
                              invariant=1)
        frames = [Frame(22, 48, 146, height - 78, id="side", leftPadding=4, rightPadding=4),
                  Frame(190, 48, width - 220, height - 78, id="main", leftPadding=0, rightPadding=0)]
        later = [Frame(190, 48, width - 220, height - 78, id="main2", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("first", frames=frames, onPage=_bp_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_bp_page_factory(total))])
        return doc

    def story():
        from reportlab.platypus import FrameBreak
        return _bp_side() + [FrameBreak(), NextPageTemplate("later")] + _bp_main(width - 220)
    _two_pass(out / "brickhill-park-life-occupiers-bulletin-october-2025.pdf", build, story)


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


def _header_footer(document, header_text: str, footer_text: str, page_word="Page ") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
            space_before=None):
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
    if space_before is not None:
        paragraph.paragraph_format.space_before = Pt(space_before)
    return paragraph


def _recolour_heading(document, level: int, color: str) -> None:
    from docx.shared import RGBColor

    document.styles[f"Heading {level}"].font.color.rgb = RGBColor.from_string(color)


# ------------------ 4. A library service's annual report (Word, Title, Heading 1 and Heading 2, tables)

def exe_teign_libraries_annual_report(out: Path) -> None:
    """A library service's annual report (Word, Title and Subtitle, Heading 1 chapters, Heading 2
    stories, tables of performance and money, bullets): header with the service and the report, footer
    with the mutual's society number, the address and postcode and the page number; foreword (not
    work), the year at a glance as a table (not metrics), 'Libraries for everyone' with two Heading 2
    stories: Scam-Aware Saturdays (Devon and Cornwall Police's Fraud Protect officers with the
    libraries) and Story Lines (the libraries as 'we' with HMP Channings Wood and a charity, no force),
    warm spaces and the home library service (routine), buildings, the money (not metrics), our people
    and plans for 2025-26 (future)."""
    from docx import Document

    document = Document()
    _recolour_heading(document, 1, "005A70")
    _recolour_heading(document, 2, "2E8B57")
    _header_footer(document, "Exe and Teign Libraries \u2013 Annual Report 2024\u201325",
                   "Exe and Teign Libraries Ltd, a community benefit society (no. 8104R). "
                   "Great Western House, Station Road, Newton Abbot TQ12 2XB.")
    document.add_paragraph("Annual Report 2024\u201325", style="Title")
    document.add_paragraph("Exe and Teign Libraries: 21 libraries, two mobile libraries and one digital library",
                           style="Subtitle")
    document.add_heading("Foreword from our Chief Executive", level=1)
    document.add_paragraph(
        "Libraries are the last free, warm, indoor public space on many high streets, and this year more of "
        "you came through our doors than at any time since 2019. We opened a new library in the Dawlish "
        "community hub, kept every branch open through the council's budget round and took the mobile "
        "library to 148 villages. This report tells you what we did with the public money entrusted to us.")
    document.add_paragraph("Caroline Rowe, Chief Executive, June 2025")
    document.add_heading("The year at a glance", level=1)
    _grid(document, [["Measure", "2023\u201324", "2024\u201325"],
                     ["Visits to libraries", "1,642,118", "1,731,905"],
                     ["Books and audiobooks borrowed", "1,208,440", "1,265,012"],
                     ["eBooks and eAudio borrowed", "402,377", "455,960"],
                     ["Active members", "96,204", "99,871"],
                     ["Children in the Summer Reading Challenge", "8,912", "9,406"],
                     ["Computer sessions", "211,563", "204,118"]], header_fill="D5E8EC")
    document.add_heading("Libraries for everyone", level=1)
    document.add_paragraph("Two pieces of work this year show what a library can do beyond lending books.")
    document.add_heading("Scam-Aware Saturdays", level=2)
    document.add_paragraph(
        "Older people in Devon lost more than \u00a34 million to fraud in 2023, and our staff were hearing "
        "the stories across the counter every week. In April 2024 Devon and Cornwall Police's Fraud Protect "
        "officers, part of the force's Economic Crime Unit, asked us to host monthly Saturday sessions in "
        "our eight largest libraries.")
    document.add_paragraph(
        "The officers run each session: a short talk on the scams of the month, such as courier fraud, "
        "romance fraud and fake HMRC calls, then one-to-one help setting up call blocking and checking "
        "bank settings. Our digital champions stay on afterwards to help with phones and tablets, and "
        "anyone who has been targeted is referred by the officers to the force's victim care team.")
    document.add_paragraph(
        "Over the year 64 sessions were held with 1,106 people attending. When the officers followed up "
        "318 attendees three months later, 41 of them had stopped a scam in progress, and 212 victims had "
        "been referred for support.")
    document.add_heading("Story Lines", level=2)
    document.add_paragraph(
        "We have run the library at HMP Channings Wood for many years. In 2024 we began Story Lines with "
        "the prison's family services team and the charity Bedtime Voices: fathers choose a book from our "
        "stock, record themselves reading it in the library with help from our prison librarian, and the "
        "recording goes home to their children with a copy of the book.")
    document.add_paragraph(
        "In the first year 146 fathers recorded stories for 203 children. Nine in ten said it helped them "
        "keep in touch, family visits among the fathers taking part rose by a third, and 37 fathers went "
        "on to join the prison's reading programme.")
    document.add_heading("Warm spaces and the home library service", level=1)
    document.add_paragraph(
        "All 21 libraries were registered warm spaces from November to March, with free hot drinks in 15 of "
        "them. The home library service, delivered by 212 volunteers, took books to 1,480 people who cannot "
        "get to a library.")
    document.add_heading("Buildings", level=1)
    for item in ("Dawlish: new library in the community hub, opened 9 September 2024",
                 "Teignmouth: roof and heating replaced, closed for six weeks",
                 "Exmouth: self-service kiosks and a new children's library"):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("The money", level=1)
    _grid(document, [["", "2024\u201325"],
                     ["Contract income from the county council", "\u00a36,942,000"],
                     ["Other income (grants, fees, room hire)", "\u00a3816,000"],
                     ["Staff costs", "\u00a34,710,000"],
                     ["Books and digital resources", "\u00a31,036,000"],
                     ["Buildings and running costs", "\u00a31,894,000"],
                     ["Surplus reinvested", "\u00a3118,000"]], header_fill="D5E8EC")
    document.add_heading("Our people", level=1)
    document.add_paragraph(
        "We employ 164 staff, 71 of them part-time, and are owned by them as a staff mutual. Staff turnover "
        "fell to 9%. Our volunteers gave 41,000 hours.")
    document.add_heading("Looking ahead to 2025\u201326", level=1)
    for item in ("Extend the library opening hours in Newton Abbot to Sunday afternoons",
                 "Replace the older of our two mobile libraries",
                 "Consult on the future of the Chudleigh library building"):
        document.add_paragraph(item, style="List Number")
    _save_docx(document, out / "exe-teign-libraries-annual-report-2024-25.docx",
               "Annual Report 2024-25", "Exe and Teign Libraries")


# ------------------ 5. A village hall committee's report to its annual meeting (Word, bold paragraphs)

def sturton_magna_village_hall_report(out: Path) -> None:
    """A village hall management committee's report to its annual general meeting (Word, no heading
    styles: a centred bold title, bold paragraphs as heads, a hire charges table, plain bullet lines):
    footer with the charity number and the booking secretary's phone; the chair's report (bookings,
    the roof, a break-in to the store shed reported to the police, the PCSO's surgery in the hall:
    routine, not work), the treasurer's report with the accounts (not metrics), hire charges (not
    metrics), the bookings secretary's report, proposals for CCTV and a new kitchen (future), election
    of officers and thanks. Routine business and plans only, no piece of work."""
    from docx import Document

    document = Document()
    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.text = ("Sturton Magna Village Hall, registered charity no. 523097. Bookings: 01632 960812. Page ")
    _page_number_field(footer)
    _styled(document, "STURTON MAGNA VILLAGE HALL", size=16, bold=True, align="center", space_after=0)
    _styled(document, "Management Committee Report to the Annual General Meeting", size=12, bold=True,
            align="center", space_after=0)
    _styled(document, "Wednesday 14 May 2025 at 7.30pm in the Main Hall", italic=True, align="center",
            space_after=14)

    def head(text):
        _styled(document, text, bold=True, space_before=10, space_after=4)

    head("1. Chair's Report")
    document.add_paragraph(
        "It has been another busy year for the hall. We had 412 bookings, up from 367, and the hall was in "
        "use on 291 days. The regular hirers \u2013 the pre-school, the short mat bowls, Pilates, the "
        "Tuesday lunch club and the film society \u2013 remain the backbone of our income, and private "
        "parties are back to pre-pandemic levels.")
    document.add_paragraph(
        "The big job of the year was the flat roof over the kitchen, which was replaced in August at a cost "
        "of \u00a318,450, of which \u00a312,000 came from the Warwickshire Community Fund. The defibrillator "
        "on the front wall was checked monthly by Ray Pinder and was used once, in January.")
    document.add_paragraph(
        "In February the store shed was broken into and the mower and strimmer taken. This was reported "
        "to Warwickshire Police (crime reference 23/11409/25) and the insurers paid out less the excess. "
        "The PCSO for the villages continues to hold a monthly surgery in the committee room on the first "
        "Saturday, and we are grateful to her for keeping an eye on the car park.")
    document.add_paragraph("Angela Tranter, Chair")
    head("2. Treasurer's Report")
    document.add_paragraph("The accounts for the year to 31 March 2025 have been examined independently by "
                           "Mr P. Hollis and are summarised below.")
    _grid(document, [["", "2023\u201324", "2024\u201325"],
                     ["Hire income", "\u00a314,206", "\u00a316,980"],
                     ["Fundraising and donations", "\u00a33,112", "\u00a32,874"],
                     ["Grants", "\u00a30", "\u00a312,000"],
                     ["Utilities and insurance", "\u00a36,845", "\u00a37,210"],
                     ["Repairs and maintenance", "\u00a32,390", "\u00a320,115"],
                     ["Balance at year end", "\u00a321,604", "\u00a318,133"]], header_fill=None)
    document.add_paragraph("Sue Kemble, Treasurer")
    head("3. Hire Charges from 1 June 2025")
    _grid(document, [["Room", "Local hirer (per hour)", "Other hirer (per hour)"],
                     ["Main Hall", "\u00a314.00", "\u00a320.00"],
                     ["Committee Room", "\u00a38.00", "\u00a311.00"],
                     ["Kitchen (with either room)", "\u00a35.00", "\u00a37.00"]], header_fill=None)
    head("4. Bookings Secretary's Report")
    document.add_paragraph(
        "Online booking went live in October and now takes two thirds of bookings. Please remember that "
        "hirers must leave the hall as they found it and put the bins out; we had three complaints this "
        "year about music after 11pm, and the licence conditions will be enforced.")
    head("5. Proposals for the Coming Year")
    document.add_paragraph("The committee asks the meeting to agree that it should:")
    for item in ("\u2013 obtain quotes for CCTV covering the car park and the store shed;",
                 "\u2013 apply for grants towards a new kitchen, estimated at \u00a324,000;",
                 "\u2013 hold a village fun day on Saturday 12 July to raise money for the kitchen."):
        document.add_paragraph(item)
    head("6. Election of Officers")
    document.add_paragraph("All officers are willing to stand again. Nominations for the committee may be "
                           "made at the meeting.")
    head("7. Thanks")
    document.add_paragraph(
        "Thank you to our caretaker, Lynn Davies, to the volunteers who ran the quiz nights and the plant "
        "sale, and to everyone who hires and uses our hall.")
    _save_docx(document, out / "sturton-magna-village-hall-agm-report-2025.docx",
               "Village Hall AGM Report 2025", "Sturton Magna Village Hall")


# ------------------ 6. A domestic abuse charity's impact report (Word, laid out in tables)

def nidd_wharfe_impact_report(out: Path) -> None:
    """A domestic abuse charity's impact report (Word, laid out in tables: a shaded cover table, an
    'at a glance' figures table, each service as a two-column table of labelled rows 'What we did /
    Who with / What changed', a money table): header with the charity and the report, footer with the
    charity number, the office address and postcode, the helpline and the page number; the chief
    executive's introduction (not work), at a glance (referrals, calls, refuge nights: not metrics),
    three services: IDVAs in the emergency department (the charity with a hospital, no force), the
    police-linked IDVA (the charity with North Yorkshire Police's Harrogate safeguarding hub), stalking
    advocacy across the boundary (the charity with North Yorkshire Police and West Yorkshire Police),
    a survivor's words (not work), the money (not metrics), thanks to funders (not work) and next year
    (future)."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _header_footer(document, "Nidd and Wharfe Domestic Abuse Service \u00b7 Impact Report 2024/25",
                   "Registered charity no. 1102786. 9 Raglan Street, Harrogate HG1 1LE. "
                   "Helpline 01632 960640 (Mon\u2013Fri 9am\u20135pm).")
    cover = document.add_table(rows=1, cols=1)
    cover.style = "Table Grid"
    cell = cover.rows[0].cells[0]
    _shade(cell, "6B2D5C")
    run = cell.paragraphs[0].add_run("Impact Report 2024/25")
    run.bold = True
    run.font.size = Pt(24)
    cell.add_paragraph("Nidd and Wharfe Domestic Abuse Service").runs[0].bold = True
    cell.add_paragraph("Safety, support and freedom from abuse across Harrogate, Knaresborough, Wetherby and Otley")
    document.add_paragraph()
    document.add_paragraph("A word from our Chief Executive").runs[0].bold = True
    document.add_paragraph(
        "Every one of the figures in this report is a person who picked up the phone, walked into our office "
        "or was referred to us on what was often the worst day of their life. This year we supported more "
        "people than ever, opened a second refuge house and worked more closely with the police and the "
        "hospital than we ever have. Thank you to our staff, volunteers and funders. \u2013 Dr Fiona Lister")
    document.add_paragraph("At a glance").runs[0].bold = True
    _grid(document, [["", "2023/24", "2024/25"],
                     ["Referrals received", "1,412", "1,638"],
                     ["Helpline calls answered", "4,907", "5,266"],
                     ["Nights of refuge provided", "6,120", "7,304"],
                     ["Children supported", "388", "421"],
                     ["Volunteers", "54", "61"]], header_fill="E8D7E3")
    document.add_paragraph()

    def service(title, rows):
        document.add_paragraph(title).runs[0].bold = True
        _grid(document, rows, header_fill="E8D7E3", label_col=True)
        document.add_paragraph()

    service("IDVAs in the Emergency Department", [
        ["What we did", "From June 2024 two of our Independent Domestic Violence Advisers (IDVAs) have been "
                        "based in the emergency department at Nidd Valley Hospital, seven days a week. They "
                        "trained 240 nurses and doctors to ask about abuse and see patients the same day, "
                        "often while they are still being treated."],
        ["Who with", "Nidd Valley Hospitals NHS Trust's safeguarding team, which part-funds the posts."],
        ["What changed", ["Referrals from the hospital rose from 31 to 214 in the year.",
                          "62% of those patients had never told anyone before.",
                          "Patients seen by an IDVA at the hospital: 187."]]])
    service("Police-linked IDVA in the Harrogate Safeguarding Hub", [
        ["What we did", "Since October 2024 one of our IDVAs has worked alongside North Yorkshire Police's "
                        "Harrogate Domestic Abuse Safeguarding Hub. When officers attend a high-risk incident "
                        "the IDVA calls the victim within 24 hours, goes with them to interviews and keeps "
                        "in touch through to court."],
        ["Who with", "North Yorkshire Police's Harrogate Domestic Abuse Safeguarding Hub."],
        ["What changed", ["Victims contacted within 24 hours: 91%, up from 38%.",
                          "Victims withdrawing from prosecutions fell from 44% to 21%."]]])
    service("Stalking advocacy across the county boundary", [
        ["What we did", "Our patch straddles the boundary between North Yorkshire and West Yorkshire, and "
                        "stalkers do not stop at it. Our stalking advocate now takes referrals from both "
                        "forces, and North Yorkshire Police and West Yorkshire Police agreed a single "
                        "named officer in each force for cases that cross the boundary, with joint "
                        "risk reviews every month."],
        ["Who with", "North Yorkshire Police and West Yorkshire Police's Leeds District safeguarding unit."],
        ["What changed", ["Stalking protection orders obtained: 9, from none the year before.",
                          "Cross-boundary cases: 34, every one with a single plan."]]])
    document.add_paragraph("In her words").runs[0].bold = True
    document.add_paragraph(
        "\u201cI had been with him for eleven years. The first person who believed me was the woman from "
        "the service who sat with me in A&E.\u201d \u2013 a woman we supported in 2024 (name withheld)")
    document.add_paragraph("Our money").runs[0].bold = True
    _grid(document, [["Income", "\u00a3", "Expenditure", "\u00a3"],
                     ["Commissioned contracts", "1,184,000", "Refuge and housing", "612,000"],
                     ["Grants and trusts", "406,000", "Advocacy services", "798,000"],
                     ["Donations and events", "88,500", "Children's services", "174,000"],
                     ["Total", "1,678,500", "Total", "1,631,500"]], header_fill="E8D7E3")
    document.add_paragraph()
    document.add_paragraph("Thank you").runs[0].bold = True
    document.add_paragraph(
        "Our work is funded by the North Yorkshire Police, Fire and Crime Commissioner, North Yorkshire "
        "Council, the National Lottery Community Fund and many local trusts, businesses and individuals.")
    document.add_paragraph("Next year").runs[0].bold = True
    for item in ("Open a third refuge house for women with older sons",
                 "Start a group programme for children who have lived with abuse",
                 "Seek funding to keep the hospital IDVAs beyond March 2026"):
        document.add_paragraph(item, style="List Bullet")
    _save_docx(document, out / "nidd-wharfe-domestic-abuse-service-impact-report-2024-25.docx",
               "Impact Report 2024/25", "Nidd and Wharfe Domestic Abuse Service")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    ravensworth_cathedral_annual_review(out)
    swale_point_splash_and_dash(out)
    brickhill_park_life(out)
    exe_teign_libraries_annual_report(out)
    sturton_magna_village_hall_report(out)
    nidd_wharfe_impact_report(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
