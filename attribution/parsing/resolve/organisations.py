"""Organisations and bodies as speakers: "the company" or "la régie" after the body was named
(org_by_head), "the agency" right after a named body spoke (last_speaking_body), police forces
("Nova Scotia RCMP", then "police said"), and an unnamed body's label ("des Umweltbundesamtes" ->
"Umweltbundesamt"). Split from descriptions.py, which keeps the descriptions of people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.entities import Entity
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.mentions.words import _head_key, _upper0, unelide
from attribution.parsing.text import Token, is_blank, tokens

if TYPE_CHECKING:
    from attribution.parsing.document import Cand
    from attribution.parsing.resolve.state import ResolveState


def _anaphoric(s: str, lang: CompiledLanguage) -> bool:
    """'the company', 'the group': a short lower-case description, not 'The Department for Transport'."""
    toks = tokens(s, 0, len(s))
    glued = bool(toks) and lang.data.elided_articles and unelide(toks[0].key, lang) != toks[0].key
    n = len(toks) + (1 if glued else 0)  # "l’établissement" is an article and its noun
    if not (2 <= n <= 3):
        return False
    # German capitalises the noun: "das Unternehmen", "dem Konzern" after a definite article
    german = lang.data.verb_second and len(toks) == 2 and toks[0].key in lang.data.definite_articles
    if any(t.text[:1].isupper() for t in toks[1:]) and not german:
        return False
    if _head_key(toks[-1], lang) in lang.data.anaphoric_org_nouns:
        return True
    # "l’exécutif européen", "le groupe pétrolier": the noun before a postnominal adjective
    return (
        lang.data.postnominal_adjectives
        and len(toks) >= 2
        and _head_key(toks[-1], lang) is None
        and _head_key(toks[-2], lang) in lang.data.anaphoric_org_nouns
    )


def org_by_head(rs: ResolveState, m: Mention, pos: int) -> tuple[Entity | None, str] | None:
    """'la régie a précisé' after 'la Régie des transports de Valmont', 'the authority said' after
    'the Harbor Transit Authority': a short definite description whose noun opens or ends the name
    of an organisation named before (the latest such, not too far back): (entity or None, name)."""
    toks = tokens(m.text, 0, len(m.text))
    v2 = rs.lang.data.verb_second  # (German capitalises every noun: "die Gewerkschaft")
    if not 1 <= len(toks) <= 3 or (not v2 and any(t.text[:1].isupper() for t in toks[1:])):
        return None
    # the head noun: the last word, or after the article where adjectives follow the noun ("la régie
    # municipale"); English "the port authority" is an authority, not a port
    head_last = len(toks) <= 2 or v2 or not rs.lang.data.postnominal_adjectives
    noun = unelide(toks[-1].key, rs.lang) if head_last else unelide(toks[1].key, rs.lang)
    if len(noun) < 3 or noun in rs.lang.function_words:
        return None
    if v2 and len(toks) == 2 and toks[0].key in rs.lang.data.genitive_articles:
        stem = _genitive_stem(noun, rs.lang)
        if stem is not None:
            return _genitive_issuer(rs, fold(stem), pos)
    best, best_pos = None, -1
    for e in rs.reg.entities:
        keys = e.key_tokens
        if e.is_person or len(keys) < 2 or (keys[0] != noun and keys[-1] != noun):
            continue
        # named as an actor (a subject), not only as where something goes ("recurrirá ante el
        # Tribunal Supremo" does not make "el tribunal" the Supreme Court)
        at = e.last_before(pos, True)
        if at > best_pos:
            best, best_pos = e, at
    # (German capitalises every noun: only a compound that ends on the noun names the body)
    named = _capitalised_name(rs, noun, pos, best_pos) if not v2 else None
    if named is None and best is None and v2:
        named = _compound_name(rs, noun, pos)
    if named is not None:
        return None, named
    if best is None or pos - best_pos > 3000:
        return None
    return best, best.name


def _genitive_issuer(rs: ResolveState, noun: str, pos: int) -> tuple[Entity | None, str] | None:
    """German "in einer Stellungnahme des Verbands", "hieß es in einer Erklärung des Vereins": the
    issuer in the genitive is the organisation named before whose name has a word ending on the noun's
    base form: a registered name ("Sportverein Grün-Weiß Lohne", "Fahrgastverband Pro Bahn"), else a
    lone compound ("Der Schweizerische Hebammenverband", not "seinen Herzensverein")."""
    best, best_pos = None, -1
    for e in rs.reg.entities:
        # (a name with a word on "-verband", "-verein" is a body's, whatever the registry guessed)
        if not any(k.endswith(noun) for k in e.key_tokens):
            continue
        at = e.last_before(pos)
        if at > best_pos:
            best, best_pos = e, at
    if best is not None and 0 <= pos - best_pos <= 3000:
        return best, best.name
    named = _compound_name(rs, noun, pos)
    if named is None or len(named) <= len(noun):
        return None
    text = rs.doc.text
    k = text.rfind(named, max(0, pos - 3000), pos)
    if k < 0:
        return None  # (an acronym in brackets stands for the compound)
    after = tokens(text, k + len(named), min(len(text), k + len(named) + 30))[:1]
    if after and _upper0(after[0].text) and is_blank(text, k + len(named), after[0].start):
        return None  # "Sportverein Grün-Weiß Lohne": the head of a longer name, not all of it
    before = tokens(text, max(0, k - 30), k)[-1:]
    if before and before[0].key in rs.lang.data.possessive_determiners:
        return None  # "seinem Herzensverein": no body's name
    return None, named


def _capitalised_name(rs: ResolveState, noun: str, pos: int, after: int) -> str | None:
    """The latest name opened by `noun` capitalised before `pos` (and after `after`), that the
    registry of capitalised runs does not hold: "Régie des eaux de Brest", "Syndicat autonome des
    transports" (lower-case words inside, up to a verb or a punctuation mark)."""
    text, lang = rs.doc.text, rs.lang
    cap = noun[:1].upper() + noun[1:]
    lo = max(after + 1, pos - 3000, 0)
    k = text.rfind(cap, lo, pos)
    while k >= 0 and (k > 0 and text[k - 1].isalnum() or text[k + len(cap) : k + len(cap) + 1].isalnum()):
        k = text.rfind(cap, lo, k)
    if k < 0:
        return None
    words = tokens(text, k, min(pos, k + 120))[:8]
    out: list[Token] = []
    # (where adjectives go before the noun, a name's words are capitalised but for its function
    # words: "Harbor Transit Authority", "Bank of Canada"; a headline "Port expansion stalls as …" is
    # no name)
    title_case = lang.data.cased and not lang.data.postnominal_adjectives
    for t in words:
        if out and (
            not is_blank(text, out[-1].end, t.start)
            or t.key in lang.data.clause_verbs
            or t.key in lang.cues
            or t.text[:1].isdigit()
            # ("the county" after "Pinal County Attorney X": a person's title ends the body's name)
            or (_upper0(t.text) and t.key in lang.title_words and t.key not in lang.function_words)
            or (
                title_case
                and t.text[:1].islower()
                and t.key not in lang.function_words
                and t.key not in lang.data.prepositions
            )
        ):
            break
        out.append(t)
    while out and (out[-1].key in lang.function_words or out[-1].key in lang.data.prepositions):
        out.pop()
    if len(out) < 2:
        return None
    return text[out[0].start : out[-1].end]


