"""The status the words around an event mention give it beyond the tense of its verb.

Applied to each mention after its status is read from its verb or predicate (rules.status_for_noun):
1. aim: an event noun right before a verbal noun in the dative or before "үшін" (tense_rules.tsv form
   "aim": "іс-шараларды өткізуге қажетті қаражат", "чемпионатқа қатысуға өтінім") is a happening
   still to come: future, whatever the clause's predicate tells (the money is being counted now, the
   applications came in the past);
2. a time-orienting modifier before the noun (event_status_modifiers.tsv: "алдағы жалпы отырыстың",
   "былтырғы көрмеде") places it, whatever the predicate tells;
3. habitual: a verb right after a habitual adverb (event_habitual_words.tsv: "дәстүрлі түрде
   өткізілетін олимпиадаға биыл 187 оқушы қатысқан", "мерекесі жыл сайын өтеді") tells a custom, not a
   future: the noun takes the tense of the clause's predicate when that is another verb, else
   "unknown" (the aorist alone gives no time); an analytic future ("дәстүрлі түрде өткізетін
   боламыз") is a future told;
4. a clause that ends with the noun and has no event verb tells no tense: a status read off the
   noun's own ending ("Ел чемпионаты." ends like the past "-ты") is "unknown".
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Document
from presskz.events.clauses import Clause
from presskz.events.predicate import predicate_status
from presskz.kk.data import read_list, read_tsv

MODIFIER_GAP = 2  # words between a time-orienting modifier and its noun ("алдағы жалпы отырыс")
HABIT_GAP = 2  # words between a habitual adverb and its verb
AIM = "aim"
FUTURE_AUXILIARY = "бол"  # "-атын болады/боламыз" (tense_rules.tsv)


@cache
def status_modifiers() -> dict[str, str]:
    return {r["word"]: r["status"] for r in read_tsv("event_status_modifiers.tsv")}


@cache
def habitual_phrases() -> tuple[tuple[str, ...], ...]:
    """Habitual adverbs as word tuples, longest first."""
    return tuple(sorted((tuple(p.split()) for p in read_list("event_habitual_words.tsv")),
                        key=len, reverse=True))


def _aim(clause: Clause, last: int) -> str | None:
    hit = clause.matches.verb[last + 1] if last + 1 < clause.last else None
    return hit[1].status if hit and hit[1].form == AIM else None


def _modifier(doc: Document, clause: Clause, first: int) -> str | None:
    for k in range(first - 1, max(clause.first, first - MODIFIER_GAP - 1) - 1, -1):
        text = doc.tokens[k].text.lower()
        if text in status_modifiers():
            return status_modifiers()[text]
        if not text[:1].isalpha():
            return None
    return None


@cache
def habitual_starts() -> frozenset[str]:
    return frozenset(p[0] for p in habitual_phrases())


def _analytic(doc: Document, k: int) -> bool:
    """The verb at k opens an analytic future ("өткізетін боламыз"): a future told, not a custom."""
    return k + 1 < len(doc.tokens) and doc.tokens[k + 1].text.lower().startswith(FUTURE_AUXILIARY)


def _habitual_verbs(doc: Document, clause: Clause) -> list[int]:
    """Token indices of the verbs right after a habitual adverb in the clause."""
    lower = doc.lower_token_texts()  # built once per document
    starts = habitual_starts()
    texts = lower[clause.first:clause.last]
    verbs: list[int] = []
    for n in range(len(texts)):
        if texts[n] not in starts:
            continue
        phrase = next((p for p in habitual_phrases() if tuple(texts[n:n + len(p)]) == p), None)
        if phrase is not None:
            after = clause.first + n + len(phrase)
            for k in range(after, min(after + HABIT_GAP + 1, clause.last)):
                if _analytic(doc, k):
                    break  # "дәстүрлі түрде өткізетін боламыз"
                if clause.matches.verb[k] or k == clause.last - 1:
                    verbs.append(k)
    return verbs


def _habitual(doc: Document, clause: Clause, status: str) -> str:
    habits = _habitual_verbs(doc, clause) if status == "future" else []
    if not habits:
        return status
    last_word = clause.last - 1
    while last_word > clause.first and not doc.tokens[last_word].text[:1].isalpha():
        last_word -= 1
    ends = [hit[2] for hit in (clause.matches.verb[k] for k in habits) if hit is not None]
    if last_word in habits or any(end >= last_word for end in ends):
        return "unknown"  # the predicate itself is the habitual verb
    told = predicate_status(doc.tokens, clause.first, clause.last)
    return told if told != "unknown" else status


def _self_read(doc: Document, clause: Clause, first: int, last: int, status: str) -> bool:
    """The clause ends with a one-word noun mention and has no event verb: the tense was read off
    the noun itself ("Ел чемпионаты." ends like "-ты", a past verb), not off a predicate (a
    mention of a noun and its light verb, "сыйлық берілді", holds its own predicate)."""
    if status == "unknown" or first != last:
        return False
    end = clause.last - 1
    while end > last and not doc.tokens[end].text[:1].isalpha():
        end -= 1
    return end == last and not clause.matches.verbs_in(clause.first, clause.last) \
        and predicate_status(doc.tokens, last, last + 1) == status


def clause_status(doc: Document, clause: Clause, first: int, last: int, status: str) -> str:
    """The status of the event mention in tokens[first:last+1] whose verb tells `status` (see the
    module docstring)."""
    if _self_read(doc, clause, first, last, status):
        return "unknown"
    return _aim(clause, last) or _modifier(doc, clause, first) or _habitual(doc, clause, status)


def load() -> None:
    status_modifiers()
    habitual_phrases()
    habitual_starts()
