"""Word lists the entity rules consult: places, names, head nouns, position words, capitalisation.

Everything is read once from src/presskz/data/ (see gazetteers/README.md for sources) and cached.
Lookups take a token's text and strip its case suffix with presskz.kk.morphology, so every case form of a
listed name matches ("Ресейге" -> "Ресей", "басқармасының" -> "басқармасы").
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from presskz.kk.data import read_list, read_table, read_tsv
from presskz.kk.morphology import (
    base_form, base_form_of_name, case_of, case_suffix_cuts, ending_re, lexicon, strip_layer,
)

GENITIVE_RE = ending_re("genitive")
CAPS_RE = regex.compile(r"^[\p{Lu}\d]{2,}$")
# a Roman numeral, also in Cyrillic look-alike letters ("ХХХІІ")
ROMAN_RE = regex.compile(r"^(?=.*[IVXІХ])[IVXLCDMІХСМ]+$")
LAST_PART_RE = regex.compile(r"[\s-]+")  # "гала- концерт", "қорық-музейі"
NAME_CAPITAL_SHARE = 0.2  # a word capitalised this often inside sentences is name-like


@cache
def places() -> dict[str, tuple[str, str]]:
    """Lowercased place name -> (type, kind); kind: country, capital, region, city, district, place."""
    table: dict[str, tuple[str, str]] = {}
    shares = capital_shares()
    for row in read_tsv("gazetteers/kaznerd_places.txt"):
        name = row["name"].lower()
        if " " not in name and (int(row["count"]) < 2 or shares.get(name, 1.0) < NAME_CAPITAL_SHARE):
            continue  # a one-off or a common word ("жақсы", "май") tagged once as a place
        table[name] = (row["type"], "place")
    for name in read_list("gazetteers/countries.txt"):
        table[name.lower()] = ("GPE", "country")
    for row in read_tsv("gazetteers/capitals.txt"):
        table[row["name"].lower()] = ("GPE", "capital")
        table.setdefault(row["country"].lower(), ("GPE", "country"))  # "Филиппин", "АҚШ"
    for row in read_tsv("gazetteers/kz_cities.txt"):
        table[row["name"].lower()] = ("GPE", "city_ambiguous" if row["ambiguous"] == "yes" else "city")
    return table


@cache
def known_names() -> dict[str, str]:
    """Lowercased event / organisation names seen in KazNERD valid -> type; a one-word name only
    when seen 3+ times and not a common word ("Оңтүстік", "Класс" are left out)."""
    table, shares = {}, capital_shares()
    for kind, name in (("EVENT", "kaznerd_events.txt"), ("ORGANISATION", "kaznerd_organisations.txt")):
        for row in read_tsv(f"gazetteers/{name}"):
            low = row["name"].lower()
            if " " in low or (int(row["count"]) >= 3 and shares.get(low, 1.0) >= 0.5):
                table[low] = kind
    return table


@cache
def direction_words() -> frozenset[str]:
    return frozenset(read_list("gazetteers/direction_words.txt"))


@cache
def regions() -> frozenset[str]:
    return frozenset(r["name"].lower() for r in read_tsv("gazetteers/kz_regions.txt"))


@cache
def districts() -> frozenset[str]:
    return frozenset(n.lower() for n in read_list("gazetteers/kz_districts.txt"))


@cache
def given_names() -> frozenset[str]:
    return frozenset(n.lower() for n in read_list("gazetteers/given_names.txt"))


@cache
def surnames() -> frozenset[str]:
    return frozenset(n.lower() for n in read_list("gazetteers/surnames.txt"))


@cache
def norp_words() -> frozenset[str]:
    return frozenset(read_list("gazetteers/norp.txt"))


@cache
def head_nouns() -> dict[str, tuple[str, bool]]:
    """Lowercased head noun (lemma or izafet form) -> (entity type, names unquoted phrases too)."""
    table = {}
    for row in read_tsv("head_nouns.tsv"):
        value = (row["type"], row["unquoted"] == "yes")
        table[row["lemma"]] = table[row["izafet"]] = value
    return table


@cache
def body_venue_forms() -> frozenset[str]:
    """Lemma and izafet forms of the heads of body_venue_heads.txt ("театр", "театры")."""
    lemmas = set(read_list("body_venue_heads.txt"))
    return frozenset(form for row in read_tsv("head_nouns.tsv") if row["lemma"] in lemmas
                     for form in (row["lemma"], row["izafet"]))


def _typed_by_case(word: str, form: str, found: tuple[str, bool]) -> tuple[str, bool]:
    """A body that is also its building: ORGANISATION in the nominative (it acts: "театры
    ұсынады") and the genitive (it owns: "театрының директоры"), else the listed FACILITY (the
    locative, and the dative, ablative, ... of a place one goes to or comes from)."""
    if form not in body_venue_forms() or case_of(word) not in (None, "gen"):
        return found
    return "ORGANISATION", found[1]


@cache
def venue_parts() -> frozenset[str]:
    """Nouns naming a part of a building (venue_nouns.tsv: "сахна", "зал", "ғимарат")."""
    return frozenset(read_list("venue_nouns.tsv"))


def in_venue_part(body: str, after: str) -> bool:
    """Is the body-venue head `body` in the genitive the owner of a building part in the
    locative after it ("театрының сахнасында", "филармониясының залында"): a FACILITY?"""
    if case_of(body) != "gen" or case_of(after) != "loc":
        return False
    forms = body_venue_forms()
    return (nominative(body) in forms or strip_layer(nominative(body), "poss") in forms) \
        and strip_layer(nominative(after), "poss") in venue_parts()


@cache
def izafet_heads() -> dict[str, tuple[str, bool]]:
    return {row["izafet"]: (row["type"], row["unquoted"] == "yes") for row in read_tsv("head_nouns.tsv")
            if row["izafet"] != row["lemma"]}


@cache
def position_words() -> dict[str, str]:
    """Lowercased position word (lemma or izafet) -> role: head | standalone | modifier."""
    table = {}
    for row in read_tsv("position_words.tsv"):
        table[row["lemma"]] = table[row["izafet"]] = row["role"]
    return table


@cache
def alone_titles() -> frozenset[str]:
    """Lemmas of the titles that name their holder alone ("министр", "әкім": position_words.tsv)."""
    return frozenset(r["lemma"] for r in read_tsv("position_words.tsv") if r["alone"] == "yes")


@cache
def legal_forms() -> frozenset[str]:
    return frozenset(r["abbreviation"] for r in read_tsv("org_heads.tsv"))


@cache
def capital_shares() -> dict[str, float]:
    """Lowercased word -> share of its sentence-inner occurrences written with a capital."""
    out = {}
    columns, rows = read_table("lexicon_kk.tsv")
    word, inner_count, capital = columns["word"], columns["inner"], columns["capital"]
    for row in rows:
        inner = int(row[inner_count])
        if inner >= 3:
            out[row[word]] = int(row[capital]) / inner
    return out


@lru_cache(maxsize=65536)
def nominative(word: str) -> str:
    """Lowercased word without its case suffix ("Алматының" -> "алматы")."""
    return base_form_of_name(word).lower()


class Beginnings:
    """Tells whether a text begins with one of the listed strings: the keys are grouped by their
    first letters, so most texts are turned away by one dict lookup, and the rest try only the
    key lengths of their group."""

    def __init__(self, keys):
        self.keys = frozenset(keys)
        self.always = "" in self.keys  # every text begins with the empty string
        self.size = min((len(k) for k in self.keys if k), default=1)
        lengths: dict[str, set[int]] = {}
        for key in self.keys:
            if key:
                lengths.setdefault(key[:self.size], set()).add(len(key))
        self.lengths = {head: tuple(sorted(ns)) for head, ns in lengths.items()}

    @classmethod
    def union(cls, *groups: Beginnings) -> Beginnings:
        return cls(key for group in groups for key in group.keys)

    def start(self, text: str) -> bool:
        lengths = self.lengths.get(text[:self.size])
        if lengths is None:
            return self.always
        keys = self.keys
        for n in lengths:
            if text[:n] in keys:
                return True
        return self.always


def lowercases_letterwise(text: str, low: str) -> bool:
    """Whether `low` (text.lower()) lowercases letter by letter, so that the lowercase of any
    prefix of the text begins it: not when lowercasing changed the length ("İ") or depends on
    the next letter (Greek final sigma)."""
    return len(low) == len(text) and "σ" not in low


def may_be_nominative(beginnings: Beginnings, text: str) -> bool:
    """Can nominative(text) (or text.lower()) be a key of `beginnings`? A cheaper test than the
    morphology: base_form_of_name only cuts a case suffix, or a tail after a dash or space, off
    the end, so such a key begins the lowercased text and is followed by nothing, a case suffix
    or a non-letter."""
    low = text.lower()
    if not lowercases_letterwise(text, low) or beginnings.always:
        return beginnings.start(low)  # a prefix's lowercase may not begin low: the looser test
    keys = beginnings.keys
    if low in keys or any(stem in keys for stem in case_suffix_cuts(low)):
        return True
    if low.isalpha():
        return False
    return any(not ch.isalpha() and low[:k] in keys for k, ch in enumerate(low))


# Prefilters: the base forms looked up are beginnings of the lowercased word (suffixes are only
# cut off its end), so a word that does not start with a listed form needs no morphology.
@cache
def head_noun_beginnings() -> Beginnings:
    return Beginnings(head_nouns())


@cache
def izafet_head_beginnings() -> Beginnings:
    """What an izafet-only lookup can find: an izafet form, or (a code in the genitive, see
    head_noun) any LAW head noun; the bare lemmas ("орталық") are left out."""
    return Beginnings({*izafet_heads(), *(form for form, (kind, _) in head_nouns().items()
                                          if kind == "LAW")})


@cache
def position_word_beginnings() -> Beginnings:
    return Beginnings(position_words())


@lru_cache(maxsize=65536)  # every rule asks about the same word forms: answer each once
def head_noun(word: str, izafet_only: bool = False) -> tuple[str, bool] | None:
    """(type, unquoted) when `word` is a head noun in any case form, plural included.

    With `izafet_only`, only the possessive form that ends a name counts ("университеті",
    "орталығында"), not the bare lemma ("Орталық Азия", "жобаны")."""
    low = word.lower()
    last = word if word.isalnum() else LAST_PART_RE.split(word)[-1]  # no space or hyphen: itself
    beginnings = izafet_head_beginnings() if izafet_only else head_noun_beginnings()
    if not (beginnings.start(low) or (last is not word and beginnings.start(last.lower()))):
        return None  # every form tried below begins the word or its last part
    head = head_noun(word) if izafet_only and case_of(word) == "gen" else None
    if head is not None and head[0] == "LAW":
        izafet_only = False  # a code in the genitive: "Қылмыстық кодекстің 106-шы бабы"
    table = izafet_heads() if izafet_only else head_nouns()
    forms = (low, nominative(word), strip_layer(nominative(word), "plural"), nominative(last))
    for form in forms:
        if form in table:
            return _typed_by_case(word, form, table[form])
    return None


@lru_cache(maxsize=65536)
def position_role(word: str) -> str | None:
    """Role of a position word in any case form, with a possessive too ("Елбасымыздың")."""
    if not position_word_beginnings().start(word.lower()):
        return None  # every form tried below is a beginning of the lowercased word
    table = position_words()
    return table.get(word.lower()) or table.get(nominative(word)) \
        or table.get(strip_layer(nominative(word), "poss"))


def place_of(words: list[str]) -> tuple[str, str] | None:
    """(type, kind) of a place named by `words` (last one in any case form)."""
    return _place_of(tuple(words))


@cache
def _place_beginnings() -> Beginnings:
    return Beginnings(places())


@lru_cache(maxsize=65536)
def _place_of(words: tuple[str, ...]) -> tuple[str, str] | None:
    if not may_be_nominative(_place_beginnings(), " ".join(words)):
        return None  # both keys below are the lowercased phrase with at most its case suffix cut
    key = " ".join(w.lower() for w in words[:-1]) + (" " if len(words) > 1 else "") + nominative(words[-1])
    return places().get(key) or places().get(" ".join(w.lower() for w in words))


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


@lru_cache(maxsize=65536)
def is_genitive(word: str) -> bool:
    return bool(GENITIVE_RE.search(word.lower()))


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """All capitals, 2+ letters, and not a dictionary word written in capitals ("АШЫЛДЫ")."""
    head = word.split("-")[0]
    return bool(CAPS_RE.match(head)) and not head.isdigit() and lexicon().get(head.lower(), 0) < 3


@lru_cache(maxsize=65536)
def name_like(word: str, sentence_initial: bool) -> bool:
    """A capitalised word that starts a name: inside a sentence any capital counts; at the start
    only a word the corpus capitalises often ("Орталық" yes, "Бүгінгі" no), by its own count or
    else its stem's, or an unknown word."""
    if not is_capitalised(word):
        return False
    if not sentence_initial:
        return True
    share = capital_share(word)
    if share is None:  # "Тілшілер": the stem without plural and possessive ("тілші")
        share = capital_shares().get(base_form(word).lower())
    if share is None:
        return lexicon().get(word.lower(), 0) < 3
    return share >= NAME_CAPITAL_SHARE


def capital_share(word: str) -> float | None:
    """capital_shares() of the word, or of its base form when the corpus does not list the word
    itself (the morphology only then)."""
    shares = capital_shares()
    share = shares.get(word.lower())
    return shares.get(nominative(word)) if share is None else share


def load() -> None:
    """Build the tables above now (a stage's load()), not on the first document."""
    for build in (places, known_names, direction_words, regions, districts, given_names, surnames,
                  norp_words, head_nouns, izafet_heads, position_words, alone_titles, legal_forms,
                  capital_shares, head_noun_beginnings, izafet_head_beginnings,
                  position_word_beginnings, _place_beginnings, body_venue_forms, venue_parts):
        build()
