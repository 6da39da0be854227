"""The frozen app (PyInstaller one-folder build) works as shipped: version, a headless demo, the window, and
imports of a PDF, a JPEG and a TIFF, so the frozen parser workers, Pillow, HEIF and QtPdf are really there.

Builds with ``packaging/build.sh`` unless ``dist/casebinder`` is newer than every source file (slow: about a
minute here, longer on a fresh machine that has to download the build tools)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import inputs
from tests.conftest import PASSPHRASE, REPO

APP = REPO / "dist" / "casebinder" / ("casebinder.exe" if sys.platform == "win32" else "casebinder")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="built here on Linux")]


def _newest_source() -> float:
    roots = [REPO / "app", REPO / "packaging"]
    return max(p.stat().st_mtime for root in roots for p in root.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def frozen() -> Path:
    if not APP.exists() or APP.stat().st_mtime < _newest_source():
        run = subprocess.run(
            [str(REPO / "packaging" / "build.sh")], capture_output=True, text=True, timeout=1800
        )
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
        print(run.stdout[-1500:])
    assert APP.exists()
    return APP


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return env | {"CASEBINDER_HOME": str(tmp / "home"), "CASEBINDER_PASSPHRASE": PASSPHRASE, **extra}


def test_version(frozen: Path, tmp_path: Path) -> None:
    run = subprocess.run(
        [str(frozen), "--version"], capture_output=True, text=True, env=_env(tmp_path), timeout=120
    )
    assert run.returncode == 0, run.stderr
    version = (REPO / "pyproject.toml").read_text().split('version = "', 1)[1].split('"', 1)[0]
    assert version in run.stdout


def test_demo_headless_exports_the_packet(frozen: Path, tmp_path: Path) -> None:
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    demo = tmp_path / "demo.casebinder"
    run = subprocess.run(
        [str(frozen), "demo", str(demo)], capture_output=True, text=True, env=env, timeout=300
    )
    assert run.returncode == 0, run.stderr
    packet = tmp_path / "packet.pdf"
    env["CASEBINDER_PASSPHRASE"] = "demo passphrase"  # the demo's own, from its spec
    export = [str(frozen), "--vault", str(demo), "export", "--case", "1", "--out", str(packet)]
    run = subprocess.run(export, capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    check = subprocess.run(["qpdf", "--check", str(packet)], capture_output=True, text=True, check=False)
    assert check.returncode in (0, 3), check.stdout


def test_imports_a_pdf_a_jpeg_a_tiff_and_a_heic_photo(frozen: Path, tmp_path: Path) -> None:
    vault = tmp_path / "frozen.casebinder"
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")

    def cli(*argv: str) -> str:
        run = subprocess.run([str(frozen), *argv], capture_output=True, text=True, env=env, timeout=300)
        assert run.returncode == 0, run.stderr
        return run.stdout

    cli("vault", "init", str(vault))
    cli("--vault", str(vault), "case", "add", "--person", "Ada", "--title", "Frozen")
    (tmp_path / "letter.pdf").write_bytes(inputs.text_pdf("A letter", pages=2))
    (tmp_path / "photo.jpg").write_bytes(inputs.jpeg())
    (tmp_path / "fax.tif").write_bytes(inputs.multipage_tiff(3))
    (tmp_path / "phone photo.heic").write_bytes(inputs.heic_photo())
    files = [str(tmp_path / name) for name in ("letter.pdf", "photo.jpg", "fax.tif", "phone photo.heic")]
    out = cli("--vault", str(vault), "doc", "add", "--case", "1", *files)
    assert out.count("imported:") == 4, out
    listing = cli("--vault", str(vault), "doc", "list", "--case", "1", "--json")
    assert '"pages": 3' in listing, "the three-page fax was read by the frozen parser workers"
    assert "ok:" in cli("vault", "verify", str(vault))


@pytest.mark.skipif(
    not shutil.which("xvfb-run") or not shutil.which("xdotool"), reason="needs Xvfb and xdotool"
)
def test_the_window_shows_under_xvfb(frozen: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    env.pop("QT_QPA_PLATFORM", None)
    script = (
        f'"{frozen}" & app=$!; '
        "xdotool search --sync --onlyvisible --name 'Casebinder' > /dev/null; found=$?; "
        "kill $app; wait $app 2> /dev/null; exit $found"
    )
    run = subprocess.run(
        ["xvfb-run", "-a", "sh", "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stdout + run.stderr
