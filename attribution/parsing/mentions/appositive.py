"""The subject before appositives and relative clauses set off by commas ("Ines Claeys, a spokeswoman
for the port authority, told …", "A source familiar with the talks, who spoke on condition of
anonymity, said …"): the chain of up to three appositives is walked back to the phrase that heads it,
and the name on either side is preferred to the description. Party tags and short parentheses
("(Con, Hollin and Scarth)") are blanked out first."""

from __future__ import annotations

import re
from typing import Final

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import NEVER_RE, fold
from attribution.parsing.mentions.phrase import Mention, _shifted, classify
from attribution.parsing.mentions.words import (
    _CLAUSE_PUNCT,
    _digit0,
    _head_key,
    _is_cap,
    _rfind_comma,
    _title_of_institution,
)
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, tokens, tokens_tail


def _np_ok(m: Mention | None) -> bool:
    return m is not None and m.kind in ("name", "descriptor", "org")


_QUOTED_TITLE_RE: Final = re.compile(r"“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\"|«[^«»\n]{1,80}»")


# the stops of abbreviations inside an appositive ("who left just after 4 a.m.", "of the U.S. Army")
_ABBREVIATION_DOTS_RE: Final = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]{1,3}\.)+(?=[ ,]|$)")


_ASIDE_RE: Final = re.compile(r"\([^()\n]{1,60}\)")
# what ends the phrase before an appositive, and what may not stand inside one
_HEAD_STOPS: Final = "," + _CLAUSE_PUNCT
_CLAUSE_PUNCT_RE: Final = re.compile("[" + re.escape(_CLAUSE_PUNCT) + "]")


_REGION_RE: dict[str, re.Pattern[str] | None] = {}


class _LastRegion:
    """The region regex of the language asked about last, with that language: one attribute holds both,
    so a thread never pairs a language with another's regex (and the module's dict, a global looked up
    by name in the compiled build, is read once per language change, not twice per call)."""

    def __init__(self) -> None:
        self.last: tuple[CompiledLanguage, re.Pattern[str] | None] | None = None


_LAST_REGION: Final = _LastRegion()


def _region_re(lang: CompiledLanguage) -> re.Pattern[str] | None:
    """ ", Ohio,", ", Ont.," after a town's name (lang.data.region_tags), compiled once per language."""
    last = _LAST_REGION.last
    if last is not None and last[0] is lang:
        return last[1]
    if lang.code not in _REGION_RE:
        tags = sorted(lang.data.region_tags, key=len, reverse=True)
        names = "|".join(re.escape(r) for r in tags)
        # (the comma first and the letter before it tested after it, `,(?<=[a-z],)`, not `(?<=[a-z]),`:
        # a pattern that opens with a literal is searched for that character's places only, one opening
        # with a look-behind is tried at every position of the 400-character window. Then a look-ahead
        # for the first letters of the names: the alternation of a hundred names is tried only at the
        # commas before one of those letters, not at every comma. Same matches)
        firsts = "".join(sorted({re.escape(r[0]) for r in tags if r}))
        _REGION_RE[lang.code] = (
            re.compile(
                r",(?<=[a-z],)(?=[ \t\u00a0]*[" + firsts + r"])[ \t\u00a0]*(?:" + names + r")[ \t\u00a0]*,"
            )
            if names
            else None
        )
    rx = _REGION_RE[lang.code]
    _LAST_REGION.last = (lang, rx)
    return rx


