"""Load the saved Stanza NER model for inference without importing stanza.

Stanza's NER Trainer loads a model by importing all of stanza (~1.2 s) and building an Adam
optimizer, whose creation imports torch._dynamo (~2.5 s of CPU): most of a one-release
`presskz extract`. The two files are plain torch pickles of tensors and dicts, so here they are
read directly: the modules the batched tagger runs (embeddings, the two LSTMs, the input
transform, the tag classifier, the CRF transitions) are rebuilt with torch.nn under Stanza's
parameter names and given the saved weights (every saved weight must find its module and every
module its weight, so a model of another architecture is refused), and the vocabularies look
words up as Stanza's do. The files are unpickled by pickle's C unpickler restricted to the
globals a state dict needs (as safe as weights_only=True, 15x faster). stanza stays the
training tool and the reference: tests/test_ner_tagger.py compares the tags with
stanza.Pipeline, and the version check (presskz.ner.compat) still holds.
"""
from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import torch
from torch import nn

UNK = "<UNK>"
# the only globals a saved state dict of tensors and plain containers refers to
SAFE_GLOBALS = frozenset({("collections", "OrderedDict"), ("torch._utils", "_rebuild_tensor_v2"),
                          ("torch._utils", "_rebuild_parameter"), ("torch", "FloatStorage"),
                          ("torch", "LongStorage")})
VOCAB_PREFIX_SIZE = 4  # Stanza's <PAD> <UNK> <EMPTY> <ROOT>


class _SafeUnpickler(pickle.Unpickler):
    """pickle's C unpickler, allowed only SAFE_GLOBALS. torch.load(weights_only=True) is as safe
    but unpickles in Python: 1.7 s of CPU for these files (the vocabularies hold 100k strings)
    against 0.1 s here."""

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
    return torch.load(str(path), map_location="cpu", weights_only=False, pickle_module=_SafePickle)


class Vocab:
    """A Stanza vocabulary's word -> id lookup (BaseVocab.unit2id and the subclasses' tweaks)."""

    def __init__(self, state: dict[str, Any], kind: str) -> None:
        self._unit2id: dict[str, int] = state["_unit2id"]
        self.lower = bool(state.get("lower"))
        self.nbsp = kind == "PretrainedWordVocab"  # it stores spaces inside words as U+00A0
        self.ignore = frozenset(state.get("ignore") or ())  # WordVocab: these map to <EMPTY>
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

    def __init__(self, state: dict[str, Any]) -> None:
        columns = state["_id2unit"]
        if len(columns) != 1:
            raise ValueError("NER model with several tag columns: the batched tagger runs one")
        self.names: list[str] = list(next(iter(columns.values())))

    def unmap(self, ids: list[tuple[int]]) -> list[str]:
        return [self.names[i[0]] for i in ids]


def _vocabularies(state: dict[str, Any]) -> dict[str, Any]:
    kinds = state["_key2class"]
    vocabs: dict[str, Any] = {}
    for name, kind in kinds.items():
        if kind == "CompositeVocab" or name == "tag":
            vocabs[name] = TagVocab(state[name])
        elif kind in ("CharVocab", "PretrainedWordVocab", "WordVocab"):
            vocabs[name] = Vocab(state[name], kind)
        else:
            raise ValueError(f"NER model with a {kind} vocabulary ({name!r}): not supported")
    return vocabs


class _LSTMHolder(nn.Module):
    """Stanza's PackedLSTM: an nn.LSTM under the name `lstm`."""

    def __init__(self, size: int, hidden: int) -> None:
        super().__init__()
        self.lstm = nn.LSTM(size, hidden, 1, bias=True, batch_first=True, bidirectional=True)


class _CharModel(nn.Module):
    """Stanza's CharacterModel without attention (the parts inference reads)."""

    def __init__(self, chars: int, dim: int, hidden: int) -> None:
        super().__init__()
        self.attn = False
        self.char_emb = nn.Embedding(chars, dim, padding_idx=0)
        self.charlstm = _LSTMHolder(dim, hidden)
        self.charlstm_h_init = nn.Parameter(torch.zeros(2, 1, hidden))
        self.charlstm_c_init = nn.Parameter(torch.zeros(2, 1, hidden))


class _CRF(nn.Module):
    def __init__(self, tags: int) -> None:
        super().__init__()
        self._transitions = nn.Parameter(torch.zeros(tags, tags))


class NerModel(nn.Module):
    """Stanza's NERTagger as the batched tagger reads it: same parameter names, no forward."""

    def __init__(self, args: dict[str, Any], vocab: dict[str, Any], tags: int) -> None:
        super().__init__()
        dim, hidden = args["word_emb_dim"], args["hidden_dim"]
        self.bert_model = None
        self.word_emb = nn.Embedding(len(vocab["word"]), dim, padding_idx=0)
        self.delta_emb = nn.Embedding(len(vocab["delta"]), dim, padding_idx=0)
        self.charmodel = _CharModel(len(vocab["char"]), args["char_emb_dim"], args["char_hidden_dim"])
        size = dim + 2 * args["char_hidden_dim"]
        self.input_transform = nn.Linear(size, size) if args.get("input_transform") else None
        self.taggerlstm = _LSTMHolder(size, hidden)
        self.taggerlstm_h_init = nn.Parameter(torch.zeros(2, 1, hidden))
        self.taggerlstm_c_init = nn.Parameter(torch.zeros(2, 1, hidden))
        self.tag_clfs = nn.ModuleList([nn.Linear(2 * hidden, tags)])
        self.crits = nn.ModuleList([_CRF(tags)])


def load_ner_model(model_path: Path, pretrain_path: Path) -> tuple[NerModel, dict[str, Any], dict[str, Any]]:
    """(model in eval mode, vocabularies by name, the model's saved options) from the two files."""
    checkpoint = load_file(model_path)
    args = dict(checkpoint["config"])
    weights = dict(checkpoint["model"])
    if any(k.startswith("crit.") for k in weights):  # Stanza's old one-tag-set layout
        weights["crits.0._transitions"] = weights.pop("crit._transitions")
        weights["tag_clfs.0.weight"] = weights.pop("tag_clf.weight")
        weights["tag_clfs.0.bias"] = weights.pop("tag_clf.bias")
    if args.get("use_peft") or checkpoint.get("bert_lora") or args.get("bert_model") \
            or args.get("charlm"):
        raise ValueError(f"{model_path}: NER model with a transformer or character language "
                         f"model; the batched tagger runs character + word-vector models only")
    vocab = _vocabularies(checkpoint["vocab"])
    if not {"word", "delta", "char", "tag"} <= set(vocab):
        raise ValueError(f"{model_path}: NER model without word, delta, char and tag vocabularies")
    model = NerModel(args, vocab, weights["crits.0._transitions"].shape[0])
    pretrain = load_file(pretrain_path)
    weights["word_emb.weight"] = torch.as_tensor(pretrain["emb"])  # Stanza: not saved with the model
    model.load_state_dict(weights, strict=True)  # refuses missing and unexpected weights
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    return model.eval(), vocab, args


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