def _compound_name(rs: ResolveState, noun: str, pos: int) -> str | None:
    """German "die Gewerkschaft" after "die Eisenbahn- und Verkehrsgewerkschaft (EVG)": the latest
    capitalised compound ending on the noun before `pos`, by its acronym in brackets when it has one."""
    text = rs.doc.text
    lo = max(0, pos - 3000)
    k = text.rfind(noun, lo, pos)
    while k > lo:
        w = k
        while w > lo and (text[w - 1].isalpha() or text[w - 1] == "-"):
            w -= 1
        end = k + len(noun)
        if w < k and text[w].isupper() and not text[end : end + 1].isalpha():
            if text.startswith(" (", end):
                close = text.find(")", end, end + 12)
                acronym = text[end + 2 : close] if close > 0 else ""
                if 2 <= len(acronym) <= 8 and acronym[:1].isupper() and acronym.isalpha():
                    return acronym
            return text[w:end]
        k = text.rfind(noun, lo, k)
    return None


def _maybe_org(e: Entity) -> bool:
    """An organisation, or a name with no sign of being a person (no title, honorific, gender or age)."""
    return not e.is_person or not (e.titles or e.gender != "?" or e.aged)


def org_label(m: Mention, lang: CompiledLanguage) -> str:
    """The speaker name of an unnamed mention: its text, except that an organisation noun after a
    genitive article is named in the nominative ("des Umweltbundesamtes" -> "Umweltbundesamt",
    "des Verbandes" -> "Verband"); the noun without its ending must be an organisation word or end
    on one (a compound), else the text stays as it is."""
    label = _clean_label(m.text)
    if m.kind != "org" or not lang.data.genitive_endings:
        return label
    words = label.split(" ")
    if len(words) != 2 or fold(words[0]) not in lang.data.genitive_articles or not _upper0(words[1]):
        return label
    stem = _genitive_stem(words[1], lang)
    return label if stem is None else stem


