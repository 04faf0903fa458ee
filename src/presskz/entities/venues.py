"""Release conventions for a body named as the place where something happens: a name in the
locative whose head is a building or a body that is also its building is a FACILITY.

GUIDELINES.md and the README's settled conventions: "Venue as a place = FACILITY"; "a court or
ministry building is FACILITY where something happens in it ("облыстық сотында баспасөз мәслихаты
өтті"), ORGANISATION where it acts". The model reads "Шымкент қалалық сотында", "Орталық мәдениет
және демалыс саябағында", "Ақпарат орталығында" as the body acting; in the locative (the "-да/-де/
-та/-те" of where) a name whose head is a listed building (head_nouns.tsv FACILITY: саябақ, сарай,
мұражай, ...) or a body working in its own building (body_venue_heads.txt: театр, сот, орталық,
...) is retyped FACILITY, unless the next word makes it the employer ("... орталығында жұмыс
істейді": employer_words.txt). Release conventions only: KazNERD tags such a name as the body.
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Document, Entity
from presskz.entities.guard import new_span
from presskz.entities.lexicon import body_venue_forms, head_noun, nominative
from presskz.kk.data import read_list
from presskz.kk.morphology import case_of
from presskz.kk.orthography import ANY_CLOSING_QUOTES, ANY_OPENING_QUOTES

OUTER_MARKS = "".join(sorted(ANY_CLOSING_QUOTES | ANY_OPENING_QUOTES))
EMPLOYER_REACH = 40  # characters after the name where the next word is read


def _venue_head(word: str) -> bool:
    """Is the word, in the locative, the head of a building or of a body in its building?"""
    if case_of(word) != "loc":
        return False
    head = head_noun(word)
    return head is not None and (head[0] == "FACILITY" or nominative(word) in body_venue_forms())


@cache
def employer_words() -> tuple[str, ...]:
    return read_list("employer_words.txt")


def _employer(doc: Document, e: Entity) -> bool:
    """Does the word after the name make it the employer ("... орталығында жұмыс істейді")?"""
    word = doc.word_after(e.end, EMPLOYER_REACH)
    return bool(word) and word.lower().startswith(employer_words())


def venues_in_locative(doc: Document, spans: list[Entity]) -> list[Entity]:
    """The spans with every ORGANISATION named in the locative by a venue head made FACILITY."""
    out = []
    for e in spans:
        words = e.text.split()
        if e.type == "ORGANISATION" and len(words) > 1 and _venue_head(words[-1].strip(OUTER_MARKS)) \
                and not _employer(doc, e):
            e = new_span(doc, e.start, e.end, e, "FACILITY")
        out.append(e)
    return out


def load() -> None:
    """Read the employer words now (a stage's load()), not on the first document."""
    employer_words()
