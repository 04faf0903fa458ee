"""The ner_model stage: offline loading (network blocked), tagging by token index, errors, info."""
from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from presskz.core.doc import Document, Sentence
from presskz.eval.kaznerd import document_from_tokens
from presskz.segment.tokenizer import tokenize
from presskz.ner import stage as ner_model
from presskz.ner.stage import ModelFilesMissing, NerModelStage, bioes_to_bio

SEED = Path(__file__).resolve().parent.parent / "corpora" / "seed" / "almaty-days-in-astana.txt"


def _no_network(*args, **kwargs):
    raise AssertionError("the ner_model stage tried to open a network connection")


@pytest.fixture(scope="module")
def tagged_seed():
    """The seed release's sentence naming the deputy mayor (not in KazNERD), tagged offline."""
    text = SEED.read_text(encoding="utf-8")
    sentence = next(s for s in re.split(r"(?<=[.!?»])\s+", text) if "Қырықбаев" in s)
    tokens = tokenize(sentence)  # the project's own tokeniser, as in the real pipeline
    doc = Document(text=sentence, doc_id="seed", tokens=tokens,
                   sentences=[Sentence(0, len(sentence), sentence, 0, len(tokens))])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket, "socket", _no_network)
        mp.setattr(socket, "create_connection", _no_network)
        ner_model._TAGGERS.clear()  # force a fresh load under the patch
        NerModelStage().pipe([doc])
    return doc


@pytest.mark.slow  # loading stanza + the model takes ~20 s on the shared CPU
def test_loads_offline_and_finds_person_and_position(tagged_seed):
    # KazNERD convention (see the seed gold notes): the outer POSITION span wins over its GPE
    found = {(e.text, e.type) for e in tagged_seed.model_entities}
    assert ("Арман Қырықбаев", "PERSON") in found
    assert ("Алматы әкімінің орынбасары", "POSITION") in found


@pytest.mark.slow  # loading stanza + the model takes ~20 s on the shared CPU
def test_entities_lie_on_token_boundaries(tagged_seed):
    starts = {t.start for t in tagged_seed.tokens}
    ends = {t.end for t in tagged_seed.tokens}
    for ent in tagged_seed.model_entities:
        assert ent.text == tagged_seed.text[ent.start:ent.end]
        assert ent.start in starts and ent.end in ends
        assert ent.source == "model" and 0.0 < ent.score <= 1.0  # presskz.ner.marginals
        assert any(c.isalnum() for c in ent.text)  # the "- деп" dash is never an entity


@pytest.mark.slow  # loading stanza + the model takes ~20 s on the shared CPU
def test_batch_across_documents_maps_each_back():
    docs = [document_from_tokens(["Қасым-Жомарт", "Тоқаев", "Астанаға", "келді", "."], "a"),
            document_from_tokens(["Бүгін", "жаңбыр", "жауды", "."], "b"),
            document_from_tokens(["Нұрлан", "Ноғаев", "Атырауда", "сөйледі", "."], "c")]
    NerModelStage().pipe(docs)
    assert {e.type for e in docs[0].model_entities} >= {"PERSON"}
    for doc in docs:
        doc.check_all()  # every entity's text is the document's text at its offsets
    assert any(e.text == "Нұрлан Ноғаев" for e in docs[2].model_entities)
    assert all("model_entities" in d.assigned for d in docs)


def test_missing_files_name_the_file(tmp_path):
    with pytest.raises(ModelFilesMissing, match="kk_kaznerd_ner.npz"):
        NerModelStage(model_dir=tmp_path).pipe([document_from_tokens(["Астана"])])
    (tmp_path / ner_model.MODEL_FILE).write_bytes(b"x")  # Stanza's file, not exported yet
    with pytest.raises(FileNotFoundError, match="export_ner.py"):
        NerModelStage(model_dir=tmp_path).info()


def test_info_reports_sha256_of_model_file():
    import hashlib

    expected = hashlib.sha256((ner_model.MODEL_DIR / ner_model.WEIGHTS_FILE).read_bytes()).hexdigest()
    info = NerModelStage().info()["model"]
    assert info == {"name": ner_model.MODEL_NAME, "sha256": expected}


def test_bioes_to_bio():
    assert bioes_to_bio(["S-GPE", "O", "B-PERSON", "I-PERSON", "E-PERSON"]) == \
        ["B-GPE", "O", "B-PERSON", "I-PERSON", "I-PERSON"]
