"""Write the binary documents of the twenty-third held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout23/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a heritage railway
preservation society's members' magazine, a seaside pier trust's season review, a district
council's council tax leaflet, a self-advocacy group's easy read annual report, a probation
delivery unit's Community Payback update for partners and a Young Farmers' federation's annual
report to its AGM. The HTML, Markdown and plain-text documents beside this script are written by
hand; manifest.json lists every document's intended initiatives.

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
from reportlab.lib.pagesizes import A4, landscape
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


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", zebra=None, right_cols=()):
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


def _two_pass(path: Path, build_doc, story_fn) -> None:
    """Build twice so that the footer can print 'page n of m'."""
    total = None
    for _ in range(2):
        sink = io.BytesIO()
        doc = build_doc(sink, total)
        doc.build(story_fn())
        total = doc.page
    path.write_bytes(sink.getvalue())


# ------------------ 1. A heritage railway society's members' magazine (PDF, A4, masthead over two columns)

BV_GREEN = colors.HexColor("#1f4d2b")
BV_CREAM = colors.HexColor("#f4ecd6")
BV_MAROON = colors.HexColor("#7a1f2b")
BV_BODY = ParagraphStyle("bvbody", fontName="Times-Roman", fontSize=9.6, leading=12.4, spaceAfter=5)
BV_CELL = ParagraphStyle("bvcell", parent=BV_BODY, fontSize=8.4, leading=10.2, spaceAfter=0)
BV_CELLB = ParagraphStyle("bvcellb", parent=BV_CELL, fontName="Times-Bold", textColor=colors.white)
BV_MAST = ParagraphStyle("bvmast", parent=BV_BODY, fontName="Times-BoldItalic", fontSize=34, leading=36,
                         textColor=BV_CREAM, spaceAfter=2)
BV_MASTSUB = ParagraphStyle("bvmastsub", parent=BV_BODY, fontName="Helvetica", fontSize=8.6, leading=11,
                            textColor=BV_CREAM, spaceAfter=0)
BV_H = ParagraphStyle("bvh", parent=BV_BODY, fontName="Helvetica-Bold", fontSize=12, leading=14.4,
                      textColor=BV_GREEN, spaceBefore=7, spaceAfter=3, keepWithNext=1)
BV_STAND = ParagraphStyle("bvstand", parent=BV_BODY, fontName="Times-Italic", fontSize=10.2, leading=12.8,
                          textColor=BV_MAROON, spaceAfter=4, keepWithNext=1)
BV_STAT = ParagraphStyle("bvstat", parent=BV_BODY, fontName="Times-Bold", fontSize=9.6, leading=12.2,
                         leftIndent=8, textColor=BV_MAROON, spaceAfter=2)
BV_BUL = ParagraphStyle("bvbul", parent=BV_BODY, leftIndent=10, bulletIndent=0, spaceAfter=1.5)
BV_SIG = ParagraphStyle("bvsig", parent=BV_BODY, fontName="Times-Italic", alignment=2, spaceAfter=6)
BV_QUOTE = ParagraphStyle("bvquote", parent=BV_BODY, fontName="Times-Italic", leftIndent=10, rightIndent=6,
                          textColor=colors.HexColor("#333333"))


def _bv_page_factory(total):
    def _bv_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page > 1:
            canvas.setFillColor(BV_GREEN)
            canvas.setFont("Helvetica-Bold", 7.8)
            canvas.drawString(40, height - 30, "BRANCH LINES  \u00b7  No. 148  \u00b7  Autumn 2025")
            canvas.setFont("Helvetica", 7.8)
            canvas.drawRightString(width - 40, height - 30, "Brue Valley Railway Society")
            canvas.setStrokeColor(BV_MAROON)
            canvas.setLineWidth(1.2)
            canvas.line(40, height - 36, width - 40, height - 36)
        canvas.setStrokeColor(BV_GREEN)
        canvas.setLineWidth(0.5)
        canvas.line(40, 44, width - 40, 44)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(40, 34, "Brue Valley Railway Society Ltd, a company limited by guarantee (no. 02916604) "
                                  "and registered charity (no. 1043318).")
        canvas.drawString(40, 25, "Registered office: Glastonbury Station, Station Road, Glastonbury BA6 9AE  "
                                  "\u00b7  Station office 01632 960154")
        canvas.setFont("Helvetica-Bold", 7.5)
        canvas.drawRightString(width - 40, 29, f"page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _bv_page


def _bv_story(full, col):
    p = lambda text, style=BV_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, BV_BUL, bulletText="\u2013")  # noqa: E731
    mast = Table([[[p("Branch Lines", BV_MAST),
                    p("THE MAGAZINE OF THE BRUE VALLEY RAILWAY SOCIETY  \u00b7  No. 148  \u00b7  AUTUMN 2025",
                      BV_MASTSUB),
                    p("Glastonbury \u2013 Ashcott \u2013 Shapwick \u2013 Westhay  \u00b7  Free to members",
                      BV_MASTSUB)]]], colWidths=[full])
    mast.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BV_GREEN),
                              ("LINEBELOW", (0, 0), (-1, -1), 3, BV_MAROON),
                              ("LEFTPADDING", (0, 0), (-1, -1), 12), ("TOPPADDING", (0, 0), (-1, -1), 8),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    fares = _table([["Santa Specials 2025", "Fare"],
                    ["Adult", "\u00a318.00"],
                    ["Child (2\u201315), with a present from Santa", "\u00a314.50"],
                    ["Under 2, on a lap", "Free"],
                    ["Members (card to be shown)", "\u00a39.00"]],
                   [col - 62, 62], BV_CELL, BV_GREEN, BV_CELLB, grid="#b9ad8c", zebra=BV_CREAM)
    subs = _table([["Membership from 1 January 2026", "Annual"],
                   ["Adult", "\u00a328.00"],
                   ["Senior (65 and over)", "\u00a322.00"],
                   ["Family (two adults and children under 16)", "\u00a345.00"],
                   ["Junior (8\u201317)", "\u00a310.00"],
                   ["Life membership", "\u00a3420.00"]],
                  [col - 62, 62], BV_CELL, BV_GREEN, BV_CELLB, grid="#b9ad8c", zebra=BV_CREAM)
    return [
        mast,
        FrameBreak(),
        NextPageTemplate("later"),
        p("From the Chairman", BV_H),
        p("The 2025 running season ended on 26 October with the last of the Ghost Trains, and what a season it "
          "was. We carried 38,412 passengers, our best year since the line reopened to Westhay in 2009, and for "
          "the first time every timetabled train ran, thanks in part to the loan of a second tank engine from "
          "our friends at Cranmore. My thanks go to the 240 working members who turned out on 112 running "
          "days, and to the shop, buffet and booking office teams who kept the money coming in."),
        p("This issue carries two stories I am especially glad to tell, one about the police and one about our "
          "crossings. Both show that a railway run by volunteers can look after its neighbours as well as its "
          "engines."),
        p("Martin Pryce, Chairman", BV_SIG),
        p("Loco Report", BV_H),
        p("No. 5 <i>Sedgemoor</i>, our Peckett 0-4-0 saddle tank, ran 3,940 miles this season and is now stopped "
          "for her ten-year overhaul. The boiler has gone to Bridgwater for a new firebox and tubes, and we expect "
          "it back in the spring of 2027. The Class 03 diesel shunter had new injectors fitted in June and "
          "covered the Wednesday trains in August. The overhaul appeal stands at \u00a361,250 towards its target "
          "of \u00a3148,000."),
        p("Operation Copperline: cable thieves caught", BV_H),
        p("How our permanent way gang and the police stopped a winter of thefts", BV_STAND),
        p("Between November 2024 and February 2025 thieves struck the line five times, taking lengths of "
          "signalling cable and scrap rail chairs from the lineside between Ashcott and Shapwick. Each theft "
          "cost us days of repairs and, on the first Santa Special weekend, a cancelled train. In January Avon "
          "and Somerset Police's Rural Crime Team, based at Glastonbury, set up Operation Copperline with our "
          "permanent way gang."),
        p("Officers fitted covert cameras with 4G alerts at the three places the thieves had used. Our volunteers "
          "walked the line at dusk twice a week and passed the registrations of vans parked on the droves "
          "straight to the team's rural crime officers, and the team visited every scrap metal dealer within "
          "30 miles with photographs of our cable. On 14 March a camera alert brought officers to Shapwick "
          "Drove within eleven minutes, and they arrested two men with 60 metres of our cable in their van."),
        p("Two men convicted at Taunton Crown Court in July", BV_STAT),
        p("Cable thefts on the line since March: none", BV_STAT),
        p("\u201cWe know every inch of this line, and now the thieves know we do,\u201d says ganger Phil Coombes, "
          "who led the dusk walks.", BV_QUOTE),
        p("Stop, Look, Listen at our crossings", BV_H),
        p("Our own campaign after a summer of near misses", BV_STAND),
        p("The line crosses five public roads and nine farm and foot crossings. In 2024 our drivers reported 17 "
          "near misses, most of them at the open crossing on Westhay Moor Drove and at the footpath crossing by "
          "the old peat works, where walkers and cyclists do not expect a train. This year the Society ran its "
          "own campaign, Stop, Look, Listen."),
        p("Our education officer and the volunteer crossing keepers visited nine primary schools along the line "
          "with a talk and a working model crossing; a keeper staffed the Westhay crossing on every running day "
          "of the school holidays; and we put up new whistle boards and \u2018Look both ways\u2019 signs at all "
          "nine foot and farm crossings, paid for by the Brue Valley Railway Trust."),
        p("Near misses reported by drivers: 17 down to 4", BV_STAT),
        p("1,180 pupils heard the crossings talk", BV_STAT),
        p("Santa Specials 2025", BV_H),
        p("Trains run on 6, 7, 13, 14, 20 and 21 December from Glastonbury at 10.30am, 12.30pm and 2.30pm. "
          "Booking opens online on 1 November; last year every seat had gone by the end of the month."),
        fares,
        Spacer(1, 6),
        p("Membership 2026", BV_H),
        p("Council has agreed the first rise in subscriptions since 2022. Renewal forms are enclosed with this "
          "issue; members paying by standing order need do nothing."),
        subs,
        Spacer(1, 6),
        p("Working party diary", BV_H),
        b("Sat 8 Nov \u2013 drainage, Ashcott cutting (meet 9am at Ashcott)"),
        b("Sun 16 Nov \u2013 platform fencing, Westhay"),
        b("Sat 22 Nov \u2013 Santa grotto build, Glastonbury goods shed"),
        b("Sat 10 Jan \u2013 vegetation clearance, Shapwick bank"),
        p("Obituary: Ron Tuckett (1938\u20132025)", BV_H),
        p("Ron joined the Society in 1976, when the trackbed was still under brambles, and was its treasurer for "
          "nineteen years. Many of us learned to fire an engine under his eye. He died peacefully on "
          "2 September, and his funeral at St John's, Glastonbury, was followed by a run of his favourite "
          "engine to Westhay and back."),
        p("Letters", BV_H),
        p("<i>Sir,</i> \u2013 may I through your pages thank the crew of the 2.15pm from Glastonbury on 17 August, "
          "who held the train at Shapwick while my granddaughter, who had been taken ill, was met by her parents? "
          "Nothing was too much trouble. \u2013 <i>Mrs J. Pollard, Street</i>"),
        p("<i>Sir,</i> \u2013 is there any prospect of the buffet selling a decent pasty again? \u2013 <i>G. Harvey, "
          "Meare</i>. <i>The buffet manager replies: from the Santa Specials, yes.</i>"),
        p("From the archive: fifty years ago", BV_H),
        p("The autumn 1975 issue, all four duplicated pages of it, reported the Society's first working party: "
          "eleven members with slashers and a borrowed tractor cleared 400 yards of the trackbed at Ashcott, and "
          "the then secretary appealed for \u2018anyone with a lorry\u2019."),
        p("Notice of Annual General Meeting", BV_H),
        p("The 49th Annual General Meeting of the Brue Valley Railway Society Ltd will be held at Glastonbury Town "
          "Hall on Saturday 21 March 2026 at 2pm. Nominations for Council, signed by a proposer and a seconder, "
          "must reach the Company Secretary at the registered office by 31 January 2026."),
        p("Copy for the winter issue of Branch Lines to the editor, Sue Ashford, by 10 January please.", BV_SIG),
    ]


def brue_valley_branch_lines(out: Path) -> None:
    """A heritage railway preservation society's members' magazine (A4, a green masthead over two
    columns, Times body and Helvetica heads, a running head from page 2, a footer with the company and
    charity numbers, the registered office and postcode, the phone and 'page n of m'): the Chairman's
    notes (not work), the loco report (not work, not metrics), Operation Copperline (Avon and Somerset
    Police's Rural Crime Team with the Society's permanent way gang), Stop, Look, Listen (the Society's
    own crossings campaign; the trust that paid for signs is a funder), Santa Special fares and
    membership rates as tables (not metrics), a working party diary (future) and an obituary."""
    width, height = A4
    gap = 18
    full = width - 80
    col = (full - gap) / 2
    mast_h = 96

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=52,
                              title="Branch Lines No. 148, Autumn 2025", author="Brue Valley Railway Society",
                              invariant=1)
        first = [Frame(40, height - 40 - mast_h, full, mast_h, id="mast", leftPadding=0, rightPadding=0)]
        first += [Frame(40 + i * (col + gap), 52, col, height - 40 - mast_h - 52 - 6, id=f"a{i}",
                        leftPadding=0, rightPadding=0) for i in range(2)]
        later = [Frame(40 + i * (col + gap), 52, col, height - 46 - 52, id=f"b{i}", leftPadding=0,
                       rightPadding=0) for i in range(2)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_bv_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_bv_page_factory(total))])
        return doc

    _two_pass(out / "brue-valley-railway-branch-lines-autumn-2025.pdf", build, lambda: _bv_story(full, col))


# ------------------ 2. A seaside pier trust's season review (PDF, A4 landscape, three columns)

FP_NAVY = colors.HexColor("#14325c")
FP_SEA = colors.HexColor("#3d8fb8")
FP_SAND = colors.HexColor("#f6efe0")
FP_BODY = ParagraphStyle("fpbody", fontName="Helvetica", fontSize=8.3, leading=10.9, spaceAfter=4)
FP_CELL = ParagraphStyle("fpcell", parent=FP_BODY, fontSize=7.6, leading=9.2, spaceAfter=0)
FP_CELLB = ParagraphStyle("fpcellb", parent=FP_CELL, fontName="Helvetica-Bold", textColor=colors.white)
FP_H = ParagraphStyle("fph", parent=FP_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=13.5,
                      textColor=FP_NAVY, spaceBefore=5, spaceAfter=2, keepWithNext=1)
FP_KICK = ParagraphStyle("fpkick", parent=FP_BODY, fontName="Helvetica-Oblique", fontSize=8.3, leading=10.6,
                         textColor=FP_SEA, spaceAfter=3, keepWithNext=1)
FP_STAT = ParagraphStyle("fpstat", parent=FP_BODY, fontName="Helvetica-Bold", fontSize=8.6, leading=11,
                         textColor=FP_NAVY, spaceAfter=2)


def _fp_page_factory(total):
    def _fp_page(canvas, doc):
        width, height = landscape(A4)
        canvas.saveState()
        canvas.setFillColor(FP_NAVY)
        canvas.rect(0, height - 62, width, 62, stroke=0, fill=1)
        canvas.setFillColor(FP_SEA)
        canvas.rect(0, height - 66, width, 4, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 26)
        canvas.drawString(30, height - 40, "FELBAY PIER")
        canvas.setFont("Helvetica", 10)
        canvas.drawString(232, height - 30, "Season Review 2025")
        canvas.drawString(232, height - 44, "Easter to October, for our members, Friends and the town")
        canvas.setFont("Helvetica-Oblique", 8)
        canvas.drawRightString(width - 30, height - 30, "Open since 1902. Run by the town, for the town.")
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(30, 20, "Felbay Pier Trust, registered charity no. 1158842  \u00b7  Pier Office, The "
                                  "Promenade, Felbay NR27 9QJ  \u00b7  01632 960377  \u00b7  "
                                  "felbaypier.example.org.uk")
        canvas.drawRightString(width - 30, 20, f"Season Review 2025  \u00b7  {doc.page}/{total or '?'}")
        canvas.setStrokeColor(FP_SEA)
        canvas.setLineWidth(0.5)
        canvas.line(30, 30, width - 30, 30)
        canvas.restoreState()
    return _fp_page


def _fp_story(col):
    p = lambda text, style=FP_BODY: Paragraph(text, style)  # noqa: E731
    numbers = _table([["Season in numbers", "2024", "2025"],
                      ["Visitors through the gates", "388,900", "412,600"],
                      ["Angling day permits", "6,204", "6,877"],
                      ["Pavilion Theatre tickets", "41,350", "44,180"],
                      ["Volunteers", "112", "131"],
                      ["Friends of the Pier", "1,940", "2,115"]],
                     [col - 100, 50, 50], FP_CELL, FP_NAVY, FP_CELLB, grid="#a9c4d6", zebra=FP_SAND)
    return [
        p("From the Pier Master", FP_H),
        p("The pier opened for the season on 4 April and closed its gates on 2 November, after 213 days. The "
          "Easter storm took out 40 metres of handrail on the east side, which our volunteers replaced in nine "
          "days, and the new lift to the pier head opened in June. The summer season at the Pavilion Theatre "
          "sold 91% of its seats, and the amusements and the caf\u00e9 had their best year since 2018."),
        p("None of it would happen without the volunteers, who this year gave more than 19,000 hours. Thank you. "
          "\u2013 Dan Hewitt, Pier Master"),
        numbers,
        Spacer(1, 6),
        p("Pier Guardians", FP_H),
        p("Everyone on the pier trained to help someone in crisis", FP_KICK),
        p("A pier is a place people come to when they are at their lowest. In 2024 our staff found three people "
          "in distress at the pier head after dark, and the police were called to the pier eleven times over "
          "concern for someone's welfare. Over the winter we worked with Norfolk Constabulary's North Norfolk "
          "Safer Neighbourhood Team and the Samaritans' Norwich branch on Pier Guardians."),
        p("All 46 staff and 131 volunteers have now had the Samaritans' half-day course on noticing someone who "
          "is struggling and starting a conversation, and the Safer Neighbourhood Team's officers taught the "
          "part on when to call 999 and what happens next. The Samaritans' number is on signs at the pier head, "
          "the lifebuoys are checked at every change of shift, and the gates now close at dusk outside the "
          "theatre season."),
        p("17 people helped by a Pier Guardian this season", FP_STAT),
        p("Every one of them left the pier safely, with family, friends, the ambulance service or the police."),
        p("Operation Boardwalk", FP_H),
        p("Summer evenings at the pier head", FP_KICK),
        p("Last summer groups of teenagers were jumping from the pier head at high tide, a few feet from the old "
          "iron piles, and there were fights on the deck on Friday and Saturday nights. In July and August this "
          "year the Safer Neighbourhood Team ran Operation Boardwalk with our security staff and the Felbay "
          "Coastguard Rescue Team."),
        p("Officers and our security staff patrolled the pier together on Friday and Saturday evenings, and the "
          "officers gave Community Protection Warnings to the few who came back week after week. The coastguard "
          "volunteers spent the same evenings on the deck and on the beach talking to young people about cold "
          "water shock and what lies under the water at the pier head."),
        p("Jumps from the pier head: 26 in 2024, 3 in 2025", FP_STAT),
        p("Anti-social behaviour reports: 58 down to 19", FP_STAT),
        p("A Safe Zone for lost children", FP_H),
        p("New this year, and our own idea", FP_KICK),
        p("Every child under ten coming through the gates could have a free wristband with a parent's phone "
          "number written on it, and a child found alone is now taken to a Safe Zone at the Pavilion box office, "
          "where staff ring the number, rather than waiting at the gate. Sixty-three children were reported "
          "lost this season. All 63 were back with their families, on average within 12 minutes, against 31 "
          "minutes last year."),
        p("Angling Festival", FP_H),
        p("The 44th Felbay Open on 13 and 14 September drew 186 anglers. The heaviest bag, 14lb 6oz of whiting "
          "and dab, went to Steve Gotts of Cromer, and junior champion was Maisie Rudd, aged 11."),
        p("Winter works", FP_H),
        p("From November the trust will repaint the western kiosks and replace 600 deck boards at a cost of "
          "\u00a386,000, of which \u00a350,000 comes from the National Lottery Heritage Fund. The pier will be "
          "open at weekends only until the February half term."),
        p("Become a Friend", FP_H),
        p("Friends pay \u00a324 a year (\u00a340 for a household) and get free entry to the deck, 10% off in the "
          "caf\u00e9 and priority booking for the summer shows. Join at the Pier Office or online."),
    ]


def felbay_pier_season_review(out: Path) -> None:
    """A seaside pier trust's season review (A4 landscape, a navy band across the top drawn on the
    canvas, three columns, Helvetica; a footer with the charity number, the pier office address and
    postcode, the phone, the web address and 'n/m'): the Pier Master's report (not work), season in
    numbers as a table (not metrics), Pier Guardians (the trust with Norfolk Constabulary's North
    Norfolk Safer Neighbourhood Team and the Samaritans), Operation Boardwalk (the same team with the
    trust's security staff and the Felbay Coastguard Rescue Team), the Safe Zone for lost children
    (the trust's own, no force), the angling festival (not metrics), winter works (future) and Friends."""
    width, height = landscape(A4)
    gap = 16
    full = width - 60
    col = (full - 2 * gap) / 3
    top = height - 76

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=landscape(A4), leftMargin=30, rightMargin=30, topMargin=76,
                              bottomMargin=38, title="Felbay Pier Season Review 2025", author="Felbay Pier Trust",
                              invariant=1)
        frames = [Frame(30 + i * (col + gap), 38, col, top - 38, id=f"c{i}", leftPadding=0, rightPadding=0)
                  for i in range(3)]
        doc.addPageTemplates([PageTemplate("page", frames=frames, onPage=_fp_page_factory(total))])
        return doc

    _two_pass(out / "felbay-pier-trust-season-review-2025.pdf", build, lambda: _fp_story(col))


# ------------------ 3. A district council's council tax leaflet (PDF, A4, full-width top over two columns)

CD_TEAL = colors.HexColor("#00606b")
CD_PALE = colors.HexColor("#e5f1f2")
CD_BODY = ParagraphStyle("cdbody", fontName="Helvetica", fontSize=8.8, leading=11.6, spaceAfter=5)
CD_CELL = ParagraphStyle("cdcell", parent=CD_BODY, fontSize=7.8, leading=9.4, spaceAfter=0, alignment=2)
CD_CELLL = ParagraphStyle("cdcelll", parent=CD_CELL, alignment=0)
CD_CELLB = ParagraphStyle("cdcellb", parent=CD_CELL, fontName="Helvetica-Bold", textColor=colors.white)
CD_TITLE = ParagraphStyle("cdtitle", parent=CD_BODY, fontName="Helvetica-Bold", fontSize=24, leading=27,
                          textColor=CD_TEAL, spaceAfter=2)
CD_SUB = ParagraphStyle("cdsub", parent=CD_BODY, fontSize=11, leading=14, textColor=colors.HexColor("#333333"),
                        spaceAfter=8)
CD_H = ParagraphStyle("cdh", parent=CD_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                      textColor=CD_TEAL, spaceBefore=6, spaceAfter=3, keepWithNext=1)
CD_BUL = ParagraphStyle("cdbul", parent=CD_BODY, leftIndent=10, bulletIndent=0, spaceAfter=2)
CD_SMALL = ParagraphStyle("cdsmall", parent=CD_BODY, fontSize=7.6, leading=9.6,
                          textColor=colors.HexColor("#444444"))

BAND_RATIOS = [("A", "up to \u00a340,000", 6), ("B", "\u00a340,001 to \u00a352,000", 7),
               ("C", "\u00a352,001 to \u00a368,000", 8), ("D", "\u00a368,001 to \u00a388,000", 9),
               ("E", "\u00a388,001 to \u00a3120,000", 11), ("F", "\u00a3120,001 to \u00a3160,000", 13),
               ("G", "\u00a3160,001 to \u00a3320,000", 15), ("H", "over \u00a3320,000", 18)]
BAND_D = [("Cuckmere District Council", 21432), ("East Sussex County Council", 188757),
          ("Sussex Police and Crime Commissioner", 27895), ("East Sussex Fire Authority", 11249)]


def _money(pence: int) -> str:
    return f"\u00a3{pence // 100:,}.{pence % 100:02d}"


def _band_rows():
    rows = [["Band", "Value on 1 April 1991", "District", "County", "Police", "Fire", "Total"]]
    for band, value, ninths in BAND_RATIOS:
        parts = [(amount * ninths + 4) // 9 for _, amount in BAND_D]
        rows.append([band, value] + [_money(x) for x in parts] + [_money(sum(parts))])
    return rows


def _cd_page_factory(total):
    def _cd_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(CD_TEAL)
        canvas.rect(0, height - 30, width, 30, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(40, height - 20, "Cuckmere District Council")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawRightString(width - 40, height - 20, "Council Tax 2026/27")
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setFont("Helvetica", 7)
        canvas.drawString(40, 26, "Cuckmere District Council, Cuckmere House, Dittons Road, Polegate BN26 6HR  "
                                  "\u00b7  Council tax 01632 960226  \u00b7  cuckmere.example.gov.uk/counciltax")
        canvas.drawRightString(width - 40, 26, f"{doc.page} of {total or '?'}")
        canvas.restoreState()
    return _cd_page


def _cd_story(full, col):
    p = lambda text, style=CD_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, CD_BUL, bulletText="\u2022")  # noqa: E731
    bands = _band_rows()
    band_table = Table([[Paragraph(c, CD_CELLB if r == 0 else (CD_CELLL if i < 2 else CD_CELL))
                         for i, c in enumerate(row)] for r, row in enumerate(bands)],
                       colWidths=[36, 118] + [(full - 154) / 5] * 5, repeatRows=1)
    band_table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9cc3c7")),
                                    ("BACKGROUND", (0, 0), (-1, 0), CD_TEAL),
                                    ("BACKGROUND", (0, 4), (-1, 4), CD_PALE),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    spend = _table([["Cuckmere District Council", "2025/26", "2026/27"],
                    ["Waste and recycling", "\u00a36.02m", "\u00a36.14m"],
                    ["Housing and homelessness", "\u00a33.96m", "\u00a34.31m"],
                    ["Planning and building control", "\u00a32.88m", "\u00a32.93m"],
                    ["Leisure, parks and open spaces", "\u00a32.21m", "\u00a32.17m"],
                    ["Environmental health and community safety", "\u00a31.37m", "\u00a31.42m"],
                    ["Running the council", "\u00a31.49m", "\u00a31.62m"],
                    ["Net budget", "\u00a317.93m", "\u00a318.59m"]],
                   [col - 104, 52, 52], CD_CELLL, CD_TEAL, CD_CELLB, grid="#9cc3c7", zebra=CD_PALE)
    return [
        p("Your Council Tax 2026/27", CD_TITLE),
        p("What you pay, who it goes to and how to get help with your bill", CD_SUB),
        p("Cuckmere District Council collects council tax for itself and for East Sussex County Council, the "
          "Sussex Police and Crime Commissioner, East Sussex Fire Authority and the town and parish councils. "
          "Your bill for 2026/27 comes with this leaflet. For a Band D home without a town or parish council the "
          "total is \u00a32,493.33, a rise of \u00a3114.96 (4.83%). Of every \u00a31 you pay, the district keeps "
          "9p; the county council receives 76p, the police 11p and the fire service 4p."),
        p("The charge for each band, before any town or parish precept, is:"),
        band_table,
        Spacer(1, 4),
        p("Town and parish council charges are shown on your bill and listed on our website.", CD_SMALL),
        FrameBreak(),
        NextPageTemplate("later"),
        p("Cuckmere District Council", CD_H),
        p("Our part of your bill rises by \u00a36.24 for a Band D home, to \u00a3214.32, an increase of 2.99%. "
          "The council has had to find \u00a31.1 million in savings for 2026/27, mostly by sharing back-office "
          "services with a neighbouring council and by moving the garden waste service to a new contract. We "
          "have protected weekly food waste collections and the Hailsham and Polegate leisure centres."),
        spend,
        Spacer(1, 4),
        p("Councillor Jo Ferris, Leader of the Council", CD_SMALL),
        p("East Sussex County Council", CD_H),
        p("The county council's charge rises by 4.99%, of which 2% is the adult social care precept, which must "
          "be spent on care for older and disabled adults. Adult social care and children's services together "
          "take 71p of every pound the county council spends. Its budget for 2026/27 is \u00a3612.4 million."),
        p("Sussex Police and Crime Commissioner", CD_H),
        p("The policing part of a Band D bill rises by \u00a314 a year, to \u00a3278.95, the most the government "
          "allows without a referendum. Together with the government's grant it gives Sussex Police a budget of "
          "\u00a3431.6 million for 2026/27."),
        p("I have asked the Chief Constable to use the extra money to keep officer numbers at their present level, "
          "to recruit 40 more PCSOs for the neighbourhood teams and to answer 101 calls faster. I will hold the "
          "Chief Constable to account for this at my public Performance and Accountability Meetings, which you "
          "can watch online."),
        p("East Sussex Fire Authority", CD_H),
        p("The fire authority's charge rises by \u00a35.00 for a Band D home, to \u00a3112.49. The authority "
          "will use it to replace two fire engines and to keep all 24 fire stations open."),
        p("Discounts, exemptions and help", CD_H),
        b("<b>Single person discount</b>: 25% off if you are the only adult in your home."),
        b("<b>Council Tax Reduction</b>: help for people on a low income, whether or not they work."),
        b("<b>Disabled band reduction</b>: if your home has been adapted for a disabled person."),
        b("<b>Exemptions</b>: for example homes where everyone is a full-time student."),
        p("If you are finding it hard to pay, please contact us as soon as you can. We can spread your bill over "
          "12 months instead of 10 and point you to free debt advice."),
        p("Ways to pay", CD_H),
        p("Direct Debit on the 1st, 8th, 15th or 22nd of the month; online at cuckmere.example.gov.uk/pay; by "
          "phone on our 24-hour payment line, 01632 960227; or with the barcode on your bill at any Post Office or "
          "PayPoint."),
        p("Appeals", CD_H),
        p("If you think your home is in the wrong band, contact the Valuation Office Agency. You must keep paying "
          "your bill while your appeal is considered."),
        p("Council tax fraud", CD_H),
        p("Claiming a discount you are not entitled to is fraud. If you think someone is doing so, tell us in "
          "confidence on 01632 960229."),
        p("Contact us", CD_H),
        p("Online: set up a council tax account at cuckmere.example.gov.uk/myaccount to see your bill, change "
          "your payment dates and tell us when you move."),
        p("Phone: 01632 960226, Monday to Friday 9am to 5pm (Wednesday from 10am)."),
        p("In person: Cuckmere House, Dittons Road, Polegate BN26 6HR, Monday to Thursday 9am to 4pm, by "
          "appointment."),
        p("This leaflet is available in large print and other languages on request.", CD_SMALL),
    ]


def cuckmere_council_tax_leaflet(out: Path) -> None:
    """A district council's council tax explanatory leaflet (A4, a teal band at the top of every page,
    a full-width title, introduction and band table on page 1, then two columns; a footer with the
    council's address and postcode, the council tax phone and web address and 'n of m'): the bill, the
    band charges for each preceptor (not metrics), the district's statement with its budget table, the
    county council's, the police and crime commissioner's (plans only: future) and the fire authority's
    statements, discounts, ways to pay, appeals and fraud (notices). No piece of work."""
    width, height = A4
    gap = 18
    full = width - 80
    col = (full - gap) / 2
    top_h = 330

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=44, bottomMargin=40,
                              title="Your Council Tax 2026/27", author="Cuckmere District Council", invariant=1)
        first = [Frame(40, height - 44 - top_h, full, top_h, id="top", leftPadding=0, rightPadding=0)]
        first += [Frame(40 + i * (col + gap), 40, col, height - 44 - top_h - 40 - 8, id=f"a{i}",
                        leftPadding=0, rightPadding=0) for i in range(2)]
        later = [Frame(40 + i * (col + gap), 40, col, height - 44 - 40, id=f"b{i}", leftPadding=0,
                       rightPadding=0) for i in range(2)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_cd_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_cd_page_factory(total))])
        return doc

    _two_pass(out / "cuckmere-district-council-your-council-tax-2026-27.pdf", build, lambda: _cd_story(full, col))


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
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER if header_align == "center" else WD_ALIGN_PARAGRAPH.RIGHT
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
            space_before=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
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


