"""The gazetteer (rules) stage on press-style sentences that are not in the seed release."""
import pytest

from presskz.core.doc import Document
from presskz.segment.tokenizer import segment
from presskz.entities.gazetteer import GazetteerStage


def entities(text):
    doc = GazetteerStage()(segment(Document(text=text)))
    doc.check_all()
    return {(e.type, e.text, e.normalized) for e in doc.rule_entities}


@pytest.mark.parametrize("text, expected", [
    ("Делегация Ресейге және Түркиядан келді.",
     {("GPE", "Ресейге", "Ресей"), ("GPE", "Түркиядан", "Түркия")}),
    ("Қарағанды облысында жаңа мектеп салынды.", {("GPE", "Қарағанды облысында", "Қарағанды облысы")}),
    ("Абай ауданының тұрғындары жиналды.", {("GPE", "Абай", "Абай")}),
    ("Көрме Шымкент қаласында өтеді.", {("GPE", "Шымкент", "Шымкент")}),
])
def test_places_match_in_every_case_form_with_kaznerd_spans(text, expected):
    assert expected <= entities(text)


def test_a_personal_name_that_is_also_a_district_needs_the_type_word():
    assert not any(kind == "GPE" for kind, _, _ in entities("Абай ақынның өлеңдерін оқыды."))


@pytest.mark.parametrize("text, name", [
    ("Жиынды Б.Сапарбаев жүргізді.", "Б.Сапарбаев"),
    ("Сұраққа Б. Сапарбаев жауап берді.", "Б. Сапарбаев"),
    ("Шымкент қаласының әкімі Мұрат Әйтенов брифинг өткізді.", "Мұрат Әйтенов"),
    ("Марат Бекетаевқа сұрақ қойылды.", "Марат Бекетаевқа"),
])
def test_people_by_initials_given_names_and_surname_endings(text, name):
    assert name in {t for kind, t, _ in entities(text) if kind == "PERSON"}


@pytest.mark.parametrize("text, position", [
    ("Павлодар облысының әкімі жиналысты ашты.", "Павлодар облысының әкімі"),
    ("Сенат төрағасы сөз сөйледі.", "Сенат төрағасы"),
    ("Ол Әл-Фараби атындағы Қазақ ұлттық университетінің ректоры болды.",
     "Әл-Фараби атындағы Қазақ ұлттық университетінің ректоры"),
    ("Денсаулық сақтау министрінің орынбасары мәлімдеді.", "Денсаулық сақтау министрінің орынбасары"),
])
def test_positions_include_the_organisation_or_place_they_belong_to(text, position):
    assert position in {t for kind, t, _ in entities(text) if kind == "POSITION"}


def test_a_position_does_not_swallow_the_people_before_it():
    found = entities("Қазақстан Президенті Қасым-Жомарт Тоқаев Сенат төрағасымен кездесті.")
    assert ("POSITION", "Сенат төрағасымен", "Сенат төрағасы") in found
    assert any(kind == "PERSON" and "Тоқаев" in t for kind, t, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Биыл «Сыбаға» бағдарламасы аясында фермерлер несие алды.", ("PROJECT", "Сыбаға", "Сыбаға")),
    ("«Көктем әуендері» атты дәстүрлі концерт өтті.", ("EVENT", "Көктем әуендері", "Көктем әуендері")),
    ("«Қазақтелеком» АҚ жаңа тарифтерді жариялады.", ("ORGANISATION", "Қазақтелеком", "Қазақтелеком")),
    ("Қазақстан Республикасының «Білім туралы» Заңына өзгерістер енгізілді.",
     ("LAW", "Білім туралы", "Білім туралы")),
])
def test_quoted_titles_are_typed_by_the_head_noun_after_them(text, expected):
    assert expected in entities(text)


@pytest.mark.parametrize("text, expected", [
    ("Бұл туралы Денсаулық сақтау министрлігінің баспасөз қызметі хабарлады.",
     ("ORGANISATION", "Денсаулық сақтау министрлігінің баспасөз қызметі",
      "Денсаулық сақтау министрлігінің баспасөз қызметі")),
    ("Microsoft Corporation компаниясымен келісім жасалды.",
     ("ORGANISATION", "Microsoft Corporation", "Microsoft Corporation")),
    ("Smart Almaty жобасының тұсаукесері өтті.",
     ("PROJECT", "Smart Almaty жобасының", "Smart Almaty жобасы")),
    ("ЕҚЫҰ өкілдері келді.", ("ORGANISATION", "ЕҚЫҰ", "ЕҚЫҰ")),
    ("Ақтөбеліктер мерекеге дайын.", ("NORP", "Ақтөбеліктер", "Ақтөбеліктер")),
])
def test_organisations_acronyms_and_demonyms(text, expected):
    assert expected in entities(text)


def test_abbreviations_that_are_not_names_are_left_out():
    assert entities("ІЖӨ көлемі 5 пайызға өсті.") == set()


def test_sentence_initial_common_words_do_not_start_names():
    assert not any(kind == "EVENT" for kind, _, _ in entities("Бүгінгі күні жиын өтті."))


def test_rule_entities_are_flat():
    doc = GazetteerStage()(segment(Document(text=(
        "Алматы қаласы Мәдениет басқармасының басшысы Алмас Мәдиев Астанадағы көрмеге барды."))))
    spans = sorted((e.start, e.end) for e in doc.rule_entities)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("text, expected", [
    ("Жеңістің жетпіс бес жылдығына арналған жиын өтті.", ("EVENT", "Жеңістің жетпіс бес жылдығына")),
    ("Бұл туралы Елбасымыз айтты.", ("POSITION", "Елбасымыз")),
    ("Кеше Динара жарысқа қатысты.", ("PERSON", "Динара")),
    ("«Хабар» арнасының директоры сөйледі.", ("POSITION", "«Хабар» арнасының директоры")),
])
def test_anniversaries_possessive_titles_lone_given_names_quoted_owners(text, expected):
    assert expected in {(kind, t) for kind, t, _ in entities(text)}


def test_a_title_after_a_place_in_the_locative_does_not_own_it():
    found = {(kind, t) for kind, t, _ in entities("Бішкекте Президент делегацияны қабылдады.")}
    assert ("POSITION", "Президент") in found and ("GPE", "Бішкекте") in found


def test_a_code_keeps_its_article_references():
    text = "Іс Қылмыстық кодекстің 106-шы бабы, 2-нші бөлімі бойынша қозғалды."
    found = {(kind, t) for kind, t, _ in entities(text)}
    assert ("LAW", "Қылмыстық кодекстің 106-шы бабы, 2-нші бөлімі") in found


def test_a_roman_numeral_is_no_abbreviation():  # kk-text style: "XVIII ғасырдың екінші жартысы"
    found = entities("XVIII ғасырдың екінші жартысында ХХ ғасыр басталды.")
    assert not any(kind == "ORGANISATION" for kind, _, _ in found)
