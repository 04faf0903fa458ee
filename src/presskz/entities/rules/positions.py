"""POSITION rules: a position noun with everything that says whose position it is.

KazNERD and the seed gold take the whole title as one span: "Алматы әкімінің орынбасары",
"Алматы қаласы Даму орталығының басшысы", "Денсаулық сақтау министрі", "Қазақстанның Тұңғыш
Президенті", "Қала әкімінің орынбасары". Built from: a head (data/position_words.tsv), the position
words and modifiers chained before it ("әкімінің орынбасары", "бірінші орынбасары"), then the
organisation or place it belongs to (a candidate of the other rules ending right before, or a
capitalised name phrase). A bare head ("министрі") is not a span; standalone heads ("Президент",
"Елбасы", "Премьер-министр") are, and so is a title that names its holder alone in its lemma form
("- деді министр.", "Әкімнің айтуынша": position_words.tsv `alone`, release gold convention).
"""
from __future__ import annotations

from functools import cache

from presskz.entities.rules.core import IS_WORD, Candidate, Sent, WordCache, trigger_positions
from presskz.entities.lexicon import (
    alone_titles, head_noun, is_capitalised, is_genitive, nominative, position_role, position_words,
)
from presskz.entities.rules.names import name_start
from presskz.entities.rules.people import given_name, plain_name_word, surname_like
from presskz.entities.rules.places import TYPE_WORDS
from presskz.kk.data import read_list, read_tsv
from presskz.kk.morphology import case_of
from presskz.kk.orthography import AND_WORDS, RANGE_DASHES
from presskz.numbers.numeral_lexicon import analyze_word

OWNER_TYPES = {"ORGANISATION", "GPE", "FACILITY", "LOCATION"}
GENERIC_OWNERS = set().union(*TYPE_WORDS.values()) | {"ауыл", "ауылы", "мемлекет", "үкімет"}
TITLE_ROLES = ("head", "standalone", "occupation")  # position_words.tsv roles that end a title


def _chain_start(sent: Sent, p: int) -> int:
    """Leftmost token of the position words / modifiers chained before head p."""
    start = p
    while start > 0:
        prev = sent[start - 1]
        role = position_role(prev) if sent.is_word(start - 1) else None
        if role == "modifier" or (role in TITLE_ROLES and is_genitive(prev)):
            start -= 1
        elif role is None and sent.is_word(start - 1) \
                and f"{prev.lower()} {nominative(sent[start])}" in position_words():
            start -= 1  # a title of two words: "Президенттің баспасөз хатшысы", "мемлекет басшысының"
        elif prev.lower() in scope_words() and (scope := _scope_start(sent, start - 1)) is not None:
            start = scope  # "тәрбие ісі жөніндегі орынбасары"
        else:
            break
    return start


@cache
def scope_words() -> frozenset[str]:
    return frozenset(read_list("title_scope_words.txt"))


MAX_SCOPE_WORDS = 3


def _scope_start(sent: Sent, k: int) -> int | None:
    """First of the one to three lower-case words before the postposition at k that say what a
    post is for ("ерекше тапсырмалар" жөніндегі, "табиғатты қорғау" жөніндегі): no case ending
    but the accusative of a verbal noun's object, or None."""
    j = k
    while j > 0 and k - j < MAX_SCOPE_WORDS and sent.is_word(j - 1) and not is_capitalised(sent[j - 1]) \
            and case_of(sent[j - 1]) in (None, "acc"):
        j -= 1
    return j if j < k else None


