"""Write the documents of the thirty-second held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout32/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a peer challenge feedback report, a law
firm's client briefing, a statistical bulletin, a memorandum of understanding, a grant offer letter
and a theory of change. The HTML, Markdown and plain-text documents are kept here as text and
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

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers

def _rezip(data: bytes, path: Path) -> None:
    """Write a zip (a .docx) again with one fixed timestamp on every member."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _style(name, font="Helvetica", size=9, leading=None, color=colors.black, align=0, before=0, after=4,
           left=0, first=0, right=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, textColor=color,
                          alignment=align, spaceBefore=before, spaceAfter=after, leftIndent=left,
                          firstLineIndent=first, rightIndent=right)


def _panel(flowables, width, fill=None, border=None, pad=6, border_width=0.7, bar=None):
    """A one-cell table used as a boxed panel."""
    table = Table([[flowables]], colWidths=[width])
    commands = [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), border_width, border))
    if bar is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, bar))
    table.setStyle(TableStyle(commands))
    return table


def _grid(rows, widths, cell_style, head_style=None, head_fill=None, line=colors.HexColor("#9A9A9A"),
          zebra=None, pad=3, inner=True, right_cols=()):
    data = []
    for r, row in enumerate(rows):
        style = head_style if (r == 0 and head_style is not None) else cell_style
        cells = []
        for c, value in enumerate(row):
            if isinstance(value, str):
                st = style
                if c in right_cols and r > 0:
                    st = ParagraphStyle(style.name + "r", parent=style, alignment=2)
                cells.append(Paragraph(value, st))
            else:
                cells.append(value)
        data.append(cells)
    table = Table(data, colWidths=widths, repeatRows=1 if head_style is not None else 0)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad - 1)]
    if line is not None:
        commands.append(("BOX", (0, 0), (-1, -1), 0.5, line))
        if inner:
            commands.append(("INNERGRID", (0, 0), (-1, -1), 0.4, line))
        else:
            commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, line))
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if zebra is not None:
        for r in range(1, len(rows)):
            if r % 2 == 0:
                commands.append(("BACKGROUND", (0, r), (-1, r), zebra))
    table.setStyle(TableStyle(commands))
    return table


# ================================================================== 1. A peer challenge feedback report (PDF, A4)

PC_PURPLE = colors.HexColor("#4B2A6B")
PC_TINT = colors.HexColor("#F1ECF6")
PC_GREY = colors.HexColor("#5E5E5E")


def _pc_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(PC_PURPLE)
        canvas.rect(0, height - 118 * mm, width, 118 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(20 * mm, height - 20 * mm, "Local Government Association")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(20 * mm, height - 25 * mm, "Sector-led improvement")
        canvas.setFont("Helvetica-Bold", 30)
        canvas.drawString(20 * mm, height - 58 * mm, "Community Safety")
        canvas.drawString(20 * mm, height - 71 * mm, "Peer Challenge")
        canvas.setFont("Helvetica", 17)
        canvas.drawString(20 * mm, height - 86 * mm, "Telford & Wrekin Council")
        canvas.setFont("Helvetica", 12)
        canvas.drawString(20 * mm, height - 96 * mm, "8 \u2013 10 October 2025")
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(20 * mm, height - 108 * mm, "Feedback report")
    else:
        canvas.setFillColor(PC_PURPLE)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, height - 12 * mm,
                          "Community Safety Peer Challenge \u2013 Telford & Wrekin Council")
        canvas.drawRightString(width - 20 * mm, height - 12 * mm, "Feedback report")
        canvas.setStrokeColor(PC_PURPLE)
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
    canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
    canvas.setLineWidth(0.4)
    canvas.line(20 * mm, 16 * mm, width - 20 * mm, 16 * mm)
    canvas.setFillColor(PC_GREY)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(20 * mm, 11.5 * mm, "18 Smith Square, London SW1P 3HZ    T 020 7946 0431    "
                                          "E peerchallenge@local.example.gov.uk    www.local.gov.uk")
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawRightString(width - 20 * mm, 11.5 * mm, str(page))
    canvas.restoreState()


