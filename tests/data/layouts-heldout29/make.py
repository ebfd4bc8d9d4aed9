"""Write the documents of the twenty-ninth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout29/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a local weekly
newspaper's printed news page as downloaded from its e-edition, a force's statement of accounts
(the narrative report), a think tank's essay collection chapter, a commissioner's service
specification for a tender, a sergeant's promotion application in competency examples and a
partnership group's terms of reference. The HTML, Markdown and plain-text documents are kept here
as text and written out unchanged; manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes.
"""

from __future__ import annotations

import io
import sys
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, NextFrameFlowable,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", zebra=None, lines="grid",
           bold_last=None, right_cols=()):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
        if bold_last is not None and r == len(rows) - 1:
            cell_style = bold_last
        cells = []
        for c, cell in enumerate(row):
            s = cell_style
            if c in right_cols:
                s = ParagraphStyle(cell_style.name + "r", parent=cell_style, alignment=2)
            cells.append(Paragraph(str(cell), s))
        data.append(cells)
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


class _Photo(Flowable):
    """A grey box standing in for a printed photograph (an image carries no text)."""

    def __init__(self, width, height, fill="#9aa3a8"):
        super().__init__()
        self.width, self.height, self.fill = width, height, fill

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        self.canv.setFillColor(colors.HexColor(self.fill))
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        self.canv.setFillColor(colors.HexColor("#7d878c"))
        self.canv.rect(self.width * 0.12, 0, self.width * 0.22, self.height * 0.72, stroke=0, fill=1)
        self.canv.rect(self.width * 0.55, 0, self.width * 0.2, self.height * 0.66, stroke=0, fill=1)


class _Rule(Flowable):
    def __init__(self, width, thickness=0.6, color="#000000", space=3):
        super().__init__()
        self.width, self.thickness, self.color, self.space = width, thickness, color, space

    def wrap(self, avail_width, avail_height):
        return self.width, self.thickness + 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(colors.HexColor(self.color))
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


def _two_pass(path: Path, build_doc, story_fn) -> None:
    """Build twice so that the footer can print 'page n of m'."""
    total = None
    for _ in range(2):
        sink = io.BytesIO()
        doc = build_doc(sink, total)
        doc.build(story_fn())
        total = doc.page
    path.write_bytes(sink.getvalue())


# ------------------ 1. A weekly newspaper's printed news page from its e-edition (PDF, tabloid, five columns)

NP_W, NP_H = 819, 1077          # a compact (tabloid) page, 289 x 380 mm
NP_M = 30
NP_GUT = 12
NP_COL = (NP_W - 2 * NP_M - 4 * NP_GUT) / 5
NP_RED = colors.HexColor("#b3121f")
NP_BODY = ParagraphStyle("npbody", fontName="Times-Roman", fontSize=9.2, leading=11.2, firstLineIndent=8,
                         alignment=4, spaceAfter=0)
NP_FIRST = ParagraphStyle("npfirst", parent=NP_BODY, firstLineIndent=0, fontName="Times-Bold", fontSize=10,
                          leading=12)
NP_KICK = ParagraphStyle("npkick", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=NP_RED,
                         spaceAfter=2)
NP_HEAD1 = ParagraphStyle("nphead1", fontName="Helvetica-Bold", fontSize=34, leading=36, spaceAfter=6)
NP_STAND = ParagraphStyle("npstand", fontName="Times-Italic", fontSize=14, leading=17, spaceAfter=6)
NP_CAPTION = ParagraphStyle("npcap", fontName="Helvetica", fontSize=7.6, leading=9.2, spaceBefore=3, spaceAfter=6)
NP_BYLINE = ParagraphStyle("npby", fontName="Helvetica-Bold", fontSize=8.2, leading=10, spaceAfter=4)
NP_HEAD2 = ParagraphStyle("nphead2", fontName="Helvetica-Bold", fontSize=22, leading=24, spaceAfter=4)
NP_HEAD3 = ParagraphStyle("nphead3", fontName="Helvetica-Bold", fontSize=12.5, leading=14, spaceBefore=6,
                          spaceAfter=3)
NP_BRIEF = ParagraphStyle("npbrief", fontName="Helvetica-Bold", fontSize=11, leading=13, textColor=colors.white,
                          backColor=colors.black, borderPadding=(2, 3, 2, 3), spaceAfter=6)
NP_AD = ParagraphStyle("npad", fontName="Helvetica", fontSize=8, leading=9.8, alignment=1)
NP_ADH = ParagraphStyle("npadh", fontName="Helvetica-Bold", fontSize=20, leading=22, alignment=1)
NP_NOTICE = ParagraphStyle("npnotice", fontName="Times-Roman", fontSize=7.4, leading=8.8, alignment=4, spaceAfter=3)
NP_NOTICEH = ParagraphStyle("npnoticeh", fontName="Helvetica-Bold", fontSize=8.4, leading=10, alignment=1,
                            spaceAfter=3)


def _np_page(canvas, doc):
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#777777"))
    canvas.setFont("Helvetica", 6.5)
    canvas.drawString(NP_M, NP_H - 14, "Craven Courier  |  16 Oct 2025  |  Page 7")
    canvas.drawRightString(NP_W - NP_M, NP_H - 14, "Printed from the Craven Courier e-edition for subscriber use only")
    canvas.setFillColor(NP_RED)
    canvas.rect(NP_M, NP_H - 50, 58, 20, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawCentredString(NP_M + 29, NP_H - 45, "NEWS")
    canvas.setFillColor(colors.black)
    canvas.setFont("Times-Bold", 12)
    canvas.drawString(NP_M + 70, NP_H - 45, "Craven Courier")
    canvas.setFont("Times-Roman", 11)
    canvas.drawString(NP_M + 70 + canvas.stringWidth("Craven Courier   ", "Times-Bold", 12), NP_H - 45,
                      "Thursday, October 16, 2025")
    canvas.setFont("Helvetica-Bold", 26)
    canvas.drawRightString(NP_W - NP_M, NP_H - 50, "7")
    canvas.setLineWidth(1.6)
    canvas.line(NP_M, NP_H - 56, NP_W - NP_M, NP_H - 56)
    # column rules between the lead story and the right-hand columns
    canvas.setLineWidth(0.4)
    x = NP_M + 3 * NP_COL + 2.5 * NP_GUT
    canvas.line(x, 262, x, NP_H - 62)
    canvas.line(NP_M, 256, NP_W - NP_M, 256)
    canvas.line(NP_M + 3 * NP_COL + 3 * NP_GUT, 696, NP_W - NP_M, 696)
    canvas.setFillColor(colors.HexColor("#777777"))
    canvas.setFont("Helvetica", 6.5)
    canvas.drawString(NP_M, 14, "\u00a9 Dales and Craven Newspapers Ltd 2025. Not to be copied or redistributed "
                                "without permission.")
    canvas.drawRightString(NP_W - NP_M, 14, "cravencourier.example.co.uk/e-edition")
    canvas.restoreState()


def _np_frames():
    top = NP_H - 62
    col_x = [NP_M + i * (NP_COL + NP_GUT) for i in range(5)]
    lead_w = 3 * NP_COL + 2 * NP_GUT
    right_w = 2 * NP_COL + NP_GUT
    lead_split = 560
    s2_split = 700
    frames = [
        Frame(col_x[0], lead_split, lead_w, top - lead_split, id="leadhead", leftPadding=0, rightPadding=0,
              topPadding=4),
        Frame(col_x[0], 262, NP_COL, lead_split - 262, id="lead1", leftPadding=0, rightPadding=0),
        Frame(col_x[1], 262, NP_COL, lead_split - 262, id="lead2", leftPadding=0, rightPadding=0),
        Frame(col_x[2], 262, NP_COL, lead_split - 262, id="lead3", leftPadding=0, rightPadding=0),
        Frame(col_x[3], top - 84, right_w, 84, id="s2head", leftPadding=0, rightPadding=0, topPadding=4),
        Frame(col_x[3], s2_split, NP_COL, top - 84 - s2_split, id="s2a", leftPadding=0, rightPadding=0),
        Frame(col_x[4], s2_split, NP_COL, top - 84 - s2_split, id="s2b", leftPadding=0, rightPadding=0),
        Frame(col_x[3], 262, NP_COL, s2_split - 268, id="brief1", leftPadding=0, rightPadding=0),
        Frame(col_x[4], 262, NP_COL, s2_split - 268, id="brief2", leftPadding=0, rightPadding=0),
        Frame(col_x[0], 30, lead_w, 220, id="notices", leftPadding=0, rightPadding=0),
        Frame(col_x[3], 30, right_w, 220, id="ad", leftPadding=0, rightPadding=0),
    ]
    return frames


def _goto(frame_id):
    """Leave the current frame for a named one (a newspaper page's stories are placed, not flowed)."""
    return [NextFrameFlowable(frame_id), FrameBreak()]


def _np_story():
    p = Paragraph
    lead_w = 3 * NP_COL + 2 * NP_GUT
    right_w = 2 * NP_COL + NP_GUT
    story = [
        p("COMMUNITY SAFETY", NP_KICK),
        p("Towpath bike thefts halved after lights and patrols", NP_HEAD1),
        p("Police and canal volunteers have made the path 'feel different after dark', boaters say", NP_STAND),
        _Photo(lead_w, 250),
        p("<b>Towpath team:</b> PCSO Jade Whitfield, left, with volunteer ranger Ken Hollis at Skipton canal basin. "
          "Picture: Simon Garsdale", NP_CAPTION),
        *_goto("lead1"),
        p("By Lucy Hebden<br/>Local Democracy and Community Reporter", NP_BYLINE),
        p("BIKE thefts on the towpath in Skipton have halved since police and the canal charity began working "
          "together in the spring, new figures show.", NP_FIRST),
        p("North Yorkshire Police's Skipton neighbourhood team and the Canal &amp; River Trust started the joint "
          "scheme in March after a run of thefts of bikes left by boaters and commuters along the Leeds and "
          "Liverpool Canal between Belmont Bridge and the Gargrave Road bridge.", NP_BODY),
        p("The trust fitted 36 solar-powered lights along a 1.2km stretch of the towpath and cut back overgrown "
          "hedges at three access points, while PCSOs on e-bikes now patrol the path at dusk four evenings a week "
          "alongside the trust's volunteer towpath rangers.", NP_BODY),
        p("Officers have also held monthly bike marking sessions at the canal basin, where 212 bikes have been "
          "security marked and registered so they can be traced if stolen.", NP_BODY),
        p("Between April and September this year, 16 bike thefts were reported on the towpath, compared with 34 "
          "over the same months of 2024. Two men were charged in July after a marked bike was found in a shed in "
          "Embsay and returned to its owner.", NP_BODY),
        p("PCSO Jade Whitfield said: \u201cBoaters and dog walkers tell us the path feels different after dark now. "
          "The lights help, but what really helps is that there is someone about, whether that's us or one of the "
          "rangers.\u201d", NP_BODY),
        p("Ken Hollis, 71, who has volunteered as a towpath ranger for six years, said: \u201cWe're eyes and ears, "
          "that's all. But people talk to a ranger in a fleece who might not stop a police officer, and we pass "
          "it on.\u201d", NP_BODY),
        p("Rachel Oddie, the trust's area operations manager, said the thefts had put some boaters off mooring "
          "in the town. \u201cThis summer the visitor moorings by the basin were full most weekends, which we "
          "haven't seen for a while,\u201d she said.", NP_BODY),
        p("North Yorkshire Council paid \u00a38,500 towards the cost of the lights from its community safety "
          "fund.", NP_BODY),
        p("The next bike marking session is on Saturday, October 25, from 10am to 1pm at the canal basin. "
          "Bring proof of ownership if you can.", NP_BODY),
        p("Anyone with information about bike thefts can call police on 101.", NP_BODY),
        *_goto("s2head"),
        p("RURAL CRIME", NP_KICK),
        p("Mart day marking puts thieves off trailers", NP_HEAD2),
        *_goto("s2a"),
        p("FARMERS have queued with their trailers at Skipton Auction Mart on sale days this year to have them "
          "marked by police.", NP_FIRST),
        p("North Yorkshire Police's Rural Taskforce has set up a marking stand at the mart on the first sale day "
          "of every month since March, with the mart's staff booking farmers in and keeping a bay clear by the "
          "cattle wash.", NP_BODY),
        p("Officers mark trailers and quad bikes with a forensic marking solution and a stamped number, and "
          "register them on a national property database. Each farmer is given signs warning that the "
          "equipment is marked.", NP_BODY),
        p("By the end of September, 146 trailers and 38 quad bikes had been marked. None of them has been "
          "stolen, and trailer thefts reported in Craven fell from 11 between April and September last year to "
          "four this year.", NP_BODY),
        p("PC Owen Ferris of the taskforce said: \u201cA marked trailer is hard to sell on and thieves know it. "
          "Doing it on a sale day means farmers don't lose a morning.\u201d", NP_BODY),
        p("Mart manager Andrew Lister said the stand would return in the new year. \u201cIt's been the busiest "
          "corner of the yard,\u201d he said.", NP_BODY),
        *_goto("brief1"),
        p("IN BRIEF", NP_BRIEF),
        p("Drinking ban plan", NP_HEAD3),
        p("North Yorkshire Council will ask residents whether drinking in the street should be banned in parts of "
          "Skipton town centre. A consultation on a public spaces protection order opens next week and closes on "
          "November 28. Councillors will decide in the new year.", NP_BODY),
        p("Quad bike stolen", NP_HEAD3),
        p("Police are appealing for information after a red quad bike was taken from a farm near Hellifield "
          "overnight on October 9. Anyone who saw a pick-up towing a trailer on the A65 that night should call "
          "101 quoting reference 12250187432.", NP_BODY),
        p("Neighbours keep cold callers out", NP_HEAD3),
        p("OLDER people in Settle have a friend on the doorstep under a scheme run by a village charity with "
          "council trading standards officers.", NP_FIRST),
        p("Three Peaks Good Neighbours and North Yorkshire Council's trading standards team launched the "
          "nominated neighbour scheme in January. Residents put a card in their window telling cold callers to "
          "see a named neighbour first, and trading standards officers have trained 24 volunteer neighbours to "
          "check callers and turn away rogue traders.", NP_BODY),
        p("Fifty-eight residents have signed up. Since January none of them has lost money on the doorstep, and "
          "volunteers have turned away callers on 17 occasions, twice passing details of rogue roofers to "
          "trading standards.", NP_BODY),
        p("To join, call the charity on 01632 960455.", NP_BODY),
        Spacer(1, 10),
        _panel([p("Have your say", ParagraphStyle("npadh2", parent=NP_ADH, fontSize=13, leading=16)),
                p("Write to the editor at letters@cravencourier.example.co.uk or to Craven Courier, 9 Otley "
                  "Street, Skipton BD23 1DY. Letters must include your name and address, which we will not "
                  "publish if you ask us not to.", NP_AD),
                p("To advertise, call 01632 960514", ParagraphStyle("npad3", parent=NP_AD, fontName="Helvetica-Bold",
                                                                    fontSize=8.6, leading=11))],
               NP_COL, None, colors.black, pad=6, border_width=0.8),
        *_goto("notices"),
        p("PUBLIC NOTICES", NP_BRIEF),
        p("LICENSING ACT 2003", NP_NOTICEH),
        p("Notice of application for the grant of a premises licence", NP_NOTICEH),
        p("Notice is given that Ropery Taverns Ltd has applied to North Yorkshire Council for the grant of a "
          "premises licence at The Old Ropery, 5 Coach Street, Skipton BD23 1LH, for the sale of alcohol for "
          "consumption on and off the premises from 10:00 to 23:30, Monday to Sunday, and for recorded music "
          "from 10:00 to 23:30.", NP_NOTICE),
        p("The application may be inspected at the council's offices, 1 Belle Vue Square, Broughton Road, "
          "Skipton, during normal office hours. Anyone wishing to make representations must do so in writing to "
          "the Licensing Team, North Yorkshire Council, by November 6, 2025.", NP_NOTICE),
        p("It is an offence knowingly or recklessly to make a false statement in connection with an "
          "application. The maximum fine on summary conviction is unlimited.", NP_NOTICE),
        Spacer(1, 6),
        p("TOWN AND COUNTRY PLANNING ACT 1990", NP_NOTICEH),
        p("Applications received: ZA25/27311/FUL, change of use of former bank to two flats, 22 High Street, "
          "Skipton; ZA25/27344/LBC, replacement windows, 3 Sheep Street, Skipton. Comments within 21 days to "
          "planning.craven@northyorks.example.gov.uk.", NP_NOTICE),
        *_goto("ad"),
        _panel([p("DALES STOVES", NP_ADH),
                p("AUTUMN SALE NOW ON", ParagraphStyle("npad2", parent=NP_AD, fontName="Helvetica-Bold",
                                                       fontSize=13, leading=16)),
                Spacer(1, 6),
                p("Up to 20% off selected wood burners and multi-fuel stoves. Free home survey.", NP_AD),
                p("Fitted by HETAS registered engineers. Showroom open 7 days.", NP_AD),
                Spacer(1, 6),
                p("Keighley Road, Skipton BD23 2NA  \u2022  01632 960271", NP_AD)],
               right_w, colors.HexColor("#f6efe3"), colors.black, pad=12, border_width=1.2),
    ]
    return story


def craven_courier_page(out: Path) -> None:
    """A weekly newspaper's printed news page (page 7) as downloaded from its e-edition (PDF, one tabloid page,
    five columns): the e-edition's stamp line at the top, a red NEWS tab, the paper's name and date and the folio
    over a heavy rule; a lead story across three columns with a kicker, headline, italic standfirst, a photograph
    and caption, byline and body in three columns; a second story across two columns; an 'IN BRIEF' column and a
    'PUBLIC NOTICES' column; adverts across the foot and a copyright line."""
    sink = io.BytesIO()
    doc = BaseDocTemplate(sink, pagesize=(NP_W, NP_H), leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
                          title="Craven Courier, 16 October 2025, page 7", author="Dales and Craven Newspapers Ltd",
                          invariant=1)
    doc.addPageTemplates([PageTemplate("page", frames=_np_frames(), onPage=_np_page)])
    doc.build(_np_story())
    (out / "craven-courier-e-edition-2025-10-16-page-7.pdf").write_bytes(sink.getvalue())


# ------------------ 2. A force's statement of accounts: the narrative report (PDF, A4, numbered sections, tables)

SA_NAVY = colors.HexColor("#1f3864")
SA_BODY = ParagraphStyle("sabody", fontName="Helvetica", fontSize=9.2, leading=12.4, spaceAfter=5)
SA_H1 = ParagraphStyle("sah1", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=SA_NAVY, spaceAfter=8)
SA_H2 = ParagraphStyle("sah2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, textColor=SA_NAVY,
                       spaceBefore=8, spaceAfter=4)
SA_H3 = ParagraphStyle("sah3", fontName="Helvetica-BoldOblique", fontSize=9.6, leading=13, spaceBefore=3,
                       spaceAfter=2)
SA_CELL = ParagraphStyle("sacell", fontName="Helvetica", fontSize=8.4, leading=10.6)
SA_CELLB = ParagraphStyle("sacellb", parent=SA_CELL, fontName="Helvetica-Bold")
SA_CELLW = ParagraphStyle("sacellw", parent=SA_CELL, fontName="Helvetica-Bold", textColor=colors.white)
SA_BUL = ParagraphStyle("sabul", parent=SA_BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)
SA_NOTE = ParagraphStyle("sanote", parent=SA_BODY, fontSize=7.8, leading=10, textColor=colors.HexColor("#555555"))


def _sa_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(SA_NAVY)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(60, height - 36, "Chief Constable for Wiltshire")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 60, height - 36, "Statement of Accounts 2024/25")
    canvas.setFillColor(colors.HexColor("#c00000"))
    canvas.setFont("Helvetica-Bold", 7.5)
    canvas.drawRightString(width - 60, height - 46, "UNAUDITED \u2013 SUBJECT TO CHANGE")
    canvas.setStrokeColor(SA_NAVY)
    canvas.setLineWidth(0.7)
    canvas.line(60, height - 51, width - 60, height - 51)
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawCentredString(width / 2, 30, str(doc.page + 3))
    canvas.restoreState()


