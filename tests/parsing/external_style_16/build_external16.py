#!/usr/bin/env python3
"""Build the sixteenth external-style batch (external16.gold.jsonl) from the articles in articles16_*.py.

Same markup, checks and builder as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/external_style_16/build_external16.py            # writes external16.gold.jsonl
    python3 tests/parsing/external_style_16/build_external16.py --quiet    # only the checks and the summary
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from build_corpus import build_batch  # noqa: E402  (the shared markup parser, builder and checks)

if __name__ == "__main__":
    build_batch(__file__, "external16.gold.jsonl", ["articles16_ca", "articles16_us"], words=(500, 1300))
