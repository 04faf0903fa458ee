"""Values of clock times (сағат 11.00-де, 11:00, таңғы 9-да, кешкі сағат 7-де) and parts of the day
(таңертең, кешке). A time takes the day of the last full date of its sentence (Context.anchor_day):
"5 қараша күні сағат 11.00-де ..., сағат 15.00-де ..." puts both times on 5 November."""
from __future__ import annotations

import regex

from presskz.dates import lexicon as lx
from presskz.dates import timex as tx
from presskz.dates.context import Context
from presskz.dates.numerals import read_number
from presskz.kk.morphology import endings

Result = tuple[str, str] | None
CLOCK_RE = regex.compile(r"(\d{1,2})\s?[:.-]\s?(\d{2})")  # 11:00, 11.00, 11-00 (clock_dash)
# Hours after "кешкі"/"түнгі" are afternoon hours when written on a 12-hour dial ("кешкі 7" = 19:00).
PM_DAYPARTS = {"evening": 12, "afternoon": 12}
EARLY_PM = 7  # "күндізгі / түскі сағат 1" is 13:00: a daytime hour below 7 is after noon
# In a sentence naming an evening event (a show, a concert: date_words.tsv evening_event), an hour
# from 1 to 8 with no part of the day is after noon ("сағат 7-де концерт" 19:00); 9-12 are kept
# (a morning or a matinee performance).
LATEST_EVENING_HOUR = 8
ADJECTIVE = tuple(endings("temporal_adjective"))  # "таңғы", "кешкі", "таңертеңгі"


def _daypart(g: dict) -> str | None:
    return lx.lookup_prefix(g["dp"], lx.date_words("daypart")) if g.get("dp") else None


def _on_24h(hour: int, daypart: str | None) -> int:
    if daypart in PM_DAYPARTS and hour < 12:
        return hour + 12
    if daypart == "night" and 6 <= hour < 12:
        return hour + 12
    if daypart in ("day", "noon") and hour < EARLY_PM:
        return hour + 12
    return hour


def _time(hour: int | None, minute: int, g: dict, ctx: Context) -> Result:
    if hour is None or not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    daypart = _daypart(g)
    if daypart is None and ctx.evening and 1 <= hour <= LATEST_EVENING_HOUR:
        daypart = "evening"  # "сағат алтыда" for a show: 18:00
    hour = _on_24h(hour, daypart) % 24 if hour != 24 else 0
    return _with_after(tx.time_value(hour, minute, ctx.anchor_day), g)


def _with_after(value: str, g: dict) -> Result:
    """"... дейін" -> a range open at the start; бері / кейін / шамасында keep the time itself."""
    after = lx.date_words("time_after").get((g.get("after") or "").lower())
    return ("range", f"/{value}") if after == "until" else ("time", value)


def clock(g: dict, ctx: Context) -> Result:
    hour, minute = CLOCK_RE.match(g["clock"]).groups()
    return _time(int(hour), int(minute), g, ctx)


def hour(g: dict, ctx: Context) -> Result:
    """"сағат 7-де", "таңғы сегізден", "кешкі алты жарымға" (half past six: 18:30)."""
    parsed = read_number(g["hour"])
    if parsed is None or parsed[1]:
        return None
    whole = int(parsed[0])
    return _time(whole, round((parsed[0] - whole) * 60), g, ctx)


def daypart(g: dict, ctx: Context) -> Result:
    part = lx.lookup_prefix(g["dpw"], lx.date_words("daypart_word"))
    code = tx.DAYPART_CODES.get(part or "")
    if code is None:
        return None
    if g["dpw"].lower().endswith(ADJECTIVE) and not (g.get("head") or g.get("after")):
        return None  # "таңғы бағдарлама", "түнгі дүкендер": a kind of thing; "кешкі уақытта" is a time
    return _with_after(f"{ctx.anchor_day or 'XXXX-XX-XX'}T{code}", g)


TIME_HANDLERS = {"clock": clock, "clock_dash": clock, "hour": hour, "hour_words": hour,
                 "daypart": daypart}
