"""The main event of a release: the happening its headline and lead report.

A mention tells the happening of its sentence unless it is the background of another one (the
sentence is about something else that happens in, after or for it):
- a noun before a frame or background word ("мерейтойы аясында", "отырысынан кейін", "мерекесіне
  орай", "форум туралы": frame_postpositions.tsv, event_background_words.tsv, topic_postpositions.tsv);
- a noun in the genitive before another word ("олимпиаданың үздіктері марапатталды");
- a noun right before another event noun that is the head ("премьералар апталығы өтті");
- an attributive participle before its noun ("жоғалып кеткен балықшылар табылды").
Each event scores the number of opening sentences (headline, lead) in which one of its mentions tells
the happening; the highest wins, then one of a known type over an "other", then the first. An
event named only as the background of the opening ("80 жылдық мерейтойы аясында ... сенбілік өтті")
is the occasion, not the happening the release reports.
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Document, Event, Sentence
from presskz.events.lexicon import tense_rules
from presskz.events.matching import case_of
from presskz.kk.data import read_list

GENERIC = "other"
MIN_STEM = 2  # letters a participle keeps before its ending
LEAD_WORDS = 4  # words a lead sentence has at least


@cache
def background_words() -> frozenset[str]:
    return frozenset(read_list("event_background_words.tsv") + read_list("frame_postpositions.tsv")
                     + read_list("topic_postpositions.tsv"))


@cache
def participle_endings() -> tuple[str, ...]:
    """The endings of attributive participles (tense_rules.tsv form "participle"): "-ған", "-атын"."""
    return tuple({(r.following[-1] if r.following else r.ending) for r in tense_rules()
                  if r.form == "participle"})


def _spans(event: Event) -> list:
    return [event.trigger, *event.mentions] if event.trigger is not None else list(event.mentions)


def _is_word(text: str) -> bool:
    return text[:1].isalpha()


def background(doc: Document, span, sentence: Sentence, heads: set[int]) -> bool:
    """The mention is the background of another happening of its sentence (see the module docstring)."""
    last = doc.token_index_at(span.end - 1)
    if last is None or last + 1 >= sentence.token_end:
        return False
    word, after = doc.tokens[last].text.lower(), doc.tokens[last + 1].text
    if after.lower() in background_words() or last + 1 in heads:
        return True
    if not _is_word(after):
        return False
    if case_of(word) == "gen":
        return True
    return any(word.endswith(e) and len(word) >= len(e) + MIN_STEM for e in participle_endings()) \
        and after[:1].islower()


def _mention_starts(doc: Document) -> set[int]:
    """Token indices where an event mention starts."""
    starts = (doc.token_index_at(s.start) for ev in doc.events for s in _spans(ev))
    return {k for k in starts if k is not None}


def opening_sentences(doc: Document, headline: bool) -> list[Sentence]:
    """The headline (when the text opens with one) and the lead: the first sentence after it of a
    few words (a dateline cut off as a sentence of its own, "АТЫРАУ.", is not the lead)."""
    sentences = doc.sentences[1:] if headline else doc.sentences
    lead = next((s for s in sentences if sum(_is_word(doc.tokens[k].text)
                                             for k in range(s.token_start, s.token_end)) >= LEAD_WORDS),
                None)
    return [doc.sentences[0]] * headline + ([lead] if lead is not None else [])


def main_event(doc: Document, headline: bool) -> Event | None:
    """The event the opening sentences (`headline`: the first sentence is one, and the lead) report;
    see the module docstring."""
    if not doc.events:
        return None
    opening = opening_sentences(doc, headline)
    heads = _mention_starts(doc)

    def told(sentence: Sentence, event: Event) -> bool:
        return any(sentence.start <= s.start < sentence.end and not background(doc, s, sentence, heads)
                   for s in _spans(event))

    def rank(item: tuple[int, Event]) -> tuple[int, bool, int]:
        k, event = item
        return sum(told(s, event) for s in opening), event.type != GENERIC, -k
    return max(enumerate(doc.events), key=rank)[1]


def load() -> None:
    background_words()
    participle_endings()
