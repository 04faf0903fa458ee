"""Running the entity merge stage on a sentence whose model and rule spans a test gives by hand."""
from __future__ import annotations

from presskz.core.doc import Document, Entity
from presskz.entities.merge import MergeStage, merge_entities
from presskz.segment.tokenizer import segment


def _nth_start(text: str, sub: str, nth: int) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start


def merged(text, model=(), rule=(), keep_values=False, scores=None):
    """The merged layer as (text, type) pairs, given model and rule spans as (text, type) or
    (text, type, nth): the nth occurrence of the text (0, the first, when not given); `scores`
    gives model spans a score (the ner_model stage's) by their text."""
    doc = segment(Document(text=text))
    for layer, spans in (("model_entities", model), ("rule_entities", rule)):
        for sub, kind, *nth in spans:
            start = _nth_start(text, sub, nth[0] if nth else 0)
            score = (scores or {}).get(sub) if layer == "model_entities" else None
            doc.add(layer, doc.span(start, start + len(sub), Entity, type=kind, score=score))
    doc.assigned.update({"rule_entities", "model_entities"})
    if keep_values:
        return [(e.text, e.type) for e in merge_entities(doc, keep_values=True)]
    return [(e.text, e.type) for e in MergeStage()(doc).entities]
