"""The numbers grammar over a sentence's words: finds quantity spans and interprets them.

A match is: [approximator before] NUMBER [– NUMBER] [%|пайыз | currency | measure unit | есе |
бөлігі] [approximator after ...]. Numbers that belong to the dates stage (followed by a time noun
or a month) or are not quantities (inside short «titles», after №, capitalised numeral words
inside a sentence, versions after a Latin word, phone numbers, clock times) are consumed and
skipped so that their parts are not read again.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Callable, Sequence

import regex

from presskz import morph
from presskz import quantity_lexicon as lex
from presskz.numerals import NumberMatch, could_start_number, grammar_words, read_number
from presskz.numeral_lexicon import ABLATIVE_ENDINGS, analyze_word, may_hold_numeral
from presskz.quantity_words import Word, chunk_pieces

DASHES = {"-", "–", "—", "‑"}
DATIVE_ENDINGS = ("а", "е", "ға", "ге", "қа", "ке", "на", "не")
TIME_RE = regex.compile(r"\d{1,2}[:.]\d{2}(?:[-‑]?\p{L}+)?$")
PHONE_RE = regex.compile(r"^\+?\d*\(?\d+\)?(?:[-‑]\d+){2,}$")
TEMPORAL_DERIVATIONS = ("дық", "дік", "лық", "лік", "тық", "тік", "дығ", "діг", "лығ", "ліг", "тығ",
                        "тіг", "ғы", "гі", "қы", "кі")
PUNCT_CONJUNCTIONS = {",", "-", "–", "—"}
LATIN_RE = regex.compile(r"\p{Latin}")


@dataclass
class Found:
    """A quantity over words[start:end]."""

    start: int
    end: int
    kind: str
    value: float | int | None
    unit: str | None = None
    approx: str | None = None


def _role(word: str) -> str | None:
    """The grammar role of a function word (numeral_grammar_words.tsv), or None."""
    return grammar_words().get(word.lower())


def _texts(words: Sequence[Word]) -> list[str]:
    return [w.text for w in words]


@lru_cache(maxsize=1)
def _temporal_nouns_by_letter() -> dict[str, list[str]]:
    """Temporal stems by first letter: every way is_temporal accepts a stem (the abbreviation
    itself, the stem or a variant of it with a suffix) keeps the stem's first letter."""
    index: dict[str, list[str]] = {}
    for stem in lex.temporal_nouns():
        index.setdefault(stem[:1], []).append(stem)
    return index


@lru_cache(maxsize=65536)  # a handful of word forms recur after numbers
def is_temporal(word: str) -> bool:
    """"жылы", "айдың", "қарашада", "жылдығына": a word the dates stage reads."""
    lower = word.lower()
    for stem in _temporal_nouns_by_letter().get(lower[:1], ()):
        if stem.endswith("."):  # abbreviations ("ж.") match exactly
            if lower == stem:
                return True
            continue
        if lex.word_has_stem(lower, stem):
            return True
        if lower.startswith(stem) and lower[len(stem):].startswith(TEMPORAL_DERIVATIONS):
            return True
    return False


def _before_approx(texts: list[str], i: int) -> tuple[int, str | None]:
    hit = lex.match_phrase(texts, i, lex.approximators("before"), inflected=False)
    if hit is None:
        return i, None
    end, phrase = hit
    return end, phrase.value


def _prefix_currency(texts: list[str], j: int) -> str | None:
    """The ISO code of a currency sign written before the number ("$5"), or None."""
    if j + 1 >= len(texts) or len(texts[j]) != 1 or texts[j].isalnum():
        return None
    hit = lex.match_phrase(texts, j, lex.currencies(), inflected=False)
    return hit[1].value if hit else None


def _read_with_range(texts: list[str], j: int) -> NumberMatch | None:
    def decimal_ok(k: int) -> bool:  # "7 , 5" is a decimal only before a scale/unit/sign word
        return k < len(texts) and _unit_at(texts, k) is not None or (
            k < len(texts) and (w := analyze_word(texts[k])) is not None and w.cls == "scale")
    num = read_number(texts, j, decimal_ok)
    if num is None or num.last.suffix or num.kind != "cardinal":
        return num
    k = num.end
    if k + 1 < len(texts) and (texts[k] in DASHES or _role(texts[k]) == "range_connector"):
        high = read_number(texts, k + 1, decimal_ok)
        if high is None or high.kind != "cardinal" or high.value <= num.value:
            return num
        first_high = analyze_word(texts[k + 1])  # None for a range word such as "төрт-бес"
        if (num.last.cls == "digits") != (first_high is not None and first_high.cls == "digits"):
            return num
        if texts[k] in DASHES or (not high.last.suffix and _unit_at(texts, high.end)):
            low = num.value
            if high.last.cls == "scale" and num.last.cls != "scale" and low * high.last.value <= high.value:
                low *= high.last.value  # "20 – 25 мың": 20 thousand
            return NumberMatch(num.start, high.end, low, high.last, high=high.value)
    return num


