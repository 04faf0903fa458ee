"""`presskz serve` over a real socket on 127.0.0.1: routes, concurrency, bad requests, limits,
timeouts and graceful shutdown (the server is started and stopped inside the tests)."""
from __future__ import annotations

import json
import signal
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from serve_server import running_server

TEXT = ("Астана қаласында 2016 жылғы 3 қарашада Алматы күндері басталды. "
        "Қазақстан Республикасының Президенті Нұрсұлтан Назарбаев 150 адамды марапаттады.")
MAX_BYTES = 20_000
MAX_BATCH_BYTES = 200_000


@pytest.fixture(scope="module")
def server():
    """The fast pipeline in two worker processes, with small body limits."""
    with running_server("--pipeline", "fast", "--workers", "2", "--max-bytes", str(MAX_BYTES),
                        "--max-batch-bytes", str(MAX_BATCH_BYTES), "--timeout", "30") as running:
        yield running


def expected_record(text: str = TEXT, **kwargs) -> dict:
    import presskz
    return presskz.extract(text, pipeline="fast", **kwargs).model_dump(mode="json")


def error_code(body: bytes) -> str:
    return json.loads(body)["error"]["code"]


def test_health_says_ok_and_names_the_loaded_pipeline(server):
    status, body = server.request("GET", "/health")
    assert status == 200
    health = json.loads(body)
    assert health["status"] == "ok" and health["pipeline"]["name"] == "fast"


def test_schema_is_the_record_json_schema(server):
    from presskz.core.record import record_json_schema
    status, body = server.request("GET", "/schema")
    assert status == 200 and json.loads(body) == record_json_schema()


def test_extract_returns_the_record_the_python_api_gives(server):
    status, record = server.post_json("/extract", {"text": TEXT, "reference_date": "2016-11-03",
                                                   "doc_id": "r1"})
    assert status == 200
    assert record == expected_record(doc_id="r1", reference_date="2016-11-03")


def test_extract_puts_the_url_in_the_record_source(server):
    status, record = server.post_json("/extract", {"text": TEXT, "url": "https://example.kz/1"})
    assert status == 200 and record["source"]["url"] == "https://example.kz/1"
    assert record["doc_id"] == "doc"


def test_fifty_concurrent_extract_requests_each_get_their_own_record(server):
    expected = expected_record(reference_date="2016-11-03")

    def call(i: int):
        return server.post_json("/extract", {"text": TEXT, "doc_id": f"d{i}", "reference_date": "2016-11-03"})

    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(call, range(50)))
    assert [status for status, _ in results] == [200] * 50
    for i, (_, record) in enumerate(results):
        assert record == {**expected, "doc_id": f"d{i}"}


def test_batch_streams_one_line_per_input_line_in_order(server):
    lines = [{"text": TEXT, "doc_id": f"b{i}"} for i in range(40)]
    body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
    status, out = server.request("POST", "/extract/batch", body)
    assert status == 200
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert [r["doc_id"] for r in records] == [f"b{i}" for i in range(40)]
    assert records[7] == expected_record(doc_id="b7")


def test_batch_answers_a_bad_line_with_an_error_line_and_runs_the_others(server):
    body = (b'{"text": "\xd0\x90\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xb0", "doc_id": "ok1"}\n'
            b'not json\n\n{"text": 5, "doc_id": "bad"}\n{"text": "   "}\n'
            b'{"text": "Astana", "doc_id": "ok2"}\n')
    status, out = server.request("POST", "/extract/batch", body)
    assert status == 200
    lines = [json.loads(line) for line in out.decode().splitlines()]
    assert [line.get("doc_id") for line in lines] == ["ok1", None, "bad", None, "ok2"]
    assert [(line["line"], line["error"]["code"]) for line in lines if "error" in line] == [
        (2, "malformed_json"), (4, "wrong_type"), (5, "empty_text")]


@pytest.mark.parametrize("body, status, code", [
    (b'{"text": "Astana"', 400, "malformed_json"),
    (b"\xff\xfe{}", 400, "bad_encoding"),
    (b'["Astana"]', 422, "not_an_object"),
    (b"{}", 422, "missing_text"),
    (b'{"text": ""}', 422, "empty_text"),
    (b'{"text": " \\n\\t "}', 422, "empty_text"),
    (b'{"text": null}', 422, "empty_text"),
    (b'{"text": 42}', 422, "wrong_type"),
    (b'{"text": ["a"]}', 422, "wrong_type"),
    (b'{"text": "Astana", "doc_id": 7}', 422, "wrong_type"),
    (b'{"text": "Astana", "url": true}', 422, "wrong_type"),
    (b'{"text": "Astana", "reference_date": 20161103}', 422, "wrong_type"),
    (b'{"text": "Astana", "reference_date": "03.11.2016"}', 422, "bad_reference_date"),
    (b'{"text": "Astana", "title": "x"}', 422, "unknown_field"),
])
def test_a_bad_extract_request_gets_a_4xx_json_error(server, body, status, code):
    got_status, got = server.request("POST", "/extract", body)
    assert (got_status, error_code(got)) == (status, code)
    assert json.loads(got)["error"]["message"]


