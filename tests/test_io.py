"""Bad and unusual input files: each has a defined outcome and a clear one-line error."""
from __future__ import annotations

import codecs

import pytest

from presskz.io.files import InputError, read_text_file, source_from_bytes

KAZAKH = "Алматы қаласында жаңа мектеп ашылды. Оған 1200 оқушы барады."


def test_missing_path_is_not_found(tmp_path):
    with pytest.raises(InputError) as err:
        read_text_file(tmp_path / "nope.txt")
    assert err.value.kind == "not_found" and "nope.txt" in str(err.value)


def test_directory_is_refused(tmp_path):
    with pytest.raises(InputError) as err:
        read_text_file(tmp_path)
    assert err.value.kind == "is_directory"


@pytest.mark.parametrize("raw", [b"", b"   \n\t\r\n  "])
def test_empty_and_whitespace_only_files_are_errors(tmp_path, raw):
    path = tmp_path / "empty.txt"
    path.write_bytes(raw)
    with pytest.raises(InputError) as err:
        read_text_file(path)
    assert err.value.kind == "empty"


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError) as err:
        read_text_file(path)
    assert err.value.kind == "binary"


def test_invalid_utf8_that_is_not_cyrillic_is_a_decode_error():
    with pytest.raises(InputError) as err:
        source_from_bytes("Алматы қаласы".encode()[:9] + b"\xc3\x28 abc \xa0\xa1")
    assert err.value.kind == "decode"


def test_latin1_bytes_are_a_decode_error_not_a_guess():
    with pytest.raises(InputError) as err:
        source_from_bytes("Café crème brûlée à la française".encode("latin-1"))
    assert err.value.kind == "decode"


def test_utf8_with_bom_decodes_without_the_bom():
    source = source_from_bytes(codecs.BOM_UTF8 + KAZAKH.encode("utf-8"))
    assert source.text == KAZAKH and source.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_decodes(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    source = source_from_bytes(bom + KAZAKH.encode(codec))
    assert source.text == KAZAKH and source.encoding == "utf-16"


def test_cp1251_cyrillic_text_is_decoded_and_noted():
    russian = "Пресс-служба акимата сообщает о выставке в городе."
    source = source_from_bytes(russian.encode("cp1251"))
    assert source.text == russian and source.encoding == "cp1251"


def test_text_is_kept_byte_for_byte_including_crlf():
    text = "Бірінші жол.\r\nЕкінші жол.\r\n"
    assert source_from_bytes(text.encode()).text == text


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # 50 MB sparse-ish file of text
        handle.write(("Алматы. " * 1000 + "\n").encode() * 4000)
    assert path.stat().st_size > 50_000_000
    with pytest.raises(InputError) as err:
        read_text_file(path)
    assert err.value.kind == "too_large"
    assert read_text_file(path, max_bytes=60_000_000).bytes == path.stat().st_size


def test_source_records_sha256_of_raw_bytes():
    import hashlib
    raw = KAZAKH.encode()
    assert source_from_bytes(raw).sha256 == hashlib.sha256(raw).hexdigest()
