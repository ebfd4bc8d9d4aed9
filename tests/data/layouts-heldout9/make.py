"""Write the binary documents of the ninth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout9/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing publishers lay out their
documents, without reading the project's code, and are not to be tuned against. The writers here
are self-contained (reportlab and python-docx called directly): a force's response letter to a
coroner's prevention of future deaths report, a safeguarding partnership's one-page "7 minute
briefing", a Business Improvement District's annual report, two forces' joint modern slavery and
human trafficking statement and a force women's network's annual report. The HTML, Markdown and
plain-text documents beside this script are written by hand; manifest.json lists every document's
intended initiatives.

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
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
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


def _table(rows, widths, style, head_fill, head_style=None):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (-1, 0), head_fill),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


# ------------------ 1. A force's response to a coroner's prevention of future deaths report (PDF)

SY_BLUE = colors.HexColor("#0b2f6b")
SY_BODY = ParagraphStyle("sybody", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=8)
SY_ADDR = ParagraphStyle("syaddr", parent=SY_BODY, spaceAfter=0)
SY_RIGHT = ParagraphStyle("syright", parent=SY_BODY, alignment=TA_RIGHT, spaceAfter=0)
SY_SUBJECT = ParagraphStyle("sysubject", parent=SY_BODY, fontName="Helvetica-Bold", spaceBefore=6)
SY_H = ParagraphStyle("syh", parent=SY_BODY, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6,
                      spaceAfter=4, keepWithNext=1)
SY_PARA = ParagraphStyle("sypara", parent=SY_BODY, leftIndent=24, firstLineIndent=-24)
SY_SUB = ParagraphStyle("sysub", parent=SY_BODY, leftIndent=48, firstLineIndent=-22, spaceAfter=4)
SY_SMALL = ParagraphStyle("sysmall", parent=SY_BODY, fontSize=8.5, leading=11)


def _sy_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.setFillColor(colors.black)
    canvas.drawCentredString(width / 2, height - 24, "OFFICIAL")
    canvas.drawCentredString(width / 2, 16, "OFFICIAL")
    if doc.page == 1:
        canvas.setFillColor(SY_BLUE)
        canvas.rect(56, height - 96, 6, 52, stroke=0, fill=1)
        canvas.setFont("Helvetica-Bold", 17)
        canvas.drawString(70, height - 64, "SOUTH YORKSHIRE POLICE")
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(70, height - 78, "Justice  |  Integrity  |  Respect")
        canvas.drawRightString(width - 56, height - 56, "Office of the Chief Constable")
        canvas.drawRightString(width - 56, height - 67, "Carbrook House, 5 Carbrook Hall Road")
        canvas.drawRightString(width - 56, height - 78, "Sheffield S9 2EH")
        canvas.drawRightString(width - 56, height - 89, "www.southyorkshire.police.uk")
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(56, 30, "Our ref: CC/PFD/2025/014")
    canvas.drawRightString(width - 56, 30, f"Page {doc.page}")
    canvas.restoreState()


def south_yorkshire_pfd_response(out: Path) -> None:
    """A chief officer's letter answering a coroner's Regulation 28 report: letterhead, address
    block, references, bold subject line, numbered paragraphs under bold headings (background
    and the coroner's concerns are not work; a reminder to staff and a commissioned system
    change are not initiatives), two pieces of work with results (a queued-call re-assessment
    and a mental health practitioner in the control room), publication, sign-off and copies."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "south-yorkshire-police-prevention-of-future-deaths-response.pdf"),
                          pagesize=A4, leftMargin=56, rightMargin=56, topMargin=110, bottomMargin=56,
                          title="Response to Regulation 28 Report to Prevent Future Deaths",
                          author="South Yorkshire Police", invariant=1)
    first = Frame(56, 56, width - 112, height - 166, id="first")
    later = Frame(56, 56, width - 112, height - 110, id="later")
    doc.addPageTemplates([PageTemplate("first", frames=[first], onPage=_sy_page),
                          PageTemplate("later", frames=[later], onPage=_sy_page)])
    p = lambda text, style=SY_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda num, text: Paragraph(f"{num}.&nbsp;&nbsp;&nbsp;&nbsp;{text}", SY_PARA)  # noqa: E731
    story = [
        NextPageTemplate("later"),
        p("<b>PERSONAL</b>", SY_ADDR),
        p("Ms Tanya Whitfield", SY_ADDR),
        p("HM Senior Coroner for South Yorkshire (East District)", SY_ADDR),
        p("The Coroner's Court, Crown Court Building", SY_ADDR),
        p("College Road, Doncaster DN1 3HS", SY_ADDR),
        Spacer(1, 10),
        p("Your ref: 00417/2024", SY_RIGHT),
        p("Our ref: CC/PFD/2025/014", SY_RIGHT),
        p("Date: 11 April 2025", SY_RIGHT),
        Spacer(1, 10),
        p("Dear Ms Whitfield"),
        p("Regulation 28 Report to Prevent Future Deaths: inquest touching the death of Daniel Mark "
          "Roper", SY_SUBJECT),
        n(1, "Thank you for your report dated 14 February 2025, made under paragraph 7 of Schedule 5 "
             "to the Coroners and Justice Act 2009 and regulations 28 and 29 of the Coroners "
             "(Investigations) Regulations 2013, following the inquest that concluded on 6 February "
             "2025. I write on behalf of the Chief Constable to respond within the 56 days "
             "required. I would like first to offer again the force's condolences to Mr Roper's "
             "family, who have attended every hearing and whose questions have helped us."),
        p("Background", SY_H),
        n(2, "Mr Roper died on 27 June 2024 at his home in Mexborough. At 19:42 that evening his "
             "sister called 101 to say she had not heard from him for two days and that he had "
             "spoken of ending his life. The call was graded for a priority response. Because of "
             "demand across Doncaster district that evening, officers were not deployed until "
             "23:05, and they found Mr Roper at 23:31. The inquest heard that he had died earlier "
             "in the evening."),
        p("The matters of concern", SY_H),
        n(3, "Your report raised three matters of concern:"),
        p("(a)&nbsp;&nbsp;the call was not re-assessed while it waited for more than three hours, "
          "although Mr Roper's sister rang back at 21:15 with further information;", SY_SUB),
        p("(b)&nbsp;&nbsp;information about Mr Roper's two earlier attempts on his life, held on "
          "force systems, was not visible to the call handler or the dispatcher; and", SY_SUB),
        p("(c)&nbsp;&nbsp;there was no arrangement for mental health professionals to advise the "
          "control room on concern for welfare calls.", SY_SUB),
        p("Our response to concern (a)", SY_H),
        n(4, "Since 7 October 2024 every concern for welfare call that has waited in the queue for "
             "more than 60 minutes is automatically flagged to a dispatch supervisor in the Force "
             "Control Room. The supervisor calls the caller back, re-assesses the risk using the "
             "THRIVE model and either re-grades the call or deploys the nearest available "
             "resource. A second flag is raised if the call waits a further 60 minutes. Between "
             "November 2024 and February 2025 supervisors re-assessed 2,184 queued welfare calls "
             "and upgraded 311 of them to an emergency response."),
        n(5, "We have also reminded all call handlers, through a briefing and a mandatory e-learning "
             "module, that a caller ringing back with new information must lead to a fresh risk "
             "assessment."),
        p("Our response to concern (b)", SY_H),
        n(6, "The force accepts this concern. A change to the link between our command and control "
             "system and our records management system, so that warning markers for self-harm are "
             "shown on the incident log, has been commissioned from the supplier and is due to go "
             "live in September 2025. Until then, call handlers have been instructed to run a "
             "person check on every concern for welfare call."),
        p("Our response to concern (c)", SY_H),
        n(7, "Since 13 January 2025 a mental health practitioner from Rotherham Doncaster and South "
             "Humber NHS Foundation Trust has worked in the Force Control Room at Carbrook every "
             "day from 08:00 to 02:00, funded jointly by the force and NHS South Yorkshire "
             "Integrated Care Board. The practitioner can see NHS mental health records, advises "
             "call handlers and dispatchers on concern for welfare and mental health calls, speaks "
             "to callers directly and can arrange for the crisis team or Yorkshire Ambulance "
             "Service to attend instead of, or as well as, the police."),
        n(8, "In the first ten weeks the practitioner advised on 640 incidents. In 212 of them the "
             "person was supported by health services without a police deployment, and in 57 a "
             "police response was upgraded because of information held on NHS records. We will "
             "review the arrangement with the Trust in July 2025."),
        p("Publication", SY_H),
        n(9, "I have no objection to this response being published, and I am copying it to the "
             "Mayor of South Yorkshire, who holds the police and crime commissioner's functions for "
             "the county."),
        Spacer(1, 6),
        p("Yours sincerely"),
        Spacer(1, 22),
        p("Assistant Chief Constable David Kettering", SY_ADDR),
        p("on behalf of the Chief Constable of South Yorkshire Police", SY_ADDR),
        Spacer(1, 14),
        p("cc: Mayor of South Yorkshire; Chief Executive, Rotherham Doncaster and South Humber NHS "
          "Foundation Trust; Independent Office for Police Conduct", SY_SMALL),
    ]
    doc.build(story)


