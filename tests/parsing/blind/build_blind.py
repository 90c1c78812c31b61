#!/usr/bin/env python3
"""Build blind.gold.jsonl from the hand-annotated articles in articles_*.py.

Markup (stripped from the text; offsets are computed from the stripped text):
    <qN K SPK [opt]> ... </qN>   quoted content of quote N; K = d (direct) | i (indirect) | m (mixed);
                                 SPK = a key of the article's SPEAKERS table; "opt" marks it optional
    <mN[,M...]> ... </mN[,M...]>  speaker mention for quote(s) N, M...
    <cN[,M...]> ... </cN[,M...]>  cue for quote(s) N, M...
Tags may nest or overlap freely (they are matched by type and id list).

    python3 tests/parsing/blind/build_blind.py            # writes blind.gold.jsonl, prints every span
    python3 tests/parsing/blind/build_blind.py --quiet    # only the summary
"""
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

TAG = re.compile(r"<(/?)([qmc])([0-9]+(?:,[0-9]+)*)((?:[ \t][^<>]*)?)>")
KINDS = {"d": "direct", "i": "indirect", "m": "mixed"}
OPEN_MARKS = "“\"«‘'„‚‹"
CLOSE_MARKS = "”\"»’'‹›"
SPACES = " \u00a0\u202f\t\n"


def french_nbsp(markup):
    """French typography: no-break space inside guillemets and before : ; ? !"""
    markup = markup.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for p in ":;?!":
        markup = markup.replace(" " + p, "\u00a0" + p)
    return markup


def parse(markup, speakers):
    out, pos, n = [], 0, 0
    opens, quotes, mentions, cues = {}, {}, {}, {}
    for m in TAG.finditer(markup):
        out.append(markup[pos:m.start()])
        n += m.start() - pos
        pos = m.end()
        closing, typ, ids, attrs = m.group(1), m.group(2), m.group(3), m.group(4).split()
        key = (typ, ids)
        if not closing:
            if key in opens:
                raise ValueError(f"tag <{typ}{ids}> opened twice")
            opens[key] = (n, attrs)
            continue
        if key not in opens:
            raise ValueError(f"closing </{typ}{ids}> without opening")
        start, attrs = opens.pop(key)
        span = [start, n]
        for i in map(int, ids.split(",")):
            if typ == "q":
                if i in quotes:
                    raise ValueError(f"quote {i} defined twice")
                kind, spk, *rest = attrs
                if spk not in speakers:
                    raise ValueError(f"quote {i}: unknown speaker key {spk}")
                quotes[i] = {"start": span[0], "end": span[1], "kind": KINDS[kind], "speaker": speakers[spk]}
                if rest == ["opt"]:
                    quotes[i]["optional"] = True
                elif rest:
                    raise ValueError(f"quote {i}: bad attributes {rest}")
            else:
                table = mentions if typ == "m" else cues
                if i in table:
                    raise ValueError(f"{typ}{i} defined twice")
                table[i] = span
    out.append(markup[pos:])
    if opens:
        raise ValueError(f"unclosed tags: {list(opens)}")
    text = "".join(out)
    if "<" in text or ">" in text:
        raise ValueError("stray < or > left in text: " + text[text.find("<") - 30:text.find("<") + 30])
    for i in list(mentions) + list(cues):
        if i not in quotes:
            raise ValueError(f"mention/cue for unknown quote {i}")
    res = []
    for i in sorted(quotes, key=lambda i: (quotes[i]["start"], i)):
        q = quotes[i]
        q["speaker_mention"] = mentions.get(i)
        q["cue"] = cues.get(i)
        q["_n"] = i
        res.append(q)
    return text, res


def check(doc_id, text, quotes):
    warnings = []
    for q in quotes:
        s, e = q["start"], q["end"]
        frag = text[s:e]
        tag = f"{doc_id} q{q['_n']}"
        if not frag.strip():
            raise ValueError(f"{tag}: empty span")
        if frag != frag.strip(SPACES):
            warnings.append(f"{tag}: span has surrounding whitespace")
        if q["speaker_mention"] is None:
            warnings.append(f"{tag}: no speaker mention")
        if q["kind"] == "direct":
            a = s
            while a > 0 and text[a - 1] in SPACES:
                a -= 1
            b = e
            while b < len(text) and text[b] in SPACES:
                b += 1
            if a == 0 or text[a - 1] not in OPEN_MARKS:
                warnings.append(f"{tag}: direct quote not preceded by an opening mark (ok for a French incise)")  # noqa: E501
            if b >= len(text) or text[b] not in CLOSE_MARKS:
                warnings.append(f"{tag}: direct quote not followed by a closing mark (ok for a French incise)")  # noqa: E501
        else:
            if frag.rstrip()[-1:] in ".।":
                warnings.append(f"{tag}: indirect/mixed span ends with sentence punctuation")
    return warnings


def main(argv):
    quiet = "--quiet" in argv
    from articles_en import ARTICLES as EN
    from articles_fr_hi import ARTICLES as FRHI
    docs, warnings = [], []
    stats = Counter()
    for a in sorted(EN + FRHI, key=lambda a: a["id"]):
        markup = a["markup"].strip("\n") + "\n"
        if a.get("nbsp"):
            markup = french_nbsp(markup)
        text, quotes = parse(markup, a["speakers"])
        warnings += check(a["id"], text, quotes)
        words = len(text.split())
        if not quiet:
            print(f"===== {a['id']} ({a['lang']}, {words} words, {len(quotes)} quotes)")
        for q in quotes:
            stats[(a["lang"], q["kind"], bool(q.get("optional")))] += 1
            if not quiet:
                m = q["speaker_mention"]
                c = q["cue"]
                print(f"  q{q['_n']:<2} {q['kind']:<8}{' OPT' if q.get('optional') else '    '} "
                      f"{q['speaker']!r}\n      [{text[q['start']:q['end']]}]\n"
                      f"      mention={text[m[0]:m[1]] if m else None!r} cue={text[c[0]:c[1]] if c else None!r}")  # noqa: E501
        for q in quotes:
            del q["_n"]
        docs.append({"id": a["id"], "source": a["source"], "lang": a["lang"], "text": text, "quotes": quotes})
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "blind.gold.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"\n{len(docs)} articles written to blind.gold.jsonl")
    for lang in sorted({k[0] for k in stats}):
        docs_n = sum(1 for d in docs if d["lang"] == lang)
        parts = ", ".join(f"{kind} {stats[(lang, kind, False)]}" + (f" (+{stats[(lang, kind, True)]} optional)" if stats[(lang, kind, True)] else "")  # noqa: E501
                          for kind in ("direct", "indirect", "mixed"))
        print(f"  {lang}: {docs_n} articles; {parts}")
    total = sum(v for k, v in stats.items() if not k[2])
    print(f"  total: {total} scored quotes + {sum(v for k, v in stats.items() if k[2])} optional")
    if warnings:
        print("\nwarnings:")
        for w in warnings:
            print("  " + w)


if __name__ == "__main__":
    main(sys.argv[1:])
