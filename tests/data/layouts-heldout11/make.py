"""Write the binary documents of the eleventh held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout11/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a police and fire
collaboration board's highlight report, an NHS mental health trust's board paper with a police
liaison section, a council licensing sub-committee's notice of determination on a police review
application (no initiatives), a rights charity's police accountability report, an insurer's
countryside crime report, a safety advisory group's multi-agency event debrief report and a road
safety charity's campaign partner toolkit. The HTML, Markdown and plain-text documents beside this
script are written by hand; manifest.json lists every document's intended initiatives.

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


# ------------------ 1. A police and fire collaboration board's highlight report (PDF, landscape)

NC_NAVY = colors.HexColor("#1b2a4a")
NC_BODY = ParagraphStyle("ncbody", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
NC_H = ParagraphStyle("nch", parent=NC_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                      textColor=NC_NAVY, spaceBefore=7, spaceAfter=4, keepWithNext=1)
NC_H_LOOSE = ParagraphStyle("nchloose", parent=NC_H, keepWithNext=0)
NC_TITLE = ParagraphStyle("nctitle", parent=NC_BODY, fontName="Helvetica-Bold", fontSize=17, leading=21,
                          textColor=NC_NAVY, spaceAfter=6)
NC_CELL = ParagraphStyle("nccell", parent=NC_BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
NC_HEAD = ParagraphStyle("nchead", parent=NC_CELL, fontName="Helvetica-Bold", textColor=colors.white)
NC_RAG = {"GREEN": colors.HexColor("#b7dfb9"), "AMBER": colors.HexColor("#ffd98a"),
          "RED": colors.HexColor("#f4a6a6")}


def _nc_page(canvas, doc):
    width, height = landscape(A4)
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(width / 2, height - 24, "OFFICIAL")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(40, height - 38, "Northamptonshire Emergency Services Collaboration Programme")
    canvas.drawRightString(width - 40, height - 38, "Collaboration Board, 14 October 2025 | Item 6")
    canvas.setStrokeColor(NC_NAVY)
    canvas.line(40, height - 43, width - 40, height - 43)
    canvas.drawString(40, 26, "Highlight report: Quarter 2 2025/26 (July to September)")
    canvas.drawRightString(width - 40, 26, f"Page {doc.page} of 2")
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(width / 2, 14, "OFFICIAL")
    canvas.restoreState()


def northamptonshire_collaboration_highlight_report(out: Path) -> None:
    """A joint police and fire collaboration programme's quarterly highlight report to its board
    (landscape): labelled cover table, purpose and summary, a workstream table (Workstream, Lead,
    RAG, Progress this quarter, Next quarter) in which three progress cells are pieces of work with
    results (officers' Safe and Well referrals to the fire service; a joint drone unit; a joint
    arson task group with a council) and three are status lines (a feasibility study, a business
    case, a supplier delay); risks and issues log, decisions required, finance table, next
    meeting."""
    width, height = landscape(A4)
    doc = BaseDocTemplate(str(out / "northamptonshire-police-fire-collaboration-board-highlight-report-2025-q2.pdf"),
                          pagesize=landscape(A4), leftMargin=40, rightMargin=40, topMargin=52, bottomMargin=40,
                          title="Collaboration Board highlight report Q2 2025/26",
                          author="Joint Collaboration Office", invariant=1)
    doc.addPageTemplates([PageTemplate("main", frames=[Frame(40, 40, width - 80, height - 92)],
                                       onPage=_nc_page)])
    p = lambda text, style=NC_BODY: Paragraph(text, style)  # noqa: E731
    full = width - 80
    cover = Table([[p("<b>Programme</b>", NC_CELL), p("Northamptonshire Emergency Services Collaboration "
                                                       "Programme (Northamptonshire Police and "
                                                       "Northamptonshire Fire and Rescue Service)", NC_CELL),
                    p("<b>Reporting period</b>", NC_CELL), p("1 July to 30 September 2025", NC_CELL)],
                   [p("<b>Senior responsible owners</b>", NC_CELL),
                    p("Deputy Chief Constable; Deputy Chief Fire Officer", NC_CELL),
                    p("<b>Programme manager</b>", NC_CELL), p("Priya Lakhani, Joint Collaboration Office", NC_CELL)],
                   [p("<b>Overall status</b>", NC_CELL), p("AMBER (Quarter 1: AMBER)", NC_CELL),
                    p("<b>Report version</b>", NC_CELL), p("v1.0, 6 October 2025", NC_CELL)]],
                  colWidths=[120, full / 2 - 120, 120, full / 2 - 120])
    cover.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e3e8f2")),
                               ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e3e8f2")),
                               ("BACKGROUND", (1, 2), (1, 2), NC_RAG["AMBER"]),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    widths = [30, 112, 118, 46, full - 30 - 112 - 118 - 46 - 150, 150]
    rows = [
        ["No.", "Workstream", "Lead", "RAG", "Progress this quarter", "Next quarter"],
        ["3.1", "Shared estates", "Head of Estates (Police)", "AMBER",
         "The co-location feasibility study for Daventry and Towcester was commissioned from an external "
         "surveyor in August. The Brixworth shared station lease is still with the landlord's solicitors.",
         "Feasibility report to the Board in January 2026."],
        ["3.2", "Safe and Well referrals", "Community Safety Manager (Fire); Superintendent, Neighbourhood "
         "Policing", "GREEN",
         "Since April, neighbourhood officers and PCSOs have referred residents they are worried about for a "
         "fire service Safe and Well visit through one shared online form, instead of a phone call to "
         "the fire control room. In the half year officers made 684 referrals; crews completed 601 visits, "
         "fitted 1,236 smoke alarms and found 73 homes with no working alarm. 41 residents were referred on "
         "to adult social care.",
         "Extend the form to response officers and custody."],
        ["3.3", "Joint drone unit", "Chief Inspector, Operations Support", "GREEN",
         "The police drone team and the fire service's two drone pilots have worked as one unit from Darby "
         "House since May, on a single rota with shared aircraft. This quarter the unit flew 212 deployments "
         "(158 police, 54 fire) and found 11 missing people. The average time to get a drone over a fire "
         "scene has fallen from 52 minutes to 19.",
         "CAA operating permission renewal due in December."],
        ["3.4", "Deliberate fires, Corby and Kettering", "Arson Reduction Manager (Fire)", "GREEN",
         "The joint arson task group (fire arson reduction officers, the Corby and Kettering neighbourhood "
         "teams and North Northamptonshire Council's environmental crime team) cleared 96 tonnes of "
         "fly-tipped and stored waste from 38 hotspots; officers issued 14 Community Protection Warnings. "
         "Deliberate secondary fires in the two towns fell from 311 in Q2 2024/25 to 187 this quarter.",
         "Decide whether to extend the task group to Wellingborough."],
        ["3.5", "Joint fleet workshop", "Head of Fleet (Fire)", "AMBER",
         "Business case approved by the Commissioner on 3 September 2025. Site search continuing; no "
         "suitable site identified yet.",
         "Shortlist of sites to the Board."],
        ["3.6", "Enabling services (HR and payroll)", "Chief Finance Officer (OPFCC)", "RED",
         "The supplier has moved go-live for the shared HR and payroll system from October 2025 to "
         "April 2026. No impact on pay so far.",
         "Exception report at item 7."],
    ]
    progress = _table(rows, widths, NC_CELL, NC_NAVY, head_style=NC_HEAD)
    rag_styles = []
    for r, row in enumerate(rows[1:], start=1):
        rag_styles.append(("BACKGROUND", (3, r), (3, r), NC_RAG[row[3]]))
    progress.setStyle(TableStyle(rag_styles))
    risk_widths = [36, 300, 56, 50, 44, 110, full - 36 - 300 - 56 - 50 - 44 - 110]
    risks = _table([["Ref", "Risk or issue", "Likelihood", "Impact", "Score", "Owner", "Mitigation"],
                    ["R07", "Payroll go-live delay leads to six months of dual running costs", "4", "4", "16",
                     "Chief Finance Officer", "Change request CR-014 (section 5)"],
                    ["R11", "Two of the five drone aircraft reach end of life in 2026", "3", "3", "9",
                     "Chief Inspector, Operations Support", "Replacement in 2026/27 capital bid"],
                    ["I03", "Brixworth lease not signed; crews may have to move out", "-", "3", "-",
                     "Head of Estates (Police)", "Escalated to the landlord's agent"]],
                   risk_widths, NC_CELL, NC_NAVY, head_style=NC_HEAD)
    money = _table([["Workstream", "Budget 2025/26", "Spent to 30 September", "Forecast outturn"],
                    ["Shared estates", "£220,000", "£38,500", "£190,000"],
                    ["Safe and Well referrals", "£15,000", "£6,200", "£14,000"],
                    ["Joint drone unit", "£64,000", "£29,800", "£61,000"],
                    ["Deliberate fires", "£40,000", "£22,100", "£40,000"],
                    ["Joint fleet workshop", "£75,000", "£4,000", "£30,000"],
                    ["Enabling services", "£310,000", "£151,000", "£358,000"],
                    ["<b>Total</b>", "<b>£724,000</b>", "<b>£251,600</b>", "<b>£693,000</b>"]],
                   [220, 140, 140, 140], NC_CELL, NC_NAVY, head_style=NC_HEAD)
    story = [
        p("Highlight Report to the Collaboration Board", NC_TITLE),
        cover,
        Spacer(1, 6),
        p("1. Purpose", NC_H),
        p("This report updates the Board on the six workstreams of the collaboration programme, which "
          "Northamptonshire Police and Northamptonshire Fire and Rescue Service run together under the duty "
          "to collaborate in section 2 of the Policing and Crime Act 2017. It is for assurance. Decisions "
          "required are set out in section 5."),
        p("2. Summary", NC_H),
        p("Three workstreams are green. Shared estates and the fleet workshop remain amber because sites "
          "and leases are outside our control. Enabling services is red after the supplier's delay, and an "
          "exception report follows at item 7. Overall status is unchanged at amber."),
        p("3. Workstream progress", NC_H_LOOSE),
        progress,
        p("4. Risks and issues", NC_H),
        risks,
        Spacer(1, 4),
        p("Scores are likelihood multiplied by impact, each on a scale of 1 to 5. Risks scoring 15 or more "
          "are reported to the Commissioner's Joint Audit Committee."),
        p("5. Decisions required", NC_H),
        p("5.1&nbsp;&nbsp;The Board is asked to note the report."),
        p("5.2&nbsp;&nbsp;The Board is asked to approve change request CR-014: extending the current payroll "
          "contract by six months at a cost of £48,000, to be met from the enabling services budget."),
        p("6. Finance", NC_H),
        money,
        p("7. Next meeting", NC_H),
        p("The next Collaboration Board meets on 13 January 2026 at Darby House, Wellingborough NN8 2BJ. "
          "Questions about this report to the Joint Collaboration Office: collaboration@northantsesc.gov.uk."),
    ]
    doc.build(story)


# ------------------ 2. A council licensing sub-committee's notice of determination (PDF)

BP_BODY = ParagraphStyle("bpbody", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
BP_PARA = ParagraphStyle("bppara", parent=BP_BODY, leftIndent=30, firstLineIndent=-30)
BP_SUB = ParagraphStyle("bpsub", parent=BP_BODY, leftIndent=52, firstLineIndent=-22)
BP_H = ParagraphStyle("bph", parent=BP_BODY, fontName="Times-Bold", spaceBefore=6, keepWithNext=1)
BP_TITLE = ParagraphStyle("bptitle", parent=BP_BODY, fontName="Times-Bold", fontSize=14, leading=18,
                          alignment=TA_CENTER, spaceAfter=4)
BP_CENTRE = ParagraphStyle("bpcentre", parent=BP_BODY, alignment=TA_CENTER)
BP_CELL = ParagraphStyle("bpcell", parent=BP_BODY, fontSize=10, leading=12.5, spaceAfter=0)


def _bp_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Times-Bold", 9)
    canvas.drawCentredString(width / 2, height - 28, "OFFICIAL")
    canvas.setFont("Times-Roman", 9)
    canvas.drawString(60, 30, "Blackpool Council Licensing Service | Ref: LIC/REV/2025/011")
    canvas.drawRightString(width - 60, 30, f"Page {doc.page} of 2")
    canvas.restoreState()


def blackpool_licensing_determination(out: Path) -> None:
    """A council licensing sub-committee's notice of determination on a premises licence review
    applied for by the police (no initiatives): letterhead, labelled case table, numbered sections:
    the application, representations, the police case (incident counts and one joint visit to the
    premises, casework), the licence holder's case, findings, the determination with a schedule of
    new conditions (future requirements), reasons and the right of appeal."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "blackpool-council-licensing-sub-committee-determination-premises-review.pdf"),
                          pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=48,
                          title="Notice of Determination: review of premises licence PL/2019/0642",
                          author="Blackpool Council", invariant=1)
    doc.addPageTemplates([PageTemplate("main", frames=[Frame(60, 48, width - 120, height - 98)],
                                       onPage=_bp_page)])
    p = lambda text, style=BP_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda num, text: Paragraph(f"{num}&nbsp;&nbsp;&nbsp;&nbsp;{text}", BP_PARA)  # noqa: E731
    s = lambda letter, text: Paragraph(f"({letter})&nbsp;&nbsp;{text}", BP_SUB)  # noqa: E731
    case = Table([[p(f"<b>{label}</b>", BP_CELL), p(value, BP_CELL)] for label, value in [
        ("Premises", "The Gull &amp; Anchor, 27 Dickson Road, Blackpool FY1 2AX"),
        ("Premises licence number", "PL/2019/0642"),
        ("Premises licence holder", "Coastline Leisure (NW) Ltd"),
        ("Applicant for review", "Chief Officer of Police, Lancashire Constabulary"),
        ("Date of hearing", "18 September 2025"),
        ("Sub-Committee", "Councillors M Hargreaves (Chair), T Collins and S Patel"),
        ("Date of this notice", "23 September 2025")]], colWidths=[150, width - 120 - 150])
    case.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        p("BLACKPOOL COUNCIL", BP_TITLE),
        p("Licensing Service, Municipal Buildings, Corporation Street, Blackpool FY1 1GB", BP_CENTRE),
        Spacer(1, 6),
        p("LICENSING ACT 2003", BP_TITLE),
        p("NOTICE OF DETERMINATION", BP_TITLE),
        p("Application for the review of a premises licence under section 51", BP_CENTRE),
        Spacer(1, 4),
        case,
        Spacer(1, 6),
        p("1. The application", BP_H),
        n("1.1", "On 24 July 2025 Lancashire Constabulary applied for a review of the premises licence on the "
          "grounds that the licensing objectives of the prevention of crime and disorder and public safety "
          "were being undermined. The application was advertised for 28 days as the Act requires."),
        p("2. Representations", BP_H),
        n("2.1", "Representations were received from the Licensing Authority as a responsible authority, from "
          "four residents of Dickson Road and Cocker Street, and from eleven customers of the premises in "
          "support of the licence holder."),
        p("3. The police case", BP_H),
        n("3.1", "PC 2241 Dean Whitworth, the licensing officer for Blackpool, told the Sub-Committee that the "
          "police had recorded 23 incidents at or connected with the premises between 1 January and 31 July "
          "2025, including nine assaults, two of them causing serious injury, and four incidents of "
          "drug supply inside the premises."),
        n("3.2", "On 2 August 2025 police and council licensing officers made a joint visit at 01:40. They "
          "found that two of the three door supervisors were not licensed by the Security Industry "
          "Authority, that the CCTV system had not recorded since 19 July, and that the incident book had "
          "no entries for six weeks."),
        n("3.3", "An action plan agreed with the licence holder on 12 March 2025 had not been followed. The "
          "police asked the Sub-Committee to revoke the licence."),
        p("4. The licence holder's case", BP_H),
        n("4.1", "Mr Lee Fairclough, director of Coastline Leisure (NW) Ltd, accepted the failings. Since the "
          "application the company had appointed a new designated premises supervisor, changed its security "
          "contractor and had the CCTV system repaired. He asked the Sub-Committee to impose conditions "
          "rather than revoke."),
        p("5. Findings", BP_H),
        n("5.1", "The Sub-Committee found the police evidence clear and credible. It accepted that the "
          "licence holder had begun to put matters right, but only after the review was applied for."),
        p("6. Determination", BP_H),
        n("6.1", "The Sub-Committee has determined to:"),
        s("a", "suspend the premises licence for six weeks;"),
        s("b", "remove Mr Craig Dewhurst as designated premises supervisor; and"),
        s("c", "modify the conditions of the licence by adding the conditions in the Schedule below."),
        p("7. Reasons", BP_H),
        n("7.1", "The Sub-Committee considered the Council's Statement of Licensing Policy and the guidance "
          "issued under section 182 of the Act. Revocation would be disproportionate now that a new "
          "supervisor and security contractor are in place; a suspension marks the seriousness of the "
          "failings and the new conditions address their causes."),
        p("Schedule of conditions", BP_H),
        s("1", "A CCTV system shall cover all public areas and the entrance, record at all times the premises "
          "are open, and keep recordings for 31 days, to be supplied to police on request."),
        s("2", "Two door supervisors licensed by the Security Industry Authority shall be on duty from 21:00 "
          "on Fridays, Saturdays and bank holidays until the premises close."),
        s("3", "The licence holder shall be a member of Blackpool Pubwatch and attend its meetings."),
        s("4", "No customer shall be admitted after 01:00."),
        s("5", "An incident book shall be kept and shown to police or council officers on request."),
        p("8. Right of appeal", BP_H),
        n("8.1", "The licence holder, the police and any person who made a representation may appeal to the "
          "magistrates' court within 21 days of receiving this notice. The determination does not take "
          "effect until the end of the period for appeal or, if an appeal is made, until it is disposed of."),
        Spacer(1, 10),
        p("Signed on behalf of the Licensing Sub-Committee"),
        p("<b>Head of Licensing Service</b>"),
    ]
    doc.build(story)


