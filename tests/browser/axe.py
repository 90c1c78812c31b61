"""axe-core, run inside a Playwright page: the accessibility rules the desk's pages must pass.

axe.min.js is vendored in tests/browser/vendor/ (axe-core 4.14.1 from npm, MPL-2.0, licence beside it)
so the browser tests need no network and always run the same rules. To update: `npm pack axe-core@X.Y.Z`,
copy package/axe.min.js and package/LICENSE here, change AXE_VERSION.

The app's strict CSP (script-src 'self') refuses an injected script: run it in a page whose context
was opened with bypass_csp=True (conftest's csp_bypassing_desk).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE_VERSION = "4.14.1"
AXE_JS = Path(__file__).parent / "vendor" / "axe.min.js"
BLOCKING = ("serious", "critical")

# WCAG 2.0/2.1 A and AA plus axe's best practices (landmarks, one h1, regions ...).
RUN_AXE = """async () => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    resultTypes: ["violations"],
  });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary})),
  }));
}"""


def axe_violations(page: Any, impacts: tuple[str, ...] = BLOCKING) -> list[dict[str, Any]]:
    """The page's axe violations of the given impacts (serious and critical by default)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_JS))
    assert page.evaluate("() => axe.version") == AXE_VERSION
    return [v for v in page.evaluate(RUN_AXE) if v["impact"] in impacts]


def describe(where: str, violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{where}: [{v['impact']}] {v['id']}: {v['help']}")
        for node in v["nodes"][:6]:
            summary = " ".join((node["summary"] or "").split())[:300]
            lines.append(f"    {node['target']}  {summary}")
    return "\n".join(lines)
