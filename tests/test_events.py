"""Events: type, date, place, edition, participants and the main event. Sentences are made up."""

from __future__ import annotations

from conftest import facts_of
from test_english import read


def meetings(facts) -> list[list[str]]:
    """The participants of each meeting, sorted."""
    return sorted(sorted(e.participants) for e in facts.events if e.type == "Meeting")


def main_event(text, published=None):
    from kg.extract import extract
    from kg.model import Article

    facts = extract(Article(id="t", text=text, published=published))
    return next(e for e in facts.events if e.main), facts


def test_talks_with_date_and_place():
    event, _ = main_event("Chiều 5/6, tại Tokyo, Thủ tướng Trần Văn Hải đã hội đàm với Thủ tướng Nhật Bản "
                          "Taro Suzuki.", published="2022-06-06")
    assert (event.type, event.date, event.places) == ("Talks", "2022-06-05", ["Tokyo"])
    assert event.participants == ["Trần Văn Hải", "Taro Suzuki"]


def test_dialogue_edition_and_mechanism():
    event, _ = main_event("Ngày 12/3/2019 tại Hà Nội, Thứ trưởng Ngoại giao Lê Hoài Nam và Thứ trưởng Ngoại giao "
                          "Australia Jane Hardy đồng chủ trì Đối thoại Chiến lược Ngoại giao - Quốc phòng "
                          "Việt Nam - Australia lần thứ năm.")
    assert (event.type, event.edition, event.date) == ("Dialogue", 5, "2019-03-12")
    assert event.mechanism == "Đối thoại Chiến lược Ngoại giao - Quốc phòng"
    assert event.mechanism_parties == ["AU", "VN"]
    assert event.chairs == ["Lê Hoài Nam", "Jane Hardy"]


def test_setting_event_is_not_the_main_one():
    event, facts = main_event("Nhân dịp dự Hội nghị Cấp cao APEC tại Lima, sáng 15-11, Chủ tịch nước Lê Văn Tâm "
                              "đã gặp Tổng thống Chile Carlos Ruiz.", published="2024-11-16")
    assert (event.type, event.date) == ("Meeting", "2024-11-15")
    assert {e.type for e in facts.events} == {"Meeting", "Conference"}


def test_invitation_is_not_an_event():
    _, facts = main_event("Ngày 2/4, Thủ tướng Lê Minh Hòa điện đàm với Thủ tướng Ba Lan Jan Nowak và mời "
                          "Thủ tướng Jan Nowak thăm Việt Nam.", published="2023-04-03")
    assert [e.type for e in facts.events] == ["PhoneCall"]


def test_back_reference_adds_participants():
    event, _ = main_event("Ngày 9/9, Bộ trưởng Ngoại giao Đỗ Văn Long hội đàm với Ngoại trưởng Pháp Claire Morel. "
                          "Cùng tham dự hội đàm có Đại sứ Pháp tại Việt Nam Paul Durand.", published="2021-09-10")
    assert event.participants == ["Đỗ Văn Long", "Claire Morel", "Paul Durand"]


def test_deceased_leader_is_not_a_participant():
    event, facts = main_event("Ngày 1/8, Thứ trưởng Ngoại giao Vũ Thị Lan hội đàm với Thứ trưởng Ngoại giao Lào "
                              "Thongsavanh Sone, tưởng nhớ cố Tổng Bí thư Nguyễn Văn Bảo.", published="2024-08-02")
    assert "Nguyễn Văn Bảo" not in event.participants
    assert any(o.name == "Nguyễn Văn Bảo" and o.deceased for o in facts.officials)


def test_an_annual_consultation_written_in_lower_case_is_a_dialogue():
    event, _ = main_event("Thứ trưởng Ngoại giao Lê Văn Minh đã cùng với Quốc vụ khanh Bộ Ngoại giao Na Uy Lars "
                          "Hansen tiến hành tham vấn chính trị thường niên Việt Nam - Na Uy lần thứ 7 tại Oslo ngày "
                          "16/9/2014.")
    assert (event.type, event.edition, event.date) == ("Dialogue", 7, "2014-09-16")


def test_a_meeting_reported_undated_is_in_the_datelines_month_a_visit_is_not():
    event, _ = main_event("Phó Thủ tướng Lê Văn Minh đã gặp Thủ tướng Uganda Ruhakana Rugunda bên lề Đại hội đồng "
                          "Liên Hợp Quốc.", published="2019-09-28")
    assert event.date == "2019-09"
    event, _ = main_event("Thủ tướng Lê Văn Minh sẽ thăm chính thức Uganda theo lời mời của Thủ tướng Uganda Ruhakana "
                          "Rugunda.", published="2019-09-28")
    assert (event.type, event.date) == ("Visit", None)


