"""Write the binary documents of the twenty-first held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout21/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a port company's
annual port security report, a food bank's newsletter, a fire station's open day programme, a
rugby club's annual report to its AGM, a Women's Institute branch newsletter and a hospice's
supporter newsletter. The HTML, Markdown and plain-text documents beside this script are written
by hand; manifest.json lists every document's intended initiatives.

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


def _box(flowables, width, fill, edge, pad=8, edge_width=0.8):
    box = Table([[flowables]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill),
                             ("BOX", (0, 0), (-1, -1), edge_width, edge),
                             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return box


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", zebra=None, last_bold=None):
    data = []
    for r, row in enumerate(rows):
        if r == 0 and head_style is not None:
            cell_style = head_style
        elif last_bold is not None and r == len(rows) - 1:
            cell_style = last_bold
        else:
            cell_style = style
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1 if head_fill is not None else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if zebra is not None:
        for r in range(2, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), zebra))
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


# ------------------ 1. A port company's annual port security report (PDF, three pages, running head)

WH_NAVY = colors.HexColor("#1d3557")
WH_TEAL = colors.HexColor("#2a7f8f")
WH_PALE = colors.HexColor("#eaf2f4")
WH_BODY = ParagraphStyle("whbody", fontName="Times-Roman", fontSize=10.6, leading=14, spaceAfter=6)
WH_NUM = ParagraphStyle("whnum", parent=WH_BODY, leftIndent=32, bulletIndent=0, bulletFontName="Times-Bold")
WH_BUL = ParagraphStyle("whbul", parent=WH_BODY, leftIndent=46, bulletIndent=34, spaceAfter=3)
WH_CELL = ParagraphStyle("whcell", parent=WH_BODY, fontName="Helvetica", fontSize=8.2, leading=10.3, spaceAfter=0)
WH_CELLB = ParagraphStyle("whcellb", parent=WH_CELL, fontName="Helvetica-Bold", textColor=colors.white)
WH_CELLT = ParagraphStyle("whcellt", parent=WH_CELL, fontName="Helvetica-Bold")
WH_TITLE = ParagraphStyle("whtitle", parent=WH_BODY, fontName="Helvetica-Bold", fontSize=21, leading=25,
                          textColor=WH_NAVY, spaceAfter=4)
WH_SUB = ParagraphStyle("whsub", parent=WH_BODY, fontName="Helvetica", fontSize=10.5, leading=14,
                        textColor=colors.HexColor("#444444"), spaceAfter=10)
WH_H1 = ParagraphStyle("whh1", parent=WH_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15.5,
                       textColor=WH_NAVY, spaceBefore=9, spaceAfter=4, keepWithNext=1)
WH_H2 = ParagraphStyle("whh2", parent=WH_BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13.5,
                       textColor=WH_TEAL, spaceBefore=5, spaceAfter=3, keepWithNext=1)
WH_RESULT = ParagraphStyle("whresult", parent=WH_BODY, fontName="Helvetica-Bold", fontSize=9.6, leading=12.5,
                           leftIndent=32, textColor=WH_NAVY, spaceAfter=6)
WH_CAP = ParagraphStyle("whcap", parent=WH_BODY, fontName="Helvetica-Oblique", fontSize=7.8, leading=9.6,
                        textColor=colors.HexColor("#555555"))


def _wh_page_factory(total):
    def _wh_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(WH_NAVY)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(58, height - 32, "WYRE HAVEN PORT")
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 58, height - 32, "Port Security Annual Report 2024  |  PUBLIC")
        canvas.setStrokeColor(WH_TEAL)
        canvas.setLineWidth(1.2)
        canvas.line(58, height - 38, width - 58, height - 38)
        canvas.setLineWidth(0.5)
        canvas.line(58, 42, width - 58, 42)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 6.9)
        canvas.drawString(58, 31, "Wyre Haven Port Ltd. Registered in England and Wales, company no. 04418276.")
        canvas.drawString(58, 22, "Port Office, Dock Street, Fleetwood FY7 6NU.  Port Security Office (24 hours): "
                                  "01632 960914")
        canvas.setFont("Helvetica-Bold", 7.6)
        canvas.drawRightString(width - 58, 26, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _wh_page


def _wh_story():
    p = lambda text, style=WH_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda num, text: Paragraph(text, WH_NUM, bulletText=num)  # noqa: E731
    b = lambda text: Paragraph(text, WH_BUL, bulletText="\u2013")  # noqa: E731
    width = A4[0] - 116
    meta = _table([["Author", "Mark Brennan, Port Facility Security Officer"],
                   ["Approved", "Board of Directors, 12 March 2025"],
                   ["Period", "1 January to 31 December 2024"],
                   ["Version", "1.0 (published)"]],
                  [90, width - 90], WH_CELL, None, grid="#bbbbbb")
    figures = _table([["Port activity", "2023", "2024"],
                      ["Ro-Ro sailings (Larne service)", "1,402", "2,118"],
                      ["Freight units handled", "61,870", "88,245"],
                      ["Fishing vessel landings at the fish dock", "3,910", "4,026"],
                      ["Marina berths occupied (average)", "264", "281"],
                      ["Port passes issued", "1,184", "1,352"]],
                     [width - 150, 75, 75], WH_CELL, WH_NAVY, head_style=WH_CELLB, zebra=WH_PALE)
    incidents = _table([["Security incidents logged", "2023", "2024"],
                        ["Trespass on the port estate", "38", "31"],
                        ["Theft or attempted theft", "41", "29"],
                        ["Suspicious activity reported", "15", "22"],
                        ["Drone sightings over berths", "2", "6"],
                        ["Stowaways found", "3", "1"],
                        ["Damage to fences or gates", "12", "9"],
                        ["Total", "111", "98"]],
                       [width - 150, 75, 75], WH_CELL, WH_NAVY, head_style=WH_CELLB, zebra=WH_PALE,
                       last_bold=WH_CELLT)
    drills = _table([["Date", "Exercise", "Facility", "Taking part"],
                     ["14 March", "Tabletop: bomb threat by telephone", "Ro-Ro terminal",
                      "Lancashire Constabulary, Lancashire Fire and Rescue Service"],
                     ["22 May", "Live: search of a vessel for a stowaway", "Ro-Ro terminal",
                      "Border Force, the ferry operator"],
                     ["9 July", "Live: breach of the perimeter fence at night", "Fish dock", "Port security team"],
                     ["17 October", "Tabletop: cyber attack on the gate system", "All", "Port IT contractor"],
                     ["3 December", "Live: evacuation of the marina office", "Marina", "HM Coastguard"]],
                    [62, width - 262, 80, 120], WH_CELL, WH_TEAL, head_style=WH_CELLB, zebra=WH_PALE)
    return [
        p("Port Security Annual Report 2024", WH_TITLE),
        p("Report of the Port Facility Security Officer to the Board of Wyre Haven Port Ltd", WH_SUB),
        meta,
        Spacer(1, 6),
        p("1. Foreword", WH_H1),
        n("1.1", "2024 was the first full year of the second daily sailing on our Larne freight service, and "
          "the busiest year for the port since the fish dock was rebuilt. More lorries, more crews and more "
          "leisure boats mean more to protect. This report sets out how we kept to our security plans, what "
          "happened during the year and what we did about it with our partners. I thank the security team, "
          "our tenants and berth holders, and the agencies we work with. <i>Captain Si\u00e2n Ackroyd, "
          "Harbour Master and Chief Executive</i>"),
        p("2. The port and how it is secured", WH_H1),
        n("2.1", "Wyre Haven Port has three port facilities under the International Ship and Port Facility "
          "Security (ISPS) Code: the Ro-Ro terminal at No. 2 Berth, the fish dock and Wyre Haven Marina. "
          "Each has a port facility security plan approved by the Department for Transport, whose "
          "inspectors visited the Ro-Ro terminal in October 2024 and found no deficiencies."),
        n("2.2", "The port remained at MARSEC level 1 throughout the year. Our security team of 18 officers "
          "staffs the gates and patrols the estate 24 hours a day."),
        figures,
        p("Source: port operations records. Freight units are lorries and unaccompanied trailers.", WH_CAP),
        p("3. Security incidents", WH_H1),
        n("3.1", "Every incident is logged by the duty security officer and reviewed each month by the Port "
          "Security Committee."),
        incidents,
        Spacer(1, 6),
        n("3.2", "Reports of suspicious activity rose because more tenants and crews now use Project Kraken, "
          "the national scheme for reporting suspicious activity around the coast. Posters are up at every "
          "gate and in the marina showers."),
        p("4. Working with partners", WH_H1),
        p("4.1 Operation Capstan: freight on the Larne route", WH_H2),
        n("4.1.1", "In 2023 officers found cannabis in two unaccompanied trailers that had passed through our "
          "Ro-Ro terminal, and drivers told our gate staff they had been approached in the lorry park and "
          "offered cash to carry packages across the Irish Sea. One driver who refused was followed to his cab "
          "and threatened, and after that several hauliers told us their drivers would rather not stop at "
          "Wyre Haven at all."),
        n("4.1.2", "From February 2024 the port's security team ran Operation Capstan with Lancashire "
          "Constabulary's Ports Policing Unit and Border Force. Our gate officers now flag unaccompanied "
          "trailers and drivers who do not match the booking to the unit, the lorry park has new lighting "
          "and cameras that officers can view live, and on intelligence-led days officers and a Border "
          "Force detector dog team check freight before it is loaded."),
        p("Drug and cash seizures at the terminal: 11, up from 2", WH_RESULT),
        n("4.1.3", "Four drivers were charged with supply offences, and no trailer that sailed from Wyre "
          "Haven in 2024 was later found by the Police Service of Northern Ireland to be carrying drugs."),
        n("4.1.4", "Drivers have noticed the change. Approaches in the lorry park, which drivers reported to "
          "our gate staff nine times in 2023, were reported twice in 2024, and the ferry operator has asked "
          "for the same arrangements at its other terminals."),
        p("4.2 Crews at the fish dock", WH_H2),
        n("4.2.1", "The crews who land at our fish dock come from the Philippines, Ghana, Latvia and "
          "Scotland. Some work on transit visas, and in 2023 several told the port chaplain that their "
          "wages were being held back and their passports kept by the skipper. Crews rarely leave the "
          "dock: many speak little English, few have a phone that works in the UK, and they often do not "
          "know who they could ask for help without losing their place on the boat."),
        n("4.2.2", "In 2024 we worked with the Fleetwood Seafarers' Centre and the Gangmasters and Labour "
          "Abuse Authority on a crew welfare programme. A chaplain and a port officer visited every vessel "
          "landing at the fish dock on a weekly rota, leaflets in six languages explained crews' rights "
          "and where to get help, and all our harbour staff were trained to spot the signs of labour "
          "exploitation."),
        p("Visits made: 212 vessels and 640 crew members", WH_RESULT),
        n("4.2.3", "Nine crew members were helped to report their concerns, the Gangmasters and Labour Abuse "
          "Authority opened two investigations, and three men were paid \u00a314,800 in wages they were "
          "owed."),
        n("4.2.4", "The Seafarers' Centre now has a room at the fish dock gate with free wifi, so that crews can "
          "call home, and the chaplain says crews talk to her far more readily there than on board. Two "
          "skippers who refused to let the team on board in the spring had asked for the leaflets by the "
          "autumn."),
        p("4.3 Diesel theft from fishing boats", WH_H2),
        n("4.3.1", "Thieves siphoned diesel from fishing boats moored at the fish dock 14 times in 2023, "
          "often leaving a skipper unable to sail on the morning tide. Most of the thefts were between "
          "midnight and 4am on the inner berths, which cannot be seen from the gatehouse, and the diesel was "
          "sold on to farms and builders inland."),
        n("4.3.2", "Between March and September 2024 Lancashire Constabulary's Fleetwood Neighbourhood "
          "Policing Team ran Operation Gaff: plain-clothes officers kept night watches on the dock, "
          "ANPR cameras on Dock Road were checked against vehicles seen at night, and officers visited "
          "every skipper to advise on locking fuel caps. The harbour office was made available to the "
          "officers at night, and the team's PCSOs called at the fuel merchants on the Fleetwood Road "
          "industrial estate to ask them to report anyone offering cheap red diesel."),
        p("Diesel thefts from boats at the fish dock fell from 14 to 2", WH_RESULT),
        n("4.3.3", "Three men from Blackpool were charged with theft after officers stopped a van carrying "
          "1,200 litres of red diesel on Amounderness Way in June."),
        p("5. Drills and exercises", WH_H1),
        n("5.1", "Our port facility security plans require at least one exercise a year and a drill every "
          "three months at each facility. In 2024 we held:"),
        drills,
        Spacer(1, 6),
        p("6. Training", WH_H1),
        n("6.1", "All 18 security officers hold the port facility security awareness certificate, and the "
          "team completed 612 hours of training in 2024, including conflict management and first aid. "
          "Two officers qualified as Port Facility Security Officers."),
        p("7. Priorities for 2025 and recommendations to the Board", WH_H1),
        n("7.1", "In 2025 we will:"),
        b("replace the perimeter fence along Herring Road, the part of the estate most often breached;"),
        b("move the gate pass system to photo cards checked at every entry;"),
        b("extend Operation Capstan to the new Douglas sailing if it starts in the autumn;"),
        b("review the marina's security plan before the 2025 season."),
        n("7.2", "<b>Recommendation 1.</b> The Board is asked to approve \u00a3186,000 from the capital "
          "programme for the Herring Road fence."),
        n("7.3", "<b>Recommendation 2.</b> The Board is asked to note this report and the port's continued "
          "compliance with the ISPS Code."),
        p("8. Contact", WH_H1),
        n("8.1", "Port Security Office, Dock Street, Fleetwood FY7 6NU. Telephone 01632 960914 (24 hours). "
          "To report suspicious activity on the coast, call 101 or use Project Kraken; in an emergency "
          "dial 999."),
    ]


def wyre_haven_port_security_report(out: Path) -> None:
    """A port company's annual port security report (single column, Times body with Helvetica heads,
    three pages): a running head with the port and the report and PUBLIC, a teal rule, footer with the
    company number, the port office address and postcode, the security office phone and 'Page n of
    3'; title, a meta table, 1 foreword (not work), 2 the port and its ISPS plans with a port activity
    table (not metrics), 3 incidents as a table (not metrics) and Project Kraken posters (not work),
    4 working with partners: 4.1 Operation Capstan (the port's security team with Lancashire
    Constabulary's Ports Policing Unit and Border Force), 4.2 crews at the fish dock (the port as 'we'
    with a seafarers' centre and the GLAA, no force), 4.3 diesel theft (Lancashire Constabulary's
    Fleetwood Neighbourhood Policing Team alone; the harbour office is a venue), 5 drills as a table
    (not work), 6 training (not metrics), 7 priorities and recommendations (future) and 8 contact."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=58, rightMargin=58, topMargin=52, bottomMargin=52,
                              title="Port Security Annual Report 2024", author="Wyre Haven Port Ltd",
                              invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(58, 52, A4[0] - 116, A4[1] - 104)],
                                           onPage=_wh_page_factory(total))])
        return doc
    _two_pass(out / "wyre-haven-port-security-annual-report-2024.pdf", build, _wh_story)


