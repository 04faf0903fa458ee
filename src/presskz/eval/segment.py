"""Measuring the tokeniser and sentence splitter against KazNERD (used by scripts/eval_segment.py).

(a) sentence boundaries: runs of `chunk` consecutive sentences (KazNERD ones detokenised with
kaznerd.detokenize, or lines of a one-sentence-a-line file) are joined with one space and split again;
a boundary is the end offset of a sentence inside the run (the run's own end is not counted, it is
free). (b) tokenisation: a detokenised sentence counts as exact when our tokens equal KazNERD's tokens
one for one.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from presskz.eval.kaznerd import PRF, TaggedSentence, detokenize
from presskz.segment.tokenizer import segment, sentence_bounds, tokenize
from presskz.core.doc import Document


@dataclass
class TokenReport:
    total: int = 0
    exact: int = 0
    errors: list[tuple[list[str], list[str]]] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.exact / self.total if self.total else 0.0


def boundary_scores(texts: list[str], chunk: int = 20, errors: list | None = None) -> PRF:
    """Sentence-boundary P/R/F1 over runs of `chunk` sentences (strings) joined with one space."""
    prf = PRF()
    for i in range(0, len(texts), chunk):
        run = texts[i:i + chunk]
        text, gold, offset = " ".join(run), set(), 0
        for t in run[:-1]:
            offset += len(t)
            gold.add(offset)
            offset += 1
        pred = {end for _, end in sentence_bounds(text)[:-1]}
        prf.tp += len(gold & pred)
        prf.fp += len(pred - gold)
        prf.fn += len(gold - pred)
        if errors is not None and gold != pred:
            errors.append((text, sorted(pred - gold), sorted(gold - pred)))
    return prf


def token_exactness(sentences: list[TaggedSentence]) -> TokenReport:
    """Share of detokenised sentences whose tokens come out exactly as KazNERD's."""
    report = TokenReport()
    for s in sentences:
        ours = [t.text for t in tokenize(detokenize(s.tokens))]
        report.total += 1
        if ours == s.tokens:
            report.exact += 1
        else:
            report.errors.append((s.tokens, ours))
    return report


def speed(text: str, repeat: int = 5) -> dict[str, float]:
    """Throughput per core of tokenize() alone and of the whole segment stage on `text`.

    Uses process CPU time (best of `repeat`), so other jobs on a shared machine do not count."""
    size = len(text.encode("utf-8"))
    best_tok = best_seg = float("inf")
    n_tokens = 0
    for _ in range(repeat):
        t0 = time.process_time()
        n_tokens = len(tokenize(text))
        t1 = time.process_time()
        segment(Document(text))
        t2 = time.process_time()
        best_tok, best_seg = min(best_tok, t1 - t0), min(best_seg, t2 - t1)
    return {"bytes": size, "tokens": n_tokens,
            "tokenize_MB_s": size / best_tok / 1e6, "tokenize_tokens_s": n_tokens / best_tok,
            "segment_MB_s": size / best_seg / 1e6, "segment_tokens_s": n_tokens / best_seg}
