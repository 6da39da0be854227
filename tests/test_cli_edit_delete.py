"""Editing and deleting from the CLI, in real subprocesses: every record a user can add, they can correct or
take away, and a deletion leaves nothing of the record behind (timeline, checklist, costs, search)."""

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, run_cli
from tests.helpers import write_pdf


class Cli:
    def __init__(self, vault_file: Path) -> None:
        self.vault_file = vault_file
        self.env = {"CASEBINDER_PASSPHRASE": PASSPHRASE}

    def __call__(self, *args: str, expect: int = 0) -> str:
        run = run_cli("--vault", str(self.vault_file), *args, env=self.env)
        assert run.returncode == expect, f"{args}: {run.stderr}"
        if expect:
            assert run.stderr.count("\n") == 1, "a refusal is one line"
            assert "Traceback" not in run.stderr
            return run.stderr
        return run.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--json"))


@pytest.fixture
def cli(vault_file: Path, tmp_path: Path) -> Cli:
    run = Cli(vault_file)
    run("case", "add", "--person", "Maya Lopez", "--title", "Botox", "--plan-type", "employer-insured")
    run("case", "add", "--person", "Walter Mendes", "--title", "Eyelids", "--plan-type", "medicare-advantage")
    letter = write_pdf(tmp_path / "denial.pdf", text="denied")
    run("doc", "add", "--case", "1", str(letter), "--kind", "denial", "--date", "2026-03-01")
    return run


def test_case_edit_changes_what_drives_the_deadlines(cli: Cli) -> None:
    before = [d["date"] for d in cli.json("deadlines", "--case", "1")]
    cli("case", "edit", "1", "--insurer", "Acme Health", "--member-id", "M-77", "--group", "G-1",
        "--claim", "CL-9", "--authorization", "PA-3", "--procedure", "botox-migraine",
        "--title", "Migraine")  # fmt: skip
    shown = cli.json("case", "show", "1")
    assert {k: shown[k] for k in ("title", "insurer", "member_id", "procedure")} == {
        "title": "Migraine",
        "insurer": "Acme Health",
        "member_id": "M-77",
        "procedure": "botox-migraine",
    }
    cli("case", "edit", "1", "--plan-type", "medicaid")
    after = [d["date"] for d in cli.json("deadlines", "--case", "1")]
    assert before != after, "Medicaid's ladder sets other deadlines than an insured employer plan's"
    assert "unknown plan type" in cli("case", "edit", "1", "--plan-type", "platinum", expect=1)
    assert cli.json("case", "show", "1")["plan_type"] == "medicaid", "a refused edit changes nothing"


def test_doc_edit_moves_the_decision_and_doc_delete_needs_yes(cli: Cli) -> None:
    cli("doc", "edit", "1", "--title", "Plan's denial", "--date", "2026-03-04")
    [doc] = cli.json("doc", "list", "--case", "1")
    assert (doc["title"], doc["date"]) == ("Plan's denial", "2026-03-04")
    [filing] = [d for d in cli.json("deadlines", "--case", "1") if "File the internal appeal" in d["label"]]
    assert filing["date"] == "2026-08-31", "180 days from the new date"
    stage = cli.json("checklist", "--case", "1")[0]
    item = stage["items"][0]["id"]
    cli("checklist", "--case", "1", "--stage", stage["stage"], "--link", f"{item}:1")
    assert cli.json("checklist", "--case", "1")[0]["items"][0]["documents"]
    cli("cost", "add", "--case", "1", "--date", "2026-03-05", "--description", "Copay", "--amount", "45.00",
        "--doc", "1")  # fmt: skip

    refusal = cli("doc", "delete", "1", expect=1)
    assert "--yes" in refusal
    assert "this deletes the document “Plan's denial”, with" in refusal, "it says what would go"
    assert "checklist link" in refusal
    assert cli.json("doc", "list", "--case", "1"), "nothing is deleted without --yes"
    cli("doc", "delete", "1", "--yes")
    assert cli.json("doc", "list", "--case", "1") == []
    assert all(e.get("document_id") is None for e in cli.json("timeline", "--case", "1"))
    stages = cli.json("checklist", "--case", "1")
    assert [doc for stage in stages for i in stage["items"] for doc in i["documents"]] == []
    [cost] = cli.json("cost", "list", "--case", "1")
    assert cost["document_id"] is None
    assert cli.json("search", "Plan's denial") == []
    assert "no document with id 1" in cli("doc", "edit", "1", "--title", "x", expect=1)


def test_calls_letters_notes_and_events_edit_and_delete(cli: Cli) -> None:
    cli("call", "add", "--case", "1", "--at", "2026-03-02T10:30", "--rep", "Dana", "--ref", "CS-9")
    cli("call", "edit", "1", "--rep", "Dana K.", "--promised", "a callback in 2 days")
    [call] = cli.json("call", "list", "--case", "1")
    assert (call["rep_name"], call["reference_number"], call["promised"]) == (
        "Dana K.",
        "CS-9",
        "a callback in 2 days",
    )
    cli("call", "delete", "1", "--yes")
    assert cli.json("call", "list", "--case", "1") == []

    cli("correspondence", "add", "--case", "1", "--date", "2026-03-05", "--direction", "sent", "--method",
        "fax", "--subject", "Appeal", "--doc", "1")  # fmt: skip
    cli("correspondence", "edit", "1", "--proof", "FAX-OK 14:02")
    [letter] = cli.json("correspondence", "list", "--case", "1")
    assert letter["proof"] == "FAX-OK 14:02"
    cli("correspondence", "delete", "1", "--yes")
    assert cli.json("correspondence", "list", "--case", "1") == []
    assert cli.json("doc", "list", "--case", "1"), "the enclosed document stays"

    cli("note", "add", "--case", "1", "--at", "2026-03-06T09:00", "Surgeon's office faxed the notes")
    [note] = cli.json("note", "list", "--case", "1")
    assert note["title"] == "Surgeon's office faxed the notes"
    cli("note", "delete", str(note["id"]), "--yes")
    assert cli.json("note", "list", "--case", "1") == []

    cli("event", "add", "--case", "1", "--kind", "appeal-submitted", "--on", "2026-03-10")
    events = cli.json("event", "list", "--case", "1")
    submitted = next(e for e in events if e["kind"] == "appeal-submitted")
    decides = [d for d in cli.json("deadlines", "--case", "1") if "decides" in d["label"]]
    assert decides, "an appeal sent starts the plan's clock"
    cli("event", "delete", str(submitted["id"]), "--yes")
    assert all(e["kind"] != "appeal-submitted" for e in cli.json("event", "list", "--case", "1"))
    assert not [d for d in cli.json("deadlines", "--case", "1") if "decides" in d["label"]]


def test_case_delete_takes_everything_of_the_case_and_nothing_else(cli: Cli) -> None:
    cli("call", "add", "--case", "1", "--at", "2026-03-02T10:30", "--rep", "Dana", "--summary", "quokka")
    cli("note", "add", "--case", "2", "Walter's surgeon called")
    refusal = cli("case", "delete", "1", expect=1)
    assert "--yes" in refusal
    assert "the case “Botox”, with" in refusal
    assert "1 call" in refusal
    out = cli("case", "delete", "1", "--yes")
    assert "deleted" in out
    assert [c["title"] for c in cli.json("case", "list")] == ["Eyelids"]
    assert cli.json("search", "quokka") == []
    assert cli.json("note", "list", "--case", "2"), "the other case keeps its notes"
    assert "no case with id 1" in cli("timeline", "--case", "1", expect=1)
    assert run_cli("vault", "verify", str(cli.vault_file), env=cli.env).returncode == 0
