#!/usr/bin/env python3
"""Build the wire_en blind corpus (wire_en.gold.jsonl) from the hand-annotated articles in articles.py.

The markup is the one of tests/parsing/corpus/build_corpus.py (its parser, builder and checks are
imported from there, so both corpora follow exactly the same rules):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/wire_en/build_wire_en.py            # writes wire_en.gold.jsonl, prints every span
    python3 tests/parsing/wire_en/build_wire_en.py --quiet    # only the checks and the summary
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "wire_en.gold.jsonl")
sys.path[:0] = [HERE, os.path.join(HERE, "..", "corpus")]  # the articles, and the shared builder

import build_corpus as corpus  # noqa: E402  (its parser, builder and checks; its own articles unused)

ARTICLES = []
article = corpus.collector(ARTICLES)  # what the article modules import from here


def main(argv):
    import articles  # noqa: F401  (the module calls article(...))

    corpus.build_collection(ARTICLES, OUT, argv, words=(300, 900))


if __name__ == "__main__":
    sys.modules.setdefault("build_wire_en", sys.modules["__main__"])
    main(sys.argv[1:])
