"""A regular install works: the wheel carries its rules, checklists, icons and demo, and ``casebinder demo``
runs from it with no display (an editable install would hide a file the wheel forgot)."""

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


def _run(*command: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    run = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, env=env, cwd=cwd, timeout=900
    )
    assert run.returncode == 0, f"{command}\n{run.stdout[-2000:]}\n{run.stderr[-3000:]}"
    return run.stdout


@pytest.mark.slow
def test_the_wheel_installs_into_a_fresh_venv_and_runs_the_demo_headless(tmp_path: Path) -> None:
    # From a copy of what a source release holds: a build in the checkout would leave a build/ folder whose
    # stale files (a module since deleted) could end up in the next wheel.
    source = tmp_path / "source"
    shutil.copytree(REPO / "app", source / "app", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    # No build isolation: the test venv has setuptools (the [test] extra), so nothing is downloaded.
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
         tmp_path / "dist", source)  # fmt: skip
    [wheel] = (tmp_path / "dist").glob("casebinder-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    data = REPO / "app" / "casebinder" / "data"
    shipped = sorted(
        "casebinder/data/" + path.relative_to(data).as_posix()
        for path in data.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )
    assert len(shipped) > 30
    missing = [name for name in shipped if name not in names]
    assert not missing, f"data files left out of the wheel: {missing}"
    assert not [name for name in names if name.startswith(("tests/", "app/"))]

    fresh = tmp_path / "fresh"
    _run(sys.executable, "-m", "venv", "--without-pip", fresh)
    python = fresh / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel)
    # Its dependencies (Qt, SQLCipher...) come from this venv's site-packages through a .pth file, whose own
    # .pth files are not read: the editable install of the source tree stays out of sight.
    purelib = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip())
    (purelib / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    where = _run(python, "-c", "import casebinder; print(casebinder.__file__)").strip()
    assert Path(where).is_relative_to(fresh), f"casebinder imported from {where}, not from the wheel"

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")}
    env |= {"CASEBINDER_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    script = fresh / ("Scripts/casebinder.exe" if os.name == "nt" else "bin/casebinder")
    out = _run(script, "demo", env=env, cwd=tmp_path)
    assert "No display is available" in out
    assert "The first case's appeal packet:" in out
    packet = Path(out.rsplit("appeal packet:", 1)[1].strip())
    assert packet.is_file()
    assert packet.read_bytes().startswith(b"%PDF")
    assert "Denial" in out or "denial" in out, "the demo timeline was printed"
