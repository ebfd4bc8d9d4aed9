"""Write the binary documents of the tenth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout10/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing publishers lay out their
documents, without reading the project's code, and are not to be tuned against. The writers here
are self-contained (reportlab and python-docx called directly): a community safety partnership's
domestic homicide review executive summary, an Independent Advisory Group's annual report, a
council scrutiny committee's minutes with a police update item, an ambulance service and police
joint protocol summary, a volunteer police cadets' newsletter and a national charity's "what
works" evidence summary. The HTML, Markdown and plain-text documents beside this script are
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
from reportlab.lib.enums import TA_CENTER
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


def _table(rows, widths, style, head_fill):
    data = [[Paragraph(str(cell), style) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (-1, 0), head_fill),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


# ------------------ 1. A community safety partnership's domestic homicide review summary (PDF)

BH_BODY = ParagraphStyle("bhbody", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=7)
BH_PARA = ParagraphStyle("bhpara", parent=BH_BODY, leftIndent=30, firstLineIndent=-30)
BH_H = ParagraphStyle("bhh", parent=BH_BODY, fontName="Helvetica-Bold", fontSize=12, spaceBefore=8,
                      spaceAfter=5, keepWithNext=1, textColor=colors.HexColor("#5b2a86"))
BH_TITLE = ParagraphStyle("bhtitle", parent=BH_BODY, fontName="Helvetica-Bold", fontSize=18, leading=23,
                          alignment=TA_CENTER, spaceAfter=10)
BH_CENTRE = ParagraphStyle("bhcentre", parent=BH_BODY, alignment=TA_CENTER)
BH_NOTE = ParagraphStyle("bhnote", parent=BH_BODY, fontSize=8, leading=10, spaceAfter=2)
BH_CELL = ParagraphStyle("bhcell", parent=BH_BODY, fontSize=9, leading=11.5, spaceAfter=0)


def _bh_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(width / 2, height - 28, "OFFICIAL")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(56, height - 44, "Safer Brighton & Hove Partnership")
    canvas.drawRightString(width - 56, height - 44, "DHR Adult K: Executive Summary")
    canvas.line(56, height - 49, width - 56, height - 49)
    canvas.drawString(56, 34, "Final version for publication, March 2025")
    canvas.drawRightString(width - 56, 34, f"Page {doc.page} of 2")
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(width / 2, 20, "OFFICIAL")
    canvas.restoreState()


def brighton_hove_dhr_summary(out: Path) -> None:
    """A domestic homicide review executive summary published by a community safety partnership:
    numbered paragraphs under headings (the review process, terms of reference, the people, a
    summary chronology, key findings, conclusions, lessons and recommendations are not work), a
    table of agencies, footnotes at the page foot, a support box, then 'Action already taken by
    agencies' with two pieces of work with results (the force's daily risk triage with an IDVA
    service; the ICB's routine enquiry training for GP practices)."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "brighton-hove-csp-domestic-homicide-review-adult-k-summary.pdf"),
                          pagesize=A4, leftMargin=56, rightMargin=56, topMargin=64, bottomMargin=52,
                          title="Domestic Homicide Review: Adult K. Executive Summary",
                          author="Safer Brighton & Hove Partnership", invariant=1)
    doc.addPageTemplates([PageTemplate("main", frames=[Frame(56, 52, width - 112, height - 116)],
                                       onPage=_bh_page)])
    p = lambda text, style=BH_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda num, text: Paragraph(f"{num}&nbsp;&nbsp;&nbsp;&nbsp;{text}", BH_PARA)  # noqa: E731
    story = [
        p("Domestic Homicide Review", BH_TITLE),
        p("Adult K<br/>Executive Summary", BH_TITLE),
        p("Independent Chair and Author: Margaret Oyelaran<br/>Review commissioned by the Safer Brighton "
          "&amp; Hove Partnership", BH_CENTRE),
        Spacer(1, 8),
        p("1. The review process", BH_H),
        n("1.1", "This summary outlines the process undertaken by the Domestic Homicide Review panel in "
          "reviewing the death of Adult K, a 47-year-old woman who was killed by her partner at her home "
          "in Hove in November 2022.<super>1</super>"),
        n("1.2", "The review was commissioned on 9 January 2023 under section 9 of the Domestic Violence, "
          "Crime and Victims Act 2004. The panel met seven times. The perpetrator, Adult L, was "
          "convicted of murder in September 2023 and sentenced to life with a minimum term of 19 years."),
        n("1.3", "The panel offers its sincere condolences to Adult K's family. Her sister contributed to "
          "the review and chose the pseudonym."),
        p("2. Terms of reference and agencies", BH_H),
        n("2.1", "The review covered the period from 1 January 2019 to the date of Adult K's death. The "
          "agencies below provided chronologies and individual management reviews."),
        _table([["Agency", "Contact with Adult K or Adult L"],
                ["Sussex Police", "Four domestic incidents, 2020 to 2022"],
                ["Brighton &amp; Hove City Council housing", "Tenancy and repairs contact"],
                ["GP practice (Hove)", "Eleven appointments"],
                ["University Hospitals Sussex NHS Foundation Trust", "Two emergency department attendances"],
                ["Change Grow Live (substance misuse service)", "Adult L, 2021"]],
               [190, width - 112 - 190], BH_CELL, colors.HexColor("#e6dcf0")),
        Spacer(1, 8),
        p("3. Summary of the chronology", BH_H),
        n("3.1", "Adult K and Adult L had been in a relationship for six years. Between 2020 and 2022 police "
          "were called four times; on each occasion a DASH risk assessment was completed and graded "
          "standard or medium risk. Adult K attended the emergency department twice with injuries she "
          "said were accidental, and told her GP she was &ldquo;stressed at home&rdquo;."),
        n("3.2", "In August 2022 Adult K told a housing officer that she wanted to move. The request was "
          "treated as a transfer request and was not linked to the police incidents.<super>2</super>"),
        p("4. Key findings", BH_H),
        n("4.1", "No agency had the whole picture. Each contact was graded on its own and the pattern of "
          "escalation was not seen."),
        n("4.2", "Opportunities for routine enquiry about abuse in health settings were missed."),
        n("4.3", "Housing staff did not recognise a request to move as a possible disclosure of abuse."),
        p("5. Conclusions", BH_H),
        n("5.1", "The panel cannot say that Adult K's death could have been prevented. It does conclude that "
          "earlier joined-up risk assessment would have given agencies a better chance to protect her."),
        p("6. Action already taken by agencies", BH_H),
        n("6.1", "Several agencies made changes while the review was under way. The panel wishes to note "
          "two of them, which have been in place long enough to show results."),
        n("6.2", "Sussex Police introduced a daily domestic abuse risk triage meeting in Brighton and Hove "
          "from April 2023. Every domestic incident from the previous 24 hours, including those graded "
          "standard risk, is reviewed by a detective sergeant with an adviser from the RISE independent "
          "domestic violence advocacy service, who can see the history across all incidents and contact "
          "the victim the same day. In its first year the meeting reviewed 5,812 incidents, re-graded "
          "412 to a higher risk level and referred 268 victims to MARAC who would not otherwise have "
          "been referred.<super>3</super>"),
        n("6.3", "NHS Sussex funded training in routine enquiry about domestic abuse for all 34 GP practices in "
          "the city, delivered by IRIS trainers from October 2023, with a named advocate for each "
          "practice. Referrals from GP practices to specialist domestic abuse services rose from 19 in "
          "2022-23 to 146 in 2023-24."),
        p("7. Lessons learned", BH_H),
        n("7.1", "Repeated low-level incidents must be looked at together. A request to move home may be "
          "a disclosure. Injuries explained as accidents should prompt a private, direct question."),
        p("8. Recommendations", BH_H),
        n("8.1", "The Partnership should review whether housing staff receive domestic abuse training "
          "equal to that now given in health settings."),
        n("8.2", "Brighton &amp; Hove City Council should add a domestic abuse prompt to its housing "
          "transfer form."),
        n("8.3", "The Partnership should ask the Home Office to share this review's learning on pattern "
          "recognition with other areas."),
        Spacer(1, 8),
        _box([p("<b>If you are affected by domestic abuse</b>"),
              p("In an emergency call 999. National Domestic Abuse Helpline (free, 24 hours): 0808 2000 247. "
                "RISE helpline: 01273 622 822.", BH_CELL)],
             width - 112, colors.HexColor("#f3eef8"), colors.HexColor("#5b2a86")),
        Spacer(1, 14),
        p("<super>1</super> A pseudonym is used throughout, as agreed with the family.", BH_NOTE),
        p("<super>2</super> Transfer requests are handled under the council's Allocations Policy (2019).",
          BH_NOTE),
        p("<super>3</super> Figures supplied by Sussex Police, April 2023 to March 2024.", BH_NOTE),
    ]
    doc.build(story)


