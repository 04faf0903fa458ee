"""Print a README markdown table from a sources tsv (default: ../sources_gov.tsv).

Usage: python3 readme_table.py [path/to/sources.tsv]
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    print("| id | title (as published, or first words) | publisher (kind) | outlet | published | source URL |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        title = r["title"].replace("|", "\\|")
        print(f"| `{r['doc_id']}` | {title} | {r['publisher']} ({r['publisher_kind']}) | "
              f"{r['outlet'] or 'own site'} | {r['published'] or 'not shown'} | {r['url']} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "sources_gov.tsv"))
