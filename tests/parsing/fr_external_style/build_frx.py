#!/usr/bin/env python3
"""Build the French external-style held-apart set, first series (frx.gold.jsonl)
from articles_frx.py and articles_frx_2.py.

Same markup, builder and checks as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

French typography: an article given ``nbsp="\\u00a0"`` (or the narrow ``"\\u202f"``) has the plain
spaces written inside « » and before : ; ? ! turned into that space, as French outlets print them.

    python3 tests/parsing/fr_external_style/build_frx.py          # writes frx.gold.jsonl, prints spans
    python3 tests/parsing/fr_external_style/build_frx.py --quiet  # only the checks and the summary
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from build_corpus import build_batch  # noqa: E402  (the shared markup parser, builder and checks)

if __name__ == "__main__":
    build_batch(__file__, "frx.gold.jsonl", ["articles_frx", "articles_frx_2"], words=(120, 700))
