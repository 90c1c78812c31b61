"""Split attribution/parsing/engine.py (one 4,300-line module) into modules by stage and construction.

A one-off, re-runnable tool: it reads engine.py with `ast`, moves every top-level function, class and
constant, and every method of the two big classes (`Attributor`, `Resolver`), into the module the
tables below name, and writes the modules. Re-run on a later engine.py (more rules merged into the
monolith), it gives the same layout; the tables are the only thing to edit.

    git checkout main -- attribution/parsing/engine.py      # the monolith, with everyone's changes
    .venv/bin/python scripts/split_engine.py                 # writes the modules, rewrites engine.py
    .venv/bin/python scripts/compare_parser.py check /tmp/before.jsonl

What it does:
- A top-level name keeps its name and moves to PLACE[name]; the modules that use it import it
  (`from attribution.parsing.clauses import _clause_end`); names only used in annotations are imported
  under `if TYPE_CHECKING:` so no runtime import cycle comes from types.
- A method of a split class (SPLIT) either stays on the class (STAY) or becomes a module function
  METHODS["Class.method"] = (module, new_name) whose first parameter is the object it was a method of
  (`def find(at: Attributor, p: Para)`); every call `self._according(p)` in that class becomes
  `according.find(at, p)` (or `according.find(self, p)` in a method that stays), and the module is
  imported as a module (`from attribution.parsing.constructions import according`), which tolerates
  import cycles.
- Comments and blank lines above a definition move with it; docstrings and comments inside stay.
- Every module gets the docstring written in DOCS (construction modules: sentences they handle and one
  they must refuse), `from __future__ import annotations`, and the imports it needs, sorted by ruff;
  then ruff format runs on the written files (the monolith is nearly ruff-formatted; a moved method
  loses four spaces of indentation, so a few lines re-wrap).
- COMPILED in attribution/parsing/native.py is rewritten to list the modules (mypyc compiles them).

When something is not in the tables (a function, class, constant or method someone added to the
monolith) the script STOPS before writing anything and prints the missing names with a suggested table
line for each (the module that uses it): add the lines to PLACE / METHODS and run again. It also stops
on a stale entry's opposite (a name in a table that the source no longer has is only a warning), on a
runtime import cycle between `from X import name` imports, on a bound method of a split class used
as a value (`self._named_as_org` passed as a callback: mark it STAY), and on a module alias that clashes
with a name used in that module.

Usage: python scripts/split_engine.py [--check] [--source FILE]
(--check: analyse and report, write nothing; --source: read the monolith from FILE, not engine.py)
"""

from __future__ import annotations

import argparse
import ast
import builtins
import contextlib
import io
import re
import subprocess
import symtable
import sys
import textwrap
import tokenize
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARSING = ROOT / "attribution" / "parsing"
PACKAGE = "attribution.parsing"
SOURCE = PARSING / "engine.py"

STAY = "stay"
SPLIT = {"Attributor": "at", "Resolver": "rs"}  # class -> the first parameter of its moved methods

