"""Build the installable `xn_model` wheel from a trained pipeline.

`spacy package` always prefixes the language (zh_xn_model), so we lay the package out the same
way spacy package does (meta.json plus a data directory beside __init__.py, loaded with
spacy.util.load_model_from_init_py) but under the module name xn_model, with the runtime
modules of this project copied in and a console script."""
import json
import shutil
import subprocess
import sys
from pathlib import Path
from string import Template

import spacy
import typer

import xn_project

app = typer.Typer(add_completion=False)

RUNTIME_MODULES = ("normalize", "tokenizer", "values", "rules", "components", "cli")
REQUIREMENTS = ("spacy>=3.8,<3.9", "spacy-pkuseg>=1,<2", "opencc-python-reimplemented>=0.1.7", "typer>=0.9")


def package_meta(model: Path, name: str, version: str, metrics: Path | None) -> dict:
    meta = spacy.util.load_meta(model / "meta.json")
    meta.update({
        "name": name, "version": version, "requirements": list(REQUIREMENTS),
        "description": "Chinese NER (ORG, PARK, METRIC, MONEY) with normalised amounts and a topic "
        "classifier for Xining and Qinghai local news",
        "license": "CC BY-SA 4.0", "author": "xn_model project",
    })
    if metrics and metrics.exists():
        meta["performance"] = json.loads(metrics.read_text(encoding="utf8"))
        meta["performance_split"] = "test"
    return meta


@app.command()
def main(
    model: Path = typer.Argument(..., help="Trained pipeline, e.g. training/pkuseg/model-best"),
    templates: Path = typer.Argument(..., help="package/ (pyproject and __init__ templates, model card)"),
    output_dir: Path = typer.Argument(..., help="Where the package source and the wheel go"),
    version: str = typer.Option("0.1.0"),
    metrics: Path = typer.Option(None, help="Test-split scores to record in meta.json"),
    name: str = typer.Option("xn_model"),
):
    meta = package_meta(model, name, version, metrics)
    data_dir = f"{meta['lang']}_{name}-{version}"  # the name load_model_from_init_py looks for
    root = output_dir / f"{name}-{version}"
    shutil.rmtree(root, ignore_errors=True)
    module = root / name
    shutil.copytree(model, module / data_dir)
    (module / data_dir / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf8")
    (module / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf8")
    source = Path(xn_project.__file__).parent
    for runtime in RUNTIME_MODULES:
        shutil.copy(source / f"{runtime}.py", module / f"{runtime}.py")
    shutil.copy(templates / "__init__.py.tmpl", module / "__init__.py")
    pyproject = Template((templates / "pyproject.toml.tmpl").read_text(encoding="utf8")).substitute(
        version=version, description=meta["description"], license=meta["license"], data_dir=data_dir,
        requirements=", ".join(f'"{r}"' for r in REQUIREMENTS),
    )
    (root / "pyproject.toml").write_text(pyproject, encoding="utf8")
    shutil.copy(templates / "README.md", root / "README.md")
    dist = output_dir / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist), str(root)],
        check=True,
    )
    wheel = dist / f"{name}-{version}-py3-none-any.whl"
    typer.echo(f"✔ built {wheel} ({wheel.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    app()
