"""Place and people-group rules: GPE / LOCATION from the gazetteers, NORP, LANGUAGE.

KazNERD span conventions: "Алматы облысы" is one GPE (облысы included), "Алматы қаласы" and
"Арал ауданы" are GPE "Алматы" / "Арал" (the type word left out), "Қазақстан Республикасы" is one
GPE. Names that are also personal names or common words ("Абай", "Арал", "Шу") are taken only with
a type word after them or in an inflected form.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from presskz.entity_rules_core import Candidate, Sent, is_word_text
from presskz.entity_rules_data import read_list
from presskz.entity_rules_lexicon import (
    Beginnings, capital_shares, direction_words, districts, given_names, is_capitalised, name_like, nominative,
    norp_words,
    place_of, places, regions, surnames,
)
from presskz.morph import base_form, case_of

DEMONYM_RE = regex.compile(r"^(?P<place>\w{3,}?)(?:лық|лік|дық|дік|тық|тік)$")
MAX_PLACE_WORDS = 3
TYPE_WORDS = {"облыс": {"облыс", "облысы", "облыстары"}, "аудан": {"аудан", "ауданы", "аудандары"},
              "қала": {"қала", "қаласы", "қалалары"}}


@lru_cache(maxsize=1)
def state_words() -> frozenset[str]:
    return frozenset(read_list("gazetteers/state_words.txt"))


def _type_word(sent: Sent, i: int) -> str:
    """'облыс' | 'аудан' | 'қала' when token i is that type word in any case form, else ''."""
    return _type_word_of(sent[i])


@lru_cache(maxsize=1)
def _type_word_beginnings() -> Beginnings:
    return Beginnings(form for forms in TYPE_WORDS.values() for form in forms)


@lru_cache(maxsize=65536)
def _type_word_of(text: str) -> str:
    if not _type_word_beginnings().start(text.lower()):
        return ""  # the base form begins the word
    low = nominative(text) if is_word_text(text) else ""
    for word, forms in TYPE_WORDS.items():
        if low in forms:
            return word
    return ""


def _unlisted_name(sent: Sent, i: int, n: int) -> bool:
    """Capitalised words before облысы/ауданы/қаласы that name an unlisted place ("Фёдоров ауданы",
    "Гливице қаласы"): not a common word capitalised at a sentence start, nominative or genitive."""
    return all(is_capitalised(sent[k]) and name_like(sent[k], sent.initial(k))
               and nominative(sent[k]) == sent[k].lower() for k in range(i, i + n))


def _state_word(sent: Sent, i: int) -> bool:
    return sent.is_word(i) and is_capitalised(sent[i]) and nominative(sent[i]) in state_words() \
        and not _type_word(sent, i)


def _ambiguous(words: list[str], kind: str) -> bool:
    """A place name that is also a personal name, or listed as ambiguous, written uninflected."""
    low = words[-1].lower()
    inflected = nominative(words[-1]) != low
    # KazNERD-majority places and countries are places even when also a name ("Жайық")
    person_like = len(words) == 1 and kind not in ("place", "country") \
        and (low in given_names() or low in surnames())
    return (kind == "city_ambiguous" or person_like) and not inflected


@lru_cache(maxsize=1)
def place_blockers() -> tuple[str, ...]:
    return tuple(read_list("gazetteers/place_blockers.txt"))


@lru_cache(maxsize=1)
def multiword_place_starts() -> frozenset[str]:
    """Every leading part (up to a space) of a listed place name of two or more words: a phrase
    can only be listed when its first token, lowercased, is one of them."""
    starts = set()
    for name in (*regions(), *districts(), *places()):
        starts.update(name[:k] for k, ch in enumerate(name) if ch == " ")
    return frozenset(starts)


def place_candidates(sent: Sent) -> list[Candidate]:
    out: list[Candidate] = []
    texts, words, size = sent.texts, sent.words, len(sent)
    starts = multiword_place_starts()
    for i in sent.capitals:
        if not words[i]:
            continue
        multiword = texts[i].lower() in starts  # else only the one-word phrase can match
        for n in range(MAX_PLACE_WORDS if multiword else 1, 0, -1):
            if i + n > size or not all(words[i:i + n]):
                continue
            found = _place_at(sent, i, n, texts[i:i + n])
            if found and nominative(sent[found.end]).startswith(place_blockers()):
                break  # "АҚШ доллары"
            if found:
                if i > 0 and is_capitalised(sent[i - 1]) and sent[i - 1].lower() in direction_words():
                    found = Candidate(i - 1, found.end, found.type, found.rule, found.priority)
                out.append(found)
                break
    return out


def _place_at(sent: Sent, i: int, n: int, words: list[str]) -> Candidate | None:
    type_word = _type_word(sent, i + n)
    listed = _listed(tuple(words))
    if type_word and not listed and (n > 1 or not _unlisted_name(sent, i, n)):
        return None
    if type_word == "облыс":
        return Candidate(i, i + n + 1, "GPE", "place-region", 3)
    if type_word == "аудан":
        return Candidate(i, i + n, "GPE", "place-district", 3)
    found = place_of(words)
    if found is None and n == 1 and words[0].lower() in norp_words() and _state_word(sent, i + 1):
        found = ("GPE", "country")  # "Қырғыз Республикасы"
    if found is None:
        return None if type_word != "қала" else Candidate(i, i + n, "GPE", "place-city", 3)
    kind = found[1]
    if type_word == "қала":
        return Candidate(i, i + n, "GPE", "place-city", 3)
    if _ambiguous(words, kind):
        return None
    end = i + n
    while found[0] == "GPE" and _state_word(sent, end):
        end += 1  # "Қазақстан Республикасы", "Қытай Халық Республикасы"
    return Candidate(i, end, found[0], "place", 2)


@lru_cache(maxsize=1)
def _place_name_beginnings() -> Beginnings:
    return Beginnings({*regions(), *districts(), *places()})


@lru_cache(maxsize=65536)
def _listed(words: tuple[str, ...]) -> bool:
    """Are the words (the last in any case form) a listed region, district or place?"""
    if not _place_name_beginnings().start(" ".join(w.lower() for w in words)):
        return False  # the name looked up begins the lowercased phrase
    key = " ".join(w.lower() for w in words[:-1] + (nominative(words[-1]),))
    return bool(key in regions() or key in districts() or place_of(list(words)))


def norp_candidates(sent: Sent) -> list[Candidate]:
    """Ethnonyms and demonyms (қазақ, қазақстандық, алматылық); "қазақ тілі" is a LANGUAGE."""
    out = []
    texts = sent.texts
    for i in range(len(texts)):
        if not group_token(texts[i]):
            continue
        if nominative(sent[i + 1]).startswith("тіл") and len(nominative(sent[i + 1])) <= 5:
            out.append(Candidate(i, i + 2, "LANGUAGE", "language", 2))
        else:
            out.append(Candidate(i, i + 1, "NORP", "norp", 1))
    return out


@lru_cache(maxsize=65536)
def group_token(text: str) -> bool:
    """Is the token an ethnonym or a demonym in any form ("қазақстандық", "қазақ-қытай")?"""
    if not _may_be_group_word(text.lower()) or not is_word_text(text):
        return False
    if case_of(text) == "sim":
        return False  # "сақтай" is a verb, not сақ + -тай
    base = base_form(text.lower())
    return all(_is_group_word(part) for part in base.split("-"))


DEMONYM_SUFFIXES = ("лық", "лік", "дық", "дік", "тық", "тік")  # those of DEMONYM_RE


@lru_cache(maxsize=1)
def _group_word_beginnings() -> Beginnings:
    return Beginnings(w for w in norp_words() if len(w) > 3)


def _may_be_group_word(low: str) -> bool:
    """The base form's first part begins the word: a group word (4+ letters) or a demonym, which
    holds one of the demonym suffixes."""
    return _group_word_beginnings().start(low) or any(s in low for s in DEMONYM_SUFFIXES)


def _is_group_word(word: str) -> bool:
    return (word in norp_words() and len(word) > 3) or _is_demonym(word)


def _is_demonym(word: str) -> bool:
    """place + -лық/-лік/...: "алматылық"; not when the place is also a common word ("қазандық")."""
    match = DEMONYM_RE.match(word)
    place = match.group("place") if match else ""
    for direction in direction_words():  # "солтүстікқазақстандық"
        if place.startswith(direction) and place[len(direction):] in places():
            place = place[len(direction):]
    if place not in places():
        return False
    return capital_shares().get(place, 1.0) >= 0.5