def _sa_story(full_w):
    p = lambda text, style=SA_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, SA_BUL, bulletText="\u2022")  # noqa: E731
    facts = Table([[p("<b>Wiltshire Police at a glance</b>", SA_CELL), ""],
                   [p("Population served", SA_CELL), p("about 736,000", SA_CELLB)],
                   [p("Area", SA_CELL), p("3,485 square kilometres", SA_CELLB)],
                   [p("Police officers (full-time equivalent)", SA_CELL), p("1,069", SA_CELLB)],
                   [p("Police staff (full-time equivalent)", SA_CELL), p("1,012", SA_CELLB)],
                   [p("Police community support officers", SA_CELL), p("121", SA_CELLB)],
                   [p("Special constables", SA_CELL), p("139", SA_CELLB)],
                   [p("Emergency calls received", SA_CELL), p("97,400", SA_CELLB)]],
                  colWidths=[full_w * 0.6, full_w * 0.4 - 20])
    facts.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                               ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#f2f5fb")),
                               ("BOX", (0, 0), (-1, -1), 0.6, SA_NAVY),
                               ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#c5cfe3")),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    outturn = _table([["", "Budget<br/>\u00a3000", "Outturn<br/>\u00a3000", "Variance<br/>\u00a3000"],
                      ["Police officer pay and allowances", "84,211", "84,990", "779"],
                      ["Police staff pay and allowances", "41,087", "40,455", "(632)"],
                      ["Premises", "5,932", "6,210", "278"],
                      ["Transport", "3,480", "3,611", "131"],
                      ["Supplies and services", "14,102", "13,540", "(562)"],
                      ["Income", "(2,010)", "(2,829)", "(819)"],
                      ["Net expenditure", "146,802", "145,977", "(825)"]],
                     [full_w - 3 * 72, 72, 72, 72], SA_CELL, SA_NAVY, head_style=SA_CELLW, grid="#9fb0cf",
                     bold_last=SA_CELLB, right_cols=(1, 2, 3))
    story = [
        p("Narrative Report", SA_H1),
        p("1. Introduction", SA_H2),
        p("This narrative report by the Chief Finance Officer gives an overview of the Chief Constable's "
          "financial position and performance for the year ended 31 March 2025, and explains the main statements "
          "that follow. It should be read with the Statement of Accounts of the Police and Crime Commissioner for "
          "Wiltshire and Swindon and the Group accounts, which are published separately."),
        p("2. About Wiltshire Police", SA_H2),
        p("Wiltshire Police serves the county of Wiltshire and the Borough of Swindon, a largely rural area with "
          "two large towns, Swindon and Salisbury, and a significant military presence on Salisbury Plain. The "
          "force has three policing areas (Swindon, North and West Wiltshire, and South and East Wiltshire), each "
          "with neighbourhood, response and investigation teams, supported by force-wide specialist and "
          "support services."),
        facts, Spacer(1, 8),
        p("3. Governance", SA_H2),
        p("The Police Reform and Social Responsibility Act 2011 established the Police and Crime Commissioner "
          "(the Commissioner) and the Chief Constable as separate corporations sole. The Commissioner sets the "
          "strategic direction through the Police and Crime Plan, holds the Chief Constable to account, and "
          "holds the police fund, into which all grants, council tax precept and other income are paid. The "
          "Chief Constable is responsible for operational policing and for the direction and control of officers "
          "and staff."),
        p("Under the Scheme of Governance and Consent, the Chief Constable directs and controls the force's "
          "officers and staff and incurs the day-to-day costs of policing. Those costs are therefore shown in "
          "the Chief Constable's Comprehensive Income and Expenditure Statement, funded by an intra-group "
          "transfer from the Commissioner. Assets, reserves and borrowing are held by the Commissioner."),
        p("4. Operational performance in 2024/25", SA_H2),
        p("The Police and Crime Plan 2022\u20132025 sets the priorities of the Commissioner and the Chief "
          "Constable, and the Chief Constable reports performance against them to the Commissioner's Performance "
          "and Accountability Board every quarter. Two examples from the year show how the force has worked with "
          "partners against the problems that communities raise most often."),
        p("Retail crime in Swindon town centre", SA_H3),
        p("Wiltshire Police's Swindon Town Centre neighbourhood team and Swindon Borough Council's community "
          "safety team set up a joint Retail Crime Hub in June 2024. Shops now send CCTV and statements through "
          "a single online form; a police officer and a council officer review every report together each "
          "weekday and agree who will act; persistent offenders are given Community Protection Warnings by the "
          "council, followed by Community Protection Notices if they carry on; and officers refer those who "
          "steal to fund drug use to the drug and alcohol service at the custody suite. Between June 2024 and "
          "March 2025 the charge rate for shop theft in the town centre rose from 14% to 31%, the council "
          "issued 46 Community Protection Warnings, and reports of shop theft from the 12 most affected stores "
          "fell by 22% against the same months a year earlier."),
        p("Fly-tipping and waste crime in rural Wiltshire", SA_H3),
        p("From September 2024 the force's Rural Crime Team and Wiltshire Council's waste enforcement team ran "
          "monthly joint vehicle checks on the lanes around Chippenham, Devizes and Warminster, stopping vans "
          "and trailers carrying waste and checking that drivers held a waste carrier's licence. On the same "
          "days the council's officers searched fly-tips found nearby for evidence of who had left them. By "
          "March 2025, 23 vehicles had been seized and 41 fixed penalty notices issued, and recorded "
          "fly-tipping in the 18 parishes targeted had fallen by 19% compared with the same months of the year "
          "before."),
        p("Performance against the Police and Crime Plan measures is published each quarter on the "
          "Commissioner's website and is not repeated here."),
        p("5. Financial performance", SA_H2),
        p("<b>Revenue.</b> The Chief Constable's net revenue expenditure for 2024/25 was \u00a3145.977m against "
          "a budget of \u00a3146.802m, an underspend of \u00a30.825m (0.6%). Overtime on officer pay, largely for "
          "the policing of major events and the summer's protests, was more than offset by police staff "
          "vacancies and by income from mutual aid and seconded officers. The Commissioner has transferred the "
          "underspend to the operational contingency reserve."),
        outturn,
        p("The figures above are on the basis the Chief Constable reports to the Commissioner during the year. "
          "Note 7 reconciles them to the Comprehensive Income and Expenditure Statement.", SA_NOTE),
        p("<b>Capital.</b> Capital spending on the force's behalf was \u00a39.4m, financed by the Commissioner. It "
          "included \u00a33.6m on the replacement of vehicles, \u00a32.1m on replacing automatic number plate "
          "recognition cameras, \u00a31.7m on mobile devices and body-worn video, and \u00a31.2m on the "
          "refurbishment of Melksham police station. The remaining \u00a30.8m was spent on ICT infrastructure."),
        p("6. Pensions", SA_H2),
        p("The police officer pension schemes are unfunded defined benefit schemes. The Chief Constable "
          "administers them and recognises the liability in the Balance Sheet, although pensions in payment are "
          "met by a top-up grant from the Home Office. The net liability at 31 March 2025 was \u00a32,318m "
          "(\u00a32,497m at 31 March 2024); the fall is mainly due to a higher discount rate. Police staff are "
          "members of the Local Government Pension Scheme, administered by Wiltshire Pension Fund."),
        p("7. Explanation of the financial statements", SA_H2),
        p("The Statement of Accounts contains the following statements, with notes:"),
        b("the <b>Comprehensive Income and Expenditure Statement</b>, showing the cost of policing in the year;"),
        b("the <b>Movement in Reserves Statement</b>, which for the Chief Constable shows only unusable "
          "reserves;"),
        b("the <b>Balance Sheet</b>, showing the Chief Constable's assets and liabilities at 31 March 2025;"),
        b("the <b>Cash Flow Statement</b>;"),
        b("the <b>Police Pension Fund Account</b>."),
        p("8. Events after the reporting period", SA_H2),
        p("There have been no events since 31 March 2025 that require the figures in these accounts to be "
          "adjusted."),
        Spacer(1, 10),
        KeepTogether([p("<b>Clare Fenwick CPFA</b>", ParagraphStyle("sasig", parent=SA_BODY, spaceAfter=0)),
                      p("Chief Finance Officer to the Chief Constable", ParagraphStyle("sasig2", parent=SA_BODY,
                                                                                      spaceAfter=0)),
                      p("27 June 2025")]),
        PageBreak(),
        p("Statement of Responsibilities for the Statement of Accounts", SA_H1),
        p("The Chief Constable's responsibilities", SA_H2),
        p("The Chief Constable is required to:"),
        b("make arrangements for the proper administration of his financial affairs and to secure that one of "
          "his officers has the responsibility for the administration of those affairs. For the Chief Constable, "
          "that officer is the Chief Finance Officer;"),
        b("manage his affairs to secure economic, efficient and effective use of resources and safeguard its "
          "assets;"),
        b("approve the Statement of Accounts."),
        p("The Chief Finance Officer's responsibilities", SA_H2),
        p("The Chief Finance Officer is responsible for the preparation of the Chief Constable's Statement of "
          "Accounts in accordance with proper practices as set out in the CIPFA/LASAAC Code of Practice on Local "
          "Authority Accounting in the United Kingdom (the Code). In preparing this Statement of Accounts, the "
          "Chief Finance Officer has:"),
        b("selected suitable accounting policies and then applied them consistently;"),
        b("made judgements and estimates that were reasonable and prudent;"),
        b("complied with the Code;"),
        b("kept proper accounting records which were up to date;"),
        b("taken reasonable steps for the prevention and detection of fraud and other irregularities."),
        p("Certificate of the Chief Finance Officer", SA_H2),
        p("I certify that the Statement of Accounts presents a true and fair view of the financial position of "
          "the Chief Constable for Wiltshire at 31 March 2025 and of his income and expenditure for the year "
          "ended 31 March 2025."),
        Spacer(1, 8),
        KeepTogether([p("<b>Clare Fenwick CPFA</b>", ParagraphStyle("sasig3", parent=SA_BODY, spaceAfter=0)),
                      p("Chief Finance Officer to the Chief Constable", ParagraphStyle("sasig4", parent=SA_BODY,
                                                                                      spaceAfter=0)),
                      p("27 June 2025")]),
        Spacer(1, 10),
        p("The audited Statement of Accounts will be approved by the Chief Constable after the conclusion of the "
          "audit and published with the auditor's report.", SA_NOTE),
    ]
    return story


