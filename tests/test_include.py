"""The README include refresher replaces marked blocks and leaves blocks of missing files alone."""

from typer.testing import CliRunner

from xn_project.include import app


def test_include_refreshes_and_keeps_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "table.md").write_text("| a |\n|---|\n| 1 |\n", encoding="utf8")
    readme = tmp_path / "README.md"
    readme.write_text(
        "# T\n<!-- include: table.md -->\nold\n<!-- end include -->\n"
        "<!-- include: later.md -->\nkept\n<!-- end include -->\n",
        encoding="utf8",
    )
    result = CliRunner().invoke(app, [str(readme)])
    assert result.exit_code == 0, result.output
    text = readme.read_text(encoding="utf8")
    assert "| 1 |\n<!-- end include -->" in text and "old" not in text
    assert "<!-- include: later.md -->\nkept\n" in text and "not produced yet: later.md" in result.output
