from __future__ import annotations

import pytest

from attribution.parsing import detect_language
from attribution.parsing.languages import available, get


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister said on Thursday that the talks would resume next week in Geneva.", "en"),
        ("Le ministre a déclaré jeudi que les négociations reprendraient la semaine prochaine.", "fr"),
        ("लावरोव ने कहा कि रूस संयुक्त राष्ट्र को मज़बूत करने में मदद करेगा।", "hi"),
        ("", "en"),
        ("12345 !!!", "en"),
    ],
)
def test_detects_language_from_script_and_common_words(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_language_modules_are_discovered_from_files() -> None:
    assert {"en", "fr", "hi"} <= set(available())
    assert get("fr-FR").code == "fr"
    assert get("xx").code == "en"
