"""Hypothesis properties of the tokeniser and sentence splitter over arbitrary text.

For any input: tokens and sentences lie in bounds, are ordered and do not overlap, every span equals
its slice of the source, every non-space character is inside a token, only whitespace lies between
tokens, and each sentence's token range holds exactly the tokens inside it.
"""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from presskz.core.doc import Document
from presskz.segment.tokenizer import segment

KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
LATIN = "abcdexyzABCDEXYZ"
DIGITS = "0123456789"
PUNCT = ".,:;!?…-–—%‰°@/+()[]«»„“”\"'’#№&*•"
SPACES = " \n\t\r\u00a0\u202f\u2003\u2028\u0085\x0b\x1c"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u0306\u0301\ufeff"
# fragments that trigger the special rules, so that random texts combine them in unusual ways
FRAGMENTS = ["млрд.", "т.б.", "т.с.с.", "ж.", "А.", "Қ. ", "40%-ға", "35-ші", "11.00-де", "1,8",
             "15 000", "90- шы", "гала- концерт", "- ", " - ", "», - деп", "www.", "akorda.kz",
             "http://", "info@", "@gov.kz", "+7 (727) ", "272-72-72", "8 727 ", "орта- және",
             "«", "»", "-ға", "...", "?!", "\n\n", "1. ", "ОКҚ-де", "Жол картасы-2020", "’s"]

CHARS = st.sampled_from(KAZAKH + LATIN + DIGITS + PUNCT + SPACES + INVISIBLE)
PIECES = st.one_of(CHARS, CHARS, st.sampled_from(FRAGMENTS), st.characters())
TEXTS = st.lists(PIECES, max_size=60).map("".join)
# the only tokens holding whitespace: thousands groups and phones (digits), broken hyphens ("90- шы")
# (a number may carry letters glued to it, as "2025нші" does: "15 000-1,8а")
ALLOWED_INNER_SPACE = re.compile(r"[\d\s()+.,-]+\w*(?:-\w+)*|.*-\s+.*", re.S)
SETTINGS = settings(max_examples=300, deadline=None)


def check_tokens(doc: Document) -> None:
    text, tokens = doc.text, doc.tokens
    covered = bytearray(len(text))
    previous_end = 0
    for i, tok in enumerate(tokens):
        assert previous_end <= tok.start < tok.end <= len(text)
        assert tok.text == text[tok.start:tok.end]
        assert not tok.text[0].isspace() and not tok.text[-1].isspace()
        assert text[previous_end:tok.start].strip() == "" or i == 0 and text[:tok.start].isspace()
        following = tokens[i + 1].start if i + 1 < len(tokens) else len(text)
        assert tok.space_after == (following > tok.end)
        if any(c.isspace() for c in tok.text):
            assert ALLOWED_INNER_SPACE.fullmatch(tok.text), tok.text
        covered[tok.start:tok.end] = b"\x01" * (tok.end - tok.start)
        previous_end = tok.end
    missed = [c for c, hit in zip(text, covered) if not hit and not c.isspace()]
    assert missed == []


def check_sentences(doc: Document) -> None:
    text, tokens, sentences = doc.text, doc.tokens, doc.sentences
    assert bool(sentences) == bool(tokens)
    next_token, previous_end = 0, 0
    for sent in sentences:
        assert previous_end <= sent.start < sent.end <= len(text)
        assert sent.text == text[sent.start:sent.end]
        assert sent.token_start == next_token < sent.token_end <= len(tokens)
        inside = tokens[sent.token_start:sent.token_end]
        assert inside[0].start == sent.start and inside[-1].end == sent.end
        assert inside == doc.tokens_in(sent.start, sent.end)
        next_token, previous_end = sent.token_end, sent.end
    assert next_token == len(tokens)


@SETTINGS
@given(TEXTS)
def test_tokens_cover_every_non_space_character_in_order(text):
    check_tokens(segment(Document(text)))


@SETTINGS
@given(TEXTS)
def test_sentences_partition_the_tokens_in_order(text):
    doc = segment(Document(text))
    check_sentences(doc)
    doc.check_all()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_segments_without_breaking_the_invariants(text):
    doc = segment(Document(text))
    check_tokens(doc)
    check_sentences(doc)


@SETTINGS
@given(TEXTS, TEXTS)
def test_token_texts_follow_the_current_token_list(text, other):
    doc = segment(Document(text))
    assert doc.token_texts() == [t.text for t in doc.tokens]
    assert doc.token_texts() is doc.token_texts()  # built once, shared
    doc.text = other  # a new token list (segmenting again) is seen, not the cached texts
    segment(doc)
    assert doc.token_texts() == [t.text for t in doc.tokens]
