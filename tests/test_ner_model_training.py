"""Training-data preparation for the NER model: KazNERD split, Stanza JSON, pretrain vocabulary."""
from __future__ import annotations

import json

import pytest

from presskz_tools import ner_training as nt
from presskz.eval.kaznerd import TaggedSentence


def _write_iob2(path, n, prefix):
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(f"{prefix}{i} B-GPE\nкелді O\n. O\n\n")


@pytest.fixture()
def kaznerd(tmp_path, monkeypatch):
    monkeypatch.setattr(nt, "EVAL_SIZE", 4)
    _write_iob2(tmp_path / "IOB2_valid.txt", 10, "Валид")
    _write_iob2(tmp_path / "IOB2_test.txt", 7, "Тест")
    return tmp_path


def test_split_keeps_evaluation_half_out_of_training(kaznerd):
    split = nt.split_kaznerd(kaznerd, dev_size=3)
    train_words = {s.tokens[0] for s in split.train}
    assert [s.tokens[0] for s in split.evaluation] == ["Тест0", "Тест1", "Тест2", "Тест3"]
    assert not train_words & {s.tokens[0] for s in split.evaluation}
    assert [s.tokens[0] for s in split.dev] == ["Валид7", "Валид8", "Валид9"]
    assert train_words == {f"Валид{i}" for i in range(7)} | {"Тест4", "Тест5", "Тест6"}


def test_split_without_test_half(kaznerd):
    split = nt.split_kaznerd(kaznerd, dev_size=3, use_test_half=False)
    assert len(split.train) == 7 and all(s.tokens[0].startswith("Валид") for s in split.train)


def test_stanza_json_round_trip(tmp_path):
    sentences = [TaggedSentence(["Астана", "қаласы"], ["B-GPE", "O"])]
    nt.write_stanza_json(sentences, tmp_path / "x.json")
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert data == [[{"text": "Астана", "ner": "B-GPE"}, {"text": "қаласы", "ner": "O"}]]


def test_lower_words_splits_punctuation_keeps_hyphenated_words():
    assert nt.lower_words("ҚР-ның Үкіметі, 2024 ж.") == ["қр-ның", "үкіметі", ",", "2024", "ж", "."]


def test_choose_vocab_puts_training_words_first_and_caps():
    train = [TaggedSentence(["Алматы", "Алматы", "қаласы"], ["B-GPE", "B-GPE", "O"])]
    corpus = [["және", "және", "бір"], ["алматы"]]
    assert nt.choose_vocab(train, corpus, 10) == ["алматы", "қаласы", "және", "бір"]
    assert nt.choose_vocab(train, corpus, 3) == ["алматы", "қаласы", "және"]
