"""The one sentence splitter: exact spans, abbreviations kept, lines and page-broken sentences."""

from __future__ import annotations

from ingest.sentences import document_sentences, sentence_spans, sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_spans_are_exact_and_trimmed():
    text = "  Kent Police set up a hub. It opened in 2021!  \n"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Kent Police set up a hub.", "It opened in 2021!"]


def test_abbreviations_do_not_end_a_sentence():
    assert _texts("Led by Dr. Smith, e.g. Pathfinder. Next one.") == ["Led by Dr. Smith, e.g. Pathfinder.", "Next one."]


def test_a_line_is_a_sentence_unless_the_next_line_carries_on_in_lowercase():
    text = "Overall\n94%\nThe scheme was\n\nextended across the force."
    assert _texts(text) == ["Overall", "94%", "The scheme was\n\nextended across the force."]


def test_a_window_of_the_text_keeps_document_offsets():
    text = "Intro. Kent Police ran it. Then more."
    start = text.index("Kent")
    spans = sentence_spans(text, start, len(text))
    assert [text[s:e] for s, e in spans] == ["Kent Police ran it.", "Then more."]
    assert document_sentences(text) == tuple(sentence_spans(text))
    assert sentences("One here. Two there.") == ["One here.", "Two there."]


def test_joined_spans_mend_a_line_broken_before_a_capital_inside_a_sentence():
    from ingest.sentences import joined_sentence_spans

    text = "Working with partners across the region since 2024, Heddlu\nDyfed-Powys and South Wales Police offered checks. Next."
    spans = joined_sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Working with partners across the region since 2024, Heddlu\nDyfed-Powys and South Wales Police offered checks.",
        "Next."]
    assert len(sentence_spans(text)) == 3  # the plain splitter cuts at the line break


def test_prose_is_eight_words_ending_a_sentence_or_running_to_a_lines_length():
    from ingest.sentences import is_prose

    assert is_prose("Officers visited 340 schools to talk about knife crime.")
    assert not is_prose("Officers visited 340 schools.")  # too short to tell from a label
    assert not is_prose("Total recorded crime by district and month 2023 to 2025")  # a caption, no sentence end
    assert is_prose("Officers and staff from the neighbourhood team visited every school in the district over the")