def test_a_visit_going_on_when_the_main_event_is_held_is_in_its_month():
    _, facts = main_event("Sáng 14/5, trong khuôn khổ chuyến thăm chính thức Việt Nam, Ngoại trưởng Peru Ana Rojas đã "
                          "hội đàm với Bộ trưởng Ngoại giao Lê Văn Minh.", published="2021-05-14")
    assert sorted((e.type, e.date) for e in facts.events) == [("Talks", "2021-05-14"), ("Visit", "2021-05")]
    _, facts = main_event("Ambassador Ana Rojas said on February 3 that Peruvian Foreign Minister Luis Mena, who is "
                          "paying an official visit to Vietnam, held talks with Foreign Minister Le Van Minh.",
                          published="2021-02-04")
    assert ("Visit", "2021-02") in [(e.type, e.date) for e in facts.events]
    _, facts = main_event("Ngày 14/5, Thủ tướng Lê Văn Minh điện đàm với Thủ tướng Peru Ana Rojas, sau chuyến thăm "
                          "Peru của Bộ trưởng Ngoại giao Lê Văn Nam.", published="2021-05-15")
    assert [(e.type, e.date) for e in facts.events if e.type == "Visit"] == [("Visit", None)]  # over before


def test_a_story_of_meetings_with_states_listed_wrapped_at_a_fixed_width_and_cut_by_the_page():
    _, facts = main_event(
        "Ngày 20/11, Chủ tịch nước Lê Văn Hùng đã có các hoạt động\n"
        "tiếp xúc song phương với lãnh đạo các nước bao gồm Senegal, Mauritius và Serbia.\n"
        "Tại cuộc gặp với Tổng thống Senegal Amadou Ba, lãnh đạo\n"
        "hai nước nhất trí thúc đẩy thương mại.\n"
        "Trong cuộc gặp Thủ tướng Mauritius Navin Ramgoolam, hai\n"
        "bên mong muốn thúc đẩy đầu tư.\n"
        "Trong cuộc gặp với Chủ tịch nước Lê Văn Hù", published="2023-11-21")
    met = sorted((e.date, tuple(e.participants)) for e in facts.events if e.main)
    assert met == [("2023-11-20", ("Lê Văn Hùng",)),  # Serbia's leader, named by the state alone
                   ("2023-11-20", ("Lê Văn Hùng", "Amadou Ba")),
                   ("2023-11-20", ("Lê Văn Hùng", "Navin Ramgoolam"))]
    assert [o.name for o in facts.officials] == ["Lê Văn Hùng", "Amadou Ba", "Navin Ramgoolam"]


def test_the_years_an_anniversary_counts_do_not_date_the_event():
    event, _ = main_event("Chủ tịch Quốc hội Trần Văn Hải hội đàm trực tuyến với Chủ tịch Thượng viện Mexico Ana "
                          "Lopez đúng dịp kỷ niệm 47 năm thiết lập quan hệ ngoại giao (1975-2022).")
    assert (event.type, event.date) == ("Talks", "2022")  # the year it is celebrated in, no closer; not 1975


def test_meetings_told_in_the_plural_with_those_met_listed_in_the_next_sentence():
    _, facts = main_event("Ngày 12/3, bên lề Hội nghị Thượng đỉnh Đại dương tại Lisbon, Thủ tướng Lê Văn An đã có các "
                          "cuộc gặp song phương với lãnh đạo nhiều nước. Trong số đó có Tổng thống Kenya Samuel "
                          "Otieno và Thủ tướng Hy Lạp Nikos Pappas.", published="2024-03-13")
    met = sorted((e.date, tuple(e.participants)) for e in facts.events if e.main)
    assert met == [("2024-03-12", ("Lê Văn An", "Nikos Pappas")), ("2024-03-12", ("Lê Văn An", "Samuel Otieno"))]


def test_one_subject_with_a_list_of_meetings_each_with_those_its_own_verb_names():
    _, facts = main_event("Ngày 5/6, trong thời gian chuyến thăm Hy Lạp, Phó Thủ tướng, Bộ trưởng Ngoại giao ta đã "
                          "hội đàm với Ngoại trưởng Hy Lạp Eleni Papas, hội kiến Tổng thống Hy Lạp Nikos Dimas, gặp gỡ "
                          "doanh nghiệp Hy Lạp. Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Minh cảm ơn phía Hy Lạp.",
                          published="2009-06-06")
    told = sorted((e.type, e.main, e.date, tuple(e.participants)) for e in facts.events)
    assert told == [("Meeting", True, "2009-06-05", ("Lê Văn Minh", "Nikos Dimas")),
                    ("Talks", True, "2009-06-05", ("Lê Văn Minh", "Eleni Papas")),
                    ("Visit", False, "2009-06", ("Lê Văn Minh",))]  # 'ta': ours; the visit, of the subject


def test_meetings_during_the_main_visit_are_in_its_month():
    _, facts = main_event("Chiều 21/11, Tổng Bí thư Lê Văn Minh đến Kuala Lumpur, bắt đầu chuyến thăm chính thức "
                          "Malaysia. Trong chuyến thăm, Tổng Bí thư Lê Văn Minh đã hội kiến Quốc vương Malaysia "
                          "Ibrahim Iskandar.", published="2024-11-21")
    assert sorted((e.type, e.main, e.date) for e in facts.events) == [("Meeting", False, "2024-11"),
                                                                      ("Visit", True, "2024-11-21")]


