"""The stage of evidence behind an initiative (independently evaluated, evaluated locally or
untested, as the College of Policing's Practice Bank labels practice), with the exact sentence
that decided it; and whether each reported figure is an outcome or background context.

Read sentence by sentence. Independent: an evaluation act in the same sentence as someone outside
the organisation (a university, independent researchers, an inspectorate), or a design with a
comparison group. Local: outcomes the organisation measured itself (feedback and ratings from
participants, before/after figures, pass, promotion or retention rates, an evaluation by nobody
named). Not evidence: plans to evaluate, evaluations still in progress, a university that helped
design or deliver the work, a survey that is itself the work, counts of activity, a result
named as the work's aim, a change in the figures of the world the work answers.

The basis of a local stage is the sentence reporting the result most directly: a measured change
or those reached achieving something, then another figure of the work's own outcomes, then any
figure, then none (_strength); a headline, a summary or an activity count gives way to it.
"""

from __future__ import annotations

import re

from index.records import Evidence, Metric
from ingest.lines import split_lines, sentence_spans

INDEPENDENT = "independently evaluated"
LOCAL = "evaluated locally"
UNTESTED = "untested"
STAGES = (INDEPENDENT, LOCAL, UNTESTED)

# Someone outside the organisation that ran the work.
_OUTSIDER = (r"(?:universit(?:y|ies)|academics?|researchers|inspectorate|HMICFRS|HMIC|evaluators?"
             r"|(?:[A-Z][\w&'’-]*\s+){1,4}(?:University|College|Institute|Trust|Foundation))")
# Evaluating, reviewing or studying the work's effect.
_ACT = (r"(?:evaluat\w*|peer[\s-]review\w*|review\w*|assess\w*|stud(?:y|ied|ies)|analys\w*"
        r"|inspect\w*)")
