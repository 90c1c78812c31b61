"""Control characters in a person's name or title are refused everywhere a name can be typed.

Spreadsheets drop them in front of a formula ("\\x01=HYPERLINK(…)" becomes "=HYPERLINK(…)"), and they are
invisible on the page; the export neutralises what is already stored, these checks keep new ones out.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from attribution.models import Person, PersonAlias
from tests.review.conftest import HTMX

pytestmark = pytest.mark.django_db

BAD_NAMES = [
    '\x01=HYPERLINK("http://evil.example","x")',
    "Jane\x00Porter",
    "\x7f+1",
    "Mallory\x9b",
    "A\x08@SUM(1)",
]


def _span(article: Any, fragment: str) -> dict[str, int]:
    start = article.body.index(fragment)
    return {"start": start, "end": start + len(fragment)}


@pytest.mark.parametrize("name", BAD_NAMES)
def test_add_quote_refuses_a_speaker_name_with_control_characters(
    client_for: Any, reviewer: Any, article_with_quotes: Any, name: str
) -> None:
    persons = Person.objects.count()
    data = {**_span(article_with_quotes, "fantasy"), "speaker": name, "kind": "direct"}
    url = reverse("quote-add", args=[article_with_quotes.pk])
    response = client_for(reviewer).post(url, data, **HTMX)
    assert response.status_code == 400
    assert "control characters" in response["HX-Trigger"]
    assert Person.objects.count() == persons
    assert not article_with_quotes.quotes.filter(text="fantasy").exists()


def test_add_quote_without_htmx_says_why(client_for: Any, reviewer: Any, article_with_quotes: Any) -> None:
    data = {**_span(article_with_quotes, "fantasy"), "new_name": BAD_NAMES[0]}
    response = client_for(reviewer).post(
        reverse("quote-add", args=[article_with_quotes.pk]), data, follow=True
    )
    assert "cannot contain control characters (here U+0001)" in response.content.decode()
    assert not Person.objects.filter(name__contains="HYPERLINK").exists()


@pytest.mark.parametrize("field", ["speaker", "new_name"])
def test_changing_the_speaker_refuses_control_characters(
    client_for: Any, reviewer: Any, article_with_quotes: Any, field: str
) -> None:
    quote = article_with_quotes.quotes.order_by("start").first()
    speaker = quote.speaker_id
    url = reverse("quote-speaker", args=[quote.pk])
    response = client_for(reviewer).post(url, {field: BAD_NAMES[0], "version": quote.version}, **HTMX)
    assert response.status_code == 400
    quote.refresh_from_db()
    assert quote.speaker_id == speaker
    assert not Person.objects.filter(name__contains="HYPERLINK").exists()


def test_names_with_ordinary_spacing_and_scripts_are_accepted(
    client_for: Any, reviewer: Any, article_with_quotes: Any
) -> None:
    # Tabs and line breaks typed into the field collapse to spaces; joiners used in Devanagari stay.
    data = {**_span(article_with_quotes, "fantasy"), "speaker": "  Anna\tLena\n Smith ", "kind": "direct"}
    client_for(reviewer).post(reverse("quote-add", args=[article_with_quotes.pk]), data, **HTMX)
    assert Person.objects.filter(name="Anna Lena Smith").exists()
    Person(name="क्‍ष Kumar").full_clean()


@pytest.mark.parametrize("name", BAD_NAMES)
def test_model_validation_refuses_control_characters(name: str) -> None:
    with pytest.raises(ValidationError, match="Control characters"):
        Person(name=name).full_clean()
    with pytest.raises(ValidationError, match="Control characters"):
        Person(name="Jane Porter", title=name).full_clean()
    person = Person.objects.create(name="Jane Porter")
    with pytest.raises(ValidationError, match="Control characters"):
        PersonAlias(person=person, name=name).full_clean()


def test_admin_refuses_a_person_with_control_characters(client_for: Any, admin_user: Any) -> None:
    url = reverse("admin:attribution_person_add")
    data = {
        "name": BAD_NAMES[0],
        "title": "",
        "external_id": "",
        "aliases-TOTAL_FORMS": "1",
        "aliases-INITIAL_FORMS": "0",
        "aliases-MIN_NUM_FORMS": "0",
        "aliases-MAX_NUM_FORMS": "1000",
        "aliases-0-name": "",
    }
    response = client_for(admin_user).post(url, data)
    assert response.status_code == 200  # the form again, with the error
    assert "Control characters (here U+0001) are not allowed." in response.content.decode()
    assert not Person.objects.exists()
    data["name"] = "Mallory Byte"
    data["aliases-0-name"] = "\x01=1+2"
    response = client_for(admin_user).post(url, data)
    assert response.status_code == 200
    assert not Person.objects.exists()
