"""Batched inference for the shipped NER model (a Stanza NERTagger), in NumPy, without stanza.

The weights, vocabularies and options are Stanza's own (exported to an .npz by
presskz.ner.export, read by presskz.ner.loading); only the inference loop is ours. Stanza's
`predict` is written for training: every call also computes the CRF training loss (its
partition function), builds a Stanza Document per call and decodes each sentence with a NumPy
Viterbi loop. Here, once per distinct word form (press text repeats its forms: 118k tokens of
releases hold 18k forms),

    word + delta embeddings, character BiLSTM -> input transform -> the tagger LSTM's input
    projection (both directions, biases included): the form's "input gates", kept in FormRows

and then per batch of sentences (sorted by length, so that padding stays small)

    LSTM recurrence over the gates (ner.kernels) -> tag scores -> batched Viterbi on the CRF

In float32 this gives the same BIOES tags as stanza.Pipeline on the same weights
(tests/test_ner_tagger.py compares them on KazNERD and release sentences); with quantize=True
(int8 recurrent products, through torch) a few tags differ.
"""
from __future__ import annotations

from pathlib import Path
from collections.abc import Iterator

import numpy as np

from presskz.ner.compat import check_model_options
from presskz.ner.loading import VOCAB_PREFIX_SIZE, fix_singleton_tags, load_weights
from presskz.ner.marginals import tag_marginals
from presskz.ner.kernels import (Direction, alive_counts, directions, lstm_direction, quantized,
                                 time_major, viterbi)
from presskz.core.word_cache import WordCache

# words longer than this are cut for the character model only (Stanza would run them whole;
# nothing this long occurs in press text, and it keeps one batch from blowing up)
MAX_CHARS = 80
# distinct word forms whose LSTM input gates are kept (8 KB each: 256 MB at most)
CACHE_FORMS = 32_768


class FormRows:
    """One row of a growing array per word form (the forms' LSTM input gates). Emptied when
    a batch would take it past `limit` forms, so that memory stays flat on long runs."""

    def __init__(self, width: int, limit: int) -> None:
        self.width, self.limit = width, limit
        self.row_of: dict[str, int] = {}
        self.table = np.empty((0, width), dtype=np.float32)

    def missing(self, forms: set[str]) -> list[str]:
        """The forms that have no row yet (all of them if the store had to be emptied)."""
        missing = [f for f in forms if f not in self.row_of]
        if len(self.row_of) + len(missing) > self.limit:
            self.row_of.clear()
            missing = list(forms)
        return missing

    def claim(self, forms: list[str]) -> np.ndarray:
        """Rows for `forms` (which have none yet), for the caller to fill: a view of the table,
        so that the gates are computed straight into it."""
        first, end = len(self.row_of), len(self.row_of) + len(forms)
        if end > len(self.table):
            # allocated once at full size: only the pages written to become resident memory
            self.table = np.empty((max(end, self.limit), self.width), dtype=np.float32)
        self.row_of.update(zip(forms, range(first, end)))
        return self.table[first:end]

    def rows_of(self, words: list[str]) -> np.ndarray:
        row_of = self.row_of
        return np.fromiter((row_of[w] for w in words), dtype=np.intp, count=len(words))


