"""Write the documents of the thirty-first held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout31/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a football club's matchday programme,
a textbook chapter, a security product manufacturer's data sheet, an officer's MG11 witness
statement, a council's motions on notice and a force's problem-solving plan. The HTML, Markdown and
plain-text documents are kept here as text and written out unchanged; manifest.json lists every
document's intended initiatives.

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
from reportlab.lib.pagesizes import A4, A5
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
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, textColor=color,
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
        data.append([Paragraph(value, style) if isinstance(value, str) else value for value in row])
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


# ================================================================== 1. A football club's matchday programme (PDF, A5)

MP_BLUE = colors.HexColor("#123C7A")
MP_SKY = colors.HexColor("#DCE8F7")
MP_GOLD = colors.HexColor("#E3B23C")


def _mp_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(MP_BLUE)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        canvas.setFillColor(MP_GOLD)
        canvas.rect(0, height - 14 * mm, width, 3, stroke=0, fill=1)
        canvas.rect(0, 40 * mm, width, 3, stroke=0, fill=1)
        # the crest, drawn as a shield outline with initials
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1.5)
        cx, cy = width / 2, height - 62 * mm
        path = canvas.beginPath()
        path.moveTo(cx - 22 * mm, cy + 18 * mm)
        path.lineTo(cx + 22 * mm, cy + 18 * mm)
        path.lineTo(cx + 22 * mm, cy - 2 * mm)
        path.curveTo(cx + 20 * mm, cy - 16 * mm, cx + 6 * mm, cy - 22 * mm, cx, cy - 25 * mm)
        path.curveTo(cx - 6 * mm, cy - 22 * mm, cx - 20 * mm, cy - 16 * mm, cx - 22 * mm, cy - 2 * mm)
        path.close()
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 26)
        canvas.drawCentredString(cx, cy - 2 * mm, "ABFC")
        canvas.setFont("Helvetica", 7)
        canvas.drawCentredString(cx, cy - 9 * mm, "EST. 1921")
    else:
        canvas.setFillColor(MP_BLUE)
        canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 7.5)
        canvas.drawString(12 * mm, height - 6 * mm, "THE BROOKS")
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(width - 12 * mm, height - 6 * mm, "Saturday 18 October 2025")
        canvas.setStrokeColor(MP_BLUE)
        canvas.setLineWidth(0.6)
        canvas.line(12 * mm, 12 * mm, width - 12 * mm, 12 * mm)
        canvas.setFillColor(MP_BLUE)
        canvas.setFont("Helvetica", 6.5)
        canvas.drawString(12 * mm, 8 * mm, "Alsager Brooklands FC \u00b7 Official Matchday Programme \u00b7 Issue 6 \u00b7 2025/26")
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawRightString(width - 12 * mm, 8 * mm, str(page))
    canvas.restoreState()


def _mp_advert(title, lines, width, fill=MP_SKY):
    head = _style("adh", "Helvetica-Bold", 10, color=MP_BLUE, align=1, after=1)
    body = _style("adb", "Helvetica", 7.5, align=1, after=0)
    return _panel([Paragraph(title, head)] + [Paragraph(line, body) for line in lines], width, fill=fill,
                  border=MP_BLUE, pad=6)


def matchday_programme(out: Path) -> None:
    width, height = A5
    margin = 12 * mm
    full_w = width - 2 * margin
    gap = 5 * mm
    col_w = (full_w - gap) / 2
    top = height - 13 * mm
    bottom = 15 * mm
    doc = BaseDocTemplate(str(out / "alsager-brooklands-fc-matchday-programme-issue-6-2025-26.pdf"), pagesize=A5,
                          leftMargin=margin, rightMargin=margin, topMargin=13 * mm, bottomMargin=bottom,
                          title="Alsager Brooklands FC v Congleton Vale Rovers \u2013 Matchday Programme",
                          author="Alsager Brooklands FC", subject="Official matchday programme, issue 6, 2025/26",
                          creator="Brookside Print", invariant=1)
    frame_h = top - bottom
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(margin, 18 * mm, full_w, height - 36 * mm, id="c")], onPage=_mp_page),
        PageTemplate("one", [Frame(margin, bottom, full_w, frame_h, id="o")], onPage=_mp_page),
        PageTemplate("two", [Frame(margin, bottom, col_w, frame_h, id="l"),
                             Frame(margin + col_w + gap, bottom, col_w, frame_h, id="r")], onPage=_mp_page),
    ])

    white_big = _style("cv1", "Helvetica-Bold", 22, color=colors.white, align=1, after=2)
    white_mid = _style("cv2", "Helvetica-Bold", 12, color=colors.white, align=1, after=3)
    white_small = _style("cv3", "Helvetica", 9, color=colors.white, align=1, after=2)
    gold = _style("cv4", "Helvetica-Bold", 10, color=MP_GOLD, align=1, after=2)
    h1 = _style("h1", "Helvetica-Bold", 15, color=MP_BLUE, after=4)
    h2 = _style("h2", "Helvetica-Bold", 10.5, color=MP_BLUE, before=4, after=3)
    byline = _style("by", "Helvetica-Oblique", 8, color=colors.HexColor("#555555"), after=5)
    body = _style("b", "Helvetica", 8.6, leading=11.2, after=5)
    small = _style("s", "Helvetica", 7.2, leading=9, after=2)
    cell = _style("cell", "Helvetica", 7.6, leading=9.4, after=0)
    cell_b = _style("cellb", "Helvetica-Bold", 7.6, leading=9.4, after=0, color=colors.white)
    quote = _style("q", "Helvetica-BoldOblique", 10, leading=13, color=MP_BLUE, after=3)
    quote_by = _style("qb", "Helvetica", 7.5, color=MP_BLUE, after=0)

    story = [Spacer(1, 74 * mm),
             Paragraph("OFFICIAL MATCHDAY PROGRAMME", gold),
             Paragraph("ALSAGER BROOKLANDS", white_big),
             Paragraph("v", white_mid),
             Paragraph("CONGLETON VALE ROVERS", white_big),
             Spacer(1, 4 * mm),
             Paragraph("Mid-Cheshire Football League \u00b7 Premier Division", white_small),
             Paragraph("Saturday 18 October 2025 \u00b7 Kick-off 3.00pm", white_small),
             Paragraph("The Brooklands, Hassall Road, Alsager", white_small),
             Spacer(1, 9 * mm),
             Paragraph("Issue 6 \u00b7 Season 2025/26 \u00b7 \u00a32.50", white_mid),
             Paragraph("Match sponsor: Hassall Road Motors", white_small),
             NextPageTemplate("one"), PageBreak()]

    # page 2: club directory
    directory = [
        ["President", "Derek Wainwright"], ["Chairman", "Keith Marland"],
        ["Secretary", "Joanne Pickering \u00b7 07700 900482"], ["Treasurer", "Alan Sproston"],
        ["Club Welfare Officer", "Sandra Beech \u00b7 07700 900517"], ["First Team Manager", "Lee Ashcroft"],
        ["Assistant Manager", "Gary Tomkinson"], ["Physio", "Nina Holroyd MCSP"],
        ["Groundsman", "Bill Latham"], ["Programme Editor", "Rob Eardley"],
        ["Brooklands Foundation", "Carly Dean, Community Manager"],
    ]
    prices = [["Admission", ""], ["Adults", "\u00a36"], ["Concessions (over 65s, students)", "\u00a34"],
              ["Under 16s with a paying adult", "Free"], ["Season ticket (adult)", "\u00a390"],
              ["Programme", "\u00a32.50"]]
    story += [Paragraph("CLUB DIRECTORY", h1),
              Paragraph("Alsager Brooklands Football Club \u00b7 Founded 1921 \u00b7 Nickname: The Brooks", byline),
              _grid([[Paragraph(f"<b>{a}</b>", cell), Paragraph(b, cell)] for a, b in directory],
                    [38 * mm, full_w - 38 * mm], cell, line=colors.HexColor("#B7C6DD"), inner=False),
              Spacer(1, 4 * mm),
              Paragraph("Ground: The Brooklands, Hassall Road, Alsager, Stoke-on-Trent ST7 2SJ. Clubhouse open "
                        "from 1pm on matchdays and Tuesday and Thursday evenings. Club colours: blue and white "
                        "hoops, blue shorts. Change: all gold.", small),
              Spacer(1, 3 * mm),
              _grid(prices, [full_w * 0.7, full_w * 0.3], cell, head_style=cell_b, head_fill=MP_BLUE,
                    line=colors.HexColor("#B7C6DD"), zebra=MP_SKY),
              Spacer(1, 4 * mm),
              Paragraph("CLUB HONOURS", h2),
              Paragraph("Mid-Cheshire League champions 1987\u201388, 2013\u201314 \u00b7 Mid-Cheshire League Cup "
                        "winners 1996\u201397, 2018\u201319 \u00b7 Cheshire Amateur Cup winners 2002 \u00b7 "
                        "Sandbach Charity Shield 1954, 1961, 2009", small),
              Spacer(1, 5 * mm),
              _mp_advert("HASSALL ROAD MOTORS", ["Servicing \u00b7 MOTs while you wait \u00b7 Tyres",
                                                 "Proud match sponsor of The Brooks",
                                                 "Hassall Road, Alsager \u00b7 01632 960274"], full_w),
              PageBreak()]

    # page 3: manager's notes and chairman's chat
    story += [Paragraph("FROM THE DUGOUT", h1),
              Paragraph("Lee Ashcroft, First Team Manager", byline),
              Paragraph("Good afternoon and welcome back to The Brooklands for what I expect to be a proper derby. "
                        "A warm welcome too to the manager, players, officials and supporters of Congleton Vale "
                        "Rovers, who have started the season well and will fancy their chances today.", body),
              Paragraph("Last Saturday at Middlewich was one that got away. We were the better side for an hour and "
                        "Danny Shaw\u2019s header deserved to win it, but we switched off at a set piece in the 88th "
                        "minute and paid for it. The lads know that. We have worked all week on seeing games out and "
                        "I want to see that today.", body),
              Paragraph("On the injury front, Kieran Boote is back in training after his hamstring but won\u2019t "
                        "be rushed, and Josh Millington is suspended after his fifth booking. Welcome to Ellis "
                        "Hough, who joins us on a month\u2019s loan from Nantwich and goes straight into the squad.",
                        body),
              Paragraph("Thank you as always to the supporters who made the trip to Middlewich \u2013 you were "
                        "louder than the home end. Enjoy the game. Up the Brooks!", body),
              Spacer(1, 3 * mm),
              Paragraph("CHAIRMAN\u2019S CHAT", h1),
              Paragraph("Keith Marland", byline),
              Paragraph("The new floodlights are finally up and working, and I want to thank the Football "
                        "Foundation, whose grant of \u00a342,000 paid for most of them, and the volunteers who gave "
                        "up three weekends to dig the trenches. The old lights served us for 38 years; these should "
                        "see most of us out.", body),
              Paragraph("You will read on the next page about what the Brooklands Foundation has been doing off "
                        "the pitch. I am as proud of that as of anything our first team has won, and I would ask "
                        "anyone with a couple of hours to spare on a Friday evening to speak to Carly Dean in the "
                        "clubhouse.", body),
              Paragraph("Finally, a reminder that the 50/50 draw tickets are on sale at the turnstile and in the "
                        "clubhouse. Last home game\u2019s winner took home \u00a3186.", body),
              NextPageTemplate("two"), PageBreak()]

    # page 4: community feature in two columns
    story += [Paragraph("IN THE COMMUNITY", h1),
              Paragraph("News from the Brooklands Foundation, the club\u2019s charity", byline),
              Paragraph("Friday Night Footy: two years on", h2),
              Paragraph("Friday Night Footy started in January 2024, when the Brooklands Foundation and Cheshire "
                        "Constabulary\u2019s Alsager neighbourhood policing team agreed to open the 3G pitch free "
                        "to 11 to 16 year olds every Friday from 6pm to 8pm. Two of the Foundation\u2019s UEFA C "
                        "licence coaches run the sessions, and PCs and PCSOs from the team join in most weeks "
                        "\u2013 in kit, not uniform.", body),
              Paragraph("The idea came from the team\u2019s ward panel in late 2023, after residents raised groups "
                        "of young people gathering outside the shops on Crewe Road on Friday nights. Every young "
                        "person registers with a parent\u2019s consent, and anyone the coaches or officers are "
                        "worried about is offered a place on the Foundation\u2019s mentoring scheme.", body),
              Paragraph("Since the start 164 young people have registered, and the average Friday turnout this "
                        "season is 38. Cheshire Constabulary\u2019s figures show reports of anti-social behaviour "
                        "in Alsager town centre on Friday evenings fell from 57 in 2023 to 21 in 2024, and nine "
                        "of the regulars now play for our under-16 and under-18 sides. Kit was bought with "
                        "\u00a31,500 from Cheshire East Council\u2019s ward budget.", body),
              _panel([Paragraph("\u201cHalf of them know us by our first names now, and that\u2019s half the "
                                "job.\u201d", quote),
                      Paragraph("PCSO Hollie Barker, Alsager neighbourhood policing team", quote_by)],
                     col_w, fill=MP_SKY, bar=MP_GOLD, pad=6),
              Spacer(1, 3 * mm),
              Paragraph("Safe in the clubhouse", h2),
              Paragraph("Since May, the club and Sandstone Women\u2019s Aid have made the clubhouse a safe place "
                        "for anyone who feels unsafe, whether on a night out or at home. Sandstone\u2019s trainers "
                        "ran two evening sessions for all 19 of our bar staff and matchday volunteers on spotting "
                        "domestic abuse and what to do if someone asks for help.", body),
              Paragraph("Cards with Sandstone\u2019s helpline are now in every toilet, and anyone who asks at the "
                        "bar for \u201ca word with Sandy\u201d is taken to the quiet room behind the bar and "
                        "offered a call to Sandstone or a lift home. The club asked for the training after two "
                        "incidents in the clubhouse last winter.", body),
              Paragraph("Since May our bar staff have helped four people this way, and Sandstone has taken six "
                        "calls from people who found the card at the ground.", body),
              Paragraph("FOUNDATION DIARY", h2),
              Paragraph("\u2022 Half-term football camp, 27\u201331 October, 9am\u20133pm, \u00a312 a day<br/>"
                        "\u2022 Walking football, Tuesdays 10am, all welcome<br/>"
                        "\u2022 Christmas toy collection in the clubhouse from 1 December<br/>"
                        "\u2022 Volunteers wanted for Friday Night Footy: see Carly in the clubhouse", small),
              NextPageTemplate("one"), PageBreak()]

    # page 5: visitors
    story += [Paragraph("TODAY\u2019S VISITORS", h1),
              Paragraph("Congleton Vale Rovers", byline),
              Paragraph("Rovers were formed in 1972 as the works side of the old Vale Mills and moved to their "
                        "Back Lane ground in 1989. They won the Mid-Cheshire League in 2021\u201322 and reached the "
                        "semi-final of the Cheshire Amateur Cup last season, losing on penalties to Knutsford.",
                        body),
              Paragraph("Manager Steve Brereton has kept the core of that side together and added pace up front "
                        "in Tyler Nixon, who already has seven goals this season. Captain Rhys Oakes is in his "
                        "eleventh season at the club.", body),
              Paragraph("Last meeting: Alsager Brooklands 2 Congleton Vale Rovers 2 (Mid-Cheshire League, "
                        "12 April 2025). Shaw 23, Boote 71; Nixon 40, Oakes 90+3.", body),
              Paragraph("Rovers\u2019 last six league games: W W D L W W", body),
              Spacer(1, 6 * mm),
              _mp_advert("THE LAMB, ALSAGER", ["Today\u2019s matchball sponsor",
                                              "Sky Sports \u00b7 TNT Sports \u00b7 Sunday carvery",
                                              "Show today\u2019s programme for 10% off food"], full_w),
              Spacer(1, 5 * mm),
              _mp_advert("BROOKS LOTTO", ["Jackpot this week: \u00a31,240",
                                         "\u00a31 a line from the clubhouse bar or online at brooks-lotto.example",
                                         "Every line helps fund our junior section"], full_w, fill=colors.white),
              PageBreak()]

    # page 6: line-ups
    home = ["1 Ryan Dooley (GK)", "2 Callum Pointon", "3 Sam Whitehurst", "4 Kieran Boote", "5 Matt Gidman (C)",
            "6 Jordan Salt", "7 Ellis Hough", "8 Danny Shaw", "9 Liam Beresford", "10 Aaron Pimblott",
            "11 Jake Tunnicliffe", "12 Harry Cope", "14 Ollie Dutton", "15 Nathan Birchall",
            "16 Ben Moss", "17 Kyle Ratcliffe", "18 Tom Ashworth (GK)"]
    away = ["1 Lewis Brindley (GK)", "2 Ethan Forster", "3 Jack Yarwood", "4 Rhys Oakes (C)", "5 Dom Kettle",
            "6 Ciaran Walsh", "7 Marcus Hulme", "8 Zak Pemberton", "9 Tyler Nixon", "10 Owen Sherratt",
            "11 Reece Bowyer", "12 Adam Lowndes", "14 Charlie Podmore", "15 Alfie Bunn", "16 Jay Massey",
            "17 Louis Wardle", "18 Kai Morrey (GK)"]
    lineup = [[Paragraph("<b>ALSAGER BROOKLANDS</b><br/>Blue and white hoops", cell),
               Paragraph("<b>CONGLETON VALE ROVERS</b><br/>Red and black", cell)]]
    for a, b in zip(home, away):
        lineup.append([Paragraph(a, cell), Paragraph(b, cell)])
    lineup.append([Paragraph("Manager: Lee Ashcroft", cell), Paragraph("Manager: Steve Brereton", cell)])
    story += [Paragraph("TODAY\u2019S TEAMS", h1),
              _grid(lineup, [full_w / 2, full_w / 2], cell, line=colors.HexColor("#B7C6DD"), zebra=MP_SKY),
              Spacer(1, 4 * mm),
              Paragraph("<b>Match officials</b> \u00b7 Referee: Martin Crewe \u00b7 Assistant referees: Paula "
                        "Dunning and Neil Hassall", small),
              Paragraph("Squads are given in good faith; the club cannot be held responsible for late changes.",
                        small),
              Spacer(1, 3 * mm),
              Paragraph("NEXT HOME MATCH", h2),
              Paragraph("Saturday 1 November 2025 \u00b7 Alsager Brooklands v Sandbach Old Boys \u00b7 Mid-Cheshire "
                        "League Premier Division \u00b7 Kick-off 3.00pm", body),
              PageBreak()]

    # page 7: league table and results
    table = [["Pos", "Team", "P", "W", "D", "L", "GD", "Pts"],
             ["1", "Congleton Vale Rovers", "10", "8", "1", "1", "+17", "25"],
             ["2", "Alsager Brooklands", "10", "7", "2", "1", "+14", "23"],
             ["3", "Knutsford Athletic", "9", "6", "2", "1", "+9", "20"],
             ["4", "Middlewich Wharf", "10", "5", "3", "2", "+6", "18"],
             ["5", "Sandbach Old Boys", "10", "5", "1", "4", "+2", "16"],
             ["6", "Holmes Chapel Rangers", "9", "4", "2", "3", "+1", "14"],
             ["7", "Wheelock Heath", "10", "3", "3", "4", "\u22123", "12"],
             ["8", "Elworth Institute", "10", "3", "2", "5", "\u22125", "11"],
             ["9", "Rode Heath Villa", "9", "2", "3", "4", "\u22126", "9"],
             ["10", "Winterley Sports", "10", "2", "1", "7", "\u221211", "7"],
             ["11", "Church Lawton", "10", "1", "2", "7", "\u221214", "5"],
             ["12", "Betchton United", "9", "0", "2", "7", "\u22128", "2"]]
    results = [["Date", "Opponent", "H/A", "Comp", "Result"],
               ["9 Aug", "Winterley Sports", "H", "L", "W 3\u20130"],
               ["16 Aug", "Rode Heath Villa", "A", "L", "W 2\u20131"],
               ["23 Aug", "Church Lawton", "H", "L", "W 4\u20131"],
               ["30 Aug", "Knutsford Athletic", "A", "L", "L 0\u20132"],
               ["6 Sep", "Elworth Institute", "H", "L", "W 2\u20130"],
               ["13 Sep", "Betchton United", "A", "L", "W 5\u20130"],
               ["20 Sep", "Wheelock Heath", "A", "L", "W 1\u20130"],
               ["27 Sep", "Holmes Chapel Rangers", "H", "L", "D 1\u20131"],
               ["4 Oct", "Sandbach Old Boys", "A", "L", "W 3\u20132"],
               ["11 Oct", "Middlewich Wharf", "A", "L", "D 1\u20131"],
               ["18 Oct", "Congleton Vale Rovers", "H", "L", ""],
               ["25 Oct", "Knutsford Athletic", "A", "CC", ""]]
    story += [Paragraph("LEAGUE TABLE", h1),
              Paragraph("Mid-Cheshire Football League Premier Division, up to and including 11 October 2025",
                        byline),
              _grid(table, [10 * mm, full_w - 10 * mm - 6 * 11 * mm] + [11 * mm] * 6, cell, head_style=cell_b,
                    head_fill=MP_BLUE, line=colors.HexColor("#B7C6DD"), zebra=MP_SKY, pad=2),
              Spacer(1, 4 * mm),
              Paragraph("RESULTS AND FIXTURES", h2),
              _grid(results, [16 * mm, full_w - 16 * mm - 12 * mm - 14 * mm - 18 * mm, 12 * mm, 14 * mm, 18 * mm],
                    cell, head_style=cell_b, head_fill=MP_BLUE, line=colors.HexColor("#B7C6DD"), zebra=MP_SKY,
                    pad=2),
              Paragraph("L = Mid-Cheshire League \u00b7 CC = Mid-Cheshire League Challenge Cup", small),
              PageBreak()]

    # page 8: back cover
    regulations = [
        "Admission to the ground is at the discretion of the club and entry is conditional on these regulations.",
        "Supporters must not enter the field of play at any time.",
        "Throwing of any object, foul or abusive language and racist, homophobic or discriminatory chanting are "
        "not allowed, and anyone doing so will be asked to leave.",
        "Alcohol may only be drunk in the clubhouse and must not be taken to the pitch side.",
        "Smoking and vaping are not allowed in the covered stand or the clubhouse.",
        "Dogs, other than assistance dogs, are not allowed in the ground.",
        "The club accepts no responsibility for loss of or damage to vehicles or property.",
    ]
    story += [Paragraph("GROUND REGULATIONS", h1)]
    story += [Paragraph(f"{n}. {text}", small) for n, text in enumerate(regulations, 1)]
    story += [Spacer(1, 5 * mm),
              Paragraph("CLUB SPONSORS", h2),
              Paragraph("Hassall Road Motors \u00b7 The Lamb, Alsager \u00b7 Lawton Plant Hire \u00b7 Dean &amp; "
                        "Sons Funeral Directors \u00b7 Radway Green Dental \u00b7 Kidsgrove Scaffolding \u00b7 "
                        "Brookside Print \u00b7 Pointon Electrical", small),
              Spacer(1, 5 * mm),
              _mp_advert("WANT TO ADVERTISE HERE?", ["A full page for the season from \u00a3150",
                                                    "Contact Rob Eardley, programme editor",
                                                    "programme@alsagerbrooklands.example"], full_w),
              Spacer(1, 8 * mm),
              Paragraph("Alsager Brooklands FC is a community amateur sports club registered with HM Revenue and "
                        "Customs. Affiliated to the Cheshire Football Association. A Charter Standard club.",
                        small),
              Paragraph("Printed by Brookside Print, Kidsgrove", small)]
    doc.build(story)


# ================================================================== 2. A textbook chapter (PDF, royal octavo)

TB_PAGE = (156 * mm, 234 * mm)
TB_TEAL = colors.HexColor("#1F5C63")
TB_TINT = colors.HexColor("#E6F0F1")
TB_FIRST = 121


def _tb_first(canvas, doc):
    width, height = TB_PAGE
    canvas.saveState()
    canvas.setFont("Times-Roman", 9)
    canvas.drawCentredString(width / 2, 12 * mm, str(TB_FIRST))
    canvas.setFont("Times-Italic", 6.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(17 * mm, 7 * mm, "Neighbourhood Policing: Principles and Practice, 2nd edn. \u00a9 Ruth Okonedo and "
                      "Mark Tallis 2026. Published by Calloway & Finch Academic. DOI: 10.5555/9780000000006.ch6")
    canvas.restoreState()


def _tb_later(canvas, doc):
    width, height = TB_PAGE
    number = TB_FIRST + canvas.getPageNumber() - 1
    canvas.saveState()
    canvas.setFont("Times-Roman", 8.5)
    canvas.setFillColor(colors.HexColor("#333333"))
    if number % 2 == 0:
        canvas.setFont("Times-Bold", 9)
        canvas.drawString(17 * mm, height - 13 * mm, str(number))
        canvas.setFont("Times-Roman", 8.5)
        canvas.drawString(27 * mm, height - 13 * mm, "NEIGHBOURHOOD POLICING")
    else:
        canvas.drawRightString(width - 27 * mm, height - 13 * mm, "WORKING WITH PARTNERS")
        canvas.setFont("Times-Bold", 9)
        canvas.drawRightString(width - 17 * mm, height - 13 * mm, str(number))
    canvas.setStrokeColor(colors.HexColor("#888888"))
    canvas.setLineWidth(0.4)
    canvas.line(17 * mm, height - 15 * mm, width - 17 * mm, height - 15 * mm)
    canvas.restoreState()


def textbook_chapter(out: Path) -> None:
    width, height = TB_PAGE
    margin = 17 * mm
    text_w = width - 2 * margin
    doc = BaseDocTemplate(str(out / "neighbourhood-policing-principles-and-practice-chapter-6-working-with-partners.pdf"),
                          pagesize=TB_PAGE, leftMargin=margin, rightMargin=margin, topMargin=19 * mm,
                          bottomMargin=18 * mm, title="Chapter 6: Working with partners: problem-solving in practice",
                          author="Ruth Okonedo and Mark Tallis", subject="Neighbourhood Policing: Principles and "
                          "Practice, 2nd edition", creator="Calloway & Finch Academic", invariant=1)
    frame = Frame(margin, 18 * mm, text_w, height - 18 * mm - 19 * mm, id="t")
    doc.addPageTemplates([PageTemplate("first", [frame], onPage=_tb_first),
                          PageTemplate("later", [frame], onPage=_tb_later)])

    number = _style("num", "Helvetica-Bold", 44, color=TB_TEAL, after=0, leading=46)
    title = _style("title", "Helvetica-Bold", 17, leading=21, color=TB_TEAL, after=6)
    authors = _style("auth", "Times-Italic", 11, after=10)
    h1 = _style("h1", "Helvetica-Bold", 10.5, color=TB_TEAL, before=8, after=4)
    body = _style("body", "Times-Roman", 10, leading=13.2, after=0, align=4, first=12)
    body0 = _style("body0", "Times-Roman", 10, leading=13.2, after=0, align=4)
    box_head = _style("bh", "Helvetica-Bold", 8.6, color=colors.white, after=0)
    box_title = _style("bt", "Helvetica-Bold", 8.8, color=TB_TEAL, after=3)
    box_body = _style("bb", "Helvetica", 8.2, leading=10.6, after=3)
    box_list = _style("bl", "Helvetica", 8.2, leading=10.6, after=1, left=9, first=-7)
    foot = _style("fn", "Times-Roman", 7.6, leading=9.2, after=1)
    ref = _style("ref", "Times-Roman", 8.6, leading=10.6, after=2, left=10, first=-10)
    qlist = _style("ql", "Times-Roman", 10, leading=13.2, after=2, left=12, first=-12)

    def boxed(label, items, fill=TB_TINT):
        head = Table([[Paragraph(label, box_head)]], colWidths=[text_w])
        head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TB_TEAL),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return [Spacer(1, 6), head, _panel(items, text_w, fill=fill, pad=7), Spacer(1, 7)]

    story = [Spacer(1, 8 * mm), Paragraph("6", number),
             Paragraph("Working with partners: problem-solving in practice", title),
             Paragraph("Ruth Okonedo and Mark Tallis", authors)]
    story += boxed("CHAPTER OBJECTIVES", [
        Paragraph("By the end of this chapter you should be able to:", box_body),
        Paragraph("\u2022 explain why neighbourhood policing depends on other agencies and the public;", box_list),
        Paragraph("\u2022 describe the four stages of the SARA model and the problem analysis triangle;", box_list),
        Paragraph("\u2022 identify which partner is best placed to act on each side of a problem;", box_list),
        Paragraph("\u2022 evaluate partnership work, allowing for displacement and the diffusion of "
                  "benefits.", box_list),
        Paragraph("<i>Links to the National Policing Curriculum: neighbourhood policing 2.3 to 2.5; "
                  "problem solving 4.1.</i>", box_body)])
    story += [Paragraph("6.1 INTRODUCTION", h1),
              Paragraph("Few of the problems that bring the public into contact with a neighbourhood officer are "
                        "problems the police can solve alone. Noise from a house, groups gathering outside a "
                        "shop, a dark footpath or a landlord who ignores his tenants: in each case the officer can "
                        "respond to the incident, but the conditions that produce the next one belong to somebody "
                        "else. Goldstein (1979) argued that policing should be judged by its effect on such "
                        "underlying problems rather than by the efficiency of its response to calls, and that "
                        "argument is now part of the College of Policing\u2019s guidance on neighbourhood "
                        "policing.", body0),
              Paragraph("The legal framework points in the same direction. Section 17 of the Crime and Disorder "
                        "Act 1998 requires local authorities and other bodies to consider the crime and disorder "
                        "implications of everything they do, and the same Act created the partnerships now known "
                        "in England as community safety partnerships.<super>1</super> This chapter looks at what "
                        "working with those partners means in practice for the neighbourhood officer, and at how "
                        "the officer can tell whether it has worked.", body),
              Paragraph("6.2 WHO ARE THE PARTNERS?", h1),
              Paragraph("The responsible authorities in a community safety partnership are the police, the local "
                        "authority, the fire and rescue service, the probation service and the health service. "
                        "Around them sits a much larger group: housing providers, schools, businesses and their "
                        "associations, transport operators, the voluntary sector and residents themselves. "
                        "Students are often surprised to find that the partner who matters most to a particular "
                        "problem is not one of the statutory bodies at all but a shopping centre manager, a "
                        "bus company or a mediation charity.", body0),
              Paragraph("A useful discipline is to ask, for any problem, who has the power to change the "
                        "conditions that produce it, and who has an interest in doing so. The two are not always "
                        "the same, and much of the work of a neighbourhood officer lies in bringing them "
                        "together.", body)]
    story += boxed("KEY TERMS", [
        Paragraph("<b>Problem-oriented policing</b> An approach in which the police identify and analyse "
                  "recurring problems and seek lasting responses, often with others.", box_body),
        Paragraph("<b>Guardian</b> A person whose presence protects a target: a neighbour, a shop assistant, a "
                  "concierge.", box_body),
        Paragraph("<b>Place manager</b> A person responsible for a location: a landlord, a licensee, a park "
                  "keeper.", box_body),
        Paragraph("<b>Displacement</b> The movement of crime to another place, time, target or method as a "
                  "result of a response.", box_body)])
    story += boxed("CASE STUDY 6.1 \u00b7 SHUTTERS UP ON COMMERCIAL ROAD, NEWPORT", [
        Paragraph("In 2022 Gwent Police\u2019s Newport City neighbourhood team and Newport City Council\u2019s "
                  "community safety wardens took on a run of burglaries and damage at shops along Commercial "
                  "Road in Pillgwenlly. The team\u2019s analysis showed that four in ten incidents were at "
                  "premises with broken or no shutters, and that the service lane behind the shops was unlit.",
                  box_body),
        Paragraph("The wardens walked the lane with the team every fortnight; the council replaced seven street "
                  "lights and cut back the lane\u2019s vegetation, and 23 traders fitted new shutters with grants "
                  "from the council\u2019s town centre fund. The team also set up a traders\u2019 WhatsApp "
                  "group linked to the wardens\u2019 radio.", box_body),
        Paragraph("In the following twelve months burglaries of shops on the street fell from 31 to 12, and "
                  "calls about damage from 47 to 19 (Gwent Police, 2023).", box_body),
        Paragraph("<b>Questions</b> Which side of the problem analysis triangle did each response address? What "
                  "would you want to know before calling this a success?", box_body)])
    story += [Paragraph("6.3 THE PROBLEM ANALYSIS TRIANGLE", h1),
              Paragraph("The problem analysis triangle, drawn from routine activity theory, holds that a crime "
                        "needs a motivated offender and a suitable target to meet at a place without a capable "
                        "guardian. Eck (2003) added an outer triangle of controllers: handlers who influence "
                        "offenders, guardians who protect targets and managers who are responsible for places. "
                        "For the neighbourhood officer the outer triangle is the more useful, because it is a "
                        "list of people to talk to.", body0),
              Paragraph("Managers matter as much as guardians, and they are the side most often missed.", body),
              Paragraph("In Hartlepool, Cleveland Police\u2019s neighbourhood team worked from 2021 with Hartlepool "
                        "Borough Council\u2019s selective licensing officers on a handful of terraced streets "
                        "where most reports of anti-social behaviour came from a small number of privately rented "
                        "houses. Officers and licensing officers visited every licensed property on six streets "
                        "together, wrote to the landlords whose tenants were the subject of repeated complaints "
                        "and enforced the licence condition that requires landlords to deal with their "
                        "tenants\u2019 behaviour. Reports of anti-social behaviour on the six streets fell by 38 "
                        "per cent over two years, and four landlords gave up their licences (Hartlepool Borough "
                        "Council, 2024).<super>2</super>", body0),
              Paragraph("Handlers are harder to find, and the officer should be wary of assuming that parents or "
                        "youth workers can always play the part. Guardianship, by contrast, can often be "
                        "improved simply, by lighting, sight lines or the presence of staff.", body)]
    story += boxed("STOP AND REFLECT", [
        Paragraph("Think of a problem you have dealt with on your own placement. Who was the manager of the "
                  "place? Did anyone speak to them? If not, why not?", box_body)])
    story += [Paragraph("Consider a hypothetical case. Imagine that a neighbourhood team is asked to deal with "
                        "drug use and litter in an alleyway behind a parade of shops. Suppose the team persuades "
                        "the council to gate the alleyway, and reports from the alley fall to nothing. Has the "
                        "problem been solved? Not necessarily: the users may simply have moved to the park on the "
                        "other side of the road, and without looking there the team cannot know. We return to "
                        "this question in section 6.5.", body0),
              Paragraph("6.4 BEYOND THE POLICE", h1),
              Paragraph("Not every response needs an officer at all. Some of the most durable pieces of "
                        "partnership work are run by others, with the police as one referrer among several. "
                        "Officers on placement should find out what exists locally before they reach for a "
                        "warning letter.", body0)]
    story += boxed("CASE STUDY 6.2 \u00b7 MEDIATION BEFORE ENFORCEMENT IN IPSWICH", [
        Paragraph("Since 2019 Orwell Community Mediation, a charity, has taken referrals of neighbour disputes "
                  "from Ipswich Borough Council\u2019s anti-social behaviour team before any warning letter is "
                  "sent. Two trained volunteer mediators visit each side separately and then hold a joint "
                  "meeting at a neutral venue, and the council holds off enforcement while mediation is under "
                  "way.", box_body),
        Paragraph("Of 212 cases referred in 2022\u201323, 141 reached a written agreement, and in 84 per cent "
                  "of those there was no further complaint to the council within six months (Orwell Community "
                  "Mediation, 2024).", box_body),
        Paragraph("<b>Questions</b> What are the risks of mediation where one party is afraid of the other? "
                  "How would you decide whether to refer?", box_body)])
    story += [Paragraph("6.5 EVALUATING PARTNERSHIP WORK", h1),
              Paragraph("A fall in calls is the beginning of an evaluation, not the end of one. Officers should "
                        "ask whether the fall would have happened anyway, whether the problem has moved, and "
                        "whether the partners\u2019 own records tell the same story as police data. Clarke and "
                        "Weisburd (1994) showed that displacement is usually less than feared and that the "
                        "benefits of a response often spread beyond its target area, but that is an empirical "
                        "question in each case.<super>3</super>", body0),
              Paragraph("Simple comparisons help: the same months of the previous year, a similar area where "
                        "nothing was done, and the streets around the target area. None of these is proof, but "
                        "together they allow a reasonable judgement, and they are what an assessor will expect to "
                        "see in a problem-solving plan.", body),
              Paragraph("SUMMARY", h1),
              Paragraph("\u2022 Most neighbourhood problems are owned in part by someone other than the police.",
                        qlist),
              Paragraph("\u2022 The outer problem analysis triangle is a list of people who can change "
                        "conditions.", qlist),
              Paragraph("\u2022 Evaluation must allow for trends, displacement and the diffusion of benefits.",
                        qlist),
              Paragraph("REVIEW QUESTIONS", h1),
              Paragraph("1. What duty does section 17 of the Crime and Disorder Act 1998 place on local "
                        "authorities?", qlist),
              Paragraph("2. Distinguish a guardian from a place manager, with an example of each.", qlist),
              Paragraph("3. Why might a fall in calls overstate the effect of a response?", qlist),
              Paragraph("FURTHER READING", h1),
              Paragraph("Scott, M. S. and Clarke, R. V. (2020) <i>Problem-Oriented Policing: Successful Cases</i>. "
                        "Abingdon: Routledge. A collection of cases written up in the SARA format.", ref),
              Paragraph("REFERENCES", h1)]
    for entry in [
        "Clarke, R. V. and Weisburd, D. (1994) Diffusion of crime control benefits: observations on the reverse "
        "of displacement. <i>Crime Prevention Studies</i>, 2, 165\u2013183.",
        "Eck, J. E. (2003) Police problems: the complexity of problem theory, research and evaluation. "
        "<i>Crime Prevention Studies</i>, 15, 79\u2013113.",
        "Goldstein, H. (1979) Improving policing: a problem-oriented approach. <i>Crime and Delinquency</i>, "
        "25(2), 236\u2013258.",
        "Gwent Police (2023) <i>Commercial Road Problem-Solving Plan: Assessment</i>. Newport: Gwent Police.",
        "Hartlepool Borough Council (2024) <i>Selective Licensing Scheme: Review Report</i>. Hartlepool: "
        "Hartlepool Borough Council.",
        "Orwell Community Mediation (2024) <i>Annual Review 2022\u201323</i>. Ipswich: Orwell Community "
        "Mediation.",
    ]:
        story.append(Paragraph(entry, ref))
    story += [Spacer(1, 8),
              Table([[""]], colWidths=[40 * mm], style=[("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black)]),
              Paragraph("<super>1</super> In Wales, community safety partnerships; in Scotland, community "
                        "planning partnerships carry similar duties under different legislation.", foot),
              Paragraph("<super>2</super> Selective licensing is available to local housing authorities under "
                        "Part 3 of the Housing Act 2004.", foot),
              Paragraph("<super>3</super> See also Chapter 9 on evaluation methods.", foot)]
    story.insert(1, NextPageTemplate("later"))
    doc.build(story)


# ================================================================== 3. A manufacturer's product data sheet (PDF, A4)

DS_NAVY = colors.HexColor("#0E2841")
DS_CYAN = colors.HexColor("#00A0B0")
DS_GREY = colors.HexColor("#F1F3F5")


def _ds_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(DS_NAVY)
    canvas.rect(0, height - 24 * mm, width, 24 * mm, stroke=0, fill=1)
    canvas.setFillColor(DS_CYAN)
    canvas.rect(0, height - 25.5 * mm, width, 1.5 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(16 * mm, height - 14 * mm, "TESSERA")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(16 * mm, height - 19 * mm, "SECURITY PRODUCTS")
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawRightString(width - 16 * mm, height - 12 * mm, "PRODUCT DATA SHEET")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 16 * mm, height - 17 * mm, "VeriTrace FM-250")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(16 * mm, 13 * mm, "Tessera Security Products Ltd \u00b7 Unit 7, Festival Park Business "
                      "Centre, Stoke-on-Trent ST1 5TQ \u00b7 01632 960441 \u00b7 sales@tessera.example")
    canvas.drawString(16 * mm, 9.5 * mm, "Registered in England and Wales No. 08812345 \u00b7 DS-FM250 Rev C "
                      "09/2025 \u00b7 E&OE. Specifications may change without notice.")
    canvas.drawRightString(width - 16 * mm, 9.5 * mm, f"Page {page} of 2")
    canvas.restoreState()


def data_sheet(out: Path) -> None:
    width, height = A4
    margin = 16 * mm
    full_w = width - 2 * margin
    gap = 7 * mm
    left_w = full_w * 0.47
    right_w = full_w - left_w - gap
    top = height - 31 * mm
    bottom = 20 * mm
    doc = BaseDocTemplate(str(out / "tessera-veritrace-fm-250-forensic-property-marking-kit-data-sheet.pdf"),
                          pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=31 * mm,
                          bottomMargin=bottom, title="VeriTrace FM-250 Forensic Property Marking Kit \u2013 "
                          "Product Data Sheet", author="Tessera Security Products Ltd", subject="DS-FM250 Rev C",
                          creator="Tessera Security Products Ltd", invariant=1)
    head_h = 38 * mm
    col_h = top - bottom - head_h
    doc.addPageTemplates([
        PageTemplate("p1", [Frame(margin, top - head_h, full_w, head_h, id="head"),
                            Frame(margin, bottom, left_w, col_h, id="left"),
                            Frame(margin + left_w + gap, bottom, right_w, col_h, id="right")], onPage=_ds_page),
        PageTemplate("p2", [Frame(margin, bottom, full_w, top - bottom, id="full")], onPage=_ds_page),
    ])
    name = _style("nm", "Helvetica-Bold", 19, leading=22, color=DS_NAVY, after=2)
    strap = _style("st", "Helvetica-Oblique", 11, color=DS_CYAN, after=4)
    intro = _style("in", "Helvetica", 9.2, leading=12.4, after=0)
    h2 = _style("h2", "Helvetica-Bold", 10, color=DS_NAVY, before=6, after=4)
    body = _style("b", "Helvetica", 8.6, leading=11.4, after=5)
    bullet = _style("bu", "Helvetica", 8.6, leading=11.4, after=3, left=10, first=-8)
    cell = _style("c", "Helvetica", 7.8, leading=9.8, after=0)
    cell_h = _style("ch", "Helvetica-Bold", 7.8, leading=9.8, after=0, color=colors.white)
    caption = _style("cap", "Helvetica-Oblique", 7, color=colors.HexColor("#666666"), after=4)
    quote = _style("q", "Helvetica-Oblique", 10, leading=13.5, color=DS_NAVY, after=3)
    quote_by = _style("qb", "Helvetica-Bold", 8, color=DS_NAVY, after=0)
    small = _style("sm", "Helvetica", 7.2, leading=9.2, color=colors.HexColor("#444444"), after=2)

    image = Table([[Paragraph("[Product photograph: FM-250 kit with applicator, UV torch and stickers]",
                              _style("im", "Helvetica-Oblique", 7.5, color=colors.HexColor("#777777"),
                                     align=1))]],
                  colWidths=[left_w], rowHeights=[52 * mm])
    image.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), DS_GREY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#C8CDD2"))]))
    spec = [["Specification", ""],
            ["Formulation", "Water-based polymer with unique microdot code and UV tracer"],
            ["Contents", "10 ml bottle with brush applicator"],
            ["Coverage", "Up to 50 items"],
            ["UV fluorescence", "Visible under 365 nm UV light"],
            ["Touch dry / cured", "20 minutes / 2 hours at 20\u00b0C"],
            ["Application temperature", "5\u00b0C to 35\u00b0C"],
            ["Durability", "Resists washing, abrasion and most solvents"],
            ["Shelf life", "5 years unopened"],
            ["Code registration", "Owner and address held on the VeriTrace national register for 10 years"],
            ["Certification", "LPCB LPS 1225 Issue 2, certificate 1987a/01"],
            ["Safety", "Non-hazardous. SDS available on request"]]
    contents = [["Part no.", "Description", "Pack"],
                ["FM-250-01", "VeriTrace FM-250 kit, single household", "1"],
                ["FM-250-10", "VeriTrace FM-250 kit, retail pack", "10"],
                ["FM-250-CP", "Community pack with registration forms and 200 stickers", "100"],
                ["UVT-3", "Pocket UV torch, 365 nm", "1"],
                ["FM-500-01", "VeriTrace FM-500 vehicle and plant marking kit", "1"]]
    story = [Paragraph("VeriTrace FM-250 Forensic Property Marking Kit", name),
             Paragraph("Mark it. Register it. Get it back.", strap),
             Paragraph("A household kit for marking valuables with an invisible, uniquely coded forensic liquid "
                       "registered to the owner\u2019s address. Marked property can be identified by police "
                       "with a UV torch and traced back to its owner.", intro),
             FrameBreak(),
             image,
             Paragraph("FM-250 kit contents: applicator bottle, registration form, UV torch, 10 window stickers "
                       "and 2 door stickers.", caption),
             Paragraph("KEY FEATURES", h2),
             Paragraph("\u2022 One code per kit, unique to the household and held on a secure national "
                       "register", bullet),
             Paragraph("\u2022 Invisible in daylight; glows under UV light", bullet),
             Paragraph("\u2022 Marks metal, glass, plastic, wood and most fabrics", bullet),
             Paragraph("\u2022 Stickers warn that property is marked and traceable", bullet),
             Paragraph("\u2022 Register online or by freepost", bullet),
             Paragraph("APPROVALS", h2),
             Paragraph("Certified to LPCB LPS 1225. Secured by Design member company. Suitable for use in "
                       "police and housing provider property marking schemes.", body),
             FrameBreak(),
             Paragraph("TECHNICAL SPECIFICATION", h2),
             _grid(spec, [right_w * 0.36, right_w * 0.64], cell, head_style=cell_h, head_fill=DS_NAVY,
                   line=colors.HexColor("#C8CDD2"), zebra=DS_GREY, inner=False),
             Paragraph("HOW IT WORKS", h2),
             Paragraph("1. Apply a small dot of the liquid to each item in an inconspicuous place.", bullet),
             Paragraph("2. Register the kit code with your name and address online or by post.", bullet),
             Paragraph("3. Put up the stickers on front and back doors and ground-floor windows.", bullet),
             Paragraph("4. If marked property is recovered, officers read the code under UV light or send a "
                       "sample for analysis, and the register gives them the owner.", bullet),
             NextPageTemplate("p2"), PageBreak()]

    field = [
        Paragraph("IN THE FIELD \u00b7 BURSLEM, STOKE-ON-TRENT", _style("fh", "Helvetica-Bold", 11, color=DS_NAVY,
                                                                       after=5)),
        Paragraph("In spring 2024 Staffordshire Police\u2019s Stoke-on-Trent North neighbourhood team and "
                  "Potteries Homes Trust gave a free FM-250 kit to every household on the Middleport and Burslem "
                  "Park estates, where burglary rates were among the highest in the city.", body),
        Paragraph("Officers, PCSOs and the trust\u2019s tenancy officers went door to door on six weekends "
                  "between March and May, marking items with residents, registering the kits on the spot and "
                  "putting up stickers on doors and windows. In all 1,146 homes were registered.", body),
        Paragraph("In the twelve months that followed, residential burglary on the two estates fell from 74 to 49 "
                  "offences, against a fall of 6 per cent across the city. Two stolen laptops and an e-bike were "
                  "returned to their owners after the marks were read in custody.", body),
    ]
    testimonial = [Paragraph("\u201cThe stickers did as much as the liquid. Tenants told us they felt someone had "
                             "finally done something on their street.\u201d", quote),
                   Paragraph("Marcia Bennett, Community Safety Manager, Potteries Homes Trust", quote_by)]
    story += [Paragraph("CASE STUDY", h2),
              _panel(field, full_w, fill=DS_GREY, bar=DS_CYAN, pad=9),
              Spacer(1, 6),
              _panel(testimonial, full_w, fill=None, border=DS_CYAN, pad=9),
              Paragraph("ORDERING INFORMATION", h2),
              _grid(contents, [28 * mm, full_w - 28 * mm - 18 * mm, 18 * mm], cell, head_style=cell_h,
                    head_fill=DS_NAVY, line=colors.HexColor("#C8CDD2"), zebra=DS_GREY),
              Paragraph("Community packs are available at a discount to police forces, housing providers, "
                        "councils and Neighbourhood Watch groups. Ask about co-branded stickers.", small),
              Paragraph("CUSTOMERS INCLUDE", h2),
              Paragraph("Warwickshire Police \u00b7 West Mercia Police \u00b7 Lincolnshire Police \u00b7 "
                        "Staffordshire Police \u00b7 Potteries Homes Trust \u00b7 Moorlands Vale Homes \u00b7 "
                        "Cannock Chase Watch Association", small),
              Paragraph("RELATED PRODUCTS", h2),
              Paragraph("FM-500 vehicle and plant marking kit \u00b7 UVT-3 pocket UV torch \u00b7 DS-12 "
                        "\u2018Property marked\u2019 sticker sheets", small),
              Spacer(1, 8),
              Paragraph("VeriTrace and the VeriTrace logo are trade marks of Tessera Security Products Ltd. "
                        "Results from one scheme do not guarantee results elsewhere. Figures supplied by the "
                        "scheme partners.", small)]
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


def _runs(paragraph, parts, size=None):
    """Add (text, bold, italic) runs to a paragraph."""
    from docx.shared import Pt

    for text, bold, italic in parts:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
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
            label = c == 0 and label_fill is not None
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


def _page_margins(document, top, bottom, left, right) -> None:
    from docx.shared import Cm

    section = document.sections[0]
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


# ================================================================== 4. An officer's MG11 witness statement (Word)

def witness_statement(out: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Pt

    document = Document()
    document.sections[0].page_width, document.sections[0].page_height = Cm(21.0), Cm(29.7)
    _page_margins(document, 2.0, 2.0, 2.0, 2.0)
    _normal(document, "Arial", 10)
    width = _text_width(document)
    section = document.sections[0]

    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("\tOFFICIAL \u2013 SENSITIVE (when complete)", True, False), ("\tMG 11", True, False)], size=9)
    foot = section.footer.paragraphs[0]
    _runs(foot, [("Signature: D. Hewitt ..........................   Signature witnessed by: "
                  "..........................", False, False)], size=8)
    foot2 = section.footer.add_paragraph()
    _tabbed(foot2, width)
    _runs(foot2, [("2006/07(1)\t\tPage ", False, False)], size=8)
    _field(foot2, "PAGE", "1", size=8)
    _runs(foot2, [(" of ", False, False)], size=8)
    _field(foot2, "NUMPAGES", "4", size=8)

    _p(document, "WITNESS STATEMENT", size=13, bold=True, align="center", after=2)
    _p(document, "Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; Magistrates\u2019 Courts Act "
       "1980, s.5B", size=8, align="center", after=8)

    urn = document.add_table(rows=1, cols=6)
    urn.style = "Table Grid"
    urn.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for i, value in enumerate(["URN", "42", "7B", "0418", "25", ""]):
        _cell(urn.rows[0].cells[i], value, bold=(i == 0), size=9, align="center")
        urn.rows[0].cells[i].width = Cm(1.6)
    _p(document, "", after=4)

    details = document.add_table(rows=3, cols=2)
    details.style = "Table Grid"
    for r, (label, value) in enumerate([("Statement of:", "Daniel HEWITT"),
                                        ("Age if under 18:", "Over 18   (if over 18 insert \u2018over 18\u2019)"),
                                        ("Occupation:", "Police Constable 71682")]):
        _cell(details.rows[r].cells[0], label, bold=True, size=9)
        _cell(details.rows[r].cells[1], value, size=9)
        details.rows[r].cells[0].width = Cm(4)
        details.rows[r].cells[1].width = Cm(13)
    _p(document, "", after=2)
    _p(document, "This statement (consisting of 3 page(s) each signed by me) is true to the best of my knowledge and "
       "belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have "
       "wilfully stated anything in it, which I know to be false, or do not believe to be true.", size=9, after=6)
    sig = _p(document, "", after=2)
    _tabbed(sig, width)
    _runs(sig, [("Signature: ", True, False), ("D. Hewitt", False, True), ("\t", False, False),
                ("Date: ", True, False), ("04/11/2025", False, False)], size=9)
    _p(document, "Tick if witness evidence is visually recorded   \u2610   (supply witness details on rear)", size=8,
       after=10)

    body = [
        "I am a Police Constable with Essex Police, currently posted to the Basildon Community Policing Team. I have "
        "been the beat officer for the Fryerns and Craylands area of Basildon since March 2022. I make this statement "
        "in support of the application by Essex Police under section 82 of the Anti-social Behaviour, Crime and "
        "Policing Act 2014 to extend the closure order made by Basildon Magistrates\u2019 Court on 9 September 2025 "
        "in respect of 14 Falcon Court, Whitmore Way, Basildon SS14 2TL (\u201cthe premises\u201d). The order is due "
        "to expire at 23:59 on 8 December 2025.",
        "The premises is a one-bedroom flat on the second floor of a block of 24 flats owned and managed by Basildon "
        "Council. The tenant is [REDACTED], who has held the tenancy since 2019. I have known him through my work "
        "since 2023. He has a long history of drug and alcohol dependency and I consider him to be vulnerable.",
        "From January 2025 Essex Police and the council began to receive reports from residents of the block about "
        "people coming and going from the premises at all hours, shouting and fighting in the communal stairwell, "
        "drug paraphernalia left on the landings and a strong smell of cannabis. Between 1 January and 31 May 2025 "
        "police received 46 calls about the premises, which are summarised in exhibit DH/1. Residents told me that "
        "they were afraid to use the stairs, and one elderly neighbour, [REDACTED], told me that she had stopped "
        "leaving her flat after dark.",
        "In June 2025 the Basildon Community Policing Team and Basildon Council\u2019s anti-social behaviour team "
        "began a joint plan for the block, which we called Operation Harrier. From 16 June 2025 PCSO 8841 Lauren "
        "Achebe and I visited the block every week with Mr Paul Kitching, an anti-social behaviour officer of the "
        "council, speaking to residents and to the tenant. On 1 July 2025 the council and Essex Police served a "
        "joint Community Protection Warning on the tenant (exhibit DH/2). On 14 July 2025 the council changed the "
        "block\u2019s door entry system to fob-only access and removed the trade button, and on 21 July 2025 the "
        "council\u2019s CCTV team installed a redeployable camera covering the communal entrance.",
        "Because I was concerned that the tenant was being exploited by the people using his flat, on 24 July 2025 I "
        "made a referral to the council\u2019s adult safeguarding team and, with his agreement, to Thameside "
        "Recovery, the local drug and alcohol service, which began to see him weekly. Footage from the camera showed "
        "that most visitors arrived between midnight and 5am and stayed for less than ten minutes (stills at exhibit "
        "DH/3).",
        "On 28 August 2025 officers from the team executed a warrant under section 23 of the Misuse of Drugs Act 1971 "
        "at the premises. Two men, neither of whom lived there, were arrested, and a quantity of what I believed to "
        "be crack cocaine and heroin, cash and two mobile phones were seized. The tenant was not arrested. On "
        "2 September 2025 Inspector Clare Doherty authorised a closure notice, which I served the same day, and on "
        "9 September 2025 the court made a closure order for three months. The council secured the premises with "
        "steel screens that afternoon and the tenant went to stay with his sister.",
        "Since the order was made the premises has been empty. In the eight weeks from 9 September to 3 November "
        "2025 police received 2 calls about the block, compared with 31 calls in the eight weeks before the order. "
        "On my weekly visits residents have told me that the stairwell is quiet and that they are using it again. "
        "The elderly neighbour I mention above told me on 20 October 2025 that she now goes to the community centre "
        "on Tuesday evenings.",
        "I believe that an extension of the order for a further three months is necessary to prevent the premises "
        "being used again for disorder or criminal behaviour. On 30 October 2025 I saw two men whom I recognised from "
        "the camera footage standing at the door of the block. The tenant has told me that he is not ready to return, "
        "and the council is considering a move to other accommodation, which I understand will take up to twelve "
        "weeks. If the order is not extended, I believe that the people who used the premises will return and that "
        "the tenant will again be at risk.",
        "I produce the following exhibits: DH/1, a summary of calls to Essex Police about the premises from "
        "1 January to 3 November 2025; DH/2, a copy of the Community Protection Warning dated 1 July 2025; DH/3, "
        "stills from the council\u2019s camera between 21 July and 27 August 2025.",
    ]
    for text in body:
        paragraph = _p(document, text, align="justify", after=8)
        paragraph.paragraph_format.line_spacing = 1.15
    end = _p(document, "", before=6, after=14)
    _tabbed(end, width)
    _runs(end, [("Signature: ", True, False), ("D. Hewitt", False, True), ("\t", False, False),
                ("Signature witnessed by: ", True, False), ("..............................", False, False)], size=9)
    document.add_page_break()

    _p(document, "WITNESS CONTACT DETAILS", size=11, bold=True, after=6)
    contact = [["Home address:", "c/o Basildon Police Station, Great Oaks, Basildon SS14 1EJ"],
               ["Home telephone no:", "\u2013"], ["Work telephone no:", "101 ext. 480261"],
               ["Mobile/pager no:", "[REDACTED]"], ["Email address:", "daniel.hewitt@essex.police.example"],
               ["Preferred means of contact:", "Email"],
               ["Male / Female (delete as applicable):", "Male"],
               ["Date and place of birth:", "[REDACTED]"],
               ["Former name:", "\u2013"], ["Height:", "\u2013"]]
    table = _docx_table(document, contact, widths=[6, 11], size=9, label_fill="EDEDED")
    _p(document, "", after=4)
    _p(document, "Dates of witness non-availability", bold=True, size=10, after=3)
    _p(document, "15/12/2025 to 19/12/2025 (annual leave). Rest days as per duty roster.", size=9, after=8)
    _p(document, "Witness care", bold=True, size=10, after=3)
    care = [["a) Is the witness willing and likely to attend court?", "Yes"],
            ["b) What can be done to ensure attendance?", "N/A"],
            ["c) Does the witness require a special measures assessment as a vulnerable or intimidated witness?",
             "No"],
            ["d) Does the witness have any specific care needs?", "No"]]
    _docx_table(document, care, widths=[13, 4], size=9)
    _p(document, "", after=4)
    _p(document, "Statement taken by (print name): PC 71682 Daniel Hewitt      Station: Basildon", size=9, after=2)
    _p(document, "Time and place statement taken: 14:20, 04/11/2025, Basildon Police Station", size=9, after=2)
    del table
    _save_docx(document, out / "essex-police-mg11-witness-statement-closure-order-extension-falcon-court.docx",
               "MG11 Witness Statement - PC 71682 Hewitt", "Essex Police")


# ================================================================== 5. A council's motions on notice (Word)

def motions_on_notice(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    document.sections[0].page_width, document.sections[0].page_height = Cm(21.0), Cm(29.7)
    _page_margins(document, 2.2, 2.0, 2.3, 2.3)
    _normal(document, "Arial", 11)
    _heading_colours(document, "5A1F6B", "Arial")
    document.styles["Heading 1"].font.size = Pt(14)
    document.styles["Heading 2"].font.size = Pt(12)
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("North Northamptonshire Council", True, False), ("\t\tCouncil \u2013 27 November 2025", False,
                                                                      False)], size=8)
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Agenda item 11 \u2013 Motions on notice\t\tPage ", False, False)], size=8)
    _field(foot, "PAGE", "1", size=8)

    _p(document, "NORTH NORTHAMPTONSHIRE COUNCIL", size=10, bold=True, colour="5A1F6B", after=0)
    _p(document, "COUNCIL", size=10, bold=True, after=0)
    _p(document, "Thursday 27 November 2025, 7.00pm, Council Chamber, Swanspool House, Wellingborough", size=10,
       after=10)
    document.add_paragraph("Agenda Item 11: Motions on Notice", style="Title")
    _p(document, "The following motions have been received in accordance with Council Procedure Rule 12. Under rule "
       "12.6 a motion which, if carried, would have financial implications beyond the approved budget will stand "
       "referred to the Executive without discussion, unless the Chair rules otherwise. Comments from the Monitoring "
       "Officer and the Executive Director of Finance follow each motion.", size=10, italic=True, after=10)

    document.add_paragraph("Motion 1: Tackling shop theft in our town centres", style="Heading 1")
    _docx_table(document, [["Proposed by", "Councillor Helen Varley (Corby West)"],
                           ["Seconded by", "Councillor Imran Qadir (Kettering Avondale Grange)"],
                           ["Received", "13 November 2025"]], widths=[4, 12.4], size=10, label_fill="EFE6F2")
    _p(document, "", after=2)
    _p(document, "Council notes:", bold=True, after=4)
    notes = [
        ("(a)", "that shop theft recorded by Northamptonshire Police in North Northamptonshire rose by 31 per cent in "
                "the year to March 2025, in line with the rise across England and Wales;"),
        ("(b)", "the work of Northamptonshire Police\u2019s Corby neighbourhood policing team and this Council\u2019s "
                "community wardens in Corby town centre since February 2025 under Operation Ironstone, including "
                "joint patrols of Corporation Street and Willow Place on weekday afternoons, a banning notice scheme "
                "agreed with the shopping centre\u2019s management, and a monthly surgery for shop staff at the Corby "
                "Cube; and that in its first six months shop theft reported in the town centre fell by 22 per cent "
                "and 14 banning notices were issued;"),
        ("(c)", "the Kettering Shopwatch radio scheme, relaunched by Kettering Town Centre Partnership in 2024, which "
                "now links 41 shops and pubs to each other and to this Council\u2019s CCTV control room, and through "
                "which 63 incidents were passed to the control room in its first year, leading to 19 arrests;"),
        ("(d)", "that the Crime and Policing Bill would remove the rule under which theft of goods worth \u00a3200 or "
                "less is tried only in the magistrates\u2019 courts."),
    ]
    for label, text in notes:
        paragraph = _p(document, "", after=4)
        paragraph.paragraph_format.left_indent = Cm(1.0)
        paragraph.paragraph_format.first_line_indent = Cm(-1.0)
        _runs(paragraph, [(label + "\t", False, False), (text, False, False)])
    _p(document, "Council believes:", bold=True, before=6, after=4)
    for label, text in [("(e)", "that shop theft is not a victimless crime, and that shop workers have the right to "
                                "feel safe at work;"),
                        ("(f)", "that what has worked in Corby should not stop at the Corby boundary.")]:
        paragraph = _p(document, "", after=4)
        paragraph.paragraph_format.left_indent = Cm(1.0)
        paragraph.paragraph_format.first_line_indent = Cm(-1.0)
        _runs(paragraph, [(label + "\t", False, False), (text, False, False)])
    _p(document, "Council resolves:", bold=True, before=6, after=4)
    for text in ["to ask the Executive to consider extending the approach taken in Corby to the town centres of "
                 "Kettering, Wellingborough and Rushden in 2026/27, and to report back to Council by June 2026;",
                 "to ask the Chief Executive to write to the Northamptonshire Police, Fire and Crime Commissioner "
                 "asking that neighbourhood officer numbers in North Northamptonshire\u2019s town centres are at least "
                 "maintained in 2026/27;",
                 "to invite retailers and the business improvement districts to a town centres safety summit in "
                 "spring 2026."]:
        document.add_paragraph(text, style="List Number")

    amendment = document.add_table(rows=1, cols=1)
    amendment.style = "Table Grid"
    cell = amendment.rows[0].cells[0]
    _fill(cell, "F7F3F8")
    _cell(cell, "Amendment", bold=True, size=10)
    _cell(cell, "Proposed by Councillor Robert Dunmore (Rushden South), seconded by Councillor Sue Pell "
                "(Wellingborough Croyland and Swanspool). Received 24 November 2025.", italic=True, size=10,
          first=False)
    _cell(cell, "In \u201cCouncil notes\u201d, after (d) insert new (d1): \u201cthat the Council\u2019s community "
                "warden service has lost four posts since 2023;\u201d", size=10, first=False)
    _cell(cell, "Delete resolution 1 and insert: \u201cto ask the Executive to bring forward, in the 2026/27 budget, "
                "proposals to restore the community warden posts lost since 2023, prioritising Kettering, "
                "Wellingborough and Rushden town centres;\u201d", size=10, first=False)
    _cell(cell, "If carried, the amended motion will read as set out in the supplementary agenda.", italic=True,
          size=10, first=False)
    _p(document, "", after=4)
    document.add_paragraph("Comments of the Monitoring Officer", style="Heading 2")
    _p(document, "The motion is in order. Resolution 1 asks the Executive to consider a matter within its functions "
       "and does not bind it. The amendment is in order under rule 12.9.", size=10, after=6)
    document.add_paragraph("Comments of the Executive Director of Finance (Section 151 Officer)", style="Heading 2")
    _p(document, "Extending the Corby arrangements to three further town centres would need an estimated six "
       "additional community warden posts at a cost of about \u00a3228,000 a year, which is not in the approved "
       "budget. Resolution 3 could be met from existing budgets. The amendment would have a similar cost, about "
       "\u00a3152,000 a year for four posts.", size=10, after=10)

    document.add_paragraph("Motion 2: Pavement parking", style="Heading 1")
    _docx_table(document, [["Proposed by", "Councillor Lorna Whitlock (Oundle)"],
                           ["Seconded by", "Councillor Graham Tuffnell (Thrapston)"],
                           ["Received", "14 November 2025"]], widths=[4, 12.4], size=10, label_fill="EFE6F2")
    _p(document, "", after=2)
    _p(document, "Council notes that vehicles parked on pavements force wheelchair users, people with sight loss and "
       "parents with pushchairs into the road, and that outside London councils can enforce against pavement parking "
       "only where a traffic regulation order is in place.", after=6)
    _p(document, "Council resolves:", bold=True, after=4)
    for text in ["to ask the Executive Member for Highways to identify, with ward councillors, the ten streets where "
                 "pavement parking causes the most obstruction, and to consult on traffic regulation orders for them "
                 "in 2026;",
                 "to write to the Secretary of State for Transport asking for the promised national powers to be "
                 "brought forward without further delay."]:
        document.add_paragraph(text, style="List Number 2")
    document.add_paragraph("Comments of the Monitoring Officer", style="Heading 2")
    _p(document, "The motion is in order.", size=10, after=6)
    document.add_paragraph("Comments of the Executive Director of Finance (Section 151 Officer)", style="Heading 2")
    _p(document, "Each traffic regulation order costs about \u00a33,500 to advertise and make; ten orders could be "
       "met from the highways revenue budget.", size=10, after=6)
    _save_docx(document, out / "north-northamptonshire-council-motions-on-notice-27-november-2025.docx",
               "Council 27 November 2025 - Item 11 - Motions on Notice", "Democratic Services")


# ================================================================== 6. A force's problem-solving plan, OSARA (Word)

def problem_solving_plan(out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    _page_margins(document, 1.8, 1.6, 1.8, 1.8)
    _normal(document, "Arial", 10)
    width = _text_width(document)
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("Devon & Cornwall Police\t", False, False), ("OFFICIAL", True, False),
                 ("\tPSP-CAM-2025-017", False, False)], size=8)
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Problem Solving Plan template v4.2 (Problem Solving Hub)\tOFFICIAL\tPage ", False, False)],
          size=8)
    _field(foot, "PAGE", "1", size=8)

    _p(document, "PROBLEM SOLVING PLAN (OSARA)", size=15, bold=True, colour="1B3A6B", after=2)
    _p(document, "Complete every section. Keep the action log up to date before each review. Plans open longer than "
       "six months must be reviewed by an Inspector.", size=8, italic=True, colour="666666", after=8)

    header = [["Plan reference", "PSP-CAM-2025-017"],
              ["Plan title", "Camborne Recreation Ground \u2013 skate park and pavilion"],
              ["Plan owner", "PC 4471 Tamsin Rowe"],
              ["Supervisor", "PS 2209 Gareth Nance"],
              ["Neighbourhood team", "Camborne Neighbourhood Team"],
              ["Start date", "03/03/2025"],
              ["Review dates", "02/05/2025 \u00b7 04/07/2025 \u00b7 05/09/2025"],
              ["Status", "CLOSED \u2013 objective met (31/10/2025)"],
              ["Partners", "Cornwall Council (ASB Casework Team, Youth Service, CCTV); Camborne Town Council; "
                           "Kernow Skate Collective (volunteers)"],
              ["Problem type", "ASB \u2013 youth related; criminal damage"]]
    _docx_table(document, header, widths=[4.5, 12.9], size=9, label_fill="D9E2F3")

    def section_head(text):
        paragraph = _p(document, text, size=11, bold=True, colour="FFFFFF", before=10, after=4)
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        p_pr = paragraph._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "1B3A6B")
        p_pr.append(shd)
        return paragraph

    section_head("1. PROBLEM SUMMARY")
    _p(document, "Groups of up to 30 young people have been gathering at the skate park and the pavilion on Camborne "
       "Recreation Ground on Friday and Saturday evenings since the start of the year. Residents of Trevu Road and "
       "the streets behind report noise, fires, alcohol and cannabis use and abuse from the groups; the pavilion has "
       "been broken into twice and the bowls club\u2019s shutters have been damaged. The town council owns the "
       "ground and the pavilion.", after=6)
    section_head("2. OBJECTIVE")
    _p(document, "To reduce calls about ASB at the Recreation Ground between March and October 2025 by at least 50% "
       "compared with March to October 2024, and to reduce criminal damage at the pavilion, without moving the "
       "problem to Camborne town centre or Rosewarne Park.", after=6)
    section_head("3. SCANNING")
    _p(document, "Calls for service (ASB and damage) at or next to the Recreation Ground, source: Storm and Niche "
       "(search radius 150 m):", size=9, after=4)
    _docx_table(document, [["Month", "2024 ASB", "2024 damage", "2025 ASB", "2025 damage"],
                           ["January", "4", "0", "9", "1"], ["February", "6", "1", "14", "2"]],
                widths=[4, 3.3, 3.3, 3.3, 3.3], size=9, head_fill="D9E2F3")
    _p(document, "Most calls are between 19:00 and 23:00 on Fridays and Saturdays. Three names recur in 11 of the 23 "
       "calls in January and February 2025.", size=9, after=6)
    section_head("4. ANALYSIS")
    _p(document, "Problem analysis triangle:", bold=True, size=9, after=4)
    _docx_table(document, [["Side", "What we know", "Controller (who can influence it)"],
                           ["Victim / target", "Residents of Trevu Road; pavilion and bowls club shutters",
                            "Guardian: bowls club members, park users"],
                           ["Offender", "Mixed groups aged 13 to 17, mostly from Camborne; three regulars aged 15",
                            "Handler: parents, Pool Academy, youth service"],
                           ["Location", "Skate park unlit after 20:00 but floodlights on timer until 23:00; "
                                        "pavilion blind side not covered by CCTV; nothing else open for young "
                                        "people on Friday nights",
                            "Manager: Camborne Town Council"]],
                widths=[3.2, 7.6, 6.6], size=9, head_fill="D9E2F3")
    _p(document, "", after=2)
    _p(document, "Learning from elsewhere:", bold=True, size=9, after=3)
    _p(document, "Hampshire and Isle of Wight Constabulary\u2019s Newport neighbourhood team on the Isle of Wight had a "
       "similar problem at Seaclose skate park. Since 2023 the team and the Isle of Wight Council\u2019s youth "
       "service have run Friday \u2018Skate Nights\u2019 there with volunteer coaches, PCSOs attending in the first "
       "hour and the lights switched off at 21:30 when the session ends. PS Nance spoke to their sergeant on "
       "12/03/2025: ASB calls at the park fell by about 40% in the first year and they have kept the sessions going "
       "with a local skate shop.", size=9, after=6)
    section_head("5. RESPONSE")
    _p(document, "Action log (owner, due date, update):", size=9, after=4)
    actions = [["No.", "Action", "Owner", "Due", "Update / status"],
               ["1", "Friday \u2018Skate Jam\u2019 sessions 18:00\u201320:30 with volunteer coaches and a youth "
                     "worker; PCSO at the start of each session", "Kernow Skate Collective / CC Youth Service / PCSO "
                     "Pascoe", "04/04/2025", "Started 04/04/2025, every Friday in term and holidays. COMPLETE"],
               ["2", "Change skate park floodlight timer from 23:00 to 20:45", "Camborne Town Council",
                "31/03/2025", "Done 27/03/2025. COMPLETE"],
               ["3", "Redeployable CCTV camera on pavilion blind side", "CC CCTV", "30/04/2025",
                "Installed 22/04/2025, removed 30/09/2025. COMPLETE"],
               ["4", "Targeted patrols Fri/Sat 19:00\u201323:00", "Camborne NHT", "Ongoing",
                "Patrol plan on Tasking until 31/08/2025. COMPLETE"],
               ["5", "ASB warning letters to parents of the three regulars; ABCs if behaviour continues",
                "PC Rowe / CC ASB Casework", "30/04/2025", "3 letters 10/04/2025; 2 ABCs signed 19/05/2025. COMPLETE"],
               ["6", "Section 34 dispersal authority for bank holiday weekends", "PS Nance", "As needed",
                "Considered for May; not needed. CLOSED"],
               ["7", "Replace bowls club shutters with anti-climb design", "Camborne Town Council", "30/06/2025",
                "Funding agreed; fitted 18/06/2025. COMPLETE"]]
    _docx_table(document, actions, widths=[1, 6.2, 3.6, 2.2, 4.4], size=8, head_fill="D9E2F3")
    section_head("6. ASSESSMENT")
    _docx_table(document, [["Measure", "Mar\u2013Oct 2024", "Mar\u2013Oct 2025", "Change"],
                           ["ASB calls, Recreation Ground", "96", "38", "\u221260%"],
                           ["Criminal damage, pavilion", "14", "3", "\u221279%"],
                           ["ASB calls, Camborne town centre (displacement check)", "212", "205", "\u22123%"],
                           ["ASB calls, Rosewarne Park (displacement check)", "18", "17", "\u22121"]],
                widths=[8, 3, 3, 3.4], size=9, head_fill="D9E2F3")
    _p(document, "", after=2)
    _p(document, "Objective met. Skate Jam has had 70 different young people through it, with an average of 24 a "
       "session; two of the three regulars now help set up the ramps. No sign of displacement to the town centre or "
       "Rosewarne Park. Residents at the ward meeting on 15/10/2025 said Friday nights were the quietest for years.",
       after=6)
    section_head("7. SUSTAINABILITY AND EXIT")
    _p(document, "Kernow Skate Collective will keep Skate Jam going through the winter in the pavilion; the town "
       "council has agreed to cover the youth worker\u2019s hours from April 2026. The NHT will keep the Recreation "
       "Ground on its ward priorities for three months and reopen the plan if calls rise.", after=6)
    section_head("8. REVIEW AND CLOSURE")
    _docx_table(document, [["Supervisor review (PS 2209 Nance, 05/09/2025)",
                            "Good plan, well evidenced. Partners did most of the heavy lifting. Agree to close once "
                            "October figures are in."],
                           ["Inspector closure (Insp 1187 Kerenza Thomas, 31/10/2025)",
                            "Closed \u2013 objective met. Submit to the Problem Solving Hub for the practice library."]],
                widths=[5.5, 11.9], size=9, label_fill="D9E2F3")
    del WD_ORIENT
    _save_docx(document, out / "devon-and-cornwall-police-problem-solving-plan-psp-cam-2025-017.docx",
               "Problem Solving Plan PSP-CAM-2025-017", "Devon & Cornwall Police")


# ================================================================== 7. A university alumni magazine's class notes page (HTML)

CLASS_NOTES_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Class notes | Kingsmead Connect Autumn 2025 | Kingsmead University Alumni</title>
<meta name="description" content="News from Kingsmead graduates: new jobs, books, weddings, babies, reunions and more.">
<link rel="canonical" href="https://alumni.kingsmead.example/magazine/autumn-2025/class-notes">
<link rel="stylesheet" href="/assets/css/alumni.min.css?v=3.8.1">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType": "magazine-article", "issue": "autumn-2025"});</script>
</head>
<body class="magazine issue-autumn-2025">
<div id="cookie-consent" class="cookie-consent" role="region" aria-label="Cookie consent">
  <p>We use essential cookies to make this site work, and optional analytics cookies to understand how it is used. <a href="/cookies">Read our cookie policy</a>.</p>
  <button type="button" class="btn btn-primary">Accept all cookies</button>
  <button type="button" class="btn btn-secondary">Essential cookies only</button>
</div>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="utility-bar">
    <a href="https://www.kingsmead.example">Kingsmead University</a>
    <a href="/login">Log in to Kingsmead Connect</a>
  </div>
  <a class="logo" href="/"><img src="/assets/img/kingsmead-alumni-logo.svg" alt="Kingsmead University Alumni"></a>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/">Alumni home</a></li>
      <li><a href="/magazine" aria-current="page">Magazine</a></li>
      <li><a href="/events">Events and reunions</a></li>
      <li><a href="/benefits">Benefits</a></li>
      <li><a href="/volunteer">Volunteer</a></li>
      <li><a href="/give" class="btn-give">Give</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Alumni</a></li>
    <li><a href="/magazine">Kingsmead Connect magazine</a></li>
    <li><a href="/magazine/autumn-2025">Autumn 2025</a></li>
    <li aria-current="page">Class notes</li>
  </ol>
</nav>
<main id="main" class="layout-sidebar">
<article class="class-notes">
  <p class="kicker">Kingsmead Connect \u00b7 Autumn 2025 \u00b7 Issue 58</p>
  <h1>Class notes</h1>
  <p class="standfirst">Your news, in your words (lightly edited). Thank you to everyone who wrote in this time \u2013 we had more notes than ever, so if yours isn\u2019t here it will be in the spring issue.</p>
  <form class="filter" action="/magazine/autumn-2025/class-notes" method="get">
    <label for="decade">Show notes from</label>
    <select id="decade" name="decade">
      <option value="">All decades</option>
      <option value="1960s">1960s</option>
      <option value="1970s">1970s</option>
      <option value="1980s">1980s</option>
      <option value="1990s">1990s</option>
      <option value="2000s">2000s</option>
      <option value="2010s">2010s</option>
      <option value="2020s">2020s</option>
    </select>
    <button type="submit">Filter</button>
  </form>

  <section class="decade" id="1960s">
    <h2>1960s</h2>
    <div class="note">
      <h3>Rev. John Allard <span class="degree">(BA Theology, 1966)</span></h3>
      <p>John retired last year after 52 years of ministry, the last twenty as vicar of two parishes in north Devon. He and his wife Ann now divide their time between their garden, their eight grandchildren and the parish choir, where he has been demoted to the basses.</p>
    </div>
  </section>

  <section class="decade" id="1970s">
    <h2>1970s</h2>
    <div class="note">
      <h3>Margaret Oyelaran <span class="degree">(BA History, 1974)</span></h3>
      <p>Margaret organised a 50th anniversary lunch for the History class of 1974 in June. Fourteen of the original 31 came, two from Canada, and the department\u2019s old seminar room was, she reports, \u201cexactly as cold as we remembered\u201d.</p>
    </div>
    <div class="note">
      <h3>Dr Colin Fairweather <span class="degree">(BSc Chemistry, 1977)</span></h3>
      <p>Colin\u2019s book <cite>Traces: Forty Years in the Forensic Laboratory</cite> was published in May. It covers his career from the old Home Office laboratories to retirement in 2019, and includes a chapter on the chemistry department\u2019s long-lost coffee machine.</p>
    </div>
  </section>

  <section class="decade" id="1990s">
    <h2>1990s</h2>
    <div class="note">
      <h3>Siobhan McAteer <span class="degree">(BA Social Policy, 1995)</span></h3>
      <p>Siobhan is a Chief Inspector with the Police Service of Northern Ireland and leads neighbourhood policing in Derry~Londonderry. Since 2023 her neighbourhood officers and Derry City and Strabane District Council\u2019s community safety wardens have walked the city walls and Guildhall Square together on Friday and Saturday evenings with youth workers from Foyle Youth Connect, under the name \u2018Walk the Walls\u2019. The youth workers talk to the groups of teenagers who gather on the walls, and the council has added lighting at two of the gates.</p>
      <p>In the scheme\u2019s first year anti-social behaviour reports in the walled city fell by a quarter, and it was commended at the Northern Ireland Community Safety Awards in March. Siobhan says her Kingsmead dissertation on youth work \u201cfinally came in useful, thirty years late\u201d.</p>
    </div>
    <div class="note">
      <h3>Andrew and Rachel Petty (n\u00e9e Coles) <span class="degree">(BEng Civil Engineering, 1996; BA English, 1997)</span></h3>
      <p>Andrew and Rachel, who met in Hawthorn Hall in 1994, celebrated their silver wedding anniversary in August with a party attended by a dozen Hawthorn friends.</p>
    </div>
  </section>

  <section class="decade" id="2000s">
    <h2>2000s</h2>
    <div class="note">
      <h3>James Okoro <span class="degree">(LLB, 2004)</span></h3>
      <p>James has been appointed a District Judge (Magistrates\u2019 Courts) on the Midland circuit. He writes that he still has his Land Law notes \u201cfor sentimental reasons only\u201d.</p>
    </div>
    <div class="note">
      <h3>Hannah Petrakis <span class="degree">(BSc Geography, 2008)</span></h3>
      <p>Hannah and her husband Leo welcomed twins, Iris and Theo, in April. Hannah is a senior planner with a consultancy in Leeds.</p>
    </div>
  </section>

  <section class="decade" id="2010s">
    <h2>2010s</h2>
    <div class="note">
      <h3>Tom Akers <span class="degree">(BA Youth and Community Work, 2014)</span></h3>
      <p>Tom is a youth worker in Leicester. In 2022 Tom and two friends from his course set up Ride Home Safe, a charity that runs a free late-night minibus from Leicester city centre on Friday and Saturday nights for students and hospitality workers who would otherwise walk home alone. The minibus runs from midnight to 4am on a loop of the main student and residential areas, with volunteer drivers and a marshal at the pick-up point on Granby Street agreed with Leicester City Council\u2019s night-time economy team.</p>
      <p>Ride Home Safe carried more than 9,400 passengers last year, four in five of them women, and has just taken delivery of a second minibus. Tom would love to hear from Kingsmead alumni in Leicester who could volunteer as drivers.</p>
    </div>
    <div class="note">
      <h3>Ellie Marsh <span class="degree">(BSc Criminology, 2019)</span></h3>
      <p>Ellie joined Kent Police as a trainee detective constable through the detective entry programme in 2023 and passed her National Investigators\u2019 Examination this summer. She is based in Maidstone.</p>
    </div>
  </section>

  <section class="decade" id="2020s">
    <h2>2020s</h2>
    <div class="note">
      <h3>Aisha Rahman <span class="degree">(MSc Data Science, 2021)</span></h3>
      <p>Aisha has moved from a fintech start-up to a data scientist post in the civil service, and ran her first marathon in Manchester in April in 4 hours 11 minutes.</p>
    </div>
    <div class="note">
      <h3>Kingsmead Students\u2019 Union netball team, 2020\u201323</h3>
      <p>Eight former players met up in Bristol in July and are planning to enter a league together next season. Any other former SU netballers in the south west should get in touch via the alumni office.</p>
    </div>
  </section>

  <section class="in-memoriam" id="in-memoriam">
    <h2>In memoriam</h2>
    <p>We have learned with sadness of the deaths of the following alumni. Full obituaries are online.</p>
    <ul>
      <li>Peter Lumb (BA Economics, 1961), 1939\u20132025</li>
      <li>Dr Elaine Cartwright (PhD Botany, 1972), 1946\u20132025</li>
      <li>Graham Tudor (BSc Physics, 1983), 1961\u20132025</li>
    </ul>
  </section>
  <p class="submit-note">Class notes for the spring 2026 issue must reach us by 31 January 2026. We may edit notes for length and reserve the right not to publish.</p>
</article>

<aside class="sidebar" aria-label="More from this issue">
  <section class="send-news">
    <h2>Send us your news</h2>
    <form action="/magazine/class-notes/submit" method="post">
      <label for="cn-name">Full name</label><input id="cn-name" name="name" type="text">
      <label for="cn-course">Course and year</label><input id="cn-course" name="course" type="text">
      <label for="cn-news">Your news (up to 150 words)</label><textarea id="cn-news" name="news"></textarea>
      <button type="submit">Send</button>
    </form>
  </section>
  <section class="most-read">
    <h2>Most read this issue</h2>
    <ol>
      <li><a href="/magazine/autumn-2025/the-new-library">The new library: a first look inside</a></li>
      <li><a href="/magazine/autumn-2025/vice-chancellor">Five minutes with the Vice-Chancellor</a></li>
      <li><a href="/magazine/autumn-2025/rowing">Back on the river: the boat club at 125</a></li>
    </ol>
  </section>
  <section class="events">
    <h2>Reunions</h2>
    <ul>
      <li>Class of 1975 golden reunion, 13 June 2026</li>
      <li>Hawthorn Hall 60th anniversary, 19 September 2026</li>
    </ul>
  </section>
</aside>
</main>
<footer class="site-footer">
  <p>Alumni Relations Office, Kingsmead University, Chancellor\u2019s Building, Kingsmead KM1 4AA \u00b7 +44 (0)1632 960 750 \u00b7 alumni@kingsmead.example</p>
  <ul class="footer-links">
    <li><a href="/privacy">How we use your data</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/unsubscribe">Update your preferences</a></li>
  </ul>
  <p>Kingsmead University is an exempt charity. \u00a9 Kingsmead University 2025.</p>
</footer>
<script src="/assets/js/alumni.min.js?v=3.8.1" defer></script>
</body>
</html>
"""


