"""The issuing body a name stands for, in its base form (the issuer of presskz.people.issuer).

- a press service is its body: "Мәжілістің баспасөз қызметі" -> "Мәжіліс";
- a state-body abbreviation is expanded: "Атырау облыстық ТЖД" -> "Атырау облыстық Төтенше жағдайлар
  департаменті";
- a position is the body it heads: "Шымкент қаласы әкімі" -> "Шымкент қаласы әкімдігі"
  (position_bodies.tsv);
- a bare administrative noun gets the release's place: "қала әкімдігі" -> "Қызылорда қаласы әкімдігі",
  "елорда әкімдігі" -> "Астана қаласы әкімдігі".
The words are body_words.tsv; any other name is returned as it is (its last word in the nominative).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

from presskz.kk.data import read_list, read_tsv
from presskz.kk.morphology import base_form_of_name

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


def without_service(name: str) -> str:
    """The name without a trailing press service, its last word in the nominative:
    "Павлодар облысы ІІД баспасөз қызметінен" -> "Павлодар облысы ІІД"."""
    base = base_form_of_name(name.strip())
    for row in _rows("service"):
        words = row["word"].split()
        if len(base.split()) > len(words) and [w.lower() for w in base.split()[-len(words):]] == words:
            return base_form_of_name(" ".join(base.split()[:-len(words)]))
    return base


def _placed(words: list[str], places: PlaceFinder | None) -> list[str]:
    """"қала әкімдігі" -> [place, "қаласы", "әкімдігі"] when the place is found."""
    row = generic_words().get(words[0].lower()) if len(words) > 1 else None
    if row is None or places is None:
        return words
    place = places(row)
    return [place, row["value"], *words[1:]] if place else words


def body_of_name(name: str, places: PlaceFinder | None = None) -> str:
    """The body this name (of an organisation, a position or a press service) stands for."""
    words = [w for word in without_service(name).split() for w in abbreviations().get(word, word).split()]
    if not words:
        return name
    if len(words) > 1 and words[-1].lower() in position_bodies():
        body = position_bodies()[words[-1].lower()]
        words = words[:-1] + ([] if body == "-" else [body])
    return " ".join(_placed(words, places))


def fixed_place(row: dict[str, str]) -> str | None:
    """The one place a generic word always names ("елорда" -> "Астана"), or None."""
    cell = row["gazetteer"]
    return cell[len(FIXED_PLACE):] if cell.startswith(FIXED_PLACE) else None
