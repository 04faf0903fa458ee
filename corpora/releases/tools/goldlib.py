"""Tiny helper for writing gold files by anchor search (never by hand-counted offsets).

Each span is located by its exact text and occurrence number (optionally after an
anchor phrase); the helper asserts text == content[start:end] and that a span sits
on word boundaries.  Used by the build_gold*.py scripts; not part of the presskz package.

Schema 1.1 gold (DESIGN section 8) adds: `meta` (publisher, publisher_kind, url, ...),
event `cluster` ids (mentions of one happening share one), event `participants` /
`amounts`, quote `kind` + `speaker_entity`, and the `announcement` block.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RELEASES = os.path.dirname(HERE)


class Gold:
    def __init__(self, doc_id, reference_date, folder=None, notes=(), **meta):
        """folder: where <doc_id>.txt is and the gold is written (default: corpora/releases
        or its dev/ or test/ split folder, wherever the text is); notes: a build script's notes
        common to all its files, added after the metadata."""
        self.doc_id = doc_id
        self.folder = folder or next(
            (d for d in (RELEASES, os.path.join(RELEASES, "dev"), os.path.join(RELEASES, "test"))
             if os.path.exists(os.path.join(d, doc_id + ".txt"))), RELEASES)
        with open(os.path.join(self.folder, doc_id + ".txt"), encoding="utf-8") as f:
            self.content = f.read()
        self.data = {"doc_id": doc_id, "reference_date": reference_date, "notes": [],
                     "entities": [], "nested_entities": [], "optional_entities": [],
                     "quantities": [], "temporals": [], "events": [], "quotes": [], "people": [],
                     "announcement": None}
        if meta:
            self.meta(**meta)
        for s in notes:
            self.note(s)

    PUBLISHER_KINDS = ("akimat", "ministry", "agency", "court", "police", "emergency",
                       "prosecutor", "parliament", "university", "school", "museum", "theatre",
                       "culture", "sport", "hospital", "company", "bank", "news_agency",
                       "ngo", "other")

    def meta(self, publisher, publisher_kind, url, published=None, outlet=None,
             licence="official information / news of the day (see README)", **extra):
        """Where the text comes from. `publisher` is the body that issued the release;
        `outlet` the site that relays it (None when the publisher's own site)."""
        assert publisher_kind in self.PUBLISHER_KINDS, publisher_kind
        self.data["meta"] = {"publisher": publisher, "publisher_kind": publisher_kind,
                             "outlet": outlet, "url": url, "published": published,
                             "licence": licence, **extra}

    def find(self, text, n=1, after=None, boundary=True):
        """Start/end of the n-th occurrence of text (after the first occurrence of `after`)."""
        pos = self.content.index(after) if after else 0
        for _ in range(n):
            i = self.content.index(text, pos)
            pos = i + 1
        s, e = i, i + len(text)
        assert self.content[s:e] == text
        if boundary:
            assert s == 0 or not self.content[s - 1].isalnum(), ("mid-word start", text)
            assert e == len(self.content) or not self.content[e].isalnum(), ("mid-word end", text)
        return s, e

    def span(self, text, n=1, after=None, boundary=True):
        s, e = self.find(text, n, after, boundary)
        return {"start": s, "end": e, "text": text}

    def ent(self, text, type_, norm=None, n=1, after=None, layer="entities"):
        d = self.span(text, n, after)
        d.update(type=type_, normalized=norm or text)
        self.data[layer].append(d)

    def nested(self, *a, **k):
        self.ent(*a, layer="nested_entities", **k)

    def optional(self, *a, **k):
        self.ent(*a, layer="optional_entities", **k)

    def qty(self, text, kind, value, unit=None, approx=None, n=1, after=None):
        d = self.span(text, n, after)
        d.update(kind=kind, value=value, unit=unit, approx=approx)
        self.data["quantities"].append(d)

    def tmp(self, text, kind, value, n=1, after=None):
        d = self.span(text, n, after)
        d.update(kind=kind, value=value)
        self.data["temporals"].append(d)

    def ev(self, type_, trigger, status, when=None, where=None, title=None, n=1, after=None,
           cluster=None, participants=None, amounts=None):
        """One event MENTION. Mentions of one happening share `cluster` ("c1", "c2", ...);
        when/where/title are texts as written (or None); participants/amounts lists of texts."""
        d = {"type": type_, "trigger": self.span(trigger, n, after), "status": status,
             "when": when, "where": where, "title": title}
        if cluster is not None:
            d["cluster"] = cluster
        if participants:
            d["participants"] = list(participants)
        if amounts:
            d["amounts"] = list(amounts)
        self.data["events"].append(d)

    def quote(self, text, speaker, verb, kind="direct", n=1, after=None, speaker_entity=None):
        """kind "direct" (the quoted words only) or "indirect" (the reported content);
        speaker: a people name or None; speaker_entity: the body/position text when the
        speaker is not a named person (e.g. "Министрліктің баспасөз қызметі")."""
        d = self.span(text, n, after, boundary=False)
        d.update(speaker=speaker, verb=verb, kind=kind)
        if speaker_entity is not None:
            d["speaker_entity"] = speaker_entity
        self.data["quotes"].append(d)

    def announce(self, headline=None, issuer=None, outlet=None, published=None, place=None,
                 main_event=None):
        """The announcement block: headline text as written, issuer (the body the release
        is from, normalized, never the relaying outlet), outlet, published ISO date, dateline
        place, main_event = the cluster id the headline/lead are about."""
        self.data["announcement"] = {"headline": headline, "issuer": issuer, "outlet": outlet,
                                     "published": published, "place": place,
                                     "main_event": main_event}

    def person(self, name, positions, mentions):
        """mentions: list of (text, n) or (text, n, after) tuples."""
        ms = [self.span(*m) for m in mentions]
        self.data["people"].append({"name": name, "positions": positions, "mentions": ms})

    def note(self, s):
        self.data["notes"].append(s)

    def save(self):
        for k in ("entities", "nested_entities", "optional_entities", "quantities", "temporals"):
            self.data[k].sort(key=lambda d: (d["start"], d["end"]))
        self.data["events"].sort(key=lambda d: d["trigger"]["start"])
        path = os.path.join(self.folder, self.doc_id + ".gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return path


def document_functions(namespace: dict) -> list:
    """A build script's document functions, in the order it defines them: its own module-level
    functions that take no argument (each builds and saves one release's gold)."""
    module = namespace["__name__"]
    return [fn for fn in namespace.values() if getattr(fn, "__module__", None) == module
            and getattr(fn, "__code__", None) is not None and fn.__code__.co_argcount == 0]


def build(functions, names=()) -> None:
    """Build and save each document's gold (only those whose function is named, if any are),
    printing the path each writes: the `__main__` of every build script."""
    for fn in functions:
        if not names or fn.__name__ in names:
            print(fn())
