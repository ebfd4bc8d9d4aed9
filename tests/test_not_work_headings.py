"""The not-work heading vocabulary (ingest/data/not-work-headings.json) is data by kind of
document; it is validated here and read by ingest/layouts/common.py."""

from __future__ import annotations

import json
import re

import pytest

from ingest.layouts.common import NOT_WORK_FILE, is_not_work

DATA = json.loads(NOT_WORK_FILE.read_text(encoding="utf-8"))


def test_every_kind_says_what_it_is_and_every_heading_is_a_regex_of_its_own():
    seen = set()
    for kind in DATA["kinds"]:
        assert kind["kind"].strip() and kind["headings"], kind
        for heading in kind["headings"]:
            re.compile(heading)  # raises on a broken fragment
            assert re.compile(f"(?:{heading})").groups == re.compile(heading).groups
            assert heading not in seen, heading
            seen.add(heading)


@pytest.mark.parametrize("heading", [
    "Contents", "3. Recommendations", "Notes to editors", "Financial implications", "Apologies for absence",
    "About you", "Farewell, Maureen", "Treasurer's report", "Safeguarding in numbers", "Running order",
    "How do I report a crime?", "Part 3: Findings", "2. Scope", "Definitions", "Document control",
    "CHAIR'S BIT", "Editor's notes", "Pat, our editor, writes", "From the chair of trustees",
    "Just funded: Leek Street Angels", "Coming soon", "Christmas opening", "Bank holiday opening hours",
    "Outlook", "FINANCIAL REVIEW", "Operational highlights", "Trading update", "Dividend",
    "Part A", "Part B – Premises licence summary", "The prevention of crime and disorder",
    "The protection of children from harm", "C", "Part 1 – Disclosable pecuniary interests",
    "Part 3 – Gifts and hospitality", "Breakfast", "Hot plates"])
def test_apparatus_headings_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Operation Ravine: shop theft falls in the town centre", "Schools knife-crime workshops",
    "Neurodiversity passports for officers and staff", "Street Safe reporting",
    "Trading standards and police joint doorstep crime visits", "Breakfast club for children in care",
    "C-Safe: a county lines awareness week"])
def test_headings_of_pieces_of_work_are_not_refused(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "How we did this", "How we carried out the review", "What we found", "What young people and officers told us",
    "Debrief method", "Research methodology", "Reasons", "Right of appeal", "The application",
    "The licence holder's case", "Media release template", "Cite this article", "Risks and issues", "Purpose", "Design/methodology/approach",
    "Practical implications", "In this episode", "In this issue", "STEWARDS WANTED", "Reminders",
    "PROPOSED SHIFT PATTERN REVIEW: YOUR VIEWS NEEDED", "Branch AGM", "Seminar programme", "Who's exhibiting",
    "Getting here", "Win a smart doorbell", "Statutory basis", "Next meetings", "Next issue", "What our dogs do",
    "Our visitors", "Description of the processing", "Purpose and lawful basis", "Data Protection Officer's advice",
    "Learning objectives", "Before the lesson: safeguarding", "Lesson outline", "Change log", "Basis of reporting",
    "Meet the coaches", "How accessible this website is", "Non-accessible content", "Disproportionate burden",
    "What we're doing to improve accessibility", "2 Evidence and data", "Impact on people with protected characteristics",
    "IN THE CROWN COURT AT LEEDS", "Sentencing remarks", "What members get", "How to join",
    "PART 5 OFFENCES AND PENALTIES", "SCHEDULE 1 THE RESTRICTED AREA", "Part 2: Duration", "Exemptions",
    "Round-up of the summer", "AGM and contacts", "Notice of Annual General Meeting", "The work of the IMB",
    "V. Conclusions", "YOUR AGM: THE RESULTS [page 9]", "Volunteer with us", "Ask the security team",
    "Farm security: tips from the Rural Taskforce", "Distribution", "Our team", "Why information will be shared", "Giving", "Membership",
    "Charity overview", "Mandated indicators", "Next quarter", "Stay safe at home", "Home security advice",
    "Thank you for filling the food bank trolley", "14 August 2025 Thank you for filling the food bank trolley",
    "A big thank you", "Site plan", "Showground map", "Stands and stalls", "Fire alarm tests", "5. Drills and exercises",
    "EMERGENCY CODES (STAFF ONLY)", "Radio call signs", "Hello from Lee", "A note from the editor",
    "Proposals for the Coming Year", "Plans for next season", "Keeping your boat and belongings secure",
    "Protect yourself from scams", "Safety & security FAQs", "Frequently asked questions", "From the Chairman",
    "From the Pier Master", "Hello", "Dogs", "Lost children", "KEY ACCOUNTABILITIES", "Job purpose",
    "Key relationships", "EXAMPLES OF WORK THE POST HOLDER WILL SUPPORT", "BEHAVIOURS (COMPETENCY AND VALUES FRAMEWORK)",
    "Questions from the audience", "Funders", "Our funders and supporters", "Other information",
    "Context and case for change", "Economic case", "The commercial case", "4. Management case",
    "CHAPTER OBJECTIVES", "KEY TERMS", "STOP AND REFLECT", "REVIEW QUESTIONS", "Goals and non-goals",
    "Proposed design", "Alternatives considered", "Open questions", "RELATED PRODUCTS", "ORDERING INFORMATION",
    "TECHNICAL SPECIFICATION", "KEY FEATURES", "Key recommendations", "What I found", "The law in brief",
    "The problem we are addressing", "Our long-term goal", "Logic model", "Assumptions", "The peer team",
    "The peer challenge process", "Details of the infringement", "Remedial steps taken by the council",
    "Further action recommended"])
