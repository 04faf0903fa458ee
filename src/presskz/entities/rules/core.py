"""Shared pieces of the entity rules: the candidate span and a sentence's token view.

A rule looks at one sentence's tokens (`Sent`) and proposes `Candidate`s in token indices of that
sentence; the gazetteer stage picks a flat, non-overlapping set and turns them into Entities.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from presskz.core.word_cache import WordCache
from presskz.kk.orthography import (
    CLOSING_QUOTES, EM_DASH, EN_DASH, HYPHEN_MINUS, NON_BREAKING_HYPHEN, OPENING_QUOTES, STRAIGHT_QUOTE,
)

WORD_RE = regex.compile(r"\p{L}")
DASHES = {HYPHEN_MINUS, NON_BREAKING_HYPHEN, EN_DASH, EM_DASH}
OPEN_QUOTES = OPENING_QUOTES
CLOSE_QUOTES = CLOSING_QUOTES
CLAUSE_OPENERS = OPENING_QUOTES | {STRAIGHT_QUOTE, EM_DASH, EN_DASH, HYPHEN_MINUS} | {":", "(", ".", "!", "?"}


@dataclass(frozen=True)
class Candidate:
    """Tokens [start, end) of a sentence proposed as an entity of `type` by `rule`."""

    start: int
    end: int
    type: str
    rule: str
    priority: int = 1  # higher wins between equally long overlapping candidates

    @property
    def length(self) -> int:
        return self.end - self.start


IS_WORD = WordCache(lambda text: WORD_RE.search(text) is not None)


def is_word_text(text: str) -> bool:
    """Does the token text hold a letter?"""
    return IS_WORD[text]


def capital_word(text: str) -> bool:
    """A word token written with a capital: where place and listed names start."""
    return text[:1].isupper() and IS_WORD[text]


def opens_quote(text: str) -> bool:
    """A token that may open a quotation (a straight quote only before a word, see Sent)."""
    return text in OPEN_QUOTES or text == '"'


def trigger_positions(texts: list[str], test) -> list[int]:
    """Indices of the tokens that pass a rule's trigger `test`. The gazetteer stage hands each
    rule these indices from its token masks (computed once per word form), so a rule looks only
    at the tokens where one of its candidates can be anchored; a rule called without them finds
    them here."""
    return [i for i, text in enumerate(texts) if test(text)]


def phrase_reach(texts: list[str], i: int, limit: int, starts: frozenset[str]) -> int:
    """The most words (up to `limit`) a listed name starting at token i can have: the
    lowercased words before its last one must begin a listed name of several words, i.e. be one
    of `starts` (the lowercased beginnings, up to a space, of the listed names)."""
    phrase, n = texts[i].lower(), 1
    while n < limit and i + n < len(texts) and phrase in starts:
        phrase += " " + texts[i + n].lower()
        n += 1
    return n


class Sent:
    """The token texts of one sentence with the gaps between them (for "А. Қырықбаев" style).

    Computed on first use and shared by the rules: `words[i]` (token i holds a letter) and
    `capitals` (indices of tokens that start with a capital: only they can start most names)."""

    def __init__(self, texts: list[str], space_after: list[bool]):
        self.texts, self.space_after = texts, space_after

    @cached_property
    def words(self) -> list[bool]:
        return [IS_WORD[t] for t in self.texts]

    @cached_property
    def capitals(self) -> list[int]:
        return [i for i, t in enumerate(self.texts) if t[:1].isupper()]

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> str:
        return self.texts[i] if 0 <= i < len(self.texts) else ""

    def initial(self, i: int) -> bool:
        """Does token i start a sentence or a quotation (where any word is capitalised)?"""
        return i == 0 or self[i - 1] in CLAUSE_OPENERS

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.texts) and IS_WORD[self.texts[i]]

    def is_quote_open(self, i: int) -> bool:
        return self[i] in OPEN_QUOTES or (self[i] == '"' and (i + 1 < len(self) and not self.space_after[i]))

    def is_quote_close(self, i: int) -> bool:
        return self[i] in CLOSE_QUOTES or self[i] == '"'

    def closing_quote(self, i: int, limit: int = 15) -> int | None:
        """Index of the quote that closes the one opened at i, within `limit` tokens."""
        for j in range(i + 1, min(len(self), i + 1 + limit)):
            if self[j] in OPEN_QUOTES:
                return None
            if self.is_quote_close(j):
                return j if j > i + 1 else None
        return None
