"""Write the binary documents of the eighteenth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout18/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a football club safety
officer's end of season report, a shopping centre security team's annual review, a hospital
emergency department's violence reduction newsletter, a town council's annual town meeting minutes,
a veterinary practice's client newsletter and a county trading standards service plan extract. The
HTML, Markdown and plain-text documents beside this script are written by hand; manifest.json lists
every document's intended initiatives.

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


# ------------------ 1. A football club safety officer's end of season report (PDF, two pages)

ST_CLARET = colors.HexColor("#6d1a36")
ST_PALE = colors.HexColor("#f4e9ed")
ST_GREY = colors.HexColor("#eeeeee")
ST_BODY = ParagraphStyle("stbody", fontName="Helvetica", fontSize=9.5, leading=12.8, spaceAfter=6)
ST_CELL = ParagraphStyle("stcell", parent=ST_BODY, fontSize=8.6, leading=10.8, spaceAfter=0)
ST_CELLB = ParagraphStyle("stcellb", parent=ST_CELL, fontName="Helvetica-Bold", textColor=colors.white)
ST_TITLE = ParagraphStyle("sttitle", parent=ST_BODY, fontName="Helvetica-Bold", fontSize=17, leading=21,
                          textColor=ST_CLARET, spaceAfter=2)
ST_SUB = ParagraphStyle("stsub", parent=ST_BODY, fontName="Helvetica-Oblique", fontSize=10, leading=13,
                        textColor=colors.HexColor("#444444"), spaceAfter=8)
ST_H = ParagraphStyle("sth", parent=ST_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14.5,
                      textColor=ST_CLARET, spaceBefore=6, spaceAfter=4, keepWithNext=1)
ST_SMALL = ParagraphStyle("stsmall", parent=ST_BODY, fontSize=8, leading=10,
                          textColor=colors.HexColor("#444444"))


def _st_page_factory(total):
    def _st_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(ST_CLARET)
        canvas.rect(50, height - 40, width - 100, 16, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 7.8)
        canvas.drawString(56, height - 35, "DEARNE VALLEY TOWN FOOTBALL CLUB")
        canvas.setFont("Helvetica", 7.8)
        canvas.drawRightString(width - 56, height - 35, "Safety Officer's End of Season Report 2024/25")
        canvas.setStrokeColor(ST_CLARET)
        canvas.setLineWidth(0.5)
        canvas.line(50, 36, width - 50, 36)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 7)
        canvas.drawString(50, 26, "Colliery Lane Stadium, Doncaster Road, Goldthorpe, Barnsley S63 9EH  \u00b7  "
                                  "General Safety Certificate BMBC/GSC/07")
        canvas.drawRightString(width - 50, 26, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _st_page


def _st_story():
    p = lambda text, style=ST_BODY: Paragraph(text, style)  # noqa: E731
    details = _table([["Author", "Graham Tinsley, Safety Officer"],
                      ["Season", "3 August 2024 to 3 May 2025"],
                      ["Status", "Final, for the Safety Advisory Group meeting of 10 June 2025"],
                      ["Distribution", "Club Board; Barnsley Safety Advisory Group; South Yorkshire Police "
                                       "Football Unit"]],
                     [90, 405], ST_CELL, None, label_fill=ST_PALE, grid="#bbbbbb")
    glance = _table([["Season at a glance", "2024/25"],
                     ["Home fixtures (league 23, cup 4)", "27"],
                     ["Total attendance", "98,412"],
                     ["Average attendance", "3,645"],
                     ["Highest attendance (v Hallam Rovers, FA Cup first round)", "5,902"],
                     ["Fixtures graded high risk by the police", "9"],
                     ["Stewards on duty per match (average)", "84"]],
                    [380, 115], ST_CELL, ST_CLARET, head_style=ST_CELLB)
    conditions = _box([p("<b>Certificate conditions to note</b>", ST_CELL), Spacer(1, 3),
                       p("Condition 11: at least one steward for every 250 spectators, and one for every 100 "
                         "in the away end at high-risk fixtures.", ST_CELL), Spacer(1, 2),
                       p("Condition 19: a safety briefing for all stewards at least 90 minutes before "
                         "kick-off, recorded in the safety log.", ST_CELL), Spacer(1, 2),
                       p("Condition 23: the Safety Officer or a named deputy present from the opening of "
                         "the turnstiles until the ground is clear.", ST_CELL)],
                      495, ST_GREY, colors.HexColor("#999999"))
    incidents = _table([["Incidents, ejections and arrests", "2023/24", "2024/25"],
                        ["Ejections", "48", "39"],
                        ["Arrests (inside the ground and on Doncaster Road)", "17", "12"],
                        ["Spectators treated by first aiders", "131", "118"],
                        ["Spectators taken to hospital", "6", "4"],
                        ["Objects thrown onto the pitch", "9", "5"]],
                       [335, 80, 80], ST_CELL, ST_CLARET, head_style=ST_CELLB)
    return [
        p("Safety Officer's End of Season Report 2024/25", ST_TITLE),
        p("To the Club Board and the Barnsley Safety Advisory Group", ST_SUB),
        details,
        Spacer(1, 8),
        p("1. Introduction", ST_H),
        p("This report covers the 23 home league fixtures and four cup ties played at Colliery Lane in the "
          "2024/25 season. It sets out how the ground was run, what went wrong and what we changed. No "
          "fixture was abandoned and no spectator was seriously injured."),
        p("2. Season at a glance", ST_H),
        glance,
        p("3. The ground and the safety certificate", ST_H),
        p("The General Safety Certificate issued by Barnsley Metropolitan Borough Council sets the ground's "
          "capacity at 6,200, including 1,150 on the Goldthorpe Road terrace for away supporters. The annual "
          "inspection by the council and South Yorkshire Fire and Rescue on 16 July 2024 found no defects; "
          "two minor items, a damaged crush barrier in the Kop and worn step nosings in the main stand, "
          "were repaired before the first home game."),
        conditions,
        p("4. Stewarding", ST_H),
        p("Our stewards are employed by the club. Of the 112 on our books, 97 hold the Level 2 Certificate "
          "in Spectator Safety. Every steward attended the pre-season training day on 27 July 2024, which "
          "included a fire drill and a crowd-flow exercise. Steward turnover over the season was 18%."),
        p("5. Pyrotechnics at the away turnstiles", ST_H),
        p("Flares and smoke bombs were the biggest safety problem of the 2023/24 season, nearly all of them "
          "in the away end. For 2024/25 we agreed a plan with South Yorkshire Police's Football Unit. At the "
          "nine fixtures graded high risk, the force's dog section brought pyrotechnic detection dogs to the "
          "away turnstiles, our stewards opened a second search lane so that queues did not build up, and "
          "Football Unit officers filmed the away end to identify anyone who set off a device."),
        p("Pyrotechnics set off in the ground fell from 23 to 4. Dogs and stewards found 31 devices at the "
          "turnstiles, and the Football Unit has applied for football banning orders against six "
          "supporters."),
        p("6. The Safe Space", ST_H),
        p("In August 2024 we opened a Safe Space in the former programme shop under the main stand, staffed "
          "at every home match by a trained welfare steward and volunteers from the mental health charity "
          "Pit Lane Wellbeing. It is for lost children, for supporters who feel unwell or unsafe, and for "
          "anyone who wants to report harassment or abuse, and it is signposted on every concourse and in "
          "the matchday programme."),
        p("The Safe Space was used 41 times during the season. Twelve lost children were reunited with "
          "their families, on average within nine minutes; three reports of sexual harassment led to "
          "ejections and one to an arrest; and five supporters in crisis were supported by Pit Lane "
          "Wellbeing's volunteers and referred on to its services."),
        p("7. Incidents, ejections and arrests", ST_H),
        incidents,
        Spacer(1, 3),
        p("Figures are from the control room log and South Yorkshire Police. Arrests include those made "
          "outside the ground on Doncaster Road after matches.", ST_SMALL),
        p("8. Looking ahead to 2025/26", ST_H),
        p("Subject to the Board's approval we will replace the analogue CCTV in the Kop with 14 new cameras "
          "at a cost of \u00a346,000, and we will ask the Safety Advisory Group to agree a trial family zone "
          "in the main stand. Steward recruitment for next season opens on 1 July 2025."),
        Spacer(1, 6),
        p("<b>Graham Tinsley</b>, Safety Officer, 19 May 2025"),
        p("safety@dvtfc.co.uk  \u00b7  01632 960427", ST_SMALL),
    ]


def dearne_valley_safety_officer_report(out: Path) -> None:
    """A football club safety officer's end of season report to the club board and the safety
    advisory group (two pages, Helvetica, single column): a claret running band with the club in
    capitals and the report, footer with the ground's address and safety certificate number and
    'Page n of 2'; title, addressee line, a labelled details table (not work), numbered sections:
    introduction, season at a glance as a table (attendances, fixtures: not metrics), the ground and
    the certificate with a grey box of certificate conditions (not work), stewarding (routine),
    pyrotechnics at the away turnstiles (one piece of work with results: the club's stewards with the
    force's football unit and dog section), the Safe Space (one piece of work with results: the club
    as 'we' with a mental health charity, no force), incidents as a table over two seasons (context),
    looking ahead (a camera cost: future) and a signature with a phone number."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=54, bottomMargin=44,
                              title="Safety Officer's End of Season Report 2024/25",
                              author="Dearne Valley Town Football Club", invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(50, 44, A4[0] - 100, A4[1] - 98)],
                                           onPage=_st_page_factory(total))])
        return doc
    _two_pass(out / "dearne-valley-town-fc-safety-officers-end-of-season-report-2024-25.pdf", build, _st_story)


