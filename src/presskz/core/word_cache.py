"""A memo for per-word answers on the rule stages' hot paths.

Press text repeats its word forms, and the rules ask the same questions of every token: a plain
dict lookup (`cache[text]`) is the cheapest answer there, several times cheaper than an
lru_cache hit. The memo is bounded so that a run over 100,000 releases keeps flat memory.
"""
from __future__ import annotations

from itertools import filterfalse


class WordCache(dict):
    """text -> fn(text), computed on first use. Emptied when it reaches `limit` entries (an
    entry is returned as it is computed, so emptying never breaks a caller mid-lookup)."""

    def __init__(self, fn, limit: int = 1 << 17):
        super().__init__()
        self.fn, self.limit = fn, limit

    def __missing__(self, text: str):
        if len(self) >= self.limit:
            self.clear()
        value = self[text] = self.fn(text)
        return value

    def learn(self, texts, answer_all=None) -> None:
        """Memoise the answers for the texts not memoised yet, all at once: answer_all(new) gives
        their answers in order (default: fn of each), for stages that answer a document's new
        word forms more cheaply together. Emptied first if they would not fit under `limit`
        (then every text is answered again, so all of them are in the memo afterwards)."""
        new = list(filterfalse(self.__contains__, set(texts)))
        if not new:
            return
        if len(self) + len(new) > self.limit:
            self.clear()
            new = list(set(texts))
        self.update(zip(new, map(self.fn, new) if answer_all is None else answer_all(new)))
