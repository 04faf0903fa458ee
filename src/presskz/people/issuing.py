"""Which named bodies can issue a release (presskz.people.issuer's lead and fallback rules), and the
body an entity names (body_named_by, with the release's places: place_finder).

An organisation issues only when its name ends in a body's head noun (head_nouns.tsv,
institution_heads.tsv), also one written after its quoted name ("«Барыс» хоккей клубы",
"«...» АҚ-да"; legal forms of org_heads.tsv), or holds an acronym ("ҚазМұнайГаз", "ҰАК"); not a
team (team_words.txt), a byline's surname in capitals ("Бақытгүл ҚАЗЕЗ"), a medium
(presskz.people.site.names_medium; an outlet gives no body), nor, unless it is an institution
(its own head noun wins over a medium word after it: "облыстық сотта журналистерге"), a place,
a source or an instrument in its clause ("Орталық коммуникациялар қызметіндегі брифингте",
"-мен"), nor the parent of the institution named next ("білім бөліміне
қарасты «Ергөбек» мектебі"; source_cues.tsv `parent`). Leniently, also a brand name alone, a parent
or a body named as a place.
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from presskz.core.doc import Document, Entity
from presskz.kk.data import read_list, read_tsv
from presskz.kk.morphology import case_of, strip_layer
from presskz.kk.orthography import EM_DASH, EN_DASH, HYPHEN_MINUS
from presskz.people.bodies import (PlaceFinder, abbreviations, body_heads, body_of_name, body_of_position,
                                   fixed_place, gazetteer_names, institution_heads, place_before_re)
from presskz.people.outlet import cue_words, is_outlet, outlet_and_place, outlet_at
from presskz.people.site import names_medium, page_url, path_place

DASHES = HYPHEN_MINUS + EN_DASH + EM_DASH
NOT_ISSUER_CASES = ("loc", "locadj", "abl", "ins")  # a venue, a source, an instrument
HEAD_REACH, HEAD_WORDS = 40, 3  # where a quoted name's head noun may follow it
BYLINE_WORDS = 2  # "Бақытгүл ҚАЗЕЗ": a first name and a surname in capitals on a line of their own
BYLINE_REACH = 60  # characters a byline line reaches either side of the surname


def entity_name(ent: Entity) -> str:
    return (ent.normalized or ent.text).lstrip(DASHES + " ")


@cache
def team_words() -> tuple[str, ...]:
    return read_list("gazetteers/team_words.txt")


@cache
def legal_forms() -> frozenset[str]:
    return frozenset(w for r in read_tsv("org_heads.tsv") for w in r["abbreviation"].split())


ACRONYM_RE = regex.compile(r"\p{Lu}(?:\p{Lu}|\p{Ll}+\p{Lu})\p{L}*")  # "ҰАК", "ҚазМұнайГаз", "ҚазҰУ"


@lru_cache(maxsize=4096)
def case_stem(word: str) -> str:
    """The word without its case ending (a bounded cache: names repeat within and across releases)."""
    return strip_layer(word, "case")


def _head_word(word: str) -> bool:
    stripped = case_stem(word.strip("«»\"“”")).rstrip("-")
    base = stripped.lower()
    abbreviation = stripped.split("-")[0]  # "АҚ-да", "ЖШС-не"
    return base in body_heads() or base.startswith(institution_heads()) or abbreviation in legal_forms() \
        or abbreviation in abbreviations()


def _headed(doc: Document, ent: Entity) -> bool:
    """Does an organisation's name end in a body's head noun, also one written after its quoted
    name ("«Барыс» хоккей клубы", "«Қазақтелеком» АҚ"), or hold an acronym ("ҚазМұнайГаз")?"""
    if any(map(_head_word, ent.text.split())):  # its own head: "облыстық сотта журналистерге"
        return True
    after = doc.text[ent.end:ent.end + HEAD_REACH].split("\n")[0].split()[:HEAD_WORDS]
    if names_medium(" ".join(after)):  # «Қазақ» газетінің
        return False
    return any(map(_head_word, after)) or any(ACRONYM_RE.fullmatch(w) for w in ent.text.split())


def _byline(doc: Document, ent: Entity) -> bool:
    """Is the entity the capitalised surname of a byline line ("Бақытгүл ҚАЗЕЗ"), no acronym?"""
    if not ent.text.isupper():
        return False
    before = doc.text[max(0, ent.start - BYLINE_REACH):ent.start]
    after = doc.text[ent.end:ent.end + BYLINE_REACH]
    if "\n" not in after and ent.end + BYLINE_REACH < len(doc.text) \
            or "\n" not in before and ent.start > BYLINE_REACH:
        return False  # a long line (read within reach only: linear on a text with no line break)
    words = (before.rsplit("\n", 1)[-1] + ent.text + after.split("\n", 1)[0]).split()
    return len(words) == BYLINE_WORDS and words[-1] == ent.text and words[0][:1].isupper() \
        and words[0][1:].islower()


def _parent(doc: Document, ent: Entity) -> bool:
    """Is the entity followed by a word making it the parent of what follows ("бөліміне қарасты")?"""
    word = doc.word_after(ent.end, HEAD_REACH)
    return bool(word) and word.lower() in cue_words("parent")


def issue_level(doc: Document, ent: Entity) -> int:
    """How well this entity can be the body a release is from: 2 = it may issue (rule 4's filter),
    1 = only leniently (an organisation named by its brand alone, "Қазақтелеком", "Halyk", or in a
    case that makes it a place, "агенттігінде ... отырысы өтті"), 0 = not at all."""
    words = entity_name(ent).split()  # an outlet's name gives no body (presskz.people.issuer._body)
    if not words or any(w.lower().startswith(team_words()) for w in words) or names_medium(ent.text) \
            or _byline(doc, ent):
        return 0
    if _parent(doc, ent):
        return 1
    if ent.type != "ORGANISATION":
        return 2
    if case_of(ent.text.split()[-1]) in NOT_ISSUER_CASES \
            and not any(case_stem(w).lower().startswith(institution_heads()) for w in words):
        return 1  # a venue, a source, an instrument, unless an institution
    return 2 if _headed(doc, ent) else 1


def may_issue(doc: Document, ent: Entity, lenient: bool = False) -> bool:
    """Can this entity be the body a release is from (issue_level)?"""
    return issue_level(doc, ent) >= (1 if lenient else 2)


Found = tuple[str, Entity | None] | None  # (issuer, the entity naming it) or None


def place_finder(doc: Document) -> PlaceFinder:
    """For a generic word's row ("қала", "облыс"), the release's place of that kind: the fixed one,
    else the dateline city, else the first place of the row's gazetteer written before that word
    ("Түркістан облысының прокуратурасы"), else the one the page's body path spells
    ("gov.kz/memleket/entities/aqmola-zhaksy"), else the first such place the entities name."""
    def find(row: dict[str, str]) -> str | None:
        fixed = fixed_place(row)
        if fixed is not None:
            return fixed
        names = gazetteer_names(row["gazetteer"])
        _, city = outlet_and_place(doc.text)
        if city in names:
            return city
        named = place_before_re(row["gazetteer"], row["word"]).search(doc.text)
        if named is not None:
            return named.group("place")
        from_path = path_place(page_url(doc.meta), names)
        if from_path is not None:
            return from_path
        places = [entity_name(e) for e in doc.entities if e.type == "GPE" and entity_name(e) in names]
        return places[0] if places else None
    return find


def body_named_by(ent: Entity | None, doc: Document | None = None) -> str | None:
    """The issuing body an entity names, or None for an outlet (also one the entity only begins:
    "BAQ" of "BAQ.KZ", when `doc` is given) or a position with no body."""
    if ent is None or is_outlet(ent.text) or (doc is not None and outlet_at(doc.text, ent.start)):
        return None
    places = place_finder(doc) if doc is not None else None
    if ent.type == "ORGANISATION":
        return body_of_name(entity_name(ent), places)
    if ent.type == "POSITION":
        return body_of_position(entity_name(ent), places)
    words = entity_name(ent).split()
    if ent.type == "FACILITY" and words[-1].lower().startswith(institution_heads()):
        return entity_name(ent)
    return None


def first_body(doc: Document, ents) -> Found:
    """The first of these entities that names a body: (body, entity)."""
    return next(((b, e) for b, e in ((body_named_by(e, doc), e) for e in ents) if b), None)
