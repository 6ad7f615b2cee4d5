"""Peak memory and speed of `xn-model extract` at its default settings on a large input: the gold
passages repeated into a JSONL archive of about `--megabytes` MB (and one .txt document of the
same text, for a single very long document), run in a child process whose peak resident set size
is read from the kernel (getrusage of the children). Writes metrics/cli_memory.json."""

import json
import subprocess
import sys
import time
from pathlib import Path

import typer

app = typer.Typer(add_completion=False)


# runs a command and prints its children's peak RSS (kB): a fresh wrapper per measurement, since
# RUSAGE_CHILDREN keeps the maximum over every child a process ever had
WRAPPER = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_of(command: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one run of `command`."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WRAPPER, *command], check=True, capture_output=True, text=True)
    return time.perf_counter() - start, int(done.stdout.split()[-1]) / 1024


@app.command()
def main(
    model: Path = typer.Argument(..., help="The pipeline to run, e.g. training/hybrid"),
    passages: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl (the text to repeat)"),
    work_dir: Path = typer.Argument(..., help="Where the generated inputs and outputs go"),
    output: Path = typer.Argument(..., help="metrics/cli_memory.json"),
    megabytes: float = typer.Option(10.0, help="Size of the generated input (UTF-8 MB)"),
):
    texts = [json.loads(line)["text"] for line in passages.read_text(encoding="utf8").splitlines() if line.strip()]
    work_dir.mkdir(parents=True, exist_ok=True)
    archive, single = work_dir / "archive.jsonl", work_dir / "single.txt"
    size, records = 0, []
    while size < megabytes * 1e6:
        text = texts[len(records) % len(texts)]
        records.append(json.dumps({"id": len(records), "text": text}, ensure_ascii=False))
        size += len(text.encode("utf8"))
    archive.write_text("\n".join(records) + "\n", encoding="utf8")
    single.write_text("\n".join(json.loads(r)["text"] for r in records) + "\n", encoding="utf8")
    chars = sum(len(json.loads(r)["text"]) for r in records)
    xn_model = [sys.executable, "-m", "xn_model.cli", "extract", "--model", str(model)]
    figures = {"input_mb": round(size / 1e6, 2), "characters": chars, "defaults": "batch size 32, max chars 2000"}
    for name, path in (("jsonl_archive", archive), ("one_txt_document", single)):
        seconds, peak = peak_of([*xn_model, str(path), "-o", str(work_dir / f"{name}.jsonl")])
        figures[name] = {
            "seconds": round(seconds, 1),
            "chars_per_second": round(chars / seconds),
            "peak_rss_mb": round(peak),
        }
        typer.echo(f"{name}: {seconds:.0f} s, {chars / seconds:,.0f} chars/s, peak RSS {peak:,.0f} MB")
    output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf8")


if __name__ == "__main__":
    app()
