"""Write the binary held-out layout documents (PDFs, Word file) from the content below.

Run from the repository root:  python tests/data/layouts-heldout/make.py [OUT_DIR]

These documents are held out: they were written without reading the segmenter, in layouts
that are not in tests/data/layouts, and are not to be tuned against. The writers here are
deliberately self-contained (reportlab and python-docx called directly) rather than the
tests/formats.py writers the development fixtures use, so that the page furniture (sidebars,
footnotes, boxes, running heads) is laid out the way a publisher's template would do it.
The HTML and Markdown documents beside this script are written by hand; manifest.json lists
every document's intended initiatives.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=2)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=17, leading=21,
                    textColor=colors.HexColor("#3b1f5c"), spaceBefore=6, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                    textColor=colors.HexColor("#3b1f5c"), spaceBefore=8, spaceAfter=5)
COVER = ParagraphStyle("cover", parent=BODY, fontName="Helvetica-Bold", fontSize=26, leading=31,
                       textColor=colors.HexColor("#3b1f5c"), spaceAfter=16)
COVER_SUB = ParagraphStyle("coversub", parent=BODY, fontSize=14, leading=18, spaceAfter=10)
TOC = ParagraphStyle("toc", parent=BODY, spaceAfter=3)
TOC2 = ParagraphStyle("toc2", parent=TOC, leftIndent=16)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
BOXHEAD = ParagraphStyle("boxhead", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5,
                         textColor=colors.HexColor("#00594f"), spaceAfter=5)


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    """The same archive with fixed member timestamps, so writing it again changes no bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _toc_line(number: str, text: str, page: int, style=TOC) -> Paragraph:
    dots = "." * max(4, 70 - len(number) - len(text))
    return Paragraph(f"{number}&nbsp;&nbsp;{text} <font color='#888888'>{dots}</font> {page}", style)


# ------------------------------------------------------------------ 1. PCC annual report (PDF)

class _Footnoted(Paragraph):
    """A paragraph whose footnotes are set at the foot of the page it lands on."""

    def __init__(self, text, style, notes):
        super().__init__(text, style)
        self.notes = notes

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if parts:  # the notes go with the first part, where the reference marks are
            first = _Footnoted.__new__(_Footnoted)
            first.__dict__.update(parts[0].__dict__)
            first.notes = self.notes
            parts[0] = first
        return parts

    def draw(self):
        super().draw()
        PENDING_NOTES.extend(self.notes)


PENDING_NOTES: list[str] = []

SIDEBAR = {
    3: ("Our year in numbers", [("1,412", "calls a day to 101 and 999"), ("91%", "of 999 calls answered "
        "within 10 seconds"), ("£228.6m", "policing budget for 2024/25"), ("36", "community projects "
        "funded")]),
    4: ("Safer streets", [("212", "new LED street lights in Crewe"), ("-27%", "drop in burglary in the "
        "Safer Streets area"), ("4", "rural crime drones")]),
    5: ("Victims first", [("9,840", "victims contacted by the Victims' Hub"), ("88%", "satisfied with "
        "the support they received"), ("317", "children supported by an ISVA")]),
    6: ("Tackling offending", [("642", "adults offered Cheshire Pathway"), ("81%", "completed their "
        "conditions")]),
    7: ("Holding to account", [("10", "public performance meetings"), ("143", "complaint reviews "
        "completed")]),
}


def _pcc_page(canvas, doc):
    canvas.saveState()
    page = doc.page
    canvas.setFillColor(colors.HexColor("#3b1f5c"))
    canvas.rect(0, A4[1] - 30, A4[0], 30, fill=1, stroke=0)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(48, A4[1] - 19, "Police and Crime Commissioner for Cheshire")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(A4[0] - 48, A4[1] - 19, "Annual Report 2024/25")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(48, 28, "www.cheshire-pcc.gov.uk")
    canvas.drawRightString(A4[0] - 48, 28, f"Page {page} of 8")
    if page in SIDEBAR:
        heading, figures = SIDEBAR[page]
        x, top, width = A4[0] - 190, A4[1] - 70, 142
        canvas.setFillColor(colors.HexColor("#efe8f6"))
        canvas.rect(x - 10, 200, width + 20, top - 190, fill=1, stroke=0)
        canvas.setFillColor(colors.HexColor("#3b1f5c"))
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(x, top - 14, heading)
        y = top - 44
        for figure, label in figures:
            canvas.setFont("Helvetica-Bold", 20)
            canvas.drawString(x, y, figure)
            canvas.setFont("Helvetica", 8.5)
            words, line = label.split(), ""
            y -= 14
            for word in words:
                if canvas.stringWidth(line + " " + word, "Helvetica", 8.5) > width:
                    canvas.drawString(x, y, line.strip())
                    y, line = y - 11, ""
                line += " " + word
            canvas.drawString(x, y, line.strip())
            y -= 34
    canvas.restoreState()


