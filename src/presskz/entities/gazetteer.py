"""The gazetteer stage: rule-based entities (places, people, positions, titled names) per sentence.

Each rule module proposes candidates over a sentence's tokens; this stage keeps a flat,
non-overlapping set (the longest wins, then the rule's priority: the outermost name, KazNERD style)
and adds them to `doc.rule_entities` with their base form in `normalized`.
"""
from __future__ import annotations

from functools import cache, reduce
from operator import or_

from presskz.entities.rules import codes as entity_rules_codes

from presskz.entities import lexicon as entity_rules_lexicon

from presskz.entities.rules import names as entity_rules_names

from presskz.entities.rules import people as entity_rules_people

from presskz.entities.rules import places as entity_rules_places

from presskz.kk import morphology as morph

from presskz.entities import normalize

from presskz.core.doc import Document, Entity
from presskz.entities.rules.core import Candidate, Sent, WordCache, opens_quote
from presskz.entities.rules.codes import (
    acronym_candidates, acronym_token, domain_candidates, domain_word, known_name_beginnings,
    known_name_candidates, known_name_trigger, latin_candidates, latin_word, multiword_name_starts,
)
from presskz.entities.lexicon import (
    Beginnings, head_noun_beginnings, lowercases_letterwise, norp_words, places,
    position_word_beginnings,
)
from presskz.entities.rules.names import (
    ABOUT, ANNIVERSARY_STEM, anniversary_candidates, anniversary_word, is_about, izafet_head,
    law_candidates, quoted_candidates, unquoted_candidates,
)
from presskz.entities.rules.people import (
    SURNAME_PART_RE, given_names, person_candidates, person_trigger, surname_beginnings,
)
from presskz.entities.rules.places import (
    group_token, group_token_beginnings, multiword_place_starts, norp_candidates,
    place_candidates, place_trigger, type_word_beginnings,
)
from presskz.entities.rules.positions import head_role, position_candidates
from presskz.kk.morphology import case_suffix_cuts
from presskz.entities.normalize import entity_base
from presskz.core.stage import Stage

# Each rule with a token test that every candidate of the rule needs somewhere in the sentence:
# most sentences hold no quote, "туралы", Latin word or head noun, and a rule is only run on the
# sentences that hold its kind of token. The kind says which tokens may pass the test at all:
# CAPITAL ones start with a capital letter; FORM ones hold only for a word whose lowercased form
# (or, for a head noun, its last part after a hyphen or space) begins with one of the forms
# listed in form_beginnings(); ANY tests are cheap and run on every token. The place, person
# and known-name tests are the rules' own per-word start checks (cached per word form), so those
# rules run only on the few sentences where one of their names can begin. A rule is then given
# the indices of its tokens (from the same masks), so that it looks only there instead of testing
# every token (or every capitalised one) of the sentence again.
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
POSITION_TRIGGER = (head_role, FORM)  # positions run last, on the other rules' candidates
POSITION_BIT = 1 << len(RULES)
TRIGGER_BITS = {kind: tuple((1 << k, test) for k, (_, test, of) in enumerate(RULE_TRIGGERS)
                            if of == kind)
                for kind in (CAPITAL, FORM, ANY)}
TRIGGER_BITS[FORM] += ((POSITION_BIT, POSITION_TRIGGER[0]),)

# (capitalised, may pass a FORM test) -> the tests to run on such a token
TESTS_OF = {(capital, form): TRIGGER_BITS[ANY] + (TRIGGER_BITS[CAPITAL] if capital else ())
            + (TRIGGER_BITS[FORM] if form else ())
            for capital in (False, True) for form in (False, True)}


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


PLACE, PERSON, KNOWN_NAME = (1 << RULES.index(rule) for rule in
                             (place_candidates, person_candidates, known_name_candidates))
FORM_BITS = reduce(or_, (bit for bit, _ in TRIGGER_BITS[FORM]))


class MarkedBeginnings:
    """Listed forms, each with the bits of the rules whose tests look for it at the start of a
    word: of(text) is the OR of the bits of every form the text begins with."""

    def __init__(self, marks: dict[str, int]):
        self.marks, self.index = marks, Beginnings(marks)  # the index groups the key lengths

    def of(self, text: str) -> int:
        marks, index = self.marks, self.index
        bits = marks.get("", 0)
        for n in index.lengths.get(text[:index.size], ()):
            bits |= marks.get(text[:n], 0)
        return bits


def _marks(*groups: tuple[object, int]) -> dict[str, int]:
    marks: dict[str, int] = {}
    for keys, bit in groups:
        for key in keys:
            marks[key] = marks.get(key, 0) | bit
    return marks


@cache
def capital_word_beginnings() -> MarkedBeginnings:
    """What the tests look for at the start of a capitalised word: surnames (the person test),
    known names, type words (the place test: "Облысы")."""
    return MarkedBeginnings(_marks((surname_beginnings().keys, PERSON),
                                   (known_name_beginnings().keys, KNOWN_NAME),
                                   (type_word_beginnings().keys, PLACE)))


