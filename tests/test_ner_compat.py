"""presskz.ner.compat: the NER export refuses a stanza minor version, and the export and the
tagger refuse model options, they were not tested with, with an error that says what is
installed and what is expected."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from presskz.ner import compat
from presskz.ner.compat import (NEUTRAL_OPTIONS, TESTED_STANZA, StanzaVersionError,
                                check_model_options, check_stanza_version)
from presskz.ner.stage import MODEL_FILE, PRETRAIN_FILE, load_tagger
from presskz.ner.tagger import NerTagger

ROOT = Path(__file__).resolve().parent.parent


def test_another_stanza_minor_version_is_refused_naming_installed_and_expected():
    with pytest.raises(StanzaVersionError) as caught:
        check_stanza_version("1.16.0", expected="1.15")
    assert "1.16.0" in str(caught.value) and "1.15" in str(caught.value)


def test_a_patch_release_of_the_tested_minor_version_is_accepted():
    check_stanza_version("1.15.3", expected="1.15")


def test_a_missing_stanza_is_reported_with_the_version_to_install(monkeypatch):
    monkeypatch.setattr(compat, "installed_stanza", lambda: None)
    with pytest.raises(StanzaVersionError, match=r"not installed: pip install 'stanza~=1\.15\.0'"):
        check_stanza_version(expected="1.15")


def test_the_installed_stanza_is_the_tested_minor_version():
    check_stanza_version()


def test_pyproject_pins_stanza_to_the_tested_minor_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [d for d in project["dependencies"] if re.match(r"stanza\b", d)]
    assert pins == [f"stanza~={TESTED_STANZA}.0"]


def test_the_export_refuses_stanza_files_under_another_stanza_version(monkeypatch, tmp_path):
    from presskz.ner.export import export_npz

    monkeypatch.setattr(compat, "installed_stanza", lambda: "1.99.0")
    with pytest.raises(StanzaVersionError, match=r"1\.99\.0"):
        export_npz(tmp_path / MODEL_FILE, tmp_path / PRETRAIN_FILE, tmp_path / "out.npz")


@pytest.mark.parametrize("option, value", [("char_lowercase", True), ("char_rec_dropout", 0.1),
                                           ("rec_dropout", 0.2)])
def test_a_model_option_the_tagger_does_not_implement_is_refused_by_name(option, value):
    args = dict(NEUTRAL_OPTIONS, **{option: value})
    with pytest.raises(ValueError, match=rf"{option}={value!r}"):
        check_model_options(args)


def test_every_unsupported_option_is_named_in_one_error():
    with pytest.raises(ValueError, match=r"char_lowercase=True, char_rec_dropout=0\.3"):
        check_model_options({"char_lowercase": True, "char_rec_dropout": 0.3})


def test_neutral_or_absent_options_are_accepted():
    check_model_options({"char_lowercase": False, "char_rec_dropout": 0.0, "dropout": 0.5})
    check_model_options({})


def test_the_shipped_model_uses_only_options_the_tagger_implements():
    args = load_tagger().args
    assert all(name in args for name in NEUTRAL_OPTIONS)
    check_model_options(args)


def test_the_tagger_checks_the_options_before_it_reads_the_model():
    tagger = NerTagger.__new__(NerTagger)
    tagger.args = {"char_lowercase": True}  # no weight is read
    with pytest.raises(ValueError, match="char_lowercase=True"):
        tagger._check_supported()
