"""A position's generic owner named from the release: "облыс әкімі" -> "Түркістан облысының әкімі".

Gold writes a position's normalized form with whose post it is (GUIDELINES.md); a release says
"облыс әкімі", "облыстық соттың баспасөз хатшысы", "аудан әкімі" once it has named the unit
("Түркістан облысы", "Сырдария ауданы әкімінің баспасөз қызметі"). When the text names exactly one
listed unit of that kind (data/position_owners.tsv: region, city, district, before its unit word
in any singular form), the generic owner word is replaced by that name:
- "облыс әкімі" -> "Түркістан облысының әкімі" (owner + one word: the genitive);
- "облыс әкімінің орынбасары" -> "Қостанай облысы әкімінің орынбасары" (a longer title: the
  possessive, the next word carries the genitive);
- "аудандық ішкі саясат бөлімінің басшысы" -> "Сырдария аудандық ..." (the adjective: the name
  before it); a body noun right after the adjective ("облыстық соттың", "облыстық сот
  төрағасы") takes its possessive genitive after a name ("Қызылорда облыстық сотының ...").
No unit named, or two of a kind, leaves the position as written.
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.entities.lexicon import districts, nominative, places, position_role, regions
from presskz.kk.data import read_tsv
from presskz.kk.morphology import BACK, base_form_of_name, case_of, split_suffix, strip_layer

NAME_WORD = r"\p{Lu}[\p{Ll}'’-]+"


@cache
def owner_forms() -> dict[str, dict[str, str]]:
    """Lowercased owner word or adjective -> its row (word, adjective, possessive, genitive, gazetteer)."""
    table = {}
    for row in read_tsv("position_owners.tsv"):
        table[row["word"]] = table[row["adjective"]] = row
    return table


@cache
def _unit_re() -> regex.Pattern:
    words = "|".join(row["word"] for row in read_tsv("position_owners.tsv"))
    return regex.compile(rf"((?:{NAME_WORD}\s+)?{NAME_WORD})\s+(({words})\p{{Ll}}*)")


def _listed(name: str, gazetteer: str) -> bool:
    low = name.lower()
    if gazetteer == "region":
        return low in regions()
    if gazetteer == "district":
        return low in districts()
    return places().get(low, ("", ""))[1] in ("city", "city_ambiguous", "capital")


def _plural(word: str) -> bool:
    return split_suffix(strip_layer(strip_layer(word, "case"), "poss"), "plural")[1] is not None


def _unit_name(words: str, gazetteer: str) -> str | None:
    """The listed unit the words before a unit word name: both ("Шығыс Қазақстан облысы"), else
    the last ("Бүгін Түркістан облысында"), in its base form; None when neither is listed."""
    split = words.split()
    for parts in (split, split[-1:]) if len(split) > 1 else (split,):
        base = " ".join([*parts[:-1], base_form_of_name(parts[-1])])
        if _listed(base, gazetteer):
            return base
    return None


def named_units(text: str) -> dict[str, str]:
    """Owner word -> the one listed unit of its kind the text names before it ("Түркістан облысы")."""
    found: dict[str, set[str]] = {}
    rows = owner_forms()
    for m in _unit_re().finditer(text):
        if _plural(m.group(2)):
            continue  # "Төлеби, Қазығұрт аудандарына": one of several
        row = rows[m.group(3)]
        name = _unit_name(m.group(1), row["gazetteer"])
        if name is not None:
            found.setdefault(row["word"], set()).add(name)
    return {word: next(iter(names)) for word, names in found.items() if len(names) == 1}


@cache
def _izafets() -> dict[str, str]:
    """Body noun -> its 3rd-person possessive (head_nouns.tsv: "сот" -> "соты")."""
    return {r["lemma"]: r["izafet"] for r in read_tsv("head_nouns.tsv") if r["izafet"] != r["lemma"]}


def _izafet_genitive(word: str) -> str | None:
    """"сот"/"соттың" -> "сотының": a body noun's possessive genitive, or None."""
    izafet = _izafets().get(nominative(word)) if case_of(word) in (None, "gen") else None
    if izafet is None:
        return None
    return izafet + ("ның" if izafet[-1] in BACK else "нің")


def _titled(body: str, after: str) -> bool:
    """Is the word after a body noun a title or the body noun already in the genitive? Not when
    it is another noun the body qualifies ("мәслихат аппаратының бас маманы")."""
    return case_of(body) == "gen" or position_role(after) is not None


def owned_title(title: str, units: dict[str, str]) -> str | None:
    """The title with its generic owner named, or None when it has none or the text names none."""
    words = title.split()
    if len(words) < 2:
        return None
    row = owner_forms().get(words[0].lower())
    name = units.get(row["word"]) if row else None
    if row is None or name is None:
        return None
    rest = words[1:]
    if words[0].lower() == row["adjective"]:
        # "облыстық сот төрағасы" -> "... сотының төрағасы"; a compound stays ("мәслихат аппаратының")
        genitive = _izafet_genitive(rest[0]) if len(rest) > 1 and _titled(rest[0], rest[1]) else None
        if genitive is not None:
            rest = [genitive] + rest[1:]
        return " ".join([name, row["adjective"], *rest])
    owner = row["genitive"] if len(rest) == 1 else row["possessive"]
    return " ".join([name, owner, *rest])


def load() -> None:
    """Compile the unit pattern now (a stage's load()), not on the first document that names one."""
    _unit_re()
