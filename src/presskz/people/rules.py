"""Person names and positions: parse a PERSON mention into initials + surname, decide whether two
mentions are one person, and find the position written next to a mention (apposition)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from presskz.core.doc import Document, Entity
from presskz.events.lexicon import case_endings

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


def parse_name(ent: Entity) -> NameParts:
    text = ent.normalized or ent.text
    parts = [p.rstrip(".") for p in NAME_PART_RE.findall(text)]
    if not parts:
        return NameParts((), text)
    surname = parts[-1] if ent.normalized else surname_stem(parts[-1])
    return NameParts(tuple(parts[:-1]), surname)


def same_person(a: NameParts, b: NameParts) -> bool:
    """Same surname and no clash between given names or their initials."""
    if a.surname.lower() != b.surname.lower():
        return False
    return all(x[0] == y[0] and not (len(x) > 1 and len(y) > 1 and x != y)
               for x, y in zip(a.given, b.given))


# the standard re module's \s is exactly str.isspace (what str.strip removes); regex's \s is not
BLANK_RE = re.compile(r"\s*")
COMMA_GAP_RE = re.compile(r"\s*,\s*")


def _only_space(text: str, start: int, end: int) -> bool:
    """not text[start:end].strip(), without copying what may be a long stretch of text."""
    return BLANK_RE.fullmatch(text, start, end) is not None


def position_near(doc: Document, person: Entity, positions: list[Entity] | None = None) -> Entity | None:
    """A POSITION right before the name ("Алматы әкімінің орынбасары Арман Қырықбаев") or right
    after it between commas ("Арман Қырықбаев, Алматы әкімінің орынбасары,"). `positions`: the
    document's POSITION entities in order, when the caller has them."""
    if positions is None:
        positions = [e for e in doc.entities if e.type == "POSITION"]
    for ent in positions:
        if ent.end <= person.start and _only_space(doc.text, ent.end, person.start):
            return ent
        if person.end <= ent.start and COMMA_GAP_RE.fullmatch(doc.text, person.end, ent.start):
            return ent
    return None


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
