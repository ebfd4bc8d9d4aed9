"""Write the documents of the twenty-eighth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout28/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): an internal audit
report on a commissioner's grant, a community interest company's annual CIC 34 report form, a
master's dissertation chapter with a repository cover sheet, an awards entry form written in SARA
sections, a force's letter of support for a charity's funding bid and a study visit's joining
instructions and itinerary. The HTML, Markdown and plain-text documents are kept here as text and
written out unchanged; manifest.json lists every document's intended initiatives.

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
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

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



# ------------------ 1. An internal audit report on a commissioner's grant (PDF, A4, cover page, then numbered sections)

RA_GREEN = colors.HexColor("#1d4d3f")
RA_LIME = colors.HexColor("#8dbf3f")
RA_PALE = colors.HexColor("#eef4ea")
RA_GREY = colors.HexColor("#5c6661")
RA_BODY = ParagraphStyle("rabody", fontName="Helvetica", fontSize=9.4, leading=13, spaceAfter=6)
RA_TITLE = ParagraphStyle("ratitle", fontName="Helvetica-Bold", fontSize=26, leading=30, textColor=RA_GREEN,
                          spaceAfter=8)
RA_SUB = ParagraphStyle("rasub", fontName="Helvetica", fontSize=14, leading=18, textColor=RA_GREEN, spaceAfter=4)
RA_CLIENT = ParagraphStyle("raclient", fontName="Helvetica", fontSize=10, leading=13, textColor=RA_GREY,
                           spaceAfter=16)
RA_H1 = ParagraphStyle("rah1", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=RA_GREEN,
                       spaceBefore=10, spaceAfter=6, keepWithNext=1)
RA_H2 = ParagraphStyle("rah2", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, textColor=RA_GREEN,
                       spaceBefore=6, spaceAfter=4, keepWithNext=1)
RA_H3 = ParagraphStyle("rah3", fontName="Helvetica-Bold", fontSize=9.4, leading=12.5, spaceBefore=4, spaceAfter=2,
                       keepWithNext=1)
RA_CELL = ParagraphStyle("racell", fontName="Helvetica", fontSize=8.2, leading=10.4)
RA_CELLB = ParagraphStyle("racellb", parent=RA_CELL, fontName="Helvetica-Bold")
RA_CELLW = ParagraphStyle("racellw", parent=RA_CELL, fontName="Helvetica-Bold", textColor=colors.white)
RA_BUL = ParagraphStyle("rabul", parent=RA_BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)
RA_SMALL = ParagraphStyle("rasmall", parent=RA_BODY, fontSize=8, leading=10.6, textColor=RA_GREY)
RA_GAUGE = ParagraphStyle("ragauge", fontName="Helvetica-Bold", fontSize=8.6, leading=11, alignment=1)
RA_GAUGE_ON = ParagraphStyle("ragaugeon", parent=RA_GAUGE, textColor=colors.white)


def _ra_page_factory(total):
    def _ra_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page == 1:
            canvas.setFillColor(RA_GREEN)
            canvas.rect(0, height - 12, width, 12, stroke=0, fill=1)
            canvas.setFillColor(RA_LIME)
            canvas.circle(64, height - 58, 9, stroke=0, fill=1)
            canvas.setFillColor(RA_GREEN)
            canvas.setFont("Helvetica-Bold", 17)
            canvas.drawString(80, height - 64, "REDESDALE")
            canvas.setFont("Helvetica", 17)
            canvas.setFillColor(RA_LIME)
            canvas.drawString(80 + canvas.stringWidth("REDESDALE ", "Helvetica-Bold", 17), height - 64, "AUDIT")
            canvas.setFillColor(RA_GREY)
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(width - 56, height - 60, "Public sector internal audit and assurance")
        else:
            canvas.setFillColor(RA_GREEN)
            canvas.setFont("Helvetica-Bold", 7.6)
            canvas.drawString(56, height - 34, "REDESDALE AUDIT")
            canvas.setFont("Helvetica", 7.6)
            canvas.drawRightString(width - 56, height - 34,
                                   "OPCCN 24-25/09  |  Safer Streets Fund Round 5: grant assurance  |  FINAL")
            canvas.setStrokeColor(RA_LIME)
            canvas.setLineWidth(1)
            canvas.line(56, height - 40, width - 56, height - 40)
        canvas.setFillColor(RA_GREY)
        canvas.setFont("Helvetica-Bold", 7.4)
        canvas.drawCentredString(width / 2, 44, "OFFICIAL")
        canvas.setFont("Helvetica", 6.6)
        canvas.drawString(56, 30, "Redesdale Audit LLP is a limited liability partnership registered in England and "
                                  "Wales (OC412837).")
        canvas.drawString(56, 21, "Registered office: 4 Grey Street, Newcastle upon Tyne NE1 6AE")
        label = f"Page {doc.page} of {total}" if total else f"Page {doc.page}"
        canvas.drawRightString(width - 56, 25, label)
        canvas.restoreState()
    return _ra_page


def _ra_story(full_w):
    p = lambda text, style=RA_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, RA_BUL, bulletText="\u2022")  # noqa: E731

    meta = _table([["Report reference", "OPCCN 24-25/09"],
                   ["Audit plan", "2024/25 internal audit plan, days 14 of 210"],
                   ["Status", "Final"],
                   ["Draft report issued", "3 March 2025"],
                   ["Management responses received", "24 March 2025"],
                   ["Final report issued", "31 March 2025"],
                   ["Audit team", "Rachel Tindall CMIIA, Audit Manager; Owen Birtley, Senior Auditor"]],
                  [170, full_w - 170], RA_CELL, None, grid="#c8d3cc")
    meta.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), RA_PALE),
                              ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold")]))
    levels = ["No assurance", "Limited", "Reasonable", "Substantial"]
    gauge = Table([[Paragraph(level, RA_GAUGE_ON if level == "Reasonable" else RA_GAUGE) for level in levels]],
                  colWidths=[full_w / 4] * 4, spaceBefore=2, spaceAfter=6)
    gauge.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e4e8e5")),
                               ("BACKGROUND", (2, 0), (2, 0), RA_GREEN),
                               ("LINEAFTER", (0, 0), (2, 0), 3, colors.white),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    recs = _table([["Priority 1", "Priority 2", "Priority 3", "Total"], ["0", "2", "1", "3"]],
                  [full_w / 4] * 4, RA_CELL, RA_GREEN, head_style=RA_CELLW, grid="#c8d3cc")
    distribution = _table([["Name", "Role", "Report"],
                           ["Kathryn Laidler", "Chief Finance Officer, Office of the Police and Crime Commissioner",
                            "Draft and final"],
                           ["Stephen Heron", "Head of Partnerships and Commissioning, Office of the Police and Crime "
                            "Commissioner", "Draft and final"],
                           ["Alison Morrow", "Director of Finance, Northumbria Police", "Draft and final"],
                           ["Supt Mark Dunford", "Neighbourhood Policing, Northumbria Police", "Draft and final"],
                           ["", "Joint Independent Audit Committee", "Final only"]],
                          [110, full_w - 210, 100], RA_CELL, RA_GREEN, head_style=RA_CELLW, grid="#c8d3cc")

    story = [Spacer(1, 40),
             p("Internal Audit Report", RA_TITLE),
             p("Safer Streets Fund Round 5: grant assurance", RA_SUB),
             p("Office of the Police and Crime Commissioner for Northumbria and Northumbria Police", RA_CLIENT),
             meta, Spacer(1, 14),
             p("Assurance opinion", RA_H1), gauge,
             p("<b>Reasonable assurance:</b> there is a generally sound system of governance, risk management and "
               "control in place. Some issues, non-compliance or scope for improvement were identified which may put "
               "at risk the achievement of objectives in the area audited.", RA_BODY),
             p("Recommendations", RA_H2), recs, Spacer(1, 8),
             p("Distribution", RA_H1), distribution,
             PageBreak()]

    story += [
        p("1. Executive summary", RA_H1),
        p("1.1 Background", RA_H2),
        p("In September 2023 the Home Office confirmed a grant of \u00a3742,600 to the Police and Crime Commissioner "
          "for Northumbria under Round 5 of the Safer Streets Fund, for two projects running from October 2023 to "
          "31 March 2025. The Commissioner's office manages the grant and submits quarterly claims to the Home "
          "Office; the projects were delivered by the force and its partners. This audit was part of the agreed "
          "2024/25 internal audit plan and was requested by the Chief Finance Officer because the grant closed in "
          "March 2025."),
        p("1.2 The two projects", RA_H2),
        p("The project summaries below are taken from the draft end of project reports that the force gave us in "
          "February 2025. We have not audited the outcome figures; we have tested the expenditure claimed against "
          "the two projects (see 1.4)."),
        p("Project A: Safer Parks, South Shields", RA_H3),
        p("Northumbria Police's South Tyneside neighbourhood team and South Tyneside Council's parks service "
          "worked on the three parks where women had reported most harassment after dark: Bents Park, North "
          "Marine Park and West Park. The council fitted new lighting along 2.4km of footpaths and cut back "
          "shrubs at the entrances; neighbourhood officers and two park guardians employed by the council walked "
          "the parks on weekday evenings between 5pm and 10pm; and officers and park staff held six evening "
          "'walk and talk' audits with women and girls who use the parks, which chose the paths to be lit first. "
          "The project reports:"),
        b("reports of sexual harassment in the three parks fell from 41 to 17 (April to January, 2022/23 against 2024/25);"),
        b("women who said they felt safe in the parks after dark rose from 22% to 49% (council survey)."),
        p("Project B: Safer Metro", RA_H3),
        p("Northumbria Police and Nexus put joint evening patrols on the Tyne and Wear Metro, pairing officers from "
          "the force's Metro policing team with Nexus customer service staff on Friday and Saturday nights; "
          "trained 240 Nexus staff to recognise and report the harassment of women and girls; and launched a text "
          "number for passengers to report harassment discreetly, answered by the Nexus control room and passed "
          "to the force. The project reports:"),
        b("1,112 texts received by the end of January 2025, leading to 64 arrests;"),
        b("recorded anti-social behaviour on the Metro on Friday and Saturday nights down by 28%."),
        p("1.3 Scope and approach", RA_H2),
        p("The audit covered the period from October 2023 to February 2025. Our objectives were to confirm that:"),
        b("expenditure claimed was incurred on the approved projects, properly authorised and supported by "
          "evidence;"),
        b("match funding from partners was recorded and reported accurately;"),
        b("quarterly claims and monitoring returns were submitted to the Home Office on time;"),
        b("the governance arrangements agreed with the Home Office were followed."),
        p("We interviewed staff in the Commissioner's office and the force's finance and partnerships teams, "
          "tested 12 of 31 invoices over \u00a35,000 and reviewed the minutes of the project board."),
        p("1.4 Key findings", RA_H2),
        p("<b>Well controlled.</b> All five quarterly claims made so far were submitted on time and agreed to the ledger. Each "
          "invoice tested was for approved activity and had been authorised in line with the scheme of delegation. "
          "The project board met monthly and kept a risk log."),
        p("<b>Areas for improvement.</b> Lighting costs of \u00a318,400 were claimed in the final quarter for works "
          "in West Park that will not be completed until April 2025, after the grant period ends (Priority 2). A virement of "
          "\u00a326,000 from Project A to Project B in July 2024 was agreed by email but not minuted by the project "
          "board, as the grant agreement requires (Priority 2). The council's match funding was reported from its "
          "own estimates rather than from invoices or timesheets (Priority 3)."),
        p("2. Management action plan", RA_H1),
        _table([["Ref", "Finding and risk", "Priority", "Agreed action", "Owner and date"],
                ["1", "\u00a318,400 claimed for works not due to be completed until April 2025. Risk that the "
                 "Home Office recovers grant.", "2", "Tell the Home Office and correct the final claim; confirm the eligibility "
                 "of any late works with the Home Office before claiming.", "Chief Finance Officer, 30 April 2025"],
                ["2", "Virement of \u00a326,000 not minuted by the project board. Risk of breach of grant "
                 "conditions.", "2", "Record the virement at the next board; add virements to the standing agenda of "
                 "future grant boards.", "Head of Partnerships and Commissioning, 30 April 2025"],
                ["3", "Partner match funding reported from estimates. Risk of over-stated match funding.", "3",
                 "Ask partners for evidence of match funding with each quarterly return in future grants.",
                 "Head of Partnerships and Commissioning, 30 June 2025"]],
               [26, 150, 44, 160, full_w - 380], RA_CELL, RA_GREEN, head_style=RA_CELLW, grid="#c8d3cc"),
        p("Appendix A: Assurance and priority definitions", RA_H1),
        _table([["Level", "Definition"],
                ["Substantial", "A sound system of governance, risk management and control, with internal controls "
                 "operating effectively and being consistently applied."],
                ["Reasonable", "A generally sound system, with some issues, non-compliance or scope for improvement."],
                ["Limited", "Significant gaps, weaknesses or non-compliance; improvement is required."],
                ["No assurance", "Immediate action is required to address fundamental gaps or weaknesses."],
                ["Priority 1", "A fundamental weakness that needs action by senior management now."],
                ["Priority 2", "A significant weakness that should be put right within three months."],
                ["Priority 3", "An improvement to good practice, to be taken forward as resources allow."]],
               [90, full_w - 90], RA_CELL, RA_GREEN, head_style=RA_CELLW, grid="#c8d3cc"),
        p("Appendix B: Limitations and responsibilities", RA_H1),
        p("This report has been prepared solely for the Police and Crime Commissioner for Northumbria and the Chief "
          "Constable of Northumbria Police under the terms of our engagement. It should not be relied on by any "
          "other party. Internal control systems, however well designed, have inherent limitations and cannot "
          "give absolute assurance. Management is responsible for the system of internal control; our work is not "
          "a substitute for it, and it cannot be relied on to find every error, weakness or fraud.", RA_SMALL),
    ]
    return story


def redesdale_audit_report(out: Path) -> None:
    """An internal audit report on a commissioner's grant (A4; page 1 a cover with the audit firm's word mark,
    title, client line, a labelled meta table, an assurance gauge of four cells, a recommendations count and a
    distribution table; from page 2 a running head over a rule, numbered sections with run-in bold sub-heads,
    the two projects' summaries as bold heads with bulleted results, a management action plan table and two
    appendices; a footer with the classification, the LLP number, registered office and 'Page n of m')."""
    width, height = A4
    full_w = width - 112

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=56, bottomMargin=60,
                              title="Internal Audit Report: Safer Streets Fund Round 5 grant assurance",
                              author="Redesdale Audit LLP", invariant=1)
        first = [Frame(56, 60, full_w, height - 88 - 60, id="cover", leftPadding=0, rightPadding=0)]
        later = [Frame(56, 60, full_w, height - 52 - 60, id="body", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("cover", frames=first, onPage=_ra_page_factory(total),
                                           autoNextPageTemplate="body"),
                              PageTemplate("body", frames=later, onPage=_ra_page_factory(total))])
        return doc

    _two_pass(out / "redesdale-audit-northumbria-opcc-safer-streets-5-grant-assurance-2024-25.pdf", build,
              lambda: _ra_story(full_w))


# ------------------ 2. A community interest company's annual report on the CIC 34 form (PDF, A4, boxed form fields)

CI_INK = colors.HexColor("#111111")
CI_SHADE = colors.HexColor("#d9d9d9")
CI_LABEL = ParagraphStyle("cilabel", fontName="Helvetica-Bold", fontSize=8.6, leading=11)
CI_FIELD = ParagraphStyle("cifield", fontName="Courier-Bold", fontSize=10, leading=12.5)
CI_NOTE = ParagraphStyle("cinote", fontName="Helvetica-Oblique", fontSize=7.8, leading=10, spaceAfter=4)
CI_PART = ParagraphStyle("cipart", fontName="Helvetica-Bold", fontSize=9.4, leading=12)
CI_TYPED = ParagraphStyle("cityped", fontName="Helvetica", fontSize=9.2, leading=12.4, spaceAfter=5)
CI_TYPEDB = ParagraphStyle("cityped_b", parent=CI_TYPED, fontName="Helvetica-Bold", spaceAfter=2)
CI_TYPED_BUL = ParagraphStyle("citypedbul", parent=CI_TYPED, leftIndent=12, bulletIndent=2, spaceAfter=2)
CI_SMALL = ParagraphStyle("cismall", fontName="Helvetica", fontSize=7.6, leading=9.6)


def _ci_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setStrokeColor(CI_INK)
    canvas.setLineWidth(1.4)
    canvas.rect(48, height - 80, 78, 36, stroke=1, fill=0)
    canvas.setFillColor(CI_INK)
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawCentredString(87, height - 70, "CIC 34")
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(140, height - 60, "Community Interest Company Report")
    canvas.setFont("Helvetica", 7.4)
    canvas.drawString(140, height - 72, "Companies (Audit, Investigations and Community Enterprise) Act 2004, section 34")
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawRightString(width - 48, height - 56, "Companies House")
    canvas.setFont("Helvetica", 6.8)
    canvas.drawRightString(width - 48, height - 66, "for the record")
    canvas.setLineWidth(0.6)
    canvas.line(48, 40, width - 48, 40)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(48, 29, "CIC 34 (06/16)")
    canvas.drawCentredString(width / 2, 29, "(N.B. Please enclose a cheque for \u00a315 payable to Companies House)")
    canvas.drawRightString(width - 48, 29, f"Page {doc.page}")
    canvas.restoreState()


def _ci_box(rows, width, pad=6):
    """A ruled box that may run over a page: one row per paragraph, a box drawn round each part."""
    table = Table([[row] for row in rows], colWidths=[width], splitByRow=1)
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, CI_INK),
                               ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, 0), pad), ("BOTTOMPADDING", (0, -1), (-1, -1), pad)]))
    return table


def _ci_part(text, width):
    bar = Table([[Paragraph(text, CI_PART)]], colWidths=[width], spaceBefore=10, spaceAfter=3)
    bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), CI_SHADE), ("BOX", (0, 0), (-1, -1), 0.9, CI_INK),
                             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return bar


def _ci_story(full_w):
    p = lambda text, style=CI_TYPED: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, CI_TYPED_BUL, bulletText="-")  # noqa: E731

    official = Table([["", Paragraph("For official use<br/>(Please leave blank)", CI_SMALL)]],
                     colWidths=[full_w - 130, 130], rowHeights=[34])
    official.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.9, CI_INK), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fields = Table([[Paragraph("Please complete in typescript, or in bold black capitals.", CI_NOTE), ""],
                    [Paragraph("Company Name in full", CI_LABEL), Paragraph("WHEELHOUSE BIKES C.I.C.", CI_FIELD)],
                    [Paragraph("Company Number", CI_LABEL), Paragraph("12874503", CI_FIELD)],
                    [Paragraph("Year Ending", CI_LABEL), Paragraph("31/03/2025", CI_FIELD)]],
                   colWidths=[130, full_w - 130])
    fields.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BOX", (1, 1), (1, 1), 0.9, CI_INK),
                                ("BOX", (1, 2), (1, 2), 0.9, CI_INK), ("BOX", (1, 3), (1, 3), 0.9, CI_INK),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 1), (-1, -1), 5),
                                ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]))
    part1 = [
        p("Wheelhouse Bikes CIC runs a community bike workshop in a former seed warehouse on Marsh Lane, Boston. We "
          "repair, refurbish and sell second-hand bikes at low prices, teach people to look after their own bikes "
          "and run projects with partners. Every penny we make goes back into the workshop."),
        p("<b>The workshop.</b> Our open workshop ran every Saturday and on Wednesday evenings through the year. "
          "People made 1,140 visits to fix their own bikes with help from our volunteers, and we sold 486 "
          "refurbished bikes, most of them for under \u00a360."),
        p("SECOND GEAR", CI_TYPEDB),
        p("Second Gear is a six-week bike mechanics course for young people aged 12 to 17 who have come to the "
          "notice of the police for low-level offending or anti-social behaviour. Lincolnshire Police's Boston "
          "neighbourhood policing team refers them to us, often as part of a community resolution, and the force "
          "gives us the unclaimed bikes from its found property store. Each young person strips down and rebuilds "
          "one of those bikes over two evenings a week with our mechanic and a youth worker, and keeps it, with a "
          "lock and lights, if they finish the course. A neighbourhood officer comes to the last session to hand "
          "the bike over. In 2024/25:"),
        b("34 young people were referred and 29 finished the course;"),
        b("3 of the 29 have offended again since, on the force's figures;"),
        b("61 unclaimed bikes came to us from the force; those not used on the course were sold in our shop."),
        p("LIGHTS ON", CI_TYPEDB),
        p("Many people who come to Boston to work on farms and in food factories cycle to early and late shifts on "
          "unlit roads. With Boston Borough Council and the Lincolnshire Road Safety Partnership we sold "
          "refurbished bikes fitted with front and rear lights for \u00a320, with a hi-vis vest and a helmet, and "
          "ran evening road safety sessions in Polish, Lithuanian, Romanian and Bulgarian at the workshop and in two "
          "factory canteens. The council paid for the lights and the partnership's road safety officers ran the "
          "sessions with our mechanics. Between October 2024 and March 2025:"),
        b("212 bikes were sold through Lights On;"),
        b("17 sessions were attended by 390 workers;"),
        b("cyclist casualties on roads in Boston borough during the hours of darkness fell from 19 to 8 against the "
          "same months a year earlier (Lincolnshire Road Safety Partnership figures)."),
        p("<b>Volunteers.</b> 23 regular volunteers gave about 2,900 hours. Two of them first came to us through "
          "Second Gear."),
    ]
    part2 = [
        p("Our stakeholders are the people who use the workshop and buy our bikes, the young people on Second Gear "
          "and their families, our volunteers, our partners (Lincolnshire Police, Boston Borough Council, the "
          "Lincolnshire Road Safety Partnership and the factories that host sessions) and our funders."),
        p("We ask every young person and parent on Second Gear for feedback at the last session, ran a customer "
          "survey in the shop in January 2025 (148 replies) and meet our partners every quarter. In response we "
          "moved the Wednesday workshop to start at 6pm so that shift workers can come, and added Bulgarian to the "
          "road safety sessions."),
    ]
    sign = Table([[Paragraph("Signed", CI_LABEL), Paragraph("R. Szymanska", CI_FIELD), Paragraph("Date", CI_LABEL),
                   Paragraph("14/11/2025", CI_FIELD)],
                  [Paragraph("Office held (delete as appropriate)", CI_LABEL), Paragraph("Director", CI_FIELD), "",
                   ""]],
                 colWidths=[150, 160, 50, full_w - 360])
    sign.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.9, CI_INK), ("BOX", (3, 0), (3, 0), 0.9, CI_INK),
                              ("BOX", (1, 1), (1, 1), 0.9, CI_INK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    contact = Table([[Paragraph("You do not have to give any contact information in the box opposite but if you do, "
                                "it will help the Registrar of Companies to contact you if there is a query on the "
                                "form. The contact information that you give will be visible to searchers of the "
                                "public record.", CI_SMALL),
                      [Paragraph("Wheelhouse Bikes CIC", CI_FIELD),
                       Paragraph("Unit 4, Marsh Lane Works, Boston, Lincolnshire PE21 7RZ", CI_FIELD),
                       Paragraph("Tel 01632 960512", CI_FIELD),
                       Paragraph("DX Number: &nbsp;&nbsp;&nbsp;&nbsp; DX Exchange:", CI_SMALL)]]],
                    colWidths=[190, full_w - 190])
    contact.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.9, CI_INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (1, 0), (1, 0), 6), ("TOPPADDING", (1, 0), (1, 0), 5),
                                 ("BOTTOMPADDING", (1, 0), (1, 0), 6), ("RIGHTPADDING", (0, 0), (0, 0), 12)]))
    return [
        official, Spacer(1, 4), fields, Spacer(1, 4),
        _ci_part("PART 1 - GENERAL DESCRIPTION OF THE COMPANY'S ACTIVITIES AND IMPACT", full_w),
        Paragraph("In the space provided below, please insert a general account of the company's activities in the "
                  "financial year to which the report relates, including a fair and accurate description of how "
                  "they have benefited the community, or section of the community, which the company is intended "
                  "to serve.", CI_NOTE),
        _ci_box(part1, full_w),
        Paragraph("(If applicable, please just state \u201cA social audit report covering these points is "
                  "attached\u201d).", CI_NOTE),
        _ci_part("PART 2 - CONSULTATION WITH STAKEHOLDERS", full_w),
        Paragraph("Please indicate who the company's stakeholders are; how the stakeholders have been consulted and "
                  "what action, if any, has the company taken in response to feedback from its consultations. If "
                  "there has been no consultation, this should be made clear.", CI_NOTE),
        _ci_box(part2, full_w),
        _ci_part("PART 3 - DIRECTORS' REMUNERATION", full_w),
        Paragraph("If you have provided full details in your accounts you need not reproduce it here. Please clearly "
                  "identify the information within the accounts and confirm that, \u201cThere were no other "
                  "transactions or arrangements in connection with the remuneration of directors, or compensation "
                  "for director's loss of office, which require to be disclosed\u201d.", CI_NOTE),
        _ci_box([p("No remuneration was received by the directors in the year.")], full_w),
        _ci_part("PART 4 - TRANSFERS OF ASSETS OTHER THAN FOR FULL CONSIDERATION", full_w),
        Paragraph("Please insert full details of any transfers of assets other than for full consideration e.g. "
                  "Donations to outside bodies. If this does not apply you must state that no transfer of assets "
                  "other than for full consideration has been made.", CI_NOTE),
        _ci_box([p("No transfer of assets other than for full consideration has been made.")], full_w),
        _ci_part("PART 5 - SIGNATORY", full_w),
        Paragraph("The original report must be signed by a director or secretary of the company.", CI_NOTE),
        sign, Spacer(1, 12), contact, Spacer(1, 10),
        Paragraph("When you have completed and signed the form, please attach it to the accounts and send both forms "
                  "by post to the Registrar of Companies at: Companies House, Crown Way, Cardiff, CF14 3UZ. "
                  "DX 33050 Cardiff.", CI_SMALL),
    ]


def wheelhouse_cic34(out: Path) -> None:
    """A community interest company's annual report on the CIC 34 form (A4; the form's number in a ruled box,
    its name and statute line, the registry's name top right on every page; a 'For official use' box, labelled
    fields in ruled boxes with typed capitals, five parts under shaded ruled bars, each with an italic
    instruction and a ruled answer box that runs over the page break, typed in sentence case with capitalised
    project names and hyphen bullets; a signature and office-held row, a contact box and the return address;
    a footer with the form version, a fee note and the page number)."""
    width, height = A4
    full_w = width - 96
    sink = io.BytesIO()
    doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=48, rightMargin=48, topMargin=92, bottomMargin=52,
                          title="CIC 34 Community Interest Company Report: Wheelhouse Bikes C.I.C., year ending "
                                "31/03/2025", author="Wheelhouse Bikes CIC", invariant=1)
    frame = Frame(48, 52, full_w, height - 92 - 52, id="form", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("form", frames=[frame], onPage=_ci_page)])
    doc.build(_ci_story(full_w))
    (out / "wheelhouse-bikes-cic-community-interest-company-report-2024-25.pdf").write_bytes(sink.getvalue())


# ------------------ 3. A master's dissertation chapter with a repository cover sheet (PDF, A4, footnotes)

DS_BODY = ParagraphStyle("dsbody", fontName="Times-Roman", fontSize=11.5, leading=17.5, spaceAfter=8,
                         alignment=4)
DS_CHAP = ParagraphStyle("dschap", fontName="Times-Bold", fontSize=15, leading=19, spaceAfter=4)
DS_CHAPT = ParagraphStyle("dschapt", fontName="Times-Bold", fontSize=19, leading=24, spaceAfter=18)
DS_H2 = ParagraphStyle("dsh2", fontName="Times-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=6,
                       keepWithNext=1)
DS_H3 = ParagraphStyle("dsh3", fontName="Times-BoldItalic", fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=4,
                       keepWithNext=1)
DS_LIST = ParagraphStyle("dslist", parent=DS_BODY, leftIndent=22, firstLineIndent=-22, spaceAfter=5)
DS_CAP = ParagraphStyle("dscap", fontName="Times-Bold", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=4,
                        keepWithNext=1)
DS_CELL = ParagraphStyle("dscell", fontName="Times-Roman", fontSize=10.5, leading=13)
DS_CELLB = ParagraphStyle("dscellb", parent=DS_CELL, fontName="Times-Bold")
DS_SRC = ParagraphStyle("dssrc", fontName="Times-Italic", fontSize=9.5, leading=12, spaceAfter=10)
DS_COVER = ParagraphStyle("dscover", fontName="Helvetica", fontSize=9.6, leading=13.5, spaceAfter=7)
DS_COVERB = ParagraphStyle("dscoverb", parent=DS_COVER, fontName="Helvetica-Bold")
DS_COVERT = ParagraphStyle("dscovert", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=10,
                           textColor=colors.HexColor("#2b2b6b"))

# Footnotes as the author's word processor set them: at the foot of the page their marks fall on.
DS_FOOTNOTES = {
    2: ["<super>1</super> Reports recorded on the force's crime system with a spiking qualifier and a location inside "
        "the city centre policing area. Data supplied by Essex Police under the research agreement of 12 May 2024 "
        "(ref. ERA-24-017).",
        "<super>2</super> Gamma-hydroxybutyrate (GHB), the drug most often suspected, can usually be found in urine "
        "for no more than about 12 hours after it is taken.",
        "<super>3</super> Kits were bought by the council from its community safety budget; see Appendix D for the "
        "costs, which are not discussed further here."],
    3: ["<super>4</super> Welfare calls were logged on the force's command and control system; those made by "
        "Street Pastors or friends are not counted."],
}


def _ds_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    if doc.page == 1:
        canvas.setFillColor(colors.HexColor("#2b2b6b"))
        canvas.rect(0, height - 70, width, 70, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 15)
        canvas.drawString(60, height - 40, "ARU Research Repository")
        canvas.setFont("Helvetica", 8.4)
        canvas.drawString(60, height - 55, "Anglia Ruskin University's open access repository of research and "
                                           "dissertations")
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 7.4)
        canvas.drawString(60, 40, "Downloaded from the ARU Research Repository. This cover sheet was added by the "
                                  "repository and is not part of the dissertation.")
    else:
        canvas.setFont("Times-Italic", 9.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.drawString(70, height - 44, "D. Ashdown")
        canvas.drawRightString(width - 60, height - 44, "Chapter 4: The intervention and what happened")
        canvas.setLineWidth(0.4)
        canvas.line(70, height - 49, width - 60, height - 49)
        notes = DS_FOOTNOTES.get(doc.page)
        if notes:
            style = ParagraphStyle("dsfn", fontName="Times-Roman", fontSize=9, leading=11)
            y = 114
            canvas.line(70, y, 70 + 140, y)
            y -= 4
            for note in notes:
                para = Paragraph(note, style)
                _, h = para.wrap(width - 130, 200)
                para.drawOn(canvas, 70, y - h)
                y -= h + 2
        canvas.setFont("Times-Roman", 10.5)
        canvas.drawCentredString((width + 10) / 2, 26, str(29 + doc.page))
    canvas.restoreState()


def _ds_bar_chart():
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String

    drawing = Drawing(430, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, 370, 120
    chart.data = [[9, 17, 29, 18], [21, 24, 29, 19]]
    chart.categoryAxis.categoryNames = ["Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"]
    chart.categoryAxis.labels.fontName = "Times-Roman"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 35
    chart.valueAxis.valueStep = 5
    chart.valueAxis.labels.fontName = "Times-Roman"
    chart.bars[0].fillColor = colors.HexColor("#9a9a9a")
    chart.bars[1].fillColor = colors.HexColor("#2b2b6b")
    chart.barSpacing = 2
    drawing.add(chart)
    drawing.add(String(300, 160, "2022/23", fontName="Times-Roman", fontSize=8, fillColor=colors.HexColor("#9a9a9a")))
    drawing.add(String(350, 160, "2023/24", fontName="Times-Roman", fontSize=8, fillColor=colors.HexColor("#2b2b6b")))
    return drawing


def _ds_story(text_w):
    p = lambda text, style=DS_BODY: Paragraph(text, style)  # noqa: E731

    cover = Table([[p("Title", DS_COVERB), p("Testing, telling and taking care: did a police and licensing response "
                                             "to spiking in Colchester's night-time economy produce more evidence "
                                             "and better care for victims?", DS_COVER)],
                   [p("Author", DS_COVERB), p("Daniel Ashdown", DS_COVER)],
                   [p("Award", DS_COVERB), p("MSc Policing (Professional Practice)", DS_COVER)],
                   [p("Faculty", DS_COVERB), p("Faculty of Health, Medicine and Social Care", DS_COVER)],
                   [p("Year", DS_COVERB), p("2025", DS_COVER)],
                   [p("Supervisor", DS_COVERB), p("Dr Helen Marsh", DS_COVER)],
                   [p("This extract", DS_COVERB), p("Chapter 4, pages 31 to 33 of the dissertation as deposited",
                                                    DS_COVER)]],
                  colWidths=[100, text_w - 100])
    cover.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#cccccc")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    table_41 = Table([[p("Year", DS_CELLB), p("Reports", DS_CELLB), p("Evidential sample within 12 hours", DS_CELLB),
                       p("Suspect charged", DS_CELLB)],
                      [p("2020/21", DS_CELL), p("14", DS_CELL), p("1 (7%)", DS_CELL), p("0", DS_CELL)],
                      [p("2021/22", DS_CELL), p("38", DS_CELL), p("3 (8%)", DS_CELL), p("0", DS_CELL)],
                      [p("2022/23", DS_CELL), p("73", DS_CELL), p("6 (8%)", DS_CELL), p("0", DS_CELL)],
                      [p("2023/24", DS_CELL), p("93", DS_CELL), p("54 (58%)", DS_CELL), p("5", DS_CELL)]],
                     colWidths=[70, 70, 190, text_w - 330])
    table_41.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                                  ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                  ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                                  ("LINEABOVE", (0, -1), (-1, -1), 0.3, colors.HexColor("#888888"))]))
    return [
        Spacer(1, 20),
        p("Testing, telling and taking care: did a police and licensing response to spiking in Colchester's "
          "night-time economy produce more evidence and better care for victims?", DS_COVERT),
        cover, Spacer(1, 14),
        p("<b>How to cite:</b> Ashdown, D. (2025) <i>Testing, telling and taking care: did a police and licensing "
          "response to spiking in Colchester's night-time economy produce more evidence and better care for "
          "victims?</i> MSc dissertation. Anglia Ruskin University.", DS_COVER),
        p("<b>Copyright and reuse:</b> copyright and all moral rights remain with the author. You may download and "
          "print one copy for private study or non-commercial research. You may not reproduce it further or sell it. "
          "The views expressed are the author's own and are not those of Essex Police or Anglia Ruskin University.",
          DS_COVER),
        p("<b>Take down:</b> if you believe this item breaches copyright, contact repository@aru.example.ac.uk with "
          "the details and we will withdraw it while we investigate.", DS_COVER),
        PageBreak(),
        p("Chapter 4", DS_CHAP),
        p("The intervention and what happened", DS_CHAPT),
        p("4.1 Introduction", DS_H2),
        p("This chapter describes the response to spiking that Colchester's Community Policing Team put in place in "
          "September 2023, which I led as the team's inspector, and sets out what the data show about what happened "
          "in its first year. Chapter 3 set out the methods. The limitations of the analysis, not least my own part "
          "in the work, are discussed in section 4.6."),
        p("4.2 The problem", DS_H2),
        p("Reports of spiking to Essex Police in Colchester city centre rose from 14 in 2020/21 to 73 in 2022/23 "
          "(Table 4.1).<super>1</super> Few reached court. Only 6 of the 73 reports in 2022/23 had an evidential "
          "sample taken in time to detect the drugs most often used,<super>2</super> and the interviews reported in "
          "Chapter 3 showed that victims were often taken home by friends, or sent home by venues, before anyone "
          "called the police. Officers described arriving the next day to a victim who had no sample, a venue that "
          "had washed the glass and CCTV that had already been recorded over."),
        p("4.3 The intervention", DS_H2),
        p("Operation Carafe ran from 1 September 2023 in 14 late-night venues in the city centre. It was agreed with "
          "Colchester City Council's licensing team and the venues' managers at a Pubwatch meeting in July 2023, and "
          "had three parts."),
        p("<i>(a) Test.</i> Each venue was given drink testing strips and evidence bags.<super>3</super> If a "
          "customer thought their drink had been spiked, staff offered to test it, kept the glass and drink in a "
          "sealed bag and called the police. Officers on the night-time economy patrol carried urine sample kits, "
          "so that a sample could be taken at the venue or at the hospital within the hour instead of the next "
          "morning.", DS_LIST),
        p("<i>(b) Tell.</i> The force's licensing officers and the council's licensing team trained 212 door staff "
          "and bar staff in 19 sessions to recognise spiking and to call it in on the town centre radio. Posters in "
          "every venue's toilets carried a QR code for reporting online.", DS_LIST),
        p("<i>(c) Take care.</i> A member of staff stayed with anyone who thought they had been spiked until the "
          "police, a friend or an ambulance arrived, and an officer made a welfare call the next day to explain "
          "what would happen to the sample.", DS_LIST),
        p("The council's licensing officers checked at their routine visits that venues had strips, bags and trained "
          "staff on duty, and the force's licensing officers raised any venue that did not with its manager."),
        p("4.4 Implementation", DS_H2),
        p("Eleven of the 14 venues used the strips at least once in the year, and the three that did not were the "
          "smallest. Radio calls about suspected spiking came from every venue. Staff turnover meant that, by "
          "June 2024, about a third of the door staff working on a Saturday had not been trained, and the council "
          "and the force ran five further sessions that summer."),
        p("4.5 Findings", DS_H2),
        p("Reports rose in the first year, from 73 to 93. I read this as more reporting rather than more spiking, "
          "for the reasons discussed in Chapter 5. The share of reports with an evidential sample taken within 12 "
          "hours rose from 8% to 58%, and suspects were charged in five cases, against none in the three years "
          "before. Of 41 victims who answered the force's survey, 33 said they were satisfied with how they had "
          "been dealt with, against 12 of 30 in the year before. Welfare calls were made the next day in 81 of the "
          "93 cases.<super>4</super> Figure 4.1 shows the reports by quarter."),
        p("Table 4.1 Reports of spiking in Colchester city centre, samples and charges, 2020/21 to 2023/24", DS_CAP),
        table_41,
        p("Source: Essex Police crime data (see note 1).", DS_SRC),
        p("Figure 4.1 Reports of spiking in Colchester city centre by quarter, 2022/23 and 2023/24", DS_CAP),
        _ds_bar_chart(),
        p("Source: Essex Police crime data.", DS_SRC),
        p("4.6 Limitations", DS_H2),
        p("This was a before and after study with no comparison area, and other things changed in the same period, "
          "including national publicity about spiking. I led the operation and then studied it, which brings an "
          "obvious risk of bias; the interviews were carried out by a colleague from another district to reduce "
          "it. The survey numbers are small."),
        p("4.7 Summary", DS_H2),
        p("The operation was delivered largely as planned. More evidence was taken, and taken sooner, and more "
          "victims were satisfied. Chapter 5 discusses what this means for other towns and for the force."),
    ]


def ashdown_dissertation_chapter(out: Path) -> None:
    """A master's dissertation chapter as downloaded from a university repository (A4; page 1 the repository's
    cover sheet with a coloured band, the title, a ruled table of labelled fields, how to cite, copyright and
    take down; then the chapter in Times at one and a half spacing, justified, with a running head over a rule
    (the author's name and the chapter title), numbered section heads, lettered list items with italic leads,
    superscript note marks with footnotes at the foot of their pages, a three-rule table and a bar chart with
    captions and sources, and page numbers 31 to 33 centred at the foot)."""
    width, height = A4
    text_w = width - 130
    sink = io.BytesIO()
    doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=70, rightMargin=60, topMargin=64, bottomMargin=124,
                          title="Testing, telling and taking care (Chapter 4)", author="Daniel Ashdown", invariant=1)
    cover = Frame(60, 60, width - 120, height - 90 - 60, id="cover", leftPadding=0, rightPadding=0)
    body = Frame(70, 124, text_w, height - 64 - 124, id="body", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", frames=[cover], onPage=_ds_page, autoNextPageTemplate="body"),
                          PageTemplate("body", frames=[body], onPage=_ds_page)])
    doc.build(_ds_story(text_w))
    (out / "aru-msc-policing-dissertation-colchester-spiking-chapter-4.pdf").write_bytes(sink.getvalue())
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


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True, style="Table Grid", size=None,
          head_color=None):
    from docx.shared import Pt, RGBColor

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
                if head_color and r == 0 and not label_col:
                    run.font.color.rgb = RGBColor.from_string(head_color)
                if header_fill:
                    _shade(cell, header_fill)
    return table


def _styled(document, text: str, size=None, bold=False, italic=False, color=None, align=None, space_after=None,
            space_before=None, font=None, style=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph(style=style)
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


def _cell_para(cell, text: str, bold=False, italic=False, size=None, color=None, first=False, align=None, style=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph(style=style)
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


def _run_in(document, head: str, text: str, style=None, head_color=None):
    """A paragraph opening with a bold run-in head."""
    from docx.shared import RGBColor

    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(head)
    run.bold = True
    if head_color:
        run.font.color.rgb = RGBColor.from_string(head_color)
    paragraph.add_run(text)
    return paragraph


def _base_font(document, name: str, size: float) -> None:
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)


def _header_footer(document, left: str, right: str | None = None, footer: str | None = None, size=8,
                   page_prefix: str | None = None):
    """A running header (left text, right text after a tab) and a footer line with an optional page field."""
    from docx.shared import Pt

    section = document.sections[0]
    head = section.header.paragraphs[0]
    run = head.add_run(left)
    run.font.size = Pt(size)
    if right:
        run = head.add_run("\t\t" + right)
        run.font.size = Pt(size)
        run.bold = True
    foot = section.footer.paragraphs[0]
    if footer:
        run = foot.add_run(footer)
        run.font.size = Pt(size)
    if page_prefix is not None:
        run = foot.add_run(page_prefix)
        run.font.size = Pt(size)
        _page_number_field(foot)


def _bullet(document, text: str, style="List Bullet", bold_lead: str | None = None):
    paragraph = document.add_paragraph(style=style)
    if bold_lead:
        paragraph.add_run(bold_lead).bold = True
    paragraph.add_run(text)
    return paragraph


# ------------------ 4. An awards entry form in SARA sections (Word, heading styles, form tables)

def tilley_entry(out: Path) -> None:
    """A force's entry to a national problem-solving award (Word, Calibri, Title and Subtitle styles, an italic
    guidance paragraph, a labelled cover table with a shaded label column, Heading 1 sections lettered A to D
    with italic word limits, Heading 2 SARA stages, analysis and assessment tables with shaded heads, List Bullet
    problem analysis triangle lines with bold leads, List Number responses, bracketed word counts, an endorsement
    with a signature block and tick-box declarations): header with the award and OFFICIAL, footer with the entry
    and page number."""
    from docx import Document

    document = Document()
    _base_font(document, "Calibri", 11)
    _recolour_heading(document, 1, "1F3864", "Calibri", 14)
    _recolour_heading(document, 2, "2E74B5", "Calibri", 12)
    _header_footer(document, "Tilley Awards 2025 | Entry form", "OFFICIAL",
                   "Tilley Awards 2025 entry: Operation Ratchet, Thames Valley Police | Page ", page_prefix="")

    document.add_paragraph("Tilley Awards 2025", style="Title")
    document.add_paragraph("Entry form", style="Subtitle")
    _styled(document, "Please complete all sections. Sections A and B must not exceed 4,000 words in total, excluding "
                      "tables. Entries must be endorsed by a chief officer. Do not include the names of victims, "
                      "suspects or members of the public. The closing date is 31 July 2025.", italic=True, size=9.5)
    _grid(document, [
        ["Project title", "Operation Ratchet: cutting tool theft from vans in Milton Keynes"],
        ["Category", "Acquisitive crime"],
        ["Force", "Thames Valley Police"],
        ["Key partners", "Milton Keynes City Council (Community Safety and Trading Standards); trade counters on the "
                         "Denbigh and Mount Farm industrial estates; local tradespeople"],
        ["Lead contact", "PS 2417 Hannah Okoro, Milton Keynes Problem Solving Team"],
        ["Email", "hannah.okoro@thamesvalley.example.police.uk"],
        ["Telephone", "01632 960744"],
        ["Dates of project", "June 2024 to March 2025 (continuing)"],
        ["Entered before?", "No"],
        ["Endorsed by", "ACC Richard Hale (Section C)"],
    ], header_fill="DEEAF6", label_col=True, head_row=False, size=10)

    document.add_heading("Section A: Summary", level=1)
    _styled(document, "No more than 400 words.", italic=True, size=9.5)
    document.add_paragraph(
        "Operation Ratchet was a problem-solving response by Thames Valley Police's Milton Keynes Problem Solving "
        "Team and Milton Keynes City Council to a sharp rise in thefts of tools from vans. Between January and May "
        "2024, 214 thefts of tools from vans were reported in Milton Keynes, half as many again as in the same "
        "months of 2023. Tradespeople who lose their tools lose their income for days or weeks, and several told "
        "us they had stopped reporting because nothing came of it.")
    document.add_paragraph(
        "Our analysis showed that four in five thefts happened overnight, most on residential streets outside the "
        "owner's home, and that more than half of the vans had been opened by peeling back the door panel. Almost "
        "no tools were marked, so recovered tools could not be returned and handlers were hard to prosecute.")
    document.add_paragraph(
        "With the council we ran van security days at trade counters, where tradespeople could have slam locks "
        "fitted at cost and their tools marked and registered free; we patrolled the six streets and estates with "
        "the most thefts overnight; officers and trading standards checked car boot sales and second-hand shops; "
        "and we sent prevention messages through the trade counters themselves.")
    document.add_paragraph(
        "From June 2024 to March 2025 thefts of tools from vans fell by 43% against the same months a year "
        "earlier, while the rest of the Thames Valley saw a fall of 6%. 67 marked tools were returned to their "
        "owners, against 12 the year before.")
    _styled(document, "[Words: 318]", size=9.5)

    document.add_heading("Section B: Description of the project", level=1)
    _styled(document, "Describe the project using the SARA model. No more than 3,600 words.", italic=True, size=9.5)
    document.add_heading("Scanning", level=2)
    document.add_paragraph(
        "The problem came to the team through the local policing area's monthly tasking meeting in May 2024, after "
        "two councillors and a local builders' merchant raised it. Reports of theft from vans in Milton Keynes had "
        "risen every month since the previous autumn. We checked the crime data, spoke to 23 tradespeople who had "
        "been victims and visited four trade counters to ask what their customers were telling them.")
    document.add_heading("Analysis", level=2)
    document.add_paragraph("We read every crime report from January to May 2024. Table 1 shows what we found.")
    _grid(document, [
        ["Feature of the theft (January to May 2024, 214 thefts)", "Number", "Share"],
        ["Happened overnight, between 10pm and 6am", "171", "80%"],
        ["Van parked on a residential street outside the owner's home", "158", "74%"],
        ["Door panel peeled back to get in", "122", "57%"],
        ["No security on the van beyond the factory locks", "189", "88%"],
        ["Any of the stolen tools marked", "9", "4%"],
    ], header_fill="DEEAF6", size=10)
    _styled(document, "Table 1: Thefts of tools from vans in Milton Keynes, January to May 2024", italic=True,
            size=9, space_after=10)
    document.add_paragraph("We used the problem analysis triangle to draw the findings together:")
    _bullet(document, "tradespeople working long days, who park outside their homes because their estates have no "
                      "secure parking and who had not marked their tools.", bold_lead="Victims: ")
    _bullet(document, "a small number of prolific offenders, three of them already known to us, using cars to tour "
                      "estates after midnight and selling tools on quickly.", bold_lead="Offenders: ")
    _bullet(document, "six streets and estates in the north and east of the city with long rows of on-street "
                      "parking, poor lighting and easy routes on to the grid roads.", bold_lead="Locations: ")
    document.add_paragraph(
        "Of the 31 stolen tools we did recover in that period, most were found at car boot sales or listed on "
        "online marketplaces, but none could be returned because none could be identified.")
    document.add_heading("Response", level=2)
    document.add_paragraph("We agreed four pieces of work with the council and the trade counters:")
    _bullet(document, "Van security days. On eight Saturday mornings, at trade counters on the Denbigh and Mount Farm "
                      "estates, a locksmith fitted slam locks and deadlocks at cost, with the council paying half, "
                      "and officers and PCSOs marked tools with ultraviolet pens and dot-peen engravers and "
                      "registered them on Immobilise.", style="List Number")
    _bullet(document, "Overnight patrols. The team and response officers patrolled the six hotspots between midnight "
                      "and 5am on the nights the analysis showed were worst, using ANPR to look for the cars we knew "
                      "offenders used.", style="List Number")
    _bullet(document, "Market checks. Officers and the council's trading standards officers checked car boot sales "
                      "and second-hand shops each month, and we watched online listings for marked or suspiciously "
                      "cheap tools.", style="List Number")
    _bullet(document, "Messages through the trade. The trade counters printed 'Lock it, mark it, take it in' on their "
                      "receipts and shared our alerts with a broadcast list of 1,100 tradespeople.",
            style="List Number")
    document.add_heading("Assessment", level=2)
    _grid(document, [
        ["Measure", "June 2023 to March 2024", "June 2024 to March 2025", "Change"],
        ["Thefts of tools from vans reported", "388", "221", "-43%"],
        ["Stolen tools returned to their owners", "12", "67", "+55"],
        ["Arrests for theft from vans or handling", "9", "31", "+22"],
        ["Vans fitted with extra locks at security days", "0", "640", ""],
    ], header_fill="DEEAF6", size=10)
    _styled(document, "Table 2: Results", italic=True, size=9, space_after=10)
    document.add_paragraph(
        "Over the same months the rest of the Thames Valley saw a fall of 6%. We looked for displacement to "
        "neighbouring towns and found none. None of the 640 vans fitted with extra locks at the security days has "
        "been reported broken into since. The project cost \u00a39,800, mostly the council's share of the locks.")
    document.add_paragraph(
        "What we would do differently: start marking tools sooner. The marking only began to pay off once "
        "offenders knew that marked tools were hard to sell.")
    _styled(document, "[Words: 1,487]", size=9.5)

    document.add_heading("Section C: Chief officer endorsement", level=1)
    document.add_paragraph(
        "I endorse this entry. Operation Ratchet is now part of the Milton Keynes local policing area's plan for "
        "tool theft every autumn and winter, and Bedfordshire Police have asked for the team's analysis template.")
    _styled(document, "Richard Hale, Assistant Chief Constable, Thames Valley Police, 24 July 2025", bold=True)

    document.add_heading("Section D: Declarations", level=1)
    document.add_paragraph("\u2612 I confirm that the information in this entry is accurate.")
    document.add_paragraph("\u2612 I confirm that no victim, suspect or member of the public can be identified from "
                           "this entry.")
    document.add_paragraph("\u2610 I would like to be contacted about presenting this project at a regional event.")
    _styled(document, "Send the completed form to tilley.awards@example.org.uk by 31 July 2025.", size=9.5)
    _save_docx(document, out / "thames-valley-police-tilley-awards-2025-entry-operation-ratchet.docx",
               "Tilley Awards 2025 entry form: Operation Ratchet", "Thames Valley Police")


# ------------------ 5. A force's letter of support for a charity's funding bid (Word, letterhead)

def cleveland_letter_of_support(out: Path) -> None:
    """A force's letter of support for a youth charity's funding bid (Word, Arial, a letterhead typed as
    paragraphs: the force's name in bold navy capitals, the team, a navy rule drawn as a paragraph border, the
    sender's address block set right, a borderless two-column table of reference, date and contact lines, the
    addressee, salutation, a bold subject line, body paragraphs with results as indented lines, a closing and a
    typed signature block, a P.S.): header with OFFICIAL, footer with the force's headquarters address, web
    address and the page number."""
    from docx import Document
    from docx.shared import Pt

    navy = "0B2D5B"
    document = Document()
    _base_font(document, "Arial", 10.5)
    _header_footer(document, "", "OFFICIAL",
                   "Cleveland Police, Ladgate Lane, Middlesbrough TS8 9EH  |  www.cleveland.police.uk  |  Page ",
                   size=7.5, page_prefix="")

    _styled(document, "CLEVELAND POLICE", bold=True, size=18, color=navy, space_after=0)
    rule = _styled(document, "Hartlepool Neighbourhood Policing Team", size=10.5, color=navy, space_after=10)
    _rule(rule, navy, size=12)
    for line in ("Hartlepool Police Office", "Avenue Road", "Hartlepool", "TS24 8AJ", "Non-emergency: 101"):
        _styled(document, line, size=9.5, align="right", space_after=0)
    _styled(document, "", space_after=4)
    refs = document.add_table(rows=0, cols=2)
    _borders(refs, "nil")
    for label, value in (("Our ref:", "HPL/NPT/0925/14"), ("Date:", "18 September 2025"),
                         ("Please ask for:", "Inspector Lee Marsden"),
                         ("Email:", "lee.marsden@cleveland.example.police.uk")):
        cells = refs.add_row().cells
        _cell_para(cells[0], label, bold=True, size=9.5, first=True)
        _cell_para(cells[1], value, size=9.5, first=True)
    _styled(document, "", space_after=2)
    for line in ("The Grants Team", "The National Lottery Community Fund", "(by email, with the application)"):
        _styled(document, line, space_after=0)
    _styled(document, "", space_after=4)
    document.add_paragraph("Dear Sir or Madam,")
    _styled(document, "Letter of support: The Old Rope Works Youth Hub, Hartlepool (registered charity 1174036), "
                      "application to Reaching Communities", bold=True)
    document.add_paragraph(
        "I am the inspector in charge of neighbourhood policing in Hartlepool, and I am writing to support The Old "
        "Rope Works Youth Hub's application for \u00a3298,400 over three years. My team has worked closely with the "
        "Hub for the last two years and I would like to explain why.")
    document.add_paragraph(
        "In the autumn of 2023 anti-social behaviour by young people in the town centre and around Church Street "
        "was taking up a large part of my officers' Friday and Saturday evenings. Most of the young people we "
        "spoke to told us there was nowhere for them to go. The Hub agreed to open its building on Friday nights "
        "from 6pm to 10pm, and since October 2023 we have run the Friday Night Project together. The Hub's youth "
        "workers run the sessions, with food, music, the gym and a games room; two of my PCSOs join every session, "
        "play pool, cook and talk with the young people, and walk the streets nearby with the Hub's detached "
        "youth workers at the start of the evening to invite young people in. Where officers deal with a young "
        "person for anti-social behaviour anywhere in the town, they now offer a referral to the Hub rather than "
        "only a warning letter to their parents.")
    document.add_paragraph("Comparing October to March in 2022/23 and 2023/24:")
    for line in ("reports of youth anti-social behaviour in the town centre on Friday nights fell from 63 to 27;",
                 "an average of 41 young people came to each Friday session;",
                 "officers referred 38 young people to the Hub, and 29 of them came back at least three times."):
        paragraph = _styled(document, "\u2013  " + line, space_after=2)
        paragraph.paragraph_format.left_indent = Pt(18)
    _styled(document, "", space_after=2)
    document.add_paragraph(
        "The first six months of 2025 have followed the same pattern. Just as important, the young people now know "
        "my PCSOs by name, and several have come to them with information about their own safety that they would "
        "never have given us before.")
    document.add_paragraph(
        "The Hub's application would let it open on Tuesday evenings as well and take the same approach to Owton "
        "Manor, where we see similar problems. If the application succeeds, my team will commit two PCSOs to each "
        "Tuesday session and will continue to refer young people to the Hub. I have no hesitation in supporting "
        "the application.")
    document.add_paragraph("Yours faithfully,")
    _styled(document, "", space_after=14)
    _styled(document, "Lee Marsden", bold=True, space_after=0)
    _styled(document, "Inspector 1287", space_after=0)
    _styled(document, "Hartlepool Neighbourhood Policing Team", space_after=0)
    _styled(document, "Cleveland Police", space_after=10)
    _styled(document, "P.S. If you need to contact me about this letter, please quote the reference above.", size=9)
    _save_docx(document, out / "cleveland-police-letter-of-support-old-rope-works-youth-hub.docx",
               "Letter of support: The Old Rope Works Youth Hub", "Cleveland Police")


# ------------------ 6. A study visit's joining instructions and itinerary (Word, tables, boxed panel)

def cardiff_study_visit(out: Path) -> None:
    """A council community safety team's joining instructions and itinerary for a two-day study visit (Word,
    Calibri, a teal title and date line, a shaded one-cell box of joining details with bold run-in labels, a
    delegates table, two itinerary tables with shaded heads (time, session, where, host), Heading 1 and Heading 2
    background briefing with results as List Bullet lines, an italic note, bold 'What to bring' bullets and an
    after-the-visit paragraph): header with the partnership and the visit, footer with the team's address, a Welsh
    language line and the page number."""
    from docx import Document

    teal = "00646E"
    document = Document()
    _base_font(document, "Calibri", 10.5)
    _recolour_heading(document, 1, teal, "Calibri", 14)
    _recolour_heading(document, 2, teal, "Calibri", 12)
    _header_footer(document, "Safer Cardiff | Study visit, 13 and 14 November 2025", None,
                   "Community Safety Team, Cardiff Council, City Hall, Cathays Park, Cardiff CF10 3ND. "
                   "Mae'r ddogfen hon ar gael yn Gymraeg.  Page ", size=7.5, page_prefix="")

    _styled(document, "SAFER CARDIFF", bold=True, size=10, color=teal, space_after=2)
    _styled(document, "Study visit: Cardiff's night-time economy", bold=True, size=20, space_after=2)
    _styled(document, "Thursday 13 and Friday 14 November 2025", size=13, color=teal, space_after=2)
    _styled(document, "Joining instructions and itinerary", italic=True, size=11, space_after=10)

    box = _box(document, "E6F2F3", teal)
    _cell_para(box, "Before you arrive", bold=True, size=11, color=teal, first=True)
    for label, text in (("Meeting point: ", "Committee Room 4, City Hall, Cathays Park, Cardiff CF10 3ND, at 12.45pm on "
                                            "Thursday. Reception will have your passes."),
                        ("Travel: ", "Cardiff Queen Street station is a ten-minute walk. There is pay and display "
                                     "parking in the North Road car park (about \u00a39 a day)."),
                        ("Hotel: ", "Rooms are booked for one night at the Greyfriars Hotel, Greyfriars Road. Check-in is "
                                    "from 3pm; leave your bags at City Hall until then."),
                        ("The evening: ", "The night-time observation runs from 10pm to 2am. Wear warm clothing and "
                                          "flat shoes; you will be on your feet. Each group has a named host and "
                                          "you must stay with them."),
                        ("On the night: ", "If you are separated from your group, call the control room on "
                                           "07700 900418.")):
        paragraph = box.add_paragraph()
        run = paragraph.add_run(label)
        run.bold = True
        paragraph.add_run(text)
    _styled(document, "", space_after=4)

    document.add_heading("Who is coming", level=1)
    _grid(document, [
        ["Name", "Organisation", "Role"],
        ["Chief Inspector Priya Lal", "Sussex Police", "Brighton and Hove city centre"],
        ["Sergeant Tom Ashworth", "Sussex Police", "Night-time economy team"],
        ["Jo Fairweather", "Brighton & Hove City Council", "Licensing Manager"],
        ["Marcus Obi", "Brighton & Hove City Council", "Community Safety Partnership Manager"],
        ["Dr Ellen Rees", "University Hospitals Sussex NHS Foundation Trust", "Emergency Department consultant"],
    ], header_fill="CFE6E8", size=9.5)
    _styled(document, "", space_after=4)

    document.add_heading("Itinerary", level=1)
    _styled(document, "Day 1: Thursday 13 November", bold=True, color=teal, space_after=4)
    _grid(document, [
        ["Time", "Session", "Where", "Host"],
        ["12.45", "Arrival and lunch", "City Hall, Committee Room 4", "Safer Cardiff"],
        ["13.30", "Welcome and introductions", "Committee Room 4", "Cabinet Member for Public Safety"],
        ["14.00", "The Night-time Help Centre: how it works", "Committee Room 4", "Cardiff Council, South Wales Police"],
        ["15.15", "Sharing Emergency Unit data: a walk through the monthly pack", "Committee Room 4",
         "South Wales Police, Cardiff and Vale University Health Board"],
        ["16.30", "Break and hotel check-in", "", ""],
        ["19.00", "Dinner (own cost)", "", ""],
        ["21.45", "Safety briefing", "Central police station, Cathays", "South Wales Police"],
        ["22.00 to 02.00", "Night-time observation in two groups: St Mary Street and the Help Centre; Womanby Street "
                           "and Caroline Street", "City centre", "Hosts as briefed"],
    ], header_fill="CFE6E8", size=9.5)
    _styled(document, "", space_after=4)
    _styled(document, "Day 2: Friday 14 November", bold=True, color=teal, space_after=4)
    _grid(document, [
        ["Time", "Session", "Where", "Host"],
        ["10.00", "Coffee and debrief of the night", "City Hall, Committee Room 4", "Safer Cardiff"],
        ["11.00", "Licensing and the data: two premises reviews", "Committee Room 4", "Cardiff Council Licensing"],
        ["12.00", "What would work in Brighton and Hove? Open discussion", "Committee Room 4", "All"],
        ["13.00", "Lunch and close", "", ""],
    ], header_fill="CFE6E8", size=9.5)

    document.add_heading("Background briefing", level=1)
    _styled(document, "Please read this before you arrive. The figures are the partnership's own.", italic=True)
    document.add_heading("The Night-time Help Centre", level=2)
    document.add_paragraph(
        "Cardiff Council, South Wales Police and the Welsh Ambulance Services NHS Trust have run the Night-time "
        "Help Centre on St Mary Street since December 2022, with volunteers from St John Ambulance Cymru. It opens "
        "from 10pm to 4am on Friday and Saturday nights and on big event nights, and is staffed by a paramedic, a "
        "council support worker and four volunteers. Officers and door staff bring people who are drunk, injured "
        "or vulnerable to the centre instead of to custody or the Emergency Unit, and the centre keeps them safe "
        "until they can get home or a friend collects them. The ambulance service dispatches to the centre's "
        "paramedic first for city centre calls that are not life-threatening.")
    document.add_paragraph("In 2024/25:")
    _bullet(document, "1,214 people were looked after at the centre, 62% of them brought in by officers or door staff;")
    _bullet(document, "ambulance conveyances from the city centre to the Emergency Unit on Friday and Saturday nights "
                      "fell by 38% against 2021/22;")
    _bullet(document, "officers spent an average of 22 minutes handing someone over at the centre, against more than "
                      "three hours waiting with them at the Emergency Unit.")
    document.add_heading("Sharing Emergency Unit data", level=2)
    document.add_paragraph(
        "South Wales Police and Cardiff and Vale University Health Board share anonymised information about "
        "assaults treated at the University Hospital of Wales Emergency Unit. Reception staff ask every patient "
        "injured in an assault where and when it happened and whether a weapon was used, and the health board "
        "sends the force the results each month with no names attached. The force's city centre and licensing "
        "teams use them with their own crime data to plan patrols and to decide which premises to raise at the "
        "licensing sub-committee; most of the assaults treated at the unit are never reported to the police.")
    document.add_paragraph("Since the monthly pack started in its current form in April 2022:")
    _bullet(document, "violence with injury in the city centre fell by 24% between 2022 and 2024;")
    _bullet(document, "patrols moved to two streets that the police data had not picked out, where assaults then fell "
                      "by a third;")
    _bullet(document, "two premises were reviewed on the evidence and had conditions added to their licences.")
    document.add_heading("What to bring", level=1)
    for item in ("photo ID (you will be asked for it at the police station)",
                 "a charged phone, with the control room number saved",
                 "your own questions: we will collect them at the welcome"):
        _bullet(document, item)
    document.add_heading("After the visit", level=1)
    document.add_paragraph(
        "We will send you the slides and a short feedback form the week after. If you would like a second visit or "
        "a call with any of the hosts, ask Safer Cardiff on community.safety@cardiff.example.gov.uk.")
    _save_docx(document, out / "safer-cardiff-night-time-economy-study-visit-joining-instructions-2025-11.docx",
               "Study visit: Cardiff's night-time economy, joining instructions and itinerary", "Cardiff Council")


# ------------------ 7. A consultancy's 'Our associates' page (HTML)

KESTREL_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our associates | Kestrel Public Safety Associates</title>
<meta name="description" content="Meet the former police leaders, council managers and researchers who work with Kestrel Public Safety Associates.">
<link rel="stylesheet" href="/assets/css/site.min.css?v=3.4.1">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Organization", "name": "Kestrel Public Safety Associates Ltd",
 "url": "https://www.kestrelpsa.example.co.uk/", "telephone": "+44 161 496 0732",
 "address": {"@type": "PostalAddress", "streetAddress": "Suite 6, Bridgewater House, 12 Winwick Street",
 "addressLocality": "Warrington", "postalCode": "WA2 7TT", "addressCountry": "GB"}}
</script>
<style>
 .cookie-bar{position:fixed;bottom:0;left:0;right:0;background:#14213d;color:#fff;padding:14px 24px}
 .cards{display:grid;grid-template-columns:repeat(2,1fr);gap:28px}
 .card{border:1px solid #d8dde6;border-radius:6px;padding:22px}
 .tag{display:inline-block;background:#eef2f8;border-radius:12px;padding:2px 10px;font-size:.8rem;margin:0 4px 4px 0}
 .highlight{border-left:4px solid #f2a541;background:#fffaf2;padding:10px 14px}
</style>
</head>
<body class="page-template-associates">
<div class="cookie-bar" id="cookie-bar" role="region" aria-label="Cookie notice">
  <p>We use cookies to understand how people use our website and to improve it. You can accept all cookies or choose which ones we use.</p>
  <button type="button" class="btn btn-primary">Accept all</button>
  <button type="button" class="btn btn-link">Cookie settings</button>
</div>
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/kestrel-logo.svg" alt="Kestrel Public Safety Associates" width="188" height="44"></a>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/services/">Services</a></li>
      <li class="current"><a href="/associates/" aria-current="page">Associates</a></li>
      <li><a href="/insights/">Insights</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
  <a class="btn btn-accent" href="/contact/#discovery">Book a discovery call</a>
</header>

<main id="content">
  <section class="hero">
    <p class="eyebrow">People</p>
    <h1>Our associates</h1>
    <p class="lede">Kestrel is a small firm with a wide network. Our associates have led neighbourhood policing, run community safety partnerships and evaluated what works, and they bring that experience to reviews, training and evaluations for forces, councils and charities.</p>
  </section>

  <section class="filters" aria-label="Filter associates">
    <p><strong>Filter by specialism:</strong></p>
    <button type="button" class="filter is-active" data-filter="all">All</button>
    <button type="button" class="filter" data-filter="neighbourhood">Neighbourhood policing</button>
    <button type="button" class="filter" data-filter="partnerships">Partnerships</button>
    <button type="button" class="filter" data-filter="evaluation">Evaluation</button>
    <button type="button" class="filter" data-filter="transport">Transport and public spaces</button>
  </section>

  <section class="cards">
    <article class="card" data-tags="neighbourhood partnerships">
      <img src="/uploads/2024/03/clare-whitworth-600x600.jpg" alt="Clare Whitworth, smiling, in a navy jacket" width="120" height="120">
      <h2>Clare Whitworth</h2>
      <p class="role">Associate Director<br>Former Chief Superintendent, Hertfordshire Constabulary</p>
      <p><span class="tag">Neighbourhood policing</span><span class="tag">Partnerships</span><span class="tag">Anti-social behaviour</span></p>
      <p>Clare served for 29 years with Hertfordshire Constabulary, finishing as Chief Superintendent and head of local policing. She leads our reviews of neighbourhood policing and our work on partnership hubs.</p>
      <div class="highlight">
        <h3>Career highlight</h3>
        <p>As district commander for Stevenage from 2016 to 2020, Clare brought the force's Stevenage neighbourhood team and Stevenage Borough Council's anti-social behaviour officers together in one office at Daneshill House as the Safer Stevenage Hub. Officers and council staff shared a daily briefing and a single case list for repeat victims and problem addresses, and used the council's tenancy powers and the police's anti-social behaviour powers side by side.</p>
        <p>Over the hub's first two years, repeat calls about anti-social behaviour from the same addresses fell by 38%, and the number of cases open for more than six months fell from 74 to 19.</p>
      </div>
      <p>Clare has since advised three forces on setting up shared hubs. She is a trained mediator.</p>
      <p><a href="/associates/clare-whitworth/">Read Clare's full profile</a></p>
    </article>

    <article class="card" data-tags="evaluation">
      <img src="/uploads/2024/03/imran-qureshi-600x600.jpg" alt="Dr Imran Qureshi in front of a bookcase" width="120" height="120">
      <h2>Dr Imran Qureshi</h2>
      <p class="role">Associate, Evaluation<br>Criminologist</p>
      <p><span class="tag">Evaluation</span><span class="tag">Problem-solving</span><span class="tag">Training</span></p>
      <p>Imran was a senior lecturer in criminology for twelve years and has evaluated more than 20 community safety programmes for councils, police and crime commissioners and charities. He leads our evaluations and our training in problem-solving and using evidence.</p>
      <h3>Selected publications</h3>
      <ul>
        <li>Qureshi, I. and Barr, J. (2021) 'Counting what counts in partnership working', <em>Community Safety Review</em> 9(2), pp. 44-61.</li>
        <li>Qureshi, I. (2019) <em>Small Grants, Big Claims: evaluating community safety funds</em>. Bristol: Policy Press Shorts.</li>
      </ul>
      <p><a href="/associates/imran-qureshi/">Read Imran's full profile</a></p>
    </article>

    <article class="card" data-tags="partnerships">
      <img src="/uploads/2024/05/janet-ollerenshaw-600x600.jpg" alt="Janet Ollerenshaw outdoors" width="120" height="120">
      <h2>Janet Ollerenshaw</h2>
      <p class="role">Associate, Partnerships<br>Former Head of Community Safety in local government</p>
      <p><span class="tag">Partnerships</span><span class="tag">Strategy</span><span class="tag">Reviews</span></p>
      <p>Janet spent 18 years in local government, the last eight as a head of community safety. She has written community safety strategies and serious violence needs assessments for six partnerships, chaired domestic abuse related death reviews and trains new partnership chairs. She knows how partnership boards work, and how they can work better.</p>
      <p><a href="/associates/janet-ollerenshaw/">Read Janet's full profile</a></p>
    </article>

    <article class="card" data-tags="neighbourhood transport">
      <img src="/uploads/2025/01/gareth-pryce-600x600.jpg" alt="Gareth Pryce at a bus station" width="120" height="120">
      <h2>Gareth Pryce</h2>
      <p class="role">Associate, Transport and public spaces<br>Former Superintendent, Greater Manchester Police</p>
      <p><span class="tag">Transport and public spaces</span><span class="tag">Neighbourhood policing</span></p>
      <p>Gareth served 27 years with Greater Manchester Police, the last five as the superintendent in charge of neighbourhood policing in Oldham.</p>
      <div class="highlight">
        <h3>Career highlight</h3>
        <p>In 2019 he set up Operation Compass with Transport for Greater Manchester's TravelSafe team after a run of attacks on bus drivers on the routes between Oldham and Manchester city centre. GMP officers and TravelSafe officers rode and met buses together on the worst evening routes, drivers were given a direct number for the patrols, and footage from the buses' cameras was downloaded within 24 hours of any incident instead of within a fortnight.</p>
        <p>In the first year, assaults on drivers on those routes fell from 19 to 7, and anti-social behaviour reported by drivers fell by 41%.</p>
      </div>
      <p><a href="/associates/gareth-pryce/">Read Gareth's full profile</a></p>
    </article>
  </section>

  <section class="testimonials" aria-label="What our clients say">
    <h2>What our clients say</h2>
    <blockquote>
      <p>"Kestrel's review gave our board a clear, honest picture and a plan we could actually deliver."</p>
      <footer>Community Safety Partnership chair, a unitary council in the North West</footer>
    </blockquote>
  </section>

  <section class="cta">
    <h2>Join our associate network</h2>
    <p>We are always glad to hear from people with senior experience in policing, community safety or research. Send a short CV to <a href="mailto:associates@kestrelpsa.example.co.uk">associates@kestrelpsa.example.co.uk</a>.</p>
  </section>
</main>

<footer class="site-footer">
  <nav aria-label="Footer">
    <a href="/privacy/">Privacy notice</a> | <a href="/cookies/">Cookies</a> | <a href="/accessibility/">Accessibility</a> | <a href="/modern-slavery/">Modern slavery statement</a>
  </nav>
  <p>Kestrel Public Safety Associates Ltd is registered in England and Wales, company no. 11904271. Registered office: Suite 6, Bridgewater House, 12 Winwick Street, Warrington WA2 7TT. ICO registration ZA604318.</p>
  <p>Tel 0161 496 0732 &middot; &copy; 2025 Kestrel Public Safety Associates Ltd</p>
</footer>
<script src="/assets/js/site.min.js?v=3.4.1"></script>
</body>
</html>
"""