def _genitive_stem(noun: str, lang: CompiledLanguage) -> str | None:
    """The base form of an organisation noun in the genitive ("Verbandes" -> "Verband"); None when the
    noun without a genitive ending is no organisation word and ends on none."""
    for ending in lang.data.genitive_endings:
        if len(noun) > len(ending) + 2 and noun.endswith(ending):
            stem = noun[: -len(ending)]
            key = fold(stem)
            if key in lang.org_words or any(
                len(w) >= 3 and " " not in w and key.endswith(w) for w in lang.org_words
            ):
                return stem
    return None


def _clean_label(s: str) -> str:
    s = " ".join(s.split())
    return s.strip(" ,;:")


def last_speaking_body(rs: ResolveState, m: Mention, c: Cand) -> Cand | None:
    """'…, Environment Canada warned Tuesday. The agency is urging …': "the agency", "the ministry"
    (LanguageData.anaphoric_body_nouns) right after a named organisation spoke, in the same paragraph
    or the one before, is that organisation (a name ending on the noun is org_by_head's, asked first)."""
    toks = tokens(m.text, 0, len(m.text))
    # ("the agency", "the health unit": an article, at most one lower-case modifier, the noun)
    if (
        not 2 <= len(toks) <= 3
        or toks[-1].key not in rs.lang.data.anaphoric_body_nouns
        or not toks[-1].text.islower()
        or not toks[-2].text.islower() and len(toks) == 3
    ):
        return None
    last = rs.last
    if last is None or last.speaker is None or last.mention is None or c.para - last.para > 1:
        return None
    # (an acronym names a body too: "Pour la FIQ, …. Le syndicat a fait savoir …")
    acronym = any(len(w) >= 2 and w.isupper() for w in last.mention.text.split())
    if last.mention.kind not in ("org", "name") or not (last.mention.name_tokens or acronym):
        return None  # a named body only: not "the company", not a person
    if last.entity is not None and last.entity.is_person and not _regional_body(rs, last.entity):
        return None
    return last


def names_police_force(rs: ResolveState, c: Cand) -> bool:
    """A speaker named as a police force: a name or an organisation with a force's word in it
    ("Nova Scotia RCMP", "the OPP", "Winnipeg Police Service"), more than the bare noun ("police")."""
    m = c.mention
    if m is None or m.kind not in ("name", "org") or not rs.lang.data.police_force_words:
        return False
    if c.entity is not None and not _maybe_org(c.entity):
        return False  # a person with a police title ("Police Chief Dana Roe") is no force
    toks = tokens(m.text, 0, len(m.text))
    if len(toks) == 1 and toks[0].key in rs.lang.data.bare_police_nouns:
        return False
    return any(t.key in rs.lang.data.police_force_words and t.text[:1].isupper() for t in toks)


def bare_police(rs: ResolveState, m: Mention, c: Cand) -> Cand | None:
    """ "police said" (the noun alone) after a named force spoke a few paragraphs before: that force."""
    force = rs.last_force
    if force is None or force.speaker is None or c.para - force.para > 6:
        return None
    toks = tokens(m.text, 0, len(m.text))
    if len(toks) != 1 or toks[0].key not in rs.lang.data.bare_police_nouns:
        return None
    return force


def _regional_body(rs: ResolveState, e: Entity) -> bool:
    """A name opened or closed by a state or province, with no sign of a person ("Alberta Wildfire",
    "Manitoba Hydro", "Ontario Health"): a public body, though no organisation word is in it."""
    if not _maybe_org(e) or len(e.key_tokens) != 2:
        return False
    words = e.name.split()
    return len(words) == 2 and (words[0] in rs.lang.data.region_tags or words[-1] in rs.lang.data.region_tags)

