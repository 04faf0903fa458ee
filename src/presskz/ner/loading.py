"""Load the shipped NER model (an .npz of NumPy arrays) for inference, without torch or stanza.

The model is trained with Stanza (scripts/train_ner.py), whose files are torch pickles; importing
torch alone costs a one-release `presskz extract` ~1 s and ~200 MB. So the shipped file is the
runtime format presskz.ner.export writes from them (`python scripts/export_ner.py`): every
weight under Stanza's parameter name, stored as float16 (the packaged Stanza files already are)
and read here as float32, the word vectors of the pretrain file as `word_emb.weight`, each
vocabulary's units in id order (`vocab.<name>`, UTF-8, one unit a line), and a JSON `meta` with
the format, the model's saved options and the vocabularies' settings. The two word-embedding
tables (most of the file) stay float16 in memory: the tagger converts the rows it looks up.
Loading checks every
weight's shape against those options, so a truncated or mismatched file is a clear error rather
than an IndexError in the tagger. Words are looked up as Stanza's vocabularies look them up.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "presskz-ner-npz/1"
UNK = "<UNK>"
UNIT_SEPARATOR = "\n"  # between the units of a stored vocabulary (the export refuses units with it)
VOCAB_PREFIX_SIZE = 4  # Stanza's <PAD> <UNK> <EMPTY> <ROOT>
# looked up a few rows at a time: kept as stored (float16), their rows converted on lookup
EMBEDDING_TABLES = frozenset({"word_emb.weight", "delta_emb.weight"})


class ModelFormatError(ValueError):
    """The model file is not a presskz NER .npz of the expected layout."""


class Vocab:
    """A Stanza vocabulary's word -> id lookup (BaseVocab.unit2id and the subclasses' tweaks)."""

    def __init__(self, units: list[str], kind: str, settings: dict[str, Any]) -> None:
        self._unit2id: dict[str, int] = {unit: i for i, unit in enumerate(units)}
        self.lower = bool(settings.get("lower"))
        self.nbsp = kind == "PretrainedWordVocab"  # it stores spaces inside words as U+00A0
        self.ignore = frozenset(settings.get("ignore") or ())  # WordVocab: these map to <EMPTY>
        self.unk_id = self._unit2id[UNK]

    def unit2id(self, unit: str) -> int:
        if unit in self.ignore:
            return self._unit2id["<EMPTY>"]
        if self.lower:
            unit = unit.lower()
        if self.nbsp and unit:
            unit = unit.replace(" ", "\xa0")
        return self._unit2id.get(unit, self.unk_id)

    def map(self, units: list[str]) -> list[int]:
        return [self.unit2id(u) for u in units]

    def __len__(self) -> int:
        return len(self._unit2id)


class TagVocab:
    """The tag vocabulary (Stanza's one-column CompositeVocab): tag id -> name."""

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def unmap(self, ids: list[tuple[int]]) -> list[str]:
        return [self.names[i[0]] for i in ids]

    def __len__(self) -> int:
        return len(self.names)


@dataclass
class NerWeights:
    """The model as the tagger reads it: arrays by Stanza parameter name (float32, except the
    EMBEDDING_TABLES: float16), vocabularies by name (word, delta, char, tag), the model's saved
    (training) options."""

    arrays: dict[str, np.ndarray]
    vocab: dict[str, Any]
    args: dict[str, Any]


def units_array(units: list[str]) -> np.ndarray:
    """A vocabulary's units as the .npz stores them: UTF-8 bytes, one unit a line."""
    return np.frombuffer(UNIT_SEPARATOR.join(units).encode("utf-8"), dtype=np.uint8)


def units_of(array: np.ndarray) -> list[str]:
    return array.tobytes().decode("utf-8").split(UNIT_SEPARATOR)


def _vocabularies(files: Any, meta: dict[str, Any]) -> dict[str, Any]:
    vocabs: dict[str, Any] = {}
    for name, settings in meta["vocab"].items():
        units = units_of(files[f"vocab.{name}"])
        if settings["class"] == "CompositeVocab":
            vocabs[name] = TagVocab(units)
        else:
            vocabs[name] = Vocab(units, settings["class"], settings)
    if not {"word", "delta", "char", "tag"} <= set(vocabs):
        raise ModelFormatError("NER model without word, delta, char and tag vocabularies")
    return vocabs


def expected_shapes(args: dict[str, Any], vocab: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    """Every weight the tagger reads, with the shape the model's options and vocabularies give."""
    dim, hidden = args["word_emb_dim"], args["hidden_dim"]
    char_dim, char_hidden = args["char_emb_dim"], args["char_hidden_dim"]
    size, tags = dim + 2 * char_hidden, len(vocab["tag"])
    shapes: dict[str, tuple[int, ...]] = {
        "word_emb.weight": (len(vocab["word"]), dim), "delta_emb.weight": (len(vocab["delta"]), dim),
        "charmodel.char_emb.weight": (len(vocab["char"]), char_dim),
        "charmodel.charlstm_h_init": (2, 1, char_hidden),
        "charmodel.charlstm_c_init": (2, 1, char_hidden),
        "taggerlstm_h_init": (2, 1, hidden), "taggerlstm_c_init": (2, 1, hidden),
        "tag_clfs.0.weight": (tags, 2 * hidden), "tag_clfs.0.bias": (tags,),
        "crits.0._transitions": (tags, tags)}
    if args.get("input_transform"):
        shapes.update({"input_transform.weight": (size, size), "input_transform.bias": (size,)})
    for prefix, inputs, width in (("charmodel.charlstm.lstm", char_dim, char_hidden),
                                  ("taggerlstm.lstm", size, hidden)):
        for suffix in ("_l0", "_l0_reverse"):
            shapes.update({f"{prefix}.weight_ih{suffix}": (4 * width, inputs),
                           f"{prefix}.weight_hh{suffix}": (4 * width, width),
                           f"{prefix}.bias_ih{suffix}": (4 * width,),
                           f"{prefix}.bias_hh{suffix}": (4 * width,)})
    return shapes


def check_shapes(arrays: dict[str, np.ndarray], shapes: dict[str, tuple[int, ...]],
                 where: str) -> None:
    """Raises ModelFormatError naming every missing, unexpected or misshapen weight."""
    problems = [f"{name} missing" for name in shapes if name not in arrays]
    problems += [f"{name} unexpected" for name in arrays if name not in shapes]
    problems += [f"{name} is {tuple(arrays[name].shape)}, expected {shape}"
                 for name, shape in shapes.items()
                 if name in arrays and tuple(arrays[name].shape) != shape]
    if problems:
        raise ModelFormatError(f"{where}: NER weights do not fit the model's options: "
                               + "; ".join(problems))


def load_weights(path: Path) -> NerWeights:
    """The model in the .npz at `path` (float32 arrays, vocabularies, options), shapes checked."""
    try:
        files = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as error:
        raise ModelFormatError(f"{path}: not a NumPy .npz file ({error})") from error
    with files:
        if "meta" not in files.files:
            raise ModelFormatError(f"{path}: no 'meta' entry: not a presskz NER model file")
        meta = json.loads(files["meta"].tobytes().decode("utf-8"))
        if meta.get("format") != FORMAT:
            raise ModelFormatError(f"{path}: format {meta.get('format')!r}, expected {FORMAT!r} "
                                   f"(re-export it with scripts/export_ner.py)")
        vocab = _vocabularies(files, meta)
        arrays = {name: files[name] if name in EMBEDDING_TABLES else files[name].astype(np.float32)
                  for name in files.files if not name.startswith("vocab.") and name != "meta"}
    args = meta["config"]
    check_shapes(arrays, expected_shapes(args, vocab), str(path))
    return NerWeights(arrays, vocab, args)


def fix_singleton_tags(tags: list[str]) -> list[str]:
    """Stanza's ner.trainer.fix_singleton_tags (Apache-2.0): I- at a run's edge becomes B-/E-,
    then a lone B- or E- becomes S-."""
    new = list(tags)
    for i, tag in enumerate(new):
        if tag.startswith("I-"):
            kind = tag[2:]
            if i == len(new) - 1 or new[i + 1] not in ("I-" + kind, "E-" + kind):
                new[i] = "E-" + kind
            if i == 0 or new[i - 1] not in ("B-" + kind, "I-" + kind):
                new[i] = "B-" + kind
    for i, tag in enumerate(new):
        kind = tag[2:]
        if tag.startswith("B-") and (i == len(new) - 1 or new[i + 1] not in ("I-" + kind, "E-" + kind)):
            new[i] = "S-" + kind
        if tag.startswith("E-") and (i == 0 or new[i - 1] not in ("B-" + kind, "I-" + kind)):
            new[i] = "S-" + kind
    return new
