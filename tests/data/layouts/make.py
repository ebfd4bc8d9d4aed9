"""Write the binary layout fixtures (PDFs, Word files) from the content below.

Run from the repository root:  python tests/data/layouts/make.py [OUT_DIR]
Each document is laid out the way its kind of publisher does it (running headers, practice boxes,
typed bold titles and label paragraphs, heading styles); the writers are tests/formats.py's.
The HTML and Markdown fixtures beside this script are written by hand; manifest.json lists every
document's intended initiatives.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for formats

from formats import write_docx, write_pdf, write_scanned_pdf  # noqa: E402


# ------------------------------------------------------------------------------------ content

def hmicfrs_youth_violence(out: Path) -> None:
    """A thematic inspection: findings, areas for improvement, and innovative-practice boxes."""
    header = "An inspection of how well the police and partners tackle serious youth violence"
    blocks = [
        ("title", "Serious youth violence"),
        ("subtitle", "An inspection of how well the police and partners tackle serious youth violence"),
        ("p", "February 2025"),
        ("p", "© HMICFRS 2025<br/>ISBN: 978-1-78655-512-3<br/>www.hmicfrs.justiceinspectorates.gov.uk"),
        ("page",),
        ("h1", "Contents"),
        ("p", "1. Introduction 3<br/>2. Understanding serious youth violence 3<br/>"
              "3. Prevention and early intervention 3<br/>4. Working with partners 4<br/>"
              "5. Conclusions and recommendations 5<br/>Annex A: About the data 5"),
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
    write_pdf(out / "hmicfrs-serious-youth-violence-inspection.pdf", blocks, header=header,
              footer="HMICFRS", author="HMICFRS", title="Serious youth violence")


def opcc_northumbria_case_studies(out: Path) -> None:
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
    write_docx(out / "opcc-northumbria-case-studies-2024-25.docx", blocks)


def scanned_letter(out: Path) -> None:
    """A scanned printout: only an image, so no text can be extracted."""
    write_scanned_pdf(out / "lincolnshire-scanned-community-update.pdf", [
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


def police_scotland_review(out: Path) -> None:
    """A numbered-section review: '3. DIVISION: ...' headings, numbered paragraphs are the pieces of work."""
    blocks = [
        ("title", "Local Policing Review 2024"),
        ("subtitle", "Positive practice from local policing divisions"),
        ("p", "Police Scotland<br/>Local Policing Directorate<br/>Published: 22 January 2025"),
        ("page",),
        ("h2", "1. INTRODUCTION"),
        ("p", "1.1 This review brings together examples of positive practice identified during the 2024 "
              "local policing assessments. It is intended to help divisions learn from one another and "
              "should be read alongside the Local Policing Plans for 2023 to 2026."),
        ("p", "1.2 Each example was reported by the division concerned and checked by the Local Policing "
              "Directorate. Figures have not been independently audited."),
        ("h2", "2. METHODOLOGY"),
        ("p", "2.1 Between March and September 2024, assessment teams visited all 13 local policing "
              "divisions, interviewing 214 officers and staff and 61 partner organisations."),
        ("p", "2.2 Divisions were asked to nominate up to three pieces of work that had measurable results. "
              "Examples from three divisions are set out in sections 3 to 5."),
        ("h2", "3. NORTH EAST DIVISION: ABERDEEN CITY, ABERDEENSHIRE AND MORAY"),
        ("p", "3.1 Officers in Aberdeen city centre worked with Aberdeen City Council and Aberdeen "
              "Football Club Community Trust to run Operation Aspire, a programme of Friday night "
              "football and youth work sessions in Torry and Tillydrone aimed at young people involved "
              "in antisocial behaviour. Between April and October 2024, 186 young people attended at "
              "least one session and calls about youth disorder in the two areas fell by 34 per cent."),
        ("p", "3.2 The North East Partnership Against Rural Crime, which brings together the division, "
              "NFU Scotland and Aberdeenshire Council, introduced a text alert service for farmers and "
              "estate workers. The service now has 2,340 subscribers, and information from subscribers "
              "led to the recovery of stolen plant and machinery worth £412,000 in 2024."),
        ("h2", "4. HIGHLAND AND ISLANDS DIVISION: HIGHLAND, ORKNEY, SHETLAND AND THE WESTERN ISLES"),
        ("p", "4.1 On islands without a resident police officer, the division recruited and trained "
              "special constables who live on the island, supported by a community link officer based "
              "in Kirkwall or Stornoway. Twelve specials now cover nine islands, and residents surveyed "
              "on Eday and Barra said they felt more confident reporting crime locally."),
        ("p", "4.2 Working with NHS Highland and the Highland Council, the division introduced Distress "
              "Brief Intervention referrals for people in emotional distress who do not need emergency "
              "medical care. Officers can refer a person to a trained practitioner who will contact them "
              "within 24 hours. In the first 10 months, officers made 488 referrals and the average time "
              "officers spent at such incidents fell from 3.6 hours to 1.9 hours. An evaluation by the "
              "University of the Highlands and Islands is due in 2025."),
        ("p", "4.3 With Road Safety Scotland, road policing officers ran a summer campaign on the North "
              "Coast 500 route, stopping motorists at laybys to talk about overtaking and fatigue. "
              "Officers spoke to 3,900 drivers and motorcyclists between May and August, and the number "
              "of serious injury collisions on the route fell from 27 in 2023 to 18 in 2024."),
        ("h2", "5. GREATER GLASGOW DIVISION: GLASGOW CITY, EAST DUNBARTONSHIRE AND EAST RENFREWSHIRE"),
        ("p", "5.1 In partnership with the Scottish Violence Reduction Unit and Medics Against Violence, "
              "officers at Stewart Street and Helen Street refer young men arrested after a violent "
              "incident to navigators who offer support with housing, employment and addiction. Of 291 "
              "young men referred, 203 engaged with a navigator and 71 per cent of those had not been "
              "arrested for violence again after six months."),
        ("p", "5.2 The division's licensing team introduced Ask for Angela training in 160 licensed "
              "premises in the city centre and Merchant City, so that bar staff can help people who feel "
              "unsafe on a night out. Staff at trained venues made 74 calls to police in 2024 about "
              "vulnerable people, compared with 23 the year before."),
        ("h2", "6. CONCLUSIONS"),
        ("p", "6.1 The examples in sections 3 to 5 show the value of local partnerships. Divisions should "
              "consider whether the practice described at paragraphs 4.2 and 5.1 could be adapted for "
              "their own areas."),
        ("p", "6.2 The Local Policing Directorate will repeat this review in 2026. Enquiries should be sent "
              "to LocalPolicingDirectorate@scotland.police.uk or made by calling 101."),
    ]
    write_pdf(out / "police-scotland-local-policing-review-2024.pdf", blocks, header="OFFICIAL",
              footer="OFFICIAL   |   Local Policing Review 2024", author="Police Scotland",
              title="Local Policing Review 2024")


def west_mercia_newsletter(out: Path) -> None:
    """A staff newsletter: catchy headings that do not say what the work is, plus regular columns."""
    blocks = [
        ("title", "Inclusion Matters"),
        ("subtitle", "Issue 9 | Summer 2024 | The newsletter of West Mercia Police's Diversity, Equality "
                     "and Inclusion team"),
        ("h2", "A word from the top"),
        ("p", "Welcome to our summer issue. It has been a busy few months across Herefordshire, "
              "Shropshire, Telford and Worcestershire, and I am proud of the way teams have listened to "
              "the people we serve. Please keep sending us your stories. <i>Assistant Chief Constable "
              "Rachel Jones</i>"),
        ("h2", "Brew with a view"),
        ("p", "Our Shrewsbury safer neighbourhood team has been hosting monthly drop-ins at Shropshire "
              "Deaf Centre, with a British Sign Language interpreter on hand, so that Deaf residents can "
              "raise concerns over a cup of tea rather than through a phone line they cannot use."),
        ("p", "Since January, 11 drop-ins have welcomed 164 visitors. Reports of crime from Deaf "
              "residents through the BSL video relay service have risen from 4 last year to 19 so far "
              "this year. The team is now training two officers to Level 2 BSL."),
        ("h2", "Nothing about us without us"),
        ("p", "When our Disability Support Network told us that officers were having to explain their "
              "conditions again every time they changed role, we asked the network to design the answer. "
              "The result is our workplace adjustments passport, a record the officer owns and takes "
              "with them to each new supervisor."),
        ("p", "Launched in February, the passport has been taken up by 231 officers and staff. In a "
              "pulse survey, 79% of users said their adjustments were now in place within a month of "
              "moving role, up from 46%."),
        ("h2", "Lights, camera, recruitment!"),
        ("p", "Our positive action team filmed six short videos in Telford and Worcester with officers "
              "from Black, Asian and mixed heritage backgrounds talking about why they joined. The films "
              "were shared through community radio, mosques and gurdwaras and local Facebook groups."),
        ("p", "Applications from people from ethnic minority backgrounds rose from 9.8% of all "
              "applications in 2022/23 to 14.1% in 2023/24, and 38 candidates who said they had seen a "
              "video were appointed."),
        ("h2", "Walking in their shoes"),
        ("p", "Forty sergeants and inspectors from Worcestershire spent a day shadowing staff at "
              "Maggs Day Centre, a homelessness charity in Worcester, as part of our leadership "
              "programme. Each then agreed one change to how their team deals with people sleeping "
              "rough."),
        ("p", "Street-based arrests of people sleeping rough in Worcester city centre fell by 22% in "
              "the six months after the placements, and referrals to the charity's outreach team "
              "doubled."),
        ("h2", "Dates for your diary"),
        ("bullets", ["South Asian Heritage Month: 18 July to 17 August",
                     "Shropshire Pride, Shrewsbury Quarry: 10 August",
                     "Black History Month launch, Hindlip Park: 1 October"]),
        ("h2", "Get in touch"),
        ("p", "Have a story for the next issue? Email DEI@westmercia.police.uk or call extension 4410. "
              "Copy deadline for Issue 10 is 30 September 2024."),
    ]
    write_pdf(out / "west-mercia-inclusion-matters-newsletter.pdf", blocks, header="",
              footer="Inclusion Matters | Issue 9 | Summer 2024", first_page_plain=False,
              author="West Mercia Police", title="Inclusion Matters Issue 9")


def avon_somerset_progress_report(out: Path) -> None:
    """A Word report whose headings are Word heading styles and nothing else (no bold, no size)."""
    blocks = [
        ("heading", 1, "Race Equality Action Plan: Progress Report 2024"),
        ("p", "Avon and Somerset Police"),
        ("heading", 1, "Foreword"),
        ("p", "In 2022 we published our Race Equality Action Plan, which set out what we would do to "
              "become an anti-racist police service. This report describes what we have done in the "
              "second year and what we still need to do. We are grateful to the members of our "
              "Independent Advisory Groups who have challenged us throughout."),
        ("heading", 1, "What we have done"),
        ("heading", 2, "Independent scrutiny of use of force"),
        ("p", "Since April 2023 an independent panel of residents from Bristol, Bath and Weston-super-"
              "Mare has reviewed body-worn video of incidents in which officers used force. The panel "
              "meets every six weeks and chooses the incidents it reviews."),
        ("p", "The panel reviewed 142 incidents in 2023/24. It rated 81% as appropriate, and its "
              "feedback on the remaining 27 led to changes in officer safety training on handcuffing."),
        ("heading", 2, "Reverse mentoring for chief officers"),
        ("p", "Every member of the chief officer group has been paired with a Black or mixed heritage "
              "officer or member of staff who mentors them for a year. Mentors and mentees meet monthly "
              "and mentors are given protected time to prepare."),
        ("p", "Nine pairs completed the programme in 2024. The chief officer group has made changes to "
              "the promotion process and the staff survey as a result of what mentors raised."),
        ("heading", 2, "Community ambassadors in recruitment"),
        ("p", "We worked with Black South West Network to recruit 18 community ambassadors who talk to "
              "potential applicants about a career in policing and support them through the process."),
        ("p", "Between April 2023 and March 2024, ambassadors supported 203 applicants. Of the new police "
              "constables who joined in that year, 8.6% were from Black, Asian and minority ethnic "
              "backgrounds, compared with 5.9% the year before."),
        ("heading", 2, "Next steps"),
        ("p", "In 2025 we will publish our stop and search and use of force data every month at "
              "neighbourhood level, and ask the University of Bristol to evaluate the ambassador scheme."),
        ("heading", 1, "Appendix: Workforce data"),
        ("table", [["Group", "31 March 2023", "31 March 2024"],
                   ["Police officers from ethnic minority backgrounds", "4.3%", "4.9%"],
                   ["Police staff from ethnic minority backgrounds", "5.1%", "5.6%"],
                   ["Special constables from ethnic minority backgrounds", "6.8%", "7.4%"]]),
        ("p", "Contact: Race Equality Programme Team, Avon and Somerset Police, PO Box 37, Valley Road, "
              "Portishead, Bristol BS20 8QJ."),
    ]
    write_docx(out / "avon-and-somerset-race-equality-progress-2024.docx", blocks, plain_headings=True)


def joint_wellbeing_report(out: Path) -> None:
    """A report by two forces written as 'we', with a section belonging to each force alone."""
    blocks = [
        ("heading", 1, "Joint Occupational Health and Wellbeing Service"),
        ("bold", "Annual Report 2024"),
        ("p", "Derbyshire Constabulary and Leicestershire Police"),
        ("heading", 2, "Introduction"),
        ("p", "This is the third annual report of our joint occupational health and wellbeing service. "
              "Derbyshire Constabulary and Leicestershire Police have shared one service since April "
              "2021, with teams at Ripley and Enderby. Between us we employ around 7,900 officers and "
              "staff."),
        ("heading", 2, "Our year in numbers"),
        ("table", [["", "Derbyshire", "Leicestershire", "Total"],
                   ["Management referrals", "1,204", "1,387", "2,591"],
                   ["Self-referrals", "612", "705", "1,317"],
                   ["Counselling sessions", "3,880", "4,215", "8,095"]]),
        ("heading", 2, "Trauma risk management"),
        ("p", "We trained 146 new trauma risk management (TRiM) practitioners across the two forces this "
              "year, so that every officer attending a potentially traumatic incident is offered a TRiM "
              "assessment within 72 hours. We also introduced a six-monthly trauma screening "
              "questionnaire for officers in high-risk roles such as child abuse investigation."),
        ("p", "TRiM assessments rose from 1,120 to 1,654. Of the 412 officers who completed the screening "
              "questionnaire, 58 were referred for treatment, most of whom had not previously asked for "
              "help."),
        ("heading", 2, "Fast-track physiotherapy"),
        ("p", "Our officers now see a physiotherapist within five working days of an injury, at our own "
              "clinics or through a contract with Nuffield Health. Previously they waited an average of "
              "six weeks."),
        ("p", "Average days lost to musculoskeletal injuries fell from 21 to 13 per case, and 92% of "
              "officers treated returned to full duties."),
        ("heading", 2, "Menopause champions in Leicestershire"),
        ("p", "In Leicestershire we piloted a network of 40 menopause champions, officers and staff who "
              "have been trained to offer peer support and to help colleagues ask for adjustments such as "
              "uniform changes or flexible shifts. The pilot was designed with the University of "
              "Leicester."),
        ("p", "In a survey of 310 colleagues, 68% said they knew where to get support, up from 31% before "
              "the pilot. We plan to extend the network to Derbyshire in 2025."),
        ("heading", 2, "Wellbeing dogs in Derbyshire"),
        ("p", "Our Derbyshire colleagues introduced two wellbeing dogs, Bramble and Pip, who visit "
              "control rooms and custody suites at Chesterfield and St Mary's Wharf after difficult "
              "shifts. The dogs and their handlers have made 260 visits since March."),
        ("p", "Control room staff told us in a pulse survey that the visits helped them to talk about a "
              "difficult call, and 83% asked for the visits to continue."),
        ("heading", 2, "Looking ahead"),
        ("p", "Next year we will bring our occupational health records onto a single system and publish "
              "waiting times every quarter. Contact the service on 0300 122 5000 or at "
              "ohu@derbyshire.police.uk."),
    ]
    write_docx(out / "derbyshire-leicestershire-joint-wellbeing-report-2024.docx", blocks)


def neurodiversity_compendium(out: Path) -> None:
    """A multi-force compendium in Word: some pieces name their force, some are anonymised."""
    blocks = [
        ("heading", 1, "Neurodiversity in Policing: Good Practice Compendium 2024"),
        ("p", "Published by the National Police Autism Association with the support of the National "
              "Police Chiefs' Council"),
        ("heading", 1, "Introduction"),
        ("p", "This compendium collects practice submitted by forces in response to our call for "
              "examples in spring 2024. Submissions were received from 14 forces, including Essex "
              "Police, Gwent Police, Police Scotland, the Police Service of Northern Ireland, Surrey "
              "Police, Sussex Police and West Yorkshire Police. Some forces asked for their examples to "
              "be published without their name."),
        ("p", "Examples have been edited for length. Inclusion does not mean that the NPAA or the NPCC "
              "has evaluated the practice."),
        ("heading", 1, "Recruitment and selection"),
        ("heading", 2, "A neurodiversity-friendly assessment centre"),
        ("p", "Essex Police redesigned its assessment centre for police constable applicants after "
              "neurodivergent candidates said the format disadvantaged them. Candidates now receive the "
              "timetable and photographs of the rooms a week in advance, can ask for a quiet waiting "
              "area, and are given written as well as spoken instructions for each exercise."),
        ("p", "In 2023/24, 112 candidates asked for at least one adjustment, and their pass rate was 64%, "
              "close to the 67% pass rate for all candidates."),
        ("heading", 2, "Plain-English application forms"),
        ("p", "One force in the North West region rewrote its application form and online guidance in "
              "plain English, removing double negatives and open questions that asked for several "
              "things at once. The form was tested with members of the force's neurodiversity network "
              "before launch."),
        ("p", "Incomplete applications fell from 23% to 9% in the first six months."),
        ("heading", 1, "Support in the workplace"),
        ("heading", 2, "Workplace adjustment passport"),
        ("p", "Heddlu Gwent Police introduced an adjustment passport for neurodivergent officers and "
              "staff, agreed once with occupational health and carried from role to role. Supervisors "
              "are trained to read the passport before a first one-to-one meeting."),
        ("p", "More than 300 passports have been agreed since 2022, and grievances about adjustments "
              "fell from 14 to 3 a year."),
        ("heading", 2, "Neurodiversity support network"),
        ("p", "The PSNI set up a neurodiversity support network in 2021, run by officers and staff with "
              "lived experience. It offers a buddy scheme for new recruits and monthly online sessions on "
              "topics such as dyslexia and ADHD."),
        ("p", "The network has 420 members. In its 2024 survey, 87% of members said they felt better "
              "able to ask for support at work."),
        ("heading", 2, "Quiet rooms"),
        ("p", "A large urban force in the Midlands converted unused offices at six stations into quiet "
              "rooms with dimmable lighting and noise-cancelling headphones, after its neurodiversity "
              "network said open-plan offices were the biggest barrier at work."),
        ("p", "The rooms were booked 1,860 times in their first year."),
        ("heading", 1, "Engaging with the public"),
        ("heading", 2, "Autism alert cards"),
        ("p", "Police Scotland and Scottish Autism relaunched the Autism Alert Card, which an autistic "
              "person can show to an officer to explain that they may need more time or a quiet space. "
              "Cardholders can register their details so that officers can check them from a mobile "
              "device."),
        ("p", "Over 5,200 cards have been issued since the relaunch in April 2023."),
        ("heading", 2, "Sensory bags in custody"),
        ("p", "Surrey Police and Sussex Police have placed sensory bags, containing ear defenders, "
              "fidget toys and weighted blankets, in all their custody suites. Detention officers are "
              "trained to offer a bag when a detainee discloses autism or appears distressed."),
        ("p", "The bags were used with 710 detainees in 2023. Use of force in cells involving detainees "
              "who had been offered a bag fell by 18%."),
        ("heading", 1, "Acknowledgements"),
        ("p", "The NPAA thanks every force and individual who submitted an example. To submit practice "
              "for the 2025 edition, email compendium@npaa.org.uk by 31 March 2025."),
    ]
    write_docx(out / "npaa-neurodiversity-compendium-2024.docx", blocks)


def south_wales_annual_report(out: Path) -> None:
    """A two-column annual report PDF: cover, foreword, a workforce table, highlights under headings."""
    blocks = [
        ("title", "Equality, Diversity and Inclusion Annual Report 2023-24"),
        ("subtitle", "Heddlu De Cymru | South Wales Police"),
        ("p", "Adroddiad Blynyddol Cydraddoldeb, Amrywiaeth a Chynhwysiant 2023-24"),
        ("p", "Published October 2024"),
        ("page",),
        ("h1", "Foreword"),
        ("p", "I am pleased to introduce our annual report, which sets out how we have met our duties "
              "under the Equality Act 2010 and the Public Sector Equality Duty (Wales) Regulations 2011, "
              "and what we have done to build a service that reflects the communities of South Wales. "
              "<i>Chief Constable, South Wales Police</i>"),
        ("h1", "Our workforce"),
        ("p", "On 31 March 2024 we employed 3,512 police officers, 2,187 police staff and 418 police "
              "community support officers."),
        ("table", [["Group", "2023", "2024"],
                   ["Female officers", "35.8%", "37.1%"],
                   ["Ethnic minority officers", "3.9%", "4.4%"],
                   ["Welsh speakers (all staff)", "14.2%", "15.6%"]]),
        ("h1", "Highlights of the year"),
        ("h2", "Iftar at the station"),
        ("p", "During Ramadan our neighbourhood teams hosted open iftar meals at Cardiff Bay, Butetown "
              "and Swansea Central police stations, working with the Muslim Council of Wales and local "
              "mosques. Officers broke the fast with residents and answered questions about reporting "
              "hate crime."),
        ("p", "More than 650 people attended the six events, and 41 signed up to our community "
              "messaging service."),
        ("h2", "Aspire: support for promotion"),
        ("p", "Aspire is our positive action programme for officers and staff from ethnic minority "
              "backgrounds who are preparing for promotion. Each participant has a mentor from the "
              "senior leadership team and practice interviews with an independent panel."),
        ("p", "Twenty-two colleagues took part in 2023-24 and 9 were promoted, compared with 3 from the "
              "same groups the year before."),
        ("h2", "Cymraeg in the control room"),
        ("p", "We trained 96 call handlers in the Public Service Centre at Bridgend to take calls in "
              "Welsh, so that anyone who calls 999 or 101 can speak Welsh from the first word. "
              "Previously Welsh-language callers waited for a Welsh speaker to be found."),
        ("p", "The share of calls answered in Welsh when the caller asked rose from 58% to 91%."),
        ("h2", "Third-party hate crime reporting"),
        ("p", "With Victim Support Cymru we opened 23 third-party reporting centres in libraries, "
              "community centres and a Swansea University students' union, where people can report "
              "hate crime without coming to a police station."),
        ("p", "The centres took 137 reports in their first year, of which 48 came from people who said "
              "they would not have reported to the police directly."),
        ("h1", "Our commitments for 2024-25"),
        ("bullets", ["Publish workforce data every six months.",
                     "Extend Aspire to police staff grades.",
                     "Review how we record disability in our HR system."]),
        ("p", "Contact: Equality, Diversity and Inclusion Unit, Police Headquarters, Cowbridge Road, "
              "Bridgend CF31 3SU. Call 101 or email equality@south-wales.police.uk."),
    ]
    write_pdf(out / "south-wales-police-edi-annual-report-2023-24.pdf", blocks,
              footer="South Wales Police | EDI Annual Report 2023-24", columns=2,
              author="South Wales Police", title="Equality, Diversity and Inclusion Annual Report 2023-24")


BUILDERS = [hmicfrs_youth_violence, opcc_northumbria_case_studies, scanned_letter, police_scotland_review,
            west_mercia_newsletter, avon_somerset_progress_report, joint_wellbeing_report,
            neurodiversity_compendium, south_wales_annual_report]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else HERE
    out.mkdir(parents=True, exist_ok=True)
    for build in BUILDERS:
        build(out)
        print(f"wrote {build.__name__}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
