"""The desk's team workflow: who reviews which article, comments with @mentions, notifications, flags.

Every change is a model method that writes one `WorkflowEvent` (actor, action, before, after) in the
same transaction: assigning, reassigning and unassigning an article, flagging and unflagging a
quote, posting a comment. Notifications are what a colleague is told (a mention, an assignment);
reading one is not audited. Imported by attribution.models (Django finds the models there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from attribution.models.articles import Article
from attribution.validators import no_control_characters

REVIEW_CODENAME = "review_quote"


class WorkflowError(ValueError):
    """The change cannot be made as asked; the message says why (shown to the user)."""


def reviewers() -> models.QuerySet[Any]:
    """Active accounts that may review quotes: who can be assigned work or @mentioned."""
    perm = Q(content_type__app_label="attribution", codename=REVIEW_CODENAME)
    from django.contrib.auth.models import Permission

    perm_ids = Permission.objects.filter(perm).values("pk")
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__permissions__in=perm_ids) | Q(user_permissions__in=perm_ids))
        .distinct()
        .order_by(get_user_model().USERNAME_FIELD)
    )


class WorkflowEvent(models.Model):
    """Append-only audit log of the team workflow: one row per assignment, flag or comment."""

    class Action(models.TextChoices):
        ASSIGN = "assign", "Assigned"
        REASSIGN = "reassign", "Reassigned"
        UNASSIGN = "unassign", "Unassigned"
        FLAG = "flag", "Flagged"
        UNFLAG = "unflag", "Unflagged"
        COMMENT = "comment", "Commented"

    article = models.ForeignKey(
        "attribution.Article", related_name="workflow_events", on_delete=models.CASCADE
    )
    # A re-parse may delete a quote nobody reviewed: its flags go, their record and its comments stay.
    quote = models.ForeignKey(
        "attribution.Quote", null=True, blank=True, related_name="workflow_events", on_delete=models.SET_NULL
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        related_name="workflow_events",
        on_delete=models.SET_NULL,
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["article", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.actor or 'system'} at {self.created_at:%Y-%m-%d %H:%M}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk:
            raise ValueError("Workflow events are append-only.")
        super().save(*args, **kwargs)

    # Shown in a quote's history beside its QuoteEvents (review/quote.html#history): never undone there.
    undone = False

    def changes(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) as the quote's history list shows them."""
        before, after = self.before or {}, self.after or {}
        if self.action in (self.Action.FLAG, self.Action.UNFLAG):
            return [("flag", before.get("reason"), after.get("reason"))]
        if self.action == self.Action.COMMENT:
            return [("comment", None, after.get("body"))]
        return [("reviewer", before.get("reviewer"), after.get("reviewer"))]

    @property
    def summary(self) -> str:
        """One line for the article's history: what changed, in words."""
        before, after = self.before or {}, self.after or {}
        if self.action in (self.Action.ASSIGN, self.Action.REASSIGN, self.Action.UNASSIGN):
            old, new = before.get("reviewer"), after.get("reviewer")
            if new and old:
                return f"from {old} to {new}"
            return f"to {new}" if new else f"from {old}"
        if self.action == self.Action.FLAG:
            return f"{after.get('kind_label', '')}: {after.get('reason', '')}"
        if self.action == self.Action.UNFLAG:
            return f"{before.get('kind_label', '')}: {before.get('reason', '')}"
        return str(after.get("body", ""))[:80]


def _readable(text: str) -> None:
    """WorkflowError (with the validator's words) if `text` holds control characters."""
    from django.core.exceptions import ValidationError

    try:
        no_control_characters(text)
    except ValidationError as exc:
        raise WorkflowError(" ".join(exc.messages)) from None


def _username(user: Any) -> str | None:
    return user.get_username() if user is not None else None


