"""Scores predicted records against gold annotations, layer by layer (DESIGN section 7).

Matching rules:
- entities: exact span + type (P/R/F1); `entities.normalized`: exact span + type + normalized
  form, and the accuracy of `normalized` over the matched spans. A predicted entity that
  overlaps a gold `optional_entities` span and matches nothing else is ignored.
- quantities: exact span + value (floats within 1e-9 relative); temporals: exact span + value.
- events: one per happening (presskz.eval.happenings: gold mentions grouped by cluster, a
  duplicate of a matched happening is a false positive), with when/where/participants
  accuracy. `events.mentions` scores mentions one-to-one (same type + overlapping trigger +
  same status); over them `when` is right when the gold value is among the predicted temporal
  values (or both are empty) and `where` when the gold venue (text before the first ", ")
  equals a predicted place's normalized form (or both are empty).
- quotes: direct quotes on exact span (P/R/F1), indirect speech (`quotes.indirect`) on
  overlap and only where the gold annotates some (kind "indirect"), since gold without it
  says nothing about it; `speaker_right` over the matched quotes (person or speaker body).
- announcement: issuer / outlet / place accuracy where the gold has an announcement: a name is
  right when it equals the gold's or one holds the other, each word's case ending cut and quote
  marks aside, and an administrative adjective read as its unit's genitive link (body_words.tsv
  generic_adjective: "Ақмола облыстық прокуратурасы" = "Ақмола облысының прокуратурасы", both
  written for one body; "аудандық" = "ауданының", "қалалық" = "қаласының"), and a region's or
  state's abbreviation read as its name (acronyms.tsv GPE: "СҚО" = "Солтүстік Қазақстан облысы");
  an outlet is also right written as the site domain of the listed outlet the other names
  ("otyrar.kz" = "Otyrar TV", gazetteers/outlets.txt).
- people: a person matches on the exact name; over matched people, `positions_right` says
  whether every gold position is among the predicted ones (case-insensitive).
- `entities[TYPE]` rows break the entity score down per type (span + type).
Gold and predictions are paired by doc_id.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from collections.abc import Iterable

from presskz.eval.happenings import gold_cluster_index, score_happenings
from presskz.kk.data import read_tsv
from presskz.kk.morphology import strip_layer
from presskz.kk.orthography import ANY_CLOSING_QUOTES, ANY_OPENING_QUOTES
from presskz.people.bodies import generic_adjectives
from presskz.people.outlet import page_outlet
from presskz.eval.scores import (LayerScore, add_counts, match, overlaps, same_entity, same_mention,
                                 same_valued_span, same_value, span_eq)


def _score_entities(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
    optional = gold.get("optional_entities", [])
    pairs, missed, extra = match(gold.get("entities", []), pred.get("entities", []), same_entity)
    extra = [p for p in extra if not any(overlaps(p, o) for o in optional)]
    add_counts(scores["entities"], pairs, missed, extra)
    for items, attr in ((pairs, "tp"), (missed, "fn"), (extra, "fp")):
        for item in items:
            label = (item[0] if isinstance(item, tuple) else item)["type"]
            prf = scores.setdefault(f"entities[{label}]", LayerScore()).prf
            setattr(prf, attr, getattr(prf, attr) + 1)
    norm = scores["entities.normalized"]
    for g, p in pairs:
        norm.note("accuracy_on_matched", g.get("normalized") == p.get("normalized"))
    same_norm = lambda g, p: same_entity(g, p) and g.get("normalized") == p.get("normalized")  # noqa
    pairs, missed, extra = match(gold.get("entities", []), pred.get("entities", []), same_norm)
    extra = [p for p in extra if not any(overlaps(p, o) for o in optional)]
    add_counts(norm, pairs, missed, extra)


def _index(items: Iterable[dict]) -> dict[str, dict]:
    return {item["id"]: item for item in items if "id" in item}


def _event_args_right(g: dict, p: dict, pred: dict, score: LayerScore) -> None:
    temporals, entities = _index(pred.get("temporals", [])), _index(pred.get("entities", []))
    when_values = [temporals[t]["value"] for t in p.get("when", []) if t in temporals]
    places = [entities[e].get("normalized") or entities[e]["text"]
              for e in p.get("where", []) if e in entities]
    gold_when, gold_where = g.get("when"), g.get("where")
    when_ok = gold_when in when_values if gold_when else not when_values
    venue = gold_where.split(", ")[0] if gold_where else None
    where_ok = (venue or "").casefold() in {x.casefold() for x in places} if venue else not places
    prefix = "future_" if g.get("status") == "future" else ""
    for pre in {"", prefix}:
        score.note(pre + "when_right", when_ok)
        score.note(pre + "where_right", where_ok)


def _mention_events(pred: dict) -> list[dict]:
    """One entry per predicted mention (trigger and `mentions`), with its event's fields."""
    return [{**event, "trigger": span} for event in pred.get("events", [])
            for span in [event["trigger"], *event.get("mentions", [])]
            if span is event["trigger"] or not overlaps(span, event["trigger"])]


