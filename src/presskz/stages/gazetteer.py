"""The gazetteer stage: rule-based entities (places, people, positions, titled names) per sentence.

Each rule module proposes candidates over a sentence's tokens; this stage keeps a flat,
non-overlapping set (the longest wins, then the rule's priority: the outermost name, KazNERD style)
and adds them to `doc.rule_entities` with their base form in `normalized`.
"""
from __future__ import annotations

from functools import lru_cache

from presskz.doc import Document, Entity
from presskz.entity_rules_core import Candidate, Sent, capital_word, opens_quote
from presskz.entity_rules_codes import (
    acronym_candidates, acronym_token, domain_candidates, domain_word, known_name_candidates,
    latin_candidates, latin_word,
)
from presskz.entity_rules_lexicon import is_capitalised
from presskz.entity_rules_names import (
    anniversary_candidates, anniversary_word, is_about, izafet_head, law_candidates,
    quoted_candidates, unquoted_candidates,
)
from presskz.entity_rules_people import person_candidates
from presskz.entity_rules_places import group_token, norp_candidates, place_candidates
from presskz.entity_rules_positions import head_role, position_candidates
from presskz.normalize import entity_base
from presskz.stages.base import Stage

RULES = (place_candidates, norp_candidates, person_candidates, quoted_candidates,
         unquoted_candidates, law_candidates, anniversary_candidates, acronym_candidates,
         latin_candidates, known_name_candidates, domain_candidates)

# For each rule (in RULES order, positions last), a token test that every candidate of the rule
# needs somewhere in the sentence: most sentences hold no quote, "туралы", Latin word or head
# noun, and a rule is only run on the sentences that hold its kind of token.
TRIGGERS = (capital_word, group_token, is_capitalised, opens_quote, izafet_head, is_about,
            anniversary_word, acronym_token, latin_word, capital_word, domain_word)
POSITION_TRIGGER = head_role
POSITION_BIT = 1 << len(RULES)


@lru_cache(maxsize=65536)
def rule_mask(text: str) -> int:
    """Bit k set when the token passes the trigger of RULES[k]; bit len(RULES): positions."""
    mask = POSITION_BIT if POSITION_TRIGGER(text) else 0
    for k, trigger in enumerate(TRIGGERS):
        if trigger(text):
            mask |= 1 << k
    return mask


def sentence_candidates(sent: Sent) -> list[Candidate]:
    """Every rule's candidates for one sentence, positions last (they build on the others)."""
    mask = 0
    for text in sent.texts:
        mask |= rule_mask(text)
    found = [cand for k, rule in enumerate(RULES) if mask >> k & 1 for cand in rule(sent)]
    return found + position_candidates(sent, found) if mask & POSITION_BIT else found


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
