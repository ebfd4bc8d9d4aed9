"""Write the documents of the fortieth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout40/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): an arts centre's exhibition catalogue, a
council's register of a councillor's interests, a social enterprise cafe's folded menu, a daughter's
eulogy for her father, a residents' association's letter objecting to a planning application and a
primary school's reading comprehension worksheet. The HTML, Markdown and plain-text documents (a local
news site's photo gallery, a force's jargon buster, a charity's rehoming profile of a retired police
dog, a student's lecture notes and a primary class's assembly script) are kept here as text and
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
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers (taken from the thirty-ninth set)

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
          zebra=None, pad=3, inner=True):
    data = []
    for r, row in enumerate(rows):
        style = head_style if (r == 0 and head_style is not None) else cell_style
        data.append([Paragraph(v, style) if isinstance(v, str) else v for v in row])
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





# ================================================================== 1. An arts centre's exhibition catalogue (PDF)

EX_INK = colors.HexColor("#222222")
EX_ACCENT = colors.HexColor("#C8102E")
EX_GREY = colors.HexColor("#6B6B6B")
EX_FILE = "albert-road-arts-middlesbrough-common-ground-exhibition-catalogue-2026.pdf"


def _ex_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(EX_INK)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        # a contact sheet: three rows of four frames, one picked out in red
        for row in range(3):
            for col in range(4):
                x = 16 * mm + col * 30 * mm
                y = height - 70 * mm - row * 22 * mm
                canvas.setFillColor(colors.HexColor("#3A3A3A"))
                canvas.rect(x, y, 26 * mm, 18 * mm, stroke=0, fill=1)
                canvas.setFillColor(colors.HexColor("#8A8A8A"))
                canvas.setFont("Helvetica", 5)
                canvas.drawString(x, y - 3 * mm, "%d" % (row * 4 + col + 1))
        canvas.setStrokeColor(EX_ACCENT)
        canvas.setLineWidth(2)
        canvas.rect(16 * mm + 60 * mm - 1, height - 92 * mm - 1, 26 * mm + 2, 18 * mm + 2, stroke=1, fill=0)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 34)
        canvas.drawString(16 * mm, 62 * mm, "COMMON")
        canvas.drawString(16 * mm, 49 * mm, "GROUND")
        canvas.setFont("Helvetica", 10.5)
        canvas.drawString(16 * mm, 40 * mm, "Young photographers and the streets they share")
        canvas.setFillColor(EX_ACCENT)
        canvas.rect(16 * mm, 33 * mm, 20 * mm, 1.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.drawString(16 * mm, 25 * mm, "7 February \u2013 18 April 2026")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(16 * mm, 20 * mm, "Albert Road Arts \u00b7 Gallery 2 \u00b7 Middlesbrough")
        canvas.setFont("Helvetica", 6.5)
        canvas.setFillColor(colors.HexColor("#9A9A9A"))
        canvas.drawString(16 * mm, 11 * mm, "Catalogue \u00b7 \u00a33 where sold \u00b7 free to schools")
    else:
        canvas.setFillColor(EX_GREY)
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(14 * mm, 9 * mm, "COMMON GROUND \u00b7 Albert Road Arts")
        canvas.drawRightString(width - 14 * mm, 9 * mm, "%d" % page)
        canvas.setFillColor(EX_ACCENT)
        canvas.rect(14 * mm, height - 11 * mm, 8 * mm, 1 * mm, stroke=0, fill=1)
    canvas.restoreState()


def exhibition_catalogue(out: Path) -> None:
    width, height = A5
    margin = 14 * mm
    doc = BaseDocTemplate(str(out / EX_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=16 * mm, bottomMargin=16 * mm, title="Common Ground \u2013 exhibition catalogue",
                          author="Albert Road Arts", subject="Exhibition catalogue, Gallery 2, 2026",
                          creator="Albert Road Arts", invariant=1)
    frame = Frame(margin, 15 * mm, width - 2 * margin, height - 31 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 15 * mm, width - 2 * margin, 8 * mm, id="c")],
                                       onPage=_ex_page),
                          PageTemplate("inner", [frame], onPage=_ex_page)])
    wide = width - 2 * margin
    h1 = _style("h1", "Helvetica-Bold", 15, leading=18, color=EX_INK, after=5)
    kicker = _style("k", "Helvetica-Bold", 7, leading=9, color=EX_ACCENT, after=2)
    body = _style("b", "Times-Roman", 9.6, leading=13, after=5.5)
    sign = _style("sg", "Times-Italic", 9.2, leading=12, after=8)
    toc = _style("toc", "Helvetica", 8.4, leading=13)
    cell = _style("c", "Helvetica", 7.2, leading=9)
    cell_it = _style("ci", "Helvetica-Oblique", 7.2, leading=9)
    head = _style("hd", "Helvetica-Bold", 7, leading=9, color=colors.white)
    no_style = _style("no", "Helvetica-Bold", 9, leading=11, color=EX_ACCENT, after=1)
    label = _style("lb", "Helvetica-Bold", 8.6, leading=11, after=1)
    caption = _style("cp", "Helvetica", 7.2, leading=9, color=EX_GREY, after=3)
    note = _style("nt", "Times-Roman", 9, leading=12, after=4.5)
    quote = _style("q", "Times-Italic", 9, leading=12, after=4.5, left=6)
    small = _style("sm", "Helvetica", 6.8, leading=8.8, color=EX_GREY, after=3)
    h2 = _style("h2", "Helvetica-Bold", 10, leading=13, color=EX_INK, before=6, after=3)

    contents = Table([[Paragraph(t, toc), Paragraph(p, toc)] for t, p in (
        ("Foreword", "2"), ("Looking at our own streets", "3"), ("List of works", "4"),
        ("Notes on the works", "5"), ("The artists", "6"), ("Thanks and credits", "7"))],
        colWidths=[wide - 10 * mm, 10 * mm])
    contents.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#CCCCCC")),
                                  ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))

    works = [["No.", "Artist", "Title, date", "Medium, size", "Price"],
             ["1", "Kayden Ross (16)", "<i>Bus shelter, Marton Road</i>, 2025", "Silver gelatin print, 40 x 50 cm",
              "\u00a385"],
             ["2", "Kayden Ross (16)", "<i>Half-term</i>, 2025", "Silver gelatin print, 40 x 50 cm", "\u00a385"],
             ["3", "Leah Dunning (17)", "<i>Mam\u2019s uniform</i>, 2025", "Inkjet print, 30 x 40 cm", "NFS"],
             ["4", "Leah Dunning (17)", "<i>Albert Park, 7am</i>, 2025", "Inkjet print, 30 x 40 cm", "\u00a360"],
             ["5", "Bilal Hussain (18)", "<i>Shop shutters (series of six)</i>, 2025",
              "Inkjet prints, each 20 x 25 cm", "\u00a3150 set"],
             ["6", "Bilal Hussain (18)", "<i>Blue lights, Linthorpe Road</i>, 2025", "Inkjet print, 60 x 40 cm",
              "\u00a395"],
             ["7", "Ruby-Mae Clarke (15)", "<i>Our Nan\u2019s street</i>, 2025", "Cyanotype, 21 x 30 cm", "\u00a340"],
             ["8", "Ruby-Mae Clarke (15)", "<i>Washing line</i>, 2025", "Cyanotype, 21 x 30 cm", "\u00a340"],
             ["9", "Tyler Nwosu (17)", "<i>The underpass</i>, 2025", "Silver gelatin print, 50 x 60 cm", "\u00a3110"],
             ["10", "Tyler Nwosu (17)", "<i>Stop</i> (self-portrait), 2025", "Silver gelatin print, 50 x 60 cm",
              "NFS"],
             ["11", "Amy Corrigan (19)", "<i>Night bus (Operation Nothing)</i>, 2025",
              "Inkjet print, 40 x 60 cm", "\u00a390"],
             ["12", "Amy Corrigan (19)", "<i>Transporter Bridge from the Ferry Road</i>, 2025",
              "Inkjet print, 40 x 60 cm", "\u00a390"],
             ["13", "Group work", "<i>Common Ground</i> (wall of 120 contact prints), 2024\u201326",
              "Silver gelatin contact prints", "NFS"],
             ["14", "Dan Hetherington", "<i>Still (for the ones who handed them in)</i>, 2026",
              "Welded steel blades, 140 x 90 x 60 cm", "NFS*"]]
    works_table = _grid(works, [7 * mm, 23 * mm, 38 * mm, 38 * mm, wide - 106 * mm], cell, head_style=head,
                        head_fill=EX_INK, line=colors.HexColor("#BBBBBB"), zebra=colors.HexColor("#F2F2F2"),
                        inner=False)

    story = [Spacer(1, 1), NextPageTemplate("inner"), PageBreak(),
             Paragraph("FOREWORD", kicker),
             Paragraph("Foreword", h1),
             Paragraph("When we opened Gallery 2 in 2019 we promised that one show in every year would be made by "
                       "people who had never shown their work anywhere before. <i>Common Ground</i> is the most "
                       "ambitious of those shows so far: twelve photographic works and a wall of contact prints by "
                       "young people from across Middlesbrough, and one sculpture by an artist they invited to "
                       "show with them.", body),
             Paragraph("These are pictures of bus shelters, underpasses, back lanes, shop shutters and a nan\u2019s "
                       "front step. They are also pictures of being watched, being moved on and being looked after, "
                       "and some of them are not easy to look at. We hope you will spend time with them.", body),
             Paragraph("Our thanks go to Northern Frame and its young photographers, to the lenders and funders "
                       "named at the back of this catalogue, and to our front of house volunteers, who have "
                       "hung, lit and invigilated the show.", body),
             Paragraph("Ruth Okafor, Director, Albert Road Arts", sign),
             Paragraph("Contents", h2),
             contents,
             PageBreak(),
             Paragraph("ESSAY", kicker),
             Paragraph("Looking at our own streets", h1),
             Paragraph("<i>Amira Shah, curator</i>", caption),
             Paragraph("Most photographs of Middlesbrough are taken by people passing through: the Transporter "
                       "Bridge at dusk, a boarded-up shop on a Sunday, a crowd at the Riverside. The young people "
                       "in this exhibition are not passing through. They photograph the streets they walk to "
                       "school, the shelters where they wait for the last bus and the parks where they are told "
                       "they should not be after dark.", body),
             Paragraph("Tees Young Lens is Northern Frame\u2019s photography project for 15 to 19 year olds in "
                       "Middlesbrough. Since September 2024 the charity has run it in two cohorts of twenty weeks, "
                       "on Tuesday evenings and Saturday mornings at its studio on Linthorpe Road. Each young "
                       "person is lent a camera for the whole course, is paired with a working photographer as a "
                       "mentor, learns to develop and print in the darkroom and, at the end, chooses, titles and "
                       "hangs their own pictures. Twenty-eight young people have taken part, eleven of them "
                       "referred by youth workers or by their school; twenty-three finished the course, and nine "
                       "have gone on to college courses in art, photography or media.", body),
             Paragraph("I first saw their contact sheets in a back room on a wet Saturday in 2025, and what struck "
                       "me was how often the same places came back. The underpass at Marton Road appears in the "
                       "work of five different photographers. So does the police van: parked, passing, its blue "
                       "lights smeared by a slow shutter into a ribbon across the frame.", body),
             Paragraph("It would be easy to say that this is an exhibition about crime, and it is not. It is an "
                       "exhibition about ownership: about who gets to stand still in a public place, and who is "
                       "moved along. Tyler Nwosu\u2019s self-portrait <i>Stop</i> (no. 10) was taken on the evening "
                       "he was searched, for the first time, outside the station; Leah Dunning\u2019s <i>Mam\u2019s "
                       "uniform</i> (no. 3) shows her mother\u2019s jacket on the back of a kitchen chair at the end "
                       "of a shift. Both are here because both photographers asked for them to be.", body),
             Paragraph("The photographers invited one older artist to show with them. Dan Hetherington\u2019s "
                       "sculpture in the centre of the room was made over the winter, and the young people "
                       "watched it grow in his workshop in South Bank. His note on it is on page 5.", body),
             Paragraph("A word on titles. Amy Corrigan called her night bus picture <i>Operation Nothing</i> "
                       "because, she says, \u201ceverything round here is an operation now, and nothing "
                       "happened on that bus\u201d. We have kept her title.", body),
             PageBreak(),
             Paragraph("LIST OF WORKS", kicker),
             Paragraph("List of works", h1),
             Paragraph("All works lent by the artists. Sizes are height x width (x depth). Prices include VAT. "
                       "NFS: not for sale. To buy a work, please ask at the front desk; Albert Road Arts takes "
                       "no commission and 10 per cent of every sale goes to Northern Frame.", caption),
             works_table,
             Paragraph("* Will be returned to the artist at the close of the exhibition and is not for sale.",
                       caption),
             PageBreak(),
             Paragraph("NOTES ON THE WORKS", kicker),
             Paragraph("Notes on the works", h1),
             Paragraph("No. 3", no_style), Paragraph("Leah Dunning, <i>Mam\u2019s uniform</i>", label),
             Paragraph("\u201cMy mam is a PCSO in Berwick Hills. She does lates. This is what the kitchen looks "
                       "like when I get up for school and she\u2019s still asleep.\u201d", quote),
             Paragraph("No. 6", no_style), Paragraph("Bilal Hussain, <i>Blue lights, Linthorpe Road</i>", label),
             Paragraph("\u201cA two-second exposure from the bus stop outside the takeaway. I didn\u2019t know what "
                       "was happening and I still don\u2019t. I just liked the colours.\u201d", quote),
             Paragraph("No. 11", no_style), Paragraph("Amy Corrigan, <i>Night bus (Operation Nothing)</i>", label),
             Paragraph("\u201cThe 13 at half eleven. Everyone on it is going home from work.\u201d", quote),
             Paragraph("No. 14", no_style),
             Paragraph("Dan Hetherington, <i>Still (for the ones who handed them in)</i>", label),
             Paragraph("Operation Hallgate was Cleveland Police\u2019s knife surrender campaign "
                       "in Middlesbrough and Stockton in October and November 2025. For six weeks the force put "
                       "surrender bins in four churches and at the Thorntree community hub, and officers from its "
                       "Youth Intervention Team, with Middlesbrough Council\u2019s community safety team, gave "
                       "talks in every secondary school in the two towns and knocked on doors with the "
                       "council\u2019s wardens in the streets that had seen the most knife incidents. The force "
                       "says 1,146 knives and blades were handed in, from kitchen knives to machetes, and that "
                       "knife crime reported in the two towns was down by a fifth in the three months that "
                       "followed. The blades were made safe and blunted by the force and given to the artist, who "
                       "welded them into this piece in his workshop in South Bank between December and "
                       "January.", note),
             Paragraph("\u201cI wanted it to look like something that has stopped moving. Every one of these was "
                       "in somebody\u2019s pocket or somebody\u2019s kitchen drawer.\u201d", quote),
             PageBreak(),
             Paragraph("THE ARTISTS", kicker),
             Paragraph("The artists", h1)]
    for name, text in (
            ("Amy Corrigan", "works nights at a supermarket in the town centre and photographs her journeys to "
                             "and from work. She starts a foundation course in September."),
            ("Ruby-Mae Clarke", "is in Year 11. Her cyanotypes were printed in sunlight on the roof of the "
                                "Linthorpe Road studio."),
            ("Leah Dunning", "is studying for A levels in art and English and wants to be a picture editor."),
            ("Bilal Hussain", "is in his first year of a photography course at a college in Middlesbrough."),
            ("Kayden Ross", "took his first photographs on a borrowed camera in 2024 and has not put one down "
                            "since."),
            ("Tyler Nwosu", "is a keen boxer and an apprentice electrician. This is his first exhibition."),
            ("Dan Hetherington", "is a sculptor and fabricator based in South Bank. His public works include "
                                 "the steel herons on the Stockton riverside.")):
        story.append(Paragraph("<b>%s</b> %s" % (name, text), note))
    story += [PageBreak(),
              Paragraph("THANKS AND CREDITS", kicker),
              Paragraph("Thanks and credits", h1),
              Paragraph("<i>Common Ground</i> is a partnership between Albert Road Arts and Northern Frame.", body),
              Paragraph("Supported by", h2),
              Paragraph("Arts Council England (National Lottery Project Grants) \u00b7 the Cleveland Police and "
                        "Crime Commissioner\u2019s Community Safety Fund \u00b7 Middlesbrough Council \u00b7 the "
                        "Headland Trust \u00b7 Teesside Camera Club, which lent cameras and lenses", body),
              Paragraph("Visiting", h2),
              Paragraph("Gallery 2 is open Tuesday to Saturday, 10am to 5pm, and until 8pm on Thursdays. Entry "
                        "is free. Step-free access from Albert Road; large print captions and a quiet room are "
                        "available at the front desk. Some works deal with policing, racism and violence; a "
                        "content note is at the entrance to the room.", body),
              Spacer(1, 6),
              _panel([Paragraph("Published by Albert Road Arts on the occasion of the exhibition <i>Common "
                                "Ground</i>, Gallery 2, 7 February to 18 April 2026.", small),
                      Paragraph("Albert Road Arts, 61 Albert Road, Middlesbrough TS1 1QA \u00b7 01632 960 418 "
                                "\u00b7 Registered charity no. 1164420", small),
                      Paragraph("ISBN 978-1-7384562-1-9 \u00b7 Edition of 500 \u00b7 Photographs \u00a9 the "
                                "artists \u00b7 Essay \u00a9 Amira Shah \u00b7 Design by Sixteen Tons, "
                                "Stockton \u00b7 Printed on recycled paper by Tees Print Works", small)],
                     wide, border=colors.HexColor("#BBBBBB"), pad=6)]
    doc.build(story)


# ================================================================== 2. A council's register of a councillor's interests (PDF)

RI_INK = colors.HexColor("#00553E")
RI_FILL = colors.HexColor("#E5EFEA")
RI_FILE = "north-somerset-council-register-of-members-interests-cllr-helen-varley.pdf"
RI_PAGES = 3


def _ri_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(RI_INK)
    canvas.circle(24 * mm, height - 17 * mm, 6 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(24 * mm, height - 18.5 * mm, "NS")
    canvas.setFillColor(RI_INK)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(33 * mm, height - 15.5 * mm, "North Somerset Council")
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.drawString(33 * mm, height - 20 * mm, "Democratic Services \u00b7 Town Hall \u00b7 Weston-super-Mare")
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawRightString(width - 18 * mm, height - 15.5 * mm, "Register of Members\u2019 Interests")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 18 * mm, height - 20 * mm, "Councillor Helen Varley")
    canvas.setStrokeColor(RI_INK)
    canvas.setLineWidth(1.2)
    canvas.line(18 * mm, height - 25 * mm, width - 18 * mm, height - 25 * mm)
    canvas.setLineWidth(0.4)
    canvas.line(18 * mm, 16 * mm, width - 18 * mm, 16 * mm)
    canvas.setFont("Helvetica", 7)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(18 * mm, 11.5 * mm, "Published under section 29 of the Localism Act 2011 \u00b7 "
                                          "Notification dated 11 December 2025 \u00b7 Ref. REG/2023/047")
    canvas.drawRightString(width - 18 * mm, 11.5 * mm, "Page %d of %d" % (page, RI_PAGES))
    canvas.restoreState()


def register_of_interests(out: Path) -> None:
    width, height = A4
    margin = 18 * mm
    doc = BaseDocTemplate(str(out / RI_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=32 * mm, bottomMargin=22 * mm,
                          title="Register of Members' Interests - Councillor Helen Varley",
                          author="North Somerset Council", subject="Register of Members' Interests",
                          creator="North Somerset Council Democratic Services", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(margin, 20 * mm, width - 2 * margin, height - 52 * mm, id="f",
                                                   leftPadding=0, rightPadding=0)], onPage=_ri_page)])
    wide = width - 2 * margin
    title = _style("t", "Helvetica-Bold", 17, leading=21, color=RI_INK, after=2)
    sub = _style("s", "Helvetica", 9.5, leading=12.5, color=colors.HexColor("#333333"), after=8)
    h2 = _style("h2", "Helvetica-Bold", 11, leading=14, color=RI_INK, before=10, after=4)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 8.8, leading=11.8, after=5)
    cell = _style("c", "Helvetica", 8.2, leading=10.4)
    cell_b = _style("cb", "Helvetica-Bold", 8.2, leading=10.4)
    head = _style("hd", "Helvetica-Bold", 8.2, leading=10.4, color=colors.white)
    small = _style("sm", "Helvetica-Oblique", 7.6, leading=9.6, color=colors.HexColor("#333333"), after=4)
    line = colors.HexColor("#8DB3A4")

    def two_col(rows, left=60 * mm):
        table = Table([[Paragraph(a, cell_b), Paragraph(b, cell)] for a, b in rows], colWidths=[left, wide - left])
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RI_INK), ("INNERGRID", (0, 0), (-1, -1), 0.4, line),
                                   ("BACKGROUND", (0, 0), (0, -1), RI_FILL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return table

    dpi = [["", "Subject", "Your interest", "Your spouse or civil partner\u2019s interest *"],
           ["1", "<b>Employment, office, trade, profession or vocation</b><br/>Any employment, office, trade, "
                 "profession or vocation carried on for profit or gain.",
            "Self-employed bookkeeper (H V Bookkeeping, Weston-super-Mare).",
            "Police sergeant, Avon and Somerset Police (response team, Weston-super-Mare)."],
           ["2", "<b>Sponsorship</b><br/>Any payment or provision of any other financial benefit (other than from "
                 "the council) made in the previous 12 months in respect of any expenses incurred in carrying out "
                 "duties as a member, or towards election expenses.",
            "\u00a3350 towards election expenses from North Somerset Independents (May 2023 election).", "None"],
           ["3", "<b>Contracts</b><br/>Any contract made between the relevant person (or a body in which the "
                 "relevant person has a beneficial interest) and the council for goods, services or works which "
                 "has not been fully discharged.", "None", "None"],
           ["4", "<b>Land</b><br/>Any beneficial interest in land which is within the area of the council.",
            "Sensitive interest: details withheld under section 32 of the Localism Act 2011 (see note A).",
            "Sensitive interest: details withheld (see note A)."],
           ["5", "<b>Licences</b><br/>Any licence (alone or jointly with others) to occupy land in the area of the "
                 "council for a month or longer.", "None",
            "Allotment plot 14B, Uphill Road allotments (licence from Weston-super-Mare Town Council)."],
           ["6", "<b>Corporate tenancies</b><br/>Any tenancy where (to the member\u2019s knowledge) the landlord "
                 "is the council and the tenant is a body in which the relevant person has a beneficial interest.",
            "None", "None"],
           ["7", "<b>Securities</b><br/>Any beneficial interest in securities of a body where that body has a "
                 "place of business or land in the area of the council and the total nominal value of the "
                 "securities exceeds \u00a325,000 or one hundredth of the total issued share capital.",
            "One third of the issued share capital of Channel Watch Security Ltd (company no. 07784120), a "
            "family company supplying door supervisors and CCTV monitoring to licensed premises in "
            "Weston-super-Mare. I take no part in its management.", "None"]]
    dpi_table = _grid(dpi, [7 * mm, 64 * mm, (wide - 71 * mm) / 2, (wide - 71 * mm) / 2], cell, head_style=head,
                      head_fill=RI_INK, line=line)

    other = [["Category", "Details"],
             ["(a) Any body of which you are a member or in a position of general control or management and to "
              "which you are appointed or nominated by the council",
              ["Avon and Somerset Police and Crime Panel \u2013 member, appointed by the council (since June "
               "2023).",
               "North Somerset Community Safety Partnership \u2013 member of the board, representing the "
               "council\u2019s Independent group.",
               "Weston-super-Mare Business Improvement District \u2013 observer on the board for the council."]],
             ["(b) Any body exercising functions of a public nature",
              ["Avon and Somerset Police Independent Advisory Group for North Somerset \u2013 member "
               "(until March 2025)."]],
             ["(c) Any body directed to charitable purposes",
              ["Uphill and Bleadon Neighbourhood Watch Association (registered charity no. 1151093) \u2013 "
               "trustee and treasurer.",
               "Weston Street Pastors \u2013 volunteer (one Saturday night a month)."]],
             ["(d) Any body one of whose principal purposes includes the influence of public opinion or policy "
              "(including any political party or trade union)",
              ["North Somerset Independents \u2013 member.",
               "RoadPeace \u2013 supporter member."]]]
    rows = []
    for category, details in other:
        if isinstance(details, list):
            rows.append([Paragraph(category, cell), [Paragraph(d, cell) for d in details]])
        else:
            rows.append([Paragraph(category, head), Paragraph(details, head)])
    other_table = Table(rows, colWidths=[71 * mm, wide - 71 * mm])
    other_table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RI_INK),
                                     ("INNERGRID", (0, 0), (-1, -1), 0.4, line),
                                     ("BACKGROUND", (0, 0), (-1, 0), RI_INK), ("BACKGROUND", (0, 1), (0, -1), RI_FILL),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))

    gifts = _grid([["Date received", "From", "Description", "Estimated value"],
                   ["21 July 2025", "Weston-super-Mare Business Improvement District", "Ticket to the BID\u2019s "
                    "summer reception, Grand Pier", "\u00a355"],
                   ["14 November 2025", "Chief Constable, Avon and Somerset Police", "Dinner at the force\u2019s "
                    "annual Excellence Awards, Bristol, as the guest of the Police and Crime Panel", "\u00a365"],
                   ["2 December 2025", "Channel Watch Security Ltd", "Declined: offer of a Christmas hamper",
                    "n/a (declined)"]],
                  [28 * mm, 48 * mm, wide - 104 * mm, 28 * mm], cell, head_style=head, head_fill=RI_INK, line=line)

    story = [
        Paragraph("Register of Members\u2019 Interests", title),
        Paragraph("Notification by a member of North Somerset Council of disclosable pecuniary interests and other "
                  "registrable interests, under the Localism Act 2011, the Relevant Authorities (Disclosable "
                  "Pecuniary Interests) Regulations 2012 and the council\u2019s Members\u2019 Code of Conduct", sub),
        Paragraph("Members must notify the Monitoring Officer of their interests within 28 days of taking office, "
                  "and of any change within 28 days of becoming aware of it. The register is available for "
                  "inspection at the Town Hall and is published on the council\u2019s website. Failing to "
                  "register a disclosable pecuniary interest without reasonable excuse is a criminal offence.", body),
        Paragraph("Member details", h2),
        two_col([("Name", "Councillor Helen Varley"),
                 ("Electoral ward", "Weston-super-Mare Uphill"),
                 ("Political group", "Independent"),
                 ("Committees and outside bodies",
                  "Planning and Regulatory Committee; Licensing Committee; Avon and Somerset Police and Crime "
                  "Panel (council\u2019s appointee)"),
                 ("Type of notification", "Change to an existing entry (previous notification 4 June 2024)")]),
        Paragraph("Part 1 \u2013 Disclosable pecuniary interests", h2),
        Paragraph("Interests of the member and of the member\u2019s spouse or civil partner, or a person with whom "
                  "the member lives as if they were married or civil partners, of which the member is aware. "
                  "Write \u201cNone\u201d where there is no interest.", body),
        dpi_table,
        Paragraph("* The register does not name the spouse or partner.", small),
        Paragraph("Part 2 \u2013 Other registrable interests", h2),
        Paragraph("Bodies of which the member is a member or in a position of general control or management, "
                  "as required by paragraph 7 of the Members\u2019 Code of Conduct.", body),
        other_table,
        Paragraph("Part 3 \u2013 Gifts and hospitality", h2),
        Paragraph("Gifts and hospitality with an estimated value of more than \u00a350 received in the "
                  "member\u2019s capacity as a councillor, and offers declined, in the last 12 months.", body),
        gifts,
        Paragraph("Changes since the last notification", h2),
        two_col([("Added", "Avon and Somerset Police hospitality (Part 3); Weston Street Pastors (Part 2(c))."),
                 ("Removed", "Director, Weston Night Safe CIC (resigned 31 March 2025; the company was dissolved "
                             "in June 2025)."),
                 ("Amended", "Part 1, item 7: shareholding in Channel Watch Security Ltd reduced from one half to "
                             "one third on 1 October 2025. Part 2(b): Independent Advisory Group membership now "
                             "shown as ended.")]),
        Paragraph("Declaration", h2),
        Paragraph("I declare that the interests set out above are a true and complete record of my disclosable "
                  "pecuniary interests and other registrable interests, and those of my spouse or partner of "
                  "which I am aware. I understand that I must tell the Monitoring Officer of any change within "
                  "28 days, and that I must not take part in any discussion or vote on a matter in which I have "
                  "a disclosable pecuniary interest unless I have a dispensation.", body),
        two_col([("Signed", "H. Varley (signed copy held by Democratic Services)"),
                 ("Date", "11 December 2025")]),
        Spacer(1, 8),
        _panel([Paragraph("<b>Notes</b>", cell),
                Paragraph("A. Sensitive interests. Where the member and the Monitoring Officer consider that "
                          "disclosing the details of an interest could lead to the member, or a person connected "
                          "with them, being subject to violence or intimidation, the register states only that "
                          "the member has an interest, the details of which are withheld under section 32(2) of "
                          "the Localism Act 2011.", cell),
                Paragraph("B. Dispensations. Councillor Varley holds a dispensation dated 9 January 2024, valid "
                          "to May 2027, to speak but not vote on reports of the Community Safety Partnership in "
                          "which Avon and Somerset Police is named as a partner.", cell),
                Paragraph("For office use: received by the Monitoring Officer 12 December 2025 \u00b7 entered on "
                          "the register 15 December 2025 \u00b7 checked by JP", cell)],
               wide, fill=RI_FILL, border=RI_INK, pad=7),
    ]
    doc.build(story)


# ================================================================== 3. A social enterprise cafe's folded menu (PDF)

MN_GREEN = colors.HexColor("#2F4F3A")
MN_MUSTARD = colors.HexColor("#D9A520")
MN_PAPER = colors.HexColor("#FAF6EC")
MN_FILE = "the-hatch-friargate-preston-cafe-menu-spring-2026.pdf"


def _mn_outside(canvas, doc):
    """Page 1 of the folded sheet: the back panel on the left, the front cover on the right."""
    width, height = landscape(A4)
    half = width / 2
    canvas.saveState()
    canvas.setFillColor(MN_PAPER)
    canvas.rect(0, 0, half, height, stroke=0, fill=1)
    canvas.setFillColor(MN_GREEN)
    canvas.rect(half, 0, half, height, stroke=0, fill=1)
    # the hatch: a serving hatch with its shutter half up
    cx = half + half / 2
    canvas.setStrokeColor(MN_MUSTARD)
    canvas.setLineWidth(3)
    canvas.rect(cx - 30 * mm, height - 112 * mm, 60 * mm, 42 * mm, stroke=1, fill=0)
    canvas.setFillColor(MN_MUSTARD)
    for i in range(5):
        canvas.rect(cx - 30 * mm, height - 70 * mm - (i + 1) * 4 * mm, 60 * mm, 2.6 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.circle(cx - 8 * mm, height - 102 * mm, 5 * mm, stroke=0, fill=1)
    canvas.rect(cx + 2 * mm, height - 107 * mm, 9 * mm, 10 * mm, stroke=0, fill=1)
    canvas.setFont("Helvetica-Bold", 40)
    canvas.drawCentredString(cx, height - 140 * mm, "THE HATCH")
    canvas.setFont("Helvetica", 11)
    canvas.setFillColor(MN_MUSTARD)
    canvas.drawCentredString(cx, height - 150 * mm, "caf\u00e9  \u00b7  kitchen  \u00b7  second chances")
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawCentredString(cx, height - 168 * mm, "SPRING MENU 2026")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawCentredString(cx, 24 * mm, "112 Friargate, Preston PR1 2EE")
    canvas.drawCentredString(cx, 19 * mm, "Mon\u2013Fri 8am\u20133pm \u00b7 Sat 9am\u20132pm \u00b7 Sunday closed")
    canvas.restoreState()


def _mn_inside(canvas, doc):
    width, height = landscape(A4)
    half = width / 2
    canvas.saveState()
    canvas.setFillColor(MN_PAPER)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setStrokeColor(MN_MUSTARD)
    canvas.setLineWidth(1)
    for x in (12 * mm, half + 12 * mm):
        canvas.line(x, height - 14 * mm, x + half - 24 * mm, height - 14 * mm)
    canvas.setFillColor(MN_GREEN)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(12 * mm, height - 11 * mm, "THE HATCH")
    canvas.drawRightString(width - 12 * mm, height - 11 * mm, "SPRING MENU 2026")
    canvas.setFont("Helvetica", 6.8)
    canvas.drawCentredString(half / 2, 8 * mm, "All our food is cooked here by our chefs and trainees. "
                                                "Please be patient with us when we are busy.")
    canvas.drawCentredString(half + half / 2, 8 * mm, "V vegetarian \u00b7 VG vegan \u00b7 GF gluten free \u00b7 "
                                                       "(GF) can be made gluten free \u00b7 ask us about allergens")
    canvas.restoreState()


def _mn_items(items, name_style, price_style, desc_style, wide):
    rows, commands = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for name, price, desc in items:
        cell = [Paragraph(name, name_style)]
        if desc:
            cell.append(Paragraph(desc, desc_style))
        rows.append([cell, Paragraph(price, price_style)])
    table = Table(rows, colWidths=[wide - 16 * mm, 16 * mm])
    table.setStyle(TableStyle(commands))
    return table


def cafe_menu(out: Path) -> None:
    width, height = landscape(A4)
    half = width / 2
    pad = 12 * mm
    panel = half - 2 * pad
    doc = BaseDocTemplate(str(out / MN_FILE), pagesize=landscape(A4), leftMargin=pad, rightMargin=pad,
                          topMargin=pad, bottomMargin=pad, title="The Hatch \u2013 spring menu 2026",
                          author="Friargate Community Kitchens", subject="Caf\u00e9 menu",
                          creator="Friargate Community Kitchens", invariant=1)
    back = Frame(pad, 14 * mm, panel, height - 26 * mm, id="back", leftPadding=0, rightPadding=0)
    left = Frame(pad, 14 * mm, panel, height - 32 * mm, id="left", leftPadding=0, rightPadding=0)
    right = Frame(half + pad, 14 * mm, panel, height - 32 * mm, id="right", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("outside", [back], onPage=_mn_outside),
                          PageTemplate("inside", [left, right], onPage=_mn_inside)])
    h1 = _style("h1", "Helvetica-Bold", 15, leading=18, color=MN_GREEN, after=4)
    h2 = _style("h2", "Helvetica-Bold", 11, leading=14, color=MN_GREEN, before=7, after=4)
    h2.keepWithNext = 1
    sub = _style("sub", "Helvetica-Oblique", 7.6, leading=9.6, color=colors.HexColor("#555555"), after=4)
    body = _style("b", "Helvetica", 8.4, leading=11.2, after=5)
    quote = _style("q", "Helvetica-Oblique", 8.4, leading=11.2, color=MN_GREEN, after=5)
    small = _style("sm", "Helvetica", 7, leading=9, color=colors.HexColor("#444444"), after=3)
    name_style = _style("nm", "Helvetica-Bold", 8.6, leading=10.6, after=0.5)
    price_style = _style("pr", "Helvetica-Bold", 8.6, leading=10.6, align=2)
    desc_style = _style("ds", "Helvetica", 7.5, leading=9.4, color=colors.HexColor("#444444"))

    story = [
        Paragraph("Our story", h1),
        Paragraph("The Hatch opened in March 2023 in the old bakery on Friargate. It is run by Friargate Community "
                  "Kitchens, a small Preston charity, and every penny of profit goes back into the kitchen and "
                  "the people who learn to cook in it.", body),
        Paragraph("Kitchen Pass is our twelve-week traineeship for people leaving prison or on probation in "
                  "Preston. Our head chef and two kitchen mentors train four people at a time on the pass, the "
                  "grill and the coffee machine. Every trainee gets a Level 2 food hygiene certificate, a barista "
                  "course and help with a CV, a bank account and talking to employers about their conviction, and "
                  "is paid the Real Living Wage for 16 hours a week. Since 2023, 31 people have started Kitchen "
                  "Pass, 24 have finished it and 17 are now in work, nine of them in kitchens in Preston.", body),
        Paragraph("\u201cI\u2019d never had a job with a payslip. Now I\u2019m a commis chef on Fishergate and I "
                  "still come in on a Saturday to help.\u201d \u2013 Dean, Kitchen Pass 2024", quote),
        Paragraph("Second chances, together", h2),
        _panel([Paragraph("Project Fresh Slate is run by Lancashire Constabulary. Since April 2024 the "
                          "force\u2019s Preston diversion team has offered some 18 to 25 year olds arrested for a "
                          "first, low-level offence, such as shop theft or criminal damage, a sixteen-week "
                          "contract instead of going to court. They meet a diversion navigator every week, put "
                          "right the harm where the victim wants that, go to sessions on drugs, alcohol or money, "
                          "and do 20 hours of unpaid work in the community. Some of those hours are done here: "
                          "washing up, serving and helping at our Saturday community lunch. The force says 212 "
                          "young people have signed a contract so far, 178 have completed it, and fewer than one "
                          "in five has been arrested again within a year.", body),
                Paragraph("If you see someone in a green apron who is new to it, that may be why. Be kind.", quote)],
               panel, fill=colors.white, border=MN_MUSTARD, pad=7, border_width=1.2),
        Spacer(1, 6),
        Paragraph("Find us", h2),
        Paragraph("112 Friargate, Preston PR1 2EE, five minutes from the bus station. Phone 01632 960 157 for "
                  "table bookings (groups of six or more) and meeting lunches.", body),
        _grid([["Opening hours", ""], ["Monday to Friday", "8am to 3pm (kitchen closes 2.30pm)"],
               ["Saturday", "9am to 2pm (community lunch 12 to 2pm)"], ["Sunday and bank holidays", "Closed"]],
              [45 * mm, panel - 45 * mm], _style("oh", "Helvetica", 8, leading=10.2),
              head_style=_style("ohh", "Helvetica-Bold", 8, leading=10.2, color=colors.white),
              head_fill=MN_GREEN, line=colors.HexColor("#C9BFA3"), inner=False),
        Spacer(1, 6),
        Paragraph("Gift vouchers from \u00a35 at the counter. Follow us: @thehatchpreston on Instagram and "
                  "Facebook.", body),
        Paragraph("Friargate Community Kitchens is a registered charity in England and Wales, no. 1178830. "
                  "Food hygiene rating 5. We pay the Real Living Wage. Menu printed April 2026; prices may change.",
                  small),
        NextPageTemplate("inside"), PageBreak(),
        Paragraph("Breakfast", h1),
        Paragraph("Served until 11.30am. All our eggs are free range.", sub),
        _mn_items([("The Full Friargate", "\u00a38.95", "Two sausages, bacon, egg your way, beans, mushrooms, "
                                                          "tomato, hash brown, toast (GF)"),
                   ("The Veggie Friargate V", "\u00a38.50", "Veggie sausages, egg, halloumi, beans, mushrooms, "
                                                             "tomato, hash brown, toast (GF)"),
                   ("The Sarge", "\u00a36.25", "Bacon and black pudding barm with a mug of tea. Named after our "
                                               "most loyal customer, a retired sergeant who has had one every "
                                               "weekday since we opened"),
                   ("Eggs on toast V", "\u00a34.75", "Two eggs poached, fried or scrambled on sourdough (GF)"),
                   ("Porridge VG", "\u00a33.95", "Oat milk, with golden syrup, banana or jam"),
                   ("Bacon or sausage barm", "\u00a34.25", "Add an egg 90p")], name_style, price_style,
                  desc_style, panel),
        Paragraph("Sandwiches and toasties", h2),
        Paragraph("On white or brown bloomer, or a barm. Gluten free bread 60p extra.", sub),
        _mn_items([("Cheese and Lancashire onion chutney V", "\u00a35.25", None),
                   ("Ham, mustard and pickle", "\u00a35.50", None),
                   ("Tuna crunch", "\u00a35.50", "Tuna mayo, red onion, cucumber"),
                   ("Toastie of the day", "\u00a35.95", "Ask at the counter or look at the board"),
                   ("Soup and half a sandwich", "\u00a37.25", None)], name_style, price_style, desc_style, panel),
        FrameBreak(),
        Paragraph("Hot plates", h1),
        Paragraph("Served from 11.30am until 2.30pm, or until they run out.", sub),
        _mn_items([("Soup of the day VG", "\u00a34.50",
                    "With bread and butter (GF)"),
                   ("Lancashire hotpot", "\u00a38.95", "With pickled red cabbage. Made with the Kitchen Pass "
                                                       "trainees every Tuesday"),
                   ("Butter pie", "\u00a37.50", "Preston\u2019s own: potato and onion in shortcrust, with beans "
                                                "or peas V"),
                   ("Jacket potato V", "\u00a35.95",
                    "Cheese, beans, tuna mayo or chilli; add a side salad \u00a31.50 (GF)"),
                   ("Saturday community lunch", "Pay what you can", "Saturdays 12 to 2pm, one hot dish and a "
                                                                     "pudding; nobody is turned away")],
                  name_style, price_style, desc_style, panel),
        Paragraph("Sweet things", h2),
        _mn_items([("Scone with jam and cream V", "\u00a33.25", None),
                   ("Eccles cake with a slice of Lancashire cheese V", "\u00a33.50", None),
                   ("Traybake of the day", "\u00a32.95", "Brownie, flapjack (GF) or millionaire\u2019s"),
                   ("Toasted teacake V", "\u00a32.50", None)], name_style, price_style, desc_style, panel),
        Paragraph("Drinks", h2),
        _grid([["", "Regular", "Large"],
               ["Tea (pot for one)", "\u00a31.90", "\u00a32.40"],
               ["Americano", "\u00a32.40", "\u00a32.90"],
               ["Latte, cappuccino or flat white", "\u00a32.90", "\u00a33.40"],
               ["Hot chocolate", "\u00a32.90", "\u00a33.40"],
               ["Cans and juice", "\u00a31.60", ""]],
              [panel - 40 * mm, 20 * mm, 20 * mm], _style("dc", "Helvetica", 8.2, leading=10.4),
              head_style=_style("dh", "Helvetica-Bold", 8.2, leading=10.4, color=colors.white),
              head_fill=MN_GREEN, line=colors.HexColor("#C9BFA3"), inner=False),
        Spacer(1, 6),
        _panel([Paragraph("Oat, soya and lactose-free milk at no extra charge. Refills of filter coffee 80p. Blue "
                          "Light Card holders get 10% off hot drinks. Ask us about catering for meetings and "
                          "funerals.", small)], panel, fill=colors.HexColor("#EFE6CC"), pad=6),
    ]
    doc.build(story)


# ================================================================== Word helpers (taken from the thirty-ninth set)


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


def _cell_paras(cell, texts, size=None, bold_first=False):
    """Several paragraphs in one cell; a text may be a list of (text, bold, italic) runs."""
    for i, text in enumerate(texts):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if isinstance(text, list):
            _runs(paragraph, text, size=size)
        else:
            _runs(paragraph, [(text, bold_first and i == 0, False)], size=size)


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
            if isinstance(value, (list, tuple)):
                _cell_paras(cells[c], list(value), size=size)
            else:
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


def _header_footer(document, left, centre, right, foot_text, pages, size=8, bold_centre=False):
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [(left, False, False), ("\t", False, False), (centre, bold_centre, False),
                 ("\t" + right, False, False)], size=size)
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [(foot_text + "Page ", False, False)], size=size)
    _field(foot, "PAGE", "1", size=size)
    _runs(foot, [(" of ", False, False)], size=size)
    _field(foot, "NUMPAGES", str(pages), size=size)


def _box(document, texts, fill, size=9, width_cm=17.0):
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    _fill(cell, fill)
    for i, text in enumerate(texts):
        _cell(cell, text, bold=(i == 0), size=size, first=(i == 0))
    cell.width = Cm(width_cm)
    _p(document, "", after=2)
    return table


def _qa(document, number, question, answers, guidance=None, fill="DCE6F0", size=9.5, width_cm=17.0):
    """A form question: a shaded question row over an answer row (one paragraph per answer)."""
    from docx.shared import Cm

    table = document.add_table(rows=2, cols=1)
    table.style = "Table Grid"
    top = table.rows[0].cells[0]
    _fill(top, fill)
    paragraph = top.paragraphs[0]
    _runs(paragraph, [(number + "  ", True, False), (question, True, False)], size=size)
    if guidance:
        _runs(paragraph, [(" " + guidance, False, True)], size=size - 1)
    answer = table.rows[1].cells[0]
    for i, text in enumerate(answers):
        _cell(answer, text, size=size, first=(i == 0))
    for row in table.rows:
        row.cells[0].width = Cm(width_cm)
    _p(document, "", after=2)
    return table





# ================================================================== 4. A daughter's eulogy for her father (Word)

EU_FILE = "eulogy-for-dad-dennis-armstrong-carlisle-crematorium-final-v3.docx"


def eulogy(out: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _normal(document, "Calibri", 14)
    _page_setup(document, 2.0, 2.0, 2.4, 2.4)
    document.styles["Normal"].paragraph_format.line_spacing = 1.5
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _runs(head, [("Dad \u2013 eulogy \u2013 FINAL v3 (print 2 copies: me + Mark)", False, True)], size=9,
          colour="808080")
    foot = section.footer.paragraphs[0]
    foot.alignment = 2
    _runs(foot, [("Page ", True, False)], size=16)
    _field(foot, "PAGE", "1", size=16, bold=True)
    _runs(foot, [(" of ", True, False)], size=16)
    _field(foot, "NUMPAGES", "4", size=16, bold=True)

    def para(parts, after=10):
        paragraph = _p(document, after=after)
        for part in parts:
            if isinstance(part, tuple):
                _runs(paragraph, [(part[0], True, False)], colour="C00000")
            else:
                _runs(paragraph, [(part, False, False)])
        return paragraph

    def signpost(text):
        paragraph = _p(document, text, bold=True, size=11, colour="7F7F7F", before=6, after=2)
        paragraph.paragraph_format.line_spacing = 1.0

    _p(document, "Dennis Armstrong", size=22, bold=True, after=0)
    _p(document, "14 May 1950 \u2013 9 February 2026", size=14, italic=True, after=0)
    _p(document, "Carlisle Crematorium \u00b7 Friday 6 March 2026 \u00b7 11.15am", size=12, after=0)
    _p(document, "Read by Jo (Joanne Telford), his daughter", size=12, italic=True, after=10)
    _box(document, ["NOTES TO SELF",
                    "Rev. Alison Hodge introduces me after \u201cThe Lord\u2019s my Shepherd\u201d. Aim for six "
                    "minutes, no more \u2013 the next family are in at 12.",
                    "If I can\u2019t carry on, Mark takes over from the star (*). Breathe. Slow down. Look at Mum "
                    "on the Morris Minor line.",
                    "Don\u2019t read the bits in red out loud!"], "FFF2CC", size=11, width_cm=16.2)

    signpost("Opening")
    para(["Thank you all for coming. Dad would have been amazed to see so many of you here, and then he would "
          "have asked who was minding the allotment. ", ("[pause]"),
          " For those who don\u2019t know me, I\u2019m Jo, Dennis\u2019s daughter, and Mark is my brother, and "
          "between us we have tried to put seventy-five years into six minutes. We\u2019ve failed, so bear with "
          "us."])

    signpost("Early days")
    para(["Dad was born in Denton Holme in 1950, the youngest of five, and he never let his brothers forget "
          "that he was the good-looking one. He left school at fifteen and went to Carr\u2019s, where he spent "
          "three years on the biscuit line and came home every night smelling of custard creams. Then he got a "
          "job with the Post Office, and for the next forty-two years he was a postman in Botcherby and Harraby. "
          "There cannot be a front door on that estate that Dad has not knocked on."])
    para(["He met Mum at a dance at the Cosmo in 1969. He asked her to dance, trod on her foot, and drove her "
          "home in a Morris Minor with no heater. ", ("[look at Mum]"),
          " They were married at St John\u2019s in 1971, and Mum says the heater never did get fixed."])

    signpost("The Good Neighbours")
    para(["When Dad retired in 2010, we all thought he would put his feet up. He lasted about a fortnight. That "
          "winter it snowed for weeks, and he kept seeing the same curtains closed on his old round, so he went "
          "and knocked."])
    para(["The Botcherby Good Neighbours started at our kitchen table that winter, with Dad, a pad of paper and "
          "six retired friends from the sorting office and the Legion. They made a list of every older person "
          "on the estate who lived on their own \u2013 there were more than 140 by the end \u2013 and between "
          "them they phoned or called on every one of them once a week. They gritted paths, did the shopping, "
          "ran people up to the Cumberland Infirmary and fitted key safes and door chains for anyone who "
          "wanted one. By 2012 they had a bank account, a constitution and a grant from the Cumbria Community "
          "Foundation, and at one point there were forty volunteers. In the first lockdown they collected "
          "prescriptions for more than three hundred households. Dad kept every list in a ring binder, and "
          "Mum has still got them all."])

    signpost("The specials")
    para(["Some of you will know that Dad was also a special constable for twenty years. He joined in 1998, "
          "at the age of forty-eight, because, he said, \u201cI know where everybody lives anyway.\u201d He "
          "always said he was never a proper policeman, and he was very proud of never once having arrested "
          "anybody he had delivered a birthday card to."])
    para(["The thing he was proudest of was near the end. Operation Front Door was Cumbria Constabulary\u2019s "
          "campaign against doorstep crime in Carlisle in 2017 and 2018, after a run of distraction burglaries "
          "and rogue builders targeting older people. Specials and PCSOs went round every sheltered housing "
          "scheme and lunch club in the city giving talks on who to let in and who not to, Cumbria County "
          "Council\u2019s trading standards officers came with them and set up no cold calling zones in twelve "
          "streets, and every older person who had been a victim got a visit from an officer within two days "
          "and a door camera fitted free. Dad did more than sixty of those talks, in his uniform, with his "
          "famous impression of a dodgy roofer. The police told us later that distraction burglaries in the "
          "city went down from forty-one to fifteen in a year. ", ("[slow down here]")])

    signpost("Grandad *")
    para(["To Ellie, Sam and little Rosa he was just Grandad: the man who could build anything out of Lego, who "
          "grew the biggest onions in Cumbria, or said he did, and who took them to Brunton Park and taught "
          "them words Mum still doesn\u2019t know they know. He had a Carlisle United season ticket for fifty-two "
          "years and he never, ever left early, not even in the relegation years."])
    para(["And he was still Dad, right to the end. At seventy-three he chased a lad who had taken a bottle of "
          "whisky from the Tesco on Warwick Road halfway to the Crescent before the lad gave up, handed it "
          "back and said sorry. Dad walked him back to the shop, made him apologise to the girl on the till, "
          "and then bought him a sausage roll. ", ("[wait for laugh]")])

    signpost("Last word")
    para(["Dad, you knocked on every door in Botcherby, and every one of them opened for you. Thank you for "
          "everything. We\u2019ll look after Mum, and we\u2019ll look after the onions. ", ("[look up]"),
          " Ta-ra, Dad."])
    closing = _p(document, "", after=4, align="center")
    _runs(closing, [("Do not stand at my grave and weep,\nI am not there; I do not sleep.", False, True)])
    _p(document, "[Sit down. Mark does the reading. Curtains close during \u201cAbide with Me\u201d.]",
       bold=True, colour="C00000", size=11, after=0)
    _save_docx(document, out / EU_FILE, "Dad eulogy FINAL v3", "Jo Telford")


# ================================================================== 5. A residents' association's planning objection letter (Word)

OB_FILE = "westcotes-residents-association-objection-25-01577-ful-212-narborough-road-leicester.docx"


def objection_letter(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    _normal(document, "Arial", 10.5)
    _page_setup(document, 1.8, 1.8, 2.2, 2.2)
    _heading_colours(document, "1F3864", "Arial")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    _runs(head, [("WNRA \u2013 objection to 25/01577/FUL \u2013 212 Narborough Road", False, False)], size=8,
          colour="595959")
    for foot in (section.footer.paragraphs[0], section.first_page_footer.paragraphs[0]):
        foot.alignment = 1
        _runs(foot, [("Westcotes and Narborough Road Residents\u2019 Association is a constituted voluntary group, "
                      "founded 1998 \u00b7 Page ", False, False)], size=8, colour="595959")
        _field(foot, "PAGE", "1", size=8)
        _runs(foot, [(" of ", False, False)], size=8, colour="595959")
        _field(foot, "NUMPAGES", "4", size=8)

    _p(document, "Westcotes and Narborough Road Residents\u2019 Association", size=16, bold=True, colour="1F3864",
       after=0)
    _p(document, "Working for a cleaner, safer, friendlier Westcotes", italic=True, size=10, colour="1F3864",
       after=0)
    _p(document, "c/o 41 Hinckley Road, Leicester LE3 0QF \u00b7 secretary@wnra.org.uk \u00b7 07700 900 236",
       size=9, colour="595959", after=14)

    _p(document, "Ms Priya Mistry\nPlanning Officer, Planning\nLeicester City Council\nCity Hall, 115 Charles Street"
       "\nLeicester LE1 1FZ", after=10)
    _docx_table(document, [["Your ref", "25/01577/FUL"], ["Our ref", "WNRA/PL/26/01"],
                           ["Date", "19 January 2026"], ["Sent by", "Email to planning@leicester.gov.uk and the "
                                                          "online comment form"]],
                widths=[3.0, 13.6], size=9.5, label_fill="DEEAF6")
    _p(document, "", after=4)
    _p(document, "Dear Ms Mistry", after=8)
    _p(document, "OBJECTION \u2013 Planning application 25/01577/FUL \u2013 212 Narborough Road, Leicester LE3 "
       "0BZ \u2013 Change of use from bank (Class E) to adult gaming centre (sui generis), open 24 hours, with "
       "new shopfront and illuminated signage", bold=True, after=8)
    _p(document, "We write on behalf of the Westcotes and Narborough Road Residents\u2019 Association, which has "
       "312 member households in the streets between Narborough Road, Hinckley Road and the Great Central Way, "
       "to object to this application. The committee agreed this objection at its meeting on 14 January 2026, "
       "and it is supported by the 1,204 people who have signed our petition (Appendix B).", after=8)
    _box(document, ["Summary of our objection",
                    "1. Narborough Road already has more gambling premises and late-night uses than any other "
                    "shopping street in the city.",
                    "2. The use, open 24 hours, would undo recent progress against street drinking, drug dealing "
                    "and anti-social behaviour on this stretch.",
                    "3. It would harm the amenity of the terraced houses directly behind the site.",
                    "4. The proposed shopfront, with obscured glazing, would remove natural surveillance of the "
                    "street.",
                    "5. If the council is minded to approve, the conditions in section 5 are the minimum needed."],
         "F2F2F2", size=9.5, width_cm=16.6)

    document.add_heading("1. Over-concentration of gambling and late-night uses", level=2)
    _p(document, "1.1 Within 400 metres of the site there are already three betting shops, one adult gaming "
       "centre and four hot food takeaways open after midnight. The application would make it the fifth "
       "gambling premises on a stretch of road of about 600 metres.", after=6)
    _docx_table(document, [["Premises within 400 m", "Use", "Hours"],
                           ["148 Narborough Road", "Betting shop", "08:00 to 22:00"],
                           ["171 Narborough Road", "Betting shop", "08:00 to 22:00"],
                           ["230 Narborough Road", "Adult gaming centre", "09:00 to 00:00"],
                           ["256 Narborough Road", "Betting shop", "08:00 to 22:00"],
                           ["Four premises (list held by WNRA)", "Hot food takeaway", "to 02:00 or 03:00"]],
                widths=[6.0, 5.0, 5.6], size=9, head_fill="1F3864", head_colour="FFFFFF")
    _p(document, "", after=2)
    _p(document, "1.2 The Local Plan\u2019s policy on shopping frontages seeks to keep a balance of uses that "
       "serve local people during the day. An adult gaming centre open through the night does neither.",
       after=6)

    document.add_heading("2. Crime, disorder and anti-social behaviour", level=2)
    _p(document, "2.1 Planning decisions should create places that are safe and where crime, disorder and the "
       "fear of crime do not undermine quality of life (National Planning Policy Framework, paragraph 135(f)). "
       "Residents\u2019 experience of this part of Narborough Road is the best evidence the council has.",
       after=6)
    _p(document, "2.2 Operation Fosse was led by Leicestershire Police\u2019s Westcotes Neighbourhood Policing "
       "Team with Leicester City Council\u2019s anti-social behaviour team from March to October 2025, after "
       "residents and traders reported street drinking, drug dealing and intimidation around the Narborough "
       "Road bus stops and in the doorway of the former bank at number 212. Officers and the council\u2019s ASB "
       "officers patrolled together four evenings a week, used the public spaces protection order to take "
       "alcohol from street drinkers, and the force\u2019s drugs team executed warrants at two flats above "
       "shops; one of the flats was then closed for three months under a closure order obtained by the "
       "council. The force reported 41 arrests, 63 alcohol seizures and a 34 per cent fall in reports of "
       "anti-social behaviour on the road compared with the same months of 2024, in figures given to the "
       "ward community meeting on 12 November 2025.", after=6)
    _p(document, "2.3 Residents have noticed the difference. The doorway at number 212 is no longer used as a "
       "toilet or a place to deal from, and people tell us they are using the bus stops after dark again. An "
       "adult gaming centre open 24 hours, on that very spot, would bring people and cash to the road at the "
       "hours when the trouble was worst.", after=6)
    _p(document, "2.4 We understand that Leicestershire Police\u2019s designing out crime officer has made "
       "separate comments on the application about the shopfront, the lighting and the hours. We ask that "
       "those comments are given full weight.", after=6)

    document.add_heading("3. Residential amenity", level=2)
    _p(document, "3.1 The rear of the premises opens onto the back alley behind Westcotes Drive and Cranmer "
       "Street, where people live within ten metres of the proposed staff and delivery entrance.", after=6)
    _p(document, "3.2 The Westcotes Alley Gates Project was set up by this association in 2022. Our volunteers "
       "surveyed the fourteen back alleys between Narborough Road and Hinckley Road, collected the signatures "
       "of 96 per cent of the households backing onto them and raised \u00a318,400 from members, a crowdfunder "
       "and the ward community budget. The city council made the gating orders and its highways team fitted "
       "the gates. Gates went up on nine alleys in 2023 and 2024, and a volunteer keyholder on each alley "
       "looks after the keys and reports damage. Since then the residents of those alleys have reported far "
       "less burglary, fly-tipping and drug use behind their homes, and several have planted them up.", after=6)
    _p(document, "3.3 The alley behind number 212 is one of the nine. The application shows a new door from the "
       "premises into it for staff and deliveries at all hours. Residents would have to keep a gate open, or "
       "give keys to a business that would never close, and the benefit of the gating would be lost.", after=6)

    document.add_heading("4. Design and shopfront", level=2)
    _p(document, "4.1 The drawings show the bank\u2019s clear glazing replaced with a vinyl-covered frontage and "
       "a single door. Blanked-out frontages remove the natural surveillance of the pavement that shopkeepers "
       "and customers give, and would leave a dark, dead frontage next to the busiest bus stop on the road.",
       after=6)

    document.add_heading("5. Conditions, if the council is minded to approve", level=2)
    for text in ("Opening hours limited to 09:00 to 22:00 every day.",
                 "No use of the rear door except as a fire exit.",
                 "Clear glazing to at least 60 per cent of the shopfront, kept free of vinyls and posters.",
                 "CCTV covering the entrance and the pavement, with recordings kept for 31 days and provided to "
                 "the police on request.",
                 "At least one SIA-licensed door supervisor on duty after 18:00 on Fridays and Saturdays."):
        _p(document, text, style="List Bullet", after=2)

    document.add_heading("6. Request to speak", level=2)
    _p(document, "We ask that the application is decided by the Planning and Development Control Committee and "
       "not under delegated powers, and we ask to speak at that meeting.", after=10)
    _p(document, "Yours sincerely", after=24)
    _p(document, "Margaret O\u2019Donnell", bold=True, after=0)
    _p(document, "Chair, on behalf of the committee of the Westcotes and Narborough Road Residents\u2019 Association",
       after=10)
    _p(document, "cc: Westcotes ward councillors; Leicestershire Police, Westcotes Neighbourhood Policing Team; "
       "Leicester City Council Licensing (Gambling Act 2005)", size=9, colour="595959", after=10)

    document.add_heading("Appendix A \u2013 Photographs supplied with this letter", level=2)
    _docx_table(document, [["No.", "Description", "Date taken"],
                           ["A1", "Frontage of 212 Narborough Road and the bus stop, 10pm", "9 January 2026"],
                           ["A2", "Rear door onto the gated alley behind Westcotes Drive", "9 January 2026"],
                           ["A3", "The same alley before gating, with fly-tipping", "May 2022"]],
                widths=[1.4, 11.4, 3.8], size=9, head_fill="1F3864", head_colour="FFFFFF")
    _p(document, "", after=4)
    document.add_heading("Appendix B \u2013 Petition", level=2)
    _docx_table(document, [["Petition wording", "\u201cWe, the undersigned, object to a 24-hour gambling venue "
                                                 "at 212 Narborough Road.\u201d"],
                           ["Signatures", "1,204 (834 on paper, 370 online)"],
                           ["Collected", "3 to 17 January 2026, at shops on Narborough Road and door to door"],
                           ["Original", "Handed in at City Hall on 19 January 2026"]],
                widths=[4.0, 12.6], size=9, label_fill="DEEAF6")
    _save_docx(document, out / OB_FILE, "Objection 25/01577/FUL", "WNRA Secretary")


# ================================================================== 6. A primary school's reading comprehension worksheet (Word)

WS_FILE = "coton-hill-primary-year-5-reading-comprehension-bike-detectives.docx"


def worksheet(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    _normal(document, "Comic Sans MS", 11)
    _page_setup(document, 1.5, 1.5, 1.8, 1.8)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, _text_width(document))
    _runs(head, [("Coton Hill Primary School", True, False), ("\t", False, False),
                 ("Year 5 Reading", False, False), ("\tSpring 2 \u00b7 Week 4", False, False)], size=9,
          colour="2E75B6")
    foot = section.footer.paragraphs[0]
    _tabbed(foot, _text_width(document))
    _runs(foot, [("Adapted from a local news story for classroom use. Teacher copy of answers in the Year 5 "
                  "shared drive.\t\t", False, True)], size=7.5, colour="7F7F7F")
    _field(foot, "PAGE", "1", size=7.5)

    _docx_table(document, [["Name: ______________________", "Date: ____________", "Class: Kingfishers / Otters"]],
                widths=[7.4, 4.6, 5.4], size=10)
    _p(document, "", after=2)
    _p(document, "Reading Comprehension", size=20, bold=True, colour="2E75B6", align="center", after=0)
    _p(document, "Bike Detectives on the Case!", size=14, bold=True, align="center", after=6)
    _docx_table(document, [["WALT", "retrieve and record information from a non-fiction text"],
                           ["WILF", "I can find and copy words \u00b7 I can explain what a word means \u00b7 I can "
                                    "use evidence from the text"]],
                widths=[2.4, 15.0], size=10, label_fill="FFE699")
    _p(document, "", after=2)
    _docx_table(document, [["Success criteria", "Me", "Teacher"],
                           ["I read the text carefully twice.", "\u2610", "\u2610"],
                           ["I used the paragraph numbers to find my answers.", "\u2610", "\u2610"],
                           ["I answered in full sentences where the question asks me to.", "\u2610", "\u2610"]],
                widths=[13.4, 2.0, 2.0], size=10, head_fill="2E75B6", head_colour="FFFFFF")
    _p(document, "", after=4)

    text = [
        "When bikes kept disappearing from outside schools, shops and the Quarry park in Shrewsbury, West Mercia "
        "Police\u2019s Safer Neighbourhood Team came up with an unusual idea. They asked children to help.",
        "From September 2025 to January 2026, police community support officers (PCSOs) visited three primary "
        "schools in the town and trained 36 Year 5 pupils to be \u201cBike Detectives\u201d. The children "
        "learned how thieves choose which bikes to steal, how to lock a bike properly and why every bike should "
        "be marked and registered.",
        "Then the Bike Detectives got to work. At eight marking events at school gates and at the Quarry, the "
        "PCSOs marked bikes with a special pen that can only be seen under ultraviolet light, and added a "
        "sticker with a unique code. The Bike Detectives wrote down each bike\u2019s frame number on a form, "
        "so that it could be put on a national register, and handed out leaflets to parents.",
        "By the end of January, 412 bikes had been marked and registered. The police say that reports of bikes "
        "stolen near the three schools went down from 19 to 7, compared with the same months a year before.",
        "\u201cThieves don\u2019t want a bike that can be traced,\u201d said PCSO Hannah Price. \u201cThe Bike "
        "Detectives were brilliant. Parents listened to them far more than they ever listen to us!\u201d",
        "Nine-year-old Alfie, one of the Bike Detectives, said: \u201cI liked using the torch to find the secret "
        "code. Now my little sister wants to be a Bike Detective too.\u201d"]
    passage = document.add_table(rows=len(text), cols=2)
    passage.style = "Table Grid"
    for i, paragraph_text in enumerate(text):
        number, body = passage.rows[i].cells
        _cell(number, str(i + 1), bold=True, size=10, colour="2E75B6", align="center")
        _cell(body, paragraph_text, size=11)
        number.width, body.width = Cm(1.0), Cm(16.4)
        _fill(number, "DEEAF6")
    _p(document, "", after=4)
    _box(document, ["Glossary",
                    "PCSO \u2013 police community support officer, who works with police officers in a "
                    "neighbourhood",
                    "frame number \u2013 a number stamped on the bottom of a bike\u2019s frame",
                    "register \u2013 an official list",
                    "traced \u2013 found and followed back to its owner"], "E2EFDA", size=9.5, width_cm=17.4)

    _p(document, "Questions", size=14, bold=True, colour="2E75B6", before=6, after=4)
    questions = [
        ("1.", "Look at paragraph 1. Where were bikes disappearing from? Give two places.", 2, 1),
        ("2.", "Who trained the Bike Detectives?", 1, 1),
        ("3.", "How many pupils became Bike Detectives?", 1, 1),
        ("4.", "Find and copy one word from paragraph 3 that tells you the code on the sticker belongs to only "
               "one bike.", 1, 1),
        ("5.", "What jobs did the Bike Detectives do at the marking events? Give two.", 2, 2),
        ("6.", "Why do you think the police asked children to help, and not only adults? Use evidence from "
               "paragraph 5.", 2, 3),
        ("7.", "Did the project work? Explain your answer using numbers from the text.", 2, 3),
        ("8.", "Tick one. The text is mainly about\u2026  \u2610 how to ride a bike safely  \u2610 children "
               "helping the police to stop bike theft  \u2610 a trip to the Quarry  \u2610 a new bike shop", 1, 0)]
    for number, question, marks, lines in questions:
        paragraph = _p(document, after=2)
        _runs(paragraph, [(number + " ", True, False), (question, False, False),
                          ("  [%d mark%s]" % (marks, "" if marks == 1 else "s"), True, False)], size=11)
        for _ in range(lines):
            _p(document, "_" * 78, colour="A6A6A6", after=2)
    _box(document, ["\u2b50 Challenge",
                    "Design a poster for your school gate persuading families to get their bikes marked. Use at "
                    "least two facts from the text and one persuasive question."], "FFF2CC", size=10,
         width_cm=17.4)
    _p(document, "Total: ______ / 12", bold=True, align="right", after=0)
    _save_docx(document, out / WS_FILE, "Y5 reading comprehension - Bike Detectives", "Mrs S Whitmore")


# ================================================================== 7. A local news site's photo gallery (HTML)

GALLERY_CAPTIONS = [
    "Crowds fill the South Bay sands on Saturday afternoon, with the castle headland behind. Organisers "
    "estimated 60,000 people came to the seafront over the two days.",
    "The Yorkshire Wings aerobatic team trail smoke over the harbour during Saturday\u2019s flying display.",
    "Isla, 6, and her brother Jack, 4, from Malton, get a bird\u2019s-eye view from the big wheel on Foreshore "
    "Road.",
    "PC Ellie Shaw of North Yorkshire Police\u2019s mounted section with Monty, who was a hit with children "
    "all along Foreshore Road and did not seem to mind the candyfloss.",
    "Safe Kids wristbands were handed out by North Yorkshire Police\u2019s Scarborough Neighbourhood Policing "
    "Team at four points along the seafront, working with the stewards from North Yorkshire Council\u2019s "
    "events team. Parents wrote their mobile number on a waterproof band on each child\u2019s wrist, and "
    "officers, PCSOs and stewards shared a single radio channel so that any lost child could be matched to a "
    "parent quickly. The scheme was first tried at last year\u2019s Weekender; this year 2,300 bands were "
    "handed out, and police said all 17 children reported lost over the weekend were back with their families "
    "within 25 minutes.",
    "Entries in the sandcastle competition were judged by the Mayor of Scarborough. The winner, a replica of "
    "the Grand Hotel, took a family of five most of the morning.",
    "Scarborough\u2019s all-weather lifeboat and inshore lifeboat put on a rescue demonstration in the "
    "harbour on Sunday.",
    "The Welfare Hub on the West Pier was run by Coastline Community Trust volunteers from noon until "
    "midnight on both days. The charity\u2019s 35 volunteers handed out water, sun cream and phone charging, "
    "ran a quiet tent for autistic children and adults who needed a break from the noise, and looked after "
    "people who were unwell or had had too much to drink until friends or family could collect them. The "
    "trust said it helped 212 people over the weekend and handed nine over to ambulance crews.",
    "Drummers from a Leeds samba school lead the Sunday parade along the Foreshore.",
    "North Yorkshire Police\u2019s dog section showed off their skills in the arena on Sunday morning. "
    "Police dog Nero, a four-year-old German shepherd, brought the demonstration to an end by \u201carresting\u201d "
    "a volunteer in a padded suit.",
    "The queue for fish and chips on Sandside stretched past the amusements by 6pm on Saturday.",
    "Volunteers from a Scarborough beach clean group collected 41 bags of litter on Monday morning.",
    "Fireworks over the harbour brought the Weekender to a close on Sunday night.",
    "Holly Brannigan\u2019s favourite picture of the weekend: a gull eyes up an ice cream on the harbour wall.",
]


def _gallery_html() -> str:
    figures = []
    total = len(GALLERY_CAPTIONS)
    for i, caption in enumerate(GALLERY_CAPTIONS, start=1):
        figures.append(
            '    <figure class="gallery-item" id="image-%d">\n'
            '      <div class="gallery-count">%d/%d</div>\n'
            '      <img src="https://images.coastandmoors.example/2025/08/weekender-%02d.jpg" alt="" loading="lazy" '
            'width="1200" height="800">\n'
            '      <figcaption>\n        <p>%s</p>\n        <span class="credit">Picture: Holly Brannigan</span>\n'
            '      </figcaption>\n'
            '      <div class="share-image"><a href="#">Share this picture</a></div>\n'
            '    </figure>\n' % (i, i, total, i, caption))
        if i in (4, 10):
            figures.append('    <aside class="ad-slot ad-inline"><span>Advertisement</span></aside>\n')
    return GALLERY_TOP + "".join(figures) + GALLERY_BOTTOM


GALLERY_TOP = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>In pictures: 60,000 pack the prom for Scarborough Seafront Weekender | Coast &amp; Moors Live</title>
<meta name="description" content="Our best pictures from two days of flying displays, lifeboats, sandcastles and fireworks on Scarborough seafront.">
<meta property="og:type" content="article">
<meta property="article:section" content="Scarborough">
<meta property="article:published_time" content="2025-08-11T18:05:00+01:00">
<link rel="stylesheet" href="/assets/css/main.4f2a9.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ImageGallery","headline":"In pictures: 60,000 pack the prom for Scarborough Seafront Weekender","author":{"@type":"Person","name":"Holly Brannigan"},"datePublished":"2025-08-11T18:05:00+01:00"}</script>
</head>
<body class="article gallery">
<div id="consent" class="consent-banner" role="dialog" aria-label="Privacy">
  <p>We and our partners use cookies and similar technologies to personalise content and ads, and to analyse our traffic. You can change your choices at any time from Privacy settings at the bottom of every page.</p>
  <button type="button">I accept</button> <button type="button">Options</button>
</div>
<header class="masthead">
  <div class="top-strip"><span>Tuesday 12 August 2025</span> <a href="/newsletters">Newsletters</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
  <a class="logo" href="/">Coast &amp; Moors Live</a>
  <nav class="main-nav" aria-label="Sections">
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/whats-on">What&#39;s On</a></li>
      <li><a href="/in-pictures">In Pictures</a></li>
      <li><a href="/property">Property</a></li>
      <li><a href="/jobs">Jobs</a></li>
      <li><a href="/announcements">Announcements</a></li>
    </ul>
  </nav>
</header>
<aside class="ad-slot ad-leaderboard"><span>Advertisement</span></aside>
<main id="content">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; <a href="/news/scarborough">Scarborough</a></nav>
  <article class="gallery-article">
    <header>
      <p class="kicker">IN PICTURES</p>
      <h1>In pictures: 60,000 pack the prom for Scarborough Seafront Weekender</h1>
      <p class="standfirst">Flying displays, lifeboats, sandcastles and a sea of candyfloss: our best pictures from two days of sunshine on the Yorkshire coast</p>
      <div class="byline">
        <span class="author">By <a href="/authors/holly-brannigan">Holly Brannigan</a>, Chief Photographer</span>
        <time datetime="2025-08-11T18:05:00+01:00">Monday 11 August 2025, 6:05pm</time>
        <span class="count">14 photos</span>
      </div>
      <ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">Email</a></li></ul>
    </header>
    <p class="intro">The sun shone on both days of this year&#39;s Scarborough Seafront Weekender, with families packing the beaches and the Foreshore from Saturday morning to the final fireworks on Sunday night. North Yorkshire Police said the weekend passed off peacefully, with six arrests, mostly for drink-related disorder late on Saturday.</p>
"""