def _pcc_page_end(canvas, doc):
    if not PENDING_NOTES:
        return
    canvas.saveState()
    canvas.setStrokeColor(colors.grey)
    canvas.line(48, 96, 168, 96)
    y = 86
    canvas.setFont("Helvetica", 7)
    for note in PENDING_NOTES:
        canvas.drawString(48, y, note)
        y -= 9
    canvas.restoreState()
    PENDING_NOTES.clear()


def pcc_cheshire_annual_report(out: Path) -> None:
    """A commissioner's annual report: cover, contents, two-level numbered sections, a key-figures
    sidebar drawn on each page, footnotes at the page foot, a 999 panel and a contact page."""
    doc = BaseDocTemplate(str(out / "cheshire-pcc-annual-report-2024-25.pdf"), pagesize=A4,
                          leftMargin=48, rightMargin=48, topMargin=60, bottomMargin=110,
                          title="Police and Crime Commissioner for Cheshire: Annual Report 2024/25",
                          author="Office of the Police and Crime Commissioner for Cheshire", invariant=1)
    narrow = Frame(48, 110, A4[0] - 48 - 210, A4[1] - 170, id="body")
    full = Frame(48, 110, A4[0] - 96, A4[1] - 170, id="full")
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[full]),
        PageTemplate(id="plain", frames=[full], onPage=_pcc_page, onPageEnd=_pcc_page_end),
        PageTemplate(id="sidebar", frames=[narrow], onPage=_pcc_page, onPageEnd=_pcc_page_end),
    ])
    p = lambda text: Paragraph(text, BODY)  # noqa: E731
    danger = Table([[Paragraph("<b>If you are in immediate danger, call 999.</b> If you are deaf or speech "
                               "impaired, text 999 once you have registered with emergencySMS. For "
                               "non-emergencies call 101 or report online at cheshire.police.uk.", CELL)]],
                   colWidths=[A4[0] - 96 - 210])
    danger.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fde8e8")),
                                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#b00020")),
                                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story = [
        Spacer(1, 140),
        Paragraph("Annual Report 2024/25", COVER),
        Paragraph("Police and Crime Commissioner for Cheshire", COVER_SUB),
        Paragraph("Reporting on the Police and Crime Plan 2021 to 2025: Safer Streets, Victims First, "
                  "Fair and Effective Justice", BODY),
        Spacer(1, 200),
        Paragraph("Published July 2025. This report is available in large print, Easy Read and Welsh on "
                  "request.", SMALL),
        NextPageTemplate("plain"), PageBreak(),
        Paragraph("Contents", H1),
        _toc_line("1", "Foreword", 3), _toc_line("2", "Safer streets", 4),
        _toc_line("2.1", "Safer Streets in Crewe", 4, TOC2), _toc_line("2.2", "Rural crime drones", 4, TOC2),
        _toc_line("3", "Victims first", 5),
        _toc_line("3.1", "The Cheshire Victims' Hub", 5, TOC2),
        _toc_line("3.2", "Children's independent sexual violence advisers", 5, TOC2),
        _toc_line("4", "Fair and effective justice", 6),
        _toc_line("4.1", "Cheshire Pathway: deferred prosecution", 6, TOC2),
        _toc_line("5", "Holding the Chief Constable to account", 7),
        _toc_line("5.1", "Performance meetings", 7, TOC2), _toc_line("5.2", "Complaint reviews", 7, TOC2),
        _toc_line("6", "Finance", 7), _toc_line("7", "Contact us", 8),
        Spacer(1, 18),
        Paragraph("About this report", H2),
        p("The Police Reform and Social Responsibility Act 2011 requires every police and crime "
          "commissioner to publish an annual report on the exercise of their functions and on progress "
          "against their police and crime plan. This is my fourth and final report on the Police and "
          "Crime Plan 2021 to 2025."),
        NextPageTemplate("sidebar"), PageBreak(),
        Paragraph("1 Foreword", H1),
        p("It has been a privilege to serve as your Commissioner. When I was elected I promised that "
          "residents across Cheshire, Halton and Warrington would see more of their police, that victims "
          "would be put first, and that I would hold the Chief Constable to account in public."),
        _Footnoted("This year the force reached its highest ever number of officers, 2,412, and crime in "
                   "the county fell by 6 per cent<super>1</super>. I know that statistics only tell part of "
                   "the story, and that for many people what matters is whether they feel safe in their own "
                   "street. That is why the projects in this report were chosen with residents, parish "
                   "councils and the voluntary sector.", BODY,
                   ["1  Office for National Statistics, Crime in England and Wales: Police Force Area data "
                    "tables, year ending March 2025."]),
        p("I want to thank the officers, staff, volunteers and partners who have done this work, and "
          "everyone who has taken part in our consultations. I hope this report shows what your council "
          "tax precept has paid for."),
        p("<i>John Dwyer, Police and Crime Commissioner for Cheshire</i>"),
        Spacer(1, 8), danger,
        PageBreak(),
        Paragraph("2 Safer streets", H1),
        p("Residents told us that burglary, antisocial behaviour and rural crime were their top concerns. "
          "Under this priority I have funded work that makes places harder targets and helps the "
          "Constabulary reach crime in the most rural parts of the county."),
        Paragraph("2.1 Safer Streets in Crewe", H2),
        _Footnoted("With £540,000 from the Home Office Safer Streets Fund<super>2</super>, my office, Cheshire "
                   "Constabulary and Cheshire East Council worked in the West Street and Mill Street area of "
                   "Crewe, where burglary rates were three times the county average. The council replaced "
                   "212 street lights with brighter LED units and fitted alley gates to 46 back entries, while "
                   "neighbourhood officers and crime prevention advisers visited 1,380 homes to fit door and "
                   "window locks free of charge.", BODY,
                   ["2  Safer Streets Fund round 5, awarded October 2023 for delivery to March 2025."]),
        p("In the twelve months after the work was finished, residential burglary in the area fell by 27 "
          "per cent against the previous year and reports of antisocial behaviour fell by 19 per cent."),
        Paragraph("2.2 Rural crime drones", H2),
        p("I funded four drones for the Constabulary's Rural and Wildlife Crime Team, with thermal imaging "
          "cameras, and trained eight officers as pilots. The team now uses them to search farmland for "
          "stolen machinery, to find hare coursers at night and to look for missing people on the "
          "Peckforton Hills and in Delamere Forest."),
        p("Since March 2024 the drones have flown 211 missions. They led to 37 arrests for rural offences "
          "and helped find 14 missing people, and farm machinery worth £386,000 was recovered."),
        PageBreak(),
        Paragraph("3 Victims first", H1),
        p("Being a victim of crime can turn someone's life upside down. I commission most of the support "
          "services for victims in Cheshire, and this year I spent £3.1 million doing so."),
        Paragraph("3.1 The Cheshire Victims' Hub", H2),
        p("We run the Cheshire Victims' Hub from my office in Winsford. Cheshire Constabulary passes the details "
          "of every victim who reports a crime to the hub, a caseworker contacts them within two working "
          "days, and victims can refer themselves without reporting to the police. Caseworkers assess each person's needs, "
          "keep them updated on their case, and refer them on to specialist services."),
        _Footnoted("The hub contacted 9,840 victims in 2024/25. In our annual survey, 88 per cent of "
                   "victims said they were satisfied with the support they received<super>3</super>, up from "
                   "79 per cent when the hub was set up.", BODY,
                   ["3  Victims' Hub satisfaction survey, 1,102 responses, January to March 2025."]),
        Paragraph("3.2 Children's independent sexual violence advisers", H2),
        p("Children who have been sexually abused often wait more than two years for their case to reach "
          "court. I fund three children's independent sexual violence advisers (ISVAs) at Rape and Sexual "
          "Abuse Support Centre Cheshire and Merseyside, who support children aged 4 to 17 and their "
          "families from the first disclosure through any trial and for six months afterwards."),
        p("The advisers supported 317 children this year. Every child who gave evidence at court was "
          "accompanied by their adviser, and 94 per cent of families said they would recommend the "
          "service."),
        PageBreak(),
        Paragraph("4 Fair and effective justice", H1),
        p("A fair justice system deals quickly with offending and stops people from offending again. "
          "Short prison sentences and simple cautions rarely do either."),
        Paragraph("4.1 Cheshire Pathway: deferred prosecution", H2),
        p("Cheshire Pathway is run by Cheshire Constabulary's Offender Management Unit. Adults arrested "
          "for a low-level offence such as shoplifting or criminal damage, who admit it and have few "
          "previous convictions, are offered a four-month contract instead of being charged. The "
          "contract sets conditions tailored to the cause of the offending, such as attending an "
          "alcohol or gambling course, paying compensation or writing to the victim. If they keep to "
          "the contract they are not prosecuted."),
        _Footnoted("In 2024/25, 642 adults were offered a place and 81 per cent completed their conditions. "
                   "Of those who completed, 12 per cent reoffended within a year, compared with 31 per cent "
                   "of a comparable group who were charged<super>4</super>.", BODY,
                   ["4  Analysis by Cheshire Constabulary's Performance and Analysis Unit, March 2025."]),
        NextPageTemplate("sidebar"), PageBreak(),
        Paragraph("5 Holding the Chief Constable to account", H1),
        Paragraph("5.1 Performance meetings", H2),
        p("I held ten public performance meetings with the Chief Constable this year, each streamed live "
          "and each focused on a different part of the Police and Crime Plan. Members of the public sent "
          "in 276 questions. Minutes and recordings are on my website."),
        Paragraph("5.2 Complaint reviews", H2),
        p("Since February 2020 commissioners have reviewed complaints about the police where the "
          "complainant is unhappy with the outcome. My office completed 143 reviews, and in 21 of them we "
          "found that the complaint had not been handled reasonably and proportionately."),
        Paragraph("6 Finance", H1),
        p("The total budget for policing in Cheshire in 2024/25 was £228.6 million, of which £96.4 million "
          "came from council tax. The table shows how it was spent."),
    ]
    table = Table([["Area of spending", "£ million", "Share"],
                   ["Police officer pay", "141.2", "62%"], ["Police staff pay", "48.9", "21%"],
                   ["Premises and transport", "17.3", "8%"], ["Commissioning and grants", "6.8", "3%"],
                   ["Other running costs", "14.4", "6%"], ["Total", "228.6", "100%"]],
                  colWidths=[170, 70, 60])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                               ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    story += [table, NextPageTemplate("plain"), PageBreak(),
              Paragraph("7 Contact us", H1),
              p("Office of the Police and Crime Commissioner for Cheshire, Clemonds Hey, Oakmere Road, "
                "Winsford, Cheshire CW7 2UA. Telephone 01606 364000. Email engagement@cheshire.pcc.pnn.gov.uk."),
              p("To report a crime, call 101 or visit cheshire.police.uk. Victims can contact the Cheshire "
                "Victims' Hub directly on 0300 123 7733, Monday to Friday, 8am to 8pm."),
              p("If you would like this report in another format, please contact us.")]
    doc.build(story)


