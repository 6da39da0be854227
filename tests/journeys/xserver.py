"""A private X server (Xvfb) and xdotool, for journeys that start the real program as a separate process.

Every wait is for an event on the X server (a window with a title appearing, or the process ending), with a
generous limit that turns a hang into a failure.
"""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "xdotool")


def require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and os.environ.get("CI"):
        pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")


@contextmanager
def xvfb(size: str = "1280x900x24") -> Iterator[str]:
    """Start Xvfb on a free display; yields the DISPLAY value."""
    require_tools()
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()  # Xvfb writes the display number once it is ready
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


class Desktop:
    """xdotool on one display, and the app process started on it."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.env = dict(os.environ, DISPLAY=display)
        self.app: subprocess.Popen[str] | None = None

    def xdotool(self, *args: str, timeout: float = 120) -> str:
        run = subprocess.run(
            ["xdotool", *args], capture_output=True, text=True, env=self.env, timeout=timeout, check=False
        )
        assert run.returncode == 0, f"xdotool {' '.join(args)}: {run.stderr}"
        return run.stdout.strip()

    def wait_for_window(self, title: str, timeout: float = 180) -> str:
        """The id of a visible window whose title contains ``title``, once it exists (xdotool --sync)."""
        deadline = time.monotonic() + timeout
        while True:
            # xdotool --sync waits for the window; a short limit per call lets a dead app be noticed at once
            try:
                found = self.xdotool("search", "--sync", "--onlyvisible", "--name", title, timeout=3)
                return found.split()[-1]
            except subprocess.TimeoutExpired:
                pass
            if self.app is not None and self.app.poll() is not None:
                raise AssertionError(f"the app ended (exit {self.app.returncode}) before {title!r} showed")
            if time.monotonic() > deadline:
                raise AssertionError(f"no window {title!r}; on screen: {self.window_titles()}")

    def window_titles(self) -> list[str]:
        run = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "."],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=30,
            check=False,
        )
        return [self.xdotool("getwindowname", window) for window in run.stdout.split()]

    def keys(self, window: str, *keys: str) -> None:
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("key", "--clearmodifiers", *keys)

    def type(self, window: str, text: str) -> None:
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("type", "--delay", "20", text)


def console_script() -> Path:
    """The ``casebinder`` console script installed beside this Python (what a user runs)."""
    script = Path(sys.executable).with_name("casebinder")
    if not script.exists():
        pytest.skip("the casebinder console script is not installed in this environment")
    return script


def start_app(
    desktop: Desktop, home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """The console script with an empty home; ``env`` values of "" remove a variable."""
    full = {k: v for k, v in desktop.env.items() if not k.startswith("CASEBINDER_")}
    full.update(
        CASEBINDER_HOME=str(home),
        QT_QPA_PLATFORM="xcb",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    for name, value in (env or {}).items():
        if value:
            full[name] = value
        else:
            full.pop(name, None)
    return subprocess.Popen(
        [str(console_script()), *args],
        env=full,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@contextmanager
def running(
    desktop: Desktop, home: Path, *args: str, env: dict[str, str] | None = None
) -> Iterator["subprocess.Popen[str]"]:
    """The app while the test drives it; killed (and its error output shown) if a step fails."""
    process = start_app(desktop, home, *args, env=env)
    desktop.app = process
    try:
        yield process
    except BaseException:
        process.kill()
        _out, err = process.communicate()
        print(f"the app's error output:\n{err[-3000:]}")
        raise


def finish(process: "subprocess.Popen[str]", timeout: float = 60) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"the app did not end: {err[-2000:]}") from None
    return process.returncode, out, err


__all__ = ["Desktop", "finish", "running", "start_app", "xvfb"]