# ------------------ 8. A university's virtual learning environment page for a policing degree (HTML)

MOODLE_HTML = """<!DOCTYPE html>
<html dir="ltr" lang="en" xml:lang="en">
<head>
    <title>NP201: Week 3: Applying SARA | Ribblesdale Learn</title>
    <link rel="shortcut icon" href="https://learn.ribblesdale.example.ac.uk/theme/image.php/boost_rdu/theme/1760612408/favicon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta name="keywords" content="moodle, NP201: Week 3: Applying SARA | Ribblesdale Learn" />
    <link rel="stylesheet" type="text/css" href="https://learn.ribblesdale.example.ac.uk/theme/styles.php/boost_rdu/1760612408_1/all" />
    <script>
    //<![CDATA[
    var M = {}; M.yui = {};
    M.cfg = {"wwwroot":"https:\\/\\/learn.ribblesdale.example.ac.uk","sesskey":"Xq8bP2mTzL","courseId":4417,"contextid":288109,"theme":"boost_rdu","developerdebug":false};
    //]]>
    </script>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body id="page-mod-page-view" class="format-topics limitedwidth path-mod path-mod-page chrome dir-ltr lang-en yui-skin-sam yui3-skin-sam learn-ribblesdale-example-ac-uk pagelayout-incourse course-4417 context-288109 cmid-301552 category-61 theme uses-drawers drawer-open-index">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">
    <div>
        <a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a>
    </div>
    <nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Site navigation">
        <a href="https://learn.ribblesdale.example.ac.uk" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn">
            <img src="https://learn.ribblesdale.example.ac.uk/pluginfile.php/1/core_admin/logocompact/300x300/1760612408/rdu-learn.png" class="logo mr-1" alt="Ribblesdale Learn">
        </a>
        <div class="primary-navigation">
            <nav class="moremenu navigation">
                <ul role="menubar" class="nav more-nav navbar-nav">
                    <li data-key="home" class="nav-item" role="none"><a role="menuitem" class="nav-link" href="https://learn.ribblesdale.example.ac.uk/">Home</a></li>
                    <li data-key="myhome" class="nav-item" role="none"><a role="menuitem" class="nav-link" href="https://learn.ribblesdale.example.ac.uk/my/">Dashboard</a></li>
                    <li data-key="mycourses" class="nav-item" role="none"><a role="menuitem" class="nav-link active" aria-current="true" href="https://learn.ribblesdale.example.ac.uk/my/courses.php">My courses</a></li>
                    <li data-key="library" class="nav-item" role="none"><a role="menuitem" class="nav-link" href="https://library.ribblesdale.example.ac.uk/">Library</a></li>
                </ul>
            </nav>
        </div>
        <div id="usernavigation" class="navbar-nav ml-auto">
            <div class="popover-region collapsed popover-region-notifications" id="nav-notification-popover-container">
                <div class="popover-region-toggle nav-link icon-no-margin" role="button" aria-label="Show notification window with 2 new notifications">
                    <i class="icon fa fa-bell fa-fw" title="Toggle notifications menu" role="img" aria-label="Toggle notifications menu"></i>
                    <div class="count-container" data-region="count-container" aria-hidden="true">2</div>
                </div>
            </div>
            <div class="usermenu"><span class="userinitials size-35" title="Sam Mitchell" aria-hidden="true">SM</span></div>
        </div>
    </nav>

    <div class="drawer drawer-left show" id="theme_boost-drawers-courseindex" data-region="fixed-drawer">
        <div class="drawerheader"><h2 class="sr-only">Course index</h2></div>
        <nav id="courseindex" class="courseindex">
            <ul class="courseindex-section-list">
                <li class="courseindex-section"><a href="#section-0">General</a>
                    <ul><li>Module handbook 2025/26</li><li>Announcements</li><li>Assessment brief: problem-solving report</li></ul></li>
                <li class="courseindex-section"><a href="#section-1">Week 1: What is neighbourhood policing?</a></li>
                <li class="courseindex-section"><a href="#section-2">Week 2: Problems, not incidents</a></li>
                <li class="courseindex-section pageitem"><a href="#section-3">Week 3: Applying SARA</a>
                    <ul><li class="pageitem" aria-current="page">Week 3: Applying SARA</li><li>Week 3 forum</li><li>Week 3 quiz</li></ul></li>
                <li class="courseindex-section"><a href="#section-4">Week 4: Working with partners</a> <span class="badge">Restricted</span></li>
                <li class="courseindex-section"><a href="#section-5">Week 5: Engaging communities</a> <span class="badge">Restricted</span></li>
            </ul>
        </nav>
    </div>

    <div id="page" data-region="mainpage" class="drawers show-drawer-left">
        <div id="topofscroll" class="main-inner">
            <header id="page-header" class="header-maxwidth d-print-none">
                <div class="page-context-header"><div class="page-header-headings"><h1 class="h2">NP201 Neighbourhood Policing and Problem Solving (2025/26)</h1></div></div>
                <nav aria-label="Navigation bar">
                    <ol class="breadcrumb">
                        <li class="breadcrumb-item"><a href="https://learn.ribblesdale.example.ac.uk/course/index.php?categoryid=61">Police Constable Degree Apprenticeship: Year 2</a></li>
                        <li class="breadcrumb-item"><a href="https://learn.ribblesdale.example.ac.uk/course/view.php?id=4417">NP201</a></li>
                        <li class="breadcrumb-item"><a href="https://learn.ribblesdale.example.ac.uk/course/view.php?id=4417#section-3">Week 3: Applying SARA</a></li>
                        <li class="breadcrumb-item"><span>Week 3: Applying SARA</span></li>
                    </ol>
                </nav>
            </header>
            <div class="secondary-navigation d-print-none">
                <nav class="moremenu navigation"><ul class="nav more-nav nav-tabs">
                    <li class="nav-item"><a class="nav-link" href="https://learn.ribblesdale.example.ac.uk/course/view.php?id=4417">Course</a></li>
                    <li class="nav-item"><a class="nav-link" href="https://learn.ribblesdale.example.ac.uk/user/index.php?id=4417">Participants</a></li>
                    <li class="nav-item"><a class="nav-link" href="https://learn.ribblesdale.example.ac.uk/grade/report/index.php?id=4417">Grades</a></li>
                    <li class="nav-item"><a class="nav-link" href="https://learn.ribblesdale.example.ac.uk/blocks/reading_list/view.php?id=4417">Reading list</a></li>
                </ul></nav>
            </div>
            <div id="page-content" class="d-flex">
                <div id="region-main-box">
                    <section id="region-main" aria-label="Content">
                        <span class="notifications" id="user-notifications"></span>
                        <div role="main"><span id="maincontent"></span>
                            <div class="activity-header" data-for="page-activity-header">
                                <h2>Week 3: Applying SARA</h2>
                                <div data-region="activity-dates" class="activity-dates">
                                    <div><strong>Opened:</strong> Monday, 13 October 2025, 12:00 AM</div>
                                </div>
                                <div data-region="completion-info">
                                    <button class="btn btn-outline-secondary btn-sm text-nowrap" data-action="toggle-manual-completion" data-toggletype="manual:mark-done">Mark as done</button>
                                </div>
                            </div>
                            <div class="box py-3 generalbox center clearfix">
                                <div class="no-overflow">
<h3>Learning outcomes</h3>
<p>By the end of this week you should be able to:</p>
<ol>
<li>describe the four stages of the SARA model and what happens at each;</li>
<li>use the problem analysis triangle to organise what you know about a problem;</li>
<li>choose a response that fits the analysis, and say how you would know whether it worked.</li>
</ol>
<p>Allow about three hours for this week, including the reading, the scenario and the quiz. This counts towards your 20% off-the-job learning.</p>

<h3>Reading</h3>
<p>Read the College of Policing's guidance on problem-solving in the Reading list tab before you start the scenario. The SARA model (Scanning, Analysis, Response, Assessment) was set out by Eck and Spelman in 1987, and most forces in England and Wales use it, or a version of it, for neighbourhood problem-solving plans.</p>

<div class="alert alert-info">
<h3>Scenario: the Brookfield estate</h3>
<p><em>This scenario is fictional. Anyshire Constabulary, Anytown, the Brookfield estate and the people in it are invented for teaching. Any likeness to a real place or scheme is coincidental.</em></p>
<p><strong>Scanning.</strong> PC Ellis and PCSO Grant are the neighbourhood team for the Brookfield estate in Anytown. Over the summer, calls about young people riding scooters and throwing stones at buses near the shops on Larch Parade rose from 11 to 48 a month. The local councillor has raised it at the ward panel, and the bus company has threatened to stop its evening service.</p>
<p><strong>Analysis.</strong> The team mapped the calls and found that most came between 7pm and 10pm on weekdays, from the same parade of shops, after the youth club lost its funding in the spring. Three bus shelters had broken lights. The same nine young people were named in most reports.</p>
<p><strong>Response.</strong> The team asked Anytown Council to fix the shelter lights, worked with a church to reopen the youth club on two evenings a week, and visited the nine young people at home with their parents. The bus company put a camera on the evening service.</p>
<p><strong>Assessment.</strong> Three months later, calls had fallen from 48 to 19 a month and the bus service was still running.</p>
</div>

<h3>Activity: work through the scenario</h3>
<p>In your workbook, answer the following before you go to the quiz:</p>
<ol>
<li>Draw the problem analysis triangle for Brookfield. What do you know about the victims, the offenders and the location? What do you <em>not</em> know?</li>
<li>Which of the responses deal with the location, which with the offenders and which with the victims?</li>
<li>Calls fell from 48 to 19. What else would you want to know before you said the plan worked? Think about displacement, the time of year and whether people stopped calling.</li>
</ol>

<div class="alert alert-warning">
<p><strong>Remember:</strong> do not use real names, addresses or crime reference numbers from your own force in your workbook or on the forum. Your workbook may be seen by your tutor and your workplace assessor.</p>
</div>

<h3>Knowledge check</h3>
<p>The Week 3 quiz has six questions and you can try it as many times as you like. It must be marked complete before Week 4 opens. Here is a practice question.</p>
<form class="practice-question">
<fieldset>
<legend>In the Brookfield scenario, which part of the problem analysis triangle did fixing the shelter lights address?</legend>
<label><input type="radio" name="q1" value="a"> The victim</label><br>
<label><input type="radio" name="q1" value="b"> The offender</label><br>
<label><input type="radio" name="q1" value="c"> The location</label><br>
<label><input type="radio" name="q1" value="d"> None of them</label>
</fieldset>
<button type="button" class="btn btn-secondary">Check</button>
</form>

<h3>Reflect</h3>
<p>Post in the Week 3 forum (150 to 250 words): think of a problem in the area you have been posted to. Which stage of SARA do you think your team skips most often, and why? Reply to at least one other apprentice's post.</p>

<h3>Acknowledgements</h3>
<p>This week was written by the module team with neighbourhood officers from Lancashire Constabulary, who checked that the scenario is realistic. Any errors are ours.</p>
                                </div>
                                <div class="modified">Last modified: Thursday, 2 October 2025, 4:17 PM</div>
                            </div>
                        </div>
                        <div class="activity-navigation container-fluid">
                            <div class="row">
                                <div class="col-md-4"><a href="https://learn.ribblesdale.example.ac.uk/mod/forum/view.php?id=301540" id="prev-activity-link" class="btn btn-link">&#x25C0;&#xFE0E; Week 2 quiz</a></div>
                                <div class="col-md-4"><select class="custom-select" aria-label="Jump to..."><option>Jump to...</option><option>Module handbook 2025/26</option><option>Week 3 forum</option><option>Week 3 quiz</option></select></div>
                                <div class="col-md-4"><a href="https://learn.ribblesdale.example.ac.uk/mod/forum/view.php?id=301553" id="next-activity-link" class="btn btn-link">Week 3 forum &#x25B6;&#xFE0E;</a></div>
                            </div>
                        </div>
                    </section>
                </div>
            </div>
        </div>
        <footer id="page-footer" class="footer-popover bg-white">
            <div class="footer-content-popover container" data-region="footer-content-popover">
                <div class="footer-section p-3 border-bottom">
                    <div class="logininfo">You are logged in as <a href="https://learn.ribblesdale.example.ac.uk/user/profile.php?id=55120" title="View profile">Sam Mitchell</a> (<a href="https://learn.ribblesdale.example.ac.uk/login/logout.php?sesskey=Xq8bP2mTzL">Log out</a>)</div>
                    <div class="tool_dataprivacy"><a href="https://learn.ribblesdale.example.ac.uk/admin/tool/dataprivacy/summary.php">Data retention summary</a></div>
                    <div><a href="https://download.moodle.org/mobile?version=2024100703&amp;lang=en&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Get the mobile app</a></div>
                    <div class="policiesfooter"><a href="https://learn.ribblesdale.example.ac.uk/admin/tool/policy/viewall.php?returnurl=https%3A%2F%2Flearn.ribblesdale.example.ac.uk%2Fmod%2Fpage%2Fview.php%3Fid%3D301552">Policies</a></div>
                </div>
                <div class="footer-section p-3">
                    <div>Ribblesdale University, Preston Road, Clitheroe BB7 1QX. IT Service Desk: 01632 960388.</div>
                    <div>Powered by <a href="https://moodle.com">Moodle</a></div>
                </div>
            </div>
        </footer>
    </div>
</div>
<script>
//<![CDATA[
M.util.js_pending('core/first'); require(['core/first'], function() { M.util.js_complete('core/first'); });
//]]>
</script>
</body>
</html>
"""


