"""`presskz show`: every layer marked in place, overlapping spans readable, text escaped."""
import json

from click.testing import CliRunner

from presskz.cli.main import main
from presskz.show.compare import compare_page, error_classes, gold_as_record
from presskz.show.marks import Mark, render_text, segments
from presskz.show.page import record_page

TEXT = "Алматы әкімінің орынбасары 5 қарашада 1,8 млрд. теңге бөлді."


def _record():
    return {"doc_id": "d", "entities": [
        {"id": "e1", "start": 0, "end": 26, "text": TEXT[0:26], "type": "POSITION", "normalized": TEXT[0:26]},
        {"id": "e2", "start": 0, "end": 6, "text": "Алматы", "type": "GPE", "normalized": "Алматы"}],
        "quantities": [{"id": "q1", "start": 38, "end": 53, "text": TEXT[38:53], "kind": "money",
                        "value": 1800000000, "unit": "KZT", "approx": None}],
        "temporals": [{"id": "t1", "start": 27, "end": 37, "text": TEXT[27:37], "kind": "date",
                       "value": "2016-11-05"}],
        "events": [{"id": "ev1", "type": "other", "status": "past", "trigger": {"start": 54, "end": 59,
                    "text": "бөлді"}, "mentions": [], "when": ["t1"], "where": [], "participants": ["e1"],
                    "organizer": [], "amounts": ["q1"]}],
        "quotes": [], "people": [], "announcement": {"issuer": None}}


def test_segments_cut_at_every_boundary_and_list_the_covering_marks_outermost_first():
    marks = [Mark(0, 10, "entities", "a", "", ""), Mark(2, 4, "quantities", "b", "", "")]
    cut = [(s.start, s.end, [m.ident for m in s.marks]) for s in segments("0123456789xx", marks)]
    assert cut == [(0, 2, ["a"]), (2, 4, ["a", "b"]), (4, 10, ["a"]), (10, 12, [])]


def test_every_span_of_the_record_is_marked_once_as_first_piece():
    import re
    page = record_page(_record(), TEXT)
    firsts = [i for group in re.findall(r'data-first="([^"]*)"', page) for i in group.split()]
    assert sorted(firsts) == ["e1", "e2", "ev1", "q1", "t1"]


def test_events_table_has_a_row_per_event_with_its_arguments():
    page = record_page(_record(), TEXT)
    table = page.split('<table class="events">')[1].split("</table>")[0]
    assert table.count("<tr>") == 2 and "2016-11-05" in table and "1800000000" in table


def test_a_release_holding_markup_shows_it_as_text():
    text = "<script>alert(1)</script> Алматы"
    record = {"doc_id": "<b>x</b>", "entities": [{"id": "e1", "start": 26, "end": 32, "text": "Алматы",
                                                 "type": "GPE", "normalized": "<i>"}]}
    page = record_page(record, text)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "<b>x</b>" not in page and "<i>" not in page


def test_rendered_text_keeps_the_original_characters_in_order():
    html_text = render_text(TEXT, [Mark(0, 26, "entities", "e1", "", ""),
                                   Mark(0, 6, "entities", "e2", "", "")])
    import re
    assert re.sub(r"<[^>]+>", "", html_text) == TEXT


def test_gold_misses_and_false_positives_are_marked():
    gold = {"doc_id": "d", "entities": [{"start": 0, "end": 6, "text": "Алматы", "type": "GPE",
                                         "normalized": "Алматы"},
                                        {"start": 27, "end": 37, "text": TEXT[27:37], "type": "EVENT",
                                         "normalized": "x"}],
            "events": [], "quotes": []}
    pred = _record()
    gold_classes, pred_classes = error_classes(gold_as_record(gold), pred)
    assert gold_classes == {"ge2": "miss"}
    assert pred_classes["e1"] == "fp" and "e2" not in pred_classes
    page = compare_page(gold, pred, TEXT)
    assert 'class="fp' in page or " fp" in page


def test_show_command_writes_a_page_for_a_record_file(tmp_path):
    src = tmp_path / "r.txt"
    src.write_text(TEXT, encoding="utf-8")
    import hashlib
    sha256 = hashlib.sha256(src.read_bytes()).hexdigest()
    record = {**_record(), "source": {"path": str(src), "sha256": sha256}}
    (tmp_path / "r.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["show", str(tmp_path / "r.json"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Алматы" in out.read_text(encoding="utf-8")


def test_show_refuses_a_record_whose_source_changed(tmp_path):
    src = tmp_path / "r.txt"
    src.write_text(TEXT, encoding="utf-8")
    record = {**_record(), "source": {"path": str(src), "sha256": "0" * 64}}
    (tmp_path / "r.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(tmp_path / "r.json")])
    assert result.exit_code != 0 and "changed" in result.output


def test_batch_html_writes_a_page_per_record_and_an_index(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Астанада 5 қарашада концерт өтеді.", encoding="utf-8")
    out, pages = tmp_path / "out.jsonl", tmp_path / "pages"
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(out), "--pipeline", "fast",
                                       "--html", str(pages)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in pages.iterdir()) == ["a.html", "b.html", "index.html"]
    index = (pages / "index.html").read_text(encoding="utf-8")
    assert 'href="a.html"' in index and 'href="b.html"' in index
    assert "концерт" in (pages / "b.html").read_text(encoding="utf-8")


def test_compare_marks_as_false_positives_only_what_eval_counts():
    gold = {"doc_id": "d", "entities": [], "quotes": [], "events": [],
            "optional_entities": [{"start": 0, "end": 6, "text": "Алматы", "type": "GPE"}]}
    pred = {"doc_id": "d", "entities": [{"id": "e1", "start": 0, "end": 6, "text": "Алматы", "type": "GPE"}],
            "quotes": [{"id": "qt1", "start": 27, "end": 37, "text": TEXT[27:37], "kind": "indirect"}]}
    _, pred_classes = error_classes(gold_as_record(gold), pred)
    assert pred_classes == {}


def test_an_entity_type_holding_markup_is_escaped_in_the_legend():
    record = {"doc_id": "d", "entities": [{"id": "e1", "start": 0, "end": 6, "text": "Алматы",
                                           "type": 'X"><script>alert(1)</script>'}]}
    assert "<script>alert(1)" not in record_page(record, TEXT)
