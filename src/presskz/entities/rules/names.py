"""Names typed by their head noun: organisations, facilities, projects, events, laws, titles.

- unquoted: a capitalised phrase ending in a head noun ("Денсаулық сақтау министрлігі",
  "Бейбітшілік пен келісім сарайында", "Алматы қаласы ... басқармасына"): the span runs from the
  first capitalised word through the head (data/head_nouns.tsv says which heads and types);
- quoted: «...» followed by a head noun (after up to four describing words, "атты" included):
  the span is the text inside the quotes, or the whole phrase when a capitalised word stands right
  before the opening quote (DESIGN section 3);
- laws ("... туралы заңы"), anniversaries ("Жеңістің 75 жылдығы"); abbreviations and Latin names
  are in entity_rules_codes.py.
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.entities.rules.core import (
    IS_WORD, Candidate, Sent, WordCache, opens_quote, trigger_positions,
)
from presskz.kk.data import read_list
from presskz.entities.lexicon import (
    head_noun, in_venue_part, is_acronym, is_capitalised, is_genitive, legal_forms, name_like, nominative,
    place_of, position_role,
)
from presskz.entities.rules.people import given_name, surname_like
from presskz.kk.morphology import case_of
from presskz.kk.orthography import AND_WORDS, EN_DASH, HYPHEN_MINUS, NON_BREAKING_HYPHEN, TITLE_HEAD_GAP
from presskz.numbers.numeral_lexicon import analyze_word

CONNECTORS = {*AND_WORDS, "&"}
# inside names; the spaced em dash "—" separates clauses
DASHES = {HYPHEN_MINUS, EN_DASH, NON_BREAKING_HYPHEN}
TYPE_WORDS = {"қаласы", "облысы", "ауданы"}  # "X қаласының Y" is a modifier, not part of Y
NAME_CASES = {None, "gen", "locadj"}  # cases a word inside a name can carry
VERBAL_RE = regex.compile(r"(?:[ғгқк][аеа]н|[аей]тын|[еій]тін|[мб][аеа]қ)$")
LATIN_WORD_RE = regex.compile(r"^[\p{Latin}\d&.'-]+$")
DIGITS_RE = regex.compile(r"\d+")
INITIAL_DOT_RE = regex.compile(r"\p{Lu}\.")
ARTICLE_WORDS = ("баб", "тармақ", "тармағ", "бөлім", "бөлігі")  # article, clause, part
TITLE_INTRODUCERS = {"атты", "деген", "аталатын", "атындағы"}  # «X» атты форум: the title is X
MAX_LOWER_GAP = 5
MAX_TITLE_GAP = TITLE_HEAD_GAP


def _lower_ok(sent: Sent, j: int, strict: bool) -> bool:
    """May lowercase token j stand between a name's first capital and its head?"""
    word = sent[j]
    if word in DASHES or word.lower() in CONNECTORS:
        return True
    if not strict and DIGITS_RE.fullmatch(word):
        return True  # "Алматының 2020 жылға дейінгі даму Бағдарламасы"
    if not sent.is_word(j) or is_capitalised(word) or word.lower() in name_stopwords():
        return False
    return not (strict and (case_of(word) not in NAME_CASES or VERBAL_RE.search(word.lower())))


def name_start(sent: Sent, head: int, strict: bool = True, max_gap: int = MAX_LOWER_GAP,
               quotes: bool = False) -> int | None:
    """First token of the name ending at `head`, or None when no capitalised word leads it.

    `quotes`: a quoted name before the phrase belongs to it (positions: "«Нұр Отан» партиясы
    төрағасы" is one POSITION in KazNERD)."""
    j, gap, start = head - 1, 0, None
    while j >= 0 and start is None:  # phase 1: lowercase words between the head and a capital
        if quotes and sent.is_quote_close(j) and _opening_quote(sent, j) is not None:
            start = _opening_quote(sent, j)  # "«Хабар» арнасының директоры"
        elif sent.is_word(j) and is_capitalised(sent[j]):
            if not name_like(sent[j], sent.initial(j)) or (strict and case_of(sent[j]) not in NAME_CASES):
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
            if not named_after and (position_role(word) or _full_name_end(sent, j)):
                break
            start = j
        elif INITIAL_DOT_RE.fullmatch(word):
            start = j  # "Қ." initial
        elif (word.lower() in CONNECTORS or word in DASHES or word.lower() in TYPE_WORDS) \
                and before >= 0 and is_capitalised(sent[before]) and sent.is_word(before):
            named_after = False
        elif word == "." and len(sent[before]) == 1 and sent[before].isupper():
            pass  # the initial of "Қ . Қуанышбаев атындағы"
        elif word.lower() == "атындағы" and before >= 0 and is_capitalised(sent[before]):
            named_after = True
        elif quotes and sent.is_quote_close(j) and (opening := _opening_quote(sent, j)) is not None:
            j = start = opening
        elif not is_capitalised(word) and is_genitive(word) and head_noun(word, izafet_only=True) \
                and (owner := name_start(sent, j)) is not None:
            # "Ауыл шаруашылығы министрлігінің Ветеринарлық ... комитеті" is one name
            j = start = owner
        else:
            break
        j -= 1
    return start


