"""presskz.ner.tagger: our batched NumPy inference loop must tag exactly as Stanza's own pipeline
does with the same weights (Stanza's files rebuilt from the shipped .npz), its LSTM kernel must
give torch's LSTM states, and its Viterbi must agree with Stanza's NumPy one."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from presskz.segment.tokenizer import sentence_token_ranges, tokenize
from presskz.ner.stage import load_tagger, model_path

ROOT = Path(__file__).resolve().parent.parent
torch = pytest.importorskip("torch")  # the reference implementations (training dependencies)
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
    from presskz.ner.tagger import stanza_pipeline

    sentences = kaznerd_sentences() + corpus_sentences()
    assert len(sentences) > 300
    reference = stanza_pipeline(model_path())(sentences)
    expected = [[token.ner for token in s.tokens] for s in reference.sentences]
    tagger = load_tagger(batch_size=64)  # several batches, mixed lengths
    assert tagger.tag(sentences) == expected
    # a second pass runs on the cached input gates and must not change anything
    assert tagger.tag(sentences[::-1]) == expected[::-1]


@pytest.mark.slow
def test_entity_runs_are_the_non_o_runs_of_tag():
    """entity_runs skips the per-token work on O tags: it must give exactly tag()'s runs."""
    sentences = kaznerd_sentences() + corpus_sentences()
    tagger = load_tagger()
    expected = []
    for tags in tagger.tag(sentences):
        runs, k = [], 0
        while k < len(tags):
            end = k
            while end < len(tags) and tags[end] != "O":
                end += 1
            if end > k:
                runs.append((k, tags[k:end]))
            k = end + 1
        expected.append(runs)
    runs = tagger.entity_runs(sentences)
    assert runs == expected
    assert sum(len(r) for r in runs) > 300  # enough entities for the check to mean something
    scored = tagger.scored_runs(sentences)  # the same runs, each tag with its marginal
    assert [[(first, tags) for first, tags, _ in r] for r in scored] == expected
    for _first, tags, sure in (run for r in scored for run in r):
        assert len(sure) == len(tags) and all(0.0 < p <= 1.0 + 1e-9 for p in sure)


@pytest.mark.slow
def test_empty_and_one_word_sentences():
    tagger = load_tagger()
    tags = tagger.tag([[], ["Астана"], [], ["Қайрат", "Нұртас"]])
    assert [len(t) for t in tags] == [0, 1, 0, 2]
    assert all(tag == "O" or tag[:2] in ("B-", "I-", "E-", "S-") for t in tags for tag in t)


@pytest.mark.slow
def test_tags_unchanged_when_the_gate_store_empties():
    """A store smaller than the text's vocabulary is emptied between batches (flat memory on
    long runs): the tags must not change."""
    from presskz.ner.tagger import NerTagger

    sentences = kaznerd_sentences()
    expected = load_tagger().tag(sentences)
    small = NerTagger(model_path(), batch_size=16, cache_forms=300)
    assert small.tag(sentences) == expected
    assert len(small._gate_rows.row_of) < len({w for s in sentences for w in s})  # it emptied


@pytest.mark.parametrize("peaked", [False, True])
@pytest.mark.parametrize("seed", range(5))
def test_batched_viterbi_equals_stanza_viterbi(seed, peaked):
    """Random scores (pruning keeps many tags) and peaked ones, one clear tag per token, as a
    confident model gives them (pruning keeps one)."""
    from stanza.models.common.crf import viterbi_decode

    from presskz.ner.kernels import alive_counts, viterbi

    rng = np.random.default_rng(seed)
    lengths = sorted(rng.integers(1, 40, size=17).tolist(), reverse=True)
    tags = 20 if peaked else 12
    scores = rng.normal(size=(17, lengths[0], tags)).astype(np.float32)
    if peaked:
        clear = rng.integers(0, tags, size=scores.shape[:2])
        np.put_along_axis(scores, clear[..., None], 12.0, 2)
    transitions = rng.normal(size=(tags, tags)).astype(np.float32)
    expected = [list(map(int, viterbi_decode(scores[i, :n], transitions)[0]))
                for i, n in enumerate(lengths)]
    time_major = np.ascontiguousarray(scores.transpose(1, 0, 2))
    assert viterbi(time_major, alive_counts(lengths), lengths, transitions) == expected