def wiltshire_statement_of_accounts(out: Path) -> None:
    """A force's statement of accounts, the narrative report as the opening pages of the accounts (A4, printed as
    pages 4 to 6: a running header with the corporation sole and the accounts' title, a red 'unaudited' line over a
    navy rule, centred page numbers; numbered sections, a shaded 'at a glance' table, two bold italic sub-heads
    inside the performance section, a revenue outturn table in thousands of pounds with bracketed negatives, a
    note in small grey type, bulleted statements and the Chief Finance Officer's signature block)."""
    width, height = A4
    full_w = width - 120
    sink = io.BytesIO()
    doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=64, bottomMargin=54,
                          title="Chief Constable for Wiltshire: Statement of Accounts 2024/25 (unaudited), "
                                "Narrative Report",
                          author="Wiltshire Police", invariant=1)
    doc.addPageTemplates([PageTemplate("body", frames=[Frame(60, 54, full_w, height - 64 - 54, leftPadding=0,
                                                             rightPadding=0)], onPage=_sa_page)])
    doc.build(_sa_story(full_w))
    (out / "wiltshire-police-chief-constable-statement-of-accounts-2024-25-narrative-report.pdf").write_bytes(
        sink.getvalue())


# ------------------ 3. A think tank's essay collection: one essay (PDF, book page size, running heads, endnotes)

TT_W, TT_H = 482, 680           # 170 x 240 mm
TT_PLUM = colors.HexColor("#5b2a5e")
TT_BODY = ParagraphStyle("ttbody", fontName="Times-Roman", fontSize=10.6, leading=14.4, firstLineIndent=14,
                         alignment=4, spaceAfter=0)
TT_FIRST = ParagraphStyle("ttfirst", parent=TT_BODY, firstLineIndent=0)
TT_SUB = ParagraphStyle("ttsub", fontName="Helvetica-Bold", fontSize=9.4, leading=12, textColor=TT_PLUM,
                        spaceBefore=10, spaceAfter=4)
TT_LABEL = ParagraphStyle("ttlabel", fontName="Helvetica-Bold", fontSize=8.6, leading=11, textColor=TT_PLUM,
                          spaceAfter=6)
TT_TITLE = ParagraphStyle("tttitle", fontName="Times-Bold", fontSize=25, leading=29, spaceAfter=6)
TT_AUTHOR = ParagraphStyle("ttauthor", fontName="Helvetica", fontSize=11, leading=14, textColor=TT_PLUM,
                           spaceAfter=12)
TT_BIO = ParagraphStyle("ttbio", fontName="Times-Italic", fontSize=9, leading=12)
TT_PULL = ParagraphStyle("ttpull", fontName="Times-Italic", fontSize=15, leading=19, textColor=TT_PLUM,
                         alignment=1, spaceBefore=4, spaceAfter=4, leftIndent=18, rightIndent=18)
TT_NOTES_H = ParagraphStyle("ttnotesh", fontName="Helvetica-Bold", fontSize=9.4, leading=12, spaceBefore=12,
                            spaceAfter=4)
TT_NOTE = ParagraphStyle("ttnote", fontName="Times-Roman", fontSize=8.4, leading=10.6, leftIndent=12,
                         firstLineIndent=-12, spaceAfter=2)


def _tt_page(canvas, doc):
    folio = doc.page + 32
    canvas.saveState()
    if doc.page == 1:
        canvas.setFillColor(TT_PLUM)
        canvas.rect(0, TT_H - 18, TT_W, 18, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont("Times-Roman", 9)
        canvas.drawCentredString(TT_W / 2, 30, str(folio))
    else:
        canvas.setFont("Helvetica", 7.6)
        canvas.setFillColor(TT_PLUM)
        if folio % 2 == 0:
            canvas.drawString(44, TT_H - 36, str(folio))
            canvas.drawString(64, TT_H - 36, "CLOSER TO HOME")
        else:
            canvas.drawRightString(TT_W - 64, TT_H - 36, "FIXING THE SMALL THINGS FIRST")
            canvas.drawRightString(TT_W - 44, TT_H - 36, str(folio))
    canvas.setFillColor(colors.HexColor("#777777"))
    canvas.setFont("Helvetica", 6.4)
    canvas.drawCentredString(TT_W / 2, 18, "Common Ground Institute  \u2022  Closer to Home: essays on the future of "
                                           "neighbourhood policing  \u2022  2025")
    canvas.restoreState()


def _tt_story(text_w):
    p = lambda text, style=TT_BODY: Paragraph(text, style)  # noqa: E731
    bio = _panel([p("Helen Varley is Chief Superintendent and district commander for Doncaster in South Yorkshire "
                    "Police. She joined the police as a constable in Rotherham in 2001 and has worked in "
                    "neighbourhood, response and public protection roles. She writes here in a personal capacity; "
                    "the views expressed are her own and not those of South Yorkshire Police.", TT_BIO)],
                 text_w, colors.HexColor("#f3ecf3"), None, pad=8, left_bar=TT_PLUM)

    def pull(text):
        return [Spacer(1, 4), _Rule(text_w, 0.8, "#5b2a5e", 2), p(text, TT_PULL), _Rule(text_w, 0.8, "#5b2a5e", 2),
                Spacer(1, 4)]

    story = [
        Spacer(1, 16),
        p("ESSAY 4", TT_LABEL),
        p("Fixing the small things first", TT_TITLE),
        p("Helen Varley", TT_AUTHOR),
        bio, Spacer(1, 12),
        p("The first complaint I heard at my first residents' meeting in Hexthorpe was not about drugs or "
          "burglary. It was about a mattress. It had been dumped in the alley behind Urban Road three weeks "
          "earlier, it had been reported twice, and nobody had moved it. A woman who had lived on the street for "
          "forty years told me that it was the mattress, not the dealing two doors down, that made her think "
          "nobody was in charge any more.", TT_FIRST),
        p("I have thought about that mattress a great deal since. Neighbourhood policing has spent the last "
          "fifteen years being asked to do more with fewer people. The number of police community support "
          "officers in England and Wales almost halved in the decade after 2010,<super>1</super> and the "
          "officers who remained were drawn into response work and investigations. What was lost was not only "
          "visibility. It was the habit of dealing with the small, visible things that tell residents whether "
          "anyone is looking after their street."),
        p("Researchers have argued for years that what the public judges us on is whether we deal with what "
          "matters to them locally, and that what matters to them is very often disorder rather than serious "
          "crime.<super>2</super> Every neighbourhood officer knows this. The difficulty is that most of the "
          "small things are not ours to fix. We do not empty bins, board up empty houses, repair streetlights or "
          "license landlords. So the question is not how the police fix the small things, but how we make sure "
          "somebody does."),
        p("A walk, not a meeting", TT_SUB),
        p("In Hexthorpe we started with a walk. From May 2023, every other Tuesday afternoon, the ward's sergeant "
          "and PCSOs walked a set route with officers from City of Doncaster Council's enforcement, housing and "
          "street scene teams, and with any residents who wanted to come. Everything we found on the walk, from a "
          "fly-tipped mattress to a broken streetlight or an empty house with its back door off, went on one "
          "shared list, and the council committed to dealing with street scene problems on the list within 48 "
          "hours. The list replaced the monthly partnership meeting, which had produced a great many minutes and "
          "very few moved mattresses.", TT_FIRST),
        p("We also changed what we did with what residents told us. Three privately rented houses that came up "
          "again and again were visited jointly by officers and the council's selective licensing team. Two "
          "landlords lost their licences, and one house was closed for three months under a closure order after "
          "we and the council gave evidence together at the magistrates' court."),
        *pull("\u201cIt was the mattress, not the dealing two doors down, that made her think nobody was in "
              "charge.\u201d"),
        p("In the first year the walks logged 612 problems, and 540 of them were dealt with inside the 48 hours. "
          "Anti-social behaviour reported to us in the ward fell by 27% compared with the year before. In the "
          "council's residents' survey, the share of people who agreed that the police and the council \u201cdeal "
          "with the things that matter in this area\u201d rose from 24% to 46%.<super>3</super> Those are not "
          "figures that would survive an academic evaluation, and I do not claim that they would. But residents "
          "noticed, and so did my officers, who for the first time in years could see the result of something "
          "they had reported."),
        p("Borrowed, not invented", TT_SUB),
        p("None of this was our idea, and I want to say where it came from, because too much of what works in "
          "policing is reinvented force by force rather than borrowed.", TT_FIRST),
        p("Lancashire Constabulary's neighbourhood team in Blackpool's Claremont ward had been walking the "
          "ward's back alleys every week with Blackpool Council's environmental protection and housing officers "
          "since 2021. They called it Back Street Fridays. When I visited in 2022, the team told me that calls "
          "about anti-social behaviour in the alleys had fallen by a third in two years, and that reports of "
          "fly-tipping to the council had come down from around 90 a month to 35.<super>4</super> What struck "
          "me most was not the figures but the fact that the council's officers and ours knew each other by "
          "their first names."),
        p("What it asks of us", TT_SUB),
        p("There are limits, and they are worth being honest about. A walk every other week costs about six "
          "hours of officer time, which in a stretched district is not nothing. The 48-hour promise depends on a "
          "council budget that is under at least as much pressure as ours. And a shared list can become one more "
          "system that nobody owns unless a named person on each side is answerable for it. In Hexthorpe that "
          "was a sergeant and a council team leader; when either was on leave, the list slowed down.",
          TT_FIRST),
        p("Nor does fixing the small things replace dealing with the serious ones. The dealing two doors down "
          "from that woman's house was dealt with, in the end, by a drugs warrant and a prosecution. What the "
          "walks did was to give residents a reason to tell us about it."),
        p("What I would ask", TT_SUB),
        p("First, that neighbourhood teams are measured at least partly on whether the problems residents raise "
          "are resolved, by whoever resolves them, rather than only on what the police record. Second, that the "
          "next round of neighbourhood policing funding expects councils and forces to share one list of local "
          "problems in every neighbourhood. Third, that we write down what we borrow. The principle that the "
          "police are the public and the public are the police was first set down for the Metropolitan Police "
          "in 1829;<super>5</super> it still reads best on a back street on a Tuesday afternoon.", TT_FIRST),
        p("Notes", TT_NOTES_H),
        p("1. Home Office, <i>Police workforce, England and Wales</i>, statistical bulletins for 31 March 2010 and "
          "31 March 2020, table 2.", TT_NOTE),
        p("2. For example, W. Skogan, <i>Police and Community in Chicago: A Tale of Three Cities</i> (Oxford "
          "University Press, 2006), chapter 5.", TT_NOTE),
        p("3. City of Doncaster Council, Hexthorpe residents' survey, autumn 2023 and autumn 2024 (412 and 388 "
          "replies).", TT_NOTE),
        p("4. Lancashire Constabulary, presentation to a regional neighbourhood policing event, Preston, November "
          "2022. Figures given by the team and not independently checked.", TT_NOTE),
        p("5. The \u2018general instructions\u2019 issued to the new Metropolitan Police in 1829, from which the "
          "so-called Peelian principles are usually drawn.", TT_NOTE),
    ]
    return story


def common_ground_essay(out: Path) -> None:
    """A think tank's essay collection, one essay as its pages (book page size, printed as pages 33 to 36: a plum
    band and a centred folio on the opening page, then running heads with the book's title on left-hand pages and
    the essay's title on right-hand pages, and the institute's line at every foot; an essay number label, title,
    author, a tinted biography box with a left bar, justified Times body text with indented paragraphs, plum
    sub-heads, a pull quote between rules, superscript note numbers and endnotes)."""
    sink = io.BytesIO()
    doc = BaseDocTemplate(sink, pagesize=(TT_W, TT_H), leftMargin=50, rightMargin=50, topMargin=54, bottomMargin=48,
                          title="Fixing the small things first (Closer to Home, essay 4)",
                          author="Common Ground Institute", invariant=1)
    text_w = TT_W - 100
    doc.addPageTemplates([PageTemplate("body", frames=[Frame(50, 48, text_w, TT_H - 54 - 48, leftPadding=0,
                                                             rightPadding=0)], onPage=_tt_page)])
    doc.build(_tt_story(text_w))
    (out / "common-ground-institute-closer-to-home-essay-4-fixing-the-small-things-first.pdf").write_bytes(
        sink.getvalue())


# ------------------ Word helpers

def _page_number_field(paragraph, size=None) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run = paragraph.add_run()
    if size:
        run.font.size = Pt(size)
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
          head_color=None, widths=None):
    from docx.shared import Cm, Pt, RGBColor

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
            if widths:
                cell.width = Cm(widths[c])
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
                   page_prefix: str | None = None, bold_right=True):
    """A running header (left text, right text after a tab) and a footer line with an optional page field."""
    from docx.shared import Pt

    section = document.sections[0]
    head = section.header.paragraphs[0]
    run = head.add_run(left)
    run.font.size = Pt(size)
    if right:
        run = head.add_run("\t\t" + right)
        run.font.size = Pt(size)
        run.bold = bold_right
    foot = section.footer.paragraphs[0]
    if footer:
        run = foot.add_run(footer)
        run.font.size = Pt(size)
    if page_prefix is not None:
        run = foot.add_run(page_prefix)
        run.font.size = Pt(size)
        _page_number_field(foot, size)


