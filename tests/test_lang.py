"""Script and language guesses that drive the record's language/script fields and warnings."""
from presskz.lang import detect_language, detect_script

KAZAKH = ("Алматы қаласының әкімдігінде баспасөз мәслихаты өтті, онда қаланың даму "
          "бағдарламасы туралы айтылды.")
RUSSIAN = ("В Алматы прошла пресс-конференция, посвящённая программе развития города "
           "и новым социальным проектам.")
LATIN_KK = ("Almaty qalasynyń ákimdiginde baspasóz máslihaty ótti, onda qalanyń damý "
            "baǵdarlamasy týraly aıtyldy.")


def test_kazakh_cyrillic_is_kk_without_warnings():
    assert detect_language(KAZAKH) == ("kk", [])
    assert detect_script(KAZAKH) == "cyrl"


def test_russian_text_gets_ru_and_a_warning():
    language, warnings = detect_language(RUSSIAN)
    assert language == "ru" and "Russian" in warnings[0]


def test_latin_script_kazakh_is_latn_with_a_warning():
    language, warnings = detect_language(LATIN_KK)
    assert detect_script(LATIN_KK) == "latn"
    assert language == "kk" and "Latin" in warnings[0]


def test_mixed_script_text_is_mixed():
    assert detect_script(KAZAKH + " " + LATIN_KK) == "mixed"
