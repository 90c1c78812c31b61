#!/usr/bin/env python3
"""Build the held-out gold corpus (heldout.gold.jsonl) from hand-annotated markup.

Every article below is original, invented news prose with fictional people.
Annotations are written inline and the character offsets are computed here,
never by hand.  Markup (see README.md):

    {{q:KIND:SPK:MID:CID|quoted content}}   a quotation; the content between | and }} is the gold span
        KIND  direct | indirect | mixed, with a trailing ? for optional (borderline) quotes
        SPK   key into the article's "speakers" dict (canonical name, or list of accepted names)
        MID   id of the speaker-mention marker ({{m:MID|...}}), or - for none
        CID   id of the cue marker ({{c:CID|...}}), or - for none
    {{m:ID|speaker mention}}   e.g. "Vandamme", "she", "the 54-year-old", "a senior official"
    {{c:ID|cue}}               e.g. "said", "told", "according to", "a déclaré", "ने कहा कि"

Markers nest (a mention or a quote may sit inside a quote).  Run:

    python3 tests/parsing/corpus/build_corpus.py            # writes heldout.gold.jsonl, prints every span
    python3 tests/parsing/corpus/build_corpus.py --quiet    # only checks and the summary
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout.gold.jsonl")

OPEN_MARKS = "“\"‘'«„‚‹"
CLOSE_MARKS = "”\"’'»“‘›"
SPACES = " \u00a0\u202f"

ARTICLES = []


def article(id, source, lang, speakers, text, notes=""):
    ARTICLES.append({"id": id, "source": source, "lang": lang, "speakers": speakers, "markup": text.strip("\n") + "\n", "notes": notes})


# --------------------------------------------------------------------------- parser

def parse(markup):
    """Strip the markup; return plain text and the list of marker records with offsets."""
    out = []          # plain-text characters
    stack = []        # open markers: dict(header=..., start=...)
    records = []
    i, n = 0, len(markup)
    pos = 0
    while i < n:
        if markup.startswith("{{", i):
            bar = markup.index("|", i)
            header = markup[i + 2:bar]
            if "\n" in header or "{{" in header:
                raise ValueError(f"bad marker header near {markup[i:i+60]!r}")
            stack.append({"header": header, "start": pos})
            i = bar + 1
        elif markup.startswith("}}", i):
            if not stack:
                raise ValueError(f"unbalanced }} near {markup[max(0, i-60):i+2]!r}")
            fr = stack.pop()
            fr["end"] = pos
            records.append(fr)
            i += 2
        else:
            out.append(markup[i])
            pos += 1
            i += 1
    if stack:
        raise ValueError(f"unclosed marker {stack[-1]['header']!r}")
    return "".join(out), records


def build(a):
    text, records = parse(a["markup"])
    mentions, cues, quotes = {}, {}, []
    for r in records:
        parts = r["header"].split(":")
        typ = parts[0]
        if typ == "m":
            assert parts[1] not in mentions, (a["id"], "duplicate mention id", parts[1])
            mentions[parts[1]] = [r["start"], r["end"]]
        elif typ == "c":
            assert parts[1] not in cues, (a["id"], "duplicate cue id", parts[1])
            cues[parts[1]] = [r["start"], r["end"]]
        elif typ == "q":
            assert len(parts) == 5, (a["id"], "bad quote header", r["header"])
            quotes.append(dict(r, kind=parts[1], spk=parts[2], mid=parts[3], cid=parts[4]))
        else:
            raise ValueError(f"{a['id']}: unknown marker type {typ!r}")
    out_quotes = []
    used_m, used_c = set(), set()
    for q in sorted(quotes, key=lambda q: (q["start"], q["end"])):
        kind = q["kind"]
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        assert kind in ("direct", "indirect", "mixed"), (a["id"], kind)
        assert q["spk"] in a["speakers"], (a["id"], "unknown speaker key", q["spk"])
        rec = {"start": q["start"], "end": q["end"], "kind": kind, "speaker": a["speakers"][q["spk"]]}
        if q["mid"] == "-":
            rec["speaker_mention"] = None
        else:
            assert q["mid"] in mentions, (a["id"], "unknown mention id", q["mid"])
            rec["speaker_mention"] = mentions[q["mid"]]
            used_m.add(q["mid"])
        if q["cid"] == "-":
            rec["cue"] = None
        else:
            assert q["cid"] in cues, (a["id"], "unknown cue id", q["cid"])
            rec["cue"] = cues[q["cid"]]
            used_c.add(q["cid"])
        if optional:
            rec["optional"] = True
        out_quotes.append(rec)
    unused = (set(mentions) - used_m) | (set(cues) - used_c)
    assert not unused, (a["id"], "markers not used by any quote", unused)
    doc = {"id": a["id"], "source": a["source"], "lang": a["lang"], "text": text, "quotes": out_quotes}
    return doc


# --------------------------------------------------------------------------- checks

def check(doc, verbose=True):
    """Sanity checks; return list of warnings.  Hard errors raise."""
    text, warns = doc["text"], []
    assert "{{" not in text and "}}" not in text, doc["id"]
    words = len(text.split())
    if not 150 <= words <= 600:
        warns.append(f"{doc['id']}: {words} words (outside 150-600)")
    for k, q in enumerate(doc["quotes"]):
        s, e = q["start"], q["end"]
        span = text[s:e]
        assert 0 <= s < e <= len(text), (doc["id"], q)
        assert span == span.strip(), (doc["id"], "span has outer whitespace", span[:40])
        for key in ("speaker_mention", "cue"):
            if q[key]:
                a, b = q[key]
                assert 0 <= a < b <= len(text) and text[a:b] == text[a:b].strip(), (doc["id"], key, q)
        if q["kind"] == "direct":
            j = s - 1
            while j >= 0 and text[j] in SPACES:
                j -= 1
            jj = e
            while jj < len(text) and text[jj] in SPACES:
                jj += 1
            before = text[j] if j >= 0 else ""
            after = text[jj] if jj < len(text) else ""
            if (before not in OPEN_MARKS or after not in CLOSE_MARKS) and "qa-interview" not in doc["source"]:
                warns.append(f"{doc['id']}: direct quote not framed by marks ({before!r}..{after!r}): {span[:50]!r}")
        if q["kind"] == "indirect" and any(ch in span for ch in "“”\"«»"):
            warns.append(f"{doc['id']}: indirect span contains quotation marks (mixed?): {span[:60]!r}")
        if q["kind"] in ("indirect", "mixed") and span[-1:] in ".。।":
            warns.append(f"{doc['id']}: reported span ends with sentence punctuation: {span[-40:]!r}")
        if verbose:
            m = q["speaker_mention"]
            c = q["cue"]
            flag = " (optional)" if q.get("optional") else ""
            print(f"  [{k:02d}] {q['kind']:8s}{flag} {s}-{e} speaker={q['speaker']!r}")
            print(f"       span   : {span!r}")
            print(f"       mention: {text[m[0]:m[1]]!r}" if m else "       mention: None")
            print(f"       cue    : {text[c[0]:c[1]]!r}" if c else "       cue    : None")
    return warns


def main(argv):
    verbose = "--quiet" not in argv
    docs, warns = [], []
    ids = set()
    for a in ARTICLES:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        doc = build(a)
        if verbose:
            print(f"=== {doc['id']} ({doc['lang']}, {doc['source']}, {len(doc['text'].split())} words, {len(doc['quotes'])} quotes)")
        warns += check(doc, verbose)
        docs.append(doc)
    write_and_summarise(docs, OUT, warns)


def french_spaces(text, sp):
    """French typography: the plain spaces written inside « » and before : ; ? ! turned into `sp` (the
    no-break space or the narrow one), as French outlets print them."""
    text = text.replace("« ", "«" + sp).replace(" »", sp + "»")
    for p in (":", ";", "?", "!"):
        text = text.replace(" " + p, sp + p)
    return text


def collector(articles):
    """The `article(...)` function the other corpora's article modules call: it appends to `articles`.
    `nbsp="\u00a0"` (or the narrow "\u202f") applies french_spaces to the article's markup."""
    def article(id, source, lang, speakers, text, notes="", nbsp=None):
        markup = text.strip("\n") + "\n"
        if nbsp:
            markup = french_spaces(markup, nbsp)
        articles.append({"id": id, "source": source, "lang": lang, "speakers": speakers,
                             "markup": markup, "notes": notes})
    return article


