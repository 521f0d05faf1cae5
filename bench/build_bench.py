"""Build speed and memory on the silver corpus, beside dateparser, in one run.

    python bench/build_bench.py [--skip-tenfold] [--skip-dask]

Measures `timeline build` as separate processes (cold: an empty cache; warm:
the cache that cold run left), with 1 job and with all cores, on
../shared/corpora/te3-silver-news.jsonl.gz (2,452 articles) and on that
corpus replicated ten times (ids suffixed, publish dates shifted 5,000 days
a copy). Baseline in the same run: dateparser.search.search_dates over the
same texts in one process, languages=["en"], RELATIVE_BASE = publish date.
Peak memory is the largest resident size of the measured process itself
(from wait4); worker processes come on top. CPU seconds are user + system
time of the measured process and every process it waited for (its workers),
so runs on a shared machine can be compared. The package's modules are
compiled to bytecode first and the runs may use it (as an installed package
does), even when PYTHONDONTWRITEBYTECODE is set around the bench. The Dask row is a cold
`timeline export --scheduler dask-local` (a local Dask cluster of all cores,
started and stopped within the run) whose mention-level JSON export is
compared byte for byte with the one from the local processes' cache.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "te3-silver-news.jsonl.gz"

BASELINE = """
import gzip, json, sys, warnings
from datetime import datetime
from dateparser.search import search_dates
warnings.simplefilter("ignore")
for line in gzip.open(sys.argv[1], "rt", encoding="utf-8"):
    record = json.loads(line)
    base = datetime.fromisoformat(record["published"][:10])
    search_dates(record["text"], languages=["en"], settings={"RELATIVE_BASE": base})
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, peak resident MB, CPU seconds with its children) of one process."""
    env = {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, usage.ru_maxrss / 1024, cpu


def tenfold(target: Path) -> None:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source:
        records = [json.loads(line) for line in source]
    with gzip.open(target, "wt", encoding="utf-8") as out:
        for copy in range(10):
            for record in records:
                published = date.fromisoformat(record["published"][:10]) + timedelta(days=5000 * copy)
                out.write(json.dumps({**record, "id": f"{record['id']}-{copy}",
                                      "published": published.isoformat()}) + "\n")


def dask_row(scratch: Path, cores: int) -> tuple[str, str, float, float, float]:
    """The cold build on a local Dask cluster, its export compared with the local build's."""
    exports = {}
    for name in ("local", "dask"):
        env = {**os.environ, "TIMELINE_CACHE_DIR": str(scratch / f"cache-1×-{cores}" if name == "local"
                                                       else scratch / "cache-dask")}
        target = scratch / f"{name}.json"
        scheduler = ["--scheduler", "dask-local"] if name == "dask" else []
        command = [sys.executable, "-m", "timeline", "export", str(CORPUS), "--jobs", str(cores), *scheduler,
                   "--level", "mention", "--format", "json", "-o", str(target)]
        seconds, peak, cpu = measure(command, env)
        exports[name] = target.read_bytes()
    same = "same export" if exports["dask"] == exports["local"] else "EXPORT DIFFERS"
    return (f"timeline export 1× cold, dask-local ({same})", str(cores), seconds, peak, cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-tenfold", action="store_true")
    parser.add_argument("--skip-dask", action="store_true", help="no Dask row (needs timeline[dask])")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    size = sum(len(json.loads(line)["text"].encode()) for line in gzip.open(CORPUS, "rt", encoding="utf-8"))
    print(f"{date.today()}  {platform.python_implementation()} {platform.python_version()}  {cores} cores  "
          f"corpus {CORPUS.name}: {size / 1e6:.1f} MB of text  load {os.getloadavg()[0]:.1f}")
    print(f"{'run':58}{'jobs':>5}{'seconds':>9}{'CPU s':>8}{'peak MB':>9}{'× baseline time':>17}", flush=True)
    rows = []

    def report(name: str, jobs: str, seconds: float, peak: float, cpu: float) -> None:
        """One finished row, printed at once so that a run cut short still tells what it measured."""
        rows.append((name, jobs, seconds, peak, cpu))
        print(f"{name:58}{jobs:>5}{seconds:9.1f}{cpu:8.1f}{peak:9.0f}{seconds / rows[0][2]:17.2f}", flush=True)

    measure([sys.executable, "-c", "import timeline.cli"], dict(os.environ))  # its bytecode written
    report("dateparser search_dates (baseline)", "1", *measure([sys.executable, "-c", BASELINE, str(CORPUS)],
                                                                dict(os.environ)))
    corpora = [("1×", CORPUS)]
    with tempfile.TemporaryDirectory() as scratch:
        if not args.skip_tenfold:
            big = Path(scratch) / "tenfold.jsonl.gz"
            tenfold(big)
            corpora.append(("10×", big))
        for label, path in corpora:
            for jobs in ([1, cores] if label == "1×" else [cores]):
                env = {**os.environ, "TIMELINE_CACHE_DIR": str(Path(scratch) / f"cache-{label}-{jobs}")}
                command = [sys.executable, "-m", "timeline", "build", str(path), "--jobs", str(jobs)]
                for kind in ("cold", "warm"):
                    report(f"timeline build {label} {kind}", str(jobs), *measure(command, env))
        if not args.skip_dask:
            report(*dask_row(Path(scratch), cores))
    cold = {(name.split()[2], jobs): seconds for name, jobs, seconds, _, _ in rows if name.endswith(" cold")}
    if ("10×", str(cores)) in cold:
        print(f"tenfold / single corpus, cold, {cores} jobs: {cold['10×', str(cores)] / cold['1×', str(cores)]:.2f}×")
    print(f"load average at the end (1, 5, 15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
