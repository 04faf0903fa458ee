"""The dates stage on KazNERD sentences it was not written from (a small attributed sample of the
valid split, tests/data/kaznerd_dates_sample.txt): span F1 against the gold DATE/TIME spans."""
from __future__ import annotations

from pathlib import Path

from presskz.eval.dates import evaluate_sentences
from presskz.eval.kaznerd import read_iob2

SAMPLE = Path(__file__).parent / "data" / "kaznerd_dates_sample.txt"


def sample_sentences(tmp_path):
    lines = [ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    path = tmp_path / "sample.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_iob2(path)


def test_kaznerd_sample_date_time_f1_with_the_documented_mapping(tmp_path):
    scores, _ = evaluate_sentences(sample_sentences(tmp_path), exclude_non_temporal=True)
    assert scores["micro"].f1 >= 0.80


def test_sentences_without_dates_get_few_temporals(tmp_path):
    sentences = [s for s in sample_sentences(tmp_path) if all(t == "O" for t in s.tags)]
    scores, _ = evaluate_sentences(sentences)
    assert scores["micro"].fp <= len(sentences) // 10
