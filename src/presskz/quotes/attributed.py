"""Attributed speech without quote marks (kind "indirect"), the span being the reported statement:

    X-тың айтуынша / мәліметінше / хабарлауынша / сөзінше, STATEMENT.
    STATEMENT, деп хабарлайды / хабарлады / жазады X.       (also after a dateline "АСТАНА. KAZINFORM –")
    STATEMENT. Бұл туралы / Бұл жөнінде X хабарлады / мәлімдеді / атап өтті.

The cues are attribution_cues.tsv; the speaker is the entity next to the cue (a person, position or
body, the relaying outlet included), "pronoun" for "Оның айтуынша", else "continued" (the previous
speaker, resolved by the quotes stage).
"""
from __future__ import annotations

from functools import cache
from itertools import compress

from presskz.core.doc import Document, Entity, Quote
from presskz.kk.data import read_tsv
from presskz.kk.morphology import base_form, case_of
from presskz.people.outlet import outlet_opening
from presskz.quotes.rules import (DASHES, GENITIVE_PRONOUNS, PRONOUNS, QUOTATIVE, QUOTE_MARKS, speech_verb_at,
                                  speech_verb_last_words)

NEAR = 2  # characters between a cue and its source entity
DATELINE_REACH = 40
FINAL_MARKS = ".!?…"
NOT_SUBJECT_CASES = ("loc", "dat", "abl", "ins", "acc")
Found = tuple[Quote, "Entity | str"]


@cache
def cues(role: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(r["cue"].split()) for r in read_tsv("attribution_cues.tsv") if r["role"] == role)


@cache
def credit_words() -> frozenset[str]:
    """The verbs after "деп" that credit a source ("деп хабарлайды")."""
    return frozenset(cue[0] for cue in cues("credit"))


@cache
def cues_by_first(role: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The `role` cues by their first word, in the file's order (a longer cue before one it holds)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues(role):
        found.setdefault(cue[0], []).append(cue)
    return {first: tuple(group) for first, group in found.items()}


def _cue_at(words: list[str], i: int, role: str) -> int | None:
    """Index of the last word of a `role` cue starting at word i."""
    for cue in cues_by_first(role).get(words[i], ()):
        if tuple(words[i:i + len(cue)]) == cue:
            return i + len(cue) - 1
    return None


def _statement(doc: Document, start: int, end: int, verb: str, speaker: Entity | str) -> Found | None:
    """The quote over text[start:end] without surrounding blanks and final marks."""
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in FINAL_MARKS + ","):
        end -= 1
    if end - start < 3:
        return None
    return doc.span(start, end, Quote, kind="indirect", verb=verb), speaker


def _according(doc: Document, i: int, last: int) -> Found | None:
    """"X-тың айтуынша, STATEMENT.": the rest of the sentence after the comma."""
    if last + 1 >= len(doc.tokens) or doc.tokens[last + 1].text != ",":
        return None
    tok = doc.tokens[i]
    sent = doc.sentence_index_at(tok.start)
    end = doc.sentences[sent].end if sent is not None else len(doc.text)
    before = [e for e in doc.entities if e.end <= tok.start <= e.end + NEAR] or _source_named(doc, i)
    speaker: Entity | str = before[-1] if before else _position_named(doc, i) or "continued"
    if i > 0 and doc.tokens[i - 1].text.lower() in GENITIVE_PRONOUNS + PRONOUNS:
        speaker = "pronoun"
    verb = doc.text[tok.start:doc.tokens[last].end]
    return _statement(doc, doc.tokens[last + 1].end, end, verb, speaker)


def _source_named(doc: Document, i: int) -> list[Entity]:
    """"Lada.kz сайтының мәліметінше": the name before a source noun before the cue at token i."""
    if i == 0 or (doc.tokens[i - 1].text.lower(),) not in cues("source_noun"):
        return []
    noun = doc.tokens[i - 1]
    return [e for e in doc.entities if e.end <= noun.start <= e.end + NEAR]


