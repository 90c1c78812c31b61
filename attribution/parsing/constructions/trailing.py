"""Attribution after the content, at the end of a sentence, without quotation marks:
    The votes are there, one of the aides said.            (trailing_attribution: where ", X said." starts)
    It started near a rail line, said Capt. Ron Adebayo.   (inverted_after_comma: the cue, then its subject)
The cues before such an attribution belong to the content it attributes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from attribution.parsing import subjects
from attribution.parsing.clauses import _complementizer_after, _finite_verb
from attribution.parsing.constructions import fronted as fronted_content
from attribution.parsing.content import comma_before
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import first_at_or_after as _bisect_left  # (bisect_left, compiled)
from attribution.parsing.text import tokens
from attribution.parsing.trailers import trailer_ok

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


_SUBJECT_WINDOW: Final = 200  # how far before the last cue its subject is looked for


def trailing_attribution(at: Attributor, p: Para, s_start: int, s_end: int) -> int:
    """Where a sentence-final ', X said.' starts (-1 if none): cues before it are part of the content
    it attributes. Computed once per sentence, looking only at the sentence's last cue."""
    if at.lang.data.word_order != "svo":
        return -1
    last = _last_cue(at, p, s_start, s_end)
    if last is None:
        return -1
    return _trailing_start(at, p, last, s_start, s_end, None)


def attribution_after(
    at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int, memo: dict[int, int], lo: int = -1
) -> bool:
    """Does the sentence's trailing attribution (trailing_attribution, kept in `memo` per sentence start)
    start after `cue`, so that the cue is part of the content it attributes ("Calder believes the votes
    are there, one of the aides said.")? `lo`: where the cue's own subject will be looked for, if known."""
    left = memo.get(s_start)
    if left is None:
        if at.lang.data.word_order != "svo":
            return False
        last = _last_cue(at, p, s_start, s_end)
        if last is None:
            memo[s_start] = -1
            return False
        tail_ok: bool | None = None
        # (when the cue's own subject search has the bound the trailing one uses, the memo shares it:
        # the attribution costs little more, and the test below would be work added)
        if last is cue and lo != max(s_start, cue.start - _SUBJECT_WINDOW):
            # The sentence's own last cue asks (most sentences have one cue): an attribution starts after
            # it only with its subject after it too (the inverted form starts at the cue), and then it
            # needs a trailer _trailer_ok accepts right after the cue. That test costs a fraction of the
            # subject search, which it spares when it fails. (No other cue of the sentence asks
            # later: the cues after the last one are "according to" ones.)
            tail_ok = trailer_ok(at, cue.end, s_end, cue.lemma, s_start)
            if not tail_ok:
                return False
        left = memo[s_start] = _trailing_start(at, p, last, s_start, s_end, tail_ok)
    return left > cue.start


def _last_cue(at: Attributor, p: Para, s_start: int, s_end: int) -> Cue | None:
    """The sentence's last cue that is not "according to" (None if it has none), nor a participle
    right after another cue and a comma: "…, Comeau said, praising volunteers as "…"" (the speaker's
    next act; the attribution is "Comeau said")."""
    i = _bisect_left(p.cue_starts, s_end) - 1
    while i >= 0 and p.cues[i].lemma == "according to":
        i -= 1
    if i < 0 or p.cues[i].start < s_start:
        return None
    suffix = at.lang.data.gerund_suffix
    cue = p.cues[i]
    if suffix and i > 0 and p.cues[i - 1].start >= s_start:
        prev = p.cues[i - 1]
        word = at.text[cue.start : cue.end]
        if (
            word[:1].islower()
            and word.endswith(suffix)
            and at.text[prev.end : cue.start].strip(SPACE) == ","
        ):
            return prev
    return cue


def _trailing_start(
    at: Attributor, p: Para, last: Cue, s_start: int, s_end: int, tail_ok: bool | None
) -> int:
    """trailing_attribution for the sentence's last cue; `tail_ok`, when known, is
    trailer_ok(at, last.end, s_end, last.lemma, s_start)."""
    text = at.text
    if _complementizer_after(at.doc, p, last, s_end) is not None:
        return -1
    # ", said Capt. Ron Adebayo": right after the comma the cue's subject follows it
    inv = subjects.inverted_subject(at, last.end, s_end) if comma_before(text, s_start, last.start) else None
    lo = max(s_start, last.start - _SUBJECT_WINDOW)
    m = None if inv is not None else subjects.mention_for(at, p, last, lo)
    if m is not None:
        left, right = subjects.attribution_left(at, s_start, m.start), last.end
    else:
        m = inv or subjects.inverted_subject(at, last.end, s_end)
        if m is None:
            return -1
        left, right = last.start, m.end
        tail_ok = None
    if not comma_before(text, max(s_start, left - 10), left):
        return -1
    if tail_ok is None:
        tail_ok = trailer_ok(at, right, s_end, last.lemma, s_start)
    return left if tail_ok else -1


def inverted_after_comma(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> bool:
    """'…, said Capt. Ron Adebayo of the fire marshal's office.': a cue right after the comma that
    ends the content, with its subject after it, takes the content before it (even when a phrase
    before the comma looked like its subject). True when it made the candidate."""
    text, lang = at.text, at.lang
    if (
        lang.data.word_order != "svo"
        or lang.data.verb_second
        or cue.key in lang.continuation_forms
        or cue.lemma in lang.data.object_cue_lemmas
    ):
        return False
    if not comma_before(text, s_start, cue.start):
        return False
    inv = subjects.inverted_subject(at, cue.end, s_end)
    if inv is None:
        return False
    # "Margaret Hsu, 72, said a driver had clipped …": a verb after the phrase makes it the
    # content's subject, not the cue's (a relative clause about the speaker may have one)
    for t in tokens(text, inv.end, min(s_end, inv.end + 200)):
        if t.key in lang.data.relative_pronouns and comma_before(text, inv.end, t.start):
            break
        if _finite_verb(t, lang):
            return False
    return fronted_content.find(at, p, cue, inv, s_start, s_end, inverted=True)
