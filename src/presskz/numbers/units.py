"""Reading the words of a quantity around its number: the number itself with a range ("20 – 25
мың"), an approximator before it ("шамамен") or after it ("астам", "жуық"), a currency sign before
it ("$5"), and after it the unit (percent, currency, measure unit, per-unit, есе, a part noun) or
the counted noun of a bare cardinal ("500 орын"). Each reader takes the sentence's word texts and
an index and says how far it read; quantity_rules puts them together into a match.
"""
from __future__ import annotations

from functools import cache, lru_cache

from presskz.kk import morphology as morph
from presskz.numbers import quantity_lexicon as lex
from presskz.numbers.grammar import NumberMatch, grammar_words, read_number
from presskz.numbers.numeral_lexicon import ABLATIVE_ENDINGS, analyze_word
from presskz.core.word_cache import WordCache

DASHES = {"-", "–", "—", "‑"}
DATIVE_ENDINGS = morph.endings("dative")


def role(word: str) -> str | None:
    """The grammar role of a function word (numeral_grammar_words.tsv), or None."""
    return grammar_words().get(word.lower())


def before_approx(texts: list[str], i: int) -> tuple[int, str | None]:
    hit = lex.match_phrase(texts, i, lex.approximators("before"), inflected=False)
    if hit is None:
        return i, None
    end, phrase = hit
    return end, phrase.value


def prefix_currency(texts: list[str], j: int) -> str | None:
    """The ISO code of a currency sign written before the number ("$5"), or None."""
    if j + 1 >= len(texts) or len(texts[j]) != 1 or texts[j].isalnum():
        return None
    hit = lex.match_phrase(texts, j, lex.currencies(), inflected=False)
    return hit[1].value if hit else None


def read_with_range(texts: list[str], j: int) -> NumberMatch | None:
    def decimal_ok(k: int) -> bool:  # "7 , 5" is a decimal only before a scale/unit/sign word
        return k < len(texts) and unit_at(texts, k) is not None or (
            k < len(texts) and (w := analyze_word(texts[k])) is not None and w.cls == "scale")
    num = read_number(texts, j, decimal_ok)
    if num is None or num.last.suffix or num.kind != "cardinal":
        return num
    k = num.end
    if k + 1 < len(texts) and (texts[k] in DASHES or role(texts[k]) == "range_connector"):
        high = read_number(texts, k + 1, decimal_ok)
        if high is None or high.kind != "cardinal" or high.value <= num.value:
            return num
        first_high = analyze_word(texts[k + 1])  # None for a range word such as "төрт-бес"
        if (num.last.cls == "digits") != (first_high is not None and first_high.cls == "digits"):
            return num
        if texts[k] in DASHES or (not high.last.suffix and unit_at(texts, high.end)):
            low = num.value
            if high.last.cls == "scale" and num.last.cls != "scale" and low * high.last.value <= high.value:
                low *= high.last.value  # "20 – 25 мың": 20 thousand
            return NumberMatch(num.start, high.end, low, high.last, high=high.value)
    return num


@lru_cache(maxsize=65536)
def _may_start_unit(word: str) -> bool:
    """False when unit_at cannot match at this word (most words after a number)."""
    if any(lex.may_start_phrase(word, phrases)
           for phrases in (lex.percent_words(), lex.currencies(), lex.measure_units())):
        return True
    lower = word.lower()
    return lex.word_has_stem(lower, "есе") or lex.base_form(lower, lex.part_nouns()) is not None


def unit_at(texts: list[str], k: int) -> tuple[int, str, str | None] | None:
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


def after_approx(texts: list[str], k: int, prev: str) -> tuple[int, str | None]:
    if k >= len(texts) or not _may_start_after_approx(texts[k]):
        return k, None  # the common case: no approximator after the number ("астам", "жуық")
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


def _could_start_after_approx(word: str) -> bool:
    """False when no approximator after a number ("астам", "шамасында") starts at `word`."""
    return lex.may_start_phrase(word, lex.approximators("after"))


_may_start_after_approx = WordCache(_could_start_after_approx).__getitem__


@lru_cache(maxsize=65536)
def counted_noun(word: str) -> str | None:
    """The base form of a capacity-like counted noun ("орынды" -> "орын"), else None.

    Uses the shared morphology (presskz.kk.morphology) and, for stems it leaves alone, the numeral
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


@cache
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


def load() -> None:
    """Load the word lists and the shared morphology (whose lexicon alone takes ~0.1 s) that
    the readers otherwise load on first use."""
    lex.load()
    grammar_words(), _morph_suffix_texts()
    morph.base_form("орындары")
