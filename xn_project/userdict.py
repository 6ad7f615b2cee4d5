"""The pkuseg user dictionary: ORG and PARK names from the TRAIN split plus domain terms, in the
tokenizer's normalised form (the segmenter sees normalised text)."""

from pathlib import Path

import typer

from xn_model.normalize import normalize_text

from .corpus import Corpus

app = typer.Typer(add_completion=False)


@app.command()
def main(
    passages: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl"),
    article_topics: Path = typer.Argument(..., help="corpus/annotations/articles.jsonl"),
    splits: Path = typer.Argument(..., help="corpus/splits.json"),
    domain_terms: Path = typer.Argument(..., help="One domain word a line, written by us"),
    output: Path = typer.Argument(..., help="corpus/userdict.txt"),
):
    corpus = Corpus.load(passages, article_topics, splits)
    names = {p.text[s:e] for p in corpus.in_split("train") for s, e, label in p.spans if label in ("ORG", "PARK")}
    terms = {line.strip() for line in domain_terms.read_text(encoding="utf8").splitlines()}
    terms = {t for t in terms if t and not t.startswith("#")}
    words = sorted({normalize_text(w) for w in names | terms})
    output.write_text("\n".join(words) + "\n", encoding="utf8")
    typer.echo(f"user dictionary: {len(names)} train ORG/PARK names + {len(terms)} domain terms -> {len(words)} words")


if __name__ == "__main__":
    app()