# ------------------------- 2. A safeguarding partnership's one-page "7 minute briefing" (PDF)

WS_PURPLE = colors.HexColor("#5b2a86")
WS_PALE = colors.HexColor("#f1eaf8")
WS_BODY = ParagraphStyle("wsbody", fontName="Helvetica", fontSize=7.6, leading=9.6, spaceAfter=3)
WS_NUM = ParagraphStyle("wsnum", parent=WS_BODY, fontName="Helvetica-Bold", fontSize=10, leading=12,
                        textColor=WS_PURPLE, spaceAfter=2)
WS_BULLET = ParagraphStyle("wsbullet", parent=WS_BODY, leftIndent=8, bulletIndent=0, spaceAfter=1)
WS_CENTRE = ParagraphStyle("wscentre", parent=WS_BODY, fontName="Helvetica-Bold", fontSize=13, leading=16,
                           alignment=TA_CENTER, textColor=colors.white)
WS_CENTRE_SMALL = ParagraphStyle("wscentresmall", parent=WS_BODY, fontSize=8, leading=10,
                                 alignment=TA_CENTER, textColor=colors.white)


def _ws_page(canvas, doc):
    width, height = landscape(A4)
    canvas.saveState()
    canvas.setFillColor(WS_PURPLE)
    canvas.rect(0, height - 40, width, 40, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(28, height - 27, "7 MINUTE BRIEFING  |  Cuckooing")
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(width - 28, height - 25, "Walsall Safeguarding Partnership")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(28, 14, "Published April 2025  |  Review due April 2026  |  Walsall Safeguarding "
                              "Partnership, Civic Centre, Darwall Street, Walsall WS1 1TP  |  "
                              "www.walsallsafeguardingpartnership.org.uk")
    canvas.drawRightString(width - 28, 14, "Read it, share it, discuss it at your next team meeting")
    canvas.restoreState()


def walsall_seven_minute_briefing(out: Path) -> None:
    """A one-page landscape 7 minute briefing: title band, a three-by-three grid whose centre cell
    is the title panel and whose other cells are seven numbered boxes (what it is, why it matters
    with local figures, signs, learning from a review, the one piece of local work by the police
    with housing and the council, questions for teams, where to get help) and a logos strip."""
    width, height = landscape(A4)
    doc = BaseDocTemplate(str(out / "walsall-safeguarding-partnership-7-minute-briefing-cuckooing.pdf"),
                          pagesize=(width, height), leftMargin=28, rightMargin=28, topMargin=50,
                          bottomMargin=26, title="7 Minute Briefing: Cuckooing",
                          author="Walsall Safeguarding Partnership", invariant=1)
    doc.addPageTemplates([PageTemplate("one", frames=[Frame(28, 26, width - 56, height - 76, id="f")],
                                       onPage=_ws_page)])
    p = lambda text, style=WS_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, WS_BULLET, bulletText="\u2022")  # noqa: E731
    col = (width - 56) / 3
    box1 = [p("1  What is cuckooing?", WS_NUM),
            p("Cuckooing is when criminals take over the home of a vulnerable person and use it to "
              "deal or store drugs, hide weapons, for sex work or as a place to stay. Victims are "
              "often adults with learning disabilities, mental ill health or drug and alcohol "
              "problems, older people, or people who are lonely. It often starts with "
              "\"friendship\", gifts or drugs and turns to threats and violence.")]
    box2 = [p("2  Why it matters", WS_NUM),
            p("Cuckooing is hidden. Victims may not see themselves as victims, may be too frightened "
              "to tell anyone, or may fear losing their home. In 2024 West Midlands Police recorded "
              "61 cuckooing concerns in Walsall, up from 37 in 2023. Most of the adults involved "
              "were already known to at least one agency before their home was taken over.")]
    box3 = [p("3  Signs to look for", WS_NUM),
            b("more people coming and going, at all hours"),
            b("new \"friends\" answering the door or the phone"),
            b("the tenant seems scared, withdrawn or is not seen for days"),
            b("unfamiliar cars, bikes or scooters outside"),
            b("the curtains always closed, damage to doors or locks"),
            b("missed appointments, rent arrears, no food in the home")]
    box4 = [p("4  Local learning", WS_NUM),
            p("A Safeguarding Adults Review (Adult K, published January 2025) found that five "
              "agencies had each seen signs that Adult K's flat in Bloxwich had been taken over, "
              "but nobody put the picture together or called a multi-agency meeting. Adult K was "
              "assaulted and lost his tenancy. The review made six recommendations, including that "
              "any practitioner who suspects cuckooing should share the concern the same day.")]
    centre = [Spacer(1, 18), p("7 MINUTE", WS_CENTRE), p("BRIEFING", WS_CENTRE), Spacer(1, 6),
              p("Cuckooing: when someone's home is taken over", WS_CENTRE_SMALL), Spacer(1, 6),
              p("For all practitioners in Walsall working with adults and families", WS_CENTRE_SMALL)]
    box5 = [p("5  What we are doing in Walsall", WS_NUM),
            p("Since June 2024, when anyone raises a concern about cuckooing, a PCSO from West "
              "Midlands Police's Walsall neighbourhood team and a tenancy officer from Walsall "
              "Housing Partnership make a joint visit within 72 hours. They see the tenant alone, "
              "offer a video doorbell and a \"Knock Safe\" card, and agree a safety plan. Where the "
              "home has been taken over, the police apply for a closure order while the housing "
              "officer arranges a move. Walsall Council's adult social care team joins the visit "
              "when the tenant has care and support needs."),
            p("Up to the end of March 2025 the teams made 84 joint visits, 19 closure orders were "
              "granted and 22 tenants moved to safer homes.")]
    box6 = [p("6  Questions for your team", WS_NUM),
            b("Do you know what cuckooing looks like in the homes you visit?"),
            b("Would you share a concern the same day? Who with?"),
            b("How do you see a tenant on their own when others are always there?"),
            b("What stops people in your team from raising a concern?")]
    box7 = [p("7  Where to get help", WS_NUM),
            p("If someone is in immediate danger, call 999."),
            p("Walsall MASH (adults and children): 0300 555 0218, Monday to Friday 8.45am to "
              "5.15pm; out of hours 0300 555 8574."),
            p("West Midlands Police: 101. Crimestoppers, anonymously: 0800 555 111."),
            p("The Adult K review and our cuckooing practice guidance are on our website.")]
    logos = [p("Walsall Council  |  West Midlands Police  |  NHS Black Country Integrated Care Board  |  "
               "Walsall Housing Partnership", ParagraphStyle("wslogos", parent=WS_BODY,
                                                              alignment=TA_CENTER, fontSize=7))]
    grid = Table([[box1, box2, box3], [box4, centre, box5], [box6, box7, logos]],
                 colWidths=[col, col, col])
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (0, 0), 0.8, WS_PURPLE), ("BOX", (1, 0), (1, 0), 0.8, WS_PURPLE),
        ("BOX", (2, 0), (2, 0), 0.8, WS_PURPLE), ("BOX", (0, 1), (0, 1), 0.8, WS_PURPLE),
        ("BOX", (2, 1), (2, 1), 0.8, WS_PURPLE), ("BOX", (0, 2), (0, 2), 0.8, WS_PURPLE),
        ("BOX", (1, 2), (1, 2), 0.8, WS_PURPLE),
        ("BACKGROUND", (1, 1), (1, 1), WS_PURPLE),
        ("BACKGROUND", (2, 1), (2, 1), WS_PALE),
        ("VALIGN", (2, 2), (2, 2), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    doc.build([grid])


# ---------------------- 3. A Business Improvement District's annual report (PDF, two columns)

NB_TEAL = colors.HexColor("#00707a")
NB_SAND = colors.HexColor("#f6efe2")
NB_BODY = ParagraphStyle("nbbody", fontName="Helvetica", fontSize=9, leading=12.4, spaceAfter=6)
NB_TITLE = ParagraphStyle("nbtitle", parent=NB_BODY, fontName="Helvetica-Bold", fontSize=24, leading=28,
                          textColor=NB_TEAL, spaceAfter=2)
NB_SUBTITLE = ParagraphStyle("nbsubtitle", parent=NB_BODY, fontSize=11, leading=14,
                             textColor=colors.HexColor("#555555"), spaceAfter=12)
NB_KICKER = ParagraphStyle("nbkicker", parent=NB_BODY, fontName="Helvetica-Bold", fontSize=8,
                           leading=10, textColor=NB_TEAL, spaceBefore=6, spaceAfter=1, keepWithNext=1)
NB_H2 = ParagraphStyle("nbh2", parent=NB_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15,
                       spaceAfter=4, keepWithNext=1)
NB_H3 = ParagraphStyle("nbh3", parent=NB_BODY, fontName="Helvetica-Bold", fontSize=10, leading=13,
                       textColor=NB_TEAL, spaceBefore=4, spaceAfter=3, keepWithNext=1)
NB_SMALL = ParagraphStyle("nbsmall", parent=NB_BODY, fontSize=8, leading=10.4, spaceAfter=3)
NB_QUOTE = ParagraphStyle("nbquote", parent=NB_BODY, fontName="Helvetica-Oblique", fontSize=10.5,
                          leading=14, textColor=NB_TEAL)
NB_HEAD = ParagraphStyle("nbhead", parent=NB_SMALL, fontName="Helvetica-Bold", textColor=colors.white)


def _nb_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(NB_TEAL)
    canvas.rect(0, height - 22, width, 22, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(40, height - 15, "Norwich BID | Annual Report 2024-25")
    canvas.drawRightString(width - 40, height - 15, "Making Norwich a great place to be")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(40, 20, "norwichbid.co.uk")
    canvas.drawRightString(width - 40, 20, f"{doc.page}")
    canvas.restoreState()


def norwich_bid_annual_report(out: Path) -> None:
    """A Business Improvement District's annual report to its levy payers: title, chair's welcome
    ('we' for the BID), an income and spending table, then two columns of themes under kicker
    labels: a business crime partnership run by the BID with the force's city centre team, a
    Purple Flag box (an award, not work), a night-time Safe Haven the BID funds and two charities
    run (no force), events and footfall figures (not initiatives), business support offers,
    plans, board and contact."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "norwich-bid-annual-report-2024-25.pdf"), pagesize=A4,
                          leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                          title="Norwich BID Annual Report 2024-25", author="Norwich BID", invariant=1)
    inner = width - 80
    gap = 18
    col_w = (inner - gap) / 2
    col_h = height - 80
    top_h = 300
    doc.addPageTemplates([
        PageTemplate("first", frames=[Frame(40, height - 40 - top_h, inner, top_h, id="top"),
                                      Frame(40, 40, col_w, col_h - top_h, id="l1"),
                                      Frame(40 + col_w + gap, 40, col_w, col_h - top_h, id="r1")],
                     onPage=_nb_page),
        PageTemplate("two", frames=[Frame(40, 40, col_w, col_h, id="l"),
                                    Frame(40 + col_w + gap, 40, col_w, col_h, id="r")],
                     onPage=_nb_page),
    ])
    p = lambda text, style=NB_BODY: Paragraph(text, style)  # noqa: E731
    story = [
        p("Annual Report 2024-25", NB_TITLE),
        p("Norwich Business Improvement District: year three of our second term, 2022 to 2027",
          NB_SUBTITLE),
        p("Welcome from our Chair", NB_H2),
        p("Thank you to the 620 businesses whose levy makes our work possible. This year we "
          "focused on what you told us matters most in our 2024 survey: feeling safe in the city "
          "centre by day and by night, bringing people into Norwich, and helping you keep your "
          "costs down. Footfall in the BID area is back above its 2019 level for the first time, "
          "and this report sets out what your levy paid for and what it achieved."),
        p("Caroline Featherstone, Chair, Norwich BID Board", NB_SMALL),
        p("Your levy at work", NB_H3),
        _table([["Income", "2024-25", "Spending", "2024-25"],
                ["BID levy (1.4% of rateable value)", "£1,043,000", "Safe and welcoming", "£402,000"],
                ["Voluntary contributions", "£61,000", "Vibrant and experiential", "£396,000"],
                ["Grants and sponsorship", "£118,000", "Business support", "£172,000"],
                ["", "", "Staff, levy collection and overheads", "£236,000"],
                ["Total income", "£1,222,000", "Total spending", "£1,206,000"]],
               [inner * 0.34, inner * 0.16, inner * 0.34, inner * 0.16], NB_SMALL, NB_TEAL, NB_HEAD),
        NextPageTemplate("two"),
        FrameBreak(),
        p("SAFE AND WELCOMING", NB_KICKER),
        p("Working together against business crime", NB_H2),
        p("In April 2024 we brought the Norwich Business Against Crime radio scheme under the BID "
          "and moved it onto the DISC app, which lets members share images of offenders and "
          "report incidents straight to Norfolk Constabulary's City Centre Policing Team. Officers "
          "check the app every shift, and people who offend persistently are given an exclusion "
          "notice covering every one of the 140 member businesses."),
        p("In 2024-25 members logged 2,310 incidents, 63 exclusion notices were issued and the "
          "team arrested 88 people identified through the app. Shop theft reported by member "
          "businesses fell by 12% in the second half of the year compared with the first."),
        p("\u201cThe app means I know who has been banned before they are through the door.\u201d "
          "Store manager, Gentleman's Walk", NB_QUOTE),
        Spacer(1, 6),
        _box([p("Purple Flag again", NB_H3),
              p("In November Norwich kept its Purple Flag, the national award for a safe and "
                "well-managed evening and night-time economy, for the tenth year running. The "
                "assessors praised the city's taxi marshals and late-night transport.", NB_SMALL)],
             col_w, NB_SAND, NB_TEAL),
        p("A safe place on a night out", NB_H2),
        p("From October we funded a Safe Haven on Prince of Wales Road, open from 10pm to 4am on "
          "Friday and Saturday nights and run by St John Ambulance volunteers with Norwich Street "
          "Pastors. People who are injured, unwell, very drunk or have lost their friends can be "
          "looked after there instead of waiting for an ambulance or going to A&amp;E."),
        p("In its first 24 nights the Safe Haven helped 316 people, and St John Ambulance "
          "estimates that 71 ambulance call-outs were avoided."),
        p("VIBRANT AND EXPERIENTIAL", NB_KICKER),
        p("Bringing people into the city", NB_H2),
        p("Events we supported this year included the Norwich Dragon Festival in February, the "
          "summer Lanes Fayre, the Heritage Open Days in September and the Christmas lights "
          "switch-on on 14 November 2024."),
        _table([["Footfall (BID area)", "2023-24", "2024-25"],
                ["Annual visits", "31.2 million", "32.6 million"],
                ["Busiest day", "23 Dec 2023", "21 Dec 2024"],
                ["Evening visits (6pm to midnight)", "5.4 million", "5.9 million"]],
               [col_w * 0.46, col_w * 0.27, col_w * 0.27], NB_SMALL, NB_TEAL, NB_HEAD),
        Spacer(1, 6),
        p("Footfall is counted by the BID's seven sensors on Gentleman's Walk, London Street, "
          "Haymarket and Prince of Wales Road.", NB_SMALL),
        p("BUSINESS SUPPORT", NB_KICKER),
        p("Helping you cut costs", NB_H2),
        p("Members can use our free recycling collection, our energy and waste cost review and our "
          "training calendar, which includes first aid, conflict management and licensing "
          "courses. Ask your BID contact for details or book on our website."),
        p("LOOKING AHEAD", NB_KICKER),
        p("Our plans for 2025-26", NB_H2),
        p("Next year we will extend the Safe Haven to Thursday nights during the university term, "
          "start the ballot campaign for our third term, and publish a new evening economy "
          "strategy with Norwich City Council."),
        p("WHAT YOU TOLD US", NB_KICKER),
        p("Levy payer survey", NB_H2),
        _table([["Share of levy payers who agree", "2023", "2024"],
                ["I feel safe in the city centre during the day", "86%", "89%"],
                ["I feel safe in the city centre at night", "54%", "61%"],
                ["The BID represents my business well", "63%", "68%"]],
               [col_w * 0.6, col_w * 0.2, col_w * 0.2], NB_SMALL, NB_TEAL, NB_HEAD),
        Spacer(1, 4),
        p("212 levy payers answered the survey in September 2024.", NB_SMALL),
        p("Thank you to our partners", NB_H3),
        p("Norfolk Constabulary, Norwich City Council, St John Ambulance, Norwich Street Pastors, "
          "Visit Norwich, The Forum and the University of East Anglia.", NB_SMALL),
        p("Your BID Board", NB_H3),
        p("Caroline Featherstone (Chair), Jarrold; Tom Whitby, The Forum Trust; Priya Lal, Norwich "
          "Lanes Association; Mark Dunn, Chapelfield; Cllr Sarah Osborne, Norwich City Council; "
          "Chief Inspector Ryan Mallett, Norfolk Constabulary (observer).", NB_SMALL),
        p("Contact us", NB_H3),
        p("Norwich BID, 9 Queen Street, Norwich NR2 4SG. Telephone 01603 727 930. Email "
          "hello@norwichbid.co.uk. Registered company number 08843117.", NB_SMALL),
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


def _header_footer(document, header_text: str, footer_text: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   Page "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9", widths=None, label_col=False):
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, (cell, value) in enumerate(zip(cells, row)):
            values = value if isinstance(value, list) else [value]
            cell.text = ""
            run = cell.paragraphs[0].add_run(values[0])
            for extra in values[1:]:
                cell.add_paragraph(extra)
            if (r == 0 and not label_col) or (label_col and c == 0):
                run.bold = True
                _shade(cell, header_fill)
            if widths:
                cell.width = Cm(widths[c])
    return table


def _bold_para(document, text: str, size: float | None = None):
    from docx.shared import Pt

    para = document.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return para


def _numbered(document, number: str, text: str):
    from docx.shared import Cm

    para = document.add_paragraph(f"{number}\t{text}")
    para.paragraph_format.left_indent = Cm(1.25)
    para.paragraph_format.first_line_indent = Cm(-1.25)
    return para


# ------------------ 4. Two forces' joint modern slavery and human trafficking statement (Word)

def surrey_sussex_modern_slavery_statement(out: Path) -> None:
    """A joint statement by two collaborating forces under the Modern Slavery Act's transparency
    provision (Word): title block, numbered Heading 1 sections with hand-typed paragraph
    numbers: introduction with the statutory basis, organisations and supply chains (figures),
    policies, due diligence (a standing tender check, then the forces' first on-site supplier
    audit programme as 'we', with an audit firm), training, the operational response (recorded
    crime figures, then one force's operation with two partners and the other force's taxi driver
    training with two councils), a measures table, priorities as future intent and an approval
    table."""
    import docx

    document = docx.Document()
    _header_footer(document, "Surrey Police | Sussex Police", "Modern Slavery and Human Trafficking "
                   "Statement 2024/25")
    document.add_heading("Modern Slavery and Human Trafficking Statement 2024/25", level=0)
    document.add_paragraph("Surrey Police and Sussex Police")
    document.add_paragraph("Financial year 1 April 2024 to 31 March 2025")
    document.add_heading("1. Introduction", level=1)
    _numbered(document, "1.1", "This statement is made jointly by Surrey Police and Sussex Police. It "
              "sets out the steps we have taken during the financial year ending 31 March 2025 to "
              "make sure that slavery and human trafficking are not taking place in our supply "
              "chains or in any part of our own business.")
    _numbered(document, "1.2", "Section 54 of the Modern Slavery Act 2015 does not require police "
              "forces to publish a statement, but we do so voluntarily, following the Home Office's "
              "statutory guidance \"Transparency in supply chains\", because as organisations that "
              "investigate modern slavery we should hold ourselves to the standard we expect of "
              "others.")
    document.add_heading("2. Our organisations and supply chains", level=1)
    _numbered(document, "2.1", "Surrey Police employs about 2,150 police officers and 1,900 police "
              "staff; Sussex Police employs about 3,100 officers and 2,400 staff. Since 2014 the "
              "two forces have shared a joint Procurement department, part of our collaborated "
              "support services, which manages third-party spend of about £210 million a year with "
              "some 2,400 suppliers.")
    _numbered(document, "2.2", "We consider our highest-risk categories to be vehicle cleaning and "
              "valeting, cleaning and facilities services, uniform and personal protective "
              "equipment, and IT hardware.")
    document.add_heading("3. Policies", level=1)
    document.add_paragraph("The following policies set out our approach:")
    for item in ["Joint Procurement Strategy 2023-2027", "Supplier Code of Conduct",
                 "Whistleblowing (Confidential Reporting) Policy", "Safeguarding Adults and Children "
                 "Policy", "Recruitment and Vetting Policy"]:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("4. Due diligence and risk assessment", level=1)
    _numbered(document, "4.1", "Every tender above £25,000 includes the modern slavery questions from "
              "the Cabinet Office's Procurement Policy Note 02/23, and suppliers in high-risk "
              "categories must complete the Modern Slavery Assessment Tool before contract award.")
    _numbered(document, "4.2", "In 2024/25 we carried out our first programme of on-site supplier "
              "audits. Our procurement team and the ethical audit specialists Fairwork Audit Ltd "
              "visited 12 suppliers in the highest-risk categories, including all four vehicle "
              "valeting contractors that clean our fleet at Guildford and Lewes. Auditors "
              "interviewed 146 workers in their own language, away from managers, and checked pay "
              "records against the National Minimum Wage.")
    _numbered(document, "4.3", "We agreed corrective action plans with five suppliers. Two repaid "
              "holiday pay owed to 31 workers, and one valeting contract was ended after the "
              "supplier could not show that its workers held their own identity documents.")
    _numbered(document, "4.4", "In 2025/26 we will extend on-site audits to our uniform supply chain.")
    document.add_heading("5. Training", level=1)
    _numbered(document, "5.1", "All procurement and contract management staff complete ethical "
              "procurement e-learning every two years; 98% were up to date at 31 March 2025. All "
              "officers and frontline staff complete modern slavery awareness training as part of "
              "their initial training.")
    document.add_heading("6. Our operational response to modern slavery", level=1)
    _numbered(document, "6.1", "As police forces we also investigate modern slavery and protect its "
              "victims. In 2024/25 we recorded 402 modern slavery crimes (Surrey 161, Sussex 241) "
              "and made 288 referrals to the National Referral Mechanism.")
    _numbered(document, "6.2", "Between June and November 2024 Sussex Police's Modern Slavery and "
              "Exploitation Team ran Operation Tidewater with The Salvation Army and the Gangmasters "
              "and Labour Abuse Authority. Teams visited 57 hand car washes and nail bars in "
              "Brighton, Crawley and Hastings; Salvation Army support workers spoke to workers away "
              "from their managers and offered help on the spot. 23 potential victims were referred "
              "to the National Referral Mechanism, nine accepted safe house support, and four people "
              "have been charged with offences under the Modern Slavery Act 2015.")
    _numbered(document, "6.3", "In Surrey, the Surrey Police licensing team worked with Guildford "
              "Borough Council and Woking Borough Council to add a module on spotting trafficking "
              "and exploitation to the councils' mandatory training for taxi and private hire "
              "drivers. Since September 2024, 640 drivers have completed the module and drivers "
              "have made 11 reports to Surrey Police, two of which led to a child being "
              "safeguarded.")
    document.add_heading("7. Measuring effectiveness", level=1)
    _grid(document, [["Measure", "2023/24", "2024/25"],
                     ["Tenders above £25,000 including modern slavery questions", "100%", "100%"],
                     ["High-risk suppliers audited on site", "0", "12"],
                     ["Procurement staff with ethical procurement training up to date", "91%", "98%"],
                     ["Confidential reports about suppliers received", "1", "3"]],
          widths=[10, 3, 3])
    document.add_heading("8. Priorities for 2025/26", level=1)
    for item in ["Extend on-site audits to the uniform and personal protective equipment supply chain.",
                 "Add modern slavery clauses to all contract renewals, not only new contracts.",
                 "Publish this statement on the government's modern slavery statement registry."]:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("9. Approval", level=1)
    document.add_paragraph("This statement was approved by the joint Chief Officer Group on 22 July "
                           "2025 and will be reviewed annually.")
    _grid(document, [["Signed", "Name and role", "Date"],
                     ["", "Alison Hartwell, Chief Constable, Surrey Police", "22 July 2025"],
                     ["", "Martin Pryce, Chief Constable, Sussex Police", "22 July 2025"]],
          widths=[4, 8, 4])
    _save_docx(document, out / "surrey-sussex-police-modern-slavery-statement-2024-25.docx",
               "Modern Slavery and Human Trafficking Statement 2024/25", "Surrey Police and Sussex Police")


# ------------------------------------------ 5. A force women's network's annual report (Word)

def gmp_womens_network_annual_report(out: Path) -> None:
    """A force staff network's annual report (Word): running header, handling footer; title, the
    Chair's foreword ('we' for the network), a figures table, 'Our year' as a three-column table
    (Theme, What we did, What changed) in which three rows are pieces of work with results and
    two are committee and awards lines, events as a bulleted list, 'From our sister networks'
    with another force's scheme, plans, and how to join."""
    import docx

    document = docx.Document()
    _header_footer(document, "GMP Women's Network | Annual Report 2024-25", "Internal and partners")
    document.add_heading("GMP Women's Network", level=0)
    document.add_paragraph("Annual Report 2024-25")
    document.add_paragraph("Supporting, connecting and speaking up for women officers, staff and "
                           "volunteers in Greater Manchester Police")
    document.add_heading("Chair's foreword", level=1)
    document.add_paragraph("This has been our busiest year yet. We grew to more than 1,400 members, "
                           "we have a rep in every district for the first time, and we focused our "
                           "energy on three things you told us mattered: kit that fits, coming back "
                           "to work after leave, and being able to speak up safely. None of it would "
                           "have happened without the volunteers who give their time on top of "
                           "their day jobs, and the support of our Chief Officer sponsor, ACC Joanne "
                           "Pickering. Thank you.")
    document.add_paragraph("Inspector Sian Mercer, Chair")
    document.add_heading("Our network in numbers", level=1)
    _grid(document, [["", "2023-24", "2024-25"],
                     ["Members", "1,106", "1,412"],
                     ["District reps", "7", "11"],
                     ["Mentoring pairs", "41", "58"],
                     ["Events held", "17", "24"]],
          widths=[7, 3, 3])
    document.add_heading("Our year", level=1)
    document.add_paragraph("The table sets out what we worked on in 2024-25, who with, and what "
                           "changed.")
    _grid(document, [["Theme", "What we did", "What changed"],
                     ["Kit that fits",
                      "With Uniform Services and Health and Safety we ran a 12-week trial of "
                      "female-fit body armour with 60 officers from response and neighbourhood "
                      "teams in Bolton, Oldham and Trafford.",
                      "88% of the officers on the trial said the new armour fitted better and 71% "
                      "reported less back pain. Female-fit armour has been standard issue for new "
                      "officers since April 2025."],
                     ["Back to the Beat",
                      "We set up a buddy scheme and a two-week refresher course for officers "
                      "returning from maternity, adoption or long-term sick leave, run with the "
                      "Learning and Development team at Sedgley Park.",
                      "74 officers have returned through the programme. None has resigned within 12 "
                      "months of returning, compared with 9 of the 61 who returned in 2023-24."],
                     ["Committee",
                      "Elected a new chair and deputy chair at the AGM on 18 September 2024 and "
                      "appointed a rep in every district.",
                      "Reps now cover all 11 districts."],
                     ["Speak Up Safely",
                      "With the Professional Standards Branch we set up a confidential route for "
                      "women to report sexual harassment by colleagues through trained network "
                      "advisers, who can stay with them through the process.",
                      "41 reports in the first eight months, 29 from women who said they would not "
                      "otherwise have reported; six misconduct investigations opened."],
                     ["Awards",
                      "Shortlisted for Network of the Year at the National Women in Policing "
                      "Awards.",
                      "Ceremony in June 2025."]],
          widths=[3, 7, 6])
    document.add_heading("Events and celebrations", level=1)
    for item in ["8 March 2025: International Women's Day conference at Sedgley Park (260 attendees)",
                 "October 2024: joint Black History Month event with the Black and Asian Police "
                 "Association",
                 "Monthly: lunchtime network meet-ups in every district"]:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("From our sister networks", level=1)
    document.add_paragraph("Each year we invite a neighbouring force's network to share something "
                           "that worked.")
    document.add_paragraph("Cheshire Constabulary's Women's Network and the force's Armed Policing "
                           "Unit ran three \"Women in Firearms\" taster days at the firearms training "
                           "range in Winsford in 2024, where women officers could try the kit and "
                           "talk to female authorised firearms officers about the role. 38 officers "
                           "attended, nine applied for firearms selection and six have passed. We "
                           "hope to run a GMP version next year.")
    document.add_heading("Looking ahead to 2025-26", level=1)
    for item in ["Extend female-fit kit to public order protective equipment.",
                 "Launch a menopause awareness session for all supervisors.",
                 "Reach 1,600 members."]:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Join us", level=1)
    document.add_paragraph("Membership is free and open to everyone in GMP, whatever your gender. "
                           "Email womensnetwork@gmp.police.uk or find us on the Teams channel "
                           "\"GMP Women's Network\". Internal telephone extension 62 4451.")
    _save_docx(document, out / "gmp-womens-network-annual-report-2024-25.docx",
               "GMP Women's Network Annual Report 2024-25", "GMP Women's Network")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    south_yorkshire_pfd_response(out)
    walsall_seven_minute_briefing(out)
    norwich_bid_annual_report(out)
    surrey_sussex_modern_slavery_statement(out)
    gmp_womens_network_annual_report(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
