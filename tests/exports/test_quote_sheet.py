"""Quote sheet rows and filters (attribution/exports.py), without HTTP."""

from __future__ import annotations

import datetime as dt

import pytest

from attribution import exports
from attribution.exports import (
    QuoteFilters,
    neutralise,
    quote_sheet_rows,
    sentence_around,
)

BODY = (
    "Headline here\n\n"
    "Mr. J. Smith said the U.S. economy grew 3.5 percent last year. “We are pleased,” he said! "
    "Nobody else spoke."
)


def quote_span(fragment: str) -> tuple[int, int]:
    start = BODY.index(fragment)
    return start, start + len(fragment)


def ids(filters: QuoteFilters) -> set[int]:
    return {row["id"] for row in quote_sheet_rows(filters)}


# -- the sentence around a quote --------------------------------------------------------------------------
def test_sentence_widens_an_indirect_quote_to_its_sentence() -> None:
    start, end = quote_span("the U.S. economy grew 3.5 percent")
    assert (
        sentence_around(BODY, start, end) == "Mr. J. Smith said the U.S. economy grew 3.5 percent last year."
    )


def test_sentence_includes_the_quotation_marks_and_the_attribution() -> None:
    start, end = quote_span("We are pleased,")
    assert sentence_around(BODY, start, end) == "“We are pleased,” he said!"


def test_sentence_stops_at_a_paragraph_break() -> None:
    assert sentence_around(BODY, 0, 8) == "Headline here"


def test_a_quote_ending_a_sentence_does_not_swallow_the_next_one() -> None:
    body = "First one. The costs have doubled. Then more."
    start = body.index("The costs")
    end = body.index("Then") - 1
    assert sentence_around(body, start, end) == "The costs have doubled."


def test_sentence_is_bounded_and_marks_cuts() -> None:
    body = "word " * 500 + "he said hello " + "word " * 500
    start = body.index("hello")
    sentence = sentence_around(body, start, start + 5, context=50)
    assert sentence.startswith("…") and sentence.endswith("…")
    assert "hello" in sentence
    assert len(sentence) <= 5 + 2 * 50 + 2


def test_sentence_collapses_line_breaks_inside_a_long_quote() -> None:
    body = "Intro. “One line\nand another,” she said. End."
    start, end = body.index("One"), body.index("another") + 7
    assert sentence_around(body, start, end) == "“One line and another,” she said."


