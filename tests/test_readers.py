"""Input readers: .txt via presskz.io.files, .html main text + metadata, .docx, JSONL lines."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from presskz.io.files import InputError
from presskz.io.readers import (html_block_text, load_docx, load_html, load_jsonl_line, load_txt,
                             parse_date, read_raw)

RELEASE = ("Орталық коммуникациялар қызметінде баспасөз мәслихаты өтті.\n"
           "Алматының Астанадағы күндері 5-6 қараша күндері өтеді, - деп хабарлады әкімдіктің "
           "баспасөз қызметі.")


def news_page(body_paragraphs: list[str], date: str = "2016-11-03T10:00:00+06:00") -> str:
    """A news page as CMSs render them: menu, article, sidebar of other news, footer, scripts."""
    menu = "".join(f'<li><a href="/n/{i}">Бөлім {i}</a></li>' for i in range(12))
    side = "".join(f'<li><a href="/news/{i}">Басқа жаңалық тақырыбы {i}</a></li>' for i in range(8))
    paras = "".join(f"<p>{p}</p>" for p in body_paragraphs)
    return (f'<html><head><meta charset="utf-8"><title>Алматы күндері | almaty.gov.kz</title>'
            f'<meta property="og:title" content="Алматы күндері">'
            f'<meta property="article:published_time" content="{date}">'
            f'<link rel="canonical" href="https://almaty.gov.kz/news/123">'
            f'<script>var tracking = "Басқа мәтін";</script></head><body>'
            f'<header><nav><ul>{menu}</ul></nav></header><main><article>'
            f'<h1>Алматы күндері</h1>{paras}</article>'
            f'<aside><h3>Соңғы жаңалықтар</h3><ul>{side}</ul></aside></main>'
            f'<footer>© 2016 Алматы қаласы әкімдігі. Барлық құқықтар қорғалған.</footer>'
            f'</body></html>')


@pytest.mark.parametrize("value, expected", [
    ("2016-11-03", dt.date(2016, 11, 3)), ("2016-11-03T10:00:00+06:00", dt.date(2016, 11, 3)),
    ("03.11.2016", dt.date(2016, 11, 3)), ("3/11/2016", dt.date(2016, 11, 3)),
    ("31.02.2016", None), ("yesterday", None), ("", None), (None, None), (20161103, None)])
def test_metadata_dates_are_parsed_or_refused(value, expected):
    assert parse_date(value) == expected


def test_txt_goes_through_the_shared_decoder_and_keeps_cp1251_noted():
    text = "Пресс-служба акимата Алматы сообщила о пресс-конференции."  # CP1251 has no ә қ ң
    loaded = load_txt(text.encode("cp1251"), "a.txt")
    assert loaded.source.text == text and loaded.source.encoding == "cp1251"


def test_html_main_text_drops_menus_sidebars_footers_and_scripts():
    paragraphs = RELEASE.split("\n")
    loaded = load_html(news_page(paragraphs).encode(), "p.html")
    text = loaded.source.text
    assert all(p in text for p in paragraphs)
    for furniture in ("Бөлім 3", "Басқа жаңалық", "құқықтар қорғалған", "tracking"):
        assert furniture not in text


def test_html_metadata_gives_title_date_and_url():
    loaded = load_html(news_page(RELEASE.split("\n")).encode(), "p.html")
    assert loaded.meta["title"] == "Алматы күндері"
    assert loaded.date == dt.date(2016, 11, 3)
    assert loaded.meta["url"] == "https://almaty.gov.kz/news/123"


def test_html_sha256_is_of_the_raw_bytes():
    import hashlib
    raw = news_page(["Бір абзац мәтін, ол жеткілікті ұзын болуы керек."] * 3).encode()
    assert load_html(raw, "p.html").source.sha256 == hashlib.sha256(raw).hexdigest()


def test_html_without_text_is_an_empty_input_error():
    with pytest.raises(InputError) as err:
        load_html(b"<html><body><script>x()</script></body></html>", "e.html")
    assert err.value.kind == "empty"


def test_block_text_fallback_keeps_paragraphs_and_drops_navigation():
    text = html_block_text("<body><nav><p>Мәзір</p></nav><p>Бірінші.</p><p>Екінші.</p></body>")
    assert text == "Бірінші.\nЕкінші."


def make_docx(paragraphs: list[str], table: list[list[str]] = (), title: str = "") -> bytes:
    import docx
    document = docx.Document()
    document.core_properties.title = title
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_table_cells_become_lines():
    raw = make_docx(RELEASE.split("\n"), [["Күні", "5 қараша"]], title="Хабарлама")
    loaded = load_docx(raw, "r.docx")
    assert loaded.source.text == RELEASE + "\nКүні\n5 қараша"
    assert loaded.meta["title"] == "Хабарлама" and loaded.date is None


def test_a_broken_docx_is_a_decode_error():
    with pytest.raises(InputError) as err:
        load_docx(b"PK\x03\x04 not really a zip", "bad.docx")
    assert err.value.kind == "decode"


def test_jsonl_line_reads_the_text_field_and_metadata():
    raw = json.dumps({"id": 17, "body": RELEASE, "published_at": "2016-11-03T09:00:00Z",
                      "headline": "Алматы күндері", "link": "https://x.kz/1"}, ensure_ascii=False)
    loaded = load_jsonl_line(raw.encode(), "n.jsonl:4", text_field="body")
    assert loaded.source.text == RELEASE and loaded.doc_id == "17"
    assert loaded.meta["title"] == "Алматы күндері" and loaded.meta["url"] == "https://x.kz/1"
    assert loaded.date == dt.date(2016, 11, 3)


@pytest.mark.parametrize("raw, kind", [
    (b"{not json", "bad_json"), (b"[1, 2]", "bad_json"), (b'{"body": "x"}', "missing_field"),
    (b'{"text": 5}', "missing_field"), (b'{"text": "   "}', "empty")])
def test_bad_jsonl_lines_are_input_errors(raw, kind):
    with pytest.raises(InputError) as err:
        load_jsonl_line(raw, "n.jsonl:1")
    assert err.value.kind == kind


def test_raw_reader_refuses_missing_directories_and_oversized(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 100)
    kinds = []
    for path, limit in ((tmp_path / "nope.txt", 10), (tmp_path, 10), (big, 10)):
        with pytest.raises(InputError) as err:
            read_raw(path, limit)
        kinds.append(err.value.kind)
    assert kinds == ["not_found", "is_directory", "too_large"]
