"""Rebuild src/presskz/data/lexicon_kk.tsv: lowercased Kazakh word forms seen at least twice.

Usage: python scripts/build_lexicon.py KK_TEXT_DIR KAZNERD_VALID_IOB2 [--out PATH]
(KazNERD test is deliberately not used: it is the evaluation split.)
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import regex

HEADER = """# Kazakh word forms (lowercased) with their counts, count >= 2, used by presskz.morph to check that a
# stripped stem is a real word. Counted over /work/shared/data/kk-text (NTREX-128, FLORES-200, SIB-200,
# UD Kazakh-KTB, KazQAD: CC BY-SA 4.0; UDHR; Kazakh government news) and KazNERD IOB2_valid.txt
# (Yeshpanov et al., LREC 2022, CC BY 4.0). Rebuilt by scripts/build_lexicon.py.
word\tcount
"""


def count_words(text_dir: Path, iob2: Path) -> Counter:
    counts: Counter = Counter()
    for name in ("kk_corpus.txt", "kk_gov_parallel_lowercased_tok.txt"):
        text = (text_dir / name).read_text(encoding="utf-8")
        counts.update(w.lower() for w in regex.findall(r"\p{Cyrillic}+", text))
    for line in iob2.read_text(encoding="utf-8").splitlines():
        token = line.rsplit(" ", 1)[0]
        if regex.fullmatch(r"\p{Cyrillic}+", token):
            counts[token.lower()] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text_dir", type=Path)
    parser.add_argument("iob2", type=Path)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).parents[1] / "src/presskz/data/lexicon_kk.tsv")
    args = parser.parse_args()
    counts = count_words(args.text_dir, args.iob2)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for word, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            if n >= 2:
                out.write(f"{word}\t{n}\n")


if __name__ == "__main__":
    main()
