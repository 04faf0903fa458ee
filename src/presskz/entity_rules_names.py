"""Names typed by their head noun: organisations, facilities, projects, events, laws, titles.

- unquoted: a capitalised phrase ending in a head noun ("Денсаулық сақтау министрлігі",
  "Бейбітшілік пен келісім сарайында", "Алматы қаласы ... басқармасына"): the span runs from the
  first capitalised word through the head (data/head_nouns.tsv says which heads and types);
- quoted: «...» followed by a head noun (after up to four describing words, "атты" included):
  the span is the text inside the quotes, or the whole phrase when a capitalised word stands right
  before the opening quote (DESIGN section 3);
- laws ("... туралы заңы"), anniversaries ("Жеңістің 75 жылдығы"), abbreviations, Latin names.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from presskz.entity_rules_core import Candidate, Sent
from presskz.entity_rules_data import read_list, read_tsv
from presskz.entity_rules_lexicon import (
    head_noun, is_acronym, is_capitalised, is_genitive, known_names, legal_forms, name_like, nominative,
    place_of, position_role,
)
from presskz.entity_rules_people import given_name, surname_like
from presskz.morph import case_of

CONNECTORS = {"және", "мен", "пен", "бен", "&"}
DASHES = {"-", "–", "‑"}  # inside names; the spaced em dash "—" separates clauses
TYPE_WORDS = {"қаласы", "облысы", "ауданы"}  # "X қаласының Y" is a modifier, not part of Y
NAME_CASES = {None, "gen", "locadj"}  # cases a word inside a name can carry
VERBAL_RE = regex.compile(r"(?:[ғгқк][аеа]н|[аей]тын|[еій]тін|[мб][аеа]қ)$")
LATIN_RE = regex.compile(r"^[A-Z][\p{Latin}0-9&.'-]*$")
DOMAIN_RE = regex.compile(r"^[\p{L}\d-]{2,}\.(?:kz|KZ|com|ru|org|net|info|news|qaz)$")
MAX_KNOWN_WORDS = 6
MAX_LOWER_GAP = 5
MAX_TITLE_GAP = 4


def _lower_ok(sent: Sent, j: int, strict: bool) -> bool:
    """May lowercase token j stand between a name's first capital and its head?"""
    word = sent[j]
    if word in DASHES or word.lower() in CONNECTORS:
        return True
    if not strict and regex.fullmatch(r"\d+", word):
        return True  # "Алматының 2020 жылға дейінгі даму Бағдарламасы"
    if not sent.is_word(j) or is_capitalised(word) or word.lower() in name_stopwords():
        return False
    if strict and (case_of(word) not in NAME_CASES or VERBAL_RE.search(word.lower())):
        return False
    return True


def name_start(sent: Sent, head: int, strict: bool = True, max_gap: int = MAX_LOWER_GAP,
               quotes: bool = False, initial_ok: bool = False) -> int | None:
    """First token of the name ending at `head`, or None when no capitalised word leads it.

    `quotes`: a quoted name before the phrase belongs to it (positions: "«Нұр Отан» партиясы
    төрағасы" is one POSITION in KazNERD). `initial_ok`: a common word capitalised only because it
    starts the sentence may start the name ("Ішкі істер министрлігі" at a sentence start)."""
    j, gap, start = head - 1, 0, None
    while j >= 0 and start is None:  # phase 1: lowercase words between the head and a capital
        if sent.is_word(j) and is_capitalised(sent[j]):
            initial_word = initial_ok and sent.initial(j) and sent[j].lower() not in name_stopwords()
            if not (name_like(sent[j], sent.initial(j)) or initial_word) \
                    or (strict and case_of(sent[j]) not in NAME_CASES):
                return None
            if strict and position_role(sent[j]):
                return None  # "Премьер-министр мен Бас прокурорға": another title, not an owner
            start = j
        elif _lower_ok(sent, j, strict) and gap < max_gap:
            gap += sent.is_word(j)
        else:
            return None
        j -= 1
    return _extend_capitals(sent, start, quotes) if start is not None else None


