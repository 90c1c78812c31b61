"""The person registry: Person, its aliases, and its edits, audited and undoable.

`PersonEditing` is mixed into `Person`: each change (rename, title, external id, kind, alias added
or removed, merge, split) is a method that writes exactly one `PersonEvent` (actor, action,
before, after) in the same transaction. `PersonEvent.undo(by)` reverts one event if what it changed
is still as it left it, and writes one UNDO event; otherwise it raises `PersonEditConflict` and
changes nothing. Quotes moved by a merge, a split or their undo also get one QuoteEvent each.

This module sits below attribution/models/quotes.py (Quote names Person as its speaker): it reaches
quotes only through a person's own (`person.quotes`, whose QuerySet has `move_to`), never by import.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.db.models.functions import Substr, Upper
from django.utils import timezone

from attribution import people
from attribution.validators import no_control_characters


class PersonEditConflict(Exception):
    """The change cannot be made (or undone) as asked; the message says why."""


class PersonEvent(models.Model):
    """Append-only audit log of the person registry: one row per change."""

    class Action(models.TextChoices):
        RENAME = "rename", "Renamed"
        SET_TITLE = "set_title", "Changed title"
        SET_EXTERNAL_ID = "set_external_id", "Changed external id"
        SET_KIND = "set_kind", "Changed kind"
        ADD_ALIAS = "add_alias", "Added alias"
        REMOVE_ALIAS = "remove_alias", "Removed alias"
        MERGE = "merge", "Merged persons"
        SPLIT = "split", "Split an alias out"
        UNDO = "undo", "Undone"

    # No foreign-key constraint: the events of a person merged away stay, and find it again if the
    # merge is undone (the person comes back with its id).
    person = models.ForeignKey(
        "attribution.Person",
        related_name="events",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
    )
    person_name = models.CharField(max_length=300, help_text="The person's name when the change was made.")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        related_name="person_events",
        on_delete=models.SET_NULL,
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    undone = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        app_label = "attribution"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["person", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.person_name} by {self.actor or 'system'}"

    @classmethod
    def survivor_of(cls, person_id: int) -> int | None:
        """The existing person that `person_id` was merged into (following merges of merges), or None."""
        into: dict[int, int] = {}
        merges = cls.objects.filter(action=cls.Action.MERGE, undone=False).order_by("created_at", "id")
        for survivor, before in merges.values_list("person_id", "before"):
            for absorbed in (before or {}).get("absorbed", []):
                into[int(absorbed["id"])] = survivor
        seen: set[int] = set()
        current = person_id
        while current in into and current not in seen:
            seen.add(current)
            current = into[current]
        if current != person_id and Person.objects.filter(pk=current).exists():
            return current
        return None

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk and set(kwargs.get("update_fields") or ()) != {"undone"}:
            raise ValueError("Person events are append-only.")
        super().save(*args, **kwargs)

    @property
    def undoable(self) -> bool:
        return not self.undone and self.action != self.Action.UNDO

    def summary(self) -> str:
        """One line for the history list: what changed, before → after."""
        before, after = self.before or {}, self.after or {}
        a = self.Action
        if self.action in (a.RENAME, a.SET_TITLE, a.SET_EXTERNAL_ID, a.SET_KIND):
            key = next(iter(after), "")
            return f"{key.replace('_', ' ')}: “{before.get(key) or '—'}” → “{after.get(key) or '—'}”"
        if self.action in (a.ADD_ALIAS, a.REMOVE_ALIAS):
            return f"“{after.get('alias') or before.get('alias')}”"
        if self.action == a.MERGE:
            names = ", ".join(f"“{p['name']}”" for p in before.get("absorbed", []))
            return f"{names} merged in; {after.get('moved', 0)} quotes moved"
        if self.action == a.SPLIT:
            moved = len(after.get("quote_ids", []))
            return f"“{after.get('alias')}” is now a person of its own; {moved} quotes moved"
        if self.action == a.UNDO:
            return f"undid: {before.get('undid_action', '')}"
        return ""

    # -- undo ---------------------------------------------------------------------------------
    def undo(self, by: Any) -> PersonEvent:
        with transaction.atomic():
            event = PersonEvent.objects.select_for_update().get(pk=self.pk)
            if not event.undoable:
                raise PersonEditConflict("This change has already been undone.")
            person = Person.objects.select_for_update().filter(pk=event.person_id).first()
            if person is None:
                raise PersonEditConflict(
                    "The person this change was made to no longer exists (merged away?)."
                )
            before, after = event.before or {}, event.after or {}
            a = self.Action
            if event.action in (a.RENAME, a.SET_TITLE, a.SET_EXTERNAL_ID, a.SET_KIND):
                field = next(iter(after))
                if getattr(person, field) != after[field]:
                    raise PersonEditConflict(f"The {field} has been changed again since; undo that first.")
                setattr(person, field, before[field])
                person.save(update_fields=[field])
            elif event.action == a.ADD_ALIAS:
                person.aliases.filter(name=after["alias"]).delete()
            elif event.action == a.REMOVE_ALIAS:
                person.aliases.get_or_create(name=before["alias"])
            elif event.action == a.MERGE:
                _unmerge(person, before, after, by)
            elif event.action == a.SPLIT:
                _unsplit(person, before, after, by)
            event.undone = True
            event.save(update_fields=["undone"])
            return PersonEvent.objects.create(
                person=person,
                person_name=person.name,
                actor=by,
                action=a.UNDO,
                before={"undid_event": event.pk, "undid_action": event.get_action_display()},
                after={"undid_event": event.pk},
            )


# Quotes move through the person's own quotes (Quote's QuerySet.move_to, one QuoteEvent each): this
# module sits below attribution/models/quotes.py, whose Quote names Person as its speaker.


def _unmerge(person: Person, before: dict[str, Any], after: dict[str, Any], by: Any) -> None:
    absorbed = before.get("absorbed", [])
    taken = Person.objects.filter(pk__in=[p["id"] for p in absorbed]).values_list("name", flat=True)
    if taken:
        raise PersonEditConflict(f"{', '.join(taken)} exists again; cannot bring the merged persons back.")
    person.aliases.filter(name__in=after.get("aliases_added", [])).delete()
    if person.title == after.get("title") and before.get("title") is not None:
        person.title = before["title"]
        person.save(update_fields=["title"])
    for data in absorbed:
        restored = Person(
            pk=data["id"],
            name=data["name"],
            kind=data["kind"],
            title=data["title"],
            external_id=data["external_id"],
        )
        restored.save(force_insert=True)
        PersonAlias.objects.bulk_create(
            [PersonAlias(person=restored, name=n, match_key=_key(n)) for n in data["aliases"]],
            ignore_conflicts=True,
        )
        person.quotes.filter(pk__in=data["quote_ids"]).move_to(restored, by, "undo")


def _unsplit(person: Person, before: dict[str, Any], after: dict[str, Any], by: Any) -> None:
    split = Person.objects.filter(pk=after["new_person_id"]).first()
    if split is not None:
        split.quotes.filter(pk__in=after["quote_ids"]).move_to(person, by, "undo")
        if split.quotes.exists():
            raise PersonEditConflict(f"“{split.name}” has quotes of its own since; merge it back instead.")
        split.delete()
    alias, alias_id = after["alias"], before.get("alias_id")
    if person.aliases.filter(name=alias).exists():
        return
    if alias_id is not None and not PersonAlias.objects.filter(pk=alias_id).exists():
        PersonAlias(pk=alias_id, person=person, name=alias).save(force_insert=True)  # as it was
    else:
        person.aliases.create(name=alias)


def _key(name: str) -> str:
    return people.match_key(name)


class PersonEditing:
    """The audited changes of a Person (mixed into attribution.models.Person)."""

    pk: Any
    name: str
    title: str
    external_id: str
    kind: str

    def _event(self, action: str, by: Any, before: dict[str, Any], after: dict[str, Any]) -> PersonEvent:
        return PersonEvent.objects.create(
            person_id=self.pk, person_name=self.name, actor=by, action=action, before=before, after=after
        )

    def _set(self, field: str, value: str, action: str, by: Any) -> PersonEvent | None:
        value = " ".join((value or "").split())
        old = getattr(self, field)
        if value == old:
            return None
        with transaction.atomic():
            setattr(self, field, value)
            self.save(update_fields=[field])  # type: ignore[attr-defined]
            return self._event(action, by, {field: old}, {field: value})

    def rename(self, name: str, by: Any) -> PersonEvent | None:
        if not " ".join((name or "").split()):
            raise PersonEditConflict("A person needs a name.")
        return self._set("name", name[:300], PersonEvent.Action.RENAME, by)

    def set_title(self, title: str, by: Any) -> PersonEvent | None:
        return self._set("title", title[:300], PersonEvent.Action.SET_TITLE, by)

    def set_external_id(self, value: str, by: Any) -> PersonEvent | None:
        return self._set("external_id", value[:100], PersonEvent.Action.SET_EXTERNAL_ID, by)

    def set_kind(self, kind: str, by: Any) -> PersonEvent | None:
        if kind not in Person.Kind.values:
            raise PersonEditConflict(f"Unknown kind {kind!r}.")
        return self._set("kind", kind, PersonEvent.Action.SET_KIND, by)

    def add_alias_by(self, alias: str, by: Any) -> PersonEvent:
        """An editor's alias: a name (never a pronoun, bare title or descriptor), new for this person."""
        alias = " ".join((alias or "").split())[:300]
        identity = people.classify(alias)
        if identity is None:
            raise PersonEditConflict(f"“{alias}” is not a name (a pronoun, a title or a description).")
        if alias.casefold() == self.name.casefold() or self.aliases.filter(name__iexact=alias).exists():  # type: ignore[attr-defined]
            raise PersonEditConflict(f"“{alias}” is already a name of {self.name}.")
        with transaction.atomic():
            self.aliases.create(name=alias)  # type: ignore[attr-defined]
            return self._event(PersonEvent.Action.ADD_ALIAS, by, {}, {"alias": alias})

    def remove_alias(self, alias: str, by: Any) -> PersonEvent:
        with transaction.atomic():
            deleted, _ = self.aliases.filter(name=alias).delete()  # type: ignore[attr-defined]
            if not deleted:
                raise PersonEditConflict(f"{self.name} has no alias “{alias}”.")
            return self._event(PersonEvent.Action.REMOVE_ALIAS, by, {"alias": alias}, {})

    def learn_from_correction(self, quote: Any, old_speaker_id: int | None, by: Any) -> None:
        """A reviewer said this person spoke `quote`: what the article called them becomes a known name.

        The mention in the text ("Okafor", "Bibi") becomes an alias when it is a name (never a pronoun,
        a title or a description), so later parses of other articles find the person by it. A person
        the parser had made from that name alone, now left without quotes, is merged into this one
        (audited, undoable), so the next parse does not find two candidates.
        """
        body = quote.article.body
        mention = ""
        if quote.mention_start is not None and quote.mention_end is not None:
            mention = body[quote.mention_start : quote.mention_end]
        said = people.classify(mention)
        if said is not None and said.kind == self.kind and not said.title:
            name = said.name
            aliases = self.aliases  # type: ignore[attr-defined]
            known = name.casefold() == self.name.casefold() or aliases.filter(name__iexact=name).exists()
            # The mention is another person's own name: the parser read the wrong name, it is no spelling
            # of this one (a person made from that name alone is merged in below, with its names).
            someone_else = Person.objects.exclude(pk=self.pk).filter(name__iexact=name).exists()
            if not known and not someone_else:
                self.aliases.create(name=name)  # type: ignore[attr-defined]
        if old_speaker_id is None or old_speaker_id == self.pk:
            return
        old = Person.objects.filter(pk=old_speaker_id).first()
        if old is None or old.kind != self.kind or old.external_id or old.quotes.exists():
            return
        named_so = said is not None and people.same_name(old.name, said.name)
        if people.is_name_alias(old.name, self.name) or named_so:
            self.merge_from([old], by=by)

    def merge_preview(self, others: list[Person]) -> dict[str, Any]:
        """What merging `others` into this person would move: quotes, articles, names."""
        others = [o for o in others if o.pk != self.pk]
        quotes = self.quotes.model.objects.filter(speaker__in=others)  # type: ignore[attr-defined]
        return {
            "others": others,
            "quotes": quotes.count(),
            "articles": quotes.order_by().values("article_id").distinct().count(),
            "names": sorted({o.name for o in others} | {a for o in others for a in o.alias_names()}),
            "title": next((o.title for o in others if o.title), "") if not self.title else "",
        }

    def merge_from(self, others: list[Person], by: Any = None) -> int:
        """Move the quotes and names of `others` onto this person and delete them; one MERGE event.

        Returns the number of quotes moved. Undo brings the others back with their ids, names and
        the quotes that are still here.
        """
        others = [o for o in others if o.pk != self.pk]
        if not others:
            return 0
        with transaction.atomic():
            absorbed, added, moved = [], [], 0
            title_before = self.title
            for other in others:
                aliases = other.alias_names()
                quote_ids = list(other.quotes.values_list("pk", flat=True))
                absorbed.append(
                    {
                        "id": other.pk,
                        "name": other.name,
                        "kind": other.kind,
                        "title": other.title,
                        "external_id": other.external_id,
                        "aliases": aliases,
                        "quote_ids": quote_ids,
                    }
                )
                for name in [other.name, *aliases]:
                    if (
                        name.casefold() != self.name.casefold()
                        and not self.aliases.filter(  # type: ignore[attr-defined]
                            name__iexact=name
                        ).exists()
                    ):
                        self.aliases.create(name=name)  # type: ignore[attr-defined]
                        added.append(name)
                moved += other.quotes.filter(pk__in=quote_ids).move_to(self, by, "merge")
                if not self.title and other.title:
                    self.title = other.title
                if not self.external_id and other.external_id:
                    self.external_id = other.external_id
                other.delete()  # type: ignore[attr-defined]
            self.save(update_fields=["title", "external_id"])  # type: ignore[attr-defined]
            self._event(
                PersonEvent.Action.MERGE,
                by,
                {"absorbed": absorbed, "title": title_before},
                {"aliases_added": added, "moved": moved, "title": self.title},
            )
        return moved

    def _quotes_named(self, alias: str) -> Any:
        """This person's quotes whose speaker label or mention in the text is `alias`."""
        mention = Substr("article__body", F("mention_start") + 1, F("mention_end") - F("mention_start"))
        return (
            self.quotes.all()  # type: ignore[attr-defined]
            .annotate(mention_text=mention)
            .filter(Q(speaker_label__iexact=alias) | Q(mention_text__iexact=alias))
        )

    def split_preview(self, alias: str) -> dict[str, Any]:
        """What splitting `alias` out would move: its quotes, per article (reading order), and how
        many quotes stay with this person."""
        if not self.aliases.filter(name=alias).exists():  # type: ignore[attr-defined]
            raise PersonEditConflict(f"{self.name} has no alias “{alias}”.")
        quotes = list(
            self._quotes_named(alias)
            .select_related("article")
            .defer("article__body")
            .order_by("article__published", "article_id", "start", "pk")
        )
        articles: list[dict[str, Any]] = []
        for quote in quotes:
            if not articles or articles[-1]["article"].pk != quote.article_id:
                articles.append({"article": quote.article, "quotes": []})
            articles[-1]["quotes"].append(quote)
        total = self.quotes.count()  # type: ignore[attr-defined]
        return {
            "alias": alias,
            "articles": articles,
            "quotes": len(quotes),
            "quote_ids": [q.pk for q in quotes],
            "staying": total - len(quotes),
        }

    def split_alias(self, alias: str, by: Any) -> Person:
        """Make `alias` a person of its own, taking the quotes that name this person that way.

        The quotes' events are SPLIT (not a reviewer's REASSIGN, which the review desk's undo would
        take back one quote at a time); the event keeps the alias's id so undo restores it as it was.
        """
        with transaction.atomic():
            found = self.aliases.filter(name=alias).first()  # type: ignore[attr-defined]
            if found is None:
                raise PersonEditConflict(f"{self.name} has no alias “{alias}”.")
            quote_ids = list(self._quotes_named(alias).order_by("pk").values_list("pk", flat=True))
            alias_id = found.pk  # delete() clears it
            found.delete()
            new = Person.objects.create(name=alias, kind=self.kind)
            self.quotes.filter(pk__in=quote_ids).move_to(new, by, "split")  # type: ignore[attr-defined]
            self._event(
                PersonEvent.Action.SPLIT,
                by,
                {"alias": alias, "alias_id": alias_id},
                {"alias": alias, "new_person_id": new.pk, "quote_ids": quote_ids},
            )
            return new


