"""Documents per second of `xn-model spark-extract` on local[1] and local[2] against `xn-model
extract` with --n-process 1 and 2, on the same input: the gold passages repeated to --documents
JSONL records. Each configuration runs as a user would run it, in a fresh process (start-up and
model loads included), on the whole input and on its first half: the difference between the two
runs gives the rate a longer job approaches, and what the half run took beyond its documents at
that rate is the fixed cost (interpreter, JVM, model loads, job set-up). Memory is the peak RSS of
the run's processes, sampled every 0.2 s. Writes spark.json and spark.md to the output folder."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from operator import itemgetter
from pathlib import Path

import typer

app = typer.Typer(add_completion=False)
CORES = (1, 2)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def processes() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, CPU seconds it has used) of every process, from /proc."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            table[int(entry.name)] = int(fields[1]), (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    return table


def descendants(root: int, table: dict) -> list[int]:
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += [child for child, (parent, _) in table.items() if parent == pid]
    return tree


def rss_mb(pid: int) -> tuple[str, float]:
    """(kind, resident MB) of a process: kind is "jvm", "python" or "other"."""
    try:
        command = (Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]).decode()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "other", 0.0
    rss = next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0.0)
    kind = "jvm" if command.endswith("java") else "python" if "python" in Path(command).name else "other"
    return kind, rss


def busy_cpu_seconds() -> float:
    """CPU time the whole machine has spent busy since boot (/proc/stat)."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS


def run_measured(command: list[str]) -> dict:
    """Wall seconds, CPU seconds and peak memory of a command and every process it starts, sampled
    every 0.2 s (a process's last 0.2 s of CPU may be missed). CPU seconds hardly depend on what
    else the machine does; wall seconds do, so the CPU time others used meanwhile is kept too."""
    peaks = {"total_mb": 0.0, "largest_worker_mb": 0.0, "jvm_mb": 0.0}
    cpu: dict[int, float] = {}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample():
        while not done.is_set():
            table = processes()
            tree = [(pid, *rss_mb(pid)) for pid in descendants(process.pid, table)]
            cpu.update((pid, table[pid][1]) for pid, _, _ in tree if pid in table)
            peaks["total_mb"] = max(peaks["total_mb"], sum(rss for _, _, rss in tree))
            workers = [rss for pid, kind, rss in tree if kind == "python" and pid != process.pid]
            peaks["largest_worker_mb"] = max([peaks["largest_worker_mb"], *workers])
            peaks["jvm_mb"] = max([peaks["jvm_mb"], *(rss for _, kind, rss in tree if kind == "jvm")])
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    start, busy = time.perf_counter(), busy_cpu_seconds()
    sampler.start()
    _, stderr = process.communicate()
    seconds, busy = time.perf_counter() - start, busy_cpu_seconds() - busy
    done.set()
    sampler.join()
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-3000:]}")
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(sum(cpu.values()), 1),
        "others_cpu_seconds": round(max(0.0, busy - sum(cpu.values())), 1),
        **{k: round(v) for k, v in peaks.items()},
    }


def commands(runner: str, cores: int, source: Path, out: Path, model: Path) -> list[str]:
    cli = [sys.executable, "-m", "xn_model.cli", runner, str(source), "--model", str(model)]
    if runner == "extract":
        return [*cli, "-o", str(out / "entities.parquet"), "--n-process", str(cores)]
    return [*cli, str(out), "--format", "jsonl", "--master", f"local[{cores}]"]


def entity_rows(runner: str, out: Path) -> int:
    import pyarrow.parquet as pq

    path = out / "entities.parquet" if runner == "extract" else out / "entities"
    return pq.read_table(path).num_rows if path.is_file() else pq.ParquetDataset(path).read().num_rows


def load_seconds(model: Path, times: int = 3) -> float:
    """spacy.load of the pipeline in a fresh interpreter (median): what each Python worker pays once."""
    code = "import time, spacy; t = time.perf_counter(); spacy.load({!r}); print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code.format(str(model))])) for _ in range(times)]
    return round(statistics.median(runs), 2)


def versions() -> dict:
    from importlib.metadata import version

    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return {"pyspark": version("pyspark"), "spacy": version("spacy"), "java": java[0] if java else None}


