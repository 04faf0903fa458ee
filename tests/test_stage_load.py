"""Stage.load() of the gazetteer and events stages builds every table their rules build on first
use, so that a batch's first document pays no start-up work."""
import functools
import inspect

import pytest

from presskz.entities.rules import codes as entity_rules_codes

from presskz.entities import lexicon as entity_rules_lexicon

from presskz.entities.rules import names as entity_rules_names

from presskz.entities.rules import people as entity_rules_people

from presskz.entities.rules import places as entity_rules_places

from presskz.entities.rules import positions as entity_rules_positions

from presskz.events import lexicon as event_lexicon

from presskz.events import matching as event_matching

from presskz.events import mentions as event_mentions

from presskz.events import rules as event_rules

from presskz.kk import morphology as morph

from presskz.entities import normalize
from presskz.api import load_pipeline, make_document
from presskz.events import stage as events
from presskz.entities import gazetteer

MODULES = (entity_rules_codes, entity_rules_lexicon, entity_rules_names, entity_rules_people,
           entity_rules_places, entity_rules_positions, event_lexicon, event_matching,
           event_mentions, event_rules, morph, normalize, events, gazetteer)


def loaders() -> dict[str, functools._lru_cache_wrapper]:
    """The modules' cached functions without arguments: the tables they build on first use."""
    return {f"{module.__name__}.{name}": value for module in MODULES
            for name, value in vars(module).items()
            if getattr(value, "__module__", None) == module.__name__
            and hasattr(value, "cache_info") and not inspect.signature(value).parameters}


@pytest.fixture
def cleared_loaders():
    found = loaders()
    for loader in found.values():
        loader.cache_clear()
    yield found
    for loader in found.values():  # leave them loaded for the other tests
        loader()


def test_load_builds_every_table_the_first_document_needs(seed_text, cleared_loaders):
    pipe = load_pipeline("fast")
    for stage in pipe.stages:
        if stage.name in ("gazetteer", "events"):
            stage.load()
    loaded = {name for name, loader in cleared_loaders.items() if loader.cache_info().currsize}
    assert loaded  # the loaders were found and called
    pipe(make_document(seed_text, "seed", reference_date="2016-11-03"))
    used = {name for name, loader in cleared_loaders.items() if loader.cache_info().currsize}
    assert used - loaded == set()
