"""Evaluate entities: gold releases (seed, corpora/releases) and KazNERD (model alone vs model + rules).

Usage:
  python scripts/eval_entities.py --gold corpora/seed/*.gold.json [--pipeline default|fast] [--errors]
  python scripts/eval_entities.py --kaznerd KAZNERD [--split test|dev] [--limit N]
  python scripts/eval_entities.py --kaznerd KAZNERD --split dev --errors [--policy P]  (dev only)
  python scripts/eval_entities.py --policies --gold corpora/seed/*.gold.json --kaznerd DIR --split dev

KazNERD: `test` = sentences 1-5,650 of IOB2_test.txt (the evaluation half: never trained on, never
used to build the rules' data); `dev` = the last 1,000 sentences of IOB2_valid.txt (the NER model's
dev block, not trained on). Each sentence becomes a Document with its gold tokens
(presskz.eval.kaznerd.document_from_tokens); the gazetteer, ner_model and merge stages run on it.
Scores are exact span + type, per class and micro (all 25 classes; the rules only propose
name classes, so numeric/temporal classes come from the model in every setting). On gold files a
prediction overlapping an `optional_entities` span and matching no entity is not scored.
"""
from __future__ import annotations

import argparse
import glob
import sys
import time
from pathlib import Path

from presskz.core.doc import Document
from presskz.eval.entities import (
    drop_optional, load_gold, mismatches, normalized_accuracy, score_entities,
)
from presskz.eval.kaznerd import (
    PRF, char_span_to_tokens, document_from_tokens, format_table, read_iob2, score_spans,
    spans_from_tags,
)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))  # presskz_tools
from presskz_tools.ner_training import EVAL_SIZE
from presskz.core.pipeline import Pipeline, load_pipeline, read_spec
from presskz.entities.gazetteer import GazetteerStage
from presskz.entities.merge import DEFAULT_POLICY, POLICIES, merge_entities

DEV_SIZE = 1000


def gold_pairs(patterns: list[str]) -> list[tuple[Path, Path]]:
    paths = sorted({Path(p) for pattern in patterns for p in glob.glob(pattern)})
    return [(p, p.with_name(p.name.replace(".gold.json", ".txt"))) for p in paths]


def run_gold(pairs, pipeline: Pipeline, show_errors: bool) -> dict[str, PRF]:
    """Pooled strict scores over gold files (and normalized accuracy), printed per file."""
    gold_all, pred_all, correct, matched = [], [], 0, 0
    docs = pipeline.pipe([Document(text=t.read_text(encoding="utf-8"), doc_id=t.stem) for _, t in pairs])
    for (gold_path, text_path), doc in zip(pairs, docs):
        gold_file = load_gold(gold_path)
        gold, optional = gold_file["entities"], gold_file.get("optional_entities", [])
        kept = drop_optional(gold, doc.entities, optional)
        micro = score_entities(gold, kept)["micro"]
        ok, n = normalized_accuracy(gold, kept)
        correct, matched = correct + ok, matched + n
        print(f"{text_path.stem}: P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f} "
              f"normalized {ok}/{n}")
        if show_errors:
            print("\n".join("    " + line for line in mismatches(gold, kept, doc.text)))
        offset = len(gold_all)
        gold_all += [dict(e, start=e["start"] + offset * 10**7, end=e["end"] + offset * 10**7)
                     for e in gold]
        pred_all += [{"start": e.start + offset * 10**7, "end": e.end + offset * 10**7, "type": e.type}
                     for e in kept]
    scores = score_entities(gold_all, pred_all)
    print(f"normalized-form accuracy on matched spans: {correct}/{matched} = "
          f"{correct / max(matched, 1):.3f}")
    return scores


def kaznerd_sentences(directory: str, split: str, limit: int | None):
    if split == "test":
        sentences = read_iob2(Path(directory) / "IOB2_test.txt")[:EVAL_SIZE]
    else:
        sentences = read_iob2(Path(directory) / "IOB2_valid.txt")[-DEV_SIZE:]
    return sentences[:limit] if limit else sentences


