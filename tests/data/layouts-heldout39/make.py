"""Write the documents of the thirty-ninth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout39/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a council's premises licence, a community
larder's fundraising cookbook, a managing agent's service charge budget for a block of flats, a
family's Christmas round-robin letter, a security company's tender quality response and a town
council's community safety survey questionnaire. The HTML, Markdown and plain-text documents (a pub
group's preliminary results announcement on a regulatory news service, a magazine's book review, an
amateur football club's match report, a hackathon project story and a sixth former's UCAS personal
statement draft) are kept here as text and written out unchanged; manifest.json lists every
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

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers (taken from the thirty-eighth set)

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





# ================================================================== 1. A council's premises licence (PDF)

PL_INK = colors.HexColor("#004A5C")
PL_FILE = "brighton-and-hove-premises-licence-2025-04418-the-lantern-rooms-west-street.pdf"
PL_PAGES = 4


def _pl_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(PL_INK)
    canvas.rect(0, height - 22 * mm, width, 22 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(18 * mm, height - 11 * mm, "Brighton & Hove City Council")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(18 * mm, height - 16.5 * mm, "Licensing Team \u00b7 Hove Town Hall \u00b7 Norton Road \u00b7 Hove BN3 3BQ")
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawRightString(width - 18 * mm, height - 11 * mm, "Licensing Act 2003")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(width - 18 * mm, height - 16.5 * mm, "Premises licence 2025/04418/LAPRE")
    canvas.setStrokeColor(PL_INK)
    canvas.setLineWidth(0.5)
    canvas.line(18 * mm, 17 * mm, width - 18 * mm, 17 * mm)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(18 * mm, 12.5 * mm, "The Lantern Rooms, 88 West Street, Brighton BN1 2RA \u00b7 "
                                          "This licence must be kept at the premises")
    canvas.drawRightString(width - 18 * mm, 12.5 * mm, "Page %d of %d" % (page, PL_PAGES))
    canvas.restoreState()


def premises_licence(out: Path) -> None:
    width, height = A4
    margin = 18 * mm
    doc = BaseDocTemplate(str(out / PL_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=30 * mm, bottomMargin=22 * mm, title="Premises licence 2025/04418/LAPRE",
                          author="Brighton & Hove City Council", subject="Licensing Act 2003 premises licence",
                          creator="Brighton & Hove City Council Licensing", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(margin, 22 * mm, width - 2 * margin, height - 52 * mm, id="f",
                                                   leftPadding=0, rightPadding=0)], onPage=_pl_page)])
    wide = width - 2 * margin
    title = _style("t", "Helvetica-Bold", 20, leading=24, color=PL_INK, after=2)
    part = _style("pt", "Helvetica-Bold", 12, leading=15, color=PL_INK, before=2, after=6)
    h2 = _style("h2", "Helvetica-Bold", 11.5, leading=14, color=PL_INK, before=10, after=4)
    h3 = _style("h3", "Helvetica-Bold", 9.4, leading=12, before=5, after=2)
    h3.keepWithNext = 1
    body = _style("b", "Helvetica", 9, leading=12, after=5)
    cond = _style("cn", "Helvetica", 8.8, leading=11.6, after=3.5, left=16, first=-16)
    cell = _style("c", "Helvetica", 8.4, leading=10.6)
    label = _style("l", "Helvetica-Bold", 8.2, leading=10.4)
    head = _style("hd", "Helvetica-Bold", 8.2, leading=10.4, color=colors.white)
    small = _style("sm", "Helvetica-Oblique", 7.8, leading=10, color=colors.HexColor("#333333"), after=4)

    def box(no, question, answer):
        return [Paragraph("<b>%s</b>" % no, label), Paragraph(question, label),
                Paragraph(answer, cell) if isinstance(answer, str) else answer]

    def boxes(rows):
        table = Table(rows, colWidths=[9 * mm, 62 * mm, wide - 71 * mm])
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, PL_INK),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8FB3BC")),
                                   ("BACKGROUND", (0, 0), (1, -1), colors.HexColor("#E6F0F2")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return table

    def summary(rows):
        table = Table([[Paragraph(q, label), Paragraph(a, cell)] for q, a in rows],
                      colWidths=[71 * mm, wide - 71 * mm])
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, PL_INK),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8FB3BC")),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E6F0F2")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return table

    hours = _grid([["Licensable activity", "Mon to Wed", "Thu", "Fri and Sat", "Sun"],
                   ["Sale by retail of alcohol (on the premises)", "10:00 to 01:00", "10:00 to 02:00",
                    "10:00 to 03:00", "12:00 to 00:30"],
                   ["Live music and recorded music (indoors)", "10:00 to 01:00", "10:00 to 02:00",
                    "10:00 to 03:00", "12:00 to 00:30"],
                   ["Performance of dance (indoors)", "20:00 to 01:00", "20:00 to 02:00", "20:00 to 03:00",
                    "None"],
                   ["Late night refreshment (indoors)", "23:00 to 01:30", "23:00 to 02:30", "23:00 to 03:30",
                    "23:00 to 01:00"],
                   ["Opening hours of the premises", "10:00 to 01:30", "10:00 to 02:30", "10:00 to 03:30",
                    "12:00 to 01:00"]],
                  [48 * mm] + [(wide - 80 * mm) / 4] * 4, cell, head_style=head, head_fill=PL_INK,
                  line=colors.HexColor("#8FB3BC"))
    story = [
        Paragraph("Premises Licence", title),
        Paragraph("Part A", part),
        Paragraph("Brighton &amp; Hove City Council, as licensing authority under the Licensing Act 2003, grants "
                  "this premises licence for the premises below, subject to the conditions in Annexes 1 to 3 and "
                  "the plan in Annex 4.", body),
        boxes([box("1", "Premises licence number", "2025/04418/LAPRE"),
               box("2", "Postal address of premises, or if none, ordnance survey map reference or description",
                   "The Lantern Rooms, 88 West Street, Brighton BN1 2RA"),
               box("3", "Telephone number", "01632 960 514"),
               box("4", "Where the licence is time limited the dates", "Not applicable"),
               box("5", "Licensable activities authorised by the licence",
                   "Sale by retail of alcohol; regulated entertainment (performance of live music, playing of "
                   "recorded music, performance of dance), all indoors; late night refreshment (indoors)."),
               box("6", "The times the licence authorises the carrying out of licensable activities",
                   "See the table below."),
               ]),
        Spacer(1, 5),
        hours,
        Paragraph("Non-standard timings: on New Year\u2019s Eve, from the start of permitted hours on 31 December to "
                  "the start of permitted hours on 1 January; on the Saturday and Sunday of Brighton &amp; Hove "
                  "Pride, one hour later than the times shown. Seasonal variations do not apply.", small),
        boxes([box("7", "Where the licence authorises supplies of alcohol whether these are on and/or off supplies",
                   "On supplies only"),
               box("8", "Name, (registered) address, telephone number and email (where relevant) of holder of "
                        "premises licence",
                   "Lantern Rooms (Brighton) Limited, 3rd Floor, 14 Ship Street, Brighton BN1 1AD. "
                   "Telephone 01632 960 515. licensing@lanternrooms.example.co.uk"),
               box("9", "Registered number of holder, for example company number, charity number (where "
                        "applicable)", "Company number 13482207"),
               box("10", "Name, address and telephone number of designated premises supervisor where the "
                         "premises licence authorises the supply of alcohol",
                   "Kerry Ann Doyle (address and telephone number held by the licensing authority)"),
               box("11", "Personal licence number and issuing authority of personal licence held by designated "
                         "premises supervisor where the premises licence authorises the supply of alcohol",
                   "BHCC/PL/19/00713, Brighton &amp; Hove City Council"),
               box("12", "Date of grant; dates of variation and review",
                   "Granted 12 March 2025 (new grant). Reviewed 4 September 2025 (conditions added, see Annex 3). "
                   "Issued 18 September 2025."),
               ]),
        Spacer(1, 8),
        Paragraph("Signed: <b>Joanne Brennan</b>, Licensing Manager, for and on behalf of Brighton &amp; Hove "
                  "City Council, licensing authority. Dated 18 September 2025.", body),
        PageBreak(),
        Paragraph("Annex 1 \u2013 Mandatory conditions", h2),
        Paragraph("1.&nbsp;&nbsp;&nbsp;No supply of alcohol may be made under the premises licence at a time when "
                  "there is no designated premises supervisor in respect of the premises licence, or at a time "
                  "when the designated premises supervisor does not hold a personal licence or his or her "
                  "personal licence is suspended.", cond),
        Paragraph("2.&nbsp;&nbsp;&nbsp;Every supply of alcohol under the premises licence must be made or "
                  "authorised by a person who holds a personal licence.", cond),
        Paragraph("3.&nbsp;&nbsp;&nbsp;The responsible person must ensure that staff on relevant premises do not "
                  "carry out, arrange or participate in any irresponsible promotions in relation to the premises.",
                  cond),
        Paragraph("4.&nbsp;&nbsp;&nbsp;The responsible person must ensure that free potable water is provided on "
                  "request to customers where it is reasonably available.", cond),
        Paragraph("5.&nbsp;&nbsp;&nbsp;The premises licence holder or club premises certificate holder must ensure "
                  "that an age verification policy is adopted in respect of the premises in relation to the sale "
                  "or supply of alcohol, requiring individuals who appear to be under 18 to produce on request "
                  "identification bearing their photograph, date of birth and a holographic mark or ultraviolet "
                  "feature.", cond),
        Paragraph("6.&nbsp;&nbsp;&nbsp;Beer or cider, gin, rum, vodka or whisky in pre-measured quantities and "
                  "still wine in a glass must be available in the small measures set out in the Licensing Act "
                  "2003 (Mandatory Licensing Conditions) Order 2010, as amended.", cond),
        Paragraph("7.&nbsp;&nbsp;&nbsp;A relevant person shall ensure that no alcohol is sold or supplied for "
                  "consumption on or off the premises for a price which is less than the permitted price.", cond),
        Paragraph("8.&nbsp;&nbsp;&nbsp;Each individual carrying out a security activity at the premises must be "
                  "licensed by the Security Industry Authority.", cond),
        Paragraph("Annex 2 \u2013 Conditions consistent with the operating schedule", h2),
        Paragraph("The premises is within the council\u2019s Cumulative Impact Area. The conditions below were "
                  "offered by the applicant in the operating schedule and agreed with Sussex Police and the "
                  "licensing authority before the grant.", body),
        Paragraph("The prevention of crime and disorder", h3),
        Paragraph("9.&nbsp;&nbsp;&nbsp;Digital CCTV shall be installed and maintained, covering all entry and "
                  "exit points, the bars, the dance floor and the pavement outside the premises. Recordings shall "
                  "be kept for 31 days and supplied to Sussex Police or an authorised officer of the licensing "
                  "authority within 24 hours of a request.", cond),
        Paragraph("10.&nbsp;&nbsp;A member of staff able to operate the CCTV system and download footage shall "
                  "be on duty at all times the premises is open to the public.", cond),
        Paragraph("11.&nbsp;&nbsp;An incident log shall be kept and shall record all crimes reported at the "
                  "premises, all ejections, all refusals of sale, any complaints and any visit by the police or "
                  "the licensing authority. The log shall be produced on request to a police officer or an "
                  "authorised officer.", cond),
        Paragraph("12.&nbsp;&nbsp;A minimum of two SIA licensed door supervisors shall be on duty from 21:00 "
                  "until close on Thursday, Friday and Saturday, with one more for every 100 customers over 200, "
                  "and at least one of them shall wear body-worn video that is switched on.", cond),
        Paragraph("13.&nbsp;&nbsp;The premises shall operate a search policy for customers on entry, in a form "
                  "agreed with Sussex Police. Drugs and weapons found shall be placed in a secure amnesty box, "
                  "and the contents handed to Sussex Police.", cond),
        Paragraph("14.&nbsp;&nbsp;The premises licence holder shall be a member of the Brighton &amp; Hove "
                  "Business Crime Reduction Partnership, shall use its Nightsafe radio whenever the premises is "
                  "open after 21:00, and shall enforce its exclusion notices.", cond),
        Paragraph("15.&nbsp;&nbsp;A Challenge 25 policy shall operate, and the only forms of identification "
                  "accepted shall be a passport, a photocard driving licence, a military identity card or a card "
                  "bearing the PASS hologram.", cond),
        Paragraph("16.&nbsp;&nbsp;Posters advertising the Ask for Angela scheme shall be displayed in all "
                  "toilets, and all bar staff and door supervisors shall be told how to respond to a request.",
                  cond),
        Paragraph("Public safety", h3),
        Paragraph("17.&nbsp;&nbsp;The number of persons on the premises at any one time, including staff, shall "
                  "not exceed 420 persons. A counting system shall be used at the entrance whenever the premises "
                  "is open after 21:00.", cond),
        Paragraph("18.&nbsp;&nbsp;At least one trained first aider shall be on duty whenever the premises is open "
                  "to the public.", cond),
        Paragraph("The prevention of public nuisance", h3),
        Paragraph("19.&nbsp;&nbsp;All external doors and windows shall be kept closed after 23:00 during "
                  "regulated entertainment, except for access and egress.", cond),
        Paragraph("20.&nbsp;&nbsp;No more than 15 persons shall be allowed in the rear smoking area after 23:00, "
                  "and no drinks in glass shall be taken outside after 23:00.", cond),
        Paragraph("21.&nbsp;&nbsp;A written dispersal policy shall be kept and followed, and a member of door "
                  "staff shall remain outside for 20 minutes after closing to ask customers to leave quietly.",
                  cond),
        Paragraph("The protection of children from harm", h3),
        Paragraph("22.&nbsp;&nbsp;No person under 18 shall be on the premises after 21:00 unless attending a "
                  "pre-booked private function with a parent or guardian.", cond),
        Paragraph("Annex 3 \u2013 Conditions attached after a hearing by the licensing authority", h2),
        Paragraph("On 4 September 2025 the council\u2019s Licensing Panel determined an application made by Sussex "
                  "Police under section 51 of the Licensing Act 2003 for a review of this licence, following "
                  "reports of assaults, drink spiking and a serious disorder outside the premises in June and July "
                  "2025. The Panel decided not to suspend or revoke the licence or remove the designated premises "
                  "supervisor, and modified the conditions of the licence by adding conditions 23 to 27.", body),
        Paragraph("23.&nbsp;&nbsp;All staff involved in the sale of alcohol and all door supervisors shall complete "
                  "Welfare and Vulnerability Engagement (WAVE) training within 28 days of starting work, with a "
                  "refresher every 12 months. Training records shall be kept for inspection.", cond),
        Paragraph("24.&nbsp;&nbsp;Drink-spiking test kits shall be kept behind the bar. Any customer who believes "
                  "they have been spiked shall be offered a test, looked after in a safe area, and the incident "
                  "shall be reported to Sussex Police straight away.", cond),
        Paragraph("25.&nbsp;&nbsp;There shall be no entry or re-entry to the premises after 02:00, other than by "
                  "smokers who are already customers.", cond),
        Paragraph("26.&nbsp;&nbsp;The designated premises supervisor or a nominated personal licence holder shall "
                  "attend at least 75 per cent of the meetings of the Brighton &amp; Hove Pubwatch in each "
                  "calendar year.", cond),
        Paragraph("27.&nbsp;&nbsp;The premises licence holder shall meet the Sussex Police licensing officer and "
                  "the licensing authority every three months for the 12 months following the review.", cond),
        Paragraph("Annex 4 \u2013 Plans", h2),
        Paragraph("Plan LR/01 revision C (ground floor and basement), dated 20 January 2025, showing the licensed "
                  "area, the bars, the dance floor, the rear smoking area, fire exits and the positions of the 16 "
                  "CCTV cameras. A copy is kept at the premises and on the licensing register.", body),
        PageBreak(),
        Paragraph("Part B \u2013 Premises licence summary", part),
        summary([("Premises licence number", "2025/04418/LAPRE"),
                 ("Premises details", "The Lantern Rooms, 88 West Street, Brighton BN1 2RA. "
                                      "Telephone 01632 960 514"),
                 ("Where the licence is time limited the dates", "Not applicable"),
                 ("Licensable activities authorised by the licence",
                  "Sale by retail of alcohol; regulated entertainment (live music, recorded music, dance); "
                  "late night refreshment"),
                 ("The times the licence authorises the carrying out of licensable activities",
                  "Alcohol: Monday to Wednesday 10:00 to 01:00; Thursday 10:00 to 02:00; Friday and Saturday "
                  "10:00 to 03:00; Sunday 12:00 to 00:30. Other activities as in Part A."),
                 ("The opening hours of the premises",
                  "Monday to Wednesday 10:00 to 01:30; Thursday 10:00 to 02:30; Friday and Saturday 10:00 to "
                  "03:30; Sunday 12:00 to 01:00"),
                 ("Where the licence authorises supplies of alcohol whether these are on and/or off supplies",
                  "On supplies only"),
                 ("Name of holder of premises licence", "Lantern Rooms (Brighton) Limited"),
                 ("Registered number of holder", "13482207"),
                 ("Name of designated premises supervisor", "Kerry Ann Doyle"),
                 ("State whether access to the premises by children is restricted or prohibited",
                  "Restricted: no under 18s after 21:00 except at pre-booked private functions"),
                 ]),
        Spacer(1, 10),
        _panel([Paragraph("<b>Notes for the premises licence holder</b>", label),
                Paragraph("The summary (Part B) must be displayed prominently at the premises, and the licence (Part "
                          "A) must be kept at the premises in the custody of the designated premises supervisor or "
                          "a person he or she has nominated in writing. It is an offence under section 57 of the "
                          "Licensing Act 2003 to fail to produce the licence on request to a constable or an "
                          "authorised person.", cell),
                Paragraph("You must tell the licensing authority of any change of name or address of the holder or "
                          "of the designated premises supervisor. The annual fee is payable on each anniversary of "
                          "the grant; the licence will be suspended if it is not paid. Any person may apply for a "
                          "review of this licence. Further information: brighton-hove.example.gov.uk/licensing or "
                          "01632 960 500.", cell)],
               wide, fill=colors.HexColor("#E6F0F2"), border=PL_INK),
    ]
    doc.build(story)


# ================================================================== 2. A community larder's fundraising cookbook (PDF)

CB_RED = colors.HexColor("#B5432B")
CB_INK = colors.HexColor("#3A2A1E")
CB_CREAM = colors.HexColor("#FBF3E4")
CB_FILE = "seacroft-community-larder-skegness-round-the-kitchen-table-recipes.pdf"


def _cb_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(CB_CREAM)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        canvas.setFillColor(CB_RED)
        canvas.rect(0, height - 16 * mm, width, 16 * mm, stroke=0, fill=1)
        for i in range(12):
            canvas.setFillColor(colors.white if i % 2 == 0 else CB_RED)
            canvas.rect(i * width / 12, height - 19 * mm, width / 12, 3 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawCentredString(width / 2, height - 10 * mm, "SEACROFT COMMUNITY LARDER \u00b7 SKEGNESS")
        canvas.setFillColor(CB_INK)
        canvas.setFont("Times-Bold", 34)
        canvas.drawCentredString(width / 2, height - 52 * mm, "Round the")
        canvas.drawCentredString(width / 2, height - 66 * mm, "Kitchen Table")
        canvas.setFont("Times-Italic", 13)
        canvas.drawCentredString(width / 2, height - 78 * mm, "Recipes and stories from our members,")
        canvas.drawCentredString(width / 2, height - 84 * mm, "volunteers and friends")
        # a bowl with steam
        canvas.setStrokeColor(CB_RED)
        canvas.setLineWidth(2)
        canvas.setFillColor(CB_RED)
        canvas.wedge(width / 2 - 28 * mm, height - 150 * mm, width / 2 + 28 * mm, height - 100 * mm, 180, 180,
                     stroke=0, fill=1)
        canvas.line(width / 2 - 34 * mm, height - 125 * mm, width / 2 + 34 * mm, height - 125 * mm)
        for dx in (-10, 0, 10):
            path = canvas.beginPath()
            path.moveTo(width / 2 + dx * mm, height - 118 * mm)
            path.curveTo(width / 2 + (dx - 4) * mm, height - 110 * mm, width / 2 + (dx + 4) * mm,
                         height - 104 * mm, width / 2 + dx * mm, height - 96 * mm)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.setFillColor(CB_INK)
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawCentredString(width / 2, 36 * mm, "\u00a35 \u00b7 every penny goes back into the Larder")
        canvas.setFont("Helvetica", 7)
        canvas.drawCentredString(width / 2, 12 * mm, "Seacroft Community Larder is a registered charity in England "
                                                     "and Wales, no. 1187342")
    else:
        canvas.setStrokeColor(CB_RED)
        canvas.setLineWidth(0.6)
        canvas.line(12 * mm, 12 * mm, width - 12 * mm, 12 * mm)
        canvas.setFillColor(CB_INK)
        canvas.setFont("Times-Italic", 8)
        canvas.drawString(12 * mm, 8 * mm, "Round the Kitchen Table")
        canvas.drawRightString(width - 12 * mm, 8 * mm, str(page))
    canvas.restoreState()


def _cb_recipe(title, byline, intro, serves, ingredients, method, styles, wide, note=None):
    h1, by, story_style, meta, ing, step, cell = styles
    left = [Paragraph("You will need", cell)] + [Paragraph(x, ing) for x in ingredients]
    right = [Paragraph("Method", cell)] + [Paragraph("%d.&nbsp;&nbsp;%s" % (i, x), step)
                                           for i, x in enumerate(method, start=1)]
    columns = Table([[left, right]], colWidths=[44 * mm, wide - 44 * mm])
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LINEAFTER", (0, 0), (0, 0), 0.5, CB_RED),
                                 ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 6),
                                 ("LEFTPADDING", (1, 0), (1, 0), 8), ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    flow = [Paragraph(title, h1), Paragraph(byline, by),
            _panel([Paragraph(x, story_style) for x in intro], wide, fill=CB_CREAM, pad=7),
            Spacer(1, 4), Paragraph(serves, meta), columns]
    if note:
        flow += [Spacer(1, 6), _panel([Paragraph(x, meta) for x in note], wide, border=CB_RED, pad=5)]
    flow.append(PageBreak())
    return flow


def cookbook(out: Path) -> None:
    width, height = A5
    margin = 12 * mm
    doc = BaseDocTemplate(str(out / CB_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=12 * mm, bottomMargin=16 * mm, title="Round the Kitchen Table",
                          author="Seacroft Community Larder", subject="Community cookbook",
                          creator="Seacroft Community Larder", invariant=1)
    frame = Frame(margin, 16 * mm, width - 2 * margin, height - 28 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 16 * mm, width - 2 * margin, 10 * mm, id="c")],
                                       onPage=_cb_page),
                          PageTemplate("inner", [frame], onPage=_cb_page)])
    wide = width - 2 * margin
    h1 = _style("h1", "Times-Bold", 19, leading=22, color=CB_RED, after=1)
    by = _style("by", "Times-Italic", 10, leading=12.5, color=CB_INK, after=6)
    story_style = _style("st", "Times-Italic", 9.6, leading=12.4, color=CB_INK, after=4)
    meta = _style("mt", "Helvetica", 7.8, leading=10, color=CB_INK, after=3)
    ing = _style("ing", "Helvetica", 8, leading=10.4, after=2.5)
    step = _style("step", "Helvetica", 8, leading=10.6, after=3, left=10, first=-10)
    cell = _style("cl", "Helvetica-Bold", 8.4, leading=11, color=CB_RED, after=3)
    body = _style("b", "Times-Roman", 10, leading=13.2, after=6)
    sign = _style("sg", "Times-Italic", 10, leading=13, after=8)
    toc = _style("toc", "Times-Roman", 10, leading=15)
    styles = (h1, by, story_style, meta, ing, step, cell)

    contents = Table([[Paragraph(t, toc), Paragraph(p, toc)] for t, p in (
        ("Welcome", "2"), ("Nanna Joan\u2019s Lincolnshire plum bread", "3"),
        ("Warm Hub leek and potato soup", "4"), ("Brew with the Beat flapjack", "5"),
        ("Ray\u2019s smoked haddock fish pie", "6"), ("Where to get help, and thank you", "7"))],
        colWidths=[wide - 12 * mm, 12 * mm])
    contents.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#D9C6A8")),
                                  ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [Spacer(1, 1), NextPageTemplate("inner"), PageBreak(),
             Paragraph("Welcome", h1),
             Paragraph("When we asked our members, volunteers and friends for their favourite recipes, we thought "
                       "we might get enough for a leaflet. We got 62. The ones in this little book are the ones "
                       "that came with a story, and the ones our volunteers could make for less than a pound a "
                       "portion from what is usually on the Larder\u2019s shelves.", body),
             Paragraph("Every recipe has been cooked at least twice in the Larder kitchen, and some of them a great "
                       "deal more than that. Oven temperatures are for a fan oven; add 20 degrees for a "
                       "conventional oven. Spoon measures are level.", body),
             Paragraph("Thank you for buying it. Every penny of the \u00a35 goes back into the Larder.", body),
             Paragraph("Margaret Ingram, Chair of Trustees", sign),
             Paragraph("What\u2019s inside", _style("h2", "Times-Bold", 13, leading=16, color=CB_RED, before=6,
                                                    after=4)),
             contents,
             PageBreak()]
    story += _cb_recipe(
        "Nanna Joan\u2019s Lincolnshire plum bread", "from Joan Skelton, Larder member since 2022",
        ["Joan is 88 and has lived in Skegness all her life. Her late husband Fred was a police constable in the "
         "town for thirty years and walked the sea front every summer night, \u201cand every summer night he came "
         "home wanting a slice of this with his cocoa.\u201d",
         "Joan says it is better on the second day, buttered, and better still on the third, toasted."],
        "Makes 2 small loaves \u00b7 Prep 20 minutes, plus proving \u00b7 Bake 40 minutes",
        ["450g strong white flour", "7g sachet fast-action yeast", "1 tsp mixed spice", "75g butter",
         "75g soft brown sugar", "225g mixed dried fruit", "100g prunes, chopped", "1 egg, beaten",
         "200ml warm milk"],
        ["Mix the flour, yeast and spice, then rub in the butter until it looks like breadcrumbs.",
         "Stir in the sugar and fruit, then add the egg and enough milk to make a soft dough.",
         "Knead for 5 minutes, divide between two greased 1lb loaf tins, cover and leave somewhere warm for an "
         "hour.", "Bake at 170 degrees for 40 minutes, covering with foil if the tops brown too fast.",
         "Cool in the tins for 10 minutes, then turn out."],
        styles, wide)
    story += _cb_recipe(
        "Warm Hub leek and potato soup", "from Sue Maltby, Warm Hub co-ordinator",
        ["Warm Hub Wednesdays started in November 2023, when the Larder\u2019s trustees decided to open the hall "
         "every Wednesday afternoon from November to March for anyone struggling to heat their home. The heating "
         "is up, there is always a pan of this soup on the go, people can charge their phones, and a volunteer "
         "from our money advice team is there to help with energy bills and benefit forms.",
         "Last winter we had around 40 people every week and served more than 1,100 bowls, and the money advice "
         "volunteers helped 63 households claim help they were entitled to but had never asked for. Several "
         "regulars now volunteer with us themselves.",
         "This is the soup that started it all. It costs about 35p a bowl."],
        "Serves 6 \u00b7 Prep 15 minutes \u00b7 Cook 30 minutes",
        ["2 tbsp oil or a knob of butter", "3 leeks, washed and sliced", "1 onion, chopped",
         "500g potatoes, peeled and diced", "1.2 litres vegetable stock (2 cubes)", "100ml milk",
         "Salt and pepper"],
        ["Soften the leeks and onion in the oil over a low heat for 10 minutes without browning.",
         "Add the potatoes and stock, bring to the boil and simmer for 20 minutes until the potatoes are soft.",
         "Blend until smooth, or mash for a chunkier soup, then stir in the milk and season.",
         "Freezes well for up to 3 months."],
        styles, wide)
    story += _cb_recipe(
        "Brew with the Beat flapjack",
        "from PCSO Amy Kirkby and PC Dan Fretwell, Lincolnshire Police",
        ["Since spring 2024 the Skegness Neighbourhood Policing Team has held Brew with the Beat at the Larder on "
         "the first Tuesday of every month. We set up in the corner of the hall with a tea urn and a tin of this "
         "flapjack, and anyone can come and tell us what is worrying them, report something, or get their bike "
         "marked. Lots of people who would never ring 101 will tell us things over a cup of tea.",
         "About 25 people have come to each session. What people told us helped us close a cannabis farm in "
         "Seacroft, and after residents raised the dark alley off Drummond Road we asked East Lindsey District "
         "Council to fit new lights there. After we gave talks on scams at four sessions, reports of doorstep "
         "rogue traders in the area went down.",
         "Dan makes the flapjack. Amy makes the tea. Nobody has complained about either yet."],
        "Makes 16 squares \u00b7 Prep 10 minutes \u00b7 Bake 25 minutes",
        ["250g butter or baking spread", "200g golden syrup", "100g light brown sugar", "425g porridge oats",
         "A handful of raisins (optional)"],
        ["Melt the butter, syrup and sugar together in a large pan over a low heat.",
         "Take off the heat and stir in the oats, and the raisins if using.",
         "Press into a lined 20 x 30cm tin and bake at 160 degrees for 25 minutes until golden at the edges.",
         "Mark into squares while warm and leave to cool in the tin."],
        styles, wide,
        note=["<b>From Amy:</b> in an emergency always call 999. For anything else, call 101 or report online at "
              "lincs.police.uk. To pass on information anonymously, call Crimestoppers on 0800 555 111."])
    story += _cb_recipe(
        "Ray\u2019s smoked haddock fish pie", "from Ray Harrison, Harrison\u2019s Fish, Skegness market",
        ["Ray has sold fish on Skegness market for 41 years and says there are two kinds of fish pie: the kind "
         "with smoked haddock in it and the wrong kind. He also says you can stretch this to eight people with "
         "an extra potato and a bag of frozen peas, and he is right."],
        "Serves 6 \u00b7 Prep 25 minutes \u00b7 Bake 30 minutes",
        ["1kg potatoes, peeled", "50g butter", "600ml milk", "400g smoked haddock", "300g white fish",
         "40g plain flour", "200g frozen peas", "A handful of parsley", "50g grated cheese"],
        ["Boil the potatoes and mash with half the butter and a splash of milk.",
         "Poach the fish in the rest of the milk for 5 minutes, lift out and flake, keeping the milk.",
         "Melt the rest of the butter, stir in the flour, then whisk in the warm milk to make a sauce.",
         "Add the fish, peas and parsley, pour into a dish, top with the mash and cheese.",
         "Bake at 180 degrees for 30 minutes until golden."],
        styles, wide)
    help_rows = [["Seacroft Community Larder", "Drummond Road, Skegness. Open Monday, Wednesday and Friday, 10am "
                                                "to 1pm. 01632 960 288"],
                 ["Citizens Advice", "Free advice on money, benefits and housing"],
                 ["Police", "Emergency 999 \u00b7 Non-emergency 101"],
                 ["Crimestoppers", "0800 555 111 (anonymous)"],
                 ["Samaritans", "116 123, free, day or night"],
                 ["NHS", "111 when it is urgent but not an emergency"]]
    story += [Paragraph("Where to get help", h1),
              _grid(help_rows, [40 * mm, wide - 40 * mm], meta, line=colors.HexColor("#D9C6A8")),
              Spacer(1, 10),
              Paragraph("Thank you", h1),
              Paragraph("To everyone who sent us a recipe, to our volunteer cooks and tasters, to Coastline Print of "
                        "Skegness for printing this book at cost, and to the Skegness Lions and Tesco Community "
                        "Grants for paying for the paper.", body),
              Paragraph("First printed November 2025. Recipes \u00a9 their contributors. Please check the labels "
                        "of all ingredients if you have an allergy.", meta)]
    doc.build(story)


# ================================================================== 3. A managing agent's service charge budget (PDF)

SC_INK = colors.HexColor("#1E3A5F")
SC_FILE = "hotwell-reach-bristol-service-charge-budget-2026-27.pdf"
SC_PAGES = 3
SC_ROWS = [("1.1", "Cleaning of common parts", 18400, 18150, 19050, "1"),
           ("1.2", "Grounds maintenance and window cleaning", 9800, 10420, 10600, ""),
           ("1.3", "Communal electricity", 14200, 16880, 17400, "2"),
           ("1.4", "Lift maintenance and insurance inspections", 8650, 8650, 9100, ""),
           ("1.5", "Door entry, access control and CCTV", 6300, 11940, 14800, "3"),
           ("1.6", "Fire safety", 7900, 7420, 8150, "4"),
           ("1.7", "Buildings insurance", 41600, 43880, 48300, "5"),
           ("1.8", "Health and safety and fire risk assessments", 2100, 2100, 2250, ""),
           ("1.9", "Repairs and maintenance", 12000, 9630, 12000, ""),
           ("1.10", "Management fee", 22400, 22400, 23340, "6"),
           ("1.11", "Accountancy and company secretarial", 3000, 3000, 3130, ""),
           ("1.12", "Contribution to reserve fund", 25000, 25000, 18300, "7")]


def _sc_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(SC_INK)
    if page == 1:
        canvas.setFont("Helvetica-Bold", 17)
        canvas.drawString(20 * mm, height - 20 * mm, "Avonside")
        canvas.setFont("Helvetica", 10)
        canvas.drawString(20 * mm, height - 25 * mm, "Block Management")
        canvas.setFont("Helvetica", 7.8)
        for i, line in enumerate(("Unit 4, Paintworks, Bath Road", "Bristol BS4 3EH", "01632 960 622",
                                  "avonsidebm.example.co.uk")):
            canvas.drawRightString(width - 20 * mm, height - (16 + 3.6 * i) * mm, line)
        canvas.setStrokeColor(colors.HexColor("#3FA796"))
        canvas.setLineWidth(2)
        canvas.line(20 * mm, height - 31 * mm, width - 20 * mm, height - 31 * mm)
    else:
        canvas.setFont("Helvetica", 7.8)
        canvas.drawString(20 * mm, height - 14 * mm, "Hotwell Reach \u00b7 Service charge budget 2026/27")
        canvas.drawRightString(width - 20 * mm, height - 14 * mm, "Avonside Block Management")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 6.6)
    canvas.drawCentredString(width / 2, 14 * mm, "Avonside Block Management Ltd \u00b7 Registered in England and "
                                                 "Wales no. 08834561 \u00b7 Registered office: Unit 4, Paintworks, "
                                                 "Bath Road, Bristol BS4 3EH")
    canvas.drawCentredString(width / 2, 10.5 * mm, "Regulated by RICS \u00b7 Client money is held in a designated "
                                                   "client account \u00b7 Page %d of %d" % (page, SC_PAGES))
    canvas.restoreState()


def service_charge_budget(out: Path) -> None:
    width, height = A4
    margin = 20 * mm
    doc = BaseDocTemplate(str(out / SC_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=38 * mm, bottomMargin=22 * mm,
                          title="Hotwell Reach - service charge budget 2026/27",
                          author="Avonside Block Management Ltd", subject="Service charge budget",
                          creator="Avonside Block Management Ltd", invariant=1)
    first = Frame(margin, 22 * mm, width - 2 * margin, height - 60 * mm, id="f1", leftPadding=0, rightPadding=0)
    later = Frame(margin, 22 * mm, width - 2 * margin, height - 44 * mm, id="f2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=_sc_page),
                          PageTemplate("later", [later], onPage=_sc_page)])
    wide = width - 2 * margin
    body = _style("b", "Helvetica", 9.4, leading=12.6, after=6)
    small = _style("s", "Helvetica", 8.6, leading=11.2, after=0)
    bold = _style("bd", "Helvetica-Bold", 9.4, leading=12.6, after=6)
    h1 = _style("h1", "Helvetica-Bold", 13, leading=16, color=SC_INK, after=4)
    h2 = _style("h2", "Helvetica-Bold", 10, leading=13, color=SC_INK, before=6, after=3)
    h2.keepWithNext = 1
    note = _style("n", "Helvetica", 8.9, leading=11.8, after=5)
    cell = _style("c", "Helvetica", 8.2, leading=10.2)
    num = _style("num", "Helvetica", 8.2, leading=10.2, align=2)
    head = _style("hd", "Helvetica-Bold", 8, leading=10, color=colors.white)
    headr = _style("hdr", "Helvetica-Bold", 8, leading=10, color=colors.white, align=2)
    tot = _style("tot", "Helvetica-Bold", 8.2, leading=10.2, align=2)

    total = [sum(r[i] for r in SC_ROWS) for i in (2, 3, 4)]
    share = total[2] * 0.01284
    rows = [[Paragraph("Ref", head), Paragraph("Heading of expenditure", head),
             Paragraph("Budget 2025/26 \u00a3", headr), Paragraph("Estimated actual 2025/26 \u00a3", headr),
             Paragraph("Budget 2026/27 \u00a3", headr), Paragraph("Note", head)]]
    for ref, name, a, b, c, n in SC_ROWS:
        rows.append([Paragraph(ref, cell), Paragraph(name, cell), Paragraph("{:,}".format(a), num),
                     Paragraph("{:,}".format(b), num), Paragraph("{:,}".format(c), num), Paragraph(n, cell)])
    rows.append([Paragraph("", cell), Paragraph("<b>Total</b>", cell)] +
                [Paragraph("{:,}".format(t), tot) for t in total] + [Paragraph("", cell)])
    budget = Table(rows, colWidths=[11 * mm, wide - 97 * mm, 25 * mm, 25 * mm, 25 * mm, 11 * mm], repeatRows=1)
    budget.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SC_INK),
                                ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#B8C4D3")),
                                ("LINEABOVE", (0, -1), (-1, -1), 1, SC_INK),
                                ("LINEBELOW", (0, -1), (-1, -1), 1, SC_INK),
                                ("BACKGROUND", (4, 1), (4, -1), colors.HexColor("#EEF3F8")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Our ref: HR/SC/2627/14", small),
        Paragraph("27 February 2026", small),
        Spacer(1, 10),
    ]
    for line in ("The Leaseholder(s)", "Apartment 14, Brunel House", "Hotwell Reach", "Hotwell Road",
                 "Bristol BS8 4UF"):
        story.append(Paragraph(line, small))
    story += [
        Spacer(1, 12),
        Paragraph("Dear Leaseholder", body),
        Paragraph("Hotwell Reach \u2013 service charge budget for the year 1 April 2026 to 31 March 2027", bold),
        Paragraph("We enclose the service charge budget for Hotwell Reach for the coming year, which the directors "
                  "of Hotwell Reach Management Company Limited approved at their board meeting on 11 February "
                  "2026. The total budget is \u00a3{:,}, an increase of 8.8% on this year\u2019s budget of "
                  "\u00a3{:,}. Most of the increase is in buildings insurance and in door entry, access control "
                  "and CCTV; the reasons are explained in the notes after the budget.".format(total[2], total[0]),
                  body),
        Paragraph("Under your lease your apartment pays 1.284% of the estate costs. Your share of the budget is "
                  "therefore \u00a3{:,.2f} for the year, payable in advance in two instalments of \u00a31,196.82 "
                  "on 1 April 2026 and \u00a31,196.81 on 1 October 2026. A separate demand for the first "
                  "instalment will follow, with the summary of your rights and obligations that the law requires "
                  "to go with it. Please do not pay until you receive the demand.".format(share), body),
        Paragraph("The service charge accounts for the year ending 31 March 2026 will be sent to you by the end "
                  "of September, and any surplus or shortfall against this year\u2019s budget will be credited or "
                  "charged then.", body),
        Paragraph("The annual general meeting of the Management Company will be held on Tuesday 21 April 2026 at "
                  "7pm in the residents\u2019 lounge, Brunel House. Every leaseholder is a member of the company and "
                  "is welcome to attend; notice and the agenda will follow.", body),
        Paragraph("If you have any questions about the budget, please contact me at "
                  "hotwellreach@avonsidebm.example.co.uk or on 01632 960 622.", body),
        Spacer(1, 4),
        Paragraph("Yours faithfully", body),
        Spacer(1, 14),
        Paragraph("<b>Nadia Okonjo</b> AssocRICS", small),
        Paragraph("Property Manager, for and on behalf of Hotwell Reach Management Company Limited", small),
        Paragraph("Enc. Service charge budget 2026/27 and notes", small),
        NextPageTemplate("later"),
        PageBreak(),
        Paragraph("Hotwell Reach \u2013 Service charge budget 2026/27", h1),
        Paragraph("Schedule 1: estate costs, shared by all 112 apartments in Brunel House, Cumberland House and "
                  "Merchants House. Figures exclude VAT where it can be recovered.", note),
        budget,
        Spacer(1, 8),
        Paragraph("Notes to the budget", h1),
        Paragraph("1. Cleaning of common parts", h2),
        Paragraph("The cleaning contract was re-tendered in January and will be held by the current contractor "
                  "from 1 April 2026 at a price 3.5% higher, for three visits a week and a monthly deep clean of "
                  "the car park.", note),
        Paragraph("2. Communal electricity", h2),
        Paragraph("The fixed-price energy contract negotiated in 2023 ended in September 2025. The new contract "
                  "runs to September 2027; the budget allows for the higher unit rate for a full year.", note),
        Paragraph("3. Door entry, access control and CCTV", h2),
        Paragraph("This heading is over budget this year because of the work that followed the thefts from the "
                  "underground car park and the two cycle stores last winter: new fob readers on both cycle "
                  "store doors, four extra cameras covering the car park ramp and the cycle stores, and the "
                  "re-issue of every fob. The 2026/27 budget includes the maintenance contract for the new "
                  "cameras and an allowance for replacement fobs.", note),
        Paragraph("Between October 2024 and February 2025 there were 31 reported thefts of bicycles and "
                  "e-scooters at Hotwell Reach.", note),
        Paragraph("Avon and Somerset Police ran Operation Spoke at Hotwell Reach from March to June 2025. "
                  "Officers and PCSOs from the Hotwells and Harbourside neighbourhood team made unannounced "
                  "evening and night checks of the car park and cycle stores, held two security marking days "
                  "in the car park at which 148 bikes were marked and registered, and went through the CCTV "
                  "with our contractor to identify people who had followed residents through the gates. Two "
                  "men were arrested and one has since been convicted of nine thefts. There have been three "
                  "reported thefts at Hotwell Reach since July 2025. The directors are grateful to the team, "
                  "who also came to last year\u2019s AGM to give residents advice.", note),
        Paragraph("The Cycle Store Register was set up by the directors of the Management Company in June 2025. "
                  "Every resident who keeps a bike or scooter in a cycle store registers it with the directors, "
                  "who issue a numbered tag for it; fobs for the cycle stores are now issued only to registered "
                  "residents. By December, 96 bikes had been registered, 14 abandoned bikes had been removed "
                  "after notices were posted, and about 40 spaces had been freed. The directors run the register "
                  "themselves at no cost to the service charge.", note),
        Paragraph("4. Fire safety", h2),
        Paragraph("Quarterly fire alarm servicing, emergency lighting tests, extinguisher servicing and the annual "
                  "dry riser test. The fire risk assessments are reviewed every year under heading 1.8.", note),
        Paragraph("5. Buildings insurance", h2),
        Paragraph("The insurers have increased the premium by about 10%, partly because of rising rebuilding costs "
                  "and partly because of the theft claims made by residents under the buildings policy last "
                  "year. The excess for theft from communal areas has risen to \u00a3500.", note),
        Paragraph("6. Management fee", h2),
        Paragraph("\u00a3208.39 plus VAT for each apartment, as set out in the management agreement, increased by "
                  "the Consumer Prices Index each April.", note),
        Paragraph("7. Contribution to reserve fund", h2),
        Paragraph("The directors have reduced the contribution to the reserve fund for one year to limit the "
                  "increase in the service charge. The reserve fund is expected to stand at about \u00a3212,000 on "
                  "31 March 2026. The lifts are due to be refurbished in 2028, and the directors will consult "
                  "leaseholders on the cost under section 20 of the Landlord and Tenant Act 1985 before any "
                  "contract is let.", note),
        Spacer(1, 6),
        _panel([Paragraph("<b>Reporting a crime or a problem on the estate</b>", cell),
                Paragraph("In an emergency call 999. Report thefts and other crimes to Avon and Somerset Police on "
                          "101 or online, and then tell us with the crime reference number so that we can check "
                          "the CCTV and, if needed, make an insurance claim. Report repairs and lost fobs to "
                          "Avonside on 01632 960 622 (out of hours: 01632 960 623).", cell)],
               wide, fill=colors.HexColor("#EEF3F8"), bar=colors.HexColor("#3FA796")),
    ]
    doc.build(story)
# ================================================================== Word helpers (taken from the thirty-eighth set)


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






# ================================================================== 4. A family's Christmas round-robin letter (Word)

XM_FILE = "hollinshead-family-christmas-letter-2025.docx"


def christmas_letter(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    _normal(document, "Calibri", 11)
    _page_setup(document, 1.6, 1.6, 2.0, 2.0)
    section = document.sections[0]
    foot = section.footer.paragraphs[0]
    foot.alignment = 1
    _runs(foot, [("The Hollinsheads \u00b7 7 Station Road, Barlaston, Stoke-on-Trent ST12 9DJ \u00b7 "
                  "hollinsheads@example.co.uk", False, False)], size=8, colour="7A1F1F")

    _p(document, "\u2744  \u2744  \u2744", size=14, colour="1F6B3A", align="center", after=0)
    _p(document, "Merry Christmas from the Hollinsheads!", size=26, bold=True, colour="B22222", align="center",
       after=0, font="Georgia")
    _p(document, "Barlaston, Staffordshire \u00b7 Christmas 2025", size=12, italic=True, colour="1F6B3A",
       align="center", after=12)
    _p(document, "Hello everyone! It\u2019s that time again, so grab a mince pie and a cup of tea, because this "
       "year\u2019s letter is a long one (sorry). It\u2019s been a busy, happy, slightly mad year, and here it all "
       "is.", after=8)

    table = _docx_table(document, [["2025 in numbers", ""],
                                   ["Parkruns completed", "31 (Pete) and 0 (everyone else)"],
                                   ["Jars of chutney made", "46"],
                                   ["Night shifts Tom did in a police van", "22 (working, we hasten to add)"],
                                   ["Trips up the M1 to see Ellie in Leeds", "7"],
                                   ["Socks eaten by Biscuit", "3 that we know of"]],
                        widths=[8.0, 9.0], size=10, head_fill="B22222", head_colour="FFFFFF")
    table.cell(0, 0).merge(table.cell(0, 1))
    _p(document, "", after=4)

    def heading(text):
        _p(document, text, size=15, bold=True, colour="1F6B3A", font="Georgia", before=8, after=3)

    heading("Pete")
    _p(document, "The big news: after 38 years, Pete retired from Royal Mail in April! He had a lovely send-off at "
       "the delivery office in Stone and came home with a card signed by the whole round. He has filled his time "
       "with the allotment, the parkrun at Trentham every Saturday and, in October, a new hip. He is now walking "
       "better than before and telling everyone about it.", after=6)
    _p(document, "The low point of his year was in May, when someone broke into the allotment shed and took the "
       "strimmer and his dad\u2019s old tools. The police came out the same afternoon, which we were impressed by, "
       "and a very nice PCSO gave him a crime reference number and a leaflet about shed alarms. The tools never "
       "turned up, but the shed now has a lock worthy of the Bank of England.", after=6)

    heading("Lynne")
    _p(document, "Lynne is still at the surgery three days a week and still running the book club (twelve "
       "members, eleven books, one huge argument about the Booker shortlist). Her big new thing this year, "
       "though, is the Night Angels.", after=6)
    _p(document, "The Stone Night Angels are volunteers from Stone Churches Together who have gone out in Stone "
       "town centre every Friday and Saturday night since March, from 10pm until the pubs empty. They hand out "
       "water, flip-flops and foil blankets, look after anyone who is unwell or on their own, ring friends or a "
       "taxi, and wait with people until they\u2019re safe. Since March they have helped more than 140 people "
       "and called an ambulance five times, and the landlords say there have been fewer fights at closing time. "
       "Lynne goes out every other Friday in her blue jacket and comes home at 3am with sore feet and brilliant "
       "stories, most of which we can\u2019t print here.", after=6)

    heading("Tom")
    _p(document, "Tom is still at JCB in Rocester designing things we don\u2019t understand, and in his spare time "
       "he is now a fully fledged special constable with Staffordshire Police. He passed out in January (proud "
       "parents in the front row, obviously) and has worked most weekends since. His big thing this summer was "
       "Operation Lockgate.", after=6)
    _p(document, "Operation Lockgate was Staffordshire Police\u2019s summer operation on the Trent and Mersey "
       "Canal between Stoke and Stone, run with the Canal & River Trust. From June to September officers and "
       "specials patrolled the towpath on bikes and on foot, the Trust\u2019s rangers cut back the overgrown "
       "stretches and put cameras up at two of the locks, and they went after the bike thieves and the people "
       "breaking into narrowboats. Tom did 22 shifts on it. The force says break-ins to boats were down by half "
       "on last summer and they got 19 stolen bikes back to their owners. Tom says the best bit was being given "
       "a flapjack by a very grateful lady on a boat called Dunroamin.", after=6)

    heading("Ellie")
    _p(document, "Ellie is in her second year of Law at Leeds and loving it. She has joined the rowing club, which "
       "means getting up at 5am, which none of us can believe. She works two nights a week behind the bar at a "
       "pub near the university and has done all the training on spotting drink spiking, so she now lectures us "
       "about it at every opportunity. She\u2019s home for Christmas from the 19th.", after=6)

    heading("Biscuit")
    _p(document, "Biscuit is five and still a spaniel. See the table above re: socks.", after=8)

    photos = _docx_table(document, [["[Photo] Pete crossing the line at his 250th parkrun",
                                     "[Photo] Tom at his passing-out parade, January"],
                                    ["[Photo] Lynne in her Night Angels jacket",
                                     "[Photo] Ellie and the rowing club, Roundhay Park"]],
                         widths=[8.5, 8.5], size=9)
    for row in photos.rows:
        for cell in row.cells:
            _fill(cell, "F3EFE6")
            cell.paragraphs[0].runs[0].italic = True
    _p(document, "", after=6)
    _p(document, "Wishing you all a very happy Christmas and a healthy, peaceful 2026. Do come and see us if "
       "you\u2019re passing \u2013 the kettle is always on.", after=8)
    _p(document, "Lots of love from Pete, Lynne, Tom, Ellie and Biscuit xx", bold=True, colour="B22222",
       font="Georgia", size=13, after=10)
    _p(document, "PS The landline has finally gone! Pete 07700 900 418, Lynne 07700 900 419.", italic=True,
       size=10, after=0)
    _save_docx(document, out / XM_FILE, "Christmas letter 2025", "Lynne Hollinshead")


# ================================================================== 5. A security company's tender quality response (Word)

TR_FILE = "kestrel-watch-services-tender-response-rcbc-2026-014-cctv-monitoring.docx"


def tender_response(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Arial", 10)
    _page_setup(document, 1.8, 1.8, 2.0, 2.0)
    _heading_colours(document, "0B3C5D", "Arial")
    _header_footer(document, "COMMERCIAL IN CONFIDENCE", "", "Kestrel Watch Services Ltd",
                   "RCBC/2026/014 \u00b7 Schedule 4 quality response \u00b7 Kestrel Watch Services Ltd\t\t", 4,
                   size=8)

    _p(document, "Redcar and Cleveland Borough Council", size=11, bold=True, colour="0B3C5D", after=2)
    _p(document, "Invitation to Tender: Public Space CCTV Monitoring and Control Room Services", size=16,
       bold=True, after=2)
    _p(document, "Contract reference RCBC/2026/014", size=11, after=2)
    _p(document, "Schedule 4 \u2013 Quality Questionnaire: Bidder\u2019s Response", size=13, bold=True,
       colour="C8102E", after=10)
    _docx_table(document, [["Bidder", "Kestrel Watch Services Ltd"],
                           ["Company number", "09412876"],
                           ["Registered office", "Unit 7, Preston Farm Business Park, Stockton-on-Tees TS18 3TB"],
                           ["Bid contact", "Gareth Lowther, Bid Manager \u00b7 01632 960 744 \u00b7 "
                                           "bids@kestrelwatch.example.co.uk"],
                           ["Accreditations", "BS 7958:2015 (NSI Gold) \u00b7 BS EN ISO 9001:2015 \u00b7 SIA Approved "
                                              "Contractor Scheme \u00b7 Cyber Essentials Plus"],
                           ["Date of submission", "6 March 2026, via the North East Procurement Portal"]],
                widths=[4.5, 12.5], size=9, label_fill="DCE6F0")
    _p(document, "", after=4)
    _box(document, ["Instructions to bidders (reproduced from the Invitation to Tender)",
                    "Answer each question in the space provided. Word limits are shown beside each question; text "
                    "over the limit will not be evaluated. Each answer will be scored 0 (no answer) to 5 "
                    "(excellent) and multiplied by the weighting. Evidence of past performance must be from "
                    "contracts delivered in the last three years and may be checked with the referee named."],
         "F2F2F2", size=8.5)

    def question(number, text, weight, limit):
        _p(document, "%s  %s" % (number, text), size=11, bold=True, colour="0B3C5D", before=10, after=2)
        _p(document, "Weighting %s \u00b7 Maximum %s words" % (weight, limit), size=8.5, italic=True,
           colour="666666", after=6)

    def count(words):
        _p(document, "Word count: %d" % words, size=8, italic=True, colour="666666", align="right", after=4)

    question("Q1", "Describe how you will deliver the monitoring service from the council\u2019s control room at "
             "Redcar, 24 hours a day, 365 days a year.", "20%", "800")
    _p(document, "We will staff the Redcar control room with two operators at all times and a third from 18:00 "
       "to 04:00 on Friday and Saturday nights and on event days, with a control room supervisor on duty 07:00 to "
       "23:00 every day. Operators will monitor all 212 public space cameras, prioritising hotspots set each week "
       "with the council\u2019s community safety team.", after=6)
    _p(document, "The control room will keep the existing radio links with Redcar and Guisborough town centre "
       "retailers and Pubwatch members, and we will agree with Cleveland Police how incidents are passed to its "
       "Force Control Room, including a live video link to be tested during mobilisation. We will log every "
       "incident in our web-based system, which the council will be able to see in real time.", after=4)
    count(125)

    question("Q2", "Describe your staffing, vetting and training arrangements.", "15%", "600")
    _p(document, "Every operator holds an SIA Public Space Surveillance (CCTV) licence and will be vetted to "
       "Non-Police Personnel Vetting Level 2 through Cleveland Police before starting. New operators complete a "
       "40-hour induction, including evidence handling, the Surveillance Camera Code of Practice, safeguarding "
       "and recognising vulnerability, followed by four supervised shifts. We expect to transfer the current "
       "operators to us under TUPE.", after=4)
    _docx_table(document, [["Role", "Number (FTE)", "Vetting"],
                           ["Control room operator", "10.4", "SIA PSS licence, NPPV Level 2"],
                           ["Control room supervisor", "2.0", "SIA PSS licence, NPPV Level 2"],
                           ["Contract manager", "0.5", "NPPV Level 2, BS 7858"]],
                widths=[6.0, 3.0, 8.0], size=9, head_fill="0B3C5D", head_colour="FFFFFF")
    count(96)

    question("Q3", "Give one example, from a contract you have delivered in the last three years, of working in "
             "partnership with the police and other agencies to reduce crime and disorder, and the results.",
             "20%", "800")
    _p(document, "Contract: Darlington Borough Council, public space CCTV monitoring, April 2021 to date. "
       "Referee: the council\u2019s Community Safety Manager (details in Schedule 6).", italic=True, after=6)
    _p(document, "Operation Nightglass was run by Durham Constabulary with Darlington Borough Council from "
       "September 2024 to March 2025, to reduce violence and sexual harassment in the town centre\u2019s "
       "night-time economy. Our control room was part of it from the start. Before each Friday and Saturday "
       "night the force\u2019s Darlington neighbourhood inspector briefed our operators on people and places to "
       "watch; during the night our operators sat on the police radio channel, followed people showing "
       "predatory behaviour and guided officers and the council\u2019s street wardens to them, and flagged "
       "vulnerable people, mostly lone women, so that the wardens or the Street Pastors could reach them.", after=6)
    _p(document, "Over the 26 weeks, camera-led deployments led to 41 arrests; our operators flagged 63 vulnerable "
       "people, all of whom were found and helped; and the force recorded 18% fewer violent offences in the "
       "town centre at night than in the same months a year earlier. The operation won the council\u2019s "
       "Partnership of the Year award in 2025, and its briefing and flagging routine is now our standard way of "
       "working in Darlington.", after=4)
    count(197)

    question("Q4", "Describe how you will protect personal data and handle evidence.", "15%", "600")
    _p(document, "We process footage as processor for the council, which remains the controller. Recordings "
       "are kept for 31 days unless they are needed as evidence. Every download is logged with the request "
       "reference, the operator, the time and a hash of the file, and handed to the police or other agencies "
       "on a signed continuity form. We answer police requests for footage within 24 hours and subject access "
       "requests within the council\u2019s deadlines. Operators receive annual data protection training, and "
       "the control room is audited against BS 7958 every year.", after=4)
    count(89)

    question("Q5", "Social value: describe the social value you have delivered on other contracts and what you "
             "commit to deliver on this one.", "10%", "500")
    _p(document, "Open Screens, our work placement programme for care leavers, has run since 2022 with Next "
       "Chapter Tees, a Teesside charity that supports young people leaving care. Each year we offer eight-week "
       "paid placements in our control rooms and offices, with a mentor, help to get an SIA licence and a "
       "guaranteed interview at the end. So far 27 young people have taken part, 19 have completed their "
       "placements and 11 are now in work, seven of them with us.", after=6)
    _p(document, "If we win this contract, we commit to two Open Screens placements each year for Redcar and "
       "Cleveland care leavers, to recruit at least half of any new operators from the borough, and to give 40 "
       "hours a year of staff volunteering to community safety events in the borough.", after=4)
    count(128)

    question("Q6", "Set out your mobilisation plan.", "10%", "500")
    _docx_table(document, [["Week", "Activity"],
                           ["1 to 2", "Contract meeting; TUPE consultation with transferring staff; vetting "
                                      "applications"],
                           ["3 to 4", "Induction for transferring operators; test radio links and the live link "
                                      "to Cleveland Police"],
                           ["5 to 6", "Shadow shifts alongside the outgoing provider; incident system set up"],
                           ["7", "Service start, 1 July 2026"],
                           ["8 to 12", "Weekly review meetings with the council\u2019s community safety team"]],
                widths=[2.5, 14.5], size=9, head_fill="0B3C5D", head_colour="FFFFFF")
    count(64)

    question("Q7", "Propose key performance indicators and describe how you will manage the contract.", "10%",
             "500")
    _docx_table(document, [["Key performance indicator", "Target"],
                           ["Control room staffed to the agreed levels", "100% of shifts"],
                           ["Camera faults reported to the maintainer", "Within 1 hour"],
                           ["Police requests for footage answered", "98% within 24 hours"],
                           ["Monthly performance report to the council", "By the 10th working day"]],
                widths=[11.0, 6.0], size=9, head_fill="0B3C5D", head_colour="FFFFFF")
    _p(document, "Our contract manager will meet the council monthly and attend the quarterly Redcar and "
       "Cleveland Community Safety Partnership meeting if invited.", after=4)
    count(58)

    _p(document, "Declaration", size=11, bold=True, colour="0B3C5D", before=12, after=4)
    _p(document, "We confirm that the information in this response is true and complete, and that we will "
       "deliver the service as described if we are awarded the contract.", after=10)
    _docx_table(document, [["Signed", "Claire Ashby"], ["Position", "Managing Director"],
                           ["For and on behalf of", "Kestrel Watch Services Ltd"], ["Date", "6 March 2026"]],
                widths=[4.5, 12.5], size=9, label_fill="DCE6F0")
    _save_docx(document, out / TR_FILE, "RCBC/2026/014 quality response", "Kestrel Watch Services Ltd")


# ================================================================== 6. A town council's community safety survey (Word form)

SV_FILE = "hexham-town-council-community-safety-survey-2026.docx"
BOX = "\u2610"


def safety_survey(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Arial", 10)
    _page_setup(document, 1.6, 1.6, 1.9, 1.9)
    _header_footer(document, "Hexham Town Council", "", "Community Safety Survey 2026",
                   "Please return by Friday 27 March 2026\t\t", 4, size=8)

    _p(document, "Hexham Town Council", size=12, bold=True, colour="5B2C6F", after=0)
    _p(document, "Community Safety Survey 2026", size=22, bold=True, colour="5B2C6F", after=0)
    _p(document, "Tell us how safe you feel in Hexham", size=13, colour="333333", after=8)
    _p(document, "Hexham Town Council works with Northumbria Police, Northumberland County Council and local "
       "groups through the Hexham Community Safety Forum. Every two years we ask residents how safe they feel and "
       "what worries them most. Your answers will be shared with the Forum without your name and will help it set "
       "its priorities for 2026 to 2028.", after=6)
    _p(document, "The survey takes about 10 minutes. You can also fill it in online at "
       "hexhamtowncouncil.example.gov.uk/survey. Everyone who returns a survey can enter a prize draw for one of "
       "three \u00a350 vouchers to spend in Hexham shops.", after=8)

    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    _fill(cell, "EFE6F3")
    _cell(cell, "Since our last survey", bold=True, size=11, colour="5B2C6F")
    _cell(cell, "In the 2024 survey you told us that your biggest worries were anti-social behaviour around the "
          "bus station and on Tyne Green, and feeling unsafe in the town centre after dark. Here is some of what "
          "has been done since.", size=9.5, first=False)
    paragraph = cell.add_paragraph()
    _runs(paragraph, [("Operation Riverside. ", True, False),
                      ("Northumbria Police\u2019s Hexham Neighbourhood Team ran Operation Riverside from April to "
                       "October 2025, with extra evening foot and cycle patrols at the bus station, on Tyne Green "
                       "and in the Sele, and with Northumberland County Council\u2019s youth workers going out "
                       "alongside them on Friday nights. Reports of anti-social behaviour in those areas fell by "
                       "31% compared with the same months of 2024, 17 young people were referred to the youth "
                       "service, and two properties used for drug dealing were shut under closure orders.",
                       False, False)], size=9.5)
    paragraph = cell.add_paragraph()
    _runs(paragraph, [("Safe Place Hexham. ", True, False),
                      ("The Town Council launched Safe Place Hexham in September 2024. Thirty-four shops, caf\u00e9s, "
                       "the library and the Queen\u2019s Hall now display the purple Safe Place sticker, and their "
                       "staff have been trained by the Town Council\u2019s community officer to help anyone who feels "
                       "unsafe, lost or unwell: to give them somewhere to sit, ring someone for them, or call 999 "
                       "if needed. Safe Places were used 58 times in the first year, most often by older people "
                       "and by people with learning disabilities.", False, False)], size=9.5)
    _cell(cell, "The Forum will report back on this survey in the Town Council\u2019s newsletter, Hexham Matters, "
          "in the summer.", size=9.5, italic=True, first=False)
    _p(document, "", after=4)

    def section(text):
        _p(document, text, size=13, bold=True, colour="5B2C6F", before=8, after=4)

    def grid(question, rows, options, number):
        _p(document, "%s  %s" % (number, question), bold=True, after=3)
        data = [[""] + options] + [[r] + [BOX] * len(options) for r in rows]
        table = _docx_table(document, data, widths=[6.2] + [10.6 / len(options)] * len(options), size=8.5,
                            head_fill="EFE6F3")
        for row in table.rows[1:]:
            for c in row.cells[1:]:
                c.paragraphs[0].alignment = 1
        _p(document, "", after=4)

    def ticks(question, options, number, note=None):
        _p(document, "%s  %s" % (number, question), bold=True, after=2)
        if note:
            _p(document, note, italic=True, size=8.5, colour="555555", after=2)
        _p(document, "     ".join("%s %s" % (BOX, o) for o in options), after=8)

    section("Section A: Feeling safe")
    grid("How safe or unsafe do you feel when you are outside in Hexham town centre?",
         ["During the day", "After dark"],
         ["Very safe", "Fairly safe", "A bit unsafe", "Very unsafe", "Don\u2019t know"], "Q1")
    grid("And how safe or unsafe do you feel when you are outside in the area where you live?",
         ["During the day", "After dark"],
         ["Very safe", "Fairly safe", "A bit unsafe", "Very unsafe", "Don\u2019t know"], "Q2")
    ticks("Compared with two years ago, do you think Hexham is\u2026", ["Safer", "About the same", "Less safe",
                                                                        "Don\u2019t know"], "Q3")
    section("Section B: Problems in your area")
    grid("How much of a problem, if at all, are the following in your area?",
         ["Speeding traffic", "Inconsiderate parking", "Anti-social behaviour", "Drug dealing or drug use",
          "Shoplifting", "Vandalism and graffiti", "Dog fouling", "Litter and fly-tipping",
          "Rural crime (farm and machinery theft)", "Scams and doorstep crime"],
         ["A big problem", "A fairly big problem", "Not a very big problem", "Not a problem at all"], "Q4")
    _p(document, "Q5  Which one of the problems in Q4 should be the Forum\u2019s top priority for the next two "
       "years?", bold=True, after=2)
    _p(document, "Write it here: ____________________________________________________________", after=8)
    grid("Before today, had you heard of any of these?",
         ["Safe Place stickers in shop windows", "Operation Riverside patrols", "Hexham Community Speedwatch",
          "Northumbria Police\u2019s community messaging alerts", "The Crimestoppers number, 0800 555 111"],
         ["Yes", "No", "Not sure"], "Q6")
    ticks("Have you been the victim of a crime in Hexham in the last 12 months?", ["Yes", "No",
                                                                                    "Prefer not to say"], "Q7")
    ticks("If yes, did you report it to the police?", ["Yes, all of it", "Some of it", "No"], "Q8",
          note="If you did not report it, it would help us to know why in Q9.")
    _p(document, "Q9  Is there anything else you would like to tell us about community safety in Hexham?",
       bold=True, after=2)
    for _ in range(4):
        _p(document, "_" * 86, colour="999999", after=4)
    ticks("Would you like to hear about volunteering?", ["Hexham Community Speedwatch", "Safe Place volunteer",
                                                         "Neighbourhood Watch"], "Q10",
          note="Tick any that apply and give your name and email or phone number below. We will only use them "
               "to contact you about volunteering.")
    _p(document, "Name: ______________________________   Email or phone: ______________________________",
       after=8)

    section("Section C: About you")
    _p(document, "These questions help us check that we have heard from all parts of the community. You do not "
       "have to answer them.", italic=True, size=9, after=4)
    ticks("Your age", ["16 to 24", "25 to 44", "45 to 64", "65 to 74", "75 or over", "Prefer not to say"], "Q11")
    ticks("Do you consider yourself to have a disability?", ["Yes", "No", "Prefer not to say"], "Q12")
    _p(document, "Q13  The first part of your postcode and the first number of the second part (for example "
       "NE46 1): ____________", bold=True, after=8)

    _box(document, ["How we use your information",
                    "Hexham Town Council is the data controller for this survey. We use your answers to plan "
                    "community safety work in the public interest (UK GDPR Article 6(1)(e)). Answers are shared "
                    "with the Hexham Community Safety Forum only as totals and without names. Contact details for "
                    "the prize draw and volunteering are kept separately and deleted after 12 months. Our privacy "
                    "notice is at hexhamtowncouncil.example.gov.uk/privacy."], "F2F2F2", size=8.5)
    _box(document, ["Returning your survey",
                    "Please return it by Friday 27 March 2026 to Hexham Town Council, The Community Hub, 2 "
                    "Beaumont Street, Hexham NE46 3LZ (no stamp needed if you hand it in), or leave it in the box "
                    "at Hexham Library. Questions: 01632 960 371.",
                    "To report a crime: in an emergency call 999; otherwise call 101 or report online. To tell "
                    "Crimestoppers anonymously, call 0800 555 111."], "EFE6F3", size=8.5)
    _p(document, "Thank you for taking part.", bold=True, colour="5B2C6F", align="center", after=0)
    _save_docx(document, out / SV_FILE, "Community Safety Survey 2026", "Hexham Town Council")


# ================================================================== 7. A pub group's preliminary results on a regulatory news service (HTML)

RNS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preliminary Results - FRR - Ferrier Inns PLC - RNS - London Stock Exchange</title>
<meta name="description" content="Ferrier Inns PLC (FRR) Preliminary Results. RNS Number: 3927K. 24 March 2026.">
<link rel="stylesheet" href="/static/css/news-article.8c21f.css">
</head>
<body class="news-article">
<div class="cookie-consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to give you the best experience of our website. Some are essential; others help us understand how the site is used and show you relevant content. <a href="/cookie-policy">Cookie policy</a></p>
  <button type="button">Accept all cookies</button> <button type="button">Manage preferences</button>
</div>
<header class="site-header">
  <a class="logo" href="/">London Stock Exchange</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/live-markets">Live markets</a></li>
      <li><a href="/news?tab=news-explorer" aria-current="page">News</a></li>
      <li><a href="/raise-finance">Raise finance</a></li>
      <li><a href="/discover">Discover</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search for companies, prices and news"><button>Search</button></form>
</header>
<main>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/news">News</a> &gt; <a href="/news?tab=news-explorer">News explorer</a> &gt; Ferrier Inns PLC</nav>
<section class="news-header">
  <p class="label">Regulatory Story</p>
  <p><a href="/news?tab=news-explorer">Go to market news section</a></p>
  <table class="news-meta">
    <tr><th>Company</th><td>Ferrier Inns PLC</td></tr>
    <tr><th>TIDM</th><td>FRR</td></tr>
    <tr><th>Headline</th><td>Preliminary Results</td></tr>
    <tr><th>Released</th><td>07:00:04 24-Mar-2026</td></tr>
    <tr><th>Number</th><td>3927K</td></tr>
  </table>
  <p class="share"><a href="#">Print</a> | <a href="#">Share</a> | <a href="#">Add to watchlist</a></p>
</section>
<article class="news-body">
<p>RNS Number : 3927K<br>Ferrier Inns PLC<br>24 March 2026</p>
<p><b>24 March 2026</b></p>
<p style="text-align:center"><b>Ferrier Inns plc</b><br>("Ferrier", the "Company" or the "Group")</p>
<p style="text-align:center"><b>Preliminary results for the 52 weeks ended 25 January 2026</b></p>
<p style="text-align:center"><b>Resilient trading, more guests in our pubs, and a higher final dividend</b></p>
<p>Ferrier Inns plc, which operates 486 managed and tenanted pubs across England and Wales, announces its preliminary results for the 52 weeks ended 25 January 2026.</p>

<p><b>Financial highlights</b></p>
<table border="1" cellpadding="3">
<tr><td></td><td><b>FY26</b></td><td><b>FY25</b></td><td><b>Change</b></td></tr>
<tr><td>Revenue</td><td>&pound;412.6m</td><td>&pound;390.0m</td><td>+5.8%</td></tr>
<tr><td>Like-for-like sales, managed pubs</td><td>+4.9%</td><td>+3.1%</td><td></td></tr>
<tr><td>Adjusted EBITDA<sup>1</sup></td><td>&pound;71.8m</td><td>&pound;66.2m</td><td>+8.5%</td></tr>
<tr><td>Adjusted profit before tax<sup>1</sup></td><td>&pound;32.4m</td><td>&pound;29.1m</td><td>+11.3%</td></tr>
<tr><td>Statutory profit before tax</td><td>&pound;27.9m</td><td>&pound;21.6m</td><td>+29.2%</td></tr>
<tr><td>Adjusted basic earnings per share<sup>1</sup></td><td>18.3p</td><td>16.6p</td><td>+10.2%</td></tr>
<tr><td>Net debt excluding leases</td><td>&pound;148.2m</td><td>&pound;161.5m</td><td>-&pound;13.3m</td></tr>
<tr><td>Final dividend per share</td><td>4.2p</td><td>3.8p</td><td>+10.5%</td></tr>
</table>
<p><sup>1</sup> Adjusted measures exclude separately disclosed items; see note 4.</p>

<p><b>Operational highlights</b></p>
<ul>
<li>Like-for-like sales in managed pubs up 4.9%, ahead of the market, with food up 6.2% and drink up 4.1%</li>
<li>Eleven pubs reopened after major refurbishment, with an average sales uplift of 21%</li>
<li>Team member turnover down to 61% from 74%, the lowest in the Group's history</li>
<li>Safety Host programme now in 148 late-opening pubs; Manchester drink-spiking pilot completed with Greater Manchester Police</li>
</ul>

<p><b>Philippa Crane, Chief Executive, said:</b></p>
<p>"This has been a good year for Ferrier. More people came to our pubs, they spent more when they got there, and our teams stayed with us for longer. Against a backdrop of higher wage and energy costs, that is a result I am proud of. We have started the new financial year well and remain confident of meeting market expectations."</p>

<p><b>Enquiries</b></p>
<table border="0" cellpadding="2">
<tr><td>Ferrier Inns plc</td><td>Philippa Crane, Chief Executive<br>Richard Onslow, Chief Financial Officer</td><td>via Harcourt Lane</td></tr>
<tr><td>Harcourt Lane (financial PR)</td><td>Tamsin Reid<br>Owen Blake</td><td>07700 900 361</td></tr>
</table>
<p>A presentation for analysts will be held at 9.30am today. A recording will be available on the Company's website, ferrierinns.example.co.uk/investors.</p>

<p><b>CHIEF EXECUTIVE'S REVIEW</b></p>
<p><b>Overview</b></p>
<p>Our strategy is simple: run great community pubs, invest in them steadily, and look after the people who work in them and the guests who visit them. This year each of those paid off. Sales grew in every region, and the pubs we refurbished in the previous year continued to outperform.</p>
<p><b>Trading</b></p>
<p>Like-for-like sales in our 312 managed pubs grew by 4.9%. Food was particularly strong, helped by our new seasonal menus and a 14% increase in Sunday lunch covers. Our 174 tenanted and leased pubs delivered a stable income, with rent reviews completed on 38 sites.</p>
<p><b>Our people</b></p>
<p>We increased pay for hourly-paid team members by 7.4% in April 2025, above the rise in the National Living Wage. Turnover fell to 61%, and 43% of our pub general managers were promoted from within the business.</p>
<p><b>Safer pubs</b></p>
<p>A pub should be a safe place to spend an evening, for our guests and for our teams. Two pieces of work this year stand out.</p>
<p>Safety Hosts: in September 2024 we introduced a Safety Host on every Friday and Saturday night shift in our late-opening pubs. Safety Hosts are experienced team members, trained by us in welfare and vulnerability, de-escalation and first aid, whose only job on the shift is to look after guests: checking on anyone who is alone or unwell, dealing with reports of harassment, and making sure people leave safely. By the year end Safety Hosts were working in 148 pubs. They helped more than 2,300 guests during the year, and reported incidents of violence in our managed late-opening pubs fell by 14% compared with the previous year.</p>
<p>In Manchester, Greater Manchester Police ran Operation Nightjar with Manchester City Council's licensing team from May to November 2025, and 18 of our city-centre pubs and bars took part. The force's licensing officers trained our teams to use drink-spiking test kits, to look after anyone who thought they had been spiked and to keep evidence such as glasses and CCTV, and officers on patrol in the city centre came to our pubs whenever a test was positive. During the pilot our teams handled 46 reports of spiking; seven people were arrested and four have been charged. The force has told us that the number of spiking reports that could be investigated doubled. We are now discussing with other forces how the approach could be used in our pubs elsewhere.</p>
<p><b>Outlook</b></p>
<p>Trading in the first seven weeks of the new financial year has been encouraging, with like-for-like sales in managed pubs up 3.8%. We plan to refurbish 14 pubs and open two new sites in the year ahead.</p>

<p><b>FINANCIAL REVIEW</b></p>
<p>Revenue increased by 5.8% to &pound;412.6m. Adjusted EBITDA increased by 8.5% to &pound;71.8m, with the margin improving to 17.4% (FY25: 17.0%). Net finance costs fell to &pound;11.9m (FY25: &pound;13.4m) as net debt reduced. Separately disclosed items of &pound;4.5m relate mainly to impairment of six pubs held for sale.</p>
<p><b>Dividend</b></p>
<p>The Board recommends a final dividend of 4.2p per share, making 6.3p for the year (FY25: 5.7p). Subject to approval at the Annual General Meeting on 20 May 2026, it will be paid on 26 June 2026 to shareholders on the register on 29 May 2026.</p>

<p><b>Condensed consolidated income statement</b><br>for the 52 weeks ended 25 January 2026</p>
<table border="1" cellpadding="3">
<tr><td></td><td><b>Note</b></td><td><b>FY26 &pound;m</b></td><td><b>FY25 &pound;m</b></td></tr>
<tr><td>Revenue</td><td>2</td><td>412.6</td><td>390.0</td></tr>
<tr><td>Operating costs</td><td>3</td><td>(368.3)</td><td>(351.4)</td></tr>
<tr><td>Separately disclosed items</td><td>4</td><td>(4.5)</td><td>(7.5)</td></tr>
<tr><td>Operating profit</td><td></td><td>39.8</td><td>31.1</td></tr>
<tr><td>Net finance costs</td><td>5</td><td>(11.9)</td><td>(13.4)</td></tr>
<tr><td>Profit before tax</td><td></td><td>27.9</td><td>21.6</td></tr>
<tr><td>Taxation</td><td>6</td><td>(7.1)</td><td>(5.5)</td></tr>
<tr><td>Profit for the period</td><td></td><td>20.8</td><td>16.1</td></tr>
<tr><td>Basic earnings per share</td><td>7</td><td>15.8p</td><td>12.2p</td></tr>
</table>

<p><b>Notes</b></p>
<p>1. Basis of preparation. The financial information set out in this announcement does not constitute the Company's statutory accounts for the 52 weeks ended 25 January 2026 or the 52 weeks ended 26 January 2025. Statutory accounts for FY25 have been delivered to the Registrar of Companies, and those for FY26 will be delivered after the Annual General Meeting. The auditor has reported on those accounts; its report was unqualified.</p>
<p>2. This announcement contains certain forward-looking statements. They are made in good faith on the information available at the time of this announcement, and nothing in it should be construed as a profit forecast.</p>
<p>Ferrier Inns plc, Ferrier House, Wellington Road, Burton upon Trent DE14 2AA. Registered in England and Wales no. 03318842. LEI: 213800FRRINNS0000X42.</p>

<p class="disclaimer">This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom. Terms and conditions relating to the use and distribution of this information may apply. For further information, please contact rns@lseg.com or visit www.rns.com.</p>
<p class="end">END<br>FR GZGMFRRKGGZM</p>
</article>
<aside class="related">
  <h2>More news from Ferrier Inns PLC</h2>
  <ul>
    <li><a href="#">Notice of Results</a> 03-Mar-2026</li>
    <li><a href="#">Holding(s) in Company</a> 17-Feb-2026</li>
    <li><a href="#">Christmas Trading Update</a> 08-Jan-2026</li>
    <li><a href="#">Director/PDMR Shareholding</a> 11-Dec-2025</li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/about">About us</a></li>
    <li><a href="/terms">Terms and conditions</a></li>
    <li><a href="/privacy">Privacy policy</a></li>
    <li><a href="/modern-slavery">Modern slavery statement</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
  </ul>
  <p>&copy; 2026 London Stock Exchange plc. All rights reserved. Data delayed by at least 15 minutes.</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A magazine's book review (HTML)

REVIEW_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nights on Hessle Road by Carol Ashworth review - a beat cop's Hull, without the sirens | The Northern Review</title>
<meta name="description" content="Carol Ashworth's memoir of twenty years policing west Hull is at its best when it forgets about crime.">
<meta property="og:type" content="article">
<meta property="article:section" content="Books">
<meta property="article:published_time" content="2026-02-14T08:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Book","name":"Nights on Hessle Road","author":"Carol Ashworth","isbn":"9781916123472"},"reviewRating":{"@type":"Rating","ratingValue":"4","bestRating":"5"},"author":{"@type":"Person","name":"Martin Greaves"}}</script>
<link rel="stylesheet" href="/wp-content/themes/northern/style.css?ver=4.2.1">
</head>
<body class="single single-post category-books">
<div id="cookie-notice" role="dialog"><p>We use cookies to understand how you use our site and to improve your experience. <a href="/privacy/">Privacy policy</a></p><button>OK</button><button>Settings</button></div>
<a class="skip-link" href="#content">Skip to content</a>
<header class="masthead">
  <div class="topbar"><a href="/subscribe/">Subscribe from &pound;3 a month</a> <a href="/account/">Sign in</a></div>
  <p class="site-title"><a href="/">The Northern Review</a></p>
  <p class="tagline">Ideas, books and culture from the North</p>
  <nav class="primary" aria-label="Sections">
    <ul>
      <li><a href="/news/">News</a></li>
      <li class="current"><a href="/books/">Books</a></li>
      <li><a href="/culture/">Culture</a></li>
      <li><a href="/long-reads/">Long reads</a></li>
      <li><a href="/podcast/">Podcast</a></li>
      <li><a href="/events/">Events</a></li>
    </ul>
  </nav>
</header>
<main id="content">
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/books/">Books</a> / <a href="/books/reviews/">Reviews</a></nav>
<article class="review">
  <p class="kicker">Non-fiction review</p>
  <h1>A beat cop's Hull, without the sirens</h1>
  <p class="standfirst">Carol Ashworth's memoir of twenty years policing west Hull is at its best when it forgets about crime</p>
  <p class="byline">By <a href="/author/martin-greaves/">Martin Greaves</a> &middot; <time datetime="2026-02-14">14 February 2026</time> &middot; 6 min read</p>
  <aside class="book-box">
    <p class="rating" aria-label="Rated 4 out of 5">&#9733;&#9733;&#9733;&#9733;&#9734;</p>
    <p><b>Nights on Hessle Road: Twenty Years on the Beat in West Hull</b><br>Carol Ashworth<br>Wold Gate Press, 304pp, &pound;16.99<br>ISBN 978-1-916123-47-2</p>
    <p><a class="button" href="https://uk.bookshop.org/example/nights-on-hessle-road">Buy from Bookshop.org (&pound;15.81)</a></p>
  </aside>
  <div class="entry-content">
  <p>Hessle Road was once the busiest fishing community in the world. By the time Carol Ashworth walked onto it in 1998, a probationer constable with Humberside Police fresh from training, the trawlers had been gone for twenty years and the street that fed them was living on memories, corner shops and the odd fight. She stayed, more or less, for the next two decades, rising to sergeant and then inspector before retiring in 2019, and this is her account of those years.</p>
  <p>It is not, thank goodness, a book of car chases. Ashworth has organised it street by street rather than year by year, so that each chapter is named after a terrace or a pub or a bus stop, and the crimes that happen in them are often the least interesting thing about them. A chapter called "Eastbourne Street" is about a woman who kept pigeons on her roof for forty years; "The Star and Garter" is about the night the landlord's mother died behind the bar.</p>
  <h2>The chapter everyone in Hull will read first</h2>
  <p>Operation Slipway ran from 2009 to 2011 in the terraces between Hessle Road and the Boulevard, and it is the part of the book that local readers will turn to first. Humberside Police's west Hull neighbourhood team, led by Ashworth as a newly promoted inspector, worked with Hull City Council's housing officers and Humberside Fire and Rescue Service to knock on the door of every one of about 2,000 terraced houses, fitting door chains and window locks, checking smoke alarms, and finding the empty and half-empty houses that burglars and dealers were using. The council bought and repaired some of them and boarded up the rest. Burglary in the area fell by about a third in two years, Ashworth reports, and the number of boarded-up houses halved.</p>
  <p>She tells this well, and with a welcome absence of self-congratulation; she is particularly good on the tedium of it, the fortieth cup of tea of the week and the forms. But the chapter also shows the book's chief weakness, which is that it takes the figures on trust. A reader who remembers the national fall in burglary in those years will wonder how much of the drop belongs to Slipway, and Ashworth does not say.</p>
  <h2>Nothing to do with the police</h2>
  <p>The Boathouse opened in 2012 in a disused ship's chandler's by St Andrew's Quay, and the chapter about it is the warmest in the book. It was started and run by the West Hull Youth Trust, a small local charity, with two paid youth workers and a rota of volunteer dads, and it opened four nights a week with a kitchen, a music room and a gym. By 2015 it had more than 300 members, and the youth workers told Ashworth that about half of its first "regulars" went on to college or an apprenticeship. Ashworth is careful to say that the police had nothing to do with it, beyond her own Tuesday nights helping in the kitchen, and that this was, in her view, exactly why it worked.</p>
  <p>There are faults beyond the figures. The last third of the book, about her years as an inspector, sags under the weight of reorganisations that only former colleagues will care about, and the chapter on the 2007 floods feels like it belongs in another book. The prose is plain and occasionally flat.</p>
  <p>But the best of it, the pigeons, the pub, the Boathouse, is as good a portrait of a working-class English street as I have read in years. If you grew up on Hessle Road, you will want to argue with half of it. If you didn't, you will wish you had.</p>
  <p class="note"><i>Martin Greaves is the author of </i>Dock Leaves: A Hull Childhood<i>. The Northern Review may earn a commission if you buy books through links on this page.</i></p>
  </div>
  <div class="share"><span>Share</span> <a href="#">Facebook</a> <a href="#">Bluesky</a> <a href="#">Email</a></div>
  <p class="tags">Tags: <a href="/tag/hull/">Hull</a>, <a href="/tag/memoir/">Memoir</a>, <a href="/tag/policing/">Policing</a></p>
</article>
<section class="comments">
  <h2>3 comments</h2>
  <div class="comment"><p class="who">Pat Coverdale &middot; 14 February 2026</p><p>Lived on Wassand Street all through Slipway. The door chains are still on! Will be buying this.</p></div>
  <div class="comment"><p class="who">hullfc_dave &middot; 15 February 2026</p><p>My lad went to the Boathouse every night for three years. Best thing that ever happened to him.</p></div>
  <div class="comment"><p class="who">R. Ellerby &middot; 16 February 2026</p><p>Fair review. The inspector chapters are a slog.</p></div>
  <p><a href="/account/">Sign in to comment</a></p>
</section>
</main>
<aside class="sidebar">
  <h2>More book reviews</h2>
  <ul>
    <li><a href="#">The Long Watch by Sam Idle: a Humber crime novel with a conscience</a></li>
    <li><a href="#">Operation Cod: the forgotten trawlermen of 1976</a></li>
    <li><a href="#">Blue Lamp, Red Brick: the history of a Leeds police station</a></li>
    <li><a href="#">Sheffield After Dark: a city at night, reviewed</a></li>
  </ul>
  <div class="newsletter"><h2>The Northern Review Books newsletter</h2><p>New reviews every Friday.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</aside>
<footer class="site-footer">
  <p>The Northern Review is published by Northern Review Media Ltd, 22 Humber Street, Hull HU1 1TU. Registered in England no. 10847735.</p>
  <ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul>
  <p>&copy; 2026 Northern Review Media Ltd</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. An amateur football club's match report (HTML)

MATCH_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Match report: Pennington St Mark's 2-3 Hampshire Constabulary FC | Pennington St Mark's FC</title>
<meta name="description" content="First team match report, Hampshire Premier League Division One, Saturday 7 February 2026.">
<link rel="stylesheet" href="https://cdn.clubsites.example/themes/classic-blue/main.css">
</head>
<body class="club-site news-article">
<div class="cookie-bar"><p>This site uses cookies to improve your experience. <a href="/privacy">Read more</a></p><button>Accept</button></div>
<header class="club-header">
  <img src="/media/crest.png" alt="Pennington St Mark's FC crest" width="64" height="64">
  <p class="club-name">Pennington St Mark's FC</p>
  <p class="club-motto">The Saints &middot; Est. 1921</p>
  <nav class="club-nav">
    <ul>
      <li><a href="/">Home</a></li>
      <li class="active"><a href="/news">News</a></li>
      <li><a href="/teams">Teams</a></li>
      <li><a href="/fixtures">Fixtures &amp; Results</a></li>
      <li><a href="/sponsors">Sponsors</a></li>
      <li><a href="/clubhouse">Clubhouse hire</a></li>
      <li><a href="/shop">Shop</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<main>
<p class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; First Team</p>
<article>
<h1>Long arm of the law nicks it late at Ridgeway Lane</h1>
<p class="meta">Posted by Club Secretary &middot; Sunday 8 February 2026 &middot; First Team</p>

<div class="match-card">
  <p class="competition">Hampshire Premier League Division One</p>
  <table class="score">
    <tr><td class="home">Pennington St Mark's</td><td class="result">2 &ndash; 3</td><td class="away">Hampshire Constabulary FC</td></tr>
    <tr><td>Hatherley 23', Okoro 71'</td><td>HT 1&ndash;1</td><td>Brannigan 40', Loxley 58', Ashdown 89'</td></tr>
  </table>
  <p>Saturday 7 February 2026, 2.30pm &middot; Ridgeway Lane, Pennington, Lymington SO41 8AA &middot; Attendance: 64 &middot; Referee: K. Dunning</p>
</div>

<p>Just when we thought we'd got away with it, the boys in blue nicked it at the death. An 89th-minute header from Hampshire Constabulary's big centre-half Ashdown took all three points back up the A337 and left the Saints still looking for their first win of 2026.</p>
<p>It had started so well. On 23 minutes Jack Hatherley robbed their full-back on the halfway line, ran half the length of the pitch with nobody laying a hand on him and slotted it past the keeper, who we're reliably informed is a custody sergeant in Southampton and who let us know all about it. 1&ndash;0 Saints.</p>
<p>The visitors came back into it after that. They're a fit, well-drilled side (you'd expect nothing less) made up of officers and staff from Hampshire and Isle of Wight Constabulary, and they arrested our momentum for the rest of the half. On 40 minutes Brannigan was left completely unmarked at the back post and made no mistake. 1&ndash;1 at the break, and a few stern words in the home dressing room.</p>
<p>Five minutes after the restart our own Dan Mercer went into the book for a late one on their number 8, with the inevitable shouts from the touchline of "You're nicked!" and "Anything you say may be taken down". Their bench took it in good part. On 58 minutes Loxley put them ahead with a deflected shot that looped over Ollie Tanner in our goal, and for a while it looked like a long afternoon.</p>
<p>Credit to the lads, though, they kept going. On 71 minutes Femi Okoro, who came on at half-time, turned his marker and smashed one into the top corner from 20 yards: a proper goal, and one their keeper didn't have a word to say about. 2&ndash;2, and we had the better of the next quarter of an hour without making it count.</p>
<p>Then the sucker punch. A corner with a minute to go, Ashdown unmarked again, and that was that. Honestly, we were guilty as charged on all three goals.</p>
<p>Manager Steve Pardoe said afterwards: "We did enough to get something today, but you can't give a side like that three free headers. They're well organised, they never stop running, and they defend like they're guarding a crime scene. Fair play to them."</p>
<p>Thanks to the visitors, who stayed for a drink and a bite in the clubhouse, and to referee Kev Dunning. The half-time bucket collection for the Lymington and Pennington Defibrillator Fund raised &pound;146 &ndash; thank you all.</p>

<h2>Line-ups</h2>
<table class="lineups" border="1">
<tr><th>Pennington St Mark's</th><th>Hampshire Constabulary FC</th></tr>
<tr><td>1 Ollie Tanner</td><td>1 G. Pike</td></tr>
<tr><td>2 Ryan Cole</td><td>2 S. Mensah</td></tr>
<tr><td>3 Lewis Grant</td><td>3 T. Harwood</td></tr>
<tr><td>4 Dan Mercer (booked 50')</td><td>4 M. Ashdown</td></tr>
<tr><td>5 Alfie Burt (capt.)</td><td>5 J. Quinlan (capt.)</td></tr>
<tr><td>6 Harry Jupe</td><td>6 C. Fairweather</td></tr>
<tr><td>7 Jack Hatherley</td><td>7 D. Loxley</td></tr>
<tr><td>8 Connor Ives</td><td>8 R. Baptiste (booked 62')</td></tr>
<tr><td>9 Sam Whitlock</td><td>9 L. Brannigan</td></tr>
<tr><td>10 Kieran Day</td><td>10 P. Nowak</td></tr>
<tr><td>11 Tom Elsworth</td><td>11 A. Greenaway</td></tr>
<tr><td>Subs: 12 Femi Okoro (for Day, 46'), 14 Ben Pardoe, 15 Reece Hale (for Elsworth, 75')</td><td>Subs: 12 K. Doyle (for Nowak, 70'), 14 E. Smart</td></tr>
</table>
<p class="motm"><b>Man of the Match</b> (sponsored by Keyhaven Kitchens): Femi Okoro</p>

<h2>League table (top six)</h2>
<table class="league" border="1">
<tr><th>Pos</th><th>Team</th><th>P</th><th>W</th><th>D</th><th>L</th><th>GD</th><th>Pts</th></tr>
<tr><td>1</td><td>Fawley Dynamos</td><td>18</td><td>13</td><td>3</td><td>2</td><td>+29</td><td>42</td></tr>
<tr><td>2</td><td>Hampshire Constabulary FC</td><td>17</td><td>12</td><td>2</td><td>3</td><td>+22</td><td>38</td></tr>
<tr><td>3</td><td>Bransgore Athletic</td><td>18</td><td>10</td><td>4</td><td>4</td><td>+14</td><td>34</td></tr>
<tr><td>4</td><td>Milford Rovers</td><td>17</td><td>9</td><td>3</td><td>5</td><td>+8</td><td>30</td></tr>
<tr><td>5</td><td>Totton Town Reserves</td><td>18</td><td>8</td><td>4</td><td>6</td><td>+5</td><td>28</td></tr>
<tr><td>6</td><td>Pennington St Mark's</td><td>18</td><td>7</td><td>4</td><td>7</td><td>+1</td><td>25</td></tr>
</table>

<div class="next-fixture">
  <h2>Next up</h2>
  <p>Saturday 14 February 2026, 2.30pm: Milford Rovers v Pennington St Mark's, Milford Recreation Ground. Club minibus leaves Ridgeway Lane at 1.15pm.</p>
</div>
</article>

<section class="comments">
  <h2>Comments (2)</h2>
  <div class="comment"><p class="who">Gaz W</p><p>Robbed in broad daylight. Should've called the police. Oh wait.</p></div>
  <div class="comment"><p class="who">Pennington St Mark's FC</p><p>&#128514; Very good Gaz. See you at Milford.</p></div>
</section>
</main>
<aside class="sponsors-strip">
  <p>Our sponsors: Keyhaven Kitchens &middot; The Chequers, Lymington &middot; Solent Scaffolding &middot; Pennington Pharmacy</p>
</aside>
<footer class="club-footer">
  <p>Pennington St Mark's FC, Ridgeway Lane, Pennington, Lymington SO41 8AA &middot; Club secretary: 07700 900 582</p>
  <p>Affiliated to the Hampshire FA &middot; FA Charter Standard Club</p>
  <p>Website powered by ClubSites &middot; <a href="/privacy">Privacy</a> &middot; <a href="/safeguarding">Safeguarding</a></p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A hackathon project story saved as Markdown

HACK_MD = """# Safer Steps