def appositive_subject(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """The subject before appositives (see _appositive_subject); short parentheses after a name, such as
    "Cllr Martin Greaves (Con, Hollin and Scarth), whose ward …, said", are blanked out first, and so is
    a region after a town ("a nurse in Columbus, Ohio, says")."""
    if lang.data.word_order != "svo":
        return None  # (every search below, _appositive_subject's too, is for svo languages only)
    a = max(lo, hi - 400)
    # (_appositive_subject finds nothing unless a comma stands in the last 40 characters before the cue,
    # and the windows below lie inside this one)
    near = text.find(",", max(lo, hi - 40), hi) >= 0
    if not near and text.find(")", max(lo, hi - 300), hi) < 0 and _tag_ends_with_comma(lang):
        # nothing to find, tagged or not: without an aside the window below differs from the text only
        # where a name tag stands, and a tag ending with its comma adds none in the last 40 characters
        # (the regex is not run for the many cues with no comma near them)
        return None
    # (a region after a town is blanked like a tag; it ends with its comma too, so the test above holds)
    region = _region_re(lang)
    regioned = region is not None and region.search(text, a, hi) is not None
    tagged = regioned or (
        lang.name_tag_re is not NEVER_RE and lang.name_tag_re.search(text, a, hi) is not None
    )
    m = None if tagged or not near else _appositive_subject(text, lo, hi, lang)
    if m is None and not tagged and near and lang.data.word_order == "svo":
        # "The assailants arrived at midnight and …, Ibrahim Maiga, the mayor of Dioura, told AFP": after
        # a long reported clause, the name that opens the appositive chain (looked for from the comma
        # that ends the clause)
        k = hi
        for _ in range(4):
            k = text.rfind(",", a, k)
            if k < 0:
                break
            if k + 1 < hi - 2:
                found = _appositive_subject(text, k + 1, hi, lang)
                if found is not None and found.kind == "name" and found.start > k:
                    return found
    if (
        m is not None
        or lang.data.word_order != "svo"
        or not (tagged or text.find(")", max(lo, hi - 300), hi) >= 0)
    ):
        return m
    window = _ASIDE_RE.sub(_blanked, text[a:hi])
    if tagged:
        # "Rep. Dana Roe, R-Ohio, one of 11 Republicans who …, said": the tag is blanked, its last
        # comma kept (it opens the appositive that follows)
        window = lang.name_tag_re.sub(_blanked_tag, window)
        if region is not None and regioned:
            window = region.sub(_blanked_tag, window)
    m = _appositive_subject(window, 0, len(window), lang)
    if m is None:
        return None
    return _shifted(m, a)


def _appositive_subject(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """'Ines Claeys, a spokeswoman for the port authority, told …', 'A source familiar with the talks,
    who spoke on condition of anonymity, said …', 'The terminal operator, Acme Ltd, said …': the
    subject is the noun phrase before the appositive or relative clause (the name when one side is one).
    """
    if lang.data.word_order != "svo":
        return None
    lo = max(lo, hi - 400)
    if text.find(",", max(lo, hi - 40), hi) < 0:
        return None  # cheap test first: the cue must follow a comma (and maybe a few fillers)
    # Only the last two words left after the fillers matter here: the window's last few words are
    # tokenised (all of them only when the fillers take nearly all of those)
    n = 6
    end = hi
    while True:
        toks = tokens_tail(text, lo, end, n)
        whole = len(toks) < n
        hi = end
        # fillers may follow the comma ("X, who …, on Tuesday said"), not precede it
        while (
            toks
            and (toks[-1].key in lang.cue_fillers or toks[-1].key in lang.calendar_words)
            and "," not in text[toks[-1].end : hi]
        ):
            hi = toks.pop().start  # "X, who …, had said": the appositive ends before the fillers
        if len(toks) >= 2 or whole:
            break
        n *= 8
    if len(toks) < 2:
        return None
    gap = text[toks[-1].end : hi].strip(SPACE)
    if gap != "," and not (gap == ".," and _abbreviation_dot(text, toks[-1].end)):
        return None  # ("X, who left at 4 a.m., said": an abbreviation's stop before the comma)
    comma2 = text.rfind(",", toks[-1].end, hi)
    # walk back over up to three appositives: "Daniel Ward, 47, of Kettering, admitted"
    right = comma2
    apps: list[tuple[int, int]] = []
    for _ in range(3):
        c1 = _rfind_comma(text, lo, right)
        if c1 < 0:
            return None
        seg = text[c1 + 1 : right]
        # a quoted title inside the appositive is no clause break: "X, whose book “Y” sold …, said"
        plain = _QUOTED_TITLE_RE.sub("", seg) if _has_quote_mark(seg) else seg
        if "." in plain:
            plain = _ABBREVIATION_DOTS_RE.sub("", plain)
        if _CLAUSE_PUNCT_RE.search(plain) is not None or len(seg) > 200:
            return None
        if lang.data.clause_conjunctions:
            opener = tokens(text, c1 + 1, right, limit=1)
            if opener and opener[0].key in lang.data.clause_conjunctions:
                return None  # "…, weil sie …, sagte X": a subordinate clause of the report, no appositive
        apps.append((c1 + 1, right))
        # the head: from the previous comma or clause punctuation up to c1
        # (one walk back to the nearest such mark, instead of a search for each mark)
        h0 = lo
        k = c1 - 1
        while k >= lo:
            c = ord(text[k])
            if c < 128 and (c == 32 or 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57):
                k -= 1  # (a letter, a digit or a space: no stop; tested without making a string)
                continue
            ch = text[k]
            # ("Sen. Daniel Kessler": an abbreviation's full stop is not a sentence end)
            if ch in _HEAD_STOPS and not (ch == "." and k > lo and _abbreviation_stop(text, k, lang)):
                h0 = k + 1
                break
            k -= 1
        head = tokens(text, h0, c1)
        if (
            h0 > lo
            and text[h0 - 1] == ","
            and len(head) >= 3
            and any(t.key in lang.data.coordinators for t in head)
            and all(_is_cap(t) or t.key in lang.data.coordinators for t in head)
        ):
            # "el viceministro de Educación Preescolar, Básica y Media, Andrés Felipe Ospina": the
            # list goes on what the title is of; the head is the phrase before it
            k0 = _rfind_comma(text, lo, h0 - 1)
            h1 = max(lo, k0 + 1)
            for ch in _CLAUSE_PUNCT:
                k = text.rfind(ch, lo, h0 - 1)
                if k >= 0:
                    h1 = max(h1, k + 1)
            prev_seg = tokens(text, h1, h0 - 1)
            if prev_seg and _is_cap(prev_seg[-1]) and any(_head_key(t, lang) for t in prev_seg):
                h0, head = h1, prev_seg
        if (
            lang.data.verb_second
            and any(
                t.key in lang.data.clause_verbs
                # ("Die Masten stünden zu dicht, …, sagte X": a verb in the reported mood too)
                or (t.key in lang.data.reported_mood_forms and t.text[:1].islower())
                for t in head
            )
        ):
            # "Der Angeklagte habe gezielt ältere, alleinstehende Menschen ausgesucht, sagte …": German
            # sets every relative clause off by commas, so a head with a finite verb is a clause
            return None
        intro_ok = _clause_opening(text, lo, h0, lang)
        while head and (head[0].key in lang.data.coordinators or head[0].key in lang.data.subordinators):
            head = head[1:]
        if head and len(head) <= 14 and intro_ok and head[0].key not in lang.data.prepositions:
            hm = classify(text, head, lang)
            if hm is None and head[0].key in lang.determiners:
                # "Her main opponent on the council, Councillor Richard Baines, said": the name
                a0, a1 = apps[-1]
                nm = tokens(text, a0, a1, 5)
                if nm and all(_is_cap(t) or t.key in lang.honorifics for t in nm):
                    am = classify(text, nm, lang)
                    if am is not None and am.kind == "name":
                        return am
            if hm is None and 2 <= len(head) <= 4 and head[0].key in lang.determiners:
                # "A neighbour, who did not want to be named, said": an unnamed person
                hm = Mention(head[0].start, head[-1].end, "descriptor", text[head[0].start : head[-1].end])
            if hm is not None and hm.kind != "pronoun" and not _head_is_adverbial(head, lang):
                a0, a1 = apps[-1]
                app_toks: list[Token] = []
                for t in tokens(text, a0, a1, 12):
                    # "Dr Maria Chen of the University of Oslo": the name before the preposition
                    if app_toks and (t.key in lang.data.prepositions or t.key in lang.data.relative_pronouns):
                        break
                    app_toks.append(t)
                # (the words' case is tested before they are classified: "Ines Claeys, a spokeswoman
                # for …" has no name in apposition, and its description need not be read)
                named = 0 < len(app_toks) <= 6 and all(
                    _is_cap(t)
                    or t.key in lang.data.name_connectors
                    or t.key in lang.honorifics
                    # "The law's sponsor, state Rep. Darnell Pell, said": the office's level before the title
                    or (i == 0 and t.key in lang.data.office_levels)
                    for i, t in enumerate(app_toks)
                )
                am = classify(text, app_toks, lang) if named else None
                if (
                    am is not None
                    and am.kind == "name"
                    and (
                        hm.kind != "name"
                        or _title_of_institution(head, lang)
                        # "la fiscal Anticorrupción, Elena Sanchis": a titled single word is the office
                        or (len(hm.name_tokens) == 1 and bool(hm.titles) and len(am.name_tokens) >= 2)
                    )
                ):
                    return am
                if _np_ok(hm) and hm.kind != "name" and h0 > lo:
                    # "Gareth Hollins, managing director of X, which …, told": the name opening the chain
                    k0 = _rfind_comma(text, lo, h0 - 1)
                    pre = tokens(text, max(lo, k0 + 1), h0 - 1)
                    if 0 < len(pre) <= 5 and _clause_opening(text, lo, max(lo, k0 + 1), lang):
                        pm = classify(text, pre, lang)
                        if pm is not None and pm.kind == "name":
                            return pm
                if _np_ok(hm):
                    return hm
                return None
        right = c1
    return None


# (module-level functions, not lambdas: a function holding a lambda makes an environment object at
# every call in the compiled build)
def _blanked(g: re.Match[str]) -> str:
    return " " * len(g.group())


def _blanked_tag(g: re.Match[str]) -> str:
    """A name tag blanked, its last comma kept."""
    return " " * (len(g.group()) - 1) + ","


class _LastTag:
    """The name-tag regex asked about last with its answer (see _tag_ends_with_comma): one attribute
    holds both, so a thread never pairs a regex with another's answer."""

    def __init__(self) -> None:
        self.last: tuple[re.Pattern[str], bool] | None = None


_LAST_TAG: Final = _LastTag()


def _tag_ends_with_comma(lang: CompiledLanguage) -> bool:
    """Does every match of lang.name_tag_re end with a comma (its pattern ends with one and has no
    alternation that could end elsewhere), or has the language no name tags? (Remembered for the
    regex asked about last: reading the pattern is a look-up by name.)"""
    rx = lang.name_tag_re
    last = _LAST_TAG.last
    if last is not None and last[0] is rx:
        return last[1]
    ok = rx is NEVER_RE or (rx.pattern.endswith(",") and "|" not in rx.pattern)
    _LAST_TAG.last = (rx, ok)
    return ok


def _has_quote_mark(s: str) -> bool:
    """Could _QUOTED_TITLE_RE match in s (a cheap test before the regex)?"""
    return '"' in s or "“" in s or "«" in s


def _abbreviation_dot(text: str, k: int) -> bool:
    """Is the full stop at k that of a lower- or upper-case abbreviation ("a.m.", "p.m.", "U.S.", "Jr.")?"""
    m = _ABBREVIATION_DOTS_RE.search(text, max(0, k - 8), k + 2)
    return m is not None and m.start() <= k < m.end()


def _abbreviation_stop(text: str, k: int, lang: CompiledLanguage | None = None) -> bool:
    """Is the full stop at k the end of a short capitalised abbreviation ('Sen.', 'Dr.', 'U.S.', and
    the language's longer title abbreviations: 'Coun.', 'Const.')?"""
    w = k
    while w > 0 and text[w - 1].isalpha():
        w -= 1
    if 0 < k - w <= 3 and text[w].isupper():
        return True
    return lang is not None and text[w].isupper() and fold(text[w:k]) in lang.data.abbreviations


def _head_is_adverbial(head: list[Token], lang: CompiledLanguage) -> bool:
    k = head[0].key
    return k in lang.adverbial_openers or k in lang.calendar_words or _digit0(head[0].text)


def _clause_opening(text: str, lo: int, h0: int, lang: CompiledLanguage) -> bool:
    """Is what precedes the head phrase only a sentence opening ('Separately,', 'On Tuesday,')?"""
    before = text[lo:h0].strip(SPACE)
    if not before:
        return True
    toks = tokens(text, lo, h0)
    if before.endswith((",", "—", "–", "-")) and len(toks) <= 10:
        return not any(t.key in lang.cues and t.key not in lang.title_words for t in toks)
    return False