def peer_challenge(out: Path) -> None:
    width, height = A4
    margin = 20 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / "lga-community-safety-peer-challenge-telford-and-wrekin-council-feedback-report.pdf"),
                          pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=22 * mm,
                          bottomMargin=22 * mm,
                          title="Community Safety Peer Challenge \u2013 Telford & Wrekin Council \u2013 Feedback report",
                          author="Local Government Association", subject="Peer challenge feedback report",
                          creator="Local Government Association", invariant=1)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(margin, 22 * mm, full_w, height - 118 * mm - 32 * mm, id="c")],
                     onPage=_pc_page),
        PageTemplate("body", [Frame(margin, 22 * mm, full_w, height - 44 * mm, id="b")], onPage=_pc_page),
    ])
    h1 = _style("h1", "Helvetica-Bold", 15, color=PC_PURPLE, before=6, after=6)
    h2 = _style("h2", "Helvetica-Bold", 11.5, color=PC_PURPLE, before=6, after=4)
    h3 = _style("h3", "Helvetica-Bold", 10, color=colors.black, before=3, after=2)
    body = _style("b", "Helvetica", 10, leading=13.6, after=7)
    num = _style("n", "Helvetica", 10, leading=13.6, after=5, left=8 * mm, first=-8 * mm)
    toc = _style("toc", "Helvetica", 10.5, leading=16, after=0)
    cell = _style("cell", "Helvetica", 9, leading=11.5, after=0)
    cell_h = _style("cellh", "Helvetica-Bold", 9, leading=11.5, after=0, color=colors.white)

    def toc_line(label, page):
        return Table([[Paragraph(label, toc), Paragraph(page, ParagraphStyle("tr", parent=toc, alignment=2))]],
                     colWidths=[full_w - 20 * mm, 20 * mm],
                     style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#CCCCCC")),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))

    story = [Paragraph("Contents", h1)]
    for label, page in [("1. Executive summary", "2"), ("2. Key recommendations", "2"),
                        ("3. Summary of the peer challenge approach", "3"), ("4. Feedback", "3"),
                        ("5. Next steps", "4")]:
        story.append(toc_line(label, page))
    story += [NextPageTemplate("body"), PageBreak()]

    story += [
        Paragraph("1. Executive summary", h1),
        Paragraph("Telford &amp; Wrekin Council asked the Local Government Association (LGA) to carry out a peer "
                  "challenge of its community safety arrangements, with a particular focus on how the council and its "
                  "partners tackle anti-social behaviour in neighbourhoods and keep children safe from exploitation. "
                  "The peer team found a council with clear political and managerial commitment to community safety, "
                  "strong relationships with West Mercia Police at every level and a genuine appetite for learning.",
                  body),
        Paragraph("The council has a good track record of doing things with partners rather than to communities. The "
                  "team saw several pieces of joint work that are making a measurable difference and which other "
                  "councils could learn from; three of them are described in section 4. Residents, councillors and "
                  "partners all told the team that the council is easy to work with and quick to act.", body),
        Paragraph("There is, however, more to do. The Community Safety Partnership\u2019s priorities are broad, and the "
                  "team found it hard to see how resources follow them. Performance information is plentiful but is "
                  "not yet routinely used to ask \u2018so what?\u2019. Much of the neighbourhood work depends on a small "
                  "number of committed people and on short-term funding, and the council will want to plan now for "
                  "what happens when grants end on 31 March 2026.", body),
        Paragraph("2. Key recommendations", h1),
        Paragraph("There are a number of observations and suggestions within the main section of the report. The "
                  "following are the peer team\u2019s key recommendations to the council:", body),
    ]
    recs = [
        "Narrow the Community Safety Partnership\u2019s priorities from seven to no more than four, and agree with "
        "partners which of them each organisation will lead.",
        "Build a single performance framework with West Mercia Police that reports outcomes for places and people, "
        "not only activity counts.",
        "Use the joint days of action model to set a standard for neighbourhood working across the borough, with an "
        "agreed way of choosing where to go next.",
        "Make a decision by the end of 2025 about which grant-funded posts will be mainstreamed, so that staff and "
        "partners are not left waiting.",
        "Give young people a formal route into the partnership\u2019s decision making, building on the youth "
        "council\u2019s interest.",
        "Strengthen scrutiny of community safety by giving the relevant scrutiny committee a forward plan agreed "
        "with the partnership.",
    ]
    for i, text in enumerate(recs, 1):
        story.append(Paragraph(f"{i}.&nbsp;&nbsp;&nbsp;{text}", num))

    story += [
        PageBreak(),
        Paragraph("3. Summary of the peer challenge approach", h1),
        Paragraph("3.1 The peer team", h2),
        Paragraph("Peer challenges are delivered by experienced elected member and officer peers. The make-up of the "
                  "peer team reflected the focus of the peer challenge, and peers were selected on the basis of their "
                  "relevant expertise. The peers were:", body),
        _grid([["Peer", "Role"],
               ["Cllr Martin Beale", "Member peer; cabinet member for safer communities at a metropolitan borough "
                                     "council"],
               ["Andrea Kowalski", "Lead officer peer; Director of Communities at a unitary council"],
               ["Helen Osei", "Police peer; retired chief superintendent, formerly head of neighbourhood policing in "
                              "a northern force"],
               ["Sam Pryce", "Officer peer; Head of Community Safety at a county council"],
               ["Naomi Fitch", "Peer challenge manager, Local Government Association"]],
              [45 * mm, full_w - 45 * mm], cell, cell_h, head_fill=PC_PURPLE, zebra=PC_TINT),
        Spacer(1, 8),
        Paragraph("3.2 Scope and focus", h2),
        Paragraph("The council asked the peer team to consider three questions: how well the council and its partners "
                  "understand and respond to anti-social behaviour in neighbourhoods; how effectively the partnership "
                  "protects children from criminal and sexual exploitation; and whether the partnership\u2019s "
                  "governance and resources are fit for the next five years.", body),
        Paragraph("3.3 The peer challenge process", h2),
        Paragraph("The peer team prepared by reviewing a range of documents and information to ensure they were "
                  "familiar with the council and the challenges it is facing. The team then spent three days onsite "
                  "at Addenbrooke House, Telford, during which they spoke to more than 90 people, including a range of "
                  "council staff together with councillors and external stakeholders, and gathered information and "
                  "views from 34 meetings, visits to key sites in the area and additional research and reading.",
                  body),
        Paragraph("This report provides a summary of the peer team\u2019s findings. It builds on the feedback "
                  "presentation provided by the peer team at the end of their onsite visit. In presenting feedback, "
                  "they have done so as fellow local government officers and members. By its nature, a peer challenge "
                  "is a snapshot in time.", body),
        Paragraph("4. Feedback", h1),
        Paragraph("4.1 Local priorities and outcomes", h2),
        Paragraph("The council and its partners share a clear sense of what matters to residents: anti-social "
                  "behaviour in a handful of estates, the exploitation of children, and feeling safe in Telford town "
                  "centre and the market towns after dark. These priorities appear consistently in the council plan, "
                  "the Community Safety Partnership\u2019s strategy and the Police and Crime Commissioner\u2019s plan. "
                  "The partnership\u2019s seven priorities are, however, too many for the resources available, and some "
                  "partners could not say which of them they were expected to lead.", body),
        Paragraph("4.2 Partnership working", h2),
        Paragraph("Relationships between the council and West Mercia Police are a clear strength, from the chief "
                  "executive and the local policing commander down to neighbourhood officers and wardens who know each "
                  "other by name. Partners described meetings that were practical and short. Two pieces of joint work "
                  "stood out to the peer team.", body),
        Paragraph("Joint days of action in Brookside and Sutton Hill", h3),
        Paragraph("Operation Ercall began in March 2024, when West Mercia Police\u2019s Telford Town Safer "
                  "Neighbourhood Team and the council\u2019s Neighbourhood Enforcement Team agreed to plan their work "
                  "in Brookside and Sutton Hill together. Each month the two teams hold a joint day of action on an "
                  "estate chosen from shared data: officers and enforcement officers visit addresses linked to reports "
                  "of anti-social behaviour together and serve community protection warnings where needed, and the "
                  "council\u2019s contractors clear fly-tipping and cut back overgrown paths the same day. Over its "
                  "first 18 months there were 14 days of action, 62 fly-tipping sites were cleared and 37 community "
                  "protection warnings were issued, and reports of anti-social behaviour in the two estates fell by "
                  "23% compared with the previous 18 months. Residents the team met described the joined-up presence "
                  "as the most noticeable change in years.", body),
        Paragraph("Taxi drivers as eyes and ears", h3),
        Paragraph("Since September 2024, every licensed driver in Telford who renews a hackney carriage or private "
                  "hire licence has attended a two-hour session on spotting the signs of child exploitation, delivered "
                  "together by the council\u2019s licensing officers and officers from West Mercia Police\u2019s "
                  "Telford Child Exploitation Team. The scheme, known locally as Safer Taxis Telford, gives drivers a "
                  "card with a direct number for the team and shows them how to pass on information through the "
                  "force\u2019s partnership intelligence portal. By the time of the peer challenge 612 drivers had been "
                  "trained, drivers had passed on 19 pieces of intelligence, and three of those had led directly to "
                  "children being safeguarded. Drivers the team spoke to at the rank on Coach Central said they felt "
                  "trusted rather than suspected.", body),
        Paragraph("The partnership is considering a bid to any future round of the Safer Streets Fund for lighting "
                  "and CCTV in Woodside. The team would encourage partners to agree first what problem the bid is "
                  "meant to solve, and how they would know if it had.", body),
        Paragraph("4.3 Working with communities", h2),
        Paragraph("The council knows its communities well, and its ward councillors are visible and trusted. The "
                  "team heard a consistent message from young people, however, that they are talked about more often "
                  "than they are talked to.", body),
        Paragraph("Youth work that young people choose", h3),
        Paragraph("Open Gym Oakengates has run every Friday evening since June 2024 at the Oakengates Boxing Academy, "
                  "a community amateur boxing club, with the council\u2019s Youth Support Service. The club opens its "
                  "gym free of charge from 6pm to 9pm, its coaches run the sessions and two of the council\u2019s "
                  "detached youth workers are there every week to talk, signpost and follow up. In its first year 240 "
                  "young people came at least once, 31 were referred on to mentoring or the youth hub, and calls about "
                  "youth-related anti-social behaviour in Oakengates on Friday nights fell by 17% on the year before. "
                  "Young people told the team it worked because it was \u2018a gym, not a project\u2019.", body),
        Paragraph("4.4 Capacity and resources", h2),
        Paragraph("The council\u2019s community safety budget of \u00a31.2 million in 2025/26 is modest for a borough "
                  "of Telford\u2019s size, and four of the seven posts in the community safety team are funded by "
                  "grants that end on 31 March 2026. Staff are committed but stretched, and the team heard of "
                  "vacancies held for long periods while funding was confirmed.", body),
        Paragraph("4.5 Using data and intelligence", h2),
        Paragraph("The partnership produces a large quarterly performance report, running to 48 pages, but the team "
                  "saw little evidence that it changes decisions. A smaller set of measures, agreed with the police "
                  "and reported by place, would help the partnership see what is working and stop what is not.",
                  body),
        Paragraph("5. Next steps", h1),
        Paragraph("It is recognised that senior political and managerial leadership will want to consider, discuss "
                  "and reflect on these findings. The LGA will offer a progress review within 12 months, which is a "
                  "facilitated session that creates space for the council\u2019s senior leadership to update the "
                  "peer team on its progress against the action plan.", body),
        Paragraph("Your LGA Principal Adviser for the West Midlands is Graham Kettle, who can be contacted by email "
                  "at graham.kettle@local.example.gov.uk or on 07700 900 517. He is the main contact between your "
                  "authority and the Local Government Association.", body),
    ]
    doc.build(story)


# ================================================================== 2. A law firm's client briefing (PDF, A4)

LF_GREEN = colors.HexColor("#0F4C3A")
LF_SAND = colors.HexColor("#F4EFE6")
LF_GREY = colors.HexColor("#666666")
LF_PAGES = 2


def _lf_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(LF_GREEN)
        canvas.setFont("Helvetica-Bold", 21)
        canvas.drawString(18 * mm, height - 22 * mm, "HARTWELL REED")
        canvas.setFont("Helvetica", 10)
        canvas.drawString(18 * mm + canvas.stringWidth("HARTWELL REED", "Helvetica-Bold", 21) + 2 * mm,
                          height - 22 * mm, "LLP")
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawRightString(width - 18 * mm, height - 18 * mm, "Briefing")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawRightString(width - 18 * mm, height - 23 * mm, "Housing & Regeneration | November 2025")
        canvas.setStrokeColor(LF_GREEN)
        canvas.setLineWidth(2)
        canvas.line(18 * mm, height - 27 * mm, width - 18 * mm, height - 27 * mm)
    else:
        canvas.setFillColor(LF_GREY)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(18 * mm, height - 12 * mm, "Closure orders and partnership working")
        canvas.setFillColor(LF_GREEN)
        canvas.setFont("Helvetica-Bold", 7.5)
        canvas.drawRightString(width - 18 * mm, height - 12 * mm, "HARTWELL REED LLP")
        canvas.setStrokeColor(LF_GREEN)
        canvas.setLineWidth(0.6)
        canvas.line(18 * mm, height - 14 * mm, width - 18 * mm, height - 14 * mm)
    canvas.setFillColor(LF_GREY)
    canvas.setFont("Helvetica", 6.3)
    canvas.drawString(18 * mm, 14 * mm, "Hartwell Reed LLP is a limited liability partnership registered in England "
                                        "and Wales (OC398214) and is authorised and regulated by the Solicitors "
                                        "Regulation Authority (SRA No. 604217).")
    canvas.drawString(18 * mm, 10.5 * mm, "This briefing is for general information only and does not constitute "
                                          "legal advice. Registered office: 3 Park Place, Leeds LS1 2RU.")
    canvas.setFont("Helvetica", 7)
    canvas.drawRightString(width - 18 * mm, 10.5 * mm, f"hartwellreed.example.co.uk  |  Page {page} of {LF_PAGES}")
    canvas.restoreState()


def law_firm_briefing(out: Path) -> None:
    width, height = A4
    margin = 18 * mm
    full_w = width - 2 * margin
    side_w = 56 * mm
    gap = 7 * mm
    main_w = full_w - side_w - gap
    doc = BaseDocTemplate(str(out / "hartwell-reed-llp-housing-briefing-closure-orders-and-partnership-working.pdf"),
                          pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=20 * mm,
                          bottomMargin=22 * mm,
                          title="Closing the door on nuisance: closure orders and partnership working",
                          author="Hartwell Reed LLP", subject="Housing & Regeneration briefing, November 2025",
                          creator="Hartwell Reed LLP", invariant=1)
    top1 = height - 31 * mm
    doc.addPageTemplates([
        PageTemplate("first", [Frame(margin, top1 - 40 * mm, full_w, 40 * mm, id="t"),
                               Frame(margin, 22 * mm, main_w, top1 - 40 * mm - 22 * mm, id="m"),
                               Frame(margin + main_w + gap, 22 * mm, side_w, top1 - 40 * mm - 22 * mm, id="s")],
                     onPage=_lf_page),
        PageTemplate("later", [Frame(margin, 22 * mm, full_w, height - 42 * mm, id="l")], onPage=_lf_page),
    ])
    title = _style("t", "Helvetica-Bold", 19, leading=23, color=LF_GREEN, after=6)
    stand = _style("st", "Helvetica", 11, leading=15, color=colors.HexColor("#333333"), after=4)
    h2 = _style("h2", "Helvetica-Bold", 11.5, color=LF_GREEN, before=6, after=4)
    body = _style("b", "Helvetica", 9.6, leading=13.2, after=6)
    panel_h = _style("ph", "Helvetica-Bold", 10.5, color=LF_GREEN, after=4)
    panel_b = _style("pb", "Helvetica", 9.4, leading=12.8, after=4)
    side_h = _style("sh", "Helvetica-Bold", 9.5, color=colors.white, after=3)
    side_b = _style("sb", "Helvetica", 8.4, leading=11, color=colors.white, after=4, left=3 * mm, first=-3 * mm)
    side_c = _style("sc", "Helvetica", 8.2, leading=10.8, after=1)
    side_cb = _style("scb", "Helvetica-Bold", 8.4, leading=10.8, after=1, color=LF_GREEN)
    num = _style("n", "Helvetica", 9.6, leading=13.2, after=5, left=6 * mm, first=-6 * mm)
    note = _style("fn", "Helvetica", 7.6, leading=9.8, color=LF_GREY, after=1)

    story = [
        Paragraph("Closing the door on nuisance: closure orders and partnership working", title),
        Paragraph("Registered providers cannot apply for a closure order themselves, but they hold much of the "
                  "evidence that makes one possible. We look at the law, the points where cases stall, and two "
                  "schemes that show what good partnership working looks like.", stand),
        FrameBreak(),
        Paragraph("The law in brief", h2),
        Paragraph("Part 4, Chapter 3 of the Anti-social Behaviour, Crime and Policing Act 2014 (sections 76 to 93) "
                  "allows the police or a local authority to close premises associated with nuisance or disorder."
                  "<super>1</super> A closure notice, issued by a police officer of at least the rank of inspector or "
                  "by the local authority, can prohibit access for up to 24 hours, extendable to 48 hours.<super>2"
                  "</super> The notice must then be followed by an application to the magistrates\u2019 court, which "
                  "may make a closure order of up to three months if it is satisfied that a person has engaged, or is "
                  "likely to engage, in disorderly, offensive or criminal behaviour on the premises, or that the use "
                  "of the premises has resulted, or is likely to result, in serious nuisance or disorder. An order may "
                  "be extended, but not so that it lasts more than six months in total.<super>3</super>", body),
        Paragraph("Registered providers are not among the bodies who may apply. In practice this means that a "
                  "provider\u2019s evidence \u2013 tenancy records, complaint logs, CCTV and statements from staff "
                  "\u2013 has to reach the police or the council in a form they can put before the court quickly, "
                  "often within 48 hours of a notice being served.", body),
        Paragraph("Where cases stall", h2),
        Paragraph("In the cases we have advised on over the last two years, three problems recur. First, evidence "
                  "gathered for possession proceedings is organised by tenancy, not by date and incident, and has to "
                  "be rebuilt before it is of use to the police. Secondly, staff statements are taken in the "
                  "landlord\u2019s own format and have to be taken again. Thirdly, nobody owns the decision about "
                  "when the threshold has been reached, so cases drift while each agency waits for the other.", body),
        Paragraph("None of these is a legal problem. Each is about how the partners work together before anyone "
                  "goes near a court, and each has been solved by providers who have agreed the answer in advance "
                  "with their local neighbourhood team.", body),
        Paragraph("Possession or closure?", h2),
        Paragraph("A closure order does not end a tenancy, and it is not a substitute for possession where that is "
                  "the right outcome. It is, however, quick, and it can give neighbours respite while a longer-term "
                  "remedy is pursued. Providers should consider both routes together and record why one was chosen.",
                  body),
        FrameBreak(),
        _panel([Paragraph("Key points", side_h),
                Paragraph("\u2022 Only the police or a council can apply for a closure order.", side_b),
                Paragraph("\u2022 A notice lasts up to 24 hours, or 48 hours if extended.", side_b),
                Paragraph("\u2022 An order can last up to three months, and no more than six in total.", side_b),
                Paragraph("\u2022 Agree the evidence format with your neighbourhood team before you need it.",
                          side_b),
                Paragraph("\u2022 Decide in advance who calls the threshold.", side_b)],
               side_w, fill=LF_GREEN, pad=7),
        Spacer(1, 10),
        Paragraph("Contacts", side_cb),
        Paragraph("<b>Priya Lal</b><br/>Partner, Housing Management<br/>0113 496 0288<br/>"
                  "plal@hartwellreed.example.co.uk", side_c),
        Spacer(1, 6),
        Paragraph("<b>Tom Birtwistle</b><br/>Senior Associate<br/>0113 496 0291<br/>"
                  "tbirtwistle@hartwellreed.example.co.uk", side_c),
        NextPageTemplate("later"),
        PageBreak(),
        Paragraph("In practice", h2),
        Paragraph("The two schemes below were described to us by the organisations that run them, and we are grateful "
                  "for their permission to share them. Neither was a client matter.", body),
        _panel([Paragraph("Loughborough: one log, one team", panel_h),
                Paragraph("Soar Valley Homes and Leicestershire Police\u2019s Loughborough neighbourhood policing team "
                          "set up a shared closure pathway in January 2024. Every estate the housing association "
                          "manages in the town has a named police officer and a named housing officer, who keep a "
                          "single evidence log for each address of concern, record each incident against the "
                          "statutory test as it happens, and meet fortnightly to decide whether the threshold is "
                          "close. Statements from the association\u2019s staff are taken in the police format from the "
                          "start, so that they can go straight into a court bundle. In its first 21 months the "
                          "pathway led to 11 closure orders, none of which was contested at a full hearing, and the "
                          "average time from a first report to an order fell from 19 weeks to eight. Tenants moved "
                          "out of only two of the properties; the rest were supported back into occupation when the "
                          "orders ended.", panel_b)],
               full_w, fill=LF_SAND, bar=LF_GREEN, pad=8),
        Spacer(1, 8),
        _panel([Paragraph("Calderdale: treatment before possession", panel_h),
                Paragraph("Stay Put has been run since April 2023 by Calder Valley Homes with the recovery charity "
                          "Pennine Recovery Network. Tenants facing possession proceedings because of drug-related "
                          "nuisance are offered an agreement: the landlord pauses proceedings for six months, and the "
                          "tenant works with a Pennine Recovery Network worker who is based in the housing team two "
                          "days a week. By March 2025, 47 tenants had taken up the offer, 38 were still in their homes "
                          "twelve months later, and complaints about nuisance from those addresses had fallen by 64%. "
                          "No closure order was needed at any of the 38 addresses.", panel_b)],
               full_w, fill=LF_SAND, bar=LF_GREEN, pad=8),
        Spacer(1, 6),
        Paragraph("Practical points for providers", h2),
    ]
    points = [
        "Agree a single incident log format with your neighbourhood policing team, and use it from the first "
        "complaint.",
        "Take staff statements in a form that complies with section 9 of the Criminal Justice Act 1967, so they can "
        "be used in the magistrates\u2019 court without being taken again.",
        "Name one person in each organisation who decides when the threshold has been met, and write down the reasons.",
        "Plan for vulnerable occupiers from the outset: a closure order that moves the problem to a neighbouring "
        "block, or leaves a vulnerable tenant homeless, is not a success.",
        "Review your tenancy agreement and anti-social behaviour policy so that they refer to closure powers and "
        "explain how you will share information with the police.",
    ]
    for i, text in enumerate(points, 1):
        story.append(Paragraph(f"{i}.&nbsp;&nbsp;{text}", num))
    story += [
        Paragraph("How we can help", h2),
        Paragraph("Our Housing Management team acts for more than 40 registered providers across the North and the "
                  "Midlands. We offer a fixed-fee review of your anti-social behaviour policy and evidence templates "
                  "(\u00a31,950 plus VAT), training for housing officers on giving evidence, and advice and "
                  "representation in possession, injunction and closure proceedings. To find out more, contact Priya "
                  "Lal or Tom Birtwistle.", body),
        Spacer(1, 10),
        Paragraph("1&nbsp;&nbsp;Anti-social Behaviour, Crime and Policing Act 2014, ss 76 and 80.", note),
        Paragraph("2&nbsp;&nbsp;Ibid., s 77.", note),
        Paragraph("3&nbsp;&nbsp;Ibid., s 82.", note),
    ]
    doc.build(story)


# ================================================================== 3. A statistical bulletin (PDF, A4)

SB_TEAL = colors.HexColor("#00586E")
SB_TINT = colors.HexColor("#E3F0F3")
SB_AMBER = colors.HexColor("#FFF4D6")

SB_DISTRICTS = [
    # district, crimes, rate per 1,000, change %, ASB incidents, ASB change %
    ("Ashford", "2,934", "22.1", "-2.4", "771", "-5.8"),
    ("Canterbury", "3,688", "23.5", "-4.0", "1,012", "-7.1"),
    ("Dartford", "2,801", "23.9", "+1.2", "664", "-3.9"),
    ("Dover", "2,859", "24.4", "-3.3", "742", "-6.0"),
    ("Folkestone and Hythe", "2,640", "24.0", "-1.9", "701", "-2.7"),
    ("Gravesham", "2,797", "26.4", "-5.6", "788", "-9.0"),
    ("Maidstone", "3,996", "22.2", "-2.8", "905", "-4.4"),
    ("Sevenoaks", "1,827", "15.1", "-3.7", "468", "-8.2"),
    ("Swale", "3,709", "24.4", "-3.0", "978", "-10.3"),
    ("Thanet", "4,484", "31.8", "-4.2", "1,204", "-6.9"),
    ("Tonbridge and Malling", "2,277", "17.1", "-1.0", "601", "-3.1"),
    ("Tunbridge Wells", "2,399", "20.7", "-6.5", "1,039", "-4.6"),
]


def _sb_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(SB_TEAL)
    canvas.rect(0, height - 13 * mm, width, 13 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(18 * mm, height - 8.5 * mm, "Kent Analytics")
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(width - 18 * mm, height - 8.5 * mm, "Statistical bulletin")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7)
    canvas.drawString(18 * mm, 10 * mm, "Kent County Council | Kent Analytics | Crime and anti-social behaviour in "
                                        "Kent, Quarter 2 2025/26")
    canvas.drawRightString(width - 18 * mm, 10 * mm, f"Page {page}")
    canvas.restoreState()


def _sb_chart(width):
    drawing = Drawing(width, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 12 * mm
    chart.width, chart.height = width - 24 * mm, 42 * mm
    chart.data = [[38.9, 37.4, 35.8, 36.9, 37.6, 38.1, 36.1, 37.0, 36.4]]
    chart.categoryAxis.categoryNames = ["Q2 23/24", "Q3", "Q4", "Q1 24/25", "Q2 24/25", "Q3", "Q4", "Q1 25/26",
                                        "Q2 25/26"]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 45, 15
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 6.5
    chart.bars[0].fillColor = SB_TEAL
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    drawing.add(String(0, 58 * mm, "Chart 1: Recorded crimes by quarter, Kent County Council area (thousands)",
                       fontName="Helvetica-Bold", fontSize=8))
    drawing.add(String(0, 0, "Source: Kent Police recorded crime", fontName="Helvetica", fontSize=6.5,
                       fillColor=colors.HexColor("#555555")))
    return drawing


def statistical_bulletin(out: Path) -> None:
    width, height = A4
    margin = 18 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / "kent-analytics-statistical-bulletin-crime-and-anti-social-behaviour-q2-2025-26.pdf"),
                          pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=20 * mm,
                          bottomMargin=18 * mm,
                          title="Crime and anti-social behaviour in Kent: Quarter 2 2025/26",
                          author="Kent Analytics, Kent County Council", subject="Statistical bulletin",
                          creator="Kent Analytics", invariant=1)
    doc.addPageTemplates([PageTemplate("all", [Frame(margin, 18 * mm, full_w, height - 38 * mm, id="a")],
                                       onPage=_sb_page)])
    title = _style("t", "Helvetica-Bold", 20, leading=24, color=SB_TEAL, after=2)
    sub = _style("s", "Helvetica", 12.5, leading=16, color=colors.HexColor("#333333"), after=8)
    h2 = _style("h2", "Helvetica-Bold", 13, color=SB_TEAL, before=8, after=5)
    body = _style("b", "Helvetica", 9.8, leading=13.4, after=6)
    bullet = _style("bu", "Helvetica", 9.8, leading=13.4, after=4, left=5 * mm, first=-4 * mm)
    meta = _style("m", "Helvetica", 8.4, leading=11, after=0)
    cell = _style("c", "Helvetica", 8.4, leading=10.4, after=0)
    cell_h = _style("ch", "Helvetica-Bold", 8.4, leading=10.4, after=0, color=colors.white)
    box_h = _style("bh", "Helvetica-Bold", 10, color=SB_TEAL, after=3)
    box_b = _style("bb", "Helvetica", 9.2, leading=12.4, after=3)
    caption = _style("cap", "Helvetica-Bold", 8.6, after=3)
    source = _style("src", "Helvetica", 7.4, color=colors.HexColor("#555555"), after=6)

    meta_table = Table([[Paragraph("<b>Release date:</b> 13 November 2025", meta),
                         Paragraph("<b>Next release:</b> 12 February 2026", meta),
                         Paragraph("<b>Status:</b> Management information", meta)],
                        [Paragraph("<b>Geography:</b> Kent County Council area (12 districts)", meta),
                         Paragraph("<b>Source:</b> Kent Police recorded crime and incidents", meta),
                         Paragraph("<b>Contact:</b> 01632 960 451", meta)]],
                       colWidths=[full_w / 3] * 3,
                       style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), SB_TINT),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story = [
        Spacer(1, 2),
        Paragraph("Crime and anti-social behaviour in Kent", title),
        Paragraph("Quarter 2 2025/26 (July to September 2025)", sub),
        meta_table,
        Paragraph("Main points", h2),
    ]
    for text in [
        "Kent Police recorded 36,411 crimes in the Kent County Council area in Quarter 2 2025/26, 3.1% fewer than in "
        "Quarter 2 2024/25.",
        "This is a rate of 23.0 crimes per 1,000 residents. Rates were highest in Thanet (31.8) and lowest in "
        "Sevenoaks (15.1).",
        "Anti-social behaviour incidents reported to Kent Police fell by 6.3% to 9,873, the lowest second-quarter "
        "figure since the series began in 2019/20.",
        "Shoplifting rose for the eighth quarter in a row, up 11.2% on a year earlier, and now accounts for one in "
        "every eleven crimes recorded.",
        "Violence against the person fell by 4.8%, driven by fewer offences of common assault.",
    ]:
        story.append(Paragraph("\u2022&nbsp;&nbsp;" + text, bullet))
    story += [
        Paragraph("1. Recorded crime", h2),
        Paragraph("Recorded crime in the county has been broadly flat for two years, moving within a band of about "
                  "35,500 to 39,000 crimes a quarter (Chart 1). The fall this quarter was spread across most offence "
                  "groups; the main exception was shoplifting, which continued to rise in every district except "
                  "Sevenoaks.", body),
        _sb_chart(full_w),
        Spacer(1, 6),
        Paragraph("Table 1: Recorded crime by district, Quarter 2 2025/26", caption),
        _grid([["District", "Crimes", "Rate per 1,000 residents", "Change on Q2 2024/25 (%)"]] +
              [[d, c, r, ch] for d, c, r, ch, _, _ in SB_DISTRICTS] +
              [["<b>Kent County Council area</b>", "<b>36,411</b>", "<b>23.0</b>", "<b>-3.1</b>"]],
              [62 * mm, 30 * mm, 40 * mm, full_w - 132 * mm], cell, cell_h, head_fill=SB_TEAL, zebra=SB_TINT,
              right_cols=(1, 2, 3)),
        Paragraph("Source: Kent Police recorded crime; ONS mid-2024 population estimates.", source),
        Paragraph("2. Anti-social behaviour", h2),
        Paragraph("Kent Police recorded 9,873 incidents of anti-social behaviour in the quarter, 6.3% fewer than a "
                  "year earlier (Table 2). Swale and Gravesham saw the largest falls. Incidents reported only to "
                  "district councils, for example about noise or fly-tipping, are not included.", body),
        Paragraph("Table 2: Anti-social behaviour incidents by district, Quarter 2 2025/26", caption),
        _grid([["District", "Incidents", "Change on Q2 2024/25 (%)"]] +
              [[d, a, ac] for d, _, _, _, a, ac in SB_DISTRICTS] +
              [["<b>Kent County Council area</b>", "<b>9,873</b>", "<b>-6.3</b>"]],
              [62 * mm, 30 * mm, full_w - 92 * mm], cell, cell_h, head_fill=SB_TEAL, zebra=SB_TINT,
              right_cols=(1, 2)),
        Paragraph("Source: Kent Police incident records (anti-social behaviour closing codes).", source),
        Paragraph("Partners have told us about local activity in the two districts with the largest falls. These "
                  "boxes are not part of the statistics, and the bulletin does not claim that the activity caused "
                  "the changes shown.", body),
        KeepTogether(_panel([
            Paragraph("Behind the figures: Gravesend town centre", box_h),
            Paragraph("Operation Lanyard has run in Gravesend town centre since May 2025. Officers from Kent "
                      "Police\u2019s Gravesham Community Safety Unit and Gravesham Borough Council\u2019s community "
                      "wardens patrol together from Thursday to Saturday afternoons and evenings, visit shops that "
                      "have reported problems and agree with each business who will follow up. In Quarter 2 the "
                      "operation issued 41 community protection warnings and 6 community protection notices, and "
                      "anti-social behaviour incidents in the town centre beat area were 28% lower than in Quarter 2 "
                      "2024/25 (212 against 294), compared with a 9% fall across Gravesham as a whole.", box_b)],
            full_w, fill=SB_AMBER, bar=colors.HexColor("#E0A800"), pad=8)),
        Spacer(1, 8),
        KeepTogether(_panel([
            Paragraph("Behind the figures: Sittingbourne", box_h),
            Paragraph("Since April 2025, Swale Borough Council and Kent County Council\u2019s Youth Service have run "
                      "Friday night detached youth work in Sittingbourne town centre and Milton Regis under the name "
                      "Off the Streets. Two youth workers and a council community safety officer are out from 7pm to "
                      "11pm, meeting young people where they gather and linking them to youth hubs, sports clubs and "
                      "support. In the six months to September they made 380 contacts with young people and 44 "
                      "referrals, and incidents of anti-social behaviour involving young people in Sittingbourne\u2019s "
                      "central wards were 19% lower in Quarter 2 than a year earlier.", box_b)],
            full_w, fill=SB_AMBER, bar=colors.HexColor("#E0A800"), pad=8)),
        Paragraph("3. Things you need to know about this release", h2),
    ]
    for text in [
        "<b>Coverage.</b> Figures cover the 12 districts of the Kent County Council area and exclude Medway, which is "
        "a separate unitary authority, although it is policed by Kent Police.",
        "<b>Recorded crime.</b> Crimes are counted when they are recorded by Kent Police under the Home Office "
        "Counting Rules, not when they took place. Changes in recording practice can affect trends.",
        "<b>Anti-social behaviour.</b> Incidents are counted from Kent Police\u2019s incident records using the "
        "national anti-social behaviour closing codes. One incident may involve several callers.",
        "<b>Rates.</b> Rates per 1,000 residents use the ONS mid-2024 population estimates and are not adjusted for "
        "visitors or the night-time population, which raises rates in town centres and coastal resorts.",
        "<b>Revisions.</b> Figures for the latest quarter are provisional and may be revised in the next bulletin. "
        "Figures for Quarter 1 2025/26 have been revised since the last release.",
    ]:
        story.append(Paragraph(text, body))
    story.append(Paragraph("Kent Analytics, Kent County Council, Invicta House, County Hall, Maidstone ME14 1XQ. "
                           "Email research@kent.example.gov.uk. Tel 01632 960 451. This bulletin is published under "
                           "the Open Government Licence v3.0.", source))
    doc.build(story)


