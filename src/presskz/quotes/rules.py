"""Finding reported speech: «...» quotes with their speech verb, and indirect speech complements.

Direct:   «Q», - деп атап өтті [POSITION] PERSON     (speaker after the verb)
          PERSON ...: «Q»   /   PERSON «Q» деп айтты  (speaker before the quote)
Indirect: PERSON ... <complement ending in -ғанын/-екенін/туралы> айтты.
The speech verbs are speech_verbs.tsv, the complement endings indirect_markers.tsv.
"""
from __future__ import annotations

from functools import cache
from itertools import compress

from presskz.core.doc import Document, Entity, Token
from presskz.kk.data import read_tsv
from presskz.events.lexicon import speech_verbs
from presskz.events.matching import case_of
from presskz.people.outlet import outlet_at
from presskz.kk.orthography import (
    CLOSING_ONLY_QUOTES, DOUBLE_QUOTES, EM_DASH, EN_DASH, HORIZONTAL_BAR, HYPHEN_MINUS, QUOTE_PAIRS,
    STRAIGHT_QUOTE,
)

# between a quote and its speech verb: «...», - деді / — деді
DASHES = (HYPHEN_MINUS, EN_DASH, EM_DASH, HORIZONTAL_BAR)
SPEAKER_TYPES = ("PERSON", "POSITION")


def speech_words(role: str) -> tuple[str, ...]:
    """The function words of reported speech of one role (speech_words.tsv)."""
    return tuple(r["word"] for r in read_tsv("speech_words.tsv") if r["role"] == role)


QUOTATIVE = speech_words("quotative")[0]  # "деп"
PRONOUNS = speech_words("pronoun")  # "ол", "олар"
GENITIVE_PRONOUNS = speech_words("pronoun_genitive")  # "оның", "олардың"
AFTER_SPEAKER = speech_words("after_speaker")  # ",", "өзінің", "сөзінде", ...


@cache
def indirect_markers() -> tuple[tuple[str, str], ...]:
    return tuple((r["marker"], r["match"]) for r in read_tsv("indirect_markers.tsv"))


@cache
def speech_verbs_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the speech verbs beginning with it, longest first (as in speech_verbs())."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for verb in speech_verbs():
        if verb:  # a blank cell names no verb
            index.setdefault(verb[0], []).append(verb)
    return {word: tuple(verbs) for word, verbs in index.items()}


@cache
def participles() -> frozenset[str]:
    """Speech verbs that close a quote only after its comma or dash ("», - деген X")."""
    return frozenset(r["verb"] for r in read_tsv("speech_verbs.tsv") if r["kind"] == "participle")


@cache
def speech_verb_last_words() -> frozenset[str]:
    """The words a speech verb can end with."""
    return frozenset(verb[-1] for verb in speech_verbs() if verb)


@cache
def longest_speech_verb() -> int:
    """The most tokens a speech verb has."""
    return max((len(verb) for verb in speech_verbs()), default=0)


def speech_verb_at(tokens: list[Token], i: int) -> int | None:
    """Index of the last token of a speech verb starting at token i."""
    if i >= len(tokens):
        return None
    # only the verbs whose first word is this token's can match: one dict lookup for most tokens
    for verb in speech_verbs_by_first_word().get(tokens[i].text.lower(), ()):
        words = [t.text.lower() for t in tokens[i:i + len(verb)]]
        if tuple(words) == verb:
            return i + len(verb) - 1
    return None


OPEN_CLOSE = QUOTE_PAIRS
STRAIGHT = (STRAIGHT_QUOTE,)
QUOTE_MARKS = DOUBLE_QUOTES


def guillemet_pairs(tokens: list[Token], texts: list[str] | None = None) -> list[tuple[int, int]]:
    """(open, close) token indices of top-level quotation pairs: «...», “...”, „...“ and "...".
    `texts`, when given, are the tokens' texts (Document.token_texts)."""
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    texts = [tok.text for tok in tokens] if texts is None else texts
    for i in compress(range(len(texts)), map(QUOTE_MARKS.__contains__, texts)):  # other tokens change nothing
        text = texts[i]
        if stack and (text == OPEN_CLOSE.get(tokens[stack[-1]].text) or
                      (text in STRAIGHT and tokens[stack[-1]].text == text)):
            open_at = stack.pop()
            if not stack:
                pairs.append((open_at, i))
        elif text in OPEN_CLOSE or text in STRAIGHT:
            stack.append(i)
    return pairs


