"""PERSON rules: initials + surname, given name + surname (+ patronymic), surnames by their ending.

Covers "А.Қырықбаев", "А. Қырықбаев", "Қ. Қуанышбаев", "Арман Қырықбаев", "Жанна Төлегеноваға",
"Тоқаев Қасым-Жомарт", "Бірлік Берікұлы", and a lone "Мәдиевтің". Given names and surnames come
from apertium-kaz (gazetteers/); Kazakh/Russian surname endings are listed in SURNAME_RE.
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from presskz.entities.rules.core import Candidate, Sent, WordCache, trigger_positions
from presskz.entities.lexicon import (
    NAME_CAPITAL_SHARE, Beginnings, capital_share, given_names, head_noun, is_capitalised,
    is_genitive, may_be_nominative, name_like, nominative, place_of, position_role, surnames,
)

# "-улы"/"-кызы" (Russian spellings) are left out: "Қарулы" (armed) is no patronymic
SURNAME_RE = regex.compile(r"(?:[оеё]в|[оеё]ва|ин|ина|ұлы|қызы|ский|ская|енко|ич|швили|дзе|ян)$")
PATRONYMIC_RE = regex.compile(r"(?:ұлы|қызы|улы|кызы|[ое]вич|[ое]вна|ич|ична)$")
INITIAL_RE = regex.compile(r"^\p{Lu}\.?$")
GLUED_INITIALS_RE = regex.compile(r"^(?:\p{Lu}\.){1,2}\s?\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$")
NAME_WORD_RE = regex.compile(r"\p{L}+(?:-\p{L}+)?")
MIN_SURNAME = 4


@lru_cache(maxsize=65536)  # each of these word tests is asked many times per word form
def plain_name_word(word: str) -> bool:
    """Capitalised letters only (hyphen allowed), not a place, head noun or position word."""
    if not (is_capitalised(word) and NAME_WORD_RE.fullmatch(word)):
        return False
    if word.isupper():
        return False
    return not (place_of([word]) or head_noun(word) or position_role(word))


# SURNAME_RE's endings anywhere: the base form begins the lowercased word, so an ending of the
# base is somewhere in the word
SURNAME_PART_RE = regex.compile(SURNAME_RE.pattern.removesuffix("$"))


@cache
def surname_beginnings() -> Beginnings:
    return Beginnings(surnames())


@lru_cache(maxsize=65536)
def surname_like(word: str) -> bool:
    low = word.lower()
    if len(low) < MIN_SURNAME \
            or not (SURNAME_PART_RE.search(low) or surname_beginnings().start(low)):
        return False  # the tests below need a surname ending or a listed surname in the word
    if not plain_name_word(word):
        return False
    base = nominative(word)
    return len(base) >= MIN_SURNAME and bool(SURNAME_RE.search(base) or base in surnames())


@cache
def _given_name_beginnings() -> Beginnings:
    return Beginnings(given_names())


@lru_cache(maxsize=65536)
def given_name(word: str) -> bool:
    if not (is_capitalised(word) and NAME_WORD_RE.fullmatch(word)) or word.isupper():
        return False
    if not may_be_nominative(_given_name_beginnings(), word):
        return False  # most capitalised words: no morphology needed
    low = nominative(word)
    if not (low in given_names() or low.split("-")[0] in given_names()):
        return False
    return not place_of([word])  # "Нұр-Сұлтан" is a city


def _initials_end(sent: Sent, i: int) -> int | None:
    """End (exclusive) of "А. Қырықбаев" / "А.Б. Қырықбаев" starting at token i, or None."""
    j = i
    while INITIAL_RE.match(sent[j]) and j - i < 4:
        if sent[j].endswith("."):
            j += 1
        elif sent[j + 1] == ".":
            j += 2
        else:
            return None
    if j == i or not plain_name_word(sent[j]):
        return None
    return j + 1


def _person_start(word: str) -> bool:
    """Can a person's name start with this token: initials, a given name or a surname? Every
    pattern below needs one of them (and a capital letter) at its first token."""
    return bool(GLUED_INITIALS_RE.match(word) or INITIAL_RE.match(word) or given_name(word)
                or surname_like(word))


PERSON_START = WordCache(_person_start)


def person_trigger(text: str) -> bool:
    """A capitalised token a person's name can start with (every candidate needs one)."""
    return PERSON_START[text]


def person_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """`at`: the tokens passing person_trigger (every name starts at one of them)."""
    out = []
    texts = sent.texts
    for i in trigger_positions(texts, person_trigger) if at is None else at:
        word = texts[i]
        if GLUED_INITIALS_RE.match(word):
            out.append(Candidate(i, i + 1, "PERSON", "initials", 3))
            continue
        end = _initials_end(sent, i)
        if end:
            out.append(Candidate(i, end, "PERSON", "initials", 3))
            continue
        cand = _full_name(sent, i) or _lone_given_name(sent, i)
        if cand:
            out.append(cand)
        elif _strong_surname(word):
            start = i - 1 if i > 0 and plain_name_word(sent[i - 1]) \
                and name_like(sent[i - 1], sent.initial(i - 1)) and not is_genitive(sent[i - 1]) else i
            out.append(Candidate(start, i + 1, "PERSON", "surname", 1))
    return out


@lru_cache(maxsize=65536)
def _strong_surname(word: str) -> bool:
    """A surname by its ending that is not a common word written with a capital ("Карантин")."""
    if not (surname_like(word) and SURNAME_RE.search(nominative(word))):
        return False
    share = capital_share(word)
    return share is None or share >= NAME_CAPITAL_SHARE


def _lone_given_name(sent: Sent, i: int) -> Candidate | None:
    """A given name alone ("Динара", "Жасұланның"), when it is not also a common word."""
    word = sent[i]
    if not given_name(word) or sent.initial(i):
        return None
    share = capital_share(word)
    return Candidate(i, i + 1, "PERSON", "given", 1) if share is None or share >= 0.8 else None


PATRONYMIC_WORDS = ("ұлы", "қызы")  # written apart: "Бірлік Берік ұлы"
PATRONYMIC_PART_RE = regex.compile(PATRONYMIC_RE.pattern.removesuffix("$"))


def _patronymic(word: str) -> bool:
    """Does the word's base form end like a patronymic? The base form begins the lowercased word,
    so its ending is somewhere in the word: most words need no morphology."""
    return PATRONYMIC_PART_RE.search(word.lower()) is not None \
        and PATRONYMIC_RE.search(nominative(word)) is not None


PATRONYMIC = WordCache(_patronymic)


def _full_name(sent: Sent, i: int) -> Candidate | None:
    """Given + surname (+ patronymic), or surname + given."""
    first, second = sent[i], sent[i + 1]
    if given_name(first) and (surname_like(second) or plain_name_word(second)):
        end = i + 2
        if PATRONYMIC[second] and surname_like(sent[end]):
            end += 1  # "Қасым-Жомарт Кемелұлы Тоқаев"
        elif plain_name_word(sent[end]) and PATRONYMIC[sent[end]]:
            end += 1
        elif sent[end].lower().startswith(PATRONYMIC_WORDS) and nominative(sent[end]) in PATRONYMIC_WORDS:
            end += 1  # the base form begins the lowercased word
        return Candidate(i, end, "PERSON", "given-surname", 2)
    if surname_like(first) and SURNAME_RE.search(nominative(first)) and given_name(second):
        return Candidate(i, i + 2, "PERSON", "surname-given", 2)
    return None


def load() -> None:
    """Build the tables above now (a stage's load()), not on the first document."""
    for build in (surname_beginnings, _given_name_beginnings):
        build()
