"""The subject of a verb-final language: the noun phrase marked by a subject postposition before the cue
(Hindi "X ने कहा"), a pronoun with that marker, or with no marker the phrase right before the cue."""

from __future__ import annotations

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.mentions.words import _fold, _gap_clean, _head_key
from attribution.parsing.text import Token, find_titles


def _subject_sov(
    text: str, toks: list[Token], lang: CompiledLanguage, markers: tuple[str, ...] | None = None
) -> Mention | None:
    markers = lang.data.subject_markers if markers is None else markers
    for j in range(len(toks) - 1, -1, -1):
        t = toks[j]
        k = t.key
        if k in lang.pronouns and (any(k.endswith(m) for m in markers) or j >= len(toks) - 3):
            return Mention(t.start, t.end, "pronoun", t.text, gender=lang.pronouns[k])
        if k in markers or (not markers and j == len(toks) - 1):
            # a marked subject ("X ने कहा"), or with no marker the phrase right before the cue ("X बोले")
            np: list[Token] = []
            i = j - 1 if markers else j
            while i >= 0 and len(np) < 4:
                u = toks[i]
                if u.key in lang.function_words or not _gap_clean(
                    text, u.end, toks[i + 1].start if i + 1 < len(toks) else u.end
                ):
                    break
                np.insert(0, u)
                i -= 1
            if not np:
                return None
            indefinite = i >= 0 and toks[i].key in lang.determiners and toks[i].key in lang.data.indefinites
            if np[-1].key in lang.title_words or _head_key(np[-1], lang):
                m = _sov_descriptor(text, np, lang)
                if indefinite:
                    m.definite = False
                return m
            names = np
            for idx in range(len(np) - 1, -1, -1):
                if np[idx].key in lang.title_words or np[idx].key in lang.demonyms:
                    names = np[idx + 1 :]
                    break
            return Mention(
                np[0].start, np[-1].end, "name", text[np[0].start : np[-1].end], [t.text for t in names]
            )
    return None


def _sov_descriptor(text: str, np: list[Token], lang: CompiledLanguage) -> Mention:
    cls = None
    span_text = text[np[0].start : np[-1].end]
    for m_start, m_end in find_titles(span_text, 0, len(span_text), lang):
        cls = lang.titles.get(_fold(span_text[m_start:m_end])) or cls
    if cls is None:
        hk = _head_key(np[-1], lang)
        cls = (lang.speaker_nouns.get(hk) or lang.titles.get(hk)) if hk else None
    nat = {lang.demonyms[t.key] for t in np if t.key in lang.demonyms}
    return Mention(np[0].start, np[-1].end, "descriptor", span_text, [], cls, nat, definite=True)
