"""A synthetic corpus N times the size of a real one, for the scale benchmark.

Copy 0 is the real corpus, byte for byte. Copy k >= 1 of every text document is the same
document with

* every force mention replaced by another force (`ALL_FORCES` rotated by a copy-dependent
  step, never 0, so no force stays itself),
* every quoted name ('Inclusion Matters') and every named programme, scheme, network...
  outside headings and organisations' names ("Inclusive Leadership Programme") carrying the
  copy's variant tag ("V7"), so most initiative titles differ between copies,
* the sentences of every long paragraph after its first one shuffled with a seeded RNG, so
  passages - and their embeddings - differ.

With `protect` (the evaluation's gold quotes), copies leave out every paragraph holding one, so
the answer to a graded question exists once, in copy 0: the copies are same-domain distractors
that never duplicate a gold passage (shuffling and renaming alone leave about half the quotes
verbatim; leaving out only the quoted sentence kept the rest of its passage, a second answer
under another force that ranked above the original for questions paraphrasing it).

With `asked` (the graded questions themselves), copies also leave out the other paragraphs of the
gold initiative that answer the question: the quote's paragraph is often not the only one. For a
question asking for figures, every paragraph of the initiative holding one of them; for a question
describing an initiative, its paragraphs (title and headings included) most like the question, until
what is left of the initiative holds fewer than half of the question's words. At 10x, three of five
misses were copies still saying, under another force, what the question asked ('The Race Equity and
Allyship training is mandatory ... from Sergeant ... and above'), a second answer and no
distractor; the rest of each copy (the parts not asked about) stays, a near-duplicate that only
ranking, not the generator, should tell from the original.

Line structure (blank lines, headings, labels such as 'Audience:', tables) is kept, so the
segmenter finds the same kind of initiatives in every copy. Output is deterministic for a
given seed. Only .txt and .md files are multiplied; other formats are copied once.
"""

from __future__ import annotations

import bisect
import json
import random
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from index.gazetteer import ALL_FORCES, FORCE_AREAS, find_forces, find_organisations

TEXT_SUFFIXES = (".txt", ".md")
CATALOG = "catalog.json"

_QUOTED = re.compile(r"(?<!\w)(['‘\"“])([A-Z][^\n'‘’\"“”]{1,80}?)([,.]?)(['’\"”])(?![a-z])")
_NAMED = re.compile(
    r"\b((?:[A-Z][\w'’&\-]*|and|of|for|&) ){1,5}"
    r"(Programme|Program|Scheme|Network|Campaign|Academy|Project|Survey|Initiative|Toolkit|"
    r"Course|Workshop|Panel|Charter|Hub|Pathway|Award|Forum|Strategy)s?\b"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘\"'(])")
_LEAD = re.compile(r"^(\s*(?:[-•●▪◦*]\s+)?)")


@dataclass(frozen=True)
class Asked:
    """A graded question as the generator needs it: its gold quote, its words, and - for a question
    asking for figures (`kind` 'metric') - the figures it asks for. Only 'lookup' questions (one
    initiative described) and 'metric' ones leave out more than the quote's paragraph."""

    quote: str
    question: str = ""
    kind: str = "lookup"
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Generated:
    """What `generate` wrote: the folder, its files (doc ids) and the copy each belongs to."""

    folder: Path
    files: tuple[str, ...]
    copies: dict[str, int]


def variant_tag(copy: int) -> str:
    return f"V{copy}"


def force_step(copy: int) -> int:
    """How far copy `copy` rotates the force list: 1..len-1, never 0 (a force never maps to itself)."""
    n = len(ALL_FORCES)
    return 1 + (copy - 1) % (n - 1)


def rotate_force(name: str, copy: int) -> str:
    return ALL_FORCES[(ALL_FORCES.index(name) + force_step(copy)) % len(ALL_FORCES)]


def _area_names() -> set[str]:
    return {a.lower() for areas in FORCE_AREAS.values() for a in areas}


_AREAS = _area_names()


def _replacement(surface: str, canonical: str, copy: int) -> str:
    """The other force's name, written the way this mention was (bare place name or full name)."""
    target = rotate_force(canonical, copy)
    normal = " ".join(surface.replace("&", "and").replace("**", " ").split()).lower()
    if normal in _AREAS and target in FORCE_AREAS:
        return FORCE_AREAS[target][0]
    return target


