"""Speaker pages and the speaker typeahead."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from attribution.models import Person
from attribution.validators import CONTROL_CHARACTERS, first_control_character
from attribution.views.access import REVIEW_PERM, require_perm

TYPEAHEAD_LIMIT = 8
ADD_PERSON_PERM = "attribution.add_person"


def person_from_form(request: HttpRequest) -> Person | None:
    """The speaker a form names: a typeahead pick (`person`), a new name (`new_name`), or typed text.

    Typed text matches a canonical name or alias first; an unknown name becomes a new Person
    (if the user may add persons). Empty text means "speaker unknown".
    """
    from attribution.views.review_common import BadInput

    picked = (request.POST.get("person") or "").strip()
    if picked:
        if not picked.isdigit():
            raise BadInput("Pick a speaker from the list.")
        person = Person.objects.filter(pk=int(picked)).first()
        if person is None:
            raise BadInput("That person no longer exists; pick another.")
        return person
    name = " ".join((request.POST.get("new_name") or request.POST.get("speaker") or "").split())[:300]
    if not name:
        return None
    if char := first_control_character(name):
        # Invisible on the page, and dropped by spreadsheets in front of a formula ("\x01=HYPERLINK(…)").
        raise BadInput(f"A speaker's name cannot contain control characters (here {char}).")
    # A typed name that is two people's name or alias (two Johnsons) never silently picks one.
    found = list(Person.objects.matching(name).order_by("name", "pk")[:6])
    exact = [p for p in found if p.name.casefold() == name.casefold()]
    if len(exact) == 1 or len(found) == 1:
        return exact[0] if exact else found[0]
    if found:
        names = ", ".join(p.name + (f" ({p.title})" if p.title else "") for p in found[:5])
        raise BadInput(f"“{name}” could be {names}: pick the speaker from the list.")
    require_perm(request.user, ADD_PERSON_PERM)
    return Person.objects.create(name=name)


@login_required
@require_GET
def person_search(request: HttpRequest) -> HttpResponse:
    """Typeahead options: persons whose name or an alias contains what was typed."""
    require_perm(request.user, REVIEW_PERM)
    typed = request.GET.get("speaker") or request.GET.get("q") or ""
    # Control characters are in no name (and PostgreSQL refuses a NUL in a query): search without them.
    typed = " ".join(CONTROL_CHARACTERS.sub(" ", typed).split())[:100]
    persons: list[Person] = []
    exact = False
    if typed:
        persons = list(
            Person.objects.filter(Q(name__icontains=typed) | Q(aliases__name__icontains=typed))
            .distinct()
            .prefetch_related("aliases")
            .order_by("name")[:TYPEAHEAD_LIMIT]
        )
        folded = typed.casefold()
        exact = any(
            p.name.casefold() == folded or folded in (a.casefold() for a in p.alias_names()) for p in persons
        )
    return render(
        request,
        "review/speaker_options.html#speaker-options",
        {"persons": persons, "typed": typed, "offer_new": bool(typed) and not exact},
    )