# ------------------------------------------------------------------------------------------ module docs
# Construction modules: what the construction is, sentences it handles, one it must refuse (each is also
# a test in tests/parsing/constructions/test_<module>.py).
DOCS: dict[str, str] = {
    "engine": """
The extraction pipeline: text in, attributed quotes out, one stage after another.

1. `Document` (document.py) reads paragraphs, quotation marks, sentences and speech cues (cues.py,
   incises.py) and builds the document's name registry (registry_build.py).
2. `Attributor.run` asks each construction (constructions/) for candidate quotes, paragraph by
   paragraph: dialogue dashes, direct quotations, a cue and its reported clause (which hands fronted
   content, according-to and verb-second reports to their own modules), headlines; then interview
   transcripts over the whole document. The shared questions they ask live in clauses.py (what follows
   a cue), content.py (where content ends), subjects.py (who the speaker phrase is), kinds.py.
3. `Resolver` (resolve/) turns each candidate's speaker phrase into a name: names, pronouns,
   descriptions and organisations, anonymous sources.
4. `finalize` (finalize.py) drops overlaps and writes the output records.
""",
    "document": """
The document stage: paragraphs, quotation-mark pairs, sentences and speech cues of one text.

`Document` holds them with the name registry and the candidates the constructions add (`Cand`); `Para`
is one paragraph, `Cue` one speech verb or phrase found in it.
""",
    "cues": """
Cue finding: where the language's speech verbs and phrases ("said", "a affirmé", "laut") occur.

`Document._cues` turns these spans into `Cue`s, dropping those inside names and after possessives.
""",
    "incises": """
Attributions inside a quotation: « A, a affirmé la ministre. B » is two quotations and an incise.

The document stage splits such a quotation pair around its incise so that the cue sits outside quotes;
the incise's subject finder is shared with dialogue dashes and according-to.
""",
    "registry_build": """
The per-document name registry: which capitalised runs are names of people and organisations.

One pass over each paragraph's tokens registers names (`_register_cased`; `_register_uncased` for
scripts without case), with the titles, honorifics, ages and roles found around them.
""",
    "clauses": """
Shared questions about what follows a cue: a clause? a complementizer? an object, an infinitive?

The constructions ask these and never answer them inline.
""",
    "content": """
Where reported content ends: clause ends, trimming, relative clauses, trailing attributions.""",
    "subjects": """
The speaker phrase of a cue: the subject before it, after it (inverted), or a pronoun in it.""",
    "kinds": """
The kind of a candidate's content: direct (all in quotes), mixed (quoted fragments), indirect.""",
    "finalize": """
The last stage: candidates to output records, overlaps dropped, confidence kept in [0, 1].""",
    "constructions": """
One module per construction, each finding one kind of attributed quote.

Every module's docstring gives sentences it handles and one it must refuse; the tests of each are in
tests/parsing/constructions/test_<module>.py.
""",
    "constructions.direct": """
Direct quotations: a quotation-mark pair, and the cue and speaker around it.

Handles:
    "We will not raise taxes," the finance minister said on Tuesday.    (direct:quote-X-said)
    Maria Okafor said: "The river has never been this low."             (direct:X-said-quote)
    "We are not finished," she said. "There is more to come."           (direct:continuation)
Refuses:
    The film "Silent River" opens on Friday at the Odeon.               (a title in quotes)
""",
    "constructions.cue_clause": """
Reported speech: a cue followed by its content clause, without quotation marks.

Content before the cue goes to fronted.py, "according to X" to according.py, verb-second word order
to verb_second.py.
Handles:
    The mayor said the bridge would reopen in May.                      (indirect:X-said-clause)
    Ms. Duarte told reporters that the talks had stalled.               (indirect:X-said-that)
Refuses:
    The mayor said nothing about the bridge.                            (no clause after the cue)
""",
    "constructions.fronted": """
Fronted content: the reported clause first, the attribution after it.

Handles:
    Rents will keep rising this year, the housing minister said.        (indirect:clause-X-said)
    La réforme est nécessaire, a affirmé la ministre mardi.             (indirect:clause-X-said)
Refuses:
    Prices rose sharply, the data showed.                               (data is no speaker)
""",
    "constructions.according": """
According-to attributions: "according to X", "selon X", "nach Angaben von X", "según X".

Handles:
    According to the police, the driver fled the scene after the crash. (indirect:according-to-X)
    Nach Angaben der Polizei wurde niemand verletzt.                    (indirect:according-to-X)
    Según el ministro, la reforma se aprobará en junio.                 (indirect:according-to-X)
Refuses:
    The trains ran according to plan.                                   (a plan is no source)
""",
    "constructions.verb_second": """
Verb-second reports (German word order): the cue before its subject.

Handles:
    Wie der Sprecher mitteilte, bleibt die Brücke bis Freitag gesperrt. (indirect:as-X-said)
    Aus Regierungskreisen hieß es, eine Einigung sei nahe.              (indirect:it-was-said)
    Am Montag sagte der Minister, die Lage sei ernst.                   (indirect:X-said-inverted)
Refuses:
    Der Minister sagte nichts.                                          (no reported clause)
""",
    "constructions.colon_label": """
Colon labels: a name, or a sentence with a cue, introducing a quotation with a colon.

Asked by direct.py for each quotation.
Handles:
    Union leader Jo Hart: "We will strike until the offer improves."    (direct:X-colon-quote)
    The ministry said in a statement on Friday:  + a quoted paragraph   (direct:X-said:-paragraph)
Refuses:
    Three days after the flood in the valley near the town: "We lost everything."  (no speaker label)
""",
    "constructions.transcript": """
Transcripts: interviews as questions and answers, answers spoken by the interviewee.

Handles:
    An interview with Nadia Ferris / Q: Will you run again? / A: Not this time.  (direct:interview-answer,
    the interviewee named by the introduction)
Refuses:
    Quiz night / Q: What is the capital of Peru? / Q: Who wrote Middlemarch?   (questions, no answers)
""",
    "constructions.dialogue": """
Dialogue dashes (Spanish, French): a paragraph opened by a dash, an incise naming the speaker.

Handles:
    —Tenemos margen —contestó la presidenta—. Estamos preparados para lo peor.  (both halves,
    direct:dialogue-dash)
    —No vamos a ceder —afirmó el ministro.                               (direct:dialogue-dash)
Refuses:
    —Tenemos margen, pero no mucho.                                      (no incise with a speech verb)
""",
    "resolve.interview": """Who answers in an interview: the interviewee, never the outlet's interviewer.

Handles:
    She spoke with the Courier's Tom Akers. … Q: … A: "…" → the answer is the interviewee's
    We spoke to Dana Ortiz about the plant. → the answers are Dana Ortiz's
Refuses:
    the Courier's reporter as the speaker of the answers
""",
    "resolve.apposition": """A title with its holder's name in apposition counts as that person.

Handles:
    Le ministre des Comptes publics, Julien Barraud, … Il a ajouté … → "il" is Julien Barraud
    The finance minister, Ana Ruiz, said … She added … → "she" is Ana Ruiz
Refuses:
    The finance minister, who spoke in Brussels, said … (no name after the comma)
""",
    "constructions.continuation": """Reported speech that goes on without a cue of its own.

After a report, a sentence in the mood of reported speech (German Konjunktiv I, and the Konjunktiv II
that stands in for it) with no cue of its own reports the same speaker, cue null, one quote per sentence.

Handles:
    „Die Deiche seien stabil“, sagte Berger. Man beobachte die Lage. → "Man beobachte die Lage" (Berger)
    Die Lage sei ernst, sagte die Ministerin. Es gebe keine Alternative. → the second sentence
Refuses:
    Er sagte, die Lage sei ernst. Ich habe keine Zeit. (first-person indicative "ich habe")
""",
    "constructions.headline": """
Headlines: a first line attributed after a colon, or opened by its source and a colon.

Handles:
    'We will rebuild the bridge': mayor                                  (direct:headline-colon-X)
    Harbour dredging 'years overdue': port chief                         (mixed, indirect:headline-colon-X)
    Police: 2 teens hurt in drive-by shooting                            (indirect:headline-X-colon)
Refuses:
    Election 2026: the final count                                       (a topic, no source)
""",
    "resolve": """
Speaker resolution: a candidate's speaker phrase becomes a name from the document's registry.""",
    "resolve.resolver": """
The resolver: walks the candidates in reading order and sends each speaker phrase to the
rule for its kind: names.py, pronouns.py, descriptions.py (descriptions and organisations),
anonymous.py.""",
    "resolve.names": """
Names: surnames shared by two people, jurisdictions that are no person, people introduced before.""",
    "resolve.pronouns": """
Pronouns: "he", "she", "they", "il", "sie" resolved to the salient person before them.""",
    "resolve.descriptions": """
Descriptions and organisations: "the company", "a spokesman for the ministry", "the mayor".""",
    "resolve.anonymous": """
Anonymous and unnamed speakers: "a source close to the talks", "one of the officials".""",
}

