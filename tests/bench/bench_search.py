"""Search latency on a vault of 1,000 documents (plus calls and letters), as a user would query it.

    .venv/bin/python -m tests.bench.bench_search [DOCUMENTS]

Builds the vault through the real importer (text extracted by the parser workers), then times a mix of
queries: common and rare words, phrases, prefixes, reference numbers, case-scoped. Target: < 50 ms each.
"""

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from casebinder.infra.sources import Source
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.cases import CaseFields, add_case
from casebinder.usecases.importing import import_files
from casebinder.usecases.search import search
from casebinder.vault import Vault
from tests.inputs import text_pdf

WORDS = [
    "appeal",
    "denial",
    "coverage",
    "medically",
    "necessary",
    "cosmetic",
    "eyelid",
    "visual",
    "field",
    "botox",
    "migraine",
    "headache",
    "diary",
    "septoplasty",
    "nasal",
    "obstruction",
    "reconstruction",
    "mastectomy",
    "insurer",
    "claim",
    "authorization",
    "reviewer",
    "external",
    "physician",
    "letter",
    "plan",
    "booklet",
    "exclusion",
    "exception",
    "deductible",
    "copay",
    "coinsurance",
    "estimate",
    "receipt",
    "ophthalmologist",
    "neurologist",
    "topiramate",
    "propranolol",
    "amitriptyline",
    "photographs",
    "taped",
    "untaped",
    "criteria",
]

QUERIES = [
    "appeal",
    "medically necessary",
    '"visual field"',
    "botox migraine",
    "propran*",
    "recon*",
    "REF-000421",
    "denial OR exclusion",
    "ophthalmologist photographs taped",
    "zzzzzz",
]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as name:
        vault, _ = Vault.create(Path(name) / "search.casebinder", "benchmark passphrase")
        with vault:
            cases = [add_case(vault, f"Person {i}", CaseFields(title=f"Case {i}")).id for i in range(10)]
            start = time.perf_counter()
            sources = []
            for i in range(count):
                text = f"REF-{i:06d} " + " ".join(rng.choice(WORDS) for _ in range(400))
                sources.append(Source(name=f"document {i}.pdf", data=text_pdf(text, pages=2)))
            for index, case_id in enumerate(cases):
                assert case_id is not None
                batch = sources[index :: len(cases)]
                statuses = {s.outcome.status for s in import_files(vault, case_id, batch)}
                assert statuses == {"imported"}, statuses
                for n in range(50):
                    add_call(
                        vault,
                        case_id,
                        CallFields(
                            at=dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=n),
                            rep_name=rng.choice(["Dana", "Marcus", "Teresa"]),
                            reference_number=f"CS-{index}{n:05d}",
                            summary=" ".join(rng.choice(WORDS) for _ in range(30)),
                        ),
                    )
            built = time.perf_counter() - start
            print(f"vault: {count} documents (2 pages each), {len(cases) * 50} calls, built in {built:.1f} s")
            search(vault, "warm up")
            for query in QUERIES:
                for scope in (None, cases[3]):
                    timings = []
                    for _ in range(15):
                        started = time.perf_counter()
                        hits = search(vault, query, case_id=scope)
                        timings.append((time.perf_counter() - started) * 1000)
                    label = f"{query!r}" + (" in one case" if scope else "")
                    print(
                        f"  {label:<42} {len(hits):>3} hits  median {statistics.median(timings):6.2f} ms"
                        f"  max {max(timings):6.2f} ms"
                    )


if __name__ == "__main__":
    main()
