"""'Export what I see' holds for the workflow's queue filters: My queue, a reviewer's work, flags."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _exported(client: Any, **params: str) -> list[str]:
    response = client.get(reverse("export_quotes"), {"format": "jsonl", "status": "all", **params})
    assert response.status_code == 200, response.content[:300]
    lines = b"".join(response.streaming_content).splitlines()
    return sorted(json.loads(line)["article_title"] for line in lines)


def test_the_queue_export_menu_carries_my_queue_and_the_flag_filter(
    client_for: Any, editor: Any, reviewer: Any, articles: list[Any]
) -> None:
    from attribution.models import Assignment, Flag

    Assignment.assign(articles[:2], editor, by=editor)
    Flag.raise_on(articles[1].quotes.get(), "later", "check the figure", by=editor)
    client = client_for(editor)
    mine = client.get(reverse("queue"), {"assigned": "me"}).content.decode()
    # the menu names the user, so the exported file is the same whoever opens the link
    assert f'name="assigned" value="@{editor.get_username()}"' in mine
    assert _exported(client, assigned=f"@{editor.get_username()}") == ["Story 0", "Story 1"]
    assert _exported(client, assigned="none") == ["Story 2"]
    flagged = client.get(reverse("queue"), {"flag": "any"}).content.decode()
    assert 'name="flag" value="any"' in flagged
    assert _exported(client, flag="any") == ["Story 1"] == _exported(client, flag="later")
    assert _exported(client, flag="second_look") == []


@pytest.mark.parametrize(("name", "value"), [("assigned", "me"), ("assigned", "x"), ("flag", "maybe")])
def test_an_unreadable_workflow_filter_is_a_400(client_for: Any, editor: Any, name: str, value: str) -> None:
    response = client_for(editor).get(reverse("export_quotes"), {"format": "jsonl", name: value})
    assert response.status_code == 400 and name in response.content.decode()
