"""Django admin: where admins correct anything. Quote edits here write QuoteEvents too."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import transaction
from django.db.models import F, ProtectedError, QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse

from attribution.models import Article, Person, PersonAlias, Quote, QuoteEvent, StaleQuoteError


class QuoteAdminForm(forms.ModelForm):
    """The admin's quote form carries the version it was loaded at (optimistic locking).

    A reviewer may confirm or correct the quote while an admin has the form open; saving the
    admin's stale copy would silently put the old values back. The save is refused instead,
    naming who changed the quote and when.
    """

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Quote
        fields = "__all__"  # the admin picks the fields it shows

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["expected_version"].initial = self.instance.version

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.instance.pk and self.has_changed():
            stale = _stale_message(self.instance.pk, cleaned.get("expected_version"))
            if stale:
                raise forms.ValidationError(stale, code="stale")
        return cleaned


def _stale_message(pk: int, expected: int | None) -> str | None:
    """Why saving a form loaded at version `expected` would overwrite someone's change, or None."""
    current = Quote.objects.select_related("reviewed_by").filter(pk=pk).first()
    if current is None or current.version == expected:
        return None
    if expected is None:
        return "This form was loaded without the quote's version; reload the page and make your change again."
    return (
        f"{StaleQuoteError(current)} Your form was for version {expected}, the quote is now at version "
        f"{current.version} (status: {current.get_status_display()}). Nothing was saved."
    )


class QuoteInline(admin.TabularInline):
    model = Quote
    form = QuoteAdminForm
    extra = 0
    fields = (
        "start", "end", "text", "kind", "speaker", "speaker_label", "status", "confidence", "rule",
        "expected_version",
    )
    readonly_fields = ("text", "confidence", "rule")
    autocomplete_fields = ("speaker",)
    show_change_link = True

    def get_queryset(self, request: HttpRequest) -> QuerySet[Quote]:
        return super().get_queryset(request).select_related("speaker")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "source", "language", "published", "parse_status", "created_at")
    list_filter = ("parse_status", "language", "source", "published")
    search_fields = ("title", "body", "source", "url")
    date_hierarchy = "published"
    readonly_fields = ("content_hash", "created_at", "updated_at", "parsed_at", "parse_error")
    inlines = [QuoteInline]

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        if formset.model is Quote:
            for inline_form in formset.forms:
                if inline_form.instance.pk and inline_form.has_changed():
                    stored = Quote.objects.get(pk=inline_form.instance.pk)
                    inline_form.instance._admin_before = stored.snapshot()
            versions = {f.instance.pk: f.cleaned_data.get("expected_version") for f in formset.forms
                        if f.instance.pk and hasattr(f, "cleaned_data")}
            instances = formset.save(commit=False)
            for obj in formset.deleted_objects:
                try:
                    obj.delete()
                except ProtectedError:
                    messages.error(
                        request,
                        f"Quote {obj.pk} was kept: people have reviewed it, and its audit history is "
                        "never deleted. Reject it instead.",
                    )
            changed = {f.instance.pk: f.changed_data for f in formset.forms if f.instance.pk}
            for quote in instances:
                _save_quote_with_event(quote, request, versions.get(quote.pk), changed.get(quote.pk))
            formset.save_m2m()
        else:
            super().save_formset(request, form, formset, change)


def _save_quote_with_event(
    quote: Quote, request: HttpRequest, expected_version: int | None = None, changed: list[str] | None = None
) -> None:
    """Save an admin's edit with one QuoteEvent naming the fields changed (`changed`).

    The quote's text is its span of the article (start/end), so it is not edited directly: the
    admin forms show it read-only and it follows the span."""
    before = getattr(quote, "_admin_before", None)
    with transaction.atomic():
        creating = quote.pk is None
        if not creating:
            # The form checked the version; check it again under the row lock, for a change that
            # landed between that check and this save.
            current = Quote.objects.select_for_update().only("version").get(pk=quote.pk)
            if expected_version is not None and current.version != expected_version:
                raise StaleQuoteError(Quote.objects.select_related("reviewed_by").get(pk=quote.pk))
        if quote.article_id:
            quote.text = quote.article.body[quote.start : quote.end]
        if not creating:
            quote.version = F("version") + 1
        quote.save()
        quote.refresh_from_db()
        after = quote.snapshot()
        if changed:
            after["admin_changed"] = sorted(changed)
        QuoteEvent.objects.create(
            quote=quote,
            actor=request.user,
            action=QuoteEvent.Action.ADD if creating else QuoteEvent.Action.ADMIN_EDIT,
            before=before,
            after=after,
        )


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1