def _extend_capitals(sent: Sent, start: int, quotes: bool = False) -> int:
    """Walk left over capitalised words, "X қаласы", connectors and "атындағы" names; a person or
    a position word ends the walk ("Президенті Қасым-Жомарт Тоқаев Сенат ..."), except the person a
    name is given after ("Қ. Қуанышбаев атындағы")."""
    j, named_after = start - 1, False
    while j >= 0:
        word, before = sent[j], j - 1
        if sent.is_word(j) and is_capitalised(word) and name_like(word, sent.initial(j)) \
                and case_of(word) in NAME_CASES:
            if not named_after and (given_name(word) or surname_like(word) or position_role(word)):
                break
            start = j
        elif regex.fullmatch(r"\p{Lu}\.", word):
            start = j  # "Қ." initial
        elif (word.lower() in CONNECTORS or word in DASHES or word.lower() in TYPE_WORDS) \
                and before >= 0 and is_capitalised(sent[before]) and sent.is_word(before):
            named_after = False
        elif word == "." and len(sent[before]) == 1 and sent[before].isupper():
            pass  # the initial of "Қ . Қуанышбаев атындағы"
        elif word.lower() == "атындағы" and before >= 0 and is_capitalised(sent[before]):
            named_after = True
        elif quotes and sent.is_quote_close(j) and _opening_quote(sent, j) is not None:
            j = start = _opening_quote(sent, j)
        elif not is_capitalised(word) and is_genitive(word) and head_noun(word, izafet_only=True) \
                and name_start(sent, j) is not None:
            # "Ауыл шаруашылығы министрлігінің Ветеринарлық ... комитеті" is one name
            j = start = name_start(sent, j)
        else:
            break
        j -= 1
    return start


def _opening_quote(sent: Sent, close: int, limit: int = 10) -> int | None:
    for k in range(close - 1, max(-1, close - limit), -1):
        if sent.is_quote_open(k):
            return k if k < close - 1 else None
        if sent.is_quote_close(k):
            return None
    return None


def unquoted_candidates(sent: Sent) -> list[Candidate]:
    out = []
    for h in range(1, len(sent)):
        found = head_noun(sent[h], izafet_only=True) if sent.is_word(h) else None
        if not found:
            continue
        kind, unquoted = found
        capital_head = is_capitalised(sent[h])
        if not (unquoted or capital_head):
            continue
        start = name_start(sent, h, strict=not capital_head)
        if start is None or sent.is_quote_close(start - 1):
            continue  # no name, or the head belongs to the quoted title before it
        if _led_by_person(sent, start, h) or _place_then_description(sent, start, h):
            continue
        out.append(Candidate(start, h + 1, kind, "head-noun", 2))
    return out


def _led_by_person(sent: Sent, start: int, head: int) -> bool:
    """"Арман Қырықбаев баспасөз мәслихатын": a person, lowercase words, a head: not a name."""
    if any(sent[k].lower() == "атындағы" for k in range(start, head)):
        return False  # "Қ. Қуанышбаев атындағы ... театры" is named after a person
    lowers = [k for k in range(start, head) if sent.is_word(k) and not is_capitalised(sent[k])]
    return bool(lowers) and (given_name(sent[start]) or surname_like(sent[start]))


def _place_then_description(sent: Sent, start: int, head: int) -> bool:
    """"Алматыдағы оңалту орталығы" (a centre in Almaty) names a place, then describes."""
    lowers = all(not is_capitalised(sent[k]) for k in range(start + 1, head + 1))
    return lowers and case_of(sent[start]) in ("locadj", "loc") and place_of([sent[start]]) is not None


def _title_head(sent: Sent, close: int) -> tuple[int, str] | None:
    """(index, type) of the head noun describing the title that ends at `close`."""
    for k in range(close + 1, min(len(sent), close + 2 + MAX_TITLE_GAP)):
        if sent[k] in legal_forms():
            return k, "ORGANISATION"
        found = head_noun(sent[k]) if sent.is_word(k) else None
        if found:
            return k, found[0]
        if not (sent.is_word(k) or sent[k] in DASHES) or is_capitalised(sent[k]) and k > close + 1:
            return None
    return None


