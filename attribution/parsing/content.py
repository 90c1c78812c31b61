"""Where reported content ends: clause ends, trimming, relative clauses, trailing attributions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.clauses import (
    _clause_verb,
    _complementizer_after,
    _coordinated_claim,
    _finite_verb,
    _gap_verb,
    _is_clause,
    _relative_re,
    _skip_object,
    facts,
    is_complementizer,
)
from attribution.parsing.document import OPEN_QUOTES
from attribution.parsing.incises import _MAX_CONTENT
from attribution.parsing.infinitives import _infinitive_report

# (re-exported for the constructions that import them from here: speech_act.py, trailing.py)
from attribution.parsing.infinitives import _infinitive_verb as _infinitive_verb
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.before import subject_before
from attribution.parsing.mentions.words import _head_key, _is_cap
from attribution.parsing.quotemarks import SPACE, QuotePair
from attribution.parsing.report_ends import _CLOSING_MARKS as _CLOSING_MARKS

# (the report-end trimmers live in report_ends.py; re-exported for the constructions that import them here)
from attribution.parsing.report_ends import _concessive_end as _concessive_end
from attribution.parsing.report_ends import _coordinated_subject_lead as _coordinated_subject_lead
from attribution.parsing.report_ends import _gloss_end as _gloss_end
from attribution.parsing.report_ends import _setting_end as _setting_end
from attribution.parsing.report_ends import _status_end as _status_end
from attribution.parsing.report_ends import _writer_trailer_end as _writer_trailer_end
from attribution.parsing.text import Token, is_blank, rstrip_end, strip_span, tokens, tokens_tail, word_count
from attribution.parsing.trailers import _trailer_ok as _trailer_ok

if TYPE_CHECKING:
    from attribution.parsing.document import Cue, Document, Para


def _titled_place_end(htoks: list[Token], lang: CompiledLanguage) -> bool:
    """A phrase ending on what its titled head governs: "maire de Bouvante", "ministre de la Santé",
    "ministre de l'Intérieur" (a preposition, maybe an article, then capitalised words)."""
    if len(htoks) < 3:
        return False
    last = htoks[-1]
    k = len(htoks) - 1
    glued = lang.data.elided_articles and last.key[:2] in ("l'", "l’") and last.text[2:3].isupper()
    if not (_is_cap(last) or glued):
        return False
    while k > 0 and _is_cap(htoks[k - 1]) and htoks[k - 1].key not in lang.determiners:
        k -= 1  # "ministre des Affaires étrangères" ends lower-case; "de la Banque Centrale" does not
    if k > 0 and htoks[k - 1].key in lang.determiners:
        k -= 1
    if k < 1 or htoks[k - 1].key not in lang.data.prepositions:
        return False
    return any(_head_key(t, lang) is not None for t in htoks[: k - 1])


def _dash_after(text: str, pos: int, end: int) -> bool:
    """A dash (or a hyphen typed for one) right after `pos`: a headline's "X ने कहा- …"."""
    k = pos
    while k < end and text[k] in SPACE:
        k += 1
    return k < end and text[k] in "-–—" and (k + 1 >= end or not text[k + 1].isalnum())


def _clause_after(text: str, comma: int, s_end: int, lang: CompiledLanguage) -> bool:
    """A new clause's subject follows the comma: not a relative pronoun nor a coordinator ("…, a man
    in his 30s, who …", "…, a woman and a child …")."""
    nxt = tokens(text, comma + 1, min(s_end, comma + 40), limit=1)
    data = lang.data
    return (
        bool(nxt)
        and nxt[0].key not in data.relative_pronouns
        and nxt[0].key not in data.coordinators
        and nxt[0].key not in data.clause_verbs  # ("…, a man who was hit, was taken …": no subject)
    )


