"""Parser errors a new newsroom user met on its own articles, each fixed as a construction.

Our own sentences: variants that must fire and near-misses that must not.
"""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


def paras(*lines: str) -> str:
    return "\n\n".join(lines)


# ------------------------------------------------ 1. interview answers keep the speaker label out
def test_answer_label_in_ordinary_case_is_not_content() -> None:
    text = paras(
        "Karin Lindqvist has been mayor of Norrby for eleven years.",
        "Q: How often do you think about the flood?",
        "Lindqvist: Every day. I walk past the water line on the town hall wall.",
        "Q: Will the dam be rebuilt?",
        "Lindqvist: Not before 2028, I am afraid.",
    )
    assert found(text) == [
        (
            "Every day. I walk past the water line on the town hall wall.",
            "direct",
            "Karin Lindqvist",
            "direct:interview-answer",
        ),
        ("Not before 2028, I am afraid.", "direct", "Karin Lindqvist", "direct:interview-answer"),
    ]


def test_a_label_repeated_over_answers_names_the_speaker_even_if_never_introduced() -> None:
    text = paras(
        "An interview with the new harbour master.",
        "Q: What changes first?",
        "Tom Abara: The night shifts. Nobody should work three in a row.",
        "Q: And the cranes?",
        "Tom Abara: Two of them are older than I am.",
    )
    assert found(text) == [
        (
            "The night shifts. Nobody should work three in a row.",
            "direct",
            "Tom Abara",
            "direct:interview-answer",
        ),
        ("Two of them are older than I am.", "direct", "Tom Abara", "direct:interview-answer"),
    ]


def test_a_capitalised_word_and_colon_once_is_not_a_label() -> None:
    text = paras(
        "Karin Lindqvist has been mayor of Norrby for eleven years.",
        "Q: What did the inspectors find?",
        "Mould: in the cellar, in the archive and behind the old boiler.",
        "Q: Will the dam be rebuilt?",
        "Not before 2028, I am afraid.",
    )
    spans = [span for span, *_ in found(text)]
    assert "Mould: in the cellar, in the archive and behind the old boiler." in spans


# ------------------------------------------------ 2. a live blog's time stamp is not content
def test_time_stamp_inside_quotation_marks_is_not_content() -> None:
    text = paras(
        "Live: the count in Marlow",
        '"23:58 — Turnout is running at 64 percent, the highest since 1994."',
        '"00:12 – First results from the northern wards are in."',
    )
    spans = [span for span, *_ in found(text)]
    assert spans == [
        "Turnout is running at 64 percent, the highest since 1994.",
        "First results from the northern wards are in.",
    ]


def test_time_stamp_before_fronted_reported_speech_is_not_content() -> None:
    text = paras(
        "Live: the count in Marlow", "23:58 — Turnout is running at 64 percent, the commission says."
    )
    assert found(text) == [
        ("Turnout is running at 64 percent", "indirect", "the commission", "indirect:clause-X-said")
    ]


def test_german_ticker_stamp_is_not_content() -> None:
    text = '"21.04 Uhr: Die Wahlbeteiligung liegt bei 64 Prozent", teilte die Wahlleitung mit.'
    assert [span for span, *_ in found(text, "de")] == ["Die Wahlbeteiligung liegt bei 64 Prozent"]


def test_times_and_prices_inside_the_content_stay() -> None:
    text = '"At 9:30 — and not a minute later — the doors close," the organiser said.'
    assert [span for span, *_ in found(text)] == ["At 9:30 — and not a minute later — the doors close,"]
    text = '"12.50-euro tickets for a ten-minute ride are a scandal," the councillor said.'
    assert [span for span, *_ in found(text)] == ["12.50-euro tickets for a ten-minute ride are a scandal,"]


# ------------------------------------------------ 3. a one-name holder keeps the title in the name
def test_pope_keeps_the_title_and_the_bare_name_later_resolves_to_him() -> None:
    text = paras(
        '"Nobody wins a war over a graveyard," said Pope Francis on Sunday in Rome.',
        "Francis added that peace was still possible.",
        '"We must talk," Francis said.',
    )
    assert [speaker for _, _, speaker, _ in found(text)] == ["Pope Francis"] * 3