GALLERY_BOTTOM = """    <footer class="article-foot">
      <p class="tags">Topics: <a href="/topics/scarborough">Scarborough</a> <a href="/topics/events">Events</a> <a href="/topics/in-pictures">In Pictures</a></p>
      <p class="comments-closed">Comments are closed on this article.</p>
      <p class="buy-photo"><a href="/photo-sales">Buy a print of any of these pictures</a> from our photo sales service.</p>
    </footer>
  </article>
  <aside class="sidebar">
    <section class="most-read">
      <h2>Most read</h2>
      <ol>
        <li><a href="#">Man charged after car hits bollards on Eastborough</a></li>
        <li><a href="#">Whitby abbey steps to close for repairs this autumn</a></li>
        <li><a href="#">Police appeal after catalytic converters stolen in Filey</a></li>
        <li><a href="#">Scarborough cafe named among best in the north</a></li>
        <li><a href="#">Bridlington lifeboat called out twice in one day</a></li>
      </ol>
    </section>
    <aside class="ad-slot ad-mpu"><span>Advertisement</span></aside>
  </aside>
  <section class="more-galleries">
    <h2>More galleries</h2>
    <ul>
      <li><a href="#">In pictures: Ryedale Show 2025</a></li>
      <li><a href="#">In pictures: Whitby Regatta rowing races</a></li>
      <li><a href="#">In pictures: Pickering Wartime Weekend</a></li>
      <li><a href="#">Your pictures: readers&#39; summer snaps</a></li>
    </ul>
  </section>
</main>
<footer class="site-footer">
  <nav aria-label="Footer">
    <a href="/about">About us</a> <a href="/contact">Contact us</a> <a href="/advertise">Advertise</a> <a href="/complaints">Complaints</a> <a href="/privacy">Privacy notice</a> <a href="/cookies">Cookie policy</a> <a href="#">Privacy settings</a>
  </nav>
  <p>Got a story or a picture? Email newsdesk@coastandmoors.example or call 01632 960 310.</p>
  <p>Coast &amp; Moors Live is regulated by IPSO, the Independent Press Standards Organisation. &copy; 2025 Coast and Moors Media Ltd, registered in England no. 11820574, 4 St Nicholas Street, Scarborough YO11 2HF.</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A force's jargon buster (HTML)

GLOSSARY_TERMS = [
    ("A", [
        ("ANPR", "Automatic number plate recognition. Cameras that read vehicle number plates and check them "
                 "against lists of vehicles of interest to the police, such as stolen or uninsured cars."),
        ("Anti-social behaviour (ASB)", "Behaviour that has caused, or is likely to cause, harassment, alarm or "
                                        "distress to someone who does not live in the same household."),
        ("Appropriate adult", "Someone who supports a child or a vulnerable adult who is detained or "
                              "interviewed by the police. It may be a parent, a carer or a trained volunteer.")]),
    ("B", [
        ("Bail", "Release from custody while an investigation continues, sometimes with conditions such as "
                 "living at an address or not contacting a witness."),
        ("Body-worn video", "Small cameras worn on officers\u2019 uniforms to record what happens at incidents.")]),
    ("C", [
        ("Caution", "A formal warning given to an adult who admits an offence. It is not a conviction, but it "
                    "is recorded and may be disclosed in some checks."),
        ("Community Protection Notice", "A written notice requiring a person or a business to stop behaviour "
                                        "that is having a persistent, unreasonable and detrimental effect on "
                                        "the community."),
        ("Community Speed Watch", "Volunteers who, with training and equipment from the police, record the "
                                  "speed of passing vehicles in their village or street. Registered keepers of "
                                  "speeding vehicles are sent a letter."),
        ("Contact and Control Room", "Where our staff answer 999 and 101 calls and online reports and send "
                                     "officers to incidents."),
        ("CPS", "The Crown Prosecution Service, which decides whether a suspect should be charged with most "
                "offences and prosecutes cases in court.")]),
    ("D", [
        ("Designing out crime officer", "A specialist who advises architects, planners and businesses on how "
                                        "buildings and places can be designed to make crime less likely."),
        ("Dispersal order", "A power, under section 35 of the Anti-social Behaviour, Crime and Policing Act "
                            "2014, to direct people to leave an area for up to 48 hours.")]),
    ("I", [
        ("Independent Advisory Group (IAG)", "Members of the public who give us an outside view on how our "
                                             "policing affects communities."),
        ("Investigation", "Everything we do to find out what happened and who was responsible, from taking "
                          "statements to forensic work.")]),
    ("N", [
        ("Neighbourhood Watch", "A voluntary movement of residents who look out for each other and share "
                                "information with the police. Schemes are run by their members, not by us."),
        ("Neighbourhood policing team", "Officers and PCSOs who look after a particular area and work with "
                                        "local people and partners on the problems that matter to them.")]),
    ("O", [
        ("Operation", "The name given to a planned piece of police work. Names are picked at random from a "
                      "list so that they do not give anything away about the work. A week of action against "
                      "burglary could be called Operation Moorland, and a long investigation into a drugs "
                      "gang could be called Operation Buttercup."),
        ("Out of court resolution", "A way of dealing with low-level offending without going to court, such "
                                    "as a community resolution or a conditional caution.")]),
    ("P", [
        ("PCSO", "Police community support officer. PCSOs are uniformed members of police staff who work in "
                 "neighbourhoods. They have some powers, but cannot arrest in the same way as an officer."),
        ("Police and Crime Commissioner (PCC)", "The elected person who sets the police and crime plan and "
                                                 "the budget for Suffolk, and holds the Chief Constable to "
                                                 "account."),
        ("Problem solving", "Looking at why a problem keeps happening, rather than only responding each time "
                            "it does. We use the SARA model: scanning, analysis, response and assessment.")]),
    ("R", [
        ("Released under investigation (RUI)", "When a suspect is released without bail while an "
                                                "investigation continues."),
        ("Restorative justice", "Bringing together the person harmed and the person responsible, when both "
                                "agree, so that the harm can be talked about and put right.")]),
    ("S", [
        ("Special Constable", "A volunteer police officer with the same powers as a regular officer."),
        ("Stop and search", "A power to search a person or a vehicle without arresting them, usually because "
                            "an officer has reasonable grounds to suspect they are carrying something such as "
                            "drugs, a weapon or stolen property.")]),
    ("V", [
        ("Victim Code", "The Code of Practice for Victims of Crime, which sets out the services victims can "
                        "expect from the police and other agencies."),
        ("Vulnerability", "When a person is less able to protect themselves from harm because of their age, "
                          "health, situation or circumstances.")]),
]


def _glossary_html() -> str:
    letters = [letter for letter, _ in GLOSSARY_TERMS]
    nav = "".join('<li><a href="#%s">%s</a></li>' % (c, c) if c in letters else '<li><span>%s</span></li>' % c
                  for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    sections = []
    for letter, terms in GLOSSARY_TERMS:
        items = "".join('        <dt id="%s">%s</dt>\n        <dd>%s</dd>\n'
                        % (term.lower().split(" (")[0].replace(" ", "-"), term, text) for term, text in terms)
        sections.append('    <section class="glossary-letter" aria-labelledby="%s">\n      <h2 id="%s">%s</h2>\n'
                        '      <dl>\n%s      </dl>\n      <p class="back-to-top"><a href="#top">Back to top</a></p>\n'
                        '    </section>\n' % (letter, letter, letter, items))
    return GLOSSARY_TOP.replace("{{NAV}}", nav) + "".join(sections) + GLOSSARY_BOTTOM


GLOSSARY_TOP = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jargon buster: policing terms explained | Suffolk Constabulary</title>
<meta name="description" content="An A to Z of the words and abbreviations we use, in plain English.">
<link rel="stylesheet" href="/sites/default/files/css/site.b81e0.css">
</head>
<body id="top">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="emergency-bar"><p>In an emergency, or if a crime is in progress, always call <strong>999</strong>. If you are deaf or speech-impaired, text us on 999 if you have registered with emergencySMS.</p></div>
<header class="site-header">
  <a class="logo" href="/" aria-label="Suffolk Constabulary home">Suffolk Constabulary</a>
  <ul class="utility">
    <li><a href="/report">Report</a></li>
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/search">Search</a></li>
  </ul>
  <nav class="primary" aria-label="Main menu">
    <ul>
      <li><a href="/advice">Advice</a></li>
      <li><a href="/your-area">Your area</a></li>
      <li><a href="/news">News and appeals</a></li>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/careers">Careers</a></li>
    </ul>
  </nav>
</header>
<main id="main">
  <nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/about-us">About us</a></li><li>Jargon buster</li></ol></nav>
  <article class="page">
    <h1>Jargon buster: policing terms explained</h1>
    <p class="lede">We try to write in plain English, but policing is full of words and abbreviations that mean little to anyone outside it. This A to Z explains some of the terms you may come across on this website, in letters from us or in court.</p>
    <p>Can&#39;t find a word? <a href="/contact-us">Tell us</a> and we will add it.</p>
    <nav class="az" aria-label="A to Z"><ul>{{NAV}}</ul></nav>
"""