def build_batch(script, out_name, modules, words=(250, 700), ignored=()):
    """Build one batch's gold file (`out_name`, beside `script`) from its article modules: what every
    per-batch build script does. The article modules import `article` from their build script, which
    runs as __main__; it is handed to them under the script's own name too."""
    import importlib

    sys.dont_write_bytecode = True
    here = os.path.dirname(os.path.abspath(script))
    sys.path.insert(0, here)
    articles = []
    main_module = sys.modules["__main__"]
    main_module.article = collector(articles)
    sys.modules.setdefault(os.path.splitext(os.path.basename(script))[0], main_module)
    for name in modules:
        importlib.import_module(name)  # each module calls article(...)
    build_collection(articles, os.path.join(here, out_name), sys.argv[1:], words=words, ignored=ignored)


def build_collection(articles, out, argv, words=(250, 700), ignored=()):
    """Build, check and write one corpus of the other build scripts (fresh, wire_en, wire_frhi, es, de):
    every article of `articles` once, `words` the length range this corpus asks for (the held-out
    checker's own 150-600 is not theirs), warnings containing any of `ignored` dropped."""
    verbose = "--quiet" not in argv
    docs, warns, ids = [], [], set()
    for a in articles:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        doc = build(a)
        n = len(doc["text"].split())
        if verbose:
            print(f"=== {doc['id']} ({doc['lang']}, {doc['source']}, {n} words, {len(doc['quotes'])} quotes)")
        warns += [
            w for w in check(doc, verbose) if "words (outside" not in w and not any(x in w for x in ignored)
        ]
        if not words[0] <= n <= words[1]:
            warns.append(f"{doc['id']}: {n} words (outside {words[0]}-{words[1]})")
        docs.append(doc)
    write_and_summarise(docs, out, warns)


def write_and_summarise(docs, out, warns):
    """Write the gold JSONL and print articles and quotes per language and kind, then the warnings
    (shared by the other corpora's build scripts)."""
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    per_lang = collections.Counter(d["lang"] for d in docs)
    kinds = collections.Counter()
    for d in docs:
        for q in d["quotes"]:
            kinds[(d["lang"], q["kind"] + ("?" if q.get("optional") else ""))] += 1
    print(f"\nwrote {out}: {len(docs)} articles")
    for lang in sorted(per_lang):
        ks = {k: v for (lg, k), v in sorted(kinds.items()) if lg == lang}
        print(f"  {lang}: {per_lang[lang]} articles, {sum(ks.values())} quotes {ks}  (kind? = optional)")
    if warns:
        print("\nWARNINGS:")
        for w in warns:
            print("  " + w)


# =========================================================================== articles
# Each article: id, source (style label), lang, speakers {key: canonical name or list}, markup text.


article(
    "ho_en_01_wire_port_strike", "synthetic/wire-reuters-style", "en",
    {"vandamme": "Pieter Vandamme", "scs": "Scheldt Container Services", "claeys": "Ines Claeys",
     "source": "a source familiar with the negotiations", "peeters": "Lotte Peeters",
     "meuse": "Analysts at Meuse Capital"},
    """
Antwerp dockworkers extend strike as pay talks stall

ANTWERP, Belgium, March 12 (Wire) - Dockworkers at one of Europe's busiest container terminals extended their strike for a third day on Tuesday, after {{m:m1|union leader Pieter Vandamme}} {{c:c1|said}} {{q:mixed:vandamme:m1:c1|management had not made "a single serious offer" since the walkout began}}.

"{{q:direct:vandamme:m2:c2|We are not going back until there is something on the table that our members can actually vote on,}}" {{m:m2|Vandamme}} {{c:c2|told}} reporters outside the terminal gates. "{{q:direct:vandamme:m2:c2|Nobody wants to see ships waiting at anchor, but the responsibility for that lies with the employers.}}"

The terminal operator, {{m:m3|Scheldt Container Services}}, {{c:c3|said}} in a statement on Tuesday that {{q:indirect:scs:m3:c3|it had offered a 4.5% pay rise over two years and remained open to talks at any time}}. "{{q:direct:scs:m3b:c3b|We regret that the union has chosen to prolong a disruption that harms customers, workers and the wider economy,}}" {{m:m3b|the company}} {{c:c3b|added}}.

About 40 vessels were waiting to berth on Tuesday, according to shipping data, and several freight forwarders said they had begun rerouting cargo.

{{m:m5|Ines Claeys}}, a spokeswoman for the port authority, {{c:c5|told}} reporters that {{q:indirect:claeys:m5:c5|contingency plans were in place to divert some cargo to neighbouring terminals}}, but {{c:c6|warned}} that {{q:indirect:claeys:m5:c6|delays could spread to inland rail and barge connections if the dispute dragged on into next week}}.

{{m:m7|A source familiar with the negotiations}}, who spoke on condition of anonymity because the talks are private, {{c:c7|said}} {{q:indirect:source:m7:c7|the two sides remained divided over the length of the agreement and over weekend overtime rules}}.

Economy Minister {{m:m8|Lotte Peeters}} {{c:c8|urged}} {{q:indirect?:peeters:m8:c8|both sides to return to the table without preconditions}}.

"{{q:direct:peeters:m9:c9|Every day this goes on costs the Belgian economy money, and it costs Antwerp credibility with shippers who have alternatives,}}" {{m:m9|she}} {{c:c9|said}} on Tuesday.

{{q:indirect:meuse:m10:c10|A strike lasting longer than a week could shave around 0.1 percentage point off Belgium's first-quarter growth}}, {{m:m10|analysts at Meuse Capital}} {{c:c10|said}} in a note to clients.

(Reporting by Marc Dujardin; Editing by Helen Carr)
""")