def test_royal_titles_stay_in_the_name() -> None:
    text = '"Your work matters," Prince William told the nurses. William later said he would come back.'
    assert [speaker for _, _, speaker, _ in found(text)] == ["Prince William", "Prince William"]
    text = '"Niemand gewinnt einen Krieg", sagte Papst Leo am Sonntag.'
    assert [speaker for _, _, speaker, _ in found(text, "de")] == ["Papst Leo"]


def test_other_titles_and_full_names_are_not_kept() -> None:
    text = 'Francis Okoye, a farmer, said the harvest was lost. "It is over," Okoye said.'
    assert [speaker for _, _, speaker, _ in found(text)] == ["Francis Okoye", "Francis Okoye"]
    text = '"The bridge stays shut," Mayor Okafor said.'
    assert [speaker for _, _, speaker, _ in found(text)] == ["Okafor"]


# ------------------------------------------ 4. a German genitive organisation, named in the nominative
def speakers(text: str, lang: str) -> list[str | None]:
    return [speaker for _, _, speaker, _ in found(text, lang)]


def test_genitive_organisation_drops_article_and_ending() -> None:
    assert speakers("Nach Angaben des Umweltbundesamtes ist die Luft in den Städten sauberer.", "de") == [
        "Umweltbundesamt"
    ]
    assert speakers("Laut des Kultusministeriums fehlen im Land 3000 Lehrer.", "de") == ["Kultusministerium"]
    assert speakers("Nach Angaben des Verbandes sind die Heizkosten gestiegen.", "de") == ["Verband"]
    assert speakers("Nach Angaben des Landratsamts wurden 40 Häuser geräumt.", "de") == ["Landratsamt"]


def test_persons_and_other_articles_keep_their_phrase() -> None:
    assert speakers("Nach Angaben des Bürgermeisters wurde niemand verletzt.", "de") == ["des Bürgermeisters"]
    assert speakers("Nach Angaben der Polizei wurde niemand verletzt.", "de") == ["der Polizei"]
    assert speakers("Das Umweltbundesamt teilte mit, die Luft sei sauberer geworden.", "de") == [
        "Das Umweltbundesamt"
    ]


# ------------------------------------------ 5. the lede's role noun is the person of that title named next
_LONG_LEDE = (
    "The United Nations' humanitarian chief warned on Monday that millions of people across the Sahel"
    " could face famine by the end of the year. Aid agencies said convoys carrying food, water and"
    " medicine had been stopped at three border crossings in the east of the region for more than two"
    " weeks, and that fuel for the trucks and generators that keep the clinics running had become almost"
    " impossible to buy in the markets of the larger towns along the river, where prices had tripled."
)


def test_role_in_a_long_lede_resolves_to_the_titled_name_in_the_next_paragraph() -> None:
    text = paras(
        "Famine warning for the Sahel",
        _LONG_LEDE,
        "UN humanitarian chief Martin Griffiths met donors on Friday.",
    )
    assert speakers(text, "en")[0] == "Martin Griffiths"


def test_a_titled_name_two_paragraphs_on_or_with_another_title_is_not_taken() -> None:
    lede, rest = _LONG_LEDE.split(". ", 1)
    text = paras(
        "Famine warning for the Sahel", lede + ".", rest, "UN humanitarian chief Martin Griffiths met donors."
    )
    assert speakers(text, "en")[0] != "Martin Griffiths"
    text = paras(
        "Road stays shut",
        "The city's police chief said on Monday that the coast road would stay closed for a week.",
        "Fire chief Anna Reyes visited the crews working on the landslide.",
    )
    assert speakers(text, "en") == ["The city's police chief"]


# ------------------------------------------ 6. a Devanagari quote with its Hindi cue inside an English story
def test_hindi_quote_in_an_english_story_is_found() -> None:
    text = paras(
        "The new bridge over the Gomti opened on Saturday after six years of work.",
        'सुश्री अनुराधा चतुर्वेदी ने कहा, "यह एक ऐतिहासिक दिन है।"',
        '"This is a historic day," she said in Hindi, to applause from the crowd.',
    )
    got = found(text)
    assert ("यह एक ऐतिहासिक दिन है।", "direct", "सुश्री अनुराधा चतुर्वेदी", "direct:X-said-quote") in got
    assert [span for span, *_ in got][-1] == "This is a historic day,"


def test_a_devanagari_word_in_an_english_quote_adds_nothing() -> None:
    text = 'The crowd chanted "जय हो" as the mayor cut the ribbon. "We waited years," the mayor said.'
    assert [span for span, *_ in found(text)] == ["We waited years,"]