# Inspectorates of police, schools and children's services, and their inspections.
_INSPECTORS = r"(?:HMICFRS|HMIC|inspectorate|Ofsted|PEEL|JTAI|inspections?)"
# Independent: said so ('independently evaluated', 'an independent evaluation'), done by an
# outsider ('evaluated by the University of X', 'X University were commissioned to evaluate'),
# or a design comparing with those the work did not reach.
_INDEPENDENT = re.compile(
    rf"(?i)\b(?:independent(?:ly)?|external(?:ly)?)\s+(?:\w+\s+){{0,2}}?{_ACT}"
    rf"|\b{_ACT}\s+(?:\w+\s+){{0,2}}?(?:independent(?:ly)?|externally)\b"
    rf"|\b(?:evaluat\w*|assessed|reviewed|studied)\s+by\s+(?:the\s+)?[^.;]{{0,40}}?{_OUTSIDER}"
    rf"|\b{_OUTSIDER}\s+(?:\w+\s+){{0,6}}?(?:evaluated|were\s+commissioned|was\s+commissioned"
    rf"|carried\s+out\s+(?:an?\s+)?(?:\w+\s+){{0,3}}?(?:evaluation|study|review)|found|concluded)\b"
    rf"|\bcommissioned\s+(?:the\s+)?[^.;]{{0,40}}?{_OUTSIDER}[^.;]{{0,80}}?\b(?:evaluat\w*|study|review)"
    r"|\b(?:control\s+group|comparison\s+group|randomi[sz]ed\s+control(?:led)?\s+trial|matched\s+"
    r"(?:comparison|control)\s+(?:group|areas|sample))"
    r"|\bcompared\s+(?:to|with)\s+[^.;]{0,60}?\b(?:communities|areas|wards|forces|groups|officers"
    r"|people|participants|schools)\s+(?:without|that\s+did\s+not|who\s+did\s+not|not\s+)"
    rf"|\b{_INSPECTORS}\b[^.;]{{0,80}}?\b(?:praised|recognised|commended|highlighted|noted|found"
    r"|identified|rated|graded|judged|cited|referenced|described)\b"
    rf"|\b(?:praised|recognised|commended|highlighted|feedback|cited|referenced|noted|rated|graded|judged)\b[^.;]{{0,80}}?"
    rf"\b(?:by|in)\s+(?:the\s+|an?\s+|their\s+|its\s+)?(?:\w+\s+){{0,2}}?{_INSPECTORS}"
    # a report or review published by a named outside body
    r"|\b(?:report|review|study|evaluation|assessment)\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w&'’-]*)(?:\s+(?-i:[A-Z][\w&'’-]*)){0,5}"
)
# Outcomes the organisation measured itself: ratings and scores from participants, what
# participants reported, follow-up surveys, results of an evaluation nobody outside is named for.
# Bare praise ('feedback has been positive') is no measure: it counts only with a figure or an
# evaluation in the same sentence (_MEASURE).
_LOCAL = re.compile(
    r"(?i)\b(?:(?:attendees|participants|delegates|respondents|learners|students|pupils|mentees|candidates)"
    r"\s+(?:\w+\s+){0,3}?(?:said|reported|felt|rated|agreed|stated|indicated)"
    r"|satisfaction\s+(?:scores?|levels?|ratings?)|(?:average|overall)\s+(?:rating|score)"
    r"|rated\s+(?:\w+\s+){0,4}?\d"
    r"|(?:pre|post)[\s-](?:and\s+post[\s-])?(?:course|training|programme|event|session|campaign)\s+"
    r"(?:surveys?|questionnaires?|evaluations?)\b[^.;]{0,60}?\b(?:show\w*|found|indicat\w*|increase\w*|\d+%)"
    r"|evaluat\w*\s+(?:\w+\s+){0,4}?(?:found|show\w*|suggest\w*|demonstrat\w*|indicat\w*|conclud\w*"
    r"|report\w*|findings|results)"
    r"|(?:early|initial|first)\s+(?:results?|evaluations?)\s+(?:\w+\s+)?(?:show|suggest|indicate)\w*)"
)
_FEEDBACK = re.compile(
    r"(?i)\b(?:feedback\s+(?:from|by|of)\s+(?:the\s+)?(?:\w+\s+)?(?:attendees|participants|delegates|staff"
    r"|officers|students|pupils|teachers|headteachers|learners|users|victims|colleagues|mentees)"
    r"|(?:positive|excellent|good|great)\s+feedback|feedback\s+(?:has\s+been|was|is|were)\s+"
    r"(?:very\s+|overwhelmingly\s+|extremely\s+|really\s+)?positive"
    r"|(?:follow-?up|post-?\w+|feedback|exit|end-of-\w+)\s+(?:surveys?|questionnaires?|forms?))"
)
_MEASURE = re.compile(r"(?i)\d[\d.,]*\s?(?:%|per\s?cent|/\s?\d+|out\s+of\s+\d+)|\bevaluat\w*")
# Measured results: a rate of passing, promotion, retention ...; a change reported with a figure
# ('rose from 38% to 65%', 'a 20% reduction', 'fell by 12%'); a share of those reached achieving
# something. _CHANGE (a change or comparison) is the strongest kind of local evidence.
_CHANGE_P = (
    r"\b(?:increas\w*|rise|rose|risen|reduc\w*|decreas\w*|fell|fallen|drop(?:ped)?|improv\w*"
    r"|declin\w*|grew|doubled|halved)\b[^.;]{0,60}?\d[\d.,]*\s?(?:%|per\s?cent)"
    r"|\d[\d.,]*\s?(?:%|per\s?cent)\s+(?:\w+\s+){0,2}?(?:increase|rise|reduction|decrease|fall|drop"
    r"|improvement|more|fewer|less|greater|higher|lower)\b"
    r"|\b\d[\d,]*\s+fewer\b"
    # a change in a count: 'grew from 40 to 95 members', 'rose from 12 in 2021 to 30'
    r"|\b(?:increas\w*|rise|rose|risen|grew|grown|fell|fallen|drop(?:ped)?|reduc\w*|decreas\w*)\s+"
    r"(?:\w+\s+){0,3}?from\s+\d[\d,.]*[^.;]{0,40}?\bto\s+\d"
    # a change in a measured rate or level the work brought about, said in words: 'led to a
    # marked reduction in the failure rate', 'resulted in an increase in the number of applicants'
    r"|\b(?:led\s+to|resulted\s+in|brought\s+about|delivered|produced|achieved)\s+(?:an?\s+|the\s+)?"
    r"(?:\w+\s+){0,2}?(?:reduction|increase|rise|fall|drop|decrease|improvement|decline|uplift)\s+in\s+"
    r"(?:the\s+)?[^.;]{0,60}?\b(?:rates?|numbers?|levels?|proportion|share|percentage)\b"
)
# Those the work reached achieving a result, in figures or words: '90% of candidates were
# successful', 'of the 13 candidates, all have been promoted', 'around half of those enrolled
# did not go to court', 'both have since started paid employment'.
_ACHIEVED = (r"(?:successful|succeeded|promoted|passed|secured|gained|retained|stayed"
             r"|achieved|progressed|appointed|offered|employed|employment|qualified|graduated"
             r"|(?:not|never|no\s+longer)\s+(?:\w+\s+){0,2}?(?:re-?offend\w*|go(?:ne)?\s+to\s+court"
             r"|prosecuted|charged|convicted|arrested|excluded|returned))")
