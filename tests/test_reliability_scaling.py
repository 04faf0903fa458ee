"""Reliability: every stage is linear in sentence length (issue 25 item 6).

Before the fixes, on text with no full stop: the gazetteer's choice among overlapping names
compared each with every name taken ("Алматы, " x 10,000: 44 s), the numbers stage looked for
each number in every phone/title range, the outlet pattern and the tokeniser's URL pattern
backtracked over every label of "a.a.a..." from every offset, and dates compared every date
candidate with every other one. The growth tests run the probe of scripts/scaling_probe.py: a
stage's time on 4x the text must grow less than 8x (16x is quadratic; a linear stage measures 4-5x,
up to ~7x on a busy machine as the larger text falls out of the CPU caches), whatever the machine's speed.
"""
from __future__ import annotations

import time

import pytest

from presskz.api import make_document
from presskz.core.record_builder import build_record
from presskz.entities.gazetteer import select_flat
from presskz.entities.rules.core import Candidate
from presskz.segment.limit import MAX_SENTENCE_CHARS
from presskz.segment.tokenizer import sentence_bounds, tokenize, sentence_token_ranges
from presskz_tools.scaling import flagged, growth


@pytest.mark.slow
@pytest.mark.parametrize("name", ["almaty", "email_dots", "phones", "capitals", "dates", "events"])
def test_stage_times_grow_linearly_on_one_endless_sentence(fast, name):
    short, long = growth(fast, name, 20000, repeat=2)
    assert flagged(short, long, max_ratio=8.0, floor=0.05) == [], (short, long)


@pytest.mark.slow
def test_half_a_megabyte_without_a_full_stop_finishes(fast):
    # 5 MB of this did not finish in 300 s before; now 25 s of CPU (7.1 MB of UTF-8): a
    # tenth of it here (0.7 MB), within a bound that a quadratic stage could not meet
    text = "Алматы, Астана қалаларында 2016 жылғы 3 қарашада +7 (727) 272-72-72 x@y a.a.a. " * 6000
    start = time.process_time()
    record = build_record(fast(make_document(text, "big", reference_date="2016-11-03")), fast)
    assert record.doc_id == "big"
    assert time.process_time() - start < 60


def test_an_over_long_sentence_is_cut_after_a_comma_before_the_limit():
    text = "Алматы, " * 1000 + "соңы."
    bounds = sentence_bounds(text)
    assert len(bounds) > 1
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in bounds)
    assert all(text[end - 1] == "," for _start, end in bounds[:-1])
    assert text[bounds[-1][0]:bounds[-1][1]].endswith("соңы.")


def test_an_over_long_sentence_without_commas_is_cut_at_a_space():
    text = "сөз " * 1500
    bounds = sentence_bounds(text)
    assert len(bounds) == 3
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in bounds)
    assert all(text[end] == " " for _start, end in bounds[:-1])


def test_the_cut_keeps_every_token_once_and_in_order():
    text = "x@y " + "a." * 3000 + " " + "ы" * 2500 + " сөз, " * 400
    tokens = tokenize(text)
    ranges = sentence_token_ranges(text, tokens)
    assert [i for a, b in ranges for i in range(a, b)] == list(range(len(tokens)))
    # a single token longer than the limit is a sentence of its own, never cut
    assert any(b - a == 1 and tokens[a].text == "ы" * 2500 for a, b in ranges)
    for a, b in ranges:
        assert b - a == 1 or tokens[b - 1].end - tokens[a].start <= MAX_SENTENCE_CHARS


def test_press_sentences_are_not_cut():
    sentence = ("Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Астанада өткен форумда "
                "ауыл шаруашылығы, білім беру, денсаулық сақтау және цифрландыру салаларындағы "
                "жобаларға тоқталды. ")
    assert len(sentence_bounds(sentence * 20)) == 20


def test_select_flat_keeps_the_longest_then_the_leftmost():
    cands = [Candidate(0, 2, "LOC", "a"), Candidate(1, 4, "ORG", "b"), Candidate(4, 5, "LOC", "c"),
             Candidate(3, 4, "LOC", "d", priority=2), Candidate(5, 5, "LOC", "e")]
    assert [c.rule for c in select_flat(cands)] == ["b", "c", "e"]
