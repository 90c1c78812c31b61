"""Finding persons in the registry that are one real person (`manage.py dedupe_persons`).

A proposal names the person that stays (the one with the most quotes not rejected, then the oldest),
the ones merged into it, and why: the same name in another spelling or script, or a name that is
another person's alias. A surname that fits two persons is reported, never merged. Aliases that are not
names (pronouns, titles, descriptors) and persons whose names are not names are listed too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from attribution import people
from attribution.models import Person, PersonAlias


@dataclass
class Proposal:
    keep: Person
    merge: list[Person]
    reasons: list[str]


@dataclass
class Report:
    merges: list[Proposal] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    bad_aliases: list[PersonAlias] = field(default_factory=list)
    not_names: list[Person] = field(default_factory=list)
    kinds: list[tuple[Person, str]] = field(default_factory=list)


def _rank(person: Person) -> tuple[int, int]:
    # quote_count (quotes not rejected) is kept by the database: no count over the quotes table
    return (-person.quote_count, person.pk)


def find_duplicates() -> Report:
    report = Report()
    persons = list(Person.objects.order_by("pk"))
    by_pk = {p.pk: p for p in persons}
    names: dict[int, list[str]] = {p.pk: [p.name] for p in persons}
    for alias in PersonAlias.objects.order_by("pk"):
        if alias.person_id in names:
            names[alias.person_id].append(alias.name)
            owner = by_pk[alias.person_id]
            if not people.is_name_alias(alias.name, owner.name) and not _full_name(alias.name):
                report.bad_aliases.append(alias)

    for person in persons:
        identity = people.classify(person.name)
        if identity is None:
            report.not_names.append(person)
        elif identity.kind != person.kind and person.kind == Person.Kind.PERSON:
            report.kinds.append((person, identity.kind))

    # persons sharing a spelling skeleton: confirm with same_name, join into groups (union-find)
    parent = {p.pk: p.pk for p in persons}

    def find(pk: int) -> int:
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    reasons: dict[int, list[str]] = {}
    buckets: dict[str, list[Person]] = {}
    for person in persons:
        buckets.setdefault(people.match_key(person.name), []).append(person)
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if a.kind == b.kind and people.same_name(a.name, b.name):
                    parent[find(b.pk)] = find(a.pk)
                    how = (
                        "the same name in another script"
                        if people.is_latin(a.name) != people.is_latin(b.name)
                        else "the same name in another spelling"
                    )
                    reasons.setdefault(b.pk, []).append(f"“{b.name}” is {how} as “{a.name}”")
    # a person whose whole name is another person's alias ("J. Porter" listed under Jane Porter)
    alias_keys: dict[str, set[int]] = {}
    bad = {(a.person_id, a.name) for a in report.bad_aliases}
    for pk, person_names in names.items():
        for n in person_names[1:]:
            if (pk, n) not in bad:
                alias_keys.setdefault(people.spelling_key(n), set()).add(pk)
    not_names = {p.pk for p in report.not_names}
    for person in persons:
        if person.pk in not_names:
            continue
        owners = {o for o in alias_keys.get(people.spelling_key(person.name), set()) if o != person.pk}
        owners = {o for o in owners if by_pk[o].kind == person.kind}
        if len(owners) == 1:
            (owner,) = owners
            if find(owner) != find(person.pk):
                parent[find(person.pk)] = find(owner)
                reasons.setdefault(person.pk, []).append(
                    f"“{person.name}” is an alias of “{by_pk[owner].name}”"
                )
        elif len(owners) > 1 and len(person.name.split()) == 1:
            listed = ", ".join(sorted(by_pk[o].name for o in owners))
            report.ambiguous.append(f"“{person.name}” could be any of: {listed} (not merged)")
    groups: dict[int, list[Person]] = {}
    for person in persons:
        groups.setdefault(find(person.pk), []).append(person)
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=_rank)
        keep, rest = members[0], members[1:]
        why = [r for m in members for r in reasons.get(m.pk, [])]
        report.merges.append(Proposal(keep, rest, why))
    report.merges.sort(key=lambda p: p.keep.name)
    return report


def _full_name(alias: str) -> bool:
    identity = people.classify(alias)
    return identity is not None and identity.kind == people.PERSON and not identity.title
