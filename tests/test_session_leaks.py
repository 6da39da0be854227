"""A whole app session leaves no plaintext: create, import, search, preview, export and lock, in a process
whose temporary folder, home and Casebinder folder are the test's own, then search every file in them for a
sentinel typed into the documents and records. Only the exported packet (the user's explicit act) holds it."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, REPO
from tests.helpers import write_pdf

SENTINEL = "ZQXJ-SESSION-SENTINEL-7731"

SESSION = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from casebinder.ui.app import AppController
    from casebinder.ui.settings import Settings
    from casebinder.usecases.cases import CaseFields, add_case
    from casebinder.usecases.vaults import create_vault, finish_vault

    root, sentinel, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication(["casebinder"])

    from PySide6.QtCore import QEventLoop, QTimer

    wake = QTimer()  # so the wait below wakes to look at its limit even if nothing else happens
    wake.start(200)

    def wait(condition, what, seconds=60):
        deadline = time.monotonic() + seconds
        while not condition():  # checked after each event the app handles (a worker's result, a signal)
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")

    controller = AppController(Settings(root / "settings.ini"), threaded=True)
    created = finish_vault(create_vault(root / "vault" / "family.casebinder", passphrase))
    controller.show_main(created.vault)
    window = controller.window
    case = add_case(window.session.vault, sentinel, CaseFields(title=sentinel, member_id=sentinel)).record
    window.show_case(case.id)
    window.importer.start(case.id, [root / "inbox"])
    wait(lambda: not window.importer.busy, "the import")
    window.search_actions.run(sentinel)
    wait(lambda: window.results.topLevelItemCount() > 0, "search results")
    window.tabs.setCurrentWidget(window.documents)
    preview = window.documents.preview
    shown = []
    preview.shown.connect(lambda *args: shown.append(1))
    window.documents.select_where(lambda d: d.media_type == "application/pdf")
    wait(lambda: shown, "the preview")
    window.export_action.trigger()
    dialog = window.appeal_actions.dialog
    dialog.destination.setText(str(root / "exports" / "packet.pdf"))
    dialog.password.setText("")
    dialog.export_button.click()
    wait(lambda: dialog.job is None and dialog.written is not None, "the export")
    dialog.close()
    controller.lock()
    controller.shutdown()
    print("session done")
    """
)


def _holding(folder: Path, needle: bytes) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if needle in data or needle.decode().encode("utf-16-le") in data:
                found.append(str(path.relative_to(folder)))
    return found


@pytest.mark.slow
def test_a_whole_session_leaves_plaintext_only_in_the_export(tmp_path: Path) -> None:
    for folder in ("tmp", "home", "casebinder home", "vault", "inbox", "exports"):
        (tmp_path / folder).mkdir()
    (tmp_path / "inbox" / "diary.txt").write_text(f"Headache diary. {SENTINEL}\n" * 40)
    write_pdf(tmp_path / "inbox" / "letter.pdf", pages=2, text=SENTINEL)
    inbox = {p.name for p in (tmp_path / "inbox").iterdir()}
    env = dict(
        os.environ,
        TMPDIR=str(tmp_path / "tmp"),
        TEMP=str(tmp_path / "tmp"),
        TMP=str(tmp_path / "tmp"),
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"),
        XDG_CACHE_HOME=str(tmp_path / "home" / ".cache"),
        XDG_DATA_HOME=str(tmp_path / "home" / ".local" / "share"),
        CASEBINDER_HOME=str(tmp_path / "casebinder home"),
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM="offscreen",
    )
    run = subprocess.run(
        [sys.executable, "-c", SESSION, str(tmp_path), SENTINEL, PASSPHRASE],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "session done" in run.stdout
    needle = SENTINEL.encode()
    assert (tmp_path / "exports" / "packet.pdf").stat().st_size > 0, "the export itself was written"
    for folder in ("tmp", "home", "casebinder home", "vault"):
        assert _holding(tmp_path / folder, needle) == [], f"plaintext of the session in {folder}"
    assert {p.name for p in (tmp_path / "inbox").iterdir()} == inbox, "the inputs are left as they were"
    assert not [p for p in (tmp_path / "exports").iterdir() if p.name.startswith(".")], (
        "no hidden export leftovers"
    )
