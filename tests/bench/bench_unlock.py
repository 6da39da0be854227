"""How long unlocking takes: the Argon2id derivation (the deliberate cost) and the open after it.

    .venv/bin/python -m tests.bench.bench_unlock

Prints figures; asserts nothing (the target, about 0.3-1 s on a 2-core machine, is a tuning goal).
"""

import statistics
import tempfile
import time
from pathlib import Path

from casebinder.vault import Vault
from casebinder.vault.keys import CURRENT_PROFILE, PROFILES, derive_key, new_salt


def main() -> None:
    profile = PROFILES[CURRENT_PROFILE]
    salt = new_salt()
    derive_key("warm-up", salt)
    kdf = []
    for _ in range(5):
        start = time.perf_counter()
        derive_key("a reasonable passphrase", salt)
        kdf.append(time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.casebinder"
        Vault.create(path, "a reasonable passphrase")[0].close()
        opens, raw = [], []
        for _ in range(5):
            start = time.perf_counter()
            vault = Vault.open(path, passphrase="a reasonable passphrase")
            opens.append(time.perf_counter() - start)
            key = vault.raw_key
            vault.close()
            start = time.perf_counter()
            Vault.open(path, key=key).close()
            raw.append(time.perf_counter() - start)
    print(
        f"Argon2id profile {profile.id}: m={profile.memory_kib // 1024} MiB, t={profile.time_cost}, "
        f"p={profile.parallelism}"
    )
    print(f"  key derivation        median {statistics.median(kdf) * 1000:7.1f} ms")
    print(f"  unlock by passphrase  median {statistics.median(opens) * 1000:7.1f} ms")
    print(f"  unlock by raw key     median {statistics.median(raw) * 1000:7.1f} ms  (keychain, recovery key)")


if __name__ == "__main__":
    main()