# ================================================================== Word helpers

def _save_docx(document, path: Path, title: str, author: str) -> None:
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = props.modified = props.last_printed = datetime(2025, 1, 1)
    props.revision = 1
    props.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path)


def _field(paragraph, code: str, shown: str, size=None, bold=False) -> None:
    """A Word field (PAGE, NUMPAGES) with a cached result, as Word saves it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run = paragraph.add_run()
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for kind, text in (("begin", None), ("instr", code), ("separate", None), ("text", shown), ("end", None)):
        if kind in ("begin", "separate", "end"):
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _fill(cell, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)


def _p(container, text="", size=None, bold=False, italic=False, colour=None, align=None, after=None, before=None,
       style=None, font=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = container.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if font:
            run.font.name = font
    if align:
        paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                               "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    fmt = paragraph.paragraph_format
    if after is not None:
        fmt.space_after = Pt(after)
    if before is not None:
        fmt.space_before = Pt(before)
    return paragraph


def _runs(paragraph, parts, size=None, colour=None):
    """Add (text, bold, italic) runs to a paragraph."""
    from docx.shared import Pt, RGBColor

    for text, bold, italic in parts:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
    return paragraph


def _cell(cell, text, bold=False, italic=False, size=None, colour=None, first=True, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _docx_table(document, rows, widths=None, size=9, head_fill=None, head_colour=None, label_fill=None,
                style="Table Grid"):
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = style
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, value in enumerate(row):
            head = r == 0 and head_fill is not None
            label = c == 0 and label_fill is not None and not head
            _cell(cells[c], value, bold=head or label, size=size, colour=head_colour if head else None)
            if head:
                _fill(cells[c], head_fill)
            elif label:
                _fill(cells[c], label_fill)
            if widths:
                cells[c].width = Cm(widths[c])
    return table


def _normal(document, font: str, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font)


def _page_setup(document, top, bottom, left, right) -> None:
    from docx.shared import Cm

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
    section.left_margin, section.right_margin = Cm(left), Cm(right)


def _heading_colours(document, colour: str, font: str) -> None:
    from docx.shared import RGBColor

    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        style = document.styles[name]
        style.font.color.rgb = RGBColor.from_string(colour)
        style.font.name = font


def _tabbed(paragraph, width) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT

    paragraph.paragraph_format.tab_stops.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _text_width(document):
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def _clause(document, number, text, indent=1.25, after=6, bold_lead=None):
    """A numbered clause with a hanging indent: '2.3<TAB>text'."""
    from docx.shared import Cm

    paragraph = _p(document, "", after=after)
    paragraph.paragraph_format.left_indent = Cm(indent)
    paragraph.paragraph_format.first_line_indent = Cm(-indent)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
    parts = [(number + "\t", False, False)]
    if bold_lead:
        parts.append((bold_lead + " ", True, False))
    parts.append((text, False, False))
    _runs(paragraph, parts)
    return paragraph


# ================================================================== 4. A memorandum of understanding (Word)

def memorandum_of_understanding(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _page_setup(document, 2.2, 2.0, 2.5, 2.5)
    _normal(document, "Arial", 10.5)
    _heading_colours(document, "1F3864", "Arial")
    document.styles["Heading 1"].font.size = Pt(12)
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("OFFICIAL", True, False), ("\t\tMoU ref: NP/PART/2025/044", False, False)], size=8)
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Memorandum of Understanding \u2013 Project Lantern\tVersion 1.0 (Final)\tPage ", False, False)],
          size=8)
    _field(foot, "PAGE", "1", size=8)
    _runs(foot, [(" of ", False, False)], size=8)
    _field(foot, "NUMPAGES", "3", size=8)

    _p(document, "MEMORANDUM OF UNDERSTANDING", size=16, bold=True, align="center", colour="1F3864", after=6)
    _p(document, "between", size=10.5, italic=True, align="center", after=6)
    for name in ["THE CHIEF CONSTABLE OF NORTHUMBRIA POLICE", "OUSEBURN UNIVERSITY", "OUSEBURN STUDENTS\u2019 UNION"]:
        _p(document, name, size=11, bold=True, align="center", after=4)
    _p(document, "relating to", size=10.5, italic=True, align="center", before=4, after=4)
    _p(document, "Project Lantern: police officers at the Students\u2019 Union Welfare Point", size=11.5, bold=True,
       align="center", after=14)
    _docx_table(document, [["Version", "1.0 (Final)"],
                           ["Date of agreement", "1 September 2025"],
                           ["Review date", "31 August 2026"],
                           ["Document owner", "Chief Inspector, Newcastle City Centre Neighbourhood Team"],
                           ["Protective marking", "OFFICIAL"],
                           ["Freedom of Information", "This MoU may be published or disclosed in full"]],
                widths=[5, 11], size=9.5, label_fill="DCE3F0")
    _p(document, "", after=6)

    document.add_paragraph("1. Parties", style="Heading 1")
    _clause(document, "1.1", "This Memorandum of Understanding (\u201cMoU\u201d) is made between:")
    for letter, text in [("(a)", "the Chief Constable of Northumbria Police (\u201cthe Force\u201d);"),
                         ("(b)", "Ouseburn University (\u201cthe University\u201d); and"),
                         ("(c)", "Ouseburn Students\u2019 Union, a registered charity, no. 1139472 (\u201cthe "
                                 "Union\u201d),")]:
        paragraph = _clause(document, letter, text, indent=1.0, after=2)
        paragraph.paragraph_format.left_indent = Cm(2.25)
    _p(document, "together \u201cthe Parties\u201d.", after=8).paragraph_format.left_indent = Cm(1.25)

    document.add_paragraph("2. Background", style="Heading 1")
    _clause(document, "2.1", "The University has around 27,000 students, most of whom live within two miles of "
            "Newcastle city centre. The Union runs the Welfare Point, a staffed room at the Union building on "
            "Sandyford Road that is open from 9pm to 3am on Friday and Saturday nights during term, where students "
            "who feel unwell or unsafe can rest, charge a phone, get water and be helped to get home.")
    _clause(document, "2.2", "Project Lantern was a pilot run from September 2024 to June 2025 by Northumbria "
            "Police\u2019s Newcastle City Centre Neighbourhood Team and Ouseburn Students\u2019 Union. On Friday "
            "nights during term two officers were based at the Welfare Point, working alongside the Union\u2019s "
            "trained Welfare Crew volunteers. They took reports of spiking and sexual harassment on site, gave safety "
            "advice, and went out with the Welfare Crew to find students who had become separated from their "
            "friends.")
    _clause(document, "2.3", "On the nights when officers were present during the pilot, 312 students were helped at "
            "the Welfare Point, 46 reports of suspected spiking were taken on site and nine arrests followed. In the "
            "Union\u2019s survey at the end of the pilot, 78% of students who had used the Welfare Point said they "
            "would report an incident to the police in future, compared with 41% in the same survey before the "
            "pilot began.")
    _clause(document, "2.4", "The University met the cost of the volunteers\u2019 training during the pilot and "
            "provided radios and high-visibility tabards.")
    _clause(document, "2.5", "The pilot drew on the Leeds Night Safe Hub, run since 2022 by St John Ambulance with "
            "West Yorkshire Police\u2019s Leeds city centre neighbourhood team, which officers from the Force "
            "visited in May 2024. In 2023/24 the hub treated 1,450 people in Leeds city centre who would otherwise "
            "have needed an ambulance or gone to an emergency department, and its staff and officers together "
            "handled 130 reports of crime from the people they helped.")
    _clause(document, "2.6", "The Parties now wish to continue Project Lantern for two academic years and to record "
            "in this MoU how they will work together.")

    document.add_paragraph("3. Purpose", style="Heading 1")
    _clause(document, "3.1", "The purpose of this MoU is to set out the roles and responsibilities of the Parties in "
            "delivering Project Lantern from 1 September 2025, so that students who are at risk in the night-time "
            "economy can get help from the police in a setting where they feel safe.")
    _clause(document, "3.2", "The Parties intend that Project Lantern will: (a) increase reporting of spiking and "
            "sexual harassment by students; (b) reduce the number of students who need an ambulance or attend an "
            "emergency department after a night out; and (c) build trust between students and the Force.")

    document.add_paragraph("4. Principles", style="Heading 1")
    for number, text in [("4.1", "The safety and wellbeing of students comes first."),
                         ("4.2", "The Welfare Point is a place of help, not enforcement. Officers will not use it to "
                                 "carry out searches or to deal with minor offences by students who come for help."),
                         ("4.3", "Each Party keeps its own legal duties, policies and lines of accountability."),
                         ("4.4", "The Parties will be open with each other about problems and will try to resolve "
                                 "them informally first.")]:
        _clause(document, number, text)

    document.add_paragraph("5. Roles and responsibilities", style="Heading 1")
    _docx_table(document, [["Party", "Will"],
                           ["The Force", "Provide two officers at the Welfare Point from 10pm to 3am on Friday nights "
                                         "during term; brief the Union on current risks; take and investigate reports "
                                         "in line with Force policy."],
                           ["The University", "Provide the Welfare Point room, radios and tabards; fund training for "
                                              "volunteers; promote the Welfare Point to students."],
                           ["The Union", "Recruit, train and roster at least six Welfare Crew volunteers each night; "
                                         "keep a log of students helped; run the end-of-year student survey."]],
                widths=[3.5, 12.5], size=9.5, head_fill="1F3864", head_colour="FFFFFF", label_fill="DCE3F0")
    _p(document, "", after=6)

    document.add_paragraph("6. Information sharing", style="Heading 1")
    _clause(document, "6.1", "Personal data will be shared only where it is necessary and lawful. The Force relies on "
            "Part 3 of the Data Protection Act 2018 for law enforcement processing; the University and the Union "
            "rely on Article 6(1)(e) and, where relevant, Article 9(2)(g) of the UK GDPR.")
    _clause(document, "6.2", "Any sharing of personal data will follow the information sharing agreement ISA-0317 "
            "between the Parties. Anonymised figures may be shared freely for the purposes of reporting.")

    document.add_paragraph("7. Governance", style="Heading 1")
    _clause(document, "7.1", "A Lantern Steering Group, chaired by the Union\u2019s Vice President (Welfare) and "
            "including the Force\u2019s neighbourhood inspector and the University\u2019s Head of Student "
            "Wellbeing, will meet once a term to review the log, the survey and any concerns.")

    document.add_paragraph("8. Costs", style="Heading 1")
    _clause(document, "8.1", "Each Party will meet its own costs. The University will contribute up to \u00a312,000 in "
            "each academic year towards training and equipment. No money will pass to the Force under this MoU.")

    document.add_paragraph("9. Term, review and termination", style="Heading 1")
    _clause(document, "9.1", "This MoU takes effect on 1 September 2025 and will end on 31 August 2027 unless it is "
            "extended in writing.")
    _clause(document, "9.2", "It will be reviewed by 31 August 2026. Any Party may end its participation by giving "
            "one month\u2019s written notice to the others.")

    document.add_paragraph("10. Status", style="Heading 1")
    _clause(document, "10.1", "This MoU is a statement of intent. It is not intended to be legally binding and does "
            "not create any contractual relationship between the Parties.")

    document.add_paragraph("11. Signatures", style="Heading 1")
    _docx_table(document, [["Signed for", "Name and role", "Signature", "Date"],
                           ["Northumbria Police", "Ch Supt Andrew Rowell, Area Commander, Central", "", ""],
                           ["Ouseburn University", "Professor Claire Mbeki, Pro Vice-Chancellor (Students)", "", ""],
                           ["Ouseburn Students\u2019 Union", "Ellie Hutton, Vice President (Welfare)", "", ""]],
                widths=[3.8, 6.2, 3.5, 2.5], size=9.5, head_fill="1F3864", head_colour="FFFFFF")
    _save_docx(document, out / "northumbria-police-memorandum-of-understanding-ouseburn-university-project-lantern.docx",
               "Memorandum of Understanding \u2013 Project Lantern", "Northumbria Police")


# ================================================================== 5. A grant offer letter (Word)

def grant_offer_letter(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    document = Document()
    _page_setup(document, 2.0, 2.0, 2.3, 2.3)
    _normal(document, "Arial", 10.5)
    width = _text_width(document)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _runs(first, [("Office of the Police and Crime Commissioner for Lincolnshire", True, False)], size=11,
          colour="2E5E2E")
    line2 = section.first_page_header.add_paragraph()
    line2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _runs(line2, [("Deepdale Lane, Nettleham, Lincoln LN2 2LT  |  01632 960 773  |  opcc@lincs.example.police.uk",
                   False, False)], size=8)
    for footer in (section.first_page_footer, section.footer):
        foot = footer.paragraphs[0]
        _tabbed(foot, width)
        _runs(foot, [("OFFICIAL\tGrant agreement CSF/2025-26/017\tPage ", False, False)], size=8)
        _field(foot, "PAGE", "1", size=8)
        _runs(foot, [(" of ", False, False)], size=8)
        _field(foot, "NUMPAGES", "3", size=8)
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("OPCC Lincolnshire\t\tCommunity Safety Fund 2025/26", False, False)], size=8)

    _p(document, "PRIVATE AND CONFIDENTIAL", bold=True, size=9, before=10, after=8)
    for line in ["Ms Dawn Carver", "Chief Executive", "Haven Horizons", "12 Wormgate", "Boston",
                 "Lincolnshire PE21 6NP"]:
        _p(document, line, after=0)
    _p(document, "", after=4)
    ref = _p(document, "", after=0)
    _tabbed(ref, width)
    _runs(ref, [("Our ref: CSF/2025-26/017", False, False), ("\t\tDate: 14 March 2025", False, False)], size=9.5)
    _p(document, "Your ref: HH/SSB/02", size=9.5, after=10)
    _p(document, "Dear Ms Carver,", after=8)
    _p(document, "Community Safety Fund 2025/26 \u2013 offer of grant: Safe Steps Boston (year two)", bold=True,
       after=8)
    for text in [
        "I am pleased to confirm that the Police and Crime Commissioner has approved a grant of \u00a338,500 to Haven "
        "Horizons for the period 1 April 2025 to 31 March 2026, to continue Safe Steps Boston as set out in your "
        "application dated 31 January 2025. The decision is recorded in Decision Notice 2025/09, which will be "
        "published on the Commissioner\u2019s website.",
        "The grant is offered on the terms of this letter and its schedules: Schedule 1 describes the project, "
        "Schedule 2 the outcomes and monitoring we have agreed, Schedule 3 the payment schedule and Schedule 4 the "
        "conditions of grant. Please read them carefully, in particular the conditions on safeguarding, data "
        "protection and publicity.",
        "To accept the offer, please sign and return the acceptance form at the end of this letter within 28 days. "
        "If we have not received it by 11 April 2025 the offer may be withdrawn. The first payment will be made "
        "within 30 days of our receiving the signed form.",
        "The Commissioner was very pleased with what the project achieved in its first year, and I look forward to "
        "continuing to work with you. If you have any questions about this offer, please contact Sanjay Mistry, "
        "Commissioning Officer, on 01632 960 774.",
    ]:
        _p(document, text, after=8)
    _p(document, "Yours sincerely,", after=26)
    _p(document, "Joanne Whitlock", bold=True, after=0)
    _p(document, "Head of Commissioning and Partnerships", after=0)
    _p(document, "on behalf of the Police and Crime Commissioner for Lincolnshire", after=0)
    document.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    green = "2E5E2E"
    _p(document, "Schedule 1: Project description", bold=True, size=12, colour=green, after=8)
    _clause(document, "1.1", "Safe Steps Boston has been run by Haven Horizons since April 2024 from its women\u2019s "
            "centre on Wormgate. Women aged 18 and over who are arrested for low-level offences in Boston and the "
            "surrounding villages, and who are eligible for an out-of-court resolution, are referred by Lincolnshire "
            "Police\u2019s custody and out-of-court resolution officers, with attendance as one of the conditions. "
            "Haven Horizons\u2019 caseworkers meet each woman within five working days, assess her needs and agree a "
            "plan that can include help with housing, debt, mental health, alcohol and drugs, and domestic abuse.",
            indent=1.0)
    _clause(document, "1.2", "In the eleven months to the end of February 2025, 86 women were referred and 71 (83%) "
            "took part. Nine of the 71 (13%) were arrested again within six months, compared with 31% of women given "
            "a caution in Boston in 2022/23, and 15 women were helped to leave abusive relationships.", indent=1.0)
    _clause(document, "1.3", "In 2025/26 the grant will pay for one full-time caseworker, 0.2 of a manager\u2019s "
            "time, and the room hire and travel costs of outreach sessions in Skegness on alternate Thursdays.",
            indent=1.0)

    _p(document, "Schedule 2: Outcomes and monitoring", bold=True, size=12, colour=green, before=10, after=8)
    _p(document, "Haven Horizons will report against the following measures each quarter. The targets are for the "
       "full year.", after=6)
    _docx_table(document, [["Measure", "Target 2025/26", "Source"],
                           ["Women referred", "90", "Referral log"],
                           ["Women who take part (attend a first meeting)", "75%", "Case records"],
                           ["Women who complete their plan", "60%", "Case records"],
                           ["Re-arrest within six months of referral", "Below 20%", "Lincolnshire Police data"],
                           ["Women reporting improved wellbeing (WEMWBS)", "70%", "Start and end questionnaires"]],
                widths=[8.5, 3.2, 4.6], size=9, head_fill="2E5E2E", head_colour="FFFFFF")
    _p(document, "", after=4)
    _p(document, "Monitoring returns are due by the 15th day of the month after each quarter ends, using the "
       "Commissioner\u2019s template, with a short case study each quarter.", after=8)

    _p(document, "Schedule 3: Payment schedule", bold=True, size=12, colour=green, before=10, after=8)
    _docx_table(document, [["Instalment", "Amount", "Due", "Condition"],
                           ["1", "\u00a39,625", "April 2025", "Signed acceptance form received"],
                           ["2", "\u00a39,625", "July 2025", "Quarter 1 monitoring return received"],
                           ["3", "\u00a39,625", "October 2025", "Quarter 2 monitoring return received"],
                           ["4", "\u00a39,625", "January 2026", "Quarter 3 monitoring return received"],
                           ["Total", "\u00a338,500", "", ""]],
                widths=[2.5, 2.8, 3.2, 7.8], size=9, head_fill="2E5E2E", head_colour="FFFFFF")
    _p(document, "", after=4)

    _p(document, "Schedule 4: Conditions of grant", bold=True, size=12, colour=green, before=10, after=8)
    conditions = [
        "The grant must be used only for the project described in Schedule 1 and within the grant period.",
        "Haven Horizons must tell the Commissioner at once of any matter that may affect the delivery of the project, "
        "including the loss of key staff.",
        "Haven Horizons must have and follow safeguarding policies for adults at risk and children, reviewed at "
        "least every two years.",
        "Personal data must be processed in line with the UK GDPR and the Data Protection Act 2018. Data shared by "
        "Lincolnshire Police may be used only for the purposes of the project.",
        "Any publicity for the project must acknowledge the Commissioner\u2019s funding and use the Commissioner\u2019s "
        "logo in line with the brand guidelines supplied.",
        "Any part of the grant that is not spent, or is spent in breach of these conditions, must be repaid on "
        "request.",
        "Haven Horizons must keep records of spending for six years and allow the Commissioner or the "
        "Commissioner\u2019s auditors to inspect them.",
        "No part of the grant may be used for party political activity or to pay for lobbying.",
    ]
    for i, text in enumerate(conditions, 1):
        _clause(document, f"4.{i}", text, indent=1.0, after=4)

    _p(document, "Acceptance form", bold=True, size=12, colour=green, before=14, after=6)
    _p(document, "I confirm that I am authorised to accept this offer on behalf of Haven Horizons, and that Haven "
       "Horizons accepts the grant of \u00a338,500 on the terms of this letter and its schedules.", after=8)
    _docx_table(document, [["Signed", ""], ["Name", ""], ["Position", ""], ["Date", ""]], widths=[4, 12.3],
                size=10, label_fill="E4EDE4")
    _p(document, "", after=4)
    _p(document, "Please return to: Commissioning Team, OPCC Lincolnshire, at the address above, or by email to "
       "commissioning@lincs.example.police.uk.", size=9, italic=True)
    _save_docx(document, out / "opcc-lincolnshire-grant-offer-letter-haven-horizons-safe-steps-boston.docx",
               "Grant offer letter \u2013 Safe Steps Boston 2025/26",
               "Office of the Police and Crime Commissioner for Lincolnshire")


# ================================================================== 6. A charity's theory of change (Word)

def theory_of_change(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    document = Document()
    _page_setup(document, 2.0, 2.0, 2.2, 2.2)
    _normal(document, "Calibri", 11)
    _heading_colours(document, "B23A48", "Calibri")
    document.styles["Heading 1"].font.size = Pt(15)
    document.styles["Heading 2"].font.size = Pt(12)
    width = _text_width(document)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("Tay Youth Action\t\tLevel Up: Theory of Change", False, True)], size=8.5, colour="777777")
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Tay Youth Action is a Scottish Charitable Incorporated Organisation, SC049812\t\t", False, False)],
          size=8)
    _field(foot, "PAGE", "2", size=8)

    _p(document, "", after=90)
    _p(document, "LEVEL UP", size=36, bold=True, colour="B23A48", after=0)
    _p(document, "Theory of Change", size=22, colour="333333", after=24)
    _p(document, "Tay Youth Action", size=14, bold=True, after=2)
    _p(document, "Friday nights for young people in Lochee, Dundee", size=12, after=40)
    _p(document, "Version 2.0 \u2013 October 2025", size=10.5, after=2)
    _p(document, "Developed with young people, staff, volunteers and partners in workshops held in August and "
       "September 2025.", size=10.5, italic=True, after=2)
    _p(document, "Contact: hello@tayyouthaction.example.org.uk | 01632 960 215", size=10.5, after=0)
    document.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    document.add_paragraph("1. About this document", style="Heading 1")
    _p(document, "A theory of change explains how and why we think our work leads to the changes we want to see. "
       "This one describes Level Up, our Friday night programme for 12 to 16 year olds in Lochee. It sets out the "
       "problem, what we do, what we expect to change, the assumptions we are making and how we will know if we "
       "are right. We will use it to plan the programme, to talk to funders and partners, and to decide what to "
       "measure.", after=8)
    _p(document, "Version 1.0 was written before the pilot. This version has been rewritten in the light of what "
       "the pilot showed and what young people told us.", after=8)

    document.add_paragraph("2. The problem we are addressing", style="Heading 1")
    _p(document, "Lochee is one of the most deprived areas in Scotland: around one in three children there lives in "
       "poverty, and there are few free places for young people to go in the evening. Friday evening is the peak "
       "time for calls about youth disorder in the area, and young people told us that they gather in the High "
       "Street and the park \u2018because there is nowhere else\u2019. Some are drawn into anti-social behaviour, "
       "and a small number into offending, and many have little trust in the police or other adults in authority.",
       after=8)

    document.add_paragraph("3. Our long-term goal", style="Heading 1")
    goal = _p(document, "Young people in Lochee are safe, connected to trusted adults and choosing their own "
              "future.", size=13, bold=True, colour="B23A48", after=8)
    goal.paragraph_format.left_indent = Cm(1)

    document.add_paragraph("4. What the pilot showed", style="Heading 1")
    _p(document, "Level Up ran as a pilot from October 2024 to June 2025 at the Lochee Community Hub. Every Friday "
       "from 6pm to 9.30pm Tay Youth Action\u2019s youth workers ran sport, music and cooking sessions for 12 to 16 "
       "year olds, Dundee City Council\u2019s Community Learning and Development team opened the hub and provided a "
       "youth worker, and officers from Police Scotland\u2019s Dundee Community Policing Team joined in on most "
       "nights, playing football and cooking rather than patrolling.", after=8)
    _p(document, "Over the pilot 74 young people took part and 58 came to six or more sessions. Calls to Police "
       "Scotland about youth disorder in Lochee on Friday evenings fell by 22% compared with October 2023 to June "
       "2024, and 11 young people went on to volunteer or join a club.", after=8)
    _p(document, "What young people told us", style="Heading 2")
    for quote in ["\u201cIt\u2019s warm, there\u2019s food and nobody\u2019s moving you on.\u201d",
                  "\u201cThe polis that come are alright. You get to know them.\u201d",
                  "\u201cMy mum knows where I am on a Friday now.\u201d"]:
        q = _p(document, quote, italic=True, after=4)
        q.paragraph_format.left_indent = Cm(1)

    document.add_paragraph("5. Evidence we have drawn on", style="Heading 1")
    _p(document, "Kick Off Kilmarnock, run by the Irvine Valley Youth Trust with Police Scotland\u2019s Ayrshire "
       "Division from 2021 to 2023, used Friday night football in much the same way. Of the 210 young people who "
       "took part, 81% had no further police contact in the following twelve months, and the programme found that "
       "trust between young people and officers grew most where the same officers came every week.", after=8)
    _p(document, "More widely, the Youth Endowment Fund\u2019s Toolkit rates sports programmes as having a moderate "
       "impact on violence, with low-quality evidence, and finds stronger effects where activities are combined "
       "with mentoring or support from a trusted adult. We have built this into the programme.", after=8)

    document.add_paragraph("6. Logic model", style="Heading 1")
    _docx_table(document, [
        ["Inputs", "Activities", "Outputs", "Short-term outcomes", "Long-term outcomes"],
        ["Two youth workers; a sessional cook; volunteers; the hub; equipment; funding", "Friday sessions of sport, "
         "music and cooking; one-to-one time; officers joining in; links to clubs", "Sessions held; young people "
         "attending; repeat attendance; referrals", "Young people feel safe and welcome; trust in adults and "
         "police grows; fewer young people on the streets", "Less youth disorder; young people connected to "
         "trusted adults; more in clubs, volunteering and learning"],
    ], widths=[3.3, 3.5, 3.0, 3.4, 3.4], size=8.5, head_fill="B23A48", head_colour="FFFFFF")
    _p(document, "", after=6)

    document.add_paragraph("7. Assumptions", style="Heading 1")
    _docx_table(document, [
        ["Assumption", "What supports it", "What if we are wrong"],
        ["Young people will come if it is free, local and not labelled as a \u2018project\u2019.",
         "Attendance in the pilot.", "Co-design activities with young people each term."],
        ["Officers joining in builds trust rather than putting young people off.",
         "Feedback in the pilot; Kick Off Kilmarnock.", "Agree with the police which officers attend, and review."],
        ["Partners will keep the hub open on Friday nights.", "Council commitment to March 2026.",
         "Identify a second venue."],
    ], widths=[6, 5, 5.5], size=9, head_fill="B23A48", head_colour="FFFFFF")
    _p(document, "", after=6)

    document.add_paragraph("8. How we will know", style="Heading 1")
    _docx_table(document, [
        ["Indicator", "Target for 2025/26", "Source"],
        ["Young people attending at least once", "100", "Session registers"],
        ["Young people attending six or more sessions", "70%", "Session registers"],
        ["Young people who say they trust at least one adult at Level Up", "80%", "Termly survey"],
        ["Friday evening youth disorder calls in Lochee", "Down 15% on 2023/24", "Police Scotland data"],
    ], widths=[8, 4, 4.5], size=9, head_fill="B23A48", head_colour="FFFFFF")
    _p(document, "", after=6)

    document.add_paragraph("9. Review", style="Heading 1")
    _p(document, "We will review this theory of change with young people and partners in June 2026, after a full year "
       "of the programme, and publish the next version on our website.", after=8)
    _save_docx(document, out / "tay-youth-action-theory-of-change-level-up-lochee.docx",
               "Level Up \u2013 Theory of Change", "Tay Youth Action")


# ================================================================== 7. A court judgment on a case law service (HTML)

JUDGMENT_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hale v Bournemouth, Christchurch and Poole Council - Find Case Law - The National Archives</title>
<meta name="description" content="Statutory challenge under section 66 of the Anti-social Behaviour, Crime and Policing Act 2014 to a public spaces protection order.">
<link rel="canonical" href="https://caselaw.example.gov.uk/ewhc/admin/2025/2874">
<link rel="stylesheet" href="/static/css/main.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body class="judgment-page">
<div class="cookie-banner" id="js-cookie-banner" role="region" aria-label="Cookies on Find Case Law">
  <h2 class="cookie-banner__heading">This website uses cookies</h2>
  <p>We use some essential cookies to make this service work. We&rsquo;d also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
  <button type="button" class="button" data-cookie="accept">Accept analytics cookies</button>
  <button type="button" class="button" data-cookie="reject">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="page-header">
  <a href="https://www.nationalarchives.gov.uk/" class="page-header__logo">The National Archives</a>
  <a href="/" class="page-header__service-name">Find Case Law</a>
  <nav class="page-header__nav" aria-label="Main">
    <ul>
      <li><a href="/search">Search</a></li>
      <li><a href="/about-this-service">About this service</a></li>
      <li><a href="/help-and-guidance">Help and guidance</a></li>
      <li><a href="/re-use-find-case-law-records">Re-use</a></li>
    </ul>
  </nav>
</header>
<div class="phase-banner"><strong class="phase-banner__tag">Beta</strong> This is a new service &ndash; <a href="/feedback">your feedback</a> will help us to improve it.</div>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Find Case Law</a></li>
    <li><a href="/search?court=ewhc/admin">High Court (Administrative Court)</a></li>
    <li aria-current="page">Hale v Bournemouth, Christchurch and Poole Council</li>
  </ol>
</nav>
<main id="main-content">
<div class="judgment-toolbar">
  <h1 class="judgment-toolbar__title">Hale v Bournemouth, Christchurch and Poole Council</h1>
  <dl class="judgment-toolbar__meta">
    <dt>Neutral citation number</dt><dd>[2025] EWHC 2874 (Admin)</dd>
    <dt>Court</dt><dd>High Court (King&rsquo;s Bench Division &ndash; Administrative Court)</dd>
    <dt>Judgment date</dt><dd>12 Nov 2025</dd>
  </dl>
  <div class="judgment-toolbar__download">
    <a class="button" href="/ewhc/admin/2025/2874/data.pdf">Download this judgment as a PDF (287 KB)</a>
    <a href="/help-and-guidance#pdfs">Help with PDFs</a>
  </div>
  <p class="judgment-toolbar__notice">This judgment has been published by The National Archives. It is the version approved by the judge.</p>
</div>

<article class="judgment">
<header class="judgment-header">
<p class="judgment-header__neutral-citation">Neutral Citation Number: [2025] EWHC 2874 (Admin)</p>
<p class="judgment-header__case-number">Case No: AC-2025-LON-001873</p>
<p class="judgment-header__court">IN THE HIGH COURT OF JUSTICE<br>KING&rsquo;S BENCH DIVISION<br>ADMINISTRATIVE COURT</p>
<p class="judgment-header__venue">Royal Courts of Justice<br>Strand, London, WC2A 2LL</p>
<p class="judgment-header__date">Date: 12/11/2025</p>
<p class="judgment-header__before">Before :</p>
<p class="judgment-header__judge">MRS JUSTICE HOLLINGWORTH</p>
<p>- - - - - - - - - - - - - - - - - - - - -</p>
<p>Between :</p>
<table class="judgment-header__parties">
  <tr><td>KIERAN HALE</td><td>Claimant</td></tr>
  <tr><td>- and -</td><td></td></tr>
  <tr><td>BOURNEMOUTH, CHRISTCHURCH AND POOLE COUNCIL</td><td>Defendant</td></tr>
</table>
<p>- - - - - - - - - - - - - - - - - - - - -</p>
<p><b>Rosa Imrie</b> (instructed by <b>Wessex Law Centre</b>) for the <b>Claimant</b><br>
<b>Jonathan Pike</b> (instructed by <b>BCP Council Legal Services</b>) for the <b>Defendant</b></p>
<p>Hearing dates: 21 and 22 October 2025</p>
<p>- - - - - - - - - - - - - - - - - - - - -</p>
<p class="judgment-header__approved"><b>Approved Judgment</b></p>
<p class="judgment-header__handdown">This judgment was handed down remotely at 10.30am on 12 November 2025 by circulation to the parties or their representatives by e-mail and by release to the National Archives.</p>
<p>.............................</p>
<p>MRS JUSTICE HOLLINGWORTH</p>
</header>

<div class="judgment-body">
<p class="judgment-body__title"><b>Mrs Justice Hollingworth :</b></p>

<h2>Introduction</h2>
<p class="judgment-para"><span class="judgment-para__number">1.</span> This is a statutory challenge under section 66 of the Anti-social Behaviour, Crime and Policing Act 2014 (&ldquo;the 2014 Act&rdquo;) to the Bournemouth Seafront Public Spaces Protection Order 2025 (&ldquo;the Order&rdquo;), made by the defendant council (&ldquo;the Council&rdquo;) on 3 March 2025 and in force from 1 April 2025 for three years.</p>
<p class="judgment-para"><span class="judgment-para__number">2.</span> Within the restricted area, which runs along the promenade and beach from Durley Chine to Boscombe Pier, the Order prohibits: (a) playing amplified music or using a loudspeaker between 9pm and 8am; (b) riding an e-scooter or a cycle on the promenade between 10am and 6pm from May to September; and (c) failing to stop drinking alcohol, or to surrender it, when asked to do so by an authorised person. Breach of a prohibition without reasonable excuse is an offence, and may be dealt with by a fixed penalty notice of &pound;100.</p>
<p class="judgment-para"><span class="judgment-para__number">3.</span> The claimant is a street musician who has performed on the seafront, mostly on summer evenings, for eleven years. It is not disputed that he is an &ldquo;interested person&rdquo; within section 66(1). He challenges prohibition (a) only.</p>
<p class="judgment-para"><span class="judgment-para__number">4.</span> There are three grounds: (1) that the conditions in section 59(2) and (3) were not met in respect of prohibition (a); (2) that the Council failed to have particular regard to the rights of freedom of expression and assembly, as section 72(1) requires; and (3) that the consultation was inadequate.</p>

<h2>The statutory framework</h2>
<p class="judgment-para"><span class="judgment-para__number">5.</span> Section 59 of the 2014 Act allows a local authority to make a public spaces protection order if satisfied on reasonable grounds that activities carried on in a public place have had, or are likely to have, a detrimental effect on the quality of life of those in the locality, and that the effect is, or is likely to be, of a persistent or continuing nature, such as to make the activities unreasonable, and justifies the restrictions imposed.</p>
<p class="judgment-para"><span class="judgment-para__number">6.</span> By section 60 an order may not have effect for more than three years, although it may be extended. Section 66 allows an interested person to apply to the High Court within six weeks of the order being made to question its validity on the grounds that the Council had no power to make it or that a requirement under the Part was not complied with.</p>
<p class="judgment-para"><span class="judgment-para__number">7.</span> Section 72(1) requires the Council, in deciding whether to make an order and what it should include, to have particular regard to the rights of freedom of expression and freedom of assembly set out in Articles 10 and 11 of the Convention. Section 72(3) requires it to carry out the necessary consultation, publicity and notification beforehand.</p>

<h2>The factual background</h2>
<p class="judgment-para"><span class="judgment-para__number">8.</span> The Council&rsquo;s evidence, in the witness statements of its Head of Community Safety and of a police sergeant, describes a seafront that draws very large numbers of visitors in the summer and, in recent years, large gatherings on the beach on warm evenings, some involving heavy drinking, fights and late-night noise affecting residents of the flats on the East Cliff.</p>
<p class="judgment-para"><span class="judgment-para__number">9.</span> Operation Marram was a joint operation run from June to September 2024 by Dorset Police&rsquo;s Bournemouth Central neighbourhood policing team and the Council&rsquo;s Seafront Rangers. On Friday and Saturday evenings officers and rangers patrolled together between Bournemouth Pier and Boscombe Pier, spoke to groups gathering on the beach, and used dispersal directions under section 35 of the 2014 Act where groups would not move on. Sergeant Lisa Crane&rsquo;s statement, which was not challenged, records that 44 dispersal directions were given and alcohol was taken from 126 people during the operation, and that reports of anti-social behaviour on the seafront fell by 31% compared with the same months of 2023.</p>
<p class="judgment-para"><span class="judgment-para__number">10.</span> The Council&rsquo;s case is that those gains were not sustained once the rangers&rsquo; evening shifts ended at the close of the season. Between October 2024 and January 2025 it received 187 complaints about amplified music on the seafront late at night, most of them about portable speakers at gatherings on the beach rather than about performers on the promenade.</p>
<p class="judgment-para"><span class="judgment-para__number">11.</span> The Council consulted on a draft order from 4 November to 16 December 2024. It received 1,146 responses, of which 68% supported a prohibition on amplified music at night. The Musicians&rsquo; Union and two busking groups objected that the prohibition, as drafted, would stop street performance on summer evenings.</p>
<p class="judgment-para"><span class="judgment-para__number">12.</span> The report to the Council&rsquo;s Cabinet of 3 March 2025 summarised the consultation and attached an equality impact assessment. It did not refer to the objections from performers, or to Articles 10 and 11, save for a sentence stating that &ldquo;the Order is considered proportionate&rdquo;. The Cabinet made the Order on the same day.</p>

<h2>Ground 1: the statutory conditions</h2>
<p class="judgment-para"><span class="judgment-para__number">13.</span> Ms Imrie submitted that the evidence of nuisance from amplified music related to gatherings on the beach, not to performers, and so could not justify a prohibition extending to the whole of the promenade. I do not accept that submission. The question under section 59 is whether the activity &ndash; here, playing amplified music at night in the restricted area &ndash; has had the detrimental effect described, not who carries it on. The evidence amply meets that test.</p>
<p class="judgment-para"><span class="judgment-para__number">14.</span> Ground 1 therefore fails.</p>

<h2>Ground 2: freedom of expression and assembly</h2>
<p class="judgment-para"><span class="judgment-para__number">15.</span> Street performance is a form of expression protected by Article 10. Section 72(1) does not require the Council to reach any particular conclusion, but it does require it to have particular regard to those rights, and a bare statement that an order is proportionate is not enough to show that it did.</p>
<p class="judgment-para"><span class="judgment-para__number">16.</span> Mr Pike accepted that there is no other record of how the Cabinet weighed the performers&rsquo; objections. He submitted that the result would inevitably have been the same. I am not able to accept that: the consultation responses themselves proposed a later start time for the prohibition, or an exemption for licensed performers, either of which might have met the Council&rsquo;s concerns.</p>
<p class="judgment-para"><span class="judgment-para__number">17.</span> Ground 2 succeeds.</p>

<h2>Ground 3: consultation</h2>
<p class="judgment-para"><span class="judgment-para__number">18.</span> The consultation ran for six weeks, was publicised on the seafront and online, and the chief officer of police was consulted as section 72(4) requires. I see no arguable unfairness in it. Ground 3 fails.</p>

<h2>Relief</h2>
<p class="judgment-para"><span class="judgment-para__number">19.</span> Section 66(7) allows the court to quash the order or any of its prohibitions or requirements. I will quash prohibition (a). Prohibitions (b) and (c) are not affected. It will be for the Council to decide whether to consult again on a revised prohibition on amplified music, having particular regard to the matters I have identified.</p>
<p class="judgment-para"><span class="judgment-para__number">20.</span> I invite the parties to agree the terms of an order, including as to costs, and to submit it within 14 days of hand-down.</p>
</div>
</article>
</main>
<footer class="page-footer">
  <ul class="page-footer__links">
    <li><a href="/accessibility-statement">Accessibility statement</a></li>
    <li><a href="/privacy-notice">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/terms-of-use">Terms of use</a></li>
    <li><a href="/contact-us">Contact us</a></li>
  </ul>
  <p>All content is available under the <a href="/open-justice-licence">Open Justice Licence</a>, except where otherwise stated.</p>
  <p>&copy; Crown copyright</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. An ombudsman's decision statement (HTML)

OMBUDSMAN_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rossendale Borough Council (24 017 352) - Local Government and Social Care Ombudsman</title>
<meta name="description" content="Mrs X complained the Council failed to deal properly with her reports of anti-social behaviour and wrongly refused her request for a case review.">
<link rel="stylesheet" href="/css/site.min.css">
<script async src="/js/analytics.js"></script>
</head>
<body>
<div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookie settings">
  <p>We use necessary cookies to make our site work. We&rsquo;d also like to set optional analytics cookies to help us improve it. We won&rsquo;t set optional cookies unless you enable them.</p>
  <button id="cookie-accept">Accept all cookies</button>
  <button id="cookie-reject">Reject optional cookies</button>
  <a href="/cookies">Cookie settings</a>
</div>
<a class="skip" href="#content">Skip to content</a>
<header class="site-header">
  <a class="site-header__logo" href="/"><span>Local Government &amp;</span> <span>Social Care</span> <strong>OMBUDSMAN</strong></a>
  <form class="site-header__search" action="/search" role="search"><label for="q">Search this site</label><input id="q" name="q" type="search"><button>Search</button></form>
  <nav class="site-nav" aria-label="Main menu">
    <ul>
      <li><a href="/how-to-complain">Make a complaint</a></li>
      <li><a href="/decisions">Decisions</a></li>
      <li><a href="/reports">Reports</a></li>
      <li><a href="/information-centre">Information centre</a></li>
      <li><a href="/about-us">About us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> &gt; <a href="/decisions">Decisions</a> &gt; <a href="/decisions/environment-and-regulation">Environment and regulation</a> &gt; <a href="/decisions/environment-and-regulation/anti-social-behaviour">Anti-social behaviour</a> &gt; <span>Rossendale Borough Council (24 017 352)</span>
</nav>
<main id="content" class="decision">
  <h1>Rossendale Borough Council (24 017 352)</h1>
  <table class="decision-meta">
    <tr><th scope="row">Category :</th><td>Environment and regulation &gt; Anti-social behaviour</td></tr>
    <tr><th scope="row">Decision :</th><td>Upheld</td></tr>
    <tr><th scope="row">Decision date :</th><td>17 Sep 2025</td></tr>
  </table>
  <p class="decision-remedy"><strong>Remedy:</strong> Apology; Financial redress: Avoidable distress/time and trouble; Procedure or policy change/review</p>
  <p class="decision-note"><em>The Ombudsman&rsquo;s final decision:</em></p>
  <p><strong>Summary:</strong> Mrs X complained the Council failed to deal properly with her reports of noise and anti-social behaviour from a neighbouring house, and wrongly refused her request for an anti-social behaviour case review. We found fault in how the Council closed her case and handled the case review request, which caused Mrs X distress and uncertainty. The Council has agreed to apologise, pay Mrs X &pound;300 and review how it handles case review requests.</p>

  <h2>The complaint</h2>
  <ol class="decision-paras">
    <li>Mrs X complains the Council did not act properly on her reports of noise, shouting and suspected drug dealing at a neighbouring house between October 2023 and June 2024, closed her case without telling her, and in July 2024 refused her request for an anti-social behaviour case review on the ground that the threshold had not been met.</li>
    <li>Mrs X says she lost sleep, felt unsafe in her home and considered moving. She wants the Council to accept it got things wrong and to change how it decides case review requests.</li>
  </ol>

  <h2>What I have and have not investigated</h2>
  <ol class="decision-paras" start="3">
    <li>I have investigated the Council&rsquo;s handling of Mrs X&rsquo;s reports from October 2023 and of her case review request. I have not investigated the actions of Lancashire Constabulary or of Mrs X&rsquo;s neighbour&rsquo;s landlord, a housing association, because we cannot investigate the police or, in these circumstances, a registered provider. Complaints about the police can be made to the force and, after that, to the Independent Office for Police Conduct.</li>
  </ol>

  <h2>The Ombudsman&rsquo;s role and powers</h2>
  <ol class="decision-paras" start="4">
    <li>We investigate complaints about &lsquo;maladministration&rsquo; and &lsquo;service failure&rsquo;. In this statement, I have used the word &lsquo;fault&rsquo; to refer to these. We must also consider whether any fault has had an adverse impact on the person making the complaint. I refer to this as &lsquo;injustice&rsquo;. If there has been fault which has caused an injustice, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)</li>
    <li>When considering complaints we make findings based on the balance of probabilities. This means that we look at the available relevant evidence and decide what was more likely to have happened.</li>
    <li>If we are satisfied with a council&rsquo;s actions or proposed actions, we can complete our investigation and issue a decision statement. (Local Government Act 1974, section 30(1B) and 34H(i), as amended)</li>
  </ol>

  <h2>How I considered this complaint</h2>
  <ol class="decision-paras" start="7">
    <li>I considered evidence provided by Mrs X and the Council, including the Council&rsquo;s case records and noise recordings, as well as relevant law, policy and guidance.</li>
    <li>Mrs X and the Council had an opportunity to comment on my draft decision. I considered any comments received before making a final decision.</li>
  </ol>

  <h2>What I found</h2>
  <h3>Law and guidance</h3>
  <ol class="decision-paras" start="9">
    <li>Section 104 of the Anti-social Behaviour, Crime and Policing Act 2014 requires councils, the police and other relevant bodies to have a procedure for anti-social behaviour case reviews (formerly known as the community trigger). A victim can ask for a review if the threshold set by the local partners is met.</li>
    <li>The Home Office&rsquo;s statutory guidance says the threshold should be no more than three complaints in the previous six months, and that complaints made to any of the relevant bodies should count. The published procedure for Rossendale sets the threshold at three complaints about separate incidents in six months, made to the Council, the police or a registered provider.</li>
    <li>The Council&rsquo;s anti-social behaviour policy says officers will carry out a risk assessment within five working days of a report, agree an action plan with the victim, and write to the victim before closing a case to explain why.</li>
  </ol>
  <h3>What happened</h3>
  <ol class="decision-paras" start="12">
    <li>Mrs X first reported noise from the neighbouring house to the Council in October 2023. The Council&rsquo;s anti-social behaviour officer completed a risk assessment, sent Mrs X diary sheets and wrote to the neighbour. In November 2023 the Council installed noise recording equipment in Mrs X&rsquo;s home for two weeks, which captured shouting and loud music on two nights.</li>
    <li>In January 2024 the officer and a police community support officer from the local neighbourhood policing team visited the neighbour together and gave advice. The Council considered, but did not serve, a community protection warning.</li>
    <li>Mrs X reported further incidents to the police in February and March 2024, and to the housing association in April 2024. She made one further report to the Council, in March 2024.</li>
    <li>The Council closed the case in May 2024. Its records say &ldquo;no further reports received&rdquo;. It did not write to Mrs X.</li>
    <li>In July 2024 Mrs X asked for a case review. The Council refused, saying she had made only one report to the Council in the previous six months. It did not ask the police or the housing association whether she had reported incidents to them.</li>
    <li>Mrs X complained. The Council&rsquo;s stage two response, in October 2024, upheld the decision not to hold a case review.</li>
  </ol>
  <h3>Analysis</h3>
  <ol class="decision-paras" start="18">
    <li>The Council&rsquo;s initial response to Mrs X&rsquo;s reports was in line with its policy. It assessed the risk, gathered evidence and took action with the police. How much action to take was a matter for the Council&rsquo;s professional judgement, and I have not found fault in it.</li>
    <li>The Council was at fault, however, when it closed the case without writing to Mrs X, as its own policy requires. Mrs X did not know the case was closed and continued to report incidents to other bodies, believing the Council was still involved.</li>
    <li>The Council was also at fault when it refused the case review. Its published procedure, and the statutory guidance, say complaints to the police and to registered providers count towards the threshold. Had the Council checked, it would have found that Mrs X had made at least four reports in the six months before her request, and that the threshold was met.</li>
    <li>I cannot say what a case review would have recommended. But Mrs X was denied the chance of one, and that uncertainty, together with the distress of not knowing her case had been closed, is an injustice to her.</li>
  </ol>

  <h2>Agreed action</h2>
  <ol class="decision-paras" start="22">
    <li>Within one month of the date of my final decision, the Council will apologise to Mrs X in line with our guidance on remedies, and pay her &pound;300 to acknowledge her distress and uncertainty.</li>
    <li>Within three months of my final decision, the Council will review its procedure so that officers ask the police and relevant registered providers about complaints before deciding whether the threshold is met, and remind its anti-social behaviour officers to write to victims before closing a case.</li>
    <li>The Council should provide us with evidence it has complied with the above actions.</li>
  </ol>

  <h2>Final decision</h2>
  <ol class="decision-paras" start="25">
    <li>I find fault causing injustice. The Council has agreed to my recommendations, and I have completed my investigation.</li>
  </ol>
  <p class="decision-sign"><strong>Investigator&rsquo;s decision on behalf of the Ombudsman</strong></p>

  <aside class="decision-tools">
    <a href="javascript:window.print()">Print this page</a>
    <a href="/decisions">Search all decisions</a>
    <p>Please note: we publish decisions in an anonymised form. The names of people are replaced with letters.</p>
  </aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy-notice">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/sitemap">Sitemap</a></li>
  </ul>
  <p>Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A parish church's sermon page (HTML)

SERMON_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Who is my neighbour? | Sermons | St Barnabas, Caldmore</title>
<meta name="description" content="A sermon on Luke 10.25-37 preached at St Barnabas, Caldmore, Walsall.">
<meta property="og:title" content="Who is my neighbour?">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/assets/theme.css">
</head>
<body>
<div class="cookies" id="cookies">
  <p>This site uses cookies to play our sermon recordings and to count visits. <a href="/privacy">Privacy policy</a></p>
  <button type="button">OK</button>
</div>
<a class="skip-link" href="#main">Skip to content</a>
<header class="masthead">
  <a class="masthead__brand" href="/">St Barnabas <span>Caldmore</span></a>
  <p class="masthead__tagline">A church at the heart of Caldmore for everyone</p>
  <nav class="masthead__nav" aria-label="Site">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/sunday-services">Sunday services</a></li>
      <li><a href="/sermons" aria-current="page">Sermons</a></li>
      <li><a href="/whats-on">What&rsquo;s on</a></li>
      <li><a href="/baptisms-weddings-funerals">Baptisms, weddings &amp; funerals</a></li>
      <li><a href="/giving">Giving</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/sermons">Sermons</a> &rsaquo; Who is my neighbour?</div>
<main id="main" class="sermon">
  <p class="sermon__series">Series: Love your neighbour (3 of 5)</p>
  <h1>Who is my neighbour?</h1>
  <ul class="sermon__meta">
    <li>Sunday 13 July 2025 &middot; Parish Eucharist, 10.30am</li>
    <li>Preacher: The Revd Canon Ruth Adeyemi, Vicar</li>
    <li>Readings: Amos 7.7&ndash;17; Luke 10.25&ndash;37</li>
  </ul>
  <div class="sermon__audio">
    <audio controls preload="none" src="/media/sermons/2025-07-13-who-is-my-neighbour.mp3"></audio>
    <p>Listen (19 min 42 sec) &middot; <a href="/media/sermons/2025-07-13-who-is-my-neighbour.mp3" download>Download MP3 (18.1 MB)</a></p>
  </div>
  <div class="sermon__text">
    <p><em>May I speak in the name of the living God, Father, Son and Holy Spirit. Amen.</em></p>
    <p>&ldquo;And who is my neighbour?&rdquo; It is a lawyer&rsquo;s question. The man who asks it is an expert in the law, and like all good lawyers he wants to know where the line is. If I must love my neighbour as myself, then I need to know who counts. Where does my duty stop?</p>
    <p>Jesus does not answer the question. He tells a story instead, and at the end of it he turns the question round. Not &ldquo;who is my neighbour?&rdquo; but &ldquo;which of these three was a neighbour to the man who fell into the hands of robbers?&rdquo; The lawyer cannot even bring himself to say the word Samaritan. &ldquo;The one who showed him mercy,&rdquo; he says. &ldquo;Go and do likewise,&rdquo; says Jesus.</p>
    <p>We know this story so well that it has lost its edge. The road from Jerusalem down to Jericho was a dangerous road. The priest and the Levite were not wicked men; they had their reasons, and some of them were good reasons. The Samaritan was the last person anyone listening would have expected to stop. He was the outsider, the one from the wrong side of the border, and he is the one who kneels in the dust.</p>
    <p>Last summer we had our own road to Jericho, on Caldmore Green, not two hundred yards from where we are sitting. Many of you knew the young man who was stabbed there, and some of you were with his family in the weeks afterwards. I remember standing on the Green with a group of mothers who asked me, quite simply, what the church was going to do.</p>
    <p>Some of you will have seen the blue steel bin by the lychgate. It was put there last July by West Midlands Police&rsquo;s Walsall Central neighbourhood team, working with Churches Together in Walsall, after that stabbing. It is a knife surrender bin: anyone can drop a blade into it, no questions asked, and the officers empty it every week. They tell me that in its first twelve months 212 knives and nine other weapons went into that bin, and that churches in Bloxwich and Darlaston have now asked for one of their own. I do not pretend that a bin is the Kingdom of God. But every one of those knives is one that is not in a pocket on a Friday night.</p>
    <p>And on Friday nights, this building fills with noise of a different kind. Since January the Friday Night Light youth caf&eacute; has been run in our hall by Mosaic Youth Trust, with volunteers from this congregation making the toast and the tea. Around sixty young people come each week. Mosaic&rsquo;s youth workers tell me that fourteen of them have gone on to regular mentoring, and that two have started helping to run the caf&eacute; themselves. If you have wondered why the hall floor is sticky on a Sunday morning, now you know, and I hope you will forgive it.</p>
    <p>Neither of these things was our idea, and neither is ours to boast about. But they are what it looks like when people stop asking where their duty ends and start asking who needs a neighbour. The police officer who empties the bin, the youth worker who stays until the last young person has gone home, the member of this congregation who makes forty rounds of toast: none of them asked first whether the people they were helping counted.</p>
    <p>Amos, in our first reading, saw a plumb line held against a wall, and the wall was found to be crooked. Jesus holds the plumb line of this story against us. The question is not whether our neighbours deserve our love. The question is whether we are the kind of people who show mercy, on whichever road we find ourselves.</p>
    <p>Go, and do likewise. Amen.</p>
  </div>
  <nav class="sermon__pager" aria-label="More sermons">
    <a rel="prev" href="/sermons/2025-07-06-love-your-enemies">&larr; Previous: Love your enemies</a>
    <a rel="next" href="/sermons/2025-07-20-martha-and-mary">Next: Martha and Mary &rarr;</a>
  </nav>
  <div class="share">
    <span>Share this sermon:</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fstbarnabascaldmore.example.org.uk%2Fsermons%2F2025-07-13">Facebook</a>
    <a href="https://wa.me/?text=Who%20is%20my%20neighbour%3F">WhatsApp</a>
    <a href="mailto:?subject=Who%20is%20my%20neighbour%3F">Email</a>
  </div>
</main>
<aside class="sidebar">
  <h2>Sunday services</h2>
  <p>8am Holy Communion (Book of Common Prayer)<br>10.30am Parish Eucharist, with Junior Church in term time</p>
  <h2>In this series</h2>
  <ol>
    <li><a href="/sermons/2025-06-29">Love one another</a></li>
    <li><a href="/sermons/2025-07-06-love-your-enemies">Love your enemies</a></li>
    <li>Who is my neighbour?</li>
    <li><a href="/sermons/2025-07-20-martha-and-mary">Martha and Mary</a></li>
    <li>Love in action (27 July)</li>
  </ol>
  <h2>Giving</h2>
  <p>You can support the work of St Barnabas by regular giving through the Parish Giving Scheme. <a href="/giving">Find out how</a></p>
</aside>
<footer class="site-footer">
  <p>St Barnabas Church, Caldmore Road, Walsall WS1 3RH</p>
  <p>Parish office: 01632 960 388 (Tuesday and Thursday mornings) &middot; office@stbarnabascaldmore.example.org.uk</p>
  <p>The Parochial Church Council of the Ecclesiastical Parish of St Barnabas, Caldmore is a registered charity, no. 1134529.</p>
  <p>Part of the Church of England Diocese of Lichfield. <a href="/safeguarding">Safeguarding</a> &middot; <a href="/privacy">Privacy</a></p>
</footer>
</body>
</html>
"""


