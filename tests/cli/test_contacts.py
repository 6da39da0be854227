"""``casebinder contact`` and ``casebinder authorization`` as a script runs them."""

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, VaultTemplate, run_cli


@pytest.fixture
def env(vault_template: VaultTemplate) -> dict[str, str]:
    return {"CASEBINDER_PASSPHRASE": PASSPHRASE}


def cli(vault_file: Path, *args: str, env: dict[str, str]) -> "subprocess.CompletedProcess[str]":
    return run_cli("--vault", str(vault_file), *args, env=env)


def test_contacts_and_forms_round_trip_and_a_call_names_its_contact(
    vault_file: Path, env: dict[str, str]
) -> None:
    made = cli(vault_file, "case", "add", "--person", "Harold", "--title", "Eyelids", "--state", "OH",
               "--plan-type", "medicare-advantage", env=env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    added = cli(vault_file, "contact", "add", "--case", "1", "--role", "insurer-appeals", "--organization",
                "Evergreen Appeals", "--fax", "1-614-555-0142", "--address", "PO Box 4410; Columbus, OH",
                env=env)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert cli(vault_file, "contact", "edit", "1", "--phone", "1-800-555-0142", env=env).returncode == 0
    [contact] = json.loads(cli(vault_file, "contact", "list", "--case", "1", "--json", env=env).stdout)
    assert (contact["role"], contact["fax"], contact["phone"], contact["every_case"]) == (
        "insurer-appeals", "1-614-555-0142", "1-800-555-0142", False,
    )  # fmt: skip
    call = cli(vault_file, "call", "add", "--case", "1", "--at", "2026-03-01T10:00", "--rep", "Ann",
               "--contact", "1", env=env)  # fmt: skip
    assert call.returncode == 0, call.stderr
    [logged] = json.loads(cli(vault_file, "call", "list", "--case", "1", "--json", env=env).stdout)
    assert (logged["contact_id"], logged["with_whom"]) == (1, "Evergreen Appeals")
    helped = json.loads(cli(vault_file, "contact", "help", "--case", "1", "--json", env=env).stdout)
    assert helped["help"][0]["what"] == "ship"

    form = cli(vault_file, "authorization", "add", "--case", "1", "--kind", "cms-1696", "--party", "Sam",
               "--starts", "2026-02-01", env=env)  # fmt: skip
    assert form.returncode == 0, form.stderr
    [paper] = json.loads(cli(vault_file, "authorization", "list", "--case", "1", "--json", env=env).stdout)
    assert (paper["kind"], paper["expires"], paper["expiry_worked_out"]) == ("cms-1696", "2027-01-31", True)
    wrong = cli(vault_file, "authorization", "add", "--case", "1", "--kind", "hipaa",
                "--starts", "2026-05-01", "--expires", "2026-04-01", env=env)  # fmt: skip
    assert wrong.returncode != 0
    assert "cannot end before it starts" in wrong.stderr
    assert cli(vault_file, "authorization", "edit", "1", "--number", "AOR-7", env=env).returncode == 0
    [paper] = json.loads(cli(vault_file, "authorization", "list", "--json", env=env).stdout)
    assert (paper["number"], paper["party"], paper["starts"]) == (
        "AOR-7",
        "Sam",
        "2026-02-01",
    )  # the rest kept
    assert cli(vault_file, "authorization", "delete", "1", "--yes", env=env).returncode == 0
    assert cli(vault_file, "contact", "delete", "1", "--yes", env=env).returncode == 0
    assert json.loads(cli(vault_file, "contact", "list", "--json", env=env).stdout) == []