# ------------------ 9. A web archive's capture of a defunct partnership's projects page (HTML)

SCARBOROUGH_HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><script type="text/javascript" src="/_static/js/bundle-playback.js?v=1B2M2Y8A" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("http://www.saferscarborough.org.uk/our-projects/","20160415093212","https://web.archive.org/","web","/_static/",
	      "1460712732");
</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Our projects - Safer Scarborough Partnership</title>
<meta name="keywords" content="community safety, Scarborough, Whitby, Filey, anti-social behaviour, partnership" />
<link href="https://web.archive.org/web/20160415093212cs_/http://www.saferscarborough.org.uk/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
  <div id="wm-logo"><a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine" /></a></div>
  <div class="wm-ipp-top">INTERNET ARCHIVE</div>
  <form id="wm-ipp-form" target="_top" method="get" action="/web/submit">
    <input id="wmtbURL" type="text" name="url" value="http://www.saferscarborough.org.uk/our-projects/" />
    <input type="submit" value="Go" />
  </form>
  <div id="wm-nav-captures"><a class="t" href="/web/20160415093212*/http://www.saferscarborough.org.uk/our-projects/">187 captures</a>
    <div class="r">14 Mar 2011 - 2 Feb 2021</div></div>
  <table class="c"><tr class="y"><td>MAR</td><td class="b">APR</td><td>MAY</td></tr>
    <tr class="d"><td></td><td class="c">15</td><td></td></tr>
    <tr class="y"><td>2015</td><td class="b">2016</td><td>2017</td></tr></table>
  <div id="wm-btns"><a href="#" title="Share via My Web Archive">success</a> <a href="#">fail</a> <a href="#" id="wm-expand" title="Show more">About this capture</a></div>
  <div id="wm-capinfo" style="display:none">
    <div class="wm-title">COLLECTED BY</div>
    <div>Organization: <a href="/details/alexacrawls">Alexa Crawls</a></div>
    <div>Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.</div>
    <div class="wm-title">TIMESTAMPS</div>
    <div>The Wayback Machine - https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/our-projects/</div>
  </div>
