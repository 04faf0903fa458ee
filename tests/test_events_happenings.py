"""One event per happening, status from any predicate, and the main event, on real sentences
(tests/golden/events_happenings.txt: KazNERD valid and kk-text, none from the release corpus)."""
import pytest
from golden_lines import golden_pairs

from presskz.eval.events import annotated_document
from presskz.events.predicate import _future_or_past
from presskz.events.stage import EventsStage
from presskz.people.announcement import main_event_of

CASES = [(text, [] if expected == "-" else expected.split(" | "))
         for text, expected in golden_pairs("events_happenings.txt")]


def _describe(ev) -> str:
    words = [ev.trigger.text, *(m.text for m in ev.mentions)]
    return f"{ev.type}/{ev.status}/" + "+".join(words)


@pytest.mark.parametrize("text,expected", CASES)
def test_happenings(text, expected):
    events = EventsStage()(annotated_document(text)).events
    assert [_describe(ev) for ev in events] == expected


@pytest.mark.parametrize("verb,status", [
    ("жинады", "past"), ("тазалады", "past"), ("барады", "future"), ("өтеді", "future"),
    ("көрсетіледі", "future"), ("тұрады", "future"),
    # a stem's participle and verbal noun decide first: "тілді" (a noun's accusative) is no verb's past
    ("тіледі", "past"), ("арнады", "past"), ("құттықтады", "past"), ("марапаттады", "past"),
    ("жалғады", "past"), ("келеді", "future"), ("береді", "future")])
def test_ady_read_both_ways_by_the_lexicon(verb, status):
    assert _future_or_past(verb) == status


def test_main_event_is_the_one_headline_and_lead_tell():
    text = ("Облыста құсбегілер сайысы өтті\n"
            "Тегін ұйымдастырылған семинарға бұл жолы 180 ауыл кәсіпкері қатысты . "
            "Қарағанды облысында өткен халықаралық құсбегілер сайысына қатысушылар қатары осыны аңғартады .")
    doc = EventsStage()(annotated_document(text))
    assert main_event_of(doc).type == "competition"
    assert len(main_event_of(doc).mentions) == 1


def test_people_of_the_clause_take_part():
    text = "Премьер-министр Асқар Маминнің төрағалығымен мемлекеттік комиссияның селекторлық отырысы өтті ."
    doc = EventsStage()(annotated_document(text, [("Асқар Маминнің", "PERSON", "Асқар Мамин")]))
    assert [p.normalized for p in doc.events[0].participants] == ["Асқар Мамин"]


def test_amounts_are_the_counts_and_money_of_the_clause():
    from presskz.core.doc import Document
    from presskz.core.pipeline import load_pipeline
    text = "Тегін ұйымдастырылған семинарға бұл жолы 180 ауыл кәсіпкері қатысты ."
    doc = load_pipeline("fast")(Document(text))
    assert [(e.type, [q.text for q in e.amounts]) for e in doc.events] == [("seminar", ["180"])]


def test_a_named_event_linked_by_its_topic_word_is_the_title_of_the_noun_after():
    # https://bilimainasy.kz/02-02-24-03 (a school release): "«...» тақырыбында" (title_links.tsv)
    text = ("«Оқуға құштар мектеп» жобасы аясында «Сөз бенен саз секілді егіз ұғым» тақырыбында "
            "әдеби-сазды кеш ұйымдастырылды.")
    doc = EventsStage()(annotated_document(text, [("Сөз бенен саз секілді егіз ұғым", "EVENT", None)]))
    assert [(ev.type, ev.trigger.text, ev.title) for ev in doc.events] == [
        ("concert", "әдеби-сазды кеш", "Сөз бенен саз секілді егіз ұғым")]
