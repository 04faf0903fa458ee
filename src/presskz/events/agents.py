"""Who takes part in or organises an event, read from the subject of its clause's verb.

- an event named by a finite active verb ("кездесті", "қол қойды", "марапаттады"): the names in the
  nominative before the verb in the clause are its participants ("«Лукойл» мен «ҚазМұнайГаз» ...
  келісімге қол қойды", "ТҮРКІСТАН ОБЛЫСЫНЫҢ ӘКІМІ АУДАН ХАЛҚЫМЕН КЕЗДЕСТІ"), and those in the
  instrumental are its partners ("Беларусь Президентімен кездесті"); the subject of a
  passive ("табыс етілді", "іске қосылды": stem + -л/-ыл/-іл) is what was given or launched, and an
  attributive participle ("жоғалып кеткен балықшылар") has no subject before it;
- an event noun governed by an organising verb (organizing_verbs.tsv: "өткізді", "ұйымдастырды"): the
  names in the nominative before the noun are its organisers ("... музейі ... акция өткізді").
Complements rules.roles (role markers "X-тың қатысуымен", "X ұйымдастыруымен", "X қатысты").
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Document, Entity
from presskz.events.clauses import Clause
from presskz.events.matching import case_of
from presskz.events.rules import AGENT_TYPES
from presskz.kk.data import read_list
from presskz.kk.morphology import VOWELS
from presskz.kk.orthography import EM_DASH, EN_DASH, HYPHEN_MINUS

SUBJECT_TYPES = tuple(t for t in AGENT_TYPES if t != "NORP")  # "қазақстандық" qualifies a noun
ROOT_LETTERS = 3  # "кел", "бол": a root ending in a vowel + л is no passive
DASHES = (EM_DASH, EN_DASH, HYPHEN_MINUS)
VERB_CASES = ("nom", "ins")  # who does it, and with whom: "Елбасы ... Беларусь Президентімен кездесті"


@cache
def organizing_verbs() -> frozenset[str]:
    return frozenset(read_list("organizing_verbs.tsv"))


def _subjects(doc: Document, clause: Clause, before: int, taken: list[Entity],
              cases: tuple[str, ...] = ("nom",)) -> list[Entity]:
    """The agent names in one of `cases` in the clause before token `before`, one per span; a name
    before a dash is a dateline's outlet or a definition's subject ("ҚазАқпарат – ..."), not the
    verb's."""
    limit = doc.tokens[before].start
    found: dict[tuple[int, int], Entity] = {}
    for e in clause.entities:
        if e.end <= limit and e.type in SUBJECT_TYPES and case_of(e.text, e.normalized) in cases \
                and all(e is not t for t in taken) and doc.text[e.end:e.end + 2].strip()[:1] not in DASHES:
            found.setdefault((e.start, e.end), e)
    return list(found.values())


def _passive(stem: str) -> bool:
    """A passive stem: stem + -л after a vowel, -ыл/-іл after a consonant ("марапаттал", "қосыл")."""
    return len(stem) > ROOT_LETTERS and stem.endswith("л") and stem[-2] in VOWELS


def _organising_verb_after(clause: Clause, last: int) -> bool:
    for _, hit in clause.matches.verb_hits(last + 1, clause.last):
        if hit[1].form == "finite":
            return hit[0].pos == "gov" and hit[0].form in organizing_verbs()
    return False


def agents(doc: Document, clause: Clause, first: int, last: int,
           taken: list[Entity]) -> dict[str, list[Entity]]:
    """participants / organizer of the event whose trigger is tokens[first:last+1] (see the module
    docstring); `taken`: names that already have a role or are the event's place."""
    hit = clause.matches.verb[first]
    if hit is not None and hit[0].pos == "verb" and hit[1].form == "finite" and not _passive(hit[0].form):
        return {"participants": _subjects(doc, clause, first, taken, VERB_CASES), "organizer": []}
    if clause.matches.noun[first] is not None and _organising_verb_after(clause, last):
        return {"participants": [], "organizer": _subjects(doc, clause, first, taken)}
    return {"participants": [], "organizer": []}


def load() -> None:
    organizing_verbs()