# ------------------------------------------------------- 4. HMICFRS PEEL inspection extract (PDF)

def _peel_page(canvas, doc):
    if doc.page == 1:
        return
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(64, A4[1] - 36, "PEEL 2025: Police effectiveness, efficiency and legitimacy")
    canvas.drawRightString(A4[0] - 64, A4[1] - 36, "An inspection of Wiltshire Police")
    canvas.setStrokeColor(colors.HexColor("#99aab5"))
    canvas.line(64, A4[1] - 42, A4[0] - 64, A4[1] - 42)
    canvas.drawCentredString(A4[0] / 2, 30, str(doc.page))
    canvas.restoreState()


def _practice_box(title: str, paragraphs: list[str], width: float) -> Table:
    cells = [[Paragraph(f"Promising practice: {title}", BOXHEAD)]]
    cells += [[Paragraph(text, BODY)] for text in paragraphs]
    box = Table(cells, colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6f2f0")),
                             ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor("#00594f")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return box


def hmicfrs_peel_wiltshire(out: Path) -> None:
    """A PEEL inspection extract on one force: graded findings, with promising practice boxes set
    inside the body text of a finding (the finding carries on after the box)."""
    doc = BaseDocTemplate(str(out / "hmicfrs-peel-2025-wiltshire-extract.pdf"), pagesize=A4,
                          leftMargin=64, rightMargin=64, topMargin=62, bottomMargin=56,
                          title="PEEL 2025: An inspection of Wiltshire Police", author="HMICFRS", invariant=1)
    frame = Frame(64, 56, A4[0] - 128, A4[1] - 118, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_peel_page)])
    width = A4[0] - 128
    p = lambda text: Paragraph(text, BODY)  # noqa: E731
    grades = Table([[Paragraph(f"<b>{a}</b>", CELL), Paragraph(b, CELL)] for a, b in [
        ("Grade", "Area of policing"),
        ("Good", "Preventing crime and antisocial behaviour"),
        ("Adequate", "Responding to the public"),
        ("Requires improvement", "Investigating crime"),
        ("Good", "Protecting vulnerable people"),
        ("Adequate", "Managing offenders and suspects"),
        ("Requires improvement", "Building, supporting and protecting the workforce"),
    ]], colWidths=[130, width - 130])
    grades.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ea"))]))
    story = [
        Spacer(1, 120),
        Paragraph("PEEL 2025", COVER),
        Paragraph("Police effectiveness, efficiency and legitimacy", COVER_SUB),
        Paragraph("An inspection of Wiltshire Police", COVER_SUB),
        Spacer(1, 220),
        Paragraph("Extract: chapters 1 to 4. The full report, including the force's data and our "
                  "judgments on efficiency, is available on our website.", SMALL),
        Paragraph("© HMICFRS 2025. Published 14 May 2025.", SMALL),
        PageBreak(),
        Paragraph("Contents", H1),
        _toc_line("1", "Overall summary", 2), _toc_line("2", "Preventing crime and antisocial behaviour", 3),
        _toc_line("3", "Investigating crime", 4), _toc_line("4", "Protecting vulnerable people", 5),
        _toc_line("", "About the data", 5),
        Spacer(1, 14),
        Paragraph("1 Overall summary", H1),
        Paragraph("Our judgments", H2),
        p("Our inspection assessed how good Wiltshire Police is in several areas of policing. We made "
          "graded judgments in six of these areas:"),
        grades, Spacer(1, 8),
        p("We set out our detailed findings about things the force is doing well and where it should "
          "improve in the rest of this report."),
        Paragraph("HM Inspector's observations", H2),
        p("I am pleased with some aspects of the performance of Wiltshire Police, but there are areas "
          "in which it needs to improve. The force has a strong neighbourhood policing model and works "
          "well with its partners to prevent crime. However, too many investigations are not supervised "
          "effectively, and victims are not always kept informed."),
        PageBreak(),
        Paragraph("2 Preventing crime and antisocial behaviour", H1),
        Paragraph("Good", H2),
        Paragraph("The force prioritises the prevention of crime and antisocial behaviour", H2),
        p("Wiltshire Police has a clear focus on prevention. Each of its neighbourhood teams has a "
          "profile of the problems in its area, drawn up with the local community safety partnership, "
          "and neighbourhood officers spend most of their time in their neighbourhoods. We found that "
          "officers understood problem-solving and used the SARA model well."),
        p("The force uses a range of methods to engage with communities, including online surveys and "
          "beat surgeries. It has worked to understand the needs of communities it hears from less, "
          "including its large armed forces community around Salisbury Plain."),
        _practice_box("Wiltshire Police works with the armed forces to prevent domestic abuse on garrison estates", [
            "The force has placed a dedicated military liaison officer in each of its three garrison "
            "neighbourhood teams at Tidworth, Bulford and Larkhill. The officers work alongside the Royal "
            "Military Police and army welfare staff, run joint briefings for soldiers returning from "
            "deployment, and agree a single safety plan when a domestic abuse victim lives on the estate.",
            "Since the approach started in April 2023, reports of domestic abuse from the garrison "
            "estates have risen by 22 percent, which the force believes reflects greater confidence to "
            "report, and the number of repeat victims has fallen by 15 percent."], width),
        Spacer(1, 8),
        p("Neighbourhood officers told us that the liaison role has also helped them with other "
          "problems on the estates, including drug use among young service personnel. The force should "
          "make sure that what it learns is shared with its other neighbourhood teams."),
        Paragraph("The force uses its powers to tackle antisocial behaviour", H2),
        p("The force makes good use of the tools and powers available to it. In the 12 months to "
          "September 2024 it issued 118 community protection notices and obtained 12 closure orders."),
        PageBreak(),
        Paragraph("3 Investigating crime", H1),
        Paragraph("Requires improvement", H2),
        Paragraph("The force needs to improve the supervision of investigations", H2),
        p("We reviewed 130 investigations. We found that 41 of them were not supervised effectively: "
          "supervisors did not set clear investigation plans, and the plans that were set were not "
          "reviewed. In 27 cases the victim had not been updated for more than 28 days."),
        p("The force recognises this. It has introduced an investigative standards board chaired by "
          "the head of crime, and it has begun to use its own data to find the cases most at risk of "
          "drift. In one part of the force we saw a new approach to doing this."),
        _practice_box("Swindon uses a daily risk review of open investigations", [
            "In Swindon, the force's Criminal Investigation Department trialled a daily risk review. Every "
            "morning an analyst produces a list of open investigations where no action has been recorded "
            "for 14 days, ranked by the vulnerability of the victim, and a detective inspector reviews the "
            "top 20 with the officers in charge.",
            "During the six-month trial the number of investigations without an update for more than 28 "
            "days fell from 312 to 96. Victim satisfaction with being kept informed, measured by the "
            "force's own survey, rose from 61 percent to 74 percent."], width),
        Spacer(1, 8),
        p("This approach has not yet been rolled out to the rest of the force. Outside Swindon we still "
          "found too many investigations without an up-to-date plan."),
        Paragraph("Area for improvement", H2),
        p("The force should improve how investigations are supervised, so that each has an "
          "investigation plan that is reviewed and victims are updated in line with the Code of "
          "Practice for Victims of Crime."),
        PageBreak(),
        Paragraph("4 Protecting vulnerable people", H1),
        Paragraph("Good", H2),
        Paragraph("The force works well with partners to protect vulnerable people", H2),
        p("Wiltshire Police has effective arrangements with its partners. Its multi-agency safeguarding "
          "hub is well run, and referrals are assessed promptly. Officers we spoke to understood the "
          "signs of exploitation and how to make a referral."),
        p("The force has also improved how it responds to people in mental health crisis. Its approach "
          "is in line with the national Right Care, Right Person partnership agreement, and it has "
          "worked with the NHS to make sure that people in crisis get help from the right service."),
        _practice_box("Mental health practitioners in the control room", [
            "Wiltshire Police and Avon and Wiltshire Mental Health Partnership NHS Trust have placed two "
            "mental health practitioners in the force control room at Devizes between 2pm and midnight, "
            "seven days a week. They can see a caller's NHS records, speak to the caller or to the "
            "attending officer, and arrange a home visit by the crisis team.",
            "In 2024 the practitioners advised on 3,460 incidents. Detentions under section 136 of the "
            "Mental Health Act 1983 fell by 38 percent compared with 2022, and fewer officers spent "
            "long periods waiting with people at hospital."], width),
        Spacer(1, 8),
        p("However, we found that the practitioners' advice was not always recorded on the force's "
          "incident system, which means supervisors cannot check whether it was followed."),
        Paragraph("About the data", H1),
        p("Data in this report comes from a range of sources, including the Home Office, the Office for "
          "National Statistics and our own inspection work. Where we collected data directly from the "
          "force, we took reasonable steps to agree it with the force. For enquiries, contact "
          "HMICFRS on 0300 071 6886."),
    ]
    doc.build(story)


