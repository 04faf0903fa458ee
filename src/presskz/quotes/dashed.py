"""Direct speech written with dashes instead of quote marks, a paragraph (or several) of the speaker's
words:

    — Q ... Q, — деді X.            (speaker after the verb, or the previous speaker: "— Q, — деді.")
    - Q ... Q, - деп атап өтті X.
    ... . Q, - деді X.              (no opening dash: the closing sentence only; "..., - деп
                                    хабарлады X" is then attributed speech, presskz.quotes.attributed)
    - Q ...                         (a paragraph opened with a dash and closed by a later one's
    Q ... Q, - делінген хабарламада.   "- деді X": the quote runs over both)
    X ... : / - Q ...               (a dash-led paragraph after a line ending in a colon that
                                    names a person or position; not a list of dash-led lines)
    Name Surname, post: / Q ...     (a television transcript: a paragraph after a short caption
                                    line that opens with a person's name and ends in a colon)

The quote is the words only: no dashes, no comma before the closing dash, no final full stop of a
colon-led paragraph. Speech verbs: speech_verbs.tsv; dashes: presskz.kk.orthography.
"""
from __future__ import annotations

import bisect
from itertools import compress

from presskz.core.doc import Document, Entity, Quote, Token
from presskz.quotes.attributed import credit_words
from presskz.quotes.rules import DASHES, QUOTATIVE, SPEAKER_TYPES, speaker_after, subject_before, verb_from

END_MARKS = (",", ".", "!", "?", "…")
OPEN_PARAGRAPHS = 4  # paragraphs a dash-opened quote may run over before its "- деді X"


def _closing_verb(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """A dash at token k followed by "(деп) VERB": the verb's (first, last) token."""
    return verb_from(tokens, k + 1)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((offset + lead, offset + len(line.rstrip())))
        offset += len(line) + 1
    return spans


def _opens_with_dash(doc: Document, para: tuple[int, int]) -> Token | None:
    i = bisect.bisect_left(doc._starts("tokens"), para[0])
    if i + 1 < len(doc.tokens) and doc.tokens[i + 1].start < para[1] and doc.tokens[i].text in DASHES:
        return doc.tokens[i]
    return None


def _closing(doc: Document, para: tuple[int, int], dashes: list[int]) -> tuple[int, tuple[int, int]] | None:
    """(index of the closing dash, verb) in a paragraph: ", - деді" after the words. `dashes`:
    the document's dash token indices."""
    starts = doc._starts("tokens")
    lo, hi = bisect.bisect_left(starts, para[0]), bisect.bisect_left(starts, para[1])
    for k in dashes[bisect.bisect_left(dashes, lo + 2):bisect.bisect_left(dashes, hi)]:
        if doc.tokens[k - 1].text in END_MARKS:
            verb = _closing_verb(doc.tokens, k)
            if verb is not None:
                return k, verb
    return None


def _words_end(doc: Document, dash: int) -> int:
    """Where the quoted words end: before the comma in front of the closing dash."""
    before = doc.tokens[dash - 1]
    return doc.tokens[dash - 2].end if before.text == "," else before.end


def dashed_quotes(doc: Document) -> list[tuple[Quote, Entity | str]]:
    """The dash-style direct quotes and their speakers (an Entity, "pronoun" or "continued")."""
    found: list[tuple[Quote, Entity | str]] = []
    paras = _paragraphs(doc.text)
    dash_set = frozenset(DASHES)
    dashes = list(compress(range(len(doc.tokens)), map(dash_set.__contains__, doc.token_texts())))
    if not dashes:  # only a caption line can lead a quote
        return [pair for n in range(1, len(paras)) if doc.text[paras[n - 1][1] - 1] == ":"
                and (pair := _captioned(doc, paras[n - 1], paras[n])) is not None]
    open_at: int | None = None  # start of the words of a dash-opened paragraph not yet closed
    opened = 0
    for n, para in enumerate(paras):
        if n - opened >= OPEN_PARAGRAPHS:
            open_at = None
        dash = _opens_with_dash(doc, para)
        closing = _closing(doc, para, dashes)
        if closing is not None:
            k, verb = closing
            start = _words_start(doc, dash, open_at, k)
            if start is not None and _words_end(doc, k) > start:
                quote = doc.span(start, _words_end(doc, k), Quote, kind="direct",
                                 verb=doc.text[doc.tokens[verb[0]].start:doc.tokens[verb[1]].end])
                found.append((quote, speaker_after(doc, verb[1]) or "continued"))
            open_at = None
        elif dash is not None and n > 0 and doc.text[paras[n - 1][1] - 1] == ":":
            colon_led = _colon_led(doc, paras[n - 1], para, dash)
            listed = n + 1 < len(paras) and _opens_with_dash(doc, paras[n + 1]) is not None
            if colon_led is not None and not listed:  # "Шарттары:\n- ...;\n- ..." is a list
                found.append(colon_led)
            open_at = None
        elif dash is not None:
            open_at, opened = _skip_space(doc.text, dash.end), n
        elif n > 0 and doc.text[paras[n - 1][1] - 1] == ":":
            captioned = _captioned(doc, paras[n - 1], para)
            if captioned is not None:
                found.append(captioned)
    return found


CAPTION_WORDS = 12  # a "Name Surname, post:" caption line is short


def _captioned(doc: Document, caption: tuple[int, int], para: tuple[int, int]) -> tuple[Quote, Entity] | None:
    """"Тамара Ақмағамбетова, тұрғын:" / "Q ...": the paragraph after a caption line opening with
    a person's name, a comma after it (TV news transcripts)."""
    if len(doc.text[caption[0]:caption[1]].split()) > CAPTION_WORDS:
        return None
    person = next((e for e in doc.entities if e.start == caption[0] and e.type == "PERSON"), None)
    if person is None or not doc.text[person.end:caption[1]].lstrip().startswith(","):
        return None
    start, end = para
    while end > start and doc.text[end - 1] == ".":
        end -= 1
    return doc.span(start, end, Quote, kind="direct", verb=":"), person


def _words_start(doc: Document, dash: Token | None, open_at: int | None, k: int) -> int | None:
    """Where the words closed at dash k start: after the paragraph's opening dash, at the start
    of the dash-opened paragraph before, or (no dash) at the start of the closing sentence, unless
    the verb credits a source ("..., - деп хабарлады X" is attributed speech, not a quotation)."""
    if dash is not None:
        return _skip_space(doc.text, dash.end)
    if open_at is not None:
        return open_at
    if doc.lower_token_texts()[k + 1] == QUOTATIVE and k + 2 < len(doc.tokens) \
            and doc.lower_token_texts()[k + 2] in credit_words():
        return None
    sent = doc.sentence_index_at(doc.tokens[k].start)
    return doc.sentences[sent].start if sent is not None else None


def _skip_space(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def _colon_led(doc: Document, intro: tuple[int, int], para: tuple[int, int],
               dash: Token) -> tuple[Quote, Entity | str] | None:
    """"X: / - Q.": the words after the dash, when the line before names a person or position
    (its subject, the speaker)."""
    start, end = _skip_space(doc.text, dash.end), para[1]
    while end > start and doc.text[end - 1] == ".":
        end -= 1
    sent = doc.sentence_index_at(intro[1] - 1)
    sent_start = doc.sentences[sent].start if sent is not None else intro[0]
    speaker = subject_before(doc, sent_start, intro[1])
    if not isinstance(speaker, Entity) or speaker.type not in SPEAKER_TYPES:
        return None
    return doc.span(start, end, Quote, kind="direct", verb=":"), speaker
