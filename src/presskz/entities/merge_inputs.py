"""What the entity merge takes from each source: the rule and model spans after the guards of
presskz.entities.guard, under the release conventions or KazNERD's (presskz.entities.merge).

KazNERD's conventions (the evaluation's keep_values) differ from the releases' in five: "облысы"
stays inside a GPE span, a rare class needs no support there ("атаулы әлеуметтік көмек" is a
PROJECT in KazNERD, a common noun in the release gold), a title word alone ("дейді министр.") is
untagged there, a disease named by a common noun ("Коронавирус") is tagged there, and dates,
times and quantities are bounded its own way (kaznerd_value_words.tsv: "қаңтар айынан" ->
"қаңтар", "Алдағы уақытта" no date; a number with its unit is one QUANTITY). Under both, a name
in quote marks is never a person's.
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.core.doc import Document, Entity
from presskz.dates.lexicon import months
from presskz.entities.guard import guard_admin_units, guard_bare_titles, guard_domains, guard_model_spans
from presskz.entities.normalize import CLOSING_QUOTES, OPENING_QUOTES, entity_base
from presskz.entities.rules.codes import acronym_types
from presskz.kk.data import read_tsv
from presskz.kk.morphology import base_form

LETTER_OR_DIGIT_RE = regex.compile(r"[\p{L}\d]")
PHONE_RE = regex.compile(r"\+?\d[\d\s()\p{Pd}]*\d")  # "102", "8 (7172) 74-00-11"


@cache
def measure_units() -> frozenset[tuple[str, ...]]:
    """Measure units (lower-case words) of measure_units.tsv, the quantities stage's table."""
    return frozenset(tuple(r["form"].lower().split()) for r in read_tsv("measure_units.tsv"))


@cache
def value_words() -> dict[str, str]:
    """Words matched as they are -> their role in kaznerd_value_words.tsv."""
    return {r["word"]: r["role"] for r in read_tsv("kaznerd_value_words.tsv") if r["match"] == "exact"}


@cache
def value_word_bases() -> dict[str, str]:
    """Words matched by their base form (any case ending) -> their role."""
    return {r["word"]: r["role"] for r in read_tsv("kaznerd_value_words.tsv") if r["match"] == "base"}


def load() -> None:
    """Read the tables above now (the merge stage's load()), not on the first document."""
    value_words()
    value_word_bases()
    months()
    measure_units()


def guarded(doc: Document, rules: list[Entity], model: list[Entity],
            releases: bool) -> tuple[list[Entity], list[Entity]]:
    """The rule and model spans that the guards keep (cut or retyped), under the release
    conventions or KazNERD's."""
    rules = [e for e in guard_domains(doc, rules, "rule") if not quoted_person(doc.text, e)]
    kept = [e for e in model if _unguarded(e, releases)]
    checked = guard_model_spans(doc, [e for e in model if not _unguarded(e, releases)],
                                rare_support=releases)
    model = guard_domains(doc, sorted(checked + kept, key=lambda e: (e.start, e.end)), "model")
    if releases:
        return guard_admin_units(doc, rules), guard_admin_units(doc, model)
    bounded = (_kaznerd_bounds(doc, e) for e in model)
    return guard_bare_titles(rules), _with_units(doc, [e for e in bounded if e is not None])


def phone_number(e: Entity) -> bool:
    """A CONTACT span shaped as a phone number ("102", "8 (7172) 74-00-11"): its shape backs it."""
    return e.type == "CONTACT" and PHONE_RE.fullmatch(e.text) is not None


def _unguarded(e: Entity, releases: bool) -> bool:
    """A model span the guards would wrongly drop: a phone number (a CONTACT entity under both
    conventions, README "Conventions settled": no letter in it), and under KazNERD's conventions a
    disease named by a common noun ("Коронавирус Грузияда да анықталды.": the capitals guard reads
    a sentence-initial common word as no name, which is the releases' convention only)."""
    return phone_number(e) or (e.type == "DISEASE" and not releases)


