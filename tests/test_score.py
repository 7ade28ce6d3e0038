"""The score floor of the end-to-end build, measured by the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import QUERIES, SHARED

KINDS = ("officials", "events", "partnerships", "commitments")


def score(graph, gold) -> dict:
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--graph", str(graph),
                             "--gold", str(gold), "--queries", str(QUERIES), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared scorer not present")
@pytest.mark.parametrize("gold", ["gold", "gold/extra"])
def test_score_floor(sample_graph, gold):
    report = score(sample_graph, SHARED / gold)
    assert report["overall_f1"] >= 0.90, report
    for kind in KINDS:
        assert report[kind]["f1"] >= 0.80, (kind, report[kind])
