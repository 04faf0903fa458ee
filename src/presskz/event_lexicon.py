"""Event language data (triggers, tense table, case endings) loaded once, and token matchers over it.

Matching works on the lowercased text of consecutive tokens with hyphens and spaces dropped, so a
lexicon form "гала-концерт" also matches the tokens "гала", "-", "концерт" (a PDF-broken hyphen) and
"баспасөз мәслихат" matches "баспасөз мәслихаты". A noun matches its stem plus a nominal ending
(plural? possessive? case?), a verb its stem plus an ending from tense_rules.tsv.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import regex

from presskz.data_files import read_tsv
from presskz.doc import Token
from presskz.word_cache import WordCache

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


@dataclass(frozen=True)
class KeyIndex:
    """Trigger keys indexed for start_candidates: positions in triggers() by whole key and by every
    prefix of a key, and the distinct key lengths."""

    by_key: dict[str, tuple[int, ...]]
    by_prefix: dict[str, tuple[int, ...]]
    lengths: tuple[int, ...]


@lru_cache(maxsize=1)
def key_index() -> KeyIndex:
    by_key: dict[str, list[int]] = {}
    by_prefix: dict[str, list[int]] = {}
    for n, trig in enumerate(triggers()):
        if not trig.key:
            continue  # an empty key never starts a match
        by_key.setdefault(trig.key, []).append(n)
        for end in range(1, len(trig.key) + 1):
            by_prefix.setdefault(trig.key[:end], []).append(n)
    freeze = lambda index: {k: tuple(v) for k, v in index.items()}  # noqa: E731
    return KeyIndex(freeze(by_key), freeze(by_prefix), tuple(sorted({len(k) for k in by_key})))


def _keys_starting(word: str, index: KeyIndex) -> list[int]:
    """Triggers whose key is a prefix of `word`."""
    found: list[int] = []
    for length in index.lengths:
        prefix = word[:length]
        if length > len(word) or prefix not in index.by_prefix:
            break  # no key this long or longer begins like the word
        found.extend(index.by_key.get(prefix, ()))
    return found


NEXT_TOKENS = "depends on the next tokens"  # marks a match that only the tokens after can decide


@dataclass(frozen=True)
class StartCandidates:
    """What the text of one token allows to start there: the triggers match_stem may accept, in
    lexicon order, and for nouns the squashed tail of a hyphenated compound ("бизнес-тренинг").
    noun_alone / verb_alone: the answer of noun_at / verb_at when the token's text alone decides it
    (a trigger, a (trigger, tense rule) pair, or None), else NEXT_TOKENS."""

    nouns: tuple[Trigger, ...]
    tail: str
    verbs: tuple[Trigger, ...]
    noun_alone: Trigger | str | None
    verb_alone: tuple[Trigger, TenseRule] | str | None


def _noun_alone(word: str, tail: str, nouns: tuple[Trigger, ...]) -> Trigger | str | None:
    """_noun_match's loop for a token squashing to `word`, as far as that word decides it."""
    ending_re = noun_ending_re()
    for trig in nouns:
        key = trig.key
        if len(key) > len(word) and key.startswith(word):
            return NEXT_TOKENS  # the key goes on into the next tokens
        if word.startswith(key) and ending_re.fullmatch(word[len(key):]):
            return trig
        if tail.startswith(key) and ending_re.fullmatch(tail[len(key):]):
            return trig
    return None


def _verb_alone(word: str, verbs: tuple[Trigger, ...]) -> tuple[Trigger, TenseRule] | str | None:
    """_verb_match's loop for a token squashing to `word` (every key agrees with it), as far as that
    word decides it."""
    by_ending = tense_rules_by_ending()
    for trig in verbs:
        if len(trig.key) > len(word):
            return NEXT_TOKENS  # the key goes on into the next tokens
        for rule in by_ending.get(word[len(trig.key):], ()):
            return NEXT_TOKENS if rule.following else (trig, rule)  # "атын болады": words must follow
    return None


def _find_start_candidates(text: str) -> StartCandidates | None:
    """The triggers a token with this text may start (None for none). A trigger whose key disagrees
    with the token's squashed text can never match there, so leaving it out changes no match."""
    low = text.lower()
    if low.isalpha():  # the common case: no spaces or hyphens to squash out, no compound tail
        word, tail = low, ""
    else:
        word = squash(text)
        if not word:
            return None  # a punctuation or hyphen token starts nothing
        tail_text = text.rsplit("-", 1)[-1] if "-" in text.strip("-") else None
        tail = squash(tail_text) if tail_text else ""
    # match_stem can only accept a key that the word holds (plus an ending) or that goes on into
    # the next tokens; for nouns also a key that the compound's tail holds
    index = key_index()
    if not tail and (not index.lengths or word[:index.lengths[0]] not in index.by_prefix):
        return None  # most words: their first letters begin no key (so no key agrees with them)
    agreeing = _keys_starting(word, index) + list(index.by_prefix.get(word, ()))
    in_tail = _keys_starting(tail, index) if tail else []
    if not agreeing and not in_tail:
        return None  # most words
    every = triggers()
    nouns = tuple(every[n] for n in sorted(set(agreeing + in_tail)) if every[n].pos == "noun")
    verbs = tuple(every[n] for n in sorted(set(agreeing)) if every[n].pos != "noun")
    if not nouns and not verbs:
        return None
    return StartCandidates(nouns, tail, verbs, _noun_alone(word, tail, nouns), _verb_alone(word, verbs))


# Token texts repeat heavily and almost none starts a trigger: start candidates are memoised by text
START_CANDIDATES = WordCache(_find_start_candidates)


def start_candidates(text: str) -> StartCandidates | None:
    """The triggers a token with this text may start (None for none), memoised."""
    return START_CANDIDATES[text]


def start_candidates_of(texts: list[str]) -> list[StartCandidates | None]:
    """start_candidates of each text, for a whole token list at once."""
    return list(map(START_CANDIDATES.__getitem__, texts))


@lru_cache(maxsize=1)
def tense_rules() -> tuple[TenseRule, ...]:
    rules = []
    for row in read_tsv("tense_rules.tsv"):
        first, *rest = row["ending"].split()
        rules.append(TenseRule(first, tuple(rest), row["status"], row["form"]))
    return tuple(sorted(rules, key=lambda r: -len(r.following)))  # "атын болады" before "атын"


@lru_cache(maxsize=1)
def tense_rules_by_ending() -> dict[str, tuple[TenseRule, ...]]:
    """Verb ending -> its tense rules, in tense_rules() order (a verb's remainder must equal the ending)."""
    index: dict[str, list[TenseRule]] = {}
    for rule in tense_rules():
        index.setdefault(rule.ending, []).append(rule)
    return {ending: tuple(rules) for ending, rules in index.items()}


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


def _noun_match(tokens: list[Token], i: int, starts: StartCandidates) -> tuple[Trigger, int] | None:
    if starts.noun_alone is not NEXT_TOKENS:
        return (starts.noun_alone, i) if starts.noun_alone else None
    ending_re = noun_ending_re()
    for trig in starts.nouns:
        hit = match_stem(tokens, i, trig.key)
        if hit and ending_re.fullmatch(hit[1]):
            return trig, hit[0]
        if starts.tail.startswith(trig.key) and ending_re.fullmatch(starts.tail[len(trig.key):]):
            return trig, i
    return None


def _verb_match(tokens: list[Token], i: int, starts: StartCandidates) -> tuple[Trigger, TenseRule, int] | None:
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
        for i in compress(range(len(tokens)), every_start):  # the few tokens with candidates
            starts = every_start[i]
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
