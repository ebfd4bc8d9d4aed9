"""Write the documents of the thirtieth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout30/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a planning inspector's appeal decision,
a chapel's printed order of service for a thanksgiving service, a parish's neighbourhood development
plan (submission version, one chapter), a retired officer's CV, a force's outline business case and
a force's role profile. The HTML, Markdown and plain-text documents are kept here as text and
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
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ------------------ shared helpers

def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _box(flowables, width, fill, border=None, pad=8, border_width=0.8, left_bar=None):
    """A boxed panel: a one-cell table holding a list of flowables."""
    box = Table([[flowables]], colWidths=[width])
    commands = [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad - 2), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), border_width, border))
    if left_bar is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 4, left_bar))
    box.setStyle(TableStyle(commands))
    return box


def _grid_table(rows, widths, style, head_style=None, head_fill=None, grid="#999999", zebra=None):
    data = []
    for r, row in enumerate(rows):
        s = head_style if (r == 0 and head_style is not None) else style
        data.append([Paragraph(str(cell), s) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1 if head_fill is not None else 0)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if zebra is not None:
        for r in range(2, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), zebra))
    table.setStyle(TableStyle(commands))
    return table


class _Photo(Flowable):
    """A grey box standing in for a printed photograph (an image carries no text)."""

    def __init__(self, width, height, fill="#a7a9ac"):
        super().__init__()
        self.width, self.height, self.fill = width, height, fill

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        self.canv.setFillColor(colors.HexColor(self.fill))
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        self.canv.setFillColor(colors.HexColor("#8c8e91"))
        self.canv.circle(self.width / 2, self.height * 0.62, self.width * 0.17, stroke=0, fill=1)
        self.canv.rect(self.width * 0.22, 0, self.width * 0.56, self.height * 0.38, stroke=0, fill=1)


class _Map(Flowable):
    """A tinted box with a few lines standing in for a printed map."""

    def __init__(self, width, height):
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#eef3e6"))
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#9b9b9b"))
        c.setLineWidth(2.2)
        c.line(0, self.height * 0.3, self.width, self.height * 0.55)
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.setStrokeColor(colors.HexColor("#7a5c2e"))
        c.line(self.width * 0.15, self.height, self.width * 0.4, 0)
        c.line(self.width * 0.55, self.height, self.width * 0.9, self.height * 0.1)
        c.setDash()
        c.setFillColor(colors.HexColor("#2e6b3a"))
        for x, y in ((0.3, 0.6), (0.62, 0.44), (0.78, 0.7), (0.2, 0.25)):
            c.circle(self.width * x, self.height * y, 3, stroke=0, fill=1)


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


# ------------------ 1. A planning inspector's appeal decision (PDF, A4, numbered paragraphs)

PI_BODY = ParagraphStyle("pibody", fontName="Helvetica", fontSize=10.5, leading=14.2, leftIndent=28,
                         bulletIndent=0, spaceAfter=8)
PI_PLAIN = ParagraphStyle("piplain", fontName="Helvetica", fontSize=10.5, leading=14.2, spaceAfter=2)
PI_HEAD = ParagraphStyle("pihead", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6,
                         spaceAfter=6)
PI_TITLE = ParagraphStyle("pititle", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=8)
PI_SMALL = ParagraphStyle("pismall", fontName="Helvetica", fontSize=9.5, leading=12.5)
PI_BOXB = ParagraphStyle("piboxb", fontName="Helvetica-Bold", fontSize=10.5, leading=14)
PI_BOXBUL = ParagraphStyle("piboxbul", fontName="Helvetica", fontSize=9.5, leading=12.6, leftIndent=12,
                           bulletIndent=0, spaceBefore=2)
PI_SIG = ParagraphStyle("pisig", fontName="Helvetica-Oblique", fontSize=11, leading=14, spaceBefore=14)


def _pi_first(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(64, 30, "https://www.gov.uk/planning-inspectorate")
    canvas.drawRightString(width - 64, 30, "Page %d" % doc.page)
    canvas.restoreState()


def _pi_later(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(64, height - 40, "Appeal Decision APP/N2345/W/25/3361842")
    canvas.setLineWidth(0.4)
    canvas.line(64, height - 45, width - 64, height - 45)
    canvas.restoreState()
    _pi_first(canvas, doc)


def _pi_story(full_w):
    n = lambda num, text: Paragraph(text, PI_BODY, bulletText="%d." % num)  # noqa: E731
    h = lambda text: Paragraph(text, PI_HEAD)  # noqa: E731
    date_box = Table([[Paragraph("Decision date: 2 October 2025", PI_SMALL)]], colWidths=[200])
    date_box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6e6e6")),
                                  ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    date_box.hAlign = "LEFT"
    ref_box = _box([
        Paragraph("Appeal Ref: APP/N2345/W/25/3361842", PI_BOXB),
        Paragraph("14 Plungington Road, Preston PR1 7SJ", PI_BOXB),
        Paragraph("The appeal is made under section 78 of the Town and Country Planning Act 1990 against a "
                  "refusal to grant planning permission.", PI_BOXBUL, bulletText="\u2022"),
        Paragraph("The appeal is made by Mr Arif Qureshi against the decision of Preston City Council.",
                  PI_BOXBUL, bulletText="\u2022"),
        Paragraph("The application Ref 06/2025/0187, dated 14 February 2025, was refused by notice dated "
                  "11 April 2025.", PI_BOXBUL, bulletText="\u2022"),
        Paragraph("The development proposed is change of use of the ground floor from shop (Use Class E) to "
                  "hot food takeaway (sui generis) open from 11:00 to 02:00 daily, with an extraction flue to "
                  "the rear.", PI_BOXBUL, bulletText="\u2022"),
    ], full_w, None, colors.black, pad=8, border_width=0.8)
    return [
        Paragraph("Appeal Decision", PI_TITLE),
        Paragraph("Site visit made on 9 September 2025", PI_PLAIN),
        Spacer(1, 8),
        Paragraph("<b>by Helen Marsden BA(Hons) MA MRTPI</b>", PI_PLAIN),
        Paragraph("an Inspector appointed by the Secretary of State", PI_SMALL),
        Spacer(1, 10),
        date_box,
        Spacer(1, 12),
        ref_box,
        Spacer(1, 12),
        h("Decision"),
        n(1, "The appeal is dismissed."),
        h("Preliminary Matters"),
        n(2, "The description of development above is taken from the Council\u2019s decision notice, which "
             "describes the proposal more accurately than the application form. The appellant has confirmed "
             "the opening hours sought."),
        n(3, "With the appeal the appellant submitted a draft Operational Management Plan. It offers a member "
             "of staff to supervise the frontage from 23:00 on Friday and Saturday nights, CCTV covering the "
             "shopfront, a litter pick of the pavement for 50 metres either side of the unit at closing time, "
             "and a sign asking customers to respect neighbours. The Council has had the opportunity to comment "
             "on it, and I have taken it into account."),
        h("Main Issues"),
        n(4, "The main issues are the effect of the proposal on the living conditions of the occupiers of "
             "nearby dwellings, with particular regard to noise and disturbance late at night, and whether it "
             "would be a safe place which minimises the fear of crime and anti-social behaviour."),
        h("Reasons"),
        n(5, "The appeal site is a vacant shop in a two-storey terrace on the east side of Plungington Road, "
             "within the local centre defined in the Preston Local Plan 2012\u20132026. The centre is busy in "
             "the day, with shops, caf\u00e9s and services serving the surrounding streets of terraced houses "
             "and a large student population. Most upper floors on this part of the road are in residential "
             "use, including the flat directly above the appeal site, and the side streets behind it are wholly "
             "residential."),
        n(6, "Of the 31 ground floor units in the centre, 8 are in use as hot food takeaways, and the Council "
             "says that 3 of those are permitted to open after midnight. The appellant argues that a further "
             "late takeaway would not be out of place. But the question is not whether the use would be in "
             "character by day; it is what the additional activity late at night would mean for the people who "
             "live here."),
        n(7, "Both the Council\u2019s environmental health officers and Lancashire Constabulary\u2019s Designing Out "
             "Crime Officer objected to the application. Their evidence describes a problem of late-night "
             "noise, litter, fighting and drug dealing around the takeaways in the centre, which came to a head "
             "in 2022 when residents petitioned the Council. It also describes what has been done since."),
        n(8, "From March 2023, Lancashire Constabulary\u2019s Preston City neighbourhood policing team and the "
             "Council\u2019s licensing and environmental health officers have made joint visits to the late-night "
             "takeaways on the road every Friday and Saturday night, checking the conditions of their late "
             "night refreshment licences, litter and the supervision of customers. The operators of the three "
             "late takeaways have agreed with them to stop serving at 00:30, and in June 2023 the Council moved "
             "one of its public space CCTV cameras to cover the northern end of the centre. The police figures "
             "before me show calls about anti-social behaviour on Plungington Road between 23:00 and 04:00 "
             "falling from 212 in 2022 to 131 in 2024, and the Council\u2019s records show complaints of "
             "late-night noise from residents falling from 46 to 19 over the same period. Residents who wrote "
             "to me about the appeal also describe a quieter road."),
        n(9, "That is a real improvement, and the appellant does not dispute it. However, it has been achieved "
             "with the late operators closing soon after midnight, and the joint visits end at about that time. "
             "The proposal would add a fourth late takeaway, open until 02:00, which would be the latest in the "
             "centre by some margin. It would draw people to the road after the other premises have closed, at "
             "the time when residents are most likely to be asleep and when none of those arrangements is in "
             "place."),
        n(10, "I have considered the draft Operational Management Plan. Supervision of the frontage and a litter "
              "pick would help, but they would not control noise from customers arriving and leaving by car or "
              "on foot, or gathering on the pavement, or from delivery drivers waiting with their engines "
              "running, which is a particular concern of the occupier of the flat above. Nor could a condition "
              "requiring the plan be framed in a way that would overcome the harm."),
        n(11, "I conclude that the proposal would harm the living conditions of the occupiers of nearby "
              "dwellings through noise and disturbance late at night, and that it would not create a safe place "
              "which minimises the fear of crime and anti-social behaviour. It would conflict with Policies HS7 "
              "and EN9 of the Preston Local Plan 2012\u20132026 and with paragraph 135(f) of the National "
              "Planning Policy Framework."),
        h("Other Matters"),
        n(12, "The appellant refers to an appeal allowed for a takeaway on Fishergate in 2023 (Ref "
              "APP/N2345/W/23/3318876). That site is in the city centre, within the primary shopping area, with "
              "few dwellings close by, and its hours were limited to midnight. It does not lead me to a "
              "different conclusion."),
        n(13, "The proposal would bring a vacant unit back into use and would create 2 full-time and 4 part-time "
              "jobs. Those are benefits to which I give moderate weight, but they do not outweigh the harm I have "
              "found."),
        n(14, "The Council suggested that, were I minded to allow the appeal, a condition should limit the "
              "hours to 11:00 to 23:00. The appellant has said that those hours would not make the business "
              "viable, and a permission on those terms would be materially different from the proposal before "
              "me. I have not therefore considered it further."),
        h("Conclusion"),
        n(15, "For the reasons given above, and having regard to the development plan as a whole and all other "
              "relevant material considerations, I conclude that the appeal should be dismissed."),
        Paragraph("Helen Marsden", PI_SIG),
        Paragraph("INSPECTOR", PI_HEAD),
    ]


def planning_appeal_decision(out: Path) -> None:
    """A planning inspector's appeal decision (A4, two pages and a bit: title, site visit line, inspector and
    appointment, a grey decision date box, a boxed appeal reference with bullets, bold headings and numbered
    paragraphs; from page 2 a running head with the appeal reference over a rule; the inspectorate's web address
    and page number at every foot; the inspector's name and title at the end)."""
    width, height = A4
    full_w = width - 128
    sink = io.BytesIO()
    doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=64, rightMargin=64, topMargin=58, bottomMargin=56,
                          title="Appeal Decision APP/N2345/W/25/3361842", author="The Planning Inspectorate",
                          invariant=1)
    frame = lambda: Frame(64, 56, full_w, height - 58 - 56, leftPadding=0, rightPadding=0)  # noqa: E731
    doc.addPageTemplates([PageTemplate("first", frames=[frame()], onPage=_pi_first),
                          PageTemplate("later", frames=[frame()], onPage=_pi_later)])
    story = [NextPageTemplate("later")] + _pi_story(full_w)
    doc.build(story)
    (out / "planning-inspectorate-appeal-decision-3361842-14-plungington-road-preston.pdf").write_bytes(
        sink.getvalue())


# ------------------ 2. A chapel's order of service for a thanksgiving service (PDF, A5 booklet, bilingual)

