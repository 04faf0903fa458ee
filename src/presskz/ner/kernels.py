"""NumPy kernels of the batched NER tagger (ner/tagger.py): the BiLSTM recurrence over input
gates computed beforehand, and a batched Viterbi decoder. float32 throughout; no torch at run
time (importing it costs a one-release run ~1 s and ~200 MB), except for the optional int8
recurrent products, which use torch's fbgemm kernels when asked for.

Why our own recurrence instead of an LSTM library's: a library computes every token's input
projection (`x @ W_ih.T`, more than half of the LSTM's arithmetic) inside the call. That
projection only depends on the word form, and press text repeats its forms (a 1.4 MB corpus has
118k tokens but 18k forms), so the tagger computes it once per form and this loop only runs the
recurrent half.

Layout: time-major, batch rows sorted longest first, so the rows still running at step t are a
prefix `[:alive[t]]` of the batch (forward and backward alike) and no masking is needed.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass, replace
from typing import Any

import numpy as np


def alive_counts(lengths: list[int]) -> list[int]:
    """For lengths sorted longest first: how many rows are still running at each time step."""
    alive, row = [], len(lengths)
    for t in range(lengths[0] if lengths else 0):
        while row and lengths[row - 1] <= t:
            row -= 1
        alive.append(row)
    return alive


def time_major(flat: np.ndarray, lengths: list[int]) -> np.ndarray:
    """[time, batch] grid of the sequences laid end to end in `flat` (lengths sorted longest
    first); padding is 0."""
    grid = np.zeros((len(lengths), lengths[0] if lengths else 0), dtype=flat.dtype)
    # a row-major mask visits the positions in `flat`'s order
    grid[np.arange(grid.shape[1]) < np.asarray(lengths)[:, None]] = flat
    return np.ascontiguousarray(grid.T)


def sigmoid_(x: np.ndarray) -> np.ndarray:
    """x <- 1 / (1 + exp(-x)), in place (float32: exp(88+) overflows to inf, giving 0 as it
    should)."""
    with np.errstate(over="ignore"):
        np.negative(x, out=x)
        np.exp(x, out=x)
    x += 1
    return np.reciprocal(x, out=x)


@dataclass(frozen=True)
class Direction:
    """One direction of a one-layer LSTM, as lstm_direction wants it. Gate order is torch's
    (input, forget, cell, output) with the cell gate's rows doubled, because the loop takes that
    gate's tanh as 2 sigmoid(2x) - 1 (one sigmoid over all four gates; doubling is exact in
    binary floating point)."""

    w_ih_t: np.ndarray  # [input, 4*hidden]: input weights, transposed
    bias: np.ndarray    # [4*hidden]: both biases summed
    w_hh_t: np.ndarray  # [hidden, 4*hidden]: recurrent weights, transposed
    h0: np.ndarray      # [hidden]: initial states
    c0: np.ndarray
    w_hh_int8: Any = None  # recurrent weights packed as int8 for fbgemm (see quantized)

    def input_gates(self, inputs: np.ndarray) -> np.ndarray:
        """[rows, 4*hidden] gates of inputs [rows, input]: the table lstm_direction reads."""
        return inputs @ self.w_ih_t + self.bias


def directions(weights: dict[str, np.ndarray], prefix: str, h_init: np.ndarray,
               c_init: np.ndarray) -> tuple[Direction, Direction]:
    """(forward, backward) of a one-layer bidirectional LSTM whose weights are named as torch
    names them under `prefix` (`{prefix}.weight_ih_l0`, ...); h_init, c_init: [2, 1, hidden]
    or [2, hidden] initial states (Stanza's learned ones)."""
    def doubled_cell(weight: np.ndarray) -> np.ndarray:
        size = weight.shape[0] // 4
        return np.concatenate([weight[:2 * size], weight[2 * size:3 * size] * 2,
                               weight[3 * size:]]).astype(np.float32)

    def one(suffix: str, i: int) -> Direction:
        weight = {name: weights[f"{prefix}.{name}{suffix}"]
                  for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")}
        return Direction(w_ih_t=np.ascontiguousarray(doubled_cell(weight["weight_ih"]).T),
                         bias=doubled_cell(weight["bias_ih"] + weight["bias_hh"]),
                         w_hh_t=np.ascontiguousarray(doubled_cell(weight["weight_hh"]).T),
                         h0=np.asarray(h_init[i], np.float32).reshape(-1),
                         c0=np.asarray(c_init[i], np.float32).reshape(-1))

    return one("_l0", 0), one("_l0_reverse", 1)


def quantized(direction: Direction) -> Direction:
    """The direction with its recurrent weights as int8 (one scale per gate row; the hidden
    state is quantised per step by fbgemm's dynamic linear). About 1.5x faster recurrent
    products on an AVX2 CPU, at the cost of a few changed tags (the model card gives F1 both
    ways). Input gates stay in float. Needs torch (imported here, not by the float path)."""
    import torch

    weight = torch.from_numpy(np.ascontiguousarray(direction.w_hh_t.T))  # one row per gate unit
    scales = (weight.abs().amax(1).clamp_min(1e-12) / 127).double()
    with warnings.catch_warnings():  # torch marks its quantised tensors as deprecated
        warnings.simplefilter("ignore")
        q = torch.quantize_per_channel(weight, scales, torch.zeros(len(scales), dtype=torch.long),
                                       0, torch.qint8)
        packed = torch.ops.quantized.linear_prepack(q, None)
    return replace(direction, w_hh_int8=packed)


def _add_recurrent(gates: np.ndarray, h: np.ndarray, direction: Direction) -> np.ndarray:
    """gates += h @ W_hh.T, in float or (quantized directions) in int8."""
    if direction.w_hh_int8 is None:
        gates += h @ direction.w_hh_t
        return gates
    import torch

    gates += torch.ops.quantized.linear_dynamic(torch.from_numpy(h), direction.w_hh_int8,
                                                True).numpy()
    return gates


def lstm_direction(table: np.ndarray, rows: np.ndarray, alive: list[int],
                   direction: Direction, reverse: bool) -> np.ndarray:
    """Hidden states [time, batch, hidden] of one LSTM direction.

    table: [forms, 4*hidden], each form's input gates (Direction.input_gates); rows: [time,
    batch], the table row of each token (any row at padding). Running backwards, a row starts
    at its own last token: it joins the prefix there, still holding its initial state. Padding
    positions of the result are left uninitialised (nothing reads them)."""
    steps, batch = rows.shape
    size = table.shape[1] // 4
    h = np.tile(direction.h0, (batch, 1))  # copies: the loop writes into them
    c = np.tile(direction.c0, (batch, 1))
    out = np.empty((steps, batch, size), dtype=np.float32)
    for t in (range(steps - 1, -1, -1) if reverse else range(steps)):
        n = alive[t]
        # in place where possible: each step's arrays are small, allocations add up
        g = sigmoid_(_add_recurrent(table[rows[t, :n]], h[:n], direction))
        cell = g[:, 2 * size:3 * size]
        cell *= 2
        cell -= 1  # tanh(x) = 2 sigmoid(2x) - 1
        state = c[:n]
        state *= g[:, size:2 * size]
        state += g[:, :size] * cell
        squashed = sigmoid_(state * 2)
        squashed *= 2
        squashed -= 1
        np.multiply(g[:, 3 * size:], squashed, out=h[:n])
        out[t, :n] = h[:n]
    return out


# Pruned Viterbi steps look at no more than this many predecessors per row; a step where some
# row keeps more (rare: the model hesitates between many tags) takes the full product instead
PRUNE_MAX = 24


def viterbi(scores: np.ndarray, alive: list[int], lengths: list[int],
            transitions: np.ndarray) -> list[list[int]]:
    """Best tag id sequence per row. scores: [time, batch, tags] float32; transitions:
    [from, to] (a CRF's). NumPy rather than torch: its argmax over the contiguous last axis is
    about twice as fast here, and it breaks ties (first maximum) as Stanza's own decoder does.
    Each step only weighs the predecessors that can win (_pruned_step): usually one or two of
    96 tags. Rows that have ended keep their final trellis row, so one argmax at the end finds
    every row's last tag; the backtrack then runs on all rows at once."""
    to_from = np.ascontiguousarray(transitions.T)
    spread = float(transitions.max()) - float(transitions.min())
    trellis = scores[0].copy()
    room = np.empty((len(lengths),) + to_from.shape, dtype=scores.dtype)
    pointers = []
    for t in range(1, len(alive)):
        n = alive[t]
        best, pointer = _pruned_step(trellis[:n], transitions, spread, to_from, room[:n])
        trellis[:n] = best + scores[t, :n]
        pointers.append(pointer)
    current = trellis.argmax(1)
    path = np.empty((len(alive), len(lengths)), dtype=np.int64)
    for t in range(len(alive) - 1, 0, -1):
        n = alive[t]
        path[t, :n] = current[:n]
        current[:n] = np.take_along_axis(pointers[t - 1], current[:n, None], 1)[:, 0]
    if alive:
        path[0] = current
    return [row[:n] for row, n in zip(path.T.tolist(), lengths)]


def _full_step(trellis: np.ndarray, to_from: np.ndarray, room: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray]:
    """(best score, best predecessor) [rows, to] over every predecessor tag."""
    candidates = np.add(trellis[:, None, :], to_from, out=room)
    pointer = candidates.argmax(2)
    return np.take_along_axis(candidates, pointer[..., None], 2)[..., 0], pointer


def _pruned_step(trellis: np.ndarray, transitions: np.ndarray, spread: float,
                 to_from: np.ndarray, room: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """_full_step's answer, bit for bit, weighing only the predecessors that can win.

    A row's best tag b reaches every tag with at least trellis[b] + min(transitions); a tag f
    with trellis[f] < trellis[b] - spread (spread = max - min of transitions) reaches none with
    more, so f never wins anywhere, not even a tie. Most rows keep b alone. Otherwise the kept
    tags are taken in ascending id order, so argmax's first maximum is the lowest id, as over
    all tags; scores are the same float32 sums. The margin keeps rounding from turning a pruned
    tag's sum into a tie."""
    rows = np.arange(len(trellis))
    first = trellis.argmax(1)
    top = trellis[rows, first]
    kept_counts = (trellis >= (top - spread - 1e-3 * (1 + np.abs(top)))[:, None]).sum(1)
    best = top[:, None] + transitions[first]
    pointer = np.repeat(first[:, None], trellis.shape[1], 1)
    several = np.flatnonzero(kept_counts > 1)
    if len(several):
        k = int(kept_counts[several].max())
        if k > PRUNE_MAX:
            best[several], pointer[several] = _full_step(trellis[several], to_from,
                                                         room[:len(several)])
        else:
            best[several], pointer[several] = _top_k_step(trellis[several], transitions, k)
    return best, pointer


def _top_k_step(trellis: np.ndarray, transitions: np.ndarray, k: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """_full_step over each row's k best predecessors (ascending tag ids)."""
    kept = np.sort(np.argpartition(trellis, trellis.shape[1] - k, axis=1)[:, -k:], axis=1)
    candidates = np.take_along_axis(trellis, kept, 1)[:, :, None] + transitions[kept]
    which = candidates.argmax(1)  # [rows, to]
    return (np.take_along_axis(candidates, which[:, None, :], 1)[:, 0, :],
            np.take_along_axis(kept, which, 1))
