"""Quotes said by the release's own body under a bare noun: "-дейді ведомствоның баспасөз қызметі",
"Департаменттің баспасөз қызметі хабарлағандай, ...", "деп хабарлады осы палатаның баспасөз қызметі",
"Агенттік ... ескертті".

A quote with no speaker whose sentence (outside the quoted words) has such a noun (body_words.tsv role
anaphor, in any case form) is said by the body the release is from (presskz.people.issuer): its
speaker_entity is the entity naming that body, when the text names it.
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Document, Quote
from presskz.kk.data import read_tsv
from presskz.kk.morphology import base_form
from presskz.people.issuer import issuing_body

REACH = 4  # words before the quote or after its verb that may name the speaker


@cache
def body_anaphors() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("body_words.tsv") if r["role"] == "anaphor")


def names_body(words: list[str]) -> bool:
    """Is one of these words a bare body noun ("ведомствоның", "Агенттік")?"""
    return any(base_form(w.lower()) in body_anaphors() or w.lower() in body_anaphors() for w in words)


def _speaker_words(doc: Document, quote: Quote) -> list[str]:
    """The words that may name the quote's speaker: the first REACH of its sentence before it, the
    first REACH + 1 after it up to the sentence's end, or, when the quote ends its sentence, the
    first REACH + 1 of the next ("... . Бұл жөнінде клубтың баспасөз қызметі мәлім етті.")."""
    first, last = doc.sentence_index_at(quote.start), doc.sentence_index_at(quote.end - 1)
    if first is None or last is None:
        return []
    before = [t.text for t in doc.tokens_in(doc.sentences[first].start, quote.start) if t.text.isalpha()]
    after = [t.text for t in doc.tokens_in(quote.end, doc.sentences[last].end) if t.text.isalpha()]
    if not after and last + 1 < len(doc.sentences):
        following = doc.sentences[last + 1]
        after = [t.text for t in doc.tokens_in(following.start, following.end) if t.text.isalpha()]
    return before[:REACH] + after[:REACH + 1]


def link_body_anaphors(doc: Document) -> None:
    """Give the release's body to the speaker-less quotes said by "ведомство", "департамент", ..."""
    pending = [q for q in doc.quotes if q.speaker_mention is None and q.speaker_entity is None
               and names_body(_speaker_words(doc, q))]
    if not pending:
        return
    found = issuing_body(doc)
    body = found[1] if found else None
    for quote in pending:
        quote.speaker_entity = body
