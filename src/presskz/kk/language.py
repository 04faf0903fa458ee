"""Script and language guesses for a text: Cyrillic Kazakh is what presskz is built for.

Kazakh Cyrillic has nine letters Russian lacks (ә ғ қ ң ө ұ ү һ і); their share among Cyrillic
letters separates the two. The guess feeds the record's `language`/`script` and warnings only.
"""
from __future__ import annotations

KAZAKH_ONLY = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
KAZAKH_LATIN = "áǵıńóúýşçğäöüñūÁǴŃÓÚÝŞÇĞÄÖÜÑŪ"  # 2018 and 2021 alphabets
MIN_LETTERS = 40  # below this, no language claim is made


def _letter_classes() -> list[str]:
    """str.translate table for U+0000-U+052F: Kazakh-only letter -> "k", other Cyrillic letter
    -> "c", Latin letter (ASCII, U+00C0-U+024F) -> "l", anything else -> deleted. Characters above
    U+052F are left as they are (never one of the three ASCII marks)."""
    table = []
    for code in range(0x530):
        ch = chr(code)
        if ch in KAZAKH_ONLY:
            table.append("k")
        elif ch.isalpha() and 0x400 <= code <= 0x4FF:
            table.append("c")
        elif ch.isalpha() and (code < 0x80 or 0xC0 <= code <= 0x24F):
            table.append("l")
        else:
            table.append("")
    return table


# one C-level pass (str.translate) instead of a Python loop per character
LETTER_CLASSES = _letter_classes()


def _letter_counts(text: str) -> tuple[int, int, int]:
    """(Cyrillic letters, Latin letters, Kazakh-only letters) of text."""
    marks = text.translate(LETTER_CLASSES)
    kazakh = marks.count("k")
    return marks.count("c") + kazakh, marks.count("l"), kazakh


def detect_script(text: str) -> str:
    """'cyrl', 'latn' or 'mixed' by the share of Cyrillic vs Latin letters."""
    return _script(*_letter_counts(text)[:2])


def _script(cyr: int, lat: int) -> str:
    total = cyr + lat
    if not total or cyr / total >= 0.9:
        return "cyrl"
    return "latn" if lat / total >= 0.9 else "mixed"


def detect_language(text: str) -> tuple[str, list[str]]:
    """(language code, warnings): 'kk', 'ru' or 'und' for text we cannot place."""
    language, warnings, _ = detect_language_and_script(text)
    return language, warnings


def detect_language_and_script(text: str) -> tuple[str, list[str], str]:
    """(language code, warnings, script): detect_language and detect_script from one count of
    the letters (a pass over the whole text)."""
    cyrillic, latin, kazakh_only = _letter_counts(text)
    script = _script(cyrillic, latin)
    return (*_language(text, script, cyrillic, kazakh_only), script)


def _language(text: str, script: str, cyrillic: int, kazakh_only: int) -> tuple[str, list[str]]:
    """(language code, warnings) from the script and the letter counts of the text."""
    if script == "latn":
        latin_kk = sum(text.count(ch) for ch in KAZAKH_LATIN)
        warning = ("Latin-script text: the rules and the model are built for Cyrillic Kazakh, "
                   "expect few extractions")
        return ("kk" if latin_kk else "und"), [warning]
    if cyrillic < MIN_LETTERS:
        return "kk", []
    share = kazakh_only / cyrillic
    if share < 0.01:
        return "ru", ["text looks Russian (no Kazakh-specific letters): extraction is unreliable"]
    return "kk", []
