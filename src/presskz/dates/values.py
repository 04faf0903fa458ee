"""Turns a date rule's match (its named groups) into (kind, TIMEX3 value), given a Context.

One small function per rule of date_rules.py; each returns None when the match is not a date
after all (a year-sized cardinal, a day over 31, an ambiguous month with no date context, ...),
so the stage can fall back to another rule's reading.
"""
from __future__ import annotations

from dataclasses import replace

from presskz.dates import lexicon as lx
from presskz.dates import timex as tx
from presskz.dates.numerals import read_int, read_number
from presskz.dates.context import Context, with_after, year_from, year_number
from presskz.dates.holidays import HOLIDAY_HANDLERS
from presskz.dates.relative import RELATIVE_HANDLERS
from presskz.dates.times import TIME_HANDLERS
from presskz.kk.morphology import ending_re

Result = tuple[str, str] | None
ABLATIVE_OR_GENITIVE_END = ("ң", "н")
ABLATIVE_RE = ending_re("ablative", ignore_case=True)


def _explicit_year(g: dict, ctx: Context) -> tuple[bool, int | None, bool]:
    """(found, year, ok): the YEARREF year or a year written after the month ("5 қараша 2016 ж.")."""
    found, year = year_from(g, ctx)
    if found and g.get("y") and year is None:
        return found, None, False
    if g.get("y2"):
        return True, year_number(g["y2"], ctx), year_number(g["y2"], ctx) is not None
    return found, year, True


def _month_year(g: dict, ctx: Context, month: int) -> tuple[bool, int | None]:
    """The year of a month: written, from a year modifier, or from "өткен/келесі <month>"."""
    found, year = year_from(g, ctx)
    if g.get("mmod") and ctx.ref:
        offset = int(lx.relative_words("modifier")[g["mmod"].lower().split()[0]])
        before, after = month < ctx.ref.month, month > ctx.ref.month
        year = ctx.ref.year - (offset < 0 and not before) + (offset > 0 and not after)
    return found or bool(g.get("mmod")), year


def day_month(g: dict, ctx: Context) -> Result:
    month, day, day2 = lx.month_of(g["mon"]), read_int(g["d"]), read_int(g.get("d2"))
    found, year, ok = _explicit_year(g, ctx)
    if not ok or month is None or day is None or not tx.valid_date(year, month, day):
        return None
    if g.get("d2"):
        if day2 is None or day2 <= day or not tx.valid_date(year, month, day2):
            return None
        return "range", f"{tx.date_value(year, month, day)}/{tx.date_value(year, month, day2)}"
    return with_after("date", tx.date_value(year, month, day), g, ctx)


def month_day(g: dict, ctx: Context) -> Result:
    """"тамыздың 19-ы", "қазан айының 25-і": the month word (or its "айы") in the genitive."""
    if not (g.get("ai") or g["mon"].lower().endswith(ABLATIVE_OR_GENITIVE_END[0])):
        return None
    return day_month(g, ctx)


def month_only(g: dict, ctx: Context) -> Result:
    month = lx.month_of(g["mon"])
    if month is None:
        return None
    found, year = _month_year(g, ctx, month)
    if g.get("y") and year is None:
        return None
    if g.get("y2"):
        year, found = year_number(g["y2"], ctx), True
    if g.get("holiday") and not g.get("y2"):
        return None  # "биылғы Наурыз мейрамын": the holiday (its "биылғы" is still this year)
    context = found or g.get("ai") or g.get("aiseen") or g.get("mon2")
    if not context and _ambiguous(g["mon"]):
        return None
    if g.get("mmod") and not (g.get("ai") or g.get("aiseen") or g.get("mon2")) \
            and lx.lookup_prefix(g["mon"], lx.date_words("season_sense")):
        return None  # "осы маусымда": this (theatre, sports) season
    if g.get("mon2"):
        month2 = lx.month_of(g["mon2"])
        if month2 is None or month2 <= month:
            return None
        return "range", f"{tx.month_value(year, month)}/{tx.month_value(year, month2)}"
    return with_after("date", tx.month_value(year, month), g, ctx)


def month_with_ai(g: dict, ctx: Context) -> Result:
    """"<month> айында": "айында" belongs to the date (the releases' gold; KazNERD leaves it out
    after a bare month, which its scorer maps: presskz.eval.dates)."""
    return month_only(g, ctx)