# ================================================================== 8. A government department's guidance page on GOV.UK (HTML)

GUIDANCE_HTML = """<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>Cuckooing: guidance for local partnerships - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0b0c0c">
<meta name="govuk:format" content="detailed_guide">
<meta name="govuk:primary-publishing-organisation" content="Home Office">
<meta property="og:title" content="Cuckooing: guidance for local partnerships">
<meta property="og:description" content="How police, councils, housing providers and others can work together to identify, protect and support adults whose homes are taken over by criminals.">
<link rel="canonical" href="https://www.gov.uk/guidance/cuckooing-guidance-for-local-partnerships">
<script type="application/ld+json">{"@context": "http://schema.org", "@type": "Article", "headline": "Cuckooing: guidance for local partnerships", "datePublished": "2025-05-14T09:30:00+01:00", "dateModified": "2025-09-02T10:00:00+01:00", "publisher": {"@type": "Organization", "name": "GOV.UK"}}</script>
</head>
<body class="govuk-template__body">
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.UK">
  <div class="govuk-cookie-banner__message">
    <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
    <p class="govuk-body">We use some essential cookies to make this website work.</p>
    <p class="govuk-body">We\u2019d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
    <p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p>
    <div class="govuk-button-group">
      <button class="govuk-button" type="button">Accept additional cookies</button>
      <button class="govuk-button" type="button">Reject additional cookies</button>
      <a class="govuk-link" href="/help/cookies">View cookies</a>
    </div>
  </div>
</div>
<a href="#content" class="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-header" role="banner">
  <div class="govuk-header__container govuk-width-container">
    <a href="https://www.gov.uk/" class="govuk-header__link govuk-header__link--homepage"><span class="govuk-header__logotype">GOV.UK</span></a>
    <nav aria-label="Menu"><button type="button" class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button></nav>
    <form class="gem-c-search" action="/search/all" method="get" role="search"><label for="search-main">Search GOV.UK</label><input id="search-main" name="keywords" type="search"><button type="submit">Search</button></form>
  </div>
</header>
<div class="govuk-width-container">
  <div class="gem-c-contextual-breadcrumbs">
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/crime-justice-and-law">Crime, justice and law</a></li>
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/crime-justice-and-law/policing">Policing</a></li>
      </ol>
    </nav>
  </div>
  <main role="main" id="content" class="govuk-main-wrapper" lang="en">
    <div class="gem-c-title govuk-!-margin-top-8">
      <span class="gem-c-title__context">Guidance</span>
      <h1 class="gem-c-title__text govuk-heading-l">Cuckooing: guidance for local partnerships</h1>
    </div>
    <p class="gem-c-lead-paragraph">How police, councils, housing providers and others can work together to identify, protect and support adults whose homes are taken over by criminals.</p>
    <div class="gem-c-metadata" aria-label="Page metadata">
      <dl>
        <dt class="gem-c-metadata__term">From:</dt>
        <dd class="gem-c-metadata__definition"><a href="/government/organisations/home-office" class="govuk-link">Home Office</a></dd>
        <dt class="gem-c-metadata__term">Published</dt>
        <dd class="gem-c-metadata__definition">14 May 2025</dd>
        <dt class="gem-c-metadata__term">Last updated</dt>
        <dd class="gem-c-metadata__definition">2 September 2025 \u2014 <a href="#full-publication-update-history" class="govuk-link">See all updates</a></dd>
      </dl>
    </div>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
          <h2 class="gem-c-contents-list__title">Contents</h2>
          <ol class="gem-c-contents-list__list">
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#introduction">Introduction</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#signs-of-cuckooing">Signs of cuckooing</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#working-together">Working together</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#protecting-the-victim">Protecting the victim</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#disrupting-offenders">Disrupting offenders</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#case-studies">Case studies</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#further-information">Further information</a></li>
          </ol>
        </nav>
        <div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
          <h2 id="introduction">Introduction</h2>
          <p>Cuckooing is the practice of taking over the home of a person, usually someone vulnerable, to use it for criminal purposes such as storing or dealing drugs, storing weapons or exploiting others. It is closely linked to county lines drug dealing. Victims are often adults with substance dependency, mental ill health, learning disabilities or physical disabilities, and many are isolated.</p>
          <p>The Crime and Policing Bill introduces a specific offence of controlling another person\u2019s home for criminal purposes. This guidance does not describe the offence. It is for community safety partnerships, safeguarding adults boards, housing providers and others who come across cuckooing in their work.</p>
          <div class="call-to-action">
            <p>If you think someone is in immediate danger, call 999. To report concerns about cuckooing, contact the police on 101, or Crimestoppers anonymously on 0800 555 111.</p>
          </div>

          <h2 id="signs-of-cuckooing">Signs of cuckooing</h2>
          <p>Signs that a home may have been taken over include:</p>
          <ul>
            <li>more people coming and going from a property, often for short visits at all hours</li>
            <li>new people, vehicles or bicycles at the property</li>
            <li>the resident seeming anxious, withdrawn or unwilling to let staff in</li>
            <li>the resident being unable to say who is staying with them</li>
            <li>drug paraphernalia, damage or an increase in anti-social behaviour around the property</li>
            <li>missed appointments, rent arrears or sudden changes in the resident\u2019s money</li>
          </ul>

          <h2 id="working-together">Working together</h2>
          <p>No single agency sees the whole picture. Housing officers, repairs staff and concierges are often the first to notice changes at a property, while the police and drug and alcohol services may know about the people involved. Community safety partnerships should:</p>
          <ol>
            <li>agree a single point of contact in each partner organisation for cuckooing concerns</li>
            <li>set up a regular meeting, or use an existing one, to discuss addresses of concern</li>
            <li>put information sharing agreements in place before they are needed</li>
            <li>train front-line staff, including contractors, to recognise the signs and report them</li>
          </ol>

          <h2 id="protecting-the-victim">Protecting the victim</h2>
          <p>The victim\u2019s safety should come first. The person whose home has been taken over may not see themselves as a victim and may be frightened of the consequences of talking to the police. Partners should consider a safeguarding referral under section 42 of the Care Act 2014 where the person has care and support needs, and should avoid enforcement action against the victim wherever possible.</p>
          <p>Practical support can include changing locks, installing door entry controls, temporary moves, help with debt and referral to drug and alcohol services.</p>

          <h2 id="disrupting-offenders">Disrupting offenders</h2>
          <p>Partners can use the tools and powers in the Anti-social Behaviour, Crime and Policing Act 2014, including closure notices and orders, civil injunctions and community protection notices. A closure order prevents anyone, including the resident, from entering the premises, so partners should plan where the resident will live before an order is sought.</p>

          <h2 id="case-studies">Case studies</h2>
          <p>The following examples were provided by the organisations named. They have not been independently evaluated and are included to show the kind of approach partnerships may find useful.</p>

          <div class="govuk-inset-text case-study">
            <h3 id="case-study-bulwell-nottingham">Case study: weekly cuckooing clinic, Bulwell, Nottingham</h3>
            <p>Since October 2023, Nottinghamshire Police\u2019s Bulwell neighbourhood policing team and Nottingham City Council\u2019s tenancy sustainment team have held a weekly \u2018cuckooing clinic\u2019 at Bulwell police station. Each week they go through every address in the area flagged by officers, housing staff or neighbours, and agree who will visit and when. Visits are made jointly by a PCSO and a tenancy sustainment officer, usually within 48 hours.</p>
            <p>In its first 18 months the clinic considered 131 addresses. In 77 cases a joint visit found the resident at risk; 52 residents accepted support, locks were changed at 29 properties and 11 residents were moved. Reports of drug dealing from council properties in Bulwell fell by 35% over the same period.</p>
          </div>

          <div class="govuk-inset-text case-study">
            <h3 id="case-study-peterlee">Case study: Operation Doorstep, Peterlee, County Durham</h3>
            <p>Durham Constabulary\u2019s Peterlee neighbourhood team and Castle Eden Homes, a housing association, set up Operation Doorstep in January 2024 after three cuckooing cases in one year in the association\u2019s sheltered and supported flats. The association\u2019s scheme managers and repairs operatives were trained by the team to recognise the signs, and report concerns through a single email address checked daily by the team\u2019s sergeant.</p>
            <p>The association fitted video door entry to its four highest-risk blocks and now offers a temporary move within 24 hours to any tenant who asks for one. In 2024 the operation received 46 reports, led to 14 safeguarding referrals and 9 arrests, and no tenant of the association was the victim of a repeat takeover.</p>
          </div>

          <div class="govuk-inset-text case-study">
            <h3 id="case-study-east-manchester">Case study: training front-line housing staff, east Manchester</h3>
            <p>Medlock Homes, a housing association with 6,200 homes in east Manchester, trained all 64 of its housing officers, concierge staff and repairs operatives in 2024 to spot the signs of cuckooing and to log concerns on a short form on their phones. The association\u2019s tenancy support team follows up every report within two working days, and its lettings team can offer an emergency transfer.</p>
            <p>In the first year staff logged 41 concerns. Tenancy support officers found 23 tenants at risk, 9 were moved, and 17 started work with a support service. Staff surveyed after the training said they were much more confident about what to look for.</p>
          </div>

          <h2 id="further-information">Further information</h2>
          <ul>
            <li><a href="/government/publications/county-lines-exploitation" class="govuk-link">Criminal exploitation of children and vulnerable adults: county lines</a></li>
            <li><a href="/government/publications/anti-social-behaviour-powers-statutory-guidance" class="govuk-link">Anti-social behaviour powers: statutory guidance for frontline professionals</a></li>
            <li><a href="https://www.crimestoppers-uk.example" class="govuk-link">Crimestoppers</a></li>
          </ul>
        </div>
        <div class="gem-c-published-dates" id="full-publication-update-history">
          <p>Published 14 May 2025<br>Last updated 2 September 2025</p>
          <ol>
            <li>2 September 2025: Added case study from east Manchester.</li>
            <li>14 May 2025: First published.</li>
          </ol>
        </div>
        <div class="gem-c-print-link"><button class="govuk-link" type="button">Print this page</button></div>
        <div class="gem-c-back-to-top-link"><a class="govuk-link" href="#contents">Contents</a></div>
      </div>
      <div class="govuk-grid-column-one-third">
        <aside class="gem-c-related-navigation" role="complementary">
          <h2 class="gem-c-related-navigation__main-heading">Related content</h2>
          <ul>
            <li><a href="/government/publications/serious-violence-duty">Serious Violence Duty</a></li>
            <li><a href="/guidance/county-lines-programme">County Lines Programme overview</a></li>
          </ul>
          <h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3>
          <ul>
            <li><a href="/crime-justice-and-law/policing">Policing</a></li>
            <li><a href="/crime-justice-and-law/crime-prevention">Crime prevention</a></li>
          </ul>
        </aside>
      </div>
    </div>
    <div class="gem-c-feedback">
      <h2 class="govuk-visually-hidden">Help us improve GOV.UK</h2>
      <p>Is this page useful? <button type="button">Yes</button> <button type="button">No</button></p>
      <button type="button">Report a problem with this page</button>
    </div>
  </main>
</div>
<footer class="gem-c-layout-footer govuk-footer">
  <div class="govuk-width-container">
    <h2 class="govuk-visually-hidden">Support links</h2>
    <ul class="govuk-footer__inline-list">
      <li><a class="govuk-footer__link" href="/help">Help</a></li>
      <li><a class="govuk-footer__link" href="/help/privacy-notice">Privacy</a></li>
      <li><a class="govuk-footer__link" href="/help/cookies">Cookies</a></li>
      <li><a class="govuk-footer__link" href="/help/accessibility-statement">Accessibility statement</a></li>
      <li><a class="govuk-footer__link" href="/contact">Contact</a></li>
      <li><a class="govuk-footer__link" href="/help/terms-conditions">Terms and conditions</a></li>
    </ul>
    <p class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</p>
    <a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">\u00a9 Crown copyright</a>
  </div>
</footer>
</body>
</html>
"""


