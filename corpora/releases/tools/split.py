"""Split corpora/releases by publisher into dev (~60% of documents) and test (~40%).

    python corpora/releases/tools/split.py [--apply]

No publisher is in both splits. A publisher is the gold `meta.publisher` without its
parenthetical remark ("Astana city akimat (the akim's meeting)" -> "Astana city akimat"),
mapped through `publisher_groups.tsv` (bodies that are one publisher under two names, e.g. an
akimat and its department). Within each publisher kind, publishers are taken in the order of
a hash of their name (fixed, blind to any result) and each goes to the split whose share of
that kind's documents is furthest below its target, so every kind is split about 60/40.
Without --apply it prints the assignment; with --apply it moves `<id>.txt` + `<id>.gold.json`
into dev/ or test/ and writes split.tsv (publisher, kind, split, documents).
The split is made once and frozen: re-running it on a grown corpus keeps every publisher
already in split.tsv where it is and assigns only new publishers.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RELEASES = os.path.dirname(HERE)
TARGET_DEV = 0.6


def publisher_key(meta: dict, groups: dict[str, str]) -> str:
    name = re.sub(r"\s*\(.*\)\s*$", "", meta["publisher"]).strip()
    return groups.get(name, name)


def read_tsv(path: str) -> list[list[str]]:
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f.readlines()[1:] if line.strip()]


def gold_files() -> list[tuple[str, str]]:
    """(folder, doc_id) for every gold file in releases/, dev/ and test/."""
    found = []
    for folder in (RELEASES, os.path.join(RELEASES, "dev"), os.path.join(RELEASES, "test")):
        if os.path.isdir(folder):
            found += [(folder, n[: -len(".gold.json")]) for n in sorted(os.listdir(folder))
                      if n.endswith(".gold.json")]
    return found


def assign(docs: dict[str, list[str]], kinds: dict[str, str], frozen: dict[str, str]) -> dict[str, str]:
    split = dict(frozen)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for publisher in docs:
        by_kind[kinds[publisher]].append(publisher)
    for kind, publishers in sorted(by_kind.items()):
        counts = {"dev": 0, "test": 0}
        for p in publishers:
            if p in split:
                counts[split[p]] += len(docs[p])
        new = sorted((p for p in publishers if p not in split),
                     key=lambda p: hashlib.sha1(p.encode("utf-8")).hexdigest())
        for p in new:
            total = counts["dev"] + counts["test"] + len(docs[p])
            dev_gap = TARGET_DEV * total - counts["dev"]
            test_gap = (1 - TARGET_DEV) * total - counts["test"]
            split[p] = "dev" if dev_gap >= test_gap else "test"
            counts[split[p]] += len(docs[p])
    return split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    groups = {row[0]: row[1] for row in read_tsv(os.path.join(HERE, "publisher_groups.tsv"))}
    frozen = {row[0]: row[2] for row in read_tsv(os.path.join(RELEASES, "split.tsv"))}
    docs: dict[str, list[str]] = defaultdict(list)
    kinds, where = {}, {}
    for folder, doc_id in gold_files():
        with open(os.path.join(folder, doc_id + ".gold.json"), encoding="utf-8") as f:
            meta = json.load(f)["meta"]
        key = publisher_key(meta, groups)
        docs[key].append(doc_id)
        kinds[key] = meta["publisher_kind"]
        where[doc_id] = folder
    split = assign(docs, kinds, frozen)
    for publisher in sorted(docs, key=lambda p: (kinds[p], p)):
        print(f"{split[publisher]:4} {kinds[publisher]:12} {len(docs[publisher]):2} {publisher}")
    n = {s: sum(len(docs[p]) for p in docs if split[p] == s) for s in ("dev", "test")}
    print(f"dev {n['dev']} documents, test {n['test']} documents, {len(docs)} publishers")
    if not args.apply:
        return
    for publisher, ids in docs.items():
        target = os.path.join(RELEASES, split[publisher])
        os.makedirs(target, exist_ok=True)
        for doc_id in ids:
            for suffix in (".txt", ".gold.json"):
                os.replace(os.path.join(where[doc_id], doc_id + suffix), os.path.join(target, doc_id + suffix))
    with open(os.path.join(RELEASES, "split.tsv"), "w", encoding="utf-8") as f:
        f.write("publisher\tkind\tsplit\tdocuments\n")
        for publisher in sorted(docs, key=lambda p: (split[p], kinds[p], p)):
            f.write(f"{publisher}\t{kinds[publisher]}\t{split[publisher]}\t{len(docs[publisher])}\n")


if __name__ == "__main__":
    main()
