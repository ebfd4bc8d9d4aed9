"""Write the documents of the thirty-fourth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout34/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a university's book of honorary degree
citations, a youth charity's corporate partnership pack, a night shelter charity's winter appeal
letter with its donation form, a force's completed performance and development review, a university
research ethics application and a government department's ministerial visit brief. The HTML,
Markdown and plain-text documents are kept here as text and written out unchanged; manifest.json
lists every document's intended initiatives.

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
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

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


# ================================================================== 1. A university's honorary degree citations (PDF)

LU_NAVY = colors.HexColor("#1F2A44")
LU_GOLD = colors.HexColor("#B08D3C")
LU_FILE = "lindum-university-honorary-awards-summer-congregations-2025-citations.pdf"


def _lu_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(LU_NAVY)
        canvas.rect(0, height - 95 * mm, width, 95 * mm, stroke=0, fill=1)
        canvas.setFillColor(LU_GOLD)
        canvas.rect(0, height - 97 * mm, width, 2 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Times-Bold", 26)
        canvas.drawString(25 * mm, height - 40 * mm, "LINDUM UNIVERSITY")
        canvas.setFont("Times-Italic", 12)
        canvas.drawString(25 * mm, height - 48 * mm, "Lincoln \u00b7 founded 1961")
    else:
        canvas.setFont("Times-Roman", 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(25 * mm, height - 14 * mm, "Lindum University  |  Honorary Awards 2025")
        canvas.drawRightString(width - 25 * mm, height - 14 * mm, "Citations")
        canvas.setStrokeColor(LU_GOLD)
        canvas.setLineWidth(0.6)
        canvas.line(25 * mm, height - 16 * mm, width - 25 * mm, height - 16 * mm)
        canvas.line(25 * mm, 17 * mm, width - 25 * mm, 17 * mm)
        canvas.setFont("Times-Roman", 8.5)
        canvas.drawString(25 * mm, 12 * mm, "lindum.example.ac.uk/honorary-awards")
        canvas.drawRightString(width - 25 * mm, 12 * mm, "Page %d" % page)
    canvas.restoreState()


def honorary_citations(out: Path) -> None:
    width, height = A4
    margin = 25 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / LU_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=24 * mm, bottomMargin=24 * mm,
                          title="Honorary Awards 2025: Citations", author="Lindum University",
                          subject="Summer Congregations 2025", creator="Lindum University Ceremonies Office",
                          invariant=1)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(margin, 24 * mm, full_w, height - 130 * mm, id="c")], onPage=_lu_page),
        PageTemplate("body", [Frame(margin, 22 * mm, full_w, height - 44 * mm, id="b")], onPage=_lu_page),
    ])
    cover_t = _style("ct", "Times-Bold", 30, leading=36, color=LU_NAVY, after=6)
    cover_s = _style("cs", "Times-Roman", 16, leading=20, color=LU_NAVY, after=18)
    cover_b = _style("cb", "Times-Roman", 11, leading=15, after=6)
    deg = _style("deg", "Helvetica-Bold", 9, leading=12, color=LU_GOLD, after=2, before=4)
    name = _style("nm", "Times-Bold", 19, leading=23, color=LU_NAVY, after=3)
    meta = _style("meta", "Times-Italic", 10, leading=13, color=colors.HexColor("#444444"), after=10)
    body = _style("b", "Times-Roman", 11.5, leading=15.5, after=8)
    note = _style("n", "Times-Italic", 10, leading=13.5, after=6)
    small = _style("s", "Times-Roman", 9, leading=12, after=3)

    story = [
        Paragraph("Summer Congregations 2025", cover_s),
        Paragraph("Honorary Awards", cover_t),
        Paragraph("Citations", cover_s),
        Paragraph("Lincoln Cathedral, Monday 14 to Friday 18 July 2025", cover_b),
        Spacer(1, 6 * mm),
        _panel([Paragraph("The University confers honorary awards on people whose achievements have made a "
                          "distinguished contribution to the life of the county, the nation or their profession, "
                          "and who share the values of the University. Nominations are considered by the Honorary "
                          "Awards Committee and approved by the Senate and the Board of Governors.", note),
                Paragraph("Citations are printed as they were delivered by the presenting orators. Please check "
                          "against delivery before quoting.", note)],
               full_w, fill=colors.HexColor("#F4F1E8"), pad=8),
        Spacer(1, 10 * mm),
        Paragraph("Ceremonies Office, Lindum University, Newport Campus, Lincoln LN1 3XT", small),
        Paragraph("ceremonies@lindum.example.ac.uk \u00b7 01632 960 521", small),
        NextPageTemplate("body"),
        PageBreak(),

        Paragraph("DOCTOR OF THE UNIVERSITY (DUniv)", deg),
        Paragraph("Bernadette Quarrie MBE", name),
        Paragraph("Congregation 3, Tuesday 15 July 2025, 2.30pm. Presented by Professor Helen Maddock, "
                  "Pro Vice-Chancellor (Health and Social Care)", meta),
        Paragraph("Vice-Chancellor, on a warm Saturday night in August, Skegness seafront is one of the busiest "
                  "places in England. The arcades are open, the pubs are full and thousands of visitors from the "
                  "caravan parks are a long way from home. Bernadette Quarrie has spent the last eleven summers "
                  "making sure that they get there.", body),
        Paragraph("Bernadette was born in Mablethorpe in 1957 and trained as a nurse at the old Lincoln County "
                  "Hospital. She worked for 31 years in community and minor injuries nursing on the coast, the "
                  "last twelve as the sister in charge of the minor injuries unit at Skegness, and it was there, "
                  "stitching the same cuts on the same Saturday nights, that she decided that something could be "
                  "done before people reached her. In 2013 she founded Coastwise, a charity of trained "
                  "volunteers, with a kitchen table, a first aid kit and a loan from her brother.", body),
        Paragraph("Coastwise Seafront Nights began in the summer of 2014, when Bernadette persuaded Lincolnshire "
                  "Police\u2019s East Lindsey neighbourhood policing team to let a dozen trained volunteers walk "
                  "Skegness seafront beside its officers on Friday and Saturday nights from May to September. The "
                  "volunteers carry water, foil blankets and first aid kits; the officers call them to anyone who "
                  "is alone, hurt or unwell, and the two run a welfare point together beside the Clock Tower. Over "
                  "eleven summers the volunteers have helped more than 9,400 people, and in the 2024 season the "
                  "neighbourhood team recorded 38% fewer calls to the ambulance service from the seafront than in "
                  "2013, the summer before the scheme began.", body),
        Paragraph("Her second idea answered the question of how people get home. Since 2019 Home Safe, run by "
                  "Coastwise with East Lindsey District Council, has put a free late minibus on the road from the "
                  "seafront to the caravan parks of Ingoldmells and Chapel St Leonards on summer Saturday nights, "
                  "driven by volunteers whom the council trains and checks. In the 2024 season it carried 6,700 "
                  "passengers, and no pedestrian on the A52 between the town and the parks has been seriously "
                  "injured on a Saturday night since it began, against four in the five summers before.", body),
        Paragraph("Bernadette was appointed MBE in the New Year Honours 2021. She chairs the Skegness and District "
                  "Lions, sings alto in the Skegness Parish Church choir and is, her volunteers tell me, the only "
                  "person on the coast who can make a stag party apologise. She has also found time to teach our "
                  "own nursing students every autumn about what a seaside Saturday looks like from the kerb.", body),
        Paragraph("Vice-Chancellor, I present to you Bernadette Quarrie as eminently worthy to receive the degree "
                  "of Doctor of the University, honoris causa.", body),
        Spacer(1, 8 * mm),

        KeepTogether([
            Paragraph("DOCTOR OF MUSIC (DMus)", deg),
            Paragraph("Owain Lloyd-Pritchard", name),
            Paragraph("Congregation 5, Wednesday 16 July 2025, 2.30pm. Presented by Professor Simon Ashworth, "
                      "Dean of the School of Creative Arts", meta),
            Paragraph("Vice-Chancellor, few people in this cathedral today will not have heard the music of Owain "
                  "Lloyd-Pritchard, even if they did not know it. His setting of the evening canticles, written "
                  "for this cathedral\u2019s choir in 2009, is now sung in more than 200 churches and chapels, "
                  "and his carol \u2018A Fen Nativity\u2019 has been broadcast at Christmas on Radio 3 in eight of "
                  "the last ten years.", body),
        ]),
        Paragraph("Owain was born in Bala in 1964, a chorister at Llandaff and organ scholar at St John\u2019s "
                  "College, Cambridge. He came to Lincoln as assistant organist in 1991 and has stayed, as "
                  "Master of the Music from 2002 until his retirement last year. His catalogue runs to more than "
                  "140 works, including two operas for young voices, and his recordings with the cathedral choir "
                  "have twice been nominated for Gramophone awards.", body),
        Paragraph("Vice-Chancellor, I present to you Owain Lloyd-Pritchard as eminently worthy to receive the "
                  "degree of Doctor of Music, honoris causa.", body),
        Spacer(1, 8 * mm),

        KeepTogether([
            Paragraph("DOCTOR OF SCIENCE (DSc)", deg),
            Paragraph("Dr Farah Siddiqui", name),
            Paragraph("Congregation 8, Friday 18 July 2025, 10.30am. Presented by Professor Ian Cottingham, "
                      "Head of the School of Criminology and Social Policy", meta),
        ]),
        Paragraph("Vice-Chancellor, a consultant in emergency medicine sees violence at the end of its story. "
                  "Dr Farah Siddiqui has spent her career asking how it might be seen at the beginning.", body),
        Paragraph("Farah trained at Leeds and in Sheffield, and has been a consultant in the emergency department "
                  "of Lincoln County Hospital since 2012. She is a fellow of the Royal College of Emergency "
                  "Medicine and an honorary senior lecturer in our Lincoln Medical School.", body),
        Paragraph("In 2017 she set up, with Lincolnshire Police, the sharing of anonymous information about assaults "
                  "treated in the emergency department of Lincoln County Hospital: where, when and with what each "
                  "patient was hurt, recorded by reception staff and sent each month to the force\u2019s analysts, "
                  "who use it alongside police records to decide where patrols go and which licensed premises need "
                  "a visit. The approach follows the Cardiff Model. In Lincoln, attendances at the department for "
                  "assaults in the city\u2019s night-time economy fell by 27% between 2017 and 2023, and two "
                  "thirds of the places the hospital data pointed to had never appeared in police records.", body),
        Paragraph("She has since advised hospitals in four other counties, given evidence to the Home Affairs "
                  "Committee and, with colleagues in our School of Criminology, supervised three doctoral students. "
                  "Outside medicine she is a keen fell runner and a trustee of a refugee charity in the city.", body),
        Paragraph("Vice-Chancellor, I present to you Farah Siddiqui as eminently worthy to receive the degree of "
                  "Doctor of Science, honoris causa.", body),
    ]
    doc.build(story)


# ================================================================== 2. A youth charity's corporate partnership pack (PDF, landscape)

HP_TEAL = colors.HexColor("#0F5E63")
HP_SAND = colors.HexColor("#F3E9D2")
HP_CORAL = colors.HexColor("#E0674B")
HP_FILE = "the-harbour-project-portsmouth-corporate-partnership-pack-2026.pdf"


def _hp_page(canvas, doc):
    width, height = landscape(A4)
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(HP_TEAL)
        canvas.rect(0, 0, width * 0.46, height, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#9DB9B5"))
        canvas.rect(width * 0.46, 0, width * 0.54, height, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Oblique", 9)
        canvas.drawString(width * 0.46 + 10 * mm, 12 * mm,
                          "Photograph: young people at Friday Late, Cosham Library (used with consent)")
    else:
        canvas.setFillColor(HP_TEAL)
        canvas.rect(0, height - 8 * mm, width, 8 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 8)
        canvas.drawString(15 * mm, 9 * mm, "The Harbour Project  \u00b7  Corporate partnerships 2026")
        canvas.drawRightString(width - 15 * mm, 9 * mm, str(page))
    canvas.restoreState()


def partnership_pack(out: Path) -> None:
    width, height = landscape(A4)
    margin = 15 * mm
    full_w = width - 2 * margin
    col_w = (full_w - 10 * mm) / 2
    doc = BaseDocTemplate(str(out / HP_FILE), pagesize=landscape(A4), leftMargin=margin, rightMargin=margin,
                          topMargin=16 * mm, bottomMargin=16 * mm,
                          title="Partner with us: corporate partnership opportunities 2026",
                          author="The Harbour Project", subject="Corporate partnerships",
                          creator="The Harbour Project", invariant=1)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(margin, 20 * mm, width * 0.46 - 2 * margin, height - 40 * mm, id="c")],
                     onPage=_hp_page),
        PageTemplate("two", [Frame(margin, 16 * mm, col_w, height - 34 * mm, id="l"),
                             Frame(margin + col_w + 10 * mm, 16 * mm, col_w, height - 34 * mm, id="r")],
                     onPage=_hp_page),
    ])
    cover_logo = _style("cl", "Helvetica-Bold", 13, color=colors.white, after=50)
    cover_t = _style("ct", "Helvetica-Bold", 34, leading=38, color=colors.white, after=10)
    cover_s = _style("cs", "Helvetica", 15, leading=19, color=colors.white, after=30)
    cover_b = _style("cb", "Helvetica", 10, leading=14, color=colors.white, after=4)
    h1 = _style("h1", "Helvetica-Bold", 22, leading=26, color=HP_TEAL, after=8)
    h2 = _style("h2", "Helvetica-Bold", 13, leading=16, color=HP_TEAL, before=4, after=5)
    tag = _style("tag", "Helvetica-Bold", 8, color=HP_CORAL, after=2)
    body = _style("b", "Helvetica", 9.5, leading=13.5, after=7)
    big = _style("big", "Helvetica-Bold", 20, leading=22, color=HP_CORAL, align=1, after=2)
    cap = _style("cap", "Helvetica", 8.5, leading=11, align=1, after=0)
    quote = _style("q", "Helvetica-Oblique", 10.5, leading=14.5, color=HP_TEAL, after=3)
    who = _style("who", "Helvetica", 8.5, leading=11, after=10)
    cell = _style("cell", "Helvetica", 9, leading=12)
    head = _style("head", "Helvetica-Bold", 9, leading=12, color=colors.white)
    small = _style("sm", "Helvetica", 8, leading=10.5, after=3)

    def stat(number, label):
        return [Paragraph(number, big), Paragraph(label, cap)]

    stats = Table([[stat("2011", "founded in Landport by two youth workers"),
                    stat("14", "youth workers and mentors on our staff"),
                    stat("1,300", "young people we work with each year")]], colWidths=[col_w / 3] * 3)
    stats.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), HP_SAND), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                               ("LINEAFTER", (0, 0), (1, 0), 0.8, colors.white)]))

    story = [
        Paragraph("THE HARBOUR PROJECT", cover_logo),
        Paragraph("Partner with us", cover_t),
        Paragraph("Corporate partnership opportunities 2026", cover_s),
        Paragraph("Helping young people in Portsmouth choose a different course since 2011.", cover_b),
        NextPageTemplate("two"),
        PageBreak(),

        Paragraph("Who we are", h1),
        Paragraph("The Harbour Project is a youth charity in Portsmouth. We work with young people aged 10 to 18 "
                  "who are at risk of being drawn into violence, drugs or exploitation, and with their families, "
                  "through mentoring, youth clubs and one-to-one support in schools, in custody and at home.", body),
        Paragraph("Portsmouth is a young, crowded city. One in four children here grows up in poverty, and the "
                  "city\u2019s rate of first-time entrants to the youth justice system is above the national "
                  "average. We believe that every young person deserves one trusted adult who does not give up "
                  "on them.", body),
        stats,
        Spacer(1, 6 * mm),
        Paragraph("Why partner with us?", h2),
        Paragraph("Our corporate partners help us reach more young people and give their own staff a way to make "
                  "a real difference in the city where they work. We will agree with you what you want from the "
                  "partnership, report to you on what your money has done and celebrate it with you.", body),
        FrameBreak(),
        Paragraph("What your support has done", h1),
        Paragraph("PROJECT ANCHOR", tag),
        Paragraph("One trusted adult, from the first arrest", h2),
        Paragraph("Project Anchor pairs a youth worker with every young person aged 10 to 17 arrested in "
                  "Portsmouth for a first offence linked to knives, drugs or exploitation. Since January 2023 our "
                  "youth workers have been based two days a week with Hampshire and Isle of Wight "
                  "Constabulary\u2019s Portsmouth Early Intervention Team at Portsmouth Central police station; "
                  "officers introduce us in custody or at the first visit home, and we stay alongside the young "
                  "person for up to six months. In 2024, 146 young people took up the offer and 81% were not "
                  "arrested again within 12 months, against 58% of a comparison group the team worked with before "
                  "Anchor began.", body),
        Paragraph("FRIDAY LATE", tag),
        Paragraph("Libraries that stay open for teenagers", h2),
        Paragraph("Friday Late turns three city libraries into youth clubs from 6pm to 10pm on Friday nights, run "
                  "by our youth workers with Portsmouth City Council\u2019s library service, which opens the "
                  "buildings and staffs the doors. Since October 2023 Friday Late has run at Southsea, Cosham and "
                  "Paulsgrove libraries on 82 Fridays, with an average of 64 young people a night, and the "
                  "libraries recorded 70% fewer incidents of anti-social behaviour on Friday evenings in its "
                  "first year.", body),
        PageBreak(),

        Paragraph("Ways to partner", h1),
        Paragraph("Every partnership is different, and we are happy to talk about what would work for you. These "
                  "are the ways our partners most often choose to support us.", body),
        _grid([
            ["Partnership", "What it includes", "Your investment"],
            ["Anchor partner", "Funds one Project Anchor youth worker for a year. Your logo on our website and "
             "annual report, two staff volunteering days a month, an invitation to our partners\u2019 breakfast "
             "and a quarterly impact report.", "\u00a325,000 a year for three years"],
            ["Harbour partner", "Funds one Friday Late library for a year. Logo on our website, one staff "
             "volunteering day a month and a six-monthly impact report.", "\u00a310,000 a year"],
            ["Charity of the Year", "Your staff fundraise for us for twelve months. We provide a fundraising pack, "
             "a speaker for your launch and a thank-you event.", "Whatever your team raises"],
            ["Friend of the Harbour", "Supports our work wherever it is most needed. Listing on our website.",
             "\u00a32,500 a year"],
            ["Gifts in kind", "Laptops, minibus hire, food for youth clubs, printing or professional "
             "advice.", "Agreed with you"],
        ], [32 * mm, 62 * mm, col_w - 94 * mm], cell, head, HP_TEAL, zebra=HP_SAND, pad=5),
        Spacer(1, 5 * mm),
        Paragraph("What your money pays for", h2),
        Paragraph("\u00a345 pays for food and activities at one Friday Late session. \u00a3350 pays for a young "
                  "person\u2019s first month with an Anchor mentor. \u00a31,200 pays for a youth worker for a month. "
                  "Many employers will match the money their staff raise: ask your HR or payroll team.", body),
        FrameBreak(),
        Paragraph("Volunteering with us", h2),
        Paragraph("We can offer up to 20 team volunteering days a year, from decorating our centre in Landport to "
                  "mock interviews and CV workshops for our older young people. All volunteers working directly "
                  "with young people need an enhanced DBS check, which we arrange.", body),
        Spacer(1, 3 * mm),
        Paragraph("Our partners say", h2),
        Paragraph("\u201cOur engineers have run CV clinics at the centre for two years. It is the volunteering "
                  "our people talk about most.\u201d", quote),
        Paragraph("Head of Responsible Business, a Portsmouth marine engineering firm", who),
        Paragraph("\u201cThe impact reports are the clearest we get from any charity we support.\u201d", quote),
        Paragraph("Community Fund manager, a Hampshire building society", who),
        Paragraph("Next steps", h2),
        Paragraph("To talk about a partnership, contact Joanne Whitcombe, Head of Partnerships, on 01632 960 744 "
                  "or at partnerships@harbourproject.example.org.uk. We would love to show you our work: visits "
                  "to a Friday Late session can be arranged on request.", body),
        Spacer(1, 4 * mm),
        Paragraph("The Harbour Project, Unit 4, Arundel Court, Portsmouth PO1 1XT. Registered charity number "
                  "1143826. A company limited by guarantee registered in England and Wales, company number "
                  "07612398. Photographs are of young people who have given consent; names have been changed.",
                  small),
    ]
    doc.build(story)


# ================================================================== 3. A night shelter charity's winter appeal letter (PDF)

LH_PLUM = colors.HexColor("#5B2A55")
LH_FILE = "lantern-house-wrexham-winter-appeal-letter-2025.pdf"


def _lh_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(LH_PLUM)
        canvas.setFont("Helvetica-Bold", 22)
        canvas.drawString(22 * mm, height - 26 * mm, "Lantern House")
        canvas.setFont("Helvetica", 9.5)
        canvas.drawString(22 * mm, height - 32 * mm, "Wrexham\u2019s night shelter and outreach charity")
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        for i, line in enumerate(["Lantern House", "9 Brook Street", "Wrexham LL13 7XT", "01632 960 389",
                                  "lanternhouse.example.org.uk"]):
            canvas.drawRightString(width - 22 * mm, height - 20 * mm - i * 4 * mm, line)
    canvas.setStrokeColor(LH_PLUM)
    canvas.setLineWidth(0.5)
    canvas.line(22 * mm, 16 * mm, width - 22 * mm, 16 * mm)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(22 * mm, 11 * mm, "Lantern House is a registered charity in England and Wales, no. 1179316.")
    canvas.drawString(22 * mm, 7.5 * mm, "We are registered with the Fundraising Regulator.")
    canvas.drawRightString(width - 22 * mm, 11 * mm, "Appeal ref: WA25")
    canvas.restoreState()


def appeal_letter(out: Path) -> None:
    width, height = A4
    margin = 22 * mm
    full_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / LH_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=20 * mm, bottomMargin=22 * mm, title="Winter appeal 2025",
                          author="Lantern House", subject="Winter appeal letter and donation form",
                          creator="Lantern House", invariant=1)
    doc.addPageTemplates([
        PageTemplate("letter", [Frame(margin, 22 * mm, full_w, height - 70 * mm, id="l")], onPage=_lh_page),
        PageTemplate("form", [Frame(margin, 22 * mm, full_w, height - 42 * mm, id="f")], onPage=_lh_page),
    ])
    body = _style("b", "Times-Roman", 11.5, leading=15, after=8)
    bold = _style("bb", "Times-Bold", 11.5, leading=15, after=8)
    sig = _style("sig", "Times-Italic", 15, leading=18, color=LH_PLUM, after=0, before=2)
    ps = _style("ps", "Times-Roman", 11, leading=14.5, after=6)
    addr = _style("ad", "Times-Roman", 11, leading=14, after=0)
    f_h = _style("fh", "Helvetica-Bold", 14, leading=17, color=LH_PLUM, after=6)
    f_b = _style("fb", "Helvetica", 9, leading=12, after=4)
    f_bold = _style("fbb", "Helvetica-Bold", 9, leading=12, after=4)
    f_small = _style("fs", "Helvetica", 7.5, leading=9.5, after=3)
    cut = _style("cut", "Helvetica", 8, color=colors.HexColor("#777777"), align=1, after=8)

    story = [
        Paragraph("Mr D. Hughes", addr),
        Paragraph("14 Acton Gate", addr),
        Paragraph("Wrexham LL11 2XP", addr),
        Spacer(1, 6 * mm),
        Paragraph("November 2025", addr),
        Spacer(1, 6 * mm),
        Paragraph("Dear Friend,", body),
        Paragraph("At four o\u2019clock on a January morning last winter, with the pavements white with frost, our "
                  "outreach worker Kelly found Dylan asleep in the doorway of an empty shop on Hope Street. He was "
                  "23, he had been sleeping out for three weeks, and he had stopped being able to feel his feet.", body),
        Paragraph("Kelly knelt down, said his name and asked if he would come inside. That night Dylan slept in a "
                  "warm bed at Lantern House. Today he has a flat of his own and a place on a catering course.", body),
        Paragraph("Last winter our outreach workers went out with North Wales Police\u2019s Wrexham Town "
                  "neighbourhood policing team on every night the temperature fell below zero. Officers on patrol "
                  "told us where they had seen people bedding down, and Kelly and her colleagues went straight to "
                  "them, with a flask, a sleeping bag and the offer of a bed. We call it our Cold Nights patrol. "
                  "Over 41 freezing nights we found 63 people sleeping rough, and 49 of them came inside to a bed "
                  "at Lantern House that same night. Not one person died on Wrexham\u2019s streets last winter.", body),
        Paragraph("This winter we want to be out on every cold night again. But our costs have risen, and the "
                  "grant that paid for our night staff ends in March.", body),
        Paragraph("Will you help us keep the lantern lit this winter?", bold),
        Paragraph("\u00a320 could pay for a sleeping bag and a hot meal for someone Kelly finds tonight. \u00a340 "
                  "could pay for a night in a warm, safe bed. \u00a3100 could keep our outreach team on the "
                  "streets for a whole freezing night.", body),
        Paragraph("Please give what you can, using the form overleaf, by 12 December, so that we know how many "
                  "nights we can cover before Christmas.", body),
        Paragraph("With my warmest thanks,", body),
        Paragraph("Sioned Parry", sig),
        Paragraph("Sioned Parry<br/>Chief Executive", addr),
        Spacer(1, 5 * mm),
        Paragraph("<b>P.S.</b> If you are a UK taxpayer, Gift Aid adds 25p to every \u00a31 you give, at no cost to "
                  "you. Just tick the box on the form.", ps),
        Paragraph("Dylan\u2019s name and some details have been changed to protect his privacy.", f_small),
        NextPageTemplate("form"),
        PageBreak(),

        Paragraph("- - - - - - - - - - Please detach and return this form in the envelope provided - - - - - - - - - -",
                  cut),
        Paragraph("Yes, I want to help keep the lantern lit this winter", f_h),
        Paragraph("Please accept my gift of:", f_bold),
        Paragraph("[ ] \u00a320 &nbsp;&nbsp;&nbsp; [ ] \u00a340 &nbsp;&nbsp;&nbsp; [ ] \u00a3100 &nbsp;&nbsp;&nbsp; "
                  "[ ] Other \u00a3 ..............", f_b),
        Paragraph("[ ] I enclose a cheque made payable to Lantern House &nbsp;&nbsp; [ ] Please debit my card:", f_b),
        _grid([["Card number", ""], ["Expiry date", ""], ["Name on card", ""], ["Signature", ""]],
              [40 * mm, full_w - 40 * mm], f_b, pad=5),
        Spacer(1, 3 * mm),
        Paragraph("Your details", f_bold),
        _grid([["Title", "", "First name", ""], ["Surname", "", "Postcode", ""],
               ["Address", "", "", ""], ["Email", "", "Telephone", ""]],
              [25 * mm, 60 * mm, 25 * mm, full_w - 110 * mm], f_b, pad=5),
        Spacer(1, 4 * mm),
        _panel([Paragraph("giftaid it", _style("ga", "Helvetica-Bold", 12, color=LH_PLUM, after=3)),
                Paragraph("[ ] Boost your donation by 25p of Gift Aid for every \u00a31 you donate. I want to Gift "
                          "Aid my donation and any donations I make in the future or have made in the past 4 years "
                          "to Lantern House. I am a UK taxpayer and understand that if I pay less Income Tax and/or "
                          "Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year "
                          "it is my responsibility to pay any difference.", f_b),
                Paragraph("Please notify Lantern House if you want to cancel this declaration, change your name or "
                          "home address, or no longer pay sufficient tax on your income and/or capital gains.",
                          f_small)],
               full_w, border=LH_PLUM, pad=7),
        Spacer(1, 4 * mm),
        Paragraph("Staying in touch", f_bold),
        Paragraph("We would like to send you news of our work and how you can help. [ ] Please tick if you are "
                  "happy to hear from us by email. [ ] Please tick if you would prefer not to hear from us by post. "
                  "You can change your mind at any time by calling 01632 960 389.", f_b),
        Paragraph("How we use your information: we will use your details to process your gift, claim Gift Aid and, "
                  "if you have agreed, to keep in touch. We never sell or swap your details. Read our privacy "
                  "notice at lanternhouse.example.org.uk/privacy.", f_small),
        Spacer(1, 3 * mm),
        Paragraph("Please return this form in the envelope provided, or post it to: Freepost LANTERN HOUSE (no "
                  "stamp needed). You can also give online at lanternhouse.example.org.uk/winter or by calling "
                  "01632 960 389.", f_b),
        Paragraph("Thank you.", _style("ty", "Helvetica-Bold", 12, color=LH_PLUM, align=1, before=4)),
    ]
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


# ================================================================== 4. A force's completed performance and development review (Word)

PDR_FILE = "thames-valley-police-pdr-end-of-year-review-2024-25-neighbourhood-sergeant-bletchley.docx"


def pdr_review(out: Path) -> None:
    from docx import Document

    document = Document()
    _page_setup(document, 1.8, 1.6, 1.8, 1.8)
    _normal(document, "Arial", 10)
    _header_footer(document, "OFFICIAL-SENSITIVE: PERSONNEL", "", "Thames Valley Police",
                   "PDR end of year review form HR/PDR/02 v5.1\t\t", 4, size=8)

    _p(document, "Performance and Development Review (PDR)", size=17, bold=True, colour="1D3E6E", after=0)
    _p(document, "End of year review 2024/25", size=12, colour="1D3E6E", after=8)
    _box(document, [
        "About this form",
        "This form records the end of year conversation between you and your reviewer. Complete sections A to E "
        "before the meeting; your reviewer completes the comments, the overall assessment and section G. Evidence "
        "should be specific and, where you can, show the difference your work made. Do not include the names or "
        "details of victims, witnesses or suspects.",
        "Completed forms are held on the HR system and kept in line with the force retention schedule. The "
        "overall assessment is used for pay progression (PNB Circular 2023/4) and may be seen by promotion "
        "boards with your consent.",
    ], "E8EEF6")

    _p(document, "Section A: Your details", size=11.5, bold=True, colour="1D3E6E", before=6, after=4)
    _docx_table(document, [
        ["Name", "Amrit Dhillon"],
        ["Rank / grade and collar number", "Police Sergeant 2317"],
        ["Staff number", "004812"],
        ["Role", "Neighbourhood Sergeant, Bletchley and Fenny Stratford Neighbourhood Policing Team"],
        ["Local Policing Area", "Milton Keynes"],
        ["Reviewer", "Inspector Claire Holloway, Neighbourhood Inspector, Milton Keynes South"],
        ["Countersigning manager", "Chief Inspector Mark Tuffin"],
        ["Review period", "1 April 2024 to 31 March 2025"],
        ["Date of end of year meeting", "23 April 2025"],
    ], widths=[6, 11], size=9, label_fill="E8EEF6")

    _p(document, "", after=2)
    _p(document, "Section B: Performance objectives 2024/25", size=11.5, bold=True, colour="1D3E6E", before=6,
       after=2)
    _p(document, "Objectives are those agreed at the start of the year (SMART). Give your evidence against each one; "
       "your reviewer will comment and record whether it was met.", size=8.5, italic=True, after=4)
    _docx_table(document, [
        ["No.", "Objective agreed April 2024", "Your evidence", "Reviewer\u2019s comments", "Met?"],
        ["1", "Reduce robbery and violence on the Redway network in Bletchley and Fenny Stratford through "
              "partnership problem solving.",
         ["From June 2024 I led Operation Redway, joint evening patrols of the Redway paths around Bletchley and "
          "Fenny Stratford by our PCSOs and Milton Keynes City Council\u2019s community safety wardens, two "
          "evenings a week between 6pm and 11pm. We mapped every robbery and assault on the Redways since 2022 and "
          "chose the six underpasses where most happened; the council\u2019s lighting team repaired or replaced "
          "the lights in all six and its grounds contractor cut back the shrubs. Robbery on the Redways in the two "
          "wards fell from 19 offences in 2023/24 to 11 in 2024/25, and violence with injury from 27 to 18.",
          "The council has agreed to keep the wardens on the patrols in 2025/26."],
         "Amrit built this from nothing and kept the council on board all year. A very good example of "
         "neighbourhood problem solving; the results speak for themselves.", "Yes"],
        ["2", "Improve the timeliness and quality of victim updates by the team, in line with the Victims\u2019 "
              "Code.",
         "I dip-sampled the team\u2019s crime reports each month, fed back to each officer at our one-to-ones and "
         "ran a short input at the team briefing in September. Our results in the force audit were above the LPA "
         "average in three of the four quarters.",
         "Consistent supervision. Keep this going with the new starters.", "Yes"],
        ["3", "Lead one problem-solving plan to OSARA standard and share the learning across the LPA.",
         ["Our OSARA plan (PS/MK/24/031) tackled thefts from sheds and garages on the Water Eaton estate, where 41 "
          "were reported between April and September 2024. The team\u2019s PCSOs and six of the force\u2019s "
          "Special Constables visited every house in the 14 worst-hit roads, property-marked 212 bikes and power "
          "tools with forensic marking, fitted 96 shed alarms from the force\u2019s crime prevention stock and gave "
          "advice on locks. From October 2024 to March 2025 shed and garage burglaries on the estate fell by 46% on "
          "the same six months of the year before, and no marked item has been reported stolen.",
          "I presented the plan at the LPA problem-solving forum on 12 February 2025."],
         "A well-run plan with good use of the Specials. Please submit it to the force problem-solving "
         "library.", "Yes"],
        ["4", "Complete the Neighbourhood Policing Programme modules and mentor two new PCSOs through their "
              "probation.",
         "All five modules completed by November 2024. Both PCSOs were signed off as independent in January "
         "2025.", "Done.", "Yes"],
    ], widths=[1.0, 3.6, 7.2, 3.9, 1.3], size=8.5, head_fill="1D3E6E", head_colour="FFFFFF")

    _p(document, "", after=2)
    _p(document, "Section C: Competency and Values Framework", size=11.5, bold=True, colour="1D3E6E", before=6,
       after=4)
    _docx_table(document, [
        ["Competency cluster", "Level", "Self-assessment (brief)", "Reviewer rating"],
        ["Resolute, compassionate and committed", "2", "Supported two officers through difficult personal "
         "circumstances; kept the team\u2019s focus on victims.", "Competent"],
        ["Inclusive, enabling and visionary leadership", "2", "Led the team through the loss of two experienced "
         "PCs; brought in the Specials.", "Competent"],
        ["Intelligent, creative and informed policing", "2", "Used data to choose where to patrol and what to fix; "
         "took ideas from the council.", "Strong"],
    ], widths=[5.2, 1.3, 7.4, 3.1], size=8.5, head_fill="E8EEF6")

    _p(document, "", after=2)
    _p(document, "Section D: Wellbeing", size=11.5, bold=True, colour="1D3E6E", before=6, after=4)
    _docx_table(document, [
        ["Wellbeing conversation held", "\u2612 Yes    \u2610 No"],
        ["Sickness absence in the period", "4 days (one occasion)"],
        ["Support discussed", "Rest days cancelled during the summer; agreed to protect one weekend in four. "
         "Aware of the Employee Assistance Programme and TRiM."],
    ], widths=[6, 11], size=9, label_fill="E8EEF6")

    _p(document, "", after=2)
    _p(document, "Section E: Development objectives for 2025/26", size=11.5, bold=True, colour="1D3E6E", before=6,
       after=4)
    for text in [
        "Sit the National Police Promotion Framework step 2 inspectors\u2019 legal examination in March 2026.",
        "Take an acting inspector opportunity of at least three months when one arises in the LPA.",
        "Attend the force\u2019s problem-solving practitioner course and coach one PCSO through a plan of their own.",
    ]:
        _p(document, text, style="List Bullet", size=9.5, after=2)

    _p(document, "Section F: Overall assessment", size=11.5, bold=True, colour="1D3E6E", before=8, after=4)
    _docx_table(document, [
        ["Overall assessment (reviewer)", "\u2610 Exceptional    \u2612 Competent    \u2610 Not yet competent"],
        ["Eligible for pay progression", "\u2612 Yes    \u2610 No"],
        ["Reviewer\u2019s summary", "A strong year. Amrit leads a stretched team well and has shown that he can "
         "run partnership work from start to finish. Ready to prepare for promotion."],
    ], widths=[6, 11], size=9, label_fill="E8EEF6")

    _p(document, "", after=2)
    _p(document, "Section G: Sign-off", size=11.5, bold=True, colour="1D3E6E", before=6, after=4)
    _docx_table(document, [
        ["", "Name", "Signature", "Date"],
        ["Reviewee", "PS 2317 Amrit Dhillon", "A. Dhillon", "24/04/2025"],
        ["Reviewer", "Insp. Claire Holloway", "C. Holloway", "24/04/2025"],
        ["Countersigning manager", "C/Insp. Mark Tuffin", "M. Tuffin", "02/05/2025"],
    ], widths=[4.5, 5, 4, 3.5], size=9, head_fill="E8EEF6")
    _p(document, "If you disagree with your overall assessment, speak to your reviewer first; you may then ask "
       "for a review by the countersigning manager within 14 days (see the PDR policy, section 9).",
       size=8, italic=True, before=6)

    _save_docx(document, out / PDR_FILE, "PDR end of year review 2024/25", "Thames Valley Police")


# ================================================================== 5. A university research ethics application (Word)

ETH_FILE = "wearbridge-university-research-ethics-application-frec-2025-0417-operation-skerne-evaluation.docx"


def ethics_application(out: Path) -> None:
    from docx import Document

    document = Document()
    _page_setup(document, 1.8, 1.6, 2.0, 2.0)
    _normal(document, "Calibri", 10.5)
    _header_footer(document, "Wearbridge University", "", "Faculty of Social Sciences Research Ethics Committee",
                   "Form FREC1 v6.1 (September 2025)\t\t", 5, size=8)

    _p(document, "Application for Ethical Approval", size=18, bold=True, colour="6B1D3A", after=0)
    _p(document, "Research involving human participants: staff and postgraduate research", size=12,
       colour="6B1D3A", after=8)
    _box(document, [
        "Guidance",
        "Complete every section in full. Answers of \u2018see attached\u2019 will be returned. Submit the form "
        "with your participant information sheets, consent forms, interview schedules and any data sharing "
        "agreement to frec@wearbridge.example.ac.uk.",
        "The committee meets monthly; allow at least 28 days for a decision. Research must not begin until you "
        "have written approval. Low-risk student projects should use form FREC2 instead.",
    ], "F4E8ED", width_cm=16.9)

    _p(document, "Section A: Applicant details", size=12, bold=True, colour="6B1D3A", before=6, after=4)
    _docx_table(document, [
        ["Principal investigator", "Dr Rachel Ings, Senior Lecturer in Criminology"],
        ["School", "School of Law, Policing and Criminology"],
        ["Email / telephone", "r.ings@wearbridge.example.ac.uk / 01632 960 233"],
        ["Co-investigators", "Dr Tom Achebe (Wearbridge University); Laura Minto (PhD researcher, Wearbridge "
                             "University)"],
        ["Funding", "Contribution of \u00a318,400 from the project partners under a collaboration agreement; "
                    "university QR funding"],
        ["Proposed start and end dates", "5 January 2026 to 18 December 2026"],
        ["Has this project been reviewed by another ethics committee?", "No"],
    ], widths=[6, 10.9], size=9.5, label_fill="F4E8ED")
    _p(document, "", after=2)

    _p(document, "Section B: The project", size=12, bold=True, colour="6B1D3A", before=6, after=4)
    _qa(document, "B1", "Project title", [
        "Working together on the places that generate most calls: a process and outcome evaluation of Operation "
        "Skerne in Darlington"], fill="F4E8ED", width_cm=16.9)
    _qa(document, "B2", "Lay summary", [
        "We will find out how the police and the council decide together which streets and places to work on, "
        "what they do there, and whether anti-social behaviour and residents\u2019 worries go down as a result. We "
        "will talk to officers, council staff and residents, watch some planning meetings and look at figures on "
        "calls to the police and the council."], guidance="(max 150 words)", fill="F4E8ED", width_cm=16.9)
    _qa(document, "B3", "Background and rationale", [
        "A small number of places generate a large share of calls about anti-social behaviour, and there is good "
        "evidence that problem-solving focused on those places reduces it. There is much less evidence about how "
        "police and councils can do this work jointly, week in, week out, as part of ordinary neighbourhood "
        "business rather than as a funded project.",
        "",
        "Operation Skerne is a pilot that Durham Constabulary\u2019s Darlington North Neighbourhood Team and "
        "Darlington Borough Council\u2019s Civic Enforcement team have run since March 2025 in the Northgate and "
        "North Road wards. Every fortnight a police sergeant and a senior civic enforcement officer pick the three "
        "locations with the most anti-social behaviour calls in the previous month, agree a joint plan for each "
        "(for example gating an alley, a joint visit to a problem premises or patrols by police and enforcement "
        "officers together) and review it after six weeks. Force data shared with us show that calls about "
        "anti-social behaviour in the two wards fell by 23% in the first six months compared with the same months "
        "of 2024, against a fall of 4% across Darlington.",
        "",
        "The partners want to know whether the fall is due to the operation and which parts of it matter, before "
        "deciding whether to extend it to the rest of the borough in 2027. This study is designed to answer "
        "those questions.",
    ], guidance="(max 500 words)", fill="F4E8ED", width_cm=16.9)
    _qa(document, "B4", "Aims and research questions", [
        "1. How are locations chosen, and how are joint plans agreed and reviewed?",
        "2. What actions are taken, by whom, and how closely do they follow the plans?",
        "3. Did calls about anti-social behaviour fall more at treated locations than at comparable untreated "
        "locations, and was there displacement to nearby streets?",
        "4. How do residents, officers and council staff experience the operation?",
    ], fill="F4E8ED", width_cm=16.9)
    _qa(document, "B5", "Methods", [
        "Semi-structured interviews with up to 20 police officers and staff and up to 12 council officers; two "
        "focus groups with up to 30 residents of the two wards; non-participant observation of six fortnightly "
        "tasking meetings; and analysis of anonymised call and incident records for 2022 to 2026, supplied under a "
        "data sharing agreement, comparing treated locations with matched locations elsewhere in Darlington.",
    ], fill="F4E8ED", width_cm=16.9)

    _p(document, "Section C: Participants", size=12, bold=True, colour="6B1D3A", before=6, after=4)
    _qa(document, "C1", "How will participants be identified and recruited?", [
        "Officers and council staff will be invited by email from the research team, not by their managers, so "
        "that no one feels obliged to take part. Residents will be recruited through the two ward "
        "councillors\u2019 newsletters, the Northgate community centre and posters in local shops."],
        fill="F4E8ED", width_cm=16.9)
    _qa(document, "C2", "Will any participants be under 18 or lack capacity to consent?", [
        "No. Residents under 18 will not be recruited; anyone who appears to lack capacity will not be "
        "interviewed."], fill="F4E8ED", width_cm=16.9)
    _qa(document, "C3", "Will participants be paid or receive any incentive?", [
        "Residents will receive a \u00a315 shopping voucher for taking part in a focus group. Staff take part in "
        "work time and receive no incentive."], fill="F4E8ED", width_cm=16.9)

    _p(document, "Section D: Risks", size=12, bold=True, colour="6B1D3A", before=6, after=4)
    _docx_table(document, [
        ["Risk", "Likelihood", "Mitigation"],
        ["Residents disclose a crime or a safeguarding concern", "Low", "Information sheet explains the limits of "
         "confidentiality; researchers follow the university safeguarding procedure and will pass on risk of "
         "serious harm."],
        ["Staff feel criticised by findings", "Medium", "Findings reported by theme, not by person; draft report "
         "shared with the partners for factual accuracy only."],
        ["Researcher safety during observation", "Low", "Observation only of meetings, in offices; lone working "
         "policy followed."],
        ["Re-identification from call data", "Low", "Records supplied without names or addresses; locations "
         "aggregated to street level in any output."],
    ], widths=[5.5, 2.2, 9.2], size=9, head_fill="F4E8ED")
    _p(document, "", after=2)

    _p(document, "Section E: Data management", size=12, bold=True, colour="6B1D3A", before=6, after=4)
    _docx_table(document, [
        ["Lawful basis", "UK GDPR Article 6(1)(e), public task; Article 9(2)(j) for any special category data"],
        ["Storage", "University OneDrive, encrypted; audio deleted after transcription"],
        ["Retention", "Anonymised transcripts kept for 10 years after publication, then deleted"],
        ["Data sharing agreement", "Signed with both partners, reference DSA-WU-2025-118"],
        ["DPIA screening completed", "\u2612 Yes    \u2610 No"],
    ], widths=[6, 10.9], size=9.5, label_fill="F4E8ED")

    _p(document, "", after=2)
    _p(document, "Section F: Checklist", size=12, bold=True, colour="6B1D3A", before=6, after=4)
    _docx_table(document, [
        ["", "Yes", "No"],
        ["Participant information sheet attached", "\u2612", "\u2610"],
        ["Consent forms attached", "\u2612", "\u2610"],
        ["Interview and focus group schedules attached", "\u2612", "\u2610"],
        ["Research involves deception", "\u2610", "\u2612"],
        ["Research takes place outside the UK", "\u2610", "\u2612"],
    ], widths=[12.9, 2, 2], size=9.5, head_fill="F4E8ED")

    _p(document, "", after=2)
    _p(document, "Section G: Declaration", size=12, bold=True, colour="6B1D3A", before=6, after=4)
    _p(document, "I confirm that the information in this form is accurate, that I will conduct the research in "
       "line with the university\u2019s Code of Practice for Research and the approved protocol, and that I will "
       "tell the committee of any changes before they are made.", size=9.5, after=4)
    _docx_table(document, [
        ["Principal investigator", "R. Ings", "Date: 3 November 2025"],
        ["Head of School", "J. Pemberton", "Date: 5 November 2025"],
    ], widths=[6, 5.5, 5.4], size=9.5)
    _p(document, "", after=2)
    _box(document, [
        "For committee use only",
        "Reference: FREC-2025-0417          Meeting: ____________          Decision: \u2610 Approved   \u2610 "
        "Approved with conditions   \u2610 Resubmit",
    ], "EEEEEE", width_cm=16.9)

    _save_docx(document, out / ETH_FILE, "FREC1 Application for Ethical Approval", "Rachel Ings")


# ================================================================== 6. A government department's ministerial visit brief (Word)

VB_FILE = "home-office-ministerial-visit-brief-blackpool-22-january-2026.docx"


def visit_brief(out: Path) -> None:
    from docx import Document

    document = Document()
    _page_setup(document, 1.8, 1.6, 2.0, 2.0)
    _normal(document, "Arial", 11)
    _header_footer(document, "", "OFFICIAL-SENSITIVE", "", "Visit brief: Blackpool, 22 January 2026\t\t", 6,
                   size=9, bold_centre=True)

    _p(document, "MINISTERIAL VISIT BRIEF", size=15, bold=True, align="center", after=2)
    _p(document, "Minister of State for Policing and Crime", size=12, bold=True, align="center", after=2)
    _p(document, "Blackpool, Thursday 22 January 2026", size=12, align="center", after=10)
    _docx_table(document, [
        ["Purpose", "To see neighbourhood policing and partnership work in one of the most deprived towns in "
                    "England, and to hear from the force, the council and the Commissioner about hotspot "
                    "patrols and the Neighbourhood Policing Guarantee."],
        ["Timings", "09:45 arrive Blackpool North station to 14:30 depart"],
        ["Hosts", "Chief Constable, Lancashire Constabulary; Police and Crime Commissioner for Lancashire; Leader "
                  "of Blackpool Council"],
        ["Private Office", "Hannah Crewe, Assistant Private Secretary, 07700 900 812"],
        ["Lead official", "Tom Oduya, Neighbourhood Policing Unit, Crime and Policing Group, 07700 900 457"],
        ["Press", "Pooled local media at Bloomfield at 12:15 (BBC Radio Lancashire, Blackpool Gazette, "
                  "regional TV). No national media. Clip and photographs only."],
        ["Dress", "Lounge suit. Part of the visit is on foot outdoors; bring a warm coat."],
    ], widths=[3.8, 13.1], size=9.5, label_fill="D9D9D9")

    _p(document, "1. Summary", size=12, bold=True, before=10, after=4)
    for text in [
        "This is your first visit to Lancashire as Minister. The force has asked you to see Blackpool because it "
        "combines high demand, high deprivation and a large seasonal population.",
        "You will walk the Claremont area with neighbourhood officers and council licensing officers, visit the "
        "emergency department at Blackpool Victoria Hospital, and meet head teachers and officers at a "
        "secondary school in Bloomfield.",
        "The Commissioner will raise the funding formula. Lines are at section 4.",
    ]:
        _p(document, text, style="List Bullet", size=10.5, after=3)

    _p(document, "2. Itinerary", size=12, bold=True, before=10, after=4)
    _docx_table(document, [
        ["Time", "Activity", "Location", "With"],
        ["09:45", "Arrive Blackpool North; met by force driver", "Blackpool North station", "Insp. Greenhalgh"],
        ["10:00", "Briefing from the Chief Constable and the Commissioner", "Blackpool police station, Bonny "
                  "Street", "Chief Constable; PCC"],
        ["10:40", "Walk of Claremont with Operation Carousel officers", "Dickson Road and Lord Street",
         "Sgt Kirkham; council licensing officers"],
        ["11:30", "Visit to the emergency department navigators", "Blackpool Victoria Hospital, Whinney Heys Road",
         "Chief Nurse; navigators"],
        ["12:15", "Pooled media", "Hospital main entrance", "Press office"],
        ["12:45", "Lunch and round table with head teachers and the Early Action Team", "Bloomfield secondary "
                  "school (not to be named in press)", "Head teachers; PCSOs; Leader of the council"],
        ["14:00", "Depart for Blackpool North", "", ""],
        ["14:30", "Train to London Euston (change at Preston)", "", ""],
    ], widths=[1.6, 6.4, 5.0, 3.9], size=9, head_fill="D9D9D9")

    _p(document, "3. Who you will meet", size=12, bold=True, before=10, after=4)
    _docx_table(document, [
        ["Name", "Role", "Notes"],
        ["Chief Constable", "Lancashire Constabulary", "In post since 2023; national lead for a policing portfolio"],
        ["Police and Crime Commissioner", "Lancashire", "Re-elected May 2024; vocal on the funding formula"],
        ["Leader of the Council", "Blackpool Council", "Leader since 2019"],
        ["Chief Nurse", "Blackpool Teaching Hospitals NHS Foundation Trust", "Hosts the hospital visit"],
        ["Two head teachers", "Bloomfield and South Shore secondary schools", "Asked not to be named in press"],
    ], widths=[4.5, 6.2, 6.2], size=9, head_fill="D9D9D9")

    _p(document, "4. Lines to take", size=12, bold=True, before=10, after=4)
    for lead, text in [
        ("Neighbourhood policing. ", "The Government is putting neighbourhood officers back on the streets, with "
         "3,000 more in neighbourhood roles by March 2026 as the first step of the Neighbourhood Policing "
         "Guarantee."),
        ("Funding formula (if raised). ", "We recognise the pressures on forces with high seasonal demand. We will "
         "consult on a new funding formula and will take account of the evidence Lancashire has provided. I cannot "
         "comment on allocations before the settlement."),
        ("Hotspot patrols. ", "Lancashire has received hotspot action funding this year. I want to see patrols "
         "targeted at small places and evaluated, and the work in Blackpool is a good example."),
    ]:
        paragraph = _p(document, "", style="List Bullet", after=4)
        _runs(paragraph, [(lead, True, False), (text, False, False)], size=10.5)

    _p(document, "5. Sensitivities", size=12, bold=True, before=10, after=4)
    for text in [
        "An inquest into a death following police contact in Blackpool in 2024 is expected to open in March 2026. "
        "Do not comment on the case.",
        "The force closed the front counter at Blackpool South in 2025; local councillors have campaigned for it "
        "to reopen. This is an operational matter for the Chief Constable.",
        "Hospital staff may raise ambulance handover delays. Refer to the Department of Health and Social Care.",
    ]:
        _p(document, text, style="List Bullet", size=10.5, after=3)

    _p(document, "Annex A: Blackpool in brief", size=12, bold=True, before=12, after=4)
    _p(document, "Blackpool is the most deprived of the 317 local authority districts in England on the Index of "
       "Multiple Deprivation 2019, and eight of the ten most deprived neighbourhoods in England are in the town. "
       "It has a resident population of about 141,000 and around 18 million visitor trips a year. Lancashire "
       "Constabulary records more crime per head in Blackpool than anywhere else in the county.", size=10.5,
       after=6)

    _p(document, "Annex B: What you will see", size=12, bold=True, before=12, after=4)
    _p(document, "Operation Carousel, Claremont and Bloomfield", size=10.5, bold=True, after=3)
    _p(document, "Since September 2024 Lancashire Constabulary\u2019s Blackpool Central Neighbourhood Policing Team "
       "and Blackpool Council\u2019s Selective Licensing team have made joint visits to privately rented homes in "
       "the Claremont and Bloomfield areas, where houses in multiple occupation and short-stay lets are "
       "concentrated. Officers and licensing officers go together to addresses that come up in anti-social "
       "behaviour, drugs and exploitation reports, check licence conditions and safeguard tenants. By December "
       "2025 they had inspected 412 properties, the council had revoked or refused 38 licences and served 117 "
       "improvement notices, and anti-social behaviour reports in the two areas were 19% lower than in the year "
       "before the operation began.", size=10.5, after=8)
    _p(document, "Navigators in the emergency department, Blackpool Victoria Hospital", size=10.5, bold=True,
       after=3)
    _p(document, "Since March 2023 youth workers from the charity Fylde Coast Youth Link have worked in the "
       "emergency department at Blackpool Victoria Hospital with the safeguarding team of Blackpool Teaching "
       "Hospitals NHS Foundation Trust. They see young people aged 11 to 25 who attend after an assault, a "
       "stabbing or exploitation while they are still in hospital, and follow them up for up to 12 weeks. In the "
       "first two years they saw 287 young people, 74% of whom engaged with support after leaving hospital; "
       "re-attendance for assault within a year among those they saw was 9%, against 21% before the service "
       "began. The police are not part of the service: the navigators share information with the force only "
       "where they must for safeguarding.", size=10.5, after=8)
    _p(document, "Team Around the School, Bloomfield and South Shore", size=10.5, bold=True, after=3)
    _p(document, "Since January 2025 Lancashire Constabulary\u2019s Blackpool Early Action Team has placed a PCSO "
       "in each of four secondary schools in the town for two days a week, working with Blackpool Council\u2019s "
       "school attendance and inclusion service on pupils who are persistently absent or at risk of exclusion. A "
       "PCSO and an attendance officer visit the family at home together before any formal action is taken. In "
       "the 2024/25 school year persistent absence in the four schools fell from 31% to 24%, and the schools made "
       "40% fewer calls to the police about incidents on site.", size=10.5, after=8)

    _p(document, "Annex C: Contacts on the day", size=12, bold=True, before=12, after=4)
    _docx_table(document, [
        ["Private Office", "Hannah Crewe", "07700 900 812"],
        ["Lead official", "Tom Oduya", "07700 900 457"],
        ["Force visit lead", "Inspector Sam Greenhalgh, Lancashire Constabulary", "07700 900 603"],
        ["Home Office press office (duty)", "", "020 7946 0123"],
    ], widths=[5.0, 7.9, 4.0], size=9.5, label_fill="D9D9D9")
    _p(document, "Cleared by: Head of Neighbourhood Policing Unit, 19 January 2026. Contributions from Lancashire "
       "Constabulary, the Office of the Police and Crime Commissioner for Lancashire and Blackpool Council.",
       size=8.5, italic=True, before=8)

    _save_docx(document, out / VB_FILE, "Ministerial visit brief: Blackpool", "Home Office")


# ================================================================== 7. A local newspaper's corrections and clarifications page (HTML)

CORRECTIONS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corrections and clarifications | Marches Gazette</title>
<meta name="description" content="Where we have got something wrong, we put it right. Corrections and clarifications published by the Marches Gazette.">
<link rel="canonical" href="https://www.marchesgazette.example.co.uk/about-us/corrections-and-clarifications">
<link rel="stylesheet" href="/static/css/site.min.css">
<script async src="/static/js/consent.js"></script>
<script>window.adSlots = window.adSlots || []; window.adSlots.push({slot: "leaderboard", section: "about-us"});</script>
</head>
<body class="page page--about">
<div id="consent" class="consent" role="dialog" aria-modal="true" aria-labelledby="consent-title">
  <h2 id="consent-title">We value your privacy</h2>
  <p>We and our 142 partners store and access information on your device, such as cookies, and process personal
  data, such as unique identifiers, for personalised advertising and content, advertising and content measurement,
  audience research and services development. You can change your choices at any time by clicking
  &lsquo;Privacy settings&rsquo; at the bottom of any page.</p>
  <button type="button" class="consent__accept">Accept all</button>
  <button type="button" class="consent__reject">Reject all</button>
  <button type="button" class="consent__manage">Manage options</button>
</div>
<a class="skip-link" href="#content">Skip to content</a>
<div class="topbar">
  <span class="topbar__date">Friday 21 November 2025</span>
  <a href="/subscribe">Subscribe from &pound;1 a week</a>
  <a href="/e-edition">Today's e-edition</a>
  <a href="/account/sign-in">Sign in</a>
</div>
<header class="masthead">
  <a class="masthead__logo" href="/">Marches Gazette</a>
  <p class="masthead__strap">Hereford, Leominster, Ledbury, Ross-on-Wye and the Golden Valley since 1881</p>
  <nav class="masthead__nav" aria-label="Sections">
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/news/crime">Crime</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/farming">Farming</a></li>
      <li><a href="/whats-on">What's On</a></li>
      <li><a href="/opinion">Opinion</a></li>
      <li><a href="/announcements">Announcements</a></li>
      <li><a href="/property">Property</a></li>
      <li><a href="/jobs">Jobs</a></li>
    </ul>
  </nav>
  <form class="masthead__search" action="/search" role="search">
    <label for="q" class="visually-hidden">Search</label>
    <input id="q" name="q" type="search" placeholder="Search the Gazette">
    <button type="submit">Search</button>
  </form>
</header>
<div class="ad ad--leaderboard" aria-hidden="true">Advertisement</div>
<main id="content">
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/about-us">About us</a></li>
      <li aria-current="page">Corrections and clarifications</li>
    </ol>
  </nav>
  <article class="static-page">
    <h1>Corrections and clarifications</h1>
    <div class="static-page__intro">
      <p>We work hard to get things right, but sometimes we get them wrong. When we do, we will put it right as
      quickly as we can, in print and online. Corrections to our printed newspaper appear on page 2; online
      articles are amended and a note added at the foot of the article. This page lists corrections and
      clarifications from the last three months, newest first.</p>
      <p>If you think we have made a mistake, please email <a href="mailto:corrections@marchesgazette.example.co.uk">corrections@marchesgazette.example.co.uk</a>,
      call the newsdesk on 01632 960 177 or write to the Editor, Marches Gazette, 12 Broad Street, Hereford HR4 9XQ.
      Please tell us the date and headline of the article and what you believe is wrong.</p>
      <p>The Marches Gazette is regulated by the Independent Press Standards Organisation (IPSO) and follows the
      Editors' Code of Practice. If you are not satisfied with our response you can complain to IPSO. Read our
      <a href="/about-us/complaints">complaints procedure</a> and our <a href="/about-us/editorial-code">editorial code</a>.</p>
    </div>

    <section class="corrections" aria-label="Corrections, newest first">
      <article class="correction" id="c-2025-11-20">
        <p class="correction__date"><time datetime="2025-11-20">Thursday 20 November 2025</time></p>
        <p>In a report on Leominster Town Council's budget meeting (&lsquo;Precept rise of 4.9% agreed&rsquo;, 13
        November) we misspelled the name of Councillor Gwenllian Probert. We apologise for the error.</p>
      </article>

      <article class="correction" id="c-2025-11-13">
        <p class="correction__date"><time datetime="2025-11-13">Thursday 13 November 2025</time></p>
        <p>An article on 30 October about a night-time welfare base in Hereford city centre (&lsquo;Night hub
        &ldquo;has saved thousands of ambulance calls&rdquo;&rsquo;) said that the SafeSpace on St Owen Street was
        run by Herefordshire Council. In fact the SafeSpace, which opens from 10pm to 4am on Friday and Saturday
        nights, is run by the charity Wye Valley Street Pastors with West Mercia Police's Hereford City Safer
        Neighbourhood Team, whose officers bring people to it instead of waiting with them in the street;
        Herefordshire Council pays for the building. The article also said the SafeSpace had helped 2,120 people
        since it opened in June 2023. The correct figure is 212, of whom the Safer Neighbourhood Team estimates 64
        would otherwise have needed an ambulance. The headline has been changed. We apologise for the errors.</p>
      </article>

      <article class="correction" id="c-2025-11-06">
        <p class="correction__date"><time datetime="2025-11-06">Thursday 6 November 2025</time></p>
        <p>Our What's On listing for the Ledbury bonfire and fireworks gave the date as Saturday 8 November. The
        event is on Wednesday 5 November, with gates open from 6pm.</p>
      </article>

      <article class="correction" id="c-2025-10-23">
        <p class="correction__date"><time datetime="2025-10-23">Thursday 23 October 2025</time></p>
        <p>A picture caption on the sport pages (16 October) described the team pictured as Ross Juniors under-12s.
        It was Golden Valley Colts under-12s. Sorry to both clubs.</p>
      </article>

      <article class="correction" id="c-2025-10-16">
        <p class="correction__date"><time datetime="2025-10-16">Thursday 16 October 2025</time></p>
        <p>A court report (&lsquo;Driver banned after A49 crash&rsquo;, 9 October) said that the defendant was
        jailed. He was given a 12-month community order with 150 hours of unpaid work, fined &pound;300 and
        disqualified from driving for 18 months. The online article has been amended.</p>
      </article>

      <article class="correction" id="c-2025-09-25">
        <p class="correction__date"><time datetime="2025-09-25">Thursday 25 September 2025</time></p>
        <p><strong>Clarification:</strong> an article about roadworks on the A438 (&lsquo;Months of misery for
        commuters&rsquo;, 18 September) said the closure at Bartestree would last &ldquo;until the spring&rdquo;.
        National Highways has asked us to make clear that the full closure is planned to end on 20 February 2026,
        with overnight lane closures until the end of March 2026.</p>
      </article>

      <article class="correction" id="c-2025-09-04">
        <p class="correction__date"><time datetime="2025-09-04">Thursday 4 September 2025</time></p>
        <p>In our obituary of the former Ross-on-Wye headteacher Margaret Gwatkin (28 August) we said she was 91.
        She was 89.</p>
      </article>
    </section>

    <div class="share" aria-label="Share this page">
      <span>Share</span>
      <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.marchesgazette.example.co.uk%2Fabout-us%2Fcorrections-and-clarifications">Share on Facebook</a>
      <a href="https://x.com/intent/tweet?url=https%3A%2F%2Fwww.marchesgazette.example.co.uk%2Fabout-us%2Fcorrections-and-clarifications">Share on X</a>
      <a href="mailto:?subject=Corrections%20and%20clarifications">Share by email</a>
      <button type="button" class="share__copy">Copy link</button>
    </div>
  </article>

  <aside class="sidebar" aria-label="Most read">
    <h2>Most read</h2>
    <ol>
      <li><a href="/news/hereford-bypass-inquiry-date-set">Hereford bypass inquiry date set</a></li>
      <li><a href="/news/crime/cattle-trailer-stolen-from-farm-near-kington">Cattle trailer stolen from farm near Kington</a></li>
      <li><a href="/sport/hereford-fc-cup-run-ends">Cup run ends in extra time at Edgar Street</a></li>
      <li><a href="/farming/cider-orchard-harvest-best-in-a-decade">Cider orchard harvest &lsquo;best in a decade&rsquo;</a></li>
      <li><a href="/whats-on/christmas-lights-switch-on-hereford-2025">Christmas lights switch-on: road closures</a></li>
    </ol>
    <div class="ad ad--mpu" aria-hidden="true">Advertisement</div>
    <div class="newsletter">
      <h2>Get the Gazette in your inbox</h2>
      <p>Our free daily newsletter, every morning at 7am.</p>
      <a class="button" href="/newsletters">Sign up</a>
    </div>
  </aside>
</main>
<footer class="site-footer">
  <nav aria-label="Footer">
    <ul>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/about-us/contact">Contact us</a></li>
      <li><a href="/about-us/complaints">Complaints</a></li>
      <li><a href="/about-us/corrections-and-clarifications">Corrections and clarifications</a></li>
      <li><a href="/advertise">Advertise with us</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookie policy</a></li>
      <li><a href="#" class="privacy-settings">Privacy settings</a></li>
      <li><a href="/terms">Terms and conditions</a></li>
    </ul>
  </nav>
  <p>This newspaper is regulated by the Independent Press Standards Organisation.</p>
  <p>&copy; 2025 Marches Gazette Ltd. Registered in England and Wales, company number 04417736. Registered office:
  12 Broad Street, Hereford HR4 9XQ.</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A volunteering platform's opportunity listing (HTML)

VOLUNTEER_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Night Walker (Friday and Saturday nights) - Southside Street Friends | GiveTime Scotland</title>
<meta name="description" content="Volunteer as a Night Walker with Southside Street Friends in Shawlands, Glasgow. One evening a fortnight.">
<link rel="canonical" href="https://www.givetime.example.scot/opportunities/24817-night-walker-southside-street-friends">
<link rel="stylesheet" href="/assets/app.css">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "VolunteerAction", "name": "Night Walker", "location": "Shawlands, Glasgow"}</script>
</head>
<body>
<div class="cookie-notice" role="region" aria-label="Cookie notice">
  <p>GiveTime Scotland uses cookies to remember your searches and saved opportunities and, if you agree, to
  measure how the site is used.</p>
  <button type="button">Accept all cookies</button>
  <button type="button">Essential cookies only</button>
  <a href="/cookies">Cookie settings</a>
</div>
<a class="skip" href="#main">Skip to main content</a>
<header class="header">
  <a class="header__logo" href="/">GiveTime Scotland</a>
  <nav aria-label="Main navigation">
    <ul>
      <li><a href="/opportunities" aria-current="true">Find opportunities</a></li>
      <li><a href="/organisations">For organisations</a></li>
      <li><a href="/stories">Volunteer stories</a></li>
      <li><a href="/help">Help</a></li>
    </ul>
  </nav>
  <a class="header__signin" href="/sign-in">Sign in</a>
  <a class="header__register" href="/register">Register</a>
</header>
<main id="main">
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/opportunities">Opportunities</a></li>
      <li><a href="/opportunities?area=glasgow">Glasgow</a></li>
      <li><a href="/opportunities?area=glasgow&amp;cause=community-safety">Community safety</a></li>
      <li aria-current="page">Night Walker</li>
    </ol>
  </nav>
  <p class="back"><a href="/opportunities?area=glasgow&amp;cause=community-safety">Back to search results</a></p>

  <div class="opportunity">
    <header class="opportunity__header">
      <p class="opportunity__org"><a href="/organisations/southside-street-friends">Southside Street Friends</a></p>
      <h1>Night Walker (Friday and Saturday nights)</h1>
      <p class="opportunity__ref">Opportunity ID 24817 &middot; Posted 3 November 2025 &middot; 37 people have viewed this in the last week</p>
      <div class="opportunity__actions">
        <a class="button button--primary" href="/opportunities/24817/apply">Apply now</a>
        <button type="button" class="button button--secondary">Save</button>
      </div>
    </header>

    <dl class="opportunity__facts">
      <dt>Where</dt><dd>Shawlands, Glasgow G41 3XZ (meet at Shawlands Parish Church hall)</dd>
      <dt>When</dt><dd>One Friday or Saturday evening a fortnight, 9pm to 2am</dd>
      <dt>Commitment</dt><dd>At least six months</dd>
      <dt>Minimum age</dt><dd>18</dd>
      <dt>Checks</dt><dd>Protecting Vulnerable Groups (PVG) scheme membership (we apply and pay)</dd>
      <dt>Expenses</dt><dd>Travel home by taxi and &pound;8 towards a meal each shift</dd>
      <dt>Causes</dt><dd>Community safety; health and wellbeing; homelessness</dd>
      <dt>Closing date</dt><dd>31 January 2026</dd>
    </dl>

    <section class="opportunity__section">
      <h2>About the role</h2>
      <p>Our Night Walkers are the friendly faces on Pollokshaws Road and Kilmarnock Road on weekend nights. Working
      in teams of three, you will look out for people who are on their own, lost, upset or have had too much to
      drink, and help them to get home safely. You don't need any experience: you need to be calm, kind and able to
      be on your feet for a few hours.</p>
      <h3>What you'll do</h3>
      <ul>
        <li>Walk an agreed route with your team, stopping to chat with people and check they are OK</li>
        <li>Offer water, flip-flops, a phone charge or a foil blanket</li>
        <li>Call a taxi or a friend, or wait with someone until help arrives</li>
        <li>Give basic first aid if it is needed, and call 999 in an emergency</li>
        <li>Write a short record of each shift on our app</li>
      </ul>
      <h3>Training and support</h3>
      <p>Before your first shift you will complete our four-session induction (two evenings and one Saturday),
      including first aid, de-escalation, drugs and alcohol awareness and safeguarding. A team leader is on every
      shift, and we debrief at the end of each night over tea and toast.</p>
    </section>

    <section class="opportunity__section opportunity__section--org">
      <h2>About Southside Street Friends</h2>
      <p>Southside Street Friends is a volunteer-led charity founded in 2021 by residents of Shawlands and
      Strathbungo. We have 46 volunteers aged from 19 to 74, and we are a member of the Glasgow Night Safety
      Network.</p>
      <p>Since 2022 our Night Walkers have been out on Pollokshaws Road every Friday and Saturday night, working
      with Police Scotland community officers for the Southside from Greater Glasgow Division. Officers radio our
      team leader when they come across someone alone or vulnerable, and our volunteers stay with that person so
      that the officers can get back on patrol. In 2024 our volunteers helped 1,130 people, 240 of them to get home
      safely, and the community officers estimate that we saved them around 410 hours of waiting with vulnerable
      people.</p>
      <p>In the daytime, our Scam Savvy drop-ins have run every Tuesday morning since October 2023 with Queens Park
      Housing Co-operative in its community room on Nithsdale Road. Volunteers help older tenants set up call
      blocking on their phones, spot scam texts and emails, and fit door viewers. So far 148 tenants have had their
      phones set up, and the co-operative says the number of tenants who lost money to phone or doorstep scams fell
      from 12 in 2023 to 3 in 2024.</p>
      <p>Scottish Charitable Incorporated Organisation, charity number SC051274.</p>
    </section>

    <section class="opportunity__section">
      <h2>Good to know</h2>
      <ul>
        <li>Accessibility: the church hall is step-free and has an accessible toilet. Routes are on level
        pavements. Tell us about anything that would help you take part.</li>
        <li>This opportunity is suitable for people looking for volunteering for the Duke of Edinburgh's Award
        (over-18s only) or the Saltire Awards.</li>
      </ul>
    </section>

    <section class="opportunity__contact">
      <h2>Contact</h2>
      <p>Morag Fennell, Volunteer Coordinator<br>
      <a href="mailto:volunteer@southsidestreetfriends.example.org.uk">volunteer@southsidestreetfriends.example.org.uk</a><br>
      0141 496 0318</p>
    </section>

    <div class="share">
      <h2 class="visually-hidden">Share this opportunity</h2>
      <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.givetime.example.scot%2Fopportunities%2F24817">Facebook</a>
      <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.givetime.example.scot%2Fopportunities%2F24817">LinkedIn</a>
      <a href="https://wa.me/?text=https%3A%2F%2Fwww.givetime.example.scot%2Fopportunities%2F24817">WhatsApp</a>
      <button type="button">Copy link</button>
    </div>
    <p class="report"><a href="/opportunities/24817/report">Report this opportunity</a></p>
  </div>

  <section class="similar" aria-labelledby="similar-title">
    <h2 id="similar-title">Similar opportunities near G41</h2>
    <ul class="cards">
      <li class="card">
        <a href="/opportunities/24590-befriender-southside">Befriender</a>
        <p class="card__org">Southside Befriending Project</p>
        <p class="card__meta">Govanhill &middot; 2 hours a week &middot; Closing 15 December 2025</p>
      </li>
      <li class="card">
        <a href="/opportunities/24712-youth-club-helper">Youth club helper (Thursday evenings)</a>
        <p class="card__org">Pollok Youth Space</p>
        <p class="card__meta">Pollok &middot; 3 hours a week &middot; Ongoing</p>
      </li>
      <li class="card">
        <a href="/opportunities/24802-community-larder-driver">Community larder driver</a>
        <p class="card__org">Langside Larder</p>
        <p class="card__meta">Langside &middot; Flexible &middot; Closing 9 January 2026</p>
      </li>
    </ul>
  </section>
</main>
<footer class="footer">
  <nav aria-label="Footer">
    <ul>
      <li><a href="/about">About GiveTime Scotland</a></li>
      <li><a href="/organisations/post-an-opportunity">Post an opportunity</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/terms">Terms of use</a></li>
    </ul>
  </nav>
  <p>Opportunities are posted by the organisations that offer them. GiveTime Scotland checks that every
  organisation is a registered charity, community group or public body, but we cannot guarantee the details of
  each opportunity.</p>
  <p>GiveTime Scotland is run by Third Sector Connect Scotland, a Scottish Charitable Incorporated Organisation,
  charity number SC049812. &copy; 2025 Third Sector Connect Scotland.</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A property auction house's lot page for a former police station (HTML)

AUCTION_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lot 27: Former Police Station, 3 Hartfield Road, Forest Row, East Sussex RH18 5XW | Harcourt Property Auctions</title>
<meta name="description" content="Lot 27. Former police station with two cells, yard and garages. Guide price &pound;425,000+. Auction Wednesday 11 February 2026.">
<meta property="og:image" content="https://www.harcourtauctions.example.co.uk/media/lots/2026-02/27/front.jpg">
<link rel="stylesheet" href="/css/main.css">
</head>
<body class="lot-page">
<div class="cookie-bar">
  <p>This website uses cookies to improve your experience and to show you relevant property. <a href="/cookie-policy">Read more</a></p>
  <button type="button">Allow all</button>
  <button type="button">Necessary only</button>
</div>
<header class="site-header">
  <a class="brand" href="/">Harcourt Property Auctions</a>
  <nav aria-label="Primary">
    <ul>
      <li><a href="/auctions" aria-current="page">Buy at auction</a></li>
      <li><a href="/sell">Sell at auction</a></li>
      <li><a href="/results">Results</a></li>
      <li><a href="/legal-packs">Legal packs</a></li>
      <li><a href="/guides">Buying guides</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
  <p class="site-header__phone">Call 01632 960 904</p>
  <a class="site-header__login" href="/my-account">My account</a>
</header>
<main>
  <nav class="crumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/auctions">Auctions</a> &rsaquo;
    <a href="/auctions/2026-02-11">11 February 2026 timed and live online auction</a> &rsaquo; Lot 27
  </nav>
  <div class="lot-nav">
    <a href="/auctions/2026-02-11/lot/26">&lsaquo; Previous lot</a>
    <a href="/auctions/2026-02-11">All lots</a>
    <a href="/auctions/2026-02-11/lot/28">Next lot &rsaquo;</a>
  </div>

  <section class="lot-summary">
    <p class="lot-summary__lot">Lot 27</p>
    <h1>Former Police Station, 3 Hartfield Road, Forest Row, East Sussex RH18 5XW</h1>
    <p class="lot-summary__guide">Guide price: <strong>&pound;425,000+</strong></p>
    <p class="lot-summary__status">Status: <span class="badge">Available</span></p>
    <p class="lot-summary__auction">Auction: Wednesday 11 February 2026 from 11am (live online). <a href="/register-to-bid">Register to bid</a></p>
    <p class="lot-summary__vendor">On the instructions of the Sussex Police and Crime Commissioner</p>
    <ul class="lot-summary__actions">
      <li><a href="/auctions/2026-02-11/lot/27/legal-pack">Download legal pack</a></li>
      <li><a href="/auctions/2026-02-11/lot/27/viewing">Book a viewing</a></li>
      <li><a href="/auctions/2026-02-11/lot/27/watch">Watch this lot</a></li>
    </ul>
  </section>

  <div class="gallery" aria-label="Photographs">
    <figure><img src="/media/lots/2026-02/27/front.jpg" alt="Front elevation of the former police station on Hartfield Road"><figcaption>Front elevation</figcaption></figure>
    <figure><img src="/media/lots/2026-02/27/cells.jpg" alt="Corridor with the two former cell doors"><figcaption>Former cell corridor</figcaption></figure>
    <figure><img src="/media/lots/2026-02/27/yard.jpg" alt="Rear yard and garages"><figcaption>Rear yard and garages</figcaption></figure>
    <p class="gallery__count">1 of 14 photographs</p>
  </div>

  <section class="lot-details">
    <h2>Key features</h2>
    <ul>
      <li>Detached Edwardian former police station in the centre of the village</li>
      <li>About 284 sq m (3,057 sq ft) gross internal area over two floors</li>
      <li>Two former cells, charge room, offices and a first-floor former flat</li>
      <li>Rear yard with parking and a block of three garages</li>
      <li>Freehold with vacant possession</li>
      <li>Within the Forest Row Conservation Area; not listed</li>
      <li>Potential for residential conversion or other uses, subject to planning</li>
    </ul>

    <h2>Description</h2>
    <p>A handsome brick and tile-hung building of 1904 on the corner of Hartfield Road and Station Road, a short
    walk from the shops and the village green. The ground floor has a former public enquiry office, a charge room,
    two cells with their original doors, offices and a kitchen; the first floor was a two-bedroom flat for the
    village sergeant and later used as offices. Outside is a tarmac yard with parking for about six cars and a
    block of three single garages.</p>
    <p>The building needs full refurbishment. Services are connected but have not been tested.</p>

    <h2>History</h2>
    <p>The station was built in 1904 for the East Sussex Constabulary and housed the village sergeant and his
    family until the 1960s. It passed to Sussex Police on its formation in 1968. The public enquiry office closed in
    2016, and the building was last used by officers in 2021, when the local neighbourhood policing team moved to
    shared offices in Crowborough. The Commissioner's estates strategy identified it as surplus in 2024.</p>

    <h2>Accommodation</h2>
    <table class="rooms">
      <caption>Approximate measurements</caption>
      <thead><tr><th scope="col">Room</th><th scope="col">Metric</th><th scope="col">Imperial</th></tr></thead>
      <tbody>
        <tr><td>Former enquiry office</td><td>5.41m x 4.12m</td><td>17'9" x 13'6"</td></tr>
        <tr><td>Charge room</td><td>4.60m x 3.85m</td><td>15'1" x 12'8"</td></tr>
        <tr><td>Cell 1</td><td>3.02m x 2.10m</td><td>9'11" x 6'11"</td></tr>
        <tr><td>Cell 2</td><td>3.02m x 2.08m</td><td>9'11" x 6'10"</td></tr>
        <tr><td>Office</td><td>4.95m x 3.60m</td><td>16'3" x 11'10"</td></tr>
        <tr><td>First-floor living room</td><td>4.80m x 4.10m</td><td>15'9" x 13'5"</td></tr>
        <tr><td>Bedroom 1</td><td>4.20m x 3.55m</td><td>13'9" x 11'8"</td></tr>
        <tr><td>Bedroom 2</td><td>3.40m x 3.05m</td><td>11'2" x 10'0"</td></tr>
      </tbody>
    </table>

    <h2>Planning</h2>
    <p>The property has a lawful use as a police station (Sui Generis). The vendor has obtained pre-application
    advice from Wealden District Council (reference WD/2025/1184/PA) on conversion to three flats, a copy of which
    is in the legal pack. Buyers must make their own enquiries of the council's planning department.</p>

    <h2>Energy performance</h2>
    <p>EPC rating D (58). The full certificate is in the legal pack.</p>

    <h2>Viewing</h2>
    <p>Block viewings on Saturday 17 January and Saturday 31 January 2026, 10am to 11am. Please <a href="/auctions/2026-02-11/lot/27/viewing">book a slot</a>.
    The cells are unlit; please bring a torch.</p>

    <h2>Fees and completion</h2>
    <ul>
      <li>Buyer's administration charge: &pound;1,800 including VAT, payable on exchange</li>
      <li>Deposit: 10% of the purchase price, minimum &pound;5,000</li>
      <li>Completion: 20 working days after the auction, or earlier by agreement</li>
      <li>Please check the legal pack for any further costs payable by the buyer</li>
    </ul>
  </section>

  <aside class="lot-aside">
    <h2>Location</h2>
    <p>Forest Row is a village on the edge of Ashdown Forest, 3 miles south-east of East Grinstead, which has a
    railway station with trains to London Victoria and London Bridge.</p>
    <div class="map" aria-label="Map showing the location of the property">Map data &copy; OpenStreetMap contributors</div>
    <h2>Ask about this lot</h2>
    <p>Lot manager: Priya Chandran MRICS<br>01632 960 904<br><a href="mailto:lots@harcourtauctions.example.co.uk">lots@harcourtauctions.example.co.uk</a></p>
    <div class="share">
      <p>Share this lot</p>
      <a href="mailto:?subject=Lot%2027%20Former%20Police%20Station%20Forest%20Row">Email</a>
      <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.harcourtauctions.example.co.uk%2Flot%2F27">Facebook</a>
      <a href="https://x.com/intent/tweet?url=https%3A%2F%2Fwww.harcourtauctions.example.co.uk%2Flot%2F27">X</a>
    </div>
  </aside>

  <section class="notice">
    <h2>Important notice</h2>
    <p>Guide prices are an indication of where bidding might start and are not valuations. The reserve, which is
    confidential, may be above or below the guide but will not be more than 10% above a single-figure guide.
    These particulars are for guidance only and do not form part of any contract. Measurements are approximate.
    Nothing here is a representation of fact for the purposes of the Misrepresentation Act 1967. Buyers are deemed
    to have read the legal pack and any addendum before bidding.</p>
  </section>
</main>
<footer class="site-footer">
  <p>Harcourt Property Auctions is a trading name of Harcourt Auction Partners Ltd, registered in England and Wales,
  company number 09338215. Registered office: 41 Queens Road, Brighton BN1 3XE. Regulated by RICS.</p>
  <nav aria-label="Footer">
    <a href="/terms">Terms of business</a> | <a href="/privacy">Privacy</a> | <a href="/cookie-policy">Cookies</a> |
    <a href="/complaints">Complaints</a> | <a href="/aml">Anti-money laundering</a>
  </nav>
</footer>
</body>
</html>
"""


