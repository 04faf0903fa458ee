"""How sure the NER model is of its tags: the CRF's posterior marginals, by forward-backward.

The Viterbi decoder (ner.kernels.viterbi) gives the best tag sequence; the same CRF also gives,
for every token and tag, the probability that the tag is right under the model, summed over
every tag sequence (Lafferty et al. 2001). The ner_model stage scores each entity with the
smallest marginal of its tokens' decoded tags: a span the model hesitates over ("Лада" read as
ORGANISATION at 0.55) scores low, one it is sure of scores near 1 (presskz.entities.merge reads
the score).

The recursions run in probability space with a rescaling at each step (Rabiner 1989), so each
step is one small matrix product over the batch instead of a log-sum-exp over tag pairs. Same
batch layout as ner.kernels: time-major, rows sorted longest first, `alive[t]` rows running at
step t.
"""
from __future__ import annotations

import numpy as np


def tag_marginals(scores: np.ndarray, alive: list[int], transitions: np.ndarray) -> np.ndarray:
    """P(tag at step t = k | sentence), [time, batch, tags] float64, for the CRF with tag
    scores `scores` ([time, batch, tags]) and `transitions` ([from, to]); padding rows are
    left 0."""
    steps = len(alive)
    trans = np.exp(transitions.astype(np.float64) - float(transitions.max()))
    # exp of each row's scores, shifted by the row's maximum (it cancels out per step)
    emit = scores.astype(np.float64)
    emit -= emit.max(axis=2, keepdims=True)
    np.exp(emit, out=emit)
    forward = np.zeros_like(emit)
    backward = np.zeros_like(emit)
    forward[0] = emit[0] / emit[0].sum(1, keepdims=True)
    for t in range(1, steps):
        n = alive[t]
        step = (forward[t - 1, :n] @ trans) * emit[t, :n]
        forward[t, :n] = step / step.sum(1, keepdims=True)
    for t in range(steps - 1, -1, -1):
        n = alive[t]
        ending = alive[t + 1] if t + 1 < steps else 0  # rows still running at t + 1
        backward[t, ending:n] = 1.0  # each row's last step
        if ending:
            step = (emit[t + 1, :ending] * backward[t + 1, :ending]) @ trans.T
            backward[t, :ending] = step / step.sum(1, keepdims=True)
    joint = forward * backward
    total = joint.sum(2, keepdims=True)
    return np.divide(joint, total, out=np.zeros_like(joint), where=total > 0)
