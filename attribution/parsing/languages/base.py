"""The shape of a language module: everything language-specific the engine needs, as data."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Final

# Characters that belong to a word (letters, digits and the combining marks of Indic scripts): defined
# with WordSet, which this module's CompiledLanguage holds (imported for real, not only for type checking:
# the compiled dataclass needs the class object when it is built)
from attribution.parsing.wordset import (  # noqa: F401  (word-list regexes: base's names for them)
    _NUKTA,
    _NUKTA_PAIRS,
    NEVER_RE,
    WORD_CHARS,
    WordSet,
    _precompose_nukta,
    _unicode_variants,
    build_alternation,
    word_pattern,
    word_regex,
)


@dataclass(frozen=True)
class LanguageData:
    """Per-language lexicon. Keys are lower-case surface forms; the engine never hard-codes words."""

    code: str
    name: str
    script: str  # "Latin" or "Devanagari": used by detection and by name finding (cased or not)
    stopwords: frozenset[str]
    # surface form of a speech cue -> lemma ("said" -> "say", "a déclaré" -> "say", "कहा" -> "say")
    cues: dict[str, str]
    # lemmas that may introduce a that-less clause ("Zarif said the war needs ...")
    bare_clause_lemmas: frozenset[str] = frozenset()
    # participle forms that continue the sentence's speaker (", adding that ...")
    continuation_forms: frozenset[str] = frozenset()
    # cue forms with their pronoun subject built in (French "a-t-il dit") -> pronoun
    inverted_pronoun_cues: dict[str, str] = field(default_factory=dict)
    complementizers: tuple[str, ...] = ()
    according_to: tuple[str, ...] = ()  # "according to X, ...", "selon X, ..."
    according_to_post: tuple[str, ...] = ()  # "X के अनुसार ..." (postposition)
    # prepositions that open a source only before a person and at a sentence's start: French
    # "Pour elle, …", "Pour Anne Roy, …" (not "Pour le moment, …"); listed in according_to too
    according_to_persons: tuple[str, ...] = ()
    pronouns: dict[str, str] = field(default_factory=dict)  # pronoun -> "m" | "f" | "p" | "n" | "?"
    honorifics: dict[str, str] = field(default_factory=dict)  # "mr" -> "m"
    # title word or phrase -> concept class ("foreign minister" -> "foreign_minister")
    titles: dict[str, str] = field(default_factory=dict)
    # nouns that head a speaker description ("the ministry", "an official") -> concept class
    speaker_nouns: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # "french" -> "france"
    determiners: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()  # never part of a name or a subject phrase
    name_connectors: frozenset[str] = frozenset()  # lower-case particles inside names ("bin", "de")
    # adverbs/auxiliaries that may sit between a subject and its cue ("has also said")
    cue_fillers: frozenset[str] = frozenset()
    subject_markers: tuple[str, ...] = ()  # postpositions marking the subject of a cue (Hindi "ने")
    coordinators: tuple[str, ...] = ()  # "and", "और": join two cues of one speaker
    relative_pronouns: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    sentence_end: str = ".!?"
    abbreviations: frozenset[str] = frozenset()
    # words naming a thing, before a quotation mark, that make the quoted text a name, not speech
    naming_words: frozenset[str] = frozenset()
    # words that open an adverbial, not a reported claim ("Speaking in Moscow, X said")
    adverbial_openers: frozenset[str] = frozenset()
    # finite verb forms that close a clause (SOV languages: a relative clause after them is not reported)
    clause_final: frozenset[str] = frozenset()
    # auxiliaries and modals: one between a cue and "that" means a clause has already started
    clause_verbs: frozenset[str] = frozenset()
    infinitive_to: frozenset[str] = frozenset()  # "has emailed to say": the subject of the main verb
    # nouns after which "to" is a preposition, not an infinitive's marker ("in response to questions")
    prepositional_to_heads: frozenset[str] = frozenset()
    hearer_markers: frozenset[str] = frozenset()  # "à l'AFP", "au Monde": the hearer after a cue
    # "the agency quoted X as saying": verbs that hand the words to X, and the word before the cue
    quoting_verbs: frozenset[str] = frozenset()
    quoting_as: str = ""
    # time adverbs after a cue ("said yesterday the …"); openers take one more word ("last week")
    time_words: frozenset[str] = frozenset()
    time_openers: frozenset[str] = frozenset()
    # object/stressed pronouns after "according to" / "selon" -> gender
    object_pronouns: dict[str, str] = field(default_factory=dict)
    # possessive determiners -> gender, for source phrases made of one ("In his words, …")
    possessive_genders: dict[str, str] = field(default_factory=dict)
    definite_articles: frozenset[str] = frozenset()  # "the", "le", "la": a description that refers back
    # passive reporting ("had been told by X"): auxiliaries before the participle, and the agent marker
    passive_aux: frozenset[str] = frozenset()
    passive_agent: str = ""
    # "according to figures": sources that are numbers, not speakers (head nouns, singular)
    non_sources: frozenset[str] = frozenset()
    # function words that may open a that-less reported clause ("said there was", "said no one")
    clause_openers: frozenset[str] = frozenset()
    # perfect infinitives that report a claim after a cue: French "a reconnu avoir …"
    infinitive_markers: frozenset[str] = frozenset()
    # words that, after a comma, start the reporter's circumstance, ending a reported clause
    clause_trailers: frozenset[str] = frozenset()
    # participles of the reporter's gloss in apposition to a report: "…, a concession aimed at winning
    # approval": ", a(n)" and one to three words before one of them ends the report
    gloss_participles: frozenset[str] = frozenset()
    # where a report was spoken, after its clause: "said the bill would pass in an interview on Monday",
    # "accused X of Y at a news conference": a preposition of `setting_prepositions`, a
    # determiner, up to two modifiers and one of these nouns end the report
    utterance_settings: frozenset[str] = frozenset()
    # verbs whose preposition may follow a parenthetical cue: "Much depends, she said, on whether …"
    preposition_verbs: frozenset[str] = frozenset()
    setting_prepositions: frozenset[str] = frozenset()
    # concessive conjunctions whose clause, with a he/she subject, is the reporter's aside on the
    # speaker after a report ("…, though she would not commit to a date")
    concessive_openers: frozenset[str] = frozenset()
    # where the writer's own words take over after a report and a comma (English): "…, then spent an
    # hour on …" (a sequence word and a past verb), "…, but she would not say how" (a refusal: an
    # auxiliary, "not" and one of refusal_verbs)
    sequence_trailers: frozenset[str] = frozenset()
    # the writer's update on a report after ", and" / ", but": "…, and so far no one has been hired"
    # (not with a first-person subject: "…, and so far we have heard nothing" is the speaker's)
    status_openers: tuple[str, ...] = ()
    speaker_subjects: frozenset[str] = frozenset()
    refusal_verbs: frozenset[str] = frozenset()
    # an appositive that sums the report up in the writer's words ends it: "…, a pledge her rival has
    # called a stunt", "…, a charge he denies" (an indefinite article and one of these nouns)
    resumptive_nouns: frozenset[str] = frozenset()
    # labels of a teaser paragraph linking to another story ("READ MORE: …", "WATCH | …"): no quotes
    teaser_labels: frozenset[str] = frozenset()
    # prepositions that open a report's subject before a figure ("said about 300 members had left",
    # "said over 40 homes burned"); before anything else they stay prepositions ("said about the plan")
    figure_prepositions: frozenset[str] = frozenset()
    # two-word bounds before a figure ("said at least 60 homes …", "said at most 12 …"), joined by a space
    figure_bounds: frozenset[str] = frozenset()
    # phrases after a person's noun that say what the person runs, read like "responsible for": "The man
    # in charge of the ferry programme said …" (the words, joined by a space)
    charge_phrases: frozenset[str] = frozenset()
    # verbs of running something, after a person's noun ("The woman leading the rescue effort said …") or
    # its relative pronoun ("The man who runs the town's bakery said …"): a first mention, like "in charge of"
    charge_verbs: frozenset[str] = frozenset()
    # nouns that with "of" name what a person runs ("The head of the bureau's flood centre acknowledged …"):
    # the person named next, when the next sentence names someone new
    charge_heads: frozenset[str] = frozenset()
    # share words after a figure preposition that open a report's subject: "said about half of the nurses
    # had quit", "says nearly a third of her guests came from Alberta"
    fraction_words: frozenset[str] = frozenset()
    # auxiliaries of a progressive speech act ("… and is calling on the province to …")
    progressive_auxiliaries: frozenset[str] = frozenset()
    # abbreviations that often end a sentence ("around 2 a.m. She said …"): a full stop after one ends
    # the sentence when a capitalised pronoun or article follows
    final_abbreviations: frozenset[str] = frozenset()
    # clock abbreviations ("shortly after 11 p.m. “That's …”"): a full stop after one also ends the
    # sentence before an opening quotation mark (a time closes a clause; "the U.S. “…”" does not)
    clock_abbreviations: frozenset[str] = frozenset()
    # the noun of a clock time ("2.00 Uhr"): commas around the time ("von Mittwoch, 2.00 Uhr, bis …")
    # belong to the phrase, they end no clause
    clock_nouns: frozenset[str] = frozenset()
    # lower-case quantifiers before a plural noun ("an beiden Fahrzeugen", "in vielen Städten"): a
    # capitalised run right after one is a noun phrase, no name (a language that capitalises nouns)
    noun_quantifiers: frozenset[str] = frozenset()
    # names of countries ("norwegen"): a capitalised run ending in one ("Titelverteidiger Norwegen",
    # "gegen Gastgeber Dänemark") is a team or a state, no person
    country_names: frozenset[str] = frozenset()
    # the preposition of a speaker's home town after the name ("Der Projektierer Nordwind aus Bremen
    # kündigte an"): the place closes the phrase, the speaker stands before it
    origin_prepositions: frozenset[str] = frozenset()
    # words after which a number with a full stop is an ordinal, not a sentence's end: German "gegen den
    # 1. FC Köln", "am 3. Oktober", "beim 2. Versuch"
    ordinal_openers: frozenset[str] = frozenset()
    # "the company", "le groupe": descriptions that point back to an organisation named before
    anaphoric_org_nouns: frozenset[str] = frozenset()
    # a capitalised unit noun and its number that end a name make an organisation ("Unifor Local 444
    # said", "Local 583 has warned"), not a person ("a local")
    numbered_org_words: frozenset[str] = frozenset()
    # public bodies: "the agency is urging …" right after "…, Environment Canada warned" is that body
    anaphoric_body_nouns: frozenset[str] = frozenset()
    # "police said" alone after a named force spoke ("Nova Scotia RCMP say …. Police said …"): that
    # force; the bare nouns, and the words that make a speaker's name a police force's
    bare_police_nouns: frozenset[str] = frozenset()
    # a speech act with a noun object after its preposition ("… but asked for privacy", "and called for
    # calm"): after a coordinator it is the speaker's next act, and ends the report before it
    request_prepositions: dict[str, str] = field(default_factory=dict)
    # cues that name their hearer before what is said ("informed the board that …"): right before a
    # quotation, with no hearer, they are no cue ('keep the community informed "at every step"')
    hearer_first_lemmas: frozenset[str] = frozenset()
    # a reason clause after a parenthetical cue goes on with the report ("The plan was dropped, she
    # said, because it cost too much"); a time clause may be the reporter's ("…, she said, after …")
    reason_openers: frozenset[str] = frozenset()
    # a demonstrative standing for people before a relative clause: "Several of those who attended
    # said …", "Many of those who lost homes say …"
    demonstrative_heads: frozenset[str] = frozenset()
    # "who asked that her name not be used": the anonymous source's terms, never a report
    anonymity_nouns: frozenset[str] = frozenset()
    # words of a source's terms of anonymity in an infinitive after a request ("que pidió no ser
    # identificado", "qui a souhaité garder l'anonymat"): the infinitive is no report
    anonymity_infinitive_words: frozenset[str] = frozenset()
    # words that open a time phrase after a participle ("the lawsuit filed last week")
    time_relatives: frozenset[str] = frozenset()
    # a participle after a comma that tells what the speaker pointed to or cited, the reporter's
    # account: it ends the report ("said she did not believe him, pointing to an email …")
    account_gerunds: frozenset[str] = frozenset()
    # "the group said" names no kind of body: any organisation named with an organisation noun fits
    generic_org_nouns: frozenset[str] = frozenset()
    police_force_words: frozenset[str] = frozenset()
    # what a speaker says as the cue's object before a preposition: "said nothing about …", "said little of …"
    said_object_words: frozenset[str] = frozenset()
    # cues whose complement is a question ("asked whether …"): a quotation after it and a colon answers it
    question_cue_lemmas: frozenset[str] = frozenset()
    answer_clause_openers: frozenset[str] = frozenset()  # "… when a reporter asked whether …"
    # the level of an office before its title, lower-case: "state Rep. X", "provincial Health Minister X"
    office_levels: frozenset[str] = frozenset()
    said_object_topics: frozenset[str] = frozenset()
    # nouns for an unnamed informant: "a source close to the couple" … "the insider" … "the pal" are
    # one person when nobody else was described that way
    informant_nouns: frozenset[str] = frozenset()
    # third-person plural pronouns that may stand for one person of unstated gender (singular "they")
    singular_they: frozenset[str] = frozenset()
    # nouns for a group that "they" may stand for ("police", "the family"): no singular "they" near one
    collective_nouns: frozenset[str] = frozenset()
    # what someone issues and that then "adds" or "says" for them ("the statement added"); not studies
    # or reports, which are not their authors' speech
    issued_documents: frozenset[str] = frozenset()
    # words a sentence start capitalises before a name that are never part of it ("Former", "Late")
    non_name_openers: frozenset[str] = frozenset()
    # cues whose report may be a gerund clause ("recalled seeing", "denied taking") and its ending
    gerund_lemmas: frozenset[str] = frozenset()
    gerund_suffix: str = ""
    # a gerund set off after a cue's comma ("affirme-t-elle, en citant une note qu'elle a consultée"):
    # its marker and the present participle's ending; a "que" after it is the gerund clause's own
    gerund_markers: frozenset[str] = frozenset()
    present_participle_suffix: str = ""
    # prepositions that make a cue's gerund an adverbial of the clause it sits in ("said the city
    # should cut costs before asking owners to pay more"): inside another report, no report of its own
    gerund_adverbial_heads: frozenset[str] = frozenset()
    # adjectives follow the noun ("l'entraîneur rennais"): one may end a subject description
    postnominal_adjectives: bool = False
    # small numbers written as words ("the mother of four")
    number_words: frozenset[str] = frozenset()
    # words of a negation before such an infinitive ("il dit ne pas comprendre …"): the first opens it
    infinitive_negations: frozenset[str] = frozenset()
    # endings of a bare infinitive that reports a claim after a cue ("il dit comprendre …")
    infinitive_suffixes: tuple[str, ...] = ()
    # given names shaped like nationalities ("Adrian", "Julian"): never guessed to be demonyms
    demonym_like_names: frozenset[str] = frozenset()
    elided_articles: bool = False  # French "l'élu": the article is glued to the noun
    # month and weekday names: never the start of a name, and fillers between a subject and its cue
    calendar_words: frozenset[str] = frozenset()
    # letters after a name that are not part of it: "Alexandra Price KC" is Alexandra Price
    postnominals: frozenset[str] = frozenset()
    # words that make a registered name an organisation, not a person ("ministry", "ministère")
    org_words: frozenset[str] = frozenset()
    # the endings a genitive article (genitive_articles) puts on an organisation noun: "nach Angaben
    # des Umweltbundesamtes" names the Umweltbundesamt (the article and the -es are no part of it)
    genitive_endings: tuple[str, ...] = ()
    # last words of a company's name ("Corp", "Ltd", "SA"): "the company" may point back to it even
    # when it was named as an object ("Shares in Acme Corp fell after the company warned")
    company_suffixes: frozenset[str] = frozenset()
    # words that end a speaker phrase after its head: "an official in Kyiv said" -> "an official"
    phrase_stops: frozenset[str] = frozenset()
    # prepositions a speaker phrase may continue with after its head ("a spokesman for the ministry")
    head_prepositions: frozenset[str] = frozenset()
    # "one of the aides", "l'un des négociateurs": one unnamed member of a group
    quantifiers: frozenset[str] = frozenset()
    # conjunctions that open a subordinate clause before a subject ("after", "quand")
    subordinators: frozenset[str] = frozenset()
    # words that open a subordinate clause only as the head before a parenthetical cue ("Once the
    # bridge reopens, she said, traffic will ease"); kept apart from `subordinators` (adverbs too)
    head_subordinators: frozenset[str] = frozenset()
    # conjunctions opening a subordinate clause: German "X arbeiteten in Teilzeit, weil sie …, sagte Y"
    # sets it off by commas like an appositive, but it is the fronted report's, not the subject's
    clause_conjunctions: frozenset[str] = frozenset()
    # finite halves of separable cues that are cues only when their particle closes the clause (before
    # its comma): German "machte am Montag deutlich, dass …", "stellte im Landtag klar, …"
    split_particles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # agentless cues that close the clause after a report, cues only after one of their openers (the
    # clause's first words): German "…, wie es in der Fraktion hieß", "…, ist aus dem Umfeld zu
    # hören", "…, wie aus Parteikreisen verlautete"; the source is a prepositional phrase between
    # cues that introduce only what a colon opens: "formuliert es so: „…“" (not "…, so dass …")
    colon_only_cues: frozenset[str] = frozenset()
    clause_final_cues: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # words opening a verb-second sentence with an object, never its subject: German "Dem SPIEGEL sagte
    # der Minister", "Den Reportern erklärte sie", "Gegenüber der „Bild“ sagte X" (the subject follows)
    object_openers: frozenset[str] = frozenset()
    # adjective endings no name has: German "Zusätzliche Kredite", "Politische Beobachter" opening a
    # sentence are a noun phrase, not a person (registry/runs.py, _common_noun_run)
    adjective_suffixes: tuple[str, ...] = ()
    # the particles of separable cues that close the clause after an inverted subject: German "…,
    # räumte der Sprecher ein", "…, wandte die Ministerin ein" ("ein" is also an article)
    separable_particles: frozenset[str] = frozenset()
    # party names, folded, and the form a compound uses -> the party: "(CDU)" after a name, "der
    # CDU-Politiker", "die Grünen-Politikerin" ("grünen" -> "grüne"); a description of one party is
    # nobody known to belong to another
    parties: dict[str, str] = field(default_factory=dict)
    # lower-case words that may precede a title before a name ("senior", "former")
    title_modifiers: frozenset[str] = frozenset()
    # object pronouns naming the hearer after a cue ("told him the deal was off")
    hearer_pronouns: frozenset[str] = frozenset()
    # the preposition of a date between a subject and its cue ("Smith on Tuesday said", "le 3 mai")
    date_prepositions: frozenset[str] = frozenset()
    # endings of regular past-tense verbs ("expected"): a bare noun followed by one opens a clause
    past_suffixes: tuple[str, ...] = ()
    # common irregular past-tense forms ("met", "took"): like a regular past, they make a clause
    irregular_past: frozenset[str] = frozenset()
    # past forms that are also the present or a noun ("cut", "forecast"): a past only as the first verb
    # of the sentence with a determiner after it ("The firm cut its outlook and said …")
    ambiguous_past: frozenset[str] = frozenset()
    # prepositions inside a proper name ("Bank of England", "Transport for London", "Banque de France")
    name_prepositions: frozenset[str] = frozenset()
    # "her", "son": a description with one names someone's own lawyer, spokesman…: only that exact role
    possessive_determiners: frozenset[str] = frozenset()
    # "este hombre", "this man": a demonstrative description of a person points back to the one just
    # quoted
    demonstratives: frozenset[str] = frozenset()
    indefinites: frozenset[str] = frozenset()  # "एक": an indefinite description is not resolved
    # SOV cues whose subject carries no ने: "मंत्री बोले" (intransitive), "X का कहना है" (genitive)
    unmarked_subject_cues: frozenset[str] = frozenset()
    genitive_subject_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words that give a titled person's gender: "spokeswoman", "la" (la ministre), "directrice"
    gendered_words: dict[str, str] = field(default_factory=dict)
    # words before a capitalised run that make it a place or institution rather than a person ("the")
    oblique_markers: frozenset[str] = frozenset()
    # conjunctions that carry a reported sentence on after a parenthetical ("…, she says, but …")
    contrast_words: frozenset[str] = frozenset()
    # impersonal pronouns of inverted cues ("a-t-on appris de source sûre"): the source follows
    impersonal_pronouns: frozenset[str] = frozenset()
    # words opening the phrase before an impersonal subject that names its source ("Dans l'entourage
    # du ministre, on assure que …", "Chez Renault, on indique que …", "Du côté de la mairie, on …")
    impersonal_openers: frozenset[str] = frozenset()
    # words that address someone inside a quotation ("…, monsieur Vidal ?"): the one addressed is not
    # the one who speaks
    vocatives: frozenset[str] = frozenset()
    # honorifics that are also professions: French "Me" (maître, a lawyer) -> title class
    honorific_titles: dict[str, str] = field(default_factory=dict)
    # titles that stay in the name of a holder known by one name ("Pope Francis", "King Charles",
    # "Papst Leo"): the one name alone would make a different person
    regnal_titles: frozenset[str] = frozenset()
    # the gender an article gives an unknown person noun ("le sexagénaire", "une passante"); not used
    # for titles, which a woman may also hold with a masculine article ("le porte-parole")
    article_genders: dict[str, str] = field(default_factory=dict)
    # endings of a capitalised demonym used as a noun for a person ("le Bernois", "la Québécoise")
    demonym_noun_suffixes: tuple[str, ...] = ()
    # SVO languages put the subject before the cue or invert it after; SOV marks it with a postposition
    word_order: str = "svo"
    # French dialogue: a line opened by a dash whose incise follows a comma or the line's own "?" / "!"
    # ("— Je ne sais pas, répond l'accusé.", "— Pourquoi ? demande le président."), not a second dash
    dialogue_comma_incise: bool = False
    # verbs that introduce a line of dialogue in such an incise though they are no cue elsewhere
    # ("demande": also the noun "la demande")
    dialogue_incise_verbs: frozenset[str] = frozenset()
    # a regex for a short tag set off by commas after a name that is neither a name nor an appositive
    # (US party and state: "Sen. Jane Roe, D-Ohio, said"); matched from its first comma to its last
    name_tag_pattern: str = ""
    # regions written after a town, set off by commas ("a nurse in Columbus, Ohio, says", "of Oshawa,
    # Ont., who …"): blanked like a name tag when the subject is looked for before appositives
    region_tags: tuple[str, ...] = ()
    # a regex whose group 1 is the name an unnamed source is given in a relative clause ("a mother,
    # who asked to be identified only by her first name, Sarah, …, said")
    self_naming_pattern: str = ""
    # endings of past participles ("consultadas"): "fuentes … consultadas por EFE dijeron", a source
    # phrase post-modified by a passive participle and its agent (`passive_agent`)
    participle_suffixes: tuple[str, ...] = ()
    # past participles that open an appositive after the subject ("The lawsuit, filed in March, says
    # the county …", "The mayor, elected in 2022, said …"): endings, and irregular forms
    appositive_participle_suffixes: tuple[str, ...] = ()
    appositive_participles: frozenset[str] = frozenset()
    # prepositions that open a sentence with its source and an impersonal verb ("Desde la CUT
    # advirtieron que …": the union)
    source_openers: frozenset[str] = frozenset()
    # the subject pronoun may be dropped ("Añadió que …", "Según ha explicado, …"): a cue that opens its
    # sentence with no subject continues the last speaker
    pro_drop: bool = False
    # verb-second clauses (German): after a fronted phrase the finite verb comes next and the subject
    # after it ("Am Montag sagte X, …", "Laut X greift der Plan zu kurz", "Wie X mitteilte, …")
    verb_second: bool = False
    # words opening an "as"-clause that names a source before the report ("Wie X mitteilte, …")
    as_openers: frozenset[str] = frozenset()
    # impersonal cues whose source is a phrase before them ("Aus Regierungskreisen hieß es, …")
    impersonal_cues: frozenset[str] = frozenset()
    # demonstratives that open a sentence naming the speaker of the quotation before it ("„…“ Das
    # sagte X.")
    demonstrative_reports: frozenset[str] = frozenset()
    # words opening a sentence before its cue that make the sentence before it the report: Spanish
    # "La reforma llegará en junio. Así lo anunció la ministra" (constructions/so_said.py)
    previous_sentence_reports: frozenset[str] = frozenset()
    # clitic pronouns and the negation that stand before a finite verb ("La subida, añadió, no se aplicará")
    verb_clitics: frozenset[str] = frozenset()
    # generic interview labels ("Frage:", "Antwort:"): the answers are the person introduced before
    interview_labels: frozenset[str] = frozenset()
    # words after "NN-" that describe a person by age: German "52-Jährige" ("the 52-year-old")
    age_words: frozenset[str] = frozenset()
    # the age said as a phrase after its number ("ein 58 Jahre alter Fahrer"): the same age as an
    # age word gives ("der 58-Jährige")
    age_phrase: str = ""
    # finite cue forms whose subject is plural: the pronoun before or after them is "they" (German
    # "sie" is "she" or "they": "Sie sagen, …", "„…“, sagten sie")
    plural_cue_forms: frozenset[str] = frozenset()
    # plural definite articles of a group that a plural pronoun stands for when the last speaker was one
    # person (French "les", Spanish "los", "las": "Une réponse jugée insuffisante par les syndicats.
    # « … », rétorquent-ils"): the group, not the minister quoted before
    plural_group_determiners: frozenset[str] = frozenset()
    # an unnamed subject's phrase may go on in lower case after its head noun ("Une riveraine de la rue
    # des Tilleuls, qui …, montre …. « … », soupire-t-elle"): French, Spanish (German capitalises nouns)
    lowercase_unnamed_subjects: bool = False
    # prepositions of a short circumstance between a cue and its quotation ("a dénoncé dans un communiqué
    # « … »", "denunció ante la prensa «…»"): stepped over like a comma
    cue_circumstance_prepositions: frozenset[str] = frozenset()
    # modal verbs: a plural cue form after one in its clause is an infinitive, no speech act of its own
    # (German "Wann die Strecke frei sei, könne man nicht sagen")
    modal_verbs: frozenset[str] = frozenset()
    # finite verbs that are only plural ("sind", "hätten"): the subject before them is a group
    plural_verb_forms: frozenset[str] = frozenset()
    # auxiliaries of a perfect tense: "X hatte in ihrem Plädoyer erklärt": the subject stands before
    # the auxiliary (or right after it), the participle cue at the end of the clause
    perfect_aux: frozenset[str] = frozenset()
    # languages that capitalise every noun (German): endings and frequent nouns that a name never has
    noun_suffixes: tuple[str, ...] = ()
    # articles of a genitive after a head noun ("der Sprecher des Ministeriums"): like "of the"
    genitive_articles: frozenset[str] = frozenset()
    # name connectors that, after the title of a town's head, introduce the town ("Bürgermeister von X")
    place_of_title_connectors: frozenset[str] = frozenset()
    # nouns of a statement that, after only an article, refer back to the one just quoted ("Den Angaben
    # zufolge …", "Diesen Informationen zufolge …")
    anaphoric_report_nouns: frozenset[str] = frozenset()
    # labels of page furniture before a colon ("Foto: …", "Interview: …"): a credit or byline, never a
    # speaker's turn in a transcript
    furniture_labels: frozenset[str] = frozenset()
    # articles of the singular genitive whose noun takes an "-s" that is no plural ("des Ministers")
    singular_genitive_articles: frozenset[str] = frozenset()
    # title heads that end compound titles ("Bahnchef", "Konzernsprecherin"): a word ending on one
    # is a title (longest first)
    title_suffixes: tuple[str, ...] = ()
    # articles that join a name only right after a particle ("von der Leyen", "van den Berg")
    follow_connectors: frozenset[str] = frozenset()
    common_nouns: frozenset[str] = frozenset()
    # the writer's own pronoun: "I have thought about …", "I said the plan was wrong" in a column
    # report the author, who is no speaker of the article's quotations
    first_person: frozenset[str] = frozenset()
    # words that open an indirect question, never a claim: "declined to say whether the clinic …"
    question_openers: frozenset[str] = frozenset()
    # words that open the indirect question a cue of asking reports ("fragte, warum die Stadt …",
    # "wollte wissen, ob …"): after an "ask" cue that question is the report itself
    asked_question_words: frozenset[str] = frozenset()
    # verbs that, after a coordinator, are the reporter's account of the speaker, not part of the
    # report: "said it was studying the decision and declined to comment further"
    report_enders: frozenset[str] = frozenset()
    # verbs of restating that, after a coordinator and before a possessive, are the speaker's next act:
    # "complained that A and reiterated her call for B", "said A and repeated his demand that …"
    restating_enders: frozenset[str] = frozenset()
    # words of the writer's distance between a naming cue and its quotation: 'what the narrator calls
    # the so-called "new normal"' names nothing in the speaker's words
    naming_blockers: frozenset[str] = frozenset()
    # two-word openings that look like a circumstance but quantify a claim: "At least 27 people …"
    quantity_openers: frozenset[str] = frozenset()
    # words right before a name that make it the interviewer's, not the interviewee's ("our reporter
    # Dan Whitt", "interviewed by Tom Akers"): folded, matched at the end of the words before the name
    interviewer_markers: tuple[str, ...] = ()
    # articles and possessives that a verb never follows: a cue word right after one is a noun ("the
    # state fire marshal", "a warning", "its report")
    noun_determiners: frozenset[str] = frozenset()
    # indefinite articles: a cue's bare form two words after one is a noun with its modifier ("a
    # Pennsylvania rule that …", "a new report that …"); a verb's subject would make it "rules"/"ruled"
    indefinite_articles: frozenset[str] = frozenset()
    # given names that are one gender only in the language's news (folded): a name's first word gives
    # its gender when no honorific or title does ("she" then never goes to "Frank Osei")
    given_name_genders: dict[str, str] = field(default_factory=dict)
    # cue lemmas whose next noun phrase is their object, never an inverted subject ("…, a source told
    # Anadolu": Anadolu is told, it does not tell)
    object_cue_lemmas: frozenset[str] = frozenset()
    # nouns whose own clause a "that" after them opens, never a cue's report ("the fact that …")
    that_nouns: frozenset[str] = frozenset()
    # cue lemmas that report a belief, not speech ("Many scientists believe that …"): never a cue
    belief_lemmas: frozenset[str] = frozenset()
    # cue lemmas that also report evidence, and the nouns that make their subject evidence, not a
    # speaker ("the data suggests that …", "these figures indicate", "the study shows")
    evidence_lemmas: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    # finite verb forms of the mood of reported speech (German Konjunktiv I and the Konjunktiv II that
    # stands in for it where the two moods coincide): a sentence with one outside quotation marks and
    # no cue of its own, right after a quotation, goes on reporting the same speaker ("…, sagte Berger.
    # Die Deiche seien stabil. Man beobachte die Lage.")
    reported_mood_forms: frozenset[str] = frozenset()
    # set adverbials that may stand between a cue and its inverted subject ("…, sostuvo por su parte la
    # patronal", "…, estime pour sa part le syndicat"): stepped over when the subject is looked for
    inversion_fillers: tuple[tuple[str, ...], ...] = ()
    # endings of the finite verbs that may open the rest of a sentence after a parenthetical cue ("La
    # digue, explique le maire, appartient à l'État": "-t"), where no list of verbs knows the verb
    tail_verb_suffixes: tuple[str, ...] = ()
    # organisations' head nouns that hold views, so that an according-to word kept for persons
    # (`according_to_persons`: "Pour …", "Para …") takes them too ("Para la Sala, …", "Pour le parquet, …")
    opinion_orgs: frozenset[str] = frozenset()
    # a mixed report ends after its last quoted words only before a clause of the reporter's (an opener
    # and a finite verb), not before a bare phrase that goes on with the report (French "a reconnu que
    # l'alerte avait été donnée « trop tard » dans certaines rues")
    mixed_tail_clause_only: bool = False
    # the ending of that mood's regular 3rd-person forms, recognised right next to one of
    # `reported_mood_pronouns` ("Man beobachte …", "Derzeit prüfe man …"), for verbs no list holds
    reported_mood_suffix: str = ""
    # endings of that mood's regular forms recognised anywhere after the sentence's first word (not
    # after an article or a preposition: Spanish "la consejería" is a noun), for verbs no list holds:
    # Spanish conditional "superaría", "exigirían"
    reported_mood_endings: tuple[str, ...] = ()
    reported_mood_pronouns: frozenset[str] = frozenset()
    # words that make such a form indicative ("ich habe") and set phrases that report nobody
    # ("es sei denn", "Gott sei Dank")
    reported_mood_blockers: frozenset[str] = frozenset()
    reported_mood_idioms: tuple[str, ...] = ()
    # endings the suffix rule above never takes ("Er prallte …": weak preterite, not the mood)
    reported_mood_not_suffixes: tuple[str, ...] = ()
    # words with the mood's ending that are no verbs ("gerne", "alleine", "lange")
    mood_lookalikes: frozenset[str] = frozenset()
    # the ending of forms that are both past indicative and the mood's stand-in ("Die Menschen spürten
    # …", "Umfragen zeigten …"): such a sentence goes on reporting only when the next one is in the mood
    # for sure; `indicative_forms` ("ist", "war", "hatten") make a sentence indicative for sure
    ambiguous_mood_suffix: str = ""
    # adverbs that look ahead from the time of speaking ("voraussichtlich", "künftig", "morgen"): with
    # a form of both moods they make it the mood's stand-in, not the narrative past ("Die Arbeiten
    # dauerten voraussichtlich bis in die Nacht" after a report goes on reporting)
    prospective_adverbs: frozenset[str] = frozenset()
    # adverbs that fill the first slot of a verb-second clause and never open a noun phrase ("Damit
    # fließe …", "Zudem fehle …"): the word after one, in the mood's ending, is the finite verb
    vorfeld_adverbs: frozenset[str] = frozenset()
    # impersonal cues of learning ("Aus Verhandlungskreisen erfuhr die dpa, …"): a report only when the
    # learner after the verb is no pronoun ("Aus der Zeitung erfuhr sie, …" is a story's narrative)
    learning_cues: frozenset[str] = frozenset()
    learner_pronouns: frozenset[str] = frozenset()
    indicative_forms: frozenset[str] = frozenset()
    # adverbs that name the source just quoted as the source of their own sentence ("Der Pegel lag
    # demnach bei 6,40 Metern": according to it)
    anaphoric_sources: frozenset[str] = frozenset()
    # words right after a participle cue that make it passive, no speech act of a speaker ("Es seien
    # 14 Anrufe gemeldet worden", "Es muss gesagt werden"): that participle is no cue
    passive_auxiliaries: frozenset[str] = frozenset()
    # an according-to phrase whose source is inside it (a regular expression with one group "src"):
    # German "Nach Polizeiangaben …" (the police), "Nach Brehms Worten …" (Brehm)
    according_inner: str = ""
    # cue words that are cues only after a comma or dash and before a speaker (a capitalised word or a
    # determiner): German "…, so der Minister" / "„…“, so Holzapfel", never "so dass", "doppelt so
    # viel", "so genannt", "So deutlich …"
    comma_cues: frozenset[str] = frozenset()
    # split cues (split_particles) that need no particle where they follow the report's comma and open
    # an inverted subject: "…, begründete die Kammer ihr Urteil" (not "Er begründete seinen Antrag")
    comma_split_cues: frozenset[str] = frozenset()
    # cue lemmas whose inverted trailer may name the cue's object after the speaker: "…, begründete die
    # Kammer ihr Urteil", "…, erläuterte der Minister seine Pläne"
    object_trailer_lemmas: frozenset[str] = frozenset()
    # prepositions that open an adverbial after a speaker phrase, never its complement ("sagte die Frau
    # unter Tränen", "sagte der Trainer nach dem Spiel"): the phrase ends before them even after its head
    adverbial_prepositions: frozenset[str] = frozenset()
    # cue lemma -> the preposition of its object, a noun phrase that holds a quotation: German 'sprach
    # (im Plädoyer) von einem „…“' (direct, or mixed when the quotation is inside a longer phrase)
    object_phrase_lemmas: dict[str, str] = field(default_factory=dict)
    # according-to phrases that also stand inside a clause, after its finite verb ("Die Beteiligung lag
    # laut Wahlkommission bei 68 Prozent"): the whole sentence is the report. Not the phrases of an
    # opinion or a finding ("nach Einschätzung der Feuerwehr", "nach Überzeugung des Gerichts")
    mid_clause_according: frozenset[str] = frozenset()
    # a cue that names its speaker as the object of a verb of quoting before it ("Die Zeitung zitierte
    # ihn mit den Worten: „…“") or, in the passive, as the sentence's subject ("Er wurde mit den
    # Worten zitiert: „…“"): cue -> (quoting verb forms, accusative pronoun -> gender)
    # (the verbs of quoting are `quoting_verbs` above)
    quoted_with_cues: frozenset[str] = frozenset()
    accusative_pronouns: dict[str, str] = field(default_factory=dict)
    # a report as an infinitive clause after a cue's comma ("warf ihm vor, … verschlafen zu haben"):
    # the marker stands before the verb or inside a separable one ("umzusteuern"); clauses opened by
    # one of `purpose_infinitive_openers` ("um … zu") are the reporter's circumstance, not a report
    # "a expliqué qu'il A et qu'il B": two reports of one cue, annotated as two quotes sharing speaker
    # and cue (the development set's convention; off where a language's own corpus still joins them)
    split_coordinated_reports: bool = False
    # SOV cues that are a noun of speech and a light verb, whose report is the oblique infinitive
    # phrase before their genitive: Hindi "X ने लोगों से पानी बचाने की अपील की" (the report: "लोगों से पानी
    # बचाने"); without such an infinitive ("न्याय की मांग की") the noun object is no report
    nominal_report_cues: frozenset[str] = frozenset()
    nominal_report_genitives: frozenset[str] = frozenset()
    oblique_infinitive_suffix: str = ""
    # words between a describing cue and a quotation that make the quoted words its whole complement:
    # French "qualifié d'« effort partagé »", Spanish "lo calificó de «…»"
    description_markers: frozenset[str] = frozenset()
    # according-to words that are also adverbs (German "laut": "loudly"): after one, a preposition or a
    # conjunction ("rief laut nach Hilfe", "laut und deutlich") shows that no source follows
    according_to_adverbs: frozenset[str] = frozenset()
    # according-to phrases whose source is a clitic inside them, someone just named: "À l'en croire,
    # …" ("if one believes him"), the last speaker's report
    according_to_anaphoric: frozenset[str] = frozenset()
    # "ce dernier", "este último": the person mentioned last (named or the last speaker), as a speaker
    latter_phrases: frozenset[str] = frozenset()
    # words that open a clause of the report, never an appositive of a subject before the cue:
    # "Las empresas ya no pueden …, pero siguen castigando …, apuntó" (no subject "Las empresas …")
    appositive_breakers: frozenset[str] = frozenset()
    # articles and pronouns that make a "que" after them a free relative ("los que siguen abiertos",
    # "ce que"), never the complementizer of a report
    free_relative_heads: frozenset[str] = frozenset()
    # the auxiliary "être" of a compound conditional ("Il se serait égaré", "Elle serait installée"):
    # reported mood only before a past participle (`participle_suffixes`), never before an adjective
    # or a noun ("Ce serait une première", the writer's hedge)
    reported_mood_auxiliaries: frozenset[str] = frozenset()
    # the auxiliary before a preposition of place or state is reported mood too ("Un logisticien serait
    # sur les rangs", "Deux fonds seraient en concurrence"), unless its subject is one of the writer's
    # hedge ("Ce serait à lui de décider", "Il serait en effet étonnant …"); never before an article or
    # an adjective ("Une telle baisse serait une première")
    reported_mood_aux_prepositions: frozenset[str] = frozenset()
    hedge_subjects: frozenset[str] = frozenset()
    # object clitics that may stand right before a verb with `reported_mood_endings` although they
    # are also articles ("Les dirigeants la jugeraient insuffisante"): none where such an ending may
    # end a noun too (Spanish "la panadería")
    mood_ending_clitics: frozenset[str] = frozenset()
    infinitive_infix: str = ""
    purpose_infinitive_openers: frozenset[str] = frozenset()
    # infinitives that govern such an opener as their own preposition, so that the clause is an object,
    # not a purpose: German "versprach, um jeden Arbeitsplatz zu kämpfen" ("kämpfen um")
    opener_governing_infinitives: frozenset[str] = frozenset()
    # endings of an auxiliary contracted onto its subject or its negation ("it's", "they'll", "didn't"):
    # a pronoun with one, or a word with a negated one, is a clause's subject and verb
    contracted_aux: tuple[str, ...] = ()
    # adverbs that may stand between a subject and its verb inside a report ("officers later found")
    verb_adverbs: frozenset[str] = frozenset()
    # adverbs that stand before a verb and never end a noun phrase: a bare plural subject, one of these
    # and a lower-case word open a report ("says trucks already clog the streets", "said pupils often
    # arrive hungry")
    preverbal_adverbs: frozenset[str] = frozenset()
    # cues whose report is their object and an infinitive: "urged residents to leave", "called on the
    # board to resign" (the object and the infinitive are the content)
    object_infinitive_lemmas: frozenset[str] = frozenset()
    # cues whose report is an infinitive: "vowed to rebuild", "promised not to raise taxes"
    infinitive_lemmas: frozenset[str] = frozenset()
    # cue lemma -> the preposition joining its object to the charge: "accused the bank of choking …"
    # (object and charge are the content)
    object_preposition_lemmas: dict[str, str] = field(default_factory=dict)
    # cues that name their object: 'called the scheme "a shambles"' (the object and the quoted name are
    # the content, a mixed quote); an unquoted name ("called the police") is no report
    naming_lemmas: frozenset[str] = frozenset()
    # cue lemma -> the word before a quoted description: 'described the delays as "regrettable"' (the
    # quoted words are the content, a direct quote)
    description_lemmas: dict[str, str] = field(default_factory=dict)
    # description lemma -> the preposition of a quoted reason after the object: 'lobte die Kammer für
    # eine „vorbildliche Ausbildung“' (the quoted words, a direct quote, as after "sprach von einer")
    quoted_reason_prepositions: dict[str, str] = field(default_factory=dict)
    # that-less clause lemmas that often take a noun object instead: their clause needs a finite verb
    # (an auxiliary, a contraction or a past form), not just a word ending in -s
    strict_clause_lemmas: frozenset[str] = frozenset()
    # cues whose report is a quantity they put on something: "estimated annual savings of $25 million"
    quantity_object_lemmas: frozenset[str] = frozenset()
    # cues that report only through their own construction above, never with "that" or beside a
    # quotation: "called" ('The feature, called "Catch Me Up"'), "described" ('a service that …')
    construction_cues: frozenset[str] = frozenset()
    # cues that report through their own construction or beside a quotation, but never with "that":
    # English "asked residents to leave" and '“Why now?” she asked', not "who asked that her name not be
    # used" (a condition of anonymity, not a report)
    no_complement_cues: frozenset[str] = frozenset()
    # words that are also surnames ("Theresa May", "Ms. May", "Kelly March", "Rep. Angela Will"): a month
    # or a modal is a name's last word right after a given name or an honorific
    surname_words: frozenset[str] = frozenset()
    # cue lemma -> speech-act class (one of SPEECH_ACTS): "deny" -> "deny", "urge" -> "urge", "say" ->
    # "assert"; a lemma not listed (and a quote without a cue) has the class "" (unknown). Each language
    # file appends its table last (`LANGUAGE = LANGUAGE.with_speech_acts(...)`)
    speech_acts: dict[str, str] = field(default_factory=dict)

    @property
    def cased(self) -> bool:
        return self.script == "Latin"

    def with_speech_acts(self, table: Mapping[str, str]) -> LanguageData:
        """This language with its cue lemmas' speech-act classes (checked against SPEECH_ACTS)."""
        unknown = {v for v in table.values() if v} - SPEECH_ACTS
        if unknown:
            raise ValueError(f"{self.code}: unknown speech-act classes {sorted(unknown)}")
        return replace(self, speech_acts=dict(table))

    def speech_act(self, lemma: str | None) -> str:
        """The speech-act class of a cue lemma ("" when unknown or when there is no cue)."""
        return self.speech_acts.get(lemma, "") if lemma else ""