_SHARE_WORDS = (r"(?:half|a\s+third|a\s+quarter|two[\s-]thirds|three[\s-]quarters|(?:the\s+|a\s+)?majority"
                r"|most|all|both|each|\d+\s+out)")
# The people a share is of: 'of those enrolled', 'of the 13 people who', 'of the young people referred'.
_PEOPLE_OF = (r"of\s+(?:them|those|(?:the|these|our|their)\s+(?:\d[\d,]*\s+)?(?:\w+\s+){0,2}?"
              r"(?:people|persons|individuals|candidates|participants|attendees|delegates|applicants|graduates"
              r"|recruits|students|learners|pupils|mentees|interns|apprentices|trainees|officers|staff"
              r"|colleagues|employees|members|women|men|girls|boys|children|families|offenders|victims"
              r"|survivors|clients|patients|those))\b")
_SHARE_P = (
    r"\d[\d.,]*\s?(?:%|per\s?cent)\s+of\s+(?:the\s+|those\s+|our\s+|their\s+)?(?:\w+\s+){0,4}?"
    r"(?:candidates|participants|attendees|delegates|applicants|graduates|recruits|students|learners|mentees"
    r"|respondents|those|officers|staff|colleagues|members|interns|cohort)\b[^.;]{0,80}?\b(?:successful"
    r"|succeeded|promoted|passed|received|secured|gained|retained|remain\w*|stayed|completed|achieved"
    r"|progressed|appointed|offered|employed|reported|said|felt|agreed|improved)\b"
    rf"|\b{_SHARE_WORDS}\s+{_PEOPLE_OF}[^.;]{{0,100}}?\b{_ACHIEVED}\b"
    rf"|\b(?:both|all|each|most|half)\s+(?:of\s+them\s+)?(?:have|has|had|were|was)\s+(?:since\s+|now\s+"
    rf"|subsequently\s+|all\s+|successfully\s+)?(?:been\s+)?[^.;]{{0,120}}?\b{_ACHIEVED}\b"
)
_RATES_P = (r"\b(?:pass|failure|promotion|retention|completion|success|attrition|satisfaction|conviction"
            r"|detection|charge|arrest|re-?offending)\s+rates?\b")
_CHANGE = re.compile(rf"(?i){_CHANGE_P}")
_SHARE = re.compile(rf"(?i){_SHARE_P}")
_RESULT = re.compile(rf"(?i){_RATES_P}|{_CHANGE_P}|{_SHARE_P}")
# A figure describing the problem the work answers, not a result of it.
_PROBLEM = re.compile(
    r"(?i)\b(?:alarming|concern\w*|worrying|disparit\w*|challenges?|rectify|address|tackle|aims?\s+to"
    r"|under-?represent\w*|gap\s+(?:in|between))\b"
)
# Published research quoted to explain the approach: context, not this work's evaluation.
_CITED_RESEARCH = re.compile(
    r"(?i)\b(?:stud(?:y|ies)|research|report)\s+(?:\w+\s+){0,2}?(?:published|show\w*|suggest\w*"
    r"|found|indicat\w*)\b(?:\s+in\s+\d{4})?|\bpublished\s+in\s+\d{4}"
)
# What keeps a cue from counting when it comes shortly before it: the evaluation is planned or
# under way (no findings yet), hypothetical, or denied.
_NOT_YET = re.compile(
    r"(?i)\b(?:will|would|plans?|planned|planning|intends?|intended|aims?|hopes?|expected|due"
    r"|to\s+be|is\s+being|are\s+being|still|yet|future|ongoing|absence\s+of|without|no|not|seek"
    r"|requires?|needs?|can|could|may|might|should|recommendations?\s+(?:from|of|in|made\s+by))\b"
)
_NOT_YET_AFTER = re.compile(
    r"(?i)^[^.;]{0,40}?\b(?:in\s+progress|is\s+(?:still\s+)?(?:under\s*way|ongoing)|will|expected"
    r"|can|could|may|might|should)\b"
)
# A survey run as the work itself (to understand staff, to gather views), not to measure it.
_SURVEY_AS_WORK = re.compile(
    r"(?i)\b(?:launched|ran|run|conducted|carried\s+out|sent\s+out|developed|created|designed|introduced)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+){0,3}?(?:survey|questionnaire)s?\b"
)


