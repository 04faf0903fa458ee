"""The Kazakh number grammar: `parse_number(text)` and `read_number(words, i)` for the other stages.

Words are analysed by numeral_lexicon; this module combines them: units after tens after hundreds,
scale words (мың, миллион, млрд) in decreasing order ("екі мың он алты" = 2016, "2 млн 300 мың"),
spaced thousands ("1 200 000"), decimals in digits ("1,8") and words ("екі бүтін бес",
"он екі бүтін оннан бес"), "жарым" (and a half), fractions ("бестен бір" = 0.2) and ranges
("5-6", "бес-алты"). A case suffix ends a number ("мыңнан" cannot be followed by another numeral).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from collections.abc import Callable, Sequence

import regex

from presskz.kk.data import read_tsv
from presskz.numbers.numeral_lexicon import NumWord, analyze_word
from presskz.core.word_cache import WordCache

SPACED_GROUP_RE = regex.compile(r"\d{3}(?:[.,]\d+)?(?:[-‑]?\p{Cyrillic}+)?$")
RANGE_DASH_RE = regex.compile(r"(?<=\w)[-‑–—](?=\w)")
POWERS_OF_TEN = {10: 10, 100: 100, 1000: 1000}
SPACED_HEAD_RE = regex.compile(r"\d{1,3}")  # fullmatch: the head of "1 200 000"
SPLIT_DECIMAL_TAIL_RE = regex.compile(r"\d{1,3}(\D|$)")  # the "5" of "7 , 5"
DIGITS_RE = regex.compile(r"\d+")


@cache
def grammar_words() -> dict[str, str]:
    """жарым -> half, бүтін -> point, де/те -> spoken_point (numeral_grammar_words.tsv)."""
    return {r["word"]: r["role"] for r in read_tsv("numeral_grammar_words.tsv")}


class Accumulator:
    """Builds one integer (or decimal times scale) from numeral words, refusing ungrammatical order."""

    def __init__(self) -> None:
        self.total: float = 0
        self.group: float = 0
        self.last: str | None = None
        self.min_scale: float = float("inf")
        self.closed = False  # a word with a suffix, or an ordinal, ends the number

    def accepts(self, word: NumWord) -> bool:
        if self.closed:
            return False
        cls, last, group = word.cls, self.last, self.group
        if cls == "digits":
            return last is None or (last == "scale" and word.value < self.min_scale)
        if cls == "unit":
            return last in (None, "ten", "hundred", "scale") and group % 10 == 0
        if cls == "ten":
            return last in (None, "hundred", "scale") and group % 100 == 0
        if cls == "hundred":
            return last in (None, "unit", "scale") and group < 10
        if cls == "scale":
            return word.value < self.min_scale and last != "scale" or last is None
        return False

    def add(self, word: NumWord) -> None:
        if word.cls == "hundred":
            self.group = (self.group or 1) * 100
        elif word.cls == "scale":
            self.total += (self.group or 1) * word.value
            self.group, self.min_scale = 0, word.value
        else:
            self.group += word.value
        self.last = word.cls
        self.closed = bool(word.suffix) or word.ordinal

    def add_fraction(self, fraction: float) -> None:
        self.group += fraction
        self.last = "unit"

    @property
    def value(self) -> int | float:
        return _clean(self.total + self.group)


@dataclass
class NumberMatch:
    """A number read from words[start:end]: its value, and the last word's analysis."""

    start: int
    end: int
    value: int | float
    last: NumWord
    kind: str = "cardinal"  # cardinal | ordinal | fraction
    high: int | float | None = None  # upper bound of a range

    @property
    def approx(self) -> str | None:
        return self.last.approx


def _clean(value: float | int) -> int | float:
    """Floats that are whole numbers become ints; float noise (1.8 * 10**9) is rounded away."""
    if isinstance(value, int):
        return value
    value = round(value, 9)
    return int(value) if value.is_integer() else value


