"""Token-level matching of the event lexicon (presskz.events.lexicon): the event noun or verb starting at
a token (noun_at, verb_at, or TokenMatches for every token of a list at once), the status a verb form
gives (status_of) and the grammatical case of a name (case_of).

Matching works on the lowercased text of consecutive tokens with hyphens and spaces dropped, so a
lexicon form "гала-концерт" also matches the tokens "гала", "-", "концерт" (a PDF-broken hyphen) and
"баспасөз мәслихат" matches "баспасөз мәслихаты". A noun matches its stem plus a nominal ending
(plural? possessive? case?), a verb its stem plus an ending from tense_rules.tsv.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from presskz.core.doc import Token
from presskz.events.lexicon import (NEXT_TOKENS, StartCandidates, TenseRule, Trigger, case_endings,
                                   ending_fits, object_only, squash, start_candidates,
                                   start_candidates_of, tense_rules_by_ending)

MAX_TOKENS = 5


def match_stem(tokens: list[Token], i: int, key: str) -> tuple[int, str] | None:
    """If tokens[i:] spell `key` + more letters within one token, return (last index, remainder)."""
    acc = ""
    for j in range(i, min(len(tokens), i + MAX_TOKENS)):
        part = squash(tokens[j].text)
        if not part:
            if j == i:
                return None
            continue  # a lone hyphen token inside "гала- концерт"
        acc += part
        if len(acc) >= len(key):
            return (j, acc[len(key):]) if acc.startswith(key) else None
        if not key.startswith(acc):
            return None
    return None


def _object_ok(tokens: list[Token], j: int, trig: Trigger) -> bool:
    """An object-only noun (lexicon condition "before:") is one only before a word beginning with
    one of its stems ("атағы берілді"); elsewhere ("атақты ақын") it is no event noun at all."""
    if not object_only(trig):
        return True
    stems = tuple(trig.condition.split(":", 1)[1].split("|"))
    return j + 1 < len(tokens) and tokens[j + 1].text.lower().startswith(stems)


def _noun_match(tokens: list[Token], i: int, starts: StartCandidates) -> tuple[Trigger, int] | None:
    alone = starts.noun_alone
    if alone is not NEXT_TOKENS:  # the text alone decides: a trigger or None
        return (alone, i) if isinstance(alone, Trigger) and _object_ok(tokens, i, alone) else None
    for trig in starts.nouns:
        hit = match_stem(tokens, i, trig.key)
        if hit and ending_fits(trig, hit[1]):
            return (trig, hit[0]) if _object_ok(tokens, hit[0], trig) else None
        if starts.tail.startswith(trig.key) and ending_fits(trig, starts.tail[len(trig.key):]):
            return (trig, i) if _object_ok(tokens, i, trig) else None
    return None


def _verb_match(tokens: list[Token], i: int,
                starts: StartCandidates) -> tuple[Trigger, TenseRule, int] | None:
    if starts.verb_alone is not NEXT_TOKENS:
        return (*starts.verb_alone, i) if starts.verb_alone else None
    by_ending = tense_rules_by_ending()
    for trig in starts.verbs:
        hit = match_stem(tokens, i, trig.key)
        if not hit:
            continue
        j, rest = hit
        for rule in by_ending.get(rest, ()):
            nxt = [t.text.lower() for t in tokens[j + 1:j + 1 + len(rule.following)]]
            if tuple(nxt) == rule.following:
                return trig, rule, j + len(rule.following)
    return None


def noun_at(tokens: list[Token], i: int) -> tuple[Trigger, int] | None:
    """The event noun starting at token i (or ending a hyphenated compound there: "бизнес-тренинг")
    and the index of its last token."""
    starts = start_candidates(tokens[i].text)
    return _noun_match(tokens, i, starts) if starts and starts.nouns else None


def verb_at(tokens: list[Token], i: int) -> tuple[Trigger, TenseRule, int] | None:
    """The event/governing verb starting at token i: (trigger, tense rule, index of last token)."""
    starts = start_candidates(tokens[i].text)
    return _verb_match(tokens, i, starts) if starts and starts.verbs else None


class TokenMatches:
    """noun_at and verb_at for every token of one token list, found once: noun[i] == noun_at(tokens, i)
    and verb[i] == verb_at(tokens, i).

    The event rules ask about the same tokens many times over (cutting clauses, mentions, statuses,
    roles); here each token is looked at once, and most are dismissed by start_candidates. The few
    indices with a match are also kept in order, so a scan over a clause visits only them."""

    def __init__(self, tokens: list[Token], texts: list[str] | None = None) -> None:
        """`texts`, when given, are the tokens' texts (Document.token_texts)."""
        self.tokens = tokens
        self.texts = [token.text for token in tokens] if texts is None else texts
        self.noun: list[tuple[Trigger, int] | None] = [None] * len(tokens)
        self.verb: list[tuple[Trigger, TenseRule, int] | None] = [None] * len(tokens)
        self.noun_starts: list[int] = []
        self.verb_starts: list[int] = []
        every_start = start_candidates_of(self.texts)
        # the few tokens with candidates, with their candidates
        for i, starts in zip(compress(range(len(tokens)), every_start), filter(None, every_start)):
            if starts.nouns:
                self.noun[i] = _noun_match(tokens, i, starts)
                if self.noun[i]:
                    self.noun_starts.append(i)
            if starts.verbs:
                self.verb[i] = _verb_match(tokens, i, starts)
                if self.verb[i]:
                    self.verb_starts.append(i)

    def nouns_in(self, lo: int, hi: int) -> list[int]:
        """The indices in [lo, hi) where an event noun starts, in order."""
        return self.noun_starts[bisect_left(self.noun_starts, lo):bisect_left(self.noun_starts, hi)]

    def verbs_in(self, lo: int, hi: int) -> list[int]:
        """The indices in [lo, hi) where an event verb starts, in order."""
        return self.verb_starts[bisect_left(self.verb_starts, lo):bisect_left(self.verb_starts, hi)]

    def noun_hits(self, lo: int, hi: int) -> list[tuple[int, tuple[Trigger, int]]]:
        """(index, noun[index]) for the indices of nouns_in(lo, hi)."""
        return [(i, hit) for i in self.nouns_in(lo, hi) if (hit := self.noun[i])]

    def verb_hits(self, lo: int, hi: int) -> list[tuple[int, tuple[Trigger, TenseRule, int]]]:
        """(index, verb[index]) for the indices of verbs_in(lo, hi)."""
        return [(i, hit) for i in self.verbs_in(lo, hi) if (hit := self.verb[i])]


def status_of(trig: Trigger, rule: TenseRule) -> str:
    """The status a verb form gives, with the lexicon's override ("жоспарлануда" -> future)."""
    if trig.condition.startswith("status:"):
        return trig.condition.split(":", 1)[1]
    return rule.status


def case_of(text: str, normalized: str | None = None) -> str:
    """The grammatical case of a name's last word: what its text adds to its base form, else its ending."""
    last = text.split()[-1].lower() if text.split() else ""
    if normalized and text.lower().startswith(normalized.lower()):
        rest = text[len(normalized):].lower().lstrip("-'’")
        if not rest:
            return "nom"
        for ending, case in case_endings():
            if rest.endswith(ending):
                return case
        return "nom"
    for ending, case in case_endings():
        if last.endswith(ending) and len(last) > len(ending) + 2:
            return case
    return "nom"
