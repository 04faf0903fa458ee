"""The issuer of a release: the body whose release or statement the text carries, never the outlet
that relays it.

In order:
1. the source the text names: "- деп хабарлады X" / "деп хабарлайды OUTLET X-ның сайтына сілтеме
   жасап", "X-ның хабарлауынша / мәліметінше", "Бұл туралы X хабарлады / мәлім етті";
2. a signature line naming a press service ("Музей-қорықтың баспасөз қызметі");
3. the owner of the page's site when the page is a body's own and a body the text names spells its
   domain ("kardio-almaty.kz": "Алматы қалалық кардиология орталығы"; presskz.people.site) or an
   institution named with the place an institutional domain spells ("atyrau.edu.kz"), else, on
   the own site of a kind of institution ("pkkk.mycollege.kz"), the first body of that kind the text
   names or the institution by its kind ("Колледж");
4. the body the lead reports on: a position's body ("Түркістан облысының әкімі" -> "... әкімдігі",
   "... министрлігінің ресми өкілі" -> "... министрлігі"), an organisation, or an institution the
   event takes place in (institution_heads.tsv); else the first such body the text names. Only a
   body can issue a release: an organisation's name ends in a body's head noun (head_nouns.tsv,
   institution_heads.tsv) or holds an acronym ("ҚазМұнайГаз", "ҰАК"), and is not a place, a source or
   an instrument in the clause ("Орталық коммуникациялар қызметіндегі брифингте", "-мен"); a team
   ("Қазақстан құрамасы") or a news outlet named in the text is no issuer; a brand name alone
   ("Қазақтелеком") or a body named as a place only when the text names no other body;
5. the outlet itself when no body is named (its own report).
A body's name is written as presskz.people.bodies gives it (the body of a press service, of an
abbreviation, of a position; "қала әкімдігі" with the release's place), in its fullest form the
text writes ("Әуезов театры" -> "М.Әуезов атындағы ... драма театры"; a bare "Департамент" -> the
department the text names in full).
The cue words are source_cues.tsv (presskz.people.outlet.cue_words).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import compress


from presskz.core.doc import Document
from presskz.kk.data import read_tsv
from presskz.kk.morphology import case_of, strip_layer
from presskz.people.bodies import body_of_name, short_legal_form
from presskz.people.issuing import (Found, body_named_by, case_stem, entity_name, first_body, issue_level,
                                    may_issue, place_finder)
from presskz.people.site import loose, names_medium, own_kind, owner_name, page_url, place_institution
from presskz.quotes.rules import QUOTATIVE
from presskz.people.outlet import NAME_REACH, cue_words, host_of, is_outlet, outlet_re

LEAD_SENTENCES = 3  # the headline and the first sentences of the body
SIGNATURE_WORDS = 8  # a signature line is short
KIND_STEM = 4  # the shortest stem of an institution's kind noun compared
SIGNATURE_LINES = 2  # the last lines read: a signature may stand before a place or byline line
NOT_SUBJECT_CASES = ("loc", "dat", "abl", "ins", "acc")
NEAR = 2  # characters between a cue word and its source entity
CITED_WORDS = 4  # words of a body whose site a credit names
SENTENCE_ENDS = (".", "!", ":")  # "Бұл туралы X хабарлады." / "... хабарлады:" before a quote


Step = Callable[[Document], Found]  # one rule of the issuer chain


def _inside_quote(doc: Document, offset: int) -> bool:
    return any(q.start <= offset < q.end for q in doc.quotes if q.kind == "direct")


def _credited(doc: Document, i: int) -> Found:
    """After "деп хабарлады": the body named, or the body whose site the outlet cites."""
    tok = doc.tokens[i]
    after = [e for e in doc.entities if tok.end <= e.start <= tok.end + NEAR]
    if after and after[0].type == "ORGANISATION" and body_named_by(after[0], doc):
        return first_body(doc, after[:1])
    sent = doc.sentence_index_at(tok.start)
    end = doc.sentences[sent].end if sent is not None else len(doc.text)
    link = next((t for t in doc.tokens_in(tok.end, end) if t.text.lower() in cue_words("link")), None)
    if link is not None:
        cited = [e for e in doc.entities if tok.end <= e.start and e.end <= link.start]
        found = first_body(doc, reversed(cited))
        if found:
            return found
    return _site_owner(doc, tok.end, end)


def _site_owner(doc: Document, start: int, end: int) -> Found:
    """"деп хабарлайды (OUTLET) елорда әкімдігінің ресми сайты(на сілтеме жасап)": the body whose
    site the credit names, written as words the entities may not cover (a genitive or dative
    phrase of at most CITED_WORDS words before the site or link word)."""
    tokens = doc.tokens_in(start, end)
    outlet = outlet_re().match(doc.text, tokens[0].start, tokens[0].start + NAME_REACH) \
        if tokens else None
    words = [t for t in tokens if outlet is None or t.start >= outlet.end()]
    while words and names_medium(words[0].text):  # "ҚазАқпарат тілшісі облыстық сотқа сілтеме жасап"
        words = words[1:]
    stops = cue_words("site") + cue_words("link")
    cut = next((k for k, t in enumerate(words) if t.text.lower() in stops), None)
    if not cut or cut > CITED_WORDS or case_of(words[cut - 1].text) not in ("gen", "dat") \
            or any(not t.text.isalpha() or is_outlet(t.text) for t in words[:cut]):
        return None
    return body_of_name(doc.text[words[0].start:words[cut - 1].end], place_finder(doc)), None


def _told(doc: Document, sent_index: int) -> Found:
    """"Бұл туралы X хабарлады.": the first organisation or position (its body) in a sentence ending
    in a told verb ("хабарлады", "айтты"), not one in a case that makes it a place or an addressee
    ("Үкіметте") nor one inside a quote."""
    sent = doc.sentences[sent_index]
    words = " ".join(t.text.lower() for t in doc.tokens_in(sent.start, sent.end)
                     if t.text not in SENTENCE_ENDS)
    if not words.endswith(tuple(" " + w for w in cue_words("told"))):
        return None
    return first_body(doc, (e for e in doc.entities if sent.start <= e.start and e.end <= sent.end
                             and e.type in ("ORGANISATION", "POSITION") and not _inside_quote(doc, e.start)
                             and may_issue(doc, e)
                             and case_of(e.text.split()[-1]) not in NOT_SUBJECT_CASES))


def named_source(doc: Document) -> Found:
    """The source the text names (rule 1): a credit or "X-ның хабарлауынша" first, in text order."""
    words = doc.lower_token_texts()
    credit, according = set(cue_words("credit")), set(cue_words("according"))
    for i in compress(range(len(words)), map((credit | according).__contains__, words)):
        word = words[i]
        quoted = i > 0 and words[i - 1] == QUOTATIVE
        if word in credit and quoted and not _inside_quote(doc, doc.tokens[i].start):
            found = _credited(doc, i)
            if found:
                return found
        if word in according:
            before = [e for e in doc.entities if e.end <= doc.tokens[i].start <= e.end + NEAR]
            found = first_body(doc, before[-1:])
            if found:
                return found
    told_last = {w.split()[-1] for w in cue_words("told")}
    for n, sent in enumerate(doc.sentences):
        last = sent.token_end - 1
        while last > sent.token_start and words[last] in SENTENCE_ENDS:
            last -= 1
        if words[last] in told_last:
            found = _told(doc, n)
            if found:
                return found
    return None


def signature(doc: Document) -> Found:
    """A last line naming a press service, also one before a place line ("Облыстық соттың баспасөз
    қызметі. / Қорғалжын ауданы."): the body of its organisation, else of the line."""
    lines = [line.strip() for line in doc.text.rstrip().split("\n") if line.strip()]
    signed = [line for line in lines[-SIGNATURE_LINES:] if len(line.split()) <= SIGNATURE_WORDS
              and any(cue in line.lower() for cue in cue_words("signature"))]
    if not signed:
        return None
    last = signed[-1]
    start = doc.text.rindex(last)
    ents = [e for e in doc.entities if start <= e.start < start + len(last) and e.type == "ORGANISATION"]
    places = place_finder(doc)
    return (body_of_name(entity_name(ents[0]), places), ents[0]) if ents \
        else (body_of_name(last.rstrip("."), places), None)


def site_owner(doc: Document) -> Found:
    """The body whose own site the page is on, as the text names it (rule 3)."""
    url = page_url(doc.meta)
    if not url:
        return None
    ents = [e for e in doc.entities if e.type in ("ORGANISATION", "FACILITY", "POSITION")]
    name = (owner_name(url, (e.text for e in ents)) or place_institution(url, (e.text for e in ents))) \
        if ents else None
    return first_body(doc, (e for e in ents if e.text == name)) if name else None


def own_institution(doc: Document) -> Found:
    """On the own site of a kind of institution (presskz.people.site.own_kind: "pkkk.mycollege.kz",
    "19mektep-kst.edu.kz"), the first body of that kind the text names, else a brand the site's
    name holds ("Halyk" of "halykbank.kz"), else the institution by its kind ("Колледж": a release
    on its own site often names itself only as "колледжімізде", "мектебімізде"), before the clubs
    and visitors it names (rule 3)."""
    noun = own_kind(page_url(doc.meta))
    if noun is None:
        return None
    stem = loose(noun[:max(KIND_STEM, len(noun) - 1)])  # "мектеп" ~ "мектебі", "банк" ~ "Halyk Bank"
    kind = (e for e in doc.entities if e.type in ("ORGANISATION", "FACILITY")
            and loose(entity_name(e).split()[-1]).startswith(stem))
    label = loose(host_of(page_url(doc.meta)) or "")
    brand = (e for e in doc.entities if e.type == "ORGANISATION"
             and len(loose(entity_name(e))) >= KIND_STEM and loose(entity_name(e)) in label)
    return first_body(doc, kind) or first_body(doc, brand) or (noun.capitalize(), None)


def lead_body(doc: Document, lenient: bool = False) -> Found:
    """The body the lead is about (rule 4)."""
    end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end if doc.sentences else 0
    return first_body(doc, (e for e in doc.entities if e.start < end and may_issue(doc, e, lenient)))


def fullest(doc: Document, found: Found) -> Found:
    """The longest name the text gives the same body: one ending in the same head word and holding
    the other words ("Әуезов театры" -> "М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры")."""
    if not found or len(found[0].split()) < 2:
        return found
    words = found[0].lower().split()
    head, rest = strip_layer(words[-1], "case"), words[:-1]
    named = ((entity_name(e), e) for e in doc.entities if e.type in ("ORGANISATION", "FACILITY"))
    longer = [(n, e) for n, e in named if len(n) > len(found[0])
              and case_stem(n.split()[-1].lower()) == head and all(w in n.lower() for w in rest)]
    return max(longer, key=lambda item: len(item[0])) if longer else found


@cache
def bare_body_nouns() -> frozenset[str]:
    """Nouns a release names its own body by ("Департаменттің баспасөз қызметі", body_words.tsv)."""
    return frozenset(r["word"] for r in read_tsv("body_words.tsv") if r["role"] == "anaphor")


def bare_noun(name: str) -> str | None:
    """The body noun of a one-word name ("Департамент", "клуб"), or None."""
    words = name.split()
    base = strip_layer(words[0], "case").lower() if len(words) == 1 else ""
    return base if base in bare_body_nouns() else None


def named_in_full(doc: Document, found: Found) -> Found:
    """For a body named by a bare noun ("деп хабарлады Департаменттің баспасөз қызметі"), the
    first body the text names in full with that noun ("Қызылорда облыстық полиция департаменті")."""
    noun = bare_noun(found[0]) if found else None
    if noun is None:
        return found
    named = ((body_named_by(e, doc), e) for e in doc.entities if may_issue(doc, e, lenient=True))
    full = ((b, e) for b, e in named
            if b and not bare_noun(b) and noun in " ".join(strip_layer(w, "case").lower() for w in b.split()))
    return next(full, found)


def ranked_body(doc: Document) -> Found:
    """Rule 4 in one pass over the entities: the first body in the lead that may issue, else the
    first anywhere, else the first in the lead leniently (a brand, a venue), else anywhere."""
    end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end if doc.sentences else 0
    lenient_lead: Found = None
    lenient_any: Found = None
    for ent in doc.entities:
        level = issue_level(doc, ent)
        if not level:
            continue
        strict = level == 2
        if not strict and (lenient_lead or (lenient_any and ent.start >= end)):
            continue  # it could improve on nothing found so far
        body = body_named_by(ent, doc)
        if not body:
            continue
        if strict:
            return body, ent  # in the lead, or after it with no strict body in it
        if ent.start < end:
            lenient_lead = lenient_lead or (body, ent)
        else:
            lenient_any = lenient_any or (body, ent)
    return lenient_lead or lenient_any


def issuing_body(doc: Document, by_speaker: Step | None = None) -> Found:
    """(the body the release is from, its entity or None) by rules 1-4, or None; `by_speaker`,
    when given, is tried between rules 3 and 4 (the announcement passes
    presskz.people.speaking.speaker_body: the quotes are known when it is built)."""
    steps: tuple[Step, ...] = (named_source, signature, site_owner, own_institution,
                               *((by_speaker,) if by_speaker else ()), ranked_body)
    found = next((f for f in (step(doc) for step in steps) if f), None)
    return fullest(doc, named_in_full(doc, found))


def issuer_of(doc: Document, outlet: str | None, by_speaker: Step | None = None) -> Found:
    """(issuer, its entity or None) by rules 1-5 (issuing_body, else the outlet), or None; a legal
    form written out is abbreviated ("... акционерлік қоғамы" -> "... АҚ")."""
    found = issuing_body(doc, by_speaker)
    return (short_legal_form(found[0]), found[1]) if found else ((outlet, None) if outlet else None)


def load_issuer_tables() -> None:
    """Build the word lists and patterns the issuer and outlet read (a stage's load())."""
    from presskz.people import bodies, issuing, outlet
    for role in ("credit", "according", "label", "link", "site", "told", "signature", "media", "parent"):
        outlet.cue_words(role)
    outlet.outlet_re(), outlet.credit_re(), outlet.outlet_names(), outlet.opening_re(outlet.DATELINE_REACH)
    bodies.institution_heads(), issuing.team_words(), issuing.legal_forms()
    bodies.body_heads(), bodies.abbreviations(), bodies.position_bodies(), bodies.generic_words()
    bodies.generic_adjectives(), bodies.izafet_forms(), bare_body_nouns(), bodies.bare_heads()
    bodies.legal_form_words()
    for row in [*bodies.generic_words().values(), *bodies.generic_adjectives().values()]:
        if bodies.fixed_place(row) is None:  # a gazetteer's alternation: ~20 M instructions each
            bodies.place_before_re(row["gazetteer"], row["word"])
