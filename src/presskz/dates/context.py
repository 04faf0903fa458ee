"""What a date value may depend on (the Context) and the year readers shared by the handlers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from presskz.dates import lexicon as lx
from presskz.dates import timex as tx
from presskz.dates.numerals import read_number


@dataclass
class Context:
    """What a value may depend on: the reference date, the last full date named before (in the
    sentence or its paragraph, for a bare time: start_paragraph), and the last period named (for
    "өткен жылдың осы кезеңі", the same period a year earlier)."""

    ref: dt.date | None = None
    anchor_day: str | None = None
    last_period: str | None = None
    # the distinct full days named so far in the document (for a new paragraph's anchor)
    days: set[str] = field(default_factory=set)
    last_day: str | None = None  # the last full day named in the document ("бұл күні": that day)
    beyond_calendar: bool = False  # the reference date is too near the calendar's end: X's
    evening: bool = False  # the sentence names an evening event (a show, a concert): "сағат 7-де" = 19:00

    def start_paragraph(self, after_heading: bool = False) -> None:
        """A time with no day of its own takes the nearest day named before it in its paragraph;
        in a new paragraph, the one day the document has named so far, if it named just one
        (the programme's day: "8 қыркүйекте ... премьера. ... Сағат 17.15-те баспасөз мәслихаты");
        after a heading line (after_heading: a short line, "10 мамыр, сенбі"), the heading's
        day, as a programme lists each day's times under it."""
        if after_heading and self.anchor_day:
            return
        self.anchor_day = next(iter(self.days)) if len(self.days) == 1 else None


def year_from(g: dict, ctx: Context) -> tuple[bool, int | None]:
    """(found, year) from the YEARREF groups: a number, a modifier, биылғы/былтырғы; else the
    reference year (found False). A number that cannot be a year gives (True, None)."""
    if g.get("y"):
        return True, year_number(g["y"], ctx)
    offset = None
    if g.get("ymod"):
        offset = int(lx.relative_words("modifier")[g["ymod"].lower().split()[0]])
    elif g.get("yrel"):
        offset = 0 if g["yrel"].lower().startswith("биыл") else -1
    if offset is not None:
        return True, ctx.ref.year + offset if ctx.ref else None
    return False, ctx.ref.year if ctx.ref else None


def year_number(text: str, ctx: Context) -> int | None:
    """A year written as digits/words: 1000-2100 as is, an ordinal under 100 as a two-digit year."""
    parsed = read_number(text)
    if parsed is None or parsed[0] != int(parsed[0]):
        return None
    value, ordinal = int(parsed[0]), parsed[1]
    if 1000 <= value <= 2100:
        return value
    if ordinal and value < 100:
        return tx.two_digit_year(value, ctx.ref)
    return None


def with_after(kind: str, value: str, g: dict, ctx: Context) -> tuple[str, str]:
    """"... дейін" (until) -> "/value"; "... бері / бастап" (since) -> "value/<reference date>"."""
    after = lx.date_words("after").get((g.get("after") or "").lower())
    if after == "until":
        return "range", f"/{value}"
    if after == "since":
        return "range", f"{value}/{ctx.ref.isoformat() if ctx.ref else ''}"
    if after == "from" and len(value) == 4 and value.isdigit():  # "2026 жылдан бастап": 2026 on
        return "range", f"{value}/"
    return kind, value
