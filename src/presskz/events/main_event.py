"""The main event of a release: the happening its headline and lead report.

A mention tells the happening of its sentence unless it is the background of another one (the
sentence is about something else that happens in, after or for it):
- a noun before a frame or background word ("мерейтойы аясында", "отырысынан кейін", "мерекесіне
  орай", "форум туралы": frame_postpositions.tsv, event_background_words.tsv, topic_postpositions.tsv);
- a noun before such a word through the verb that takes it as object (a verbal noun, after a
  converb or not: "мерейтойын мерекелеу аясында", "мерейтойын атап өту қарсаңында");
- a noun in the genitive before another word ("олимпиаданың үздіктері марапатталды");
- a noun right before another event noun that is the head ("премьералар апталығы өтті");
- an attributive participle before its noun ("жоғалып кеткен балықшылар табылды").
The opening is the headline (the whole first line when the text opens with one, even when it holds
two sentences, less a rubric of a few words before the headline proper: "Ел чемпионаты. Бүгін
чемпионаттың ашылу салтанаты өтеді") and the lead: the first sentence after it of a few words or
with a predicate (not a dateline "АТЫРАУ." or a by-line "Тараз, BAQ.KZ тілшісі.") whose predicate is
not the pluperfect ("... Жарлыққа қол қойған болатын": what had happened before,
event_background_auxiliaries.tsv), so that a lead that recalls the background leaves the lead to
the next sentence. This is the one definition of the opening: the events stage reads it for the
events the opening tells (merge.py) and for the opening's city (places.py).

Each event scores, over the opening sentences, how its mentions tell the happening: a mention in the
clause of the sentence's own predicate counts 2, one in a converb clause before it ("іс сапармен
келіп, кездесу өткізді": the visit is how the meeting came about) counts 1, a background 0; the
highest wins, then one of a known type over an "other", then the one the most mentions refer back
to (headline, lead and body: the release's topic), then the first. An event named only as the
background of the opening ("80 жылдық мерейтойы аясында ... сенбілік өтті") is the occasion, not
the happening the release reports.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import islice

from presskz.core.doc import Document, Event, Sentence
from presskz.events.lexicon import converb_endings, past_participles, tense_rules
from presskz.events.matching import case_of
from presskz.events.predicate import is_verbal_noun, predicate_status
from presskz.kk.data import read_list
from presskz.kk.morphology import endings, lexicon

GENERIC = "other"
MIN_STEM = 2  # letters a participle keeps before its ending
LEAD_WORDS = 5  # words of a lead without a predicate (a by-line "Тараз, BAQ.KZ тілшісі." has four)
RUBRIC_WORDS = 4  # a headline line's first sentence of fewer words is a rubric ("Ел чемпионаты.")
MAIN_CLAUSE, CONVERB_CLAUSE = 2, 1  # how much a mention in the opening tells the happening
VERB_CHAIN = 2  # verb forms between an object and its frame word ("мерейтойын атап өту аясында")


@cache
def background_words() -> frozenset[str]:
    return frozenset(read_list("event_background_words.tsv") + read_list("frame_postpositions.tsv")
                     + read_list("topic_postpositions.tsv"))


@cache
def participle_endings() -> tuple[str, ...]:
    """The endings of attributive participles (tense_rules.tsv form "participle"): "-ған", "-атын"."""
    return tuple({(r.following[-1] if r.following else r.ending) for r in tense_rules()
                  if r.form == "participle"})


@cache
def background_auxiliaries() -> tuple[str, ...]:
    return tuple(read_list("event_background_auxiliaries.tsv"))


def _spans(event: Event) -> list:
    return [event.trigger, *event.mentions] if event.trigger is not None else list(event.mentions)


def _is_word(text: str) -> bool:
    return text[:1].isalpha()


def background(doc: Document, span, sentence: Sentence, heads: set[int]) -> bool:
    """The mention is the background of another happening of its sentence (see the module docstring)."""
    last = doc.token_index_at(span.end - 1)
    if last is None or last + 1 >= sentence.token_end:
        return False
    word, after = doc.tokens[last].text.lower(), doc.tokens[last + 1].text
    if after.lower() in background_words() or last + 1 in heads:
        return True
    if _framed_object(doc, last + 1, sentence.token_end):
        return True
    if not _is_word(after):
        return False
    if case_of(word) == "gen":
        return True
    return any(word.endswith(e) and len(word) >= len(e) + MIN_STEM for e in participle_endings()) \
        and after[:1].islower()


def _framed_object(doc: Document, k: int, end: int) -> bool:
    """The verb forms from tokens[k] on (a verbal noun, after a converb or not: "мерекелеу",
    "атап өту") end before a frame or background word ("аясында", "қарсаңында", "орай")."""
    for j in range(k, min(k + VERB_CHAIN, end - 1)):
        word = doc.tokens[j].text.lower()
        if is_verbal_noun(word):
            return doc.tokens[j + 1].text.lower() in background_words()
        if not is_converb(word):
            return False
    return False


def _has_past(stem: str) -> bool:
    """The stem makes a simple past that is a word of public Kazakh text ("өт" -> "өтті")."""
    words = lexicon()
    return any(stem + p in words for p in endings("past_finite"))


def is_converb(word: str) -> bool:
    """A verb's converb ("келіп", "барып", "жасап"): a converb ending after a stem whose simple past
    is a word of public Kazakh text ("келді", "жасады"; not "кітап": no "кітады")."""
    return any(word.endswith(e) and len(word) >= len(e) + MIN_STEM and _has_past(word[:-len(e)])
               for e in converb_endings())


def in_converb_clause(doc: Document, span, sentence: Sentence) -> bool:
    """The mention's clause ends in a converb and a comma ("... іс сапармен келіп, кездесу
    өткізді"): it tells how the sentence's own happening came about."""
    last = doc.token_index_at(span.end - 1)
    if last is None:
        return False
    for k in range(last + 1, sentence.token_end):
        if doc.tokens[k].text == ",":
            return is_converb(doc.tokens[k - 1].text.lower())
    return False


