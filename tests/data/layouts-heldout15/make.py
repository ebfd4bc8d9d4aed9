"""Write the binary documents of the fifteenth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout15/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a theatre company's
education resource pack for a touring play, a business crime reduction partnership's membership
prospectus, a Crown Court judge's sentencing remarks, a force's equality impact assessment of a
pilot, a Police Scotland community officer's monthly report to a community council and a ward
councillor's annual report. The HTML, Markdown and plain-text documents beside this script are
written by hand; manifest.json lists every document's intended initiatives.

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


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", label_fill=None):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1 if head_fill is not None else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if label_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (0, -1), label_fill))
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


# ------------------ 1. A theatre company's education resource pack (PDF, two columns, boxes)

NL_TEAL = colors.HexColor("#0f5c63")
NL_BODY = ParagraphStyle("nlbody", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=6)
NL_TITLE = ParagraphStyle("nltitle", parent=NL_BODY, fontName="Helvetica-Bold", fontSize=26, leading=30,
                          textColor=NL_TEAL, spaceAfter=2)
NL_SUB = ParagraphStyle("nlsub", parent=NL_BODY, fontSize=12, leading=15, textColor=colors.HexColor("#333333"))
NL_H = ParagraphStyle("nlh", parent=NL_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                      textColor=NL_TEAL, spaceBefore=4, spaceAfter=4, keepWithNext=1)
NL_BOXH = ParagraphStyle("nlboxh", parent=NL_BODY, fontName="Helvetica-Bold", fontSize=9.5, spaceAfter=3)
NL_NUM = ParagraphStyle("nlnum", parent=NL_BODY, leftIndent=14, firstLineIndent=-14, spaceAfter=4)
NL_SMALL = ParagraphStyle("nlsmall", parent=NL_BODY, fontSize=7.5, leading=9.5)


def _nl_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8)
    canvas.setFillColor(NL_TEAL)
    canvas.drawString(42, height - 28, "NORTHERN LANTERN THEATRE")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 42, height - 28, "Blade Line  |  Education resource pack")
    canvas.setStrokeColor(NL_TEAL)
    canvas.setLineWidth(2)
    canvas.line(42, height - 34, width - 42, height - 34)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(42, 24, "northernlantern.org.uk  |  Registered charity 1174420")
    canvas.drawRightString(width - 42, 24, str(doc.page))
    canvas.restoreState()


def northern_lantern_education_pack(out: Path) -> None:
    """A theatre company's education resource pack for a touring play about knife crime (two pages,
    two columns under a full-width title on the first page): running header with the company and
    the pack, footer with the web address, charity number and a bare page number; about this pack
    (not work), a shaded content warning box with helplines, the story of the play (fiction), how the
    play came to schools (the tour with the force's Safer Schools officers, paid for by the violence
    reduction partnership: results), the peer ambassadors programme with a youth charity (no force:
    results), four numbered classroom activities with durations (not work), curriculum links and a
    support box with phone numbers."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "northern-lantern-theatre-blade-line-education-pack.pdf"), pagesize=A4,
                          leftMargin=42, rightMargin=42, topMargin=46, bottomMargin=42,
                          title="Blade Line: education resource pack", author="Northern Lantern Theatre",
                          invariant=1)
    gap = 16
    col = (width - 84 - gap) / 2
    top = height - 46
    title_h = 78
    first = [Frame(42, top - title_h, width - 84, title_h, id="title"),
             Frame(42, 42, col, top - title_h - 42, id="c1"),
             Frame(42 + col + gap, 42, col, top - title_h - 42, id="c2")]
    later = [Frame(42, 42, col, top - 42, id="l1"), Frame(42 + col + gap, 42, col, top - 42, id="l2")]
    doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_nl_page),
                          PageTemplate("later", frames=later, onPage=_nl_page)])
    p = lambda text, style=NL_BODY: Paragraph(text, style)  # noqa: E731
    warning = _box([p("Content warning", NL_BOXH),
                    p("Blade Line includes a stabbing (not shown on stage), bereavement and strong language. "
                      "Please tell pupils before the performance and make sure they know who they can talk "
                      "to afterwards.", NL_BODY)], col - 4, colors.HexColor("#fde9d9"), colors.HexColor("#c0504d"))
    support = _box([p("Where pupils can get help", NL_BOXH),
                    p("Childline: 0800 1111 (free, 24 hours)", NL_BODY),
                    p("Fearless (anonymous, part of Crimestoppers): 0800 555 111", NL_BODY),
                    p("In an emergency always call 999.", NL_BODY)], col - 4, colors.HexColor("#e2f0f1"), NL_TEAL)
    story = [
        NextPageTemplate("later"),
        p("Blade Line", NL_TITLE),
        p("Education resource pack for teachers, Key Stages 3 and 4 (Years 8 to 11). Autumn 2025 edition", NL_SUB),
        FrameBreak(),
        p("About this pack", NL_H),
        p("This pack is for teachers whose pupils have seen, or are about to see, Blade Line. It gives a "
          "short outline of the play, some background and four activities that fit into a PSHE lesson of "
          "about an hour. You do not need any drama experience to use it."),
        warning,
        Spacer(1, 6),
        p("The story", NL_H),
        p("Jaden is fifteen and has started carrying his older cousin's knife \"just in case\". His best "
          "friend Mia notices, and has to decide whether to tell anyone. Over one weekend in Leeds the "
          "choices both of them make change three families for ever. The play lasts 50 minutes and is "
          "performed by a cast of three in school halls and drama studios."),
        p("How Blade Line came to schools", NL_H),
        p("Between September 2024 and March 2025 we toured Blade Line to 61 secondary schools across West "
          "Yorkshire. West Yorkshire Police's Safer Schools officers joined the cast for a question and "
          "answer session after every performance, so that pupils could ask about the law, stop and search "
          "and what happens after a stabbing. The tour was paid for by the West Yorkshire Violence "
          "Reduction Partnership."),
        p("In all 9,850 pupils saw the play. In surveys before and after, the share of pupils who knew how "
          "to report knife carrying anonymously rose from 38% to 81%, and 67% said they would tell a "
          "trusted adult if a friend carried a knife. Officers received 23 pieces of information from "
          "pupils in the weeks after the performances."),
        p("Voices Forward", NL_H),
        p("After the tour we trained pupils as peer ambassadors with Bradford Youth Collective, a youth "
          "charity. Forty-eight Year 10 pupils from 12 schools took part in two days of drama and "
          "facilitation training, then ran their own assemblies and form-time sessions using scenes "
          "from the play. By July 2025 the ambassadors had reached 3,600 younger pupils, and 90% of the "
          "ambassadors said they felt more confident speaking up about knives."),
        p("Classroom activities", NL_H),
        p("<b>1.</b> Before the play: what do we think we know? Myths and facts quiz (15 minutes).", NL_NUM),
        p("<b>2.</b> Hot-seating Mia: pupils question a classmate in role about her choice (20 minutes).", NL_NUM),
        p("<b>3.</b> The ripple: map everyone affected by one stabbing on a whiteboard (15 minutes).", NL_NUM),
        p("<b>4.</b> Letter to Jaden: write what you would say to a friend who carries (10 minutes).", NL_NUM),
        p("Curriculum links", NL_H),
        p("The activities support the PSHE Association Programme of Study for Key Stages 3 and 4 "
          "(relationships, and living in the wider world) and the English spoken language objectives."),
        support,
        Spacer(1, 6),
        p("Northern Lantern Theatre, The Old Chapel, 14 Marsh Lane, Leeds LS9 8AF. "
          "Pack written by Hannah Okafor, Learning Producer.", NL_SMALL),
    ]
    doc.build(story)


