"""Anonymous and unnamed speakers: "a source close to the talks", "one of the officials"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.resolve import descriptions
from attribution.parsing.subjects import _head_word
from attribution.parsing.text import rstrip_end, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.document import Cand
    from attribution.parsing.resolve.state import ResolveState


def standfirst(rs: ResolveState, k: int) -> bool:
    """Paragraph k is the standfirst under the headline: the second paragraph, one short sentence
    with no final full stop ("La Presidenta aseguró que …")."""
    if k != 1 or len(rs.doc.paras) < 3:
        return False
    p = rs.doc.paras[k]
    text = rs.doc.text
    return len(p.sents) == 1 and text[p.end - 1] not in ".!?" and word_count(text, p.start, p.end) <= 40


def same_anonymous(rs: ResolveState, m: Mention) -> bool:
    """'A senior official, who …, said …' then '“…,” the official said': the same unnamed source."""
    last = rs.last
    if last is None or last.entity is not None or last.mention is None:
        return False
    p0 = rs.doc.paras[0]
    p0_last = rs.doc.text[rstrip_end(rs.doc.text, p0.start, p0.end) - 1]
    if last.para == 0 and m.start >= p0.end and p0_last not in '.!?”"’':
        return False  # a headline's "-sources" is not the body's "two government sources"
    if not m.definite and not one_of_the(rs, m):
        return False
    lm = last.mention
    if lm.kind not in ("descriptor", "org") or rs.lang.data.word_order != "svo":
        return False
    w0, w1 = _head_word(lm.text, rs.lang), _head_word(m.text, rs.lang)
    c1 = descriptions.complement(rs, m)
    if c1 and c1 != descriptions.complement(rs, lm):
        return False  # "the representative of France" … "the representative of Chile"
    informants = rs.lang.data.informant_nouns
    if w0 in informants and w1 in informants:
        return True  # "a source close to the couple said …" then "the insider said"
    text = rs.doc.text
    if text.startswith(",", lm.end):
        # "A second source, a government official familiar with the talks, said …" then "the
        # official said": the appositive told what the source is
        app = tokens(text, lm.end + 1, min(len(text), lm.end + 60))
        stop = next((i for i, t in enumerate(app) if text.startswith(",", t.end)), len(app) - 1)
        if any(_head_word(t.text, rs.lang) == w1 for t in app[: stop + 1]):
            return True
    if (
        m.head_class in ("person", "witness")
        and m.text.split(" ", 1)[0].casefold() in rs.lang.data.demonstratives
        and not m.plural
        and not lm.plural
    ):
        return True  # "Un testigo relató …" then "«…», explicó este hombre": the one just quoted
    return lm.head_class == m.head_class and w0 == w1


def indefinite(rs: ResolveState, m: Mention) -> bool:
    """'a nurse', 'une riveraine', 'un vecino': a description opened by an indefinite article."""
    first = m.text.split(" ", 1)[0].casefold()
    return first in rs.lang.data.indefinites or first in rs.lang.data.indefinite_articles


def unnamed_goes_on(rs: ResolveState, c: Cand, m: Mention) -> bool:
    """The last speaker was an unnamed person described (“a shareholder”) in this paragraph or the
    one before, and `m` is an untitled description of a person ("the investor")."""
    last = rs.last
    return (
        last is not None
        and last.entity is None
        and last.speaker is not None
        and last.mention is not None
        and last.mention.kind == "descriptor"
        and not last.mention.plural
        # ("Una vecina …, que pidió no ser identificada, contó que …. «…», lamentó la mujer")
        and last.mention.head_class in (None, "person", "source", "witness")
        and m.head_class == "person"
        and not m.titles
        # an age ("the 45-year-old") was given with somebody's name, not with an unnamed source
        and not any(ch.isdigit() for ch in m.text)
        and 0 <= c.para - last.para <= 1
    )


def gender_noun_goes_on(rs: ResolveState, c: Cand, m: Mention) -> bool:
    """'A resident of the town, who asked not to be named, said …. “…,” said the woman, who …': a bare
    "the man" / "the woman" after an unnamed person just quoted (in this paragraph or the one before) is
    that person, not the last woman or man named."""
    last = rs.last
    if (
        last is None
        or last.entity is not None
        or last.speaker is None
        or last.mention is None
        or last.mention.kind != "descriptor"
        or last.mention.plural
        or not 0 <= c.para - last.para <= 1
    ):
        return False
    if m.plural or not m.definite or m.gender not in ("m", "f") or m.head_class != "person":
        return False
    if len(tokens(m.text, 0, len(m.text))) != 2 or last.mention.gender not in ("?", m.gender):
        return False
    if any(ch.isdigit() for ch in m.text):
        return False  # "the 58-year-old": an age was given with someone else's description
    return not descriptions.institution(rs, last.mention)


def one_of_the(rs: ResolveState, m: Mention) -> bool:
    """'One of the people, who spoke on condition of anonymity, said': one of a group named before."""
    toks = tokens(m.text, 0, len(m.text))[:3]
    return (
        len(toks) == 3
        and toks[0].key in rs.lang.data.quantifiers
        and toks[1].key in rs.lang.data.head_prepositions
        and toks[2].key in rs.lang.data.definite_articles
    )
