"""Optional dependencies: the core install needs none of the extras' packages, and a missing one is
a one-line error that names the extra to install (simulated with sys.modules[name] = None)."""
from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_corpus import make_releases, read_jsonl
from presskz.core.extras import MissingExtra, require

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
EXTRAS_MODULES = ("trafilatura", "selectolax", "docx", "psycopg", "distributed", "dask", "dateparser",
                  "gensim", "starlette", "uvicorn")


def missing(monkeypatch, *modules: str) -> None:
    """Makes `import module` fail as if the package were not installed."""
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)


def requirement_name(requirement: str) -> str:
    """'psycopg[binary]>=3.1' -> 'psycopg' (lower case, '_' as '-')."""
    name = requirement.split(";")[0]
    for sep in "[<>=~! ":
        name = name.split(sep)[0]
    return name.strip().lower().replace("_", "-")


def test_require_returns_the_module_when_it_is_installed():
    assert require("json", "html").dumps([1]) == "[1]"


def test_require_names_the_package_and_the_extra_when_the_module_is_missing(monkeypatch):
    missing(monkeypatch, "docx")
    with pytest.raises(MissingExtra) as caught:
        require("docx", "docx", "python-docx")
    assert str(caught.value) == ("python-docx is not installed (needed for .docx input): "
                                 "pip install 'presskz[docx]'")


def test_a_missing_dependency_of_an_installed_package_is_not_reported_as_the_package(monkeypatch):
    def broken_import(name, *args):
        raise ModuleNotFoundError("No module named 'lxml'", name="lxml")
    monkeypatch.setattr("importlib.import_module", broken_import)
    with pytest.raises(ModuleNotFoundError) as caught:
        require("trafilatura", "html")
    assert not isinstance(caught.value, MissingExtra)


def test_html_input_without_the_html_extra_names_it(monkeypatch):
    from presskz.io.readers import html_main_text
    missing(monkeypatch, "trafilatura")
    with pytest.raises(MissingExtra, match=r"trafilatura .*pip install 'presskz\[html\]'"):
        html_main_text("<html><body><p>Сөз</p></body></html>")


def test_the_html_fallback_without_the_html_extra_names_it(monkeypatch):
    from presskz.io.readers import html_block_text
    missing(monkeypatch, "selectolax.lexbor")
    with pytest.raises(MissingExtra, match=r"selectolax .*pip install 'presskz\[html\]'"):
        html_block_text("<html><body><p>Сөз</p></body></html>")


def test_docx_input_without_the_docx_extra_names_it(monkeypatch):
    from presskz.io.readers import load_docx
    missing(monkeypatch, "docx")
    with pytest.raises(MissingExtra, match=r"python-docx .*pip install 'presskz\[docx\]'"):
        load_docx(b"PK\x03\x04", "release.docx")


def test_postgresql_without_the_db_extra_is_a_database_error_naming_it(monkeypatch):
    from presskz.db.loader import DatabaseError, _connect_postgres
    missing(monkeypatch, "psycopg")
    with pytest.raises(DatabaseError, match=r"psycopg .*pip install 'presskz\[db\]'"):
        _connect_postgres("postgresql://nobody@127.0.0.1:1/none")


def test_the_dask_engine_without_the_dask_extra_names_it(monkeypatch):
    from presskz.batch.dask_engine import _client
    missing(monkeypatch, "distributed")
    with pytest.raises(MissingExtra, match=r"dask\[distributed\] .*pip install 'presskz\[dask\]'"):
        _client(None, 1)


def test_the_dateparser_comparison_without_the_eval_extra_names_it(monkeypatch):
    from presskz.eval.date_cases import dateparser_value
    missing(monkeypatch, "dateparser")
    with pytest.raises(MissingExtra, match=r"pip install 'presskz\[eval\]'"):
        dateparser_value("2016 жылғы 3 қараша", "-")


def test_batch_with_the_dask_engine_missing_exits_4_with_one_line(monkeypatch, tmp_path):
    from presskz.cli.batch import batch
    missing(monkeypatch, "distributed")
    make_releases(tmp_path / "in", 1)
    result = CliRunner().invoke(batch, [str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"),
                                        "--engine", "dask", "--pipeline", "fast"])
    assert result.exit_code == 4
    assert result.output.strip().splitlines() == [
        "Error: dask[distributed] is not installed (needed for the Dask engine): "
        "pip install 'presskz[dask]'"]


def test_a_batch_html_input_without_the_html_extra_is_an_error_record_naming_it(monkeypatch,
                                                                                  tmp_path):
    from presskz.cli.batch import batch
    missing(monkeypatch, "trafilatura")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text("<html><body><p>Сөз.</p></body></html>",
                                               encoding="utf-8")
    result = CliRunner().invoke(batch, [str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"),
                                        "--pipeline", "fast"])
    assert result.exit_code == 1
    [error] = read_jsonl(tmp_path / "o.errors.jsonl")
    assert "pip install 'presskz[html]'" in error["message"]


def test_importing_the_package_loads_no_extra_package():
    """In a fresh interpreter (this one has them all loaded): the CLI, the API, the batch runner,
    the readers, the loader and the Dask engine import none of the extras' packages."""
    code = ("import sys, presskz.cli.main, presskz.cli.batch, presskz.api, presskz.batch.runner, "
            "presskz.io.readers, presskz.db.loader, presskz.batch.dask_engine, presskz.eval.date_cases\n"
            f"print(sorted(m for m in {EXTRAS_MODULES!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"


def test_every_package_src_imports_is_a_core_dependency():
    """Third-party imports written as import statements in src/ (optional ones go through
    require) must come from the core dependencies; transitive ones do not count."""
    core = {requirement_name(r) for r in PROJECT["dependencies"]}
    distributions = packages_distributions()
    undeclared = set()
    for path in (ROOT / "src" / "presskz").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for top in {n.split(".")[0] for n in names}:
                if top in sys.stdlib_module_names or top in ("presskz", "__future__"):
                    continue
                dists = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
                if not dists & core:
                    undeclared.add(f"{path.relative_to(ROOT)}: {top}")
    assert not undeclared, sorted(undeclared)


def test_the_extras_packages_are_not_core_dependencies():
    core = {requirement_name(r) for r in PROJECT["dependencies"]}
    extras = PROJECT["optional-dependencies"]
    optional = {requirement_name(r) for name in ("html", "docx", "db", "dask", "eval", "train", "serve")
                for r in extras[name]}
    assert optional and not core & optional
    assert "psutil" not in core


def test_the_all_extra_installs_every_other_extra():
    extras = PROJECT["optional-dependencies"]
    [combined] = extras["all"]
    assert set(combined.split("[")[1].rstrip("]").split(",")) == set(extras) - {"all"}