@lru_cache(maxsize=65536)
def _may_start_unit(word: str) -> bool:
    """False when _unit_at cannot match at this word (most words after a number)."""
    if any(lex.may_start_phrase(word, phrases)
           for phrases in (lex.percent_words(), lex.currencies(), lex.measure_units())):
        return True
    lower = word.lower()
    return lex.word_has_stem(lower, "есе") or lex.base_form(lower, lex.part_nouns()) is not None


def _unit_at(texts: list[str], k: int) -> tuple[int, str, str | None] | None:
    """(end, kind, unit) for a percent sign/word, currency, measure unit, есе or a part noun."""
    if k >= len(texts) or not _may_start_unit(texts[k]):
        return None
    for phrases, kind in ((lex.percent_words(), "percent"), (lex.currencies(), "money"),
                          (lex.measure_units(), "quantity")):
        hit = lex.match_phrase(texts, k, phrases)
        if hit is not None and kind == "quantity":
            return _per_unit(texts, hit[0], hit[1].value)
        if hit is not None:
            return hit[0], kind, None if kind == "percent" else hit[1].value
    lower = texts[k].lower()
    if lex.word_has_stem(lower, "есе"):
        return k + 1, "multiplier", None
    if lex.base_form(lower, lex.part_nouns()):
        return k + 1, "fraction", None
    return None


def _per_unit(texts: list[str], k: int, unit: str) -> tuple[int, str, str]:
    """ "5 миллиграмм / литр": a measure per another measure."""
    if k + 1 < len(texts) and texts[k] == "/":
        hit = lex.match_phrase(texts, k + 1, lex.measure_units())
        if hit is not None:
            return hit[0], "quantity", f"{unit}/{hit[1].value}"
    return k, "quantity", unit


def _after_approx(texts: list[str], k: int, prev: str) -> tuple[int, str | None]:
    approx = None
    while (hit := lex.match_phrase(texts, k, lex.approximators("after"), inflected=False)):
        end, phrase = hit
        ending = prev.lower()
        if phrase.needs == "abl" and not ending.endswith(ABLATIVE_ENDINGS):
            break
        if phrase.needs == "dat" and not ending.endswith(DATIVE_ENDINGS):
            break
        approx = approx or phrase.value
        k, prev = end, texts[end - 1]
    return k, approx


def _coordinated_with_temporal(texts: list[str], k: int) -> bool:
    """ "5 және 6 қараша", "2015, 2016 жылдары": the first number of a coordinated date."""
    if k + 1 >= len(texts) or not (texts[k] in PUNCT_CONJUNCTIONS
                                   or _role(texts[k]) in ("conjunction", "range_connector")):
        return False
    other = read_number(texts, k + 1)
    return other is not None and other.end < len(texts) and is_temporal(texts[other.end])


@lru_cache(maxsize=1)
def _number_sign_forms() -> frozenset[str]:
    return frozenset(" ".join(p.words) for p in lex.number_signs())


def _is_article(texts: list[str], num: NumberMatch, first: int) -> bool:
    """ "белгілі бір", "бір кездері": "бір" as the indefinite article, not the number one."""
    if num.end - num.start != 1 or _role(texts[num.start]) != "article" or first != num.start:
        return False
    for phrase in lex.article_contexts("before"):
        n = len(phrase.words)
        if first >= n and [w.lower() for w in texts[first - n:first]] == list(phrase.words):
            return True
    return lex.match_phrase(texts, num.end, lex.article_contexts("after"), inflected=False) is not None


