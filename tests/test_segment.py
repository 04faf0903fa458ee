"""Tokeniser and sentence splitter: golden cases (tests/golden/segment_*.txt) and behaviour tests."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from presskz.core.doc import Document
from presskz.segment.tokenizer import SegmentStage, segment, sentence_bounds, tokenize
from presskz.kk.data import read_tsv
from presskz.kk.orthography import TOKEN_ABBREVIATIONS
from presskz.segment.rules import SPACE_CHARS, hyphen_stop_words

GOLDEN = Path(__file__).parent / "golden"


def unescape(line: str) -> str:
    line = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), line)
    return line.replace("\\n", "\n").replace("\\t", "\t")


def golden_cases(name: str) -> list[tuple[str, list[str]]]:
    """(input text, expected parts) for each case line of a golden file."""
    cases = []
    for line in (GOLDEN / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = unescape(line).split("|")
        cases.append(("".join(parts), [p.strip() for p in parts if p.strip()]))
    return cases


TOKEN_CASES = golden_cases("segment_tokens.txt")
SENTENCE_CASES = golden_cases("segment_sentences.txt")


@pytest.mark.parametrize("text,expected", TOKEN_CASES, ids=[c[0][:40] for c in TOKEN_CASES])
def test_golden_tokens(text, expected):
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize("text,expected", SENTENCE_CASES, ids=[c[0][:40] for c in SENTENCE_CASES])
def test_golden_sentences(text, expected):
    assert [text[s:e] for s, e in sentence_bounds(text)] == expected


def test_golden_files_hold_enough_cases():
    assert len(TOKEN_CASES) + len(SENTENCE_CASES) >= 150


def test_every_token_is_the_source_slice_and_knows_the_space_after_it():
    text = "Алматыда 15 000 адам, «Нұрлы жол»-дың 40%-ы."
    tokens = tokenize(text)
    for tok in tokens:
        assert text[tok.start:tok.end] == tok.text
    assert [t.space_after for t in tokens[:3]] == [True, True, False]


def test_segment_fills_tokens_and_sentences_with_consistent_token_ranges(seed_text):
    doc = segment(Document(seed_text))
    assert doc.tokens and doc.sentences
    for sent in doc.sentences:
        inside = doc.tokens[sent.token_start:sent.token_end]
        assert inside[0].start == sent.start and inside[-1].end == sent.end
    assert sum(s.token_end - s.token_start for s in doc.sentences) == len(doc.tokens)
    doc.check_all()


def test_seed_release_splits_into_its_25_sentences(seed_text):
    bounds = sentence_bounds(seed_text)
    assert len(bounds) == 25
    assert seed_text[bounds[7][0]:].startswith("Баспасөз мәслихаты барысында А.Қырықбаев")


def test_stage_declares_its_layers_and_marks_them_assigned():
    stage = SegmentStage()
    assert stage.name == "segment" and stage.requires == ()
    assert stage.assigns == ("tokens", "sentences")
    doc = stage(Document("Бір. Екі."))
    assert {"tokens", "sentences"} <= doc.assigned and len(doc.sentences) == 2


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\u00a0\u2003"])
def test_empty_or_blank_text_has_no_tokens_and_no_sentences(text):
    doc = segment(Document(text))
    assert doc.tokens == [] and doc.sentences == []


def test_only_listed_whitespace_separates_tokens():
    # SPACE_CHARS must be exactly the characters str.isspace() accepts
    assert set(SPACE_CHARS) == {chr(c) for c in range(0x110000) if chr(c).isspace()}


def test_abbreviation_file_parses_into_dotted_entries_of_known_kinds():
    rows = read_tsv("abbreviations.txt")
    assert len(rows) >= 40 and all(len(row) == 3 for row in rows)
    assert all(r["abbreviation"].endswith(".") and r["kind"] in {"inner", "final", "-"}
               and r["numbers"] in {"keep", "-"} for r in rows)
    assert all(kind in {"inner", "final"} for kind in TOKEN_ABBREVIATIONS.values())
    assert TOKEN_ABBREVIATIONS["млрд."] == "inner" and TOKEN_ABBREVIATIONS["т.б."] == "final"


def test_hyphen_word_file_parses_into_lower_case_words_of_known_kinds():
    words = hyphen_stop_words()
    assert words["және"] == "suspended" and words["деп"] == "dash"
    assert all(w == w.lower() and " " not in w for w in words)
    assert set(words.values()) == {"suspended", "dash"}