# ... and anywhere before it in the sentence: the whole clause is a plan.
_PLANNED = re.compile(r"(?i)\b(?:will|plans?\s+to|planned|requires?|intends?|aims?\s+to|in\s+future)\b")


# A result named as the purpose of the work ('mock tests to build confidence and improve pass
# rates', 'in order to raise retention') is an aim, not a finding: the aim's verb comes within a
# few words before the cue. Not 'helped to improve', 'continued to improve', 'shown to reduce'.
_PURPOSE = re.compile(
    r"(?i)(?:\b(?:in\s+order|so\s+as|designed|intended|aim(?:s|ed|ing)?)\s+to\s+(?:\w+\s+){0,4}?"
    r"|(?<!help\s)(?<!helps\s)(?<!helped\s)(?<!helping\s)(?<!continued\s)(?<!continues\s)(?<!continue\s)"
    r"(?<!shown\s)(?<!proven\s)(?<!proved\s)(?<!found\s)(?<!able\s)(?<!managed\s)(?<!began\s)"
    r"(?<!started\s)(?<!went\son\s)\bto\s+(?:\w+\s+(?:and\s+)?){0,3}?)"
    r"(?:improve|increase|reduce|raise|boost|lower|cut|encourage|drive\s+up|drive\s+down)\s+"
    r"(?:(?:the|their|its|our|overall)\s+)?(?:\w+\s+){0,2}$"
)
# A contrast opens a new clause: a hedge or plan before it ('none thought they would ever be
# employed, but both now are') does not govern what follows.
_CONTRAST = re.compile(r"(?i)(?:[,;]\s*|\s)(?:but|however),?\s")


def _blocked(sentence: str, at: int, end: int, purpose: bool = False) -> bool:
    """A cue at sentence[at:end] is about an evaluation not done yet, or denied; with `purpose`,
    also a result the clause just before names as the work's aim. Hedges and plans count only
    in the cue's own clause (after the last 'but' or 'however' before it)."""
    clause = max([0] + [m.end() for m in _CONTRAST.finditer(sentence, 0, at)])
    return bool(_NOT_YET.search(sentence[max(clause, at - 45):at]) or _PLANNED.search(sentence[clause:at])
                or _NOT_YET_AFTER.search(sentence[end:])
                or (purpose and _PURPOSE.search(sentence[max(clause, at - 80):at])))


def _first_unblocked(pattern: re.Pattern[str], sentence: str, purpose: bool = False) -> re.Match | None:
    return next((m for m in pattern.finditer(sentence) if not _blocked(sentence, m.start(), m.end(), purpose)),
                None)


