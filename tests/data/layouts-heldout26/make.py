"""Write the documents of the twenty-sixth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout26/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a regional bank's fraud
and scams report, a council's annual parking report, a local Healthwatch's Enter and View report, a
dementia action alliance's newsletter, a farmers' network's members' bulletin and a neighbourhood
policing team's letter to residents. The HTML, Markdown and plain-text documents are kept here as
text and written out unchanged; manifest.json lists every document's intended initiatives.

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


# ------------------ 1. A regional bank's fraud and scams report (PDF, A4, sidebar then two columns)

PD_GREEN = colors.HexColor("#0b5d4b")
PD_GOLD = colors.HexColor("#d99a1e")
PD_PALE = colors.HexColor("#e9f2ee")
PD_CREAM = colors.HexColor("#fbf5e6")
PD_BODY = ParagraphStyle("pdbody", fontName="Helvetica", fontSize=9, leading=12.2, spaceAfter=6)
PD_H1 = ParagraphStyle("pdh1", fontName="Helvetica-Bold", fontSize=16, leading=19, textColor=PD_GREEN,
                       spaceBefore=2, spaceAfter=6, keepWithNext=1)
PD_H2 = ParagraphStyle("pdh2", fontName="Helvetica-Bold", fontSize=11, leading=13.5, textColor=PD_GREEN,
                       spaceBefore=6, spaceAfter=4, keepWithNext=1)
PD_KICK = ParagraphStyle("pdkick", fontName="Helvetica-Bold", fontSize=7.6, leading=9.5, textColor=PD_GOLD,
                         spaceAfter=4)
PD_NUM = ParagraphStyle("pdnum", fontName="Helvetica-Bold", fontSize=19, leading=21, textColor=PD_GREEN)
PD_NUMT = ParagraphStyle("pdnumt", fontName="Helvetica", fontSize=7.8, leading=9.6, textColor=colors.HexColor("#1d3b33"),
                         spaceAfter=9)
PD_SIDE = ParagraphStyle("pdside", parent=PD_BODY, fontSize=7.6, leading=9.8, spaceAfter=4)
PD_RES = ParagraphStyle("pdres", fontName="Helvetica-Bold", fontSize=8.4, leading=10.8, textColor=PD_GREEN,
                        leftIndent=9, bulletIndent=0, bulletColor=PD_GOLD, spaceAfter=3)
PD_QUOTE = ParagraphStyle("pdquote", fontName="Helvetica-Oblique", fontSize=9.4, leading=12.4,
                          textColor=colors.HexColor("#2c4a42"), spaceAfter=2)
PD_QBY = ParagraphStyle("pdqby", fontName="Helvetica-Bold", fontSize=7.4, leading=9, textColor=PD_GOLD,
                        spaceAfter=8)
PD_CELL = ParagraphStyle("pdcell", fontName="Helvetica", fontSize=7.8, leading=9.6)
PD_CELLB = ParagraphStyle("pdcellb", parent=PD_CELL, fontName="Helvetica-Bold", textColor=colors.white)
PD_CELLT = ParagraphStyle("pdcellt", parent=PD_CELL, fontName="Helvetica-Bold")
PD_BUL = ParagraphStyle("pdbul", parent=PD_BODY, leftIndent=10, bulletIndent=1, spaceAfter=3)


def _pd_page_factory(total):
    def _pd_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page == 1:
            canvas.setFillColor(PD_GREEN)
            canvas.rect(0, height - 124, width, 124, stroke=0, fill=1)
            canvas.setFillColor(PD_GOLD)
            canvas.rect(0, height - 128, width, 4, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 11)
            canvas.drawString(36, height - 34, "PEAK & DALE BANK")
            canvas.setFont("Helvetica-Bold", 27)
            canvas.drawString(36, height - 72, "Stopping fraud together")
            canvas.setFont("Helvetica", 12)
            canvas.drawString(36, height - 94, "Our fraud and scams report 2024")
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(width - 36, height - 34, "Published May 2025")
        else:
            canvas.setFillColor(PD_GREEN)
            canvas.setFont("Helvetica-Bold", 7.6)
            canvas.drawString(36, height - 26, "Fraud and scams report 2024")
            canvas.setFont("Helvetica", 7.6)
            canvas.drawRightString(width - 36, height - 26, "Peak & Dale Bank")
            canvas.setStrokeColor(PD_GOLD)
            canvas.setLineWidth(1.2)
            canvas.line(36, height - 31, width - 36, height - 31)
        canvas.setStrokeColor(colors.HexColor("#9bb8ad"))
        canvas.setLineWidth(0.4)
        canvas.line(36, 40, width - 36, 40)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 6.2)
        canvas.drawString(36, 30, "Peak & Dale Bank plc is authorised by the Prudential Regulation Authority and "
                                  "regulated by the Financial Conduct Authority and the Prudential Regulation "
                                  "Authority (FRN 204517).")
        canvas.drawString(36, 22, "Registered in England and Wales no. 02283914. Registered office: Dale House, "
                                  "1 Rose Hill, Chesterfield S40 1LP.")
        canvas.setFont("Helvetica-Bold", 7.4)
        canvas.setFillColor(PD_GREEN)
        label = f"Page {doc.page} of {total}" if total else f"Page {doc.page}"
        canvas.drawRightString(width - 36, 22, label)
        canvas.restoreState()
    return _pd_page


def _pd_story(side_w, main_w, col_w):
    p = lambda text, style=PD_BODY: Paragraph(text, style)  # noqa: E731
    r = lambda text: Paragraph(text, PD_RES, bulletText="\u2022")  # noqa: E731
    b = lambda text: Paragraph(text, PD_BUL, bulletText="\u2022")  # noqa: E731

    def tile(number, text):
        return [p(number, PD_NUM), p(text, PD_NUMT)]

    side = [p("2024 AT A GLANCE", PD_KICK)]
    for number, text in [("412,000", "personal and business customers"),
                         ("58", "branches in Derbyshire, Nottinghamshire and South Yorkshire"),
                         ("3,917", "fraud and scam cases reported to us by customers"),
                         ("\u00a36.2m", "reported lost by customers to fraud and scams"),
                         ("\u00a34.8m", "paid back to customers who lost money")]:
        side.extend(tile(number, text))
    side.append(p("Figures are for 1 January to 31 December 2024 and include business customers. A case is "
                  "counted when a customer reports it to us.", PD_SIDE))
    side.append(Spacer(1, 8))
    side.append(_panel([p("<b>Worried about a call or message?</b>", PD_SIDE),
                        p("Hang up and call 159 to reach your bank safely, or call us on 0808 157 0192, "
                          "24 hours a day.", PD_SIDE)], side_w, PD_CREAM, PD_GOLD, pad=6))

    fraud_table = _table(
        [["Type of fraud or scam", "Cases", "Reported lost", "Paid back"],
         ["Purchase scams", "1,604", "\u00a30.61m", "\u00a30.44m"],
         ["Investment scams", "212", "\u00a32.37m", "\u00a31.81m"],
         ["Romance scams", "97", "\u00a31.12m", "\u00a30.79m"],
         ["Impersonation (police, bank, HMRC)", "486", "\u00a31.34m", "\u00a31.21m"],
         ["Invoice and mandate fraud", "58", "\u00a30.49m", "\u00a30.31m"],
         ["Unauthorised card and account fraud", "1,460", "\u00a30.27m", "\u00a30.24m"],
         ["Total", "3,917", "\u00a36.20m", "\u00a34.80m"]],
        [main_w - 3 * 62, 62, 62, 62], PD_CELL, PD_GREEN, PD_CELLB, grid="#b7cbc3", zebra=PD_PALE,
        bold_last=PD_CELLT)

    return side + [
        FrameBreak(),
        p("Foreword", PD_H1),
        p("Fraud is now the crime our customers are most likely to experience. In 2024, 3,917 of you told us that "
          "you had been targeted by a scam or had money taken from your account, and the money reported lost came "
          "to \u00a36.2m. Behind every one of those numbers is a person, and too often an older person who has "
          "been frightened or flattered into handing over savings they cannot replace."),
        p("This report sets out what happened and what we did about it. You can read about our branch colleagues' "
          "work with the police in Derbyshire, about the Scam Stoppers who now call customers before a risky "
          "payment leaves, and about the charity volunteers who stay in touch with people after a scam. I am "
          "proud of all three, and I know there is more to do."),
        p("Since 7 October 2024 banks have had to pay back most victims of authorised push payment scams, up to "
          "\u00a385,000 a claim. We welcome that, but our aim is that the money never leaves in the first place."),
        p("<b>Claire Ashworth, Chief Executive</b>", PD_BODY),
        p("The picture in 2024", PD_H2),
        p("Nationally, the banking industry's trade association reports that well over a billion pounds is stolen "
          "by fraudsters every year, and that most scams now begin online or on social media. Our customers' "
          "experience was much the same: purchase scams on online marketplaces were the most common, while "
          "investment and romance scams cost the most."),
        p("<b>Fraud and scam cases reported by our customers, 2024</b>", PD_SIDE),
        fraud_table,
        Spacer(1, 4),
        p("Paid back includes refunds under the reimbursement rules and goodwill payments. Losses are what "
          "customers reported and may change as cases are closed.", PD_SIDE),
        FrameBreak(),
        p("What we did in 2024", PD_H1),
        p("1. In our branches: the Banking Protocol with Derbyshire Constabulary", PD_H2),
        p("The Banking Protocol is a national scheme that lets branch staff call 999 when they think a customer "
          "is taking out cash or making a payment because a fraudster has told them to. The call is treated as "
          "an emergency and officers come to the branch."),
        p("In 2023 our Derbyshire branches made only 41 Banking Protocol calls, and colleagues told us they were "
          "unsure when to make one. So in April 2024 we worked with Derbyshire Constabulary's Fraud Protect team "
          "to run refresher training, in person, for counter staff in all 23 of our branches in the county. The "
          "force gave every branch a direct contact in its control room and agreed that a Protect officer would "
          "visit every customer within 48 hours of a call, to explain what had happened and put support in place."),
        _panel([p("What changed in 2024", PD_KICK),
                r("96 Banking Protocol calls, up from 41"),
                r("\u00a31.37m of savings kept in customers' accounts"),
                r("14 arrests, including five couriers"),
                r("Every customer visited within 48 hours")],
               col_w, PD_PALE, None, pad=7, left_bar=PD_GREEN),
        Spacer(1, 7),
        _panel([p("CASE STUDY", PD_KICK),
                p("<b>Mrs K, Matlock</b>", PD_SIDE),
                p("Mrs K, who is 81, came into our Matlock branch in August to take out \u00a39,000 in cash. She "
                  "said it was for building work, but she stayed on her mobile the whole time. Our colleague Dawn "
                  "offered her a cup of tea in a side room and made a Banking Protocol call, and officers arrived "
                  "within 20 minutes. A man claiming to be a detective had told Mrs K that staff at the branch "
                  "were under investigation and that she must hand the cash to a courier. The courier was "
                  "arrested at her door that afternoon.", PD_SIDE)],
               col_w, PD_CREAM, PD_GOLD, pad=7),
        Spacer(1, 7),
        p("\u201cBefore the training I'd have worried about offending a customer. Now I know the police would "
          "rather come out for nothing than miss one.\u201d", PD_QUOTE),
        p("DAWN PARKES, CUSTOMER ADVISER, MATLOCK", PD_QBY),
        p("2. Scam Stoppers: a call before the money goes", PD_H2),
        p("Most scams we now see are payments that customers make themselves, after being tricked. In March 2024 "
          "we set up Scam Stoppers, a team of 22 specialists in our Chesterfield contact centre. When our systems "
          "flag a payment as high risk, such as a first payment to a cryptocurrency platform or a large transfer "
          "to a new payee after a call from 'the bank', we hold it for up to four hours and a Scam Stopper calls "
          "the customer. They are trained to ask open questions rather than read a script, and they keep the "
          "payment on hold if the customer is still unsure."),
        _panel([p("What changed in 2024", PD_KICK),
                r("2,140 scam payments stopped after a call"),
                r("\u00a311.4m kept from fraudsters"),
                r("Investment scam losses down 38% on 2023"),
                r("Nine in ten held payments released in an hour")],
               col_w, PD_PALE, None, pad=7, left_bar=PD_GREEN),
        Spacer(1, 7),
        p("Holding payments is not popular with everyone, and we had 312 complaints about delays in 2024. We have "
          "changed our messages so that customers know why we are calling."),
        p("3. After a scam: befriending with Dales Later Life", PD_H2),
        p("People who have been scammed once are often targeted again, sometimes by the same criminals posing as "
          "a recovery service. Since June 2024 our Vulnerable Customer team has referred customers over 70 who "
          "have lost money, with their agreement, to Dales Later Life, an older people's charity in the "
          "Derbyshire Dales. The charity's trained volunteers ring each person every week for twelve weeks, help "
          "them fit a call blocker and stop scam post, and talk through any new contact that worries them."),
        _panel([p("What changed in 2024", PD_KICK),
                r("186 customers referred to the befrienders"),
                r("Only 4 of the 186 lost money to a scam again")],
               col_w, PD_PALE, None, pad=7, left_bar=PD_GREEN),
        Spacer(1, 7),
        p("\u201cShe rang every Tuesday. After a few weeks I stopped being frightened of the phone.\u201d",
          PD_QUOTE),
        p("A CUSTOMER FROM BAKEWELL, 77", PD_QBY),
        _panel([p("How to spot a scam", PD_H2),
                b("We, the police and HMRC will never ask you to move money to a 'safe account'."),
                b("Never hand over cash or your card to a courier."),
                b("If a deal looks too good to be true, it probably is."),
                b("Stop. Challenge. Protect. Take a moment before you pay.")],
               col_w, None, PD_GREEN, pad=8),
        Spacer(1, 6),
        p("Looking ahead to 2025", PD_H2),
        p("We will take the branch training to our Nottinghamshire and South Yorkshire branches, add a trusted "
          "contact feature to our app so that customers can choose someone we may call if we are worried, and "
          "publish this report again next spring."),
        p("Report fraud", PD_H2),
        p("If you think you have been scammed, call us straight away on 0808 157 0192, then report it to Action "
          "Fraud. If a crime is happening now, call 999."),
    ]


def peak_dale_fraud_report(out: Path) -> None:
    """A regional bank's fraud and scams report (A4, two pages; a green band with the title on page 1, a
    sidebar of figures beside the foreword, two columns from page 2, results as bulleted bold lines in tinted
    panels with a bar, a case study box, pull quotes, a boxed scam checklist; a running head from page 2; a
    footer with the regulatory statement, FRN, company number, registered office and postcode, and 'Page n
    of m'): the foreword (customers, cases, losses: not metrics; it mentions all three pieces in passing), the
    picture in 2024 with a table of cases by type (not metrics), the Banking Protocol with Derbyshire
    Constabulary's Fraud Protect team, the bank's own Scam Stoppers team (no force), befriending with an
    older people's charity (no force), how to spot a scam (notice), looking ahead (future) and reporting."""
    width, height = A4
    side_w = 150
    gap = 18
    main_x = 36 + side_w + gap
    main_w = width - 36 - main_x
    col_w = (width - 72 - gap) / 2

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=48,
                              title="Stopping fraud together: our fraud and scams report 2024",
                              author="Peak & Dale Bank plc", invariant=1)
        top1 = height - 146
        first = [Frame(36, 48, side_w, top1 - 48, id="side", leftPadding=0, rightPadding=0),
                 Frame(main_x, 48, main_w, top1 - 48, id="main", leftPadding=0, rightPadding=0)]
        later = [Frame(36, 48, col_w, height - 42 - 48, id="l", leftPadding=0, rightPadding=0),
                 Frame(36 + col_w + gap, 48, col_w, height - 42 - 48, id="r", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_pd_page_factory(total),
                                           autoNextPageTemplate="later"),
                              PageTemplate("later", frames=later, onPage=_pd_page_factory(total))])
        return doc

    _two_pass(out / "peak-dale-bank-fraud-and-scams-report-2024.pdf", build,
              lambda: _pd_story(side_w, main_w, col_w))


