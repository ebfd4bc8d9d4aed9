"""Write the binary documents of the seventh held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout7/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing publishers lay out their
documents, without reading the segmenter, the readers or the grader, and are not to be tuned
against. The writers here are self-contained (reportlab and python-docx called directly): a PCC's
commissioning prospectus in two columns, a Crown Prosecution Service area newsletter, a force's
Welsh language standards annual monitoring report (no initiatives), a council cabinet report on a
CCTV partnership, a force's action plan in response to an HMICFRS cause of concern, and a national
innovation fund's book of project abstracts. The HTML and Markdown documents beside this script are
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
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

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


# ------------------------- 1. A PCC's commissioning prospectus, two columns with service profiles (PDF)

AS_TEAL = colors.HexColor("#00606b")
AS_BODY = ParagraphStyle("asbody", fontName="Helvetica", fontSize=10.4, leading=14.4, spaceAfter=7)
AS_H1 = ParagraphStyle("ash1", parent=AS_BODY, fontName="Helvetica-Bold", fontSize=20, leading=24,
                       textColor=AS_TEAL, spaceAfter=8)
AS_H2 = ParagraphStyle("ash2", parent=AS_BODY, fontName="Helvetica-Bold", fontSize=13, leading=16,
                       textColor=AS_TEAL, spaceBefore=6, spaceAfter=4, keepWithNext=1)
AS_H3 = ParagraphStyle("ash3", parent=AS_BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                       spaceBefore=4, spaceAfter=3, keepWithNext=1)
AS_LABEL = ParagraphStyle("aslabel", parent=AS_BODY, fontSize=8.4, leading=11, spaceAfter=2,
                          textColor=colors.HexColor("#333333"))
AS_SMALL = ParagraphStyle("assmall", parent=AS_BODY, fontSize=8.2, leading=10.5, spaceAfter=2)
AS_BOX = ParagraphStyle("asbox", parent=AS_BODY, fontSize=8.8, leading=11.5, textColor=colors.white)


def _as_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFillColor(AS_TEAL)
    canvas.rect(0, height - 22, width, 22, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(36, height - 14, "Commissioning Prospectus 2025-2028")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 36, height - 14, "Office of the Police and Crime Commissioner for Avon and Somerset")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(36, 20, "avonandsomerset-pcc.gov.uk/commissioning")
    canvas.drawRightString(width - 36, 20, f"Page {doc.page} of 2")
    canvas.restoreState()


def avon_somerset_prospectus(out: Path) -> None:
    """A PCC's commissioning prospectus: foreword by the PCC's office ('we'), commissioning
    principles, then profiles of services the office funds now (each with labelled lines: provider,
    funding, delivered with), one profile running over the page break, then future commissioning
    intentions and a timetable table (not initiatives), and how to get involved."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "avon-somerset-pcc-commissioning-prospectus-2025-28.pdf"),
                          pagesize=A4, leftMargin=36, rightMargin=36, topMargin=38, bottomMargin=36,
                          title="Commissioning Prospectus 2025-2028",
                          author="Office of the Police and Crime Commissioner for Avon and Somerset",
                          invariant=1)
    inner = width - 72
    gap = 16
    col_w = (inner - gap) / 2
    col_h = height - 38 - 36
    doc.addPageTemplates([PageTemplate("two", frames=[Frame(36, 34, col_w, col_h, id="l"),
                                                      Frame(36 + col_w + gap, 34, col_w, col_h, id="r")],
                                       onPage=_as_page)])
    p = lambda text, style=AS_BODY: Paragraph(text, style)  # noqa: E731
    story = [
        p("Commissioning Prospectus 2025-2028", AS_H1),
        p("How the Police and Crime Commissioner funds services for victims, for people who "
          "offend and for safer communities across Avon and Somerset.", AS_H3),
        p("1. Foreword", AS_H2),
        p("Each year we spend around £9.4 million of the Commissioner's budget on services that the "
          "police cannot, or should not, deliver alone. This prospectus tells providers what we fund "
          "now, what we intend to buy over the next three years and how we will decide. We want to "
          "hear from small and specialist organisations as much as from large ones."),
        p("We will publish every contract award over £25,000 on our website within 30 days."),
        p("Our budget for commissioned services, 2025-26", AS_H3),
        _table([["Area", "Budget"],
                ["Victims' services (Ministry of Justice grant)", "£4.1m"],
                ["Domestic abuse and sexual violence", "£2.3m"],
                ["Reducing reoffending", "£1.6m"],
                ["Community safety grants", "£0.9m"],
                ["Youth diversion", "£0.5m"]],
               [col_w * 0.72, col_w * 0.28], AS_SMALL, colors.HexColor("#cfe6e8")),
        Spacer(1, 6),
        p("Who this prospectus is for: voluntary and community organisations, social enterprises, "
          "councils, health bodies and private providers who deliver, or would like to deliver, "
          "services to people in Bristol, Bath and North East Somerset, North Somerset, South "
          "Gloucestershire and Somerset. It replaces the 2022 prospectus."),
        _box([p("At a glance: 47 commissioned services; 31 providers, 19 of them small "
                "charities or community groups; 26,800 people supported in 2024-25.", AS_BOX)],
             col_w, AS_TEAL, AS_TEAL),
        Spacer(1, 6),
        p("2. Our commissioning principles", AS_H2),
        p("• Services are shaped with the people who use them.<br/>"
          "• We fund outcomes, not activity counts.<br/>"
          "• We prefer grants of three years to grants of one.<br/>"
          "• Every service must share data safely with the Constabulary where a victim agrees."),
        p("3. What we fund now: service profiles", AS_H2),
        p("The four profiles below show the kind of work we fund. Figures are for the year to 31 "
          "March 2025 unless stated.", AS_SMALL),
        p("Bridgwater Nightsafe Hub", AS_H3),
        p("Provider: Sedgemoor Street Pastors &amp; Somerset Council<br/>"
          "Delivered with: Avon and Somerset Police<br/>"
          "Funding: £64,000 a year, 2023 to 2026", AS_LABEL),
        p("A church hall off the high street opens as a welfare hub from 10pm to 4am on Friday and "
          "Saturday nights. Officers from the Bridgwater neighbourhood team bring vulnerable or "
          "intoxicated people to the hub instead of to custody or the emergency department, and a "
          "paramedic volunteer is on shift. In its second year the hub saw 611 people; 38 ambulance "
          "call-outs were avoided and violent crime in the night-time economy fell by 14%."),
        p("Next Step Mentors for women leaving custody", AS_H3),
        p("Provider: Eden Women's Centre<br/>Funding: £118,000 a year, 2024 to 2027", AS_LABEL),
        p("Peer mentors, all women with lived experience of the justice system, meet women at the "
          "prison gate on release day and stay with them for twelve weeks: housing appointments, "
          "probation, GP registration and benefits. Of 72 women supported, 51 had stable housing "
          "at twelve weeks and 9 were reconvicted within six months, against 21 in a matched group."),
        p("Operation Skipper ASB case workers", AS_H3),
        p("Provider: Avon and Somerset Police with Bristol City Council<br/>"
          "Funding: £96,500 a year, 2024 to 2026", AS_LABEL),
        p("Two case workers based in the Constabulary's anti-social behaviour hub in Bristol take "
          "every case where a caller has reported three or more times in six months. They hold one "
          "plan across police and council housing, and each caller gets a named worker. Repeat "
          "calls from the 140 households worked with fell by 47% and 88% said they felt listened "
          "to, up from 41% at the start."),
        p("Safe Space Shops", AS_H3),
        p("Provider: Weston Business Improvement District<br/>"
          "Delivered with: Avon and Somerset Police<br/>Funding: £22,000, one year", AS_LABEL),
        p("Forty-two shops and cafés in Weston-super-Mare display a purple sticker and have one "
          "trained member of staff on every shift who can offer a seat, a phone and a call to the "
          "police for anyone who feels unsafe, often young people and women walking home. Staff are "
          "trained by the Constabulary's neighbourhood team in a one-hour session held in store, "
          "at the start of the shift and before opening. The training covers how to listen, how "
          "to call for help and how to record what happened on a simple card that the team "
          "collects each week."),
        p("In the first nine months 57 people used a Safe Space; in 19 cases officers attended and "
          "in 6 an arrest followed. The scheme will be offered to Clevedon traders in 2026."),
        p("4. What we intend to commission, 2025 to 2028", AS_H2),
        p("We will retender the adult independent sexual violence advisers service when the "
          "current contract ends on 31 March 2026. We intend to buy a single restorative justice "
          "service for the whole force area and a pilot of out-of-court resolution interventions "
          "for young adults. Market engagement events will be held before each tender."),
        _table([["Service", "Estimated value", "Tender opens"],
                ["ISVA service (adults)", "£1.2m over 3 years", "September 2025"],
                ["Restorative justice", "£450,000 over 3 years", "January 2026"],
                ["Out-of-court interventions pilot", "£180,000 over 2 years", "April 2026"]],
               [col_w * 0.45, col_w * 0.3, col_w * 0.25], AS_SMALL, colors.HexColor("#cfe6e8")),
        Spacer(1, 8),
        p("5. How to get involved", AS_H2),
        p("Register on the South West procurement portal and sign up to our provider newsletter. "
          "Questions to commissioning@avonandsomerset-pcc.gov.uk or 01275 816377.", AS_BODY),
        _box([p("Reference: OPCC/COM/2025/03. Published July 2025. This document is available "
                "in Easy Read on request.", AS_BOX)], col_w, AS_TEAL, AS_TEAL),
    ]
    doc.build(story)


