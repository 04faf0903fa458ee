"""parse_number: golden cases, non-numbers, and an independent oracle (num2words, lang='kz')."""
import csv
import random
from pathlib import Path

import pytest
from num2words import num2words

from presskz.numbers.grammar import parse_number

DATA = Path(__file__).parent / "data"


def _rows(name):
    with open(DATA / name, encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.parametrize("row", _rows("numbers_parse.tsv"), ids=lambda r: r["text"])
def test_parse_number_reads_the_golden_value(row):
    expected = float(row["value"])
    got = parse_number(row["text"])
    assert got is not None and got == pytest.approx(expected)


@pytest.mark.parametrize("text", [r["text"] for r in _rows("numbers_not_parse.tsv")])
def test_parse_number_refuses_non_numbers_and_ungrammatical_sequences(text):
    assert parse_number(text) is None


def test_integer_values_come_back_as_int():
    assert isinstance(parse_number("1,8 млрд."), int)
    assert isinstance(parse_number("екі мың он алты"), int)


def test_num2words_kazakh_output_parses_back_for_10000_random_numbers():
    rng = random.Random(20161103)
    numbers = [rng.randrange(10**12) for _ in range(10_000)]
    wrong = [n for n in numbers if parse_number(num2words(n, lang="kz")) != n]
    assert wrong == []


@pytest.mark.parametrize("n", [0, 1, 9, 10, 11, 19, 20, 99, 100, 101, 110, 999, 1000, 1001, 1010,
                               2016, 9999, 10**4, 10**5, 10**6, 10**6 + 1, 10**9, 10**9 + 7,
                               10**12 - 1])
def test_num2words_edge_cases_parse_back(n):
    assert parse_number(num2words(n, lang="kz")) == n


def test_num2words_format_is_what_the_oracle_test_assumes():
    # the oracle writes "бір мың" where press text often has bare "мың"; both must parse
    assert num2words(1000, lang="kz") == "бір мың"
    assert parse_number("мың") == parse_number("бір мың") == 1000


from hypothesis import given, strategies as st  # noqa: E402


@given(st.integers(min_value=0, max_value=10**15))
def test_digits_with_and_without_spaced_thousands_parse_to_the_same_integer(n):
    spaced = f"{n:,}".replace(",", " ")
    assert parse_number(str(n)) == n
    assert parse_number(spaced) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=9))
def test_decimal_comma_and_point_agree(whole, tenth):
    assert (parse_number(f"{whole},{tenth}") == parse_number(f"{whole}.{tenth}")
            == pytest.approx(whole + tenth / 10))
