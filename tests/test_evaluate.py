"""Scoring rules of `presskz eval` (DESIGN section 7)."""
from presskz.eval.records import evaluate

TEXT_GOLD = {
    "doc_id": "d",
    "entities": [{"start": 0, "end": 6, "text": "Алматы", "type": "GPE", "normalized": "Алматы"},
                 {"start": 10, "end": 15, "text": "Асқар", "type": "PERSON", "normalized": "Асқар"}],
    "optional_entities": [{"start": 20, "end": 35, "text": "оңтүстік астана", "type": "GPE"}],
    "quantities": [{"start": 40, "end": 43, "text": "1,8", "kind": "cardinal", "value": 1.8}],
    "temporals": [{"start": 50, "end": 54, "text": "биыл", "kind": "relative", "value": "2016"}],
    "events": [{"type": "concert", "status": "future", "when": "2016-11-05", "where": "Сарай, Астана",
                "trigger": {"start": 60, "end": 67, "text": "концерт"}}],
    "quotes": [{"start": 70, "end": 80, "text": "0123456789", "speaker": "Асқар"}],
}


def _pred(**layers):
    base = {"doc_id": "d", "entities": [], "quantities": [], "temporals": [], "events": [],
            "quotes": [], "people": []}
    return {**base, **layers}


def test_entity_needs_exact_span_and_type_and_optional_spans_are_not_penalised():
    pred = _pred(entities=[
        {"id": "e1", "start": 0, "end": 6, "type": "GPE", "normalized": "Алматы"},
        {"id": "e2", "start": 10, "end": 15, "type": "ORGANISATION", "normalized": "Асқар"},
        {"id": "e3", "start": 29, "end": 35, "type": "GPE", "normalized": "Астана"}])
    scores = evaluate([TEXT_GOLD], [pred])
    assert (scores["entities"]["tp"], scores["entities"]["fp"], scores["entities"]["fn"]) == (1, 1, 1)
    assert scores["entities.normalized"]["accuracy_on_matched"] == 1.0


def test_quantity_value_must_match_within_float_tolerance():
    ok = _pred(quantities=[{"start": 40, "end": 43, "value": 1.8000000000000003}])
    bad = _pred(quantities=[{"start": 40, "end": 43, "value": 18}])
    assert evaluate([TEXT_GOLD], [ok])["quantities"]["f1"] == 1.0
    assert evaluate([TEXT_GOLD], [bad])["quantities"]["f1"] == 0.0


def test_event_matches_on_type_overlapping_trigger_status_and_scores_when_where():
    pred = _pred(
        temporals=[{"id": "t1", "start": 0, "end": 1, "value": "2016-11-05"}],
        entities=[{"id": "e1", "start": 0, "end": 1, "type": "FACILITY", "normalized": "Сарай"}],
        events=[{"id": "ev1", "type": "concert", "status": "future", "when": ["t1"], "where": ["e1"],
                 "trigger": {"start": 58, "end": 65}}])
    scores = evaluate([TEXT_GOLD], [pred])
    assert scores["events"]["f1"] == 1.0 and scores["events.mentions"]["f1"] == 1.0
    assert scores["events"]["when_right"] == 1.0 and scores["events"]["where_right"] == 1.0
    mentions = scores["events.mentions"]
    assert mentions["future_when_right"] == 1.0 and mentions["future_where_right"] == 1.0


def test_event_with_wrong_status_is_not_matched():
    pred = _pred(events=[{"id": "ev1", "type": "concert", "status": "past", "when": [], "where": [],
                          "trigger": {"start": 60, "end": 67}}])
    assert evaluate([TEXT_GOLD], [pred])["events"]["f1"] == 0.0


def test_quote_speaker_is_checked_through_people():
    pred = _pred(people=[{"id": "p1", "name": "Асқар"}],
                 quotes=[{"id": "qt1", "start": 70, "end": 80, "speaker": "p1"}])
    quotes = evaluate([TEXT_GOLD], [pred])["quotes"]
    assert quotes["f1"] == 1.0 and quotes["speaker_right"] == 1.0


