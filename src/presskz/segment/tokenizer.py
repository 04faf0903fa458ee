"""Tokeniser and sentence splitter for Kazakh Cyrillic press text (rules only, offsets into the original).

Nothing is rewritten: a token is a contiguous range of the input, `token.text == text[start:end]`.
The NER model is trained on KazNERD and is fed these tokens, so KazNERD's conventions are followed
wherever KazNERD shows them; where it is silent (it is transcribed speech: no dotted abbreviations,
decimals or clock times written together) the choice below is ours.

Tokens (KazNERD conventions):
- punctuation is its own token: `. , : ; ! ? ( ) « » " „ “ ” — –`; a run `...`, `?!` is one token;
- a hyphen (or an unspaced en dash) inside a word joins: `Қасым-Жомарт`, `сондай-ақ`, `АҚШ-тың`,
  `ОКҚ-де`, `1-інші`, `35-ші`, `2020-сыншы`, `КОВИД-19`, `Жол картасы-2020` -> `картасы-2020`, `5-6`;
- a percent sign is split from its number and keeps its suffix: `40%-ға` -> `40` `%-ға`; `40%` -> `40` `%`;
- a suffix after a closing quote or number with a space is one token: `«102» -ге` -> `»` `-ге`;
- digits glued to letters stay one token: `3D`, `5G`, `2025нші`.
Tokens (our choices, KazNERD silent):
- decimals, clock times and dates are one token: `1,8`, `11.00-де`, `18:00`, `05.11.2016`;
  with a space after the separator (`3, 5`, as in detokenised KazNERD) they are three tokens;
- dotted abbreviations keep their dot (`млрд.`, `млн.`, `ж.`, `жж.`, `т.б.`, `т.с.с.`; list in
  data/abbreviations.txt, plus any `x.y.` lower-case group such as `т.ғ.к.`); an initial is one token
  with its dot: `А.Қырықбаев` -> `А.` `Қырықбаев`, `Қ. Қуанышбаев` -> `Қ.` `Қуанышбаев`;
- URLs, domains (`akorda.kz`), e-mails and phone numbers (`+7 (727) 272-72-72`) are one token;
- a dash between words is its own token (`–`, `—`, spaced ` - `, and `Алматы- Тәуелсіздіктің`
  where a capital follows); `», - деп` -> `»` `,` `-` `деп`.
Tokens that CONTAIN whitespace (deliberate, so that downstream grammars see one word / one number):
- thousands groups: `15 000`, `1 800 000` (space, no-break or thin space; groups of exactly 3 digits);
- phone numbers written with spaces;
- PDF-broken hyphens where a lower-case word follows `- `: `90- шы`, `гала- концерт` (also across a
  line break). Not before a conjunction (`орта- және ұзақ`: the hyphen stays, `орта-`) or a speech verb
  (`жұмсалмақ- деп`: a dash); list in data/segment_hyphen_words.txt.
  Every other token is whitespace-free.

Sentences: a break follows `. ! ? …` (plus the closing quotes/brackets after them) when the next
token starts with a capital, a digit, an opening quote/bracket, a dash or a bullet; and a "final"
abbreviation (`т.б.`, `т.с.с.`, units such as `т.`, `км.`) when the next word starts with a capital.
No break after initials, inner abbreviations (`млрд.`, `ж.`), times/decimals (inside tokens),
a lone list number (`1.`), before a lower-case word, or in `«...?» — деді` (dash + lower case).
A blank line always breaks; a single line break breaks unless the line ends in `, ; : ( « -` or the
next line starts in lower case (headlines and one-paragraph-a-line releases).
A sentence longer than 2,000 characters (never in press text) is cut at a comma, semicolon or space
before the limit, so that no stage sees a longer one (segment/limit.py).
"""
from __future__ import annotations

import bisect
import operator
from itertools import compress, repeat
from functools import cache

import regex

from presskz.core.doc import Document, Sentence, Token, trusted_token
from presskz.kk.orthography import (
    AMBIGUOUS_QUOTES, ANY_CLOSING_QUOTES, ANY_OPENING_QUOTES, CLOSING_ONLY_QUOTES, EM_DASH, EN_DASH,
    HYPHEN_MINUS, TOKEN_ABBREVIATIONS,
)
from presskz.segment.limit import split_long
from presskz.segment.rules import token_pattern, token_pattern_for
from presskz.core.stage import Stage

