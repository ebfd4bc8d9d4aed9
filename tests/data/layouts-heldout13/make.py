"""Write the binary documents of the thirteenth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout13/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a select committee
report chapter, a retailer's responsible business report section, a police and crime commissioner
by-election's candidate statements booklet, a youth justice plan extract, a force's data protection
impact assessment public summary and a force schools team's lesson plan. The HTML, Markdown and
plain-text documents beside this script are written by hand; manifest.json lists every document's
intended initiatives.

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
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

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


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888"):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)),
                               ("BACKGROUND", (0, 0), (-1, 0), head_fill),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


# ------------------ 1. A select committee report chapter (PDF, numbered paragraphs, boxes, notes)

HC_GREEN = colors.HexColor("#006548")
HC_BODY = ParagraphStyle("hcbody", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=7,
                         leftIndent=26, firstLineIndent=-26)
HC_PLAIN = ParagraphStyle("hcplain", parent=HC_BODY, leftIndent=0, firstLineIndent=0)
HC_CONC = ParagraphStyle("hcconc", parent=HC_BODY, fontName="Times-BoldItalic")
HC_CHAPTER = ParagraphStyle("hcchap", parent=HC_PLAIN, fontName="Helvetica-Bold", fontSize=19, leading=24,
                            textColor=HC_GREEN, spaceAfter=12)
HC_H = ParagraphStyle("hch", parent=HC_PLAIN, fontName="Helvetica-Bold", fontSize=12, leading=15,
                      textColor=HC_GREEN, spaceBefore=6, spaceAfter=5, keepWithNext=1)
HC_BOXT = ParagraphStyle("hcboxt", parent=HC_PLAIN, fontName="Helvetica", fontSize=9.5, leading=12.5,
                         spaceAfter=4)
HC_BOXH = ParagraphStyle("hcboxh", parent=HC_BOXT, fontName="Helvetica-Bold", fontSize=10)
HC_NOTE = ParagraphStyle("hcnote", parent=HC_PLAIN, fontSize=8.5, leading=10.5, spaceAfter=2,
                         leftIndent=18, firstLineIndent=-18)


def _hc_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Times-Italic", 9)
    canvas.setFillColor(colors.HexColor("#333333"))
    number = doc.page + 26
    if number % 2:
        canvas.drawRightString(width - 62, height - 40, "Policing in rural and coastal communities")
        canvas.drawRightString(width - 62, 34, str(number))
    else:
        canvas.drawString(62, height - 40, "Policing in rural and coastal communities")
        canvas.drawString(62, 34, str(number))
    canvas.restoreState()


def home_affairs_committee_chapter(out: Path) -> None:
    """A select committee report chapter (two pages): running header with the report title on
    alternate sides, page numbers from 27; numbered paragraphs with note calls, sub-headings, boxed
    examples from written evidence (a force with a county council's mobile libraries), a force's
    own account of its control room change given in evidence, a force with a district council's
    village contacts, a force's stated plans (future), conclusions and recommendations in bold
    italics, and the chapter's notes (question numbers and written evidence references)."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "home-affairs-committee-rural-coastal-policing-report-chapter-4.pdf"),
                          pagesize=A4, leftMargin=62, rightMargin=62, topMargin=58, bottomMargin=56,
                          title="Policing in rural and coastal communities: chapter 4",
                          author="House of Commons Home Affairs Committee", invariant=1)
    doc.addPageTemplates([PageTemplate("main", frames=[Frame(62, 56, width - 124, height - 114)],
                                       onPage=_hc_page)])
    p = lambda text, style=HC_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda num, text, style=HC_BODY: Paragraph(f"{num}&nbsp;&nbsp;&nbsp;{text}", style)  # noqa: E731
    full = width - 124 - 12
    box = _box([p("Box 3: Police surgeries on the mobile library, Norfolk", HC_BOXH),
                p("Since October 2023 Norfolk Constabulary's Safer Neighbourhood Teams have held police "
                  "surgeries on Norfolk County Council's mobile libraries, which stop in 420 villages "
                  "on a four-weekly timetable. A PCSO or officer joins one route each week, takes reports, "
                  "gives crime prevention advice and hands out property marking kits, and the library "
                  "staff book follow-up visits for people who cannot get to a station. In the first 18 "
                  "months officers had 2,640 conversations on the vans and took 186 crime reports, and "
                  "61% of the people who used a surgery said it was their first contact with the police "
                  "that year.", HC_BOXT),
                p("Source: Written evidence from Norfolk Constabulary (RCP0041)", HC_BOXT)],
               full, colors.HexColor("#e6f0ec"), HC_GREEN)
    story = [
        p("4&nbsp;&nbsp;Visible and accessible neighbourhood policing", HC_CHAPTER),
        n(58, "Almost every rural and coastal community that wrote to us made the same point: people "
              "rarely see a police officer, and they do not know how to reach their local team. A survey "
              "of 3,106 residents of rural and coastal wards by the Rural Policing Forum found that 68% had "
              "not seen an officer in their village or town in the previous year.<super>118</super> In this "
              "chapter we look at police stations and front counters, at getting through to the police "
              "by phone, and at working with other local services."),
        p("Police stations and front counters", HC_H),
        n(59, "The forces that gave us evidence had between them closed more than half of their front "
              "counters since 2010, and in some coastal towns the nearest one is now more than 30 miles "
              "away.<super>119</super> Witnesses did not ask for every station to reopen. The Chief "
              "Constable of Lincolnshire Police told us that \"a counter nobody visits is not "
              "visibility\".<super>120</super>"),
        n(60, "Several forces have found other ways to be present. Norfolk Constabulary described its "
              "surgeries on the county's mobile libraries (Box 3), and other forces described "
              "officers holding drop-ins in village halls, shops and GP surgeries.<super>121</super>"),
        box,
        Spacer(1, 9),
        p("Getting through to the police", HC_H),
        n(61, "Residents' frustration with the 101 non-emergency number was the single most common theme "
              "in written evidence. Rural callers are more likely to give up: one force told us its rural "
              "abandonment rate was nearly double its urban one.<super>122</super>"),
        n(62, "Lincolnshire Police told us that in April 2024 its control room introduced a rural "
              "call-back promise: callers from rural postcodes who report a non-emergency crime are "
              "called back within 24 hours by a named officer from their local team, rather than "
              "waiting for an appointment. The force said that 94% of call-backs were made on time, and "
              "that the share of rural callers who abandoned a 101 call fell from 22% to 9% in the "
              "first year.<super>123</super>"),
        n(63, "The National Police Chiefs' Council told us it is reviewing national standards for "
              "non-emergency contact and expects to publish them in 2026.<super>124</super>"),
        p("Working with other services", HC_H),
        n(64, "In many rural areas the fire and rescue station, the GP surgery or the parish council is "
              "more visible than the police. Several forces now share buildings with fire and rescue "
              "services, which we welcome.<super>125</super>"),
        n(65, "In the Forest of Dean, Gloucestershire Constabulary and Forest of Dean District Council "
              "recruited and trained 38 village contacts (parish clerks, shopkeepers and publicans) who "
              "pass community concerns to the neighbourhood team and share its crime prevention "
              "messages. In 2024 they passed on 312 pieces of information, and burglary in the district's "
              "villages fell by 17% against 2023.<super>126</super>"),
        n(66, "Devon and Cornwall Police told us it intends to open shared police and fire hubs in four "
              "more coastal towns by 2027, subject to funding.<super>127</super>"),
        p("Our conclusions", HC_H),
        n(67, "Visibility matters to rural and coastal residents not as an end in itself but because it "
              "gives them confidence that someone will come when they need help.", HC_BODY),
        n(68, "We recommend that the Home Office, with the National Police Chiefs' Council, set a "
              "minimum standard for how rural and coastal residents can contact their neighbourhood "
              "team in person, and report on progress against it in its response to this report.",
          HC_CONC),
        n(69, "Forces should publish, for each neighbourhood, how residents can meet their local "
              "officers and how quickly non-emergency calls from that area are answered.", HC_CONC),
        Spacer(1, 8),
        p("Notes", HC_H),
        p("118&nbsp;&nbsp;Rural Policing Forum (RCP0012), para 4", HC_NOTE),
        p("119&nbsp;&nbsp;Written evidence from the Police Superintendents' Association (RCP0058)", HC_NOTE),
        p("120&nbsp;&nbsp;Q84 [Chief Constable, Lincolnshire Police]", HC_NOTE),
        p("121&nbsp;&nbsp;Norfolk Constabulary (RCP0041); Dyfed-Powys Police (RCP0063)", HC_NOTE),
        p("122&nbsp;&nbsp;Q97 [Assistant Chief Constable, Devon and Cornwall Police]", HC_NOTE),
        p("123&nbsp;&nbsp;Lincolnshire Police (RCP0077), paras 12 to 15", HC_NOTE),
        p("124&nbsp;&nbsp;National Police Chiefs' Council (RCP0090)", HC_NOTE),
        p("125&nbsp;&nbsp;Q131 to Q133", HC_NOTE),
        p("126&nbsp;&nbsp;Gloucestershire Constabulary (RCP0035)", HC_NOTE),
        p("127&nbsp;&nbsp;Devon and Cornwall Police (RCP0052), para 21", HC_NOTE),
    ]
    doc.build(story)


