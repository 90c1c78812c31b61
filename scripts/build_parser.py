"""Compile the parser's hot modules with mypyc, in place: `make native` (run by make run/test/bench-*).

The result is optional: without it (no C compiler, a failed build) the same modules run as Python.
attribution/parsing/native.py decides at import which build runs; this script writes the stamp it checks.
Usage: python scripts/build_parser.py [--clean]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.parsing import native  # noqa: E402  (pure Python: select() has not run for this)


def clean() -> None:
    for p in native.HERE.rglob("*"):
        if p.suffix in (".so", ".pyd") or p.name == native.STAMP.name:
            p.unlink()


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import Extension, setup

    clean()
    os.chdir(ROOT)
    paths = [str(native.source_path(name).relative_to(ROOT)) for name in native.COMPILED]
    with tempfile.TemporaryDirectory(prefix="quotedesk-mypyc-") as tmp:
        exts = mypycify(paths, group_name=native.GROUP, opt_level="3", target_dir=tmp)
        c_dir = native.HERE.relative_to(ROOT)
        exts.append(
            Extension(
                f"{native.PACKAGE}.{native.SPEEDUPS}",
                [str(c_dir / name) for name in native.SPEEDUPS_SOURCES],
                depends=[str(c_dir / name) for name in native.SPEEDUPS_HEADERS],
                include_dirs=[str(c_dir)],
                extra_compile_args=["-O3"],
            )
        )
        setup(
            name="quotedesk-parser-native",
            ext_modules=exts,
            packages=[],
            script_args=["-q", "build_ext", "--inplace", "--build-temp", os.path.join(tmp, "obj")],
        )
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    native.STAMP.write_text(native.source_digest() + "\n", encoding="ascii")


if __name__ == "__main__":
    if "--clean" in sys.argv:
        clean()
        sys.exit(0)
    try:
        build()
    except BaseException as exc:  # noqa: BLE001 - any failure leaves the pure-Python parser in place
        clean()
        print(f"parser: mypyc build failed ({exc!r}); the pure-Python parser will run", file=sys.stderr)
        sys.exit(1)
    print("parser: compiled with mypyc (attribution/parsing/*.so)")