def test_a_reports_method_findings_a_decisions_parts_and_a_toolkits_templates_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["How we did it", "How we ran the pilot", "What we did", "Our approach",
                                     "Witnesses wanted after assault", "Operation Wanted", "Programme", "What we do",
                                     "Our volunteers ran a pop-up stall", "About the scheme", "About this project",
                                     "What our members achieved", "Impact of the pilot", "Court support volunteers",
                                     "Work with partners", "Safer Ramadan: thank you to our stewards",
                                     "Offender management in the north", "Operation Schedule", "Part-time patrols",
                                     "Drones and the perimeter", "Ask for Angela", "Operation Tipster", "Project overview",
                                     "Giving young people a voice", "Exercise Unified Response", "Operation Drill",
                                     "Site mapping project", "14 August 2025 Operation Fox", "Safe Stay hostel pilot",
                                     "Code of conduct training for door staff", "Keeping young people safe",
                                     "Strategic case", "Funding the night buses", "Questions young people asked us",
                                     "Case for a neighbourhood hub in Barnsley", "Operation Objective",
                                     "Goals for young people in Hull", "Key terms of the tenancy pilot",
                                     "Peer mentors in Barnsley", "Peer support team for call handlers",
                                     "Hello Yellow campaign", "From the ground up", "Dogs against crime"])
def test_how_a_piece_was_done_is_part_of_the_piece(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "The picture in 2024", "The national picture", "Our finances", "Get involved", "How you can get involved",
    "Purpose of the visit", "What you'll study", "Entry requirements", "Industry links", "Fees",
    "Listings we removed", "Accounts we suspended", "Requests from law enforcement", "How we count"])
def test_a_reports_context_a_course_pages_parts_and_a_platforms_tallies_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Picture the scene: Operation Lantern", "Getting involved in Op Encompass", "Purpose-built custody suite",
    "Officers we trained in 2024 to spot coercive control", "Progression", "Placements"])
def test_headings_near_those_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "What our clients say", "What our passengers say", "Who we are", "What next?", "Testimonials", "Year 3 commitments", "2025/26 commitments",
    "Actions for next quarter", "Service summary", "Referrals and occupancy", "Move-on", "Staffing",
    "Young people's voice", "Digest Footer", "Become a Friend", "Become a member of the Trust", "Support us", "Today's Topics", "Welcome", "Welcome to our annual review"])
def test_a_brochures_pitch_a_contract_returns_standing_parts_and_a_digests_apparatus_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Welcome Ambassadors", "Welcome Centre opens in the bus station", "Youth Voice Panel",
    "Service user forum sets up a peer mentoring scheme", "Moving on safely: a resettlement pilot",
    "What we did at the festival"])
