#!/usr/bin/env python3
"""Build the twenty-third external-style batch (external23.gold.jsonl) from the articles in articles21_*.py.

Same markup, checks and builder as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/external_style_21/build_external23.py            # writes external23.gold.jsonl
    python3 tests/parsing/external_style_21/build_external23.py --quiet    # only the checks and the summary
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from build_corpus import build_batch  # noqa: E402  (the shared markup parser, builder and checks)

if __name__ == "__main__":
    modules = ["articles23_in_scot", "articles23_sport_bank_crime"]
    build_batch(__file__, "external23.gold.jsonl", modules, words=(600, 800))