# ------------------ 4. A self-advocacy group's easy read annual report (Word, borderless picture tables)

def speak_up_ribble_annual_report(out: Path) -> None:
    """A self-advocacy group's annual report in easy read (Word, Arial 14, no heading styles: big bold
    coloured paragraphs as heads, and every section as a borderless two-column table with a picture
    description on the left and one or two short sentences on the right): header with the group and
    'easy read', footer with the charity number, the address and postcode, the phone and the page
    number; about us and our meetings (not work, not metrics), Talk To Me (the group's members with
    Lancashire Constabulary's learning and development team, training call handlers and student
    officers), Travel Buddies (the group's own, no force; the PCC paid for it: a funder), other things
    we did (not work), our money (not metrics), thank you (funders) and next year (future)."""
    from docx import Document
    from docx.shared import Pt, Cm

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(14)
    _header_footer(document, "Speak Up Ribble \u2013 Annual Report 2024 to 2025 \u2013 Easy read",
                   "Speak Up Ribble, registered charity no. 1129074. 2 Lune Street, Preston PR1 2NL. "
                   "Phone 01632 960618.")

    def head(text):
        _styled(document, text, size=20, bold=True, color="6A1B9A", space_before=14, space_after=6)

    def rows(items):
        table = document.add_table(rows=0, cols=2)
        _no_borders(table)
        for picture, text in items:
            cells = table.add_row().cells
            cells[0].width = Cm(4)
            cells[1].width = Cm(12)
            run = cells[0].paragraphs[0].add_run(picture)
            run.italic = True
            run.font.size = Pt(10)
            lines = text if isinstance(text, list) else [text]
            cells[1].paragraphs[0].add_run(lines[0])
            for line in lines[1:]:
                cells[1].add_paragraph(line)
        document.add_paragraph()

    _styled(document, "Speak Up Ribble", size=28, bold=True, color="6A1B9A", space_after=2)
    _styled(document, "Our Annual Report", size=22, bold=True, space_after=2)
    _styled(document, "April 2024 to March 2025", size=16, space_after=12)
    rows([("[Picture: a book with the word 'easy read' on it]",
           "This report is in easy read. Hard words are explained at the end.")])
    head("About us")
    rows([("[Picture: people sitting round a table]",
           "Speak Up Ribble is a self-advocacy group in Preston."),
          ("[Picture: a woman speaking into a microphone]",
           "Self-advocacy means speaking up for yourself and making your own choices."),
          ("[Picture: a group of smiling people]",
           ["The group is run by people with learning disabilities.",
            "We have 58 members and 4 staff who support us."])])
    head("Our meetings")
    rows([("[Picture: a calendar]",
           "We meet every Wednesday at our office on Lune Street. We had 46 meetings this year."),
          ("[Picture: people voting with hands up]",
           "Members choose what we talk about and what we work on next.")])
    head("Talk To Me: teaching the police")
    rows([("[Picture: a man on the phone looking worried]",
           "Some members told us that when they rang 101 or reported hate crime, the police did not "
           "listen to them or talked too fast."),
          ("[Picture: a police officer and a woman talking]",
           ["So from September 2024 our members have been teaching the police.",
            "We teach Lancashire Constabulary's new call handlers and student police officers. "
            "We call the training Talk To Me."]),
          ("[Picture: a training room with a screen]",
           ["Six members are trainers. They tell their own stories.",
            "They show the police how to use easy words, give people more time and check they have "
            "understood.",
            "A trainer from the police learning and development team runs each session with us."]),
          ("[Picture: a tick]",
           ["What happened:",
            "212 police call handlers and student officers did the training.",
            "Before, 9 of our members said they would tell the police about hate crime. Now 34 members say "
            "they would.",
            "Members reported 14 hate crimes to the police this year. The year before it was 3."])])
    head("Travel Buddies")
    rows([("[Picture: a bus at a bus stop]",
           "Getting the bus can be scary. Some members had been bullied or had money taken on the bus."),
          ("[Picture: two people sitting together on a bus]",
           ["In June 2024 we started Travel Buddies.",
            "Members who are confident on the bus learn to be buddies. A buddy travels with a new member "
            "until they feel safe on their own."]),
          ("[Picture: a card with a phone number on it]",
           "We made a card with your name, where you are going and a number to ring if something goes wrong. "
           "You can show it to the driver."),
          ("[Picture: a tick]",
           ["What happened:",
            "12 members trained as buddies.",
            "19 members now travel to college or work on their own.",
            "No member has been hurt or had money taken on the bus since they joined Travel Buddies."])])
    head("Other things we did")
    rows([("[Picture: a stall with leaflets]",
           "We had a stall in the Fishergate Centre for Learning Disability Week."),
          ("[Picture: two people shaking hands]",
           "We met our MP in June and asked her about benefits and buses.")])
    head("Our money")
    _grid(document, [["Money in", "", "Money out", ""],
                     ["Grants", "\u00a384,200", "Staff", "\u00a361,400"],
                     ["Training fees", "\u00a36,150", "Rent", "\u00a39,600"],
                     ["Donations", "\u00a31,120", "Travel and meetings", "\u00a38,300"],
                     ["", "", "Other costs", "\u00a39,870"],
                     ["Total", "\u00a391,470", "Total", "\u00a389,170"]], header_fill="E1BEE7")
    document.add_paragraph()
    head("Thank you")
    rows([("[Picture: a heart]",
           ["Thank you to the people who gave us money.",
            "Lancashire County Council, the National Lottery Community Fund and the Police and Crime "
            "Commissioner for Lancashire, who paid for Travel Buddies."])])
    head("Next year")
    rows([("[Picture: an arrow pointing forward]",
           ["We want to teach police officers in Blackburn and Burnley too.",
            "We want to start a women's group."])])
    head("Words explained")
    rows([("[Picture: a dictionary]",
           ["Hate crime: when someone hurts you or is nasty to you because of who you are, for example "
            "because you have a learning disability.",
            "101: the phone number for the police when it is not an emergency."])])
    _save_docx(document, out / "speak-up-ribble-annual-report-2024-25-easy-read.docx",
               "Annual Report 2024 to 2025 (easy read)", "Speak Up Ribble")