ENDERS = frozenset(".!?…")
ENDERS_TUPLE = tuple(ENDERS)  # for str.startswith
CLOSERS = ANY_CLOSING_QUOTES | {")", "]"}
ALWAYS_CLOSING = CLOSING_ONLY_QUOTES
OPENERS = ANY_OPENING_QUOTES | {"(", "["}
DASHES = frozenset({EM_DASH, EN_DASH, HYPHEN_MINUS})
BULLETS = frozenset("•*·▪►-–—")
LINE_CONTINUES = frozenset(",;:(«-–—")
ENUMERATOR_RE = regex.compile(r"\d{1,3}|[IVXLCІ]{1,5}|\p{L}")
CAMEL_RE = regex.compile(r"[a-z]\p{Lu}")  # iKomek, eGov: brand names may start a sentence
NEWLINES_RE = regex.compile(r"\n(?:[^\S\n]*\n)?")


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with offsets into it and `space_after` set."""
    return _tokenize(text)[0]


_MATCH = type(regex.match("", ""))


def _tokenize(text: str) -> tuple[list[Token], list[str], list[int]]:
    """The tokens of `text`, their texts and their start offsets. The columns are read with map() over
    the match objects (no Python code per token) and the tokens are built without the per-span offset
    check: each token's text is its match's own text, so it is text[start:end] by construction
    (Pipeline.pipe still checks every layer once at the end, see Document.check_all)."""
    matches = list(token_pattern_for(text).finditer(text))
    starts = list(map(_MATCH.start, matches))
    ends = list(map(_MATCH.end, matches))
    texts = list(map(_MATCH.group, matches))
    followers = starts[1:]
    followers.append(len(text))
    tokens = list(map(trusted_token, starts, ends, texts, map(operator.gt, followers, ends)))
    return tokens, texts, starts


def _starts_sentence(token: Token) -> bool:
    first = token.text[0]
    return (first.isupper() or first.isdigit() or first in OPENERS or first in BULLETS
            or CAMEL_RE.match(token.text) is not None)


def _is_list_marker(tokens: list[Token], start: int, end: int) -> bool:
    """True when tokens[start:end] is just a list marker such as `1.`, `IV.` or `а)` (no sentence)."""
    return (end - start == 2 and tokens[start + 1].text in (".", ")")
            and ENUMERATOR_RE.fullmatch(tokens[start].text) is not None)


def _break_after_terminal(tokens: list[Token], start: int, i: int, final_abbr: frozenset) -> int | None:
    """Index of the first token of the next sentence if tokens[i] ends a sentence, else None."""
    token = tokens[i]
    if token.text[0] not in ENDERS and token.text not in final_abbr:
        return None
    if _is_list_marker(tokens, start, i + 1):
        return None
    j, n = i + 1, len(tokens)
    while j < n and tokens[j].text in CLOSERS and _is_closing(tokens, j):
        j += 1
    if j == n:
        return None
    nxt = tokens[j]
    if not _starts_sentence(nxt) or token.text in final_abbr and not nxt.text[0].isupper():
        return None  # after an abbreviation only a capital starts a sentence ("2 т. 45 б.")
    if nxt.text in DASHES and j + 1 < len(tokens) and tokens[j + 1].text[0].islower():
        return None  # «Неге?» — десек / «...!» - деді
    if nxt.start == tokens[j - 1].end and not _glued_sentence_end(tokens, i):
        return None
    return j


def _is_closing(tokens: list[Token], j: int) -> bool:
    """Whether the quote/bracket tokens[j], right after a sentence end, closes that sentence: » and ”
    always; an ambiguous quote (" “ ') unless glued to the next word (“Ресми opens); ) ] ’ when glued."""
    token = tokens[j]
    if token.text in ALWAYS_CLOSING:
        return True
    if token.text in AMBIGUOUS_QUOTES:
        return token.space_after or j + 1 == len(tokens)
    return token.start == tokens[j - 1].end


def _glued_sentence_end(tokens: list[Token], i: int) -> bool:
    """`келді.Ал` (missing space) ends a sentence; `ҚР.Президенті`, `U.S.A` do not."""
    prev = tokens[i - 1] if i else None
    return prev is not None and len(prev.text) > 1 and prev.text[-1].islower()


def _newline_breaks(text: str, tokens: list[Token], starts: list[int] | None = None) -> dict[int, bool]:
    """Token index -> True (blank line) / False (single line break) for gaps holding a line break.
    `starts`, when given, are the tokens' start offsets."""
    starts = [t.start for t in tokens] if starts is None else starts
    out: dict[int, bool] = {}
    for match in NEWLINES_RE.finditer(text):
        k = bisect.bisect_left(starts, match.start())
        if 0 < k < len(tokens) and tokens[k - 1].end <= match.start():
            out[k] = out.get(k, False) or match.group().count("\n") > 1
    return out


def _break_at_newline(tokens: list[Token], start: int, k: int, blank: bool) -> bool:
    if k <= start or _is_list_marker(tokens, start, k):
        return False
    if blank:
        return True
    prev, nxt = tokens[k - 1], tokens[k]
    return prev.text[-1] not in LINE_CONTINUES and not nxt.text[0].islower() and nxt.text[0] not in ",.;:)»”"


@cache
def _final_abbreviations() -> frozenset[str]:
    return frozenset(a for a, kind in TOKEN_ABBREVIATIONS.items() if kind == "final")


def sentence_token_ranges(text: str, tokens: list[Token], texts: list[str] | None = None,
                          starts: list[int] | None = None) -> list[tuple[int, int]]:
    """[first, end) token index ranges of the sentences of `text`. `texts` and `starts`, when
    given, are the tokens' texts and start offsets (segment() has them from the tokeniser)."""
    final_abbr = _final_abbreviations()
    newlines = _newline_breaks(text, tokens, starts)
    texts = [t.text for t in tokens] if texts is None else texts
    # only sentence-final punctuation, final abbreviations and line breaks can start a new sentence
    # (tested with map() over the texts: no Python code per token)
    terminal = map(operator.or_, map(str.startswith, texts, repeat(ENDERS_TUPLE)),
                   map(final_abbr.__contains__, texts))
    terminals = compress(range(len(texts)), terminal)
    ranges, start = [], 0
    for i in sorted(newlines.keys() | set(terminals)):
        if i < start:
            continue  # a closing quote/bracket already taken into the previous sentence
        if i in newlines and _break_at_newline(tokens, start, i, newlines[i]):
            ranges.append((start, i))
            start = i
        j = _break_after_terminal(tokens, start, i, final_abbr)
        if j is not None:
            ranges.append((start, j))
            start = j
    if start < len(tokens):
        ranges.append((start, len(tokens)))
    return split_long(tokens, ranges)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences of `text` (surrounding whitespace excluded)."""
    tokens = tokenize(text)
    return [(tokens[a].start, tokens[b - 1].end) for a, b in sentence_token_ranges(text, tokens)]


def segment(doc: Document) -> Document:
    """Assign `doc.tokens` and `doc.sentences` (each sentence knows its token index range)."""
    tokens, texts, starts = _tokenize(doc.text)
    doc.tokens = tokens
    doc.sentences = []
    for first, end in sentence_token_ranges(doc.text, tokens, texts, starts):
        doc.sentences.append(doc.span(starts[first], tokens[end - 1].end, Sentence,
                                      token_start=first, token_end=end))
    doc.assigned.update(("tokens", "sentences"))
    return doc


class SegmentStage(Stage):
    """Pipeline stage: rule tokeniser + sentence splitter."""

    name = "segment"
    requires = ()
    assigns = ("tokens", "sentences")

    def load(self) -> None:
        """Compile both tokeniser patterns (with and without the URL alternatives) and read the
        abbreviation list now rather than on the first document."""
        token_pattern(False), token_pattern(True), _final_abbreviations()

    def __call__(self, doc: Document) -> Document:
        return segment(doc)
