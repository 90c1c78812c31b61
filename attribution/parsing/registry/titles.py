"""The titles around a registered name: in the run, in lower-case words before it ("la senadora de
oposición Lilia Téllez"), in an appositive before its comma ("Russia's permanent representative to the
UN, Gennadiy Gatilov") or after it ("Ann Cole, the mayor, said"); not the title a name is the
complement of ("the mayor of Leeds"), nor one a preposition governs ("the head of Acme Corp")."""

from __future__ import annotations

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.words import _is_cap
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.registry.facts import _blank_gap, _Facts, _facts, _maybe_space
from attribution.parsing.text import Token, find_titles, tokens


def run_titles(
    text: str,
    toks: list[Token],
    i: int,
    j: int,
    n0: int,
    cut: int,
    placed: int | None,
    name_start: int,
    hon_titles: list[str] | None,
    gender: str,
    lang: CompiledLanguage,
    table: dict[str, _Facts],
) -> tuple[set[str] | None, set[str] | None, set[str] | None, str]:
    """The titles (classes and words), nationalities and gender that the words around a name give it: the
    name is toks[n0:j] in the capitalised run toks[i:j] (toks[i:i + cut] are title words cut off it;
    `placed` is set when a place sits between title and name). Looked for inside the run, in lower-case
    title words just before it, in an appositive before its comma ("the mayor of Leeds, Ann Cole") and
    in a title right after it ("Ann Cole, the mayor,"); the gender from a title word or its article."""
    # titles: inside the run, lower-case words just before it, or an appositive before the comma
    lo = toks[i].start
    k = i - 1
    if (
        k >= 0
        and toks[k].key in lang.data.prepositions
        and _facts(toks[k], lang, table).look
        and _blank_gap(text, toks[k].end, toks[i].start)
    ):
        k = -1  # "a senior official in Valente's party", "the wife of John Roe": the title is not the name's
    while (
        k >= 0
        and i - k <= 4
        and (
            _blank_gap(text, toks[k].end, toks[k + 1].start)
            # "Sen. Roy Pruitt", "Gov. Ann Lee": an abbreviated title and its full stop
            or (
                text[toks[k].end] == "."  # (toks[k + 1] follows: not past the end)
                and toks[k].key in lang.abbreviations
                and _blank_gap(text, toks[k].end + 1, toks[k + 1].start)
            )
        )
    ):
        tk = toks[k]
        ft = _facts(tk, lang, table)
        if ft.look and not (
            ft.poss and lang.data.cased and tk.text[:1].isupper()
        ):  # not "Queen's Park": a title's possession
            lo = tk.start
            k -= 1
        elif (
            # "la senadora de oposición Lilia Téllez": a title with a lower-case complement
            (
                k >= 2
                and ft.low
                and not ft.func  # (tk.key not in lang.function_words)
                and toks[k - 1].key in lang.data.head_prepositions
                and toks[k - 2].key in lang.title_words
                and toks[k - 2].key not in lang.function_words
                and _blank_gap(text, toks[k - 2].end, toks[k - 1].start)
                and _blank_gap(text, toks[k - 1].end, tk.start)
            )
            # "le professeur en urbanisme Réjean Fortin", "la spécialiste de droit Anne Roy": the
            # title's field between the title and the name
            or (
                k == i - 1
                and k >= 2
                and ft.alpha_low  # (tk.text.isalpha() and tk.text.islower())
                and not ft.func
                and tk.key not in lang.org_words  # "associée du fonds Ubuntu Partners": the fund, not her
                and tk.key not in lang.speaker_nouns
                and toks[k - 1].key in lang.data.prepositions
                and toks[k - 2].key in lang.titles
                and _blank_gap(text, toks[k - 2].end, toks[k - 1].start)
                and _blank_gap(text, toks[k - 1].end, tk.start)
            )
        ):
            lo = toks[k - 2].start
            k -= 3
        else:
            break
    # each span where titles are looked for is scanned as soon as it is known, in reading order of the
    # tests (no list of tuples of boxed ints); lo_t: the earliest start of a span, -1 while none
    lo_t = -1
    # (made for the first span that is not empty: most runs scan nothing before the name, and many
    # nothing at all)
    found_in: _Found | None = None
    if not (cut == 0 and i > 0 and lo < toks[i].start and _complement_of_title(toks, i, lang, table)):
        # (not "el ministro de Agricultura", "the mayor of Leeds": the run is what the title is of, a
        # place or a body, not the titled person)
        if lo < name_start:
            found_in = _Found(text, toks, name_start, n0, hon_titles, lang, table)
            found_in.scan(lo, name_start, k + 1, n0)
        lo_t = lo
    if placed is not None:
        t0 = max(0, i - 5)
        a0 = toks[t0].start
        if found_in is None:
            found_in = _Found(text, toks, name_start, n0, hon_titles, lang, table)
        found_in.scan(a0, toks[i].start, t0, i)  # "Iranian Ambassador in"
        lo_t = a0 if lo_t < 0 or a0 < lo_t else lo_t
    if k >= 0 and _comma_before(text, lo) and not _enumerated(text, toks, j, lang, table):
        # appositive: "Russia’s permanent representative to the UN in Geneva, Gennadiy Gatilov,"
        seg_end = toks[k].end
        s = k
        while (
            s > 0
            and i - s < 12
            and _blank_gap(text, toks[s - 1].end, toks[s].start)
            # ("the former attorney general accused her rival, Rep. X,": the verb ends the appositive)
            and not (toks[s - 1].key in lang.cues and _facts(toks[s - 1], lang, table).low)
        ):
            s -= 1
        if (
            s > 0
            and text[toks[s - 1].end : toks[s].start].strip(SPACE) == ","
            and any(t.key in lang.data.coordinators for t in toks[s : k + 1])
            and all(_is_cap(t) or t.key in lang.data.coordinators for t in toks[s : k + 1])
        ):
            # "el viceministro de Educación Preescolar, Básica y Media, Andrés Felipe Ospina": the
            # title sits before the list
            s -= 1
            while s > 0 and i - s < 16 and _blank_gap(text, toks[s - 1].end, toks[s].start):
                s -= 1
        found = find_titles(text, toks[s].start, seg_end, lang)
        if found:
            # only the phrase around the title nearest the name: "his Iranian counterpart", not the
            # "Foreign Minister" of someone named earlier in the sentence
            t0 = _token_index(toks, found[-1][0])
            if t0 > s and (t0 == len(toks) or toks[t0].start > found[-1][0]):
                t0 -= 1  # "L'entraîneur de X, Name": the title inside an elided article's token
            while t0 > s and _facts(toks[t0 - 1], lang, table).app:
                t0 -= 1
            a0 = toks[t0].start
            if found_in is None:
                found_in = _Found(text, toks, name_start, n0, hon_titles, lang, table)
            found_in.scan(a0, seg_end, t0, k + 1, _spans_from(found, a0))
            lo_t = a0 if lo_t < 0 or a0 < lo_t else lo_t
    after = toks[j - 1].end
    if lang.data.verb_second and text[after : after + 2] == " (":
        # "Herbert Gasser (ÖVP), Bürgermeister der Gemeinde": the party aside, then the title
        close = text.find(")", after, after + 40)
        if close > 0 and text.startswith(",", close + 1):
            after = close + 1
    # (text[after] == ",": text.startswith(",", after) without a method call; the comma tested before
    # the words: most names have none after them)
    # (not after a preposition: "Desde Bogotá, el viceministro …" is a place, not the viceminister)
    if (
        after < len(text)
        and text[after] == ","
        and not (
            i > 0
            and (toks[i - 1].key in lang.data.prepositions or toks[i - 1].key in lang.data.oblique_markers)
            and _facts(toks[i - 1], lang, table).low
        )
    ):  # ("interrogé par Jeune Afrique, le chef …")
        # the first title after the comma, with no comma between: looked for only up to the next comma
        # (a title after it fails the test anyway, and no title holds a comma, so a title before it is
        # the same as in the whole 60 characters; most names have the next comma close)
        hi = min(len(text), after + 60)
        comma = text.find(",", after + 1, hi)
        found = find_titles(text, after, comma if comma >= 0 else hi, lang)
        if found and len(text[after : found[0][0]].split()) <= 4:
            ts, te = found[0]
            # each window's first words, made once (they were asked for two tests each)
            lead = tokens(text, after, ts, 2)
            first = lead[:1]
            nxt = tokens(text, te, min(len(text), te + 40), 1)
            nxt_gap = bool(nxt) and _blank_gap(text, te, nxt[0].start)
            if not (
                # "Côté Rochebrune, l'entraîneur Pierre Aubry": the title of the name it precedes
                # "Smith, the mayor said, will run again": the title is the cue's subject, not Smith's
                (nxt_gap and (_is_cap(nxt[0]) or nxt[0].key in lang.cues))
                # "X, a interrogé le prévenu": a verb makes it the sentence's predicate, no apposition
                # "Die Reform, so die Ministerin, sei …", "Das Ziel, sagte der Kanzler, …": the cue's subject
                or (first and (first[0].key in lang.data.clause_verbs or first[0].key in lang.cues))
                # "Eilidh Munro, pressed the first minister to say …": a verb and its object's article,
                # the title is the object's, no apposition ("Ann Cole, the mayor," has the article first)
                or (
                    len(lead) == 2
                    and _facts(lead[0], lang, table).alpha_low
                    and lead[0].key not in lang.determiners
                    and lead[0].key not in lang.title_words
                    and lead[0].key not in lang.data.title_modifiers
                    and lead[1].key in lang.determiners
                )
            ):
                if found_in is None:
                    found_in = _Found(text, toks, name_start, n0, hon_titles, lang, table)
                found_in.scan(after, te, -1, -1, found[:1])  # (the titles of [after, te): that one)
                lo_t = after if lo_t < 0 or after < lo_t else lo_t
    titles: set[str] | None
    title_words: set[str] | None
    nationality: set[str] | None
    if found_in is not None:
        titles, title_words, nationality = found_in.titles, found_in.title_words, found_in.nationality
    else:
        # (what a _Found that scanned nothing holds)
        titles, title_words, nationality = (set(hon_titles) if hon_titles else None), None, None
    # (titles beyond the honorifics' own: most runs have no honorific, so no set difference is built)
    if (
        gender == "?"
        and lang.data.gendered_words
        and titles is not None
        and (titles - set(hon_titles) if hon_titles else titles)
    ):
        # "la procureure Hélène Roux", "spokeswoman Ines Claeys": the title or its article tells
        # (a title was found, so some span was scanned and lo_t is set)
        k0 = _token_index(toks, lo_t)
        for t in toks[max(0, k0 - 1) : i + cut]:
            if t.key in lang.data.prepositions and t.start > lo_t:
                break  # "le chef de la mission": "la" is the mission's article, not his
            g = _facts(t, lang, table).gword
            if g:
                gender = g
                break
    return titles, title_words, nationality, gender


