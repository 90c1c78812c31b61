"""Keys for the read API."""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone


class ApiToken(models.Model):
    """A key for the read API (`Authorization: Token <key>`), created by an admin.

    Only a SHA-256 of the key is stored: the keys are 256-bit random strings, so a fast hash is
    enough, and a leaked database does not leak usable keys. The plain key is shown once.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="api_tokens", on_delete=models.CASCADE)
    name = models.CharField(max_length=100, help_text="What the token is for, e.g. 'newsroom dashboard'.")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(
        max_length=8, editable=False, help_text="First characters of the key, to tell keys apart."
    )
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True, editable=False)

    # Writing last_used on every request would turn each API read into a write; once a minute is enough.
    LAST_USED_RESOLUTION_SECONDS = 60

    class Meta:
        ordering = ["-created"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def set_new_key(self) -> str:
        """Give the token a fresh random key; returns the plain key (store it nowhere)."""
        import secrets

        key = secrets.token_urlsafe(32)
        self.key_hash = self.hash_key(key)
        self.prefix = key[:8]
        return key

    @classmethod
    def create_for(cls, user: Any, name: str) -> tuple[ApiToken, str]:
        token = cls(user=user, name=name)
        key = token.set_new_key()
        token.save()
        return token, key

    @classmethod
    def user_for_key(cls, key: str) -> Any | None:
        """The active user owning `key`, or None; records when the token was last used."""
        if not key:
            return None
        token = cls.objects.select_related("user").filter(key_hash=cls.hash_key(key)).first()
        if token is None or not token.user.is_active:
            return None
        now = timezone.now()
        since = (now - token.last_used).total_seconds() if token.last_used else None
        if since is None or since > cls.LAST_USED_RESOLUTION_SECONDS:
            cls.objects.filter(pk=token.pk).update(last_used=now)
        return token.user