OS_SERIF = "Times-Roman"
OS_TITLE = ParagraphStyle("ostitle", fontName="Times-Bold", fontSize=22, leading=26, alignment=1, spaceAfter=4)
OS_CENTRE = ParagraphStyle("oscentre", fontName="Times-Roman", fontSize=11.5, leading=15, alignment=1)
OS_CENTRE_I = ParagraphStyle("oscentrei", parent=OS_CENTRE, fontName="Times-Italic")
OS_HEAD = ParagraphStyle("oshead", fontName="Times-Bold", fontSize=13, leading=16, alignment=1, spaceBefore=2,
                         spaceAfter=8)
OS_ITEM = ParagraphStyle("ositem", fontName="Times-Bold", fontSize=10.4, leading=13, spaceBefore=7)
OS_ITEM_SUB = ParagraphStyle("ositemsub", fontName="Times-Roman", fontSize=10, leading=12.6, leftIndent=12)
OS_VERSE = ParagraphStyle("osverse", fontName="Times-Italic", fontSize=10, leading=12.6, alignment=1)
OS_BODY = ParagraphStyle("osbody", fontName="Times-Roman", fontSize=9.8, leading=12.6, alignment=4, spaceAfter=5)
OS_SMALL = ParagraphStyle("ossmall", fontName="Times-Italic", fontSize=8.4, leading=10.4, alignment=1)


def _os_page(canvas, doc):
    width, height = A5
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#6b6b6b"))
    canvas.setLineWidth(0.6)
    canvas.rect(22, 22, width - 44, height - 44, stroke=1, fill=0)
    canvas.setLineWidth(0.3)
    canvas.rect(26, 26, width - 52, height - 52, stroke=1, fill=0)
    if doc.page > 1:
        canvas.setFont("Times-Roman", 8.5)
        canvas.drawCentredString(width / 2, 32, str(doc.page))
    canvas.restoreState()


def _os_story(text_w):
    p = lambda text, style=OS_BODY: Paragraph(text, style)  # noqa: E731
    photo = _Photo(150, 180)
    photo.hAlign = "CENTER"
    story = [
        Spacer(1, 12),
        p("Dathlu Bywyd", OS_CENTRE_I),
        p("A Celebration of the Life of", OS_CENTRE_I),
        Spacer(1, 10),
        p("Gwilym Rhys Pryce", OS_TITLE),
        p("\u2018Gwil\u2019", OS_CENTRE),
        Spacer(1, 6),
        p("14 Mawrth 1941 \u2013 22 Awst 2025", OS_CENTRE),
        p("14 March 1941 \u2013 22 August 2025", OS_CENTRE_I),
        Spacer(1, 16),
        photo,
        Spacer(1, 18),
        p("Capel Salem, Llanymddyfri", OS_CENTRE),
        p("Dydd Gwener 5 Medi 2025 am 11 o\u2019r gloch", OS_CENTRE),
        p("Friday 5 September 2025 at 11 o\u2019clock", OS_CENTRE_I),
        Spacer(1, 10),
        p("Gweinidog / Minister: Y Parchedig Eirian Lloyd", OS_CENTRE),
        PageBreak(),
        p("Trefn y Gwasanaeth", OS_HEAD),
        p("Order of Service", OS_CENTRE_I),
        p("Cerddoriaeth wrth ddod i mewn / Entrance music", OS_ITEM),
        p("\u2018Myfanwy\u2019 (Joseph Parry), played by Mrs Menna Rees, organist", OS_ITEM_SUB),
        p("Croeso a Gweddi / Welcome and Prayer", OS_ITEM),
        p("Y Parchedig Eirian Lloyd", OS_ITEM_SUB),
        p("Emyn / Hymn: Calon L\u00e2n", OS_ITEM),
        Spacer(1, 4),
        p("Nid wy\u2019n gofyn bywyd moethus,<br/>Aur y byd na\u2019i berlau m\u00e2n:<br/>Gofyn wyf am galon "
          "hapus,<br/>Calon onest, calon l\u00e2n.", OS_VERSE),
        Spacer(1, 4),
        p("Calon l\u00e2n yn llawn daioni,<br/>Tecach yw na\u2019r lili dlos:<br/>Dim ond calon l\u00e2n all "
          "ganu \u2013<br/>Canu\u2019r dydd a chanu\u2019r nos.", OS_VERSE),
        p("Darlleniad / Reading: Pregethwr / Ecclesiastes 3:1\u20138", OS_ITEM),
        p("read by his granddaughter, Ffion Pryce", OS_ITEM_SUB),
        p("Teyrnged / Tribute", OS_ITEM),
        p("Dai Morgan, Inspector (retired), friend and colleague for fifty years", OS_ITEM_SUB),
        p("Hanes Gwil / Gwil\u2019s story", OS_ITEM),
        p("by his daughter, Sian (printed overleaf)", OS_ITEM_SUB),
        p("Gwedd\u00efau / Prayers", OS_ITEM),
        p("Emyn / Hymn: Guide me, O thou great Redeemer (Cwm Rhondda)", OS_ITEM),
        p("Cymeradwyaeth a Bendith / Commendation and Blessing", OS_ITEM),
        p("Cerddoriaeth wrth ymadael / Retiring music", OS_ITEM),
        p("\u2018Gwahoddiad\u2019, sung by the men of the chapel", OS_ITEM_SUB),
        Spacer(1, 8),
        p("The committal will follow at Llanfair-ar-y-bryn churchyard, for the family only.", OS_SMALL),
        PageBreak(),
        p("Hanes Gwil \u00b7 Gwil\u2019s story", OS_HEAD),
        p("Dad was born on 14 March 1941 at Blaen-y-nant, the farm above Cilycwm, the youngest of four. He went "
          "to school in Llandovery, played on the wing for the town\u2019s youth team and, by his own account, "
          "never once lost a race to the corner flag."),
        p("In 1962 he joined the Carmarthenshire and Cardiganshire Constabulary, and in 1968 he became one of "
          "the first officers of the new Dyfed-Powys Police. He served in Ammanford, Aberystwyth and Newtown "
          "before coming home as Llandovery\u2019s sergeant in 1979, and he stayed there until he retired in "
          "1996. He married Mam, Eluned, in 1965, and there were two of us, and later five grandchildren, to "
          "keep him busy."),
        p("In 1984, with thefts of sheep, quad bikes and tools from farms up the valley rising every winter, Dad "
          "set up Tywi Valley Farm Watch with the Llandovery branch of the Farmers\u2019 Union of Wales. Farmers "
          "rang each other down a telephone chain whenever a strange vehicle was seen on the lanes, Dad marked "
          "trailers and machinery with the branch at Llandovery mart on the first sale of every month, and "
          "every member\u2019s gate had the scheme\u2019s green sign on it. Within two years the thefts reported "
          "in the valley had halved, and the force took the idea to every rural section in Dyfed-Powys."),
        p("He never really stopped being a policeman. Mam used to say he would read a stranger\u2019s number "
          "plate on the way into chapel. After she died in 2014 he threw himself into chapel life."),
        p("In 2015, with the chapel\u2019s Thursday friendship club, he began Paned a Sgwrs: a coffee morning "
          "in the vestry on the first Thursday of the month, where officers from Carmarthenshire County "
          "Council\u2019s trading standards team talked about scam calls, doorstep traders and post, and "
          "members brought in the letters they were not sure about. Dad made the tea and read every letter "
          "himself. In ten years more than 300 people came, and trading standards told us that at least 17 "
          "of them were stopped from sending money to fraudsters because somebody at the club said "
          "\u2018show Gwil first\u2019."),
        p("He was chairman of the rugby club\u2019s supporters for twenty years, sang bass in the chapel for "
          "sixty, and was never happier than on the riverbank at Rhandirmwyn with a grandchild and a flask. "
          "He died peacefully at Glangwili Hospital on 22 August 2025, with his family around him."),
        p("Diolch, Dad.", OS_CENTRE_I),
        PageBreak(),
        p("Emyn / Hymn: Cwm Rhondda", OS_HEAD),
        p("Guide me, O thou great Redeemer,<br/>Pilgrim through this barren land;<br/>I am weak, but thou art "
          "mighty;<br/>Hold me with thy powerful hand:<br/>Bread of heaven, bread of heaven,<br/>Feed me till I "
          "want no more;<br/>Feed me till I want no more.", OS_VERSE),
        Spacer(1, 22),
        p("Diolch / Thank you", OS_HEAD),
        p("Sian, Huw and all the family thank everyone for their cards, visits and kindness over the last "
          "months, the staff of Cilgerran Ward at Glangwili Hospital, and Y Parchedig Eirian Lloyd for leading "
          "today\u2019s service.", OS_CENTRE),
        Spacer(1, 8),
        p("Donations in Gwil\u2019s memory, if desired, to Wales Air Ambulance, may be given at the door or "
          "sent to W. J. Harries &amp; Son, Funeral Directors, 7 Stone Street, Llandovery SA20 0BZ, "
          "telephone 01632 960318.", OS_CENTRE),
        Spacer(1, 8),
        p("Everyone is welcome to join the family afterwards at the rugby club.", OS_CENTRE_I),
        Spacer(1, 60),
        p("Argraffwyd gan / Printed by Gwasg y Dref, Llanymddyfri", OS_SMALL),
    ]
    return story


def order_of_service(out: Path) -> None:
    """A chapel's order of service for a thanksgiving service (A5, four pages printed as a folded booklet, a
    double keyline border on every page, page numbers from page 2; a centred bilingual cover with dates in Welsh
    and English, a photograph, the chapel, date and minister; the order of service with bilingual items and a
    hymn's verse and chorus in Welsh; the family's printed life story over a page; a hymn in English, thanks,
    donations to a charity through the funeral director, and the printer's line)."""
    width, height = A5
    text_w = width - 2 * 44
    sink = io.BytesIO()
    doc = BaseDocTemplate(sink, pagesize=A5, leftMargin=44, rightMargin=44, topMargin=40, bottomMargin=44,
                          title="Dathlu Bywyd / A Celebration of the Life of Gwilym Rhys Pryce",
                          author="Gwasg y Dref", invariant=1)
    doc.addPageTemplates([PageTemplate("page", frames=[Frame(44, 44, text_w, height - 40 - 44, leftPadding=0,
                                                             rightPadding=0)], onPage=_os_page)])
    doc.build(_os_story(text_w))
    (out / "capel-salem-llandovery-order-of-service-gwilym-pryce-2025.pdf").write_bytes(sink.getvalue())


# ------------------ 3. A parish's neighbourhood development plan, submission version, one chapter (PDF, two columns)

NP_GREEN = colors.HexColor("#2f6b3b")
NP_TINT = colors.HexColor("#e4efe0")
NP_ORANGE = colors.HexColor("#c8641e")
NP_ORANGE_TINT = colors.HexColor("#fbeadc")
NP_BODY = ParagraphStyle("ndpbody", fontName="Helvetica", fontSize=8.9, leading=11.9, leftIndent=22,
                         bulletIndent=0, spaceAfter=6, alignment=0)
NP_PLAIN = ParagraphStyle("ndpplain", parent=NP_BODY, leftIndent=0)
NP_CH = ParagraphStyle("ndpch", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=NP_GREEN,
                       spaceAfter=6)
NP_INTRO = ParagraphStyle("ndpintro", fontName="Helvetica", fontSize=10.2, leading=14, spaceAfter=8)
NP_SUB = ParagraphStyle("ndpsub", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, textColor=NP_GREEN,
                        spaceBefore=6, spaceAfter=4)
NP_POL_H = ParagraphStyle("ndpolh", fontName="Helvetica-Bold", fontSize=9.2, leading=12, textColor=NP_GREEN,
                          spaceAfter=3)
NP_POL = ParagraphStyle("ndpol", fontName="Helvetica", fontSize=8.6, leading=11.4, spaceAfter=3)
NP_POL_B = ParagraphStyle("ndpolb", parent=NP_POL, leftIndent=14, bulletIndent=2)
NP_CA_H = ParagraphStyle("ndcah", parent=NP_POL_H, textColor=NP_ORANGE)
NP_CELL = ParagraphStyle("ndcell", fontName="Helvetica", fontSize=8, leading=10)
NP_CELL_H = ParagraphStyle("ndcellh", parent=NP_CELL, fontName="Helvetica-Bold", textColor=colors.white)
NP_CAP = ParagraphStyle("ndcap", fontName="Helvetica-Oblique", fontSize=7.6, leading=9.6, spaceBefore=2,
                        spaceAfter=8, textColor=colors.HexColor("#444444"))
NP_FOOT = ParagraphStyle("ndfoot", fontName="Helvetica", fontSize=7, leading=8.8,
                         textColor=colors.HexColor("#444444"))


