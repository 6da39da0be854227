"""The installers' inputs: icons drawn from the one SVG, a desktop file and AppStream metainfo that validate,
and one version everywhere (pyproject.toml, the metainfo's release)."""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI installs {name}: this test must run there")
        pytest.skip(f"{name} is not installed here")
    return found


def test_icons_are_drawn_at_every_size_from_the_one_svg(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "tools" / "icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert run.returncode == 0, run.stderr
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "org.casebinder.Casebinder.png"
        with Image.open(png) as image:
            assert image.size == (size, size)
            assert image.getpixel((size // 2, size // 2))[3] == 255, "drawn, not transparent"
    with Image.open(tmp_path / "casebinder.ico") as ico:
        assert {(16, 16), (32, 32), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "casebinder.icns") as icns:
        assert icns.size[0] >= 256


def test_the_desktop_file_validates() -> None:
    run = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / "org.casebinder.Casebinder.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_appstream_metainfo_validates_and_names_this_version() -> None:
    metainfo = LINUX / "org.casebinder.Casebinder.metainfo.xml"
    run = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert f'<release version="{VERSION}"' in metainfo.read_text(encoding="utf-8")


def test_the_spec_reads_the_version_and_names_every_keyring_backend() -> None:
    spec = (REPO / "packaging" / "casebinder.spec").read_text(encoding="utf-8")
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec
    for backend in ("keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.macOS"):
        assert backend in spec
    import keyring.backends.SecretService  # noqa: F401  (the Linux one exists where this runs)


def test_a_vault_file_given_alone_opens_the_app_on_it() -> None:
    """What the desktop file (``Exec=casebinder %f``) and the Windows file association run."""
    from casebinder.cli import build_parser, vault_file_opened

    args = build_parser().parse_args(vault_file_opened(["/home/ada/My cases.casebinder"]))
    assert str(args.vault) == "/home/ada/My cases.casebinder"
    assert getattr(args, "handler", None) is None, "no command: the app opens"
    assert vault_file_opened(["case", "list"]) == ["case", "list"]