def _not_a_quantity(texts: list[str], num: NumberMatch, first: int,
                    offset_of: Callable[[int], int], titles: list[tuple[int, int]]) -> bool:
    """True for numbers that are dates/times, names, document or phone numbers."""
    head, prev = texts[num.start], texts[first - 1] if first > 0 else ""
    if num.end < len(texts) and is_temporal(texts[num.end]) and not _unit_at(texts, num.end):
        return True
    if num.last.cls == "digits" and num.last.suffix and is_temporal(num.last.suffix):
        return True  # "20-жастағы", "60-жылдары" written as one word
    if num.kind == "ordinal" and num.end < len(texts) and lex.base_form(texts[num.end], lex.name_heads()):
        return True
    if _coordinated_with_temporal(texts, num.end):  # "5 және 6 қараша"
        return True
    if prev.lower() in lex.time_markers() or TIME_RE.match(head):
        return True
    if _is_article(texts, num, first):
        return True
    if prev.lower() in _number_sign_forms() or PHONE_RE.match(head):
        return True
    latin = texts[first - 2] if prev in DASHES and first > 1 else prev  # "COVID – 19"
    if latin and LATIN_RE.match(latin) and latin[:1].isupper():  # Smart Almaty 2.0
        return True
    if first > 0 and head[:1].isupper() and not head[:1].isdigit():  # «Бес институционалды...»
        return True
    if not titles:
        return False
    start = offset_of(first)
    return any(a <= start < b for a, b in titles)


def match_at(words: Sequence[Word], texts: list[str], i: int,
             titles: list[tuple[int, int]]) -> tuple[int, Found | None]:
    """Try a quantity starting at words[i] (texts = the words' strings): (next index, quantity)."""
    return _match_at(texts, i, lambda k: words[k].start, titles)


def _match_at(texts: list[str], i: int, offset_of: Callable[[int], int],
              titles: list[tuple[int, int]]) -> tuple[int, Found | None]:
    """match_at over word texts; offset_of(k) is where word k starts in the text."""
    if is_lead_word(texts[i]):
        j, approx = _before_approx(texts, i)
        sign = lex.numeric_signs().get(texts[j].lower()) if j < len(texts) else None
        prefix_currency = _prefix_currency(texts, j)  # "$5 млн", "€200"
    else:  # no approximator, sign or currency can start here: the number must
        j, approx, sign, prefix_currency = i, None, None, None
    num = _read_with_range(texts, j + 1 if sign or prefix_currency else j)
    if num is None:
        return i + 1, None
    if _not_a_quantity(texts, num, i, offset_of, titles):
        # the time noun after a skipped number goes with it ("екінші тоқсанында" is not 90)
        temporal_next = num.end < len(texts) and is_temporal(texts[num.end])
        return num.end + (1 if temporal_next else 0), None
    k, found = _interpret(texts, i, num, approx)
    if found.kind == "quantity" and i > 0 and texts[i - 1].lower() in lex.rate_words():
        found.start = i - 1  # "сағатына 60 шақырым": a speed
    if prefix_currency and found.kind in ("cardinal", "money"):
        found.kind, found.unit = "money", found.unit or prefix_currency
    if sign is not None and found.value is not None:
        found.value *= sign
    if found.approx == "several":  # "бірнеше мың": several thousand, no value
        found.value, found.approx = None, "about"
    if found.approx == "exact":  # "тең жартысы": exactly half
        found.approx = None
    return k, found


def _interpret(texts: list[str], i: int, num: NumberMatch, approx: str | None) -> tuple[int, Found]:
    kind = num.kind
    if kind == "cardinal" and isinstance(num.value, float) and num.value < 1 and num.end == num.start + 1:
        kind = "fraction"  # жартысы, ширегі
    value, unit, k = num.value, None, num.end
    open_word = not num.last.suffix or num.last.approx_only  # "миллиондай теңге"
    got = _unit_at(texts, k) if open_word and kind != "ordinal" else None
    if got is not None:
        k, unit_kind, unit = got
        if unit_kind == "fraction":
            value = value if kind == "fraction" else (1 / value if value > 1 else value)
            unit = None
        kind = unit_kind if kind != "fraction" else kind
        if kind == "multiplier" and k < len(texts) and texts[k].lower() in lex.comparatives():
            k += 1  # "2 есе төмен" (KazNERD keeps it; the seed keeps "40%-ға" without "көп")
    k, after = _after_approx(texts, k, texts[k - 1])
    approx = approx or num.approx or after
    if kind == "cardinal" and k < len(texts):
        if not num.last.suffix and texts[k].lower() in lex.comparatives():
            kind = "multiplier"
        else:
            unit = counted_noun(texts[k])
    return k, Found(i, k, kind, _round(value), unit, approx)


@lru_cache(maxsize=65536)
def counted_noun(word: str) -> str | None:
    """The base form of a capacity-like counted noun ("орынды" -> "орын"), else None.

    Uses the shared morphology (presskz.morph) and, for stems it leaves alone, the numeral
    suffix chains."""
    lower, nouns = word.lower(), lex.counted_nouns()
    fallback = lex.base_form(word, nouns)
    # morph.base_form only strips endings, so its result is a counted noun only if the word
    # starts with one: the (costly) morphology, whose lexicon alone takes ~0.1 s to load, is
    # skipped for every other word, and when it could not change the answer
    prefixes = [noun for noun in nouns if lower.startswith(noun)]
    if not prefixes or prefixes == [fallback] or not _morph_may_strip_to(lower, prefixes):
        return fallback
    if (base := morph.base_form(lower)) in nouns:
        return base
    return fallback


