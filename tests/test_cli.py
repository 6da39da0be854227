"""The CLI as a user (or a script) runs it: exit codes, messages, JSON, in a real subprocess."""

import json
import re
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, VaultTemplate, run_cli
from tests.helpers import write_pdf

RECOVERY_KEY = re.compile(r"\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){13})\b")


@pytest.fixture
def env(vault_template: VaultTemplate) -> dict[str, str]:
    return {"CASEBINDER_PASSPHRASE": PASSPHRASE}


def cli(vault_file: Path, *args: str, env: dict[str, str]) -> "tuple[int, str, str]":
    run = run_cli("--vault", str(vault_file), *args, env=env)
    return run.returncode, run.stdout, run.stderr


def test_version_and_usage() -> None:
    run = run_cli("--version")
    assert run.returncode == 0
    assert run.stdout.startswith("Casebinder ")
    assert run_cli("case", "lis").returncode == 2
    assert run_cli("--vault").returncode == 2


def test_init_prints_recovery_key_once_and_it_opens_the_vault(tmp_path: Path) -> None:
    path = tmp_path / "new.casebinder"
    run = run_cli("vault", "init", str(path), env={"CASEBINDER_PASSPHRASE": "my long passphrase"})
    assert run.returncode == 0, run.stderr
    keys = RECOVERY_KEY.findall(run.stdout)
    assert len(keys) == 1
    listed = run_cli("--vault", str(path), "case", "list", "--json", env={"CASEBINDER_PASSPHRASE": keys[0]})
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []


def test_init_remember_without_a_keychain_warns_but_creates(tmp_path: Path) -> None:
    path = tmp_path / "new.casebinder"
    run = run_cli(
        "vault", "init", str(path), "--remember", env={"CASEBINDER_PASSPHRASE": "my long passphrase"}
    )
    assert run.returncode == 0
    assert "no keychain" in run.stderr
    assert path.exists()


