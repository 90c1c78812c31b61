#!/usr/bin/env python3
"""Build the fifteenth external-style batch (external15.gold.jsonl) from the articles in articles15_*.py.

Same markup, checks and builder as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/external_style_14/build_external15.py            # writes external15.gold.jsonl
    python3 tests/parsing/external_style_14/build_external15.py --quiet    # only the checks and the summary
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "external15.gold.jsonl")
sys.path[:0] = [HERE, os.path.join(HERE, "..", "corpus")]  # the articles, and the shared builder

import build_corpus as corpus  # noqa: E402  (its parser, builder and checks; its own articles unused)

ARTICLES = []
article = corpus.collector(ARTICLES)  # what the article modules import from here


def main(argv):
    import articles15_ca  # noqa: F401
    import articles15_us  # noqa: F401  (each module calls article(...))

    corpus.build_collection(ARTICLES, OUT, argv, words=(180, 1100))


if __name__ == "__main__":
    sys.modules.setdefault("build_external15", sys.modules["__main__"])
    main(sys.argv[1:])
