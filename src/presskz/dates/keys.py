"""Which date rules can match in a sentence: a rule runs only where all its key words occur.

Running the 27 rules of date_rules.py over every sentence costs seconds per megabyte, and most
sentences hold no month, no "жыл", no unit word: no match for most rules. Every match of a rule
contains a word of each of its key families (dates.rules.Rule.keys) at the start of a word, so
one look at the sentence's words tells which rules need to run at all. The words of a whole
release are looked at in one pass (DocumentKeys), then handed out sentence by sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import reduce, cache
from itertools import accumulate, compress, islice
from operator import or_

import regex

from presskz.dates import lexicon as lx
from presskz.dates.rules import RULE_NAMES, RULES
from presskz.core.word_cache import WordCache

# Words split as by Python's \w. A word of plain letters and digits (Latin, Cyrillic: word
# characters for both `re` and `regex`, whose lower case agrees with the rules' IGNORECASE) is
# judged by its lower-case form; any other word could be anything to a case-insensitive rule
# (a rare variant of a letter, a digit of another script) and counts as every key word.
WORD_SPLIT_RE = re.compile(r"(\w+)")  # the words, with the gaps between them kept
WORD_CROSSING_RE = re.compile(r"\w\w")  # at a sentence bound: a word runs across it
PLAIN_WORD_RE = re.compile(r"[0-9A-Za-z_\u0400-\u0481\u048A-\u04FF]+")
ALL_KEYS = -1
# the texts the rules need (Rule.needs), by rule name, compiled with the same engine as the rules
NEEDED_TEXT = {name: regex.compile(rule.needs) for name, rule in RULES.items() if rule.needs}


def _first_words(phrases) -> set[str]:
    """The first word of each phrase (up to a space or hyphen), lower-cased."""
    return {regex.match(r"\w+", p.lower()).group() for p in phrases}


@cache
def key_families() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """Family name -> (word beginnings, whole words), lower-case: the words a Rule's keys and
    starts refer to, taken from the same data and literals as the rules themselves."""
    jyl = {"жыл"}  # JYL is жыл{SUF} or the abbreviation "ж." (the whole word "ж")
    months = {name[:-1] if name.endswith("ь") or name[-1] in lx.VOICING else name for name in lx.months()}
    units = set(lx.date_words("unit"))
    digits = set("0123456789")
    beginnings = {
        "DIGIT": digits, "NUMBER": digits | set(lx.numerals()),
        "MONTH": months, "AI": {"ай"}, "JYL": jyl, "JYLDAR": {"жылдар"}, "GASYR": {"ғасыр"},
        "YEARREF": jyl | {"биыл", "былтыр"}, "MODS": _first_words(lx.relative_words("modifier")),
        "UNIT_OR_WEEKDAY": units | set(lx.weekdays()), "UNITS": units,
        "WITHINUNIT": set(lx.date_words("within_unit")),  # within: "апта ішінде", "тәулік ішінде"
        "SEASON": set(lx.date_words("season")), "BOIY": {"бойы"},
        "RELWORD": _first_words(lx.relative_words("word")),
        "SPANPL": _first_words({**lx.relative_words("span"), **lx.relative_words("span_plural")}),
        "SHORT_UNIT": {"жыл", "ай", "апта", "күн"},  # the unit alternation of repeat, vague_plural
        "PERIOD": {w[:-1] if w[-1] in lx.VOICING else w for w in lx.date_words("period")},
        "SET": {"сайын"} | _first_words(lx.relative_words("set")), "WEEKDAY": set(lx.weekdays()),
        "HOUR": {"сағ"} | _first_words(lx.date_words("daypart")), "NOL": {"нөл"},  # сағат, сағ.
        "DAYPARTW": _first_words(lx.date_words("daypart_word")), "UNIT_ADJ": set(),
        "PART": set(lx.date_words("part")),  # year_part: "жыл басында", "жылдың соңына"
        "FIRST": {"алғашқы"},  # quarter: "алғашқы тоқсанда"
        "KEZENG": set(lx.date_words("period_noun")),  # year_same_period: "2017 жылдың тиісті кезеңінің"
        "HALF": set(lx.date_words("half")),  # year_half: "жылдың екінші жартысында"
        "NEWYEAR": _first_words(lx.date_words("new_year")),  # new_year: "Жаңа жыл түні"
        "EACH": set(lx.date_words("each")), "WEEKEND": _first_words(lx.date_words("weekend")),
        "RATE": set(lx.date_words("rate")),
        # century, quarter: a Roman numeral ("XXI ғасыр", Cyrillic "ХІХ ғасыр"), upper case in the rule
        "ROMAN": set(lx.roman_letters().lower()),
    }
    whole_words = {"JYL": {"ж"}, "YEARREF": {"ж"},
                   # duration_adj: a unit, [дтл][ыі][қк] and the word's end ("жылдық", "айлық")
                   "UNIT_ADJ": {u + a + b + c for u in units for a in "дтл" for b in "ыі" for c in "қк"}}
    return {name: (tuple(sorted(w.lower() for w in words)), frozenset(whole_words.get(name, ())))
            for name, words in beginnings.items()}


@cache
def _tables() -> tuple[dict[str, int], dict[str, int], tuple[int, ...], tuple[int, ...], tuple]:
    """The key families as bit masks: (every beginning of a key word beginning -> the bits of the
    families of the longest key word beginning it starts with, whole word -> bits, the bits each
    rule needs, the bits of the words each rule can start at, 0 for "anywhere", the text each
    rule needs or None (all three in RULE_NAMES order))."""
    families = key_families()
    bit = {name: 1 << i for i, name in enumerate(families)}
    beginnings = {b for starts, _ in families.values() for b in starts}
    by_beginning = {b: sum(bit[name] for name, (starts, _) in families.items()
                           if b.startswith(starts)) for b in beginnings}
    by_prefix: dict[str, int] = {}
    for prefix in sorted({b[:n] for b in beginnings for n in range(len(b) + 1)}, key=len):
        by_prefix[prefix] = by_beginning.get(prefix) or by_prefix.get(prefix[:-1], 0)
    whole: dict[str, int] = {}
    for name, (_, words) in families.items():
        for word in words:
            whole[word] = whole.get(word, 0) | bit[name]
    needs = tuple(sum(bit[key] for key in RULES[name].keys) for name in RULE_NAMES)
    starts = tuple(sum(bit[key] for key in RULES[name].starts) for name in RULE_NAMES)
    needed_text = tuple(NEEDED_TEXT.get(name) for name in RULE_NAMES)
    return by_prefix, whole, needs, starts, needed_text


def load() -> None:
    """Build the key tables (and the rules they index) now rather than on first use."""
    _rule_gates()


def _keys_of(word: str) -> int:
    """The bits of the families with a beginning the word starts with (the longest one's) or
    holding it whole."""
    return _plain_keys_of(word.lower()) if PLAIN_WORD_RE.fullmatch(word) else ALL_KEYS


def _plain_keys_of(low: str) -> int:
    """_keys_of a plain word, given in lower case."""
    by_prefix, whole, _, _, _ = _tables()
    # walk the word's beginnings while some key word beginning still starts so: most words
    # leave after a letter or two
    n = 1
    while n <= len(low) and low[:n] in by_prefix:
        n += 1
    return by_prefix[low[:n - 1]] | whole.get(low, 0)


NOT_IN_PLAIN_WORDS_RE = re.compile(r"[^\n0-9A-Za-z_\u0400-\u0481\u048A-\u04FF]")
_rules_by_keys: dict[int, tuple[int, ...]] = {}


def _keys_of_new_words(new: list[str]) -> list[int]:
    """_keys_of of each word. Many forms of a release are new to a run (20,000 in the 77
    releases of the benchmark); they are lower-cased together, in one string, and checked for
    plain letters with one search, not one by one."""
    joined = "\n".join(new)
    if NOT_IN_PLAIN_WORDS_RE.search(joined):  # rare: some word is not plain (see PLAIN_WORD_RE)
        return list(map(_keys_of, new))
    # plain letters lower-case one for one, so the lines stay the words
    return list(map(_plain_keys_of, joined.lower().split("\n")))


_word_keys = WordCache(_keys_of)  # word -> key bits, learnt a document at a time (_key_words)


def _key_words(text: str, offset: int = 0) -> tuple[list[int], list[int]]:
    """(offsets + offset, key bits) of the words of text that hold key words, in text order.

    Most words hold none (a sixth do), and only those matter to the gates below: one split of
    the text into gaps and words, all in C, then the word cache, then only the key words kept."""
    parts = WORD_SPLIT_RE.split(text)  # gap, word, gap, word, ..., gap
    words = parts[1::2]
    _word_keys.learn(words, _keys_of_new_words)
    keys = list(map(_word_keys.__getitem__, words))
    # the offset of each word: the lengths of everything before it
    word_starts = islice(accumulate(map(len, parts), initial=offset), 1, None, 2)
    return list(compress(word_starts, keys)), list(filter(None, keys))


def _rules_of(present: int) -> tuple[int, ...]:
    """Indexes of the rules whose key families are all among the bits present."""
    rules = _rules_by_keys.get(present)
    if rules is None:
        rules = _rules_by_keys[present] = tuple(
            i for i, need in enumerate(_tables()[2]) if need & present == need)
    return rules


def rules_for(text: str, start: int, end: int) -> tuple[int, ...]:
    """Indexes (into RULE_NAMES) of the rules whose key words all occur in text[start:end]."""
    return SentenceKeys(text, start, end).rules()


class DocumentKeys:
    """The key words of a whole text, found in one pass, handed out sentence by sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.word_starts, self.word_keys = _key_words(text)

    def sentence(self, start: int, end: int) -> SentenceKeys:
        """The keys of text[start:end], as SentenceKeys(text, start, end) finds them."""
        return SentenceKeys(self.text, start, end, self._key_words_in(start, end))

    def sentences_with_rules(self, bounds) -> Iterator[tuple[int, int, SentenceKeys]]:
        """(start, end, keys) of the sentences (start, end) where some rule may match: what
        sentence() gives, but only the sentences with rules to run (half) get their keys."""
        for start, end in bounds:
            key_words = self._key_words_in(start, end)
            if key_words is None:
                keys = SentenceKeys(self.text, start, end)
                if keys.rules():
                    yield start, end, keys
            elif _rules_of(reduce(or_, key_words[1], 0)):
                yield start, end, SentenceKeys(self.text, start, end, key_words)

    def _key_words_in(self, start: int, end: int) -> tuple[list[int], list[int]] | None:
        """The document's key words within text[start:end] (offsets, key bits), or None when a
        word runs across a bound (the sentence then needs its own split)."""
        if self._crossed(start, end):
            return None
        first = bisect_left(self.word_starts, start)
        last = bisect_left(self.word_starts, end, first)
        return self.word_starts[first:last], self.word_keys[first:last]

    def _crossed(self, start: int, end: int) -> bool:
        """Whether a word runs across a bound of text[start:end] (the sentence then has its own
        words: a cut one's words end at the bound)."""
        return bool((start and WORD_CROSSING_RE.match(self.text, start - 1, start + 1))
                    or WORD_CROSSING_RE.match(self.text, end - 1, end + 1))


class SentenceKeys:
    """The rules worth running in text[start:end] and, per rule, where a match can begin."""

    __slots__ = ("text", "start", "end", "word_starts", "word_keys", "present", "_last_by_families")

    def __init__(self, text: str, start: int, end: int,
                 key_words: tuple[list[int], list[int]] | None = None) -> None:
        self.text, self.start, self.end = text, start, end
        # the offsets and key bits of the sentence's words that hold key words
        self.word_starts, self.word_keys = key_words or _key_words(text[start:end], start)
        self.present = reduce(or_, self.word_keys, 0)
        self._last_by_families: dict[int, int] = {}  # see _last_start

    def rules(self) -> tuple[int, ...]:
        return _rules_of(self.present)

    def match_starts(self, rule: int) -> list[int] | None:
        """Offsets of the words a match of the rule can begin at ([] when the text the rule
        needs, Rule.needs, is absent), or None: try everywhere.

        A match begins at a word start (each rule opens with "not after a letter, digit or dash"
        and a letter or digit). A word with a character outside plain Latin/Cyrillic/digits
        (present == ALL_KEYS) might split words differently for `re` and `regex`: then the
        rule is searched for the ordinary way."""
        needed_text, start_bits, need = _rule_gates()[rule]
        if start_bits and not start_bits & self.present:
            return []  # no word it can start at (what the lines below find, sooner)
        if needed_text is not None and not needed_text.search(self.text, self.start, self.end):
            return []
        if not start_bits or self.present == ALL_KEYS:
            return None
        starts = list(compress(self.word_starts, map(start_bits.__and__, self.word_keys)))
        # the match holds a word of each key family, at or after its start: a start after the
        # last word of some key family cannot begin a match
        limit = self._last_start(need)
        return [pos for pos in starts if pos <= limit] if starts[-1] > limit else starts

    def _last_start(self, families: int) -> int:
        """The offset of the last word of the least late of the key families (bits) given: the
        word where, going back from the sentence's end, the last of them turns up; -1 if one
        is missing. Kept per set of families, which the rules of a sentence share."""
        limit = self._last_by_families.get(families)
        if limit is None:
            if not families:
                limit = self.end
            else:
                keys, seen, k = self.word_keys, 0, len(self.word_keys) - 1
                while k >= 0:
                    seen |= keys[k]
                    if seen & families == families:
                        break
                    k -= 1
                limit = self.word_starts[k] if k >= 0 else -1
            self._last_by_families[families] = limit
        return limit


@cache
def _rule_gates() -> tuple[tuple[regex.Pattern | None, int, int], ...]:
    """Per rule (RULE_NAMES order): (the text it needs or None, the bits of the words it can
    start at, 0 for "anywhere", the bits of the key families it needs)."""
    _, _, needs, starts, needed_text = _tables()
    return tuple(zip(needed_text, starts, needs))
