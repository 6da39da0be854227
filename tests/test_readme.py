"""Every command the README shows is true: each parses (every optional part and every alternative), and the
user guide's commands, run in order on a fresh vault as a reader would type them, all succeed."""

import itertools
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.helpers import write_pdf

OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
PASSPHRASE = "a long enough passphrase"
NEW_PASSPHRASE = "another long passphrase"


def readme_commands() -> list[str]:
    """The ``casebinder ...`` lines of the README's code blocks, continuation lines joined."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```\n(.*?)```", text, flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.strip()
            if line.startswith("casebinder "):
                commands.append(line)
            elif "&& .venv/bin/casebinder " in line:
                commands.append("casebinder " + line.rsplit("&& .venv/bin/casebinder ", 1)[1])
    return commands


def variants(command: str) -> Iterator[list[str]]:
    """The command with its optional parts left out, then with all of them in; for ``a|b|c`` words, each
    alternative in turn (``history|treatment|cost list``)."""
    for line in (OPTIONAL.sub("", command), OPTIONAL.sub(r"\1", command)):
        words = shlex.split(line, comments=True)
        choices = [word.split("|") if _alternatives(word) else [word] for word in words]
        for index in range(max(len(c) for c in choices)):
            yield [c[min(index, len(c) - 1)] for c in choices]


def _alternatives(word: str) -> bool:
    return "|" in word and " " not in word and not word.startswith(("-", '"'))


def fill(words: list[str], vault: Path) -> list[str]:
    return [str(vault) if w == "V" else "1" if w == "ID" else w for w in words][1:]  # without "casebinder"


def test_the_readme_shows_the_commands_a_user_needs() -> None:
    commands = readme_commands()
    assert len(commands) > 40
    for needed in ("case edit", "case delete", "doc edit", "doc delete", "call edit", "note add",
                   "event list", "vault verify", "export"):  # fmt: skip
        assert any(needed.split()[0] in c and needed.split()[-1] in c for c in commands), needed


@pytest.mark.parametrize("command", readme_commands())
def test_every_readme_command_parses(command: str, tmp_path: Path) -> None:
    from casebinder.cli import build_parser

    def usage_error(argv: list[str]) -> bool:
        try:
            build_parser().parse_args(argv)
        except SystemExit as stop:
            return stop.code != 0
        return False

    for words in variants(command):
        argv = fill(words, tmp_path / "V.casebinder")
        assert not usage_error(argv), f"casebinder {shlex.join(argv)}: not a valid command"


def test_the_user_guide_runs_in_order_on_a_fresh_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As a reader would: each command once, with its optional parts left out and the first alternative,
    in the folder where the files it names are (a denial letter, a folder of scans)."""
    from casebinder.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CASEBINDER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEBINDER_NEW_PASSPHRASE", NEW_PASSPHRASE)
    monkeypatch.setenv("CASEBINDER_SHARE_PASSPHRASE", "a passphrase for my sister")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("DISPLAY", raising=False)
    write_pdf(tmp_path / "denial.pdf", pages=2, text="denied")
    (tmp_path / "Scans from the insurer").mkdir()
    write_pdf(tmp_path / "Scans from the insurer" / "eob.pdf", text="EOB")
    write_pdf(tmp_path / "Scans from the insurer" / "letter.pdf", pages=3, text="letter")
    vault = tmp_path / "My cases.casebinder"
    failures = []
    for command in readme_commands():
        words = next(variants(command))
        if words[1] == "demo":
            continue  # opens the app, or builds the demo: tests/test_cli.py runs it
        argv = fill(words, vault)
        if argv[:2] == ["vault", "restore"]:  # the README's example name: the backup made just before
            argv[2] = str(max((tmp_path / "Backups").glob("*.casebinder")))
        code = main(argv)
        out = capsys.readouterr()
        if code != 0:
            failures.append(f"casebinder {shlex.join(argv)}\n    -> exit {code}: {out.err.strip()}")
        if "change-passphrase" in argv and code == 0:
            monkeypatch.setenv("CASEBINDER_PASSPHRASE", NEW_PASSPHRASE)
    assert not failures, "README commands that fail:\n" + "\n".join(failures)
    assert list(itertools.islice(tmp_path.glob("*.pdf"), 1)), "the packet was written"