# ------------------ 2. A retailer's responsible business report section (PDF, KPI sidebar)

RB_PLUM = colors.HexColor("#5b1f4f")
RB_BODY = ParagraphStyle("rbbody", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
RB_H = ParagraphStyle("rbh", parent=RB_BODY, fontName="Helvetica-Bold", fontSize=13, leading=16,
                      textColor=RB_PLUM, spaceBefore=6, spaceAfter=4, keepWithNext=1)
RB_H3 = ParagraphStyle("rbh3", parent=RB_BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                       spaceAfter=3, keepWithNext=1)
RB_TITLE = ParagraphStyle("rbtitle", parent=RB_BODY, fontName="Helvetica-Bold", fontSize=26, leading=30,
                          textColor=RB_PLUM, spaceAfter=6)
RB_STAND = ParagraphStyle("rbstand", parent=RB_BODY, fontSize=12, leading=16, textColor=colors.HexColor("#444444"))
RB_KPI_N = ParagraphStyle("rbkpin", parent=RB_BODY, fontName="Helvetica-Bold", fontSize=17, leading=20,
                          textColor=colors.white, spaceAfter=1)
RB_KPI_T = ParagraphStyle("rbkpit", parent=RB_BODY, fontSize=8, leading=10, textColor=colors.white, spaceAfter=8)
RB_QUOTE = ParagraphStyle("rbquote", parent=RB_BODY, fontName="Helvetica-Oblique", fontSize=12, leading=16,
                          textColor=RB_PLUM, spaceAfter=3)
RB_SMALL = ParagraphStyle("rbsmall", parent=RB_BODY, fontSize=7.5, leading=9.5, spaceAfter=3,
                          textColor=colors.HexColor("#555555"))


def _rb_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(40, height - 28, "Hollings Foodstores plc  |  Responsible Business Report 2024/25")
    tabs = ["Planet", "People", "Communities", "Governance"]
    x = width - 40
    for tab in reversed(tabs):
        w = canvas.stringWidth(tab, "Helvetica-Bold", 7.5) + 14
        x -= w
        if tab == "Communities":
            canvas.setFillColor(RB_PLUM)
            canvas.rect(x, height - 33, w - 4, 14, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
        else:
            canvas.setFillColor(colors.HexColor("#777777"))
        canvas.setFont("Helvetica-Bold", 7.5)
        canvas.drawString(x + 5, height - 28, tab)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(40, 22, "Hollings Foodstores plc")
    canvas.drawRightString(width - 40, 22, str(doc.page + 21))
    if doc.page == 1:
        canvas.setFillColor(RB_PLUM)
        canvas.rect(40, 40, 150, height - 200, stroke=0, fill=1)
    canvas.restoreState()


def hollings_responsible_business_section(out: Path) -> None:
    """A supermarket chain's responsible business report, 'Safe stores, safer communities' section
    (one page): running header with the report name and section tabs, footer with page numbers from
    22; a coloured KPI sidebar (company figures, not work), 'why it matters' (national context),
    'what we did' with two pieces of work with results (the retailer with a force's two districts;
    the retailer with a charity, no force), a colleague's pull quote, national commitments (not
    work), looking ahead (future), basis of reporting small print with store count and company
    number."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "hollings-foodstores-responsible-business-report-2024-25-safe-stores.pdf"),
                          pagesize=A4, leftMargin=40, rightMargin=40, topMargin=48, bottomMargin=40,
                          title="Responsible Business Report 2024/25: Safe stores, safer communities",
                          author="Hollings Foodstores plc", invariant=1)
    side = Frame(48, 48, 134, height - 216, id="side")
    title = Frame(40, height - 160, width - 80, 112, id="title")
    main1 = Frame(206, 40, width - 246, height - 200, id="main1")
    main = Frame(40, 40, width - 80, height - 88, id="main")
    doc.addPageTemplates([PageTemplate("first", frames=[title, side, main1], onPage=_rb_page),
                          PageTemplate("later", frames=[main], onPage=_rb_page)])
    p = lambda text, style=RB_BODY: Paragraph(text, style)  # noqa: E731
    story = [
        NextPageTemplate("later"),
        p("Safe stores, safer communities", RB_TITLE),
        p("Our colleagues have the right to go to work without fear. This year we invested more than "
          "ever in keeping them, and our customers, safe.", RB_STAND),
        FrameBreak(),
        p("2024/25 at a glance", ParagraphStyle("rbside", parent=RB_KPI_T, fontName="Helvetica-Bold",
                                                 fontSize=10, leading=13)),
        p("4,812", RB_KPI_N), p("incidents of violence or abuse against colleagues (2023/24: 5,390)", RB_KPI_T),
        p("3,200", RB_KPI_N), p("colleagues now wearing body-worn cameras", RB_KPI_T),
        p("148", RB_KPI_N), p("stores with a dedicated security officer", RB_KPI_T),
        p("£9.6m", RB_KPI_N), p("invested in store security", RB_KPI_T),
        FrameBreak(),
        p("Why it matters", RB_H),
        p("Shop theft recorded by the police in England and Wales has risen sharply since 2022, and "
          "retail workers tell us that abuse often starts when they challenge a thief. Every incident "
          "is logged on our SafeStore system, and colleagues who are hurt or threatened get support "
          "from our Employee Assistance Programme on 0800 068 4471."),
        p("What we did in 2024/25", RB_H),
        p("Working with the police in Greater Manchester", RB_H3),
        p("We joined Greater Manchester Police's Salford and Bolton districts in a year-long pilot "
          "called Shop Safe Partnership. Each of our 26 stores in the two districts was given a named "
          "neighbourhood officer who visits every month; our store security teams share CCTV "
          "of repeat offenders with the force within 24 hours through a secure upload link, and "
          "officers prioritise the people who steal most often. Over the year the pilot led to "
          "212 arrests, and theft losses at the 26 stores fell by 19% while they rose across "
          "the rest of the estate."),
        p("Calm Words training", RB_H3),
        p("With the charity Safer Shopfloors we designed Calm Words, a half-day de-escalation "
          "course for store colleagues, and trained 6,400 colleagues across 190 stores. In "
          "stores where most colleagues had been trained, the share of abusive incidents that "
          "became violent fell from 14% to 8%, and 87% of colleagues said they felt more "
          "confident handling a confrontation."),
        _box([p("\"I used to freeze when someone started shouting. Now I know what to say, and I know "
                "the police will actually come.\"", RB_QUOTE),
              p("Dionne, customer assistant, Eccles", RB_BODY)],
             width - 246 - 12, colors.HexColor("#f3e9f1"), RB_PLUM),
        Spacer(1, 8),
        p("Our commitments", RB_H),
        p("We support the national Retail Crime Action Plan and its commitment that police attend "
          "where a suspect is detained by store staff. We have also signed the Usual Suspects pledge "
          "to report every theft, however small."),
        p("Looking ahead", RB_H),
        p("In 2025/26 we will extend the Shop Safe Partnership model to our stores in West Yorkshire, "
          "subject to agreement with the force, and offer Calm Words to every new store manager."),
        p("Basis of reporting", RB_H3),
        p("Figures cover the year to 1 March 2025 and our 412 stores in England and Wales. Incident "
          "figures come from SafeStore and include incidents not reported to the police. Loss figures "
          "are at cost. Hollings Foodstores plc, registered in England and Wales, company number "
          "00412873. Registered office: Hollings House, Aire Street, Leeds LS1 4PR.", RB_SMALL),
    ]
    doc.build(story)


# ------------------ 3. A PCC by-election's candidate statements booklet (PDF, no initiatives)

EL_BLUE = colors.HexColor("#1d3f73")
EL_BODY = ParagraphStyle("elbody", fontName="Helvetica", fontSize=9.5, leading=12.8, spaceAfter=5)
EL_H = ParagraphStyle("elh", parent=EL_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15.5,
                      textColor=EL_BLUE, spaceBefore=6, spaceAfter=4, keepWithNext=1)
EL_TITLE = ParagraphStyle("eltitle", parent=EL_BODY, fontName="Helvetica-Bold", fontSize=22, leading=27,
                          textColor=EL_BLUE, spaceAfter=6)
EL_NAME = ParagraphStyle("elname", parent=EL_BODY, fontName="Helvetica-Bold", fontSize=14, leading=17,
                         spaceAfter=1)
EL_PARTY = ParagraphStyle("elparty", parent=EL_BODY, fontName="Helvetica-Oblique", fontSize=10, leading=13,
                          textColor=colors.HexColor("#444444"), spaceAfter=5)
EL_IMPRINT = ParagraphStyle("elimp", parent=EL_BODY, fontSize=7.5, leading=9.5, spaceAfter=0,
                            textColor=colors.HexColor("#555555"))


def _el_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(EL_BLUE)
    canvas.rect(0, height - 26, width, 26, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(44, height - 17, "Warwickshire Police Area")
    canvas.drawRightString(width - 44, height - 17, "Police and Crime Commissioner by-election, 12 March 2026")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(44, 22, "The content of each statement is the responsibility of the candidate.")
    canvas.drawRightString(width - 44, 22, f"Page {doc.page}")
    canvas.restoreState()


def warwickshire_pcc_candidate_statements(out: Path) -> None:
    """A police and crime commissioner by-election's candidate statements booklet (two pages):
    running band with the police area and polling day, footer disclaimer and page numbers; a cover
    panel with what a commissioner does, how to vote (polling hours, postal and proxy deadlines,
    photo ID), then four candidates' boxed statements in ballot order (names, descriptions,
    biographies and promises, all future; one names a scheme that sounds like a project), each
    with a promoter's imprint; the returning officer's address. No initiatives."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "warwickshire-pcc-by-election-2026-candidate-statements.pdf"),
                          pagesize=A4, leftMargin=44, rightMargin=44, topMargin=44, bottomMargin=40,
                          title="Police and Crime Commissioner by-election 2026: candidate statements",
                          author="Police Area Returning Officer for Warwickshire", invariant=1)
    doc.addPageTemplates([PageTemplate("main", frames=[Frame(44, 40, width - 88, height - 84)],
                                       onPage=_el_page)])
    p = lambda text, style=EL_BODY: Paragraph(text, style)  # noqa: E731
    full = width - 88 - 12

    def candidate(name, party, paragraphs, imprint):
        inner = [p(name, EL_NAME), p(party, EL_PARTY)] + [p(t) for t in paragraphs] + [p(imprint, EL_IMPRINT)]
        return KeepTogether([_box(inner, full, colors.white, EL_BLUE, pad=10), Spacer(1, 10)])

    how = _box([p("<b>How to vote</b>"),
                p("Polling stations are open from 7am to 10pm on Thursday 12 March 2026. Your poll card "
                  "tells you where to go. You need to show photo ID."),
                p("You have one vote. Put a cross (X) next to the candidate you want to elect. The "
                  "candidate with the most votes wins."),
                p("To vote by post, apply by 5pm on Tuesday 24 February 2026. To vote by proxy, apply by "
                  "5pm on Wednesday 4 March 2026.")],
               full, colors.HexColor("#e8eef7"), EL_BLUE)
    story = [
        p("Your Police and Crime Commissioner", EL_TITLE),
        p("Candidate statements for the by-election in the Warwickshire police area", EL_H),
        p("The Police and Crime Commissioner is elected to hold the Chief Constable to account, set the "
          "police and crime plan and the police budget, and commission services for victims. The "
          "commissioner does not run the police day to day. This by-election has been called because "
          "the office became vacant in December 2025; the person elected will serve until May 2028."),
        p("Each candidate could submit a statement of up to 250 words. Statements appear in the order of "
          "the ballot paper and have not been checked or edited by the Returning Officer."),
        how,
        Spacer(1, 10),
        p("The candidates", EL_H),
        candidate("ADEYEMI, Grace Olufunke", "Warwickshire First",
                  ["I have lived in Nuneaton for 31 years and run a family pharmacy on Queens Road. I see "
                   "every week what shop theft and abuse do to small businesses.",
                   "If elected I will set up a Shopkeepers' Hotline answered by staff who know the town "
                   "centres, and I will ask the Chief Constable for a named officer for every high "
                   "street. I will publish 101 answering times every month, so you can judge whether "
                   "things are getting better.",
                   "I am not a politician. I want to be your voice, not the police's voice."],
                  "Promoted by T. Adeyemi on behalf of Grace Adeyemi, both of 14 Manor Court Road, "
                  "Nuneaton CV11 5HX."),
        candidate("BRANSTON, Keith Edward", "Independent",
                  ["I served for 28 years as a police officer in Warwickshire and the West Midlands, "
                   "finishing as an inspector in Rugby.",
                   "Rural communities tell me they have been forgotten. I will create a Rural Crime "
                   "Taskforce with its own vehicles and drones, restore a police presence in Shipston "
                   "and Southam, and back farmers who report hare coursing and machinery theft.",
                   "Experience matters. I know how the police work, and I know where money is wasted."],
                  "Promoted by K. Branston, Independent, of Glebe Farm, Long Compton CV36 5JW."),
        candidate("KOWALCZYK, Anna Maria", "Community Voice Party",
                  ["As a youth worker in Leamington and Warwick for 15 years I have seen young people "
                   "drawn into exploitation because there is nothing else for them.",
                   "I will double the commissioner's funding for youth services, open a Safe Walk Home "
                   "service for people leaving Leamington's bars and clubs, and make sure every victim "
                   "of domestic abuse gets a call back within a day. Policing works best when "
                   "communities trust it."],
                  "Promoted by J. Patel on behalf of Anna Kowalczyk, both of Unit 3, Althorpe "
                  "Enterprise Hub, Leamington Spa CV31 1PT."),
        candidate("WHITFIELD, Jonathan Peter", "Independent",
                  ["I was a magistrate in Coventry and Warwickshire for 14 years and chaired a charity "
                   "for victims of crime.",
                   "Victims must come first. I will commission an independent review of how victims are "
                   "kept informed, put a victims' champion in every court, and give the public a vote "
                   "on the police budget each year.",
                   "I will hold the Chief Constable to account in public, with every meeting filmed."],
                  "Promoted by J. Whitfield, Independent, of 2 Mill Lane, Kenilworth CV8 1LB."),
        p("Published by the Police Area Returning Officer, Shire Hall, Market Square, Warwick CV34 4RL. "
          "Enquiries: 01926 410 773 or elections@warwickshire-pcc-election.org.uk. This booklet is "
          "available in large print, easy read and audio on request."),
    ]
    doc.build(story)


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