def _read_decimal(words: Sequence[str], i: int) -> tuple[int, float] | None:
    """After "бүтін": [оннан|жүзден|мыңнан] N -> (end, fractional part)."""
    denominator = None
    first = analyze_word(words[i]) if i < len(words) else None
    if first and first.ablative and first.value in POWERS_OF_TEN and first.cls != "digits":
        denominator, i = first.value, i + 1
    acc = Accumulator()
    j = i
    while j < len(words) and (w := analyze_word(words[j])) and w.cls != "scale" and acc.accepts(w):
        acc.add(w)
        j += 1
    if j == i:
        return None
    numerator = acc.value
    denominator = denominator or 10 ** len(str(int(numerator)))
    return j, numerator / denominator


def _join_spaced_digits(words: Sequence[str], i: int, word: NumWord) -> tuple[int, NumWord]:
    """ "1 200 000" / "15 000-ға" written as separate words: join 3-digit groups after a short head."""
    if word.suffix or not SPACED_HEAD_RE.fullmatch(words[i]):
        return i + 1, word
    j = i + 1
    while j < len(words) and SPACED_GROUP_RE.match(words[j]):
        tail = analyze_word(words[j])
        assert tail is not None, "analyze_digits reads every word SPACED_GROUP_RE matches"
        word = NumWord(word.value * 1000 + tail.value, "digits", tail.ordinal, tail.suffix)
        j += 1
        if tail.suffix or isinstance(tail.value, float):  # "1 449,3": the decimal ends it
            break
    return j, word


def _read_split_decimal(words: Sequence[str], i: int, word: NumWord,
                        decimal_ok: Callable[[int], bool]) -> tuple[int, NumWord]:
    """KazNERD-style "7 , 5": digits, a lone comma, digits -> 7.5 when decimal_ok(index after)."""
    if (word.cls == "digits" and not word.suffix and isinstance(word.value, int)
            and i + 2 < len(words) and words[i + 1] == "," and SPLIT_DECIMAL_TAIL_RE.match(words[i + 2])):
        tail = analyze_word(words[i + 2])
        if tail is not None and decimal_ok(i + 3):
            digits = DIGITS_RE.match(words[i + 2]).group()
            value = word.value + int(digits) / 10 ** len(digits)
            return i + 3, NumWord(value, "digits", tail.ordinal, tail.suffix)
    return i + 1, word


def _read_fraction(words: Sequence[str], i: int) -> NumberMatch | None:
    """ "бестен бір" (1/5), "үштен екі" (2/3): a word-numeral denominator in the ablative first."""
    den = analyze_word(words[i])
    if den is None or not den.ablative or den.ordinal or i + 1 >= len(words):
        return None
    num = analyze_word(words[i + 1])
    if num is None or num.value >= den.value or num.ordinal or num.cls in ("hundred", "scale"):
        return None
    if den.cls == "digits" and not (num.cls == "digits" and num.suffix[:1] in ("і", "ы", "с")):
        return None  # "5-тен 10-ға" is a range; "4-тен 1-і" (one in four) a fraction
    return NumberMatch(i, i + 2, _clean(num.value / den.value), num, kind="fraction")


def _read_range_word(word_text: str, i: int) -> NumberMatch | None:
    """One word holding a range: "5-6", "10–15", "бес-алты", "екі-үш"."""
    if not RANGE_DASH_RE.search(word_text):
        return None
    parts = RANGE_DASH_RE.split(word_text, maxsplit=1)
    if len(parts) != 2:
        return None
    low, high = analyze_word(parts[0]), analyze_word(parts[1])
    if low is None or high is None or low.suffix or low.ordinal or high.ordinal:
        return None
    if high.value <= low.value or (low.cls == "digits") != (high.cls == "digits"):
        return None
    return NumberMatch(i, i + 1, low.value, high, high=high.value)


def _scale_range(words: Sequence[str], match: NumberMatch | None) -> NumberMatch | None:
    """ "екі-үш мың": a range word followed by a scale word scales both bounds."""
    if match is None or match.high is None or match.last.suffix or match.end >= len(words):
        return match
    scale = analyze_word(words[match.end])
    if scale is None or scale.cls != "scale" or scale.ordinal:
        return match
    return NumberMatch(match.start, match.end + 1, match.value * scale.value, scale,
                       high=match.high * scale.value)


@lru_cache(maxsize=65536)
def could_start_number(word: str) -> bool:
    """True if read_number can read a number starting at this word: a numeral (which a fraction
    also starts with) or a range word ("5-6")."""
    return analyze_word(word) is not None or _read_range_word(word, 0) is not None


