"""kk.orthography: the quote marks, dashes, conjunctions, abbreviations and domains every stage shares."""
import regex

from presskz.kk import orthography as o


def test_each_curly_quote_pair_opens_and_closes_as_written():
    assert o.QUOTE_PAIRS == {"«": "»", "“": "”", "„": "“"}
    assert o.STRAIGHT_QUOTE == '"'


def test_the_english_opening_quote_also_closes_a_russian_style_quotation():
    assert "“" in o.OPENING_QUOTES and "“" in o.CLOSING_QUOTES
    assert o.CLOSING_ONLY_QUOTES == {"»", "”"}


def test_ambiguous_quotes_are_the_marks_that_may_open_or_close():
    assert o.AMBIGUOUS_QUOTES == {'"', "“", "'"}
    assert {"‘", "'"} <= o.ANY_OPENING_QUOTES and {"’", "'"} <= o.ANY_CLOSING_QUOTES


def test_hyphens_join_and_dashes_separate():
    assert o.HYPHENS == {"-", "\u2010", "\u2011"}
    assert o.RANGE_DASHES == o.HYPHENS | {"–", "—"} and o.HORIZONTAL_BAR not in o.RANGE_DASHES


def test_a_dash_character_class_matches_exactly_its_marks():
    pattern = regex.compile(o.char_class(o.RANGE_DASHES))
    assert all(pattern.fullmatch(mark) for mark in o.RANGE_DASHES)
    assert not pattern.fullmatch(o.HORIZONTAL_BAR) and not pattern.fullmatch("a")


def test_conjunctions_are_and_and_the_three_forms_of_with():
    assert o.AND_WORDS == ("және", "мен", "бен", "пен")


def test_the_number_reader_keeps_the_period_of_units_and_large_numbers_only():
    assert {"млрд", "млн", "трлн", "км", "ж"} <= o.PERIOD_KEEPING_WORDS
    assert "т.б" not in o.PERIOD_KEEPING_WORDS and "мин" not in o.PERIOD_KEEPING_WORDS


def test_an_abbreviation_for_the_number_reader_only_is_not_a_token_abbreviation():
    assert "ш" in o.PERIOD_KEEPING_WORDS and "ш." not in o.TOKEN_ABBREVIATIONS
    assert o.TOKEN_ABBREVIATIONS["млрд."] == "inner" and o.TOKEN_ABBREVIATIONS["т.б."] == "final"


def test_url_domains_and_site_name_domains_come_from_one_list():
    assert o.URL_TLDS[:3] == ("kz", "ru", "com") and "қаз" in o.URL_TLDS
    assert {"kz", "KZ", "news", "qaz"} <= set(o.SITE_TLDS) and "gov" not in o.SITE_TLDS


def test_short_titles_are_measured_in_characters_for_numbers_and_tokens_for_events():
    assert (o.SHORT_TITLE_CHARS, o.SHORT_TITLE_TOKENS, o.TITLE_HEAD_GAP) == (60, 10, 4)
