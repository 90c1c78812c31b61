"""The people directory (/people/) and a person's page: every quote of a speaker in one place.

Reviewers see; editors (attribution.change_person) rename, set title / external id / kind, add and
remove aliases, merge and split, and undo any of those. Every change is a Person method writing one
PersonEvent (attribution/person_models.py). Plain forms answered with a redirect (no JavaScript
needed); a refused change answers 409 with the reason on the page.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from attribution.exports import FilterError
from attribution.models import Article, Person, PersonAlias, PersonEditConflict, PersonEvent, Quote
from attribution.quote_search import NEWEST_FIRST, QuoteSearchFilters, export_links
from attribution.views.access import REVIEW_PERM, require_perm

EDIT_PERM = "attribution.change_person"
DIRECTORY_PAGE = 50
PERSON_PAGE = 50
MERGE_CANDIDATES = 10
ALL_STATUSES = ",".join(Quote.Status.values)
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")


def wikidata_url(external_id: str) -> str:
    return f"https://www.wikidata.org/wiki/{external_id}" if _WIKIDATA.match(external_id or "") else ""


def _query(request: HttpRequest) -> str:
    return " ".join((request.GET.get("q") or "").split())[:100]


@login_required
@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    """Persons by number of quotes, searchable by name or alias, filterable by kind, 50 a page."""
    require_perm(request.user, REVIEW_PERM)
    typed, kind = _query(request), request.GET.get("kind") or ""
    persons = Person.objects.all()
    if kind:
        if kind not in Person.Kind.values:
            return HttpResponseBadRequest(f"kind must be one of {', '.join(Person.Kind.values)}.")
        persons = persons.filter(kind=kind)
    if typed:
        persons = persons.named_like(typed)
    # quote_count is kept by the database (migration 0070): no counting of the quotes table here
    persons = persons.order_by("-quote_count", "name", "pk")
    page = Paginator(persons, DIRECTORY_PAGE).get_page(request.GET.get("page"))
    aliases: dict[int, list[str]] = {}
    for person_id, name in PersonAlias.objects.filter(person__in=[p.pk for p in page]).values_list(
        "person_id", "name"
    ):
        aliases.setdefault(person_id, []).append(name)
    for person in page:
        person.alias_list = sorted(aliases.get(person.pk, []))
    keep = urlencode({k: v for k, v in (("q", typed), ("kind", kind)) if v})
    context = {"page": page, "typed": typed, "kind": kind, "kinds": Person.Kind.choices, "keep": keep}
    if request.htmx and request.htmx.target == "people-results":
        return render(request, "people/directory.html#results", context)
    return render(request, "people/directory.html", context)


def _person_for(request: HttpRequest, pk: int, perm: str = REVIEW_PERM) -> Person:
    require_perm(request.user, perm)
    return get_object_or_404(Person, pk=pk)


@login_required
@require_GET
def person_page(request: HttpRequest, pk: int) -> HttpResponse:
    """Every quote of the person across articles (newest first, filterable), names, articles, history."""
    require_perm(request.user, REVIEW_PERM)
    person = Person.objects.prefetch_related("aliases").filter(pk=pk).first()
    if person is None:
        # merged into someone (by an editor, dedupe_persons, or a reviewer's correction): links to the
        # old page (bookmarks, exports, notifications) lead to the person it became
        survivor = PersonEvent.survivor_of(pk)
        if survivor is None:
            raise Http404("No such person.")
        into = Person.objects.get(pk=survivor)
        messages.info(request, f"Person #{pk} was merged into {into.name}: their quotes are here.")
        query = request.META.get("QUERY_STRING", "")
        return redirect(reverse("person", args=[survivor]) + (f"?{query}" if query else ""))
    params = request.GET.copy()
    params["speaker"] = str(person.pk)
    try:
        filters = QuoteSearchFilters.from_params(params, default_status=ALL_STATUSES)
    except FilterError as error:
        return HttpResponseBadRequest(str(error))
    quotes = (
        filters.apply(Quote.objects.all())
        .select_related("article")
        .defer("article__body")  # an article's body can be megabytes: the page shows the quote
        .order_by(*NEWEST_FIRST)
    )
    page = Paginator(quotes, PERSON_PAGE).get_page(request.GET.get("page"))
    articles = list(
        Article.objects.filter(quotes__speaker=person)
        .values("pk", "title", "source", "published")  # grouped by these, not the body
        .annotate(n_quotes=Count("quotes"))
        .order_by("-published", "-pk")[:100]
    )
    sources = sorted({a["source"] for a in articles if a["source"]})
    events = list(person.events.select_related("actor")[:50])
    shown = {k: v for k, v in request.GET.items() if k in QuoteSearchFilters.FIELDS and v}
    context = {
        "person": person,
        "page": page,
        "articles": articles,
        "sources": sources,
        "events": events,
        "filters": shown,
        "keep": urlencode(shown),
        "export_links": export_links({**shown, "speaker": person.pk}),
        "statuses": Quote.Status.choices,
        "kinds": Quote.Kind.choices,
        "person_kinds": Person.Kind.choices,
        "wikidata": wikidata_url(person.external_id),
        "can_edit": request.user.has_perm(EDIT_PERM),
    }
    return render(request, "people/person.html", context)


def _back(person: Person, note: str = "") -> HttpResponse:
    return redirect(reverse("person", args=[person.pk]) + note)


def _refused(request: HttpRequest, person: Person, error: Exception) -> HttpResponse:
    messages.error(request, str(error))
    return redirect(reverse("person", args=[person.pk]))


@login_required
@require_POST
def update(request: HttpRequest, pk: int) -> HttpResponse:
    """Rename, or set the title, external id or kind: the form sends one `field` and its `value`."""
    person = _person_for(request, pk, EDIT_PERM)
    field, value = request.POST.get("field", ""), request.POST.get("value", "")
    setters = {
        "name": person.rename,
        "title": person.set_title,
        "external_id": person.set_external_id,
        "kind": person.set_kind,
    }
    if field not in setters:
        return HttpResponseBadRequest("field must be one of name, title, external_id, kind.")
    try:
        event = setters[field](value, by=request.user)
    except PersonEditConflict as error:
        return _refused(request, person, error)
    if event is not None:
        messages.success(request, f"{event.get_action_display()}: {event.summary()}")
    return _back(person)


@login_required
@require_POST
def add_alias(request: HttpRequest, pk: int) -> HttpResponse:
    person = _person_for(request, pk, EDIT_PERM)
    try:
        event = person.add_alias_by(request.POST.get("alias", ""), by=request.user)
    except PersonEditConflict as error:
        return _refused(request, person, error)
    alias = event.after["alias"]
    messages.success(request, f"Added the alias “{alias}”.")
    # Another person's own name as an alias makes that name ambiguous: the parser then leaves every
    # quote it reads under that name without a speaker. Said at once, with what to do if it is one person.
    for other in Person.objects.exclude(pk=person.pk).filter(name__iexact=alias)[:3]:
        messages.warning(
            request,
            f"“{alias}” is also the name of {other.name} (#{other.pk}): the parser will now ask which of the "
            f"two each time it reads it. If they are one person, merge #{other.pk} into {person.name}; "
            "if not, undo this alias in the history.",
        )
    return _back(person, "#names")


@login_required
@require_POST
def remove_alias(request: HttpRequest, pk: int) -> HttpResponse:
    person = _person_for(request, pk, EDIT_PERM)
    try:
        person.remove_alias(request.POST.get("alias", ""), by=request.user)
    except PersonEditConflict as error:
        return _refused(request, person, error)
    return _back(person, "#names")


@login_required
def split_alias(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the preview of splitting `alias` out (the quotes that move, per article). POST with
    confirm: the split, if what moves is still what the preview showed."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD, POST"})
    person = _person_for(request, pk, EDIT_PERM)
    source = request.POST if request.method == "POST" else request.GET
    try:
        preview = person.split_preview(source.get("alias", ""))
    except PersonEditConflict as error:
        return _refused(request, person, error)
    context = {"person": person, "preview": preview, "shown": ",".join(map(str, preview["quote_ids"]))}
    if request.method == "POST" and source.get("confirm") == "yes":
        if source.get("quotes", "") != context["shown"]:
            context["changed"] = True  # quotes came or went since the preview: show the new one
            return render(request, "people/split.html", context, status=409)
        new = person.split_alias(preview["alias"], by=request.user)
        moved = preview["quotes"]
        messages.success(
            request,
            f"“{new.name}” is now a person of its own: {moved} quote{'' if moved == 1 else 's'} moved.",
        )
        return redirect(reverse("person", args=[new.pk]))
    return render(request, "people/split.html", context)


def _other_person(person: Person, typed: str) -> Person:
    """The person an editor named for a merge: an id, or a name or alias that fits exactly one."""
    typed = " ".join(typed.split())
    if typed.isdigit():
        other = Person.objects.filter(pk=int(typed)).first()
        if other is None:
            raise PersonEditConflict(f"No person #{typed}.")
    else:
        found = list(Person.objects.matching(typed).exclude(pk=person.pk)[:3]) if typed else []
        if len(found) != 1:
            raise PersonEditConflict(
                f"“{typed}” fits {len(found)} other persons: pick one below, or give the person's id."
                if found
                else f"No other person is called exactly “{typed}”."
            )
        other = found[0]
    if other.pk == person.pk:
        raise PersonEditConflict("A person cannot be merged into itself.")
    return other


@login_required
def merge(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the preview of merging `other` into this person. POST with confirm: the merge."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD, POST"})
    person = _person_for(request, pk, EDIT_PERM)
    source = request.POST if request.method == "POST" else request.GET
    try:
        other = _other_person(person, source.get("other", ""))
    except PersonEditConflict as error:
        typed = " ".join(source.get("other", "").split())
        # a partial or shared name is no dead end: the persons it could mean, each a click from its preview
        candidates = (
            Person.objects.exclude(pk=person.pk)
            .named_like(typed)
            .order_by("-quote_count", "name", "pk")[:MERGE_CANDIDATES]
            if typed and not typed.isdigit()
            else []
        )
        context = {
            "person": person, "error": str(error), "typed": typed, "candidates": candidates,
            "more_than_listed": len(candidates) == MERGE_CANDIDATES,
        }  # fmt: skip
        # a list to choose from is an answer (200); a name that fits nobody is refused (409)
        return render(request, "people/merge.html", context, status=200 if candidates else 409)
    if request.method == "POST" and source.get("confirm") == "yes":
        moved = person.merge_from([other], by=request.user)
        quotes = "1 quote" if moved == 1 else f"{moved} quotes"
        messages.success(request, f"Merged “{other.name}” into “{person.name}”: {quotes} moved.")
        return _back(person)
    preview = person.merge_preview([other])
    return render(request, "people/merge.html", {"person": person, "other": other, "preview": preview})


@login_required
@require_POST
def undo_event(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request.user, EDIT_PERM)
    event = get_object_or_404(PersonEvent, pk=pk)
    try:
        event.undo(by=request.user)
    except PersonEditConflict as error:
        messages.error(request, f"Could not undo: {error}")
        response = redirect(reverse("person", args=[event.person_id]))
        if Person.objects.filter(pk=event.person_id).exists():
            return response
        return redirect(reverse("people"))
    messages.success(request, f"Undone: {event.get_action_display()} ({event.summary()}).")
    return redirect(reverse("person", args=[event.person_id]))