# -------------------------------------------------------- 3. national case study pack (Word)

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


CASES = [
    ("Humberside Police: Operation Lantern in Bridlington", [
        ("Background", [
            "Bridlington's Old Town and harbour had the highest rate of antisocial behaviour on the "
            "Humberside coast in summer 2023, much of it linked to a small group of young people and to "
            "empty holiday lets being used for parties."]),
        ("What we did", [
            "The East Riding neighbourhood team set up Operation Lantern with East Riding of Yorkshire "
            "Council. Officers and council wardens mapped every reported incident against the lets, and "
            "the council used its licensing powers to require owners of 31 problem properties to register "
            "a local key-holder who could be called out at night.",
            "At the same time the team worked with the youth charity Hull Lads and Dads to run a Friday "
            "evening boxing and cooking club at the harbour for the young people named in reports."]),
        ("Outcome", [
            "Between June and September 2024 reports of antisocial behaviour in the Old Town fell by 42 "
            "percent against the same months of 2023. Of the 19 young people invited, 14 attended the club "
            "for at least eight weeks."]),
        ("Contact", ["PC Sarah Whitfield, East Riding Neighbourhood Policing, via the Humberside Police "
                     "switchboard."]),
    ]),
    ("North Wales Police: tackling mobile phone theft at festivals", [
        ("Background", [
            "Large outdoor music events in Conwy and Gwynedd brought waves of reported phone thefts, "
            "many of them by organised groups travelling from outside the region. Fewer than 5 percent of "
            "reported thefts led to a suspect being identified."]),
        ("What we did", [
            "Before the 2024 season the force's Events Planning Unit trained festival security staff to "
            "record thefts on a shared app, placed plain-clothes officers with portable tracking "
            "equipment in the crowd, and set up a phone-charging marquee run with the charity Festival "
            "Safe where people could register their handset's serial number."]),
        ("Outcome", [
            "Across four events, 1,930 phones were registered and 212 stolen phones were returned to their "
            "owners. Officers arrested 23 people, and reported thefts at the largest event fell from 388 in "
            "2023 to 140."]),
    ]),
    ("Suffolk Constabulary: cycle safety on the A12 corridor", [
        ("Background", [
            "Serious and fatal collisions involving cyclists on the A12 between Ipswich and Woodbridge "
            "had risen for three years in a row, and the cycling community told the force that close "
            "passes were never followed up."]),
        ("What we did", [
            "The Roads and Armed Policing Team created an online portal for cyclists and horse riders to "
            "upload camera footage of dangerous driving. A dedicated officer reviews every submission "
            "within ten days, and drivers receive a warning letter, a course offer or a prosecution. The "
            "force publicised the portal through Suffolk County Council's road safety partnership and "
            "local cycling clubs."]),
        ("Outcome", [
            "In its first year the portal received 1,046 submissions, which led to 611 warning letters, 174 "
            "course offers and 39 prosecutions. Reported close passes on the corridor fell by a third in "
            "the second six months."]),
    ]),
    ("Police Service of Northern Ireland: Neighbourhood Watch text alerts in Fermanagh", [
        ("Background", [
            "Rural households in Fermanagh and Omagh often heard about thefts and bogus callers in their "
            "area days after the event, and some had never met their local neighbourhood officer."]),
        ("What we did", [
            "The local policing team and the Policing and Community Safety Partnership recruited 58 new "
            "Neighbourhood Watch coordinators and set up a free text alert service. Officers send a short "
            "alert within an hour of a reported rural theft or doorstep scam, with a description and what "
            "to look out for."]),
        ("Outcome", [
            "The service has 4,120 subscribers. In a survey of 612 of them, 83 percent said they felt "
            "better informed, and 41 reports in 2024 came directly from alert recipients."]),
    ]),
]