class Assignment(models.Model):
    """The reviewer an editor gave an article to (one at a time; no row = unassigned)."""

    article = models.OneToOneField("attribution.Article", related_name="assignment", on_delete=models.CASCADE)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="assignments", on_delete=models.CASCADE
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    assigned_at = models.DateTimeField(default=timezone.now)

    class Meta:
        permissions = [("assign_articles", "Can assign articles to reviewers")]
        indexes = [models.Index(fields=["reviewer", "article"])]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.reviewer}"

    @classmethod
    def check_assignable(cls, reviewer: Any) -> None:
        if reviewer is not None and not reviewers().filter(pk=reviewer.pk).exists():
            raise WorkflowError(
                f"{reviewer.get_username()} cannot review quotes, so cannot be assigned work."
            )

    @classmethod
    def assign(cls, articles: Iterable[Any], reviewer: Any | None, by: Any) -> int:
        """Give every article in `articles` to `reviewer` (None: unassign them).

        One WorkflowEvent per article whose reviewer changes (assign, reassign or unassign); an
        article already with that reviewer is left as it is and records nothing. The reviewer is
        told in one notification per call. Returns how many articles changed.
        """
        cls.check_assignable(reviewer)
        article_ids = [getattr(a, "pk", a) for a in articles]
        with transaction.atomic():
            current = {
                a.article_id: a
                for a in cls.objects.select_for_update(of=("self",))
                .select_related("reviewer")
                .filter(article_id__in=article_ids)
            }
            now = timezone.now()
            events: list[WorkflowEvent] = []
            changed: list[int] = []
            for article_id in dict.fromkeys(article_ids):
                existing = current.get(article_id)
                old = existing.reviewer if existing else None
                if (old.pk if old else None) == (reviewer.pk if reviewer else None):
                    continue
                if reviewer is None:
                    action = WorkflowEvent.Action.UNASSIGN
                elif old is None:
                    action = WorkflowEvent.Action.ASSIGN
                else:
                    action = WorkflowEvent.Action.REASSIGN
                events.append(
                    WorkflowEvent(
                        article_id=article_id,
                        actor=by,
                        action=action,
                        before={"reviewer": _username(old), "reviewer_id": old.pk if old else None},
                        after={
                            "reviewer": _username(reviewer),
                            "reviewer_id": reviewer.pk if reviewer else None,
                        },
                        created_at=now,
                    )
                )
                changed.append(article_id)
            if not changed:
                return 0
            if reviewer is None:
                cls.objects.filter(article_id__in=changed).delete()
            else:
                cls.objects.filter(article_id__in=changed).update(
                    reviewer=reviewer, assigned_by=by, assigned_at=now
                )
                cls.objects.bulk_create(
                    [
                        cls(article_id=pk, reviewer=reviewer, assigned_by=by, assigned_at=now)
                        for pk in changed
                        if pk not in current
                    ]
                )
            WorkflowEvent.objects.bulk_create(events)
            if reviewer is not None and (by is None or reviewer.pk != by.pk):
                Notification.objects.create(
                    recipient=reviewer,
                    actor=by,
                    kind=Notification.Kind.ASSIGNED,
                    article_id=changed[0] if len(changed) == 1 else None,
                    text=(
                        f"{_username(by) or 'Someone'} assigned you "
                        + (f"“{_title(changed[0])}”" if len(changed) == 1 else f"{len(changed)} articles")
                    ),
                    created_at=now,
                )
        return len(changed)


def _title(article_id: int) -> str:
    title = Article.objects.filter(pk=article_id).values_list("title", flat=True).first() or ""
    return title if len(title) <= 80 else title[:79] + "…"