def _after_apposition(text: str, comma: int, s_end: int, lang: CompiledLanguage) -> int:
    """'Selon Marie Dupont, porte-parole de la préfecture, les routes …': the reported clause starts
    after the source's apposition (a title or description and no verb, closed by a second comma)."""
    comma2 = text.find(",", comma + 1, min(s_end, comma + 150))
    if comma2 < 0:
        return comma + 1
    toks = tokens(text, comma + 1, comma2, limit=20)
    if not toks or len(toks) > 18:
        return comma + 1
    # the description's noun among its first words ("ancien inspecteur général", "la porte-parole")
    # or an affiliation ("Para el economista Luis Prado, de la Universidad de Sevilla, …")
    affiliation = toks[0].key in lang.data.head_prepositions and any(_is_cap(t) for t in toks[1:3])
    # or a participle of being asked ("Pour X, interrogée par l'AFP, « … »")
    asked = toks[0].key in lang.data.adverbial_openers and toks[0].key.endswith(
        lang.data.participle_suffixes or ("\0",)
    )
    if (
        toks[0].key in lang.pronouns
        or not (
            affiliation
            or asked
            or any(_head_key(t, lang) is not None for t in toks[:3])
            # ("a former Conservative staffer", "a longtime city planner": an indefinite description,
            # maybe with its relative clause: "a former staffer who now runs a consulting firm")
            or (
                toks[0].key in lang.data.indefinite_articles
                and (3 <= len(toks) <= 8 or any(t.key in lang.data.relative_pronouns for t in toks[2:]))
            )
            # ("the county's former elections chief": a determiner and its modifiers before the title)
            or (toks[0].key in lang.determiners and any(_head_key(t, lang) is not None for t in toks[3:6]))
            # ("Pour la CGT, majoritaire sur le site, …": a short adjective phrase on the source, one
            # word and maybe its prepositional phrase; not "Selon X, plusieurs contrats de voirie, …")
            or (
                len(toks) <= 5
                and toks[0].text[:1].islower()
                and toks[0].key not in lang.function_words
                and toks[0].key not in lang.adverbial_openers
                and toks[0].key not in lang.data.quantifiers
                and (len(toks) == 1 or toks[1].key in lang.function_words)
            )
        )
        or not _clause_after(text, comma2, s_end, lang)
    ):
        return comma + 1
    for t in toks:
        if t.key in lang.data.relative_pronouns and t.start > toks[1].start:
            break  # ("a planner who has worked for the city since 1998": the description's own clause)
        if (
            t.key in lang.cues
            or t.key in lang.data.clause_verbs
            or is_complementizer(t.text, lang)
            or any(ch in text[t.start : t.end] for ch in '«»“”"')
        ):
            return comma + 1
    if word_count(text, comma2 + 1, s_end, 3) < 3:
        return comma + 1
    return comma2 + 1


# each language's clause_trailers as the prefixes _clause_end looks for (a word, then a space), made once
_TRAILER_HEADS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}


def _trailer_heads(lang: CompiledLanguage) -> tuple[str, ...]:
    trailers = lang.data.clause_trailers
    got = _TRAILER_HEADS.get(lang.code)
    if got is None or got[0] is not trailers:  # (a language overlaid at run time has its own data)
        got = _TRAILER_HEADS[lang.code] = (trailers, tuple(t + " " for t in sorted(trailers)))
    return got[1]


def comma_before(text: str, a: int, b: int) -> bool:
    """text[a:b], its trailing spaces taken off, ends with a comma: text.endswith(",", a, rstrip_end(text,
    a, b)) without the method call (mypyc compiles str.endswith only in its one-argument form: with
    bounds it is a generic call, a dozen times the cost of reading one character)."""
    r = rstrip_end(text, a, b)
    return r > a and text[r - 1] == ","


