"""Release gold -> NER training sentences (presskz_tools.ner_releases), on real dev releases."""
from __future__ import annotations

from pathlib import Path

import pytest

from presskz.core.doc import Document, Sentence, Token
from presskz.eval.corpus import gold_documents
from presskz.eval.kaznerd import TaggedSentence
from presskz_tools import ner_releases as nr

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpora" / "releases" / "dev"
HELDOUT = ROOT / "tools" / "presskz_tools" / "ner_heldout_dev.txt"


def _dev(doc_id: str) -> tuple[dict, Path]:
    return next(pair for pair in gold_documents(DEV) if pair[0]["doc_id"] == doc_id)


def _labelled(sentence: TaggedSentence) -> list[str]:
    return [f"{t}/{g}" for t, g in zip(sentence.tokens, sentence.tags) if g != "O"]


@pytest.fixture(scope="module")
def boxing() -> list[TaggedSentence]:
    conversion = nr.release_sentences([_dev("adyrna-women-boxing-champions-return")])
    assert conversion.dropped == 0
    return conversion.sentences


def test_entities_become_bioes_over_presskz_tokens(boxing):
    assert _labelled(boxing[0]) == ["Ливерпульден/S-GPE", "Алматыға/S-GPE"]
    assert _labelled(boxing[1])[5:] == [
        "Алматы/B-FACILITY", "әуежайында/E-FACILITY", "Қазақстанның/B-ORGANISATION",
        "әйелдер/I-ORGANISATION", "құрамасы/E-ORGANISATION", "Ливерпульде/S-GPE",
        "әлем/B-EVENT", "чемпионатынан/E-EVENT"]


def test_temporals_and_quantities_take_kaznerd_value_classes(boxing):
    # datetime "16 қыркүйек түнгі сағат 3:00-де" -> DATE; cardinals, ordinals, "51 кг" quantities
    assert _labelled(boxing[1])[:5] == ["16/B-DATE", "қыркүйек/I-DATE", "түнгі/I-DATE",
                                        "сағат/I-DATE", "3:00-де/E-DATE"]
    assert _labelled(boxing[2]) == ["үш/S-CARDINAL", "бір/S-CARDINAL", "екі/S-CARDINAL",
                                    "бірінші/S-ORDINAL"]
    assert "51/B-QUANTITY" in _labelled(boxing[3]) and "кг/E-QUANTITY" in _labelled(boxing[3])


def test_every_span_of_a_release_lands_on_its_tokens(boxing):
    gold, _ = _dev("adyrna-women-boxing-champions-return")
    placed = sum(tag[0] in "BS" for s in boxing for tag in s.tags)
    assert placed == len(nr.gold_spans(gold))


def test_gold_spans_never_overlap_and_entities_win():
    gold = {"entities": [{"start": 0, "end": 10, "type": "EVENT"}],
            "temporals": [{"start": 0, "end": 4, "kind": "date"}, {"start": 12, "end": 20, "kind": "time"}],
            "quantities": [{"start": 14, "end": 16, "kind": "cardinal"},
                           {"start": 22, "end": 25, "kind": "percent"}]}
    assert nr.gold_spans(gold) == [(0, 10, "EVENT"), (12, 20, "TIME"), (22, 25, "PERCENTAGE")]


def _doc(words: list[str]) -> Document:
    tokens, offset = [], 0
    for word in words:
        tokens.append(Token(offset, offset + len(word), word))
        offset += len(word) + 1
    text = " ".join(words)
    return Document(text=text, tokens=tokens, sentences=[Sentence(0, len(text), text, 0, len(tokens))])


def test_a_span_inside_a_token_drops_its_sentence():
    doc = _doc(["Алматы-Астана", "пойызы"])  # a GPE "Алматы" would cut the first token
    assert nr.document_sentences(doc, [(0, 6, "GPE")]).dropped == 1
    assert nr.document_sentences(doc, [(0, 13, "GPE")]).sentences[0].tags == ["S-GPE", "O"]


def test_bioes_and_iob2_conversion_agree():
    spans = [(0, 1, "PERSON"), (2, 5, "ORGANISATION"), (5, 7, "GPE")]
    tags = nr.bioes(7, spans)
    assert tags == ["S-PERSON", "O", "B-ORGANISATION", "I-ORGANISATION", "E-ORGANISATION",
                    "B-GPE", "E-GPE"]
    iob2 = ["B-PERSON", "O", "B-ORGANISATION", "I-ORGANISATION", "I-ORGANISATION", "B-GPE", "I-GPE"]
    assert nr.iob2_to_bioes(iob2) == tags


def test_heldout_list_names_dev_releases_of_unseen_publishers():
    ids = nr.read_doc_ids(HELDOUT)
    golds = {g["doc_id"]: g for g, _ in gold_documents(DEV)}
    assert len(ids) == 15 and set(ids) <= set(golds)
    held_publishers = {golds[i]["meta"]["publisher"] for i in ids}
    trained = {g["meta"]["publisher"] for i, g in golds.items() if i not in ids}
    assert not held_publishers & trained


def test_finetune_sets_keep_heldout_out_of_training():
    pairs = [_dev("adyrna-women-boxing-champions-return"), _dev("kazinform-urker-special-prize")]
    kaznerd = [TaggedSentence(["Алматы", "қаласы"], ["B-GPE", "O"])]
    sets = nr.finetune_sets(kaznerd, pairs, ["kazinform-urker-special-prize"], oversample=3,
                            caps_every=0)
    boxing = nr.release_sentences(pairs[:1]).sentences
    held = nr.release_sentences(pairs[1:]).sentences
    assert sets.train[0].tags == ["S-GPE", "O"]
    assert sets.train[1:] == boxing * 3 + [nr.upper_copy(boxing[0])]
    assert sets.heldout == held
    assert sets.train[-1].tokens[3] == "ЛИВЕРПУЛЬДЕН"
    with pytest.raises(ValueError):
        nr.finetune_sets(kaznerd, pairs, ["no-such-release"], 1, 0)