# ------------------ 2. A shopping centre security team's annual review (PDF, landscape, three columns)

MW_NAVY = colors.HexColor("#1d2a4d")
MW_GOLD = colors.HexColor("#c8962e")
MW_CREAM = colors.HexColor("#f7f1e3")
MW_BODY = ParagraphStyle("mwbody", fontName="Helvetica", fontSize=8.4, leading=11, spaceAfter=5)
MW_CELL = ParagraphStyle("mwcell", parent=MW_BODY, fontSize=7.8, leading=9.6, spaceAfter=0)
MW_CELLB = ParagraphStyle("mwcellb", parent=MW_CELL, fontName="Helvetica-Bold", textColor=colors.white)
MW_TITLE = ParagraphStyle("mwtitle", parent=MW_BODY, fontName="Helvetica-Bold", fontSize=21, leading=25,
                          textColor=colors.white, spaceAfter=1)
MW_SUB = ParagraphStyle("mwsub", parent=MW_BODY, fontSize=10, leading=13, textColor=MW_GOLD, spaceAfter=0)
MW_H = ParagraphStyle("mwh", parent=MW_BODY, fontName="Helvetica-Bold", fontSize=11, leading=13.5,
                      textColor=MW_NAVY, spaceBefore=3, spaceAfter=3, keepWithNext=1)
MW_KICK = ParagraphStyle("mwkick", parent=MW_BODY, fontName="Helvetica-Bold", fontSize=7.2, leading=9,
                         textColor=MW_GOLD, spaceAfter=1, keepWithNext=1)
MW_BIG = ParagraphStyle("mwbig", parent=MW_BODY, fontName="Helvetica-Bold", fontSize=17, leading=19,
                        alignment=1, textColor=MW_NAVY, spaceAfter=0)
MW_TILE = ParagraphStyle("mwtile", parent=MW_BODY, fontSize=7.6, leading=9.4, alignment=1, spaceAfter=0)
MW_QUOTE = ParagraphStyle("mwquote", parent=MW_BODY, fontName="Helvetica-Oblique", fontSize=9.6, leading=12.5,
                          textColor=MW_NAVY)
MW_SMALL = ParagraphStyle("mwsmall", parent=MW_BODY, fontSize=6.9, leading=8.6,
                          textColor=colors.HexColor("#555555"))


def _mw_page_factory(total):
    def _mw_page(canvas, doc):
        width, height = landscape(A4)
        canvas.saveState()
        canvas.setFillColor(MW_GOLD)
        canvas.rect(0, 0, 10, height, stroke=0, fill=1)
        canvas.setFillColor(MW_NAVY)
        canvas.setFont("Helvetica-Bold", 7.5)
        canvas.drawString(36, height - 20, "MERCERS WALK SHOPPING CENTRE")
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(width - 36, height - 20, "Security Team Annual Review 2024")
        canvas.setStrokeColor(MW_GOLD)
        canvas.setLineWidth(0.8)
        canvas.line(36, 28, width - 36, 28)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(36, 18, "Mercers Walk Shopping Centre, Centre Management Suite, Hertford Street, "
                                  "Coventry CV1 1LF  \u00b7  Managed by Arden Place Property Management Ltd")
        canvas.drawRightString(width - 36, 18, f"{doc.page} of {total or '?'}")
        canvas.restoreState()
    return _mw_page


