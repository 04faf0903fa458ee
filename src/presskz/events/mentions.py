"""Event mentions inside one clause, before their arguments are attached (used by stages/events.py).

Per clause (clauses.py): event nouns of event_triggers.tsv ("баспасөз мәслихаты", "көрме", "концерт")
each give an event; an event verb does without one, or beside nouns that are not its subject or object
(own_happening) ("ашылды", "кездеседі"; a verb marked "participle"
in the lexicon also as an attributive participle: "жоғалып кеткен балықшылар"; an opening with several
named facilities gives one event per facility; not after an idiom's object of idiom_objects.tsv,
"қырын ашады"); a named EVENT entity that is the clause's subject
("Алматы күндері ... өтеді") gives an event of type other, or of its verb's type when the verb names
a happening ("«ҚазҰУ түлегінің күні» аталып өтті": a celebration, the verb its trigger).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from presskz.events.clauses import Clause
from presskz.core.doc import Document, Entity
from presskz.events.lexicon import Trigger, finite_endings, noun_plural_endings, object_only, squash
from presskz.events.main_event import background_words
from presskz.events.merge import anaphors
from presskz.events.noun_guards import no_happening_here
from presskz.events.matching import case_of, status_of
from presskz.quotes.rules import guillemet_pairs
from presskz.events.rules import TITLE_GAP, predicate_participle, status_for_noun, title_after, title_before
from presskz.kk.data import read_list
from presskz.kk.morphology import strip_layer
from presskz.kk.orthography import SHORT_TITLE_TOKENS

NAME_TYPES_BLOCKING = ("PROJECT", "ORGANISATION", "FACILITY", "ART", "LAW", "PRODUCT", "POSITION")
SUBJECT_TYPES = ("FACILITY", "ORGANISATION", "PROJECT")
OPENING_TYPES = ("opening", "launch")
TITLE_TOKENS = SHORT_TITLE_TOKENS  # a «...» of at most this many tokens is a name, a longer one a quotation
NOT_SUBJECT_CASES = ("dat", "gen", "acc", "abl", "ins", "locattr")
OBLIQUE_CASES = ("dat", "gen", "abl", "ins", "loc", "locattr")  # neither the subject nor the object


@cache
def idiom_objects() -> frozenset[str]:
    return frozenset(read_list("idiom_objects.tsv"))


@cache
def title_links() -> frozenset[str]:
    return frozenset(read_list("title_links.tsv"))


@dataclass
class Mention:
    """An event found in a clause before its arguments are attached."""

    first: int
    last: int
    type: str
    status: str
    lemma: str
    title: str | None = None
    subjects: list[Entity] = field(default_factory=list)
    bare: bool = False  # only a singular anaphor ("Шараға"): an event only as a later mention


def _prev_word(doc: Document, i: int, floor: int) -> str:
    for k in range(i - 1, floor - 1, -1):
        if squash(doc.tokens[k].text):
            return doc.tokens[k].text.lower()
    return ""


def _verb_right_after(clause: Clause, last: int) -> bool:
    """A finite event verb follows the noun at once: it is the subject ("«Наурызнама» онкүндігі
    өтеді"), a happening and not the head noun of a «...» name."""
    hit = clause.matches.verb[last + 1] if last + 1 < clause.last else None
    return hit is not None and hit[1].form == "finite"


def _inside_name(doc: Document, clause: Clause, start: int, end: int, first: int,
                 end_token: int, with_verb: bool = False) -> bool:
    """The noun is part of a name (a PROJECT «...» head noun, a theatre, a position). A noun whose
    mention runs over its verb (`with_verb`, a "before:" noun) after a «...» is the award that «...»
    names ("«Ұлттық» мәртебесі берілді", "«Құрмет» орденімен марапатталды"), not a name's head."""
    if any(e.start <= start and end <= e.end and e.type in NAME_TYPES_BLOCKING for e in clause.entities):
        return True
    if first > 0 and doc.tokens[first - 1].text == "»" and not with_verb \
            and not _verb_right_after(clause, end_token):
        close = doc.tokens[first - 1].start
        return any(e.end in (close, close + 1) and e.type in ("PROJECT", "ORGANISATION")
                   for e in clause.entities)
    return False


def _in_title(doc: Document, i: int) -> bool:
    """Inside a short quoted name («Уральск Грин Форум», "стратегиялық брифинг"), not a quotation."""
    sent = doc.sentences[doc.sentence_index_at(doc.tokens[i].start) or 0]
    pairs = guillemet_pairs(doc.sentence_tokens(sent))
    offset = sent.token_start
    return any(a + offset < i < b + offset and b - a <= TITLE_TOKENS for a, b in pairs)


def _singular_anaphor(doc: Document, trig: Trigger, i: int, j: int) -> bool:
    """A singular generic noun of event_anaphors.tsv ("Шараға", "жиында"): counts without its
    lexicon condition, merge.py attaches it to the happening before it."""
    if trig.key not in anaphors() or not squash(doc.tokens[i].text).startswith(trig.key):
        return False  # also a compound's tail ("ем-шараны", a treatment) refers to no happening
    rest = squash(doc.text[doc.tokens[i].start:doc.tokens[j].end])[len(trig.key):].lstrip("ь")
    return not any(rest.startswith(p) for p in noun_plural_endings())


def _after_ok(doc: Document, clause: Clause, trig: Trigger, i: int) -> bool:
    """The lexicon's "after:W1|W2" condition (none: True)."""
    if not trig.condition.startswith("after:"):
        return True
    stems = trig.condition.split(":", 1)[1].split("|")
    return any(_prev_word(doc, i, clause.first).startswith(s) for s in stems)


def _noun_ok(doc: Document, clause: Clause, trig: Trigger, i: int, j: int) -> bool:
    if _inside_name(doc, clause, doc.tokens[i].start, doc.tokens[j].end, i, j, object_only(trig)) \
            or _in_title(doc, i):
        return False
    if no_happening_here(doc, trig, i, j):
        return False
    # "спектаклінің қойылымы": a genitive event noun before another one is not a separate event
    nouns = clause.matches.noun
    after = nouns[j + 1] if j + 1 < len(nouns) else None
    return not (case_of(doc.tokens[j].text) == "gen" and after and not object_only(after[0]))


def _before_ok(doc: Document, clause: Clause, trig: Trigger, j: int) -> bool:
    """The lexicon's "before:W1|W2" condition: the next word begins so, ends in a finite verb ending
    and is no event verb of the lexicon, which names the happening itself (none: True)."""
    if not object_only(trig):
        return True
    stems = tuple(trig.condition.split(":", 1)[1].split("|"))
    if j + 1 >= clause.last or clause.matches.verb[j + 1]:
        return False  # an event verb of its own ("сыйлықтар табыстады") is the award's trigger
    verb = doc.tokens[j + 1].text.lower()
    if verb in stems and j + 2 < clause.last:  # "табыс етті": the light verb tells the form
        verb = verb + doc.tokens[j + 2].text.lower()
    return verb.startswith(stems) and verb.endswith(finite_endings())  # not "атақты беру тоқтатылды"


def noun_mentions(doc: Document, clause: Clause) -> list[Mention]:
    out, after = [], clause.first
    for i, (trig, j) in clause.matches.noun_hits(clause.first, clause.last):
        if i < after or j >= clause.last:  # inside the noun before, or running out of the clause
            continue
        anaphor = _singular_anaphor(doc, trig, i, j)
        if not _before_ok(doc, clause, trig, j):
            continue  # "сыйлықтар" alone: no happening, but "сыйлықтар берілді" is an award
        j += object_only(trig)  # the award's mention runs over its verb ("атағы берілді")
        if (anaphor or _after_ok(doc, clause, trig, i)) and _noun_ok(doc, clause, trig, i, j):
            status, governed = status_for_noun(doc.tokens, clause, i, j)
            own = _after_ok(doc, clause, trig, i) and (governed or trig.condition != "governed")
            if own or anaphor:
                title = title_before(doc, clause, i) or title_after(doc, clause, j)
                out.append(Mention(i, j, trig.type, status, trig.form, title, bare=not own))
        after = j + 1
    return out


def _subjects_before(doc: Document, clause: Clause, verb_first: int) -> list[Entity]:
    limit = doc.tokens[verb_first].start
    return [e for e in clause.entities if e.end <= limit and e.type in SUBJECT_TYPES
            and case_of(e.text, e.normalized) not in NOT_SUBJECT_CASES + ("loc",)]


def _after_dative(doc: Document, clause: Clause, i: int) -> bool:
    """The word right before tokens[i] is in the dative case: the place a verb of motion goes to
    ("зауытына барды" = visited the plant), the condition "dative" of a lexicon verb (which also
    asks for a past form: "барады" is mostly habitual, "мектептерге барады" = they go to school)."""
    return i > clause.first and case_of(doc.tokens[i - 1].text) == "dat"


def verb_mentions(doc: Document, clause: Clause) -> list[Mention]:
    out = []
    for i, hit in clause.matches.verb_hits(clause.first, clause.last):
        if hit[0].pos != "verb" or hit[2] >= clause.last or not (hit[1].form == "finite" or (
                hit[0].condition == "participle" or predicate_participle(doc.tokens, clause, hit))
                and hit[1].form == "participle"):
            continue
        trig, rule, j = hit
        if _prev_word(doc, i, clause.first) in idiom_objects():
            continue  # "маңызды қырын ашады", "жаңа бағыттарға жол ашты"
        if trig.condition == "dative" and not (rule.status == "past" and _after_dative(doc, clause, i)):
            continue  # "көшіп барды" (moved), "мектептерге барады" (go to school: habitual)
        if trig.condition == "past" and rule.status != "past":
            continue  # "ұсталды" (was detained), not "бақылауда ұсталады" (is kept)
        if not _after_ok(doc, clause, trig, i):
            continue  # "азаматтарды қабылдады" (received citizens), not "шешім қабылдады"
        mention = Mention(i, j, trig.type, status_of(trig, rule), trig.form)
        if trig.type in OPENING_TYPES:
            mention.subjects = _subjects_before(doc, clause, i)
        out.append(mention)
    return out


def own_happening(doc: Document, verb: Mention, nouns: list[Mention]) -> bool:
    """An event verb is a happening of its own beside the clause's event nouns when none of them
    can be its subject or object (all stand in an oblique case or before a frame postposition:
    "Салтанатты жиын барысында ... марапатталды", "фестивальдің ашылуында ...
    жеңімпаздары марапатталады", "мерекелерімен ... құттықтап, ... марапаттады") and none has
    its type; else the verb only tells their status. A noun in the instrumental right before the
    verb is the way it went ("гастрольдік сапармен барып қайтты" = went on tour), and a generic "шара"
    that is the subject of an opening verb tells its happening began ("Шара ... ашылды")."""
    return all(_leaves_verb_free(doc, verb, m) for m in nouns)


def _leaves_verb_free(doc: Document, verb: Mention, m: Mention) -> bool:
    if m.bare:
        return verb.type not in OPENING_TYPES or oblique(doc, m.last)
    manner = m.last + 1 == verb.first and case_of(doc.tokens[m.last].text) == "ins"
    return m.type != verb.type and oblique(doc, m.last) and not manner


@cache
def frame_postpositions() -> frozenset[str]:
    return frozenset(read_list("frame_postpositions.tsv"))


def oblique(doc: Document, last: int) -> bool:
    """The noun ending at tokens[last] stands in an oblique case or before a postposition that makes
    it a frame ("жиын барысында", "мерекесі аясында")."""
    after = doc.tokens[last + 1].text.lower() if last + 1 < len(doc.tokens) else ""
    return case_of(doc.tokens[last].text) in OBLIQUE_CASES or after in frame_postpositions()


def _is_title_of_noun(doc: Document, clause: Clause, last: int) -> bool:
    """An EVENT name followed by an event noun, with at most a few modifier words between
    ("«...» атты мультимедиялық көрме", "«...» тақырыбында әдеби-сазды кеш": title_links.tsv), is
    that noun's title."""
    for k in range(last + 1, min(clause.last, last + 2 + TITLE_GAP)):
        noun = clause.matches.noun[k]
        if noun and not object_only(noun[0]):
            return True
        word = doc.tokens[k].text
        if word.lower() in title_links():
            continue  # "«...» тақырыбында әдеби-сазды кеш"
        if word in (",", ";") or any(ch.isdigit() for ch in word) or case_of(word) in ("loc", "abl", "dat"):
            return False
    return False


def entity_mentions(doc: Document, clause: Clause, taken: list[Mention]) -> list[Mention]:
    out = []
    for ent in clause.entities:
        if ent.type != "EVENT" or case_of(ent.text, ent.normalized) in NOT_SUBJECT_CASES:
            continue
        first, last = doc.token_index_at(ent.start), doc.token_index_at(ent.end - 1)
        if first is None or last is None or any(first <= m.last and m.first <= last for m in taken):
            continue
        if _is_title_of_noun(doc, clause, last) or _frames_another(doc, last):
            continue
        status, _ = status_for_noun(doc.tokens, clause, first, last, predicate=False)
        if status != "unknown":  # a named event with an event verb in its clause (even an umbrella one)
            title = ent.normalized or ent.text
            named = Mention(last, last, "other", status, squash(title), title)
            out.append(_typed_by_verb(clause, last, named))
    return out


def _frames_another(doc: Document, last: int) -> bool:
    """A named day or jubilee before a background word ("Тәуелсіздіктің 30 жылдық мерейтойы
    қарсаңында", "Республика күніне арналған") is the time or the dedication of another happening
    (dev gold: 9 of 9 such names are no event); named days in the plural are a happening that frames
    its parts ("Алматы күндері аясында ... шаралар өтеді")."""
    if last + 1 >= len(doc.tokens) or doc.tokens[last + 1].text.lower() not in background_words():
        return False
    head = strip_layer(strip_layer(doc.tokens[last].text.lower(), "case"), "poss")
    return strip_layer(head, "plural") == head


def _typed_by_verb(clause: Clause, last: int, mention: Mention) -> Mention:
    """A named event whose predicate is an event verb of the lexicon ("«ҚазҰУ түлегінің күні» аталып
    өтті", "... салтанатты түрде ашылды") is that verb's happening: its type, the verb its trigger."""
    for i, (trig, rule, j) in clause.matches.verb_hits(last + 1, clause.last):
        if rule.form in ("finite", "nominal"):
            if trig.pos != "verb" or j >= clause.last:
                return mention
            return Mention(i, j, trig.type, status_of(trig, rule), mention.lemma, mention.title)
    return mention
