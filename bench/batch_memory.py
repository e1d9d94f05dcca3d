"""Peak memory of a JSON Lines batch as its input grows: `python -m bench.batch_memory [--mb N]`.

A data team's input is a file of any size; the batch must read it as it goes, with memory that stays
flat. This writes a JSON Lines file of about `mb` MB and one four times as large, from the fixture
dumps, runs `articleclean --jsonl --workers 2` on each in a fresh process, and prints the peak
resident memory of the largest process of each run and the ratio of the two: about 1 is flat,
about 4 means the input is held in memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "fixtures"
GROWTH = 4
# run in its own process, so that the peak is this run's (RUSAGE_CHILDREN keeps the largest child ever)
_MEASURE = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def write_records(path: Path, megabytes: float) -> int:
    """Write fixture dumps as JSON Lines records to `path` until it holds `megabytes` MB; the records."""
    dumps = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    limit, count = megabytes * 1e6, 0
    with path.open("w", encoding="utf-8") as out:
        while out.tell() < limit:
            out.write(json.dumps({"id": count, "text": dumps[count % len(dumps)]}) + "\n")
            count += 1
    return count


def peak_kb(path: Path, workers: int) -> int:
    """Peak resident memory (KB, Linux) of the largest process of one batch run over `path`."""
    command = [sys.executable, "-m", "articleclean", "--jsonl", "--workers", str(workers), str(path)]
    result = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True)
    return int(result.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="MB of the smaller input (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args(argv)
    print("| input MB | records | peak RSS MB |")
    print("| --- | --- | --- |")
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes in (args.mb, args.mb * GROWTH):
            path = Path(tmp) / "records.jsonl"
            records = write_records(path, megabytes)
            peaks.append(peak_kb(path, args.workers))
            print(f"| {path.stat().st_size / 1e6:.1f} | {records} | {peaks[-1] / 1e3:.1f} |")
    print(f"\npeak memory ratio for {GROWTH}x the input: {peaks[1] / peaks[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
