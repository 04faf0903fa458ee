"""The Kazakh numeral lexicon: analyses one word ("мыңнан", "бесінші", "40-ға", "1,8") into a NumWord.

Language data lives in src/presskz/data (numerals.tsv, numeral_collectives.tsv,
fraction_words.tsv, numeral_suffixes.tsv, numeral_stopwords.txt); this module only loads it (once)
and applies it.
A numeral stem is accepted with any suffix chain built from the slots of numeral_suffixes.tsv
(approx, plural, possessive, case, each optional, in that order), which covers every case form
under both vowel-harmony series without listing them word by word.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from presskz.kk.data import read_list, read_tsv
from presskz.kk.morphology import HIGH_VOWELS, VOWELS, endings, voiced_stem


# digits with optional spaced/thin-space thousands (only inside one word here), decimal part,
# and an optional hyphenated or attached suffix ("40-ға", "35-ші", "300-дей", "5-інші")
DIGIT_WORD_RE = regex.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)(?:[-‑–]?(?P<suffix>\p{Cyrillic}+))?$")
ORDINAL_SUFFIX_RE = regex.compile(r"^(?:ы|і)?н?(?:шы|ші)")
ABLATIVE_ENDINGS = endings("ablative")
SPACES_RE = regex.compile(r"[\s\u00a0\u202f]")
# Python refuses to convert longer digit strings to int and back (sys.get_int_max_str_digits):
# such a "number" is no value, and a value past it could not be written to JSON and read back
MAX_DIGITS = 4300
GROUPED_THOUSANDS_RE = regex.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")  # fullmatch: 1.200.000
SEPARATORS_RE = regex.compile(r"[.,]")
# punctuation around a word, none of it a letter or digit (may_hold_numeral strips it)
EDGE_PUNCTUATION = "«»\"“”„'()[]{}.,;:!?…-–—"
SUFFIX_SLOTS = ("approx", "plural", "possessive", "case")


@dataclass(frozen=True)
class NumWord:
    """One numeral word: its value, its class in the number grammar and what its suffix tells."""

    value: float | int
    cls: str  # digits | unit | ten | hundred | scale
    ordinal: bool = False
    suffix: str = ""

    @property
    def approx(self) -> str | None:
        """"300-дей", "мыңдай" (about 300 / about a thousand)."""
        return "about" if self.suffix.startswith(approx_suffixes()) else None

    @property
    def approx_only(self) -> bool:
        """The suffix only says 'about' ("миллиондай", "1000-даған"): a unit may still follow."""
        return self.suffix in approx_suffixes()

    @property
    def ablative(self) -> bool:
        """"бестен", "мыңнан", "40-тан": the form of a fraction's denominator and of 'X-нан астам'."""
        return self.suffix.endswith(ABLATIVE_ENDINGS)


@cache
def approx_suffixes() -> tuple[str, ...]:
    """Suffixes meaning 'about' on a numeral: -дай/-дей ("300-дей"), -даған ("мыңдаған")."""
    rows = [r for r in read_tsv("numeral_suffixes.tsv") if r["slot"] == "approx"]
    return tuple(v for r in rows for v in r["variants"].split())


@cache
def suffix_chains() -> frozenset[str]:
    """Every suffix chain a numeral (or a counted noun) may carry, "" included."""
    slots = {row["slot"]: [""] + row["variants"].split() for row in read_tsv("numeral_suffixes.tsv")}
    chains = itertools.product(*(slots.get(name, [""]) for name in SUFFIX_SLOTS))
    return frozenset("".join(parts) for parts in chains)


@cache
def _suffix_slot_variants() -> tuple[tuple[frozenset[str], tuple[int, ...]], ...]:
    """(variants, their lengths) of each slot of SUFFIX_SLOTS, in order."""
    slots = {row["slot"]: row["variants"].split() for row in read_tsv("numeral_suffixes.tsv")}
    variants = [frozenset(slots.get(name, ())) for name in SUFFIX_SLOTS]
    return tuple((v, tuple(sorted({len(x) for x in v}))) for v in variants)


@lru_cache(maxsize=65536)
def is_suffix_chain(rest: str) -> bool:
    """`rest in suffix_chains()`, decided by reading the slots in order instead of building
    the ~58,000 chains (the set costs more to build than all the words of a corpus to check)."""
    return _chain_from(rest, 0)


def _chain_from(rest: str, slot: int) -> bool:
    """True if `rest` is a variant (or nothing) of each slot from `slot` on, in order."""
    if not rest:
        return True
    slots = _suffix_slot_variants()
    if slot == len(slots):
        return False
    variants, lengths = slots[slot]
    return _chain_from(rest, slot + 1) or any(
        rest[:n] in variants and _chain_from(rest[n:], slot + 1) for n in lengths)


@cache
def stems() -> dict[str, NumWord]:
    """Lower-case stem -> NumWord (cardinal stems, ordinal stems and collectives)."""
    out: dict[str, NumWord] = {}
    for row in read_tsv("numerals.tsv"):
        value = int(row["value"])
        out[row["form"]] = NumWord(value, row["class"])
        if row["ordinal"] != "-":
            out[row["ordinal"]] = NumWord(value, row["class"], ordinal=True)
    for row in read_tsv("numeral_collectives.tsv"):
        value = int(row["value"])
        out[row["form"]] = NumWord(value, "ten" if value >= 10 else "unit")
    for row in read_tsv("fraction_words.tsv"):  # "жарты миллион", "тең жартысы", "ширегі"
        if row["role"] == "fraction":
            out[row["stem"]] = NumWord(float(row["value"]), "unit")
    return out


