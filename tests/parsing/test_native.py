"""The mypyc-compiled parser (make native) must behave exactly like its Python sources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attribution.parsing import native

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [
    ROOT / "tests/parsing/corpus/heldout.gold.jsonl",
    ROOT / "tests/parsing/blind/blind.gold.jsonl",
    ROOT / "tests/parsing/fresh/fresh.gold.jsonl",
]

_DUMP = """
import json, sys
from attribution.parsing import extract, native
import attribution.parsing.engine as engine
out = {"native": native.ACTIVE, "engine": engine.__file__, "docs": []}
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        out["docs"].append([repr(q) for q in extract(d["text"], d.get("lang"))])
print(json.dumps(out))
"""


def _run(env_extra: dict[str, str]) -> dict:
    env = {**os.environ, **env_extra, "PYTHONPATH": str(ROOT)}
    res = subprocess.run(
        [sys.executable, "-c", _DUMP, *map(str, CORPORA)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=True,
    )
    return json.loads(res.stdout)


def test_pure_mode_runs_the_python_sources():
    pure = _run({"QUOTEDESK_PARSER": "pure"})
    assert pure["native"] is False
    assert pure["engine"].endswith("engine.py")
    assert sum(map(len, pure["docs"])) > 100  # the corpora really were parsed


@pytest.mark.skipif(not native.built(), reason="compiled parser not built for these sources (run `make native`)")  # noqa: E501
def test_compiled_parser_gives_the_same_quotes_as_the_sources():
    compiled = _run({"QUOTEDESK_PARSER": ""})
    pure = _run({"QUOTEDESK_PARSER": "pure"})
    assert compiled["native"] is True and not compiled["engine"].endswith(".py")
    assert compiled["docs"] == pure["docs"]


def test_a_stale_build_is_never_used(tmp_path, monkeypatch):
    # a stamp from other sources: built() says no, so select() keeps the .py files first
    monkeypatch.setattr(native, "STAMP", tmp_path / "stamp")
    (tmp_path / "stamp").write_text("0" * 64)
    assert native.built() is False


def test_every_c_source_and_header_is_built_and_stamped(tmp_path, monkeypatch):
    # the C files on disk are exactly those the build compiles, and an edit of any of them changes the
    # digest the stamp holds: the build that came before it is not used
    on_disk = {p.name for p in native.HERE.glob("_speedups*.[ch]")}
    assert on_disk == set(native.SPEEDUPS_SOURCES + native.SPEEDUPS_HEADERS)
    for name in native.SPEEDUPS_SOURCES + native.SPEEDUPS_HEADERS:
        copy = tmp_path / name
        copy.write_bytes((native.HERE / name).read_bytes())
    py_sources = {name: native.source_path(name) for name in native.COMPILED}  # (these stay where they are)
    monkeypatch.setattr(native, "source_path", py_sources.__getitem__)
    monkeypatch.setattr(native, "HERE", tmp_path)
    before = native.source_digest()
    for name in native.SPEEDUPS_SOURCES + native.SPEEDUPS_HEADERS:
        copy = tmp_path / name
        kept = copy.read_bytes()
        copy.write_bytes(kept + b"\n/* edited */\n")
        assert native.source_digest() != before, name
        copy.write_bytes(kept)
    assert native.source_digest() == before


def test_the_parser_sources_type_check():
    """mypyc compiles only sources mypy accepts: a type error would leave `make` running the parser as
    pure Python, about half as fast, with only a warning on the console."""
    pytest.importorskip("mypy", reason="mypy not installed (the [native] extra)")
    res = subprocess.run(
        [sys.executable, "-m", "mypy", "attribution/parsing"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert res.returncode == 0, res.stdout[-3000:]
