"""Person names and positions: parse a PERSON mention into initials + surname, decide whether two
mentions are one person, and find the position written next to a mention (apposition)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

import regex

from presskz.core.doc import Document, Entity
from presskz.entities.rules.people import PATRONYMIC_RE
from presskz.events.lexicon import case_endings
from presskz.kk.data import read_list
from presskz.kk.morphology import split_suffix, strip_layer
from presskz.kk.orthography import AND_WORDS, RANGE_DASHES

NAME_PART_RE = regex.compile(r"\p{Lu}[\p{Ll}'’-]*\.?|\p{Lu}\.")


@dataclass(frozen=True)
class NameParts:
    given: tuple[str, ...]  # given names / patronymic, full or as initials ("А")
    surname: str

    @property
    def initials(self) -> tuple[str, ...]:
        return tuple(p[0] for p in self.given)

    @property
    def full(self) -> bool:
        return bool(self.given) and all(len(p) > 1 for p in self.given)


def surname_stem(word: str) -> str:
    """The surname without a case ending (Қырықбаевтың -> Қырықбаев)."""
    low = word.lower()
    for ending, _ in case_endings():
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return word[:-len(ending)].rstrip("-'’")
    return word


CAPS_WORD_RE = regex.compile(r"\b\p{Lu}{2,}\b")


def _name_parts(text: str) -> list[str]:
    """The name's words: a word in capitals is read in title case ("ИСКАКОВАНЫҢ" ->
    "Искакованың"), and a part cut after a hyphen joins the next ("Қасым- Жомарт" ->
    "Қасым-Жомарт")."""
    parts: list[str] = []
    for part in NAME_PART_RE.findall(CAPS_WORD_RE.sub(lambda m: m.group().title(), text)):
        part = part.rstrip(".")
        if parts and parts[-1].endswith("-"):
            parts[-1] += part
        else:
            parts.append(part)
    return parts


@cache
def namesake_words() -> tuple[str, ...]:
    return read_list("namesake_words.txt")


def is_namesake(doc: Document, ent: Entity) -> bool:
    """The name is of a body, street or monument named after someone ("Абай атындағы мектеп")."""
    word = doc.word_after(ent.end)
    return bool(word) and word.lower().startswith(namesake_words())


def parse_name(ent: Entity) -> NameParts:
    """Given names (or initials) and surname; a name in capitals is read from its own text, whose
    case ending the stem cuts, since the base form of a word in capitals is unreliable."""
    caps = CAPS_WORD_RE.search(ent.text) is not None
    text = ent.text if caps else ent.normalized or ent.text
    parts = _name_parts(text)
    if not parts:
        return NameParts((), text)
    surname = parts[-1] if ent.normalized and not caps else surname_stem(parts[-1])
    return NameParts(tuple(parts[:-1]), surname)


def is_patronymic(word: str) -> bool:
    return PATRONYMIC_RE.search(word.lower()) is not None


def patronymic_for_surname(a: NameParts, b: NameParts) -> bool:
    """One full given name, and one "surname" a patronymic: "Нұрымбет Аманұлы" and "Нұрымбет
    Сақтағанов" are one person in one release (issue 21)."""
    return a.full and b.full and a.given == b.given and len(a.given) == 1 \
        and is_patronymic(a.surname) != is_patronymic(b.surname)


def same_person(a: NameParts, b: NameParts) -> bool:
    """Same surname and no clash between given names or their initials, or the same given name
    with a patronymic standing for the surname."""
    if a.surname.lower() != b.surname.lower():
        return patronymic_for_surname(a, b)
    return all(x[0] == y[0] and not (len(x) > 1 and len(y) > 1 and x != y)
               for x, y in zip(a.given, b.given))


# the standard re module's \s is exactly str.isspace (what str.strip removes); regex's \s is not
BLANK_RE = re.compile(r"\s*")
COMMA_GAP_RE = re.compile(r"\s*,\s*")


def _only_space(text: str, start: int, end: int) -> bool:
    """not text[start:end].strip(), without copying what may be a long stretch of text."""
    return BLANK_RE.fullmatch(text, start, end) is not None


DASH_GAP_RE = re.compile(r"\s*(?:[" + "".join(sorted(RANGE_DASHES)) + r"]\s*)?")
LIST_GAP_RE = re.compile(r"\s*(?:,|" + "|".join(AND_WORDS) + r")\s+")


@cache
def title_gap_re() -> re.Pattern:
    """What stands between two titles of one holder: a comma, or "әрі" (same_holder_words.txt)."""
    words = "|".join(map(re.escape, read_list("same_holder_words.txt")))
    return re.compile(r"\s*,\s*|\s+(?:" + words + r")\s+")


def position_near(doc: Document, person: Entity, positions: list[Entity] | None = None) -> Entity | None:
    """The first of positions_near(...), or None."""
    found = positions_near(doc, person, positions)
    return found[0] if found else None


def positions_near(doc: Document, person: Entity, positions: list[Entity] | None = None) -> list[Entity]:
    """The POSITIONs written next to a name: right before it, after spaces or a credit line's dash
    ("Алматы әкімінің орынбасары Арман Қырықбаев", "Режиссері - Әлібек Өмірбекұлы"), with those
    chained before that one by commas or "әрі" ("театрының директоры, Қазақстанның еңбек
    сіңірген қайраткері Еркін Жуасбек", "театр режиссері әрі драматург Барзу Абдуразаков"); or
    right after it between commas ("Арман Қырықбаев, Алматы әкімінің орынбасары,") unless that
    one stands before the next name. `positions`: the document's POSITION entities in order,
    when the caller has them."""
    if positions is None:
        positions = [e for e in doc.entities if e.type == "POSITION"]
    text = doc.text
    k = bisect.bisect_right([e.end for e in positions], person.start) - 1
    if k >= 0 and DASH_GAP_RE.fullmatch(text, positions[k].end, person.start):
        out = [positions[k]]
        while k > 0 and title_gap_re().fullmatch(text, positions[k - 1].end, positions[k].start):
            k -= 1
            out.insert(0, positions[k])
        return out
    after = next((e for e in positions if e.start >= person.end), None)
    if after is not None and COMMA_GAP_RE.fullmatch(text, person.end, after.start) \
            and not _before_person(doc, after):
        return [after]
    return []


def _before_person(doc: Document, position: Entity) -> bool:
    return any(e.type == "PERSON" and e.start >= position.end and _only_space(doc.text, position.end, e.start)
               for e in doc.entities)


def shared_positions(doc: Document, person: Entity, previous: Entity, theirs: list[Entity]) -> list[Entity]:
    """A name listed right after another ("дәрігерлер — А және Б", "мәслихат депутаттары А мен Б",
    "Суретші - А, Б") shares the first one's title when that is a plural or a bare occupation word
    (a post is one person's: "облыс әкімі А, Б" gives Б nothing)."""
    if not theirs or not LIST_GAP_RE.fullmatch(doc.text, previous.end, person.start):
        return []
    title = theirs[-1].text.split()
    shared = len(title) == 1 or split_suffix(strip_layer(title[-1], "poss"), "plural")[1] is not None
    return [theirs[-1]] if shared else []


def same_name(a: str, b: str) -> bool:
    """Names equal up to case and case endings: word by word, sharing all but a short ending."""
    wa, wb = a.lower().replace("-", " ").split(), b.lower().replace("-", " ").split()
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb):
        common = len(x) if x == y else next(i for i, (p, q) in enumerate(zip(x + "\0", y + "\1")) if p != q)
        if common < max(len(x), len(y)) - 3 or common < min(3, len(x), len(y)):
            return False
    return True