def quoted_person(text: str, e: Entity) -> bool:
    """A rule PERSON span that quote marks enclose whole: the name of a body, a product or a
    work, never a person's ("« Бек Эйр » авиакомпания", "« Нұр Отан »", "« Абай жолы »
    эпопеясы", "« Лада Гранта » моделі"; none of 14 such spans in KazNERD valid is a PERSON)."""
    if e.type != "PERSON":
        return False
    # the nearest non-space character on each side (KazNERD's text spaces its quote marks)
    before = text[max(0, e.start - 2):e.start].rstrip()[-1:]
    after = text[e.end:e.end + 2].lstrip()[:1]
    return before in OPENING_QUOTES and after in CLOSING_QUOTES


def _kaznerd_bounds(doc: Document, e: Entity) -> Entity | None:
    """A model DATE or TIME bounded as KazNERD bounds it (kaznerd_value_words.tsv): a month's
    name with "ай" is the month alone ("қаңтар айынан" -> "қаңтар"), a date holds "ішінде" after
    it ("үш жарым жылдың" + "ішіндегі"), a time leaves "сағат" before it out ("сағат 12-ге
    дейін" -> "12-ге дейін"); None for words that are no date there ("Алдағы уақытта")."""
    if e.type not in ("DATE", "TIME"):
        return e
    start, end = e.start, e.end
    words = e.text.split()
    if e.type == "DATE" and _role(e.text) == "vague":
        return None
    if e.type == "DATE" and len(words) == 2 and words[0].lower() in months() \
            and _role(words[1]) == "month":
        end = start + len(words[0])
    elif len(words) > 1 and _role(words[0]) == "clock":
        start = e.start + e.text.index(words[1], len(words[0]))
    else:
        after = _next_token(doc, end)
        if after is not None and _role(doc.token_texts()[after]) == "within":
            end = doc.tokens[after].end
    if (start, end) == (e.start, e.end):
        return e
    return doc.span(start, end, Entity, type=e.type, normalized=entity_base(doc.text, start, end),
                    source=e.source, score=e.score)


def _role(words: str) -> str | None:
    """The role of a word or phrase in kaznerd_value_words.tsv, if any."""
    lower = words.lower().split()
    return value_words().get(" ".join(lower)) \
        or value_word_bases().get(" ".join(lower[:-1] + [base_form(lower[-1])]))


def _with_units(doc: Document, model: list[Entity]) -> list[Entity]:
    """Each CARDINAL right before a measure unit that no other model span holds, grown into one
    QUANTITY through the unit ("он бес" + "метрдей" -> "он бес метрдей"): KazNERD never tags
    a number before a unit CARDINAL (0 times in valid outside the dev block) and tags 282
    QUANTITY spans ending in one."""
    out = []
    for e in model:
        unit_end = _unit_after(doc, e.end) if e.type == "CARDINAL" else None
        if unit_end is not None and not any(m.start < unit_end and e.end < m.end for m in model
                                            if m is not e):
            e = doc.span(e.start, unit_end, Entity, type="QUANTITY", source=e.source,
                         normalized=entity_base(doc.text, e.start, unit_end), score=e.score)
        out.append(e)
    return out


def _unit_after(doc: Document, end: int) -> int | None:
    """The end of a measure unit (one or two words, any case ending) right after `end`."""
    at = _next_token(doc, end)
    if at is None:
        return None
    words = doc.lower_token_texts()[at:at + 2]
    for size in (2, 1):
        if len(words) >= size and (*words[:size - 1], base_form(words[size - 1])) in measure_units():
            return doc.tokens[at + size - 1].end
    return None


def _next_token(doc: Document, end: int) -> int | None:
    """The index of the token right after a span ending at `end` (spaces between only)."""
    last = doc.token_index_at(end - 1)
    if last is None or last + 1 >= len(doc.tokens) or doc.text[end:doc.tokens[last + 1].start].strip():
        return None
    return last + 1


def known_non_name(text: str) -> bool:
    """An abbreviation the rules know is no name ("ІЖӨ-нің": GDP), or no word at all ("–")."""
    return acronym_types().get(text.split("-")[0]) == "O" or not LETTER_OR_DIGIT_RE.search(text)