def _header_footer(document, header_text: str, footer_text: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   Page "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9", label_col=False):
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
            if (r == 0 and not label_col) or (label_col and c == 0):
                run.bold = True
                _shade(cell, header_fill)
    return table


def _bullets(document, items):
    for item in items:
        document.add_paragraph(item, style="List Bullet")


# ------------------ 4. A youth justice plan extract (Word, numbered heading styles, tables)

def medway_youth_justice_plan_extract(out: Path) -> None:
    """A youth justice service's annual youth justice plan, sections 6 to 10 (Word, heading styles
    with numbered headings): header with the partnership and plan year, OFFICIAL footer; extract
    note with the statutory basis, governance (board membership table), resources (budget table),
    performance indicators table (context), 'What we did in 2024/25' with three pieces of work with
    results (the service with the force's district on diversion; a community health provider's
    therapist in the service, no force; the service with a fire service and a youth charity), risks,
    priorities for 2025/26 (future), sign-off."""
    import docx

    document = docx.Document()
    _header_footer(document, "Medway Youth Justice Partnership | Youth Justice Plan 2025/26",
                   "OFFICIAL")
    document.add_heading("Medway Youth Justice Plan 2025/26", level=0)
    document.add_paragraph("Extract: sections 6 to 10. The full plan, including the service's structure "
                           "chart and the national standards self-assessment, is available from Medway "
                           "Council.")
    document.add_paragraph("Youth justice partnerships must publish a plan every year under section 40 of "
                           "the Crime and Disorder Act 1998, following the Youth Justice Board's guidance.")
    document.add_heading("6. Governance, leadership and partnership arrangements", level=1)
    document.add_paragraph("The Medway Youth Justice Partnership Board oversees the service. It met five "
                           "times in 2024/25 and is chaired by the Director of Children's Services.")
    _grid(document, [["Member", "Organisation"],
                     ["Director of Children's Services (Chair)", "Medway Council"],
                     ["Superintendent, Medway District", "Kent Police"],
                     ["Head of Service, Medway Probation Delivery Unit", "Probation Service"],
                     ["Designated Nurse, Safeguarding Children", "NHS Kent and Medway"],
                     ["Head of Inclusion", "Medway Council Education"],
                     ["Head of Youth Justice", "Medway Youth Justice Service"]], header_fill="DCE6F1")
    document.add_heading("7. Resources and services", level=1)
    document.add_paragraph("The partnership's budget for 2025/26 is set out below. Staffing contributions "
                           "are shown at cost.")
    _grid(document, [["Partner", "Cash (£)", "Staff or in kind (£)"],
                     ["Medway Council", "1,206,400", "84,000"],
                     ["Youth Justice Board grant", "612,900", "0"],
                     ["Kent Police", "48,000", "96,500"],
                     ["Probation Service", "5,000", "61,200"],
                     ["NHS Kent and Medway", "22,000", "58,000"]], header_fill="DCE6F1")
    document.add_heading("8. Performance over the past year", level=1)
    document.add_heading("8.1 Key performance indicators", level=2)
    _grid(document, [["Indicator", "2024/25", "2023/24", "England"],
                     ["First-time entrants per 100,000 aged 10 to 17", "162", "214", "151"],
                     ["Proven reoffending rate", "31.2%", "35.8%", "32.4%"],
                     ["Custodial sentences per 1,000 aged 10 to 17", "0.08", "0.11", "0.09"],
                     ["Children in suitable education at end of order", "71%", "66%", "69%"]],
          header_fill="DCE6F1")
    document.add_paragraph("Reoffending figures are for the cohort of children cautioned or sentenced "
                           "between January and December 2023, tracked for 12 months.")
    document.add_heading("8.2 What we did in 2024/25", level=2)
    document.add_heading("Choices Panel", level=3)
    document.add_paragraph("With Kent Police's Medway district, we set up the Choices Panel in June 2024. "
                           "Every week a police sergeant and a youth justice practitioner meet to decide, "
                           "together, the outcome for each child aged 10 to 17 who has admitted a "
                           "low-level offence, with diversion as the first option. In its first year the "
                           "panel considered 214 children and diverted 168 of them to support instead "
                           "of a caution or charge; 87% of the diverted children had not reoffended after "
                           "12 months. This is the main reason first-time entrants fell by 24%.")
    document.add_heading("Speech, language and communication", level=3)
    document.add_paragraph("Medway Community Healthcare placed a speech and language therapist in the "
                           "service two days a week from September 2024. She screened 142 children and "
                           "found unmet communication needs in 61% of them, most never identified at "
                           "school. Each of those children now has a one-page communication passport "
                           "that goes with them to court, and practitioners rewrote 40 standard letters "
                           "in plain language.")
    document.add_heading("Summer Streets", level=3)
    document.add_paragraph("In the August school holidays we ran Summer Streets with Kent Fire and Rescue "
                           "Service and the youth charity Riverside Youth Medway: detached youth work on "
                           "four evenings a week in Chatham and Gillingham town centres, with fire "
                           "safety sessions and a mobile games van. Youth workers engaged 312 young "
                           "people, and 26 of them were referred on for mentoring or education support.")
    document.add_heading("9. Risks to delivery", level=1)
    _bullets(document, ["The Youth Justice Board grant for 2026/27 has not yet been confirmed.",
                        "Two practitioner posts are vacant and agency cover is costly.",
                        "Waiting times for child and adolescent mental health assessments remain long."])
    document.add_heading("10. Priorities for 2025/26", level=1)
    _bullets(document, ["Extend the Choices Panel to children who come to notice for possession of a "
                        "bladed article, with a knife crime education session.",
                        "Reduce the number of children remanded to custody overnight.",
                        "Make sure every child leaving an order has an education, training or "
                        "employment place."])
    document.add_paragraph("Signed on behalf of the Medway Youth Justice Partnership Board by Hannah "
                           "Okafor, Director of Children's Services, 24 June 2025.")
    _save_docx(document, out / "medway-youth-justice-plan-2025-26-extract.docx",
               "Medway Youth Justice Plan 2025/26 (extract)", "Medway Youth Justice Service")


