"""KazNERD IOB2 reading and span-level scoring, shared by the evaluation and training scripts.

KazNERD (Yeshpanov et al., LREC 2022, CC BY 4.0) is CoNLL-style: one `token TAG` a line, a blank
line between sentences. The scripts pass the corpus path; nothing here knows where it lives.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Iterator

from presskz.core.doc import Document, Sentence, Token

NO_SPACE_BEFORE = set(".,:;!?)»”%")
NO_SPACE_AFTER = set("(«“")


@dataclass
class TaggedSentence:
    tokens: list[str]
    tags: list[str]


def read_iob2(path: str | Path) -> list[TaggedSentence]:
    """All sentences of a KazNERD IOB2 file, in order."""
    sentences: list[TaggedSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    sentences.append(TaggedSentence(tokens, tags))
                    tokens, tags = [], []
                continue
            token, _, tag = line.rpartition(" ")
            tokens.append(token)
            tags.append(tag)
    if tokens:
        sentences.append(TaggedSentence(tokens, tags))
    return sentences


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token exclusive, type) for each IOB2 entity; a stray I- starts a span."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""  # the open span's type, read only while start is set
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix != "I" or kind != label):
            spans.append((start, i, label))
            start, label = None, ""
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = i, kind
    return spans


def detokenize(tokens: list[str]) -> str:
    """Join tokens as running text: no space before `. , : ; ! ? ) »`, none after `( «`."""
    out = []
    for i, token in enumerate(tokens):
        if i and token not in NO_SPACE_BEFORE and tokens[i - 1] not in NO_SPACE_AFTER:
            out.append(" ")
        out.append(token)
    return "".join(out)


def document_from_tokens(tokens: list[str], doc_id: str = "kaznerd") -> Document:
    """A one-sentence Document whose text is the tokens joined by single spaces, tokens preset."""
    toks, offset = [], 0
    for token in tokens:
        toks.append(Token(offset, offset + len(token), token))
        offset += len(token) + 1
    text = " ".join(tokens)
    doc = Document(text=text, doc_id=doc_id, tokens=toks,
                   sentences=[Sentence(0, len(text), text, 0, len(toks))])
    doc.assigned.update({"tokens", "sentences"})
    return doc


def char_span_to_tokens(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """Token index range [first, last+1) covering [start, end), or None if it is not on tokens."""
    first = doc.token_index_at(start)
    last = doc.token_index_at(end - 1)
    if first is None or last is None:
        return None
    return first, last + 1


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_spans(gold: Iterable[Iterable[tuple]], pred: Iterable[Iterable[tuple]]) -> dict[str, PRF]:
    """Exact-match P/R/F1 per label over (start, end, label) spans, sentence by sentence.

    Returns a dict label -> PRF plus "micro" (all labels pooled)."""
    counts: dict[str, PRF] = {}
    for gold_spans, pred_spans in zip(gold, pred):
        g, p = Counter(map(tuple, gold_spans)), Counter(map(tuple, pred_spans))
        for span in set(g) | set(p):
            prf = counts.setdefault(span[2], PRF())
            hit = min(g[span], p[span])
            prf.tp += hit
            prf.fp += p[span] - hit
            prf.fn += g[span] - hit
    micro = PRF(sum(c.tp for c in counts.values()), sum(c.fp for c in counts.values()),
                sum(c.fn for c in counts.values()))
    return {**dict(sorted(counts.items())), "micro": micro}


def macro_f1(scores: dict[str, PRF]) -> float:
    labels = [k for k in scores if k != "micro"]
    return sum(scores[k].f1 for k in labels) / len(labels) if labels else 0.0


def format_table(scores: dict[str, PRF]) -> str:
    """A Markdown table of per-label P/R/F1 with support."""
    lines = ["| label | P | R | F1 | support |", "|---|---:|---:|---:|---:|"]
    for label, prf in scores.items():
        lines.append(f"| {label} | {prf.precision:.3f} | {prf.recall:.3f} | {prf.f1:.3f} | "
                     f"{prf.tp + prf.fn} |")
    return "\n".join(lines)


def iter_batches(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
