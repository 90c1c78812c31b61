"""Rules an installation adds to a language at run time, on top of its module's data.

Reviewers teach the parser words its language files lack (a cue verb, an "according to" phrase); an
admin accepts them and they are installed here, per language, before parsing. Nothing here is compiled
and nothing imports Django: the app calls `install` with what its database holds, and
`languages.get()` hands the engine `apply(compiled)`, a variant of the language built by the
language module's own compile function from a copy of its data with the extra entries merged in.

This module defines no ``LANGUAGE``, so the registry does not take it for a language.

    >>> install("en", cues={"cautioned": "caution"})
    >>> "cautioned" in languages.get("en").cues
    True
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from attribution.parsing.languages.base import CompiledLanguage


@dataclasses.dataclass(frozen=True)
class Overlay:
    """What an installation adds to one language: cue forms (surface form -> lemma) and phrases that
    open a source before its report ("in the words of", "aux dires de")."""

    cues: Mapping[str, str] = dataclasses.field(default_factory=dict)
    according_to: tuple[str, ...] = ()
    # lemma of a learned cue -> what its report follows ("clause", "infinitive", "object to",
    # "object of"), for lemmas the language's tables do not place
    frames: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.cues or self.according_to or self.frames)


_lock = threading.Lock()
_overlays: dict[str, Overlay] = {}
_version = 0
# (id of the module's compiled language, overlay version) -> variant; the base object is kept alive in
# the value's `data` chain only through `_bases`, so an id is never reused while its entry exists
_variants: dict[tuple[int, int], CompiledLanguage] = {}
_bases: dict[int, CompiledLanguage] = {}


def version() -> int:
    """Bumped by every `install`/`clear` that changes something: the variants are rebuilt lazily."""
    return _version


def install(
    code: str,
    cues: Mapping[str, str] | None = None,
    according_to: Iterable[str] = (),
    frames: Mapping[str, str] | None = None,
) -> None:
    """Make `cues`, `according_to` and `frames` the overlay of language `code` (replacing its previous
    one)."""
    global _version
    new = Overlay(
        cues={k.strip().lower(): v.strip().lower() for k, v in (cues or {}).items() if k.strip()},
        according_to=tuple(sorted({p.strip().lower() for p in according_to if p.strip()})),
        frames={
            k.strip().lower(): " ".join(v.lower().split()) for k, v in (frames or {}).items() if v.strip()
        },
    )
    key = code.strip().lower()
    with _lock:
        if _overlays.get(key, Overlay()) == new:
            return
        if new:
            _overlays[key] = new
        else:
            _overlays.pop(key, None)
        _version += 1
        _variants.clear()


def clear() -> None:
    """Drop every overlay: the languages are their modules' data again."""
    global _version
    with _lock:
        if _overlays:
            _overlays.clear()
            _version += 1
            _variants.clear()


def installed() -> list[str]:
    """The codes of the languages that have an overlay."""
    return sorted(_overlays)


def current(code: str) -> Overlay:
    return _overlays.get(code.strip().lower(), Overlay())


def apply(compiled: CompiledLanguage) -> CompiledLanguage:
    """`compiled` with this installation's overlay for its language, or `compiled` itself if none."""
    extra = _overlays.get(compiled.code)
    if not extra:
        return compiled
    key = (id(compiled), _version)
    found = _variants.get(key)
    if found is None:
        with _lock:
            found = _variants.get(key)
            if found is None:
                found = _variants[key] = _build(compiled, extra)
                _bases[id(compiled)] = compiled
    return found


def other_forms(code: str, form: str) -> list[str]:
    """The forms a learned cue of language `code` brings beside itself (its other tenses and shapes),
    for an admin to see before or after accepting it; forms the language's module has are left out."""
    from attribution.parsing import languages  # the registry imports this module: import it late

    compiled = languages.get(code)
    base = languages._COMPILED.get(compiled.code, compiled)  # the module's own data, without overlay
    key = form.strip().lower()
    return [f for f in _analogues(key, base.data.cues) if f != key and f not in base.data.cues]