# ================================================================== 10. An open-source app's changelog (Markdown)

CHANGELOG_MD = """# Changelog

All notable changes to **Safer Routes** are documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

> Safer Routes is maintained by Brightwake Labs CIC and released under the MIT licence.
> Please do not report security issues in public; email security@brightwake.example.org.

## [Unreleased]

### Added

- Welsh language strings (`cy-GB`) for the check-in flow ([#447](https://git.example.org/brightwake/safer-routes/issues/447)).

### Changed

- Bumped `react-native` from 0.75.4 to 0.76.1.

## [2.4.0] - 2025-10-14

### Added

- Check-in is now on by default for new users in Bristol (`CHECKIN_DEFAULT=true`), now that the
  pilot has ended (see Notes below) ([#431](https://git.example.org/brightwake/safer-routes/pull/431)).
- Control room users can mark an alert as "handed to police" and record the police incident
  reference, which is stored for 30 days and then deleted.
- Accessibility: all map controls now have labels for screen readers.

### Changed

- The check-in timeout is now set per area. The default is 15 minutes after the expected arrival
  time (it was 10 minutes), because most alerts in the pilot were people who had simply stopped off
  on the way home.
- Map tiles now load from the new tile server (`tiles.brightwake.example.org`).

### Fixed

- Route estimates no longer use walking speed when the user has chosen cycling ([#428](https://git.example.org/brightwake/safer-routes/issues/428)).
- Crash on Android 14 when location permission was revoked during a journey ([#425](https://git.example.org/brightwake/safer-routes/issues/425)).

### Notes

From March to August 2025 Avon and Somerset Police's Bristol Central neighbourhood policing team
and Bristol City Council's night-time economy team ran a pilot of the check-in feature in the city
centre. People walking home at night could share their route, and if they did not check in on
arrival an alert went to the council's CCTV control room, which could send a street marshal or pass
the alert to the police. Over the six months 4,870 journeys were started with check-in, 38 alerts
were escalated to the control room, and the median time from an alert to a marshal or an officer
making contact was six minutes. None of the 38 people had come to serious harm. Thank you to both
teams for their detailed feedback, much of which is in this release.

## [2.3.1] - 2025-08-02

### Security

- Updated `jsonwebtoken` to 9.0.2 (CVE-2022-23529).

### Fixed

- Venue opening hours were shown in UTC instead of local time ([#419](https://git.example.org/brightwake/safer-routes/issues/419)).

## [2.3.0] - 2025-06-18

### Added

- The venue layer now shows opening hours and a phone number for each venue.
- `GET /v2/venues` endpoint with paging.

### Deprecated

- `GET /v1/venues` is deprecated and will be removed in 3.0.0. Use `/v2/venues` instead.

## [2.2.0] - 2025-03-03

### Added

- Check-in, behind the `CHECKIN_PILOT` flag and for Bristol only.
- A safe venues layer for Bath.

### Notes

Bath Nightsafe is run by the charity SouthWest Night Guardians with Bath & North East Somerset
Council's community safety team. Since it began in 2023 it has trained bar and door staff at 57
venues to look after anyone who feels unsafe, and its volunteers helped 210 people on nights out in
2024. Venue data for the new Bath layer comes from the scheme, with permission, and is refreshed
every night at 03:00.

## [2.1.0] - 2025-01-09

### Added

- Dark mode.

### Fixed

- The "share my route" link expired after 60 minutes even if the journey was still going on.

## [2.0.0] - 2024-11-20

### Changed

- **Breaking:** new routing engine. Routes now prefer lit streets where lighting data is available.
  Clients older than 1.8.0 must upgrade.

### Removed

- Support for iOS 14.

[Unreleased]: https://git.example.org/brightwake/safer-routes/compare/v2.4.0...HEAD
[2.4.0]: https://git.example.org/brightwake/safer-routes/compare/v2.3.1...v2.4.0
[2.3.1]: https://git.example.org/brightwake/safer-routes/compare/v2.3.0...v2.3.1
[2.3.0]: https://git.example.org/brightwake/safer-routes/compare/v2.2.0...v2.3.0
[2.2.0]: https://git.example.org/brightwake/safer-routes/compare/v2.1.0...v2.2.0
[2.1.0]: https://git.example.org/brightwake/safer-routes/compare/v2.0.0...v2.1.0
[2.0.0]: https://git.example.org/brightwake/safer-routes/releases/tag/v2.0.0
"""


