"""docs/deadlines.md is generated from the rule data: a rule changed without regenerating it fails here."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_deadlines_page_matches_the_rule_data() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "deadlines_doc.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr


def test_the_page_names_every_rule() -> None:
    from casebinder.infra.rulebook import rulebook

    page = (ROOT / "docs" / "deadlines.md").read_text(encoding="utf-8")
    missing = [r.id for r in rulebook().rules if f"`{r.id}`" not in page]
    assert not missing
