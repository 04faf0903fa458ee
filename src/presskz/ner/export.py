"""Write the runtime .npz of the NER model from Stanza's trained files, and rebuild them from it.

Training (scripts/train_ner.py) leaves Stanza's two torch pickles: the tagger (weights, the
vocabularies, the options) and the pretrain (the frozen word vectors and their vocabulary). The
tagger runs from one .npz (presskz.ner.loading describes the layout); `export_npz` writes it
(`python scripts/export_ner.py`, which a new model from training goes through) and
`stanza_files` writes Stanza's two files back from it, so that the tests and the benchmark can
run stanza.Pipeline, the reference, on exactly the shipped weights. Both need torch (a training
dependency); the runtime does not import this module.

The pickles are read by pickle's C unpickler restricted to the globals a state dict needs (as
safe as torch.load(weights_only=True), 15x faster on these files).
"""
from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from presskz.ner.compat import check_model_options, check_stanza_version
from presskz.ner.loading import (FORMAT, UNIT_SEPARATOR, ModelFormatError, load_weights,
                                 units_array, units_of)

# the only globals a saved state dict of tensors and plain containers refers to
SAFE_GLOBALS = frozenset({("collections", "OrderedDict"), ("torch._utils", "_rebuild_tensor_v2"),
                          ("torch._utils", "_rebuild_parameter"), ("torch", "FloatStorage"),
                          ("torch", "HalfStorage"), ("torch", "LongStorage")})
VOCAB_KINDS = ("CharVocab", "PretrainedWordVocab", "WordVocab", "CompositeVocab")


class _SafeUnpickler(pickle.Unpickler):
    """pickle's C unpickler, allowed only SAFE_GLOBALS."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in SAFE_GLOBALS:
            raise pickle.UnpicklingError(f"NER model file refers to {module}.{name}, which a "
                                         f"file of weights and vocabularies does not need")
        return super().find_class(module, name)


class _SafePickle:
    """The `pickle_module` torch.load is given: every unpickling goes through _SafeUnpickler."""

    Unpickler = _SafeUnpickler

    @staticmethod
    def load(file: Any, **kwargs: Any) -> Any:
        return _SafeUnpickler(file, **kwargs).load()


def load_file(path: Path) -> Any:
    """A torch-saved file of tensors and plain containers, on the CPU."""
    import torch

    return torch.load(str(path), map_location="cpu", weights_only=False, pickle_module=_SafePickle)


def _vocab_entries(state: dict[str, Any], where: Path) -> tuple[dict[str, np.ndarray], dict]:
    """(`vocab.<name>` arrays, meta["vocab"]) of a Stanza vocabulary state."""
    arrays, settings = {}, {}
    for name, kind in state["_key2class"].items():
        if kind not in VOCAB_KINDS:
            raise ModelFormatError(f"{where}: a {kind} vocabulary ({name!r}) is not supported")
        vocab = dict(state[name])
        units, index = vocab.pop("_id2unit"), vocab.pop("_unit2id")
        if kind == "CompositeVocab":  # one column of tags, keyed by its column name
            if len(units) != 1:
                raise ModelFormatError(f"{where}: several tag columns; the tagger runs one")
            vocab["column"] = column = next(iter(units))
            units, index = units[column], index[column]
        if index != {unit: i for i, unit in enumerate(units)}:
            raise ModelFormatError(f"{where}: vocabulary {name!r} does not number its units 0..n")
        if any(UNIT_SEPARATOR in unit for unit in units):
            raise ModelFormatError(f"{where}: vocabulary {name!r} has a unit with a line break")
        arrays[f"vocab.{name}"] = units_array(list(units))
        settings[name] = {"class": kind, **vocab}
    return arrays, settings


def export_npz(model_path: Path, pretrain_path: Path, out: Path) -> Path:
    """Write the .npz of Stanza's tagger file and pretrain file to `out`; returns `out`.

    Weights are stored as float16: the packaged Stanza files already are (train_ner.py's
    package step), and an unpackaged float32 model is rounded the same way."""
    check_stanza_version()  # the files follow this stanza's layouts
    checkpoint, pretrain = load_file(model_path), load_file(pretrain_path)
    args = dict(checkpoint["config"])
    check_model_options(args)
    weights = {name: tensor.numpy() for name, tensor in checkpoint["model"].items()}
    if "crit._transitions" in weights:  # Stanza's old one-tag-set layout
        for old, new in (("crit._transitions", "crits.0._transitions"),
                         ("tag_clf.weight", "tag_clfs.0.weight"), ("tag_clf.bias", "tag_clfs.0.bias")):
            weights[new] = weights.pop(old)
    if checkpoint["vocab"]["word"]["_id2unit"] != pretrain["vocab"]["_id2unit"]:
        raise ModelFormatError(f"{model_path}: its word vocabulary is not {pretrain_path}'s")
    weights["word_emb.weight"] = np.asarray(pretrain["emb"])  # Stanza: not saved with the model
    vocab_arrays, vocab_settings = _vocab_entries(checkpoint["vocab"], model_path)
    meta = {"format": FORMAT, "config": args, "vocab": vocab_settings}
    arrays = {name: array.astype(np.float16) for name, array in weights.items()}
    entries = {"meta": np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"),
                                     dtype=np.uint8), **vocab_arrays, **arrays}
    np.savez(out, **entries)
    load_weights(out)  # checks the shapes against the options: a bad export fails here
    return out


def stanza_states(npz: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(tagger checkpoint, pretrain) as Stanza saves them, rebuilt from the .npz (float16)."""
    import torch

    with np.load(npz, allow_pickle=False) as files:
        meta = json.loads(files["meta"].tobytes().decode("utf-8"))
        arrays = {name: files[name] for name in files.files
                  if not name.startswith("vocab.") and name != "meta"}
        vocab: dict[str, Any] = {"_key2class": {}}
        for name, settings in meta["vocab"].items():
            settings = dict(settings)
            kind, units = settings.pop("class"), units_of(files[f"vocab.{name}"])
            vocab["_key2class"][name] = kind
            index = {unit: i for i, unit in enumerate(units)}
            if kind == "CompositeVocab":
                column = settings.pop("column")
                vocab[name] = {**settings, "_id2unit": {column: units}, "_unit2id": {column: index}}
            else:
                vocab[name] = {**settings, "_id2unit": units, "_unit2id": index}
    emb = torch.from_numpy(arrays.pop("word_emb.weight"))
    model = {name: torch.from_numpy(array) for name, array in arrays.items()}
    checkpoint = {"model": model, "vocab": vocab, "config": meta["config"]}
    return checkpoint, {"vocab": vocab["word"], "emb": emb}


def stanza_files(npz: Path, folder: Path, model_file: str, pretrain_file: str) -> tuple[Path, Path]:
    """Stanza's (tagger, pretrain) files rebuilt from the .npz into `folder`."""
    import torch

    checkpoint, pretrain = stanza_states(npz)
    folder.mkdir(parents=True, exist_ok=True)
    paths = (folder / model_file, folder / pretrain_file)
    torch.save(checkpoint, str(paths[0]), _use_new_zipfile_serialization=False)
    torch.save(pretrain, str(paths[1]), _use_new_zipfile_serialization=False)
    return paths
