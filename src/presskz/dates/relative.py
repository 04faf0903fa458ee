"""Values of relative and deictic expressions (биыл, кеше, өткен жылы, осы аптада, 2 жыл бұрын),
durations (9 ай, соңғы 9 айдың ішінде), sets (жыл сайын), seasons and weekdays.

Resolved against the reference date; without one the unknown parts are X's ("XXXX", "XXXX-WXX-6").
"""
from __future__ import annotations

import datetime as dt

from presskz.dates import lexicon as lx
from presskz.dates import timex as tx
from presskz.dates.context import Context, with_after, year_from, year_number
from presskz.dates.numerals import read_number
from presskz.kk.morphology import endings

Result = tuple[str, str] | None
# Suffixes after a season word that make it a verb, not a season ("жазды" wrote, "қысты" squeezed).
SEASON_VERB_ENDINGS = endings("verb")  # "жазды" (wrote) is no summer
GENITIVE = endings("genitive")
ADJECTIVE = endings("temporal_adjective")  # "қысқы", "күзгі", "таңғы", "кешкі"


def _unit_of(word: str) -> str | None:
    return lx.lookup_prefix(word, lx.date_words("unit"))


def _at_offset(ctx: Context, offset: int, unit: str) -> str:
    """The period `offset` units from the reference date, at that unit's granularity."""
    if ctx.ref is None:
        return tx.unknown_at_granularity(unit)
    if unit == "CE":
        return f"{ctx.ref.year // 100 + offset:02d}"
    return tx.at_granularity(tx.shift(ctx.ref, offset, unit), unit)


def weekday_date(ctx: Context, weekday: int, offset: int = 0) -> str:
    """That weekday in the reference date's week (moved by `offset` weeks): a press release's
    "сенбіде" means this week's Saturday; "өткен сенбіде" the one before."""
    if ctx.ref is None:
        return f"XXXX-WXX-{weekday}"
    day = ctx.ref + dt.timedelta(days=weekday - ctx.ref.isoweekday() + 7 * offset)
    return day.isoformat()


def mod_unit(g: dict, ctx: Context) -> Result:
    offset = int(lx.relative_words("modifier")[g["mod"].lower().split()[0]])
    if g.get("wd"):
        weekday = lx.weekday_of(g["wd"])  # the wd group is a weekday name: always found
        return ("date", weekday_date(ctx, weekday, offset)) if weekday else None
    unit = _unit_of(g["unit"])
    if unit not in ("Y", "M", "W", "D", "CE"):
        return None
    if g.get("same"):
        return "range", same_period(ctx, offset)
    part = lx.lookup_prefix(g["part"], lx.date_words("part")) if g.get("part") else None
    if part and unit in ("Y", "M"):  # the part group is a part word: found whenever present
        return _period_part(ctx, offset, unit, part, g)
    if unit == "D" and not offset and ctx.anchor_day:  # "осы күні": the day named before
        return "relative", ctx.anchor_day
    if unit == "M" and not offset and ctx.ref is None and ctx.last_month and not g.get("after"):
        return "relative", ctx.last_month  # no publication date: "осы айда" is the month named before
    if ctx.ref is None and (offset or unit == "D") and not g.get("after"):  # "өткен жылы": PAST_REF
        return "relative", unresolved(offset, unit, ctx)
    return with_after("relative", _at_offset(ctx, offset, unit), g, ctx)


def _period_part(ctx: Context, offset: int, unit: str, part: str, g: dict) -> Result:
    """"келесі айдың соңында", "өткен жылдың басында": a third of that month or year."""
    day = tx.shift(ctx.ref, offset, unit) if ctx.ref else None
    year, month = (day.year, day.month) if day else (None, None)
    if unit == "M":
        if month is None:
            return "range", "XXXX-XX"
        value = tx.month_part_value(year, month, part)
    else:
        value = tx.year_part_value(year, part)
    after = lx.date_words("after").get((g.get("after") or "").lower())
    if after == "until":
        return "range", "/" + value.split("/")[1]
    if after == "since":
        return "range", value.split("/")[0] + "/" + (ctx.ref.isoformat() if ctx.ref else "")
    return "range", value