# ================================================================== 10. A council digital team's user research findings (Markdown)

RESEARCH_MD = """# Reporting anti-social behaviour: user research findings (discovery, round 2)

**Calderdale Council Digital Services** | Discovery: reporting anti-social behaviour
Status: **shared for comment** | Version 0.3 | 3 December 2025
Research by: Nadia Hussain (user researcher), Ben Crowther (service designer)

> This is a working document from a discovery. It describes what we heard and saw, not council policy. Please
> send comments to the team by 17 December 2025.

## Contents

1. [Summary](#summary)
2. [Who we spoke to](#who-we-spoke-to)
3. [What we found](#what-we-found)
4. [How other places do it](#how-other-places-do-it)
5. [What we'll do next](#what-well-do-next)
6. [About this research](#about-this-research)

## Summary

People in Calderdale who report anti-social behaviour do not know who to tell, are asked to tell their story
more than once, and rarely hear what happened. Many stop reporting. Staff in the council, the police and housing
providers each hold part of the picture and spend time chasing each other for updates.

Today a resident can phone West Yorkshire Police on 101, report online to the police, phone or email the
council's Anti-social Behaviour Team, or tell their landlord. Each keeps its own record. None of them tells the
resident, by default, what has happened to a report.

[Back to top](#contents)

## Who we spoke to

| Who | How many | How |
|---|---|---|
| Residents who had reported anti-social behaviour in the last year | 14 | Interviews, at home or by phone |
| Residents who had experienced it but not reported it | 6 | Interviews in community centres |
| Council ASB officers and managers | 5 | Interviews and shadowing |
| West Yorkshire Police neighbourhood staff | 4 | Interviews |
| Housing officers from two housing associations | 3 | Interviews |

Total: 32 people, between 22 September and 14 November 2025. Residents were recruited through the council's
research panel, two community centres and the ASB team's closed cases.

[Back to top](#contents)

## What we found

### 1. People don't know who to tell

Most residents we spoke to did not know whether their problem was for the police, the council or their landlord.
Several had been passed between them.

> "I rang the police and they said it was the council. I rang the council and they said ring the police if it
> happens again. It happened again." (Resident, Halifax)

### 2. People have to tell their story again and again

Each organisation keeps its own record, so a resident who reports to two of them is asked the same questions
twice. Residents found this tiring and, when the problem was a neighbour, frightening.

### 3. Silence after a report is the biggest reason people stop reporting

Twelve of the 14 residents who had reported said they never heard what happened. Six said they had stopped
reporting because of it.

> "You feel like you're shouting into a hole." (Resident, Todmorden)

### 4. Staff spend time chasing each other

ASB officers told us they spend part of most days phoning the police or housing providers to find out what has
already been done about a case.

### 5. Evidence diaries are on paper

Residents are asked to keep paper diaries as evidence. Most lost them, forgot them or found them upsetting to
fill in.

[Back to top](#contents)

## How other places do it

We looked at services elsewhere that tackle the problems above. We spoke to staff in each, and they shared their
own figures with us; we have not checked them.

### York: one shared case, with updates by text

Since April 2024 North Yorkshire Police and City of York Council's Community Safety Hub have logged every
anti-social behaviour report they receive in one shared case record, and the hub's caseworker sends the person
who reported it a text message at each step: received, assigned, action taken and closed. In the first year,
repeat calls from the same person about the same problem fell by 34%, and in the hub's survey 71% of people who
had reported said they knew what was happening with their report, up from 29% the year before.

### Brookfold Housing: reporting on WhatsApp

Brookfold Housing, a housing association with about 9,000 homes in Bradford and Keighley, has since June 2023 let
tenants report anti-social behaviour through a WhatsApp line answered by its neighbourhood officers in office
hours, with photos, voice notes and videos accepted as evidence. Reports from tenants under 35 more than doubled,
from 61 in the year before to 139 in the first year, and the average time to first contact from an officer fell
from four working days to one.

### Kirklees: a planned joint online form

Kirklees Council told us it plans to launch a joint online reporting form with West Yorkshire Police in 2026.
It has not started yet, so there is nothing to learn from it so far, but we have agreed to share our research.

[Back to top](#contents)

## What we'll do next

- Test two early ideas in alpha: one place to report, and text updates at each step of a case.
- Work with West Yorkshire Police and the two housing associations on whether a shared case record is possible,
  and what information sharing agreement it would need.
- Try a digital evidence diary with six residents in January 2026.
- Present these findings to the Safer Stronger Calderdale partnership board on 28 January 2026.

[Back to top](#contents)

## About this research

Interviews lasted 45 to 60 minutes and were recorded with consent; recordings are deleted after analysis.
Residents were offered a £20 voucher for their time. We have changed details in quotes so that people cannot
be identified. This is qualitative research with a small number of people: it tells us what problems exist, not
how common they are.

Contact: digital.services@calderdale.example.gov.uk

---

*Calderdale Council Digital Services. Published on our team site under the Open Government Licence v3.0.
Last updated 3 December 2025.*
"""


