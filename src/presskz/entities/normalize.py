"""Entity normalisation and in-document linking: base forms, short forms -> full names, groups.

- `normalized` is the nominative base form of the whole name (morph.base_form_of_name strips the
  case suffix of its last word: "Ұлттық мұражайында" -> "Ұлттық мұражайы", "ОКҚ-де" -> "ОКҚ");
- a person written short ("А.Қырықбаев", "Қырықбаевтың") takes the full name found in the same
  document ("Арман Қырықбаев") when exactly one full name has that surname (and that initial);
- a position with a generic owner ("Қала әкімінің орынбасары") takes the specific title with the
  same tail found in the document ("Алматы әкімінің орынбасары"); one whose owner is a bare body
  noun ("театрдың директоры") the one body of that kind the document names;
- mentions with the same words in another order ("Астанадағы Алматы күндері") take the first one's
  form; an abbreviation is linked to the name it abbreviates (ОКҚ ~ Орталық коммуникациялар қызметі).
Mentions of one entity then share `group` (1, 2, ... in order of first mention).
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from presskz.core.doc import Entity
from presskz.entities.forms import title_izafets, typed_base
from presskz.entities.lexicon import alone_titles, nominative
from presskz.entities import owners
from presskz.entities.owners import named_units, owned_title, owner_forms
from presskz.entities.rules.places import TYPE_WORDS
from presskz.kk.data import read_tsv
from presskz.kk import orthography as ortho
from presskz.kk.morphology import BACK, base_form, base_form_of_name, case_of, lexicon
from presskz.kk.orthography import EM_DASH, EN_DASH, HYPHEN_MINUS, STRAIGHT_QUOTE, char_class

# "Алматы- Тәуелсіздік" ~ "Алматы - Тәуелсіздік"
DASH_SPACES_RE = regex.compile(r"\s*(" + char_class({HYPHEN_MINUS, EN_DASH, EM_DASH}) + r")\s*")
OPENING_QUOTES = ortho.OPENING_QUOTES | {STRAIGHT_QUOTE}
CLOSING_QUOTES = ortho.CLOSING_QUOTES | {STRAIGHT_QUOTE}
SPACES_RE = regex.compile(r"\s+")
SPACED_DASH_RE = regex.compile(r"\s+\p{Pd}\s+")
LONG_WORD_RE = regex.compile(r"\p{L}{4,}")
LETTERS_RE = regex.compile(r"\p{L}+")
INITIAL_RE = regex.compile(r"^((?:\p{Lu}\.\s?){1,2})\s*(\p{Lu}[\p{L}-]+)$")
GENERIC_OWNERS = set().union(*TYPE_WORDS.values()) | {"қала", "облыс", "аудан"}
LINK_TYPES = {"PERSON": "PERSON", "POSITION": "POSITION", "GPE": "PLACE", "LOCATION": "PLACE",
              "ORGANISATION": "ORG", "FACILITY": "ORG"}


@lru_cache(maxsize=65536)  # the same names recur through a document and across documents
def base_name(text: str) -> str:
    """Base form of an entity's text with its whitespace tidied ("Алматы- Тәуелсіздік" kept); a
    name written in capitals for emphasis ("НАУРЫЗ МЕРЕКЕСІ") in sentence case."""
    name = SPACES_RE.sub(" ", text.strip())
    if name.isupper() and any(lexicon().get(w.lower(), 0) >= 3 for w in LONG_WORD_RE.findall(name)):
        name = name[:1] + name[1:].lower()
    return base_form_of_name(name)


def entity_base(text: str, start: int, end: int) -> str:
    """Base form of the entity at text[start:end]; a title inside quotes is left as written
    (its case suffix goes after the closing quote: «Сыбаға» бағдарламасына)."""
    name = text[start:end]
    if text[end:end + 1] in CLOSING_QUOTES and text[start - 1:start] in OPENING_QUOTES:
        return SPACES_RE.sub(" ", name.strip())
    return base_name(name)


def name_of(entity: Entity) -> str:
    """The entity's normalized form, its text while it has none."""
    return entity.normalized or entity.text


def group_base(entity: Entity) -> str:
    """A people-group word in the singular, lowercase ("Ақтөбеліктерге" -> "ақтөбелік"), else unchanged."""
    if entity.type == "NORP" and " " not in name_of(entity):
        return base_form(name_of(entity).lower())  # Kazakh writes ethnonyms in lowercase
    return name_of(entity)


def _surname_key(name: str) -> str:
    return nominative(name.split()[-1].split(".")[-1])


def resolve_people(entities: list[Entity]) -> None:
    """Short person mentions take the document's one full name with that surname."""
    people = [e for e in entities if e.type == "PERSON"]
    full: dict[str, set[str]] = {}
    for e in people:
        words = name_of(e).split()
        if len(words) >= 2 and "." not in name_of(e):
            full.setdefault(_surname_key(name_of(e)), set()).add(name_of(e))
    for e in people:
        if len(name_of(e).split()) >= 2 and "." not in name_of(e):
            continue
        options = full.get(_surname_key(name_of(e)), set())
        match = INITIAL_RE.match(name_of(e))
        if match:
            initial = match.group(1)[0]
            options = {o for o in options if o.startswith(initial)}
        if len(options) == 1:
            e.normalized = next(iter(options))


@cache
def _position_lemmas() -> dict[str, str]:
    return {form: row["lemma"] for row in read_tsv("position_words.tsv")
            for form in (row["lemma"], row["izafet"])}


def _title_key(name: str) -> tuple[str, ...]:
    """The position words of a title as lemmas: "министрдің орынбасары" -> (министр, орынбасар)."""
    table = _position_lemmas()
    return tuple(table[w] for w in (nominative(x) for x in name.split()) if w in table)


