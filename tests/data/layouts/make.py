"""Write the binary layout fixtures (PDF with reportlab, DOCX with python-docx) from the content below.

Run from the repository root:  python tests/data/layouts/make.py
Each document is written as its kind of publisher lays it out (running headers, boxes, bold
label paragraphs, heading styles), and its intended initiatives are listed in manifest.json.
The HTML and Markdown fixtures beside this script are written by hand.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


# ------------------------------------------------------------------------------- PDF writing

def _pdf_styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName="Helvetica", fontSize=10.5,
                          leading=14, spaceAfter=7)
    return {
        "title": ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=22,
                                leading=27, spaceAfter=14),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=14, leading=18, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20,
                             spaceBefore=10, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                             spaceBefore=8, spaceAfter=6),
        "h3": ParagraphStyle("h3", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                             spaceBefore=6, spaceAfter=4),
        "p": body,
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3),
        "boxhead": ParagraphStyle("boxhead", parent=body, fontName="Helvetica-Bold", fontSize=11,
                                  textColor=colors.HexColor("#1d4f73"), spaceAfter=4),
        "boxtitle": ParagraphStyle("boxtitle", parent=body, fontName="Helvetica-Bold", spaceAfter=5),
    }


def _flowables(blocks, styles):
    """Blocks -> reportlab flowables. ('h1'|'h2'|'h3'|'p'|'title'|'subtitle', text),
    ('bullets', [text]), ('box', heading, title, [text]), ('page',), ('table', rows)."""
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    out = []
    for block in blocks:
        kind = block[0]
        if kind == "page":
            out.append(PageBreak())
        elif kind == "bullets":
            out += [Paragraph(text, styles["bullet"], bulletText="•") for text in block[1]]
        elif kind == "box":
            _, heading, title, paragraphs = block
            cell = [Paragraph(heading, styles["boxhead"]), Paragraph(title, styles["boxtitle"])]
            cell += [Paragraph(text, styles["p"]) for text in paragraphs]
            table = Table([[cell]], colWidths=[440])
            table.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1d4f73")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f0f6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            out += [Spacer(1, 6), table, Spacer(1, 10)]
        elif kind == "table":
            rows = [[Paragraph(str(cell), styles["p"]) for cell in row] for row in block[1]]
            table = Table(rows, colWidths=[440 / len(block[1][0])] * len(block[1][0]))
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
            out += [table, Spacer(1, 8)]
        else:
            out.append(Paragraph(block[1], styles[kind]))
    return out


def write_pdf(path: Path, blocks, header: str = "", footer: str = "", first_page_plain: bool = True,
              author: str = "", title: str = "") -> None:
    """A report PDF with a running header and a 'footer | page' line on every page but the cover."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    def furniture(canvas, doc):
        if first_page_plain and doc.page == 1:
            return
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        if header:
            canvas.drawString(72, A4[1] - 40, header)
        text = f"{footer}   |   {doc.page}" if footer else str(doc.page)
        canvas.drawRightString(A4[0] - 72, 36, text)
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=72, rightMargin=72, topMargin=64,
                            bottomMargin=60, title=title, author=author, invariant=1)
    doc.build(_flowables(blocks, _pdf_styles()), onFirstPage=furniture, onLaterPages=furniture)


def write_scanned_pdf(path: Path, lines: list[str]) -> None:
    """A one-page 'scan': the text drawn into a greyscale image, no text layer at all."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    width, height = 1240, 1754  # A4 at 150 dpi
    image = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=24)
    bold = ImageFont.load_default(size=34)
    y = 150
    for line in lines:
        if line.startswith("# "):
            draw.text((130, y), line[2:], fill=25, font=bold)
            y += 60
        else:
            draw.text((130, y), line, fill=35, font=font)
            y += 36 if line else 22
    image = image.rotate(0.6, fillcolor=250)  # fed into the scanner slightly askew
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.drawImage(ImageReader(buffer), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()


# ------------------------------------------------------------------------------ DOCX writing

def write_docx(path: Path, blocks, plain_headings: bool = False) -> None:
    """A Word file. Blocks: ('heading', level, text) in Word's heading styles; ('big', text) a bold
    14pt Normal paragraph (a title typed, not styled); ('bold', text) a bold Normal paragraph;
    ('label', label, text) a bold inline label then text; ('p', text); ('bullets', [text]);
    ('table', rows) with a header row. plain_headings strips bold/size/colour from the heading
    styles, so a heading is known only by its style."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    if plain_headings:
        normal = document.styles["Normal"].font
        for level in range(1, 4):
            font = document.styles[f"Heading {level}"].font
            font.bold, font.italic, font.size, font.name = False, False, normal.size or Pt(11), "Calibri"
            font.color.rgb = None
    for block in blocks:
        kind = block[0]
        if kind == "heading":
            document.add_heading(block[2], level=block[1])
        elif kind == "big":
            run = document.add_paragraph().add_run(block[1])
            run.bold, run.font.size = True, Pt(14)
        elif kind == "bold":
            document.add_paragraph().add_run(block[1]).bold = True
        elif kind == "label":
            paragraph = document.add_paragraph()
            paragraph.add_run(block[1]).bold = True
            paragraph.add_run(" " + block[2])
        elif kind == "bullets":
            for text in block[1]:
                document.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = str(value)
                    if r == 0:
                        table.cell(r, c).paragraphs[0].runs[0].bold = True
        else:
            document.add_paragraph(block[1])
    document.core_properties.author = ""
    document.save(str(path))


