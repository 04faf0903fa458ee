"""Stage.load() of the gazetteer and events stages builds every table their rules build on first
use, so that a batch's first document pays no start-up work."""
import functools

import pytest

from presskz import (
    entity_rules_codes, entity_rules_lexicon, entity_rules_names, entity_rules_people,
    entity_rules_places, entity_rules_positions, event_lexicon, event_matching, event_mentions,
    event_rules, morph, normalize,
)
from presskz.api import load_pipeline, make_document
from presskz.stages import events, gazetteer

MODULES = (entity_rules_codes, entity_rules_lexicon, entity_rules_names, entity_rules_people,
           entity_rules_places, entity_rules_positions, event_lexicon, event_matching,
           event_mentions, event_rules, morph, normalize, events, gazetteer)


def loaders() -> dict[str, functools._lru_cache_wrapper]:
    return {f"{module.__name__}.{name}": value for module in MODULES
            for name, value in vars(module).items()
            if getattr(value, "__module__", None) == module.__name__
            and getattr(value, "cache_parameters", dict)().get("maxsize") == 1}


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
