"""The layout holds: xn_project imports xn_model and never the reverse; every workflow step lists
the code it runs in its deps (so weasel reruns exactly what a change affects); the wheel's
pyproject comes from the project's one, and everything it names exists."""

import ast
import re
import subprocess
import sys
import tomllib
from importlib import import_module
from importlib.metadata import distribution, packages_distributions
from pathlib import Path

import pytest
import srsly
from packaging.requirements import Requirement

from xn_project.package import wheel_project, wheel_pyproject

ROOT = Path(__file__).parent.parent
RUNTIME_FILES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "xn_model").rglob("*.py"))
PROJECT = srsly.read_yaml(ROOT / "project.yml")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf8"))


def imports_of(path: Path) -> set[str]:
    """Absolute module names a source file imports (relative imports resolved)."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                names.add(f"{base}.{node.module}" if node.module else base)
                if not node.module:
                    names.update(f"{base}.{alias.name}" for alias in node.names)
            else:
                names.add(node.module)
    return names


def module_file(name: str) -> Path | None:
    for candidate in (ROOT / Path(*name.split(".")).with_suffix(".py"), ROOT / Path(*name.split(".")) / "__init__.py"):
        if candidate.exists():
            return candidate
    return None


def project_files_read_by(module: str) -> set[str]:
    """The project's own source files that running `python -m module` imports, transitively."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        path = module_file(todo.pop())
        if path is None or str(path.relative_to(ROOT)) in seen:
            continue
        seen.add(str(path.relative_to(ROOT)))
        if path.relative_to(ROOT).parts[0] == "xn_model":
            todo.append("xn_model")  # importing any runtime module runs xn_model/__init__.py
        todo += [name for name in imports_of(path) if name.split(".")[0] in ("xn_model", "xn_project")]
    return seen


def test_runtime_never_imports_the_workflow():
    for path in (ROOT / "xn_model").rglob("*.py"):
        assert not any(name.startswith("xn_project") for name in imports_of(path)), path


@pytest.mark.parametrize("command", PROJECT["commands"], ids=lambda c: c["name"])
def test_command_deps_list_the_code_it_runs(command):
    deps = set(command.get("deps", []))
    needed: set[str] = set()
    for line in command["script"]:
        python_module = re.search(r"python -m (xn_project\.\w+)", line)
        if python_module:
            needed |= project_files_read_by(python_module.group(1))
        if re.search(r"python -m spacy (train|evaluate|assemble|package)", line):
            needed |= set(RUNTIME_FILES)  # the pipeline's code comes from xn_model's entry points
    if any(f.startswith("xn_model/") for f in needed):
        needed |= set(RUNTIME_FILES)
    needed.discard("xn_project/__init__.py")
    assert needed <= deps, f"{command['name']} runs code it does not list in deps: {sorted(needed - deps)}"


def test_workflow_steps_exist_and_outputs_are_ignored_by_git():
    names = {c["name"] for c in PROJECT["commands"]}
    for steps in PROJECT["workflows"].values():
        assert set(steps) <= names
    # git itself says so (a pattern "/training" also covers a link of that name, as a worktree has)
    generated = ["training/model", "training", "build/x", "dist/x", "assets/pd98", "assets"]
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", *generated], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert sorted(result.stdout.split()) == sorted(generated)


WHEEL = wheel_project(PYPROJECT, "0.0.1")


def test_wheel_pyproject_is_generated_from_the_project_one():
    text = wheel_pyproject(WHEEL, "zh_xn_model-0.0.1")
    parsed = tomllib.loads(text)["project"]
    assert parsed["dependencies"] == PYPROJECT["project"]["dependencies"]
    assert parsed["scripts"] == {"xn-model": "xn_model.cli:app"}
    # the training-only reader and augmenter stay out of the wheel, every runtime entry point is in
    assert "spacy_readers" not in parsed["entry-points"] and "spacy_augmenters" not in parsed["entry-points"]
    assert set(parsed["entry-points"]["spacy_factories"]) == {
        "xn_entity_values",
        "xn_topics",
        "xn_entity_rules",
        "xn_rule_candidates",
        "xn_span_entities",
    }
    assert "xn.candidate_suggester.v1" in parsed["entry-points"]["spacy_misc"]
    assert set(parsed["entry-points"]["spacy_layers"]) == {"xn.SpanFeatures.v1"}
    assert set(parsed["entry-points"]["spacy_architectures"]) == {"xn.SpanFeatureEmbed.v1"}


def test_entry_points_of_the_wheel_resolve():
    targets = list(WHEEL["scripts"].values()) + [t for group in WHEEL["entry-points"].values() for t in group.values()]
    for target in targets:
        module, attr = target.split(":")
        assert callable(getattr(import_module(module), attr)), target


def requirement_closure(requirements: list[str]) -> set[str]:
    """Every distribution the requirements pull in (as installed here), by normalised name."""
    norm = lambda name: re.sub(r"[-_.]+", "-", name).lower()  # noqa: E731
    todo = [re.split(r"[<>=!~;\[ ]", r)[0] for r in requirements]
    seen: set[str] = set()
    while todo:
        name = norm(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        for req in map(Requirement, distribution(name).requires or []):
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def test_runtime_imports_only_the_wheels_requirements():
    """Top-level imports of xn_model are the standard library, xn_model itself, or modules of the
    wheel's requirements (and what they require). Optional extras are imported inside functions."""
    allowed = requirement_closure(WHEEL["dependencies"])
    providers = packages_distributions()
    for path in (ROOT / "xn_model").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf8"))
        for node in tree.body:  # module level only: function-level imports are optional extras
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "xn_model":
                    continue
                dists = {re.sub(r"[-_.]+", "-", d).lower() for d in providers.get(top, [])}
                assert dists & allowed, f"{path.relative_to(ROOT)} imports {name}, not in the wheel's requirements"
