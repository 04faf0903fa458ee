"""The numbers stage: fills `quantities` with every numeric expression and its value.

The grammar (quantity_rules) runs sentence by sentence over whitespace words (quantity_words);
this module turns its matches into Quantity spans with offsets into the original text.
Numbers inside short «titles» («100 нақты қадам») are names, phone numbers are contacts.
"""
from __future__ import annotations

import bisect
from itertools import accumulate, chain
from operator import itemgetter

import regex

from presskz.core.doc import Document, Quantity
from presskz.numbers import rules as quantity_rules
from presskz.numbers.numeral_lexicon import storable
from presskz.numbers.rules import Found, chunk_may_start_number, chunk_words, find_quantities_in
from presskz.numbers.words import WORD_RE, chunk_pieces
from presskz.core.stage import Stage
from presskz.kk.orthography import SHORT_TITLE_CHARS

# a «...» title of at most a few words: a name, whatever numbers it holds
SHORT_TITLE_RE = regex.compile(rf"«[^«»\n]{{1,{SHORT_TITLE_CHARS}}}»|“[^“”\n]{{1,{SHORT_TITLE_CHARS}}}”")
MAX_TITLE_WORDS = 6
WORD_CHARS_RE = regex.compile(r"\w+")
# phone numbers: 8 (727) 272-13-13, +7 701 123 45 67, 8-701-123-45-67
PHONE_RE = regex.compile(r"(?<!\d)(?:\+7|8)?[\s-]?\(?\d{3,5}\)?[\s-]?\d{2,3}[\s-]\d{2}[\s-]\d{2}(?!\d)")
# the tail every phone number above ends in: a much cheaper scan that rules most texts out
PHONE_TAIL_RE = regex.compile(r"\d[\s-]\d\d[\s-]\d\d")


def blocked_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges whose numbers are not quantities: short quoted titles, phone numbers."""
    titles = [(m.start(), m.end()) for m in SHORT_TITLE_RE.finditer(text)
              if len(WORD_CHARS_RE.findall(m.group())) <= MAX_TITLE_WORDS]
    if not PHONE_TAIL_RE.search(text):
        return titles
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


def chunk_starts(text: str, start: int, end: int, chunks: list[str]) -> list[int]:
    """Where each of the whitespace chunks of text[start:end] starts."""
    lengths = list(map(len, chunks))
    if sum(lengths) + len(lengths) - 1 == end - start:
        # the common sentence, chunks joined by single spaces (its n chunks leave room for
        # only n - 1 whitespace characters): each chunk starts one past the previous one's end
        return list(accumulate((n + 1 for n in lengths[:-1]), initial=start))
    return [match.start() for match in WORD_RE.finditer(text, start, end)]


class SentenceWords:
    """Where the grammar's words of one sentence (those of its whitespace chunks, chunk_words)
    start and end in the text, worked out only when asked for (most words never are)."""

    def __init__(self, text: str, start: int, end: int, chunks: list[str],
                 chunk_texts: list[tuple[str, ...]]) -> None:
        self._text, self._range, self._chunks = text, (start, end), chunks
        self._chunk_texts = chunk_texts  # the words' texts of each chunk
        self._chunk_starts: list[int] | None = None

    def _piece(self, k: int) -> tuple[int, tuple[int, int, str]]:
        """(offset of the chunk holding word k, (start, end, text) of word k in that chunk)."""
        if self._chunk_starts is None:  # the sentence's first quantity: locate its chunks
            self._chunk_starts = chunk_starts(self._text, *self._range, self._chunks)
            # words in chunks[:c]; a chunk has one word text per piece (chunk_pieces)
            self.words_before = [0, *accumulate(map(len, self._chunk_texts))]
        c = bisect.bisect_right(self.words_before, k) - 1
        return self._chunk_starts[c], chunk_pieces(self._chunks[c])[k - self.words_before[c]]

    def start_of(self, k: int) -> int:
        offset, piece = self._piece(k)
        return offset + piece[0]

    def end_of(self, k: int) -> int:
        offset, piece = self._piece(k)
        return offset + piece[1]


def merged_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The same character ranges sorted, overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


# str.split() splits at the whitespace of WORD_RE's \s and also at the ASCII information
# separators, which \s does not count: without them in a text, split() gives WORD_RE's chunks
INFO_SEPARATORS = "\x1c\x1d\x1e\x1f"


def splits_like_word_re(text: str) -> bool:
    """True if text[a:b].split() == WORD_RE.findall(text, a, b) for any a, b (split is ~3x faster)."""
    return not any(separator in text for separator in INFO_SEPARATORS)


def sentence_quantities(text: str, start: int, end: int, titles: list[tuple[int, int]],
                        split_ok: bool = False) -> tuple[SentenceWords | None, list[Found]]:
    """The grammar's words of text[start:end] (None if it finds nothing) and its quantities;
    split_ok: splits_like_word_re(text)."""
    chunks = text[start:end].split() if split_ok else WORD_RE.findall(text, start, end)
    # most sentences hold no digit, numeral or range word at all: one cached test per
    # whitespace chunk rules them out before any word is built
    if not any(map(chunk_may_start_number, chunks)):
        return None, []
    readings = list(map(chunk_words, chunks))
    texts_of_chunks = list(map(WORD_TEXTS, readings))
    words = SentenceWords(text, start, end, chunks, texts_of_chunks)
    return words, find_quantities_in(list(chain.from_iterable(texts_of_chunks)), words.start_of,
                                     titles, list(chain.from_iterable(map(WORD_PARTS, readings))))


# the fields of quantity_rules.chunk_words's answer, to map in C
WORD_TEXTS, WORD_PARTS = itemgetter(0), itemgetter(1)


def add_quantities(doc: Document) -> Document:
    text, blocked = doc.text, merged_ranges(blocked_ranges(doc.text))
    split_ok = splits_like_word_re(text)
    blocked_starts, blocked_ends = [a for a, _ in blocked], [b for _, b in blocked]
    for start, end in sentence_ranges(doc):
        # only the blocked ranges that reach into this sentence can hold one of its words
        titles = blocked[bisect.bisect_right(blocked_ends, start):bisect.bisect_left(blocked_starts, end)]
        words, found_in_sentence = sentence_quantities(text, start, end, titles, split_ok)
        if words is None:
            continue  # no number word in this sentence
        for found in found_in_sentence:
            span_start, span_end = snap_to_tokens(doc, words.start_of(found.start),
                                                  words.end_of(found.end - 1))
            if doc.quantities and span_start < doc.quantities[-1].end:
                continue  # two grammar words inside one token ("5-6 000"): the token goes once
            # doc.span takes its text from doc.text at the offsets: doc.add's check holds
            doc.quantities.append(doc.span(span_start, span_end, Quantity, kind=found.kind,
                                           value=storable(found.value), unit=found.unit,
                                           approx=found.approx))
    return doc


class NumbersStage(Stage):
    """Numbers, amounts, percentages, ordinals, fractions and multipliers (DESIGN section 3)."""

    name = "numbers"
    requires = ("tokens", "sentences")
    assigns = ("quantities",)

    def load(self) -> None:
        quantity_rules.load()

    def __call__(self, doc: Document) -> Document:
        doc.quantities = []
        return add_quantities(doc)
