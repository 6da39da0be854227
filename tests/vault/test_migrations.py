"""Schema versions: every released schema's fixture vault upgrades to the current one, intact."""

import datetime as dt
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from casebinder.usecases import medical
from casebinder.usecases.appeals import list_milestones
from casebinder.usecases.authorizations import list_authorizations
from casebinder.usecases.calls import list_calls
from casebinder.usecases.cases import list_cases
from casebinder.usecases.contacts import list_contacts
from casebinder.usecases.criteria import list_criteria
from casebinder.usecases.diary import list_symptoms
from casebinder.usecases.documents import list_documents
from casebinder.usecases.timeline import timeline
from casebinder.vault import Vault, schema
from casebinder.vault.connection import connect
from casebinder.vault.schema import Step
from tests.conftest import VaultTemplate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "vaults"


def schema_of(path: Path, key: bytes) -> list[tuple[str, str]]:
    con = connect(path, key)
    try:
        rows = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
    finally:
        con.close()
    return [(name, normalize_sql(sql or "")) for name, sql in rows]


def normalize_sql(sql: str) -> str:
    """Whitespace only: SQLAlchemy writes "( a, b )" over several lines, a migration "(a, b)" on one."""
    text = " ".join(sql.split())
    return re.sub(r"\s+\)", ")", re.sub(r"\(\s+", "(", text))


def fixture_paths() -> list[Path]:
    return sorted(FIXTURES.glob("schema-*.casebinder"))


def test_a_fixture_exists_for_the_current_schema() -> None:
    assert (FIXTURES / f"schema-{schema.label(schema.CURRENT)}.casebinder").exists(), (
        "run tests/fixtures/vaults/make_fixture.py and commit its output for every released schema"
    )


@pytest.mark.parametrize("fixture", fixture_paths(), ids=lambda p: p.stem)
def test_fixture_vault_upgrades_to_current_schema(
    fixture: Path, tmp_path: Path, vault_template: VaultTemplate
) -> None:
    expected = json.loads(fixture.with_suffix(".json").read_text())
    path = tmp_path / fixture.name
    shutil.copy2(fixture, path)
    with Vault.open(path, passphrase=expected["passphrase"]) as vault:
        [summary] = list_cases(vault)
        assert summary.case.title == expected["case_title"]
        assert summary.case.id is not None
        [document] = list_documents(vault, summary.case.id)
        assert document.sha256 == expected["document_sha256"]
        assert [c.reference_number for c in list_calls(vault, summary.case.id)] == [
            expected["call_reference"]
        ]
        treatments = [t.name for t in medical.list_treatments(vault, summary.case.id)]
        assert treatments == ([expected["treatment_name"]] if "treatment_name" in expected else [])
        if "milestone_kind" in expected:
            [milestone] = list_milestones(vault, summary.case.id)
            assert milestone.kind == expected["milestone_kind"]
            lines = [e for e in timeline(vault, summary.case.id) if e.milestone_id == milestone.id]
            assert len(lines) == 1, "the milestone's own timeline line"
        diary = [entry.symptom for entry in list_symptoms(vault, summary.case.id)]
        assert diary == ([expected["symptom"]] if "symptom" in expected else [])
        own = [c.label for c in list_criteria(vault, summary.case.id) if c.own]
        assert own == ([expected["criterion"]] if "criterion" in expected else [])
        shares = [c.deductible_cents for c in medical.list_costs(vault, summary.case.id)]
        assert shares == ([expected["eob_deductible_cents"]] if "eob_deductible_cents" in expected else [])
        faxes = [c.fax for c in list_contacts(vault, summary.case.id)]
        assert faxes == ([expected["contact_fax"]] if "contact_fax" in expected else [])
        lapses = [str(a.lapse.expires) for a in list_authorizations(vault, summary.case.id) if a.lapse]
        assert lapses == ([expected["authorization_expires"]] if "authorization_expires" in expected else [])
        assert vault.verify().ok
        key = vault.raw_key
    assert schema_of(path, key) == schema_of(vault_template.path, vault_template.key), (
        "a migrated vault must have exactly the schema of a new one"
    )
    con = connect(path, key)
    assert schema.decode(con.execute("PRAGMA user_version").fetchone()[0]) == schema.CURRENT
    con.close()


def add_widgets(con: object) -> None:
    con.execute("CREATE TABLE widget(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")  # type: ignore[attr-defined]
    con.execute("INSERT INTO widget(name) VALUES ('first')")  # type: ignore[attr-defined]


def broken_step(con: object) -> None:
    con.execute("CREATE TABLE gadget(id INTEGER PRIMARY KEY)")  # type: ignore[attr-defined]
    raise RuntimeError("simulated failure half-way through a migration")