article(
    "ho_en_02_ap_tornado", "synthetic/wire-ap-style", "en",
    {"harlan": "Denise Harlan", "neighbor": "Denise Harlan's neighbor", "whitaker": "Ron Whitaker",
     "nws": "the National Weather Service", "okafor": "Grace Okafor", "dad": "Marcus Bell's father",
     "bell": "Marcus Bell"},
    """
Small Oklahoma town begins cleanup after overnight tornado

CASHION, Okla. (AP) - Residents of this farming town of 900 picked through splintered lumber and twisted sheet metal Wednesday after a tornado tore through its main street shortly before midnight, destroying the post office and at least 30 homes.

No deaths were reported, which {{m:m1|Mayor Ron Whitaker}} {{c:c1|called}} "{{q:direct?:whitaker:m1:c1|nothing short of a miracle}}."

"{{q:direct:harlan:m2:c2|{{m:m2n|My neighbor}} came banging on the door and {{c:c2n|said}}, '{{q:direct?:neighbor:m2n:c2n|Get in the cellar right now, it's on the ground,}}' and that's the only reason we're standing here,}}" {{c:c2|said}} {{m:m2|Denise Harlan}}, 61, whose roof landed in a soybean field across the road. {{q:indirect:harlan:m2s:c2s|Her neighbor had heard the warning on a weather radio}}, {{m:m2s|she}} {{c:c2s|said}}.

"{{q:direct:whitaker:m3:c3|We've got people sleeping in the church gym tonight and we're going to need help,}}" {{m:m3|Whitaker}} {{c:c3|told}} The Associated Press. "{{q:direct:whitaker:m3:c3|But this town has been knocked down before. We'll get back up.}}"

{{m:m4|The National Weather Service}} {{c:c4|said}} {{q:indirect:nws:m4:c4|a survey team would assess the damage Wednesday afternoon}}, but that {{q:indirect:nws:m4:c4|preliminary data suggested winds of up to 140 mph}}, which would make it an EF-2 tornado.

{{m:m5|Grace Okafor}}, a volunteer with the county emergency management office, {{c:c5|said}} {{q:indirect:okafor:m5:c5|crews had restored power to about half the town by midmorning}}. {{m:m6|She}} {{c:c6|said}} {{q:mixed:okafor:m6:c6|the biggest need was "tarps, tarps and more tarps" before rain expected Thursday}}.

Marcus Bell, 17, spent the morning helping his father pull family photos out of the mud.

"{{q:direct:bell:m7b:c7|{{m:m7d|He}} keeps {{c:c7d|saying}}, '{{q:direct?:dad:m7d:c7d|It's just stuff, it's just stuff,}}' but you can tell it's hard for him,}}" {{m:m7b|Bell}} {{c:c7|said}}. "{{q:direct:bell:m7b:c7|My grandpa built that house.}}"

Gov. Laura Pruitt declared a state of emergency for the county Wednesday morning, clearing the way for state aid.
""")

article(
    "ho_en_03_sport_football_uk", "synthetic/uk-sport-curly", "en",
    {"mcallister": "Graham McAllister", "osei": "Kwame Osei", "fenwick": "Tom Fenwick", "ref_body": "PGMOL"},
    """
McAllister fumes as Rovers let two-goal lead slip

Bristol Rovers 2 Wigan Athletic 2

{{m:m0|Graham McAllister}} {{c:c0|admitted}} {{q:mixed:mcallister:m0:c0|his side had “nobody to blame but ourselves”}} after Rovers threw away a two-goal lead in the final ten minutes at the Memorial Stadium on Saturday.

“{{q:direct:mcallister:m1:c1|At 2–0 you have to see that game out, simple as that,}}” {{m:m1|the Rovers manager}} {{c:c1|said}}. “{{q:direct:mcallister:m1:c1|We stopped doing the things that got us the lead. We dropped deeper and deeper, and at this level you get punished for it.}}”

Kwame Osei had put the hosts ahead with a glancing header before the break and doubled the lead from the penalty spot on 63 minutes, but substitute Tom Fenwick pulled one back with a deflected shot and then levelled in stoppage time.

“{{q:direct:osei:m2:c2|It’s a strange one,}}” {{c:c2|said}} {{m:m2|Osei}}, who now has nine goals this season. “{{q:direct:osei:m2:c2|The dressing room is flat because we know we should be going home with three points. But we go again on Tuesday.}}”

{{m:m3|McAllister}}, whose side sit 14th, {{c:c3|insisted}} {{q:indirect:mcallister:m3:c3|the equaliser should have been ruled out for a push on his goalkeeper}}. {{m:m4|The 51-year-old}} {{c:c4|said}} {{q:mixed:mcallister:m4:c4|he would be asking for “an explanation, not an apology” from the referees’ body}}.

“{{q:direct:mcallister:m5:c5|I’ve watched it back four times,}}” {{m:m5|he}} {{c:c5|told}} Radio Bristol. “{{q:direct:mcallister:m5:c5|He’s got both hands in the keeper’s back. If that’s given at the other end, we’re all talking about it.}}”

Fenwick, on loan from Stoke, was more philosophical. “{{q:direct:fenwick:m6:c6|The gaffer told us to keep going and that the chances would come, and they did,}}” {{m:m6|the 20-year-old}} {{c:c6|said}}. “{{q:direct:fenwick:m6:c6|Two goals off the bench – I’ll take that every week.}}”

Rovers host Cheltenham on Tuesday night.
""")

article(
    "ho_en_04_court_uk_crown", "synthetic/uk-broadsheet-single-quotes", "en",
    {"judge": "Judge Amelia Hartley", "pros": "Rebecca Thorne", "def": "Owen Pritchard",
     "ward": "Daniel Ward", "docs": "court documents", "victim": "Ian Baxter"},
    """
Council officer who took £180,000 in bribes jailed for four years

A former council planning officer who accepted more than £180,000 in bribes from developers has been jailed for four years, with {{m:m0|a judge}} {{c:c0|describing}} his conduct as ‘{{q:direct?:judge:m0:c0|a sustained betrayal of public trust}}’.

Daniel Ward, 47, of Kettering, admitted misconduct in a public office at Northampton Crown Court in January.

Sentencing him on Friday, {{m:m1|Judge Amelia Hartley}} {{c:c1|said}}: ‘{{q:direct:judge:m1:c1|You were in a position where residents were entitled to assume that applications were decided on their merits. For nearly three years, they were not. Your victims are not only the objectors who lost out, but every honest officer in that department.}}’

{{m:m2|Prosecutor Rebecca Thorne}} {{c:c2|told}} the court that {{q:indirect:pros:m2:c2|Ward had approved 23 applications after receiving cash, holidays and, on one occasion, a second-hand Range Rover}}.

‘{{q:direct:pros:m3:c3|He described the payments in his own messages as “consultancy fees”, but there was no consultancy,}}’ {{m:m3|Ms Thorne}} {{c:c3|said}}. ‘{{q:direct:pros:m3:c3|There was simply a price, and developers who paid it.}}’

{{c:c4b|According to}} {{m:m4|court documents}}, {{q:indirect:docs:m4:c4b|the largest single payment, of £42,000, was made in a supermarket car park in 2021}}.

The court heard that one developer had been {{c:c5|told}} by {{m:m5|Ward}}: ‘{{q:direct:ward:m5:c5|Put it in an envelope and nobody needs to know.}}’

{{m:m6|Owen Pritchard}}, defending, {{c:c6|said}} {{q:mixed:def:m6:c6|his client had been under severe financial pressure after his divorce and was “deeply ashamed”}}. {{m:m7|He}} {{c:c7|asked}} {{q:indirect?:def:m7:c7|the judge to consider a suspended sentence, given Ward’s guilty plea and previous good character}}.

‘{{q:direct:def:m8:c8|Mr Ward does not seek to minimise what he did,}}’ {{m:m8|Mr Pritchard}} {{c:c8|told}} the judge. ‘{{q:direct:def:m8:c8|He has lost his career, his reputation and his home.}}’

{{m:m9|Ian Baxter}}, a resident whose objection to a 60-home scheme was overruled, {{c:c9|said}} outside court that {{q:mixed:victim:m9:c9|the sentence was a “start”}} but that {{q:indirect:victim:m9:c9|the approvals themselves should now be reviewed}}.
""")