# -- formula injection ------------------------------------------------------------------------------------
@pytest.mark.parametrize("dangerous", ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_cells_that_look_like_formulas_get_a_single_quote(dangerous: str) -> None:
    assert neutralise(dangerous) == "'" + dangerous


@pytest.mark.parametrize("safe", ["Porter", "", "a=b", "2027", 42, None])
def test_other_values_are_left_alone(safe: object) -> None:
    assert neutralise(safe) == safe


# -- rows -------------------------------------------------------------------------------------------------
def test_a_row_carries_everything_the_issue_asks_for(newsroom, reviewer) -> None:
    quote = newsroom["corrected"]
    [row] = [r for r in quote_sheet_rows(QuoteFilters()) if r["id"] == quote.pk]
    quote.refresh_from_db()
    assert row["speaker"] == "Jane Porter"
    assert row["speaker_title"] == "Transport Minister"
    assert row["quote"] == "We will not let this project slip again,"
    assert row["kind"] == "mixed"
    assert row["sentence"] == "“We will not let this project slip again,” Porter told reporters in Leeds."
    assert row["article_title"] == newsroom["first"].title
    assert row["source"] == "Example Post"
    assert row["published"] == "2026-02-10"
    assert row["url"] == "https://example.org/rail"
    assert row["status"] == "corrected"
    assert row["verified"] is True
    assert row["reviewer"] == "rita"
    assert row["verified_at"].startswith(quote.reviewed_at.date().isoformat())
    assert list(row) == exports.COLUMN_KEYS


def test_rows_take_three_queries_per_batch_of_articles(
    newsroom, django_assert_num_queries, monkeypatch
) -> None:
    every = QuoteFilters(statuses=exports.parse_status("all"))
    # article ids, then per batch: its quotes (with speaker and reviewer), its articles' fields
    with django_assert_num_queries(3):
        assert len(list(quote_sheet_rows(every))) == 7
    monkeypatch.setattr(exports, "ARTICLES_PER_BATCH", 1)
    with django_assert_num_queries(5):
        assert len(list(quote_sheet_rows(every))) == 7


def test_rows_come_in_publication_order(newsroom, make_article) -> None:
    import datetime as dt

    from attribution.models import Quote

    older = make_article("Older news\n\nSomebody said “it began here” once.", published=dt.date(2025, 1, 1))
    Quote.objects.create(article=older, start=27, end=40, status="confirmed")
    rows = list(quote_sheet_rows(QuoteFilters()))
    assert rows[0]["article_id"] == older.pk
    published = [row["published"] for row in rows]
    assert published == sorted(published)


def test_print_rows_are_grouped_by_speaker(newsroom) -> None:
    rows = list(exports.print_rows(QuoteFilters(statuses=exports.parse_status("all")), limit=100))
    speakers = [row["speaker"] for row in rows]
    assert speakers == ["Jane Porter"] * 2 + ["Mallory Byte"] * 3 + ["the council", "unknown"]
    assert len(list(exports.print_rows(QuoteFilters(), limit=2))) == 2


def test_a_pending_quote_is_marked_unverified_without_reviewer(newsroom) -> None:
    rows = quote_sheet_rows(QuoteFilters(statuses=exports.parse_status("all")))
    [row] = [r for r in rows if r["id"] == newsroom["pending"].pk]
    assert row["verified"] is False and row["status"] == "pending"
    assert row["reviewer"] == "" and row["verified_at"] == ""
    assert row["speaker"] == "the council"


# -- filters ----------------------------------------------------------------------------------------------
def test_by_default_only_verified_quotes_are_exported(newsroom) -> None:
    n = newsroom
    expected = {n[k].pk for k in ("confirmed", "corrected", "added", "hyperlink", "at_sum", "minus")}
    assert ids(QuoteFilters.from_params({})) == expected


def test_status_all_adds_pending_but_never_rejected(newsroom) -> None:
    found = ids(QuoteFilters.from_params({"status": "all"}))
    assert newsroom["pending"].pk in found
    assert newsroom["rejected"].pk not in found


def test_rejected_quotes_only_when_asked_for_by_name(newsroom) -> None:
    assert ids(QuoteFilters.from_params({"status": "rejected"})) == {newsroom["rejected"].pk}


def test_filter_by_article(newsroom) -> None:
    found = ids(QuoteFilters.from_params({"article": str(newsroom["first"].pk)}))
    assert found == {newsroom["confirmed"].pk, newsroom["corrected"].pk}


@pytest.mark.parametrize("speaker", ["porter", "Jane Porter", "JANE PORTER"])
def test_filter_by_speaker_name_or_alias(newsroom, speaker: str) -> None:
    assert ids(QuoteFilters.from_params({"speaker": speaker})) == {
        newsroom["confirmed"].pk,
        newsroom["corrected"].pk,
    }


def test_filter_by_speaker_id(newsroom) -> None:
    found = ids(QuoteFilters.from_params({"speaker": str(newsroom["mallory"].pk)}))
    assert found == {newsroom["hyperlink"].pk, newsroom["at_sum"].pk, newsroom["minus"].pk}


def test_filter_by_raw_label_of_an_unlinked_quote(newsroom) -> None:
    assert ids(QuoteFilters.from_params({"speaker": "the council", "status": "all"})) == {
        newsroom["pending"].pk
    }


def test_filter_by_source_and_language(newsroom) -> None:
    second = {newsroom[k].pk for k in ("hyperlink", "at_sum", "minus", "added")}
    assert ids(QuoteFilters.from_params({"source": "daily planet"})) == second
    assert ids(QuoteFilters.from_params({"language": "fr"})) == second
    assert ids(QuoteFilters.from_params({"language": "en", "source": "Daily Planet"})) == set()


def test_filter_by_published_date_range(newsroom) -> None:
    first = {newsroom["confirmed"].pk, newsroom["corrected"].pk}
    assert ids(QuoteFilters.from_params({"date_to": "2026-02-28"})) == first
    assert ids(QuoteFilters.from_params({"date_from": "2026-02-10", "date_to": "2026-02-10"})) == first
    assert newsroom["hyperlink"].pk in ids(QuoteFilters.from_params({"date_from": "2026-03-01"}))
    assert not ids(QuoteFilters.from_params({"date_from": "2026-04-01"}))


@pytest.mark.parametrize(
    "params",
    [{"article": "abc"}, {"date_from": "yesterday"}, {"date_to": "2026-13-01"}, {"status": "approved"}],
)
def test_bad_filter_values_are_refused_with_a_reason(params: dict[str, str]) -> None:
    with pytest.raises(exports.FilterError):
        QuoteFilters.from_params(params)


def test_parse_status_accepts_lists() -> None:
    assert exports.parse_status("confirmed, pending") == ("pending", "confirmed")
    assert exports.parse_status("") == tuple(exports.STATUS_SHORTHANDS["verified"])
    assert QuoteFilters.from_params({"date_from": "2026-01-31"}).date_from == dt.date(2026, 1, 31)


def test_xlsx_drops_control_characters_instead_of_failing() -> None:
    import io

    from openpyxl import load_workbook

    row = dict.fromkeys(exports.COLUMN_KEYS, "")
    row.update(id=1, quote="a bell\x07 rings", verified=True, article_id=2, speaker_id=None, sentence="=1+1")
    out = io.BytesIO()
    assert exports.write_xlsx([row], out) == 1
    sheet = load_workbook(io.BytesIO(out.getvalue())).active
    values = dict(zip(exports.HEADERS, (cell.value for cell in sheet[2]), strict=True))
    assert values["Quote"] == "a bell rings"
    assert values["Sentence"] == "'=1+1"
    assert values["Verified"] == "yes"
    assert values["Quote ID"] == 1 and values["Speaker ID"] is None
