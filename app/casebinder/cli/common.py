"""What every CLI module shares: declaring commands (and the use cases they call), opening the vault,
prompts, JSON, the progress bar.

Each noun's module registers its own parser beside its handlers with :class:`Noun`; a command names the
operations of :mod:`casebinder.usecases.registry` it calls, which is how the parity test knows the CLI offers
every use case.
"""

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

from casebinder.errors import CasebinderError, InvalidInput

if TYPE_CHECKING:
    import datetime as dt
    from enum import StrEnum

    from casebinder.usecases.changes import Changes
    from casebinder.vault import Vault

PASSPHRASE_ENV = "CASEBINDER_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)
NEW_PASSPHRASE_ENV = "CASEBINDER_NEW_PASSPHRASE"  # noqa: S105
SHARE_PASSPHRASE_ENV = "CASEBINDER_SHARE_PASSPHRASE"  # noqa: S105

Handler = Callable[[argparse.Namespace], int]
# The top level's subparsers: what each module registers into.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

CLI_OPERATIONS: set[str] = set()  # every use case some command calls (read by the parity test)


class Noun:
    """``casebinder <noun> <action>``: a group of commands, each declaring the use cases it calls."""

    def __init__(self, commands: Commands, name: str, help_: str) -> None:
        self._actions = commands.add_parser(name, help=help_, description=help_).add_subparsers(
            dest=f"{name.replace('-', '_')}_command", metavar="ACTION", required=True
        )

    def command(
        self, name: str, handler: Handler, help_: str, *, ops: Iterable[str]
    ) -> argparse.ArgumentParser:
        return command(self._actions, name, handler, help_, ops=ops)


def command(
    group: Any, name: str, handler: Handler, help_: str, *, ops: Iterable[str]
) -> argparse.ArgumentParser:
    """A command of ``group`` (a noun's actions, or the top level) that calls the use cases ``ops``."""
    sub: argparse.ArgumentParser = group.add_parser(name, help=help_, description=help_)
    sub.set_defaults(handler=handler)
    CLI_OPERATIONS.update(ops)
    return sub