def _any_decimal(_: int) -> bool:
    return True


def read_number(words: Sequence[str], i: int,
                decimal_ok: Callable[[int], bool] = _any_decimal) -> NumberMatch | None:
    """The longest number starting at words[i], or None.

    `decimal_ok(j)` decides whether a split decimal "7 , 5" may be joined when the word after it
    is words[j] (the stage only joins it before a scale, unit, currency or percent word)."""
    if i >= len(words):
        return None
    if i + 1 == len(words) or _ends_number(words[i + 1]):
        # the common number of one word: nothing after it can join it, so the reading is
        # that of the word alone, worked out once per word form
        alone = _number_alone(words[i])
        if alone is None:
            return None
        return NumberMatch(i, i + 1, alone.value, alone.last, alone.kind, alone.high)
    return _read_number_from(words, i, decimal_ok)


def _read_number_from(words: Sequence[str], i: int, decimal_ok: Callable[[int], bool]
                      ) -> NumberMatch | None:
    """read_number without its shortcut for a number of one word."""
    fraction = _read_fraction(words, i)
    if fraction is not None:
        return fraction
    word = analyze_word(words[i])
    if word is None:
        return _scale_range(words, _read_range_word(words[i], i))
    acc, j, last = Accumulator(), i, word
    while j < len(words):
        word = analyze_word(words[j]) if j > i else word
        if word is None or not acc.accepts(word):
            break
        if word.cls == "digits":
            j, word = _join_spaced_digits(words, j, word)
            j, word = _read_split_decimal(words, j - 1, word, decimal_ok) if j == i + 1 else (j, word)
        else:
            j += 1
        acc.add(word)
        last = word
        j, last = _read_point_or_half(words, j, acc, last, decimal_ok)
    kind = "ordinal" if last.ordinal else "cardinal"
    return NumberMatch(i, j, acc.value, last, kind=kind)


def _cannot_continue_number(word: str) -> bool:
    """True if read_number reads no further when `word` follows its first word: not a numeral
    (so no scale, spaced thousands, fraction or next numeral), not the "," of a split decimal
    "7 , 5", not жарым / бүтін / де. (Ranges after a dash are read_with_range's.)"""
    return analyze_word(word) is None and word != "," and word.lower() not in grammar_words()


# read_number's two per-word questions, memoised: asked at every possible number
_ends_number = WordCache(_cannot_continue_number).__getitem__
_number_alone = WordCache(lambda word: _read_number_from((word,), 0, _any_decimal)).__getitem__


def _read_point_or_half(words: Sequence[str], j: int, acc: Accumulator, last: NumWord,
                        decimal_ok: Callable[[int], bool]) -> tuple[int, NumWord]:
    """ "екі бүтін бес" (2.5), "екі жарым" (2.5): extend the group in place.

    Returns the new end and the last numeral word read."""
    if last.suffix or last.ordinal or j >= len(words) or acc.last == "scale":
        return j, last
    role = grammar_words().get(words[j].lower())
    if role == "half":
        acc.add_fraction(0.5)
        return j + 1, last
    if role in ("point", "spoken_point"):
        decimal = _read_decimal(words, j + 1)
        if decimal is not None and (role == "point" or decimal_ok(decimal[0])):
            end, part = decimal
            acc.add_fraction(part)
            last_read = analyze_word(words[end - 1])
            assert last_read is not None, "_read_decimal ends after a word it read as a numeral"
            last = last_read
            acc.closed = bool(last.suffix)
            return end, last
    return j, last


def split_words(text: str) -> list[str]:
    """Whitespace words of a number expression (no-break spaces count as spaces). A trailing
    period stays on its word: the word reader takes "мың." and "млрд." with their dot."""
    return text.replace("\u00a0", " ").split()


def parse_number(text: str) -> int | float | None:
    """The value of a number written in digits and/or Kazakh words, or None if `text` is not one.

    >>> parse_number("екі мың он алты"), parse_number("1,8 млрд."), parse_number("бестен бір")
    (2016, 1800000000, 0.2)
    """
    words = split_words(text)
    if not words:
        return None
    match = read_number(words, 0)
    if match is None or match.end != len(words):
        return None
    return match.value