def replace_forces(text: str, copy: int) -> str:
    out, at = [], 0
    for m in find_forces(text):
        if m.start < at or m.name not in ALL_FORCES:
            continue
        out.append(text[at:m.start])
        out.append(_replacement(text[m.start:m.end], m.name, copy))
        at = m.end
    out.append(text[at:])
    return "".join(out)


def tag_names(text: str, copy: int) -> str:
    """Quoted names and named programmes carry the copy's tag; organisations' names are left alone
    (the gazetteer must still find them) and so are headings (the segmenter matches them against
    the contents page)."""
    tag = variant_tag(copy)
    text = _QUOTED.sub(lambda m: f"{m.group(1)}{m.group(2)} {tag}{m.group(3)}{m.group(4)}", text)
    organisations = [(o.start, o.end) for o in find_organisations(text)]
    starts = [s for s, _ in organisations]

    def named(m: re.Match) -> str:
        i = bisect.bisect_right(starts, m.end()) - 1
        if i >= 0 and organisations[i][1] > m.start():
            return m.group(0)  # overlaps an organisation's name
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:].lstrip().startswith("#"):
            return m.group(0)
        return f"{text[m.start():m.start(2)]}{tag} {text[m.start(2):m.end()]}"

    return _NAMED.sub(named, text)


def shuffle_sentences(text: str, rng: random.Random) -> str:
    """Shuffle all but the first sentence of every long prose line; structure lines untouched."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        body = line.rstrip()
        if len(body) < 200 or body.lstrip().startswith("#") or "\t" in body or "|" in body:
            continue
        lead = _LEAD.match(body).group(1)
        sentences = _SENTENCE_BREAK.split(body[len(lead):])
        if len(sentences) < 3:
            continue
        rest = sentences[1:]
        for _ in range(3):  # a shuffle that leaves everything in place is no perturbation
            rng.shuffle(rest)
            if rest != sentences[1:]:
                break
        lines[i] = lead + " ".join([sentences[0], *rest]) + line[len(body):]
    return "\n".join(lines)


def drop_paragraphs(text: str, quotes: Sequence[str], lines: Sequence[tuple[int, int]] = ()) -> str:
    """The text without the paragraphs (lines) that hold any of `quotes`, nor the `lines` (start,
    end): the passage a quote is found in is the answer, and a copy keeping the rest of it (the
    sentences around the quote) would be a second copy of the answer under another force, not a
    distractor."""
    cuts: list[tuple[int, int]] = list(lines)
    for quote in quotes:
        at = text.find(quote)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at + len(quote))
            cuts.append((line_start, len(text) if line_end < 0 else line_end))
            at = text.find(quote, at + 1)
    out, at = [], 0
    for start, end in sorted(cuts):
        if start >= at:
            out.append(text[at:start])
        at = max(at, end)
    out.append(text[at:])
    return "".join(out)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line overlapping text[start:end]."""
    out, at = [], text.rfind("\n", 0, start) + 1
    while at < end:
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        if text[at:stop].strip():
            out.append((at, stop))
        at = stop + 1
    return out


def _has_value(value: str, text: str) -> bool:
    """`value` as a whole figure ("70" is not in "170" or "70.5"), as the grading reads figures."""
    return re.search(r"(?<![\d])" + re.escape(value) + r"(?![\d]|[.,]\d)", text) is not None