def _comma_before(text: str, lo: int) -> bool:
    """text[max(0, lo - 2) : lo].rstrip(SPACE).endswith(","), read in place (no slice, no strip)."""
    p = lo - 1
    lim = max(0, lo - 2)
    # (`in SPACE`, a call, asked only of a character that may be one: see facts._maybe_space)
    while p >= lim and (text[p] == " " or _maybe_space(text, p) and text[p] in SPACE):
        p -= 1
    return p >= lim and text[p] == ","


def _complement_of_title(toks: list[Token], i: int, lang: CompiledLanguage, table: dict[str, _Facts]) -> bool:
    """toks[i] starts a capitalised run right after a lower-case title and its preposition."""
    prev = toks[i - 1]
    return (
        _facts(prev, lang, table).low
        and (prev.key in lang.data.name_prepositions or prev.key in lang.data.head_prepositions)
        and i >= 2
        and toks[i - 2].key in lang.title_words
        and _facts(toks[i - 2], lang, table).low
    )


def _enumerated(
    text: str, toks: list[Token], j: int, lang: CompiledLanguage, table: dict[str, _Facts]
) -> bool:
    """The run ending before toks[j] goes on as a list of names: "Agricultura, Pesca y Alimentación"."""
    return (
        j + 1 < len(toks)
        and toks[j].key in lang.data.coordinators
        and _facts(toks[j], lang, table).low
        and _facts(toks[j + 1], lang, table).cap
        and _blank_gap(text, toks[j - 1].end, toks[j].start)
    )


