"""The body a release's quoted speaker speaks for: an outlet's report of a briefing, an interview
or a statement of a body's official is that body's news (presskz.people.issuer.issuing_body's step
between the site's owner and the body the lead names, passed in by presskz.people.announcement)."""
from __future__ import annotations

from presskz.core.doc import Document
from presskz.people.bodies import body_of_position
from presskz.people.issuing import Found, body_named_by, place_finder
from presskz.people.outlet import is_outlet


def speaker_body(doc: Document) -> Found:
    """The body of the first speaker the text quotes or reports who speaks for one: a body
    ("деп хабарлады облыстық ТЖД") or a position's ("Бас прокуратураның ... орынбасары Е.
    Қилымжановтың айтуынша", "— деді ... министрінің орынбасары"); an outlet's report of a
    briefing or a statement is that body's news. A body written in common nouns only ("ұлттық
    компанияның басшысы", "облыс әкімі" with no place found) names none."""
    places = place_finder(doc)
    for quote in sorted(doc.quotes, key=lambda q: q.start):
        if quote.speaker_entity is not None and quote.speaker_entity.type in ("ORGANISATION", "POSITION"):
            body = body_named_by(quote.speaker_entity, doc)
            if body and _named(body):
                return body, quote.speaker_entity
        for position in quote.speaker.positions if quote.speaker else ():
            body = None if is_outlet(position) else body_of_position(position, places)
            if body and _named(body):
                return body, None
    return None


def _named(body: str) -> bool:
    return any(w[:1].isupper() for w in body.split())