article(
    "ho_en_05_court_us_federal", "synthetic/us-ap-court-straight", "en",
    {"docs": "court documents", "pros": "Assistant U.S. Attorney Michael Reyes", "def": "Sandra Kowalczyk",
     "judge": "U.S. District Judge Harold Lin", "indict": "the indictment", "doj": "the U.S. Attorney's Office",
     "delacroix": "Victor Delacroix"},
    """
Former hospital billing executive pleads not guilty to $14 million fraud

NEWARK, N.J. (AP) - A former billing executive at a New Jersey hospital chain pleaded not guilty Thursday to charges that he steered $14 million in false insurance claims through a network of shell clinics.

Victor Delacroix, 58, of Montclair, is charged with health care fraud, wire fraud and money laundering. {{c:c1|According to}} {{m:m1|court documents}}, {{q:indirect:docs:m1:c1|Delacroix created at least six clinics that existed only on paper and billed insurers for physical therapy sessions that never took place}}.

{{m:m2|The indictment}} {{c:c2|alleges}} {{q:indirect?:indict:m2:c2|that he used part of the money to buy a beach house in Cape May and a 42-foot boat}}.

"{{q:direct:pros:m3:c3|This was not a paperwork error. This was a business model,}}" {{m:m3|Assistant U.S. Attorney Michael Reyes}} {{c:c3|told}} the judge during the brief hearing. {{m:m4|Reyes}} {{c:c4|said}} {{q:indirect:pros:m4:c4|investigators had traced the payments through 11 bank accounts}} and {{c:c4b|asked}} {{q:indirect?:pros:m4:c4b|that Delacroix surrender his passport}}.

{{m:m5|Defense attorney Sandra Kowalczyk}} {{c:c5|said}} {{q:mixed:def:m5:c5|her client was a "mid-level employee" being made a scapegoat for failures by the hospital's own compliance department}}.

"{{q:direct:def:m6:c6|Mr. Delacroix looks forward to his day in court,}}" {{m:m6|Kowalczyk}} {{c:c6|said}} outside the courthouse. "{{q:direct:def:m6:c6|When the full record comes out, people are going to ask a very different question: Who signed off on all of this?}}"

U.S. District Judge Harold Lin granted the passport request and set a trial date of Sept. 8. "{{q:direct:judge:m7b:c7|I expect both sides to be ready. I won't be moving this date,}}" {{m:m7b|Lin}} {{c:c7|said}}.

Asked by reporters whether he had anything to say, {{m:m8|Delacroix}} {{c:c8|replied}}, "{{q:direct:delacroix:m8:c8|Talk to my lawyer,}}" and got into a waiting car.

{{m:m9|The U.S. Attorney's Office}} {{c:c9|said}} in a statement that {{q:indirect:doj:m9:c9|the investigation was continuing}} and that {{q:indirect:doj:m9:c9|additional charges against other defendants were possible}}.

If convicted on the most serious count, Delacroix faces up to 20 years in prison.
""")

article(
    "ho_en_06_business_earnings", "synthetic/us-business-earnings", "en",
    {"nakamura": "Erin Nakamura", "company": "Brightwell Foods", "cfo": "Paul Adeyemi",
     "analyst1": "Julia Moreau", "analyst2": "Dev Raman", "investor": "a top-20 shareholder"},
    """
Brightwell Foods shares slide as {{m:h1|CEO}} {{c:h1|warns of}} '{{q:direct?:nakamura:h1:h1|transition year}}'

Brightwell Foods Inc. shares fell 9% in early trading on Wednesday after the packaged-food maker cut its full-year outlook and {{m:h2|its chief executive}} {{c:h2|described}} 2025 as a "{{q:direct?:nakamura:h2:h2|transition year}}" for the company.

{{m:m1|The company}} {{c:c1|said in a statement}} that {{q:indirect:company:m1:c1|it now expected adjusted earnings of $2.10 to $2.20 per share, down from a previous forecast of $2.45 to $2.55}}, citing higher cocoa and packaging costs and weaker demand for its frozen meals.

"{{q:direct:nakamura:m2:c2|We are not going to chase volume with promotions that destroy value,}}" {{m:m2|Chief Executive Erin Nakamura}} {{c:c2|said}} on a call with analysts. "{{q:direct:nakamura:m2:c2|We would rather take the pain now, fix the portfolio and come out of this with brands that can grow on their own.}}"

{{m:m3|Nakamura}}, who took over in March, {{c:c3|said}} {{q:indirect:nakamura:m3:c3|the company would sell or close its private-label snacks unit by the end of the year}}. She declined to say whether any buyers had been approached.

{{m:m4|Chief Financial Officer Paul Adeyemi}} {{c:c4|told}} analysts {{q:mixed:cfo:m4:c4|the dividend was "absolutely safe"}} and that {{q:indirect:cfo:m4:c4|the company still planned to buy back $300 million of stock}}.

Quarterly net sales fell 3.4% to $1.87 billion, below the $1.92 billion expected by analysts, according to LSEG data. Net income was $141 million, or 98 cents a share, compared with $176 million a year earlier.

Not everyone was convinced. "{{q:direct:analyst1:m5:c5|The strategy makes sense on paper, but they have said 'next year' for three years in a row,}}" {{c:c5|said}} {{m:m5|Julia Moreau}}, an analyst at Harlow Securities who rates the stock "hold."

{{m:m6|Dev Raman}} of Castlegate Research {{c:c6|wrote}} in a note that {{q:mixed:analyst2:m6:c6|the guidance cut was "kitchen-sinking" that left room for the company to beat lowered expectations later in the year}}.

{{m:m7|One top-20 shareholder}}, who asked not to be identified because the discussions were private, {{c:c7|said}} {{q:indirect:investor:m7:c7|several large investors had pressed the board for a faster sale of the snacks unit}}.
""")