def test_the_day_relations_were_set_up_neither_dates_an_event_nor_gives_the_story_its_year():
    talks = "Ngày 3/12, Bộ trưởng Ngoại giao Lê Văn An hội đàm với Bộ trưởng Ngoại giao Kenya Mary Wanjiru."
    _, facts = main_event(talks + " Việt Nam và Kenya lập quan hệ ngoại giao ngày 21/12/1995 và chuyến thăm của Bộ "
                                  "trưởng Mary Wanjiru nhằm thúc đẩy quan hệ hai nước.")
    assert [(e.type, e.date) for e in facts.events] == [("Talks", None), ("Visit", None)]
    _, facts = main_event(talks, published="2019-12-04")
    assert [(e.type, e.date) for e in facts.events] == [("Talks", "2019-12-03")]


def test_a_numbered_dialogue_in_lower_case_chaired_by_officials_named_in_the_next_sentence():
    event, _ = main_event("Việt Nam, Indonesia vừa tổ chức đối thoại về chính sách quốc phòng lần thứ 3 tại Hà Nội vào "
                          "chiều 31/10. Cuộc đối thoại diễn ra dưới sự chủ trì của Thượng tướng Lê Văn An, Thứ trưởng "
                          "Bộ Quốc phòng Việt Nam, và Trung tướng Budi Santoso, Tổng Thư ký Bộ Quốc phòng Indonesia.",
                          published="2023-11-01")
    assert (event.type, event.edition, event.date) == ("Dialogue", 3, "2023-10-31")
    assert event.participants == ["Lê Văn An", "Budi Santoso"]


def test_ambassadors_of_several_states_presenting_credentials_to_one_head_of_state_are_a_meeting_each():
    _, facts = main_event("Chiều 6/12, tại Phủ Chủ tịch, Đại sứ Italy Marco Rossi, Đại sứ Anh John Smith và Đại sứ "
                          "Triều Tiên Kim Chol đã trình Quốc thư lên Chủ tịch nước Lê Văn An.", published="2010-12-07")
    met = sorted(tuple(e.participants) for e in facts.events if e.main)
    assert met == [("Lê Văn An", "John Smith"), ("Lê Văn An", "Kim Chol"), ("Lê Văn An", "Marco Rossi")]


def test_a_friendly_reception_and_the_visitor_after_the_one_who_invited():
    event, facts = main_event("Nhận lời mời của Chủ tịch nước Lê Văn Tâm, Tổng thống Chile Carlos Ruiz đã đến Hà Nội "
                              "thăm chính thức Việt Nam. Chiều 10-7, Tổng Bí thư Nông Văn Tài đã tiếp thân mật Tổng "
                              "thống Carlos Ruiz.", published="2008-07-10")
    visit = next(e for e in facts.events if e.type == "Visit")
    assert visit.participants == ["Carlos Ruiz"]
    meeting = next(e for e in facts.events if e.type == "Meeting")
    assert meeting.main and meeting.date == "2008-07-10"
    assert set(meeting.participants) == {"Nông Văn Tài", "Carlos Ruiz"}


def test_the_year_an_anniversary_is_celebrated_in_from_its_span_its_year_or_next_year():
    event, _ = main_event("Sáng 17/7, Thứ trưởng Ngoại giao Lê Văn An đã hội đàm trực tuyến với Thứ trưởng Ngoại giao "
                          "Chile Carlos Ruiz nhân kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam – Chile "
                          "(1971-2016).")
    assert event.date == "2016-07-17"
    event, _ = main_event("Foreign Minister Le Van An met Chilean Foreign Minister Carlos Ruiz in Madrid on December "
                          "15. Next year the two countries will celebrate the 50th anniversary of diplomatic relations "
                          "(1971 – 2021).")
    assert event.date == "2020-12-15"
    event, _ = main_event("Bộ trưởng Ngoại giao Lê Văn An đã điện đàm với Bộ trưởng Ngoại giao Chile Carlos Ruiz. Hai "
                          "bên nhất trí tổ chức các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - "
                          "Chile năm 2021.")
    assert event.date == "2021"
    event, _ = main_event("Chiều ngày 13/11, Chủ tịch nước Lê Văn An đã hội đàm với Tổng thống Chile Carlos Ruiz. "
                          "Chuyến thăm diễn ra đúng dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao "
                          "(25/3/1971-25/3/2021).")
    assert event.date == "2021-11-13"
    event, _ = main_event("Foreign Minister Le Van An held phone talks with Chilean Foreign Minister Carlos Ruiz. They "
                          "marked the 50th anniversary of diplomatic relations established in 1971.")
    assert event.date is None  # the year relations began is no date of the call


def test_a_visit_reported_undated_is_dated_by_the_meeting_of_the_visitor():
    _, facts = main_event("Đại sứ Chile Carlos Ruiz đến thăm và làm việc tại tỉnh Lạng Sơn. Ngày 18/5, Phó Chủ tịch "
                          "UBND tỉnh Lạng Sơn Trần Thị Hoa đã tiếp Đại sứ Carlos Ruiz.", published="2023-05-19")
    visit = next(e for e in facts.events if e.type == "Visit")
    assert (visit.main, visit.date) == (True, "2023-05-18")


