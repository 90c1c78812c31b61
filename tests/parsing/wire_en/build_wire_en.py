#!/usr/bin/env python3
"""Build the wire_en blind corpus (wire_en.gold.jsonl) from the hand-annotated articles in articles.py.

The markup is the one of tests/parsing/corpus/build_corpus.py (its parser, builder and checks are
imported from there, so both corpora follow exactly the same rules):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/wire_en/build_wire_en.py            # writes wire_en.gold.jsonl, prints every span
    python3 tests/parsing/wire_en/build_wire_en.py --quiet    # only the checks and the summary
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from build_corpus import build_batch  # noqa: E402  (the shared markup parser, builder and checks)

if __name__ == "__main__":
    build_batch(__file__, "wire_en.gold.jsonl", ["articles"], words=(300, 900))
