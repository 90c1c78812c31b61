#!/usr/bin/env python3
"""Build the lead's third holdout batch (holdout3.gold.jsonl) from the articles in holdout3_*.py.

Same markup, checks and builder as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/lead_holdout/build_holdout3.py            # writes holdout3.gold.jsonl
    python3 tests/parsing/lead_holdout/build_holdout3.py --quiet    # only the checks and the summary
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from build_corpus import build_batch  # noqa: E402  (the shared markup parser, builder and checks)

if __name__ == "__main__":
    build_batch(__file__, "holdout3.gold.jsonl", ["holdout3_en", "holdout3_de"], words=(180, 1100))