def npcc_problem_solving_pack(out: Path) -> None:
    """A national body's case study pack: Heading 1 sections, one Heading 2 per force with
    Background / What we did / Outcome Heading 3s, a foreword and acknowledgements, a running
    header and a page-numbered footer."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.text = "National Police Chiefs' Council | Neighbourhood Policing: Problem-Solving Case Studies 2025"
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("OFFICIAL | Page ").font.size = Pt(8)
    _page_number_field(footer)

    document.add_paragraph("Neighbourhood Policing: Problem-Solving Case Studies 2025", style="Title")
    document.add_paragraph("National Police Chiefs' Council, Local Policing Coordination Committee",
                           style="Subtitle")
    document.add_paragraph("Version 1.0, March 2025. Security classification: OFFICIAL.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("Contents", level=1)
    for line in ("Foreword", "How to use this pack", "Case studies",
                 "    Humberside Police: Operation Lantern in Bridlington",
                 "    North Wales Police: tackling mobile phone theft at festivals",
                 "    Suffolk Constabulary: cycle safety on the A12 corridor",
                 "    Police Service of Northern Ireland: Neighbourhood Watch text alerts in Fermanagh",
                 "Acknowledgements"):
        document.add_paragraph(line)

    document.add_heading("Foreword", level=1)
    document.add_paragraph(
        "Neighbourhood policing is the bedrock of British policing. The Neighbourhood Policing "
        "Guidelines ask every force to use problem-solving to tackle the issues that matter most to "
        "local people, and the examples in this pack show what that looks like in practice, from the "
        "seafront at Bridlington to the lanes of County Fermanagh.")
    document.add_paragraph(
        "Each case was submitted by the force concerned and has been edited for length. We have not "
        "evaluated them independently, and inclusion in this pack is not an endorsement by the NPCC. "
        "I would encourage neighbourhood teams to contact the forces directly and adapt what works.")
    document.add_paragraph("Chief Constable Helen Armitage, NPCC Lead for Neighbourhood Policing")

    document.add_heading("How to use this pack", level=1)
    document.add_paragraph(
        "The case studies follow a common format. Background describes the problem as the force "
        "understood it. What we did sets out the response, written by the force. Outcome gives the "
        "results the force reported. Where a force has given a contact, you will find it at the end "
        "of the case.")
    document.add_paragraph(
        "Forces wishing to submit a case for the 2026 edition should use the template on the Knowledge "
        "Hub, by 30 November 2025.")

    document.add_heading("Case studies", level=1)
    for title, parts in CASES:
        document.add_heading(title, level=2)
        for label, paragraphs in parts:
            if label == "Contact":
                paragraph = document.add_paragraph()
                paragraph.add_run("Contact: ").bold = True
                paragraph.add_run(paragraphs[0])
                continue
            document.add_heading(label, level=3)
            for text in paragraphs:
                document.add_paragraph(text)
        if title.startswith("Suffolk"):
            table = document.add_table(rows=4, cols=3)
            table.style = "Light Grid Accent 1"
            for r, row in enumerate([("Portal outcome", "Number", "Share of submissions"),
                                     ("Warning letter", "611", "58%"), ("Course offer", "174", "17%"),
                                     ("Prosecution", "39", "4%")]):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            document.add_paragraph("Table 1: Outcomes of dash-cam submissions, April 2023 to March 2024.")

    document.add_heading("Acknowledgements", level=1)
    document.add_paragraph(
        "The NPCC would like to thank Humberside Police, North Wales Police, Suffolk Constabulary and "
        "the Police Service of Northern Ireland for sharing their work, and the College of Policing for "
        "its advice on the case study format.")
    document.add_paragraph(
        "This pack was compiled by the NPCC Local Policing Coordination Committee secretariat, 1st Floor, "
        "10 Victoria Street, London SW1H 0NN. Email: localpolicing@npcc.police.uk.")
    buffer = io.BytesIO()
    document.save(buffer)
    _write_zip_reproducibly(buffer.getvalue(), out / "npcc-problem-solving-case-studies-2025.docx")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    pcc_cheshire_annual_report(out)
    npcc_problem_solving_pack(out)
    hmicfrs_peel_wiltshire(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
