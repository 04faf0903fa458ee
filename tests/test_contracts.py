"""PRESSKZ_CHECK_CONTRACTS=1 (on for the whole test suite, conftest.py): a stage that touches a layer
it did not declare fails, naming the stage and the layer; the real pipelines keep their contracts."""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys

import pytest

from presskz.api import make_document
from presskz.core.contracts import ENV, ContractError
from presskz.core.pipeline import Pipeline, _stage_class, load_pipeline
from presskz.core.stage import Stage

TEXT = "Алматыда 5 қарашада көрме ашылды. Көрмеге 500 адам келді."


def segmented(*stages: Stage) -> Pipeline:
    return Pipeline([_stage_class("segment")(), *stages])


class WritesWarnings(Stage):
    name = "writes_warnings"
    requires = ("tokens",)

    def __call__(self, doc):
        doc.warnings = ["a warning"]
        return doc


class AppendsQuotes(Stage):
    name = "appends_quotes"

    def __call__(self, doc):
        doc.add("quotes", doc.span(0, 3))
        return doc


class ReadsSentences(Stage):
    name = "reads_sentences"
    requires = ("tokens",)

    def __call__(self, doc):
        len(doc.sentences)
        return doc


class ChangesTokens(Stage):
    name = "changes_tokens"
    requires = ("tokens",)

    def __call__(self, doc):
        doc.tokens[0].space_after = not doc.tokens[0].space_after
        return doc


class SwallowsTheError(Stage):
    name = "swallows"
    requires = ("tokens",)

    def __call__(self, doc):
        with contextlib.suppress(ContractError):
            doc.reference_date.isoformat()
        return doc


class DeclaresItsWrites(Stage):
    name = "declares"
    requires = ("tokens", "warnings")
    assigns = ("warnings",)

    def __call__(self, doc):
        doc.warnings.append(f"{len(doc.tokens)} tokens")
        return doc


def test_the_test_suite_and_its_subprocesses_run_with_the_check_on():
    assert os.environ[ENV] == "1"
    out = subprocess.run([sys.executable, "-c", f"import os; print(os.environ.get({ENV!r}))"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "1"


def test_assigning_an_undeclared_layer_fails_naming_stage_and_layer():
    with pytest.raises(ContractError, match="stage 'writes_warnings' assigned layer 'warnings'"):
        segmented(WritesWarnings())(make_document(TEXT))


def test_appending_to_an_undeclared_layer_fails():
    with pytest.raises(ContractError, match="stage 'appends_quotes' used layer 'quotes'"):
        segmented(AppendsQuotes())(make_document(TEXT))


def test_reading_an_undeclared_layer_fails():
    with pytest.raises(ContractError, match="stage 'reads_sentences' used layer 'sentences'"):
        segmented(ReadsSentences())(make_document(TEXT))


def test_changing_an_object_inside_a_layer_declared_only_as_read_fails():
    with pytest.raises(ContractError, match="stage 'changes_tokens' changed layer 'tokens'"):
        segmented(ChangesTokens())(make_document(TEXT))


def test_a_stage_that_catches_the_error_still_fails_when_it_returns():
    with pytest.raises(ContractError, match="stage 'swallows' used layer 'reference_date'"):
        segmented(SwallowsTheError())(make_document(TEXT))


def test_the_layers_are_back_after_a_failed_check():
    doc = make_document(TEXT, reference_date="2016-11-03")
    with pytest.raises(ContractError):
        segmented(AppendsQuotes())(doc)
    assert doc.quotes == [] and doc.reference_date.isoformat() == "2016-11-03"


def test_a_stage_that_declares_what_it_touches_passes():
    doc = segmented(DeclaresItsWrites())(make_document(TEXT))
    assert doc.warnings[-1] == f"{len(doc.tokens)} tokens"


def test_without_the_variable_nothing_is_checked(monkeypatch):
    monkeypatch.setenv(ENV, "0")
    assert segmented(WritesWarnings())(make_document(TEXT)).warnings == ["a warning"]


@pytest.mark.parametrize("name", ["fast", pytest.param("default", marks=pytest.mark.slow)])
def test_the_real_pipelines_keep_their_contracts(name, seed_text):
    for reference_date in (None, "2016-11-03"):  # the dates stage's two paths
        docs = load_pipeline(name).pipe([make_document(seed_text, reference_date=reference_date),
                                         make_document(TEXT, meta={"title": "Көрме"})])
        assert docs[0].announcement["issuer"] and docs[1].announcement["headline"] == "Көрме"