def _ndp_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(NP_GREEN)
    canvas.rect(0, height - 34, width, 34, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(46, height - 22, "Askerby Neighbourhood Development Plan 2025\u20132040")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(width - 46, height - 22, "Submission Version (Regulation 15)  \u00b7  July 2025")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(46, 26, "Askerby Parish Council")
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawRightString(width - 46, 26, str(doc.page + 30))
    canvas.setStrokeColor(NP_GREEN)
    canvas.setLineWidth(0.5)
    canvas.line(46, 38, width - 46, 38)
    canvas.restoreState()


def _ndp_story(col_w, full_w):
    n = lambda num, text: Paragraph(text, NP_BODY, bulletText=num)  # noqa: E731
    sub = lambda text: Paragraph(text, NP_SUB)  # noqa: E731

    def policy(code, title, clauses, intro=None):
        items = [Paragraph("Policy %s: %s" % (code, title), NP_POL_H)]
        if intro:
            items.append(Paragraph(intro, NP_POL))
        for label, text in clauses:
            items.append(Paragraph(text, NP_POL_B, bulletText=label))
        return KeepTogether([Spacer(1, 2), _box(items, col_w, NP_TINT, None, pad=7, left_bar=NP_GREEN),
                             Spacer(1, 8)])

    def action(code, text):
        return KeepTogether([Spacer(1, 2), _box([Paragraph("Community Action %s" % code, NP_CA_H),
                                                 Paragraph(text, NP_POL)], col_w, NP_ORANGE_TINT, None, pad=7,
                                                left_bar=NP_ORANGE), Spacer(1, 8)])

    survey = _grid_table([
        ["Household survey 2023: \u2018What worries you most?\u2019", "% of households"],
        ["Speeding traffic on the B6262 and Fell Lane", "68%"],
        ["Theft from farms, sheds and vehicles", "41%"],
        ["HGVs and farm traffic in the village centre", "37%"],
        ["Anti-social behaviour at the playing field", "23%"],
        ["Poor street lighting", "19%"],
    ], [col_w - 74, 74], NP_CELL, NP_CELL_H, NP_GREEN, grid="#9bb79a", zebra=NP_TINT)
    map_ = _Map(col_w, 120)

    return [
        Paragraph("7  Getting around and staying safe", NP_CH),
        Paragraph("This chapter sets out the Plan\u2019s policies on traffic, safety and community facilities, "
                  "and the Community Actions that the Parish Council will take forward outside the planning "
                  "system. Community Actions are not planning policies and will not be used to decide planning "
                  "applications.", NP_INTRO),
        _Rule(full_w, 0.8, "#2f6b3b", 2),
        Spacer(1, 4),
        FrameBreak(),
        _box([Paragraph("Objective 5", NP_POL_H),
              Paragraph("To keep Askerby\u2019s lanes, green spaces and play areas safe and welcoming for "
                        "everyone, and to make sure that new development does not add to traffic danger or "
                        "crime.", NP_POL)], col_w, None, NP_GREEN, pad=7, border_width=1),
        Spacer(1, 8),
        sub("What you told us"),
        n("7.1", "The household survey carried out by the Steering Group in 2023 had 412 responses, a return of "
                 "61%. Road safety and rural crime were the issues raised most often after housing.\u00b9"),
        survey,
        Paragraph("Table 9: Household survey 2023, top safety concerns (more than one answer allowed)", NP_CAP),
        sub("Traffic and speed"),
        n("7.2", "The B6262 runs through the village centre and carries quarry and farm traffic as well as "
                 "visitors heading for the fells. A speed survey on Main Street in May 2023 recorded an 85th "
                 "percentile speed of 38 mph in the 30 mph limit."),
        n("7.3", "The Plan cannot control traffic on existing roads, but it can make sure that new development "
                 "does not add to the problem and that the design of new streets keeps speeds low."),
        policy("AS14", "Traffic and road safety", [
            ("a.", "Development that would generate a significant amount of traffic must be supported by a "
                   "transport statement showing its effect on road safety in the village centre."),
            ("b.", "New streets should be designed for speeds of 20 mph or less."),
            ("c.", "Development should keep or improve public rights of way, in particular routes to the "
                   "school and the playing field."),
        ]),
        sub("Rural crime"),
        n("7.4", "Askerby is a parish of scattered farms and houses, many of them at the end of long tracks. "
                 "Farms, sheds and vehicles are an easy target, and fear of crime is higher than the level of "
                 "crime would suggest."),
        n("7.5", "Since 2021 the Parish Council and Cumbria Constabulary\u2019s Penrith and Eden neighbourhood "
                 "policing team have run Fell Watch together. Farmers and residents who join receive text and "
                 "WhatsApp alerts from the team about thefts and suspicious vehicles in the upper Eden valley; "
                 "the team holds a marking day for quad bikes, trailers and tools at the village hall every "
                 "spring and autumn; and parish councillors walk the byways with the team\u2019s rural crime "
                 "officer twice a year to agree where gates and signs are needed. The Parish Council paid for "
                 "the 40 \u2018Fell Watch \u2013 vehicles checked\u2019 signs now on the lanes. 236 households and "
                 "farms are now members, and police figures for the parish show reported thefts from farms "
                 "falling from 14 in 2020 to 4 in 2024.\u00b2"),
        map_,
        Paragraph("Figure 14: Byways walked by Fell Watch and the lane signs (see Map 6 for the full parish)",
                  NP_CAP),
        n("7.6", "Fell Watch shows what can be done outside the planning system. The Plan\u2019s part is to make "
                 "sure that new buildings, in particular farm buildings and new homes on the edge of the village, "
                 "are designed so that they do not make crime easier."),
        policy("AS15", "Designing out crime", [
            ("a.", "Development should follow the principles of Secured by Design, with overlooked parking, "
                   "defensible space and secure boundaries."),
            ("b.", "New agricultural buildings should be sited where they can be overlooked from a dwelling or "
                   "the road wherever this is practical."),
            ("c.", "External lighting should be the minimum needed for security and should avoid light spill "
                   "into the dark skies of the fells."),
        ]),
        sub("Young people and the playing field"),
        n("7.7", "Before 2022 the playing field and the bus shelter on Main Street were the focus of most "
                 "complaints to the Parish Council about anti-social behaviour, most of them about groups of "
                 "teenagers with nowhere else to go on winter evenings."),
        n("7.8", "In October 2022 the Village Hall Committee and the youth charity Eden Valley Youth Links "
                 "started the Friday Shed, a youth club in the hall\u2019s back room every Friday evening in term "
                 "time, run by two paid youth workers with parent volunteers, with pool, a games console, "
                 "cooking and trips to the climbing wall in Penrith. An average of 22 young people aged 11 to 16 "
                 "come each week, and complaints to the Parish Council about anti-social behaviour at the "
                 "playing field and bus shelter fell from 19 in 2021\u201322 to 5 in 2023\u201324.\u00b3"),
        n("7.9", "The Friday Shed depends on short-term grants and on the back room of the hall, which is "
                 "damp and too small. Policy AS16 protects the hall and supports its extension."),
        action("CA6", "The Parish Council will support the Village Hall Committee in finding long-term funding "
                      "for the Friday Shed, and will set aside part of its Neighbourhood CIL towards the hall "
                      "extension."),
        policy("AS16", "Community facilities", [
            ("a.", "The Village Hall, the playing field and the Reading Room are Local Community Facilities and "
                   "their loss will not be supported unless an equal or better replacement is provided."),
            ("b.", "The extension and improvement of the Village Hall will be supported."),
        ]),
        action("CA7", "The Parish Council will ask Westmorland and Furness Council and Cumbria Constabulary to "
                      "consider a 20 mph limit on Main Street and Fell Lane, and will recruit volunteers for a "
                      "Community Speed Watch group."),
        Spacer(1, 6),
        _Rule(col_w, 0.4, "#777777", 2),
        Paragraph("\u00b9 Askerby Household Survey 2023, Appendix 3.", NP_FOOT),
        Paragraph("\u00b2 Figures supplied by Cumbria Constabulary, March 2025; Fell Watch membership as at "
                  "31 March 2025.", NP_FOOT),
        Paragraph("\u00b3 Parish Council complaints log, years to 31 March.", NP_FOOT),
    ]


def neighbourhood_plan_chapter(out: Path) -> None:
    """A parish's neighbourhood development plan, submission version, one chapter (A4, printed as pages 31 and 32:
    a green band with the plan's name and version at the top, the parish council and a folio at the foot; a
    chapter heading and introduction across the page, then two columns; an objective box, green policy boxes
    with lettered clauses, orange Community Action boxes, a survey table, a map and captions, numbered
    paragraphs with the number hung in the margin, and footnotes at the end)."""
    width, height = A4
    margin = 46
    gut = 18
    full_w = width - 2 * margin
    col_w = (full_w - gut) / 2
    top = height - 50
    bottom = 48
    sink = io.BytesIO()
    doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=50,
                          bottomMargin=bottom, title="Askerby Neighbourhood Development Plan 2025-2040, "
                                                     "Submission Version, Chapter 7",
                          author="Askerby Parish Council", invariant=1)
    head_h = 118
    first = [Frame(margin, top - head_h, full_w, head_h, leftPadding=0, rightPadding=0, id="head"),
             Frame(margin, bottom, col_w, top - head_h - bottom, leftPadding=0, rightPadding=0, id="c1"),
             Frame(margin + col_w + gut, bottom, col_w, top - head_h - bottom, leftPadding=0, rightPadding=0,
                   id="c2")]
    later = [Frame(margin, bottom, col_w, top - bottom, leftPadding=0, rightPadding=0, id="l1"),
             Frame(margin + col_w + gut, bottom, col_w, top - bottom, leftPadding=0, rightPadding=0, id="l2")]
    doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_ndp_page),
                          PageTemplate("later", frames=later, onPage=_ndp_page)])
    doc.build([NextPageTemplate("later")] + _ndp_story(col_w, full_w))
    (out / "askerby-neighbourhood-development-plan-submission-version-chapter-7.pdf").write_bytes(sink.getvalue())


# ------------------ Word helpers

def _page_field(paragraph, size=None) -> None:
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


