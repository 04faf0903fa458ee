"""What a day's next words make of it (issue 22): "19 ақпаға қараған түні" is the night before that
day (XXXX-02-18TNI) and "20 ақпан кешінде", "15 мамыр таңында" a part of that day (...TEV, ...TMO),
each one temporal with the day. Works on the dates stage's proposed temporals (spans.Found)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import regex

from presskz.dates import lexicon as lx
from presskz.dates import timex as tx
from presskz.dates.ranges import previous_day
from presskz.kk.morphology import endings

FULL_DAY_RE = re.compile(r"^(\d{4}|XXXX)-\d\d-\d\d$")
# the dative of "X-тан Y-ге" (from X to Y) with a consonant (-ға, -ге, -қа, -ке, -на, -не): a bare
# "-а/-е" is also how "шілде", "апта" end
DATIVE_RE = regex.compile("(?:" + "|".join(e for e in endings("dative") if len(e) > 1) + ")$",
                          regex.IGNORECASE)
# "19 ақпаға қараған түні": the night before that day
NIGHT_BEFORE_RE = regex.compile(
    r"\s+(?:" + "|".join(regex.sub(" ", r"\\s+", w) for w in lx.date_words("night_before"))
    + r")\p{L}{0,4}(?!\w)", regex.IGNORECASE)
# "20 ақпан кешінде", "15 мамыр таңында": a part of the day just named (date_words.tsv day_part_of);
# after a day only ("әдеби кешінде" is an evening event)
PART_OF_DAY_RE = regex.compile(
    r"\s+(?P<part>" + "|".join(lx.date_words("day_part_of")) + r")(?:нде|нда|не|на|нен|нан|н)?(?!\w)",
    regex.IGNORECASE)


def _is_day(item: Any, kinds: tuple[str, ...]) -> bool:
    return item.kind in kinds and bool(item.value) and bool(FULL_DAY_RE.match(item.value))


def part_of_day(text: str, item: Any, end: int) -> Any:
    """"2026 жылғы 20 ақпан кешінде" (the evening of that day) -> 2026-02-20TEV, one span."""
    part = PART_OF_DAY_RE.match(text, item.end, end)
    if not (part and _is_day(item, ("date", "relative"))):
        return item
    code = tx.DAYPART_CODES[lx.date_words("day_part_of")[part.group("part").lower()]]
    return replace(item, end=part.end(), rule="datetime", kind="datetime", value=f"{item.value}T{code}")


def night_before(text: str, item: Any, end: int) -> Any:
    """"19 ақпаға қараған түні" (the night towards 19 February) -> XXXX-02-18TNI, one span."""
    # the end position matters: without it the regex module reads to the end of the text on
    # every call, which made this quadratic in the document's length
    night = NIGHT_BEFORE_RE.match(text, item.end, end)
    if not (night and _is_day(item, ("date",)) and DATIVE_RE.search(text[item.start:item.end])):
        return item
    return replace(item, end=night.end(), kind="date", value=previous_day(item.value) + "TNI")