def _full_name_end(sent: Sent, j: int) -> bool:
    """Is token j the end of a person's full name ("Қасым-Жомарт Тоқаев")? A name ends there;
    a lone surname may name an organisation ("Джонс Хопкинс университеті")."""
    return j > 0 and surname_like(sent[j]) and given_name(sent[j - 1])


def _opening_quote(sent: Sent, close: int, limit: int = 10) -> int | None:
    for k in range(close - 1, max(-1, close - limit), -1):
        if sent.is_quote_open(k):
            return k if k < close - 1 else None
        if sent.is_quote_close(k):
            return None
    return None


def izafet_head(text: str) -> tuple[str, bool] | None:
    """head_noun(text, izafet_only=True) for a word token, else None."""
    return head_noun(text, izafet_only=True) if IS_WORD[text] else None


IZAFET_HEAD = WordCache(izafet_head)


def unquoted_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """`at`: the tokens passing izafet_head (the heads such a name ends with)."""
    out = []
    texts = sent.texts
    for h in trigger_positions(texts, izafet_head) if at is None else at:
        if h == 0:
            continue  # a name needs a word before its head
        found = IZAFET_HEAD[texts[h]]
        kind, unquoted = found
        capital_head = is_capitalised(sent[h])
        if not (unquoted or capital_head):
            continue
        start = name_start(sent, h, strict=not capital_head)
        if start is None or sent.is_quote_close(start - 1):
            continue  # no name, or the head belongs to the quoted title before it
        if _led_by_person(sent, start, h) or _place_then_description(sent, start, h):
            continue
        if kind == "FACILITY" and _place_then_name(sent, start, h):
            start += 1  # "Франциядағы Лувр мұражайы": the place, then the name
        if all(LATIN_WORD_RE.match(sent[k]) for k in range(start, h)):
            continue  # "Bek Air компаниясы": entity_rules_codes types Latin names
        end = _law_articles_end(sent, h + 1) if kind == "LAW" else h + 1
        if h + 1 < len(sent) and in_venue_part(sent[h], sent[h + 1]):
            kind = "FACILITY"  # "... театрының сахнасында": the building
        out.append(Candidate(start, end, kind, "head-noun", 2))
    return out


def _law_articles_end(sent: Sent, i: int) -> int:
    """End of "... кодексінің 99-ыншы бабы, 2-нші бөлімі" (KazNERD keeps the articles in LAW)."""
    end, j = i, i
    while True:
        k = j
        while k < len(sent) and k - j < 4 and analyze_word(sent[k]) is not None:
            k += 1
        if k == j or not nominative(sent[k]).startswith(ARTICLE_WORDS):
            return end
        end = k + 1
        j = end + 1 if sent[end] == "," else end
        if j == end and not analyze_word(sent[j] or "x"):
            return end


def _led_by_person(sent: Sent, start: int, head: int) -> bool:
    """"Арман Қырықбаев баспасөз мәслихатын": a person, lowercase words, a head: not a name."""
    if any(sent[k].lower() == "атындағы" for k in range(start, head)):
        return False  # "Қ. Қуанышбаев атындағы ... театры" is named after a person
    lowers = [k for k in range(start, head) if sent.is_word(k) and not is_capitalised(sent[k])
              and sent[k].lower() not in CONNECTORS]  # "Байтұрсынов пен Қонаев көшесі" is a name
    return bool(lowers) and (given_name(sent[start]) or surname_like(sent[start]))


def _place_then_description(sent: Sent, start: int, head: int) -> bool:
    """"Алматыдағы оңалту орталығы" (a centre in Almaty) names a place, then describes."""
    lowers = all(not is_capitalised(sent[k]) for k in range(start + 1, head + 1))
    return lowers and case_of(sent[start]) in ("locadj", "loc") and place_of([sent[start]]) is not None


