"""Base forms: case / possessive / plural stripping by data-driven suffix rules."""
import pytest

from presskz.kk.data import read_tsv
from presskz.kk.morphology import base_form, base_form_of_name, suffixes


@pytest.mark.parametrize("word, base", [
    ("орынды", "орын"), ("оқушыға", "оқушы"), ("мектептің", "мектеп"), ("адамға", "адам"),
    ("тоннадан", "тонна"), ("позицияға", "позиция"), ("балаларға", "бала"), ("жылдары", "жыл"),
    ("қалада", "қала"), ("елдерге", "ел"),
])
def test_base_form_of_common_words_strips_case_possessive_and_plural(word, base):
    assert base_form(word) == base


@pytest.mark.parametrize("word", ["Қазақстан", "оқушы", "Канада", "дәптер", "Алматы", "Астана"])
def test_words_that_only_look_inflected_are_left_alone(word):
    assert base_form(word) == word


@pytest.mark.parametrize("name, base", [
    ("Алматының", "Алматы"), ("Астанадағы", "Астана"), ("ОКҚ-де", "ОКҚ"), ("ІЖӨ-нің", "ІЖӨ"),
    ("Ұлттық мұражайында", "Ұлттық мұражайы"), ("Қырықбаевтың", "Қырықбаев"),
    ("Павлодарда", "Павлодар"), ("Төлегенованың", "Төлегенова"),
    ("Білім және ғылым министрлігіне", "Білім және ғылым министрлігі"),
])
def test_base_form_of_name_strips_the_case_of_the_last_word_only(name, base):
    assert base_form_of_name(name) == base


def test_base_form_of_name_keeps_inner_words_inflected():
    assert base_form_of_name("Алматының эстрада-симфониялық оркестрі") == \
        "Алматының эстрада-симфониялық оркестрі"


def test_suffix_data_files_parse():
    assert len(suffixes()) > 50
    assert all(row["layer"] in {"case", "poss", "plural"} for row in read_tsv("suffixes.tsv"))