def quoted_candidates(sent: Sent) -> list[Candidate]:
    out = []
    for i in range(len(sent)):
        if not sent.is_quote_open(i):
            continue
        close = sent.closing_quote(i)
        if close is None:
            continue
        if sent[i - 1] in legal_forms():
            out.append(Candidate(i + 1, close, "ORGANISATION", "legal-form", 3))
            continue
        head = _title_head(sent, close)
        if head is None:
            continue
        k, kind = head
        before = i - 1
        if before >= 0 and sent.is_word(before) and is_capitalised(sent[before]) \
                and name_like(sent[before], sent.initial(before)) and not is_acronym(sent[before]) \
                and case_of(sent[before]) in NAME_CASES and kind != "LAW" and not place_of([sent[before]]):
            # "Абайдың «Жидебай-Бөрілі» қорық-музейі" is one name; "Қазақстанның «Нұр Отан»
            # партиясы" and "... «Білім туралы» Заңы" are the quoted name only
            out.append(Candidate(_extend_capitals(sent, before), k + 1, kind, "title-whole", 3))
        else:
            out.append(Candidate(i + 1, close, kind, "title", 3))
    return out


def law_candidates(sent: Sent) -> list[Candidate]:
    """"Педагог мәртебесі туралы заң" -> LAW "Педагог мәртебесі туралы" (KazNERD leaves заң out)."""
    out = []
    for t in range(1, len(sent) - 1):
        if sent[t].lower() != "туралы" or (head_noun(sent[t + 1]) or ("",))[0] != "LAW":
            continue
        j = t - 1
        while j > 0 and j > t - 4 and sent.is_word(j - 1) and case_of(sent[j - 1]) is None \
                and not is_capitalised(sent[j]):
            j -= 1
        if sent.is_word(j) and not sent.is_quote_close(t - 1):
            out.append(Candidate(j, t + 1, "LAW", "law", 2))
    return out


def anniversary_candidates(sent: Sent) -> list[Candidate]:
    """"Жеңістің 75 жылдығы", "ҚР Тәуелсіздігінің 25 жылдығына" -> EVENT."""
    out = []
    for k in range(2, len(sent)):
        if not nominative(sent[k]).startswith("жылдығ") or not sent[k - 1][:1].isdigit():
            continue
        j = k - 2
        if sent.is_word(j) and is_capitalised(sent[j]) and case_of(sent[j]) == "gen":
            out.append(Candidate(_extend_capitals(sent, j), k + 1, "EVENT", "anniversary", 2))
    return out


@lru_cache(maxsize=1)
def name_stopwords() -> frozenset[str]:
    return frozenset(read_list("name_stopwords.txt"))


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
        if not is_acronym(word) or not regex.match(r"^\p{Lu}{2,6}(?:-\p{Ll}+)?$", word):
            continue
        kind = types.get(word.split("-")[0], "ORGANISATION")
        if kind != "O" and word.split("-")[0] not in legal_forms():
            out.append(Candidate(i, i + 1, kind, "acronym", 1))
    return out


def latin_candidates(sent: Sent) -> list[Candidate]:
    """Runs of capitalised Latin words: with a head noun after them the head types and joins
    the span ("Smart Almaty жобасы"); two or more words alone are an organisation."""
    out, i = [], 0
    while i < len(sent):
        j = i
        while j < len(sent) and LATIN_RE.match(sent[j]):
            j += 1
        if j == i:
            i += 1
            continue
        found = head_noun(sent[j]) if j < len(sent) and sent.is_word(j) else None
        if found and found[1] and not sent.is_quote_close(i - 1):
            out.append(Candidate(i, j + 1, found[0], "latin-head", 2))  # "Smart Almaty жобасы"
        elif found and not sent.is_quote_close(i - 1):
            out.append(Candidate(i, j, found[0], "latin-head", 2))  # "Kazakh TV арнасы"
        elif j - i >= 2 and not sent.is_quote_open(i - 1):
            out.append(Candidate(i, j, "ORGANISATION", "latin", 1))
        i = j
    return out
