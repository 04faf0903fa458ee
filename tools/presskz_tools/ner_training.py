"""Data preparation for training the Stanza NER model on KazNERD (used by scripts/train_ner.py).

Splits KazNERD (Yeshpanov et al., LREC 2022, CC BY 4.0) into train / dev / evaluation, writes
Stanza's NER JSON, and builds the word-vector pretrain Stanza needs: fastText vectors trained
with gensim on lowercased text (Stanza looks words up lowercased), pruned to a vocabulary cap
and converted to Stanza's Pretrain `.pt` format. Nothing here imports stanza except the final
conversion, which is done lazily so the package never needs it at import time.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable

import regex

from presskz.core.extras import require
from presskz.eval.kaznerd import TaggedSentence, read_iob2

# Sentences 1..EVAL_SIZE of the test split are the evaluation half: never trained on.
EVAL_SIZE = 5650
WORD_RE = regex.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


@dataclass
class Split:
    train: list[TaggedSentence]
    dev: list[TaggedSentence]
    evaluation: list[TaggedSentence]


def split_kaznerd(kaznerd_dir: str | Path, dev_size: int = 1000,
                  use_test_half: bool = True) -> Split:
    """Train = valid minus its last `dev_size` sentences (+ test sentences after EVAL_SIZE).

    The dev slice is a contiguous block at the end of valid rather than a random sample: valid
    is ordered by document, so a block shares fewer documents with the training part and its
    score is a less optimistic guide for choosing settings.
    """
    kaznerd_dir = Path(kaznerd_dir)
    valid = read_iob2(kaznerd_dir / "IOB2_valid.txt")
    test = read_iob2(kaznerd_dir / "IOB2_test.txt")
    train = valid[:-dev_size] + (test[EVAL_SIZE:] if use_test_half else [])
    return Split(train=train, dev=valid[-dev_size:], evaluation=test[:EVAL_SIZE])


def evaluation_half(kaznerd_dir: str | Path) -> list[TaggedSentence]:
    """Test sentences 1..EVAL_SIZE, the evaluation half."""
    return read_iob2(Path(kaznerd_dir) / "IOB2_test.txt")[:EVAL_SIZE]


def to_stanza_json(sentences: Iterable[TaggedSentence]) -> list[list[dict]]:
    """Stanza's NER training format: a list of sentences, each a list of {text, ner} words."""
    return [[{"text": tok, "ner": tag} for tok, tag in zip(s.tokens, s.tags)] for s in sentences]


