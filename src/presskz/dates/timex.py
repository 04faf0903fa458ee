"""TIMEX3 / ISO-8601 value building: dates with unknown parts as X's, date arithmetic, ranges,
decades, centuries and durations. No language data here (see date_lexicon / date_values).

Conventions (DESIGN section 3): "2016-11-05", "2016-11", "2016", "2016-W44", "2016-11-05T11:00",
ranges "a/b" (open ends "/2020", "2017/"), decades "199X" or "1990/1993" for a third of one,
centuries "20" (= 2000-2099, TIMEX3), durations "P9M", "PT2H", "PXY" (vague), unknown year "XXXX".
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

UNKNOWN_YEAR = "XXXX"
# Thirds of a period for "басында / ортасында / соңында" (beginning / middle / end): as offsets
# into a decade (0-3, 4-6, 7-9), the seed's "90 жылдардың басында" -> 1990/1993 convention.
DECADE_PARTS = {"begin": (0, 3), "mid": (4, 6), "end": (7, 9)}
CENTURY_PARTS = {"begin": (0, 32), "mid": (33, 66), "end": (67, 99), "h1": (0, 49), "h2": (50, 99)}
YEAR_PARTS = {"begin": (1, 4), "mid": (5, 8), "end": (9, 12)}
# the last month of a TIMEX3 season (winter runs into the next year)
SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11, "WI": 14}
DAYPART_CODES = {"morning": "MO", "noon": "MI", "afternoon": "AF", "evening": "EV",
                 "night": "NI", "day": "DT"}


def year_str(year: int | None) -> str:
    return UNKNOWN_YEAR if year is None else f"{year:04d}"


def date_value(year: int | None, month: int, day: int) -> str:
    return f"{year_str(year)}-{month:02d}-{day:02d}"


def month_value(year: int | None, month: int) -> str:
    return f"{year_str(year)}-{month:02d}"


def time_value(hour: int, minute: int, day: str | None = None) -> str:
    """"T11:00" glued to a date value, or to XXXX-XX-XX when the day is not known."""
    return f"{day or 'XXXX-XX-XX'}T{hour:02d}:{minute:02d}"


def last_day(year: int | None, month: int) -> int:
    return calendar.monthrange(year if year is not None else 2001, month)[1]


def valid_date(year: int | None, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= last_day(year, month) + (month == 2 and year is None)


def shift(ref: dt.date, n: int, unit: str) -> dt.date:
    """ref moved by n units (Y, M, W, D), clamping the day to the month's end."""
    if unit in ("D", "W"):
        return ref + dt.timedelta(days=n * (7 if unit == "W" else 1))
    months = ref.year * 12 + ref.month - 1 + n * (12 if unit == "Y" else 1)
    year, month = divmod(months, 12)
    return dt.date(year, month + 1, min(ref.day, last_day(year, month + 1)))


def at_granularity(day: dt.date, unit: str) -> str:
    """The value of the unit-sized period containing `day` ("2015", "2016-10", "2016-W44", date)."""
    if unit == "Y":
        return year_str(day.year)
    if unit == "M":
        return month_value(day.year, day.month)
    if unit == "W":
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def unknown_at_granularity(unit: str) -> str:
    return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "CE": "XX"}.get(unit, "XXXX-XX-XX")


def duration_value(amount: float | None, unit: str) -> str:
    """ISO duration: P9M, P2Y, P3W, P5D, PT2H, PT30M, P100Y for centuries; amount None -> PX<unit>."""
    if unit == "CE":
        unit, amount = "Y", None if amount is None else amount * 100
    if unit == "DE":
        unit, amount = "Y", None if amount is None else amount * 10
    if unit == "HALF":
        unit, amount = "M", None if amount is None else amount * 6
    number = "X" if amount is None else (f"{int(amount)}" if amount == int(amount) else f"{amount:g}")
    if unit in ("H", "MIN", "S"):
        return f"PT{number}{'M' if unit == 'MIN' else unit}"
    return f"P{number}{unit}"


