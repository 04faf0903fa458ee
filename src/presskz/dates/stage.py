"""The dates stage: finds dates, times, ranges, durations, relative and recurring expressions and
normalises them to TIMEX3/ISO values (presskz.dates.timex), filling `doc.temporals`.

Reference date: the one already on the document (CLI or metadata), else a dateline
(presskz.dates.dateline), else none, with a warning, and values keep X's ("XXXX-11-05").

Decisions:
- Anniversaries ("25 жылдығына", "800 жыл толуына") are durations, "P25Y" (DESIGN section 8,
  issue 22; the events stage does not take them for an event's time). Names carrying a year
  ("Жол картасы-2020", "Астана-2017") are not temporals (no number glued to a word by a
  hyphen). The bare adjective "5 жылдық" (five-year) is a duration (P5Y).
- Context (issue 22): a time with no day of its own takes the nearest day named before it in
  its paragraph, else the document's only day (Context.start_paragraph); without a reference
  date a day without a year takes that day's year, and relatives are PRESENT_REF / PAST_REF /
  FUTURE_REF ("биыл" stays "XXXX"); the ends of a range complete each other (presskz.dates.ranges).
- Spans follow the release gold, where KazNERD differs (its scorer maps them back,
  presskz.eval.dates): vague relatives ("қазір", "бұған дейін", "алдағы уақытта") are temporals,
  "бастап" and "айында" stay in the span, "X-тан бастап Y-ға дейін" is one range.
- Ages ("10 жаста") are not temporals either (KazNERD tags them DATE).
- Quantities inside a temporal ("2016" in "2016 жылы", "5" in "5 қараша", "90-шы" in
  "90-шы жылдар") are removed from `doc.quantities`: one fact, one layer.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from presskz.dates import keys as date_keys

from presskz.dates import lexicon as date_lexicon
from presskz.dates.context import Context
from presskz.dates.rules import compiled_rules
from presskz.dates.spans import find_in_sentence
from presskz.dates.dateline import find_dateline
from presskz.core.doc import Document, Temporal
from presskz.core.stage import Stage

NO_REFERENCE_WARNING = "no reference date: relative dates left unresolved"


def ensure_reference_date(doc: Document) -> None:
    """Set doc.reference_date from a dateline when none was given; warn when there is none."""
    if doc.reference_date is not None:
        return
    found, yearless = find_dateline(doc.text)
    if found is not None:
        doc.reference_date, doc.reference_date_source = found, "dateline"
        return
    if yearless:
        doc.warnings.append(f"dateline {yearless} has no year; {NO_REFERENCE_WARNING}")
    else:
        doc.warnings.append(NO_REFERENCE_WARNING)


def sentence_bounds(doc: Document) -> list[tuple[int, int]]:
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    return [(0, len(doc.text))] if doc.text else []


def drop_covered_quantities(doc: Document) -> None:
    """Quantities overlapping a temporal belong to it ("5" in "5 қараша"): remove them."""
    # A quantity overlaps a temporal iff one of the temporals starting before its end ends after
    # its start: temporals sorted by start, with the running maximum of their ends.
    spans = sorted((t.start, t.end) for t in doc.temporals)
    starts = [start for start, _ in spans]
    max_end = list(accumulate((end for _, end in spans), max))
    doc.quantities = [q for q in doc.quantities
                      if not (k := bisect_left(starts, q.end)) or max_end[k - 1] <= q.start]


class DatesStage(Stage):
    name = "dates"
    # a reference date read from a dateline when none was given, a warning when there is none,
    # and the quantities inside a date dropped (drop_covered_quantities)
    requires = ("sentences", "quantities", "reference_date", "reference_date_source",
                "warnings")
    assigns = ("temporals", "quantities", "reference_date", "reference_date_source", "warnings")

    def load(self) -> None:
        # the whole grammar (~0.4 s of regex compilation, once per process) for a long run;
        # without load() each rule is compiled when a document first needs it
        compiled_rules()
        date_keys.load()
        date_lexicon.load()

    def __call__(self, doc: Document) -> Document:
        ensure_reference_date(doc)
        ctx = Context(ref=doc.reference_date)
        # the sentences where no rule can match (most) are left out: they would find nothing
        keys = date_keys.DocumentKeys(doc.text)
        previous_end = 0
        for start, end, sentence_keys in keys.sentences_with_rules(sentence_bounds(doc)):
            if "\n" in doc.text[previous_end:start]:
                ctx.start_paragraph()
            previous_end = end
            for item in find_in_sentence(doc.text, start, end, ctx, sentence_keys):
                doc.add("temporals", doc.span(item.start, item.end, Temporal,
                                              kind=item.kind, value=item.value))
        drop_covered_quantities(doc)
        return doc
