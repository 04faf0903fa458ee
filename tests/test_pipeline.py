"""Pipeline specs are data: unknown stages and wrong orders fail at build time."""
from __future__ import annotations

import gc

import pytest

from presskz.core.pipeline import Pipeline, PipelineError, _stage_class, load_pipeline, read_spec
from presskz.core.stage import Stage


def test_default_and_fast_specs_build():
    assert "ner_model" in load_pipeline("default").info()["stages"]
    assert "ner_model" not in load_pipeline("fast").info()["stages"]
    assert load_pipeline("fast").info()["stages"][0] == "segment"
    model_stage = next(s for s in load_pipeline("default").stages if s.name == "ner_model")
    assert not model_stage.quantize  # the default runs the model in float (MODEL_CARD.md)


def test_int8_model_stays_a_stage_option_in_the_pipeline_spec():
    pipeline = Pipeline.from_spec({"stages": ["segment", {"ner_model": {"quantize": True}}]})
    assert pipeline.stages[1].quantize


def test_unknown_stage_name_fails_with_the_known_names():
    with pytest.raises(PipelineError, match="unknown stage 'tokenise'.*segment"):
        Pipeline.from_spec({"stages": ["tokenise"]})


def test_stage_before_its_requirements_fails_naming_the_missing_layer():
    with pytest.raises(PipelineError, match="'numbers' requires tokens"):
        Pipeline.from_spec({"stages": ["numbers", "segment"]})


def test_merge_without_rule_entities_fails():
    with pytest.raises(PipelineError, match="merge"):
        Pipeline.from_spec({"stages": ["segment", "merge"]})


def test_default_and_fast_end_with_the_announcement_stage():
    for name in ("default", "fast"):
        assert load_pipeline(name).info()["stages"][-2:] == ["people", "announcement"]


class _Rewrites(Stage):
    """Writes the quantities that the numbers stage filled but does not say it reads them."""

    name = "rewrites"
    assigns = ("quantities",)


def test_a_stage_that_rewrites_a_layer_without_requiring_it_fails():
    stages = [_stage_class(n)() for n in ("segment", "numbers")] + [_Rewrites()]
    with pytest.raises(PipelineError, match="'rewrites' assigns quantities, already there"):
        Pipeline(stages)


def test_a_layer_read_optionally_must_not_be_assigned_by_a_later_stage():
    with pytest.raises(PipelineError, match="'merge' reads model_entities if assigned, but ner_model"):
        Pipeline.from_spec({"stages": ["segment", "gazetteer", "merge", "ner_model"]})


def test_a_stage_declaring_an_unknown_layer_fails():
    class Typo(Stage):
        name = "typo"
        requires = ("tokenz",)

    with pytest.raises(PipelineError, match="'typo' declares unknown layers tokenz"):
        Pipeline([Typo()])


def test_the_given_layers_count_as_assigned_before_the_first_stage():
    class First(Stage):
        name = "first"
        requires = ("reference_date", "warnings")
        assigns = ("warnings",)

    assert Pipeline([First()]).stages


def test_bad_stage_entry_and_bad_options_fail_clearly():
    with pytest.raises(PipelineError, match="bad stage entry"):
        Pipeline.from_spec({"stages": [["segment"]]})
    with pytest.raises(PipelineError, match="bad options"):
        Pipeline.from_spec({"stages": [{"segment": {"no_such_option": 1}}]})


def test_yaml_path_works_and_a_missing_one_fails(tmp_path):
    spec = tmp_path / "mine.yaml"
    spec.write_text("name: mine\nstages: [segment, numbers]\n", encoding="utf-8")
    assert load_pipeline(str(spec)).name == "mine"
    with pytest.raises(PipelineError, match="not found"):
        read_spec(str(tmp_path / "absent.yaml"))


def test_pipeline_runs_documents_and_keeps_offsets(seed_text):
    from presskz.api import make_document
    doc = load_pipeline("fast")(make_document(seed_text))
    assert doc.sentences and all(seed_text[t.start:t.end] == t.text for t in doc.tokens)


@pytest.mark.parametrize("name", ["fast", pytest.param("default", marks=pytest.mark.slow)])
def test_stages_and_records_make_no_reference_cycles(name):
    """Batch workers pause the cyclic garbage collector around a whole partition
    (batch/partition.py): that is only free of cost while the stages and the record building
    leave no cyclic garbage behind for it to find."""
    import gc
    from pathlib import Path

    from presskz.api import make_document
    from presskz.core.record_builder import build_record

    corpora = Path(__file__).resolve().parents[1] / "corpora"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpora.rglob("*.txt"))[:8]]
    assert texts
    pipeline = load_pipeline(name)
    pipeline.pipe([make_document(t, reference_date="2016-11-03") for t in texts])  # data loaded
    docs = [make_document(t, reference_date="2016-11-03") for t in texts]
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for stage in pipeline.stages:
            docs = stage.pipe(docs)
            assert gc.collect() == 0, f"stage {stage.name!r} left reference cycles behind"
        records = [build_record(doc, pipeline).model_dump(mode="json") for doc in docs]
        assert records and gc.collect() == 0, "record building left reference cycles behind"
    finally:
        if was_enabled:
            gc.enable()


class _GcRecorder(Stage):
    """A stage that notes whether the cyclic garbage collector is on while it runs."""

    name = "gc_recorder"

    def __init__(self) -> None:
        self.seen: list[bool] = []

    def __call__(self, doc):
        self.seen.append(gc.isenabled())
        return doc


def test_a_users_pipeline_pipe_leaves_the_garbage_collector_on(seed_text):
    from presskz.api import make_document

    recorder = _GcRecorder()
    pipeline = Pipeline([*load_pipeline("fast").stages, recorder])
    assert gc.isenabled()
    pipeline.pipe([make_document(seed_text), make_document(seed_text)])
    assert recorder.seen == [True, True] and gc.isenabled()


@pytest.mark.parametrize("name", ["fast", pytest.param("default", marks=pytest.mark.slow)])
def test_extract_never_switches_the_garbage_collector_off(seed_text, monkeypatch, name):
    import presskz

    calls: list[str] = []
    monkeypatch.setattr(gc, "disable", lambda: calls.append("disable"))
    presskz.extract(seed_text, name, reference_date="2016-11-03")
    assert calls == []


def test_load_loads_the_model_now_not_on_the_first_document():
    """batch workers call Pipeline.load() so that start-up ends before the first document."""
    from presskz.ner import stage as ner_model

    pipeline = load_pipeline("default")
    ner_model._TAGGERS.clear()
    assert pipeline.load() is pipeline
    assert ner_model._TAGGERS  # the tagger is in memory before any document
    assert load_pipeline("fast").load().stages  # rule stages: nothing to load, no error
