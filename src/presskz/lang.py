"""Script and language guesses for a text: Cyrillic Kazakh is what presskz is built for.

Kazakh Cyrillic has nine letters Russian lacks (ә ғ қ ң ө ұ ү һ і); their share among Cyrillic
letters separates the two. The guess feeds the record's `language`/`script` and warnings only.
"""
from __future__ import annotations

KAZAKH_ONLY = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
KAZAKH_LATIN = "áǵıńóúýşçğäöüñūÁǴŃÓÚÝŞÇĞÄÖÜÑŪ"  # 2018 and 2021 alphabets
MIN_LETTERS = 40  # below this, no language claim is made

# Letters are counted on the UTF-8 bytes with bytes.count (C speed) instead of a Python loop per
# character. Lead bytes D0-D3 encode exactly U+0400-U+04FF, and C3-C9 encode U+00C0-U+027F; lead
# bytes never occur inside another character, so counting them counts those characters. The
# ones that are not counted letters (non-letters, and U+0250-U+027F) are counted and subtracted.
CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
CYRILLIC_NON_LETTERS = tuple(chr(c).encode() for c in range(0x400, 0x500) if not chr(c).isalpha())
LATIN_LEADS = tuple(bytes([b]) for b in range(0xC3, 0xCA))
LATIN_NON_LETTERS = tuple(chr(c).encode() for c in range(0xC0, 0x280)
                          if not (chr(c).isalpha() and c <= 0x24F))
NOT_ASCII_LETTER = bytes(b for b in range(256) if not (b < 128 and chr(b).isalpha()))


def _letters(data: bytes, leads: tuple[bytes, ...], non_letters: tuple[bytes, ...]) -> int:
    return sum(data.count(b) for b in leads) - sum(data.count(c) for c in non_letters)


def _letter_counts(text: str) -> tuple[int, int]:
    """(Cyrillic letters, Latin letters) of text; Latin = ASCII + U+00C0-U+024F letters."""
    data = text.encode("utf-8", "surrogatepass")
    ascii_letters = len(data.translate(None, NOT_ASCII_LETTER))
    return (_letters(data, CYRILLIC_LEADS, CYRILLIC_NON_LETTERS),
            ascii_letters + _letters(data, LATIN_LEADS, LATIN_NON_LETTERS))


def detect_script(text: str) -> str:
    """'cyrl', 'latn' or 'mixed' by the share of Cyrillic vs Latin letters."""
    cyr, lat = _letter_counts(text)
    total = cyr + lat
    if not total or cyr / total >= 0.9:
        return "cyrl"
    return "latn" if lat / total >= 0.9 else "mixed"


def detect_language(text: str) -> tuple[str, list[str]]:
    """(language code, warnings): 'kk', 'ru' or 'und' for text we cannot place."""
    cyrillic = _letter_counts(text)[0]
    script = detect_script(text)
    if script == "latn":
        latin_kk = sum(text.count(ch) for ch in KAZAKH_LATIN)
        warning = ("Latin-script text: the rules and the model are built for Cyrillic Kazakh, "
                   "expect few extractions")
        return ("kk" if latin_kk else "und"), [warning]
    if cyrillic < MIN_LETTERS:
        return "kk", []
    share = sum(text.count(ch) for ch in KAZAKH_ONLY) / cyrillic
    if share < 0.01:
        return "ru", ["text looks Russian (no Kazakh-specific letters): extraction is unreliable"]
    return "kk", []
