"""Scores events as happenings (DESIGN section 8): gold mentions grouped by `cluster`, one
predicted event per happening.

A predicted event matches the gold cluster one of whose mentions overlaps one of the event's
mentions (its trigger and its `mentions`) with the same type and status. Clusters are matched
one-to-one, gold clusters in text order; a second predicted event that matches an already
matched cluster is a false positive and is also counted as a `duplicate`. Gold entries
without a `cluster` are happenings of their own (the 1.0 gold convention).

Over the matched happenings, `when_right` says whether the event's time is right: some gold
`when` (the text as written, or a TIMEX value in older gold) equals, contains or lies inside
one of the predicted temporals' texts or values, or neither side has a time. `where_right`
does the same with the gold place and the predicted places' texts and normalized forms.
`participants_right` (where gold lists participants) needs every gold participant found.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from presskz.eval.scores import LayerScore, overlaps


@dataclass
class Happening:
    """One gold cluster: its mention entries (type, status, trigger, when, where, ...)."""
    mentions: list[dict] = field(default_factory=list)

    def values(self, key: str) -> list[str]:
        found: list[str] = []
        for m in self.mentions:
            value = m.get(key)
            for v in value if isinstance(value, list) else [value]:
                if v and v not in found:
                    found.append(v)
        return found


def gold_happenings(gold: dict) -> list[Happening]:
    """The document's gold events grouped by cluster, in order of their first mention."""
    clusters: dict[str, Happening] = defaultdict(Happening)
    for k, entry in enumerate(sorted(gold.get("events", []), key=lambda e: e["trigger"]["start"])):
        clusters[entry.get("cluster") or f"_alone{k}"].mentions.append(entry)
    return list(clusters.values())


def predicted_mentions(event: dict) -> list[dict]:
    """The spans by which a predicted event is mentioned: its trigger and its `mentions`."""
    return [event["trigger"], *event.get("mentions", [])]


def matches(happening: Happening, event: dict, status: bool = True) -> bool:
    """A predicted event (a record dict) matches the happening: same type and status as one of
    its mentions (status only when asked), and one of its own mentions overlaps that mention's
    trigger."""
    spans = predicted_mentions(event)
    return any(m["type"] == event["type"] and (not status or m["status"] == event["status"])
               and any(overlaps(m["trigger"], s) for s in spans)
               for m in happening.mentions)


def _texts(items: list[dict], keys: tuple[str, ...]) -> list[str]:
    return [str(item[k]).casefold() for item in items for k in keys if item.get(k)]


def _found(gold_text: str, predicted: list[str]) -> bool:
    g = gold_text.casefold()
    return any(g == p or (len(p) > 2 and p in g) or g in p for p in predicted)


def _right(gold_values: list[str], predicted: list[str]) -> bool:
    if not gold_values:
        return not predicted
    return any(_found(g, predicted) for g in gold_values)


def _by_id(record: dict, layer: str) -> dict[str, dict]:
    return {item["id"]: item for item in record.get(layer, []) if "id" in item}


def _note_arguments(happening: Happening, event: dict, record: dict, score: LayerScore) -> None:
    temporals, entities = _by_id(record, "temporals"), _by_id(record, "entities")
    when = _texts([temporals[t] for t in event.get("when", []) if t in temporals], ("text", "value"))
    where = _texts([entities[e] for e in event.get("where", []) if e in entities],
                   ("text", "normalized"))
    # a gold place "venue, city" names the venue first (the 1.0 gold convention)
    gold_where = [w.split(", ")[0] for w in happening.values("where")]
    score.note("when_right", _right(happening.values("when"), when))
    score.note("where_right", _right(gold_where, where))
    gold_participants = happening.values("participants")
    if gold_participants:
        people = _by_id(record, "people")
        ids = event.get("participants", []) + event.get("organizer", [])
        named = _texts([entities[e] for e in ids if e in entities], ("text", "normalized"))
        named += [p["name"].casefold() for p in people.values()
                  if set(p.get("mentions", [])) & set(ids)]
        score.note("participants_right", all(_found(g, named) for g in gold_participants))


def score_happenings(gold: dict, record: dict, score: LayerScore) -> dict[str, int]:
    """Add one document's happening-level counts and argument accuracies to `score`;
    `status_right` is counted over the events that match a happening by type and mention
    (status aside). Returns the matched happenings' indices by predicted event id."""
    happenings = gold_happenings(gold)
    matched: set[int] = set()
    by_event: dict[str, int] = {}
    for event in record.get("events", []):
        if any(matches(h, event, status=False) for h in happenings):
            score.note("status_right", any(matches(h, event) for h in happenings))
        hits = [k for k, h in enumerate(happenings) if matches(h, event)]
        free = [k for k in hits if k not in matched]
        if free:
            matched.add(free[0])
            by_event[event.get("id", "")] = free[0]
            score.prf.tp += 1
            _note_arguments(happenings[free[0]], event, record, score)
        else:
            score.prf.fp += 1
            if hits:
                score.count("duplicates")
    score.prf.fn += len(happenings) - len(matched)
    return by_event


def gold_cluster_index(gold: dict, cluster: str | None) -> int | None:
    """The index (in gold_happenings order) of the happening a gold cluster id names."""
    for k, happening in enumerate(gold_happenings(gold)):
        if cluster is not None and any(m.get("cluster") == cluster for m in happening.mentions):
            return k
    return None
