#!/usr/bin/env python3
"""Build the Spanish external-style held-apart set, third series (esx3.gold.jsonl) from articles_es3x.py.

Same markup and checks as tests/parsing/corpus/build_corpus.py (imported from there):

    {{q:KIND:SPK:MID:CID|quoted content}}   KIND direct|indirect|mixed (trailing ? = optional)
    {{m:ID|speaker mention}}    {{c:ID|cue}}

French typography: an article given ``nbsp="\\u00a0"`` (or the narrow ``"\\u202f"``) has the plain
spaces written inside « » and before : ; ? ! turned into that space, as French outlets print them.

    python3 tests/parsing/es_external_style_3/build_esx3.py          # writes esx3.gold.jsonl, prints spans
    python3 tests/parsing/es_external_style_3/build_esx3.py --quiet  # only the checks and the summary
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "esx3.gold.jsonl")
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
    ARTICLES.append(
        {"id": id, "source": source, "lang": lang, "speakers": speakers, "markup": markup, "notes": notes}
    )


def main(argv):
    import articles_es3x  # noqa: F401  (each module calls article(...))

    corpus.build_collection(ARTICLES, OUT, argv, words=(120, 700))


if __name__ == "__main__":
    sys.modules.setdefault("build_esx3", sys.modules["__main__"])
    main(sys.argv[1:])
