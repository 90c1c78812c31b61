"""Reviewers teach the parser: a quote added by hand next to an unknown cue becomes a suggestion with a
count and examples; once an admin accepts it, parsing another article finds the same construction."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.management import call_command
from django.urls import reverse

from attribution import learning
from attribution.models import Person, PersonAlias, Quote, RuleSuggestion
from attribution.parsing.languages import overlay
from attribution.services import parse_batch

pytestmark = pytest.mark.django_db

DAM = "Dam inspection raises alarm\n\nMs Ingrid Lund surmised that the dam could fail within a week.\n\n"
SPILLWAY = (
    "Spillway cracked\n\n“The spillway is cracked along its whole length,” Lund surmised on Friday.\n\n"
)
LEVEE = (
    "Levee holds after storm\n\n"
    "The river authority's chief engineer, Tomas Berg, surmised that the levee would hold "
    "through the winter.\n\n"
)
CHANGELIST = reverse("admin:attribution_rulesuggestion_changelist")


@pytest.fixture(autouse=True)
def fresh_overlay() -> Iterator[None]:
    overlay.clear()
    learning._installed = None
    yield
    overlay.clear()
    learning._installed = None


def _add(article: Any, fragment: str, speaker: str, by: Any) -> Quote:
    start = article.body.index(fragment)
    person, _ = Person.objects.get_or_create(name=speaker)
    return Quote.add_by_hand(article, start, start + len(fragment), by=by, speaker=person, kind="indirect")


def _parsed(article: Any) -> list[tuple[str, str]]:
    parse_batch([article.pk], skip_done=False)
    return [(q.text, q.speaker_name) for q in Quote.objects.filter(article=article).select_related("speaker")]


def _accept_in_admin(client: Any, *suggestions: RuleSuggestion) -> Any:
    return client.post(
        CHANGELIST,
        {"action": "accept_suggestions", "_selected_action": [s.pk for s in suggestions]},
        follow=True,
    )


def test_an_added_quote_teaches_its_cue_and_a_reparse_uses_it(
    make_article: Callable[..., Any], reviewer: Any, admin_user: Any, client_for: Callable[[Any], Any]
) -> None:
    dam, spillway, levee = make_article(DAM), make_article(SPILLWAY), make_article(LEVEE)
    assert _parsed(dam) == [] and _parsed(levee) == []  # the parser does not know "surmised"
    _add(dam, "the dam could fail within a week", "Ingrid Lund", reviewer)
    _add(spillway, "The spillway is cracked along its whole length,", "Ingrid Lund", reviewer)

    learning.gather()
    suggestion = RuleSuggestion.objects.get(kind="cue", value="surmised")
    assert (suggestion.language, suggestion.count, suggestion.status) == ("en", 2, "open")
    assert any("Ms Ingrid Lund surmised that the dam could fail" in e for e in suggestion.examples)
    page = client_for(admin_user).get(CHANGELIST)
    assert "surmised" in page.content.decode() and "Ms Ingrid Lund surmised" in page.content.decode()

    assert _parsed(levee) == []  # open suggestions change nothing
    response = _accept_in_admin(client_for(admin_user), suggestion)
    assert "Accepted 1 suggestion" in response.content.decode()
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.decided_by) == ("accepted", admin_user)
    assert _parsed(levee) == [("the levee would hold through the winter", "Tomas Berg")]


def test_a_dismissed_suggestion_is_not_installed(
    make_article: Callable[..., Any], reviewer: Any, admin_user: Any
) -> None:
    dam, levee = make_article(DAM), make_article(LEVEE)
    _add(dam, "the dam could fail within a week", "Ingrid Lund", reviewer)
    learning.gather()
    RuleSuggestion.objects.get(value="surmised").dismiss(by=admin_user)
    assert _parsed(levee) == []


def test_a_cue_the_parser_knows_teaches_nothing(make_article: Callable[..., Any], reviewer: Any) -> None:
    article = make_article(
        "Budget\n\nThe minister, Ana Ruiz, said on Monday in a speech the plan was costed."
    )
    _add(article, "the plan was costed", "Ana Ruiz", reviewer)
    learning.gather()
    assert not RuleSuggestion.objects.filter(kind="cue").exists()  # "said" was there: a syntax miss


def test_an_opening_phrase_before_the_name_becomes_an_attribution_phrase(
    make_article: Callable[..., Any], reviewer: Any, admin_user: Any
) -> None:
    first = make_article("Repairs\n\nIn the estimation of Ingrid Lund, the repairs will take months.\n\n")
    other = make_article("Tolls\n\nIn the estimation of Tomas Berg, the toll will have to rise.\n\n")
    _add(first, "the repairs will take months", "Ingrid Lund", reviewer)
    learning.gather()
    phrase = RuleSuggestion.objects.get(kind="according")
    assert (phrase.value, phrase.count) == ("in the estimation of", 1)
    phrase.accept(by=admin_user)
    assert _parsed(other) == [("the toll will have to rise", "Tomas Berg")]


def test_a_speaker_changed_to_a_fuller_name_teaches_an_alias(
    make_article: Callable[..., Any], reviewer: Any, admin_user: Any
) -> None:
    article = make_article("Dam\n\n“It will hold,” said Lund.\n\n")
    start = article.body.index("It will hold")
    quote = Quote.objects.create(
        article=article, start=start, end=start + 13, speaker_label="Lund", rule="test", confidence=0.8
    )
    ingrid = Person.objects.create(name="Ingrid Lund")
    quote.reassign(ingrid, by=reviewer)
    other = Quote.objects.create(
        article=article, start=start, end=start + 5, speaker_label="Ola", rule="test"
    )
    other.reassign(Person.objects.create(name="Tomas Berg"), by=reviewer)  # another person: no alias

    learning.gather()
    alias = RuleSuggestion.objects.get(kind="alias")
    assert (alias.value, alias.lemma, alias.count) == ("Lund", "Ingrid Lund", 1)
    alias.accept(by=admin_user)
    assert PersonAlias.objects.filter(person=ingrid, name="Lund").exists()


def test_installing_checks_for_changes_with_one_query(
    make_article: Callable[..., Any], reviewer: Any, admin_user: Any, django_assert_num_queries: Any
) -> None:
    _add(make_article(DAM), "the dam could fail within a week", "Ingrid Lund", reviewer)
    learning.gather()
    RuleSuggestion.objects.get(value="surmised").accept(by=admin_user)
    learning.install_accepted()
    assert overlay.current("en").cues == {"surmised": "surmised"}
    with django_assert_num_queries(1):
        learning.install_accepted()
    version = overlay.version()
    learning.gather()  # counts recounted: the stamp moves, the overlay stays as it was
    learning.install_accepted()
    assert overlay.version() == version
    RuleSuggestion.objects.filter(value="surmised").update(lemma="surmise")  # the admin corrects the lemma
    RuleSuggestion.objects.get(value="surmised").save()
    learning.install_accepted()
    assert overlay.current("en").cues == {"surmised": "surmise"}


def test_suggest_rules_gathers_and_prints_the_table(
    make_article: Callable[..., Any], reviewer: Any, capsys: Any
) -> None:
    _add(make_article(DAM), "the dam could fail within a week", "Ingrid Lund", reviewer)
    _add(make_article(SPILLWAY), "The spillway is cracked along its whole length,", "Ingrid Lund", reviewer)
    call_command("suggest_rules")
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "surmised" in line)
    assert row.split()[:3] == ["2", "en", "cue"] and "Ms Ingrid Lund surmised" in row
    assert "1 open suggestion(s)" in out


def _lessons(body: str, fragment: str, speaker: str, lang: str) -> list[tuple[str, str]]:
    start = body.index(fragment)
    return [
        (lesson.kind, lesson.value)
        for lesson in learning.lessons_for_added_quote(body, start, start + len(fragment), speaker, lang)
    ]


@pytest.mark.parametrize(
    ("body", "fragment", "speaker", "lang", "cue"),
    [
        # the verb right after its subject, not the last word before "that"
        (
            "Dam\n\nIngrid Lund surmised in a memo to staff that the dam could fail.",
            "the dam could fail",
            "Ingrid Lund",
            "en",
            "surmised",
        ),
        # a relative clause between them is set off by commas
        (
            "Dam\n\nIngrid Lund, who heads the agency, surmised that the dam could fail.",
            "the dam could fail",
            "Ingrid Lund",
            "en",
            "surmised",
        ),
        # an auxiliary and the participle that closes the clause
        (
            "Brücke\n\nKarin Vogt hatte bereits im März gemahnt, die Brücke sei marode.",
            "die Brücke sei marode",
            "Karin Vogt",
            "de",
            "hatte gemahnt",
        ),
        (
            "Budget\n\nLe maire, Paul Roux, a toutefois maugréé que le budget était trop serré.",
            "le budget était trop serré",
            "Paul Roux",
            "fr",
            "a maugréé",
        ),
        # German puts the verb before its subject after an opening phrase (not a phrase "according to")
        (
            "Brücke\n\nAm Montag orakelte die Ingenieurin Karin Vogt, die Brücke sei marode.",
            "die Brücke sei marode",
            "Karin Vogt",
            "de",
            "orakelte",
        ),
        # a verb and its particle; but not a verb and its object
        (
            "Dam\n\nIngrid Lund piped up that the dam could fail.",
            "the dam could fail",
            "Ingrid Lund",
            "en",
            "piped up",
        ),
        (
            "Dam\n\nIngrid Lund forewarned him that the dam could fail.",
            "the dam could fail",
            "Ingrid Lund",
            "en",
            "forewarned",
        ),
        (
            "Brücke\n\nKarin Vogt führte dem Minister an, er habe gelogen.",
            "er habe gelogen",
            "Karin Vogt",
            "de",
            "führte an",
        ),
    ],
)
def test_an_added_quote_teaches_the_verb_that_opens_it(
    body: str, fragment: str, speaker: str, lang: str, cue: str
) -> None:
    assert _lessons(body, fragment, speaker, lang) == [(RuleSuggestion.Kind.CUE, cue)]


@pytest.mark.parametrize(
    ("body", "fragment", "speaker", "lang"),
    [
        # "of" is no word of the bank's name that finds it after the quote ("hopes of a cut")
        (
            "Rates\n\nThe Bank of Norland held rates and said inflation would stay high, "
            "dashing hopes of a cut.",
            "inflation would stay high",
            "Bank of Norland",
            "en",
        ),
        # an opening circumstance is no attribution phrase ("In a memo Lund, …" is an editing slip)
        ("Dam\n\nIn a memo Ingrid Lund, the dam could fail.", "the dam could fail", "Ingrid Lund", "en"),
        # a phrase the language knows ("made clear") was there: the miss was syntax, not a word
        (
            "Dam\n\nIngrid Lund, the engineer, made clear on Friday that the dam could fail.",
            "the dam could fail",
            "Ingrid Lund",
            "en",
        ),
        # the split cue the language knows, with its own particle ("führte … aus"): a miss of syntax
        (
            "Brücke\n\nKarin Vogt führte dem Minister gegenüber aus, er habe gelogen.",
            "er habe gelogen",
            "Karin Vogt",
            "de",
        ),
        # a headline's verb before a dash and a quotation is no cue of it
        (
            "Bürgermeisterin Roth will Freibad retten – „Wir geben nicht auf“\n\nText.",
            "Wir geben nicht auf",
            "Anna Roth",
            "de",
        ),
    ],
)
def test_words_that_only_stand_near_an_added_quote_teach_nothing(
    body: str, fragment: str, speaker: str, lang: str
) -> None:
    assert _lessons(body, fragment, speaker, lang) == []


def test_a_learned_auxiliary_cue_finds_its_other_tenses_after_a_reparse(
    make_article: Callable[..., Any], reviewer: Any, admin_user: Any
) -> None:
    first = make_article(
        "Brücke\n\nKarin Vogt hatte bereits im März gemahnt, die Brücke sei marode.\n\n", language="de"
    )
    other = make_article(
        "Schule\n\nPaul Roth hat schon im Herbst gemahnt, das Dach der Turnhalle sei undicht.\n\n",
        language="de",
    )
    assert _parsed(other) == []
    _add(first, "die Brücke sei marode", "Karin Vogt", reviewer)
    learning.gather()
    learned = RuleSuggestion.objects.get(kind="cue", value="hatte gemahnt")
    assert learned.frame == "clause"  # no "dass": the verb's report is a bare clause
    learned.accept(by=admin_user)
    assert _parsed(other) == [("das Dach der Turnhalle sei undicht", "Paul Roth")]


def test_an_alias_needs_every_name_word_of_the_label_in_the_persons_name(
    make_article: Callable[..., Any], reviewer: Any
) -> None:
    article = make_article("Port\n\n“We will not sign,” said the Harbor Authority.\n\n")
    start = article.body.index("We will not sign")
    pairs = [("Harbor Authority", "Authority Workers Union"), ("Minister Lund", "Ingrid Lund")]
    for label, name in pairs:
        quote = Quote.objects.create(
            article=article, start=start, end=start + 16, speaker_label=label, rule="test", confidence=0.8
        )
        quote.reassign(Person.objects.create(name=name), by=reviewer)
    learning.gather()
    # the union's name shares "Authority" with the label, but it is another body: no alias
    assert list(RuleSuggestion.objects.filter(kind="alias").values_list("value", "lemma")) == [
        ("Minister Lund", "Ingrid Lund")
    ]


def test_a_lemma_is_guessed_from_a_form_of_the_same_verb_or_a_lemma_the_tables_name() -> None:
    import dataclasses

    from attribution.parsing import languages

    fr = languages.get("fr")
    assert fr.cues.get("prévient") == "warn" and "prévoit" not in fr.cues
    assert learning._lemma_guess("prévoit", fr) == "prévoit"  # "prév-" is all it shares with "prévient"
    assert learning._lemma_guess("surmised", languages.get("en")) == "surmised"
    data = languages.get("en").data
    young = languages._compile(
        dataclasses.replace(data, cues={k: v for k, v in data.cues.items() if v == "say"})
    )
    # no form of "accuse" is known, but the frame table names the lemma: "accused X of" keeps its frame
    assert "accuse" in young.data.object_preposition_lemmas
    assert learning._lemma_guess("accused", young) == "accuse"


@pytest.mark.parametrize(
    ("taught", "fragment", "frame", "later", "found"),
    [
        (
            "Flood\n\nThe mayor, Ana Ruiz, exhorted residents of the low-lying streets to leave before dark.",
            "residents of the low-lying streets to leave before dark",
            "object to",
            "Bridge\n\nThe police chief, Tomas Berg, exhorted drivers to avoid the old bridge.",
            "drivers to avoid the old bridge",
        ),
        (
            "Pool\n\nThe mayor, Ana Ruiz, undertook to reopen the pool by June.",
            "to reopen the pool by June",
            "infinitive",
            "Library\n\nThe council leader, Tomas Berg, undertook to keep the library open on Sundays.",
            "to keep the library open on Sundays",
        ),
        (
            "Dam\n\nThe engineer Ana Ruiz surmised the dam would not last the winter.",
            "the dam would not last the winter",
            "clause",
            "Levee\n\nThe surveyor Tomas Berg surmised the levee had been built too low.",
            "the levee had been built too low",
        ),
    ],
)
def test_a_cue_learns_what_its_report_follows_and_a_reparse_uses_it(
    make_article: Callable[..., Any],
    reviewer: Any,
    admin_user: Any,
    taught: str,
    fragment: str,
    frame: str,
    later: str,
    found: str,
) -> None:
    first, other = make_article(taught), make_article(later)
    assert _parsed(other) == []
    _add(first, fragment, "Ana Ruiz", reviewer)
    learning.gather()
    suggestion = RuleSuggestion.objects.get(kind="cue")
    assert suggestion.frame == frame
    suggestion.accept(by=admin_user)
    assert _parsed(other) == [(found, "Tomas Berg")]


def test_a_cue_after_that_or_before_a_quotation_needs_no_frame(
    make_article: Callable[..., Any], reviewer: Any
) -> None:
    _add(make_article(DAM), "the dam could fail within a week", "Ingrid Lund", reviewer)
    _add(
        make_article("Weir\n\nIngrid Lund averred: “The weir will not hold.”\n\n"),
        "The weir will not hold.",
        "Ingrid Lund",
        reviewer,
    )
    learning.gather()
    assert dict(RuleSuggestion.objects.values_list("value", "frame")) == {"surmised": "", "averred": ""}


def test_the_admin_and_suggest_rules_show_a_cues_frame_and_the_forms_it_brings(
    make_article: Callable[..., Any],
    reviewer: Any,
    admin_user: Any,
    client_for: Callable[[Any], Any],
    capsys: Any,
) -> None:
    article = make_article("Dam\n\nThe engineer Ana Ruiz surmised the dam would not last the winter.\n\n")
    _add(article, "the dam would not last the winter", "Ana Ruiz", reviewer)
    call_command("suggest_rules")
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:6] == ["count", "lang", "kind", "value", "lemma", "frame"]
    assert next(line for line in out.splitlines() if "surmised" in line).split()[:6] == [
        "1",
        "en",
        "cue",
        "surmised",
        "surmised",
        "clause",
    ]
    suggestion = RuleSuggestion.objects.get(value="surmised")
    client = client_for(admin_user)
    listing = client.get(CHANGELIST).content.decode()
    assert '<td class="field-frame">clause</td>' in listing
    page = client.get(
        reverse("admin:attribution_rulesuggestion_change", args=[suggestion.pk])
    ).content.decode()
    assert "surmise, surmises, surmising" in page  # accepting it installs those too
    # the admin may correct the frame before accepting, as the lemma; a frame the parser cannot use is refused
    refused = client.post(
        reverse("admin:attribution_rulesuggestion_change", args=[suggestion.pk]),
        {"lemma": "surmise", "frame": "sideways"},
    )
    assert refused.status_code == 200 and "Use &quot;clause&quot;" in refused.content.decode()
    response = client.post(
        reverse("admin:attribution_rulesuggestion_change", args=[suggestion.pk]),
        {"lemma": "surmise", "frame": ""},
    )
    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert (suggestion.lemma, suggestion.frame) == ("surmise", "")
    suggestion.accept(by=admin_user)
    learning.install_accepted()
    page = client.get(
        reverse("admin:attribution_rulesuggestion_change", args=[suggestion.pk])
    ).content.decode()
    assert "surmise, surmises, surmising" in page  # still shown once they are installed