# ------------------------------------------- 2. A CPS area's staff and partners newsletter (PDF)

CP_PURPLE = colors.HexColor("#4b2a73")
CP_BODY = ParagraphStyle("cpbody", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=7)
CP_H1 = ParagraphStyle("cph1", parent=CP_BODY, fontName="Helvetica-Bold", fontSize=18, leading=22,
                       textColor=CP_PURPLE, spaceAfter=4)
CP_H2 = ParagraphStyle("cph2", parent=CP_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                       textColor=CP_PURPLE, spaceBefore=8, spaceAfter=3, keepWithNext=1)
CP_KICK = ParagraphStyle("cpkick", parent=CP_BODY, fontName="Helvetica-Bold", fontSize=8, leading=10,
                         textColor=colors.HexColor("#8a6bb0"), spaceAfter=1, keepWithNext=1)
CP_SMALL = ParagraphStyle("cpsmall", parent=CP_BODY, fontName="Helvetica", fontSize=8.5, leading=11)


def _cp_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFont("Helvetica-Bold", 8)
    canvas.setFillColor(CP_PURPLE)
    canvas.drawString(50, height - 30, "CPS Mersey-Cheshire | Area Update")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 50, height - 30, "Issue 9 | Summer 2025")
    canvas.setStrokeColor(CP_PURPLE)
    canvas.line(50, height - 34, width - 50, height - 34)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(50, 24, "OFFICIAL - for CPS staff and criminal justice partners")
    canvas.drawRightString(width - 50, 24, f"{doc.page}")
    canvas.restoreState()


