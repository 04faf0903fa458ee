"""Turns a processed Document into a validated Record: assigns ids, resolves object references."""
from __future__ import annotations

import bisect
from typing import Any

from presskz.core.doc import Document
from presskz.core.record import Record


def _ids(items: list, prefix: str) -> dict[int, str]:
    """Map id(object) -> "prefix<n>" in layer order (n from 1)."""
    return {id(item): f"{prefix}{n}" for n, item in enumerate(items, 1)}


def _refs(objects: list, ids: dict[int, str]) -> list[str]:
    return [ids[id(o)] for o in objects if id(o) in ids]


def _ref(obj: Any, ids: dict[int, str]) -> str | None:
    return ids.get(id(obj)) if obj is not None else None


def _span(span) -> dict:
    return {"text": span.text, "start": span.start, "end": span.end}


def _entities(doc: Document, ids: dict[int, str]) -> list[dict]:
    sentence_at = _sentence_index_finder(doc)
    return [{"text": e.text, "start": e.start, "end": e.end, "id": ids[id(e)], "type": e.type,
             "normalized": e.normalized, "sentence": sentence_at(e.start), "source": e.source,
             "score": e.score, "group": None if e.group is None else f"g{e.group}"}
            for e in doc.entities]


def _sentence_index_finder(doc: Document):
    """doc.sentence_index_at with the sentence starts looked up once, not once per entity."""
    sentences = doc.sentences
    starts = [s.start for s in sentences]

    def sentence_at(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and sentences[i].start <= offset < sentences[i].end:
            return i
        return None
    return sentence_at


def _events(doc: Document, ids: dict[int, str]) -> list[dict]:
    return [{"id": ids[id(ev)], "type": ev.type, "status": ev.status,
             "trigger": _span(ev.trigger or ev), "title": ev.title,
             "when": _refs(ev.when, ids), "where": _refs(ev.where, ids),
             "participants": _refs(ev.participants, ids), "organizer": _refs(ev.organizer, ids),
             "mentions": [_span(m) for m in ev.mentions], "amounts": _refs(ev.amounts, ids),
             "start": ev.start, "end": ev.end} for ev in doc.events]


def _announcement(doc: Document, ids: dict[int, str]) -> dict:
    a = doc.announcement or {}
    return {"headline": a.get("headline"), "issuer": a.get("issuer"),
            "issuer_entity": _ref(a.get("issuer_entity"), ids), "published": a.get("published"),
            "main_event": _ref(a.get("main_event"), ids), "outlet": a.get("outlet"),
            "place": a.get("place")}


def build_record(doc: Document, pipeline) -> Record:
    """The Record for a processed document; `pipeline` supplies the `pipeline` info block."""
    ids: dict[int, str] = {}
    for layer, prefix in (("entities", "e"), ("quantities", "q"), ("temporals", "t"),
                          ("events", "ev"), ("quotes", "qt"), ("people", "p")):
        ids.update(_ids(getattr(doc, layer), prefix))
    meta = doc.meta
    return Record(
        doc_id=doc.doc_id,
        source=meta.get("source", {}),
        language=meta.get("language", "kk"),
        script=meta.get("script", "cyrl"),
        reference_date=doc.reference_date.isoformat() if doc.reference_date else None,
        announcement=_announcement(doc, ids),
        sentences=[{"start": s.start, "end": s.end} for s in doc.sentences],
        entities=_entities(doc, ids),
        quantities=[{"text": q.text, "start": q.start, "end": q.end, "id": ids[id(q)], "kind": q.kind,
                     "value": q.value, "unit": q.unit, "approx": q.approx} for q in doc.quantities],
        temporals=[{"text": t.text, "start": t.start, "end": t.end, "id": ids[id(t)], "kind": t.kind,
                    "value": t.value} for t in doc.temporals],
        events=_events(doc, ids),
        quotes=[{**_span(q), "id": ids[id(q)], "speaker": _ref(q.speaker, ids),
                 "speaker_mention": _ref(q.speaker_mention, ids),
                 "speaker_entity": _ref(q.speaker_entity, ids), "verb": q.verb, "kind": q.kind}
                for q in doc.quotes],
        people=[{"id": ids[id(p)], "name": p.name, "mentions": _refs(p.mentions, ids),
                 "positions": list(p.positions)} for p in doc.people],
        pipeline=pipeline.info(),
        warnings=list(doc.warnings),
    )