# ------------------ 2. A food bank's newsletter (PDF, three columns under a masthead, one page)

TA_PLUM = colors.HexColor("#5b2a6e")
TA_GOLD = colors.HexColor("#f2b134")
TA_CREAM = colors.HexColor("#fbf6ea")
TA_BODY = ParagraphStyle("tabody", fontName="Helvetica", fontSize=8.7, leading=11.6, spaceAfter=5)
TA_CELL = ParagraphStyle("tacell", parent=TA_BODY, fontSize=7.6, leading=9.4, spaceAfter=0)
TA_CELLB = ParagraphStyle("tacellb", parent=TA_CELL, fontName="Helvetica-Bold", textColor=colors.white)
TA_CELLT = ParagraphStyle("tacellt", parent=TA_CELL, fontName="Helvetica-Bold")
TA_MAST = ParagraphStyle("tamast", parent=TA_BODY, fontName="Helvetica-Bold", fontSize=34, leading=36,
                         textColor=colors.white, spaceAfter=2)
TA_MASTSUB = ParagraphStyle("tamastsub", parent=TA_BODY, fontSize=9.5, leading=12, textColor=colors.white,
                            spaceAfter=0)
TA_H = ParagraphStyle("tah", parent=TA_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=14.5,
                      textColor=TA_PLUM, spaceBefore=5, spaceAfter=3, keepWithNext=1)
