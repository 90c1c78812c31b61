#!/usr/bin/env python3
"""Build the twelfth external-style batch (external12.gold.jsonl) from the articles in articles12_*.py.

Same markup, checks and builder as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/external_style_10/build_external12.py            # writes external12.gold.jsonl
    python3 tests/parsing/external_style_10/build_external12.py --quiet    # only the checks and the summary
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from build_corpus import build_batch  # noqa: E402  (the shared markup parser, builder and checks)

if __name__ == "__main__":
    build_batch(__file__, "external12.gold.jsonl", ["articles12_ca", "articles12_us"], words=(180, 1100))
