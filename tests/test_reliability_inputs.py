"""Reliability: inputs that are too large, endless or hostile stop at the limits while reading."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile

import pytest
from click.testing import CliRunner

from presskz.cli.main import main
from presskz.io.files import InputError
from presskz.io.readers import load_docx


def docx_bytes(padding: int = 0) -> bytes:
    """A one-paragraph .docx whose document.xml carries `padding` spaces in a comment."""
    import docx

    document = docx.Document()
    document.add_paragraph("Алматы қаласының әкімі кездесу өткізді.")
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b" " * padding + b"-->", 1)
            dst.writestr(item.filename, data)
    return out.getvalue()


def test_a_docx_whose_text_expands_past_the_limit_is_refused_before_reading():
    bomb = docx_bytes(padding=3_000_000)
    assert len(bomb) < 50_000  # 40 KB on disk, 3.8 MB uncompressed
    with pytest.raises(InputError) as caught:
        load_docx(bomb, "bomb.docx", max_bytes=200_000)
    assert caught.value.kind == "too_large"
    assert "uncompressed" in caught.value.message


def test_a_docx_within_the_limit_still_reads():
    loaded = load_docx(docx_bytes(padding=1000), "ok.docx", max_bytes=200_000)
    assert "әкімі" in loaded.source.text


def test_a_docx_whose_directory_understates_its_text_is_not_read_past_it():
    raw = bytearray(docx_bytes(padding=3_000_000))
    # the central directory entry of word/document.xml: its uncompressed size, patched to 1000
    entry = raw.rfind(b"PK\x01\x02", 0, raw.rfind(b"word/document.xml"))
    raw[entry + 24:entry + 28] = (1000).to_bytes(4, "little")
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
        assert archive.getinfo("word/document.xml").file_size == 1000
    with pytest.raises(InputError):
        load_docx(bytes(raw), "liar.docx", max_bytes=200_000)


def test_extract_from_endless_stdin_stops_at_max_bytes(monkeypatch):
    from presskz.batch.partition import BatchOptions
    from presskz.cli.inputs import extract_lines

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(EndlessRaw())))
    with pytest.raises(InputError) as caught:
        extract_lines("-", None, BatchOptions(pipeline="fast", max_bytes=1000))
    assert caught.value.kind == "too_large"


class EndlessRaw(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, buffer):
        buffer[:] = b"a" * len(buffer)
        return len(buffer)

    def readall(self):
        raise AssertionError("stdin read without a bound")


def _limited_memory():
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_reading_dev_zero_stops_at_max_bytes():
    code = ("from presskz.io.files import read_text_file, InputError\n"
            "try:\n    read_text_file('/dev/zero', 1000)\n"
            "except InputError as e:\n    print(e.kind)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, preexec_fn=_limited_memory, env=os.environ)
    assert done.stdout.strip() == "too_large", done.stderr[-500:]


@pytest.mark.parametrize("value", ["0", "-5"])
def test_extract_refuses_a_max_bytes_that_is_not_positive(tmp_path, value):
    release = tmp_path / "r.txt"
    release.write_text("Алматы қаласы.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(release), "--max-bytes", value])
    assert result.exit_code == 2, result.output
    assert "--max-bytes" in result.output
