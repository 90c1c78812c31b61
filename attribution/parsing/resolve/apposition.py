"""A title with its holder's name in apposition counts as that person.

Handles:
    Le ministre des Comptes publics, Julien Barraud, … Il a ajouté … → "il" is Julien Barraud
    The finance minister, Ana Ruiz, said … She added … → "she" is Ana Ruiz
Refuses:
    The finance minister, who spoke in Brussels, said … (no name after the comma)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.mentions import _is_cap
from attribution.parsing.text import tokens

if TYPE_CHECKING:
    from attribution.parsing.resolve.resolver import Resolver


def named_in_apposition(rs: Resolver, title_end: int) -> bool:
    """Is the description ending its title at `title_end` followed, after its complement and a
    comma, by a registered name ("Le ministre des Comptes publics, Julien Barraud, a estimé")?"""
    text = rs.doc.text
    comma = text.find(",", title_end, title_end + 60)
    if comma < 0 or any(ch in text[title_end:comma] for ch in '.;:!?«»“”"'):
        return False
    names: list[str] = []
    for t in tokens(text, comma + 1, min(len(text), comma + 60), 4):
        if not _is_cap(t):
            break
        names.append(t.text)
    return bool(names) and rs.reg.lookup(names) is not None