def _clause_end(doc: Document, p: Para, start: int, s_end: int) -> tuple[int, Cue | None]:
    """End of a reported clause: the sentence end, or where a coordinated cue starts a new one."""
    lang, text = doc.lang, doc.text
    end = min(s_end, start + _MAX_CONTENT)
    if lang.data.word_order == "sov" and lang.data.relative_pronouns:
        # a regex finds the relative pronouns; only their preceding word is looked at
        rel_re = _relative_re(lang)
        for m in rel_re.finditer(text, start, min(end, start + 1500)):
            prev = tokens_tail(text, max(start, m.start() - 30), m.start(), 1)
            if prev and prev[0].key in lang.data.clause_final and is_blank(text, prev[0].end, m.start()):
                end = m.start()
                break
    if lang.data.clause_trailers:
        # "…, sans en préciser la nature", "…, citing higher costs": the reporter's circumstance
        heads = _trailer_heads(lang)
        k = text.find(",", start, end)
        while k >= 0:
            rest = text[k + 1 : k + 24].lstrip(SPACE).casefold()
            if rest.startswith(heads):
                end = k
                break
            k = text.find(",", k + 1, end)
    if lang.data.gloss_participles:
        end = _gloss_end(text, start, end, lang)
    if lang.data.concessive_openers:
        end = _concessive_end(text, start, end, lang)
    if lang.data.utterance_settings:
        end = _setting_end(text, start, end, lang)
    if lang.data.status_openers:
        end = _status_end(text, start, end, lang)
    if lang.data.word_order == "svo" and lang.data.cased:
        semi = text.find(";", start, end)
        # "One said A; another cautioned that B": a new reporting clause after the semicolon
        if semi > start and any(c.lemma != "according to" for c in p.cues_in(semi, end)):
            end = semi
    if lang.data.sequence_trailers or lang.data.refusal_verbs:
        end = _writer_trailer_end(text, start, end, lang)
    if lang.data.word_order == "svo" and lang.data.complementizers:
        # "…, but found that …", "…, and warned that …" with a verb that is no cue: the subject's next
        # claim, not part of this one
        k = text.find(",", start, end)
        while k >= 0:
            after = tokens(text, k + 1, min(end, k + 60), 3)
            if (
                len(after) == 3
                and after[0].key in lang.data.coordinators
                and _finite_verb(after[1], lang)
                and after[1].key not in lang.data.clause_verbs
                and after[2].key in lang.data.complementizers
            ):
                end = k
                break
            k = text.find(",", k + 1, end)
        if lang.data.pro_drop:
            # "… que la cifra se queda corta y ha reclamado que …": a pro-drop language puts no comma
            # and no subject before the subject's next claim
            end = _coordinated_claim(text, start, end, lang)
    if lang.data.account_gerunds:
        # "said she did not believe him, pointing to a 2022 email …": the reporter's account
        k = text.find(",", start, end)
        while k >= 0:
            nxt = tokens(text, k + 1, min(end, k + 30), 1)
            if nxt and nxt[0].key in lang.data.account_gerunds:
                end = k
                break
            k = text.find(",", k + 1, end)
    if lang.data.report_enders:
        # "said it was studying the decision and declined to comment further": the reporter's account
        # (indexed pairs, no itertools.pairwise: the compiled build makes no iterator and pair per word;
        # the set of report enders asked first, the tuple of coordinators only before one)
        ender_toks = tokens(text, start, min(end, start + 600))
        enders, coordinators = lang.data.report_enders, facts(lang).coordinators
        restating = lang.data.restating_enders
        passive = lang.data.passive_agent
        for i in range(1, len(ender_toks)):
            t0 = ender_toks[i - 1]
            if t0.key in coordinators and (
                ender_toks[i].key in enders
                or (
                    ender_toks[i].key in restating
                    and i + 1 < len(ender_toks)
                    and ender_toks[i + 1].key in lang.data.possessive_determiners
                )
            ):
                # (a passive inside the report goes on: "said the bid was late and rejected by the board")
                if i + 1 < len(ender_toks) and ender_toks[i + 1].key == passive:
                    continue
                end = rstrip_end(text, start, t0.start)
                while end > start and text[end - 1] == ",":
                    end -= 1
                break
    # a dozen embedded cues is far beyond any real clause: the cap keeps run-on text linear (no window
    # asked for when the paragraph's last cue starts before it: a report often follows the last cue)
    later = p.cues_in(start + 1, end)[:12] if p.cue_starts and p.cue_starts[-1] > start else []
    for c in later:
        if c.lemma == "according to":
            continue
        comp = _complementizer_after(doc, p, c, s_end)
        before = text[max(start, c.start - 40) : c.start]
        cut = None
        toks = tokens(text, max(start, c.start - 40), c.start)
        while toks and toks[-1].key in lang.cue_fillers:
            toks.pop()
        c_at = c.start
        if (
            len(toks) >= 2
            and c.key in lang.continuation_forms
            and toks[-1].key in lang.data.progressive_auxiliaries
            and toks[-2].key in lang.data.coordinators
            and is_blank(text, toks[-1].end, c.start)
        ):
            # "says A and is calling on the province to …": a progressive speech act, the subject's next
            c_at = toks.pop().start
        if (
            lang.data.word_order == "svo"
            and c.key not in lang.continuation_forms
            and text.endswith(",", start, rstrip_end(text, start, c.start))
        ):
            # "said A, and on Friday her lawyer, Tom Hale, said B": a new speaker named in apposition
            sb = subject_before(text, max(start, c.start - 80), c.start, lang)
            if sb is not None and sb.kind == "name" and sb.start > start:
                comma = _coordinated_subject_lead(text, start, sb.start, lang)
                if comma is not None:
                    return comma, c
        if (
            comp is None
            and c.lemma in lang.data.object_phrase_lemmas
            and toks
            and toks[-1].key in lang.data.coordinators
            and toks[-1].start > start
            and is_blank(text, toks[-1].end, c.start)
            and text[c.end : c.end + 2].lstrip(SPACE)[:1] in OPEN_QUOTES
        ):
            # "said the program was essential and warned against “…”": the second speech act's
            # object is a quotation, not part of the first report
            return rstrip_end(text, start, toks[-1].start), c
        if (
            comp is None
            and c.lemma in lang.data.naming_lemmas
            and toks
            and toks[-1].key in lang.data.coordinators
            and toks[-1].start > start
            and is_blank(text, toks[-1].end, c.start)
            and any(ch in OPEN_QUOTES for ch in text[c.end : s_end])
        ):
            # "said the cuts were fair and called the critics' figures “…”": the subject's naming act
            # with its quotation, its own (mixed) report
            return rstrip_end(text, start, toks[-1].start), c
        if comp is None:
            rel = _relative_report_start(text, start, c, lang, end)
            if rel is not None:
                return rel, c
            if (
                lang.data.word_order == "svo"
                and c.lemma in lang.data.bare_clause_lemmas
                and c.key not in lang.continuation_forms
                and rstrip_end(text, start, c.start) > start + 1
                and text[rstrip_end(text, start, c.start) - 1] == ","
            ):
                # "a nurse who says she voted for him, said she had not decided": the sentence's own
                # verb after the relative clause's report
                return rstrip_end(text, start, c.start) - 1, c
            if (
                toks
                and toks[-1].key in lang.data.coordinators
                and toks[-1].start > start
                and is_blank(text, toks[-1].end, c_at)
                and _takes_speech_act_report(text, c, s_end, lang)
            ):
                # "said A and promised to present …", "… and urged his supporters to …": the subject's
                # next speech act, its own report
                return rstrip_end(text, start, toks[-1].start, SPACE + ","), c
            if (
                toks
                and toks[-1].key in lang.data.coordinators
                and toks[-1].start > start
                and is_blank(text, toks[-1].end, c_at)
                and c.lemma in lang.data.request_prepositions
                and _next_key(text, c.end, s_end) == lang.data.request_prepositions[c.lemma]
                # (not inside a relative clause: "said residents who lost homes and asked for help
                # would get it")
                and not any(t.key in lang.data.relative_pronouns for t in tokens(text, start, toks[-1].start))
            ):
                # "said the family was grateful but asked for privacy": the next act, with a noun object
                return rstrip_end(text, start, toks[-1].start, SPACE + ","), None
            if (
                lang.data.word_order == "svo"
                and c.key in lang.continuation_forms
                and c.lemma in lang.data.bare_clause_lemmas
                and before.rstrip(SPACE).endswith(",")
                and _is_clause(text, c.end, s_end, lang)
            ):
                # "argued that A, saying B": the participle's own report starts after the comma
                return max(start, c.start - 40) + before.rstrip(SPACE).rfind(","), c
            # "…, and urged paddlers to …": the subject's next act, not part of what was said
            if (
                lang.data.word_order == "svo"
                and c.key not in lang.continuation_forms
                and toks
                and toks[-1].key in lang.data.coordinators
                and comma_before(text, start, toks[-1].start)
            ):
                return text.rfind(",", start, toks[-1].start), None
            if (
                lang.data.word_order == "svo"
                and c.lemma in lang.data.bare_clause_lemmas
                and toks
                and toks[-1].key in lang.data.coordinators
                and toks[-1].start > start
                and is_blank(text, toks[-1].end, c.start)
            ):
                # "said the striker was ready but insisted the club had no offers": the subject's
                # second report, when a clause follows the cue
                a0 = c.end
                while a0 < s_end and text[a0] in SPACE + ",:":
                    a0 += 1
                if c.lemma == "tell":
                    a0 = _skip_object(text, a0, s_end, lang)
                if _is_clause(text, a0, s_end, lang):
                    return rstrip_end(text, start, toks[-1].start), c
            if lang.data.word_order == "svo" and (
                c.lemma in lang.data.bare_clause_lemmas
                # ("…, and press secretary Jan Ford accused Republicans of …": a speech act's report)
                or _takes_speech_act_report(text, c, s_end, lang)
            ):
                # "it has worked, but operators argue the money …": a new speaker's bare report
                sb = subject_before(text, max(start, c.start - 80), c.start, lang)
                if sb is not None and sb.start > start:
                    pre = tokens_tail(text, max(start, sb.start - 30), sb.start, 1)
                    if pre and (
                        (pre[0].key in lang.data.coordinators and sb.kind != "pronoun")
                        # ("…, though it acknowledged other factors may have played a role")
                        or pre[0].key in lang.data.contrast_words
                    ):
                        lead = rstrip_end(text, start, pre[0].start)
                        if text.endswith(",", start, lead):
                            return lead - 1, c
            continue
        # ", adding that", "and added that", "और ज़ोर देकर कहा कि"
        if lang.data.word_order == "svo" and toks:
            # "…, though she acknowledged that …": a new reporting clause with its own subject
            sb = subject_before(text, max(start, c.start - 80), c.start, lang)
            if sb is not None and sb.start > start:
                pre_toks = tokens(text, max(start, sb.start - 30), sb.start)
                lead_s = text[start : sb.start].rstrip(SPACE)
                if pre_toks and (
                    pre_toks[-1].key in lang.data.contrast_words or pre_toks[-1].key in lang.data.coordinators
                ):
                    lead_s = text[start : pre_toks[-1].start].rstrip(SPACE)
                if lead_s.endswith(",") and len(lead_s) > 0:
                    return start + len(lead_s) - 1, c
        if toks and toks[-1].key in lang.data.coordinators:
            cut = toks[-1].start
            pre_s = text[start:cut].rstrip(SPACE)
            if pre_s.endswith(","):
                cut = start + len(pre_s) - 1
        elif c.key in lang.continuation_forms and before.rstrip(SPACE).endswith(","):
            cut = max(start, c.start - 40) + before.rstrip(SPACE).rfind(",")
        elif subject_before(text, start, c.start, lang) is not None and lang.data.word_order == "sov":
            continue
        if cut is not None and cut > start:
            return cut, c
    return end, None