def _morph_may_strip_to(lower: str, prefixes: list[str]) -> bool:
    """False when morph.base_form(lower) cannot be any of `prefixes`: it cuts a hyphenated tail
    or one suffix of each of its layers (case, then possessive, then plural) from the end, so
    the rest of the word after the prefix must be such a chain (or a hyphenated tail)."""
    if "-" in lower or "‑" in lower or "–" in lower:
        return True
    return any(_is_morph_chain(lower[len(prefix):]) for prefix in prefixes)


@lru_cache(maxsize=1)
def _morph_suffix_texts() -> tuple[tuple[str, ...], ...]:
    """The suffix texts of each of morph's layers, in the order base_form strips them."""
    return tuple(tuple({s.text for s in morph.suffixes() if s.layer == layer})
                 for layer in morph.LAYERS_OF_WORD)


@lru_cache(maxsize=4096)
def _is_morph_chain(tail: str) -> bool:
    """True if `tail` is "" or (read from its end) at most one suffix of each morph layer."""
    heads = {tail}
    for texts in _morph_suffix_texts():
        heads |= {head[:-len(t)] for head in heads for t in texts if t and head.endswith(t)}
    return "" in heads


def _round(value: float | int | None) -> float | int | None:
    if isinstance(value, float):
        value = round(value, 9)
        return int(value) if value.is_integer() else value
    return value


@lru_cache(maxsize=65536)
def chunk_could_start_number(raw: str) -> bool:
    """True if a word of this whitespace chunk (quantity_words.chunk_pieces) could start a number."""
    if raw.isalpha():  # the common plain word: its own only piece (nothing to peel or cut)
        return may_hold_numeral(raw) and could_start_number(raw)
    return may_hold_numeral(raw) and any(could_start_number(piece) for _, _, piece in chunk_pieces(raw))


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """Words that may open a match before its number: the first words of the approximators
    before a number ("шамамен", "ең кемі"), sign words ("минус") and currency signs ("$"),
    lower case without a final period (match_phrase ignores one)."""
    phrases = [*lex.approximators("before"), *lex.currencies()]
    return frozenset([p.words[0].rstrip(".") for p in phrases]
                     + [w.rstrip(".") for w in lex.numeric_signs()])


@lru_cache(maxsize=65536)
def is_lead_word(word: str) -> bool:
    """True for a word of _lead_words(), in any case, with or without a final period."""
    return word.lower().rstrip(".") in _lead_words()


@lru_cache(maxsize=65536)
def could_open_match(word: str) -> bool:
    """True if a match may start at this word: a possible number or a lead word."""
    return could_start_number(word) or is_lead_word(word)


@lru_cache(maxsize=1)
def _match_reach() -> int:
    """How many words after a match's first word its number may start: an approximator phrase
    before it ("ең аз дегенде"), then a sign or currency word ("минус", "$")."""
    return max((len(p.words) for p in lex.approximators("before")), default=0) + 1


def find_quantities(words: Sequence[Word], titles: list[tuple[int, int]] = ()) -> list[Found]:
    """All quantities in one sentence's words, left to right, not overlapping."""
    return find_quantities_in(_texts(words), lambda k: words[k].start, titles)


def find_quantities_in(texts: list[str], offset_of: Callable[[int], int],
                       titles: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """find_quantities over a sentence's word texts; offset_of(k) is where word k starts in the text."""
    out, titles = [], list(titles)
    # a match opens at a possible number or at a lead word (approximator, sign, currency) with
    # a possible number at most _match_reach() words on; no other word can start one
    numbers = list(compress(range(len(texts)), map(could_start_number, texts)))
    if not numbers:
        return out
    reach, last_number = _match_reach(), numbers[-1]
    openings = compress(range(last_number + 1), map(could_open_match, texts[:last_number + 1]))
    i, n = 0, 0  # i: the first word not yet consumed; numbers[n]: the next number at or after it
    for k in openings:
        if k < i:
            continue  # inside the previous match
        while numbers[n] < k:
            n += 1
        if numbers[n] - k > reach:
            continue  # a lead word too far from the next number
        i_next, found = _match_at(texts, k, offset_of, titles)
        if found is not None:
            out.append(found)
        i = max(i_next, k + 1)
    return out
