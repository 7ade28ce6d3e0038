"""The scores of the end-to-end build on each development set, measured by the shared scorer: the
floors the issues set (seeds, extra and extra2 at least 0.95; the English set at least 0.90), and one
resource per person across all of them built together (identity)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import QUERIES, SHARED

SCORER = SHARED / "eval" / "score.py"
DEV_SETS = {"seeds": ("corpus/seeds", "gold", 0.95), "extra": ("corpus/extra", "gold/extra", 0.95),
            "extra2": ("corpus/extra2", "gold/extra2", 0.95), "en": ("corpus/en", "gold/en", 0.90)}
present = pytest.mark.skipif(not SCORER.exists() or not all((SHARED / c).is_dir() for c, _, _ in DEV_SETS.values()),
                             reason="shared corpora and scorer not present")


def score(graph, gold, *extra: str) -> dict:
    result = subprocess.run([sys.executable, str(SCORER), "--graph", str(graph), "--gold", str(gold),
                             "--queries", str(QUERIES), "--json", *extra],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@present
@pytest.mark.parametrize("name", list(DEV_SETS))
def test_development_set_score(name, tmp_path):
    from kg.pipeline import build

    corpus, gold, floor = DEV_SETS[name]
    build([SHARED / corpus], tmp_path / "graph.trig")
    report = score(tmp_path / "graph.trig", SHARED / gold)
    assert report["overall_f1"] >= floor, report
    for kind in ("officials", "events", "partnerships", "commitments"):
        assert report[kind]["f1"] >= 0.75, (kind, report[kind])


COLLECTED = Path(__file__).parent / "collected"
# a little below what each reads now; the others: 0.85
COLLECTED_FLOORS = {"round29/vi": 0.80, "round29/en": 0.75, "round30/vi": 0.80, "round30/en": 0.75,
                    "round31/vi": 0.82, "round31/en": 0.80, "round33/en": 0.82}


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not present")
@pytest.mark.parametrize("folder", sorted(str(p.relative_to(COLLECTED)) for p in COLLECTED.glob("round*/*")))
def test_collected_set_score(folder, tmp_path):
    """The rounds of articles collected after the development sets (tests/collected/README.md) keep
    what their reading was brought to."""
    from kg.pipeline import build

    build([COLLECTED / folder / "corpus"], tmp_path / "graph.trig")
    report = score(tmp_path / "graph.trig", COLLECTED / folder / "gold")
    assert report["overall_f1"] >= COLLECTED_FLOORS.get(folder, 0.85), report


@present
def test_identity_across_development_sets(tmp_path):
    """Built together, the mentions gold says are one person are one resource, and no others."""
    from kg.pipeline import build

    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    for folder in (corpus, gold):
        folder.mkdir()
    for source, answers, _ in DEV_SETS.values():
        for article in (SHARED / source).iterdir():
            shutil.copy(article, corpus / article.name)
        for answer in (SHARED / answers).glob("*.json"):
            shutil.copy(answer, gold / answer.name)
    build([corpus], tmp_path / "graph.trig", jobs=2)
    report = score(tmp_path / "graph.trig", gold, "--identity", str(SHARED / "gold" / "identity.tsv"))
    identity = report["identity"]
    assert identity["f1"] >= 0.97 and identity["precision"] >= 0.99, identity
