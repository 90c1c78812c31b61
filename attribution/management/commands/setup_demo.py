"""python manage.py setup_demo — role groups, demo accounts and the seed articles. Idempotent."""

from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from attribution.roles import ADMIN, EDITOR, FACT_CHECKER, REVIEWER, ensure_groups

DEMO_ACCOUNTS = [("editor", EDITOR), ("reviewer", REVIEWER), ("factchecker", FACT_CHECKER), ("admin", ADMIN)]


class Command(BaseCommand):
    help = "Create role groups and demo accounts (editor, reviewer, factchecker, admin) and import seeds/."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seeds", default=str(Path(settings.BASE_DIR) / "seeds"))
        parser.add_argument("--password", default="", help="password for new demo accounts (default: random)")
        parser.add_argument("--sync", action="store_true", help="parse the seeds here, not by a worker")

    def handle(self, *args: object, **options: object) -> None:
        ensure_groups()
        User = get_user_model()
        created: list[tuple[str, str, str]] = []
        for username, role in DEMO_ACCOUNTS:
            if User.objects.filter(username=username).exists():
                continue
            password = str(options["password"]) or secrets.token_urlsafe(9)
            user = User.objects.create_user(
                username=username, password=password, email=f"{username}@example.org"
            )
            if role == ADMIN:
                user.is_staff = True
                user.is_superuser = True
                user.save(update_fields=["is_staff", "is_superuser"])
            user.groups.add(Group.objects.get(name=role))
            created.append((username, password, role))
        if created:
            self.stdout.write(self.style.SUCCESS("Demo accounts (shown once — note them down):"))
            for username, password, role in created:
                self.stdout.write(f"  {role:<9} username: {username:<9} password: {password}")
        else:
            self.stdout.write(
                "Demo accounts already exist (editor, reviewer, admin); passwords were shown once."
            )
            self.stdout.write("Reset one with: .venv/bin/python manage.py changepassword reviewer")
        seeds = Path(str(options["seeds"]))
        if seeds.is_dir():
            extra = ["--sync"] if options["sync"] else []
            call_command("import_articles", str(seeds), *extra, stdout=self.stdout, stderr=self.stderr)