def _owner_start(sent: Sent, j: int, ends: dict[int, Candidate]) -> int | None:
    """Start of the owner phrase ending at token j (inclusive), or None."""
    if j < 0 or not sent.is_word(j):
        return None
    owner = ends.get(j + 1)
    if owner is not None and owner.type in OWNER_TYPES:
        # "Алматы әкімі", "Қазақстанның елшісі"; not "Бішкекте Президент", "Қазақстандағы елшісі"
        return owner.start if case_of(sent[j]) in (None, "gen") else None
    low = nominative(sent[j])
    if low in GENERIC_OWNERS or sent[j].lower() in GENERIC_OWNERS:
        before = ends.get(j)
        if before is not None and before.type in OWNER_TYPES:
            return before.start
        # "облыс әкімі", "Қала әкімінің орынбасары": the project gold takes them as POSITION
        # (KazNERD leaves the bare "облыс әкімі" untagged; a small cost there, measured)
        return j
    if head_noun(sent[j]) and case_of(sent[j]) in (None, "gen"):
        return name_start(sent, j, quotes=True)  # not "... партиясының съезінде Мемлекет басшысы"
    return None


def _after_listed_person(sent: Sent, start: int, chain: int) -> int:
    """Where the owner phrase begins after a person's name and a conjunction it crossed:
    "Алмат Тұрысбекұлы және «Медик» кәсіподақ ұйымының төрағасы" -> "«Медик» ... төрағасы"."""
    for k in range(start + 2, chain):
        if sent[k].lower() in AND_WORDS and plain_name_word(sent[k - 1]) \
                and (given_name(sent[k - 2]) or surname_like(sent[k - 1])):
            return k + 1
    return start


def head_role(text: str) -> str | None:
    """"head", "standalone" or "occupation" when the token is a position noun that can end a title,
    else None."""
    role = position_role(text) if IS_WORD[text] else None
    return role if role in TITLE_ROLES else None


HEAD_ROLE = WordCache(head_role)


def alone_title(sent: Sent, p: int) -> bool:
    """Does the title word at p name its holder alone? Its lemma form with any case ending
    ("министр", "Әкімнің", "вице-министрден"), not counted ("242 депутат") nor the first half of
    a compound ("директор қызметінен")."""
    if nominative(sent[p]) not in alone_titles():
        return False
    if p > 0 and analyze_word(sent[p - 1]) is not None:
        return False
    nxt = p + 1
    return not (case_of(sent[p]) is None and nxt < len(sent) and sent.is_word(nxt)
                and not is_capitalised(sent[nxt]))


@cache
def _lemmas() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_tsv("position_words.tsv"))


def before_name(sent: Sent, p: int, others: list[Candidate]) -> bool:
    """Does a person's name follow the occupation at p, in the nominative: its lemma right before
    the name ("тәжірибелі боксшы Назым Қызайбай"), or any form before a dash and the name (a credit
    line, "Режиссері - Әлібек Өмірбекұлы")? A name: a PERSON candidate, or two capitalised
    name-shaped words. KazNERD leaves "төраға Си Цзиньпиннің" untagged: posts are left out."""
    word = sent[p]
    if case_of(word) is not None:
        return False
    q = p + 1
    if q < len(sent) and sent[q] in RANGE_DASHES:
        q += 1
    elif nominative(word) not in _lemmas():
        return False  # "компания басшысы": an izafet form has its owner before it
    return name_at(sent, q, others)


def name_at(sent: Sent, q: int, others: list[Candidate]) -> bool:
    """Does a person's name begin at token q: a PERSON candidate, or two capitalised name-shaped
    words?"""
    if q >= len(sent) or not is_capitalised(sent[q]):
        return False
    if any(c.start == q and c.type == "PERSON" for c in others):
        return True
    return q + 1 < len(sent) and plain_name_word(sent[q]) and plain_name_word(sent[q + 1])


def _bare_body_owner(sent: Sent, j: int, p: int, others: list[Candidate]) -> bool:
    """Is token j a body noun in lower case, bare or in the genitive, owning the title that ends
    at p right before a person's name ("кітапхана қызметкері Айгерім ...", "факультет деканы
    Мірзахан ...")? KazNERD leaves "полиция қызметкері", "компания басшысы" untagged where no
    name follows; the release gold tags the title a named holder is given."""
    if j < 0 or not sent.is_word(j) or is_capitalised(sent[j]) or case_of(sent[j]) not in (None, "gen"):
        return False
    head = head_noun(sent[j])
    return head is not None and head[0] in ("ORGANISATION", "FACILITY") and name_at(sent, p + 1, others)


