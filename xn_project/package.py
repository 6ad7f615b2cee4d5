"""Build the installable `xn_model` wheel: the repository's `xn_model/` source tree, unchanged, with
the trained pipeline added beside it.

`spacy package` always prefixes the language (zh_xn_model), so we lay the package out the way it
does (meta.json plus a data folder beside __init__.py, loaded with
spacy.util.load_model_from_init_py) under the module name xn_model. The wheel's pyproject is
generated from the project's pyproject.toml: its requirements are the project's `dependencies`,
its entry points and scripts those that point into xn_model. Nothing about the wheel is written
twice."""

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import spacy
import typer

app = typer.Typer(add_completion=False)

PACKAGE = "xn_model"
DESCRIPTION = (
    "Chinese NER (ORG, PARK, METRIC, MONEY) with normalised amounts and a topic classifier for "
    "Xining and Qinghai local news"
)
LICENSE = "CC BY-SA 4.0"


def wheel_project(project: dict, version: str) -> dict:
    """The wheel's [project] table from the repository's: runtime requirements, and the entry
    points and scripts whose target is inside xn_model."""
    ours = project["project"]

    def shipped(table: dict) -> dict:
        return {name: target for name, target in table.items() if target.startswith(f"{PACKAGE}.")}

    entry_points = {group: shipped(table) for group, table in ours.get("entry-points", {}).items()}
    return {
        "name": PACKAGE,
        "version": version,
        "description": DESCRIPTION,
        "readme": "README.md",
        "requires-python": ">=3.11",
        "license": {"text": LICENSE},
        "dependencies": list(ours["dependencies"]),
        "optional-dependencies": {"parquet": list(ours["optional-dependencies"]["parquet"])},
        "scripts": shipped(ours.get("scripts", {})),
        "entry-points": {group: table for group, table in entry_points.items() if table},
    }


def toml_value(value) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def wheel_pyproject(table: dict, data_dir: str) -> str:
    """A pyproject.toml for the wheel (TOML written by hand: the standard library only reads it)."""
    lines = ['[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n', "[project]"]
    nested = {key: table[key] for key in ("optional-dependencies", "scripts", "entry-points")}
    lines += [f"{key} = {toml_value(value)}" for key, value in table.items() if key not in nested]
    lines.append("\n[project.optional-dependencies]")
    lines += [f"{key} = {toml_value(value)}" for key, value in nested["optional-dependencies"].items()]
    lines.append("\n[project.scripts]")
    lines += [f"{json.dumps(key)} = {toml_value(value)}" for key, value in nested["scripts"].items()]
    for group, entries in nested["entry-points"].items():
        lines.append(f"\n[project.entry-points.{group}]")
        lines += [f"{json.dumps(key)} = {toml_value(value)}" for key, value in entries.items()]
    lines.append(
        f'\n[tool.setuptools]\ninclude-package-data = true\n\n[tool.setuptools.packages.find]\ninclude = ["{PACKAGE}*"]'
    )
    lines.append(f'\n[tool.setuptools.package-data]\n{PACKAGE} = ["meta.json", "{data_dir}/**/*"]\n')
    return "\n".join(lines)


def shipped_performance(benchmark: Path) -> dict:
    """The scores of what ships (the hybrid) on the test split, from metrics/benchmark.json."""
    figures = json.loads(benchmark.read_text(encoding="utf8"))
    ner = figures["ner"]["test"]["hybrid"]
    topics = figures["topics"]["test"]["paragraph"]["model"]
    return {
        "ents_p": ner["micro_p"],
        "ents_r": ner["micro_r"],
        "ents_f": ner["micro_f"],
        "ents_per_type": {label: {k: s[k] for k in ("p", "r", "f")} for label, s in ner["per_label"].items()},
        "cats_paragraph_accuracy": topics["accuracy"],
        "cats_macro_f": topics["macro_f"],
    }


def package_meta(model: Path, version: str, benchmark: Path, requirements: list[str]) -> dict:
    meta = spacy.util.load_meta(model / "meta.json")
    meta.update(
        {
            "name": PACKAGE,
            "version": version,
            "requirements": requirements,
            "description": DESCRIPTION,
            "license": LICENSE,
            "author": "xn_model project",
            # what ships is the hybrid (trained model + rules): its entity scores, measured on the
            # test split by `spacy project run benchmark`, replace the trained model's alone
            "performance": shipped_performance(benchmark),
            "performance_split": "test (corpus/splits.json), character-exact spans, metrics/benchmark.json",
        }
    )
    return meta


@app.command()
def main(
    model: Path = typer.Argument(..., help="The pipeline to ship, e.g. training/hybrid"),
    source: Path = typer.Argument(..., help="The runtime package's source tree (xn_model/)"),
    model_card: Path = typer.Argument(..., help="The README that goes into the wheel"),
    pyproject: Path = typer.Argument(..., help="The project's pyproject.toml (requirements, entry points)"),
    benchmark: Path = typer.Argument(..., help="metrics/benchmark.json: the shipped pipeline's test scores"),
    build_dir: Path = typer.Argument(..., help="Where the wheel's source tree is assembled (build/)"),
    dist: Path = typer.Argument(..., help="Where the wheel goes (dist/)"),
    version: str = typer.Option("0.1.0"),
):
    table = wheel_project(tomllib.loads(pyproject.read_text(encoding="utf8")), version)
    meta = package_meta(model, version, benchmark, table["dependencies"])
    data_dir = f"{meta['lang']}_{PACKAGE}-{version}"  # the name load_model_from_init_py looks for
    root = build_dir / f"{PACKAGE}-{version}"
    shutil.rmtree(root, ignore_errors=True)
    module = root / PACKAGE
    shutil.copytree(source, module, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copytree(model, module / data_dir)
    for meta_path in (module / data_dir / "meta.json", module / "meta.json"):
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf8")
    (root / "pyproject.toml").write_text(wheel_pyproject(table, data_dir), encoding="utf8")
    shutil.copy(model_card, root / "README.md")
    dist.mkdir(parents=True, exist_ok=True)
    wheel = dist / f"{PACKAGE}-{version}-py3-none-any.whl"
    wheel.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(root)],
        check=True,
    )
    typer.echo(f"✔ built {wheel} ({wheel.stat().st_size / 1e6:.1f} MB) from {source} and {model}")


if __name__ == "__main__":
    app()
