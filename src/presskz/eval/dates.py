"""Scores the dates stage against KazNERD DATE/TIME spans (token-level exact match) and measures
dateparser on the normalisation table; used by scripts/eval_dates.py.

Label mapping: a temporal whose value is a clock time, a part of the day or an hours/minutes
duration is TIME, everything else DATE (KazNERD: "сағат 11.00-де", "таңертең", "екі сағат" are
TIME; "2016 жылы", "екі күн", "жыл сайын" DATE). Gold spans of things that are not temporals by
our contract (ages "10 жаста", anniversaries "80 жылдығына", a season or part-of-day adjective before
a noun that is no word of time: "көктемгі егіс науқаны") can be left out with
`exclude_non_temporal`, reported separately; the same switch maps our spans to KazNERD's
conventions where the seed gold and KazNERD disagree: "қазіргі кезде / таңда / уақытта" ("at
present", a temporal in the seed gold) is dropped, as KazNERD never tags it; "күні" after a date
is left out and a datetime is split into its DATE and TIME parts, as KazNERD does.
"""
from __future__ import annotations

from pathlib import Path

import regex

from presskz.core.doc import Temporal
from presskz.dates.lexicon import date_words, relative_words
from presskz.kk.morphology import endings
from presskz.eval.kaznerd import (char_span_to_tokens, document_from_tokens, read_iob2, score_spans,
                                  spans_from_tags)

NON_TEMPORAL_RE = regex.compile(r"(?:жас\p{L}*|жылдығ\p{L}*|тол[уы]\p{L}*)$", regex.IGNORECASE)


def _release_only_re() -> regex.Pattern:
    """Our temporals KazNERD never tags: "қазіргі ..." and the vague relatives of
    relative_dates.tsv's release_only rows ("қазір", "бұған дейін", "алдағы уақытта")."""
    words = [w.replace(" ", r"\s+") for w in relative_words("release_only")]
    return regex.compile(rf"^(?:қазіргі\s|(?:{'|'.join(words)})\p{{L}}*$)", regex.IGNORECASE)


SEED_ONLY_RE = _release_only_re()
# KazNERD leaves "күні" out after a date and tags the date and the time of a datetime apart (a part
# of the day too: "сенбі күні кешке" -> "сенбі", "кешке"); it
# leaves out "бастап" (from), "қарай" (towards) and "айында" after a bare month ("мамыр айында" ->
# "мамыр").
# ... but "жаңа жылдың алғашқы күні" (the first day) keeps it
KUNI_RE = regex.compile(r"^(?P<date>.+?)(?:(?<!алғашқы|соңғы)\s+күн(?:і|дері)(?:\s+(?P<time>.+))?"
                         r"|\s+(?P<time>(?:сағат|таңғы|түскі|кешкі|түнгі)\s.+|\d{1,2}\s?[:.]\s?\d\d.*"
                         r"|(?:" + "|".join([*date_words("daypart_word"), *date_words("day_part_of")])
                         + r")\p{L}*)"
                         r"|\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in date_words("same_period"))
                         + r")\s+(?:" + "|".join(date_words("period_noun")) + r")\w*)$", regex.IGNORECASE)
BASTAP_RE = regex.compile(r"\s+бастап$", regex.IGNORECASE)
# ... and "қарай / таман" (towards: "кешке қарай", "жыл соңына қарай"), not the "бері" of "бері қарай"
TOWARD_RE = regex.compile(
    r"(?<!бері)\s+(?:" + "|".join(w for w, sense in date_words("after").items() if sense == "toward")
    + r")$", regex.IGNORECASE)
INNER_BASTAP_RE = regex.compile(r"\s+бастап\s+", regex.IGNORECASE)
BARE_MONTH_AI_RE = regex.compile(r"^(?P<date>[^\d]+?)\s+ай\p{L}*$", regex.IGNORECASE)
# "биылғы мамыр айынан" stays whole
YEAR_WORD_RE = regex.compile(r"жыл|биыл|былтыр", regex.IGNORECASE)
MONTHS_VALUE_RE = regex.compile(r"^(?:\d{4}|XXXX)-\d\d(?:/(?:\d{4}|XXXX)-\d\d)?$")
TIME_START_RE = regex.compile(r"^(?:сағат|таңғы|түскі|кешкі|түнгі|\d{1,2}\s?[:.]\s?\d\d)", regex.IGNORECASE)
WEEKDAY_VALUE_RE = regex.compile(r"-WXX-\d$")
# "Жаңа жыл түні": KazNERD tags the holiday an EVENT and its night TIME ("түні")
HOLIDAY_NIGHT_RE = regex.compile(
    r"^(?:" + "|".join(w.replace(" ", r"\s+") for w in date_words("new_year")) + r")\s+(?=түн)",
    regex.IGNORECASE)
LABELS = ("DATE", "TIME")


def temporal_label(t: Temporal) -> str:
    """TIME for clock times, parts of the day, hour/minute durations and time ranges; else DATE."""
    value = t.value or ""
    if t.kind == "time" or value.startswith("PT") or (t.kind == "range" and "T" in value):
        return "TIME"
    return "DATE"


def _stages():
    from presskz.dates.stage import DatesStage
    try:
        from presskz.numbers.stage import NumbersStage
        return [NumbersStage(), DatesStage()]
    except ImportError:  # pragma: no cover - the numbers stage is optional here
        return [DatesStage()]