# ================================================================== 9. A council's online consultation page (HTML, Citizen Space style)

CONSULTATION_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Town centre Safe Haven and community safety hub - Cheltenham Borough Council - Citizen Space</title>
<meta name="description" content="We are proposing to open a Safe Haven and community safety hub in Cheltenham town centre. Tell us what you think.">
<link rel="stylesheet" href="/static/cs/css/main.css?20251103">
</head>
<body class="dialogue-overview">
<div class="cookie-notice" id="cookie-notice">
  <p>This site uses cookies to make it work and, if you agree, to collect anonymous statistics. <a href="/cookies/">Cookie settings</a></p>
  <button type="button" id="cookie-accept">I\u2019m OK with analytics cookies</button>
  <button type="button" id="cookie-reject">Do not use analytics cookies</button>
</div>
<a class="skip" href="#main-content">Skip to main content</a>
<header id="site-header">
  <div class="brand">
    <a href="/"><img src="/static/img/cbc-logo.png" alt="Cheltenham Borough Council logo"></a>
    <span class="site-name">Consultation Hub</span>
  </div>
  <nav id="global-nav" aria-label="Site">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/consultation_finder/">Find consultations</a></li>
      <li><a href="/we_asked_you_said/">We asked, you said, we did</a></li>
      <li><a href="/user/login/">Log in</a></li>
    </ul>
  </nav>