# ------------------------------------------------------------------------------- top-level name -> module
PLACE: dict[str, str] = {
    # document stage
    "_C": "registry_build",
    "_DATELINE_RE": "document",
    "_DATELINE_CAPS": "document",
    "_dateline_possible": "document",
    "Cue": "document",
    "Cand": "document",
    "Para": "document",
    "Document": "document",
    "_MAX_CONTENT": "incises",
    # cue finding
    "_CueSpan": "cues",
    "_cue_key": "cues",
    "_cue_spans": "cues",
    "_cue_spans_in": "cues",
    # incises inside quotations
    "_split_incises": "incises",
    "_incise_circumstance_end": "incises",
    "_incise_subject": "incises",
    # name registry
    "build_registry": "registry_build",
    "_strip_poss": "registry_build",
    "_Facts": "registry_build",
    "_WORD_FACTS": "registry_build",
    "_facts_table": "registry_build",
    "_word_facts": "registry_build",
    "_compound_title": "registry_build",
    "_blank_gap": "registry_build",
    "_FIRST_CHAR": "cues",
    "_TOK_TEXT": "registry_build",
    "_register_cased": "registry_build",
    "_titled_initials": "registry_build",
    "_register_run": "registry_build",
    "_complement_of_title": "registry_build",
    "_enumerated": "registry_build",
    "_common_noun_run": "registry_build",
    "_register_uncased": "registry_build",
    # clauses: what follows a cue
    "_VERBISH_RE": "clauses",
    "_complementizer_after": "clauses",
    "_complementizer_after_uncached": "clauses",
    "_RELATIVE_RE": "clauses",
    "_relative_re": "clauses",
    "_skip_object": "clauses",
    "_infinitive_after": "clauses",
    "_gerund_after": "clauses",
    "_skip_circumstance": "clauses",
    "_gap_ok": "clauses",
    "_past_form": "clauses",
    "_is_clause": "clauses",
    "_v2_source_end": "clauses",
    "_verbish_v2": "clauses",
    "_in_relative_clause": "clauses",
    "_coordinated_claim": "clauses",
    "_finite_verb": "clauses",
    # content boundaries
    "_titled_place_end": "content",
    "_dash_after": "content",
    "_after_apposition": "content",
    "_clause_end": "content",
    "_trim_content": "content",
    "_inner_fragments": "content",
    "_relative_clause_end": "content",
    "_content_tail": "content",
    "_trailer_ok": "content",
    # constants of the constructions
    "_AGE_APPOSITIVE_RE": "registry_build",
    "_QUESTION_RE": "constructions.transcript",
    "_ANSWER_RE": "constructions.transcript",
    "_LABEL_RE": "constructions.transcript",
    "_AGE_ASIDE_RE": "constructions.colon_label",
    "_HEADLINE_DASH_RE": "constructions.headline",
    "_SPEAKER_LABEL_RE": "constructions.colon_label",
    "OPEN_QUOTES": "document",
    "_TRAILING_QUESTION": "constructions.direct",
    "_MAX_PRE": "subjects",
    "_MAX_POST": "subjects",
    # the pipeline
    "Attributor": "engine",
    "extract_quotes": "engine",
    "__all__": "engine",
    # resolution
    "Resolver": "resolve.resolver",
    "_RIVAL_ROLES": "resolve.descriptions",
    "_HEAD_OF_CLASSES": "resolve.descriptions",
    "_ANONYMOUS_CLASSES": "resolve.descriptions",
    "_without": "resolve.names",
    "_PERSON_NOUN_CLASSES": "resolve.descriptions",
    "_anaphoric": "resolve.descriptions",
    "_maybe_org": "resolve.descriptions",
    "_head_word": "subjects",
    "_clean_label": "resolve.descriptions",
    # output
    "finalize": "finalize",
    # added by the accuracy work merged after the first split (acc-en1, acc-en2, acc-de)
    "_ENTRY_STAMP_RE": "constructions.colon_label",
    "_COLON_AGE_RE": "constructions.colon_label",
    "_OUTLET_POSSESSIVE_RE": "resolve.interview",
    "_title_complement_run": "registry_build",
    "_leading_person_noun": "registry_build",
    "_noun_clause_that": "clauses",
    "_contracted_subject": "clauses",
    "_clause_verb": "clauses",
    "_relative_report_start": "content",
    "_takes_speech_act_report": "content",
    "_parenthetical_circumstance": "content",
    "_head_goes_on": "content",
    "_adverb_like": "content",
    "_comma_infinitive_clause": "clauses",
    "_has_finite_verb": "constructions.cue_clause",
    "_object_before": "content",
    "_infinitive_report": "content",
    "_coordinated_clause_end": "constructions.cue_clause",
    "_quantity_object": "constructions.cue_clause",
    "_infinitive_verb": "content",
    "_cueless": "constructions.continuation",
}