def markdown(results: dict) -> str:
    others = ", ".join(f"{run['runner']} {run['cores']}: {run['others_cpu_seconds']}" for run in results["runs"])
    rows = [
        f"{results['documents']:,} documents ({results['characters']:,} characters, passages of the gold corpus "
        f"repeated), pipeline `{results['model']}`, {results['cpus']} CPU cores, pyspark "
        f"{results['versions']['pyspark']}; spacy.load of the pipeline: {results['model_load_s']} s. Each run is a "
        f"fresh command, the fastest of {results['repeats']}; `fixed cost` and `documents/s after start-up` come "
        "from the runs on half the documents. CPU seconds other processes used during the fastest whole runs "
        f"(others' work on the machine slows wall times): {others}.",
        "",
        "| runner | cores | seconds | CPU seconds | documents/s | fixed cost s | documents/s after start-up "
        "| peak RSS MB, all processes | largest Python worker MB | JVM MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run in results["runs"]:
        rows.append(
            f"| {run['runner']} | {run['cores']} | {run['seconds']} | {run['cpu_seconds']} | "
            f"{run['documents_per_s']:.0f} | {run['fixed_cost_s']} | {run['marginal_documents_per_s']:.0f} | "
            f"{run['total_mb']:,} | {run['largest_worker_mb'] or '-'} | {run['jvm_mb'] or '-'} |"
        )
    return "\n".join(rows) + "\n"


@app.command()
def main(
    passages: Path = typer.Argument(..., exists=True, dir_okay=False, help="corpus/annotations/passages.jsonl"),
    model: Path = typer.Argument(..., exists=True, file_okay=False, help="Pipeline folder, e.g. training/hybrid"),
    output_dir: Path = typer.Argument(..., file_okay=False, help="metrics/: gets spark.json and spark.md"),
    documents: int = typer.Option(6000, min=100, help="Documents in the input (the passages repeated)"),
    repeats: int = typer.Option(1, min=1, help="Runs of each command; the fastest counts (others' work only slows)"),
):
    texts = [json.loads(line)["text"] for line in passages.read_text(encoding="utf8").splitlines() if line.strip()]
    records = [{"id": f"d{n}", "text": texts[n % len(texts)]} for n in range(documents)]
    results = {
        "documents": documents,
        "characters": sum(len(r["text"]) for r in records),
        "model": str(model),
        "cpus": os.cpu_count(),
        "repeats": repeats,
        "versions": versions(),
        "model_load_s": load_seconds(model),
        "runs": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        inputs = {}
        half = documents // 2
        for size in (documents, half):
            inputs[size] = Path(tmp) / f"input-{size}" / "archive.jsonl"
            inputs[size].parent.mkdir()
            lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records[:size])
            inputs[size].write_text("".join(lines), encoding="utf8")
        for runner in ("extract", "spark-extract"):
            for cores in CORES:
                out = {size: Path(tmp) / f"{runner}-{cores}-{size}" for size in inputs}
                whole, short = (
                    min((run_measured(commands(runner, cores, inputs[s], out[s], model)) for _ in range(repeats)),
                        key=itemgetter("seconds"))
                    for s in inputs
                )  # fmt: skip
                rate = (documents - half) / (whole["seconds"] - short["seconds"])
                run = {"runner": runner, "cores": cores, **whole, "half_run_seconds": short["seconds"]}
                run["documents_per_s"] = round(documents / whole["seconds"], 1)
                run["marginal_documents_per_s"] = round(rate, 1)
                run["fixed_cost_s"] = round(short["seconds"] - half / rate, 1)
                run["entities"] = entity_rows(runner, out[documents])
                results["runs"].append(run)
                typer.echo(f"{runner} on {cores} core(s): {run}", err=True)
    if len({run["entities"] for run in results["runs"]}) != 1:  # every configuration must agree
        raise RuntimeError(f"the runs found different numbers of entities: {results['runs']}")
    output_dir.mkdir(parents=True, exist_ok=True)
    (output_dir / "spark.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    (output_dir / "spark.md").write_text(markdown(results), encoding="utf8")
    typer.echo(markdown(results))


if __name__ == "__main__":
    app()
