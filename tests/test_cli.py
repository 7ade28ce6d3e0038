from __future__ import annotations

import json
import re

from conftest import EXAMPLES, QUERIES

from kg.cli import main


def test_build_summary_and_report(tmp_path, capsys):
    out = tmp_path / "g.ttl"
    assert main(["build", str(EXAMPLES), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Read 10 article(s) (5 en, 5 vi); skipped 0." in printed and "SHACL: conforms." in printed
    report = json.loads((tmp_path / "g.ttl.report.json").read_text())
    assert report["articles_read"] == 10 and report["languages"] == {"vi": 5, "en": 5}
    assert report["facts"]["officials"] > 0


def test_skipped_article_gives_its_own_exit_code(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text((EXAMPLES / "001_7b90b30d9061ba7f.txt").read_text())
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "out" / "g.ttl")]) == 3
    assert "empty.txt: empty file" in capsys.readouterr().out


def test_nothing_built(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    assert main(["build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "g.ttl")]) == 4


def test_validate_and_query(sample_graph, capsys):
    assert main(["validate", str(sample_graph)]) == 0
    assert "conforms" in capsys.readouterr().out
    timeline = str(QUERIES / "partnership_timeline.rq")
    assert main(["query", timeline, "--data", str(sample_graph), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"partyA": "US", "partyB": "VN", "level": "ComprehensiveStrategicPartnership"}.items() <= \
        next(r for r in rows if r["level"] == "ComprehensiveStrategicPartnership" and r["partyA"] == "US").items()
    assert main(["query", str(QUERIES / "cq_officials.rq"), "--data", str(sample_graph), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("article,name,country,role")


def test_validate_reports_broken_graph_with_either_engine(sample_graph, tmp_path, capsys):
    broken = tmp_path / "broken.ttl"
    text = sample_graph.read_text(encoding="utf-8")
    text = re.sub(r"(/commitment/[^>]+>) a ", r"\1 dko:area <urn:astrology> ; a ", text, count=1)
    broken.write_text(text, encoding="utf-8")
    for engine in ([], ["--pyshacl"]):
        assert main(["validate", str(broken), *engine]) == 5
        assert "cooperation area" in capsys.readouterr().out


def test_query_errors_are_clear(tmp_path, capsys):
    assert main(["query", str(tmp_path / "none.rq"), "--data", str(tmp_path / "none.ttl")]) == 2
    assert "no such query file" in capsys.readouterr().err


def test_facts_prints_json(capsys):
    assert main(["facts", str(EXAMPLES / "002_05d856a0f2a44f42.txt")]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["events"][0]["type"] == "Talks"


def test_network_command(sample_graph, tmp_path, capsys):
    assert main(["network", str(sample_graph), "-o", str(tmp_path), "--since", "2020", "--pair", "VN-US"]) == 0
    printed = capsys.readouterr().out
    assert "Most central officials" in printed and (tmp_path / "officials.png").exists()
    assert main(["network", str(tmp_path / "missing.ttl")]) == 2
