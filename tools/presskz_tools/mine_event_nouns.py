"""Candidate event nouns mined from raw Kazakh text, for a person to review into event_triggers.tsv.

    PYTHONPATH=src:tools python -m presskz_tools.mine_event_nouns FILE... [--min 2] > candidates.tsv

A word is counted where the text uses it as a happening: right before a verb of
event_cue_verbs.tsv that has the event as its subject ("кездесу өтті", "байқау ұйымдастырылды") or
its object ("турнир өткізді"), and right before a frame postposition of frame_postpositions.tsv
("сапар барысында", "форум аясында"). Words are grouped by their base form (presskz.kk.morphology);
those the trigger lexicon already matches are left out. Output (TSV, most counted first): base,
count as a subject, as an object, before a postposition, two example forms. The list is a candidate
list only: each entry must be read in context and given its type before it goes into the lexicon
(event nouns have other senses: "кеңес" advice/council, "кеш" late).
Used with /work/shared/data/kk-text/kk_corpus.txt and kk_gov_parallel_lowercased_tok.txt.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

from presskz.core.doc import trusted_token
from presskz.events.governed import cue_verbs
from presskz.events.mentions import frame_postpositions
from presskz.events.matching import noun_at, verb_at
from presskz.kk.morphology import base_form

WORD = regex.compile(r"[\p{L}\d]+(?:-[\p{L}\d]+)*|\S")


def _token(word: str):
    return [trusted_token(0, len(word), word, False)]


def _known(word: str) -> bool:
    """The trigger lexicon already matches this word."""
    return noun_at(_token(word), 0) is not None


def _role(word: str) -> str | None:
    """"subject" / "object" when the word is a finite cue verb, "frame" for a frame postposition."""
    if word in frame_postpositions():
        return "frame"
    hit = verb_at(_token(word), 0) if word.isalpha() else None
    return cue_verbs().get(hit[0].form) if hit and hit[1].form == "finite" else None


def mine(lines, minimum: int) -> list[tuple[str, Counter, list[str]]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        words = WORD.findall(line.lower())
        for prev, word in zip(words, words[1:]):
            if not prev.isalpha() and "-" not in prev:
                continue
            role = _role(word)
            if role is None or _known(prev):
                continue
            base = base_form(prev)
            counts[base][role] += 1
            if len(examples[base]) < 2 and f"{prev} {word}" not in examples[base]:
                examples[base].append(f"{prev} {word}")
    rows = [(b, c, examples[b]) for b, c in counts.items() if sum(c.values()) >= minimum]
    return sorted(rows, key=lambda r: -sum(r[1].values()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--min", type=int, default=2, help="least count of a candidate (default 2)")
    args = ap.parse_args(argv)
    lines = (line for path in args.files for line in path.open(encoding="utf-8"))
    print("base\tsubject\tobject\tframe\texamples")
    for base, c, ex in mine(lines, args.min):
        sys.stdout.write(f"{base}\t{c['subject']}\t{c['object']}\t{c['frame']}\t{' | '.join(ex)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