*Walk home the bright way: the best-lit, busiest routes home from Dundee's waterfront, mapped with the people who walk them.*

**Submitted to:** [Tay Civic Hack 2026](https://taycivichack.devpost.example.com) \u00b7 Challenge 3: Safer streets after dark
**Created by:** Aisha Rahman, Callum Doig, Mei Lin Zhao, Fraser Petrie
**Winner:** Best Use of Open Data

\u2764 41 likes \u00b7 \U0001f4ac 6 comments

---

## Inspiration

Two of us work evening shifts at the waterfront and walk home to halls on Perth Road after midnight. We have both had the moment of choosing between the short dark way and the long lit way, and not really knowing which was which. When we started asking around, we found out that two groups in Dundee had already done a lot of the hard work.

Operation Harbourlight was run by Police Scotland's Dundee community officers with Dundee City Council's street lighting team over the winter of 2024/25. Officers walked the routes from the waterfront and the city centre to the student areas at night with students and night workers, logged every dark spot, broken light and overgrown path they came across (63 of them), and passed them to the council, which had fixed or added 41 lights by March 2025. The officers told us that reports from people who felt they were being followed on those routes went down over the winter.

Home Together is run by Safe Strides Tayside, a small charity: trained volunteers meet people at the students' union and in the city centre on Thursday, Friday and Saturday nights and walk them home in pairs. Since it started in 2023 its volunteers have walked more than 1,900 people home, and it now has 60 volunteers.

Both of these live in people's heads and on spreadsheets. We wanted to put them on a map.

## What it does

Safer Steps is a web app that plans a walking route home at night using how well lit and how busy each street is, not just how short it is. We built it during the 36 hours of the hack and tested it on the Saturday night with 14 students walking from the waterfront to three halls of residence: the routes it chose were on average 4 minutes longer than the shortest route but passed 2.5 times as many working street lights, and 11 of the 14 said they would use it. It also shows where Home Together volunteers meet, and lets you report a broken light straight to the council's fault form.

## How we built it

- Python and Flask for the back end, with a routing engine running on OpenStreetMap data for Dundee
- The council's open data on street lighting columns, joined to the streets they light
- Footfall estimated from bus stop, shop and bar opening hours (we did not use any crime data, on purpose)
- Leaflet for the map, and a very tired front end

## Challenges we ran into

The street lighting data has no field for whether a light actually works, so we had to treat the fault reports as a rough proxy. OpenStreetMap has a lot of paths in Dundee that are technically walkable but are really just a gap in a fence.

## Accomplishments that we're proud of

Getting 14 people to walk home with us at 1am on a Saturday in February to test it.

## What we learned

That "safe" means different things to different people, and that a route app should tell you why it chose a route instead of just drawing a line.

## What's next for Safer Steps

We would love to talk to the council about live fault data, and to Safe Strides Tayside about whether the app could help their volunteers. We are not planning to turn it into a company.

## Built With

`python` `flask` `openstreetmap` `leaflet` `postgis` `dundee-open-data`

## Try it out

- [GitHub repo](https://github.com/example-tay/safer-steps)
- [Demo video](https://video.example.com/safer-steps-demo)

---

### Updates

**Judges' comment (Dundee Digital Commons):** A thoughtful, well-tested prototype that used open data responsibly and talked to the people it is meant for. Winner of Best Use of Open Data.

**Mei Lin Zhao:** Thank you to everyone who walked with us on Saturday, and to the organisers for the pizza at 3am.
"""


# ================================================================== 11. A sixth former's UCAS personal statement draft (plain text)

UCAS_TXT = """PERSONAL STATEMENT - DRAFT 4
UCAS Undergraduate 2027 entry
==========================================================================
Student:      Megan Pryce (13PR)
Centre:       Llantarnam Sixth Form Centre, Cwmbran
Choices:      Criminology (BSc/BA) at five universities
Saved:        21 September 2026, 16:42
Characters:   2,966 of 4,000 used (each answer must be at least 350)
Status:       Draft - shared with tutor for comments
==========================================================================

1. Why do you want to study this course or subject?
(741 characters)

I want to study criminology because I want to understand why the same few streets in my town keep appearing in the news, and what actually makes them safer. Growing up in Cwmbran, I saw my older cousin get drawn into trouble at fifteen and out of it again at seventeen, and I have never stopped wondering which of the things that happened to him in between made the difference. Criminology seems to be the subject that asks that question seriously, using evidence rather than opinion. I am especially interested in how police forces, councils and charities work together on local problems, and in how anyone can tell whether what they did worked. I would like to go on to work in community safety or research, and a degree is the first step.

2. How have your qualifications and studies helped you prepare for this course or subject?
(777 characters)

A level Sociology introduced me to theories of crime and deviance, and I enjoyed testing them against real cases: my coursework compared labelling theory with routine activity theory as explanations of anti-social behaviour in town centres. Psychology has taught me research methods and why a sample of twelve people does not prove anything, which I now notice in almost every news story about crime. In my Extended Project I asked whether knife crime education in schools changes young people's attitudes, and I designed a short survey of Year 10 pupils with my teacher's help; the results were mixed, which taught me more than a neat answer would have. English Language has made me a more careful writer, and Welsh Baccalaureate gave me practice in presenting to an audience.

3. What else have you done to prepare outside of education, and why are these experiences useful?
(1,448 characters)

In July I spent a week's work experience with Gwent Police in Cwmbran, where the neighbourhood team was running its summer operation.

Operation Heron is Gwent Police's summer operation against anti-social behaviour and knife crime around Cwmbran town centre and the boating lake, run with Torfaen County Borough Council's youth service. I went on foot patrols with PCSOs, watched officers and youth workers talk to groups of teenagers at the lake, and sat in on the weekly meeting where they compared incident figures. By the end of August reports of anti-social behaviour in the area were down 22% on the previous summer, and the youth workers had talked to about 140 young people. What struck me most was how much of the work was conversation, not enforcement.

Since Year 11 I have volunteered as a mentor. Step Up Mentors is run by Torfaen Youth Futures, a local charity, and pairs sixth formers with Year 7 and 8 pupils who are at risk of being excluded; we meet them once a week for a term, in school, to talk and help with organisation and homework. Last year 30 pupils were mentored and 26 of them had no further exclusions that year. My mentee is now in Year 9 and doing well, and mentoring has taught me to listen more than I talk.

I also work weekend shifts at a supermarket, which has shown me how shop theft affects staff, and I read widely, most recently a memoir by a retired officer and a book on the history of policing in Wales.

==========================================================================
TUTOR COMMENTS (not part of the statement - delete before sending)
--------------------------------------------------------------------------
Mr G. Lloyd, Head of Sixth Form, 22 September 2026

- Much better than draft 3. You still have over 1,000 characters left;
  use some of them in answer 2 to say what you want to find out at
  university, not just what you have done.
- Answer 3: the work experience paragraph is strong, but make it clear
  that the figures are the force's and the council's, not yours ("the
  team told me that..."). Admissions tutors notice.
- Answer 3: say what YOU did as a mentor, not just what the charity does.
- Cut "most recently a memoir by a retired officer" unless you name it
  and say what you learned from it.
- Check the spelling of Torfaen Youth Futures against their website.

Next steps: draft 5 to me by Friday 2 October. Internal deadline for
completed applications: Friday 27 November 2026, well before the UCAS
deadline in January. Your reference is being written by Mrs A. Jones.
==========================================================================
"""


TEXT_DOCUMENTS = {
    "ferrier-inns-plc-preliminary-results-2026-rns-3927k.html": RNS_HTML,
    "northern-review-nights-on-hessle-road-carol-ashworth-book-review.html": REVIEW_HTML,
    "pennington-st-marks-fc-match-report-v-hampshire-constabulary-fc.html": MATCH_HTML,
    "tay-civic-hack-2026-safer-steps-project-story.md": HACK_MD,
    "ucas-personal-statement-criminology-draft-4-2027-entry.txt": UCAS_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    premises_licence(out)
    cookbook(out)
    service_charge_budget(out)
    christmas_letter(out)
    tender_response(out)
    safety_survey(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