def pluperfect(doc: Document, sentence: Sentence) -> bool:
    """The sentence's predicate is a past participle and a background auxiliary ("қол қойған болатын")."""
    words = [w.lower() for w in islice(_word_texts(doc, sentence, from_end=True), 2)][::-1]
    return len(words) == 2 and words[1].startswith(background_auxiliaries()) \
        and words[0].endswith(past_participles())


def _mention_starts(doc: Document) -> set[int]:
    """Token indices where an event mention starts."""
    starts = (doc.token_index_at(s.start) for ev in doc.events for s in _spans(ev))
    return {k for k in starts if k is not None}


def _word_texts(doc: Document, sentence: Sentence, from_end: bool = False) -> Iterator[str]:
    """The texts of the sentence's words (not its punctuation or numbers), from its end if `from_end`."""
    indices = range(sentence.token_start, sentence.token_end)
    texts = (doc.tokens[k].text for k in (reversed(indices) if from_end else indices))
    return (text for text in texts if _is_word(text))


def _has_words(doc: Document, sentence: Sentence, n: int) -> bool:
    """The sentence holds at least n words (read no further than the n-th)."""
    return next(islice(_word_texts(doc, sentence), n - 1, None), None) is not None


def _headline_sentences(doc: Document) -> list[Sentence]:
    """The sentences of the first line (a headline may hold two: "Ел чемпионаты. Бүгін ..."); a
    rubric of a few words before the headline proper ("Ел чемпионаты.") tells no happening."""
    line_end = doc.text.find("\n", len(doc.text) - len(doc.text.lstrip()))
    head = [s for s in doc.sentences if line_end < 0 or s.start < line_end] or doc.sentences[:1]
    return [s for s in head[:-1] if _has_words(doc, s, RUBRIC_WORDS)] + head[-1:]


def _may_lead(doc: Document, sentence: Sentence) -> bool:
    """A sentence of a few words or one told by a predicate ("Өскеменде балабақша ашылды."), not in
    the pluperfect: not a dateline cut off as a sentence of its own ("АТЫРАУ.") or a by-line
    ("Тараз, BAQ.KZ тілшісі."), nor a sentence recalling what had happened before."""
    told = _has_words(doc, sentence, LEAD_WORDS) or \
        predicate_status(doc.tokens, sentence.token_start, sentence.token_end) != "unknown"
    return told and not pluperfect(doc, sentence)


def opening_sentences(doc: Document, headline: bool) -> list[Sentence]:
    """The release's opening: the headline (`headline`: the text opens with one) and the lead, the
    first sentence after it that may lead (_may_lead). The one definition of the opening: the main
    event, the events the opening tells (stage.py) and the opening's city (places.py) read it."""
    head = _headline_sentences(doc) if headline else []
    after = head[-1].end if head else 0
    lead = next((s for s in doc.sentences if s.start >= after and _may_lead(doc, s)), None)
    return head + ([lead] if lead is not None else [])


def opening_end(doc: Document, headline: bool) -> int:
    """Where the release's opening (headline and lead) ends."""
    opening = opening_sentences(doc, headline)
    return opening[-1].end if opening else 0


def main_event(doc: Document, headline: bool) -> Event | None:
    """The event the opening sentences (`headline`: the first line is one, and the lead) report;
    see the module docstring."""
    if not doc.events:
        return None
    opening = opening_sentences(doc, headline)
    heads = _mention_starts(doc)

    def told(sentence: Sentence, span) -> int:
        if not sentence.start <= span.start < sentence.end or background(doc, span, sentence, heads):
            return 0
        return CONVERB_CLAUSE if in_converb_clause(doc, span, sentence) else MAIN_CLAUSE

    def rank(item: tuple[int, Event]) -> tuple[int, bool, int, int]:
        k, event = item
        spans = _spans(event)
        score = sum(max(told(s, span) for span in spans) for s in opening)
        return score, event.type != GENERIC, len(spans), -k
    return max(enumerate(doc.events), key=rank)[1]


def load() -> None:
    background_words()
    participle_endings()
    background_auxiliaries()
    endings("past_finite")
    endings("verbal_noun")
    lexicon()
