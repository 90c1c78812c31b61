"""Descriptions of people: "a spokesman for the ministry", "the mayor", "the 51-year-old" (organisations and
bodies, "the company", "police", are organisations.py's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.entities import _PERSON_NOUN_CLASSES, Entity, index_right, same_country
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import compatible_classes, fold
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import _head_key, _is_cap, _upper0, unelide
from attribution.parsing.resolve import apposition
from attribution.parsing.resolve.organisations import _maybe_org
from attribution.parsing.subjects import _head_word
from attribution.parsing.text import Token, find_titles, is_blank, rstrip_end, tokens, tokens_tail, word_count

if TYPE_CHECKING:
    from attribution.parsing.document import Cand
    from attribution.parsing.resolve.state import ResolveState


def complement(rs: ResolveState, m: Mention) -> list[str]:
    """The proper name a description's head governs: "the representative of France",
    "the speaker for the United States" -> its folded words (empty when there is none)."""
    toks = tokens(m.text, 0, len(m.text))
    k = 1
    while k < len(toks) and toks[k].key not in rs.lang.data.head_prepositions:
        k += 1
    k += 1
    while k < len(toks) and (
        toks[k].key in rs.lang.determiners or toks[k].key in rs.lang.data.definite_articles
    ):
        k += 1
    out: list[str] = []
    while k < len(toks) and _is_cap(toks[k]):
        out.append(fold(toks[k].text))
        k += 1
    if k < len(toks) and _head_key(toks[-1], rs.lang) is not None and toks[-1].text[:1].islower():
        return []  # "the Bank of Canada economist": the name modifies the noun after it, no complement
    return out


def holds_complement(rs: ResolveState, e: Entity, comp: list[str]) -> bool:
    """Was `e` named in a sentence that also names `comp` (not as `e`'s own name)?"""
    if set(comp) <= {fold(k) for k in e.key_tokens}:
        return False  # "the representative of Sierra Leone" is not Sierra Leone
    text = rs.doc.text
    want = comp[-1]
    for x in e.positions[:30]:  # (bounded: a long text's every mention need not be read)
        k = index_right(rs.sent_starts, x) - 1
        lo = max(rs.sent_starts[k] if k >= 0 else 0, x - 200)
        hi = min(rs.sent_starts[k + 1] if k + 1 < len(rs.sent_starts) else len(text), x + 200)
        if any(fold(t.text) == want for t in tokens(text, lo, hi)):
            return True
    return False


def party_of(lang: CompiledLanguage, m: Mention) -> str:
    """The party a German description names in its compound ("der CDU-Politiker", "die
    Grünen-Abgeordnete") or its noun ("der Sozialdemokrat") from LanguageData.parties; "" when none."""
    parties = lang.data.parties
    if not parties:
        return ""
    for t in tokens(m.text, 0, len(m.text)):
        if "-" in t.key:
            party = parties.get(t.key.rsplit("-", 1)[0], "")
        else:
            party = parties.get(t.key, "") if len(t.key) > 8 else ""  # "der Sozialdemokrat"
        if party:
            return party
    return ""


def institution(rs: ResolveState, m: Mention) -> bool:
    """'Selon l'accusation', 'the prosecution said', 'le parquet': a body named by a speaker noun that
    is no person's title speaks for itself; it is not the last person named."""
    hw = unelide(_head_word(m.text, rs.lang), rs.lang)
    return (
        rs.lang.speaker_nouns.get(hw, "person") not in _PERSON_NOUN_CLASSES
        and hw not in rs.lang.titles
        and not m.titles
    )


def demonstrative_referent(rs: ResolveState, m: Mention, pos: int) -> Entity | None:
    """'Antonia Ruiz lleva catorce meses esperando. «…», ha relatado esta vecina': a demonstrative
    description of a person is the person named as a subject just before (unless an unnamed
    speaker came later)."""
    if m.head_class not in ("person", "witness", "relation") or m.plural:
        return None
    if m.text.split(" ", 1)[0].casefold() not in rs.lang.data.demonstratives:
        return None
    ent = rs.reg.most_recent(pos, lambda e: e.is_person, subjects_only=True)
    if ent is None:
        return None
    at = ent.last_before(pos, True)
    if at < 0 or pos - at > 400:
        return None
    last = rs.last
    if last is not None and last.entity is None and last.mention is not None and last.mention.start > at:
        return None  # "Un testigo relató … «…», explicó este hombre": the unnamed witness
    return ent


def statement_issuer(rs: ResolveState, c: Cand, m: Mention) -> Cand | None:
    last = rs.last
    if (
        last is None
        or last.speaker is None
        or not m.definite
        or c.para - last.para > 1
        or _head_word(m.text, rs.lang) not in rs.lang.data.issued_documents
    ):
        return None
    return last


def headline_description(rs: ResolveState, m: Mention, pos: int) -> Entity | None:
    """'मंत्री बोले …' / 'Rail talks close, says mediator' in a headline: the body names the person later;
    take the first titled person the description fits."""
    compat = compatible_classes(m.head_class or "")
    best, best_pos = None, None
    for e in rs.reg.entities:
        if not e.is_person or not (e.titles & compat) or not e.positions:
            continue
        k = index_right(e.positions, pos)
        if k < len(e.positions) and (best_pos is None or e.positions[k] < best_pos):
            best, best_pos = e, e.positions[k]
    return best


def description_fallback(rs: ResolveState, m: Mention, pos: int) -> Entity | None:
    """'the 51-year-old', 'the Rovers manager', 'le technicien' with no titled antecedent: the person
    the text is about, i.e. the most recent person mentioned as a subject (gender permitting)."""
    if m.head_class in _ANONYMOUS_CLASSES:
        return None  # "his daughter said" is not the man himself
    toks = tokens(m.text, 0, len(m.text))
    # "the Dutchman", "the 28-year-old Swede" (an age before the nationality says nothing more)
    nat_only = (
        (len(toks) == 2 or (len(toks) == 3 and toks[1].key[:1].isdigit()))
        and m.head_class == "person"
        and bool(m.nationality)
    )
    if m.nationality and not nat_only:
        return None
    if rs.lang.data.age_words and _unnamed_age(rs, toks, pos):
        return None  # "einen 27-Jährigen … verurteilt. … sagte der 27-Jährige": the unnamed one
    g = m.gender

    # a headline's capitals say nothing (title case): its words are no antecedent here
    p0 = rs.doc.paras[0]
    headline = (
        len(rs.doc.paras) > 1
        and len(p0.sents) == 1
        and rs.doc.text[p0.end - 1] not in ".!?।"
        and word_count(rs.doc.text, p0.start, p0.end) <= 25
    )
    body = rs.doc.paras[1].start if headline else 0

    compat = compatible_classes(m.head_class or "person")
    # ("l'ancien député", "the former minister": an office once held says nothing of today's)
    titled = (
        bool(m.titles)
        and m.head_class in _OFFICES
        and not any(unelide(t.key, rs.lang) in rs.lang.data.title_modifiers for t in toks)
    )
    rivals = next((grp - compat for grp in _RIVAL_ROLES if m.head_class in grp), frozenset())
    party = party_of(rs.lang, m)

    def ok(e: Entity, subject: bool = True) -> bool:
        return fits(e) and e.last_before(pos, subject) >= body

    def fits(e: Entity) -> bool:
        return (
            e.is_person
            and len(e.name) > 2  # not "X" (the platform) or an initial
            and (g not in ("m", "f") or e.gender in ("?", g))
            # "the prosecution" is not the defence barrister, "the 20-year-old striker" not the manager
            and not (e.titles & rivals and not e.titles & compat)
            # "el delantero" is not the club's president or its coach: a player's position never
            # falls back to someone known by another office
            and not (m.head_class in _SPORT_ROLES and e.titles and not e.titles & compat)
            # "la ministre", "the director": a title the person is known not to hold ("le maire X")
            and not (titled and e.titles and e.titles <= _OFFICES and not e.titles & compat)
            # "the Dutchman": not someone known to be of another nationality
            and not (nat_only and e.nationality and not same_country(m.nationality, e.nationality))
            # "der CDU-Politiker": not someone known to be of another party
            and not (party and e.parties and party not in e.parties)
            # "the head of the department": one person, never a group named as one ("Supporters")
            and not (e.gender == "p" and not m.plural)
            # "the city's mayor": an office holder, never a long name with no sign of a person in it
            # ("Lakeshore Precision Components", a company the registry could not tell; "Bryce Doyle"
            # may be "the rookie guard")
            and not (titled and not e.titles and _maybe_org(e) and len(e.key_tokens) >= 3)
        )

    ent = rs.reg.most_recent(pos, ok, subjects_only=True)
    if party and ent is not None and party not in ent.parties:
        # "die CDU-Politikerin": the person known to be of that party, before one of no known party
        member = rs.reg.most_recent(pos, lambda e: ok(e) and party in e.parties, subjects_only=True)
        if member is not None and pos - member.last_before(pos, True) <= 1500:
            ent = member
    aged = bool(rs.lang.data.age_words) and any(
        t.key.partition("-")[2] in rs.lang.data.age_words for t in toks
    )
    if ent is None and (m.head_class in _SPORT_ROLES or aged):
        # "Un gol de Iker Zubiría dio el empate. «…», dijo el delantero": a player named just
        # before, though not as a subject (the story's scorer, not a speaker yet)
        near = rs.reg.most_recent(pos, lambda e: ok(e, False))
        if near is not None and pos - near.last_before(pos, False) <= 400:
            return near
    at = ent.last_before(pos, True) if ent is not None else -1
    # "À la barre, l'ancien maire a nié … « … », a martelé le septuagénaire": a titled person the
    # sentence before took up as its subject by description counts as the latest subject
    for e, la, subj in described_before(rs, pos):
        if subj and la > at and fits(e):
            ent, at = e, la
    if ent is None or pos - at > 1500:
        return None
    generic = m.head_class == "person" and not m.titles
    if rs.lang.data.verb_second and generic and _unnamed_since(rs, m, at, pos):
        return None  # "Als Zeugin sagte eine Rentnerin aus. …, schilderte die Frau": the one just introduced
    return ent


def _unnamed_since(rs: ResolveState, m: Mention, at: int, pos: int) -> bool:
    """German: between the person last named (at `at`) and the description at `pos`, in the sentence
    before it, an unnamed person of the description's gender was introduced with an indefinite article
    ("eine 71 Jahre alte Rentnerin", "ein Passant"): the description ("die Frau") is that person."""
    text, lang = rs.doc.text, rs.lang
    k = index_right(rs.sent_starts, pos) - 1
    lo = max(at + 1, rs.sent_starts[max(0, k - 1)] if k >= 0 else 0, pos - 400)
    toks = tokens(text, lo, pos, limit=80)
    for i, t in enumerate(toks):
        # ("ein", "eine": the quantifiers that open a new person's phrase; "zwei" gives a plural)
        if t.key not in lang.data.quantifiers:
            continue
        np: list[Token] = [t]
        for u in toks[i + 1 : i + 7]:
            if u.key in lang.data.prepositions or not is_blank(text, np[-1].end, u.start):
                break
            np.append(u)
            if not _is_cap(u):
                continue  # ("eine 71 Jahre alte Rentnerin": the number and the adjective come first)
            intro = classify(text, np, lang)
            if (
                intro is not None
                and intro.kind == "descriptor"
                and intro.head_class in _PERSON_NOUN_CLASSES
                and not intro.plural
                and (m.gender not in ("m", "f") or intro.gender in ("?", m.gender))
            ):
                return True
    return False


def _unnamed_age(rs: ResolveState, toks: list[Token], pos: int) -> bool:
    """German "der 27-Jährige" when the age last stood before `pos` in a sentence that names no
    person ("hat das Landgericht einen 27-Jährigen verurteilt"): an unnamed person, no one named."""
    age = ""
    for t in toks:
        num, dash, rest = t.key.partition("-")
        if dash and num.isdigit() and rest in rs.lang.data.age_words:
            age = t.text[: len(num) + 1]
    if not age:
        return False
    text = rs.doc.text
    k = _age_before(text, age, pos)
    phrase = rs.lang.data.age_phrase
    if phrase:
        # "ein 58 Jahre alter Lkw-Fahrer …, sagte der 58-Jährige"
        k = max(k, _age_before(text, f"{age[:-1]} {phrase}", pos))
    if k < 0:
        return False
    si = index_right(rs.sent_starts, k) - 1
    a = rs.sent_starts[si] if si >= 0 else 0
    b = rs.sent_starts[si + 1] if si + 1 < len(rs.sent_starts) else len(text)
    return not any(e.is_person and any(a <= x < b for x in e.positions) for e in rs.reg.entities)


def _age_before(text: str, age: str, pos: int) -> int:
    """Where `age` ("58-", "58 Jahre alt") last stands before `pos` (not inside a longer number); -1."""
    k = text.rfind(age, max(0, pos - 4000), pos)
    while k > 0 and text[k - 1].isdigit():
        k = text.rfind(age, max(0, pos - 4000), k)
    return k


def described_before(rs: ResolveState, pos: int) -> list[tuple[Entity, int, int]]:
    """Titled people referred to by a definite description ('the mayor') in the sentence of `pos`
    and the one before it, outside quotations: (entity, position, 1 if it opens its clause)."""
    lang, text = rs.lang, rs.doc.text
    if not lang.data.definite_articles or not _titled_person_before(rs, pos):
        return []  # (no scan for titles when no titled person was named before: by_description finds none)
    k = index_right(rs.sent_starts, pos) - 1
    lo = rs.sent_starts[max(0, k - 1)] if k >= 0 else 0
    out = []
    for m_start, m_end in find_titles(text, lo, pos, lang):
        j = index_right(rs.quote_starts, m_start) - 1
        if j >= 0 and rs.quote_spans[j][0] <= m_start < rs.quote_spans[j][1]:
            continue
        before = tokens_tail(text, max(lo, m_start - 30), m_start, 2)
        if before and before[-1].key in lang.data.definite_articles:
            before = before[-1:]
        elif before and unelide(before[-1].key, lang) in lang.data.title_modifiers:
            # "l'ancien maire", "the former mayor": one modifier between the article and the title
            if before[-1].key != unelide(before[-1].key, lang):
                before = before[-1:]
            elif len(before) == 2 and before[0].key in lang.data.definite_articles:
                before = before[:1]
            else:
                continue
        else:
            continue
        cls = lang.titles.get(fold(text[m_start:m_end]))
        if not cls:
            continue
        if apposition.named_in_apposition(rs, m_end):
            continue  # "Le ministre des Comptes publics, Julien Barraud, …": the name says who
        ent = rs.reg.by_description(m_start, cls, set())
        if ent is not None:
            s0 = rs.sent_starts[index_right(rs.sent_starts, m_start) - 1]
            opens = is_blank(text, s0, before[0].start) or text.endswith(
                ",", s0, rstrip_end(text, s0, before[0].start)
            )
            out.append((ent, m_start, 1 if opens else 0))
    return out


def _titled_person_before(rs: ResolveState, pos: int) -> bool:
    """Some person with a title is named before `pos` (what Registry.by_description needs to find one)."""
    return any(
        e.is_person and bool(e.titles) and bool(e.positions) and e.positions[0] < pos for e in rs.reg.entities
    )


# offices clear enough that a holder of one is never described by another ("la ministre" is not the
# mayor named before); vaguer roles ("leader", "official", "expert") may describe anyone
# ("head_of_state" is not among them: "presidenta" also chairs a commission, a club or a company)
_OFFICES = frozenset(
    [
        *["minister", "foreign_minister", "head_of_government", "mayor", "governor"],
        *["legislator", "judge", "magistrate", "prosecutor", "lawyer", "coach", "player", "ambassador"],
        *["police", "military", "medic", "executive"],
    ]
)
# roles that face each other in one story: a description of one never falls back to a holder of another
_RIVAL_ROLES = (
    frozenset({"lawyer", "prosecutor", "judge", "defendant", "witness"}),
    frozenset({"coach", "player", "forward", "defender", "goalkeeper", "midfielder"}),
    # "the president wrote" is not the press secretary, "the minister said" not her spokeswoman
    frozenset({"head_of_state", "minister", "spokesperson"}),
)
# a team's players by position ("el delantero", "the goalkeeper"): the positions exclude each other
_SPORT_ROLES = frozenset({"player", "forward", "defender", "goalkeeper", "midfielder"})
# titles of the head of a place or an institution: "the mayor of X", "chief executive of X" (X is no person)
_HEAD_OF_CLASSES = frozenset(
    [
        "representative",  # "the representative of Haiti", "Ambassador of Chile to Japan"
        "ambassador",
        "mayor",
        "governor",
        "executive",
        "chair",
        "chief",
        "head_of_state",
        "head_of_government",
        "minister",
        "prosecutor",
    ]
)
# descriptions that name an unnamed source or someone else, never "the person the text is about"
_ANONYMOUS_CLASSES = frozenset(
    [
        "organisation",
        "document",
        "source",
        "relation",
        "official",
        "spokesperson",
        "diplomat",
        "representative",
        "witness",
        # kin: "his daughter said" is never the man himself
        *[
            "son",
            "daughter",
            "wife",
            "husband",
            "mother",
            "father",
            "brother",
            "sister",
            "granddaughter",
            "grandson",
            "grandmother",
        ],
        *[
            "grandfather",
            "niece",
            "nephew",
            "widow",
            "widower",
            "partner",
            "cousin",
            "aunt",
            "uncle",
            "stepson",
            "stepdaughter",
        ],
        "fiancee",
    ]
)


def named_next(rs: ResolveState, c: Cand, m: Mention) -> Entity | None:
    """ "The administration's top labor official conceded that …. ¶ Labor Secretary Graham Albright
    said …": a definite description of one person, with nobody it names before it, is the person
    first named in the next paragraph's first sentence, when the words before that name (the title)
    share a word with the description ("labor", "budget")."""
    paras = rs.doc.paras
    if m.plural or c.para + 1 >= len(paras):
        return None
    lang = rs.lang
    words = {
        t.key
        for t in tokens(m.text, 0, len(m.text))
        # (the domain words of the role, "labor", "budget", not its role nouns: "chief", "police")
        if len(t.key) >= 4
        and t.key not in lang.function_words
        and t.key != m.head_class
        and t.key not in lang.title_words
        and t.key not in lang.speaker_nouns
    }
    # ("The head of the Federal Emergency Management Agency" … "FEMA Administrator X"): its initials
    fw = lang.function_words
    caps = [t.text[0] for t in tokens(m.text, 0, len(m.text)) if _upper0(t.text) and t.key not in fw]
    acronym = "".join(caps) if len(caps) >= 3 else ""
    if not words and not acronym:
        return None
    nxt = paras[c.para + 1]
    first_end = next((b for a, b in nxt.sents if b > nxt.start), nxt.end)
    best: Entity | None = None
    for e in rs.reg.entities:
        if not e.is_person or not e.positions:
            continue
        first = e.positions[0]
        if first < m.start:
            # ("Finance chief Ann Lee …. The finance chief said"): someone so titled named before
            if e.titles and any(t.key in words for t in tokens(rs.doc.text, max(0, first - 60), first)):
                return None
            continue
        if not nxt.start <= first < first_end or (best is not None and first >= best.positions[0]):
            continue
        sent = max(nxt.start, first - 60)
        title = tokens(rs.doc.text, sent, first)
        if any(t.key in words or (acronym and t.text == acronym) for t in title):
            best = e
    return best


def charge_description(rs: ResolveState, m: Mention) -> str:
    """A definite description of one person by what they run: "first" when it can only be a first
    mention ("The man in charge of clearing Ottawa's streets", "the woman leading the rescue effort", "the
    man who runs the town's bakery", "the chief executive of one of the country's largest banks"); "ahead"
    when it is one if someone new is named next ("The head of the bureau's flood centre", "the lawyer for
    the Dutch government"); "" otherwise."""
    data = rs.lang.data
    if not data.charge_phrases or m.plural or not m.definite:
        return ""
    toks = tokens(m.text, 0, len(m.text))
    n = len(toks)
    if any(f"{toks[i].key} {toks[i + 1].key} {toks[i + 2].key}" in data.charge_phrases for i in range(n - 2)):
        return "first"
    k = next((i for i in range(1, n) if _head_key(toks[i], rs.lang) is not None), n)
    head = k
    while k + 1 < n and _head_key(toks[k + 1], rs.lang) is not None and toks[k + 1].text[:1].islower():
        k += 1  # "the chief executive of …"
    if k + 2 >= n:
        return ""
    r0, r1 = toks[k + 1].key, toks[k + 2].key
    if f"{r0} {r1}" in data.charge_phrases:
        return "ahead"  # "the minister responsible for housing": someone named before, or the one named next
    if r0 in data.charge_verbs and r0.endswith("ing"):
        return "first"  # "the woman leading the rescue effort"
    if r0 in data.relative_pronouns and r1 in data.clause_verbs and k + 3 < n:
        r1 = toks[k + 3].key  # "the man who will lead Australia", "the woman who has run the club"
        if r1 in data.charge_verbs:
            return "first"
    if r0 in data.relative_pronouns and r1 in data.charge_verbs and not r1.endswith("ing"):
        return "first"  # "the man who runs the town's bakery"
    if r0 not in data.head_prepositions:
        return ""
    if r1 in data.indefinite_articles or (r1 == "one" and k + 3 < n and toks[k + 3].key == r0):
        return "first"  # "the chief executive of one of the country's largest banks"
    hk = _head_key(toks[head], rs.lang) or ""
    cls = rs.lang.speaker_nouns.get(hk) or rs.lang.titles.get(hk)
    if hk in data.charge_heads or cls == "lawyer" or (hk in rs.lang.titles and cls != "spokesperson"):
        return "ahead"  # "the head of the bureau's flood centre", "the counsel for the government"
    return ""


def next_sentence_opening(rs: ResolveState, m: Mention) -> tuple[int, int]:
    """Where the sentence after `m`'s may name the person a charge description stands for: its first 40
    characters, or the 40 after the quotation that opens it ("“…,” said Col Brady"); (0, 0) when that
    sentence does not open with a capital."""
    text = rs.doc.text
    k = index_right(rs.sent_starts, m.start)
    if k >= len(rs.sent_starts):
        return 0, 0
    lo = rs.sent_starts[k]
    hi = rs.sent_starts[k + 1] if k + 1 < len(rs.sent_starts) else len(text)
    first = tokens(text, lo, hi, 1)
    if not first or not _is_cap(first[0]):
        return 0, 0
    end = min(hi, first[0].start + 40)
    opened = text[lo : first[0].start].strip()
    if opened and opened[-1] in '“"‘':
        close = text.find("”" if opened[-1] == "“" else opened[-1], first[0].start, hi)
        if close > 0:
            end = min(hi, close + 40)
    return lo, end


def named_in_next_sentence(rs: ResolveState, m: Mention, new_only: bool = False) -> Entity | None:
    """The person a charge description stands for: the first one named in the sentence after it, when
    the name opens that sentence ("The man in charge of procuring Scotland's ferries admitted …. Kenneth
    Rae, CMAL's chief executive, told …") or follows the quotation that opens it ("“…,” said Col Brady"),
    or None. With `new_only`, only someone first named there."""
    lo, end = next_sentence_opening(rs, m)
    if lo >= end:
        return None
    hi = end
    best: Entity | None = None
    best_at = hi
    for e in rs.reg.entities:
        if not e.is_person or (new_only and (not e.positions or e.positions[0] < lo)):
            continue
        # (the name's mention there, also when a headline named the person before)
        j = index_right(e.positions, lo - 1)
        if j < len(e.positions) and e.positions[j] < min(end, best_at):
            best, best_at = e, e.positions[j]
    if new_only and best is not None and not only_honorifics_before(rs, lo, best_at):
        return None
    return best


def only_honorifics_before(rs: ResolveState, lo: int, at: int) -> bool:
    """Does the name at `at` open its sentence (from `lo`), with at most honorifics or one-word titles
    before it ("Dr", "Cllr", "Superintendent"), or follow the quotation that opens it? Not when a role of
    its own comes first ("Amicus curiae Neelam Joshi, assisting the court,
    said …" is somebody else than "the counsel for the Delhi government" before)."""
    lang = rs.lang
    text = rs.doc.text
    close = max(text.rfind("”", lo, at), text.rfind('"', lo, at))
    if close > lo:
        return True  # "“…,” Jenna Boudreau said": the quotation's attribution
    return all(
        t.key.rstrip(".") in lang.data.honorifics or t.key in lang.titles  # "Dr", "Superintendent"
        for t in tokens(text, lo, at)
    )