def _bullet(document, text: str, style="List Bullet", bold_lead: str | None = None):
    paragraph = document.add_paragraph(style=style)
    if bold_lead:
        paragraph.add_run(bold_lead).bold = True
    paragraph.add_run(text)
    return paragraph


def _numbered(document, number: str, text: str, indent_cm=1.25, bold=False):
    """A hand-numbered paragraph with a hanging indent: the number, a tab, then the text."""
    from docx.shared import Cm

    paragraph = document.add_paragraph()
    run = paragraph.add_run(number + "\t")
    run.bold = bold
    run2 = paragraph.add_run(text)
    run2.bold = bold
    fmt = paragraph.paragraph_format
    fmt.left_indent = Cm(indent_cm)
    fmt.first_line_indent = Cm(-indent_cm)
    fmt.tab_stops.add_tab_stop(Cm(indent_cm))
    return paragraph


# ------------------ 4. A commissioner's service specification for a tender (Word, schedule with numbered clauses)

def nottinghamshire_specification(out: Path) -> None:
    """A police and crime commissioner's service specification issued with an invitation to tender (Word, Arial,
    no heading styles: 'SCHEDULE 2' and the title in bold capitals, a labelled cover table, bold numbered section
    heads and hand-numbered clauses with hanging indents, a definitions table, 'shall' requirements, a key
    performance indicators table with targets, a shaded note box on TUPE): header with the classification, the
    ITT reference and the schedule, footer with the version, issue date and page number."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _base_font(document, "Arial", 10)
    _header_footer(document, "OFFICIAL  |  ITT ref. OPCCN/2025/017", "Schedule 2 \u2013 Specification",
                   "Version 1.2 \u2013 issued 3 November 2025  |  Page ", size=7.5, page_prefix="")

    _styled(document, "SCHEDULE 2", bold=True, size=11, space_after=2)
    _styled(document, "SPECIFICATION: NIGHT-TIME ECONOMY SAFE SPACE AND WELFARE SERVICE, NOTTINGHAM CITY CENTRE",
            bold=True, size=14, space_after=8)
    cover = document.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for label, value in (("Contracting authority", "The Police and Crime Commissioner for Nottinghamshire"),
                         ("Procurement reference", "OPCCN/2025/017"),
                         ("Procedure", "Open procedure under the Procurement Act 2023"),
                         ("Contract period", "1 April 2026 to 31 March 2028, with an option to extend by up to "
                                             "12 months"),
                         ("Maximum contract value", "\u00a3418,000 (excluding VAT) over the initial term"),
                         ("Lot", "Single lot")):
        cells = cover.add_row().cells
        _cell_para(cells[0], label, bold=True, size=9, first=True)
        _shade(cells[0], "E7E6E6")
        _cell_para(cells[1], value, size=9, first=True)
    _styled(document, "", space_after=2)

    def head(text):
        _styled(document, text, bold=True, size=11, space_before=10, space_after=4)

    head("1.\tINTRODUCTION")
    _numbered(document, "1.1", "The Police and Crime Commissioner for Nottinghamshire (the Commissioner) is seeking "
                               "a provider to deliver a safe space and welfare service for people who become "
                               "vulnerable in Nottingham city centre at night. This Schedule sets out what the "
                               "Commissioner requires. It forms part of the contract and must be read with "
                               "Schedule 1 (Terms and Conditions) and Schedule 4 (Pricing).")
    _numbered(document, "1.2", "The service is jointly commissioned with Nottingham City Council, which will "
                               "contribute 40% of the contract value. The Commissioner will manage the contract on "
                               "behalf of both commissioners.")
    head("2.\tDEFINITIONS")
    _grid(document, [["Term", "Meaning"],
                     ["the Service", "the night-time economy safe space and welfare service described in this "
                                     "Schedule"],
                     ["Safe Space", "the premises from which the Service operates (see 5.3)"],
                     ["Service User", "any person who receives support from the Service"],
                     ["Operating Night", "each Friday and Saturday night from 22:00 to 04:00, and any additional "
                                         "night agreed under 5.2"],
                     ["Partners", "Nottinghamshire Police, Nottingham City Council, East Midlands Ambulance "
                                  "Service NHS Trust and licensed premises in the city centre"]],
          header_fill="E7E6E6", size=9)
    head("3.\tBACKGROUND AND THE CURRENT SERVICE")
    _numbered(document, "3.1", "Nottingham's night-time economy attracts up to 40,000 visitors on a Saturday night "
                               "and includes two universities' student populations. Alcohol-related harm, "
                               "spiking and sexual harassment are recurring concerns in the Commissioner's Police "
                               "and Crime Plan and the city's Community Safety Partnership strategy.")
    _numbered(document, "3.2", "Since November 2023 the Commissioner has funded a pilot Safe Space at the Old "
                               "Market Square. It is run by the charity Street Hope Nottingham with Nottinghamshire "
                               "Police and Nottingham City Council, and the contract for the pilot ends on 31 March "
                               "2026. This specification is informed by the pilot, and the Commissioner's "
                               "evaluation of it is available to bidders on request.")
    _numbered(document, "3.3", "In the pilot, Street Hope Nottingham's trained volunteers and two paid welfare "
                               "workers staff the Safe Space from 22:00 to 04:00 on Friday and Saturday nights. "
                               "Nottinghamshire Police's city centre officers and the council's community "
                               "protection officers bring people to the Safe Space who are drunk, distressed, "
                               "separated from friends or at risk, rather than leaving them on the street or "
                               "taking them to the Emergency Department. Volunteers also walk the main streets in "
                               "pairs with radios linked to the city's CCTV control room, and the police sergeant "
                               "on duty briefs the team at the start of each night.")
    _numbered(document, "3.4", "Between November 2023 and September 2025 the pilot supported 1,264 people, 212 of "
                               "them brought in by officers; an estimated 390 ambulance call-outs were avoided; and "
                               "in a survey of city centre officers, 81% said the Safe Space saved them at least an "
                               "hour on a typical night. Eleven reports of suspected spiking were passed to the "
                               "police with samples taken at the Safe Space.")
    head("4.\tSCOPE")
    _numbered(document, "4.1", "The Service shall provide a safe, warm and staffed place in the city centre on every "
                               "Operating Night, and outreach on foot in the areas shown in Annex A.")
    _numbered(document, "4.2", "The Service is not a medical service. It shall not replace the ambulance service, the "
                               "Emergency Department or police custody, and shall have clear procedures for passing "
                               "Service Users to them.")
    _numbered(document, "4.3", "The following are outside the scope of this contract: door supervision at licensed "
                               "premises; taxi marshalling; and the provision of CCTV.")
    head("5.\tSERVICE REQUIREMENTS")
    _numbered(document, "5.1", "The Provider shall open the Safe Space on every Operating Night, with at least one "
                               "paid supervisor and four trained staff or volunteers on duty at all times.")
    _numbered(document, "5.2", "The Provider shall open on up to 12 additional nights a year at the request of the "
                               "Commissioner, with at least 14 days' notice, for events such as freshers' week and "
                               "New Year's Eve.")
    _numbered(document, "5.3", "The Provider shall secure suitable premises within 400 metres of the Old Market "
                               "Square, with step-free access, toilets and a private room, or agree the use of "
                               "premises offered by the Partners.")
    _numbered(document, "5.4", "All staff and volunteers shall hold an enhanced DBS check, a first aid at work "
                               "qualification and the Provider's safeguarding training before their first shift, "
                               "and shall complete training in spiking awareness and in responding to disclosures "
                               "of sexual violence within three months.")
    _numbered(document, "5.5", "The Provider shall record every contact with a Service User on a case management "
                               "system approved by the Commissioner, and shall share information with the Partners "
                               "only under the information sharing agreement at Annex C.")
    _numbered(document, "5.6", "The Provider shall attend the city centre night-time economy tasking meeting each "
                               "month and the contract review meeting each quarter.")
    head("6.\tKEY PERFORMANCE INDICATORS")
    _numbered(document, "6.1", "The Provider shall report against the following indicators each quarter. Targets "
                               "will be reviewed at the end of the first year.")
    _grid(document, [["KPI", "Indicator", "Target"],
                     ["1", "Operating Nights on which the Safe Space opened on time and fully staffed", "98%"],
                     ["2", "Service Users supported per Operating Night (average)", "at least 10"],
                     ["3", "Service Users brought in by police or council officers", "at least 20% of all Service "
                                                                                     "Users"],
                     ["4", "Service Users for whom a safe onward journey home was arranged", "90%"],
                     ["5", "Safeguarding concerns referred to the relevant agency within 24 hours", "100%"],
                     ["6", "Service Users rating the Service good or very good (where asked)", "85%"]],
          header_fill="E7E6E6", size=9)
    head("7.\tSOCIAL VALUE")
    _numbered(document, "7.1", "Bidders shall set out how they will recruit and train volunteers from Nottingham, "
                               "including students, and how they will provide volunteers with a route into paid "
                               "work. Social value is worth 10% of the quality score (see Schedule 3).")
    head("8.\tTRANSFER OF UNDERTAKINGS (TUPE)")
    box = _box(document, "F2F2F2", "A6A6A6")
    _cell_para(box, "Note to bidders", bold=True, size=9.5, first=True)
    _cell_para(box, "The Commissioner understands that the Transfer of Undertakings (Protection of Employment) "
                    "Regulations 2006 may apply to three employees of the current provider. Anonymised employee "
                    "liability information is provided in Annex D. Bidders must take their own advice.", size=9)
    _styled(document, "", space_after=2)
    head("9.\tANNEXES")
    for item in ("Annex A \u2013 Map of the outreach area", "Annex B \u2013 Pilot evaluation summary (on request)",
                 "Annex C \u2013 Information sharing agreement (draft)", "Annex D \u2013 Employee liability "
                                                                          "information (on request, subject to a "
                                                                          "confidentiality undertaking)"):
        paragraph = _styled(document, item, size=9.5, space_after=2)
        paragraph.paragraph_format.left_indent = Pt(18)
    _save_docx(document, out / "nottinghamshire-opcc-itt-night-time-safe-space-service-specification.docx",
               "Schedule 2 Specification: Night-time Economy Safe Space and Welfare Service",
               "Office of the Police and Crime Commissioner for Nottinghamshire")


# ------------------ 5. A sergeant's promotion application in competency examples (Word, form tables)

def norfolk_promotion_application(out: Path) -> None:
    """A sergeant's application to a force's promotion process, stage 1 (Word, Calibri, Title style, an italic
    guidance box, a candidate details table with a shaded label column, one Heading 1 per competency with the
    competency's descriptor in italics, the example in bold STAR run-in labels (Situation, Task, Action, Result),
    a right-aligned word count under each, the line manager's support as a bordered table with a tick-box line,
    and an assessors' scoring table left blank): header with the process and the handling marking, footer with the
    form number and the page number."""
    from docx import Document
    from docx.shared import Pt

    navy = "1F3864"
    document = Document()
    _base_font(document, "Calibri", 10.5)
    _recolour_heading(document, 1, navy, "Calibri", 13)
    _header_footer(document, "Norfolk Constabulary \u2013 Promotion to Inspector 2025",
                   "OFFICIAL-SENSITIVE (PERSONNEL) WHEN COMPLETE",
                   "Form P1 (Stage 1 application) v3.0  |  Page ", size=7.5, page_prefix="")

    document.add_paragraph("Promotion to Inspector 2025: Stage 1 application", style="Title")
    guidance = _box(document, "DEEAF6", "8EAADB")
    _cell_para(guidance, "Guidance for candidates", bold=True, size=10, first=True)
    _cell_para(guidance, "Give one example for each of the three competencies below from the last three years. "
                         "Each example must be no more than 350 words. Use the STAR structure (Situation, Task, "
                         "Action, Result) and say what you personally did. Examples are assessed against the "
                         "Competency and Values Framework at level 2. Applications must be submitted through "
                         "your line manager by 12:00 on Friday 24 October 2025.", italic=True, size=9.5)
    _styled(document, "", space_after=2)

    details = document.add_table(rows=0, cols=2)
    details.style = "Table Grid"
    for label, value in (("Candidate", "Sergeant 1874 Hannah Okafor"),
                         ("Current role", "Neighbourhood Sergeant, Great Yarmouth Operational Partnership Team "
                                          "(since March 2023)"),
                         ("Previous role", "Response Sergeant, King's Lynn (2020 to 2023)"),
                         ("Line manager", "Inspector Dave Thurlow, Great Yarmouth"),
                         ("Years in rank", "5"),
                         ("Date submitted", "20 October 2025")):
        cells = details.add_row().cells
        _cell_para(cells[0], label, bold=True, size=9.5, first=True)
        _shade(cells[0], "D9E2F3")
        _cell_para(cells[1], value, size=9.5, first=True)
    _styled(document, "", space_after=2)

    def competency(title, descriptor, parts, words):
        document.add_heading(title, level=1)
        _styled(document, descriptor, italic=True, size=9.5, color="595959")
        for label, text in parts:
            _run_in(document, label + " ", text)
        _styled(document, f"Word count: {words}", size=8.5, align="right", color="595959")

    competency(
        "Competency 1: We analyse critically",
        "I analyse information and evidence to understand problems, and use it to make sound decisions.",
        [("Situation.", "In spring 2024 the seafront at Great Yarmouth was generating more calls than any other "
                        "part of my area, most of them about cars: 'car meets' of up to 150 vehicles in the Marine "
                        "Parade car parks, racing along South Beach Parade and late-night noise. Response officers "
                        "were moving the cars on each weekend and they came back the next."),
         ("Task.", "My inspector asked me to find a longer-term solution before the summer holidays."),
         ("Action.", "I mapped a year of calls by hour and location and found that 70% came from two car parks "
                     "between 21:00 and 01:00 on Fridays and Saturdays. I asked Great Yarmouth Borough "
                     "Council's car parks and community safety teams to work on it with us. Together we agreed "
                     "that the council would close both car parks with barriers at 21:00 from May to September, "
                     "that its CCTV operators would watch the seafront on meet nights and radio my officers, and "
                     "that my team would patrol on those nights and issue Section 59 warnings for anti-social "
                     "driving. I set up a shared log so that both teams could see every warning and every "
                     "repeat vehicle, and I met the organisers of the largest meet, who moved it to a private "
                     "venue."),
         ("Result.", "Between May and September 2024 calls about anti-social driving on the seafront fell from "
                     "212 the summer before to 74. We issued 41 Section 59 warnings and seized six cars after a "
                     "second warning. The council has kept the closures for 2025 and the approach is now in the "
                     "district's summer plan. I learned that the best analysis is worthless unless the partner who "
                     "owns the problem is in the room when you decide what to do.")],
        280)
    competency(
        "Competency 2: We deliver, support and inspire",
        "I understand the organisation's objectives and motivate others to achieve them.",
        [("Situation.", "When I took over my team in March 2023, two of its eight PCSOs were on long-term "
                        "sickness absence and the others told me they felt they were only ever sent to cover "
                        "response."),
         ("Task.", "I needed to rebuild the team's morale and get them back to neighbourhood work."),
         ("Action.", "I agreed with the response inspector that my PCSOs would only be abstracted in an "
                     "emergency, and started recording every abstraction so I could show the pattern. I gave "
                     "each PCSO ownership of one ward and a say in the team's priorities, introduced a 15-minute "
                     "debrief at the end of each late shift and arranged monthly one-to-ones. I supported both "
                     "colleagues who were absent with phased returns agreed with occupational health."),
         ("Result.", "Within a year both colleagues were back at work, abstractions had fallen from an average "
                     "of 11 shifts a month to three, and the team's sickness absence fell from 9.1 to 4.3 days "
                     "per person. Two of my PCSOs have since applied to become constables.")],
        164)
    competency(
        "Competency 3: We are emotionally aware",
        "I treat others with respect and understanding, and consider their perspectives and needs.",
        [("Situation.", "As a response sergeant in King's Lynn I noticed that we almost never received reports "
                        "from the town's large Lithuanian and Latvian communities, although officers heard "
                        "second-hand about workers being cheated of wages, threatened by landlords and abused "
                        "in the street."),
         ("Task.", "I wanted to understand why people were not reporting to us, and to make it easier for them."),
         ("Action.", "I asked the Baltic Community Association in King's Lynn whether I could attend one of "
                     "their Saturday coffee mornings, and listened. People told me they feared that reporting "
                     "would affect their right to stay or their job, and that they did not trust an English-only "
                     "phone line. With the association we set up a monthly drop-in at their centre where a PCSO "
                     "and a Lithuanian-speaking volunteer from the association took reports in person; the "
                     "association translated our advice on labour exploitation and hate crime into Lithuanian "
                     "and Latvian; and I briefed my shifts on what people had told us."),
         ("Result.", "In the year after the drop-in started, reports to the police from Baltic community members "
                     "in King's Lynn rose from nine to 31, including two that led to modern slavery referrals "
                     "and one prosecution of a gangmaster. The association still runs the drop-in with the "
                     "neighbourhood team. I learned to ask before assuming what a community needs.")],
        215)

    document.add_heading("Line manager's support", level=1)
    support = document.add_table(rows=0, cols=1)
    support.style = "Table Grid"
    cell = support.add_row().cells[0]
    _cell_para(cell, "I have read this application and confirm that the examples are accurate and are the "
                     "candidate's own work. Sergeant Okafor consistently shows the qualities of an inspector; her "
                     "work with the borough council on the seafront is a model for the district.", size=9.5,
               first=True)
    _cell_para(cell, "\u2612 I support this application      \u2610 I do not support this application", size=9.5)
    _cell_para(cell, "Name: Inspector Dave Thurlow      Date: 20 October 2025", size=9.5)
    _styled(document, "", space_after=2)
    document.add_heading("For assessor use only", level=1)
    _grid(document, [["Competency", "Assessor 1 score (1\u20135)", "Assessor 2 score (1\u20135)", "Agreed score"],
                     ["We analyse critically", "", "", ""],
                     ["We deliver, support and inspire", "", "", ""],
                     ["We are emotionally aware", "", "", ""],
                     ["Total (pass mark 9)", "", "", ""]], header_fill="D9E2F3", size=9)
    _styled(document, "Scores are moderated by the Promotion Board. Candidates will be told the outcome by 21 "
                      "November 2025.", italic=True, size=8.5, space_before=4)
    _save_docx(document, out / "norfolk-constabulary-promotion-to-inspector-2025-stage-1-application.docx",
               "Promotion to Inspector 2025: Stage 1 application", "Norfolk Constabulary")


# ------------------ 6. A partnership group's terms of reference (Word, heading styles, version control)

def hull_terms_of_reference(out: Path) -> None:
    """A community safety partnership delivery group's terms of reference (Word, Arial, a bold title block over a
    green rule, a document control table, Heading 1 sections with numbered heading text, List Number and List
    Bullet paragraphs, a membership table, a meeting cycle table in an appendix and a glossary): header with the
    partnership and 'Terms of Reference', footer with the version, review date and page number."""
    from docx import Document

    green = "2E6B30"
    document = Document()
    _base_font(document, "Arial", 10)
    _recolour_heading(document, 1, green, "Arial", 12)
    _header_footer(document, "Hull Community Safety Partnership", "Terms of Reference",
                   "Version 2.1  |  Approved by the CSP Board on 16 September 2025  |  Next review: September 2026  "
                   "|  Page ", size=7.5, page_prefix="")

    _styled(document, "HULL COMMUNITY SAFETY PARTNERSHIP", bold=True, size=10, color=green, space_after=2)
    title = _styled(document, "Serious Violence Duty Delivery Group: Terms of Reference", bold=True, size=17,
                    space_after=8)
    _rule(title, green, size=12)
    _grid(document, [["Version", "Date", "Author", "Change"],
                     ["1.0", "14 March 2023", "CSP Manager", "First version"],
                     ["2.0", "12 March 2024", "CSP Manager", "Membership updated; link to strategy added"],
                     ["2.1", "16 September 2025", "Serious Violence Coordinator", "Quorum changed; youth justice "
                                                                                  "added as core member"]],
          header_fill="E2EFDA", size=8.5)
    _styled(document, "", space_after=2)

    document.add_heading("1. Purpose", level=1)
    document.add_paragraph(
        "The Serious Violence Duty Delivery Group (the Group) is the partnership group through which the specified "
        "authorities in Hull meet their responsibilities under the Serious Violence Duty. It reports to the Hull "
        "Community Safety Partnership Board (the Board) and is responsible for delivering the Hull Serious "
        "Violence Strategy 2024\u20132027.")
    document.add_heading("2. Background", level=1)
    document.add_paragraph(
        "Part 2 of the Police, Crime, Sentencing and Courts Act 2022 places a duty on specified authorities to "
        "work together to prevent and reduce serious violence, to prepare a strategic needs assessment and to "
        "publish a strategy. The duty came into force on 31 January 2023. In Hull the Board agreed that the "
        "community safety partnership would be the lead partnership, and the strategic needs assessment was "
        "published in January 2024. Humberside Violence Prevention Partnership coordinates the duty across the "
        "four local authority areas of the Humber and provides the Group with data and analysis.")
    document.add_heading("3. Responsibilities", level=1)
    document.add_paragraph("The Group will:")
    for item in ("oversee the delivery plan for the Hull Serious Violence Strategy and report progress to the "
                 "Board each quarter;",
                 "make sure that the strategic needs assessment is refreshed every year and that its findings shape "
                 "the delivery plan;",
                 "agree how funding allocated to Hull through the Serious Violence Duty grant is spent, within the "
                 "limits delegated by the Board;",
                 "identify gaps in services and recommend to the Board how they should be filled;",
                 "commission evaluations of new interventions and share what is learned across the partnership;",
                 "make sure that the voices of young people and of communities affected by violence inform its "
                 "work."):
        _bullet(document, item)
    document.add_heading("4. Membership", level=1)
    document.add_paragraph("Members are expected to have the authority to commit their organisation's resources, "
                           "and to send a named deputy if they cannot attend.")
    _grid(document, [["Organisation", "Member", "Status"],
                     ["Hull City Council, Community Safety", "Head of Community Safety (Chair)", "Core"],
                     ["Humberside Police", "Superintendent, Hull Neighbourhood Policing (Vice-chair)", "Core"],
                     ["Humberside Fire and Rescue Service", "Group Manager, Prevention", "Core"],
                     ["NHS Humber and North Yorkshire Integrated Care Board", "Designated Nurse, Safeguarding",
                      "Core"],
                     ["The Probation Service, Hull and East Riding", "Head of Probation Delivery Unit", "Core"],
                     ["Hull Youth Justice Service", "Head of Service", "Core"],
                     ["Hull City Council, Public Health", "Consultant in Public Health", "Core"],
                     ["Hull City Council, Education", "Head of Inclusion", "Core"],
                     ["Humberside Violence Prevention Partnership", "Programme Manager", "Adviser"],
                     ["Office of the Police and Crime Commissioner for Humberside", "Commissioning Manager",
                      "Adviser"],
                     ["Voluntary and community sector", "Two representatives nominated by the sector forum",
                      "Co-opted"]],
          header_fill="E2EFDA", size=8.5)
    document.add_heading("5. Quorum", level=1)
    document.add_paragraph("The Group is quorate when at least five core members are present, including the Chair "
                           "or Vice-chair and at least one representative of the council and one of the police. "
                           "Decisions are made by consensus; where consensus cannot be reached, the matter is "
                           "referred to the Board.")
    document.add_heading("6. Meetings", level=1)
    document.add_paragraph("The Group meets every eight weeks, in person at the Guildhall or online. Papers are "
                           "circulated five working days before each meeting and an action log is kept by the "
                           "Serious Violence Coordinator. Extraordinary meetings may be called by the Chair.")
    document.add_heading("7. Reporting and accountability", level=1)
    document.add_paragraph("The Group reports to the Board each quarter through a highlight report. The Board "
                           "reports annually to the Police and Crime Panel and to the Health and Wellbeing Board. "
                           "Task and finish groups may be set up by the Group for a fixed period and report to it.")
    document.add_heading("8. Information sharing", level=1)
    document.add_paragraph("Members share information under the Hull Community Safety Partnership Information "
                           "Sharing Agreement and section 17A of the Crime and Disorder Act 1998. Personal data "
                           "about individuals is not discussed at Group meetings; cases are dealt with through the "
                           "relevant case management panels.")
    document.add_heading("9. Review", level=1)
    document.add_paragraph("These terms of reference will be reviewed every year, or sooner if the membership or "
                           "the duty changes.")
    document.add_heading("Appendix A: Meeting and reporting cycle 2025/26", level=1)
    _grid(document, [["Group meeting", "Main business", "Report to Board"],
                     ["7 October 2025", "Delivery plan Q2; grant spend", "21 October 2025"],
                     ["2 December 2025", "Strategic needs assessment refresh: scope", "\u2014"],
                     ["3 February 2026", "Delivery plan Q3; evaluation plans", "17 February 2026"],
                     ["31 March 2026", "Year-end report; draft delivery plan 2026/27", "\u2014"]],
          header_fill="E2EFDA", size=8.5)
    document.add_heading("Appendix B: Glossary", level=1)
    _grid(document, [["Term", "Meaning"],
                     ["CSP", "Community Safety Partnership"],
                     ["SNA", "Strategic needs assessment"],
                     ["Specified authorities", "The police, fire and rescue authorities, justice (probation and "
                                               "youth offending services), health (integrated care boards) and "
                                               "local authorities named in the duty"],
                     ["VPP", "Humberside Violence Prevention Partnership"]],
          header_fill="E2EFDA", size=8.5)
    _save_docx(document, out / "hull-csp-serious-violence-duty-delivery-group-terms-of-reference.docx",
               "Serious Violence Duty Delivery Group: Terms of Reference", "Hull City Council")


# ------------------ 7. A community safety partnership's story map (HTML, as saved from a story map site)

STORYMAP_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brighter Backs</title>
<meta name="description" content="How gates, lights and clean-ups changed the alleys behind Chatham's terraces.">
<meta property="og:title" content="Brighter Backs">
<meta property="og:type" content="article">
<meta property="og:image" content="https://storymaps.example.com/resources/7f3c2a/cover-gated-alley.jpg">
<link rel="stylesheet" href="/static/storymaps/app.7f3c2a91.css">
<script>
window.__STORY_DATA__ = {"id":"7f3c2a91d4e84b0c9e1b2f6a5c3d8e10","type":"story","published":"2025-10-02T09:14:00Z","theme":"obsidian","owner":"medway_csp"};
</script>
</head>
<body>
<div id="app">
  <header class="sm-header">
    <a class="sm-header__logo" href="https://www.medway.example.gov.uk/safermedway"><img src="/resources/7f3c2a/csp-logo.png" alt="Medway Community Safety Partnership"></a>
    <span class="sm-header__title">Brighter Backs</span>
    <div class="sm-header__actions">
      <button type="button" aria-label="Share">Share</button>
      <button type="button" aria-label="Open navigation">Contents</button>
    </div>
  </header>

  <nav class="sm-nav" aria-label="Story navigation">
    <ol>
      <li><a href="#n-problem">The problem</a></li>
      <li><a href="#n-alleys">Alley by alley</a></li>
      <li><a href="#n-summer">Summer Nights</a></li>
      <li><a href="#n-next">What's next</a></li>
    </ol>
  </nav>

  <main class="sm-story">
    <section class="sm-cover sm-cover--full">
      <figure class="sm-cover__media">
        <img src="/resources/7f3c2a/cover-gated-alley.jpg" alt="A gated alley behind terraced houses in Luton, Chatham, with new lights fixed to the walls">
      </figure>
      <div class="sm-cover__text">
        <h1 class="sm-cover__title">Brighter Backs</h1>
        <p class="sm-cover__subtitle">How gates, lights and clean-ups changed the alleys behind Chatham's terraces</p>
        <p class="sm-cover__byline"><span>Medway Community Safety Partnership</span> <span class="sm-dot">&middot;</span> <time datetime="2025-10-02">October 2, 2025</time></p>
      </div>
    </section>

    <div class="sm-block sm-text">
      <p>Behind the Victorian terraces of Luton and Chatham town centre run more than three miles of narrow alleys, or &ldquo;backs&rdquo;, that were built for coal deliveries and outside toilets. Today they are how most residents reach their bins, their sheds and their back gates. For years they were also where much of the area's anti-social behaviour happened.</p>
      <p>This story shows what partners did about it, where, and what changed. Scroll down to explore.</p>
    </div>

    <h2 class="sm-heading" id="n-problem">The problem</h2>
    <div class="sm-block sm-text">
      <p>When residents were asked in 2022 what worried them most, the alleys came top: drug use, fires in bins, rubbish dumped by people who did not live there, and burglars using them to reach back doors unseen.</p>
    </div>
    <figure class="sm-block sm-map sm-map--inline">
      <div class="sm-map__canvas" role="img" aria-label="Map of Luton and Chatham showing reports of anti-social behaviour, burglary and fly-tipping clustered along the alleys between Luton Road and Chatham Hill"></div>
      <div class="sm-map__legend">
        <p class="sm-map__legend-title">Legend</p>
        <ul>
          <li><span class="sw sw--red"></span>Anti-social behaviour report</li>
          <li><span class="sw sw--blue"></span>Burglary (entry from the rear)</li>
          <li><span class="sw sw--amber"></span>Fly-tipping report</li>
          <li><span class="sw sw--line"></span>Alley</li>
        </ul>
      </div>
      <figcaption>Reports in the alleys, April 2022 to March 2023. Each dot is one report, placed at the nearest point on the alley. Sources: Kent Police; Medway Council.</figcaption>
    </figure>

    <h2 class="sm-heading" id="n-alleys">Alley by alley</h2>
    <div class="sm-immersive sm-immersive--sidecar" data-slides="4">
      <div class="sm-slide" aria-label="Slide 1 of 4">
        <div class="sm-slide__panel">
          <p>Kent Police's Chatham neighbourhood task team and Medway Council's environmental enforcement team worked through the backs alley by alley from June 2023. For each alley they walked it together with residents, agreed what it needed, and wrote it on one plan.</p>
        </div>
        <div class="sm-slide__media"><img src="/resources/7f3c2a/walkabout.jpg" alt="Officers and council staff walking an alley with residents"></div>
      </div>
      <div class="sm-slide" aria-label="Slide 2 of 4">
        <div class="sm-slide__panel">
          <h3>Gates</h3>
          <p>Where most residents agreed, the council put lockable gates at both ends of the alley and gave every household a key. Fourteen alleys were gated. The task team used its powers to deal with the handful of people who kept breaking the locks.</p>
        </div>
        <div class="sm-slide__media"><div class="sm-map__canvas" role="img" aria-label="Map showing the fourteen gated alleys in green"></div></div>
      </div>
      <div class="sm-slide" aria-label="Slide 3 of 4">
        <div class="sm-slide__panel">
          <h3>Lights and clean-ups</h3>
          <p>The council fitted wall lights in alleys that could not be gated, and its enforcement officers cleared 86 tonnes of dumped waste. Officers and enforcement staff searched the rubbish together for evidence of who had left it, and fined the people they traced.</p>
        </div>
        <div class="sm-slide__media"><img src="/resources/7f3c2a/clean-up.jpg" alt="A council truck collecting dumped furniture from an alley"></div>
      </div>
      <div class="sm-slide" aria-label="Slide 4 of 4">
        <div class="sm-slide__panel">
          <h3>What changed</h3>
          <ul>
            <li>Anti-social behaviour reports in the 14 gated alleys fell by 58% between 2022/23 and 2024/25.</li>
            <li>Burglaries with entry from the rear in the area fell from 19 to 6.</li>
            <li>Fly-tipping reports in the backs fell by 44%.</li>
          </ul>
          <blockquote><p>&ldquo;I can put the bins out at night again without my husband coming with me.&rdquo;</p><cite>Resident, Luton Road</cite></blockquote>
        </div>
        <div class="sm-slide__media"><div class="sm-map__canvas" role="img" aria-label="Map comparing reports before and after, with far fewer dots along the gated alleys"></div></div>
      </div>
    </div>

    <h2 class="sm-heading" id="n-summer">Summer Nights</h2>
    <div class="sm-block sm-text">
      <p>In the summer of 2024 Medway Council's youth service and the local charity Chatham Youth Arc opened Luton Recreation Ground to young people every Friday evening from 6pm to 9pm for eight weeks, with football, music, a food van and youth workers to talk to. The sessions were planned after young people told youth workers that there was nothing to do once the school holidays started.</p>
    </div>
    <div class="sm-block sm-callout">
      <p class="sm-callout__figure">1,120</p>
      <p class="sm-callout__label">attendances over the eight Fridays, by 236 different young people</p>
    </div>
    <div class="sm-block sm-text">
      <p>Calls to the council about young people causing nuisance in Luton on Friday evenings fell by a third compared with the summer before, and 19 young people signed up to the charity's weekly youth club when the sessions ended.</p>
    </div>
    <figure class="sm-block sm-image">
      <img src="/resources/7f3c2a/summer-nights.jpg" alt="Young people playing football at dusk on Luton Recreation Ground">
      <figcaption>Summer Nights, August 2024. Photo: Chatham Youth Arc</figcaption>
    </figure>

    <h2 class="sm-heading" id="n-next">What's next</h2>
    <div class="sm-block sm-text">
      <p>Residents in the Gillingham North backs have asked for the same approach. A survey of households will run over the winter, and if residents agree, the first gates could go in during 2026.</p>
    </div>

    <div class="sm-block sm-details">
      <details>
        <summary>About the data</summary>
        <p>Figures are police recorded crime and anti-social behaviour incidents, and council fly-tipping and nuisance reports, for the alleys and the streets next to them. Years run from April to March. Small numbers can change a lot from year to year.</p>
      </details>
    </div>

    <section class="sm-credits">
      <h2>Credits</h2>
      <ul>
        <li><strong>Story:</strong> Medway Community Safety Partnership</li>
        <li><strong>Photos:</strong> Medway Council; Chatham Youth Arc</li>
        <li><strong>Basemap:</strong> Esri, HERE, Garmin, &copy; OpenStreetMap contributors</li>
        <li><strong>Contains</strong> OS data &copy; Crown copyright and database right 2025</li>
      </ul>
    </section>
  </main>

  <footer class="sm-footer">
    <p>Made with ArcGIS StoryMaps</p>
    <p><a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a> <a href="/report">Report abuse</a></p>
  </footer>
</div>
</body>
</html>
"""


