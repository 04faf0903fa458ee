"""The relaying outlet and the dateline city of a release: "АСТАНА. KAZINFORM –", "ERNUR.KZ.",
"АСТАНА, 2 наурыз — Sputnik.", "..., деп хабарлайды Egemen.kz", "Дереккөз: BAQ.KZ".

An outlet is a name of gazetteers/outlets.txt or a site name ("Name.kz", any site TLD of tlds.tsv).
In order: the dateline at the start of the first lines, the credit line ("деп хабарлайды / жазады
OUTLET") or the source label ("Дереккөз:") anywhere, then the page URL the caller passed (metadata
`url`) when its domain is a listed outlet's site (a page on any other domain is taken for the
publisher's own). A dateline's outlet stands between punctuation: a name a word follows opens a
sentence ("Lada.kz сайтының мәліметінше, ..."). The place is the upper-case city opening the
dateline ("АСТАНА." -> "Астана") or written "/Астана/" after the outlet.
"""
from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

import regex

from presskz.kk.data import read_list, read_tsv
from presskz.kk.orthography import SITE_TLDS

OUTLETS = "gazetteers/outlets.txt"
URL_SCHEMES = ("http://", "https://")
DATELINE_LINES = 4  # the headline, the dateline and a blank line or two
DATELINE_REACH = 40  # characters into a line the outlet of a dateline may start
DATELINE_MARKS = ("", ".", ",", "—", "–", "-")  # what may stand before and after a dateline's outlet


@cache
def cue_words(role: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in read_tsv("source_cues.tsv") if r["role"] == role)


NAME_REACH = 256  # the longest outlet or site name read: an end position for each match, since
# the regex module reads to the end position (the text's end when none is given) on every call


@cache
def outlet_names() -> list[str]:
    return sorted(read_list(OUTLETS), key=len, reverse=True)


@cache
def outlet_re() -> regex.Pattern:
    """A listed outlet (a named list: matched as a set, longest first) or a site name, as a whole word."""
    # at most 127 labels, as in DNS: unbounded, a line of "a.a.a..." made each match try
    # every label as the one before the TLD, with backtracking (quadratic, issue 25)
    site = (r"[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+){0,125}\.(?:"
            + "|".join(map(regex.escape, SITE_TLDS)) + ")")
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{site}|\L<names>)(?![\p{{L}}\d])", regex.IGNORECASE,
                         names=outlet_names())


@cache
def credit_re() -> regex.Pattern:
    verbs = "|".join(map(regex.escape, cue_words("credit")))
    labels = "|".join(map(regex.escape, cue_words("label")))
    quotative = next(r["word"] for r in read_tsv("speech_words.tsv") if r["role"] == "quotative")  # "деп"
    return regex.compile(rf"(?:\b{quotative}\s+(?:{verbs})|(?:{labels})\s*:)\s*", regex.IGNORECASE)


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


@cache
def opening_re(reach: int) -> regex.Pattern:
    """An outlet name after at most `reach` characters: the lazy prefix tries the offsets in
    order, so the name is the leftmost one starting within the reach, as search() would find."""
    return regex.compile(rf"(?s:.){{0,{reach}}}?({outlet_re().pattern})", regex.IGNORECASE,
                         names=outlet_names())


def outlet_opening(text: str, start: int = 0, reach: int = DATELINE_REACH) -> tuple[int, int] | None:
    """(start, end) of the leftmost outlet name starting at most `reach` characters after
    `start`. A search of the rest of the text would read all of it when no outlet is near, and
    over a long line of "a.a.a..." try a site name at every offset (issue 25)."""
    match = opening_re(reach).match(text, start, start + reach + NAME_REACH)
    return match.span(1) if match is not None else None


def dateline(text: str) -> tuple[str | None, str | None]:
    """(outlet, city) of a dateline opening one of the first lines, else (None, None)."""
    for _, line in _lines(text):
        found = outlet_opening(line)
        if found is None or line[:found[0]].strip()[-1:] not in DATELINE_MARKS \
                or line[found[1]:].strip()[:1] not in DATELINE_MARKS + ("/",):
            continue  # a name opening a sentence is its subject: "Lada.kz сайтының мәліметінше, ..."
        name_start, name_end = found
        city = CITY_RE.match(line)
        slashed = SLASHED_CITY_RE.search(line, name_end, name_end + DATELINE_REACH)
        place = city.group("city").title() if city and city.end() <= name_start \
            else slashed.group("city") if slashed else None
        return line[name_start:name_end], place
    return None, None


def credited_outlet(text: str) -> str | None:
    """The outlet named right after "деп хабарлайды / жазады" or "Дереккөз:"."""
    for cue in credit_re().finditer(text):
        match = outlet_re().match(text, cue.end(), cue.end() + NAME_REACH)
        if match is not None:
            return match.group(0)
    return None


def source_link(text: str) -> str | None:
    """The outlet whose page a last line holding only a URL names as the text's source
    ("https://anatili.kazgazeta.kz/news/60230" -> "Ана тілі"; an unlisted site as its host)."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    if not last.lower().startswith(URL_SCHEMES) or len(last.split()) != 1:
        return None
    return page_outlet(last) or host_of(last) or None


def outlet_and_place(text: str) -> tuple[str | None, str | None]:
    """(outlet, dateline city): the dateline's, else a credit's ("деп хабарлайды X", "Дереккөз:
    X"), else a source link's on the last line."""
    outlet, place = dateline(text)
    return outlet or credited_outlet(text) or source_link(text), place


@cache
def outlet_sites() -> dict[str, str]:
    """Site domain -> the outlet's name (the first row listing that site)."""
    sites: dict[str, str] = {}
    for row in read_tsv(OUTLETS):
        if row["site"] != "-":
            sites.setdefault(row["site"].lower(), row["name"])
    return sites


def host_of(url: str | None) -> str:
    """The page URL's host, lower-case, without a trailing dot or a leading "www."."""
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host


def page_outlet(url: str | None) -> str | None:
    """The listed outlet whose site (or a subdomain of it) the page URL is on: "https://kaz.inform.kz/
    news/..." -> "KAZINFORM"; None for any other URL."""
    labels = host_of(url).split(".")
    return next((outlet_sites()[d] for d in (".".join(labels[k:]) for k in range(len(labels) - 1))
                 if d in outlet_sites()), None)


def is_outlet(name: str) -> bool:
    """Is this name (an entity's text) an outlet's?"""
    return outlet_re().search(name) is not None


def outlet_at(text: str, offset: int) -> bool:
    """Does an outlet's name start at this offset ("BAQ.KZ" where an entity reads "BAQ")?"""
    return outlet_re().match(text, offset, offset + NAME_REACH) is not None