# ---------------------------------------------------------------- methods of the split classes -> module
METHODS: dict[str, str | tuple[str, str]] = {
    "Attributor.__init__": STAY,
    # added by the accuracy work merged after the first split (acc-en1, acc-en2, acc-de)
    "Attributor._reported_mood_continuation": ("constructions.continuation", "find"),
    "Attributor._continues_report": ("constructions.continuation", "continues_report"),
    "Attributor._parenthetical_head": ("constructions.direct", "parenthetical_head"),
    "Attributor._after_entry_stamp": ("constructions.colon_label", "after_entry_stamp"),
    "Attributor._colon_introduced": ("constructions.direct", "colon_introduced"),
    "Attributor._introduces_next_quote": ("subjects", "introduces_next_quote"),
    "Attributor._relative_antecedent": ("subjects", "relative_antecedent"),
    "Attributor._inverted_after_comma": ("constructions.cue_clause", "inverted_after_comma"),
    "Attributor._nested_in_report": ("constructions.cue_clause", "nested_in_report"),
    "Attributor._nominal_infinitive_report": ("constructions.cue_clause", "nominal_infinitive_report"),
    "Attributor._and_that_split": ("constructions.cue_clause", "and_that_split"),
    "Attributor._speech_act_report": ("constructions.cue_clause", "speech_act_report"),
    "Attributor._naming_report": ("constructions.cue_clause", "naming_report"),
    "Attributor._impersonal_fronted": ("constructions.verb_second", "impersonal_fronted"),
    "Attributor._attribution_left": ("subjects", "attribution_left"),
    "Attributor._next_act_after": ("kinds", "next_act_after"),
    "Attributor._subject_colon_quote_headline": ("constructions.headline", "subject_colon_quote_headline"),
    "Resolver._interviewee": ("resolve.interview", "interviewee"),
    "Resolver._introduced_as_interviewer": ("resolve.interview", "introduced_as_interviewer"),
    "Resolver._named_in_apposition": ("resolve.apposition", "named_in_apposition"),
    "Attributor.run": STAY,
    "Attributor._dialogue": ("constructions.dialogue", "find"),
    "Attributor._interview": ("constructions.transcript", "find"),
    "Attributor._named_interview": ("constructions.transcript", "named_interview"),
    "Attributor._unlabelled_questions": ("constructions.transcript", "unlabelled_questions"),
    "Attributor._direct": ("constructions.direct", "find"),
    "Attributor._dash_signature": ("constructions.direct", "dash_signature"),
    "Attributor._and_that": ("constructions.direct", "and_that"),
    "Attributor._colon_subject": ("constructions.colon_label", "intro_subject"),
    "Attributor._colon_speaker": ("constructions.colon_label", "named_speaker"),
    "Attributor._colon_intro": ("constructions.colon_label", "intro_cue"),
    "Attributor._is_title_case": ("kinds", "is_title_case"),
    "Attributor._is_name_like": ("subjects", "is_name_like"),
    "Attributor._pre_cue": ("subjects", "pre_cue"),
    "Attributor._post_cue": ("subjects", "post_cue"),
    "Attributor._quoted_as": ("subjects", "quoted_as"),
    "Attributor._impersonal_source": ("subjects", "impersonal_source"),
    "Attributor._pronoun_from_cue": ("subjects", "pronoun_from_cue"),
    "Attributor._find_word": ("subjects", "find_word"),
    "Attributor._mention_for": ("subjects", "mention_for"),
    "Attributor._mention_for_uncached": ("subjects", "mention_for_uncached"),
    "Attributor._perfect_subject": ("subjects", "perfect_subject"),
    "Attributor._sentence_subject": ("subjects", "sentence_subject"),
    "Attributor._premodifiers_only": ("subjects", "premodifiers_only"),
    "Attributor._indirect": ("constructions.cue_clause", "find"),
    "Attributor._cue_before": ("constructions.cue_clause", "cue_before"),
    "Attributor._source_opener": ("constructions.cue_clause", "source_opener"),
    "Attributor._opens_sentence": ("constructions.cue_clause", "opens_sentence"),
    "Attributor._trailing_attribution": ("constructions.cue_clause", "trailing_attribution"),
    "Attributor._after_connective": ("constructions.according", "after_connective"),
    "Attributor._verb_second_report": ("constructions.verb_second", "find"),
    "Attributor._comma_after": ("constructions.verb_second", "comma_after"),
    "Attributor._as_subject": ("constructions.verb_second", "as_subject"),
    "Attributor._v2_clause": ("constructions.verb_second", "v2_clause"),
    "Attributor._mixed_end": ("kinds", "mixed_end"),
    "Attributor._kind_for": ("kinds", "kind_for"),
    "Attributor._content_before": ("constructions.fronted", "find"),
    "Attributor._according": ("constructions.according", "find"),
    "Attributor._headline": ("constructions.headline", "find"),
    "Attributor._speaker_colon_headline": ("constructions.headline", "speaker_colon_headline"),
    "Attributor._quote_colon_subject": ("constructions.headline", "quote_colon_subject"),
    "Resolver.__init__": STAY,
    "Resolver.run": STAY,
    "Resolver._resolve": STAY,
    "Resolver._named_as_org": STAY,  # passed as a callback to the registry
    "Resolver._subject_company": STAY,  # passed as a callback to the registry
    "Resolver._share_surnames": ("resolve.names", "share_surnames"),
    "Resolver._jurisdiction_only": ("resolve.names", "jurisdiction_only"),
    "Resolver._quoted": ("resolve.names", "quoted"),
    "Resolver._demonym_surname": ("resolve.names", "demonym_surname"),
    "Resolver._particle_person": ("resolve.names", "particle_person"),
    "Resolver._self_named": ("resolve.names", "self_named"),
    "Resolver._introduced_before": ("resolve.names", "introduced_before"),
    "Resolver._complement": ("resolve.descriptions", "complement"),
    "Resolver._holds_complement": ("resolve.descriptions", "holds_complement"),
    "Resolver._company": STAY,  # passed as a callback to the registry
    "Resolver._institution": ("resolve.descriptions", "institution"),
    "Resolver._demonstrative_referent": ("resolve.descriptions", "demonstrative_referent"),
    "Resolver._statement_issuer": ("resolve.descriptions", "statement_issuer"),
    "Resolver._headline_description": ("resolve.descriptions", "headline_description"),
    "Resolver._description_fallback": ("resolve.descriptions", "description_fallback"),
    "Resolver._described_before": ("resolve.descriptions", "described_before"),
    "Resolver._standfirst": ("resolve.anonymous", "standfirst"),
    "Resolver._same_anonymous": ("resolve.anonymous", "same_anonymous"),
    "Resolver._unnamed_goes_on": ("resolve.anonymous", "unnamed_goes_on"),
    "Resolver._one_of_the": ("resolve.anonymous", "one_of_the"),
    "Resolver._pronoun": ("resolve.pronouns", "pronoun"),
    "Resolver._singular_they": ("resolve.pronouns", "singular_they"),
    "Resolver._last_outside_quotes": ("resolve.pronouns", "last_outside_quotes"),
    "Resolver._plural_group": ("resolve.pronouns", "plural_group"),
    "Resolver._sentence_index": ("resolve.pronouns", "sentence_index"),
    "Resolver._salient": ("resolve.pronouns", "salient"),
}

# The name a module is imported under where its leaf name is already a variable of its callers
# ("fronted" is a local variable of cue_clause.find).
ALIASES: dict[str, str] = {"constructions.fronted": "fronted_content", "resolve.names": "name_rules"}

# Packages get an __init__.py with their docstring only: they are not compiled (a compiled package's
# __path__ is wrong), their modules are.
PACKAGES = ("constructions", "resolve")


# ------------------------------------------------------------------------------------------------ model
class SplitError(Exception):
    pass


@dataclass
class Piece:
    """One stretch of source that moves as a whole: a top-level statement or a method."""

    name: str  # top-level name, or "Class.method"
    module: str
    first_line: int  # 1-based, inclusive; comments above the definition included
    last_line: int
    node: ast.stmt
    text: str = ""  # the rewritten source, at column 0
    runtime: set[str] = field(default_factory=set)  # global names it uses at run time
    typing: set[str] = field(default_factory=set)  # names it uses in annotations
    modules: set[str] = field(default_factory=set)  # modules it calls into (moved methods)


def mod_path(module: str) -> Path:
    return PARSING.joinpath(*module.split(".")).with_suffix(".py")


def mod_alias(module: str) -> str:
    return ALIASES.get(module, module.rsplit(".", 1)[-1])


def full(module: str) -> str:
    return f"{PACKAGE}.{module}"