def test_a_story_of_meetings_told_first_with_counterparts_then_one_by_one():
    _, facts = main_event("On August 5, Foreign Minister Le Van An met with his counterparts from the US, Chile and "
                          "Peru. Meeting with Chilean Foreign Minister Carlos Ruiz, An agreed to boost trade.",
                          published="2022-08-05")
    meetings = [e for e in facts.events if e.type == "Meeting"]
    assert sorted(tuple(e.parties) for e in meetings) == [("CL", "VN"), ("PE", "VN"), ("US", "VN")]
    assert all(e.main and e.date == "2022-08-05" for e in meetings)



def test_two_days_joined_by_and_are_a_range():
    _, facts = main_event("Trong 2 ngày (13 và 14/4), Thứ trưởng Ngoại giao Lê Văn An thăm Chile và hội đàm với Thứ "
                          "trưởng Ngoại giao Chile Carlos Ruiz.", published="2021-04-15")
    talks = next(e for e in facts.events if e.type == "Talks")
    assert (talks.date, talks.end_date) == ("2021-04-13", "2021-04-14")


def test_meetings_on_this_occasion_are_during_the_visit_in_its_year_when_it_spans_two_months():
    _, facts = main_event("Thứ trưởng Ngoại giao Lê Văn An đã đến thăm Na Uy từ ngày 31/10 đến ngày 1/11/2011. Cũng "
                          "nhân dịp này, Thứ trưởng Lê Văn An đã gặp Bộ trưởng Công thương Na Uy Per Olsen.")
    assert sorted((e.type, e.date) for e in facts.events) == [("Meeting", "2011"), ("Visit", "2011-10-31")]
    _, facts = main_event("Foreign Minister Le Van An paid an official visit to Norway from March 3 to 5, 2011. On "
                          "this occasion, Le Van An met Norwegian Trade Minister Per Olsen.")
    assert sorted((e.type, e.date) for e in facts.events) == [("Meeting", "2011-03"), ("Visit", "2011-03-03")]


def test_what_a_delegation_did_on_a_trip_told_with_its_span_is_in_its_month():
    event, _ = main_event("A delegation led by Deputy Foreign Minister Le Van An attended the third policy dialogue "
                          "between the two ministries and visited Chile from October 4-9.", published="2021-12-02")
    assert (event.type, event.date) == ("Dialogue", "2021-10")
    event, _ = main_event("Đoàn đại biểu do Thứ trưởng Lê Văn An dẫn đầu đã dự Đối thoại Chính sách Quốc phòng lần "
                          "thứ 3 và thăm Chile từ ngày 30/9 đến 2/10.", published="2021-12-02")
    assert (event.type, event.date) == ("Dialogue", "2021")


def test_a_visit_told_beside_the_meeting_of_the_visitor_is_dated_by_it():
    _, facts = main_event("Chiều 20/3, Tổng Bí thư Lê Văn An đã tiếp Tổng thống Chile Carlos Ruiz đang ở thăm cấp "
                          "Nhà nước Việt Nam.", published="2012-03-21")
    assert sorted((e.type, e.date) for e in facts.events) == [("Meeting", "2012-03-20"), ("Visit", "2012-03-20")]


def test_a_list_of_meetings_with_leaders_named_by_title_and_state_alone_is_a_meeting_each():
    _, facts = main_event("Trong 3 ngày ở Kuwait, Thủ tướng Lê Văn An đã hội kiến Quốc vương Kuwait, hội đàm với Thủ "
                          "tướng Kuwait Ahmad Al-Sabah, hội kiến Hoàng Thái tử Kuwait.", published="2025-11-18")
    got = sorted((e.type, tuple(e.participants), tuple(e.parties)) for e in facts.events if e.type != "Visit")
    assert got == [("Meeting", ("Lê Văn An",), ("KW", "VN")), ("Meeting", ("Lê Văn An",), ("KW", "VN")),
                   ("Talks", ("Lê Văn An", "Ahmad Al-Sabah"), ("KW", "VN"))]


def test_those_named_after_an_opening_phrase_with_the_event_held_it_together():
    event, _ = main_event("Sau cuộc hội đàm chiều ngày 8-11, Thủ tướng Lê Văn An và Thủ tướng Canada John Smith đã "
                          "công bố quyết định xác lập quan hệ Đối tác toàn diện.", published="2017-11-09")
    assert (event.type, event.date, event.participants) == ("Talks", "2017-11-08", ["Lê Văn An", "John Smith"])


def test_one_who_speaks_of_the_visit_is_not_its_visitor():
    _, facts = main_event("Chủ tịch Quốc hội Lê Văn An thăm chính thức Chile từ ngày 21 - 23/9. Tại cuộc hội đàm, Chủ "
                          "tịch Thượng viện Chile Carlos Ruiz nhấn mạnh chuyến thăm có ý nghĩa quan trọng.",
                          published="2023-09-21")
    assert [e.participants for e in facts.events if e.type == "Visit"] == [["Lê Văn An"]]


def test_a_working_breakfast_is_a_meeting():
    event, _ = main_event("Prime Minister Le Van An had a working breakfast with Chilean President Carlos Ruiz on "
                          "Monday.", published="2025-10-27")
    assert (event.type, event.date) == ("Meeting", "2025-10-27")


