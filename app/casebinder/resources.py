"""Where the read-only data files (rules, checklists, demo text, icons) live.

Looked up at run time rather than baked into the package so the same code works from a source checkout, an
editable install and a PyInstaller bundle (which unpacks data under ``sys._MEIPASS``).
"""

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("CASEBINDER_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
