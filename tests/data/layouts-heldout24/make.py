"""Write the binary documents of the twenty-fourth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout24/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a letting agent's
newsletter to its landlords, an architects' crime prevention statement for a planning application,
a motor racing circuit's newsletter to its neighbours, a sailing club's members' newsletter, a road
freight operators' association's members' bulletin and a landed estate's newsletter to its tenants
and neighbours. The HTML, Markdown and plain-text documents beside this script are written by hand;
manifest.json lists every document's intended initiatives.

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
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", zebra=None):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1 if head_fill is not None else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if zebra is not None:
        for r in range(2, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), zebra))
    table.setStyle(TableStyle(commands))
    return table


def _panel(flowables, width, fill, border, pad=7):
    """A boxed panel: a one-cell table holding a list of flowables."""
    box = Table([[flowables]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("BOX", (0, 0), (-1, -1), 0.8, border),
                             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                             ("TOPPADDING", (0, 0), (-1, -1), pad - 2), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]))
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


# ------------------ 1. A letting agent's newsletter to its landlords (PDF, A4, main column and a sidebar)

HL_PLUM = colors.HexColor("#4b2354")
HL_GOLD = colors.HexColor("#c9a227")
HL_MIST = colors.HexColor("#f1ecf3")
HL_BODY = ParagraphStyle("hlbody", fontName="Helvetica", fontSize=8.9, leading=11.8, spaceAfter=5)
HL_SIDE = ParagraphStyle("hlside", parent=HL_BODY, fontSize=7.9, leading=10.2, spaceAfter=4)
HL_SIDEH = ParagraphStyle("hlsideh", parent=HL_SIDE, fontName="Helvetica-Bold", fontSize=9.4, leading=11.5,
                          textColor=HL_PLUM, spaceBefore=2, spaceAfter=3)
HL_SBUL = ParagraphStyle("hlsbul", parent=HL_SIDE, leftIndent=8, bulletIndent=0, spaceAfter=3)
HL_CELL = ParagraphStyle("hlcell", parent=HL_BODY, fontSize=7.5, leading=9, spaceAfter=0)
HL_CELLB = ParagraphStyle("hlcellb", parent=HL_CELL, fontName="Helvetica-Bold", textColor=colors.white)
HL_H = ParagraphStyle("hlh", parent=HL_BODY, fontName="Helvetica-Bold", fontSize=13, leading=15.5,
                      textColor=HL_PLUM, spaceBefore=8, spaceAfter=2, keepWithNext=1)
HL_STAND = ParagraphStyle("hlstand", parent=HL_BODY, fontName="Helvetica-Oblique", fontSize=9.2, leading=11.6,
                          textColor=colors.HexColor("#7a5a80"), spaceAfter=4, keepWithNext=1)
HL_RESULT = ParagraphStyle("hlresult", parent=HL_BODY, fontName="Helvetica-Bold", fontSize=9.2, leading=12,
                           textColor=HL_PLUM, leftIndent=10, bulletIndent=0, spaceAfter=2)
HL_QUOTE = ParagraphStyle("hlquote", parent=HL_BODY, fontName="Helvetica-Oblique", leftIndent=12,
                          textColor=colors.HexColor("#333333"), spaceBefore=3)
HL_SIG = ParagraphStyle("hlsig", parent=HL_BODY, fontName="Helvetica-Bold", fontSize=8.4, spaceAfter=6)


def _hl_page_factory(total):
    def _hl_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page == 1:
            canvas.setFillColor(HL_PLUM)
            canvas.rect(0, height - 92, width, 92, stroke=0, fill=1)
            canvas.setFillColor(HL_GOLD)
            canvas.rect(0, height - 96, width, 4, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 28)
            canvas.drawString(36, height - 48, "LANDLORD UPDATE")
            canvas.setFont("Helvetica", 9.5)
            canvas.drawString(36, height - 68, "Hartwell Lettings  \u00b7  Leicester & Leicestershire  \u00b7  "
                                               "Winter 2025  \u00b7  Issue 31")
            canvas.setFont("Helvetica-Bold", 16)
            canvas.setFillColor(HL_GOLD)
            canvas.drawRightString(width - 36, height - 46, "Hartwell")
            canvas.setFont("Helvetica", 7.5)
            canvas.setFillColor(colors.white)
            canvas.drawRightString(width - 36, height - 58, "LETTINGS & PROPERTY MANAGEMENT")
        else:
            canvas.setFillColor(HL_PLUM)
            canvas.setFont("Helvetica-Bold", 8)
            canvas.drawString(36, height - 28, "Landlord Update  \u00b7  Winter 2025")
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(width - 36, height - 28, "Hartwell Lettings")
            canvas.setStrokeColor(HL_GOLD)
            canvas.setLineWidth(1.5)
            canvas.line(36, height - 34, width - 36, height - 34)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 6.6)
        canvas.drawString(36, 30, "Hartwell Lettings is a trading name of Hartwell & Sons Lettings Ltd, registered in "
                                  "England no. 06218834. Registered office: 41 Granby Street, Leicester LE1 6EJ.")
        canvas.drawString(36, 21, "Members of Propertymark. Client money protection: Propertymark CMP. Redress: The "
                                  "Property Ombudsman. Lettings 0116 496 0270.")
        canvas.setFont("Helvetica-Bold", 7.5)
        canvas.drawRightString(width - 36, 25, f"{doc.page} of {total or '?'}")
        canvas.restoreState()
    return _hl_page


def _hl_story(main_w, side_w):
    p = lambda text, style=HL_BODY: Paragraph(text, style)  # noqa: E731
    r = lambda text: Paragraph(text, HL_RESULT, bulletText="\u25a0")  # noqa: E731
    s = lambda text: Paragraph(text, HL_SBUL, bulletText="\u2022")  # noqa: E731
    inner = side_w - 14
    market = _table([["Type", "Average rent", "Change"],
                     ["1-bed flat", "\u00a3795", "+3.9%"],
                     ["2-bed terrace", "\u00a31,050", "+4.4%"],
                     ["3-bed semi", "\u00a31,275", "+3.6%"],
                     ["Room in a shared house", "\u00a3560", "+5.1%"]],
                    [inner - 86, 46, 40], HL_CELL, HL_PLUM, HL_CELLB, grid="#c7b6cc")
    fees = _table([["Service", "Fee"],
                   ["Let only (tenant find and referencing)", "75% of one month's rent + VAT"],
                   ["Rent collection", "9% of the monthly rent + VAT"],
                   ["Fully managed", "12% of the monthly rent + VAT"],
                   ["Inventory and check-in", "from \u00a3135 + VAT"],
                   ["Gas safety certificate", "\u00a372 + VAT"]],
                  [inner - 70, 70], HL_CELL, HL_PLUM, HL_CELLB, grid="#c7b6cc")
    side1 = _panel([p("Market at a glance", HL_SIDEH),
                    p("Average asking rents for homes we let in Leicester, October 2025, and the change on a year "
                      "ago.", HL_SIDE),
                    market,
                    Spacer(1, 5),
                    p("Average days empty between tenancies: 11. Applicants for each home we advertised: 14.",
                      HL_SIDE),
                    Spacer(1, 4),
                    p("Regulation round-up", HL_SIDEH),
                    s("<b>Renters' Rights Act.</b> The Act became law this autumn. Section 21 'no fault' notices "
                      "will end and fixed terms will give way to rolling tenancies. We will write to every landlord "
                      "with the start date and what it means for you."),
                    s("<b>Selective licensing.</b> Leicester City Council is consulting on a licensing scheme for "
                      "privately rented homes in parts of the West End and Highfields. The consultation closes on "
                      "9 January 2026."),
                    s("<b>Alarms.</b> Every storey needs a working smoke alarm, and any room with a fixed fuel-burning "
                      "appliance other than a gas cooker needs a carbon monoxide alarm."),
                    s("<b>EPC.</b> Keep your certificate in date: we cannot market a home without one.")],
                   side_w, HL_MIST, HL_PLUM)
    side2 = _panel([p("Our fees", HL_SIDEH),
                    fees,
                    Spacer(1, 4),
                    p("All fees are shown with VAT on our website and in your terms of business.", HL_SIDE),
                    Spacer(1, 6),
                    p("Contact the team", HL_SIDEH),
                    p("Lettings: 0116 496 0270<br/>Repairs (office hours): 0116 496 0275<br/>Emergency repairs, "
                      "out of hours: 0116 496 0279<br/>landlords@hartwell-lettings.example.co.uk", HL_SIDE),
                    p("Office open Monday to Friday 9am to 5.30pm, Saturday 9am to 1pm.", HL_SIDE)],
                   side_w, HL_MIST, HL_PLUM)
    return [
        p("From our Lettings Director", HL_H),
        p("As the year closes we manage 1,126 homes for 612 landlords across Leicester and the county, and we let "
          "a further 240 homes for landlords who manage their own. Rents rose again, by an average of 4.1%, but "
          "more slowly than last year, and the best homes still let within a fortnight. Void periods are short "
          "when a home is ready on the day the last tenant leaves, so please talk to your property manager early "
          "about any work you are planning."),
        p("This issue reports on three things we have done this year to keep your homes and your tenants safe: "
          "one with the police, one of our own and one with the fire service. Thank you to every landlord who "
          "said yes when we asked."),
        p("Priya Mistry, Lettings Director", HL_SIG),
        p("Cuckooing: what we did with the police", HL_H),
        p("Operation Threshold, with the Westcotes and Fosse neighbourhood team", HL_STAND),
        p("Cuckooing is when drug dealers take over the home of a vulnerable person, often a tenant living alone, "
          "and use it to store or sell drugs. Last winter three of the flats we manage in the West End were taken "
          "over in this way, and in one of them our tenant was assaulted. In February Leicestershire Police's "
          "Westcotes and Fosse Neighbourhood Policing Team asked us to join them in Operation Threshold."),
        p("PCs from the team trained all eleven of our property managers to spot the signs: visitors at all hours, "
          "a tenant who stops answering the door, curtains closed all day, a lock that has been forced. Our "
          "managers now use a cuckooing checklist at every inspection and pass any concern to a named PCSO the "
          "same day. Where there is a risk, a property manager and an officer visit together, and twice the team "
          "has gone to the magistrates for a closure order that kept the dealers out while our tenant stayed at "
          "home with support from the council's housing team."),
        r("23 homes referred to the police by our managers"),
        r("2 closure orders, and both tenants kept their homes"),
        r("No flat taken over twice since March"),
        p("\u201cLetting agents see inside homes that we never would. A phone call from a property manager has "
          "got us through the door before anyone was hurt,\u201d says PC Daniel Kerr of the Westcotes and Fosse "
          "team.", HL_QUOTE),
        p("New locks for every new tenant", HL_H),
        p("Our own Fresh Keys scheme, now in its second year", HL_STAND),
        p("Since April 2024 we have changed the front door lock of every home between tenancies at no charge to "
          "you, and for ground-floor flats and houses with a back alley we also fit a video doorbell and locks on "
          "the downstairs windows. Old tenants, their friends and contractors can keep keys for years, and most "
          "burglaries at the homes we manage were with a key or through an unlocked back door."),
        r("702 locks changed since April 2024"),
        r("Burglaries at homes we manage: 31 down to 12"),
        p("The second figure compares the year to March 2024 with the year to March 2025.", HL_SIDE),
        FrameBreak(),
        side1,
        NextPageTemplate("later"),
        FrameBreak(),
        p("Fire safety visits in shared houses", HL_H),
        p("With Leicestershire Fire and Rescue Service", HL_STAND),
        p("Most of the fire calls to homes we manage come from houses in multiple occupation, where a fire in one "
          "room can cut off the way out for everyone. In May we began booking Leicestershire Fire and Rescue "
          "Service's home fire safety visits for every HMO we manage. A firefighter walks the escape route, "
          "checks the fire doors and alarms with the tenants and our property manager and fits extra detectors "
          "where they are needed. We put right any defect found within 28 days and send you the report."),
        r("148 of our 163 HMOs visited since May"),
        r("286 smoke and heat alarms fitted"),
        r("Fire doors repaired or replaced in 39 houses"),
        p("Deposits at the end of a tenancy", HL_H),
        p("Over the year 94% of the deposits we hold were returned in full or by agreement within ten days, and "
          "only 9 went to the deposit scheme's dispute service. The best protection for you is a detailed "
          "inventory with photographs at check-in and a mid-tenancy inspection, both of which come with our "
          "fully managed service."),
        p("Christmas opening", HL_H),
        p("Our office closes at 1pm on Wednesday 24 December and reopens at 9am on Friday 2 January. Tenants can "
          "report emergency repairs on 0116 496 0279 throughout."),
        FrameBreak(),
        side2,
    ]


def hartwell_landlord_update(out: Path) -> None:
    """A letting agent's newsletter to its landlords (A4, two pages; a plum masthead band on page 1 and a
    running head from page 2, a wide main column beside a boxed sidebar; a footer with the trading name,
    company number, registered office and postcode, memberships, the phone and 'n of m'): the lettings
    director's notes (not work, not metrics), Operation Threshold (Leicestershire Police's Westcotes and
    Fosse Neighbourhood Policing Team with the agent's property managers against cuckooing), Fresh Keys
    (the agent's own lock changes, no force), fire safety visits in HMOs (the agent with Leicestershire
    Fire and Rescue Service, no force), deposits and Christmas opening (not work); sidebars with market
    rents, a regulation round-up, fees and contacts (not metrics)."""
    width, height = A4
    gap = 16
    side_w = 168
    main_w = width - 72 - gap - side_w

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=44,
                              title="Landlord Update, Winter 2025", author="Hartwell Lettings", invariant=1)
        first = [Frame(36, 44, main_w, height - 104 - 44, id="m1", leftPadding=0, rightPadding=0),
                 Frame(36 + main_w + gap, 44, side_w, height - 104 - 44, id="s1", leftPadding=0, rightPadding=0)]
        later = [Frame(36, 44, main_w, height - 44 - 44, id="m2", leftPadding=0, rightPadding=0),
                 Frame(36 + main_w + gap, 44, side_w, height - 44 - 44, id="s2", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_hl_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_hl_page_factory(total))])
        return doc

    _two_pass(out / "hartwell-lettings-landlord-update-winter-2025.pdf", build,
              lambda: _hl_story(main_w, side_w))


# ------------------ 2. An architects' crime prevention statement for a planning application (PDF, A4)

AS_INK = colors.HexColor("#222222")
AS_GREY = colors.HexColor("#6b6b6b")
AS_RULE = colors.HexColor("#b0b0b0")
AS_BODY = ParagraphStyle("asbody", fontName="Helvetica", fontSize=9, leading=12.6, spaceAfter=5, textColor=AS_INK)
AS_CLAUSE = ParagraphStyle("asclause", parent=AS_BODY, leftIndent=34, bulletIndent=0, bulletFontName="Helvetica")
AS_H1 = ParagraphStyle("ash1", parent=AS_BODY, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=10,
                       spaceAfter=5, leftIndent=34, bulletIndent=0, bulletFontName="Helvetica-Bold",
                       bulletFontSize=11, keepWithNext=1)
AS_H2 = ParagraphStyle("ash2", parent=AS_BODY, fontName="Helvetica-Bold", fontSize=9, spaceBefore=4, spaceAfter=3,
                       leftIndent=34, keepWithNext=1)
AS_TITLE = ParagraphStyle("astitle", parent=AS_BODY, fontName="Helvetica",
                          fontSize=24, leading=28, spaceAfter=4)
AS_SUB = ParagraphStyle("assub", parent=AS_BODY, fontSize=11, leading=14.5, textColor=AS_GREY, spaceAfter=14)
AS_CELL = ParagraphStyle("ascell", parent=AS_BODY, fontSize=7.8, leading=9.8, spaceAfter=0)
AS_CELLB = ParagraphStyle("ascellb", parent=AS_CELL, fontName="Helvetica-Bold")
AS_CAP = ParagraphStyle("ascap", parent=AS_BODY, fontName="Helvetica-Bold", fontSize=8, leading=10, leftIndent=34,
                        spaceBefore=4, spaceAfter=3, keepWithNext=1)


def _as_page_factory(total):
    def _as_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(AS_INK)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(48, height - 32, "ARBERY SLOANE ARCHITECTS")
        canvas.setFont("Helvetica", 7.6)
        canvas.setFillColor(AS_GREY)
        canvas.drawRightString(width - 48, height - 32, "2417  310\u2013318 Oxford Road, Reading  \u00b7  "
                                                        "Crime Prevention Statement  \u00b7  Rev C")
        canvas.setStrokeColor(AS_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(48, height - 38, width - 48, height - 38)
        canvas.line(48, 40, width - 48, 40)
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(48, 28, "2417-ASA-XX-XX-RP-A-0007  \u00b7  \u00a9 Arbery Sloane Architects LLP 2025. "
                                  "Do not scale. Read with the drawings listed in the Design and Access Statement.")
        canvas.setFont("Helvetica-Bold", 7.2)
        canvas.setFillColor(AS_INK)
        canvas.drawRightString(width - 48, 28, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _as_page


def _as_story(full):
    p = lambda text, style=AS_BODY: Paragraph(text, style)  # noqa: E731
    h = lambda num, text: Paragraph(text, AS_H1, bulletText=num)  # noqa: E731
    c = lambda num, text: Paragraph(text, AS_CLAUSE, bulletText=num)  # noqa: E731
    block = Table([[Paragraph("Project", AS_CELLB), Paragraph("310\u2013318 Oxford Road, Reading RG30 1AU", AS_CELL),
                    Paragraph("Job no.", AS_CELLB), Paragraph("2417", AS_CELL)],
                   [Paragraph("Client", AS_CELLB), Paragraph("Westgate Living (Reading) Ltd", AS_CELL),
                    Paragraph("Document no.", AS_CELLB), Paragraph("2417-ASA-XX-XX-RP-A-0007", AS_CELL)],
                   [Paragraph("Local planning authority", AS_CELLB), Paragraph("Reading Borough Council", AS_CELL),
                    Paragraph("Revision", AS_CELLB), Paragraph("C", AS_CELL)],
                   [Paragraph("Prepared by", AS_CELLB), Paragraph("Hannah Osei RIBA, Associate", AS_CELL),
                    Paragraph("Date", AS_CELLB), Paragraph("17 October 2025", AS_CELL)],
                   [Paragraph("Checked by", AS_CELLB), Paragraph("Martin Sloane RIBA, Partner", AS_CELL),
                    Paragraph("Status", AS_CELLB), Paragraph("For planning", AS_CELL)]],
                  colWidths=[100, full - 100 - 80 - 120, 80, 120])
    block.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, AS_INK), ("INNERGRID", (0, 0), (-1, -1), 0.3, AS_RULE),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
                               ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f0f0f0")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    revisions = _table([["Rev", "Date", "Description", "By", "Chk"],
                        ["A", "20 June 2025", "First issue for pre-application advice", "HO", "MS"],
                        ["B", "5 September 2025", "Updated after Designing Out Crime Officer comments", "HO", "MS"],
                        ["C", "17 October 2025", "Issued for planning", "HO", "MS"]],
                       [30, 80, full - 34 - 30 - 80 - 60, 30, 30], AS_CELL, colors.HexColor("#e4e4e4"), AS_CELLB,
                       grid="#b0b0b0")
    responses = _table(
        [["Ref", "Designing Out Crime Officer comment", "Design response", "Drawing"],
         ["1", "The through route from Oxford Road to Salisbury Road behind the building should be removed; "
               "permeability here serves offenders better than residents.",
          "Route removed. The rear courtyard is now private to residents, behind 2.1 m railings and a fob-operated "
          "gate.", "0101 rev D"],
         ["2", "Communal entrance to have an air-lock lobby with video entry and no trades button.",
          "Two sets of access-controlled doors with video entry; no trades button. Lobby visible from the street "
          "through clear glazing.", "0110 rev C"],
         ["3", "Post should not be delivered inside the secure line.",
          "Letter boxes built into the lobby wall, filled from the outer lobby and emptied from the inner lobby.",
          "0110 rev C"],
         ["4", "Cycle store to be inside the building, with stands that allow both wheels and the frame to be "
               "locked.", "Cycle store for 52 bicycles moved from the courtyard into the ground floor, on its own "
                               "fob and covered by CCTV.", "0110 rev C"],
         ["5", "Avoid recesses deeper than 600 mm on the Oxford Road frontage.",
          "Shop entrance recess reduced to 400 mm; bin store doors now flush.", "0201 rev B"],
         ["6", "Lighting to the courtyard and footpaths to BS 5489-1, on photocells, not motion sensors.",
          "Adopted. Column and wall lighting on photocells; see the external lighting strategy.", "0120 rev A"]],
        [30, (full - 34 - 30 - 54) * 0.48, (full - 34 - 30 - 54) * 0.52, 54], AS_CELL,
        colors.HexColor("#e4e4e4"), AS_CELLB, grid="#b0b0b0")
    crime = _table([["Crime type", "Recorded", "Share"],
                    ["Anti-social behaviour", "412", "28%"],
                    ["Violence and sexual offences", "398", "27%"],
                    ["Shoplifting", "121", "8%"],
                    ["Criminal damage and arson", "96", "6%"],
                    ["Bicycle theft", "58", "4%"],
                    ["Burglary", "44", "3%"],
                    ["Other", "353", "24%"],
                    ["All crime", "1,482", "100%"]],
                   [180, 60, 50], AS_CELL, colors.HexColor("#e4e4e4"), AS_CELLB, grid="#b0b0b0")
    indent = lambda flowable: Table([[flowable]], colWidths=[full - 34], style=[  # noqa: E731
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)], hAlign="RIGHT")
    return [
        p("Crime Prevention Statement", AS_TITLE),
        p("Redevelopment of 310\u2013318 Oxford Road, Reading: part four, part five storey building of 42 flats "
          "with a commercial unit on the ground floor, after demolition of the existing buildings", AS_SUB),
        block,
        Spacer(1, 10),
        p("Revision history", AS_CAP),
        indent(revisions),
        h("1", "Introduction"),
        c("1.1", "This statement accompanies the full planning application for the redevelopment of 310\u2013318 "
                 "Oxford Road. It sets out how the design responds to the risk of crime and anti-social behaviour, "
                 "as Policy CC7 of the Reading Borough Local Plan and the National Planning Policy Framework ask, "
                 "so that crime and the fear of crime do not undermine the quality of life of residents and "
                 "neighbours."),
        c("1.2", "It should be read with the Design and Access Statement (2417-ASA-XX-XX-RP-A-0001), the landscape "
                 "strategy and the external lighting strategy. Drawing numbers in Table 2 refer to the application "
                 "drawings."),
        h("2", "The site and its context"),
        c("2.1", "The site is 0.18 hectares on the south side of Oxford Road, between the junctions with Salisbury "
                 "Road and Beresford Road. It is occupied by a vacant tyre depot, a single-storey shop and a yard "
                 "used for car sales, with an unlit gap between them that links Oxford Road to the back of the "
                 "houses on Salisbury Road."),
        c("2.2", "Recorded crime within 500 m of the site for the twelve months to August 2025, from police.uk, is "
                 "shown in Table 1. The Oxford Road corridor has higher levels of anti-social behaviour, drug "
                 "dealing and street drinking than the borough as a whole, and it is a priority location for the "
                 "Community Safety Partnership. The gap through the site is used for drug dealing and rough "
                 "sleeping and attracts fly-tipping."),
        p("Table 1. Recorded crime within 500 m, September 2024 to August 2025", AS_CAP),
        indent(crime),
        c("2.3", "The road is patrolled by Thames Valley Police's neighbourhood team for Reading West and is covered "
                 "by the council's public space CCTV, with a camera at the Beresford Road junction."),
        h("3", "Consultation"),
        c("3.1", "Thames Valley Police's Designing Out Crime Officer met the design team on site on 4 June 2025 "
                 "and sent written comments on 11 June 2025 on the pre-application scheme (revision A). The comments, "
                 "and how the design has changed in response, are set out in Table 2."),
        c("3.2", "The applicant intends to seek Secured by Design accreditation for the residential part of the "
                 "scheme under the current Secured by Design Homes guide, and would accept a planning condition "
                 "to that effect."),
        p("Table 2. Designing Out Crime Officer comments and design response", AS_CAP),
        indent(responses),
        h("4", "Design response"),
        p("Access and movement", AS_H2),
        c("4.1", "The existing gap through the site is closed. Every entrance faces Oxford Road, where it is "
                 "overlooked by the shop, the flats above and the houses opposite. The rear courtyard is for "
                 "residents only."),
        p("Natural surveillance", AS_H2),
        c("4.2", "Living rooms and kitchens face the street and the courtyard on every floor. Planting at the front "
                 "is kept below 1.2 m and trees have clear stems to 2 m, so that sight lines are kept open."),
        p("Physical security", AS_H2),
        c("4.3", "Flat entrance doors and ground-floor windows will be tested to PAS 24 or an equivalent standard. "
                 "The lift and stairs are on the access control system, so that each resident's fob gives access "
                 "only to their own floor, the cycle store and the bin store."),
        p("Commercial unit", AS_H2),
        c("4.4", "The shop has its own entrance and its own bin store, has no internal link to the residential "
                 "core and is to have an intruder alarm. Roller shutters, if needed, will be of the open lattice "
                 "type inside the glazing."),
        h("5", "Management and maintenance"),
        c("5.1", "A managing agent will be appointed before first occupation. CCTV covering the entrances, lobby, "
                 "cycle store and courtyard will be installed to BS EN 62676, with recordings kept for 31 days."),
        c("5.2", "Planting will be maintained to the heights in 4.2, and any fly-tipping or graffiti removed within "
                 "48 hours under the management agreement."),
        h("6", "Construction phase"),
        c("6.1", "The site will be secured with 2.4 m hoarding, lit at night, with a monitored CCTV tower; plant "
                 "and materials will be stored in a locked compound. The contractor will register the site with "
                 "the Considerate Constructors Scheme."),
        h("7", "Conclusion"),
        c("7.1", "The scheme removes an unlit and unsupervised route that now generates crime, replaces it with "
                 "active frontages and a secure courtyard, and adopts every recommendation of the Designing Out "
                 "Crime Officer. We consider that it meets Policy CC7 and will create a safe place to live."),
    ]


def arbery_sloane_crime_prevention_statement(out: Path) -> None:
    """An architects' crime prevention statement for a planning application (A4, single column with
    clause numbers hung in the left margin, a title block, a revision history, a running head with the
    practice, job number, site, document and revision, a footer with the document number, copyright
    note and 'Page n of m'): introduction and policy, the site and recorded crime as a table (not
    metrics), consultation with Thames Valley Police's Designing Out Crime Officer with a table of
    comments and responses (advice and design, not work), the design response, management, the
    construction phase and a conclusion. A design statement only, no piece of work."""
    width, height = A4
    full = width - 96

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=48, rightMargin=48, topMargin=52, bottomMargin=52,
                              title="Crime Prevention Statement, 310-318 Oxford Road, Reading",
                              author="Arbery Sloane Architects", invariant=1)
        frames = [Frame(48, 52, full, height - 104, id="body", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("page", frames=frames, onPage=_as_page_factory(total))])
        return doc

    _two_pass(out / "arbery-sloane-architects-crime-prevention-statement-oxford-road-reading.pdf", build,
              lambda: _as_story(full))


# ------------------ 3. A motor racing circuit's newsletter to its neighbours (PDF, A5, boxed panels)

FC_RED = colors.HexColor("#c8102e")
FC_BLACK = colors.HexColor("#111111")
FC_TINT = colors.HexColor("#f3f3f3")
FC_BODY = ParagraphStyle("fcbody", fontName="Times-Roman", fontSize=9.4, leading=12, spaceAfter=5)
FC_H = ParagraphStyle("fch", parent=FC_BODY, fontName="Helvetica-Bold", fontSize=12, leading=14, textColor=FC_RED,
                      spaceBefore=8, spaceAfter=2, keepWithNext=1)
FC_KICK = ParagraphStyle("fckick", parent=FC_BODY, fontName="Helvetica", fontSize=8.2, leading=10.4,
                         textColor=colors.HexColor("#555555"), spaceAfter=4, keepWithNext=1)
FC_FIG = ParagraphStyle("fcfig", parent=FC_BODY, fontName="Helvetica-Bold", fontSize=8.6, leading=11,
                        spaceAfter=2)
FC_PANELH = ParagraphStyle("fcpanelh", parent=FC_BODY, fontName="Helvetica-Bold", fontSize=9.6, leading=12,
                           textColor=FC_BLACK, spaceAfter=3)
FC_CELL = ParagraphStyle("fccell", parent=FC_BODY, fontName="Helvetica", fontSize=7.4, leading=9, spaceAfter=0)
FC_CELLB = ParagraphStyle("fccellb", parent=FC_CELL, fontName="Helvetica-Bold", textColor=colors.white)
FC_SIG = ParagraphStyle("fcsig", parent=FC_BODY, fontName="Times-Italic", spaceAfter=4)
FC_COVER = ParagraphStyle("fccover", parent=FC_BODY, fontName="Helvetica-Bold", fontSize=24, leading=26,
                          textColor=FC_BLACK, spaceAfter=2)
FC_COVERSUB = ParagraphStyle("fccoversub", parent=FC_BODY, fontName="Helvetica", fontSize=9, leading=11.5,
                             textColor=FC_RED, spaceAfter=8)


def _fc_page_factory(total):
    def _fc_page(canvas, doc):
        width, height = A5
        canvas.saveState()
        square = 7
        for i in range(int(width // square) + 1):
            for row in range(2):
                if (i + row) % 2 == 0:
                    canvas.setFillColor(FC_BLACK)
                    canvas.rect(i * square, height - square * (row + 1), square, square, stroke=0, fill=1)
        if doc.page > 1:
            canvas.setFillColor(FC_BLACK)
            canvas.setFont("Helvetica-Bold", 7.2)
            canvas.drawString(30, height - 30, "NEIGHBOURS' NEWS  \u00b7  Autumn 2025")
            canvas.setFont("Helvetica", 7.2)
            canvas.drawRightString(width - 30, height - 30, "Fenbridge Park Circuit")
        canvas.setStrokeColor(FC_RED)
        canvas.setLineWidth(1)
        canvas.line(30, 40, width - 30, 40)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 6.2)
        canvas.drawString(30, 30, "Fenbridge Park Circuit Ltd, Fen Lane, Fenbridge, Sleaford, Lincolnshire NG34 9RT")
        canvas.drawString(30, 22, "Race-day noise line 01632 960481  \u00b7  Office 01632 960480  \u00b7  "
                                  "neighbours@fenbridgepark.example.co.uk")
        canvas.setFont("Helvetica-Bold", 7)
        canvas.drawRightString(width - 30, 26, f"page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _fc_page


def _fc_story(full):
    p = lambda text, style=FC_BODY: Paragraph(text, style)  # noqa: E731
    fig = lambda text: Paragraph(text, FC_FIG, bulletText="\u25b6")  # noqa: E731
    noisy = _table([["Date", "Event", "Track open"],
                    ["Sat 21 \u2013 Sun 22 March", "Club race meeting", "9am\u20136pm"],
                    ["Mon 6 April", "Easter Monday sprint", "9am\u20135pm"],
                    ["Sat 16 \u2013 Sun 17 May", "Historic racing weekend", "9am\u20136pm"],
                    ["Sat 13 June", "Drift exhibition (exempt day)", "10am\u20138pm"],
                    ["Sat 25 \u2013 Sun 26 July", "Bikes: national championship", "9am\u20136pm"],
                    ["Sat 5 September", "Classic car auction and parade", "10am\u20134pm"]],
                   [96, full - 14 - 96 - 62, 62], FC_CELL, FC_BLACK, FC_CELLB, grid="#bbbbbb", zebra=FC_TINT)
    grants = _table([["Group", "Grant"],
                     ["Fenbridge Village Hall, new boiler", "\u00a33,500"],
                     ["Ruskington Under-11s, kit and goals", "\u00a31,800"],
                     ["St Botolph's, churchyard wall", "\u00a32,700"],
                     ["Anwick Pre-School, garden", "\u00a31,500"],
                     ["Sleaford Good Neighbours, minibus fuel", "\u00a33,000"]],
                    [full - 14 - 50, 50], FC_CELL, FC_BLACK, FC_CELLB, grid="#bbbbbb", zebra=FC_TINT)
    return [
        p("NEIGHBOURS' NEWS", FC_COVER),
        p("For the villages around Fenbridge Park Circuit  \u00b7  Autumn 2025", FC_COVERSUB),
        p("Hello from the Circuit Manager", FC_H),
        p("Our 2025 season had 64 event days, four fewer than last year, and we received 37 noise complaints on "
          "the race-day line, down from 52. Every event stayed inside our planning limit of 105 dB(A) at the "
          "trackside monitor, and the quiet Wednesdays we promised you last year were kept. The last meeting of "
          "the year is the Winter Sprint on 29 November, and the track is then closed until March."),
        p("In this issue you can read about two pieces of work that go beyond our fence: one with the police and "
          "the district council on the car meets that so many of you have told us about, and one of our own for "
          "the young drivers of tomorrow."),
        p("Rob Keal, Circuit Manager", FC_SIG),
        _panel([p("Noisy days 2026", FC_PANELH),
                p("Our biggest events next year. The full calendar is on our website, and residents within two miles "
                  "can ask for it by post.", FC_KICK),
                noisy], full, FC_TINT, FC_RED),
        p("Track Not Street", FC_H),
        p("The car meets left the industrial estate for the circuit", FC_KICK),
        p("For three summers the Saturday night car meets on the East Road industrial estate in Sleaford drew up "
          "to 400 cars, with burnouts, racing on the Boston Road and, in 2023, a pedestrian badly hurt. In April "
          "Lincolnshire Police's Roads Policing Unit, North Kesteven District Council and the circuit started "
          "Track Not Street."),
        p("On the first Friday of every month from April to October we opened the circuit from 6pm to 9pm to road "
          "cars at \u00a320 a driver, with a noise check, a safety briefing and marshals on every post. Roads "
          "policing officers came to every evening, checked cars for defects and talked to drivers about speed "
          "and passengers. At the meets themselves officers enforced the council's public spaces protection "
          "order, and every driver given a warning was offered a free place at the next track night."),
        fig("1,184 drivers took their cars on track in seven evenings"),
        fig("Calls about the car meets: 143 down to 38"),
        fig("No one injured at a meet in 2025"),
        p("The calls are those to the police and the council about the East Road meets, April to October, in 2024 "
          "and 2025.", FC_KICK),
        p("Drive Smart", FC_H),
        p("Our own young driver days", FC_KICK),
        p("On six Sunday mornings since March our own instructors have taught 14 to 16 year olds to drive on the "
          "club circuit, in dual-control cars, before they are old enough to learn on the road. Each session "
          "includes an emergency stop from 40mph in the wet, a talk on hazards and on how a car full of friends "
          "changes the way a young driver drives, and a log book to take to their first road lesson. Places are "
          "free for pupils of schools within ten miles."),
        fig("212 young people took part, from 19 schools"),
        fig("94% said they would not carry more than one friend"),
        p("Community fund", FC_H),
        p("Every year \u00a32 from each spectator ticket goes into the Fenbridge Community Fund. This year's "
          "\u00a312,500 was shared between five local groups:"),
        grants,
        Spacer(1, 4),
        p("Residents' tickets", FC_H),
        p("Households within two miles of the circuit can have two free tickets for any club meeting in 2026. "
          "Bring proof of address to the ticket office, or email us."),
        p("Road closure", FC_H),
        p("Fen Lane will be closed to through traffic from 7am to 6pm on Saturday 5 September 2026 for the "
          "classic car auction. Residents' access will be kept open and signed."),
        p("Talk to us", FC_H),
        p("Our community liaison group, with parish councillors from Fenbridge, Anwick and Ruskington, meets "
          "next on Thursday 22 January 2026 at 7pm in the circuit's hospitality suite, and residents are welcome. "
          "On race days the noise line is staffed until the track closes."),
    ]


def fenbridge_neighbours_news(out: Path) -> None:
    """A motor racing circuit's newsletter to its neighbours (A5 booklet, three pages, single column, a
    chequered strip across the top of every page, a running head from page 2, boxed panels; a footer with
    the company, address and postcode, the noise line and office phones, an email and 'page n of m'): the
    circuit manager's notes (event days, noise complaints: not work, not metrics), noisy days for 2026 as
    a table in a panel (future), Track Not Street (Lincolnshire Police's Roads Policing Unit and North
    Kesteven District Council with the circuit against car meets), Drive Smart (the circuit's own young
    driver days, no force), the community fund (grants: not metrics), residents' tickets, a road closure
    and the liaison group (notices)."""
    width, height = A5
    full = width - 60

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A5, leftMargin=30, rightMargin=30, topMargin=40, bottomMargin=48,
                              title="Neighbours' News, Autumn 2025", author="Fenbridge Park Circuit", invariant=1)
        frames = [Frame(30, 48, full, height - 40 - 48, id="body", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("page", frames=frames, onPage=_fc_page_factory(total))])
        return doc

    _two_pass(out / "fenbridge-park-circuit-neighbours-news-autumn-2025.pdf", build, lambda: _fc_story(full))


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


def _header_footer(document, header_text: str, footer_text: str, page_word="Page ", header_align="right") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}.get(
        header_align, WD_ALIGN_PARAGRAPH.RIGHT)
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   {page_word}"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True, style="Table Grid"):
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = style
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
    if space_after is not None:
        paragraph.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        paragraph.paragraph_format.space_before = Pt(space_before)
    return paragraph


def _recolour_heading(document, level: int, color: str) -> None:
    from docx.shared import RGBColor

    document.styles[f"Heading {level}"].font.color.rgb = RGBColor.from_string(color)


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


def _box(document, fill: str, border: str):
    """A one-cell table used as a boxed panel; returns the cell, its first paragraph empty."""
    table = document.add_table(rows=1, cols=1)
    _borders(table, "single", 12, border)
    cell = table.rows[0].cells[0]
    _shade(cell, fill)
    return cell


def _cell_para(cell, text: str, bold=False, italic=False, size=None, color=None, first=False):
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return paragraph


def _columns(section, number: int, space_twips: int = 425) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:cols")):
        sect_pr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), str(space_twips))
    sect_pr.append(cols)


# ------------------ 4. A sailing club's members' newsletter (Word, headings in bold text, boxed panel)

def fennock_creek_sailing_club_log(out: Path) -> None:
    """A sailing club's members' newsletter (Word, Calibri, no heading styles: bold capitals in navy as
    heads, the commodore's corner in a shaded one-cell box, bullets typed as characters in plain
    paragraphs, race results in a grid table, the diary as a borderless two-column table): header with
    the newsletter, season and number, footer with the club, its address and postcode, RYA recognition
    and the page number; the commodore's corner (membership, the pontoon: not work, not metrics), racing
    round-up as a table (not metrics), 'Outboards, thieves and the Marine Unit' (Essex Police's Marine
    Unit with the club's members and bosun, engine marking and night patrols), 'Paddle Safe' (the club's
    safety boat crews with the RNLI's water safety team and HM Coastguard, no force), training, laying
    up, the galley, subscriptions (not metrics) and the diary (future)."""
    from docx import Document
    from docx.shared import Pt

    navy = "1B3A5C"
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    _header_footer(document, "The Fennock Log  \u00b7  Autumn 2025  \u00b7  No. 212",
                   "Fennock Creek Sailing Club, The Clubhouse, Hard Lane, Fennock, Maldon, Essex CM9 8QW  \u00b7  "
                   "RYA Recognised Training Centre", header_align="left")

    def head(text):
        _styled(document, text, size=13, bold=True, color=navy, space_before=12, space_after=4)

    def bullet(text):
        paragraph = document.add_paragraph("\u2022  " + text)
        paragraph.paragraph_format.left_indent = Pt(14)
        paragraph.paragraph_format.first_line_indent = Pt(-10)
        paragraph.paragraph_format.space_after = Pt(2)
        return paragraph

    _styled(document, "THE FENNOCK LOG", size=30, bold=True, color=navy, align="center", space_after=0)
    _styled(document, "Newsletter of Fennock Creek Sailing Club  \u00b7  Autumn 2025  \u00b7  No. 212", italic=True,
            align="center", space_after=10)
    cell = _box(document, "E8EEF5", navy)
    _cell_para(cell, "COMMODORE'S CORNER", bold=True, color=navy, first=True)
    _cell_para(cell, "What a season. We finished it with 486 members, the most in the club's history, and the new "
                     "visitors' pontoon, finished in May, had 311 overnight stays. The Regatta in August raised "
                     "\u00a34,260 for the RNLI, and our cadets brought home two trophies from the Burnham open "
                     "meeting.")
    _cell_para(cell, "This Log also reports on two things that kept members and visitors safer on the water and on "
                     "the hard this year. Thank you to everyone who gave up an evening for them.")
    _cell_para(cell, "Anne Gilchrist, Commodore", italic=True)
    head("RACING ROUND-UP")
    document.add_paragraph("The autumn series finished on 19 October in a north-easterly force 5. Series winners:")
    _grid(document, [["Series", "Winner", "Boat", "Best elapsed time"],
                     ["Spring (handicap)", "Jo and Sam Pettit", "Wayfarer 'Curlew'", "1:04:37"],
                     ["Summer evening", "Mark Ashdown", "Laser 'Second Wind'", "0:41:12"],
                     ["Autumn (handicap)", "Claire Dunmore", "RS Aero 'Tern'", "0:52:58"],
                     ["Cruiser passage race", "Peter Hales", "Contessa 26 'Mary Jane'", "3:18:05"]],
                    header_fill="D5DFEA")
    head("OUTBOARDS, THIEVES AND THE MARINE UNIT")
    document.add_paragraph(
        "Between August 2024 and March 2025 twenty-two outboard engines were stolen from tenders and dinghies on "
        "the club's moorings and on the Fennock hard, nearly all of them at night around spring tides. Several "
        "members lost two engines in a season, and insurers started asking questions about our moorings.")
    document.add_paragraph(
        "In April the club began working with Essex Police's Marine Unit. Officers came to three engine-marking "
        "days at the clubhouse, where members' outboards were marked with a forensic liquid, stamped with a "
        "postcode and registered on a national property database. The unit's patrol boat now calls in at the "
        "creek on its night patrols of the Blackwater, and the bosun's Boatwatch group on WhatsApp passes "
        "sightings of unfamiliar boats and vans at the hard straight to the unit's officers.")
    bullet("214 outboards marked at the club's engine-marking days.")
    bullet("Engines stolen from our moorings since April: 2, against 22 in the eight months before.")
    bullet("One stolen engine recovered from a selling site in Colchester in July, identified by its marking.")
    document.add_paragraph(
        "\u201cThe thieves look for the easy creek. Fennock is not easy any more,\u201d said PC Gary Reeve of the "
        "Marine Unit at our September supper.")
    head("PADDLE SAFE")
    document.add_paragraph(
        "The creek has become busy with paddleboarders, and many do not know how fast the ebb runs past the "
        "point. In 2024 our safety boats picked up nineteen paddlers who could not get back against the tide or "
        "the wind. This season the club ran free Paddle Safe evenings on the hard with the RNLI's water safety "
        "team and HM Coastguard's Bradwell team: tides and offshore winds, leashes and buoyancy aids, carrying "
        "a phone in a pouch, and calling 999 and asking for the Coastguard. Our safety boat crews then took "
        "each group out on the water to practise getting back on a board and being towed.")
    bullet("168 paddlers came to nine Paddle Safe evenings.")
    bullet("Paddlers picked up by our safety boats: 19 in 2024, 6 in 2025.")
    bullet("Tide boards put up at the slipway and at the car park.")
    head("TRAINING")
    document.add_paragraph(
        "RYA Day Skipper theory runs on Tuesday evenings from 13 January, and the first aid course on Saturday "
        "7 February. Powerboat Level 2 courses run from April. Book through the training secretary.")
    head("LAYING UP")
    document.add_paragraph(
        "Dinghies must be off the foreshore and in the dinghy park by Sunday 30 November. Lift-out for keelboats "
        "is on Saturday 15 November from 8am; the crane costs \u00a3148 a lift and must be booked.")
    head("BAR AND GALLEY")
    document.add_paragraph(
        "Sunday lunches resume on 4 January at \u00a316.50 for two courses. The bar is open on Friday evenings "
        "through the winter.")
    head("SUBSCRIPTIONS 2026")
    document.add_paragraph(
        "Full membership \u00a3395, family \u00a3520, cadet \u00a360, country (more than 30 miles away) \u00a3210. "
        "Mooring fees are unchanged. Subscriptions are due on 1 January.")
    head("DIARY")
    diary = document.add_table(rows=0, cols=2)
    _borders(diary, "nil")
    for when, what in (("Sat 15 November", "Keelboat lift-out, 8am"),
                       ("Sun 30 November", "Last day for dinghies on the foreshore"),
                       ("Fri 12 December", "Laying-up supper and prizegiving, 7pm"),
                       ("Thu 1 January", "New Year's Day cruise in company (weather permitting)"),
                       ("Sat 7 February", "Annual General Meeting, 2pm")):
        cells = diary.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(when).bold = True
        cells[1].text = what
    document.add_paragraph()
    document.add_paragraph("Secretary: Liz Orme, 01632 960317, secretary@fennockcreeksc.example.org.uk")
    _save_docx(document, out / "fennock-creek-sailing-club-log-autumn-2025.docx", "The Fennock Log, Autumn 2025",
               "Fennock Creek Sailing Club")


# ------------------ 5. A road freight operators' association's members' bulletin (Word, numbered headings)

def mfoa_members_bulletin(out: Path) -> None:
    """A road freight operators' association's members' bulletin (Word, Title style and a bulletin line,
    Heading 1 and Heading 2 sections numbered by hand, each piece of work opened by a table of labelled
    fields with a shaded label column, bulleted results in List Bullet style, a crime watch table, a
    shaded 'how to report' box, a course table): header 'members only', footer with the association, its
    address and postcode, company number, phone and the page number; from the chief executive (fuel,
    members: not work, not metrics), 2.1 Operation Slipstream (Warwickshire Police's Freight Crime Team
    with the association and members' drivers against thefts from lorries in laybys), 2.2 Park Safe (the
    association's own vetted secure parking network, no force; the truck stops are venues), crime watch
    (incidents: not work, not metrics), compliance (notices), courses (future) and new members."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    _recolour_heading(document, 1, "0B5563")
    _recolour_heading(document, 2, "2F7F8C")
    _header_footer(document, "MFOA Members' Bulletin  |  November 2025  |  Members only \u2013 not for publication",
                   "Midlands Freight Operators' Association Ltd, Unit 7, Centurion Way, Coleshill, Warwickshire "
                   "B46 1AS  \u00b7  Company no. 04471236  \u00b7  01632 960633", header_align="center")
    document.add_paragraph("Members' Bulletin", style="Title")
    _styled(document, "Midlands Freight Operators' Association  \u00b7  No. 58  \u00b7  November 2025", bold=True,
            color="0B5563", space_after=10)
    document.add_heading("1. From the chief executive", level=1)
    document.add_paragraph(
        "Welcome to the November bulletin. The association now speaks for 318 operators running 9,400 vehicles "
        "across the Midlands, from one-truck owner-drivers to national fleets. Diesel has eased a little since "
        "the summer, but driver pay and insurance keep rising, and three members have told us this month that "
        "their insurers will not renew without proof of secure overnight parking. That is why this bulletin "
        "leads on freight crime.")
    document.add_paragraph("Karen Whitlock, Chief Executive")
    document.add_heading("2. Freight crime", level=1)
    document.add_heading("2.1 Operation Slipstream: the results", level=2)
    _grid(document, [["Led by", "Warwickshire Police, Freight Crime Team"],
                     ["With", "MFOA and members' drivers"],
                     ["Where", "A5 between Hinckley and Tamworth; laybys off the M6 and M42"],
                     ["When", "June to October 2025"]], header_fill="DCEBEE", label_col=True)
    document.add_paragraph(
        "Curtain-slashing and thefts of loads from trailers parked overnight in laybys had become a nightly "
        "problem on the A5 corridor. In June Warwickshire Police's Freight Crime Team launched Operation "
        "Slipstream with the association. Plain-clothes officers patrolled the laybys between midnight and "
        "5am, and the team set the ANPR cameras on the slip roads to flag vans linked to earlier thefts. Members "
        "agreed to report every theft to the team through one online form within 24 hours, with the trailer "
        "number and load, and drivers parking on the corridor were handed a card listing the nearest secure "
        "parking and the number to ring.")
    for text in ("Thefts from lorries on the corridor, June to October: 96 in 2024, 37 in 2025.",
                 "Eleven people charged with theft and handling.",
                 "\u00a3310,000 of stolen goods recovered, from a unit in Nuneaton and two lock-ups in Tamworth."):
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("2.2 Park Safe: our secure parking network", level=2)
    _grid(document, [["Run by", "MFOA"],
                     ["Since", "January 2025"],
                     ["Cost to members", "Free to use; a discount at every listed site"]], header_fill="DCEBEE",
          label_col=True)
    document.add_paragraph(
        "Since January the association has inspected truck parks across the region against a checklist of "
        "fencing, lighting, CCTV, controlled entry and staff on site overnight. Sites that pass are listed on "
        "the Park Safe map in the members' app, and we have agreed a discount of \u00a34 a night for members' "
        "drivers at each of them. Sites are inspected again every six months, and two have been taken off the "
        "map after failing.")
    for text in ("27 truck parks listed on the Park Safe map.",
                 "41,300 nights booked through the app by members' drivers.",
                 "Thefts reported by members at Park Safe sites: 3 in ten months."):
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("2.3 Crime watch", level=2)
    document.add_paragraph("Incidents reported to us by members since the last bulletin:")
    _grid(document, [["Date", "Location", "What happened"],
                     ["14 Oct", "A38, Barton-under-Needwood layby", "Curtain slashed; 22 pallets of lager taken"],
                     ["19 Oct", "M1 J21 services", "Diesel siphoned from two tractor units"],
                     ["23 Oct", "A46, Six Hills", "Tractor unit stolen with keys left in the cab"],
                     ["2 Nov", "A50, Doveridge", "Load of power tools taken from a box trailer"]],
          header_fill="DCEBEE")
    document.add_paragraph()
    cell = _box(document, "F2F7F8", "0B5563")
    _cell_para(cell, "How to report a theft", bold=True, first=True)
    _cell_para(cell, "Call 999 if it is happening now. Otherwise report it to the police force for the area and "
                     "then to us on 01632 960634, with your crime reference, so that we can alert other members.")
    document.add_heading("3. Compliance corner", level=1)
    document.add_paragraph(
        "DVSA has told us it will carry out more roadside checks on tachograph records this winter. Make sure "
        "drivers carry their card and any printouts and that downloads are taken every 28 days for the card "
        "and every 90 days for the vehicle unit.")
    document.add_heading("4. Driver CPC courses", level=1)
    _grid(document, [["Course", "Date", "Venue", "Price"],
                     ["Load security", "Tue 9 December", "Coleshill", "\u00a385 + VAT"],
                     ["Drivers' hours and tachographs", "Sat 17 January", "Coleshill", "\u00a385 + VAT"],
                     ["Safe urban driving", "Sat 31 January", "Leicester", "\u00a395 + VAT"]],
          header_fill="DCEBEE")
    document.add_heading("5. Welcome to new members", level=1)
    document.add_paragraph(
        "Hartshill Haulage (Nuneaton), R. & J. Bexon Transport (Melton Mowbray) and Arden Cold Chain (Solihull).")
    _save_docx(document, out / "midlands-freight-operators-association-members-bulletin-november-2025.docx",
               "Members' Bulletin No. 58, November 2025", "Midlands Freight Operators' Association")


# ------------------ 6. A landed estate's newsletter to its tenants and neighbours (Word, two-column section)

def felldyke_estate_news(out: Path) -> None:
    """A landed estate's newsletter to its tenants and neighbours (Word, a single-column first section
    with a large coloured title and an introduction, then a continuous section break into two newspaper
    columns, recoloured Heading 2 stories, bold lead-in figures, a shaded contacts table): header with the
    newsletter and season, footer with the estate office address and postcode, phone, email and the page
    number; from the estate office (a new tenancy, rent reviews, the tearoom: not work, not metrics),
    'Tracks, gates and the Rural Taskforce' (the estate's keepers and rangers with North Yorkshire
    Police's Rural Taskforce against hare coursing, off-road bikes and fly-tipping), 'Fire on the moor'
    (the estate with North Yorkshire Fire and Rescue Service and the Nidderdale National Landscape, no
    force), shoot days (not work), cottage tenants (notices), the tearoom and contacts."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt

    green = "3B5B2E"
    document = Document()
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(10)
    _recolour_heading(document, 2, green)
    _header_footer(document, "Felldyke Estate News  \u00b7  Summer 2025",
                   "Felldyke Estate, Estate Office, Felldyke, Harrogate HG3 5QX  \u00b7  01632 960590  \u00b7  "
                   "office@felldyke-estate.example.co.uk")
    _styled(document, "Felldyke Estate News", size=28, bold=True, color=green, space_after=0)
    _styled(document, "For our farm and cottage tenants, our neighbours in the dale and everyone who walks the "
                      "moor  \u00b7  Summer 2025", italic=True, space_after=8)
    document.add_paragraph(
        "The estate covers 8,600 acres of Nidderdale, with fourteen tenanted farms, thirty-one let cottages and "
        "the open moor above Felldyke. This newsletter goes to every tenant and to the households in the three "
        "villages of the dale.")
    section = document.add_section(WD_SECTION.CONTINUOUS)
    _columns(section, 2)
    document.add_heading("From the Estate Office", level=2)
    document.add_paragraph(
        "We are pleased to welcome the Brennand family to Low Gill Farm, let on a new fifteen-year tenancy from "
        "Lady Day. Rent reviews for the farms due this year have been agreed with every tenant without going to "
        "arbitration. The tearoom had its busiest Easter, and the new car park at Coldstones now takes forty "
        "cars.")
    document.add_paragraph("Tom Metcalfe, Land Agent")
    document.add_heading("Tracks, gates and the Rural Taskforce", level=2)
    document.add_paragraph(
        "Two winters ago the estate saw hare coursing on the in-bye fields almost every weekend from October to "
        "March, off-road motorbikes tearing up the moor tracks and rubbish dumped at the Coldstones gateway. "
        "In October 2024 our keepers and rangers began working with North Yorkshire Police's Rural Taskforce.")
    document.add_paragraph(
        "Together they chose where to put eleven new locked gates on the tracks and twelve trail cameras that "
        "send pictures to the keepers' phones. The keepers forward pictures of vehicles to the Taskforce the same "
        "night, and its officers have joined the keepers on night patrols through the coursing season. Most of "
        "our farm tenants have now signed up to the Taskforce's messaging scheme.")
    paragraph = document.add_paragraph()
    paragraph.add_run("Hare coursing reported on the estate: ").bold = True
    paragraph.add_run("34 incidents in 2023\u201324, 6 in 2024\u201325.")
    paragraph = document.add_paragraph()
    paragraph.add_run("Off-road bikes seized: ").bold = True
    paragraph.add_run("five, and two riders convicted at Harrogate magistrates.")
    paragraph = document.add_paragraph()
    paragraph.add_run("Fly-tipping at Coldstones: ").bold = True
    paragraph.add_run("one load since the gate went in, against about one a month before.")
    document.add_heading("Fire on the moor", level=2)
    document.add_paragraph(
        "After the moorland fires of 2024, the estate, North Yorkshire Fire and Rescue Service and the "
        "Nidderdale National Landscape wrote a fire plan for Felldyke Moor over the winter. Our keepers cut six "
        "kilometres of firebreaks and mapped every water point for the fire crews, beaters and a fogging unit "
        "are kept at two keepers' houses, and in March the fire service's wildfire officers and our staff held a "
        "joint exercise on the moor. The National Landscape's rangers put up signs at every car park asking "
        "visitors not to light barbecues.")
    paragraph = document.add_paragraph()
    paragraph.add_run("Wildfires on the moor: ").bold = True
    paragraph.add_run("four in 2024, one in 2025, and the one fire of 2025 was out within 50 minutes.")
    document.add_heading("Shoot days", level=2)
    document.add_paragraph(
        "Grouse shooting begins on 12 August and runs on Tuesdays, Wednesdays and Saturdays until early "
        "November. Walkers are welcome on the access land on all other days; on shoot days please look for the "
        "notices at the car parks.")
    document.add_heading("Cottage tenants", level=2)
    document.add_paragraph(
        "Annual gas and oil boiler services start in September; the estate's plumber will write to you with a "
        "date. Fibre broadband reaches Felldyke and Ramsgill in the autumn, and the estate will pay the "
        "connection charge for every cottage.")
    document.add_heading("The tearoom and farm shop", level=2)
    document.add_paragraph(
        "Open every day from 10am to 4pm until the end of October, then Thursday to Sunday. Tenants' discount "
        "cards are at the counter, and estate lamb is \u00a36.40 a kilo.")
    document.add_heading("Estate contacts", level=2)
    _grid(document, [["Who", "Phone"],
                      ["Estate Office", "01632 960590"],
                      ["Tom Metcalfe, Land Agent", "01632 960591"],
                      ["Head Keeper, Ian Dinsdale", "07700 900614"],
                      ["Out of hours repairs", "01632 960599"]], header_fill="DDE6D5")
    _save_docx(document, out / "felldyke-estate-news-summer-2025.docx", "Felldyke Estate News, Summer 2025",
               "Felldyke Estate")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    hartwell_landlord_update(out)
    arbery_sloane_crime_prevention_statement(out)
    fenbridge_neighbours_news(out)
    fennock_creek_sailing_club_log(out)
    mfoa_members_bulletin(out)
    felldyke_estate_news(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