def test_headings_that_only_open_like_those_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Section D: Declarations", "Declaration", "Section C: Chief officer endorsement", "Signatures",
    "PART 2 - CONSULTATION WITH STAKEHOLDERS", "PART 3 - DIRECTORS' REMUNERATION",
    "Part 4 - Transfers of assets other than for full consideration", "Stakeholder engagement",
    "Activity: work through the scenario", "Task 2: map the calls", "TL;DR", "Our history",
    "The club's history"])
def test_a_forms_sign_off_and_statutory_parts_a_course_pages_tasks_and_a_bodys_history_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Operation Endorse: checking licensed premises", "Taskforce launch", "Activities for young people in Ely",
    "2009 · Street Talk in Normanton", "Stakeholder forum on stop and search sets up a youth panel",
    "History Club visits the custody suite"])
def test_headings_near_a_forms_parts_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Meetings", "6. Quorum", "Reporting and accountability", "Terms of reference", "Limitations",
    "Study limitations", "Parliamentary material", "Written questions", "Further reading",
    "Other recent announcements", "Press articles", "Activity 2", "Task: map the calls"])
def test_a_terms_of_reference_a_briefings_apparatus_and_a_studys_limitations_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Task", "Action", "Situation", "Meetings with residents in Hull", "Debates on knife crime in schools",
    "Review of stop and search by young people"])
def test_a_competency_examples_parts_and_headings_near_those_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Customer reviews", "Customer reviews (14)", "Customers who bought this also bought", "Delivery and returns",
    "Who we spoke to", "Research participants"])
def test_a_shops_product_page_and_a_user_research_reports_parts_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["Reviews (612)", "Customer reviews of the new hub", "Who we worked with in Hull"])
def test_a_review_sites_reviews_and_headings_near_those_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Title", "Authors", "Hypotheses", "Study type", "Blinding", "Sample size rationale", "Measured variables",
    "Statistical models", "Inference criteria", "Data exclusion", "How to pay", "Payment terms", "Other details",
    "Shabana’s pledges", "Who can win here?", "Polling day: Thursday 7 May", "Comments", "Comments (12)",
    "Consultee comments", "How you can help", "What you can do", "How parents and carers can help",
    "Ayo's story", "In her own words", "2. INTENTION"])
def test_a_preregistrations_fields_an_invoices_parts_and_a_directorys_catch_all_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["Title IX compliance work", "Authors of change: a youth panel",
                                     "Paying for the patrols", "Other details emerge of the Safe Routes scheme",
                                     "Pledges to victims: the force charter in action",
                                     "How officers can help victims: Operation Shield",
                                     "Comments from victims shaped the new service",
                                     "Maria's story: how the hub helped", "Our intention to build a safer town"])
def test_headings_near_a_forms_fields_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Staying safe", "Keeping safe", "For grown-ups", "Notes for teachers", "A note for parents and carers",
    "Where your money goes", "How your donation helps", "What your gift buys"])
def test_a_leaflets_safety_notes_a_childrens_books_note_for_adults_and_an_appeals_gifts_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["Keeping safe online: a schools programme", "Safer Streets for families",
                                     "Where the money went: an audit of the fund", "For the record"])
def test_headings_near_safety_notes_and_gifts_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Who my customers are", "Our target market", "4. Market research", "Marketing", "Competitors",
    "12-month cash flow forecast", "Financial forecast", "SWOT analysis", "Back-up plan", "Personal survival budget"])
def test_a_business_plans_parts_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["Marketing the scheme to young people", "Market Watch: a year on",
                                     "Planning for a safer market town", "Our customers' safety: the pub watch"])
def test_headings_near_a_business_plans_parts_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", ["In the box", "What's in the box", "Setting up the app", "Installation",
                                     "Lights and troubleshooting", "Troubleshooting", "Warranty",
                                     "Manufacturer's warranty", "Disposal and recycling"])
def test_a_user_manuals_parts_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["Sharing a clip with the police", "Lights: how street lighting cut crime",
                                     "Installing doorbells for older residents: Project Doorstep"])
def test_headings_near_a_user_manuals_parts_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Programme notes", "Our soloists", "Future concerts", "Item description from the seller", "Item specifics",
    "Postage and returns", "Similar items", "In the owner's words", "Goodbyes from staff"])