def write_stanza_json(sentences: Iterable[TaggedSentence], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(to_stanza_json(sentences), handle, ensure_ascii=False)


def lower_words(line: str) -> list[str]:
    """Lowercased word tokens of a raw text line, split the way KazNERD splits punctuation."""
    return [w.lower() for w in WORD_RE.findall(line)]


def corpus_sentences(train: list[TaggedSentence], text_files: Iterable[str | Path]) -> list[list[str]]:
    """Lowercased token lists for the word-vector trainer: training sentences + raw text lines."""
    out = [[t.lower() for t in s.tokens] for s in train]
    for path in text_files:
        with open(path, encoding="utf-8") as handle:
            out.extend(words for words in map(lower_words, handle) if words)
    return out


def train_fasttext(sentences: list[list[str]], dim: int = 100, epochs: int = 10, seed: int = 1234,
                   workers: int = 1):
    """A gensim FastText model; one worker thread so that it is reproducible for a seed."""
    FastText = require("gensim.models", "train", "gensim").FastText

    return FastText(sentences=sentences, vector_size=dim, window=5, min_count=1, sg=1,
                    epochs=epochs, seed=seed, workers=workers, min_n=3, max_n=5)


def choose_vocab(train: list[TaggedSentence], sentences: list[list[str]], max_vocab: int) -> list[str]:
    """Pretrain vocabulary: training words first (most frequent first), then corpus words.

    Training words come first because the tagger can only use a vector for a word it sees; the
    remaining slots go to the most frequent words of the raw text, which helps at inference.
    """
    train_counts = Counter(t.lower() for s in train for t in s.tokens)
    corpus_counts = Counter(w for s in sentences for w in s)
    vocab = [w for w, _ in train_counts.most_common()][:max_vocab]
    seen = set(vocab)
    for word, _ in corpus_counts.most_common():
        if len(vocab) >= max_vocab:
            break
        if word not in seen:
            vocab.append(word)
            seen.add(word)
    return [w for w in vocab if w.strip() and " " not in w]


def write_vectors(wv, vocab: list[str], path: str | Path) -> None:
    """word2vec text format (header line `count dim`), vectors taken from the fastText model."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"{len(vocab)} {wv.vector_size}\n")
        for word in vocab:
            handle.write(word + " " + " ".join(f"{x:.5f}" for x in wv[word]) + "\n")


def convert_to_pretrain(vec_path: str | Path, pt_path: str | Path) -> int:
    """Convert a word2vec text file to Stanza's Pretrain `.pt`; returns the vocabulary size."""
    from stanza.models.common.pretrain import Pretrain

    Path(pt_path).unlink(missing_ok=True)
    pretrain = Pretrain(str(pt_path), str(vec_path), max_vocab=-1, save_to_file=True)
    return len(pretrain.vocab)



def half_precision(src: str | Path, dst: str | Path) -> None:
    """Re-save a Stanza model or pretrain file with float32 tensors stored as float16.

    Stanza copies saved tensors into float32 parameters on load, so the model still runs in
    float32; only the file halves. Used to fit a larger pretrain vocabulary into the size budget.
    """
    _cast_floats(src, dst, "float32", "float16")


def full_precision(src: str | Path, dst: str | Path, config: dict | None = None) -> None:
    """Copy of a shipped (float16) model or pretrain file in float32, to train from it.

    `config` entries replace those of a model's saved training options (the learning rate of a
    fine-tuning run: stanza builds the optimizer of a loaded model from its saved options).
    """
    _cast_floats(src, dst, "float16", "float32", config)


def _cast_floats(src: str | Path, dst: str | Path, old: str, new: str,
                 config: dict | None = None) -> None:
    import torch

    old_type, new_type = getattr(torch, old), getattr(torch, new)

    def cast(obj):
        if isinstance(obj, torch.Tensor) and obj.dtype == old_type:
            return obj.to(new_type)
        if isinstance(obj, dict):
            return {k: cast(v) for k, v in obj.items()}
        return obj

    data = cast(torch.load(str(src), map_location="cpu", weights_only=False))
    if config:
        data["config"].update(config)
    torch.save(data, str(dst), _use_new_zipfile_serialization=False)


def rebind_word_vocab(model_src: str | Path, pretrain: str | Path, model_dst: str | Path) -> None:
    """Copy of a trained NER model whose word vocabulary is that of another pretrain file.

    The base word embedding is frozen and not stored in the model (only the delta embedding of
    training words is), so a pretrain with MORE words from the same fastText space can replace
    the one used in training: it gives vectors to words the tagger never saw. Stanza keeps a
    copy of the pretrain vocabulary in the model and checks the sizes match, hence this rewrite.
    """
    import torch

    model = torch.load(str(model_src), map_location="cpu", weights_only=False)
    words = torch.load(str(pretrain), map_location="cpu", weights_only=False)["vocab"]
    model["vocab"]["word"] = words
    torch.save(model, str(model_dst), _use_new_zipfile_serialization=False)


def package_model(run_dir: str | Path, fasttext_path: str | Path, train: list[TaggedSentence],
                  sentences: list[list[str]], vocab_size: int, half: bool,
                  out_dir: str | Path, model_file: str, pretrain_file: str) -> dict:
    """The shippable model: pretrain of `vocab_size` words (0 = every word) + rebound tagger.

    Returns {file name: size in bytes}. The trained tagger and fastText model are not changed.
    """
    FastText = require("gensim.models", "train", "gensim").FastText

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ft = FastText.load(str(fasttext_path))
    vocab = choose_vocab(train, sentences, vocab_size or len(ft.wv.key_to_index) + len(train))
    write_vectors(ft.wv, vocab, out / "vectors.txt")
    convert_to_pretrain(out / "vectors.txt", out / pretrain_file)
    (out / "vectors.txt").unlink()
    rebind_word_vocab(Path(run_dir) / model_file, out / pretrain_file, out / model_file)
    if half:
        for name in (pretrain_file, model_file):
            half_precision(out / name, out / name)
    return {name: (out / name).stat().st_size for name in (model_file, pretrain_file)}