# ------------------ 8. A commissioner's live question and answer session, written up (HTML)

PCC_QA_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Live Q&amp;A with the Commissioner: your questions answered | Dyfed-Powys Police and Crime Commissioner</title>
<link rel="alternate" hreflang="cy" href="https://www.dyfedpowys-pcc.example.org.uk/cy/newyddion/holi-ac-ateb-byw-hydref-2025/">
<link rel="stylesheet" href="/wp-content/themes/opcc/style.css?ver=2.8.4">
</head>
<body class="post-template-default single single-post">
<div id="cookie-notice" role="dialog" aria-label="Cookies">
  <p>We use essential cookies to make this website work, and optional analytics cookies to help us improve it. <a href="/cookies/">Cookie policy</a></p>
  <button type="button">Accept all</button> <button type="button">Essential only</button>
</div>
<a class="skip-link" href="#content">Skip to content</a>
<div class="top-bar">
  <p>In an emergency always call 999. For non-emergencies call 101.</p>
  <p class="lang"><a href="/cy/newyddion/holi-ac-ateb-byw-hydref-2025/" lang="cy">Cymraeg</a></p>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/wp-content/themes/opcc/img/logo-bilingual.svg" alt="Comisiynydd Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Commissioner"></a>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/about/">About the Commissioner</a></li>
      <li><a href="/police-and-crime-plan/">Police and Crime Plan</a></li>
      <li><a href="/holding-to-account/">Holding the Chief Constable to account</a></li>
      <li><a href="/victims/">Help for victims</a></li>
      <li><a href="/funding/">Funding</a></li>
      <li class="current"><a href="/news/">News</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/category/live-qa/">Live Q&amp;A</a> &gt; <span>Live Q&amp;A: October 2025</span></div>

