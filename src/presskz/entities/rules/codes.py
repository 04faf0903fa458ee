"""Names recognised by their form or a list: known KazNERD names, news-site domains, abbreviations,
Latin-script names ("IDC Central Europe", "Smart Almaty жобасы", "КБТУ", "Egemen.kz").
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.entities.rules.core import (
    IS_WORD, Candidate, Sent, WordCache, capital_word, phrase_reach, trigger_positions,
)
from presskz.kk.data import read_tsv
from presskz.kk.orthography import SITE_TLDS
from presskz.entities.lexicon import (
    ROMAN_RE, Beginnings, head_noun, is_acronym, known_names, legal_forms, may_be_nominative, nominative,
)

DOMAIN_RE = regex.compile(r"^[\p{L}\d-]{2,}\.(?:" + "|".join(SITE_TLDS) + ")$")
LATIN_RE = regex.compile(r"^[A-Z][\p{Latin}0-9&.'-]*$")
ACRONYM_FORM_RE = regex.compile(r"^\p{Lu}{2,6}(?:-\d+)?(?:-\p{Ll}+)?$")
LONG_WORD_RE = regex.compile(r"\p{L}{3}")
MAX_KNOWN_WORDS = 6


@cache
def acronym_types() -> dict[str, str]:
    return {row["acronym"]: row["type"] for row in read_tsv("acronyms.tsv")}


@cache
def multiword_name_starts() -> frozenset[str]:
    """Every leading part (up to a space) of a known name of two or more words: a phrase can only
    be listed when its first token, lowercased, is one of them."""
    return frozenset(name[:k] for name in known_names() for k, ch in enumerate(name) if ch == " ")


@cache
def known_name_beginnings() -> Beginnings:
    return Beginnings(known_names())


def _known_name_start(text: str) -> int:
    """How many words a known name starting at this token may have: 0 (not a capitalised word,
    or no listed name begins with it), 1, or MAX_KNOWN_WORDS when it begins a longer name."""
    if not capital_word(text):
        return 0
    low = text.lower()
    if low in multiword_name_starts():
        return MAX_KNOWN_WORDS
    return 1 if known_name_beginnings().start(low) else 0  # the name looked up begins the word


KNOWN_NAME_START = WordCache(_known_name_start)


def known_name_trigger(text: str) -> bool:
    """A capitalised token a listed event / organisation name can start with."""
    return KNOWN_NAME_START[text] > 0


def known_name_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """Event and organisation names listed in the gazetteers, the last word in any case form;
    `at`: the tokens passing known_name_trigger (where such a name can start)."""
    out, table = [], known_names()
    texts, size = sent.texts, len(sent)
    starts = multiword_name_starts()
    for i in trigger_positions(texts, known_name_trigger) if at is None else at:
        longest = KNOWN_NAME_START[texts[i]]
        if longest > 1:
            longest = phrase_reach(texts, i, longest, starts)
        for n in range(longest, 0, -1):
            if i + n > size or not IS_WORD[texts[i + n - 1]]:
                continue
            words_n = texts[i:i + n]
            if not may_be_nominative(known_name_beginnings(), " ".join(words_n)):
                continue  # both keys below are the lowercased phrase with at most a suffix cut
            key = " ".join(w.lower() for w in words_n[:-1] + [nominative(words_n[-1])])
            if key in table or " ".join(w.lower() for w in words_n) in table:
                out.append(Candidate(i, i + n, table.get(key) or table[" ".join(words_n).lower()],
                                     "known-name", 2))
                break
    return out


def domain_word(text: str) -> bool:
    return "." in text and DOMAIN_RE.match(text) is not None


def domain_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """News sites named by their domain ("Egemen.kz", "BAQ.KZ") are organisations; `at`: the
    tokens passing domain_word."""
    return [Candidate(i, i + 1, "ORGANISATION", "domain", 2)
            for i in (trigger_positions(sent.texts, domain_word) if at is None else at)]


def _emphasis_word(text: str) -> tuple[bool, bool]:
    """(has three letters in a row, written in capitals) for the headline test."""
    return bool(LONG_WORD_RE.search(text)), text.isupper()


EMPHASIS_WORD = WordCache(_emphasis_word)


def _headline(sent: Sent) -> bool:
    flags = [EMPHASIS_WORD[w] for w in sent.texts]
    upper = [is_upper for long_word, is_upper in flags if long_word]
    return len(upper) >= 3 and sum(upper) * 2 > len(upper)


def acronym_kind(word: str) -> str | None:
    """Type of an abbreviation token ("КБТУ", "ОКҚ-нің"), None when it is none or a legal form."""
    if not word[:1].isupper() or not is_acronym(word) or not ACRONYM_FORM_RE.match(word) \
            or ROMAN_RE.match(word.split("-")[0]):
        return None  # "XVIII ғасырдың" is a number
    kind = acronym_types().get(word.split("-")[0], "ORGANISATION")
    if kind != "O" and word.split("-")[0] not in legal_forms():
        return kind
    return None


ACRONYM_KIND = WordCache(acronym_kind)


def acronym_token(text: str) -> bool:
    return ACRONYM_KIND[text] is not None


def acronym_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """`at`: the tokens passing acronym_token."""
    if _headline(sent):
        return []  # "ОТЫРАР КӨРМЕСІ АШЫЛДЫ": capitals for emphasis, not abbreviations
    texts = sent.texts
    return [Candidate(i, i + 1, ACRONYM_KIND[texts[i]], "acronym", 1)
            for i in (trigger_positions(texts, acronym_token) if at is None else at)]


def latin_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """Runs of capitalised Latin words: a head noun after them gives the type, and a project's
    head joins the span ("Smart Almaty жобасы", but "Bek Air" компаниясы, KazNERD style); two or
    more words alone are an organisation. `at`: the tokens passing latin_word."""
    out, k = [], 0
    texts = sent.texts
    if at is None:
        at = trigger_positions(texts, latin_word)
    while k < len(at):  # each run of consecutive Latin words: tokens [i, j)
        i = j = at[k]
        while k < len(at) and at[k] == j:
            j += 1
            k += 1
        found = head_noun(sent[j]) if j < len(sent) and sent.is_word(j) else None
        if found and found[0] == "PROJECT" and not sent.is_quote_close(i - 1):
            out.append(Candidate(i, j + 1, found[0], "latin-head", 2))  # "Smart Almaty жобасы"
        elif found and not sent.is_quote_close(i - 1):
            out.append(Candidate(i, j, found[0], "latin-head", 2))  # "Bek Air компаниясы"
        elif j - i >= 2 and not sent.is_quote_open(i - 1):
            out.append(Candidate(i, j, "ORGANISATION", "latin", 1))
    return out


def latin_word(text: str) -> bool:
    return LATIN_RE.match(text) is not None


LATIN_WORD = WordCache(latin_word)


def load() -> None:
    """Build the tables above now (a stage's load()), not on the first document."""
    for build in (acronym_types, multiword_name_starts, known_name_beginnings):
        build()