</div>
</div>
</div>
<!-- END WAYBACK TOOLBAR INSERT -->

<div id="wrapper">
<div id="header">
  <a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/"><img src="https://web.archive.org/web/20160415093212im_/http://www.saferscarborough.org.uk/images/ssp-logo.gif" alt="Safer Scarborough Partnership logo" width="260" height="80" border="0" /></a>
  <div id="textsize">Text size: <a href="#">A</a> <a href="#">A+</a> <a href="#">A++</a></div>
</div>
<div id="nav">
  <ul>
    <li><a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/">Home</a></li>
    <li><a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/about-us/">About us</a></li>
    <li class="selected"><a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/our-projects/">Our projects</a></li>
    <li><a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/news/">News</a></li>
    <li><a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/meetings/">Meetings</a></li>
    <li><a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/report-it/">Report it</a></li>
    <li><a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/contact/">Contact us</a></li>
  </ul>
</div>
<div id="breadcrumb">You are here: <a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/">Home</a> &gt; Our projects</div>

<div id="content">
<h1>Our projects</h1>
<p>The Safer Scarborough Partnership brings together Scarborough Borough Council, North Yorkshire Police, North Yorkshire Fire and Rescue Service, North Yorkshire County Council, the probation service, the clinical commissioning group and Yorkshire Coast Homes to make Scarborough, Whitby, Filey and the villages safer. Here are some of the projects we have worked on.</p>

