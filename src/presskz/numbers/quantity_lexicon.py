"""Word lists the numbers stage matches around a number: currencies, measure units, approximators,
counted nouns, temporal nouns and months; plus `match_phrase`, which matches a (multi-word) entry
whose last word may carry any case suffix ("теңгеден", "шаршы метрге", "АҚШ долларына").

All lists are data files in src/presskz/data, loaded once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from collections.abc import Sequence

from presskz.kk.data import read_tsv
from presskz.kk.morphology import VOWELS
from presskz.numbers.numeral_lexicon import is_suffix_chain, stem_variants


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # lower case
    value: str  # ISO code, unit name, approx tag, ...
    needs: str = "-"  # case the number before it must carry: abl | dat | -


@lru_cache(maxsize=65536)
def word_has_stem(word: str, stem: str) -> bool:
    """True if `word` (lower case) is `stem` plus a known suffix chain (or nothing)."""
    if stem and word[:1] != stem[:1]:
        return False  # every variant of a stem keeps its first letter
    for variant in stem_variants(stem):
        if not word.startswith(variant):
            continue
        rest = word[len(variant):]
        if is_suffix_chain(rest) and (variant == stem or rest[:1] in VOWELS):
            return True
    return False


def base_form(word: str, stems: Sequence[str]) -> str | None:
    """The first of `stems` that `word` inflects ("орынды" -> "орын"), or None."""
    lower = word.lower()
    for stem in stems:
        if word_has_stem(lower, stem):
            return stem
    return None


def match_phrase(words: Sequence[str], i: int, phrases: Sequence[Phrase],
                 inflected: bool = True) -> tuple[int, Phrase] | None:
    """The longest phrase starting at words[i]: (end index, phrase); the last word may inflect."""
    if i >= len(words) or not words[i]:
        return None
    index = _phrase_index(phrases)
    for phrase in index.multi_word.get(words[i].lower(), ()):  # longest first
        n = len(phrase.words)
        if i + n > len(words):
            continue
        got = [w.lower() for w in words[i + 1:i + n]]
        if got[:-1] != list(phrase.words[1:-1]):
            continue
        if _last_word_matches(got[-1], phrase.words[-1], inflected):
            return i + n, phrase
    single = index.single_word(words[i], inflected)
    return (i + 1, single) if single is not None else None


def may_start_phrase(word: str, phrases: Sequence[Phrase]) -> bool:
    """False when no phrase of `phrases` can start at `word` (match_phrase would find none)."""
    if not word:
        return False
    index = _phrase_index(phrases)
    return word.lower() in index.multi_word or index.single_word(word, True) is not None


def _last_word_matches(last: str, want: str, inflected: bool) -> bool:
    """The phrase's last word `want` as written, without its period, or (inflected) with a suffix."""
    return last == want or last.rstrip(".") == want.rstrip(".") or (
        inflected and not want[-1:].isdigit() and _inflects(last, want))


