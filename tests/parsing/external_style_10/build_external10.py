#!/usr/bin/env python3
"""Build the tenth external-style batch (external10.gold.jsonl) from the articles in articles10_*.py.

Same markup, checks and builder as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/external_style_10/build_external10.py            # writes external10.gold.jsonl
    python3 tests/parsing/external_style_10/build_external10.py --quiet    # only the checks and the summary
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "external10.gold.jsonl")
sys.path[:0] = [HERE, os.path.join(HERE, "..", "corpus")]  # the articles, and the shared builder

import build_corpus as corpus  # noqa: E402  (its parser, builder and checks; its own articles unused)

ARTICLES = []
article = corpus.collector(ARTICLES)  # what the article modules import from here


def main(argv):
    import articles10_ca  # noqa: F401
    import articles10_us  # noqa: F401  (each module calls article(...))

    corpus.build_collection(ARTICLES, OUT, argv, words=(180, 1100))


if __name__ == "__main__":
    sys.modules.setdefault("build_external10", sys.modules["__main__"])
    main(sys.argv[1:])
