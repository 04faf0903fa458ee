"""Reads the numbers inside date expressions: digits with suffixes ("5-і", "2020-сыншы", "90- шы")
and Kazakh number words, cardinal or ordinal ("екі мың он алтыншы", "жиырма бесінші", "бір жарым").

Only what dates need; the numbers stage has the full grammar for amounts.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from presskz.dates import lexicon as lx

DIGITS_RE = regex.compile(r"^(\d+)(?:,(\d+))?\s?(?:[-‐‑–—]\s?(\p{L}+))?$")
ORDINAL_RE = regex.compile(r"^с?[ыі]?н?ш[ыі]", regex.IGNORECASE)


# Number texts and words repeat heavily ("2016", "5-і", "екі"): their readings are kept.
@lru_cache(maxsize=8192)
def _stem_of(word: str) -> tuple[str, str] | None:
    """(numeral stem, the rest) of a number word, longest stem first; None if not a number word."""
    word = word.lower()
    for stem in lx.keys_longest_first(lx.numerals()):
        if word.startswith(stem):
            return stem, word[len(stem):]
    return None


def _words_value(words: list[str]) -> tuple[float, bool] | None:
    """Value of a sequence of number words and whether the last one is ordinal."""
    total, current, ordinal = 0.0, 0.0, False
    for i, word in enumerate(words):
        parsed = _stem_of(word)
        if parsed is None or (parsed[1] and i + 1 < len(words)):
            return None
        stem, rest = parsed
        value = lx.numerals()[stem]
        ordinal = bool(ORDINAL_RE.match(rest))
        if value == 1000:
            total, current = total + max(current, 1) * 1000, 0.0
        elif value == 100:
            current = max(current, 1) * 100
        else:
            current += value
    return total + current, ordinal


@lru_cache(maxsize=8192)
def read_number(text: str) -> tuple[float, bool] | None:
    """(value, is_ordinal) of "5", "5-ші", "1,5", "он алтыншы", "бір жарым"; None if not a number."""
    text = text.strip()
    match = DIGITS_RE.match(text)
    if match:
        whole, frac, suffix = match.groups()
        value = float(f"{whole}.{frac}") if frac else float(whole)
        return value, bool(suffix and ORDINAL_RE.match(suffix))
    return _words_value(text.split())


def read_int(text: str | None) -> int | None:
    """Whole-number value of a number text, None when absent or not whole."""
    if not text:
        return None
    parsed = read_number(text)
    if parsed is None or parsed[0] != int(parsed[0]):
        return None
    return int(parsed[0])
