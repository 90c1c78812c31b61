"""Where the reporter's own words take over at the end of a report: a concession (", though she …"),
a gloss, a status or setting phrase, a coordinated subject's new clause, the writer's trailer (", but did
not say …", ", hours after …"). content._clause_end asks these; the constructions import them from there."""

from __future__ import annotations

from typing import Final

from attribution.parsing.clause_check import _past_form
from attribution.parsing.clauses import _finite_verb, facts
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens, word_count


def _concessive_end(text: str, start: int, end: int, lang: CompiledLanguage) -> int:
    """Where the reporter's aside on the speaker begins (", though she wouldn't commit to a date": one
    of lang.data.concessive_openers and a he/she subject), or `end`."""
    k = text.find(",", start, end)
    while k >= 0:
        nxt = tokens(text, k + 1, min(end, k + 30))[:2]
        if (
            len(nxt) == 2
            and nxt[0].key in lang.data.concessive_openers
            and lang.pronouns.get(nxt[1].key) in ("m", "f")
        ):
            return k
        k = text.find(",", k + 1, end)
    return end


def _gloss_end(text: str, start: int, end: int, lang: CompiledLanguage) -> int:
    """Where the reporter's appositive gloss on a report begins (", a concession aimed at winning …":
    an indefinite article, one to three words, then one of lang.data.gloss_participles), or `end`."""
    k = text.find(",", start, end)
    while k >= 0:
        toks = tokens(text, k + 1, min(end, k + 60))[:5]
        if toks and toks[0].key in lang.data.indefinite_articles:
            for i in range(2, min(5, len(toks))):
                if toks[i].key in lang.data.gloss_participles:
                    if all(t.text[:1].islower() for t in toks[1:i]):
                        return k
                    break
        k = text.find(",", k + 1, end)
    return end


def _status_end(text: str, start: int, end: int, lang: CompiledLanguage) -> int:
    """Where the writer's update begins after a report: ", and so far no one has been hired", ", but
    to date the city has not replied" (a coordinator, one of lang.data.status_openers, then a subject
    that is not one of lang.data.speaker_subjects, the speaker's "we"); or `end`."""
    k = text.find(",", start, end)
    while k >= 0:
        after = tokens(text, k + 1, min(end, k + 40))[:5]
        if len(after) >= 4 and after[0].key in lang.data.coordinators and word_count(text, start, k) >= 3:
            rest = " ".join(t.key for t in after[1:4])
            for opener in lang.data.status_openers:
                if rest.startswith(opener + " "):
                    subj = after[1 + len(opener.split())]
                    if subj.key not in lang.data.speaker_subjects:
                        return k
        k = text.find(",", k + 1, end)
    return end


def _setting_end(
    text: str, start: int, end: int, lang: CompiledLanguage, words: list[Token] | None = None
) -> int:
    """Where the setting of the utterance begins after a report ("… in an interview on Monday", "… at
    a news conference, as aides …"): a setting preposition after at least three words of the
    report, "a" or a possessive, up to two lower-case modifiers, a noun of lang.data.utterance_settings, then
    no verb of a clause of its own (only places, times and the reporter's ", as …" aside); or `end`.
    `words`: tokens(text, start, min(end, start + 600)) when the caller has them (it only reads them)."""
    toks = tokens(text, start, min(end, start + 600)) if words is None else words
    settings = lang.data.utterance_settings
    for i in range(3, len(toks) - 2):
        det = toks[i + 1].key
        if toks[i].key not in lang.data.setting_prepositions or not (
            # (an event the speaker names is the report's: "said he lied during the debate")
            det in lang.data.indefinite_articles or det in lang.data.possessive_determiners
        ):
            continue
        j = next((k for k in range(i + 2, min(i + 5, len(toks))) if toks[k].key in settings), -1)
        if j < 0 or not all(t.text[:1].islower() for t in toks[i + 2 : j]):
            continue
        rest = text[toks[j].end : end]
        comma = rest.find(",")
        tail = tokens(text, toks[j].end, toks[j].end + comma if comma >= 0 else end)
        if len(tail) <= 8 and not any(
            t.key in lang.data.clause_verbs or t.key in lang.cues or t.key in lang.pronouns for t in tail
        ):
            return rstrip_end(text, start, toks[i].start)
    return end


