"""Over-long sentences cut at a safe limit, so that no stage ever sees a sentence longer than it.

Several stages compare the candidates of a sentence with one another; on a text with no sentence
end at all (a list of thousands of "Алматы, ", 5 MB without a full stop) that would make their
time grow with the square of the text. A sentence longer than MAX_SENTENCE_CHARS characters (from
its first token's start to its last token's end) is cut into pieces of at most that many:
- after the last comma or semicolon in the second half of the reach, else
- at the last space between two tokens within the reach, else
- at the last boundary between two (glued) tokens within the reach.
A piece is never empty and tokens are never cut: a single token longer than the limit (5 MB of
letters) is a sentence of its own. The cut is at token boundaries, so every piece's offsets are
exact. The longest sentence of the corpora and the check texts is 540 characters; the limit is
almost four times that, so press text is never cut.
"""
from __future__ import annotations

from collections.abc import Iterator

from presskz.core.doc import Token

MAX_SENTENCE_CHARS = 2000
CUT_AFTER = frozenset(",;")


def split_long(tokens: list[Token], ranges: list[tuple[int, int]],
               limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """The [first, end) token ranges with every range longer than `limit` characters cut."""
    if all(tokens[b - 1].end - tokens[a].start <= limit for a, b in ranges):
        return ranges
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        out.extend(_pieces(tokens, a, b, limit))
    return out


def _pieces(tokens: list[Token], a: int, b: int, limit: int) -> Iterator[tuple[int, int]]:
    while b - a > 1 and tokens[b - 1].end - tokens[a].start > limit:
        cut = _cut(tokens, a, limit)
        yield a, cut
        a = cut
    yield a, b


def _cut(tokens: list[Token], a: int, limit: int) -> int:
    """Where the piece starting at token `a` ends (exclusive): the caller has checked that the
    tokens from `a` reach past `limit` characters, so the scans below stay inside the list."""
    reach, half = tokens[a].start + limit, tokens[a].start + limit // 2
    e = a  # tokens[a:e] end within the reach
    while tokens[e].end <= reach:
        e += 1
    if e == a:
        return a + 1  # one token longer than the limit: a piece of its own
    for i in range(e - 1, a - 1, -1):
        if tokens[i].end < half:
            break
        if tokens[i].text in CUT_AFTER:
            return i + 1
    for i in range(e - 1, a - 1, -1):
        if tokens[i].space_after:
            return i + 1
    return e