def _para(container, text: str = "", size=None, bold=False, italic=False, color=None, align=None,
          space_after=None, space_before=None, style=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = container.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
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


def _cell_text(cell, text: str, bold=False, italic=False, size=None, color=None, first=True, style=None):
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph(style=style)
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return paragraph


def _table(document, rows, size=9, head_fill="D9D9D9", head_color=None, label_col=False, style="Table Grid",
           widths=None):
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = style
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, value in enumerate(row):
            head = (r == 0 and not label_col) or (label_col and c == 0)
            _cell_text(cells[c], value, bold=head, size=size, color=head_color if (head and r == 0) else None)
            if head and head_fill:
                _shade(cells[c], head_fill)
            if widths:
                cells[c].width = Cm(widths[c])
    return table


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


def _rule_under(paragraph, color: str, size: int = 8, edge: str = "bottom") -> None:
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


def _base_font(document, name: str, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def _margins(document, cm: float) -> None:
    from docx.shared import Cm

    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(cm)
    section.top_margin = section.bottom_margin = Cm(cm)


def _tab_line(document, left: str, right: str, bold_left=True, italic_right=False, size=None, space_before=None,
              space_after=None):
    """A line with text at the left and a right-aligned tab stop (dates on a CV, as people type them)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    run = paragraph.add_run(left)
    run.bold = bold_left
    if size:
        run.font.size = Pt(size)
    run = paragraph.add_run("\t" + right)
    run.italic = italic_right
    if size:
        run.font.size = Pt(size)
    if space_before is not None:
        paragraph.paragraph_format.space_before = Pt(space_before)
    if space_after is not None:
        paragraph.paragraph_format.space_after = Pt(space_after)
    return paragraph


def _bullet(document, text: str, bold_lead: str | None = None, style="List Bullet"):
    paragraph = document.add_paragraph(style=style)
    if bold_lead:
        paragraph.add_run(bold_lead).bold = True
    paragraph.add_run(text)
    return paragraph


def _footer(document, text: str, size=8, page=True, header: str | None = None, header_right: str | None = None):
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    if header is not None:
        head = section.header.paragraphs[0]
        head.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        run = head.add_run(header)
        run.font.size = Pt(size)
        if header_right:
            run = head.add_run("\t" + header_right)
            run.font.size = Pt(size)
            run.bold = True
    foot = section.footer.paragraphs[0]
    run = foot.add_run(text)
    run.font.size = Pt(size)
    if page:
        _page_field(foot, size)


# ------------------ 4. A retired officer's CV (Word, Calibri, no heading styles)

def curriculum_vitae(out: Path) -> None:
    """A retired chief superintendent's CV (Word, Calibri 10.5, narrow margins, no heading styles: the name in
    large capitals, a contact line with separators over a paragraph rule, capitalised section labels with a rule
    under them, a two-column borderless key skills table, job entries with the title in bold and dates at a right
    tab, the employer in italics, bullets; a qualifications table, other information and references; a footer
    with the name and page number)."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _base_font(document, "Calibri", 10.5)
    _margins(document, 1.8)
    _footer(document, "Andrew Ferriby \u2013 Curriculum Vitae \u2013 page ", size=8)

    def label(text):
        paragraph = _para(document, text, size=11, bold=True, color="1F4E79", space_before=10, space_after=4)
        _rule_under(paragraph, "1F4E79", 6)

    def employer(text):
        _para(document, text, italic=True, size=10.5, space_after=2)

    name = _para(document, "ANDREW FERRIBY MSc", size=22, bold=True, color="1F4E79", space_after=0)
    name.paragraph_format.space_before = Pt(0)
    _para(document, "Former Chief Superintendent  |  Independent adviser on neighbourhood policing and "
                    "partnership working", size=11, space_after=2)
    contact = _para(document, "Beverley, East Riding of Yorkshire  \u2022  07700 900614  \u2022  "
                              "andrew.ferriby@example.com  \u2022  linkedin.com/in/andrewferriby", size=9.5,
                    color="404040", space_after=8)
    _rule_under(contact, "1F4E79", 12)

    label("PROFILE")
    _para(document, "Retired chief superintendent with 26 years\u2019 service in two forces, most of it in "
                    "neighbourhood policing and local partnerships. I have commanded a district of 420 officers "
                    "and staff, chaired a community safety partnership\u2019s executive group and led joint teams "
                    "with councils, housing providers and the voluntary sector. Since leaving the police I have "
                    "served as a charity trustee. I am now looking for non-executive, advisory and associate "
                    "roles with councils, housing providers and charities working on community safety.",
          space_after=4)

    label("KEY SKILLS")
    skills = document.add_table(rows=0, cols=2)
    _borders(skills, "nil")
    for left, right in (("Partnership leadership and chairing", "Problem-oriented policing (SARA)"),
                        ("Neighbourhood policing standards", "Anti-social behaviour powers and case reviews"),
                        ("Budget and workforce management", "Evaluation and performance reporting"),
                        ("Public speaking and community meetings", "Coaching and mentoring senior leaders")):
        cells = skills.add_row().cells
        _cell_text(cells[0], "\u25aa  " + left, size=10)
        _cell_text(cells[1], "\u25aa  " + right, size=10)

    label("CAREER HISTORY")
    _tab_line(document, "Trustee (voluntary)", "April 2024 \u2013 present", space_before=4, space_after=0)
    employer("Second Step Mentoring, Barnsley (registered charity)")
    _bullet(document, "Charity mentoring young adults aged 18 to 25 leaving custody and care in Barnsley; one of "
                      "seven trustees and chair of the Finance and Risk Committee.")
    _bullet(document, "Set up Working Start with Barnsley College in 2024, with the charity\u2019s chief "
                      "executive: our mentors meet young people on the college\u2019s pre-employment courses "
                      "every week for a term, and the college keeps a place open for anyone released from custody "
                      "part-way through the year. Of the first 31 young people, 24 completed their course and 15 "
                      "went on to work or an apprenticeship.")

    _tab_line(document, "South Yorkshire Police", "2014 \u2013 2024", size=11.5, space_before=10, space_after=2)
    _tab_line(document, "Chief Superintendent, District Commander, Barnsley", "2019 \u2013 2024", space_after=2)
    _bullet(document, "Led Barnsley district: 420 officers and staff and a budget of \u00a321 million; chair of "
                      "the Safer Barnsley Partnership\u2019s executive group.")
    _bullet(document, "Opened the Barnsley Town Centre Hub with Barnsley Council in 2021: neighbourhood officers, "
                      "PCSOs, the council\u2019s town centre wardens and its anti-social behaviour officers "
                      "working from one base in the market, with one daily briefing and one shared list of "
                      "problem premises and people. Within two years anti-social behaviour reported in the town "
                      "centre fell by 31% and shop theft by 18%, and the hub became the model for the "
                      "force\u2019s other district centres.")
    _bullet(document, "Gold commander for Barnsley FC home matches and for protests and other public order "
                      "events in the district.")
    _tab_line(document, "Superintendent, Head of Neighbourhood Policing, Force Headquarters",
              "2014 \u2013 2019", space_before=6, space_after=2)
    _bullet(document, "Responsible for neighbourhood policing standards and problem-solving training across the "
                      "force\u2019s four districts; force lead for anti-social behaviour and the Community "
                      "Trigger.")
    _bullet(document, "Transferred from Humberside Police on promotion in 2014.")

    _tab_line(document, "Humberside Police", "1998 \u2013 2014", size=11.5, space_before=10, space_after=2)
    _tab_line(document, "Chief Inspector, Hull East", "2011 \u2013 2014", space_after=2)
    _bullet(document, "Deputy to the area commander for 260 officers and staff; lead for neighbourhood teams, "
                      "licensing and the night-time economy.")
    _tab_line(document, "Inspector, Neighbourhood Policing, Hull East", "2008 \u2013 2011", space_before=6,
              space_after=2)
    _bullet(document, "Led Operation Tidewater on the Preston Road estate with Hull City Council\u2019s housing "
                      "and anti-social behaviour officers in 2009 and 2010: weekly joint visits to tenants "
                      "reported for anti-social behaviour, 14 empty houses secured and brought back into use, "
                      "and a fortnightly joint surgery for victims at the estate\u2019s library. Calls about "
                      "anti-social behaviour on the estate fell from 1,140 to 690 in a year.")
    _tab_line(document, "Constable and Sergeant, Hull and Beverley", "1998 \u2013 2008", space_before=6,
              space_after=2)
    _bullet(document, "Response constable, CID attachment and neighbourhood sergeant in Beverley; tutor "
                      "constable for 11 student officers.")

    label("EDUCATION AND QUALIFICATIONS")
    quals = document.add_table(rows=0, cols=3)
    _borders(quals, "nil")
    for a, b, c in (("MSc Applied Criminology and Police Management", "University of Cambridge", "2013"),
                    ("BA (Hons) History", "University of Leeds", "1997"),
                    ("Senior Leadership Programme", "College of Policing", "2018"),
                    ("Accredited Gold Public Order Commander", "College of Policing", "2019 \u2013 2024"),
                    ("Level 7 Certificate in Strategic Management", "Chartered Management Institute", "2016")):
        cells = quals.add_row().cells
        _cell_text(cells[0], a, bold=True, size=10)
        _cell_text(cells[1], b, size=10)
        _cell_text(cells[2], c, size=10)

    label("OTHER INFORMATION")
    _bullet(document, "Full UK driving licence.")
    _bullet(document, "Retired member, Police Superintendents\u2019 Association.")
    _bullet(document, "Interests: fell running, the history of Hull\u2019s docks, and a Hull City season ticket.")

    label("REFERENCES")
    _para(document, "Available on request.")
    _save_docx(document, out / "andrew-ferriby-cv-former-chief-superintendent-2025.docx",
               "Andrew Ferriby - CV", "Andrew Ferriby")


# ------------------ 5. A force's outline business case in the five case model (Word, heading styles, tables)

def outline_business_case(out: Path) -> None:
    """A force's outline business case (Word, Arial 10, Heading 1 and 2 styles recoloured, the five cases as
    numbered sections: a title page with a labelled control table and a version history table, an executive
    summary, the strategic case (context, the pilot with a results table, a visit to another force, SMART
    objectives), the economic case with an options table, the commercial and financial cases with cost tables in
    thousands, the management case with milestones and a risk table, and the decision required; OFFICIAL header,
    document footer with version and page number)."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    document = Document()
    _base_font(document, "Arial", 10)
    _margins(document, 2.2)
    for level, size in ((1, 14), (2, 11.5)):
        style = document.styles["Heading %d" % level]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor.from_string("00205B")
    _footer(document, "Stalking Case Clinic OBC  |  v0.7  |  14 August 2025  |  Page ", size=8,
            header="OFFICIAL", header_right="Avon and Somerset Constabulary")

    _para(document, "", space_after=40)
    _para(document, "Outline Business Case", size=26, bold=True, color="00205B", space_after=4)
    _para(document, "Stalking Case Clinic: force-wide roll-out", size=16, color="00205B", space_after=18)
    _table(document, [
        ["Programme", "Public Protection Improvement Programme"],
        ["Senior Responsible Owner", "Detective Chief Superintendent Rachel Okafor, Head of Public Protection"],
        ["Project manager", "Tom Avery, Change and Transformation"],
        ["Finance business partner", "Priya Sandhu"],
        ["Version and date", "0.7, 14 August 2025"],
        ["Status", "Draft for Chief Officer Group, 2 September 2025"],
        ["Approval route", "Chief Officer Group; funding request to the Police and Crime Commissioner"],
    ], size=9.5, head_fill="DCE6F2", label_col=True, widths=[5, 11])
    _para(document, "", space_after=6)
    _para(document, "Version history", bold=True, size=10, space_after=2)
    _table(document, [
        ["Version", "Date", "Author", "Changes"],
        ["0.3", "6 June 2025", "T. Avery", "First draft of the strategic case"],
        ["0.5", "11 July 2025", "T. Avery, P. Sandhu", "Economic and financial cases added"],
        ["0.7", "14 August 2025", "T. Avery", "Comments from the SRO and Legal Services; risks updated"],
    ], size=9, head_fill="00205B", head_color="FFFFFF")
    document.add_page_break()

    h1 = lambda text: document.add_heading(text, level=1)  # noqa: E731
    h2 = lambda text: document.add_heading(text, level=2)  # noqa: E731
    body = lambda text: _para(document, text, space_after=6)  # noqa: E731

    h1("1. Executive summary")
    body("This Outline Business Case (OBC) seeks approval to make the Stalking Case Clinic permanent and to extend "
         "it from Bristol to the rest of the force area, at a cost of \u00a3312,000 a year from April 2026. "
         "The preferred option (Option 3) is a hub-and-spoke clinic model led by the Public Protection "
         "Investigation teams, with independent stalking advocates provided under a grant agreement. A Full "
         "Business Case will follow in December 2025 if this OBC is approved.")
    body("Chief Officer Group is asked to approve Option 3 as the preferred option and to agree that the project "
         "proceeds to a Full Business Case (section 7).")

    h1("2. Strategic case")
    h2("2.1 Context and case for change")
    body("Recorded stalking offences in Avon and Somerset rose from 2,140 in 2021/22 to 3,870 in 2024/25. The "
         "2024 report on the super-complaint about the police response to stalking found that forces often "
         "fail to recognise stalking, rarely apply for Stalking Protection Orders (SPOs) and do not link "
         "victims with specialist advocates early enough. Our own audit in 2023 found the same: 38% of "
         "stalking crimes had been recorded as harassment or malicious communications at first, and the force "
         "made only 4 applications for an SPO in the whole of 2022/23.")
    h2("2.2 Existing arrangements")
    body("Outside Bristol, stalking crimes are investigated by the area\u2019s Public Protection Investigation "
         "team or by response and neighbourhood officers, depending on risk. Victims are referred to the "
         "commissioned victim service, which does not have specialist stalking advocates. There is no routine "
         "multi-agency review of stalking cases below the threshold for a MARAC.")
    h2("2.3 The Bristol pilot")
    body("From October 2023 to March 2025, Avon and Somerset Constabulary\u2019s Bristol Public Protection "
         "Investigation team and the Severn Stalking Advocacy Service ran a weekly Stalking Case Clinic at "
         "Trinity Road police station. Every new stalking crime recorded in Bristol was reviewed within seven "
         "days by a detective sergeant and an independent stalking advocate, who agreed a safety plan, whether "
         "to apply for a Stalking Protection Order and who would make first contact with the victim. The "
         "advocacy service contacted victims directly from the clinic, and officers were given a one-page "
         "guide to gathering evidence of a course of conduct. The pilot was funded by the Police and Crime "
         "Commissioner\u2019s Victims Fund.")
    body("The pilot was evaluated by the force\u2019s Evidence-Based Policing team against the 18 months before "
         "it started (Table 1).")
    _table(document, [
        ["Measure (Bristol)", "18 months before", "Pilot (18 months)"],
        ["SPO applications", "3", "21"],
        ["SPOs granted (full or interim)", "2", "19"],
        ["Median days from report to first advocate contact", "11", "2"],
        ["Stalking crimes charged or summonsed", "9%", "16%"],
        ["Victims surveyed who felt safer after advocate contact", "not measured", "84% (of 57)"],
    ], size=9, head_fill="00205B", head_color="FFFFFF")
    _para(document, "Table 1: Bristol pilot results. Source: Evidence-Based Policing team evaluation, May 2025.",
          italic=True, size=8.5, space_before=2, space_after=8)
    h2("2.4 Learning from other forces")
    body("In January 2025 the project team visited Dorset Police. Since April 2022 Dorset Police\u2019s "
         "Safeguarding Hub in Bournemouth has had two advocates from the charity Wessex Stalking Support working "
         "alongside its investigators three days a week, and officers use a stalking screening tool at first "
         "report. Dorset Police told us that its SPO applications rose from 6 in 2021 to 27 in 2024 and that "
         "the number of stalking victims who withdrew from a prosecution fell by about a third. Its experience "
         "shaped Option 3: advocates located with investigators for part of the week, rather than a separate "
         "referral.")
    h2("2.5 Investment objectives")
    _table(document, [
        ["Ref", "Objective", "Measure and target"],
        ["IO1", "Recognise stalking at first report", "90% of stalking crimes recorded correctly at first "
                                                      "report by March 2027"],
        ["IO2", "Protect victims with SPOs where appropriate", "At least 40 SPO applications a year force-wide "
                                                               "by 2026/27"],
        ["IO3", "Give victims specialist support quickly", "Median of 3 days or fewer from report to first "
                                                           "advocate contact"],
        ["IO4", "Improve outcomes", "Charge or summons rate for stalking of 15% or more"],
    ], size=9, head_fill="DCE6F2")
    _para(document, "", space_after=4)
    h2("2.6 Scope and dependencies")
    body("In scope: all stalking crimes recorded in Avon and Somerset. Out of scope: domestic abuse cases that are "
         "heard at MARAC, which will keep their present route. The project depends on the new records "
         "management system\u2019s stalking flag, due in February 2026.")

    h1("3. Economic case")
    body("Four options were appraised against the investment objectives and critical success factors "
         "(Table 2).")
    _table(document, [
        ["Option", "Description", "Annual cost", "Meets IOs?", "Assessment"],
        ["1. Do nothing", "Pilot ends; Bristol returns to existing arrangements", "\u00a30", "No", "Discounted"],
        ["2. Bristol only", "Make the Bristol clinic permanent; no extension", "\u00a394,000", "Partly",
         "Possible"],
        ["3. Hub and spoke", "Clinics in every area, advocates with investigators two days a week",
         "\u00a3312,000", "Yes", "Preferred"],
        ["4. Outsource", "Commission a provider to screen and review all stalking cases", "\u00a3455,000",
         "Yes", "Poor value"],
    ], size=8.5, head_fill="00205B", head_color="FFFFFF")
    _para(document, "Table 2: Options appraisal (costs at 2025/26 prices).", italic=True, size=8.5,
          space_before=2, space_after=8)
    body("Option 3 has the best balance of cost and benefit. Its net present value over five years is estimated at "
         "\u00a31.1m, mostly from fewer repeat incidents and less officer time on repeat reports, using the Home "
         "Office\u2019s unit costs of crime.")

    h1("4. Commercial case")
    body("Advocates would be provided through a grant agreement with the Severn Stalking Advocacy Service for "
         "three years, varied from the present pilot agreement, as the service is the only specialist stalking "
         "provider in the force area. Legal Services have advised that a grant is appropriate. The value of the "
         "agreement would be \u00a3186,000 a year.")

    h1("5. Financial case")
    _table(document, [
        ["\u00a3000", "2026/27", "2027/28", "2028/29"],
        ["Police staff (clinic coordinators, 3 FTE)", "118", "121", "124"],
        ["Advocacy grant", "186", "186", "186"],
        ["Training and guidance", "8", "4", "4"],
        ["Total", "312", "311", "314"],
    ], size=9, head_fill="00205B", head_color="FFFFFF")
    _para(document, "", space_after=4)
    body("The Police and Crime Commissioner has indicated support for funding the advocacy grant from the Victims "
         "Fund for two years. Staff costs would be met from the Public Protection budget by releasing two "
         "vacant detective constable posts.")

    h1("6. Management case")
    body("The project will report to the Public Protection Improvement Programme Board monthly. Key milestones:")
    _table(document, [
        ["Milestone", "Date"],
        ["Full Business Case to Chief Officer Group", "December 2025"],
        ["Grant agreement varied and signed", "February 2026"],
        ["Clinics open in North Somerset, Bath and North East Somerset and South Gloucestershire", "April 2026"],
        ["Clinics open in Somerset (east and west)", "June 2026"],
        ["Post-implementation review", "June 2027"],
    ], size=9, head_fill="DCE6F2")
    _para(document, "", space_after=4)
    _table(document, [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        ["Advocacy grant not funded after two years", "Medium", "High", "Build the cost into the 2028/29 "
                                                                        "budget; review at FBC"],
        ["Detective sergeant capacity in smaller areas", "High", "Medium", "Combine Somerset clinics by video"],
        ["Records system flag delayed", "Medium", "Medium", "Manual screening list as an interim"],
    ], size=9, head_fill="00205B", head_color="FFFFFF")
    _para(document, "", space_after=4)

    h1("7. Decision required")
    body("Chief Officer Group is asked to:")
    for text in ("approve Option 3 (hub and spoke) as the preferred option;",
                 "agree that the project proceeds to a Full Business Case by December 2025; and",
                 "note the request to the Police and Crime Commissioner for funding of the advocacy grant."):
        _para(document, text, style="List Number")
    _save_docx(document, out / "avon-and-somerset-constabulary-stalking-case-clinic-outline-business-case.docx",
               "Outline Business Case: Stalking Case Clinic force-wide roll-out",
               "Avon and Somerset Constabulary")


# ------------------ 6. A force's role profile (Word, labelled tables, numbered accountabilities)

def role_profile(out: Path) -> None:
    """A force's police staff role profile (Word, Arial 10: 'ROLE PROFILE' and the role in bold, a labelled role
    details table with shaded labels, bold capital section labels, job purpose, numbered key accountabilities,
    an 'examples of work' bullet list, a key relationships table, a person specification table with essential
    and desirable criteria and how they are assessed, a behaviours table from the Competency and Values Framework
    with levels, the values, a closing note and informal enquiries; header with the force and OFFICIAL, footer
    with the profile reference, version and page number)."""
    from docx import Document

    document = Document()
    _base_font(document, "Arial", 10)
    _margins(document, 2.0)
    _footer(document, "Role profile PS-F-0412  |  Version 2.1  |  Issued September 2025  |  Page ", size=8,
            header="Merseyside Police  \u2013  Role Profile", header_right="OFFICIAL")

    def label(text):
        _para(document, text, bold=True, size=11, color="003366", space_before=10, space_after=4)

    _para(document, "ROLE PROFILE", bold=True, size=18, color="003366", space_after=2)
    _para(document, "Problem Solving and Prevention Coordinator", bold=True, size=14, space_after=8)
    _table(document, [
        ["Role title", "Problem Solving and Prevention Coordinator"],
        ["Command / department", "Community Policing Command \u2013 Prevention and Partnerships"],
        ["Grade", "Police Staff Grade F"],
        ["Salary", "\u00a333,513 \u2013 \u00a336,939 per annum"],
        ["Hours", "37 hours per week, Monday to Friday, with some evening and weekend work"],
        ["Location", "One of the five local policing areas (Liverpool North, Liverpool South, Sefton, Knowsley "
                     "and St Helens, Wirral), with travel across Merseyside"],
        ["Reports to", "Prevention Inspector for the local policing area"],
        ["Number of posts", "5"],
        ["Vetting level", "Management Vetting (MV)"],
    ], size=9.5, head_fill="D9E2F3", label_col=True, widths=[4.5, 12])

    label("JOB PURPOSE")
    _para(document, "To help neighbourhood teams and partners in the local policing area to find, plan, carry "
                    "out and evaluate problem-solving work on the locations, people and problems that cause most "
                    "harm to communities, and to make sure that what works is recorded and shared.")

    label("KEY ACCOUNTABILITIES")
    for text in (
            "Coordinate problem-solving plans for priority locations and repeat victims using the SARA model, "
            "making sure each plan has a clear problem statement, responses agreed with partners and a way of "
            "measuring success.",
            "Attend and, where required, chair monthly multi-agency problem-solving meetings with local authority "
            "community safety, housing, licensing and youth services, registered social landlords and Merseyside "
            "Fire and Rescue Service.",
            "Work with analysts to identify emerging hotspots and repeat demand and to prepare problem profiles.",
            "Support neighbourhood teams to evaluate their work, including before-and-after comparisons and "
            "feedback from residents.",
            "Identify good practice in the area and submit suitable examples to the force\u2019s problem-solving "
            "library and the College of Policing\u2019s Practice Bank.",
            "Coordinate crime prevention advice and target hardening for victims of burglary and their "
            "neighbours, working with the force\u2019s Designing Out Crime Officers.",
            "Help prepare bids for external funding for crime prevention and community safety, and monitor "
            "spending and outcomes for funded projects.",
            "Deliver training and coaching in problem solving to officers, PCSOs and partner staff.",
            "Keep accurate records on the force\u2019s problem-solving database and ensure information is shared "
            "lawfully under the relevant information sharing agreements.",
            "Carry out any other duties that are consistent with the grade and purpose of the role."):
        _para(document, text, style="List Number", space_after=3)

    label("EXAMPLES OF WORK THE POST HOLDER WILL SUPPORT")
    for text in ("gating, lighting and clean-up of alleys and back entries with a local authority;",
                 "joint visits with licensing officers to late-night premises that cause repeat calls;",
                 "diversionary activity for young people with community groups and youth services;",
                 "cocooning and crime prevention visits after burglaries; and",
                 "problem-solving plans for anti-social behaviour case reviews (the Community Trigger)."):
        _bullet(document, text)

    label("KEY RELATIONSHIPS")
    _table(document, [
        ["Internal", "External"],
        ["Neighbourhood inspectors, sergeants, constables and PCSOs; Prevention Inspector; analysts; Designing "
         "Out Crime Officers; Corporate Communications",
         "Liverpool City Council, Sefton Council, Knowsley Council, St Helens Borough Council and Wirral Council; "
         "Merseyside Fire and Rescue Service; registered social landlords; the Office of the Police and Crime "
         "Commissioner; voluntary and community groups"],
    ], size=9, head_fill="D9E2F3")

    label("PERSON SPECIFICATION")
    _table(document, [
        ["Criteria", "Essential / Desirable", "Assessed by"],
        ["Experience of working with partner agencies to solve community problems", "Essential",
         "Application, interview"],
        ["Knowledge of the SARA problem-solving model or a similar approach", "Essential", "Application, "
                                                                                           "interview"],
        ["Ability to analyse and present data clearly to non-specialists", "Essential", "Test, interview"],
        ["Good written communication, including reports and funding bids", "Essential", "Test"],
        ["Full UK driving licence and access to a vehicle for work", "Essential", "Application"],
        ["Level 3 qualification or equivalent experience", "Essential", "Application"],
        ["Experience of evaluating projects or programmes", "Desirable", "Interview"],
        ["Knowledge of anti-social behaviour powers and the Community Trigger", "Desirable", "Interview"],
    ], size=9, head_fill="003366", head_color="FFFFFF")

    label("BEHAVIOURS (COMPETENCY AND VALUES FRAMEWORK)")
    _table(document, [
        ["Competency", "Level"],
        ["We are collaborative", "Level 2"],
        ["We analyse critically", "Level 2"],
        ["We are innovative and open-minded", "Level 2"],
        ["We deliver, support and inspire", "Level 1"],
        ["We take ownership", "Level 1"],
        ["We are emotionally aware", "Level 1"],
    ], size=9, head_fill="D9E2F3")
    _para(document, "All staff are expected to show the four values of the framework: integrity, impartiality, "
                    "public service and transparency.", space_before=6)

    label("ADDITIONAL INFORMATION")
    _para(document, "This role profile describes the main duties of the post at the date of issue. It is not an "
                    "exhaustive list and may be reviewed in consultation with the post holder. Merseyside Police "
                    "is committed to equality of opportunity and welcomes applications from all sections of the "
                    "community.")
    _para(document, "Informal enquiries: Inspector Lisa Cadwallader, Prevention and Partnerships, "
                    "0151 496 0732.")
    _save_docx(document, out / "merseyside-police-role-profile-problem-solving-and-prevention-coordinator.docx",
               "Role Profile: Problem Solving and Prevention Coordinator", "Merseyside Police")


# ------------------ 7. A council's problem-reporting site: one report with its updates (HTML)

REPORT_HTML = """<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fly-tipping, needles and a broken gate in the back lane behind Coatsworth Road - Report it - Gateshead Council</title>
<meta name="description" content="Problem report GC-2025-048213: Fly-tipping, needles and a broken gate in the back lane behind Coatsworth Road, Bensham. Status: Fixed.">
<link rel="canonical" href="https://reportit.gateshead.example.gov.uk/report/48213">
<link rel="stylesheet" href="/cobrands/gateshead/base.css">
<script src="/vendor/leaflet.js" defer></script>
<script src="/js/report-page.js" defer></script>
<script>
  window.reportData = {"id": 48213, "state": "fixed", "category": "Fly-tipping", "lat": 54.9462, "lon": -1.6131, "zoom": 17};
