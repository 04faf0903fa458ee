"""Release gold as NER training sentences: gold character spans -> BIOES tags over presskz's tokens.

Used by scripts/train_ner.py to fine-tune the NER model on the release corpus's dev split. Each
release text is read as `presskz extract` reads it and split by presskz's own segment stage, so the
model is trained on the tokens and sentences it is run on. Gold layers become model labels so that
the model learns the press conventions without unlearning KazNERD's value classes:

- `entities` and `optional_entities`: their KazNERD type (the outermost name; nested names are not
  labels, as in KazNERD's flat IOB2);
- `temporals`: TIME for kind "time", DATE for every other kind (date, datetime, range, duration,
  relative, set: KazNERD tags durations and relative days DATE);
- `quantities`: CARDINAL (cardinal, multiplier, fraction), ORDINAL, PERCENTAGE, MONEY, QUANTITY.

A span that overlaps one already placed (entities first, then temporals, then quantities) is left
out. A sentence is dropped when a span does not fall on its token boundaries (it starts or ends
inside a token, or crosses the sentence's end): its labels would teach wrong boundaries.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from presskz.core.doc import Document
from presskz.eval.kaznerd import TaggedSentence

QUANTITY_LABELS = {"cardinal": "CARDINAL", "multiplier": "CARDINAL", "fraction": "CARDINAL",
                   "ordinal": "ORDINAL", "percent": "PERCENTAGE", "money": "MONEY",
                   "quantity": "QUANTITY"}
TIME_KINDS = frozenset({"time"})


@dataclass
class Conversion:
    """The sentences of some releases plus how many were dropped for misaligned spans."""

    sentences: list[TaggedSentence]
    dropped: int = 0


def gold_spans(gold: dict) -> list[tuple[int, int, str]]:
    """(start, end, model label) of the gold spans that become labels, sorted, never overlapping."""
    candidates = [(e["start"], e["end"], e["type"]) for layer in ("entities", "optional_entities")
                  for e in gold.get(layer) or []]
    candidates += [(t["start"], t["end"], "TIME" if t["kind"] in TIME_KINDS else "DATE")
                   for t in gold.get("temporals") or []]
    candidates += [(q["start"], q["end"], QUANTITY_LABELS[q["kind"]])
                   for q in gold.get("quantities") or [] if q["kind"] in QUANTITY_LABELS]
    placed: list[tuple[int, int, str]] = []
    for start, end, label in candidates:
        if end > start and not any(start < e and s < end for s, e, _ in placed):
            placed.append((start, end, label))
    return sorted(placed)


def bioes(length: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIOES tags for `length` tokens from (first token, end token, label) spans."""
    tags = ["O"] * length
    for first, end, label in spans:
        if end - first == 1:
            tags[first] = "S-" + label
            continue
        tags[first] = "B-" + label
        for i in range(first + 1, end - 1):
            tags[i] = "I-" + label
        tags[end - 1] = "E-" + label
    return tags


def iob2_to_bioes(tags: list[str]) -> list[str]:
    """KazNERD's IOB2 tags in BIOES, so one training file uses one scheme."""
    out = []
    for i, tag in enumerate(tags):
        ends = i + 1 == len(tags) or tags[i + 1] != "I-" + tag[2:]
        if tag.startswith("B-"):
            out.append(("S-" if ends else "B-") + tag[2:])
        elif tag.startswith("I-"):
            out.append(("E-" if ends else "I-") + tag[2:])
        else:
            out.append(tag)
    return out


def _token_span(doc: Document, first: int, end: int, start: int, stop: int) -> tuple[int, int] | None:
    """Token range [i, j) of the sentence's tokens [first, end) that covers [start, stop) exactly."""
    starts = {doc.tokens[i].start: i for i in range(first, end)}
    ends = {doc.tokens[i].end: i for i in range(first, end)}
    if start in starts and stop in ends:
        return starts[start] - first, ends[stop] - first + 1
    return None


