"""The working document the stages share: original text, tokens, sentences and typed span layers.

Every span holds half-open character offsets into the ORIGINAL text (never modified) and its
`text`; `Document.add` refuses a span whose text is not `doc.text[start:end]`. Normalised forms
(base form, numeric value, ISO date) are separate fields, never a rewrite of the text.
Objects reference each other directly (an event's `where` holds Entity objects); the record
builder turns those references into ids ("e1", "t3") when it serialises.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Iterable


class OffsetError(ValueError):
    """A span's offsets do not match its text in the original document."""


# Span, Token and Sentence use __slots__: a release has ~10^4 tokens, and slots make them smaller
# and quicker to build and read. Richer spans (Entity, Event, ...) keep a __dict__.
@dataclass(eq=False, slots=True)
class Span:
    """A half-open character range [start, end) of the original text, with that text."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end) or len(self.text) != self.end - self.start:
            raise OffsetError(f"bad span {self.start}:{self.end} for text {self.text!r}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(eq=False, slots=True)
class Token(Span):
    """One token; `space_after` tells whether whitespace follows it in the text."""

    space_after: bool = True


_new_token = Token.__new__


def trusted_token(start: int, end: int, text: str, space_after: bool) -> Token:
    """A Token built without Span.__post_init__'s check, for a tokeniser whose `text` is the
    document text at [start, end) by construction (one Python call per token instead of two)."""
    token = _new_token(Token)
    token.start, token.end, token.text, token.space_after = start, end, text, space_after
    return token


@dataclass(eq=False, slots=True)
class Sentence(Span):
    """A sentence: its character range and the index range [token_start, token_end) of its tokens."""

    token_start: int = 0
    token_end: int = 0


@dataclass(eq=False)
class Entity(Span):
    """A named entity (one of the 25 KazNERD classes, see labels.py)."""

    type: str = "MISCELLANEOUS"
    normalized: str | None = None
    source: str = "rule"  # "rule" | "model" | "both"
    score: float | None = None
    group: int | None = None  # mentions of one entity in the document share a group


@dataclass(eq=False)
class Quantity(Span):
    """A number, amount, percentage, ... with its value (see record.QuantityKind)."""

    kind: str = "cardinal"
    value: float | int | None = None
    unit: str | None = None
    approx: str | None = None  # more_than | less_than | about | None


@dataclass(eq=False)
class Temporal(Span):
    """A date/time/duration expression with its TIMEX3/ISO-8601 value."""

    kind: str = "date"
    value: str | None = None


@dataclass(eq=False)
class Event(Span):
    """A happening: the span is the clause part it was first read from; `trigger` names it and
    `mentions` are its other mentions (schema 1.1: one event per happening)."""

    type: str = "other"
    status: str = "unknown"  # past | future | ongoing | unknown
    trigger: Span | None = None
    title: str | None = None
    when: list[Temporal] = field(default_factory=list)
    where: list[Entity] = field(default_factory=list)
    participants: list[Entity] = field(default_factory=list)
    organizer: list[Entity] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    amounts: list[Quantity] = field(default_factory=list)


@dataclass(eq=False)
class Quote(Span):
    """A quotation (span excludes the quote marks) and who said it."""

    speaker: Person | None = None
    speaker_mention: Entity | None = None
    speaker_entity: Entity | None = None  # a body or a position that speaks (schema 1.1)
    verb: str | None = None
    kind: str = "direct"  # direct | indirect


@dataclass(eq=False)
class Person:
    """A person in the document: the cluster of their PERSON mentions and their positions."""

    name: str
    mentions: list[Entity] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)


# span classes that cannot have a `trigger` (their __slots__ leave no room for one)
_NO_TRIGGER = frozenset({Token, Sentence})

SPAN_LAYERS = ("tokens", "sentences", "quantities", "temporals", "rule_entities",
               "model_entities", "entities", "events", "quotes")

# The Document's fields, as the stage contracts (core/stage.py) see them:
# - INPUTS are the caller's: every stage may read them, none may write them;
# - GIVEN_LAYERS may be set by the caller before any stage (make_document: a reference date from
#   the CLI or metadata, language warnings) and are rewritten by stages that declare them;
# - LAYERS is everything a stage may declare in `requires`, `optional` and `assigns`.
# `assigned` and `_derived_cache` are bookkeeping, not layers.
INPUTS = ("text", "doc_id", "meta")
GIVEN_LAYERS = ("reference_date", "reference_date_source", "warnings")
LAYERS = SPAN_LAYERS + ("people", "announcement") + GIVEN_LAYERS


@dataclass(eq=False)
class Document:
    """The text being processed plus every layer the stages have assigned so far."""

    text: str
    doc_id: str = "doc"
    reference_date: dt.date | None = None
    reference_date_source: str | None = None  # "cli" | "metadata" | "dateline" | None
    meta: dict[str, Any] = field(default_factory=dict)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    temporals: list[Temporal] = field(default_factory=list)
    rule_entities: list[Entity] = field(default_factory=list)
    model_entities: list[Entity] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    announcement: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    assigned: set[str] = field(default_factory=set)  # layers some stage has assigned
    # per-layer lists derived from a layer (start offsets, token texts), see _derived
    _derived_cache: dict[str, tuple[list, int, list]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.check_spans(self.tokens)
        self.check_spans(self.sentences)

    # -- offsets ---------------------------------------------------------------------------
    def check_span(self, span: Span) -> None:
        """Raise OffsetError unless span.text is exactly the original text at its offsets."""
        if span.end > len(self.text) or self.text[span.start:span.end] != span.text:
            raise OffsetError(
                f"{self.doc_id}: span {span.start}:{span.end} text {span.text!r} != "
                f"{self.text[span.start:span.end]!r}")
        trigger = getattr(span, "trigger", None)
        if trigger is not None:
            self.check_span(trigger)

    def check_spans(self, spans: Iterable[Span]) -> None:
        """check_span on each span, inlined: this runs over every layer (~10^4 tokens a document)."""
        text = self.text
        size = len(text)
        for span in spans:
            if span.end > size or text[span.start:span.end] != span.text:
                self.check_span(span)  # raises
            if type(span) not in _NO_TRIGGER:
                trigger = getattr(span, "trigger", None)
                if trigger is not None:
                    self.check_span(trigger)

    def check_all(self) -> None:
        """Check the offset invariant on every span layer."""
        for layer in SPAN_LAYERS:
            self.check_spans(getattr(self, layer))

    def span(self, start: int, end: int, cls: type = Span, **fields: Any) -> Any:
        """Build a span of class `cls` over text[start:end] (the text is taken from the document)."""
        return cls(start, end, self.text[start:end], **fields)

    def add(self, layer: str, span: Span) -> Span:
        """Append a span to a layer after checking its offsets; returns the span."""
        self.check_span(span)
        getattr(self, layer).append(span)
        return span

    # -- token lookup ----------------------------------------------------------------------
    def _derived(self, key: str, layer: str, build) -> list:
        """build(spans of `layer`), cached under `key` until the layer list is replaced or resized."""
        spans = getattr(self, layer)
        cached = self._derived_cache.get(key)
        # the cache holds the list itself, so `is` cannot match a new list at a reused address
        if cached is None or cached[0] is not spans or cached[1] != len(spans):
            cached = (spans, len(spans), build(spans))
            self._derived_cache[key] = cached
        return cached[2]

    def _starts(self, layer: str) -> list[int]:
        """Start offsets of a layer's spans."""
        return self._derived(layer, layer, _start_offsets)

    def token_texts(self) -> list[str]:
        """The texts of doc.tokens, built once and shared by the stages that read them (do not
        modify the list)."""
        return self._derived("token texts", "tokens", _texts)

    def lower_token_texts(self) -> list[str]:
        """The lower-cased texts of doc.tokens, built once and shared like token_texts()."""
        return self._derived("lower token texts", "tokens",
                             lambda tokens: list(map(str.lower, self.token_texts())))

    def word_after(self, offset: int, reach: int = 40) -> str:
        """The first whitespace-delimited word of the `reach` characters from `offset` on, as
        written ("" when there is none): what the rules read right after a span."""
        words = self.text[offset:offset + reach].split(maxsplit=1)
        return words[0] if words else ""

    def token_index_at(self, offset: int) -> int | None:
        """Index of the token containing character `offset`, or None."""
        i = bisect.bisect_right(self._starts("tokens"), offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end)."""
        i = bisect.bisect_left(self._starts("tokens"), start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def sentence_index_at(self, offset: int) -> int | None:
        """Index of the sentence containing character `offset`, or None."""
        i = bisect.bisect_right(self._starts("sentences"), offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return i
        return None

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.token_start:sentence.token_end]


def _start_offsets(spans: list[Span]) -> list[int]:
    return [span.start for span in spans]


def _texts(spans: list[Span]) -> list[str]:
    return [span.text for span in spans]
