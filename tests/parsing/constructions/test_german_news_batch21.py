"""German news constructions the twenty-first blind batch (tests/parsing/de_external_style_21) showed
giving a quote to the wrong speaker: an organisation named only by a bare noun inside the attribution
("nach Unternehmensangaben", "nach Konzernangaben") is the company named before, and the issuer of a
document in the genitive ("in einer Stellungnahme des Verbands", "hieß es in einer Erklärung des
Vereins") is the organisation named before with that noun in its name. Own sentences only, with
near-misses that must not take another body's name."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Münchner Versicherer Allgarant hat im Sommer weniger verdient. Der Gewinn sank nach "
            "Unternehmensangaben um zwölf Prozent auf 210 Millionen Euro.",
            "Der Gewinn sank nach Unternehmensangaben um zwölf Prozent auf 210 Millionen Euro",
            "Allgarant",
        ),
        (
            "Die Reederei Nordholm streicht 300 Stellen. Nach Konzernangaben sollen vor allem die "
            "Standorte in Kiel betroffen sein.",
            "sollen vor allem die Standorte in Kiel betroffen sein",
            "Nordholm",
        ),
        (
            "Der Autobauer Velmar hat die Prognose gesenkt. Analysten zeigten sich enttäuscht. Nach "
            "Unternehmensangaben fiel der Absatz in China um ein Drittel.",
            "fiel der Absatz in China um ein Drittel",
            "Velmar",
        ),
    ],
)
def test_the_company_inside_the_according_noun_is_the_one_named_before(
    text: str, content: str, speaker: str
) -> None:
    got = _pairs(text)
    assert any(q == content and s is not None and speaker in s for q, s in got), got


def test_a_body_named_in_the_compound_stays_itself() -> None:
    # "Polizeiangaben" names the police, no company named before
    got = _pairs("Die Spedition Harkort hat ein Lager in Kiel. Nach Polizeiangaben wurde niemand verletzt.")
    assert got == [("wurde niemand verletzt", "Polizei")], got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Ganz anders sieht das der Schweizerische Hebammenverband. In einer Stellungnahme des Verbands "
            "heisst es, die Schliessung verlängere die Anfahrtswege.",
            "die Schliessung verlängere die Anfahrtswege",
            "Hebammenverband",
        ),
        (
            "Der Deutsche Bauernverband reagierte mit scharfer Ablehnung. Die Landwirte würden damit zur "
            "Kasse gebeten, hieß es in einer Erklärung des Verbands.",
            "Die Landwirte würden damit zur Kasse gebeten",
            "Bauernverband",
        ),
        (
            "Der Turnverein Eintracht Kappeln hat seinen Vorstand neu gewählt. Die Halle werde im Sommer "
            "saniert, hieß es in einer Mitteilung des Vereins.",
            "Die Halle werde im Sommer saniert",
            "Turnverein Eintracht Kappeln",
        ),
    ],
)
def test_the_issuer_in_the_genitive_is_the_organisation_named_before(
    text: str, content: str, speaker: str
) -> None:
    got = _pairs(text)
    assert any(q == content and s is not None and speaker in s for q, s in got), got


def test_a_possessed_compound_is_no_issuer() -> None:
    # "seinem Herzensverein" is the player's favourite club, no body named before
    got = _pairs(
        "Der Stürmer kehrt zu seinem Herzensverein zurück. Er falle zwei Wochen aus, hieß es in einer "
        "Mitteilung des Vereins."
    )
    assert got and got[-1][0] == "Er falle zwei Wochen aus", got
    assert got[-1][1] is not None and "Herzensverein" not in got[-1][1], got
