"""The New Year named by its name (date_words.tsv new_year): its night, the holiday, its day.

"Жаңа жыл" alone is the holiday, an event (KazNERD tags it EVENT); with a word of time it is a
temporal: "Жаңа жыл түні" (the night of 31 December), "Жаңа жыл мерекесі кезінде" (31 December to
1 January, as the release gold has it), "жаңа жылға дейін / жаңа жылдан бері / бастап" and "жаңа
жылдың алғашқы күні" (1 January). Which New Year: the one nearest the reference date (a release of
the second half of a year speaks of the coming one); "жаңа жылға дейін" is the coming 1 January,
"жаңа жылдан бері" the last; without a reference date the year stays X's.
"""
from __future__ import annotations

from presskz.dates import lexicon as lx
from presskz.dates.context import Context

Result = tuple[str, str] | None


def _year(ctx: Context, offset: int = 0) -> str:
    return str(ctx.ref.year + offset) if ctx.ref else "XXXX"


def new_year(g: dict, ctx: Context) -> Result:
    nearest = 1 if ctx.ref and ctx.ref.month >= 7 else 0  # the 1 January nearest the reference date
    if g.get("night"):
        return "date", f"{_year(ctx, nearest - 1)}-12-31TNI"
    if g.get("during"):
        return "range", f"{_year(ctx, nearest - 1)}-12-31/{_year(ctx, nearest)}-01-01"
    if g.get("firstday"):
        return "date", f"{_year(ctx, nearest)}-01-01"
    after = lx.date_words("after").get((g.get("after") or "").lower())
    if after == "until":
        return "range", f"/{_year(ctx, 1)}-01-01"
    if after == "since":
        return "range", f"{_year(ctx)}-01-01/{ctx.ref.isoformat() if ctx.ref else ''}"
    if after == "from":
        return "range", f"{_year(ctx, nearest)}-01-01/"
    return None  # "жаңа жылдан кейін / бұрын": not read


HOLIDAY_HANDLERS = {"new_year": new_year}
