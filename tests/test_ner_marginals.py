"""presskz.ner.marginals: the CRF's posterior marginals by scaled forward-backward must equal the
brute-force sums over every tag sequence, on a ragged batch laid out as the tagger lays it."""
from __future__ import annotations

import itertools

import numpy as np

from presskz.ner.kernels import alive_counts
from presskz.ner.marginals import tag_marginals


def brute_force(scores: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """P(tag at t = k) for one sentence ([time, tags] scores), summing over all sequences."""
    steps, tags = scores.shape
    out, total = np.zeros((steps, tags)), 0.0
    for path in itertools.product(range(tags), repeat=steps):
        weight = np.exp(sum(scores[t, k] for t, k in enumerate(path))
                        + sum(transitions[a, b] for a, b in zip(path, path[1:])))
        total += weight
        for t, k in enumerate(path):
            out[t, k] += weight
    return out / total


def test_marginals_equal_brute_force_on_a_ragged_batch():
    rng = np.random.default_rng(7)
    lengths, tags = [5, 3, 3, 1], 4  # longest first, as the tagger sorts a batch
    transitions = rng.normal(0, 3, (tags, tags)).astype(np.float32)
    scores = np.zeros((lengths[0], len(lengths), tags), dtype=np.float32)
    for row, n in enumerate(lengths):
        scores[:n, row] = rng.normal(0, 4, (n, tags))
    got = tag_marginals(scores, alive_counts(lengths), transitions)
    for row, n in enumerate(lengths):
        expected = brute_force(scores[:n, row].astype(np.float64), transitions.astype(np.float64))
        assert np.allclose(got[:n, row], expected, atol=1e-9)
        assert np.allclose(got[:n, row].sum(1), 1.0)
        assert not got[n:, row].any()  # padding stays 0


def test_extreme_scores_stay_finite():
    # scores far apart (as a sure model gives) must not overflow or underflow into NaN
    transitions = np.array([[0.0, -60.0], [-60.0, 0.0]], dtype=np.float32)
    scores = np.array([[[300.0, -300.0]], [[-300.0, 300.0]]], dtype=np.float32)
    got = tag_marginals(scores, alive_counts([2]), transitions)
    assert np.isfinite(got).all() and np.allclose(got.sum(2), 1.0)