def json_flag(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--json", action="store_true", help="one JSON document on stdout")


def case_flag(sub: argparse.ArgumentParser, *, required: bool = True) -> None:
    sub.add_argument("--case", type=record_id, required=required, metavar="ID")


def id_argument(sub: argparse.ArgumentParser, what: str) -> None:
    sub.add_argument("id", type=record_id, metavar="ID", help=f"the {what}'s id (see the list command)")


def yes_flag(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--yes", action="store_true", help="really delete (nothing is deleted without it)")


def choices(enum: "type[StrEnum]") -> list[str]:
    return [member.value for member in enum]


class VocabularyFlag(TypedDict):
    metavar: str
    help: str


def vocabulary(enum: "type[StrEnum]") -> VocabularyFlag:
    """Flags taking a vocabulary id (or its label): help from the vocabulary, the check in the use case,
    which answers with one line and exit 1 (``unknown plan type: 'platinum' (choose from ...)``)."""
    return VocabularyFlag(metavar=enum.__name__.upper(), help=", ".join(choices(enum)))


def record_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a record id") from None


# --- output -----------------------------------------------------------------------------------------------
def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def warn(message: str) -> None:
    print(f"casebinder: {message}", file=sys.stderr)


def records(rows: Iterable[Any], **extra: Callable[[Any], Any]) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts (every record has ``id``), with computed keys added."""
    from casebinder.usecases.serialize import record

    return [record(row) | {key: make(row) for key, make in extra.items()} for row in rows]


def delete_command(args: argparse.Namespace, noun: str, delete: "Callable[..., Changes]") -> int:
    """``casebinder <noun> delete ID [--yes]``: without ``--yes`` nothing goes, and the use case (in a dry
    run) says what would, with everything that hangs from it."""
    with open_args_vault(args) as vault:
        changes = delete(vault, args.id, dry_run=not args.yes)
    what = changes.undo.describe() if changes.undo is not None else f"{noun} {args.id}"
    if not args.yes:
        raise InvalidInput(f"this deletes {what}; add --yes to confirm (it cannot be undone here)")
    print(f"{noun} {args.id} deleted: {what}")
    return 0


class ProgressBar:
    """A one-line text progress bar on stderr, drawn only for a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()

    def show(self, done: int, total: int, label: str) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = width * done // total
        name = label if len(label) <= 40 else label[:37] + "..."
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 90 + "\r")
            sys.stderr.flush()


# --- input ------------------------------------------------------------------------------------------------
def prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CasebinderError(f"no passphrase given: set {PASSPHRASE_ENV} or run in a terminal")
    return getpass.getpass(label)


def new_passphrase(env: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    first = prompt("New passphrase: ")
    if prompt("Repeat it: ") != first:
        raise InvalidInput("the two passphrases differ")
    return first


def optional_date(text: str | None, flag: str) -> "dt.date | None":
    from casebinder.usecases.parse import parse_date

    return parse_date(text, flag) if text else None


def secret_from_env(variable: str | None, flag: str) -> str | None:
    """The value of the environment variable a ``--...-env VAR`` flag names (secrets never on the line)."""
    if not variable:
        return None
    value = os.environ.get(variable)
    if value is None:
        raise InvalidInput(f"{flag}: the variable {variable} is not set")
    return value


# --- the vault ------------------------------------------------------------------------------------------
def vault_path(args: argparse.Namespace) -> Path:
    if args.vault is None:
        raise InvalidInput("this command needs --vault PATH (before the command name)")
    return Path(args.vault)


def open_vault(path: Path) -> "Vault":
    """Open ``path`` with the environment's passphrase, the keychain, or a prompt (in that order)."""
    from casebinder.usecases.vaults import open_remembered, unlock_vault

    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is not None:
        return unlock_vault(path, secret)
    remembered = open_remembered(path)
    if remembered.vault is not None:
        return remembered.vault
    if sys.stdin.isatty():
        warn(f"asking for the passphrase: {remembered.reason}")
    return unlock_vault(path, prompt(f"Passphrase or recovery key for {path.name}: "))


def open_args_vault(args: argparse.Namespace) -> "Vault":
    return open_vault(vault_path(args))


OPENS_VAULT = ("vault.unlock", "vault.open-remembered")  # what every command with --vault calls first


def print_recovery_key(recovery_key: str, vault_id: str = "") -> None:
    print("Recovery key (shown only this once; print it or write it down and keep it somewhere safe.")
    print("It opens this vault if you forget your passphrase):")
    print()
    print(f"    {recovery_key}")
    print()
    if vault_id:
        print(f"Vault ID: {vault_id} (not secret; keep it with the key: it lets a damaged vault be rescued)")
        print()


def write_recovery_sheet(path: Path, recovery_key: str, vault_id: str, vault_name: str) -> None:
    """The recovery key as a small text file of the owner's only, synced to disk before it is relied on."""
    text = (
        f"Casebinder recovery key for {vault_name}\n\n    {recovery_key}\n\n"
        f"Vault ID: {vault_id}\n\nIt opens the vault if the passphrase is forgotten. Print this, keep it "
        "somewhere safe, and delete this file.\n"
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def edited_fields(
    vault: "Vault", table: type, record_id: int, fields_class: type, given: dict[str, Any]
) -> Any:
    """``fields_class`` filled from the stored record, then with what the command line gave: an edit changes
    only the flags it names."""
    import dataclasses

    from casebinder.usecases.records import get

    with vault.session() as session:
        row: Any = get(session, table, record_id)
    names = [f.name for f in dataclasses.fields(fields_class) if hasattr(row, f.name)]
    return fields_class(**({name: getattr(row, name) for name in names} | given))