# ------------------ 2. A council's annual parking report (PDF, A4, one column, numbered sections)

CW_GREEN = colors.HexColor("#00664f")
CW_LIGHT = colors.HexColor("#e3efe9")
CW_BODY = ParagraphStyle("cwbody", fontName="Helvetica", fontSize=9.6, leading=13, spaceAfter=6)
CW_TITLE = ParagraphStyle("cwtitle", fontName="Helvetica-Bold", fontSize=24, leading=28, textColor=CW_GREEN,
                          spaceAfter=4)
CW_SUB = ParagraphStyle("cwsub", fontName="Helvetica", fontSize=11, leading=14.5,
                        textColor=colors.HexColor("#333333"), spaceAfter=12)
CW_H1 = ParagraphStyle("cwh1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=CW_GREEN,
                       spaceBefore=10, spaceAfter=5, keepWithNext=1)
CW_H2 = ParagraphStyle("cwh2", fontName="Helvetica-Bold", fontSize=10.4, leading=13.5, textColor=colors.black,
                       spaceBefore=5, spaceAfter=3, keepWithNext=1)
CW_BUL = ParagraphStyle("cwbul", parent=CW_BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)
CW_CELL = ParagraphStyle("cwcell", fontName="Helvetica", fontSize=8.4, leading=10.5)
CW_CELLB = ParagraphStyle("cwcellb", parent=CW_CELL, fontName="Helvetica-Bold", textColor=colors.white)
CW_CELLT = ParagraphStyle("cwcellt", parent=CW_CELL, fontName="Helvetica-Bold")
CW_TOC = ParagraphStyle("cwtoc", parent=CW_BODY, fontSize=9.4, leading=12.6, spaceAfter=1, leftIndent=10)
CW_QUOTE = ParagraphStyle("cwquote", parent=CW_BODY, fontName="Helvetica-Oblique", leftIndent=14, rightIndent=14,
                          textColor=colors.HexColor("#204a3e"))


def _cw_page_factory(total):
    def _cw_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page == 1:
            canvas.setFillColor(CW_GREEN)
            canvas.rect(0, height - 70, width, 70, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 14)
            canvas.drawString(40, height - 36, "Cheshire West")
            canvas.setFont("Helvetica", 14)
            canvas.drawString(40, height - 53, "and Chester")
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(width - 40, height - 44, "Highways and Transport")
        else:
            canvas.setFillColor(colors.HexColor("#444444"))
            canvas.setFont("Helvetica", 7.6)
            canvas.drawString(40, height - 28, "Cheshire West and Chester Council")
            canvas.drawRightString(width - 40, height - 28, "Parking Services Annual Report 2024/25")
            canvas.setStrokeColor(CW_GREEN)
            canvas.setLineWidth(0.8)
            canvas.line(40, height - 33, width - 40, height - 33)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 7.4)
        canvas.drawString(40, 26, "www.cheshirewestandchester.gov.uk/parking")
        label = f"Page {doc.page} of {total}" if total else f"Page {doc.page}"
        canvas.drawRightString(width - 40, 26, label)
        canvas.restoreState()
    return _cw_page


def _cw_story(frame_w):
    p = lambda text, style=CW_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, CW_BUL, bulletText="\u2022")  # noqa: E731
    key_facts = _table([["Key facts, 31 March 2025", ""],
                        ["Council car parks", "71"],
                        ["Off-street parking spaces", "9,840"],
                        ["Pay and display machines", "212"],
                        ["Civil enforcement officers", "38"],
                        ["Residents' parking zones", "19"]],
                       [frame_w * 0.45, frame_w * 0.15], CW_CELL, CW_GREEN, CW_CELLB, grid="#a9c5ba")
    pcns = _table([["Code", "Contravention", "On-street", "Off-street"],
                   ["01", "Parked in a restricted street during prescribed hours", "9,212", "-"],
                   ["02", "Parked or loading where loading and unloading is prohibited", "1,190", "-"],
                   ["12", "Parked in a residents' or shared use parking place without a permit", "3,864", "-"],
                   ["30", "Parked for longer than permitted", "2,917", "-"],
                   ["40", "Parked in a disabled person's parking place without displaying a valid badge", "1,406",
                    "688"],
                   ["83", "Parked in a car park without clearly displaying a valid pay and display ticket", "-",
                    "6,540"],
                   ["86", "Parked beyond the bay markings", "-", "1,219"],
                   ["91", "Parked in a car park or area not designated for that class of vehicle", "-", "370"],
                   ["", "Total", "18,589", "8,817"]],
                  [34, frame_w - 34 - 2 * 62, 62, 62], CW_CELL, CW_GREEN, CW_CELLB, grid="#a9c5ba",
                  zebra=CW_LIGHT, bold_last=CW_CELLT)
    appeals = _table([["Stage", "2023/24", "2024/25"],
                      ["Informal challenges received", "4,870", "5,118"],
                      ["Formal representations received", "1,311", "1,402"],
                      ["Appeals to the Traffic Penalty Tribunal", "88", "96"],
                      ["Appeals allowed by the adjudicator", "29", "31"]],
                     [frame_w - 2 * 70, 70, 70], CW_CELL, CW_GREEN, CW_CELLB, grid="#a9c5ba")
    finance = _table([["Income and expenditure, 2024/25", "\u00a3m"],
                      ["Off-street parking charges", "6.42"],
                      ["On-street penalty charge notices", "0.91"],
                      ["Off-street penalty charge notices", "0.46"],
                      ["Permits", "0.38"],
                      ["Total income", "8.17"],
                      ["Staff, contracts, maintenance and business rates", "5.02"],
                      ["Surplus", "3.15"]],
                     [frame_w - 70, 70], CW_CELL, CW_GREEN, CW_CELLB, grid="#a9c5ba", bold_last=CW_CELLT)
    return [
        p("Parking Services Annual Report 2024/25", CW_TITLE),
        p("1 April 2024 to 31 March 2025. Published in line with the statutory guidance to councils on civil "
          "parking enforcement under the Traffic Management Act 2004.", CW_SUB),
        p("<b>Contents</b>", CW_BODY),
        p("1. Foreword<br/>2. Our parking service<br/>3. Penalty charge notices<br/>4. Challenges, representations "
          "and appeals<br/>5. Blue Badge enforcement<br/>6. Parking at school gates<br/>7. Finance<br/>"
          "8. Looking ahead<br/>9. Contact us", CW_TOC),
        p("1. Foreword", CW_H1),
        p("Parking matters to everyone who lives, works in or visits west Cheshire, whether they are looking for a "
          "space near the shops, waiting for a bus that is stuck behind a badly parked van or trying to get a "
          "wheelchair out of the car. Our job is to keep traffic moving and make sure spaces are there for the "
          "people who need them most."),
        p("This report sets out how we did that in 2024/25. It also describes two pieces of work I am "
          "particularly pleased with: our joint Blue Badge days with the police in Chester, and Park and Stride "
          "at school gates."),
        p("<b>Councillor Sam Adeyemi, Cabinet Member for Highways and Transport</b>"),
        p("2. Our parking service", CW_H1),
        p("Civil parking enforcement has been in place across the borough since 2008. The council manages "
          "on-street parking restrictions and its own car parks; the police remain responsible for obstruction, "
          "dangerous parking and moving traffic offences."),
        key_facts,
        Spacer(1, 6),
        p("Our civil enforcement officers patrol every day of the year. All of them wear body-worn cameras, and "
          "in 2024/25 there were 47 reported incidents of verbal or physical abuse against officers, all of which "
          "were passed to the police."),
        p("3. Penalty charge notices", CW_H1),
        p("We issued 27,406 penalty charge notices (PCNs) in 2024/25, compared with 26,120 the year before. "
          "Higher-level contraventions carry a charge of \u00a370 and lower-level contraventions \u00a350, both "
          "halved if paid within 14 days."),
        pcns,
        Spacer(1, 4),
        p("4. Challenges, representations and appeals", CW_H1),
        p("Anyone who receives a PCN can challenge it. If we reject a formal representation, the motorist can "
          "appeal to the Traffic Penalty Tribunal, which is independent of the council."),
        appeals,
        Spacer(1, 4),
        p("5. Blue Badge enforcement", CW_H1),
        p("5.1 Why we did it", CW_H2),
        p("Complaints from badge holders that they could not find a free disabled bay in Chester city centre more "
          "than doubled in 2023. Our own checks found that about one bay in eleven was being used by a car "
          "showing a badge that was stolen, expired or being used without the holder present."),
        p("5.2 What we did", CW_H2),
        p("From June 2024 our Blue Badge enforcement officers held nine joint days of action with Cheshire "
          "Police's Chester Local Policing Unit. Our officers inspected badges in the disabled bays and in our "
          "car parks. They can inspect a badge, but they cannot stop a driver who walks away or make them give "
          "their details, so police officers worked alongside them, dealt with drivers who would not cooperate "
          "and checked badges against the national list of stolen and cancelled badges. Misused badges were "
          "taken on the spot, and drivers were interviewed under caution by our counter fraud team or, where a "
          "badge had been stolen, by the police."),
        p("5.3 Results", CW_H2),
        b("1,218 badges inspected on nine days"),
        b("41 badges seized, 17 of them reported stolen"),
        b("23 drivers prosecuted or cautioned for misuse"),
        b("Misused disabled bays: one in eleven before the days of action, one in 33 by March 2025"),
        p("\u201cA stolen Blue Badge is worth hundreds of pounds to the wrong person. Working side by side with "
          "the council's officers means the people who rely on those bays can get into them.\u201d Inspector Nia "
          "Coleman, Chester Local Policing Unit", CW_QUOTE),
        p("6. Parking at school gates", CW_H1),
        p("Parents parking on the zig-zag school keep clear markings put children at risk, and it is the most "
          "common complaint we receive from schools. We cannot have an officer outside every school, so in "
          "September 2024 our road safety team started Park and Stride with 12 primary schools in Ellesmere "
          "Port, Winsford and Northwich. We agreed with supermarkets, churches and a leisure centre near each "
          "school that parents could use their car parks for 15 minutes at drop-off and pick-up, put up signs "
          "along the five-minute walk, and gave every school a map and a Stride Star reward chart. Our civil "
          "enforcement officers visited each school's markings twice a week for the first term."),
        p("By March 2025, visits at pick-up time found:"),
        b("an average of 1.4 cars on the zig-zags, down from 6.1"),
        b("38 PCNs at the 12 schools in the spring term, down from 214 in the first half term"),
        b("two in five families parking and striding at least twice a week, by the schools' own count"),
        p("7. Finance", CW_H1),
        p("Under section 55 of the Road Traffic Regulation Act 1984 any surplus from on-street parking must be "
          "spent on transport. The surplus below was spent on concessionary bus fares, road safety and "
          "highway maintenance."),
        finance,
        Spacer(1, 4),
        p("8. Looking ahead", CW_H1),
        p("In 2025/26 we will make every council car park cashless by the spring, take Park and Stride to 12 "
          "more schools and consult residents in Hoole on a new residents' parking zone."),
        p("9. Contact us", CW_H1),
        p("Parking Services, Cheshire West and Chester Council, PO Box 5120, Chester CH1 9FL. Phone 01632 960640, "
          "Monday to Friday, 8.30am to 5pm. You can pay or challenge a PCN online at any time."),
    ]


