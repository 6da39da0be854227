"""The symptom diary through its use cases on a real vault, and through the command line as scripts run it."""

import datetime as dt
import json
from pathlib import Path

import pytest

from casebinder.errors import InvalidInput
from casebinder.usecases.cases import CaseFields, add_case
from casebinder.usecases.diary import (
    SymptomFields,
    add_symptom,
    delete_symptom,
    list_symptoms,
    symptom_summary,
)
from casebinder.usecases.undo import restore
from casebinder.vault import Vault
from tests.conftest import PASSPHRASE, run_cli


def _case(vault: Vault) -> int:
    fields = CaseFields(title="Botox for migraine", procedure="Botox for chronic migraine")
    case_id = add_case(vault, "Ann Lee", fields).record.id
    assert case_id is not None
    return case_id


def test_entries_make_the_months_criteria_count(vault: Vault) -> None:
    case_id = _case(vault)
    for day in range(1, 17):  # 16 headache days in October, each of 5 hours
        add_symptom(vault, case_id, SymptomFields(dt.date(2026, 10, day), "Headache", 6, hours=5.0))
    add_symptom(vault, case_id, SymptomFields(dt.date(2026, 10, 17), "headache", 0))  # a day without
    add_symptom(vault, case_id, SymptomFields(dt.date(2026, 11, 2), "headache", 4, dt.time(8, 0), 2.0))
    add_symptom(vault, case_id, SymptomFields(dt.date(2026, 11, 2), "headache", 7, dt.time(19, 0), 2.5))
    [summary] = symptom_summary(vault, case_id, months=2, today=dt.date(2026, 11, 30))
    october, november = summary.months
    assert summary.symptom == "headache"
    assert summary.long_hours == 4.0  # the procedure's criterion
    assert (october.recorded, october.missing, october.symptom_days, october.long_days) == (17, 14, 16, 16)
    assert (november.recorded, november.symptom_days, november.long_days, november.worst) == (1, 1, 1, 7)
    entries = list_symptoms(vault, case_id)
    assert entries[0].day == dt.date(2026, 11, 2)
    assert [e.at for e in entries[:2]] == [dt.time(8, 0), dt.time(19, 0)]


def test_a_wrong_entry_gets_a_sentence_and_a_deleted_one_comes_back_with_undo(vault: Vault) -> None:
    case_id = _case(vault)
    with pytest.raises(InvalidInput, match="0 \\(none that day\\) to 10"):
        add_symptom(vault, case_id, SymptomFields(dt.date(2026, 11, 1), "headache", 11))
    with pytest.raises(InvalidInput, match="needs the symptom"):
        add_symptom(vault, case_id, SymptomFields(dt.date(2026, 11, 1), "  ", 3))
    with pytest.raises(InvalidInput, match="ahead"):
        add_symptom(vault, case_id, SymptomFields(dt.date.today() + dt.timedelta(days=1), "headache", 3))
    entry = add_symptom(vault, case_id, SymptomFields(dt.date(2026, 11, 1), "headache", 3)).record
    changes = delete_symptom(vault, entry.id)
    assert list_symptoms(vault, case_id) == []
    assert changes.undo is not None
    restore(vault, changes.undo)
    assert [e.id for e in list_symptoms(vault, case_id)] == [entry.id]


def test_the_command_line_writes_lists_and_sums_the_diary(vault_file: Path) -> None:
    env = {"CASEBINDER_PASSPHRASE": PASSPHRASE}

    def cli(*args: str) -> str:
        run = run_cli("--vault", str(vault_file), *args, env=env)
        assert run.returncode == 0, run.stderr
        return run.stdout

    cli("case", "add", "--person", "Ann", "--title", "Botox", "--procedure", "botox-migraine")
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    cli("symptom", "add", "--case", "1", "--symptom", "headache", "--severity", "7", "--hours", "6",
        "--date", yesterday, "--stopped", "work", "--medication", "sumatriptan")  # fmt: skip
    cli("symptom", "add", "--case", "1", "--symptom", "headache", "--severity", "0", "--time", "21:00")
    [first, second] = json.loads(cli("symptom", "list", "--case", "1", "--json"))
    assert (first["severity"], first["at"], second["stopped"]) == (0, "21:00", "work")
    summary = json.loads(cli("symptom", "summary", "--case", "1", "--months", "3", "--json"))
    [headache] = summary["symptoms"]
    assert headache["symptom"] == "headache"
    assert len(headache["months"]) == 3
    assert sum(m["symptom_days"] for m in headache["months"]) == 1
    assert sum(m["recorded"] for m in headache["months"]) == 2
    assert "missing days have no entry" in cli("symptom", "summary", "--case", "1")
    refused = run_cli("--vault", str(vault_file), "symptom", "add", "--case", "1", "--symptom", "x",
                      "--severity", "12", env=env)  # fmt: skip
    assert refused.returncode == 1
    assert "severity goes from 0" in refused.stderr
    kept = run_cli("--vault", str(vault_file), "symptom", "delete", str(second["id"]), env=env)
    assert kept.returncode == 1
    assert "--yes" in kept.stderr
    cli("symptom", "delete", str(second["id"]), "--yes")
    assert len(json.loads(cli("symptom", "list", "--case", "1", "--json"))) == 1


def test_the_packet_carries_the_months_as_the_diary_counts_them(vault: Vault, tmp_path: Path) -> None:
    import subprocess

    from pypdf import PdfReader

    from casebinder.usecases.packet import PacketOptions, export_packet, select_documents

    case_id = _case(vault)
    today = dt.date.today()
    for back in range(1, 4):
        add_symptom(vault, case_id, SymptomFields(today - dt.timedelta(days=back), "headache", 6, hours=5))
    out = tmp_path / "packet.pdf"
    options = PacketOptions(sections=("cover", "diary"))
    list(export_packet(vault, case_id, out, select_documents(vault, case_id), options))
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Symptom diary: headache" in text
    assert "never as a day without it" in text
    assert "4 h or more" in text
    [summary] = symptom_summary(vault, case_id)
    assert sum(m.symptom_days for m in summary.months) == 3