def _mw_tile(big, caption, width):
    tile = Table([[Paragraph(big, MW_BIG)], [Paragraph(caption, MW_TILE)]], colWidths=[width])
    tile.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), MW_CREAM),
                              ("LINEBELOW", (0, -1), (-1, -1), 2, MW_GOLD),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return tile


def _mw_story(full, col):
    p = lambda text, style=MW_BODY: Paragraph(text, style)  # noqa: E731
    band = _box([p("Security Team Annual Review 2024", MW_TITLE),
                 p("Keeping Mercers Walk safe for shoppers, staff and visitors  \u00b7  January to December 2024",
                   MW_SUB)], full, MW_NAVY, MW_NAVY, pad=12)
    tile_w = (full - 4 * 10) / 5
    tiles = Table([[_mw_tile("8.4m", "visits to the centre", tile_w),
                    _mw_tile("122", "shops, cafes and restaurants", tile_w),
                    _mw_tile("22", "security officers", tile_w),
                    _mw_tile("164", "CCTV cameras", tile_w),
                    _mw_tile("71", "stores on the retail radio link", tile_w)]],
                  colWidths=[tile_w + 10] * 5)
    tiles.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    logged = _table([["Incidents we logged", "2023", "2024"],
                     ["Shop theft reported by retailers", "1,318", "962"],
                     ["Anti-social behaviour", "884", "611"],
                     ["Violence against the person", "57", "49"],
                     ["Drug-related incidents", "41", "38"],
                     ["Lost children", "58", "63"],
                     ["First aid incidents", "196", "211"]],
                    [col - 90, 42, 42], MW_CELL, MW_NAVY, head_style=MW_CELLB)
    quote = _box([p("\u201cKnowing the faces makes all the difference. If someone who is excluded walks in, the "
                    "radio tells me before they reach my door.\u201d", MW_QUOTE),
                  p("Priya Sandhu, store manager, Bookends, Lower Precinct", MW_SMALL)],
                 col - 4, MW_CREAM, MW_GOLD)
    contact = _box([p("<b>Contact the security control room</b>"),
                    p("Open 24 hours: 01632 960518  \u00b7  security@mercerswalk.co.uk<br/>"
                      "Lost property is kept at the Customer Service Desk, Upper Mall, for 28 days.<br/>"
                      "In an emergency always call 999.")],
                   col - 4, colors.white, MW_NAVY)
    return [
        band,
        Spacer(1, 8),
        tiles,
        FrameBreak(),
        p("From the General Manager", MW_H),
        p("Mercers Walk welcomed 8.4 million visits in 2024, and our shoppers tell us that feeling safe is "
          "one of the main reasons they come back. This review sets out what our security team does every "
          "day and what we did differently this year. <i>Martin Okafor, General Manager</i>"),
        p("Our team", MW_H),
        p("Our 22 security officers are employed directly by the centre and cover the malls from 7am to "
          "8pm, seven days a week, with the control room staffed around the clock. Every officer holds an "
          "SIA licence and a first aid at work certificate. As every year, most of the team's time goes on "
          "everyday duties: opening and locking up, first aid, lost children and people taken ill, "
          "deliveries and fire alarms."),
        p("What we logged", MW_H),
        logged,
        Spacer(1, 3),
        p("Figures are from our incident logging system and do not include incidents inside stores that "
          "were not reported to us.", MW_SMALL),
        FrameBreak(),
        p("WORKING WITH THE POLICE", MW_KICK),
        p("The exclusion scheme", MW_H),
        p("In March 2024 we started a joint exclusion scheme with West Midlands Police's Coventry City "
          "Centre neighbourhood team and Coventry City Council's anti-social behaviour team. Anyone caught "
          "stealing or being aggressive in the centre is given a written exclusion. Their photograph is "
          "shared with retailers through the radio link's secure app, and anyone who breaches an exclusion "
          "is reported to the neighbourhood team, who can seek a criminal behaviour order."),
        p("Shop thefts reported by our retailers fell by 27%. By December 48 people had been excluded, "
          "and nine who kept breaching their exclusions were given criminal behaviour orders at Coventry "
          "Magistrates' Court."),
        quote,
        Spacer(1, 6),
        p("WORKING WITH YOUNG PEOPLE", MW_KICK),
        p("Friday food court", MW_H),
        p("After school on Fridays, groups of up to 60 teenagers gathered in the food court, and fights and "
          "complaints from diners were growing. From April 2024 we brought in the youth charity Spon End "
          "Youth Trust, whose two youth workers now spend every Friday from 3pm to 7pm in the food court "
          "with table football and a quiet corner, and the trust trained our officers in talking to young "
          "people before asking them to leave."),
        p("Incidents involving under-18s fell from 312 to 141. The number of young people we banned fell "
          "from 36 to 11, and eight young people have since joined the trust's volunteering programme."),
        FrameBreak(),
        p("Preparing for Martyn's Law", MW_H),
        p("All our officers and 340 retail staff completed ACT Awareness e-learning, and we reviewed our "
          "lockdown and evacuation plans ahead of the new duties under the Terrorism (Protection of "
          "Premises) Act 2025."),
        p("Looking ahead to 2025", MW_H),
        p("We will replace 40 of our oldest cameras at a cost of \u00a3120,000, issue body-worn cameras to "
          "every officer, and ask the Spon End Youth Trust to run Saturday sessions in the summer "
          "holidays."),
        contact,
        Spacer(1, 6),
        p("This review covers 1 January to 31 December 2024. Published February 2025.", MW_SMALL),
    ]


