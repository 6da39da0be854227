"""A caregiver's vault after a few years: a case of 10,000 documents, 11 smaller ones, 10,000 calls, letters.

    .venv/bin/python -m tests.bench.family_vault PATH [DOCUMENTS] [CALLS]

Built through the real use cases (documents through the importer and its parser workers, so their text is
extracted and indexed as a user's would be), in a few minutes; an existing PATH is reused, so each benchmark
that needs it pays the building once (``family_vault(path)``). Texts mix a few common words (every letter
says "appeal" and "plan") with rarer ones, reference numbers and names, so searches see both many and few
matches.
"""

import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

from casebinder.domain.enums import Direction
from casebinder.infra.sources import Source
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.cases import CaseFields, add_case
from casebinder.usecases.correspondence import CorrespondenceFields, add_correspondence
from casebinder.usecases.importing import import_files
from casebinder.vault import Vault
from tests.inputs import text_pdf

PASSPHRASE = "benchmark passphrase"
FAMILY = Path("/tmp/casebinder-family.casebinder")  # where the benchmarks build it once and reuse it
COMMON = ["appeal", "plan", "coverage", "denial", "medical", "patient", "insurer", "claim"]
RARER = [
    *("cosmetic", "eyelid", "visual", "field", "botox", "migraine", "headache", "diary", "septoplasty"),
    *("nasal", "obstruction", "reconstruction", "mastectomy", "authorization", "reviewer", "external"),
    *("physician", "booklet", "exclusion", "exception", "deductible", "copay", "coinsurance", "estimate"),
    *("receipt", "ophthalmologist", "neurologist", "topiramate", "propranolol", "amitriptyline"),
    *("photographs", "taped", "untaped", "criteria", "dystonia", "hyperhidrosis", "ptosis"),
]
RARE = ["zolmitriptan", "blepharochalasis", "rhinomanometry", "lymphedema"]  # a few documents each
REPS = ["Dana", "Marcus", "Teresa", "Alex", "Priya", "Jordan"]
CASES = 12  # a family's cases: a parent's, a child's, their own, over some years
OTHER_CASE_DOCUMENTS = 50  # the first case is the big one (a parent's, years of it): ``documents`` alone


def _text(rng: random.Random, number: int) -> str:
    words = [rng.choice(COMMON) for _ in range(60)] + [rng.choice(RARER) for _ in range(140)]
    if number % 997 == 0:
        words.append(RARE[number // 997 % len(RARE)])
    rng.shuffle(words)
    return f"REF-{number:06d} " + " ".join(words)


def build(path: Path, documents: int = 10_000, calls: int = 10_000) -> dict[str, object]:
    """Make the vault at ``path``; returns what it holds (also written beside it as JSON)."""
    rng = random.Random(16)
    started = time.perf_counter()
    vault, _key = Vault.create(path, PASSPHRASE)
    with vault:
        cases = []
        for index in range(CASES):
            case = add_case(vault, f"Person {index % 4}", CaseFields(title=f"Case {index}")).record
            assert case.id is not None
            cases.append(case.id)
        day = dt.date(2023, 1, 2)
        first = 0
        for index, case_id in enumerate(cases):
            size = documents if index == 0 else OTHER_CASE_DOCUMENTS
            numbers = range(first, first + size)
            first += size
            sources = [Source(name=f"letter {n}.pdf", data=text_pdf(_text(rng, n), pages=2)) for n in numbers]
            outcomes = [step.outcome for step in import_files(vault, case_id, sources)]
            imported = [o.document_id for o in outcomes if o.document_id is not None]
            assert len(imported) == len(sources), {o.status for o in outcomes}
            for n in range(0, len(imported), 10):  # every tenth document came in a letter
                add_correspondence(
                    vault,
                    case_id,
                    CorrespondenceFields(
                        day + dt.timedelta(days=n // 10),
                        Direction.INBOUND,
                        counterparty="Acme Health",
                        subject=f"Letter {n}",
                    ),
                    (imported[n],),
                )
        for n in range(calls):
            add_call(
                vault,
                cases[n % CASES],
                CallFields(
                    at=dt.datetime(2023, 1, 2, 9) + dt.timedelta(hours=n * 3),
                    rep_name=rng.choice(REPS),
                    reference_number=f"CS-{n:07d}",
                    summary=" ".join(rng.choice(COMMON + RARER) for _ in range(30)),
                ),
            )
    held = {
        "documents": documents,  # in the first case; each other case has OTHER_CASE_DOCUMENTS
        "calls": calls,
        "cases": CASES,
        "letters": sum(-(-n // 10) for n in (documents, *[OTHER_CASE_DOCUMENTS] * (CASES - 1))),
        "built_seconds": round(time.perf_counter() - started, 1),
    }
    path.with_suffix(".json").write_text(json.dumps(held), encoding="utf-8")
    return held


def family_vault(path: Path, documents: int = 10_000, calls: int = 10_000) -> Vault:
    """The vault at ``path``, built first if it is not there yet (or was built with other counts)."""
    facts = path.with_suffix(".json")
    known = json.loads(facts.read_text(encoding="utf-8")) if facts.exists() and path.exists() else {}
    if (known.get("documents"), known.get("calls")) != (documents, calls):
        path.unlink(missing_ok=True)
        held = build(path, documents, calls)
        print(f"built {path}: {held}", file=sys.stderr)
    return Vault.open(path, passphrase=PASSPHRASE)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    counts = [int(a) for a in sys.argv[2:4]]
    family_vault(target, *counts).close()
