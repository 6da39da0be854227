"""Casebinder: a local, encrypted binder for fighting health-insurance denials."""

from typing import Any

APP_NAME = "Casebinder"


def __getattr__(name: str) -> Any:
    # The version comes from the installed metadata (pyproject.toml is the one source of truth); looked up
    # on first use because importlib.metadata costs ~30 ms of start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("casebinder")
        except PackageNotFoundError:  # a source tree that was never installed
            value = "0.0.0+source"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'casebinder' has no attribute {name!r}")
