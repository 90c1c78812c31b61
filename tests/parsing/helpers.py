"""Shared helpers for parser tests: find a quote by its text, load gold files, score them."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from attribution.parsing import ExtractedQuote, extract

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPUS = Path(__file__).resolve().parent / "corpus"


def quotes(text: str, lang: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(q.kind, text[q.start : q.end], q.speaker) for q in extract(text, lang)]


def assert_one_report(text: str, content: str, speaker: str, lang: str | None = None) -> None:
    """The text holds exactly one quote: `content`, said by a speaker whose name contains `speaker`."""
    got = [(q, s) for _, q, s in quotes(text, lang)]
    assert len(got) == 1, got
    assert got[0][0] == content
    assert got[0][1] is not None and speaker in got[0][1], got


def quote_with(text: str, content: str, lang: str | None = None) -> tuple[str, str | None]:
    """The first quote whose text contains `content`: its text and its speaker (fails the test when none)."""
    for _kind, got, speaker in quotes(text, lang):
        if content in got:
            return got, speaker
    raise AssertionError(f"no quote with {content!r} in {quotes(text, lang)!r}")


def find(text: str, fragment: str, lang: str | None = None) -> ExtractedQuote:
    """The quote whose text contains `fragment` (fails the test when there is none)."""
    found = [q for q in extract(text, lang) if fragment in text[q.start : q.end]]
    assert found, f"no quote containing {fragment!r}; got {quotes(text, lang)}"
    return found[0]


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(gold: dict[str, dict]) -> dict[str, dict]:
    return {
        doc_id: {"id": doc_id, "quotes": [q.to_dict(d["text"]) for q in extract(d["text"], d.get("lang"))]}
        for doc_id, d in gold.items()
    }


def load_jsonl(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, f))}