def mercers_walk_security_annual_review(out: Path) -> None:
    """A shopping centre security team's annual review (landscape A4, one page, three columns under a
    full-width head): a gold edge strip, running head with the centre in capitals and the review,
    footer with the management suite address and managing agent and 'n of m'; a navy title band, five
    figure tiles (visits, shops, officers, cameras, radio-linked stores: not metrics); the General
    Manager's foreword (not work), the team's everyday duties (routine), incidents logged as a table
    over two years (context); two kicker-labelled pieces of work with results: the exclusion scheme
    (the centre with the force's city centre neighbourhood team and the city council's ASB team) with
    a retailer's pull quote, and the Friday food court (the centre with a youth charity, no force);
    counter terrorism training (compliance, not work), looking ahead (a camera cost: future), a
    control room contact box with a phone number and a coverage line."""
    width, height = landscape(A4)
    gap = 14
    full = width - 72
    col = (full - 2 * gap) / 3
    top = height - 30
    head_h = 132

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=landscape(A4), leftMargin=36, rightMargin=36, topMargin=30,
                              bottomMargin=34, title="Mercers Walk Security Team Annual Review 2024",
                              author="Mercers Walk Shopping Centre", invariant=1)
        first = [Frame(36, top - head_h, full, head_h, id="head", leftPadding=0, rightPadding=0)]
        first += [Frame(36 + i * (col + gap), 34, col, top - head_h - 34, id=f"c{i}") for i in range(3)]
        later = [Frame(36 + i * (col + gap), 34, col, top - 34, id=f"l{i}") for i in range(3)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_mw_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_mw_page_factory(total))])
        return doc
    _two_pass(out / "mercers-walk-shopping-centre-security-annual-review-2024.pdf", build,
              lambda: _mw_story(full, col))


# ------------------ 3. A hospital emergency department's violence reduction newsletter (PDF, two columns)

ED_TEAL = colors.HexColor("#005eb8")
ED_LIGHT = colors.HexColor("#e8f1fb")
ED_PINK = colors.HexColor("#ae2573")
ED_BODY = ParagraphStyle("edbody", fontName="Times-Roman", fontSize=9.8, leading=12.6, spaceAfter=5)
ED_CELL = ParagraphStyle("edcell", parent=ED_BODY, fontName="Helvetica", fontSize=7.9, leading=9.8,
                         spaceAfter=0)
ED_CELLB = ParagraphStyle("edcellb", parent=ED_CELL, fontName="Helvetica-Bold", textColor=colors.white)
ED_MAST = ParagraphStyle("edmast", parent=ED_BODY, fontName="Helvetica-Bold", fontSize=28, leading=31,
                         textColor=colors.white, spaceAfter=2)
ED_MASTSUB = ParagraphStyle("edmastsub", parent=ED_BODY, fontName="Helvetica", fontSize=9.5, leading=12,
                            textColor=colors.white, spaceAfter=0)
ED_H = ParagraphStyle("edh", parent=ED_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15,
                      textColor=ED_TEAL, spaceBefore=4, spaceAfter=3, keepWithNext=1)
ED_BOXH = ParagraphStyle("edboxh", parent=ED_CELL, fontName="Helvetica-Bold", fontSize=9, leading=11.5,
                         textColor=ED_PINK, spaceAfter=3)
ED_BOX = ParagraphStyle("edbox", parent=ED_CELL, fontSize=8.2, leading=10.4, spaceAfter=2)
ED_SIG = ParagraphStyle("edsig", parent=ED_BODY, fontName="Times-Italic")


