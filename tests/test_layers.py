"""The core knows nothing of Qt: importing every module below ``ui`` leaves PySide6 unloaded."""

import pkgutil
import subprocess
import sys

import casebinder
from tests.conftest import REPO

CORE = ("casebinder.domain", "casebinder.vault", "casebinder.usecases", "casebinder.infra")


def core_modules() -> list[str]:
    names = []
    for package in CORE:
        module = __import__(package, fromlist=["_"])
        names.append(package)
        names += [info.name for info in pkgutil.walk_packages(module.__path__, package + ".")]
    return names


def test_core_modules_do_not_import_qt() -> None:
    modules = [*core_modules(), "casebinder.cli", "casebinder.infra.qt.pages", "casebinder.infra.qt.pdfium"]
    assert "casebinder.usecases.documents" in modules
    assert "casebinder.vault.keychain" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
    assert casebinder.APP_NAME == "Casebinder"