def _stage_of(sentence: str, paired: bool, background: bool = False) -> str | None:
    """The stage one sentence shows on its own, or None. `paired`: it holds a before/after figure
    of the work's own; `background`: its figures are all context (the world the work answers), so
    a change or rate it reports is no result of the work."""
    if _CITED_RESEARCH.search(sentence) and not _first_unblocked(_INDEPENDENT, sentence):
        return None
    if _first_unblocked(_INDEPENDENT, sentence):
        return INDEPENDENT
    if _SURVEY_AS_WORK.search(sentence) and not _first_unblocked(_LOCAL, sentence):
        return None
    if paired or _first_unblocked(_LOCAL, sentence):
        return LOCAL
    if _first_unblocked(_FEEDBACK, sentence) and _MEASURE.search(sentence):
        return LOCAL
    if (not background and _first_unblocked(_RESULT, sentence, purpose=True)
            and not _PROBLEM.search(sentence)):
        return LOCAL
    return None


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Exact, trimmed sentence spans of text[start:end], never across a line break."""
    out: list[tuple[int, int]] = []
    for line in split_lines(text, start, end):
        out.extend(sentence_spans(text, line.start, line.end))
    return out


_FIGURE = re.compile(r"\d[\d.,]*\s?(?:%|per\s?cent|/\s?\d+|out\s+of\s+\d+)|\bfrom\s+\d[\d,]*\b[^.;]{0,40}\bto\s+\d")


# Reach and activity, not results: how many took part, were trained, read or used it.
_ACTIVITY = re.compile(
    r"(?i)\b(?:attend\w*|uptake|took\s+part|taken\s+part|participat\w*|signed\s+up|enrol\w*|trained"
    r"|training\s+(?:was|has\s+been)\s+delivered|delivered|reach\w*|read|viewed|views|visits?|downloads?"
    r"|registered|joined|members|sessions?|events?|workshops?|submissions?|referrals?\s+(?:were\s+)?made"
    r"|completion\s+rate|complet(?:ed|ing)\s+(?:the\s+|this\s+)?(?:training|course|e-?learning|module)"
    # how many went through the training, engaged with a service or answered a survey
    r"|undert(?:ook|aken)\s+(?:the\s+|this\s+)?(?:\w+\s+){0,2}?(?:training|course|programme|e-?learning)"
    r"|engag(?:e|es|ed|ing)\s+with\s+(?:the|this|our|their|its)\s+(?:programme|service|scheme|training"
    r"|sessions?|initiative|course)|\d[\d,]*\s+(?:survey\s+)?responses|responses\s+(?:were\s+|have\s+been\s+)?"
    r"(?:received|returned|submitted)|response\s+rate)\b"
)
# A count that is a result: people promoted, employed, passing, fewer incidents.
_COUNTED_RESULT = re.compile(
    r"(?i)\b(?:promoted|employed|employment|passed|successful|succeeded|appointed|secured|retained|fewer"
    r"|reduc\w*|increas\w*|diverted|re-?offend\w*|convicted|charged|recovered|saved)\b"
)


def _measured(metric: Metric) -> bool:
    """A figure of the initiative's own results, not its reach or activity, nor the problem."""
    if metric.role != "outcome":
        return False
    sentence = metric.sentence
    if _PROBLEM.search(sentence) or _blocked(sentence, metric.start - metric.sentence_start,
                                             metric.end - metric.sentence_start, purpose=True):
        return False
    if metric.unit in ("%", "ratio", "score"):
        return not _ACTIVITY.search(sentence)
    return metric.unit == "count" and bool(_COUNTED_RESULT.search(sentence)) and not _ACTIVITY.search(sentence)


def _strength(sentence: str, changed: bool, measured: bool) -> int:
    """How directly a sentence already read as local evidence shows the work's result, for choosing
    the basis among several: 3, a change it measured (a before/after pair, 'a 20% increase', 'led
    to a reduction in the failure rate') or those it reached achieving something ('90% of
    candidates were promoted', 'all have been promoted'); 2, another figure of its own outcomes
    (not reach, activity or context); 1, a figure of any kind (reach, a completion rate); 0, none
    (what participants said, a summary or headline). So a headline, an aim or an activity count
    gives way to the sentence reporting the measured result."""
    if (changed or _first_unblocked(_CHANGE, sentence, purpose=True)
            or _first_unblocked(_SHARE, sentence, purpose=True)):
        return 3
    if measured:
        return 2
    return 1 if _FIGURE.search(sentence) else 0


