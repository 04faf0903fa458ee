"""Script and language guesses for a text: Cyrillic Kazakh is what presskz is built for.

Kazakh Cyrillic has nine letters Russian lacks (ә ғ қ ң ө ұ ү һ і); their share among Cyrillic
letters separates the two. The guess feeds the record's `language`/`script` and warnings only.
"""
from __future__ import annotations

KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
KAZAKH_LATIN = set("áǵıńóúýşçğäöüñūÁǴŃÓÚÝŞÇĞÄÖÜÑŪ")  # 2018 and 2021 alphabets
MIN_LETTERS = 40  # below this, no language claim is made


def detect_script(text: str) -> str:
    """'cyrl', 'latn' or 'mixed' by the share of Cyrillic vs Latin letters."""
    cyr = lat = 0
    for ch in text:
        if ch.isalpha():
            if "\u0400" <= ch <= "\u04ff":
                cyr += 1
            elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
                lat += 1
    total = cyr + lat
    if not total or cyr / total >= 0.9:
        return "cyrl"
    return "latn" if lat / total >= 0.9 else "mixed"


def detect_language(text: str) -> tuple[str, list[str]]:
    """(language code, warnings): 'kk', 'ru' or 'und' for text we cannot place."""
    cyr = [ch for ch in text if "\u0400" <= ch <= "\u04ff" and ch.isalpha()]
    script = detect_script(text)
    if script == "latn":
        latin_kk = sum(1 for ch in text if ch in KAZAKH_LATIN)
        warning = ("Latin-script text: the rules and the model are built for Cyrillic Kazakh, "
                   "expect few extractions")
        return ("kk" if latin_kk else "und"), [warning]
    if len(cyr) < MIN_LETTERS:
        return "kk", []
    share = sum(1 for ch in cyr if ch in KAZAKH_ONLY) / len(cyr)
    if share < 0.01:
        return "ru", ["text looks Russian (no Kazakh-specific letters): extraction is unreliable"]
    return "kk", []