article(
    "ho_en_07_qa_interview", "synthetic/magazine-qa-interview", "en",
    {"lindqvist": "Hanna Lindqvist", "interviewer": "the interviewer", "coach": "Hanna Lindqvist's coach"},
    """
‘{{q:direct:lindqvist:h1:-|I don’t think about retiring, I think about Tuesday’s session}}’: {{m:h1|marathon great}} on her final season

Ahead of next month’s Berlin Marathon, we spoke to {{m:m1|Hanna Lindqvist}}, 39, the two-time world champion, about training, injuries and why she is not done yet. This interview has been edited for length and clarity.

Q: {{q:direct?:interviewer:-:-|You turned 39 in March. Is Berlin your last marathon?}}

A: {{q:direct:lindqvist:m1:-|People have been asking me that since I was 34. Honestly, I don’t know. If my body tells me it is finished, I will listen. Right now it is telling me to run.}}

Q: {{q:direct?:interviewer:-:-|You missed most of last season with a stress fracture. How did that change your training?}}

A: {{q:direct:lindqvist:m1:-|I run less and I sleep more. I used to do 200 kilometres a week. Now it is closer to 150, with more cycling and a lot more strength work. {{m:m2|My coach}} {{c:c2|said}} to me, “{{q:direct?:coach:m2:c2|You can be stubborn or you can be fast, but not both,}}” and he was right.}}

Q: {{q:direct?:interviewer:-:-|What does a good result in Berlin look like?}}

A: {{q:direct:lindqvist:m1:-|A podium would be wonderful. But the young women are running 2:16 now, so I am realistic. If I run under 2:21 I will be very happy, and I will have a beer with my husband afterwards.}}

Q: {{q:direct?:interviewer:-:-|Do you watch your own old races?}}

A: {{q:direct:lindqvist:m1:-|Never. My daughter does, and she laughs at my haircut from 2013. She is right, it was terrible.}}

Q: {{q:direct?:interviewer:-:-|What will you do when you finally stop?}}

A: {{q:direct:lindqvist:m1:-|Coach, maybe. Or open a bakery. Everyone thinks I am joking about the bakery. I am not joking about the bakery.}}
""")

article(
    "ho_en_08_politics_pronouns_uk", "synthetic/uk-politics-pronoun-chains", "en",
    {"marsh": "Helen Marsh", "okonjo": "David Okonjo", "pike": "Sir Alan Pike", "no10": "Downing Street",
     "aide": "an aide to the minister"},
    """
Housing minister defends planning shake-up as backbench unease grows

The housing minister, {{m:m0|Helen Marsh}}, has defended plans to strip councils of the power to block large developments, {{c:c0|insisting}} {{q:mixed:marsh:m0:c0|the reforms would “get Britain building again”}} despite mounting criticism from her own benches.

{{m:m1|Ms Marsh}} {{c:c1|told}} the Commons on Monday that {{q:indirect:marsh:m1:c1|the current system allowed a handful of objectors to hold entire towns to ransom}}. {{m:m2|She}} {{c:c2|said}} {{q:indirect:marsh:m2:c2|the government would publish a list of 40 priority sites before the summer recess}}.

“{{q:direct:marsh:m3:c3|I make no apology for being impatient. A generation of young people has been locked out of home ownership, and warm words have not built a single house,}}” {{m:m3|the minister}} {{c:c3|said}}.

{{m:m4|The 54-year-old}}, a former council leader in Leeds, {{c:c4|added}} that {{q:mixed:marsh:m4:c4|she had “every confidence” the bill would pass}}, though {{m:m4b|she}} {{c:c4b|acknowledged}} that {{q:indirect:marsh:m4b:c4b|amendments on green-belt land were likely}}.

Her opposite number, {{m:m4c|David Okonjo}}, {{c:c4c|accused}} {{q:mixed?:okonjo:m4c:c4c|the government of “bulldozing local democracy”}}. {{m:m5|He}} {{c:c5|said}} {{q:indirect:okonjo:m5:c5|the minister had failed to explain who would pay for the roads, schools and GP surgeries the new estates would need}}.

“{{q:direct:okonjo:m6:c6|You cannot build communities by decree from Whitehall,}}” {{m:m6|Mr Okonjo}} {{c:c6|said}}. “{{q:direct:okonjo:m6:c6|She talks about impatience. Residents are impatient too – for a doctor’s appointment.}}”

The most pointed criticism came from Sir Alan Pike, the veteran MP for Wessex Downs and chairman of the rural affairs committee. {{m:m7|He}} {{c:c7|warned}} that {{q:indirect:pike:m7:c7|as many as 30 of his colleagues could rebel if the green-belt clauses were not softened}}.

“{{q:direct:pike:m8:c8|I have supported every housing bill for twenty years, but I will not vote for this one as drafted,}}” {{m:m8|he}} {{c:c8|said}}.

{{m:m9|Downing Street}} {{c:c9|said}} {{q:mixed:no10:m9:c9|the prime minister had “full confidence” in Ms Marsh}} and that {{q:indirect:no10:m9:c9|there were no plans to delay the second reading}}. {{m:m10|An aide to the minister}}, speaking privately, {{c:c10|said}} {{q:mixed:aide:m10:c10|she had met Sir Alan twice in the past week and would “keep the door open”}}.

Asked whether she feared a rebellion, {{m:m11|Ms Marsh}} {{c:c11|replied}}: “{{q:direct:marsh:m11:c11|I fear a country where my children can’t afford to live near me. That is what keeps me awake.}}”
""")

article(
    "ho_en_09_anonymous_sources", "synthetic/us-diplomacy-anonymous", "en",
    {"official": "a senior administration official", "people": "two people familiar with the talks",
     "diplomat": "a European diplomat", "briefed": "a person briefed on the discussions",
     "state": "the State Department", "ministry": "the Ministry of Foreign Affairs", "hale": "Matthew Hale", "official9": "a former negotiator", "bothsides": "officials on both sides of the negotiations"},
    """
U.S. weighs easing tariffs in exchange for rare-earth export guarantees

WASHINGTON - {{q:indirect:bothsides:m0:c0|The administration is considering lifting tariffs on a range of industrial goods in exchange for guaranteed supplies of rare-earth minerals}}, {{c:c0|according to}} {{m:m0|officials on both sides of the negotiations}}.

{{m:m1|A senior administration official}}, who asked not to be named because the talks are ongoing, {{c:c1|said}} {{q:indirect:official:m1:c1|a draft framework could be ready for leaders to review by the end of the month}}.

"{{q:direct:official:m2:c2|Nobody is going to sign anything that leaves us dependent on a single supplier again,}}" {{m:m2|the official}} {{c:c2|said}}. "{{q:direct:official:m2:c2|That is the red line.}}"

{{q:indirect:people:m3:c3|The proposal would cover about $18 billion worth of goods}}, {{c:c3|according to}} {{m:m3|two people familiar with the talks}}. {{q:indirect:people:m3b:c3b|Negotiators have so far been unable to agree on how guarantees would be enforced}}, {{m:m3b|they}} {{c:c3b|said}}.

{{m:m4|A European diplomat}} briefed by U.S. counterparts {{c:c4|described}} the mood as "{{q:direct?:diplomat:m4:c4|cautiously hopeful, with heavy emphasis on cautiously}}."

{{c:c5|According to}} {{m:m5|a person briefed on the discussions}}, {{q:mixed:briefed:m5:c5|one option under review would phase out tariffs over three years, with a "snap-back" clause if deliveries fell short}}.

Asked about the talks on Tuesday, {{m:m6|State Department spokesman Matthew Hale}} {{c:c6|said}} {{q:mixed:hale:m6:c6|he would not "negotiate in public"}}. "{{q:direct:hale:m7:c7|We've been clear that we want secure, diversified supply chains, and we're talking to a number of partners about how to get there,}}" {{m:m7|Hale}} {{c:c7|told}} reporters.

{{m:m8|The country's Ministry of Foreign Affairs}} {{c:c8|said}} in a brief statement that {{q:mixed:ministry:m8:c8|consultations were "constructive" and would continue}}.

Officials have been burned before. Talks on a similar arrangement collapsed in 2023 after, {{c:c9|in the words of}} {{m:m9|one former negotiator}}, "{{q:direct:official9:m9:c9|everyone agreed on everything except the details.}}"
""")

