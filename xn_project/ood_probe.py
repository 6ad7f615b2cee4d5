"""An out-of-domain ORG probe: how well each pipeline finds organisation names in general news it
was never trained on, the CLUENER2020 dev set (1,343 sentences of Sina news).

Gold: CLUENER's company, government and organization mentions, as ORG. CLUENER's other types
(address, scene, name, position, book, game, movie) are ignored, and so are the pipelines' PARK,
METRIC and MONEY entities. Precision is counted over the pipeline's ORG entities only: an ORG
that matches no CLUENER company/government/organization mention exactly (same start and end) is
a false positive, even where CLUENER marks the stretch as an address or scene. Recall: gold ORG
mentions found with exactly the same edges. Writes metrics/ood_probe.json and .md."""

import json
from pathlib import Path

import spacy
import typer

from .scoring import span_prf

app = typer.Typer(add_completion=False)
ORG_TYPES = ("company", "government", "organization")


def cluener_org(path: Path) -> tuple[list[str], list[set]]:
    """Texts and gold ORG spans (end exclusive) of a CLUENER file."""
    texts, gold = [], []
    for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        spans = set()
        for kind in ORG_TYPES:
            for mention, places in record.get("label", {}).get(kind, {}).items():
                for start, end in places:
                    if record["text"][start : end + 1] != mention:
                        raise ValueError(f"{path}:{number}: {mention!r} is not at [{start}, {end}]")
                    spans.add((start, end + 1, "ORG"))
        texts.append(record["text"])
        gold.append(spans)
    return texts, gold


@app.command()
def main(
    cluener_dev: Path = typer.Argument(..., help="CLUENER2020 dev.json"),
    output: Path = typer.Argument(..., help="metrics/ood_probe.json (and .md beside it)"),
    pipelines: list[str] = typer.Argument(..., help="name=path pairs, e.g. rules=training/rules"),
):
    texts, gold = cluener_org(cluener_dev)
    results = {"sentences": len(texts), "gold_org": sum(map(len, gold)), "pipelines": {}}
    for pair in pipelines:
        name, path = pair.split("=", 1)
        nlp = spacy.load(path)
        predicted = [
            {(e.start_char, e.end_char, "ORG") for e in doc.ents if e.label_ == "ORG"} for doc in nlp.pipe(texts)
        ]
        scores = span_prf(gold, predicted, labels=("ORG",))["per_label"]["ORG"]
        results["pipelines"][name] = scores
        typer.echo(f"{name}: ORG P {scores['p']:.3f} R {scores['r']:.3f} F {scores['f']:.3f}")
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    rows = ["| pipeline | ORG P | ORG R | ORG F |", "|---|---|---|---|"]
    rows += [f"| {n} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |" for n, s in results["pipelines"].items()]
    rows.append(
        f"\nCLUENER2020 dev, {results['sentences']:,} sentences, {results['gold_org']:,} company/government/"
        "organization mentions as ORG; exact spans; precision over the pipeline's ORG entities only."
    )
    output.with_suffix(".md").write_text("\n".join(rows) + "\n", encoding="utf8")


if __name__ == "__main__":
    app()