@cache
def capital_word_nominatives() -> dict[str, int]:
    """What the tests look for as a capitalised word's nominative (or lowercased form): given
    names (the person test), places, group words and the first words of longer places (the
    place test), the first words of longer known names."""
    return _marks((given_names(), PERSON), (places(), PLACE), (norp_words(), PLACE),
                  (multiword_place_starts(), PLACE), (multiword_name_starts(), KNOWN_NAME))


def _nominative_marks(marks: dict[str, int], low: str) -> int:
    """The bits of the listed words that a word of letters (lowercased: `low`) or its nominative
    can be: base_form_of_name cuts at most a case suffix off such a word (see may_be_nominative)."""
    bits = marks.get(low, 0)
    for stem in case_suffix_cuts(low):
        bits |= marks.get(stem, 0)
    return bits


def capital_word_rules(text: str, low: str) -> int | None:
    """The rules whose trigger a capitalised word of letters only (lowercased: `low`) may pass,
    as bits (the FORM tests aside), or None when every test has to run. Initials and
    abbreviations are written in capitals and Latin names start with A-Z (every test runs on
    them); otherwise a person needs a surname's ending, a listed surname at the start or a given
    name as nominative, a place or a known name its own listed beginning or nominative. A few
    lookups answer for most words, instead of running every test (each with its morphology)."""
    if text.isupper() or "A" <= text[0] <= "Z" or not lowercases_letterwise(text, low):
        return None
    bits = capital_word_beginnings().of(low) | _nominative_marks(capital_word_nominatives(), low)
    return (bits | PERSON) if SURNAME_PART_RE.search(low) else bits


def rule_mask(text: str) -> int:
    """Bit k set when the token passes the trigger of RULES[k]; then POSITION_BIT."""
    capital = text[:1].isupper()
    allowed = -1  # all bits: the tests to run
    if text.isalpha():  # most word forms: decided by a few lookups instead of running every test
        low = text.lower()
        if not capital and not lower_word_beginnings().start(low):
            return 0
        if capital:
            rules = capital_word_rules(text, low)
            if rules is not None:
                allowed = rules | FORM_BITS  # FORM tests run as below, when `form`
    mask = 0
    form = not text.isalnum() or form_beginnings().start(text.lower())
    for bit, test in TESTS_OF[capital, form]:
        if bit & allowed and test(text):
            mask |= bit
    return mask


RULE_MASK = WordCache(rule_mask)


def token_masks(texts: list[str]) -> list[int]:
    """rule_mask of each token. The word forms new to RULE_MASK are sorted out together first:
    most of them are lowercase words of letters beginning with no listed form (rule_mask's
    first test), answered here inline rather than through a memo miss and two calls each."""
    RULE_MASK.learn(texts, _masks_of_new_forms)
    return list(map(RULE_MASK.__getitem__, texts))


def _masks_of_new_forms(new: list[str]) -> list[int]:
    """rule_mask of each form, the common lowercase word answered by its first test inline."""
    begins = lower_word_beginnings().start
    return [0 if text.isalpha() and not text[:1].isupper() and not begins(text.lower())
            else rule_mask(text) for text in new]


def sentence_candidates(sent: Sent, masks: list[int] | None = None) -> list[Candidate]:
    """Every rule's candidates for one sentence, positions last (they build on the others);
    `masks` are its tokens' rule_mask values when the caller has them already. Each rule is
    run only when one of its tokens is in the sentence, and told where they are."""
    if masks is None:
        masks = list(map(RULE_MASK.__getitem__, sent.texts))
    hits = [(i, m) for i, m in enumerate(masks) if m]
    if not hits:
        return []  # no rule can find anything
    mask = reduce(or_, masks)
    found = [cand for k, rule in enumerate(RULES) if mask >> k & 1
             for cand in rule(sent, _positions(hits, 1 << k))]
    if mask & POSITION_BIT:
        return found + position_candidates(sent, found, _positions(hits, POSITION_BIT))
    return found


def _positions(hits: list[tuple[int, int]], bit: int) -> list[int]:
    """The token indices whose mask has `bit`, in order."""
    return [i for i, m in hits if m & bit]


def select_flat(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then higher priority, then leftmost."""
    if len(candidates) < 2:
        return list(candidates)
    taken: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start)):
        if all(cand.end <= t.start or t.end <= cand.start for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def rule_entities(doc: Document) -> list[Entity]:
    out = []
    # the rule masks of the whole document's tokens in one pass: most sentences' masks are all
    # 0 and the sentence is done with one any() over its slice, without building a Sent
    texts = doc.token_texts()
    masks = token_masks(texts)
    if not any(masks):
        return out
    spaces = [t.space_after for t in doc.tokens]
    for sentence in doc.sentences:
        first, last = sentence.token_start, sentence.token_end
        sentence_masks = masks[first:last]
        if not any(sentence_masks):
            continue
        candidates = sentence_candidates(Sent(texts[first:last], spaces[first:last]),
                                         sentence_masks)
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
                       entity_rules_people, entity_rules_places, normalize):
            module.load()
        form_beginnings(), lower_word_beginnings(), capital_word_beginnings()
        capital_word_nominatives()

    def __call__(self, doc: Document) -> Document:
        for entity in rule_entities(doc):
            doc.add("rule_entities", entity)
        return doc
