#!/usr/bin/env python3
"""Build the German external-style held-apart set (dex.gold.jsonl) from articles_dex.py.

Same markup and checks as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/de_external_style/build_dex.py            # writes dex.gold.jsonl, prints every span
    python3 tests/parsing/de_external_style/build_dex.py --quiet    # only the checks and the summary
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from build_corpus import build_batch  # noqa: E402  (the shared markup parser, builder and checks)

if __name__ == "__main__":
    # German »…« (marks pointing inwards) frames a quote too; the shared checker knows only «…»
    build_batch(__file__, "dex.gold.jsonl", ["articles_dex"], words=(500, 900), ignored=("('»'..'«')",))
