"""Write the binary documents of the twelfth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout12/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a crime prevention
exhibition's visitor brochure, an academic conference poster on a force's scheme, a Scottish local
police plan, a rail operator's station safety partnership note, an independent custody visiting
scheme's annual report and a force's easy-read leaflet. The HTML, Markdown and plain-text documents
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
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, A3, landscape
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


# ------------------ 1. A crime prevention exhibition's visitor brochure (PDF, two columns)

EX_TEAL = colors.HexColor("#0b6e69")
EX_BODY = ParagraphStyle("exbody", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=5)
EX_H = ParagraphStyle("exh", parent=EX_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15,
                      textColor=EX_TEAL, spaceBefore=6, spaceAfter=3, keepWithNext=1)
EX_KICK = ParagraphStyle("exkick", parent=EX_BODY, fontName="Helvetica-Bold", fontSize=7.5, leading=9,
                         textColor=colors.HexColor("#c25b12"), spaceAfter=1, keepWithNext=1)
EX_H3 = ParagraphStyle("exh3", parent=EX_BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                       spaceAfter=3, keepWithNext=1)
EX_TITLE = ParagraphStyle("extitle", parent=EX_BODY, fontName="Helvetica-Bold", fontSize=22, leading=26,
                          textColor=EX_TEAL, spaceAfter=2)
EX_STAND = ParagraphStyle("exstand", parent=EX_BODY, fontSize=11.5, leading=15)
EX_CELL = ParagraphStyle("excell", parent=EX_BODY, fontSize=8, leading=10, spaceAfter=0)
EX_BOXT = ParagraphStyle("exbox", parent=EX_BODY, fontSize=8.5, leading=11, spaceAfter=3)


def _ex_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(EX_TEAL)
    canvas.rect(0, height - 22, width, 22, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(36, height - 15, "SAFER HOMES & COMMUNITIES EXPO 2026")
    canvas.drawRightString(width - 36, height - 15, "Visitor guide")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(36, 18, "saferhomesexpo.co.uk | #SaferHomesExpo")
    canvas.drawRightString(width - 36, 18, str(doc.page))
    canvas.restoreState()


def safer_homes_expo_brochure(out: Path) -> None:
    """A crime prevention exhibition's visitor guide (two pages, two columns under a full-width
    title): organiser's welcome, opening times and tickets box, seminar programme table (talk titles
    that sound like projects), an exhibitor list with stand numbers, then 'Showcase Zone' with four
    pieces of work with results under kickers (two forces together; one force with a council and a
    watch association; one force with a fire service and a council; a locksmiths' guild with a
    charity, no force), a competition, travel and an accessibility note."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "safer-homes-communities-expo-2026-harrogate-visitor-guide.pdf"),
                          pagesize=A4, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=34,
                          title="Safer Homes & Communities Expo 2026: visitor guide",
                          author="Northgate Events Ltd", invariant=1)
    gap = 16
    col = (width - 72 - gap) / 2
    top_h = 120
    top = Frame(36, height - 32 - top_h, width - 72, top_h, id="top")
    l1 = Frame(36, 34, col, height - 66 - top_h, id="l1")
    r1 = Frame(36 + col + gap, 34, col, height - 66 - top_h, id="r1")
    left = Frame(36, 34, col, height - 68, id="l")
    right = Frame(36 + col + gap, 34, col, height - 68, id="r")
    doc.addPageTemplates([PageTemplate("first", frames=[top, l1, r1], onPage=_ex_page),
                          PageTemplate("later", frames=[left, right], onPage=_ex_page)])
    p = lambda text, style=EX_BODY: Paragraph(text, style)  # noqa: E731
    times = _box([p("<b>Opening times</b>", EX_BOXT),
                   p("Wednesday 11 March 2026, 09:30 to 17:00", EX_BOXT),
                   p("Thursday 12 March 2026, 09:30 to 16:00", EX_BOXT),
                   p("<b>Tickets</b> Free to residents, community groups and public sector staff who "
                     "register online. Trade visitors £25 + VAT on the door.", EX_BOXT),
                   p("Seminars carry 1 CPD point per hour.", EX_BOXT)],
                  col, colors.HexColor("#e4f2f1"), EX_TEAL)
    seminars = _table([["Time", "Theatre 1", "Theatre 2"],
                       ["10:00", "Designing out crime in new housing estates", "Smart doorbells: what the law says"],
                       ["11:15", "The future of shed and garage security", "Scams Awareness: a toolkit for clubs"],
                       ["13:30", "Panel: Rural Watch schemes in 2030", "Fitting locks for older people"],
                       ["14:45", "Getting funding for community CCTV", "Secured by Design: the 2026 guides"]],
                      [col * 0.16, col * 0.42, col * 0.42], EX_CELL, colors.HexColor("#cfe7e5"))
    exhibitors = _table([["Stand", "Exhibitor"],
                         ["A12", "Brightbolt Locks"], ["A14", "Yorkshire Locksmiths Guild"],
                         ["B03", "Shed Guardian Alarms"], ["B07", "North Yorkshire Police Crime Prevention"],
                         ["B09", "Community Safe Streets Project"], ["C21", "Harrogate Neighbourhood Watch"],
                         ["C22", "SmartMark Forensic Marking"], ["D02", "Rural Watch Network"]],
                        [col * 0.2, col * 0.8], EX_CELL, colors.HexColor("#cfe7e5"))
    story = [
        NextPageTemplate("later"),
        p("Safer Homes &amp; Communities Expo 2026", EX_TITLE),
        p("The North's free show for crime prevention: products, advice and the people who make "
          "streets safer", EX_STAND),
        p("Harrogate Convention Centre, King's Road, Harrogate HG1 5LA", EX_BODY),
        FrameBreak(),
        p("Welcome", EX_H),
        p("Welcome to the fifth Safer Homes &amp; Communities Expo. This year we have more than 70 "
          "exhibitors, two seminar theatres and, for the first time, a Showcase Zone where police forces "
          "and their partners show what has worked on their patch. Whether you run a Neighbourhood Watch, "
          "manage a village hall or just want a better lock on your back door, there is something here "
          "for you."),
        p("<b>Helen Marsh</b>, Event Director, Northgate Events Ltd"),
        times,
        Spacer(1, 6),
        p("Seminar programme", EX_H),
        seminars,
        Spacer(1, 4),
        p("Seminars are first come, first served. Talks last 40 minutes with questions."),
        p("Who's exhibiting", EX_H),
        exhibitors,
        Spacer(1, 4),
        p("The full list of exhibitors and the floor plan are in the Expo app."),
        p("Showcase Zone", EX_H),
        p("Four projects chosen by our judging panel are on show in Hall B. Their teams will be on the "
          "stands both days."),
        p("TWO FORCES, ONE BORDER", EX_KICK),
        p("Tagged tools on the A1", EX_H3),
        p("North Yorkshire Police and Durham Constabulary ran a joint tool-marking drive "
          "for tradespeople along the A1(M) corridor last year, after van break-ins on both sides "
          "of the Tees. Officers from both forces marked 3,870 power tools with forensic "
          "marking at builders' merchants in Northallerton, Darlington and Scotch Corner, and "
          "put stickers on 1,150 vans. Reported thefts from vans in the six marking towns fell "
          "by 31% in the following six months, and 44 marked tools have already been returned."),
        p("ALLOTMENTS", EX_KICK),
        p("A watch on every allotment", EX_H3),
        p("Humberside Police teamed up with Hull City Council and the Hull Allotment Federation "
          "to set up Plot Watch on the city's 29 council allotment sites. Each site has a volunteer "
          "coordinator who shares alerts through a police messaging group; the council fitted "
          "new gates and lighting at the nine worst-hit sites. Shed break-ins reported on "
          "allotments dropped from 212 in 2023 to 97 in 2024."),
        p("SAFE AND SOUND", EX_KICK),
        p("Fire and police, same visit", EX_H3),
        p("Cleveland Police's neighbourhood teams in Hartlepool joined Cleveland Fire Brigade "
          "crews and Hartlepool Borough Council on joint home visits to older people targeted "
          "by doorstep criminals. One visit covered smoke alarms, door chains, a call blocker "
          "and scam advice. In the year 640 homes were visited and 212 call blockers fitted; "
          "repeat doorstep crime reports from those homes fell to 4, from 37 the year before."),
        p("NO POLICE REQUIRED", EX_KICK),
        p("Free locks after a burglary", EX_H3),
        p("The Yorkshire Locksmiths Guild and Victim Support's Yorkshire team ran a lock "
          "replacement service for burglary victims aged over 70. Guild members fitted new "
          "locks within 48 hours of a referral, free of charge. Between April and December "
          "2025 they secured 318 homes, and in a follow-up survey 91% of people said they "
          "felt safe in their home again."),
        p("Win a smart doorbell", EX_H),
        p("Drop your badge scan at any Showcase stand to enter our prize draw. Closing date 12 March "
          "2026. Terms at saferhomesexpo.co.uk/prize."),
        p("Getting here", EX_H),
        p("Harrogate station is a 5-minute walk. Free parking at Jubilee car park, HG1 1QB, with a "
          "shuttle every 20 minutes. Step-free access to both halls; a quiet room is in the Queen's Suite."),
        p("Press enquiries: 01423 555 0192 | press@northgate-events.co.uk"),
    ]
    doc.build(story)