def _string_lines(src: str, tree: ast.Module) -> set[int]:
    """Lines inside multi-line string literals other than docstrings: never re-indented."""
    doc_lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
            body = node.body
            first = body[0] if body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                doc_lines.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    inside: set[int] = set()
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if (
            tok.type in (tokenize.STRING, getattr(tokenize, "FSTRING_START", -1))
            and tok.end[0] > tok.start[0]
        ):
            inside.update(range(tok.start[0] + 1, tok.end[0] + 1))
        if tok.type == getattr(tokenize, "FSTRING_START", -1):
            pass
    # f-strings (3.12 tokenizes them in parts): any line between FSTRING_START and FSTRING_END
    depth_start = None
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == getattr(tokenize, "FSTRING_START", -1):
            depth_start = tok.start[0]
        elif tok.type == getattr(tokenize, "FSTRING_END", -1) and depth_start is not None:
            inside.update(range(depth_start + 1, tok.end[0] + 1))
            depth_start = None
    return inside - doc_lines


def _annotation_names(node: ast.AST) -> set[str]:
    out: set[str] = set()

    def names(ann: ast.AST | None) -> None:
        if ann is None:
            return
        for x in ast.walk(ann):
            if isinstance(x, ast.Name):
                out.add(x.id)
            elif isinstance(x, ast.Constant) and isinstance(x.value, str):  # "Cand" forward references
                with contextlib.suppress(SyntaxError):
                    tree = ast.parse(x.value, mode="eval")
                    out.update(n.id for n in ast.walk(tree) if isinstance(n, ast.Name))

    for x in ast.walk(node):
        if isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = x.args
            for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]:
                if arg is not None:
                    names(arg.annotation)
            names(x.returns)
        elif isinstance(x, ast.AnnAssign):
            names(x.annotation)
    return out


def _load_names_outside_annotations(node: ast.AST) -> set[str]:
    """Names loaded by the code itself (annotations are strings at run time: `from __future__`)."""
    skip: set[int] = set()
    for x in ast.walk(node):
        if isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = x.args
            for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]:
                if arg is not None and arg.annotation is not None:
                    skip.update(id(y) for y in ast.walk(arg.annotation))
            if x.returns is not None:
                skip.update(id(y) for y in ast.walk(x.returns))
        elif isinstance(x, ast.AnnAssign):
            skip.update(id(y) for y in ast.walk(x.annotation))
    return {
        x.id
        for x in ast.walk(node)
        if isinstance(x, ast.Name) and isinstance(x.ctx, ast.Load) and id(x) not in skip
    }


def _symtable_globals(table: symtable.SymbolTable | _Filtered) -> set[str]:
    out = {s.get_name() for s in table.get_symbols() if s.is_global() and s.is_referenced()}
    if table.get_type() == "class":
        # a class body's names that are not assigned in it are globals
        out |= {
            s.get_name()
            for s in table.get_symbols()
            if s.is_referenced() and not s.is_assigned() and not s.is_parameter()
        }
    for child in table.get_children():
        out |= _symtable_globals(child)
    return out


class _Filtered:
    """A class's symbol table without the tables of its moved methods."""

    def __init__(self, table: symtable.SymbolTable, without: set[str]) -> None:
        self.table, self.without = table, without

    def get_symbols(self) -> list[symtable.Symbol]:
        return self.table.get_symbols()

    def get_type(self) -> str:
        return "class"

    def get_children(self) -> list[symtable.SymbolTable]:
        return [t for t in self.table.get_children() if t.get_name() not in self.without]


def _find_table(parent: symtable.SymbolTable, name: str, lineno: int) -> symtable.SymbolTable:
    found = [t for t in parent.get_children() if t.get_name() == name]
    exact = [t for t in found if t.get_lineno() == lineno]
    if exact:
        return exact[0]
    if len(found) == 1:
        return found[0]
    raise SplitError(f"no symbol table for {name} at line {lineno}")