def month_part(g: dict, ctx: Context) -> Result:
    """"наурыз айының соңына дейін" -> /2024-03-31; "қыркүйектің басында" -> days 1-10 of
    September (timex.month_part_value); an ambiguous month ("маусымның соңында": a season's end)
    needs "ай" or a year; the part alone tells the others ("қазанның басында")."""
    month = lx.month_of(g["mon"])
    part = lx.lookup_prefix(g["part"], lx.date_words("part"))
    if month is None or part is None:
        return None
    found, year = _month_year(g, ctx, month)
    if g.get("y") and year is None:
        return None
    if not (found or g.get("ai")) and lx.lookup_prefix(g["mon"], lx.date_words("season_sense")):
        return None  # "маусымның соңында": the season's end; "қазанның басында" is October's
    first, last = tx.month_part_value(year, month, part).split("/")
    after = lx.date_words("after").get((g.get("after") or "").lower())
    if after == "until":
        return "range", f"/{last}"
    if after == "since":
        return with_after("range", first, g, ctx)
    if after == "from":  # "қазан айының басынан бастап": open, as "2020 жылдың басынан бастап"
        return "range", f"{first}/"
    return "range", f"{first}/{last}"


def _ambiguous(word: str) -> bool:
    word = word.lower()
    return any(word.startswith(m.rstrip("ь")) for m in lx.ambiguous_months())


def numeric(g: dict, ctx: Context) -> Result:
    year, month, day = int(g["y"]), int(g["mon"]), int(g["d"])
    if not tx.valid_date(year, month, day):
        return None
    if g.get("h"):
        return "datetime", tx.time_value(int(g["h"]), int(g["mi"]), tx.date_value(year, month, day))
    return with_after("date", tx.date_value(year, month, day), g, ctx)  # "12.03.2025 бастап"


def year(g: dict, ctx: Context) -> Result:
    first = year_number(g["y"], ctx)
    plural = g.get("jyl", "").lower().startswith(("жылдар", "жылдap"))
    if first is None or (plural and not g.get("y2") and first % 10 == 0):  # "1990 жылдары": a decade
        return None  # ("2002 жылдары", around 2002, is that year: it was a duration P2002Y)
    after = lx.date_words("after").get((g.get("after") or "").lower())
    if g.get("y2"):
        last = year_number(g["y2"], ctx)
        return ("range", f"{first}/{last}") if last and last > first else None
    if after == "until":
        return "range", f"/{first}"
    if after == "since":
        return "range", f"{first}/{ctx.ref.isoformat() if ctx.ref else ''}"
    if after == "from":  # "2026 жылдан бастап": from 2026 on, open
        return "range", f"{first}/"
    return "date", tx.year_str(first)


