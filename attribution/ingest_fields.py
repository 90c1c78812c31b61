"""The fields of one imported article's metadata, checked one by one (JSONL lines, and the command).

Each check raises `FieldError` with a reason meant for the person importing; the importer prefixes the
file and line number. A field that is absent, null or "" is empty; any other value must be of the
field's type, within the column's length (PostgreSQL enforces it; SQLite would not), and free of control
characters (runs of spaces, tabs and line breaks become one space). URLs must be http(s).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from django.core.exceptions import ValidationError

from attribution.validators import first_control_character, web_url

# The columns' lengths (attribution.models.Article).
MAX_LENGTHS = {"title": 500, "source": 200, "byline": 300, "language": 12, "url": 2000}
_SPACES = re.compile(r"[ \t\r\n]+")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


class FieldError(ValueError):
    """A field value that cannot be stored; the message names the field and says why."""


def json_type(value: Any) -> str:
    """What a JSON value is, in words: "a number", "a list", "an object"…"""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "text"


def _shown(value: str) -> str:
    return json.dumps(value[:40] + ("…" if len(value) > 40 else ""), ensure_ascii=True)


def text_field(record: dict[str, Any], name: str, *keys: str) -> str:
    """A one-line text field (title, source, byline, language); "" when absent."""
    value = next((record[key] for key in (name, *keys) if record.get(key) not in (None, "")), None)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(f'"{name}" must be text, not {json_type(value)}.')
    value = _SPACES.sub(" ", value).strip()
    if char := first_control_character(value):
        raise FieldError(f'"{name}" contains a control character ({char}).')
    limit = MAX_LENGTHS[name]
    if len(value) > limit:
        raise FieldError(f'"{name}" is {len(value):,} characters long; the limit is {limit:,}.')
    if name == "language" and value and not _LANGUAGE.fullmatch(value):
        raise FieldError(f'"language" must be a language code such as en or pt-BR, not {_shown(value)}.')
    return value


def url_field(record: dict[str, Any]) -> str | None:
    """The article's web address: http(s) only, at most 2,000 characters; None when absent."""
    value = record.get("url")
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise FieldError(f'"url" must be text, not {json_type(value)}.')
    value = value.strip()
    if len(value) > MAX_LENGTHS["url"]:
        raise FieldError(f'"url" is {len(value):,} characters long; the limit is {MAX_LENGTHS["url"]:,}.')
    if char := first_control_character(value):
        raise FieldError(f'"url" contains a control character ({char}).')
    try:
        web_url(value)
    except ValidationError:
        raise FieldError(
            f'"url" {_shown(value)} is not a web address starting with http:// or https://.'
        ) from None
    return value


def date_field(record: dict[str, Any], name: str = "published") -> dt.date | None:
    """A date (2021-05-14) or a date and time (2021-05-14T08:30:00Z, the date is kept); None when absent."""
    value = record.get(name)
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise FieldError(f'"{name}" must be a date written like 2021-05-14, not {json_type(value)}.')
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise FieldError(f'"{name}" {_shown(value)} is not an ISO date (YYYY-MM-DD).') from None


def body_field(record: dict[str, Any]) -> tuple[str, str]:
    """("html" | "text", content): html when it has any, else text; FieldError when neither is usable."""
    for name in ("html", "text"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise FieldError(f'"{name}" must be text, not {json_type(value)}.')
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        return "html", html
    if isinstance(text, str):
        return "text", text
    raise FieldError('needs a "text" or "html" field.')