GLOSSARY_BOTTOM = """  </article>
  <aside class="related">
    <h2>Related pages</h2>
    <ul>
      <li><a href="/about-us/how-we-are-structured">How we are structured</a></li>
      <li><a href="/advice/victims-of-crime">Support for victims of crime</a></li>
      <li><a href="/about-us/freedom-of-information">Freedom of information</a></li>
      <li><a href="/your-area">Find your neighbourhood team</a></li>
    </ul>
  </aside>
  <section class="feedback">
    <h2>Was this page helpful?</h2>
    <button type="button">Yes</button> <button type="button">No</button>
    <p class="updated">Page last updated: 3 February 2026</p>
  </section>
</main>
<footer class="site-footer">
  <div class="footer-contact">
    <p>Non-emergency: call <strong>101</strong> or <a href="/report">report online</a>. To give information anonymously, call Crimestoppers on 0800 555 111.</p>
  </div>
  <nav aria-label="Footer"><a href="/accessibility">Accessibility</a> <a href="/privacy-notice">Privacy notice</a> <a href="/cookies">Cookies</a> <a href="/terms">Terms and conditions</a> <a href="/sitemap">Site map</a></nav>
  <p>&copy; Suffolk Constabulary 2026. Police Headquarters, Martlesham Heath, Ipswich IP5 3QS.</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A charity's rehoming profile of a retired police dog (HTML)

DOG_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Juno &ndash; retired police dog looking for a home | Hounds After Service</title>
<meta name="description" content="Juno is a nine-year-old German shepherd, retired from Kent Police, looking for a quiet adult home in the South East.">
<link rel="stylesheet" href="/wp-content/themes/has-2024/style.css?ver=3.2.1">
<link rel="canonical" href="https://www.houndsafterservice.example/rehome/juno/">
</head>
<body class="dog-template-default single single-dog postid-2291">
<div class="cookie-notice" role="region" aria-label="Cookies"><p>We use essential cookies to make our site work, and optional analytics cookies to help us improve it.</p><button type="button">Accept all</button> <button type="button">Essential only</button></div>
<header class="site-header">
  <div class="header-top"><a href="/contact/">Contact</a> <a href="/shop/">Shop</a> <a class="btn btn-donate" href="/donate/">Donate</a></div>
  <a class="site-logo" href="/">Hounds After Service <span>caring for retired police and service dogs</span></a>
  <nav class="main-navigation" aria-label="Primary">
    <ul>
      <li><a href="/rehome/">Rehome a dog</a></li>
      <li><a href="/sponsor/">Sponsor a dog</a></li>
      <li><a href="/vet-bill-promise/">Vet Bill Promise</a></li>
      <li><a href="/stories/">Happy retirements</a></li>
      <li><a href="/get-involved/">Get involved</a></li>
      <li><a href="/about/">About us</a></li>
    </ul>
  </nav>
</header>
<main id="primary" class="site-main">
  <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/">Home</a> / <a href="/rehome/">Rehome a dog</a> / <a href="/rehome/dogs/">Dogs looking for homes</a> / <span>Juno</span></nav>
  <article class="dog-profile">
    <header class="dog-header">
      <span class="status status-available">Available</span>
      <h1>Juno</h1>
      <p class="dog-sub">Retired police dog &middot; German shepherd &middot; female &middot; 9 years</p>
      <p class="dog-ref">Reference HAS-25-118 &middot; Listed 20 January 2026</p>
    </header>
    <div class="dog-gallery">
      <img src="/wp-content/uploads/2026/01/juno-1.jpg" alt="Juno, a black and tan German shepherd, lying on a lawn with a ball">
      <img src="/wp-content/uploads/2026/01/juno-2.jpg" alt="Juno in her police harness, 2021">
      <img src="/wp-content/uploads/2026/01/juno-3.jpg" alt="Juno asleep on a sofa at her foster home">
    </div>
    <section class="dog-facts">
      <h2>About Juno</h2>
      <table>
        <tr><th scope="row">Age</th><td>9 years (born March 2016)</td></tr>
        <tr><th scope="row">Breed</th><td>German shepherd</td></tr>
        <tr><th scope="row">Sex</th><td>Female, neutered</td></tr>
        <tr><th scope="row">Weight</th><td>31 kg</td></tr>
        <tr><th scope="row">Currently</th><td>In foster near Maidstone, Kent</td></tr>
        <tr><th scope="row">Good with children</th><td>Aged 14 and over</td></tr>
        <tr><th scope="row">Good with other dogs</th><td>Maybe &ndash; a calm male dog after introductions</td></tr>
        <tr><th scope="row">Good with cats</th><td>No</td></tr>
        <tr><th scope="row">Can be left</th><td>Up to 3 hours</td></tr>
        <tr><th scope="row">Medical</th><td>Mild arthritis in her hips; on daily medication. Covered by our Vet Bill Promise.</td></tr>
      </table>
    </section>
    <section class="dog-story">
      <h2>Juno&rsquo;s story</h2>
      <p>Juno joined Kent Police as a puppy from the force&rsquo;s own breeding programme and qualified as a general purpose police dog in 2018. For seven years she worked with her handler, PC Martin Dewar, on night shifts across north Kent, tracking suspects, searching buildings and finding property thrown away by people running from the police.</p>
      <p>Her handler&rsquo;s favourite job came in her busiest winter. Operation Nightlock was Kent Police&rsquo;s response to a wave of catalytic converter thefts in Medway between November 2022 and March 2023. The force&rsquo;s Medway Task Force and its dog section patrolled the station, hospital and retail park car parks every night, Medway Council&rsquo;s CCTV control room watched the worst-hit car parks and guided patrols to anyone seen crawling under a car, and officers marked the converters of more than 900 cars at free events. The force made 23 arrests and says thefts of catalytic converters in Medway fell by more than half compared with the winter before. Juno tracked one of the suspects for almost a mile across allotments in Gillingham at three in the morning and found him lying in a compost heap.</p>
      <p>Juno retired in December 2025 when her hips began to slow her down. PC Dewar already has a young dog at home, and after a lot of soul-searching he asked us to find her the quiet retirement she deserves.</p>
    </section>
    <section class="dog-needs">
      <h2>What Juno needs from you</h2>
      <ul>
        <li>An adult home, or one with teenagers, without cats or small pets.</li>
        <li>A secure garden with a six-foot fence. She is an ex-police dog and can clear a five-foot one.</li>
        <li>Someone at home for most of the day.</li>
        <li>Two gentle walks a day and plenty of games with a ball (her ball, not yours).</li>
        <li>Adopters who understand that she was trained to chase and bite on command. She is retired, she is affectionate and she has passed our temperament assessment, but she will always need a sensible owner.</li>
      </ul>
    </section>
    <section class="promise-box">
      <h2>Our Vet Bill Promise</h2>
      <p>The Vet Bill Promise is our pledge to every family who adopts a retired police dog through us. Police dogs work hard, and many of them retire with sore joints, old injuries or conditions that make them expensive or impossible to insure. Since 2021 Hounds After Service has paid the vet bills for any condition that began during a dog&rsquo;s working life, up to &pound;2,000 a year for the rest of the dog&rsquo;s life, straight to the adopter&rsquo;s own vet. We also pay for hydrotherapy where a vet recommends it. 146 retired police dogs are covered today, and we have paid &pound;212,000 in vet bills so far. The Promise is paid for entirely by our supporters; no police force money is used.</p>
      <p><a class="btn" href="/vet-bill-promise/">Support the Vet Bill Promise</a></p>
    </section>
    <section class="how-to-apply">
      <h2>How to apply for Juno</h2>
      <ol>
        <li>Read our <a href="/rehome/guide/">rehoming guide</a> and check that you can meet Juno&rsquo;s needs above.</li>
        <li>Fill in our <a href="/rehome/apply/?dog=HAS-25-118">adoption application form</a>. It takes about 20 minutes.</li>
        <li>One of our volunteer home checkers will visit you.</li>
        <li>If we think you could be a match, you will meet Juno at her foster home, at least twice.</li>
        <li>Juno goes home with you, with a minimum adoption donation of &pound;150, her harness, her ball and our support for life.</li>
      </ol>
      <p class="note">We rehome across Kent, Surrey, Sussex and Essex only. Please do not apply if you live outside those counties.</p>
    </section>
    <aside class="sponsor-box">
      <h2>Can&rsquo;t adopt? Sponsor Juno</h2>
      <p>For &pound;5 a month you can sponsor Juno until she finds her home, and then one of our other retired dogs. You&rsquo;ll get a certificate, a photo and updates.</p>
      <p><a class="btn" href="/sponsor/juno/">Sponsor Juno</a></p>
    </aside>
  </article>
  <section class="related-dogs">
    <h2>You might also like</h2>
    <ul class="dog-cards">
      <li><a href="/rehome/bruno/"><strong>Bruno</strong> &ndash; springer spaniel, 8, retired drugs search dog</a></li>
      <li><a href="/rehome/sable/"><strong>Sable</strong> &ndash; Belgian Malinois, 7, retired general purpose dog</a></li>
      <li><a href="/rehome/tilly/"><strong>Tilly</strong> &ndash; Labrador, 10, retired explosives search dog</a></li>
    </ul>
  </section>
  <section class="faqs">
    <h2>Questions people ask</h2>
    <details><summary>Are retired police dogs dangerous?</summary><p>No dog we rehome has failed our temperament assessment. Retired general purpose dogs are trained, confident dogs who need owners who understand them.</p></details>
    <details><summary>Does the force still own the dog?</summary><p>No. When a dog retires, the force passes ownership to us or directly to the adopter. Some forces offer the handler the first chance to keep the dog.</p></details>
    <details><summary>Can I adopt if I work full time?</summary><p>Usually not. Most of our dogs are used to company for most of the day.</p></details>
  </section>
</main>
<footer class="site-footer">
  <section class="newsletter"><h2>Paws for news</h2><p>Our monthly email with new dogs and happy retirements.</p><form><label for="email">Email address</label> <input id="email" type="email"> <button type="submit">Sign up</button></form></section>
  <p>Hounds After Service, PO Box 417, Maidstone ME14 9FX &middot; 01632 960 842 &middot; hello@houndsafterservice.example</p>
  <p>Registered charity in England and Wales no. 1190327. Registered with the Fundraising Regulator.</p>
  <nav aria-label="Legal"><a href="/privacy/">Privacy</a> <a href="/cookies/">Cookies</a> <a href="/safeguarding/">Safeguarding</a> <a href="/accessibility/">Accessibility</a></nav>
  <p>&copy; 2026 Hounds After Service. Site by a volunteer, powered by WordPress.</p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A student's lecture notes (Markdown, Obsidian)

NOTES_MD = """---
title: "Wk 7 - guest lecture - Insp Sandhu - problem solving in practice"
author: Sophie Bhatti (100498213)
module: CRIM5012 Policing, Crime and Communities
date: 2026-03-04
time: "Wed 10:00-12:00, Kedleston Rd, MS room 112"
lecturer: "Insp Kiran Sandhu (Derbyshire Constabulary) + Dr Ruth Ellison (module lead)"
tags: [crim5012, lecture, guest, POP, SARA, exam]
status: tidy up before seminar!!
---

