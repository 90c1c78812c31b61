"""The team workflow and second review in the Django admin: to look things up, not to change them.

Every change to these records goes through a model method that writes its audit event (assignment,
flags, comments, independent reviews, rulings); an admin form would skip that event. So the admin shows
them read-only (lists with filters and search, and each record's page), as it does the quote audit log.
An admin corrects the work itself (a quote, a person) on those models' own admin pages.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from attribution.second_review import Adjudication, IndependentReview, SecondReview, SecondReviewEvent
from attribution.workflow_models import Assignment, Comment, Flag, Notification, WorkflowEvent


class ReadOnlyAdmin(admin.ModelAdmin):
    """Lists and detail pages only: no add, change or delete, even for superusers."""

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [f.name for f in self.model._meta.get_fields() if f.concrete]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        queryset = super().get_queryset(request)
        names = {f.name for f in self.model._meta.get_fields()}
        # an article's title names it in the list; its body (up to megabytes) is never read here
        return queryset.defer("article__body") if "article" in names else queryset

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Assignment)
class AssignmentAdmin(ReadOnlyAdmin):
    list_display = ("article", "reviewer", "assigned_by", "assigned_at")
    list_filter = ("reviewer", "assigned_at")
    search_fields = ("article__title", "reviewer__username")
    list_select_related = ("article", "reviewer", "assigned_by")


@admin.register(Flag)
class FlagAdmin(ReadOnlyAdmin):
    list_display = ("quote", "kind", "reason", "flagged_by", "flagged_at", "cleared_at")
    list_filter = ("kind", "flagged_at", ("cleared_at", admin.EmptyFieldListFilter))
    search_fields = ("reason", "quote__text", "flagged_by__username")
    list_select_related = ("quote__speaker", "flagged_by")


@admin.register(Comment)
class CommentAdmin(ReadOnlyAdmin):
    list_display = ("article", "author", "body", "created_at")
    list_filter = ("created_at",)
    search_fields = ("body", "author__username", "article__title")
    list_select_related = ("article", "author")


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ("recipient", "kind", "text", "created_at", "read_at")
    list_filter = ("kind", "created_at", ("read_at", admin.EmptyFieldListFilter))
    search_fields = ("text", "recipient__username")
    list_select_related = ("recipient",)


@admin.register(WorkflowEvent)
class WorkflowEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "action", "actor", "article", "quote")
    list_filter = ("action", "created_at")
    search_fields = ("article__title", "actor__username")
    list_select_related = ("actor", "article", "quote__speaker")


@admin.register(SecondReview)
class SecondReviewAdmin(ReadOnlyAdmin):
    list_display = ("article", "active", "required_by", "required_at")
    list_filter = ("active", "required_at")
    search_fields = ("article__title",)
    list_select_related = ("article", "required_by")


@admin.register(IndependentReview)
class IndependentReviewAdmin(ReadOnlyAdmin):
    list_display = ("quote", "reviewer", "status", "speaker", "reviewed_at")
    list_filter = ("status", "reviewed_at")
    search_fields = ("quote__text", "reviewer__username")
    list_select_related = ("quote__speaker", "reviewer", "speaker")


@admin.register(Adjudication)
class AdjudicationAdmin(ReadOnlyAdmin):
    list_display = ("quote", "status", "speaker", "decided_by", "decided_at")
    list_filter = ("status", "decided_at")
    search_fields = ("quote__text", "decided_by__username")
    list_select_related = ("quote__speaker", "speaker", "decided_by")


@admin.register(SecondReviewEvent)
class SecondReviewEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "action", "actor", "article", "quote")
    list_filter = ("action", "created_at")
    search_fields = ("article__title", "actor__username")
    list_select_related = ("actor", "article", "quote__speaker")