def _place_then_name(sent: Sent, start: int, head: int) -> bool:
    """A place in "-дағы" before a capitalised name ("Қарағандыдағы Орталық мәдениет және демалыс
    саябағында", "Франциядағы Лувр мұражайы") is a GPE of its own, as KazNERD valid tags it; a body
    abroad is named by its place ("Түркиядағы Қазақстан елшілігінде") and an event's title stays
    whole ("Астанадағы Алматы күндері"): FACILITY names only."""
    return start + 1 < head and case_of(sent[start]) == "locadj" and is_capitalised(sent[start + 1]) \
        and place_of([sent[start]]) is not None


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


def _person_subject(sent: Sent, k: int) -> bool:
    """A person's name in the nominative before a quoted title is the clause's subject, not part
    of the title: "Қаржы вице-министрі Дәурен Темірбеков «Ұлттық қор – балаларға» жобасы аясында"
    (a name in the genitive owns it: "Абайдың «Жидебай-Бөрілі» қорық-музейі")."""
    return case_of(sent[k]) is None and (surname_like(sent[k]) or given_name(sent[k]))


def quoted_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """`at`: the tokens passing opens_quote."""
    out = []
    for i in trigger_positions(sent.texts, opens_quote) if at is None else at:
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
        introduced = any(sent[m].lower() in TITLE_INTRODUCERS for m in range(close + 1, k))
        if before >= 0 and not introduced and sent.is_word(before) and is_capitalised(sent[before]) \
                and name_like(sent[before], sent.initial(before)) and not is_acronym(sent[before]) \
                and case_of(sent[before]) in NAME_CASES and kind != "LAW" and not place_of([sent[before]]) \
                and not _person_subject(sent, before):
            # "Абайдың «Жидебай-Бөрілі» қорық-музейі" is one name; "Қазақстанның «Нұр Отан»
            # партиясы" and "... «Білім туралы» Заңы" are the quoted name only
            out.append(Candidate(_extend_capitals(sent, before), k + 1, kind, "title-whole", 3))
        else:
            out.append(Candidate(i + 1, close, kind, "title", 3))
    return out


def law_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """"Педагог мәртебесі туралы заң" -> LAW "Педагог мәртебесі туралы" (KazNERD leaves заң out);
    `at`: the tokens passing is_about."""
    out = []
    for t in trigger_positions(sent.texts, is_about) if at is None else at:
        if not 0 < t < len(sent) - 1 or (head_noun(sent[t + 1]) or ("",))[0] != "LAW":
            continue
        j = t - 1
        while j > 0 and j > t - 4 and sent.is_word(j - 1) and case_of(sent[j - 1]) is None \
                and not is_capitalised(sent[j]):
            j -= 1
        if sent.is_word(j) and not sent.is_quote_close(t - 1):
            out.append(Candidate(j, t + 1, "LAW", "law", 2))
    return out


ABOUT = "туралы"  # "about": "... туралы заң"
ANNIVERSARY_STEM = "жылдығ"


def is_about(text: str) -> bool:
    return text.lower() == ABOUT


def anniversary_candidates(sent: Sent, at: list[int] | None = None) -> list[Candidate]:
    """"Жеңістің 75 жылдығы", "ҚР Тәуелсіздігінің 25 жылдығына", "... жетпіс жылдығы" -> EVENT;
    `at`: the tokens passing anniversary_word."""
    out = []
    for k in trigger_positions(sent.texts, anniversary_word) if at is None else at:
        if k < 2:
            continue  # a name and a number come first
        j = k - 1
        while j > 0 and k - j <= 3 and analyze_word(sent[j]) is not None:
            j -= 1  # the number, in digits or words ("жүз жетпіс бес")
        if j < k - 1 and sent.is_word(j) and is_capitalised(sent[j]) and case_of(sent[j]) == "gen":
            out.append(Candidate(_extend_capitals(sent, j), k + 1, "EVENT", "anniversary", 2))
    return out


def anniversary_word(text: str) -> bool:
    # the base form begins the word: only words starting so need the morphology
    return (text.lower().startswith(ANNIVERSARY_STEM)
            and nominative(text).startswith(ANNIVERSARY_STEM))


ANNIVERSARY_WORD = WordCache(anniversary_word)


@cache
def name_stopwords() -> frozenset[str]:
    return frozenset(read_list("name_stopwords.txt"))


def load() -> None:
    """Build the tables above now (a stage's load()), not on the first document."""
    for build in (name_stopwords,):
        build()
