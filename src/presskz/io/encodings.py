"""Telling the legacy Cyrillic code pages apart: CP1251, KZ-1048 (Kazakh Windows) and KOI8-R.

Bytes that are not UTF-8 decode without error in all three, so the question is which reading
gives Kazakh or Russian words. Each reading is scored on its non-ASCII characters (ASCII reads
the same in all three): a Kazakh or Russian letter counts for it; another letter (CP1251's ќ ѕ
ј where KZ-1048 has қ ң ә), a box-drawing or control character (KOI8-R's reading of CP1251's
« » — №) counts against it, and so does a capital letter after a letter (KOI8-R and CP1251
read each other's lower case as upper case: "пПХБЕФ", "ЮЙХЛ"; only abbreviations have them in
the right reading). Identical readings count once, the first in CANDIDATES order.
Chosen over charset-normalizer by measurement (the module docstring of io/files.py says how).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from presskz.kk.language import KAZAKH_ONLY

CANDIDATES = ("cp1251", "kz1048", "koi8-r")
# Fewer non-ASCII letters than this, or a lead over the next reading of less than this share
# of them, and the choice is reported as unsure
FEW_LETTERS, SMALL_LEAD = 20, 0.05

_RUSSIAN = "".join(map(chr, range(ord("А"), ord("я") + 1))) + "Ёё"
_LETTERS = frozenset(_RUSSIAN + KAZAKH_ONLY)
_CAPITAL_INSIDE = re.compile(f"(?<=[{_RUSSIAN}{KAZAKH_ONLY}])[{_RUSSIAN.upper()}{KAZAKH_ONLY.upper()}]")
_STRAY = re.compile("[\u0080-\u009f\u2500-\u259f]")  # C1 controls, box drawing
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""",
                       re.IGNORECASE)


@dataclass
class Reading:
    text: str
    encoding: str
    score: float
    letters: int  # non-ASCII letters


def score(text: str) -> tuple[float, int]:
    """(how much the text reads as Kazakh or Russian, its number of non-ASCII letters)."""
    wide = [c for c in text if c > "\x7f"]
    letters = [c for c in wide if c.isalpha()]
    good = sum(1 for c in letters if c in _LETTERS)
    bad = len(letters) - good
    penalty = 3 * bad + 3 * len(_STRAY.findall(text)) + len(_CAPITAL_INSIDE.findall(text))
    return good - penalty, len(letters)


def readings(raw: bytes) -> list[Reading]:
    """The distinct readings of raw in the candidate code pages, best first."""
    found: dict[str, Reading] = {}
    for encoding in CANDIDATES:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text not in found:
            found[text] = Reading(text, encoding, *score(text))
    return sorted(found.values(), key=lambda r: -r.score)  # stable: ties keep CANDIDATES order


def unsure(best: Reading, others: list[Reading]) -> str | None:
    """Why the choice of `best` is unsure, or None."""
    if best.letters < FEW_LETTERS:
        return f"only {best.letters} non-ASCII letters to tell the code pages apart"
    if others and best.score - others[0].score < SMALL_LEAD * best.letters:
        return f"{others[0].encoding} reads almost as well"
    return None


def declared_charset(raw: bytes) -> str | None:
    """The Python codec name of an HTML page's <meta charset> or http-equiv Content-Type, if
    it names one Python knows."""
    match = _DECLARED.search(raw[:8192])
    if match is None:
        return None
    try:
        return codecs.lookup(match[1].decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
