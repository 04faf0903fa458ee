"""The relaying outlet and the dateline city of a release: "АСТАНА. KAZINFORM –", "ERNUR.KZ.",
"АСТАНА, 2 наурыз — Sputnik.", "..., деп хабарлайды Egemen.kz", "Дереккөз: BAQ.KZ".

An outlet is a name of outlets.tsv or a site name ("Name.kz", any site TLD of tlds.tsv). The dateline
is looked for at the start of the first lines, the credit line ("деп хабарлайды / жазады OUTLET") and
the source label ("Дереккөз:") anywhere. The place is the upper-case city opening the dateline
("АСТАНА." -> "Астана") or written "/Астана/" after the outlet.
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.kk.data import read_list, read_tsv
from presskz.kk.orthography import SITE_TLDS

DATELINE_LINES = 4  # the headline, the dateline and a blank line or two
DATELINE_REACH = 40  # characters into a line the outlet of a dateline may start


@cache
def cue_words(role: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in read_tsv("source_cues.tsv") if r["role"] == role)


@cache
def outlet_re() -> regex.Pattern:
    """A listed outlet or a site name, as a whole word."""
    names = sorted(read_list("outlets.tsv"), key=len, reverse=True)
    # at most 127 labels, as in DNS: unbounded, a line of "a.a.a..." made each match try
    # every label as the one before the TLD, with backtracking (quadratic, issue 25)
    site = (r"[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+){0,125}\.(?:"
            + "|".join(map(regex.escape, SITE_TLDS)) + ")")
    listed = "|".join(regex.escape(n) for n in names)
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{site}|{listed})(?![\p{{L}}\d])", regex.IGNORECASE)


@cache
def credit_re() -> regex.Pattern:
    verbs = "|".join(map(regex.escape, cue_words("credit")))
    labels = "|".join(map(regex.escape, cue_words("label")))
    return regex.compile(rf"(?:\bдеп\s+(?:{verbs})|(?:{labels})\s*:)\s*", regex.IGNORECASE)


CITY_RE = regex.compile(r"\s*(?P<city>\p{Lu}[\p{Lu}-]+)\s*[.,]")
SLASHED_CITY_RE = regex.compile(r"/(?P<city>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/")


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the first DATELINE_LINES non-blank lines."""
    found, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((offset, line))
            if len(found) == DATELINE_LINES:
                break
        offset += len(line) + 1
    return found


def outlet_opening(text: str, start: int = 0, reach: int = DATELINE_REACH) -> regex.Match | None:
    """The leftmost outlet name starting at most `reach` characters after `start`. One
    anchored match per offset: a search of the rest of the text would try every offset of a long
    line, each with backtracking ("x@y a.a.a..." 8,000 characters: 7 s; issue 25)."""
    pattern = outlet_re()
    for offset in range(start, min(start + reach, len(text)) + 1):
        match = pattern.match(text, offset)
        if match is not None:
            return match
    return None


def dateline(text: str) -> tuple[str | None, str | None]:
    """(outlet, city) of a dateline opening one of the first lines, else (None, None)."""
    for _, line in _lines(text):
        match = outlet_opening(line)
        if match is None \
                or line[:match.start()].strip()[-1:] not in ("", ".", ",", "—", "–", "-"):
            continue
        city = CITY_RE.match(line)
        slashed = SLASHED_CITY_RE.search(line, match.end(), match.end() + DATELINE_REACH)
        place = city.group("city").title() if city and city.end() <= match.start() \
            else slashed.group("city") if slashed else None
        return match.group(0), place
    return None, None


def credited_outlet(text: str) -> str | None:
    """The outlet named right after "деп хабарлайды / жазады" or "Дереккөз:"."""
    for cue in credit_re().finditer(text):
        match = outlet_re().match(text, cue.end())
        if match is not None:
            return match.group(0)
    return None


def outlet_and_place(text: str) -> tuple[str | None, str | None]:
    outlet, place = dateline(text)
    return outlet or credited_outlet(text), place


def is_outlet(name: str) -> bool:
    """Is this name (an entity's text) an outlet's?"""
    return outlet_re().search(name) is not None


def outlet_at(text: str, offset: int) -> bool:
    """Does an outlet's name start at this offset ("BAQ.KZ" where an entity reads "BAQ")?"""
    return outlet_re().match(text, offset) is not None
