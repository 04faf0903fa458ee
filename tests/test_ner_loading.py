"""presskz.ner.loading and presskz.ner.export: the shipped .npz must hold Stanza's own weights and
vocabularies (rebuilt Stanza files load in Stanza and give back the same .npz), refuse a file of
the wrong layout with a clear error, look words up as Stanza's vocabularies do, and keep a
one-release run free of torch and stanza (the tags themselves are compared with stanza.Pipeline
in tests/test_ner_tagger.py)."""
from __future__ import annotations

import json
import pickle
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from presskz.ner.loading import (EMBEDDING_TABLES, FORMAT, ModelFormatError, fix_singleton_tags,
                                 load_weights)
from presskz.ner.stage import MODEL_FILE, PRETRAIN_FILE, model_path

SRC = Path(__file__).resolve().parent.parent / "src"
WORDS = ["Астана", "астана", "ҚАЗАҚСТАН", "Нұрсұлтан", "2016", "жылы", ",", "«", "New York",
         "xyzzy-unknown", "Ә", "", "ПРЕЗИДЕНТІ"]

torch = pytest.importorskip("torch")  # Stanza's files are torch pickles (training side)


@pytest.fixture(scope="module")
def stanza_dir(tmp_path_factory):
    """Stanza's two files rebuilt from the shipped .npz."""
    from presskz.ner.export import stanza_files

    folder = tmp_path_factory.mktemp("stanza-files")
    stanza_files(model_path(), folder, MODEL_FILE, PRETRAIN_FILE)
    return folder


@pytest.fixture(scope="module")
def both(stanza_dir):
    """(ours, Stanza's Trainer over the rebuilt files)."""
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.ner.trainer import Trainer
    trainer = Trainer(model_file=str(stanza_dir / MODEL_FILE),
                      pretrain=Pretrain(str(stanza_dir / PRETRAIN_FILE)), device="cpu")
    return load_weights(model_path()), trainer


def test_rebuilt_stanza_files_export_to_the_same_weights(stanza_dir, tmp_path):
    """npz -> Stanza files -> npz gives every array back unchanged (the round trip is exact)."""
    from presskz.ner.export import export_npz

    again = export_npz(stanza_dir / MODEL_FILE, stanza_dir / PRETRAIN_FILE, tmp_path / "again.npz")
    with np.load(model_path()) as shipped, np.load(again) as exported:
        assert sorted(shipped.files) == sorted(exported.files)
        for name in shipped.files:
            assert shipped[name].dtype == exported[name].dtype, name
            assert np.array_equal(shipped[name], exported[name]), name


def test_weights_are_stored_as_float16_and_read_as_float32_but_the_embedding_tables():
    with np.load(model_path()) as files:
        assert files["taggerlstm.lstm.weight_hh_l0"].dtype == np.float16
    weights = load_weights(model_path())
    assert {n for n, a in weights.arrays.items() if a.dtype != np.float32} == EMBEDDING_TABLES
    assert all(weights.arrays[n].dtype == np.float16 for n in EMBEDDING_TABLES)


@pytest.mark.slow  # imports stanza and loads the model twice
def test_the_loader_gives_every_weight_stanza_loads(both):
    weights, trainer = both
    theirs = trainer.model.state_dict()
    assert set(weights.arrays) <= set(theirs)
    for name, array in weights.arrays.items():
        assert np.array_equal(array.astype(np.float32), theirs[name].float().numpy()), name


@pytest.mark.slow  # imports stanza and loads the model twice
def test_the_vocabularies_map_words_and_tags_as_stanzas_do(both):
    weights, trainer = both
    vocab, args = weights.vocab, weights.args
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


def rewritten(tmp_path: Path, change) -> Path:
    """A copy of the shipped .npz with `change(entries)` applied to its dict of arrays."""
    with np.load(model_path()) as files:
        entries = {name: files[name] for name in files.files}
    change(entries)
    path = tmp_path / "changed.npz"
    np.savez(path, **entries)
    return path


def test_a_weight_of_the_wrong_shape_is_refused_by_name(tmp_path):
    def truncate(entries):
        entries["delta_emb.weight"] = entries["delta_emb.weight"][:-1]
        del entries["tag_clfs.0.bias"]
    with pytest.raises(ModelFormatError) as error:
        load_weights(rewritten(tmp_path, truncate))
    message = str(error.value)
    assert "delta_emb.weight is (25255, 100), expected (25256, 100)" in message
    assert "tag_clfs.0.bias missing" in message


def test_an_unexpected_weight_is_refused(tmp_path):
    def add(entries):
        entries["attention.weight"] = np.zeros((2, 2), np.float16)
    with pytest.raises(ModelFormatError, match="attention.weight unexpected"):
        load_weights(rewritten(tmp_path, add))


def test_another_format_is_refused_with_the_export_command(tmp_path):
    def older(entries):
        meta = json.loads(entries["meta"].tobytes())
        meta["format"] = "presskz-ner-npz/0"
        entries["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    with pytest.raises(ModelFormatError, match="export_ner.py"):
        load_weights(rewritten(tmp_path, older))
    assert FORMAT != "presskz-ner-npz/0"


def test_a_file_that_is_not_an_npz_is_refused(tmp_path):
    path = tmp_path / "model.npz"
    path.write_bytes(b"not a zip")
    with pytest.raises(ModelFormatError, match="not a NumPy .npz"):
        load_weights(path)
    np.savez(path, w=np.zeros(3))
    with pytest.raises(ModelFormatError, match="no 'meta'"):
        load_weights(path)


def test_a_stanza_file_that_refers_to_other_globals_is_refused(tmp_path):
    from presskz.ner.export import load_file

    path = tmp_path / "evil.pt"
    torch.save({"model": {}, "config": {"where": Path("/tmp")}}, path)
    with pytest.raises(pickle.UnpicklingError, match="pathlib"):
        load_file(path)


def test_a_stanza_file_of_tensors_and_dicts_loads(tmp_path):
    from presskz.ner.export import load_file

    path = tmp_path / "ok.pt"
    torch.save({"w": torch.arange(6.0).reshape(2, 3), "vocab": {"a": 1}}, path)
    loaded = load_file(path)
    assert torch.equal(loaded["w"], torch.arange(6.0).reshape(2, 3)) and loaded["vocab"] == {"a": 1}


def test_loading_the_tagger_imports_neither_torch_nor_stanza():
    code = ("import sys; from presskz.ner.stage import load_tagger; load_tagger(); "
            "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('stanza', 'torch'))}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"


def test_the_shipped_model_is_the_npz_alone():
    """The runtime file replaces Stanza's files (size budget: < 40 MB shipped)."""
    folder = model_path().parent
    assert not list(folder.glob("*.pt"))
    assert sum(f.stat().st_size for f in folder.iterdir()) < 40e6
