"""The merge stage: one flat entity layer from rule and model spans, with sources, base forms, groups."""
import pytest

from presskz.core.doc import Document, Entity
from presskz.segment.tokenizer import segment
from presskz.entities.gazetteer import GazetteerStage
from presskz.entities.merge import DEFAULT_POLICY, POLICIES, MergeStage

TEXT = ("Алматы әкімінің орынбасары Арман Қырықбаев Алматыда брифинг өткізді. "
        "Кейін А.Қырықбаев Алматының жоспарларын айтты.")


def doc_with(rule=(), model=(), model_ran=True):
    doc = segment(Document(text=TEXT))
    for layer, spans in (("rule_entities", rule), ("model_entities", model)):
        for text, kind, nth in spans:
            start = _nth(TEXT, text, nth)
            doc.add(layer, doc.span(start, start + len(text), Entity, type=kind,
                                    source=layer.split("_")[0]))
    doc.assigned.update({"rule_entities"} | ({"model_entities"} if model_ran else set()))
    return doc


def _nth(text, sub, nth):
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start


def merged(doc, policy=DEFAULT_POLICY):
    return MergeStage(policy)(doc).entities


def test_rules_win_positions_over_a_shorter_model_span():
    doc = doc_with(rule=[("Алматы әкімінің орынбасары", "POSITION", 0)], model=[("Алматы", "GPE", 0)])
    assert [(e.text, e.type, e.source) for e in merged(doc)] == [
        ("Алматы әкімінің орынбасары", "POSITION", "rule")]


def test_the_model_fills_the_rules_gaps():
    doc = doc_with(rule=[("Алматыда", "GPE", 0)],
                   model=[("Алматыда", "LOCATION", 0), ("брифинг", "EVENT", 0)])
    assert [(e.text, e.type, e.source) for e in merged(doc)] == [
        ("Алматыда", "GPE", "rule"), ("брифинг", "EVENT", "model")]


def test_by_type_lets_the_model_win_places():
    doc = doc_with(rule=[("Алматыда", "LOCATION", 0)], model=[("Алматыда", "GPE", 0)])
    assert [(e.type, e.source) for e in merged(doc, "by_type")] == [("GPE", "model")]


def test_numeric_and_temporal_model_classes_stay_in_their_own_layers():
    doc = doc_with(model=[("брифинг", "DATE", 0), ("Алматыда", "GPE", 0)])
    assert [e.type for e in merged(doc)] == ["GPE"]
    doc = doc_with(model=[("брифинг", "DATE", 0)])
    assert [e.type for e in MergeStage(keep_values=True)(doc).entities] == ["DATE"]


def test_agreeing_spans_are_marked_both():
    doc = doc_with(rule=[("Арман Қырықбаев", "PERSON", 0)], model=[("Арман Қырықбаев", "PERSON", 0)])
    assert [e.source for e in merged(doc)] == ["both"]


def test_without_a_model_stage_the_rules_alone_make_the_layer():
    doc = doc_with(rule=[("Алматыда", "GPE", 0)], model_ran=False)
    assert [(e.text, e.source) for e in merged(doc, "model_only")] == [("Алматыда", "rule")]


@pytest.mark.parametrize("policy", sorted(POLICIES))
def test_every_policy_gives_flat_sorted_entities(policy):
    doc = doc_with(rule=[("Алматы әкімінің орынбасары", "POSITION", 0), ("Арман Қырықбаев", "PERSON", 0)],
                   model=[("Алматы", "GPE", 0), ("орынбасары Арман", "PERSON", 0), ("Алматыда", "GPE", 0)])
    spans = [(e.start, e.end) for e in merged(doc, policy)]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_mentions_of_one_entity_share_a_group_and_short_forms_take_the_full_name():
    doc = MergeStage()(GazetteerStage()(segment(Document(text=TEXT))))
    by_text = {e.text: e for e in doc.entities}
    assert by_text["А.Қырықбаев"].normalized == "Арман Қырықбаев"
    assert by_text["А.Қырықбаев"].group == by_text["Арман Қырықбаев"].group
    assert by_text["Алматыда"].normalized == by_text["Алматының"].normalized == "Алматы"
    assert by_text["Алматыда"].group == by_text["Алматының"].group
    assert by_text["Алматыда"].group != by_text["Арман Қырықбаев"].group


def test_an_abbreviation_joins_the_group_of_the_name_it_abbreviates():
    text = "Орталық коммуникациялар қызметінде брифинг өтті. ОКҚ-де сөйлеген министр жауап берді."
    doc = MergeStage()(GazetteerStage()(segment(Document(text=text))))
    groups = {e.normalized: e.group for e in doc.entities}
    assert groups["ОКҚ"] == groups["Орталық коммуникациялар қызметі"]


def test_unknown_policy_is_refused():
    with pytest.raises(ValueError):
        MergeStage("coin_flip")


def test_a_title_without_its_owner_takes_the_owned_title_of_the_document():
    text = ("Денсаулық сақтау министрінің орынбасары брифинг өткізді. "
            "Министрдің орынбасары сұрақтарға жауап берді. Қала әкімі де келді.")
    doc = MergeStage()(GazetteerStage()(segment(Document(text=text))))
    by_text = {e.text: e for e in doc.entities}
    assert by_text["Министрдің орынбасары"].normalized == "Денсаулық сақтау министрінің орынбасары"
    assert by_text["Министрдің орынбасары"].group == by_text["Денсаулық сақтау министрінің орынбасары"].group


def test_people_group_words_are_normalised_to_the_singular():
    doc = MergeStage()(GazetteerStage()(segment(Document(text="Ақтөбеліктерге сыйлық берілді."))))
    assert [(e.type, e.normalized) for e in doc.entities] == [("NORP", "ақтөбелік")]


def test_a_longer_model_span_of_the_same_type_replaces_the_rule_span_inside_it():
    doc = doc_with(rule=[("Қырықбаев", "PERSON", 0)], model=[("Арман Қырықбаев", "PERSON", 0)])
    assert [(e.text, e.source) for e in merged(doc)] == [("Арман Қырықбаев", "model")]
    doc = doc_with(rule=[("Алматы", "GPE", 0)], model=[("Алматы әкімінің", "ORGANISATION", 0)])
    assert [(e.text, e.source) for e in merged(doc)] == [("Алматы", "rule")]
