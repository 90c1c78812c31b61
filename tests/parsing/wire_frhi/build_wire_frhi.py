#!/usr/bin/env python3
"""Build the French/Hindi wire corpus (wire_frhi.gold.jsonl) from the hand-annotated articles in
articles_fr.py and articles_hi.py.

The markup is the one of tests/parsing/corpus/build_corpus.py (its parser, builder and checks are
imported from there, so every corpus follows exactly the same rules):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

French typography: an article given ``nbsp="\\u00a0"`` (or the narrow ``"\\u202f"``) has the plain
spaces written inside « » and before : ; ? ! turned into that space, as French outlets print them;
``nbsp=None`` keeps the plain spaces (Radio-Canada / Swiss style).

    python3 tests/parsing/wire_frhi/build_wire_frhi.py            # writes the gold, prints every span
    python3 tests/parsing/wire_frhi/build_wire_frhi.py --quiet    # only the checks and the summary
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "wire_frhi.gold.jsonl")
sys.path[:0] = [HERE, os.path.join(HERE, "..", "corpus")]  # the articles, and the shared builder

import build_corpus as corpus  # noqa: E402  (its parser, builder and checks; its own articles unused)

ARTICLES = []


def _french_spaces(text, sp):
    text = text.replace("« ", "«" + sp).replace(" »", sp + "»")
    for p in (":", ";", "?", "!"):
        text = text.replace(" " + p, sp + p)
    return text


def article(id, source, lang, speakers, text, nbsp=None, notes=""):
    markup = text.strip("\n") + "\n"
    if nbsp:
        markup = _french_spaces(markup, nbsp)
    ARTICLES.append({"id": id, "source": source, "lang": lang, "speakers": speakers, "markup": markup, "notes": notes})  # noqa: E501


def main(argv):
    import articles_fr  # noqa: F401  (each module calls article(...))
    import articles_hi  # noqa: F401

    corpus.build_collection(ARTICLES, OUT, argv, words=(300, 800))


if __name__ == "__main__":
    sys.modules.setdefault("build_wire_frhi", sys.modules["__main__"])
    main(sys.argv[1:])