def answering_paragraphs(text: str, spans: Sequence[tuple[int, int]],
                         asked: Sequence[Asked]) -> list[tuple[int, int]]:
    """The paragraphs (lines) of `text` besides a gold quote's own that answer an `asked` question:
    in the initiative holding the quote (`spans`: the document's initiatives, start and end), the
    ones holding a figure a metric question asks for; for a question describing an initiative, its
    paragraphs sharing most of the question's words (forces aside), taken until the rest share
    fewer than half."""
    from index.terms import tokens

    found: list[tuple[int, int]] = []
    for item in asked:
        at = text.find(item.quote) if item.quote else -1
        if at < 0:
            continue
        span = next(((s, e) for s, e in spans if s <= at < e), None)
        if span is None:
            continue
        own = set(_lines(text, at, at + len(item.quote)))
        lines = [ln for ln in _lines(text, *span) if ln not in own]
        if item.kind == "metric":
            found += [(s, e) for s, e in lines if any(_has_value(v, text[s:e]) for v in item.values)]
            continue
        # the forces a question names are not asked-for facts: every copy names other forces
        named = {w for m in find_forces(item.question) for w in tokens(item.question[m.start:m.end])}
        words = set(tokens(item.question)) - named if item.kind == "lookup" else set()
        if not words:
            continue
        shared = {ln: words & set(tokens(text[ln[0]:ln[1]])) for ln in lines}
        kept = list(lines)
        while kept and 2 * len(set().union(*(shared[ln] for ln in kept))) >= len(words):
            most = max(kept, key=lambda ln: (len(shared[ln]), -ln[0]))
            kept.remove(most)
            found.append(most)
    return found


def perturb(text: str, copy: int, seed: int = 0, name: str = "", protect: Sequence[str] = (),
            cut: Sequence[tuple[int, int]] = ()) -> str:
    """Copy `copy` (>= 1) of a document's text, without the paragraphs holding `protect` quotes
    nor the `cut` lines (start, end)."""
    if copy < 1:
        return text
    rng = random.Random(f"{seed}:{copy}:{name}")
    return shuffle_sentences(tag_names(replace_forces(drop_paragraphs(text, protect, cut), copy), copy), rng)


def initiative_spans(path: Path) -> list[tuple[int, int]]:
    """(start, end) of each initiative the ingest finds in a text file."""
    from ingest.pipeline import build_initiatives
    from ingest.readers import read_document

    return [(i.start, i.end) for i in build_initiatives(read_document(path, path.name))]


def copy_name(name: str, copy: int) -> str:
    """File name of copy `copy`; copy 0 keeps the original name. Copies sort after every original
    and copy k of every document before copy k + 1 of any, so the ingest (which walks files in
    sorted order) stored, at any moment, the originals plus whole copies: an interrupted run
    leaves a smaller scale corpus of the same kind."""
    if copy == 0:
        return name
    return f"v{copy:03d}.{name}"


def generate(source: Path, out: Path, factor: int, seed: int = 0, protect: Sequence[str] = (),
             asked: Sequence[Asked] = ()) -> Generated:
    """Write a corpus `factor` times the size of `source` into `out` (emptied first); no copy
    holds a `protect` quote, nor the quote of an `asked` question or another answer to it."""
    if factor < 1:
        raise ValueError("factor must be at least 1")
    source, out = Path(source), Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    catalog_path = source / CATALOG
    catalog = json.loads(catalog_path.read_text(encoding="utf-8")) if catalog_path.exists() else {}
    new_catalog: dict[str, dict] = {}
    written: list[str] = []
    copies: dict[str, int] = {}
    for path in sorted(p for p in source.iterdir() if p.is_file() and p.name != CATALOG):
        multiply = path.suffix.lower() in TEXT_SUFFIXES
        text = path.read_text(encoding="utf-8") if multiply else None
        left_out, cut = list(protect), []
        if multiply and factor > 1 and asked:
            present = [a for a in asked if a.quote and a.quote in text]
            left_out += [a.quote for a in present]
            if present:
                cut = answering_paragraphs(text, initiative_spans(path), present)
        for copy in range(factor if multiply else 1):
            name = copy_name(path.name, copy)
            if copy == 0:
                shutil.copyfile(path, out / name)
            else:
                (out / name).write_text(perturb(text, copy, seed, path.name, left_out, cut), encoding="utf-8")
            written.append(name)
            copies[name] = copy
            if path.name in catalog:
                entry = dict(catalog[path.name])
                if copy:
                    entry["title"] = f"{entry.get('title', path.stem)} ({variant_tag(copy)})"
                new_catalog[name] = entry
    if new_catalog:
        (out / CATALOG).write_text(json.dumps(new_catalog, indent=2, ensure_ascii=False), encoding="utf-8")
    return Generated(out, tuple(written), copies)
