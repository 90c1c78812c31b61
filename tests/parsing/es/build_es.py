#!/usr/bin/env python3
"""Build the Spanish blind corpus (es.gold.jsonl) from the hand-annotated articles in articles_es.py.

The markup is the one of tests/parsing/corpus/build_corpus.py (its parser, builder and checks are
imported from there, so both corpora follow exactly the same rules):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/es/build_es.py            # writes es.gold.jsonl, prints every span
    python3 tests/parsing/es/build_es.py --quiet    # only the checks and the summary
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "es.gold.jsonl")
sys.path[:0] = [HERE, os.path.join(HERE, "..", "corpus")]  # the articles, and the shared builder

import build_corpus as corpus  # noqa: E402  (its parser, builder and checks; its own articles unused)

ARTICLES = []
article = corpus.collector(ARTICLES)  # what the article modules import from here


def main(argv):
    import articles_es  # noqa: F401  (each module calls article(...))
    import articles_es_2  # noqa: F401  (batch 2)
    import articles_es_3  # noqa: F401  (batch 3)
    import articles_es_4  # noqa: F401  (batch 4)
    import articles_es_5  # noqa: F401  (batch 5)
    import articles_es_6  # noqa: F401  (batch 6)
    import articles_es_7  # noqa: F401  (batch 7)

    corpus.build_collection(ARTICLES, OUT, argv, words=(250, 700))


if __name__ == "__main__":
    sys.modules.setdefault("build_es", sys.modules["__main__"])
    main(sys.argv[1:])