class _Found:
    """The titles (classes and words) and nationalities found so far around one name, and what the
    scans need to know (one object per run_titles, instead of a list of spans as tuples of boxed ints)."""

    def __init__(
        self,
        text: str,
        toks: list[Token],
        name_start: int,
        n0: int,
        hon_titles: list[str] | None,
        lang: CompiledLanguage,
        table: dict[str, _Facts],
    ) -> None:
        self.text = text
        self.toks = toks
        self.name_start = name_start
        # "la cofondatrice de PayLagune", "the head of Acme Corp": a preposition right before the name
        # (toks[n0]) makes it what the title governs, not who holds it: a title ending before it is
        # not the name's (found here, when some span is scanned, not for every run)
        governed_at = -1
        if n0 > 0 and toks[n0 - 1].key in lang.data.prepositions and _facts(toks[n0 - 1], lang, table).low:
            governed_at = toks[n0 - 1].start
        self.governed_at = governed_at
        self.lang = lang
        self.table = table
        # (None while nothing is found: most runs find nothing, and an empty set is made for nothing)
        self.titles: set[str] | None = set(hon_titles) if hon_titles else None
        self.title_words: set[str] | None = None
        self.nationality: set[str] | None = None

    def scan(
        self, a: int, b: int, ta: int, tb: int, spans: list[tuple[int, int]] | None = None
    ) -> None:
        """Add the titles and nationalities in text[a:b]: its words are toks[ta:tb] when ta >= 0 (a span
        from a token start to a token start or end), else tokenised. `spans`: find_titles(text, a, b)
        when the caller has them already (from a scan of a window that holds this one)."""
        if a >= b:
            return  # nothing to scan (most runs have no title before the name)
        text, lang, table = self.text, self.lang, self.table
        for ts, te in find_titles(text, a, b, lang) if spans is None else spans:
            if b == self.name_start and te <= self.governed_at:
                continue
            key = fold(text[ts:te])
            c = lang.titles.get(key)
            if c:
                if self.titles is None:
                    self.titles = {c}
                else:
                    self.titles.add(c)
                if self.title_words is None:
                    self.title_words = {key}
                else:
                    self.title_words.add(key)
        if ta >= 0:
            toks = self.toks
            for x in range(ta, tb):  # (toks[ta:tb] without the slice)
                nat = _facts(toks[x], lang, table).nat
                if nat is not None:
                    self._add_nationality(nat)
        else:
            for t in tokens(text, a, b):
                nat = _facts(t, lang, table).nat
                if nat is not None:
                    self._add_nationality(nat)

    def _add_nationality(self, nat: str) -> None:
        if self.nationality is None:
            self.nationality = {nat}
        else:
            self.nationality.add(nat)


def _spans_from(found: list[tuple[int, int]], a: int) -> list[tuple[int, int]] | None:
    """find_titles(text, a, b) from `found`, the titles of a window [a', b) that starts earlier: those that
    start at `a` or later (the scan finds the same at every position from `a` on, as long as none of the
    earlier ones runs across `a`); None when one does (the window is scanned again)."""
    out: list[tuple[int, int]] = []
    for sp in found:
        if sp[0] >= a:
            out.append(sp)
        elif sp[1] > a:
            return None
    return out


def _token_index(toks: list[Token], pos: int) -> int:
    """text.token_index(toks, pos) (bisect_left of `pos` among the tokens' starts) as a native search:
    bisect with a key function is a generic call per step when compiled."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo
