"""Copy the README's user guide into the package, for the app's Help ▸ User guide (it ships with the app).

    .venv/bin/python tools/guide_doc.py          # write app/casebinder/data/guide.md
    .venv/bin/python tools/guide_doc.py --check  # fail when it is not the README's (a test runs this)

The README is the one source: this file is generated from its "## User guide" section (up to "## For
developers"), images left out (the app shows text) and links to the repository's files turned into plain
names.
"""

import re
import sys
from pathlib import Path

from generated import write_or_check

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
OUT = ROOT / "app" / "casebinder" / "data" / "guide.md"
HEADER = "<!-- Generated from README.md by tools/guide_doc.py: edit the README, then run it. -->\n\n"


def render(readme: str) -> str:
    start = readme.index("## User guide")
    end = readme.index("## For developers", start)
    text = readme[start:end].rstrip() + "\n"
    pictures = ("![", "| ![", "Screenshots:")  # the app shows text; its own screens need no pictures of them
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(pictures))
    text = re.sub(r"^\|( \|)+\s*$\n?|^\|(---\|)+\s*$\n?", "", text + "\n", flags=re.M)  # emptied tables
    text = re.sub(r"\[([^\]]+)\]\((?!https?:)[^)]+\)", r"\1", text)  # repository links: their words stay
    return HEADER + text.replace("## User guide", "# Casebinder user guide", 1)


def main(argv: list[str]) -> int:
    return write_or_check(OUT, render(README.read_text(encoding="utf-8")), argv, "tools/guide_doc.py")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
