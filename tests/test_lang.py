"""Script and language guesses that drive the record's language/script fields and warnings."""
from hypothesis import given
from hypothesis import strategies as st

from presskz.kk.language import (
    KAZAKH_ONLY, _letter_counts, detect_language, detect_language_and_script, detect_script,
)

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


@given(st.sampled_from([KAZAKH, RUSSIAN, LATIN_KK, KAZAKH + " " + LATIN_KK, "", "ok"]),
       st.text(max_size=80))
def test_one_pass_gives_both_guesses(base, extra):
    text = base + extra
    assert detect_language_and_script(text) == (*detect_language(text), detect_script(text))


def _letters_by_character(text: str) -> tuple[int, int, int]:
    """The definition the byte counting implements: one Python test per character."""
    cyr = sum(1 for ch in text if ch.isalpha() and "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f"))
    return cyr, lat, sum(1 for ch in text if ch in KAZAKH_ONLY)


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x52F,
                                      blacklist_categories=("Cs",))) |
       st.text(alphabet="аәғқңөұүһіAZÀÿĀɏǵ҂\u0483×÷ 1.ʰ😀"))
def test_letter_counts_equal_per_character_counts(text):
    assert _letter_counts(text) == _letters_by_character(text)
