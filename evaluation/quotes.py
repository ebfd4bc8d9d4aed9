"""Find a quote in a document's text: exactly, or across formats by normalised matching.

The one home for locating gold quotes, seeds and manifest anchors. A quote copied from one
rendering of a document (the corpus `.txt`) rarely occurs character for character in another
(the PDF, Word file or web page its publisher issued): lines wrap where the page ends, words
break with a hyphen at a line end, quotes and dashes are typographic, and a running footer or a
page number sits in the middle of a paragraph that crosses a page. `normalised_spans` compares
words instead of characters and maps a match back to exact offsets of the text searched, so a
grader's "does this result's span cover the quote" works on any rendering:

* a word is a run of letters and digits after Unicode compatibility folding (ligatures such as
  "ﬁ" become "fi") and case folding; everything between words (whitespace of any length, line
  breaks, punctuation, straight or curly quotes) only separates them;
* a hyphen or dash between two word characters joins them ("under-represented" is one word),
  and so does one at a line end followed by a word on the next line ("organisa-\\ntion" is
  "organisation"), on both sides, so a word hyphenated by the layout matches the unbroken one;
  soft hyphens and zero-width characters are ignored;
* furniture lines (a line repeated three or more times in the text once digits are masked, such
  as a running header or "footer | 12", or a line that is only a page number) may be skipped
  inside a match, never required: a quote crossing a page break still matches, and a quote that
  contains such a line matches it too;
* a quote may begin inside a word and end inside one, as an exact quote may ("ethnicity" in
  "ethnicity1", a footnote mark run into the word);
* the match runs from the quote's first word to its last, widened over the quote's leading and
  trailing punctuation (a closing quote mark, a full stop) where the text has the same marks.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

Offsets = tuple[int, int]  # (start, end) in the text searched, end exclusive
Locator = Callable[[str, str], list[Offsets]]

FURNITURE_REPEATS = 3  # a line seen this often (digits masked) is page furniture
FURNITURE_MAX_CHARS = 160  # longer lines are content even when repeated
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?#+(?:\s*(?:of|/)\s*#+)?$")
_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
                        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
                        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-"})


def exact_spans(text: str, quote: str) -> list[Offsets]:
    """Every (start, end) where `quote` occurs character for character (`text.find`)."""
    spans: list[Offsets] = []
    if not quote:
        return spans
    start = text.find(quote)
    while start >= 0:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


@dataclass(frozen=True)
class Word:
    norm: str  # folded letters and digits
    starts: tuple[int, ...]  # offset in the text of each character of `norm`
    furniture: bool = False  # it starts inside a furniture line


@lru_cache(maxsize=8192)
def _fold(char: str) -> str:
    return unicodedata.normalize("NFKC", char).casefold()


def _ignorable(char: str) -> bool:
    """Soft hyphens and zero-width characters: invisible, never a word boundary."""
    return char == "\u00ad" or unicodedata.category(char) == "Cf"


def _is_dash(char: str) -> bool:
    return char == "-" or unicodedata.category(char) == "Pd"


def _joins_after_dash(text: str, i: int) -> int | None:
    """Where the word goes on after a dash at `i` (the dash follows a word character): the next
    character when it is a word character, or the first one on the next line when only
    whitespace with a line break lies between; None when the dash ends the word."""
    j = i + 1
    if j < len(text) and _fold(text[j]).isalnum():
        return j
    while j < len(text) and text[j] in " \t\r":
        j += 1
    if j < len(text) and text[j] == "\n":
        j += 1
        while j < len(text) and text[j].isspace():
            j += 1
        if j < len(text) and _fold(text[j]).isalnum():
            return j
    return None


def words(text: str, furniture: list[Offsets] | None = None) -> list[Word]:
    """The text's words with their offsets; those starting inside a `furniture` line are flagged."""
    out: list[Word] = []
    regions = sorted(furniture or [])
    region = 0
    i, n = 0, len(text)
    while i < n:
        folded = _fold(text[i])
        if not folded.isalnum():
            i += 1
            continue
        start, parts, starts = i, [], []
        while i < n:
            char = text[i]
            folded = _fold(char)
            if folded.isalnum():
                parts.append(folded)
                starts += [i] * len(folded)
                i += 1
            elif _ignorable(char):
                i += 1
            elif _is_dash(char) and (resume := _joins_after_dash(text, i)) is not None:
                i = resume
            else:
                break
        while region < len(regions) and regions[region][1] <= start:
            region += 1
        inside = region < len(regions) and regions[region][0] <= start < regions[region][1]
        out.append(Word("".join(parts), tuple(starts), inside))
    return out


