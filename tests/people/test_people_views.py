"""/people/, a person's page and its edit endpoints; /quotes/: access, methods, CSRF, results, queries."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from attribution.models import Person, PersonEvent

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def read_endpoints(reg) -> list[str]:
    pk = reg["osei"].pk
    return [
        reverse("people"),
        reverse("person", args=[pk]),
        reverse("quote-search"),
    ]


def write_endpoints(reg) -> list[tuple[str, dict]]:
    pk = reg["osei"].pk
    event_target = reg["osei"]
    return [
        (reverse("people-update", args=[pk]), {"field": "title", "value": "Chair"}),
        (reverse("people-alias-add", args=[pk]), {"alias": "Malik"}),
        (reverse("people-alias-remove", args=[pk]), {"alias": "Osei"}),
        (reverse("people-split", args=[pk]), {"alias": "Osei", "confirm": "yes"}),
        (reverse("people-merge", args=[pk]), {"other": str(reg["m_osei"].pk), "confirm": "yes"}),
        (reverse("people-undo", args=[event_target.set_title("Temp", by=None).pk]), {}),
    ]


def test_anonymous_users_go_to_the_login_page(registry, client) -> None:
    for url in read_endpoints(registry):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    for url, data in write_endpoints(registry):
        response = client.post(url, data)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url


def test_an_account_in_no_group_gets_403_everywhere(registry, client_for, nobody) -> None:
    client = client_for(nobody)
    for url in read_endpoints(registry):
        assert client.get(url).status_code == 403, url
    for url, data in write_endpoints(registry):
        assert client.post(url, data).status_code == 403, url


def test_reviewers_see_but_cannot_change(registry, client_for, reviewer) -> None:
    client = client_for(reviewer)
    for url in read_endpoints(registry):
        assert client.get(url).status_code == 200, url
    endpoints = write_endpoints(registry)
    before = PersonEvent.objects.count()
    for url, data in endpoints:
        assert client.post(url, data).status_code == 403, url
    assert (
        client.get(reverse("people-merge", args=[registry["osei"].pk]), {"other": "M. Osei"}).status_code
        == 403
    )
    assert PersonEvent.objects.count() == before
    page = client.get(reverse("person", args=[registry["osei"].pk])).content.decode()
    assert "Rename" not in page and "Preview merge" not in page


def test_editors_change_and_each_change_is_audited(registry, client_for, editor) -> None:
    client = client_for(editor)
    for url, data in write_endpoints(registry)[:3]:
        response = client.post(url, data)
        assert response.status_code == 302, url
    osei = Person.objects.get(pk=registry["osei"].pk)
    assert osei.title == "Chair" and osei.alias_names() == ["Malik"]
    assert PersonEvent.objects.filter(actor=editor).count() == 3


def test_admins_may_do_everything(registry, client_for, admin_user) -> None:
    client = client_for(admin_user)
    url, data = write_endpoints(registry)[0]
    assert client.post(url, data).status_code == 302


def test_wrong_methods_get_405(registry, client_for, editor) -> None:
    client = client_for(editor)
    for url in read_endpoints(registry):
        assert client.post(url).status_code == 405, url
    for url, _ in write_endpoints(registry):
        if "/merge/" in url or "/split/" in url:  # GET is their preview
            assert client.put(url).status_code == 405, url
        else:
            assert client.get(url).status_code == 405, url


def test_posts_without_a_csrf_token_are_refused(registry, editor) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for url, data in write_endpoints(registry):
        assert client.post(url, data).status_code == 403, url
    assert Person.objects.get(pk=registry["osei"].pk).title == "Temp"


def test_directory_searches_names_and_aliases_filters_kind_and_sorts_by_quotes(
    registry, client_for, reviewer
) -> None:
    client = client_for(reviewer)
    Person.objects.create(name="Harbour Workers Union", kind="organisation")
    page = client.get(reverse("people")).content.decode()
    # Malik Osei (2 quotes) and Ruth Adebayo (2) before M. Osei (1) and the union (0)
    order = [page.index(n) for n in ("Malik Osei", "Ruth Adebayo", "M. Osei", "Harbour Workers Union")]
    assert order == sorted(order)
    by_alias = client.get(reverse("people"), {"q": "osei"}).content.decode()
    assert "Malik Osei" in by_alias and "M. Osei" in by_alias and "Ruth Adebayo" not in by_alias
    orgs = client.get(reverse("people"), {"kind": "organisation"}).content.decode()
    assert "Harbour Workers Union" in orgs and "Malik Osei" not in orgs
    fragment = client.get(reverse("people"), {"q": "adebayo"}, HTTP_HX_TARGET="people-results", **HTMX)
    assert fragment.content.decode().lstrip().startswith('<section id="people-results"')
    assert client.get(reverse("people"), {"kind": "robot"}).status_code == 400


def test_person_page_lists_every_quote_newest_first_with_filters(registry, client_for, reviewer) -> None:
    client = client_for(reviewer)
    adebayo = registry["adebayo"]
    page = client.get(reverse("person", args=[adebayo.pk])).content.decode()
    assert page.index("the ceasefire between unions") < page.index(
        "wages had to rise first"
    )  # April before March
    assert "Harbour Herald" in page and "Evening Post" in page and "Union leader" in page
    confirmed = client.get(reverse("person", args=[adebayo.pk]), {"status": "confirmed"}).content.decode()
    assert "wages had to rise first" in confirmed and "the ceasefire between" not in confirmed
    by_source = client.get(reverse("person", args=[adebayo.pk]), {"source": "Evening Post"}).content.decode()
    assert "the ceasefire between" in by_source and "wages had to rise" not in by_source
    later = client.get(reverse("person", args=[adebayo.pk]), {"date_from": "2026-04-01"}).content.decode()
    assert "the ceasefire between" in later and "wages had to rise" not in later


def test_wikidata_ids_are_links(registry, client_for, editor) -> None:
    registry["osei"].set_external_id("Q12345", by=editor)
    page = client_for(editor).get(reverse("person", args=[registry["osei"].pk])).content.decode()
    assert 'href="https://www.wikidata.org/wiki/Q12345"' in page


def test_merge_shows_a_preview_then_merges_on_confirmation_and_undo_restores(
    registry, client_for, editor
) -> None:
    client = client_for(editor)
    osei, m_osei_pk = registry["osei"], registry["m_osei"].pk
    preview = client.get(reverse("people-merge", args=[osei.pk]), {"other": "M. Osei"})
    assert preview.status_code == 200
    text = preview.content.decode()
    assert "1 quote in 1 article" in text and "Merge M. Osei into Malik Osei" in text
    assert Person.objects.filter(pk=m_osei_pk).exists()  # a preview changes nothing
    done = client.post(reverse("people-merge", args=[osei.pk]), {"other": m_osei_pk, "confirm": "yes"})
    assert done.status_code == 302 and not Person.objects.filter(pk=m_osei_pk).exists()
    event = PersonEvent.objects.get(action="merge")
    assert client.post(reverse("people-undo", args=[event.pk])).status_code == 302
    assert Person.objects.filter(pk=m_osei_pk).exists()


def test_merge_with_an_unknown_or_ambiguous_name_is_refused(registry, client_for, editor) -> None:
    client = client_for(editor)
    osei = registry["osei"]
    assert client.get(reverse("people-merge", args=[osei.pk]), {"other": "Nobody Known"}).status_code == 409
    assert client.get(reverse("people-merge", args=[osei.pk]), {"other": str(osei.pk)}).status_code == 409


def test_merge_with_part_of_a_name_lists_the_persons_it_could_mean(registry, client_for, editor) -> None:
    """An editor who types "Osei" or "adeb" is not sent back to look up an id: the answer lists the
    persons whose name or alias contains it (never the person being merged into), each with a link
    to its preview."""
    client = client_for(editor)
    osei, m_osei, adebayo = registry["osei"], registry["m_osei"], registry["adebayo"]
    url = reverse("people-merge", args=[osei.pk])
    choices = client.get(url, {"other": "osei"})
    assert choices.status_code == 200  # a list to choose from, not a refusal
    page = choices.content.decode()
    assert f'href="{url}?other={m_osei.pk}"' in page
    assert f"?other={osei.pk}" not in page and "Ruth Adebayo" not in page
    by_part = client.get(url, {"other": "adeb"}).content.decode()
    assert f'href="{url}?other={adebayo.pk}"' in by_part and "Union leader" in by_part
    preview = client.get(url, {"other": str(adebayo.pk)})
    assert preview.status_code == 200 and "Merge Ruth Adebayo into Malik Osei" in preview.content.decode()
    refused = client.get(url, {"other": "Zebedee"})
    assert refused.status_code == 409
    for n in range(12):
        Person.objects.create(name=f"Osei Namesake {n:02}")
    crowded = client.get(url, {"other": "osei"}).content.decode()
    assert crowded.count("Preview merging") == 10 and "type more of the name" in crowded
    nothing = refused.content.decode()
    assert "No name or alias contains" in nothing and 'value="Zebedee"' in nothing


def test_quote_search_finds_words_and_filters(registry, client_for, reviewer) -> None:
    client = client_for(reviewer)
    hits = client.get(reverse("quote-search"), {"text": "ceasefire"}).content.decode()
    assert "the ceasefire between unions" in hits and "wages had to rise" not in hits
    assert f'href="/articles/{registry["two"].pk}/#quote-{registry["quotes"]["truce"].pk}"' in hits
    # a word or its start, never the inside of another word (both engines): "harb" finds "harbour",
    # "arbour" does not
    assert (
        "harbour deal would create jobs"
        in client.get(reverse("quote-search"), {"text": "harb"}).content.decode()
    )
    assert "harbour deal" not in client.get(reverse("quote-search"), {"text": "arbour"}).content.decode()
    direct = client.get(reverse("quote-search"), {"kind": "direct"}).content.decode()
    assert "good day for the docks" in direct and "wages had to rise" not in direct
    warn = client.get(reverse("quote-search"), {"speech_act": "warn"}).content.decode()
    assert "wages had to rise" in warn and "good day for the docks" not in warn
    by_alias = client.get(reverse("quote-search"), {"speaker": "Osei"}).content.decode()
    assert "harbour deal would create jobs" in by_alias and "wages had to rise" not in by_alias
    confirmed = client.get(reverse("quote-search"), {"status": "confirmed"}).content.decode()
    assert "wages had to rise" in confirmed and "harbour deal" not in confirmed
    dated = client.get(
        reverse("quote-search"), {"date_to": "2026-03-31", "source": "Harbour Herald"}
    ).content.decode()
    assert "harbour deal" in dated and "keep every berth" not in dated
    assert client.get(reverse("quote-search"), {"speech_act": "shout"}).status_code == 400


def test_quote_search_export_links_carry_the_filters(registry, client_for, editor) -> None:
    client = client_for(editor)
    page = client.get(
        reverse("quote-search"), {"speaker": registry["adebayo"].pk, "kind": "indirect"}
    ).content.decode()
    assert (
        f"/exports/quotes/?format=csv&amp;speaker={registry['adebayo'].pk}&amp;kind=indirect&amp;status=all"
        in page
    )
    sheet = client.get(
        reverse("export_quotes"),
        {"format": "csv", "speaker": registry["adebayo"].pk, "kind": "indirect", "status": "all"},
    )
    body = b"".join(sheet.streaming_content).decode()
    assert "wages had to rise first" in body and "ceasefire between unions" in body and "Osei" not in body


def test_page_queries_do_not_grow_with_persons_or_quotes(
    registry, client_for, reviewer, django_assert_max_num_queries, make_article
) -> None:
    from attribution.models import Quote

    client = client_for(reviewer)
    adebayo = registry["adebayo"]
    body = "Many words\n\n" + " ".join(f"Sentence number {i} is here." for i in range(60))
    article = make_article(body)
    for i in range(60):
        Person.objects.create(name=f"Extra Person{i}").add_alias(f"Person{i}")
        start = body.index(f"Sentence number {i} ")
        Quote.objects.create(
            article=article, start=start, end=start + 10, speaker=adebayo, speaker_label="Ruth Adebayo"
        )
    with django_assert_max_num_queries(9):
        client.get(reverse("people"))
    with django_assert_max_num_queries(12):
        client.get(reverse("person", args=[adebayo.pk]))
    # the word search: on PostgreSQL its estimate, then the text index's own count of the words
    # (BEGIN, the plan settings, EXPLAIN ANALYZE, COMMIT), then the matches counted and the page
    with django_assert_max_num_queries(13):
        client.get(reverse("quote-search"), {"text": "Sentence"})


def test_an_alias_that_is_another_persons_name_is_added_with_a_warning(registry, client_for, editor) -> None:
    """An editor gave Malik Osei the alias "Ruth Adebayo" (another person's full name) and was told
    nothing: from then on every quote the parser read under that name was left without a speaker."""
    client = client_for(editor)
    osei, adebayo = registry["osei"], registry["adebayo"]
    url = reverse("people-alias-add", args=[osei.pk])
    page = client.post(url, {"alias": "Ruth Adebayo"}, follow=True).content.decode()
    assert "Added the alias “Ruth Adebayo”." in page
    assert f"also the name of Ruth Adebayo (#{adebayo.pk})" in page
    assert f"merge #{adebayo.pk} into Malik Osei" in page
    assert "Ruth Adebayo" in osei.alias_names()  # a warning, not a refusal: two people may share a name
    plain = client.post(url, {"alias": "Malik"}, follow=True).content.decode()
    assert "Added the alias “Malik”." in plain and "also the name of" not in plain


def test_the_merge_messages_count_in_words(registry, client_for, editor) -> None:
    client = client_for(editor)
    osei, m_osei = registry["osei"], registry["m_osei"]
    done = client.post(
        reverse("people-merge", args=[osei.pk]), {"other": m_osei.pk, "confirm": "yes"}, follow=True
    ).content.decode()
    assert "Merged “M. Osei” into “Malik Osei”: 1 quote moved." in done
    itself = client.get(reverse("people-merge", args=[osei.pk]), {"other": str(osei.pk)}).content.decode()
    assert "A person cannot be merged into itself." in itself
    assert "No name or alias contains" not in itself  # an id is no name


def test_the_page_of_a_person_merged_away_leads_to_the_person_it_became(registry, client_for, editor) -> None:
    """A bookmarked or exported /people/<id>/ of a person merged into another answered a bare 404."""
    client = client_for(editor)
    osei, m_osei = registry["osei"], registry["m_osei"]
    gone = m_osei.pk
    osei.merge_from([m_osei], by=editor)
    response = client.get(reverse("person", args=[gone]), {"status": "pending"})
    assert response.status_code == 302
    assert response["Location"] == reverse("person", args=[osei.pk]) + "?status=pending"
    page = client.get(response["Location"]).content.decode()
    assert f"Person #{gone} was merged into Malik Osei" in page
    assert client.get(reverse("person", args=[gone + 1000])).status_code == 404
    # undone, the person is back at their own address
    PersonEvent.objects.get(action="merge").undo(by=editor)
    assert client.get(reverse("person", args=[gone])).status_code == 200


def test_the_export_links_say_which_quotes_the_sheet_holds_not_all_the_page_lists(
    registry, client_for, editor
) -> None:
    """The search listed "2 quotes" (one rejected) beside "Export these: CSV", and the CSV held one: each
    export link now names the statuses its sheet holds, and a sheet never holds a rejected quote unless
    the reader chose that status."""
    registry["quotes"]["truce"].reject(by=editor)
    client = client_for(editor)
    adebayo = registry["adebayo"].pk
    page = client.get(reverse("quote-search"), {"speaker": adebayo}).content.decode()
    assert "2 quotes" in page
    assert "Export verified quotes:" in page
    assert "Export verified and pending quotes (pending marked unverified):" in page
    sheet = client.get(reverse("export_quotes"), {"format": "csv", "speaker": adebayo, "status": "all"})
    assert b"".join(sheet.streaming_content).decode().count("\n") == 2  # the header and one quote
    asked = client.get(reverse("quote-search"), {"speaker": adebayo, "status": "rejected"}).content.decode()
    assert "Export these quotes (Rejected):" in asked and "status=rejected" in asked
    person = client.get(reverse("person", args=[adebayo])).content.decode()
    assert "Export verified quotes:" in person
    chosen = client.get(reverse("person", args=[adebayo]), {"status": "confirmed"}).content.decode()
    assert "Export these quotes (Confirmed):" in chosen
