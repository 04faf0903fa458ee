"""Precision guards (issue 21): model spans that are no names are cut, retyped or dropped.

The merge stage runs `guard_model_spans` on the model's spans before its policy, and
`guard_domains` on rule and model spans alike. Each guard is one rule seen on real releases
(tests/test_entity_guard.py holds real sentences from kk-text and credit lines for each; the
joins made after the policy are in presskz.entities.joins):

- edges: dashes, spaces and list punctuation at a span's edges are cut ("– әл-Фараби атындағы
  ҚазҰУ", "ҚазАқпарат –"), and so are a first word closing a bracket opened before the span ("(ҚазҰУ)
  университет ректоры" -> "университет ректоры") and a conjunction that starts it ("және жеке
  құрам бойынша инспекция жетекшісі"); a span that crosses a line break (a list item, a heading glued to the
  text) or holds no letter ("– 9") is dropped;
- roman: a Roman numeral alone ("XVIII", and "ХХХІІ" in Cyrillic look-alike letters) is no name;
- outlet: a listed outlet (gazetteers/outlets.txt: "KAZINFORM", "ҚазАқпарат") is ORGANISATION,
  and a span glued to it across a spaced dash ("ҚазАқпарат – Ақпарат ... министрлігі") is cut
  there into the outlet and the rest;
- domains: a site name ("BAQ.KZ", "Pavlodarnews.kz-ке") is one ORGANISATION span, whatever the
  tokeniser or the model split at its dot or glued after it;
- capitals: a one-word span at the start of a sentence or line that the corpus writes in lower
  case inside sentences (capital share < 0.2: "Мұражай", "Кітапханада") is no name, nor a word
  broken at a line end by a hyphen ("Са-уда") or a hyphenated pair of common words
  ("Іздеу-құтқару"); listed places and names always pass;
- units: a GPE span ending in an administrative unit word keeps the name only ("Қызылорда
  облысында" -> "Қызылорда": GUIDELINES.md), for rule and model spans alike;
- caps: in an ALL-CAPS line (a headline), a model span stays only where its case-normalised form is
  a listed place or name ("АСТАНА") or a short acronym;
- titles: a model POSITION span starts at its generic owner word when a lower-case word that is
  no genitive stands before it ("Баспасөз конференциясына облыстық сот төрағасы" -> "облыстық сот
  төрағасы", "сақтау туралы аудандық ... басшысы"), and after a conjunction that follows a person's
  name ("Алмат Тұрысбекұлы және «Медик» ... төрағасы" -> "«Медик» ... төрағасы");
- lead: a model span of several words naming a body, place, person or post starts after a first
  word in a case no word inside a name takes ("Көрмеге Департаменттің", "Сыйлықты ТАСС
  агенттігінің ... өкілі": presskz.entities.leads);
- where: a model ORGANISATION or FACILITY span (no quoted title) ends at an inner word in the
  locative whose head is a body or a building ("Шымкент қалалық сотында баспасөз мәслихаты" ->
  "Шымкент қалалық сотында": a name is where something happens, what follows is the happening);
- rare: a model span of a rare class (RARE_TYPES) needs support: a quote mark in or right before
  it, or a head noun (head_nouns.tsv) as its last word or the next word (release conventions
  only: KazNERD tags "атаулы әлеуметтік көмек" PROJECT, the release gold does not).
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from presskz.core.doc import Document, Entity
from presskz.entities.leads import QUOTES, case_lead_end, listed_name, title_start
from presskz.entities.lexicon import (
    ROMAN_RE, capital_share, capital_shares, head_noun, nominative, position_role,
)
from presskz.entities.normalize import SPACED_DASH_RE, entity_base
from presskz.kk.data import read_list
from presskz.kk.morphology import base_form, case_of
from presskz.kk.orthography import AND_WORDS, ANY_OPENING_QUOTES, SITE_TLDS, char_class

VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENTAGE", "CARDINAL", "ORDINAL", "QUANTITY"})
COMMON_SHARE = 0.2  # a word capitalised less often than this inside sentences is a common word
RARE_TYPES = frozenset({"DISEASE", "LAW", "PROJECT", "ART", "PRODUCT", "MISCELLANEOUS", "ADAGE"})
# and a word closing a bracket ("ҚазҰУ) ") or a conjunction ("және жеке құрам бойынша ... жетекшісі")
LEAD_RE = regex.compile(r"^(?:[\p{Pd}\s,;:!?]|[^\s(]+\)\s|(?:" + "|".join(AND_WORDS) + r")\s)+")
TRAIL_RE = regex.compile(r"[\p{Pd}\s,;:!?]+$")
LETTER_RE = regex.compile(r"\p{L}")
DOMAIN_RE = regex.compile(r"(?<![\p{L}\d.-])[\p{L}\d-]{2,}+\.(?:" + "|".join(SITE_TLDS)
                          + r")(?:-\p{Ll}+)?(?![\p{L}\d])")
TLD_DOT_RE = regex.compile(r"\.(?:" + "|".join(SITE_TLDS) + r")(?![\p{L}\d])")
WORD_START_RE = regex.compile(r"[\p{L}\d-]*$")
WORD_RE = regex.compile(r"\p{L}{3,}")
LAST_WORD_RE = regex.compile(r"\s+(\S+)$")
OPENING_RE = regex.compile("(?:" + char_class(ANY_OPENING_QUOTES) + r"|[\p{Pd}\s(])*$")
SHORT_ACRONYM = 5


@cache
def outlets() -> frozenset[str]:
    return frozenset(name.lower() for name in read_list("gazetteers/outlets.txt"))


def is_outlet(text: str) -> bool:
    low = text.lower()
    return low in outlets() or nominative(text.split("-")[0]) in outlets()


def common_word(word: str) -> bool:
    """Written in lower case inside sentences, by the corpus's count of the word, or else of its
    stem without case, possessive and plural ("Қоңыраулардың" -> "қоңырау")."""
    share = capital_share(word)
    if share is None:
        share = capital_shares().get(base_form(word).lower())
    return share is not None and share < COMMON_SHARE and not listed_name(word)


def _line(doc: Document, offset: int) -> tuple[int, int]:
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    return start, len(doc.text) if end < 0 else end


def _starts_sentence(doc: Document, start: int) -> bool:
    """Only quotes, dashes, brackets or spaces between the sentence's (or line's) start and `start`."""
    i = doc.sentence_index_at(start)
    begin = doc.sentences[i].start if i is not None else 0
    begin = max(begin, _line(doc, start)[0])
    return OPENING_RE.match(doc.text[begin:start]) is not None


def headline_line(doc: Document, offset: int) -> bool:
    """The line holds 3+ words of 3+ letters and most of them are written in capitals."""
    start, end = _line(doc, offset)
    return _headline(doc.text[start:end])


@lru_cache(maxsize=1024)
def _headline(line: str) -> bool:
    """headline_line's test of one line's text, memoised: the caps guard asks it for every
    model span, and a release's paragraphs are long lines holding dozens of spans each."""
    words = WORD_RE.findall(line)
    return len(words) >= 3 and 2 * sum(w.isupper() for w in words) > len(words)