# ------------------ 3. A rights charity's police accountability report (PDF, two columns)

HR_RED = colors.HexColor("#9c1c2b")
HR_BODY = ParagraphStyle("hrbody", fontName="Helvetica", fontSize=9.3, leading=12.6, spaceAfter=6)
HR_H = ParagraphStyle("hrh", parent=HR_BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                      textColor=HR_RED, spaceBefore=6, spaceAfter=4, keepWithNext=1)
HR_H3 = ParagraphStyle("hrh3", parent=HR_BODY, fontName="Helvetica-Bold", fontSize=10, leading=13,
                       spaceBefore=3, spaceAfter=3, keepWithNext=1)
HR_TITLE = ParagraphStyle("hrtitle", parent=HR_BODY, fontName="Helvetica-Bold", fontSize=19, leading=23,
                          textColor=HR_RED, spaceAfter=4)
HR_STAND = ParagraphStyle("hrstand", parent=HR_BODY, fontSize=11, leading=14.5)
HR_CELL = ParagraphStyle("hrcell", parent=HR_BODY, fontSize=8.3, leading=10.3, spaceAfter=0)
HR_BOXTEXT = ParagraphStyle("hrbox", parent=HR_BODY, fontSize=8.8, leading=11.6, spaceAfter=3)


def _hr_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(HR_RED)
    canvas.rect(0, height - 24, width, 24, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(40, height - 16, "HALDANE RIGHTS TRUST")
    canvas.drawRightString(width - 40, height - 16, "Police Accountability Series No. 4")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(40, 20, "haldanerights.org.uk | Registered charity 1187342")
    canvas.drawRightString(width - 40, 20, str(doc.page))
    canvas.restoreState()


def haldane_rights_trust_report(out: Path) -> None:
    """A community rights charity's police accountability report on strip searches of children
    (two columns, two pages): title and key findings box across the top; foreword as the charity's
    'we'; method (FOI requests); findings with a table; a young person's story box (not work);
    'Signs of change' with two forces' changes with results (one force alone with a city council,
    two forces with an appropriate adult network); the charity's own rights workshops with a law
    clinic network (no force); recommendations and a 'support our work' box."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "haldane-rights-trust-strip-searches-of-children-report-2025.pdf"),
                          pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=36,
                          title="Searched, not safeguarded?", author="Haldane Rights Trust", invariant=1)
    gap = 18
    col = (width - 80 - gap) / 2
    top_h = 168
    top = Frame(40, height - 36 - top_h, width - 80, top_h, id="top")
    left1 = Frame(40, 36, col, height - 76 - top_h, id="l1")
    right1 = Frame(40 + col + gap, 36, col, height - 76 - top_h, id="r1")
    left = Frame(40, 36, col, height - 76, id="l")
    right = Frame(40 + col + gap, 36, col, height - 76, id="r")
    doc.addPageTemplates([PageTemplate("first", frames=[top, left1, right1], onPage=_hr_page),
                          PageTemplate("later", frames=[left, right], onPage=_hr_page)])
    p = lambda text, style=HR_BODY: Paragraph(text, style)  # noqa: E731
    findings = _box([p("<b>Key findings</b>", HR_BOXTEXT),
                     p("&bull; Forces in England and Wales told us they strip searched children 3,412 times in "
                       "2022, 2023 and 2024.", HR_BOXTEXT),
                     p("&bull; In more than half of those searches no appropriate adult was recorded as "
                       "present.", HR_BOXTEXT),
                     p("&bull; Black children were six times as likely as white children to be strip "
                       "searched.", HR_BOXTEXT),
                     p("&bull; Only nine forces could tell us how many searches found anything.", HR_BOXTEXT)],
                    width - 80, colors.HexColor("#f7e9eb"), HR_RED)
    table = _table([["Year", "Strip searches of children", "Appropriate adult recorded", "Black children"],
                    ["2022", "1,048", "44%", "31%"],
                    ["2023", "1,163", "46%", "33%"],
                    ["2024", "1,201", "51%", "32%"]],
                   [col * 0.16, col * 0.30, col * 0.30, col * 0.24], HR_CELL, colors.HexColor("#f0d3d7"))
    story = [
        NextPageTemplate("later"),
        p("Searched, not safeguarded?", HR_TITLE),
        p("Police strip searches of children in England and Wales, 2022 to 2024", HR_STAND),
        p("November 2025", HR_BODY),
        findings,
        FrameBreak(),
        p("Foreword", HR_H),
        p("When we began this work three years ago, most forces could not tell us how often they strip "
          "searched children. Many still cannot. That is not a paperwork problem: a search that is not "
          "recorded cannot be questioned, and a child who is not asked how it felt cannot be heard."),
        p("This report is not an attack on officers, many of whom told us they were uneasy about what they "
          "had been asked to do. It is a call to treat every child searched as a child first."),
        p("<b>Marcus Adebayo-Reid</b>, Director"),
        p("How we did this", HR_H),
        p("In January 2025 we sent Freedom of Information requests to the 43 territorial forces in England "
          "and Wales and to British Transport Police. 41 replied in full and three in part. We asked for "
          "strip searches of under-18s on the street and in custody, by age, ethnicity and whether an "
          "appropriate adult was present. We also interviewed 26 young people and 14 officers."),
        p("What we found", HR_H),
        table,
        Spacer(1, 5),
        p("Recording has improved a little, but in 2024 almost half of all searches still had no "
          "appropriate adult on record. Eleven forces could not separate searches on the street from "
          "searches in custody."),
        _box([p("<b>Ayo's story</b>", HR_BOXTEXT),
              p("&ldquo;They said it was for my safety. There was no one there for me, just two officers "
                "I didn't know. Nothing was found. Nobody told my mum until I got home.&rdquo; Ayo was 14. "
                "His name has been changed.", HR_BOXTEXT)],
             col, colors.HexColor("#f4f4f4"), colors.HexColor("#999999")),
        Spacer(1, 6),
        p("What young people and officers told us", HR_H),
        p("Of the 26 young people we interviewed, 21 said nobody explained why they were being searched, "
          "and 17 said they had not known they could ask for an adult. Several officers said they had "
          "searched children in custody because it was the suite's routine, not because of anything the "
          "child had done. One sergeant told us: &ldquo;Nobody ever asked me to justify it afterwards.&rdquo;"),
        p("Signs of change", HR_H),
        p("Not every force stood still. Two examples show what can change when a force takes the problem "
          "seriously."),
        p("West Midlands Police", HR_H3),
        p("Since January 2024 West Midlands Police has required every strip search of a child to be "
          "reviewed within 72 hours by a safeguarding sergeant who did not take part, and every child "
          "searched to be referred to Birmingham City Council's children's services for a welfare "
          "conversation. Strip searches of children in the force area fell from 118 in 2023 to 61 in 2024, "
          "and all 61 were reviewed."),
        p("Durham and Cleveland", HR_H3),
        p("Durham Constabulary and Cleveland Police set up a shared on-call rota with the North East "
          "Appropriate Adult Network in April 2024, so that a trained volunteer can reach any custody suite "
          "in the two force areas at any hour. The average wait for an appropriate adult fell from two "
          "hours 40 minutes to 48 minutes, and in 2024 the two forces recorded an appropriate adult at 97% "
          "of strip searches of children, against a national figure of 51%."),
        p("Our own work", HR_H),
        p("Know your rights", HR_H3),
        p("Young people told us they did not know what a search could involve or what they could ask for. "
          "So in 2024-25 we ran Know Your Rights workshops in youth clubs with the Northern Youth Law "
          "Network, whose volunteer law students co-deliver each session. We reached 1,140 young people "
          "in 52 youth clubs in Leeds, Bradford and Middlesbrough. Afterwards 86% could name three of their "
          "rights during a search, against 19% before."),
        p("Recommendations", HR_H),
        p("1. The Home Office should make recording of every strip search of a child, with the presence of "
          "an appropriate adult, a mandatory annual data return."),
        p("2. Every force should review each strip search of a child within 72 hours and refer the child "
          "for a welfare conversation."),
        p("3. The College of Policing should revise its guidance so that an appropriate adult is present "
          "unless there is an immediate risk to life."),
        p("4. Forces should publish their figures each year, by age and ethnicity."),
        p("What you can do", HR_H),
        p("If you are a parent or carer and your child has been searched, you can ask the force for a copy "
          "of the search record within twelve months. If you are unhappy with how it was done, you can "
          "complain to the force, and you can ask the Independent Office for Police Conduct to review how "
          "your complaint was handled."),
        p("Acknowledgements", HR_H),
        p("We thank the young people who spoke to us, the youth workers who made the interviews possible, "
          "and the officers who talked to us in confidence. This report was funded by our supporters and by "
          "the Aldgate Fund. The views in it are ours."),
        _box([p("<b>Support our work</b>", HR_BOXTEXT),
              p("We take no money from government or the police. To donate, visit haldanerights.org.uk/give "
                "or write to Haldane Rights Trust, 4 Marsden Yard, Leeds LS2 7HQ.", HR_BOXTEXT)],
             col, colors.HexColor("#f7e9eb"), HR_RED),
    ]
    doc.build(story)


# ------------------ 4. An insurer's countryside crime report (PDF, two columns)

SM_GREEN = colors.HexColor("#2f5d34")
SM_BODY = ParagraphStyle("smbody", fontName="Helvetica", fontSize=9.2, leading=12.4, spaceAfter=6)
SM_H = ParagraphStyle("smh", parent=SM_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15,
                      textColor=SM_GREEN, spaceBefore=6, spaceAfter=4, keepWithNext=1)
SM_KICK = ParagraphStyle("smkick", parent=SM_BODY, fontName="Helvetica-Bold", fontSize=7.5,
                         textColor=colors.HexColor("#8a6d1f"), spaceAfter=1, keepWithNext=1)
SM_H3 = ParagraphStyle("smh3", parent=SM_BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                       spaceAfter=3, keepWithNext=1)
SM_TITLE = ParagraphStyle("smtitle", parent=SM_BODY, fontName="Helvetica-Bold", fontSize=22, leading=26,
                          textColor=SM_GREEN)
SM_STAND = ParagraphStyle("smstand", parent=SM_BODY, fontSize=11, leading=14.5)
SM_CELL = ParagraphStyle("smcell", parent=SM_BODY, fontSize=8.3, leading=10.3, spaceAfter=0)
SM_BOXTEXT = ParagraphStyle("smbox", parent=SM_BODY, fontSize=8.8, leading=11.4, spaceAfter=3)


def _sm_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(SM_GREEN)
    canvas.rect(0, height - 22, width, 22, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(40, height - 15, "Shire Mutual")
    canvas.drawRightString(width - 40, height - 15, "Countryside Crime Report 2025")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(40, 20, "shiremutual.co.uk/countrysidecrime")
    canvas.drawRightString(width - 40, 20, str(doc.page))
    canvas.restoreState()


def shire_mutual_countryside_crime_report(out: Path) -> None:
    """A rural insurer's yearly countryside crime report (two columns, two pages): title across the
    page, foreword as the insurer's 'we', an 'at a glance' box, a cost-by-region table, what is being
    stolen (claims figures, not work), then 'Working together' with three regional spotlights under
    kicker labels (two forces' joint patrols across their boundary; a Welsh force with a farming
    union; a force with a national park authority and commoners' volunteers) and the insurer's own
    marking and tracker offer with an installer (no force); a checklist of advice, about this report
    (method), media contacts and regulatory small print."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "shire-mutual-countryside-crime-report-2025.pdf"), pagesize=A4,
                          leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=36,
                          title="Countryside Crime Report 2025", author="Shire Mutual", invariant=1)
    gap = 18
    col = (width - 80 - gap) / 2
    top_h = 112
    top = Frame(40, height - 34 - top_h, width - 80, top_h, id="top")
    left1 = Frame(40, 36, col, height - 74 - top_h, id="l1")
    right1 = Frame(40 + col + gap, 36, col, height - 74 - top_h, id="r1")
    left = Frame(40, 36, col, height - 74, id="l")
    right = Frame(40 + col + gap, 36, col, height - 74, id="r")
    doc.addPageTemplates([PageTemplate("first", frames=[top, left1, right1], onPage=_sm_page),
                          PageTemplate("later", frames=[left, right], onPage=_sm_page)])
    p = lambda text, style=SM_BODY: Paragraph(text, style)  # noqa: E731
    regions = _table([["Region", "Cost 2024", "Change on 2023"],
                      ["North West", "£4.9m", "+11.3%"],
                      ["North East", "£2.6m", "+4.1%"],
                      ["Yorkshire", "£5.2m", "+8.8%"],
                      ["East Midlands", "£4.4m", "-3.9%"],
                      ["West Midlands", "£4.1m", "+6.0%"],
                      ["East of England", "£6.3m", "+9.4%"],
                      ["South East", "£5.0m", "+7.7%"],
                      ["South West", "£5.6m", "+5.2%"],
                      ["Wales", "£3.5m", "+12.6%"],
                      ["<b>UK total</b>", "<b>£41.6m</b>", "<b>+7.2%</b>"]],
                     [col * 0.46, col * 0.24, col * 0.30], SM_CELL, colors.HexColor("#dfe9da"))
    story = [
        NextPageTemplate("later"),
        p("Countryside Crime Report 2025", SM_TITLE),
        p("What our members' claims tell us about theft and damage on farms and rural businesses, and "
          "what is working to stop it", SM_STAND),
        p("Published 8 July 2025", SM_BODY),
        FrameBreak(),
        p("Foreword", SM_H),
        p("Countryside crime cost our members £41.6 million last year, 7.2% more than in 2023. Behind "
          "every claim is a farmer who has lost a day's work, or a season's. We publish this report every "
          "year so that farmers, police and government can see where the problem is worst and what is "
          "making a difference."),
        p("This year there is some good news. Where police forces, farming groups and local people work "
          "together, the claims fall. We have set out four examples below, including our own."),
        p("<b>Helen Marriott</b>, Chief Executive"),
        _box([p("<b>At a glance</b>", SM_BOXTEXT),
              p("&bull; £41.6m cost of theft claims in 2024, up 7.2%", SM_BOXTEXT),
              p("&bull; GPS kits the most claimed-for item for the third year", SM_BOXTEXT),
              p("&bull; Livestock theft up 14% in Wales and the South West", SM_BOXTEXT),
              p("&bull; The East Midlands the only region where costs fell", SM_BOXTEXT)],
             col, colors.HexColor("#f1f5ee"), SM_GREEN),
        Spacer(1, 6),
        p("Cost by region", SM_H),
        regions,
        Spacer(1, 6),
        p("What is being stolen", SM_H),
        p("GPS guidance kits taken from tractor cabs accounted for £9.8m of claims, with single kits worth "
          "up to £14,000. Quad bikes and side-by-sides cost £7.1m. Livestock claims rose to £3.4m, and "
          "fuel and heating oil to £2.2m as prices stayed high. Most GPS thefts happen between midnight "
          "and 4am, and often several farms in one area are hit on the same night."),
        p("Working together", SM_H),
        p("Our claims figures show what can be done when farmers, police and partners work together. Here "
          "are four examples from the past year."),
        p("EAST MIDLANDS", SM_KICK),
        p("Two forces, one boundary", SM_H3),
        p("Thieves had worked out that the county boundary between Leicestershire and Northamptonshire "
          "slowed the police down. From October 2024 the rural crime teams of Leicestershire Police and "
          "Northamptonshire Police ran Operation Harrow: joint night patrols along the boundary between "
          "Market Harborough and Lutterworth, with officers of both forces in the same cars, shared "
          "ANPR alerts and one WhatsApp group for farmers on both sides. Over the winter our GPS theft "
          "claims from the area fell by 46%, the forces made 12 arrests and nine stolen kits were "
          "returned to their owners."),
        p("WALES", SM_KICK),
        p("Leads on in Eryri", SM_H3),
        p("North Wales Police's rural crime team and the Farmers' Union of Wales put up 600 bilingual "
          "signs and ran weekend patrols at 14 car parks in Eryri during the 2025 lambing season, "
          "talking to dog walkers about keeping dogs on leads. Reports of sheep worrying in the area "
          "fell from 61 in the 2024 lambing season to 38, and our livestock attack claims from "
          "Gwynedd halved."),
        p("SOUTH WEST", SM_KICK),
        p("Eyes on the moor", SM_H3),
        p("Devon and Cornwall Police's Dartmoor rural crime team set up Moorwatch with the Dartmoor "
          "National Park Authority and the Dartmoor Commoners' Council. Forty-two trained volunteers, "
          "most of them commoners, drive set routes across the moor at night and report suspicious "
          "vehicles through an app straight to the team. Thefts of sheep and ponies from the commons "
          "fell from 24 in 2023 to nine in 2024."),
        p("OUR OWN WORK", SM_KICK),
        p("Tag it back", SM_H3),
        p("In 2024 we offered every member with a quad bike or GPS kit a free forensic marking kit and "
          "half-price tracker fitting through our installer partner Fieldtrack Telematics. 3,900 members "
          "took up the offer. Theft claims on marked and tracked quad bikes were 64% lower than on "
          "unmarked ones, and 31 tracked machines were recovered."),
        _box([p("<b>Protect your farm: our checklist</b>", SM_BOXTEXT),
              p("Take GPS screens and receivers out of cabs at night. Mark and register machinery. Lock "
                "fuel tanks and fit an alarm. Join your local farm watch group. Report suspicious "
                "vehicles to 101, or 999 if a crime is happening now.", SM_BOXTEXT)],
             col, colors.HexColor("#f1f5ee"), SM_GREEN),
        Spacer(1, 6),
        p("About this report", SM_H),
        p("The figures are based on 8,914 theft and malicious damage claims made by Shire Mutual members "
          "between 1 January and 31 December 2024, grossed up to the UK using our share of the farm "
          "insurance market. Regional figures are rounded to the nearest £0.1m."),
        p("<b>Media enquiries:</b> press office, 01789 555 014 or press@shiremutual.co.uk."),
        p("Shire Mutual Insurance Society Limited is authorised by the Prudential Regulation Authority and "
          "regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Firm "
          "Reference Number 117654). Registered office: Tiddington Road, Stratford-upon-Avon CV37 7BJ.",
          SM_CELL),
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


# ------------------ 5. An NHS mental health trust's board paper with a police liaison section (Word)

def wolds_humber_trust_board_paper(out: Path) -> None:
    """A public board paper of an NHS mental health trust (Word, heading styles): running header with
    meeting and agenda item, footer with the trust's name; a labelled cover table (purpose ticks,
    committee route, strategic objective and board assurance risk), purpose, recommendation,
    Mental Health Act activity table and section 136 figures (context), then 'Police liaison' with
    Right Care, Right Person meeting business (not work) and two pieces of work with the force
    (a place of safety handover coordinator; joint risk grading of patients absent without leave),
    CQC monitoring visits with actions, equality, risks and a glossary appendix."""
    import docx

    document = docx.Document()
    _header_footer(document, "Board of Directors (Public) | 25 September 2025 | Agenda item 14",
                   "Wolds and Humber Mental Health NHS Foundation Trust")
    document.add_heading("Mental Health Act and Police Liaison Report: Quarter 1 2025/26", level=0)
    _grid(document, [["Meeting", "Board of Directors (in public)"],
                     ["Date", "25 September 2025"],
                     ["Agenda item", "14"],
                     ["Executive lead", "Dr Helen Okafor, Chief Medical Officer"],
                     ["Author", "Martin Ashby, Head of Mental Health Legislation"],
                     ["Purpose", "Decision ☐   Assurance ☒   Information ☐"],
                     ["Previously considered by", "Mental Health Legislation Committee, 2 September 2025"],
                     ["Strategic objective", "SO2: Safe, effective care"],
                     ["Board Assurance Framework", "Risk 4.2: people detained under the Act do not receive "
                                                   "care that meets the Code of Practice"]],
          header_fill="DCE6F1", label_col=True)
    document.add_heading("1. Purpose of the report", level=1)
    document.add_paragraph("This report gives the Board assurance on the Trust's use of the Mental Health "
                           "Act 1983 in the first quarter of 2025/26 (April to June) and on joint working with "
                           "Humberside Police, which the Mental Health Legislation Committee asked to be "
                           "reported to the Board in public from this quarter.")
    document.add_heading("2. Recommendation", level=1)
    document.add_paragraph("The Board is asked to note the report and the level of assurance it gives, and "
                           "to note that the revised section 136 policy will come to the Board for approval "
                           "in November.")
    document.add_heading("3. Mental Health Act activity", level=1)
    _grid(document, [["Detentions", "Q4 2024/25", "Q1 2025/26"],
                     ["Section 2 (assessment)", "164", "171"],
                     ["Section 3 (treatment)", "88", "81"],
                     ["Section 5(2) (doctor's holding power)", "23", "29"],
                     ["Section 136 (police power)", "131", "126"],
                     ["Community treatment orders in force", "212", "207"]], header_fill="DCE6F1")
    document.add_paragraph("Detentions under sections 2 and 3 were broadly stable. All detentions were "
                           "scrutinised by the Mental Health Act office within 24 hours; three errors in "
                           "paperwork were found and corrected within the time the Act allows.")
    document.add_heading("4. Section 136 and places of safety", level=1)
    document.add_paragraph("Humberside Police brought 126 people to the Trust's two health-based places of "
                           "safety at the Westbourne Suite, Hull and the Grimsby Crisis Centre. Nine were under 18. "
                           "93% were assessed within 24 hours; the rest were delayed waiting for a bed or for "
                           "the person to become sober enough for assessment. Three people were brought in a "
                           "police vehicle because no ambulance was available.")
    document.add_heading("5. Police liaison", level=1)
    document.add_heading("5.1 Right Care, Right Person", level=2)
    document.add_paragraph("The Trust continues to attend the force's Right Care, Right Person partnership "
                           "board. Phase 3 (transport and conveyance) is scheduled for January 2026. Two "
                           "escalations were raised by Trust staff this quarter about calls the force had "
                           "declined to attend; both were reviewed jointly and closed.")
    document.add_heading("5.2 Handover at the places of safety", level=2)
    document.add_paragraph("Officers used to wait with a detained person until the assessment was "
                           "complete, often for most of a shift. In April 2025 the Trust and Humberside "
                           "Police introduced a place of safety coordinator: a senior nurse on each site, "
                           "funded jointly, who accepts the handover from officers within an hour of arrival "
                           "when a risk checklist agreed with the force allows it.")
    document.add_paragraph("In the quarter the median time officers spent at a place of safety fell from 3 "
                           "hours 55 minutes to 1 hour 20 minutes, and officers were released within an hour "
                           "in 58% of cases, against 12% in the previous quarter. There were no incidents of "
                           "harm or absconsion after handover.")
    document.add_heading("5.3 Patients absent without leave", level=2)
    document.add_paragraph("Since May 2025 ward staff and the force's missing persons unit have graded every "
                           "inpatient who is absent without leave together, on a three-level risk scale, "
                           "before a missing person report is made. Low-risk patients are looked for first "
                           "by ward staff and the Trust's security team, with police only informed.")
    document.add_paragraph("Reports of absent patients to Humberside Police fell from 148 in Q4 2024/25 to 97 "
                           "in Q1 2025/26. The median time to return was unchanged at six hours, and no "
                           "patient came to serious harm while absent.")
    document.add_heading("6. Care Quality Commission monitoring visits", level=1)
    document.add_paragraph("The CQC made Mental Health Act monitoring visits to Ferriby ward and Larkspur "
                           "ward. It found that patients were not always told their rights again after "
                           "their detention was renewed. Both wards have action plans, and compliance will "
                           "be audited monthly by the Mental Health Act office.")
    document.add_heading("7. Equality", level=1)
    document.add_paragraph("Black people in the Trust's area were detained at 3.9 times the rate of white "
                           "people this quarter. The Trust's Patient and Carer Race Equality Framework action "
                           "plan will report to the Board in December.")
    document.add_heading("8. Risks", level=1)
    document.add_paragraph("Board Assurance Framework risk 4.2 remains at a score of 12 (likelihood 3, "
                           "impact 4). No new risks have been identified.")
    document.add_heading("Appendix A: Glossary", level=1)
    _grid(document, [["Term", "Meaning"],
                     ["AWOL", "Absent without leave: a detained patient who has left without permission"],
                     ["Place of safety", "A health-based setting where a person detained under section 136 "
                                         "is taken for assessment"],
                     ["RCRP", "Right Care, Right Person: a national approach to which agency responds to "
                              "calls about health and welfare"],
                     ["Section 136", "The power of a police officer to remove a person who appears to be "
                                     "mentally disordered from a public place to a place of safety"]],
          header_fill="DCE6F1")
    _save_docx(document, out / "wolds-humber-mental-health-trust-board-paper-mha-police-liaison-2025-09.docx",
               "Mental Health Act and Police Liaison Report Q1 2025/26",
               "Wolds and Humber Mental Health NHS Foundation Trust")


# ------------------ 6. A safety advisory group's multi-agency event debrief report (Word, bold only)

def wirral_event_debrief_report(out: Path) -> None:
    """A council safety advisory group's multi-agency structured debrief report on a weekend music
    event (Word with no heading styles: every heading is a bold paragraph, sub-points are bold run-in
    labels): introduction, the event, debrief method, 'What went well' (command arrangements and
    crime figures are not work; three pieces of work with results: a lost children wristband
    scheme by the force and the organiser; a managed station queue by two forces with the train
    operator; a welfare tent run by a charity with a first aid charity, no force), areas for
    improvement, an action plan table, distribution list and glossary."""
    import docx

    document = docx.Document()
    _header_footer(document, "Wirral Council | Safety Advisory Group", "OFFICIAL | Version 1.0 final")
    _bold_para(document, "RIVERSIDE WEEKENDER 2025", size=20)
    _bold_para(document, "MULTI-AGENCY STRUCTURED DEBRIEF REPORT", size=14)
    document.add_paragraph("Birkenhead Park, Saturday 26 and Sunday 27 July 2025")
    document.add_paragraph("Prepared for the Wirral Safety Advisory Group by the Council's Emergency "
                           "Planning Team. Debrief held on 19 August 2025 at Wallasey Town Hall.")
    _bold_para(document, "1. Introduction")
    document.add_paragraph("1.1 This report records the findings of the multi-agency debrief of Riverside "
                           "Weekender 2025. Its purpose is to identify what went well and what should "
                           "improve, not to attribute blame. It should be read with the event management "
                           "plan submitted by the organiser, Northpoint Live Ltd.")
    _bold_para(document, "2. The event")
    document.add_paragraph("2.1 Riverside Weekender is a two-day music and family event held in Birkenhead "
                           "Park since 2022. The licensed capacity was 40,000 a day; 36,800 people attended on "
                           "Saturday and 33,100 on Sunday. Gates opened at 11:00 and the main stage closed at "
                           "22:30 each day.")
    document.add_paragraph("2.2 Command followed JESIP principles, with a joint Event Control Room on site "
                           "staffed by the organiser, Merseyside Police, Merseyside Fire and Rescue Service, "
                           "North West Ambulance Service and the Council.")
    _bold_para(document, "3. Debrief method")
    document.add_paragraph("3.1 Each agency submitted a written return before the debrief. The debrief was "
                           "facilitated by an emergency planning officer from a neighbouring council, using "
                           "the structured debrief format, and 23 people attended.")
    _bold_para(document, "4. What went well")
    _label_para(document, "4.1 Command and control. ", "The joint Event Control Room worked well. Radio "
                "discipline was good, and all agencies praised the hourly joint briefings.")
    _label_para(document, "4.2 Lost and found children. ", "This year Merseyside Police and Northpoint Live "
                "ran a wristband scheme at the three entrances for the first time. Stewards wrote a parent's "
                "mobile number on a paper wristband for every child under 12 who came in, and children "
                "found alone were taken to a joint police and steward meeting point at the Grand Entrance. "
                "4,900 wristbands were issued.")
    document.add_paragraph("Over the weekend 37 children were reunited with their families, in an average "
                           "of 11 minutes. In 2024, 29 children were reunited in an average of 48 minutes.")
    _label_para(document, "4.3 Getting people home. ", "British Transport Police and Merseyside Police ran "
                "a joint managed queue at Birkenhead Park station each evening, with officers from both forces "
                "holding crowds in pens on Duke Street and releasing them in groups as trains arrived. "
                "Merseyrail ran eight extra trains each night to match.")
    document.add_paragraph("The station was clear by 23:40 on both nights, against 00:55 in 2024, and there "
                           "were no platform crowding incidents, against five in 2024.")
    _label_para(document, "4.4 Welfare. ", "The welfare tent was run by the charity Safe Haven Merseyside "
                "with St John Ambulance for the first time, with volunteers walking the site from 18:00. It "
                "treated 412 people, most for intoxication or heat; only six were taken to Arrowe Park "
                "Hospital, against 23 in 2024.")
    _label_para(document, "4.5 Crime. ", "Merseyside Police made 14 arrests over the weekend, mostly for "
                "possession of drugs and theft. 31 crimes were recorded, against 44 in 2024.")
    _bold_para(document, "5. Areas for improvement")
    document.add_paragraph("5.1 Radios: the organiser's stewards and the police could not talk directly; "
                           "messages went through the Event Control Room and were sometimes delayed.")
    document.add_paragraph("5.2 Accessibility: the accessible viewing platform was full by 15:00 on "
                           "Saturday and the queue blocked an emergency route.")
    document.add_paragraph("5.3 Traffic: residents of Park Road North reported blocked driveways from "
                           "event-goers parking, and the Council's parking team was not on duty after 18:00.")
    _bold_para(document, "6. Action plan")
    _grid(document, [["No.", "Action", "Owner", "Due"],
                     ["1", "Provide a shared talk group for stewards and police supervisors", "Northpoint Live",
                      "March 2026"],
                     ["2", "Double the size of the accessible viewing platform", "Northpoint Live", "March 2026"],
                     ["3", "Roster parking enforcement until 23:00 on event days", "Wirral Council",
                      "June 2026"],
                     ["4", "Share this report with the Liverpool City Region events forum",
                      "Emergency Planning Team", "October 2025"]], header_fill="D9E2F3")
    _bold_para(document, "7. Distribution")
    document.add_paragraph("Wirral Safety Advisory Group members; Northpoint Live Ltd; Merseyside Police; "
                           "British Transport Police; Merseyside Fire and Rescue Service; North West Ambulance "
                           "Service; Merseyrail; Safe Haven Merseyside; St John Ambulance.")
    _bold_para(document, "Appendix: Glossary")
    _grid(document, [["Term", "Meaning"],
                     ["JESIP", "Joint Emergency Services Interoperability Principles"],
                     ["SAG", "Safety Advisory Group: the council-led group that advises event organisers"],
                     ["Event Control Room", "The shared control point on site for all agencies"]],
          header_fill="D9E2F3")
    _save_docx(document, out / "wirral-safety-advisory-group-riverside-weekender-2025-debrief-report.docx",
               "Riverside Weekender 2025: multi-agency debrief report", "Wirral Council")


# ------------------ 7. A road safety charity's campaign partner toolkit (Word)

def ridewise_partner_toolkit(out: Path) -> None:
    """A road safety charity's partner toolkit for a national campaign week (Word): cover lines,
    a typed contents list, about the campaign, key messages, key facts table (national casualty
    figures), suggested social media posts as a table of template text with placeholders (sound
    like work, are not), a case study of one force's campaign week last year with a county council
    (results), a media release template with placeholders, graphics sizes and contacts with a
    charity number."""
    import docx

    document = docx.Document()
    _header_footer(document, "Ride Aware Week 2025 | Partner toolkit",
                   "Ridewise Trust, registered charity 1164028")
    document.add_heading("Ride Aware Week 2025", level=0)
    document.add_paragraph("Partner toolkit for police forces, fire and rescue services, councils and road "
                           "safety partnerships")
    document.add_paragraph("Campaign dates: Monday 19 to Sunday 25 May 2025 | Toolkit published March 2025")
    _bold_para(document, "Contents")
    for line in ["1. About Ride Aware Week", "2. Key messages", "3. Key facts",
                 "4. Suggested social media posts", "5. Case study: Ride Aware Week 2024 in Staffordshire",
                 "6. Media release template", "7. Graphics and assets", "8. Contacts"]:
        document.add_paragraph(line)
    document.add_heading("1. About Ride Aware Week", level=1)
    document.add_paragraph("Ride Aware Week is the Ridewise Trust's yearly campaign to cut the number of "
                           "motorcyclists killed and seriously injured on UK roads. This year's theme is "
                           "\"Look once, look twice, look bike\". We ask partners to share our messages in "
                           "the week, and to run roadside events for riders if they can.")
    document.add_heading("2. Key messages", level=1)
    for item in ["Drivers: look twice for bikes at junctions.",
                 "Riders: be seen, and ride for the road you can see.",
                 "Everyone: most collisions with bikes happen at junctions in daylight."]:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("3. Key facts", level=1)
    _grid(document, [["Fact", "Figure"],
                     ["Share of road traffic that is motorcycles", "1%"],
                     ["Share of road deaths who are motorcyclists", "19%"],
                     ["Motorcyclists killed in Great Britain, 2023", "310"],
                     ["Collisions with a bike that happen at a junction", "around 6 in 10"]],
          header_fill="FCE4D6")
    document.add_paragraph("Source: Department for Transport reported road casualties, Great Britain.")
    document.add_heading("4. Suggested social media posts", level=1)
    document.add_paragraph("Copy and adapt these posts. Replace the words in square brackets.")
    _grid(document, [["Channel", "Suggested text"],
                     ["X / Facebook", "It's #RideAwareWeek. This week [force name] officers are out on "
                                      "[road name] talking to riders. Stop and say hello!"],
                     ["X / Facebook", "We've checked [number] bikes today at [location]. Thanks to every "
                                      "rider who stopped. #RideAwareWeek"],
                     ["Instagram", "Look once. Look twice. Look bike. Most crashes with motorcycles happen at "
                                   "junctions. #RideAwareWeek"],
                     ["LinkedIn", "[Organisation] is proud to back Ride Aware Week 2025 with the Ridewise "
                                  "Trust."]], header_fill="FCE4D6")
    document.add_heading("5. Case study: Ride Aware Week 2024 in Staffordshire", level=1)
    document.add_paragraph("Staffordshire Police's roads policing unit and Staffordshire County Council's "
                           "road safety team used Ride Aware Week 2024 to start a summer of Ride Check "
                           "events on the A53 and A523, the two roads through the Staffordshire Moorlands "
                           "with the most bike crashes. At six roadside stops near Leek, riders were offered "
                           "a free skills ride with one of the council's advanced instructors and a bike "
                           "check with a police motorcyclist.")
    document.add_paragraph("412 riders took part over the summer, and 96 booked further training. Killed and "
                           "seriously injured motorcycle casualties on the two roads between May and "
                           "September fell from 17 in 2023 to 9 in 2024.")
    document.add_heading("6. Media release template", level=1)
    document.add_paragraph("[Organisation] backs Ride Aware Week")
    document.add_paragraph("[Organisation] is supporting Ride Aware Week, which runs from 19 to 25 May. "
                           "During the week [describe your activity, for example roadside events or social "
                           "media]. [Name, job title] said: \"[Quote].\"")
    document.add_heading("7. Graphics and assets", level=1)
    _grid(document, [["Asset", "Size", "File"],
                     ["Square social post", "1080 x 1080 px", "RAW25_square.png"],
                     ["Story", "1080 x 1920 px", "RAW25_story.png"],
                     ["Banner for websites", "1500 x 500 px", "RAW25_banner.png"]], header_fill="FCE4D6")
    document.add_heading("8. Contacts", level=1)
    _label_para(document, "Campaign team: ", "campaigns@ridewise.org.uk")
    _label_para(document, "Press office: ", "020 7946 0812 (out of hours 07700 900414)")
    document.add_paragraph("Ridewise Trust, 3 Chalk Farm Yard, London NW1 8AH. Registered charity 1164028.")
    _save_docx(document, out / "ridewise-trust-ride-aware-week-2025-partner-toolkit.docx",
               "Ride Aware Week 2025 partner toolkit", "Ridewise Trust")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    northamptonshire_collaboration_highlight_report(out)
    blackpool_licensing_determination(out)
    haldane_rights_trust_report(out)
    shire_mutual_countryside_crime_report(out)
    wolds_humber_trust_board_paper(out)
    wirral_event_debrief_report(out)
    ridewise_partner_toolkit(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