def test_missing_prediction_for_a_gold_document_is_an_error():
    import pytest
    with pytest.raises(ValueError, match="no prediction"):
        evaluate([TEXT_GOLD], [])


def test_entity_scores_are_broken_down_by_type():
    pred = _pred(entities=[{"id": "e1", "start": 0, "end": 6, "type": "GPE", "normalized": "Алматы"}])
    scores = evaluate([TEXT_GOLD], [pred])
    assert scores["entities[GPE]"]["f1"] == 1.0 and scores["entities[PERSON]"]["fn"] == 1


def test_people_match_by_name_and_positions_are_checked():
    gold = {**TEXT_GOLD, "people": [{"name": "Асқар Мамин", "positions": ["Премьер-Министр"]}]}
    pred = _pred(people=[{"id": "p1", "name": "Асқар Мамин", "positions": ["премьер-министр"]}])
    people = evaluate([gold], [pred])["people"]
    assert people["f1"] == 1.0 and people["positions_right"] == 1.0


def test_indirect_speech_is_not_counted_against_gold_that_has_only_direct_quotes():
    pred = _pred(people=[{"id": "p1", "name": "Асқар"}],
                 quotes=[{"id": "qt1", "start": 70, "end": 80, "speaker": "p1", "kind": "direct"},
                         {"id": "qt2", "start": 0, "end": 9, "speaker": "p1", "kind": "indirect"}])
    scores = evaluate([TEXT_GOLD], [pred])
    assert scores["quotes"]["f1"] == 1.0 and "quotes.indirect" not in scores


def test_people_are_not_scored_when_no_gold_annotates_them():
    assert "people" not in evaluate([TEXT_GOLD], [_pred()])


CLUSTER_GOLD = {
    "doc_id": "d",
    "events": [
        {"type": "opening", "status": "past", "cluster": "c1", "when": None, "where": "Ақтау",
         "trigger": {"start": 0, "end": 6, "text": "ашылды"}},
        {"type": "opening", "status": "past", "cluster": "c1", "when": "5 қарашада", "where": None,
         "trigger": {"start": 40, "end": 46, "text": "ашылды"}},
        {"type": "opening", "status": "past", "cluster": "c1", "when": None, "where": None,
         "trigger": {"start": 80, "end": 84, "text": "шара"}},
        {"type": "concert", "status": "future", "cluster": "c2", "when": None, "where": None,
         "trigger": {"start": 100, "end": 107, "text": "концерт"}}],
}


def _event(eid, type_, status, start, end, mentions=(), when=(), where=()):
    return {"id": eid, "type": type_, "status": status, "trigger": {"start": start, "end": end},
            "mentions": [{"start": s, "end": e} for s, e in mentions],
            "when": list(when), "where": list(where)}


def test_one_event_per_happening_scores_every_gold_cluster_once():
    pred = _pred(events=[_event("ev1", "opening", "past", 0, 6, mentions=[(40, 46), (80, 84)]),
                         _event("ev2", "concert", "future", 100, 107)])
    scores = evaluate([CLUSTER_GOLD], [pred])
    assert (scores["events"]["tp"], scores["events"]["fp"], scores["events"]["fn"]) == (2, 0, 0)
    assert scores["events.mentions"]["f1"] == 1.0


def test_a_second_event_for_a_matched_happening_is_a_duplicate_and_a_false_positive():
    pred = _pred(events=[_event("ev1", "opening", "past", 0, 6),
                         _event("ev2", "opening", "past", 80, 84)])
    events = evaluate([CLUSTER_GOLD], [pred])["events"]
    assert (events["tp"], events["fp"], events["fn"]) == (1, 1, 1)
    assert events["duplicates"] == 1


def test_happening_time_and_place_are_right_when_any_mention_states_them():
    pred = _pred(
        temporals=[{"id": "t1", "start": 30, "end": 40, "text": "5 қарашада", "value": "2016-11-05"}],
        entities=[{"id": "e1", "start": 10, "end": 18, "text": "Ақтауда", "type": "GPE",
                   "normalized": "Ақтау"}],
        events=[_event("ev1", "opening", "past", 40, 46, when=["t1"], where=["e1"])])
    events = evaluate([CLUSTER_GOLD], [pred])["events"]
    assert events["when_right"] == 1.0 and events["where_right"] == 1.0


