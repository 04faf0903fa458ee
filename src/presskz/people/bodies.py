"""The issuing body a name stands for, in its base form (the issuer of presskz.people.issuer).

- a press service is its body: "Мәжілістің баспасөз қызметі" -> "Мәжіліс";
- a state-body abbreviation is expanded: "Атырау облыстық ТЖД" -> "Атырау облыстық Төтенше жағдайлар
  департаменті";
- a position is the body it heads or serves in: "Шымкент қаласы әкімі" -> "Шымкент қаласы әкімдігі",
  "Атырау облысы прокурорының көмекшісі" -> "Атырау облысы прокуратурасы" (position_bodies.tsv);
- a bare administrative noun gets the release's place: "қала әкімдігі" -> "Қызылорда қаласы әкімдігі",
  "елорда әкімдігі" -> "Астана қаласы әкімдігі".
The words are body_words.tsv; any other name is returned as it is (its last word in the nominative).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from presskz.kk.data import read_list, read_tsv
from presskz.kk.morphology import base_form_of_name, case_of, strip_layer

PlaceFinder = Callable[[dict[str, str]], str | None]  # a generic row -> the place's name, or None
FIXED_PLACE = "="  # a generic row's gazetteer cell naming its one place ("=Астана")


@cache
def _rows(role: str) -> tuple[dict[str, str], ...]:
    return tuple(r for r in read_tsv("body_words.tsv") if r["role"] == role)


@cache
def position_bodies() -> dict[str, str]:
    return {r["head"]: r["body"] for r in read_tsv("position_bodies.tsv")}


@cache
def abbreviations() -> dict[str, str]:
    return {r["word"]: r["value"] for r in _rows("abbreviation")}


@cache
def generic_words() -> dict[str, dict[str, str]]:
    return {r["word"]: r for r in _rows("generic")}


@cache
def gazetteer_names(relative: str) -> frozenset[str]:
    return frozenset(read_list(relative))


@cache
def place_before_re(relative: str, word: str) -> regex.Pattern:
    """A place of the gazetteer written before a form of `word` ("Түркістан облысының")."""
    names = "|".join(map(regex.escape, sorted(gazetteer_names(relative), key=len, reverse=True)))
    return regex.compile(rf"(?<![\p{{L}}\d])(?P<place>{names})\s+{regex.escape(word)}\p{{L}}*")


def without_service(name: str) -> str:
    """The name without a trailing press service, its last word in the nominative:
    "Павлодар облысы ІІД баспасөз қызметінен" -> "Павлодар облысы ІІД"."""
    base = base_form_of_name(name.strip())
    for row in _rows("service"):
        words = row["word"].split()
        if len(base.split()) > len(words) and [w.lower() for w in base.split()[-len(words):]] == words:
            return base_form_of_name(" ".join(base.split()[:-len(words)]))
    return base


@cache
def generic_adjectives() -> dict[str, dict[str, str]]:
    return {r["word"]: r for r in _rows("generic_adjective")}


@cache
def izafet_forms() -> dict[str, str]:
    """A body head noun's nominative -> its izafet form ("әкімдік" -> "әкімдігі"; head_nouns.tsv)."""
    return {r["lemma"]: r["izafet"] for r in read_tsv("head_nouns.tsv") if r["type"] == "ORGANISATION"}


def _placed(words: list[str], places: PlaceFinder | None) -> list[str]:
    """"қала әкімдігі" -> [place, "қаласы", "әкімдігі"], "қалалық әкімдік" -> [place, "қаласы",
    "әкімдігі"] when the place is found."""
    if len(words) < 2 or places is None:
        return words
    first = words[0].lower()
    adjective = generic_adjectives().get(first) if len(words) == 2 else None
    if adjective is not None and words[1].lower() in izafet_forms():
        place = places(adjective)
        return [place, adjective["value"], izafet_forms()[words[1].lower()]] if place else words
    row = generic_words().get(first)
    if row is None:
        return words
    place = places(row)
    return [place, row["value"], *words[1:]] if place else words


def _words(name: str) -> list[str]:
    """The name's words without a trailing press service, its abbreviations expanded."""
    return [w for word in without_service(name).split() for w in abbreviations().get(word, word).split()]


def body_of_name(name: str, places: PlaceFinder | None = None) -> str:
    """The body this name (of an organisation, a position or a press service) stands for."""
    words = _words(name)
    if not words:
        return name
    head = position_head(words)
    if head is not None and head == len(words) - 1:
        words = _headed(words, head)
    return " ".join(_placed(words, places))


def body_of_position(name: str, places: PlaceFinder | None = None) -> str | None:
    """The body a position serves in, or None: "Шымкент қаласы әкімі" -> "Шымкент қаласы әкімдігі",
    "Атырау облысы прокурорының аға көмекшісі" -> "Атырау облысы прокуратурасы", "ҚР Сыртқы істер
    министрлігінің ресми өкілі" -> "ҚР Сыртқы істер министрлігі" (the last word, after the first,
    that is a position head of position_bodies.tsv or a body head of head_nouns.tsv, else an
    institution in the genitive: "... кітапханасының директоры" -> "... кітапханасы")."""
    words = _words(name)
    head, body = position_head(words), body_head(words)
    body = institution_owner(words) if body is None else body
    if head is None and body is None:
        return None
    # a body in the genitive before the head owns the post ("... прокуратурасының аға прокуроры" ->
    # the prosecutor's office, not an office of "аға прокурор")
    owned = body is not None and case_of(words[body]) == "gen"
    if body is None or (head is not None and head > body and not owned):
        words = _headed(words, head)  # type: ignore[arg-type]
    else:
        words = words[:body] + [strip_layer(words[body], "case")]
    return body_of_name(" ".join(words), places) if words else None


