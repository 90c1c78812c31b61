#!/usr/bin/env python3
"""Build the fresh blind corpus (fresh.gold.jsonl) from the hand-annotated articles in articles_*.py.

The markup is the one of tests/parsing/corpus/build_corpus.py (its parser, builder and checks are
imported from there, so both corpora follow exactly the same rules):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

    python3 tests/parsing/fresh/build_fresh.py            # writes fresh.gold.jsonl, prints every span
    python3 tests/parsing/fresh/build_fresh.py --quiet    # only the checks and the summary
"""
import importlib.util
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh.gold.jsonl")
sys.path.insert(0, HERE)


def _load_corpus_builder():
    path = os.path.join(HERE, "..", "corpus", "build_corpus.py")
    spec = importlib.util.spec_from_file_location("build_corpus", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # defines the held-out articles too; we only use its functions
    return mod


corpus = _load_corpus_builder()

ARTICLES = []


def article(id, source, lang, speakers, text, notes=""):
    ARTICLES.append(dict(id=id, source=source, lang=lang, speakers=speakers,
                         markup=text.strip("\n") + "\n", notes=notes))


def main(argv):
    import articles_en  # noqa: F401  (each module calls article(...))
    import articles_fr_hi  # noqa: F401

    corpus.build_collection(ARTICLES, OUT, argv, words=(250, 700))


if __name__ == "__main__":
    sys.modules.setdefault("build_fresh", sys.modules["__main__"])
    main(sys.argv[1:])