def same_period(ctx: Context, years: int) -> str:
    """"өткен жылдың осы кезеңі": the last period named, a year earlier; else Jan 1 to the same day."""
    if ctx.last_period and ctx.last_period[:4].isdigit():
        return tx.shift_value_years(ctx.last_period, years)
    if ctx.ref is None:
        return "XXXX-01-01/XXXX-XX-XX"
    then = tx.shift(ctx.ref, years, "Y")
    return f"{then.year:04d}-01-01/{then.isoformat()}"


def year_same_period(g: dict, ctx: Context) -> Result:
    """"2017 жылдың тиісті кезеңінің": the months of the last period named, in 2017; with no
    period named before, some part of 2017 (the year)."""
    year = year_number(g["y"], ctx)
    period = ctx.last_period
    if year is None:
        return None
    if not period or not period[:4].isdigit():
        return "date", f"{year:04d}"
    return "range", tx.shift_value_years(period, year - int(period[:4]))


def season(g: dict, ctx: Context) -> Result:
    word = g["season"].lower()
    seasons = lx.date_words("season")
    stem = next(s for s in lx.keys_longest_first(seasons) if word.startswith(s))
    rest = word[len(stem):]
    found, year = year_from(g, ctx)
    if g.get("mmod") and ctx.ref:
        year = ctx.ref.year + int(lx.relative_words("modifier")[g["mmod"].lower().split()[0]])
    bare_ok = stem not in lx.date_words("ambiguous")
    genitive = rest.startswith(GENITIVE)  # "жаздың соңына" (of summer) is no "жазды" (wrote)
    verb = rest.startswith(SEASON_VERB_ENDINGS) and not genitive
    # "жаздың" alone may be "you wrote": the summer's only with its head ("соңына", "күндері")
    bare_genitive = genitive and not (found or g.get("mmod") or g.get("part") or g.get("kun"))
    if verb or not (rest or found or g.get("ai") or bare_ok) or (bare_genitive and not bare_ok):
        return None
    if rest in ADJECTIVE and not (found or g.get("mmod") or g.get("ai") or g.get("part")
                                  or g.get("after") or g.get("head")):
        return None  # "қысқы фестивалі", "күзгі жапырақтар": a kind of thing; "қысқы маусымда" is a time
    code = seasons[stem]
    after = lx.date_words("after").get((g.get("after") or "").lower())
    if after == "until" and ctx.ref and not found and not g.get("mmod") \
            and tx.SEASON_LAST_MONTH[code] < ctx.ref.month:
        year = ctx.ref.year + 1  # "көктемге дейін" said in October: until next spring
    return with_after("date", f"{tx.year_str(year)}-{code}", g, ctx)


def through(g: dict, ctx: Context) -> Result:
    """"күні бойы", "тәулік бойы": all day; "қыс бойы": all winter (three months)."""
    unit = _unit_of(g["unit"])
    if g.get("pl"):  # "жылдар бойы": for years
        return "duration", tx.duration_value(None, unit or "M")
    return "duration", tx.duration_value(1, unit) if unit else "P3M"


def unresolved(offset: int, unit: str, ctx: Context) -> str:
    """A relative with no reference date (GUIDELINES): "бүгін" PRESENT_REF, "кеше" / "өткен жылы"
    PAST_REF, "ертең" FUTURE_REF; "биыл" stays the year with X's ("XXXX"), and so does all of it
    when the reference date is too near the calendar's end ("ертең" after 9999-12-31)."""
    if ctx.beyond_calendar:
        return tx.unknown_at_granularity(unit)
    if offset < 0:
        return "PAST_REF"
    if offset > 0:
        return "FUTURE_REF"
    return "PRESENT_REF" if unit == "D" else tx.unknown_at_granularity(unit)