# ------------------ 2. An Independent Advisory Group's annual report (PDF, two columns)

IAG_GREEN = colors.HexColor("#1f6f5c")
IAG_BODY = ParagraphStyle("iagbody", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
IAG_H = ParagraphStyle("iagh", parent=IAG_BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                       textColor=IAG_GREEN, spaceBefore=6, spaceAfter=4, keepWithNext=1)
IAG_KICK = ParagraphStyle("iagkick", parent=IAG_BODY, fontName="Helvetica-Bold", fontSize=7.5,
                          textColor=colors.HexColor("#888888"), spaceAfter=1)
IAG_TITLE = ParagraphStyle("iagtitle", parent=IAG_BODY, fontName="Helvetica-Bold", fontSize=20, leading=24,
                           textColor=IAG_GREEN)
IAG_CELL = ParagraphStyle("iagcell", parent=IAG_BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
IAG_QUOTE = ParagraphStyle("iagquote", parent=IAG_BODY, fontName="Helvetica-Oblique", fontSize=10.5,
                           leading=14, textColor=IAG_GREEN)


def _iag_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(IAG_GREEN)
    canvas.rect(0, height - 26, width, 26, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(40, height - 17, "LLR Independent Advisory Group")
    canvas.drawRightString(width - 40, height - 17, "Annual Report 2024-25")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 8)
    canvas.drawString(40, 22, "Independent advice to Leicestershire Police since 2001")
    canvas.drawRightString(width - 40, 22, str(doc.page))
    canvas.restoreState()


def leicestershire_iag_annual_report(out: Path) -> None:
    """An Independent Advisory Group's annual report (two columns): chair's foreword as the group's
    'we', membership figures, critical incident advice (a standing role, not work), two pieces of
    work: the force's community review panel for stop and search body-worn video with the group's
    members, and the group's own youth advisory group with a students' union (no force); a
    'what we said' box of advice given on policies, a meetings table, and how to join."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "leicestershire-iag-annual-report-2024-25.pdf"), pagesize=A4,
                          leftMargin=40, rightMargin=40, topMargin=46, bottomMargin=40,
                          title="LLR Independent Advisory Group Annual Report 2024-25",
                          author="LLR Independent Advisory Group", invariant=1)
    gap = 18
    col = (width - 80 - gap) / 2
    top = Frame(40, height - 190, width - 80, 144, id="top")
    left1 = Frame(40, 40, col, height - 230, id="l1")
    right1 = Frame(40 + col + gap, 40, col, height - 230, id="r1")
    left = Frame(40, 40, col, height - 86, id="l")
    right = Frame(40 + col + gap, 40, col, height - 86, id="r")
    doc.addPageTemplates([PageTemplate("first", frames=[top, left1, right1], onPage=_iag_page),
                          PageTemplate("later", frames=[left, right], onPage=_iag_page)])
    p = lambda text, style=IAG_BODY: Paragraph(text, style)  # noqa: E731
    story = [
        NextPageTemplate("later"),
        p("Annual Report 2024-25", IAG_TITLE),
        p("Leicester, Leicestershire and Rutland Independent Advisory Group", IAG_H),
        p("Critical friends to Leicestershire Police: listening, challenging and advising on behalf of our "
          "communities.", IAG_BODY),
        FrameBreak(),
        p("Foreword from our Chair", IAG_H),
        p("This year we met the Chief Constable three times, gave advice on eleven policies and were called "
          "in to six critical incidents. We are independent volunteers: we are not paid and we do not speak "
          "for the force. Our job is to tell it what our communities think, especially when it is not "
          "what it wants to hear."),
        p("I thank every member for the evenings and weekends they gave, and the force for answering our "
          "questions openly, even the awkward ones."),
        p("<b>Harjit Sandhu MBE</b>, Chair"),
        p("Who we are", IAG_H),
        _table([["Members", "2023-24", "2024-25"],
                ["Total members", "31", "38"],
                ["Aged under 25", "2", "9"],
                ["From Rutland", "1", "3"]],
               [col * 0.5, col * 0.25, col * 0.25], IAG_CELL, colors.HexColor("#d8ece6")),
        Spacer(1, 6),
        p("Critical incidents", IAG_H),
        p("When a serious incident may affect community confidence, the force can ask us for a community "
          "impact view within hours. We were called six times, including after the disorder in Leicester "
          "city centre in August 2024. Our advice is confidential, so we do not report the detail here."),
        p("STOP AND SEARCH", IAG_KICK),
        p("Watching the footage together", IAG_H),
        p("Since July 2024 Leicestershire Police has run a community review panel for stop and search "
          "body-worn video, and eight of our members sit on it with residents recruited by the force. "
          "Every month the panel watches twenty randomly chosen searches, grades the grounds and the "
          "officer's manner, and sends written feedback to the officer and their sergeant. Where the "
          "panel finds poor practice, the force's stop and search lead meets the officer."),
        p("Over nine months the panel reviewed 180 searches. The share it graded as having clear, "
          "recorded grounds rose from 71% in the first quarter to 89% in the third, and complaints about "
          "stop and search in the force area fell from 42 to 27 compared with the previous nine months."),
        p("&ldquo;It is one thing to read a policy. It is another to sit in a room and watch what "
          "happened on a Friday night in Highfields.&rdquo;", IAG_QUOTE),
        p("YOUNG PEOPLE", IAG_KICK),
        p("A seat at the table for under-25s", IAG_H),
        p("Young people are the group most often stopped and least often heard. In October 2024 we set "
          "up a Youth IAG with De Montfort University Students' Union, recruiting 14 members aged 16 to 24 "
          "through the union, two youth centres and social media. We trained them over two Saturdays "
          "and they now meet monthly, with two places on the main group."),
        p("In its first six months the Youth IAG reviewed the force's guidance on searching under-18s "
          "and its online recruitment adverts, and seven of its members have joined the main group."),
        _box([p("<b>What we said this year</b>", IAG_BODY),
              p("Use of force policy: ask officers to explain handcuffing decisions on body-worn video. "
                "Hate crime policy: publish third-party reporting locations in more languages. "
                "Drone policy: tell communities when and where drones are flown.", IAG_CELL)],
             col, colors.HexColor("#eef6f3"), IAG_GREEN),
        Spacer(1, 6),
        p("Our meetings", IAG_H),
        _table([["Meeting", "Date"],
                ["Full group", "14 May 2024"],
                ["Full group", "10 September 2024"],
                ["Full group", "21 January 2025"],
                ["Annual meeting", "18 March 2025"]],
               [col * 0.5, col * 0.5], IAG_CELL, colors.HexColor("#d8ece6")),
        Spacer(1, 6),
        p("Join us", IAG_H),
        p("Anyone who lives, works or studies in Leicester, Leicestershire or Rutland can apply. Members "
          "must pass non-police personnel vetting. Email iag@llr-iag.org.uk or write to us at PO Box 1129, "
          "Leicester LE1 9BH."),
    ]
    doc.build(story)


# ------------------ 3. Council scrutiny committee minutes with a police update item (PDF)

NL_BODY = ParagraphStyle("nlbody", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
NL_ITEM = ParagraphStyle("nlitem", parent=NL_BODY, fontName="Times-Bold", spaceBefore=6, keepWithNext=1)
NL_PARA = ParagraphStyle("nlpara", parent=NL_BODY, leftIndent=34, firstLineIndent=-34)
NL_TITLE = ParagraphStyle("nltitle", parent=NL_BODY, fontName="Times-Bold", fontSize=14, leading=18,
                          alignment=TA_CENTER)
NL_CENTRE = ParagraphStyle("nlcentre", parent=NL_BODY, alignment=TA_CENTER)


def _nl_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Times-Italic", 9)
    canvas.drawString(60, 30, "Community Safety Scrutiny Panel, 11 February 2025")
    canvas.drawRightString(width - 60, 30, f"Page {doc.page}")
    canvas.drawRightString(width - 60, height - 36, "Subject to approval at the next meeting")
    canvas.restoreState()


def north_lincolnshire_scrutiny_minutes(out: Path) -> None:
    """Minutes of a council scrutiny panel: title block, attendance, numbered minutes with
    capitalised titles (apologies, declarations, previous minutes, a police update with two pieces of
    work in lettered sub-paragraphs, a CCTV budget item and the work programme, which are not work),
    RESOLVED lines, a closing time and chair's signature line."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "north-lincolnshire-council-community-safety-scrutiny-minutes-2025-02.pdf"),
                          pagesize=A4, leftMargin=60, rightMargin=60, topMargin=56, bottomMargin=50,
                          title="Community Safety Scrutiny Panel minutes 11 February 2025",
                          author="North Lincolnshire Council", invariant=1)
    doc.addPageTemplates([PageTemplate("main", frames=[Frame(60, 50, width - 120, height - 106)],
                                       onPage=_nl_page)])
    p = lambda text, style=NL_BODY: Paragraph(text, style)  # noqa: E731
    story = [
        p("NORTH LINCOLNSHIRE COUNCIL", NL_TITLE),
        p("COMMUNITY SAFETY SCRUTINY PANEL", NL_TITLE),
        p("11 February 2025", NL_CENTRE),
        p("PRESENT: Councillor J Bramley (Chair), Councillors Ali, Foster, Kirk, Marper and Wells.", NL_BODY),
        p("Inspector Kate Naylor (Humberside Police), Becky Holmes (Head of Safer Neighbourhoods) and "
          "Philip Grant (Democratic Services) attended the meeting.", NL_BODY),
        p("The panel met at Church Square House, 30-40 High Street, Scunthorpe DN15 6NL.", NL_BODY),
        p("412&nbsp;&nbsp;&nbsp;&nbsp;APOLOGIES FOR ABSENCE", NL_ITEM),
        p("Apologies were received from Councillor Davison.", NL_PARA),
        p("413&nbsp;&nbsp;&nbsp;&nbsp;DECLARATIONS OF INTEREST", NL_ITEM),
        p("Councillor Wells declared a personal interest in minute 415 as a member of the Epworth "
          "Neighbourhood Watch.", NL_PARA),
        p("414&nbsp;&nbsp;&nbsp;&nbsp;MINUTES", NL_ITEM),
        p("<b>Resolved</b> &ndash; That the minutes of the meeting held on 12 November 2024, having been "
          "printed and circulated, be taken as read and correctly recorded and signed by the Chair.",
          NL_PARA),
        p("415&nbsp;&nbsp;&nbsp;&nbsp;POLICING UPDATE &ndash; NORTH LINCOLNSHIRE", NL_ITEM),
        p("Inspector Naylor gave a presentation on policing in North Lincolnshire. Total recorded crime had "
          "fallen by 6% in the year to December 2024. She highlighted two pieces of work:", NL_PARA),
        p("(a)&nbsp;&nbsp;Operation Yellowhammer: from May 2024 the Scunthorpe neighbourhood team and the "
          "council's anti-social behaviour team had targeted off-road motorbikes on Brumby Common and the "
          "Ashby Ville estate. The council's wardens gathered sightings and footage, officers seized "
          "bikes under section 59 of the Police Reform Act 2002, and the council served Community "
          "Protection Warnings on riders' households. 38 bikes had been seized and reports of off-road "
          "bike nuisance had fallen by 44%.", NL_PARA),
        p("(b)&nbsp;&nbsp;Rural fuel watch: PCSOs in the Isle of Axholme had signed up 57 farms in Crowle, "
          "Epworth and Haxey to a WhatsApp group with Humberside Police to report fuel and machinery "
          "thefts and suspicious vehicles in real time, and fitted fuel tank alarms at 20 farms. Fuel "
          "thefts reported from farms had fallen from 31 to 12 compared with the same period last year.",
          NL_PARA),
        p("Members asked about response times in rural villages. Inspector Naylor said the average "
          "response to emergency calls in the Isle of Axholme was within the force's rural target of "
          "20 minutes and undertook to circulate the figures by ward.", NL_PARA),
        p("<b>Resolved</b> &ndash; (a) That the update be noted, and (b) that Inspector Naylor be thanked "
          "for her attendance.", NL_PARA),
        p("416&nbsp;&nbsp;&nbsp;&nbsp;CCTV CAPITAL PROGRAMME 2025-26", NL_ITEM),
        p("The Head of Safer Neighbourhoods submitted a report on proposed capital spending of £186,000 on "
          "replacing 42 analogue cameras in Scunthorpe town centre and Brigg. Members asked whether "
          "Barton-upon-Humber could be included.", NL_PARA),
        p("<b>Resolved</b> &ndash; That the Cabinet Member for Community Safety be recommended to approve "
          "the programme, with a report on Barton-upon-Humber to a future meeting.", NL_PARA),
        p("417&nbsp;&nbsp;&nbsp;&nbsp;WORK PROGRAMME", NL_ITEM),
        p("The panel considered its work programme for the rest of the municipal year.", NL_PARA),
        p("<b>Resolved</b> &ndash; That a review of domestic abuse support services be added for the meeting "
          "on 8 April 2025.", NL_PARA),
        Spacer(1, 10),
        p("The meeting closed at 7.42 pm.", NL_BODY),
        Spacer(1, 16),
        p("Chair ........................................&nbsp;&nbsp;&nbsp;&nbsp;Date ....................",
          NL_BODY),
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


def _grid(document, rows, header_fill="D9D9D9", label_col=False):
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
    return table


def _bold_para(document, text: str, size: float | None = None):
    from docx.shared import Pt

    para = document.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return para


def _label_para(document, label: str, text: str):
    para = document.add_paragraph()
    para.add_run(label).bold = True
    para.add_run(text)
    return para


# ------------------ 4. An ambulance service and police joint protocol summary (Word)

def wmas_west_mercia_joint_protocol_summary(out: Path) -> None:
    """A public summary of a joint protocol between an ambulance service and a force for mental
    health calls (Word): document control table, purpose, scope, principles, a who-does-what table
    and an escalation route (procedure, not work), then 'How the protocol was developed' with the
    pilot joint response car in Worcester (both organisations with an NHS mental health trust,
    results), review and contacts."""
    import docx

    document = docx.Document()
    _header_footer(document, "West Midlands Ambulance Service and West Mercia Police | Joint protocol summary",
                   "OFFICIAL | Protocol ref. WMAS-WMP-MH-003 v1.2")
    document.add_heading("Joint Protocol: Responding Together to People in Mental Health Crisis", level=0)
    document.add_paragraph("Public summary")
    _grid(document, [["Protocol reference", "WMAS-WMP-MH-003"],
                     ["Version", "1.2"],
                     ["Owners", "Head of Clinical Practice (WMAS); Superintendent, Partnerships (West Mercia Police)"],
                     ["Approved", "Joint Operational Board, 26 November 2024"],
                     ["Review date", "November 2026"]], header_fill="E2ECF7", label_col=True)
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph("This summary explains how West Midlands Ambulance Service University NHS "
                           "Foundation Trust (WMAS) and West Mercia Police will work together when someone "
                           "in Herefordshire, Shropshire, Telford and Wrekin or Worcestershire is in mental "
                           "health crisis. The full protocol is an internal document.")
    document.add_heading("2. Scope", level=1)
    document.add_paragraph("The protocol covers 999 calls received by either organisation where the main "
                           "concern is a person's mental health. It does not cover calls where a crime is in "
                           "progress or there is an immediate threat to life from a weapon, which are "
                           "handled under existing policing procedures.")
    document.add_heading("3. Principles", level=1)
    for item in ["The right professional should attend: a health need should get a health response.",
                 "Neither organisation will leave a person at risk while a handover is arranged.",
                 "Section 136 of the Mental Health Act 1983 is a last resort.",
                 "Staff will share the information needed to keep the person safe, and no more."]:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("4. Who does what", level=1)
    _grid(document, [["Situation", "Ambulance service", "Police"],
                     ["Person in crisis, no crime, no violence", "Lead; clinician triage within 30 minutes",
                      "Advice only; attend if asked"],
                     ["Person in crisis and a risk of violence", "Attend with police", "Lead at scene"],
                     ["Person detained under section 136", "Assess for physical health needs",
                      "Lead; convey by ambulance where possible"],
                     ["Concern for welfare, no contact possible", "Advice", "Lead"]], header_fill="E2ECF7")
    document.add_heading("5. Escalation", level=1)
    document.add_paragraph("Where staff disagree about who should lead, the ambulance clinical "
                           "co-ordinator and the police control room inspector will agree a decision within "
                           "15 minutes and record it on both systems.")
    document.add_heading("6. How the protocol was developed", level=1)
    document.add_paragraph("The protocol builds on a joint response car pilot in Worcester. From "
                           "February to October 2024 a WMAS paramedic, a West Mercia Police officer and a "
                           "mental health nurse from Herefordshire and Worcestershire Health and Care NHS "
                           "Trust crewed one car together from 2pm to midnight, seven days a week, sent to "
                           "mental health calls from either control room.")
    document.add_paragraph("Over the pilot the car attended 1,124 incidents. 78% of people were "
                           "supported at home or referred to community services without going to an "
                           "emergency department, and section 136 detentions in Worcester fell by 37% "
                           "compared with the same months of 2023. Police officer hours spent at the "
                           "emergency department with people in crisis fell by an estimated 2,900.")
    document.add_heading("7. Monitoring and review", level=1)
    document.add_paragraph("The Joint Operational Board will review the protocol every two years, and "
                           "sooner if national guidance changes.")
    document.add_heading("8. Contacts", level=1)
    _label_para(document, "WMAS: ", "Clinical Practice team, Millennium Point, Waterfront Business Park, "
                "Brierley Hill DY5 1LX; 01384 215 555.")
    _label_para(document, "West Mercia Police: ", "Partnerships team, Hindlip Hall, Worcester WR3 8SP; "
                "call 101 and ask for the Partnerships team.")
    _save_docx(document, out / "wmas-west-mercia-police-mental-health-joint-protocol-summary.docx",
               "Joint Protocol: Responding Together - public summary", "West Midlands Ambulance Service")


# ------------------ 5. A volunteer police cadets' newsletter (Word)

def nottinghamshire_cadets_newsletter(out: Path) -> None:
    """A force's volunteer police cadets' termly newsletter (Word): masthead, a co-ordinator's welcome,
    unit news under catchy headings: two pieces of work (cadets at a bike marking day with a
    neighbourhood team; cadets supporting trading standards test purchases), a Duke of Edinburgh
    item, a sponsored walk, cadet of the term, new leaders, a dates table and a kit reminder."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "Nottinghamshire Police Volunteer Police Cadets", "The Cadet Call | Spring Term 2025")
    _bold_para(document, "THE CADET CALL", size=26)
    document.add_paragraph("Newsletter of Nottinghamshire Police Volunteer Police Cadets | Spring Term 2025 | "
                           "Issue 17")
    document.add_heading("Welcome", level=1)
    document.add_paragraph("Hello cadets, leaders and families! What a busy term. Our four units in Mansfield, "
                           "Newark, Nottingham City and Worksop have given more than 2,000 hours of "
                           "volunteering since January. Thank you all, and please keep your parade night "
                           "attendance up in the summer term.")
    document.add_paragraph("Sergeant Lisa Brennan, VPC Co-ordinator")
    document.add_heading("Mansfield: Marked for life", level=1)
    document.add_paragraph("On three Saturdays in March, Mansfield cadets joined the Mansfield North "
                           "neighbourhood team to run bike marking stalls at the Four Seasons Shopping Centre "
                           "and Berry Hill Park. Cadets registered bikes on the national database, stamped "
                           "frames and handed out D-lock vouchers while PCSOs gave security advice.")
    document.add_paragraph("They marked 214 bikes, and the team says reported cycle thefts in Mansfield "
                           "town centre in March and April were down from 29 last year to 17 this year. "
                           "PCSO Dan Hollis said: \"The cadets did most of the talking. People stop for a "
                           "15-year-old in a cadet jumper.\"")
    document.add_heading("Newark: Old enough?", level=1)
    document.add_paragraph("Four Newark cadets aged 16 and 17 volunteered as test purchasers with "
                           "Nottinghamshire County Council Trading Standards and the Newark neighbourhood "
                           "team. Under supervision, they tried to buy knives, vapes and alcohol at 36 shops "
                           "in Newark, Southwell and Ollerton. Seven shops sold to them; each has had a "
                           "visit from Trading Standards and the licensing officer, and all seven passed a "
                           "second test a month later.")
    document.add_heading("Worksop: Gold standard", level=1)
    document.add_paragraph("Congratulations to the six Worksop cadets who completed their Duke of Edinburgh "
                           "Silver expedition in the Peak District in April, in the rain, naturally.")
    document.add_heading("City: Walking for Wellbeing", level=1)
    document.add_paragraph("The City unit walked 26 miles along the Trent from Newark to Nottingham on "
                           "15 March and raised £1,340 for the Police Treatment Centres. Well done!")
    document.add_heading("Cadet of the Term", level=1)
    document.add_paragraph("Cadet Corporal Amira Shah (Newark), for leading the test purchase briefings "
                           "and mentoring new recruits.")
    document.add_heading("Welcome to our new leaders", level=1)
    document.add_paragraph("PC Tom Ridley (Worksop) and Special Constable Grace Owusu (City) joined as "
                           "leaders this term.")
    document.add_heading("Dates for your diary", level=1)
    _grid(document, [["Date", "Event"],
                     ["Saturday 17 May 2025", "Cadet passing-out parade, Sherwood Lodge, 10am"],
                     ["21 to 23 June 2025", "Summer camp, Kingsway Adventure Centre"],
                     ["12 July 2025", "Notts County Show duty"]], header_fill="DDE6F2")
    document.add_heading("Kit reminder", level=1)
    para = document.add_paragraph("Please bring your full uniform to the passing-out parade. Spare "
                                  "epaulettes cost £4 from your unit leader. Questions? Email "
                                  "cadets@notts.police.uk.")
    para.runs[0].font.size = Pt(10)
    _save_docx(document, out / "nottinghamshire-police-cadets-newsletter-spring-2025.docx",
               "The Cadet Call - Spring Term 2025", "Nottinghamshire Police")


# ------------------ 6. A national charity's "what works" evidence summary (Word)

def lanyon_trust_what_works_missing_children(out: Path) -> None:
    """A national charity's evidence summary (Word): key messages, about this summary and method,
    an evidence table of approaches with strength ratings (not work), four short practice examples
    from forces as rows of a table (force, what they did, partners, reported results), the charity's
    own training programme as 'we', gaps in the evidence, references, and a disclaimer with the
    charity number."""
    import docx

    document = docx.Document()
    _header_footer(document, "The Lanyon Trust | What Works Summary No. 9",
                   "Registered charity 1093417 (England and Wales) and SC048112 (Scotland)")
    document.add_heading("What works: reducing repeat missing episodes among children in care", level=0)
    document.add_paragraph("What Works Summary No. 9 | June 2025")
    document.add_heading("Key messages", level=1)
    for item in ["A small number of children account for most missing episodes: in most force areas "
                 "around 10% of children reported missing account for over half of all reports.",
                 "The best evidence supports a good return conversation, held within 72 hours by someone "
                 "the child trusts.",
                 "Information sharing between police and children's homes is promising but under-evaluated.",
                 "Tracking devices and locked-door approaches are not supported by the evidence."]:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("About this summary", level=1)
    document.add_paragraph("This summary is for police, children's services and residential care "
                           "providers. It draws on a rapid evidence assessment of 46 studies published "
                           "between 2010 and 2024 and on practice examples submitted by forces in response "
                           "to our call for practice in January 2025. Examples are described as the forces "
                           "reported them; we have not evaluated them.")
    document.add_heading("What the evidence says", level=1)
    _grid(document, [["Approach", "Strength of evidence", "Effect on repeat episodes"],
                     ["Return home conversations within 72 hours", "Moderate", "Reduces"],
                     ["Multi-agency missing panels", "Limited", "Promising"],
                     ["Herbert Protocol-style profiles for children", "Limited", "Promising"],
                     ["Electronic tracking", "Limited", "No effect"],
                     ["Restricting movement", "Moderate", "Harmful"]], header_fill="F2E3C9")
    document.add_heading("Practice examples from forces", level=1)
    document.add_paragraph("The table gives four examples submitted to us. The figures are the forces' own.")
    _grid(document, [["Force", "What they did", "Partners", "Reported results"],
                     ["Merseyside Police",
                      "Placed two missing from home officers in Liverpool's children's services hub so that "
                      "return conversations and police debriefs happen in one visit.",
                      "Liverpool City Council", "Repeat episodes among looked-after children down 18% in a year"],
                     ["Durham Constabulary",
                      "Introduced a one-page 'Safe Return' profile, with a photo, friends and places, kept by "
                      "every children's home in County Durham and handed to officers when a child goes missing.",
                      "Durham County Council; private care home providers",
                      "Average time to locate a child fell from 9.1 to 5.4 hours"],
                     ["Dyfed-Powys Police",
                      "Appointed a missing persons co-ordinator for Carmarthenshire who chairs a weekly "
                      "panel on the children most often missing.",
                      "Carmarthenshire County Council", "Reports for the 20 most-missing children down by a third"],
                     ["Northumbria Police",
                      "Shares a live list of addresses linked to exploitation with children's home managers "
                      "in Newcastle and Gateshead, updated weekly.",
                      "Newcastle City Council; Gateshead Council", "Not yet evaluated"]], header_fill="F2E3C9")
    document.add_heading("What we are doing", level=1)
    document.add_paragraph("Since September 2024 we have run Return Conversations, a free one-day course "
                           "for residential care staff on how to hold a return conversation, delivered with "
                           "the Children's Homes Association in Birmingham, Leeds, Bristol and Cardiff. "
                           "410 staff from 163 homes have been trained; in follow-up surveys 81% said they now "
                           "hold the conversation themselves rather than waiting for a police or council "
                           "worker.")
    document.add_heading("Gaps in the evidence", level=1)
    document.add_paragraph("There are no UK randomised trials in this area. Few studies follow children for "
                           "more than six months, and almost none ask children what helped.")
    document.add_heading("References", level=1)
    for item in ["Hayden, C. and Goodship, J. (2015) Children reported missing to the police. British "
                 "Journal of Social Work, 45(2), pp. 440-456.",
                 "National Crime Agency (2024) UK Missing Persons Data Report 2022/23.",
                 "Shalev Greene, K. and Hayden, C. (2014) Repeat reports to the police of missing people. "
                 "Policing, 8(4), pp. 363-373."]:
        document.add_paragraph(item)
    document.add_paragraph("This summary is for information only and is not legal advice. The Lanyon Trust, "
                           "17 Southampton Place, London WC1A 2AJ.")
    _save_docx(document, out / "lanyon-trust-what-works-repeat-missing-children-in-care.docx",
               "What Works Summary No. 9", "The Lanyon Trust")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    brighton_hove_dhr_summary(out)
    leicestershire_iag_annual_report(out)
    north_lincolnshire_scrutiny_minutes(out)
    wmas_west_mercia_joint_protocol_summary(out)
    nottinghamshire_cadets_newsletter(out)
    lanyon_trust_what_works_missing_children(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