<main id="content">
<article class="post">
  <p class="post-label">Live Q&amp;A</p>
  <h1>Live Q&amp;A with the Commissioner: your questions answered</h1>
  <p class="post-meta">Posted on 9 October 2025 in <a href="/news/category/live-qa/">Live Q&amp;A</a></p>

  <div class="post-intro">
    <p>On the evening of Tuesday 7 October 2025 the Commissioner answered questions from the public live on Facebook, with Assistant Chief Constable Sioned Rees of Dyfed-Powys Police joining her for questions about operational policing. More than 90 questions were sent in before and during the session. Below are the questions we had time to answer on the night, with the answers lightly edited for length.</p>
    <p>Questions that we did not reach will be answered by email within 20 working days. If you asked about a particular crime, please report it to the police rather than through the Commissioner's office.</p>
  </div>

  <div class="qa-list">

    <section class="qa" id="q1">
      <p class="qa-time">19:02</p>
      <h2 class="qa-question">Why has the police part of my council tax gone up again?</h2>
      <p class="qa-asker">Question from Gareth, Llandovery</p>
      <div class="qa-answer">
        <p><strong>Commissioner:</strong> It's a fair question and I don't take the decision lightly. For 2025/26 the policing part of a Band D council tax bill went up by &pound;14 a year, to &pound;335.86. About a third of the force's budget comes from council tax, and without the increase we would have had to cut the number of officers. I publish exactly what the money is spent on in my annual report, and the Police and Crime Panel scrutinised the proposal in public in January.</p>
      </div>
    </section>

    <section class="qa" id="q2">
      <p class="qa-time">19:07</p>
      <h2 class="qa-question">People are dealing drugs openly from flats near the town centre in Llanelli. What is being done?</h2>
      <p class="qa-asker">Question from a resident of Llanelli who asked not to be named</p>
      <div class="qa-answer">
        <p><strong>ACC Sioned Rees:</strong> Thank you for raising it, and I want to reassure you that we know about the flats you mean. Since January our Llanelli neighbourhood policing team has worked with Carmarthenshire County Council's housing and anti-social behaviour teams on every block in the town centre where residents have told us about dealing. Officers gather the evidence and execute the warrants; the council's housing officers visit tenants who we think have been cuckooed, where a dealer takes over a vulnerable person's home, and move them somewhere safe; and together we apply to the magistrates for closure orders, so that a flat can't simply be taken over again the following week.</p>
        <p>Six flats have been closed so far this year and 23 people have been arrested for supply offences, with 14 charged. Reports of drug dealing in the town centre are down by 35% compared with the same months last year. Please keep telling us: a lot of what we did started with information from residents.</p>
      </div>
    </section>

    <section class="qa" id="q3">
      <p class="qa-time">19:15</p>
      <h2 class="qa-question">I waited 40 minutes on 101 last month. Is anything being done about waiting times?</h2>
      <p class="qa-asker">Question from Jan, Newtown</p>
      <div class="qa-answer">
        <p><strong>Commissioner:</strong> I'm sorry you had that experience. The average wait to answer a 101 call in September was just over six minutes, but that average hides some long waits at busy times, and I know how frustrating that is. I have asked the Chief Constable to report to my Policing Accountability Board in November on the plans to bring in call-backs and more online reporting. You can also report many things online at any time through the force's website.</p>
      </div>
    </section>

    <section class="qa" id="q4">
      <p class="qa-time">19:21</p>
      <h2 class="qa-question">My father lost &pound;8,000 to a man on the phone pretending to be from his bank, who sent a courier to collect his cards. How do you stop this happening to other older people?</h2>
      <p class="qa-asker">Question from Carys, Brecon</p>
      <div class="qa-answer">
        <p><strong>ACC Sioned Rees:</strong> I'm very sorry to hear about your father. Courier fraud is cruel and it targets people who have done nothing wrong.</p>
        <p>In Powys, our Economic Crime Team now visits every victim of courier fraud within 48 hours, together with an officer from Powys County Council's trading standards team. They talk through what happened, fit a call blocker to the victim's phone if they want one, and with their agreement sign up a relative or neighbour to the council's Friends Against Scams network so someone is looking out for them. The team has also trained staff in every bank and building society branch in the county to spot customers who are withdrawing large sums under pressure and to call us under the Banking Protocol.</p>
        <p>Since April the team and trading standards have visited 94 victims, and none of them has lost money to fraudsters again. Bank staff have called us 31 times and stopped payments of around &pound;212,000.</p>
      </div>
    </section>

    <section class="qa" id="q5">
      <p class="qa-time">19:30</p>
      <h2 class="qa-question">Will the front counter at Newtown police station open again?</h2>
      <p class="qa-asker">Question from Dilys, Newtown</p>
      <div class="qa-answer">
        <p><strong>Commissioner:</strong> There are no plans to reopen it full-time. Very few people used it in the last year it was open, and the officers are better used out on the streets. You can still meet an officer at the station by appointment, and the neighbourhood team holds a surgery in the town library every second Saturday.</p>
      </div>
    </section>

    <section class="qa" id="q6">
      <p class="qa-time">19:36</p>
      <h2 class="qa-question">How many new officers will Ceredigion get?</h2>
      <p class="qa-asker">Question from Owain, Aberaeron</p>
      <div class="qa-answer">
        <p><strong>Commissioner:</strong> The Chief Constable has told me that 18 more neighbourhood officers will be posted in Ceredigion by March 2026, paid for partly by the Home Office's neighbourhood policing grant. I will be holding him to that.</p>
      </div>
    </section>

    <section class="qa" id="q7" lang="cy">
      <p class="qa-time">19:41</p>
      <h2 class="qa-question">Ydw i'n gallu siarad &acirc; swyddog yn Gymraeg pan fydda i'n ffonio 101?</h2>
      <p class="qa-asker">Cwestiwn gan Elin, Aberystwyth</p>
      <div class="qa-answer">
        <p><strong>Y Comisiynydd:</strong> Ydych. Gallwch ddewis y Gymraeg ar ddechrau'r alwad, ac fe gewch chi siarad &acirc; rhywun sy'n siarad Cymraeg. Os oes rhaid i chi aros yn hirach am hynny, rhowch wybod i fy swyddfa.</p>
      </div>
    </section>

  </div>

  <div class="post-outro">
    <p>Thank you to everyone who took part. The next live Q&amp;A will be on Tuesday 2 December 2025 at 7pm, and will focus on violence against women and girls. You can send questions in advance to <a href="mailto:opcc@dyfedpowys-pcc.example.org.uk">opcc@dyfedpowys-pcc.example.org.uk</a>.</p>
  </div>

  <div class="share">
    <p>Share this page:</p>
    <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a>
  </div>
