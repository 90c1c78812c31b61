"""Checks shared by the models, the forms and the importers.

Control characters have no business in a name, a title, a source or a URL: they are invisible on the
page, and a spreadsheet (or openpyxl) drops them, which is how "\\x01=HYPERLINK(…)" used to become a
live formula. Tab, line feed and carriage return are control characters too; fields that collapse
whitespace first (person names typed in a form) never get that far with them.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.deconstruct import deconstructible

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
URL_SCHEMES = ("http", "https")


def first_control_character(value: str) -> str | None:
    """The first C0/C1 control character in `value`, as U+XXXX, or None."""
    match = CONTROL_CHARACTERS.search(value)
    return f"U+{ord(match.group()):04X}" if match else None


@deconstructible
class NoControlCharacters:
    """Field validator: refuse text holding a control character, naming it."""

    message = "Control characters (here %(char)s) are not allowed."
    code = "control_character"

    def __call__(self, value: object) -> None:
        if isinstance(value, str) and (char := first_control_character(value)):
            raise ValidationError(self.message, code=self.code, params={"char": char})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NoControlCharacters)

    def __hash__(self) -> int:
        return hash(self.code)


no_control_characters = NoControlCharacters()
# http and https only: javascript:, data: and file: links must never be stored and shown as a link.
# (Its own code: a form or model field would replace the message of the code "invalid" with its own.)
web_url = URLValidator(
    schemes=list(URL_SCHEMES),
    message="Enter a web address starting with http:// or https://.",
    code="not_a_web_url",
)
