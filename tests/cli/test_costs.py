"""``casebinder cost`` for an EOB line: its figures, the CSV a spreadsheet reads, the year's totals."""

import csv
import io
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


def test_an_eob_line_its_csv_and_the_years_progress(vault_file: Path, env: dict[str, str]) -> None:
    assert cli(vault_file, "case", "add", "--person", "Maya", "--title", "Botox", env=env).returncode == 0
    added = cli(
        vault_file, "cost", "add", "--case", "1", "--date", "2026-03-02", "--amount", "1200",
        "--description", "Botox injections", "--kind", "eob", "--provider", "Neurology Associates",
        "--allowed", "900", "--plan-paid", "600", "--deductible", "250", "--coinsurance", "50",
        env=env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    wrong = cli(vault_file, "cost", "add", "--case", "1", "--date", "2026-03-02", "--amount", "10",
                "--description", "x", "--copay", "5", env=env)  # fmt: skip
    assert wrong.returncode != 0
    assert "EOB" in wrong.stderr
    assert "Traceback" not in wrong.stderr

    listed = cli(vault_file, "cost", "list", "--case", "1", "--csv", env=env)
    assert listed.returncode == 0, listed.stderr
    [row] = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert (row["kind"], row["provider"], row["amount"], row["patient_share"]) == (
        "eob", "Neurology Associates", "1200.00", "300.00",
    )  # fmt: skip

    planned = cli(vault_file, "cost", "plan", "--case", "1", "--year", "2026", "--deductible", "1000",
                  "--oop-max", "5000", env=env)  # fmt: skip
    assert planned.returncode == 0, planned.stderr
    [year] = json.loads(cli(vault_file, "cost", "totals", "--case", "1", "--json", env=env).stdout)
    assert year["year"] == 2026
    assert year["patient_share_cents"] == 30_000
    assert year["deductible"] == {"limit_cents": 100_000, "reached_cents": 25_000, "met": False}
    assert year["out_of_pocket"]["reached_cents"] == 30_000
    text = cli(vault_file, "cost", "totals", "--case", "1", env=env).stdout
    assert "deductible: $250.00 of $1,000.00 (25%; $750.00 to go)" in text
