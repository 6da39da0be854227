"""The refcount guard: without it PySide6 6.12 on CPython 3.11 aborts after a few thousand void calls
(None's count) or signal emissions (True's count)."""

import subprocess
import sys

import pytest

CALLS = 200_000
LOOP = f"""
from PySide6.QtCore import QObject
thing = QObject()
for _ in range({CALLS}):
    thing.setObjectName("x")  # a void method: the binding returns None
    thing.objectNameChanged.emit("x")  # emit() returns True
print("survived")
"""


def _run(prelude: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", prelude + LOOP], capture_output=True, text=True, timeout=120, check=False
    )


def test_void_qt_calls_do_not_exhaust_none_once_casebinder_is_loaded() -> None:
    for entry in (
        "import casebinder.infra.qt.pages",
        "import casebinder.infra.qt.pdfium",
        "import casebinder.ui",
    ):
        result = _run(entry + "\n")
        assert result.returncode == 0, (entry, result.stderr[-500:])
        assert "survived" in result.stdout, (entry, result.stderr[-500:])


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_how_the_binding_behaves_without_the_guard() -> None:
    """Documents the bug the guard is for; a fixed binding is reported as a skip (the guard can then go)."""
    result = _run("")
    if result.returncode == 0:
        pytest.skip("this PySide6 keeps None's count: casebinder.qtcompat is no longer needed")
    assert "none_dealloc" in result.stderr or "bool_dealloc" in result.stderr, result.stderr[-500:]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_signal_emission_drops_true_without_the_guard() -> None:
    script = """
import sys
from PySide6.QtCore import QObject
thing = QObject()
before = sys.getrefcount(True)
for _ in range(1000):
    thing.objectNameChanged.emit("x")
print(sys.getrefcount(True) - before)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    if result.returncode == 0 and result.stdout.strip() == "0":
        pytest.skip("this PySide6 keeps True's count: the guard's True/False part is no longer needed")
    assert result.stdout.strip() == "-1000" or "bool_dealloc" in result.stderr, (result.stdout, result.stderr)