def _target_names(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        out = []
        for t in node.targets:
            if not isinstance(t, ast.Name):
                raise SplitError(
                    f"line {node.lineno}: top-level assignment to {ast.unparse(t)} is not a name"
                )
            out.append(t.id)
        return out
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    if isinstance(node, ast.TypeAlias):
        return [node.name.id]  # type: ignore[attr-defined]
    raise SplitError(
        f"line {node.lineno}: top-level statement the script cannot place: {ast.unparse(node)[:80]}"
    )


# --------------------------------------------------------------------------------------------- analysis
class Splitter:
    def __init__(self, src: str) -> None:
        self.src = src
        self.lines = src.splitlines(keepends=True)
        self.tree = ast.parse(src)
        self.table = symtable.symtable(src, str(SOURCE), "exec")
        self.string_lines = _string_lines(src, self.tree)
        self.imports: dict[str, str] = {}  # name -> the import statement that binds it
        self.pieces: list[Piece] = []
        self.defined: dict[str, str] = {}  # top-level name -> module
        self.class_rest: dict[str, Piece] = {}  # split class -> its remaining body
        self.moved: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # class -> method -> target
        self.warnings: list[str] = []

    # -- reading
    def read(self) -> None:
        body = self.tree.body
        classes = {n.name for n in body if isinstance(n, ast.ClassDef)}
        if not set(SPLIT) <= classes:
            raise SplitError(
                f"{SOURCE.name} is not the monolith (no class {', '.join(sorted(set(SPLIT) - classes))}): "
                "check out the one-module engine first (git checkout main -- attribution/parsing/engine.py)"
            )
        missing: list[str] = []
        prev_end = 0
        seen: set[str] = set()
        for i, node in enumerate(body):
            first = prev_end + 1
            prev_end = node.end_lineno or node.lineno
            if i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue  # the module docstring: the new engine.py gets its own
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                self._read_import(node)
                continue
            names = _target_names(node)
            for name in names:
                seen.add(name)
                if name not in PLACE:
                    missing.append(name)
            if any(n not in PLACE for n in names):
                continue
            modules = {PLACE[n] for n in names}
            if len(modules) > 1:
                raise SplitError(f"line {node.lineno}: {names} are bound together but placed in {modules}")
            piece = Piece(names[0], modules.pop(), first, prev_end, node)
            for n in names:
                self.defined[n] = piece.module
            if isinstance(node, ast.ClassDef) and node.name in SPLIT:
                missing += self._read_split_class(node, piece)
            else:
                self.pieces.append(piece)
        for cls in SPLIT:
            if cls not in seen:
                raise SplitError(f"class {cls} (listed in SPLIT) is not in {SOURCE.name}")
        for name in PLACE:
            if name not in seen:
                self.warnings.append(f"PLACE lists {name}, which {SOURCE.name} no longer defines")
        for key in METHODS:
            cls, meth = key.split(".", 1)
            if cls in seen and meth not in self.moved[cls] and key not in self._stay_seen:
                self.warnings.append(f"METHODS lists {key}, which {SOURCE.name} no longer defines")
        if missing:
            raise SplitError(self._missing_report(missing))

    _stay_seen: set[str] = set()

    def _read_import(self, node: ast.Import | ast.ImportFrom) -> None:
        if isinstance(node, ast.ImportFrom):
            if node.module == "__future__":
                return
            for a in node.names:
                bound = a.asname or a.name
                alias = f" as {a.asname}" if a.asname else ""
                self.imports[bound] = f"from {'.' * node.level}{node.module or ''} import {a.name}{alias}"
        else:
            for a in node.names:
                bound = a.asname or a.name.split(".")[0]
                alias = f" as {a.asname}" if a.asname else ""
                self.imports[bound] = f"import {a.name}{alias}"

    def _read_split_class(self, node: ast.ClassDef, piece: Piece) -> list[str]:
        missing = []
        cls = node.name
        self._stay_seen = set(self._stay_seen)
        # the method pieces: from the line after the previous body statement to the method's end
        prev_end = node.body[0].lineno - 1
        if isinstance(node.body[0], ast.Expr):  # a class docstring stays with the class
            prev_end = node.body[0].end_lineno or prev_end
        removed: list[tuple[int, int]] = []
        for stmt in node.body:
            first = prev_end + 1
            prev_end = stmt.end_lineno or stmt.lineno
            if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            key = f"{cls}.{stmt.name}"
            target = METHODS.get(key)
            if target is None:
                missing.append(key)
                continue
            if target == STAY:
                self._stay_seen.add(key)
                continue
            if stmt.decorator_list:
                raise SplitError(f"{key} is decorated: mark it STAY in METHODS")
            module, new = target
            self.moved[cls][stmt.name] = (module, new)
            while first < stmt.lineno and not self.lines[first - 1].strip():
                first += 1  # blank lines above a method stay where they were
            self.pieces.append(Piece(key, module, first, prev_end, stmt))
            removed.append((first, prev_end))
        piece.removed = removed  # type: ignore[attr-defined]
        self.class_rest[cls] = piece
        self.pieces.append(piece)
        return missing

    def _missing_report(self, missing: list[str]) -> str:
        """Names the tables do not place, with a suggested line for each."""
        users: dict[str, set[str]] = defaultdict(set)
        for node in self.tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom, ast.Expr)):
                continue
            try:
                names = _target_names(node)
            except SplitError:
                continue
            home = PLACE.get(names[0])
            if isinstance(node, ast.ClassDef) and node.name in SPLIT:
                for stmt in node.body:
                    if isinstance(stmt, ast.FunctionDef):
                        t = METHODS.get(f"{node.name}.{stmt.name}")
                        where = (home if t == STAY else t[0]) if t else None
                        used = _load_names_outside_annotations(stmt) | {
                            x.attr
                            for x in ast.walk(stmt)
                            if isinstance(x, ast.Attribute)
                            and isinstance(x.value, ast.Name)
                            and x.value.id == "self"
                        }
                        for n in used:
                            if where:
                                users[n].add(where)
                continue
            for n in _load_names_outside_annotations(node) | _annotation_names(node):
                if home:
                    users[n].add(home)
        lines = [
            "names the tables in scripts/split_engine.py do not place (add a line for each, then re-run):"
        ]
        for name in missing:
            if "." in name:
                cls, meth = name.split(".", 1)
                where = sorted(users.get(meth, set())) or ["?"]
                lines.append(
                    f'    "{name}": ("{where[0]}", "{meth.lstrip("_")}"),   # called from {", ".join(where)}'
                )
            else:
                where = sorted(users.get(name, set())) or ["?"]
                lines.append(f'    "{name}": "{where[0]}",   # used in {", ".join(where)}')
        return "\n".join(lines)

    # -- rewriting
    def _dedent(self, first: int, last: int, by: int) -> str:
        out = []
        for ln in range(first, last + 1):
            line = self.lines[ln - 1]
            if ln in self.string_lines or not line.strip():
                out.append(line if line.strip() else "\n")
                continue
            if not line.startswith(" " * by):
                raise SplitError(f"line {ln} is indented less than {by} spaces: {line!r}")
            out.append(line[by:])
        return "".join(out)

    def _rewrite(
        self, text: str, cls: str, moved_self: str | None, rename: str | None, home: str
    ) -> tuple[str, set[str]]:
        """Calls self._m(...) of moved methods -> module.new(obj, ...); in a moved method, `self` -> its
        new parameter name (annotated with the class in the def line) and the def renamed."""
        toks = list(tokenize.generate_tokens(io.StringIO(text).readline))
        line_starts = [0]
        for line in text.splitlines(keepends=True):
            line_starts.append(line_starts[-1] + len(line))

        def off(pos: tuple[int, int]) -> int:
            return line_starts[pos[0] - 1] + pos[1]

        edits: list[tuple[int, int, str]] = []
        modules: set[str] = set()
        obj = moved_self or "self"
        moved = self.moved.get(cls, {})
        significant = [t for t in toks if t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.NEWLINE)]
        def_done = rename is None
        params_done = moved_self is None
        for i, t in enumerate(significant):
            if not def_done and t.type == tokenize.NAME and t.string == "def":
                name_tok = significant[i + 1]
                edits.append((off(name_tok.start), off(name_tok.end), rename or name_tok.string))
                def_done = True
                continue
            if t.type != tokenize.NAME or t.string != "self":
                continue
            if i > 0 and significant[i - 1].string == ".":
                continue  # an attribute named self
            if not params_done:
                edits.append((off(t.start), off(t.end), f"{obj}: {cls}"))
                params_done = True
                continue
            nxt = significant[i + 1] if i + 1 < len(significant) else None
            meth = significant[i + 2] if i + 2 < len(significant) else None
            if nxt is not None and nxt.string == "." and meth is not None and meth.string in moved:
                module, new = moved[meth.string]
                call = significant[i + 3] if i + 3 < len(significant) else None
                if call is None or call.string != "(":
                    raise SplitError(
                        f"{cls}.{meth.string} is used as a value (line {meth.start[0]} of a piece), not"
                        " called: mark it STAY in METHODS"
                    )
                after = significant[i + 4]
                edits.append(
                    (off(t.start), off(meth.end), new if module == home else f"{mod_alias(module)}.{new}")
                )
                edits.append((off(call.end), off(call.end), obj if after.string == ")" else f"{obj}, "))
                if module != home:
                    modules.add(module)
            elif moved_self is not None:
                edits.append((off(t.start), off(t.end), obj))
        for a, b, s in sorted(edits, reverse=True):
            text = text[:a] + s + text[b:]
        return text, modules

    def _check_foreign_calls(self) -> None:
        """A moved method called on something other than self (another object, the class) cannot be
        rewritten: stop."""
        for cls, moved in self.moved.items():
            for x in ast.walk(self.tree):
                on_self = (
                    isinstance(x, ast.Attribute) and isinstance(x.value, ast.Name) and x.value.id == "self"
                )
                if isinstance(x, ast.Attribute) and x.attr in moved and not on_self:
                    raise SplitError(f"line {x.lineno}: {ast.unparse(x)} calls a moved method of {cls}")

    def _check_attributes(self) -> None:
        """An attribute a moved method sets on its object must be set in a method that stays (the
        compiled build declares a native class's attributes from its own methods)."""
        for node in self.tree.body:
            if not (isinstance(node, ast.ClassDef) and node.name in self.moved):
                continue
            kept: set[str] = set()
            moved: dict[str, str] = {}
            for stmt in node.body:
                if not isinstance(stmt, ast.FunctionDef):
                    continue
                for x in ast.walk(stmt):
                    targets = []
                    if isinstance(x, ast.Assign):
                        targets = x.targets
                    elif isinstance(x, (ast.AnnAssign, ast.AugAssign)):
                        targets = [x.target]
                    for t in targets:
                        for y in ast.walk(t):
                            if (
                                isinstance(y, ast.Attribute)
                                and isinstance(y.value, ast.Name)
                                and y.value.id == "self"
                            ):
                                if stmt.name in self.moved[node.name]:
                                    moved.setdefault(y.attr, stmt.name)
                                else:
                                    kept.add(y.attr)
            bad = sorted(f"{node.name}.{m} sets self.{a}" for a, m in moved.items() if a not in kept)
            if bad:
                raise SplitError(
                    "attributes set only by methods that move (set them in __init__ first): " + "; ".join(bad)
                )

    def build(self) -> None:
        self._check_foreign_calls()
        self._check_attributes()
        for piece in self.pieces:
            node = piece.node
            if "." in piece.name:  # a moved method
                cls, meth = piece.name.split(".", 1)
                text = self._dedent(piece.first_line, piece.last_line, 4)
                module, new = self.moved[cls][meth]
                text, piece.modules = self._rewrite(text, cls, SPLIT[cls], new, module)
                table = _find_table(_find_table(self.table, cls, self._class_line(cls)), meth, node.lineno)
                piece.runtime = _symtable_globals(table) & _load_names_outside_annotations(node)
                piece.typing = _annotation_names(node) | {cls}
            else:
                text = self._piece_text(piece)
                table = None
                if isinstance(node, ast.ClassDef) and node.name in SPLIT:
                    text, piece.modules = self._rewrite(text, node.name, None, None, piece.module)
                    # what stays of the class: its analysis leaves the moved methods out
                    moved = self.moved[node.name]
                    kept = [s for s in node.body if not (isinstance(s, ast.FunctionDef) and s.name in moved)]
                    node = ast.ClassDef(
                        name=node.name,
                        bases=node.bases,
                        keywords=node.keywords,
                        body=kept,
                        decorator_list=node.decorator_list,
                        type_params=[],
                    )
                    table = _find_table(self.table, node.name, piece.node.lineno)
                    table = _Filtered(table, set(moved))
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    if table is None:
                        table = _find_table(self.table, node.name, node.lineno)
                    loads = _load_names_outside_annotations(node)
                    decorators = {n for d in node.decorator_list for n in _load_names_outside_annotations(d)}
                    piece.runtime = (_symtable_globals(table) & loads) | decorators
                else:
                    piece.runtime = _load_names_outside_annotations(node)
                    if piece.name == "__all__":
                        piece.runtime |= set(ast.literal_eval(node.value))  # type: ignore[attr-defined]
                piece.typing = _annotation_names(node)
            piece.text = text.strip("\n") + "\n"

    def _class_line(self, cls: str) -> int:
        return next(n.lineno for n in self.tree.body if isinstance(n, ast.ClassDef) and n.name == cls)

    def _piece_text(self, piece: Piece) -> str:
        removed = getattr(piece, "removed", [])
        out = []
        for ln in range(piece.first_line, piece.last_line + 1):
            if any(a <= ln <= b for a, b in removed):
                continue
            out.append(self.lines[ln - 1])
        text = "".join(out)
        return re.sub(r"\n{3,}(?=    )", "\n\n", text)  # no double gaps where methods left

    # -- writing
    def modules(self) -> dict[str, str]:
        by_module: dict[str, list[Piece]] = defaultdict(list)
        for piece in sorted(self.pieces, key=lambda p: p.first_line):
            by_module[piece.module].append(piece)
        for m in by_module:
            if m not in DOCS:
                raise SplitError(f"module {m} has no docstring in DOCS")
        self._check_aliases(by_module)
        self._check_cycles(by_module)
        return {m: self._module_source(m, pieces) for m, pieces in by_module.items()}

    def _check_aliases(self, by_module: dict[str, list[Piece]]) -> None:
        for m, pieces in by_module.items():
            used: set[str] = set()
            for p in pieces:
                for x in ast.walk(p.node):
                    if isinstance(x, ast.Name):
                        used.add(x.id)
                    elif isinstance(x, ast.arg):
                        used.add(x.arg)
            own = {n for n, home in self.defined.items() if home == m} | set(self.imports)
            for key, (module, new) in ((f"{c}.{k}", v) for c, d in self.moved.items() for k, v in d.items()):
                if module != m:
                    continue
                if new in used or new in own:
                    raise SplitError(f"{key} would become {m}.{new}, a name already used in {m}")
                own.add(new)
            for p in pieces:
                for target in p.modules:
                    alias = mod_alias(target)
                    if alias in used or alias in self.defined or alias in self.imports:
                        raise SplitError(
                            f"module {target} would be imported as '{alias}' in {m}, a name used there"
                        )

    def _runtime_deps(self, by_module: dict[str, list[Piece]]) -> dict[str, set[str]]:
        deps: dict[str, set[str]] = defaultdict(set)
        for m, pieces in by_module.items():
            for p in pieces:
                for n in p.runtime:
                    home = self.defined.get(n)
                    if home is not None and home != m:
                        deps[m].add(home)
                deps[m] |= p.modules - {m}  # module imports too: the compiled build imports them eagerly
        return deps

    def _check_cycles(self, by_module: dict[str, list[Piece]]) -> None:
        deps = self._runtime_deps(by_module)
        state: dict[str, int] = {}
        stack: list[str] = []

        def visit(m: str) -> None:
            state[m] = 1
            stack.append(m)
            for d in sorted(deps.get(m, ())):
                if state.get(d) == 1:
                    cycle = stack[stack.index(d) :] + [d]
                    why = []
                    for a, b in zip(cycle, cycle[1:], strict=False):
                        names = sorted(
                            n for p in by_module[a] for n in p.runtime if self.defined.get(n) == b
                        ) or [f"the module (calls {mod_alias(b)}.*)"]
                        why.append(f"{a} uses {', '.join(names)} from {b}")
                    raise SplitError(
                        "runtime import cycle: " + " -> ".join(cycle) + "\n  " + "\n  ".join(why)
                    )
                if state.get(d) is None:
                    visit(d)
            stack.pop()
            state[m] = 2

        for m in sorted(by_module):
            if m not in state:
                visit(m)

    def _module_source(self, m: str, pieces: list[Piece]) -> str:
        runtime: set[str] = set()
        typing_: set[str] = set()
        modules: set[str] = set()
        own = {n for n, home in self.defined.items() if home == m}
        for p in pieces:
            runtime |= p.runtime
            typing_ |= p.typing
            modules |= p.modules
        lines: list[str] = []
        type_lines: list[str] = []
        project: dict[str, set[str]] = defaultdict(set)
        type_project: dict[str, set[str]] = defaultdict(set)
        for n in sorted(runtime | typing_):
            if n in own:
                continue
            if n in self.imports:
                lines.append(self.imports[n])
            elif n in self.defined:
                (project if n in runtime else type_project)[self.defined[n]].add(n)
            elif hasattr(builtins, n):
                continue
            elif n in runtime:
                raise SplitError(f"{m}: the name {n} is neither defined, imported nor a builtin")
        for target in sorted(modules - {m}):
            pkg, _, leaf = full(target).rpartition(".")
            alias = mod_alias(target)
            lines.append(f"from {pkg} import {leaf}" + (f" as {alias}" if alias != leaf else ""))
        for home, names in sorted(project.items()):
            lines.append(f"from {full(home)} import {', '.join(sorted(names))}")
        for home, names in sorted(type_project.items()):
            type_lines.append(f"    from {full(home)} import {', '.join(sorted(names))}")
        if type_lines:
            lines.append("from typing import TYPE_CHECKING")
        doc = DOCS[m].strip("\n")
        head = f'"""{doc}\n"""\n' if "\n" in doc else f'"""{doc}"""\n'
        out = [head, "from __future__ import annotations\n"]
        out.append("\n".join(sorted(set(lines))) + "\n")
        if type_lines:
            out.append("if TYPE_CHECKING:\n" + "\n".join(type_lines) + "\n")
        body = pieces[0].text
        for prev, p in zip(pieces, pieces[1:], strict=False):
            # constants that sat together in the monolith stay together
            together = prev.last_line + 1 == p.first_line and not isinstance(
                prev.node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
            )
            body += ("" if together else "\n\n") + p.text
        return "\n".join(out) + "\n\n" + body


