"""Reliability: numbers too long for Python's int-string conversion are no value, not a crash."""
from __future__ import annotations

import json

import presskz


def quantities_of(text):
    record = presskz.extract(text, pipeline="fast")
    return json.loads(record.model_dump_json())["quantities"]  # the JSON reads back in Python


def test_a_number_of_5000_digits_has_no_value():
    quantities = quantities_of("Бюджет " + "1" * 5000 + " теңге болды.")
    assert all(q["value"] is None for q in quantities)


def test_a_number_of_4500_digits_written_in_groups_has_no_value():
    quantities = quantities_of("Бюджет 1" + " 000" * 1500 + " теңге болды.")
    assert quantities and all(q["value"] is None for q in quantities)


def test_a_decimal_too_large_for_a_float_has_no_value():
    quantities = quantities_of("Бюджет " + "1" * 400 + ",5 теңге болды.")
    assert all(q["value"] is None for q in quantities)


def test_a_number_of_4300_digits_keeps_its_value():
    [quantity] = quantities_of("Бюджет " + "1" * 4300 + " теңге болды.")
    assert quantity["value"] == int("1" * 4300)