def document_sentences(doc: Document, spans: list[tuple[int, int, str]]) -> Conversion:
    """Tagged sentences of a segmented document; sentences with a misaligned span are dropped."""
    result = Conversion([])
    texts = doc.token_texts()
    for sent in doc.sentences:
        first, end = sent.token_start, sent.token_end
        if end <= first:
            continue
        inside, aligned = [], True
        for start, stop, label in spans:
            if stop <= sent.start or start >= sent.end:
                continue
            where = _token_span(doc, first, end, start, stop)
            if where is None:
                aligned = False
                break
            inside.append((*where, label))
        if aligned:
            result.sentences.append(TaggedSentence(texts[first:end], bioes(end - first, inside)))
        else:
            result.dropped += 1
    return result


def release_sentences(golds: list[tuple[dict, Path]]) -> Conversion:
    """Tagged sentences of the releases in `golds` ((gold, text path) pairs, as gold_documents)."""
    from presskz.api import document_from_source
    from presskz.core.pipeline import Pipeline
    from presskz.io.files import read_text_file

    segment = Pipeline.from_spec({"stages": ["segment"]})
    result = Conversion([])
    for gold, path in golds:
        doc = document_from_source(read_text_file(path), doc_id=gold["doc_id"])
        part = document_sentences(segment(doc), gold_spans(gold))
        result.sentences += part.sentences
        result.dropped += part.dropped
    return result


def upper_copy(sentence: TaggedSentence) -> TaggedSentence:
    """The sentence in capitals with the same tags (headlines are often written in capitals)."""
    return TaggedSentence([t.upper() for t in sentence.tokens], list(sentence.tags))


def read_doc_ids(path: str | Path) -> list[str]:
    """Document ids of a list file: one per line, `#` comments and blank lines ignored."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


@dataclass
class FinetuneSets:
    """Training sentences (KazNERD + releases, all in BIOES) and the held-out release sentences."""

    train: list[TaggedSentence]
    heldout: list[TaggedSentence]
    stats: dict


def finetune_sets(kaznerd: list[TaggedSentence], golds: list[tuple[dict, Path]],
                  heldout_ids: Iterable[str], oversample: int, caps_every: int) -> FinetuneSets:
    """KazNERD training sentences + the releases not held out, `oversample` times each, + a capitals
    copy of each release's first sentence (its headline) and of every `caps_every`-th sentence
    (0: no capitals copies); the held-out releases' sentences for model selection."""
    held = set(heldout_ids)
    unknown = held - {gold["doc_id"] for gold, _ in golds}
    if unknown:
        raise ValueError(f"held-out ids not among the releases: {sorted(unknown)}")
    train_part = release_sentences([p for p in golds if p[0]["doc_id"] not in held])
    held_part = release_sentences([p for p in golds if p[0]["doc_id"] in held])
    caps = [upper_copy(s) for i, s in enumerate(train_part.sentences)
            if caps_every and i % caps_every == 0]
    caps += [upper_copy(s) for s in _first_sentences(golds, held)]
    base = [TaggedSentence(s.tokens, iob2_to_bioes(s.tags)) for s in kaznerd]
    train = base + train_part.sentences * oversample + caps
    stats = {"kaznerd": len(base), "releases": len(golds) - len(held), "heldout_releases": len(held),
             "release_sentences": len(train_part.sentences), "oversample": oversample,
             "capitals_copies": len(caps), "heldout_sentences": len(held_part.sentences),
             "dropped_misaligned": train_part.dropped + held_part.dropped, "train": len(train)}
    return FinetuneSets(train, held_part.sentences, stats)


def _first_sentences(golds: list[tuple[dict, Path]], held: set[str]) -> list[TaggedSentence]:
    firsts = []
    for pair in golds:
        if pair[0]["doc_id"] not in held:
            firsts += release_sentences([pair]).sentences[:1]
    return firsts