</script>
</head>
<body class="report-page two-column">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on Report it">
  <p><strong>Cookies on Report it</strong></p>
  <p>We use some essential cookies to make this service work. We would also like to use analytics cookies to understand how you use the service so that we can improve it.</p>
  <button type="button" class="btn" data-cookies="accept">Accept analytics cookies</button>
  <button type="button" class="btn btn--secondary" data-cookies="reject">Reject analytics cookies</button>
  <a href="/about/privacy#cookies">View cookies</a>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__logo" href="https://www.gateshead.example.gov.uk/"><img src="/cobrands/gateshead/logo.svg" alt="Gateshead Council"></a>
    <span class="site-header__service">Report it</span>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <li><a href="/">Report a problem</a></li>
        <li><a href="/my">Your reports</a></li>
        <li><a href="/reports/Gateshead">All reports</a></li>
        <li><a href="/alert">Local alerts</a></li>
        <li><a href="/faq">Help</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="map-column" aria-hidden="true">
  <div id="map_box"><div id="map">Map</div><p class="map-credit">Map data &copy; OpenStreetMap contributors</p></div>
</div>
<main id="main" class="content-column">
  <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Report it</a> &rsaquo; <a href="/reports/Gateshead">All reports</a> &rsaquo; Report 48213</nav>
  <div class="problem-header">
    <span class="state-badge state-badge--fixed">Fixed</span>
    <h1>Fly-tipping, needles and a broken gate in the back lane behind Coatsworth Road</h1>
    <p class="report_meta_info">Reported in the Fly-tipping category anonymously at 08:14, Tue 4 February 2025</p>
    <p class="report_meta_info">Sent to Gateshead Council 2 minutes later. Reference: GC-2025-048213</p>
    <p class="report_meta_info">Updated Tue 15 July 2025</p>
  </div>
  <div class="problem-body">
    <p>Back lane between Coatsworth Road and Westbourne Avenue, from the Bewick Road end. Mattresses, bin bags and a broken sofa dumped again, about twenty bags now. Three needles on the ground by the gate to the yards, and the lane gate has been forced and hangs off. Kids walk this way to school. This is the fourth time I have reported this lane since Christmas.</p>
    <p class="photo"><img src="/photo/48213.0.jpeg" alt="Photo of the back lane with bin bags, a mattress and a sofa"></p>
  </div>
  <p class="report-actions"><a href="#update_form">Provide an update</a> &middot; <a href="/alert/subscribe?id=48213">Get updates</a> &middot; <a href="/contact?id=48213">Report abuse</a></p>

  <section class="updates" aria-labelledby="updates-heading">
    <h2 id="updates-heading">Updates</h2>
    <ul class="item-list item-list--updates">
      <li class="item-list__item item-list__item--updates">
        <div class="item-list__update-wrap">
          <p class="meta-2">Posted by <strong>Gateshead Council</strong> (Street Scene) at 10:42, Wed 5 February 2025</p>
          <p class="update-state">State changed to: Investigating</p>
          <div class="item-list__update-text"><p>Thank you for your report. A crew has been asked to clear the waste and the needles. Needles are removed within 24 hours; other waste within five working days.</p></div>
        </div>
      </li>
      <li class="item-list__item item-list__item--updates">
        <div class="item-list__update-wrap">
          <p class="meta-2">Posted anonymously at 19:05, Wed 12 February 2025</p>
          <div class="item-list__update-text"><p>Cleared on Friday, thank you, but it was back by Monday. More needles. There are people in the lane most nights after 10pm and the gate is still broken so anyone can get in.</p></div>
        </div>
      </li>
      <li class="item-list__item item-list__item--updates">
        <div class="item-list__update-wrap">
          <p class="meta-2">Posted by <strong>Gateshead Council</strong> (Neighbourhood Relations) at 14:20, Thu 20 February 2025</p>
          <div class="item-list__update-text"><p>We are sorry this keeps happening. We have added this lane to the Bensham and Saltwell back lanes project, which we run with Northumbria Police. It will be included in the first joint walkabout on 6 March, and we will post an update here.</p></div>
        </div>
      </li>
      <li class="item-list__item item-list__item--updates">
        <div class="item-list__update-wrap">
          <p class="meta-2">Posted by <strong>Gateshead Council</strong> (Neighbourhood Relations) at 11:03, Tue 15 July 2025</p>
          <p class="update-state">State changed to: Fixed</p>
          <div class="item-list__update-text">
            <p>Update from the Bensham and Saltwell back lanes project.</p>
            <p>Since March, Gateshead Council&rsquo;s neighbourhood relations and street scene teams and Northumbria Police&rsquo;s Gateshead Central neighbourhood team have walked the back lanes between Coatsworth Road and Saltwell Road together every fortnight. Waste found on a walkabout is cleared within two days, and our enforcement officers search it for evidence of who dumped it. In May lockable gates were fitted at both ends of six lanes, including this one, with keys for every household, and two sharps bins were put in at Bewick Road. The neighbourhood team&rsquo;s visits to two houses linked to drug dealing led to a closure order on one of them in June.</p>
            <p>Reports of fly-tipping in the six lanes fell from 63 in February to April to 17 in May to July, and reports of needles from 28 to 3. Thank you to everyone who reported, and to the residents who came on the walkabouts.</p>
          </div>
        </div>
      </li>
      <li class="item-list__item item-list__item--updates">
        <div class="item-list__update-wrap">
          <p class="meta-2">Posted anonymously at 18:47, Tue 15 July 2025</p>
          <p class="update-state">Questionnaire filled in by problem reporter: this problem has been fixed</p>
          <div class="item-list__update-text"><p>Can confirm. Gate fitted and working, lane has been clean for weeks and no needles. Thanks to all involved.</p></div>
        </div>
      </li>
      <li class="item-list__item item-list__item--updates">
        <div class="item-list__update-wrap">
          <p class="meta-2">Posted by Denise at 21:16, Wed 16 July 2025</p>
          <div class="item-list__update-text"><p>Any chance of the same for the lanes off Rawling Road? Same problems there.</p></div>
        </div>
      </li>
    </ul>
  </section>

  <section id="update_form" class="update-form" aria-labelledby="update-form-heading">
    <h2 id="update-form-heading">Provide an update</h2>
    <p>Please note that updates are not sent to the council. If you need to report a new problem, please <a href="/">start a new report</a>.</p>
    <form method="post" action="/report/update">
      <label for="form_update">Update</label>
      <textarea id="form_update" name="update" rows="6"></textarea>
      <label for="form_photo">Photo</label>
      <input type="file" id="form_photo" name="photo">
      <input type="checkbox" id="form_reopen" name="reopen"> <label for="form_reopen">This problem has not been fixed</label>
      <label for="form_name">Your name</label>
      <input type="text" id="form_name" name="name">
      <input type="checkbox" id="form_alert" name="add_alert" checked> <label for="form_alert">Alert me to future updates</label>
      <button type="submit" class="btn">Post</button>
    </form>
  </section>
