"""A bare weekday's week and a yearless day's year from the tense of its clause (issue 22).

A release tells of the days around its date, so "сенбі күні" is the Saturday before the
publication date in a sentence about the past ("Жексенбі күнінің таңында ... мәлімдеді", published
on a Monday: the day before) and the one after it in a sentence about the future ("сенбі күні ...
өтеді"); in the present, or where the tense is unknown, the weekday stays in the publication
date's week. Likewise a day without a year is the publication year's unless the tense says
otherwise ("31 желтоқсанда ... болды" published on 1 January is last year's). The tense is the
predicate's of the clause (presskz.events.predicate, read only when such a date is there)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from presskz.core.doc import Sentence, Token

FULL_DAY_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
WEEK = dt.timedelta(days=7)


# what ends the clause of a weekday: a colon or semicolon ("... ұнамаған сияқты: «Мен сізге ... дер
# едім.»": the weekday's verb is "ұнамаған"); not a quote mark, which may be inside the clause
# ("“102” нөміріне қоңырау шалуға тура келген")
CLAUSE_ENDS = frozenset({":", ";"})


def clause_tense(tokens: list[Token], sentence: Sentence, at: int) -> str:
    """past | future | ongoing | unknown: the tense of the predicate of the clause of the sentence
    holding the character offset `at` (the sentence's end, or the first clause end after `at`)."""
    from presskz.events.predicate import predicate_status  # only for a sentence with a weekday
    end = next((k for k in range(sentence.token_start, sentence.token_end)
                if tokens[k].start >= at and tokens[k].text in CLAUSE_ENDS), sentence.token_end)
    return predicate_status(tokens, sentence.token_start, end)


def weekdays_by_tense(items: list[Any], ref: dt.date | None, tense: Callable[[int], str] | None) -> None:
    """Move each bare weekday (rule "weekday", valued in the reference date's week) to the week the
    tense of its clause (tense(offset)) puts it in: the past before the reference date, the future
    after it."""
    if ref is None or tense is None:
        return
    for item in items:
        if item.rule != "weekday" or not item.value or not FULL_DAY_RE.match(item.value):
            continue
        day = dt.date.fromisoformat(item.value)
        if day == ref:
            continue
        status = tense(item.end)
        if status == "past" and day > ref:
            item.value = (day - WEEK).isoformat()
        elif status == "future" and day < ref:
            item.value = (day + WEEK).isoformat()


MONTH_OR_DAY_RE = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")
# how far from the publication date a day must be for the tense to move its year: a day just
# after it in a past sentence is rather a plan reported ("30 қазан күні ашылатыны хабарланған
# болатын", published on 29 October), not last year's
FAR = dt.timedelta(days=60)
YEARLESS_RULES = frozenset({"day_month", "month_day", "month", "month_ai"})


def years_by_tense(text: str, items: list[Any], ref: dt.date | None,
                   tense: Callable[[int], str] | None, written_year: Callable[[str], bool]) -> None:
    """A day or month written without a year takes the reference date's year; the tense of its
    clause moves it a year where that year would contradict it by more than FAR: a past happening
    after the publication date was the year before ("31 желтоқсанда ... болды" published on 1
    January), a coming one before it is next year's ("5 қаңтарда өтеді" published in December)."""
    if ref is None or tense is None:
        return
    for item in items:
        if item.rule not in YEARLESS_RULES or not item.value or not MONTH_OR_DAY_RE.match(item.value) \
                or item.value[:4] != f"{ref.year:04d}" or written_year(text[item.start:item.end]):
            continue
        day = dt.date.fromisoformat(item.value if len(item.value) > 7 else item.value + "-15")
        later, earlier = day - ref > FAR, ref - day > FAR
        if not (later or earlier):
            continue
        status = tense(item.end)
        if status == "past" and later:
            item.value = f"{ref.year - 1:04d}{item.value[4:]}"
        elif status == "future" and earlier:
            item.value = f"{ref.year + 1:04d}{item.value[4:]}"
