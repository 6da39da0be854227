"""kill -9 at random moments of ``vault init`` and ``vault change-passphrase``: never a half-made vault under
its name, never a vault whose working recovery key the user was not given.

The kill moments are spread over the length of an undisturbed run measured first on the same machine, so a
slow or busy machine moves them with it; every moment must be safe, so no outcome depends on timing."""

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casebinder.vault import Vault
from casebinder.vault.keys import derive_key, parse_recovery_key
from casebinder.vault.vault import _opens_with, verify_path
from tests.conftest import PASSPHRASE, REPO, VaultTemplate

RECOVERY_KEY = re.compile(r"\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){13})\b")
ROUNDS = 20


def _env(**extra: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1", **extra)


def _run_killed(argv: list[str], env: dict[str, str], after: float | None) -> str:
    """Run the CLI, kill -9 it ``after`` seconds in (None: let it finish); what it printed."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "casebinder", *argv], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    if after is None:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        return out.decode()
    try:
        proc.wait(timeout=after)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=60)
    return out.decode()


def _duration(argv: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    _run_killed(argv, env, None)
    return time.monotonic() - started


@pytest.mark.slow
def test_kill_during_init_never_leaves_a_vault_without_its_key(tmp_path: Path) -> None:
    env = _env(CASEBINDER_PASSPHRASE=PASSPHRASE)
    length = _duration(["vault", "init", str(tmp_path / "measured.casebinder")], env)
    rng = random.Random(20261201)
    complete = 0
    for round_ in range(ROUNDS):
        path = tmp_path / f"round {round_}.casebinder"
        printed = _run_killed(["vault", "init", str(path)], env, rng.uniform(0, length * 1.1))
        if not path.exists():
            continue  # killed before it took its name: nothing under the name, nothing to misdiagnose
        complete += 1
        keys = RECOVERY_KEY.findall(printed)
        assert len(keys) == 1, f"round {round_}: a vault appeared whose recovery key was not shown"
        key = parse_recovery_key(keys[0])
        assert key is not None
        assert verify_path(path, [key]).ok
    leftovers = [p for p in tmp_path.iterdir() if ".creating-" in p.name]
    for name in {p.name[1:].split(".creating-")[0] for p in leftovers}:  # creating that name again
        target = tmp_path / name
        if not target.exists():
            _run_killed(["vault", "init", str(target)], env, None)
        assert not list(tmp_path.glob(f".{name}.creating-*")), (
            "the next creation removes what killed ones left"
        )
    print(f"init: {complete} of {ROUNDS} killed runs had finished; the rest left no vault")


@pytest.mark.slow
def test_kill_during_change_passphrase_always_leaves_a_working_recovery_key(
    tmp_path: Path, vault_template: VaultTemplate
) -> None:
    path = tmp_path / "rekey.casebinder"
    shutil.copy2(vault_template.path, path)
    salt = path.read_bytes()[:16]
    current_secret, current_key = PASSPHRASE, vault_template.key

    def argv(sheet: Path) -> list[str]:
        return ["vault", "change-passphrase", str(path), "--recovery-key-file", str(sheet)]

    measured = tmp_path / "measured.txt"
    new = "measured new passphrase"
    length = _duration(
        argv(measured), _env(CASEBINDER_PASSPHRASE=current_secret, CASEBINDER_NEW_PASSPHRASE=new)
    )
    current_secret, current_key = new, derive_key(new, salt)
    rng = random.Random(20261202)
    changed = 0
    for round_ in range(ROUNDS):
        new = f"new passphrase number {round_}"
        sheet = tmp_path / f"key {round_}.txt"
        env = _env(CASEBINDER_PASSPHRASE=current_secret, CASEBINDER_NEW_PASSPHRASE=new)
        _run_killed(argv(sheet), env, rng.uniform(length * 0.3, length * 1.2))
        new_key = derive_key(new, salt)
        old_opens, new_opens = _opens_with(path, current_key), _opens_with(path, new_key)
        assert old_opens != new_opens, f"round {round_}: exactly one key opens the vault"
        if new_opens:
            changed += 1
            assert sheet.exists(), f"round {round_}: re-keyed before the new recovery key was written"
            [written] = RECOVERY_KEY.findall(sheet.read_text())
            assert parse_recovery_key(written) == new_key, "the written key is the one that opens it"
            current_secret, current_key = new, new_key
        assert verify_path(path, [current_key]).ok, f"round {round_}"
    with Vault.open(path, passphrase=current_secret) as vault:
        assert vault.verify().ok
    print(f"change-passphrase: {changed} of {ROUNDS} killed runs had committed, each with its key on disk")