def _common_capital(doc: Document, e: Entity) -> bool:
    """The capitals guard: a one-word span capitalised by its position, or a hyphen artefact."""
    if " " in e.text or not e.text[:1].isupper():
        return False
    parts = e.text.split("-")
    if len(parts) > 1 and all(p[:1].islower() for p in parts[1:] if p):
        joined = "".join(parts)
        if common_word(joined) or all(common_word(p) for p in parts if p):
            return True
    return len(parts) == 1 and _starts_sentence(doc, e.start) and common_word(e.text)


def _caps_noise(doc: Document, e: Entity) -> bool:
    if not headline_line(doc, e.start):
        return False
    if listed_name(e.text) or is_outlet(e.text):
        return False
    return not (" " not in e.text and len(e.text) <= SHORT_ACRONYM and e.text.isupper())


def _unsupported_rare(doc: Document, e: Entity) -> bool:
    if e.type not in RARE_TYPES:
        return False
    before = doc.text[max(0, e.start - 2):e.start]
    if any(c in QUOTES for c in e.text + before):
        return False
    after = doc.word_after(e.end)
    last = e.text.split()[-1]
    return head_noun(last) is None and not (after and head_noun(after.strip(".,;:")))


def _trim(e: Entity) -> tuple[int, int]:
    """The span without dashes, spaces and list punctuation at its edges."""
    lead = LEAD_RE.match(e.text)
    trail = TRAIL_RE.search(e.text)
    start = e.start + (lead.end() if lead else 0)
    end = e.start + (trail.start() if trail else len(e.text))
    return start, max(start, end)


def _split_outlet(text: str) -> int | None:
    """Offset of the rest after "OUTLET – " at the start of `text`, or None."""
    m = SPACED_DASH_RE.search(text)
    return m.end() if m and is_outlet(text[:m.start()]) else None


INNER_WORD_RE = regex.compile(r"\S+(?=\s+\S)")


def _locative_end(e: Entity) -> int | None:
    """The end of the first inner word of a body's or building's span in the locative with such a
    head ("сотында"), or None; a span with a quote mark is a title, left as it is."""
    if e.type not in ("ORGANISATION", "FACILITY") or any(ch in QUOTES for ch in e.text):
        return None
    for m in INNER_WORD_RE.finditer(e.text):
        if case_of(m.group()) == "loc" and head_noun(m.group()) is not None:
            return e.start + m.end()
    return None


