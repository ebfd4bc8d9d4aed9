"""A questionnaire's answers: a consultation response form, a survey return, a call for evidence
answered question by question. Numbered questions ('Question 3: Please give examples of ...',
'Q5.') each followed by the respondent's answer under an answer label ('Your answer:',
'Comments:', 'Response:'), or, with no labels, questions put to the respondent ('Describe how you
will ...', 'Give one example ...': a tender's quality questions) each answered in prose. Each
answer is judged on its own: one telling of work the respondent or a partner did (an example the form asked for) is a piece; agreement, objections and 'No
further comments' are not. The questions are the asker's, so they neither title nor credit the
pieces: the respondent (the document's owner) and the bodies the answer names do."""

from __future__ import annotations

import re

from ingest.layouts.common import Section, View, section_of
from ingest.work import describes_work

NAME = "questionnaire answers"
PIECES_NAME_OWNERS = False  # the respondent's answers: the document's owner is theirs

MIN_QUESTIONS = 3
_QUESTION = re.compile(r"(?i)^(?:question|q)\s*(\d{1,3})(?:\s*[.:)]\s*\S|[ \t]+(?=[A-Z]))")
# a question put to the respondent, not a reader's own ('How do I report a crime?'): it asks them
# ('Describe how you will ...', 'Give one example, from a contract you have delivered ...', 'Set out
# your mobilisation plan.') and no reader speaks in it
_PUT_TO_THEM = re.compile(r"(?i)\byour?\b|^(?:question|q)\s*\d{1,3}\W*(?:[\w ]{1,30}:\s*)?(?:describe|give|explain|set out|"
                          r"tell|provide|outline|list|state|summarise|detail|please)\b")
_READER = re.compile(r"(?i)\b(?:i|me|my|we|our|us)\b")
_ANSWER_WORDS = 12  # an answer written out under the question: a paragraph of prose
_ANSWER_WITHIN = 4  # lines after a question that may open its written answer (after a weighting, a word limit)
# the respondent's answer set under a label of the form: 'Your answer: Agree', 'Comments:'
_ANSWER_LABEL = re.compile(r"(?i)^(?:your |our |respondent['’]?s )?(?:answer|response|comments?|reply)\s*:")
_LABEL_WITHIN = 3  # lines after a question that may hold its answer label
_ANSWERED_SHARE = 0.5  # of the questions, at least this share followed by an answer label


def _questions(view: View) -> list[int]:
    """Indexes of the lines opening numbered questions, when their numbers run upwards and the
    form's answer labels follow them."""
    lines = view.lines
    found = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _QUESTION.match(line.plain))]
    numbers = [n for _, n in found]
    if len(found) < MIN_QUESTIONS or numbers != sorted(set(numbers)):
        return []
    answered = sum(any(_ANSWER_LABEL.match(line.plain) for line in lines[i + 1:i + 1 + _LABEL_WITHIN])
                   for i, _ in found)
    if answered < _ANSWERED_SHARE * len(found) and all(_put_to_them(lines[i].plain) for i, _ in found):
        # a form answered without labels (a tender's quality questions, each answered in prose
        # under its weighting): the questions put to the respondent, and written answers after them
        answered = sum(any(len(line.plain.split()) >= _ANSWER_WORDS for line in lines[i + 1:i + 1 + _ANSWER_WITHIN])
                       for i, _ in found)
    return [i for i, _ in found] if answered >= _ANSWERED_SHARE * len(found) else []


def _put_to_them(question: str) -> bool:
    return bool(_PUT_TO_THEM.search(question)) and not _READER.search(question)


def score(view: View) -> tuple[float, str]:
    questions = _questions(view)
    if not questions:
        return 0.0, f"no run of {MIN_QUESTIONS}+ numbered questions with answer labels"
    return 0.85, f"{len(questions)} numbered questions put to the respondent, answered"


def sections(view: View) -> list[Section]:
    lines = view.lines
    questions = _questions(view)
    found = []
    for n, at in enumerate(questions):
        end = questions[n + 1] if n + 1 < len(questions) else len(lines)
        body = [line for line in lines[at + 1:end] if not _ANSWER_LABEL.fullmatch(line.plain.strip())]
        if not body or not describes_work(view.doc.text[body[0].start:body[-1].end]):
            continue
        # (the answer starts at its first line of prose: a weighting or word limit above it is the form's)
        answer = next((line for line in body[:_ANSWER_WITHIN] if len(line.plain.split()) >= _ANSWER_WORDS), body[0])
        found.append(section_of(view, lines[at:end], "", "", view.doc.title, answer.start))
    return found
