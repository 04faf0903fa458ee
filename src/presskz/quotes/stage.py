"""The quotes stage: direct «...» quotes and indirect speech, each with its speech verb and speaker mention.

Also dash-style direct speech (presskz.quotes.dashed) and attributed statements ("X-тың айтуынша, ...",
"..., деп хабарлайды X", "Бұл туралы X хабарлады": presskz.quotes.attributed); a later finder's quote
overlapping an earlier one is dropped.

Quote spans exclude the quote marks; an indirect quote is the reported complement ("... 130 есе
өскенін"). The speaker is an entity mention (speaker_mention); the people stage links it to a Person.
"Ол ... айтты" and a sentence with no subject right after a quote take the previous speaker, else a
report with no subject takes the person or position that is the previous sentence's subject; a quote
said by "ведомство", "департамент", ... is said by the release's own body (presskz.quotes.anaphora).
"""
from __future__ import annotations

import bisect
from functools import cache
from itertools import compress

from presskz.core.doc import Document, Entity, Quote
from presskz.kk.data import read_tsv
from presskz.events.lexicon import case_endings
from presskz.quotes.rules import (AFTER_SPEAKER, SPEAKER_TYPES, complement_end, guillemet_pairs,
                                 indirect_markers, longest_speech_verb, merged_openings, participles,
                                 speaker_after, speech_verb_at, speech_verb_last_words,
                                 speech_verbs_by_first_word, subject_before, verb_after_quote)
from presskz.core.stage import Stage
from presskz.people.outlet import is_outlet, outlet_at
from presskz.quotes.anaphora import link_body_anaphors, names_body
from presskz.quotes.attributed import (according_first_words, attributed_quotes, credit_words, cues,
                                       cues_by_first)
from presskz.quotes.dashed import dashed_quotes

CONTINUE_WINDOW = 2  # sentences a subject-less report may look back for its speaker


def _direct(doc: Document) -> list[tuple[Quote, Entity | str]]:
    quotes = []
    pairs = guillemet_pairs(doc.tokens, doc.token_texts())
    for a, b in sorted(pairs + merged_openings(doc, pairs)):
        if b - a < 4:  # a title, not a quotation
            continue
        start, end = doc.tokens[a].end, doc.tokens[b].start
        verb = verb_after_quote(doc.tokens, b)
        colon = a > 0 and doc.tokens[a - 1].text == ":"
        if verb is None and not colon:
            continue
        speaker: Entity | str | None = speaker_after(doc, verb[1]) if verb else None
        if speaker is None:  # "X: «...»" or "X «...» деп айтты": the subject before the quote
            sent = doc.sentence_index_at(doc.tokens[a].start)
            if sent is not None:  # a token always lies in a sentence
                speaker = subject_before(doc, doc.sentences[sent].start, doc.tokens[a].start)
        verb_text = doc.text[doc.tokens[verb[0]].start:doc.tokens[verb[1]].end] if verb else ":"
        speaker = speaker if speaker is not None else "continued"
        quote = doc.span(start, end, Quote, verb=verb_text, kind="direct")
        quotes.append((quote, speaker))
    return quotes


def _indirect(doc: Document, direct_spans: list[Quote]) -> list[tuple[Quote, Entity | str]]:
    quotes = []
    verb_ends = speech_verb_last_words()
    texts, words = doc.token_texts(), doc.lower_token_texts()
    for sent in doc.sentences:
        last = sent.token_end - 1
        while last >= sent.token_start and texts[last] in (".", "!", "?"):
            last -= 1
        if last < sent.token_start or words[last] not in verb_ends:
            continue  # the sentence must end in a speech verb: most do not
        # a verb ending at the last word starts at most longest_speech_verb() - 1 words before it
        nearest = max(sent.token_start, last - longest_speech_verb() + 1)
        verb = next((i for i in range(nearest, last + 1) if speech_verb_at(doc.tokens, i) == last), None)
        if verb is None or not complement_end(doc.tokens, verb):
            continue
        start, first = sent.start, sent.token_start
        quoted = [q.end for q in direct_spans if q.start < sent.end and sent.start < q.end]
        if quoted:  # "«...», - деген X ... -ғанын айтты": the report after the quote only
            start = max(quoted)
            if start >= doc.tokens[verb].start:
                continue
        speaker = subject_before(doc, start, doc.tokens[verb].start)
        if quoted and not isinstance(speaker, Entity):
            continue
        if isinstance(speaker, Entity):
            speaker_last = doc.token_index_at(speaker.end - 1)
            if speaker_last is not None:  # an entity always ends in a token
                first = speaker_last + 1
        elif speaker == "pronoun" or speaker is None and names_body(texts[first:first + 1]):
            first += 1  # "Ол ...", "Агенттік ... ескертті": the subject is not reported content
        while first < verb and words[first] in AFTER_SPEAKER:
            first += 1
        if first >= verb:
            continue
        span = doc.span(doc.tokens[first].start, doc.tokens[verb - 1].end, Quote,
                        verb=doc.text[doc.tokens[verb].start:doc.tokens[last].end], kind="indirect")
        quotes.append((span, speaker if speaker is not None else "continued"))
    return quotes


@cache
def speech_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_tsv("speech_nouns.tsv"))


