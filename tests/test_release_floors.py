"""Regression floors on the frozen test split of the release corpus (issue 18).

The committed figures (corpora/releases/figures.json, written by `make eval-figures`) are the
default pipeline's per-layer F1 on corpora/releases/test; a layer that falls more than 0.02
below its figure fails. Only aggregate F1 is shown: no per-document listing of test items."""
import json
from pathlib import Path

import pytest

from presskz import load_pipeline
from presskz.eval.corpus import gold_documents, predict
from presskz.eval.records import evaluate

ROOT = Path(__file__).resolve().parents[1]
FIGURES = ROOT / "corpora" / "releases" / "figures.json"
TOLERANCE = 0.02


@pytest.fixture(scope="module")
def test_split_scores():
    figures = json.loads(FIGURES.read_text(encoding="utf-8"))
    golds = gold_documents(ROOT / "corpora" / "releases" / "test")
    assert len(golds) >= 40, "the test split has gone missing"
    pipeline = load_pipeline(figures["pipeline"])
    return figures["f1"]["test"], evaluate([g for g, _ in golds], predict(pipeline, golds))


@pytest.mark.slow
@pytest.mark.parametrize("layer", ["entities", "quantities", "temporals", "events", "quotes"])
def test_no_layer_falls_below_its_committed_figure_on_the_test_split(test_split_scores, layer):
    committed, scores = test_split_scores
    assert scores[layer]["f1"] >= committed[layer] - TOLERANCE, (
        f"{layer} F1 {scores[layer]['f1']:.3f} < committed {committed[layer]:.3f} - {TOLERANCE}")