def test_a_concert_programmes_and_a_listings_parts_and_a_yearbooks_goodbyes_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["Our performers: young people from the estate", "Payments to victims",
                                     "Delivery of the Safer Streets fund", "Messages from victims shaped the service"])
def test_headings_near_a_programmes_and_a_listings_parts_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Club notices", "Parish notices", "PRIZES", "Race prizes and trophies", "Prize-giving", "Questions for discussion",
    "Topics for your reading group", "Gift Aid: add 25% at no cost to you", "Gift Aid declaration",
    "Paying in what you've raised", "Strengths, and things for governors to follow up", "Strengths", "To follow up",
    "Strengths and areas for development", "Terms and conditions", "PART 3: CONDITIONS OF HIRE",
    "Standard terms of business", "Guest", "Guests (in studio)", "Ad read (Harbour Coffee, 60 sec, script from them)",
    "Sponsor spot", "Run of show", "Links for show notes", "Guide price £465,000", "Key features", "Floor plans",
    "Tenure and council tax", "Viewings", "A little history", "History of the building", "Important notice",
    "If something goes wrong", "Our advertisers", "Advertise in the Messenger", "Bags and searches", "WC",
    "Join the society", "CODE OF CONDUCT", "Anything else you want us to know"])
def test_notices_prizes_a_guides_questions_and_a_sponsorship_forms_parts_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["Fixed penalty notices issued on the estate", "Closure notices",
                                     "Prizes for young people who stay out of trouble", "Questions officers now ask",
                                     "Giftwrap for the food bank", "Strengths-based work with families",
                                     "Strengthening neighbourhood policing",
                                     "Changing the conditions of release for offenders",
                                     "Guest houses signed up to Pubwatch", "Ad hoc patrols in the park",
                                     "Show notes", "History of knife crime in Leeds", "Price marking for shops",
                                     "Services for victims of stalking", "Stop and search scrutiny",
                                     "Reviews of domestic homicides", "Code of practice training for call handlers"])
def test_headings_near_notices_prizes_and_gift_aid_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", ["Age policy", "Age limits", "SAFEGUARDING", "Safeguarding policy",
                                     "Our welfare officer", "How we teach online safety", "How we teach reading"])
def test_a_clubs_an_events_or_a_schools_standing_arrangements_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["Safeguarding adults at risk in custody", "Safeguarding hubs in every district",
                                     "Age-appropriate interviews for child victims", "Welfare checks on the night-time economy",
                                     "Teaching online safety with the police cadets"])
def test_headings_near_standing_arrangements_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Statement of intent", "Challenges", "Intended outcomes", "Activity in this academic year",
    "Budgeted cost: £58,400", "Teaching (for example, CPD, recruitment and retention)",
    "Targeted academic support (for example, tutoring)", "Wider strategies (for example, related to attendance)",
    "Why invest?", "Please read: the risks", "The risks in more detail", "Risk factors",
    "My job in one paragraph", "How I work", "Our week", "Things I'm bad at", "Getting hold of me"])
def test_a_strategy_templates_a_share_offers_and_a_managers_readme_parts_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", ["Challenges we faced in the first year", "Outcomes for victims",
                                     "Activity with schools", "Teaching young drivers", "Why invest in prevention",
                                     "Risks to children online", "How we worked with schools"])
def test_headings_near_those_parts_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "What this plan is for", "Who does what", "Places of safety", "Testing and keeping this plan up to date",
    "Reviewing the plan", "People who may need help", "The pitch in a paragraph", "Why now?", "Why me"])
def test_an_emergency_plans_and_a_pitchs_standing_parts_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Safe Places scheme", "Pitch Perfect: our girls' football nights", "Why now is the time for Street Doctors",
    "Flood wardens", "Who we helped", "Helping people who may need help online"])
def test_headings_near_an_emergency_plans_parts_still_title_work(heading):
    assert not is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Major comments", "Minor comments", "Comments to the authors", "Confidential comments to the editor",
    "Specific points"])
def test_a_peer_reviewers_comments_are_not_work(heading):
    assert is_not_work(heading)


@pytest.mark.parametrize("heading", [
    "Major incidents", "Comments cards in custody suites", "Specific issues clinics for victims of fraud"])
def test_headings_near_a_reviewers_comments_still_title_work(heading):
    assert not is_not_work(heading)
