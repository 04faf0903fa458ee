"""Print the README table of the dev additions of 2026-12-08 (annotator dev2b) from ../sources_dev2b.tsv.

Run: cd corpora/releases/tools && python3 readme_table_dev2b.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    with open(os.path.join(HERE, "..", "sources_dev2b.tsv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    print("| id | title (as published, or first words) | publisher (kind) | outlet | published "
          "| source URL |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        cells = [f"`{r['doc_id']}`", r["title"], f"{r['publisher']} ({r['publisher_kind']})",
                 r["outlet"] or "own site", r["published"] or "not shown", r["url"]]
        print("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")


if __name__ == "__main__":
    main()