def predict(tokens: list[str], stages, seed_only: bool = True) -> list[tuple[int, int, str]]:
    doc = document_from_tokens(tokens)
    for stage in stages:
        doc = stage(doc)
        doc.assigned.update(stage.assigns)
    out = []
    for t in doc.temporals:
        if not seed_only and SEED_ONLY_RE.match(t.text):
            continue
        for start, end, label in ([(t.start, t.end, temporal_label(t))] if seed_only else kaznerd_parts(t)):
            span = char_span_to_tokens(doc, start, end)
            if span:
                out.append((span[0], span[1], label))
    return out


def kaznerd_parts(t: Temporal) -> list[tuple[int, int, str]]:
    """A temporal in KazNERD's convention: "5 қараша күні сағат 11.00-де" -> DATE "5 қараша" and
    TIME "сағат 11.00-де"; "1 шілдеден бастап" -> "1 шілдеден", "кешке қарай" -> "кешке";
    "мамыр айында" -> "мамыр"; other
    "X-тан бастап Y-ға дейін" -> its two ends; other temporals unchanged."""
    text, label = t.text, temporal_label(t)
    night = HOLIDAY_NIGHT_RE.match(text)
    if night:
        return [(t.start + night.end(), t.end, "TIME")]
    inner = INNER_BASTAP_RE.search(text)
    if inner:  # "1 наурыздан бастап 31 мамырға дейін": KazNERD tags the two ends apart
        return [(t.start, t.start + inner.start(), label), (t.start + inner.end(), t.end, label)]
    bastap = BASTAP_RE.search(text) or TOWARD_RE.search(text)
    if bastap:
        text = text[:bastap.start()]
    # "демалыс күндері" (a weekend), "қыстың күндері" (winter) are not a day + "күндері"; a
    # weekday without a reference date ("сәрсенбі күні", XXXX-WXX-3) is
    week = "-W" in (t.value or "") and not WEEKDAY_VALUE_RE.search(t.value or "")
    match = KUNI_RE.match(text) if t.kind in ("date", "datetime", "range") and not week else None
    if match and TIME_START_RE.match(match.group("date")):  # a time range, not date + time
        match = None
    if match is None and MONTHS_VALUE_RE.match(t.value or "") and not YEAR_WORD_RE.search(text):
        match = BARE_MONTH_AI_RE.match(text)
        if match:
            return [(t.start, t.start + match.end("date"), label)]
    if not match:
        return [(t.start, t.start + len(text), label)]
    parts = [(t.start, t.start + match.end("date"), "DATE")]
    if match.group("time"):
        parts.append((t.start + match.start("time"), t.start + len(text), "TIME"))
    return parts


def _kind_adjective_re() -> regex.Pattern:
    """A season or part-of-day adjective ("көктемгі", "жазғы", "таңғы", "түнгі"; date_words.tsv)."""
    stems = [*date_words("season"), *(w[:-2] for w in date_words("daypart")), "таңертең"]
    ends = "|".join(e for e in endings("temporal_adjective") if len(e) == 2)
    return regex.compile(rf"^(?:{'|'.join(stems)})(?:{ends})$", regex.IGNORECASE)


KIND_ADJECTIVE_RE = _kind_adjective_re()
TIME_HEADS = tuple(date_words("time_head"))


def is_kind_adjective(tokens: list[str], span: tuple[int, int, str]) -> bool:
    """A season or part-of-day adjective alone before a noun that is not a word of time: KazNERD
    tags "Көктемгі (егіс науқаны)", "жазғы (үйде)"; the release gold (and so the dates stage) does
    not: it names a kind of thing, not a time. "кешкі уақытта" is a time in both."""
    start, end = span[0], span[1]
    after = tokens[end].lower() if end < len(tokens) else ""
    return end - start == 1 and bool(KIND_ADJECTIVE_RE.match(tokens[start])) \
        and not after.startswith(TIME_HEADS)


def is_non_temporal(tokens: list[str], span: tuple[int, int, str]) -> bool:
    return bool(NON_TEMPORAL_RE.search(tokens[span[1] - 1])) or is_kind_adjective(tokens, span)


def _not_scored(sent, span: tuple[int, int, str], exclude_non_temporal: bool) -> bool:
    """An anniversary ("175 жылдығына") we found is left out where KazNERD cannot tag it: inside
    an EVENT name (its tags are flat: "Абайдың 175 жылдығына арналған" is one EVENT), or in the
    table without anniversaries."""
    if not is_non_temporal(sent.tokens, span):
        return False
    return exclude_non_temporal or any(tag.endswith("-EVENT") for tag in sent.tags[span[0]:span[1]])


def evaluate_sentences(sentences, exclude_non_temporal: bool = False):
    """(scores, errors) over TaggedSentences: per-label PRF over DATE/TIME; errors = (tokens,
    gold, pred) of sentences where they differ."""
    stages = _stages()
    golds, preds, errors = [], [], []
    for sent in sentences:
        gold = [s for s in spans_from_tags(sent.tags) if s[2] in LABELS]
        if exclude_non_temporal:
            gold = [s for s in gold if not is_non_temporal(sent.tokens, s)]
        pred = predict(sent.tokens, stages, seed_only=not exclude_non_temporal)
        pred = [s for s in pred if not _not_scored(sent, s, exclude_non_temporal)]
        golds.append(gold)
        preds.append(pred)
        if sorted(gold) != sorted(pred):
            errors.append((sent.tokens, gold, pred))
    return score_spans(golds, preds), errors


def evaluate_kaznerd(path: str | Path, exclude_non_temporal: bool = False, limit: int | None = None):
    """evaluate_sentences over a KazNERD IOB2 file."""
    return evaluate_sentences(read_iob2(path)[:limit], exclude_non_temporal)