</header>
<div id="breadcrumbs">
  <a href="/">Cheltenham Borough Council</a> \u00bb <a href="/communities/">Communities and Safety</a> \u00bb <span>Town centre Safe Haven and community safety hub</span>
</div>
<main id="main-content">
  <div class="dialogue-header">
    <h1>Town centre Safe Haven and community safety hub</h1>
    <p class="status open">Open</p>
    <dl class="dates">
      <dt>Opened</dt><dd>1 Dec 2025</dd>
      <dt>Closes</dt><dd>12 Jan 2026</dd>
    </dl>
  </div>
  <div class="dialogue-columns">
    <div class="overview">
      <h2>Overview</h2>
      <p>We are proposing to open a Safe Haven and community safety hub in Cheltenham town centre, in the empty former tourist information unit on the Promenade. We would like to know what residents, businesses, visitors and people who work in the town centre think of the proposal before we make a decision.</p>
      <p>The hub would be a place where people who feel unsafe, are lost or have become separated from friends could go for help, and a base in the town centre for the council\u2019s community protection officers, with a desk that Gloucestershire Constabulary\u2019s neighbourhood officers could use during their shifts.</p>

      <h2>Why we are consulting</h2>
      <p>In our 2025 residents\u2019 survey, 41% of people who visit the town centre after 6pm said they felt unsafe there at night, and the figure was higher among women and young people. Businesses have also asked for a visible, staffed place in the centre of town that their staff and customers can go to.</p>
      <p>No decision has been made. The council\u2019s Cabinet will consider the results of this consultation, alongside a full business case, in March 2026.</p>

      <h2>What we are proposing</h2>
      <p>Under our preferred option the hub would:</p>
      <ul>
        <li>be open from 6pm to 3am on Friday and Saturday nights, and from 10am to 4pm on weekdays</li>
        <li>be staffed at night by trained volunteers, with a paramedic or first aider on the busiest nights</li>
        <li>offer a place to charge a phone, call a friend or taxi, and wait safely</li>
        <li>be the base for the council\u2019s community protection officers during the day</li>
        <li>provide a desk and a place to write up for police officers and PCSOs on patrol</li>
      </ul>
      <p>We would expect to work with Gloucestershire Constabulary, the ambulance service, the town\u2019s business improvement district and voluntary groups to run the hub, but no agreements have yet been made.</p>

      <h3>Options</h3>
      <table class="options">
        <caption>Options we have considered</caption>
        <thead><tr><th scope="col">Option</th><th scope="col">What it means</th><th scope="col">Estimated cost per year</th></tr></thead>
        <tbody>
          <tr><td>A (preferred)</td><td>Day and night hub on the Promenade, as described above</td><td>\u00a3148,000</td></tr>
          <tr><td>B</td><td>Night-time only Safe Haven in a temporary structure, March to December</td><td>\u00a392,000</td></tr>
          <tr><td>C</td><td>No hub; extra community protection officer hours instead</td><td>\u00a375,000</td></tr>
        </tbody>
      </table>
      <p>Costs would be met in the first two years from the council\u2019s share of a national safer streets grant, if our bid is successful, and after that from the council\u2019s budget and contributions from partners.</p>

      <h2>What happens next</h2>
      <p>When the consultation closes we will publish a summary of what you told us on our <a href="/we_asked_you_said/">We asked, you said, we did</a> page. If Cabinet agrees, the hub could open in autumn 2026.</p>

      <h2>Give us your views</h2>
      <p>The survey has eight questions and should take about ten minutes. You can save your answers and come back later. If you need the survey in another format, please contact us using the details below.</p>
      <p><a class="button primary" href="/communities/safe-haven/consultation/">Online Survey</a></p>

      <h3>Questions in this survey</h3>
      <ol class="question-preview">
        <li>In what capacity are you responding? (resident, business, visitor, work in the town centre, other)</li>
        <li>How safe do you feel in Cheltenham town centre after dark? (very safe to very unsafe)</li>
        <li>Which option do you prefer? (A, B, C, none)</li>
        <li>Which services should the hub offer? (tick all that apply)</li>
        <li>Would you use the hub? Why or why not?</li>
        <li>Do you have any concerns about the proposal?</li>
        <li>Is there anything else you would like to tell us?</li>
        <li>About you (optional equality questions)</li>
      </ol>
    </div>

    <aside class="dialogue-meta">
      <section>
        <h2>Related</h2>
        <ul class="related-files">
          <li><a href="/communities/safe-haven/supporting_documents/Safe%20Haven%20proposal.pdf">Safe Haven proposal document</a> (PDF, 1.2 MB)</li>
          <li><a href="/communities/safe-haven/supporting_documents/EqIA%20Safe%20Haven.pdf">Equality impact assessment</a> (PDF, 310 KB)</li>
          <li><a href="/communities/safe-haven/supporting_documents/Promenade%20unit%20plan.pdf">Floor plan of the Promenade unit</a> (PDF, 540 KB)</li>
        </ul>
      </section>
      <section>
        <h2>Audiences</h2>
        <ul><li>Residents</li><li>Businesses</li><li>Visitors</li><li>Young people</li></ul>
      </section>
      <section>
        <h2>Interests</h2>
        <ul><li>Community safety</li><li>Town centre</li><li>Night-time economy</li></ul>
      </section>
      <section class="contact">
        <h2>Contact</h2>
        <p>Community Protection Team<br>Cheltenham Borough Council<br>Municipal Offices, Promenade<br>Cheltenham GL50 9SA</p>
        <p>Phone: 01632 960 882<br>Email: <a href="mailto:safehaven@cheltenham.example">safehaven@cheltenham.example</a></p>
      </section>
      <section class="share">
        <h2>Share</h2>
        <a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email a friend</a>
      </section>
    </aside>
  </div>