article(
    "ho_en_10_multiparagraph_statement", "synthetic/uk-regional-multiparagraph", "en",
    {"family": "the Pryce family", "evans": "Carys Evans", "coastguard": "HM Coastguard"},
    """
Family thanks lifeboat crew after father and son rescued off Gower

The family of a father and son who spent three hours clinging to an upturned kayak off the Gower coast have paid tribute to the volunteers who rescued them.

Gareth Pryce, 44, and his son Rhys, 12, were pulled from the water near Worm’s Head on Sunday evening after a passing walker raised the alarm. Both were treated for hypothermia at Morriston Hospital and have since been discharged.

In a statement released through the RNLI on Tuesday, {{m:m1|the family}} {{c:c1|said}}:

“{{q:direct:family:m1:c1|We cannot find the words to thank the crew of the Mumbles lifeboat, the coastguard teams and the walker whose name we still do not know.

“When the kayak went over, Gareth kept Rhys talking the whole time about football, school, anything at all, so that he would not panic. They could see the lights of the cars on the headland and they held on to that.

“We know how lucky we are. Please, if you go out on the water this summer, tell someone where you are going and carry a way to call for help. It made all the difference for us.}}”

{{m:m2|Carys Evans}}, the lifeboat’s helm, {{c:c2|said}} {{q:indirect:evans:m2:c2|the pair had drifted almost two miles from where they launched}}.

“{{q:direct:evans:m2:-|By the time we reached them the light was going and the sea state was building. Another half an hour and this could have been a very different story.

“Rhys was incredibly brave. He gave us a thumbs up as we lifted him aboard, which is more than most adults manage.}}”

{{m:m4|HM Coastguard}} {{c:c4|said}} {{q:indirect:coastguard:m4:c4|it had coordinated more than 40 call-outs along the south Wales coast since the start of May}}, and {{c:c5|urged}} {{q:indirect?:coastguard:m4:c5|paddlers to check tide times and carry a waterproof phone pouch}}.
""")

article(
    "ho_en_11_scare_quotes_titles", "synthetic/culture-scare-quotes", "en",
    {"adeyemi": "Funmi Adeyemi", "critic": "Lorna Fitch", "critics": "critics", "publisher": "Harbour & Finch"},
    """
Pandemic novel tops charts as readers embrace the ‘new normal’ in fiction

Funmi Adeyemi’s third novel, “The Quiet Harbour”, has become the surprise hit of the spring, selling more than 120,000 copies in its first month and knocking the latest “Dragon’s Reach” instalment off the top of the bestseller list.

The book follows a family of lighthouse keepers through what the narrator calls the so-called “new normal” of lockdown – a phrase the author admits she grew tired of hearing. {{m:m0|Critics}} have {{c:c0|described}} it as a “{{q:direct?:critics:m0:c0|slow-burn page-turner}}”, and booksellers report queues for signed copies.

“{{q:direct:adeyemi:m1:c1|I didn’t set out to write a pandemic novel. I set out to write about a marriage, and the pandemic got in the way, the way it did for everyone,}}” {{m:m1|Adeyemi}} {{c:c1|said}} at a reading in Bristol on Thursday.

{{m:m2|The 41-year-old}}, who worked as a hospital pharmacist until 2022, {{c:c2|said}} {{q:indirect:adeyemi:m2:c2|the title came from a line in an old sea shanty her grandmother used to sing}}, not from any of the government slogans of the time, such as “Stay Home, Save Lives”.

The novel’s success has not been universal. In a review headlined “Harbouring Doubts”, {{m:m3|the critic Lorna Fitch}} {{c:c3|wrote}} that {{q:mixed:critic:m3:c3|the middle section “drifts as aimlessly as the boats it describes”}}, though {{m:m3b|she}} {{c:c3b|praised}} {{q:indirect?:critic:m3b:c3b|the book’s final chapter}}.

{{m:m4|Harbour & Finch}}, the independent publisher that bought the book after eleven rejections, {{c:c4|said}} {{q:indirect:publisher:m4:c4|it had ordered a fourth print run}}.

Adeyemi, whose Instagram account “@lighthouse_funmi” has gained 50,000 followers since publication, laughed off talk of a sequel. “{{q:direct:adeyemi:m5:c5|People keep asking what happens next. I tell them: the tide comes in, the tide goes out. That’s the sequel,}}” {{m:m5|she}} {{c:c5|said}}.

A television adaptation, provisionally titled “Keepers”, is in development.
""")

article(
    "ho_en_12_headline_mediator", "synthetic/uk-headline-attribution", "en",
    {"sorensen": "Anders Sørensen", "union": "the RMT union", "operator": "Southern Line Rail",
     "mccall": "Bridget McCall", "dft": "the Department for Transport"},
    """
{{q:mixed:sorensen:h1:h1c|Rail talks ‘close to a deal’}}, {{c:h1c|says}} {{m:h1|mediator}}

{{q:mixed:sorensen:m0:c0|Negotiators in the six-month dispute between Southern Line Rail and train drivers are “within touching distance” of an agreement}}, {{m:m0|the independent mediator overseeing the talks}} {{c:c0|said}} last night.

{{m:m1|Anders Sørensen}}, who was appointed by Acas in September, {{c:c1|said}} {{q:mixed:sorensen:m1:c1|the two sides had narrowed their differences on pay to “less than one percentage point” and had agreed in principle on rostering}}.

‘{{q:direct:sorensen:m2:c2|I would not be standing here if I did not believe a settlement was possible this week,}}’ {{m:m2|Mr Sørensen}} {{c:c2|told}} reporters outside the talks in central London. ‘{{q:direct:sorensen:m2:c2|There is goodwill in the room. What there is not yet is a signature.}}’

Bridget McCall, the union’s lead negotiator, was more cautious. ‘{{q:direct:mccall:m3b:c3|We have been close before,}}’ {{m:m3b|she}} {{c:c3|said}}. ‘{{q:direct:mccall:m3b:c3|Our members will believe it when they see it in writing, and so will I.}}’

{{m:m4|Southern Line Rail}} {{c:c4|said}} in a statement that {{q:mixed:operator:m4:c4|it remained “fully committed” to reaching an agreement}} and that {{q:indirect:operator:m4:c4|services would run as normal on Thursday}}.

{{m:m5|The Department for Transport}} {{c:c5|said}} {{q:indirect:dft:m5:c5|it welcomed the progress}}, {{c:c5b|adding}} that {{q:mixed:dft:m5:c5b|passengers had “endured enough disruption”}}.

Drivers have staged eleven days of strikes since April, costing the operator an estimated £38m in lost revenue.
""")

