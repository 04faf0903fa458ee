"""The gazetteer stage: rule-based entities (places, people, positions, titled names) per sentence.

Each rule module proposes candidates over a sentence's tokens; this stage keeps a flat,
non-overlapping set (the longest wins, then the rule's priority: the outermost name, KazNERD style)
and adds them to `doc.rule_entities` with their base form in `normalized`.
"""
from __future__ import annotations

from presskz.doc import Document, Entity
from presskz.entity_rules_core import Candidate, Sent
from presskz.entity_rules_codes import (
    acronym_candidates, domain_candidates, known_name_candidates, latin_candidates,
)
from presskz.entity_rules_names import (
    anniversary_candidates, law_candidates, quoted_candidates, unquoted_candidates,
)
from presskz.entity_rules_people import person_candidates
from presskz.entity_rules_places import norp_candidates, place_candidates
from presskz.entity_rules_positions import position_candidates
from presskz.normalize import entity_base
from presskz.stages.base import Stage

RULES = (place_candidates, norp_candidates, person_candidates, quoted_candidates,
         unquoted_candidates, law_candidates, anniversary_candidates, acronym_candidates,
         latin_candidates, known_name_candidates, domain_candidates)


def sentence_candidates(sent: Sent) -> list[Candidate]:
    """Every rule's candidates for one sentence, positions last (they build on the others)."""
    found = [cand for rule in RULES for cand in rule(sent)]
    return found + position_candidates(sent, found)


def select_flat(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then higher priority, then leftmost."""
    taken: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.length, -c.priority, c.start)):
        if all(cand.end <= t.start or t.end <= cand.start for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def rule_entities(doc: Document) -> list[Entity]:
    out = []
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        sent = Sent([t.text for t in tokens], [t.space_after for t in tokens])
        for cand in select_flat(sentence_candidates(sent)):
            start, end = tokens[cand.start].start, tokens[cand.end - 1].end
            entity = doc.span(start, end, Entity, type=cand.type, source="rule", score=None)
            entity.normalized = entity_base(doc.text, start, end)
            out.append(entity)
    return out


class GazetteerStage(Stage):
    name = "gazetteer"
    requires = ("tokens", "sentences")
    assigns = ("rule_entities",)

    def __call__(self, doc: Document) -> Document:
        for entity in rule_entities(doc):
            doc.add("rule_entities", entity)
        return doc
