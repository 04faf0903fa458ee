"""Happenings the trigger lexicon may lack, found by the verb that governs them (used by stage.py).

A noun right before a cue verb of event_cue_verbs.tsv is a happening whatever the noun: the
nominative subject of өт-/өткізіл-/ұйымдастырыл- ("атом бомбасын сынау өткізілді") or the
accusative object of өткіз-/ұйымдастыр-, when it is shaped like a noun of action
(event_noun_suffixes.tsv: -у, -ыс/-іс, -лық/-лік, -ым/-ім, or a possessive or plural ending on a
known stem) and is no word of event_cue_stop.tsv (times, routes, adverbs, postpositions). It takes
the verb's type ("other"). A generic "шара" so governed needs no antecedent, a lexicon noun so
governed needs no "after:" condition ("ерекше шара ұйымдастырылды"). The converb of a "subject" cue verb
governs as its finite form does ("қабылдау өткізіліп, оған ... қатысқан"), with the tense of the clause's
predicate; an "object" one does not ("өткізіп жіберді" = let pass).
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Document
from presskz.events.clauses import Clause
from presskz.events.lexicon import TenseRule, Trigger, case_endings, converb_endings, squash
from presskz.events.matching import case_of, status_of
from presskz.events.mentions import Mention, oblique
from presskz.events.predicate import predicate_status
from presskz.kk.data import read_list, read_tsv
from presskz.kk.morphology import base_form, strip_layer
from presskz.kk.morphology import case_of as kk_case_of


@cache
def cue_verbs() -> dict[str, str]:
    """Governing verb form (event_triggers.tsv) -> "subject" | "object": the role in which any
    noun before it is a happening (event_cue_verbs.tsv)."""
    return {r["form"]: r["role"] for r in read_tsv("event_cue_verbs.tsv")}


@cache
def cue_types() -> dict[str, str]:
    """Governing verb form -> the type of a happening it governs that the lexicon lacks."""
    return {r["form"]: r["type"] for r in read_tsv("event_cue_verbs.tsv")}


@cache
def event_noun_suffixes() -> tuple[str, ...]:
    return read_list("event_noun_suffixes.tsv")


@cache
def cue_stop() -> frozenset[str]:
    return frozenset(read_list("event_cue_stop.tsv"))


def _cue_noun_ok(doc: Document, clause: Clause, k: int, role: str) -> bool:
    """tokens[k] can be the happening a cue verb governs: a word in the role's case (nominative
    subject, accusative object), a lexicon noun or shaped like a noun of action, in no name, time
    or amount, not a converb ("болып өтті") nor a word of event_cue_stop.tsv."""
    tok = doc.tokens[k]
    word = tok.text.lower()
    if not word.replace("-", "").isalpha() or word.endswith(converb_endings()):
        return False
    base = base_form(word)
    if _case_at(clause, k, word) != ("nom" if role == "subject" else "acc") or word in cue_stop() \
            or base in cue_stop() or not (clause.matches.noun[k] or _happening_shape(word, base)):
        return False
    return not any(s.start < tok.end and tok.start < s.end
                   for s in (*clause.entities, *clause.temporals, *clause.quantities))


def _case_at(clause: Clause, k: int, word: str) -> str:
    """The case of the word at tokens[k]: of what follows the key of a lexicon noun there ("шара"
    is no dative of "шар"), else by the morphology, else by the ending."""
    noun = clause.matches.noun[k]
    if noun and noun[1] == k:
        rest = squash(word)[len(noun[0].key):]
        return next((case for ending, case in case_endings() if rest.endswith(ending)), "nom")
    return kk_case_of(word) or case_of(word)


def _happening_shape(word: str, base: str) -> bool:
    """The word is shaped like a noun of action (event_noun_suffixes.tsv: "сынау", "шайқас",
    "біріншілік") or carries a possessive or plural ending on a known stem ("финалы")."""
    stem = strip_layer(strip_layer(word, "case"), "poss")
    return base != word and stem != word or any(
        w.endswith(event_noun_suffixes()) for w in (word, stem, base))


def governed_mentions(doc: Document, clause: Clause, taken: list[Mention]) -> list[Mention]:
    """Happenings the lexicon may lack, found by the verb that governs them (event_cue_verbs.tsv):
    the noun right before "өтті", "ұйымдастырылды" (its subject) or "өткізді" (its object) is an
    event of the verb's type when it is shaped like a noun of action (_happening_shape); a lexicon
    noun there counts without its "after:" condition ("ерекше шара ұйымдастырылды")."""
    out: list[Mention] = []
    for i, (trig, rule, j) in clause.matches.verb_hits(clause.first + 1, clause.last):
        role = cue_verbs().get(trig.form)
        k = i - 1
        converb = rule.form == "converb" and role == "subject"  # "өткізіп жіберді" = let pass
        if role is None or not (rule.form == "finite" or converb) or j >= clause.last \
                or not _cue_noun_ok(doc, clause, k, role):
            continue
        here = [m for m in taken if m.first <= k <= m.last]
        if any(m.last < i and not oblique(doc, m.last) for m in taken if m not in here):
            continue  # the verb of an event noun before it ("Жарыс алғаш рет өткізілуде")
        for m in here:  # a singular "шара" the verb governs needs no antecedent to be a happening
            m.bare = False
        noun = clause.matches.noun[k]
        status = _cue_status(doc, clause, trig, rule)
        if here or noun:  # a lexicon noun whose "after:" condition failed: "ерекше шара ұйымдастырылды"
            if not here and noun and noun[1] == k and noun[0].condition.startswith("after:"):
                out.append(Mention(k, k, noun[0].type, status, noun[0].form))
            continue
        out.append(Mention(k, k, cue_types()[trig.form], status, squash(base_form(doc.tokens[k].text))))
    return out


def _cue_status(doc: Document, clause: Clause, trig: Trigger, rule: TenseRule) -> str:
    """The status a cue verb gives its happening: its own tense when finite; a converb ("Мәжіліс
    бюросы өтіп, ... нақтыланды" = the bureau met and ...) has the tense of the clause's predicate."""
    if rule.form == "converb":
        return predicate_status(doc.tokens, clause.first, clause.last)
    return status_of(trig, rule)


def load() -> None:
    """Read the tables above now (a stage's load()), not on the first document."""
    for build in (cue_verbs, cue_types, cue_stop, event_noun_suffixes):
        build()
