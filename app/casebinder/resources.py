"""Where the read-only data files (rules, checklists, demo text, icons) live: inside the package.

Read through :mod:`importlib.resources`, which finds them the same way in a source checkout, an installed
wheel and a PyInstaller bundle (which collects ``casebinder/data`` with the package). A wheel built before the
data moved into the package shipped none of it: rules and checklists were missing from a regular install.
"""

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A data file, ``resource("rules", "appeals.json")``: ``.open()``, ``.read_text()``, ``.is_file()``."""
    return files("casebinder.data").joinpath(*parts)


def resource_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()
