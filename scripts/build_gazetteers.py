"""Rebuild the generated gazetteer files in src/presskz/data/gazetteers/ from public sources.

Usage:
  python scripts/build_gazetteers.py --apertium-lexc apertium-kaz.kaz.lexc \
      --countries-csv country-list/data/kk/country.csv --kaznerd-valid IOB2_valid.txt

Sources (see data/gazetteers/README.md): apertium-kaz lexicon (GPL-3.0; proper-noun lists only:
given names NP-ANT-*, surnames NP-COG-*, organisations NP-ORG*), umpirsky/country-list data/kk (MIT,
CLDR names), KazNERD IOB2_valid.txt (CC BY 4.0; GPE/LOCATION/NORP spans). The KazNERD test split is
never read: it is the evaluation split; nor are the last 1,000 sentences of valid (the dev block
on which the merge policy is chosen). The hand-checked Kazakhstan files (kz_*.txt, capitals.txt)
are not generated.
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

import regex

from presskz.eval.kaznerd import read_iob2, spans_from_tags
from presskz.kk.morphology import base_form_of_name

OUT = Path(__file__).parents[1] / "src/presskz/data/gazetteers"
LEXC_ENTRY = regex.compile(r"^([^:!\s%]+(?:%[ -][^:!\s%]+)*):\S+(?:%\{[^}]*\})*\s+(NP-[A-Z-]+)\s*;")
DEV_BLOCK = 1000  # the last sentences of valid: the NER model's dev block, kept out to measure on
NOT_COUNTRIES = {"UN", "EZ"}  # the UN and the eurozone are not countries
NOT_NORP = {"кеңес"}  # "Soviet", but far more often "council" / "advice"


def write(name: str, header: str, rows: list[str], columns: str) -> None:
    text = "".join(f"# {line}\n" for line in header.strip().splitlines())
    (OUT / name).write_text(text + columns + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")


def apertium_names(path: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        match = LEXC_ENTRY.match(line)
        if match and regex.fullmatch(r"[\p{Cyrillic}\p{Latin} -]+", match.group(1).replace("%", "")):
            found[match.group(2)].add(match.group(1).replace("%", ""))
    return found


def kaznerd_spans(path: Path, types: set[str], majority: bool = False) -> dict[str, Counter]:
    """base form -> Counter of KazNERD types, for spans of `types`; with `majority`, only names
    tagged with one of `types` in most of their spans ("Абай" is mostly a PERSON)."""
    found: dict[str, Counter] = defaultdict(Counter)
    for sentence in read_iob2(path)[:-DEV_BLOCK]:
        for start, end, label in spans_from_tags(sentence.tags):
            found[base_form_of_name(" ".join(sentence.tokens[start:end]))][label] += 1
    return {name: Counter({t: n for t, n in c.items() if t in types}) for name, c in found.items()
            if sum(c[t] for t in types) * (2 if majority else 1) > (sum(c.values()) if majority else 0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apertium-lexc", type=Path, required=True)
    parser.add_argument("--countries-csv", type=Path, required=True)
    parser.add_argument("--kaznerd-valid", type=Path, required=True)
    args = parser.parse_args()
    with open(args.countries_csv, encoding="utf-8") as handle:
        countries = sorted(r["value"] for r in csv.DictReader(handle) if r["id"] not in NOT_COUNTRIES)
    write("countries.txt", "World countries and territories in Kazakh: umpirsky/country-list data/kk/"
          "country.csv (MIT; names from Unicode CLDR).", [f"{c}\tGPE" for c in countries], "name\ttype")
    names = apertium_names(args.apertium_lexc)
    given = sorted(names["NP-ANT-M"] | names["NP-ANT-F"])
    surnames = sorted(set().union(*(v for k, v in names.items() if k.startswith("NP-COG"))))
    orgs = sorted(set().union(*(v for k, v in names.items() if k.startswith("NP-ORG"))))
    lexc = "apertium-kaz apertium-kaz.kaz.lexc (GPL-3.0, github.com/apertium/apertium-kaz)"
    write("given_names.txt", f"Kazakh given names (NP-ANT-M/F) from {lexc}.", given, "name")
    write("surnames.txt", f"Surnames (NP-COG-*) from {lexc}.", surnames, "name")
    write("organisations.txt", f"Organisation names (NP-ORG*) from {lexc}.", orgs, "name")
    places = kaznerd_spans(args.kaznerd_valid, {"GPE", "LOCATION"}, majority=True)
    rows = [f"{name}\t{c.most_common(1)[0][0]}\t{sum(c.values())}" for name, c in sorted(places.items())
            if len(name) > 1 and name[0].isupper()]
    write("kaznerd_places.txt", "GPE/LOCATION names (base form, majority type, count) from KazNERD "
          "IOB2_valid.txt (Yeshpanov et al., LREC 2022, CC BY 4.0).", rows, "name\ttype\tcount")
    for kind, name in (("EVENT", "kaznerd_events.txt"), ("ORGANISATION", "kaznerd_organisations.txt")):
        found = kaznerd_spans(args.kaznerd_valid, {kind}, majority=True)
        rows = [f"{n}\t{sum(c.values())}" for n, c in sorted(found.items())
                if sum(c.values()) >= 2 and n[:1].isupper()]
        write(name, f"{kind} names seen at least twice (base form, count) in KazNERD IOB2_valid.txt "
              "(CC BY 4.0), capitalised, tagged so in most of their spans.", rows, "name\tcount")
    norp = kaznerd_spans(args.kaznerd_valid, {"NORP"})
    write("norp.txt", "NORP words (ethnonyms, demonyms; base form, lowercased) from KazNERD "
          "IOB2_valid.txt (CC BY 4.0).", sorted({n.lower() for n in norp if " " not in n} - NOT_NORP), "word")


if __name__ == "__main__":
    main()