</main>
<footer id="site-footer">
  <ul>
    <li><a href="/privacy/">Privacy notice</a></li>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/cookies/">Cookies</a></li>
  </ul>
  <p>\u00a9 Cheltenham Borough Council. Powered by Citizen Space.</p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A council digital team's design document, RFC (Markdown)

RFC_MD = """---
rfc: 0014
title: One referral form for Safe Space Brighton & Hove
status: Draft for review
authors:
  - Priya Nandakumar (Product Manager, Digital Services)
  - Owen Reilly (Developer, Digital Services)
reviewers:
  - Communities, Equalities and Third Sector
  - Information Governance
  - Sussex Police Prevention team (for awareness)
created: 2025-10-06
updated: 2025-10-20
decision-by: 2025-11-07
---

# RFC 0014: One referral form for Safe Space Brighton & Hove

> **Status:** Draft for review \u00b7 **Squad:** Communities & Safety \u00b7 **Decision by:** 7 November 2025
>
> Comments in the doc please, not in Slack, so we keep them in one place. Anything marked `TODO` is still being worked out.

## Contents

1. [Summary](#summary)
2. [Background](#background)
3. [Goals and non-goals](#goals-and-non-goals)
4. [Proposed design](#proposed-design)
5. [Alternatives considered](#alternatives-considered)
6. [Privacy and security](#privacy-and-security)
7. [Rollout](#rollout)
8. [Open questions](#open-questions)
9. [Sign-off](#sign-off)

## Summary

Replace the three ways venues currently tell us they have helped someone (a Google Form, an emailed Word template and phone calls to the Community Safety inbox) with one accessible web form on the council's forms platform, feeding a single case list that the council and Sussex Police can both work from.

## Background

### What Safe Space is

Since July 2023, Sussex Police's Brighton and Hove Prevention team and the council's Community Safety team have run Safe Space Brighton & Hove. Shops, caf\u00e9s, libraries and bars sign up to be a Safe Space and display a sticker in the window; the Prevention team and Community Safety officers visit each venue to train staff in a 40-minute session. When someone comes in because they feel unsafe \u2013 followed, harassed, lost, or just frightened \u2013 staff let them stay, help them call a friend or a taxi, or call the police if needed, and then fill in a short referral so the team can follow up.

In the first two years 63 venues joined, staff helped 412 people and 57 people were referred on to support services. In the 2025 venue survey, 88% of venues said their staff felt more confident dealing with someone in distress.

### What's wrong with today's process

- Venues use whichever route they remember. About a third of referrals arrive by phone and are typed up later, sometimes days later.
- The Google Form sits in a personal account of a former member of staff. `TODO: confirm with IG whether this is a reportable issue.`
- Police and council officers each keep their own spreadsheet, so follow-up is duplicated or missed.
- None of the routes meets WCAG 2.2 AA.

## Goals and non-goals

**Goals**

- One form, usable on a phone at a till, in under three minutes
- One case list both partners can see, with a named owner for each follow-up
- Nothing held in personal accounts; retention applied automatically

**Non-goals**

- A full case management system (we will use the existing Community Safety casework tool if one is needed later)
- Public reporting of incidents by the person who was helped; that is a separate service
- Changing how venues are recruited or trained

## Proposed design

```mermaid
flowchart LR
  V[Venue staff] -->|form| F[Forms platform]
  F --> Q[Safe Space case list]
  Q --> CS[Community Safety officer]
  Q --> P[Prevention team via secure export]
```

| Field | Type | Required | Notes |
|---|---|---|---|
| Venue | lookup | yes | prefilled from the QR code on the sticker |
| Date and time | datetime | yes | defaults to now |
| What happened | choice + free text | yes | followed, harassed, lost, unwell, other |
| Was anyone called? | choice | yes | friend, taxi, police, ambulance, none |
| Consent to follow-up | yes/no | yes | if no, no personal details are collected |
| Contact details | text | no | only if consent is yes |

The QR code on each venue's sticker will open the form with the venue already filled in. Submissions land in a case list in the forms platform; a nightly export in CSV goes to the Prevention team's secure mailbox. `TODO: check whether the police can take a direct feed instead.`

## Alternatives considered

| Option | Pros | Cons | Decision |
|---|---|---|---|
| Keep the Google Form, move it to a team account | Quick, no cost | Not accessible, no case list, still two spreadsheets | Rejected |
| Build in the casework tool | Full audit trail | Licence cost per venue user; venues would need accounts | Rejected |
| Forms platform + case list (this RFC) | Already licensed, accessible, retention built in | Police access by export only at first | **Proposed** |

## Privacy and security

- A DPIA screening has been done (ref. DPIA-2025-118); a full DPIA is needed because the form can collect special category data. `TODO`
- Retention: 12 months from last contact, then automatic deletion.
- The existing information sharing agreement between the council and Sussex Police covers Safe Space and will be updated to name the new form.

## Rollout

1. Build and test with five venues: weeks of 17 and 24 November
2. Accessibility audit: by 5 December
3. Print new stickers with QR codes: December
4. Switch all venues over: January 2026; retire the Google Form and Word template the same week

## Open questions

- Do we need a Welsh or other-language version for the pilot? (probably not, but ask Communities)
- Who owns the case list out of hours?
- Should venues get a copy of what they submitted?

## Sign-off

| Role | Name | Date |
|---|---|---|
| Product owner | Jess Amankwah, Community Safety Manager | |
| Information Governance | | |
| Digital Services lead | Martin Slade | |

*Brighton & Hove City Council, Digital Services. This RFC is published in our open design docs repository under the Open Government Licence.*
"""


