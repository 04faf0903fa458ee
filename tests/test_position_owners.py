"""Generic owners of positions named from the release (presskz.entities.owners, issue 21)."""
import pytest

from presskz.entities.owners import named_units, owned_title

UNITS = {"облыс": "Түркістан", "аудан": "Сырдария", "қала": "Шымкент"}


@pytest.mark.parametrize("title, owned", [
    ("облыс әкімі", "Түркістан облысының әкімі"),
    ("Облыс прокуроры", "Түркістан облысының прокуроры"),
    ("облыс әкімінің орынбасары", "Түркістан облысы әкімінің орынбасары"),
    ("Қала әкімі", "Шымкент қаласының әкімі"),
    ("аудандық ішкі саясат бөлімінің басшысы", "Сырдария аудандық ішкі саясат бөлімінің басшысы"),
    ("облыстық сот төрағасы", "Түркістан облыстық сотының төрағасы"),
    ("облыстық соттың баспасөз хатшысы", "Түркістан облыстық сотының баспасөз хатшысы"),
    # a body noun qualifying another stays as written (mendykara.qostanai.media/t-uelsizdik-t-yrym)
    ("аудандық мәслихат аппаратының бас маманы", "Сырдария аудандық мәслихат аппаратының бас маманы"),
])
def test_a_generic_owner_takes_the_unit_the_release_names(title, owned):
    assert owned_title(title, UNITS) == owned


@pytest.mark.parametrize("title", ["министр", "Мемлекет басшысы", "Алматы қаласының әкімі", "облыс"])
def test_titles_without_a_generic_owner_are_left(title):
    assert owned_title(title, UNITS) is None


def test_units_are_listed_names_before_a_unit_word_and_one_of_a_kind():
    text = ("Түркістан облысы полиция департаменті ... Кеше аудан әкімі келді. Төлеби, Қазығұрт "
            "аудандарына барды. Шымкент қаласында ...")
    assert named_units(text) == {"облыс": "Түркістан", "қала": "Шымкент"}  # "Кеше" is no district
    assert named_units("Ақтөбе облысы мен Қостанай облысының әкімдері") == {}  # two regions: none


def test_a_unit_named_with_two_words_or_after_a_capitalised_word():
    # https://sputnik.kz/amp/20220316/memleket-basshysy-oblys-akimderin-qabyldady-23576933.html and
    # https://smi24.kz/kk/news/el-janalyiktaryi/oblyistyin-bas-politsey-jeke-kuram-ushn-erekshe-formatta-ote-manyizdyi-kezdesu-uyyimdastyirdyi-706304/amp
    assert named_units("Президент Шығыс Қазақстан облысының әкімі Даниал Ахметовті қабылдады.") \
        == {"облыс": "Шығыс Қазақстан"}
    assert named_units("Бүгін Түркістан облысы Полиция департаментінің бастығы жиын өткізді.") \
        == {"облыс": "Түркістан"}


def test_the_merge_stage_names_the_owner_from_the_text():
    from presskz.api import load_pipeline, make_document
    doc = load_pipeline("fast")(make_document("Түркістан облысының прокуратурасы хабарлайды. Облыс "
                                              "прокуроры Мұрат Тлеубердиев тұрғындарды қабылдады."))
    position = next(e for e in doc.entities if e.type == "POSITION")
    assert position.text == "Облыс прокуроры" and position.normalized == "Түркістан облысының прокуроры"