def relword(g: dict, ctx: Context) -> Result:
    spec = lx.lookup_prefix(g["rel"].replace("\n", " "), lx.relative_words("word"))
    if spec is None or spec == "NONE":  # "қазіргі" alone (current), "бұл күндері" (these days)
        return None
    if spec.endswith("_REF"):
        base, suffix = " ".join(g["rel"].lower().split()), g.get("relsuf", "").lower()
        if suffix in ADJECTIVE and base.split()[-1] in lx.date_words("after") \
                and base + suffix not in lx.relative_words("word"):
            return None  # "осыған дейінгі есептеулер": an attribute of a noun, unless listed as one
        return "relative", spec
    if spec in ("ANCHOR", "ANCHOR_NIGHT"):  # "бұл күні", "сол күні": the day named before
        # in a new paragraph, the last day the document named ("11 мамыр ... ¶ Бұл күні ...");
        # "бұл түні", "сол түні": that day's night ("Жаңа жыл түні ... Бұл түні" -> ...-12-31TNI)
        day = ctx.anchor_day or ctx.last_day or (ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX")
        return "relative", day + ("TNI" if spec == "ANCHOR_NIGHT" else "")
    unit, offset = spec[0], int(spec[1:])
    value = _at_offset(ctx, offset, unit)
    after = lx.date_words("after").get((g.get("after") or "").lower())
    if after == "until" and offset:  # "ертеңге дейін": until tomorrow
        return "range", f"/{value}"
    if after == "since":
        return "range", f"{value}/{ctx.ref.isoformat() if ctx.ref else ''}"
    # "бүгінге дейін" (as of today: "Бүгінгі күнге дейін 130 өтінім келді") is today, as the
    # release gold has it; "X-тан бүгінге дейін" is still a range (spans._open_end)
    return "relative", value if ctx.ref else unresolved(offset, unit, ctx)


def _amount(text: str) -> float | None:
    if text.lower() == "бірнеше":
        return None
    parsed = read_number(text)
    return parsed[0] if parsed else None


def duration(g: dict, ctx: Context) -> Result:
    unit = _unit_of(g["unit"])
    several = g["n"].lower() == "бірнеше"
    amount = _amount(g["n"])
    if unit is None or (amount is None and not several) or g.get("n2"):
        return ("duration", tx.duration_value(None, unit)) if unit and g.get("n2") else None
    after = lx.date_words("after").get((g.get("after") or "").lower())
    if after in ("ago", "later") and unit in ("Y", "M", "W", "D"):
        sign = -1 if after == "ago" else 1
        if several or amount is None or amount != int(amount):  # no amount: only with several
            return "relative", "PAST_REF" if sign < 0 else "FUTURE_REF"
        try:
            return "relative", _at_offset(ctx, sign * int(amount), unit)
        except (ValueError, OverflowError):  # "6000 жыл бұрын": beyond what a date can hold
            return "relative", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if after == "each":  # "4 жыл сайын": every four years
        return "set", tx.duration_value(amount, unit)
    return "duration", tx.duration_value(amount, unit)


def duration_adjective(g: dict, ctx: Context) -> Result:
    """"он айлық" (ten-month); "100 айлық" is a hundred monthly indices (АЕК), not a duration."""
    amount = _amount(g["n"])
    if _unit_of(g["unit"]) == "M" and amount is not None and amount > 24:
        return None
    return duration(g, ctx)


def vague_plural(g: dict, ctx: Context) -> Result:
    """"осынау жылдар ішінде" -> PXY (vague); "соңғы аптаның ішінде" -> P1W."""
    unit = _unit_of(g["unit"])  # the unit group is a unit word: always found
    return ("duration", tx.duration_value(None if g.get("pl") else 1, unit)) if unit else None


def quarter(g: dict, ctx: Context) -> Result:
    """"биылғы бірінші тоқсанда" -> 2016-01-01/2016-03-31; "екінші жартыжылдықта" ->
    2016-07-01/2016-12-31 (GUIDELINES: a quarter or a half is the range of its days)."""
    code = "H" if g.get("half") else lx.period_of(g["period"])  # year_half: "жылдың 2 жартысы"
    if code not in ("Q", "H"):  # "екінші онкүндігінде" needs its month: month_decade
        return None
    roman = lx.roman_value(g["n"])  # "ІІ тоқсанда": a Roman numeral is an ordinal
    if roman or g["n"].lower() == "алғашқы":
        parsed: tuple[float, bool] | None = (float(roman or 1), True)
    else:
        parsed = read_number(g["n"])
    if parsed and g["n"][:1].isdigit():  # "2014 жылдың 1 тоқсанында": a digit is an ordinal here
        parsed = (parsed[0], True)
    if not parsed or not parsed[1] or not 1 <= parsed[0] <= (2 if code == "H" else 4):
        return None
    found, year = year_from(g, ctx)
    return with_after("range", tx.quarter_value(year, code, int(parsed[0])), g, ctx)


def set_value(g: dict, ctx: Context) -> Result:
    if g.get("rate"):  # "жылына 90 млн": a rate, the unit's set (date_words.tsv rate)
        return "set", lx.date_words("rate")[g["rate"].lower()]
    if g.get("setw"):
        value = lx.lookup_prefix(g["setw"], lx.relative_words("set"))  # a set word: always found
        return ("set", value) if value else None
    unit = _unit_of(g["unit"])
    return ("set", tx.duration_value(1, unit)) if unit else None


def weekday(g: dict, ctx: Context) -> Result:
    number = lx.weekday_of(g["wd"])
    if g["wd"].lower() in lx.ambiguous_weekdays() and not g.get("kun"):
        # bare "жұма": only with a suffix (жұмада) or "күні" (жұма күні)
        return None
    return ("date", weekday_date(ctx, number)) if number else None


def weekday_set(g: dict, ctx: Context) -> Result:
    """"әр бейсенбі", "бейсенбі сайын", "бейсенбі, жексенбі күндері": every Thursday, XXXX-WXX-4
    ("жұма сайын" is every week: the set rule's)."""
    number = lx.weekday_of(g["wd"])
    if number is None or (g["wd"].lower() in lx.ambiguous_weekdays() and g.get("each", "").lower() != "әр"):
        return None
    return "set", f"XXXX-WXX-{number}"


def weekend(g: dict, ctx: Context) -> Result:
    """"демалыс күндері" -> the weekend of the reference date's week ("2016-W44-WE"; "келесі",
    "өткен" move it a week); "күзгі демалыс күндері" -> the autumn (school) break, "2016-FA"."""
    if g.get("season"):
        code = lx.lookup_prefix(g["season"], lx.date_words("season"))
        return "date", f"{tx.year_str(ctx.ref.year if ctx.ref else None)}-{code}"
    mod = g["mod"].lower().split()[0] if g.get("mod") else None
    offset = int(lx.relative_words("modifier")[mod]) if mod else 0
    if ctx.ref is None:
        return "date", "XXXX-WXX-WE"
    if mod in lx.date_words("upcoming") and ctx.ref.isoweekday() < 6:
        offset = 0
    year, week, _ = tx.shift(ctx.ref, offset, "W").isocalendar()
    return "date", f"{year:04d}-W{week:02d}-WE"


RELATIVE_HANDLERS = {"weekday_set": weekday_set, "weekend": weekend, "mod_unit": mod_unit,
                     "season": season, "through": through, "relword": relword,
                     "duration": duration, "duration_adj": duration_adjective,
                     "vague_plural": vague_plural, "quarter": quarter, "year_half": quarter,
                     "year_same_period": year_same_period,
                     "set": set_value, "repeat": set_value, "rate": set_value,
                     "weekday": weekday}
