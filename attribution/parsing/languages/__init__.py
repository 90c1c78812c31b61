"""Registry of language modules: every module here defining ``LANGUAGE`` is picked up automatically.

Adding a language means adding a file (``xx.py`` with ``LANGUAGE = LanguageData(...)``); the engine
reads only the compiled data below.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from pathlib import Path

from attribution.parsing.languages import overlay
from attribution.parsing.languages.base import (
    NEVER_RE,
    WORD_CHARS,
    CompiledLanguage,
    LanguageData,
    build_alternation,
    fold,
    fold_all,
)
from attribution.parsing.wordset import WordSet

__all__ = ["CompiledLanguage", "LanguageData", "available", "get"]


def _compile(data: LanguageData) -> CompiledLanguage:
    cues = dict(zip(fold_all(data.cues), data.cues.values(), strict=True))
    titles = dict(zip(fold_all(data.titles), data.titles.values(), strict=True))
    comp = build_alternation(data.complementizers) or r"(?!x)x"
    return CompiledLanguage(
        data=data,
        cue_set=WordSet(data.cues),
        according_set=WordSet(data.according_to),
        according_post_set=WordSet(data.according_to_post),
        complementizer_re=re.compile(rf"(?:{comp})(?![{WORD_CHARS}])", re.IGNORECASE),
        cues=cues,
        pronouns={fold(k): v for k, v in data.pronouns.items()},
        honorifics={fold(k): v for k, v in data.honorifics.items()},
        titles=titles,
        title_words=frozenset(w for t in titles for w in t.split()),
        speaker_nouns={fold(k): v for k, v in data.speaker_nouns.items()},
        demonyms={fold(k): v for k, v in data.demonyms.items()},
        function_words=frozenset(fold(w) for w in data.function_words),
        determiners=frozenset(fold(w) for w in data.determiners),
        cue_fillers=frozenset(fold(w) for w in data.cue_fillers),
        continuation_forms=frozenset(fold(w) for w in data.continuation_forms),
        inverted={fold(k): v for k, v in data.inverted_pronoun_cues.items()},
        abbreviations=frozenset(fold(w) for w in data.abbreviations),
        naming_words=frozenset(fold(w) for w in data.naming_words),
        title_set=WordSet(data.titles),
        adverbial_openers=frozenset(fold(w) for w in data.adverbial_openers),
        calendar_words=frozenset(fold(w) for w in data.calendar_words),
        postnominals=frozenset(fold(w) for w in data.postnominals),
        org_words=frozenset(fold(w) for w in data.org_words),
        name_tag_re=re.compile(data.name_tag_pattern) if data.name_tag_pattern else NEVER_RE,
        self_naming_re=re.compile(data.self_naming_pattern) if data.self_naming_pattern else NEVER_RE,
        according_persons=frozenset(fold(w) for w in data.according_to_persons),
    )


@cache
def _registry() -> dict[str, LanguageData]:
    found: dict[str, LanguageData] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name in ("base", "overlay"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        data = getattr(module, "LANGUAGE", None)
        if isinstance(data, LanguageData):
            found[data.code] = data
    return found


# A language's regexes are compiled when a text in it first comes, not all languages at the first text:
# the French and Spanish cue lists (every conjugated form) take most of a second each.
_COMPILED: dict[str, CompiledLanguage] = {}


def available() -> list[str]:
    """Codes of the languages that have a module, e.g. ['en', 'fr', 'hi']."""
    return sorted(_registry())


def get(code: str | None) -> CompiledLanguage:
    """The compiled language for `code` ("en", "hi-IN", "FR"...); English when unknown."""
    key = (code or "en").strip().lower().replace("_", "-").split("-")[0]
    lang = _COMPILED.get(key)
    if lang is None:
        data = _own_module(key)
        if data is None:
            reg = _registry()
            if key not in reg:
                return get("en")
            data = reg[key]
        lang = _COMPILED[key] = _compile(data)
    return overlay.apply(lang)


def _own_module(code: str) -> LanguageData | None:
    """The data of the module named after `code` (fr.py for "fr"), importing no other language's
    module: the first text of a process pays for its own language only."""
    if not code.isidentifier() or code.startswith("_") or code in ("base", "overlay"):
        return None
    if not any((Path(folder) / f"{code}.py").is_file() for folder in __path__):
        return None
    data = getattr(importlib.import_module(f"{__name__}.{code}"), "LANGUAGE", None)
    return data if isinstance(data, LanguageData) and data.code == code else None
