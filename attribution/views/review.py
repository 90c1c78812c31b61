"""Review pages. (Being built out: queue, article, person pages and quote actions.)"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from attribution.models import Article
from attribution.views.access import REVIEW_PERM, require_perm


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    return render(request, "review/queue.html", {"articles": Article.objects.with_counts()[:50]})


@login_required
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request.user, REVIEW_PERM)
    article = get_object_or_404(Article, pk=pk)
    return render(request, "review/article.html", {"article": article})
