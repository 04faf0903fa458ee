"""Base forms that depend on the entity's type (issue 21, entities.normalized on the release gold):

- names of people and places written in capitals take title case, part by part ("ТБИЛИСИ" ->
  "Тбилиси", "НҰР-СҰЛТАН" -> "Нұр-Сұлтан", "Юлия ИСКАКОВАНЫҢ" -> "Юлия Искакова"); a title or an
  event all in capitals that the lexicon did not put in sentence case likewise ("ASTANA OPEN" ->
  "Astana Open", "ҚҰЙЫН" -> "Құйын"); organisations and products keep their capitals (KAZINFORM);
- a name whose case ending is inside its quotes loses it like any name («Металлургымен» ->
  "Металлург"; a title's ending after the quotes, «Сыбаға» бағдарламасына, never was in the span);
- a region or country written as its listed abbreviation takes the full name (acronyms.tsv:
  "ШҚО-да" -> "Шығыс Қазақстан облысы");
- a letter of the Latin script inside a mostly Cyrillic word is read as the Cyrillic letter it looks like
  ("күнiне" with a Latin i -> "күні", "xоккей" -> "хоккей": orthography's look-alike table);
- a one-word title with a possessive of the 1st person is the title ("Елбасымыздың" -> "Елбасы"),
  an occupation alone its lemma ("Суретші", "Режиссері", "дәрігерлер" -> "суретші", "режиссер", "дәрігер");
- a longer title with its head in the plural takes the singular ("мәслихат депутаттары" ->
  "мәслихат депутаты": the post of each one listed, as the release gold writes it);
- a title whose last word carried the genitive gives the genitive to the owner word before it
  when that is a unit's or body's possessive ("Қызылорда қаласы әкімінің" -> "Қызылорда қаласының
  әкімі", the nominative the release gold writes).
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.core.doc import Entity
from presskz.entities.lexicon import izafet_heads, position_words
from presskz.entities.owners import owner_forms
from presskz.people.bodies import fixed_places
from presskz.kk.data import read_tsv
from presskz.kk.morphology import BACK, base_form_of_name, case_of, strip_layer
from presskz.kk.orthography import cyrillic_lookalikes

CAPS_RUN_RE = regex.compile(r"(?<!\p{L})\p{Lu}+(?:-\p{Lu}+)*(?!\p{L})")
SPACES_RE = regex.compile(r"\s+")
MIN_CAPS = 4  # shorter runs are acronyms ("АҚШ", "ШҚО")
NAME_TYPES = frozenset({"PERSON", "GPE", "LOCATION"})
TITLE_TYPES = frozenset({"EVENT", "ART"})
CASED_TYPES = frozenset({"PERSON", "GPE", "LOCATION", "ORGANISATION", "FACILITY"})


def _title_caps(text: str) -> str:
    return CAPS_RUN_RE.sub(lambda m: m.group().title() if len(m.group()) >= MIN_CAPS + m.group().count("-")
                           else m.group(), text)


def _tidy(text: str) -> str:
    return SPACES_RE.sub(" ", text.strip())


@cache
def _owner_possessives() -> frozenset[str]:
    return frozenset({*(row["possessive"] for row in owner_forms().values()), *izafet_heads()})


def _genitive_to_owner(entity: Entity, name: str) -> str:
    words = name.split()
    if len(words) < 3 or case_of(entity.text.split()[-1]) != "gen" \
            or words[-2].lower() not in _owner_possessives():
        return name
    genitive = "ның" if words[-2][-1].lower() in BACK else "нің"
    return " ".join(words[:-2] + [words[-2] + genitive, words[-1]])


@cache
def _expansions() -> dict[str, str]:
    return {r["acronym"]: r["expansion"] for r in read_tsv("acronyms.tsv") if r["type"] == "GPE"}


CYRILLIC_RE = regex.compile(r"\p{Cyrillic}")
MIXED_RE = regex.compile(r"\p{L}*(?:\p{Cyrillic}\p{Latin}|\p{Latin}\p{Cyrillic})\p{L}*")


def _cyrillic_word(word: str) -> str:
    table = cyrillic_lookalikes()
    if 2 * len(CYRILLIC_RE.findall(word)) <= len(word):
        return word  # a Latin word with a stray Cyrillic letter ("Кaznews") is left
    return "".join(table.get(c, c) for c in word)


def _cyrillic(text: str) -> str:
    """Latin look-alike letters inside a mostly Cyrillic word made Cyrillic."""
    return MIXED_RE.sub(lambda m: _cyrillic_word(m.group()), text)


@cache
def _occupations() -> dict[str, str]:
    """Occupation (lemma or izafet form) -> lemma (position_words.tsv role occupation)."""
    return {form: row["lemma"] for row in read_tsv("position_words.tsv") if row["role"] == "occupation"
            for form in (row["lemma"], row["izafet"])}


def _title_word(name: str) -> str:
    """A one-word title: without a possessive the table knows ("Елбасымыз" -> "Елбасы"); an
    occupation without its owner as its lemma ("Режиссері", "дәрігерлер" -> "режиссер", "дәрігер")."""
    if " " in name:
        return name
    stem = strip_layer(name, "poss")
    occupation = _occupations().get(strip_layer(stem, "plural").lower())
    if occupation is not None:
        return occupation
    return stem if stem != name and stem.lower() in position_words() else name


@cache
def title_izafets() -> dict[str, str]:
    """Position head lemma -> its izafet form (position_words.tsv: "депутат" -> "депутаты")."""
    return {row["lemma"]: row["izafet"] for row in read_tsv("position_words.tsv")
            if row["role"] in ("head", "occupation") and " " not in row["lemma"]}


def _singular_title(name: str) -> str:
    """A title of several words whose head is plural names each holder's post in the singular
    ("мәслихат депутаттары" -> "мәслихат депутаты", "облыс әкімдері" -> "облыс әкімі")."""
    words = name.split()
    if len(words) < 2:
        return name
    last = words[-1]
    for stem in (strip_layer(strip_layer(last, "poss"), "plural"), strip_layer(last, "plural")):
        izafet = title_izafets().get(stem.lower()) if stem != last else None
        if izafet is not None:
            return " ".join(words[:-1] + [last[:1] + izafet[1:] if last[:1].isupper() else izafet])
    return name


def typed_base(entity: Entity, name: str) -> str:
    """The entity's base form `name` corrected for its type as above."""
    text = _tidy(entity.text)
    if MIXED_RE.search(text):
        text, name = _cyrillic(text), base_form_of_name(_cyrillic(name))
    if entity.type == "GPE" and name in _expansions():
        return _expansions()[name]
    if entity.type == "GPE" and name.lower() in fixed_places():  # "елорда" -> "Астана"
        return fixed_places()[name.lower()]
    if entity.type in NAME_TYPES and CAPS_RUN_RE.search(text):
        return base_form_of_name(_title_caps(text))
    if entity.type in TITLE_TYPES and text.isupper() and name.isupper():
        return base_form_of_name(_title_caps(text))
    if entity.type in CASED_TYPES and name == text:
        return base_form_of_name(text)
    if entity.type == "POSITION":
        return _genitive_to_owner(entity, _singular_title(_title_word(_izafet_kept(text, name))))
    return name


@cache
def _izafet_forms() -> frozenset[str]:
    """The izafet forms of the title heads and occupations ("деканы", "ақыны")."""
    return frozenset(izafet.lower() for izafet in title_izafets().values())


def _izafet_kept(text: str, name: str) -> str:
    """The base form with the title's last word as written when that is a head's izafet form,
    which a case cut would misread ("деканы" is not "дека" + accusative "-ны")."""
    last = text.rsplit(maxsplit=1)[-1] if text.strip() else text
    cut = name.rsplit(maxsplit=1)
    if last.lower() in _izafet_forms() and cut and cut[-1] != last \
            and last.lower().startswith(cut[-1].lower()):
        return " ".join([*cut[:-1], last])
    return name