</main>
<aside class="nearby" aria-labelledby="nearby-heading">
  <h2 id="nearby-heading">Nearby reports</h2>
  <ul class="item-list">
    <li><a href="/report/49107">Street light out outside 212 Coatsworth Road</a> <span class="distance">0.1 km</span> <span class="state">Fixed</span></li>
    <li><a href="/report/50361">Overflowing litter bin, Saltwell Road shops</a> <span class="distance">0.2 km</span> <span class="state">Closed</span></li>
    <li><a href="/report/51288">Abandoned car, Westbourne Avenue</a> <span class="distance">0.2 km</span> <span class="state">Investigating</span></li>
    <li><a href="/report/52004">Graffiti on the railway bridge, Bensham Road</a> <span class="distance">0.4 km</span> <span class="state">Open</span></li>
  </ul>
  <p><a href="/around?lat=54.9462&amp;lon=-1.6131">More nearby reports</a></p>
</aside>
<footer class="site-footer">
  <ul class="site-footer__links">
    <li><a href="/about/privacy">Privacy</a></li>
    <li><a href="/about/accessibility">Accessibility statement</a></li>
    <li><a href="/about/terms">Terms of use</a></li>
    <li><a href="/about/privacy#cookies">Cookies</a></li>
  </ul>
  <p>Gateshead Council, Civic Centre, Regent Street, Gateshead NE8 1HH. For urgent problems out of hours, including needles near a school, call 0191 498 0650.</p>
  <p>In an emergency, or if a crime is happening now, call 999. To report a crime that is not an emergency, call 101.</p>
