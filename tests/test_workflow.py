"""Smoke test of `spacy project run all` with tiny overrides, then the wheel installed into a
fresh virtualenv and used as a user would. Slow (a few minutes): it trains, packages and
installs."""

import csv
import json
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
# the copy lives in a temporary folder, so the external corpora are named by absolute path
EXTERNAL = (ROOT.parent / "shared" / "external").resolve()
# a tuple: weasel's parse_config_overrides empties the list it is given, and a later test would then
# run the workflow with the project's own settings (the full segmenter) and the default external path
TINY = (
    "--vars.seg_max_lines",
    "300",
    "--vars.seg_iterations",
    "1",
    "--vars.max_steps",
    "20",
    "--vars.external",
    str(EXTERNAL),
)
USER_SCRIPT = """
import json, spacy, xn_model
nlp = xn_model.load()
doc = nlp("西宁经济技术开发区管委会与中国联通青海分公司签约，总投资约17.7亿元，建成标准机柜6000架。")
same = spacy.load("xn_model")
print(json.dumps({
    # the labels the entity components can set (the model ships only where cross-validation keeps it)
    "labels": sorted({l for n in nlp.pipe_names
                      if nlp.get_pipe_meta(n).factory in ("spancat_singlelabel", "xn_entity_rules")
                      for l in nlp.get_pipe(n).labels}),
    "money": [(e.text, e._.value) for e in doc.ents if e.label_ == "MONEY"],
    "cats": sorted(doc.cats),
    "pipes": same.pipe_names,
    "text_kept": doc.text == "西宁经济技术开发区管委会与中国联通青海分公司签约，总投资约17.7亿元，建成标准机柜6000架。",
    "version": xn_model.__version__,
}))
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A copy of the project (sources only) in which the whole workflow runs with tiny settings."""
    copy = tmp_path_factory.mktemp("project")
    for name in ("project.yml", "README.md", "pyproject.toml", "configs", "package", "xn_model", "xn_project"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, copy / name)
    shutil.copytree(ROOT / "corpus", copy / "corpus", ignore=shutil.ignore_patterns("*.spacy", "pkuseg", "char"))
    run = subprocess.run(
        [sys.executable, "-m", "spacy", "project", "run", "all", str(copy), *TINY], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return copy, run.stdout


@pytest.mark.slow
def test_workflow_writes_metrics_and_wheel(project):
    copy, _ = project
    metrics = json.loads((copy / "metrics" / "pkuseg.json").read_text())
    assert set(metrics["ents_per_type"]) <= {"ORG", "PARK", "METRIC", "MONEY"}
    assert {"ents_f", "cats_macro_f"} <= set(metrics)
    convert = json.loads((copy / "metrics" / "convert_pkuseg.json").read_text())
    assert set(convert) >= {"ORG", "PARK", "METRIC", "MONEY", "all"}
    bench = json.loads((copy / "metrics" / "benchmark.json").read_text())
    assert set(bench["ner"]["test"]) == {"rules", "model", "hybrid"}
    assert (copy / "dist" / "xn_model-0.1.0-py3-none-any.whl").exists()


@pytest.mark.slow
def test_second_run_reruns_nothing(project):
    copy, _ = project
    again = subprocess.run(
        [sys.executable, "-m", "spacy", "project", "run", "all", str(copy), *TINY], capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr[-2000:]
    assert "Running command" not in again.stdout, again.stdout[-2000:]


@pytest.mark.slow
def test_wheel_ships_the_source_tree_unchanged(project):
    copy, _ = project
    with zipfile.ZipFile(copy / "dist" / "xn_model-0.1.0-py3-none-any.whl") as wheel:
        shipped = {n: wheel.read(n) for n in wheel.namelist() if n.startswith("xn_model/") and n.endswith(".py")}
    source = {str(p.relative_to(copy)): p.read_bytes() for p in (copy / "xn_model").rglob("*.py")}
    assert shipped == source


@pytest.mark.slow
def test_changing_runtime_code_rebuilds_the_wheel(project):
    """After a change to any file of xn_model/, weasel reruns the steps that run it (package among
    them) and not those that do not (the segmenter)."""
    from weasel.cli.run import check_rerun
    from weasel.util import load_project_config, parse_config_overrides

    copy, _ = project
    config = load_project_config(copy, overrides=parse_config_overrides(list(TINY)))
    commands = {c["name"]: c for c in config["commands"]}
    assert not check_rerun(copy, commands["package"])
    for runtime in ("values.py", "rules/names.py", "cli.py"):
        path = copy / "xn_model" / runtime
        original = path.read_bytes()
        try:
            path.write_bytes(original + b"\n# changed\n")
            assert check_rerun(copy, commands["package"]), runtime
            assert check_rerun(copy, commands["train"]), runtime
            assert not check_rerun(copy, commands["segmenter"]), runtime
        finally:
            path.write_bytes(original)
    assert not check_rerun(copy, commands["package"])


@pytest.mark.slow
def test_wheel_in_fresh_venv(project, tmp_path):
    copy, _ = project
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    wheel = copy / "dist" / "xn_model-0.1.0-py3-none-any.whl"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-3000:]
    # run from an empty directory, so nothing of the project can be imported by accident
    used = subprocess.run([str(python), "-c", USER_SCRIPT], capture_output=True, text=True, cwd=tmp_path)
    assert used.returncode == 0, used.stderr[-3000:]
    result = json.loads(used.stdout.strip().splitlines()[-1])
    assert result["labels"] == ["METRIC", "MONEY", "ORG", "PARK"]
    assert result["cats"] == sorted(["COMPUTE", "CULTURE", "ECOLOGY", "GOVERNMENT", "INDUSTRY", "SOCIETY"])
    assert result["text_kept"] and result["version"] == "0.1.0"
    assert "textcat" in result["pipes"] and result["money"] == [["17.7亿元", 1770000000]]
    # the console script, as an archivist would run it over a page of traditional-script text
    page = tmp_path / "page.txt"
    page.write_text("西寧經濟技術開發區總投資約１７.７億元。\n", encoding="utf8")
    cli = subprocess.run(
        [str(env_dir / "bin" / "xn-model"), "extract", str(page), "-o", str(tmp_path / "out.jsonl")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert cli.returncode == 0, cli.stderr[-3000:]
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf8").splitlines()]
    assert all(page.read_text(encoding="utf8")[e["start"] : e["end"]] == e["text"] for e in rows)
    [document] = [
        json.loads(line) for line in (tmp_path / "out.documents.jsonl").read_text(encoding="utf8").splitlines()
    ]
    assert {f"topic_{c}" for c in result["cats"]} <= set(document)
    # an archive of real news (the seed pages' passages, decimal amounts among them) and an empty
    # record, two processes, CSV out: every input is accounted for
    news = [json.loads(line) for line in (ROOT / "corpus" / "annotations" / "passages.jsonl").open(encoding="utf8")]
    archive = tmp_path / "archive.jsonl"
    records = [{"id": p["id"], "text": p["text"]} for p in news[:60]] + [{"id": "empty", "text": ""}]
    archive.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf8")
    cli = subprocess.run(
        [
            str(env_dir / "bin" / "xn-model"),
            "extract",
            str(archive),
            "-o",
            str(tmp_path / "out.csv"),
            "--n-process",
            "2",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert cli.returncode == 0, cli.stderr[-3000:]
    assert f"{len(records)} document(s) written" in cli.stderr
    with (tmp_path / "out.documents.csv").open(encoding="utf8") as handle:
        assert [row["id"] for row in csv.DictReader(handle)] == [r["id"] for r in records]
    with (tmp_path / "out.csv").open(encoding="utf8") as handle:
        amounts = [row for row in csv.DictReader(handle) if row["label"] == "MONEY" and "." in row["text"]]
    assert amounts and all(float(row["value"]) > 0 for row in amounts)


@pytest.mark.slow
def test_annotate_and_retrain(project, tmp_path):
    """The README's loop: an article annotated in Label Studio is imported and `all` retrains on it;
    it goes to train, and the test split stays what it was. (Runs last: it changes the copy.)"""
    copy, _ = project
    before = json.loads((copy / "metrics" / "convert_pkuseg.json").read_text())["passages"]
    splits = (copy / "corpus" / "splits.json").read_bytes()
    text = "西宁高新区管委会与青海星河数据有限公司签约，总投资约3.2亿元，建设标准机架2000架。"
    export = tmp_path / "export.json"
    mentions = [
        ("西宁高新区管委会", "ORG"),
        ("青海星河数据有限公司", "ORG"),
        ("3.2亿元", "MONEY"),
        ("2000架", "METRIC"),
    ]
    result = [
        {"type": "labels", "value": {"start": text.index(m), "end": text.index(m) + len(m), "labels": [label]}}
        for m, label in mentions
    ] + [{"type": "choices", "value": {"choices": ["COMPUTE"]}}]
    task = {
        "data": {"id": "new-01-01", "article_id": "new-01", "part": "body", "text": text},
        "annotations": [{"result": result}],
    }
    export.write_text(json.dumps([task], ensure_ascii=False), encoding="utf8")
    imported = subprocess.run(
        [sys.executable, "-m", "xn_project.import_annotations", str(export), "corpus/annotations/passages.jsonl", "corpus/annotations/articles.jsonl"],
        capture_output=True, text=True, cwd=copy,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr[-2000:]
    again = subprocess.run(
        [sys.executable, "-m", "spacy", "project", "run", "all", str(copy), *TINY], capture_output=True, text=True
    )
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    assert "Running command" in again.stdout and "=== train ===" in again.stdout
    after = json.loads((copy / "metrics" / "convert_pkuseg.json").read_text())["passages"]
    assert after["train"] == before["train"] + 1
    assert (after["dev"], after["test"]) == (before["dev"], before["test"])
    assert (copy / "corpus" / "splits.json").read_bytes() == splits