# ================================================================== 11. A regional news agency's wire file (plain text)

WIRE_TXT = """TRENT VALLEY PRESS AGENCY - COPY FILE
Wednesday 5 November 2025  |  Morning file  |  Page 1 of 1
For subscribers only. Not for onward distribution. Copyright TVPA Ltd.
========================================================================

TVPA 0412 HOME POLICE Carparks  Derby                       05/11/2025 06:12
Words: 398  Pictures: yes (see end)
EMBARGOED UNTIL 00.01 THURSDAY 6 NOVEMBER 2025

Car park patrols cut thefts from cars in Derby

By Joanna Reece, TVPA Derby correspondent

A scheme pairing police community support officers with parking
wardens has cut thefts from vehicles in Derby city centre car parks by
more than a third, figures show.

Derbyshire Constabulary's city centre safer neighbourhood team and
Derby City Council's parking services began joint evening patrols of
the council's seven multi-storey and surface car parks in January,
after thefts from cars rose for the third year running.

PCSOs and civil enforcement officers walk the car parks together
between 4pm and 10pm on weekdays, leaving printed notes on cars with
valuables on show, and the council has repaired lighting on four
levels of the Bold Lane car park and put up signs.

Between January and September, 118 thefts from vehicles were recorded
in the car parks, compared with 187 in the same months last year, a
fall of 37 per cent, according to figures released by the force.

MORE

TVPA 0412 HOME POLICE Carparks 2  Derby                     05/11/2025 06:12

Inspector Mark Bellamy, of Derbyshire Constabulary, said: "Most of
these thefts are of things left on a seat. A note on the windscreen
from a PCSO or a warden seems to stick in people's minds far better
than a poster."

Councillor Ruth Gadsby, cabinet member for streetpride and parking,
said: "Our wardens are in the car parks anyway. Walking them with the
police has made the car parks feel safer for staff as well as for
drivers."

The patrols will continue through the Christmas shopping period, when
the council is also offering free parking after 4pm on Thursdays in
December.

Pictures: PCSO Amy Leach and civil enforcement officer Dev Rana on
patrol at Bold Lane car park. TVPA-0412-01 to 04.

ENDS

------------------------------------------------------------------------

TVPA 0413 HOME COURTS Burglar  Nottingham                  05/11/2025 06:40
Words: 214

Man jailed for string of garden shed burglaries

A man who broke into 23 garden sheds and garages across west
Nottingham in a six-week spree has been jailed for three years and
four months.

Kyle Brammer, 31, of no fixed address, admitted 17 burglaries and
asked for six others to be taken into consideration when he appeared
at Nottingham Crown Court on Tuesday.

The court heard that bicycles, power tools and a mobility scooter
were taken from homes in Beeston, Bramcote and Wollaton between
August and September.

Brammer was arrested by Nottinghamshire Police officers after a
resident recognised him from doorbell footage posted in a community
Facebook group.

Sentencing, Recorder Fiona Whitehouse said the offences had "caused
real distress to householders, several of them elderly."

ENDS

------------------------------------------------------------------------

TVPA 0414 HOME CHARITY Locks  Mansfield                    05/11/2025 07:05
Words: 301  Pictures: yes

Charity fits new locks for 300 domestic abuse survivors

A Mansfield charity has fitted new locks, door chains and video
doorbells in the homes of more than 300 survivors of domestic abuse
in two years, so that they can stay in their own homes safely.

Sherwood Safe Homes, which was set up by a retired locksmith and two
former housing officers in 2023, works with Mansfield District
Council's housing options team, which pays for the materials for
council tenants and arranges access.

Volunteer fitters visit within 48 hours of a referral and carry out
a security check of doors, windows and the garden, fitting extra
locks, window alarms and, where needed, a video doorbell linked to
the survivor's phone.

The charity said 296 of the 312 households it has helped since 2023
were still living in the same home six months later.

Most referrals come from Nottinghamshire Police's domestic abuse
officers and from Juniper Lane Women's Aid.

Chair of trustees Dennis Wharmby said: "Going back into a home where
you don't feel safe is no life. A new lock is a small thing that
means a great deal."

Pictures: volunteer fitter Pat Hollis at work. TVPA-0414-01, 02.

ENDS

------------------------------------------------------------------------

CORRECTION

TVPA 0398 HOME COUNCIL Budget (Lincoln), moved 04/11/2025: in par 4
please read "a 4.99 per cent rise in council tax" not "a 5.99 per cent
rise". Corrected version follows as TVPA 0398A. Apologies.

------------------------------------------------------------------------

DIARY - THURSDAY 6 NOVEMBER 2025

10.00  Derby  Derbyshire Police, Fire and Crime Panel, Council House
       (precept update; commissioner attends)
11.00  Nottingham  Crown Court: sentencing in Radford arson case
14.00  Mansfield  Opening of the new bus station cafe by the Mayor
19.30  Chesterfield  Public meeting on the town centre masterplan,
       Winding Wheel theatre

------------------------------------------------------------------------
Newsdesk: 0115 496 0718 (24 hours)  newsdesk@tvpa.example
Pictures desk: 0115 496 0719
TVPA Ltd, 14 Castle Boulevard, Nottingham NG7 1FX
========================================================================
"""


# ================================================================== writing everything

TEXT_DOCUMENTS = {
    "kingsmead-university-alumni-class-notes-autumn-2025.html": CLASS_NOTES_HTML,
    "home-office-cuckooing-guidance-for-local-partnerships.html": GUIDANCE_HTML,
    "cheltenham-borough-council-consultation-town-centre-safe-haven.html": CONSULTATION_HTML,
    "brighton-and-hove-digital-rfc-0014-safe-space-referral-form.md": RFC_MD,
    "trent-valley-press-agency-copy-file-5-november-2025.txt": WIRE_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    matchday_programme(out)
    textbook_chapter(out)
    data_sheet(out)
    witness_statement(out)
    motions_on_notice(out)
    problem_solving_plan(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