def cheshire_west_parking_report(out: Path) -> None:
    """A council's annual parking report (A4, one column; a green band with the council's name on page 1,
    a running head from page 2, numbered sections with numbered subsections, a key facts table, a table of
    penalty charge notices by contravention code, an appeals table, a finance table, bullets, a quote):
    a footer with the web address and 'Page n of m'; foreword by the cabinet member (it mentions both pieces
    in passing: not work), our parking service (officers, abuse incidents: not work, not metrics), PCNs and
    appeals (not metrics), Blue Badge days of action with Cheshire Police's Chester Local Policing Unit,
    Park and Stride at school gates (the council's road safety team, no force), finance with the statute
    section (not metrics), looking ahead (future) and contact us."""
    width, height = A4
    frame_w = width - 80

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=44, bottomMargin=46,
                              title="Parking Services Annual Report 2024/25",
                              author="Cheshire West and Chester Council", invariant=1)
        first = [Frame(40, 46, frame_w, height - 92 - 46, id="f1", leftPadding=0, rightPadding=0)]
        later = [Frame(40, 46, frame_w, height - 44 - 46, id="f2", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_cw_page_factory(total),
                                           autoNextPageTemplate="later"),
                              PageTemplate("later", frames=later, onPage=_cw_page_factory(total))])
        return doc

    _two_pass(out / "cheshire-west-chester-parking-annual-report-2024-25.pdf", build, lambda: _cw_story(frame_w))


# ------------------ 3. A local Healthwatch's Enter and View report (PDF, A4, heading bars)

HW_PINK = colors.HexColor("#e73e97")
HW_NAVY = colors.HexColor("#004f6b")
HW_PALE = colors.HexColor("#e6f0f4")
HW_BODY = ParagraphStyle("hwbody", fontName="Helvetica", fontSize=9.8, leading=13.6, spaceAfter=7)
HW_TITLE = ParagraphStyle("hwtitle", fontName="Helvetica-Bold", fontSize=26, leading=30, textColor=HW_NAVY,
                          spaceAfter=6)
HW_SUB = ParagraphStyle("hwsub", fontName="Helvetica", fontSize=14, leading=18, textColor=HW_PINK, spaceAfter=16)
HW_BARP = ParagraphStyle("hwbarp", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=colors.white,
                         backColor=HW_NAVY, borderPadding=(4, 6, 6, 6), leftIndent=6, spaceBefore=14,
                         spaceAfter=12, keepWithNext=1)
HW_H2 = ParagraphStyle("hwh2", fontName="Helvetica-Bold", fontSize=10.6, leading=14, textColor=HW_NAVY,
                       spaceBefore=6, spaceAfter=3, keepWithNext=1)
HW_BUL = ParagraphStyle("hwbul", parent=HW_BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)
HW_CELL = ParagraphStyle("hwcell", fontName="Helvetica", fontSize=8.8, leading=11.2)
HW_CELLL = ParagraphStyle("hwcelll", parent=HW_CELL, fontName="Helvetica-Bold", textColor=HW_NAVY)
HW_CELLB = ParagraphStyle("hwcellb", parent=HW_CELL, fontName="Helvetica-Bold", textColor=colors.white)
HW_QUOTE = ParagraphStyle("hwquote", fontName="Helvetica-Oblique", fontSize=10.5, leading=14, textColor=HW_NAVY,
                          spaceAfter=3)
HW_SMALL = ParagraphStyle("hwsmall", parent=HW_BODY, fontSize=8.4, leading=11)


