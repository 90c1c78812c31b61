"""The app's models, where Django looks for them: each module of models is imported here so that it is
registered, and its names are handed on (`from attribution.models import Quote`). Model modules import
the ones below them (attribution.models.quotes, .articles …, attribution.person_models), never this face."""

from attribution.claim_models import ClaimVerdict, SpeakerTally, Statement
from attribution.models.api_tokens import ApiToken
from attribution.models.articles import Article, QuoteTally, content_hash
from attribution.models.conflicts import OverlappingQuotes, StaleQuoteError
from attribution.models.quote_events import QuoteEvent, protect_human_events
from attribution.models.quotes import Quote
from attribution.models.workers import WorkerHeartbeat
from attribution.person_models import Person, PersonAlias, PersonEditConflict, PersonEditing, PersonEvent
from attribution.preferences import ReviewerPreference
from attribution.second_review import Adjudication, IndependentReview, SecondReview, SecondReviewEvent
from attribution.suggestions import RuleSuggestion
from attribution.workflow_models import Assignment, Comment, Flag, Notification, WorkflowEvent

__all__ = [
    "Adjudication", "ApiToken", "Article", "Assignment", "ClaimVerdict", "Comment", "Flag",
    "IndependentReview", "Notification", "OverlappingQuotes", "Person", "PersonAlias", "PersonEditConflict",
    "PersonEditing", "PersonEvent", "Quote", "QuoteEvent", "QuoteTally", "ReviewerPreference",
    "RuleSuggestion", "SecondReview", "SecondReviewEvent", "SpeakerTally", "StaleQuoteError", "Statement",
    "WorkerHeartbeat", "WorkflowEvent", "content_hash", "protect_human_events",
]  # fmt: skip
