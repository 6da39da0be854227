"""Files written for the user appear whole or not at all, and a killed export leaves no plaintext behind."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from casebinder.infra import files
from casebinder.infra.files import LEFTOVER_PREFIX, atomic_file, remove_leftovers, write_atomically
from tests.conftest import REPO

LINUX = sys.platform.startswith("linux")


def test_the_file_appears_whole_under_its_name(tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    with atomic_file(out) as handle:
        handle.write(b"%PDF- half")
        assert not out.exists(), "nothing under the name until it is complete"
        if LINUX:
            assert list(tmp_path.iterdir()) == [], "on Linux the file being written has no name at all"
        handle.write(b" and the rest")
    assert out.read_bytes() == b"%PDF- half and the rest"
    write_atomically(out, lambda h: h.write(b"replaced"))
    assert out.read_bytes() == b"replaced"
    assert [p.name for p in tmp_path.iterdir()] == ["packet.pdf"]
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "copy.pdf"
    out.write_bytes(b"the old copy")

    def export_that_breaks() -> None:
        with atomic_file(out) as handle:
            handle.write(b"new")
            raise RuntimeError("the export broke")

    with pytest.raises(RuntimeError):
        export_that_breaks()
    assert out.read_bytes() == b"the old copy"
    assert [p.name for p in tmp_path.iterdir()] == ["copy.pdf"]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_without_unnamed_files_a_hidden_name_is_used_and_leftovers_are_removed_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "_can_write_unnamed", lambda _folder: False)  # vfat, macOS, Windows
    killed = tmp_path / f"{LEFTOVER_PREFIX}{_dead_pid()}-abcd1234.pdf.partial"
    killed.write_bytes(b"plaintext of a killed export")
    someone_elses = tmp_path / ".casebinder notes.txt"  # not ours by name: never touched
    someone_elses.write_bytes(b"keep")
    out = tmp_path / "packet.pdf"
    with atomic_file(out) as handle:
        handle.write(b"%PDF-")
        hidden = [p for p in tmp_path.iterdir() if p.name.startswith(LEFTOVER_PREFIX)]
        assert len(hidden) == 1
        assert f"-{os.getpid()}-" in f"-{hidden[0].name.split('-')[1]}-"
        assert not killed.exists(), "the killed export's leftover went first"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".casebinder notes.txt", "packet.pdf"]
    assert remove_leftovers(tmp_path) == []


@pytest.mark.skipif(not LINUX, reason="unnamed files (O_TMPFILE) are a Linux facility")
@pytest.mark.slow
def test_exports_killed_while_writing_leave_nothing(tmp_path: Path) -> None:
    """Kill ``casebinder export`` at the moment it has its unnamed file open (seen in /proc), ten times."""
    demo = tmp_path / "Demo.casebinder"
    env = dict(os.environ, PYTHONPATH=str(REPO), CASEBINDER_PASSPHRASE="demo-passphrase-not-secret")
    env.pop("DISPLAY", None)
    built = subprocess.run(
        [sys.executable, "-m", "casebinder", "demo", str(demo), "--no-gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    from casebinder.usecases.demo import demo_spec

    env["CASEBINDER_PASSPHRASE"] = demo_spec()["passphrase"]
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    before = sorted(os.listdir(out_folder))
    aimed = 0
    cli = [sys.executable, "-m", "casebinder"]
    for _round in range(10):
        export = subprocess.Popen(
            [*cli, "--vault", str(demo), "export", "--case", "1", "--out", str(out_folder / "packet.pdf")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        fd_folder = Path(f"/proc/{export.pid}/fd")
        while export.poll() is None:  # watch for the moment it writes: an fd on a nameless file in out/
            try:
                targets = [os.readlink(fd_folder / fd) for fd in os.listdir(fd_folder)]
            except OSError:
                continue
            if any(t.startswith(str(out_folder)) and t.endswith("(deleted)") for t in targets):
                os.kill(export.pid, signal.SIGKILL)
                aimed += 1
                break
        export.wait(60)
        if export.returncode == -signal.SIGKILL:
            assert sorted(os.listdir(out_folder)) == before, "a killed export left a file"
        else:
            (out_folder / "packet.pdf").unlink()  # finished before the kill: start the next round clean
    print(f"{aimed} of 10 kills landed while the packet was being written; nothing was left behind")
    assert aimed >= 5, f"only {aimed} of 10 kills landed while the packet was being written"
