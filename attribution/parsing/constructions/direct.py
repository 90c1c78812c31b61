"""Direct quotations: a quotation-mark pair, and the cue and speaker around it.

Handles:
    "We will not raise taxes," the finance minister said on Tuesday.    (direct:quote-X-said)
    Maria Okafor said: "The river has never been this low."             (direct:X-said-quote)
    "We are not finished," she said. "There is more to come."           (direct:continuation)
Refuses:
    The film "Silent River" opens on Friday at the Odeon.               (a title in quotes)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from attribution.parsing import subjects
from attribution.parsing.constructions import colon_label
from attribution.parsing.content import _clause_end, _trim_content
from attribution.parsing.document import Cand
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import _digit0, _is_complementizer, _upper0
from attribution.parsing.quotemarks import SPACE, QuotePair
from attribution.parsing.subjects import _MAX_POST, _MAX_PRE
from attribution.parsing.text import is_blank, rstrip_end, strip_span, tokens, word_count
from attribution.parsing.trailers import _head_goes_on

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


_TRAILING_QUESTION: Final = ("…", "...", "?»", "? »")
_SPACE_DASHES: Final = SPACE + "—–-"  # (built once, not for each quotation)


# ------------------------------------------------------------------ direct quotations
def find(at: Attributor, p: Para, chain: list[Cand]) -> list[Cand]:
    if not p.pairs:
        return []  # (most paragraphs quote nobody: nothing to set up for them)
    text, lang = at.text, at.lang
    new_chain: list[Cand] = []
    attributed_in_para: list[Cand] = []
    pending: list[Cand] = []
    for qi, q in enumerate(p.pairs):
        s_start, s_end = at.doc.sentence_of(p, q.open_pos)
        before = qi - 1
        while before >= 0 and qi - before <= 3 and subjects.is_name_like(at, p, p.pairs[before]):
            # "sagte der „Rheinischen Post“: „…“": a quoted name does not end the cue search
            before -= 1
        prev_out = p.pairs[before].outer_end if before >= 0 else s_start
        prev_end = max(s_start, max(prev_out, q.open_pos - _MAX_PRE))  # (two-argument max: compiled inline)
        after = qi + 1
        while after < len(p.pairs) and after - qi <= 2 and subjects.is_name_like(at, p, p.pairs[after]):
            # "», a expliqué aux « Echos » la directrice": a quoted name does not end the cue's search
            after += 1
        next_open = p.pairs[after].open_pos if after < len(p.pairs) else p.end
        post_lo = q.outer_end
        post_hi = min(max(s_end, post_lo), min(next_open, post_lo + _MAX_POST))
        if q.closed and text[q.close_pos - 1 : q.close_pos] in ".?!" and post_lo < p.end:
            # "… end.” Next sentence" — a cue after a full stop belongs to the next sentence
            lead = text[post_lo:post_hi].lstrip(SPACE)
            if _upper0(lead) and lang.cue_set.match_end(lead, 0) < 0:
                post_hi = post_lo
            if post_hi <= post_lo + 1 and text[q.close_pos - 1] in "?!" and lang.data.word_order == "svo":
                # '"…?" Osei asked.': the question mark ended the sentence, its attribution is the next
                _, next_end = at.doc.sentence_of(p, min(p.end - 1, post_lo + 1))
                hi = min(next_end, min(next_open, post_lo + _MAX_POST))
                if _name_then_cue(at, post_lo, hi):
                    post_hi = hi
            if lang.data.demonstrative_reports:
                # "„… zufrieden.“ Das sagte Bahnchef Richard Lutz am Montag.": the next sentence names
                # the speaker of the quotation before it
                nxt = tokens(text, post_lo, min(p.end, post_lo + 80), limit=2)
                if (
                    len(nxt) == 2
                    and is_blank(text, post_lo, nxt[0].start)
                    and nxt[0].key in lang.data.demonstrative_reports
                    and lang.cue_set.match_end(text, nxt[1].start) >= 0
                ):
                    _, next_end = at.doc.sentence_of(p, nxt[1].start)
                    post_lo, post_hi = nxt[0].end, min(next_end, min(next_open, nxt[0].end + _MAX_POST))
        pre_r = subjects.pre_cue(at, p, q, prev_end)
        if isinstance(pre_r, str):
            continue  # "clause": a quotation inside reported speech; the clause rule makes it mixed
        pre = pre_r
        post = subjects.post_cue(at, p, q, post_lo, post_hi) if q.closed else None
        att: tuple[Mention | None, Cue] | None = None
        rule = ""
        if pre and post:
            att, rule = (
                (pre, "direct:X-said-quote") if post[1].lemma == "report" else (post, "direct:quote-X-said")
            )
        elif post:
            att, rule = post, "direct:quote-X-said"
        elif pre:
            att, rule = pre, "direct:X-said-quote"
        kind, start = "direct", q.start
        if att is None and chain and q.open_pos == p.start and chain[0].kind == "direct":
            # a quotation running over paragraphs (each reopened, none closed but the last) is one span
            head = chain[0]
            head.end = max(head.end, q.end)
            if not q.closed:
                new_chain = chain
            elif head.inherit and head.link is None and head.mention is None:
                pending.append(head)
            continue
        if att is None and chain and q.open_pos == p.start:
            c = Cand(q.start, q.end, "direct", "direct:multi-paragraph", 0.75, p.index, link=chain[0])
            at.doc.cands.append(c)
            if not q.closed:
                new_chain = chain
            elif chain[0].mention is None and chain[0].link is None:
                # nobody introduced the run of paragraphs: a continuing quotation
                for ch in chain:
                    ch.link = c
                c.link, c.inherit = None, True
                pending.append(c)
            continue
        if att is None and q.open_pos == p.start:
            att = colon_label.intro_cue(at, p)
            rule = "direct:X-said:-paragraph"
            subj = colon_label.intro_subject(at, p) if att is None else None
            if subj is not None:
                # "A reader, Gwen, has sent us this:" then a quoted paragraph: the subject wrote it
                c = Cand(q.start, q.end, "direct", "direct:X-colon-paragraph", 0.7, p.index, mention=subj)
                at.doc.cands.append(c)
                attributed_in_para.append(c)
                for ch in chain:
                    ch.link = c
                chain = []
                if not q.closed:
                    new_chain = [c]
                continue
        if att is not None:
            mention, cue = att
            cue.used = True
            if post and not pre:  # the quotation's attribution comes after it
                prefix_a = max(s_start, p.body_start) if s_start <= p.body_start else s_start
                if qi == 0 or p.pairs[qi - 1].outer_end <= prefix_a:
                    a, b = strip_span(text, prefix_a, q.open_pos)
                    if (
                        b > a
                        and sum(1 for t in tokens(text, a, min(b, a + 200)) if not _digit0(t.text)) >= 2
                        and text[b - 1] not in ",:"
                        # "Inondations à Morlaix : « … », annonce X": a topic label and its colon
                        and text[rstrip_end(text, a, q.open_pos) - 1] not in ",:"
                        and not p.cues_in(a, b)
                    ):
                        kind, start, rule = "mixed", a, "mixed:fragment-quote-X-said"
            elif pre and not post and q.closed:
                head_start = parenthetical_head(at, s_start, mention, cue, q)
                if head_start is not None:
                    # 'The plan, he said, "solves a problem we don't have."': one mixed quote
                    kind, start, rule = "mixed", head_start, "mixed:parenthetical-quote"
            conf = 0.95 if mention and mention.kind == "name" else 0.85 if mention else 0.6
            c = Cand(start, q.end, kind, rule, conf, p.index, mention=mention, cue=cue)
            if mention is None:
                c.inherit = True
            at.doc.cands.append(c)
            attributed_in_para.append(c)
            for pc in pending:
                if pc.link is None and pc.rule.startswith("direct:continuation-same-paragraph"):
                    pc.link = c
            if not q.closed:
                new_chain = [c]
            for ch in chain:
                ch.link = c
            chain = []
            and_that(at, p, q, c, post_hi)
            continue
        signed = dash_signature(at, p, q) if q.closed else None
        if signed is not None:
            # '“The door to diplomacy remains open.” — Antonio Guterres, UN Secretary-General'
            c = Cand(q.start, q.end, "direct", "direct:quote-dash-X", 0.8, p.index, mention=signed)
            at.doc.cands.append(c)
            attributed_in_para.append(c)
            continue
        named = colon_label.named_speaker(at, max(s_start, p.start), q.open_pos) if q.closed else None
        if named is None and q.closed and word_count(text, q.start, q.end, 2) >= 2:
            named = colon_label.clause_subject(at, p, s_start, q.open_pos)  # "X zeigte sich gelassen: „…“"
        if named is not None:
            # 'Marc-Antoine Delorme : « … »', 'Union leader Jo Hart: “…”': a name and a colon
            c = Cand(q.start, q.end, "direct", "direct:X-colon-quote", 0.8, p.index, mention=named)
            at.doc.cands.append(c)
            attributed_in_para.append(c)
            continue
        if q.open_pos in at.doc.incise_tails:
            prev = at.doc.cands[-1] if at.doc.cands else None
            if prev is not None and prev.para == p.index and prev.end <= q.start:
                c = Cand(q.start, q.end, "direct", "direct:after-incise", 0.8, p.index, link=prev)
                at.doc.cands.append(c)
                if not q.closed:
                    new_chain = [c]
                continue
        # no cue: a continuing quotation, a title or a scare quote
        at_start = _blank(text, s_start, q.open_pos, _SPACE_DASHES) or q.open_pos <= p.body_start
        # '“The scheme works,” says Shah. “Numbers are up.”': a short sentence after an attributed quote
        # (counted only here, and no further than the largest number compared with below: a long
        # quotation's words are not all counted for each pair)
        nwords = word_count(text, q.start, q.end, 8)
        short_ok = nwords >= 2 and at_start and bool(attributed_in_para) and text[q.end - 1] in ".!?"
        if (nwords < 4 and not short_ok) or subjects.is_name_like(at, p, q):
            continue
        if not at_start and nwords < 8:
            continue
        subj = None if at_start else subjects.sentence_subject(at, max(s_start, p.body_start), q.open_pos)
        if subj is not None and subj.kind == "name":
            # 'Chief executive Linda Park blamed “a perfect storm of …”': no speech verb, but the
            # sentence's named subject is who is quoted
            c = Cand(q.start, q.end, "direct", "direct:subject-verb-quote", 0.6, p.index, mention=subj)
            at.doc.cands.append(c)
            attributed_in_para.append(c)
            if not q.closed:
                new_chain = [c]
            continue
        c = Cand(q.start, q.end, "direct", "direct:continuation", 0.6, p.index, inherit=True)
        at.doc.cands.append(c)
        and_that(at, p, q, c, post_hi)
        if not q.closed:
            new_chain = [c]
        pending.append(c)
    # a cue-less quotation before an attributed one in the same paragraph takes its speaker
    for pc in pending:
        if pc.inherit and pc.link is None:
            later = [a for a in attributed_in_para if a.start > pc.start]
            if later and colon_introduced(at, later[0]):
                # "„…“, so P. „…“ Ein Sprecher wies das zurück: „…“": the next speaker answers,
                # so the cue-less quotation goes on with the one before it
                later = []
            if later and (_question_then_answer(at.text, pc, later[0]) or _addresses(at, pc, later[0])):
                # "« Vous étiez amis, monsieur X ? » « Une fois », a répondu X": the question is the
                # other party's (the person introduced before), not the one who answers it
                later = []
            if later:
                pc.link, pc.inherit = later[0], False
                pc.rule = "direct:continuation-same-paragraph"
    return new_chain


def _name_then_cue(at: Attributor, a: int, b: int) -> bool:
    """After a question or an exclamation, is text[a:b] a capitalised name (up to four words) or "She",
    then a cue: '"…?" Osei asked.', '"…!" Sen. Dana Cole shouted.' (a new sentence in form only)?"""
    lang = at.lang
    toks = tokens(at.text, a, b, 6)
    for i in range(len(toks)):
        if toks[i].key in lang.cues:
            head = toks[:i]
            if not 1 <= len(head) <= 4:
                return False
            if len(head) == 1 and head[0].key in lang.pronouns and head[0].key not in lang.determiners:
                return True
            return all(_upper0(t.text) and t.key not in lang.function_words for t in head)
    return False


def parenthetical_head(
    at: Attributor, s_start: int, mention: Mention | None, cue: Cue, q: QuotePair
) -> int | None:
    """'The plan, he said, "solves a problem we don't have."': a noun phrase opens the sentence, a
    parenthetical cue follows it between commas, and the quotation is its predicate: where the
    mixed quote starts (None when the sentence is not built so)."""
    text = at.text
    if mention is None or mention.start < cue.end and cue.start < mention.start:
        return None
    left = subjects.attribution_left(at, s_start, min(mention.start, cue.start))
    a = strip_span(text, s_start, left)[0]
    if a >= left or not text.endswith(",", a, rstrip_end(text, a, left)):
        return None
    if text[cue.end : q.open_pos].strip(SPACE) != ",":
        return None
    toks = tokens(text, q.start, q.end)
    return a if toks and _head_goes_on(at.doc, a, toks, at.lang) else None


def colon_introduced(at: Attributor, c: Cand) -> bool:
    """Was quotation `c` introduced by its cue and a colon before it ("X wies das zurück: „…“")?"""
    cue = c.cue
    if cue is None or cue.end > c.start:
        return False
    gap = at.text[cue.end : c.start]
    return ":" in gap and len(gap) < 60


def _blank(text: str, a: int, b: int, chars: str) -> bool:
    """is_blank(text, a, b, chars) for offsets 0 <= a and b <= len(text), by a scan from `a`: the spans
    tested here (from a sentence or paragraph start to a quotation) mostly start with a word, so the
    first character answers, with no regex search and no copy."""
    while a < b:
        if text[a] not in chars:
            return False
        a += 1
    return True


def dash_signature(at: Attributor, p: Para, q: QuotePair) -> Mention | None:
    """A quotation that opens its paragraph and is signed after a dash: '“…” — Name, title'."""
    text = at.text
    if not _blank(text, p.body_start, q.open_pos, SPACE) or p.end - q.outer_end > 160:
        return None
    a = q.outer_end
    while a < p.end and text[a] in SPACE:
        a += 1
    if a >= p.end or text[a] not in "—–―-" or text[a] == "-" and text[a + 1 : a + 2] not in SPACE:
        return None
    a += 1
    end = text.find(",", a, p.end)
    toks = tokens(text, a, end if end >= 0 else p.end)
    if not toks or len(toks) > 6 or any(ch in text[a : toks[-1].end] for ch in '.!?;:“”"«»'):
        return None
    m = classify(text, toks, at.lang)
    return m if m is not None and m.kind in ("name", "descriptor", "org") else None


def and_that(at: Attributor, p: Para, q: QuotePair, c: Cand, hi: int) -> None:
    """'“…,” and that such a meeting should …' continues the quoted speaker in reported speech."""
    text, lang = at.text, at.lang
    toks = tokens(text, q.outer_end, min(p.end, q.outer_end + 40))
    if len(toks) >= 2 and toks[0].key in lang.data.coordinators and _is_complementizer(toks[1].text, lang):
        _, s_end = at.doc.sentence_of(p, toks[1].end)
        end, _ = _clause_end(at.doc, p, toks[1].end, s_end)
        a, b = _trim_content(text, toks[1].end, end)
        if word_count(text, a, b, 3) >= 3:
            at.doc.cands.append(Cand(a, b, "indirect", "indirect:and-that-after-quote", 0.7, p.index, link=c))


# cue lemmas of an answer: a question quoted right before one is somebody else's
_ANSWER_LEMMAS: Final = frozenset(["reply", "answer", "respond", "retort"])


def _question_then_answer(text: str, pc: Cand, later: Cand) -> bool:
    """A cue-less quotation that asks ("…?") before one attributed with "replied"."""
    return (
        later.cue is not None
        and later.cue.lemma in _ANSWER_LEMMAS
        and text[pc.start : pc.end].rstrip(" \u00a0\u202f»”\"'").endswith("?")
    )


def _addresses(at: Attributor, pc: Cand, later: Cand) -> bool:
    """The cue-less quotation addresses the later speaker by name ("« Vous mentez, monsieur Vidal. »
    « Je n'ai rien à cacher », a lancé M. Vidal"): it is someone else's."""
    vocatives = at.lang.data.vocatives
    m = later.mention
    if not vocatives or m is None or not m.name_tokens:
        return False
    surname = m.name_tokens[-1].casefold()
    toks = tokens(at.text, pc.start, pc.end)
    return any(
        t.key in vocatives and _upper0(toks[k + 1].text) and toks[k + 1].text.casefold() == surname
        for k, t in enumerate(toks[:-1])
    )