def test_a_dialogue_named_in_lower_case_before_its_edition():
    event, _ = main_event("Ngày 11/3, tại Wellington, đã diễn ra Đối thoại chính sách Quốc phòng Việt Nam – New "
                          "Zealand lần thứ 4 dưới sự đồng chủ trì của Thượng tướng Lê Văn An và Ngài John Smith, Tổng "
                          "Thư ký Bộ Quốc phòng New Zealand.", published="2024-03-12")
    assert (event.type, event.edition, event.date) == ("Dialogue", 4, "2024-03-11")


def test_the_two_sides_the_sentence_before_named_and_a_courtesy_call_told_from_each_side():
    _, facts = main_event("Chiều 11/10, Chủ tịch Quốc hội Chile Carlos Ruiz đã chủ trì Lễ đón Chủ tịch Quốc hội Lê Thị "
                          "Hoa. Ngay sau lễ đón, hai bên đã tiến hành hội đàm.", published="2018-10-11")
    assert [(e.type, set(e.participants)) for e in facts.events] == [("Talks", {"Carlos Ruiz", "Lê Thị Hoa"})]
    _, facts = main_event("Sáng 08/12, Đoàn công tác của Tổng Lãnh sự quán Nga do Tổng lãnh sự Ivan Popov dẫn đầu đã "
                          "đến chào xã giao lãnh đạo UBND tỉnh. Phó Chủ tịch UBND tỉnh Lê Văn An chủ trì buổi tiếp.",
                          published="2019-12-09")
    assert [(e.type, set(e.participants)) for e in facts.events] == [("Meeting", {"Ivan Popov", "Lê Văn An"})]


def test_one_the_guest_admires_in_passing_is_no_participant():
    event, _ = main_event("Tại buổi tiếp Đại sứ Lê Văn An, Toàn quyền Papua New Guinea John Kara đã bày tỏ sự ngưỡng "
                          "mộ sâu sắc đối với Chủ tịch Hồ Chí Minh.", published="2023-08-10")
    assert set(event.participants) == {"Lê Văn An", "John Kara"}


def test_he_or_ong_before_an_encounter_verb_is_the_official_the_story_follows():
    _, facts = main_event("Foreign Minister Le Van An paid an official visit to Norway from March 3 to 5, 2011. On "
                          "this occasion, he met Norwegian Trade Minister Per Olsen.")
    assert ("Meeting", ["Le Van An", "Per Olsen"]) in [(e.type, e.participants) for e in facts.events]
    _, facts = main_event("Bộ trưởng Ngoại giao Lê Văn An đến Oslo ngày 3/3/2011. Cùng ngày, ông đã gặp Bộ trưởng "
                          "Thương mại Na Uy Per Olsen.")
    assert [(e.type, e.participants) for e in facts.events] == [("Meeting", ["Lê Văn An", "Per Olsen"])]


def test_a_forum_named_where_two_states_work_together_is_no_conference_held():
    for text in ("Sáng 27/5, Bộ trưởng Ngoại giao Lê Văn An tiếp Đại sứ Chile Carlos Ruiz. Bộ trưởng đề nghị hai nước "
                 "phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế, trong đó có Hội nghị Cấp cao Đông Á (EAS), "
                 "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC).",
                 "On May 27, Foreign Minister Le Van An received Chilean Ambassador Carlos Ruiz. They agreed to work "
                 "together at multilateral forums such as the East Asia Summit and the APEC Forum."):
        _, facts = main_event(text)
        assert [e.type for e in facts.events] == ["Meeting"]


def test_a_diplomat_received_by_a_province_visits_it_and_a_dash_glued_to_the_name_sets_off_the_title():
    _, facts = main_event("Ngày 6/6/2019, Chủ tịch UBND tỉnh Lê Văn An đã tiếp bà Maria Gomez Ruiz- Tổng Lãnh sự Chile "
                          "tại TP. Hồ Chí Minh đến thăm tỉnh Tây Ninh.")
    assert {o.name: o.country for o in facts.officials} == {"Lê Văn An": "VN", "Maria Gomez Ruiz": "CL"}
    assert sorted((e.type, tuple(e.participants)) for e in facts.events) == [
        ("Meeting", ("Lê Văn An", "Maria Gomez Ruiz")), ("Visit", ("Maria Gomez Ruiz",))]
    _, facts = main_event("Chiều 13/3/2019, Chủ tịch UBND tỉnh Lê Văn An tiếp Đại sứ Chile Carlos Ruiz đến thăm, làm "
                          "việc tại tỉnh.")
    assert "Visit" in [e.type for e in facts.events]


def test_a_numbered_session_told_with_the_trip_and_on_its_day_is_one_and_a_conference_centre_is_a_place():
    _, facts = main_event("Theo lời mời, đoàn do Thượng tướng Lê Văn An dẫn đầu sang Hàn Quốc tiến hành Đối thoại "
                          "Chính sách quốc phòng lần thứ 8 từ ngày 18-22/6/2019. Ngày 20/6, tại Trung tâm Hội nghị "
                          "Quốc phòng, Thượng tướng Lê Văn An và Thứ trưởng Quốc phòng Hàn Quốc Park Min-su đồng chủ "
                          "trì Đối thoại Chính sách quốc phòng lần thứ 8.")
    assert [(e.type, e.date, e.edition) for e in facts.events if e.type != "Visit"] == [("Dialogue", "2019-06-20", 8)]
    _, facts = main_event("On June 20, 2019, Foreign Minister Le Van An met Korean Foreign Minister Park Min-su at the "
                          "National Convention Center. They spoke at the Conference Hall.")
    assert [e.type for e in facts.events] == ["Meeting"]


