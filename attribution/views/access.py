"""Small access helpers shared by the views: each raises PermissionDenied, never returns a 403 itself."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q

REVIEW_PERM = "attribution.review_quote"
IMPORT_PERM = "attribution.import_articles"
EXPORT_PERM = "attribution.export_quotes"


def load_permissions(user: AbstractBaseUser | AnonymousUser) -> None:
    """Reads an active user's permissions, their own and their groups', in one query, into the cache
    ModelBackend.has_perm reads (`_perm_cache`, the union of the two it would read in two queries):
    every later check of the request (the view's, the templates' `perms`) asks no query.
    Superusers (every permission) and inactive users (none) are left to ModelBackend."""
    if not user.is_authenticated or not user.is_active or getattr(user, "is_superuser", False):
        return
    if hasattr(user, "_perm_cache"):
        return
    groups = get_user_model()._meta.get_field("groups")
    in_groups = Q(**{f"group__{groups.related_query_name()}": user})
    names = (
        Permission.objects.filter(Q(user=user) | in_groups)
        .values_list("content_type__app_label", "codename")
        .order_by()
        .distinct()
    )
    user._perm_cache = {f"{app}.{codename}" for app, codename in names}  # type: ignore[union-attr]


def require_perm(user: AbstractBaseUser | AnonymousUser, perm: str) -> None:
    load_permissions(user)
    if not user.has_perm(perm):
        raise PermissionDenied(f"Your account lacks the permission {perm!r}.")
