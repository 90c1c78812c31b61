"""Filter forms whose language and outlet menus list what the stored articles hold (the claims queue and
the desk dashboard share them)."""

from __future__ import annotations

from typing import Any

from django import forms

from attribution.models import Article


class ArticleMenusFilterForm(forms.Form):
    """A GET filter form with `language` and `source` menus made from the articles stored, which keeps the
    filters it understood when one is not (a language no article has any more, a mistyped date): that
    one is left out, as the page says, not every filter with it."""

    ALL_LANGUAGES = "All"
    ALL_SOURCES = "All"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        langs = Article.objects.exclude(language="").order_by("language").values_list("language", flat=True)
        sources = Article.objects.exclude(source="").order_by("source").values_list("source", flat=True)
        self.fields["language"].choices = [("", self.ALL_LANGUAGES), *((x, x) for x in langs.distinct())]
        self.fields["source"].choices = [("", self.ALL_SOURCES), *((x, x) for x in sources.distinct())]

    def understood(self) -> dict[str, Any]:
        """The filters that were understood (none when the form was not given any)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return self.cleaned_data
