"""Probes: short news passages that we wrote, each listing the entities of some labels as written.
Name probes (corpus/probes/README.md) list ORG and PARK names: they measure how the pipelines
find names in news unlike the seed pages, and only ORG and PARK are scored there (exact spans; a
pipeline's METRIC and MONEY are ignored). Amount probes (corpus/amount_probes/README.md) list
METRIC and MONEY amounts and are scored on those two labels (`--labels METRIC,MONEY`).

A listed name (or amount) is placed at its first occurrence that no longer listed one of the
passage already covers (placed longest first, one occurrence per listing), so 市数据局 listed
beside 西宁市数据局 means a second, standalone mention. A listing that cannot be placed is an
error naming the file and line. Writes metrics/name_probes.json and .md (or the output given)."""

import json
from pathlib import Path

import spacy
import typer

from .scoring import span_prf

app = typer.Typer(add_completion=False)
PROBE_LABELS = ("ORG", "PARK")


def place_names(
    text: str, names: dict[str, list[str]], labels: tuple[str, ...] = PROBE_LABELS
) -> set[tuple[int, int, str]]:
    """Listed names -> char spans; ValueError names the first name that cannot be placed."""
    spans: list[tuple[int, int, str]] = []
    listed = [(name, label) for label in labels for name in names.get(label, [])]
    for name, label in sorted(listed, key=lambda item: -len(item[0])):
        start = text.find(name) if name else -1
        while start >= 0 and any(start < e and s < start + len(name) for s, e, _ in spans):
            start = text.find(name, start + 1)
        if start < 0:
            raise ValueError(f"{label} {name!r} is not in the text (or not as often as listed)")
        spans.append((start, start + len(name), label))
    return set(spans)


def read_probe(path: Path, labels: tuple[str, ...] = PROBE_LABELS) -> tuple[list[str], list[set]]:
    texts, gold = [], []
    for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        try:
            gold.append(place_names(record["text"], record, labels))
        except (ValueError, KeyError) as error:
            raise ValueError(f"{path}:{number}: {error}") from None
        texts.append(record["text"])
    return texts, gold


def _header(labels: tuple[str, ...]) -> list[str]:
    columns = ["probe", "passages", *labels, "pipeline"]
    columns += [f"{label} {measure}" for label in labels for measure in ("P", "R", "F")] + ["micro F"]
    return ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]


def _row(name: str, pipeline: str, n: int, scores: dict, labels: tuple[str, ...]) -> str:
    per_label = [scores["per_label"][label] for label in labels]
    cells = [name, str(n), *(str(s["n_gold"]) for s in per_label), pipeline]
    cells += [f"{s[measure]:.3f}" for s in per_label for measure in ("p", "r", "f")] + [f"{scores['micro_f']:.3f}"]
    return "| " + " | ".join(cells) + " |"


@app.command()
def main(
    probe_dir: Path = typer.Argument(..., help="corpus/probes: one JSONL file per probe"),
    output: Path = typer.Argument(..., help="metrics/name_probes.json (and .md beside it)"),
    pipelines: list[str] = typer.Argument(..., help="name=path pairs, e.g. rules=training/rules"),
    labels: str = typer.Option(",".join(PROBE_LABELS), help="the labels the probes list, comma-separated"),
    trained_on: bool = typer.Option(False, help="the trained model learned from these passages (probe_docs)"),
):
    scored = tuple(label.strip() for label in labels.split(",") if label.strip())
    probes = {path.stem: read_probe(path, scored) for path in sorted(probe_dir.glob("*.jsonl"))}
    if not probes:
        raise typer.BadParameter(f"no *.jsonl probe in {probe_dir}")
    for name, (texts, gold) in probes.items():
        typer.echo(f"{name}: {len(texts)} passages, {sum(map(len, gold))} listed entities kept, none dropped")
    results: dict = {"labels": list(scored), "probes": {}, "pooled": {}}
    rows = _header(scored)
    pooled_rows = []
    for pair in pipelines:
        pipeline, path = pair.split("=", 1)
        nlp = spacy.load(path)
        all_gold, all_pred = [], []
        for name, (texts, gold) in probes.items():
            pred = [
                {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in scored}
                for doc in nlp.pipe(texts)
            ]
            scores = span_prf(gold, pred, labels=scored)
            results["probes"].setdefault(name, {})[pipeline] = scores
            rows.append(_row(name, pipeline, len(texts), scores, scored))
            all_gold += gold
            all_pred += pred
        pooled = span_prf(all_gold, all_pred, labels=scored)
        results["pooled"][pipeline] = pooled
        pooled_rows.append(_row("all", pipeline, len(all_gold), pooled, scored))
        typer.echo(f"{pipeline}: pooled {'+'.join(scored)} micro F {pooled['micro_f']:.3f}")
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    others = [label for label in ("ORG", "PARK", "METRIC", "MONEY") if label not in scored]
    note = (
        f"\nProbes ({probe_dir.as_posix()}): {' and '.join(scored)} only, exact spans; {' and '.join(others)} "
        f"are not annotated there and are ignored. Which probes the rules were designed on, and which were "
        f"blind when first scored: {probe_dir.as_posix()}/README.md.\n"
    )
    if trained_on:
        note += (
            "The trained model learned from the passages of these probes that hold no name "
            "of an evaluation set (`probe_docs`): its figures here (and a hybrid's where it uses the model) are training figures.\n"
        )
    output.with_suffix(".md").write_text("\n".join(rows + pooled_rows) + "\n" + note, encoding="utf8")


if __name__ == "__main__":
    app()