</article>

<aside class="sidebar">
  <section>
    <h2>Contact the Commissioner</h2>
    <p>Write to us, email or call 01632 960812. Our office is open Monday to Friday, 9am to 5pm.</p>
  </section>
  <section>
    <h2>More Live Q&amp;A</h2>
    <ul>
      <li><a href="/news/live-qa-july-2025/">Live Q&amp;A: July 2025 (roads and speeding)</a></li>
      <li><a href="/news/live-qa-april-2025/">Live Q&amp;A: April 2025 (the budget)</a></li>
    </ul>
  </section>
</aside>
</main>

<footer class="site-footer">
  <p>Dyfed-Powys Police and Crime Commissioner, PO Box 99, Llangunnor, Carmarthen SA31 2PF</p>
  <p><a href="/accessibility/">Accessibility</a> <a href="/privacy/">Privacy notice</a> <a href="/welsh-language-scheme/">Welsh Language Standards</a> <a href="/foi/">Freedom of Information</a></p>
  <p>&copy; Dyfed-Powys Police and Crime Commissioner 2025</p>
</footer>
</body>
</html>
"""


# ------------------ 9. A parliamentary library's debate pack (HTML)

DEBATE_PACK_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nuisance off-road motorbikes - House of Commons Library</title>
<meta name="citation_title" content="Nuisance off-road motorbikes">
<meta name="citation_publisher" content="House of Commons Library">
<meta name="citation_technical_report_number" content="CDP 2025/0187">
<meta name="citation_publication_date" content="2025/11/10">
<link rel="stylesheet" href="/wp-content/themes/commonslibrary/dist/main.css?ver=5.2.0">
</head>
<body class="research-briefing">
<div class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use necessary cookies to make our site work. We'd also like to set analytics cookies that help us make improvements by measuring how you use the site.</p>
  <button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies/">Cookie settings</a>
</div>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="brand" href="/">House of Commons Library</a>
  <nav aria-label="Main menu">
    <ul>
      <li><a href="/research-briefings/">Research</a></li>
      <li><a href="/topics/">Topics</a></li>
      <li><a href="/insights/">Insights</a></li>
      <li><a href="/data-tools/">Data</a></li>
      <li><a href="/about-us/">About us</a></li>
    </ul>
  </nav>
  <form class="search" role="search"><label for="s">Search</label><input id="s" type="search"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/research-briefings/">Research Briefings</a> / <span>Nuisance off-road motorbikes</span></nav>

<main id="main">
<div class="briefing-header">
  <p class="briefing-type">Debate Pack</p>
  <h1>Nuisance off-road motorbikes</h1>
  <p class="briefing-summary-line">A Westminster Hall debate on nuisance off-road motorbikes is scheduled for Wednesday 12 November 2025, at 2.30pm. The debate will be led by Sarah Whitcombe MP.</p>
  <dl class="briefing-meta">
    <dt>Published</dt><dd>Monday, 10 November, 2025</dd>
    <dt>Authors</dt><dd>Jennifer Marsh, Daniel Okoro</dd>
    <dt>Number</dt><dd>CDP 2025/0187</dd>
    <dt>Topics</dt><dd><a href="/type/crime/">Crime</a>, <a href="/type/police/">Police</a>, <a href="/type/road-traffic/">Road traffic</a></dd>
  </dl>
  <p class="download"><a href="/documents/CDP-2025-0187/CDP-2025-0187.pdf">Download full report</a> (PDF, 412KB)</p>
  <p class="share-links">Share this research: <a href="#">Email</a> <a href="#">LinkedIn</a> <a href="#">X</a></p>
</div>

<nav class="toc" aria-label="Contents">
  <h2>Contents</h2>
  <ol>
    <li><a href="#s1">Background</a></li>
    <li><a href="#s2">Government action</a></li>
    <li><a href="#s3">Examples of police and local action</a></li>
    <li><a href="#s4">Press articles</a></li>
    <li><a href="#s5">Parliamentary material</a></li>
    <li><a href="#s6">Further reading</a></li>
  </ol>
</nav>

<article class="briefing-body">
<section id="s1">
  <h2>1. Background</h2>
  <p>Off-road motorbikes and quad bikes ridden on roads, pavements, parks and footpaths are a long-standing source of complaints to MPs, councils and police forces. Many of the bikes are stolen, uninsured or not road legal, and riders often cover their faces, which makes them difficult to identify.</p>
  <p>Police powers to deal with them include:</p>
  <ul>
    <li>section 59 of the Police Reform Act 2002, which allows a constable to seize a vehicle used in a careless and inconsiderate manner, or in a way that causes alarm, distress or annoyance, usually after a warning;</li>
    <li>section 34 of the Road Traffic Act 1988, which makes it an offence to drive a mechanically propelled vehicle on common land, moorland or footpaths without lawful authority;</li>
    <li>public spaces protection orders made by councils under the Anti-social Behaviour, Crime and Policing Act 2014.</li>
  </ul>
  <p>The Home Office does not publish national figures for incidents involving off-road bikes. Police-recorded anti-social behaviour is published by force area, but it does not identify the type of vehicle involved.</p>
</section>

<section id="s2">
  <h2>2. Government action</h2>
  <p>The Government's Crime and Policing Bill, introduced in February 2025, would remove the requirement for police to give a warning before seizing a vehicle under section 59 in some circumstances, and would allow seized vehicles to be destroyed after a shorter period. At the time of writing the Bill is being considered by the House of Lords.</p>
  <p>The Home Office has also said that it will consult on guidance for forces on the pursuit of off-road bikes, and on the use of drones and tracking technology.</p>
</section>

<section id="s3">
  <h2>3. Examples of police and local action</h2>
  <p>The extracts below are taken from press releases issued by police forces and councils. They are included to illustrate the approaches being taken locally. The Library has not checked the figures in them.</p>

  <h3>Salford</h3>
  <blockquote class="press-extract">
    <p>Greater Manchester Police's Salford off-road bike team has worked with Salford City Council since April to keep bikes off the Salford Looplines and the district's parks. The council has fitted A-frame barriers at 22 entrances to the paths and cleared overgrown routes that riders used to escape, while the team has used a drone and an unmarked van to track riders to where the bikes are kept. Residents have been asked to report where bikes are stored through a dedicated online form.</p>
    <p>Since April the team has seized 64 bikes, 41 of which had been reported stolen, and reports of off-road bikes in Salford have fallen by 41% compared with the same period last year.</p>
  </blockquote>
  <p class="source">Greater Manchester Police, <a href="#">Off-road bike team seize 64 bikes in Salford</a>, 3 September 2025</p>

  <h3>Leeds</h3>
  <blockquote class="press-extract">
    <p>Young people caught riding off-road bikes illegally in east Leeds are being offered a place on the Ride It Right course instead of only having their bikes seized. The course was set up by West Yorkshire Police's East Leeds neighbourhood policing team and Leeds City Council's Youth Service with Garforth Motocross Club, which runs the practical sessions at its track. Riders aged 13 to 17 spend four Saturdays learning bike maintenance and safe riding on the track, and hear from a roads policing officer and from a family affected by a collision.</p>
    <p>Of the 38 young people who have completed the course since it started in 2024, only three have been caught riding illegally again. Eleven have since joined the club.</p>
  </blockquote>
  <p class="source">Leeds City Council, <a href="#">Course steers young riders off the streets</a>, 16 July 2025</p>

  <h3>Other recent announcements</h3>
  <ul class="news-links">
    <li><a href="#">Police launch summer crackdown on nuisance bikes</a> (Durham Constabulary, 2 June 2025)</li>
    <li><a href="#">Residents urged to report off-road bikes</a> (Nottinghamshire Police, 21 May 2025)</li>
    <li><a href="#">New drone to help tackle off-road bikes</a> (South Yorkshire Police, 28 March 2025)</li>
  </ul>
</section>

<section id="s4">
  <h2>4. Press articles</h2>
  <p>The following is a selection of press and media articles relevant to this debate. Please note: the Library is not responsible for either the views or accuracy of external content.</p>
  <ul>
    <li><em>Riders of the lost paths: the fight to take back our parks</em>, Yorkshire Evening Courier, 27 October 2025</li>
    <li><em>Why the police can't just stop the bikes</em>, The Northern Chronicle, 19 September 2025</li>
    <li><em>Mother's plea after son's crash on stolen bike</em>, Salford Reporter, 8 August 2025</li>
  </ul>
</section>

<section id="s5">
  <h2>5. Parliamentary material</h2>
  <h3>Written questions</h3>
  <div class="pq">
    <p class="pq-title"><strong>Off-road Vehicles: Anti-social Behaviour</strong></p>
    <p class="pq-meta">Asked 14 October 2025 | UIN 80412</p>
    <p>To ask the Secretary of State for the Home Department, what steps her Department is taking to help police forces tackle the nuisance use of off-road motorbikes.</p>
    <p class="pq-answer"><strong>Answered by the Minister for Policing and Crime</strong> | 21 October 2025</p>
    <p>The Crime and Policing Bill will give police stronger powers to seize vehicles used anti-socially without first giving a warning. Decisions on the deployment of resources are a matter for chief constables, who are best placed to understand local needs.</p>
  </div>
  <div class="pq">
    <p class="pq-title"><strong>Motorcycles: Theft</strong></p>
    <p class="pq-meta">Asked 2 September 2025 | UIN 71958</p>
    <p>To ask the Secretary of State for the Home Department, how many motorcycles were reported stolen in England and Wales in each of the last five years.</p>
    <p class="pq-answer"><strong>Answered by the Minister for Policing and Crime</strong> | 9 September 2025</p>
    <p>The Home Office collects data on offences of theft of or unauthorised taking of a motor vehicle, but does not separately identify motorcycles.</p>
  </div>
  <h3>Debates</h3>
  <p><a href="#">Anti-social Behaviour: Off-road Bikes</a>, HC Deb 6 March 2024, volume 746, columns 312WH to 336WH</p>
</section>

<section id="s6">
  <h2>6. Further reading</h2>
  <ul>
    <li>Home Office, <a href="#">Anti-social behaviour action plan</a>, March 2023</li>
    <li>National Police Chiefs' Council, <a href="#">Guidance on the pursuit of off-road motorcycles</a>, 2024</li>
    <li>House of Commons Library, <a href="#">Police powers: vehicle seizure</a>, CBP-10121, 2025</li>
  </ul>
</section>
</article>

<div class="disclaimer">
  <h2>Disclaimer</h2>
  <p>The Commons Library does not intend the information in our research publications and briefings to address the specific circumstances of any particular individual. We have published it to support the work of MPs. You should not rely upon it as legal or professional advice, or as a substitute for it. We do not accept any liability whatsoever for any errors, omissions or misstatements contained herein.</p>
  <p>Our briefings are licensed under the Open Parliament Licence.</p>
</div>
</main>

<footer class="site-footer">
  <p><a href="/contact/">Contact us</a> <a href="/accessibility/">Accessibility statement</a> <a href="/privacy/">Privacy notice</a></p>
  <p>&copy; UK Parliament 2025</p>
</footer>
</body>
</html>
"""


