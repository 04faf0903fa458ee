"""The people stage: one Person per individual (mentions clustered by surname and initials, positions
by apposition) and quote speakers linked to them.

"Арман Қырықбаев", "А.Қырықбаев" and "Қырықбаевтың" are one person (a surname alone makes
nobody); a quote whose speaker mention is a position ("Қала әкімінің орынбасары", "министр") goes
to the person holding that position, and that post is then one of theirs; one no person holds,
or a body ("облыстық ТЖД баспасөз қызметі"), is the quote's speaker_entity.
"""
from __future__ import annotations

from presskz.core.doc import Document, Entity, Person
from presskz.events.lexicon import case_endings
from presskz.people.rules import (
    NameParts, is_namesake, is_patronymic, parse_name, positions_near, same_name, same_person,
    shared_positions, title_gap_re,
)
from presskz.core.stage import Stage
from presskz.quotes.speakers import link_speakers, load_speaker_tables


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
    previous: Entity | None = None  # the PERSON mention before, and its positions
    previous_found: list[Entity] = []
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
        found = positions_near(doc, ent, positions)
        if not found and previous is not None:
            found = shared_positions(doc, ent, previous, previous_found)
        for position in found:
            label = position.normalized or position.text
            if not any(same_name(label, p) for p in person.positions):
                person.positions.append(label)
        previous, previous_found = ent, found
    return [p for p, _ in people if id(p) in shaped]


class PeopleStage(Stage):
    name = "people"
    requires = ("tokens", "sentences", "entities", "quotes")  # tokens, sentences: the issuing body
    assigns = ("people", "quotes")  # sets each quote's speaker

    def load(self) -> None:
        """Read the case endings (surname stems) and the speaker word lists now rather than on the
        first document."""
        case_endings()
        title_gap_re()
        load_speaker_tables()

    def __call__(self, doc: Document) -> Document:
        doc.people = cluster_people(doc)
        link_speakers(doc)  # presskz.quotes.speakers
        add_speaking_posts(doc)
        return doc


def add_speaking_posts(doc: Document) -> None:
    """A post that speaks for a person is a position the text states for them: a quote or
    reported speech whose speaker mention is a post ("..., - деді компания басшысы") that
    speaker linking gave to the person holding it."""
    for quote in doc.quotes:
        mention, person = quote.speaker_mention, quote.speaker
        if mention is None or person is None or mention.type != "POSITION":
            continue
        label = mention.normalized or mention.text
        if not any(same_name(label, p) for p in person.positions):
            person.positions.append(label)
