"""date_keys gates the date rules by key words: a rule it leaves out must have no match at all.

A rule's keys (Rule.keys in dates/rules.py) are written by hand next to its pattern; a key that a real match
does not contain would silently drop dates. This runs every rule, ungated, over real text and
over every expression of the normalisation table (upper-cased too) and checks that each rule
that matches somewhere was let through by rules_for.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from presskz.dates.keys import rules_for
from presskz.dates.rules import compiled_rules
from presskz.eval.kaznerd import detokenize, read_iob2
from presskz.segment.tokenizer import sentence_bounds

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"


def texts() -> list[str]:
    out = []
    for path in sorted((ROOT / "corpora").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(text[a:b] for a, b in sentence_bounds(text))
    out.extend(detokenize(s.tokens) for s in read_iob2(DATA / "kaznerd_dates_sample.txt"))
    for line in (DATA / "timex_cases.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith("#"):
            expression = line.split("\t")[0]
            out.extend([expression, expression.upper(), f"Біз {expression} кездестік."])
    return out


@pytest.fixture(scope="module")
def all_texts() -> list[str]:
    found = texts()
    assert len(found) > 1000
    return found


def test_every_rule_that_matches_is_let_through(all_texts):
    rules = compiled_rules()
    missed = []
    for text in all_texts:
        allowed = set(rules_for(text, 0, len(text)))
        for index, (name, pattern) in enumerate(rules):
            if index not in allowed and pattern.search(text):
                missed.append((name, text))
    assert missed == []


def test_gating_is_not_vacuous(all_texts):
    """Most sentences must skip most rules, or the gate does nothing."""
    total = len(compiled_rules())
    skipped = sum(total - len(rules_for(t, 0, len(t))) for t in all_texts)
    assert skipped > 0.5 * total * len(all_texts)


def test_rules_tried_only_at_their_start_words_find_every_match(all_texts):
    """A rule's starts (Rule.starts) are written by hand too: trying a rule only at the words a
    match can begin at must find exactly what searching everywhere finds."""
    from presskz.dates.keys import SentenceKeys
    from presskz.dates.spans import _matches

    rules = compiled_rules()
    missed = []
    for text in all_texts:
        keys = SentenceKeys(text, 0, len(text))
        for index, (name, pattern) in enumerate(rules):
            starts = keys.match_starts(index)
            if starts is None:
                continue
            everywhere = [m.span() for m in pattern.finditer(text)]
            if [m.span() for m in _matches(pattern, text, 0, len(text), starts)] != everywhere:
                missed.append((name, text))
    assert missed == []


def test_document_keys_give_each_sentence_the_keys_of_its_own_words():
    """DocumentKeys splits a whole text once; each sentence must get exactly the key words that
    splitting the sentence alone gives, also where a bound falls inside a word."""
    from presskz.dates.keys import DocumentKeys, SentenceKeys

    for path in sorted((ROOT / "corpora").rglob("*.txt"))[:20]:
        text = path.read_text(encoding="utf-8")
        bounds = list(sentence_bounds(text))
        # and bounds cutting words: every 37 characters
        bounds += [(a, min(a + 37, len(text))) for a in range(0, len(text), 37)]
        keys = DocumentKeys(text)
        for start, end in bounds:
            alone = SentenceKeys(text, start, end)
            shared = keys.sentence(start, end)
            assert (shared.word_starts, shared.word_keys) == (alone.word_starts, alone.word_keys)
        with_rules = {(a, b) for a, b, _ in keys.sentences_with_rules(bounds)}
        assert with_rules == {(a, b) for a, b in bounds if SentenceKeys(text, a, b).rules()}


def test_only_the_sentence_context_rules_read_the_sentence_context(all_texts):
    """date_spans keeps the value read while collecting candidates for every rule outside
    SENTENCE_CONTEXT_RULES: their values must not change with the day or period named before."""
    import datetime as dt

    from presskz.dates.context import Context
    from presskz.dates.values import SENTENCE_CONTEXT_RULES, value_of

    ref = dt.date(2016, 11, 3)
    busy = Context(ref=ref, anchor_day="2015-02-03", last_period="2014-01-01/2014-03-31")
    changed = []
    for text in all_texts:
        for name, pattern in compiled_rules():
            if name in SENTENCE_CONTEXT_RULES:
                continue
            for match in pattern.finditer(text):
                groups = match.groupdict()
                if value_of(name, groups, Context(ref=ref)) != value_of(name, groups, busy):
                    changed.append((name, match.group()))
    assert changed == []


def test_the_word_cache_stays_bounded_and_right_when_it_is_emptied(monkeypatch):
    """date_keys empties its word cache when full; the words of the text being split that were
    cached before must then be learnt again."""
    from presskz.dates import keys as date_keys

    text = "Биыл 5 қараша күні өткен жылы 2016 жылдың басында бірнеше ай бойы"
    expected = date_keys._key_words(text)
    monkeypatch.setattr(date_keys._word_keys, "limit", 3)
    date_keys._word_keys.clear()
    date_keys._key_words("Биыл")
    assert date_keys._key_words(text) == expected
    assert len(date_keys._word_keys) <= len(set(text.split()))
