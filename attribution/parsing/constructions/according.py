"""According-to attributions: "according to X", "selon X", "nach Angaben von X", "según X".

Handles:
    According to the police, the driver fled the scene after the crash. (indirect:according-to-X)
    Nach Angaben der Polizei wurde niemand verletzt.                    (indirect:according-to-X)
    Según el ministro, la reforma se aprobará en junio.                 (indirect:according-to-X)
Refuses:
    The trains ran according to plan.                                   (a plan is no source)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing import kinds
from attribution.parsing.clauses import _v2_source_end
from attribution.parsing.content import _after_apposition, _trim_content
from attribution.parsing.document import Cand, _according_inner_re
from attribution.parsing.incises import _incise_subject
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import _is_cap, _is_complementizer, _lower0, linked_org_noun
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.subjects import _head_word
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens, tokens_tail, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


def after_connective(at: Attributor, s_start: int, pos: int) -> bool:
    """'…porque, según él, la alternativa era …', '…, but, according to X, …': a connective and a
    comma before `pos` open a new clause, so the report follows the source."""
    lang = at.lang
    prev = tokens_tail(at.text, max(s_start, pos - 40), pos, 1)
    if not prev or at.text[prev[0].end : pos].strip(SPACE) != ",":
        return False
    k = prev[0].key
    return (
        k in lang.data.subordinators
        or k in lang.data.coordinators
        or k in lang.data.contrast_words
        or _is_complementizer(prev[0].text, lang)
    )


def _document_noun(k: str, lang: CompiledLanguage) -> bool:
    """Is `k` a document or a compound ending in one ("polizeibericht", "pressemitteilung")?"""
    return any(k.endswith(d) for d in lang.data.issued_documents)


def _source_after(at: Attributor, a: int, s_end: int) -> Mention | None:
    """'Según han explicado desde el Ayuntamiento, …': a body after a source opener ("desde") speaks
    through the impersonal plural verb before it."""
    text, lang = at.text, at.lang
    toks = tokens(text, a, min(s_end, a + 120), limit=10)
    if len(toks) < 2 or toks[0].key not in lang.data.source_openers or not is_blank(text, a, toks[0].start):
        return None
    np: list[Token] = []
    for t in toks[1:]:
        if np and not is_blank(text, np[-1].end, t.start):
            break
        np.append(t)
    m = classify(text, np, lang) if np else None
    return m if m is not None and m.kind in ("org", "name", "descriptor") else None


def find(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> None:
    text, lang = at.text, at.lang
    inherit = False
    mention: Mention | None = None
    if cue.key == "@post":
        toks = tokens(text, max(s_start, cue.start - 200), cue.start)
        np: list[Token] = []
        for t in reversed(toks):
            if lang.data.verb_second and np and t.key in lang.data.definite_articles:
                np.insert(0, t)  # "Dem Unternehmen zufolge": the article makes it refer back
                break
            if t.key in lang.function_words and t.key not in lang.data.subject_markers or len(np) >= 3:
                break
            np.insert(0, t)
        np = [t for t in np if t.key not in lang.data.subject_markers]
        if not np:
            return
        if lang.data.word_order == "sov" and " " not in text[cue.start : cue.end].strip(SPACE):
            # "उनके मुताबिक़, …": the bare postposition after a pronoun's genitive, and only there
            pron = np[-1]
            if pron.key not in lang.pronouns or not is_blank(text, pron.end, cue.start):
                return
            mention = Mention(pron.start, pron.end, "pronoun", pron.text, gender=lang.pronouns[pron.key])
        elif (
            len(np) == 2
            and np[0].key in lang.determiners
            and np[1].key in lang.data.anaphoric_report_nouns
        ):
            # "Den Angaben zufolge wurde niemand verletzt": the statement just quoted, its speaker's
            mention, inherit = None, True
        else:
            mention = classify(text, np, lang) or Mention(
                np[0].start, np[-1].end, "name", text[np[0].start : np[-1].end], [t.text for t in np]
            )
        a, b = _trim_content(text, cue.end, s_end)
        lead = tokens(text, max(s_start, np[0].start - 30), np[0].start)[-1:]
        if lang.data.verb_second and (
            (lead and lead[0].key in lang.data.clause_verbs and lead[0].start > s_start)
            # "Im dritten Quartal sank der Umsatz den Angaben zufolge um elf Prozent": the clause's
            # verb and subject before the source, no comma between
            or (
                word_count(text, s_start, np[0].start, 3) >= 3
                and not any(ch in text[s_start : np[0].start] for ch in ',;:„“"»«')
            )
        ):
            # "Die Wirtschaft dürfte Ökonomen zufolge kaum wachsen": the source after the clause's
            # finite verb, so the report is the whole sentence around it
            a, b = _trim_content(text, s_start, s_end)
        for t in tokens(text, a, min(b, a + 60), 4):
            if _is_complementizer(t.text, lang):  # "X के हवाले से बताया गया कि …"
                a, b = _trim_content(text, t.end, s_end)
                break
    elif (mid := mid_clause_source(at, p, cue, s_start, s_end)) is not None:
        # "Die Wahlbeteiligung lag laut Wahlkommission bei 68 Prozent": the source inside the clause,
        # after its finite verb; the report is the whole sentence
        mention = mid
        a, b = _trim_content(text, s_start, s_end)
    elif cue.key == "@inner":
        # "Nach Polizeiangaben war der Mann …", "Nach Brehms Worten fehlen …": the source is inside
        # the phrase, the report is the rest of the sentence (only at its start)
        mention = inner_source(at, cue)
        if mention is None:
            return
        if is_blank(text, s_start, cue.start):
            a, b = _trim_content(text, cue.end, s_end)
        elif _inner_named(at, cue) and _mid_clause_place(at, p, cue, s_start, s_end):
            # "Der Umsatz ging nach Unternehmensangaben um sechs Prozent zurück": after the clause's
            # finite verb, as "laut X" stands there; the report is the whole sentence
            a, b = _trim_content(text, s_start, s_end)
        else:
            return
    elif (
        is_blank(text, s_start, cue.start)
        or text.endswith(",", s_start, rstrip_end(text, s_start, cue.start))
        # "“The situation is grave,” according to the prefect."
        or text[s_start : rstrip_end(text, s_start, cue.start)].rstrip("”\"’'»").endswith(",")
    ):
        comma = text.find(",", cue.end, s_end)
        # "Hasta entonces, según X, …", "For now, according to X, …": a short opening adverbial
        # is no fronted report; the report follows the source
        at_start = is_blank(text, s_start, cue.start) or (
            comma > 0
            and (word_count(text, s_start, cue.start, 3) <= 2 or after_connective(at, s_start, cue.start))
        )
        if at_start and lang.data.verb_second:
            v2_end = _v2_source_end(text, cue.end, comma if comma > 0 else s_end, lang)
            if v2_end is not None:
                comma = v2_end - 1  # "Laut Polizei wurde der Mann …": the verb ends the source
        np_end = comma if comma > 0 else s_end
        toks = tokens(text, cue.end, np_end, limit=15)
        own = [t for t in tokens(text, cue.start, cue.end) if t.key in lang.data.possessive_genders]
        if own and not is_blank(text, s_start, cue.start):
            return  # "un pacto que, a su juicio, «…»": inside someone's report, not a new source
        if not toks and own and at_start:
            toks = own  # "In his words, …": the source is the possessive's referent
        anaphoric = (
            not toks and at_start and fold(text[cue.start : cue.end]) in lang.data.according_to_anaphoric
        )
        if (not toks and not anaphoric) or len(toks) > 14:
            return
        if fold(text[cue.start : cue.end]) in lang.data.according_to_adverbs and (
            toks[0].key in lang.data.prepositions or toks[0].key in lang.data.coordinators
        ):
            return  # "rief laut nach seinem Nachbarn": an adverb ("loudly"), no source follows
        verb = [c for c in p.cues_in(toks[0].start, toks[0].end) if c.lemma != "according to"] if toks else []
        if anaphoric:
            inherit = True  # "À l'en croire, il s'était rendu chez elle …": the one just named
        elif verb:
            # "según ha explicado el ministro, …", "…, según dijo X": the verb's subject follows it;
            # a pro-drop language may leave it out ("Según ha explicado, …": the last speaker)
            verb[0].used = True
            mention = _incise_subject(text, verb[0].end, s_end, lang) or _source_after(at, verb[0].end, s_end)
            if mention is None and not lang.data.pro_drop:
                return
            inherit = mention is None
            if at_start:
                comma = text.find(",", mention.end if mention is not None else verb[0].end, s_end)
        elif lang.data.pro_drop and toks[0].key in lang.data.clause_verbs:
            return  # "Según pudo saber este diario, …", "según ha sabido": the reporter's own source
        else:
            # the phrase after "according to" is the source whatever it looks like
            g = lang.data.object_pronouns.get(toks[0].key) if len(toks) == 1 else None
            if own and toks[0] is own[0]:
                g = lang.data.possessive_genders[own[0].key]  # "In his words, …"
            if g is not None:  # "according to him", "selon elle"
                mention = Mention(
                    toks[0].start, toks[0].end, "pronoun", toks[0].text, gender=g, plural=g == "p"
                )
            else:
                mention = classify(text, toks, lang) or Mention(
                    toks[0].start, toks[-1].end, "descriptor", text[toks[0].start : toks[-1].end]
                )
                if mention.kind == "name" and len(toks) == 1 and _document_noun(toks[0].key, lang):
                    # "Laut Polizeibericht …": a document, no person whom "der 58-Jährige" could be
                    mention = Mention(toks[0].start, toks[0].end, "descriptor", toks[0].text)
                if at_start and comma > 0 and mention.kind != "name":
                    # "According to the minister, Ana Ruiz, the talks …": the name in apposition
                    nxt = text.find(",", comma + 1, s_end)
                    name = tokens(text, comma + 1, nxt, limit=6) if nxt > 0 else []
                    if 2 <= len(name) <= 5 and _is_cap(name[0]) and _is_cap(name[-1]):
                        nm = classify(text, name, lang)
                        if nm is not None and nm.kind == "name":
                            mention, comma = nm, nxt
        quoted = [q for q in p.pairs_in(comma, comma + 4) if comma >= 0] if comma > 0 else []
        if at_start:
            if comma < 0:
                return
            a, b = _trim_content(text, _after_apposition(text, comma, s_end, lang), s_end)
        elif quoted and text[comma + 1 : quoted[0].open_pos].strip(SPACE) == "":
            a, b = quoted[0].start, quoted[0].end  # "…, in the words of one negotiator, “…”"
        elif comma > 0 and (mode := _parenthetical_source(at, p, s_start, cue.start, comma, s_end)):
            # "Le ministre aurait, selon plusieurs sources, menacé de démissionner": the source set off
            # inside the clause; the report is the whole sentence around it ("Dans le même temps, selon
            # l'Insee, le chômage a reculé": after an opening adverbial, the words after the source)
            a, b = _trim_content(text, s_start if mode == 1 else comma + 1, s_end)
        else:
            a, b = _trim_content(text, s_start, cue.start)
    else:
        return
    if mention is None and not inherit:
        return
    if (
        mention is not None
        and _head_word(text[mention.start : mention.end], lang) in lang.data.non_sources
        and tokens(text, mention.start, mention.end)
    ):
        return  # "according to shipping data": figures, not a speaker
    whole = [q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1]
    if whole:
        # "Selon X, « … »" / "in the words of X, “…”": the quotation itself, direct
        q = whole[0]
        at.doc.cands.append(
            Cand(
                q.start,
                q.end,
                "direct",
                "direct:according-to-X",
                0.9,
                p.index,
                mention=mention,
                cue=cue,
                inherit=inherit,
            )
        )
        cue.used = True
        return
    if word_count(text, a, b, 3) < 3:
        return
    kind = kinds.kind_for(at, p, a, b)
    at.doc.cands.append(
        Cand(a, b, kind, f"{kind}:according-to-X", 0.8, p.index, mention=mention, cue=cue, inherit=inherit)
    )
    cue.used = True


def _parenthetical_source(at: Attributor, p: Para, s_start: int, pos: int, comma: int, s_end: int) -> int:
    """'Le ministre aurait, selon X, menacé de …': an according-to phrase between commas inside a clause
    whose subject comes before it and whose verb phrase goes on after it (1: the whole sentence is the
    report); 'Dans le même temps, selon X, le chômage a reculé': after an opening adverbial (a
    preposition first), the clause after it (2). 0 otherwise: a quotation in the sentence, another cue,
    or a coordinator, subordinator or relative pronoun opening the words after the source."""
    text, lang = at.text, at.lang
    if lang.data.verb_second or p.pairs_in(s_start, s_end):
        return 0
    head = tokens(text, s_start, pos, limit=12)
    tail = tokens(text, comma + 1, s_end, limit=6)
    if not 2 <= len(head) <= 10 or len(tail) < 2:
        return 0
    first = tail[0]
    ok = (
        first.key not in lang.data.coordinators
        and first.key not in lang.data.contrast_words
        and first.key not in lang.data.subordinators
        and first.key not in lang.data.relative_pronouns
        and not lang.complementizer_re.fullmatch(first.text)
        and not any(c.lemma != "according to" for c in p.cues_in(s_start, s_end))
    )
    if not ok:
        return 0
    if head[0].key in lang.data.prepositions or head[0].key in lang.adverbial_openers:
        return 2 if len(tail) >= 3 else 0
    # (the verb phrase goes on after the source, not an appositive on the sentence: "…, according to
    # a poll released Thursday, a lead within the margin of error")
    return 1 if first.text[:1].islower() and first.key not in lang.determiners else 0


def inner_source(at: Attributor, cue: Cue) -> Mention | None:
    """The source inside "Nach Polizeiangaben" (an organisation: "Polizei") or "Nach Brehms Worten"
    (a name: "Brehm"), from lang.data.according_inner."""
    text = at.text
    m = _according_inner_re(at.lang)
    hit = m.match(text, cue.start) if m is not None else None
    if hit is None:
        return None
    if "src" in hit.re.groupindex and hit.group("src"):
        a, b = hit.span("src")
        if linked_org_noun(text[a:b], at.lang):
            # "nach Unternehmensangaben": the company named before, as "das Unternehmen" would be
            return Mention(a, b, "org", text[a:b], head_class="organisation", definite=True)
        return Mention(a, b, "org", text[a:b])
    if "pos" in hit.re.groupindex and hit.group("pos"):
        # "Nach ihren Angaben …": the possessive's referent, resolved like a pronoun
        a, b = hit.span("pos")
        g = at.lang.data.possessive_genders.get(text[a:b].casefold(), "?")
        return Mention(a, b, "pronoun", text[a:b], gender=g)
    if "own" in hit.re.groupindex and hit.group("own"):
        # "Nach eigenen Worten hat sie …": the subject after the finite verb that follows
        after = tokens(text, hit.end(), min(len(text), hit.end() + 120), 8)
        if len(after) < 2 or not after[0].text[:1].islower():
            return None
        subj = after[1]
        pg = at.lang.data.pronouns.get(subj.key)
        if pg is not None:
            return Mention(subj.start, subj.end, "pronoun", subj.text, gender=pg)
        n = 2 if subj.key in at.lang.determiners else 1
        while n < len(after) and _is_cap(after[n]) and is_blank(text, after[n - 1].end, after[n].start):
            n += 1  # the noun phrase ends before a lowercase word: "die Firma im vergangenen Jahr"
        return classify(text, after[1:n], at.lang) if n > 1 and _is_cap(after[n - 1]) else None
    a, b = hit.span("gen")
    word = text[a:b]
    if word.casefold() in at.lang.function_words or fold(word) in at.lang.titles:
        return None
    return Mention(a, b, "name", word, word.split())  # ("In Maren Lindqvist's view, …": two words)


def mid_clause_source(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> Mention | None:
    """Verb-second languages put "laut X" / "nach Angaben der X" after the finite verb, inside the
    clause ("Die Beteiligung lag laut Wahlkommission bei 68 Prozent"): the source phrase (articles and
    capitalised words after the cue), when the sentence has no comma before the cue and no other cue."""
    text, lang = at.text, at.lang
    if cue.key != "@pre" or fold(text[cue.start : cue.end]) not in lang.data.mid_clause_according:
        return None
    if not _mid_clause_place(at, p, cue, s_start, s_end):
        return None
    np: list[Token] = []
    toks = tokens(text, cue.end, min(s_end, cue.end + 100), limit=8)
    for k, t in enumerate(toks):
        last = np[-1] if np else None
        det = t.key in lang.determiners or t.key in lang.data.genitive_articles
        if last is None:
            ok = det or _is_cap(t)
        elif last.key in lang.determiners or last.key in lang.data.genitive_articles:
            # (an adjective after the article: "dem ukrainischen Außenministerium")
            ok = _is_cap(t) or (_lower0(t.text) and t.key not in lang.function_words)
        elif not _is_cap(last):
            ok = _is_cap(t)  # the noun after "dem ukrainischen"
        else:
            # after a noun: its genitive ("dem Bund der Steuerzahler"), or a name after a title
            # ("laut Gerichtssprecher Tobias Engel"), never the clause's next noun ("laut Polizei Hunderte")
            titled = any(x.key in lang.title_words or _is_title_compound(x.key, lang) for x in np)
            # (a genitive article only: "keine Fahrverbote" after the name is the clause's object)
            gen = t.key in lang.data.genitive_articles
            ok = (gen and k + 1 < len(toks) and _is_cap(toks[k + 1])) or (
                _is_cap(t)
                and titled
                and len(np) < 4
                and t.key not in lang.data.common_nouns  # "laut Ministerin Anna Roth Ende Mai"
                and t.key not in lang.calendar_words
            )
        if not ok:
            break
        np.append(t)
    while np and not _is_cap(np[-1]):
        np.pop()
    if not np or not _is_cap(np[-1]) or np[0].key in lang.data.prepositions:
        return None
    if _head_word(text[np[0].start : np[-1].end], lang) in lang.data.non_sources:
        return None
    return classify(text, np, lang) or Mention(
        np[0].start, np[-1].end, "descriptor", text[np[0].start : np[-1].end]
    )


def _inner_named(at: Attributor, cue: Cue) -> bool:
    """The source inside the phrase is a word of its own ("Polizeiangaben", "Brehms Worten"), not a
    possessive or "eigenen" that points at someone else."""
    m = _according_inner_re(at.lang)
    hit = m.match(at.text, cue.start) if m is not None else None
    return hit is not None and any(g in hit.re.groupindex and hit.group(g) for g in ("src", "gen"))


def _mid_clause_place(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> bool:
    """The source phrase stands inside a verb-second clause, after its finite verb: two to eleven
    words before it and no comma or quotation mark, and no other cue in the sentence."""
    text = at.text
    if not at.lang.data.mid_clause_according:
        return False
    if is_blank(text, s_start, cue.start) or any(ch in text[s_start : cue.start] for ch in ',;:„“"»«'):
        return False
    before = tokens(text, s_start, cue.start, limit=12)
    return 2 <= len(before) < 12 and len(p.cues_in(s_start, s_end)) <= 1


def _is_title_compound(k: str, lang: CompiledLanguage) -> bool:
    """'gerichtssprecher', 'cdu-politiker': a title, also as a compound's last part."""
    return k in lang.titles or ("-" in k and k.rsplit("-", 1)[1] in lang.titles)
