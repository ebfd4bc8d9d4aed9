"""Whether a section tells of work done (ingest/work.py), and what that does to a document cut at
headings or numbers: context sections (demand, projections, workforce tables), answers that only
point somewhere and declines are not initiatives, while every way English tells of work (past,
present, passive, a role as the subject, a verb the lexicon lacks after a force) keeps a section.
Sentences written for these tests, in the forms of the documents they stand for."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers import read_document
from ingest.segment import segmentation
from ingest.work import describes_work

WORK = [
    "We set up a town centre retail crime partnership with the business improvement district.",
    "Since October youth workers and two of our PCSOs have run free Friday night football.",
    "A new triage car was introduced in 2023.",
    "The navigator meets each detainee and refers them to housing and drug services.",
    "Custody sergeants used a shorter risk assessment form that detainees could read.",
    "Northshire Police and the county council put average speed cameras on four rural routes.",
    "Cleveland Police and the council lit a subway where robberies had happened.",
    "Officers in the city centre worked with the football club on a diversion scheme.",
    "Avon and Somerset Police texts every burglary victim in Bath each week with news of their case.",
    "The officers are on call around the clock, searching for missing people and following suspects.",
    "Our officers were trained to fly drones across the rural west of the force area.",
]
NOT_WORK = [
    "On current trends, emergency calls will rise by about 3% a year to 2029/30.",
    "Mental health demand is expected to stay at its current level.",
    "Call handler turnover was 19% in the year.",
    "The names and photographs of every neighbourhood officer are on our website.",
    "The opening hours will stay the same for now.",
    "Please keep telling us what you see, online or on 101.",
    "We cannot talk about individual investigations.",
    "The information requested is not held by the force.",
    "Demand rose again in 2024/25 and calls increased.",
]


@pytest.mark.parametrize("sentence", WORK)
def test_work_done_is_seen_in_any_tense_voice_or_subject(sentence):
    assert describes_work(sentence)


@pytest.mark.parametrize("sentence", NOT_WORK)
def test_figures_projections_pointers_and_declines_are_not_work(sentence):
    assert not describes_work(sentence)


def test_a_noun_that_is_also_a_work_verb_is_not_work():
    assert not describes_work("The review of the fund and its training budget is due in May.")
    assert describes_work("The unit reviews every high-risk case each fortnight.")


FMS = """\
# Force Management Statement 2025: public contact

## 1. Current demand

In 2024/25 there were 101,845 emergency calls, 5.7% more than the year before. Calls about mental health made up one in eight incidents.

## 2. Future demand

On current trends, emergency calls will rise by about 3% a year to 2029/30, and online reports will overtake non-emergency calls by 2027/28.

## 3. Improvement programmes

### 3.1 The digital desk

In April 2024 we set up a digital desk of six call handlers who answer web chat and online reports. It cleared 94% of online reports within a day.

### 3.2 Mental health practitioners in the control room

Since June 2024 two mental health nurses from the county NHS trust have worked in the control room from 2pm to midnight, advising call handlers and speaking to callers.
"""


def test_a_statement_of_demand_keeps_only_its_programmes(tmp_path: Path):
    path = tmp_path / "fms.md"
    path.write_text(FMS, encoding="utf-8")
    found = segmentation(read_document(path, "fms.md")).initiatives
    assert [i.title for i in found] == ["The digital desk", "Mental health practitioners in the control room"]


def test_a_noun_modifying_a_noun_is_no_verb():
    assert not describes_work("Retain for seven years after closure in line with the retention schedule.")
    # a subject of several joined by 'and' takes the bare verb
    assert describes_work("A psychologist, probation and an independent advocate review every high-risk case.")


CLOSURE = """\
# Project closure report: FELLSIGHT

## 1. Project summary

Project name\tFELLSIGHT: drones for missing person searches in the fells
Objectives\tTo cut the time taken to find missing people on open fell land by searching from the air first.
What was delivered\tWe trained six pilots and bought two drones with thermal cameras, based at Penrith.
Benefits\tAverage search time fell from 5 hours to 2 hours over the pilot.

## 2. Approval