def new_span(doc: Document, start: int, end: int, e: Entity, type_: str | None = None) -> Entity:
    return doc.span(start, end, Entity, type=type_ or e.type, source=e.source, score=e.score,
                    normalized=entity_base(doc.text, start, end))


def _guard_one(doc: Document, e: Entity, rare_support: bool = True) -> list[Entity]:
    if e.type in VALUE_TYPES:
        return [e]
    start, end = _trim(e)
    if start >= end or not LETTER_RE.search(doc.text, start, end) or "\n" in doc.text[start:end]:
        return []
    if (start, end) != (e.start, e.end):
        e = new_span(doc, start, end, e)
    if ROMAN_RE.match(e.text):
        return []
    name_start = case_lead_end(e, _starts_sentence(doc, e.start))
    if name_start is not None:
        e = new_span(doc, name_start, e.end, e)
    name_start = title_start(e)
    if name_start is not None:
        e = new_span(doc, name_start, e.end, e)
    venue_end = _locative_end(e)
    if venue_end is not None:
        e = new_span(doc, e.start, venue_end, e)
    cut = _split_outlet(e.text)
    if cut is not None:
        outlet_end = e.start + len(SPACED_DASH_RE.split(e.text, 1)[0])
        return [new_span(doc, e.start, outlet_end, e, "ORGANISATION")] + \
            _guard_one(doc, new_span(doc, e.start + cut, e.end, e), rare_support)
    if is_outlet(e.text):
        return [new_span(doc, e.start, e.end, e, "ORGANISATION")] if e.type != "ORGANISATION" else [e]
    if _common_capital(doc, e) or _caps_noise(doc, e) \
            or (rare_support and _unsupported_rare(doc, e)):
        return []
    return [e]


def guard_model_spans(doc: Document, spans: list[Entity], rare_support: bool = True) -> list[Entity]:
    """The model's spans with the guards above applied (new Entity objects where cut or retyped);
    `rare_support`: whether the rare-class guard applies (not under KazNERD's conventions)."""
    return [g for e in spans for g in _guard_one(doc, e, rare_support)]


@cache
def admin_unit_words() -> tuple[str, ...]:
    return read_list("gazetteers/admin_unit_words.txt")


def guard_admin_units(doc: Document, spans: list[Entity]) -> list[Entity]:
    """A GPE span ending in a lower-case unit word ("Қызылорда облысында") keeps the name only."""
    out = []
    for e in spans:
        last = LAST_WORD_RE.search(e.text)  # the last word and the white space before it
        if e.type == "GPE" and last is not None and last.group(1)[:1].islower() \
                and last.group(1).startswith(admin_unit_words()):
            e = new_span(doc, e.start, e.start + last.start(), e)
        out.append(e)
    return out


def site_names(text: str) -> list[tuple[int, int]]:
    """Offsets of every site name; the search starts at the dot before a TLD (a literal the regex
    module finds fast), then reads the whole name from the word's start."""
    out: list[tuple[int, int]] = []
    for dot in TLD_DOT_RE.finditer(text):
        start = WORD_START_RE.search(text, max(0, dot.start() - 64), dot.start()).start()
        # an end position, or the regex module reads to the end of the text on every call
        m = DOMAIN_RE.match(text, start, dot.end() + 64)
        if m and m.end() >= dot.end() and (not out or out[-1][1] <= m.start()):
            out.append((m.start(), m.end()))
    return out


def guard_domains(doc: Document, spans: list[Entity], source: str) -> list[Entity]:
    """Spans touching a site name give way to one ORGANISATION span of the whole name."""
    domains = site_names(doc.text)
    if not domains:
        return spans
    kept, added = [], set()
    for e in spans:
        hit = next(((s, t) for s, t in domains if e.start < t and s < e.end), None)
        if hit is None:
            kept.append(e)
        elif hit not in added:
            added.add(hit)
            kept.append(doc.span(hit[0], hit[1], Entity, type="ORGANISATION", source=source,
                                 score=e.score, normalized=entity_base(doc.text, *hit)))
    return kept


def guard_bare_titles(spans: list[Entity]) -> list[Entity]:
    """Under KazNERD's conventions a title word alone ("— дейді министр.", "Депутат Жәмила ...",
    "журналист Дәурен ...") is untagged: a one-word POSITION span that is not a standalone title
    ("Президент", "Елбасы") goes. The release gold annotates it (a position at each mention)."""
    return [e for e in spans if not (e.type == "POSITION" and len(e.text.split()) == 1
                                     and position_role(e.text) != "standalone")]