def test_migration_steps_run_in_order_with_a_backup_first(
    vault_file: Path, vault_template: VaultTemplate
) -> None:
    current = schema.CURRENT
    steps = [Step(current, (current[0], current[1] + 1), add_widgets)]
    before = vault_file.read_bytes()
    con = connect(vault_file, vault_template.key)
    try:
        backup = schema.migrate(con, vault_file, steps)
        assert schema.decode(con.execute("PRAGMA user_version").fetchone()[0]) == steps[0].target
        assert con.execute("SELECT name FROM widget").fetchall() == [("first",)]
    finally:
        con.close()
    assert backup is not None
    assert backup.exists()
    assert backup.name == f"{vault_file.stem}.before-schema-{schema.label(current)}.casebinder"
    assert backup.read_bytes() == before, "the backup is the vault as it was (ciphertext)"


def test_a_failing_step_rolls_back_to_the_last_good_version(
    vault_file: Path, vault_template: VaultTemplate
) -> None:
    current = schema.CURRENT
    middle = (current[0], current[1] + 1)
    steps = [Step(current, middle, add_widgets), Step(middle, (current[0], current[1] + 2), broken_step)]
    con = connect(vault_file, vault_template.key)
    try:
        with pytest.raises(RuntimeError, match="simulated failure"):
            schema.migrate(con, vault_file, steps)
        assert schema.decode(con.execute("PRAGMA user_version").fetchone()[0]) == middle
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "widget" in tables
        assert "gadget" not in tables
    finally:
        con.close()
    with Vault.open(vault_file, key=vault_template.key) as vault:
        assert vault.verify().ok


def test_pending_steps_chain_from_the_vault_version() -> None:
    a, b, c = (1, 0), (1, 1), (2, 0)
    steps = [Step(a, b, add_widgets), Step(b, c, add_widgets)]
    assert [s.target for s in schema.pending_steps(a, steps)] == [b, c]
    assert [s.target for s in schema.pending_steps(b, steps)] == [c]
    assert schema.pending_steps(c, steps) == []


def test_1_4_links_milestones_to_their_lines_and_their_denial_letters(tmp_path: Path) -> None:
    """A vault of 1.3 with a dated denial letter, its milestone, a later decision: after the upgrade each
    milestone knows its timeline line and the letter it came from (so deleting one takes its line)."""
    fixture = FIXTURES / "schema-1.3.casebinder"
    expected = json.loads(fixture.with_suffix(".json").read_text())
    path = tmp_path / fixture.name
    shutil.copy2(fixture, path)
    from casebinder.usecases.appeals import MilestoneFields, add_milestone, delete_milestone
    from casebinder.vault.vault import keys_for_secret

    key = keys_for_secret(path, expected["passphrase"])[-1]
    con = connect(path, key)
    try:  # what 1.3 wrote for a dated denial letter: the document, its milestone, the milestone's line
        con.execute("BEGIN")
        [(case_id,)] = con.execute("SELECT id FROM insurance_case").fetchall()
        empty = hashlib.sha256(b"").hexdigest()
        con.execute(
            "INSERT INTO blob (sha256, size, chunk_count, created_at)"
            " VALUES (?, 0, 0, '2025-02-04 10:00:00')",
            (empty,),
        )
        [(blob_id,)] = con.execute("SELECT id FROM blob WHERE sha256 = ?", (empty,)).fetchall()
        con.execute(
            "INSERT INTO document (case_id, blob_id, title, kind, date, source, filename, media_type, size, "
            "sha256, notes, created_at) VALUES (?, ?, 'Denial', 'DENIAL', '2025-02-03', '', 'denial.txt', "
            "'text/plain', 0, ?, '', '2025-02-04 10:00:00.000000')",
            (case_id, blob_id, empty),
        )
        [(document_id,)] = con.execute("SELECT id FROM document WHERE title = 'Denial'").fetchall()
        con.execute(
            "INSERT INTO case_milestone (case_id, kind, at, stage, urgent, service, outcome, created_at) "
            "VALUES (?, 'denial-received', '2025-02-03 00:00:00.000000', 'plan-appeal', 0, '', '', "
            "'2025-02-04 10:00:00.000000')",
            (case_id,),
        )
        con.execute(
            "INSERT INTO event (case_id, at, all_day, kind, title, detail) VALUES (?, "
            "'2025-02-03 00:00:00.000000', 1, 'DECISION', 'Denial received (Plan appeal)', '')",
            (case_id,),
        )
        con.execute("COMMIT")
    finally:
        con.close()
    with Vault.open(path, passphrase=expected["passphrase"]) as vault:
        [milestone] = list_milestones(vault, case_id)
        assert milestone.document_id == document_id, "the letter that started the clock"
        # 1.5: the letter's date is the date on the notice; the day it arrived was never entered
        assert (milestone.dated, milestone.at_known) == (dt.date(2025, 2, 3), False)
        assert list_cases(vault)[0].case.state is None
        [line] = [e for e in timeline(vault, case_id) if e.title == "Denial received (Plan appeal)"]
        assert line.milestone_id == milestone.id
        delete_milestone(vault, milestone.id or 0)
        assert not [e for e in timeline(vault, case_id) if e.title == "Denial received (Plan appeal)"]
        add_milestone(vault, case_id, MilestoneFields("denial-received", milestone.at))
        assert vault.verify().ok
