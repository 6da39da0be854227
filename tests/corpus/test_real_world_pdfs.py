"""The importer against real-world PDFs it was never tuned on: the test suites of two PDF libraries.

pikepdf's and pypdf's source distributions (fetched from PyPI, pinned) carry ~130 PDFs collected from bug
reports: fuzzer finds, broken cross-reference tables, odd encodings, encrypted and malformed files. Every one
must end imported or refused with a one-line reason, within the time limit, and the vault must verify.
"""

import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from casebinder.infra.parsing.requests import Limits
from casebinder.infra.sources import Source
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.vault import Vault
from tests.helpers import new_case

SDISTS = ("pikepdf==10.18.0", "pypdf==7.1.0")
CACHE = Path(os.environ.get("CASEBINDER_CORPUS_CACHE", Path.home() / ".cache" / "casebinder-test-corpus"))
TIME_LIMIT = 30.0


def fetch_corpus() -> list[Source]:
    CACHE.mkdir(parents=True, exist_ok=True)
    errors = []
    for requirement in SDISTS:
        name, version = requirement.split("==")
        if list(CACHE.glob(f"{name}-{version}.tar.gz")):
            continue
        run = subprocess.run(  # pip prepares metadata in an isolated build environment: slow once, cached
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary",
                ":all:",
                "-d",
                str(CACHE),
                requirement,
            ],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if run.returncode:
            errors.append(run.stderr.strip()[-300:])
    if len(list(CACHE.glob("*.tar.gz"))) < len(SDISTS):
        message = f"could not fetch the PDF corpus: {' | '.join(errors)}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    sources = []
    for archive in sorted(CACHE.glob("*.tar.gz")):
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.lower().endswith(".pdf"):
                    handle = tar.extractfile(member)
                    assert handle is not None
                    sources.append(Source(name=member.name.replace("/", " ∕ "), data=handle.read()))
    return sources


@pytest.mark.slow
def test_every_real_world_pdf_is_imported_or_refused_with_a_reason(vault: Vault) -> None:
    sources = fetch_corpus()
    assert len(sources) >= 100
    case_id = new_case(vault)
    options = ImportOptions(limits=Limits(seconds=TIME_LIMIT))
    outcomes = []
    started = time.monotonic()
    slowest = 0.0
    last = started
    for step in import_files(vault, case_id, sources, options):
        now = time.monotonic()
        slowest = max(slowest, now - last)
        last = now
        outcomes.append(step.outcome)
    elapsed = time.monotonic() - started
    assert len(outcomes) == len(sources)
    for outcome in outcomes:
        assert outcome.status in ("imported", "duplicate", "refused")
        if outcome.status == "refused":
            assert outcome.reason, outcome
            assert "\n" not in outcome.reason, outcome
    report = vault.verify()
    assert report.ok, report.problems
    counts = {s: sum(o.status == s for o in outcomes) for s in ("imported", "duplicate", "refused")}
    reasons: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.status == "refused":
            key = (
                outcome.reason.split(":")[0] if outcome.reason.startswith("damaged") else outcome.reason[:60]
            )
            reasons[key] = reasons.get(key, 0) + 1
    print(f"\n{len(sources)} real-world PDFs in {elapsed:.1f} s (slowest step {slowest:.1f} s): {counts}")
    for reason, count in sorted(reasons.items(), key=lambda item: -item[1]):
        print(f"  refused {count:>3} x {reason}")
    assert slowest < TIME_LIMIT * 2 + 10, "no file may hold the import past its time limit"
