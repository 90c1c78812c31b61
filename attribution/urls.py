from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from attribution.views import imports, review

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("import/", imports.import_articles, name="import"),
    # review (queue, article, person pages and quote actions)
    path("", review.queue, name="queue"),
    path("articles/<int:pk>/", review.article_detail, name="article"),
]