# ------------------ 5. A probation delivery unit's Community Payback update for partners (Word, headings)

def hull_east_riding_community_payback_update(out: Path) -> None:
    """A probation delivery unit's Community Payback update for partners and nominating organisations
    (Word, Title and Subtitle, numbered Heading 1 and Heading 2 styles, an OFFICIAL header, a footer with
    the service, the PDU, the update and the page number, a figures table, each project opened by a
    two-column table of labelled fields, bullets and a contacts table): about this update, the half year
    in numbers (not metrics), three projects in focus: Orchard Park back alleys (the PDU's payback teams
    with Humberside Police's Orchard Park Neighbourhood Policing Team, which nominated it, and Hull City
    Council's housing team), clean walls in Goole (the PDU with East Riding of Yorkshire Council's
    anti-social behaviour team, no force), from payback to pay packet (the PDU's own, no force);
    nominating a project (notice) and contacts."""
    from docx import Document

    document = Document()
    _recolour_heading(document, 1, "1D3557")
    _recolour_heading(document, 2, "3A6EA5")
    _header_footer(document, "OFFICIAL",
                   "Probation Service \u00b7 Hull and East Riding Probation Delivery Unit \u00b7 Community Payback "
                   "partner update, Autumn 2025", header_align="center")
    document.add_paragraph("Community Payback", style="Title")
    document.add_paragraph("Update for partners and nominating organisations \u2013 Autumn 2025", style="Subtitle")
    document.add_paragraph(
        "Hull and East Riding Probation Delivery Unit (PDU), Probation Service, Yorkshire and the Humber region")
    document.add_heading("About this update", level=1)
    document.add_paragraph(
        "This update is for the councils, police teams, housing providers, charities and community groups who "
        "nominate projects for Community Payback in Hull and the East Riding of Yorkshire. It covers April to "
        "September 2025. Community Payback is unpaid work carried out by people on community orders and "
        "suspended sentence orders, supervised by our staff, on projects that benefit the local community.")
    document.add_heading("1. The half year in numbers", level=1)
    _grid(document, [["", "Oct 2024 \u2013 Mar 2025", "Apr \u2013 Sep 2025"],
                     ["Hours of unpaid work completed", "55,910", "61,480"],
                     ["People with an unpaid work requirement", "1,094", "1,126"],
                     ["Projects completed", "187", "214"],
                     ["Nominations received", "296", "338"],
                     ["Group work sites active", "38", "41"],
                     ["Placements in charity shops", "24", "27"]], header_fill="D6E2F0")
    document.add_paragraph(
        "Our supervisors now run work parties seven days a week, including Saturday and Sunday sites at "
        "Beverley and Bridlington for people who work during the week.")
    document.add_heading("2. Projects in focus", level=1)
    document.add_heading("2.1 Orchard Park back alleys, Hull", level=2)
    _grid(document, [["Nominated by", "Humberside Police, Orchard Park Neighbourhood Policing Team"],
                     ["Dates", "2 June to 22 August 2025"],
                     ["Hours", "3,960"]], header_fill="EEF3F9", label_col=True)
    document.add_paragraph(
        "The back alleys behind the maisonettes on Orchard Park had filled with dumped mattresses, sofas and "
        "garden waste. The piles were set alight almost every week and were used to hide drugs and stolen "
        "bikes. PC Sarah Quinn of the Orchard Park Neighbourhood Policing Team nominated the alleys in the "
        "spring.")
    document.add_paragraph(
        "Over twelve weeks our payback teams cleared 38 tonnes of waste from 2.4 kilometres of alleys, cut "
        "back the overgrowth and painted the walls. Hull City Council's housing team then fitted 24 lockable "
        "gates, and the neighbourhood team handed the keys to residents door to door and added the alleys to "
        "its evening patrols.")
    document.add_paragraph("Deliberate fires in the alleys, June to September: 41 last year, 9 this year.",
                           style="List Bullet")
    document.add_paragraph("Calls to the police about the alleys fell by 36%.", style="List Bullet")
    document.add_heading("2.2 Clean walls in Goole", level=2)
    _grid(document, [["Nominated by", "East Riding of Yorkshire Council, anti-social behaviour team (Goole)"],
                     ["Dates", "From 1 April 2025, Tuesdays and Thursdays"],
                     ["Hours", "2,208"]], header_fill="EEF3F9", label_col=True)
    document.add_paragraph(
        "Graffiti tags had spread along Boothferry Road and the streets round the docks. Since April a payback "
        "team has worked in Goole town centre twice a week. The council's anti-social behaviour officers log "
        "each tag through the council's reporting app and send the list to our supervisor each morning, and "
        "the team removes it with a hot-water pressure washer, applying an anti-graffiti coating to the "
        "worst-hit walls.")
    document.add_paragraph("Graffiti reports in the town centre, April to September: 186 in 2024, 71 in 2025.",
                           style="List Bullet")
    document.add_paragraph("Every tag reported was removed within two working days.", style="List Bullet")
    document.add_heading("2.3 From payback to pay packet", level=2)
    _grid(document, [["Run by", "Hull and East Riding PDU, at our Hessle workshop"],
                     ["Dates", "Four-week courses from January 2025"],
                     ["Hours", "Up to 30% of each person's unpaid work hours"]], header_fill="EEF3F9",
          label_col=True)
    document.add_paragraph(
        "Up to 30% of a person's unpaid work hours can be spent on education, training and employment. This "
        "year we turned our Hessle workshop into a construction skills centre. People on the four-week course "
        "learn basic site skills, sit the health, safety and environment test and apply for a CSCS card, which "
        "they need to work on a building site. Our employment lead then arranges interviews with local "
        "building firms.")
    document.add_paragraph("47 people gained a CSCS card.", style="List Bullet")
    document.add_paragraph("22 of them were in paid work three months later.", style="List Bullet")
    document.add_heading("3. Nominating a project", level=1)
    document.add_paragraph("What we can do:")
    for item in ("clearing litter, fly-tipping and overgrown land on public or community-owned sites;",
                 "painting and decorating community buildings;",
                 "removing graffiti from public and community property;",
                 "helping charities with sorting, packing and recycling."):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph("What we cannot do:")
    for item in ("work that would otherwise be paid, or that takes a job from anyone;",
                 "work for profit, or on private homes and gardens;",
                 "work that puts the people doing it, or the public, at risk."):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(
        "To nominate a project, use the Community Payback nomination form on GOV.UK and choose Hull and East "
        "Riding. We aim to visit every site within 15 working days and will tell you whether we can take it on.")
    document.add_heading("4. Contacts", level=1)
    _grid(document, [["Name", "Role", "Phone"],
                     ["Lisa Hartley", "Community Payback Manager", "01632 960941"],
                     ["Gary Dunn", "Placement Coordinator, Hull", "01632 960942"],
                     ["Amira Shah", "Placement Coordinator, East Riding", "01632 960943"],
                     ["Kev Ridley", "Employment Lead, Hessle workshop", "01632 960944"]], header_fill="D6E2F0")
    _save_docx(document, out / "hull-east-riding-community-payback-partner-update-autumn-2025.docx",
               "Community Payback partner update, Autumn 2025", "Hull and East Riding Probation Delivery Unit")


