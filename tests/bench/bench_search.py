"""Search latency over a caregiver's vault (10,000 documents, 10,000 calls), as a user would query it.

    .venv/bin/python -m tests.bench.bench_search [VAULT] [DOCUMENTS] [CALLS]

The vault comes from ``tests/bench/family_vault.py`` (built once at VAULT, default
``/tmp/casebinder-family.casebinder``, then reused). Times a mix of queries (common words matching nearly
every record, rare words, phrases, prefixes, reference numbers, one case's) and prints each against its floor,
measured in the same run: FTS5 ranking the same matches alone (BM25, the 50 best; for one case, its
records'), which any search must do.
Target: under 50 ms each, and near the floor (the snippets and dates of the 50 shown are all it adds).
"""

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casebinder.usecases.search import _RANKED, _RANKED_IN_CASE, search, to_fts_query
from tests.bench.family_vault import FAMILY, family_vault

QUERIES = [
    "appeal",  # in every document
    "plan coverage",
    "botox migraine",
    '"visual field"',
    "propran*",
    "denial OR exclusion",
    "zolmitriptan",  # in a handful
    "REF-004211",
    "CS-0004242",
    "zzzzzz",  # in none
]
RUNS = 15


def median_ms(action: Callable[[], Any]) -> tuple[float, Any]:
    timings, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), result


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else FAMILY
    counts = [int(a) for a in sys.argv[2:4]]
    with family_vault(path, *counts) as vault:
        search(vault, "warm up")
        worst = 0.0
        for query in QUERIES:
            for scope in (None, 4):
                took, hits = median_ms(lambda q=query, s=scope: search(vault, q, case_id=s))
                with vault.connection() as conn:
                    params = {"query": to_fts_query(query), "case_id": scope, "limit": 50}
                    ranking = _RANKED if scope is None else _RANKED_IN_CASE  # the ranking search runs
                    floor, _ = median_ms(lambda c=conn, p=params, r=ranking: c.execute(r, p).all())
                worst = max(worst, took)
                label = f"{query!r}" + (" in one case" if scope else "")
                ratio = took / floor if floor > 0.05 else float("nan")
                print(
                    f"  {label:<36} {len(hits):>3} hits  {took:7.2f} ms  floor {floor:6.2f} ms  {ratio:5.1f}x"
                )
        print(f"slowest query: {worst:.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