def _headed(words: list[str], head: int) -> list[str]:
    body = position_bodies()[strip_layer(words[head], "case").lower()]
    return words[:head] + ([] if body == "-" else [body])


def position_head(words: list[str]) -> int | None:
    """The index of the last word (after the first) that is a position's head, in any case form
    (position_bodies.tsv: "әкімі", "прокурорының")."""
    return next((k for k in range(len(words) - 1, 0, -1)
                 if strip_layer(words[k], "case").lower() in position_bodies()), None)


@cache
def body_heads() -> frozenset[str]:
    """The izafet forms of the head nouns that end a body's name (head_nouns.tsv ORGANISATION)."""
    return frozenset(r["izafet"] for r in read_tsv("head_nouns.tsv") if r["type"] == "ORGANISATION")


@cache
def institution_heads() -> tuple[str, ...]:
    """Stems heading a named institution that can issue its own release (institution_heads.tsv)."""
    return read_list("institution_heads.tsv")


@cache
def chief_roles() -> tuple[str, ...]:
    """Words naming the chief of a body, nominative (chief_roles.tsv: "директор", "басшы")."""
    return read_list("chief_roles.tsv")


def institution_owner(words: list[str]) -> int | None:
    """The index of the last word (after the first) naming an institution in the genitive before
    its chief's post ("ШҚ облыстық ... кітапханасының директоры орынбасары"); a pupil or a
    student of a school ("№ 5 мектептің оқушысы") does not speak for it."""
    owner = next((k for k in range(len(words) - 1, 0, -1) if case_of(words[k]) == "gen"
                  and strip_layer(words[k], "case").lower().startswith(institution_heads())), None)
    chief = owner is not None and any(w.lower().startswith(chief_roles()) for w in words[owner + 1:])
    return owner if chief else None


@cache
def bare_heads() -> frozenset[str]:
    """The bare forms of those head nouns, which end a name whose first word is an adjective
    rather than a genitive ("Бас прокуратураның", "Ұлттық банктің"; head_nouns.tsv ORGANISATION)."""
    return frozenset(r["lemma"] for r in read_tsv("head_nouns.tsv") if r["type"] == "ORGANISATION")


def body_head(words: list[str]) -> int | None:
    """The index of the last word (after the first) that ends a body's name, in any case form
    ("министрлігінің", "қауымдастығының", "Бас прокуратураның")."""
    return next((k for k in range(len(words) - 1, 0, -1) if _ends_body(words, k)), None)


def _ends_body(words: list[str], k: int) -> bool:
    """Whether words[k] ends a body's name: an izafet head in any case, or a bare head with a case
    ending or last ("Бас прокуратураның"; not the "департамент" of "департамент бастығы", a
    compound post)."""
    bare = strip_layer(words[k], "case").lower()
    if bare in body_heads():
        return True
    return bare in bare_heads() and (bare != words[k].lower() or k == len(words) - 1)


def fixed_place(row: dict[str, str]) -> str | None:
    """The one place a generic word always names ("елорда" -> "Астана"), or None."""
    cell = row["gazetteer"]
    return cell[len(FIXED_PLACE):] if cell.startswith(FIXED_PLACE) else None


@cache
def fixed_places() -> dict[str, str]:
    """Every generic word that always names one place, with that place ("елорда": "Астана")."""
    return {word: place for word, row in generic_words().items() if (place := fixed_place(row))}


@cache
def legal_form_words() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(a legal form's words, its abbreviation), the longest first (org_heads.tsv)."""
    rows = ((tuple(r["meaning"].lower().split()), r["abbreviation"]) for r in read_tsv("org_heads.tsv"))
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def _same_stem(word: str, form: str) -> bool:
    """"қоғамы" of "қоғам", "серіктестігі" of "серіктестік": all letters but the form's last (which
    may voice before a suffix) and the word no shorter."""
    return len(word) >= len(form) and word.startswith(form[:-1])


def short_legal_form(name: str) -> str:
    """A body's name with its legal form written out abbreviated, as releases and their readers
    name it: "«Қазақтелеком» акционерлік қоғамы" -> "«Қазақтелеком» АҚ"."""
    words = name.split()
    last = words[-1].lower() if words else ""
    for form, abbreviation in legal_form_words():
        if not _same_stem(last, form[-1]):
            continue  # the last word rules out most forms before the others are read
        tail = [w.lower() for w in words[-len(form):]]
        if len(words) > len(form) and all(_same_stem(w, f) for w, f in zip(tail, form)):
            return " ".join(words[:-len(form)] + [abbreviation])
    return name
