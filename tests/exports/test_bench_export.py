"""make bench-export (python manage.py bench_export) runs end to end on a small throwaway database."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command


def test_bench_export_prints_time_and_peak_rss_per_format() -> None:
    out = io.StringIO()
    call_command("bench_export", "--rows", "60", "--formats", "csv,xlsx", stdout=out)
    report = out.getvalue()
    lines = {
        line.split()[0]: line.split() for line in report.splitlines() if line.startswith(("csv", "xlsx"))
    }
    assert lines["csv"][1] == "60" and lines["xlsx"][1] == "60"  # every quote came out
    assert "MB" in lines["csv"]
    assert "peak RSS" in report


def test_bench_export_refuses_unknown_formats() -> None:
    with pytest.raises(CommandError):
        call_command("bench_export", "--formats", "pdf", stdout=io.StringIO())
