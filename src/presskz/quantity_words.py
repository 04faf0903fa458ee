"""Splits a sentence into the words the number grammar reads, with offsets into the original text.

The grammar works on whitespace words rather than on the tokeniser's tokens so that it does not
depend on how a tokeniser splits "40%-ға", "1,8" or "млрд.": a word is a run of non-space
characters with surrounding punctuation peeled off, and a currency or percent sign glued to a
number ("40%-ға", "$5", "500₸") becomes a word of its own. Spans built from words therefore
always start and end on token boundaries of any tokeniser that splits at spaces and punctuation.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

WORD_RE = regex.compile(r"\S+")
LEADING_PUNCT = "«\"“„'([{"
TRAILING_PUNCT = "»\"”'.,;:!?)]}…"
SIGNS = "%$€₸£₽"
# a sign glued to digits, with any suffix attached to the sign: 40|%-ға, $|5, 500|₸
SIGN_SPLIT_RE = regex.compile(rf"(?<=\d)(?=[{SIGNS}])|(?<=^[{SIGNS}])(?=\d)")
# abbreviations whose final period belongs to the word (млрд. теңге)
KEEP_PERIOD = {"млрд", "млн", "трлн", "тг", "т", "ш", "км", "га", "кг", "ж", "жж", "ғ"}


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str


def _peel(text: str, start: int) -> tuple[int, int]:
    """Offsets [s, e) inside `text` once leading/trailing punctuation is removed."""
    s, e = 0, len(text)
    while s < e - 1 and text[s] in LEADING_PUNCT:
        s += 1
    while e > s + 1 and text[e - 1] in TRAILING_PUNCT:
        if text[e - 1] == "." and text[s:e - 1].lower() in KEEP_PERIOD:
            break
        e -= 1
    return start + s, start + e


def _punct_words(text: str, start: int, s: int, e: int) -> list[Word]:
    """Peeled punctuation as one-character words (the grammar reads "," in "7 , 5" and dashes)."""
    out = [Word(start + k, start + k + 1, text[k]) for k in range(0, s - start)]
    out += [Word(start + k, start + k + 1, text[k]) for k in range(e - start, len(text))]
    return out


def sentence_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words of text[start:end] in order, offsets into `text`."""
    words: list[Word] = []
    for match in WORD_RE.finditer(text, start, len(text) if end is None else end):
        raw, offset = match.group(), match.start()
        s, e = _peel(raw, offset)
        core = text[s:e]
        pieces = [Word(s, e, core)]
        cut = [m.start() for m in SIGN_SPLIT_RE.finditer(core) if 0 < m.start() < len(core)]
        if cut:
            bounds = [0] + cut + [len(core)]
            pieces = [Word(s + a, s + b, core[a:b]) for a, b in zip(bounds, bounds[1:])]
        words.extend(sorted(_punct_words(raw, offset, s, e) + pieces, key=lambda w: w.start))
    return words
