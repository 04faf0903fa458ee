"""presskz.ner.loading: the shipped NER model read without stanza must hold Stanza's own weights,
look words up as Stanza's vocabularies do, and keep a one-release run free of stanza and
torch._dynamo imports (the tags themselves are compared with stanza.Pipeline in
tests/test_ner_tagger.py)."""
from __future__ import annotations

import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from presskz.ner.loading import fix_singleton_tags, load_file, load_ner_model
from presskz.ner.stage import model_paths

SRC = Path(__file__).resolve().parent.parent / "src"
WORDS = ["Астана", "астана", "ҚАЗАҚСТАН", "Нұрсұлтан", "2016", "жылы", ",", "«", "New York",
         "xyzzy-unknown", "Ә", "", "ПРЕЗИДЕНТІ"]


@pytest.fixture(scope="module")
def both():
    """(ours, Stanza's Trainer) over the shipped files."""
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.ner.trainer import Trainer
    model, pretrain = model_paths()
    trainer = Trainer(model_file=str(model), pretrain=Pretrain(str(pretrain)), device="cpu")
    return load_ner_model(model, pretrain), trainer


@pytest.mark.slow  # imports stanza and loads the model twice
def test_the_loader_gives_every_weight_stanza_loads(both):
    (model, _, _), trainer = both
    ours, theirs = model.state_dict(), trainer.model.state_dict()
    assert set(ours) <= set(theirs)
    for name, tensor in ours.items():
        assert torch.equal(tensor, theirs[name]), name


@pytest.mark.slow  # imports stanza and loads the model twice
def test_the_vocabularies_map_words_and_tags_as_stanzas_do(both):
    (_, vocab, args), trainer = both
    for name in ("word", "delta"):
        for words in (WORDS, [w.lower() for w in WORDS]):
            assert vocab[name].map(words) == trainer.vocab[name].map(words), name
    chars = sorted({c for w in WORDS for c in w}) + ["\u0301", "€"]
    assert [vocab["char"].unit2id(c) for c in chars] == [trainer.vocab["char"].unit2id(c) for c in chars]
    ids = [(i,) for i in range(4, len(vocab["tag"].names))]
    assert vocab["tag"].unmap(ids) == [n[0] for n in trainer.vocab["tag"].unmap(ids)]
    assert args == {k: v for k, v in trainer.args.items() if k in args}


def test_fix_singleton_tags_agrees_with_stanza_on_random_tag_sequences():
    from stanza.models.ner.trainer import fix_singleton_tags as stanza_fix
    rng = random.Random(23)
    tags = ["O"] + [f"{p}-{k}" for p in "BIES" for k in ("PER", "GPE")]
    for _ in range(2000):
        sequence = [rng.choice(tags) for _ in range(rng.randint(0, 8))]
        assert fix_singleton_tags(sequence) == stanza_fix(sequence), sequence


def test_a_model_file_that_refers_to_other_globals_is_refused(tmp_path):
    path = tmp_path / "evil.pt"
    torch.save({"model": {}, "config": {"where": Path("/tmp")}}, path)
    with pytest.raises(pickle.UnpicklingError, match="pathlib"):
        load_file(path)


def test_a_model_file_of_tensors_and_dicts_loads(tmp_path):
    path = tmp_path / "ok.pt"
    torch.save({"w": torch.arange(6.0).reshape(2, 3), "vocab": {"a": 1}}, path)
    loaded = load_file(path)
    assert torch.equal(loaded["w"], torch.arange(6.0).reshape(2, 3)) and loaded["vocab"] == {"a": 1}


def test_loading_the_tagger_imports_neither_stanza_nor_torch_dynamo():
    code = ("import sys; from presskz.ner.stage import load_tagger; load_tagger(); "
            "print(sorted({m.split('.')[0] + ('.' + m.split('.')[1] if m.startswith('torch.') else '') "
            "for m in sys.modules if m.startswith(('stanza', 'torch._dynamo'))}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"
