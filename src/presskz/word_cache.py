"""A memo for per-word answers on the rule stages' hot paths.

Press text repeats its word forms, and the rules ask the same questions of every token: a plain
dict lookup (`cache[text]`) is the cheapest answer there, several times cheaper than an
lru_cache hit. The memo is bounded so that a run over 100,000 releases keeps flat memory.
"""
from __future__ import annotations


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