def _ed_page_factory(total):
    def _ed_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page > 1:
            canvas.setFillColor(ED_TEAL)
            canvas.setFont("Helvetica-Bold", 8)
            canvas.drawString(42, height - 28, "Safer Together")
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(width - 42, height - 28, "Issue 6  \u00b7  Autumn 2025")
            canvas.setStrokeColor(ED_TEAL)
            canvas.line(42, height - 33, width - 42, height - 33)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 7)
        canvas.drawString(42, 22, "Nene Valley Hospitals NHS Trust  \u00b7  Staff newsletter: please do not "
                                  "share outside the Trust")
        canvas.drawRightString(width - 42, 22, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _ed_page


def _ed_story(full, col):
    p = lambda text, style=ED_BODY: Paragraph(text, style)  # noqa: E731
    mast = _box([p("Safer Together", ED_MAST),
                 p("Violence and aggression reduction news from the Emergency Department, Nene General "
                   "Hospital, Northampton  \u00b7  Issue 6  \u00b7  Autumn 2025", ED_MASTSUB)],
                full, ED_TEAL, ED_TEAL, pad=12)
    contents = _box([p("In this issue", ED_BOXH),
                     p("\u2022 A word from Matron<br/>\u2022 Your reports this quarter<br/>"
                       "\u2022 Data that goes to the streets<br/>\u2022 Cameras on<br/>"
                       "\u2022 Someone to talk to<br/>\u2022 Ask the security team<br/>"
                       "\u2022 Training dates and support for you", ED_BOX)],
                    col - 4, ED_LIGHT, ED_TEAL)
    reports = _table([["Reported on Datix (ED)", "Apr to Jun 2025", "Jul to Sep 2025"],
                      ["Verbal abuse and threats", "184", "201"],
                      ["Physical assault on staff", "23", "19"],
                      ["Sexual harassment", "11", "14"],
                      ["Racist or other hate abuse", "9", "12"],
                      ["Incidents where police were called", "37", "41"]],
                     [col - 120, 58, 58], ED_CELL, ED_TEAL, head_style=ED_CELLB)
    report_box = _box([p("Report it, every time", ED_BOXH),
                       p("Every incident, however small, should go on Datix before the end of your shift. "
                         "If you feel in danger, press your personal alarm or call security on extension "
                         "2222; if a crime is in progress, call 999.", ED_BOX)],
                      col - 4, colors.white, ED_PINK)
    support = _box([p("Training dates and support for you", ED_BOXH),
                    p("Conflict resolution (one day, Education Centre): 14 November 2025, 9 December 2025 "
                      "and 20 January 2026. Book through ESR.", ED_BOX),
                    p("Wellbeing Hub: 01632 960733 (extension 4410), 8am to 8pm. Trauma risk management "
                      "(TRiM) practitioners can be reached through the nurse in charge.", ED_BOX)],
                   col - 4, ED_LIGHT, ED_TEAL)
    return [
        mast,
        FrameBreak(),
        contents,
        Spacer(1, 6),
        p("A word from Matron", ED_H),
        p("Thank you to everyone who has kept reporting, even on the worst nights. Your reports are the "
          "reason we can show what works, and this issue has good news on three pieces of work that began "
          "last winter. Please keep telling us what you need."),
        p("Kerry Abbott, Matron, Emergency Department", ED_SIG),
        p("Your reports this quarter", ED_H),
        reports,
        Spacer(1, 3),
        p("Verbal abuse rose again over the summer, mostly in the waiting room during long waits. The "
          "waiting room TV now shows expected waits every half hour."),
        p("Data that goes to the streets", ED_H),
        p("Since January 2025 our reception staff have asked every patient injured in an assault three "
          "extra questions: where did it happen, when, and with what. The answers, with no names, go each "
          "month to Northamptonshire Police's Northampton town centre team and West Northamptonshire "
          "Council's community safety team, who use them to plan patrols and licensing checks. The first "
          "figures showed that a third of assaults happened on Bridge Street between midnight and 3am, many "
          "never reported to the police, so officers and street marshals were moved there on Friday and "
          "Saturday nights."),
        p("Bridge Street assault attendances fell by 22% over the next six months, and the council has "
          "used the figures in two licence reviews."),
        p("Cameras on", ED_H),
        p("In March we gave body-worn cameras to our eight security officers and to the nurse in charge on "
          "every shift. Cameras are switched on when a conversation starts to turn, and the patient is told "
          "they are being recorded."),
        p("Physical assaults on ED staff fell from 71 to 42 in April to September, compared with the same "
          "months of 2024, and footage has supported nine prosecutions."),
        report_box,
        Spacer(1, 6),
        p("Someone to talk to", ED_H),
        p("Since February, youth workers from the charity Second Wind Youth have been based in the "
          "department on Friday and Saturday evenings. When a young person aged 11 to 25 comes in with an "
          "injury from violence or exploitation, the nurse asks whether they would like to speak to a youth "
          "worker, who stays with them and keeps in touch for up to twelve weeks afterwards."),
        p("None of the 64 young people who took up support has come back to the department with a violent "
          "injury since. In all, the youth workers met 97 young people."),
        p("\u201cA lad of fifteen told me it was the first time anyone had asked him what was going on at home.\u201d "
          "Jade Marriott, Second Wind Youth", ED_SIG),
        p("Ask the security team", ED_H),
        p("<b>Can we refuse to treat someone who is abusive?</b> Not if they need emergency care. The nurse "
          "in charge can ask security to stay with the patient or move them to a side room, and can ask "
          "them to leave once a clinician is satisfied that they are safe to go. Under the Trust's policy "
          "a patient who is repeatedly abusive may be sent a warning letter, and after a second incident a "
          "final warning."),
        p("<b>Who are the security officers?</b> Our eight officers work for the Trust's Facilities "
          "Directorate and cover the department 24 hours a day, two on each shift and a third on Friday "
          "and Saturday nights. All are trained in conflict resolution and safe holding."),
        p("<b>Will the police always come?</b> Call 999 if anyone is in danger. For a crime that has "
          "already happened, security will help you report it online or on 101 and give you a reference "
          "number for Datix."),
        p("Thank you", ED_H),
        p("To Night Sister Grace Oduya and the team on 14 August, who calmly kept a fight between two "
          "families in the waiting room from spreading until the police arrived, and to everyone who stayed "
          "late to write it all up."),
        support,
        Spacer(1, 6),
        p("Coming up", ED_H),
        p("The Trust's Violence Prevention and Reduction Policy is being reviewed. Send comments to the "
          "Health and Safety Team by 31 October 2025."),
    ]


def nene_ed_safer_together_newsletter(out: Path) -> None:
    """A hospital emergency department's violence reduction newsletter for staff (two pages, two
    columns under a masthead on page one, two columns on page two): the trust's blue masthead band with the title, department, hospital,
    issue and season; a running head on page two; footer with the trust, an internal circulation note
    and 'Page n of 2'; an 'In this issue' box, Matron's welcome (not work), staff reports by quarter as a
    table (context), three pieces of work with results under short headlines: assault data shared with
    the force's town centre team and the council's community safety team; the trust's own body-worn
    cameras for security officers and nurses in charge ('we', no force); a youth charity's workers in
    the department (no force) with a quote; a 'Report it' box, questions answered by the security team
    (routine), a thank you, a training dates and support box (not work) and the policy review
    (future)."""
    width, height = A4
    gap = 18
    full = width - 84
    col = (full - gap) / 2
    top = height - 40
    head_h = 92

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=42, rightMargin=42, topMargin=40, bottomMargin=36,
                              title="Safer Together, Issue 6, Autumn 2025",
                              author="Nene Valley Hospitals NHS Trust", invariant=1)
        first = [Frame(42, top - head_h, full, head_h, id="mast", leftPadding=0, rightPadding=0),
                 Frame(42, 34, col, top - head_h - 34, id="a1"),
                 Frame(42 + col + gap, 34, col, top - head_h - 34, id="a2")]
        later = [Frame(42, 34, col, top - 34, id="b1"), Frame(42 + col + gap, 34, col, top - 34, id="b2")]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_ed_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_ed_page_factory(total))])
        return doc

    def story():
        items = _ed_story(full, col)
        return items[:2] + [NextPageTemplate("later")] + items[2:]
    _two_pass(out / "nene-general-hospital-ed-safer-together-newsletter-issue-6.pdf", build, story)


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


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True, bold_all=False):
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
            elif bold_all and r == len(rows) - 1:
                run.bold = True
    return table


def _bullets(document, items, style="List Bullet"):
    for item in items:
        document.add_paragraph(item, style=style)