def _hw_page_factory(total):
    def _hw_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(HW_PINK)
        canvas.setFont("Helvetica-Bold", 15 if doc.page == 1 else 9)
        y = height - 50 if doc.page == 1 else height - 28
        canvas.drawString(42, y, "healthwatch")
        canvas.setFillColor(HW_NAVY)
        canvas.setFont("Helvetica", 15 if doc.page == 1 else 9)
        canvas.drawString(42 + (98 if doc.page == 1 else 59), y, "Southend")
        if doc.page > 1:
            canvas.setFont("Helvetica", 7.6)
            canvas.drawRightString(width - 42, height - 28, "Enter and View: The Linden Suite")
            canvas.setStrokeColor(HW_PINK)
            canvas.setLineWidth(0.8)
            canvas.line(42, height - 34, width - 42, height - 34)
        canvas.setFillColor(HW_NAVY)
        canvas.rect(0, 0, width, 30, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica", 7.6)
        canvas.drawString(42, 12, "Healthwatch Southend  |  Enter and View report")
        label = f"{doc.page} of {total}" if total else str(doc.page)
        canvas.drawRightString(width - 42, 12, label)
        canvas.restoreState()
    return _hw_page


def _hw_story(frame_w):
    p = lambda text, style=HW_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, HW_BUL, bulletText="\u2022")  # noqa: E731

    def bar(text):
        return Paragraph(text, HW_BARP)

    details = Table([[Paragraph(label, HW_CELLL), Paragraph(value, HW_CELL)] for label, value in [
        ("Service visited", "The Linden Suite, health-based place of safety"),
        ("Service address", "Linden Suite, Fairmead Mental Health Unit, Prittle Road, Southend-on-Sea SS2 6QR"),
        ("Service provider", "Essex Partnership University NHS Foundation Trust"),
        ("Date and time of visit", "Wednesday 18 June 2025, 10am to 1.30pm"),
        ("Type of visit", "Announced"),
        ("Authorised representatives", "Jan Moorcroft (lead), Kwame Boateng, Ellie Sands"),
        ("Contact", "Healthwatch Southend, 01632 960551, info@healthwatchsouthend.example.org.uk")]],
        colWidths=[140, frame_w - 140])
    details.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fbccb")),
                                 ("BACKGROUND", (0, 0), (0, -1), HW_PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    recs = _table([["No.", "Recommendation", "Provider response"],
                   ["1", "Improve the feeling of space and light in the two assessment rooms, which have no "
                         "windows.", "Agreed. Daylight-effect ceiling panels will be fitted by March 2026."],
                   ["2", "Give people and their families written information about their rights and what happens "
                         "next, including in easy read.", "Agreed. An easy read leaflet is being written with "
                         "people who have used the suite."],
                   ["3", "Work with the local authority to shorten night-time waits for an approved mental health "
                         "professional.", "Agreed in part. We will raise this at the crisis care partnership "
                         "board in October."]],
                  [30, (frame_w - 30) * 0.52, (frame_w - 30) * 0.48], HW_CELL, HW_NAVY, HW_CELLB,
                  grid="#9fbccb")
    return [
        Spacer(1, 30),
        p("Enter and View report", HW_TITLE),
        p("The Linden Suite, health-based place of safety", HW_SUB),
        details,
        Spacer(1, 14),
        p("<b>Contents</b>"),
        p("1. About Healthwatch Southend &nbsp; 2. What is Enter and View? &nbsp; 3. Acknowledgements &nbsp; "
          "4. Disclaimer &nbsp; 5. Purpose of the visit &nbsp; 6. How we did it &nbsp; 7. Summary of findings "
          "&nbsp; 8. What we found &nbsp; 9. Recommendations &nbsp; 10. Service provider response", HW_SMALL),
        bar("1. About Healthwatch Southend"),
        p("Healthwatch Southend is the independent champion for people who use health and social care services in "
          "Southend-on-Sea. We find out what matters to people and help make sure their views shape the support "
          "they need."),
        bar("2. What is Enter and View?"),
        p("Part of the local Healthwatch programme is to carry out Enter and View visits. Our trained volunteers "
          "and staff, known as authorised representatives, visit health and social care services to see how "
          "they are run and to make recommendations where there is room for improvement. The Health and Social "
          "Care Act 2012 allows local Healthwatch authorised representatives to observe services and talk to "
          "the people using them, their families and carers."),
        bar("3. Acknowledgements"),
        p("Healthwatch Southend would like to thank the staff of the Linden Suite, and the people and police "
          "officers who agreed to speak to us, for their time and openness on the day of our visit."),
        bar("4. Disclaimer"),
        p("Please note that this report relates to what we observed on the date of the visit. It is not a "
          "representative portrayal of the experiences of all the people who use the service and the staff who "
          "work there, only an account of what was observed and said to us at the time."),
        bar("5. Purpose of the visit"),
        p("Under section 136 of the Mental Health Act 1983, police officers can take a person who appears to be "
          "in a mental health crisis in a public place to a place of safety, where they can be held for up to 24 "
          "hours to be assessed. People told us in our 2024 survey that being taken to a place of safety was "
          "frightening and that they did not know what would happen next. We wanted to see the suite for "
          "ourselves and hear from people who had been brought there, from staff and from police officers."),
        bar("6. How we did it"),
        p("Three authorised representatives visited the suite for three and a half hours. We spoke to six members "
          "of staff, two people who had been brought to the suite (with their consent and that of the nurse in "
          "charge) and two police officers. We looked at both assessment rooms, the lounge, the bathroom and "
          "the entrance used by police vehicles, and at the information given to people and families."),
        bar("7. Summary of findings"),
        b("The suite was clean and calm, but the two assessment rooms have no natural light."),
        b("Staff were kind and explained what was happening, and both people we spoke to felt safe."),
        b("Waits for an approved mental health professional at night can be long."),
        b("Joint working with Essex Police has changed who is brought to the suite."),
        b("There is little written information for people and their families."),
        bar("8. What we found"),
        p("8.1 Environment", HW_H2),
        p("The suite has a separate entrance for police vehicles, two assessment rooms, a lounge with soft "
          "furniture and a bathroom. Everywhere was clean. The assessment rooms have no windows, and one person "
          "told us it felt \u201clike a cell with a sofa\u201d."),
        p("8.2 Dignity and privacy", HW_H2),
        p("People keep their own clothes unless there is a risk, and staff offer food and drinks on arrival. The "
          "lounge can be seen from the nurses' office, which staff said was needed for safety, but a blind has "
          "been added so that people can use the bathroom without being seen."),
        p("8.3 Waiting for assessment", HW_H2),
        p("Staff said most assessments start within four hours, but that at night people can wait much longer "
          "for an approved mental health professional, who is employed by the council. The longest wait in May "
          "was 19 hours."),
        p("8.4 Working with the police", HW_H2),
        p("Staff and both officers we met talked about the mental health nurses whom the trust has placed in "
          "Essex Police's force control room since July 2024. Nurses from the trust's crisis service sit with "
          "call handlers in Chelmsford from 2pm to 2am, seven days a week. When officers are with someone in "
          "crisis, they can ring the nurse, who can check the person's NHS record, speak to them by phone or "
          "video and suggest another route, such as a crisis caf\u00e9, the home treatment team or A&amp;E, "
          "before officers decide whether to use section 136."),
        p("Figures the trust shared with us compare the twelve months to May 2025 with the year before:"),
        b("section 136 detentions in the area fell from 212 to 139"),
        b("control room nurses gave advice on 2,460 calls"),
        b("police waiting time at the suite fell from over four hours to under two"),
        p("Staff said that the people now brought to the suite are more often the people who need it, and that "
          "officers spend less time waiting with them."),
        _panel([p("\u201cBefore, if I was worried about someone, 136 was the only tool I had. Now I ring the nurse "
                  "first.\u201d", HW_QUOTE),
                p("Police officer at the suite", HW_SMALL)], frame_w, HW_PALE, None, pad=9, left_bar=HW_PINK),
        Spacer(1, 6),
        p("8.5 Information for people and families", HW_H2),
        p("We found one leaflet, about the Mental Health Act in general, and no information for families on how "
          "to find out where their relative had been taken."),
        bar("9. Recommendations"),
        recs,
        bar("10. Service provider response"),
        p("\u201cWe welcome this report and thank Healthwatch Southend for its constructive visit. We are pleased "
          "that the representatives saw the difference our control room nurses are making, and we have accepted "
          "the recommendations as set out above.\u201d Director of Operations, Essex Partnership University NHS "
          "Foundation Trust, 22 August 2025"),
        Spacer(1, 8),
        p("Healthwatch Southend, The Hive, 21 Victoria Avenue, Southend-on-Sea SS2 6EX. Phone 01632 960551. "
          "If you need this report in another format, please contact us.", HW_SMALL),
    ]


def healthwatch_southend_enter_and_view(out: Path) -> None:
    """A local Healthwatch's Enter and View report (A4, one column; the Healthwatch word mark on every page, a
    title and a labelled visit details table on page 1, numbered sections in navy heading bars, a running head
    from page 2, bullets, a quote panel, a recommendations table with the provider's responses; a navy footer
    band with the publisher, report type and 'n of m'): about Healthwatch, Enter and View, acknowledgements,
    disclaimer, purpose with the statute section and the 24-hour limit, method, summary of findings, what we
    found: environment, dignity, waiting (not work, not metrics), working with the police (one piece of work
    with results: the NHS trust's crisis nurses in Essex Police's control room), information, recommendations
    and the provider's response (future), and the address."""
    width, height = A4
    frame_w = width - 84

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=42, rightMargin=42, topMargin=44, bottomMargin=44,
                              title="Enter and View report: The Linden Suite",
                              author="Healthwatch Southend", invariant=1)
        first = [Frame(42, 44, frame_w, height - 70 - 44, id="h1", leftPadding=0, rightPadding=0)]
        later = [Frame(42, 44, frame_w, height - 44 - 44, id="h2", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_hw_page_factory(total),
                                           autoNextPageTemplate="later"),
                              PageTemplate("later", frames=later, onPage=_hw_page_factory(total))])
        return doc

    _two_pass(out / "healthwatch-southend-enter-and-view-linden-suite-2025.pdf", build,
              lambda: _hw_story(frame_w))


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


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True, style="Table Grid", size=None):
    from docx.shared import Pt

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
                if header_fill:
                    _shade(cell, header_fill)
    return table