TA_KICK = ParagraphStyle("takick", parent=TA_BODY, fontName="Helvetica-BoldOblique", fontSize=8.6, leading=11,
                         textColor=colors.HexColor("#8a5a00"), spaceAfter=3, keepWithNext=1)
TA_PULL = ParagraphStyle("tapull", parent=TA_BODY, fontName="Helvetica-Bold", fontSize=10.4, leading=13,
                         textColor=TA_PLUM, spaceBefore=2, spaceAfter=6, borderPadding=(3, 0, 3, 0))
TA_BUL = ParagraphStyle("tabul", parent=TA_BODY, leftIndent=9, bulletIndent=0, spaceAfter=1.5)
TA_CAP = ParagraphStyle("tacap", parent=TA_BODY, fontName="Helvetica-Oblique", fontSize=7.2, leading=9,
                        textColor=colors.HexColor("#555555"))


def _ta_page_factory(total):
    def _ta_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setStrokeColor(TA_PLUM)
        canvas.setLineWidth(0.5)
        canvas.line(36, 38, width - 36, 38)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 6.7)
        canvas.drawString(36, 28, "Tyldesley & Astley Food Bank is a registered charity, no. 1162934. "
                                  "Unit 3, Castle Street, Tyldesley M29 8EE.  01632 960251")
        canvas.drawString(36, 20, "Part of a national network of food banks. Registered with the Fundraising "
                                  "Regulator.")
        canvas.setFont("Helvetica-Bold", 7.4)
        canvas.drawRightString(width - 36, 24, "tafoodbank.example")
        canvas.restoreState()
    return _ta_page


def _ta_story(full, col):
    p = lambda text, style=TA_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, TA_BUL, bulletText="\u2022")  # noqa: E731
    mast = _box([p("The Larder", TA_MAST),
                 p("News from Tyldesley &amp; Astley Food Bank  \u00b7  Issue 22  \u00b7  Spring 2025", TA_MASTSUB),
                 p("Feeding neighbours in Tyldesley, Astley, Mosley Common and Boothstown since 2012", TA_MASTSUB)],
                full, TA_PLUM, TA_PLUM, pad=14)
    numbers = _table([["Our year", "2024/25"],
                      ["Food parcels given", "4,912"],
                      ["People fed", "11,380"],
                      ["of whom children", "4,127"],
                      ["Food donated (tonnes)", "61"],
                      ["Referral agencies", "74"],
                      ["Volunteers", "96"]],
                     [col - 52, 48], TA_CELL, TA_PLUM, head_style=TA_CELLB, zebra=TA_CREAM)
    money = _table([["Income and spending", "2023/24 (\u00a3)", "2024/25 (\u00a3)"],
                    ["Donations", "52,180", "58,940"],
                    ["Grants", "18,000", "25,360"],
                    ["Rent, van and utilities", "-31,420", "-34,100"],
                    ["Food bought", "-29,870", "-45,550"],
                    ["Surplus", "8,890", "4,650"]],
                   [col - 88, 42, 42], TA_CELL, TA_PLUM, head_style=TA_CELLB, zebra=TA_CREAM, last_bold=TA_CELLT)
    help_box = _box([p("<b>Need help?</b>", TA_CELL), Spacer(1, 2),
                     p("We work with referral agencies. Ask your GP surgery, your child's school, Citizens "
                       "Advice, your housing officer or the council's Welfare Support team for a food bank "
                       "voucher, then come to any session.", TA_CELL),
                     Spacer(1, 2),
                     p("<b>Sessions at Castle Street:</b> Tuesday 10am to 12 noon, Thursday 1pm to 3pm, "
                       "Saturday 10am to 12 noon.", TA_CELL)],
                    col - 2, TA_CREAM, TA_GOLD, pad=6, edge_width=1.4)
    agm = _box([p("<b>Annual General Meeting</b>", TA_CELL), Spacer(1, 2),
                p("Wednesday 11 June 2025, 7pm, St George's Church Hall, Tyldesley. All supporters welcome; "
                  "two trustee places are up for election.", TA_CELL)],
               col - 2, TA_CREAM, TA_PLUM, pad=6)
    return [
        mast,
        FrameBreak(),
        p("Hello from Lorraine", TA_H),
        p("Thank you for everything you gave this winter. It was the busiest we have ever known: in "
          "January alone we gave out 512 parcels. Our shelves only stay full because of you, and our "
          "sessions only run because 96 volunteers turn up in all weathers. <i>Lorraine Cheetham, Food "
          "Bank Coordinator</i>"),
        numbers,
        p("April 2024 to March 2025. A parcel feeds a household for three days.", TA_CAP),
        p("Second Helping", TA_H),
        p("A referral instead of a record", TA_KICK),
        p("Last spring the neighbourhood officers in Tyldesley told us something that stopped us in our "
          "tracks: more and more of the shop thefts they were called to were people stealing food, often "
          "parents, and often for the first time."),
        p("Since May 2024 Greater Manchester Police's Tyldesley and Astley Neighbourhood Team has worked "
          "with us and Citizens Advice Wigan and Leigh on Second Helping. When someone is caught stealing "
          "food for the first time and the shop agrees, officers can deal with it by a community "
          "resolution that includes a referral to us. We give a food parcel the same day and book an "
          "appointment with a Citizens Advice adviser at our Thursday session to sort out debts, "
          "benefits and energy bills."),
        p("In the first ten months officers referred 58 people and 49 came to see us. Citizens Advice "
          "helped them claim \u00a361,200 a year in benefits they were owed."),
        p("Only 4 of the 58 stole again", TA_PULL),
        p("Sergeant Kath Doherty says the scheme has saved her officers time, too: \u201cWe are not "
          "arresting the same mum every month.\u201d"),
        p("Most needed this month", TA_H),
        b("tinned meat and tinned fish"),
        b("UHT milk and long-life juice"),
        b("tinned fruit and custard"),
        b("coffee, and sugar in 1kg bags"),
        b("shampoo, deodorant and nappies (sizes 5 and 6)"),
        p("We are well stocked with pasta and baked beans. Thank you!", TA_CAP),
        p("Holiday Larder", TA_H),
        p("Lunch when school is out", TA_KICK),
        p("The school holidays are hardest for families whose children get free school meals in term "
          "time. Last summer we ran Holiday Larder for the first time: a free hot lunch three days a week "
          "for five weeks at St George's Church Hall, cooked by our volunteers, with a bag of "
          "ingredients and a recipe card for the family to take home."),
        p("2,136 lunches in five weeks", TA_PULL),
        p("We fed 187 children and their parents, and requests for food parcels from families with "
          "children during the summer holidays fell from 402 in 2023 to 287. We will run it again in the "
          "Easter and summer holidays this year."),
        p("Volunteer news", TA_H),
        p("Welcome to our 14 new volunteers, and congratulations to Eric Hodgkinson, who has sorted tins "
          "on Tuesday mornings for ten years. We need two more van drivers with a clean licence for the "
          "Saturday supermarket collections."),
        p("Our warehouse moved to the back of the Castle Street unit in November, so please bring donations "
          "to the side door on Lemon Street. Our volunteers sorted 61 tonnes of food this year, checked every "
          "date, and packed every parcel by hand."),
        p("Ask the food bank", TA_H),
        p("<b>Can I just turn up?</b> You need a voucher from one of our referral agencies, but if you come "
          "without one we will never send you away hungry: we will give you a snack bag and help you get a "
          "voucher."),
        p("<b>How many times can I come?</b> Usually up to three times in six months. After that we work with "
          "your referral agency and Citizens Advice on what is keeping money tight."),
        p("<b>Can I give fresh food?</b> Only bread and vegetables on the day of a session, please, as we "
          "have no space to keep them."),
        p("<b>Do you take money?</b> Yes, and it goes a long way: we buy in bulk at cash and carry prices. "
          "You can give online or leave a cheque at Castle Street."),
        p("Thank you", TA_H),
        p("To the Co-op on Elliott Street and the Astley Post Office for their collection points, to St "
          "Stephen's CE Primary for 1.2 tonnes of harvest festival food, and to the Boothstown Methodist "
          "Church choir for its carol concert collection of \u00a3640."),
        help_box,
        Spacer(1, 6),
        p("The money", TA_H),
        money,
        p("Our full accounts are on the Charity Commission's website.", TA_CAP),
        Spacer(1, 4),
        agm,
    ]