def test_a_story_of_meetings_opening_on_a_foreign_leader_met_names_no_host_from_the_first():
    _, facts = main_event("Tại cuộc gặp Tổng thống Philippines Ramon Cruz ngày 18/11/2022, hai nhà lãnh đạo nhất trí "
                          "thúc đẩy quan hệ. Tại cuộc gặp Thủ tướng Singapore Tan Wei Ming, hai bên khẳng định sẽ phối "
                          "hợp tổ chức kỷ niệm 50 năm quan hệ ngoại giao.")
    meetings = [sorted(e.parties) for e in facts.events if e.type == "Meeting"]
    assert ["PH", "VN"] in meetings and ["PH", "SG"] not in meetings


def test_a_reception_in_two_verbs_a_subject_told_after_it_and_a_trip_to_a_state_by_its_short_name():
    _, facts = main_event("Tối 13-6-2009, Bí thư Thành ủy Lê Văn An đã tiếp và chiêu đãi đoàn đại biểu Đảng Cộng sản "
                          "Trung Quốc do đồng chí Lý Minh Hoa, Ủy viên Bộ Chính trị Trung Quốc, dẫn đầu.")
    assert ("Meeting", ["Lê Văn An", "Lý Minh Hoa"]) in [(e.type, e.participants) for e in facts.events]
    _, facts = main_event("Ngày 14-5-2012, tại Phủ Chủ tịch, tiếp ngài Ali Rezaei, Bộ trưởng Thương mại Iran, đang "
                          "thăm làm việc tại Việt Nam, Chủ tịch nước Lê Văn An đánh giá cao quan hệ hai nước.")
    assert ("Meeting", ["Ali Rezaei", "Lê Văn An"]) in [(e.type, sorted(e.participants)) for e in facts.events]
    _, facts = main_event("Ngày 29/8/2019, Thứ trưởng Ngoại giao Lê Văn An đã thăm Nga, cùng Thứ trưởng Ngoại giao Nga "
                          "Ivan Petrov chủ trì Đối thoại chiến lược lần thứ 12.")
    visit = next(e for e in facts.events if e.type == "Visit")
    assert visit.participants == ["Lê Văn An"] and visit.places == ["Nga"]


def test_letters_of_credence_presented_online_and_an_anniversary_span_dates_no_event():
    _, facts = main_event("Ngày 18/9/2020, Đại sứ Việt Nam tại Mexico Lê Văn An đã trình Thư ủy nhiệm lên Tổng thống "
                          "Honduras Juan Carlos Mejia theo hình thức trực tuyến.")
    assert [(e.type, sorted(e.participants)) for e in facts.events] == [("Meeting", ["Juan Carlos Mejia", "Lê Văn An"])]
    event, _ = main_event("Nhân dịp kỷ niệm 10 năm quan hệ Đối tác toàn diện (ngày 25/7/2013 – 25/7/2023), chiều ngày "
                          "30/6, Chủ tịch Lê Văn An đã tiếp Đại sứ Hoa Kỳ Mark Evans.", published="2023-07-01")
    assert event.date == "2023-06-30"


def test_a_mechanism_named_is_no_session_and_a_conference_named_as_a_dialogue_is_the_dialogue():
    _, facts = main_event("Chiều 3-9-2025, Chủ tịch nước Lê Văn An đã tiếp Thủ tướng Slovakia Jan Novak. Hai bên đánh "
                          "giá các cơ chế hợp tác, tham vấn chính trị giữa hai nước được duy trì.")
    assert [e.type for e in facts.events] == ["Meeting"]
    _, facts = main_event("Sáng 29.10.2025, Hội nghị Đối thoại chính sách quốc phòng Việt Nam - Campuchia lần thứ 8 do "
                          "thượng tướng Lê Văn An, Thứ trưởng Bộ Quốc phòng Việt Nam và đại tướng Chea Sokha, Quốc vụ "
                          "khanh Bộ Quốc phòng Campuchia đồng chủ trì.")
    assert [(e.type, e.edition) for e in facts.events] == [("Dialogue", 8)]


def test_a_venue_ends_where_a_run_on_sentence_starts_and_a_sessions_outcome_is_no_attendance():
    event, _ = main_event("Sáng 12-11-2017, tại Phủ Chủ tịch Sau lễ đón, Chủ tịch nước Lê Văn An đã hội đàm với Tổng "
                          "thống Pháp Jean Martin.")
    assert event.places == ["Phủ Chủ tịch"]
    _, facts = main_event("Từ ngày 13-15/12/2016, Đoàn Bộ Ngoại giao Venezuela do Thứ trưởng Luis Mora dẫn đầu đã thăm "
                          "Việt Nam và tiến hành Phiên Tham khảo chính trị lần thứ VI. Tại buổi tiếp Đoàn, Bộ trưởng "
                          "Ngoại giao Lê Văn An bày tỏ hài lòng về kết quả Phiên Tham khảo chính trị lần thứ VI.")
    assert [(e.edition, e.participants) for e in facts.events if e.type == "Dialogue"] == [(6, ["Luis Mora"])]


