"""presskz.ner_tagger: our batched inference loop must tag exactly as Stanza's own pipeline does
with the same model files, and its Viterbi must agree with Stanza's NumPy one."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from presskz.segment import sentence_token_ranges, tokenize
from presskz.stages.ner_model import load_tagger, model_paths

ROOT = Path(__file__).resolve().parent.parent
KAZNERD_SAMPLE = Path(__file__).parent / "data" / "kaznerd_dates_sample.txt"


def kaznerd_sentences() -> list[list[str]]:
    """Token lists of the 160 KazNERD valid sentences in tests/data (attributed there)."""
    sentences, current = [], []
    for line in KAZNERD_SAMPLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
        else:
            current.append(line.split()[0])
    return sentences + ([current] if current else [])


def corpus_sentences() -> list[list[str]]:
    """Our own tokeniser's sentences of every release in corpora/ (seed included)."""
    out = []
    for path in sorted((ROOT / "corpora").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        tokens = tokenize(text)
        out.extend([t.text for t in tokens[a:b]] for a, b in sentence_token_ranges(text, tokens))
    return out


@pytest.mark.slow  # loads the model twice (ours and Stanza's pipeline)
def test_tags_equal_stanza_pipeline():
    from presskz.ner_tagger import stanza_pipeline

    sentences = kaznerd_sentences() + corpus_sentences()
    assert len(sentences) > 300
    reference = stanza_pipeline(*model_paths())(sentences)
    expected = [[token.ner for token in s.tokens] for s in reference.sentences]
    tagger = load_tagger(batch_size=64)  # several batches, mixed lengths
    assert tagger.tag(sentences) == expected
    # a second pass runs on cached character states and must not change anything
    assert tagger.tag(sentences[::-1]) == expected[::-1]


@pytest.mark.slow
def test_empty_and_one_word_sentences():
    tagger = load_tagger()
    tags = tagger.tag([[], ["Астана"], [], ["Қайрат", "Нұртас"]])
    assert [len(t) for t in tags] == [0, 1, 0, 2]
    assert all(tag == "O" or tag[:2] in ("B-", "I-", "E-", "S-") for t in tags for tag in t)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(5))
def test_batched_viterbi_equals_stanza_viterbi(seed):
    from stanza.models.common.crf import viterbi_decode

    tagger = load_tagger()
    rng = np.random.default_rng(seed)
    lengths = sorted(rng.integers(1, 40, size=17).tolist(), reverse=True)
    tags = tagger.model.crits[0]._transitions.shape[0]
    scores = torch.tensor(rng.normal(size=(17, lengths[0], tags)), dtype=torch.float32)
    transitions = tagger.model.crits[0]._transitions.detach().numpy()
    expected = [list(map(int, viterbi_decode(scores[i, :n].numpy(), transitions)[0]))
                for i, n in enumerate(lengths)]
    assert tagger._viterbi(scores, lengths) == expected


def test_torch_threads_sets_and_restores():
    from presskz.ner_tagger import torch_threads

    before = torch.get_num_threads()
    with torch_threads(1):
        assert torch.get_num_threads() == 1
    assert torch.get_num_threads() == before
    with torch_threads(None):
        assert torch.get_num_threads() == before