def test_remembered_vault_needs_no_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "kept.casebinder"
    keyring_env = {
        "PYTHON_KEYRING_BACKEND": "tests.keyrings.FileKeyring",
        "CASEBINDER_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }
    run = run_cli(
        "vault",
        "init",
        str(path),
        "--remember",
        env=keyring_env | {"CASEBINDER_PASSPHRASE": "my long passphrase"},
    )
    assert run.returncode == 0
    assert "Remembered on this computer in Test file keychain" in run.stdout
    stored = json.loads((tmp_path / "keyring.json").read_text())
    assert "my long passphrase" not in json.dumps(stored), "only the raw key is stored"
    listed = run_cli("--vault", str(path), "case", "list", env=keyring_env)
    assert listed.returncode == 0, listed.stderr


def test_whole_flow(vault_file: Path, tmp_path: Path, env: dict[str, str]) -> None:
    code, out, err = cli(
        vault_file,
        "case",
        "add",
        "--person",
        "Maya Lopez",
        "--title",
        "Botox",
        "--procedure",
        "botox-migraine",
        "--plan-type",
        "employer-self-funded",
        "--insurer",
        "Acme Health",
        "--member-id",
        "M-1",
        env=env,
    )
    assert code == 0, err
    assert "case 1" in out
    assert "botox-migraine" in out
    [case] = json.loads(cli(vault_file, "case", "list", "--json", env=env)[1])
    assert case["id"] == 1
    assert case["title"] == "Botox"
    assert case["plan_type"] == "employer-self-funded"
    assert case["person"] == "Maya Lopez"

    denial = write_pdf(tmp_path / "denial letter.pdf", pages=2)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    code, out, err = cli(
        vault_file,
        "doc",
        "add",
        "--case",
        "1",
        str(denial),
        str(empty),
        str(denial),
        "--date",
        "2026-03-01",
        env=env,
    )
    assert code == 1
    assert err.strip().splitlines() == ["refused: empty.pdf: the file is empty"]
    assert "imported: denial letter.pdf (document 1)" in out
    assert "duplicate: denial letter.pdf (document 1)" in out
    code, out, err = cli(vault_file, "doc", "add", "--case", "1", str(denial), env=env)
    assert code == 0, "a duplicate alone is success"

    [doc] = json.loads(cli(vault_file, "doc", "list", "--case", "1", "--json", env=env)[1])
    assert {k: doc[k] for k in ("id", "title", "kind", "date", "pages", "size")} == {
        "id": 1,
        "title": "Denial letter",
        "kind": "denial",
        "date": "2026-03-01",
        "pages": 2,
        "size": denial.stat().st_size,
    }
    assert len(doc["sha256"]) == 64

    out_file = tmp_path / "back.pdf"
    code, _, err = cli(vault_file, "doc", "get", "1", "--out", str(out_file), env=env)
    assert code == 0, err
    assert out_file.read_bytes() == denial.read_bytes()

    code, _, err = cli(
        vault_file,
        "call",
        "add",
        "--case",
        "1",
        "--at",
        "2026-03-02T10:30",
        "--rep",
        "Dana",
        "--ref",
        "CS-9",
        "--summary",
        "asked about appeal",
        "--follow-up",
        "2026-03-20",
        env=env,
    )
    assert code == 0, err
    events = json.loads(cli(vault_file, "timeline", "--case", "1", "--json", env=env)[1])
    assert [(e["kind"], e["at"][:10]) for e in events if e["kind"] != "deadline"] == [
        ("decision", "2026-03-01"),  # "denial received": the dated denial letter starts the clock, one line
        ("call", "2026-03-02"),
        ("follow-up", "2026-03-20"),
    ]
    assert [e["at"][:10] for e in events if e["kind"] == "deadline"] == ["2026-08-28"], "180 days to appeal"
    assert all("id" in e for e in events)
    code, out, err = cli(vault_file, "timeline", "--case", "1", env=env)
    assert "Call with Dana (ref CS-9)" in out, err

    code, out, _ = cli(
        vault_file,
        "correspondence",
        "add",
        "--case",
        "1",
        "--date",
        "2026-03-05",
        "--direction",
        "sent",
        "--method",
        "fax",
        "--proof",
        "FAX-OK",
        "--doc",
        "1",
        env=env,
    )
    assert code == 0

    run = run_cli("vault", "verify", str(vault_file), env=env)
    assert run.returncode == 0
    assert run.stdout.startswith("ok:")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("case", "list"), "wrong passphrase"),
    ],
)
def test_wrong_passphrase_is_one_line_exit_1(vault_file: Path, args: tuple[str, ...], message: str) -> None:
    code, out, err = cli(vault_file, *args, env={"CASEBINDER_PASSPHRASE": "nope nope nope"})
    assert code == 1
    assert out == ""
    assert err.strip().count("\n") == 0
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("timeline", "--case", "42"), "no case with id 42"),
        (("call", "add", "--case", "1", "--at", "yesterday", "--rep", "X"), "not a date-time"),
        (("case", "add", "--person", "A", "--title", "T", "--plan-type", "platinum"), "unknown plan type"),
        (("doc", "get", "7", "--out", "x.pdf"), "no document with id 7"),
        (("doc", "add", "--case", "1", "nothing-here.pdf"), "no case with id 1"),
    ],
)
def test_user_errors_are_one_line_exit_1(
    vault_file: Path, env: dict[str, str], args: tuple[str, ...], message: str
) -> None:
    code, _, err = cli(vault_file, *args, env=env)
    assert code == 1, err
    assert message in err
    assert "Traceback" not in err
    assert err.strip().count("\n") == 0


def test_missing_vault_and_folder(tmp_path: Path) -> None:
    run = run_cli("--vault", str(tmp_path / "nope.casebinder"), "case", "list")
    assert run.returncode == 1
    assert "no vault at" in run.stderr
    assert "Traceback" not in run.stderr
    run = run_cli("vault", "verify", str(tmp_path))
    assert run.returncode == 1
    assert "is a folder" in run.stderr


def test_not_a_vault_and_no_passphrase(tmp_path: Path, vault_file: Path) -> None:
    bogus = tmp_path / "notes.casebinder"
    bogus.write_text("just some text, definitely not encrypted")
    run = run_cli("--vault", str(bogus), "case", "list", env={"CASEBINDER_PASSPHRASE": PASSPHRASE})
    assert run.returncode == 1
    assert "not a Casebinder vault" in run.stderr
    run = run_cli("--vault", str(vault_file), "case", "list")
    assert run.returncode == 1
    assert "no passphrase given" in run.stderr


