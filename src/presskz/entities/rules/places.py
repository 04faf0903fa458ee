"""Place and people-group rules: GPE / LOCATION from the gazetteers, NORP, LANGUAGE.

KazNERD span conventions: "Алматы облысы" is one GPE (облысы included), "Алматы қаласы" and
"Арал ауданы" are GPE "Алматы" / "Арал" (the type word left out), "Қазақстан Республикасы" is one
GPE. Names that are also personal names or common words ("Абай", "Арал", "Шу") are taken only with
a type word after them or in an inflected form.
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from presskz.entities.rules.core import (
    IS_WORD, Candidate, Sent, WordCache, capital_word, phrase_reach, trigger_positions,
)
from presskz.kk.data import read_list
from presskz.entities.lexicon import (
    Beginnings, capital_shares, direction_words, districts, given_names, is_capitalised,
    may_be_nominative, name_like, nominative, norp_words, place_of, places, regions, surnames,
)
from presskz.kk.morphology import base_form, case_of, endings

DEMONYM_RE = regex.compile(r"^(?P<place>\w{3,}?)(?:" + "|".join(endings("demonym")) + ")$")
MAX_PLACE_WORDS = 3
TYPE_WORDS = {"облыс": {"облыс", "облысы", "облыстары"}, "аудан": {"аудан", "ауданы", "аудандары"},
              "қала": {"қала", "қаласы", "қалалары"}}


@cache
def state_words() -> frozenset[str]:
    return frozenset(read_list("gazetteers/state_words.txt"))


def _type_word(sent: Sent, i: int) -> str:
    """'облыс' | 'аудан' | 'қала' when token i is that type word in any case form, else ''."""
    return TYPE_WORD[sent[i]]


@cache
def type_word_beginnings() -> Beginnings:
    return Beginnings(form for forms in TYPE_WORDS.values() for form in forms)


def _type_word_of(text: str) -> str:
    if not type_word_beginnings().start(text.lower()):
        return ""  # the base form looked up begins the lowercased word
    low = nominative(text) if IS_WORD[text] else ""
    for word, forms in TYPE_WORDS.items():
        if low in forms:
            return word
    return ""


TYPE_WORD = WordCache(_type_word_of)


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


@cache
def place_blockers() -> tuple[str, ...]:
    return tuple(read_list("gazetteers/place_blockers.txt"))


def _place_blocker(text: str) -> bool:
    """Does the word's base form begin with a place blocker ("доллары": "АҚШ доллары" is money)?
    The base form begins the lowercased word (the blockers hold no Greek sigma, whose lowercase
    depends on the next letter), so most words need no morphology."""
    blockers = place_blockers()
    return text.lower().startswith(blockers) and nominative(text).startswith(blockers)


PLACE_BLOCKER = WordCache(_place_blocker)


@cache
def multiword_place_starts() -> frozenset[str]:
    """Every leading part (up to a space) of a listed place name of two or more words: a phrase
    can only be listed when its first token, lowercased, is one of them."""
    starts: set[str] = set()
    for name in (*regions(), *districts(), *places()):
        starts.update(name[:k] for k, ch in enumerate(name) if ch == " ")
    return frozenset(starts)


def _place_start(text: str) -> int:
    """How many words a place starting at this token may have: 0 (not a capitalised word), 1, or
    MAX_PLACE_WORDS when the lowercased word begins a listed name of several words."""
    if not capital_word(text):
        return 0
    return MAX_PLACE_WORDS if text.lower() in multiword_place_starts() else 1


def _one_word_place(text: str) -> bool:
    """Can the word be a place without a type word after it (listed, or "Қырғыз Республикасы")?"""
    return place_of([text]) is not None or text.lower() in norp_words()


PLACE_START, ONE_WORD_PLACE = WordCache(_place_start), WordCache(_one_word_place)


def place_trigger(text: str) -> bool:
    """A token every place candidate needs in its sentence (the gazetteer stage runs the rule only
    there): a capitalised word that is a place by itself or begins a listed name of several words,
    or облысы/ауданы/қаласы (after an unlisted name). Most sentences hold none of them."""
    if capital_word(text) and (PLACE_START[text] > 1 or ONE_WORD_PLACE[text]):
        return True
    # asked once per word form (the stage caches the answer): no TYPE_WORD entry needed here
    return bool(_type_word_of(text))


def place_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """`at`: the tokens passing place_trigger. A place starts at one of them, or right before
    one (облысы/ауданы/қаласы after an unlisted name)."""
    out: list[Candidate] = []
    texts, size = sent.texts, len(sent)
    starts = multiword_place_starts()
    if at is None:
        at = trigger_positions(texts, place_trigger)
    for i in sorted({*at, *(k - 1 for k in at if k)}):
        text = texts[i]
        longest = PLACE_START[text]
        if longest > 1:
            longest = phrase_reach(texts, i, longest, starts)
        for n in range(longest, 0, -1):
            if n > 1 and not all(IS_WORD[t] for t in texts[i + 1:i + n]):
                continue
            after = texts[i + 1] if i + 1 < size else ""
            if n == 1 and not ONE_WORD_PLACE[text] and not TYPE_WORD[after]:
                continue  # _place_at finds nothing: neither a place nor облысы/ауданы/қаласы next
            found = _place_at(sent, i, n, texts[i:i + n])
            if found and PLACE_BLOCKER[sent[found.end]]:
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
    if type_word and not listed and (n > 1 or not _unlisted_name(sent, i, n)
                                     or sent[i + n].lower() == type_word):
        return None  # an unlisted name takes the possessive ("Фёдоров ауданы"), not "Алтаев облыс"
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


@cache
def _place_name_beginnings() -> Beginnings:
    return Beginnings({*regions(), *districts(), *places()})


@lru_cache(maxsize=65536)
def _listed(words: tuple[str, ...]) -> bool:
    """Are the words (the last in any case form) a listed region, district or place?"""
    if not may_be_nominative(_place_name_beginnings(), " ".join(words)):
        return False  # the names looked up: the lowercased phrase with at most its case suffix cut
    key = " ".join(w.lower() for w in words[:-1] + (nominative(words[-1]),))
    return bool(key in regions() or key in districts() or place_of(list(words)))


LANGUAGE = "тіл"  # "қазақ тілі": a group word before a form of "тіл" names a LANGUAGE


def _language_word(text: str) -> bool:
    """A form of "тіл" (its base form at most 5 letters): the base form begins the lowercased
    word, so only words starting with "тіл" need the morphology."""
    if not text.lower().startswith(LANGUAGE):
        return False
    base = nominative(text)
    return base.startswith(LANGUAGE) and len(base) <= 5


LANGUAGE_WORD = WordCache(_language_word)


def norp_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """Ethnonyms and demonyms (қазақ, қазақстандық, алматылық); "қазақ тілі" is a LANGUAGE.
    `at`: the tokens passing group_token."""
    out = []
    for i in trigger_positions(sent.texts, group_token) if at is None else at:
        if LANGUAGE_WORD[sent[i + 1]]:
            out.append(Candidate(i, i + 2, "LANGUAGE", "language", 2))
        else:
            out.append(Candidate(i, i + 1, "NORP", "norp", 1))
    return out


def group_token(text: str) -> bool:
    """Is the token an ethnonym or a demonym in any form ("қазақстандық", "қазақ-қытай")?"""
    return GROUP_TOKEN[text]


def _group_token(text: str) -> bool:
    if not _may_be_group_word(text.lower()) or not IS_WORD[text]:
        return False
    if case_of(text) == "sim":
        return False  # "сақтай" is a verb, not сақ + -тай
    base = base_form(text.lower())
    return all(_is_group_word(part) for part in base.split("-"))


GROUP_TOKEN = WordCache(_group_token)
DEMONYM_SUFFIXES = endings("demonym")  # those of DEMONYM_RE


@cache
def _group_word_beginnings() -> Beginnings:
    return Beginnings(w for w in norp_words() if len(w) > 3)


@cache
def _demonym_beginnings() -> Beginnings:
    return Beginnings({*places(), *direction_words()})


def group_token_beginnings() -> Beginnings:
    """A group token's lowercased form begins with one of these (see _may_be_group_word)."""
    return Beginnings.union(_group_word_beginnings(), _demonym_beginnings())


def _may_be_group_word(low: str) -> bool:
    """The base form's first part begins the word: a group word (4+ letters), or a demonym: a
    place (or a direction word before one) and a demonym suffix."""
    return _group_word_beginnings().start(low) \
        or (any(s in low for s in DEMONYM_SUFFIXES) and _demonym_beginnings().start(low))


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


def load() -> None:
    """Build the tables above now (a stage's load()), not on the first document."""
    for build in (state_words, type_word_beginnings, place_blockers, multiword_place_starts,
                  _place_name_beginnings, _group_word_beginnings, _demonym_beginnings):
        build()
