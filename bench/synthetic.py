"""A synthetic corpus for throughput only: the sample articles (Vietnamese and English) with
names, dates and partner countries varied. Every record is marked synthetic (id prefix 'syn-',
url 'synthetic:'); the facts in it are made up and must never be read as news.

    python bench/synthetic.py N OUT.jsonl [--english SHARE]
"""

from __future__ import annotations

import json
import random
import re
import sys
from functools import cache
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


def templates(lang: str) -> list[tuple[str, dict[str, str], str | None, str]]:
    """Each sample article of a language with its officials' names, its partner state and language."""
    from kg.extract import main_partner

    out = []
    for article in read_inputs([ROOT / "examples" / "articles"]):
        facts = extract(article)
        if facts.article.lang != lang:
            continue
        names = {o.name: o.country for o in facts.officials}
        out.append((article.text, names, main_partner(facts.article.text.split("\n"), lexicon(lang)), lang))
    return out


@cache
def names_of(code: str, lang: str) -> list[str]:
    """The names a language's text gives a state, longest first."""
    return sorted((n for n, c in lexicon(lang).country_of_name.items() if c == code), key=len, reverse=True)


@cache
def state_names(code: str, lang: str) -> re.Pattern:
    """Every name of a state as a whole word, one pattern (one per name overflowed re's cache)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names_of(code, lang)))})(?!\w)")


def vary(text: str, names: dict[str, str], partner: str | None, rng: random.Random, lang: str = "vi") -> str:
    from kg.extract.text import fold

    target = rng.choice(PARTNERS)
    for name, country in sorted(names.items(), key=lambda kv: -len(kv[0])):
        if country == "VN":
            new = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            new = new if lang == "vi" else " ".join(fold(w) for w in new.split())
        else:
            new = f"{rng.choice(FOREIGN_FIRST)} {rng.choice(FOREIGN_LAST)}"
        text = text.replace(name, new)
        last = name.split()[-1]
        if len(name.split()) > 1 and country != "VN":
            text = re.sub(rf"(?<!\w){re.escape(last)}(?!\w)", new.split()[-1], text)
    if partner:
        text = state_names(partner, lang).sub(names_of(target, lang)[-1], text)
    shift = rng.randint(-6, 2)
    return re.sub(r"(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)", lambda m: str(int(m.group()) + shift), text)


def write(n: int, path: Path, seed: int = 7, english: float = 0.25) -> None:
    """n records, a share of them English (every 1/english-th), the rest Vietnamese."""
    rng = random.Random(seed)
    base = {lang: templates(lang) for lang in ("vi", "en")}
    every = round(1 / english) if english else 0
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            lang = "en" if every and i % every == every - 1 else "vi"
            text, names, partner, _ = base[lang][i % len(base[lang])]
            record = {"id": f"syn-{i:07d}", "url": f"synthetic:{i}", "title": "SYNTHETIC (throughput only)",
                      "text": vary(text, names, partner, rng, lang)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, help="how many records to write")
    parser.add_argument("out", type=Path, help="the JSONL file to write")
    parser.add_argument("--english", type=float, default=0.25, help="share of English records (0.25)")
    args = parser.parse_args()
    write(args.articles, args.out, english=args.english)
