"""Parity: the Spark engine (local[2]) writes the same rows as the local engine.

One SparkSession serves the module. Skipped, with the reason, when pyspark or Java is
missing; CI installs both (see docs/batch.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'bayan[spark]')")
pytest.importorskip("pandas", reason="pandas is not installed (pip install 'bayan[spark]'); mapInArrow needs it")


def _java_problem() -> str | None:
    java = shutil.which("java") or (
        os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else None
    )
    if not java or not os.path.exists(java):
        return "no Java runtime (java on PATH or JAVA_HOME): Spark needs Java 17+"
    try:
        subprocess.run([java, "-version"], capture_output=True, check=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"java does not run: {exc}"
    return None


if _java_problem():
    pytest.skip(_java_problem(), allow_module_level=True)

import pyarrow.parquet as pq  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from bayan.batch import read_output, read_table, run_batch  # noqa: E402
from bayan.batch.schema import SCHEMAS, TABLES  # noqa: E402

from .conftest import TASK_BYTES, sorted_rows  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    from bayan.batch.spark import spark_session

    session = spark_session(
        "local[2]",
        conf={
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "2",
            "spark.default.parallelism": "2",
            "spark.driver.memory": "1g",
        },
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def spark_output(spark, batch_inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("batch-spark") / "out"
    result = run_batch(batch_inputs["inputs"], str(out), engine="spark", spark=spark, task_bytes=TASK_BYTES)
    return out, result


@pytest.mark.parametrize("table", TABLES)
def test_same_rows_as_the_local_engine(local_output, spark_output, table):
    local, local_result = local_output
    out, result = spark_output
    assert result.counts[table] == local_result.counts[table]
    assert sorted_rows(out, table) == sorted_rows(local, table)


def test_same_file_schema_as_the_local_engine(local_output, spark_output):
    local, _ = local_output
    out, _ = spark_output
    for table in TABLES:
        spark_file = sorted((out / table).glob("part-*.parquet"))[0]
        local_file = sorted((local / table).glob("part-*.parquet"))[0]
        assert pq.read_schema(spark_file).remove_metadata() == pq.read_schema(local_file).remove_metadata() == SCHEMAS[table]


def test_same_partitions_and_records(local_output, spark_output, batch_inputs):
    local, local_result = local_output
    out, result = spark_output
    assert result.tasks == local_result.tasks > 2 and result.master == "local[2]"
    assert result.counts["articles"] >= 200 and result.counts["errors"] == batch_inputs["expected_errors"]


def test_read_output_is_the_same(local_output, spark_output):
    local, _ = local_output
    out, _ = spark_output
    key = lambda d: (d["id"], d["path"] or "", d.get("source_id") or "")  # noqa: E731
    assert sorted(read_output(str(out)), key=key) == sorted(read_output(str(local)), key=key)


def test_cli_on_spark_reuses_the_running_session(spark, batch_inputs, tmp_path, local_output):
    from bayan.cli import main

    result = CliRunner().invoke(
        main, ["batch", str(batch_inputs["pages"]), "--out", str(tmp_path / "o"), "--engine", "spark", "--master", "local[2]"]
    )
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.output and "spark engine" in result.output
    assert not spark.sparkContext._jsc.sc().isStopped(), "a session the batch did not start must stay up"
    assert read_table(str(tmp_path / "o"), "errors").num_rows == 2


def test_an_all_bad_batch_still_writes_every_table(spark, tmp_path):
    out = tmp_path / "out"
    result = run_batch([str(tmp_path / "nothing-here")], str(out), engine="spark", spark=spark)
    assert result.counts == {"articles": 0, "entities": 0, "quotes": 0, "events": 0, "errors": 1}
    for table in TABLES:
        assert read_table(str(out), table).schema == SCHEMAS[table]
    assert list(read_output(str(out))) == []
