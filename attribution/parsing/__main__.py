"""python -m attribution.parsing DOCS.jsonl > PREDICTIONS.jsonl"""

from __future__ import annotations

import sys

from attribution.parsing.cli import main

raise SystemExit(main(sys.argv[1:]))
