"""The pkuseg user dictionary: ORG and PARK names from the TRAIN split plus domain terms, in the
tokenizer's normalised form (the segmenter sees normalised text)."""

from pathlib import Path

import typer

from xn_model.normalize import normalize_text

from .corpus import Corpus

app = typer.Typer(add_completion=False)


def read_terms(path: Path) -> set[str]:
    """Domain terms: one a line, # for comments."""
    return {t.strip() for t in path.read_text(encoding="utf8").splitlines() if t.strip() and not t.startswith("#")}


def userdict_words(passages, terms: set[str]) -> tuple[set[str], list[str]]:
    """(the passages' ORG and PARK names, the dictionary's words: names and terms normalised)."""
    names = {p.text[s:e] for p in passages for s, e, label in p.spans if label in ("ORG", "PARK")}
    return names, sorted({normalize_text(w) for w in names | terms})


@app.command()
def main(
    passages: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl"),
    article_topics: Path = typer.Argument(..., help="corpus/annotations/articles.jsonl"),
    splits: Path = typer.Argument(..., help="corpus/splits.json"),
    domain_terms: Path = typer.Argument(..., help="One domain word a line, written by us"),
    output: Path = typer.Argument(..., help="corpus/userdict.txt"),
):
    corpus = Corpus.load(passages, article_topics, splits)
    terms = read_terms(domain_terms)
    names, words = userdict_words(corpus.in_split("train"), terms)
    output.write_text("\n".join(words) + "\n", encoding="utf8")
    typer.echo(f"user dictionary: {len(names)} train ORG/PARK names + {len(terms)} domain terms -> {len(words)} words")


if __name__ == "__main__":
    app()
