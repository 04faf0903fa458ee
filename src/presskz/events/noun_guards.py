"""Places where an event noun of the lexicon names no happening (used by mentions.py): the first part
of a compound naming a place or a person ("концерт залы", "айтыс ақыны", "сот отырысы залындағы",
"оқиға орнында"), a part its lexicon entry lists ("notbefore:": "өрт сөндірушілер"), and a possibility
or a need rather than a happening ("тексеруге болады", "шаралар қабылдау қажет"), and a holiday that
is the time frame or the dedication of another happening ("мерейтойы қарсаңында").
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.core.doc import Document
from presskz.events.lexicon import Trigger, noun_plural_endings, squash, venue_nouns
from presskz.events.main_event import background_words
from presskz.events.matching import case_of
from presskz.events.predicate import is_verbal_noun
from presskz.kk.data import read_list, read_tsv
from presskz.kk.morphology import endings

FRAME_TYPES = ("celebration", "holiday")  # the happenings a release names as the time of another


@cache
def modal_words() -> dict[str, str]:
    """Word after an event noun -> the case the noun must stand in for it to make a possibility
    ("-": any) (event_modal_words.tsv)."""
    return {r["word"]: r["case"] for r in read_tsv("event_modal_words.tsv")}


@cache
def compound_heads() -> tuple[tuple[str, ...], regex.Pattern]:
    """The head nouns of event_compound_heads.tsv and venue_nouns.tsv, and the ending that makes one
    a compound's head: [plural +] the possessive ("ақыны", "жеңімпаздары", "залындағы")."""
    plural = "|".join(noun_plural_endings())
    return read_list("event_compound_heads.tsv") + venue_nouns(), regex.compile(rf"(?:{plural})?[ыі]")


def _modifies_a_noun(doc: Document, trig: Trigger, i: int, j: int) -> bool:
    """A bare event noun before a venue noun of venue_nouns.tsv names the place, not a happening
    ("концерт залы маңында"); before a word its "notbefore:W1|W2" condition lists it is the first
    part of a compound ("өрт сөндірушілер" = firefighters, "өрт қауіпсіздігі" = fire safety)."""
    if j + 1 >= len(doc.tokens) or squash(doc.text[doc.tokens[i].start:doc.tokens[j].end]) != trig.key:
        return False
    nxt = doc.tokens[j + 1].text.lower()
    heads = trig.condition.split(":", 1)[1].split("|") if trig.condition.startswith("notbefore:") else []
    return nxt.startswith(venue_nouns()) or nxt.startswith(tuple(heads))


def _compound_head(doc: Document, trig: Trigger, i: int, j: int) -> bool:
    """A bare or third-person possessive event noun before a head noun of event_compound_heads.tsv
    (or venue_nouns.tsv) in the possessive is the first part of a compound naming a person or a
    place ("айтыс ақыны", "сот отырысы залындағы", "оқиға орнында"); a genitive ("чемпионаттың
    жеңімпазы") or a head without the possessive ("концерті залда өтті") is left alone."""
    rest = squash(doc.text[doc.tokens[i].start:doc.tokens[j].end])[len(trig.key):]
    if j + 1 >= len(doc.tokens) or rest and rest not in endings("possessive_3"):
        return False
    nxt = doc.tokens[j + 1].text.lower()
    heads, possessive = compound_heads()
    if not nxt.startswith(heads):
        return False  # no head noun begins it: the possessive is not read
    return any(nxt.startswith(h) and possessive.match(nxt, len(h), len(nxt)) for h in heads)


def _possibility(doc: Document, j: int) -> bool:
    """The event noun ending at tokens[j] stands before a word of event_modal_words.tsv: a possibility
    or a need ("тексеруге болады" = one can check, "шаралар қабылдау қажет"), no happening."""
    case = modal_words().get(doc.tokens[j + 1].text.lower()) if j + 1 < len(doc.tokens) else None
    return case is not None and (case == "-" or case_of(doc.tokens[j].text) == case)


def _time_frame(doc: Document, trig: Trigger, j: int) -> bool:
    """A holiday or a celebration before a frame postposition or a background word (main_event's
    background_words: "мерейтойы қарсаңында", "мерекесі кезінде", "күніне орай"), also through the
    verbal noun of its celebrating ("мерейтойын мерекелеу аясында"), is the time frame or the
    dedication of another happening, no mention of its own (the agreement study's convention)."""
    k = j + 1
    if trig.type not in FRAME_TYPES or k >= len(doc.tokens):
        return False
    word = doc.tokens[k].text.lower()
    if word.isalpha() and is_verbal_noun(word) and k + 1 < len(doc.tokens):
        k += 1  # "мерейтойын мерекелеу аясында"
    return doc.tokens[k].text.lower() in background_words()


def no_happening_here(doc: Document, trig: Trigger, i: int, j: int) -> bool:
    """The event noun at tokens[i..j] names no happening here (the guards above)."""
    return _modifies_a_noun(doc, trig, i, j) or _compound_head(doc, trig, i, j) or _possibility(doc, j) \
        or _time_frame(doc, trig, j)


def load() -> None:
    """Read the tables above now (a stage's load()), not on the first document."""
    modal_words()
    compound_heads()
    endings("possessive_3")
    endings("verbal_noun")