def _bold_para(document, text, size=None, colour=None, centre=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _label_para(document, label, text):
    paragraph = document.add_paragraph()
    paragraph.add_run(label + " ").bold = True
    paragraph.add_run(text)
    return paragraph


# ------------------ 4. A town council's annual town meeting minutes (Word, no heading styles)

def bridport_annual_town_meeting_minutes(out: Path) -> None:
    """A town council's minutes of the statutory annual town meeting (Word, no heading styles: bold
    centred title lines, bold minute numbers and capitalised titles, lettered run-in sub-items):
    header with the council, footer with 'subject to approval', a line for the chairman's initials and
    page number; present and in attendance, apologies, last year's minutes, the Town Mayor's report
    (events and grants: not work), reports from the community: (a) the force's neighbourhood sergeant
    (call figures as context, then one piece of work with results: summer evening cycle patrols at
    the harbour by Dorset Police's neighbourhood team, the force alone), (b) a youth project (one
    piece of work with results: detached youth work by the project with the town council, no force),
    (c) the chamber of trade (events and footfall: not work); questions from electors (parking, a 20mph
    scheme, the police front counter: not work); the date of the next meeting, closing time and a
    signature line."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    _header_footer(document, "BRIDPORT TOWN COUNCIL",
                   "Minutes subject to approval at the Annual Town Meeting 2026  \u00b7  Chairman's initials "
                   "..........", align_header="right")
    _bold_para(document, "BRIDPORT TOWN COUNCIL", size=14, centre=True)
    _bold_para(document, "MINUTES OF THE ANNUAL TOWN MEETING", size=12, centre=True)
    centre = document.add_paragraph("held on Wednesday 9 April 2025 at 7.00pm in the Upstairs Hall, Bridport "
                                    "Town Hall, South Street, Bridport DT6 3LF")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    centre.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _label_para(document, "Present:", "The Town Mayor, Councillor Margaret Loveless (in the chair), "
                "Councillors Aldridge, Bartlett, Foy, Hine, Oakley-Smith, Pearce and Walker, and 46 "
                "electors of the parish.")
    _label_para(document, "In attendance:", "Will Austin (Town Clerk), Sophie Penberthy (Deputy Town Clerk, "
                "minutes), and representatives of 11 local organisations.")

    _bold_para(document, "ATM 25/01   WELCOME")
    document.add_paragraph("The Town Mayor welcomed everyone and reminded those present that the Annual Town "
                           "Meeting is a meeting of the electors of the parish, not of the Council, and that "
                           "only electors may vote on any motion.")
    _bold_para(document, "ATM 25/02   APOLOGIES")
    document.add_paragraph("Apologies were received from Councillors Gray and Symonds and from Dorset "
                           "Councillor Sarah Williams.")
    _bold_para(document, "ATM 25/03   MINUTES OF THE ANNUAL TOWN MEETING HELD ON 10 APRIL 2024")
    document.add_paragraph("The minutes were approved as a correct record, proposed by Mr Hedley and "
                           "seconded by Mrs Dampier, and were signed by the Town Mayor.")
    _bold_para(document, "ATM 25/04   TOWN MAYOR'S ANNUAL REPORT")
    document.add_paragraph("The Town Mayor presented her report for 2024/25, which had been circulated. "
                           "Highlights included the Hat Festival, the return of the Christmas lights switch-on "
                           "to Bucky Doo Square, the refurbishment of the Mountfield play area and the "
                           "Council's community grants, of which \u00a341,500 was awarded to 27 groups. She "
                           "thanked the Council's staff and the volunteers of the Town Twinning Association.")
    _bold_para(document, "ATM 25/05   REPORTS FROM THE COMMUNITY")
    document.add_paragraph("The Town Mayor invited reports from local organisations. Written reports from "
                           "the Bridport Area Development Trust and the Bridport Library Friends were noted.")
    _label_para(document, "(a) Dorset Police.", "Sergeant Claire Nettleton of the Bridport Neighbourhood "
                "Policing Team reported that the team answered 2,914 calls for service in the town in 2024, "
                "a little fewer than in 2023, and that shoplifting and criminal damage were the most "
                "common crimes reported. The team is a sergeant, four constables and three PCSOs, based "
                "at Bridport police station.")
    document.add_paragraph("Sergeant Nettleton described the team's summer evening patrols in West Bay. After "
                           "complaints in 2023 about groups drinking, fighting and jumping from the harbour "
                           "walls, the team put two officers on cycle patrol around the harbour, the "
                           "esplanade and East Beach car park every Friday and Saturday evening from late May "
                           "to early September 2024, used dispersal orders on nine occasions and visited the "
                           "homes of 31 young people with their parents. Anti-social behaviour reported in "
                           "West Bay fell from 96 in summer 2023 to 52 in summer 2024, and no one was injured "
                           "jumping from the harbour walls. She said the patrols would run again this summer.")
    _label_para(document, "(b) The Loft Youth Project.", "Harriet Coombes, the project's manager, reported "
                "on the detached youth work the project has run with the Town Council since September 2024. "
                "Two youth workers go out every Friday evening to the skate park, Asker Meadows and the "
                "bus station, where young people gather, offer hot drinks and a chat, and invite them to "
                "the Friday drop-in at the Loft. The Town Council's rangers tell the workers where problems "
                "have been reported.")
    document.add_paragraph("The Loft's workers met 138 different young people in the first six months, 41 "
                           "of whom now come to the drop-in. Reports of youth anti-social behaviour made to "
                           "the Town Council fell from 64 to 23 over the same period, compared with the six "
                           "months before. Mrs Coombes thanked the Council for its grant of \u00a312,000 a "
                           "year.")
    _label_para(document, "(c) Bridport Chamber of Trade.", "Mr Ellis Tapper reported a busy year, with "
                "footfall in South Street and East Street up 4% on 2023, a successful Christmas late-night "
                "shopping evening and six new businesses in the town centre. The Chamber's online shop "
                "directory now lists 140 members.")
    _bold_para(document, "ATM 25/06   QUESTIONS FROM ELECTORS")
    _label_para(document, "Parking.", "Mr Hedley asked about parking charges in the Rax Lane car park. The "
                "Town Clerk explained that the car park belongs to Dorset Council and that the Town Council "
                "had asked for the first hour to be free.")
    _label_para(document, "20mph.", "Mrs Dampier asked when the 20mph limit promised for the town centre "
                "would start. Councillor Pearce said that Dorset Council would consult on the scheme in the "
                "summer.")
    _label_para(document, "Police front counter.", "Mr Ruddock asked why the front counter at Bridport "
                "police station is open only on Tuesday and Thursday mornings. Sergeant Nettleton said the "
                "hours are set by the force and that anyone can report online, by calling 101 or in an "
                "emergency 999.")
    _bold_para(document, "ATM 25/07   DATE OF NEXT MEETING")
    document.add_paragraph("The next Annual Town Meeting will be held on Wednesday 8 April 2026 at 7.00pm.")
    document.add_paragraph("There being no further business, the Town Mayor closed the meeting at 8.41pm.")
    document.add_paragraph("Signed ......................................... Chairman      Date ....................")
    _save_docx(document, out / "bridport-town-council-annual-town-meeting-minutes-2025.docx",
               "Minutes of the Annual Town Meeting, 9 April 2025", "Bridport Town Council")


# ------------------ 5. A veterinary practice's client newsletter (Word, Title and Heading 1 styles)

def fellside_vets_client_newsletter(out: Path) -> None:
    """A veterinary practice's newsletter for farm and pet clients (Word, Title and Heading 1 styles,
    two tables): header with the practice and its branches, footer with the newsletter, season, the
    company and its number and page number; title and an italic strapline, the clinical director's
    welcome (not work), lambing season (one piece of work with results: the practice with North
    Yorkshire Police's Rural Taskforce and the national park authority's rangers, meeting dog walkers
    at car parks), why we scan every new patient (one piece of work with results: the practice's own
    microchip checks, 'we', no force), the Rural Taskforce's farm security tips as bullets (advice, not
    work), a vaccination price table (not metrics), meet the team, and opening hours as a table with
    phone numbers."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "Fellside Veterinary Group  \u00b7  Leyburn  \u00b7  Hawes  \u00b7  Bedale",
                   "Fellside Farm & Pet News  \u00b7  Spring 2025  \u00b7  Fellside Veterinary Group Ltd, "
                   "registered in England No. 05571893")
    document.add_heading("Fellside Farm & Pet News", level=0)
    strap = document.add_paragraph()
    run = strap.add_run("Spring 2025  \u00b7  News for our farm and pet clients in Wensleydale, Coverdale and "
                        "Bedale")
    run.italic = True
    run.font.size = Pt(11)
    document.add_heading("Welcome", level=1)
    document.add_paragraph("Spring is our busiest season, and this year it has been busier than ever: our "
                           "new Bedale branch opened in January, and we now look after more than 3,400 pets "
                           "and 260 farms. Thank you for your patience while we settle in our new reception "
                           "system. - Dr Alasdair Kerr, Clinical Director")
    document.add_heading("Keep dogs on leads: how lambing season went", level=1)
    document.add_paragraph("Last spring our farm vets treated 23 sheep savaged by dogs in Wensleydale, and "
                           "several clients lost ewes and lambs. So this year we joined North Yorkshire "
                           "Police's Rural Taskforce and the Yorkshire Dales National Park Authority's rangers "
                           "in the Lead the Way campaign. On six weekends from March to May, our nurses, "
                           "Taskforce officers and rangers met dog walkers at the Aysgarth Falls and Hawes "
                           "car parks, checked microchips, gave out free short leads and explained how a "
                           "chase can kill a pregnant ewe even without a bite.")
    document.add_paragraph("The team spoke to 412 dog owners, and reports of livestock worrying in "
                           "Wensleydale fell from 19 to 7 compared with last lambing season. Our vets treated "
                           "six sheep injured by dogs, against 23 last year.")
    document.add_heading("Why we scan every new patient", level=1)
    document.add_paragraph("Dog theft is still a worry for many of you, especially for working dogs. Since "
                           "April 2024 we have scanned the microchip of every new patient at its first "
                           "appointment and checked it against the national microchip databases, including "
                           "whether the animal has been reported lost or stolen.")
    document.add_paragraph("In 12 months we scanned 1,286 new patients. Four dogs, two of them working "
                           "sheepdogs, were flagged as stolen and are now back with their owners, and 91 "
                           "clients updated out-of-date contact details on the spot.")
    document.add_heading("Farm security: tips from the Rural Taskforce", level=1)
    document.add_paragraph("PC Dan Metcalfe of North Yorkshire Police's Rural Taskforce asked us to pass on "
                           "these reminders:")
    _bullets(document, ["Lock quads and side-by-sides away at night and take the keys into the house.",
                        "Mark tools, saddles and trailers with a forensic marking kit and photograph them.",
                        "Join North Yorkshire Farm Watch to get alerts about thefts in your area.",
                        "Report anything suspicious on 101, or 999 if a crime is happening now."])
    document.add_heading("Vaccination prices from 1 April 2025", level=1)
    _grid(document, [["Vaccination", "Price (inc. VAT)"],
                     ["Dog annual booster", "\u00a358.50"],
                     ["Cat annual booster", "\u00a354.00"],
                     ["Rabbit combined vaccine", "\u00a349.75"],
                     ["Puppy or kitten course (two injections)", "\u00a396.00"],
                     ["Microchip (free with a puppy or kitten course)", "\u00a322.00"]],
          header_fill="E2EFDA")
    document.add_heading("Meet the team", level=1)
    document.add_paragraph("Eilidh Grant joined our farm team in February from a mixed practice in "
                           "Dumfriesshire. Eilidh has a special interest in sheep flock health and will be "
                           "running our ewe fertility clinics from the autumn.")
    document.add_heading("Opening hours and contact", level=1)
    _grid(document, [["Branch", "Opening hours", "Telephone"],
                     ["Leyburn (main surgery), Harmby Road, DL8 5QA", "Mon to Fri 8.30am to 6.30pm, Sat 9am to "
                      "12 noon", "01632 960261"],
                     ["Hawes, Market Place, DL8 3RD", "Mon, Wed and Fri 9am to 5pm", "01632 960262"],
                     ["Bedale, Bridge Street, DL8 2AD", "Mon to Fri 8.30am to 6pm", "01632 960263"]],
          header_fill="E2EFDA")
    document.add_paragraph("Out of hours, for emergencies only, call 01632 960299. Farm calls are answered "
                           "by a vet 24 hours a day.")
    _save_docx(document, out / "fellside-veterinary-group-farm-and-pet-news-spring-2025.docx",
               "Fellside Farm & Pet News, Spring 2025", "Fellside Veterinary Group")


