from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AttributionConfig(AppConfig):
    name = "attribution"
    verbose_name = "Quotedesk"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from attribution.roles import ensure_groups

        post_migrate.connect(ensure_groups, sender=self)
