"""Marks in a text: spans of every layer cut into non-overlapping segments, so that
overlapping spans (a quantity inside a POSITION, an entity inside a quote) stay readable.

A `Mark` is one span to show (its layer, id, CSS classes and hover text); `segments` cuts the
text at every mark boundary and returns each piece with the marks covering it, outermost
(longest) first. Rendering escapes every piece of text: a release holding `<script>` shows it
as text."""
from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    layer: str      # entities | quantities | temporals | events | quotes
    ident: str      # the record id ("e3"), or a gold key
    classes: str    # CSS classes besides the layer's ("GPE", "miss", ...)
    title: str      # hover text


@dataclass
class Segment:
    start: int
    end: int
    marks: list[Mark]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """The text cut at every mark boundary, each piece with the marks that cover it (a sweep:
    only the marks open at a cut are looked at)."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pending = sorted(marks, key=lambda m: m.start)
    active: list[Mark] = []
    pieces, k = [], 0
    for start, end in zip(cuts, cuts[1:]):
        while k < len(pending) and pending[k].start <= start:
            active.append(pending[k])
            k += 1
        active = [m for m in active if m.end > start]
        covering = sorted((m for m in active if end <= m.end), key=lambda m: m.start - m.end)
        pieces.append(Segment(start, end, covering))
    return pieces


def render_text(text: str, marks: list[Mark]) -> str:
    """The text as HTML: one <span> per marked piece, listing its marks' ids and classes;
    the first piece of each mark also carries `data-first` so that a mark can be found once."""
    out, started = [], set()
    for seg in segments(text, marks):
        piece = html.escape(text[seg.start:seg.end])
        if not seg.marks:
            out.append(piece)
            continue
        classes = sorted({f"m-{m.layer}" for m in seg.marks}
                         | {c for m in seg.marks for c in m.classes.split()})
        attrs = {"class": " ".join(classes), "data-ids": " ".join(m.ident for m in seg.marks),
                 "title": "\n".join(m.title for m in seg.marks)}
        first = [m.ident for m in seg.marks if m.ident not in started]
        if first:
            attrs["data-first"] = " ".join(first)
            started.update(first)
        out.append(f"<span {_attributes(attrs)}>{piece}</span>")
    return "".join(out)


def _attributes(attrs: dict[str, str]) -> str:
    return " ".join(f'{name}="{html.escape(value, quote=True)}"' for name, value in attrs.items())