def classify(doc_id: str, text: str, start: int, end: int, metrics: list[Metric] = ()) -> Evidence:
    """The initiative text[start:end]'s stage of evidence and the sentence that decided it: the
    first sentence showing an independent evaluation; else, of those showing a local one, the
    one reporting the result most directly (_strength: a measured change, then a result of its
    own, then any figure; the first of equals). A sentence holding a figure of the initiative's
    own results (not reach, activity or context) counts as local evidence by itself."""
    changed = {m.sentence_start for m in metrics if m.pair_role in ("before", "after") and m.role == "outcome"}
    measured = {m.sentence_start for m in metrics if _measured(m)}
    background = ({m.sentence_start for m in metrics if m.role == "context"}
                  - {m.sentence_start for m in metrics if m.role == "outcome"})
    local: list[tuple[int, int, int]] = []
    for s, e in sentences(text, start, end):
        stage = _stage_of(text[s:e], s in changed or s in measured, s in background)
        if stage == INDEPENDENT:
            return Evidence(stage, {"doc_id": doc_id, "start": s, "end": e, "text": text[s:e]})
        if stage == LOCAL:
            local.append((s, e, _strength(text[s:e], s in changed, s in measured)))
    if not local:
        return Evidence(UNTESTED, None)
    s, e, _ = max(local, key=lambda row: row[2])  # max keeps the first of equals
    return Evidence(LOCAL, {"doc_id": doc_id, "start": s, "end": e, "text": text[s:e]})


# --- outcome or context -------------------------------------------------------------------------

# A figure about the world the work responds to, not a result of it.
_CONTEXT = re.compile(
    r"(?i)\b(?:national(?:ly)?|nationwide|across\s+(?:the\s+)?(?:UK|country|England|Wales)"
    r"|in\s+the\s+(?:UK|country|general\s+population)|census|ONS|Office\s+for\s+National\s+Statistics"
    # 'of adults in the UK', not a counted cohort of the work's own ('of the 13 people who ...')
    r"|population|of\s+(?:all\s+)?(?!the\s+\d|those\s)(?:\w+\s+){0,2}?"
    r"(?:adults|people|children|women|men|households|the\s+public)\s+(?:in|with|who|across|aged|between)"
    r"|according\s+to|research\s+(?:shows|suggests|indicates|found|has\s+shown)|stud(?:y|ies)\s+"
    r"(?:published|show\w*|found|suggest\w*)|statistics\s+(?:show|suggest)|it\s+is\s+estimated"
    r"|estimated\s+to|accounts?\s+for|nationally)\b"
)
# A figure that reports what the work did.
_OWN_RESULT = re.compile(
    r"(?i)\b(?:since|following|after|as\s+a\s+result|result(?:ed|s)?|achieved|led\s+to|participants"
    r"|attendees|feedback|evaluation|our|we|the\s+(?:programme|scheme|project|initiative|pilot|force))\b"
)
# Section labels in case-study layouts that say which kind of figure follows.
_CONTEXT_SECTION = re.compile(r"(?i)^\W*(?:background|context|the\s+problem|the\s+issue|why)\W*:?")
_RESULT_SECTION = re.compile(r"(?i)^\W*(?:impact|outcomes?|results?|evaluation|what\s+worked)\W*:?")


def metric_role(text: str, metric: Metric, section_label: str = "") -> str:
    """'outcome' (a result of the initiative) or 'context' (a background statistic)."""
    sentence = metric.sentence
    if _RESULT_SECTION.match(section_label) or _RESULT_SECTION.match(sentence):
        return "outcome"
    if _CONTEXT_SECTION.match(section_label) or _CONTEXT_SECTION.match(sentence):
        return "context"
    context = _CONTEXT.search(sentence)
    if context and not _OWN_RESULT.search(sentence):
        return "context"
    return "outcome"


def section_label(text: str, start: int, at: int) -> str:
    """The label line ('Background: ...', 'Impact:') of the block holding offset `at`, looking
    back no further than `start`: case-study layouts say there what kind of figures follow."""
    for line in reversed(split_lines(text, start, at + 1)):
        head = line.raw.lstrip("*#-•● \t")
        if re.match(r"^[A-Z][A-Za-z ]{2,30}:", head):
            return head.split(":", 1)[0]
    return ""


def assign_roles(text: str, start: int, metrics: list[Metric]) -> None:
    """Set each metric's role (outcome or context) in place."""
    for metric in metrics:
        metric.role = metric_role(text, metric, section_label(text, start, metric.sentence_start))


def judge(doc_id: str, text: str, start: int, end: int, metrics: list[Metric]) -> Evidence:
    """For ingest: mark each of the initiative's metrics outcome or context, and return its stage
    of evidence with the deciding sentence."""
    assign_roles(text, start, metrics)
    return classify(doc_id, text, start, end, metrics)
