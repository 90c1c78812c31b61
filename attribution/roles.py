"""The three roles and what each may do. Groups are (re)created after every migrate."""

from __future__ import annotations

from typing import Any

REVIEWER, EDITOR, ADMIN = "Reviewer", "Editor", "Admin"
FACT_CHECKER = "Fact-checker"

# codenames on the attribution app
ROLE_PERMISSIONS: dict[str, set[str]] = {
    REVIEWER: {"review_quote", "view_article", "view_quote", "view_person", "view_quoteevent", "add_person"},
}
# Fact-checkers review quotes and give verdicts on claims (the /claims/ queue).
ROLE_PERMISSIONS[FACT_CHECKER] = ROLE_PERMISSIONS[REVIEWER] | {"check_claim", "view_claimverdict"}
ROLE_PERMISSIONS[EDITOR] = ROLE_PERMISSIONS[REVIEWER] | {
    "import_articles", "export_quotes", "add_article", "check_claim", "view_claimverdict", "change_statement",
    "view_dashboard",
}
# editors give articles to reviewers (attribution/views/workflow_assign.py)
ROLE_PERMISSIONS[EDITOR] |= {"assign_articles"}
# editors keep the people directory: rename, titles, aliases, merge and split (attribution/views/people.py)
ROLE_PERMISSIONS[EDITOR] |= {"change_person", "view_personalias", "view_personevent"}
# editors require second reviews, adjudicate disagreements and see agreement / throughput (second_review)
ROLE_PERMISSIONS[EDITOR] |= {"require_second_review", "view_review_stats"}
ROLE_PERMISSIONS[ADMIN] = ROLE_PERMISSIONS[EDITOR] | {
    "change_article", "delete_article", "change_person", "delete_person", "change_quote", "delete_quote",
    "add_quote", "add_personalias", "change_personalias", "delete_personalias", "view_personalias",
    "view_apitoken", "add_apitoken", "change_apitoken", "delete_apitoken",
    "view_rulesuggestion", "change_rulesuggestion",
    "view_statement", "change_claimverdict", "delete_claimverdict",
}


# Admins see failed logins and lift lockouts (django-axes: delete the access attempt) in the admin.
AXES_PERMISSIONS: dict[str, set[str]] = {
    ADMIN: {"view_accessattempt", "delete_accessattempt", "view_accessfailurelog", "view_accesslog"},
}


def ensure_groups(**kwargs: Any) -> None:
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    for app in ("attribution", "axes"):
        create_permissions(global_apps.get_app_config(app), verbosity=0)
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        perms = Permission.objects.filter(
            Q(content_type__app_label="attribution", codename__in=codenames)
            | Q(content_type__app_label="axes", codename__in=AXES_PERMISSIONS.get(role, set()))
        )
        group.permissions.set(perms)
