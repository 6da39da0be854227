"""kill -9 at random moments of every other write path, 20 rounds each: export, backup, restore, share,
receive and a schema migration. After each kill the vault opens and verifies, every document reported done
is byte for byte what was imported, and what the command writes is either absent or whole.

Kill moments are spread over an undisturbed run of the same command measured first, on the same machine, so
the test does not depend on the machine's speed (and every moment has to be safe, whatever it hits)."""

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from casebinder.infra.sources import Source
from casebinder.usecases.cases import list_cases
from casebinder.usecases.documents import list_documents, read_bytes
from casebinder.usecases.importing import import_files
from casebinder.vault import Vault
from casebinder.vault.vault import verify_path
from tests import inputs
from tests.conftest import PASSPHRASE, REPO, VaultTemplate
from tests.helpers import new_case

ROUNDS = 20
SHARE = "a passphrase for the share"
ENV = dict(
    os.environ,
    PYTHONPATH=str(REPO),
    PYTHONUNBUFFERED="1",
    CASEBINDER_PASSPHRASE=PASSPHRASE,
    CASEBINDER_SHARE_PASSPHRASE=SHARE,
    QT_QPA_PLATFORM="offscreen",
)


def _cli(*argv: str, kill_after: float | None = None) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "casebinder", *argv],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    if kill_after is None:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        return
    try:
        proc.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)


def _measure(run: Callable[[], None]) -> float:
    started = time.monotonic()
    run()
    return time.monotonic() - started


def _vault(folder: Path, template: VaultTemplate, documents: int = 12) -> tuple[Path, dict[int, str]]:
    path = folder / "kill.casebinder"
    shutil.copy2(template.path, path)
    with Vault.open(path, key=template.key) as vault:
        case_id = new_case(vault)
        sources = [
            Source(
                name=f"scan {i}.pdf", data=inputs.text_pdf(f"scan {i}", pages=1 + i % 3) + os.urandom(200_000)
            )
            for i in range(documents)
        ]
        assert all(s.outcome.status == "imported" for s in import_files(vault, case_id, sources))
        digests = {d.id or 0: d.sha256 for d in list_documents(vault, case_id)}
    return path, digests


def _intact(path: Path, template: VaultTemplate, digests: dict[int, str]) -> None:
    report = verify_path(path, [template.key])
    assert report.ok, report.problems
    with Vault.open(path, key=template.key) as vault:
        for document_id, sha256 in digests.items():
            assert hashlib.sha256(read_bytes(vault, document_id)).hexdigest() == sha256


def _no_visible_leftovers(folder: Path, allowed: set[str]) -> None:
    visible = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
    assert visible <= allowed, visible - allowed


@pytest.mark.slow
def test_kill_during_export_backup_and_share(tmp_path: Path, vault_template: VaultTemplate) -> None:
    path, digests = _vault(tmp_path, vault_template)
    vault_arg = ("--vault", str(path))
    commands: dict[str, Callable[[Path], tuple[str, ...]]] = {
        "export": lambda out: (*vault_arg, "export", "--case", "1", "--out", str(out / "packet.pdf")),
        "backup": lambda out: ("vault", "backup", str(path), str(out)),
        "share": lambda out: (*vault_arg, "vault", "share", "--case", "1", str(out / "share.casebinder")),
    }
    rng = random.Random(2026120103)
    for name, argv in commands.items():
        measured = tmp_path / f"{name} measured"
        measured.mkdir()
        length = _measure(lambda argv=argv, measured=measured: _cli(*argv(measured)))
        for round_ in range(ROUNDS):
            out = tmp_path / f"{name} {round_}"
            out.mkdir()
            _cli(*argv(out), kill_after=rng.uniform(0.2 * length, 1.1 * length))
            _intact(path, vault_template, digests)
            written = [p for p in out.iterdir() if not p.name.startswith(".")]
            for item in written:  # what took its final name is whole
                if name == "export":
                    check = subprocess.run(["qpdf", "--check", str(item)], capture_output=True, check=False)
                    assert check.returncode in (0, 3), check.stdout
                else:
                    assert verify_path(
                        item, [vault_template.key] if name == "backup" else _share_keys(item)
                    ).ok
        print(f"{name}: {ROUNDS} kills over {length:.1f} s runs; the vault and every finished file whole")