def _speech_anchors(doc: Document) -> list[tuple[int, Entity]]:
    """(sentence, subject) where a subject is said to speak without a quote ("X өзінің сөзінде, ...")."""
    nouns = speech_nouns()
    words = doc.lower_token_texts()
    # token indices of the speech nouns, found once per document; most documents have none
    hits = list(compress(range(len(words)), map(nouns.__contains__, words)))
    anchors: list[tuple[int, Entity]] = []
    if not hits:
        return anchors
    for n, sent in enumerate(doc.sentences):
        k = bisect.bisect_left(hits, sent.token_start)
        if k < len(hits) and hits[k] < sent.token_end:  # a speech noun in the sentence
            subject = subject_before(doc, sent.start, sent.end)
            if isinstance(subject, Entity):
                anchors.append((n, subject))
    return anchors


def _resolve(doc: Document, found: list) -> None:
    """Pronoun and subject-less speakers take the last speaker named at most CONTINUE_WINDOW
    sentences before (by a quote or by "X өзінің сөзінде"); with none in reach, a direct quote takes
    the person named before it in its sentence (_person_before) and any other quote the subject of
    the sentence before (_previous_subject)."""
    events = [(doc.sentence_index_at(q.start) or 0, doc.sentence_index_at(q.end - 1) or 0, q, s)
              for q, s in found]
    events += [(n, n, None, subject) for n, subject in _speech_anchors(doc)]
    last: Entity | None = None
    last_sentence = -CONTINUE_WINDOW - 1
    for first, end, quote, speaker in sorted(events, key=lambda e: (e[0], e[2] is not None)):
        if isinstance(speaker, Entity):
            if quote is not None:
                quote.speaker_mention = speaker
            if not is_outlet(speaker.text) and not outlet_at(doc.text, speaker.start):
                last, last_sentence = speaker, end  # a relaying outlet speaks for no later quote
        elif quote is not None and first - last_sentence <= CONTINUE_WINDOW:
            quote.speaker_mention = last
            last_sentence = end
        elif quote is not None and quote.kind == "direct":  # "— Q, — деді." after "X ... барды."
            quote.speaker_mention = _person_before(doc, quote.start, first)
        elif quote is not None and first > 0:  # "X ... таныстырды. ... -ғанын жеткізді."
            quote.speaker_mention = _previous_subject(doc, first - 1)


def _previous_subject(doc: Document, sentence: int) -> Entity | None:
    """The subject of a sentence (a person, else a position), which a report with no subject of its
    own right after it continues ("Театрдың директоры Еркін Жуасбек ... таныстырды. ... ұсынылатынын
    жеткізді."): not a body, which is rather the topic than the speaker there."""
    sent = doc.sentences[sentence]
    subject = subject_before(doc, sent.start, sent.end)
    if not isinstance(subject, Entity) or subject.type not in SPEAKER_TYPES:
        return None
    return None if outlet_at(doc.text, subject.start) else subject


def _person_before(doc: Document, offset: int, sentence: int) -> Entity | None:
    """The last person named before `offset`, at most CONTINUE_WINDOW sentences before. A quote
    closing a paragraph after sentences of its own ("Бұл – саяси шешім. ... Серік Мақашұлы ...
    Q, - деді ол.") closes the speaker's words: a person they name is no speaker, so the person
    is looked for before the paragraph first."""
    para = doc.text.rfind("\n", 0, offset) + 1
    if para and doc.text[para:offset].rstrip()[-1:] in (".", "!", "?"):
        # the paragraph's first sentence (an indented line starts in no sentence)
        first = next((i for i, s in enumerate(doc.sentences) if s.start >= para), None)
        found = _last_person(doc, para, first) if first is not None else None
        if found is not None:
            return found
    return _last_person(doc, offset, sentence)


def _last_person(doc: Document, offset: int, sentence: int) -> Entity | None:
    start = doc.sentences[max(0, sentence - CONTINUE_WINDOW)].start if doc.sentences else 0
    persons = [e for e in doc.entities if e.type == "PERSON" and start <= e.start and e.end <= offset]
    return persons[-1] if persons else None


def _without_overlaps(kept: list, more: list) -> list:
    """`kept` and those of `more` overlapping none of them nor an earlier one of `more`."""
    out = list(kept)
    for pair in more:
        if not any(q.start < pair[0].end and pair[0].start < q.end for q, _ in out):
            out.append(pair)
    return out


class QuotesStage(Stage):
    name = "quotes"
    requires = ("tokens", "sentences", "entities")
    assigns = ("quotes",)

    def load(self) -> None:
        """Read and index the speech verbs, speech nouns, complement markers and case endings now
        rather than on the first document."""
        speech_verbs_by_first_word(), speech_verb_last_words(), longest_speech_verb()
        indirect_markers(), speech_nouns(), case_endings()
        cues("about"), credit_words(), according_first_words(), participles()
        cues_by_first("according"), cues_by_first("about"), cues_by_first("source_noun")

    def __call__(self, doc: Document) -> Document:
        direct = _without_overlaps(_direct(doc), dashed_quotes(doc))
        indirect = _without_overlaps(direct + _indirect(doc, [q for q, _ in direct]), attributed_quotes(doc))
        found = sorted(indirect, key=lambda p: p[0].start)
        _resolve(doc, found)
        doc.quotes = []
        for quote, _ in found:
            doc.add("quotes", quote)
        link_body_anaphors(doc)
        return doc
