"""What the batched NER tagger was tested against: the stanza minor version and the model options.

presskz.ner.export reads Stanza's saved files (parameter names, vocabulary layouts, LSTM gate
order), which change between minor versions: it checks the stanza version before it reads them.
presskz.ner.tagger implements only the model options our training script uses: the export and
the tagger both check them, so that a mismatch is a clear error rather than an error deep in the
tagger or, worse, silently different tags. The runtime itself no longer needs stanza.
"""
from __future__ import annotations

from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, version
from typing import Any

# The minor version the tagger is tested with; pyproject.toml pins "stanza~=<this>.0" (a test
# keeps the two in step).
TESTED_STANZA = "1.15"

# Stanza model options that change what inference computes and that the loop does not
# implement, each with the value under which the loop is still exact.
#   char_lowercase: Stanza lowercases the characters fed to the character model; we do not.
#   char_rec_dropout, rec_dropout: non-zero swaps nn.LSTM for Stanza's LSTMwRecDropout, whose
#   per-cell weights the loop does not read.
NEUTRAL_OPTIONS: dict[str, Any] = {"char_lowercase": False, "char_rec_dropout": 0,
                                   "rec_dropout": 0}


class StanzaVersionError(RuntimeError):
    """The installed stanza is not the minor version the NER tagger was tested with."""


def installed_stanza() -> str | None:
    """The installed stanza's version string, or None when stanza is not installed."""
    try:
        return version("stanza")
    except PackageNotFoundError:
        return None


def minor(version_string: str) -> str:
    """"1.15.0" -> "1.15"."""
    return ".".join(version_string.split(".")[:2])


def check_stanza_version(installed: str | None = None, expected: str = TESTED_STANZA) -> None:
    """Raises StanzaVersionError unless `installed` (default: the installed stanza) has the
    expected minor version."""
    installed = installed if installed is not None else installed_stanza()
    if installed is None:
        raise StanzaVersionError(f"the NER model needs stanza {expected}.x, which is not "
                                 f"installed: pip install 'stanza~={expected}.0'")
    if minor(installed) != expected:
        raise StanzaVersionError(
            f"the NER tagger was tested with stanza {expected}.x but stanza {installed} is "
            f"installed: pip install 'stanza~={expected}.0'")


def check_model_options(args: Mapping[str, Any]) -> None:
    """Raises ValueError naming every option of a saved model's `args` that the batched tagger
    does not implement (a missing option counts as Stanza's default, which is neutral)."""
    unsupported = [f"{name}={args[name]!r}" for name, neutral in NEUTRAL_OPTIONS.items()
                   if name in args and args[name] not in (None, neutral)]
    if unsupported:
        raise ValueError(f"NER model uses options the batched tagger does not implement: "
                         f"{', '.join(unsupported)} (retrain with "
                         f"{', '.join(f'{n}={v!r}' for n, v in NEUTRAL_OPTIONS.items())})")