def _relative_report_start(
    text: str, start: int, c: Cue, lang: CompiledLanguage, end: int = -1
) -> int | None:
    """The comma before ", which it described as “…”", ", who she called “…”": a relative clause whose
    own speech-act cue reports on the noun before it, so the reporter's words, not the report's."""
    data = lang.data
    if c.lemma in data.bare_clause_lemmas and data.word_order == "svo":
        # "…, which it says pushes patients into emergency rooms": the relative clause's own report
        # (relative_report.py), when its verb follows the cue
        first = tokens(text, c.end, min(len(text), c.end + 40))[:1]
        toks = tokens_tail(text, max(start, c.start - 40), c.start, 4)
        if (
            first
            and _gap_verb(first[0], lang)
            and is_blank(text, c.end, first[0].start)
            and "," not in text[c.end : end]  # (not "the road, which engineers say was old, would close")
        ):
            for i, t in enumerate(toks):
                if t.key in data.relative_pronouns and t.key not in lang.determiners:
                    lead = rstrip_end(text, start, t.start)
                    if 1 <= len(toks) - i - 1 <= 3 and lead > start and text[lead - 1] == ",":
                        return lead - 1
        return None
    if not (
        c.lemma in data.description_lemmas
        or c.lemma in data.naming_lemmas
        or c.lemma in data.object_preposition_lemmas
    ):
        return None
    toks = tokens_tail(text, max(start, c.start - 40), c.start, 4)
    for i, t in enumerate(toks):
        if t.key in data.relative_pronouns or t.key == "that":
            subject = toks[i + 1 :]
            lead = rstrip_end(text, start, t.start)
            if 1 <= len(subject) <= 2 and lead > start and text[lead - 1] == ",":
                return lead - 1
    return None


