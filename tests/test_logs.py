"""Logging keeps no case data: a sentinel typed into every field never reaches a log line, shown or saved."""

import datetime as dt
import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebinder import logs
from casebinder.errors import InvalidInput
from casebinder.infra.paths import log_dir
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.cases import CaseEdit, CaseFields, add_case, edit_case
from casebinder.usecases.importing import import_files
from casebinder.usecases.notes import add_note
from casebinder.usecases.search import search
from casebinder.vault import Vault
from tests.conftest import run_cli
from tests.helpers import write_pdf

SENTINEL = "Zebulon-Quartz-7731"


@pytest.fixture
def ring() -> Iterator[logs.RingHandler]:
    """A ring of this test's own at DEBUG, beside whatever the process already logs to."""
    handler = logs.RingHandler()
    logs.configure(logging.DEBUG)
    ours = logging.getLogger(logs.OUR_LOGGERS)
    previous = ours.level
    ours.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    ours.setLevel(previous)
    logs.set_debug_log(False)


def _record(name: str, message: str, *args: object, error: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(error), error, error.__traceback__) if error is not None else None
    return logging.LogRecord(name, logging.WARNING, __file__, 10, message, args, exc_info)


def test_the_formatter_shows_the_program_and_hides_the_person() -> None:
    formatter = logs.RedactingFormatter()
    line = formatter.format(
        _record("casebinder.x", "%s for %s: %d files, kind %s", logs.safe("doc.add"), SENTINEL, 3, "denial")
    )
    assert "doc.add for <text, 19 chars>: 3 files, kind <text, 6 chars>" in line
    assert SENTINEL not in formatter.format(_record("casebinder.x", "at %s", Path(f"/home/{SENTINEL}/a.pdf")))
    assert SENTINEL not in formatter.format(_record("casebinder.x", "%(who)s", {"who": SENTINEL}))
    try:
        try:
            raise KeyError(SENTINEL)
        except KeyError as cause:
            raise ValueError(f"bad {SENTINEL}") from cause
    except ValueError as error:
        line = formatter.format(_record("casebinder.x", "failed", error=error))
    assert SENTINEL not in line
    assert "builtins.ValueError (message withheld)" in line
    assert "builtins.KeyError" in line
    assert "test_the_formatter_shows_the_program_and_hides_the_person" in line  # where it was raised
    other = formatter.format(_record("sqlalchemy.engine", f"INSERT ... ('{SENTINEL}')"))
    assert SENTINEL not in other
    assert "message withheld, logged at test_logs.py:10" in other


def test_a_sentinel_in_every_field_never_reaches_a_log_line(vault: Vault, tmp_path: Path, ring) -> None:
    disk = logs.set_debug_log(True)
    assert disk is not None
    assert disk.parent == log_dir()
    case = add_case(vault, SENTINEL, CaseFields(title=SENTINEL, insurer=SENTINEL, member_id=SENTINEL)).record
    assert case.id is not None
    inbox = tmp_path / SENTINEL
    inbox.mkdir()
    write_pdf(inbox / f"{SENTINEL}.pdf", text=SENTINEL)
    steps = list(import_files(vault, case.id, [inbox]))
    assert steps
    when = dt.datetime(2026, 3, 14, 10, 30)
    add_call(
        vault, case.id, CallFields(at=when, rep_name=SENTINEL, reference_number=SENTINEL, summary=SENTINEL)
    )
    add_note(vault, case.id, when, SENTINEL, SENTINEL)
    assert search(vault, SENTINEL)
    with pytest.raises(InvalidInput):  # a refusal whose message quotes what was typed
        edit_case(vault, case.id, CaseEdit(plan_type=SENTINEL))
    # What logging.captureWarnings makes of a library's warning (pytest records warnings itself, so say it):
    logging.getLogger("py.warnings").warning("%s", f"UserWarning: a library warns about {SENTINEL}")
    logging.getLogger("pypdf").warning("object %s damaged in %s", 7, SENTINEL)
    try:
        raise RuntimeError(SENTINEL)
    except RuntimeError:
        logging.getLogger("casebinder.test").exception("a bug")

    lines = "\n".join(ring.recent())
    for expected in ("case.add", "doc.add finished", "call.add", "note.add", "search", "case.edit refused"):
        assert expected in lines, f"{expected!r} was not logged"  # so the check below is not vacuous
    assert "builtins.RuntimeError (message withheld)" in lines
    assert SENTINEL not in lines
    written = disk.read_text(encoding="utf-8")
    assert "doc.add finished" in written
    assert SENTINEL not in written
    assert stat.S_IMODE(disk.stat().st_mode) == 0o600
    assert "Recent log:" in logs.crash_report(RuntimeError(SENTINEL))
    assert SENTINEL not in logs.crash_report(RuntimeError(SENTINEL))


def test_the_cli_logs_only_when_asked_and_never_to_disk(vault_file: Path, vault_template) -> None:
    env = {"CASEBINDER_PASSPHRASE": vault_template.passphrase}
    quiet = run_cli("--vault", str(vault_file), "person", "add", SENTINEL, env=env)
    assert quiet.returncode == 0
    assert quiet.stderr == ""
    loud = run_cli("--vault", str(vault_file), "--verbose", "person", "add", SENTINEL + "2", env=env)
    assert loud.returncode == 0
    assert "person.add took" in loud.stderr
    assert "vault opened" in loud.stderr
    assert SENTINEL not in loud.stderr  # (stdout is the command's answer: it names the person)
    assert not log_dir().exists(), "nothing goes to disk unless the user turns the debug log on"


def test_a_bug_in_a_cli_command_prints_a_report_without_case_data(
    vault_file: Path, vault_template, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from casebinder import cli
    from casebinder.cli import person

    def broken(_args: object) -> int:
        raise RuntimeError(f"a bug that quotes {SENTINEL}")

    monkeypatch.setattr(person, "cmd_list", broken)
    monkeypatch.setenv("CASEBINDER_PASSPHRASE", vault_template.passphrase)
    monkeypatch.delenv(logs.TRACEBACKS_ENV, raising=False)
    assert cli.main(["--vault", str(vault_file), "person", "list"]) == cli.EXIT_BUG
    err = capsys.readouterr().err
    assert "crash report" in err
    assert "builtins.RuntimeError (message withheld)" in err
    assert "in broken" in err
    assert SENTINEL not in err
    assert "Traceback" not in err