def _styled(document, text: str, size=None, bold=False, italic=False, color=None, align=None, space_after=None,
            space_before=None, font=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph()
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


def _cell_para(cell, text: str, bold=False, italic=False, size=None, color=None, first=False, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
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


def _run_in(document, head: str, text: str, style=None):
    """A paragraph opening with a bold run-in head."""
    paragraph = document.add_paragraph(style=style)
    paragraph.add_run(head).bold = True
    paragraph.add_run(text)
    return paragraph


# ------------------ 4. A dementia action alliance's newsletter (Word, heading styles, boxes)

def dementia_matters(out: Path) -> None:
    """A dementia action alliance's newsletter (Word, Calibri, a masthead as a one-cell table shaded purple,
    recoloured Heading 1 sections and Heading 2 member stories, results in List Bullet style, an italic
    quote, a cafes table, a diary in List Bullet style, two boxed panels): header with the newsletter and
    season, footer with the host charity, its number, address and postcode and the page number; the chair's
    welcome (members, Dementia Friends: not work, not metrics; it mentions both stories in passing), 'Back
    home safely' (one piece of work with results: South Wales Police's Swansea Central Neighbourhood Policing
    Team with the Alliance, GPS locators lent to families), 'Dementia-friendly buses' (one piece of work with
    results: a bus company member with the Alliance's volunteers, no force), Singing for the Brain (notice),
    cafes (not metrics), dates (future), new members, how to join and where to get support."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    purple = "5C2D91"
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    _recolour_heading(document, 1, purple, "Calibri", 15)
    _recolour_heading(document, 2, "7E57B2", "Calibri", 12.5)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Dementia Matters  |  Autumn 2025"
    footer = section.footer.paragraphs[0]
    footer.text = ("The Alliance is hosted by Swansea Council for Voluntary Service, registered charity no. 1094520, "
                   "7 Walter Road, Swansea SA1 5NF.   ")
    _page_number_field(footer)

    mast = _box(document, purple, purple)
    _cell_para(mast, "Dementia Matters", bold=True, size=28, color="FFFFFF", first=True)
    _cell_para(mast, "Newsletter of the Swansea Bay Dementia Action Alliance  |  Autumn 2025  |  Issue 14",
               size=10.5, color="FFFFFF")
    document.add_paragraph()

    document.add_heading("Welcome from our Chair", level=1)
    document.add_paragraph(
        "Croeso, and welcome to our autumn newsletter. The Alliance now has 74 member organisations, from "
        "corner shops to the university, and 1,260 people became Dementia Friends at our sessions in the last "
        "twelve months. Thank you to every volunteer who gave up an evening to run one.")
    document.add_paragraph(
        "In this issue you can read how the police in Swansea are helping families with locator devices, and how "
        "one of our transport members has made its buses easier to use. Both started with a conversation at one "
        "of our members' meetings, which is exactly what an alliance is for.")
    _styled(document, "Gwen Pritchard, Chair", italic=True)

    document.add_heading("Members' news", level=1)
    document.add_heading("Back home safely: locators for people who go missing", level=2)
    document.add_paragraph(
        "When someone living with dementia goes missing, every minute matters. Last winter South Wales Police's "
        "Swansea Central Neighbourhood Policing Team noticed that a small number of people were going missing "
        "again and again, and that each search took officers, and sometimes the force helicopter, hours.")
    document.add_paragraph(
        "Since February the team and the Alliance have been lending GPS locator devices, worn as a pendant, a "
        "watch or a clip on a belt, free to families of people with dementia who have been reported missing "
        "before. Alliance volunteers explain the devices to families at our dementia caf\u00e9s. Neighbourhood "
        "officers then set each one up with the family at home, fill in a Herbert Protocol form at the same "
        "visit and agree who can see the location. If the person goes missing, the family or the police control "
        "room can find them on a map.")
    _styled(document, "What difference has it made?", bold=True, color=purple, space_after=2)
    for line in ["38 locators on loan to families in Swansea.",
                 "19 missing episodes since February, and every person was found safe.",
                 "On average a search now takes 25 minutes, down from over three hours."]:
        document.add_paragraph(line, style="List Bullet")
    _styled(document, "\u201cDad still goes for his walk every morning. The difference is that I'm not standing at "
                      "the window for three hours.\u201d  Daughter of a locator user, Sketty", italic=True,
            color="4A2C73")
    document.add_paragraph(
        "Families who would like to know more can speak to PC Rhodri Evans at the Sketty dementia caf\u00e9 on "
        "the first Tuesday of the month.")

    document.add_heading("Dementia-friendly buses", level=2)
    document.add_paragraph(
        "Alliance member Gower Coaches, which runs bus routes across Gower and west Swansea, asked us last year "
        "to help it make journeys easier for passengers living with dementia. Since March our volunteers have "
        "run Dementia Friends sessions for the company's drivers at its Gorseinon depot, and the company has "
        "brought in a Journey Help Card: passengers show it to the driver, who makes sure they get off at the "
        "right stop. The priority seats at the front now have a clear sign, too.")
    _styled(document, "What difference has it made?", bold=True, color=purple, space_after=2)
    for line in ["All 112 of the company's drivers have been to a session.",
                 "Journey Help Cards have been used on 1,900 journeys since March.",
                 "No complaints from passengers with dementia or their carers since April."]:
        document.add_paragraph(line, style="List Bullet")

    document.add_heading("Singing for the Brain is back", level=2)
    document.add_paragraph(
        "Singing for the Brain returns to St Thomas church hall on Thursdays from 2 October, 2pm to 3.30pm. "
        "There is no need to book, and carers are welcome to sing too.")

    document.add_heading("Dementia caf\u00e9s this autumn", level=1)
    _grid(document, [["Caf\u00e9", "Where", "When"],
                     ["Sketty Dementia Caf\u00e9", "Sketty Methodist Hall", "First Tuesday, 10.30am to 12.30pm"],
                     ["Morriston Memory Caf\u00e9", "Morriston Library", "Second Wednesday, 2pm to 4pm"],
                     ["Mumbles Tea and Chat", "Ostreme Centre, Mumbles", "Third Friday, 10am to 12 noon"],
                     ["Pontarddulais Caf\u00e9", "Pontarddulais Community Hall", "Last Monday, 1.30pm to 3.30pm"]],
          header_fill="E6DDF2")

    document.add_heading("Dates for your diary", level=1)
    for line in ["Thursday 16 October, 10am: Alliance members' meeting, Swansea Guildhall.",
                 "Tuesday 4 November, 6pm: Dementia Friends session for businesses, online.",
                 "Friday 12 December, 2pm: Christmas tea dance, Brangwyn Hall. Tickets \u00a33."]:
        document.add_paragraph(line, style="List Bullet")

    document.add_heading("Welcome to our new members", level=1)
    document.add_paragraph("Morriston Pharmacy, Mumbles Rowing Club, Gorseinon Library Friends and "
                           "St Helen's Primary School.")

    join = _box(document, "F1ECF8", purple)
    _cell_para(join, "Join the Alliance", bold=True, color=purple, size=12, first=True)
    _cell_para(join, "Membership is free. Any organisation in Swansea or Neath Port Talbot can join by writing a "
                     "short action plan of three things it will do to become more dementia friendly. Email "
                     "alliance@swanseabaydaa.example.org.uk.")
    document.add_paragraph()
    support = _box(document, None, "7E57B2")
    _cell_para(support, "Need support?", bold=True, color=purple, size=12, first=True)
    _cell_para(support, "Our dementia support line is open Monday to Friday, 9am to 5pm: 01632 960333. "
                        "If someone is missing and at risk, call 999 straight away.")
    _save_docx(document, out / "swansea-bay-dementia-action-alliance-dementia-matters-autumn-2025.docx",
               "Dementia Matters, Autumn 2025", "Swansea Bay Dementia Action Alliance")


# ------------------ 5. A farmers' network's members' bulletin (Word, no heading styles, typed heads)

def mid_ulster_bulletin(out: Path) -> None:
    """A farmers' network's members' bulletin (Word, Verdana, no heading styles: a masthead as a borderless
    two-cell table, heads typed in bold green capitals with a paragraph rule above them, results as lines
    typed with dashes, a mart report and classifieds as grid tables, an AGM notice in a dashed box, contacts
    as lines with bold run-in labels): header with the network, bulletin number and month, footer with the
    address and postcode, phone, 'members only' and the page number; from the chairman (harvest, the closed
    period; it mentions both pieces in passing: not work, not metrics), rural crime marking days (one piece
    of work with results: the PSNI's Mid Ulster Neighbourhood Policing Team with the network), farm safety
    (one piece of work with results: the network with the Health and Safety Executive for Northern Ireland,
    no force), the mart report (not metrics), a TB reminder (notice), the AGM (future), subscriptions,
    classifieds and contacts."""
    from docx import Document
    from docx.shared import Pt

    green = "2E6B30"
    document = Document()
    document.styles["Normal"].font.name = "Verdana"
    document.styles["Normal"].font.size = Pt(9.5)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Mid Ulster Farmers' Network  \u2013  Members' Bulletin No. 88  \u2013  October 2025"
    footer = section.footer.paragraphs[0]
    footer.text = ("Mid Ulster Farmers' Network, 14 Loy Street, Cookstown BT80 8PZ  \u2013  Tel 028 9649 6120  "
                   "\u2013  Members only, not for publication  \u2013  Page ")
    _page_number_field(footer)

    mast = document.add_table(rows=1, cols=2)
    _borders(mast)
    left, right = mast.rows[0].cells
    _cell_para(left, "MID ULSTER FARMERS' NETWORK", bold=True, size=17, color=green, first=True)
    _cell_para(left, "Cookstown \u00b7 Dungannon \u00b7 Magherafelt", size=8.5)
    _cell_para(right, "Members' Bulletin", bold=True, size=11, first=True, align="right")
    _cell_para(right, "No. 88, October 2025", size=9, align="right")

    def head(text):
        paragraph = _styled(document, text, bold=True, color=green, size=11, space_before=12, space_after=4)
        _rule(paragraph, green, edge="top", size=12)
        return paragraph

    def dash(text):
        paragraph = document.add_paragraph("- " + text)
        paragraph.paragraph_format.left_indent = Pt(12)
        paragraph.paragraph_format.space_after = Pt(1)
        return paragraph

    head("FROM THE CHAIRMAN")
    document.add_paragraph(
        "Silage is in, and most of us got a decent third cut despite the wet August. A reminder that the closed "
        "period for spreading slurry starts on 15 October and runs to 31 January, so get tanks emptied while "
        "the ground allows.")
    document.add_paragraph(
        "Thanks to the PSNI for the marking days at the marts this year, and to everyone who came out to the "
        "helmet evenings. Both are reported below. We have 1,140 paid-up members, the most since the Network "
        "was set up in 1996.")
    _styled(document, "Declan Mallon, Chairman", italic=True)

    head("RURAL CRIME: MARKING DAYS AT THE MARTS")
    document.add_paragraph(
        "Quads and trailers were taken from 43 farms in Mid Ulster in the first nine months of 2024, many of "
        "them over the border within hours. In March the PSNI's Mid Ulster Neighbourhood Policing Team, working "
        "with the Network, started marking days at the marts in Cookstown, Dungannon and Magherafelt. Members "
        "bring a quad or trailer on sale day, and officers forensically mark it, fit a registered tag and log "
        "it on the national register, free of charge. Police also signed up members to their Farm Watch text "
        "alerts, which warn of suspicious vehicles in the area the same night.")
    _styled(document, "January to September 2025 against the same months last year:", bold=True, space_after=2)
    dash("317 quads and trailers marked at six marking days")
    dash("thefts of quads and trailers in Mid Ulster fell from 43 to 19")
    dash("two marked trailers found in Co Monaghan and returned")
    dash("860 members now get Farm Watch alerts")
    document.add_paragraph(
        "\u201cA marked trailer is hard to sell and easy to trace, and the thieves know it,\u201d said Constable "
        "Ciara McKenna. The next marking day is at Magherafelt mart on Saturday 8 November, 9am to 1pm.")

    head("FARM SAFETY: HELMETS ON")
    document.add_paragraph(
        "Three people died in quad accidents on farms in Northern Ireland last year. Since May the Network and "
        "the Health and Safety Executive for Northern Ireland have run evening quad safety training on members' "
        "farms, with an HSENI inspector and a qualified trainer, and the Network has sold approved helmets to "
        "members at half price.")
    dash("212 members trained on eleven farms")
    dash("180 helmets sold at half price")
    dash("members who say they always wear a helmet on the quad: 31% before, 74% after")

    head("MART REPORT")
    _grid(document, [["Mart", "Sale", "Store bullocks (p/kg)", "Heifers (p/kg)", "Cull cows (p/kg)"],
                     ["Cookstown", "Sat 4 Oct", "312 to 356", "298 to 341", "221 to 262"],
                     ["Dungannon", "Thu 2 Oct", "305 to 349", "301 to 338", "218 to 259"],
                     ["Magherafelt", "Fri 3 Oct", "309 to 352", "294 to 336", "214 to 255"]],
          header_fill="DCEBDC", size=8.5)

    head("TB TEST REMINDER")
    document.add_paragraph(
        "If your herd test is due before Christmas, book your vet now. Practices are already full for the "
        "first week of December.")

    head("AGM")
    agm = _box(document, None, green, value="dashed", size=8)
    _cell_para(agm, "The Annual General Meeting will be held on Monday 24 November at 8pm in the Network "
                    "office, Loy Street, Cookstown. Nominations for officers to the secretary by 10 November.",
               first=True)

    head("SUBSCRIPTIONS")
    document.add_paragraph("Subscriptions for 2026 are \u00a345, or \u00a320 for members under 25. Pay at the "
                           "office or by bank transfer, quoting your herd number.")

    head("CLASSIFIEDS")
    _grid(document, [["For sale or wanted", "Price", "Phone"],
                     ["Ifor Williams 12ft livestock trailer, marked, good floor", "\u00a34,200", "07700 900561"],
                     ["Wanted: round bale silage, 40 bales, delivered Pomeroy", "Offers", "07700 900817"],
                     ["Collie pups, working parents, ready now", "\u00a3250", "07700 900244"]],
          header_fill="DCEBDC", size=8.5)

    head("CONTACTS")
    for label, text in [("Secretary: ", "Aine Devlin, 028 9649 6120"),
                        ("Rural crime: ", "call 101, or 999 if a crime is in progress"),
                        ("Farm Watch alerts: ", "text your name and townland to 07700 900100")]:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(text)
        paragraph.paragraph_format.space_after = Pt(1)
    _save_docx(document, out / "mid-ulster-farmers-network-bulletin-88-october-2025.docx",
               "Members' Bulletin No. 88, October 2025", "Mid Ulster Farmers' Network")


# ------------------ 6. A neighbourhood policing team's letter to residents (Word, a letter)

def banbury_letter(out: Path) -> None:
    """A neighbourhood policing team's letter to residents (Word, Arial, a letter: the force and team in the
    header, an address block in a borderless two-cell table, date and reference lines, a bold subject line,
    bold headings typed as paragraphs, bullets, a contact table, a signature block and an accessible formats
    line): footer with the force's headquarters line and the page number; what has been happening (break-ins:
    not work), what we have done and what has changed (one piece of work with results: Thames Valley Police's
    Banbury Neighbourhood Policing Team as 'we' with Cherwell District Council's community wardens), what
    you can do (advice), come and meet us (future) and how to contact us."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    blue = "00205B"
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10.5)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    run = header.add_run("Thames Valley Police")
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RGBColor.from_string(blue)
    header.add_run("\nBanbury Neighbourhood Policing Team")
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.text = "Thames Valley Police Headquarters, Kidlington, Oxfordshire    Page "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)

    addresses = document.add_table(rows=1, cols=2)
    _borders(addresses)
    to, sender = addresses.rows[0].cells
    _cell_para(to, "The Resident", first=True)
    _cell_para(to, "Bretch Hill")
    _cell_para(to, "Banbury")
    for i, line in enumerate(["Banbury Neighbourhood Policing Team", "Banbury Police Station", "Warwick Road",
                              "Banbury OX16 9FY", "", "Date: 14 November 2025",
                              "Our reference: BAN-NPT/2025/117"]):
        _cell_para(sender, line, first=(i == 0), align="right")
    document.add_paragraph()
    document.add_paragraph("Dear resident,")
    _styled(document, "Shed and garage break-ins on Bretch Hill: what we have done and what happens next",
            bold=True)
    document.add_paragraph(
        "We are writing to every household on Bretch Hill and in the neighbouring streets of Ruscote to update "
        "you on the shed and garage break-ins that many of you have told us about, and to let you know what we "
        "have been doing.")
    _styled(document, "What has been happening", bold=True, color=blue, space_after=2)
    document.add_paragraph(
        "Between May and August this year, 41 sheds, garages and outbuildings were broken into in the area. "
        "Bikes, power tools and garden equipment were taken, usually in the early hours, and a number of you "
        "told us at our street meetings that you no longer felt safe leaving anything outside.")
    _styled(document, "What we have done", bold=True, color=blue, space_after=2)
    document.add_paragraph(
        "On 8 September we started Operation Latchkey, working with Cherwell District Council's community "
        "wardens. Over eight weeks:")
    for line in ["our officers and PCSOs patrolled on foot and by bike between 10pm and 4am, concentrating on "
                 "the alleyways and garage blocks;",
                 "we fitted shed alarms, free of charge, for residents who had been broken into and for those "
                 "living next to a garage block;",
                 "we held four property marking stalls at the community centre and outside the Bretch Hill shops;",
                 "the council's wardens cleared overgrown alleyways, reported broken street lights, which have "
                 "now been repaired, and had two abandoned garages made secure."]:
        document.add_paragraph(line, style="List Bullet")
    _styled(document, "What has changed", bold=True, color=blue, space_after=2)
    document.add_paragraph(
        "During the operation, reported shed and garage break-ins fell from 22 in the eight weeks before to 5. "
        "We fitted 120 shed alarms and marked 340 bikes and tools, and five stolen bikes have been returned to "
        "their owners. Two men from outside the area have been charged with 14 of the break-ins and remain in "
        "custody; we cannot say more while the case is before the court.")
    document.add_paragraph(
        "Operation Latchkey has now finished, but we will keep patrolling the area at night through the winter, "
        "and the wardens will carry on reporting any lights that go out.")
    _styled(document, "What you can do", bold=True, color=blue, space_after=2)
    for line in ["Lock sheds and garages with a good padlock and a closed-shackle hasp, and keep bikes locked "
                 "to something fixed.",
                 "Mark your tools and register your bike's frame number.",
                 "Report anyone trying doors or looking over fences, even if nothing is taken."]:
        document.add_paragraph(line, style="List Bullet")
    _styled(document, "Come and meet us", bold=True, color=blue, space_after=2)
    document.add_paragraph(
        "We will be at Bretch Hill Community Centre on Tuesday 2 December from 6.30pm to 8pm. Come and tell us "
        "what you would like us to focus on next.")
    _styled(document, "How to contact us", bold=True, color=blue, space_after=2)
    _grid(document, [["In an emergency", "999"],
                      ["Non-emergency", "101, or online at thamesvalley.police.uk"],
                      ["Text relay", "18001 101"],
                      ["Anonymously", "Crimestoppers, online or by phone"]], header_fill="E5EAF3", label_col=True)
    document.add_paragraph()
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph()
    for line in ["PC 5521 Laura Finch", "Neighbourhood Officer, Bretch Hill and Ruscote", "",
                 "Sergeant 3310 Tom Harker", "Banbury Neighbourhood Policing Team"]:
        paragraph = document.add_paragraph(line)
        paragraph.paragraph_format.space_after = Pt(0)
    document.add_paragraph()
    _styled(document, "If you would like this letter in large print or another language, please call 101 and ask "
                      "for the Banbury Neighbourhood Policing Team.", italic=True, size=9)
    _save_docx(document, out / "thames-valley-police-banbury-npt-letter-to-residents-bretch-hill.docx",
               "Letter to residents: shed and garage break-ins on Bretch Hill", "Thames Valley Police")


