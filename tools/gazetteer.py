#!/usr/bin/env python3
"""Regenerate the gazetteer of kg/data: parties (states, territories, groupings, organisations), their written
forms in Vietnamese and English, and places.

    python tools/gazetteer.py            # writes kg/data/{parties.tsv,places.tsv,vi/party_names.tsv,en/party_names.tsv}
    python tools/gazetteer.py --out DIR  # writes the same files under DIR

Sources, read locally (no network): Unicode CLDR through babel (territory names in Vietnamese and English, and
the Vietnamese exemplar cities of its time zones), the ISO 3166-1 list of pycountry (codes, names, official and
common names), and the files of tools/gazetteer/: columns of mledoze/countries (capitals, demonyms, English
alternative names, independence) and of Our World in Data (Wikidata ids), vendored with their sources named in
their headers, and hand-maintained overlays (Vietnamese press forms, uses of forms, organisations, places).
The output is sorted and carries no date, so the same sources give the same bytes. The script stops, naming
them, on forms that map to two parties without being marked ambiguous, places named twice, and states that have
no English adjective.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import pycountry
from babel import Locale
from babel.core import get_global

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "gazetteer"
OUT = ROOT / "kg" / "data"

KINDS = ("state", "territory", "grouping", "organisation")
VI_USES = ("name", "short", "ambiguous")
EN_USES = ("name", "adjective", "ambiguous")


class GazetteerError(Exception):
    """A source contradicts itself or the rules; the message names what to fix."""


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file whose comment lines start with #."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def split(field: str) -> list[str]:
    return [part.strip() for part in field.split("|") if part.strip()]


def fold(text: str) -> str:
    """Without diacritics: "Hà Nội" -> "Ha Noi", "Chișinău" -> "Chisinau"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def same_city(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return fold(s).replace("’", "'").replace("-", " ").casefold()
    return key(a) == key(b)


def forms_of(name: str) -> list[str]:
    """The forms a source name stands for in running text. "Myanmar (Burma)" -> Myanmar, Burma; "Cocos (Keeling)
    Islands" -> Cocos Islands; "Saint Martin (French part)" -> Saint Martin; "Congo - Kinshasa" -> Congo-Kinshasa;
    "Côte d’Ivoire" -> also Côte d'Ivoire; "Timor-Leste" -> also Timor Leste. Inverted or long forms with a comma
    ("Korea, Republic of", "Đặc khu Hành chính Hồng Kông, Trung Quốc") are left out."""
    name = name.strip()
    if not name or "," in name:
        return []
    out: list[str] = []
    paren = re.search(r"\s*\(([^)]*)\)", name)
    if paren:
        outer = (name[:paren.start()] + name[paren.end():]).strip()
        out.append(re.sub(r"\s+", " ", outer))
        inner = paren.group(1).strip()
        # a trailing "(Burma)" is another name; "(French part)" or a middle "(Keeling)" is not
        if paren.end() == len(name) and inner and all(w[:1].isupper() for w in inner.split()):
            out.append(inner)
    else:
        out.append(name)
    out = [re.sub(r"\s+-\s+", "-", f) for f in out]
    out += [f.replace("’", "'") for f in out if "’" in f]
    out += [re.sub(r"(?<=\w)-(?=[A-Z])", " ", f) for f in out if re.search(r"\w-[A-Z]", f)]  # "Timor Leste"
    return list(dict.fromkeys(f for f in out if f))


TONE_MOVES = [  # the two placements of the tone mark on oa, oe, uy: "Hòa" / "Hoà"
    (a + b, c + d) for a, b, c, d in (
        ("ò", "a", "o", "à"), ("ó", "a", "o", "á"), ("ỏ", "a", "o", "ả"), ("õ", "a", "o", "ã"), ("ọ", "a", "o", "ạ"),
        ("ò", "e", "o", "è"), ("ó", "e", "o", "é"), ("ỏ", "e", "o", "ẻ"), ("õ", "e", "o", "ẽ"), ("ọ", "e", "o", "ẹ"),
        ("ù", "y", "u", "ỳ"), ("ú", "y", "u", "ý"), ("ủ", "y", "u", "ỷ"), ("ũ", "y", "u", "ỹ"), ("ụ", "y", "u", "ỵ"))]


def sentence_case(name: str) -> str:
    """A name of three words or more with only its first capitalised ("Ngân hàng thế giới"); acronyms and
    shorter names as they are."""
    words = name.split()
    if len(words) < 3:
        return name
    return " ".join([words[0], *(w if w.isupper() else w.lower() for w in words[1:])])


def tone_variants(name: str) -> list[str]:
    """The spelling of a Vietnamese name with the tone mark on the other vowel: "Khánh Hòa" -> "Khánh Hoà"
    (only where the syllable ends there: "Hoàng" has one spelling)."""
    out = []
    for old, new in TONE_MOVES:
        for a, b in ((old, new), (new, old)):
            changed = re.sub(rf"{a}(?!\w)", b, name)
            if changed != name:
                out.append(changed)
    return out


# ---------------------------------------------------------------------------------------------------------- sources

class Sources:
    """Everything the files are made from, loaded once."""

    def __init__(self, sources: Path = SOURCES) -> None:
        self.vi = Locale("vi")
        self.en = Locale("en")
        self.iso = {c.alpha_2: c for c in pycountry.countries}
        self.alpha3 = {c.alpha_3 for c in pycountry.countries}
        self.mledoze = {r["alpha2"]: r for r in read_table(sources / "mledoze_countries.tsv")}
        self.owid = {r["alpha2"]: r["wikidata"] for r in read_table(sources / "owid_wikidata.tsv")}
        self.overlay = read_table(sources / "parties.tsv")
        self.vi_names = read_table(sources / "vi_names.tsv")
        self.en_names = read_table(sources / "en_names.tsv")
        self.capitals = {r["code"]: r for r in read_table(sources / "capitals.tsv")}
        self.provinces = read_table(sources / "vn_provinces.tsv")
        self.places = read_table(sources / "places.tsv")

    def versions(self) -> str:
        return f"babel {version('babel')}, pycountry {version('pycountry')}"


# ---------------------------------------------------------------------------------------------------------- parties

def build_parties(src: Sources) -> dict[str, dict[str, str]]:
    parties: dict[str, dict[str, str]] = {}
    for code, country in src.iso.items():
        independent = src.mledoze.get(code, {}).get("independent") == "1"
        parties[code] = {
            "code": code,
            "kind": "state" if independent else "territory",
            "wikidata": src.owid.get(code, ""),
            "label_en": (forms_of(src.en.territories.get(code, "")) or [country.name])[0].replace(" & ", " and "),
            "label_vi": (forms_of(src.vi.territories.get(code, "")) or [country.name])[0].replace(" & ", " và "),
        }
    for row in src.overlay:
        code = row["code"]
        if code not in parties:  # two letters not ISO's only where the press writes them ("Ngân hàng Thế giới (WB)")
            if code in src.alpha3 or (re.fullmatch("[A-Z]{2}", code) and code not in ("UN", "EU", "WB", "XK")):
                raise GazetteerError(f"parties.tsv: {code} is, or looks like, an ISO 3166-1 code")
            parties[code] = {"code": code, "kind": "", "wikidata": "", "label_en": "", "label_vi": ""}
        for key in ("kind", "wikidata", "label_en", "label_vi"):
            if row[key]:
                parties[code][key] = row[key]
    for party in parties.values():
        if party["kind"] not in KINDS or not party["label_en"] or not party["label_vi"]:
            raise GazetteerError(f"party {party['code']}: needs a kind of {KINDS} and both labels: {party}")
    return parties


def collisions(rows: set[tuple[str, str, str]]) -> list[str]:
    """Forms that map to two codes while one of their rows is not ambiguous."""
    by_name: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for code, name, use in rows:
        by_name[name].add((code, use))
    return [f"{name}: " + ", ".join(f"{c} {u}" for c, u in sorted(pairs))
            for name, pairs in sorted(by_name.items())
            if len({c for c, _ in pairs}) > 1 and any(u != "ambiguous" for _, u in pairs)]


def apply_overlay(rows: set[tuple[str, str, str]], overlay: list[dict[str, str]], uses: tuple[str, ...],
                  parties: dict[str, dict[str, str]], what: str) -> None:
    for row in overlay:
        code, name, use = row["code"], row["name"], row["use"]
        if code not in parties:
            raise GazetteerError(f"{what}: unknown party {code} ({name})")
        if use not in (*uses, "drop"):
            raise GazetteerError(f"{what}: {code} {name}: use {use!r} is none of {uses} or drop")
        if use in ("drop", "ambiguous"):
            rows -= {r for r in rows if r[0] == code and r[1] == name}
        if use != "drop":
            rows.add((code, name, use))


def build_vi_names(src: Sources, parties: dict[str, dict[str, str]]) -> set[tuple[str, str, str]]:
    rows: set[tuple[str, str, str]] = set()
    for code in parties:
        for form in forms_of(src.vi.territories.get(code, "")):
            rows.add((code, form, "name"))
    for row in src.overlay:
        for form in split(row["names_vi"]):
            rows.add((row["code"], form, "name"))
    # one use per form and code: an overlay row replaces what the sources gave
    by_key = {(r["code"], r["name"]): r for r in src.vi_names}
    rows = {r for r in rows if (r[0], r[1]) not in by_key}
    apply_overlay(rows, src.vi_names, VI_USES, parties, "vi_names.tsv")
    # the press capitalises an organisation's name in more ways than one: "Ngân hàng Thế giới" / "Ngân hàng thế giới"
    written = {(code, name) for code, name, _ in rows}
    rows |= {(code, v, use) for code, name, use in rows if parties[code]["kind"] in ("grouping", "organisation")
             and (v := sentence_case(name)) != name and (code, v) not in written}
    # both placements of the tone mark are in use: "Cộng hòa Séc" / "Cộng hoà Séc", "Thụy Sĩ" / "Thuỵ Sĩ"
    written = {(code, name) for code, name, _ in rows}
    rows |= {(code, v, use) for code, name, use in rows for v in tone_variants(name) if (code, v) not in written}
    if bad := collisions(rows):
        raise GazetteerError("Vietnamese forms of two parties, not marked ambiguous:\n  " + "\n  ".join(bad))
    return rows


def demonyms(field: str) -> list[str]:
    """mledoze writes "Antiguan, Barbudan" and "Kittitian or Nevisian" for two demonyms."""
    return [d.strip() for d in re.split(r",| or ", field) if d.strip()]


def build_en_names(src: Sources, parties: dict[str, dict[str, str]]) -> set[tuple[str, str, str]]:
    rows: set[tuple[str, str, str]] = set()
    for code in parties:
        names = [src.en.territories.get(code, "")]
        if country := src.iso.get(code):
            names += [country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")]
        names += split(src.mledoze.get(code, {}).get("names_en", ""))
        for name in names:
            for form in forms_of(name):
                rows.add((code, form, "name"))
    for row in src.overlay:
        for form in split(row["names_en"]):
            rows.add((row["code"], form, "name"))
    # adjectives: the demonyms of mledoze. One shared by two states ("Dominican", "Congolese") is ambiguous for
    # both; a territory's is kept only if no other party has it ("Puerto Rican", not "French" of Réunion).
    holders: dict[str, set[str]] = defaultdict(set)
    for code, row in src.mledoze.items():
        for d in demonyms(row["demonym"]):
            holders[d].add(code)
    for demonym, codes in holders.items():
        states = {c for c in codes if parties[c]["kind"] == "state"}
        if len(states) > 1:
            rows |= {(c, demonym, "ambiguous") for c in states}
        elif len(states) == 1:
            rows.add((states.pop(), demonym, "adjective"))
        elif len(codes) == 1:
            rows.add((next(iter(codes)), demonym, "adjective"))
    apply_overlay(rows, src.en_names, EN_USES, parties, "en_names.tsv")
    if bad := collisions(rows):
        raise GazetteerError("English forms of two parties, not marked ambiguous:\n  " + "\n  ".join(bad))
    adjectives = {code for code, _, use in rows if use == "adjective"}
    if missing := sorted(c for c, p in parties.items() if p["kind"] == "state" and c not in adjectives):
        raise GazetteerError(f"states without an English adjective: {missing}")
    return rows


# ----------------------------------------------------------------------------------------------------------- places

def vi_exemplar_cities(src: Sources) -> dict[str, list[tuple[str, str]]]:
    """The Vietnamese CLDR exemplar city of each time zone, by country: Europe/Moscow -> RU Mát-xcơ-va."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for zone, territory in sorted(get_global("zone_territories").items()):
        vi_city = src.vi.time_zones.get(zone, {}).get("city")
        if vi_city:
            en_city = src.en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            out[territory].append((en_city, vi_city))
    return out


def build_places(src: Sources, parties: dict[str, dict[str, str]],
                 party_forms: set[str]) -> tuple[list[tuple[list[str], str]], list[str]]:
    """Rows of (names, country) and the place names left out because they are a party's name."""
    rows: list[tuple[list[str], str]] = []
    for p in src.provinces:
        forms = [p["name"], *split(p["other_forms"])]
        forms.append(fold(p["name"]))
        rows.append((list(dict.fromkeys(forms)), "VN"))
    exemplars = vi_exemplar_cities(src)
    for code in sorted(c for c, party in parties.items() if party["kind"] == "state"):
        extra = src.capitals.get(code, {"names": "", "drop": ""})
        drop = {form for d in split(extra["drop"]) for form in (d, fold(d))}  # "San José" and "San Jose"
        capital = src.mledoze.get(code, {}).get("capital", "")
        forms = [capital, fold(capital)] if capital else []
        forms += [vi for en, vi in exemplars.get(code, []) if capital and same_city(en, capital)]
        forms += split(extra["names"])
        forms = [f for f in dict.fromkeys(forms) if f not in drop]
        # a capital that is already a row (Hà Nội, a centrally-run city) gets its other forms there
        home = next((r for r in rows if r[1] == code and set(r[0]) & set(forms)), None)
        if home:
            home[0].extend(f for f in forms if f not in home[0])
        elif forms:
            rows.append((forms, code))
    for place in src.places:
        if place["country"] and place["country"] not in parties:
            raise GazetteerError(f"places.tsv: unknown country {place['country']} of {place['names']}")
        rows.append((split(place["names"]), place["country"]))
    rows = [(list(dict.fromkeys([*forms, *(v for f in forms for v in tone_variants(f))])), country)
            for forms, country in rows]

    seen: dict[str, str] = {}
    twice = []
    for forms, country in rows:
        for form in forms:
            if form in seen:
                twice.append(f"{form} ({seen[form]}, {country or '-'})")
            seen[form] = country or "-"
    if twice:
        raise GazetteerError("place names in two rows: " + "; ".join(twice))
    left_out = sorted({f for forms, _ in rows for f in forms if f in party_forms})
    kept = [([f for f in dict.fromkeys(forms) if f not in party_forms], country) for forms, country in rows]
    kept = [(forms, country) for forms, country in kept if forms]
    kept.sort(key=lambda r: (r[1] == "", r[1], r[0][0]))
    return kept, left_out


# ----------------------------------------------------------------------------------------------------------- output

def header(lines: list[str], src: Sources) -> str:
    lines = [*lines, f"Generated by tools/gazetteer.py ({src.versions()}); edit the sources in tools/gazetteer/, "
                     "not this file."]
    return "".join(f"# {line}\n" for line in lines)


PARTIES_HEADER = [
    "Parties: states, territories, groupings and international organisations. code: ISO 3166-1 alpha-2 for",
    "states and territories (XK Kosovo), an upper-case word for the others (ASEAN, EU, MEKONG, AFRICANUNION ...).",
    "kind: state (the 193 UN members, the Holy See, Palestine, Taiwan, Kosovo), territory (the other ISO 3166-1",
    "entries), grouping, organisation. wikidata: entity id (empty where not known for sure). Labels in English and",
    "Vietnamese. Written forms are in vi/party_names.tsv and en/party_names.tsv.",
]
VI_HEADER = [
    "Vietnamese written forms of the parties of parties.tsv, matched case-sensitively as whole words.",
    "use: name = safe anywhere; short = a clipped or bare form (Việt, Trung, Nhật, Hàn, Ấn, Thái, Mỹ, Pháp, VN)",
    "only meaningful inside a pair (\"Việt - Mỹ\", \"Việt-Trung\") or as the qualifier right after a title, and there",
    "only before a capitalised word (\"Tổng thống Mỹ Joe Biden\", not \"Ủy viên Trung ương\"); ambiguous = a full",
    "country name that is also a common given-name syllable or word when capitalised (Anh, Nga, Đức, Ý, Áo;",
    "Georgia, Jordan, Chad, Jersey), read only right after a title or inside a pair.",
    "Rule for ambiguous and short: a form is a name only if, capitalised in a Vietnamese news sentence, it is all but",
    "always that party; \"Pháp\" (Pháp luật, Ủy ban Pháp luật) and \"Mỹ\" (Mỹ thuật, Mỹ Đình, given names) are not.",
    "\"Lào\" stays a name (Lào Cai is in places.tsv, which a reader masks first); \"Nam\" and \"Trung Hoa\" are",
    "left out. A form that maps to two parties is always ambiguous.",
]
EN_HEADER = [
    "English written forms of the parties of parties.tsv, matched case-sensitively as whole words.",
    "use: name = the party, safe anywhere; adjective = the form before a title or noun (\"Vietnamese\", \"U.S.\");",
    "a form that is both has two rows; ambiguous = also a common English given name, surname or word, a US state",
    "or another place (Georgia, Jordan, Chad, Jersey, Holland, Reunion, Emirates), or shared by two parties",
    "(Congo, Korea, Korean, Dominican, Congolese); read only right after a title or inside a pair.",
    "Rule: a form is ambiguous when, capitalised in an English news sentence about diplomacy, it is often not the",
    "party. Turkey, Guinea, Niger, Israel, China and America stay names: capitalised, they are nearly always it.",
]
PLACES_HEADER = [
    "Places: written forms (|-separated, case-sensitive, Vietnamese and English), the country they lie in (empty",
    "for seas, regions and contested places). Regions keep capitalised runs from being read as person names.",
    "Rows: the provinces and centrally-run cities of Vietnam (the 63 of before and the 34 of after the 2025",
    "merger, with and without diacritics), the capital of every state, cities where diplomacy happens, regions",
    "and seas. No place name is also a party's name: \"Singapore\", \"Luxembourg\", \"Djibouti\", \"Monaco\",",
    "\"Kuwait\", \"Vatican City\" are read as the state.",
]


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def generate(out: Path = OUT, sources: Path = SOURCES) -> dict[str, int]:
    src = Sources(sources)
    parties = build_parties(src)
    vi = build_vi_names(src, parties)
    en = build_en_names(src, parties)
    places, left_out = build_places(src, parties, {n for _, n, _ in vi | en})

    lines = ["code\tkind\twikidata\tlabel_en\tlabel_vi"]
    lines += ["\t".join(p[k] for k in ("code", "kind", "wikidata", "label_en", "label_vi"))
              for _, p in sorted(parties.items())]
    write(out / "parties.tsv", header(PARTIES_HEADER, src) + "\n".join(lines) + "\n")
    for lang, rows, head in (("vi", vi, VI_HEADER), ("en", en, EN_HEADER)):
        body = ["code\tname\tuse"] + ["\t".join(r) for r in sorted(rows)]
        write(out / lang / "party_names.tsv", header(head, src) + "\n".join(body) + "\n")
    body = ["names\tcountry"] + ["|".join(forms) + "\t" + country for forms, country in places]
    left = ["Left out as a party's name: " + ", ".join(left_out) + "."] if left_out else []
    write(out / "places.tsv", header(PLACES_HEADER + left, src) + "\n".join(body) + "\n")

    counts = {f"parties {k}": sum(p["kind"] == k for p in parties.values()) for k in KINDS}
    counts |= {f"vi {u}": sum(r[2] == u for r in vi) for u in VI_USES}
    counts |= {f"en {u}": sum(r[2] == u for r in en) for u in EN_USES}
    counts |= {"places": len(places), "place names": sum(len(f) for f, _ in places)}
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write into (default: kg/data)")
    args = parser.parse_args(argv)
    try:
        counts = generate(args.out)
    except GazetteerError as err:
        print(f"gazetteer: {err}", file=sys.stderr)
        return 1
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
