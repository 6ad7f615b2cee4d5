"""Refresh the generated parts of a markdown file: the text between
`<!-- include: PATH -->` and `<!-- end include -->` is replaced by the file at PATH (relative to
the project root), so the README always shows the tables of the last run."""

import re
from pathlib import Path

import typer

app = typer.Typer(add_completion=False)
BLOCK = re.compile(r"(<!-- include: (?P<path>\S+) -->\n).*?(<!-- end include -->)", re.S)


@app.command()
def main(document: Path = typer.Argument(..., help="README.md")):
    text = document.read_text(encoding="utf8")
    included, missing = [], []

    def fill(match: re.Match) -> str:
        source = Path(match.group("path"))
        if not source.exists():  # e.g. metrics/experiments.md before `spacy project run experiments`
            missing.append(str(source))
            return match.group(0)
        included.append(str(source))
        return match.group(1) + source.read_text(encoding="utf8").rstrip("\n") + "\n" + match.group(3)

    document.write_text(BLOCK.sub(fill, text), encoding="utf8")
    typer.echo(f"{document}: refreshed {len(included)} included files: {', '.join(included) or 'none'}")
    if missing:
        typer.echo(f"{document}: left as they were, not produced yet: {', '.join(missing)}")


if __name__ == "__main__":
    app()
