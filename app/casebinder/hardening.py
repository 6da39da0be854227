"""Keep a crash from leaving the user's data behind: no core dumps, private files.

Casebinder's processes hold the vault key, the passphrase while it is typed and decrypted case text. A core
dump of a crash (a SIGSEGV in a PDF reader, say) would write all of it to disk in plaintext: a 77 MB core
written during an import held the passphrase, the raw key and decrypted text. Every process of ours (the app,
the CLI, each parser worker) calls :func:`harden_process` first.

What is done, where the system offers it:

- POSIX: the core-file size limit is set to 0 (soft and hard), and the file-creation mask to 077, so every
  file Casebinder creates (vault, its -wal and -shm, lock, backups, exports) is readable by its owner only.
- Linux: the process is marked not dumpable (``PR_SET_DUMPABLE`` 0), which also stops other processes of the
  same user from reading its memory through ``/proc`` or ptrace.
- Windows: the system's crash dialog and Windows Error Reporting's heap capture are turned off for the
  process (``SetErrorMode``, ``WerSetFlags``); a machine-wide LocalDumps policy set by an administrator is
  beyond a program's reach.
"""

import os
import sys

PR_SET_DUMPABLE = 4
PRIVATE_UMASK = 0o077


def harden_process() -> None:
    """Idempotent; never raises (a missing facility leaves the others in place)."""
    if sys.platform == "win32":
        _windows()
        return
    _no_core_dumps()
    os.umask(PRIVATE_UMASK)
    if sys.platform.startswith("linux"):
        _not_dumpable()


def _no_core_dumps() -> None:
    import contextlib
    import resource

    with contextlib.suppress(ValueError, OSError):  # a platform without the limit
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _not_dumpable() -> None:
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not glibc or musl
        pass


def _windows() -> None:  # pragma: no cover - exercised on Windows only
    import ctypes

    sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
    wer_fault_reporting_flag_noheap, wer_fault_reporting_no_ui = 0x0001, 0x0020
    try:
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)
        kernel32.WerSetFlags(wer_fault_reporting_flag_noheap | wer_fault_reporting_no_ui)
    except (OSError, AttributeError):
        pass
