#!/usr/bin/env python3
"""Build the German external-style held-apart set, batch 22 (dex22.gold.jsonl) from articles_dex22.py.

Same markup and checks as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/de_external_style_22/build_dex22.py          # writes dex22.gold.jsonl, prints spans
    python3 tests/parsing/de_external_style_22/build_dex22.py --quiet    # only the checks and the summary
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from build_corpus import build_batch  # noqa: E402  (the shared markup parser, builder and checks)

if __name__ == "__main__":
    # real online news runs long: 450-950 words an article
    build_batch(__file__, "dex22.gold.jsonl", ["articles_dex22"], words=(450, 950), ignored=("('»'..'«')",))
