"""Reliability: legacy Cyrillic encodings are told apart by the letters they give, not guessed."""
from __future__ import annotations

import pytest

from presskz.io.files import InputError, source_from_bytes
from presskz.io.readers import load_html

KAZAKH = ("Алматы қаласының әкімі Бауыржан Байбек өңірдегі ұлттық жобалардың орындалуы туралы "
          "есеп берді. Ғылым және білім министрлігі үкіметтің шешімін қолдады.")
RUSSIAN = ("Аким города Алматы провёл совещание по вопросам развития общественного транспорта. "
           "Министерство образования поддержало решение правительства.")


def test_kazakh_in_the_kazakh_windows_code_page_is_read_as_kz1048():
    source = source_from_bytes(KAZAKH.encode("kz1048"))
    assert (source.text, source.encoding) == (KAZAKH, "kz1048")


def test_russian_in_koi8_r_is_read_as_koi8_r():
    source = source_from_bytes(RUSSIAN.encode("koi8-r"))
    assert (source.text, source.encoding) == (RUSSIAN, "koi8-r")


def test_russian_in_cp1251_is_still_read_as_cp1251():
    source = source_from_bytes(RUSSIAN.encode("cp1251"))
    assert (source.text, source.encoding) == (RUSSIAN, "cp1251")
    assert source.warnings == []


def test_a_cp1251_page_with_a_matching_meta_charset_is_read():
    style = "<style>" + "body { font-family: Arial, sans-serif; margin: 0 auto; }\n" * 40 + "</style>"
    page = (f'<html><head><meta charset="windows-1251">{style}<title>Хабар</title></head><body>'
            f'<article><h1>Совещание</h1><p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>')
    loaded = load_html(page.encode("cp1251"), "page.html")
    assert RUSSIAN in loaded.source.text
    assert loaded.source.encoding == "cp1251"


def test_a_page_in_koi8_r_declared_by_http_equiv_is_read():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
            f'</head><body><article><p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>')
    loaded = load_html(page.encode("koi8-r"), "page.html")
    assert RUSSIAN in loaded.source.text
    assert loaded.source.encoding == "koi8-r"


def test_a_short_legacy_text_is_read_with_a_warning_that_the_encoding_is_unsure():
    source = source_from_bytes("Иә, келісеміз.".encode("kz1048"))
    assert source.text == "Иә, келісеміз."
    assert any("unsure" in w for w in source.warnings)


def test_latin1_text_is_still_a_decode_error():
    with pytest.raises(InputError) as caught:
        source_from_bytes("Café crème brûlée à la française".encode("latin-1"))
    assert caught.value.kind == "decode"
