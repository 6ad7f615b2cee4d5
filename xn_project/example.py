"""Run the README's Python example on a pipeline and write what it prints as a markdown code block
(included in the README by `document`, so the shown output is always that of the last build)."""

from pathlib import Path

import typer

import xn_model

app = typer.Typer(add_completion=False)
EXAMPLE = "西宁经济技术开发区管委会与中国联通青海分公司签约，总投资约17.7亿元。"


@app.command()
def main(
    model: Path = typer.Argument(..., help="The pipeline the wheel ships (training/hybrid)"),
    output: Path = typer.Argument(..., help="metrics/example.md"),
):
    nlp = xn_model.load(model)
    doc = nlp(EXAMPLE)
    lines = [
        " ".join(str(v) for v in (ent.text, ent.label_, ent._.value, ent._.currency, ent._.unit_norm, ent._.approx))
        for ent in doc.ents
    ]
    lines.append(max(doc.cats, key=doc.cats.get))
    output.write_text("```\n" + "\n".join(lines) + "\n```\n", encoding="utf8")
    typer.echo("\n".join(lines))


if __name__ == "__main__":
    app()