def _trim_content(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = strip_span(text, a, b, SPACE + ",;:—–-")
    while b > a and text[b - 1] in ".!?।":
        b -= 1
    return strip_span(text, a, b, SPACE + ",;:—–-")


def _inner_fragments(p: Para, a: int, b: int) -> list[QuotePair]:
    # (a paragraph without quotation marks has none: Para.pairs_in is a generic bisect call)
    return [q for q in p.pairs_in(a, b) if q.outer_end <= b + 1] if p.pairs else []


def _object_before(
    text: str, a: int, b: int, lang: CompiledLanguage, joiners: frozenset[str], limit: int = 20
) -> tuple[int, Token] | None:
    """The object of a speech-act cue and the word that ends it ("urged residents in the valley TO
    leave", "accused the operator, Acme, OF …"): (object start, joining word), or None when the words
    after the cue are no short noun phrase followed by one of `joiners`."""
    toks = tokens(text, a, min(b, a + 240))[: limit + 1]
    if len(toks) < 2 or not is_blank(text, a, toks[0].start) or toks[0].key in joiners:
        return None
    if (
        len(toks) > 2
        and toks[0].key in lang.data.complementizers
        and toks[1].key in lang.data.possessive_determiners
        and toks[2].key in lang.data.anonymity_nouns
    ):
        return None  # "who asked that her name not be used": the source's terms, no report
    if toks[0].key in lang.data.passive_aux or (
        toks[0].key in lang.data.prepositions and toks[0].key not in lang.data.hearer_markers
    ):
        return None  # (a hearer marker is the object's own: Spanish "acusó al Gobierno de …")
    if (
        toks[0].key in lang.data.hearer_pronouns
        and toks[0].key not in lang.data.possessive_genders
        and toks[1].key not in joiners
        and toks[1].key not in lang.data.coordinators
    ):
        return None  # "told us the office expected to finish …": a pronoun object, then a clause
    prev_end = toks[0].start
    prev_len = 3
    prev_key = ""
    in_relative = False
    for t in toks:
        gap = text[prev_end : t.start]
        if (
            gap.strip(SPACE) == "."
            and (
                prev_len <= 2
                or prev_key in lang.honorifics
                # a month's abbreviation before its day: "at the store on Feb. 27 to watch …"
                or (
                    prev_len <= 4
                    and prev_key[:1].isalpha()
                    and text[prev_end - prev_len : prev_end][:1].isupper()
                    and t.text[:1].isdigit()
                )
            )
        ):
            gap = ""  # the stops of an abbreviation: "between 2 a.m. and 3 a.m. to …", "U.S.", "Rep."
        if gap.strip(SPACE + ",") or any(ch in gap for ch in OPEN_QUOTES):
            return None  # a quotation, a dash or a stop: no plain object
        if (
            "," in gap
            and lang.data.gerund_suffix
            and t.text[:1].islower()
            and t.key.endswith(lang.data.gerund_suffix)
            and len(t.key) > len(lang.data.gerund_suffix) + 2
        ):
            return None  # "who has advised the campaign, speaking on condition …": a participle phrase
        if t.key in joiners and t.start > toks[0].start:
            return toks[0].start, t
        rel = t.key in lang.data.relative_pronouns and t.key not in lang.data.complementizers
        if rel and t is not toks[0]:
            in_relative = True  # "urged residents who had not yet left to go": the object's own clause
        elif t.key in lang.cues and t.key not in lang.title_words:
            return None  # another report started
        elif _clause_verb(t, lang) and not in_relative:
            return None  # "urged that …", a clause started
        elif t.key in lang.pronouns and t is not toks[0] and not in_relative:
            return None  # "told the Herald she wanted to run": a subject pronoun opens a clause
        elif t.key in lang.data.question_openers and not in_relative:
            return None  # "told reporters how the campaign planned to win": a question, no object
        prev_end = t.end
        prev_len = len(t.text)
        prev_key = t.key
    return None


def _next_key(text: str, a: int, b: int) -> str:
    """The key of the first word in text[a:b] ("" when there is none)."""
    nxt = tokens(text, a, min(b, a + 30), 1)
    return nxt[0].key if nxt else ""


def _takes_speech_act_report(text: str, c: Cue, b: int, lang: CompiledLanguage) -> bool:
    """Whether an object, infinitive or charge report follows cue `c` ("promised to …", "urged X to …",
    "accused X of …"): the constructions of constructions/speech_act.py, asked before it runs."""
    data = lang.data
    if c.lemma in data.infinitive_lemmas:
        return _infinitive_report(text, c.end, b, lang) is not None
    if c.lemma in data.object_infinitive_lemmas:
        return _object_before(text, c.end, b, lang, data.infinitive_to) is not None
    prep = data.object_preposition_lemmas.get(c.lemma)
    return prep is not None and _object_before(text, c.end, b, lang, frozenset([prep])) is not None


def _relative_clause_end(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """The comma closing a relative clause inside [a, b): the last one followed by a finite verb."""
    k = text.rfind(",", a, b)
    while k > a:
        nxt = tokens(text, k + 1, min(b, k + 30), 1)
        if nxt and _finite_verb(nxt[0], lang):
            return k
        k = text.rfind(",", a, k)
    return b