# ================================================================== 11. A county archive's catalogue description printed from its online catalogue (plain text)

ARCHIVE_TXT = """FENLAND ARCHIVES CENTRE                                        ONLINE CATALOGUE
Printed from catalogue.fenlandarchives.example.org.uk on 18/11/2025 at 14:02
================================================================================

  Search: "shopwatch"     Results: 1 of 3     Record: fonds level

--------------------------------------------------------------------------------
RefNo:              WTCP
Title:              Records of Wisbech Town Centre Partnership
Date:               1993-2014
Level:              Fonds
Extent:             14 boxes, 3 volumes (2.1 linear metres)
Creator:            Wisbech Town Centre Partnership (1993-2014)
Repository:         Fenland Archives Centre
--------------------------------------------------------------------------------

AdminHistory:
  Wisbech Town Centre Partnership was formed in May 1993 by traders, the Wisbech
  Chamber of Commerce, Fenland District Council and Wisbech Town Council to
  improve the town centre after the opening of out-of-town supermarkets. It was
  an unincorporated association until 1999, when it became a company limited by
  guarantee (company no. 03781156). It employed a town centre manager from 1995
  and was wound up in March 2014, when its work passed to the district council.

  From 1996 the Partnership ran Shopwatch, a radio link between town-centre
  shops, the town's CCTV control room and Cambridgeshire Constabulary's Wisbech
  sector officers, who carried a handset on the same channel. Shop staff
  circulated photographs of known shoplifters at a monthly meeting chaired by
  the sector inspector, and members agreed to ban them from every shop in the
  scheme. By 1999 the scheme had 64 member shops. Recorded shop theft in the town
  centre fell from 612 offences in 1995 to 347 in 1999, and the scheme won a
  regional crime reduction award in 2000.

  Between 2003 and 2011 the Partnership employed two taxi marshals at the
  Horsefair taxi rank from 10pm to 3am on Friday and Saturday nights, paid for
  by a levy on late-night licensed premises collected by Fenland District
  Council. The marshals kept the queue in order, helped people into the right
  cabs and kept a log of incidents. The fights in the queue recorded in their
  log fell from 41 in 2003 to 9 in 2006, and the average wait for a taxi on a
  busy night from about 40 minutes to 15.

  The Partnership also organised the Christmas lights, the annual Rose Fair
  street market (with Wisbech Town Council) and a shop-front grant scheme.

ScopeContent:
  Minutes of the board and annual general meetings, 1993-2014; annual reports;
  town centre manager's files; Shopwatch records, including membership lists,
  radio logs and meeting papers; taxi marshal logs and reports; Christmas lights
  and Rose Fair files; photographs; press cuttings.

Arrangement:        WTCP/1  Board and general meetings
                    WTCP/2  Shopwatch
                    WTCP/3  Taxi marshals
                    WTCP/4  Events and promotions
                    WTCP/5  Photographs and press cuttings

AccessConditions:
  Open, except: WTCP/2/3 (Shopwatch exclusion notices and photographs of
  individuals) and WTCP/3/2 (marshals' incident logs), closed for 84 years from
  the date of the latest record under section 40 of the Freedom of Information
  Act 2000. Apply to the Archivist for access to closed records for research.

Reproduction:       Copies may be made for private study, subject to copyright
                    and the condition of the documents. Photography permitted
                    (no flash); permit fee applies.
Language:           English
FindingAids:        This catalogue. Box list in the searchroom (WTCP/BL).
AcqInfo:            Deposited by Fenland District Council, 17 June 2015
                    (Acc. 2015/37).
RelatedMaterial:    Fenland District Council committee minutes (FDC/1);
                    Cambridgeshire Constabulary Wisbech sector records are held
                    by the force and are not in this repository.
CatalogueStatus:    Catalogued by J. Rampling, March 2016; revised November 2025.

--------------------------------------------------------------------------------
LOWER-LEVEL RECORDS (selected)
--------------------------------------------------------------------------------
RefNo:   WTCP/2/1        Date: 1996-2009     Level: File
Title:   Shopwatch: membership lists and radio agreements
Extent:  1 file

RefNo:   WTCP/2/2        Date: 1996-2013     Level: File
Title:   Shopwatch: minutes and papers of monthly meetings
Extent:  2 files

RefNo:   WTCP/2/3        Date: 1997-2013     Level: File       CLOSED until 2098
Title:   Shopwatch: exclusion notices and photographs
Extent:  1 box

RefNo:   WTCP/2/4        Date: 2000          Level: Item
Title:   Shopwatch evaluation report prepared for the Partnership by a
         student placement from Anglia Polytechnic University
Extent:  1 volume, 48pp.

RefNo:   WTCP/3/1        Date: 2003-2011     Level: File
Title:   Taxi marshals: reports to the board and to the licensing committee
Extent:  1 file

RefNo:   WTCP/3/2        Date: 2003-2011     Level: File       CLOSED until 2095
Title:   Taxi marshals: incident logs
Extent:  6 volumes

--------------------------------------------------------------------------------
How to cite:  Fenland Archives Centre, WTCP/2/2
Ordering:     Quote the RefNo when you book a searchroom visit. Documents must
              be ordered by 4pm the day before. Searchroom: Tuesday to Friday,
              9.30am to 4.30pm. Telephone 01632 960 612.
Address:      Fenland Archives Centre, 2 Old Market, Wisbech PE13 1XR
================================================================================
(c) Fenland Archives Centre. Catalogue data may be reused under the Open
Government Licence; images and documents are not covered by this licence.
"""


TEXT_DOCUMENTS = {
    "marches-gazette-corrections-and-clarifications.html": CORRECTIONS_HTML,
    "givetime-scotland-volunteer-opportunity-night-walker-southside-street-friends.html": VOLUNTEER_HTML,
    "harcourt-property-auctions-lot-27-former-police-station-forest-row.html": AUCTION_HTML,
    "calderdale-council-digital-discovery-reporting-asb-user-research-findings-round-2.md": RESEARCH_MD,
    "fenland-archives-centre-catalogue-wisbech-town-centre-partnership-records.txt": ARCHIVE_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    honorary_citations(out)
    partnership_pack(out)
    appeal_letter(out)
    pdr_review(out)
    ethics_application(out)
    visit_brief(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
