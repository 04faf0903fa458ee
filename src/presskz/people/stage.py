"""The people stage: one Person per individual (mentions clustered by surname and initials, positions
by apposition) and quote speakers linked to them.

"Арман Қырықбаев", "А.Қырықбаев" and "Қырықбаевтың" are one person (a surname alone makes
nobody); a quote whose speaker mention is a position ("Қала әкімінің орынбасары") goes to the
person holding that position.
"""
from __future__ import annotations

from presskz.core.doc import Document, Person
from presskz.events.lexicon import case_endings
from presskz.people.rules import (
    NameParts, is_namesake, is_patronymic, parse_name, position_near, same_name, same_person,
)
from presskz.core.stage import Stage


def _display_name(parts: NameParts, mention_text: str) -> str:
    return " ".join(parts.given + (parts.surname,)) if parts.full else mention_text


def cluster_people(doc: Document) -> list[Person]:
    """People of the document. A person needs a person-shaped name: some mention with a given
    name or initials besides the surname, or a quote it speaks ("Ыбырай", "Кітап" alone make
    nobody; "... деді Рид." does); a name followed
    by "атындағы", "көшесі", ... (namesake_words.txt) is a namesake, not a person (issue 21)."""
    people: list[tuple[Person, NameParts]] = []
    shaped: set[int] = set()
    speakers = {id(q.speaker_mention) for q in doc.quotes if q.speaker_mention is not None}
    positions = [e for e in doc.entities if e.type == "POSITION"]
    for ent in sorted((e for e in doc.entities if e.type == "PERSON"), key=lambda e: e.start):
        if is_namesake(doc, ent):
            continue
        parts = parse_name(ent)
        match = next((pair for pair in people if same_person(pair[1], parts)), None)
        if match is None:
            match = (Person(_display_name(parts, ent.normalized or ent.text)), parts)
            people.append(match)
        person, known = match
        person.mentions.append(ent)
        if parts.given or id(ent) in speakers:
            shaped.add(id(person))
        if parts.full and (not known.full or len(parts.given) > len(known.given)
                           or is_patronymic(known.surname) and not is_patronymic(parts.surname)):
            person.name = _display_name(parts, ent.text)
            people[people.index(match)] = (person, parts)
        position = position_near(doc, ent, positions)
        if position is not None:
            label = position.normalized or position.text
            if not any(same_name(label, p) for p in person.positions):
                person.positions.append(label)
    return [p for p, _ in people if id(p) in shaped]


def _person_for(mention, people: list[Person]) -> Person | None:
    if mention is None:
        return None
    for person in people:
        if any(m is mention for m in person.mentions):
            return person
    if mention.type == "POSITION":
        label = mention.normalized or mention.text
        holders = [p for p in people if any(same_name(label, pos) for pos in p.positions)]
        if not holders:  # "Қала әкімінің орынбасары" for "Алматы әкімінің орынбасары": same head
            head = " ".join(label.split()[1:])
            holders = [p for p in people if head and any(
                len(pos.split()) > 1 and same_name(head, " ".join(pos.split()[-len(head.split()):]))
                for pos in p.positions)]
        return holders[0] if len(holders) == 1 else None
    return None


class PeopleStage(Stage):
    name = "people"
    requires = ("entities", "quotes")
    assigns = ("people", "quotes")  # sets each quote's speaker

    def load(self) -> None:
        """Read the case endings (surname stems) now rather than on the first document."""
        case_endings()

    def __call__(self, doc: Document) -> Document:
        doc.people = cluster_people(doc)
        for quote in doc.quotes:
            quote.speaker = _person_for(quote.speaker_mention, doc.people)
        return doc
