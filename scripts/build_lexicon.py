"""Rebuild src/presskz/data/lexicon_kk.tsv: lowercased Kazakh word forms seen at least twice.

Usage: python scripts/build_lexicon.py KK_TEXT_DIR KAZNERD_VALID_IOB2 [--out PATH]
(KazNERD test is not used: it is the evaluation split; nor the last 1,000 sentences of valid,
the dev block on which the merge policy is chosen.)
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import regex

DEV_BLOCK = 1000
HEADER = """\
# Kazakh word forms (lowercased) with their counts, count >= 2, used by presskz.kk.morphology to check
# that a stripped stem is a real word. Counted over KK_TEXT_DIR, public Kazakh text (NTREX-128, FLORES-200,
# SIB-200, UD Kazakh-KTB, KazQAD: CC BY-SA 4.0; UDHR; Kazakh government news), and KazNERD IOB2_valid.txt
# (Yeshpanov et al., LREC 2022, CC BY 4.0). Rebuilt by scripts/build_lexicon.py KK_TEXT_DIR IOB2_VALID.
# inner: occurrences not at a sentence start (natural-case text only); capital: of those, capitalised
# (so capital/inner, read by presskz.entities.lexicon, says whether a word is a name or a common word
# written with a capital at a start).
word\tcount\tinner\tcapital
"""


WORD_RE = regex.compile(r"(?<![\p{L}\d])\p{Cyrillic}+(?:-\p{Cyrillic}+)?")


def count_words(text_dir: Path, iob2: Path) -> tuple[Counter, Counter, Counter]:
    """(all counts, counts inside a sentence, capitalised counts inside a sentence), lowercased keys.

    The lowercased government news counts only towards the first."""
    counts, inner, capital = Counter(), Counter(), Counter()
    lowered = (text_dir / "kk_gov_parallel_lowercased_tok.txt").read_text(encoding="utf-8")
    counts.update(w.lower() for w in WORD_RE.findall(lowered))
    sentences = (text_dir / "kk_corpus.txt").read_text(encoding="utf-8").splitlines()
    sentences += [" ".join(s) for s in _iob2_sentences(iob2)]
    for sentence in sentences:
        for i, match in enumerate(WORD_RE.finditer(sentence)):
            word = match.group()
            counts[word.lower()] += 1
            before = sentence[:match.start()].rstrip()
            if i and before and before[-1] not in ".!?:«\"(—–-":
                inner[word.lower()] += 1
                capital[word.lower()] += word[0].isupper()
    return counts, inner, capital


def _iob2_sentences(path: Path) -> list[list[str]]:
    sentences, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append(tokens)
            tokens = []
        else:
            tokens.append(line.rsplit(" ", 1)[0])
    sentences += [tokens] if tokens else []
    return sentences[:-DEV_BLOCK]  # the dev block (last 1,000 sentences) stays unseen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text_dir", type=Path)
    parser.add_argument("iob2", type=Path)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).parents[1] / "src/presskz/data/lexicon_kk.tsv")
    args = parser.parse_args()
    counts, inner, capital = count_words(args.text_dir, args.iob2)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for word, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            if n >= 2:
                out.write(f"{word}\t{n}\t{inner[word]}\t{capital[word]}\n")


if __name__ == "__main__":
    main()