def merged_openings(doc: Document, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotes opening with a quoted name, whose two opening marks are written as one:
    "«ЦифрлықҚазақстан» бағдарламасы ... болатын», - деген X" is one quote from the paragraph's
    first mark to the closing mark no mark opens, when a speech verb follows it."""
    ends = {b for _, b in pairs}
    texts = doc.token_texts()
    merged = []
    for i in compress(range(len(texts)), map(CLOSING_ONLY_QUOTES.__contains__, texts)):
        if i in ends or verb_after_quote(doc.tokens, i) is None:
            continue
        before = [(a, b) for a, b in pairs if b < i]
        if not before:
            continue
        a = before[-1][0]
        line_start = doc.text.rfind("\n", 0, doc.tokens[a].start) + 1
        if not doc.text[line_start:doc.tokens[a].start].strip() and "\n" not in \
                doc.text[doc.tokens[a].start:doc.tokens[i].start]:
            merged.append((a, i))
    return merged


def verb_after_quote(tokens: list[Token], close: int) -> tuple[int, int] | None:
    """'», - деп VERB' or '», - деді' after a closing mark: (first, last) token of the verb."""
    i = close + 1
    while i < len(tokens) and (tokens[i].text in (",", ".") or tokens[i].text in DASHES):
        i += 1
    verb = verb_from(tokens, i)
    if verb is not None and i == close + 1 and tokens[verb[1]].text.lower() in participles():
        return None  # "«Көп түкірсе – көл» деген даналық": a name, not a quote
    return verb


def verb_from(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """"(деп) VERB" at token i: (first, last) token of the verb; a verb written with its "деп"
    ("деп жауап берді") is tried first."""
    quoted = i < len(tokens) and tokens[i].text.lower() == QUOTATIVE
    end = speech_verb_at(tokens, i) if quoted else None
    if end is not None:
        return i, end
    i += quoted
    end = speech_verb_at(tokens, i)
    return (i, end) if end is not None else None


def entity_starting_after(doc: Document, offset: int, limit: int) -> list[Entity]:
    return [e for e in doc.entities if offset <= e.start < limit]


def speaker_after(doc: Document, verb_end: int) -> Entity | None:
    """The speaker named right after the verb: a PERSON (after an optional POSITION), else a
    POSITION or the issuing ORGANISATION."""
    sent = doc.sentence_index_at(doc.tokens[verb_end].start)
    limit = doc.sentences[sent].end if sent is not None else len(doc.text)
    ents = entity_starting_after(doc, doc.tokens[verb_end].end, limit)[:3]
    for wanted in ("PERSON", "POSITION", "ORGANISATION"):
        for ent in ents:
            if ent.type == wanted:
                return ent
    return None


def subject_before(doc: Document, sent_start: int, offset: int) -> Entity | str | None:
    """The speaker named before `offset` in its sentence: a PERSON, else a POSITION, else an
    ORGANISATION in the nominative, or a pronoun ("Ол") returned as the string "pronoun"."""
    for tok in doc.tokens_in(sent_start, offset)[:2]:
        if tok.text.lower() in PRONOUNS:
            return "pronoun"
    ents = [e for e in doc.entities if sent_start <= e.start and e.end <= offset
            and e.type in SPEAKER_TYPES + ("ORGANISATION",) and case_of(e.text, e.normalized) == "nom"
            and not outlet_at(doc.text, e.start)]  # "..., деп хабарлайды ҚазАқпарат. «...»"
    persons = [e for e in ents if e.type == "PERSON"]
    positions = [e for e in ents if e.type in SPEAKER_TYPES]
    speakers = persons or positions or ents
    return speakers[0] if speakers else None


def complement_end(tokens: list[Token], verb_first: int) -> bool:
    """Does the word before the speech verb close a reported-speech complement?"""
    if verb_first == 0:
        return False
    word = tokens[verb_first - 1].text.lower()
    for marker, match in indirect_markers():
        if (match == "word" and word == marker) or (match == "ending" and word.endswith(marker)):
            return True
    return False
