from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from attribution.views import health, imports, progress, review

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("import/", imports.import_articles, name="import"),
    # review (queue, article, person pages and quote actions)
    path("", review.queue, name="queue"),
    path("articles/<int:pk>/", review.article_detail, name="article"),
    # health and parse progress (HTMX fragments)
    path("healthz", health.healthz, name="healthz"),
    path("progress/articles/<int:pk>/", progress.article_status, name="progress_article"),
    path("progress/articles/<int:pk>/retry/", progress.article_retry, name="progress_article_retry"),
    path("progress/batch/", progress.batch_status, name="progress_batch"),
    path("progress/batch/retry/", progress.batch_retry, name="progress_batch_retry"),
]