# ------------------ 2. An academic conference poster (PDF, one page A3 landscape, three columns)

PO_NAVY = colors.HexColor("#23305e")
PO_BODY = ParagraphStyle("pobody", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
PO_H = ParagraphStyle("poh", parent=PO_BODY, fontName="Helvetica-Bold", fontSize=14, leading=17,
                      textColor=colors.white, spaceAfter=0)
PO_TITLE = ParagraphStyle("potitle", parent=PO_BODY, fontName="Helvetica-Bold", fontSize=25, leading=29,
                          textColor=colors.white, alignment=TA_CENTER, spaceAfter=4)
PO_AUTH = ParagraphStyle("poauth", parent=PO_BODY, fontSize=12, leading=15, textColor=colors.white,
                         alignment=TA_CENTER, spaceAfter=2)
PO_CELL = ParagraphStyle("pocell", parent=PO_BODY, fontSize=9.5, leading=12, spaceAfter=0)
PO_SMALL = ParagraphStyle("posmall", parent=PO_BODY, fontSize=8, leading=10, spaceAfter=2)


def _po_page(canvas, doc):
    width, height = landscape(A3)
    canvas.saveState()
    canvas.setFillColor(PO_NAVY)
    canvas.rect(0, height - 142, width, 142, stroke=0, fill=1)
    canvas.rect(0, 0, width, 26, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(30, 10, "Poster P-17 | Evidence into Practice: Policing Research Conference 2025, "
                              "University of York, 3 to 4 July 2025")
    canvas.drawRightString(width - 30, 10, "Scan the QR code for the full paper")
    canvas.restoreState()


def _po_head(text, width):
    head = Table([[Paragraph(text, PO_H)]], colWidths=[width])
    head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PO_NAVY),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return head


def south_yorkshire_poster(out: Path) -> None:
    """A research poster (one page, A3 landscape, three columns under a title band): authors and
    affiliations, background with national figures and literature, the intervention (a force's
    revisit scheme for burglary victims' neighbours with a council, evaluated by a university),
    method with sample sizes, results table and chart-like figures, limitations, conclusions,
    references, funding acknowledgement and a QR caption."""
    width, height = landscape(A3)
    doc = BaseDocTemplate(str(out / "sheffield-hallam-south-yorkshire-police-burglary-revisits-conference-poster.pdf"),
                          pagesize=landscape(A3), leftMargin=30, rightMargin=30, topMargin=12, bottomMargin=34,
                          title="Knocking twice: burglary revisits poster", author="Sheffield Hallam University",
                          invariant=1)
    gap = 22
    col = (width - 60 - 2 * gap) / 3
    top = Frame(30, height - 138, width - 60, 130, id="top")
    frames = [top] + [Frame(30 + i * (col + gap), 34, col, height - 186, id=f"c{i}") for i in range(3)]
    doc.addPageTemplates([PageTemplate("poster", frames=frames, onPage=_po_page)])
    p = lambda text, style=PO_BODY: Paragraph(text, style)  # noqa: E731
    results = _table([["Outcome (12 months)", "Revisit streets", "Comparison streets"],
                      ["Households in sample", "1,406", "1,388"],
                      ["Near-repeat burglaries", "38", "71"],
                      ["Rate per 100 households", "2.7", "5.1"],
                      ["Residents who took up a security check", "26%", "n/a"]],
                     [col * 0.48, col * 0.26, col * 0.26], PO_CELL, colors.HexColor("#d8dcef"))
    story = [
        p("Knocking twice: do police revisits to burglary victims' neighbours prevent near-repeat "
          "burglary?", PO_TITLE),
        p("Dr Amira Choudhury<super>1</super>, Tom Baverstock<super>1</super>, Insp. Claire "
          "Ridley<super>2</super>", PO_AUTH),
        p("<super>1</super> Department of Law and Criminology, Sheffield Hallam University &nbsp; "
          "<super>2</super> South Yorkshire Police", PO_AUTH),
        FrameBreak(),
        _po_head("Background", col),
        Spacer(1, 5),
        p("Burglary risk rises for homes near a recent burglary for about four weeks (near repeats). "
          "Studies in the UK and Australia (Johnson et al., 2007; Townsley et al., 2003) found the "
          "raised risk stretches to around 200 metres."),
        p("Forces often post leaflets to neighbours after a burglary, but there is little evidence "
          "on whether a visit does more."),
        _po_head("The intervention", col),
        Spacer(1, 5),
        p("From May 2023 to April 2024, South Yorkshire Police's neighbourhood teams in Rotherham "
          "and Barnsley visited the 20 nearest homes within 48 hours of every domestic burglary, "
          "with Rotherham Metropolitan Borough Council's community wardens. Visitors "
          "gave crime prevention advice and offered a free home security check by a council "
          "handyperson. We evaluated the scheme."),
        _po_head("Method", col),
        Spacer(1, 5),
        p("Quasi-experimental design. 112 burglaries in revisit areas were matched on housing type, "
          "deprivation and prior burglary with 110 burglaries in Doncaster and Sheffield, where "
          "neighbours received a leaflet only. Outcome: a further burglary within 200 metres and "
          "28 days. Analysis: Poisson regression with force area fixed effects."),
        FrameBreak(),
        _po_head("Results", col),
        Spacer(1, 5),
        results,
        Spacer(1, 6),
        p("Near-repeat burglaries around revisited homes ran at 2.7 per 100 households, against 5.1 "
          "in the comparison streets: a 47% lower rate (incidence rate ratio 0.53, 95% CI 0.36 to "
          "0.79)."),
        p("Officers visited 2,240 homes in the year; 71% of doors were answered at the first or "
          "second knock."),
        _po_head("Limitations", col),
        Spacer(1, 5),
        p("Areas were not randomised. Comparison areas are in different districts, and recording "
          "practice may differ. Follow-up covered 12 months only."),
        FrameBreak(),
        _po_head("Conclusions", col),
        Spacer(1, 5),
        p("A short, targeted revisit appears to prevent near-repeat burglary at modest cost. A "
          "randomised trial across all four districts is planned for 2026."),
        _po_head("References", col),
        Spacer(1, 5),
        p("Johnson, S.D. et al. (2007) Space-time patterns of risk. <i>Journal of Quantitative "
          "Criminology</i>, 23(3), 201-219.", PO_SMALL),
        p("Townsley, M., Homel, R. and Chaseling, J. (2003) Infectious burglaries. <i>British "
          "Journal of Criminology</i>, 43(3), 615-633.", PO_SMALL),
        _po_head("Acknowledgements", col),
        Spacer(1, 5),
        p("Funded by the Sheffield Hallam Policing Research Fund (grant SHU-PRF-2023-08). Our thanks to "
          "the officers and wardens who recorded every visit.", PO_SMALL),
        p("Contact: a.choudhury@shu.ac.uk | [QR code]", PO_SMALL),
    ]
    doc.build(story)


# ------------------ 3. A Scottish local police plan (PDF, running header and footer, tables)

LP_BLUE = colors.HexColor("#0d2a5c")
LP_BODY = ParagraphStyle("lpbody", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
LP_H = ParagraphStyle("lph", parent=LP_BODY, fontName="Helvetica-Bold", fontSize=13.5, leading=17,
                      textColor=LP_BLUE, spaceBefore=8, spaceAfter=4, keepWithNext=1)
LP_H2 = ParagraphStyle("lph2", parent=LP_BODY, fontName="Helvetica-Bold", fontSize=11, leading=14,
                       spaceBefore=4, spaceAfter=3, keepWithNext=1)
LP_TITLE = ParagraphStyle("lptitle", parent=LP_BODY, fontName="Helvetica-Bold", fontSize=24, leading=29,
                          textColor=LP_BLUE, spaceAfter=6)
LP_CELL = ParagraphStyle("lpcell", parent=LP_BODY, fontSize=9, leading=11.5, spaceAfter=0)
LP_HEAD = ParagraphStyle("lphead", parent=LP_CELL, fontName="Helvetica-Bold", textColor=colors.white)


def _lp_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8)
    canvas.setFillColor(LP_BLUE)
    canvas.drawString(50, height - 30, "OFFICIAL")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 50, height - 30, "Dumfries and Galloway Local Police Plan 2023-26 | "
                                                    "Year 3 update")
    canvas.setStrokeColor(LP_BLUE)
    canvas.line(50, height - 35, width - 50, height - 35)
    canvas.drawString(50, 28, "Police Scotland | Keeping people safe")
    canvas.drawRightString(width - 50, 28, f"{doc.page}")
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawCentredString(width / 2, 16, "OFFICIAL")
    canvas.restoreState()