# ------------------ 5. A force's data protection impact assessment public summary (Word, labelled fields)

def leicestershire_dpia_summary(out: Path) -> None:
    """A force's data protection impact assessment, public summary, reviewed after a pilot (Word):
    header with the force and protective marking, footer with document reference; a labelled cover
    table (reference, version, owner, dates, status), numbered heading sections: the processing, the
    purpose and lawful basis (statute sections), data flows, consultation, the pilot and what it
    found (one piece of work with results), a risk register table with scores, the processor, the
    data protection officer's advice and a labelled sign-off table."""
    import docx

    document = docx.Document()
    _header_footer(document, "Leicestershire Police | OFFICIAL", "DPIA-2024-031 v2.1 public summary")
    document.add_heading("Data Protection Impact Assessment: public summary", level=0)
    document.add_paragraph("Video appointments for victims of non-urgent crime")
    _grid(document, [["DPIA reference", "DPIA-2024-031"],
                     ["Version", "2.1 (reviewed after pilot)"],
                     ["Information asset owner", "Head of Contact Management"],
                     ["First approved", "19 February 2024"],
                     ["This review", "14 November 2024"],
                     ["Status", "Approved for force-wide use"],
                     ["Next review", "November 2025"]], header_fill="E7E6E6", label_col=True)
    document.add_heading("1. Description of the processing", level=1)
    document.add_paragraph("Victims who report a non-urgent crime by phone or online can be offered a "
                           "video appointment with an officer instead of a home visit. The victim gets a "
                           "text message with a link; the call runs in the web browser and nothing needs "
                           "to be installed. Appointments are not recorded. The officer completes the "
                           "crime record in the normal way.")
    document.add_heading("2. Purpose and lawful basis", level=1)
    document.add_paragraph("The purpose is to take statements and give victims advice more quickly. "
                           "Processing for law enforcement purposes relies on section 35 of the Data "
                           "Protection Act 2018; contact details used to send the link are processed under "
                           "UK GDPR Article 6(1)(e).")
    document.add_heading("3. Data flows", level=1)
    _bullets(document, ["Phone number and name: taken from the crime record to send the text link.",
                        "Connection metadata (time, duration, device type): held by the platform for 12 "
                        "months, then deleted.",
                        "No images, audio or transcripts are stored by the platform."])
    document.add_heading("4. Consultation", level=1)
    document.add_paragraph("We consulted the force's Independent Advisory Group, the Victims' Services "
                           "team and the Information Security Officer. Consultation with the Information "
                           "Commissioner's Office was not required because no high residual risk remained.")
    document.add_heading("5. The pilot and what it found", level=1)
    document.add_paragraph("From 4 March to 31 August 2024 the Contact Management Department and the "
                           "Charnwood neighbourhood policing area piloted video appointments. Victims of "
                           "non-urgent crimes such as criminal damage, theft from vehicles and shed "
                           "burglary were offered a video call with an officer. Officers held 1,184 "
                           "video appointments; the median time from report to appointment fell from 4.3 "
                           "days to 19 hours, and 89% of victims who answered the follow-up survey were "
                           "satisfied. Only 6% of calls had to switch to the phone because of a poor "
                           "connection, and no data breaches were reported.")
    document.add_heading("6. Risks and measures", level=1)
    _grid(document, [["Risk", "Likelihood x impact", "Measures", "Residual"],
                     ["Link sent to the wrong number", "2 x 4 = 8",
                      "Officer reads the number back to the victim before sending", "Low"],
                     ["Someone else present during the call", "3 x 3 = 9",
                      "Officer asks who is present; victims can stop and rebook", "Low"],
                     ["Platform stores content", "1 x 5 = 5",
                      "Contract forbids recording; supplier audited in 2024", "Low"],
                     ["Victims without a smartphone excluded", "3 x 2 = 6",
                      "Home visit or phone always offered", "Low"]], header_fill="E7E6E6")
    document.add_heading("7. Processor", level=1)
    document.add_paragraph("The video platform is provided under contract by Brightwell Connect Ltd, "
                           "which hosts the service in UK data centres (contract LP-ICT-2023-118).")
    document.add_heading("8. Data Protection Officer's advice", level=1)
    document.add_paragraph("The DPO advised that the processing can continue force-wide, provided the "
                           "read-back check is built into the officers' guidance and the DPIA is "
                           "reviewed within 12 months.")
    document.add_heading("9. Sign-off", level=1)
    _grid(document, [["Approved by", "Assistant Chief Constable (Local Policing)"],
                     ["Date", "14 November 2024"],
                     ["DPO review", "Completed 8 November 2024"]], header_fill="E7E6E6", label_col=True)
    document.add_paragraph("To ask about this assessment, email dataprotection@leics.police.uk or write to "
                           "the Data Protection Officer, Leicestershire Police, Force Headquarters, St "
                           "Johns, Enderby, Leicester LE19 2BX.")
    _save_docx(document, out / "leicestershire-police-dpia-summary-video-appointments.docx",
               "DPIA public summary: video appointments", "Leicestershire Police")


