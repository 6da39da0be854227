"""The tail every generator in tools/ shares: write the file, or with ``--check`` say it is out of date.

A generated file lives in the repository so people and the packaged app can read it without running the
tool; a test runs each tool with ``--check`` so the copy can never quietly fall behind its source.
"""

import sys
from pathlib import Path


def write_or_check(out: Path, content: str | bytes, argv: list[str], tool: str) -> int:
    """0 when written, or when ``--check`` finds ``out`` holding ``content`` (text, or bytes such as a
    compiled catalogue); 1 (with a sentence) if not."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if "--check" in argv:
        if not out.exists() or out.read_bytes() != data:
            print(f"{out} is out of date: run {tool}", file=sys.stderr)
            return 1
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"wrote {out}")
    return 0
