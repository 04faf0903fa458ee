"""Event language data (triggers, tense table, case and noun endings, venue nouns, speech verbs) loaded
once from the data files, and the triggers indexed for matching: by key (the lowercased form without
spaces and hyphens, see squash) and, per token text, the triggers that may start at a token
(start_candidates), which dismisses most tokens before any matching. Matching the triggers over
tokens is event_matching's.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from presskz.kk.data import read_tsv
from presskz.kk.morphology import VOWELS, voiced_stem
from presskz.kk.orthography import cyrillic_lookalikes
from presskz.core.word_cache import WordCache

SQUASHED_CHARS = regex.compile(r"[\s\-‐–]+")
LOOKALIKES = str.maketrans(cyrillic_lookalikes())


@lru_cache(maxsize=1 << 16)  # token texts repeat: matching calls this for every trigger
def squash(text: str) -> str:
    """Lowercased text without spaces and hyphens: the key lexicon forms are matched on. Latin
    look-alike letters in a word that is not all ASCII are read as Cyrillic ("мәслиxаты" typed
    with a Latin x, lookalikes.tsv); a Latin word stays as it is."""
    low = SQUASHED_CHARS.sub("", text.lower())
    return low if low.isascii() else low.translate(LOOKALIKES)


@dataclass(frozen=True)
class Trigger:
    form: str
    key: str
    pos: str  # noun | verb | gov
    type: str
    condition: str
    voiced: bool = False  # the key is the noun's stem voiced: only a vowel-initial ending follows


def object_only(trig: Trigger) -> bool:
    """A noun that counts only as the object of the verb right after it (lexicon condition
    "before:"): elsewhere it names no happening and stands between none ("сыйлығы" of a festival)."""
    return trig.condition.startswith("before:")


def ending_fits(trig: Trigger, rest: str) -> bool:
    """`rest` is a nominal ending the noun may take after its key (a voiced key takes only a
    vowel-initial one: "онкүндігі", "апталығына", not "онкүндіг")."""
    return (not trig.voiced or rest[:1] in VOWELS) and noun_ending_re().fullmatch(rest) is not None


@dataclass(frozen=True)
class TenseRule:
    ending: str
    following: tuple[str, ...]  # next tokens that must follow ("болады")
    status: str
    form: str  # finite | participle


@cache
def triggers() -> tuple[Trigger, ...]:
    """The lexicon's triggers, longest key first; a noun ending in a voiceless stop also under its
    voiced key (voicing.tsv: "онкүндік" -> "онкүндігі", "сабақ" -> "сабағы")."""
    out = []
    for r in read_tsv("event_triggers.tsv"):
        trig = Trigger(r["form"], squash(r["form"]), r["pos"], r["type"], r["condition"])
        out.append(trig)
        voiced = voiced_stem(trig.key) if trig.pos == "noun" else None
        if voiced:
            out.append(Trigger(trig.form, voiced, trig.pos, trig.type, trig.condition, voiced=True))
    return tuple(sorted(out, key=lambda t: -len(t.key)))  # longest form wins


HEAD = 4  # letters of a word's start checked against every key's start before any matching


@dataclass(frozen=True)
class KeyIndex:
    """Trigger keys indexed for start_candidates: positions in triggers() by whole key and by every
    prefix of a key, and the distinct key lengths."""

    by_key: dict[str, tuple[int, ...]]
    by_prefix: dict[str, tuple[int, ...]]
    lengths: tuple[int, ...]
    heads: frozenset[str]  # the first HEAD letters of every key (the whole key when shorter)


@cache
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
    return KeyIndex(freeze(by_key), freeze(by_prefix), tuple(sorted({len(k) for k in by_key})),
                    frozenset(key[:HEAD] for key in by_key))


def _may_agree(word: str, index: KeyIndex) -> bool:
    """Some key may agree with the word (be a prefix of it, or it of the key): a cheap test on its
    first HEAD letters. A key that agrees has the same first HEAD letters, or is shorter than HEAD
    and begins the word, or the word is shorter than HEAD and begins the key."""
    if word[:HEAD] in index.heads or len(word) < HEAD and word in index.by_prefix:
        return True
    return any(word[:n] in index.by_key for n in index.lengths if n < HEAD and n <= len(word))


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
    """event_matching._noun_match's loop for a token squashing to `word`, as far as that word decides it."""
    for trig in nouns:
        key = trig.key
        if len(key) > len(word) and key.startswith(word):
            return NEXT_TOKENS  # the key goes on into the next tokens
        if word.startswith(key) and ending_fits(trig, word[len(key):]):
            return trig
        if tail.startswith(key) and ending_fits(trig, tail[len(key):]):
            return trig
    return None


