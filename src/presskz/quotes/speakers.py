"""Who says each quote, from its speaker mention (presskz.quotes.stage): a person, a position's
holder, or a body.

- a PERSON mention is its person (presskz.people.stage clusters them);
- a POSITION mention is the person holding that post: the same post, the same post of another body
  ("Қала әкімінің орынбасары" ~ "Алматы әкімінің орынбасары"), the same head word ("министр"), a
  head word written right before the person's name when it is no entity ("вице-министрі Дәурен");
  a chief of the release's own body under a bare noun ("Ведомство басшысы", "компания басшысы",
  chief_roles.tsv) is the one person the text gives a chief's post;
- a body, or a post no person holds, is the quote's speaker_entity; a bare body noun ("Департаменттің
  баспасөз қызметі", "клубтың", "ведомствоның") stands for the release's own body when the issuer's
  name has that noun (or the noun names any body: "ведомство", "мекеме"), and that entity is given;
  a short name gives the entity of the fullest name of the same body ("Әуезов театры");
- a relaying outlet speaks as speaker_entity; with no mention, a quote of a document ("делінген
  хабарламада") is the issuing body's.
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Document, Entity, Person
from presskz.kk.data import read_tsv
from presskz.kk.morphology import base_form, strip_layer
from presskz.people.bodies import chief_roles
from presskz.people.issuer import fullest, issuing_body, lead_body, named_in_full, named_source, signature
from presskz.people.outlet import outlet_at
from presskz.people.rules import same_name
from presskz.quotes.anaphora import body_anaphors

SPEAKING_BODIES = ("ORGANISATION", "POSITION")  # a speaker who is no person: speaker_entity
ANY_BODY = ("ведомство", "мекеме", "ұйым")  # bare nouns that stand for any body
HEAD_STEM = 4  # the shortest post head word compared by its stem ("вице-министр" ~ "вице-министрі")
TITLE_REACH = 40  # characters before a person's name its post's head word may end


@cache
def document_verbs() -> frozenset[str]:
    """Verbs that quote a document ("делінген хабарламада"): the issuing body speaks."""
    return frozenset(r["verb"] for r in read_tsv("speech_verbs.tsv") if r["kind"] == "document")


def _issuing_entity(doc: Document) -> Entity | None:
    """The entity naming the body the release is from, when the text names it."""
    found = fullest(doc, named_in_full(doc, named_source(doc) or signature(doc) or lead_body(doc)))
    return found[1] if found else None


def _bare_body(label: str) -> str | None:
    """The bare body noun a name opens with ("Ведомство басшысы" -> "ведомство"), or None."""
    words = label.split()
    if not words:
        return None
    first = words[0].lower()
    base = base_form(first)
    return base if base in body_anaphors() else first if first in body_anaphors() else None


def _chief(label: str) -> bool:
    return bool(label.split()) and strip_layer(label.split()[-1].lower(), "case").startswith(chief_roles())


def _holders(label: str, people: list[Person]) -> list[Person]:
    holders = [p for p in people if any(same_name(label, pos) for pos in p.positions)]
    if not holders:  # "Қала әкімінің орынбасары" for "Алматы әкімінің орынбасары": same head
        head = " ".join(label.split()[1:])
        holders = [p for p in people if head and any(
            len(pos.split()) > 1 and same_name(head, " ".join(pos.split()[-len(head.split()):]))
            for pos in p.positions)]
    if not holders:  # "министр" for "Ауыл шаруашылығы министрі": the same head word
        head = label.split()[-1] if label.split() else ""
        holders = [p for p in people if any(same_name(head, pos.split()[-1]) for pos in p.positions)]
    if not holders and _bare_body(label) and _chief(label):  # "Ведомство басшысы": the chief
        holders = [p for p in people if any(_chief(pos) for pos in p.positions)]
    return holders


def _titled(doc: Document, label: str, people: list[Person]) -> list[Person]:
    """The people a word of this post's head stands right before ("Қаржы вице-министрі Дәурен
    Темірбеков" for "вице-министр"), when the post is no entity of theirs."""
    words = label.lower().split()
    head = words[-1] if words else ""
    if len(head) < HEAD_STEM:
        return []
    stem = head[:max(HEAD_STEM, len(head) - 2)]
    return [p for p in people if any(
        (before := doc.tokens_in(max(0, m.start - TITLE_REACH), m.start)) and
        before[-1].text.lower().startswith(stem) for m in p.mentions)]


def person_for(mention: Entity | None, people: list[Person], doc: Document | None = None) -> Person | None:
    """The person a speaker mention names or whose post it is, when exactly one."""
    if mention is None:
        return None
    for person in people:
        if any(m is mention for m in person.mentions):
            return person
    if mention.type == "POSITION":
        label = mention.normalized or mention.text
        holders = _holders(label, people) or (_titled(doc, label, people) if doc is not None else [])
        return holders[0] if len(holders) == 1 else None
    return None


def own_body(doc: Document, mention: Entity) -> Entity:
    """The entity of the release's own body for a bare body noun ("Департаменттің баспасөз
    қызметі" -> "Қызылорда облыстық полиция департаменті"), else the fullest name the text gives
    the same body ("Әуезов театрына" -> "М.Әуезов атындағы ... театры"), else the mention itself."""
    noun = _bare_body(mention.text)
    if noun is None:
        longer = fullest(doc, (mention.normalized or mention.text, mention))
        return longer[1] if longer and longer[1] is not None else mention
    found = issuing_body(doc)
    body = found[1] if found else None
    if body is None or body is mention or _bare_body(body.text) is not None:
        return mention
    named = " ".join(strip_layer(w.lower(), "case") for w in (found[0] if found else "").split())
    return body if noun in ANY_BODY or noun in named else mention


def link_speakers(doc: Document) -> None:
    """Set each quote's speaker (a person) or speaker_entity (a body or an unheld post)."""
    for quote in doc.quotes:
        mention = quote.speaker_mention
        if mention is not None and outlet_at(doc.text, mention.start):  # a relaying outlet
            quote.speaker_entity = mention
            continue
        quote.speaker = person_for(mention, doc.people, doc)
        if quote.speaker is None and mention is not None and mention.type in SPEAKING_BODIES:
            quote.speaker_entity = own_body(doc, mention)
        elif mention is None and quote.verb in document_verbs():  # "..., - делінген хабарламада"
            quote.speaker_entity = _issuing_entity(doc)


def load_speaker_tables() -> None:
    """Build the word lists speaker linking reads (the people stage's load())."""
    document_verbs(), chief_roles(), body_anaphors()
