"""Write the binary documents of the second held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout2/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing publishers lay out their
documents, without reading the segmenter or the readers, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly), so that each layout is
drawn the way the publisher's own template would draw it: a two-column staff newsletter, a slide
deck exported to PDF, a committee paper with a cover sheet and an appendix table, a lessons learned
review with hand-numbered paragraphs and a university evaluation report. The HTML, Markdown and
plain-text documents beside this script are written by hand; manifest.json lists every document's
intended initiatives.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    """The same archive with fixed member timestamps, so writing it again changes no bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


# ------------------------------------------------- 1. EDI network newsletter, two columns (PDF)

WY_PURPLE = colors.HexColor("#4b2a7b")
WY_TEAL = colors.HexColor("#00857c")

NL_BODY = ParagraphStyle("nlbody", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=6)
NL_HEAD = ParagraphStyle("nlhead", parent=NL_BODY, fontName="Helvetica-Bold", fontSize=15, leading=18,
                         textColor=WY_PURPLE, spaceBefore=4, spaceAfter=3)
NL_STANDFIRST = ParagraphStyle("nlstand", parent=NL_BODY, fontName="Helvetica-Oblique", fontSize=10,
                               leading=13, textColor=colors.HexColor("#333333"), spaceAfter=6)
NL_BYLINE = ParagraphStyle("nlby", parent=NL_BODY, fontSize=8, leading=10, textColor=colors.grey)
NL_QUOTE = ParagraphStyle("nlquote", parent=NL_BODY, fontName="Helvetica-BoldOblique", fontSize=13,
                          leading=17, textColor=colors.white, spaceAfter=4)
NL_QUOTE_BY = ParagraphStyle("nlquoteby", parent=NL_BODY, fontSize=8.5, leading=11, textColor=colors.white)
NL_BOX_HEAD = ParagraphStyle("nlboxhead", parent=NL_BODY, fontName="Helvetica-Bold", fontSize=11,
                             leading=14, textColor=WY_PURPLE, spaceAfter=4)
NL_BOX = ParagraphStyle("nlbox", parent=NL_BODY, fontSize=8.5, leading=11, spaceAfter=4)


def _newsletter_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    if doc.page == 1:
        canvas.setFillColor(WY_PURPLE)
        canvas.rect(0, height - 128, width, 128, fill=1, stroke=0)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 34)
        canvas.drawString(40, height - 70, "Inclusion Matters")
        canvas.setFont("Helvetica", 10.5)
        canvas.drawString(40, height - 92, "The newsletter of the West Yorkshire Police Equality, Diversity "
                                           "and Inclusion Network")
        canvas.setFont("Helvetica-Bold", 10.5)
        canvas.drawString(40, height - 110, "Issue 14  |  Autumn 2025")
        canvas.drawRightString(width - 40, height - 110, "INTERNAL - staff and officers")
    else:
        canvas.setFillColor(WY_PURPLE)
        canvas.rect(0, height - 26, width, 26, fill=1, stroke=0)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.drawString(40, height - 17, "Inclusion Matters")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawRightString(width - 40, height - 17, "West Yorkshire Police EDI Network")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(40, 24, "Inclusion Matters | Issue 14 | Autumn 2025")
    canvas.drawRightString(width - 40, 24, f"Page {doc.page}")
    canvas.setStrokeColor(colors.HexColor("#cccccc"))
    canvas.line(width / 2, 48, width / 2, height - (140 if doc.page == 1 else 40))
    canvas.restoreState()


