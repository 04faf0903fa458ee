"""Tokeniser and sentence splitter for Kazakh press text (first cut; issue 3 refines it).

Offsets always point into the original text; nothing is rewritten."""
from __future__ import annotations

import regex

from presskz.doc import Document, Sentence, Token
from presskz.stages.base import Stage

TOKEN_RE = regex.compile(r"\w+(?:[-.,]\w+)*|\S")
SENTENCE_END_RE = regex.compile(r"[.!?…]+[»\"”]?(?=\s+[«\"“(]?\p{Lu})")


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with offsets into it."""
    tokens = [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
    for token, nxt in zip(tokens, tokens[1:]):
        token.space_after = nxt.start > token.end
    return tokens


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges of sentences (whitespace between them excluded)."""
    bounds, start = [], 0
    for match in SENTENCE_END_RE.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - (len(text[s:e]) - len(text[s:e].rstrip())))
            for s, e in bounds if text[s:e].strip()]


def segment(doc: Document) -> Document:
    doc.tokens = tokenize(doc.text)
    doc.sentences = []
    i = 0
    for start, end in sentence_bounds(doc.text):
        first = i
        while i < len(doc.tokens) and doc.tokens[i].end <= end:
            i += 1
        doc.sentences.append(Sentence(start, end, doc.text[start:end], first, i))
    return doc


class SegmentStage(Stage):
    name = "segment"
    requires = ()
    assigns = ("tokens", "sentences")

    def __call__(self, doc: Document) -> Document:
        return segment(doc)
