"""``casebinder letter`` as a script runs it: the list, a draft printed, --out and --save, blanks refused."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, VaultTemplate, run_cli


@pytest.fixture
def env(vault_template: VaultTemplate) -> dict[str, str]:
    return {"CASEBINDER_PASSPHRASE": PASSPHRASE}


def cli(vault_file: Path, *args: str, env: dict[str, str]) -> "subprocess.CompletedProcess[str]":
    return run_cli("--vault", str(vault_file), *args, env=env)


def test_letter_list_names_every_template_and_its_required_fields() -> None:
    run = run_cli("letter", "list", "--json")
    assert run.returncode == 0, run.stderr
    listed = {entry["id"]: entry for entry in json.loads(run.stdout)}
    assert set(listed) >= {"internal-appeal", "claim-file-request", "lmn-request", "estimate-request"}
    required = {field["name"] for field in listed["internal-appeal"]["required"]}
    assert {"member_id", "denial_reason", "denial_date"} <= required
    assert "doctor_name" in listed["lmn-request"]["asked"]


@pytest.mark.skipif(not shutil.which("qpdf"), reason="needs qpdf (installed by .ci/run)")
def test_letter_make_flags_blanks_then_writes_and_saves(
    vault_file: Path, env: dict[str, str], tmp_path: Path
) -> None:
    made = cli(vault_file, "case", "add", "--person", "Maya Lopez", "--title", "Botox", env=env)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "to the doctor.pdf"
    refused = cli(
        vault_file, "letter", "make", "--template", "lmn-request", "--case", "1", "--out", str(out), env=env
    )
    assert refused.returncode != 0
    assert "doctor's name" in refused.stderr
    assert not out.exists()
    assert "Traceback" not in refused.stderr

    printed = cli(vault_file, "letter", "make", "--template", "lmn-request", "--case", "1", env=env)
    assert printed.returncode == 0
    assert "[missing: doctor's name]" in printed.stdout

    args = ["letter", "make", "--template", "lmn-request", "--case", "1"]
    edited = cli(vault_file, "case", "edit", "1", "--insurer", "Acme", "--procedure", "Botox", env=env)
    assert edited.returncode == 0, edited.stderr
    written = cli(vault_file, *args, "--set", "doctor_name=Dr. Ana Ruiz", "--out", str(out), env=env)
    assert written.returncode == 0, written.stderr
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0

    saved = cli(vault_file, *args, "--save", env=env)  # the doctor's name was kept for the case
    assert saved.returncode == 0, saved.stderr
    assert "saved as document" in saved.stdout
    docs = json.loads(cli(vault_file, "doc", "list", "--case", "1", "--json", env=env).stdout)
    assert [d["media_type"] for d in docs] == ["application/pdf"]
