"""Sharing a case with a caregiver: a file under its own passphrase, merged into another vault by content;
receiving it twice changes nothing."""

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from casebinder.infra.sources import Source
from casebinder.usecases.appeals import MilestoneFields, add_milestone, case_deadlines
from casebinder.usecases.calls import CallFields, add_call, list_calls
from casebinder.usecases.cases import CaseFields, add_case, list_cases
from casebinder.usecases.documents import list_documents, read_bytes
from casebinder.usecases.importing import import_files
from casebinder.usecases.search import search
from casebinder.usecases.vaults import receive_share, share_cases
from casebinder.vault import Vault, WrongPassphrase
from tests import inputs
from tests.conftest import PASSPHRASE, VaultTemplate, run_cli

SHARE_PASSPHRASE = "a passphrase for the share"


def _second_vault(template: VaultTemplate, folder: Path, name: str) -> Vault:
    path = folder / f"{name}.casebinder"
    shutil.copy2(template.path, path)
    return Vault.open(path, passphrase=PASSPHRASE)


def _fill(vault: Vault, person: str, title: str) -> int:
    case = add_case(vault, person, CaseFields(title=title, plan_type="medicare-advantage")).record
    assert case.id is not None
    sources = [Source(name=f"{title} {i}.pdf", data=inputs.text_pdf(f"{title} page {i}")) for i in range(3)]
    assert all(s.outcome.status == "imported" for s in import_files(vault, case.id, sources))
    add_call(
        vault, case.id, CallFields(at=dt.datetime(2026, 3, 2, 10), rep_name="Dana", reference_number="CS-1")
    )
    add_milestone(
        vault,
        case.id,
        MilestoneFields("denial-received", dt.datetime(2026, 11, 20), dated=dt.date(2026, 11, 18)),
    )
    return case.id


def _snapshot(vault: Vault) -> dict[str, object]:
    cases = list_cases(vault)
    return {
        "cases": sorted((s.person.name, s.case.title) for s in cases),
        "documents": sorted(
            (d.title, hashlib.sha256(read_bytes(vault, d.id or 0)).hexdigest())
            for s in cases
            for d in list_documents(vault, s.case.id or 0)
        ),
        "calls": sorted(
            (c.rep_name, c.reference_number) for s in cases for c in list_calls(vault, s.case.id or 0)
        ),
        "deadlines": sorted((d.deadline.rule.id, d.deadline.due.isoformat()) for d in case_deadlines(vault)),
    }


def test_a_shared_case_arrives_whole_and_receiving_twice_changes_nothing(
    tmp_path: Path, vault_template: VaultTemplate
) -> None:
    with _second_vault(vault_template, tmp_path, "mine") as mine:
        shared_id = _fill(mine, "Mom", "Eyelid surgery")
        _fill(mine, "Me", "Not shared")
        share = share_cases(mine, tmp_path / "mom.casebinder", [shared_id], SHARE_PASSPHRASE)
        assert share.cases == 1
        assert share.documents == 3
        expected = _snapshot(mine)
    with pytest.raises(WrongPassphrase):
        Vault.open(share.path, passphrase=PASSPHRASE)  # its own passphrase, not the vault's
    with _second_vault(vault_template, tmp_path, "sister") as sister:
        _fill(sister, "Mom", "Her own case")  # same person, a case of the sister's own
        before = share.path.read_bytes()
        first = receive_share(sister, share.path, SHARE_PASSPHRASE)
        assert first.cases_added == 1
        assert first.matched.get("person") == 1, "Mom is the same person in both vaults"
        after_first = _snapshot(sister)
        second = receive_share(sister, share.path, SHARE_PASSPHRASE)
        assert second.nothing_new, second.added
        assert _snapshot(sister) == after_first, "receiving twice changes nothing"
        assert share.path.read_bytes() == before, "the share file is only read"
        titles = {s.case.title for s in list_cases(sister)}
        assert titles == {"Eyelid surgery", "Her own case"}
        mine_documents = {d for d in expected["documents"] if d[0].startswith("Eyelid")}  # type: ignore[attr-defined]
        assert len(mine_documents) == 3
        assert mine_documents <= set(after_first["documents"])  # type: ignore[call-overload]
        assert len(after_first["calls"]) == 2  # type: ignore[arg-type]
        assert sister.verify().ok
        assert any("Eyelid" in h.title for h in search(sister, "Eyelid")), "what arrived is searchable"


def test_the_cli_shares_a_persons_cases_and_receives_them(
    tmp_path: Path, vault_template: VaultTemplate
) -> None:
    with _second_vault(vault_template, tmp_path, "mine") as mine:
        _fill(mine, "Dad", "Septoplasty")
    with _second_vault(vault_template, tmp_path, "brother"):
        pass
    env = {"CASEBINDER_PASSPHRASE": PASSPHRASE, "CASEBINDER_SHARE_PASSPHRASE": SHARE_PASSPHRASE}
    out = tmp_path / "dad.casebinder"
    run = run_cli(
        "--vault", str(tmp_path / "mine.casebinder"), "vault", "share", "--person", "Dad", str(out), env=env
    )
    assert run.returncode == 0, run.stderr
    assert "1 case(s), 3 document(s)" in run.stdout
    brother = str(tmp_path / "brother.casebinder")
    run = run_cli("--vault", brother, "vault", "receive", str(out), env=env)
    assert run.returncode == 0, run.stderr
    assert "Received" in run.stdout
    run = run_cli("--vault", brother, "vault", "receive", str(out), env=env)
    assert run.returncode == 0, run.stderr
    assert "Nothing new" in run.stdout
    wrong = run_cli(
        "--vault",
        brother,
        "vault",
        "receive",
        str(out),
        env=env | {"CASEBINDER_SHARE_PASSPHRASE": "nope nope"},
    )
    assert wrong.returncode == 1
    assert "wrong passphrase" in wrong.stderr
