from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.generic import RedirectView

from attribution.views import (
    api,
    claims,
    dashboard,
    exports,
    health,
    imports,
    people,
    preferences,
    progress,
    quote_search,
    review,
    review_stats,
    second_review,
    workflow_assign,
    workflow_discussion,
    workflow_notifications,
)

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("import/", imports.import_articles, name="import"),
    # review (queue, article, person pages and quote actions)
    path("", review.queue, name="queue"),
    path("articles/<int:pk>/", review.article_detail, name="article"),
    path("next/", review.next_article, name="next-article"),
    path("articles/<int:pk>/counters/", review.article_counters, name="article-counters"),
    path("articles/<int:pk>/body/", review.article_body, name="article-body"),
    path("articles/<int:pk>/quotes/", review.article_quotes, name="article-quotes"),
    path("articles/<int:pk>/quotes/add/", review.add_quote, name="quote-add"),
    path("articles/<int:pk>/confirm-all/", review.bulk_confirm, name="article-bulk-confirm"),
    path("quotes/<int:pk>/confirm/", review.confirm, name="quote-confirm"),
    path("quotes/<int:pk>/reject/", review.reject, name="quote-reject"),
    path("quotes/<int:pk>/speaker/", review.change_speaker, name="quote-speaker"),
    path("quotes/<int:pk>/kind/", review.change_kind, name="quote-kind"),
    path("quotes/<int:pk>/span/", review.change_span, name="quote-span"),
    path("quotes/<int:pk>/", review.quote_detail, name="quote"),
    path("undo/", review.undo, name="undo"),
    path("persons/search/", review.person_search, name="person-search"),
    path("preferences/shortcuts/", preferences.shortcuts, name="preference-shortcuts"),
    # the old per-speaker page: one page per person now, /people/<id>/ (bookmarks keep working)
    path("persons/<int:pk>/", RedirectView.as_view(pattern_name="person", permanent=True, query_string=True)),
    # the people directory and quote search (issue 13)
    path("people/", people.directory, name="people"),
    path("people/<int:pk>/", people.person_page, name="person"),
    path("people/<int:pk>/update/", people.update, name="people-update"),
    path("people/<int:pk>/aliases/add/", people.add_alias, name="people-alias-add"),
    path("people/<int:pk>/aliases/remove/", people.remove_alias, name="people-alias-remove"),
    path("people/<int:pk>/split/", people.split_alias, name="people-split"),
    path("people/<int:pk>/merge/", people.merge, name="people-merge"),
    path("people/events/<int:pk>/undo/", people.undo_event, name="people-undo"),
    path("quotes/", quote_search.search, name="quote-search"),
    # the team workflow (issue 14): assignment, comments with @mentions, notifications, flags
    path("articles/<int:pk>/assign/", workflow_assign.assign_article, name="article-assign"),
    path("queue/assign/", workflow_assign.assign_batch, name="queue-assign"),
    path("articles/<int:pk>/discussion/", workflow_discussion.discussion, name="article-discussion"),
    path("articles/<int:pk>/comments/", workflow_discussion.post_comment, name="article-comment"),
    path("quotes/<int:pk>/flag/", workflow_discussion.flag_quote, name="quote-flag"),
    path("quotes/<int:pk>/unflag/", workflow_discussion.unflag_quote, name="quote-unflag"),
    path("mentions/", workflow_discussion.mention_search, name="mention-search"),
    path("notifications/", workflow_notifications.notifications, name="notifications"),
    path("notifications/<int:pk>/open/", workflow_notifications.open_notification, name="notification-open"),
    path("notifications/<int:pk>/read/", workflow_notifications.mark_read, name="notification-read"),
    path("notifications/read-all/", workflow_notifications.mark_all_read, name="notifications-read-all"),
    # quote sheets and the read API
    path("exports/quotes/", exports.export_quotes, name="export_quotes"),
    path("exports/quotes/print/", exports.print_quotes, name="print_quotes"),
    path("api/articles/", api.articles, name="api_articles"),
    path("api/articles/<int:pk>/quotes/", api.article_quotes, name="api_article_quotes"),
    path("api/persons/", api.persons, name="api_persons"),
    path("api/quotes/", api.quotes, name="api_quotes"),
    # claims for fact-checkers, the same statement across articles, the desk dashboard
    path("claims/", claims.claims_queue, name="claims"),
    path("claims/claimreview.jsonld", claims.claimreview_download, name="claimreview"),
    path("claims/<int:pk>/verdict/", claims.give_verdict, name="claim-verdict"),
    path("claims/<int:pk>/statement/", claims.statement_detail, name="statement"),
    path("claims/<int:pk>/verified-wording/", claims.mark_verified_wording, name="statement-verified"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    # second review: two independent reviews, adjudication, and the desk's reviewer figures (issue 14)
    path("articles/<int:pk>/second-review/", second_review.panel, name="second-review-panel"),
    path("articles/<int:pk>/second-review/require/", second_review.require, name="second-review-require"),
    path("articles/<int:pk>/second-review/lift/", second_review.lift, name="second-review-lift"),
    path("second-review/", second_review.adjudication, name="adjudication"),
    path("second-review/quotes/<int:pk>/adjudicate/", second_review.adjudicate, name="adjudicate"),
    path("second-review/agreement/", review_stats.agreement, name="agreement"),
    path("second-review/throughput/", review_stats.throughput, name="throughput"),
    # health and parse progress (HTMX fragments)
    path("healthz", health.healthz, name="healthz"),
    path("favicon.ico", health.favicon, name="favicon"),
    path("progress/articles/<int:pk>/", progress.article_status, name="progress_article"),
    path("progress/articles/<int:pk>/retry/", progress.article_retry, name="progress_article_retry"),
    path("articles/<int:pk>/reparse/", progress.article_reparse, name="article-reparse"),
    path("progress/batch/", progress.batch_status, name="progress_batch"),
    path("progress/batch/retry/", progress.batch_retry, name="progress_batch_retry"),
]
