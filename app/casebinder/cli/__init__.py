"""``casebinder``: with no arguments the desktop app, with a subcommand the same use cases from a terminal.

Exit codes: 0 success, 1 a problem the user can act on (one line on stderr, no traceback), 2 usage, 70 a
bug (a crash report without case data on stderr, as the app's crash dialog shows it). The
passphrase comes from ``CASEBINDER_PASSPHRASE``, else the OS keychain, else a prompt. Each noun's commands
live in a module of their own (``cli/case.py``, ``cli/doc.py``...), registering their parser beside their
handlers; this module assembles them and runs one.
"""

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from casebinder import APP_NAME, logs
from casebinder.cli.common import PASSPHRASE_ENV, warn
from casebinder.errors import CasebinderError

log = logging.getLogger("casebinder.cli")

# In the order ``casebinder --help`` lists them.
MODULES = (
    "vault",
    "person",
    "case",
    "doc",
    "call",
    "correspondence",
    "medical",
    "symptom",
    "criteria",
    "letter",
    "contact",
    "authorization",
    "note",
    "redaction",
    "timeline",
    "appeals",
    "export",
    "search",
    "demo",
)


class _VersionAction(argparse.Action):
    """--version, looked up only when asked (importlib.metadata costs ~30 ms of every start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        import casebinder

        print(f"{APP_NAME} {casebinder.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casebinder",
        description=f"{APP_NAME}: a local, encrypted binder for fighting a health-insurance denial.",
        epilog=f"Without a command the desktop app opens. The passphrase is read from {PASSPHRASE_ENV}, "
        "else the OS keychain, else asked for. Not legal advice: check your plan documents.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    parser.add_argument("--vault", metavar="PATH", help="the vault file to work on")
    parser.add_argument(
        "--verbose", action="store_true", help="log what happens on stderr (redacted: no case data)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in MODULES:
        importlib.import_module(f"casebinder.cli.{name}").register(commands)
    return parser


QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger", "qwindowgeometry",
        "qwindowicon", "qwindowtitle", "session", "style", "stylesheet", "display", "geometry",
    }
)  # fmt: skip
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync", "testability"})


def split_qt_arguments(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's arguments): ``-style fusion`` and ``-platform xcb`` go to Qt, not argparse."""
    ours: list[str] = []
    qt: list[str] = []
    items = list(argv)
    index = 0
    while index < len(items):
        item = items[index]
        name, equals, _value = item[1:].partition("=")
        single_dash = item.startswith("-") and not item.startswith("--")
        if single_dash and name in QT_FLAGS and not equals:
            qt.append(item)
        elif single_dash and name in QT_OPTIONS_WITH_VALUE and (equals or index + 1 < len(items)):
            qt.append(item)
            if not equals:
                index += 1
                qt.append(items[index])
        else:
            ours.append(item)
        index += 1
    return ours, qt


EXIT_BUG = 70  # EX_SOFTWARE


def vault_file_opened(argv: list[str]) -> list[str]:
    """``casebinder "My cases.casebinder"``, as a file manager or the desktop file runs it on a double-click,
    means: open the app on that vault."""
    if len(argv) == 1 and argv[0].endswith(".casebinder") and not argv[0].startswith("-"):
        return ["--vault", argv[0]]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    from casebinder.hardening import harden_process

    harden_process()  # before any key or case data is in memory: no core dumps, private files
    logs.configure()
    parser = build_parser()
    ours, qt_args = split_qt_arguments(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(vault_file_opened(ours))
    args.qt_args = qt_args
    if args.verbose:
        logs.log_to_terminal()
    if getattr(args, "handler", None) is None:
        from casebinder.cli.demo import cmd_gui

        args.handler = cmd_gui
    log.debug("command %s (%s)", logs.safe(args.command or "app"), logs.safe(args.handler.__name__))
    try:
        return int(args.handler(args))
    except CasebinderError as error:
        warn(str(error))
        return 1
    except KeyboardInterrupt:
        warn("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: say so without case data (the message may quote some)
        if logs.full_tracebacks():
            raise
        log.error("unhandled exception", exc_info=error)
        print(logs.crash_report(error), file=sys.stderr)
        warn(
            "this is a bug in Casebinder. Your vault is safe: each change is saved whole or not at all. "
            "Please report it with the text above."
        )
        return EXIT_BUG


__all__ = ["build_parser", "main", "split_qt_arguments"]