def test_change_passphrase(vault_file: Path, env: dict[str, str]) -> None:
    new_env = env | {"CASEBINDER_NEW_PASSPHRASE": "another passphrase"}
    refused = run_cli("vault", "change-passphrase", str(vault_file), env=new_env)
    assert refused.returncode == 1, "no terminal to confirm in and no file: nothing changes"
    assert "--recovery-key-file" in refused.stderr
    sheet = vault_file.with_name("new key.txt")
    run = run_cli(
        "vault", "change-passphrase", str(vault_file), "--recovery-key-file", str(sheet), env=new_env
    )
    assert run.returncode == 0, run.stderr
    assert "recovery key changed" in run.stdout
    assert sheet.stat().st_mode & 0o777 == 0o600
    new_key = RECOVERY_KEY.findall(sheet.read_text())
    assert len(new_key) == 1
    assert "Vault ID:" in sheet.read_text()
    assert run_cli("--vault", str(vault_file), "case", "list", env=env).returncode == 1
    ok = run_cli(
        "--vault", str(vault_file), "case", "list", env={"CASEBINDER_PASSPHRASE": "another passphrase"}
    )
    assert ok.returncode == 0
    assert (
        run_cli(
            "--vault", str(vault_file), "case", "list", env={"CASEBINDER_PASSPHRASE": new_key[0]}
        ).returncode
        == 0
    )


