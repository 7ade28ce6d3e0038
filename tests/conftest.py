from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"
QUERIES = ROOT / "queries"


@pytest.fixture(scope="session")
def sample_graph(tmp_path_factory) -> Path:
    """The bundled sample articles and the extra articles, built once for the session."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("build") / "graph.ttl"
    inputs = [EXAMPLES] + ([SHARED / "corpus" / "extra"] if (SHARED / "corpus" / "extra").is_dir() else [])
    report = build(inputs, out)
    assert report.articles_read >= 5
    return out


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    """The sample articles built as TriG (one named graph per article), for loading into a store."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("trig") / "graph.trig"
    build([EXAMPLES], out)
    return out


def facts_of(text: str, name: str = "t"):
    from kg.extract import extract
    from kg.model import Article

    return extract(Article(id=name, text=text))


sys.path.insert(0, str(ROOT))
