"""A reviewer's own settings for the desk (issue 14, item 9).

Today one: the single-key shortcuts of the review page (j, k, a, r, s, u, ?, Enter). WCAG 2.1.4
(Character Key Shortcuts) asks that shortcuts made of one printable key can be turned off: speech
input users dictate words whose letters would otherwise confirm and reject quotes. Stored per user
(not per browser), so the choice follows the reviewer to any machine. A user without a row has
the defaults.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models


class ReviewerPreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, related_name="review_preference", on_delete=models.CASCADE
    )
    single_key_shortcuts = models.BooleanField(
        default=True, help_text="The review page acts on single keys (j, k, a, r, s, u, ?, Enter)."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "attribution"

    def __str__(self) -> str:
        state = "on" if self.single_key_shortcuts else "off"
        return f"{self.user} (single-key shortcuts {state})"

    @classmethod
    def for_user(cls, user: Any) -> ReviewerPreference:
        """The user's preferences: the stored row, or the defaults (unsaved) when there is none."""
        found = cls.objects.filter(user_id=user.pk).first()
        return found or cls(user_id=user.pk)

    @classmethod
    def set_single_key_shortcuts(cls, user: Any, on: bool) -> ReviewerPreference:
        preference, _ = cls.objects.update_or_create(user_id=user.pk, defaults={"single_key_shortcuts": on})
        return preference
