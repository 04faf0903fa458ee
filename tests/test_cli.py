"""The presskz command line: extract, schema, validate, eval, and their error exits."""
from __future__ import annotations

import json

from conftest import ROOT, SEED_GOLD, SEED_TEXT

from presskz.cli.main import EXIT_INPUT, EXIT_INVALID, EXIT_PIPELINE


def test_extract_prints_a_valid_record_for_the_seed(cli):
    result = cli("extract", str(SEED_TEXT), "--pipeline", "fast", "--reference-date", "2016-11-03")
    record = json.loads(result.output)
    assert result.exit_code == 0
    assert record["doc_id"] == "almaty-days-in-astana" and record["reference_date"] == "2016-11-03"
    assert record["source"]["encoding"] == "utf-8" and record["source"]["bytes"] > 4000
    assert cli("validate", "-", input=result.output).exit_code == 0


def test_extract_reads_stdin(cli):
    result = cli("extract", "-", "--pipeline", "fast", input="Алматыда көрме ашылды.".encode())
    assert json.loads(result.output)["doc_id"] == "stdin"


def test_extract_several_files_gives_json_lines(cli, tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Астанада форум өтеді.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = cli("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--pipeline", "fast",
                 "-o", str(out))
    assert result.exit_code == 0
    assert [json.loads(x)["doc_id"] for x in out.read_text().splitlines()] == ["a", "b"]


def test_missing_file_is_one_line_error_with_input_exit_code(cli):
    result = cli("extract", "no/such/file.txt", "--pipeline", "fast")
    assert result.exit_code == EXIT_INPUT
    assert "no such file" in result.output and len(result.output.strip().splitlines()) == 1


def test_directory_given_to_extract_points_to_batch(cli, tmp_path):
    result = cli("extract", str(tmp_path), "--pipeline", "fast")
    assert result.exit_code == EXIT_INPUT and "batch" in result.output


def test_one_bad_file_among_several_still_outputs_the_good_one(cli, tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Шымкентте концерт өтті.", encoding="utf-8")
    bad.write_bytes(b"")
    result = cli("extract", str(good), str(bad), "--pipeline", "fast")
    assert result.exit_code == EXIT_INVALID
    assert '"doc_id": "good"' in result.output and "empty file" in result.output


def test_unknown_pipeline_is_a_pipeline_error(cli):
    result = cli("extract", str(SEED_TEXT), "--pipeline", "nonesuch")
    assert result.exit_code == EXIT_PIPELINE and "unknown pipeline" in result.output


def test_bad_reference_date_is_a_usage_error(cli):
    assert cli("extract", str(SEED_TEXT), "--reference-date", "3 Nov").exit_code == 2


def test_russian_text_gets_a_warning_in_the_record(cli):
    text = "В Алматы прошла пресс-конференция, посвящённая программе развития города и проектам."
    record = json.loads(cli("extract", "-", "--pipeline", "fast", input=text.encode()).output)
    assert record["language"] == "ru" and any("Russian" in w for w in record["warnings"])


def test_schema_command_matches_the_committed_schema_file(cli):
    committed = json.loads((ROOT / "schemas" / "record.schema.json").read_text(encoding="utf-8"))
    assert json.loads(cli("schema").output) == committed, "run: presskz schema -o schemas/record.schema.json"


def test_validate_reports_line_numbers_and_reasons(cli, tmp_path):
    good = cli("extract", str(SEED_TEXT), "--pipeline", "fast").output.strip()
    broken = json.loads(good)
    broken["entities"] = [{"id": "x", "type": "CITY", "text": "a", "start": 0, "end": 1}]
    path = tmp_path / "r.jsonl"
    path.write_text(good + "\n" + json.dumps(broken) + "\n{not json\n", encoding="utf-8")
    result = cli("validate", str(path))
    assert result.exit_code == EXIT_INVALID
    assert "line 2: entities/0" in result.output and "line 3: not JSON" in result.output
    assert "3 records, 1 valid, 2 invalid" in result.output


def test_eval_scores_gold_against_itself_perfectly(cli, seed_gold, tmp_path):
    pred = dict(seed_gold)
    for layer, prefix in (("entities", "e"), ("quantities", "q"), ("temporals", "t")):
        pred[layer] = [{**x, "id": f"{prefix}{i}"} for i, x in enumerate(seed_gold[layer], 1)]
    clusters: dict = {}
    for ev in seed_gold["events"]:  # one predicted event per happening, its other mentions listed
        clusters.setdefault(ev.get("cluster") or id(ev), []).append(ev)
    pred["events"] = [{**ms[0], "when": [], "where": [], "mentions": [m["trigger"] for m in ms[1:]]}
                      for ms in clusters.values()]
    path = tmp_path / "pred.json"
    path.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    scores = json.loads(cli("eval", str(SEED_GOLD), str(path), "--json").output)
    assert scores["entities"]["f1"] == 1.0 and scores["quantities"]["f1"] == 1.0
    assert scores["temporals"]["f1"] == 1.0 and scores["events"]["f1"] == 1.0


def test_every_command_has_help_with_an_example(cli):
    for command in ("extract", "schema", "validate", "eval", "batch", "load"):
        result = cli(command, "--help")
        assert result.exit_code == 0 and "Example" in result.output, command
