"""Completes the two ends of a range from each other (issue 22): an end written without a year
takes the other end's year, and a range that would run backwards rolls over to the next year or
day: "2021 жылдың 26 маусым мен 5 шілде" -> 2021-06-26/2021-07-05; "2025 жылғы 31 желтоқсаннан
1 қаңтарға" -> 2025-12-31/2026-01-01; "31 желтоқсан - 2 қаңтар" -> the next year's 2 January;
"18 мамыр күні сағат 21.00-02.00" -> XXXX-05-18T21:00/XXXX-05-19T02:00. A part that nothing
gives stays X's.
"""
from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from presskz.dates.lexicon import relative_words

DAY_RE = regex.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)(T\d\d:\d\d)?$")
TIME_ONLY_RE = regex.compile(r"^XXXX-XX-XX(T\d\d:\d\d)$")


@cache
def written_year_re() -> regex.Pattern:
    """What gives an end its own year: digits, "жыл", and the relative words resolved from the
    reference date ("биыл", "бүгінге дейін", "қазірге дейін": 2018-12-26/<today>, not 2019)."""
    words = sorted(relative_words("word"), key=len, reverse=True)
    alternation = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ("жыл", "былтыр", *words))
    return regex.compile(rf"\d{{4}}|(?<!\w)(?:{alternation})", regex.IGNORECASE)


LEAP = 2000  # a leap year stands in for an unknown one ("XXXX-02-29" is a day)


def _with_year(value: str, year: str) -> str:
    return year + value[4:]


def _next_day(value: str) -> str:
    """The day after a "YYYY-MM-DD[Thh:mm]" value (an unknown year stays XXXX)."""
    year = value[:4]
    day = dt.date(int(year) if year.isdigit() else LEAP, int(value[5:7]), int(value[8:10]))
    after = day + dt.timedelta(days=1)
    shown = f"{after.year:04d}" if year.isdigit() else "XXXX"
    return f"{shown}-{after.month:02d}-{after.day:02d}{value[10:]}"


def previous_day(value: str) -> str:
    """The day before a "YYYY-MM-DD" value (an unknown year stays XXXX)."""
    year = value[:4]
    day = dt.date(int(year) if year.isdigit() else LEAP, int(value[5:7]), int(value[8:10]))
    before = day - dt.timedelta(days=1)
    shown = f"{before.year:04d}" if year.isdigit() else "XXXX"
    return f"{shown}-{before.month:02d}-{before.day:02d}"


def _shift_year(value: str, years: int) -> str:
    return _with_year(value, f"{int(value[:4]) + years:04d}") if value[:4].isdigit() else value


def complete(first: str, last: str, first_text: str, last_text: str) -> tuple[str, str]:
    """(first, last) of a range with the year or day one end lacks taken from the other."""
    time_only = TIME_ONLY_RE.match(last)
    if time_only and DAY_RE.match(first) and "T" in first:  # "сағат 21.00-02.00"
        last = first[:10] + time_only.group(1)
        return first, (_next_day(last) if last < first else last)
    if not (DAY_RE.match(first) and DAY_RE.match(last)):
        return first, last
    if "T" in first and "T" in last and first[:10] == last[:10]:  # a night: "21.00-02.00"
        return first, (_next_day(last) if last < first else last)
    first_written = bool(written_year_re().search(first_text))
    last_written = bool(written_year_re().search(last_text))
    if first_written and not last_written and first[:4].isdigit():
        last = _with_year(last, first[:4])
        if last[5:] < first[5:]:
            last = _shift_year(last, 1)
    elif last_written and not first_written and last[:4].isdigit():
        first = _with_year(first, last[:4])
        if last[5:] < first[5:]:
            first = _shift_year(first, -1)
    elif not (first_written or last_written) and first[:4] == last[:4] and last[5:7] < first[5:7]:
        last = _shift_year(last, 1)
    return first, last
