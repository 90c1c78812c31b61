"""The speaker registry a parse batch resolves names against: persons from the database plus the
ones the batch itself is about to create, matched the way `attribution.people` says.

A name resolves to one person, to a new person, to nobody (a pronoun or a description stays a raw
label on the quote), or — when it fits several known persons ("Johnson" with two Johnsons) — to
nobody with the candidates kept for the reviewer. Nothing here picks one of two silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q

from attribution import people
from attribution.models import Person, PersonAlias

Ref = object  # a person's pk, or ("new", index) for a person the batch will create


@dataclass
class Entry:
    ref: Ref
    name: str
    kind: str
    names: list[str]  # canonical name and aliases
    title: str = ""


@dataclass
class Resolution:
    ref: Ref | None
    name: str  # the canonical name of the person resolved to ("" when none)
    identity: people.Identity | None
    candidates: list[Ref] = field(default_factory=list)


@dataclass
class SpeakerRegistry:
    entries: list[Entry] = field(default_factory=list)
    by_key: dict[str, list[int]] = field(default_factory=dict)
    new: list[Entry] = field(default_factory=list)  # persons to create, in order
    aliases: dict[tuple[Ref, str], None] = field(default_factory=dict)  # (ref, alias) to add
    titles: dict[Ref, list[str]] = field(default_factory=dict)  # titles seen in the text, per person
    _cache: dict[str, Resolution] = field(default_factory=dict)

    # -- building ------------------------------------------------------------------------------
    @classmethod
    def load(cls, raw_names: Iterable[str]) -> SpeakerRegistry:
        """The persons any of `raw_names` may refer to, in two queries however many names there are."""
        registry = cls()
        keys = set()
        for raw in raw_names:
            identity = people.classify(raw)
            if identity is not None:
                keys.add(people.match_key(identity.name))
        keys.discard("")
        if not keys:
            return registry
        alias_owner = PersonAlias.objects.filter(match_key__in=keys).values("person_id")
        persons = list(
            Person.objects.filter(Q(match_key__in=keys) | Q(pk__in=alias_owner)).values_list(
                "pk", "name", "kind", "title"
            )
        )
        alias_rows = PersonAlias.objects.filter(person_id__in=[p[0] for p in persons]).values_list(
            "person_id", "name"
        )
        names: dict[int, list[str]] = {}
        for pk, alias in alias_rows:
            names.setdefault(pk, []).append(alias)
        for pk, name, kind, title in sorted(persons, key=lambda p: p[0]):
            registry._add(Entry(pk, name, kind, [name, *names.get(pk, [])], title))
        return registry

    def _add(self, entry: Entry) -> None:
        self.entries.append(entry)
        for name in entry.names:
            self._index(len(self.entries) - 1, name)

    def _index(self, i: int, name: str) -> None:
        slot = self.by_key.setdefault(people.match_key(name), [])
        if i not in slot:
            slot.append(i)

    def _entry(self, ref: Ref) -> Entry | None:
        return next((e for e in self.entries if e.ref == ref), None)

    # -- resolving -----------------------------------------------------------------------------
    def resolve(self, raw: str | None) -> Resolution:
        """Who `raw` (the parser's speaker string) is; a new person is registered for the batch."""
        key = " ".join((raw or "").split()).casefold()
        if key in self._cache:
            return self._cache[key]
        identity = people.classify(raw)
        if identity is None:
            result = Resolution(None, "", None)
        else:
            found = self.matches(identity)
            if len(found) == 1:
                result = Resolution(found[0].ref, found[0].name, identity)
            elif found:
                result = Resolution(None, "", identity, [e.ref for e in found])
            else:
                entry = Entry(("new", len(self.new)), identity.name, identity.kind, [identity.name])
                self.new.append(entry)
                self._add(entry)
                result = Resolution(entry.ref, entry.name, identity)
        self._cache[key] = result
        return result

    def matches(self, identity: people.Identity) -> list[Entry]:
        """The distinct known persons of the identity's kind with a name or alias that is its name."""
        found: list[Entry] = []
        for i in self.by_key.get(people.match_key(identity.name), []):
            entry = self.entries[i]
            if entry.kind != identity.kind or entry in found:
                continue
            if any(people.same_name(identity.name, n) for n in entry.names):
                found.append(entry)
        return found

    def learn_alias(self, ref: Ref, alias: str) -> None:
        """`alias` names `ref` from now on (in this batch, and in the database once written)."""
        entry = self._entry(ref)
        if entry is None or any(n.casefold() == alias.casefold() for n in entry.names):
            return
        entry.names.append(alias)
        self._index(self.entries.index(entry), alias)
        self.aliases[(ref, alias)] = None
        self._cache.pop(alias.casefold(), None)

    def note_title(self, ref: Ref, titles: Iterable[str]) -> None:
        self.titles.setdefault(ref, []).extend(t for t in titles if t)

    def observe(self, resolution: Resolution, raw: str | None, mention: str, body: str, seen: set) -> None:
        """What an attributed quote teaches: spellings of the name as aliases, and the title in the text.

        `seen` holds (article, ref) pairs whose text was already searched for titles.
        """
        ref, identity = resolution.ref, resolution.identity
        if ref is None or identity is None or identity.kind != people.PERSON:
            return
        if identity.name.casefold() != resolution.name.casefold():
            self.learn_alias(ref, identity.name)  # "Sergei Lavrov" found as "Sergey Lavrov"
        if identity.title:
            self.note_title(ref, [identity.title])
        if mention:
            said = people.classify(mention)
            if said is not None and said.kind == people.PERSON:
                names = (resolution.name, identity.name)
                if any(people.is_name_alias(said.name, n) for n in names):
                    self.learn_alias(ref, said.name)
                if said.title and people.same_name(said.name, identity.name):
                    self.note_title(ref, [said.title])
        marker = (id(body), ref)
        if marker not in seen:
            seen.add(marker)
            self.note_title(ref, people.titles_in_text(body, identity.name))


def known_persons(names: Iterable[tuple[str, str]]) -> bool:
    """Whether any (name, kind) already exists: a batch planned before its transaction must re-plan."""
    wanted = [(people.match_key(n), kind) for n, kind in names]
    keys = {k for k, _ in wanted if k}
    if not keys:
        return False
    alias_owner = PersonAlias.objects.filter(match_key__in=keys).values("person_id")
    return Person.objects.filter(Q(match_key__in=keys) | Q(pk__in=alias_owner)).exists()