class NerTagger:
    """Tags pre-tokenised sentences with the NER model in an .npz (presskz.ner.loading)."""

    # set by _split_lstm_weights
    _tagger: tuple[Direction, ...]
    _chars: tuple[Direction, ...]
    _w_ih_t: np.ndarray

    def __init__(self, weights_path: Path, batch_size: int = 256,
                 cache_forms: int = CACHE_FORMS, quantize: bool = False) -> None:
        weights = load_weights(weights_path)
        self.vocab, self.args = weights.vocab, weights.args
        self._check_supported()  # before any weight is read
        w = weights.arrays
        self.batch_size = batch_size
        self._min_tag = VOCAB_PREFIX_SIZE  # ids below are PAD/UNK/...: Stanza maps them up
        self._fix_singletons = fix_singleton_tags
        self._word_emb, self._delta_emb = w["word_emb.weight"], w["delta_emb.weight"]
        self._transform = ((np.ascontiguousarray(w["input_transform.weight"].T),
                            w["input_transform.bias"]) if self.args.get("input_transform") else None)
        self._classifier = (np.ascontiguousarray(w["tag_clfs.0.weight"].T), w["tag_clfs.0.bias"])
        self._transitions = w["crits.0._transitions"]
        self._names_by_id = self._tag_table()
        self._outside_ids = frozenset(i for i, n in enumerate(self._names_by_id) if n == "O")
        self._split_lstm_weights(w)
        if quantize:  # int8 recurrent products (ner.kernels.quantized)
            self._tagger = tuple(map(quantized, self._tagger))
            self._chars = tuple(map(quantized, self._chars))
        self._gate_rows = FormRows(self._w_ih_t.shape[1], cache_forms)
        # char -> id as the vocabulary maps it, memoised (its map() is a Python call per char)
        self._char_ids = WordCache(self.vocab["char"].unit2id)

    def _split_lstm_weights(self, w: dict[str, np.ndarray]) -> None:
        """The two LSTMs' directions for ner.kernels. Tagger LSTM: both directions' input
        weights side by side, so that one matmul gives a form's gates for both. Character LSTM:
        its input is a character embedding, so its input gates are one table row per character."""
        self._tagger = directions(
            w, "taggerlstm.lstm", w["taggerlstm_h_init"], w["taggerlstm_c_init"])
        self._w_ih_t = np.concatenate([d.w_ih_t for d in self._tagger], 1)
        self._gate_bias = np.concatenate([d.bias for d in self._tagger])
        self._chars = directions(
            w, "charmodel.charlstm.lstm", w["charmodel.charlstm_h_init"],
            w["charmodel.charlstm_c_init"])
        embeddings = w["charmodel.char_emb.weight"]
        self._char_gates = tuple(d.input_gates(embeddings) for d in self._chars)

    def _check_supported(self) -> None:
        """This loop implements the architecture we train (scripts/train_ner.py); refuse others
        rather than tag wrongly (the weights' shapes are checked by presskz.ner.loading)."""
        check_model_options(self.args)
        a = self.args
        unsupported = [name for name, bad in (
            ("charlm", bool(a.get("charlm"))),
            ("bert", bool(a.get("bert_model") or a.get("use_peft"))),
            ("no char model", not (a.get("char") and a.get("char_emb_dim", 0) > 0)),
            ("connected output layers", bool(a.get("connect_output_layers"))),
            ("several LSTM layers", a.get("num_layers") != 1 or a.get("char_num_layers") != 1),
            ) if bad]
        if unsupported:
            raise ValueError(f"NER model uses features the batched tagger does not run: "
                             f"{', '.join(unsupported)}")

    # -- inputs ----------------------------------------------------------------------------
    def _ids(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(pretrained-vocabulary ids, delta-vocabulary ids) of words, as Stanza maps them."""
        lowered = [w.lower() for w in words] if self.args.get("lowercase", True) else words
        static = np.asarray(self.vocab["word"].map(lowered), dtype=np.intp)
        delta = np.asarray(self.vocab["delta"].map(lowered), dtype=np.intp)
        # Stanza: a word the pretrained vectors know but the delta vocabulary does not gets no
        # delta vector (PAD) rather than the delta UNK vector
        delta[(delta == 1) & (static != 1)] = 0
        return static, delta

    def _run_char_model(self, words: list[str]) -> np.ndarray:
        """Final forward and backward states of the character LSTM (as Stanza's CharacterModel
        without attention gives them) for words sorted longest first."""
        char_id = self._char_ids
        lengths = [min(len(w), MAX_CHARS) or 1 for w in words]
        flat = [i for w, n in zip(words, lengths) for i in [char_id[c] for c in w[:n]] or [0]]
        grid = time_major(np.asarray(flat, dtype=np.intp), lengths)
        alive = alive_counts(lengths)
        forward, backward = (lstm_direction(gates, grid, alive, d, reverse=i == 1)
                             for i, (gates, d) in enumerate(zip(self._char_gates, self._chars)))
        # each word's final states: forward at its last character, backward at its first
        last = forward[np.asarray(lengths) - 1, np.arange(len(words))]
        return np.concatenate([last, backward[0]], 1)

    def _input_gates(self, words: list[str]) -> None:
        """Store both directions' LSTM input gates (input projection plus biases) of words:
        word + delta vectors and character states -> input transform -> W_ih."""
        # ner.kernels wants rows longest first; ties by text, so that a run repeats exactly
        words = sorted(words, key=lambda w: (-len(w), w))
        static, delta = self._ids(words)
        vectors = self._word_emb[static].astype(np.float32)  # float16 tables (ner.loading)
        vectors += self._delta_emb[delta]
        inputs = np.concatenate([vectors, self._run_char_model(words)], 1)
        if self._transform is not None:
            weight_t, bias = self._transform
            inputs = inputs @ weight_t
            inputs += bias
        gates = self._gate_rows.claim(words)
        np.matmul(inputs, self._w_ih_t, out=gates)
        gates += self._gate_bias

    # -- network ---------------------------------------------------------------------------
    def _emissions(self, sentences: list[list[str]], alive: list[int]) -> np.ndarray:
        """Tag scores, [longest, batch, tags], for sentences sorted longest first."""
        rows = self._gate_rows
        tokens = [w for s in sentences for w in s]
        missing = rows.missing(set(tokens))
        if missing:
            self._input_gates(missing)
        # the gate-table row of every token, time-major
        grid = time_major(rows.rows_of(tokens), [len(s) for s in sentences])
        width = rows.table.shape[1] // 2
        forward, backward = (lstm_direction(rows.table[:, i * width:(i + 1) * width], grid,
                                            alive, d, reverse=i == 1)
                             for i, d in enumerate(self._tagger))
        # scores only where there are tokens: padding is a third or more of a ragged grid
        at_token = np.arange(grid.shape[1]) < np.asarray(alive)[:, None]
        weight_t, bias = self._classifier
        scores = np.zeros(grid.shape + (weight_t.shape[1],), dtype=np.float32)
        hidden = np.concatenate([forward[at_token], backward[at_token]], 1)
        scores[at_token] = hidden @ weight_t + bias
        return scores

    # -- public ----------------------------------------------------------------------------
    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIOES tags, one list per token list (empty lists give empty lists)."""
        tags: list[list[str]] = [[] for _ in sentences]
        names = self._names_by_id
        for i, ids, _ in self._paths(sentences):
            tags[i] = self._fix_singletons([names[t] for t in ids])
        return tags

    def entity_runs(self, sentences: list[list[str]]) -> list[list[tuple[int, list[str]]]]:
        """Per token list, (first token, tags) of each maximal run of tags other than O, the
        tags as tag() gives them. Same answer as tag() without per-token work on O tokens:
        Stanza's singleton fix never changes an O and treats an O neighbour as it treats the
        sentence's edge, so each run can be fixed on its own."""
        return [[(first, tags) for first, tags, _ in runs]
                for runs in self._runs(sentences, scored=False)]

    def scored_runs(self, sentences: list[list[str]]
                    ) -> list[list[tuple[int, list[str], list[float]]]]:
        """entity_runs' runs, each with the CRF's posterior marginal of every decoded tag
        (presskz.ner.marginals): how sure the model is of each token's tag."""
        return self._runs(sentences, scored=True)

    def _runs(self, sentences: list[list[str]], scored: bool
              ) -> list[list[tuple[int, list[str], list[float]]]]:
        runs: list[list[tuple[int, list[str], list[float]]]] = [[] for _ in sentences]
        names, outside = self._names_by_id, self._outside_ids
        for i, ids, sure in self._paths(sentences, scored):
            inside = [k for k, t in enumerate(ids) if t not in outside]
            for first, end in _consecutive_ranges(inside):
                tags = self._fix_singletons([names[t] for t in ids[first:end]])
                runs[i].append((first, tags, sure[first:end]))
        return runs

    def _paths(self, sentences: list[list[str]], scored: bool = False
               ) -> Iterator[tuple[int, list[int], list[float]]]:
        """(index, Viterbi tag ids, each tag's marginal if `scored` else []) of every non-empty
        token list, in batches of similar lengths."""
        order = sorted((i for i, s in enumerate(sentences) if s),
                       key=lambda i: len(sentences[i]), reverse=True)
        transitions = self._transitions
        for start in range(0, len(order), self.batch_size):
            chunk = order[start:start + self.batch_size]
            batch = [sentences[i] for i in chunk]
            lengths = [len(s) for s in batch]
            alive = alive_counts(lengths)
            scores = self._emissions(batch, alive)
            paths = viterbi(scores, alive, lengths, transitions)
            sure = self._path_marginals(scores, paths) if scored else {}
            for row, (i, ids) in enumerate(zip(chunk, paths)):
                yield i, ids, sure.get(row, [])

    def _path_marginals(self, scores: np.ndarray, paths: list[list[int]]) -> dict[int, list[float]]:
        """Each decoded tag's marginal, by batch row, for the rows whose path has a tag other
        than O: only entities get a score, and the forward-backward of a row does not depend on
        the other rows, so the all-O rows (a fifth of the dev releases' sentences) are left out."""
        outside = self._outside_ids
        rows = [row for row, ids in enumerate(paths) if not outside.issuperset(ids)]
        if not rows:
            return {}
        lengths = [len(paths[row]) for row in rows]  # still longest first
        marginals = tag_marginals(scores[:lengths[0], rows], alive_counts(lengths),
                                  self._transitions)
        return {row: marginals[np.arange(n), k, paths[row]].tolist()
                for k, (row, n) in enumerate(zip(rows, lengths))}

    def _tag_table(self) -> list[str]:
        """Tag name per tag id, as Stanza unmaps it (ids below the vocabulary prefix -> O's id)."""
        count = self._transitions.shape[0]
        names = self.vocab["tag"].unmap([(max(i, self._min_tag),) for i in range(count)])
        return [n[0] if isinstance(n, (list, tuple)) else n for n in names]


def _consecutive_ranges(positions: list[int]) -> Iterator[tuple[int, int]]:
    """[first, end) of each run of consecutive integers in the sorted `positions`."""
    start = 0
    for k in range(1, len(positions) + 1):
        if k == len(positions) or positions[k] != positions[k - 1] + 1:
            yield positions[start], positions[k - 1] + 1
            start = k


def stanza_pipeline(weights_path: Path):
    """The reference this tagger must agree with, and the benchmark's baseline: Stanza's own
    pipeline over the same weights (its two files rebuilt from the .npz by presskz.ner.export),
    pre-tokenised, offline (an empty resources.json in a temporary dir stops it from fetching
    the real one). Needs stanza and torch."""
    import tempfile

    import stanza

    from presskz.ner.export import stanza_files

    resources = Path(tempfile.mkdtemp(prefix="presskz-stanza-"))
    model_path, pretrain_path = stanza_files(weights_path, resources, "kk_kaznerd_nertagger.pt",
                                             "kk_pretrain.pt")
    (resources / "resources.json").write_text("{}", encoding="utf-8")
    return stanza.Pipeline(lang="kk", dir=str(resources), processors="tokenize,ner",
                           tokenize_pretokenized=True, ner_model_path=str(model_path),
                           ner_pretrain_path=str(pretrain_path), download_method=None,
                           allow_unknown_language=True, logging_level="ERROR", use_gpu=False)