# Wk 7 - Guest lecture: problem solving in practice

> [!info] Admin
> NOT recorded (operational stuff, she asked). Slides going on Blackboard *minus* the maps. Seminar Fri = bring one example of SARA from the reading.
> Coursework 2 (2,500 words) due **Fri 24 April, 2pm** via Turnitin.

Links: [[SARA model]] · [[Goldstein 1979 - Improving policing]] · [[Wk 5 - Problem-oriented policing]] · [[Displacement vs diffusion of benefits]]

## Who / context

- Insp Kiran Sandhu - Derby city centre neighbourhood insp, 19 yrs in. Started as a PCSO (!!)
- Her team = 2 sgts, 14 PCs, 11 PCSOs. "We are not a response team, we are a fix-it team"
- Says most of her job is *meetings with the council* lol
- Uses SARA but says real life = "scanning, panic, analysis, response, forgetting to assess" (she said write that down so I did)

## SARA recap (from wk 5)

- **S**canning - spot the recurring problem (calls, complaints, data)
- **A**nalysis - why here, why now, who (problem analysis triangle: offender / victim / location)
- **R**esponse - tailored, not just more patrols
- **A**ssessment - did it work?? + displacement check
- cf. [[Eck & Spelman 1987]] - Newport News

## Case 1 - Op Pennant (Derby bus station)