class PersonQuerySet(models.QuerySet):
    def matching(self, name: str) -> PersonQuerySet:
        """Persons whose canonical name or one of whose aliases equals `name` (case-insensitive)."""
        return self.filter(Q(name__iexact=name) | Q(aliases__name__iexact=name)).distinct()

    def named_like(self, typed: str) -> models.QuerySet[Person]:
        """Persons whose name or one of whose aliases contains `typed` (case-insensitive).

        The persons so named UNION those with such an alias: two index look-ups (trigram indexes on
        PostgreSQL, migration 0073); one OR of the two conditions made PostgreSQL scan everyone. A
        union cannot be filtered further: filter first, then order the result.
        """
        named = PersonAlias.objects.filter(name__icontains=typed).values("person_id")
        return self.filter(name__icontains=typed).order_by().union(self.filter(pk__in=named).order_by())


class Person(PersonEditing, models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        GROUP = "group", "Group"
        ANONYMOUS = "anonymous", "Anonymous source"

    name = models.CharField(
        "canonical name", max_length=300, db_index=True, validators=[no_control_characters]
    )
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PERSON, db_index=True)
    # spelling skeleton of the name (attribution.people.match_key): transliterations share it
    match_key = models.CharField(max_length=300, blank=True, db_index=True, editable=False)
    title = models.CharField(
        "title / description", max_length=300, blank=True, validators=[no_control_characters]
    )
    external_id = models.CharField(max_length=100, blank=True, help_text="e.g. a Wikidata QID such as Q17504")
    created_at = models.DateTimeField(auto_now_add=True)
    # How many quotes (rejected ones aside) name this person as speaker, kept by database triggers on the
    # quotes table (migration 0070), so the people directory sorts 100,000 persons without counting 1M quotes.
    quote_count = models.PositiveIntegerField(default=0, editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        # Parsing looks speakers up by name case-insensitively (UPPER(name) = UPPER(%s)), a batch at a time.
        indexes = [
            models.Index(Upper("name"), name="person_name_upper"),
            models.Index(F("quote_count").desc(), "name", name="person_by_quote_count"),
            # the directory filtered by kind, in its order: read in index order, no person skipped
            models.Index("kind", F("quote_count").desc(), "name", "id", name="person_kind_by_quote_count"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.match_key = people.match_key(self.name)
        fields = kwargs.get("update_fields")
        if fields is not None and "name" in fields:
            kwargs["update_fields"] = {*fields, "match_key"}
        super().save(*args, **kwargs)

    def alias_names(self) -> list[str]:
        return [a.name for a in self.aliases.all()]

    def add_alias(self, name: str) -> None:
        name = name.strip()
        if name and name.casefold() != self.name.casefold():
            PersonAlias.objects.get_or_create(person=self, name=name)


class PersonAlias(models.Model):
    person = models.ForeignKey(Person, related_name="aliases", on_delete=models.CASCADE)
    name = models.CharField(max_length=300, db_index=True, validators=[no_control_characters])
    match_key = models.CharField(max_length=300, blank=True, db_index=True, editable=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "name"], name="unique_alias_per_person")]
        indexes = [models.Index(Upper("name"), name="personalias_name_upper")]
        verbose_name_plural = "person aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.match_key = people.match_key(self.name)
        super().save(*args, **kwargs)
