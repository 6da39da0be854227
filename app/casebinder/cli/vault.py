"""``casebinder vault``: create, check, re-key and forget vault files."""

import argparse
import os
import sys
from pathlib import Path

from casebinder.cli.common import (
    NEW_PASSPHRASE_ENV,
    OPENS_VAULT,
    PASSPHRASE_ENV,
    SHARE_PASSPHRASE_ENV,
    Commands,
    Noun,
    emit_json,
    json_flag,
    new_passphrase,
    open_args_vault,
    open_vault,
    print_recovery_key,
    prompt,
    warn,
    write_recovery_sheet,
)
from casebinder.errors import InvalidInput
from casebinder.vault.errors import WrongPassphrase


def register(commands: "Commands") -> None:
    vault = Noun(commands, "vault", "create, check and re-key vault files")
    sub = vault.command(
        "init",
        cmd_init,
        "create a new vault and print its recovery key once",
        ops=["vault.init", "vault.init-finish"],
    )
    sub.add_argument("path", metavar="PATH")
    sub.add_argument("--remember", action="store_true", help="keep the key in this computer's keychain")
    sub = vault.command(
        "verify",
        cmd_verify,
        "check encryption, integrity and every stored file; say what is readable if damaged",
        ops=["vault.verify", "vault.open-remembered"],
    )
    sub.add_argument("path", metavar="PATH")
    sub = vault.command(
        "change-passphrase",
        cmd_change_passphrase,
        f"re-encrypt under a new passphrase (read from {NEW_PASSPHRASE_ENV} or asked for)",
        ops=["vault.change-passphrase", "vault.new-recovery-key", "vault.unlock"],
    )
    sub.add_argument("path", metavar="PATH")
    sub.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="write the new recovery key here before the change (else it is shown and you confirm it)",
    )
    sub = vault.command(
        "forget", cmd_forget, "remove the key remembered in this computer's keychain", ops=["vault.forget"]
    )
    sub.add_argument("path", metavar="PATH")
    sub = vault.command(
        "backup",
        cmd_backup,
        "write a verified, encrypted copy of a vault (it may be open in the app meanwhile)",
        ops=["vault.backup", *OPENS_VAULT],
    )
    sub.add_argument("path", metavar="VAULT")
    sub.add_argument("out", metavar="OUT", help="the backup's file name, or a folder to put a dated copy in")
    sub.add_argument(
        "--keep", type=int, metavar="N", help="then keep only the newest N backups in that folder"
    )
    sub = vault.command(
        "backups", cmd_backups, "a vault's backups in a folder, newest first", ops=["vault.backups"]
    )
    sub.add_argument("path", metavar="VAULT")
    sub.add_argument("folder", metavar="FOLDER")
    json_flag(sub)
    sub = vault.command(
        "rescue",
        cmd_rescue,
        "copy everything readable from a damaged vault into a new one, and list what was lost",
        ops=["vault.rescue"],
    )
    sub.add_argument("damaged", metavar="DAMAGED")
    sub.add_argument("out", metavar="OUT", help="the new vault (same passphrase and recovery key)")
    sub.add_argument(
        "--vault-id",
        action="append",
        default=[],
        metavar="ID",
        help="the vault ID from the recovery-key sheet (needed when page 1 is damaged)",
    )
    sub = vault.command(
        "restore",
        cmd_restore,
        "replace a vault with a backup, once the backup verifies; the replaced vault is kept beside it",
        ops=["vault.restore", "vault.verify"],
    )
    sub.add_argument("backup", metavar="BACKUP")
    sub.add_argument("path", metavar="VAULT")
    sub = vault.command(
        "share",
        cmd_share,
        f"write cases to a file under a passphrase of its own ({SHARE_PASSPHRASE_ENV} or asked), for a "
        "caregiver to receive",
        ops=["vault.share", *OPENS_VAULT],
    )
    sub.add_argument("--case", type=int, action="append", default=[], metavar="ID", help="a case to share")
    sub.add_argument("--person", action="append", default=[], metavar="NAME", help="all of a person's cases")
    sub.add_argument("out", metavar="OUT")
    sub = vault.command(
        "receive",
        cmd_receive,
        "merge a share file into the vault (--vault); receiving it twice changes nothing",
        ops=["vault.receive", *OPENS_VAULT],
    )
    sub.add_argument("file", metavar="FILE")
    vault.command(
        "keychain",
        cmd_keychain,
        "whether this computer has a keychain to remember vaults in",
        ops=["vault.keychain"],
    )