- Op Pennant ran Jan-Sept 2025 at Derby bus station and the streets round it; Derbyshire Constabulary's city centre NPT with Derby City Council (its CCTV + community safety team + the bus station managers)
- **Scanning**: 400+ calls / reports in 2024 - ASB, fights, drug dealing, bus drivers assaulted x2
- **Analysis**: 3 peak times (school out 3:30-5, Fri/Sat late, Sun afternoon); 12 repeat names = >half the incidents; blind spots at stands 14-18 (pillars + broken lights); people hanging round bc of the free wifi + heated waiting area
- **Response**:
  - PCSOs at the 3 peak times only (not all day - "patrols where the data says")
  - council fixed lighting, moved CCTV camera, took out the bench at the back of stands 14-18
  - individual plans for the 12 names - 4 CBOs, 3 housing referrals, 2 into drug treatment
  - radio link between bus station staff + CCTV + PCSOs
- **Assessment**: calls down 38% (Jan-Sept 25 vs same period 24); no assaults on drivers since April; checked Morledge + Eagle Market for displacement - small rise at Morledge then back down
- she said the bench thing was the cheapest + most effective bit (£0, a spanner)

> [!question] Q for seminar
> Is removing seating "designing out crime" or just designing out homeless people?? -> hostile architecture debate. Ask Dr E.

