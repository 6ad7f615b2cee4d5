"""`xn-model spark-extract` on a real local Spark (local[2]) with the pipeline architecture that
ships (tests/conftest.py): its entity and document rows are those of `xn-model extract` on the same
input, malformed records land in errors/ without failing the job, .txt and Parquet inputs, and a
rerun replaces the tables. Skipped without pyspark or Java; CI installs both."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("pyspark", reason="spark-extract needs pyspark: pip install 'xn_model[spark]'")
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime (17+) on PATH")

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from xn_model.cli import app  # noqa: E402
from xn_model.spark import run_spark_extract, spark_session  # noqa: E402

ROOT = Path(__file__).parent.parent
runner = CliRunner()
# each malformed line, and the reason `xn-model extract` gives for it
MALFORMED = {
    b'{"id": "no-text", "body": "x"}': "field 'text' missing",
    b'{"id": "number", "text": 17}': "field 'text' is not a string (int)",
    b'{"id": "surrogate", "text": "\\ud800abc"}': "field 'text' has a lone surrogate at offset 0",
    b'{"id": "cut", "text": "abc': "invalid JSON",
    '{"id": "gbk", "text": "西宁"}'.encode("gbk"): "not UTF-8",
}


@pytest.fixture(scope="module")
def model(shipped_nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "pipeline"
    shipped_nlp.to_disk(path)
    return str(path)


@pytest.fixture
def spark():
    # the active session, or a new one if a test (the command) stopped it
    session = spark_session("local[2]")
    # splits of 16 KB: a file is read in several pieces, whose line numbers must run on
    session.conf.set("spark.sql.files.maxPartitionBytes", "16384")
    yield session
    session.conf.unset("spark.sql.files.maxPartitionBytes")


@pytest.fixture(scope="module")
def passages():
    lines = (ROOT / "corpus" / "annotations" / "passages.jsonl").read_text(encoding="utf8").splitlines()
    return [json.loads(line)["text"] for line in lines]


def archive(folder: Path, passages: list[str]) -> Path:
    """Two JSONL files: every passage twice (under its own id), an empty text, a blank line and the
    malformed lines; a few hundred documents in all."""
    folder.mkdir()
    records = [json.dumps({"id": f"p{i}", "text": t}, ensure_ascii=False).encode() for i, t in enumerate(passages * 2)]
    records.insert(5, b'{"id": "empty", "text": ""}')
    records.insert(9, b"")
    half = len(records) // 2
    (folder / "a.jsonl").write_bytes(b"\n".join(records[:half] + list(MALFORMED)[:2]) + b"\n")
    (folder / "b.jsonl").write_bytes(b"\n".join(list(MALFORMED)[2:] + records[half:]) + b"\n")
    return folder


def table(path: Path) -> pa.Table:
    return pq.read_table(path) if path.is_file() else pq.ParquetDataset(path).read()


def rows(path: Path, drop: tuple = ()) -> list[dict]:
    return sorted(
        ({k: v for k, v in row.items() if k not in drop} for row in table(path).to_pylist()),
        key=lambda row: json.dumps(row, sort_keys=True, ensure_ascii=False),
    )


def extract(inputs: list[Path], output: Path, model: str, *options: str) -> None:
    args = ["extract", *map(str, inputs), "-o", str(output), "--model", model, "--skip-errors", *options]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output


def test_jsonl_rows_equal_those_of_extract(spark, model, passages, tmp_path):
    inputs = archive(tmp_path / "archive", passages)
    out = tmp_path / "tables"
    counts = run_spark_extract(spark, inputs, out, fmt="jsonl", model=model, partitions=3)
    extract(sorted(inputs.glob("*.jsonl")), tmp_path / "ref.parquet", model)
    reference = rows(tmp_path / "ref.documents.parquet")
    bad = [row for row in reference if row["error"] is not None]
    good = [{k: v for k, v in row.items() if k != "error"} for row in reference if row["error"] is None]

    entities = rows(tmp_path / "ref.parquet")
    assert counts == {"documents": 2 * len(passages) + 1, "entities": len(entities), "errors": 5}
    assert len(good) == counts["documents"] and len(entities) > 100
    assert rows(out / "entities") == entities
    assert rows(out / "documents") == good
    # the same columns, in the same order, with the same types
    for spark_table, extract_table in (("entities", "ref.parquet"), ("documents", "ref.documents.parquet")):
        expected = table(tmp_path / extract_table).schema
        assert table(out / spark_table).schema.remove_metadata() == pa.schema(
            [field for field in expected if field.name != "error"]
        )
    empty = next(row for row in good if row["id"] == "empty")
    assert empty["text_length"] == 0 and empty["topic"] is None

    # every malformed record in errors/, with the place and reason `xn-model extract` gives it
    errors = table(out / "errors")
    assert errors.column_names == ["id", "where", "error"]
    assert {e["where"]: e["error"] for e in errors.to_pylist()} == {row["where"]: row["error"] for row in bad}
    for line, reason in MALFORMED.items():
        error = next(e for e in errors.to_pylist() if e["error"].startswith(reason))
        parsed = line.startswith(b"{") and line.endswith(b"}") and reason != "not UTF-8"
        assert error["id"] == (json.loads(line)["id"] if parsed else error["where"])


def test_parquet_input_rows_and_errors(spark, model, passages, tmp_path):
    texts = passages[:40]
    ids = list(range(len(texts)))
    ids[3] = None  # no id: its place is its id
    path = tmp_path / "archive.parquet"
    # and a last row whose text is null: a malformed record
    pq.write_table(pa.table({"id": pa.array([*ids, 99], pa.int64()), "text": [*texts, None]}), path, row_group_size=16)
    out = tmp_path / "tables"
    counts = run_spark_extract(spark, path, out, model=model)
    # the same records as JSONL for `xn-model extract`, with the ids Spark gives them
    same = tmp_path / "same.jsonl"
    ids = [f"{path}:{row}" if i is None else str(i) for row, i in enumerate(ids)]
    same.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, texts)), encoding="utf8")
    extract([same], tmp_path / "ref.parquet", model)

    assert counts["documents"] == len(texts) and counts["errors"] == 1
    assert rows(out / "entities", drop=("where",)) == rows(tmp_path / "ref.parquet", drop=("where",))
    assert rows(out / "documents", drop=("where",)) == rows(tmp_path / "ref.documents.parquet", drop=("where", "error"))
    assert {row["where"] for row in rows(out / "documents")} == {f"{path}:{row}" for row in range(len(texts))}
    [error] = rows(out / "errors")
    assert error == {"id": "99", "where": f"{path}:{len(texts)}", "error": "field 'text' is not a string (NoneType)"}


def test_command_reads_txt_files_and_replaces_earlier_tables(model, passages, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(4):  # articles of several paragraphs, cut into chunks by --max-chars 300
        (pages / f"page{number}.txt").write_text("\n".join(passages[number * 9 : number * 9 + 9]), encoding="utf8")
    (pages / "bom.txt").write_bytes("\ufeff".encode() + passages[40].encode())
    (pages / "empty.txt").write_text("", encoding="utf8")
    (pages / "gbk.txt").write_bytes(passages[41].encode("gbk", errors="replace"))
    out = tmp_path / "tables"
    (out / "entities").mkdir(parents=True)
    pq.write_table(pa.table({"id": ["left by an earlier run"]}), out / "entities" / "part-0.parquet")

    args = [str(pages), str(out), "--format", "txt", "--master", "local[2]", "--model", model, "--max-chars", "300"]
    result = runner.invoke(app, ["spark-extract", *args])
    assert result.exit_code == 0, result.output
    assert "6 document(s) written" in result.output and "1 malformed" in result.output
    extract(sorted(pages.glob("*.txt")), tmp_path / "ref.parquet", model, "--max-chars", "300")
    reference = rows(tmp_path / "ref.documents.parquet")

    assert rows(out / "entities") == rows(tmp_path / "ref.parquet")  # and the earlier row is gone
    assert rows(out / "documents") == [
        {k: v for k, v in r.items() if k != "error"} for r in reference if not r["error"]
    ]
    [bad] = [r for r in reference if r["error"]]
    assert rows(out / "errors") == [{"id": "gbk.txt", "where": str(pages / "gbk.txt"), "error": bad["error"]}]
