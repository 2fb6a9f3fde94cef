"""Run dbt against the `spark` target's local session, Python models included.

(Not named dbt_*: dbt imports every module on the path whose name starts with dbt_ as a plugin.)

Usage: python scripts/run_on_spark.py build --target spark --vars "{...}"   (any dbt command and flags)

dbt-spark runs a Python model only by sending it to a Databricks cluster (its `job_cluster` and
`all_purpose_cluster` submission methods). Its `session` connection method runs Spark inside
the dbt process, where there is no cluster to send to: this wrapper adds a `session` submission
method that runs the model's compiled code in that same Spark session, then starts dbt's own
command line unchanged. On Databricks, run `dbt` itself: the project's Python models take the
same code path there (`dbt.ref()` is a Spark DataFrame, `session` is the SparkSession).
"""
from __future__ import annotations

import logging
import os
import sys
from typing import Any


def session_job_helper() -> type:
    """dbt-spark's PythonJobHelper for the session method: runs a compiled Python model in the
    Spark session that dbt-spark opened (imported here, so that --help needs no dbt-spark)."""
    from dbt.adapters.base.impl import PythonJobHelper

    class SessionPythonJobHelper(PythonJobHelper):
        def __init__(self, parsed_model: dict, credentials: Any) -> None:
            self.path = parsed_model.get("original_file_path", parsed_model.get("name", "python model"))

        def submit(self, compiled_code: str) -> Any:
            from pyspark.sql import SparkSession

            spark = SparkSession.getActiveSession() or SparkSession.builder.getOrCreate()
            namespace: dict[str, Any] = {"__name__": "dbt_python_model", "spark": spark}
            exec(compile(compiled_code, self.path, "exec"), namespace)  # noqa: S102 - dbt's own compiled model
            return None

    return SessionPythonJobHelper


def write_text_file(path: str, text: str) -> str:
    """Write `text` to `path` (a file of the drop's output folder), replacing it. Returns the path."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return path


def install_session_functions() -> None:
    """Give each session dbt opens the file functions the project's Spark macros call.

    Spark SQL cannot write one named file (it writes folders of part files), and a hook is SQL:
    `drop_hygiene_write_text_file(path, text)` writes DROP_FAILED.txt for report_build_outcome.
    They are registered on the session once dbt has created it with the profile's settings.
    """
    from dbt.adapters.spark import session as spark_session
    from pyspark.sql import SparkSession

    execute = spark_session.Cursor.execute
    registered: set[int] = set()

    def execute_then_register(self: Any, sql: str, *parameters: Any) -> None:
        try:
            execute(self, sql, *parameters)
        finally:
            active = SparkSession.getActiveSession()
            if active is not None and id(active) not in registered:
                active.udf.register("drop_hygiene_write_text_file", write_text_file, "string")
                registered.add(id(active))

    spark_session.Cursor.execute = execute_then_register  # type: ignore[method-assign]


def install_session_submission() -> None:
    """Make `session` a submission method of dbt-spark, and the default for the session method."""
    from dbt.adapters.spark.impl import SparkAdapter

    helper = session_job_helper()
    helpers = SparkAdapter.python_submission_helpers.fget  # type: ignore[attr-defined]
    default = SparkAdapter.default_python_submission_method.fget  # type: ignore[attr-defined]

    def python_submission_helpers(self: Any) -> dict:
        return {**helpers(self), "session": helper}

    def default_python_submission_method(self: Any) -> str:
        method = getattr(self.connections.profile.credentials, "method", None)
        return "session" if str(method) in ("session", "SparkConnectionMethod.SESSION") else default(self)

    SparkAdapter.python_submission_helpers = property(python_submission_helpers)  # type: ignore[assignment]
    SparkAdapter.default_python_submission_method = property(  # type: ignore[assignment]
        default_python_submission_method)


def main(argv: list[str]) -> int:
    if argv[:1] in (["-h"], ["--help"]):
        print(__doc__)
        return 0
    install_session_submission()
    install_session_functions()
    # Spark's Python workers run this interpreter (the one with pyspark installed)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # pyspark logs every failed statement with its Java stack as JSON; dbt reports the error itself
    logging.getLogger("SQLQueryContextLogger").setLevel(logging.CRITICAL)
    from dbt.cli.main import cli

    sys.argv = ["dbt", *argv]
    cli()  # exits with dbt's own exit code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