class Flag(models.Model):
    """A quote set aside: for later, or for a colleague's second look, with the reason why."""

    class Kind(models.TextChoices):
        LATER = "later", "For later"
        SECOND_LOOK = "second_look", "Needs a second look"

    quote = models.ForeignKey("attribution.Quote", related_name="flags", on_delete=models.CASCADE)
    article = models.ForeignKey("attribution.Article", related_name="flags", on_delete=models.CASCADE)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.SECOND_LOOK)
    reason = models.CharField(max_length=500, validators=[no_control_characters])
    flagged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    flagged_at = models.DateTimeField(default=timezone.now)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    cleared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-flagged_at", "-id"]
        constraints = [
            # one open flag per quote: flagging again changes nothing until it is cleared
            models.UniqueConstraint(
                fields=["quote"], condition=Q(cleared_at__isnull=True), name="one_open_flag_per_quote"
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="flag_has_reason"),
        ]
        indexes = [models.Index(fields=["article", "cleared_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.reason}"

    @property
    def is_open(self) -> bool:
        return self.cleared_at is None

    def as_dict(self) -> dict[str, Any]:
        return {
            "flag_id": self.pk,
            "kind": self.kind,
            "kind_label": self.get_kind_display(),
            "reason": self.reason,
        }

    @classmethod
    def raise_on(cls, quote: Any, kind: str, reason: str, by: Any) -> Flag:
        """Flag `quote` with a reason; one FLAG event. Refused if it already carries an open flag."""
        reason = " ".join((reason or "").split())
        if kind not in cls.Kind.values:
            raise WorkflowError(f"Unknown kind of flag “{kind[:20]}”.")
        if not reason:
            raise WorkflowError("Say why the quote is flagged.")
        if len(reason) > 500:
            raise WorkflowError("Keep the reason under 500 characters.")
        _readable(reason)
        with transaction.atomic():
            if cls.objects.select_for_update().filter(quote_id=quote.pk, cleared_at__isnull=True).exists():
                raise WorkflowError("This quote is already flagged; unflag it first to change the reason.")
            flag = cls.objects.create(
                quote_id=quote.pk, article_id=quote.article_id, kind=kind, reason=reason, flagged_by=by
            )
            WorkflowEvent.objects.create(
                article_id=quote.article_id,
                quote_id=quote.pk,
                actor=by,
                action=WorkflowEvent.Action.FLAG,
                before=None,
                after=flag.as_dict(),
                created_at=flag.flagged_at,
            )
        return flag

    def clear(self, by: Any) -> None:
        """Take the flag off (the row stays, with who cleared it); one UNFLAG event."""
        with transaction.atomic():
            now = timezone.now()
            cleared = Flag.objects.filter(pk=self.pk, cleared_at__isnull=True).update(
                cleared_by=by, cleared_at=now
            )
            if not cleared:
                raise WorkflowError("This flag was already taken off.")
            self.cleared_by, self.cleared_at = by, now
            WorkflowEvent.objects.create(
                article_id=self.article_id,
                quote_id=self.quote_id,
                actor=by,
                action=WorkflowEvent.Action.UNFLAG,
                before=self.as_dict(),
                after=None,
                created_at=now,
            )


# "@rita", "@j.doe," — not the middle of an e-mail address ("a@b.org")
MENTION = re.compile(r"(?<![\w@.+-])@([\w.@+-]*\w)")


class Comment(models.Model):
    """A note on an article, or on one of its quotes; @username mentions notify that colleague."""

    MAX_LENGTH = 2000

    article = models.ForeignKey("attribution.Article", related_name="comments", on_delete=models.CASCADE)
    quote = models.ForeignKey(
        "attribution.Quote", null=True, blank=True, related_name="comments", on_delete=models.SET_NULL
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, related_name="quotedesk_comments", on_delete=models.SET_NULL
    )
    body = models.TextField(max_length=MAX_LENGTH)
    mentions = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+", blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["article", "created_at"])]

    def __str__(self) -> str:
        return self.body[:60]

    @staticmethod
    def mentioned_users(body: str) -> list[Any]:
        """The colleagues `body` @mentions; WorkflowError naming any mention that is nobody here."""
        names = list(dict.fromkeys(m.group(1) for m in MENTION.finditer(body)))
        if not names:
            return []
        field = get_user_model().USERNAME_FIELD
        found: dict[str, Any] = {}
        for user in reviewers().filter(**{f"{field}__in": names}):
            found[user.get_username()] = user
        # a mention may end with punctuation that belongs to a username ("@j.doe.")
        missing = []
        for name in names:
            if name in found:
                continue
            trimmed = name.rstrip(".@+-")
            if trimmed in found:
                continue
            missing.append(name)
        if missing:
            raise WorkflowError(
                "No colleague on the desk is called " + ", ".join(f"@{n}" for n in missing) + "."
            )
        return list({u.pk: u for u in found.values()}.values())

    @classmethod
    def post(cls, article: Any, body: str, by: Any, quote: Any | None = None) -> Comment:
        """Add a comment (one COMMENT event); each colleague it @mentions gets a notification."""
        body = (body or "").strip()
        if not body:
            raise WorkflowError("The comment is empty.")
        if len(body) > cls.MAX_LENGTH:
            raise WorkflowError(f"Keep comments under {cls.MAX_LENGTH} characters.")
        _readable(body.replace("\n", " ").replace("\r", " ").replace("\t", " "))
        if quote is not None and quote.article_id != article.pk:
            raise WorkflowError("That quote is not in this article.")
        mentioned = cls.mentioned_users(body)
        with transaction.atomic():
            comment = cls.objects.create(article=article, quote=quote, author=by, body=body)
            comment.mentions.set(mentioned)
            WorkflowEvent.objects.create(
                article=article,
                quote=quote,
                actor=by,
                action=WorkflowEvent.Action.COMMENT,
                before=None,
                after={
                    "comment_id": comment.pk,
                    "body": body[:200],
                    "mentions": [u.get_username() for u in mentioned],
                },
                created_at=comment.created_at,
            )
            who = _username(by) or "Someone"
            Notification.objects.bulk_create(
                [
                    Notification(
                        recipient=user,
                        actor=by,
                        kind=Notification.Kind.MENTION,
                        article=article,
                        comment=comment,
                        text=f"{who} mentioned you: {body[:140]}",
                        created_at=comment.created_at,
                    )
                    for user in mentioned
                    if by is None or user.pk != by.pk
                ]
            )
        return comment


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user: Any) -> NotificationQuerySet:
        # the article's title for the list, never its body (megabytes; the queue reads no body)
        related = self.filter(recipient=user).select_related("actor", "article", "comment")
        return related.defer("article__body")

    def unread(self) -> NotificationQuerySet:
        return self.filter(read_at__isnull=True)

    def mark_read(self) -> int:
        return self.filter(read_at__isnull=True).update(read_at=timezone.now())


class Notification(models.Model):
    """What a colleague is told: someone mentioned them, or assigned them work."""

    class Kind(models.TextChoices):
        MENTION = "mention", "Mentioned you"
        ASSIGNED = "assigned", "Assigned you work"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="notifications", on_delete=models.CASCADE
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    article = models.ForeignKey(
        "attribution.Article", null=True, blank=True, related_name="+", on_delete=models.CASCADE
    )
    comment = models.ForeignKey(
        Comment, null=True, blank=True, related_name="notifications", on_delete=models.CASCADE
    )
    text = models.CharField(max_length=300)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at", "-created_at"])]

    def __str__(self) -> str:
        return self.text

    @property
    def is_read(self) -> bool:
        return self.read_at is not None

    @property
    def target_url(self) -> str:
        from django.urls import reverse

        if self.article_id is None:
            return reverse("queue") + "?assigned=me"
        anchor = f"#comment-{self.comment_id}" if self.comment_id else ""
        return reverse("article", args=[self.article_id]) + anchor

    def mark_read(self) -> None:
        if self.read_at is None:
            self.read_at = timezone.now()
            Notification.objects.filter(pk=self.pk, read_at__isnull=True).update(read_at=self.read_at)


def filter_articles_by_workflow(
    articles: Any, assigned: str = "", flag: str = "", me: int | None = None
) -> Any:
    """Articles by who they are assigned to and their open flags: the queue's filters, and the exports'
    (so "export what I see" holds for My queue and the flag filter too).

    assigned: "me" (the user `me`), "none" (unassigned) or "@username"; flag: "any" or a Flag.Kind.
    """
    from django.db.models import Exists, OuterRef

    if assigned == "me":
        articles = articles.filter(Exists(Assignment.objects.filter(article=OuterRef("pk"), reviewer_id=me)))
    elif assigned == "none":
        articles = articles.exclude(Exists(Assignment.objects.filter(article=OuterRef("pk"))))
    elif assigned.startswith("@"):
        by_name = {f"reviewer__{get_user_model().USERNAME_FIELD}": assigned[1:]}
        articles = articles.filter(Exists(Assignment.objects.filter(article=OuterRef("pk"), **by_name)))
    if flag:
        open_flags = Flag.objects.filter(article=OuterRef("pk"), cleared_at__isnull=True)
        articles = articles.filter(Exists(open_flags if flag == "any" else open_flags.filter(kind=flag)))
    return articles