@cache
def stopwords() -> frozenset[str]:
    return frozenset(read_list("numeral_stopwords.txt"))


@cache
def _stem_index() -> dict[str, list[tuple[str, str]]]:
    """First letter -> [(variant, stem)], longest stems first, for a quick candidate lookup."""
    index: dict[str, list[tuple[str, str]]] = {}
    for stem in sorted(stems(), key=len, reverse=True):
        for variant in stem_variants(stem):
            index.setdefault(stem[:1], []).append((variant, stem))
    return index


@cache
def _numeral_start_re() -> regex.Pattern:
    """A digit, or a numeral stem (any variant) at the start of a word, in lower-case text."""
    variants = {variant for pairs in _stem_index().values() for variant, _ in pairs}
    alternatives = "|".join(regex.escape(v) for v in sorted(variants, key=len, reverse=True))
    return regex.compile(rf"\d|(?<!\w)(?:{alternatives})")


@cache
def _stem_variants_by_letter() -> dict[str, tuple[str, ...]]:
    """First letter -> every stem variant starting with it, for str.startswith."""
    index: dict[str, list[str]] = {}
    for pairs in _stem_index().values():
        for variant, _ in pairs:
            index.setdefault(variant[:1], []).append(variant)
    return {letter: tuple(variants) for letter, variants in index.items()}


def may_hold_numeral(text: str) -> bool:
    """False when no word of `text` can be a numeral for analyze_word (no digit, no numeral stem
    starting a word): a quick test before splitting text into words."""
    lower = text.lower()
    if not text.isalpha():
        # the next most common: a plain word between punctuation marks ("сөз,", "«Сөз»"); no
        # stem can start at a mark or after a letter, so only the word's start is to check
        core = lower.strip(EDGE_PUNCTUATION)
        if not core.isalpha():  # digits, inner marks, or nothing but marks: scan it all
            return _numeral_start_re().search(lower) is not None
        lower = core
    # a plain word: no digit, and a stem can only start at its start
    return lower.startswith(_stem_variants_by_letter().get(lower[:1], ()))


@lru_cache(maxsize=65536)
def analyze_word(word: str) -> NumWord | None:
    """The numeral a single word spells ("мыңнан", "бірінші", "40-ға", "1,8", "млрд."), or None."""
    digit = analyze_digits(word)
    if digit is not None:
        return digit
    lower = word.lower().rstrip(".")
    if lower in stopwords():
        return None
    for variant, stem in _stem_index().get(lower[:1], ()):
        if not lower.startswith(variant):
            continue
        rest = lower[len(variant):]
        if is_suffix_chain(rest) and (variant == stem or rest[:1] in VOWELS):
            base = stems()[stem]
            return NumWord(base.value, base.cls, base.ordinal, rest)
    return None


def stem_variants(stem: str) -> list[str]:
    """The stem plus its alternants before a vowel-initial suffix: final к/қ/п voiced
    (ширек -> ширегі, бөлік -> бөлігі), a high vowel dropped (орын -> орны, қырық -> қырқы)."""
    out = [stem]
    if len(stem) > 2 and (voiced := voiced_stem(stem)) is not None:
        out.append(voiced)
    if len(stem) > 3 and stem[-2] in HIGH_VOWELS and stem[-1] not in VOWELS:
        out.append(stem[:-2] + stem[-1])
    return out


def analyze_digits(word: str) -> NumWord | None:
    """A number written in digits, with an optional suffix ("35-ші" is ordinal 35)."""
    match = DIGIT_WORD_RE.match(word)
    if not match:
        return None
    value = parse_digits(match["num"])
    if value is None:
        return None
    suffix = (match["suffix"] or "").lower()
    ordinal = bool(ORDINAL_SUFFIX_RE.match(suffix))
    return NumWord(value, "digits", ordinal, suffix)


def parse_digits(text: str) -> int | float | None:
    """ "1 200 000" -> 1200000, "1,8" / "2.5" -> 1.8 / 2.5, "15 000" -> 15000; None for a digit
    string longer than Python converts to an int (MAX_DIGITS)."""
    text = SPACES_RE.sub("", text)
    if len(text) > MAX_DIGITS:
        return None
    if GROUPED_THOUSANDS_RE.fullmatch(text):  # 1.200.000: grouping, not decimals
        return int(SEPARATORS_RE.sub("", text))
    if "," in text or "." in text:
        return float(text.replace(",", "."))
    return int(text)


def storable(value: int | float | None) -> int | float | None:
    """The value, or None when JSON cannot carry it: an int of more than MAX_DIGITS digits
    (groups written apart, "1 000 000 ...", join past the limit) or an infinite float."""
    if isinstance(value, int) and abs(value) >= _TOO_LARGE:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


_TOO_LARGE = 10 ** MAX_DIGITS


def load() -> None:
    """Read the lexicon and build its indexes now rather than on first use."""
    stems(), stopwords(), _stem_index(), _numeral_start_re(), _stem_variants_by_letter()
    approx_suffixes(), _suffix_slot_variants()
