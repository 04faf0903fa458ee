"""The release corpus's split is frozen: every document sits in the folder split.tsv names for
its publisher, so re-running corpora/releases/tools/split.py on the grown corpus would move
nothing (a publisher row that does not match split.py's key, e.g. one keeping a parenthetical
remark, would send that publisher's documents to the other split)."""
import importlib.util
import json
from pathlib import Path

RELEASES = Path(__file__).resolve().parents[1] / "corpora" / "releases"


def split_tool():
    spec = importlib.util.spec_from_file_location("release_split", RELEASES / "tools" / "split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_release_sits_in_its_publishers_split():
    tool = split_tool()
    groups = {row[0]: row[1] for row in tool.read_tsv(str(RELEASES / "tools" / "publisher_groups.tsv"))}
    frozen = {row[0]: row[2] for row in tool.read_tsv(str(RELEASES / "split.tsv"))}
    misplaced = []
    for folder in ("dev", "test"):
        for path in sorted((RELEASES / folder).glob("*.gold.json")):
            meta = json.loads(path.read_text(encoding="utf-8"))["meta"]
            key = tool.publisher_key(meta, groups)
            if frozen.get(key) != folder:
                misplaced.append((path.name, key, frozen.get(key)))
    assert not misplaced