class _PhraseIndex:
    """One phrase list indexed for match_phrase: multi-word phrases by their (exact) first word,
    single-word phrases by first letter, with the answer for each word cached, since
    the same few word forms are looked up again and again."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        self.phrases = phrases  # kept so that the id() key below cannot be reused
        self.multi_word: dict[str, list[Phrase]] = {}
        self.by_letter: dict[str, list[Phrase]] = {}
        for phrase in phrases:  # already longest first
            if len(phrase.words) > 1:
                self.multi_word.setdefault(phrase.words[0], []).append(phrase)
            else:
                self.by_letter.setdefault(phrase.words[0][:1], []).append(phrase)
        self._single: dict[tuple[str, bool], Phrase | None] = {}

    def single_word(self, word: str, inflected: bool) -> Phrase | None:
        """The first single-word phrase `word` spells (or inflects), or None."""
        key = (word, inflected)
        if key not in self._single:
            if len(self._single) >= 65536:  # bounded like the module's lru_caches
                self._single.clear()
            last = word.lower()
            self._single[key] = next(
                (p for p in self.by_letter.get(word[0].lower(), ())
                 if _last_word_matches(last, p.words[0], inflected)), None)
        return self._single[key]


_PHRASE_INDEX: dict[int, _PhraseIndex] = {}


def _phrase_index(phrases: Sequence[Phrase]) -> _PhraseIndex:
    """The index of a phrase list, built once: the lists come from lru_caches, so their
    identity keys it."""
    index = _PHRASE_INDEX.get(id(phrases))
    if index is None or index.phrases is not phrases:
        index = _PHRASE_INDEX[id(phrases)] = _PhraseIndex(phrases)
    return index


@lru_cache(maxsize=65536)
def _inflects(word: str, stem: str) -> bool:
    if word.startswith(stem + "-"):  # "%-ға", "₸-ге", "%-тік"
        return unit_suffix_ok(word[len(stem) + 1:])
    if len(stem) <= 2 or not word.startswith(stem):
        return len(stem) > 2 and word_has_stem(word, stem)
    return unit_suffix_ok(word[len(stem):]) or word_has_stem(word, stem)


@lru_cache(maxsize=4096)
def unit_suffix_ok(rest: str) -> bool:
    """A suffix chain after a unit or currency, adjective-forming -лық/-тік included ("теңгелік")."""
    if is_suffix_chain(rest):
        return True
    return any(rest.startswith(d) and is_suffix_chain(rest[len(d):]) for d in derivations())


@cache
def derivations() -> tuple[str, ...]:
    rows = [r for r in read_tsv("numeral_suffixes.tsv") if r["slot"] == "derivation"]
    return tuple(sorted((v for r in rows for v in r["variants"].split()), key=len, reverse=True))


def _phrases(name: str, key: str, value: str, needs: str | None = None,
             where: tuple[str, str] | None = None) -> list[Phrase]:
    out = []
    for row in read_tsv(name):
        if where and row[where[0]] != where[1]:
            continue
        out.append(Phrase(tuple(row[key].lower().split()), row[value], row[needs] if needs else "-"))
    return sorted(out, key=lambda p: -len(p.words))


@cache
def currencies() -> list[Phrase]:
    return _phrases("currencies.tsv", "form", "iso")


@cache
def measure_units() -> list[Phrase]:
    return _phrases("measure_units.tsv", "form", "unit")


@cache
def percent_words() -> list[Phrase]:
    return _phrases("percent_words.tsv", "form", "form")


@lru_cache(maxsize=2)
def approximators(position: str) -> list[Phrase]:
    return _phrases("approximators.tsv", "phrase", "approx", "needs", ("position", position))


@cache
def part_nouns() -> tuple[str, ...]:
    return tuple(r["stem"] for r in read_tsv("fraction_words.tsv") if r["role"] == "part")


@cache
def counted_nouns() -> tuple[str, ...]:
    return tuple(r["noun"] for r in read_tsv("counted_nouns.tsv"))


@cache
def temporal_nouns() -> tuple[str, ...]:
    """Time nouns (жыл, ай, ...) and the month names of the dates stage's months.tsv."""
    stems = [r["stem"] for r in read_tsv("temporal_nouns.tsv")]
    stems += [r["name"] for r in read_tsv("months.tsv") if r["name"]]
    return tuple(stems)


@cache
def number_signs() -> list[Phrase]:
    """№, N, нөмірі: the number after them is an identifier, not a quantity."""
    return _phrases("number_signs.tsv", "form", "form")


@cache
def comparatives() -> frozenset[str]:
    """көп, аз, төмен, ...: after "есе" or a percent they belong to the span ("2 есе төмен")."""
    return frozenset(r["word"] for r in read_tsv("comparatives.tsv"))


@cache
def numeric_signs() -> dict[str, int]:
    """минус / плюс before a number: its sign."""
    return {r["word"]: int(r["sign"]) for r in read_tsv("numeric_signs.tsv")}


@cache
def name_heads() -> tuple[str, ...]:
    """Nouns that make an ordinal before them part of a name or date ("бірінші орынбасары")."""
    return tuple(r["stem"] for r in read_tsv("name_heads.tsv"))


@lru_cache(maxsize=2)  # one list per side
def article_contexts(side: str) -> list[Phrase]:
    """Words around "бір" that make it the indefinite article ("белгілі бір", "бір кездері")."""
    return _phrases("article_contexts.tsv", "phrase", "side", where=("side", side))


@cache
def time_markers() -> frozenset[str]:
    """Words before a number that make it a clock time (сағат, таңғы, кешкі)."""
    return frozenset(r["word"] for r in read_tsv("time_markers.tsv"))


@cache
def rate_words() -> frozenset[str]:
    """сағатына, секундына: 'per hour' before a measure, part of the quantity span."""
    return frozenset(r["word"] for r in read_tsv("rate_words.tsv"))


def load() -> None:
    """Read every list above and index the phrase lists now rather than on first use."""
    for phrases in (currencies(), measure_units(), percent_words(), approximators("before"),
                    approximators("after"), number_signs(), article_contexts("before"),
                    article_contexts("after")):
        _phrase_index(phrases)
    part_nouns(), counted_nouns(), temporal_nouns(), comparatives(), numeric_signs()
    name_heads(), time_markers(), rate_words(), derivations()
    is_suffix_chain("ның")
