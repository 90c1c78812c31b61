"""What the clause tests derive from a language once: the complementizer regex's shortest and longest
match and the ASCII letters a match can start with (is_complementizer refuses most words without the
regex), the coordinators as a set. clauses.py re-exports these for the modules that import them there."""

from __future__ import annotations

import re
import sys
from typing import Any, Final

from attribution.parsing.languages import CompiledLanguage


class LangFacts:
    """What the clause tests derive from a language once (facts(lang)): the complementizer regex with
    the shortest and longest text it can match, and the coordinators as a set (the language data keeps
    them as a tuple, which `in` scans)."""

    def __init__(self, lang: CompiledLanguage) -> None:
        self.data = lang.data
        self.rx = lang.complementizer_re
        try:
            from re import _parser  # type: ignore[attr-defined]

            lo, hi = _parser.parse(self.rx.pattern, self.rx.flags).getwidth()
        except Exception:  # noqa: BLE001 - without the widths, every word is tried
            lo, hi = 0, sys.maxsize
        self.comp_lo: int = int(lo)
        self.comp_hi: int = int(min(hi, sys.maxsize))
        self.comp_first: frozenset[str] | None = _ascii_first_chars(self.rx)
        self.coordinators: frozenset[str] = frozenset(lang.data.coordinators)
        self.que: bool = "que" in lang.data.complementizers

    def is_complementizer(self, word: str) -> bool:
        """self.rx.fullmatch(word) is not None. A regex call costs as much as a few dozen set look-ups,
        and most words are shorter or longer than anything the regex matches (its literal forms match
        one character per character, case-insensitively): those are refused without it."""
        n = len(word)
        if n < self.comp_lo or n > self.comp_hi:
            return False
        if n and self.comp_first is not None:
            c = word[0]
            if ord(c) < 128 and c not in self.comp_first:
                return False  # ("said this", "told them": a word of the length, not of the first letter)
        return self.rx.fullmatch(word) is not None


def _ascii_first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters a match of rx can start with, when its pattern starts with literal
    characters (a plain or grouped alternation of words, as build_alternation writes them); None when
    it does not (every word is then left to the regex). The characters are tried with a class of the
    first literals under rx's own flags, so that the regex engine's case folding decides."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        firsts = _literal_firsts(list(_parser.parse(rx.pattern, rx.flags).data), _parser)
    except Exception:  # noqa: BLE001 - an unknown pattern shape: no filter
        return None
    if not firsts:
        return None
    first_class = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(firsts)) + "]", rx.flags)
    return frozenset(chr(c) for c in range(128) if first_class.fullmatch(chr(c)))


def _literal_firsts(items: list[Any], parser: Any) -> set[int] | None:
    """The code points a parsed pattern's first element matches, when it is a literal, a class of
    literals, or a group or alternation of such; None for anything else (a repeat, a range, a
    lookaround: it may match an empty string or more characters than it lists)."""
    if not items:
        return None
    op, av = items[0]
    if op is parser.LITERAL:
        return {int(av)}
    if op is parser.IN:
        out: set[int] = set()
        for sub_op, sub_av in av:
            if sub_op is not parser.LITERAL:
                return None
            out.add(int(sub_av))
        return out
    if op is parser.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        return _literal_firsts(list(sub.data), parser)
    if op is parser.BRANCH:
        union: set[int] = set()
        for branch in av[1]:
            got = _literal_firsts(list(branch.data), parser)
            if got is None:
                return None
            union |= got
        return union
    return None


_FACTS: Final[dict[str, LangFacts]] = {}


class _LastFacts:
    """The LangFacts facts() returned last: a document asks for its language's thousands of times."""

    def __init__(self) -> None:
        self.facts: LangFacts | None = None


_LAST_FACTS: Final = _LastFacts()


def facts(lang: CompiledLanguage) -> LangFacts:
    """The language's LangFacts, made at its first use. (A LangFacts is made of the language's data and
    complementizer regex alone: the last one returned serves any language with those two, without the
    dict look-up.)"""
    f = _LAST_FACTS.facts
    if f is not None and f.data is lang.data and f.rx is lang.complementizer_re:
        return f
    f = _FACTS.get(lang.code)
    if f is None or f.data is not lang.data or f.rx is not lang.complementizer_re:
        f = _FACTS[lang.code] = LangFacts(lang)  # (a language overlaid at run time has its own data)
    _LAST_FACTS.facts = f
    return f


def is_complementizer(word: str, lang: CompiledLanguage) -> bool:
    """lang.complementizer_re.fullmatch(word) is not None (see LangFacts.is_complementizer)."""
    return facts(lang).is_complementizer(word)