def _coordinated_subject_lead(text: str, start: int, sb_start: int, lang: CompiledLanguage) -> int | None:
    """The comma before ", and on Friday her lawyer, Tom Hale, said …": a coordinator, a short subject
    phrase (a time phrase or description, no verb) and a comma before the new speaker's name; None when
    the name at `sb_start` does not follow such a phrase."""
    k = rstrip_end(text, start, sb_start)
    if k <= start or text[k - 1] != ",":
        return None
    toks = tokens(text, max(start, sb_start - 80), k - 1)
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if t.key in lang.data.coordinators:
            lead = rstrip_end(text, start, t.start)
            mid = toks[i + 1 :]
            if lead > start and text[lead - 1] == "," and 1 <= len(mid) <= 8:
                return lead - 1
            return None
        if t.key in lang.cues or _finite_verb(t, lang) or t.key in lang.pronouns:
            return None
    return None


_CLOSING_MARKS: Final = '”"’»'


def _writer_trailer_end(
    text: str, start: int, end: int, lang: CompiledLanguage, words: list[Token] | None = None
) -> int:
    """Where the writer's words take over after a report (LanguageData.sequence_trailers …): a comma
    inside a closing mark and a participle, "according" or "then" ('had "never signed a paycheck,"
    escalating a fight'), ", then" and a past verb, or a refusal (", but she would not say how").
    (A participle after a plain comma stays: it is as often the report's own, "…, taking $2,800 in
    quarters", as the writer's, "…, dashing hopes of a cut".) Bounded to the first commas. `words`: as
    _setting_end's."""
    data = lang.data
    coordinators = facts(lang).coordinators  # (a set: the loop below looks up every word of the report)
    k = text.find(",", start, end)
    seen = 0
    while k >= 0 and seen < 12:
        seen += 1
        if k + 1 < end and text[k + 1] in _CLOSING_MARKS:
            after = tokens(text, k + 2, min(end, k + 40), 1)
            if after and after[0].text[:1].islower() and is_blank(text, k + 2, after[0].start):
                w = after[0].key
                if (
                    w == "according"
                    or w in data.sequence_trailers
                    or (data.gerund_suffix and w.endswith(data.gerund_suffix) and w not in lang.cues)
                ):
                    # ('… “a gift to the other side,” according to …', '“…,” escalating a fight'; not
                    # an apposition: 'a "rubble pile," a loose collection of rock')
                    return k + 2
        after = tokens(text, k + 1, min(end, k + 80), 5)
        if after and word_count(text, start, k, 4) >= 4:
            first = after[0]
            if (
                len(after) > 1
                and first.key in data.sequence_trailers
                and after[1].text[:1].islower()
                and _past_form(after[1], lang)
            ):
                return k
            if (
                len(after) > 1
                and first.key in lang.determiners
                and first.key not in data.definite_articles
                and after[1].key in data.resumptive_nouns
                and is_blank(text, first.end, after[1].start)
            ):
                return k  # "…, a pledge Ashford has called …": the writer sums the report up
            j = 1 if first.key in coordinators else 0
            if j and j < len(after) and after[j].key in lang.pronouns:
                j += 1
            if (
                0 < j < len(after) - 2
                and after[j].key in data.clause_verbs
                and after[j + 1].key == "not"
                and after[j + 2].key in data.refusal_verbs
            ):
                return k
        k = text.find(",", k + 1, end)
    # "said he would accept the result but did not say how": a refusal to say more after the report,
    # with no comma, is the writer's too
    toks = tokens(text, start, min(end, start + 600)) if words is None else words
    for i in range(3, len(toks) - 3):
        if (
            toks[i + 2].key == "not"  # (the rarest word first: one string comparison for most words)
            and toks[i].key in coordinators
            and toks[i + 1].key in data.clause_verbs
            and toks[i + 3].key in data.refusal_verbs
        ):
            return rstrip_end(text, start, toks[i].start, SPACE + ",")
    return end
