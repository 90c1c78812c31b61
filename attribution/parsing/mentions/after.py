"""The subject right after a cue, in inversion ("…, said Foreign Minister Ayman Safadi", "dijo ayer la
alcaldesa"): time words and a hearer ("a los periodistas") are stepped over, the phrase stops at the
first word that cannot belong to it, and a name in apposition to a role ("said the rector, Lucía Prieto")
is the speaker. Also the bare forms: a lower-case role before a name ("said striker Tom Lee"), a
headline's bare noun ("says rail union"), and an unknown description after a quotation ("raconte la
jeune femme")."""

from __future__ import annotations

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.word_facts import mention_facts, mention_facts_table
from attribution.parsing.mentions.words import (
    _gap_clean,
    _head_key,
    _is_cap,
    _lower0,
    _particle_name_len,
    _possessive,
    _title_abbreviation_gap,
    _title_of_institution,
    _upper0,
    unelide,
)
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, tokens


def subject_after(text: str, a: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """An inverted subject right after a cue: '..., said Foreign Minister Ayman Safadi.'"""
    # (at most 4 time words, then a phrase of at most 10 words and one word after it are read: 20 words
    # are more than enough)
    toks = tokens(text, a, min(hi, a + 200), 20)
    if not toks or not _gap_clean(text, a, toks[0].start):
        return None
    skip = _time_words_at(toks, lang)  # "…, afirmó este martes el ministro", "dijo ayer la alcaldesa"
    if skip and skip < len(toks) and (toks[skip].key in lang.determiners or _is_cap(toks[skip])):
        toks = toks[skip:]
    elif skip and (
        skip == len(toks)
        or _lower0(toks[skip].text)
        or not _gap_clean(text, toks[skip - 1].end, toks[skip].start)
    ):
        return None  # "The agreement, announced Thursday in Winnipeg, will …": a time, no speaker
    for filler in lang.data.inversion_fillers:  # "…, sostuvo por su parte la patronal"
        n = len(filler)
        if len(toks) > n and all(toks[i].key == w for i, w in enumerate(filler)):
            toks = toks[n:]
            break
    first = toks[0]
    if lang.data.verb_second and first.key in lang.data.name_connectors and _lower0(first.text):
        # "…, sagte von Arnim", "sagte von der Leyen": the surname with its particle of a person
        # named in full elsewhere
        n = _particle_name_len(text, toks, 0, lang)
        if n:
            return classify(text, toks[:n], lang)
    if first.key in lang.data.hearer_markers and first.key not in lang.determiners:
        return _subject_after_hearer(text, toks, hi, lang)
    if lang.data.verb_second and first.key in lang.determiners and len(toks) > 1:
        titled = _quoted_title_after(text, toks, lang)
        if titled is not None:
            return titled  # "…, berichtete der „Tagesspiegel“ unter Berufung auf …"
    # "…, said one of the people": a quantified description
    quantified = (
        len(toks) > 2 and first.key in lang.data.quantifiers and toks[1].key in lang.data.head_prepositions
    )
    if not (
        quantified
        or first.key in lang.determiners
        or _is_cap(first)
        or _head_key(first, lang)
        or _possessive(first)
    ):
        return _false_title_name(text, toks, lang) or _bare_compound(text, toks, lang)
    if first.key in lang.pronouns or (first.key in lang.function_words and first.key not in lang.determiners):
        return None
    taken: list[Token] = [first]
    # (each word's facts looked up once, then read as fields: tf those of taken[-1])
    table = mention_facts_table(lang)
    tf = mention_facts(first, lang, table)
    for i in range(1, len(toks)):  # (an index loop: enumerate with a start is a generic call)
        t = toks[i]
        if not (
            _gap_clean(text, taken[-1].end, t.start) or _title_abbreviation_gap(text, taken[-1], t, lang)
        ):
            break
        k = t.key
        f = mention_facts(t, lang, table)
        after_head = tf.head_key is not None
        if (
            after_head
            and f.coordinator
            and i + 1 < len(toks)
            and mention_facts(toks[i + 1], lang, table).head_key is not None
            and _gap_clean(text, t.end, toks[i + 1].start)
        ):
            # "…, estime la PDG et cofondatrice de la société, Aminata Koné": two titles, one person
            taken.append(t)
            tf = f
            continue
        if f.date_prep and i + 1 < len(toks) and mention_facts(toks[i + 1], lang, table).calendar:
            break  # "sagte ein Sprecher am Vormittag": a time, not the speaker's complement
        if lang.data.verb_second and len(k) == 4 and k.isdigit() and k[:2] in ("19", "20"):
            break  # German "sagte die Kämmerin 2019 im Stadtrat": a year, not part of the speaker
        if f.phrase_stop and not (after_head and (f.head_prep or f.prep)):
            break
        if (
            after_head
            and f.phrase_stop
            and not f.head_prep
            and i + 1 < len(toks)
            and _lower0(toks[i + 1].text)
            and toks[i + 1].key not in lang.determiners
            and _head_key(toks[i + 1], lang) is None
        ):
            break  # "explicó la funcionaria en rueda de prensa": a circumstance, not the title's complement
        if f.adverbial_prep and taken:
            break  # "die Frau unter Tränen": an adverbial, not the speaker's complement
        if lang.data.verb_second and f.hearer and not f.definite and not f.prep:
            break  # "sagte Hoffmann unserer Zeitung": the hearer, not the speaker's complement
        if f.cue and not f.head_key:
            break
        if (
            lang.data.genitive_articles
            and lang.data.cased
            and f.det
            and not f.genitive
            and not k.startswith("ein")  # ("sagte die Ministerin ein Jahr später": a time, read later)
            and tf.cap
            and not tf.det
        ):
            # "begründete die Kammer ihr Urteil", "sagte die Ministerin dem Sender": the object's or the
            # hearer's article, not a genitive on the speaker
            break
        if _past_with_object(toks, i, lang):
            break  # "…, said officers found the truck": the report's subject and its verb, no speaker
        if after_head and _present_with_object(toks, i, lang):
            return None  # "…, says team needs more urgency": a headline's report, no inverted speaker
        if f.func and not f.det and not f.prep and not f.conn:
            break
        taken.append(t)
        tf = f
        if len(taken) >= 10:
            break
    while taken and (
        (taken[-1].key in lang.function_words and taken[-1].key not in lang.data.name_connectors)
        # "berichtet die Zeitung weiter", "sagte die Sprecherin zudem": an adverb after the phrase
        or (len(taken) > 1 and taken[-1].key in lang.cue_fillers and _lower0(taken[-1].text))
        # German "…, machte der Konzern klar", "ließ der Verein mitteilen": the cue's own particle
        or (len(taken) > 1 and _lower0(taken[-1].text) and _cue_particle(taken[-1].key, lang))
        # German "antwortete Kessler knapp", "sagte X einmal": a lowercase word after a capitalised
        # one is an adverb (nouns and names are capitalised; "von"/"zu" particles precede the name)
        or (
            len(taken) > 1
            and lang.data.verb_second
            and lang.data.cased
            and _lower0(taken[-1].text)
            and taken[-1].key.isalpha()
            and _is_cap(taken[-2])
            and taken[-1].key not in lang.data.name_connectors
        )
    ):
        taken.pop()
    if not taken:
        return None
    m = classify(text, taken, lang)
    # "…, afirmó la rectora, Lucía Prieto": a role the lexicon does not know, then the name
    unknown_role = (
        m is None
        and 2 <= len(taken) <= 3
        and taken[0].key in lang.determiners
        and all(_lower0(t.text) and t.key not in lang.function_words for t in taken[1:])
    )
    # "…, anunció la ministra para la Transición Ecológica, Lucía Ferrer": a title of an institution
    # whose capitalised name the classifier took for a person; the name in apposition is the speaker
    titled_of = m is not None and m.kind == "name" and _title_of_institution(taken, lang)
    if (m is not None and m.kind != "name") or unknown_role or titled_of:
        # "…, reconnaît l'élu de la Somme, Paul Vasseur, joint par téléphone": the name in apposition
        after = tokens(text, taken[-1].end, min(hi, taken[-1].end + 80))
        name: list[Token] = []
        appositive = bool(after) and text[taken[-1].end : after[0].start].strip(SPACE) == ","
        if appositive and _is_cap(taken[-1]):
            # "el ministro de Agricultura, Pesca y Alimentación, Andrés Villalba": the list of what
            # the title is of goes on first
            ai = 0
            while ai < len(after) and (
                _is_cap(after[ai]) or (ai > 0 and after[ai].key in lang.data.coordinators)
            ):
                if text[after[ai].end : after[ai].end + 1] == ",":
                    if ai + 1 < len(after) and any(t.key in lang.data.coordinators for t in after[:ai]):
                        after = after[ai + 1 :]
                    break
                ai += 1
        if appositive:
            for ni, t in enumerate(after[:6]):
                if (_is_cap(t) or t.key in lang.honorifics) and (
                    not name or _gap_clean(text, name[-1].end, t.start)
                ):
                    name.append(t)
                elif (
                    len(name) >= 2
                    and t.key in lang.data.name_connectors
                    and _lower0(t.text)
                    and any(_is_cap(u) for u in after[ni + 1 : ni + 3])
                ):
                    name.append(t)  # "Marta Bosch i Ferrer", "Ana García de la Torre": a connector inside
                else:
                    break
            while name and _lower0(name[-1].text):
                name.pop()
        if len(name) >= 2:
            end = name[-1].end
            rest = text[end : min(hi, end + 2)].strip(SPACE)
            nxt = tokens(text, end, min(hi, end + 20), 1)
            # "…, said the study's lead author, Dr Ana Ruiz of the University of X."
            # (or the dash closing an incise: "—dijo el capitán, Facundo Aranda—. …")
            # (or a party's tag: "…, la ministre de la Mobilité, Elke Vandermeersch (Groen), à …")
            if rest[:1] in ("", ",", ".", ";", "—", "–", "(") or (
                nxt and nxt[0].key in lang.data.prepositions and _gap_clean(text, end, nxt[0].start)
            ):
                nm = classify(text, name, lang)
                if nm is not None and nm.kind == "name":
                    return nm
    return m


def _subject_after_hearer(text: str, toks: list[Token], hi: int, lang: CompiledLanguage) -> Mention | None:
    """'…, declaró a esta agencia el portavoz', 'explicó a los periodistas la alcaldesa', 'dijo a Efe el
    ministro': a hearer between an inverted cue and its subject. The subject starts at the first
    lower-case article after the hearer's noun phrase (never the hearer itself)."""
    for k in range(2, min(len(toks), 8)):
        t, prev = toks[k], toks[k - 1]
        if not _gap_clean(text, prev.end, t.start):
            return None  # a comma or a mark before any subject: no inverted subject here
        if (
            t.key in lang.determiners
            and _lower0(t.text)
            and t.key not in lang.data.prepositions
            and prev.key not in lang.data.prepositions
            and prev.key not in lang.determiners
            and prev.key not in lang.data.name_connectors
        ):
            m = subject_after(text, t.start, hi, lang)
            return m if m is not None and m.kind != "pronoun" else None
    return None


def plain_subject_after(text: str, a: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """'« … », raconte la jeune femme' / '“…,” said the bartender': after a quotation, its comma and an
    inverted cue, an article and one to three lower-case words the lexicon does not know are still
    the subject (a person description, resolved like "the 51-year-old"). Only for that position."""
    if not lang.data.cased:
        return None
    toks = tokens(text, a, min(hi, a + 80), 5)
    if not toks or not _gap_clean(text, a, toks[0].start):
        return None
    first = toks[0]
    k0 = first.key
    glued = lang.data.elided_articles and k0[:2] in ("l'", "d'") and len(k0) > 3
    if k0 not in lang.determiners and not glued:
        return None
    words = [first] if glued else []
    for t in toks[1:]:
        if len(words) >= 3 or not _gap_clean(text, (words[-1] if words else first).end, t.start):
            break
        k = t.key
        if k in lang.function_words or k in lang.cues or k in lang.data.prepositions:
            break
        words.append(t)
    if not words:
        return None
    for t in words:
        k = unelide(t.key, lang)
        if (
            not k.replace("-", "").isalpha()
            or _upper0(t.text)
            and t is not first
            or k in lang.data.calendar_words
            or k in lang.data.time_words
            or k in lang.data.non_sources
        ):
            return None
    end = words[-1].end
    nxt = text[end : min(hi, end + 2)].strip(SPACE)
    if nxt[:1] not in ("", ",", ".", ";", "!", "?"):
        after = tokens(text, end, min(hi, end + 30), 1)
        if not after or (
            after[0].key not in lang.data.prepositions and after[0].key not in lang.data.phrase_stops
        ):
            return None
    definite = k0 in lang.data.definite_articles or (glued and k0[:2] == "l'")
    gender = lang.data.article_genders.get(k0[:2] if glued else k0, "?")
    for t in words:
        g = lang.data.gendered_words.get(unelide(t.key, lang))
        if g:
            gender = g
    start = first.start
    return Mention(start, end, "descriptor", text[start:end], [], "person", set(), definite, False, gender)


def _time_words_at(toks: list[Token], lang: CompiledLanguage) -> int:
    """How many tokens at the start of `toks` make a time adverbial: "ayer", "el lunes", "este martes"."""
    k = 0
    while k < len(toks) and k < 4:
        key = toks[k].key
        if key in lang.calendar_words or (key in lang.data.time_words and key not in lang.data.time_openers):
            k += 1
        elif (
            key in lang.data.time_openers
            and k + 1 < len(toks)
            and (toks[k + 1].key in lang.calendar_words or toks[k + 1].key in lang.data.time_words)
        ):
            k += 2
        else:
            break
    return k


def _false_title_name(text: str, toks: list[Token], lang: CompiledLanguage) -> Mention | None:
    """'…,' says actress Kayla Brennan / said striker Tom Lee: a bare lower-case role (a "false
    title", no article) right before a name; the name is the subject."""
    if not lang.data.cased:
        return None
    k = 0
    while (
        k < min(2, len(toks))
        and _lower0(toks[k].text)
        and toks[k].key not in lang.function_words
        and toks[k].key not in lang.cues
        and toks[k].key not in lang.calendar_words
    ):
        k += 1
    name: list[Token] = []
    for t in toks[k : k + 4]:
        if not _is_cap(t):
            break
        name.append(t)
    if k == 0 or len(name) < 2:
        return None
    run = toks[: k + len(name)]
    if not all(_gap_clean(text, run[x].end, run[x + 1].start) for x in range(len(run) - 1)):
        return None
    m = classify(text, name, lang)
    return m if m is not None and m.kind == "name" else None


def _bare_compound(text: str, toks: list[Token], lang: CompiledLanguage) -> Mention | None:
    """A headline's bare noun phrase after the cue: "…, says energy network", "says rail union"."""
    for j in range(1, min(3, len(toks))):
        if not all(
            _lower0(t.text) and t.key not in lang.function_words and t.key not in lang.cues
            for t in toks[: j + 1]
        ) or not _gap_clean(text, toks[j - 1].end, toks[j].start):
            return None
        if _head_key(toks[j], lang) is not None:
            if _present_with_object(toks, j + 1, lang):
                return None  # "…, says ferry service gets new boats": the report's subject and verb
            m = classify(text, toks[: j + 1], lang)
            return m if m is not None and m.kind in ("descriptor", "org") else None
    return None


def _present_with_object(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """A lower-case present form in "-s" right after a bare head noun, with a word of its object after
    it ("says team needs more urgency", "says department wants new leadership"): a headline's report,
    its subject and verb. Not a plural noun of a person ("said police officers at the scene"), nor
    after an article ("said the union leaders")."""
    if lang.data.verb_second or not lang.data.cased or i + 1 >= len(toks) or not 1 <= i <= 2:
        return False
    t, nxt = toks[i], toks[i + 1]
    k = t.key
    return (
        t.text[:1].islower()
        and all(u.text[:1].islower() and u.key not in lang.function_words for u in toks[:i])
        and len(k) >= 4
        and k.endswith("s")
        and not k.endswith(("ss", "'s", "’s"))
        and k not in lang.function_words
        and k not in lang.cues
        and _head_key(t, lang) is None
        and (
            nxt.key in lang.determiners
            or (
                nxt.text[:1].islower()
                and nxt.key not in lang.data.prepositions
                and _head_key(nxt, lang) is None
            )
        )
    )


def _past_with_object(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """A lower-case past form after the phrase's first word with an article or pronoun after it
    ("said officers found the truck", "says council ignored the police"): the words after the cue are
    a report's subject and verb, not an inverted speaker ("said the lawyer hired by the family" stays)."""
    t = toks[i]
    k = t.key
    if i + 1 >= len(toks) or not lang.data.past_suffixes or lang.data.verb_second:
        return False
    if not (k in lang.data.irregular_past or (k.endswith(lang.data.past_suffixes) and len(k) > 4)):
        return False
    nxt = toks[i + 1].key
    return (
        t.text[:1].islower()
        and toks[i - 1].key not in lang.determiners
        and (nxt in lang.determiners or nxt in lang.pronouns)
    )


def _cue_particle(k: str, lang: CompiledLanguage) -> bool:
    """Is `k` the particle that closes a split cue ("deutlich", "klar", "mitteilen", "ein", "hinzu")?"""
    if not lang.data.verb_second:
        return False
    if k in lang.data.separable_particles:
        return True
    return any(k in particles for particles in lang.data.split_particles.values())


def _quoted_title_after(text: str, toks: list[Token], lang: CompiledLanguage) -> Mention | None:
    """German "der „Tagesspiegel“", "die „Süddeutsche Zeitung“": an article, then a title of at most four
    capitalised words in quotation marks (a newspaper, a broadcaster); its name, or None."""
    if text[toks[0].end : toks[1].start].strip(SPACE) not in ("„", "»", "“"):
        return None
    for j in range(1, min(len(toks), 5)):
        t = toks[j]
        if not _is_cap(t) or (j > 1 and not _gap_clean(text, toks[j - 1].end, t.start)):
            return None
        if text[t.end : t.end + 1] in ("“", "«", "”"):
            if text[t.end + 1 : t.end + 2].isalnum() or text[t.end + 1 : t.end + 2] == "-":
                return None  # "sagte der „Bild“-Reporter": the title opens a compound
            m = classify(text, toks[1 : j + 1], lang)
            return m if m is not None and m.kind in ("name", "org") else None
    return None
