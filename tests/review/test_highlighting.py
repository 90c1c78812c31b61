"""The highlighted body: one pass over nested and overlapping spans, escaped, offsets recoverable."""

from __future__ import annotations

import re
from html import unescape
from types import SimpleNamespace
from typing import Any

from attribution.views.review_body import highlighted_body


def _q(pk: int, start: int, end: int, **extra: Any) -> Any:
    fields = {
        "cue_start": None,
        "cue_end": None,
        "mention_start": None,
        "mention_end": None,
        "kind": "direct",
        "status": "pending",
    }
    fields.update(extra)
    return SimpleNamespace(pk=pk, start=start, end=end, **fields)


SEGMENT = re.compile(
    r'<span(?: class="([^"]*)")? data-offset="(\d+)"(?: data-q="([^"]*)")?>(.*?)</span>', re.S
)


def _segments(html: str) -> list[tuple[str, int, str, str]]:
    return [(c or "", int(o), q or "", unescape(t)) for c, o, q, t in SEGMENT.findall(html)]


def test_every_character_is_recoverable_from_data_offsets() -> None:
    body = "Head <b>line</b>\n\nShe said “a & b” and <script>x</script>.\nSecond line."
    html = highlighted_body(
        body,
        [
            _q(
                1,
                body.index("a &"),
                body.index("b”") + 1,
                cue_start=body.index("said"),
                cue_end=body.index("said") + 4,
            )
        ],
    )
    for _cls, offset, _q_ids, text in _segments(html):
        assert body[offset : offset + len(text)] == text
    assert "<script>" not in html and "<b>" not in html
    assert html.count("<p>") == 2


def test_nested_and_overlapping_spans_are_flat_segments() -> None:
    body = "0123456789abcdefghij"
    quotes = [_q(1, 2, 12), _q(2, 5, 8, kind="indirect"), _q(3, 10, 15, mention_start=14, mention_end=18)]
    segs = _segments(highlighted_body(body, quotes))
    assert "".join(t for *_, t in segs) == body
    by_offset = {o: (c, q) for c, o, q, _ in segs}
    assert by_offset[5] == ("hl k-indirect s-pending nested", "2 1")  # innermost quote colours it
    assert by_offset[10][1] == "3 1"  # the shorter span comes first
    assert "mention" in by_offset[15][0] and by_offset[15][1] == "3"
    assert by_offset[0] == ("", "")


def test_spans_crossing_paragraphs_are_split_at_the_break() -> None:
    body = "First para ends\n\nsecond starts"
    html = highlighted_body(body, [_q(7, 6, 23)])
    assert html.count('data-q="7"') == 2
    assert "\n\n" not in html


def test_out_of_range_spans_are_clamped() -> None:
    body = "short"
    html = highlighted_body(body, [_q(1, 2, 99, cue_start=50, cue_end=60)])
    assert "".join(t for *_, t in _segments(html)) == body


def test_status_and_kind_follow_the_quotes_while_the_layout_is_cached() -> None:
    body = "He said \x011\x01 “yes” and “no”."
    spans = [(body.index("yes"), body.index("yes") + 3), (body.index("no"), body.index("no") + 2)]
    first = highlighted_body(body, [_q(1, *spans[0]), _q(2, *spans[1], kind="indirect")])
    second = highlighted_body(body, [_q(1, *spans[0], status="confirmed"), _q(2, *spans[1], kind="indirect")])
    assert 'class="hl k-direct s-pending"' in first and 'class="hl k-direct s-confirmed"' in second
    assert 'class="hl k-indirect s-pending"' in second
    assert "\x01" not in second and "\ufffd1\ufffd" in second


def test_the_cached_layout_follows_a_changed_span_of_the_same_body() -> None:
    body = "She said “one two three” today."
    start = body.index("one")
    wide = highlighted_body(body, [_q(4, start, start + len("one two three"))])
    narrow = highlighted_body(body, [_q(4, start, start + len("one"))])
    assert [t for c, _, _, t in _segments(wide) if c] == ["one two three"]
    assert [t for c, _, _, t in _segments(narrow) if c] == ["one"]
    assert highlighted_body(body, []) == "<p>" + '<span data-offset="0">' + body + "</span></p>"
