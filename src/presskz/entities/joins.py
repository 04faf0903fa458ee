"""Joins after the merge policy (issue 21): spans the release gold reads as one name.

presskz.entities.merge runs these on the chosen, sorted entities; all but the first two only under
the release conventions (KazNERD's differ, see each data file):

- posts: two POSITION spans joined by a spaced dash are one double post ("Премьер-министрдің
  орынбасары – қаржы министрі"); a body, place or post in the genitive and a post right after it
  are one post ("«Заң» газетінің" + "Қызылордадағы меншікті тілшісі"), and so are a quoted name
  and a post the model starts at its closing quote (GUIDELINES.md: a post with whose post it is);
- companies: an ORGANISATION span keeps the Latin company suffixes after it ("Co., Ltd.",
  gazetteers/company_suffixes.txt), which the model cuts off at their dots;
- water: a LOCATION span takes the water word after it ("Каспий теңізінде");
- teams: a place and a team word after it ("Қазақстан құрамасы") are one ORGANISATION;
- streets: a name and the street word after it are one FACILITY ("Айнакөл көшелерімен", base form
  "Айнакөл көшесі"); before a plural street word the names listed before it are streets too
  ("Байтұрсынов, Қордай, Айнакөл көшелерімен": gazetteers/street_words.txt);
- named after: a name, "атындағы" and the words up to a head noun are one name of the head's type
  ("Болат Сарыбаев атындағы ғылыми-зертханалық шеберхана", "Абай атындағы мектеп–гимназия–
  интернаты"), the name and the spans inside it dropped;
- regional bodies: a place, "облыстық" (admin_unit_adjectives.txt) and a body, facility or post
  right after are one span of the body's type ("Атырау облыстық ТЖД баспасөз қызметі").
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.core.doc import Document, Entity
from presskz.entities.guard import SPACED_DASH_RE, new_span
from presskz.entities.lexicon import head_noun
from presskz.entities.normalize import base_name
from presskz.kk.data import read_list, read_tsv
from presskz.kk.morphology import case_of, split_suffix, strip_layer
from presskz.kk.orthography import AND_WORDS, ANY_CLOSING_QUOTES, ANY_OPENING_QUOTES

SPACE = r"[^\S\n]+"  # white space inside one line: a join never crosses a line break
SPACES_RE = regex.compile(r"\s+")
# how far a join pattern may read after a span (its end position): they take a few words; a bound
# is needed because the regex module reads to the end position (the end of the text, when none is
# given) on every call
JOIN_REACH = 200


@cache
def water_re() -> regex.Pattern:
    words = "|".join(regex.escape(w, literal_spaces=True).replace(" ", SPACE) for w in read_list(
        "gazetteers/water_words.txt"))
    return regex.compile(SPACE + r"(?:" + words + r")\p{L}*")


def extend_water_bodies(doc: Document, spans: list[Entity]) -> list[Entity]:
    """A LOCATION span takes the water word after it ("Каспий" -> "Каспий теңізінде") unless
    another span starts there; `spans` sorted by start."""
    out = list(spans)
    for i, e in enumerate(out):
        m = water_re().match(doc.text, e.end, e.end + JOIN_REACH) if e.type == "LOCATION" else None
        if m and not (i + 1 < len(out) and out[i + 1].start < m.end()):
            out[i] = new_span(doc, e.start, m.end(), e)
    return out


@cache
def company_suffix_re() -> regex.Pattern:
    forms = sorted(read_list("gazetteers/company_suffixes.txt"), key=len, reverse=True)
    alternatives = "|".join(regex.escape(f) + (r"" if f.endswith(".") else r"\b") for f in forms)
    return regex.compile(r"(?:,?[ \t]+(?:" + alternatives + r"))+")


def keep_company_suffixes(doc: Document, spans: list[Entity]) -> list[Entity]:
    """An ORGANISATION span takes the company suffixes after it ("... Biorefineries" + " Co.,
    Ltd."); spans inside the suffixes go; `spans` sorted by start."""
    out: list[Entity] = []
    end = -1
    for e in spans:
        if e.start < end:
            continue  # inside the suffixes the previous span took
        m = company_suffix_re().match(doc.text, e.end, e.end + JOIN_REACH) \
            if e.type == "ORGANISATION" else None
        if m:
            e = new_span(doc, e.start, m.end(), e)
        end = e.end
        out.append(e)
    return out


@cache
def team_re() -> regex.Pattern:
    words = "|".join(regex.escape(w) for w in read_list("gazetteers/team_words.txt"))
    return regex.compile(r"(?:" + SPACE + r"\p{Ll}+){0,2}?" + SPACE + r"(?:" + words + r")\p{L}*")


def join_teams(doc: Document, spans: list[Entity]) -> list[Entity]:
    """A place and the team word after it are one ORGANISATION ("Қазақстан құрамасы",
    "Қазақстанның әйелдер құрамасы") unless another span starts in between; `spans` sorted."""
    out = list(spans)
    for i, e in enumerate(out):
        m = team_re().match(doc.text, e.end, e.end + JOIN_REACH) if e.type == "GPE" else None
        if m and not (i + 1 < len(out) and out[i + 1].start < m.end()):
            out[i] = new_span(doc, e.start, m.end(), e, "ORGANISATION")
    return out


BODY_TYPES = frozenset({"ORGANISATION", "FACILITY", "POSITION"})


@cache
def unit_adjective_re() -> regex.Pattern:
    words = "|".join(regex.escape(w) for w in read_list("gazetteers/admin_unit_adjectives.txt"))
    return regex.compile(SPACE + r"(?:" + words + r")" + SPACE)


def join_regional_bodies(doc: Document, spans: list[Entity]) -> list[Entity]:
    """"Атырау" GPE + "облыстық" + "ТЖД баспасөз қызметі" ORGANISATION are one span of the body's
    type ("Атырау облыстық ТЖД баспасөз қызметі"); `spans` sorted by start."""
    out: list[Entity] = []
    for e in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "GPE" and e.type in BODY_TYPES \
                and unit_adjective_re().fullmatch(doc.text, prev.end, e.start):
            out[-1] = new_span(doc, prev.start, e.end, e)
        else:
            out.append(e)
    return out


OWNER_TYPES = frozenset({"ORGANISATION", "FACILITY", "GPE", "POSITION"})
CLOSING = "".join(sorted(ANY_CLOSING_QUOTES))
# between an owner and a post: its closing quote, and a body's head noun ("«X» газетінің бас редакторы")
OWNER_GAP_RE = regex.compile(r"(?P<quote>[" + regex.escape(CLOSING) + r"])?"
                             r"(?:[^\S\n]+(?P<head>\p{L}+))?[^\S\n]+")
OPENING = frozenset(ANY_OPENING_QUOTES)


def _post_start(doc: Document, prev: Entity, e: Entity) -> int | None:
    """Where one post made of `prev` and the POSITION `e` right after it starts, or None: a double
    post across a spaced dash ("Премьер-министрдің орынбасары – қаржы министрі"); an owner in the
    genitive and a post ("«Заң» газетінің" + "Қызылордадағы меншікті тілшісі"), the genitive also
    on a body's head noun between them ("«Уральская неделя" + "» газетінің" + "бас редакторына");
    a quoted name and a post that starts at its closing quote ("«Қазақстан-Қызылорда" + "»
    телеарнасының редакторы"), from the opening quote."""
    if e.type != "POSITION" or prev.type not in OWNER_TYPES:
        return None
    if prev.type == "POSITION" and SPACED_DASH_RE.fullmatch(doc.text, prev.end, e.start):
        return prev.start
    quoted = prev.start > 0 and doc.text[prev.start - 1] in OPENING
    gap = OWNER_GAP_RE.fullmatch(doc.text, prev.end, e.start)
    if gap is not None and (gap["quote"] is None or quoted):
        # the genitive that makes the post the owner's: a head noun between them, the post's
        # first word after a quoted name ("«Нұр Отан»" + "партиясының төрағасы"), or prev's last
        head = gap["head"] or (e.text.split()[0] if gap["quote"] else None)
        owner = head or prev.text.split()[-1]
        if case_of(owner) == "gen" and (head is None or head_noun(head) is not None):
            return prev.start - 1 if gap["quote"] else prev.start
    if prev.end == e.start and e.text[:1] in ANY_CLOSING_QUOTES and quoted:
        return prev.start - 1
    return None


def join_dashed_positions(doc: Document, spans: list[Entity]) -> list[Entity]:
    """A post and the span before it that are one post (_post_start) become one POSITION span;
    `spans` sorted by start."""
    out: list[Entity] = []
    for e in spans:
        start = _post_start(doc, out[-1], e) if out else None
        if start is not None:
            out[-1] = new_span(doc, start, e.end, e)
        else:
            out.append(e)
    return out


STREET_NAME_TYPES = frozenset({"GPE", "LOCATION", "PERSON", "ORGANISATION", "FACILITY"})
LIST_GAP_RE = regex.compile(r"[^\S\n]*(?:,|" + "|".join(AND_WORDS) + r")[^\S\n]+")


@cache
def street_re() -> regex.Pattern:
    rows = read_tsv("gazetteers/street_words.txt")
    words = "|".join(regex.escape(r["word"], literal_spaces=True).replace(" ", SPACE) for r in rows)
    return regex.compile(SPACE + r"(" + words + r")(\p{L}*)")


@cache
def street_izafets() -> dict[str, str]:
    return {SPACES_RE.sub(" ", r["word"]): r["izafet"] for r in read_tsv("gazetteers/street_words.txt")}


def join_streets(doc: Document, spans: list[Entity]) -> list[Entity]:
    """A name and the street word right after it are one FACILITY (not a genitive: "Бішкектің
    көшелерінде" are the city's streets), whose base form has the street word in the singular
    possessive, also where the model's span holds the street word ("Айнакөл көшелерімен" ->
    "Айнакөл көшесі"); a plural street word makes the names listed before it (capitalised words
    only: not "... мешітімен") FACILITY too; `spans` sorted by start."""
    out = list(spans)
    for i, e in enumerate(out):
        inner = _street_word_inside(e)
        m = inner or _street_word_after(doc, e)
        if m is None or inner is None and i + 1 < len(out) and out[i + 1].start < m.end():
            continue
        izafet = street_izafets()[SPACES_RE.sub(" ", m.group(1))]
        if inner is not None:
            out[i] = new_span(doc, e.start, e.end, e)
            out[i].normalized = f"{base_name(e.text[:inner.start()])} {izafet}"
        else:
            out[i] = _street(doc, e, m.end(), izafet)
        k = i - 1
        while _plural(m.group(1) + m.group(2)) and k >= 0 and out[k].type in STREET_NAME_TYPES \
                and all(w[:1].isupper() for w in out[k].text.split()) \
                and LIST_GAP_RE.fullmatch(doc.text, out[k].end, out[k + 1].start):
            out[k] = _street(doc, out[k], out[k].end, izafet)
            k -= 1
    return out


def _street_word_after(doc: Document, e: Entity) -> regex.Match | None:
    """The street word right after a name (no genitive: "Бішкектің көшелерінде"), or None."""
    if e.type not in STREET_NAME_TYPES or case_of(e.text.split()[-1]) == "gen":
        return None
    return street_re().match(doc.text, e.end, e.end + JOIN_REACH)


def _street_word_inside(e: Entity) -> regex.Match | None:
    """The street word that ends a FACILITY span after its name ("Айнакөл көшелерімен"), or None."""
    if e.type != "FACILITY":
        return None
    m = street_re().search(e.text)
    return m if m is not None and m.end() == len(e.text) and m.start() > 0 else None


def _street(doc: Document, name: Entity, end: int, izafet: str) -> Entity:
    """The FACILITY span of a street from `name` to `end`, its base form the name + "көшесі"."""
    street = new_span(doc, name.start, end, name, "FACILITY")
    street.normalized = f"{name.normalized or name.text} {izafet}"
    return street


def _plural(word: str) -> bool:
    return split_suffix(strip_layer(strip_layer(word, "case"), "poss"), "plural")[1] is not None


NAMED_AFTER_RE = regex.compile(SPACE + r"атындағы" + SPACE)
PHRASE_WORD_RE = regex.compile(r"(?:№[^\S\n]*)?[\p{L}\d]+(?:[\p{Pd}][\p{L}\d]+)*")
MAX_NAMED_AFTER_WORDS = 6


def _named_after_end(doc: Document, start: int) -> tuple[int, str] | None:
    """End and type of the phrase from `start` to its first head noun, within a few words."""
    pos = start
    for _ in range(MAX_NAMED_AFTER_WORDS):
        m = PHRASE_WORD_RE.match(doc.text, pos, pos + JOIN_REACH)
        if m is None:
            return None
        head = head_noun(regex.split(r"[\p{Pd}]", m.group())[-1])
        if head is not None:
            return m.end(), head[0]
        gap = regex.match(SPACE, doc.text[m.end():m.end() + 3])
        if gap is None:
            return None
        pos = m.end() + gap.end()
    return None


def join_named_after(doc: Document, spans: list[Entity]) -> list[Entity]:
    """A span right before "атындағы", with the phrase after it up to its head noun, is one name of
    the head's type; spans inside it go; `spans` sorted by start."""
    out: list[Entity] = []
    skip_to = -1
    for e in spans:
        if e.start < skip_to:
            continue
        m = NAMED_AFTER_RE.match(doc.text, e.end, e.end + JOIN_REACH)
        found = _named_after_end(doc, m.end()) if m else None
        if found is not None:
            e = new_span(doc, e.start, found[0], e, found[1])
            skip_to = e.end
        out.append(e)
    return out


def load() -> None:
    """Compile the patterns above now (a stage's load()), not on the first document that needs them."""
    for build in (water_re, company_suffix_re, team_re, unit_adjective_re, street_re):
        build()
