"""French and Hindi blind articles (original prose, invented people). Markup: see build_blind.py."""

ARTICLES = []