def _score_events(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
    matched = score_happenings(gold, pred, scores["events"])
    main = (gold.get("announcement") or {}).get("main_event")
    if main:  # the release's main happening: is the predicted main event the one matching it?
        predicted = (pred.get("announcement") or {}).get("main_event")
        right = predicted in matched and matched[predicted] == gold_cluster_index(gold, main)
        scores["events"].note("main_event_right", right)
    pairs, missed, extra = match(gold.get("events", []), _mention_events(pred), same_mention)
    add_counts(scores["events.mentions"], pairs, missed, extra)
    for g, p in pairs:
        _event_args_right(g, p, pred, scores["events.mentions"])


def _speaker_right(g: dict, p: dict, pred: dict) -> bool:
    """The gold speaker (a people name) or speaker body/position (`speaker_entity`) is the one
    predicted (one name holding the other, compared as same_name does); a quote with neither in
    gold is right when none is predicted."""
    name = _index(pred.get("people", [])).get(p.get("speaker") or "", {}).get("name")
    entity = _index(pred.get("entities", [])).get(p.get("speaker_entity") or "", {})
    if g.get("speaker"):
        return name == g["speaker"]
    if g.get("speaker_entity"):
        said = [_name_key(x) for x in (entity.get("normalized"), entity.get("text")) if x]
        gold_entity = _name_key(g["speaker_entity"])
        return any(x in gold_entity or gold_entity in x for x in said)
    return name is None and not entity


def _score_quotes(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
    # direct quotes have exact bounds (the quote marks); the content of indirect speech is a
    # judgement call at its edges, so it matches on overlap
    for kind, layer, same in (("direct", "quotes", span_eq),
                              ("indirect", "quotes.indirect", overlaps)):
        gold_quotes = [q for q in gold.get("quotes", []) if q.get("kind", "direct") == kind]
        if kind == "indirect" and not gold_quotes:
            continue  # gold that annotates no indirect speech cannot score it
        pred_quotes = [q for q in pred.get("quotes", []) if q.get("kind", "direct") == kind]
        pairs, missed, extra = match(gold_quotes, pred_quotes, same)
        score = scores.setdefault(layer, LayerScore())
        add_counts(score, pairs, missed, extra)
        for g, p in pairs:
            score.note("speaker_right", _speaker_right(g, p, pred))


QUOTES = ANY_OPENING_QUOTES | ANY_CLOSING_QUOTES


def _name_key(name: str) -> str:
    """A name with each word's case ending cut and without quote marks: "Астана қаласының әкімдігі"
    and "Астана қаласы әкімдігі" (a body's name with and without the genitive link, both written
    in gold) agree, as do «Ұлттық спорт түрлері» and "Ұлттық спорт түрлері"; an administrative
    adjective is its unit's link form ("Астана қалалық әкімдігі" -> "астана қаласы әкімдігі"): the
    adjectival and the genitive name of one body are both official spellings (issue 20), as are a
    region's abbreviation and its name ("ШҚО Төтенше жағдайлар департаменті")."""
    unquoted = "".join(ch for ch in name.casefold() if ch not in QUOTES)
    links, regions = generic_adjectives(), _region_names()
    words = (strip_layer(word, "case") for word in unquoted.split())
    return " ".join(links[w]["value"] if w in links else regions.get(w, w) for w in words)


@cache
def _region_names() -> dict[str, str]:
    """A region's or state's abbreviation -> its name, casefolded (acronyms.tsv GPE: "шқо" ->
    "шығыс қазақстан облысы"): gold and text write a body's place either way."""
    return {r["acronym"].casefold(): r["expansion"].casefold() for r in read_tsv("acronyms.tsv")
            if r["type"] == "GPE"}


def same_name(gold: str | None, predicted: str | None) -> bool:
    """Same name, or one part of the other, case endings aside (issuer, outlet, place)."""
    if not gold or not predicted:
        return not gold and not predicted
    g, p = _name_key(gold), _name_key(predicted)
    return g == p or g in p or p in g


def _score_announcement(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
    """issuer / outlet / place accuracy over the documents whose gold has an announcement."""
    if not gold.get("announcement"):
        return
    g, p = gold["announcement"], pred.get("announcement") or {}
    score = scores.setdefault("announcement", LayerScore())
    for key in ("issuer", "outlet", "place"):
        right = same_name(g.get(key), p.get(key)) or key == "outlet" and same_outlet(g.get(key), p.get(key))
        score.note(f"{key}_right", right)


def same_outlet(gold: str | None, predicted: str | None) -> bool:
    """A listed outlet's name and its site's domain ("Otyrar TV" and "otyrar.kz", outlets.txt)."""
    if not gold or not predicted:
        return False
    names = {name.casefold() for name in (gold, predicted)}
    return any((page_outlet(f"http://{n}") or "").casefold() in names - {n} for n in names)


def _score_people(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
    if "people" not in gold:
        return
    same = lambda g, p: g["name"] == p["name"]  # noqa: E731
    pairs, missed, extra = match(gold["people"], pred.get("people", []), same)
    add_counts(scores["people"], pairs, missed, extra)
    for g, p in pairs:
        predicted = {x.casefold() for x in p.get("positions", [])}
        scores["people"].note("positions_right",
                              all(x.casefold() in predicted for x in g.get("positions", [])))


def _score_values(layer: str):
    def score(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
        add_counts(scores[layer], *match(gold.get(layer, []), pred.get(layer, []), same_valued_span))
        if layer == "temporals":  # issue 22: the value right on the spans both sides found
            for g, p in match(gold.get(layer, []), pred.get(layer, []), span_eq)[0]:
                scores[layer].note("value_right_on_span", same_value(g.get("value"), p.get("value")))
    return score


LAYERS = ("entities", "entities.normalized", "quantities", "temporals", "events",
          "events.mentions", "quotes", "people")
SCORERS = (_score_entities, _score_values("quantities"), _score_values("temporals"),
           _score_events, _score_quotes, _score_people, _score_announcement)


def evaluate(golds: list[dict], preds: list[dict]) -> dict[str, dict]:
    """Per-layer scores for gold documents vs predicted records (paired by doc_id)."""
    by_id = {p["doc_id"]: p for p in preds}
    missing = [g["doc_id"] for g in golds if g["doc_id"] not in by_id]
    if missing:
        raise ValueError(f"no prediction for gold document(s): {', '.join(missing)}")
    scores = {layer: LayerScore() for layer in LAYERS}
    for gold in golds:
        for scorer in SCORERS:
            scorer(gold, by_id[gold["doc_id"]], scores)
    layers = [x for x in LAYERS if x != "people" or any("people" in g for g in golds)]
    extra = sorted(k for k in scores if k not in LAYERS)
    return {layer: scores[layer].as_dict() for layer in (*layers, *extra)}


def load_json_documents(path: str | Path) -> list[dict]:
    """Records or gold documents from a .json file, a .jsonl file, or a folder of *.gold.json."""
    p = Path(path)
    if p.is_dir():
        return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(p.rglob("*.gold.json"))]
    text = p.read_text(encoding="utf-8")
    if p.suffix == ".jsonl":
        from presskz.io.files import jsonl_values
        documents = []
        for lineno, value, problem in jsonl_values(text.splitlines()):
            if problem is not None:
                raise ValueError(f"{p}:{lineno}: {problem}")
            documents.append(value)
        return documents
    data = json.loads(text)
    return data if isinstance(data, list) else [data]
