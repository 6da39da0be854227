"""Casebinder: a local, encrypted binder for fighting health-insurance denials."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("casebinder")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Casebinder"