def cps_area_update(out: Path) -> None:
    """A CPS area newsletter: Chief Crown Prosecutor's message ('we' for the CPS), three items on
    pieces of work (one with Merseyside Police, one the CPS area's own as 'we', one with Cheshire
    Constabulary and a charity that runs across the page break), people news,
    a recruitment notice and a contact line."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "cps-mersey-cheshire-area-update-issue-9.pdf"), pagesize=A4,
                          leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=44,
                          title="CPS Mersey-Cheshire Area Update, Issue 9",
                          author="Crown Prosecution Service", invariant=1)
    doc.addPageTemplates([PageTemplate("one", frames=[Frame(50, 40, width - 100, height - 92, id="f")],
                                       onPage=_cp_page)])
    p = lambda text, style=CP_BODY: Paragraph(text, style)  # noqa: E731
    story = [
        p("Area Update", CP_H1),
        p("News from CPS Mersey-Cheshire for our people and our partners", CP_SMALL),
        Spacer(1, 6),
        p("A message from the Chief Crown Prosecutor", CP_H2),
        p("This has been a demanding quarter. Our Crown Court caseload is the highest it has been "
          "since 2019 and I want to thank every lawyer, paralegal and caseworker for the care they "
          "have shown. We have also welcomed eleven new colleagues. In this issue you can read about "
          "three pieces of work with our partners that I am proud of, and how we are doing against "
          "our casework measures. - Helen Marsh-Adeyemi, Chief Crown Prosecutor"),
        p("JOINT WORKING", CP_KICK),
        p("First time right: early advice in Wirral", CP_H2),
        p("Since February a CPS lawyer has sat in the Merseyside Police investigation hub at "
          "Wallasey two days a week. Detectives can walk over with a file before charge and get advice "
          "in person rather than waiting for the written advice queue. The lawyer also runs a "
          "fifteen-minute file clinic at each morning briefing. Over the first four months the share "
          "of Wirral files that met the national file standard at first submission rose from 52% to "
          "78%, and the average wait for pre-charge advice fell from 19 days to 6. Detective "
          "Inspector Gareth Rowlands said: \"It has changed the conversation. We now build the case "
          "with the lawyer, not for them.\" The Wirral lawyer also joins the hub's weekly "
          "review of cases where a suspect is on bail, so that nothing waits on advice that could "
          "have been given at the desk. Contact: Wirral.EarlyAdvice@cps.gov.uk"),
        p("VICTIMS AND WITNESSES", CP_KICK),
        p("Letters people can read", CP_H2),
        p("Our Victim Liaison Unit rewrote every one of its standard letters with members of the "
          "Liverpool Victims' Voice Panel, a group of people who have been through the courts. We "
          "cut the average letter from 640 words to 260, put the decision in the first line and "
          "added a named contact with a direct phone number. Complaints about the tone of letters "
          "fell from 23 in the six months before to 4 in the six months after, and requests for a "
          "meeting to explain a decision rose by a third. Panel members tested each draft by reading it aloud "
          "to one another, and any sentence that had to be read twice was rewritten. The new letters "
          "are now used for every decision not to charge and every decision to stop a case."),
        p("CASEWORK", CP_KICK),
        p("Our quarter in figures", CP_H2),
        _table([["Measure", "Q4 2024/25", "Q1 2025/26"],
                ["Magistrates' court conviction rate", "85.1%", "86.4%"],
                ["Crown Court conviction rate", "80.7%", "81.9%"],
                ["Domestic abuse conviction rate", "75.2%", "77.0%"],
                ["Cases awaiting trial in the Crown Court", "3,118", "3,264"]],
               [250, 110, 110], CP_SMALL, colors.HexColor("#e3d9ef")),
        Spacer(1, 6),
        p("Figures are provisional. Crown Court cases include those sent before 1 April 2025.", CP_SMALL),
        p("PARTNERSHIP", CP_KICK),
        p("Court dogs in Chester", CP_H2),
        p("Children and vulnerable adults giving evidence at Chester Crown Court can now have a "
          "trained support dog with them in the witness room and, where the judge agrees, "
          "during a remote link. The scheme was set up by Cheshire Constabulary's witness care unit "
          "with Paws for Justice, a volunteer dog handling group, and the CPS case team, who "
          "raise it at the first witness needs assessment. The handlers were vetted by the "
          "Constabulary and trained by the Witness Service. Twelve dogs and nine handlers are now "
          "on the rota, covering Monday to Friday at Chester and on request at the Warrington "
          "hearing centre."),
        p("In the first six months 41 witnesses asked for a dog. Every one gave evidence, and no "
          "trial in that group was adjourned because a witness could not continue, compared with "
          "five such adjournments in the previous six months. Contact: Witness Care, Cheshire "
          "Constabulary, on 01606 362091."),
        p("PEOPLE", CP_KICK),
        p("Comings and goings", CP_H2),
        p("We say goodbye to Senior Crown Prosecutor Alan Pritchard, who retires after 31 years, "
          "and congratulate Naomi Carr on her appointment as Deputy Chief Crown Prosecutor. Our "
          "apprenticeship scheme will take six paralegal apprentices in September."),
        p("VACANCIES", CP_KICK),
        p("We are recruiting", CP_H2),
        p("Two Crown Advocate posts (Grade 7) and a Senior Paralegal Officer. Closing date 18 July "
          "2025. Apply through Civil Service Jobs, reference 412093."),
        p("Area Update is produced by the Area Communications Team. Ideas for the next issue to "
          "MerseyCheshireComms@cps.gov.uk by 29 August 2025.", CP_SMALL),
    ]
    doc.build(story)


# ----------------------- 3. A force's Welsh language standards annual monitoring report (PDF, none)

DP_GREEN = colors.HexColor("#1f5c3a")
DP_BODY = ParagraphStyle("dpbody", fontName="Helvetica", fontSize=9.8, leading=13.5, spaceAfter=6)
DP_H1 = ParagraphStyle("dph1", parent=DP_BODY, fontName="Helvetica-Bold", fontSize=17, leading=21,
                       textColor=DP_GREEN, spaceAfter=6)
DP_H2 = ParagraphStyle("dph2", parent=DP_BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                       textColor=DP_GREEN, spaceBefore=8, spaceAfter=4, keepWithNext=1)
DP_SMALL = ParagraphStyle("dpsmall", parent=DP_BODY, fontSize=8.5, leading=11)


def _dp_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(DP_GREEN)
    canvas.drawString(48, height - 28, "Heddlu Dyfed-Powys Police")
    canvas.drawRightString(width - 48, height - 28, "Welsh Language Standards: Annual Report 2024-25")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(48, 22, "Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.")
    canvas.drawRightString(width - 48, 22, f"{doc.page}")
    canvas.restoreState()


def dyfed_powys_welsh_language_report(out: Path) -> None:
    """A force's statutory annual report on the Welsh language standards: legal basis, complaints
    received, staff language skills table, posts advertised by Welsh requirement, training course
    numbers, compliance self-assessment table, next year's aims. Data and duties only: no
    initiatives."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "dyfed-powys-police-welsh-language-standards-annual-report-2024-25.pdf"),
                          pagesize=A4, leftMargin=48, rightMargin=48, topMargin=48, bottomMargin=40,
                          title="Welsh Language Standards: Annual Report 2024-25",
                          author="Dyfed-Powys Police", invariant=1)
    doc.addPageTemplates([PageTemplate("one", frames=[Frame(48, 36, width - 96, height - 84, id="f")],
                                       onPage=_dp_page)])
    p = lambda text, style=DP_BODY: Paragraph(text, style)  # noqa: E731
    w = width - 96
    story = [
        p("Welsh Language Standards<br/>Annual Report 2024-25", DP_H1),
        p("Published under standard 155 of the Welsh Language Standards (No. 6) Regulations 2017", DP_SMALL),
        p("1. Introduction", DP_H2),
        p("The Chief Constable and the Police and Crime Commissioner must each comply with the "
          "standards in their compliance notices from the Welsh Language Commissioner. This report "
          "covers 1 April 2024 to 31 March 2025 and sets out how the force met the record-keeping "
          "and reporting standards. The Commissioner's office publishes its own report."),
        p("2. Complaints", DP_H2),
        p("The force received 7 complaints about its compliance with the standards during the year "
          "(9 in 2023-24). Five concerned English-only correspondence, one an English-only "
          "recorded message on a station telephone and one signage at a custody suite. Six were "
          "resolved locally within 20 working days; one was referred to the Welsh Language "
          "Commissioner and remains under investigation (reference CSG1187)."),
        p("3. Welsh language skills of staff", DP_H2),
        p("Skill levels are recorded on the ALTE scale (0 no skills to 5 fluent) by each member of "
          "staff through the HR self-service system. Figures at 31 March 2025:", DP_BODY),
        _table([["Group", "Headcount", "Level 0-1", "Level 2-3", "Level 4-5", "Not recorded"],
                ["Police officers", "1,262", "47%", "24%", "22%", "7%"],
                ["Police staff", "913", "39%", "25%", "30%", "6%"],
                ["Special constables", "84", "52%", "20%", "18%", "10%"],
                ["PCSOs", "143", "35%", "27%", "33%", "5%"]],
               [w * 0.25] + [w * 0.15] * 5, DP_SMALL, colors.HexColor("#d6e8dc")),
        Spacer(1, 6),
        p("4. Recruitment", DP_H2),
        p("Of 388 posts advertised, 61 were advertised as Welsh essential, 327 as Welsh desirable and "
          "none as Welsh not required, as the force's recruitment policy (version 4.2) requires."),
        p("5. Training", DP_H2),
        p("During the year 212 members of staff attended Welsh courses provided through the National "
          "Centre for Learning Welsh: 131 at Mynediad (entry), 49 at Sylfaen (foundation), 22 at "
          "Canolradd (intermediate) and 10 at Uwch (advanced). 96 completed the Welsh language "
          "awareness e-learning module. Course hours are counted in the force training record."),
        p("6. Compliance self-assessment", DP_H2),
        _table([["Standard group", "Standards", "Assessment"],
                ["Service delivery", "1 to 87", "Substantially compliant"],
                ["Policy making", "88 to 97", "Compliant"],
                ["Operational", "98 to 144", "Partially compliant"],
                ["Record keeping", "145 to 154", "Compliant"]],
               [w * 0.4, w * 0.25, w * 0.35], DP_SMALL, colors.HexColor("#d6e8dc")),
        Spacer(1, 6),
        p("7. Aims for 2025-26", DP_H2),
        p("The force aims to reduce the proportion of officers whose skill level is not recorded "
          "to below 3% and to review the operational standards assessed as partially compliant. "
          "Progress will be reported to the Welsh Language Steering Group, which meets quarterly."),
        p("8. Contact", DP_H2),
        p("Welsh Language Unit, Police Headquarters, PO Box 99, Llangunnor, Carmarthen SA31 2PF. "
          "Telephone 101 (ask for the Welsh Language Unit). Complaints may also be made to the "
          "Welsh Language Commissioner on 0345 6033 221."),
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


def _grid(document, rows, header_fill="D9D9D9", widths=None):
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
            if r == 0:
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


# -------------------------------- 4. A council cabinet report on a CCTV partnership (Word)

def stoke_cabinet_cctv_report(out: Path) -> None:
    """A local authority cabinet report: cover box of labelled fields, recommendations, reasons,
    numbered background paragraphs, the CCTV partnership with the force (one initiative, told over
    several numbered paragraphs with results), options considered, financial, legal, equality and
    risk implications, background papers and the report author."""
    import docx

    document = docx.Document()
    _header_footer(document, "Stoke-on-Trent City Council | Cabinet | 16 September 2025",
                   "Agenda item 7")
    document.add_heading("Report to Cabinet", level=0)
    _grid(document, [["Item", "Detail"],
                     ["Title", "Joint CCTV Control Room with Staffordshire Police: review of the first year and extension"],
                     ["Cabinet Member", "Councillor Priya Mistry, Cabinet Member for Safer Communities"],
                     ["Report of", "Director of Housing, Communities and Customer Services"],
                     ["Wards affected", "All"],
                     ["Key decision", "Yes (forward plan reference KD/2025/044)"],
                     ["Exempt information", "None"]], widths=[4, 12])
    document.add_heading("1. Recommendations", level=1)
    document.add_paragraph("1.1\tThat Cabinet notes the results of the first year of the joint control room.")
    document.add_paragraph("1.2\tThat Cabinet approves an extension of the partnership agreement with "
                           "the Chief Constable to 31 March 2029 at a council contribution of "
                           "£312,000 a year.")
    document.add_paragraph("1.3\tThat authority is delegated to the Director, in consultation with the "
                           "Cabinet Member, to agree the final terms.")
    document.add_heading("2. Reasons for the recommendations", level=1)
    document.add_paragraph("2.1\tThe agreement approved by Cabinet on 12 July 2023 (minute 41) ends on "
                           "31 March 2026. Extending it avoids a retender of the monitoring service "
                           "and keeps the control room open 24 hours a day.")
    document.add_heading("3. Background", level=1)
    document.add_paragraph("3.1\tThe council owns 214 public space cameras across the six towns. Until "
                           "2024 they were watched from the Civic Centre from 6pm to 2am only, by "
                           "a contracted security firm, and footage was requested by the police by "
                           "email.")
    document.add_heading("4. The joint control room: the first year", level=1)
    document.add_paragraph("4.1\tSince 1 July 2024 the cameras have been monitored around the clock from "
                           "a shared room at Hanley police station, where council CCTV operators sit "
                           "beside Staffordshire Police force control room dispatchers. Operators "
                           "can see live incidents on the police command and control system and "
                           "steer cameras to them without a phone call, and officers on the ground "
                           "hear from the operator over the police radio.")
    document.add_paragraph("4.2\tThe council funded the move of the monitoring equipment and six "
                           "operators transferred from the contractor under TUPE; the force "
                           "provided the room, radio licences and vetting.")
    document.add_paragraph("4.3\tIn the first twelve months operators spotted 1,906 incidents and "
                           "assisted in 612 arrests, against 298 in the previous year. The "
                           "average time from a request to footage being handed to an "
                           "investigator fell from eight days to under one. Missing people were "
                           "found on camera on 37 occasions.")
    document.add_paragraph("4.4\tA survey of 400 residents in March 2025 found 71% felt safer in Hanley "
                           "town centre after dark, up from 58% in 2023.")
    document.add_heading("5. Options considered", level=1)
    document.add_paragraph("5.1\tOption A, to return to council-only monitoring at the Civic Centre, "
                           "was rejected as it would lose the joint working described above. Option "
                           "B, to stop live monitoring, was rejected on safety grounds.")
    document.add_heading("6. Financial implications", level=1)
    document.add_paragraph("6.1\tThe council contribution of £312,000 a year is within the existing "
                           "Community Safety budget (cost centre 40213). Camera renewal is funded "
                           "separately from the capital programme.")
    document.add_heading("7. Legal implications", level=1)
    document.add_paragraph("7.1\tThe agreement is made under section 22A of the Police Act 1996. Both "
                           "parties remain joint controllers of the footage under data protection law.")
    document.add_heading("8. Equality and risk", level=1)
    document.add_paragraph("8.1\tAn equality impact assessment was updated in August 2025 and found no "
                           "disproportionate impact. The main risk is the renewal of the radio "
                           "licences, which sits with the force.")
    document.add_heading("9. Background papers", level=1)
    document.add_paragraph("Cabinet report, 12 July 2023, Joint CCTV Control Room; Partnership agreement "
                           "(restricted).")
    _bold_para(document, "Report author")
    document.add_paragraph("Mark Fenton, Community Safety Manager, 01782 232811, "
                           "mark.fenton@stoke.gov.uk")
    _save_docx(document, out / "stoke-on-trent-cabinet-report-joint-cctv-control-room.docx",
               "Cabinet report: Joint CCTV Control Room", "Stoke-on-Trent City Council")


# ------------------------ 5. A force's action plan responding to an HMICFRS cause of concern (Word)

def cleveland_cause_of_concern_plan(out: Path) -> None:
    """A force's published response to an HMICFRS cause of concern: the cause of concern quoted,
    the Deputy Chief Constable's statement ('we'), a landscape action plan table (Ref, Action,
    Lead, Due, Progress, Status) in which three progress entries describe pieces of work with
    results and the others are status lines, governance and next review."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    _header_footer(document, "OFFICIAL", "Cleveland Police | Response to HMICFRS cause of concern | v1.3")
    document.add_heading("Cleveland Police: response to the HMICFRS cause of concern on responding to "
                         "the public", level=1)
    document.add_paragraph("Action plan and progress update, June 2025")
    document.add_heading("The cause of concern", level=2)
    document.add_paragraph("\"The force does not answer emergency and non-emergency calls quickly "
                           "enough, and it does not assess the risk to callers well enough when "
                           "demand is high. This means vulnerable people may not get the help "
                           "they need.\" (HMICFRS PEEL inspection, published 14 November 2024)")
    document.add_paragraph("The inspectorate made three recommendations, numbered 1 to 3 below, to be "
                           "met within six months.")
    document.add_heading("Statement from the Deputy Chief Constable", level=2)
    document.add_paragraph("We accepted the cause of concern in full. We have put a Gold group in place, "
                           "chaired by me, which meets every fortnight, and we report progress to the "
                           "Police and Crime Commissioner's scrutiny meeting each month. The table "
                           "below shows where we are. - DCC Andrew Kellett")
    document.add_heading("Action plan", level=2)
    _grid(document, [
        ["Ref", "Action", "Lead", "Due", "Progress update", "Status"],
        ["1.1", "Recruit to the funded establishment of call handlers", "Head of Contact",
         "Mar 2025", "Establishment of 168 reached in February 2025; 22 in training.", "Complete"],
        ["1.2", "Reduce time to answer 101 calls", "Head of Contact", "Jun 2025",
         ["A 'call back' option now lets 101 callers keep their place in the queue and be rung "
          "back instead of waiting on the line. Built with the force's telephony supplier and tested "
          "with Age UK Teesside callers.",
          "Average 101 wait fell from 11 min 40 s to 3 min 55 s; abandoned calls fell from 32% to "
          "9% (Jan to May 2025)."], "Complete"],
        ["2.1", "Introduce a structured risk assessment at first contact", "Supt Control Room",
         "Apr 2025", ["All call handlers now use THRIVE+ prompts built into the call script. A "
                      "mental health nurse from Tees, Esk and Wear Valleys NHS Foundation Trust "
                      "sits in the control room 2pm to midnight and reviews every call tagged as "
                      "mental health before it is closed.",
                      "1,140 calls reviewed; in 212 the nurse arranged care without police "
                      "attendance. Repeat calls from the same callers fell by 26%."], "Complete"],
        ["2.2", "Audit of risk assessments", "Professional Standards", "Jul 2025",
         "First audit of 300 incidents due in July 2025.", "On track"],
        ["3.1", "Manage demand at peak times", "Supt Control Room", "Jun 2025",
         ["'Pending queue' review: a duty inspector and a dispatcher go through every incident "
          "waiting over an hour, three times a shift, and ring the caller to recheck risk, "
          "upgrade or close it. Copied from a Durham Constabulary practice after a peer visit.",
          "Incidents waiting over 24 hours fell from 310 a week to 47; 58 were upgraded after a "
          "call back."], "Complete"],
        ["3.2", "Publish call handling performance monthly", "Head of Corporate Comms", "Sep 2025",
         "Dashboard in build.", "On track"],
    ], widths=[1.2, 5, 3, 2, 12, 2.5])
    document.add_heading("Governance and next review", level=2)
    document.add_paragraph("This plan is reviewed by the Gold group on the first and third Tuesday of "
                           "each month. HMICFRS will revisit the force in autumn 2025 to decide "
                           "whether the cause of concern can be closed.")
    document.add_paragraph("Document owner: Force Performance Team, Ladgate Lane, Middlesbrough TS8 9EH.")
    _save_docx(document, out / "cleveland-police-hmicfrs-cause-of-concern-action-plan-2025-06.docx",
               "Response to HMICFRS cause of concern: action plan", "Cleveland Police")


# ----------------------- 6. A national innovation fund's book of project abstracts (Word)

def innovation_fund_abstracts(out: Path) -> None:
    """A national body's book of funded project abstracts: foreword, how projects were chosen,
    a summary table of awards, then one abstract per project under a bold reference line (not a
    heading style) with labelled lines: lead force, partners, award, abstract, results to date.
    Forces named by abbreviation (PSNI, BTP, GMP) and in Welsh (Heddlu Gogledd Cymru)."""
    import docx

    document = docx.Document()
    _header_footer(document, "Policing Innovation Fund 2024-25 | Project abstracts",
                   "National Police Chiefs' Council | Published May 2025")
    document.add_heading("Policing Innovation Fund 2024-25", level=0)
    document.add_paragraph("Book of funded project abstracts")
    document.add_heading("Foreword", level=1)
    document.add_paragraph("The fund received 96 bids from 38 forces this year, and we were able to "
                           "support 14. The abstracts below are a selection of the projects that "
                           "have reported early results. Each was written by the project team; we "
                           "have edited them only for length.")
    document.add_heading("How projects were chosen", level=1)
    document.add_paragraph("Bids were scored out of 100 by a panel of six against four criteria: "
                           "problem, evidence, scalability and value for money. No bid scoring below "
                           "60 was funded. Awards ranged from £40,000 to £250,000.")
    _grid(document, [["Ref", "Lead", "Award"],
                     ["PIF-24-03", "PSNI", "£186,000"],
                     ["PIF-24-07", "BTP", "£92,500"],
                     ["PIF-24-11", "Heddlu Gogledd Cymru", "£141,000"],
                     ["PIF-24-12", "GMP", "£240,000"]], widths=[3, 8, 4])
    document.add_heading("Project abstracts", level=1)

    def abstract(ref, title, lead, partners, award, text, results):
        _bold_para(document, f"{ref}  {title}", 11)
        document.add_paragraph(f"Lead force: {lead}")
        document.add_paragraph(f"Partners: {partners}")
        document.add_paragraph(f"Award: {award}")
        document.add_paragraph(text)
        document.add_paragraph(f"Results to date: {results}")

    abstract("PIF-24-03", "Translate on the doorstep", "PSNI",
             "Belfast Multi-Cultural Association; Ulster University", "£186,000",
             "Officers in Belfast responding to domestic abuse calls carry a tablet with a secure "
             "video link to on-demand interpreters in 42 languages, so a victim can speak in her own "
             "language at the first visit rather than through a child or neighbour.",
             "Used at 318 incidents in nine months; the share of non-English-speaking victims who "
             "supported a prosecution rose from 19% to 34%.")
    abstract("PIF-24-07", "Platform Edge", "BTP", "Network Rail; Samaritans", "£92,500",
             "Thermal cameras at four stations alert the BTP control room when someone stays near "
             "the platform edge for longer than a set time while trains pass, so staff or officers "
             "can go and talk to them.",
             "64 alerts led to a welfare conversation; 11 people were taken to a place of safety. "
             "No life-threatening incident at the four stations since installation.")
    abstract("PIF-24-11", "Ffermwyr Digidol (Digital Farmers)", "Heddlu Gogledd Cymru",
             "NFU Cymru; Dyfed-Powys Police rural crime team", "£141,000",
             "A shared, bilingual app lets farmers in North Wales and Dyfed-Powys register "
             "machinery and livestock markings and report suspicious vehicles directly to the two "
             "forces' rural crime teams, who see one map across the border.",
             "2,230 farms registered; quad bike and trailer thefts in the pilot area fell by 31% "
             "year on year.")
    abstract("PIF-24-12", "Custody Reset", "GMP", "Change Grow Live; Salford City Council", "£240,000",
             "Detainees aged 18 to 25 arrested for a first low-level offence are offered a "
             "conversation with a Change Grow Live worker in custody and a four-week programme "
             "instead of a charge where the victim agrees.",
             "412 young adults took part; 81% completed the programme and 12-month reoffending was "
             "14% against 29% in a comparison group.")
    document.add_heading("Evaluation", level=1)
    document.add_paragraph("Every project is independently evaluated. Final reports will be published "
                           "in spring 2026. Contact the fund team at innovation.fund@npcc.police.uk.")
    _save_docx(document, out / "npcc-policing-innovation-fund-2024-25-project-abstracts.docx",
               "Policing Innovation Fund 2024-25: project abstracts", "National Police Chiefs' Council")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    avon_somerset_prospectus(out)
    cps_area_update(out)
    dyfed_powys_welsh_language_report(out)
    stoke_cabinet_cctv_report(out)
    cleveland_cause_of_concern_plan(out)
    innovation_fund_abstracts(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