def test_a_former_president_received_and_the_outcome_of_other_talks_welcomed():
    event, _ = main_event("Chiều 17/7/2017, Chủ tịch nước Lê Văn An đã tiếp nguyên Tổng thống Mexico Carlos Ruiz.")
    assert (event.type, event.participants) == ("Meeting", ["Lê Văn An", "Carlos Ruiz"])
    event, _ = main_event("Chiều 19/11/2025, Thủ tướng Lê Văn An đã hội kiến với Tổng thống Algeria Karim Saadi. Hoan "
                          "nghênh kết quả hội đàm giữa hai Thủ tướng, Tổng thống Karim Saadi nhấn mạnh quan hệ hai "
                          "nước.")
    assert event.type == "Meeting"


def test_a_call_told_as_whose_it_was_and_a_caption_of_an_older_call_above_talks_told_with_their_day():
    event, _ = main_event("Cuộc điện đàm của Ngoại trưởng Mỹ John Carter với Phó Thủ tướng, Bộ trưởng Ngoại giao Việt "
                          "Nam Lê Văn An.", published="2020-08-06")
    assert (event.type, sorted(event.participants)) == ("PhoneCall", ["John Carter", "Lê Văn An"])
    event, facts = main_event("Thủ tướng Lê Văn An điện đàm với Tổng thống Mỹ đắc cử John Carter, ngày 14/12/2016 - "
                              "Ảnh: VGP.\nTại cuộc hội đàm hôm 20/4 giữa Bộ trưởng Ngoại giao Trần Văn Bình với Ngoại "
                              "trưởng Mỹ Peter Gray, hai bên trao đổi về quan hệ hai nước.", published="2017-04-21")
    assert (event.type, event.date) == ("Talks", "2017-04-20")
    assert [e.type for e in facts.events if not e.main] == ["PhoneCall"]


def test_a_visitor_meeting_a_states_leaders_meets_each_on_their_own():
    _, facts = main_event("Tại Hà Nội, Tổng thống Đức Frank Weber đã hội kiến với Chủ tịch nước Lê Văn An và Chủ tịch "
                          "Quốc hội Trần Văn Bình.", published="2024-01-24")
    assert meetings(facts) == [["Frank Weber", "Lê Văn An"], ["Frank Weber", "Trần Văn Bình"]]
    _, facts = main_event("Tại Hà Nội, Tổng thống Đức Frank Weber đã hội kiến với Bộ trưởng Ngoại giao Lê Văn An và "
                          "Thứ trưởng Ngoại giao Trần Văn Bình.", published="2024-01-24")
    assert [sorted(e.participants) for e in facts.events if e.type == "Meeting"] == [
        ["Frank Weber", "Lê Văn An", "Trần Văn Bình"]]


def test_an_ambassadors_posting_is_not_where_the_meeting_was_and_a_courtesy_visit_is_a_meeting():
    facts = facts_of("Chiều 11/5, Chủ tịch UBND tỉnh Lê Văn Hùng đã tiếp Ngài David Cohen, Đại sứ Đặc mệnh toàn "
                     "quyền Nhà nước Israel tại Việt Nam.")
    assert [e.places for e in facts.events] == [[]]
    facts = read("Foreign Minister Le Van An received Japanese Ambassador to Vietnam Ito Kenji in Hanoi on April 18.")
    assert [e.places for e in facts.events] == [["Hanoi"]]
    facts = read("During her stay in Algeria, Deputy Foreign Minister Le Thi Lan paid a courtesy visit to Algerian "
                 "Foreign Minister Karim Haddad and had a working session with Secretary General of the Ministry of "
                 "Industry and Investment Promotion Omar Saidi.")
    assert meetings(facts) == [["Karim Haddad", "Le Thi Lan"], ["Le Thi Lan", "Omar Saidi"]]
    facts = read("Welcoming Vice President Le Thi Lan at the airport were Mozambican Minister of Fisheries Ana "
                 "Silva and Ambassador Joao Pene.")
    assert not [e for e in facts.events if e.type == "Meeting"]


def test_a_prime_minister_is_called_on_alone_but_a_plan_to_meet_leaders_is_one_meeting():
    facts = facts_of("Ngày 20/8, Bộ trưởng Ngoại giao Ireland Mary Walsh đã hội kiến Thủ tướng Trần Văn An và Phó Thủ "
                     "tướng, Bộ trưởng Ngoại giao Lê Văn Hùng.")
    assert meetings(facts) == [["Lê Văn Hùng", "Mary Walsh"], ["Mary Walsh", "Trần Văn An"]]
    facts = read("On Wednesday, Singaporean Prime Minister Lee Wei Ming will leave for Hanoi, where he will meet "
                 "Party General Secretary Tran Van An, President Le Van Hung and Prime Minister Nguyen Van Binh.")
    assert [len(e.participants) for e in facts.events if e.type == "Meeting"] == [4]