Name\tRole\tDecision\tDate
A. Chair\tChair, Change Board\tClosure approved\t18/11/2024
"""


def test_a_project_laid_out_as_a_table_of_labelled_rows_is_the_piece_and_its_sign_off_is_not(tmp_path: Path):
    path = tmp_path / "closure.md"
    path.write_text(CLOSURE, encoding="utf-8")
    found = segmentation(read_document(path, "closure.md")).initiatives
    assert len(found) == 1 and "trained six pilots" in CLOSURE[found[0].start:found[0].end]


def test_a_named_body_or_a_piece_of_work_can_be_the_doer_but_a_capitalised_opening_word_is_not():
    assert describes_work("Selby District Council gave 500 homes free door chains.")
    assert describes_work("A crime prevention campaign in Selby gave 500 homes free door chains.")
    assert not describes_work("Demand increased again and Calls doubled.")


def test_a_row_of_figures_is_no_sentence_of_work_but_a_prose_cell_is():
    assert not describes_work("Appointed\t611\t108\t493\t17.7%")
    assert describes_work("1.2\tShop theft\tGREEN\tThe force and the business district launched a radio link for 64 shops.")


def test_what_is_to_be_done_is_not_work_done():
    assert not describes_work("The provider will be required to supply nurses to assess detainees and see them interviewed.")
    assert not describes_work("Bidders must demonstrate that they have delivered similar services.")
    assert describes_work("We set up the clinic in 2023 and will extend it next year.")


def test_text_in_another_language_is_not_judged():
    from ingest.work import in_english

    welsh = "Mae swyddogion cymorth cymunedol yr heddlu wedi patrolio Llwybr Taf ar feiciau bob penwythnos ers mis Mawrth."
    assert not in_english(welsh + " " + welsh) and describes_work(welsh + " " + welsh)
    assert in_english("Officers patrolled the trail by bike every weekend since March, with the council.")


def test_cadets_and_specials_are_people_doing_work():
    assert describes_work("Bridport cadets joined the speed watch team and recorded 340 vehicles over the limit.")
    assert describes_work("Our specials joined the night-time economy patrols every Saturday in December.")


@pytest.mark.parametrize("text, advice", [
    ("Take GPS screens out of cabs at night. Mark and register machinery. Report suspicious vehicles to 101.", True),
    ("Never leave keys in a vehicle. Lock sheds and fit an alarm.", True),
    ("Mark Jones set up the farm watch group. Use of force fell by 12%.", False),
    ("Take-up of marking kits rose. We marked 400 quad bikes.", False),
    # tips with a reason or a fact among them
    ("Lock the frame to a stand with the D-lock full. Thieves carry one tool. Use a cable for the front wheel. "
     "Note your frame number. It is under the bottom bracket. Photograph it and your bike today.", True),
    # an account told mostly to the reader is still an account once it says what was done
    ("You told us about bike theft at the station. You can now use the new racks. Lock the frame to them. "
     "We marked 300 bikes there in June.", False),
    # three sentences of four not enough when two are facts
    ("Lock your shed. Thieves came twice in March. Sheds on Park Road were hit. Fit an alarm.", False),
    # a service offered to the reader, then what the service did: an account
    ("The fire service will visit you at home free of charge. An adviser spends an hour with you. They can refer "
     "you to our falls team. Last year the service made more than 4,000 visits across the county.", False),
])
def test_a_checklist_of_advice_in_the_imperative_speaks_to_the_reader(text, advice):
    from ingest.layouts.common import is_addressed_to_reader
    assert is_addressed_to_reader(text) is advice


def test_a_table_of_prices_or_figures_is_no_other_language():
    # its short cells say nothing in any language: it is judged as English (and tells of no work),
    # not waved through as a page in Welsh would be
    from ingest.work import in_english

    prices = ("Vaccination\tPrice (inc. VAT)\nDog annual booster\t£58.50\nCat annual booster\t£54.00\n"
              "Rabbit combined vaccine\t£49.75\nPuppy or kitten course (two injections)\t£96.00\n"
              "Microchip (free with a puppy or kitten course)\t£22.00\n")
    assert in_english(prices) and not describes_work(prices)


def test_work_told_in_the_passive_with_a_participle_like_its_base_is_work():
    # 'run' is its own past participle: 'are run by ...', 'has run since 2019'
    assert describes_work("Their Winter Ready evenings are run by Keswick Mountain Rescue Team with the rangers.")
    assert describes_work("The café has run every Friday since 2019.")


def test_marshals_officials_and_professionals_do_work():
    assert describes_work("The BID's team of six night marshals has patrolled the waterfront since 2024.")


def test_a_modal_inside_a_clause_set_off_before_the_verb_does_not_make_the_work_planned():
    assert describes_work("Three years ago, after a man collapsed on the promenade and nobody could find a "
                          "defibrillator, she and a few friends started the group and trained 1,100 people in CPR.")
    # the sentence's own modal still does
    assert not describes_work("The supplier will, in the first year of the contract, provide training to staff.")
    assert not describes_work("If we can secure funding, we will expand the scheme to two more towns.")
