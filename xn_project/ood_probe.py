"""An out-of-domain ORG probe: how well each pipeline finds organisation names in general news it
was never trained on, the CLUENER2020 dev set (1,343 sentences of Sina news).

Gold: CLUENER's company, government and organization mentions, as ORG. CLUENER's other types
(address, scene, name, position, book, game, movie) are ignored, and so are the pipelines' PARK,
METRIC and MONEY entities. Precision is counted over the pipeline's ORG entities only: an ORG
that matches no CLUENER company/government/organization mention exactly (same start and end) is
a false positive, even where CLUENER marks the stretch as an address or scene. Recall: gold ORG
mentions found with exactly the same edges; with --lexicon, also apart for the mentions whose text
is an ORG name of the rules' gazetteer (which holds CLUENER train's names, and dev shares many) and
for the others, the names a pipeline must find by pattern or by what it learned. Writes
metrics/ood_probe.json and .md."""

import json
from pathlib import Path

import spacy
import srsly
import typer

from xn_model.normalize import normalize_text

from .cluener import cluener_org
from .scoring import span_prf

app = typer.Typer(add_completion=False)


@app.command()
def main(
    cluener_dev: Path = typer.Argument(..., help="CLUENER2020 dev.json"),
    output: Path = typer.Argument(..., help="metrics/ood_probe.json (and .md beside it)"),
    pipelines: list[str] = typer.Argument(..., help="name=path pairs, e.g. rules=training/rules"),
    lexicon: Path = typer.Option(None, help="training/lexicon/lexicon.jsonl: recall apart for the names it holds"),
):
    texts, gold = cluener_org(cluener_dev)
    results = {"sentences": len(texts), "gold_org": sum(map(len, gold)), "pipelines": {}}
    known = set()
    if lexicon is not None:
        known = {normalize_text(p["pattern"]) for p in srsly.read_jsonl(lexicon) if p["label"] == "ORG"}
    in_lexicon = [
        {span for span in spans if normalize_text(text[span[0] : span[1]]) in known} for text, spans in zip(texts, gold)
    ]
    results["gold_org_in_lexicon"] = sum(map(len, in_lexicon))
    for pair in pipelines:
        name, path = pair.split("=", 1)
        nlp = spacy.load(path)
        predicted = [
            {(e.start_char, e.end_char, "ORG") for e in doc.ents if e.label_ == "ORG"} for doc in nlp.pipe(texts)
        ]
        scores = span_prf(gold, predicted, labels=("ORG",))["per_label"]["ORG"]
        if lexicon is not None:
            others = [g - k for g, k in zip(gold, in_lexicon)]
            scores["r_in_lexicon"] = span_prf(in_lexicon, predicted, labels=("ORG",))["per_label"]["ORG"]["r"]
            scores["r_not_in_lexicon"] = span_prf(others, predicted, labels=("ORG",))["per_label"]["ORG"]["r"]
        results["pipelines"][name] = scores
        typer.echo(f"{name}: ORG P {scores['p']:.3f} R {scores['r']:.3f} F {scores['f']:.3f}")
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    split = lexicon is not None
    rows = ["| pipeline | ORG P | ORG R | ORG F |" + (" R, names in the gazetteer | R, other names |" if split else "")]
    rows.append("|---|---|---|---|" + ("---|---|" if split else ""))
    for n, s in results["pipelines"].items():
        extra = f" {s['r_in_lexicon']:.3f} | {s['r_not_in_lexicon']:.3f} |" if split else ""
        rows.append(f"| {n} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |{extra}")
    rows.append(
        f"\nCLUENER2020 dev, {results['sentences']:,} sentences, {results['gold_org']:,} company/government/"
        "organization mentions as ORG; exact spans; precision over the pipeline's ORG entities only."
    )
    if split:
        rows.append(
            f"{results['gold_org_in_lexicon']:,} of the mentions are written as an ORG name of the rules' gazetteer "
            f"({lexicon}: our lists, jieba's nt words and CLUENER train's names); the last two columns give recall on "
            "those and on the others."
        )
    output.with_suffix(".md").write_text("\n".join(rows) + "\n", encoding="utf8")


if __name__ == "__main__":
    app()
