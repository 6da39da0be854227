"""No plaintext from a crash: no core dumps from the app, the CLI or a parser worker; private files."""

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from casebinder.hardening import harden_process
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)")


def _core_limit(pid: int) -> list[str]:
    """(soft, hard) core-file limits of a running process, as /proc shows them."""
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4:6]
    raise AssertionError("no core limit line")


def test_a_hardened_process_cannot_dump_core_and_is_not_dumpable(tmp_path: Path) -> None:
    script = (
        "import ctypes, os\n"
        "from casebinder.hardening import harden_process\n"
        "harden_process()\n"
        "print(ctypes.CDLL('libc.so.6').prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
        "print(oct(os.umask(0o077)))\n"
        "print(open('/proc/self/limits').read())\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO)
    dumpable, umask, limits = run.stdout.split("\n", 2)
    assert dumpable == "0"
    assert umask == "0o77"
    [core] = [line for line in limits.splitlines() if line.startswith("Max core file size")]
    assert core.split()[4:6] == ["0", "0"], core


def _enable_cores() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def test_the_console_entry_point_hardens_itself_first(tmp_path: Path) -> None:
    """Started from a shell that allows core dumps, ``casebinder`` is asking for a passphrase (its key
    material about to be in memory) when it is crashed: no core file appears."""
    import pty

    main, secondary = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(REPO), CASEBINDER_HOME=str(tmp_path / "home"))
    env.pop("CASEBINDER_PASSPHRASE", None)
    cli = subprocess.Popen(
        [sys.executable, "-m", "casebinder", "vault", "init", str(tmp_path / "new.casebinder")],
        env=env,
        cwd=tmp_path,
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        preexec_fn=_enable_cores,  # what `ulimit -c unlimited` in the shell does
    )
    os.close(secondary)
    try:
        said = b""
        while b"passphrase" not in said.lower():  # the prompt: main() has long since run
            said += os.read(main, 1024)
        assert _core_limit(cli.pid) == ["0", "0"]
        os.kill(cli.pid, signal.SIGSEGV)
        cli.wait(30)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait(30)
        os.close(main)
    assert cli.returncode == -signal.SIGSEGV
    assert not list(tmp_path.glob("core*")), "no core file"


def test_a_crashing_parser_worker_leaves_no_core(tmp_path: Path) -> None:
    """A reader that crashes (SIGABRT in the worker) with cores allowed: the worker hardened itself."""
    script = (
        "import resource, os\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))\n"
        "from casebinder.infra.parsing.requests import ParseRequest\n"
        "from casebinder.infra.parsing.workers import ParserPool\n"
        "if __name__ == '__main__':\n"
        "    with ParserPool(1, target='tests.parser_targets:crashing') as pool:\n"
        "        print(pool.parse_one(ParseRequest(name='crash.pdf', data=b'%PDF-1.4')))\n"
    )
    (tmp_path / "run.py").write_text(script)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    run = subprocess.run(
        [sys.executable, "run.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "crashed the reader" in run.stdout, run.stderr
    assert not list(tmp_path.glob("core*")), "the worker dumped core"


def test_harden_process_is_harmless_twice() -> None:
    previous = os.umask(0o022)
    try:
        limits = resource.getrlimit(resource.RLIMIT_CORE)
        pid = os.fork()
        if pid == 0:  # in a child, so this test process keeps its own limits
            harden_process()
            harden_process()
            os._exit(0 if resource.getrlimit(resource.RLIMIT_CORE) == (0, 0) else 1)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert resource.getrlimit(resource.RLIMIT_CORE) == limits
    finally:
        os.umask(previous)