# ------------------ 2. A business crime reduction partnership's membership prospectus (PDF)

BC_NAVY = colors.HexColor("#1d2f5e")
BC_GOLD = colors.HexColor("#f2b632")
BC_BODY = ParagraphStyle("bcbody", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
BC_CELL = ParagraphStyle("bccell", parent=BC_BODY, fontSize=8.8, leading=11.5, spaceAfter=0)
BC_HEADC = ParagraphStyle("bcheadc", parent=BC_CELL, fontName="Helvetica-Bold", textColor=colors.white)
BC_TITLE = ParagraphStyle("bctitle", parent=BC_BODY, fontName="Helvetica-Bold", fontSize=22, leading=26,
                          textColor=colors.white, spaceAfter=2)
BC_COVER = ParagraphStyle("bccover", parent=BC_BODY, fontSize=11, leading=14, textColor=colors.white)
BC_H = ParagraphStyle("bch", parent=BC_BODY, fontName="Helvetica-Bold", fontSize=13, leading=16,
                      textColor=BC_NAVY, spaceBefore=8, spaceAfter=5, keepWithNext=1)
BC_BOXH = ParagraphStyle("bcboxh", parent=BC_BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                         textColor=BC_NAVY, spaceAfter=3)
BC_BULLET = ParagraphStyle("bcbullet", parent=BC_BODY, leftIndent=12, bulletIndent=2, spaceAfter=3)
BC_QUOTE = ParagraphStyle("bcquote", parent=BC_BODY, fontName="Helvetica-Oblique", fontSize=10.5, leading=14,
                          leftIndent=14, textColor=colors.HexColor("#333333"))
BC_SMALL = ParagraphStyle("bcsmall", parent=BC_BODY, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555"))


def _bc_page_factory(total):
    def _bc_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(BC_GOLD)
        canvas.rect(0, 0, width, 8, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(46, 20, "Leicester Business Crime Partnership  |  Membership prospectus 2026")
        canvas.drawRightString(width - 46, 20, f"{doc.page}/{total or '?'}")
        canvas.restoreState()
    return _bc_page


def _bc_story():
    p = lambda text, style=BC_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, BC_BULLET, bulletText="\u2022")  # noqa: E731
    full = A4[0] - 92
    cover = _box([p("Membership prospectus 2026", BC_TITLE),
                  p("Leicester Business Crime Partnership: retailers, pubs and businesses working together "
                    "to keep Leicester city centre safe", BC_COVER)], full, BC_NAVY, BC_NAVY, pad=14)
    prices = _table([["Membership", "Who it is for", "Annual fee"],
                     ["Independent", "Single shops, cafes and market traders with up to 10 staff", "£195 + VAT"],
                     ["Standard", "Stores, pubs and bars with one site", "£395 + VAT"],
                     ["Premier", "Large stores, shopping centres and multi-site members (radio included)",
                      "£950 + VAT"]],
                    [90, full - 190, 100], BC_CELL, BC_NAVY, head_style=BC_HEADC)

    def result_box(head, text):
        return _box([p(head, BC_BOXH), p(text)], full, colors.HexColor("#fdf3dc"), BC_GOLD)

    return [
        cover,
        Spacer(1, 10),
        p("Welcome", BC_H),
        p("Shop theft, abuse of staff and anti-social behaviour cost Leicester businesses time and money "
          "every day. Since 2012 the Partnership has given businesses one place to share information, "
          "report incidents and get support. This prospectus sets out what members get, what it costs, "
          "and what our members achieved together last year."),
        p("What members get", BC_H),
        b("Access to our secure online system to share images and report incidents"),
        b("A city centre radio linked to the CCTV control room (Premier members)"),
        b("Weekly intelligence bulletins and alerts about active offenders"),
        b("Free places at training on conflict management and reporting"),
        b("A seat at the quarterly members' meeting"),
        p("Membership fees", BC_H),
        prices,
        Spacer(1, 4),
        p("Fees are reviewed every April. Members who join after 1 October pay half the annual fee."),
        p("What our members achieved in 2024/25", BC_H),
        result_box("The city centre exclusion scheme",
                   "Since April 2024 the Partnership has run a city-wide exclusion scheme with Leicestershire "
                   "Police's city centre neighbourhood team. Offenders who steal from or threaten members "
                   "are given a warning and then a 12-month exclusion from every member's premises, and "
                   "officers use breaches as evidence for criminal behaviour orders. In its first year 212 "
                   "people were excluded, 17 criminal behaviour orders were granted, and incidents "
                   "reported by members involving excluded people fell by 29%."),
        Spacer(1, 6),
        result_box("Operation Counterpoint",
                   "Operation Counterpoint brought together Leicestershire Police, Leicester City Council's "
                   "City Wardens and our Partnership staff for monthly days of action on Gallowtree Gate "
                   "and in the Haymarket. Wardens and officers patrolled together, members were visited "
                   "and given crime prevention advice, and prolific offenders were targeted. Across nine "
                   "days of action there were 46 arrests, 310 businesses visited and a 21% fall in "
                   "reported shop theft on the days that followed."),
        Spacer(1, 6),
        result_box("Support for shop workers",
                   "With Leicester Victim Care Network, a local charity, we set up a support line for shop "
                   "workers who have been assaulted or threatened at work. Trained volunteers call back "
                   "within a day and help with statements, court and time off. In its first ten months "
                   "the line supported 137 shop workers, and 88% of those who gave feedback said they "
                   "felt able to stay in their job."),
        Spacer(1, 8),
        p("\"Since we joined, my staff know someone has their back. The exclusion notices have stopped the "
          "same faces coming in every week.\" Priya Mistry, store manager, Haymarket", BC_QUOTE),
        p("How to join", BC_H),
        p("Call the Partnership office on 0116 496 0288 or email join@leicesterbcp.org.uk. We will visit "
          "you, explain the information sharing rules and set up your account within five working days."),
        Spacer(1, 10),
        p("Leicester Business Crime Partnership CIC, company number 11873402. Registered office: "
          "3rd Floor, 20 Market Street, Leicester LE1 6DP. Information is shared under our data protection "
          "impact assessment and the Partnership's information sharing agreement, reviewed annually.", BC_SMALL),
    ]


def leicester_bcp_prospectus(out: Path) -> None:
    """A business crime reduction partnership's membership prospectus (two pages): navy cover box,
    gold bottom rule, footer with the partnership, the document and 'n/m'; welcome (not work), what
    members get (services as bullets: not work), a membership fees table with prices, half-year line,
    three shaded results boxes (an exclusion scheme with the force's city centre team, days of action
    with the force and the council's wardens, a support line with a charity with no force: each with
    results), a member's testimonial, how to join (phone number), company small print with postcode."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=46, rightMargin=46, topMargin=40, bottomMargin=40,
                              title="Leicester Business Crime Partnership: Membership prospectus 2026",
                              author="Leicester Business Crime Partnership", invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(46, 36, A4[0] - 92, A4[1] - 76)],
                                           onPage=_bc_page_factory(total))])
        return doc
    _two_pass(out / "leicester-business-crime-partnership-membership-prospectus-2026.pdf", build, _bc_story)


# ------------------ 3. A Crown Court judge's sentencing remarks (PDF, numbered paragraphs)

SR_BODY = ParagraphStyle("srbody", fontName="Times-Roman", fontSize=11.5, leading=15.5, spaceAfter=8,
                         leftIndent=28, firstLineIndent=-28)
SR_CENTRE = ParagraphStyle("srcentre", parent=SR_BODY, leftIndent=0, firstLineIndent=0, alignment=1,
                           spaceAfter=3)
SR_CENTREB = ParagraphStyle("srcentreb", parent=SR_CENTRE, fontName="Times-Bold", fontSize=12.5)


def _sr_page_factory(total):
    def _sr_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFont("Times-Italic", 9)
        canvas.drawString(64, height - 34, "R v Beecroft, Tasker and Doyle  |  Crown Court at Hull  |  Sentencing remarks")
        canvas.setFont("Times-Roman", 9)
        canvas.drawCentredString(width / 2, 28, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _sr_page


def _sr_story():
    n = lambda num, text: Paragraph(f"{num}.&nbsp;&nbsp;&nbsp;&nbsp;{text}", SR_BODY)  # noqa: E731
    c = lambda text, style=SR_CENTRE: Paragraph(text, style)  # noqa: E731
    return [
        c("IN THE CROWN COURT AT HULL", SR_CENTREB),
        c("Case No: T20257114"),
        c("12 September 2025"),
        Spacer(1, 6),
        c("Before:"),
        c("HIS HONOUR JUDGE AINSWORTH", SR_CENTREB),
        c("- - - - - - - - - - - - - - - - - - - -"),
        c("REX", SR_CENTREB),
        c("-v-"),
        c("CONNOR BEECROFT, LIAM TASKER and SHANNON DOYLE", SR_CENTREB),
        c("- - - - - - - - - - - - - - - - - - - -"),
        c("SENTENCING REMARKS", SR_CENTREB),
        Spacer(1, 8),
        n(1, "Connor Beecroft, you are 29. Liam Tasker, you are 22. Shannon Doyle, you are 24. Each of you "
             "has pleaded guilty to conspiracy to supply heroin and crack cocaine between 1 March 2024 and "
             "27 January 2025. Beecroft and Tasker have also pleaded guilty to possessing criminal property."),
        n(2, "The conspiracy ran a drug line, known to its customers as the \"Kane\" line, which took orders "
             "by mobile phone in Hull and supplied users in Bridlington and Scarborough. The line sent "
             "bulk messages advertising deals to more than 300 contacts at a time."),
        n(3, "The investigation, which the police called Operation Galena, was careful and thorough. "
             "Officers of Humberside Police analysed the line's phone, followed the money and arrested "
             "each of you on 27 January 2025. I commend them for it. That is their job, and they did it "
             "well; it is not a matter that affects your sentences."),
        n(4, "Two boys of 15 and 16 were used to carry drugs and cash to Bridlington. Both have been "
             "referred through the National Referral Mechanism and are not to be named. The use of "
             "children is a serious aggravating feature, and it was Beecroft who recruited them."),
        n(5, "I have read a community impact statement prepared by the police for Bridlington town centre. "
             "It describes needles left in a children's play area and residents afraid to use the "
             "stairwells of their own flats. I take it into account."),
        n(6, "Applying the Sentencing Council's guideline for supply offences, Beecroft played a leading "
             "role and the offending falls in category 3. Tasker and Doyle played significant roles. The "
             "starting point for Beecroft, after a trial, would have been 10 years."),
        n(7, "Beecroft, you pleaded guilty at the first hearing and are entitled to a reduction of one "
             "third. Tasker and Doyle, you pleaded guilty on the day of trial and receive a reduction of "
             "10%. Doyle, I have read the letter from your employer and the pre-sentence report, and I "
             "accept that you have not offended since your arrest."),
        n(8, "The sentences are as follows. Connor Beecroft: 7 years and 4 months' imprisonment. Liam "
             "Tasker: 4 years and 6 months' imprisonment. Shannon Doyle: 2 years' imprisonment, suspended "
             "for 2 years, with 200 hours of unpaid work and a rehabilitation activity requirement of up "
             "to 25 days."),
        n(9, "Beecroft and Tasker will serve up to half of their sentences in custody before release on "
             "licence. The drugs, phones and £14,260 in cash seized are forfeited and are to be destroyed "
             "or paid to the Crown. Proceedings under the Proceeds of Crime Act 2002 will be listed on "
             "5 March 2026. The statutory surcharge applies."),
        Spacer(1, 10),
        c("This transcript of the sentencing remarks has been approved by the judge. It is published "
          "for information and is not the official record of the sentences passed."),
    ]


def hull_crown_court_sentencing_remarks(out: Path) -> None:
    """A Crown Court judge's sentencing remarks in a drug conspiracy (two pages, Times): italic running
    header with the case name, centred 'Page n of m'; centred court, case number, date, judge and
    parties with dashed rules, then numbered hanging paragraphs: the defendants and pleas, the drug
    line, the police investigation named as an operation (casework the judge commends, not a scheme),
    exploited children referred, the community impact statement, guideline category and credit for
    pleas (fractions and percentages that are not metrics), sentences in years, months and hours,
    forfeiture, a future hearing date, and an approval note. No initiatives."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=64, rightMargin=64, topMargin=52, bottomMargin=48,
                              title="R v Beecroft, Tasker and Doyle: sentencing remarks",
                              author="Judiciary of England and Wales", invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(64, 44, A4[0] - 128, A4[1] - 96)],
                                           onPage=_sr_page_factory(total))])
        return doc
    _two_pass(out / "r-v-beecroft-tasker-doyle-sentencing-remarks-hull-crown-court.pdf", build, _sr_story)


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