# ================================================================== 11. A resilience forum's situation report (plain text)

SITREP_TXT = """OFFICIAL
========================================================================
SOUTH YORKSHIRE LOCAL RESILIENCE FORUM
MULTI-AGENCY SITUATION REPORT (SITREP)
========================================================================
Incident:       River Don and River Went flooding - Doncaster
Sitrep number:  7
Date/time:      09/11/2025 16:00
Prepared by:    SCG Support Cell, Tactical Co-ordination Centre
Status:         Major incident declared 06/11/2025 21:40 - STANDING
Next sitrep:    10/11/2025 08:00
Distribution:   SCG and TCG members, LRF partners, MHCLG RED
                (not for onward circulation without the SCG chair's
                agreement)
------------------------------------------------------------------------

1. SITUATION SUMMARY

River levels on the lower Don continue to fall slowly. Fishlake and
Sykehouse remain cut off by road except by 4x4 from the south. No
further properties expected to flood tonight. Recovery Co-ordinating
Group (RCG) stood up today; handover from SCG to RCG planned for
12/11 subject to levels.

2. WEATHER AND RIVER LEVELS (Met Office / Environment Agency)

- Yellow rain warning ends 10/11 06:00. Mainly dry thereafter.
- Don at Fishlake gauge: 3.42m and falling (peak 4.11m, 08/11 02:15).
- Flood warnings in force: 9 (down from 14). Severe flood warnings: 1
  (Fishlake).

3. IMPACTS (confirmed figures, change since sitrep 6 in brackets)

  Properties flooded ................ 212  (+18)
  Properties evacuated .............. 96   (no change)
  People in rest centres overnight .. 41   (-6)
  Roads closed ...................... 17   (-3)
  Schools closed .................... 4    (no change)
  Fatalities / serious injuries ..... 0 / 0

4. AGENCY UPDATES

4.1 South Yorkshire Police
- Police commander remains at TCG. Cordons on the A614 at Thorne Road
  and on Fishlake Nab Lane unchanged.
- OPERATION KEEL - crime prevention in evacuated areas
  Operation Keel has been running since the evacuation on 07/11.
  Officers from South Yorkshire Police's Doncaster East Neighbourhood
  Team, with City of Doncaster Council's community safety officers, are
  patrolling the evacuated streets in Fishlake and Sykehouse round the
  clock by 4x4 and boat, keeping a shared list of empty properties and
  fitting temporary battery alarms, lent by the council, to homes that
  residents could not secure. They are also handing out leaflets
  warning about rogue traders offering flood repairs. In the first 72
  hours: 143 properties on the patrol list, 61 temporary alarms fitted,
  no burglaries reported from evacuated properties, and two doorstep
  traders stopped and given words of advice.
- Casualty bureau not opened. Mutual aid not requested.

4.2 South Yorkshire Fire and Rescue
- High volume pumps at Fishlake (2) and Stainforth (1).
- Water rescue capability reduced to one team on standby at Thorne.

4.3 City of Doncaster Council
- Rest centre at Thorne Leisure Centre remains open 24 hours, supported
  by British Red Cross volunteers.
- FLOOD RECOVERY HUB
  The Flood Recovery Hub at Stainforth Community Centre opened on 07/11
  and is run by City of Doncaster Council with Don Valley Community
  Trust. Council officers and trust volunteers see residents face to
  face, take claims for the council's flood hardship payment, help with
  calls to insurers, hand out cleaning kits and book skip collections.
  By 15:00 today: 187 households seen, 142 hardship payments processed
  and 96 cleaning kits given out. Open 09:00-19:00 daily until further
  notice.
- Waste: additional bulky waste rounds from 11/11.

4.4 Environment Agency
- Temporary pumps at Went Bridge. Defence inspections continuing;
  no breaches found.

4.5 Health (Yorkshire Ambulance Service / NHS South Yorkshire)
- Business as usual. Two care homes in the area on contingency plans;
  no moves needed.

4.6 Utilities
- Northern Powergrid: 38 customers off supply in Fishlake, restoration
  expected 10/11. Yorkshire Water: sewage ingress reported at two
  streets in Fishlake, tankers deployed.

5. COMMUNICATIONS

- Joint messaging via LRF partners using #DoncasterFloods.
- Public helpline: 01632 960 900 (08:00-20:00).
- Ministerial visit possible 11/11 - details to follow, not for release.

6. ISSUES AND RISKS

  ID   Issue                                          Owner    RAG
  07   Sewage ingress, Fishlake                       YW       AMBER
  09   Access for residents to collect belongings     SYP/CDC  AMBER
  11   Volunteer fatigue at rest centre               CDC/BRC  GREEN

7. SCG DECISIONS SINCE LAST SITREP

  D14  Residents may return to Sykehouse under escort from 10/11 10:00.
  D15  Recovery Co-ordinating Group to be chaired by City of Doncaster
       Council's Director of Place.

8. MEETING SCHEDULE

  TCG  10/11 08:30 and 14:30 (Tactical Co-ordination Centre)
  SCG  10/11 09:30 (Teams)

LRF duty officer: 0114 496 0302 / lrf.duty@southyorks.example.gov.uk
========================================================================
END OF SITREP 7                                                 OFFICIAL
"""


# ================================================================== writing everything

TEXT_DOCUMENTS = {
    "find-case-law-hale-v-bcp-council-pspo-judgment-2025-ewhc-2874-admin.html": JUDGMENT_HTML,
    "lgsco-decision-rossendale-borough-council-anti-social-behaviour-case-review.html": OMBUDSMAN_HTML,
    "st-barnabas-caldmore-sermon-who-is-my-neighbour.html": SERMON_HTML,
    "brightwake-labs-safer-routes-changelog.md": CHANGELOG_MD,
    "south-yorkshire-lrf-sitrep-7-river-don-flooding-november-2025.txt": SITREP_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    peer_challenge(out)
    law_firm_briefing(out)
    statistical_bulletin(out)
    memorandum_of_understanding(out)
    grant_offer_letter(out)
    theory_of_change(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
