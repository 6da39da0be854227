"""Kill an import at random moments: the vault always opens and every reported document is intact."""

import hashlib
import os
import random
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from casebinder.usecases.documents import list_documents
from casebinder.vault import Vault
from tests import inputs
from tests.conftest import PASSPHRASE, REPO, VaultTemplate

REPORTED = re.compile(r"^(imported|duplicate): (.+) \(document (\d+)\)")


@pytest.mark.slow
def test_kill_during_import_loses_nothing_reported(tmp_path: Path, vault_template: VaultTemplate) -> None:
    rounds, per_round = 50, 6
    batches = []
    for batch in range(rounds):  # each round brings new files, so every kill lands in real imports
        folder = tmp_path / f"inbox {batch}"
        folder.mkdir()
        for i in range(per_round):
            data = inputs.text_pdf(f"Document {batch}.{i} of the claim file", pages=1 + i % 4) + os.urandom(
                150_000
            )
            (folder / f"doc {batch}-{i:02d}.pdf").write_bytes(data)
        batches.append(folder)
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for b in batches for p in b.iterdir()}
    vault_path = tmp_path / "crash.casebinder"
    vault_path.write_bytes(vault_template.path.read_bytes())
    with Vault.open(vault_path, key=vault_template.key) as vault:
        from tests.helpers import new_case

        case_id = new_case(vault)
    env = dict(os.environ, PYTHONPATH=str(REPO), CASEBINDER_PASSPHRASE=PASSPHRASE, PYTHONUNBUFFERED="1")
    rng = random.Random(20261123)
    reported: dict[int, str] = {}
    kills = 0
    for round_ in range(rounds):
        folders = [str(batches[round_])] + ([str(batches[round_ - 1])] if round_ else [])
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "casebinder",
                "--vault",
                str(vault_path),
                "doc",
                "add",
                "--case",
                str(case_id),
                *folders,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            start_new_session=True,
        )
        # Kill once a random number of this round's files have been reported: the import is then surely under
        # way, whatever the machine's speed (a fixed sleep killed before start-up on a busy machine).
        assert proc.stdout is not None
        kill_after = rng.randint(1, per_round + 3)  # sometimes into the second folder, sometimes never
        seen = 0
        for line in proc.stdout:
            match = REPORTED.match(line)
            if match:
                reported[int(match.group(3))] = match.group(2)
                seen += line.startswith("imported")
            if seen >= kill_after:
                os.killpg(proc.pid, signal.SIGKILL)
                kills += 1
                break
        proc.stdout.close()
        proc.wait(60)
        with Vault.open(vault_path, key=vault_template.key) as vault:
            report = vault.verify()
            assert report.ok, report.problems
            stored = {d.id: d for d in list_documents(vault, case_id)}
        for document_id, name in reported.items():
            assert document_id in stored, f"{name} was reported imported but is gone"
            assert stored[document_id].sha256 == digests[name]
        assert len({d.filename for d in stored.values()}) == len(stored), "no document stored twice"
    assert kills >= rounds // 2, "the test must actually interrupt imports"
    assert len(reported) >= rounds
    print(f"{kills} kills, {len(reported)} reported documents all intact")
