"""Who answers in an interview: the interviewee, never the outlet's interviewer.

Handles:
    She spoke with the Courier's Tom Akers. … Q: … A: "…" → the answer is the interviewee's
    We spoke to Dana Ortiz about the plant. → the answers are Dana Ortiz's
Refuses:
    the Courier's reporter as the speaker of the answers
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attribution.parsing.entities import Entity
from attribution.parsing.languages.base import fold
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.resolve import pronouns

if TYPE_CHECKING:
    from attribution.parsing.resolve.state import ResolveState


# "the Courier's ", "NPR's ": an outlet's possessive before its reporter's name
_OUTLET_POSSESSIVE_RE: Final = re.compile(r"\bthe\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s$")
# what every lead the pattern matches ends with (the lead is stripped of blanks, so its `$` is its end)
_POSSESSIVE_ENDS: Final = ("'s", "’s")


def interviewee(rs: ResolveState, pos: int) -> Entity | None:
    """The person a Q&A's answers belong to: the person introduced before the first question, but
    never the one introduced as the one asking ("She spoke with the Courier's Tom Akers")."""

    def ok(e: Entity) -> bool:
        return e.is_person and e.gender != "p" and not introduced_as_interviewer(rs, e, pos)

    # (the field tests before ok(), which reads the text before each mention: the predicates are pure
    # tests, only their truth counts)
    return pronouns.salient(
        rs, pos, lambda e: (e.aged or bool(e.titles) or e.gender != "?") and ok(e)
    ) or pronouns.salient(rs, pos, ok)


def introduced_as_interviewer(rs: ResolveState, e: Entity, pos: int) -> bool:
    """Every mention of `e` before `pos` follows an interviewer marker ("our reporter Dan Whitt") or
    an outlet's possessive ("She spoke with the Courier's Tom Akers"): the one who asks."""
    markers = rs.lang.data.interviewer_markers
    before = [x for x in e.positions if x < pos]
    if not markers or not before:
        return False
    text = rs.doc.text
    for x in before[:8]:
        lead = text[max(0, x - 60) : x].rstrip(SPACE)
        # (the pattern ends on "'s" at the end of the lead: that test first, as the search tries every
        # position of the lead and costs more than the rest of the resolver's work on the name)
        outlet = lead.endswith(_POSSESSIVE_ENDS) and _OUTLET_POSSESSIVE_RE.search(lead) is not None
        if not outlet and not fold(lead).endswith(markers):
            return False
    return True
