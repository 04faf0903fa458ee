"""The main event of a release, the happening its headline and lead report (presskz.events.main_event),
on real sentences (tests/golden/events_main.txt: KazNERD valid, none from the release corpus)."""
import pytest
from golden_lines import golden_pairs

from presskz.eval.events import annotated_document
from presskz.events.stage import EventsStage
from presskz.people.announcement import main_event_of

CASES = [(text.replace("\\n", "\n"), expected) for text, expected in golden_pairs("events_main.txt")]


@pytest.mark.parametrize("text,expected", CASES)
def test_main_event(text, expected):
    main = main_event_of(EventsStage()(annotated_document(text)))
    assert main is not None and f"{main.type}/{main.trigger.text}" == expected


@pytest.mark.parametrize("a,b,apart", [
    (["2025"], ["2025-09"], False),  # "биыл" and "қыркүйекте": one happening told more precisely
    (["XXXX-12-19/XXXX-12-25"], ["XXXX-12-19T18:00"], False),  # a festival's days and its opening hour
    (["XXXX-09-03"], ["XXXX-09-11"], True),  # two games
    (["2025-09-03"], ["XXXX-09-03"], False),  # a year left open
    (["P30Y"], ["2021-12-16"], False),  # a duration names no calendar time
    (["2026/"], ["2027-01"], False),  # open-ended: "2026 жылдан бастап"
    (["2024"], ["2025-03-14/2025-03-23"], True)])
def test_times_apart(a, b, apart):
    from presskz.core.doc import Temporal
    from presskz.events.merge import _times_apart

    def temporals(values):
        return [Temporal(0, 1, "x", kind="date", value=v) for v in values]
    assert _times_apart(temporals(a), temporals(b)) is apart


@pytest.mark.parametrize("text,word,converb", [
    # KazNERD IOB2_valid.txt sentences: a converb before a comma closes a clause that tells how the
    # sentence's own happening came about
    ("Атқарушы продюсері Джонатан Боллен арнайы келіп , семинар өткізуде .", "продюсері", True),
    ("Бердібек Сапарбаев ауылда салынған шағын медициналық мекемелердің біріне арнайы барып , "
     "қызметкерлермен кездесті .", "мекемелердің", True),
    ("Оның аясында бизнес-форум , спорттық сайыстар ұйымдастырылып , концерт қойылды .", "концерт", False),
    # a noun ending like a converb is none ("картоп" has no past "картоды")
    ("Әзірше ешбір базарда келісі қырық теңгеден картоп , сәбіз жоқ .", "базарда", False),
    ("Келесі шешімі — автокөлік нарқына толық тексеріс жасап , бағаларды қайта бағамдау қажет .",
     "тексеріс", True)])
def test_in_converb_clause(text, word, converb):
    from presskz.events.main_event import in_converb_clause
    doc = annotated_document(text)
    span = next(t for t in doc.tokens if t.text == word)
    assert in_converb_clause(doc, span, doc.sentences[0]) is converb


@pytest.mark.parametrize("a,b,same", [
    ("ҚазҰУ түлектерінің", "ҚазҰУ түлегінің күні", True),  # case and plural aside, voiced к/г, one more word
    ("Наурызнама", "наурызнаманың", True),
    ("Барыс", "Барыс-Аренада", False),  # a hyphenated name is one word
    ("Алматы - Тәуелсіздіктің алтын бесігі", "Алматы- Тәуелсіздіктің алтын бесігі", True),
    ("Жас Ұлан", "Жас Қыран", False),
    ("Қазақ", "Қазана", False),  # only a voiced last consonant and a vowel may follow the stem
    ("Мәңгілік мұрат", "Алтын Адам", False)])
def test_same_title(a, b, same):
    from presskz.events.titles import same_title
    assert same_title(a, b) is same
