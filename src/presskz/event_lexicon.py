"""Event language data (triggers, tense table, case endings) loaded once, and token matchers over it.

Matching works on the lowercased text of consecutive tokens with hyphens and spaces dropped, so a
lexicon form "гала-концерт" also matches the tokens "гала", "-", "концерт" (a PDF-broken hyphen) and
"баспасөз мәслихат" matches "баспасөз мәслихаты". A noun matches its stem plus a nominal ending
(plural? possessive? case?), a verb its stem plus an ending from tense_rules.tsv.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
import regex

from presskz.data_files import read_tsv
from presskz.doc import Token

MAX_TOKENS = 5
SQUASHED_CHARS = regex.compile(r"[\s\-‐–]+")


@lru_cache(maxsize=1 << 16)  # token texts repeat: matching calls this for every trigger
def squash(text: str) -> str:
    """Lowercased text without spaces and hyphens: the key lexicon forms are matched on."""
    return SQUASHED_CHARS.sub("", text.lower())


@dataclass(frozen=True)
class Trigger:
    form: str
    key: str
    pos: str  # noun | verb | gov
    type: str
    condition: str


@dataclass(frozen=True)
class TenseRule:
    ending: str
    following: tuple[str, ...]  # next tokens that must follow ("болады")
    status: str
    form: str  # finite | participle


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    rows = read_tsv("event_triggers.tsv")
    out = [Trigger(r["form"], squash(r["form"]), r["pos"], r["type"], r["condition"]) for r in rows]
    return tuple(sorted(out, key=lambda t: -len(t.key)))  # longest form wins


@lru_cache(maxsize=1)
def triggers_by_initial() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """(part of speech group, first letter of key) -> triggers, longest first: a token can only
    start a trigger whose key begins with the token's first letter."""
    index: dict[tuple[str, str], list[Trigger]] = {}
    for trig in triggers():
        group = "noun" if trig.pos == "noun" else "verb"
        index.setdefault((group, trig.key[:1]), []).append(trig)
    return {key: tuple(items) for key, items in index.items()}


def _candidates(group: str, text: str) -> tuple[Trigger, ...]:
    initial = squash(text)[:1]
    return triggers_by_initial().get((group, initial), ()) if initial else ()


def _noun_candidates(text: str, tail: str) -> tuple[Trigger, ...]:
    """Noun triggers a token (or the tail of its hyphenated compound) may start, in lexicon order."""
    first = _candidates("noun", text)
    more = [t for t in _candidates("noun", tail) if t not in first]
    if not more:
        return first
    rank = {id(t): n for n, t in enumerate(triggers())}
    return tuple(sorted((*first, *more), key=lambda t: rank[id(t)]))


@lru_cache(maxsize=1)
def tense_rules() -> tuple[TenseRule, ...]:
    rules = []
    for row in read_tsv("tense_rules.tsv"):
        first, *rest = row["ending"].split()
        rules.append(TenseRule(first, tuple(rest), row["status"], row["form"]))
    return tuple(sorted(rules, key=lambda r: -len(r.following)))  # "атын болады" before "атын"


@lru_cache(maxsize=1)
def case_endings() -> tuple[tuple[str, str], ...]:
    rows = read_tsv("case_endings.tsv")
    return tuple(sorted(((r["ending"], r["case"]) for r in rows), key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def noun_ending_re() -> regex.Pattern:
    """stem + [ь] + plural? + possessive? + case? (the remainder after an event noun's stem)."""
    rows = read_tsv("noun_endings.tsv")
    alt = lambda words: "|".join(sorted(words, key=len, reverse=True))  # noqa: E731
    plural = alt(r["ending"] for r in rows if r["slot"] == "plural")
    poss = alt(r["ending"] for r in rows if r["slot"] == "poss")
    case = alt(e for e, _ in case_endings())
    return regex.compile(rf"ь?(?:{plural})?(?:{poss})?(?:н?(?:{case})|н)?")


@lru_cache(maxsize=1)
def venue_nouns() -> tuple[str, ...]:
    return tuple(r["noun"] for r in read_tsv("venue_nouns.tsv"))


@lru_cache(maxsize=1)
def speech_verbs() -> tuple[tuple[str, ...], ...]:
    """Speech verbs as token tuples, longest first."""
    verbs = [tuple(r["verb"].split()) for r in read_tsv("speech_verbs.tsv")]
    return tuple(sorted(verbs, key=len, reverse=True))


def is_word(token: Token) -> bool:
    return any(ch.isalnum() for ch in token.text)


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


def noun_at(tokens: list[Token], i: int) -> tuple[Trigger, int] | None:
    """The event noun starting at token i (or ending a hyphenated compound there: "бизнес-тренинг")
    and the index of its last token."""
    tail = tokens[i].text.rsplit("-", 1)[-1] if "-" in tokens[i].text.strip("-") else None
    low = squash(tail) if tail else ""
    for trig in _noun_candidates(tokens[i].text, low):
        hit = match_stem(tokens, i, trig.key)
        if hit and noun_ending_re().fullmatch(hit[1]):
            return trig, hit[0]
        if low.startswith(trig.key) and noun_ending_re().fullmatch(low[len(trig.key):]):
            return trig, i
    return None


def verb_at(tokens: list[Token], i: int) -> tuple[Trigger, TenseRule, int] | None:
    """The event/governing verb starting at token i: (trigger, tense rule, index of last token)."""
    for trig in _candidates("verb", tokens[i].text):
        hit = match_stem(tokens, i, trig.key)
        if not hit:
            continue
        j, rest = hit
        for rule in tense_rules():
            if rest != rule.ending:
                continue
            nxt = [t.text.lower() for t in tokens[j + 1:j + 1 + len(rule.following)]]
            if tuple(nxt) == rule.following:
                return trig, rule, j + len(rule.following)
    return None


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
