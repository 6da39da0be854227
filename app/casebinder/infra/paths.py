"""Where Casebinder keeps things on this computer (platformdirs).

``CASEBINDER_HOME`` overrides it, for tests and for a portable install on a USB stick.
"""

import os
from pathlib import Path

import platformdirs

from casebinder import APP_NAME

HOME_ENV = "CASEBINDER_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    return data_dir() / "My cases.casebinder"


def default_demo_path() -> Path:
    return data_dir() / "Demo.casebinder"


def log_dir() -> Path:
    """Where the debug log goes while the user has it turned on (nothing is written here otherwise)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
