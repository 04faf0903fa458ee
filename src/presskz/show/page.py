"""One self-contained HTML page for a record: the release text with every layer marked in
place, then tables of events, people, quotes and the announcement (`presskz show`).

The page needs no network: its CSS and script are inlined from `show/assets/`; entity
classes get their colours from the label set. All text is escaped."""
from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from importlib import resources

from presskz.core.labels import ENTITY_TYPES
from presskz.show.marks import Mark, render_text

LAYERS = ("entities", "quantities", "temporals", "events", "quotes")


@cache
def _asset(name: str) -> str:
    return resources.files("presskz.show").joinpath("assets", name).read_text(encoding="utf-8")


def _entity_colours() -> str:
    step = 360 / len(ENTITY_TYPES)
    return "\n".join(f".t-{t} {{ background-color: hsl({round(i * step * 7) % 360}, 70%, 86%); }}"
                     for i, t in enumerate(ENTITY_TYPES))


def _by_id(record: dict, layer: str) -> dict[str, dict]:
    return {item["id"]: item for item in record.get(layer) or [] if "id" in item}


def record_marks(record: dict, classes: dict[str, str] | None = None) -> list[Mark]:
    """Marks for every span of a record; `classes` adds CSS classes per id (miss, fp)."""
    extra = classes or {}
    people = _by_id(record, "people")
    marks = []
    for e in record.get("entities") or []:
        marks.append(Mark(e["start"], e["end"], "entities", e["id"],
                          f"t-{e['type']} {extra.get(e['id'], '')}",
                          f"{e['type']}: {e.get('normalized') or e['text']} ({e.get('source') or 'gold'})"))
    for q in record.get("quantities") or []:
        unit = f" {q['unit']}" if q.get("unit") else ""
        approx = f" ({q['approx']})" if q.get("approx") else ""
        marks.append(Mark(q["start"], q["end"], "quantities", q["id"], extra.get(q["id"], ""),
                          f"{q['kind']}: {q['value']}{unit}{approx}"))
    for t in record.get("temporals") or []:
        marks.append(Mark(t["start"], t["end"], "temporals", t["id"], extra.get(t["id"], ""),
                          f"{t['kind']}: {t['value']}"))
    for ev in record.get("events") or []:
        for k, span in enumerate([ev["trigger"], *(ev.get("mentions") or [])]):
            ident = ev["id"] if k == 0 else f"{ev['id']}.m{k}"
            marks.append(Mark(span["start"], span["end"], "events", ident, extra.get(ev["id"], ""),
                              f"event {ev['id']}: {ev['type']}, {ev['status']}"))
    for qt in record.get("quotes") or []:
        speaker = people.get(qt.get("speaker") or "", {}).get("name") or qt.get("speaker") or "?"
        marks.append(Mark(qt["start"], qt["end"], "quotes", qt["id"], extra.get(qt["id"], ""),
                          f"{qt.get('kind', 'direct')} quote, speaker: {speaker}"))
    return marks


def _cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return "<br>".join(_cell(v) for v in value)
    return html.escape("" if value is None else str(value))


def _table(caption: str, header: list[str], rows: list[list]) -> str:
    if not rows:
        return f"<h2>{html.escape(caption)}</h2><p>none</p>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<h2>{html.escape(caption)}</h2><table class="{caption.lower()}"><tr>{head}</tr>{body}</table>'


def _names(record: dict, layer: str, ids: list[str], key: str) -> list[str]:
    items = _by_id(record, layer)
    return [f"{items[i]['text']} = {items[i].get(key)}" if i in items else i for i in ids]


def tables(record: dict) -> str:
    """Events, people, quotes and the announcement as HTML tables."""
    events = [[ev["id"], ev["type"], ev["status"], ev["trigger"]["text"], ev.get("title"),
               _names(record, "temporals", ev.get("when") or [], "value"),
               _names(record, "entities", ev.get("where") or [], "normalized"),
               _names(record, "entities", (ev.get("participants") or []) + (ev.get("organizer") or []),
                      "normalized"),
               _names(record, "quantities", ev.get("amounts") or [], "value")]
              for ev in record.get("events") or []]
    people = [[p["id"], p["name"], p.get("positions") or []] for p in record.get("people") or []]
    people_names = {p["id"]: p["name"] for p in record.get("people") or []}
    quotes = [[q["id"], q.get("kind", "direct"), people_names.get(q.get("speaker") or "", q.get("speaker")),
               q.get("verb"), q["text"]] for q in record.get("quotes") or []]
    ann = record.get("announcement") or {}
    return "".join([
        _table("Events", ["id", "type", "status", "trigger", "title", "when", "where",
                          "participants", "amounts"], events),
        _table("People", ["id", "name", "positions"], people),
        _table("Quotes", ["id", "kind", "speaker", "verb", "text"], quotes),
        _table("Announcement", ["field", "value"], [[k, v] for k, v in ann.items()]),
    ])


def controls() -> str:
    boxes = "".join(f'<label><input type="checkbox" data-layer="{x}" checked> {x}</label>' for x in LAYERS)
    return f'<p class="controls">{boxes}</p>'


def legend(record: dict) -> str:
    """The entity classes of the record in their colours, and what the other marks mean."""
    types = sorted({html.escape(e["type"], quote=True) for e in record.get("entities") or []})
    chips = " ".join(f'<span class="m-entities t-{t}">{t}</span>' for t in types)
    return (f'<p class="legend">{chips} <span class="m-quantities">quantity</span> '
            '<span class="m-temporals">temporal</span> <span class="m-events">event</span> '
            '<span class="m-quotes">quote</span></p>')


def html_page(title: str, body: str) -> str:
    """A whole HTML document with the page's CSS and script inlined."""
    return (f'<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_asset('page.css')}\n{_entity_colours()}</style></head><body>{body}"
            f"<script>{_asset('page.js')}</script></body></html>")


def record_page(record: dict, text: str) -> str:
    """The page of one record whose source text is `text`."""
    doc_id = record.get("doc_id") or "record"
    body = (f"<h1>{html.escape(doc_id)}</h1>{controls()}{legend(record)}"
            f'<div class="text" id="text">{render_text(text, record_marks(record))}</div>{tables(record)}')
    return html_page(f"presskz: {doc_id}", body)


def page_name(doc_id: str) -> str:
    """A file name for a document's page (doc ids may hold slashes)."""
    return doc_id.replace("/", "__") + ".html"


def write_record_page(folder: str | Path, record: dict, text: str) -> Path:
    """Write the record's page into folder (created if needed); returns its path."""
    path = Path(folder) / page_name(record.get("doc_id") or "record")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(record_page(record, text), encoding="utf-8")
    return path


def records_index(records: list[dict]) -> str:
    """An index page: one row per record, linking its page, with its layer counts."""
    layers = ("entities", "quantities", "temporals", "events", "quotes", "people")
    head = "".join(f"<th>{x}</th>" for x in ("document", *layers))
    rows = []
    for r in records:
        link = html.escape(page_name(r["doc_id"]), quote=True)
        counts = "".join(f"<td>{len(r.get(x) or [])}</td>" for x in layers)
        rows.append(f'<tr><td><a href="{link}">{html.escape(r["doc_id"])}</a></td>{counts}</tr>')
    table = f'<table class="index"><tr>{head}</tr>{"".join(rows)}</table>'
    return html_page("presskz: records", f"<h1>Records</h1>{table}")
