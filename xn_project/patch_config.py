"""Write a training config patched with one or more partial configs (later patches win), e.g. the
config that `spacy pretrain` reads: configs/pkuseg.cfg with configs/patches/pretrain.cfg."""

from pathlib import Path

import typer

from .experiments import patched_config

app = typer.Typer(add_completion=False)


@app.command()
def main(
    base: Path = typer.Argument(..., help="configs/pkuseg.cfg"),
    output: Path = typer.Argument(..., help="Where the patched config is written"),
    patches: list[Path] = typer.Argument(..., help="Partial configs, applied in order"),
):
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(patched_config(base, *patches), encoding="utf8")
    typer.echo(f"✔ {base} + {', '.join(map(str, patches))} -> {output}")


if __name__ == "__main__":
    app()
