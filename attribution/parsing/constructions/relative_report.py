"""Reported speech inside a relative clause whose subject gap is the report's subject: the noun before
the relative pronoun is what the speaker talks about, and the content starts with its verb.

Handles:
    … pushed by winds that officials say could last into Monday.         (indirect:relative-gap)
    … the shortage, which the association says pushes patients to the ER. (indirect:relative-gap)
    The accused, who police say is from Winnipeg, was arrested …          (the clause ends at its comma)
Refuses:
    … the money that officials say the plan will cost.    (no gap at the content's start: the clause
                                                            rule handles "the plan will cost")
    … a plan that she says nothing about.                 ("nothing" is no verb)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing import kinds
from attribution.parsing.clauses import _gap_verb
from attribution.parsing.content import _clause_end, _trim_content
from attribution.parsing.document import Cand
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import tokens, tokens_tail, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


def find(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> Cand | None:
    """The report of a bare cue right after "that/which/who" and a short subject, when the content
    starts with the relative clause's verb; None otherwise (the caller's other rules go on)."""
    text, lang = at.text, at.lang
    data = lang.data
    if cue.used or cue.lemma not in data.bare_clause_lemmas or data.word_order != "svo":
        return None
    before = tokens_tail(text, max(s_start, cue.start - 60), cue.start, 5)
    while before and before[-1].key in lang.cue_fillers:
        before.pop()
    rel = -1
    for i in range(len(before) - 2, -1, -1):
        k = before[i].key
        if (k in data.relative_pronouns and k not in lang.determiners) or k in data.complementizers:
            rel = i
            break
    if rel < 0 or len(before) - rel - 1 > 3:
        return None
    subj = before[rel + 1 :]
    if any(t.key in lang.cues or t.key in data.relative_pronouns for t in subj):
        return None
    if text[before[rel].end : cue.start].strip(SPACE + " ") and any(
        ch in text[before[rel].end : cue.start] for ch in ",;:()"
    ):
        return None
    mention: Mention | None
    if len(subj) == 1 and subj[0].key in lang.pronouns:
        g = lang.pronouns[subj[0].key]
        mention = Mention(subj[0].start, subj[0].end, "pronoun", subj[0].text, gender=g, plural=g == "p")
    else:
        mention = classify(text, subj, lang)
    if mention is None:
        return None
    a0 = cue.end
    while a0 < s_end and text[a0] in SPACE:
        a0 += 1
    first = tokens(text, a0, min(s_end, a0 + 40), 1)
    if not first or first[0].start != a0 or not _gap_verb(first[0], lang):
        return None
    end, _ = _clause_end(at.doc, p, a0, s_end)
    lead = text[s_start : before[rel].start].rstrip(SPACE)
    if lead.endswith(","):
        # "The accused, who police say is from Winnipeg, was arrested …": the clause ends at its comma
        comma = text.find(",", a0, end)
        end = comma if comma > a0 else end
    a, b = _trim_content(text, a0, end)
    if word_count(text, a, b, 2) < 2:
        return None
    kind = kinds.kind_for(at, p, a, b)
    if kind == "mixed":
        b = kinds.mixed_end(at, p, a, b)
    return Cand(a, b, kind, f"{kind}:relative-gap", 0.6, p.index, mention=mention, cue=cue)