def tyldesley_astley_food_bank_larder(out: Path) -> None:
    """A food bank's newsletter (one page, A4, three narrow columns under a plum masthead, Helvetica;
    a second template with three full-height columns is there only if the text ever overflows): footer
    with the charity number, the address and postcode, a phone, a network line and the web address;
    the coordinator's welcome (not work), our year in numbers as a table (not metrics), 'Second
    Helping' with a kicker, a pull line and paragraphs (one piece of work with results: Greater
    Manchester Police's Tyldesley and Astley Neighbourhood Team with the food bank and Citizens
    Advice), most needed items as bullets, 'Holiday Larder' with a kicker and pull line (one piece of
    work with results: the food bank as 'we', no force), volunteer news, an 'Ask the food bank' Q&A and
    thanks (not work), a help box, the money as a table (not metrics) and the AGM box (future)."""
    width, height = A4
    gap = 12
    full = width - 72
    col = (full - 2 * gap) / 3
    top = height - 40
    head_h = 104

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=46,
                              title="The Larder: Issue 22, Spring 2025", author="Tyldesley & Astley Food Bank",
                              invariant=1)
        first = [Frame(36, top - head_h, full, head_h, id="mast", leftPadding=0, rightPadding=0)]
        first += [Frame(36 + i * (col + gap), 46, col, top - head_h - 46, id=f"a{i}", leftPadding=0,
                        rightPadding=0) for i in range(3)]
        later = [Frame(36 + i * (col + gap), 46, col, top - 6 - 46, id=f"b{i}", leftPadding=0, rightPadding=0)
                 for i in range(3)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_ta_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_ta_page_factory(total))])
        return doc

    def story():
        items = _ta_story(full, col)
        return items[:2] + [NextPageTemplate("later")] + items[2:]
    _two_pass(out / "tyldesley-astley-food-bank-the-larder-spring-2025.pdf", build, story)


# ------------------ 3. A fire station's open day programme (PDF, boxed panels, two pages)

BV_RED = colors.HexColor("#b3121b")
BV_YELLOW = colors.HexColor("#ffd23f")
BV_PALE = colors.HexColor("#fff5f0")
BV_BODY = ParagraphStyle("bvbody", fontName="Helvetica", fontSize=8.9, leading=11.8, spaceAfter=4)
BV_CELL = ParagraphStyle("bvcell", parent=BV_BODY, fontSize=8, leading=10, spaceAfter=0)
BV_CELLB = ParagraphStyle("bvcellb", parent=BV_CELL, fontName="Helvetica-Bold")
BV_PH = ParagraphStyle("bvph", parent=BV_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                       textColor=BV_RED, spaceAfter=4)
BV_BIG = ParagraphStyle("bvbig", parent=BV_BODY, fontName="Helvetica-Bold", fontSize=38, leading=40,
                        textColor=colors.white, alignment=1, spaceAfter=2)
BV_BAN = ParagraphStyle("bvban", parent=BV_BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                        textColor=colors.white, alignment=1, spaceAfter=1)
BV_BANS = ParagraphStyle("bvbans", parent=BV_BODY, fontSize=10, leading=13, textColor=BV_YELLOW, alignment=1,
                         spaceAfter=0)
BV_BUL = ParagraphStyle("bvbul", parent=BV_BODY, leftIndent=9, bulletIndent=0, spaceAfter=2)


