"""Inter-annotator agreement between two independent passes over the same passages: span F1
per label (one pass taken as reference; F1 is symmetric) and topic agreement, on the dev and
test articles and on everything, plus the list of differences to adjudicate."""

import json
from pathlib import Path

import typer

from .annotations import read_passages
from .scoring import span_prf, topic_scores

app = typer.Typer(add_completion=False)


def compare(first: list, second: list) -> dict:
    return {
        "entities": span_prf([set(p.spans) for p in first], [set(p.spans) for p in second]),
        "topics": topic_scores([p.topic for p in first], [p.topic for p in second]),
        "passages": len(first),
    }


@app.command()
def main(
    pass_a: Path = typer.Argument(..., help="First pass (doccano)"),
    pass_b: Path = typer.Argument(..., help="Second, independent pass (doccano)"),
    splits: Path = typer.Argument(..., help="corpus/splits.json"),
    output: Path = typer.Argument(..., help="metrics/agreement.json"),
    diffs: Path = typer.Argument(..., help="Markdown list of every difference"),
):
    first = {p.id: p for p in read_passages(pass_a)}
    second = {p.id: p for p in read_passages(pass_b)}
    if set(first) != set(second):
        typer.secho(
            f"✘ the passes cover different passages: {sorted(set(first) ^ set(second))[:10]}", fg="red", err=True
        )
        raise typer.Exit(1)
    held_out = set(sum(json.loads(splits.read_text(encoding="utf8")).values(), []))
    ids = sorted(first)
    held = [i for i in ids if first[i].article_id in held_out]
    result = {
        "dev_test": compare([first[i] for i in held], [second[i] for i in held]),
        "all": compare([first[i] for i in ids], [second[i] for i in ids]),
    }
    lines, n_diff = ["# Differences between the two annotation passes", ""], 0
    for i in ids:
        a, b = first[i], second[i]
        for tag, only in (("only A", set(a.spans) - set(b.spans)), ("only B", set(b.spans) - set(a.spans))):
            for s, e, label in sorted(only):
                n_diff += 1
                lines.append(
                    f"- {i} {tag}: {label} `{a.text[s:e]}` [{s},{e}) …{a.text[max(0, s - 12) : s]}[[{a.text[s:e]}]]{a.text[e : e + 12]}…"
                )
        if a.topic != b.topic:
            n_diff += 1
            lines.append(f"- {i} topic: A {a.topic} / B {b.topic}")
    result["differences"] = n_diff
    output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf8")
    diffs.write_text("\n".join(lines) + "\n", encoding="utf8")
    for scope, scores in result.items():
        if isinstance(scores, dict):
            per = ", ".join(f"{l} {s['f']:.3f}" for l, s in scores["entities"]["per_label"].items())
            typer.echo(
                f"{scope}: micro F1 {scores['entities']['micro_f']:.3f} ({per}); topic agreement {scores['topics']['accuracy']:.3f}"
            )
    typer.echo(f"{n_diff} differences listed in {diffs}")


if __name__ == "__main__":
    app()