def test_quote_speaker_may_be_a_body_named_by_speaker_entity():
    gold = {"doc_id": "d", "quotes": [
        {"start": 0, "end": 10, "text": "0123456789", "speaker": None, "kind": "indirect",
         "speaker_entity": "Төтенше жағдайлар министрлігі"}]}
    pred = _pred(entities=[{"id": "e1", "start": 20, "end": 30, "text": "министрлігінің",
                            "normalized": "Төтенше жағдайлар министрлігі", "type": "ORGANISATION"}],
                 quotes=[{"id": "qt1", "start": 2, "end": 12, "kind": "indirect", "speaker": None,
                          "speaker_entity": "e1"}])
    assert evaluate([gold], [pred])["quotes.indirect"]["speaker_right"] == 1.0


def test_issuer_outlet_and_place_are_scored_where_gold_has_an_announcement():
    gold = {"doc_id": "d", "announcement": {"issuer": "Алматы қаласы әкімдігі", "outlet": "KAZINFORM",
                                            "place": None}}
    pred = _pred(announcement={"issuer": "KAZINFORM", "outlet": None, "place": None})
    ann = evaluate([gold], [pred])["announcement"]
    assert ann["issuer_right"] == 0.0 and ann["outlet_right"] == 0.0 and ann["place_right"] == 1.0


def test_status_is_scored_over_events_that_match_a_happening_by_type_and_mention():
    pred = _pred(events=[_event("ev1", "opening", "future", 0, 6),
                         _event("ev2", "concert", "future", 100, 107)])
    events = evaluate([CLUSTER_GOLD], [pred])["events"]
    assert events["status_right"] == 0.5 and events["tp"] == 1


def test_main_event_is_right_when_the_predicted_main_event_matches_the_gold_main_cluster():
    gold = {**CLUSTER_GOLD, "announcement": {"main_event": "c1"}}
    events = [_event("ev1", "opening", "past", 0, 6), _event("ev2", "concert", "future", 100, 107)]
    right = _pred(events=events, announcement={"main_event": "ev1"})
    wrong = _pred(events=events, announcement={"main_event": "ev2"})
    assert evaluate([gold], [right])["events"]["main_event_right"] == 1.0
    assert evaluate([gold], [wrong])["events"]["main_event_right"] == 0.0


def test_an_administrative_adjective_and_its_genitive_name_the_same_issuer():
    from presskz.eval.records import same_name
    assert same_name("Ақмола облысының прокуратурасы", "Ақмола облыстық прокуратурасы")
    assert same_name("Қорғалжын ауданының соты", "Қорғалжын аудандық соты")
    assert same_name("Шымкент қалалық соты", "Шымкент қаласының соты")
    assert same_name("Батыс Қазақстан облысының мемлекеттік кірістер департаменті",
                     "облыстық мемлекеттік кірістер департаменті")  # then one part of the other
    assert not same_name("Ақмола облыстық соты", "Қорғалжын аудандық соты")
    assert not same_name("Ақмола облыстық соты", "Ақмола облыстық прокуратурасы")


def test_a_regions_abbreviation_and_its_name_name_the_same_issuer():
    from presskz.eval.records import same_name
    assert same_name("Солтүстік Қазақстан облысының Төтенше жағдайлар департаменті",
                     "СҚО төтенше жағдайлар департаменті")
    assert same_name("ШҚО Төтенше жағдайлар департаменті",
                     "Шығыс Қазақстан облысы Төтенше жағдайлар департаменті")
    assert not same_name("БҚО Төтенше жағдайлар департаменті", "СҚО Төтенше жағдайлар департаменті")


def test_an_outlet_is_right_as_its_listed_name_or_its_sites_domain():
    from presskz.eval.records import same_outlet
    assert same_outlet("otyrar.kz", "Otyrar TV") and same_outlet("Жайық пресс", "zhaikpress.kz")
    assert not same_outlet("otyrar.kz", "KAZINFORM")
