"""Batched inference for the shipped Stanza NER model, without stanza.Pipeline around it.

The weights, vocabularies and network modules are Stanza's own (loaded by its NER Trainer); only
the inference loop is ours. Stanza's `predict` is written for training: every call also computes
the CRF training loss (its partition function), builds a Stanza Document per call and decodes
each sentence with a NumPy Viterbi loop. Here a batch of sentences goes through

    word + delta embeddings (ids cached per lowercased word)
    character BiLSTM (run once per distinct word form, cached: press text repeats its words)
    input transform -> BiLSTM -> tag scores -> batched Viterbi on the CRF transitions

and gives the same BIOES tags as stanza.Pipeline (tests/test_ner_tagger.py compares them on
KazNERD sentences). Sentences are sorted by length so that padding stays small.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from presskz.word_cache import WordCache

# words longer than this are cut for the character model only (Stanza would run them whole;
# nothing this long occurs in press text, and it keeps one batch from blowing up)
MAX_CHARS = 80
CACHE_LIMIT = 200_000  # distinct word forms whose ids / character states are kept


@contextmanager
def torch_threads(count: int | None) -> Iterator[None]:
    """Run the block with `count` intra-op torch threads (None: leave as is), then restore."""
    previous = torch.get_num_threads()
    if count and count != previous:
        torch.set_num_threads(count)
    try:
        yield
    finally:
        if count and count != previous:
            torch.set_num_threads(previous)


class NerTagger:
    """Tags pre-tokenised sentences with a Stanza NER model file and its pretrain file."""

    def __init__(self, model_path: Path, pretrain_path: Path, batch_size: int = 256) -> None:
        from stanza.models.common.pretrain import Pretrain
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
        from stanza.models.ner.trainer import Trainer, fix_singleton_tags

        trainer = Trainer(model_file=str(model_path), pretrain=Pretrain(str(pretrain_path)),
                          device="cpu")
        self.model = trainer.model.eval()
        self.vocab = trainer.vocab
        self.args = trainer.args
        self.batch_size = batch_size
        self._min_tag = VOCAB_PREFIX_SIZE  # ids below are PAD/UNK/...: Stanza maps them up
        self._fix_singletons = fix_singleton_tags
        self._word_ids = WordCache(self._ids, limit=CACHE_LIMIT)
        self._char_states: dict[str, torch.Tensor] = {}
        self._check_supported()
        self._names_by_id = self._tag_table()

    def _check_supported(self) -> None:
        """This loop implements the architecture we train (scripts/train_ner.py); refuse others
        rather than tag wrongly."""
        a, m = self.args, self.model
        unsupported = [name for name, bad in (
            ("charlm", bool(a.get("charlm"))), ("bert", m.bert_model is not None),
            ("no char model", not (a.get("char") and a.get("char_emb_dim", 0) > 0)),
            ("no word vocab", "word" not in self.vocab or m.delta_emb is None),
            ("connected output layers", bool(a.get("connect_output_layers"))),
            ("several tag sets", len(m.tag_clfs) != 1)) if bad]
        if unsupported:
            raise ValueError(f"NER model uses features the batched tagger does not run: "
                             f"{', '.join(unsupported)}")

    # -- inputs ----------------------------------------------------------------------------
    def _ids(self, word: str) -> tuple[int, int]:
        """(pretrained-vocabulary id, delta-vocabulary id) of a word, as Stanza maps it."""
        lowered = word.lower() if self.args.get("lowercase", True) else word
        static = self.vocab["word"].map([lowered])[0]
        delta = self.vocab["delta"].map([lowered])[0]
        # Stanza: a word the pretrained vectors know but the delta vocabulary does not gets no
        # delta vector (PAD) rather than the delta UNK vector
        if delta == 1 and static != 1:
            delta = 0
        return static, delta

    def _char_reps(self, words: list[str]) -> torch.Tensor:
        """The character BiLSTM's final states (one row per word), computed once per form."""
        missing = sorted({w for w in words if w not in self._char_states},
                         key=len, reverse=True)
        fresh = dict(zip(missing, self._run_char_model(missing))) if missing else {}
        if len(self._char_states) < CACHE_LIMIT:
            self._char_states.update(fresh)
        return torch.stack([fresh[w] if w in fresh else self._char_states[w] for w in words])

    def _run_char_model(self, words: list[str]) -> torch.Tensor:
        """Final forward and backward states of the character LSTM for words sorted longest
        first (the order pack_padded_sequence wants)."""
        charmodel = self.model.charmodel
        char_vocab = self.vocab["char"]
        lengths = [min(len(w), MAX_CHARS) or 1 for w in words]
        ids = torch.zeros(len(words), lengths[0], dtype=torch.long)
        for row, (word, n) in enumerate(zip(words, lengths)):
            ids[row, :n] = torch.tensor(char_vocab.map(list(word[:n])) or [0])
        packed = pack_padded_sequence(charmodel.char_emb(ids), lengths, batch_first=True)
        layers = 2 * self.args["char_num_layers"]
        hx = (charmodel.charlstm_h_init.expand(layers, len(words), -1).contiguous(),
              charmodel.charlstm_c_init.expand(layers, len(words), -1).contiguous())
        _, (h, _) = charmodel.charlstm.lstm(packed, hx)
        return h[-2:].transpose(0, 1).reshape(len(words), -1)

    # -- network ---------------------------------------------------------------------------
    def _emissions(self, sentences: list[list[str]]) -> torch.Tensor:
        """Tag scores, [batch, longest, tags], for sentences sorted longest first."""
        m = self.model
        lengths = [len(s) for s in sentences]
        flat = [w for s in sentences for w in s]
        ids = torch.tensor(list(map(self._word_ids.__getitem__, flat)), dtype=torch.long)
        word_vectors = m.word_emb(ids[:, 0]) + m.delta_emb(ids[:, 1])
        inputs = torch.cat([word_vectors, self._char_reps(flat)], 1)
        if m.input_transform is not None:
            inputs = m.input_transform(inputs)
        padded = torch.zeros(len(sentences), lengths[0], inputs.shape[1])
        for row, piece in enumerate(torch.split(inputs, lengths)):
            padded[row, :len(piece)] = piece
        layers = 2 * self.args["num_layers"]
        hx = (m.taggerlstm_h_init.expand(layers, len(sentences), -1).contiguous(),
              m.taggerlstm_c_init.expand(layers, len(sentences), -1).contiguous())
        out, _ = m.taggerlstm.lstm(pack_padded_sequence(padded, lengths, batch_first=True), hx)
        out, _ = pad_packed_sequence(out, batch_first=True)
        return m.tag_clfs[0](out)

    def _viterbi(self, scores: torch.Tensor, lengths: list[int]) -> list[list[int]]:
        """Best tag id sequence per sentence under the CRF transitions, all sentences at once.
        Sentences come longest first, so the ones still running at step t are a prefix of the
        batch: each step only computes those rows."""
        # [to, from] so that the max runs over the contiguous last axis
        transitions = self.model.crits[0]._transitions.t().contiguous()
        trellis = scores[:, 0].clone()
        backpointers = []
        for t in range(1, len(lengths) and lengths[0]):
            alive = sum(1 for n in lengths if n > t)
            best, pointer = (trellis[:alive].unsqueeze(1) + transitions).max(2)
            trellis[:alive] = best + scores[:alive, t]
            backpointers.append(pointer.tolist())
        paths = []
        for row, n in enumerate(lengths):
            path = [int(trellis[row].argmax())]
            for t in range(n - 2, -1, -1):
                path.append(backpointers[t][row][path[-1]])
            paths.append(path[::-1])
        return paths

    # -- public ----------------------------------------------------------------------------
    @torch.inference_mode()
    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIOES tags, one list per token list (empty lists give empty lists)."""
        order = sorted((i for i, s in enumerate(sentences) if s),
                       key=lambda i: len(sentences[i]), reverse=True)
        tags: list[list[str]] = [[] for _ in sentences]
        for start in range(0, len(order), self.batch_size):
            chunk = order[start:start + self.batch_size]
            batch = [sentences[i] for i in chunk]
            lengths = [len(s) for s in batch]
            for i, ids in zip(chunk, self._viterbi(self._emissions(batch), lengths)):
                tags[i] = self._tag_names(ids)
        return tags

    def _tag_names(self, ids: list[int]) -> list[str]:
        names = self._names_by_id
        return self._fix_singletons([names[i] for i in ids])

    def _tag_table(self) -> list[str]:
        """Tag name per tag id, as Stanza unmaps it (ids below the vocabulary prefix -> O's id)."""
        count = self.model.crits[0]._transitions.shape[0]
        names = self.vocab["tag"].unmap([(max(i, self._min_tag),) for i in range(count)])
        return [n[0] if isinstance(n, (list, tuple)) else n for n in names]


def stanza_pipeline(model_path: Path, pretrain_path: Path):
    """The reference this tagger must agree with, and the benchmark's baseline: Stanza's own
    pipeline over the same files, pre-tokenised, offline (an empty resources.json in a
    temporary dir stops it from fetching the real one)."""
    import tempfile

    import stanza

    resources = Path(tempfile.mkdtemp(prefix="presskz-stanza-"))
    (resources / "resources.json").write_text("{}", encoding="utf-8")
    return stanza.Pipeline(lang="kk", dir=str(resources), processors="tokenize,ner",
                           tokenize_pretokenized=True, ner_model_path=str(model_path),
                           ner_pretrain_path=str(pretrain_path), download_method=None,
                           allow_unknown_language=True, logging_level="ERROR", use_gpu=False)