<div class="priorities">
<h3>Our priorities 2014-17</h3>
<ul>
<li>Anti-social behaviour</li>
<li>Alcohol and the night-time economy</li>
<li>Domestic abuse</li>
<li>Hate crime</li>
<li>Reducing reoffending</li>
</ul>
</div>

<h2>Castle Ward Landlords' Scheme</h2>
<p class="projectinfo"><strong>Partners:</strong> Scarborough Borough Council, North Yorkshire Police<br />
<strong>Status:</strong> Completed (2013 to 2015)</p>
<p>Many of the worst problems with anti-social behaviour in the Castle ward came from a small number of badly managed houses in multiple occupation. From 2013 the council's private sector housing team and North Yorkshire Police's Scarborough Safer Neighbourhood Team made joint visits to every HMO in the ward, 190 properties in all, checking fire safety and licences and talking to tenants and landlords about anti-social behaviour. Landlords who signed up to the scheme's code of practice were given training and a named contact at the police and the council; those who did not faced enforcement.</p>
<p><strong>What happened:</strong></p>
<ul>
<li>142 landlords signed up to the code.</li>
<li>Anti-social behaviour incidents recorded by the police in the ward fell from 1,036 in 2012/13 to 711 in 2014/15.</li>
<li>The council served 37 improvement notices and prosecuted 4 landlords.</li>
</ul>

