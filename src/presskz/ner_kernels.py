"""Tensor kernels of the batched NER tagger (ner_tagger.py): the BiLSTM recurrence over input
gates computed beforehand, and a batched Viterbi decoder.

Why our own recurrence instead of torch's LSTM: torch computes every token's input projection
(`x @ W_ih.T`, more than half of the LSTM's arithmetic) inside the call. That projection only
depends on the word form, and press text repeats its forms (a 1.4 MB corpus has 118k tokens but
18k forms), so the tagger computes it once per form and this loop only runs the recurrent half.

Layout: time-major, batch rows sorted longest first, so the rows still running at step t are a
prefix `[:alive[t]]` of the batch (forward and backward alike) and no masking is needed.
"""
from __future__ import annotations

import numpy as np
import torch


def alive_counts(lengths: list[int]) -> list[int]:
    """For lengths sorted longest first: how many rows are still running at each time step."""
    alive, row = [], len(lengths)
    for t in range(lengths[0] if lengths else 0):
        while row and lengths[row - 1] <= t:
            row -= 1
        alive.append(row)
    return alive


def directions(lstm: torch.nn.LSTM) -> list[dict[str, torch.Tensor]]:
    """A one-layer bidirectional LSTM's weights per direction (forward, backward) as
    lstm_direction wants them: the two biases summed, and the cell gate's rows doubled, because
    the loop takes that gate's tanh as 2 sigmoid(2x) - 1 (torch's tanh is several times slower
    than its sigmoid on this CPU; doubling is exact in binary floating point)."""
    def doubled_cell(weight: torch.Tensor) -> torch.Tensor:
        size = weight.shape[0] // 4
        return torch.cat([weight[:2 * size], weight[2 * size:3 * size] * 2, weight[3 * size:]])

    return [{"weight_ih": doubled_cell(getattr(lstm, "weight_ih" + suffix).detach()),
             "weight_hh": doubled_cell(getattr(lstm, "weight_hh" + suffix).detach()),
             "bias": doubled_cell((getattr(lstm, "bias_ih" + suffix)
                                   + getattr(lstm, "bias_hh" + suffix)).detach())}
            for suffix in ("_l0", "_l0_reverse")]


def lstm_direction(table: torch.Tensor, rows: torch.Tensor, alive: list[int],
                   w_hh_t: torch.Tensor, h0: torch.Tensor, c0: torch.Tensor,
                   reverse: bool) -> torch.Tensor:
    """Hidden states [time, batch, hidden] of one LSTM direction.

    table: [forms, 4*hidden], each form's input projection plus both biases, in torch's gate
    order (input, forget, cell, output), the cell gate doubled (see `directions`); rows: [time, batch], the table row of each token (any
    row at padding); w_hh_t: the recurrent weights (cell gate doubled) transposed, [hidden, 4*hidden]; h0, c0:
    [hidden] initial states. Running backwards, a row starts at its own last token: it joins
    the prefix there, still holding its initial state. Padding positions of the result are
    left uninitialised (nothing reads them)."""
    steps, batch = rows.shape
    size = table.shape[1] // 4
    h = h0.repeat(batch, 1)  # copies: the loop writes into them (expand() may alias h0)
    c = c0.repeat(batch, 1)
    out = table.new_empty(steps, batch, size)
    for t in (range(steps - 1, -1, -1) if reverse else range(steps)):
        n = alive[t]
        # in place where possible: each step's tensors are small, allocations add up
        g = table.index_select(0, rows[t, :n]).addmm_(h[:n], w_hh_t).sigmoid_()
        cell = g[:, 2 * size:3 * size].mul_(2).sub_(1)  # tanh(x) = 2 sigmoid(2x) - 1
        c[:n].mul_(g[:, size:2 * size]).addcmul_(g[:, :size], cell)
        squashed = torch.sigmoid(c[:n] * 2).mul_(2).sub_(1)
        torch.mul(g[:, 3 * size:], squashed, out=h[:n])
        out[t, :n] = h[:n]
    return out


def viterbi(scores: np.ndarray, alive: list[int], lengths: list[int],
            transitions: np.ndarray) -> list[list[int]]:
    """Best tag id sequence per row. scores: [time, batch, tags] float32; transitions:
    [from, to] (a CRF's). NumPy rather than torch: its argmax over the contiguous last axis is
    about twice as fast here, and it breaks ties (first maximum) as Stanza's own decoder does.
    Rows that have ended keep their final trellis row, so one argmax at the end finds every
    row's last tag; the backtrack then runs on all rows at once."""
    to_from = np.ascontiguousarray(transitions.T)
    trellis = scores[0].copy()
    room = np.empty((len(lengths),) + to_from.shape, dtype=scores.dtype)
    pointers = []
    for t in range(1, len(alive)):
        n = alive[t]
        candidates = np.add(trellis[:n, None, :], to_from, out=room[:n])
        pointer = candidates.argmax(2)
        best = np.take_along_axis(candidates, pointer[..., None], 2)[..., 0]
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
