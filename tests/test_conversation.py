"""Tests for service.conversation: elliptical follow-ups against complete questions, pronouns,
places, forces, counting and evidence asks, and the LLM condense step with its check."""

from __future__ import annotations

import pytest

from service.conversation import Shown, keeps_turn, read_alone, read_turn

NEURO = "What have forces done to support neurodivergent officers?"
ANSWER = ("8 initiatives from 3 forces match your question:\n"
          "- **Durham Constabulary** — Neurodiversity Toolkit: The force created toolkits. [1]\n"
          "- **Kent Police** — Achieve Programme: A development programme. [2]")
SHOWN = Shown(forces=["Durham Constabulary", "Kent Police"],
              initiatives=[("i-durham", "Neurodiversity Toolkit", ["Durham Constabulary"]),
                           ("i-kent", "Achieve Programme", ["Kent Police"])])


def shown_in(text: str) -> Shown:
    return SHOWN if text == ANSWER else Shown()


def conversation(*turns: str) -> list[dict]:
    history = []
    for turn in turns:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": ANSWER}]
    return history


def read(text: str, *earlier: str):
    return read_turn(text, conversation(*earlier), shown_in)


def test_without_history_the_question_stands_alone():
    reading = read_turn(NEURO, [], shown_in)
    assert reading.standalone == NEURO and not reading.followup and not reading.regions


@pytest.mark.parametrize("turn, region", [
    ("and in Wales?", "Wales"), ("what about Welsh forces?", "Wales"), ("the North West?", "North West"),
    ("and London?", "London"), ("any in the South West?", "South West"),
])
def test_a_place_alone_narrows_the_previous_topic(turn, region):
    reading = read(turn, NEURO)
    assert reading.followup and reading.regions == [region]
    assert "neurodivergent officers" in reading.standalone and "neurodivergent" in reading.query
    assert "Wales" not in reading.query or region != "Wales"


def test_a_new_place_replaces_the_old_one():
    reading = read("what about the North West?", NEURO, "and in Wales?")
    assert reading.regions == ["North West"] and "Wales" not in reading.standalone


def test_only_a_force_narrows_to_it_as_a_filter():
    reading = read("only Derbyshire", NEURO)
    assert reading.forces == ["Derbyshire Constabulary"] and reading.only_forces
    assert reading.standalone.startswith("What have forces done to support neurodivergent officers")
    assert "Derbyshire Constabulary" in reading.standalone


def test_a_named_force_in_the_question_is_swapped_for_the_new_one():
    reading = read("what about Cleveland?", "What has Kent done for under-represented staff?")
    assert reading.standalone == "What has Cleveland Police done for under-represented staff?"


@pytest.mark.parametrize("turn", ["did it work?", "what were the results?", "has it been evaluated?",
                                  "how many people did it support?"])
def test_it_and_results_refer_to_the_first_initiative_shown(turn):
    reading = read(turn, NEURO)
    assert reading.followup and reading.initiatives == ["i-durham"]
    assert "Neurodiversity Toolkit (Durham Constabulary)" in reading.standalone


def test_the_named_one_picks_that_forces_initiative():
    reading = read("what were the results for the Kent one?", NEURO)
    assert reading.initiatives == ["i-kent"]


def test_those_refers_to_everything_shown():
    reading = read("which of those were independently evaluated?", NEURO)
    assert reading.initiatives == ["i-durham", "i-kent"] and reading.evidence == ["independently evaluated"]


def test_that_force_is_the_first_force_of_the_last_answer():
    reading = read("what else has that force done?", NEURO)
    assert reading.forces == ["Durham Constabulary"] and reading.only_forces and reading.listing
    assert reading.shown == ["i-durham", "i-kent"]
    assert reading.standalone == "What else has Durham Constabulary done?"


@pytest.mark.parametrize("question", [
    "How are forces recruiting more women?",
    "What have forces done on stop and search?",
    "How are forces giving their staff networks more support?",
    "Have any forces built their own mobile apps for frontline officers?",
])
def test_a_complete_new_question_is_not_contaminated(question):
    reading = read(question, NEURO, "and in Wales?")
    assert reading.standalone == question and not reading.followup
    assert not reading.regions and not reading.forces


def test_a_new_subject_after_and_keeps_the_place():
    reading = read("and what about recruitment?", NEURO, "and in Wales?")
    assert reading.regions == ["Wales"] and "recruitment" in reading.standalone
    assert "neurodivergent" not in reading.standalone


def test_a_place_carries_into_a_results_question():
    reading = read("did it work?", NEURO, "what about the South West?")
    assert reading.regions == ["South West"]


@pytest.mark.parametrize("question", ["How many forces use body-worn video for stop and search?",
                                      "Which forces offer menopause support?",
                                      "list the forces that run scrutiny panels"])
def test_counting_questions(question):
    reading = read_alone(question)
    assert reading.count and "forces" not in reading.query.lower().split()[:2]


def test_what_have_forces_done_is_not_a_count():
    assert not read_alone(NEURO).count


def test_a_place_in_a_complete_question_is_a_narrowing():
    reading = read_alone("What have Welsh forces done on neurodiversity?")
    assert reading.regions == ["Wales"] and "Welsh" not in reading.query


def test_west_midlands_as_a_place_is_the_region_and_the_force_is_the_force():
    assert read_alone("what has been done in the West Midlands?").regions == ["West Midlands"]
    reading = read_alone("what has West Midlands Police done on knife crime?")
    assert reading.forces == ["West Midlands Police"] and not reading.regions


def test_evidence_asks():
    independent = read_alone("Which initiatives were independently evaluated?")
    assert independent.evidence == ["independently evaluated"] and independent.listing
    shown = read_alone("What has been shown to work on retention?")
    assert shown.evidence_first and not shown.evidence and "retention" in shown.query


def test_keeps_turn_checks_words_and_places():
    assert keeps_turn("and in Wales?", "What have forces in Wales done for neurodivergent officers?")
    assert not keeps_turn("and in Wales?", "What have forces done for neurodivergent officers?")
    assert not keeps_turn("only Derbyshire", "What has Kent done?")
    assert not keeps_turn("what about recruitment in Wales?", "What about Wales?")


def test_llm_rewrite_is_used_when_it_keeps_the_turn():
    from index.settings import Settings
    from llm_stub import LLMStub

    with LLMStub() as stub:
        stub.script(content="What have Welsh forces done to support neurodivergent officers?")
        settings = Settings(llm_url=stub.url, llm_timeout_s=5)
        reading = read_turn("and in Wales?", conversation(NEURO), shown_in, settings)
        assert reading.how == "llm" and reading.regions == ["Wales"]
        assert reading.standalone == "What have Welsh forces done to support neurodivergent officers?"
        assert "and in Wales?" in stub.requests[0][1]["messages"][-1]["content"]
        stub.script(content="What have forces done to support neurodivergent officers?")  # lost the place
        reading = read_turn("and in Wales?", conversation(NEURO), shown_in, settings)
        assert reading.how == "deterministic" and "(in Wales)" in reading.standalone
        stub.script(status=500)
        reading = read_turn("and in Wales?", conversation(NEURO), shown_in, settings)
        assert reading.how == "deterministic" and reading.regions == ["Wales"]
