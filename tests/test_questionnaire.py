"""The questionnaire layout (ingest/layouts/questionnaire.py) on small response forms written for it."""

from __future__ import annotations

import hashlib

from index.records import Document
from ingest.layouts import choose, make_view
from ingest.readers.outline import text_outline
from ingest.segment import segmentation

RESPONSE = """Cheshire Constabulary: response to the call for evidence on rural crime

Consultation response form

Question 1: Do you agree that rural crime is under-reported?

Your answer: Agree

Comments:

We agree. Farmers tell us they do not report thefts they think we cannot solve.

Question 2: Please give examples of work your force has done with farming communities.

Comments:

Since March 2024 our Rural Crime Team has marked quad bikes and trailers at livestock markets in Beeston and Crewe with the NFU Mutual, and 412 machines were marked in the first year. Thefts of quad bikes in the county fell from 61 to 38.

Question 3: Do you have any other comments?

Comments:

No further comments.

Question 4: Tell us about work with neighbouring forces.

Comments:

North Wales Police and our team ran joint checks on livestock trailers at the border crossings at Farndon in 2024, stopping 140 vehicles and seizing 3 stolen trailers.
"""


def _doc(text: str, title: str) -> Document:
    return Document("form.txt", title, text, hashlib.sha256(text.encode()).hexdigest(),
                    outline=tuple(text_outline(text, [])))


def test_a_response_forms_answers_telling_of_work_are_its_pieces_and_the_rest_are_not():
    doc = _doc(RESPONSE, "Cheshire Constabulary: response to the call for evidence on rural crime")
    assert choose(make_view(doc)).name == "questionnaire answers"
    found = segmentation(doc).initiatives
    texts = [doc.text[i.start:i.end] for i in found]
    assert len(found) == 2
    assert "412 machines were marked" in texts[0] and texts[0].startswith("Question 2:")
    assert "seizing 3 stolen trailers" in texts[1]
    assert not any("No further comments" in t or "We agree." in t for t in texts)
    assert found[0].forces == ["Cheshire Constabulary"]
    assert "North Wales Police" in found[1].forces
    for i in found:
        assert doc.text[i.start:i.end]  # exact spans into the text


def test_numbered_questions_without_a_forms_answer_labels_are_no_questionnaire():
    faq = ("Frequently asked questions\n\nQ1. How do I report a crime?\n\nCall 101 or use our website.\n\n"
           "Q2. Can I report anonymously?\n\nYes, through Crimestoppers.\n\nQ3. Where is my nearest station?\n\n"
           "Use the station finder on our website.\n")
    assert choose(make_view(_doc(faq, "FAQs"))).name != "questionnaire answers"
    # nor questions numbered out of order (a quiz's answers page)
    shuffled = RESPONSE.replace("Question 3:", "Question 9:")
    assert choose(make_view(_doc(shuffled, "Response"))).name != "questionnaire answers"


TENDER = """Schedule 4: Quality questionnaire - bidder's response

Bidder: Harbour Watch Ltd

Q1  Describe how you will staff the control room.

Weighting 20% · Maximum 500 words

We will staff the control room with two operators at all times and a supervisor every day, and we will agree with the force how incidents are passed on.

Q2  Give one example of working in partnership with the police to reduce crime, and the results.

Weighting 30% · Maximum 800 words

Operation Lamplight was run by Dorset Police with Weymouth Town Council from May to September 2024. Our operators guided officers to fights and flagged 40 vulnerable people, and violent crime in the town centre at night fell by 15%.

Q3  Set out your mobilisation plan.

Weighting 10% · Maximum 300 words

We will complete the transfer of staff in the first four weeks and test the radio links with the force before the service starts.
"""


def test_a_tenders_questions_put_to_the_bidder_and_answered_in_prose_are_a_questionnaire():
    doc = _doc(TENDER, "Schedule 4: Quality questionnaire - bidder's response")
    assert choose(make_view(doc)).name == "questionnaire answers"
    found = segmentation(doc).initiatives
    lamplight = [i for i in found if "Operation Lamplight" in doc.text[i.start:i.end]]
    assert len(lamplight) == 1 and lamplight[0].forces == ["Dorset Police"]
    # the answer starts at its prose, not the form's weighting line
    assert lamplight[0].title.startswith("Operation Lamplight")
    assert "Q1" not in doc.text[lamplight[0].start:lamplight[0].end]


def test_a_readers_numbered_questions_with_long_answers_are_no_questionnaire():
    faq = ("Questions and answers\n\n"
           "Q1  How do I report a crime online?\n\nYou can use the online form on our website, which takes about "
           "ten minutes, and an officer will call you back within two days.\n\n"
           "Q2  Can I report something anonymously?\n\nYes, you can call Crimestoppers on 0800 555 111, who will pass "
           "what you tell them to us without your name.\n\n"
           "Q3  Where is my nearest police station?\n\nThe station finder on our website lists every front counter in "
           "the county with its opening hours.\n")
    assert choose(make_view(_doc(faq, "Questions and answers"))).name != "questionnaire answers"
