"""`presskz show` in a real browser: Debian's Chromium, headless, renders the seed's page.

The DOM after the page's script ran must hold a mark for every entity of the record and a row
per event; "#hide=entities" must switch the entity layer off through the page's own checkbox
handler. A screenshot is kept in out/artifacts/ (CI's artefact). `.ci/run` installs Chromium;
without it the test fails in CI and is skipped elsewhere."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from presskz import extract
from presskz.show.page import record_page

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "seed" / "almaty-days-in-astana.txt"
ARTIFACTS = ROOT / "out" / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(*args: str) -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed: .ci/run must install Debian's chromium package")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--user-data-dir=" + str(ARTIFACTS / "chromium-profile"), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout


@pytest.fixture(scope="module")
def seed_page():
    text = SEED.read_text(encoding="utf-8")
    record = extract(text, doc_id="almaty-days-in-astana",
                     reference_date="2016-11-03").model_dump(mode="json")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = ARTIFACTS / "show-seed.html"
    page.write_text(record_page(record, text), encoding="utf-8")
    return record, page


@pytest.mark.slow
def test_the_seed_page_marks_every_entity_and_lists_every_event_in_the_browser(seed_page):
    record, page = seed_page
    dom = _chromium("--dump-dom", page.as_uri())
    firsts = {i for group in re.findall(r'data-first="([^"]*)"', dom) for i in group.split()}
    assert {e["id"] for e in record["entities"]} <= firsts
    events_table = dom.split('<table class="events">')[1].split("</table>")[0]
    assert events_table.count("<tr>") == len(record["events"]) + 1


@pytest.mark.slow
def test_a_layer_switched_off_in_the_browser_hides_its_marks(seed_page):
    _, page = seed_page
    dom = _chromium("--dump-dom", page.as_uri() + "#hide=entities")
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert "hide-entities" in body


@pytest.mark.slow
def test_the_seed_page_screenshot_is_saved_as_an_artefact(seed_page):
    _, page = seed_page
    shot = ARTIFACTS / "show-seed.png"
    shot.unlink(missing_ok=True)
    _chromium(f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri())
    assert shot.stat().st_size > 10_000