def _header_footer(document, header_text: str, footer_text: str, align_header="right") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align_header == "right" else WD_ALIGN_PARAGRAPH.LEFT
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   Page "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True):
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
            if (r == 0 and head_row and not label_col) or (label_col and c == 0):
                run.bold = True
                _shade(cell, header_fill)
    return table


def _bullets(document, items, style="List Bullet"):
    for item in items:
        document.add_paragraph(item, style=style)


def _bold_para(document, text, size=None):
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return paragraph


def _label_para(document, label, text):
    paragraph = document.add_paragraph()
    paragraph.add_run(label + " ").bold = True
    paragraph.add_run(text)
    return paragraph


# ------------------ 4. A force's equality impact assessment of a pilot (Word form, tables)

def hiow_equality_impact_assessment(out: Path) -> None:
    """A force's full equality impact assessment, reviewed after the first year of a positive action
    pilot (Word form, no heading styles: bold numbered section labels): OFFICIAL header, footer with
    the template version and EqIA reference and page number; form title, a labelled details table
    (proposal, owner, directorate, reference, version, dates), section 1 describing the pilot (one piece
    of work with results: the force's positive action team with a community mentoring charity),
    section 2 evidence (workforce and population figures: context), section 3 a table by protected
    characteristic with impact and prose evidence cells, section 4 the statutory duty (not work),
    section 5 an action plan table (future), section 6 sign-off with names and dates."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "OFFICIAL", "EqIA template v4.2 | EQIA-2025-063", align_header="left")
    _bold_para(document, "EQUALITY IMPACT ASSESSMENT (FULL)", size=15)
    document.add_paragraph("Hampshire and Isle of Wight Constabulary. Complete this form for any new or "
                           "changed policy, practice, service or project. Read the guidance notes before "
                           "you start.")
    _grid(document, [["Name of policy, practice or project", "Pathways: positive action pre-application support"],
                     ["Owner", "Chief Inspector Marcus Adeyemi, Head of Positive Action"],
                     ["Directorate", "People Directorate, Positive Action Team"],
                     ["EqIA reference", "EQIA-2025-063"],
                     ["Version", "2.1 (review after first year)"],
                     ["Date completed", "22 July 2025"],
                     ["Next review", "July 2026"]],
          header_fill="DDEBF7", label_col=True)
    _bold_para(document, "1. Describe the policy, practice or project")
    document.add_paragraph("Since September 2024 the force's Positive Action Team has run Pathways with "
                           "Unity Mentoring Network, a community mentoring charity in Southampton and "
                           "Portsmouth. People from Black, Asian and other ethnic minority backgrounds who "
                           "are thinking of joining as police officers are paired with a serving officer "
                           "mentor and a community mentor, and attend four workshops on the online "
                           "assessment, fitness test and interview.")
    document.add_paragraph("In the first year 112 people joined Pathways and 74 completed it. Of those who "
                           "completed, 41 applied, and 23 have been offered a post, a conversion rate from "
                           "application to offer of 56% against 31% for all applicants. Participants rated "
                           "the mentoring at 4.6 out of 5.")
    _bold_para(document, "2. Evidence and data")
    document.add_paragraph("At 31 March 2025, 4.3% of the force's police officers were from ethnic minority "
                           "backgrounds, against 7.9% of the economically active population of Hampshire and "
                           "the Isle of Wight (Census 2021). Applicants from ethnic minority backgrounds were "
                           "more likely than white applicants to withdraw at the online assessment stage.")
    _bold_para(document, "3. Impact on people with protected characteristics")
    _grid(document, [["Characteristic", "Impact", "Evidence and mitigation"],
                      ["Race", "Positive", "The purpose of the pilot. Conversion rates for participants are "
                                           "higher than for all applicants (section 1)."],
                      ["Sex", "Positive", "31 of the 74 who completed were women; women mentors are offered "
                                          "on request."],
                      ["Religion or belief", "Neutral", "Workshops avoid Friday prayers; prayer space is "
                                                        "available at the training centre."],
                      ["Disability", "Neutral", "Venues are accessible. Reasonable adjustments are offered "
                                                "for the workshops; none were refused."],
                      ["Age", "Neutral", "Open to anyone aged 17 and over; participants were 18 to 46."],
                      ["Sexual orientation, gender reassignment, marriage and civil partnership, pregnancy "
                       "and maternity", "Neutral", "No differential impact identified. Data is not collected "
                                                   "for all of these characteristics."]],
          header_fill="DDEBF7")
    _bold_para(document, "4. The Public Sector Equality Duty")
    document.add_paragraph("Section 149 of the Equality Act 2010 requires the force to have due regard to the "
                           "need to eliminate discrimination, advance equality of opportunity and foster good "
                           "relations. Positive action under section 158 of the Act is lawful where it is a "
                           "proportionate way of meeting a need or overcoming a disadvantage. Pathways does "
                           "not give any applicant an advantage in the selection process itself.")
    _bold_para(document, "5. Action plan")
    table = _grid(document, [["Action", "Lead", "By"],
                             ["Extend Pathways to the Isle of Wight", "Positive Action Team", "January 2026"],
                             ["Collect data on sexual orientation and disability from participants",
                              "Workforce Insight", "March 2026"],
                             ["Offer Pathways to applicants for police staff roles in the contact centre",
                              "Head of Resourcing", "September 2026"]], header_fill="DDEBF7")
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(10)
    _bold_para(document, "6. Sign-off")
    _grid(document, [["Completed by", "Sergeant Leanne Whitfield, Positive Action Team, 22 July 2025"],
                     ["Approved by", "Chief Inspector Marcus Adeyemi, 29 July 2025"],
                     ["Equality, Diversity and Inclusion Team check", "Kiran Bassi, EDI Adviser, 4 August 2025"]],
          header_fill="DDEBF7", label_col=True)
    _save_docx(document, out / "hampshire-iow-constabulary-equality-impact-assessment-pathways.docx",
               "Equality Impact Assessment: Pathways", "Hampshire and Isle of Wight Constabulary")


# ------------------ 5. A Police Scotland officer's monthly report to a community council (Word)

def portobello_community_council_police_report(out: Path) -> None:
    """A Police Scotland community officer's monthly report to a community council (Word, no heading
    styles: bold capitalised labels and bold run-in headings): header with the force and division,
    footer with the report's month and page number; report title, labelled lines (to, period, author),
    local priorities (numbered, not work), a crime figures table with this month and last year (context),
    then 'Community engagement and problem solving' with three pieces of work with results (a bike
    marking scheme with a bike hub, no other force; an anti-social behaviour operation with the council
    and a youth project; no cold calling zones with trading standards), routine road checks (not work),
    coming up (future), contact details and the next meeting date."""
    import docx

    document = docx.Document()
    _header_footer(document, "Police Scotland | Edinburgh Division",
                   "Community council report, October 2025", align_header="left")
    _bold_para(document, "POLICE REPORT TO PORTOBELLO COMMUNITY COUNCIL", size=14)
    _label_para(document, "Meeting:", "Monday 10 November 2025, Portobello Town Hall")
    _label_para(document, "Period:", "1 October to 31 October 2025")
    _label_para(document, "Author:", "PC Ewan Baird, Portobello Community Policing Team, Craigmillar/Portobello "
                                     "Ward (Ward 17)")
    _bold_para(document, "LOCAL POLICING PRIORITIES")
    _bullets(document, ["Anti-social behaviour on the promenade and at the beach",
                        "Theft of pedal cycles",
                        "Doorstep crime and bogus callers",
                        "Speeding on Seaview Terrace and Milton Road East"], style="List Number")
    _bold_para(document, "CRIME FIGURES")
    _grid(document, [["Crime type", "October 2025", "October 2024"],
                     ["Housebreaking", "4", "7"],
                     ["Theft of pedal cycle", "9", "15"],
                     ["Vandalism", "11", "10"],
                     ["Anti-social behaviour calls", "38", "57"]], header_fill="DCE6F1")
    document.add_paragraph("Figures are from local management information and may change as crimes are "
                           "investigated.")
    _bold_para(document, "COMMUNITY ENGAGEMENT AND PROBLEM SOLVING")
    _label_para(document, "Bike marking.",
                "Over the summer the Community Policing Team ran bike marking days with Porty Bike Hub, a "
                "community cycle workshop, at the hub and at the Saturday market. 212 bikes were security "
                "marked and registered, and owners were given D-locks at cost. Thefts of pedal cycles in "
                "the ward between June and October fell by 27% compared with the same months last year.")
    _label_para(document, "Operation Promenade.",
                "Operation Promenade, our summer plan for the beach and promenade, ended on 30 September. "
                "Officers patrolled with the City of Edinburgh Council's Community Safety Team on Friday "
                "and Saturday evenings, and youth workers from Portobello Youth Project were on the "
                "promenade until 11pm. Calls about anti-social behaviour fell by 33% on last summer, 14 "
                "young people were referred to the youth project, and 6 were reported to the Youth "
                "Justice team.")
    _label_para(document, "No cold calling zones.",
                "Following two bogus caller incidents in Joppa in August, we worked with the council's "
                "Trading Standards officers to set up three new No Cold Calling Zones around Brunstane Road "
                "and Joppa Road. Officers and trading standards staff visited 640 households, signs are "
                "up on every street, and no bogus caller incidents have been reported in the zones since.")
    _label_para(document, "Road safety.",
                "Officers carried out speed checks on Seaview Terrace on four occasions in October as part "
                "of routine patrols; 9 drivers were reported for speeding.")
    _bold_para(document, "COMING UP")
    document.add_paragraph("Bonfire Night: extra patrols on 5 November, with the Scottish Fire and Rescue "
                           "Service. A crime prevention stall at the library is planned for December.")
    _bold_para(document, "CONTACT US")
    document.add_paragraph("Call 101, or 999 in an emergency. Email the team at "
                           "EdinburghPortobelloCPT@scotland.police.uk. Follow us on Facebook at "
                           "Edinburgh Police Division. Next report: Monday 8 December 2025.")
    _save_docx(document, out / "police-scotland-portobello-community-council-report-october-2025.docx",
               "Police report to Portobello Community Council, October 2025", "Police Scotland")


# ------------------ 6. A ward councillor's annual report to residents (Word, headings, table)

def newport_alway_councillor_annual_report(out: Path) -> None:
    """A ward councillor's annual report to residents (Word, Title and Heading 1 styles): header with
    the councillor and ward, footer with the surgery line and page number; title, 'Dear residents'
    opening, casework (counts and the most common issues: not work), committees (not work), three
    pieces of work under headings with results (a community speed watch team with the force's
    neighbourhood team; alley gating from the ward budget with the council's street scene team, no
    force; a Friday youth club with a youth charity and the force's youth engagement officer), a ward
    budget table with amounts, next year (future) and contact details with a phone number."""
    import docx

    document = docx.Document()
    _header_footer(document, "Councillor Rhian Pugh | Alway ward", "Surgeries: first Saturday of the month, "
                   "10am to 12 noon, Alway Community Centre")
    document.add_heading("My annual report to residents 2024/25", level=0)
    document.add_paragraph("Councillor Rhian Pugh, Alway ward, Newport City Council")
    document.add_paragraph("Dear residents, thank you for another year of letting me represent you. This "
                           "report tells you what I have been doing since May 2024 and what I hope to do "
                           "next.")
    document.add_heading("Casework", level=1)
    document.add_paragraph("I dealt with 312 pieces of casework this year, most often about potholes, "
                           "bins, housing repairs and parking near schools. I held 11 surgeries and "
                           "answered most emails within three working days.")
    document.add_heading("Committees", level=1)
    document.add_paragraph("I sit on the Planning Committee and the Performance Scrutiny Committee "
                           "(Partnerships), which this year looked at the work of the Newport Community "
                           "Safety Partnership.")
    document.add_heading("Speeding on Aberthaw Road", level=1)
    document.add_paragraph("Speeding was the issue residents raised with me most. In June 2024 I helped "
                           "residents set up a Community Speed Watch team with Gwent Police's Newport East "
                           "neighbourhood team, who trained 14 volunteers and lent them a speed detection "
                           "device. The team has held 38 sessions on Aberthaw Road and Ringland Circle and "
                           "recorded 1,160 vehicles over the limit; drivers get a warning letter from the "
                           "police, and officers followed up repeat offenders. Average speeds on Aberthaw "
                           "Road fell from 34mph to 28mph.")
    document.add_heading("Gating the back lanes", level=1)
    document.add_paragraph("Using my ward budget, I asked the council's Streetscene team to install "
                           "alley gates on nine back lanes behind Aberthaw Road and Alway Crescent, where "
                           "fly-tipping and break-ins to sheds were a problem. Residents on each lane hold "
                           "keys. Since the gates went in last October, reports of fly-tipping in the "
                           "lanes have fallen by 60% and there has been one shed break-in, compared with "
                           "eight the year before.")
    document.add_heading("Friday nights at the community centre", level=1)
    document.add_paragraph("Newport Youth Action, a local youth charity, opened a Friday night youth club "
                           "at Alway Community Centre in September 2024, with Gwent Police's youth "
                           "engagement officer dropping in most weeks to play pool and talk. On average 45 "
                           "young people attend each week, and the police tell me calls about young people "
                           "causing nuisance in the ward on Friday evenings have halved.")
    document.add_heading("How I spent my ward budget", level=1)
    _grid(document, [["What", "Amount"],
                     ["Alley gates (nine lanes)", "£6,300"],
                     ["Speed Watch signs and hi-vis jackets", "£480"],
                     ["Youth club start-up (pool table and games)", "£1,150"],
                     ["Total", "£7,930"]], header_fill="E2EFDA")
    document.add_heading("Next year", level=1)
    document.add_paragraph("I will press for a pedestrian crossing on Ringland Circle and hope to find "
                           "money to keep the youth club open in the school holidays.")
    document.add_heading("Contact me", level=1)
    document.add_paragraph("Phone 07700 900731 or email rhian.pugh@newport.gov.uk. You can also write to me "
                           "at the Civic Centre, Newport NP20 4UR.")
    _save_docx(document, out / "councillor-rhian-pugh-alway-ward-annual-report-2024-25.docx",
               "Councillor annual report 2024/25: Alway ward", "Councillor Rhian Pugh")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    northern_lantern_education_pack(out)
    leicester_bcp_prospectus(out)
    hull_crown_court_sentencing_remarks(out)
    hiow_equality_impact_assessment(out)
    portobello_community_council_police_report(out)
    newport_alway_councillor_annual_report(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