def _nl_box(head: str, paragraphs: list[str], width: float, background: str) -> KeepTogether:
    cells = [[Paragraph(head, NL_BOX_HEAD)]] + [[Paragraph(text, NL_BOX)] for text in paragraphs]
    box = Table(cells, colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(background)),
                             ("BOX", (0, 0), (-1, -1), 1, WY_PURPLE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return KeepTogether([box])


def _pull_quote(text: str, by: str, width: float) -> Table:
    box = Table([[Paragraph(text, NL_QUOTE)], [Paragraph(by, NL_QUOTE_BY)]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), WY_TEAL),
                             ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                             ("TOPPADDING", (0, 0), (0, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
    return box


def wyp_inclusion_newsletter(out: Path) -> None:
    """A force staff network's newsletter: masthead, two columns, three stories under catchy
    headings that do not say what kind of work they describe, a pull quote, a dates box and a
    'get involved' box."""
    width, height = A4
    gutter, margin = 20, 40
    column = (width - 2 * margin - gutter) / 2
    doc = BaseDocTemplate(str(out / "west-yorkshire-police-inclusion-matters-autumn-2025.pdf"), pagesize=A4,
                          title="Inclusion Matters, Issue 14, Autumn 2025",
                          author="West Yorkshire Police EDI Network", invariant=1)
    first = [Frame(margin, 48, column, height - 148 - 48, id="f1l", leftPadding=0, rightPadding=0),
             Frame(margin + column + gutter, 48, column, height - 148 - 48, id="f1r", leftPadding=0,
                   rightPadding=0)]
    later = [Frame(margin, 48, column, height - 40 - 48, id="f2l", leftPadding=0, rightPadding=0),
             Frame(margin + column + gutter, 48, column, height - 40 - 48, id="f2r", leftPadding=0,
                   rightPadding=0)]
    doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_newsletter_page),
                          PageTemplate("later", frames=later, onPage=_newsletter_page)])
    p = lambda text, style=NL_BODY: Paragraph(text, style)  # noqa: E731
    story = [NextPageTemplate("later")]

    story += [
        p("Welcome from the chair", NL_HEAD),
        p("Welcome to the autumn issue. It has been a busy few months for the network, and I want to "
          "thank everyone who has given their time on top of the day job. Membership has passed 900 for "
          "the first time, and the staff associations now meet together every month instead of every "
          "quarter."),
        p("In this issue you can read about three pieces of work that started as an idea from a member. "
          "If you have one of your own, the back page tells you how to get in touch."),
        p("Inspector Nadia Hussain, Chair of the EDI Network", NL_BYLINE),
        Spacer(1, 8),

        p("Hair today, confident tomorrow", NL_HEAD),
        p("Small things make a big difference when you are in a cell for 24 hours.", NL_STANDFIRST),
        p("When members of the Black Police Association sat down with detention officers last winter, one "
          "issue came up again and again. Detainees with afro and textured hair were being offered a "
          "standard comb and nothing else, and some told the independent custody visitors they had felt "
          "humiliated going into interview or court."),
        p("Since March our custody suites in Leeds, Bradford and Huddersfield have stocked hair care "
          "kits for textured hair, with wide-tooth combs, satin bonnets, moisturiser and "
          "hair ties. Crown and Coil CIC, a Bradford social enterprise run by Black hairdressers, chose the "
          "products and trained 118 detention officers in a 45-minute session on what to offer and how to "
          "ask. The kits cost £3.40 each and are now part of the standard custody stock order."),
        p("In the first six months 1,140 kits were handed out. Complaints to the custody visitors about "
          "hair and head coverings fell from 23 in the same period last year to four."),
        p("Detention officer Leanne Ward said: \u201cIt is a two-minute conversation at the desk. People "
          "notice that someone thought about them.\u201d"),
        Spacer(1, 8),

        p("Turning the tables", NL_HEAD),
        p("This year the learning went the other way.", NL_STANDFIRST),
        p("The network\u2019s reverse mentoring pilot paired 24 senior leaders with mentors from "
          "under-represented groups, from a probationer constable to a control room supervisor. Each pair "
          "met for an hour a month for six months, away from the chain of command, and the mentor set the "
          "agenda. Chief officers were given a short guide on listening without fixing, and the mentors had "
          "their own support group run by the network."),
        _pull_quote("\u201cFor the first time I had a chief superintendent asking me what it is actually "
                    "like to walk into the parade room.\u201d", "A mentor in the pilot", column),
        Spacer(1, 8),
        p("Leeds Beckett University interviewed 30 of the 48 participants. Senior leaders said they "
          "understood the barriers to promotion far better, and 17 of the 24 made a change in their own "
          "command, from moving a Friday meeting that clashed with prayers to changing how acting-up roles "
          "are advertised. Twenty of the mentors said they would now consider applying for promotion. One "
          "mentor said: \u201cFor the first time I had a chief superintendent asking me what it is actually "
          "like to walk into the parade room.\u201d"),
        p("A second cohort of 30 pairs starts in January."),
        Spacer(1, 8),

        p("Doors open in Dewsbury", NL_HEAD),
        p("Recruitment, but not as we know it.", NL_STANDFIRST),
        p("People from South Asian communities in Kirklees told the network that a recruitment stall in a "
          "shopping centre was not the place to ask a parent\u2019s questions about a career in the police. "
          "So the positive action team went to them. Over the summer it ran taster evenings at mosques "
          "and gurdwaras in Dewsbury, Batley and Huddersfield, with Kirklees "
          "Council\u2019s community engagement officers. Serving officers and staff from the same communities "
          "talked about their own route in, families could ask about shifts, uniform and faith, and anyone "
          "interested was booked onto a fitness test practice session there and then."),
        p("Across nine evenings 310 people came along. Sixty-two went on to apply, against 11 applications "
          "from the same postcodes in the whole of last year, and 19 are now in the vetting stage."),
        p("The team plans to run the evenings in Keighley and Halifax in the spring."),
        Spacer(1, 8),

        p("Meet the network: PC Tom Okafor", NL_HEAD),
        p("Tom joined the force in 2019 as a response officer in Wakefield and became the network\u2019s "
          "disability lead in June. He has dyslexia and ADHD, and says it took him three years to ask for "
          "the reasonable adjustments he needed."),
        p("\u201cI want people to know that asking is normal. Half of what I do is sitting with someone and "
          "their sergeant and working out what will help. Most of the time it costs nothing.\u201d"),
        p("Outside work Tom coaches an under-12s rugby league team in Castleford. You can contact him "
          "through the network inbox."),
        Spacer(1, 8),

        p("Network news", NL_HEAD),
        p("Our annual general meeting on 9 September elected a new committee. Thank you to Sergeant Emma "
          "Clarke, who steps down as vice-chair after four years, and welcome to Aisha Begum from the "
          "contact centre, who takes her place."),
        p("The network\u2019s budget for 2025/26 has been confirmed at last year\u2019s level. Bids for "
          "small grants for events close at the end of November."),
        FrameBreak(),

        _nl_box("Dates for your diary", [
            "<b>October</b> Black History Month: events in every district, see the intranet calendar",
            "<b>Saturday 1 November</b> Diwali celebration, Carr Gate, 12 noon to 4pm",
            "<b>Thursday 20 November</b> Transgender Day of Remembrance flag raising at all district "
            "headquarters, 10am",
            "<b>Wednesday 3 December</b> International Day of Persons with Disabilities webinar, 1pm, "
            "Teams link from the network inbox",
        ], column, "#f1ecf8"),
        Spacer(1, 10),
        _nl_box("Get involved", [
            "Every officer, member of staff and volunteer can join the network, and you do not have to "
            "belong to a group it represents.",
            "Email edi.network@westyorkshire.police.uk or find us on the intranet under Inclusion and "
            "then Networks.",
            "If you would like this newsletter in another format, please ask and we will send it to you.",
        ], column, "#e8f5f4"),
    ]
    doc.build(story)