def _build(compiled: CompiledLanguage, extra: Overlay) -> CompiledLanguage:
    from attribution.parsing import languages  # the registry imports this module: import it late

    data = compiled.data
    cues = dict(data.cues)
    common = data.stopwords | data.function_words
    for form, lemma in extra.cues.items():
        cues.setdefault(form, lemma)  # the module's own entry wins: an overlay only adds
        for variant in _analogues(form, data.cues):
            if variant not in common:  # a made form that is a common word ("is", "was") is no cue
                cues.setdefault(variant, lemma)
    according = tuple(dict.fromkeys((*data.according_to, *extra.according_to)))
    bare = set(data.bare_clause_lemmas)
    infinitive = set(data.infinitive_lemmas)
    object_to = set(data.object_infinitive_lemmas)
    object_prep = dict(data.object_preposition_lemmas)
    placed = bare | infinitive | object_to | set(object_prep)
    for lemma, frame in extra.frames.items():
        if lemma in placed:
            continue  # the module's own frame wins
        if frame == "clause":
            bare.add(lemma)
        elif frame == "infinitive":
            infinitive.add(lemma)
        elif frame.startswith("object ") and " " not in frame[7:]:
            word = frame[7:]
            if word in data.infinitive_to:
                object_to.add(lemma)
            else:
                object_prep[lemma] = word
    return languages._compile(
        dataclasses.replace(
            data,
            cues=cues,
            according_to=according,
            bare_clause_lemmas=frozenset(bare),
            infinitive_lemmas=frozenset(infinitive),
            object_infinitive_lemmas=frozenset(object_to),
            object_preposition_lemmas=object_prep,
        )
    )


def _analogues(form: str, known: Mapping[str, str]) -> list[str]:
    """The other forms a multi-word cue takes, by analogy with a known verb built the same way.

    French "a maugréé" is learned once; the language lists "a déclaré" with "ont déclaré", "a également
    déclaré", "avait déclaré" …: the same shapes are made for "maugréé". The model is the participle
    after the learned form's auxiliary with the most forms; where the model is a cue alone too (German
    "gesagt"), so is the learned participle."""
    if " " not in form:
        return _inflections(form, known)
    prefix, last = form.rsplit(" ", 1)
    head = prefix + " "
    shapes: dict[str, int] = {}
    for key in known:
        if key.startswith(head) and " " not in key[len(head) :]:
            shapes[key[len(head) :]] = 0
    if not shapes:
        return []
    for key in known:
        tail = key.rsplit(" ", 1)[-1]
        if tail in shapes and " " in key:
            shapes[tail] += 1
    model = max(sorted(shapes), key=lambda w: shapes[w])
    lemma = known[head + model]
    cut = len(model)
    shapes_of = [k[:-cut] + last for k, v in known.items() if v == lemma and k.endswith(" " + model)]
    # German lists the participle alone too ("gesagt" beside "hat gesagt"): the engine finds the
    # auxiliary apart from it ("hat bereits im März gemahnt")
    return shapes_of + [last] if known.get(model) == lemma else shapes_of


MIN_SHARED_ENDING = 3  # "surmised"/"advised": "sed" at least, so "warned" alone does not model "-ed"
MAX_MODEL_FORMS = 12  # a verb with more one-word forms is conjugated too richly to copy by its ending


def _inflections(form: str, known: Mapping[str, str]) -> list[str]:
    """The other one-word forms of a learned one-word cue, by analogy with the known verb whose form
    ends most like it: "surmised" is learned, "advised" is known with "advise", "advises", "advising",
    so "surmise", "surmises" and "surmising" are made. A reviewer who taught the past tense need not
    teach the present ("Lund surmises that …") one article later."""
    by_lemma: dict[str, list[str]] = {}
    for key, lemma in known.items():
        if " " not in key:
            by_lemma.setdefault(lemma, []).append(key)
    best, best_n = "", 0
    for key, lemma in known.items():
        if " " in key or len(by_lemma[lemma]) < 2 or len(by_lemma[lemma]) > MAX_MODEL_FORMS:
            continue
        n = len(_common_suffix(key, form))
        if n > best_n or (n == best_n and best and len(by_lemma[lemma]) > len(by_lemma[known[best]])):
            best, best_n = key, n
    if best_n < MIN_SHARED_ENDING or best == form:
        return []
    forms = by_lemma[known[best]]
    stem = forms[0]
    for f in forms[1:]:
        stem = stem[: len(_common_prefix(stem, f))]
    ending = best[len(stem) :]
    if not form.endswith(ending) or len(form) - len(ending) < 3:
        return []
    mine = form[: len(form) - len(ending)]
    return sorted({mine + f[len(stem) :] for f in forms} - {form})


def _common_suffix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