## Case 2 - comparison (not hers)

- Nottinghamshire Police ran Op Larkspur in Mansfield town centre Oct 2024-Mar 2025, with Mansfield District Council - knife crime + youth violence
- hot spot patrols on the **Koper curve** idea = 15 min visits, random order, to the 6 worst micro-locations (bus station, Four Seasons, the market place...)
- knife arches at the bus station on Fri nights, test purchase ops at 9 shops selling knives (council trading standards), youth workers from the council out with the patrols
- result (their eval, she was careful to say "their figures"): violence w/ injury in the hot spots down 22%, 31 weapons seized
- point she was making: Notts did the **evaluation** properly (before/after + comparison area); Derby "didn't have a comparison area so we can't claim as much" - HONEST. good for essay

## The charity bit

- Late Shift = Friar Gate Youth Project's detached youth work, 2 youth workers + volunteers out Fri + Sat 7-11pm round the bus station + Cathedral Quarter since 2023; talk to young people, food, lifts home arranged, referrals to their drop-in. ~600 conversations last yr, 48 young people now go to their Tues drop-in
- she was VERY clear: "that's theirs, not ours, they don't work for us and they don't share names with us" - they go to the same monthly meeting but that's it
- interesting re: trust - young people talk to them *because* they're not police

## Q&A (bits I caught)