</footer>
</body>
</html>
"""


# ------------------ 8. A practitioners' network's on-demand webinar page (HTML)

WEBINAR_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Webinar 14: Welfare and vulnerability in the night-time economy | Safer Nights Network</title>
<meta property="og:title" content="Webinar 14: Welfare and vulnerability in the night-time economy">
<meta property="og:type" content="video.other">
<meta property="og:site_name" content="Safer Nights Network">
<link rel="stylesheet" href="/assets/css/site.min.css">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "VideoObject", "name": "Webinar 14: Welfare and vulnerability in the night-time economy", "uploadDate": "2025-06-27", "duration": "PT1H12M"}</script>
</head>
<body>
<div class="cookie-notice" id="cookie-notice">
  <p>This site uses cookies. Some are essential; others help us see which resources are used. <a href="/cookies">Cookie policy</a></p>
  <button class="cookie-notice__accept">OK</button> <button class="cookie-notice__settings">Settings</button>
</div>
<header class="masthead">
  <a href="/" class="masthead__brand">Safer Nights Network</a>
  <nav class="masthead__nav">
    <a href="/about">About</a>
    <a href="/resources">Resources</a>
    <a href="/webinars" aria-current="page">Webinars</a>
    <a href="/events">Events</a>
    <a href="/members">Members</a>
    <a href="/join" class="button">Join the network</a>
  </nav>
</header>
<main>
  <nav class="breadcrumbs"><a href="/">Home</a> / <a href="/webinars">Webinars</a> / Webinar 14</nav>
  <article class="webinar">
    <p class="eyebrow">Webinar recording</p>
    <h1>Webinar 14: Welfare and vulnerability in the night-time economy</h1>
    <ul class="webinar__meta">
      <li>Recorded 25 June 2025</li>
      <li>72 minutes</li>
      <li>Free to members and non-members</li>
      <li>412 registered, 268 attended live</li>
    </ul>
    <div class="video-embed">
      <iframe src="https://www.youtube-nocookie.com/embed/xxxxxxxxxxx" title="Webinar 14 recording" allowfullscreen></iframe>
    </div>
    <p class="downloads-inline"><a href="/files/webinar-14-transcript.docx">Download the transcript (Word, 48 KB)</a> &middot; <a href="/files/webinar-14-slides.pdf">Download the slides (PDF, 3.1 MB)</a></p>

    <h2>About this webinar</h2>
    <p>Most people who need help on a night out are not victims of crime: they are drunk, lost, separated from friends, have a dead phone or are being followed. This webinar looked at three places that have set up welfare and vulnerability work in their town and city centres at night, what it took, and what happened. It was chaired by Joanne Kerr, the network&rsquo;s coordinator.</p>

    <h2>Speakers</h2>
    <div class="speakers">
      <div class="speaker-card">
        <h3>Inspector Calum Reid</h3>
        <p class="speaker-card__role">Police Scotland, Aberdeen City Centre Community Policing Team</p>
        <p>Calum has policed Aberdeen city centre for nine years and leads the division&rsquo;s night-time economy work.</p>
      </div>
      <div class="speaker-card">
        <h3>Sergeant Hannah Price</h3>
        <p class="speaker-card__role">Thames Valley Police, Oxford City Neighbourhood Policing</p>
        <p>Hannah is the neighbourhood sergeant for Oxford city centre and has led the team&rsquo;s night-time economy work since 2023.</p>
      </div>
      <div class="speaker-card">
        <h3>Maya Okonjo</h3>
        <p class="speaker-card__role">Director, Bournemouth Night Angels</p>
        <p>Maya founded the charity in 2019 after ten years as a door supervisor and bar manager.</p>
      </div>
    </div>

    <h2>Chapters</h2>
    <ol class="chapters">
      <li><a href="?t=0">00:00</a> Welcome and housekeeping</li>
      <li><a href="?t=250">04:10</a> Aberdeen: the Union Terrace welfare point</li>
      <li><a href="?t=1235">20:35</a> Oxford: night walks and taxi marshals</li>
      <li><a href="?t=2290">38:10</a> Bournemouth: training the people who are there</li>
      <li><a href="?t=3310">55:10</a> Questions from the audience</li>
      <li><a href="?t=4190">69:50</a> Close</li>
    </ol>

    <h2>What the speakers told us</h2>
    <p class="note">A summary written by the network. The speakers checked the figures before publication.</p>

    <h3>Aberdeen: the Union Terrace welfare point</h3>
    <p>Since November 2023, Police Scotland&rsquo;s Aberdeen City Centre Community Policing Team has run a welfare point on Union Terrace on Friday and Saturday nights from 10pm to 4am with Aberdeen City Council&rsquo;s community safety team and volunteers from Granite City Street Welfare. The council provides a converted single-decker bus with heating, toilets and phone charging; the volunteers, who include first aiders, look after people who are drunk, hurt or on their own until they are safe to get home; and officers on patrol bring people in instead of waiting with them in the street or calling an ambulance.</p>
    <p>In its first 18 months the welfare point helped 1,480 people, 212 of them brought in by officers. Calum said the team estimates that it saved around 600 hours of officer time that would otherwise have been spent waiting with people, and that ambulance calls to the city centre on Friday and Saturday nights fell by 17%.</p>

    <h3>Oxford: night walks and taxi marshals</h3>
    <p>Thames Valley Police&rsquo;s Oxford City neighbourhood team and Oxford City Council&rsquo;s licensing team began a programme of night walks in September 2024. Once a month women who live, work or study in the city walk the city centre at night with female officers and council officers and point out where they feel unsafe and why. What they find is fixed by whoever is responsible: lighting, overgrown hedges, locked gates, a bus stop with no view of the street. The council also pays for two taxi marshals at the St Giles rank on Friday and Saturday nights, who the neighbourhood team briefs each week.</p>
    <p>Hannah said that 340 women have walked so far, that 46 problems they found have been fixed, and that complaints about the St Giles rank fell from 31 in the six months before the marshals to 7 in the six months after.</p>

    <h3>Bournemouth: training the people who are there</h3>
    <p>Bournemouth Night Angels and BCP Council&rsquo;s licensing team have trained bar staff, door supervisors and taxi drivers in the town centre to spot and step in when someone is vulnerable or being targeted, through a two-hour course called Spot It, Stop It that has been a condition of the council&rsquo;s Best Bar None award since spring 2024. Maya said the people most likely to see something are the ones working, not the police or the charity.</p>
    <p>By May 2025, 430 people from 52 venues and two taxi firms had been trained, and staff had recorded 96 times when they stepped in, from calling a taxi for a woman being followed to refusing to serve a man spiking drinks, who was later arrested.</p>

    <h2>Questions from the audience</h2>
    <dl class="qa">
      <dt>How do you fund the welfare point?</dt>
      <dd>Calum: the council pays for the bus and fuel, and the volunteers raise money for their own training. It costs about &pound;38,000 a year to run.</dd>
      <dt>Are volunteers vetted?</dt>
      <dd>All three speakers said their volunteers and trainers have basic disclosure checks, and that first aid training is renewed every three years.</dd>
      <dt>What about insurance?</dt>
      <dd>Maya: the charity carries its own public liability insurance; venues cover their own staff.</dd>
      <dt>Would night walks work in a small town?</dt>
      <dd>Hannah: yes, and a smaller town might find it easier to get the right people on one walk. Start with the places people already complain about.</dd>
    </dl>

    <h2>Resources</h2>
    <ul class="resource-list">
      <li><a href="/files/webinar-14-slides.pdf">All speakers&rsquo; slides</a> (PDF, 3.1 MB)</li>
      <li><a href="/files/welfare-point-checklist.docx">Setting up a welfare point: a checklist</a> (Word, 62 KB)</li>
      <li><a href="/files/night-walk-route-form.docx">Night walk route and findings form</a> (Word, 35 KB)</li>
      <li><a href="/resources/ask-for-angela">Ask for Angela: what venues need to know</a></li>
    </ul>

    <h2>Related webinars</h2>
    <ul class="related">
      <li><a href="/webinars/13">Webinar 13: Spiking: what the evidence says, with Nottinghamshire Police</a></li>
      <li><a href="/webinars/12">Webinar 12: Licensing reviews that work, with Merseyside Police and Liverpool City Council</a></li>
      <li><a href="/webinars/11">Webinar 11: Pubwatch in rural towns</a></li>
    </ul>

    <div class="feedback">
      <p>Was this webinar useful?</p>
      <button>Yes</button> <button>No</button>
    </div>
  </article>
</main>
<aside class="signup">
  <h2>Get the monthly bulletin</h2>
  <p>News, resources and the next webinar dates, once a month.</p>
  <form action="/subscribe" method="post"><label for="email">Email address</label><input id="email" type="email" name="email"><button type="submit">Subscribe</button></form>
</aside>
<footer class="site-footer">
  <p>Safer Nights Network is the working name of Safer Nights Network CIO, a charitable incorporated organisation registered in England and Wales, no. 1194471.</p>
  <p>PO Box 1208, Leeds LS1 9ZQ &middot; <a href="mailto:hello@safernights.example.org.uk">hello@safernights.example.org.uk</a></p>
  <p><a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
</body>
</html>
"""


# ------------------ 9. A youth charity's 'Our partners' page (HTML, WordPress, cards in a grid)

PARTNERS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our partners &#8211; Second Half Youth Trust</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="secondhalf-style-css" href="https://secondhalf.example.org.uk/wp-content/themes/secondhalf/style.css?ver=2.4.1" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="https://secondhalf.example.org.uk/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all">
<script src="https://secondhalf.example.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var shyt_donate = {"url": "https://secondhalf.example.org.uk/donate/", "campaign": "autumn-2025"};</script>
</head>
<body class="page-template page-template-template-partners page page-id-214 wp-custom-logo">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="topbar">
  <p>Are you a young person who needs to talk? Text <strong>SECONDHALF</strong> to 07700 900388 (Monday to Friday, 10am to 6pm).</p>
</div>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="https://secondhalf.example.org.uk/" class="custom-logo-link" rel="home"><img src="https://secondhalf.example.org.uk/wp-content/uploads/2023/03/shyt-logo.png" class="custom-logo" alt="Second Half Youth Trust"></a></div>
  <nav id="site-navigation" class="main-navigation" aria-label="Primary menu">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="https://secondhalf.example.org.uk/about/">About us</a></li>
      <li class="menu-item"><a href="https://secondhalf.example.org.uk/what-we-do/">What we do</a></li>
      <li class="menu-item current-menu-item"><a href="https://secondhalf.example.org.uk/our-partners/" aria-current="page">Our partners</a></li>
      <li class="menu-item"><a href="https://secondhalf.example.org.uk/news/">News</a></li>
      <li class="menu-item"><a href="https://secondhalf.example.org.uk/get-involved/">Get involved</a></li>
      <li class="menu-item"><a href="https://secondhalf.example.org.uk/contact/">Contact</a></li>
      <li class="menu-item menu-button"><a href="https://secondhalf.example.org.uk/donate/">Donate</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-214" class="page type-page status-publish">
  <header class="page-hero">
    <h1 class="entry-title">Our partners</h1>
    <p class="page-hero__lede">We can&rsquo;t do this on our own. Here are the people we work with, and what we do together.</p>
  </header>
  <div class="entry-content">
    <p>Second Half Youth Trust works with young people aged 10 to 19 in Sparkbrook, Balsall Heath and Small Heath. Everything we do is shaped by young people and delivered with partners who know the area as well as we do: some run sessions alongside us, some refer young people to us, and some fund us.</p>

    <h2 class="wp-block-heading" id="delivery-partners">Delivery partners</h2>
    <div class="partner-grid">
      <div class="partner-card">
        <figure class="partner-card__logo"><img src="https://secondhalf.example.org.uk/wp-content/uploads/2024/01/wmp.png" alt="West Midlands Police logo"></figure>
        <h3 class="partner-card__name">West Midlands Police</h3>
        <p class="partner-card__tag">Partner since 2022</p>
        <p>Since September 2022 our youth workers and West Midlands Police&rsquo;s Sparkbrook and Balsall Heath neighbourhood team have run Friday Night Pitch on the Ladypool Road cage from 6pm to 9pm every Friday, all year. Young people play five-a-side against and alongside officers and PCSOs, our youth workers talk to anyone who wants to talk, and the neighbourhood team refers young people they are worried about to our mentors rather than only warning them.</p>
        <p>Around 45 young people come each week. In its first two years the team referred 38 young people to our mentoring, and calls about anti-social behaviour around Ladypool Road on Friday evenings fell by 40% compared with the two years before.</p>
        <p class="partner-card__link"><a href="https://secondhalf.example.org.uk/friday-night-pitch/">About Friday Night Pitch</a></p>
      </div>
      <div class="partner-card">
        <figure class="partner-card__logo"><img src="https://secondhalf.example.org.uk/wp-content/uploads/2024/01/bhbc.png" alt="Balsall Heath Boxing Club logo"></figure>
        <h3 class="partner-card__name">Balsall Heath Boxing Club</h3>
        <p class="partner-card__tag">Partner since 2023</p>
        <p>Together with Balsall Heath Boxing Club we run Gloves On, an eight-week course for young people who have been excluded from school or are at risk of it: two evenings a week of boxing training with the club&rsquo;s coaches, followed by a session with one of our mentors on anger, choices and what comes next. The club gives the gym; we find the young people and stay with them after the course ends.</p>
        <p>Since January 2023, 46 young people have completed Gloves On, and 33 of them were back in full-time education or training six months later.</p>
      </div>
      <div class="partner-card">
        <figure class="partner-card__logo"><img src="https://secondhalf.example.org.uk/wp-content/uploads/2024/01/bct.png" alt="Birmingham Children's Trust logo"></figure>
        <h3 class="partner-card__name">Birmingham Children&rsquo;s Trust</h3>
        <p class="partner-card__tag">Referral partner</p>
        <p>Social workers and early help practitioners refer young people to our mentoring service, and we attend the trust&rsquo;s locality panels for our three wards.</p>
      </div>
      <div class="partner-card">
        <figure class="partner-card__logo"><img src="https://secondhalf.example.org.uk/wp-content/uploads/2024/01/sba.png" alt="Small Heath Business Association logo"></figure>
        <h3 class="partner-card__name">Small Heath Business Association</h3>
        <p class="partner-card__tag">Partner since 2024</p>
        <p>Member businesses offer work tasters to young people on our mentoring programme. Our first tasters start in the October half-term.</p>
      </div>
    </div>

    <blockquote class="wp-block-quote">
      <p>&ldquo;Playing football with the police on a Friday is weird at first. Then it&rsquo;s just football.&rdquo;</p>
      <cite>Aaliyah, 15, Friday Night Pitch regular</cite>
    </blockquote>

    <h2 class="wp-block-heading" id="funders">Funders</h2>
    <p>Our work in 2025&ndash;26 is funded by:</p>
    <ul class="funder-list">
      <li><strong>The National Lottery Community Fund</strong> &ndash; Reaching Communities grant for our mentoring service (2024&ndash;2029)</li>
      <li><strong>The West Midlands Police and Crime Commissioner</strong> &ndash; Community Safety Fund grant for Friday Night Pitch</li>
      <li><strong>Birmingham City Council</strong> &ndash; Holiday Activities and Food programme for our summer sessions</li>
      <li><strong>The Sparkbrook Community Foundation</strong> &ndash; a small grant for kit and minibus hire</li>
    </ul>

    <h2 class="wp-block-heading" id="supporters">Corporate supporters</h2>
    <div class="logo-strip">
      <img src="https://secondhalf.example.org.uk/wp-content/uploads/2024/05/supporter-1.png" alt="Digbeth Print Works">
      <img src="https://secondhalf.example.org.uk/wp-content/uploads/2024/05/supporter-2.png" alt="Moseley Road Motors">
      <img src="https://secondhalf.example.org.uk/wp-content/uploads/2024/05/supporter-3.png" alt="Hartley and Shah Solicitors">
    </div>

    <div class="wp-block-group cta-box">
      <h2 class="wp-block-heading">Become a partner</h2>
      <p>Could your organisation run something with us, offer work experience or support us as a funder? We would love to hear from you.</p>
      <p><a class="wp-block-button__link" href="https://secondhalf.example.org.uk/contact/?subject=partnership">Get in touch</a></p>
    </div>
  </div>