def decade(g: dict, ctx: Context) -> Result:
    value = read_int(g["dec"])
    words = not g["dec"][0].isdigit()
    parsed = read_number(g["dec"]) if words else None
    if value is None or value % 10 or value == 0 or (words and not (parsed and parsed[1])):
        return None  # "мың жылдар" (thousands of years) is not a decade; "тоқсаныншы жылдар" is
    start = value if value >= 1000 else tx.two_digit_year(value, ctx.ref)
    if g.get("cmod") and value < 100:  # "өткен ғасырдың 50-інші жылдары": the 1950s
        offset = int(lx.relative_words("modifier")[g["cmod"].lower().split()[0]])
        century = (ctx.ref.year // 100 if ctx.ref else 20) + offset
        start = century * 100 + value
    elif g.get("dcent") and value < 100:  # "ХІХ ғасырдың 40 жылдарында": the 1840s
        named = century_number(g["dcent"])
        if named is None:
            return None
        start = (named - 1) * 100 + value
    part = lx.lookup_prefix(g.get("part") or "", lx.date_words("part")) if g.get("part") else None
    if g.get("dec2"):  # "1920-30 жылдары", "ХІХ ғасырдың 20-30 жылдарында": both decades
        last = read_int(g["dec2"])
        if last is None or last % 10 or part:
            return None
        last += start - start % 100 if last < 100 else 0
        return ("range", f"{start}/{last + 9}") if last > start else None
    decade_value = tx.decade_value(start, part)
    if "/" in decade_value and g.get("after"):  # "90 жылдардың басынан бері": from the decade's start
        bounds = decade_value.split("/")
        return with_after("range", bounds[0] if "бер" in g["after"].lower() else bounds[1], g, ctx)
    return ("range" if part else "date"), decade_value


def century_number(text: str) -> int | None:
    """"XXI", "ХІХ" (Cyrillic), "20-шы", "жиырмасыншы" -> the century; "бір" (a duration) None."""
    number = lx.roman_value(text)
    if number is None:  # digits, or an ordinal word ("жиырмасыншы"); "бір ғасыр" is a duration
        parsed = read_number(text)
        ordinal_word = parsed and (parsed[1] or text[0].isdigit())
        number = int(parsed[0]) if parsed and ordinal_word else None
    return number if number and number <= 21 else None


def century(g: dict, ctx: Context) -> Result:
    number = century_number(g["cent"])
    if number is None:
        return None
    if g.get("cent2"):  # "ХІ-ХІІІ ғасырда": from the first's start to the last's end
        last_century = century_number(g["cent2"])
        if last_century is None or last_century <= number:
            return None
        return "range", f"{tx.century_value(number, None)}/{tx.century_value(last_century, None)}"
    part = lx.lookup_prefix(g["part"], lx.date_words("part")) if g.get("part") else None
    half = century_number(g["half"]) if g.get("half") else None  # "екінші жартысы": 1850/1899
    if g.get("half") and half not in (1, 2):
        return None
    value = tx.century_value(number, f"h{half}" if half else part)
    if "/" in value and g.get("after"):  # "ғасырдың соңына дейін": until the part's end
        first, last = value.split("/")
        until = lx.date_words("after").get(g["after"].lower()) == "until"
        return with_after("range", last if until else first, g, ctx)
    return with_after("range" if part or half else "date", value, g, ctx)


def year_part(g: dict, ctx: Context) -> Result:
    found, year = year_from(g, ctx)
    part = lx.lookup_prefix(g["part"], lx.date_words("part"))
    if part is None:  # the part group is a part word: always found
        return None
    after = lx.date_words("after").get((g.get("after") or "").lower())
    ref = ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX"
    if part == "begin" and ABLATIVE_RE.search(g["partw"]) and after in (None, "from"):
        # "жыл басынан" (from the year's start: its ablative is "since" on its own, "жыл басынан
        # 62,9 %-ға өскен"); "2020 жылдың басынан бастап" (from then on, open)
        after = "since" if after is None else after
        if after == "from":
            return "range", f"{tx.date_value(year, 1, 1)}/"
    if part == "begin" and after == "since":
        return "range", f"{tx.date_value(year, 1, 1)}/{ref}"
    if part == "end" and after == "until":
        start = ref if ctx.ref and year == ctx.ref.year else ""
        return "range", f"{start}/{tx.date_value(year, 12, 31)}"
    return "range", tx.year_part_value(year, part)


def first_months(g: dict, ctx: Context) -> Result:
    found, year = year_from(g, ctx)
    found = found or bool(g.get("ybare"))  # "жылдың 9 айында": this year's
    if g.get("y") and year is None:  # "бір жылдың 9 айы": "бір" is no year
        return None
    months = read_int(g["n"])
    if not found or not months or months > 12:
        return None
    return "range", tx.first_months_value(year, months)


def anniversary(g: dict, ctx: Context) -> Result:
    """"25 жылдығына", "800 жыл толуына" -> duration P25Y / P800Y (DESIGN section 8)."""
    parsed = read_number(g["n"])
    if parsed is None or parsed[1] or parsed[0] != int(parsed[0]) or parsed[0] <= 0:
        return None
    return "duration", tx.duration_value(int(parsed[0]), "Y")


def month_decade(g: dict, ctx: Context) -> Result:
    """"қазан айының екінші онкүндігінде" -> days 11-20 of October (the first, second, third ten
    days: 1-10, 11-20, 21-last)."""
    month, number = lx.month_of(g["mon"]), read_int(g["n"])
    if month is None or lx.period_of(g["period"]) != "D10" \
            or number not in (1, 2, 3):
        return None
    _, year = _month_year(g, ctx, month)
    return "range", tx.month_part_value(year, month, ("begin", "mid", "end")[number - 1])


def within(g: dict, ctx: Context) -> Result:
    """"апта ішінде" (within the week) -> P1W, "тәулік ішінде" -> P1D."""
    return "duration", tx.duration_value(1, lx.date_words("within_unit")[g["unit"].lower()])


HANDLERS = {"numeric": numeric, "within": within, "month_decade": month_decade, "anniversary": anniversary,
            "iso": numeric, "day_month": day_month, "month_day": month_day,
            "month": month_only, "month_ai": month_with_ai, "month_part": month_part,
            "month_listed": lambda g, ctx: month_only({**g, "aiseen": "list"}, ctx),
            "year": year, "year_listed": year, "decade": decade, "century": century,
            "century_listed": century,
            "year_part": year_part, "first_months": first_months,
            **RELATIVE_HANDLERS, **TIME_HANDLERS, **HOLIDAY_HANDLERS}


# The rules whose value reads more of the Context than its reference date: a time takes the day
# named before it in the sentence (anchor_day), "өткен жылдың осы кезеңі" (mod_unit) the last
# period named (last_period). Every other rule's value is fixed by its groups and the reference
# date alone, so the value read while collecting candidates is already the final one.
SENTENCE_CONTEXT_RULES = frozenset(TIME_HANDLERS) | {"mod_unit", "relword", "year_same_period"}


def value_of(rule: str, groups: dict, ctx: Context) -> Result:
    """(kind, value) of a rule's match, or None when it is not a temporal after all."""
    groups = {k: v for k, v in groups.items() if v}
    try:
        return HANDLERS[rule](groups, ctx)
    except (OverflowError, ValueError):
        if ctx.ref is None:
            raise
        # a reference date near the calendar's end ("--reference-date 9999-12-31" and "ертең"):
        # the value is left unresolved, as without a reference date
        return HANDLERS[rule](groups, replace(ctx, ref=None, beyond_calendar=True))
