"""Shared pieces of the entity rules: the candidate span and a sentence's token view.

A rule looks at one sentence's tokens (`Sent`) and proposes `Candidate`s in token indices of that
sentence; the gazetteer stage picks a flat, non-overlapping set and turns them into Entities.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

WORD_RE = regex.compile(r"\p{L}")
DASHES = {"-", "–", "—", "‑"}
OPEN_QUOTES = {"«", "“", "„"}
CLOSE_QUOTES = {"»", "”", "“"}
CLAUSE_OPENERS = {"«", "“", "„", '"', "—", "–", ":", "(", "-", ".", "!", "?"}


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


@lru_cache(maxsize=65536)
def is_word_text(text: str) -> bool:
    """Does the token text hold a letter?"""
    return bool(WORD_RE.search(text))


def capital_word(text: str) -> bool:
    """A word token written with a capital: where place and listed names start."""
    return text[:1].isupper() and is_word_text(text)


def opens_quote(text: str) -> bool:
    """A token that may open a quotation (a straight quote only before a word, see Sent)."""
    return text in OPEN_QUOTES or text == '"'


class Sent:
    """The token texts of one sentence with the gaps between them (for "А. Қырықбаев" style).

    Computed once per sentence for the rules to share: `words[i]` (token i holds a letter) and
    `capitals` (indices of tokens that start with a capital: only they can start most names)."""

    def __init__(self, texts: list[str], space_after: list[bool]):
        self.texts, self.space_after = texts, space_after
        self.words = [is_word_text(t) for t in texts]
        self.capitals = [i for i, t in enumerate(texts) if t[:1].isupper()]

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> str:
        return self.texts[i] if 0 <= i < len(self.texts) else ""

    def initial(self, i: int) -> bool:
        """Does token i start a sentence or a quotation (where any word is capitalised)?"""
        return i == 0 or self[i - 1] in CLAUSE_OPENERS

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.words) and self.words[i]

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
