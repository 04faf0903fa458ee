"""Reliability: output and errors files never overwrite an input, and bad output paths fail in one line."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from batch_corpus import make_releases
from presskz.cli.main import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_batch_refuses_an_output_that_is_its_input_and_leaves_it_untouched(tmp_path):
    [release] = make_releases(tmp_path / "in", 1)
    before = release.read_bytes()
    result = run("batch", release, "-o", release, "--pipeline", "fast")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "input" in result.output
    assert release.read_bytes() == before


def test_batch_refuses_an_errors_file_inside_an_input_folder(tmp_path):
    [release] = make_releases(tmp_path / "in", 1)
    target = tmp_path / "in" / "r2.txt"
    target.write_text("Алматы қаласы.", encoding="utf-8")
    result = run("batch", tmp_path / "in", "-o", tmp_path / "out.jsonl", "--errors", target,
                 "--pipeline", "fast")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "Алматы қаласы."
    assert not (tmp_path / "out.jsonl").exists()


def test_batch_refuses_an_output_inside_an_input_folder_by_its_resolved_path(tmp_path):
    make_releases(tmp_path / "in", 1)
    (tmp_path / "link").symlink_to(tmp_path / "in")
    result = run("batch", tmp_path / "in", "-o", tmp_path / "link" / "out.jsonl",
                 "--pipeline", "fast")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert not (tmp_path / "in" / "out.jsonl").exists()


def test_extract_refuses_an_output_that_is_one_of_its_inputs(tmp_path):
    [release] = make_releases(tmp_path / "in", 1)
    before = release.read_bytes()
    result = run("extract", release, "-o", release, "--pipeline", "fast")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert release.read_bytes() == before


# --- odd characters and ids at input -----------------------------------------------------------

def test_a_nul_after_the_binary_check_window_is_replaced_and_warned(tmp_path):
    from presskz.io.files import read_text_file
    path = tmp_path / "r.txt"
    path.write_bytes(("Алматы қаласы. " * 800).encode() + b"\x00" + "Астана.".encode())
    source = read_text_file(path)
    assert "\x00" not in source.text and len(source.text) == len(path.read_bytes().decode())
    assert any("NUL" in w for w in source.warnings)


def test_a_jsonl_text_with_a_nul_gives_a_record_without_it_and_a_warning(tmp_path):
    import json
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "n1", "text": "Алматы\u0000 қаласы."}) + "\n",
                    encoding="utf-8")
    result = run("batch", feed, "-o", tmp_path / "out.jsonl", "--pipeline", "fast")
    assert result.exit_code == 0
    [record] = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert "\\u0000" not in json.dumps(record) and any("NUL" in w for w in record["warnings"])


def test_an_over_long_jsonl_id_becomes_a_bounded_doc_id_that_keeps_it_apart(tmp_path):
    import json
    feed = tmp_path / "feed.jsonl"
    ids = ["я" * 3000 + "1", "я" * 3000 + "2"]
    feed.write_text("".join(json.dumps({"id": i, "text": "Алматы қаласы."}, ensure_ascii=False)
                            + "\n" for i in ids), encoding="utf-8")
    assert run("batch", feed, "-o", tmp_path / "out.jsonl", "--pipeline", "fast").exit_code == 0
    doc_ids = [json.loads(x)["doc_id"] for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(set(doc_ids)) == 2
    assert all(len(d.encode()) <= 1024 and d.startswith("яяя") for d in doc_ids)


# --- extract reads every format as batch does --------------------------------------------------

HTML = """<html><head><title>Алматыда көрме ашылды</title>
<meta name="date" content="2016-11-03"></head><body><nav>Басты бет | Жаңалықтар</nav>
<article><h1>Алматыда көрме ашылды</h1><p>Ертең Алматы қаласында Абай атындағы опера және
балет театрында үлкен концерт өтеді. Концертке 4500 көрермен келеді деп күтілуде.</p>
<p>Бұл туралы қала әкімдігінің баспасөз қызметі хабарлады.</p></article>
<script>var x = "Астана";</script></body></html>"""


def batch_records(tmp_path, path):
    out = tmp_path / "batch-out" / "out.jsonl"
    assert run("batch", path, "-o", out, "--pipeline", "fast").exit_code in (0, 1)
    import json
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def extract_records(path):
    import json
    result = run("extract", path, "--pipeline", "fast")
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]


def test_extract_reads_an_html_page_as_its_main_text_like_batch(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    [record] = extract_records(page)
    assert record["source"]["encoding"] == "utf-8" and record["entities"]
    assert not any("<" in e["text"] or "script" in e["text"] for e in record["entities"])
    assert [record] == batch_records(tmp_path, page)


def test_extract_reads_each_line_of_a_jsonl_file_as_a_document_like_batch(tmp_path):
    import json
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"n{i}", "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(["Алматыда көрме ашылды.",
                                                   "Астанада концерт өтті."])), encoding="utf-8")
    records = extract_records(feed)
    assert [r["doc_id"] for r in records] == ["n0", "n1"]
    assert records == batch_records(tmp_path, feed)


def test_extract_reads_a_docx_as_its_paragraphs_like_batch(tmp_path):
    docx = pytest.importorskip("docx")
    path = tmp_path / "release.docx"
    document = docx.Document()
    document.add_paragraph("Алматыда 5 қарашада үлкен концерт өтеді.")
    document.save(path)
    [record] = extract_records(path)
    assert record["source"]["encoding"] == "docx"
    assert [record] == batch_records(tmp_path, path)
