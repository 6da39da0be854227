"""A guard against a reference-counting bug in the Qt binding, applied before PySide6 is used.

PySide6 6.12.0 (shiboken6 6.12.0) returns ``None`` from every void C++ method without taking a reference
to it: each ``painter.setFont(...)``, ``label.setText(...)`` or ``obj.setObjectName(...)`` leaves None's
count one lower. Every ``signal.emit(...)`` does the same to ``True``, the value it returns. On CPython 3.12
and later None, True and False are immortal and nothing happens; on 3.11 a count reaches zero after some
thousands of calls and the interpreter aborts ("Fatal Python error: none_dealloc", or "bool_dealloc"). Found
while rendering a 300-row table (about 5,000 void calls from a fresh interpreter), and again when the app's
journey tests emitted a few thousand signals in one process; a long GUI session would get there too. 6.11.3
does not have the bug, but its QtPdf comes only with the 175 MB PySide6-Addons wheel.

The guard gives None, True and False the effectively unbounded count they have on 3.12 (2**40 calls would
take decades). It touches nothing else, does nothing on 3.12+ or on other interpreters, and
``tests/test_qtcompat.py`` shows the abort without it and none with it.
"""

import sys

_applied = False


def make_none_immortal() -> None:
    """None, True and False made immortal on CPython 3.11 (they already are from 3.12)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40  # ob_refcnt: a PyObject's first field
    _applied = True
