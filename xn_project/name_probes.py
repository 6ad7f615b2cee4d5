"""Name probes: short news passages that we wrote with real organisation and site names, each
listing its ORG and PARK names as written (corpus/probes/README.md). They measure how the
pipelines find names in news unlike the seed pages; METRIC and MONEY are not annotated there, so
only ORG and PARK are scored (exact spans; a pipeline's METRIC and MONEY are ignored).

A listed name is placed at its first occurrence that no longer listed name of the passage
already covers (names placed longest first, one occurrence per listing), so 市数据局 listed
beside 西宁市数据局 means a second, standalone mention. A listed name that cannot be placed is
an error naming the file and line. Writes metrics/name_probes.json and .md."""

import json
from pathlib import Path

import spacy
import typer

from .scoring import span_prf

app = typer.Typer(add_completion=False)
PROBE_LABELS = ("ORG", "PARK")


def place_names(text: str, names: dict[str, list[str]]) -> set[tuple[int, int, str]]:
    """Listed names -> char spans; ValueError names the first name that cannot be placed."""
    spans: list[tuple[int, int, str]] = []
    listed = [(name, label) for label in PROBE_LABELS for name in names.get(label, [])]
    for name, label in sorted(listed, key=lambda item: -len(item[0])):
        start = text.find(name) if name else -1
        while start >= 0 and any(start < e and s < start + len(name) for s, e, _ in spans):
            start = text.find(name, start + 1)
        if start < 0:
            raise ValueError(f"{label} {name!r} is not in the text (or not as often as listed)")
        spans.append((start, start + len(name), label))
    return set(spans)


def read_probe(path: Path) -> tuple[list[str], list[set]]:
    texts, gold = [], []
    for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        try:
            gold.append(place_names(record["text"], record))
        except (ValueError, KeyError) as error:
            raise ValueError(f"{path}:{number}: {error}") from None
        texts.append(record["text"])
    return texts, gold


def _row(name: str, pipeline: str, n: int, scores: dict) -> str:
    org, park = scores["per_label"]["ORG"], scores["per_label"]["PARK"]
    return (
        f"| {name} | {n} | {org['n_gold']} | {park['n_gold']} | {pipeline} | {org['p']:.3f} | {org['r']:.3f} "
        f"| {org['f']:.3f} | {park['p']:.3f} | {park['r']:.3f} | {park['f']:.3f} | {scores['micro_f']:.3f} |"
    )


@app.command()
def main(
    probe_dir: Path = typer.Argument(..., help="corpus/probes: one JSONL file per probe"),
    output: Path = typer.Argument(..., help="metrics/name_probes.json (and .md beside it)"),
    pipelines: list[str] = typer.Argument(..., help="name=path pairs, e.g. rules=training/rules"),
):
    probes = {path.stem: read_probe(path) for path in sorted(probe_dir.glob("*.jsonl"))}
    for name, (texts, gold) in probes.items():
        typer.echo(f"{name}: {len(texts)} passages, {sum(map(len, gold))} names kept, none dropped")
    results: dict = {"probes": {}, "pooled": {}}
    rows = [
        "| probe | passages | ORG | PARK | pipeline | ORG P | ORG R | ORG F | PARK P | PARK R | PARK F | micro F |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    pooled_rows = []
    for pair in pipelines:
        pipeline, path = pair.split("=", 1)
        nlp = spacy.load(path)
        all_gold, all_pred = [], []
        for name, (texts, gold) in probes.items():
            pred = [
                {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in PROBE_LABELS}
                for doc in nlp.pipe(texts)
            ]
            scores = span_prf(gold, pred, labels=PROBE_LABELS)
            results["probes"].setdefault(name, {})[pipeline] = scores
            rows.append(_row(name, pipeline, len(texts), scores))
            all_gold += gold
            all_pred += pred
        pooled = span_prf(all_gold, all_pred, labels=PROBE_LABELS)
        results["pooled"][pipeline] = pooled
        pooled_rows.append(_row("all", pipeline, len(all_gold), pooled))
        typer.echo(f"{pipeline}: pooled ORG+PARK micro F {pooled['micro_f']:.3f}")
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    note = (
        "\nName probes (corpus/probes): ORG and PARK only, exact spans; METRIC and MONEY are not "
        "annotated there and are ignored. Which probes the rules were designed on, and which were "
        "blind when first scored: corpus/probes/README.md.\n"
    )
    output.with_suffix(".md").write_text("\n".join(rows + pooled_rows) + "\n" + note, encoding="utf8")


if __name__ == "__main__":
    app()
