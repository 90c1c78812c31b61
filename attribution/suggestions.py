"""RuleSuggestion: something reviewers' corrections taught the parser, waiting for an admin's decision.

attribution/learning.py gathers them from QuoteEvents (a quote added by hand, a speaker changed); an
admin accepts one in the admin and it becomes part of that language's data for this installation
(installed as a parser overlay before the next parse). Imported by models.py, so it is an app model.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from attribution.person_models import Person


class RuleSuggestion(models.Model):
    class Kind(models.TextChoices):
        CUE = "cue", "Cue word"
        ACCORDING = "according", "Attribution phrase"
        ALIAS = "alias", "Speaker alias"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ACCEPTED = "accepted", "Accepted"
        DISMISSED = "dismissed", "Dismissed"

    # kinds that change the parser's language data (an alias changes the person table instead)
    PARSER_KINDS = (Kind.CUE, Kind.ACCORDING)
    MAX_EXAMPLES = 3

    kind = models.CharField(max_length=12, choices=Kind.choices, db_index=True)
    language = models.CharField(max_length=12, db_index=True)
    value = models.CharField(
        max_length=200,
        help_text="The word or phrase as it appears in text (an alias: the name the parser gave).",
    )
    lemma = models.CharField(
        max_length=200,
        blank=True,
        help_text="Cue: the verb it is a form of (edit before accepting if the guess is wrong). "
        "Alias: the person's canonical name.",
    )
    frame = models.CharField(
        max_length=40,
        blank=True,
        help_text="Cue: what its report follows as seen in the examples, for a verb the language's tables "
        'do not know: "clause" (a clause without "that": "Lund warned the dam would fail"), "infinitive" '
        '("undertook to reopen"), "object to" or "object of" ("urged X to …", "accused X of …"), or empty '
        '(after "that").',
    )
    count = models.PositiveIntegerField(default=0, help_text="Corrections that taught it.")
    examples = models.JSONField(default=list, blank=True, help_text="A few sentences it came from.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        app_label = "attribution"
        ordering = ["status", "-count", "kind", "value"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "language", "value"], name="unique_rule_suggestion"),
            models.CheckConstraint(
                condition=Q(status="open") | Q(decided_at__isnull=False), name="rule_suggestion_decided_when"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.value!r} ({self.language})"

    FRAMES = ("clause", "infinitive")  # or "object <word>": "object to", "object of", "object de"

    def clean(self) -> None:
        frame = " ".join(self.frame.split())
        words = frame.split(" ")
        if frame and not (frame in self.FRAMES or (len(words) == 2 and words[0] == "object")):
            raise ValidationError(
                {"frame": 'Use "clause", "infinitive", "object <word>" (e.g. "object to") or leave it empty.'}
            )
        self.frame = frame

    def _decide(self, status: str, by: Any) -> None:
        self.status = status
        self.decided_by = by
        self.decided_at = timezone.now()
        self.save(update_fields=["status", "decided_by", "decided_at", "updated_at"])

    @transaction.atomic
    def accept(self, by: Any) -> None:
        """Make it part of the installation's data: a cue or phrase for the parser's next run; an alias
        on the person, so the parser's name for them finds them."""
        if self.kind == self.Kind.ALIAS:
            person = Person.objects.matching(self.lemma).first()
            if person is None:
                raise ValueError(f"No person named {self.lemma!r} to give the alias {self.value!r}.")
            person.add_alias(self.value)
        self._decide(self.Status.ACCEPTED, by)

    def dismiss(self, by: Any) -> None:
        self._decide(self.Status.DISMISSED, by)