def _owned(name: str) -> bool:
    """Does the title name its owner ("Алматы әкімінің ...")? Generic owners ("облыстық") do not count."""
    first = nominative(name.split()[0])
    return first not in GENERIC_OWNERS and first not in owner_forms() and first not in _position_lemmas()


def _last_post(name: str) -> str:
    """The last of a double post's titles ("Премьер-министрдің орынбасары – қаржы министрі" ->
    "қаржы министрі"), else the title."""
    return SPACED_DASH_RE.split(name)[-1]


def resolve_positions(entities: list[Entity], text: str = "") -> None:
    """A title without its owner ("Қала әкімінің орынбасары", "министрдің орынбасары", "министр"
    alone) takes the one owned title of the document with the same position words ("Алматы
    әкімінің орынбасары", "Ауыл шаруашылығы министрі"; of a double post, its last title:
    "Министрдің" -> "Премьер-министрдің орынбасары – қаржы министрі"), else
    the unit the document names for its generic owner ("облыс әкімі" -> "Түркістан облысының
    әкімі": presskz.entities.owners)."""
    positions = [e for e in entities if e.type == "POSITION"]
    units: dict[str, str] | None = None  # read from the text only when a title has a generic owner
    for e in positions:
        key = _title_key(name_of(e))
        if _owned(name_of(e)):
            continue
        options = {name_of(o) for o in positions if o is not e
                   and _owned(_last_post(name_of(o))) and _title_key(_last_post(name_of(o))) == key}
        if len(options) == 1 and (len(key) >= 2 or nominative(name_of(e)) in alone_titles()):
            e.normalized = next(iter(options))
        elif text and name_of(e).split()[0].lower() in owner_forms():
            units = named_units(text) if units is None else units
            e.normalized = owned_title(name_of(e), units) or e.normalized


@cache
def _body_izafets() -> dict[str, str]:
    """Body head noun -> its izafet form (head_nouns.tsv ORGANISATION / FACILITY: "театр" -> "театры")."""
    return {row["lemma"]: row["izafet"] for row in read_tsv("head_nouns.tsv")
            if row["type"] in ("ORGANISATION", "FACILITY") and row["izafet"] != row["lemma"]}


def resolve_generic_bodies(entities: list[Entity]) -> None:
    """A title or body whose owner is a bare body noun in the genitive ("театрдың директоры",
    "министрліктің ресми өкілі"), or a title whose owner is one in the nominative before its
    possessive ("Университет ректоры", "Клуб президенті"), takes the one body with that head the
    document names: "М.Әуезов атындағы ... театрының директоры" (GUIDELINES.md: a position with
    whose post it is)."""
    bodies: dict[str, set[str]] = {}
    for e in entities:
        words = name_of(e).split()
        if e.type in ("ORGANISATION", "FACILITY") and len(words) >= 2:
            bodies.setdefault(words[-1].lower(), set()).add(name_of(e))
    for e in entities:
        words = name_of(e).split()
        if len(words) < 2 or not (e.type in ("POSITION", "ORGANISATION") and case_of(words[0]) == "gen"
                                  or e.type == "POSITION" and case_of(words[0]) is None):
            continue
        izafet = _body_izafets().get(nominative(words[0]))
        names = bodies.get(izafet, set()) if izafet else set()
        if len(names) == 1:
            name = next(iter(names))
            genitive = "ның" if name[-1] in BACK else "нің"
            e.normalized = f"{name}{genitive} {' '.join(words[1:])}"


def _word_bag(name: str) -> tuple[str, ...]:
    return tuple(sorted(nominative(w) for w in name.split()))


def _initials(name: str) -> str:
    return "".join(w[0] for w in LETTERS_RE.findall(name) if w[0].isupper() or len(w) > 3).upper()


def link(entities: list[Entity], text: str = "") -> None:
    """Fill `normalized` (if missing), resolve short forms and assign shared `group` ids; `text`:
    the document's, where generic owners of positions are named (presskz.entities.owners)."""
    for e in entities:
        e.normalized = typed_base(e, group_base(e) if name_of(e) else base_name(e.text))
    resolve_people(entities)
    resolve_positions(entities, text)
    resolve_generic_bodies(entities)
    first_by_bag: dict[tuple, str] = {}
    for e in entities:
        bag = (e.type, _word_bag(name_of(e)))
        if len(bag[1]) > 1:
            first = first_by_bag.setdefault(bag, name_of(e))
            if first.lower() != name_of(e).lower():  # the same words in another order; a name
                e.normalized = first  # written with other capitals keeps its own ("Мәжілісінің")
    groups: dict[tuple[str, str], int] = {}
    for e in entities:
        key = (LINK_TYPES.get(e.type, e.type), DASH_SPACES_RE.sub(r"\1", name_of(e).lower()))
        e.group = groups.setdefault(key, len(groups) + 1)
    _link_abbreviations(entities, groups)


def _link_abbreviations(entities: list[Entity], groups: dict[tuple[str, str], int]) -> None:
    """An all-capitals mention joins the group of the name whose initials it spells."""
    by_initials: dict[tuple[str, str], int] = {}
    for (kind, name), group in groups.items():
        if " " in name:
            by_initials.setdefault((kind, _initials(name)), group)
    for e in entities:
        if name_of(e).isupper() and 2 <= len(name_of(e)) <= 6:
            spelled = by_initials.get((LINK_TYPES.get(e.type, e.type), name_of(e)))
            if spelled is not None:
                e.group = spelled


def load() -> None:
    """Build the tables above now (a stage's load()), not on the first document."""
    for build in (_position_lemmas, _body_izafets, title_izafets):
        build()
    owners.load()