def _verb_alone(word: str, verbs: tuple[Trigger, ...]) -> tuple[Trigger, TenseRule] | str | None:
    """event_matching._verb_match's loop for a token squashing to `word` (every key agrees with it), as
    far as that word decides it."""
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
        word, tail = (low if low.isascii() else low.translate(LOOKALIKES)), ""  # squash(low), cheaper
    else:
        word = squash(text)
        if not word:
            return None  # a punctuation or hyphen token starts nothing
        tail_text = text.rsplit("-", 1)[-1] if "-" in text.strip("-") else None
        tail = squash(tail_text) if tail_text else ""
    # match_stem can only accept a key that the word holds (plus an ending) or that goes on into
    # the next tokens; for nouns also a key that the compound's tail holds
    index = key_index()
    if not tail and (not index.lengths or word[:index.lengths[0]] not in index.by_prefix
                     or not _may_agree(word, index)):
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


@cache
def tense_rules() -> tuple[TenseRule, ...]:
    rules = []
    for row in read_tsv("tense_rules.tsv"):
        first, *rest = row["ending"].split()
        rules.append(TenseRule(first, tuple(rest), row["status"], row["form"]))
    return tuple(sorted(rules, key=lambda r: -len(r.following)))  # "атын болады" before "атын"


@cache
def tense_rules_by_ending() -> dict[str, tuple[TenseRule, ...]]:
    """Verb ending -> its tense rules, in tense_rules() order (a verb's remainder must equal the ending)."""
    index: dict[str, list[TenseRule]] = {}
    for rule in tense_rules():
        index.setdefault(rule.ending, []).append(rule)
    return {ending: tuple(rules) for ending, rules in index.items()}


@cache
def converb_endings() -> tuple[str, ...]:
    """The converb endings of tense_rules.tsv ("ып", "іп", "п"): a word ending so is no noun."""
    return tuple(r.ending for r in tense_rules() if r.form == "converb")


@cache
def past_participles() -> tuple[str, ...]:
    """The past participle endings of tense_rules.tsv ("ған", "ген", "қан", "кен")."""
    return tuple({r.ending for r in tense_rules() if r.form == "participle" and r.status == "past"
                  and not r.following})


@cache
def finite_endings() -> tuple[str, ...]:
    """The one-word finite endings of tense_rules.tsv ("ды", "ады", "уда", ...)."""
    return tuple(r.ending for r in tense_rules() if r.form == "finite" and not r.following)


@cache
def case_endings() -> tuple[tuple[str, str], ...]:
    rows = read_tsv("case_endings.tsv")
    return tuple(sorted(((r["ending"], r["case"]) for r in rows), key=lambda p: -len(p[0])))


@cache
def noun_ending_re() -> regex.Pattern:
    """stem + [ь] + plural? + possessive? + case? (the remainder after an event noun's stem)."""
    rows = read_tsv("noun_endings.tsv")
    alt = lambda words: "|".join(sorted(words, key=len, reverse=True))  # noqa: E731
    plural = alt(r["ending"] for r in rows if r["slot"] == "plural")
    poss = alt(r["ending"] for r in rows if r["slot"] == "poss")
    case = alt(e for e, _ in case_endings())
    return regex.compile(rf"ь?(?:{plural})?(?:{poss})?(?:н?(?:{case})|н)?")


@cache
def noun_plural_endings() -> tuple[str, ...]:
    """The plural endings of noun_endings.tsv ("лар", "лер", ...)."""
    return tuple(r["ending"] for r in read_tsv("noun_endings.tsv") if r["slot"] == "plural")


@cache
def venue_nouns() -> tuple[str, ...]:
    return tuple(r["noun"] for r in read_tsv("venue_nouns.tsv"))


@cache
def speech_verbs() -> tuple[tuple[str, ...], ...]:
    """Speech verbs as token tuples, longest first."""
    verbs = [tuple(r["verb"].split()) for r in read_tsv("speech_verbs.tsv")]
    return tuple(sorted(verbs, key=len, reverse=True))


def load() -> None:
    """Build the tables above now (a stage's load()), not on the first document."""
    for build in (triggers, key_index, tense_rules, tense_rules_by_ending, case_endings,
                  noun_ending_re, noun_plural_endings, venue_nouns, speech_verbs, converb_endings,
                  past_participles, finite_endings):
        build()