# ------------------------------------------------------------------------------------ content

def hmicfrs_youth_violence() -> None:
    """A thematic inspection: findings, areas for improvement, and innovative-practice boxes."""
    header = "An inspection of how well the police and partners tackle serious youth violence"
    blocks = [
        ("title", "Serious youth violence"),
        ("subtitle", "An inspection of how well the police and partners tackle serious youth violence"),
        ("p", "February 2025"),
        ("p", "© HMICFRS 2025<br/>ISBN: 978-1-78655-512-3<br/>www.hmicfrs.justiceinspectorates.gov.uk"),
        ("page",),
        ("h1", "Contents"),
        ("p", "1. Introduction 3<br/>2. Understanding serious youth violence 4<br/>"
              "3. Prevention and early intervention 6<br/>4. Working with partners 8<br/>"
              "5. Conclusions and recommendations 10<br/>Annex A: About the data 11"),
        ("page",),
        ("h1", "1. Introduction"),
        ("h2", "About this inspection"),
        ("p", "In April 2024 the Home Secretary commissioned us to inspect how well the police, working "
              "with their partners, prevent and respond to serious violence involving children and "
              "young people under 25. We inspected six forces: Greater Manchester Police, Merseyside "
              "Police, the Metropolitan Police Service, South Yorkshire Police, Thames Valley Police "
              "and West Midlands Police."),
        ("p", "In each force we interviewed between 40 and 60 officers, staff and partners, held focus "
              "groups with neighbourhood and response officers, and reviewed 30 case files. Our "
              "fieldwork took place between May and July 2024. We also surveyed 1,214 officers and "
              "staff across England and Wales."),
        ("h2", "Our judgments"),
        ("p", "This is a thematic inspection, so we have not graded individual forces. Where we found "
              "practice that other forces could learn from, we describe it in an innovative practice "
              "box. Areas for improvement are numbered in the order they appear."),
        ("h1", "2. Understanding serious youth violence"),
        ("p", "Most of the forces we inspected had a good understanding of where serious youth violence "
              "happens and who is most at risk. Their problem profiles drew on crime and intelligence "
              "data, and all six had a strategic needs assessment agreed with their violence reduction "
              "unit (VRU)."),
        ("p", "But we found that analysts rarely had access to school exclusion or hospital data. In "
              "four of the six forces, the problem profile did not include any information from "
              "education partners, so officers could not see which children were at risk until they "
              "had already come to police attention."),
        ("h3", "Area for improvement 1"),
        ("p", "Forces should make sure that their analysis of serious youth violence includes "
              "information from education, health and children's social care partners."),
        ("box", "Innovative practice", "West Midlands Police: data sharing with schools through Op Advocate",
         ["West Midlands Police has agreed a data-sharing protocol with 71 secondary schools in "
          "Birmingham and Wolverhampton. Schools tell the force's Op Advocate analysts about fixed-term "
          "exclusions and persistent absence every fortnight, and the analysts add them to the force's "
          "vulnerability assessment.",
          "In its first year, 312 children were identified as at risk before they came to police "
          "attention for violence, and 204 of them were referred to youth workers. The force told us "
          "knife crime offences involving under-18s in the pilot areas fell by 14% in 2023/24."]),
        ("h1", "3. Prevention and early intervention"),
        ("p", "Every force we inspected had invested in early intervention, often funded through their "
              "VRU. But the quality of referral pathways varied. In two forces, officers told us they "
              "did not know how to refer a child to a diversion scheme, and in our survey 38 percent of "
              "neighbourhood officers said they had never made a referral."),
        ("box", "Innovative practice", "Greater Manchester Police: youth workers in custody suites",
         ["GMP has placed youth workers from the charity Oasis Community Partnerships in custody suites at "
          "Longsight and Wigan. They speak to every child arrested for a violent offence before they "
          "leave custody and offer support for up to six months.",
          "Of 486 children seen in 2023, 58% took up the offer of support. The force's own analysis found "
          "that children who engaged were 28 percent less likely to be arrested again for violence within "
          "a year."]),
        ("h3", "Area for improvement 2"),
        ("p", "Forces should make sure that officers know how to refer children to diversion and early "
              "intervention services, and that they record when they do."),
        ("p", "We were concerned that some diversion schemes had not been evaluated. In paragraph 3.14 of "
              "our 2023 report we said forces should evaluate these schemes; few have done so."),
        ("box", "Innovative practice", "Thames Valley Police: teachable moments in hospital",
         ["Thames Valley Police funds St Giles Trust caseworkers in the emergency departments of the John "
          "Radcliffe Hospital in Oxford and the Royal Berkshire Hospital in Reading. When a young person "
          "arrives with a stab wound or an assault injury, a caseworker meets them at the bedside.",
          "Since the scheme began in October 2022, caseworkers have supported 377 young people; 74% "
          "engaged for at least four weeks. Only 6 percent returned to hospital with a further "
          "violence-related injury within 12 months."]),
        ("h1", "4. Working with partners"),
        ("p", "Forces worked well with their VRUs. However, partnership meetings often focused on "
              "sharing information rather than agreeing actions, and we saw few examples of partners "
              "being held to account for what they had agreed to do."),
        ("h3", "Area for improvement 3"),
        ("p", "Forces and their partners should agree who is responsible for each action in their "
              "serious violence strategy and check that actions are completed."),
        ("box", "Innovative practice", "The Met: Rescue and Response county lines service",
         ["The Met works with the Rescue and Response service, funded by the Mayor's Office for Policing "
          "and Crime, to support young Londoners exploited through county lines drug dealing. Specialist "
          "caseworkers go with officers to collect young people found in other force areas and bring "
          "them home.",
          "In 2023/24 the service supported 1,032 young people, of whom 64% were aged 15 to 17. The Met "
          "told us that repeat missing episodes among those supported fell by 41 percent."]),
        ("h1", "5. Conclusions and recommendations"),
        ("p", "The police cannot reduce serious youth violence alone. The forces we inspected showed "
              "commitment, but the picture is mixed and too dependent on short-term funding."),
        ("h3", "Recommendation 1"),
        ("p", "By 31 October 2025, chief constables should make sure their forces have data-sharing "
              "agreements with education partners that allow them to identify children at risk of "
              "serious violence."),
        ("h1", "Annex A: About the data"),
        ("p", "Figures in this report come from the forces we inspected, the Home Office data hub and our "
              "survey. Our survey was open from 3 June to 28 June 2024. Where a force provided figures we "
              "have not verified them independently. For enquiries call 0300 071 6886."),
    ]
    write_pdf(HERE / "hmicfrs-serious-youth-violence-inspection.pdf", blocks, header=header,
              footer="HMICFRS", author="HMICFRS", title="Serious youth violence")


