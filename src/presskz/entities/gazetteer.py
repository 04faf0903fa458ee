"""The gazetteer stage: rule-based entities (places, people, positions, titled names) per sentence.

Each rule module proposes candidates over a sentence's tokens; this stage keeps a flat,
non-overlapping set (the longest wins, then the rule's priority: the outermost name, KazNERD style)
and adds them to `doc.rule_entities` with their base form in `normalized`.
"""
from __future__ import annotations

import bisect
from functools import cache

from presskz.entities.rules import codes as entity_rules_codes

from presskz.entities import lexicon as entity_rules_lexicon

from presskz.entities.rules import names as entity_rules_names

from presskz.entities.rules import people as entity_rules_people

from presskz.entities.rules import places as entity_rules_places

from presskz.entities.rules import positions as entity_rules_positions

from presskz.kk import morphology as morph

from presskz.entities import normalize

from presskz.core.doc import Document, Entity
from presskz.entities.rules.core import Candidate, Sent, WordCache, opens_quote
from presskz.entities.rules.codes import (
    acronym_candidates, acronym_token, domain_candidates, domain_word, known_name_candidates,
    known_name_trigger, latin_candidates, latin_word,
)
from presskz.entities.lexicon import Beginnings, head_noun_beginnings, position_word_beginnings
from presskz.entities.rules.names import (
    ABOUT, ANNIVERSARY_STEM, anniversary_candidates, anniversary_word, is_about, izafet_head,
    law_candidates, quoted_candidates, unquoted_candidates,
)
from presskz.entities.rules.people import person_candidates, person_trigger
from presskz.entities.rules.places import (
    group_token, group_token_beginnings, norp_candidates, place_candidates, place_trigger,
    type_word_beginnings,
)
from presskz.entities.rules.positions import head_role, position_candidates
from presskz.entities.normalize import entity_base
from presskz.core.stage import Stage

# Each rule with a token test that every candidate of the rule needs somewhere in the sentence:
# most sentences hold no quote, "туралы", Latin word or head noun, and a rule is only run on the
# sentences that hold its kind of token, and told where those tokens are. The kind says which
# tokens may pass the test at all: CAPITAL ones start with a capital letter; FORM ones hold only
# for a word whose lowercased form (or, for a head noun, its last part after a hyphen or space)
# begins with one of the forms listed in form_beginnings(); ANY tests run on every token. The
# place, person and known-name tests are the rules' own per-word start checks (cached per word
# form), so those rules run only on the few sentences where one of their names can begin.
CAPITAL, FORM, ANY = "capital", "form", "any"
RULE_TRIGGERS = (
    (place_candidates, place_trigger, ANY),
    (norp_candidates, group_token, FORM),
    (person_candidates, person_trigger, CAPITAL),
    (quoted_candidates, opens_quote, ANY),
    (unquoted_candidates, izafet_head, FORM),
    (law_candidates, is_about, FORM),
    (anniversary_candidates, anniversary_word, FORM),
    (acronym_candidates, acronym_token, CAPITAL),
    (latin_candidates, latin_word, CAPITAL),
    (known_name_candidates, known_name_trigger, CAPITAL),
    (domain_candidates, domain_word, ANY),
)
RULES = tuple(rule for rule, _, _ in RULE_TRIGGERS)
# the tests and their kinds: the rules' (by index into RULES), then the head role words'
# (POSITIONS), which positions run on, last, on the other rules' candidates
TRIGGERS = tuple((test, kind) for _, test, kind in RULE_TRIGGERS) + ((head_role, FORM),)
POSITIONS = len(RULES)


@cache
def form_beginnings() -> Beginnings:
    """The listed forms FORM tests need at the start of the word: group words and places
    (demonyms), head nouns, position words, "туралы" and "жылдығ-"."""
    return Beginnings.union(group_token_beginnings(), head_noun_beginnings(),
                            position_word_beginnings(), Beginnings((ABOUT, ANNIVERSARY_STEM)))


@cache
def lower_word_beginnings() -> Beginnings:
    """What a word of letters only, without a capital, must begin with to pass any trigger:
    a form of the FORM tests or (place_trigger) a type word; the other ANY tests need a quote
    or a dot."""
    return Beginnings.union(form_beginnings(), type_word_beginnings())


