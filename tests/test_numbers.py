"""The numbers stage: golden sentences (tests/data/numbers_spans.txt), data files, offsets."""
from pathlib import Path

import pytest
import regex

from presskz.core.doc import Document
from presskz.segment.tokenizer import SegmentStage
from presskz.numbers.stage import NumbersStage

CASE_FILE = Path(__file__).parent / "data" / "numbers_spans.txt"
MARK_RE = regex.compile(r"\{([^|{}]*)\|([^|{}]*)\|([^|{}]*)\|([^|{}]*)\|([^|{}]*)\}")


def parse_case(line):
    """(plain text, [(start, end, kind, value, unit, approx)]) from an annotated line."""
    text, spans, pos = [], [], 0
    for m in MARK_RE.finditer(line):
        text.append(line[pos:m.start()])
        start = sum(map(len, text))
        surface, kind, value, unit, approx = m.groups()
        text.append(surface)
        spans.append((start, start + len(surface), kind, float(value) if value else None,
                      unit or None, approx or None))
        pos = m.end()
    text.append(line[pos:])
    return "".join(text), spans


def cases():
    lines = CASE_FILE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def run(text):
    return NumbersStage()(SegmentStage()(Document(text)))


@pytest.mark.parametrize("line", cases())
def test_golden_sentence(line):
    text, expected = parse_case(line)
    doc = run(text)
    got = [(q.start, q.end, q.kind, q.value, q.unit, q.approx) for q in doc.quantities]
    assert len(got) == len(expected), [q.text for q in doc.quantities]
    for g, e in zip(got, expected):
        assert g[:3] == e[:3] and g[4:] == e[4:]
        assert (g[3] is None) == (e[3] is None) and (e[3] is None or g[3] == pytest.approx(e[3]))


def test_every_quantity_text_is_the_original_text_at_its_offsets():
    text = "\n".join(parse_case(line)[0] for line in cases())
    doc = run(text)
    assert doc.quantities
    assert all(q.text == text[q.start:q.end] for q in doc.quantities)


def test_every_case_form_of_a_numeral_is_read_under_both_harmonies():
    forms = {"мыңға": 1000, "мыңнан": 1000, "мыңның": 1000, "жүзге": 100, "жүзден": 100,
             "алтыға": 6, "алтыдан": 6, "қырыққа": 40, "қырықтан": 40, "отызға": 30, "елуге": 50}
    for form, value in forms.items():
        doc = run(f"Олар {form} жетті.")
        assert [q.value for q in doc.quantities] == [value], form


def test_stage_replaces_rather_than_duplicates_on_rerun():
    doc = run("Жобаға 1,8 млрд. теңге бөлінді.")
    NumbersStage()(doc)
    assert len(doc.quantities) == 1


def test_range_whose_upper_bound_is_a_range_word_does_not_crash():
    # "төрт-бес" (four-five) is itself a range word: analyze_word has no reading for it
    doc = run("Жұмысқа үш – төрт-бес адам қатысады.")
    assert [(q.text, q.value) for q in doc.quantities] == [("үш – төрт-бес", 3)]


def test_two_numbers_inside_one_token_give_one_quantity():
    # the tokeniser keeps "5-6 000" whole; the grammar reads "5-6" and "000" as two numbers
    doc = run("Оған 5-6 000 адам келді.")
    assert [q.text for q in doc.quantities] == ["5-6 000"]


from hypothesis import given, settings, strategies as st  # noqa: E402

PIECES = ["1,8", "млрд.", "теңге", "40%-ға", "мыңнан", "астам", "бестен", "бір", "бөлігін", "–", "5-6",
          "жыл", "қараша", "«", "»", "№", "15", "000", "есе", ",", ".", "сағат", "11.00-де", "минус",
          "$", "жуық", "шамамен", "екі", "жарым", "бүтін", "оннан", "км", "/", "литр", "Smart", "2.0",
          "үш", "төрт-бес"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "", "  ", "\n"])), max_size=25))
def test_random_number_soup_keeps_offsets_exact_and_never_overlaps(parts):
    text = "".join(piece + gap for piece, gap in parts)
    doc = run(text)
    spans = sorted((q.start, q.end) for q in doc.quantities)
    assert all(q.text == text[q.start:q.end] for q in doc.quantities)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


# The stage's shortcuts must answer what the slower definitions they stand for answer.
CHUNK_MARKS = "«»\"“”„'()[]{}.,;:!?…-–—%$€₸"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=CHUNK_MARKS, max_size=2), st.sampled_from(PIECES + ["Бес", "ЕКІ", "сөз", "млн", "т"]),
       st.text(alphabet=CHUNK_MARKS, max_size=3))
def test_chunk_shortcuts_agree_with_chunk_pieces_and_the_word_tests(lead, word, tail):
    from presskz.numbers.numeral_lexicon import _numeral_start_re, may_hold_numeral
    from presskz.numbers.grammar import could_start_number
    from presskz.numbers.rules import (LEAD, NO_PART, NUMBER, chunk_could_start_number, is_lead_word,
                                       read_chunk)
    from presskz.numbers.words import chunk_pieces, chunk_texts

    raw = lead + word + tail
    texts = tuple(piece for _, _, piece in chunk_pieces(raw))
    assert chunk_texts(raw) == texts
    assert may_hold_numeral(raw) == (_numeral_start_re().search(raw.lower()) is not None)
    assert chunk_could_start_number(raw) == any(map(could_start_number, texts))
    parts = tuple(NUMBER if could_start_number(t) else LEAD if is_lead_word(t) else NO_PART for t in texts)
    assert read_chunk(raw) == (texts, parts)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4))
def test_read_number_of_one_word_is_read_number_without_its_shortcut(words):
    from presskz.numbers.grammar import _read_number_from, read_number

    for i in range(len(words)):
        assert read_number(words, i) == _read_number_from(words, i, lambda j: True)


def test_sentence_chunks_by_split_match_the_word_regex():
    from presskz.numbers.words import WORD_RE
    from presskz.numbers.stage import chunk_starts, splits_like_word_re

    text = "Бес  мың\tтеңге,\u00a0«40%-ға»\n 2016 жылы"
    assert splits_like_word_re(text) and not splits_like_word_re("a\x1cb")
    assert text.split() == WORD_RE.findall(text)
    for sentence in (text, "бес мың теңге."):
        chunks = sentence.split()
        starts = [m.start() for m in WORD_RE.finditer(sentence)]
        assert chunk_starts(sentence, 0, len(sentence), chunks) == starts
