"""Which named bodies can issue a release (presskz.people.issuer's lead and fallback rules).

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
from presskz.people.bodies import abbreviations, body_heads, institution_heads
from presskz.people.outlet import cue_words
from presskz.people.site import names_medium

DASHES = HYPHEN_MINUS + EN_DASH + EM_DASH
NOT_ISSUER_CASES = ("loc", "locadj", "abl", "ins")  # a venue, a source, an instrument
HEAD_REACH, HEAD_WORDS = 40, 3  # where a quoted name's head noun may follow it
BYLINE_WORDS = 2  # "Бақытгүл ҚАЗЕЗ": a first name and a surname in capitals on a line of their own


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
    start = doc.text.rfind("\n", 0, ent.start) + 1
    end = doc.text.find("\n", ent.end)
    words = doc.text[start:end if end >= 0 else len(doc.text)].split()
    return ent.text.isupper() and len(words) == BYLINE_WORDS and words[-1] == ent.text \
        and words[0][:1].isupper() and words[0][1:].islower()


def _parent(doc: Document, ent: Entity) -> bool:
    """Is the entity followed by a word making it the parent of what follows ("бөліміне қарасты")?"""
    after = doc.text[ent.end:ent.end + HEAD_REACH].split(maxsplit=1)
    return bool(after) and after[0].lower() in cue_words("parent")


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