# ------------------------------------------------------------- 2. Slide deck exported to PDF

SLIDE = (960, 540)
NE_NAVY = colors.HexColor("#0b2d4f")
NE_PINK = colors.HexColor("#c2185b")

SLIDES = [
    ("title", "North East Safer Nights Programme", [
        "Year one update to the Regional VAWG Board",
        "Superintendent Claire Robson, programme lead, Northumbria Police",
        "17 June 2025"]),
    ("bullets", "Agenda", [
        "Where we started", "Northumbria: Newcastle", "Durham: Durham City", "Cleveland: Middlesbrough",
        "Regional: door staff", "Spend to date", "Next steps", "Questions"]),
    ("bullets", "Where we started", [
        "Three forces, one bid: \u00a31.2m over two years, awarded March 2024",
        "Shared aim: women and girls feel and are safer on a night out",
        "Baseline survey of 2,406 women: 61% felt unsafe in a city centre after 10pm",
        "Each force chose its own project for its busiest night-time economy",
        "Regional board meets quarterly; this is the fourth update"]),
    ("bullets", "Northumbria Police: Quayside welfare hub", [
        "Open Friday and Saturday, 9pm to 4am, in a converted bus on Newcastle Quayside",
        "Staffed by officers, Street Pastors and St John Ambulance volunteers",
        "Phone charging, first aid, a safe place to wait for friends or a taxi",
        "Newcastle City Council moved two taxi ranks next to the hub",
        "1,870 people helped since September; 212 women walked to a taxi",
        "Ambulance call-outs from the Quayside down 22% on the same months"]),
    ("bullets", "Durham Constabulary: safer routes home", [
        "Officers and Durham University walked the routes home with 300 students",
        "Students marked on a map where they felt unsafe and why",
        "Durham County Council fixed 38 problems: lighting, overgrown paths, a broken gate",
        "Plain-clothes patrols on the three routes with most reports",
        "Reports of sexual harassment on the routes down from 57 to 31",
        "Walk reports now part of the freshers' week programme"]),
    ("bullets", "Cleveland Police: Middlesbrough bars and clubs", [
        "Licensing officers made test visits to 46 bars and clubs",
        "A young female volunteer asks staff for help, using the venue's own scheme",
        "Venues that fail get training from the licensing team and a revisit",
        "First round: 19 of 46 passed; second round: 41 of 46 passed",
        "Middlesbrough Council made a pass a condition of its late-night levy discount"]),
    ("bullets", "Regional: active bystander training for door staff", [
        "One course, written by the Northumbria, Durham and Cleveland licensing teams together",
        "Spotting predatory behaviour, intervening safely, handing over to police",
        "620 door supervisors trained across the region",
        "Delivered with the Security Industry Authority at no cost to venues",
        "Door staff calls to police about predatory behaviour up from 14 to 63"]),
    ("table", "Spend to date (\u00a3000)", [
        ("Project", "Allocated", "Spent"), ("Quayside welfare hub", "410", "322"),
        ("Safer routes home", "260", "241"), ("Middlesbrough test visits", "190", "128"),
        ("Door staff training", "140", "139"), ("Evaluation and survey", "200", "60"),
        ("Total", "1,200", "890")]),
    ("bullets", "Next steps", [
        "Independent evaluation by Teesside University reports in December 2025",
        "Repeat of the baseline survey in November",
        "Underspend to be returned by 31 March 2026 unless the board agrees a carry-over",
        "Decision needed today: bid for a second year of funding?"]),
    ("title", "Questions?", [
        "safernights@northumbria.police.uk",
        "Slides will be shared with board members after the meeting"]),
]


def _slide_chrome(c, number: int) -> None:
    w, h = SLIDE
    c.setFillColor(NE_NAVY)
    c.rect(0, 0, w, 40, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 10)
    c.drawString(36, 15, "North East Safer Nights Programme | Regional VAWG Board | 17 June 2025")
    c.drawRightString(w - 36, 15, str(number))
    c.setFillColor(NE_PINK)
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(w - 36, h - 26, "OFFICIAL")


