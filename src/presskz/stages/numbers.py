"""The numbers stage: fills `quantities` with every numeric expression and its value.

The grammar (quantity_rules) runs sentence by sentence over whitespace words (quantity_words);
this module turns its matches into Quantity spans with offsets into the original text.
Numbers inside short «titles» («100 нақты қадам») are names, phone numbers are contacts.
"""
from __future__ import annotations

import regex

from presskz.doc import Document, Quantity
from presskz.quantity_rules import find_quantities
from presskz.quantity_words import sentence_words
from presskz.stages.base import Stage

# a «...» title of at most a few words: a name, whatever numbers it holds
SHORT_TITLE_RE = regex.compile(r"«[^«»\n]{1,60}»|“[^“”\n]{1,60}”")
MAX_TITLE_WORDS = 6
# phone numbers: 8 (727) 272-13-13, +7 701 123 45 67, 8-701-123-45-67
PHONE_RE = regex.compile(r"(?<!\d)(?:\+7|8)?[\s-]?\(?\d{3,5}\)?[\s-]?\d{2,3}[\s-]\d{2}[\s-]\d{2}(?!\d)")


def blocked_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges whose numbers are not quantities: short quoted titles, phone numbers."""
    titles = [(m.start(), m.end()) for m in SHORT_TITLE_RE.finditer(text)
              if len(regex.findall(r"\w+", m.group())) <= MAX_TITLE_WORDS]
    return titles + [(m.start(), m.end()) for m in PHONE_RE.finditer(text)]


def sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """The sentences' character ranges, or the whole text if no segmenter ran."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    return [(0, len(doc.text))] if doc.text else []


def snap_to_tokens(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole tokens ("24 мм." when the tokeniser keeps "мм." whole)."""
    first, last = doc.token_index_at(start), doc.token_index_at(end - 1)
    if first is not None:
        start = doc.tokens[first].start
    if last is not None:
        end = doc.tokens[last].end
    return start, end


def add_quantities(doc: Document) -> Document:
    titles = blocked_ranges(doc.text)
    for start, end in sentence_ranges(doc):
        words = sentence_words(doc.text, start, end)
        for found in find_quantities(words, titles):
            span_start, span_end = snap_to_tokens(doc, words[found.start].start, words[found.end - 1].end)
            doc.add("quantities", doc.span(span_start, span_end, Quantity, kind=found.kind,
                                           value=found.value, unit=found.unit, approx=found.approx))
    return doc


class NumbersStage(Stage):
    """Numbers, amounts, percentages, ordinals, fractions and multipliers (DESIGN section 3)."""

    name = "numbers"
    requires = ("tokens", "sentences")
    assigns = ("quantities",)

    def __call__(self, doc: Document) -> Document:
        doc.quantities = []
        return add_quantities(doc)
