"""The targets table of docs/evaluation.md: its data file and its formatting."""
from pathlib import Path

from presskz.eval.corpus import gold_documents
from presskz.eval.records import evaluate
from presskz.eval.report import format_targets, read_targets
from presskz.show.compare import gold_as_record

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ROOT / "corpora" / "releases" / "targets.tsv"


def test_every_target_names_a_figure_the_evaluator_produces():
    golds = [gold for gold, _ in gold_documents(ROOT / "corpora" / "releases" / "dev")]
    scores = evaluate(golds, [gold_as_record(gold) for gold in golds])
    for row in read_targets(TARGETS):
        assert row["metric"] in scores[row["layer"]], row
        assert 0 < float(row["at_least"]) <= 1, row


def test_a_target_is_met_on_the_test_figure_not_the_dev_one():
    targets = [{"issue": "9", "layer": "events", "metric": "f1", "at_least": "0.70"}]
    table = format_targets(targets, {"dev": {"events": {"f1": 0.9}}, "test": {"events": {"f1": 0.5}}})
    assert table.splitlines()[-1] == "| 9 | events | f1 | >= 0.70 | 0.900 | 0.500 | no |"


def test_a_missing_figure_is_a_dash_not_a_zero():
    targets = [{"issue": "9", "layer": "quotes", "metric": "speaker_right", "at_least": "0.85"}]
    table = format_targets(targets, {"dev": {"quotes": {"speaker_right": None}}, "test": {}})
    assert table.splitlines()[-1] == "| 9 | quotes | speaker_right | >= 0.85 | - | - | - |"
