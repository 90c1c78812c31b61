#!/usr/bin/env python3
"""Build the lead's holdout batch (holdout.gold.jsonl) from the articles in holdout_*.py.

Same markup, checks and builder as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/lead_holdout/build_holdout.py            # writes holdout.gold.jsonl
    python3 tests/parsing/lead_holdout/build_holdout.py --quiet    # only the checks and the summary
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout.gold.jsonl")
sys.path[:0] = [HERE, os.path.join(HERE, "..", "corpus")]  # the articles, and the shared builder

import build_corpus as corpus  # noqa: E402  (its parser, builder and checks; its own articles unused)

ARTICLES = []
article = corpus.collector(ARTICLES)  # what the article modules import from here


def main(argv):
    import holdout_de  # noqa: F401  (each module calls article(...))
    import holdout_en  # noqa: F401

    corpus.build_collection(ARTICLES, OUT, argv, words=(180, 1100))


if __name__ == "__main__":
    sys.modules.setdefault("build_holdout", sys.modules["__main__"])
    main(sys.argv[1:])