def test_a_list_of_ministers_met_opened_in_the_plural_and_an_adviser_named_by_whose_he_is():
    facts = facts_of("Ngày 7/8, Bộ trưởng Ngoại giao Trần Văn An đã tiếp xúc song phương với các Bộ trưởng Ngoại giao "
                     "New Zealand John Clark, Bộ trưởng Ngoại giao Canada Anne Roy.")
    assert meetings(facts) == [["Anne Roy", "Trần Văn An"], ["John Clark", "Trần Văn An"]]
    facts = read("US President John Hale will visit Japan next month. Foreign Minister Le Van An met the US "
                 "President's national security adviser Robert Lane in Bangkok on November 4.", published="2019-11-04")
    assert meetings(facts) == [["Le Van An", "Robert Lane"]]


def test_the_two_sides_hold_talks_after_a_welcome_told_with_no_names_and_a_page_address_dates_the_story():
    facts = facts_of("Nhận lời mời của Chủ tịch Quốc hội Trần Văn An, đoàn đại biểu Thượng viện Peru do ông Luis Soto, "
                     "Chủ tịch Thượng viện, dẫn đầu đã tới Hà Nội, bắt đầu chuyến thăm chính thức nước ta.\nSáng 12-1, "
                     "lễ đón chính thức Chủ tịch và đoàn được tổ chức trọng thể.\nNgay sau lễ đón, hai bên tiến hành "
                     "hội đàm.")
    assert [(e.type, sorted(e.participants)) for e in facts.events if e.type == "Talks"] == [
        ("Talks", ["Luis Soto", "Trần Văn An"])]
    from kg.clean import clean
    from kg.model import Article

    story = clean(Article(id="t", text="https://example.vn/viet-nam-va-peru-2012011312161267.htm\n\nHai bên hội đàm."))
    assert (story.url, story.published) == ("https://example.vn/viet-nam-va-peru-2012011312161267.htm", "2012-01-13")


def test_two_other_states_launch_a_strategic_dialogue_written_in_lower_case():
    facts = facts_of("Hôm 3/8/2021, Ngoại trưởng Mỹ John Hale và Bộ trưởng Ngoại giao Indonesia Siti Rahma khởi động "
                     "“đối thoại chiến lược” giữa hai nước.")
    assert [(e.type, e.date, sorted(e.participants)) for e in facts.events] == [
        ("Dialogue", "2021-08-03", ["John Hale", "Siti Rahma"])]


def test_a_numbered_session_is_one_whoever_is_named_and_a_day_of_a_visit_is_that_visit():
    facts = read("Cuba's First Deputy Minister of Foreign Affairs Jose Diaz is on an official visit to Vietnam for the "
                 "seventh political consultation between the two foreign ministries. At the seventh political "
                 "consultation on August 29, Vietnamese Deputy Minister of Foreign Affairs Le Van An expressed "
                 "sympathy.", published="2025-08-30")
    assert [sorted(e.participants) for e in facts.events if e.type == "Dialogue"] == [["Jose Diaz", "Le Van An"]]
    facts = read("Minister of Foreign Affairs Le Van An held talks with his visiting Uzbek counterpart Rustam Aliev "
                 "in Hanoi on March 18. Aliev, who is on an official visit to Vietnam from March 17-19, praised "
                 "Vietnam.", published="2024-03-18")
    assert sorted((e.type, e.date, e.end_date) for e in facts.events) == [
        ("Talks", "2024-03-18", None), ("Visit", "2024-03-17", "2024-03-19")]


def test_the_shangri_la_dialogue_is_a_conference_and_talks_on_its_sidelines_are_two_states():
    facts = facts_of("Ngày 11/6/2022, bên lề Đối thoại Shangri-la tại Singapore, Bộ trưởng Quốc phòng Nhật Bản Sato "
                     "Kenji đã có cuộc hội đàm song phương với người đồng cấp Trung Quốc Lý Minh.")
    assert sorted(e.type for e in facts.events) == ["Conference", "Talks"]
    facts = read("A delegation led by Deputy Minister of National Defence Hoang Van Binh is attending the 20th "
                 "Shangri-La Dialogue in Singapore.", published="2023-06-03")
    assert [e.type for e in facts.events] == ["Conference"]


def test_a_day_of_a_trip_to_one_state_is_no_day_of_a_visit_to_another():
    facts = facts_of("Tối 27/4/2017, chuyên cơ chở Thủ tướng Trần Văn An đã về tới Hà Nội, kết thúc tốt đẹp các chương "
                     "trình thăm chính thức Vương quốc Campuchia từ ngày 24-25/4 và thăm chính thức Cộng hòa Dân chủ "
                     "Nhân dân Lào từ ngày 26-27/4.")
    assert len([e for e in facts.events if e.type == "Visit"]) == 2


def test_a_leader_met_with_a_minister_by_a_host_named_by_description_stays_one_meeting():
    facts = facts_of("Ngày 3/3/2010, người đứng đầu Bộ Ngoại giao Mỹ có cuộc gặp với Tổng thống Brazil Luis Soto và "
                     "người đồng cấp Carlos Ruiz để thảo luận về hợp tác.")
    assert [sorted(e.participants) for e in facts.events if e.type == "Meeting"] == [["Carlos Ruiz", "Luis Soto"]]
