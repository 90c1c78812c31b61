"""Build a document's name registry for a test and read back what it holds."""

from __future__ import annotations

from attribution.parsing import languages
from attribution.parsing.document import Document
from attribution.parsing.entities import Entity
from attribution.parsing.text import share_tokens


def registered(text: str, lang: str = "en") -> dict[str, Entity]:
    """The registry's entities by name (Document builds the registry with registry/build.py)."""
    try:
        doc = Document(text, languages.get(lang))
        return {e.name: e for e in doc.registry.entities}
    finally:
        share_tokens(None)
