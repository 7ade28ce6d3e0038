"""The per-article work on a local Dask cluster gives the same graph as the local build."""

from __future__ import annotations

from conftest import EXAMPLES

from kg.pipeline import build, build_partitioned


def test_local_dask_cluster_gives_the_same_graph(tmp_path):
    local = tmp_path / "local.nq"
    build([EXAMPLES], local, jobs=1)
    report = build_partitioned([EXAMPLES], tmp_path / "parts", "local", partition=4)
    parts = sorted((tmp_path / "parts").glob("*.nq"))
    assert [p.name for p in parts] == ["part-00000.nq", "part-00001.nq", "part-00002.nq", "shared.nq",
                                       "vocabulary.nq"]
    quads = sorted(line for p in parts for line in p.read_text(encoding="utf-8").splitlines())
    assert quads == sorted(local.read_text(encoding="utf-8").splitlines())
    assert report.articles_read == 10 and not report.violations
