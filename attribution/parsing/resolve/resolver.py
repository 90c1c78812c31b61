"""The resolver: walks the candidates in reading order and sends each speaker phrase to the
rule for its kind: names.py, pronouns.py, descriptions.py, organisations.py, anonymous.py.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from attribution.parsing.entities import Entity
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.words import linked_org_noun
from attribution.parsing.records import _cueless
from attribution.parsing.resolve import (
    anonymous,
    apposition,
    descriptions,
    interview,
    organisations,
    pronouns,
)
from attribution.parsing.resolve import names as name_rules
from attribution.parsing.resolve.descriptions import _ANONYMOUS_CLASSES
from attribution.parsing.resolve.organisations import _anaphoric, _maybe_org, org_label
from attribution.parsing.resolve.state import ResolveState
from attribution.parsing.text import tokens

if TYPE_CHECKING:
    from attribution.parsing.document import Cand
    from attribution.parsing.mentions.phrase import Mention


# ---------------------------------------------------------------------------------------------- resolution


_LEDE_REACH = 400  # characters: the lede's next sentence names the person


def _is_person(e: Entity) -> bool:
    return e.is_person


def _reading_order(cands: list[Cand], n: int) -> list[Cand]:
    """sorted(cands, key=lambda c: (c.pos, c.start)), stable, from one list of ints: (pos, start, index)
    packed into one number each (pos and start lie in 0..n; the index keeps equal keys in their order,
    as a stable sort would), so the sort compares machine ints instead of calling a key per candidate
    and comparing tuples."""
    w = n + 1
    m = len(cands)
    packed = [(c.pos * w + c.start) * m + k for k, c in enumerate(cands)]
    packed.sort()
    return [cands[x % m] for x in packed]


class Resolver(ResolveState):
    """Walks the candidates in reading order; the state it keeps while it walks is ResolveState's."""

    def run(self, cands: list[Cand]) -> None:
        openers = self.lang.data.non_name_openers
        for e in self.reg.entities:
            if e.is_person and not e.spoke and name_rules.jurisdiction_only(self, e):
                e.is_person = False
            # (the first word found, not the name split into a list and joined again)
            sp = e.name.find(" ")
            if sp > 0 and fold(e.name[:sp]) in openers:
                e.name = e.name[sp + 1 :]  # "Former Ashford captain …" at a sentence start: "Ashford"
        name_rules.share_surnames(self)
        cand_paras = {c.para for c in cands}
        self.cand_starts = sorted(c.start for c in cands)
        named = sorted(
            (c.mention.start, i) for i, c in enumerate(cands) if c.mention and c.mention.kind == "name"
        )
        self.name_starts = [a for a, _ in named]
        self.name_mentions = [m for _, i in named if (m := cands[i].mention) is not None]
        for c in _reading_order(cands, len(self.doc.text)):
            if c.link is not None:
                continue
            if c.mention is not None:
                self._resolve(c)
                if c.speaker is not None:
                    self.last = c
                    if organisations.names_police_force(self, c):
                        self.last_force = c
                    if c.entity is not None and _maybe_org(c.entity) and c.mention.kind != "pronoun":
                        self.last_org = c
            elif c.interviewee >= 0:
                ent = interview.interviewee(self, c.interviewee)
                if ent is not None:
                    c.speaker, c.entity = ent.name, ent
                c.resolved = True
            elif c.inherit:
                intro = name_rules.introduced_before(self, c, cand_paras)
                if intro is not None:
                    c.speaker, c.entity = intro.name, intro
                elif self.last is not None and c.para - self.last.para <= 3:
                    c.speaker, c.entity = self.last.speaker, self.last.entity
                c.resolved = True
        # an unattributed quotation in the headline: the article's first quoted person said it
        for c in cands:
            m = c.mention
            headline_desc = (
                m is not None
                and c.entity is None
                and m.kind == "descriptor"
                and m.head_class not in _ANONYMOUS_CLASSES
                and not m.plural
                # ("…, témoigne une riveraine": an indefinite article keeps her unnamed, not the
                # first person the body names)
                and not anonymous.indefinite(self, m)
            )  # "Rail talks ‘close to a deal’, says mediator"
            headline_source = (
                m is not None
                and m.head_class == "source"
                and c.entity is None
                # (a first paragraph that ends a sentence is the story's lede, not a headline)
                and self.doc.text[self.doc.paras[0].end - 1] not in ".!?।"
            )
            if c.para == 0 and c.link is None and headline_source:
                # "…, sources say" in a headline: the unnamed sources the story then quotes
                body = [
                    d
                    for d in cands
                    if d.para > 0 and d.mention is not None and d.mention.head_class == "source"
                ]
                if body:
                    c.speaker = min(body, key=lambda d: d.start).speaker
                continue
            top = c.para == 0 or anonymous.standfirst(self, c.para)  # ("Health Minister says …" subhead)
            if top and c.link is None and (headline_desc or (c.inherit and c.speaker is None)):
                later = sorted(
                    # (not the other half of its own line: "Minister says …; Opposition says …")
                    (
                        d
                        for d in cands
                        if d.para > 0 and d.para != c.para and d.entity is not None and d.entity.is_person
                    ),
                    key=lambda d: d.start,
                )
                if later:
                    c.speaker, c.entity = later[0].speaker, later[0].entity
        # min(body, key=start, default=None) as a typed loop (the first of equal starts, as min keeps)
        lede: Cand | None = None
        for c in cands:
            if c.mention is not None and c.para > 0 and (lede is None or c.start < lede.start):
                lede = c
        if lede is not None:
            self._lede_cataphora(lede)
        for c in cands:
            if c.link is None:
                continue  # (nothing to follow: no set made for it)
            seen = set()
            d = c
            while d.link is not None and id(d) not in seen:
                seen.add(id(d))
                d = d.link
            if d is not c:
                c.speaker, c.entity = d.speaker, d.entity
                if c.mention is None and d.mention is not None and c.cue is None:
                    c.mention = d.mention
                    if not _cueless(c):
                        c.cue = d.cue

    def _lede_cataphora(self, c: Cand) -> None:
        """ "A federal judge on Monday blocked …, ruling that …. In a 41-page opinion, U.S. District Judge
        Corinne Albrecht wrote …": the story's first speaker, an indefinite titled description, is the
        person of that title named right after it."""
        m = c.mention
        if (
            m is None
            or c.entity is not None
            or m.kind != "descriptor"
            or m.definite
            or m.plural
            or not m.titles
            or m.head_class in _ANONYMOUS_CLASSES
        ):
            return
        text = self.doc.text
        # a capitalised modifier ("A Liberal MP", "A Toronto councillor") must come with the name too:
        # "Conservative MP John Hale" is someone else
        marks = [t.text for t in tokens(m.text, 0, len(m.text))[1:] if t.text[:1].isupper()]
        # the reach: a few sentences, or the paragraph after the lede's however long the lede is
        # ("… chief warned …. ¶ UN humanitarian chief Martin Griffiths …")
        paras = self.doc.paras
        reach = m.end + _LEDE_REACH
        if c.para + 1 < len(paras):
            reach = max(reach, paras[c.para + 1].end)
        best: Entity | None = None
        for e in self.reg.entities:
            if not e.is_person or not (e.titles & m.titles) or not e.positions:
                continue
            first = e.positions[0]
            if not m.end <= first <= reach or (best is not None and first >= best.positions[0]):
                continue
            if all(w in text[max(0, first - 40) : first] for w in marks):
                best = e
        if best is not None:
            c.speaker, c.entity = best.name, best

    def _named_as_org(self, e: Entity) -> bool:
        """Is the name used before an organisation noun somewhere ("the Save Hollin Fields campaign")?"""
        hit = self.org_named.get(id(e))
        if hit is None:
            hit = False
            keys = {fold(k) for k in e.key_tokens}
            for x in e.positions:
                # (the first 8 words; asked per paragraph: a window across a paragraph's end is
                # tokenised on its own)
                after = name_rules.head_words(self, x, min(len(self.doc.text), x + 120), 8)
                k = 0
                while k < len(after) and fold(after[k].text) in keys:
                    k += 1
                if 0 < k < len(after) and self.lang.speaker_nouns.get(after[k].key) == "organisation":
                    hit = True
                    break
            self.org_named[id(e)] = hit
        return hit

    def _org_worded(self, e: Entity) -> bool:
        """A name with an organisation word in it ("Association", "Union", "Federation")."""
        nouns = self.lang.speaker_nouns
        return not (e.is_person and (e.titles or e.gender != "?")) and any(
            nouns.get(fold(k)) == "organisation" for k in e.key_tokens
        )

    def _subject_company(self, e: Entity) -> bool:
        return bool(e.subject_positions) and self._company(e)

    def _company(self, e: Entity) -> bool:
        """A name that ends like a company's ("Acme Corp", "Brightwell Foods Inc", "Vale SA")."""
        return bool(e.key_tokens) and e.key_tokens[-1].strip(".") in self.lang.data.company_suffixes

    def _last_one_person(self) -> bool:
        """The last speaker is one person: a named one, or (in a language whose plural pronouns find a
        group by its article) a singular description ("un responsable syndical")."""
        last = self.last
        if last is None:
            return False
        if last.entity is not None:
            return last.entity.is_person
        return (
            bool(self.lang.data.plural_group_determiners)
            and last.mention is not None
            and last.mention.kind == "descriptor"
            and not last.mention.plural
        )

    def _named_ahead(self, m: Mention) -> Entity | None:
        """A person first named as a speaker where the sentence after a charge description names its
        person ("The counsel for the government argued …. Ruth Ní Bhriain SC told the court …"), not yet
        registered: registered now, as its own speaker mention would be, or None."""
        lo, end = descriptions.next_sentence_opening(self, m)
        k = bisect_left(self.name_starts, lo)
        if lo >= end or k >= len(self.name_starts) or self.name_starts[k] >= end:
            return None
        nm = self.name_mentions[k]
        if nm.plural or self.reg.lookup(nm.name_tokens) is not None:
            return None
        if not descriptions.only_honorifics_before(self, lo, nm.start):
            return None  # "Amicus curiae Neelam Joshi …": a role of her own, somebody else
        ent = self.reg.add_name(
            nm.name_tokens, nm.start, set(nm.titles), set(), set(nm.nationality), nm.gender, subject=True
        )
        return ent if ent is not None and ent.is_person else None

    def _resolve(self, c: Cand) -> None:
        m = c.mention
        assert m is not None
        pos = m.start
        ent: Entity | None = None
        if m.kind == "name":
            ent = self.reg.lookup(m.name_tokens)
            if ent is None:
                # ("Critics on the City Council": a plural group, no "she" or interviewee later)
                gender = "p" if m.plural and m.gender == "?" else m.gender
                ent = self.reg.add_name(
                    m.name_tokens, pos, set(m.titles), set(), set(m.nationality), gender, subject=True
                )
            else:
                ent.note(pos, True)
            if ent is not None:
                ent.spoke = True
                c.speaker, c.entity = ent.name, ent
        elif m.kind == "pronoun" and (unnamed := pronouns.unnamed_subject_before(self, m, pos)) is not None:
            c.speaker = unnamed  # "Ein Sprecher … wollte das nicht kommentieren. …, erklärte er."
        elif m.kind == "pronoun":
            group = (
                (
                    pronouns.plural_group(self, pos)
                    if self.lang.data.plural_cue_forms
                    else pronouns.plural_noun_group(self, pos)
                )
                if m.gender == "p" and self._last_one_person()
                else None
            )
            ent = pronouns.pronoun(self, m, pos) if group is None else None
            if (
                ent is not None
                and m.start >= c.end
                and ent.positions
                and c.start <= min(ent.positions) < c.end
                and self.last is not None
                and self.last.entity is not None
                and self.last.entity is not ent
                and self.last.entity.is_person
                and (m.gender not in ("m", "f") or self.last.entity.gender in ("?", m.gender))
            ):
                # "Jordan Spence, 29, was taken to hospital, she said": a person first named inside the
                # report is what it is about; the pronoun after it goes on with the last speaker
                ent = self.last.entity
            if group is not None:
                c.speaker = group  # "Die Ärzte warnten … Sie sagten, …": the group, not the last speaker
            elif ent is not None:
                c.speaker, c.entity = ent.name, ent
                if m.gender in ("m", "f") and ent.gender == "?":
                    ent.gender = m.gender
                ent.note(pos, True)
            elif self.last is not None:
                c.speaker, c.entity = self.last.speaker, self.last.entity
        elif m.kind == "descriptor" and fold(m.text) in self.lang.data.latter_phrases:
            # "À en croire ce dernier, …": the person mentioned last, a registered one or the speaker
            # just quoted, whichever came later
            person = self.reg.most_recent(pos, _is_person)
            last = self.last
            heard = last.mention.start if last is not None and last.mention is not None else -1
            if person is not None and person.last_before(pos) > heard:
                c.speaker, c.entity = person.name, person
                person.note(pos, True)
            elif last is not None:
                c.speaker, c.entity = last.speaker, last.entity
        elif (
            m.kind == "descriptor"
            and not m.definite
            and (named_before := apposition.name_before(self, m.start)) is not None
        ):
            # "Janice Morin, 63, a retired school nurse who says …": the description of the person
            # named right before it
            c.speaker, c.entity = named_before.name, named_before
            named_before.note(pos, True)
        elif m.kind == "descriptor" and (issuer := descriptions.statement_issuer(self, c, m)) is not None:
            # "… in a statement. “…,” the statement added": the statement speaks for its issuer
            c.speaker, c.entity = issuer.speaker, issuer.entity
        elif m.kind == "descriptor" and (named := name_rules.self_named(self, c, m)) is not None:
            # "A mother, who asked to be identified only by her first name, Sarah, said"
            c.speaker, c.entity = named.name, named
            named.spoke = True
        elif (
            m.kind == "descriptor"
            and self.last is not None
            and c.para - self.last.para <= 2
            and anonymous.same_anonymous(self, m)
        ):
            # "A senior official, who …, said …. “…,” the official said": the unnamed speaker goes on,
            # even when a minister (whom "the official" might also describe) was named before
            c.speaker = self.last.speaker
        elif m.kind == "descriptor" and anonymous.gender_noun_goes_on(self, c, m):
            # "A resident …, who asked not to be named, said …. “…,” said the woman, who …": the unnamed
            # speaker goes on, not the last woman named
            c.speaker = self.last.speaker if self.last is not None else None
        elif m.kind == "descriptor" and (
            (charge := descriptions.charge_description(self, m)) == "first"
            or (
                charge == "ahead"
                and (descriptions.named_in_next_sentence(self, m, True) or self._named_ahead(m)) is not None
            )
        ):
            # "The man in charge of clearing Ottawa's streets apologized …", "The head of the bureau's
            # flood centre acknowledged …": a first mention, the person named at the next sentence's
            # start, else the description itself (never the byline)
            ahead = descriptions.named_in_next_sentence(self, m, charge == "ahead") or self._named_ahead(m)
            if ahead is not None:
                c.speaker, c.entity = ahead.name, ahead
            else:
                c.speaker = org_label(m, self.lang)
        elif (
            m.kind == "descriptor"
            and m.definite
            and (ahead := descriptions.named_next(self, c, m)) is not None
        ):
            # "The administration's top labor official conceded …. ¶ Labor Secretary X said …"
            c.speaker, c.entity = ahead.name, ahead
        elif m.kind == "descriptor":
            if m.definite and m.head_class and not m.plural:
                exact = m.text.split(" ", 1)[0].casefold() in self.lang.data.possessive_determiners
                party = descriptions.party_of(self.lang, m)
                ent = self.reg.by_description(pos, m.head_class, m.nationality, exact, m.gender, party)
                comp = descriptions.complement(self, m)
                demo = None if ent is not None else descriptions.demonstrative_referent(self, m, pos)
                if demo is not None:
                    ent = demo  # "esta vecina de Paiporta": the person just introduced
                elif comp:
                    # "the representative of France": only someone named with France, else the
                    # description itself (a UN summary's many unnamed delegates) when the role is one
                    # many hold; "l'élu de la Somme" may tell something new of the deputy named before.
                    # Never the last person named whatever his title ("the speaker for the United
                    # Kingdom" after a UN envoy)
                    if (
                        ent is not None
                        and m.head_class in _ANONYMOUS_CLASSES
                        and not descriptions.holds_complement(self, ent, comp)
                    ):
                        ent = None
                else:
                    if ent is None and (c.para == 0 or anonymous.standfirst(self, c.para)):
                        ent = descriptions.headline_description(self, m, pos)
                    if ent is None and not exact and anonymous.unnamed_goes_on(self, c, m):
                        # "One top-20 shareholder, who …, said …. “…,” the investor said": the unnamed
                        # speaker just quoted, not the last person named
                        c.speaker = self.last.speaker if self.last is not None else None
                        c.resolved = True
                        return
                    if (
                        ent is None
                        and not exact
                        and not anonymous.same_anonymous(self, m)
                        and not descriptions.institution(self, m)
                    ):
                        ent = descriptions.description_fallback(self, m, pos)
            if ent is not None:
                c.speaker, c.entity = ent.name, ent
                ent.note(pos, True)
                if m.gender in ("m", "f") and ent.gender == "?":
                    ent.gender = m.gender
            elif anonymous.same_anonymous(self, m):
                c.speaker = self.last.speaker if self.last is not None else None
            else:
                c.speaker = org_label(m, self.lang)
        elif (
            m.kind == "org"
            and m.definite
            and not m.name_tokens
            and m.head_class == "organisation"
            and (hit := organisations.org_by_head(self, m, pos)) is not None
        ):
            # "la régie a précisé" after "la Régie des transports de Valmont": the body so named
            c.entity, c.speaker = hit
        elif (
            m.kind == "org"
            and m.definite
            and not m.name_tokens
            and m.head_class == "organisation"
            and (body := organisations.last_speaking_body(self, m, c)) is not None
        ):
            # "…, Environment Canada warned Tuesday. The agency is urging …": the public body that
            # spoke last, in this paragraph or the one before
            c.speaker, c.entity = body.speaker, body.entity
        elif (
            m.kind == "org"
            and m.definite
            and not m.name_tokens
            and m.head_class == "organisation"
            and (_anaphoric(m.text, self.lang) or linked_org_noun(m.text, self.lang))
        ):
            # "the company said": the organisation named earlier; one that is surely an organisation
            # ("Acme Corp", even as an object: "Shares in Acme Corp fell after the company warned")
            # before a name that only might be one
            last = self.last
            # "La Commission a fait savoir que … , précise l'exécutif européen": the organisation that
            # spoke just before, though it is no registered name ("Le CIUSSS …", "La STM")
            unnamed_org = (
                last is not None
                and last.entity is None
                and last.mention is not None
                and last.mention.kind == "org"
                and last.speaker is not None
                and c.para - last.para <= 1
            )
            # a company that was a subject somewhere ("Brightwater Energy will cut …") before one only
            # ever named in passing ("an analyst at Castlegate Securities")
            named = self.reg.most_recent(pos, self._subject_company) or self.reg.most_recent(
                pos, self._company
            )
            if (
                unnamed_org
                and named is not None
                and last is not None
                and last.mention is not None
                and named.last_before(pos) > last.mention.start
            ):
                # "… said the mission team. Shares in Orbis Corp fell after the company said"
                unnamed_org = False
            ent = None if unnamed_org else named
            # ("nach Unternehmensangaben" is a company's word: not a club or association named by its noun)
            linked = linked_org_noun(m.text, self.lang)
            if not unnamed_org and not linked and (ent is None or pos - ent.last_before(pos) >= 1500):
                # "on behalf of the Save Hollin Fields campaign … The group said": named with an
                # organisation noun
                ent = self.reg.most_recent(pos, self._named_as_org)
            if (
                not unnamed_org
                and not linked
                and (ent is None or pos - ent.last_before(pos) >= 1500)
                and fold(m.text.rsplit(" ", 1)[-1]) in self.lang.data.generic_org_nouns
            ):
                # "The Wisconsin Association of School Boards … praised the veto. …, the group said": a
                # name with an organisation noun inside, before any capitalised place
                ent = self.reg.most_recent(pos, self._org_worded)
            modified = len(tokens(m.text, 0, len(m.text))) > 2  # "the mission team", not "the team"
            if not unnamed_org and (ent is None or pos - ent.last_before(pos) >= 1500) and not modified:
                ent = self.reg.most_recent(pos, _maybe_org, subjects_only=True)
                if ent is not None and pos - ent.last_before(pos, True) >= 3000:
                    ent = None
            elif ent is not None and modified and pos - ent.last_before(pos) >= 1500:
                ent = None  # a described group of its own, not any name that might be one
            if ent is not None:
                c.speaker, c.entity = ent.name, ent
            elif unnamed_org and last is not None:
                c.speaker = last.speaker
            elif anonymous.same_anonymous(self, m):
                c.speaker = self.last.speaker if self.last is not None else None
            else:
                c.speaker = org_label(m, self.lang)
        elif m.kind == "org" and (force := organisations.bare_police(self, m, c)) is not None:
            # "Nova Scotia RCMP say …. In a news release, police said …": the force named before
            c.speaker, c.entity = force.speaker, force.entity
        elif m.kind == "org" and (ent := name_rules.particle_person(self, m)) is not None:
            # "Le Drian a ajouté": a sentence-initial "Le" looked like an article ("Le Monde"), but a
            # person with that surname was named before
            c.speaker, c.entity = ent.name, ent
            ent.note(pos, True)
        elif m.kind == "org" and (ent := name_rules.demonym_surname(self, m)) is not None:
            # "Sudani told reporters": looked like a demonym, but it is the surname of "Mohammed Shia
            # al-Sudani", named before
            c.speaker, c.entity = ent.name, ent
            ent.note(pos, True)
        else:
            c.speaker = org_label(m, self.lang)
        c.resolved = True
