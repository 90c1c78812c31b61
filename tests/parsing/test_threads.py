"""The app parses in worker threads: two parses at once must give each document exactly what it gets
alone. The token cache shared across one document's stages (text.share_tokens) is one slot per process
in the compiled build (see the note on _SharedTokens), so this is what keeps that slot honest."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from attribution.parsing import extract

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _quotes(text: str) -> list[dict]:
    return [q.to_dict(text) for q in extract(text)]


def test_documents_parsed_in_parallel_threads_get_what_they_get_alone() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    assert len(texts) == 5
    alone = [_quotes(t) for t in texts]
    results: dict[tuple[int, int], list[dict]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def work(worker: int) -> None:
        try:
            start.wait()
            for round_ in range(3):
                # each worker walks the seeds in its own order, so that different documents overlap
                for i in range(len(texts)):
                    j = (i + worker + round_) % len(texts)
                    results[(worker * 100 + round_ * 10 + i, j)] = _quotes(texts[j])
        except BaseException as exc:  # noqa: BLE001  (reported below, on the test's thread)
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, so that parses overlap mid-document
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert not errors, errors
    assert len(results) == 4 * 3 * len(texts)
    for (_, j), quotes in results.items():
        assert quotes == alone[j], SEEDS[j].name