# The classes a quote's speech act may have ("" = none or unknown, e.g. a colon label): editors treat a
# denial or a warning differently from a plain assertion.
SPEECH_ACTS = frozenset(
    {
        *["assert", "deny", "concede", "urge", "promise", "warn", "accuse", "ask", "describe", "praise"],
        *["criticise", "announce", "predict"],
    }
)


def forms_en(
    lemma: str, past: str | None = None, third: str | None = None, ing: str | None = None
) -> list[str]:
    """English verb forms generated from a lemma (irregular ones given explicitly)."""
    if third is None:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            third = lemma[:-1] + "ies"
    if past is None:
        if lemma.endswith("e"):
            past = lemma + "d"
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            past = lemma[:-1] + "ied"
        else:
            past = lemma + "ed"
    if ing is None:
        ing = (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"
    return [lemma, third, past, ing]


# fold() of the strings seen: a plain dict (a compiled call to an lru_cache wrapper builds an argument
# tuple each time), started afresh past _FOLDED_MAX entries
_FOLDED: Final[dict[str, str]] = {}
_FOLDED_MAX: Final = 1 << 16


def fold(s: str) -> str:
    """Lower-case, curly apostrophes straightened, nukta decomposed: the key for lexicon look-ups."""
    found = _FOLDED.get(s)
    if found is not None:
        return found
    if len(_FOLDED) >= _FOLDED_MAX:
        _FOLDED.clear()
    found = _FOLDED[s] = _fold(s)
    return found


def fold_text(s: str) -> str:
    """fold() of a passage (a quotation, a headline): the same key, not remembered. fold()'s memo is for
    words, which recur; a passage does not within a document, and remembering passages across documents
    would only serve a text seen twice."""
    return _fold(s)


def _fold(s: str) -> str:
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFC", s.replace("’", "'").casefold())
    if s.isascii() or max(s) < "\u0958":  # no precomposed nukta letter (U+0958-U+095F) to decompose
        return s
    for single, decomposed in _NUKTA_FOLD:
        s = s.replace(single, decomposed)
    return s


def fold_all(words: Iterable[str]) -> list[str]:
    """[fold(w) for w in words], a few whole-list string operations at a time (a cue list has
    thousands of forms: the first text of a language folds them all)."""
    words = list(words)
    joined = "\n".join(words)
    if joined.isascii():
        out = joined.lower().split("\n")
    else:
        joined = joined.replace("’", "'").casefold()
        if not unicodedata.is_normalized("NFC", joined):
            joined = unicodedata.normalize("NFC", joined)
        if not joined.isascii() and max(joined) >= "\u0958":
            for single, decomposed in _NUKTA_FOLD:
                joined = joined.replace(single, decomposed)
        out = joined.split("\n")
    if len(out) != len(words):  # a word with a line break in it: one at a time
        return [fold(w) for w in words]
    return out


_NUKTA_FOLD = tuple(
    (single, unicodedata.normalize("NFC", decomposed)) for decomposed, single in _NUKTA_PAIRS.items()
)


# Which holders of a title a description may refer to ("the diplomat" may be a foreign minister).
# Concept classes are language-neutral; each language maps its own words onto them.
CLASS_COMPAT: dict[str, frozenset[str]] = {
    # ("counterpart": "his Iranian counterpart Davoud Rahimi" holds the office of the one he meets)
    "diplomat": frozenset(
        {"diplomat", "foreign_minister", "ambassador", "envoy", "representative", "counterpart"}
    ),
    "minister": frozenset({"minister", "foreign_minister", "head_of_government", "counterpart"}),
    "foreign_minister": frozenset({"foreign_minister", "counterpart"}),
    "official": frozenset(
        {
            "official",
            "minister",
            "foreign_minister",
            "spokesperson",
            "representative",
            "diplomat",
            "ambassador",
            "envoy",
            "police",
            "governor",
            "mayor",
            "secretary_general",
            "chief",
        }
    ),
    "leader": frozenset({"leader", "head_of_state", "head_of_government", "secretary_general", "chief"}),
    "chief": frozenset({"chief", "secretary_general", "executive", "police", "leader"}),
    "mediator": frozenset({"mediator", "envoy", "diplomat"}),
    "envoy": frozenset({"envoy", "diplomat", "ambassador", "representative"}),
    "executive": frozenset({"executive", "chief", "chair"}),
    "coach": frozenset({"coach"}),
    # positions of players: "the player" may be any of them, "the striker" only a striker
    "player": frozenset({"player", "forward", "defender", "goalkeeper", "midfielder"}),
    "forward": frozenset({"forward", "player"}),  # (a "player" of unknown position may be the striker)
    "defender": frozenset({"defender", "player"}),
    "goalkeeper": frozenset({"goalkeeper", "player"}),
    "midfielder": frozenset({"midfielder", "player"}),
    "politician": frozenset(
        {"politician", "legislator", "minister", "head_of_government", "leader", "mayor", "governor"}
    ),
    "legislator": frozenset({"legislator"}),
    "lawyer": frozenset({"lawyer", "prosecutor"}),
    "expert": frozenset({"expert"}),
    "officer": frozenset({"officer", "military", "police"}),
    "magistrate": frozenset({"magistrate", "judge", "prosecutor"}),
    "person": frozenset(),
}


def compatible_classes(cls: str) -> frozenset[str]:
    return CLASS_COMPAT.get(cls, frozenset({cls}))


@dataclass(frozen=True)
class CompiledLanguage:
    """A language's data with folded look-up tables and precompiled regexes (made by languages._compile;
    defined here so that it is compiled with the engine: its fields are read on every word)."""

    data: LanguageData
    # the cue forms, "according to" phrases (before and after the source) and titles, matched as whole
    # words without compiling their (long) regexes: WordSet.spans is what cue_re.finditer would find
    cue_set: WordSet
    according_set: WordSet
    according_post_set: WordSet
    complementizer_re: re.Pattern[str]  # matches at the start of a remainder, after optional fillers
    cues: dict[str, str]
    pronouns: dict[str, str]
    honorifics: dict[str, str]
    titles: dict[str, str]
    title_words: frozenset[str]  # single words that occur in titles
    speaker_nouns: dict[str, str]
    demonyms: dict[str, str]
    function_words: frozenset[str]
    determiners: frozenset[str]
    cue_fillers: frozenset[str]
    continuation_forms: frozenset[str]
    inverted: dict[str, str]
    abbreviations: frozenset[str]
    naming_words: frozenset[str]
    title_set: WordSet
    adverbial_openers: frozenset[str]
    calendar_words: frozenset[str]
    postnominals: frozenset[str]
    org_words: frozenset[str]
    name_tag_re: re.Pattern[str] = NEVER_RE  # LanguageData.name_tag_pattern, compiled
    self_naming_re: re.Pattern[str] = NEVER_RE  # LanguageData.self_naming_pattern, compiled
    according_persons: frozenset[str] = frozenset()
    # Memos of facts that depend only on a word and the language, filled as words are met (shared by the
    # threads that parse in this language: a dict's get and set are atomic, and a fact written twice is
    # the same fact). Fields, so a look-up is one attribute read and one dict.get: no table of tables
    # by id(), no "last language" tuple to unpack per call. Kept bounded by their users (MEMO_LIMIT).
    head_keys: dict[str, str] = field(default_factory=dict, compare=False, repr=False)  # words._head_key
    demonym_words: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)  # is_demonym
    # the last words of the multi-word speaker nouns (mentions.before_shapes._compound_ends), made on
    # first use: empty until then, then that one set
    compound_ends: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)
    # what the mention stage knows of each word (mentions.word_facts: word -> _MentionFacts; typed by
    # object here, which imports nothing of the mention stage)
    word_facts: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @property
    def code(self) -> str:
        return self.data.code

    # The regexes of those lists, compiled on first use (the French cue regex takes over a second to
    # compile): for code that wants a pattern; the engine matches with the sets above.
    @property
    def cue_re(self) -> re.Pattern[str]:
        return self.cue_set.regex()

    @property
    def according_re(self) -> re.Pattern[str]:
        return self.according_set.regex()

    @property
    def according_post_re(self) -> re.Pattern[str]:
        return self.according_post_set.regex()

    @property
    def title_re(self) -> re.Pattern[str]:
        return self.title_set.regex()


MEMO_LIMIT: Final = 200_000  # entries a per-language memo (CompiledLanguage.head_keys …) holds before a clear

_TABLE_LANGS: dict[int, CompiledLanguage] = {}  # keeps each language (and so its id) alive


def language_table[K, V](
    tables: dict[int, dict[K, V]], lang: CompiledLanguage, limit: int = 200_000
) -> dict[K, V]:
    """The memo table that `tables` holds for `lang`, for facts that depend only on a word and the
    language; started afresh past `limit` entries, so a stream of odd words cannot grow it for ever."""
    table = tables.get(id(lang))
    if table is None or len(table) > limit:
        _TABLE_LANGS[id(lang)] = lang
        table = tables[id(lang)] = {}
    return table