def _bv_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(BV_RED)
    canvas.rect(0, 0, width, 30, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(34, 17, "Bain Valley Fire Station, Lincolnshire Fire and Rescue  \u00b7  Station Road, "
                              "Coningsby LN4 4RY")
    canvas.drawString(34, 8, "Open day organised by the station's crews and the Bain Valley Firefighters' "
                             "Social Club.")
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawRightString(width - 34, 12, "In an emergency always dial 999")
    canvas.restoreState()


def _bv_story(full):
    p = lambda text, style=BV_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, BV_BUL, bulletText="\u2022")  # noqa: E731
    half = (full - 12) / 2
    inner = half - 16

    def panel(items, fill=BV_PALE, edge=BV_RED, width=half):
        return _box(items, width, fill, edge, pad=8, edge_width=1.2)

    def pair(left, right):
        grid = Table([[left, right]], colWidths=[half + 6, half + 6])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        return grid

    banner = _box([p("BAIN VALLEY FIRE STATION", BV_BAN), p("OPEN DAY", BV_BIG),
                   p("Saturday 14 June 2025  \u00b7  10am to 3pm  \u00b7  Free entry", BV_BAN),
                   p("Fire engines \u00b7 rescue demonstrations \u00b7 stalls \u00b7 refreshments \u00b7 raffle",
                     BV_BANS)], full, BV_RED, BV_RED, pad=16)
    timetable = _table([["Time", "What's on", "Where"],
                        ["10.00", "Gates open", "Station yard"],
                        ["10.30", "Road traffic collision rescue demonstration", "Yard"],
                        ["11.15", "Chip pan fire: why you never use water", "Drill tower"],
                        ["12.00", "Junior hose challenge (ages 5 to 12)", "Drill ground"],
                        ["12.45", "Meet the Lincolnshire Police Rural Crime Team", "Car park"],
                        ["13.30", "Rescue from height with the aerial ladder platform from Boston", "Yard"],
                        ["14.15", "Raffle draw", "Appliance bay"],
                        ["15.00", "Close", ""]],
                       [34, inner - 96, 62], BV_CELL, BV_YELLOW, head_style=BV_CELLB, grid="#d9a0a0")
    welcome = panel([p("Welcome", BV_PH),
                     p("Thank you for coming to our open day. Bain Valley is an on-call station: our 14 "
                       "firefighters are plumbers, farmers, teachers and shop workers who live or work within "
                       "five minutes of the station and drop everything when their alerters go off. Today is "
                       "your chance to meet them, see the kit and find out whether you could join us. "
                       "<i>Watch Manager Craig Sandall</i>")])
    programme = panel([p("Programme", BV_PH), timetable,
                       Spacer(1, 3), p("Times may change if the crew is called out.", BV_CELL)])
    stands = panel([p("Stands and stalls", BV_PH),
                    b("Lincolnshire Police: bike and tool marking. Bring your bike, or tools in a bag."),
                    b("Lincolnshire Road Safety Partnership: the seat belt sled."),
                    b("St John Ambulance: hands-only CPR in five minutes."),
                    b("Coningsby and Tattershall Lions: tombola and bric-a-brac."),
                    b("The Fire Fighters Charity: raffle tickets at \u00a31 a strip."),
                    b("Bain Valley Pre-school: face painting."),
                    p("Refreshments: burger \u00a34.50, hot dog \u00a33.50, tea or coffee \u00a31.50, ice "
                      "creams from \u00a32.", BV_CELL)])
    year = panel([p("Our year", BV_PH),
                  p("Between April 2024 and March 2025 our fire engine was called out 214 times: 62 fires, 41 "
                    "road traffic collisions, 58 automatic fire alarms, 23 calls to help other services and 30 "
                    "other emergencies. Between calls, crews fitted 312 smoke alarms on Safe and Well visits "
                    "and trained every Tuesday evening.")], fill=colors.white)
    oncall = panel([p("Could you be an on-call firefighter?", BV_PH),
                    p("We are looking for four more people who live or work within five minutes of the "
                      "station, especially during the day. You will be paid for every call and every training "
                      "night, and you will get full training. Talk to any firefighter today, or come to our "
                      "taster evening on Tuesday 1 July at 7pm.")], fill=BV_YELLOW, edge=BV_RED)
    safe = panel([p("Stay safe at home", BV_PH),
                  b("Test your smoke alarms every month: press the button until it beeps."),
                  b("Have a smoke alarm on every level of your home."),
                  b("Never leave cooking unattended, and keep a tea towel away from the hob."),
                  b("Switch off and unplug chargers when you go to bed."),
                  b("Plan how you would get out at night, and keep your keys by the door."),
                  p("Over 65, or know someone who is? Ask us about a free Safe and Well visit.", BV_CELL)],
                 fill=colors.white)
    trail = panel([p("Children's trail", BV_PH),
                   p("Pick up a trail sheet at the gate and find the ten hidden helmets around the station. "
                     "Bring the completed sheet to the appliance bay for a sticker and a certificate. Children "
                     "must be with an adult at all times, and nobody climbs on the fire engines without a "
                     "firefighter.")], fill=colors.white)
    history = panel([p("A station with history", BV_PH),
                     p("A fire station has stood on Station Road since 1952, when the village's first crew of "
                       "eight was formed with a towed pump kept in a barn. The present station opened in 1987. "
                       "Firefighter Ray Dawson, who joined in 1979, is still on the run today.")])
    plan = Table([[p("<b>Drill tower</b><br/>Chip pan fire demonstration", BV_CELL),
                   p("<b>Drill ground</b><br/>Junior hose challenge", BV_CELL),
                   p("<b>Car park</b><br/>Police Rural Crime Team, bike marking", BV_CELL)],
                  [p("<b>Station yard</b><br/>RTC rescue, aerial ladder platform", BV_CELL),
                   p("<b>Appliance bay</b><br/>Fire engine, raffle, cake stall", BV_CELL),
                   p("<b>Gazebos</b><br/>Stalls, first aid, seat belt sled", BV_CELL)],
                  [p("<b>Gate</b><br/>Trail sheets, toilets", BV_CELL),
                   p("<b>Station Road</b><br/>No parking", BV_CELL),
                   p("<b>Disabled parking</b>", BV_CELL)]],
                 colWidths=[(full - 16) / 3] * 3)
    plan.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 1, BV_RED), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("BACKGROUND", (1, 1), (1, 1), BV_YELLOW), ("TOPPADDING", (0, 0), (-1, -1), 10),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    site = _box([p("Site plan", BV_PH), plan], full, colors.white, BV_RED, pad=8, edge_width=1.2)
    getting = panel([p("Getting here", BV_PH),
                     p("Parking is on the Coningsby Memorial Playing Field off Silver Street, with disabled "
                       "parking at the station. Please do not park on Station Road: the fire engine may need "
                       "to get out. Dogs on leads, please. The 5C bus stops outside the station.")])
    thanks = panel([p("Thank you", BV_PH),
                    p("To Tattershall Farm Supplies, Bain Valley Garage and the Leagate Inn for sponsoring "
                      "today, to the Lions for the gazebos, and to everyone who baked for the cake stall. Last "
                      "year's open day raised \u00a32,380 for The Fire Fighters Charity.")])
    return [
        banner,
        Spacer(1, 10),
        pair(welcome, programme),
        pair(stands, year),
        pair(oncall, safe),
        pair(trail, history),
        pair(getting, thanks),
        site,
    ]