</article>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_text"><h2 class="widget-title">Donate</h2><p>&pound;15 pays for one young person&rsquo;s place at Friday Night Pitch for a month.</p><p><a href="https://secondhalf.example.org.uk/donate/">Donate now</a></p></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Latest news</h2>
    <ul>
      <li><a href="https://secondhalf.example.org.uk/2025/09/summer-2025-round-up/">Summer 2025 round-up</a></li>
      <li><a href="https://secondhalf.example.org.uk/2025/07/we-are-hiring-youth-worker/">We are hiring: youth worker (part-time)</a></li>
      <li><a href="https://secondhalf.example.org.uk/2025/05/agm-2025/">Notice of our AGM</a></li>
    </ul>
  </section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="site-info">
    <p>Second Half Youth Trust, The Old Library, 404 Stratford Road, Sparkbrook, Birmingham B11 4AD</p>
    <p>Registered charity no. 1178352. Company limited by guarantee no. 11204376, registered in England and Wales.</p>
    <p><a href="https://secondhalf.example.org.uk/privacy-policy/">Privacy policy</a> | <a href="https://secondhalf.example.org.uk/safeguarding/">Safeguarding</a> | <a href="https://secondhalf.example.org.uk/accessibility/">Accessibility</a></p>
    <p>&copy; 2025 Second Half Youth Trust</p>
  </div>
</footer>
<script src="https://secondhalf.example.org.uk/wp-content/themes/secondhalf/js/navigation.js?ver=2.4.1" id="secondhalf-navigation-js"></script>
</body>
</html>
"""


# ------------------ 10. A civic tech group's hack night notes pad exported to Markdown

HACK_NOTES_MD = """---
title: Hack night 37 notes
tags: hacknight, notes
robots: noindex
---

# Cardiff Civic Hack: hack night #37

###### tags: `hacknight` `notes` `2025`

:date: Tuesday 14 October 2025, 18:30 to 21:00
:round_pushpin: Tramshed Tech, Pendyris Street, Cardiff CF11 6BH (thanks for the room!)
:pizza: Pizza sponsored by Clwstwr Data Ltd
:pencil: Notes: Gethin (please add and fix, this is a shared pad)

> **Code of conduct:** be kind, assume good intent, no recording without asking. Full text: https://civichack.cardiff.example.org/coc
> New here? Add your name below and say hi in the intros.

[TOC]

## Who's here

| Name | Handle | Here for |
|------|--------|----------|
| Gethin | @gethinp | notes, safe spaces map |
| Lowri | @lowri_codes | safe spaces map |
| Sam | @samtheanalyst | first time! data person |
| Mari | (from Nant Homes) | lightning talk |
| Dev | @devk | bus stop accessibility |
| Ana | @anarosa | open data licences |
| Tomos | | lurking :wave: |
| _add yourself_ | | |

## Agenda

1. Intros (5 min)
2. Project updates
3. Lightning talks (2 x 10 min)
4. Ideas board
5. Split into groups and hack
6. Wrap up, 20:50

## Project updates

### Safe spaces map (Noson Ddiogel)

Lowri + Gethin. Repo: `github.com/cardiffcivichack/noson-ddiogel`

Since it went live in March, the Noson Ddiogel map built by our volunteers with Cardiff Council's community safety team and South Wales Police's Cardiff city centre neighbourhood team has shown people on a night out where the nearest safe space is. The council gave us the list of venues signed up to its safe spaces scheme and pays for the hosting; the neighbourhood team visited every venue to check the staff knew what to do and tells us when one drops out; we built the map (bilingual, works offline, big buttons) and keep it updated.

- 41 venues on the map now (was 26 at launch)
- 2,300 views in the first three months, most of them between 10pm and 3am on Fridays and Saturdays
- the neighbourhood team says venue staff have used it at least twice to send someone who was lost and upset to the nearest open safe space

Next: the council wants opening hours per venue. Someone needs to sort the data model, see issue #18.

### Bus stop accessibility survey

Dev. Still collecting. 212 of about 900 stops done. Needs more people with phones on weekends, sign-up link in the Slack.

### Open data licences explainer

Ana. Draft is in the repo, needs a Welsh translation before it goes up. Anyone?

## Lightning talks

### 1. Mari (Nant Homes): what we learned from our ASB web chat

Slides: _Mari will share the link_

Nant Homes' tenancy enforcement team built a web chat on its website in October 2024 so tenants can report noise and anti-social behaviour at any time, not just when the office is open. It asks the questions an officer would ask, lets people upload photos and recordings, opens a case straight away and books a call back. They built it themselves with an off-the-shelf chat tool, no developers.

- 1,100 chats in the first year, 38% of them outside office hours
- time from report to first contact from an officer down from 4 working days to 1
- more reports from younger tenants, who never used the phone line

Q (Sam): did you share any of it with the police? A: not automatically; officers still refer cases to the police by hand where there's a crime. Something they'd like to look at.

### 2. Ana: "Can I use this data?" in five minutes

Open Government Licence vs. everything else. Slides in the repo. TL;DR check the licence before you scrape.

## Ideas board

- [ ] Bike theft hotspot map? needs data, Sam to look at what is on data.police.uk first
- [ ] Welsh translation sprint for the licences explainer
- [ ] Sensor kit for the community garden (Tomos)
- [ ] Ask Nant Homes if the chat questions could be open-sourced

## Actions

- [x] Book room for November (Gethin)
- [ ] Issue #18 opening hours data model (Lowri)
- [ ] Send Mari's slides link round (Mari)
- [ ] Sam to look at data.police.uk for bike theft

## Next hack night

Tuesday 11 November 2025, same place, same time. Theme: **transport**.

---
_Cardiff Civic Hack is a volunteer group. We meet monthly, everyone is welcome, no coding needed. Notes are public, so don't write anything here you wouldn't say in the room._
"""


# ------------------ 11. A university research data repository's dataset README (plain text)

DATA_README_TXT = """==========================================================================
README.txt
Calder University Research Data Repository
==========================================================================

Dataset title:   Custody Navigators evaluation: custody interviews and
                 reoffending outcomes, West Yorkshire, 2022-2024
DOI:             10.99999/calder.rdr.00412
Version:         2 (14 July 2025)
Licence:         Safeguarded data. Available under the repository's
                 End User Licence to registered users only.
Depositor:       Dr Farah Malik, School of Law and Social Justice,
                 Calder University
Contact:         research.data@calder.example.ac.uk

This README describes the files in this dataset. Please read it, and
Section 6 (Access conditions) in particular, before requesting access.

--------------------------------------------------------------------------
1. STUDY DESCRIPTION
--------------------------------------------------------------------------

The Custody Navigators scheme was run from April 2022 by West Yorkshire
Police and the charity Pathways North in the custody suite at Elland
Road, Leeds. Navigators, employed by Pathways North, offered every adult
detained for an offence of violence or drug possession a conversation
in custody about housing, debt, drug and alcohol use and mental health,
and met those who agreed at the custody suite door on release. Custody
sergeants referred detainees to the navigators at booking-in, and the
navigators worked alongside the liaison and diversion service already
based in the suite. Navigators kept in touch with each person for up to
twelve weeks after release.

This dataset was collected by the Calder University research team for
an independent evaluation of the scheme. The evaluation compared people
seen by navigators with a matched group of people detained at Elland
Road in the same period who were not seen (because no navigator was on
shift), using police records of reoffending in the following twelve
months, and interviewed people seen by navigators, navigators and
custody staff.

Main findings (from the final report, see Section 8):

  * Of 2,914 eligible detainees, 1,736 (60%) accepted a conversation
    with a navigator and 1,022 were met at the door on release.
  * People seen by a navigator were 19% less likely to be arrested
    again within twelve months than the matched comparison group
    (difference statistically significant, p < 0.01).
  * 71% of those who were homeless at arrest had a tenancy or
    supported accommodation place twelve weeks after release.
  * Custody sergeants reported shorter times to release for detainees
    with a navigator, but this could not be measured from the data.

--------------------------------------------------------------------------
2. FUNDING AND ETHICS
--------------------------------------------------------------------------

The evaluation was funded by the Economic and Social Research Council
(grant ES/X009999/1). The scheme itself was funded separately and the
funder of the scheme had no role in the evaluation. Ethical approval:
Calder University Research Ethics Committee, ref. LSJ-2021-118.
Data sharing agreement with West Yorkshire Police: DSA/2022/047.

--------------------------------------------------------------------------
3. METHODOLOGY
--------------------------------------------------------------------------

Time period:      1 April 2022 to 31 March 2024 (custody records);
                  follow-up to 31 March 2025 (reoffending)
Geography:        Leeds (Elland Road custody suite)
Unit:             Custody episode; person (for reoffending outcomes)
Sampling:         All eligible custody episodes; comparison group by
                  propensity score matching (1:1, nearest neighbour,
                  caliper 0.05)
Interviews:       48 people seen by navigators, 9 navigators,
                  14 custody sergeants and detention officers
Response rate:    Interviews, 48 of 120 invited (40%)

--------------------------------------------------------------------------
4. FILES IN THIS DATASET
--------------------------------------------------------------------------

File name                          Format   Size      Rows    Description
---------------------------------  -------  --------  ------  -----------
cn_custody_episodes_v2.csv         CSV      1.8 MB    5,832   One row per
                                                              custody
                                                              episode
cn_reoffending_matched_v2.csv      CSV      402 KB    2,044   Matched
                                                              pairs and
                                                              outcomes
cn_interviews_coded.xlsx           Excel    96 KB     71      Coded
                                                              interview
                                                              themes
cn_codebook_v2.pdf                 PDF      310 KB    -       Variable
                                                              definitions
README.txt                         Text     9 KB      -       This file

Interview transcripts are not deposited (see Section 6).

--------------------------------------------------------------------------
5. KEY VARIABLES (cn_custody_episodes_v2.csv)
--------------------------------------------------------------------------

episode_id       Pseudonymised custody episode identifier
person_id        Pseudonymised person identifier (links to the
                 reoffending file)
age_band         18-24, 25-34, 35-44, 45-54, 55+
offence_group    VIOL (violence against the person), DRUG (possession)
nav_offered      1 = navigator conversation offered, 0 = not offered
nav_accepted     1 = accepted, 0 = declined, 9 = not offered
met_at_door      1 = met on release, 0 = not met
housing_at_arrest  HOMELESS, TEMP, SETTLED, UNKNOWN
rearrest_12m     1 = arrested again within 12 months, 0 = not

Missing values are coded -1 unless stated otherwise in the codebook.

--------------------------------------------------------------------------
6. ACCESS CONDITIONS
--------------------------------------------------------------------------

These data are safeguarded. Users must register with the repository,
agree to the End User Licence and must not attempt to identify any
person. Interview transcripts are not available because consent was
given for use by the research team only. Requests for the custody
data for commercial use will be refused.

--------------------------------------------------------------------------
7. HOW TO CITE
--------------------------------------------------------------------------

Malik, F., Osei, K. and Barraclough, J. (2025). Custody Navigators
evaluation: custody interviews and reoffending outcomes, West
Yorkshire, 2022-2024. Version 2. Calder University Research Data
Repository. https://doi.org/10.99999/calder.rdr.00412

--------------------------------------------------------------------------
8. RELATED PUBLICATIONS
--------------------------------------------------------------------------

Malik, F., Osei, K. and Barraclough, J. (2025) Met at the door: final
report of the evaluation of Custody Navigators in West Yorkshire.
Calder University, School of Law and Social Justice.

--------------------------------------------------------------------------
9. VERSION HISTORY
--------------------------------------------------------------------------

v1  3 February 2025   First deposit (follow-up to 30 September 2024)
v2  14 July 2025      Reoffending follow-up extended to 31 March 2025;
                      episodes file re-run with corrected offence codes

==========================================================================
"""


TEXT_DOCUMENTS = {
    "gateshead-council-report-it-48213-back-lane-coatsworth-road.html": REPORT_HTML,
    "safer-nights-network-webinar-14-welfare-and-vulnerability-recording.html": WEBINAR_HTML,
    "second-half-youth-trust-our-partners.html": PARTNERS_HTML,
    "cardiff-civic-hack-hack-night-37-notes.md": HACK_NOTES_MD,
    "calder-university-rdr-00412-custody-navigators-evaluation-readme.txt": DATA_README_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    planning_appeal_decision(out)
    order_of_service(out)
    neighbourhood_plan_chapter(out)
    curriculum_vitae(out)
    outline_business_case(out)
    role_profile(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