def _position_named(doc: Document, i: int) -> Entity | None:
    """"Министрдің айтуынша" with no entity: the last position before with that head word
    ("Оқу-ағарту министрі"), which the people stage links to its holder."""
    if i == 0:
        return None
    head = base_form(doc.tokens[i - 1].text).lower()
    if len(head) < 3:
        return None
    positions = [e for e in doc.entities if e.type == "POSITION" and e.end <= doc.tokens[i - 1].start
                 and (e.normalized or e.text).split()[-1].lower().startswith(head)]
    return positions[-1] if positions else None


def _statement_start(doc: Document, sent_start: int) -> int:
    """Where a sentence's words start: after a dateline ("АСТАНА. KAZINFORM –") that opens it."""
    found = outlet_opening(doc.text, sent_start, DATELINE_REACH)  # the outlet opens the line
    if found is None:
        return sent_start
    dash = next((t for t in doc.tokens_in(found[1], found[1] + 4) if t.text in DASHES), None)
    return dash.end if dash is not None else sent_start


def _credited(doc: Document, dep: int, verb_last: int) -> Found | None:
    """"STATEMENT, деп хабарлайды X.": from the sentence start to the comma before "деп"."""
    k = dep - 1
    while k >= 0 and (doc.tokens[k].text in DASHES or doc.tokens[k].text == ","):
        k -= 1
    if k < 0 or doc.tokens[k].text in QUOTE_MARKS or k == dep - 1:
        return None  # a «...» quote (direct), or no comma/dash before "деп"
    sent = doc.sentence_index_at(doc.tokens[dep].start)
    if sent is None:
        return None
    verb_end = doc.tokens[verb_last].end
    after = [e for e in doc.entities if verb_end <= e.start <= verb_end + NEAR]
    verb = doc.text[doc.tokens[dep].start:verb_end]
    return _statement(doc, _statement_start(doc, doc.sentences[sent].start), doc.tokens[k].end, verb,
                      after[0] if after else "continued")


def _about(doc: Document, n: int) -> Found | None:
    """"STATEMENT. Бұл туралы X хабарлады.": the sentence before is the statement."""
    sent = doc.sentences[n]
    words = doc.lower_token_texts()
    last = sent.token_end - 1
    while last > sent.token_start and words[last] in (".", "!"):
        last -= 1
    if n == 0 or _cue_at(words, sent.token_start, "about") is None \
            or words[last] not in speech_verb_last_words():
        return None
    verbs = (i for i in range(sent.token_start, last + 1) if speech_verb_at(doc.tokens, i) == last)
    verb_first = next(verbs, None)
    if verb_first is None:
        return None
    ents = [e for e in doc.entities if sent.start <= e.start and e.end <= doc.tokens[verb_first].start
            and e.type in ("PERSON", "POSITION", "ORGANISATION")
            and case_of(e.text.split()[-1]) not in NOT_SUBJECT_CASES]
    persons = [e for e in ents if e.type == "PERSON"]
    speaker: Entity | str = (persons or ents)[0] if ents else "continued"
    prev = doc.sentences[n - 1]
    verb = doc.text[doc.tokens[verb_first].start:doc.tokens[last].end]
    return _statement(doc, _statement_start(doc, prev.start), prev.end, verb, speaker)


@cache
def according_first_words() -> frozenset[str]:
    return frozenset(cue[0] for cue in cues("according"))


def attributed_quotes(doc: Document) -> list[Found]:
    found = []
    words = doc.lower_token_texts()
    credit, according = credit_words(), according_first_words()
    wanted = according | {QUOTATIVE}
    # only the tokens that can open a cue, found at C speed: most documents have a few
    for i in compress(range(len(words)), map(wanted.__contains__, words)):
        last = _cue_at(words, i, "according") if words[i] in according else None
        if last is not None:
            found.append(_according(doc, i, last))
        elif words[i] == QUOTATIVE and i + 1 < len(words) and words[i + 1] in credit:
            found.append(_credited(doc, i, i + 1))
    openers = {cue[0] for cue in cues("about")}
    found += [_about(doc, n) for n in range(1, len(doc.sentences))
              if words[doc.sentences[n].token_start] in openers]
    return [f for f in found if f is not None]
