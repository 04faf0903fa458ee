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
- "күні" after a weekday stays in the span as after a date ("сенбі күні"; "жұма күні" is Friday,
  "жұма" alone may be a week); a weekday beside its day is that day ("15 наурыз, сенбі күні");
  "қарай / таман" (towards) stay in the span as "дейін" does ("кешке қарай", "жыл соңына
  қарай"; KazNERD leaves them out, its scorer maps them back).
- Roman numerals are read in Latin and in the Cyrillic letters typed for them ("ХІХ ғасыр").
- A rate before an amount is a set ("жылына 90 млн" -> P1Y); "бүгінге дейін" alone is today, a
  relative; a date inside a «title» introduced by "атты" / "тақырыбында" is part of the name.
- A day named on a heading line of its own ("10 мамыр, сенбі") is the day of the times listed
  under it (Context.start_paragraph); "бұл күні" in a new paragraph is the last day named.
- The New Year with a word of time is a temporal ("Жаңа жыл түні" -> 2025-12-31TNI, "жаңа жылға
  дейін"; presskz.dates.holidays); the holiday alone, and a month before a holiday or meeting word
  ("Наурыз мейрамы", "Тамыз кеңесі / конференциясы"), is an event name.
- A time after a range of days in its sentence ("24-30 тамыз аралығында сағат 15:00-ге дейін") is
  each day's: it keeps X's rather than the day named before the range.
- "The same period" by any of its words ("өткен жылдың осы / ұқсас / сәйкес / тиісті кезеңімен",
  "2017 жылдың тиісті кезеңінің") is the last period named, in that year.
- Ages ("10 жаста") are not temporals either (KazNERD tags them DATE); nor is a season or
  part-of-day adjective before a noun that is no word of time ("қысқы фестивалі", "таңғы
  бағдарлама"; "қысқы маусымда", "кешкі уақытта" are times; date_words.tsv time_head).
- A part of the day right after its day is one datetime ("26 қыркүйек күні таңертең",
  "20 ақпан кешінде" -> ...T MO / EV); a bare weekday is in the week its clause's tense puts it
  (presskz.dates.tense); without a reference date a day without a year takes the year of the
  last month or day the document named with one (not a law's date: "... 24 қарашадағы Заңы").
- Quantities inside a temporal ("2016" in "2016 жылы", "5" in "5 қараша", "90-шы" in
  "90-шы жылдар") are removed from `doc.quantities`: one fact, one layer.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from itertools import accumulate

import regex

from presskz.dates import keys as date_keys

from presskz.dates import lexicon as date_lexicon
from presskz.dates.context import Context
from presskz.dates.ranges import written_year_re
from presskz.dates.rules import compiled_rules
from presskz.dates.spans import find_in_sentence
from presskz.dates.tense import clause_tense
from presskz.dates.dateline import find_dateline
from presskz.dates.lexicon import date_words as lx_date_words
from presskz.core.doc import Document, Sentence, Temporal
from presskz.core.stage import Stage

NO_REFERENCE_WARNING = "no reference date: relative dates left unresolved"
HEADING_CHARS = 60  # a line this short is a heading: its day is the day of the lines under it


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


def is_heading(text: str, end: int) -> bool:
    """Whether the line ending the last read sentence (at `end`) is a heading: a short line of its
    own, no sentence ("10 мамыр, сенбі", "9 мамыр күні 28 гвардияшы-панфиловшылар саябағы"; not
    "6 қарашада концерт, 8 қарашада көрме өтеді.")."""
    start = text.rfind("\n", 0, end) + 1
    stop = text.find("\n", end)
    line = text[start:len(text) if stop < 0 else stop].rstrip()
    return len(line) <= HEADING_CHARS and not line.endswith((".", "!", "?"))


def sentence_bounds(doc: Document) -> list[tuple[int, int]]:
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    return [(0, len(doc.text))] if doc.text else []


@cache
def title_re() -> regex.Pattern:
    """A «title» followed by a word that introduces it ("атты", "тақырыбында": date_words.tsv
    title_introducer). Length tells no title from a quote: «Биыл жөндейміз», — деп сендірді."""
    introducers = "|".join(lx_date_words("title_introducer"))
    return regex.compile(rf"«[^«»\n]{{1,300}}»(?=\s*(?:{introducers}))", regex.IGNORECASE)


def drop_titles(doc: Document) -> None:
    """Temporals inside a title are part of its name, as numbers are («Жұлдызды 30 күн» атты
    жоспар, «... XVIII ғасырдың екінші жартысы» атты альбом); a quote's dates stay."""
    if "«" not in doc.text or not doc.temporals:
        return
    titles = [(m.start(), m.end()) for m in title_re().finditer(doc.text)]
    if titles:
        doc.temporals = [t for t in doc.temporals if not any(s < t.start and t.end < e for s, e in titles)]


def drop_covered_quantities(doc: Document) -> None:
    """Quantities overlapping a temporal belong to it ("5" in "5 қараша"): remove them."""
    # A quantity overlaps a temporal iff one of the temporals starting before its end ends after
    # its start: temporals sorted by start, with the running maximum of their ends.
    spans = sorted((t.start, t.end) for t in doc.temporals)
    starts = [start for start, _ in spans]
    max_end = list(accumulate((end for _, end in spans), max))
    doc.quantities = [q for q in doc.quantities
                      if not (k := bisect_left(starts, q.end)) or max_end[k - 1] <= q.start]


def _tense_reader(doc: Document, sentence: Sentence | None) -> Callable[[int], str] | None:
    """The tense of the clause at an offset of the sentence, read only when asked (a bare weekday:
    presskz.dates.tense)."""
    if sentence is None or not doc.tokens:
        return None
    return lambda at: clause_tense(doc.tokens, sentence, at)


class DatesStage(Stage):
    name = "dates"
    # a reference date read from a dateline when none was given, a warning when there is none,
    # and the quantities inside a date dropped (drop_covered_quantities)
    requires = ("sentences", "tokens", "quantities", "reference_date", "reference_date_source",
                "warnings")
    assigns = ("temporals", "quantities", "reference_date", "reference_date_source", "warnings")

    def load(self) -> None:
        # the whole grammar (~0.4 s of regex compilation, once per process) for a long run;
        # without load() each rule is compiled when a document first needs it
        compiled_rules()
        title_re()
        written_year_re()
        date_keys.load()
        date_lexicon.load()

    def __call__(self, doc: Document) -> Document:
        ensure_reference_date(doc)
        ctx = Context(ref=doc.reference_date)
        # the sentences where no rule can match (most) are left out: they would find nothing
        keys = date_keys.DocumentKeys(doc.text)
        previous_end = 0
        sentences = {s.start: s for s in doc.sentences}
        for start, end, sentence_keys in keys.sentences_with_rules(sentence_bounds(doc)):
            if "\n" in doc.text[previous_end:start]:
                ctx.start_paragraph(after_heading=is_heading(doc.text, previous_end))
            previous_end = end
            tense = _tense_reader(doc, sentences.get(start))
            for item in find_in_sentence(doc.text, start, end, ctx, sentence_keys, tense):
                doc.add("temporals", doc.span(item.start, item.end, Temporal,
                                              kind=item.kind, value=item.value))
        drop_titles(doc)
        drop_covered_quantities(doc)
        return doc