def kaznerd_docs(sentences, with_model: bool) -> list[Document]:
    docs = [document_from_tokens(s.tokens, doc_id=f"s{i}") for i, s in enumerate(sentences)]
    stages = [GazetteerStage()]
    if with_model:
        from presskz.ner.stage import NerModelStage
        stages.append(NerModelStage())
    for stage in stages:
        docs = stage.pipe(docs)
        for doc in docs:
            doc.assigned.update(stage.assigns)
    return docs


def token_spans(doc: Document, entities) -> list[tuple[int, int, str]]:
    out = []
    for e in entities:
        found = char_span_to_tokens(doc, e.start, e.end)
        if found:
            out.append((found[0], found[1], e.type))
    return out


def kaznerd_errors(sentences, docs, policy: str) -> list[str]:
    """Per dev sentence the merge gets wrong: its text, the gold spans missed (-) and the predicted
    spans no gold span matches (+), each with its source (rule / model / both)."""
    lines = []
    for i, (sentence, doc) in enumerate(zip(sentences, docs)):
        gold = set(spans_from_tags(sentence.tags))
        chosen = merge_entities(doc, policy, keep_values=True)
        pred = {span: e.source for e in chosen for span in token_spans(doc, [e])}
        if set(pred) == gold:
            continue
        tokens = sentence.tokens
        lines.append(f"s{i}: {' '.join(tokens)}")
        lines += [f"    - {t} {' '.join(tokens[a:b])!r}" for a, b, t in sorted(gold - set(pred))]
        lines += [f"    + {span[2]} {' '.join(tokens[span[0]:span[1]])!r} ({source})"
                  for span, source in sorted(pred.items()) if span not in gold]
    return lines


def run_kaznerd(directory: str, split: str, limit: int | None, policies: list[str],
                show_errors: bool = False) -> dict:
    sentences = kaznerd_sentences(directory, split, limit)
    started = time.time()
    docs = kaznerd_docs(sentences, with_model=True)
    print(f"{len(docs)} sentences of KazNERD {split} tagged in {time.time() - started:.0f} s",
          file=sys.stderr)
    gold = [spans_from_tags(s.tags) for s in sentences]
    results = {}
    for policy in policies:
        pred = [token_spans(doc, merge_entities(doc, policy, keep_values=True)) for doc in docs]
        results[policy] = score_spans(gold, pred)
    if show_errors:  # the first policy's: the stage's, or --policy's
        print("\n".join(kaznerd_errors(sentences, docs, policies[0])))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs="*", default=[])
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("--policy", default=None, help="merge policy (default: the stage's)")
    parser.add_argument("--kaznerd")
    parser.add_argument("--split", choices=("dev", "test"), default="dev",
                        help="dev (a block of KazNERD valid, the default) or test (report only)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--policies", action="store_true", help="compare every merge policy")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    if args.errors and args.split == "test":
        parser.error("error listings are for the development split only; test is reported, never listed")
    chosen = [args.policy or DEFAULT_POLICY, "model_only"]
    policies = list(POLICIES) if args.policies else list(dict.fromkeys(chosen))
    for policy in (policies if args.gold else []):
        spec = read_spec(args.pipeline)
        pipeline = Pipeline.from_spec(spec, merge={"policy": policy}) if args.policies or args.policy \
            else load_pipeline(args.pipeline)
        print(f"## gold files, pipeline {args.pipeline}, merge policy {policy}")
        print(format_table(run_gold(gold_pairs(args.gold), pipeline, args.errors)))
        if not (args.policies or args.policy):
            break
    if args.kaznerd:
        results = run_kaznerd(args.kaznerd, args.split, args.limit, policies, args.errors)
        for policy, scores in results.items():
            label = "model alone" if policy == "model_only" else f"model + rules ({policy})"
            print(f"## KazNERD {args.split}: {label}: micro F1 {scores['micro'].f1:.4f}")
            print(format_table(scores))


if __name__ == "__main__":
    main()
