"""The gazetteer of kg/data (parties, their Vietnamese and English written forms, places) and the script that
makes it, tools/gazetteer.py: the files are what the script makes from its sources, byte for byte, and they hold
what the rest of the project relies on."""

from __future__ import annotations

import csv
import importlib.util
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"
SOURCES = ROOT / "tools" / "gazetteer"
BASELINE = Path(__file__).parent / "data" / "gazetteer_baseline"  # the hand-typed files the gazetteer replaced
GENERATED = ("parties.tsv", "places.tsv", "vi/party_names.tsv", "en/party_names.tsv")


def read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_script():
    spec = importlib.util.spec_from_file_location("gazetteer", ROOT / "tools" / "gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PARTIES = {r["code"]: r for r in read(DATA / "parties.tsv")}
VI = read(DATA / "vi" / "party_names.tsv")
EN = read(DATA / "en" / "party_names.tsv")
PLACES = read(DATA / "places.tsv")


def place_country() -> dict[str, str]:
    return {name: row["country"] for row in PLACES for name in row["names"].split("|")}


def test_script_regenerates_the_files_byte_for_byte(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "gazetteer.py"), "--out", str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for name in GENERATED:
        made, kept = (tmp_path / name).read_bytes(), (DATA / name).read_bytes()
        # the header names the babel and pycountry versions: a different one is the first line to differ
        assert made == kept, f"{name} differs from what tools/gazetteer.py makes; first lines:\n" + "\n".join(
            f"  {a!r}\n  {b!r}" for a, b in zip(made.decode().splitlines(), kept.decode().splitlines())
            if a != b)[:2000]


def test_every_iso_3166_1_code_is_a_party():
    iso = {c.alpha_2 for c in pycountry.countries}
    assert len(iso) >= 249
    assert iso - PARTIES.keys() == set()
    assert {PARTIES[c]["kind"] for c in iso} == {"state", "territory"}


def test_the_193_un_members_are_states():
    # derived from the vendored mledoze/countries column: it marks the UN members and the Holy See independent
    independent = {r["alpha2"] for r in read(SOURCES / "mledoze_countries.tsv") if r["independent"] == "1"}
    un_members = independent - {"VA"}
    assert len(un_members) == 193
    assert {"VN", "SS", "ME", "TL", "PW", "KP", "ER", "CH", "TV"} <= un_members
    assert not {"VA", "PS", "TW", "XK", "GL", "PR", "HK", "MO", "CK", "NU", "EH"} & un_members
    assert {c for c in un_members if PARTIES[c]["kind"] != "state"} == set()
    states = {c for c, p in PARTIES.items() if p["kind"] == "state"}
    assert states == un_members | {"VA", "PS", "TW", "XK"}
    assert {PARTIES[c]["kind"] for c in ("HK", "MO", "PR", "GL", "NC")} == {"territory"}


def test_codes_are_unique_and_the_others_stay_clear_of_iso_codes():
    with open(DATA / "parties.tsv", encoding="utf-8") as handle:
        codes = [line.split("\t")[0] for line in handle if not line.startswith(("#", "code\t"))]
    assert len(codes) == len(set(codes)) == len(PARTIES)
    alpha3 = {c.alpha_3 for c in pycountry.countries}
    iso = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    others = set(PARTIES) - iso
    assert {"ASEAN", "EU", "MEKONG", "UN", "WTO", "AFRICANUNION"} <= others
    assert not others & alpha3
    assert all(len(c) > 2 or c in ("UN", "EU", "G7", "WB") for c in others)
    assert PARTIES["AU"]["label_en"] == "Australia"
    assert {PARTIES[c]["kind"] for c in ("ASEAN", "EU", "MEKONG", "G20")} == {"grouping"}
    assert {PARTIES[c]["kind"] for c in ("UN", "WHO", "NATO", "AFRICANUNION", "AIPA")} == {"organisation"}
    assert all(p["kind"] in ("state", "territory", "grouping", "organisation") for p in PARTIES.values())
    assert {c for c, p in PARTIES.items() if p["kind"] == "state" and not p["wikidata"].startswith("Q")} == set()


@pytest.mark.parametrize("rows,uses", [(VI, {"name", "short", "ambiguous"}), (EN, {"name", "adjective", "ambiguous"})],
                         ids=["vi", "en"])
def test_each_written_form_maps_to_one_code_unless_ambiguous(rows, uses):
    assert {r["use"] for r in rows} == uses
    assert {r["code"] for r in rows} <= PARTIES.keys()
    codes: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in rows:
        codes[r["name"]].add((r["code"], r["use"]))
    clashes = {name: sorted(pairs) for name, pairs in codes.items()
               if len({c for c, _ in pairs}) > 1 and any(u != "ambiguous" for _, u in pairs)}
    assert clashes == {}, "forms of two parties not marked ambiguous:\n" + "\n".join(
        f"  {name}: {pairs}" for name, pairs in sorted(clashes.items()))
    assert len({(r["code"], r["name"], r["use"]) for r in rows}) == len(rows)


def test_every_party_has_a_vietnamese_and_an_english_name():
    for rows in (VI, EN):
        named = {r["code"] for r in rows if r["use"] in ("name", "ambiguous")}
        assert set(PARTIES) - named == set()
    # a safe name too, but for Georgia in English: it has no other
    assert set(PARTIES) - {r["code"] for r in VI if r["use"] == "name"} == set()
    assert set(PARTIES) - {r["code"] for r in EN if r["use"] == "name"} == {"GE"}


def test_the_names_of_the_hand_typed_countries_file_keep_their_codes():
    vi = {(r["name"], r["code"]) for r in VI}
    lost = [(row["code"], name) for row in read(BASELINE / "countries.tsv")
            for column in ("names", "short", "ambiguous") for name in row[column].split("|")
            if name and (name, row["code"]) not in vi]
    assert lost == []
    for row in read(BASELINE / "countries.tsv"):
        assert PARTIES[row["code"]]["kind"] == row["kind"]


def test_uses_of_the_risky_vietnamese_forms():
    use = {r["name"]: r["use"] for r in VI}
    assert {use[n] for n in ("Anh", "Nga", "Đức", "Ý", "Áo")} == {"ambiguous"}
    assert {use[n] for n in ("Trung", "Việt", "Mỹ", "Nhật", "Hàn", "Ấn", "Thái", "Pháp")} == {"short"}
    assert {use[n] for n in ("Việt Nam", "Hoa Kỳ", "Trung Quốc", "Lào", "Liên bang Nga", "Liên Hợp Quốc", "LHQ",
                             "Liên Hiệp Quốc", "Ma-lai-xi-a", "Cam-pu-chia", "Hợp chúng quốc Hoa Kỳ")} == {"name"}
    assert "Nam" not in use and "Trung Hoa" not in use


def test_uses_of_the_risky_english_forms():
    uses = defaultdict(set)
    for r in EN:
        uses[(r["code"], r["name"])].add(r["use"])
    for code, name in (("JO", "Jordan"), ("GE", "Georgia"), ("TD", "Chad")):
        assert uses[(code, name)] == {"ambiguous"}
    for code, name in (("US", "U.S."), ("US", "US"), ("GB", "UK"), ("EU", "EU")):
        assert uses[(code, name)] == {"name", "adjective"}
    for code, name in (("VN", "Vietnamese"), ("US", "American"), ("LA", "Lao"), ("LA", "Laotian"),
                       ("GB", "British"), ("CN", "Chinese"), ("KR", "South Korean"), ("KR", "Korean")):
        assert uses[(code, name)] == {"adjective"}
    assert uses[("US", "the United States")] == uses[("UN", "U.N.")] - {"adjective"} == {"name"}


def test_every_state_has_an_english_adjective():
    adjectives = {r["code"] for r in EN if r["use"] == "adjective"}
    assert {c for c, p in PARTIES.items() if p["kind"] == "state"} - adjectives == set()


def test_no_place_is_named_like_a_party():
    parties = {r["name"] for r in VI + EN}
    assert {n for row in PLACES for n in row["names"].split("|")} & parties == set()
    places = place_country()
    assert not {"Singapore", "Luxembourg", "Djibouti", "Monaco", "Vatican City"} & places.keys()
    assert all(not country or country in PARTIES for country in places.values())
    names = [n for row in PLACES for n in row["names"].split("|")]
    assert len(names) == len(set(names))


def test_the_places_of_the_hand_typed_places_file_keep_their_country():
    places = place_country()
    moved = [(name, row["country"], places.get(name)) for row in read(BASELINE / "places.tsv")
             for name in row["names"].split("|") if places.get(name) != row["country"]]
    assert moved == []


def test_vietnamese_provinces_before_and_after_the_2025_merger():
    provinces = read(SOURCES / "vn_provinces.tsv")
    before = [p["name"] for p in provinces if p["name"] != "Huế"]
    after = {p["in_2025"] for p in provinces}
    assert len(before) == len(set(before)) == 63 and len(after) == 34
    assert after <= {p["name"] for p in provinces}
    assert sum(p["type"] == "city" for p in provinces if p["name"] in after) == 6
    places = place_country()
    assert {places.get(p["name"]) for p in provinces} == {"VN"}
    rows = {row["names"].split("|")[0]: set(row["names"].split("|")) for row in PLACES}
    assert {"Hà Nội", "Hanoi", "Ha Noi"} <= rows["Hà Nội"]
    assert {"Thừa Thiên Huế", "Thua Thien Hue"} <= rows["Thừa Thiên Huế"]
    assert {"Huế", "Hue"} <= rows["Huế"]
    assert {"Khánh Hòa", "Khánh Hoà", "Khanh Hoa"} <= rows["Khánh Hòa"]
    assert "Hồ Chí Minh" not in places and places["TP.HCM"] == places["Ho Chi Minh City"] == "VN"


def test_the_capital_of_every_state_is_a_place():
    places = place_country()
    capitals = {r["alpha2"]: r["capital"] for r in read(SOURCES / "mledoze_countries.tsv")}
    by_country = defaultdict(set)
    for name, country in places.items():
        by_country[country].add(name)
    # the capital's own name is its state's (Singapore), or contested (Jerusalem, written without a country)
    exceptions = {"SG", "LU", "MC", "DJ", "VA", "IL"}
    missing = [(c, capitals.get(c)) for c, p in PARTIES.items() if p["kind"] == "state" and c not in exceptions
               and not (capitals.get(c) in by_country[c] or f"thủ đô {capitals.get(c)}" in by_country[c])]
    assert missing == []
    for name, country in (("Bắc Kinh", "CN"), ("Mát-xcơ-va", "RU"), ("Moskva", "RU"), ("Oa-sinh-tơn", "US"),
                          ("Washington D.C.", "US"), ("Viêng Chăn", "LA"), ("Phnôm Pênh", "KH"), ("Xơ-un", "KR"),
                          ("Geneva", "CH"), ("Davos", "CH"), ("New York", "US"), ("Brussels", "BE")):
        assert places[name] == country, name
    for region in ("Thái Bình Dương", "Biển Đông", "East Sea", "South China Sea", "Indo-Pacific", "Trung Đông",
                   "Đông Nam Á", "Southeast Asia", "châu Á", "châu Âu", "Mỹ Latinh", "Jerusalem"):
        assert places[region] == "", region
    assert "Victoria" not in places and "Santiago" not in places and "Sofia" not in places


def test_an_unmarked_clash_stops_the_script(tmp_path):
    gazetteer = load_script()
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    with open(sources / "vi_names.tsv", "a", encoding="utf-8") as handle:
        handle.write("KR\tTriều Tiên\tname\n")  # North Korea's name, given to South Korea
    with pytest.raises(gazetteer.GazetteerError, match="Triều Tiên: KP name, KR name"):
        gazetteer.generate(tmp_path / "out", sources)
    shutil.copy(SOURCES / "vi_names.tsv", sources / "vi_names.tsv")
    with open(sources / "places.tsv", "a", encoding="utf-8") as handle:
        handle.write("Osaka\tJP\tcity\n")  # twice
    with pytest.raises(gazetteer.GazetteerError, match="place names in two rows: Osaka"):
        gazetteer.generate(tmp_path / "out", sources)