# ------------------ 6. A county trading standards service plan extract (Word, heading styles, tables)

def lincolnshire_trading_standards_service_plan(out: Path) -> None:
    """A county trading standards service's annual service plan, sections 3 to 6 (Word, Title, Heading 1
    and Heading 2 styles with numbered heading text, five tables): header with the council and the
    service, footer with the plan, version, protective marking and page number; title, extract note, a
    labelled plan details table (not work), 3 resources with staffing and budget tables (not metrics),
    4 review of the year: performance against targets as a table (context), doorstep crime (one piece
    of work with results: the service with Lincolnshire Police on a joint rapid response and days of
    action), underage vape sales (one piece of work with results: the service's own test purchasing
    and retailer visits, 'we', no force), illicit tobacco (one piece of work with results: the service
    with HMRC, no force), animal health visits (routine); 5 priorities for the coming year (future) and
    6 an approval table with names and dates."""
    import docx

    document = docx.Document()
    _header_footer(document, "Lincolnshire County Council  |  Lincolnshire Trading Standards",
                   "Trading Standards Service Plan 2025/26  \u00b7  Version 1.0  \u00b7  OFFICIAL")
    document.add_heading("Trading Standards Service Plan 2025/26", level=0)
    note = document.add_paragraph()
    note.add_run("Extract: sections 3 to 6. Sections 1 and 2 (introduction, legal framework and service "
                 "priorities) are in the full plan.").italic = True
    _grid(document, [["Service", "Lincolnshire Trading Standards, Place Directorate"],
                     ["Plan period", "1 April 2025 to 31 March 2026"],
                     ["Approved by", "Executive Councillor for Community Safety, 24 June 2025"],
                     ["Version", "1.0 (published July 2025)"],
                     ["Framework", "Prepared in line with the Food Standards Agency Framework Agreement and "
                                   "the Regulators' Code"]],
          header_fill="DDEBF7", label_col=True)
    document.add_heading("3. Resources", level=1)
    document.add_heading("3.1 Staffing", level=2)
    _grid(document, [["Role", "FTE 2024/25", "FTE 2025/26"],
                     ["Trading Standards Officers", "14.5", "14.5"],
                     ["Enforcement Officers", "9.0", "10.0"],
                     ["Animal Health Inspectors", "4.0", "4.0"],
                     ["Intelligence, business support and management", "5.6", "5.6"],
                     ["Total", "33.1", "34.1"]], header_fill="DDEBF7", bold_all=True)
    document.add_heading("3.2 Budget", level=2)
    _grid(document, [["", "2025/26 (\u00a3)"],
                     ["Staff", "1,642,000"],
                     ["Sampling, testing and supplies", "118,000"],
                     ["Legal costs", "64,000"],
                     ["Income (Primary Authority partnerships and grants)", "-97,000"],
                     ["Net budget", "1,727,000"]], header_fill="DDEBF7", bold_all=True)
    document.add_heading("4. Review of 2024/25", level=1)
    document.add_heading("4.1 Performance against targets", level=2)
    _grid(document, [["Measure", "Target", "Achieved"],
                     ["Business advice requests answered within 5 working days", "90%", "93%"],
                     ["Consumer complaints referred by the Citizens Advice consumer service", "-", "3,612"],
                     ["Food standards and feed hygiene inspections", "400", "412"],
                     ["Weights and measures inspections of high-risk premises", "120", "117"],
                     ["Animal health and welfare visits", "280", "286"]], header_fill="DDEBF7")
    document.add_heading("4.2 Doorstep crime", level=2)
    document.add_paragraph("Doorstep crime remains our highest-harm priority: the average victim in "
                           "Lincolnshire is 81 years old. In 2024/25 we ran a joint rapid response with "
                           "Lincolnshire Police. When a call reports a trader at an older person's home, the "
                           "force's control room sends officers and alerts our duty officer, who attends or "
                           "advises by phone, and on five days of action with the force's roads policing "
                           "officers we stopped vehicles flagged by ANPR as belonging to suspected rogue "
                           "traders.")
    document.add_paragraph("Together we attended 37 incidents and prevented \u00a3214,000 being handed to rogue "
                           "traders. Twelve people were arrested on the days of action and four have been "
                           "convicted, two of them jailed.")
    document.add_heading("4.3 Underage sales of vapes", level=2)
    document.add_paragraph("Complaints from parents and schools about shops selling vapes to children more "
                           "than doubled. We ran two rounds of test purchases with trained young volunteers "
                           "aged 14 to 16. In the first round, 14 of 34 shops sold to them. Officers then "
                           "visited every shop that failed and every other vape retailer in the same towns, "
                           "160 in all, with advice and a free till prompt, and seized 4,900 illegal "
                           "vapes.")
    document.add_paragraph("In the second round 5 of 32 shops sold, so the failure rate fell from 41% in the "
                           "first round to 16%. Two repeat sellers were prosecuted.")
    document.add_heading("4.4 Illicit tobacco", level=2)
    document.add_paragraph("With HM Revenue and Customs (HMRC) we inspected 19 shops suspected of selling "
                           "illicit tobacco, using a contracted detection dog team to find hidden stock. We "
                           "seized 1.2 million illicit cigarettes and 310kg of hand-rolling tobacco, and the "
                           "council obtained closure orders on four shops at Lincoln and Boston "
                           "magistrates' courts.")
    document.add_heading("4.5 Animal health", level=2)
    document.add_paragraph("Inspectors made 286 visits to farms, markets and hauliers, checking animal "
                           "welfare in transport, movement records and ear tags, and responded to two "
                           "suspected notifiable disease reports.")
    document.add_heading("5. Priorities for 2025/26", level=1)
    _bullets(document, ["Prepare retailers for the ban on single-use vapes and the new tobacco and vapes "
                        "licensing scheme.",
                        "Extend the joint rapid response with Lincolnshire Police to weekends.",
                        "Recruit a second financial investigator to recover rogue traders' assets under the "
                        "Proceeds of Crime Act 2002.",
                        "Review the feed hygiene inspection programme with the Food Standards Agency."])
    document.add_heading("6. Approval", level=1)
    _grid(document, [["Role", "Name", "Date"],
                     ["Head of Trading Standards", "Andrew Pask", "12 June 2025"],
                     ["Executive Councillor for Community Safety", "Councillor Ruth Kirkby", "24 June 2025"]],
          header_fill="DDEBF7")
    _save_docx(document, out / "lincolnshire-trading-standards-service-plan-2025-26-extract.docx",
               "Trading Standards Service Plan 2025/26 (extract)", "Lincolnshire Trading Standards")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    dearne_valley_safety_officer_report(out)
    mercers_walk_security_annual_review(out)
    nene_ed_safer_together_newsletter(out)
    bridport_annual_town_meeting_minutes(out)
    fellside_vets_client_newsletter(out)
    lincolnshire_trading_standards_service_plan(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
