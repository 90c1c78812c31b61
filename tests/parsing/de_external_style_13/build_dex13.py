#!/usr/bin/env python3
"""Build the German external-style held-apart set, batch 13 (dex13.gold.jsonl) from articles_dex13.py.

Same markup and checks as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/de_external_style_13/build_dex13.py          # writes dex13.gold.jsonl, prints spans
    python3 tests/parsing/de_external_style_13/build_dex13.py --quiet    # only the checks and the summary
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dex13.gold.jsonl")
sys.path[:0] = [HERE, os.path.join(HERE, "..", "corpus")]  # the articles, and the shared builder

import build_corpus as corpus  # noqa: E402  (its parser, builder and checks; its own articles unused)

ARTICLES = []
article = corpus.collector(ARTICLES)  # what the article module imports from here


def main(argv):
    import articles_dex13  # noqa: F401  (the module calls article(...))

    # German »…« (marks pointing inwards) frames a quote too; the shared checker knows only «…»
    corpus.build_collection(ARTICLES, OUT, argv, words=(120, 900), ignored=("('»'..'«')",))


if __name__ == "__main__":
    sys.modules.setdefault("build_dex13", sys.modules["__main__"])
    main(sys.argv[1:])
