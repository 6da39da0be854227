"""The keychain through a real Secret Service: gnome-keyring in a private D-Bus session (Linux).

Everything else tests keychains with in-memory stand-ins; this one runs ``vault init --remember`` and a
passphrase-less ``case list`` against gnome-keyring itself, then ``vault forget``, so the backend keyring
picks on a Linux desktop is the one exercised. ``.ci/run`` installs gnome-keyring; elsewhere it is skipped.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, REPO

SCRIPT = """
set -e
eval "$(printf 'keyring password' | gnome-keyring-daemon --unlock --components=secrets)"
export PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring
cb() { "$PYTHON" -m casebinder "$@"; }
CASEBINDER_PASSPHRASE="$PASS" cb vault init "$VAULT" --remember
cb vault keychain
cb --vault "$VAULT" case add --person Ada --title "Remembered"
cb --vault "$VAULT" case list
cb vault forget "$VAULT"
if cb --vault "$VAULT" case list < /dev/null; then echo "opened after forget"; exit 9; fi
echo done
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the Secret Service is the Linux desktop's keychain")
def test_remember_and_forget_through_gnome_keyring(tmp_path: Path) -> None:
    if not (shutil.which("gnome-keyring-daemon") and shutil.which("dbus-run-session")):
        if os.environ.get("CI"):
            pytest.fail("CI installs gnome-keyring and dbus: this test must run there")
        pytest.skip("gnome-keyring and dbus-run-session are not installed here")
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path / "home"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
        "PYTHONPATH": str(REPO),
        "PYTHON": sys.executable,
        "PASS": PASSPHRASE,
        "VAULT": str(tmp_path / "remembered.casebinder"),
        "CASEBINDER_HOME": str(tmp_path / "casebinder home"),
    }
    (tmp_path / "home").mkdir()
    (tmp_path / "runtime").mkdir(mode=0o700)
    run = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Remembered on this computer" in run.stdout
    assert "Keychain:" in run.stdout
    assert "Remembered" in run.stdout.split("case 1:")[-1], "case list opened without a passphrase"
    assert "Forgotten on this computer" in run.stdout
    assert "done" in run.stdout