def _listed_titles(sent: Sent, out: list[Candidate], others: list[Candidate]) -> list[Candidate]:
    """Occupations in their lemma form that open a list of titles before a name ("ақын,
    Қазақстанның еңбек сіңірген қайраткері Қайырбек Асанов", "айтыскер ақын, сазгер, ұстаз
    Әбдіхалық ..."): each is a POSITION of its own, as the titles after it are. Only the words
    right before a title candidate and a comma are tried."""
    starts = {c.start: c for c in out}
    found: list[Candidate] = []
    todo = sorted(out, key=lambda c: -c.start)
    while todo:
        c = todo.pop(0)
        p = c.start - 2
        if p < 0 or sent[p + 1] != "," or HEAD_ROLE[sent.texts[p]] != "occupation" \
                or case_of(sent[p]) is not None or nominative(sent[p]) not in _lemmas():
            continue
        last = c
        while last.end + 1 < len(sent) and sent[last.end] == "," and last.end + 1 in starts:
            last = starts[last.end + 1]
        if name_at(sent, last.end, others):
            cand = Candidate(_chain_start(sent, p), p + 1, "POSITION", "position", 2)
            found.append(cand)
            starts[cand.start] = cand
            todo.insert(0, cand)
    return found


def position_candidates(sent: Sent, others: list[Candidate],
                        at: list[int] | None = None) -> list[Candidate]:
    """`at`: the tokens passing head_role (the heads a title ends with)."""
    ends = {}
    for cand in sorted(others, key=lambda c: c.length):
        ends[cand.end] = cand  # the longest candidate ending at each token wins
    out = []
    texts = sent.texts
    for p in trigger_positions(texts, head_role) if at is None else at:
        role = HEAD_ROLE[texts[p]]
        chain = _chain_start(sent, p)
        # an occupation in its lemma form has no owner before it ("Жылдыз ханым академик Зейнолла")
        lemma_form = role == "occupation" and sent[p].lower() in _lemmas()
        owner = None if lemma_form else _owner_start(sent, chain - 1, ends)
        if owner is None and not lemma_form and case_of(sent[chain - 1]) not in ("loc", "locadj"):
            owner = name_start(sent, chain, max_gap=2, quotes=True)
            if owner is not None and any(given_name(sent[k]) or surname_like(sent[k])
                                         for k in range(owner, chain)):
                owner = None  # "Қасым-Жомарт Тоқаев елорда әкіміне": a person, then a position
        if owner is None and _bare_body_owner(sent, chain - 1, p, others):
            owner = chain - 1  # "кітапхана қызметкері Айгерім Алдабергенова"
        start = owner if owner is not None else chain
        start = _after_listed_person(sent, start, chain)
        if start == chain and role == "occupation" and before_name(sent, p, others):
            out.append(Candidate(chain, p + 1, "POSITION", "position", 2))  # "айтыскер ақын Бөрібай"
            continue
        if role == "occupation" and owner is None:
            continue  # "театр режиссері", "Бас бапкер": an occupation needs its owner
        bare_pair = owner is None and chain == p - 1 and not position_role(sent[chain]) \
            and position_words().get(f"{sent[chain].lower()} {nominative(sent[p])}") != "standalone"
        if (start < p and not bare_pair) or role == "standalone" or alone_title(sent, p):
            # "оның баспасөз хатшысы Берік Уәли": a two-word title with nothing else is left out
            out.append(Candidate(start, p + 1, "POSITION", "position", 2))
    return out + _listed_titles(sent, out, others)


def load() -> None:
    """Read the occupation lemmas and the scope words now (a stage's load()), not on the first
    document."""
    _lemmas()
    scope_words()