def word_triggers(text: str) -> tuple[int, ...]:
    """The indices (into TRIGGERS) of the triggers a token passes; () for most words."""
    capital = text[:1].isupper()
    if text.isalpha() and not capital and not lower_word_beginnings().start(text.lower()):
        return ()  # most word forms: a lowercase word that begins with no listed form
    form = not text.isalnum() or form_beginnings().start(text.lower())
    return tuple(k for k, (test, kind) in enumerate(TRIGGERS)
                 if (kind == ANY or (kind == CAPITAL and capital) or (kind == FORM and form))
                 and test(text))


WORD_TRIGGERS = WordCache(word_triggers)


class TriggerIndex:
    """Where the triggers are in one sentence: trigger index -> its tokens' indices, in order."""

    def __init__(self, token_triggers: list[tuple[int, ...]]):
        self.positions: dict[int, list[int]] = {}
        for i, triggers in enumerate(token_triggers):
            for k in triggers:
                self.positions.setdefault(k, []).append(i)

    def candidates(self, sent: Sent) -> list[Candidate]:
        """Every triggered rule's candidates, each rule told where its trigger tokens are;
        positions last (they build on the others' candidates)."""
        found = [cand for k, rule in enumerate(RULES) if k in self.positions
                 for cand in rule(sent, self.positions[k])]
        heads = self.positions.get(POSITIONS)
        return found + position_candidates(sent, found, heads) if heads else found


def sentence_candidates(sent: Sent) -> list[Candidate]:
    """Every rule's candidates for one sentence, each rule run only where it is triggered."""
    return TriggerIndex([WORD_TRIGGERS[text] for text in sent.texts]).candidates(sent)


def select_flat(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then higher priority, then leftmost.

    The spans taken so far are kept sorted, so each candidate is tested against its neighbour
    only (bisect), not against every span taken: n log n on a sentence listing a thousand
    places, where the test against all was quadratic (issue 25). Taken spans never overlap, so
    in (start, end) order their ends rise too: the last span starting before a candidate's end
    is the only one that can reach past its start."""
    if len(candidates) < 2:
        return list(candidates)
    taken: list[Candidate] = []
    spans: list[tuple[int, int]] = []  # the taken (start, end) spans, sorted
    starts: list[int] = []
    ends: list[int] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start)):
        k = bisect.bisect_left(starts, cand.end)  # spans[:k] start before the candidate ends
        if k and ends[k - 1] > cand.start:
            continue  # overlaps a span taken already
        taken.append(cand)
        i = bisect.bisect(spans, (cand.start, cand.end))
        spans.insert(i, (cand.start, cand.end))
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
    return sorted(taken, key=lambda c: c.start)


def rule_entities(doc: Document) -> list[Entity]:
    out: list[Entity] = []
    # the triggers of the whole document's tokens in one pass: most sentences have none and
    # are done with one any() over their slice, without building a Sent
    texts = doc.token_texts()
    triggers = [WORD_TRIGGERS[text] for text in texts]
    if not any(triggers):
        return out
    spaces = [t.space_after for t in doc.tokens]
    for sentence in doc.sentences:
        first, last = sentence.token_start, sentence.token_end
        if not any(triggers[first:last]):
            continue
        sent = Sent(texts[first:last], spaces[first:last])
        candidates = TriggerIndex(triggers[first:last]).candidates(sent)
        if not candidates:
            continue
        tokens = doc.tokens
        for cand in select_flat(candidates):
            start, end = tokens[first + cand.start].start, tokens[first + cand.end - 1].end
            entity = doc.span(start, end, Entity, type=cand.type, source="rule", score=None)
            entity.normalized = entity_base(doc.text, start, end)
            out.append(entity)
    return out


class GazetteerStage(Stage):
    name = "gazetteer"
    requires = ("tokens", "sentences")
    assigns = ("rule_entities",)

    def load(self) -> None:
        # the word lists, the lexicon (31k rows) and their indexes: ~0.3 s otherwise spent in
        # the first document
        for module in (morph, entity_rules_lexicon, entity_rules_codes, entity_rules_names,
                       entity_rules_people, entity_rules_places, entity_rules_positions, normalize):
            module.load()
        form_beginnings(), lower_word_beginnings()

    def __call__(self, doc: Document) -> Document:
        for entity in rule_entities(doc):
            doc.add("rule_entities", entity)
        return doc