# ------------------ 10. A force analyst's notebook exported to Markdown

NOTEBOOK_MD = """<!-- Exported from gloucester_hotspots_eval.ipynb with nbconvert 7.16.4 on 2025-03-18 -->

# Gloucester city centre hotspot patrols: outcome evaluation, summer 2024

**OFFICIAL.** Strategic Analysis Unit, Gloucestershire Constabulary. Analyst: K. Brennan. Reviewed by: Dr S. Lowe (Evidence-Based Policing lead). Status: final, for the Gloucester Local Policing Board.

This notebook reproduces the figures in the evaluation summary. It reads the extracts in `data/` (not included in this export: they contain crime records). Run the cells in order.

## 1. Set-up

```python
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

RANDOM_SEED = 2024
N_BOOT = 5000
STUDY_START, STUDY_END = "2024-05-01", "2024-10-31"
BASELINE_START, BASELINE_END = "2023-05-01", "2023-10-31"
rng = np.random.default_rng(RANDOM_SEED)
```

## 2. What was done

Between 1 May and 31 October 2024, Gloucestershire Constabulary's Gloucester City neighbourhood policing team put short, visible foot patrols into 20 hotspot streets and squares in the city centre, chosen because they had the most anti-social behaviour and violence in the two previous years. Each hotspot was visited for about 15 minutes at a time, at random, three times per evening between 6pm and 2am on Thursdays to Saturdays, following the Koper curve. Gloucester City Council's city protection officers and CCTV control room took part: the control room watched each hotspot during and after patrol visits and called officers back if trouble started, and the council's officers joined patrols in the Eastgate and Kings Quarter areas. Patrol visits were logged on officers' phones so that dosage could be checked.

Twenty comparison streets with similar levels of crime elsewhere in the city did not get the extra patrols.

```python
hot = pd.read_csv("data/hotspots_2023_2024.csv", parse_dates=["date"])
ctl = pd.read_csv("data/controls_2023_2024.csv", parse_dates=["date"])
visits = pd.read_csv("data/patrol_visits_2024.csv", parse_dates=["start", "end"])
print(len(hot), len(ctl), len(visits))
```

```
1874 1702 3118
```

## 3. Dosage

```python
visits["minutes"] = (visits["end"] - visits["start"]).dt.total_seconds() / 60
visits.groupby("hotspot_id")["minutes"].agg(["count", "median"]).describe().round(1)
```

|       | count | median |
|-------|------:|-------:|
| count |  20.0 |   20.0 |
| mean  | 155.9 |   14.0 |
| min   | 121.0 |   11.0 |
| max   | 188.0 |   17.0 |

Patrols were delivered as planned: 3,118 visits logged across the 20 hotspots, a median of about 14 minutes per visit.

## 4. Outcomes

```python
def period_counts(df, start, end):
    mask = (df["date"] >= start) & (df["date"] <= end)
    return df.loc[mask].groupby("category").size()

out = pd.DataFrame({
    "hot_before": period_counts(hot, BASELINE_START, BASELINE_END),
    "hot_after": period_counts(hot, STUDY_START, STUDY_END),
    "ctl_before": period_counts(ctl, BASELINE_START, BASELINE_END),
    "ctl_after": period_counts(ctl, STUDY_START, STUDY_END),
})
out["hot_change_%"] = (100 * (out.hot_after / out.hot_before - 1)).round(0)
out["ctl_change_%"] = (100 * (out.ctl_after / out.ctl_before - 1)).round(0)
out
```

| category              | hot_before | hot_after | ctl_before | ctl_after | hot_change_% | ctl_change_% |
|-----------------------|-----------:|----------:|-----------:|----------:|-------------:|-------------:|
| anti-social behaviour |        612 |       484 |        540 |       518 |          -21 |           -4 |
| violence with injury  |        171 |       139 |        152 |       149 |          -19 |           -2 |
| public order          |         96 |        88 |         88 |        95 |           -8 |            8 |

```python
# relative change in hotspots against controls, with a bootstrap interval
def rel_effect(h0, h1, c0, c1):
    return (h1 / h0) / (c1 / c0) - 1

boot = [rel_effect(*rng.poisson([612, 484, 540, 518])) for _ in range(N_BOOT)]
print(round(100 * rel_effect(612, 484, 540, 518), 1), np.percentile(boot, [2.5, 97.5]).round(3))
```

```
-17.6 [-0.275 -0.064]
```

## 5. Findings

- Anti-social behaviour in the 20 hotspots fell by 21% against the same months of 2023, compared with 4% in the comparison streets: a relative reduction of about 18% (95% interval 6% to 28%).
- Violence with injury in the hotspots fell by 19%, against 2% in the comparison streets.
- There was no sign of displacement: anti-social behaviour in the streets within 100 metres of the hotspots fell slightly (-3%).
- Public order offences did not change in a way we can distinguish from chance.

## 6. Limitations

The hotspots were chosen because they had high counts, so some fall was likely anyway (regression to the mean); the comparison streets were chosen the same way, which should reduce but does not remove this. Patrols were not randomly assigned. Recording of anti-social behaviour changed in October 2024, which affects the last month. None of this is personal data; the counts are aggregated by street.

## 7. Session info

```python
import session_info; session_info.show()
```

```
numpy      1.26.4
pandas     2.2.2
matplotlib 3.9.1
Python 3.11.9
```
"""


# ------------------ 11. A partnership video's caption file (SubRip captions saved as plain text)

CAPTION_CUES = [
    "[Upbeat music]",
    "NARRATOR: Every summer, Newquay's population more than doubles.",
    "Tens of thousands of young people come for the beaches, the surf and the nights out.",
    "Keeping them safe takes more than one organisation.",
    "[On screen: SUMMER IN NEWQUAY]",
    "NARRATOR: From June to September, Devon and Cornwall Police's Newquay team",
    "ran a Safe Zone on Bank Street every Friday and Saturday night,",
    "with Cornwall Council's licensing officers and Newquay Street Pastors.",
    "[Sirens in the distance]",
    "SGT TAMSIN ROWE: The Safe Zone is a gazebo,",
    "a first aider and somewhere to sit.",
    "If someone's lost their mates, had too much or just feels unsafe, they come here.",
    "We'd rather look after them here than see them in A&E or in a cell.",
    "NARRATOR: Council licensing officers visited bars and clubs every weekend,",
    "checking door staff and making sure venues weren't serving people who were drunk.",
    "And the Street Pastors walked the town until four in the morning.",
    "PASTOR GRAHAM TREWIN: We hand out flip-flops,",
    "water, foil blankets. And we listen.",
    "NARRATOR: Over the summer, the Safe Zone looked after 430 people.",
    "Ambulance call-outs to the town centre on weekend nights fell by a quarter,",
    "and violent crime at night in the town centre was down 18% on last summer.",
    "[Waves breaking]",
    "NARRATOR: By day, the focus moves to the beach.",
    "Cornwall Council's youth service and the surf charity Tide Turners",
    "ran free surf courses at Fistral for teenagers referred by their schools:",
    "young people at risk of exclusion, or of being drawn into crime.",
    "JAKE, 15: I never used to get out of bed. Now I'm up at seven to get in the water.",
    "NARRATOR: 64 young people took part in the six-week courses this summer.",
    "Nine in ten finished, and 22 of them now volunteer with the charity.",
    "[Music]",
    "NARRATOR: Next year, Safer Cornwall plans",
    "to take the Safe Zone to Falmouth and St Ives.",
    "If you're worried about someone,",
    "or something doesn't feel right, tell someone.",
    "In an emergency, call 999. Otherwise call 101, or report online.",
    "Safer Cornwall is a partnership of",
    "Cornwall Council, Devon and Cornwall Police,",
    "the NHS, Cornwall Fire and Rescue Service, probation and the voluntary sector.",
    "[Music fades]",
]


def _srt_time(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def _captions_srt() -> str:
    """SubRip cues: a number, a time range and at most two lines of up to 42 characters, times from each cue's
    length (about 15 characters a second, at least 1.6 seconds, with a short gap)."""
    blocks = []
    start = 600
    for number, text in enumerate(CAPTION_CUES, 1):
        lines = textwrap.wrap(text, 42)
        if len(lines) > 2:
            raise ValueError(f"caption {number} is too long for two lines: {text!r}")
        length = max(1600, 66 * len(text))
        blocks.append(f"{number}\n{_srt_time(start)} --> {_srt_time(start + length)}\n" + "\n".join(lines) + "\n")
        start += length + 120
    return "\n".join(blocks)


TEXT_DOCUMENTS = {
    "medway-csp-brighter-backs-story-map.html": STORYMAP_HTML,
    "dyfed-powys-pcc-live-qa-october-2025.html": PCC_QA_HTML,
    "commons-library-debate-pack-nuisance-off-road-motorbikes.html": DEBATE_PACK_HTML,
    "gloucestershire-constabulary-gloucester-hotspot-patrols-evaluation-notebook.md": NOTEBOOK_MD,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))
    (out / "safer-cornwall-summer-in-newquay-video-captions-en.txt").write_bytes(_captions_srt().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    craven_courier_page(out)
    wiltshire_statement_of_accounts(out)
    common_ground_essay(out)
    nottinghamshire_specification(out)
    norfolk_promotion_application(out)
    hull_terms_of_reference(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
