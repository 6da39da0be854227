"""The tail every generator in tools/ shares: write the file, or with ``--check`` say it is out of date.

A generated file lives in the repository so people and the packaged app can read it without running the
tool; a test runs each tool with ``--check`` so the copy can never quietly fall behind its source.
"""

import sys
from pathlib import Path


def write_or_check(out: Path, text: str, argv: list[str], tool: str) -> int:
    """0 when written, or when ``--check`` finds ``out`` holding ``text``; 1 (with a sentence) if not."""
    if "--check" in argv:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is out of date: run {tool}", file=sys.stderr)
            return 1
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0
