"""gunicorn settings for Quotedesk: `gunicorn -c deploy/gunicorn.conf.py attribution.wsgi`.

Everything can be overridden from the environment (GUNICORN_*), so one file serves every host.
"""

from __future__ import annotations

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Views are short and database-bound: a few sync processes per core, each with a couple of threads.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle processes now and then so a slow leak can never take a host down.
max_requests = 2000
max_requests_jitter = 200
# The reverse proxy (nginx, a load balancer) sets X-Forwarded-Proto; trust it only from there.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