def dumfries_galloway_local_police_plan(out: Path) -> None:
    """A Scottish local police plan, year 3 update (three pages): running header and footer with
    OFFICIAL marks; title, the Local Police Commander's introduction, the statutory basis, a
    priorities table linked to the local outcomes improvement plan (future commitments), local
    profile figures, 'What we delivered in 2024/25' with two pieces of work with results (road
    safety on a trunk road with the council and the roads agency's operator; rural crime with a
    farmers' union and a neighbouring English force), 'What we will do in 2025/26' (future),
    scrutiny and governance, performance reporting table and how to contact us."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "police-scotland-dumfries-galloway-local-police-plan-2023-26-year-3.pdf"),
                          pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=44,
                          title="Dumfries and Galloway Local Police Plan 2023-26: Year 3 update",
                          author="Police Scotland", invariant=1)
    doc.addPageTemplates([PageTemplate("main", frames=[Frame(50, 44, width - 100, height - 94)],
                                       onPage=_lp_page)])
    p = lambda text, style=LP_BODY: Paragraph(text, style)  # noqa: E731
    full = width - 100
    priorities = _table([["Local priority", "Links to LOIP outcome", "What we will do"],
                         ["Road safety", "People are safe and feel safe",
                          "Target the routes with the most serious collisions; support young drivers."],
                         ["Rural and wildlife crime", "Our economy is thriving",
                          "Work with farming, estates and forestry to prevent theft and poaching."],
                         ["Drug harm", "Health inequalities are reduced",
                          "Disrupt supply into our towns; refer people to treatment."],
                         ["Protecting vulnerable people", "Children and adults are protected",
                          "Respond to domestic abuse, missing people and online harm with partners."],
                         ["Community wellbeing", "Communities are resilient",
                          "Keep local officers visible and listen to what people tell us."]],
                        [full * 0.24, full * 0.30, full * 0.46], LP_CELL, LP_BLUE, head_style=LP_HEAD)
    profile = _table([["Dumfries and Galloway at a glance", ""],
                      ["Population", "145,700"],
                      ["Area", "6,426 square kilometres"],
                      ["Police stations", "17"],
                      ["Miles of trunk road (A75 and A77)", "130"]],
                     [full * 0.6, full * 0.4], LP_CELL, LP_BLUE, head_style=LP_HEAD)
    reporting = _table([["Report", "To", "How often"],
                        ["Local performance report", "Police, Fire and Rescue Sub-Committee", "Quarterly"],
                        ["Local Police Plan review", "Dumfries and Galloway Council", "Yearly"],
                        ["Community engagement summary", "Community councils", "Twice a year"]],
                       [full * 0.38, full * 0.40, full * 0.22], LP_CELL, LP_BLUE, head_style=LP_HEAD)
    story = [
        p("Dumfries and Galloway", LP_TITLE),
        p("Local Police Plan 2023-26: Year 3 update", LP_H),
        p("Chief Superintendent Fiona Laidlaw, Local Police Commander, V Division", LP_BODY),
        p("Introduction from the Local Police Commander", LP_H),
        p("I am pleased to present the third-year update of our Local Police Plan. It was shaped by "
          "what more than 2,300 residents told us in our Your Police survey, and by our partners in the "
          "Community Planning Partnership. Dumfries and Galloway remains one of the safest places in "
          "Scotland, but road deaths, rural theft and drug harm still affect too many families."),
        p("Statutory basis", LP_H),
        p("This plan is prepared under section 47 of the Police and Fire Reform (Scotland) Act 2012, "
          "which requires the local commander to set priorities and objectives for policing each local "
          "authority area and to submit the plan to the council for approval. It should be read with "
          "the Scottish Police Authority's Strategic Police Plan and the Dumfries and Galloway Local "
          "Outcomes Improvement Plan (LOIP)."),
        p("Our local priorities", LP_H),
        priorities,
        Spacer(1, 8),
        profile,
        p("What we delivered in 2024/25", LP_H),
        p("The A75: safer journeys", LP_H2),
        p("With Dumfries and Galloway Council and Transport Scotland's trunk road operator for the "
          "south west, our Road Policing Unit ran the A75 Safer Journeys project between Gretna and "
          "Cairnryan. Officers carried out 48 days of high-visibility patrols aimed at overtaking and "
          "speeding HGVs heading for the ferry ports; the operator added four new average speed "
          "warning signs and the council ran driver talks for 1,100 pupils in S5 and S6. Serious and "
          "fatal collisions on the route fell from 29 in 2023/24 to 17 in 2024/25."),
        p("Farm and border crime", LP_H2),
        p("Our rural crime officers and Cumbria Constabulary's rural crime team held joint "
          "checkpoints on the A74(M), A7 and A75 near the border, and NFU Scotland "
          "helped sign up 410 farms to our FarmWatch alert scheme. Thefts of quad bikes, trailers "
          "and machinery in the division fell by 36%, and 23 stolen vehicles or machines worth "
          "£412,000 were recovered, 14 of them in Cumbria."),
        p("Other updates", LP_H2),
        p("We continued to attend community council meetings across the region, and a new Local "
          "Area Commander for Stewartry took up post in January 2025. Our drug harm priority is "
          "reported through the Alcohol and Drug Partnership."),
        p("What we will do in 2025/26", LP_H),
        p("We will extend the A75 work to the A77 between Stranraer and Ballantrae; publish a rural "
          "crime prevention guide with estates and forestry partners; and introduce a single point of "
          "contact for domestic abuse in each locality. We will report progress to the council's Police, "
          "Fire and Rescue Sub-Committee."),
        p("Scrutiny and reporting", LP_H),
        reporting,
        Spacer(1, 6),
        p("How to contact us", LP_H),
        p("Call 101 for non-emergencies, or 999 in an emergency. If you are deaf or have a hearing or "
          "speech impairment, text 999 after registering with the emergencySMS service, or use 18001 101. "
          "Divisional headquarters: Cornwall Mount, Dumfries DG1 1PZ. This plan is available in other "
          "formats and languages on request."),
    ]
    doc.build(story)


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



# ------------------ 4. A rail operator's station safety partnership note (Word, bold paragraphs only)

def calder_aire_rail_partnership_note(out: Path) -> None:
    """A train operator's quarterly note to its station safety partnership (Word with no heading
    styles: bold paragraphs as headings, bold run-in labels): header with operator and quarter,
    footer with the operator's registered office; meeting business (attendance, minutes agreed,
    actions table), a crime and incident figures table by station (not work), then 'Partnership
    work this quarter' with three pieces of work with results (a transport force and a territorial
    force at two interchanges; the operator with a suicide prevention charity, no force; the
    transport force with a second territorial force and a college), recruitment plans (future),
    how to report, dates of next meetings."""
    import docx

    document = docx.Document()
    _header_footer(document, "Calder & Aire Trains | Safer Stations Partnership | Q2 2025/26",
                   "Calder & Aire Trains Ltd, registered in England 09876541, Wakefield Westgate WF1 1XB")
    _bold_para(document, "SAFER STATIONS PARTNERSHIP NOTE", size=18)
    _bold_para(document, "Calder Valley and Aire Valley lines: July to September 2025", size=12)
    document.add_paragraph("From: Head of Security and Community Safety, Calder & Aire Trains")
    document.add_paragraph("To: members of the Safer Stations Partnership")
    _bold_para(document, "1. Partnership business")
    document.add_paragraph("The partnership met on 9 October 2025 at Halifax station. Present: Calder & "
                           "Aire Trains, British Transport Police, West Yorkshire Police, Lancashire "
                           "Constabulary, Calderdale Council, Bradford Council, Network Rail and the "
                           "Community Rail Partnership. Apologies: Burnley Council. The minutes of the "
                           "meeting on 10 July 2025 were agreed.")
    _grid(document, [["Action", "Owner", "Status"],
                     ["A1/07: Share CCTV coverage map for Hebden Bridge with BTP", "Calder & Aire Trains",
                      "Done"],
                     ["A2/07: Ask Network Rail about lighting on the Sowerby Bridge footbridge",
                      "Network Rail", "Open: survey booked for November"],
                     ["A3/07: Agree a data-sharing template for repeat fare evaders", "BTP", "Open"]],
          header_fill="E2EFDA")
    _bold_para(document, "2. Crime and incidents")
    document.add_paragraph("Recorded crime and incidents at our stations, July to September 2025 "
                           "(same quarter of 2024 in brackets):")
    _grid(document, [["Station", "Crimes", "Assaults on staff", "Trespass incidents"],
                     ["Bradford Interchange", "118 (131)", "9 (14)", "6 (8)"],
                     ["Halifax", "74 (90)", "5 (6)", "4 (3)"],
                     ["Hebden Bridge", "19 (17)", "1 (0)", "2 (5)"],
                     ["Burnley Manchester Road", "22 (29)", "2 (3)", "7 (19)"]], header_fill="E2EFDA")
    document.add_paragraph("Figures are provisional and come from BTP's crime system and our own "
                           "incident log. They are not official statistics.")
    _bold_para(document, "3. Partnership work this quarter")
    _label_para(document, "Bradford Interchange and Halifax. ",
                "British Transport Police and West Yorkshire Police ran Operation Tollgate on Friday and "
                "Saturday evenings through the summer, with knife arches at the station entrances and "
                "joint patrols on the bus and rail concourses at Bradford Interchange and on the Halifax "
                "platforms. Over 22 evenings officers screened 9,400 passengers, seized 11 knives and made "
                "27 arrests. Violent crime at the two stations fell by 18% on the same months of 2024.")
    _label_para(document, "Suicide prevention. ",
                "We trained 64 of our station and on-train staff with Samaritans in the charity's "
                "Managing Suicidal Contacts course, and put a trained member of staff on every late shift "
                "at Hebden Bridge and Todmorden. Staff made 23 potentially life-saving interventions in the "
                "quarter, against 9 in the same quarter last year.")
    _label_para(document, "Burnley. ",
                "After a spring of stone-throwing at trains near Burnley Manchester Road, BTP's schools "
                "officer, Lancashire Constabulary's Burnley neighbourhood team and Burnley College ran "
                "railway safety sessions in every secondary school in the town, reaching 2,300 pupils, "
                "and the college's media students made a short film for social media. Stone-throwing and "
                "trespass reports near the station fell from 19 to 7.")
    _bold_para(document, "4. Looking ahead")
    document.add_paragraph("We are recruiting six more Travel Safe Officers for the Aire Valley line, due in "
                           "post by February 2026. Network Rail expects to start the Sowerby Bridge lighting "
                           "work in the new year.")
    _bold_para(document, "5. How to report")
    document.add_paragraph("Passengers and staff can text British Transport Police on 61016 or call 0800 40 50 "
                           "40. In an emergency always call 999.")
    _bold_para(document, "6. Next meetings")
    document.add_paragraph("8 January 2026 and 9 April 2026, both at 10:00 at Halifax station. Items for the "
                           "agenda to safer.stations@calderaire-trains.co.uk by 18 December 2025.")
    _save_docx(document, out / "calder-aire-trains-safer-stations-partnership-note-2025-q2.docx",
               "Safer Stations Partnership note Q2 2025/26", "Calder & Aire Trains")


# ------------------ 5. An independent custody visiting scheme's annual report (Word, heading styles)

def lincolnshire_icv_annual_report(out: Path) -> None:
    """A PCC's independent custody visiting scheme annual report (Word, heading styles): header
    with the commissioner's office, footer; Commissioner's foreword, about the scheme with its
    statutory basis, our visitors (membership counts), a visits table by custody suite, issues
    raised table, 'What changed' with two pieces of work with results (the force's custody team and
    its healthcare provider; the scheme with the force's custody command), a national quality award
    (not work), looking ahead (future), a recruitment appeal and contacts."""
    import docx

    document = docx.Document()
    _header_footer(document, "Office of the Police and Crime Commissioner for Lincolnshire",
                   "Independent Custody Visiting Scheme Annual Report 2024/25")
    document.add_heading("Independent Custody Visiting Scheme: Annual Report 2024/25", level=0)
    document.add_paragraph("Published by the Office of the Police and Crime Commissioner for Lincolnshire, "
                           "July 2025")
    document.add_heading("Foreword from the Commissioner", level=1)
    document.add_paragraph("Independent custody visitors are volunteers who turn up unannounced, at any hour, "
                           "to check that people held in police cells are treated properly. I am grateful "
                           "to every one of them. This report sets out what they found this year and what "
                           "changed as a result.")
    document.add_heading("About the scheme", level=1)
    document.add_paragraph("Every police and crime commissioner must run a custody visiting scheme under "
                           "section 51 of the Police Reform Act 2002. Visitors work in pairs, speak to "
                           "detainees who agree, check the cells and records, and report to the custody "
                           "inspector before they leave. The scheme is managed by the Commissioner's office "
                           "and follows the Home Office Code of Practice on Independent Custody Visiting.")
    document.add_heading("Our visitors", level=1)
    document.add_paragraph("At 31 March 2025 the scheme had 27 volunteer visitors, aged from 19 to 78; six "
                           "joined in the year and four left. Each new visitor completes two days of training "
                           "and three shadow visits.")
    document.add_heading("Visits in 2024/25", level=1)
    _grid(document, [["Custody suite", "Visits", "Detainees in custody at visit", "Detainees seen"],
                     ["Lincoln (Nettleham)", "52", "611", "402"],
                     ["Grantham", "26", "148", "101"],
                     ["Boston", "26", "173", "118"],
                     ["Skegness (summer only)", "8", "39", "30"]], header_fill="DDEBF7")
    document.add_paragraph("The scheme's target is one visit a week to Lincoln and one a fortnight to each "
                           "other suite. All targets were met.")
    document.add_heading("Issues raised", level=1)
    _grid(document, [["Issue", "Times raised", "Example"],
                     ["Cell conditions", "31", "Graffiti and a broken call bell in Boston cell 4"],
                     ["Food and drink", "18", "Detainee not offered a hot meal after 10 hours"],
                     ["Health and medication", "22", "Delay in getting prescribed medication"],
                     ["Rights and entitlements", "9", "Detainee unsure whether a solicitor had been called"]],
          header_fill="DDEBF7")
    document.add_heading("What changed", level=1)
    document.add_heading("Medication in custody", level=2)
    document.add_paragraph("After visitors raised medication delays at 14 visits in the first half of the "
                           "year, Lincolnshire Police's custody team and its healthcare provider, Wolds "
                           "Custody Health, changed how medicines are handled. Nurses now check a "
                           "detainee's prescription through the GP record within an hour of arrival, and "
                           "a stock of common medicines is held at each suite. In the second half of the "
                           "year the average wait for prescribed medication fell from 5 hours 40 minutes "
                           "to 1 hour 50 minutes, and visitors raised the issue only three times.")
    document.add_heading("Hearing from detainees", level=2)
    document.add_paragraph("We designed a short feedback card with Lincolnshire Police's custody command, "
                           "which detainees are offered on release. Cards are posted to our office, so the "
                           "force never sees an individual card. Between October and March 640 cards "
                           "came back. They led to two changes: reading books and puzzle sheets in every "
                           "suite, and a clock visible from each cell corridor at Lincoln. The share of "
                           "cards rating their treatment as good rose from 58% in the first month to 74% "
                           "in March.")
    document.add_heading("Recognition", level=2)
    document.add_paragraph("In November the scheme received the Independent Custody Visiting Association's "
                           "Quality Assurance Framework award at the Code Compliant level for the third year.")
    document.add_heading("Looking ahead", level=1)
    document.add_paragraph("In 2025/26 we plan to add visits to the new Skegness custody suite when it opens "
                           "all year, and to recruit visitors from the east of the county.")
    document.add_heading("Could you be a custody visitor?", level=1)
    document.add_paragraph("You must be 18 or over, live or work in Lincolnshire, and not be a serving police "
                           "officer or member of police staff. Visits take about an hour and expenses are paid. "
                           "To find out more call 01522 947192 or email icv@lincolnshire-pcc.gov.uk.")
    _save_docx(document, out / "lincolnshire-pcc-independent-custody-visiting-scheme-annual-report-2024-25.docx",
               "Independent Custody Visiting Scheme Annual Report 2024/25",
               "Office of the Police and Crime Commissioner for Lincolnshire")


# ------------------ 6. A force's easy-read leaflet (Word, picture and text table)

def gwent_easy_read_leaflet(out: Path) -> None:
    """An easy-read leaflet about reporting hate crime (Word): every page is a two-column table with
    a picture description on the left and one or two short sentences on the right, large text;
    what hate crime is, how to report (contact details), one piece of work with results (Safe
    Places set up by the force with a self-advocacy group), what happens next, words list."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(14)
    _header_footer(document, "Gwent Police | Easy read", "Easy read: Telling the police about hate crime")
    document.add_heading("Telling the police about hate crime", level=0)
    document.add_paragraph("An easy read guide from Gwent Police. Made with People First Torfaen.")

    def block(title, rows):
        document.add_heading(title, level=1)
        table = document.add_table(rows=0, cols=2)
        for picture, words in rows:
            cells = table.add_row().cells
            cells[0].text = picture
            cells[1].text = words

    block("About this guide", [
        ("[Picture: a booklet with a police badge]", "This guide is from Gwent Police."),
        ("[Picture: a person pointing at a word]", "Hard words are in bold. We explain them on the last "
                                                    "page."),
    ])
    block("What is hate crime?", [
        ("[Picture: a person shouting at a wheelchair user]", "Hate crime is when someone hurts you, "
         "scares you or damages your things because of who you are."),
        ("[Picture: five faces]", "This could be because of your disability, race, religion, sexuality "
                                  "or because you are transgender."),
        ("[Picture: a person crying]", "Hate crime is wrong. It is not your fault."),
    ])
    block("How to tell us", [
        ("[Picture: a phone with 999]", "If you are in danger now, call 999."),
        ("[Picture: a phone with 101]", "If it is not an emergency, call 101."),
        ("[Picture: a computer]", "You can tell us online at gwent.police.uk/report."),
        ("[Picture: a phone with text]", "If you find phones hard, you can use text relay. Dial 18001 "
                                         "then 101."),
    ])
    block("Safe Places", [
        ("[Picture: a shop door with a yellow sticker]", "Some people find it hard to talk to the police. "
         "So in 2024 Gwent Police and People First Torfaen set up Safe Places in Pontypool and "
         "Cwmbran."),
        ("[Picture: a library and a café]", "A Safe Place is a shop, library or café with a yellow "
         "sticker. Staff there have been trained by people with learning disabilities."),
        ("[Picture: a helper on the phone]", "Staff help you phone the police or tell us online."),
        ("[Picture: the number 41]", "In the first year, 41 people used a Safe Place to tell us "
         "about a hate crime. Before, hardly anyone with a learning disability told us."),
        ("[Picture: a map with 36 pins]", "There are now 36 Safe Places."),
    ])
    block("What happens next", [
        ("[Picture: a police officer with a notebook]", "A police officer will talk to you. You can have "
         "a friend or supporter with you."),
        ("[Picture: a letter]", "We will tell you what we are doing about it."),
    ])
    block("Words in this guide", [
        ("Hate crime", "A crime against someone because of who they are."),
        ("Text relay", "A way to use a phone by typing."),
        ("Safe Place", "A place with a yellow sticker where staff can help you tell the police."),
    ])
    document.add_paragraph("Gwent Police Headquarters, Llantarnam Industrial Park, Cwmbran NP44 3FW. This "
                           "guide is also available in Welsh. Version 2, March 2025.")
    _save_docx(document, out / "gwent-police-easy-read-telling-us-about-hate-crime.docx",
               "Telling the police about hate crime: easy read", "Gwent Police")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    safer_homes_expo_brochure(out)
    south_yorkshire_poster(out)
    dumfries_galloway_local_police_plan(out)
    calder_aire_rail_partnership_note(out)
    lincolnshire_icv_annual_report(out)
    gwent_easy_read_leaflet(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
