"""Which date rules can match in a sentence: a rule runs only where all its key words occur.

Running the 27 rules of date_rules.py over every sentence costs seconds per megabyte, and most
sentences hold no month, no "жыл", no unit word: no match for most rules. Every match of a rule
contains a word of each of its key families (date_rules.RULE_KEYS) at the start of a word, so
one look at the sentence's words tells which rules need to run at all.
"""
from __future__ import annotations

import re
from functools import lru_cache, reduce
from itertools import compress
from operator import or_

import regex

from presskz.date_rules import RULE_KEYS, RULE_NEEDS, RULE_STARTS, compiled_rules, key_families
from presskz.word_cache import WordCache

# Words split as by Python's \w. A word of plain letters and digits (Latin, Cyrillic: word
# characters for both `re` and `regex`, whose lower case agrees with the rules' IGNORECASE) is
# judged by its lower-case form; any other word could be anything to a case-insensitive rule
# (a rare variant of a letter, a digit of another script) and counts as every key word.
WORD_RE = re.compile(r"\w+")
PLAIN_WORD_RE = re.compile(r"[0-9A-Za-z_\u0400-\u0481\u048A-\u04FF]+")
ALL_KEYS = -1
# the RULE_NEEDS texts, by rule name, compiled with the same engine as the rules
NEEDED_TEXT = {name: regex.compile(src) for name, src in RULE_NEEDS.items()}


@lru_cache(maxsize=None)
def _tables() -> tuple[dict[str, int], "re.Pattern", dict[str, int], tuple[int, ...], tuple[int, ...], tuple]:
    """The key families as bit masks: (word beginning -> bits of every family with a beginning
    it starts with, a regex finding a word's longest beginning, whole word -> bits, the bits
    each rule needs, the bits of the words each rule can start at, 0 for "anywhere", the text
    each rule needs or None (all three in compiled_rules order))."""
    families = key_families()
    bit = {name: 1 << i for i, name in enumerate(families)}
    beginnings = {b for starts, _ in families.values() for b in starts}
    by_beginning = {b: sum(bit[name] for name, (starts, _) in families.items()
                           if b.startswith(starts)) for b in beginnings}
    longest_first = sorted(beginnings, key=lambda b: (-len(b), b))
    beginning_re = re.compile("|".join(map(re.escape, longest_first)))
    whole = {}
    for name, (_, words) in families.items():
        for word in words:
            whole[word] = whole.get(word, 0) | bit[name]
    needs = tuple(sum(bit[key] for key in RULE_KEYS[name]) for name, _ in compiled_rules())
    starts = tuple(sum(bit[key] for key in RULE_STARTS.get(name, ())) for name, _ in compiled_rules())
    needed_text = tuple(NEEDED_TEXT.get(name) for name, _ in compiled_rules())
    return by_beginning, beginning_re, whole, needs, starts, needed_text


def load() -> None:
    """Build the key tables (and the rules they index) now rather than on first use."""
    _tables()


def _keys_of(word: str) -> int:
    by_beginning, beginning_re, whole, _, _, _ = _tables()
    if not PLAIN_WORD_RE.fullmatch(word):
        return ALL_KEYS
    low = word.lower()
    found = beginning_re.match(low)
    keys = by_beginning[found.group()] if found else 0
    return keys | whole.get(low, 0)


_word_keys = WordCache(_keys_of)  # word -> key bits, filled on first sight
_rules_by_keys: dict[int, tuple[int, ...]] = {}


def rules_for(text: str, start: int, end: int) -> tuple[int, ...]:
    """Indexes (into compiled_rules()) of the rules whose key words all occur in text[start:end]."""
    return SentenceKeys(text, start, end).rules()


class SentenceKeys:
    """The rules worth running in text[start:end] and, per rule, where a match can begin."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.word_keys = list(map(_word_keys.__getitem__, WORD_RE.findall(text, start, end)))
        self.present = reduce(or_, self.word_keys, 0)
        self._word_starts: list[int] | None = None  # offsets of the words, when a rule needs them
        self._last_by_family: dict[int, int] = {}  # see _last_of

    def rules(self) -> tuple[int, ...]:
        rules = _rules_by_keys.get(self.present)
        if rules is None:
            rules = tuple(i for i, need in enumerate(_tables()[3]) if need & self.present == need)
            _rules_by_keys[self.present] = rules
        return rules

    def match_starts(self, rule: int) -> list[int] | None:
        """Offsets of the words a match of the rule can begin at ([] when the text the rule
        needs, date_rules.RULE_NEEDS, is absent), or None: try everywhere.

        A match begins at a word start (each rule opens with "not after a letter, digit or dash"
        and a letter or digit). A word with a character outside plain Latin/Cyrillic/digits
        (present == ALL_KEYS) might split words differently for `re` and `regex`: then the
        rule is searched for the ordinary way."""
        tables = _tables()
        needed_text = tables[5][rule]
        if needed_text is not None and not needed_text.search(self.text, self.start, self.end):
            return []
        bits = tables[4][rule]
        if not bits or self.present == ALL_KEYS:
            return None
        if self._word_starts is None:  # the same words as word_keys, in the same order
            self._word_starts = list(map(re.Match.start, WORD_RE.finditer(self.text, self.start, self.end)))
        starts = list(compress(self._word_starts, map(bits.__and__, self.word_keys)))
        if not starts:
            return starts
        # the match holds a word of each key family, at or after its start: a start after the
        # last word of some key family cannot begin a match
        limit = self._last_start(tables[3][rule])
        return [pos for pos in starts if pos <= limit] if starts[-1] > limit else starts

    def _last_start(self, families: int) -> int:
        """The offset of the last word of the least late of the key families (bits) given."""
        limit = self.end
        while families:
            family = families & -families
            families ^= family
            limit = min(limit, self._last_of(family))
        return limit

    def _last_of(self, family: int) -> int:
        """The offset of the last word with the family's bit, -1 if none; kept per family, since
        the rules of a sentence share their families (NUMBER, MONTH, ...)."""
        last = self._last_by_family.get(family)
        if last is None:
            keys = self.word_keys
            k = len(keys) - 1
            while k >= 0 and not keys[k] & family:
                k -= 1
            last = self._last_by_family[family] = self._word_starts[k] if k >= 0 else -1
        return last