- Q (someone at the back): does problem solving get cut when there's no money? A: yes, "first thing to go"; NPT officers get pulled onto response cover
- Q (me!!): how do you know the 38% isn't regression to the mean? A: "good question, we don't fully" -> seasonal, and 2024 was a bad year. She said look at 3-yr baseline next time. (Dr E gave me a thumbs up)
- Q: body-worn video in the bus station? A: always on when engaging, standard

## My thoughts / for the essay

- CW2 Q2 ("critically assess POP in a UK setting") -> could use Op Pennant vs Op Larkspur as the two cases?? one weak eval vs one stronger eval
- + the charity as a counterpoint: not everything that works is police work
- need: Goldstein 1979, Braga 2008 (hot spots), Tilley - check library reading list
- careful re: figures - only from the lecture, not published? email Dr E to ask if we can cite a guest lecture (Harvard: "Sandhu, K. (2026) Guest lecture...")

## TODO

- [ ] tidy these notes before Fri seminar
- [ ] read Braga et al. 2019 Campbell review on hot spots
- [ ] look up the Koper curve properly - 1995 paper?
- [x] email Dr E re citing guest lectures
- [ ] ask Priya for her notes on the first 10 mins (I was late, bus)
"""


# ================================================================== 11. A primary class's assembly script (plain text)

ASSEMBLY_TXT = """YSGOL CAE'R WYLAN, ABERYSTWYTH
BLWYDDYN 4 / YEAR 4 - DOSBARTH GLAS (Mrs Lloyd)

