"""Every regex matched from a position in a longer text is given an end position too.

Why: the `regex` module reads from the start position to the end of the string on each
match/search given no end position, even when the pattern fails at once (measured: 4-9 us per
call at 10 KB, 0.6-1.4 ms at 1.3 MB). Called once per span, that made stages quadratic in the
document's length (issue 25 item 6): the night-before rule of the dates stage took 3.7 s on 320 KB.
"""
import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "presskz"
METHODS = {"match", "search", "fullmatch", "finditer", "findall"}


def _unbounded_calls(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in METHODS):
            continue
        if isinstance(node.func.value, ast.Name) and node.func.value.id in ("re", "regex"):
            continue  # module functions take (pattern, string, flags): no positions
        keywords = {k.arg for k in node.keywords}
        from_a_position = len(node.args) == 2 or "pos" in keywords
        if from_a_position and len(node.args) < 3 and "endpos" not in keywords:
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_regex_is_matched_from_a_position_without_an_end_position():
    unbounded = {str(path.relative_to(SRC)): calls for path in sorted(SRC.rglob("*.py"))
                 if (calls := _unbounded_calls(ast.parse(path.read_text(encoding="utf-8"))))}
    assert unbounded == {}


def test_the_check_sees_a_call_from_a_position():
    assert _unbounded_calls(ast.parse("PATTERN.match(text, start)")) == ["1: PATTERN.match(text, start)"]
    assert _unbounded_calls(ast.parse("PATTERN.match(text, start, end)")) == []
    assert _unbounded_calls(ast.parse("regex.match(pattern, text)")) == []