def bain_valley_open_day_programme(out: Path) -> None:
    """A fire station's open day programme (two pages, A4, boxed panels in a two-panel grid under a red
    banner): a red footer band with the station, the address and postcode, the organisers and a 999
    line; the banner (station, OPEN DAY, date, times, free entry), welcome (not work), programme as a
    timetable (future, with a slot to meet a force's rural crime team), stands and stalls with prices
    (not work, not metrics), our year (call-outs and smoke alarms fitted: routine service, not
    metrics), on-call recruitment (not work), safety advice, a children's trail, the station's history,
    getting here, thanks, and a full-width site plan drawn as a grid of zones. No piece of work. No
    initiatives."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=34, rightMargin=34, topMargin=34, bottomMargin=42,
                              title="Bain Valley Fire Station Open Day 2025", author="Bain Valley Fire Station",
                              invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(34, 42, A4[0] - 68, A4[1] - 76)],
                                           onPage=_bv_page)])
        return doc
    _two_pass(out / "bain-valley-fire-station-open-day-programme-2025.pdf", build,
              lambda: _bv_story(A4[0] - 68 - 12))


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


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


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


def _header_footer(document, header_lines, footer_text: str, align_header="right", page_word="Page ") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    lines = [header_lines] if isinstance(header_lines, str) else list(header_lines)
    header.text = lines[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align_header == "right" else WD_ALIGN_PARAGRAPH.LEFT
    if header.runs:
        header.runs[0].bold = True
    for line in lines[1:]:
        extra = section.header.add_paragraph(line)
        extra.alignment = header.alignment
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   {page_word}"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True, style="Table Grid",
          bold_last=False):
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
                _shade(cell, header_fill)
            if bold_last and r == len(rows) - 1:
                run.bold = True
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


def _bullets(document, items, style="List Bullet"):
    for item in items:
        document.add_paragraph(item, style=style)


def _recolour_heading(document, level: int, color: str, size=None, font=None) -> None:
    from docx.shared import Pt, RGBColor

    style = document.styles[f"Heading {level}"]
    style.font.color.rgb = RGBColor.from_string(color)
    if size:
        style.font.size = Pt(size)
    if font:
        style.font.name = font


# ------------------ 4. A rugby club's annual report to its AGM (Word, Title, Heading 1 and 2, tables)

def aireborough_rufc_annual_report(out: Path) -> None:
    """A rugby club's annual report to its AGM (Word, Title style with a subtitle line, Heading 1
    officers' reports and Heading 2 articles, tables for the accounts, the league, the junior
    section, awards and nominations, bullets): header with the club and the report, footer with the
    clubhouse address and postcode, affiliations and the page number; the notice of the AGM and the
    agenda (not work), the chairman's report (a charity match: not work), the secretary's report
    (membership: not metrics), the treasurer's report as a table (not metrics), the 1st XV and women's
    reports with a league table (not work), the mini and junior section with numbers by age group
    (not metrics), community rugby: 'Friday Night Touch' (one piece of work with results: the club's
    community coach with West Yorkshire Police's Aireborough Neighbourhood Policing Team) and 'Ruck and
    Talk' (one piece of work with results: the club as 'we', no force), club awards (not work),
    nominations for officers (not work) and dates for 2025/26 (future)."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    _recolour_heading(document, 1, "6B0F1A", size=15)
    _recolour_heading(document, 2, "1F3A5F", size=12)
    document.styles["Title"].font.color.rgb = docx.shared.RGBColor(0x6B, 0x0F, 0x1A)
    _header_footer(document, "Aireborough RUFC  |  Annual Report 2024/25",
                   "Aireborough Rugby Union Football Club, The Clubhouse, Kelcliffe Lane, Guiseley, Leeds "
                   "LS20 9DQ. Affiliated to the RFU and Yorkshire RFU.")
    document.add_heading("Aireborough RUFC Annual Report 2024/25", level=0)
    _styled(document, "Presented to the Annual General Meeting, Thursday 26 June 2025, 7.30pm in the clubhouse",
            italic=True, size=11)
    document.add_heading("Notice of meeting and agenda", level=1)
    document.add_paragraph("Notice is given that the 52nd Annual General Meeting of the club will be held on "
                           "Thursday 26 June 2025 at 7.30pm. Only playing, social and life members whose "
                           "subscriptions are paid may vote.")
    _bullets(document, ["Apologies and the minutes of the 2024 AGM",
                        "Officers' reports (this booklet)",
                        "Adoption of the accounts for the year to 30 April 2025",
                        "Subscriptions for 2025/26",
                        "Election of officers and committee",
                        "Any other business notified to the Secretary by 12 June 2025"], style="List Number")
    document.add_heading("Chairman's Report", level=1)
    document.add_paragraph("It has been a season to be proud of. The 1st XV finished fourth, the women's team "
                           "played their first full league season, and on a Sunday morning in October we had "
                           "more than 300 children on the pitches at once. The new changing rooms opened in "
                           "September, two years after we started fundraising, and the Boxing Day match "
                           "against West Yorkshire Police RFC raised \u00a32,140 for the Yorkshire Air "
                           "Ambulance. None of it happens without volunteers: coaches, referees, bar staff, "
                           "the tea ladies and gentlemen, and the parents who wash the kit. Thank you. "
                           "Martin Illingworth, Chairman")
    document.add_heading("Secretary's Report", level=1)
    document.add_paragraph("The club has 612 members: 148 senior players, 41 women players, 356 mini and "
                           "junior players and 67 social and life members. The committee met ten times. We "
                           "renewed our RFU Accreditation in March and our safeguarding policy was reviewed by "
                           "the Yorkshire RFU in January. Helen Ward, Honorary Secretary")
    document.add_heading("Treasurer's Report", level=1)
    document.add_paragraph("A summary of the accounts for the year to 30 April 2025 is below. The full "
                           "accounts, examined by Crossley Moore Accountants, are available at the AGM.")
    _grid(document, [["Income and expenditure", "2023/24 (\u00a3)", "2024/25 (\u00a3)"],
                     ["Subscriptions", "17,260", "18,420"],
                     ["Bar and catering", "66,940", "71,860"],
                     ["Sponsorship and advertising", "11,000", "12,500"],
                     ["Grants", "4,500", "6,000"],
                     ["Bar purchases and staff", "-49,310", "-52,775"],
                     ["Ground, utilities and insurance", "-31,880", "-34,215"],
                     ["RFU and league fees, referees, kit", "-12,640", "-13,960"],
                     ["Surplus", "5,870", "7,830"]], header_fill="F2DCDB", bold_last=True)
    document.add_paragraph("The committee recommends that senior playing subscriptions rise from \u00a3140 to "
                           "\u00a3150 for 2025/26 and that mini and junior subscriptions stay at \u00a360. "
                           "Andrew Pickles, Honorary Treasurer")
    document.add_heading("1st XV and Women's XV", level=1)
    document.add_paragraph("The 1st XV won 14 of their 22 league games and finished fourth in Yorkshire One, "
                           "our best finish for six seasons. The 2nd XV reached the final of the Yorkshire "
                           "Shield. The women's XV won five of twelve games in their first full season in "
                           "the NC 2 North division.")
    _grid(document, [["Yorkshire One (top five)", "Played", "Won", "Lost", "Points"],
                     ["Ilkley Moor Vale", "22", "19", "3", "94"],
                     ["Castleford Ings", "22", "17", "5", "85"],
                     ["Pudsey Park", "22", "15", "7", "76"],
                     ["Aireborough", "22", "14", "8", "71"],
                     ["Selby Abbey", "22", "13", "9", "66"]], header_fill="F2DCDB")
    document.add_heading("Mini and Junior Section", level=1)
    document.add_paragraph("Our mini and junior section is the biggest in Aireborough. Numbers at the end of "
                           "the season were:")
    _grid(document, [["Age group", "Players", "Coaches"],
                     ["Under 7s to Under 12s (minis)", "214", "31"],
                     ["Under 13s to Under 16s", "98", "14"],
                     ["Colts (Under 18s)", "44", "5"]], header_fill="F2DCDB")
    document.add_paragraph("Every coach holds an RFU coaching award and a current DBS check. The Under 14s won "
                           "the Otley Festival, and eight of our juniors were selected for Yorkshire age-grade "
                           "squads.")
    document.add_heading("Community Rugby", level=1)
    document.add_heading("Friday Night Touch at Nunroyd Park", level=2)
    document.add_paragraph("Nunroyd Park, next to our ground, had become the place where groups of teenagers "
                           "gathered on Friday nights, and in the winter of 2023/24 the neighbourhood team was "
                           "called there almost every weekend, for fires, fights and damage to the pavilion.")
    document.add_paragraph("In April 2024 the club's community coach, Tom Lister, and West Yorkshire Police's "
                           "Aireborough Neighbourhood Policing Team set up Friday Night Touch: free touch rugby "
                           "under our floodlights from 7pm to 9pm every Friday for 12 to 17 year olds. PCSOs "
                           "play in the games, the officers who patrol the park on Friday nights invite young "
                           "people over, and everyone gets a hot drink and toast in the clubhouse afterwards.")
    document.add_paragraph("Between April 2024 and March 2025 we ran 44 sessions for 131 different young "
                           "people, 26 on an average night. Anti-social behaviour reports around Nunroyd Park "
                           "on Friday nights fell from 58 to 21 compared with the year before, and 11 of the "
                           "players have joined our Colts.")
    document.add_heading("Ruck and Talk", level=2)
    document.add_paragraph("Losing one of our former players to suicide in 2023 hit the club hard. In "
                           "September 2024 we started Ruck and Talk: on Monday evenings men of any age, "
                           "members or not, walk a lap of the pitches, have a brew and talk, with six members "
                           "we put through Mental Health First Aid training on hand.")
    document.add_paragraph("By May 2025, 63 men had come along at least once and about 20 come every week. Our "
                           "mental health first aiders helped nine men get help from their GP or a crisis "
                           "service, and four of the regulars have since trained as first aiders themselves.")
    document.add_heading("Club Awards 2024/25", level=1)
    _grid(document, [["Award", "Winner"],
                     ["1st XV Player of the Year", "Josh Hainsworth"],
                     ["Women's Player of the Year", "Laura Bentley"],
                     ["Young Player of the Year", "Kieran Ashton"],
                     ["Clubman of the Year", "Dave \u201cSpud\u201d Murphy"],
                     ["Volunteer of the Year", "Sue Rhodes (mini section teas)"]], header_fill="F2DCDB")
    document.add_heading("Nominations for 2025/26", level=1)
    _grid(document, [["Office", "Nominee", "Proposed by"],
                     ["Chairman", "Martin Illingworth", "Helen Ward"],
                     ["Honorary Secretary", "Helen Ward", "Andrew Pickles"],
                     ["Honorary Treasurer", "Priya Sandhu", "Martin Illingworth"],
                     ["Fixtures Secretary", "Graham Whitaker", "Dave Murphy"]], header_fill="F2DCDB")
    document.add_heading("Dates for 2025/26", level=1)
    _bullets(document, ["Pre-season training starts: Tuesday 15 July 2025, 7pm.",
                        "First league game: Saturday 6 September 2025, home to Selby Abbey.",
                        "Mini and junior registration day: Sunday 7 September 2025, 10am.",
                        "Annual dinner: Saturday 14 March 2026, Guiseley Village Hall."])
    _save_docx(document, out / "aireborough-rufc-annual-report-2024-25.docx", "Aireborough RUFC Annual Report "
               "2024/25", "Aireborough RUFC")


# ------------------ 5. A Women's Institute branch newsletter (Word, bold paragraphs, no heading styles)

def stottesdon_chorley_wi_newsletter(out: Path) -> None:
    """A Women's Institute branch newsletter as typed by its secretary (Word, no heading styles:
    centred bold title lines, bold capitalised paragraphs as heads, a bold run-in label, a plain table
    of the year's programme and a committee list in ordinary paragraphs): footer with the federation
    and the secretary's phone and the page number; the president's letter (not work), the April
    meeting (a PCSO's talk on scams and property marking: routine, not work), competition results (not
    work), 'Ask Me: one year on' (one piece of work with results: the WI's members with a domestic
    abuse service, no force), the treasurer's notes (not metrics), birthdays, outings and the
    programme (future), the resolutions (a national campaign: not work) and the committee."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.text = ("Stottesdon & Chorley WI, a member of the Shropshire Federation of Women's Institutes. "
                   "Secretary: Gwen Bayliss, 01632 960377.   Page ")
    _page_number_field(footer)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def head(text):
        return _styled(document, text, bold=True, space_before=8, space_after=2)

    _styled(document, "STOTTESDON & CHORLEY WI", bold=True, size=18, align="center", space_after=0)
    _styled(document, "Newsletter \u2013 May 2025", bold=True, size=13, align="center", space_after=0)
    _styled(document, "We meet on the second Wednesday of the month, 7.30pm, at Stottesdon Village Hall. "
                      "Visitors always welcome (\u00a35 a meeting).", italic=True, align="center", size=10)
    head("FROM THE PRESIDENT")
    document.add_paragraph("Dear Members, what a joy to see the bluebells in Prescott Wood again. Thank you all "
                           "for coming to the Annual Meeting in March, where we welcomed four new members and "
                           "said a fond goodbye to Pat Lowe as treasurer after nine years. We are now 34 "
                           "members, the most since 2008. Please keep bringing friends. With love, Jean "
                           "Hammonds, President")
    head("APRIL MEETING")
    document.add_paragraph("PCSO Becky Morris of West Mercia Police's Cleobury Mortimer Safer Neighbourhood "
                           "Team came to talk about rural crime and scams. She told us how courier fraud works "
                           "(the bank will never send someone to collect your card), brought property marking "
                           "kits, and 21 of us signed up to the force's community messaging alerts. The raffle "
                           "raised \u00a338 and Mary's Victoria sponge was, as ever, first to go.")
    head("COMPETITION RESULTS")
    document.add_paragraph("A posy in an egg cup: 1st Margaret Hill, 2nd Sue Davies, 3rd Ann Pugh. Flower of "
                           "the month (a tulip): 1st Carol Jones. Well done everyone, and thank you to our "
                           "judge, Mrs Evans from Kinlet.")
    head("ASK ME \u2013 ONE YEAR ON")
    document.add_paragraph("Last spring, after Kath from Severn Haven Domestic Abuse Service spoke at our March "
                           "meeting, eight of us trained with Severn Haven as Ask Me community ambassadors. "
                           "Ask Me is the Women's Aid scheme that trains ordinary people to listen if someone "
                           "tells them about abuse, and to know where to point them. In a village, people "
                           "will often talk to a neighbour before they would ever ring a helpline.")
    document.add_paragraph("Together with Severn Haven we put helpline cards in the village hall toilets, the "
                           "shop, the surgery waiting room and both churches, and we held two coffee mornings "
                           "where Severn Haven's outreach worker sat in a quiet corner for anyone who wanted a "
                           "word.")
    document.add_paragraph("In the year since, our ambassadors have had 14 conversations with women who wanted "
                           "to talk, and six of them are now getting support from Severn Haven's outreach "
                           "team. Severn Haven tell us that before the scheme they had not had a single "
                           "referral from our two parishes. Three more members will train in June; please "
                           "speak to Sue if you would like to join them.")
    head("TREASURER'S NOTES")
    paragraph = document.add_paragraph()
    paragraph.add_run("Subscriptions: ").bold = True
    paragraph.add_run("thank you to everyone who has paid the 2025 subscription of \u00a352. Our balance at 30 "
                      "April was \u00a31,846.20, after paying \u00a3120 for the hall and \u00a365 for April's "
                      "speaker. Anne Pritchard, Treasurer")
    head("BIRTHDAYS")
    document.add_paragraph("Happy birthday in May to Carol Jones, Rita Beddoes and Elaine Morgan.")
    head("OUTINGS")
    document.add_paragraph("Coach trip to Chatsworth House and gardens on Thursday 17 July. \u00a336 including "
                           "entry; the coach leaves the village hall at 8.30am. Names and money to Rita by the "
                           "June meeting, please.")
    head("PROGRAMME FOR THE REST OF 2025")
    _grid(document, [["Date", "Speaker or event"],
                      ["11 June", "Bees and beekeeping \u2013 Alan Preece"],
                      ["9 July", "Garden party at Upper Farm, Chorley"],
                      ["10 September", "The history of Shropshire pubs \u2013 Dr Ian Corbett"],
                      ["8 October", "Resolutions meeting and bring and buy"],
                      ["12 November", "Christmas wreath making"],
                      ["10 December", "Christmas supper (members only)"]], head_row=False)
    head("RESOLUTIONS")
    document.add_paragraph("The national resolution for 2025 calls for better public toilet provision. "
                           "Federation will send briefing notes before our October meeting, when we will "
                           "discuss it and decide how our delegate should vote at the Annual Meeting.")
    head("COMMITTEE")
    for line in ("President: Jean Hammonds, 01632 960371",
                 "Secretary: Gwen Bayliss, 01632 960377",
                 "Treasurer: Anne Pritchard, 01632 960384",
                 "Ask Me coordinator: Sue Davies, 01632 960392",
                 "Outings: Rita Beddoes, 01632 960365"):
        _styled(document, line, space_after=0)
    _save_docx(document, out / "stottesdon-chorley-wi-newsletter-may-2025.docx", "Stottesdon & Chorley WI "
               "Newsletter, May 2025", "Gwen Bayliss")


# ------------------ 6. A hospice's supporter newsletter (Word, layout tables, Heading 2 in cells)

def churnet_valley_hospice_matters(out: Path) -> None:
    """A hospice's supporter newsletter (Word, a shaded two-cell masthead table, then a borderless
    two-column layout table with the lead story in the wide cell and an 'In brief' sidebar with
    lottery winners and dates in the narrow shaded cell, then full-width Heading 2 articles, a
    fundraising table and a shops table with addresses and opening hours): header with the hospice and
    the newsletter and season, footer with the charity number, the address and postcode, the phone
    and the page number; 'Keeping our shops safe' in the lead cell (one piece of work with results: the
    hospice's retail team with Staffordshire Police's Moorlands Local Policing Team and Cheshire
    Constabulary's Congleton and Macclesfield neighbourhood officers), the sidebar (patients cared
    for, a garden opened, the lottery, dates: not work, not metrics), 'When a death is sudden' (one
    piece of work with results: the hospice's bereavement team with Staffordshire Police's coroner's
    officers), 'You raised' as a table (not metrics), a gift in your will (not work) and our shops as a
    table (not metrics)."""
    import docx
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    _recolour_heading(document, 2, "5A2D82", size=13)
    _recolour_heading(document, 3, "5A2D82", size=11)
    _header_footer(document, "Churnet Valley Hospice  |  Hospice Matters  |  Summer 2025",
                   "Churnet Valley Hospice, Ashbourne Road, Leek ST13 5QR. Registered charity no. 1049188. "
                   "01632 960600.")
    mast = document.add_table(rows=1, cols=2)
    mast.style = "Table Grid"
    left, right = mast.rows[0].cells
    _shade(left, "5A2D82")
    _shade(right, "EDE4F3")
    left.text = ""
    run = left.paragraphs[0].add_run("Hospice Matters")
    run.bold = True
    run.font.size = Pt(22)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    right.text = ""
    right.paragraphs[0].add_run("Summer 2025").bold = True
    right.add_paragraph("News for the supporters of Churnet Valley Hospice")
    right.add_paragraph("Caring for people in the Staffordshire Moorlands and east Cheshire since 1991")
    document.add_paragraph()
    layout = document.add_table(rows=1, cols=2)
    _no_borders(layout)
    main, side = layout.rows[0].cells
    main.width = docx.shared.Cm(11.2)
    side.width = docx.shared.Cm(5.4)
    _shade(side, "F4EFF8")
    main.text = ""
    main.paragraphs[0].add_run("Welcome from our Chief Executive").italic = True
    main.add_paragraph("Thank you for standing by us through a hard year for hospices everywhere. Your gifts, "
                       "your shopping and your fundraising paid for two thirds of the care we gave. Fiona "
                       "Mellor, Chief Executive")
    main.add_paragraph("Keeping our shops safe", style="Heading 2")
    main.add_paragraph("Our 11 shops in Leek, Cheadle, Biddulph, Congleton and Macclesfield are run by nine "
                       "paid managers and more than 300 volunteers. In 2023/24 our volunteers logged 63 "
                       "incidents of abuse or threats, most of them when they challenged someone who was "
                       "stealing, and some told us they no longer felt safe on the till.")
    main.add_paragraph("Last summer our retail team asked both local forces for help. Officers from "
                       "Staffordshire Police's Moorlands Local Policing Team and Cheshire Constabulary's "
                       "Congleton and Macclesfield neighbourhood teams came into every shop to train our "
                       "volunteers in how to handle a theft safely and how to report it, our Leek and "
                       "Macclesfield shops joined the towns' ShopWatch radio schemes, and officers added our "
                       "shops to their daily foot patrols.")
    main.add_paragraph("In 2024/25 incidents of abuse or threats against our shop volunteers fell from 63 to "
                       "24, and thefts reported from our shops fell from 48 to 29. Volunteer Brenda, who has "
                       "worked the till in Biddulph for 12 years, says she feels safe again.")
    side.text = ""
    side.paragraphs[0].add_run("In brief").bold = True
    for text in ("We cared for 1,284 patients and their families in 2024/25, at the hospice, in day therapy "
                 "and at home.",
                 "Our new Inpatient Unit garden, designed with patients, opened in May.",
                 "Hospice Lottery: our weekly top prize is \u00a31,000. Recent winners include Mrs P of Leek "
                 "and Mr D of Congleton.",
                 "Midsummer Walk: Saturday 21 June 2025, 9pm, from Leek Cattle Market.",
                 "Light up a Life: Sunday 7 December 2025, St Edward's Church, Leek."):
        side.add_paragraph(text)
    document.add_paragraph()
    document.add_heading("When a death is sudden", level=2)
    document.add_paragraph("Families bereaved by a sudden or unexpected death, whether a suicide, a road "
                           "collision or a death at home, are not our patients, and until last year they often "
                           "waited months for any bereavement support at all.")
    document.add_paragraph("Since October 2024 our bereavement team has worked with Staffordshire Police's "
                           "coroner's officers in the Moorlands. When officers visit a family after a sudden "
                           "death, they ask whether the family would like a call from us, and with the "
                           "family's permission they pass on their details the same day. One of our "
                           "bereavement workers rings within three days, offers counselling or a place in a "
                           "support group, and helps with what happens next, from the inquest to telling the "
                           "children.")
    document.add_paragraph("In the first eight months, 143 families were referred to us and 112 took up our "
                           "support. The wait for a first call fell from six weeks to two days, and 91% of "
                           "families who answered our survey said the support had helped.")
    document.add_heading("You raised", level=2)
    _grid(document, [["Event or appeal, 2024/25", "Raised (\u00a3)"],
                     ["Midsummer Walk", "48,310"],
                     ["Roaches Challenge", "21,760"],
                     ["Light up a Life", "17,205"],
                     ["Christmas raffle", "9,880"],
                     ["Hospice Lottery (net)", "212,400"]], header_fill="EDE4F3")
    document.add_heading("A gift in your will", level=2)
    document.add_paragraph("One in four of our nurses is paid for by gifts in wills. If you would like to "
                           "remember the hospice, our legacy officer, Gareth Hulme, can send you our free "
                           "guide: call 01632 960614.")
    document.add_heading("Our shops", level=2)
    _grid(document, [["Shop", "Address", "Open"],
                     ["Leek (furniture)", "Haywood Street, ST13 5JX", "Mon to Sat 9.30am to 4.30pm"],
                     ["Cheadle", "High Street, ST10 1AA", "Mon to Sat 9am to 4pm"],
                     ["Biddulph", "High Street, ST8 6AR", "Mon to Sat 9am to 4pm"],
                     ["Congleton", "Lawton Street, CW12 1RS", "Mon to Sat 9.30am to 4.30pm"],
                     ["Macclesfield", "Chestergate, SK11 6BX", "Mon to Sat 9.30am to 5pm"]], header_fill="EDE4F3")
    _styled(document, "Donations of clothes, books and bric-a-brac are welcome at every shop. For furniture "
                      "collections call 01632 960622.", italic=True, size=9)
    _save_docx(document, out / "churnet-valley-hospice-hospice-matters-summer-2025.docx",
               "Hospice Matters, Summer 2025", "Churnet Valley Hospice")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    wyre_haven_port_security_report(out)
    tyldesley_astley_food_bank_larder(out)
    bain_valley_open_day_programme(out)
    aireborough_rufc_annual_report(out)
    stottesdon_chorley_wi_newsletter(out)
    churnet_valley_hospice_matters(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
