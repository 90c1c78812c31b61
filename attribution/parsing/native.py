"""Which build of the parser runs: the modules compiled by mypyc, or these Python sources.

`make` compiles the parser's hot modules with mypyc (scripts/build_parser.py): the same source, turned
into C extension modules, about twice as fast. Nothing else changes: the compiled modules give the
same output as the sources (tests/parsing/test_native.py compares them), and when they are missing or
were built from other sources than the ones on disk, Python runs the .py files. So a developer who edits
a module and runs pytest without `make` never runs stale compiled code.

QUOTEDESK_PARSER=pure forces the Python sources (to debug with pdb, or to compare the two builds).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

PACKAGE = "attribution.parsing"
HERE = Path(__file__).resolve().parent
# The modules mypyc compiles, in one group whose shared library is attribution/parsing/_native__mypyc*.so
COMPILED = (
    "text",
    "quotemarks",
    "entities",
    "mentions.words",
    "mentions.word_facts",
    "mentions.phrase",
    "mentions.np_start",
    "mentions.before",
    "mentions.before_shapes",
    "mentions.after",
    "mentions.appositive",
    "mentions.sov",
    "detect",
    "model",
    "languages.base",
    "attributor",
    "engine",
    "records",
    "clause_check",
    "clause_facts",
    "clauses",
    "report_ends",
    "constructions.according",
    "constructions.colon_label",
    "constructions.complement",
    "constructions.continuation",
    "constructions.cue_clause",
    "constructions.dash_interview",
    "constructions.dialogue",
    "constructions.direct",
    "constructions.fronted",
    "constructions.headline",
    "constructions.headline_echo",
    "constructions.other_script",
    "constructions.pro_drop",
    "constructions.relative_report",
    "constructions.so_said",
    "constructions.speech_act",
    "constructions.trailing",
    "constructions.transcript",
    "constructions.verb_second",
    "content",
    "cues",
    "infinitives",
    "document",
    "finalize",
    "incises",
    "kinds",
    "registry.build",
    "registry.facts",
    "registry.runs",
    "registry.titles",
    "resolve.anonymous",
    "resolve.apposition",
    "resolve.descriptions",
    "resolve.interview",
    "resolve.names",
    "resolve.organisations",
    "resolve.pronouns",
    "resolve.resolver",
    "resolve.state",
    "subject_cases",
    "subjects",
    "trailers",
    "wordset",
)
# Not languages/__init__.py (a compiled package's __path__ is wrong, so its language files would not be
# found) nor the language files (en.py …): they are data, and a new one is picked up without a build.
GROUP = PACKAGE + "._native"
STAMP = HERE / "_native.stamp"
# Hand-written C for the innermost loops (the tokenizer), built with the group and loaded by the same
# rule; the Python it replaces stays the reference (text.py).
SPEEDUPS = "_speedups"
# its C sources, one per concern (one extension module: _speedups.c holds the module and the shared
# tables), and the header they share: all of them are in the stamp's digest, so a change in any rebuilds
SPEEDUPS_SOURCES = (
    "_speedups.c",
    "_speedups_tokens.c",
    "_speedups_window.c",
    "_speedups_trie.c",
    "_speedups_quotes.c",
    "_speedups_scan.c",
    "_speedups_sentences.c",
)
SPEEDUPS_HEADERS = ("_speedups.h",)


def source_path(name: str) -> Path:
    """The source of a compiled module: "engine" -> engine.py, "languages" -> languages/__init__.py."""
    path = HERE.joinpath(*name.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _binary_stem(name: str) -> Path:
    path = HERE.joinpath(*name.split("."))
    return path / "__init__" if path.is_dir() else path


def source_digest() -> str:
    """A digest of the compiled modules' sources and the interpreter they were built for."""
    h = hashlib.sha256(sys.implementation.cache_tag.encode())
    for name in COMPILED:
        h.update(name.encode())
        h.update(source_path(name).read_bytes())
    for c_name in SPEEDUPS_SOURCES + SPEEDUPS_HEADERS:
        h.update(c_name.encode())
        h.update((HERE / c_name).read_bytes())
    return h.hexdigest()


def built() -> bool:
    """Compiled modules exist for this interpreter and were built from the sources on disk."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    for name in COMPILED:
        stem = _binary_stem(name)
        if not any(stem.with_name(stem.name + sfx).exists() for sfx in suffixes):
            return False
    try:
        return STAMP.read_text(encoding="ascii").strip() == source_digest()
    except OSError:
        return False


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Loads the compiled modules' names from their .py files, ahead of the extension modules."""

    def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
        if not fullname.startswith(PACKAGE + "."):
            return None
        name = fullname[len(PACKAGE) + 1 :]
        if name not in COMPILED:
            return None
        src = source_path(name)
        if src.name == "__init__.py":  # a package: its submodules are found in its folder
            return importlib.util.spec_from_file_location(
                fullname, src, submodule_search_locations=[str(src.parent)]
            )
        return importlib.util.spec_from_file_location(fullname, src)


ACTIVE = False  # set by select(): True when the compiled modules run


def select() -> bool:
    """Choose the build before the parser's modules are imported; True when the compiled one runs."""
    global ACTIVE
    pure = os.environ.get("QUOTEDESK_PARSER", "").lower() == "pure"
    if pure or not built():
        if not any(isinstance(f, _SourceFirst) for f in sys.meta_path):
            sys.meta_path.insert(0, _SourceFirst())
        ACTIVE = False
    else:
        ACTIVE = True
    return ACTIVE


def speedups() -> Any:
    """The C module of the innermost loops when the compiled build runs, else None."""
    if not ACTIVE:
        return None
    try:
        return importlib.import_module(PACKAGE + "." + SPEEDUPS)
    except ImportError:
        return None


def describe() -> str:
    """One line for benchmarks and logs."""
    if ACTIVE:
        return "compiled with mypyc"
    if os.environ.get("QUOTEDESK_PARSER", "").lower() == "pure":
        return "pure Python (QUOTEDESK_PARSER=pure)"
    return "pure Python (compiled modules not built for these sources: run `make native`)"