def decade_value(start: int, part: str | None) -> str:
    """"199X" for the nineties; "1990/1993" for their beginning (DECADE_PARTS)."""
    if part is None:
        return f"{start // 10:03d}X"
    lo, hi = DECADE_PARTS[part]
    return f"{start + lo}/{start + hi}"


def century_value(number: int, part: str | None) -> str:
    """XXI century -> "20" (TIMEX3: the first two digits); a third or a half (h1, h2) of it as a
    year range."""
    first = (number - 1) * 100
    if part is None:
        return f"{number - 1:02d}"
    lo, hi = CENTURY_PARTS[part]
    return f"{first + lo}/{first + hi}"


def year_part_value(year: int | None, part: str) -> str:
    lo, hi = YEAR_PARTS[part]
    return f"{month_value(year, lo)}/{month_value(year, hi)}"


def month_part_value(year: int | None, month: int, part: str) -> str:
    """Beginning / middle / end of a month: days 1-10, 11-20, 21-last."""
    lo, hi = {"begin": (1, 10), "mid": (11, 20), "end": (21, last_day(year, month))}[part]
    return f"{date_value(year, month, lo)}/{date_value(year, month, hi)}"


def first_months_value(year: int | None, months: int) -> str:
    """"the first 10 months of 2016" -> 2016-01-01/2016-10-31."""
    return f"{date_value(year, 1, 1)}/{date_value(year, months, last_day(year, months))}"


def shift_value_years(value: str, years: int) -> str:
    """Move every 4-digit year in a value by `years` ("2016-01-01/2016-10-31" -> 2015-...)."""
    out = []
    for part in value.split("/"):
        if len(part) >= 4 and part[:4].isdigit():
            year = int(part[:4]) + years
            rest = part[4:]
            if rest[:6] == "-02-29" and not calendar.isleap(year):
                rest = "-02-28" + rest[6:]
            part = f"{year:04d}{rest}"
        out.append(part)
    return "/".join(out)


def two_digit_year(n: int, ref: dt.date | None) -> int:
    """A year written with two digits ("90-шы жылдар", "он тоғызыншы жыл"): the latest past one."""
    this = ref.year if ref else 2030
    year = this - this % 100 + n
    return year - 100 if year > this else year


DURATION_RE = re.compile(r"^P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
                         r"(?:T(?:(?P<h>[\d.]+)H)?(?:(?P<m>[\d.]+)M)?(?:(?P<s>[\d.]+)S)?)?$")
DURATION_ORDER = ("Y", "M", "W", "D", "h", "m", "s")


def join_durations(first: str, second: str) -> str | None:
    """"PT3H" + "PT50M" -> "PT3H50M" ("3 сағат 50 минут"); None unless the first has only larger
    units than the second."""
    a, b = DURATION_RE.match(first), DURATION_RE.match(second)
    if not a or not b:
        return None
    parts_a = {k: v for k, v in a.groupdict().items() if v}
    parts_b = {k: v for k, v in b.groupdict().items() if v}
    if not parts_a or not parts_b:
        return None
    if max(DURATION_ORDER.index(k) for k in parts_a) >= min(DURATION_ORDER.index(k) for k in parts_b):
        return None
    parts = {**parts_a, **parts_b}
    date = "".join(f"{parts[k]}{k}" for k in ("Y", "M", "W", "D") if k in parts)
    time = "".join(f"{parts[k]}{k.upper()}" for k in ("h", "m", "s") if k in parts)
    return f"P{date}" + (f"T{time}" if time else "")


def quarter_value(year: int | None, code: str, number: int) -> str:
    """The days of a quarter ("Q", 1-4) or a half ("H", 1-2) of a year: "2014-01-01/2014-03-31"."""
    months = 3 if code == "Q" else 6
    first, last = (number - 1) * months + 1, number * months
    return f"{date_value(year, first, 1)}/{date_value(year, last, last_day(year, last))}"