@pytest.mark.parametrize("flat_rows", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_pruned_viterbi_steps_equal_the_full_step_bit_for_bit(seed, flat_rows, monkeypatch):
    """Rows with one clear best tag (one predecessor kept), rows with three close ones (top-k
    path), optionally flat rows (too many kept: full fallback); odd seeds use integer scores,
    which tie exactly."""
    import presskz.ner.kernels as kernels

    rng = np.random.default_rng(seed)
    tags, rows = 30, 60
    transitions = rng.normal(size=(tags, tags)).astype(np.float32)
    trellis = rng.normal(size=(rows, tags)).astype(np.float32)
    raised = [rng.choice(tags, size=1 if r < 20 else 3, replace=False) for r in range(40)]
    for r, chosen in enumerate(raised):
        trellis[r] -= 50
        trellis[r, chosen] += 100
    if not flat_rows:
        trellis = trellis[:40]
    if seed % 2:
        transitions, trellis = np.round(transitions), np.round(trellis)
    to_from = np.ascontiguousarray(transitions.T)
    room = np.empty((len(trellis), tags, tags), np.float32)
    spread = float(transitions.max() - transitions.min())
    calls = {"top_k": 0}
    original = kernels._top_k_step

    def counting(*args):
        calls["top_k"] += 1
        return original(*args)

    monkeypatch.setattr(kernels, "_top_k_step", counting)
    best, pointer = kernels._pruned_step(trellis, transitions, spread, to_from, room)
    expected_best, expected_pointer = kernels._full_step(trellis, to_from, room.copy())
    assert np.array_equal(pointer, expected_pointer)
    assert np.array_equal(best, expected_best)
    assert calls["top_k"] == (0 if flat_rows else 1)  # the branch meant was taken


@pytest.mark.parametrize("reverse", [False, True])
def test_lstm_direction_equals_torch_lstm(reverse):
    """The recurrence over precomputed input gates gives torch's LSTM states, per sentence."""
    from presskz.ner.kernels import alive_counts, directions, lstm_direction

    torch.manual_seed(3)
    lstm = torch.nn.LSTM(5, 4, bidirectional=True)
    lengths = [6, 4, 4, 1]
    words = torch.randn(sum(lengths), 5)  # one "form" per token
    h0, c0 = torch.randn(2, 4), torch.randn(2, 4)
    with torch.no_grad():
        direction = directions(lstm_weights(lstm), "lstm", h0.numpy(), c0.numpy())[reverse]
        table = direction.input_gates(words.numpy())
        starts = np.cumsum([0] + lengths[:-1]).tolist()
        rows = np.zeros((lengths[0], len(lengths)), dtype=np.intp)
        for b, (first, n) in enumerate(zip(starts, lengths)):
            rows[:n, b] = np.arange(first, first + n)
        out = lstm_direction(table, rows, alive_counts(lengths), direction, reverse)
        for b, (first, n) in enumerate(zip(starts, lengths)):
            both, _ = lstm(words[first:first + n], (h0, c0))
            expected = both[:, 4:] if reverse else both[:, :4]
            assert np.allclose(out[:n, b], expected.numpy(), atol=1e-6)


def lstm_weights(lstm) -> dict[str, np.ndarray]:
    """A torch LSTM's weights under the names ner.kernels.directions reads (prefix "lstm")."""
    return {f"lstm.{name}": value.detach().numpy() for name, value in lstm.state_dict().items()}


def test_quantized_direction_stays_close_to_float():
    """int8 recurrent products: states within a few hundredths of the float recurrence."""
    from presskz.ner.kernels import alive_counts, directions, lstm_direction, quantized

    torch.manual_seed(5)
    lstm = torch.nn.LSTM(8, 32, bidirectional=True)
    lengths = [12, 9, 3]
    with torch.no_grad():
        direction = directions(lstm_weights(lstm), "lstm", np.zeros((2, 32)), np.zeros((2, 32)))[0]
        table = direction.input_gates(torch.randn(sum(lengths), 8).numpy())
        rows = time_major_rows(lengths)
        exact = lstm_direction(table, rows, alive_counts(lengths), direction, False)
        approx = lstm_direction(table, rows, alive_counts(lengths), quantized(direction), False)
    for b, n in enumerate(lengths):
        difference = np.abs(exact[:n, b] - approx[:n, b]).max()
        assert 0 < difference < 0.02  # int8 really ran, and stays close


def time_major_rows(lengths: list[int]) -> np.ndarray:
    """[time, batch] table rows of sequences laid end to end (one row per token)."""
    from presskz.ner.kernels import time_major

    return time_major(np.arange(sum(lengths)), lengths)


@pytest.mark.slow
def test_quantized_tagger_agrees_with_float_on_nearly_every_token():
    from presskz.ner.tagger import NerTagger

    sentences = kaznerd_sentences() + corpus_sentences()
    expected = load_tagger().tag(sentences)
    got = NerTagger(model_path(), quantize=True).tag(sentences)
    pairs = [(a, b) for x, y in zip(expected, got) for a, b in zip(x, y)]
    assert len(pairs) > 4000
    assert sum(a != b for a, b in pairs) / len(pairs) < 0.002


@pytest.mark.slow
def test_one_sentence_batches_leave_the_tagger_unchanged():
    """A batch of one row once wrote its states into the shared initial states."""
    tagger = load_tagger()
    sentences = kaznerd_sentences()[:20]
    expected = tagger.tag(sentences)
    for sentence in sentences:
        tagger.tag([sentence])
    assert tagger.tag(sentences) == expected


def test_time_major_lays_sequences_out_as_columns():
    from presskz.ner.kernels import time_major

    grid = time_major(np.array([1, 2, 3, 4, 5, 6]), [3, 2, 1])
    assert grid.tolist() == [[1, 4, 6], [2, 5, 0], [3, 0, 0]]


def test_alive_counts():
    from presskz.ner.kernels import alive_counts

    assert alive_counts([3, 3, 1]) == [3, 2, 2]
    assert alive_counts([]) == []


def test_blas_threads_sets_and_restores():
    from presskz.ner.blas import blas_thread_count, blas_threads

    before = blas_thread_count()
    if before is None:
        pytest.skip("NumPy without OpenBLAS")
    with blas_threads(1):
        assert blas_thread_count() == 1
    assert blas_thread_count() == before
    with blas_threads(None):
        assert blas_thread_count() == before