article(
    "ho_fr_01_politique_afp", "synthetic/fr-depeche-afp-style", "fr",
    {"dubreuil": "Claire Dubreuil", "lavigne": "Jean-Marc Lavigne", "matignon": "Matignon",
     "proche": "un proche du dossier", "sondage": "l'institut Opinio"},
    """
Assurance chômage : la ministre maintient sa réforme malgré la grogne syndicale

PARIS, 14 mai (Dépêche) - {{m:m1|La ministre du Travail, Claire Dubreuil}}, {{c:c1|a déclaré}} mardi que {{q:indirect:dubreuil:m1:c1|le gouvernement ne reviendrait pas sur la réduction de la durée d'indemnisation}}, au lendemain d'une journée de mobilisation qui a réuni plusieurs dizaines de milliers de manifestants.

«\u00a0{{q:direct:dubreuil:m2:c2|Nous ne reculerons pas,}} {{c:c2|a affirmé}} {{m:m2|la ministre}} sur une radio nationale. {{q:direct:dubreuil:m2:c2|Cette réforme est juste, elle est nécessaire, et elle sera appliquée au 1er septembre.}}\u00a0»

{{m:m3|Mme Dubreuil}} {{c:c3|a ajouté que}} {{q:mixed:dubreuil:m3:c3|des «\u00a0ajustements\u00a0» restaient possibles pour les seniors}}, sans en préciser la nature.

Du côté des syndicats, le ton reste ferme. «\u00a0{{q:direct:lavigne:m4:c4|Le gouvernement fait des économies sur le dos de ceux qui n'ont plus rien}}\u00a0», {{c:c4|a dénoncé}} {{m:m4|Jean-Marc Lavigne}}, secrétaire général de la CFTU. «\u00a0{{q:direct:lavigne:m5:c5|S'il le faut, nous appellerons à une nouvelle journée d'action avant l'été}}\u00a0», {{c:c5|a-t-{{m:m5|il}} dit}}.

{{c:c6|Selon}} {{m:m6|Matignon}}, {{q:indirect:matignon:m6:c6|la réforme doit permettre d'économiser près de 3 milliards d'euros par an d'ici à 2027}}.

{{m:m7|Un proche du dossier}}, qui a requis l'anonymat, {{c:c7|estime}} pour sa part que {{q:indirect:proche:m7:c7|l'exécutif pourrait lâcher du lest sur le calendrier si la mobilisation s'amplifiait}}.

{{c:c8|D'après}} {{m:m8|un sondage de l'institut Opinio}} publié dimanche, {{q:mixed?:sondage:m8:c8|62\u00a0% des Français jugent la réforme «\u00a0injuste\u00a0»}}.

Le texte du décret doit être présenté en Conseil des ministres le 28 mai.
""")

article(
    "ho_fr_02_sport_rugby", "synthetic/fr-presse-sportive", "fr",
    {"maury": "Sébastien Maury", "nkembe": "Paul Nkembe", "garcia": "Inès Garcia", "club": "le club"},
    """
Top 14 : Bayonne s'offre Toulouse, {{m:h1|Maury}} {{c:h1|savoure}} « {{q:direct?:maury:h1:h1|une victoire de caractère}} »

Vainqueur de Toulouse (24-19) samedi soir au stade Jean-Dauger, l'Aviron bayonnais a signé sa plus belle performance de la saison. Son entraîneur, {{m:m1|Sébastien Maury}}, {{c:c1|estime}} que {{q:mixed:maury:m1:c1|son équipe a « enfin montré son vrai visage » face au champion en titre}}.

« {{q:direct:maury:m1:-|On a souffert en mêlée pendant quarante minutes, mais les garçons n'ont jamais lâché. C'est une victoire de caractère.}} »

{{m:m2|Le technicien}} {{c:c2|a reconnu}} toutefois {{q:mixed:maury:m2:c2|avoir eu « un peu peur » lors des dix dernières minutes}}.

Auteur d'un essai et de trois pénalités, Paul Nkembe a été le grand artisan du succès basque. « {{q:direct:nkembe:m3b:c3|Je ne pense pas aux statistiques. Ce qui compte, c'est qu'on a gagné ensemble,}} » {{c:c3|a affirmé}} {{m:m3b|le demi d'ouverture}}, 23 ans, au micro de la télévision. « {{q:direct:nkembe:m3b:c3|Le public nous a portés du début à la fin.}} »

Côté toulousain, on ne cherchait pas d'excuses. {{c:c4|Selon}} {{m:m4|le manager Inès Garcia}}, {{q:mixed:garcia:m4:c4|son équipe a « manqué de discipline » et a concédé trop de pénalités dans son propre camp}}.

« {{q:direct:garcia:m5:c5|On savait que ce serait un match de combat. Ils ont été meilleurs que nous dans ce domaine, il faut l'accepter,}} » {{c:c5|a-t-{{m:m5|elle}} confié}} en conférence de presse. {{m:m6|Elle}} {{c:c6|a ajouté que}} {{q:indirect:garcia:m6:c6|plusieurs internationaux seraient laissés au repos la semaine prochaine}}.

Avec cette victoire, Bayonne remonte à la cinquième place du classement.
""")

article(
    "ho_fr_03_justice_proces", "synthetic/fr-quotidien-regional-justice", "fr",
    {"roux": "Hélène Roux", "benali": "Karim Benali", "president": "Marc Vidal", "acte": "l'ordonnance de renvoi",
     "prevenu": "Thierry Lemaire", "victime": "une ancienne salariée"},
    """
Procès des faux devis : le parquet requiert trois ans de prison contre l'ancien maire

Trois ans de prison, dont un an ferme, et cinq ans d'inéligibilité : ce sont les réquisitions prononcées jeudi par le parquet contre Thierry Lemaire, ancien maire de Saint-Aubin-sur-Loire, jugé pour favoritisme et détournement de fonds publics.

{{c:c1|Selon}} {{m:m1|l'ordonnance de renvoi}}, {{q:indirect:acte:m1:c1|plus de 400 000 euros de travaux auraient été attribués sans mise en concurrence à une entreprise dirigée par un ami d'enfance de l'élu}}.

«\u202f{{q:direct:roux:m2:c2|Pendant six ans, la commune a été gérée comme une affaire de famille,}}\u202f» {{c:c2|a lancé}} {{m:m2|la procureure Hélène Roux}} dans son réquisitoire. «\u202f{{q:direct:roux:m2:c2|Ce dossier n'est pas celui d'une erreur administrative, c'est celui d'un système.}}\u202f»

{{m:m3|La magistrate}} {{c:c3|a également souligné}} que {{q:indirect:roux:m3:c3|plusieurs devis avaient été antidatés, parfois à la main}}.

L'avocat de la défense, {{m:m4|Me Karim Benali}}, {{c:c4|a plaidé}} {{q:indirect?:benali:m4:c4|la relaxe}}. {{m:m5|Il}} {{c:c5|a affirmé}} que {{q:mixed:benali:m5:c5|son client n'avait « jamais touché un centime »}} et qu'{{q:mixed:benali:m5:c5|il avait seulement voulu « aller vite » pour rénover l'école}}.

«\u202f{{q:direct:benali:m6:c6|On reproche à M. Lemaire d'avoir été pressé. Ce n'est pas un délit,}}\u202f» {{c:c6|a-t-{{m:m6|il}} plaidé}}.

Invité à s'exprimer en dernier, {{m:m7|le prévenu}} {{c:c7|a déclaré}} : «\u202f{{q:direct:prevenu:m7:c7|J'ai peut-être été maladroit, mais j'ai toujours agi pour Saint-Aubin.}}\u202f»

{{m:m8|Une ancienne salariée de la mairie}}, citée comme témoin, {{c:c8|avait raconté}} la veille {{q:mixed:victime:m8:c8|avoir reçu l'ordre de « ne poser aucune question » sur les factures}}.

{{m:m9|Le président du tribunal, Marc Vidal}}, {{c:c9|a annoncé}} que {{q:indirect?:president:m9:c9|le jugement serait rendu le 3 juillet}}.
""")