def ne_safer_nights_deck(out: Path) -> None:
    """A regional programme board deck exported from presentation software: one slide a page, big
    titles, bullets, a slide number and footer on every slide, one slide for each force's project."""
    w, h = SLIDE
    c = rl_canvas.Canvas(str(out / "north-east-safer-nights-programme-board-update.pdf"), pagesize=SLIDE,
                         invariant=1)
    c.setTitle("North East Safer Nights Programme: year one update")
    c.setAuthor("Northumbria Police")
    for number, (kind, title, items) in enumerate(SLIDES, start=1):
        if kind == "title":
            c.setFillColor(NE_NAVY)
            c.rect(0, 0, w, h, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 40)
            c.drawString(60, h - 200, title)
            c.setFont("Helvetica", 20)
            y = h - 250
            for item in items:
                c.drawString(60, y, item)
                y -= 32
            c.setFont("Helvetica", 10)
            c.drawRightString(w - 36, 15, str(number))
            c.showPage()
            continue
        _slide_chrome(c, number)
        c.setFillColor(NE_NAVY)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(48, h - 70, title)
        c.setStrokeColor(NE_PINK)
        c.setLineWidth(3)
        c.line(48, h - 84, 160, h - 84)
        c.setFillColor(colors.HexColor("#222222"))
        if kind == "bullets":
            y = h - 130
            for item in items:
                lines = simpleSplit(item, "Helvetica", 20, w - 150)
                c.setFillColor(NE_PINK)
                c.circle(62, y + 6, 4, fill=1, stroke=0)
                c.setFillColor(colors.HexColor("#222222"))
                c.setFont("Helvetica", 20)
                for line in lines:
                    c.drawString(80, y, line)
                    y -= 26
                y -= 14
        else:
            y = h - 130
            for r, row in enumerate(items):
                c.setFont("Helvetica-Bold" if r in (0, len(items) - 1) else "Helvetica", 18)
                c.drawString(80, y, row[0])
                c.drawRightString(620, y, row[1])
                c.drawRightString(780, y, row[2])
                if r == 0:
                    c.setLineWidth(1)
                    c.setStrokeColor(NE_NAVY)
                    c.line(80, y - 8, 790, y - 8)
                y -= 36
        c.showPage()
    c.save()


# --------------------------------------- 3. Police and Crime Panel committee paper (PDF)