@admin.action(description="Merge selected persons…")
def merge_persons(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Person]
) -> TemplateResponse | None:
    """First a page asking which person remains (nothing changes yet), then the merge."""
    persons = list(queryset.prefetch_related("aliases").order_by("pk"))  # quote_count: kept by the database
    if len(persons) < 2:
        modeladmin.message_user(request, "Select at least two persons to merge.", messages.WARNING)
        return None
    if request.POST.get("confirm_merge") == "yes":
        chosen = request.POST.get("survivor") or ""
        survivor = next((p for p in persons if str(p.pk) == chosen), None)
        if survivor is not None:
            others = [p for p in persons if p.pk != survivor.pk]
            names = ", ".join(p.name for p in others)
            moved = survivor.merge_from(others, by=request.user)
            modeladmin.message_user(
                request, f"Merged {names} into {survivor.name}; {moved} quotes moved.", messages.SUCCESS
            )
            return None
        modeladmin.message_user(request, "Choose the person that remains.", messages.ERROR)
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": "Merge persons",
        "opts": modeladmin.model._meta,
        "persons": persons,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/attribution/person/merge_confirm.html", context)


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "title", "external_id", "created_at")
    list_filter = ("kind",)
    search_fields = ("name", "aliases__name", "title", "external_id")
    inlines = [PersonAliasInline]
    actions = [merge_persons]

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        qs, _ = super().get_search_results(request, queryset, search_term)
        return qs.distinct(), False


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ("short_text", "speaker", "kind", "status", "confidence", "article", "reviewed_by")
    list_filter = ("status", "kind", "article__language", "article__source", "article__published")
    search_fields = ("text", "speaker__name", "speaker_label", "article__title")
    list_select_related = ("speaker", "article", "reviewed_by")
    autocomplete_fields = ("speaker", "article")
    # The text is the quote's span of the article: change start/end and it follows.
    readonly_fields = ("text", "version", "created_at", "updated_at", "reviewed_by", "reviewed_at")
    form = QuoteAdminForm

    @admin.display(description="quote")
    def short_text(self, obj: Quote) -> str:
        return obj.text[:80] + ("…" if len(obj.text) > 80 else "")

    def save_model(self, request: HttpRequest, obj: Quote, form: Any, change: bool) -> None:
        if change and not form.has_changed():
            return  # "Save" on an unchanged quote: nothing to record
        if change:
            obj._admin_before = Quote.objects.get(pk=obj.pk).snapshot()
        expected = form.cleaned_data.get("expected_version") if change else None
        _save_quote_with_event(obj, request, expected, form.changed_data)


@admin.register(QuoteEvent)
class QuoteEventAdmin(admin.ModelAdmin):
    """The audit log is read-only, even for superusers."""

    list_display = ("created_at", "action", "actor", "quote")
    list_filter = ("action", "created_at")
    search_fields = ("quote__text", "actor__username")
    list_select_related = ("actor", "quote")
    readonly_fields = ("quote", "actor", "action", "before", "after", "undone", "created_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


admin.site.site_header = "Quotedesk administration"
admin.site.site_title = "Quotedesk admin"


# -- API tokens (read API) ----------------------------------------------------------------------------------
from attribution.models import ApiToken  # noqa: E402


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Admins create tokens here; the plain key is shown once, in the message after saving."""

    list_display = ("name", "user", "prefix", "created", "last_used")
    list_select_related = ("user",)
    search_fields = ("name", "user__username", "prefix")
    readonly_fields = ("prefix", "created", "last_used")
    autocomplete_fields = ("user",)

    def get_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return ["name", "user"] if obj is None else ["name", "user", "prefix", "created", "last_used"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        # A key belongs to one account for good: to move it, delete it and create a new one.
        return (*self.readonly_fields, "user") if obj is not None else self.readonly_fields

    def save_model(self, request: HttpRequest, obj: ApiToken, form: Any, change: bool) -> None:
        key = None if change else obj.set_new_key()
        super().save_model(request, obj, form, change)
        if key:
            self.message_user(
                request,
                f"API token for {obj.user}: {key} — copy it now; it is stored hashed and will not be shown "
                f"again. Use it as the header 'Authorization: Token {key}'.",
                messages.WARNING,
            )

import attribution.suggestions_admin  # noqa: E402, F401  (RuleSuggestionAdmin: what reviewers taught)
import attribution.workflow_admin  # noqa: E402, F401  (team workflow and second review, read-only)