def _share_keys(path: Path) -> list[bytes]:
    from casebinder.vault.vault import keys_for_secret

    return keys_for_secret(path, SHARE)


@pytest.mark.slow
def test_kill_during_restore_leaves_one_whole_vault(tmp_path: Path, vault_template: VaultTemplate) -> None:
    path, digests = _vault(tmp_path, vault_template, documents=6)
    backups = tmp_path / "backups"
    _cli("vault", "backup", str(path), str(backups))
    [backup] = list(backups.iterdir())
    length = _measure(lambda: _cli("vault", "restore", str(backup), str(path)))
    rng = random.Random(2026120104)
    for _round in range(ROUNDS):
        _cli("vault", "restore", str(backup), str(path), kill_after=rng.uniform(0.2 * length, 1.1 * length))
        assert path.exists(), "the vault's name always holds a vault"
        _intact(path, vault_template, digests)
        for kept in tmp_path.glob("kill.replaced-*.casebinder"):
            assert verify_path(kept, [vault_template.key]).ok, "the replaced vault kept beside it is whole"
    print(f"restore: {ROUNDS} kills; the vault name always held one whole vault")


@pytest.mark.slow
def test_kill_during_receive_lands_whole_or_not_at_all(tmp_path: Path, vault_template: VaultTemplate) -> None:
    source, _digests = _vault(tmp_path, vault_template)
    share = tmp_path / "share.casebinder"
    _cli("--vault", str(source), "vault", "share", "--case", "1", str(share))
    target = tmp_path / "caregiver.casebinder"
    rng = random.Random(2026120105)
    shutil.copy2(vault_template.path, target)
    empty = target.read_bytes()
    length = _measure(lambda: _cli("--vault", str(target), "vault", "receive", str(share)))
    for _round in range(ROUNDS):
        target.write_bytes(empty)
        for end in ("-wal", "-shm"):
            target.with_name(target.name + end).unlink(missing_ok=True)
        _cli(
            "--vault",
            str(target),
            "vault",
            "receive",
            str(share),
            kill_after=rng.uniform(0.2 * length, 1.1 * length),
        )
        assert verify_path(target, [vault_template.key]).ok
        with Vault.open(target, key=vault_template.key) as vault:
            cases = list_cases(vault)
            documents = sum(len(list_documents(vault, c.case.id or 0)) for c in cases)
        assert (len(cases), documents) in ((0, 0), (1, 12)), "all of the share or none of it"
    print(f"receive: {ROUNDS} kills; each left all of the share or none of it")


@pytest.mark.slow
def test_kill_during_a_schema_migration(tmp_path: Path) -> None:
    import json

    fixture = REPO / "tests" / "fixtures" / "vaults" / "schema-1.0.casebinder"
    expected = json.loads(fixture.with_suffix(".json").read_text())
    path = tmp_path / "old.casebinder"
    shutil.copy2(fixture, path)
    env_passphrase = expected["passphrase"]
    ENV["CASEBINDER_PASSPHRASE"] = env_passphrase
    try:
        length = _measure(lambda: _cli("--vault", str(path), "case", "list"))
        rng = random.Random(2026120106)
        for _round in range(ROUNDS):
            shutil.copy2(fixture, path)
            for leftover in tmp_path.iterdir():
                if leftover != path:
                    leftover.unlink()
            _cli("--vault", str(path), "case", "list", kill_after=rng.uniform(0.2 * length, 1.1 * length))
            with Vault.open(path, passphrase=env_passphrase) as vault:  # finishes the upgrade if it was cut
                assert vault.verify().ok
                assert [s.case.title for s in list_cases(vault)] == [expected["case_title"]]
    finally:
        ENV["CASEBINDER_PASSPHRASE"] = PASSPHRASE
    print(f"migration: {ROUNDS} kills; the vault always finished its upgrade intact")