# ------------------ 7. A regional news site's live blog (HTML, newest post first)

TEES_VALLEY_LIVE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LIVE: Knife crime week of action across Teesside - updates | Tees Valley Today</title>
<meta name="description" content="Live updates as police, the council and a youth charity take part in a week of action against knife crime on Teesside.">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.teesvalleytoday.example.co.uk/news/teesside-news/live-knife-crime-week-action-teesside-31877402">
<link rel="stylesheet" href="/static/css/main.4f2c9e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"LIVE: Knife crime week of action across Teesside","coverageStartTime":"2025-11-18T07:45:00+00:00","coverageEndTime":"2025-11-18T18:32:00+00:00"}</script>
</head>
<body class="article live-event">

<div id="consent-banner" class="consent" role="dialog" aria-label="Your privacy">
  <h2>We value your privacy</h2>
  <p>We and our 143 partners store and access information on your device, such as cookies, and process personal data to show you personalised ads and content, measure them and improve our services. You can change your choices at any time via Privacy settings at the bottom of the page.</p>
  <button class="consent__accept">I Accept</button>
  <button class="consent__options">Show Purposes</button>
</div>

<header class="masthead">
  <div class="masthead__top">
    <a class="logo" href="/">Tees Valley Today</a>
    <a class="masthead__subscribe" href="/newsletters/">Sign up to our newsletters</a>
  </div>
  <nav class="primary-nav" aria-label="Sections">
    <ul>
      <li class="is-active"><a href="/news/">News</a></li>
      <li><a href="/sport/">Sport</a></li>
      <li><a href="/sport/football/middlesbrough-fc/">Boro</a></li>
      <li><a href="/whats-on/">What's On</a></li>
      <li><a href="/news/teesside-news/">Teesside News</a></li>
      <li><a href="/news/crime/">Crime</a></li>
      <li><a href="/property/">Property</a></li>
      <li><a href="/announcements/">Announcements</a></li>
    </ul>
  </nav>
</header>

<div class="ad-slot ad-slot--leaderboard" aria-hidden="true"><span class="ad-slot__label">Advertisement</span></div>

<main id="content">
<article class="live-blog">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/news/">News</a> &rsaquo; <a href="/news/teesside-news/">Teesside News</a></nav>
  <span class="live-badge">LIVE</span>
  <h1>Knife crime week of action across Teesside: a knife arch at Middlesbrough station, test purchase results and schools workshops</h1>
  <p class="standfirst">Follow our live updates as police, the council and a youth charity take part in the national week of action against knife crime</p>
  <div class="byline">
    <span class="byline__author">By <a href="/authors/hannah-wilde/">Hannah Wilde</a>, Crime reporter</span>
    <time datetime="2025-11-18T07:45:00+00:00">07:45, 18 Nov 2025</time>
    <span class="byline__updated">Updated 18:32, 18 Nov 2025</span>
  </div>

  <aside class="key-events" aria-label="Key events">
    <h2>Key events</h2>
    <ul>
      <li><a href="#post-1755">Station knife arch: the day's figures</a></li>
      <li><a href="#post-1315">Schools workshops reach thousands of pupils</a></li>
      <li><a href="#post-0920">Three shops sold knives to a 16-year-old</a></li>
      <li><a href="#post-0810">Knife arch set up at Middlesbrough station</a></li>
    </ul>
  </aside>

  <div class="live-blog__posts">

    <div class="live-post" id="post-1832">
      <time class="live-post__time" datetime="2025-11-18T18:32:00+00:00">18:32</time>
      <h3>That's all from us</h3>
      <p>That's where we'll leave our live coverage for today. Thanks for following along. We'll have more from the week of action in tomorrow's paper and on our Crime page.</p>
    </div>

    <div class="live-post live-post--key" id="post-1755">
      <time class="live-post__time" datetime="2025-11-18T17:55:00+00:00">17:55</time>
      <span class="live-post__label">Key event</span>
      <h3>Station knife arch: the day's figures</h3>
      <p>Cleveland Police has shared the figures from today's operation at Middlesbrough railway station, run with British Transport Police. Between 7am and 5pm, 1,140 passengers walked through the arch, three knives were found and two people were arrested, one of them for a separate drugs offence.</p>
      <p>Officers also carried out weapons sweeps in Albert Park and along Linthorpe Road this morning and found six knives hidden in bushes and in a bin store.</p>
      <p>Inspector Mark Doyle, who led the operation, said: "Every one of those knives is one that can't be used to hurt someone. Most people who came through the arch today thanked us for being there."</p>
    </div>

    <div class="live-post" id="post-1620">
      <time class="live-post__time" datetime="2025-11-18T16:20:00+00:00">16:20</time>
      <h3>'Tell someone'</h3>
      <p>A reminder from Cleveland Police: if you know someone is carrying a knife, you can tell the police on 101, or tell Crimestoppers anonymously. In an emergency always call 999.</p>
    </div>

    <div class="live-post" id="post-1520">
      <time class="live-post__time" datetime="2025-11-18T15:20:00+00:00">15:20</time>
      <h3>What is Operation Sceptre?</h3>
      <p>Operation Sceptre is a national campaign against knife crime. Twice a year police forces across England and Wales hold a week of action, with extra patrols, knife surrender bins, visits to retailers and talks in schools. Forces choose what to do locally.</p>
    </div>

    <div class="live-post" id="post-1445">
      <time class="live-post__time" datetime="2025-11-18T14:45:00+00:00">14:45</time>
      <h3>Man jailed for carrying machete</h3>
      <p>Away from the week of action, a 19-year-old from Thornaby has been jailed for 16 months at Teesside Crown Court after he admitted carrying a machete in Stockton High Street in August. The judge said a custodial sentence was "inevitable".</p>
    </div>

    <div class="live-post live-post--key" id="post-1315">
      <time class="live-post__time" datetime="2025-11-18T13:15:00+00:00">13:15</time>
      <span class="live-post__label">Key event</span>
      <h3>Schools workshops reach thousands of pupils</h3>
      <p>I've been speaking to Rise Up Tees, the youth charity that has been running its Cut It Out workshops in secondary schools across Teesside since January. The workshops are led by youth workers who grew up on local estates, and they don't lecture: pupils work through what they would do if a friend started carrying a knife, and what actually happens in A&amp;E and in court.</p>
      <p>The charity says it has now worked with 6,300 pupils in 21 secondary schools. In its surveys, the share of pupils who said they would carry a knife "to be safe" fell from 9% before a workshop to 3% afterwards, and 41 young people have asked to see a youth worker one to one.</p>
      <p>"We talk to them like adults, because a lot of them are already dealing with adult things," said founder Dionne Carter.</p>
    </div>

    <div class="ad-slot ad-slot--inline" aria-hidden="true"><span class="ad-slot__label">Advertisement</span></div>

    <div class="live-post" id="post-1130">
      <time class="live-post__time" datetime="2025-11-18T11:30:00+00:00">11:30</time>
      <h3>Your views</h3>
      <p>Lots of you have been in touch on Facebook. Sandra from Acklam says: "Good to see, but where are they the other 51 weeks of the year?" Paul in Redcar says the arch should be at the Riverside too on match days.</p>
    </div>

    <div class="live-post" id="post-1005">
      <time class="live-post__time" datetime="2025-11-18T10:05:00+00:00">10:05</time>
      <h3>Police post from the station</h3>
      <blockquote class="social-embed">
        <p>Our officers are at Middlesbrough station today with our colleagues from @BTP. If you're travelling, come and say hello. #OpSceptre</p>
        <footer>Cleveland Police (@ClevelandPolice), 18 November 2025</footer>
      </blockquote>
    </div>

    <div class="live-post live-post--key" id="post-0920">
      <time class="live-post__time" datetime="2025-11-18T09:20:00+00:00">09:20</time>
      <span class="live-post__label">Key event</span>
      <h3>Three shops sold knives to a 16-year-old</h3>
      <p>Middlesbrough Council's trading standards team has today published the results of knife test purchases it carried out in October. A 16-year-old volunteer, supervised by trading standards officers, tried to buy a knife from 14 shops in the town and from four websites that deliver to Teesside addresses.</p>
      <p>Three of the 14 shops sold a knife to a 16-year-old without asking for ID. None of the four websites delivered without an age check at the door. The three shops have been given formal warnings, staff at all 14 have been offered free training on age checks, and the council says they will be tested again in the new year.</p>
      <p>Councillor Rachel Amos, executive member for community safety, said: "Most shopkeepers get this right. The ones who don't have been warned."</p>
    </div>

    <div class="live-post live-post--key" id="post-0810">
      <time class="live-post__time" datetime="2025-11-18T08:10:00+00:00">08:10</time>
      <span class="live-post__label">Key event</span>
      <h3>Knife arch set up at Middlesbrough station</h3>
      <p>Officers from Cleveland Police and British Transport Police have set up a walk-through knife arch at the entrance to Middlesbrough railway station. Passengers arriving and leaving are being asked to walk through it, and officers with a search dog are on the concourse.</p>
      <figure><img src="/img/2025/11/18/knife-arch-middlesbrough.jpg" alt="Police officers beside a knife arch at the entrance to Middlesbrough railway station"><figcaption>The knife arch at Middlesbrough station this morning (Image: Tees Valley Today)</figcaption></figure>
    </div>

    <div class="live-post" id="post-0745">
      <time class="live-post__time" datetime="2025-11-18T07:45:00+00:00">07:45</time>
      <h3>Good morning</h3>
      <p>Good morning and welcome to our live coverage. This week forces across the country are taking part in Operation Sceptre, and there is plenty happening on Teesside today. I'm at Middlesbrough station and will bring you updates through the day.</p>
    </div>

  </div>

  <div class="share-tools"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</article>

<aside class="sidebar">
  <section class="most-read">
    <h2>Most Read</h2>
    <ol>
      <li><a href="/news/teesside-news/a19-closure-weekend-31876120">A19 to close overnight at Portrack for resurfacing</a></li>
      <li><a href="/sport/football/middlesbrough-fc/boro-injury-update-31877011">Boro injury update ahead of Saturday</a></li>
      <li><a href="/news/teesside-news/christmas-market-dates-31875544">Christmas market dates confirmed for Stockton</a></li>
    </ol>
  </section>
  <div class="ad-slot ad-slot--mpu" aria-hidden="true"><span class="ad-slot__label">Advertisement</span></div>