CP_BODY = ParagraphStyle("cpbody", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
CP_NUM = ParagraphStyle("cpnum", parent=CP_BODY, leftIndent=32, firstLineIndent=-32)
CP_H = ParagraphStyle("cph", parent=CP_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                      spaceBefore=8, spaceAfter=5)
CP_TITLE = ParagraphStyle("cptitle", parent=CP_BODY, fontName="Helvetica-Bold", fontSize=16, leading=20,
                          spaceAfter=12)
CP_CELL = ParagraphStyle("cpcell", parent=CP_BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CP_CELL_B = ParagraphStyle("cpcellb", parent=CP_CELL, fontName="Helvetica-Bold")


def _panel_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawCentredString(width / 2, height - 30, "OFFICIAL")
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(56, 30, "Norfolk Police and Crime Panel | 14 October 2025 | Item 8")
    canvas.drawRightString(width - 56, 30, f"Page {doc.page} of 3")
    canvas.restoreState()


def norfolk_panel_paper(out: Path) -> None:
    """A report to a Police and Crime Panel: a cover sheet of labelled boxes, numbered sections
    (purpose, recommendation, background, implications), and an appendix table with one funded
    project a row."""
    width, _ = A4
    doc = BaseDocTemplate(str(out / "norfolk-police-and-crime-panel-road-safety-fund-report.pdf"), pagesize=A4,
                          leftMargin=56, rightMargin=56, topMargin=56, bottomMargin=56,
                          title="Road Safety Fund: progress of funded projects",
                          author="Office of the Police and Crime Commissioner for Norfolk", invariant=1)
    frame = Frame(56, 56, width - 112, A4[1] - 112, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_panel_page)])
    p = lambda text, style=CP_BODY: Paragraph(text, style)  # noqa: E731
    inner = width - 112

    cover_rows = [
        ("Item No.", "8"),
        ("Report title", "Road Safety Fund: progress of funded projects"),
        ("Date of meeting", "14 October 2025"),
        ("Report of", "The Police and Crime Commissioner for Norfolk"),
        ("Responsible officer", "Chief Executive, Office of the Police and Crime Commissioner for Norfolk"),
        ("Is this a key decision?", "No"),
        ("Exempt information?", "No"),
        ("Appendices", "Appendix A: Funded projects delivered by Norfolk Constabulary"),
    ]
    cover = Table([[p(label, CP_CELL_B), p(value, CP_CELL)] for label, value in cover_rows],
                  colWidths=[140, inner - 140])
    cover.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#666666")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8edf2")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    summary = Table([[p("<b>Executive summary</b>", CP_BODY)],
                     [p("In April 2024 the Commissioner opened a Road Safety Fund of £450,000 over two years "
                        "for road safety work in Norfolk. This report updates the Panel on the three projects "
                        "funded in the first round, all of them delivered by Norfolk Constabulary, and on the "
                        "arrangements for the second round. Details of each project are in Appendix A.",
                        CP_BODY)]], colWidths=[inner])
    summary.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#666666")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    story = [
        p("Norfolk Police and Crime Panel", CP_TITLE),
        cover, Spacer(1, 16), summary, PageBreak(),

        p("1. Purpose of report", CP_H),
        p("1.1&nbsp;&nbsp;&nbsp;To update the Panel on the projects funded from the Commissioner's Road Safety "
          "Fund in 2024/25, as requested at the Panel's meeting of 11 February 2025 (minute 42).", CP_NUM),
        p("2. Recommendation", CP_H),
        p("2.1&nbsp;&nbsp;&nbsp;The Panel is recommended to note the progress of the funded projects and to "
          "comment on the proposed criteria for the second funding round.", CP_NUM),
        p("3. Background", CP_H),
        p("3.1&nbsp;&nbsp;&nbsp;The Police and Crime Plan 2022-2026 commits the Commissioner to reducing the "
          "number of people killed or seriously injured on Norfolk's roads. In 2023, 412 people were killed "
          "or seriously injured, the highest figure since 2017.", CP_NUM),
        p("3.2&nbsp;&nbsp;&nbsp;The fund is financed from the surplus of the Norfolk Safety Camera "
          "Partnership's driver awareness courses. Bids were invited from the Constabulary, district "
          "councils and the voluntary sector, and assessed by a panel of the OPCC, Norfolk County Council's "
          "road casualty reduction team and the Constabulary's roads policing lead.", CP_NUM),
        p("3.3&nbsp;&nbsp;&nbsp;Eleven bids were received. Three were funded, totalling £314,500. The "
          "remaining £135,500 is held for the second round.", CP_NUM),
        p("4. Progress", CP_H),
        p("4.1&nbsp;&nbsp;&nbsp;All three projects have started and report quarterly to the Commissioner's "
          "Accountability Board. A summary of each, with the results reported so far, is set out in "
          "Appendix A.", CP_NUM),
        p("4.2&nbsp;&nbsp;&nbsp;For the second round the Commissioner proposes to give priority to bids "
          "that involve young drivers and motorcyclists, and to require every bid to say how its results "
          "will be measured. The Panel's comments are invited (see paragraph 2.1).", CP_NUM),
        p("5. Financial implications", CP_H),
        p("5.1&nbsp;&nbsp;&nbsp;There are no new financial implications. The fund is ring-fenced within the "
          "OPCC's commissioning budget and is not part of the police precept.", CP_NUM),
        p("6. Equality implications", CP_H),
        p("6.1&nbsp;&nbsp;&nbsp;An equality impact assessment was completed for the fund. Each project has "
          "been asked to record the age and sex of the people it reaches.", CP_NUM),
        p("7. Background papers", CP_H),
        p("7.1&nbsp;&nbsp;&nbsp;Police and Crime Panel, 11 February 2025, Item 6: Commissioner's "
          "commissioning update.", CP_NUM),
        Spacer(1, 10),
        p("<b>Officer contact:</b> Head of Commissioning, Office of the Police and Crime Commissioner for "
          "Norfolk, Building 7, Falconers Chase, Wymondham, Norfolk NR18 0WW. Telephone 01603 276000.",
          CP_BODY),
        PageBreak(),
    ]

    rows = [
        ("Project", "What it does", "Funding", "Results to 30 June 2025"),
        ("Speedwatch vans for villages",
         "Two marked vans lent to Community Speedwatch groups in rural parishes. A PCSO delivers the van, "
         "sets up the speed detection device with the volunteers and collects the readings. Drivers "
         "caught three times get a visit from a roads policing officer.",
         "£96,000",
         "41 villages have used the vans; 3,912 warning letters sent; 6% of drivers caught again."),
        ("Fatal Four sixth-form roadshow",
         "Roads policing officers and Norfolk Fire and Rescue Service stage a crash scene in the school "
         "grounds, then a firefighter and a bereaved parent talk to the students about speed, seatbelts, "
         "phones and drink and drugs.",
         "£38,500",
         "4,100 students at 22 schools and colleges; 87% said they would challenge a driver."),
        ("Rural junction cameras",
         "A trial of mobile camera enforcement at six rural junctions on the A47 and A140 with the worst "
         "collision records, chosen with National Highways and Norfolk County Council. Officers run the "
         "camera at different times each week.",
         "£180,000",
         "Injury collisions at the six junctions down from 19 to 8 in the first twelve months."),
    ]
    table = Table([[p(cell, CP_CELL_B if r == 0 or c == 0 else CP_CELL) for c, cell in enumerate(row)]
                   for r, row in enumerate(rows)],
                  colWidths=[92, 205, 56, inner - 92 - 205 - 56], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#666666")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e0ea")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [
        p("Appendix A: Funded projects delivered by Norfolk Constabulary", CP_TITLE),
        p("Round one of the Road Safety Fund, 2024/25. Figures are as reported by Norfolk Constabulary "
          "and have not been audited.", CP_BODY),
        table,
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


def _numbered(document, number: str, text: str):
    """A hand-numbered paragraph, as review authors type them: the number, a tab, a hanging indent."""
    from docx.shared import Cm

    paragraph = document.add_paragraph(f"{number}\t{text}")
    paragraph.paragraph_format.left_indent = Cm(1.25)
    paragraph.paragraph_format.first_line_indent = Cm(-1.25)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
    return paragraph


# ------------------------------------------------ 4. Lessons learned review, numbered paragraphs

REVIEW = [
    ("1. Introduction", [
        ("1.1", "This review was commissioned by the Assistant Chief Constable for Local Policing after "
                "two high-risk missing person searches in 2024 took longer than the force's own standard "
                "to reach the first search of the most likely locations."),
        ("1.2", "The review team examined 38 high-risk missing person reports in coastal and moorland areas "
                "between 1 April 2023 and 31 March 2024, interviewed 27 officers and staff, and visited two "
                "partner forces."),
        ("1.3", "The purpose of a lessons learned review is to improve practice. It does not consider the "
                "conduct of individuals, and nothing in it should be read as a finding of misconduct."),
    ]),
    ("2. Terms of reference", [
        ("2.1", "To establish how quickly a police search adviser (PolSA) or search manager was engaged in "
                "high-risk missing person reports in coastal and moorland areas."),
        ("2.2", "To identify what prevented searches starting sooner, including the availability of "
                "partner resources."),
        ("2.3", "To identify practice in other forces that Devon and Cornwall Police could adopt."),
    ]),
    ("3. Findings", [
        ("3.1", "In 21 of the 38 reports the first search of the most likely locations began more than two "
                "hours after the report was graded high risk. The force standard is one hour."),
        ("3.2", "Out of hours, the on-call search manager was not always told that a report involved the "
                "coast or the moor. In nine reports the control room requested a PolSA only after the "
                "first shift had ended."),
        ("3.3", "Officers did not have a shared map. Areas already searched were recorded in pocket "
                "notebooks and passed on by telephone, and in four reports the same area was searched "
                "twice."),
        ("3.4", "HM Coastguard and the moorland rescue teams were usually called, but late, and the "
                "request often did not say what had already been done. Partners told the review they "
                "would rather be called early and stood down than called late."),
        ("3.5", "Families were not always asked at the first contact for a recent photograph, the person's "
                "phone details and places of significance, which delayed the search plan (see paragraph "
                "3.1)."),
    ]),
    ("4. Practice in partner forces", [
        ("4.1", "The review team visited two neighbouring forces whose approaches to searches in similar "
                "terrain were recommended by the national search adviser. Each is described below as the "
                "force explained it to the team."),
        ("4.2", "Since 2023 Dorset Police has run a joint search planning cell with HM Coastguard for "
                "every high-risk missing person report within a mile of the coast. The duty inspector, "
                "the on-call PolSA and the coastguard's area commander join a call within 30 minutes of "
                "the report being graded, and agree the first search areas on a shared digital map that "
                "all three can see and update from the field."),
        ("4.3", "The RNLI and the local search and rescue team are added to the call as soon as the plan "
                "involves the water or the cliffs. Searched areas are shaded on the map in real time, so "
                "a team arriving at night can see where not to go."),
        ("4.4", "Dorset Police told the review that the median time from grading to the first search "
                "fell from 94 minutes to 41 minutes in the first year, and that no area was searched twice "
                "by mistake. The coastguard has asked for the cell to be used for all coastal reports, not "
                "only high-risk ones."),
        ("4.5", "Avon and Somerset Police lends GPS lanyards to families of people living with dementia "
                "who have been reported missing at least once. The lanyard is worn like a pendant; the "
                "family can see its location on a phone, and with their consent the control room can see "
                "it too once a missing report is made."),
        ("4.6", "The scheme is run with Alzheimer's Society and Somerset Council, whose dementia advisers "
                "identify families and show them how to use the device. The force bought 150 lanyards; 96 "
                "were on loan when the review team visited."),
        ("4.7", "Of 58 missing reports involving someone wearing a lanyard, 55 were found within an hour, "
                "against a median search of more than four hours for people living with dementia before "
                "the scheme. Families said the main benefit was confidence to let their relative keep "
                "walking alone."),
        ("4.8", "In the review team's view both approaches could be adopted in Devon and Cornwall at "
                "modest cost, and both address findings in chapter 3 of this review."),
    ]),
    ("5. Recommendations", [
        ("5.1", "The control room should record at grading whether a high-risk report involves the coast "
                "or the moor, and notify the on-call search manager automatically."),
        ("5.2", "The force should agree with HM Coastguard a joint search planning call for high-risk "
                "coastal reports, based on the approach described at paragraphs 4.2 to 4.4."),
        ("5.3", "The force should provide a shared digital search map to search managers and PolSAs."),
        ("5.4", "The force should explore a GPS lanyard loan scheme with its local authorities and "
                "dementia charities."),
        ("5.5", "The missing person initial contact form should prompt for a photograph, phone details "
                "and places of significance."),
    ]),
]


def dc_lessons_learned_review(out: Path) -> None:
    """A force's lessons learned review: title page, version table, hand-numbered paragraphs under
    numbered chapters; chapter 4 describes one practice from each of two partner forces."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.add_run("OFFICIAL").bold = True
    footer = section.footer.paragraphs[0]
    footer.add_run("Lessons Learned Review: missing person searches in coastal and moorland areas | "
                   "Page ").font.size = Pt(8)
    _page_number_field(footer)

    document.add_paragraph("Devon and Cornwall Police").runs[0].bold = True
    title = document.add_paragraph()
    title.add_run("Lessons Learned Review").font.size = Pt(26)
    subtitle = document.add_paragraph()
    subtitle.add_run("High-risk missing person searches in coastal and moorland areas").font.size = Pt(15)
    document.add_paragraph("Organisational Learning Unit")
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    for r, (label, value) in enumerate([("Version", "Version 1.0, 14 February 2025"),
                                        ("Status", "Final, approved by the Organisational Learning Board"),
                                        ("Author", "Organisational Learning Unit"),
                                        ("Protective marking", "OFFICIAL, suitable for publication")]):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = value
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("Summary", level=1)
    document.add_paragraph(
        "Searches for high-risk missing people on the coast and the moors were often slow to start, "
        "mainly because specialist search advice and partner agencies were brought in late and searchers "
        "had no shared map. The review makes five recommendations in paragraphs 5.1 to 5.5, two of them "
        "based on practice seen in partner forces.")
    for heading, paragraphs in REVIEW:
        document.add_heading(heading, level=1)
        for number, text in paragraphs:
            _numbered(document, number, text)

    document.add_heading("Appendix A: Glossary", level=1)
    glossary = document.add_table(rows=5, cols=2)
    glossary.style = "Table Grid"
    for r, (term, meaning) in enumerate([("Term", "Meaning"),
                                         ("PolSA", "Police search adviser, a trained search specialist"),
                                         ("Search manager", "The officer responsible for the search strategy"),
                                         ("HMCG", "HM Coastguard"),
                                         ("High risk", "The risk posed is immediate and there are substantial "
                                                       "grounds to believe the person is in danger")]):
        glossary.cell(r, 0).text = term
        glossary.cell(r, 1).text = meaning
    document.add_paragraph(
        "Queries about this review should be sent to the Organisational Learning Unit, Devon and Cornwall "
        "Police, Middlemoor, Exeter EX2 7HQ.")
    buffer = io.BytesIO()
    document.save(buffer)
    _write_zip_reproducibly(buffer.getvalue(),
                            out / "devon-cornwall-missing-person-searches-lessons-learned-review.docx")


# ------------------------------------------- 5. University evaluation report for one project

def notts_custody_navigators_evaluation(out: Path) -> None:
    """An evaluation report on one project by a university: cover, contents, acknowledgements,
    executive summary, the scheme, method, findings with a table, recommendations, references,
    appendices. The whole report is about one piece of work."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run("Custody Navigators: final evaluation report").font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)

    cover = document.add_paragraph()
    cover.add_run("Custody Navigators").font.size = Pt(28)
    document.add_paragraph().add_run("Final evaluation report").font.size = Pt(16)
    document.add_paragraph("An evaluation of a peer navigator scheme in Nottinghamshire Police custody "
                           "suites, October 2022 to September 2024")
    document.add_paragraph("Dr Priya Natarajan and Dr Tom Ashworth")
    document.add_paragraph("Centre for Crime, Justice and Communities, Nottingham Trent University")
    document.add_paragraph("Prepared for the Office of the Police and Crime Commissioner for Nottinghamshire")
    document.add_paragraph("June 2025")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("Contents", level=1)
    for line in ["Acknowledgements", "1. Executive summary", "2. The scheme", "3. Method", "4. Findings",
                 "5. Recommendations", "References", "Appendix A: Interview topic guide",
                 "Appendix B: Matching variables"]:
        document.add_paragraph(line)
    document.add_heading("Acknowledgements", level=1)
    document.add_paragraph(
        "We are grateful to the navigators and the people they supported who agreed to be interviewed, to "
        "custody staff at the Bridewell and Mansfield custody suites, and to the force's analysts for "
        "preparing the reoffending data. Any errors are our own.")
    document.add_paragraph(
        "\u00a9 Nottingham Trent University 2025. The views in this report are those of the authors and "
        "not necessarily those of the Commissioner or Nottinghamshire Police.")

    document.add_heading("1. Executive summary", level=1)
    document.add_paragraph(
        "Custody Navigators is a two-year scheme in which peer navigators meet adults in the custody suite "
        "while they are detained and offer them support that carries on after release. The navigators are "
        "employed by Framework Housing Association and have their own lived experience of addiction, "
        "homelessness or prison. The scheme was funded by the Office of the Police and Crime Commissioner "
        "for Nottinghamshire with £420,000 and ran in Nottinghamshire Police's two custody suites.")
    for text in [
        "The navigators saw 1,046 people in two years, and 612 of them (59%) took up support after release.",
        "Of those who engaged, 31% were arrested again within six months, compared with 44% of a matched "
        "comparison group from the year before the scheme began.",
        "Custody staff valued the navigators, but referrals dropped at night and at weekends, when no "
        "navigator was on shift.",
        "We estimate that the scheme cost £687 for each person who engaged.",
    ]:
        document.add_paragraph(text, style="List Bullet")

    document.add_heading("2. The scheme", level=1)
    document.add_heading("2.1 Background", level=2)
    document.add_paragraph(
        "In 2021/22 one in three adults detained in Nottinghamshire had been detained at least once before "
        "in the same year. Custody health staff reported that many were homeless, dependent on alcohol or "
        "drugs, or both, and left custody with nowhere to go and no appointment to attend.")
    document.add_heading("2.2 How it works", level=2)
    document.add_paragraph(
        "Six navigators work in the Bridewell and Mansfield custody suites from 8am to 8pm, seven days a "
        "week. Custody sergeants offer every adult detainee a conversation with a navigator; the detainee "
        "can refuse. A navigator then agrees a plan with the person, which can include a housing "
        "appointment, a referral to drug and alcohol treatment, registration with a GP or help with "
        "benefits, and keeps in touch for up to twelve weeks after release, meeting them at the gate of "
        "the custody suite when they are released if they want.")
    document.add_paragraph(
        "The navigators are not police staff and do not share what they are told with officers, except "
        "where there is a risk of serious harm. Custody sergeants attend a monthly case review with them.")

    document.add_heading("3. Method", level=1)
    document.add_paragraph(
        "The evaluation used mixed methods. We analysed the scheme's monitoring data for all 1,046 people "
        "referred, and compared reoffending among those who engaged with a comparison group of 612 adults "
        "detained in the twelve months before the scheme, matched on age, sex, offence type, previous "
        "arrests and housing status (Appendix B). We interviewed 34 people: 14 who had been supported, "
        "six navigators, eight custody officers and six staff of partner services (topic guide at "
        "Appendix A).")
    document.add_paragraph(
        "A matched comparison cannot rule out differences between the groups that the data do not record, "
        "such as motivation to change, so the reoffending results should be read as promising rather than "
        "conclusive.")

    document.add_heading("4. Findings", level=1)
    document.add_heading("4.1 Reach", level=2)
    document.add_paragraph(
        "Custody sergeants offered a navigator to 71% of eligible adults during navigator hours but only "
        "12% outside them. Of the 1,046 people seen, 78% were men, the median age was 34, and 41% had no "
        "fixed address.")
    document.add_heading("4.2 Reoffending", level=2)
    table = document.add_table(rows=4, cols=3)
    table.style = "Light Grid Accent 1"
    for r, row in enumerate([("Measure", "Engaged with a navigator", "Comparison group"),
                             ("Arrested again within 6 months", "31%", "44%"),
                             ("Arrested again within 12 months", "46%", "58%"),
                             ("Started drug or alcohol treatment", "38%", "9%")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Table 1: Outcomes for people who engaged and the matched comparison group (n = 612 "
                           "in each).")
    document.add_heading("4.3 What people said", level=2)
    document.add_paragraph(
        "People who had been supported said that meeting someone with similar experience at the lowest "
        "point made the difference. Custody officers said detainees were calmer after seeing a navigator "
        "and that release had become safer, especially for people with nowhere to stay.")
    document.add_heading("4.4 Costs", level=2)
    document.add_paragraph(
        "The scheme cost £420,000 over two years, or £687 for each person who engaged. We did not have the "
        "data for a full cost-benefit analysis.")

    document.add_heading("5. Recommendations", level=1)
    for text in [
        "The scheme should continue, with navigator cover extended to evenings and weekends.",
        "Custody sergeants should receive a short briefing on when and how to offer a navigator.",
        "The force and Framework should agree a data sharing arrangement so that outcomes can be followed "
        "for longer than twelve months.",
        "A further evaluation with a larger comparison group should be commissioned if the scheme is "
        "extended.",
    ]:
        document.add_paragraph(text, style="List Number")

    document.add_heading("References", level=1)
    for text in [
        "Ministry of Justice (2024) Proven reoffending statistics: October to December 2022. London: "
        "Ministry of Justice.",
        "Natarajan, P. and Ashworth, T. (2023) Custody Navigators: interim evaluation report. Nottingham: "
        "Nottingham Trent University.",
    ]:
        document.add_paragraph(text)
    document.add_heading("Appendix A: Interview topic guide", level=1)
    for text in ["How did you first meet the navigator, and what did they offer?",
                 "What happened after you were released?",
                 "What, if anything, would you change about the scheme?"]:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Appendix B: Matching variables", level=1)
    document.add_paragraph("Age band; sex; most serious offence on arrest; number of arrests in the previous "
                           "two years; recorded housing status at arrest.")
    buffer = io.BytesIO()
    document.save(buffer)
    _write_zip_reproducibly(buffer.getvalue(),
                            out / "nottinghamshire-custody-navigators-evaluation-report.docx")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    wyp_inclusion_newsletter(out)
    ne_safer_nights_deck(out)
    norfolk_panel_paper(out)
    dc_lessons_learned_review(out)
    notts_custody_navigators_evaluation(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