<h2>Taxi marshals</h2>
<p class="projectinfo"><strong>Partners:</strong> Safer Scarborough Partnership, North Yorkshire Police<br />
<strong>Status:</strong> Running</p>
<p><img src="https://web.archive.org/web/20160415093212im_/http://www.saferscarborough.org.uk/images/projects/marshals.jpg" alt="Two taxi marshals in hi-vis jackets at the rank" width="200" height="150" align="right" />Since December 2014 the partnership has paid for two SIA-licensed taxi marshals at the Westborough taxi rank on Friday and Saturday nights from 11pm to 4am. They are in touch with North Yorkshire Police's town centre officers and the CCTV control room by radio, keep the queue in order, help vulnerable people into taxis and call officers in when trouble starts. Officers brief the marshals at the start of each night.</p>
<p><strong>What happened:</strong></p>
<ul>
<li>In the first year, violent incidents at and around the rank between 11pm and 4am fell from 58 to 31.</li>
<li>Taxi drivers told the council's licensing team that fare disputes at the rank were much rarer.</li>
</ul>

<h2>Hate crime reporting centres</h2>
<p class="projectinfo"><strong>Partners:</strong> North Yorkshire Police, North Yorkshire County Council<br />
<strong>Status:</strong> Running</p>
<p>People who have suffered hate crime do not always want to go to a police station. In 2015 North Yorkshire Police trained staff at Scarborough, Whitby and Filey libraries, which are run by North Yorkshire County Council, to take reports of hate crime in a private room and pass them to the police with the victim's agreement, or to record them anonymously if the victim prefers.</p>
<p><strong>What happened:</strong></p>
<ul>
<li>23 reports came through the libraries in the first year, 9 of them from people who said they would not have gone to the police.</li>
<li>Recorded hate crime in the borough rose by 18%, which we welcome as more people coming forward.</li>
</ul>

