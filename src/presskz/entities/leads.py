"""Where a model span's name begins: the words before a name that the lead and titles guards of
presskz.entities.guard cut off (a declined first word, a title's stray first words).

Only the last word of a name is declined; the words before it are at most in the genitive or
"-дағы". So a first word in the dative, locative, ablative or instrumental is no part of the name
("Көрмеге Департаменттің", "Оңтүстікте орталық коммуникациялар қызметінің"), unless a postposition
that governs the dative follows it ("Жемқорлыққа қарсы іс-қимыл агенттігі": dative_postpositions.txt),
or it is a listed name (in a name) or a capitalised word inside a sentence (in a post: "Молда Мұса
атындағы № 5 мектептің оқушысы", where "Молда" reads as a locative). A post also starts after a
sentence's first word in the accusative, the object put before its subject ("Сыйлықты ТАСС
агенттігінің Қазақстандағы өкілі табыс етті"): KazNERD's valid posts never start with one, while
adjectives such as "Құрметті" read as accusatives, hence only at a sentence start.
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.core.doc import Entity
from presskz.entities.lexicon import (
    given_names, is_genitive, known_names, nominative, places, surnames,
)
from presskz.entities.owners import owner_forms
from presskz.entities.rules.people import surname_like
from presskz.kk.data import read_list
from presskz.kk.morphology import case_of
from presskz.kk.orthography import AND_WORDS, ANY_CLOSING_QUOTES, ANY_OPENING_QUOTES

QUOTES = ANY_OPENING_QUOTES | ANY_CLOSING_QUOTES
SPAN_WORD_RE = regex.compile(r"\S+")
LEAD_CASES = frozenset({"dat", "loc", "abl", "ins"})  # cases of a word before a name, never in it
# not titles of works (EVENT, ART, LAW, ...): those may start with any word («Оларға ...»)
NAME_SPAN_TYPES = frozenset({"ORGANISATION", "FACILITY", "GPE", "LOCATION", "PERSON", "POSITION"})


def listed_name(text: str) -> bool:
    """A listed place, known name, given name or surname, in any case form."""
    low, base = text.lower(), nominative(text)
    return any(form in table for form in (low, base)
               for table in (places(), known_names(), given_names(), surnames()))


def _person_name(last: str, first: str) -> bool:
    """Two words that make a person's name: a listed given name or a surname-shaped second word."""
    return first[:1].isupper() and last[:1].isupper() \
        and (first.lower() in given_names() or surname_like(last))


def title_start(e: Entity) -> int | None:
    """Where a model POSITION span's title begins when words before it are no part of it (the
    titles guard of presskz.entities.guard), or None."""
    if e.type != "POSITION":
        return None
    words = list(SPAN_WORD_RE.finditer(e.text))
    for i in range(1, len(words)):
        word, prev = words[i].group(), words[i - 1].group()
        if nominative(word) in owner_forms() and prev[:1].islower() and not is_genitive(prev):
            return e.start + words[i].start()
        if i == 2 and word.lower() in AND_WORDS and i + 1 < len(words) \
                and _person_name(prev, words[0].group()):
            return e.start + words[i + 1].start()
    return None


@cache
def dative_postpositions() -> frozenset[str]:
    return frozenset(read_list("dative_postpositions.txt"))


def case_lead_end(e: Entity, sentence_start: bool) -> int | None:
    """Where a span starts after a declined first word that is no part of the name (above), or
    None; `sentence_start`: whether the span starts its sentence."""
    first = SPAN_WORD_RE.match(e.text)
    if e.type not in NAME_SPAN_TYPES or first is None or first.end() == len(e.text):
        return None
    rest = SPAN_WORD_RE.search(e.text, first.end(), len(e.text))
    if rest is None or first.group()[0] in QUOTES:
        return None  # a quoted first word begins a quoted name
    if (e.type != "POSITION" and listed_name(first.group())) \
            or (e.type == "POSITION" and first.group()[:1].isupper() and not sentence_start):
        return None  # a capitalised word inside a sentence is a name's ("Молда Мұса атындағы ...")
    case = case_of(first.group())
    lead = (case in LEAD_CASES and not (case == "dat" and rest.group().lower() in dative_postpositions())) \
        or (case == "acc" and e.type == "POSITION" and sentence_start)
    return e.start + rest.start() if lead else None
