"""Names recognised by their form or a list: known KazNERD names, news-site domains, abbreviations,
Latin-script names ("IDC Central Europe", "Smart Almaty жобасы", "КБТУ", "Egemen.kz").
"""
from __future__ import annotations

from functools import lru_cache

import regex

from presskz.entity_rules_core import Candidate, Sent
from presskz.entity_rules_data import read_tsv
from presskz.entity_rules_lexicon import (
    head_noun, is_acronym, is_capitalised, known_names, legal_forms, nominative,
)

DOMAIN_RE = regex.compile(r"^[\p{L}\d-]{2,}\.(?:kz|KZ|com|ru|org|net|info|news|qaz)$")
LATIN_RE = regex.compile(r"^[A-Z][\p{Latin}0-9&.'-]*$")
MAX_KNOWN_WORDS = 6


@lru_cache(maxsize=1)
def acronym_types() -> dict[str, str]:
    return {row["acronym"]: row["type"] for row in read_tsv("acronyms.tsv")}


def known_name_candidates(sent: Sent) -> list[Candidate]:
    """Event and organisation names listed in the gazetteers, the last word in any case form."""
    out, table = [], known_names()
    for i in range(len(sent)):
        if not (sent.is_word(i) and is_capitalised(sent[i])):
            continue
        for n in range(MAX_KNOWN_WORDS, 0, -1):
            words = sent.texts[i:i + n]
            if len(words) < n or not sent.is_word(i + n - 1):
                continue
            key = " ".join(w.lower() for w in words[:-1] + [nominative(words[-1])])
            if key in table or " ".join(w.lower() for w in words) in table:
                out.append(Candidate(i, i + n, table.get(key) or table[" ".join(words).lower()],
                                     "known-name", 2))
                break
    return out


def domain_candidates(sent: Sent) -> list[Candidate]:
    """News sites named by their domain ("Egemen.kz", "BAQ.KZ") are organisations."""
    return [Candidate(i, i + 1, "ORGANISATION", "domain", 2) for i in range(len(sent))
            if DOMAIN_RE.match(sent[i])]


def _headline(sent: Sent) -> bool:
    words = [w for w in sent.texts if regex.search(r"\p{L}{3}", w)]
    return len(words) >= 3 and sum(w.isupper() for w in words) * 2 > len(words)


def acronym_candidates(sent: Sent) -> list[Candidate]:
    out, types = [], acronym_types()
    if _headline(sent):
        return out  # "ОТЫРАР КӨРМЕСІ АШЫЛДЫ": capitals for emphasis, not abbreviations
    for i in range(len(sent)):
        word = sent[i]
        if not is_acronym(word) or not regex.match(r"^\p{Lu}{2,6}(?:-\d+)?(?:-\p{Ll}+)?$", word):
            continue
        kind = types.get(word.split("-")[0], "ORGANISATION")
        if kind != "O" and word.split("-")[0] not in legal_forms():
            out.append(Candidate(i, i + 1, kind, "acronym", 1))
    return out


def latin_candidates(sent: Sent) -> list[Candidate]:
    """Runs of capitalised Latin words: a head noun after them gives the type, and a project's
    head joins the span ("Smart Almaty жобасы", but "Bek Air" компаниясы, KazNERD style); two or
    more words alone are an organisation."""
    out, i = [], 0
    while i < len(sent):
        j = i
        while j < len(sent) and LATIN_RE.match(sent[j]):
            j += 1
        if j == i:
            i += 1
            continue
        found = head_noun(sent[j]) if j < len(sent) and sent.is_word(j) else None
        if found and found[0] == "PROJECT" and not sent.is_quote_close(i - 1):
            out.append(Candidate(i, j + 1, found[0], "latin-head", 2))  # "Smart Almaty жобасы"
        elif found and not sent.is_quote_close(i - 1):
            out.append(Candidate(i, j, found[0], "latin-head", 2))  # "Bek Air компаниясы"
        elif j - i >= 2 and not sent.is_quote_open(i - 1):
            out.append(Candidate(i, j, "ORGANISATION", "latin", 1))
        i = j
    return out
