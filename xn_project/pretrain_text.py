"""People's Daily 1998 as raw text for `spacy pretrain`: one JSON line a paragraph, its words (as
PD98 segments them, the segmentation our segmenter learned) joined by spaces and normalised as the
tokenizer normalises them (half-width digits and letters), so that a whitespace tokenizer gives the
pretraining the words the pipeline will see."""

import json
from pathlib import Path

import typer

from xn_model.normalize import normalize_text

app = typer.Typer(add_completion=False)


@app.command()
def main(
    pd98: Path = typer.Argument(..., help="assets/pd98/199801.txt (word/tag pairs)"),
    output: Path = typer.Argument(..., help="JSONL of {'text': words joined by spaces}"),
    min_words: int = typer.Option(5, help="shorter paragraphs (datelines, captions) are dropped"),
):
    kept = short = 0
    output.parent.mkdir(parents=True, exist_ok=True)
    with pd98.open(encoding="utf8") as lines, output.open("w", encoding="utf8") as out:
        for line in lines:
            words = [normalize_text(pair.rsplit("/", 1)[0]) for pair in line.split()]
            words = [word for word in words if word.strip()]
            if len(words) < min_words:
                short += 1
                continue
            out.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
            kept += 1
    typer.echo(f"✔ {output}: {kept} paragraphs kept, {short} dropped (fewer than {min_words} words)")


if __name__ == "__main__":
    app()