# ------------------ 6. A force schools team's lesson plan (Word, timings table, boxes)

def merseyside_lesson_plan(out: Path) -> None:
    """A force schools team's PSHE lesson plan for teachers (Word): header with the team, footer with
    copyright and version; a labelled lesson details table, learning objectives (bullets), a
    safeguarding note, teacher background with one piece of work with results (the force's schools
    team writing and piloting the lesson with a youth panel), a timings table of activities, a
    fictional case study for discussion (ages, sums of money), plenary questions and where to get
    help (helpline numbers)."""
    import docx

    document = docx.Document()
    _header_footer(document, "Merseyside Police Schools and Young People Team",
                   "© Merseyside Police 2025. May be copied for use in schools. Version 3.2, January 2025")
    document.add_heading("Not a favour: spotting exploitation", level=0)
    document.add_paragraph("PSHE lesson plan for teachers")
    _grid(document, [["Year group", "Year 9 (ages 13 to 14)"],
                     ["Length", "50 minutes"],
                     ["Curriculum link", "PSHE Relationships and Health: safety and risk"],
                     ["Resources", "Slides (v3.2), Jay's story video (4 minutes), sticky notes"],
                     ["Delivered by", "Class teacher or school police officer"]],
          header_fill="FCE4D6", label_col=True)
    document.add_heading("Learning objectives", level=1)
    _bullets(document, ["Recognise how criminals groom young people with gifts, favours and debts.",
                        "Name three warning signs that a friend is being exploited.",
                        "Know where to get help safely, including anonymously."])
    document.add_heading("Before the lesson: safeguarding", level=1)
    document.add_paragraph("This lesson may lead to disclosures. Tell your Designated Safeguarding Lead "
                           "before you teach it, agree ground rules with the class, and follow your "
                           "school's safeguarding procedures if a pupil tells you something worrying.")
    document.add_heading("Teacher background", level=1)
    document.add_paragraph("Merseyside Police's Schools and Young People Team wrote this lesson in 2024 "
                           "with the Liverpool Young People's Advisory Panel, after young people told "
                           "officers that existing lessons on county lines felt out of date. The panel "
                           "wrote Jay's story and chose the language used on the slides. Officers piloted "
                           "the lesson in 14 secondary schools in Liverpool and Knowsley in spring 2024, "
                           "reaching 2,150 pupils. The share of pupils who could name three warning signs "
                           "of exploitation rose from 34% before the lesson to 78% after it, and schools "
                           "made 23 safeguarding referrals in the following month.")
    document.add_heading("Lesson outline", level=1)
    _grid(document, [["Time", "Activity", "Notes"],
                     ["0 to 5 min", "Starter: what is a favour? Pupils write one example on a sticky note.",
                      "Collect notes; read a few out."],
                     ["5 to 15 min", "Watch Jay's story, part 1.", "Pause at 2 minutes for first reactions."],
                     ["15 to 30 min", "Group work: spot the warning signs in Jay's story.",
                      "Groups of four; slide 6 lists signs to look for."],
                     ["30 to 40 min", "Watch part 2 and discuss: what could Jay's friends have done?",
                      "Stress that it is never the young person's fault."],
                     ["40 to 50 min", "Plenary and where to get help.", "Hand out help cards."]],
          header_fill="FCE4D6")
    document.add_heading("Jay's story (for discussion)", level=1)
    document.add_paragraph("Jay is 14. An older boy he meets at the skate park buys him food and gives him "
                           "£20 for \"doing nothing\". A few weeks later he tells Jay he owes him £200 and "
                           "asks him to carry a bag to another town. Jay starts missing school and has a "
                           "new phone his mum doesn't know about.")
    document.add_heading("Plenary questions", level=1)
    _bullets(document, ["When did the favour become a debt?",
                        "What would you say to a friend in Jay's position?"])
    document.add_heading("Where to get help", level=1)
    document.add_paragraph("Childline: 0800 1111. Fearless (anonymous, from Crimestoppers): "
                           "fearless.org. In an emergency call 999; otherwise call 101 or use "
                           "merseyside.police.uk.")
    _save_docx(document, out / "merseyside-police-schools-lesson-plan-spotting-exploitation-year-9.docx",
               "Not a favour: spotting exploitation (lesson plan)", "Merseyside Police")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    home_affairs_committee_chapter(out)
    hollings_responsible_business_section(out)
    warwickshire_pcc_candidate_statements(out)
    medway_youth_justice_plan_extract(out)
    leicestershire_dpia_summary(out)
    merseyside_lesson_plan(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