def furniture_lines(text: str) -> list[Offsets]:
    """Lines that are page furniture: repeated (digits masked) or only a page number."""
    lines: list[tuple[str, int, int]] = []
    offset = 0
    for line in text.split("\n"):
        key = " ".join(re.sub(r"\d+", "#", line).casefold().split())
        lines.append((key, offset, offset + len(line)))
        offset += len(line) + 1
    counts = Counter(key for key, _, _ in lines if key)
    return [(start, end) for key, start, end in lines
            if key and len(key) <= FURNITURE_MAX_CHARS
            and (counts[key] >= FURNITURE_REPEATS or _PAGE_NUMBER.match(key))]


def _align(text_words: list[Word], quote_words: list[str], first: int) -> int | None:
    """Index of the last text word when the quote's words match from `first` on, furniture words
    skipped where that helps; None when they do not match. The first word may end and the last
    begin the text word it is matched with (a quote cut inside a word)."""
    stack = [(0, first)]
    tried: set[tuple[int, int]] = set()
    last = len(quote_words) - 1
    while stack:
        q, t = stack.pop()
        if q > last:
            return t - 1
        if t >= len(text_words) or (q, t) in tried:
            continue
        tried.add((q, t))
        word = text_words[t]
        if word.furniture and q > 0:
            stack.append((q, t + 1))  # tried after matching the word itself
        if _word_matches(word.norm, quote_words[q], q == 0, q == last):
            stack.append((q + 1, t + 1))
    return None


def _word_matches(text_word: str, quote_word: str, first: bool, last: bool) -> bool:
    if text_word == quote_word:
        return True
    if first and last:
        return quote_word in text_word
    return (first and text_word.endswith(quote_word)) or (last and text_word.startswith(quote_word))


def _widen(text: str, start: int, end: int, quote: str) -> Offsets:
    """Take in the quote's leading and trailing punctuation where the text has the same marks."""
    lead = _LEADING_MARKS.match(quote).group()
    trail = _TRAILING_MARKS.search(quote).group()
    for mark in reversed(lead):
        if start > 0 and _same_mark(text[start - 1], mark):
            start -= 1
        else:
            break
    for mark in trail:
        if end < len(text) and _same_mark(text[end], mark):
            end += 1
        else:
            break
    return start, end


_LEADING_MARKS = re.compile(r"^[^\w\s]*")
_TRAILING_MARKS = re.compile(r"[^\w\s]*$")


def _same_mark(a: str, b: str) -> bool:
    return a.translate(_MARKS) == b.translate(_MARKS)


class NormalisedText:
    """A text prepared once for many quotes: its words, furniture flagged, indexed by word."""

    def __init__(self, text: str):
        self.text = text
        self.words = words(text, furniture_lines(text))
        self.at: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            self.at.setdefault(word.norm, []).append(index)

    def spans(self, quote: str) -> list[Offsets]:
        """Every non-overlapping (start, end) where the quote's words occur, in text order;
        matches beginning inside a word are looked for only when no whole-word match exists."""
        wanted = [w.norm for w in words(quote)]
        if not wanted:
            return []
        found = self._matches(wanted, quote.strip(), self.at.get(wanted[0], []))
        if not found:
            inside = [i for i, word in enumerate(self.words) if wanted[0] in word.norm]
            found = self._matches(wanted, quote.strip(), inside)
        return found

    def _matches(self, wanted: list[str], quote: str, candidates: list[int]) -> list[Offsets]:
        found: list[Offsets] = []
        after = -1
        for first in candidates:
            if first <= after:
                continue
            last = _align(self.words, wanted, first)
            if last is None:
                continue
            head, tail = self.words[first], self.words[last]
            # where the quote's first word begins in its text word, and its last word ends
            begin = head.norm.index(wanted[0]) if first == last else len(head.norm) - len(wanted[0])
            finish = begin + len(wanted[0]) if first == last else len(wanted[-1])
            found.append(_widen(self.text, head.starts[begin], tail.starts[finish - 1] + 1, quote))
            after = last
        return found


@lru_cache(maxsize=16)
def prepared(text: str) -> NormalisedText:
    """The text prepared for searching, kept while the same documents are searched again."""
    return NormalisedText(text)


def normalised_spans(text: str, quote: str) -> list[Offsets]:
    """Every (start, end) of `text` where `quote` occurs once wrapping, hyphenation at line ends,
    typographic quotes and dashes, case and furniture lines are set aside (see the module
    docstring)."""
    return prepared(text).spans(quote)