<h2>Coming soon: Safe Places</h2>
<p class="projectinfo"><strong>Status:</strong> Starting June 2016</p>
<p>From June 2016 shops, cafes and public buildings in Scarborough town centre will be able to sign up as Safe Places, where people with learning disabilities who feel lost, frightened or bullied can go for help. Look out for the sticker in the window. If your business would like to join, <a href="https://web.archive.org/web/20160415093212/http://www.saferscarborough.org.uk/contact/">contact us</a>.</p>

<p class="updated">Page last updated: 4 April 2016</p>
</div>

<div id="sidebar">
  <div class="box report">
    <h3>Report it</h3>
    <p>In an emergency always call <strong>999</strong>.</p>
    <p>To report a crime or anti-social behaviour that is not an emergency, call North Yorkshire Police on <strong>101</strong>.</p>
  </div>
  <div class="box news">
    <h3>Latest news</h3>
    <ul>
      <li>31 March 2016 - Partnership plan for 2016/17 agreed</li>
      <li>12 February 2016 - Taxi marshals funded for another year</li>
      <li>20 January 2016 - Have your say on Filey seafront</li>
    </ul>
  </div>
  <div class="box meetings">
    <h3>Next board meeting</h3>
    <p>Thursday 19 May 2016, 2pm, Town Hall, Scarborough</p>
  </div>