</aside>
</main>

<footer class="site-footer">
  <ul class="site-footer__links">
    <li><a href="/about-us/">About us</a></li>
    <li><a href="/contact-us/">Contact us</a></li>
    <li><a href="/corrections-clarifications/">Corrections and clarifications</a></li>
    <li><a href="/privacy-notice/">Privacy notice</a></li>
    <li><a href="#" class="privacy-settings">Privacy settings</a></li>
  </ul>
  <p>Tees Valley Today is part of North East Media Group. We adhere to the Editors' Code of Practice.</p>
  <p>&copy; 2025 North East Media Group Ltd, 2 Exchange Square, Middlesbrough TS1 1DE. Registered in England no. 04187733.</p>
</footer>
</body>
</html>
"""


# ------------------ 8. A further education college's course page (HTML)

TAMAR_COLLEGE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Uniformed Protective Services Level 3 Extended Diploma | Tamar College</title>
<meta name="description" content="Two-year full-time course for 16 to 18 year olds who want a career in the police, fire and rescue, armed forces or other uniformed services.">
<link rel="stylesheet" href="/themes/tamar/css/styles.min.css?v=3.8.1">
</head>
<body class="page-course">
<a class="skip-link" href="#main">Skip to main content</a>

<div class="cookie-bar" id="cookieBar">
  <p>We use cookies to make our website work and to understand how you use it. Choose "Accept all" to allow analytics and marketing cookies, or "Essential only".</p>
  <button type="button">Accept all</button>
  <button type="button">Essential only</button>
</div>

<div class="utility-bar">
  <ul>
    <li><a href="/students/">Current students</a></li>
    <li><a href="/parents/">Parents and carers</a></li>
    <li><a href="/employers/">Employers</a></li>
    <li><a href="tel:01632960700">01632 960700</a></li>
  </ul>
</div>
<header class="site-header">
  <a href="/" class="site-header__logo">Tamar College</a>
  <nav class="site-nav" aria-label="Main">
    <ul>
      <li class="active"><a href="/courses/">Courses</a></li>
      <li><a href="/apprenticeships/">Apprenticeships</a></li>
      <li><a href="/university-level/">University level</a></li>
      <li><a href="/adult-learning/">Adults</a></li>
      <li><a href="/about/">About us</a></li>
    </ul>
  </nav>
  <form class="site-search" action="/search/"><label for="q" class="visually-hidden">Search courses</label><input id="q" name="q" placeholder="Search courses"><button>Search</button></form>
  <a class="btn btn--apply" href="/apply/">Apply now</a>
</header>

<main id="main">
  <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/courses/">Courses</a></li><li><a href="/courses/public-services/">Public Services</a></li><li aria-current="page">Uniformed Protective Services Level 3</li></ol>

  <section class="course-hero">
    <p class="course-hero__subject">Public Services</p>
    <h1>Uniformed Protective Services Level 3 Extended Diploma</h1>
    <p class="course-hero__lede">Get fit, learn to lead and find out what it really takes to join the police, fire and rescue, the armed forces or the prison service.</p>
  </section>

  <section class="key-info" aria-label="Key information">
    <dl>
      <div><dt>Level</dt><dd>3</dd></div>
      <div><dt>Course code</dt><dd>UPS3-FT</dd></div>
      <div><dt>Duration</dt><dd>2 years, full time</dd></div>
      <div><dt>Start date</dt><dd>September 2026</dd></div>
      <div><dt>Campus</dt><dd>Plymouth city centre</dd></div>
      <div><dt>Awarding body</dt><dd>Pearson BTEC</dd></div>
    </dl>
  </section>

  <div class="course-layout">
  <nav class="course-tabs" aria-label="On this page">
    <ul>
      <li><a href="#overview">Overview</a></li>
      <li><a href="#study">What you'll study</a></li>
      <li><a href="#industry">Industry links</a></li>
      <li><a href="#entry">Entry requirements</a></li>
      <li><a href="#fees">Fees</a></li>
      <li><a href="#next">What next?</a></li>
    </ul>
  </nav>

  <div class="course-content">
  <section id="overview">
    <h2>Overview</h2>
    <p>This two-year course is for you if you want a career in the uniformed services and you are ready to work hard. You'll spend time in the classroom learning how the services work, and plenty of time outside it: on fitness, drill, expeditions on Dartmoor and leadership challenges.</p>
    <p>The Extended Diploma is worth the same as three A levels and carries up to 168 UCAS points.</p>
  </section>

  <section id="study">
    <h2>What you'll study</h2>
    <table class="units">
      <caption>Examples of units</caption>
      <thead><tr><th scope="col">Unit</th><th scope="col">Title</th><th scope="col">Assessment</th></tr></thead>
      <tbody>
        <tr><td>1</td><td>Behaviour and Discipline in the Uniformed Protective Services</td><td>Exam</td></tr>
        <tr><td>2</td><td>Fitness, Wellbeing and Health in the Uniformed Protective Services</td><td>Exam</td></tr>
        <tr><td>4</td><td>Command and Control in the Uniformed Protective Services</td><td>Assignment</td></tr>
        <tr><td>9</td><td>Crime and its Impact on Communities</td><td>Assignment</td></tr>
        <tr><td>12</td><td>Responding to Emergency Incidents</td><td>Assignment</td></tr>
      </tbody>
    </table>
    <p>You'll also carry on with English and maths if you haven't yet got a grade 4.</p>
  </section>

  <section id="industry">
    <h2>Industry links</h2>
    <p>We work closely with the services you want to join. During the course you can expect:</p>
    <ul>
      <li>guest talks from officers in Devon and Cornwall Police, Devon and Somerset Fire and Rescue Service and the Royal Navy;</li>
      <li>a mock crime scene day in your second year, when you'll practise cordons, scene logs and witness statements;</li>
      <li>help with the police's online assessment process and the fitness test, if policing is your goal;</li>
      <li>the chance to volunteer, for example as a leader with a local Volunteer Police Cadets unit once you are 18.</li>
    </ul>
    <p>Our Public Services Skills Week runs in February every year, with a fitness challenge, a careers fair and a leadership day on Dartmoor.</p>
    <blockquote class="student-quote"><p>"The talks made me realise what the job is actually like. I've applied to be a special constable." </p><footer>Leah, second-year student</footer></blockquote>
  </section>

  <section id="entry">
    <h2>Entry requirements</h2>
    <p>Five GCSEs at grade 4 or above, including English or maths, or a Level 2 qualification in public services with a merit. You'll also have an interview and a basic fitness assessment.</p>
  </section>

  <section id="fees">
    <h2>Fees</h2>
    <p>Free if you are aged 16 to 18 on 31 August 2026. If you are 19 or over, the fee is &pound;3,450 a year, and you may be able to get an Advanced Learner Loan.</p>
  </section>

  <section id="next">
    <h2>What next?</h2>
    <p>Last year 94% of our Level 3 public services students passed, and most went on to university, an apprenticeship or a job in the services.</p>
    <p>Come and see us at an open event: Saturday 7 February 2026, 10am to 1pm, or Wednesday 11 March 2026, 5pm to 7.30pm.</p>
    <a class="btn btn--apply" href="/apply/?course=UPS3-FT">Apply for this course</a>
  </section>
  </div>
  </div>
</main>

<footer class="site-footer">
  <div class="site-footer__contact">
    <p><strong>Tamar College</strong><br>Kings Road, Plymouth PL1 5QG<br>01632 960700<br>info@tamarcollege.example.ac.uk</p>
  </div>
  <ul class="site-footer__links">
    <li><a href="/policies/">Policies</a></li>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/safeguarding/">Safeguarding</a></li>
    <li><a href="/privacy/">Privacy</a></li>
  </ul>
  <p class="site-footer__legal">&copy; Tamar College 2025. UKPRN 10009871.</p>
</footer>
</body>
</html>
"""


# ------------------ 9. An online marketplace's transparency report page (HTML)

SWAPSY_HTML = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Transparency report: January to June 2025 | Swapsy Safety Centre</title>
<link rel="stylesheet" href="/_next/static/css/9c1e2a7b.css">
</head>
<body>
<div id="__next">

<div class="cookie-consent" role="dialog" aria-labelledby="cc-title">
  <h2 id="cc-title">Cookies on Swapsy</h2>
  <p>We use some essential cookies to make Swapsy work. We'd also like to set optional cookies to help us improve the app and show you relevant ads.</p>
  <button>Accept optional cookies</button><button>Reject optional cookies</button><a href="/cookies">Manage cookies</a>
</div>

<header class="hdr">
  <a href="/" class="hdr__logo" aria-label="Swapsy home">swapsy</a>
  <nav class="hdr__nav" aria-label="Main">
    <a href="/buy">Buy</a> <a href="/sell">Sell</a> <a href="/help">Help</a> <a href="/safety" aria-current="page">Safety Centre</a>
  </nav>
  <a class="hdr__btn" href="/app">Get the app</a>
</header>

<div class="page">
<nav class="toc" aria-label="In this report">
  <p class="toc__title">In this report</p>
  <ol>
    <li><a href="#summary">Summary</a></li>
    <li><a href="#removed">Listings we removed</a></li>
    <li><a href="#accounts">Accounts we suspended</a></li>
    <li><a href="#requests">Requests from law enforcement</a></li>
    <li><a href="#police">Working with the police</a></li>
    <li><a href="#appeals">Appeals</a></li>
    <li><a href="#method">How we count</a></li>
  </ol>
</nav>