# ----------------------------------------------------------------------------------------------- output
def write(sources: dict[str, str]) -> list[Path]:
    written = []
    for pkg in PACKAGES:
        init = PARSING / pkg / "__init__.py"
        init.parent.mkdir(exist_ok=True)
        doc = DOCS[pkg].strip("\n")
        init.write_text(f'"""{doc}\n"""\n' if "\n" in doc else f'"""{doc}"""\n', encoding="utf-8")
        written.append(init)
    for m, src in sources.items():
        path = mod_path(m)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(src, encoding="utf-8")
        written.append(path)
    return written


def update_compiled(modules: list[str]) -> None:
    native = PARSING / "native.py"
    src = native.read_text(encoding="utf-8")
    m = re.search(r"^COMPILED = \((.*?)\)\n", src, re.S | re.M)
    if not m:
        raise SplitError("native.py: no COMPILED = (...) found")
    current = re.findall(r'"([^"]+)"', m.group(1))
    names = [x for x in current if x != "engine" and x not in modules] + ["engine"]
    names += sorted(x for x in modules if x not in names)
    body = ", ".join(f'"{x}"' for x in names)
    new = (
        "COMPILED = (\n"
        + "\n".join(
            "    " + line for line in textwrap.wrap(body, 100, break_long_words=False, break_on_hyphens=False)
        )
        + "\n)\n"
    )
    native.write_text(src[: m.start()] + new + src[m.end() :], encoding="utf-8")


