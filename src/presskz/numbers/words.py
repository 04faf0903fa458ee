"""Splits a sentence into the words the number grammar reads, with offsets into the original text.

The grammar works on whitespace words rather than on the tokeniser's tokens so that it does not
depend on how a tokeniser splits "40%-ға", "1,8" or "млрд.": a word is a run of non-space
characters with surrounding punctuation peeled off, and a currency or percent sign glued to a
number ("40%-ға", "$5", "500₸") becomes a word of its own. Spans built from words therefore
always start and end on token boundaries of any tokeniser that splits at spaces and punctuation.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from presskz.kk.orthography import PERIOD_KEEPING_WORDS

WORD_RE = regex.compile(r"\S+")
LEADING_PUNCT = "«\"“„'([{"
TRAILING_PUNCT = "»\"”'.,;:!?)]}…"
SIGNS = "%$€₸£₽"
_NO_SIGN = frozenset(SIGNS).isdisjoint  # _NO_SIGN(text): no sign character in text
# a sign glued to digits, with any suffix attached to the sign: 40|%-ға, $|5, 500|₸
SIGN_SPLIT_RE = regex.compile(rf"(?<=\d)(?=[{SIGNS}])|(?<=^[{SIGNS}])(?=\d)")
# abbreviations whose final period belongs to the word (млрд. теңге): data/abbreviations.txt
KEEP_PERIOD = PERIOD_KEEPING_WORDS


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


@lru_cache(maxsize=65536)
def chunk_pieces(raw: str) -> tuple[tuple[int, int, str], ...]:
    """The words of one whitespace-delimited chunk as (start, end, text), offsets into `raw`:
    each peeled leading punctuation mark as a one-character word (the grammar reads "," in
    "7 , 5" and dashes), the core (cut where a sign is glued to digits), each peeled trailing
    mark. Cached: the split depends on the chunk alone, and text repeats chunks heavily."""
    if _is_bare(raw):
        return ((0, len(raw), raw),)
    s, e = _peel(raw, 0)
    core = raw[s:e]
    bounds = [0, len(core)]
    if not _NO_SIGN(core):
        bounds[1:1] = [m.start() for m in SIGN_SPLIT_RE.finditer(core) if 0 < m.start() < len(core)]
    pieces = [(k, k + 1, raw[k]) for k in range(s)]
    pieces += [(s + a, s + b, core[a:b]) for a, b in zip(bounds, bounds[1:])]
    pieces += [(k, k + 1, raw[k]) for k in range(e, len(raw))]
    return tuple(pieces)


def chunk_texts(raw: str) -> tuple[str, ...]:
    """The texts of chunk_pieces(raw) (the numbers stage memoises it per chunk)."""
    if _is_bare(raw):
        return (raw,)
    word, mark = raw[:-1], raw[-1]
    if word.isalpha() and mark in TRAILING_PUNCT and not (mark == "." and word.lower() in KEEP_PERIOD):
        return word, mark  # the next most common, "сөз," or "сөз.": what _peel would cut
    return tuple(piece for _, _, piece in chunk_pieces(raw))


def _is_bare(raw: str) -> bool:
    """The common case: a chunk that is one word, with nothing to peel or cut."""
    return raw[0] not in LEADING_PUNCT and raw[-1] not in TRAILING_PUNCT and _NO_SIGN(raw)


def sentence_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words of text[start:end] in order, offsets into `text`."""
    return [Word(match.start() + a, match.start() + b, piece)
            for match in WORD_RE.finditer(text, start, len(text) if end is None else end)
            for a, b, piece in chunk_pieces(match.group())]
