"""Save a real excerpt into the cache, after the exclusion check.

    python bench/real/store.py URL FILE

Runs ``../shared/tools/is_excluded.py URL FILE`` and refuses the page if it is excluded (exit 1).
Otherwise copies FILE's bytes to ``$KZP_REAL_CACHE/<sha256>.txt`` (default
``~/.cache/kzpolicy-data/real/``) and prints the digest. The texts never enter the repository.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXCLUDED = ROOT.parent / "shared" / "tools" / "is_excluded.py"


def cache_dir() -> Path:
    """Where the texts are kept: ``$KZP_REAL_CACHE`` or ``~/.cache/kzpolicy-data/real``."""
    env = os.environ.get("KZP_REAL_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "kzpolicy-data" / "real"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    url, file = argv
    check = subprocess.run(
        [sys.executable, str(EXCLUDED), url, file], capture_output=True, text=True, check=False
    )
    if check.returncode != 0:
        print(f"{url}: {check.stdout.strip() or check.stderr.strip()}", file=sys.stderr)
        return 1
    data = Path(file).read_bytes()
    data.decode("utf-8")  # a text that is not UTF-8 is not kept
    digest = hashlib.sha256(data).hexdigest()
    out = cache_dir()
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{digest}.txt").write_bytes(data)
    print(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