def ruff(paths: list[Path]) -> None:
    py = [sys.executable, "-m", "ruff"]
    args = [str(p) for p in paths]
    subprocess.run([*py, "check", "--fix", "--select", "I,F401", "--quiet", *args], check=False, cwd=ROOT)
    subprocess.run([*py, "format", "--quiet", *args], check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="analyse and report; write nothing")
    ap.add_argument("--source", help="read the monolith from this file instead of engine.py")
    args = ap.parse_args(argv)
    src = Path(args.source or SOURCE).read_text(encoding="utf-8")
    sp = Splitter(src)
    try:
        sp.read()
        sp.build()
        sources = sp.modules()
    except SplitError as exc:
        print(f"split_engine: {exc}", file=sys.stderr)
        return 2
    for w in sp.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.check:
        for m, s in sorted(sources.items()):
            print(f"{m:32} {s.count(chr(10)):5} lines")
        return 0
    paths = write(sources)
    for pkg in PACKAGES:
        for stray in sorted((PARSING / pkg).glob("*.py")):
            if stray not in paths:
                print(f"note: {stray.relative_to(ROOT)} was not written by this run (left as it is)")
    ruff(paths + [PARSING / "native.py"])
    update_compiled(sorted(m for m in sources if m != "engine"))
    ruff([PARSING / "native.py"])
    for p in paths:
        print(f"{p.relative_to(ROOT)}: {len(p.read_text(encoding='utf-8').splitlines())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
