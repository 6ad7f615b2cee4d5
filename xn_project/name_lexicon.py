"""Organisation names as knowledge, not as annotations: the words jieba's dictionary (jieba 0.42.1,
MIT, installed with the training extra) tags `nt` (organisation), as gazetteer patterns for the
rules. They are national and international bodies, companies, universities and media (一汽集团,
暨南大学, 朝中社), the kind of names our 16 training articles cannot teach.

Kept: words of at least --min-chars characters (two-character `nt` words are mostly short forms
that are also common words). Measured with the rules pipeline (training/rules) when this was
chosen: challenge-set ORG F 0.607 -> 0.619, CLUENER2020-dev ORG F 0.239 -> 0.284, dev+test
unchanged (0.834); with two-character words dev+test dropped to 0.831."""

from pathlib import Path

import srsly
import typer

from xn_model.normalize import normalize_text

app = typer.Typer(add_completion=False)


def nt_words(dictionary: Path, min_chars: int) -> list[str]:
    """`word freq tag` lines -> the nt words, normalised, at least min_chars long."""
    words = set()
    for number, line in enumerate(dictionary.read_text(encoding="utf8").splitlines(), 1):
        parts = line.split()
        if len(parts) != 3:
            raise ValueError(f"{dictionary}:{number}: expected 'word frequency tag', got {line!r}")
        if parts[2] == "nt" and len(parts[0]) >= min_chars:
            words.add(normalize_text(parts[0]))
    return sorted(words)


def jieba_dictionary() -> Path:
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


@app.command()
def main(
    output: Path = typer.Argument(..., help="training/lexicon/org_names.jsonl (span_ruler-style patterns)"),
    dictionary: Path = typer.Option(None, help="jieba's dict.txt (default: the installed jieba's)"),
    min_chars: int = typer.Option(3, min=1),
):
    source = dictionary or jieba_dictionary()
    words = nt_words(source, min_chars)
    output.parent.mkdir(parents=True, exist_ok=True)
    srsly.write_jsonl(output, [{"label": "ORG", "pattern": w} for w in words])
    typer.echo(f"{source}: {len(words)} nt words of {min_chars}+ characters -> {output}")


if __name__ == "__main__":
    app()
