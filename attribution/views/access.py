"""Small access helpers shared by the views: each raises PermissionDenied, never returns a 403 itself."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied

REVIEW_PERM = "attribution.review_quote"
IMPORT_PERM = "attribution.import_articles"
EXPORT_PERM = "attribution.export_quotes"


def require_perm(user: AbstractBaseUser | AnonymousUser, perm: str) -> None:
    if not user.has_perm(perm):
        raise PermissionDenied(f"Your account lacks the permission {perm!r}.")