CLASS ASSEMBLY SCRIPT
"People Who Keep Us Safe / Pobl sy'n ein cadw ni'n ddiogel"

Friday 13 March 2026, 9.10am, school hall
Parents and carers welcome from 9.00am (please sign in at the office)
Running time: about 20 minutes
Version 3 - FINAL. Please practise your lines at home!

--------------------------------------------------------------------
CAST
--------------------------------------------------------------------
Narrator 1 ........ Cerys
Narrator 2 ........ Osian
Narrator 3 ........ Amelia
Narrator 4 ........ Harri
PC / PCSO ......... Leo and Megan (hi-vis vests)
Drivers ........... Jac, Maisie, Ifan
Walking Bus ....... Nia, Tomos, Ruby, Zac, Lily-Mai, Dewi
Lollipop lady ..... Evie
Firefighter ....... Rhodri
Slides ............ Mr Pugh (laptop)

PROPS: 4 hi-vis vests, lollipop sign, cardboard speed gun, two tabards,
fire helmet, big cardboard "20" sign, register clipboard.

--------------------------------------------------------------------
SCRIPT
--------------------------------------------------------------------

[Children walk in to "Calon Lan" (piano). Sit in two rows on the benches.]
[SLIDE 1: title slide with class photo]

CERYS: Bore da pawb! Good morning everyone, and welcome to Dosbarth
Glas's assembly.

OSIAN: This term our topic has been "People Who Keep Us Safe". We have
been finding out about the people in Aberystwyth who look after us.

AMELIA: Some of them wear uniforms. Some of them are our mums and dads.
And some of them are us!

HARRI: Let's start with the police.

[SLIDE 2: photo of PC Hughes and PCSO Sian with the class]

LEO: In October, Dyfed-Powys Police came to our school for Operation
Crwban. Crwban means tortoise, because it was all about slowing down.

MEGAN: PC Hughes and PCSO Sian from the Aberystwyth Neighbourhood
Policing Team brought a speed gun. For three mornings we stood with them
outside school on Llanbadarn Road, wearing our hi-vis vests.

LEO: When a driver went faster than 20 miles an hour, the police
stopped them. The driver could have a ticket, OR they could come and
talk to us.

[JAC, MAISIE and IFAN walk across the front, "driving". MEGAN holds up the
cardboard speed gun. They stop.]

JAC: (as driver) Sorry! I was late for work!

MAISIE: (as Year 4 pupil) Please slow down. My little brother walks to
school on this road.

MEGAN: Mr Jenkins, the road safety officer from Ceredigion County
Council, helped us write our questions, and afterwards the council
painted new 20 signs on the road.

LEO: We stopped 47 drivers in three mornings. 44 of them chose to talk
to us instead of having a ticket!

MEGAN: In December the police came back to check. The average speed
outside school had gone down from 27 miles an hour to 21.

ALL: Araf deg! Slow down!

[SLIDE 3: the new 20 sign on Llanbadarn Road]

HARRI: Next, the lollipop lady.

EVIE: (holding the lollipop sign) This is Mrs Evans. She has helped
children cross Llanbadarn Road for twenty-two years. In the rain, in the
wind, and in the snow. Diolch, Mrs Evans!

[Everyone waves to Mrs Evans at the back of the hall.]

AMELIA: Some people who keep us safe are our mums, dads and grandparents.

[SLIDE 4: the Walking Bus in the rain]

NIA: Our Walking Bus started in September 2024. It is run by the
Friends of Ysgol Cae'r Wylan, our PTA.

TOMOS: Every Tuesday, Wednesday and Thursday, two grown-ups in tabards
walk a line of children to school. One route starts at the Penparcau
shop and one starts at the park.

RUBY: Parents take turns, and there is a rota on the Friends' Facebook
page. Every grown-up has a DBS check and a first aid bag.

ZAC: Thirty-eight children walk on the Walking Bus now. Nobody is
allowed to be late, not even the grown-ups!

LILY-MAI: Mrs Lloyd and the Friends counted the cars at the school gate
before and after. There are about a quarter fewer cars on Walking Bus
days.

DEWI: And we get to school with rosy cheeks.

[The WALKING BUS children walk once round the hall in a line, holding
hands. Piano plays "The Wheels on the Bus" (walking version).]

OSIAN: Some people who keep us safe are children.

[SLIDE 5: photo of Elin and Tomos B with their badges]

CERYS: The Junior Road Safety Officer scheme is run by Ceredigion County
Council's road safety team in primary schools all over Ceredigion. Every
year two Year 6 pupils in each school are chosen to be JRSOs.

AMELIA: The council's road safety team trains them, and every half term
they send a task. This year our JRSOs, Elin and Tomos B, ran a "Be
Bright, Be Seen" week in November.

CERYS: They checked the lights and reflectors on 64 bikes and scooters,
gave out 180 reflective bag tags from the council, and did a quiz for
every class. Our class won!

AMELIA: The council's road safety team says there are JRSOs in 38
schools in Ceredigion this year.

[SLIDE 6: firefighter photo]

HARRI: Last of all, the fire service.

RHODRI: (wearing the helmet) Crew Manager Gareth from Aberystwyth fire
station visited us in January. He showed us how to check a smoke alarm,
and he let us sit in the fire engine. If there is a fire: get out, stay
out, and call 999!

[SLIDE 7: "What can WE do?"]

OSIAN: So what can we do to keep ourselves and each other safe?

ALL (taking turns along the row):
  Stop, look, listen, think.
  Wear something bright.
  Hold hands on the Walking Bus.
  Test your smoke alarm.
  Be kind.

CERYS: Thank you for coming to our assembly. Diolch yn fawr!

[SONG: "Heroes" (KS2 version, actions)]
[Children walk out row by row. Parents are welcome for a cup of tea in
the Community Room.]

--------------------------------------------------------------------
NOTES FOR STAFF (not for reading out)
--------------------------------------------------------------------
- Slides are on the shared drive: Year 4 > Assemblies > Spring 2.
- Children on the no-photo list: see the office list. Please remind
  parents before we start that photos are for personal use only and
  must not go on social media.
- Mr Pugh to check the projector at 8.45.
- PC Hughes may pop in if not on a call - reserve a seat at the front.
- Tea and biscuits: Friends of Ysgol Cae'r Wylan.
"""


TEXT_DOCUMENTS = {
    "coast-and-moors-live-in-pictures-scarborough-seafront-weekender-2025.html": _gallery_html,
    "suffolk-constabulary-jargon-buster-policing-terms-explained.html": _glossary_html,
    "hounds-after-service-rehome-juno-retired-kent-police-dog.html": lambda: DOG_HTML,
    "crim5012-wk7-guest-lecture-problem-solving-notes.md": lambda: NOTES_MD,
    "ysgol-caer-wylan-year-4-class-assembly-people-who-keep-us-safe-script.txt": lambda: ASSEMBLY_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    exhibition_catalogue(out)
    register_of_interests(out)
    cafe_menu(out)
    eulogy(out)
    objection_letter(out)
    worksheet(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
