"""Admin for what reviewers' corrections taught the parser: admins accept or dismiss each suggestion."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import Max, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html, format_html_join

from attribution.models import QuoteEvent, RuleSuggestion


@admin.register(RuleSuggestion)
class RuleSuggestionAdmin(admin.ModelAdmin):
    list_display = (
        "value",
        "kind",
        "language",
        "lemma",
        "frame",
        "count",
        "first_example",
        "status",
        "decided_by",
    )
    list_filter = ("status", "kind", "language")
    search_fields = ("value", "lemma")
    list_select_related = ("decided_by",)
    actions = ["accept_suggestions", "dismiss_suggestions"]
    fields = (
        "kind",
        "language",
        "value",
        "lemma",
        "frame",
        "other_forms",
        "count",
        "example_sentences",
        "status",
        "decided_by",
        "decided_at",
    )
    readonly_fields = (
        "kind",
        "language",
        "value",
        "other_forms",
        "count",
        "example_sentences",
        "status",
        "decided_by",
        "decided_at",
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # suggestions come from reviewers' corrections (learning.gather), not by hand

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if self.has_view_permission(request) and _new_corrections():
            from attribution.learning import gather

            gather()
        return super().changelist_view(request, extra_context)

    @admin.display(description="example")
    def first_example(self, obj: RuleSuggestion) -> str:
        text = (obj.examples or [""])[0]
        return text[:120] + ("…" if len(text) > 120 else "")

    @admin.display(description="also installs")
    def other_forms(self, obj: RuleSuggestion) -> str:
        """A cue's other forms, made by analogy with a known verb, that accepting it installs too."""
        if obj.kind != RuleSuggestion.Kind.CUE:
            return "—"
        from attribution.parsing.languages import overlay

        return ", ".join(overlay.other_forms(obj.language, obj.value)) or "—"

    @admin.display(description="examples")
    def example_sentences(self, obj: RuleSuggestion) -> str:
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((e,) for e in obj.examples or []))
        )

    def _decide(self, request: HttpRequest, queryset: QuerySet[RuleSuggestion], accept: bool) -> None:
        done = 0
        for suggestion in queryset:
            try:
                suggestion.accept(by=request.user) if accept else suggestion.dismiss(by=request.user)
                done += 1
            except ValueError as exc:
                self.message_user(request, str(exc), messages.ERROR)
        verb = "Accepted" if accept else "Dismissed"
        note = " The next parse uses them; re-parse articles to apply them to old ones." if accept else ""
        self.message_user(request, f"{verb} {done} suggestion(s).{note}", messages.SUCCESS)

    @admin.action(description="Accept: add to this installation's language data", permissions=["change"])
    def accept_suggestions(self, request: HttpRequest, queryset: QuerySet[RuleSuggestion]) -> None:
        self._decide(request, queryset, accept=True)

    @admin.action(description="Dismiss", permissions=["change"])
    def dismiss_suggestions(self, request: HttpRequest, queryset: QuerySet[RuleSuggestion]) -> None:
        self._decide(request, queryset, accept=False)


def _new_corrections() -> bool:
    """A correction newer than the last gathering (one small query each)."""
    newest = QuoteEvent.objects.filter(
        action__in=[QuoteEvent.Action.ADD, QuoteEvent.Action.REASSIGN]
    ).aggregate(t=Max("created_at"))["t"]
    gathered = RuleSuggestion.objects.aggregate(t=Max("updated_at"))["t"]
    return newest is not None and (gathered is None or newest > gathered)
