"""Where an event happens: the place of its clause, and the fallback order when the clause names none.

1. the clause's place (clause_places): a name in the locative ("мұражайында", "ОКҚ-де"), a genitive
   name before a venue noun ("театрының сахнасында": rules.places), a place name before an
   administrative unit word in the locative ("Петропавл қаласында", "Түркістан облысында": the GPE
   span leaves the unit word out, GUIDELINES.md), a name before a relation noun in the locative,
   maybe through one head noun ("«Қазақ елі» монументінің жанында", "Шығыс Қазақстан облысы
   аумағында": place_relation_nouns.tsv), a name in the attributive locative before a noun in the
   locative ("Орталық коммуникациялар қызметіндегі брифингте", "Джакартадағы брифингте"), and for
   a visit or tour its destination in the dative ("Қазақстанға ресми сапармен келеді", "Қазығұрт,
   Төлеби аудандарына іс-сапармен барып");
2. else the place of the same-type event of the sentence before (stage.py);
3. else a place of the same sentence that no other event of the sentence has taken ("Алматыда
   ... көрме ашылып, ... концерт өтті"; in a list "сағат 11.00-де X-те A, ..., сағат 18.00-де B"
   the places are A's, not B's);
4. after merging, a merged event has the union of its mentions' places;
5. else, for a happening the headline or the lead tells, the city they name (also beside a venue that
   is not a city, as the gold writes "venue, city": "EXPO көрме орталығының алаңында" and "Астана"):
   the first in the locative, then in the attributive locative before a venue or a happening
   ("Астанадағы көрмеге", not "Моңғолиядағы қазақтілді портал"), else the first in the nominative or
   genitive that is no noun's qualifier ("Қазақстан чемпионатының", "Бәйдібек ауданының құрметті
   азаматы", "Озерное ауылы тұрғындарымен": on the releases not tuned on, such a city was wrong where
   the gold writes the place of the clause only); never a destination ("Қазақстанға ресми сапармен
   келеді") nor a dateline's city ("АСТАНА. KAZINFORM –" is where the outlet writes from); the opening
   is main_event.opening_sentences (the headline, when the text opens with one, and the lead, not a
   by-line "Тараз, BAQ.KZ тілшісі."). A happening told only in the body gets no city of the opening:
   the gold names a place from the mention's own clause, and on the releases the rules were not tuned
   on a city for every event was more often wrong than right;
6. a plural happening still without a place ("концерттік бағдарламалар, ойындар, жәрмеңкелер ...
   өтеді") is part of the programme of the release's own happening and takes its place (stage.py).
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Document, Entity
from presskz.events.clauses import Clause, DocumentClauses, _make
from presskz.events.lexicon import case_endings
from presskz.events.matching import case_of
from presskz.events.rules import places
from presskz.kk.data import read_list
from presskz.kk.morphology import case_of as word_case
from presskz.kk.orthography import AND_WORDS, ANY_CLOSING_QUOTES

NAME_TYPES = ("GPE", "LOCATION")
VENUE_TYPES = ("FACILITY", "ORGANISATION")  # a building or the body whose premises it names
UNIT_CASES = ("loc", "locattr")
NAMING_CASES = ("nom", "gen")  # "Алматы қаласының әкімі"; not "Қазақстанға" (where to), "Францияны"
UNIT_QUALIFIER_CASES = (None, "gen")  # a unit word that qualifies the next noun: "ауданы", "ауданының"
DESTINATION_TYPES = ("visit", "tour")
DATELINE_ENDS = (".", ",", "/")  # "АСТАНА. KAZINFORM –", "Нұр-Сұлтан, 12 наурыз"


@cache
def unit_words() -> tuple[str, ...]:
    """Administrative unit words after a place name (gazetteers/admin_unit_words.txt: облыс, аудан)."""
    return tuple(read_list("gazetteers/admin_unit_words.txt"))


def _next_word(doc: Document, ent: Entity, clause: Clause) -> str:
    k = doc.token_index_at(ent.end - 1)
    return doc.tokens[k + 1].text.lower() if k is not None and k + 1 < clause.last else ""


def _unit_cases(doc: Document, clause: Clause) -> list[tuple[Entity, str | None]]:
    """The clause's place names with the case of the unit word after them ("Петропавл қаласында" ->
    loc), None without one; names listed before the one with the unit word share it ("Қазығұрт,
    Төлеби аудандарына" -> dat for both)."""
    names = [e for e in clause.entities if e.type in NAME_TYPES]
    out: list[tuple[Entity, str | None]] = []
    shared: str | None = None
    for k in range(len(names) - 1, -1, -1):
        word = _next_word(doc, names[k], clause)
        if word.startswith(unit_words()):
            shared = case_of(word)
        elif not (word == "," or word in AND_WORDS) or k + 1 == len(names):
            shared = None
        out.insert(0, (names[k], shared))
    return out


@cache
def relation_nouns() -> frozenset[str]:
    """Relation nouns in the locative ("жанында", "аумағында": place_relation_nouns.tsv)."""
    return frozenset(read_list("place_relation_nouns.tsv"))


def _words_after(doc: Document, ent: Entity, clause: Clause, count: int) -> list[str]:
    """Up to `count` words after the name (and its closing quote mark), as written, up to the
    first that does not begin in lower case."""
    k = doc.token_index_at(ent.end - 1)
    if k is None:
        return []
    k += 1
    if k < clause.last and doc.tokens[k].text in ANY_CLOSING_QUOTES:
        k += 1
    out = []
    for j in range(k, min(k + count, clause.last)):
        if not doc.tokens[j].text[:1].islower():
            break
        out.append(doc.tokens[j].text)
    return out


def _related_place(doc: Document, ent: Entity, clause: Clause) -> bool:
    """The name before a relation noun, maybe through one head noun ("монументінің жанында",
    "облысы аумағында"), or a name in the attributive locative before a noun in the locative
    ("қызметіндегі брифингте", "Джакартадағы брифингте")."""
    words = _words_after(doc, ent, clause, 2)
    if any(w in relation_nouns() for w in words):
        return True
    return bool(words) and ent.text.lower().endswith(locattr_endings()) \
        and case_of(ent.text, ent.normalized) == "locattr" and case_of(words[0]) == "loc"


@cache
def locattr_endings() -> tuple[str, ...]:
    """The attributive locative's endings ("-дағы", "-ндегі": case_endings.tsv), a cheap test first."""
    return tuple(ending for ending, case in case_endings() if case == "locattr")


def clause_places(doc: Document, clause: Clause, kind: str) -> list[Entity]:
    """The places of an event of type `kind` named in its clause (rule 1 of the module docstring)."""
    found = places(doc, clause)
    cases = _unit_cases(doc, clause)
    found += [e for e, case in cases if case in UNIT_CASES and e not in found]
    found += [e for e in clause.entities if e.type in VENUE_TYPES + NAME_TYPES and e not in found
              and _related_place(doc, e, clause)]
    if not found and kind in DESTINATION_TYPES:  # where a visit goes: a place name in the dative
        found = [e for e, case in cases if "dat" in (case, case_of(e.text, e.normalized))]
    return found


def sentence_places(scope: DocumentClauses, s: int, taken: list[Entity]) -> list[Entity]:
    """The places of the whole sentence s (as if it were one clause) not in `taken`."""
    sent = scope.doc.sentences[s]
    whole = _make(scope, sent.token_start, sent.token_end, s)
    found = clause_places(scope.doc, whole, "") if whole is not None else []
    return [e for e in found if all(e is not t for t in taken)]


def _in_dateline(text: str, ent: Entity) -> bool:
    """The name opens a line as a dateline does ("АСТАНА. KAZINFORM –")."""
    return (ent.start == 0 or text[ent.start - 1] == "\n") and text[ent.end:ent.end + 1] in DATELINE_ENDS


def _modifier(doc: Document, ent: Entity) -> bool:
    """A name in the nominative before a lowercase noun names no place: it qualifies the noun
    ("Қазақстан чемпионатының ашылу салтанаты": the championship's name), also through its unit
    word in the nominative or genitive ("Бәйдібек ауданының құрметті азаматы", "Озерное ауылы
    тұрғындарымен": whose citizen, whose residents)."""
    k = doc.token_index_at(ent.end - 1)
    if k is None or k + 1 >= len(doc.tokens) or case_of(ent.text, ent.normalized) != "nom":
        return False
    word = doc.tokens[k + 1].text
    if not word[:1].islower():
        return False
    if not word.lower().startswith(unit_words()):
        return True
    after = doc.tokens[k + 2].text if k + 2 < len(doc.tokens) else ""
    return word_case(word.lower()) in UNIT_QUALIFIER_CASES and after[:1].islower()


VENUE_WINDOW = 3  # tokens after a name in the attributive locative that may name the venue


def _before_a_venue(doc: Document, ent: Entity, places: set[int]) -> bool:
    """A name in the attributive locative qualifies a venue or a happening ("Астанадағы «Қазақ
    елі» монументінің жанында", "Астанадағы көрмеге", "Каталониядағы турнирдің жеңімпазы"): a named
    place, an event mention or a lowercase word in the locative or dative follows within a few
    tokens; not a body or a group it names ("Моңғолиядағы қазақтілді портал": where the portal is,
    not where its prize was given); `places`: the start offsets of the document's place and venue
    names and of its event mentions."""
    k = doc.token_index_at(ent.end - 1)
    if k is None:
        return False
    for j in range(k + 1, min(k + 1 + VENUE_WINDOW, len(doc.tokens))):
        token = doc.tokens[j]
        if token.start in places:
            return True
        if token.text[:1].islower() and case_of(token.text) in ("loc", "dat"):
            return True
    return False


def release_place(doc: Document, end: int, mentions: set[int]) -> Entity | None:
    """The city the release's headline and lead (ending at `end`) name, not a dateline's: the first
    in the locative ("Алматыда"), else in the attributive locative before a venue or a happening
    (_before_a_venue; `mentions`: the start offsets of the event mentions), else the first in the
    nominative or genitive that is no noun's qualifier (_modifier; not a destination: "Қазақстанға
    ресми сапармен келеді" is where a visit goes, not where the briefing about it is)."""
    names = [e for e in doc.entities
             if e.type == "GPE" and e.end <= end and not _in_dateline(doc.text, e)]
    cases = [case_of(e.text, e.normalized) for e in names]
    found = next((e for e, case in zip(names, cases) if case == "loc"), None)
    if found is None and "locattr" in cases:
        places = {e.start for e in doc.entities if e.type in VENUE_TYPES + NAME_TYPES} | mentions
        found = next((e for e, case in zip(names, cases)
                      if case == "locattr" and _before_a_venue(doc, e, places)), None)
    if found is not None:
        return found
    return next((e for e, case in zip(names, cases)
                 if case in NAMING_CASES and not _modifier(doc, e)), None)


def load() -> None:
    unit_words()
    relation_nouns()
    locattr_endings()