def test_demo_without_display_builds_and_prints_the_timeline(tmp_path: Path) -> None:
    path = tmp_path / "demo.casebinder"
    run = run_cli("demo", str(path), env={"QT_QPA_PLATFORM": ""}, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "No display is available" in run.stdout
    assert "Call with Marcus (ref CS-78022915)" in run.stdout
    assert "Denial: blepharoplasty considered cosmetic" in run.stdout
    assert "Receipt or invoice: Receipt" not in run.stdout, "one name per line, not the kind twice"
    packet = tmp_path / "demo packet.pdf"
    assert f"appeal packet: {packet}" in run.stdout
    assert packet.read_bytes().startswith(b"%PDF")
    again = run_cli("demo", str(path), "--no-gui", timeout=120)
    assert again.returncode == 0
    assert "Opening the existing demo vault" in again.stdout


def test_export_command(tmp_path: Path, vault_file: Path, env: dict[str, str]) -> None:
    assert cli(vault_file, "case", "add", "--person", "Maya", "--title", "Botox", env=env)[0] == 0
    pdf = write_pdf(tmp_path / "denial.pdf", pages=2)
    assert cli(vault_file, "doc", "add", "--case", "1", str(pdf), "--kind", "denial", env=env)[0] == 0
    out = tmp_path / "packet.pdf"
    code, stdout, err = cli(
        vault_file,
        "export",
        "--case",
        "1",
        "--out",
        str(out),
        "--sections",
        "cover,index",
        "--paper",
        "a4",
        "--password-env",
        "PACKET_PW",
        env=env | {"PACKET_PW": "s3cret!"},
    )
    assert code == 0, err
    assert "1 exhibits" in stdout
    assert out.exists()
    from pypdf import PdfReader

    reader = PdfReader(out)
    assert reader.is_encrypted
    assert reader.decrypt("s3cret!")
    code, _, err = cli(
        vault_file, "export", "--case", "1", "--out", str(out), "--sections", "cover,appendix", env=env
    )
    assert code == 1
    assert "unknown section" in err


def test_medical_history_treatments_and_costs(tmp_path: Path, vault_file: Path, env: dict[str, str]) -> None:
    assert cli(vault_file, "case", "add", "--person", "Maya", "--title", "Botox", env=env)[0] == 0
    pdf = write_pdf(tmp_path / "receipt.pdf", text="Copay $45")
    assert cli(vault_file, "doc", "add", "--case", "1", str(pdf), "--kind", "receipt", env=env)[0] == 0
    steps = [
        (
            "history",
            "add",
            "--case",
            "1",
            "--condition",
            "Chronic migraine",
            "--code",
            "G43.709",
            "--since",
            "2019-03-01",
        ),
        (
            "treatment",
            "add",
            "--case",
            "1",
            "--name",
            "Topiramate 50 mg",
            "--started",
            "2024-01-10",
            "--ended",
            "2024-05-01",
            "--outcome",
            "no relief",
            "--kind",
            "medication",
        ),
        (
            "cost",
            "add",
            "--case",
            "1",
            "--date",
            "2026-01-03",
            "--amount",
            "45",
            "--description",
            "Copay",
            "--doc",
            "1",
        ),
        (
            "cost",
            "add",
            "--case",
            "1",
            "--date",
            "2026-02-01",
            "--amount",
            "1,234.50",
            "--description",
            "Botox",
            "--kind",
            "estimate",
        ),
    ]
    for args in steps:
        code, _, err = cli(vault_file, *args, env=env)
        assert code == 0, (args, err)
    code, stdout, _ = cli(vault_file, "treatment", "list", "--case", "1", "--json", env=env)
    [treatment] = json.loads(stdout)
    assert {k: treatment[k] for k in ("name", "kind", "started", "ended", "outcome")} == {
        "name": "Topiramate 50 mg",
        "kind": "medication",
        "started": "2024-01-10",
        "ended": "2024-05-01",
        "outcome": "no relief",
    }
    code, stdout, _ = cli(vault_file, "cost", "list", "--case", "1", "--json", env=env)
    costs = json.loads(stdout)
    assert [(c["amount_cents"], c["kind"], c["document_id"]) for c in costs] == [
        (4500, "paid", 1),
        (123450, "estimate", None),
    ]
    code, stdout, _ = cli(vault_file, "cost", "list", "--case", "1", env=env)
    assert "you paid $45.00" in stdout
    assert "$1,234.50" in stdout
    assert (
        json.loads(cli(vault_file, "history", "list", "--case", "1", "--json", env=env)[1])[0]["code"]
        == "G43.709"
    )
    assert cli(vault_file, "cost", "delete", "2", env=env)[0] == 0
    assert len(json.loads(cli(vault_file, "cost", "list", "--case", "1", "--json", env=env)[1])) == 1
    code, _, err = cli(
        vault_file,
        "cost",
        "add",
        "--case",
        "1",
        "--date",
        "2026-01-03",
        "--amount",
        "12.345",
        "--description",
        "x",
        env=env,
    )
    assert code == 1
    assert "not an amount" in err
    code, _, err = cli(
        vault_file, "treatment", "add", "--case", "1", "--name", "x", "--kind", "potion", env=env
    )
    assert code == 1
    assert "unknown treatment kind" in err


def test_event_dates_state_and_counted_from(vault_file: Path, env: dict[str, str]) -> None:
    """The deadline contracts: ``event add --on/--dated``, ``case add|edit --state``, ``counted_from``."""
    code, out, err = cli(
        vault_file, "case", "add", "--person", "Ada", "--title", "Botox", "--plan-type", "medicare-advantage",
        "--state", "ny", env=env,
    )  # fmt: skip
    assert code == 0, err
    case_id = re.search(r"case (\d+)", out).group(1)  # type: ignore[union-attr]
    code, out, err = cli(
        vault_file, "event", "add", "--case", case_id, "--kind", "denial-received", "--on", "2026-03-09",
        "--dated", "2026-03-02", env=env,
    )  # fmt: skip
    assert code == 0, err
    assert "65 days from the date on the notice, 2026-03-02" in out
    code, out, err = cli(vault_file, "deadlines", "--case", case_id, "--json", env=env)
    [deadline] = json.loads(out)
    assert deadline["counted_from"]["which"] == "notice"
    assert deadline["counted_from"]["date"] == "2026-03-02"
    assert deadline["date"] == "2026-05-06"
    code, out, err = cli(
        vault_file, "event", "add", "--case", case_id, "--kind", "denial-received", "--dated", "2026-04-01",
        env=env,
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = cli(vault_file, "event", "list", "--case", case_id, env=env)
    assert "not known" in out
    assert "notice dated 2026-04-01" in out
    code, out, err = cli(vault_file, "event", "add", "--case", case_id, "--kind", "denial-received", env=env)
    assert code == 1
    assert "--dated" in err
    code, out, err = cli(vault_file, "case", "show", case_id, "--json", env=env)
    assert json.loads(out)["state"] == "NY"
    code, _, err = cli(vault_file, "case", "edit", case_id, "--state", "XX", env=env)
    assert code == 1
    assert "unknown State" in err