def test_a_body_over_the_limit_is_refused_with_413(server):
    text = "а" * MAX_BYTES
    status, body = server.request("POST", "/extract", json.dumps({"text": text}).encode())
    assert (status, error_code(body)) == (413, "too_large")


def test_a_chunked_body_over_the_limit_is_refused_with_413(server):
    chunks = (b"x" * 4096 for _ in range(MAX_BYTES // 4096 + 2))
    conn = server.connection()
    conn.request("POST", "/extract", body=chunks, encode_chunked=True,
                 headers={"Transfer-Encoding": "chunked"})
    response = conn.getresponse()
    assert (response.status, error_code(response.read())) == (413, "too_large")
    conn.close()


def test_a_batch_body_over_the_batch_limit_is_refused_with_413(server):
    line = json.dumps({"text": "Астана " * 1000}).encode() + b"\n"
    status, body = server.request("POST", "/extract/batch", line * (MAX_BATCH_BYTES // len(line) + 1))
    assert (status, error_code(body)) == (413, "too_large")


@pytest.mark.parametrize("method, path, status, code", [
    ("GET", "/nowhere", 404, "not_found"),
    ("GET", "/extract", 405, "method_not_allowed"),
    ("POST", "/health", 405, "method_not_allowed"),
])
def test_unknown_paths_and_wrong_methods_get_json_errors(server, method, path, status, code):
    got_status, body = server.request(method, path, b"" if method == "POST" else None)
    assert (got_status, error_code(body)) == (status, code)


def test_an_extraction_over_the_timeout_gets_504_and_the_server_keeps_serving():
    with running_server("--pipeline", "fast", "--timeout", "0.05", "--max-bytes", "2000000") as server:
        long_text = (TEXT + "\n") * 2000
        status, body = server.post_json("/extract", {"text": long_text})
        assert (status, body["error"]["code"]) == (504, "timeout")
        assert server.request("GET", "/health")[0] == 200


def test_a_body_that_stops_arriving_gets_408():
    with running_server("--pipeline", "fast", "--timeout", "0.5") as server:
        conn = server.connection()
        conn.putrequest("POST", "/extract")
        conn.putheader("Content-Length", "100")
        conn.endheaders(b'{"text": "')
        response = conn.getresponse()
        assert (response.status, error_code(response.read())) == (408, "body_timeout")
        conn.close()


def test_sigterm_finishes_the_batch_under_way_then_exits_cleanly():
    with running_server("--pipeline", "fast", "--workers", "2") as server:
        lines = [{"text": (TEXT + " ") * 20, "doc_id": f"s{i}"} for i in range(64)]
        body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
        conn = server.connection()
        conn.request("POST", "/extract/batch", body)
        response = conn.getresponse()  # headers come with the first chunk: the batch is under way
        threading.Timer(0.01, server.process.send_signal, [signal.SIGTERM]).start()
        out = response.read()
        conn.close()
        assert [json.loads(line)["doc_id"] for line in out.decode().splitlines()] == [
            f"s{i}" for i in range(64)]
        assert server.process.wait(60) == 0


def test_serve_refuses_an_unknown_pipeline_before_starting():
    from click.testing import CliRunner

    from presskz.cli.main import main
    result = CliRunner().invoke(main, ["serve", "--pipeline", "no-such-pipeline"])
    assert result.exit_code == 2 and "--pipeline" in result.output


@pytest.mark.slow  # loads torch and the NER model in the server
def test_extract_with_the_default_pipeline_gives_the_model_entities():
    import presskz
    with running_server("--pipeline", "default") as server:
        status, record = server.post_json("/extract", {"text": TEXT, "reference_date": "2016-11-03"})
    assert status == 200
    assert record == presskz.extract(TEXT, reference_date="2016-11-03").model_dump(mode="json")
    assert record["pipeline"]["model"]["name"].startswith("presskz-kk-kaznerd")


def _worker_pids(pid: int) -> list[int]:
    """The server's worker processes (its children but multiprocessing's resource tracker)."""
    from pathlib import Path
    children = [int(child) for task in Path(f"/proc/{pid}/task").glob("*")
                for child in (task / "children").read_text().split()]
    return [child for child in children
            if b"resource_tracker" not in Path(f"/proc/{child}/cmdline").read_bytes()]


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="reads /proc")
def test_a_worker_killed_between_requests_is_replaced():
    import os
    import time
    with running_server("--pipeline", "fast") as server:
        (worker,) = _worker_pids(server.process.pid)
        os.kill(worker, signal.SIGKILL)
        time.sleep(1)  # the pool notices the death on its own
        status, record = server.post_json("/extract", {"text": TEXT, "doc_id": "after"})
        assert (status, record["doc_id"]) == (200, "after")
        assert _worker_pids(server.process.pid) != [worker]
