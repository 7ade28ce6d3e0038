"""Made-up articles in the style of other outlets and partners (China, the EU, Laos):
the rules are about the language, not about the sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract
from kg.ingest import read_inputs

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def facts():
    return {a.id: extract(a) for a in read_inputs([ARTICLES])}


def officials(f):
    return {o.name: (o.country, set(o.roles)) for o in f.officials}


def test_state_visit_with_chained_titles(facts):
    f = facts["vn-cn-state-visit"]
    assert f.article.published == "2023-12-12"  # "Thứ Ba, 12/12/2023 19:30 (GMT+07:00)"
    assert officials(f)["Tập Cận Bình"] == ("CN", {"PartyGeneralSecretary", "HeadOfState"})
    main = next(e for e in f.events if e.main)
    assert (main.type, main.date) == ("Talks", "2023-12-12")
    visit = next(e for e in f.events if e.type == "Visit")
    assert visit.participants == ["Tập Cận Bình"]
    assert {(tuple(p.parties), p.level) for p in f.partnerships} == {
        (("CN", "VN"), "ComprehensiveStrategicCooperativePartnership")}
    assert "Vương Nghị" not in officials(f)  # a related-story headline


def test_grouping_official_and_pledge(facts):
    f = facts["vn-eu-call"]
    assert officials(f)["Josep Borrell"][0] == "EU"
    assert {(tuple(c.actors), a) for c in f.commitments for a in c.areas} == {(("EU",), "ClimateEnergy")}


def test_honorific_names_with_titles_after_them(facts):
    f = facts["vn-la-honorifics"]
    assert officials(f) == {
        "Vương Đình Huệ": ("VN", {"LegislatureLeader"}),  # a Politburo seat beside a post is not a post
        "Thongloun Sisoulith": ("LA", {"PartyGeneralSecretary", "HeadOfState"}),
        "Saysomphone Phomvihane": ("LA", {"LegislatureLeader"}),
    }
    main = next(e for e in f.events if e.main)
    assert (main.type, main.date, main.places) == ("Meeting", "2024-01-09", ["Viêng Chăn"])
    assert set(main.participants) == set(officials(f))
    assert [e.type for e in f.events] == ["Meeting"]  # the invitation to visit is no event
    assert {p.level for p in f.partnerships} == {"SpecialRelationship"}


def test_adverbials_go_to_the_main_verb_not_the_trip(facts):
    f = facts["vn-jp-talks-in-summit-trip"]
    main = next(e for e in f.events if e.main)
    assert (main.type, main.date, main.places) == ("Talks", "2023-12-16", ["Tokyo"])
    assert {(tuple(p.parties), p.level, p.since) for p in f.partnerships} == {
        (("JP", "VN"), "ComprehensiveStrategicPartnership", "2023-11")}  # "sau khi ... nâng cấp quan hệ vào 11/2023"
    assert {(tuple(c.actors), a) for c in f.commitments for a in c.areas} >= {
        (("JP",), "ScienceTechnology"), (("JP", "VN"), "ClimateEnergy")}


def test_a_call_with_a_president(facts):
    f = facts["vn-kr-president-call"]
    assert officials(f) == {"Võ Văn Thưởng": ("VN", {"HeadOfState"}), "Yoon Suk Yeol": ("KR", {"HeadOfState"})}
    assert [(e.type, e.date) for e in f.events] == [("PhoneCall", "2023-03-10")]
    assert not any("KR" in c.actors and len(c.actors) == 1 for c in f.commitments)  # a proposal to Korea


def test_a_meeting_on_the_sidelines_of_a_conference(facts):
    f = facts["vn-cn-sidelines-meeting"]
    assert officials(f)["Vương Nghị"] == ("CN", {"ForeignMinister", "AgencyHead"})
    main = next(e for e in f.events if e.main)
    assert (main.type, main.date, main.places) == ("Meeting", "2023-07-13", ["Jakarta"])
    conference = next(e for e in f.events if e.type == "Conference")
    assert conference.edition == 56


def test_defence_dialogue_with_a_written_out_date(facts):
    f = facts["vn-in-defence-dialogue"]
    assert officials(f)["Hoàng Xuân Chiến"] == ("VN", {"DeputyDefenseMinister"})  # a rank beside a post
    assert officials(f)["Giridhar Aramane"][0] == "IN"
    main = next(e for e in f.events if e.main)
    assert (main.type, main.date, main.edition, main.mechanism_parties) == ("Dialogue", "2023-06-15", 14, ["IN", "VN"])


def test_saved_page_and_a_planned_upgrade(facts):
    f = facts["vn-au-minister-page"]
    assert "Emmanuel Macron" not in officials(f)  # a related-story link
    main = next(e for e in f.events if e.main)
    assert (main.type, main.date, main.places) == ("Meeting", "2023-05-03", ["trụ sở Chính phủ"])
    assert f.partnerships == []  # "nhất trí sớm nâng cấp quan hệ lên ...": not yet the level


def test_a_foreign_name_written_like_vietnamese_words(facts):
    f = facts["vn-kh-unmarked-name"]  # "Hun Sen": Vietnamese syllables, but written without marks
    assert officials(f)["Hun Sen"] == ("KH", {"HeadOfGovernment"})
    main = next(e for e in f.events if e.main)
    assert (main.type, main.date, set(main.participants)) == ("Meeting", "2022-11-20", {"Hun Sen", "Phạm Bình Minh"})


def test_a_state_visit_is_the_main_event(facts):
    f = facts["vn-la-state-visit"]
    assert [e.type for e in f.events] == ["Visit"]
    visit = f.events[0]
    assert (visit.main, visit.date) == (True, "2024-07-11")
    assert {"Lào", "Viêng Chăn"} <= set(visit.places)
    assert "Tô Lâm" in visit.participants  # "theo lời mời của" the host does not make the host the visitor
    assert officials(f)["Bounthong Chitmany"] == ("LA", {"VicePresident"})