article(
    "ho_hi_01_rajniti_baadh", "synthetic/hi-hindi-daily-politics", "hi",
    {"verma": ["Rajesh Verma", "राजेश वर्मा"], "yadav": ["Sunita Yadav", "सुनीता यादव"],
     "imd": ["India Meteorological Department", "मौसम विभाग"], "adhikari": ["a district official", "ज़िले के एक अधिकारी"],
     "villager": ["Ramesh Kumar", "रमेश कुमार"]},
    """
बाढ़ राहत पर सरकार और विपक्ष आमने-सामने, {{m:h1|मंत्री}} {{c:h1|बोले}} – {{q:indirect:verma:h1:h1|हर पीड़ित तक पहुंचेगी मदद}}

पटना। राज्य के आपदा प्रबंधन मंत्री {{m:m1|राजेश वर्मा}} {{c:c1|ने मंगलवार को कहा कि}} {{q:indirect:verma:m1:c1|बाढ़ प्रभावित बारह ज़िलों में राहत शिविरों की संख्या दोगुनी की जाएगी}}। दरभंगा में एक समीक्षा बैठक के बाद {{m:m2|उन्होंने}} {{c:c2|कहा}}, “{{q:direct:verma:m2:c2|कोई भी परिवार भूखा नहीं सोएगा। हमने हर ब्लॉक में अधिकारियों को चौबीस घंटे तैनात रहने का निर्देश दिया है।}}”

{{m:m3|मंत्री}} {{c:c3|ने यह भी बताया कि}} {{q:indirect:verma:m3:c3|केंद्र सरकार से अतिरिक्त नावें और दवाइयां मांगी गई हैं}}।

वहीं विपक्ष की नेता {{m:m4|सुनीता यादव}} {{c:c4|ने आरोप लगाया कि}} {{q:indirect:yadav:m4:c4|सरकार ने चेतावनी मिलने के बावजूद समय पर तैयारी नहीं की}}। {{m:m5|यादव}} {{c:c5|ने कहा}}, “{{q:direct:yadav:m5:c5|लोग छतों पर बैठकर मदद का इंतज़ार कर रहे हैं और मंत्री जी हवाई सर्वेक्षण कर रहे हैं।}}”

{{m:m6|मौसम विभाग}} {{c:c6|के अनुसार}}, {{q:indirect:imd:m6:c6|अगले अड़तालीस घंटों में उत्तर बिहार में भारी बारिश जारी रह सकती है}}।

नाम न छापने की शर्त पर {{m:m7|ज़िले के एक वरिष्ठ अधिकारी}} {{c:c7|ने बताया कि}} {{q:indirect:adhikari:m7:c7|कई गांवों का संपर्क अब भी सड़क मार्ग से कटा हुआ है}}।

सिंहवाड़ा प्रखंड के किसान {{m:m8|रमेश कुमार}} {{c:c8|का कहना है कि}} {{q:indirect:villager:m8:c8|उनकी पूरी धान की फसल पानी में डूब गई है}}। "{{q:direct:villager:m9:c9|अब बस सरकार से उम्मीद है,}}" {{m:m9|उन्होंने}} {{c:c9|कहा}}।
""")

article(
    "ho_hi_02_khel_cricket", "synthetic/hi-hindi-sports", "hi",
    {"mehta": ["Arjun Mehta", "अर्जुन मेहता"], "singh": ["Vikram Singh", "विक्रम सिंह"],
     "naidu": ["Kiran Naidu", "किरण नायडू"], "board": ["the cricket board", "क्रिकेट बोर्ड"]},
    """
आख़िरी ओवर में जीत के बाद {{m:h1|कप्तान}} {{c:h1|बोले}}, ‘{{q:direct:mehta:h1:h1|टीम ने कभी हार नहीं मानी}}’

मुंबई। रोमांचक मुकाबले में दो विकेट से जीत दर्ज करने के बाद कप्तान {{m:m1|अर्जुन मेहता}} {{c:c1|ने कहा कि}} {{q:indirect:mehta:m1:c1|यह जीत पूरी टीम की मेहनत का नतीजा है}}। मैच के बाद प्रेस वार्ता में {{m:m2|उन्होंने}} {{c:c2|कहा}}, "{{q:direct:mehta:m2:c2|जब हमें आख़िरी ओवर में बारह रन चाहिए थे, तब भी ड्रेसिंग रूम में किसी ने हिम्मत नहीं हारी। यही इस टीम की ताक़त है।}}"

{{m:m3|मेहता}} {{c:c3|ने बताया कि}} {{q:indirect:mehta:m3:c3|तेज़ गेंदबाज़ किरण नायडू के कंधे की चोट गंभीर नहीं है}} और {{c:c3b|उम्मीद जताई कि}} {{q:indirect:mehta:m3:c3b|वह अगले मैच में खेल सकेंगे}}।

आख़िरी ओवर में दो चौके लगाकर टीम को जीत दिलाने वाले {{m:m4|नायडू}} {{c:c4|ने कहा}}, “{{q:direct:naidu:m4:c4|मैंने बस गेंद को देखा और अपने शॉट पर भरोसा रखा। {{m:m4b|कप्तान}} ने मुझसे {{c:c4b|कहा था}}, ‘{{q:direct?:mehta:m4b:c4b|घबराना मत, तुम यह कर सकते हो।}}’ बस वही बात दिमाग़ में थी।}}”

मुख्य कोच {{m:m5|विक्रम सिंह}} {{c:c5|के अनुसार}}, {{q:indirect:singh:m5:c5|टीम की फ़ील्डिंग में अब भी सुधार की काफ़ी गुंजाइश है}}। {{m:m6|सिंह}} {{c:c6|का कहना है कि}} {{q:indirect:singh:m6:c6|अगले हफ़्ते से खिलाड़ियों के लिए अतिरिक्त अभ्यास सत्र रखे जाएंगे}}। "{{q:direct:singh:m7:c7|जीत अच्छी है, लेकिन हमने तीन आसान कैच छोड़े। बड़े टूर्नामेंट में यह नहीं चलेगा,}}" {{m:m7|उन्होंने}} {{c:c7|कहा}}।

इस बीच {{m:m8|क्रिकेट बोर्ड}} {{c:c8|ने एक बयान में कहा कि}} {{q:indirect:board:m8:c8|फ़ाइनल मुकाबले के टिकट शुक्रवार से ऑनलाइन उपलब्ध होंगे}}।

इस जीत के साथ टीम अंक तालिका में दूसरे स्थान पर पहुंच गई है और शनिवार को उसका सामना चेन्नई से होगा।
""")


if __name__ == "__main__":
    main(sys.argv[1:])
