"""python manage.py bench_web — latency of the review screen under concurrent reviewers.

Starts the app (gunicorn by default, or `runserver --noreload`) on 127.0.0.1 against a throwaway
SQLite database holding one article with 200 quotes, then for a bounded time drives N concurrent
clients (threads, each with its own logged-in session and CSRF token). Each client loops like a
reviewer: load the article page, then confirm quotes through HTMX, doing after each answer what the
page does: a confirm answer carries the counters out of band, so nothing more; were it to send the
`quotes-changed` event instead, the client fetches the counters fragment, as the page would.
gunicorn runs with deploy/gunicorn.conf.py, the deployment's own settings (2 x cores + 1 workers,
2 threads each). Prints p50/p95/p99 latency per request type and requests/s.
"""

from __future__ import annotations

import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process `pid` and its children (Linux /proc; None elsewhere)."""
    try:
        tick = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1] is the parent's pid
                total += (int(fields[11]) + int(fields[12])) / tick  # utime + stime
        return total
    except (OSError, ValueError, IndexError):
        return None


def _percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


class Client:
    """One reviewer: a session cookie, a CSRF token, plain http.client requests."""

    def __init__(self, port: int, session_key: str):
        self.port = port
        self.cookies = {"sessionid": session_key}
        self.conn: http.client.HTTPConnection | None = None

    def request(
        self, method: str, path: str, body: str = "", headers: dict[str, str] | None = None
    ) -> tuple[int, bytes, dict[str, str]]:
        hdrs = {
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            "Host": f"{HOST}:{self.port}",
        }
        if method == "POST":
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
            hdrs["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            hdrs["Origin"] = f"http://{HOST}:{self.port}"
            hdrs["Referer"] = f"http://{HOST}:{self.port}/"
        hdrs.update(headers or {})
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
            try:
                self.conn.request(method, path, body=body.encode() if body else None, headers=hdrs)
                response = self.conn.getresponse()
                data = response.read()
            except (ConnectionError, http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
                continue
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name.strip()] = rest.split(";", 1)[0]
            if response.getheader("Connection", "").lower() == "close" or response.version == 10:
                self.conn.close()
                self.conn = None
            return response.status, data, {k.lower(): v for k, v in response.getheaders()}
        raise RuntimeError("unreachable")


class Command(BaseCommand):
    help = "Benchmark the article page and the confirm action with concurrent logged-in clients."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--clients", type=int, default=16)
        parser.add_argument("--duration", type=float, default=15.0, help="seconds of load")
        parser.add_argument("--quotes", type=int, default=200)
        parser.add_argument("--server", choices=["gunicorn", "runserver"], default="gunicorn")
        parser.add_argument(
            "--workers", type=int, default=0, help="gunicorn workers (default: deploy/gunicorn.conf.py's)"
        )
        parser.add_argument(
            "--threads", type=int, default=0, help="threads per worker (default: deploy/gunicorn.conf.py's)"
        )
        parser.add_argument(
            "--think",
            type=float,
            default=0.0,
            help="mean pause (s) between a client's requests; 0 = back to back (saturation)",
        )
        parser.add_argument("--prepare", default="", help=argparse_hidden())

    # -- child step: build the throwaway database ------------------------------------------------
    def _prepare(self, clients: int, n_quotes: int) -> None:
        from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
        from django.contrib.auth.models import Group
        from django.contrib.sessions.backends.db import SessionStore
        from django.core.management import call_command

        from attribution.models import Article, Person, Quote
        from attribution.roles import REVIEWER, ensure_groups

        call_command("migrate", verbosity=0)
        ensure_groups()
        group = Group.objects.get(name=REVIEWER)
        persons = [Person.objects.create(name=f"Speaker Number{i}", title="Minister") for i in range(25)]
        for p in persons:
            p.add_alias(p.name.split()[-1])
        sentence = "“Statement {i} says the plan will work & cost less,” Number{p} said on Monday. "
        paragraphs, line = [], []
        for i in range(n_quotes):
            line.append(sentence.format(i=i, p=i % 25))
            if len(line) == 4:
                paragraphs.append("".join(line).strip())
                line = []
        if line:
            paragraphs.append("".join(line).strip())
        body = "Two hundred quotes in one article\n\n" + "\n\n".join(paragraphs)
        article = Article.objects.create(
            title="Bench: 200 quotes",
            body=body,
            language="en",
            source="Bench",
            parse_status=Article.ParseStatus.DONE,
        )
        quotes, pos = [], 0
        for i in range(n_quotes):
            start = body.index("“", pos) + 1
            end = body.index(",”", start) + 1
            cue = body.index(" said", end) + 1
            mention = body.index("Number", end)
            quotes.append(
                Quote(
                    article=article,
                    start=start,
                    end=end,
                    text=body[start:end],
                    kind="direct",
                    cue_start=cue,
                    cue_end=cue + 4,
                    cue_verb="say",
                    mention_start=mention,
                    mention_end=mention + len(f"Number{i % 25}"),
                    speaker=persons[i % 25],
                    speaker_label=persons[i % 25].name,
                    confidence=0.6 + (i % 4) / 10,
                    rule="direct:quote-X-said",
                )
            )
            pos = end
        Quote.objects.bulk_create(quotes)
        ids = list(Quote.objects.filter(article=article).values_list("id", flat=True))
        User = get_user_model()
        keys = []
        for i in range(clients):
            user = User.objects.create_user(f"bench{i}", password=None)
            user.groups.add(group)
            session = SessionStore()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.create()
            keys.append(session.session_key)
        self.stdout.write(
            f"ARTICLE {article.pk}\nQUOTES {' '.join(map(str, ids))}\nSESSIONS {' '.join(keys)}\n"
        )

    # -- parent: server + load --------------------------------------------------------------------
    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["prepare"]:
            self._prepare(int(opts["prepare"]), opts["quotes"])
            return
        base_dir = Path(settings.BASE_DIR)
        tmp = Path(tempfile.mkdtemp(prefix="quotedesk-bench-"))
        port = _free_port()
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
            "DEBUG": "0",
            "SECRET_KEY": "bench-only-" + os.urandom(16).hex(),
            "SECURE_SSL_REDIRECT": "0",
            "ALLOWED_HOSTS": HOST,
            "STATIC_ROOT": str(tmp / "static"),
            "CONN_MAX_AGE": "60",
            "QUOTEDESK_TASKS": "immediate",
            "LOG_LEVEL": "ERROR",
        }
        py = sys.executable
        manage = str(base_dir / "manage.py")
        server: subprocess.Popen[bytes] | None = None
        try:
            self.stdout.write(f"Preparing a throwaway database in {tmp} …")
            out = subprocess.run(
                [py, manage, "bench_web", "--prepare", str(opts["clients"]), "--quotes", str(opts["quotes"])],
                env=env,
                cwd=base_dir,
                capture_output=True,
                text=True,
                check=False,
            )
            if out.returncode:
                raise CommandError(f"Preparing the database failed:\n{out.stderr[-3000:]}")
            info = dict(
                line.split(" ", 1)
                for line in out.stdout.splitlines()
                if " " in line and line.split(" ", 1)[0].isupper()
            )
            article_id, quote_ids, sessions = (
                int(info["ARTICLE"]),
                info["QUOTES"].split(),
                info["SESSIONS"].split(),
            )
            subprocess.run(
                [py, manage, "collectstatic", "--noinput", "-v0"], env=env, cwd=base_dir, check=True
            )

            cpus = os.cpu_count() or 2
            if opts["server"] == "gunicorn":
                # The deployment's config, as README's "Production" section runs it: 2 x cores + 1
                # gthread workers with 2 threads each, access log on (to /dev/null here).
                workers = opts["workers"] or 2 * cpus + 1
                threads = opts["threads"] or 2
                env["GUNICORN_BIND"] = f"{HOST}:{port}"
                env["GUNICORN_WORKERS"] = str(workers)
                env["GUNICORN_THREADS"] = str(threads)
                env["GUNICORN_LOG_LEVEL"] = "warning"
                cmd = [
                    py,
                    "-m",
                    "gunicorn",
                    "-c",
                    str(base_dir / "deploy" / "gunicorn.conf.py"),
                    "attribution.wsgi:application",
                ]
                label = f"gunicorn (deploy/gunicorn.conf.py), {workers} workers x {threads} threads"
            else:
                cmd = [py, manage, "runserver", "--noreload", f"{HOST}:{port}"]
                label = "runserver --noreload (threaded)"
            server = subprocess.Popen(
                cmd, env=env, cwd=base_dir, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
            self._wait_for(port, server)
            self.stdout.write(
                f"Server: {label} on {HOST}:{port}; {cpus} CPUs; SQLite; "
                f"article with {len(quote_ids)} quotes; "
                f"{opts['clients']} clients for {opts['duration']:.0f} s, think time {opts['think']:g} s; "
                # on a shared machine the figures follow the load: print it with them
                f"load average before {', '.join(f'{x:.2f}' for x in os.getloadavg())}"
            )
            results = self._load(
                port, article_id, quote_ids, sessions, opts["duration"], opts["think"], server.pid
            )
            self._report(results, opts["duration"])
        finally:
            if server is not None:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
            shutil.rmtree(tmp, ignore_errors=True)

    def _wait_for(self, port: int, server: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise CommandError(
                    f"The server exited: {server.stderr.read().decode()[-2000:] if server.stderr else ''}"
                )
            try:
                with socket.create_connection((HOST, port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise CommandError("The server did not start within 30 s.")

    def _load(
        self,
        port: int,
        article_id: int,
        quote_ids: list[str],
        sessions: list[str],
        duration: float,
        think: float,
        server_pid: int,
    ) -> dict[str, Any]:
        timings: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, int] = defaultdict(int)
        lock = threading.Lock()
        article_path = f"/articles/{article_id}/"
        counters_path = f"/articles/{article_id}/counters/"
        htmx = {"HX-Request": "true", "HX-Current-URL": f"http://{HOST}:{port}{article_path}"}
        # Warm up: every client loads the page once (gets its CSRF cookie) before timing starts.
        clients = [Client(port, key) for key in sessions]
        for c in clients:
            status, _, _ = c.request("GET", article_path)
            if status != 200:
                raise CommandError(f"Warm-up GET {article_path} answered {status}; is the session valid?")
        # gunicorn accepts connections before every worker has booted: wait until the server is
        # idle, so that neither the timings nor its CPU time include workers starting up.
        cpu_before = _cpu_seconds(server_pid)
        deadline = time.monotonic() + 20
        while cpu_before is not None and time.monotonic() < deadline:
            time.sleep(0.5)
            now = _cpu_seconds(server_pid)
            if now is None or now - cpu_before < 0.02:
                break
            cpu_before = now
        stop_at = time.monotonic() + duration
        started = time.monotonic()

        def timed(
            c: Client,
            name: str,
            method: str,
            path: str,
            body: str = "",
            headers: dict[str, str] | None = None,
        ) -> dict[str, str]:
            t0 = time.perf_counter()
            answer: dict[str, str] = {}
            try:
                status, _, answer = c.request(method, path, body, headers)
            except Exception:
                status = 599
            elapsed = (time.perf_counter() - t0) * 1000
            with lock:
                timings[name].append(elapsed)
                if status >= 400:
                    errors[name] += 1
            return answer

        def reviewer(c: Client, seed: int) -> None:
            rng = random.Random(seed)

            def pause() -> None:
                if think > 0:
                    left = stop_at - time.monotonic()
                    time.sleep(max(0.0, min(rng.expovariate(1 / think), 10 * think, left)))

            while time.monotonic() < stop_at:
                timed(c, "article page", "GET", article_path)
                for _ in range(3):
                    pause()
                    if time.monotonic() >= stop_at:
                        break
                    qid = rng.choice(quote_ids)
                    answer = timed(c, "confirm (htmx)", "POST", f"/quotes/{qid}/confirm/", "", htmx)
                    # What the page does next: the counters listen for `quotes-changed`.
                    if "quotes-changed" in answer.get("hx-trigger", ""):
                        timed(c, "counters (htmx)", "GET", counters_path, "", htmx)
                pause()

        threads = [threading.Thread(target=reviewer, args=(c, i), daemon=True) for i, c in enumerate(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        results = {"timings": timings, "errors": errors, "elapsed": time.monotonic() - started}
        cpu_after = _cpu_seconds(server_pid)
        if cpu_before is not None and cpu_after is not None:
            results["server_cpu"] = cpu_after - cpu_before
        return results

    def _report(self, results: dict[str, Any], duration: float) -> None:
        timings, errors, elapsed = results["timings"], results["errors"], results["elapsed"]
        total = sum(len(v) for v in timings.values())
        self.stdout.write(
            f"\n{'request':<18}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'mean':>8}{'errors':>8}"
        )
        for name in ("article page", "confirm (htmx)", "counters (htmx)"):
            values = timings.get(name, [])
            if not values:
                continue
            self.stdout.write(
                f"{name:<18}{len(values):>7}{_percentile(values, 50):>9.1f}{_percentile(values, 95):>9.1f}"
                f"{_percentile(values, 99):>9.1f}{statistics.fmean(values) if values else 0:>8.1f}"
                f"{errors.get(name, 0):>8}"
            )
        self.stdout.write(f"\n{total} requests in {elapsed:.1f} s: {total / elapsed:.0f} requests/s")
        if "server_cpu" in results and total:
            cpu = results["server_cpu"]
            self.stdout.write(
                f"server CPU: {cpu:.1f} s, {cpu / total * 1000:.1f} ms per request "
                f"({cpu / elapsed:.2f} of {os.cpu_count()} cores busy); load average now "
                f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}"
            )
        targets = {"confirm (htmx)": 50.0, "article page": 150.0}
        for name, limit in targets.items():
            p95 = _percentile(timings.get(name, []), 95)
            verdict = "meets" if p95 < limit else "MISSES"
            self.stdout.write(f"{name}: p95 {p95:.1f} ms {verdict} the {limit:.0f} ms target")
        if sum(errors.values()):
            self.stderr.write(f"{sum(errors.values())} requests failed.")


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS
