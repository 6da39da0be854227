"""``casebinder doc add --text-later`` lands a scan at once; ``doc read-text`` reads its words afterwards."""

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, run_cli
from tests.usecases.test_text_later import DENIAL, _letter

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")


def test_a_scan_lands_first_then_its_words_are_read(vault_file: Path, tmp_path: Path) -> None:
    env = {"CASEBINDER_PASSPHRASE": PASSPHRASE}
    vault = ("--vault", str(vault_file))
    assert run_cli(*vault, "case", "add", "--person", "Maya", "--title", "Botox", env=env).returncode == 0
    scan = tmp_path / "denial.pdf"
    scan.write_bytes(_letter(DENIAL, as_pdf=True))
    added = run_cli(*vault, "doc", "add", "--case", "1", "--text-later", str(scan), env=env)
    assert added.returncode == 0, added.stderr
    before = run_cli(*vault, "doc", "text", "1", env=env)
    assert "denied" not in before.stdout, "landed without its words"
    read = run_cli(*vault, "doc", "read-text", "--json", env=env)
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout) == {"read": 1, "with_words": 1}
    assert "denied" in run_cli(*vault, "doc", "text", "1", env=env).stdout
    again = run_cli(*vault, "doc", "read-text", env=env)
    assert again.stdout.strip() == "nothing left to read"