def cmd_init(args: argparse.Namespace) -> int:
    from casebinder.usecases.vaults import create_vault, finish_vault

    path = Path(args.path)
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None:
        passphrase = new_passphrase(PASSPHRASE_ENV)
    new = create_vault(path, passphrase)
    print_recovery_key(new.recovery_key, str(new.id))
    sys.stdout.flush()  # shown before the vault takes its name: a crash now leaves no vault, no unseen key
    created = finish_vault(new, remember=args.remember)
    with created.vault:
        print(f"Created vault {path}")
        if created.remembered_in:
            print(f"Remembered on this computer in {created.remembered_in}.")
        elif created.not_remembered_because:
            warn(f"{created.not_remembered_because}; you will be asked for the passphrase")
    return 0


def _candidate_keys(path: Path) -> list[bytes]:
    """The raw keys for ``path`` without opening it (a damaged vault may not open)."""
    from casebinder.vault import keychain, vault_uuid
    from casebinder.vault.vault import keys_for_secret

    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is None:
        lookup = keychain.load(vault_uuid(path))
        if lookup.key is not None:
            return [lookup.key]
        secret = prompt(f"Passphrase or recovery key for {path.name}: ")
    return keys_for_secret(path, secret)


def cmd_verify(args: argparse.Namespace) -> int:
    from casebinder.vault.vault import verify_path
    from casebinder.vault.verify import damaged_message

    path = Path(args.path)
    try:
        report = verify_path(path, _candidate_keys(path))
    except WrongPassphrase:
        from casebinder.usecases.vaults import refuse_as_damage_if_identity_damaged

        secret = os.environ.get(PASSPHRASE_ENV)
        if secret is not None:
            refuse_as_damage_if_identity_damaged(path, secret)
        raise
    if report.ok:
        print(
            f"ok: cipher and database integrity, foreign keys, {report.blobs_checked} stored files "
            f"({report.bytes_checked / 1e6:.1f} MB) match their SHA-256; "
            f"{len(report.documents)} documents, all readable"
        )
        return 0
    for check in report.checks:
        print(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    if report.documents_listed:
        print(f"readable: {len(report.readable)} of {len(report.documents)} documents")
        for document in report.unreadable:
            print(f"unreadable: document {document.id} “{document.title}”: {document.problem}")
    warn(damaged_message(path, report))
    return 1


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from casebinder.usecases.vaults import change_passphrase, new_recovery_key

    with open_vault(Path(args.path)) as vault:
        passphrase = new_passphrase(NEW_PASSPHRASE_ENV)
        recovery_key = new_recovery_key(vault, passphrase)
        sheet = Path(args.recovery_key_file) if args.recovery_key_file else None
        if sheet is not None:  # written and synced before the change: the user's copy exists first
            write_recovery_sheet(sheet, recovery_key, str(vault.uuid), vault.path.name)
            print(f"The new recovery key was written to {sheet}.")
        elif sys.stdin.isatty():
            print_recovery_key(recovery_key, str(vault.uuid))
            typed = input("Type its last group of 4 characters to confirm you have kept it: ")
            if typed.strip().upper() != recovery_key.rsplit("-", 1)[1]:
                raise InvalidInput("that is not the new recovery key's last group: nothing was changed")
        else:
            raise InvalidInput(
                "give --recovery-key-file FILE (the new recovery key is written there before the change), or "
                "run in a terminal to confirm it"
            )
        try:
            changed = change_passphrase(vault, passphrase, recovery_key)
        except BaseException:
            if sheet is not None:
                sheet.unlink(missing_ok=True)  # that key never opened anything: your old one still does
            raise
        print("Passphrase changed. The recovery key changed too: the old one no longer opens this vault.")
        if sheet is not None:
            print(f"Your new recovery key is in {sheet}: print it, then keep it somewhere safe.")
        if changed.keychain_updated:
            print("The key remembered on this computer was updated.")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from casebinder.usecases.vaults import forget

    forgotten = forget(Path(args.path))
    print("Forgotten on this computer." if forgotten else "This vault was not remembered on this computer.")
    return 0


def cmd_keychain(_args: argparse.Namespace) -> int:
    from casebinder.usecases.vaults import keychain_status

    state = keychain_status()
    print(
        f"Keychain: {state.name}" if state.available else f"No keychain to remember vaults in: {state.reason}"
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from casebinder.usecases.vaults import backup_vault

    with open_vault(Path(args.path)) as vault:
        done = backup_vault(vault, Path(args.out), args.keep)
    print(
        f"Backed up to {done.path} ({done.size / 1e6:.1f} MB, {done.documents} documents, "
        f"{done.stored_files} stored files checked) in {done.seconds:.1f} s. It opens with the same "
        "passphrase and recovery key."
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from casebinder.usecases.vaults import restore_vault

    backup = Path(args.backup)
    secret = os.environ.get(PASSPHRASE_ENV)
    try:
        done = restore_vault(backup, Path(args.path), secret)
    except WrongPassphrase:
        if secret is not None:
            raise
        done = restore_vault(
            backup, Path(args.path), prompt(f"Passphrase or recovery key for {backup.name}: ")
        )
    print(f"Restored {done.vault} from {backup.name}: it verified completely ({done.documents} documents).")
    if done.replaced_kept_at:
        print(f"The vault it replaced is kept at {done.replaced_kept_at}.")
    return 0


def cmd_rescue(args: argparse.Namespace) -> int:
    from casebinder.usecases.vaults import rescue_vault

    damaged = Path(args.damaged)
    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is None:
        secret = prompt(f"Passphrase or recovery key for {damaged.name}: ")
    report = rescue_vault(damaged, Path(args.out), secret, args.vault_id)
    copied = sum(t.copied for t in report.tables)
    print(f"Rescued into {report.path}: {copied} records copied: it verified, and opens as before.")
    print(f"{damaged.name} was not changed.")
    if report.salt_repaired:
        print("Page 1's vault ID was damaged; it was put back from the vault's identity.")
    lines = report.lines()
    if not lines:
        print("Nothing was lost.")
        return 0
    print("What could not be rescued:")
    for line in lines:
        print(f"  - {line}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from casebinder.usecases.backups import backup_status

    status = backup_status(Path(args.path), Path(args.folder))
    if args.json:
        emit_json(
            [{"path": str(c.path), "taken_at": c.taken_at.isoformat(), "size": c.size} for c in status.copies]
        )
        return 0
    print(status.describe())
    for copy in status.copies:
        print(f"{copy.taken_at:%Y-%m-%d %H:%M}  {copy.size / 1e6:7.1f} MB  {copy.path.name}")
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    from casebinder.usecases.cases import list_cases
    from casebinder.usecases.vaults import share_cases

    if not args.case and not args.person:
        raise InvalidInput("name what to share: --case ID or --person NAME (either may be repeated)")
    passphrase = new_passphrase(SHARE_PASSPHRASE_ENV)
    with open_args_vault(args) as vault:
        wanted = set(args.case)
        if args.person:
            summaries = list_cases(vault)
            names = {s.person.name.casefold(): s.person.name for s in summaries}
            unknown = [p for p in args.person if p.casefold() not in names]
            if unknown:
                raise InvalidInput(f"no person named {unknown[0]!r}")
            wanted |= {
                s.case.id or 0
                for s in summaries
                if s.person.name.casefold() in {p.casefold() for p in args.person}
            }
        shared = share_cases(vault, Path(args.out), wanted, passphrase)
    print(
        f"Wrote {shared.path}: {shared.cases} case(s), {shared.documents} document(s), encrypted under the "
        "share passphrase. Give the passphrase to the caregiver separately (not in the same e-mail)."
    )
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    from casebinder.usecases.vaults import receive_share

    share = Path(args.file)
    passphrase = os.environ.get(SHARE_PASSPHRASE_ENV) or prompt(
        f"Passphrase of the share file {share.name}: "
    )
    with open_args_vault(args) as vault:
        received = receive_share(vault, share, passphrase)
    if received.nothing_new:
        print(f"Nothing new in {share.name}: everything in it was already in this vault.")
        return 0
    added = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in sorted(received.added.items()) if n)
    print(
        f"Received {share.name}: added {added}; {sum(received.matched.values())} record(s) were already here."
    )
    return 0