<main class="report">
  <p class="eyebrow">Safety Centre &middot; Transparency</p>
  <h1>Transparency report: January to June 2025</h1>
  <p class="lede">Every six months we publish what we removed from Swapsy, why, and what we were asked for by the police and other authorities. This is our seventh report.</p>
  <p class="meta">Published 29 August 2025 &middot; Covers 1 January to 30 June 2025 &middot; <a href="/safety/transparency/2025-h1.csv">Download the data (CSV, 18 KB)</a></p>

  <section id="summary">
    <h2>Summary</h2>
    <div class="stats">
      <div class="stat"><span class="stat__n">48.2 million</span><span class="stat__t">listings published</span></div>
      <div class="stat"><span class="stat__n">1.31 million</span><span class="stat__t">listings removed</span></div>
      <div class="stat"><span class="stat__n">86%</span><span class="stat__t">removed before anyone reported them</span></div>
      <div class="stat"><span class="stat__n">2,418</span><span class="stat__t">requests from UK police forces</span></div>
    </div>
  </section>

  <section id="removed">
    <h2>Listings we removed</h2>
    <table>
      <thead><tr><th>Reason</th><th>Listings removed</th><th>Found by our systems</th></tr></thead>
      <tbody>
        <tr><td>Counterfeit goods</td><td>412,600</td><td>91%</td></tr>
        <tr><td>Prohibited items (weapons, drugs, medicines)</td><td>188,300</td><td>97%</td></tr>
        <tr><td>Scams and fake listings</td><td>356,900</td><td>82%</td></tr>
        <tr><td>Suspected stolen goods</td><td>24,700</td><td>64%</td></tr>
        <tr><td>Other breaches of our rules</td><td>327,500</td><td>79%</td></tr>
      </tbody>
    </table>
    <p>Knives are banned on Swapsy, with a few exceptions such as cutlery sets sold to verified adults.</p>
  </section>

  <section id="accounts">
    <h2>Accounts we suspended</h2>
    <p>We suspended 96,400 accounts, most of them for scams. 31% had been open for less than a week.</p>
  </section>

  <section id="requests">
    <h2>Requests from law enforcement</h2>
    <p>The police and other authorities can ask us for information about accounts and transactions. We check every request is lawful and proportionate before we answer.</p>
    <table>
      <thead><tr><th>Requester</th><th>Requests</th><th>Some or all data disclosed</th></tr></thead>
      <tbody>
        <tr><td>UK police forces</td><td>2,418</td><td>2,201</td></tr>
        <tr><td>Trading standards</td><td>311</td><td>288</td></tr>
        <tr><td>HM Revenue and Customs</td><td>94</td><td>90</td></tr>
        <tr><td>Authorities outside the UK</td><td>57</td><td>12</td></tr>
      </tbody>
    </table>
    <p>Most requests were made under the Data Protection Act 2018 and related to fraud, theft or the sale of stolen goods.</p>
  </section>

  <section id="police">
    <h2>Working with the police</h2>
    <p>Alongside answering requests, we work with a few police forces on problems they have told us about. Two pieces of work from this period:</p>

    <article class="case">
      <h3>Safe Swap Spots in Hampshire</h3>
      <p>Most Swapsy sales end with two strangers meeting up. In 2024 Hampshire and Isle of Wight Constabulary told us about a run of robberies at handovers for phones and games consoles, where buyers arrived with no intention of paying. From February 2025 we and the force marked 14 police stations across Hampshire as Safe Swap Spots, with signs in the car parks and front counters covered by CCTV. For items over &pound;250 in the county, our app now suggests the nearest spot when buyer and seller arrange a meeting, and the force's crime prevention team shares reports of handover crimes with our trust and safety team each week so that we can close the accounts involved.</p>
      <ul class="case__results">
        <li>9,870 handovers arranged at a Safe Swap Spot</li>
        <li>handover robberies reported in Hampshire fell from 37 to 9, comparing February to June with the same months of 2024</li>
        <li>112 accounts closed after the force shared reports</li>
      </ul>
    </article>

    <article class="case">
      <h3>Frame number checks with Avon and Somerset Police</h3>
      <p>Bikes stolen in Bristol often reappear for sale within days. Since April 2025 sellers listing a bike worth more than &pound;300 in Bristol and Bath have had to enter its frame number. We check each number against the stolen bikes recorded by Avon and Somerset Police's bike theft team and against the CycleMark register. If there is a match, the listing never goes live, and the team gets the seller's details so that officers can recover the bike.</p>
      <ul class="case__results">
        <li>61 stolen bikes returned to their owners</li>
        <li>bike listings in Bristol flagged as suspected stolen fell by 44%</li>
      </ul>
      <blockquote><p>"Thieves sell where it's easy. Making them enter a frame number has taken a lot of the easy out of it."</p><footer>PC Owen Blake, Avon and Somerset Police</footer></blockquote>
    </article>
  </section>

  <section id="appeals">
    <h2>Appeals</h2>
    <p>Users can appeal if we remove a listing or suspend an account. We received 41,200 appeals and reversed our decision in 6,100 of them.</p>
  </section>

  <section id="method">
    <h2>How we count</h2>
    <details open>
      <summary>Definitions and caveats</summary>
      <p>A listing is counted once however many times it is edited. Figures are rounded to the nearest hundred except where they are under 10,000. Police figures in the case studies were provided by the forces.</p>
    </details>
    <p class="prev">Previous reports: <a href="/safety/transparency/2024-h2">July to December 2024</a> &middot; <a href="/safety/transparency/2024-h1">January to June 2024</a></p>
  </section>
</main>
</div>

<footer class="ftr">
  <nav aria-label="Footer"><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/safety/law-enforcement">Law enforcement guidelines</a></nav>
  <p>&copy; 2025 Swapsy Ltd. Registered in England and Wales, company no. 11938274. Harbourside Studios, Canons Way, Bristol BS1 5XR.</p>
</footer>
</div>
</body>
</html>
"""


# ------------------ 10. A technology supplier's customer story (Markdown exported from a headless CMS)

LANTERN_CASE_STUDY_MD = """<!-- Exported from Storyblok: space lantern-systems-web, story customer-stories/dyfed-powys-police-road-witness, version 23, exported 2025-10-06 -->

[Home](/) / [Customers](/customers/) / Dyfed-Powys Police

# "We clear in days what used to take weeks": Dyfed-Powys Police and Road Witness

*Customer story* · *Policing* · *6 minute read*

| | |
|---|---|
| **Customer** | Dyfed-Powys Police |
| **Sector** | Policing and road safety |
| **Product** | Lantern Evidence Intake |
| **Region** | Wales |
| **Live since** | January 2025 |

> **At a glance**
>
> - Public dashcam and helmet camera footage submitted online and reviewed in one place
> - Average time to review a submission fell from 19 days to 4
> - 2,930 submissions in the first eight months

## About Dyfed-Powys Police

Dyfed-Powys Police covers Carmarthenshire, Ceredigion, Pembrokeshire and Powys, more than half the land area of Wales, with some of the longest rural roads in England and Wales. It is one of [more than a dozen UK forces](/customers/) that use Lantern products.

## The challenge

Like most forces, Dyfed-Powys Police has for several years asked drivers, cyclists and horse riders to send in footage of dangerous driving they have seen. Until 2024 that footage arrived by email and file-sharing links, and a small team in the force's Roads Policing Unit had to download every clip, watch it, check it against the witness's statement and then pass it to whoever would deal with it.

"We were getting more footage every summer, and the backlog got to the point where we were writing to people weeks after the event," says Sergeant Gareth Rees of the Roads Policing Unit. "By then a lot of them had given up on us."

## The solution

In January 2025 the force and Lantern launched Road Witness, an online portal built on Lantern Evidence Intake. Witnesses upload footage of up to 2 GB straight from a phone or computer and complete their witness statement in the same form, in Welsh or English. The portal checks that the clip plays, reads the date and location from the file where it can, and puts each submission in a single queue for the Roads Policing Unit's reviewers, who can trim clips and send an outcome to the witness without leaving the system.

Cases that need a warning letter, a course or a fixed penalty go straight through to GoSafe, the Welsh road casualty reduction partnership, whose notice processing team issues them. Cases that need a prosecution are passed to the force's criminal justice unit with the footage attached.

## The results

Between January and August 2025:

- 2,930 submissions were made through Road Witness, up from about 1,700 by email in the same months of 2024
- the average time to review a submission fell from 19 days to 4
- 62% of submissions led to action, from a warning letter to a court case, against 48% before
- close passes on cyclists and horse riders made up one in five submissions

"The biggest change is that we reply to people while they still remember what happened," says Sergeant Rees. "And they send us more, because they can see it's worth their time."

## What's next

The force plans to add footage of fly-tipping and rural crime to the portal in 2026. Lantern is adding automatic blurring of faces and number plates that are not part of the offence.

---

**About Lantern Systems.** Lantern Systems Ltd builds evidence and case management software for policing and local government. Founded in 2014 in Cardiff. Registered in England and Wales, company no. 09012377.

[Book a demo](/demo/) · [Download this story (PDF)](/assets/customer-stories/dyfed-powys-road-witness.pdf)

### Related stories

- [How a county council cut its fly-tipping backlog](/customers/fly-tipping-backlog/)
- [Lantern Evidence Intake for licensing teams](/customers/licensing/)
- [Body-worn video at scale: a guide](/resources/bwv-guide/)

*© 2025 Lantern Systems Ltd. Lantern and Lantern Evidence Intake are trade marks of Lantern Systems Ltd.*
"""


# ------------------ 11. A Deaf community association's news digest (plain text)

NORTHAMPTON_DEAF_DIGEST_TXT = """NORTHAMPTON DEAF COMMUNITY ASSOCIATION
NEWS DIGEST - NOVEMBER 2025

Plain text version for email and screen readers.
Every item is also on our website as a BSL video.
Charity no. 1071846

CONTENTS
  1. Hello from the Chair
  2. Police 101 in BSL: six months on
  3. Deaf Safe drop-ins
  4. Club nights
  5. BSL classes
  6. AGM
  7. Volunteers needed
  8. Contact us

----------------------------------------------------------------------
1. HELLO FROM THE CHAIR
----------------------------------------------------------------------

Hello everyone. It has been a busy autumn. We now have 268 members,
and more than 90 people came to the Deaf Awareness Week party in
September. Thank you to everyone who helped.

This month we look back at six months of calling the police in BSL,
and at our Deaf Safe drop-ins. Please watch the videos and tell us
what you think.

Mark Oyelaran, Chair

----------------------------------------------------------------------
2. POLICE 101 IN BSL: SIX MONTHS ON
----------------------------------------------------------------------

For years Deaf people in Northamptonshire could not call the police
in their own language unless it was an emergency. 999 BSL has been
there for emergencies since 2022, but for anything else we had to
email, use text relay or ask a hearing person to call.

In May 2025 Northamptonshire Police and our association started 101
in BSL. You go to the force website, press "Call 101 in BSL", and a
BSL interpreter appears on video and relays the call to the force
control room. It is free and works on a phone, tablet or computer,
8am to 10pm every day.

Before it started, our members tested it for four weeks and told
the force what did not work. Then our Deaf tutors ran deaf awareness
training for the force's call handlers.

What has happened in six months:
  * 214 non-emergency calls made in BSL to the force
  * average wait for an interpreter: under 2 minutes
  * 40 call handlers trained by our Deaf tutors
  * 9 out of 10 members who used it said they would use it again

Inspector Sarah Kaur from the force control room said: "We should
have done this years ago. Deaf people are reporting things now that
they would never have reported before."

----------------------------------------------------------------------
3. DEAF SAFE DROP-INS
----------------------------------------------------------------------

Since January we have run Deaf Safe drop-ins with Nene Valley Women's
Aid on the first Wednesday of every month at the Deaf Centre. A
domestic abuse advocate from Nene Valley Women's Aid and one of our
BSL interpreters are there from 1pm to 4pm. You can talk to them in
private, in BSL, about abuse at home, and they can help with safety
plans, housing and going to the police if you want to.

So far:
  * 19 Deaf women and men supported by the advocate
  * 7 people helped to move somewhere safe
  * every session had a qualified BSL interpreter

If you are worried about someone, you can come with them.

----------------------------------------------------------------------
4. CLUB NIGHTS
----------------------------------------------------------------------

Friday club night is every Friday, 7pm to 11pm. Bar open.
Bingo on the last Friday of the month. Entry 2 pounds for members,
3 pounds for guests.

----------------------------------------------------------------------
5. BSL CLASSES
----------------------------------------------------------------------

BSL Level 1: Tuesdays from 13 January 2026, 6.30pm to 8.30pm,
20 weeks. 295 pounds including the exam.
BSL Level 2: Thursdays from 15 January 2026. 410 pounds.
Book at the office.

----------------------------------------------------------------------
6. AGM
----------------------------------------------------------------------

Our AGM is on Saturday 6 December at 2pm at the Deaf Centre.
Nominations for the committee must reach the secretary by
22 November. Interpreters will be there.

----------------------------------------------------------------------
7. VOLUNTEERS NEEDED
----------------------------------------------------------------------

We need two volunteers to help run the bar on Friday nights, and one
person to help with the website. Email or text the office.

----------------------------------------------------------------------
8. CONTACT US
----------------------------------------------------------------------

Northampton Deaf Community Association
The Deaf Centre, 12 Cliftonville Road, Northampton NN1 5BW
Text or WhatsApp: 07700 900372
Email: office@northamptondeaf.example.org.uk
Office open Tuesday and Thursday, 10am to 3pm.

In an emergency, use 999 BSL or text 999 if you have registered
with emergencySMS.

END OF DIGEST
"""


TEXT_DOCUMENTS = {
    "tees-valley-today-live-knife-crime-week-of-action-2025-11-18.html": TEES_VALLEY_LIVE_HTML,
    "tamar-college-uniformed-protective-services-level-3.html": TAMAR_COLLEGE_HTML,
    "swapsy-transparency-report-january-june-2025.html": SWAPSY_HTML,
    "lantern-systems-customer-story-dyfed-powys-police-road-witness.md": LANTERN_CASE_STUDY_MD,
    "northampton-deaf-community-association-news-digest-november-2025.txt": NORTHAMPTON_DEAF_DIGEST_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    peak_dale_fraud_report(out)
    cheshire_west_parking_report(out)
    healthwatch_southend_enter_and_view(out)
    dementia_matters(out)
    mid_ulster_bulletin(out)
    banbury_letter(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
