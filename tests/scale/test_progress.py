"""Parse-progress fragments: per article (with Retry) and per import batch; reviewers only."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from attribution.models import Article
from attribution.views.progress import batch_progress, decode_ids, encode_ids

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def _status_url(article: Article) -> str:
    return reverse("progress_article", args=[article.pk])


def test_anonymous_is_sent_to_login(client, make_article) -> None:
    article = make_article()
    for url in (_status_url(article), reverse("progress_batch") + f"?ids={article.pk}"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    response = client.post(reverse("progress_article_retry", args=[article.pk]))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_account_without_review_permission_is_forbidden(client_for, nobody, make_article) -> None:
    article = make_article()
    client = client_for(nobody)
    assert client.get(_status_url(article)).status_code == 403
    assert client.post(reverse("progress_article_retry", args=[article.pk])).status_code == 403
    assert client.get(reverse("progress_batch") + f"?ids={article.pk}").status_code == 403
    assert client.post(reverse("progress_batch_retry"), {"ids": str(article.pk)}).status_code == 403


def test_wrong_methods_are_refused(client_for, reviewer, make_article) -> None:
    article = make_article()
    client = client_for(reviewer)
    assert client.post(_status_url(article)).status_code == 405
    assert client.get(reverse("progress_article_retry", args=[article.pk])).status_code == 405
    assert client.get(reverse("progress_batch_retry")).status_code == 405


def test_pending_article_fragment_polls_itself(client_for, reviewer, make_article) -> None:
    article = make_article()
    Article.objects.filter(pk=article.pk).update(parse_status="pending")
    html = client_for(reviewer).get(_status_url(article), **HTMX).content.decode()
    assert f'hx-get="{_status_url(article)}"' in html and 'hx-trigger="every 2s"' in html


def test_finished_parse_stops_polling_and_tells_the_page(client_for, reviewer, make_article) -> None:
    article = make_article()
    Article.objects.filter(pk=article.pk).update(parse_status="done")
    response = client_for(reviewer).get(_status_url(article), **HTMX)
    assert "hx-trigger" not in response.content.decode()
    assert "parse-finished" in response["HX-Trigger"]


def test_failed_parse_shows_the_error_and_a_retry_button(client_for, reviewer, make_article) -> None:
    article = make_article()
    Article.objects.filter(pk=article.pk).update(parse_status="failed", parse_error="ValueError: bad <span>")
    html = client_for(reviewer).get(_status_url(article)).content.decode()
    assert "ValueError: bad &lt;span&gt;" in html  # escaped
    assert reverse("progress_article_retry", args=[article.pk]) in html and ">Retry</button>" in html


def test_retry_queues_the_parse_again(
    client_for, reviewer, make_article, django_capture_on_commit_callbacks
) -> None:
    article = make_article()
    Article.objects.filter(pk=article.pk).update(parse_status="failed", parse_error="boom")
    with django_capture_on_commit_callbacks() as callbacks:
        response = client_for(reviewer).post(reverse("progress_article_retry", args=[article.pk]), **HTMX)
    assert response.status_code == 200 and 'hx-trigger="every 2s"' in response.content.decode()
    article.refresh_from_db()
    assert (article.parse_status, article.parse_error) == ("pending", "")
    assert len(callbacks) == 1  # the task is queued once the transaction commits


def test_retry_without_htmx_redirects_to_the_article(client_for, reviewer, make_article) -> None:
    article = make_article()
    Article.objects.filter(pk=article.pk).update(parse_status="failed")
    response = client_for(reviewer).post(reverse("progress_article_retry", args=[article.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("article", args=[article.pk])


def test_ids_compress_to_ranges_and_back() -> None:
    assert encode_ids([7, 1, 2, 3, 9, 10]) == "1-3,7,9-10"
    assert decode_ids("1-3,7,9-10") == [(1, 3), (7, 7), (9, 10)]
    for bad in ("", "a", "3-1", "0", "1,,2", ",".join(str(i * 2) for i in range(1, 600))):
        with pytest.raises(ValueError):
            decode_ids(bad)


def test_batch_progress_counts_each_status(make_article) -> None:
    articles = [make_article(body=f"Story {i}\n\nBody {i}.") for i in range(5)]
    statuses = ["done", "done", "failed", "running", "pending"]
    for article, status in zip(articles, statuses, strict=True):
        Article.objects.filter(pk=article.pk).update(parse_status=status)
    batch = batch_progress([a.pk for a in articles])
    assert (batch.total, batch.done, batch.failed, batch.running, batch.pending) == (5, 2, 1, 1, 1)
    assert not batch.complete and batch.percent == 60
    assert [a.pk for a in batch.failed_articles] == [articles[2].pk]


def test_batch_fragment_polls_until_complete(client_for, reviewer, make_article) -> None:
    articles = [make_article(body=f"Story {i}\n\nBody {i}.") for i in range(3)]
    ids = encode_ids([a.pk for a in articles])
    client = client_for(reviewer)
    Article.objects.filter(pk__in=[a.pk for a in articles]).update(parse_status="pending")
    assert 'hx-trigger="every 2s"' in client.get(reverse("progress_batch"), {"ids": ids}).content.decode()
    Article.objects.filter(pk__in=[a.pk for a in articles]).update(parse_status="done")
    html = client.get(reverse("progress_batch"), {"ids": ids}).content.decode()
    assert "hx-trigger" not in html and "Parsing finished" in html and "3 parsed" in html


def test_batch_retry_requeues_only_failed_articles(client_for, reviewer, make_article) -> None:
    done, failed = make_article(body="A\n\nOne."), make_article(body="B\n\nTwo.")
    Article.objects.filter(pk=done.pk).update(parse_status="done")
    Article.objects.filter(pk=failed.pk).update(parse_status="failed", parse_error="boom")
    response = client_for(reviewer).post(
        reverse("progress_batch_retry"), {"ids": encode_ids([done.pk, failed.pk])}, **HTMX
    )
    assert response.status_code == 200
    assert dict(Article.objects.values_list("pk", "parse_status")) == {done.pk: "done", failed.pk: "pending"}


def test_malformed_batch_is_404(client_for, reviewer) -> None:
    assert client_for(reviewer).get(reverse("progress_batch"), {"ids": "x"}).status_code == 404


def test_polling_an_article_costs_a_handful_of_queries(
    client_for, reviewer, make_article, django_assert_max_num_queries
) -> None:
    article = make_article()
    client = client_for(reviewer)
    client.get(_status_url(article))  # warm the permission cache path
    with django_assert_max_num_queries(6):
        assert client.get(_status_url(article)).status_code == 200


def test_interleaved_ids_are_capped_to_a_short_url() -> None:
    ids = list(range(1, 2001, 2))  # 1,000 separate ids, as if another import ran alongside
    encoded = encode_ids(ids, max_ranges=50)
    ranges = decode_ids(encoded)
    assert len(ranges) <= 50 and ranges[0][0] == 1 and ranges[-1][1] == 1999
    assert all(any(lo <= pk <= hi for lo, hi in ranges) for pk in ids)


def test_a_page_may_ask_for_a_calmer_polling_interval(client_for, reviewer, make_article) -> None:
    article = make_article()
    Article.objects.filter(pk=article.pk).update(parse_status="running")
    html = client_for(reviewer).get(_status_url(article), {"poll": "10s"}, **HTMX).content.decode()
    assert 'hx-trigger="every 10s"' in html and "?poll=10s" in html
    html = client_for(reviewer).get(_status_url(article), {"poll": "1ms;alert(1)"}, **HTMX).content.decode()
    assert 'hx-trigger="every 2s"' in html


def test_import_page_shows_the_batch_progress(client_for, editor) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    records = [
        {"title": f"Story {i}", "text": f"Story {i}\n\nThe mayor said it would rain {i}.", "language": "en"}
        for i in range(3)
    ]
    lines = "\n".join(json.dumps(record) for record in records)
    upload = SimpleUploadedFile("batch.jsonl", lines.encode(), content_type="application/jsonl")
    html = client_for(editor).post(reverse("import"), {"file": upload}).content.decode()
    ids = encode_ids(Article.objects.values_list("pk", flat=True))
    assert f'hx-get="{reverse("progress_batch")}?ids={ids}"' in html
    assert "Parsing 0 of 3" in html