</div>

<div id="footer">
  <p>Safer Scarborough Partnership, c/o Community Safety Team, Scarborough Borough Council, Town Hall, St Nicholas Street, Scarborough YO11 2HG. Tel: 01632 960271</p>
  <p><a href="#">Accessibility</a> | <a href="#">Privacy</a> | <a href="#">Site map</a> | &copy; Safer Scarborough Partnership 2016</p>
</div>
</div>
</body>
</html>
<!--
     FILE ARCHIVED ON 09:32:12 Apr 15, 2016 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 11:06:48 Nov 20, 2025.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
"""


# ------------------ 10. A youth charity's history timeline page (Markdown from a static site)

DUYT_MD = """---
layout: timeline
title: "Our story"
permalink: /about/our-story/
description: "Twenty-one years of youth work in Derby, from a church hall in Normanton to where we are now."
hero_image: /assets/img/story/hero-2024-summer-camp.jpg
hero_alt: "Young people and youth workers on the steps of the Rosehill Centre, summer 2024"
nav_order: 2
last_modified_at: 2025-09-30
---

# Our story

Derby Urban Youth Trust started with two youth workers, a borrowed church hall and a kettle. Twenty-one years on, we work with more than 1,500 young people a year across the city. This is how we got here.

**Jump to:** [2000s](#2000s) · [2010s](#2010s) · [2020s](#2020s) · [What's next](#whats-next)

---

## 2000s

### 2004 · Where it started

Youth workers Marcia Brown and Tony Keane lost their jobs when the council closed the youth centre on Pear Tree Road. They started a Friday night club in the hall of St Augustine's church on Upper Dale Road with £400 from the congregation. Thirty young people came on the first night.

### 2007 · Charity number and a first paid worker

We registered as a charity and took on our first paid youth worker, funded by a three-year grant from a local trust.

### 2009 · Street Talk in Normanton

![Youth workers and PCSOs talking with young people on Normanton Park](/assets/img/story/2009-street-talk.jpg)

Young people in Normanton told us the only time they spoke to the police was when they were being moved on. With Derbyshire Constabulary's Normanton Safer Neighbourhood Team we started Street Talk: every Thursday evening our detached youth workers and the team's PCSOs went out together to Normanton Park and the streets around it, and ran a "street surgery" where young people could raise what worried them. When officers gave a young person a warning for anti-social behaviour, they now passed their details to us, and a youth worker visited them at home within a week.

**What changed:**

- anti-social behaviour reports involving young people in Normanton fell from 212 to 131 in the first year;
- 64 young people were referred to us by officers, and 40 of them joined one of our groups;
- the team's sergeant still calls it "the year we stopped chasing the same kids round the park".

---

## 2010s

### 2013 · A home of our own

We moved into the Rosehill Centre, a former print works on Rosehill Street, after two years of fundraising. For the first time we had a kitchen, a music studio and a room that was ours every night of the week.

### 2016 · Stay in School

Too many of the young people we knew were being excluded from school, and once out, they were easy prey for people who wanted to use them. With Derby City Council's inclusion team we began Stay in School, a mentoring programme for pupils aged 11 to 14 who were at risk of permanent exclusion in six secondary schools. Each pupil had a youth work mentor who met them in school every week and kept in touch with their family, and the council's inclusion officers brought the mentor into every meeting about the pupil's future.

**What changed:**

- 118 pupils were mentored in the first three school years;
- 7 of them were permanently excluded, against 31 of a comparison group the council identified from the year before we started;
- attendance among mentored pupils rose from 81% to 90% on average.

> "My mentor was the only adult who didn't give up on me. I'm doing my plumbing course now." Jaden, mentored in 2017

### 2019 · Teachable Moments

![A youth worker in the Emergency Department at the Royal Derby Hospital](/assets/img/story/2019-teachable-moments.jpg)

A hospital bed after a stabbing or a beating can be the moment a young person decides things have to change. With University Hospitals of Derby and Burton NHS Foundation Trust we placed two youth workers in the Emergency Department at the Royal Derby Hospital, on Thursday to Sunday evenings, to meet young people aged 11 to 25 who came in after an assault or with a knife or gunshot wound. Hospital staff introduced us; we stayed with the young person in the department and kept working with them for up to six months after they went home.

**What changed:**

- 341 young people were offered support in the first two years, and 208 (61%) took it up;
- of those who worked with us, 6% came back to the department with another assault injury within a year, against 19% of those who did not;
- the trust now funds one of the two posts itself.

---

## 2020s

### 2020 · Lockdown

Our building closed for 14 weeks. Youth workers kept in touch with every young person on our books by phone and video, and we delivered activity packs to 600 homes.

### 2022 · The King's Award for Voluntary Service

Our volunteers were given the Queen's Award for Voluntary Service, now the King's Award, the highest award a voluntary group can receive in the UK.

### 2024 · Twenty years

We celebrated twenty years with a summer camp in the Peak District for 80 young people, and a reunion for everyone who had been part of the Friday night club at St Augustine's.

---

## What's next {#whats-next}

In 2026 we will open a second base in Sinfin and start a new programme with schools on staying safe online. We are raising £250,000 to make it happen.

[Support our work](/donate/){: .button} [Volunteer with us](/volunteer/){: .button .button--ghost}

---

*Derby Urban Youth Trust is a registered charity in England and Wales (no. 1121784) and a company limited by guarantee (no. 06218837). Rosehill Centre, Rosehill Street, Derby DE23 8GA. 01632 960615.*

[Back to top](#our-story)
"""


# ------------------ 11. OCR text of a scanned 1990s crime prevention panel annual report (plain text)

BURY_PANEL_TXT = """St Edmundsbury Community Archive - digitised item SECA/0417
Title: Bury St Edmunds and District Crime Prevention Panel, Annual Report 1996-97 (typescript, 4 pp.)
Deposited by: Mrs J. Frost, 2019
This text was produced automatically by optical character recognition (OCR) and has not been checked.
It may contain errors. Please refer to the page images for the original.
======================================================================

                  BURY ST EDMUNDS AND DISTRICT

                   CRIME PREVENTION PANEL



                        ANNUAL REPORT

                          1996 - 97




          Presented to the Annual General Meeting held at
          the Police Station, Raingate Street, Bury St Edmunds
                  on Tuesday 10th June 1997

\f
CRIME PREVENTION PANEL ANNUAL REPORT 1996/97                    - 2 -


OFFICERS OF THE PANEL

Chairman            Mr. D. R. Aldous
Vice-Chairman       Mrs. P. Cattermole
Secretary           Mrs. J. Frost
Treasurer           Mr. K. Mayhew
Police Liaison      PC 1142 R. Sparkes, Crime Prevention Officer,
                    Suffolk Constabulary


CHAIRMAN'S REPORT

It gives me great pleasure to present the Panel's report for 1996/97,
which has been our busiest year since the Panel was formed in 1984.
Our two main projects, Safe as Houses and Vehicle Watch, are described
below, and I would like to thank every member who gave up their evenings
and weekends to make them work.

Membership stands at 19, an increase of four on last year, and we were
sorry to lose Mr. Harold Pask, a founder member, who died in January.
His knowledge of the town and his good humour will be much missed.

I must also thank PC Sparkes, who has attended every meeting and without
whom neither project would have been possible, and Superintendent
M. Orford for his continued support of the Panel.

D. R. Aldous, Chairman

\f
CRIME PREVENTION PANEL ANNUAL REPORT 1996/97                    - 3 -


PROJECTS

1.  SAFE AS HOUSES

This was the Panel's main project of the year. With the help of PC
Sparkes, the Suffolk Constabulary crime prevention officer for the
Division, members of the Panel visited the homes of pensioners living
alone who had been referred by the police, Social Services or Age
Concern, and fitted door chains, door viewers and window locks free of
charge. PC Sparkes carried out a home security survey at each house
first and trained our members to fit the equipment. The equipment was
paid for by a donation from the Rotary Club of Bury St Edmunds and a
grant from the Abbeygate Building Society.

Between September 1996 and March 1997 we fitted equipment in 212 homes.
Only one of these homes has been burgled since, and in that case the
burglar did not get past the door chain. Burglaries of dwellings in the
town fell by 14 per cent over the year, although we would not claim all
of the credit for that! Many of the pen-
sioners we visited told us they felt much safer, and several have since
joined their local Neighbourhood Watch.

2.  VEHICLE WATCH

Vehicle Watch was launched in the town in October 1996 by Suffolk
Constabulary with the Panel's help. Owners of cars which are not
normally used between midnight and 5 a.m. register them and display a
sticker in the windscreen and rear window, and officers may stop the car
if they see it being driven at those times. Panel members ran regis-
tration stalls on the Cornhill on market days and at the Cattle Market
car park, and the police kept the register.

By the end of March 412 cars had been registered. Three registered cars
were stopped in the early hours while being driven by thieves and were
recovered, and two arrests were made. Thefts of cars in the town fell
from 187 to 151 over the year.

3.  OTHER ACTIVITIES

During Crirne Prevention Week in July the Panel had a stall on the
Cornhill, where we sold property marking pens and gave advice to about
300 people. Members gave talks to 11 groups including two Women's
Institutes and the Townswomen's Guild. The schools poster competition
was won by a Year 6 pupil from one of the town's middle schools.

4.  PLANS FOR 1997/98

We hope to help the town centre traders set up a Shopwatch radio scheme
and to extend Vehicle Watch to motorcycles. A sub-committee will report
to the September meeting.

\f
CRIME PREVENTION PANEL ANNUAL REPORT 1996/97                    - 4 -


TREASURER'S REPORT

The accounts for the year to 31st March 1997 are set out below. They
have been examined by Mr. G. Last, to whom tbe Panel is grateful.

INCOME                         £      EXPENDITURE                    £
Balance b/f 1.4.96        412.18      Door chains, viewers      1,846.20
Rotary Club donation    1,000.00        and window locks
Abbeygate Bldg Soc      1,250.00      Vehicle Watch stickers      118.40
Sale of property                      Printing and postage         96.75
  marking pens             86.50      Hire of stall                25.00
Bank interest               9.14      Balance c/f 31.3.97         671.47
                        --------                                --------
                        2,757.82                                2,757.82

K. Mayhew, Treasurer


ACKNOWLEDGEMENTS

The Panel thanks Suffolk Constabulary, the Rotary Club of Bury St
Edmunds, the Abbeygate Building Society, St Edmundsbury Borough Council
and the Bury Free Press for their help during the year.

Meetings are held on the second Tuesday of every month at 7.30 p.m.
at the Police Station, Raingate Street. New members are always welcome.
Please contact the Secretary, Mrs. J. Frost, on 01632 960823.

\f
"""


TEXT_DOCUMENTS = {
    "kestrel-public-safety-associates-our-associates.html": KESTREL_HTML,
    "ribblesdale-learn-np201-week-3-applying-sara.html": MOODLE_HTML,
    "web-archive-safer-scarborough-partnership-our-projects-2016.html": SCARBOROUGH_HTML,
    "derby-urban-youth-trust-our-story.md": DUYT_MD,
    "bury-st-edmunds-crime-prevention-panel-annual-report-1996-97-ocr.txt": BURY_PANEL_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    redesdale_audit_report(out)
    wheelhouse_cic34(out)
    ashdown_dissertation_chapter(out)
    tilley_entry(out)
    cleveland_letter_of_support(out)
    cardiff_study_visit(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
