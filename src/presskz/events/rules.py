"""How an event mention gets its status, title, time, place, participants and organiser from its clause.

All rules look only inside the clause (see clauses.py): the status comes from an attributive participle
right before the event noun ("өткен брифинг") or else from the next finite event verb ("көрме ашылады"),
read in tense_rules.tsv (an event verb as a converb, "сайыстар ұйымдастырылып, концерт қойылды", gives
the tense of the clause's predicate); nouns listed with the noun do not keep the verb from it; the place
is a name in the locative ("мұражайында", "ОКҚ-де") or a name in the genitive before a venue noun in the
locative ("театрының сахнасында"); participants and organisers are the names before a role marker
("... қатысуымен", "... ұйымдастыруымен") or the nominative subject of "ұйымдастырады".
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from presskz.events.clauses import Clause
from presskz.core.doc import Document, Entity, Token
from presskz.kk.data import read_tsv
from presskz.kk.orthography import AND_WORDS, CLOSING_ONLY_QUOTES, OPENING_QUOTES, TITLE_HEAD_GAP
from presskz.events.lexicon import object_only, squash, venue_nouns
from presskz.events.matching import case_of, status_of
from presskz.events.predicate import is_topic, load as predicate_load, predicate_status

PLACE_TYPES = ("FACILITY", "ORGANISATION", "LOCATION", "GPE")  # most specific first
AGENT_TYPES = ("PERSON", "ORGANISATION", "NORP", "GPE", "POSITION")
ORDINAL_RE = regex.compile(r"\d+-?(?:ші|шы|інші|ыншы|нші|ншы)")
PARTICIPLE_REACH = 10  # tokens an attributive participle may stand before its noun
# a backward scan tells a mark's direction from the mark alone: “ counts as opening
OPEN_MARKS, CLOSE_MARKS = OPENING_QUOTES, CLOSING_ONLY_QUOTES
TITLE_GAP = TITLE_HEAD_GAP  # words allowed between a «title» and its event noun
VENUE_GAP = 2  # lowercase modifiers allowed between a genitive name and its venue noun


@cache
def role_markers() -> tuple[tuple[str, str], ...]:
    return tuple((squash(r["marker"]), r["role"]) for r in read_tsv("role_markers.tsv"))


def _participle_before(tokens: list[Token], clause: Clause, first: int) -> str | None:
    """Status of an attributive participle before the noun phrase ("алматыда өтетін «...» 4-ші
    форумына"): looks back over modifiers and a «title», stops at a comma or a finite verb."""
    depth = 0
    for k in range(first - 1, max(clause.first, first - PARTICIPLE_REACH) - 1, -1):
        text = tokens[k].text
        if text in CLOSE_MARKS:
            depth += 1
        elif text in OPEN_MARKS:
            depth = max(0, depth - 1)
        if depth or text in CLOSE_MARKS or text in OPEN_MARKS:
            continue
        if text in (",", ";", ":"):
            return None
        for start in range(max(clause.first, k - 2), k + 1):
            hit = clause.matches.verb[start]
            if hit and hit[2] == k:
                return status_of(hit[0], hit[1]) if hit[1].form == "participle" else None
    return None


def predicate_participle(tokens: list[Token], clause: Clause, hit: tuple) -> bool:
    """A past participle that ends its clause is its predicate, a past told at second hand ("Оқиға кеше
    болған.", "парамен ұсталған."), not an attribute of a noun after it (a "-атын" there is left to
    the tense table: "... деп жарияланған болатын")."""
    return hit[1].form == "participle" and hit[1].status == "past" and not any(
        ch.isalnum() for k in range(hit[2] + 1, clause.last) for ch in tokens[k].text)


def status_for_noun(tokens: list[Token], clause: Clause, first: int, last: int,
                    predicate: bool = True) -> tuple[str, bool]:
    """(status, governed) of the event noun in tokens[first:last+1]: a participle right before it, else
    the next finite event verb in the clause, else (with `predicate`) the tense of the clause's
    predicate, any verb (predicate.py); governed is False when no event verb exists or the verb
    belongs to a nearer event noun (not one listed with this one)."""
    participle = _participle_before(tokens, clause, first)
    if participle is not None:
        return participle, True
    # another event noun between: the verb is that noun's ("акциясы аясында ... мәслихаты өтті")
    # a noun listed with this one ("ойындар, жәрмеңкелер мен театрландырылған қойылымдар") is not between
    crossed, linked = False, False
    verbs, nouns = clause.matches.verb, clause.matches.noun
    for i in range(last + 1, clause.last):
        hit = verbs[i]
        if hit and (hit[1].form in ("finite", "nominal") or predicate_participle(tokens, clause, hit)):
            return status_of(hit[0], hit[1]), not crossed
        if hit and hit[1].form == "converb":  # "... ұйымдастырылып, ... таратылды": the predicate's tense
            return predicate_status(tokens, clause.first, clause.last), not crossed
        linked = linked or tokens[i].text == "," or tokens[i].text.lower() in AND_WORDS
        noun = nouns[i]
        if noun and not object_only(noun[0]):
            crossed, linked = crossed or not linked, False
    if not predicate or is_topic(tokens, last):
        return "unknown", False
    return predicate_status(tokens, clause.first, clause.last), False


def _guillemet_title(doc: Document, close: int) -> str | None:
    """The text inside the «...» whose closing mark is tokens[close]."""
    depth = 0
    for i in range(close, -1, -1):
        text = doc.tokens[i].text
        if text == "»":
            depth += 1
        elif text == "«":
            depth -= 1
            if depth == 0:
                return doc.text[doc.tokens[i].end:doc.tokens[close].start].strip() or None
    return None


def title_before(doc: Document, clause: Clause, first: int) -> str | None:
    """«Title» [атты] [up to 4 lowercase words] NOUN -> the title; also NOUN «Title» right after."""
    words = 0
    for i in range(first - 1, clause.first - 1, -1):
        text = doc.tokens[i].text
        if text == "»":
            return _guillemet_title(doc, i)
        if text in ("-", "–"):
            continue
        ordinal = ORDINAL_RE.fullmatch(text) is not None  # «...» 4-ші форумы
        if (not ordinal and (not text[:1].isalpha() or not text[:1].islower())) or words >= TITLE_GAP:
            return None
        words += 1
    return None


def title_after(doc: Document, clause: Clause, last: int) -> str | None:
    """NOUN «Title» closing the noun phrase (not «Дәулет» ұлттық теннис орталығында, a place)."""
    if last + 1 < clause.last and doc.tokens[last + 1].text == "«":
        for i in range(last + 2, clause.last):
            if doc.tokens[i].text == "»":
                after = doc.tokens[i + 1] if i + 1 < clause.last else None
                if after is None or not after.text[:1].isalnum() or clause.matches.verb[i + 1]:
                    return _guillemet_title(doc, i)
                return None
    return None


def _followed_by_venue(doc: Document, ent: Entity, clause: Clause) -> bool:
    """A venue noun in the locative follows the name, maybe after a few lowercase modifiers
    ("Құлан ауылының орталық саябағында", "музей-қорығының тұрақты экспозиция залдарында"); a name
    in «» counts up to its closing mark ("«Алау» мұзайдыны сарайында")."""
    i = doc.token_index_at(ent.end - 1)
    if i is None:
        return False
    if i + 1 < clause.last and doc.tokens[i + 1].text in CLOSE_MARKS:
        i += 1  # «Темір жол» саябағында
    for k in range(i + 1, min(clause.last, i + 2 + VENUE_GAP)):
        word = doc.tokens[k].text.lower()
        if any(word.startswith(v) for v in venue_nouns()) and case_of(word) == "loc":
            return True
        if not doc.tokens[k].text[:1].islower():
            return False
    return False


def places(doc: Document, clause: Clause) -> list[Entity]:
    """Names of places in the clause: locatives, and genitives or bare names before a venue noun in
    the locative ("театрының сахнасында", "«Темір жол» саябағында")."""
    found = []
    for ent in clause.entities:
        if ent.type not in PLACE_TYPES:
            continue
        case = case_of(ent.text, ent.normalized)
        if case == "loc" or (case in ("gen", "nom") and _followed_by_venue(doc, ent, clause)):
            found.append(ent)
    return sorted(found, key=lambda e: (PLACE_TYPES.index(e.type), e.start))


@lru_cache(maxsize=1 << 14)  # word pairs repeat; every event re-reads its clause's words
def _marker_role(text: str, next_text: str) -> str | None:
    """The role a word gives the names before it; the next word counts for two-word markers."""
    word, alone = squash(text + next_text), squash(text)
    for key, role in role_markers():
        if word.startswith(key) or alone == key:
            return role
    return None


def _marker_positions(doc: Document, clause: Clause) -> list[tuple[int, str]]:
    out = []
    for i in range(clause.first, clause.last):
        role = _marker_role(doc.tokens[i].text, doc.tokens[i + 1].text if i + 1 < clause.last else "")
        if role is not None:
            out.append((i, role))
    return out


def roles(doc: Document, clause: Clause, exclude: list[Entity]) -> dict[str, list[Entity]]:
    """participants / organizer of the clause from role markers ("X қатысты", "X-тың қатысуымен",
    "X ұйымдастыруымен") and an organising verb's subject; every other person named in the clause
    takes part in its happening."""
    result: dict[str, list[Entity]] = {"participants": [], "organizer": []}
    floor = clause.start
    for i, role in _marker_positions(doc, clause):
        pos = doc.tokens[i].start
        names = [e for e in clause.entities if floor <= e.start and e.end <= pos
                 and e.type in AGENT_TYPES and e not in exclude]
        result[role].extend(names)
        floor = doc.tokens[i].end
    for i, hit in clause.matches.verb_hits(clause.first, clause.last):
        if hit[0].form.startswith("ұйымдастыр") and hit[1].form == "finite" \
                and not hit[0].form.endswith("ыл"):
            result["organizer"].extend(
                e for e in clause.entities if e.end <= doc.tokens[i].start and e.type in AGENT_TYPES
                and case_of(e.text, e.normalized) == "nom" and e not in exclude
                and e not in result["participants"])
    taken = result["participants"] + result["organizer"] + exclude
    result["participants"].extend(e for e in clause.entities if e.type == "PERSON" and e not in taken)
    return result


def load() -> None:
    """Build the tables above now (a stage's load()), not on the first document."""
    for build in (role_markers, predicate_load):
        build()
