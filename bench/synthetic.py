"""A synthetic corpus for throughput only: the sample articles with names, dates and partner
countries varied. Every record is marked synthetic (id prefix 'syn-', url 'synthetic:'); the
facts in it are made up and must never be read as news.

    python bench/synthetic.py N OUT.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.ingest import read_inputs  # noqa: E402
from kg.lexicon import lexicon  # noqa: E402

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương".split()
MIDDLE = "Văn Thị Minh Quốc Thanh Hữu Đức Thu Hoài Xuân".split()
GIVEN = "An Bình Cường Dũng Hải Hùng Lan Long Mai Nam Phong Quang Sơn Tâm Tuấn Yến".split()
FOREIGN_FIRST = "Anna Brian Carlos David Elena Frank Grace Henrik Ingrid James Kenji Laura Mark Nadia".split()
FOREIGN_LAST = "Andersen Baker Costa Dubois Evans Fischer Garcia Hansen Ito Jensen Kowalski Larsen Moreau".split()
PARTNERS = ["JP", "KR", "AU", "FR", "DE", "IN", "SG", "TH", "ID", "CA", "NZ", "IT", "GB", "MY", "PH"]


def templates() -> list[tuple[str, dict[str, str], str | None]]:
    """Each Vietnamese sample article (examples/articles/*.txt: the corpus the throughput figures have
    always been measured on) with its officials' names and its partner state."""
    from kg.extract import main_partner

    out = []
    for article in read_inputs(sorted((ROOT / "examples" / "articles").glob("*.txt"))):
        facts = extract(article)
        names = {o.name: o.country for o in facts.officials}
        out.append((article.text, names, main_partner(facts.article.text, lexicon())))
    return out


def vary(text: str, names: dict[str, str], partner: str | None, rng: random.Random) -> str:
    lex = lexicon()
    target = rng.choice(PARTNERS)
    for name, country in sorted(names.items(), key=lambda kv: -len(kv[0])):
        if country == "VN":
            new = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        else:
            new = f"{rng.choice(FOREIGN_FIRST)} {rng.choice(FOREIGN_LAST)}"
        text = text.replace(name, new)
        last = name.split()[-1]
        if len(name.split()) > 1 and country != "VN":
            text = re.sub(rf"(?<!\w){re.escape(last)}(?!\w)", new.split()[-1], text)
    if partner:
        aliases = [name for name, code in lex.country_of_name.items() if code == partner]
        for alias in sorted(aliases, key=len, reverse=True):
            text = re.sub(rf"(?<!\w){re.escape(alias)}(?!\w)", lex.countries[target].label_vi, text)
    shift = rng.randint(-6, 2)
    return re.sub(r"(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)", lambda m: str(int(m.group()) + shift), text)


def write(n: int, path: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    base = templates()
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            text, names, partner = base[i % len(base)]
            record = {"id": f"syn-{i:07d}", "url": f"synthetic:{i}", "title": "SYNTHETIC (throughput only)",
                      "text": vary(text, names, partner, rng)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, help="how many records to write")
    parser.add_argument("out", type=Path, help="the JSONL file to write")
    args = parser.parse_args()
    write(args.articles, args.out)
