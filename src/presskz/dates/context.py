"""What a date value may depend on (the Context) and the year readers shared by the handlers."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from presskz.dates import lexicon as lx
from presskz.dates import timex as tx
from presskz.dates.numerals import read_number
from presskz.kk.morphology import ending_re

YEARLESS_DAY_RE = re.compile(r"^XXXX-\d\d-\d\d(?:/XXXX-\d\d-\d\d)?$")
# a month or day without a year, a range of them or a deadline ("/XXXX-01-10")
YEARLESS_RE = re.compile(r"^/?XXXX-\d\d(?:-\d\d)?(?:T[\w:]+)?(?:/XXXX-\d\d(?:-\d\d)?(?:T[\w:]+)?)?$")
# a month or a day with its year ("2022-01-18", "/2022-02-01", "2021-01/2021-02")
WRITTEN_YEAR_RE = re.compile(r"(?:^|/)(\d{4})-\d\d")
ATTRIBUTIVE_RE = ending_re("locative_attributive", ignore_case=True)  # "24 қарашадағы"


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
    # without a reference date: the year of the last month or day named with its year ("2022 жылғы
    # 18 қаңтарға дейін"), which a later day without one takes ("10 қаңтарға дейін" -> /2022-01-10)
    doc_year: str | None = None
    last_month: str | None = None  # the last month named ("қыркүйек айында ... осы айда": that month)
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

    def take_document_year(self, text: str, kind: str | None, value: str) -> str:
        """No reference date: the value of a temporal (its text, kind, value) with the year its day
        lacks, the year of the day named before it in its paragraph ("2021 жылдың 26 маусымы ... 3, 4
        шілде күндері" -> 2021-07-03), else of the last month or day the document named with its
        year ("2022 жылғы 18 қаңтарға дейін ... 10 қаңтарға дейін" -> /2022-01-10); a date of a
        law or decision ("2015 жылғы 24 қарашадағы Заңы") gives none: it is not the time the
        release is about."""
        anchor = self.anchor_day
        year = anchor[:4] if anchor and anchor[:4].isdigit() else self.doc_year
        if year and YEARLESS_RE.match(value) and (YEARLESS_DAY_RE.match(value) or self.doc_year):
            value = value.replace("XXXX-", year + "-")
        written = WRITTEN_YEAR_RE.search(value)
        if written and kind != "duration" and not ATTRIBUTIVE_RE.search(text):
            self.doc_year = written.group(1)
        return value


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
