"""Criteria through their use cases on a real vault: the template's, edited and removed; the person's own;
met by a linked page, by the diary's months or by treatments tried; and the command line's contract."""

import datetime as dt
import json
from pathlib import Path

import pytest

from casebinder.errors import CasebinderError
from casebinder.infra.sources import Source
from casebinder.usecases import medical
from casebinder.usecases.cases import CaseFields, add_case
from casebinder.usecases.criteria import (
    add_criterion,
    delete_criterion,
    edit_criterion,
    link_evidence,
    list_criteria,
    unlink_evidence,
)
from casebinder.usecases.diary import SymptomFields, add_symptom
from casebinder.usecases.importing import import_files
from casebinder.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.inputs import text_pdf


def _migraine_case(vault: Vault) -> int:
    fields = CaseFields(title="Botox", procedure="Botox for chronic migraine")
    case_id = add_case(vault, "Maya", fields).record.id
    assert case_id is not None
    return case_id


def test_criteria_are_met_by_pages_the_diary_and_treatments_and_unmet_say_why(vault: Vault) -> None:
    case_id = _migraine_case(vault)
    found = {c.key: c for c in list_criteria(vault, case_id)}
    assert {"headache-days", "headache-hours", "failed-preventives"} <= set(found)
    assert not any(c.met for c in found.values())
    assert "diary" in found["headache-days"].unmet_because
    assert found["headache-days"].source

    today = dt.date(2026, 11, 30)
    for month in (9, 10, 11):
        for day in range(1, 16):
            add_symptom(vault, case_id, SymptomFields(dt.date(2026, month, day), "headache", 6, hours=5.0))
    for name in ("Topiramate", "Propranolol"):
        medical.add(vault, case_id, medical.TreatmentFields(name=name, outcome="no relief"))
    [step] = import_files(vault, case_id, [Source(name="notes.pdf", data=text_pdf("Neurology", pages=3))])
    document_id = step.outcome.document_id
    assert document_id is not None
    link = link_evidence(vault, case_id, "neurologist-diagnosis", document_id, 2, "G43.709").record
    with pytest.raises(CasebinderError, match="no page 9"):
        link_evidence(vault, case_id, "neurologist-diagnosis", document_id, 9)
    with pytest.raises(CasebinderError, match="no criterion 'nope'"):
        link_evidence(vault, case_id, "nope", document_id)

    found = {c.key: c for c in list_criteria(vault, case_id, today=today)}
    assert found["headache-days"].met
    assert found["headache-hours"].met
    assert found["failed-preventives"].met
    assert found["neurologist-diagnosis"].met
    assert found["neurologist-diagnosis"].evidence[0].page == 2
    assert not found["migraine-features"].met

    unlink_evidence(vault, link.id)
    assert not {c.key: c for c in list_criteria(vault, case_id)}["neurologist-diagnosis"].met


def test_the_person_words_removes_and_adds_criteria_as_the_insurers_policy_does(vault: Vault) -> None:
    case_id = _migraine_case(vault)
    edit_criterion(vault, case_id, "migraine-features", "Migraine features on 8 days", "Plan policy CP-113")
    delete_criterion(vault, case_id, "headache-hours")
    own = add_criterion(vault, case_id, "Trial of a CGRP antagonist", "Plan policy CP-113").record
    found = {c.key: c for c in list_criteria(vault, case_id)}
    assert "headache-hours" not in found
    assert found["migraine-features"].label == "Migraine features on 8 days"
    assert found[own.key].own
    assert found[own.key].source == "Plan policy CP-113"
    edit_criterion(vault, case_id, "headache-hours", source="back")  # editing brings a removed one back
    assert "headache-hours" in {c.key for c in list_criteria(vault, case_id)}
    changes = delete_criterion(vault, case_id, own.key)
    assert changes.undo is not None
    assert own.key not in {c.key for c in list_criteria(vault, case_id)}


def test_the_command_line_lists_links_and_sums_up(vault_file: Path, tmp_path: Path) -> None:
    env = {"CASEBINDER_PASSPHRASE": PASSPHRASE}

    def cli(*args: str) -> str:
        run = run_cli("--vault", str(vault_file), *args, env=env)
        assert run.returncode == 0, run.stderr
        return run.stdout

    cli("case", "add", "--person", "Harold", "--title", "Eyelids", "--procedure", "blepharoplasty")
    (tmp_path / "field.pdf").write_bytes(text_pdf("Visual field", pages=2))
    cli("doc", "add", "--case", "1", str(tmp_path / "field.pdf"))
    cli("criteria", "link", "--case", "1", "visual-field", "--doc", "1", "--page", "2")
    cli("criteria", "add", "--case", "1", "--label", "MRD1 2 mm or less", "--source", "Policy MP-114")
    listed = json.loads(cli("criteria", "list", "--case", "1", "--json"))
    by_key = {c["key"]: c for c in listed}
    assert by_key["visual-field"]["met"]
    assert by_key["visual-field"]["evidence"][0]["page"] == 2
    assert not by_key["photographs"]["met"]
    assert any(c["own"] and c["label"] == "MRD1 2 mm or less" for c in listed)
    assert "criteria met" in cli("criteria", "list", "--case", "1")
    refused = run_cli("--vault", str(vault_file), "criteria", "delete", "--case", "1", "photographs", env=env)
    assert refused.returncode == 1
    assert "--yes" in refused.stderr