def opcc_northumbria_case_studies() -> None:
    """A PCC office's Word pack: typed bold titles, bold label paragraphs, Contact blocks."""
    blocks = [
        ("big", "Office of the Police and Crime Commissioner for Northumbria"),
        ("bold", "Violence Reduction and Victims' Services: Case Studies 2024/25"),
        ("p", "This pack sets out four services commissioned or supported by the Police and Crime "
              "Commissioner in 2024/25. Each case study was written with the service that delivers it. "
              "Figures are for the year to 31 March 2025 unless stated."),
        ("p", "For more information about commissioning, contact the Commissioning Team, Victory House, "
              "Balliol Business Park, Newcastle upon Tyne NE12 8EW, telephone 0191 221 9800."),
        ("big", "1. Op Payback: restorative diversion for young people"),
        ("bold", "Problem"),
        ("p", "Young people aged 10 to 17 arrested for a first minor offence in Northumberland were "
              "often given a caution or a community resolution with no follow-up, and around a third "
              "were arrested again within a year."),
        ("bold", "Response"),
        ("p", "Northumbria Police and the Northumberland Youth Justice Service set up Op Payback in "
              "January 2024. Instead of a caution, a young person agrees a short restorative plan with "
              "a youth worker and a neighbourhood officer, such as meeting the person harmed or "
              "repairing damage, completed within 12 weeks."),
        ("bold", "Outcome"),
        ("p", "Of 163 young people referred, 141 (87%) completed their plan. Reoffending within six "
              "months was 11%, compared with 29% for a matched group given a caution in 2022."),
        ("bold", "Contact"),
        ("p", "Sergeant Mark Hall, Northumbria Police Youth Diversion, mark.hall@northumbria.police.uk"),
        ("big", "2. Hospital navigators at the Royal Victoria Infirmary"),
        ("bold", "Problem"),
        ("p", "Young people attending the Royal Victoria Infirmary in Newcastle with violence-related "
              "injuries were treated and discharged, often before anyone had asked what had happened "
              "or whether they were safe to go home."),
        ("bold", "Response"),
        ("p", "The youth violence charity Redthread places two youth workers in the emergency department, "
              "seven days a week from midday to midnight. They speak to young people aged 11 to 25 in the "
              "'teachable moment' after an injury and support them for up to 12 weeks. The service is "
              "funded by the Northumbria Violence Reduction Unit."),
        ("bold", "Outcome"),
        ("p", "Redthread youth workers saw 402 young people in 2024/25. Of these, 289 (72%) agreed to "
              "further support and 61 were helped to move away from an exploitative relationship."),
        ("bold", "Contact"),
        ("p", "Redthread North East team, northeast@redthread.org.uk"),
        ("big", "3. Safe Haven in Sunderland city centre"),
        ("bold", "Problem"),
        ("p", "Sunderland's night-time economy had no safe place for people who were intoxicated, "
              "injured or separated from friends, so officers spent hours waiting with them for "
              "ambulances or taking them home."),
        ("bold", "Response"),
        ("p", "Sunderland City Council and Northumbria Police opened a Safe Haven in a converted shop "
              "unit on Holmeside, staffed by St John Ambulance volunteers and two police officers on "
              "Friday and Saturday nights from 10pm to 4am."),
        ("bold", "Outcome"),
        ("p", "The Safe Haven helped 1,247 people in its first year. Ambulance call-outs to the city "
              "centre on weekend nights fell by 23%, and officers saved an estimated 1,900 hours."),
        ("bold", "Contact"),
        ("p", "Sunderland Community Safety Partnership, 0191 520 5555"),
        ("big", "4. Independent advocacy for victims of stalking"),
        ("bold", "Problem"),
        ("p", "Victims of stalking told the Commissioner's victims' panel that they had to explain what "
              "was happening to them again and again, and many withdrew from the criminal justice "
              "process."),
        ("bold", "Response"),
        ("p", "The Commissioner funds two independent stalking advocates at Victims First Northumbria, "
              "who support victims from first report to court. Advocates sit alongside Northumbria "
              "Police's Stalking Clinic, which reviews high-risk cases every week."),
        ("bold", "Outcome"),
        ("p", "Advocates supported 318 victims. The proportion of stalking cases where the victim "
              "withdrew support for a prosecution fell from 41% in 2022/23 to 26% in 2024/25."),
        ("bold", "Contact"),
        ("p", "Victims First Northumbria, 0800 011 3116"),
    ]
    write_docx(HERE / "opcc-northumbria-case-studies-2024-25.docx", blocks)


def scanned_letter() -> None:
    """A scanned printout: only an image, so no text can be extracted."""
    write_scanned_pdf(HERE / "lincolnshire-scanned-community-update.pdf", [
        "# Lincolnshire Police",
        "# Community Update: Boston and South Holland",
        "",
        "Our neighbourhood team in Boston launched Operation Galaxy in",
        "September 2024 to tackle street drinking in the town centre.",
        "Officers worked with Boston Borough Council and the Salvation Army",
        "to offer support to people found drinking in the Market Place.",
        "",
        "Reports of antisocial behaviour fell by 31% between September",
        "and December compared with the same period in 2023.",
        "",
        "Contact: Boston Neighbourhood Policing Team, 101.",
    ])


BUILDERS = [hmicfrs_youth_violence, opcc_northumbria_case_studies, scanned_letter]


def main() -> int:
    for build in BUILDERS:
        build()
        print(f"wrote {build.__name__}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