# ------------------ 6. A Young Farmers' federation's annual report to its AGM (Word, run-in bold heads)

def eden_valley_yfc_annual_report(out: Path) -> None:
    """A Young Farmers' federation's annual report to its AGM (Word, Title style and an italic meeting
    line, Heading 1 sections, pieces of work opened by bold run-in heads inside paragraphs, tables of
    competition results and accounts, club reports as bold club names run into their text, officers as a
    numbered list): header with the federation and the report, footer with the charity number, the
    office address and postcode, the phone and the page number; the county chairman's report (not
    work), 'Safe Home, Safe Roads' with two run-in pieces: Arrive Alive (Cumbria Constabulary's Roads
    Policing Unit and Cumbria Fire and Rescue Service with the federation's clubs) and Get Home Safe
    (the federation's own minibuses, no force; the community foundation that paid is a funder);
    competitions (not work, not metrics), club reports (not work), the treasurer's report and officers."""
    from docx import Document

    document = Document()
    _recolour_heading(document, 1, "2E6B30")
    _header_footer(document, "Eden Valley Federation of Young Farmers' Clubs \u2013 Annual Report 2024\u201325",
                   "Registered charity no. 1095713. Federation Office, The Old School, Clifton, Penrith CA10 2EG. "
                   "Tel 01632 960702.")
    document.add_paragraph("Eden Valley Federation of Young Farmers' Clubs", style="Title")
    _styled(document, "Annual Report 2024\u201325, presented to the Annual General Meeting at the Agricultural "
                      "Hall, Penrith, on Friday 19 September 2025 at 7.30pm", italic=True, space_after=12)
    document.add_heading("County Chairman's Report", level=1)
    document.add_paragraph(
        "What a year it has been for our eleven clubs. Membership stands at 412, the highest since 2016, and "
        "Appleby and Alston both started junior sections. We hosted the Northern Area stock judging at "
        "Kirkby Stephen in May, the rally at Brougham in June was blessed with sunshine, and our members raised "
        "\u00a318,640 for the Great North Air Ambulance, our county charity for the year.")
    document.add_paragraph(
        "Thank you to every club leader, adviser and parent who gives up their evenings, and to the farmers "
        "who lend us their yards, stock and trailers. \u2013 Jack Thwaite, County Chairman")
    document.add_heading("Safe Home, Safe Roads", level=1)
    document.add_paragraph(
        "In November 2023 we lost two members of Kirkby Stephen YFC in a crash on the A685 on their way home "
        "from a dance. This year the federation put members' safety on the roads first, and two pieces of work "
        "came out of it.")
    paragraph = document.add_paragraph()
    paragraph.add_run("Arrive Alive. ").bold = True
    paragraph.add_run(
        "From October 2024 Cumbria Constabulary's Roads Policing Unit and Cumbria Fire and Rescue Service "
        "brought their Arrive Alive evening to every one of our clubs. Roads policing officers showed footage "
        "of real collisions on Eden's roads and talked about drink and drug driving, speed, phones and "
        "seatbelts, and firefighters cut the roof off a car in the club yard to show what happens at the "
        "scene. At the end of the evening members were asked to sign a pledge to drive sober and to ride only "
        "with a sober driver.")
    document.add_paragraph(
        "In all 318 members attended and 296 signed the pledge. The Roads Policing Unit's figures show "
        "collisions involving drivers aged 17 to 24 in the Eden district fell from 44 in 2023\u201324 to 29 in "
        "2024\u201325.")
    paragraph = document.add_paragraph()
    paragraph.add_run("Get Home Safe. ").bold = True
    paragraph.add_run(
        "At every federation dance, ball and rally evening we now run minibuses back to each club's area, "
        "booked in advance at \u00a35 a seat, with two members on each bus as stewards. Cars can be left at the "
        "venue overnight with the organisers' permission. The Cumbria Community Foundation paid for the "
        "minibus hire.")
    document.add_paragraph(
        "Over the year 1,460 seats were booked across 14 events, and to our knowledge no member drove home "
        "from a federation event after drinking.")
    document.add_heading("Competitions", level=1)
    _grid(document, [["Competition", "Winner", "Northern Area placing"],
                     ["Stock judging (dairy)", "Appleby YFC", "2nd"],
                     ["Public speaking (junior)", "Ellie Bainbridge, Alston YFC", "1st"],
                     ["Tug of war (men's 640kg)", "Orton YFC", "3rd"],
                     ["Entertainments", "Kirkby Stephen YFC", "4th"],
                     ["Floral art", "Lazonby YFC", "\u2013"]], header_fill="DCEBD5")
    document.add_paragraph()
    document.add_heading("Club Reports", level=1)
    for club, text in (
            ("Alston YFC. ", "Twenty-nine members, a new junior section of nine and a busy year of farm walks, "
                             "a sheep shearing course and the pantomime in February."),
            ("Appleby YFC. ", "Forty-six members. Our stockjudgers took second at the Northern Area and we "
                              "ran the tea tent at Appleby Horse Fair weekend for the parish church."),
            ("Kirkby Stephen YFC. ", "Thirty-eight members. A memorial bench for Josh and Amy now stands by "
                                     "the river at Frank's Bridge, paid for by the club's sponsored walk."),
            ("Orton YFC. ", "Twenty-four members, a tug of war team that trains in the village hall car park "
                            "every Thursday, and our first ever county quiz win.")):
        paragraph = document.add_paragraph()
        paragraph.add_run(club).bold = True
        paragraph.add_run(text)
    document.add_heading("Treasurer's Report", level=1)
    _grid(document, [["", "2023\u201324", "2024\u201325"],
                     ["Membership fees", "\u00a38,940", "\u00a39,886"],
                     ["Events and dances", "\u00a321,318", "\u00a324,075"],
                     ["Grants and sponsorship", "\u00a36,500", "\u00a312,750"],
                     ["Events costs, including minibus hire", "\u00a317,402", "\u00a326,130"],
                     ["National and area affiliation fees", "\u00a35,210", "\u00a35,468"],
                     ["Balance carried forward", "\u00a314,987", "\u00a330,100"]], header_fill="DCEBD5")
    document.add_paragraph("Sarah Nelson, County Treasurer")
    document.add_heading("Officers for 2025\u201326", level=1)
    for item in ("County Chairman: Jack Thwaite (Orton YFC)",
                 "Vice Chairman: Ellie Bainbridge (Alston YFC)",
                 "County Treasurer: Sarah Nelson (Appleby YFC)",
                 "County Secretary: Rob Dent (Lazonby YFC)"):
        document.add_paragraph(item, style="List Number")
    _save_docx(document, out / "eden-valley-yfc-federation-annual-report-2024-25.docx",
               "Annual Report 2024-25", "Eden Valley Federation of Young Farmers' Clubs")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    brue_valley_branch_lines(out)
    felbay_pier_season_review(out)
    cuckmere_council_tax_leaflet(out)
    speak_up_ribble_annual_report(out)
    hull_east_riding_community_payback_update(out)
    eden_valley_yfc_annual_report(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
