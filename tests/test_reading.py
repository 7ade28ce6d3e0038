"""Features of news text found in unseen articles, each in sentences made up for the test: meetings
counted or listed, where an event is held, who takes part and who is named in passing, titles with
bodies in brackets or modifiers, descriptions of officials, commitments and partnerships in
treaties' names, short forms of parties inside common words, pages that run sentences together."""

from __future__ import annotations

import pytest
from conftest import facts_of


def events_of(text: str, lang_text_published: str = "2024-05-04"):
    from kg.extract import extract
    from kg.model import Article

    return extract(Article(id="t", text=text, published=lang_text_published))


def main_of(facts):
    return next(e for e in facts.events if e.main)


def people(facts) -> dict[str, tuple[str | None, list[str]]]:
    return {o.name: (o.country, o.roles) for o in facts.officials}


def test_meetings_counted_and_listed_by_party_are_one_each():
    facts = events_of("Ngày 3/5, bên lề Hội nghị Thượng đỉnh G20 tại Rome, Thủ tướng Lê Văn An đã có 3 cuộc tiếp "
                      "xúc song phương với lãnh đạo các nước, gồm Ấn Độ, Canada và Chile.")
    meetings = [e for e in facts.events if e.type == "Meeting"]
    assert len(meetings) == 3
    assert sorted(c for e in meetings for c in e.parties if c != "VN") == ["CA", "CL", "IN"]
    assert all(e.participants == ["Lê Văn An"] and e.date == "2024-05-03" for e in meetings)


def test_english_meetings_counted_and_listed_by_party():
    facts = events_of("NEW YORK, May 3 - Foreign Minister Tran Van Binh held three bilateral meetings on Friday with "
                      "his counterparts from Norway, Chile and Kenya on the sidelines of the UN General Assembly.")
    meetings = [e for e in facts.events if e.type == "Meeting"]
    assert sorted(c for e in meetings for c in e.parties if c != "VN") == ["CL", "KE", "NO"]


def test_a_state_is_where_an_event_is_held_when_no_city_is_named():
    facts = events_of("Ngày 20/4, Thủ tướng Lê Văn An dự Hội nghị Thượng đỉnh về Tương lai tại Kenya.")
    conference = next(e for e in facts.events if e.type == "Conference")
    assert conference.places == ["Kenya"]  # abroad: a diplomatic event, though only one state's official is named
    facts = events_of("Chiều 2/5, tại Phủ Chủ tịch, Chủ tịch nước Đỗ Văn Hùng tiếp Đại sứ Chile tại Việt Nam "
                      "Carlos Ruiz.")
    assert next(e for e in facts.events if e.main).places == ["Phủ Chủ tịch"]  # the state it is in says no more


def test_officials_listed_after_one_named_in_passing_are_in_passing():
    facts = events_of("Chiều 2/5, Thủ tướng Lê Văn An hội kiến Tổng thống Chile Carlos Ruiz và chuyển lời thăm hỏi "
                      "của Tổng Bí thư Hoàng Văn Bình, Chủ tịch nước Đỗ Thị Mai tới Tổng thống.")
    event = next(e for e in facts.events if e.main)
    assert set(event.participants) == {"Lê Văn An", "Carlos Ruiz"}


def test_the_summit_between_two_leaders_is_theirs_alone():
    facts = events_of("South Korean Foreign Minister Kim Min-jae met Vietnamese Deputy Foreign Minister Le Van Tam in "
                      "Seoul on May 2. Kim recalled the results of the summit between "
                      "South Korean President Park Ji-hoon and General Secretary Hoang Van Binh.")
    summit = next(e for e in facts.events if e.type == "Talks")
    assert set(summit.participants) == {"Park Ji-hoon", "Hoang Van Binh"}


def test_a_body_in_brackets_among_a_titles_qualifiers():
    facts = facts_of("On May 2 the minister met Ana Ruiz, Speaker of the Cortes Generales (Parliament) of Spain, "
                     "and Tran Van Binh, Chairman of the National Assembly of Vietnam.")
    assert people(facts)["Ana Ruiz"] == ("ES", ["LegislatureLeader"])
    facts = facts_of("Tại Johannesburg, Nam Phi, Thủ tướng Lê Văn An tiếp Tổng thư ký Đảng Đại hội Dân tộc Phi (ANC) "
                     "Thabo Nkosi.")
    assert people(facts)["Thabo Nkosi"] == ("ZA", ["PartyOfficial"])


def test_a_description_stands_for_the_official_it_describes():
    facts = events_of("Indian Foreign Minister Raj Mehta arrived in Hanoi on May 2 for a three-day visit. "
                      "The Indian minister also had a meeting with Prime Minister Le Van An.")
    meeting = next(e for e in facts.events if e.type == "Meeting")
    assert set(meeting.participants) == {"Raj Mehta", "Le Van An"}
    assert "the Indian minister" not in {o.name.casefold() for o in facts.officials}


def test_titles_with_modifiers_and_the_words_that_complete_them():
    facts = facts_of("Đại tướng Trần Văn Hòa - Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng "
                     "Bộ Quốc phòng đã tiếp Ngài Peter J. Olsen, Thứ trưởng thứ nhất Bộ Quốc phòng Na Uy.")
    assert people(facts)["Trần Văn Hòa"] == ("VN", ["DefenseMinister"])
    assert people(facts)["Peter J. Olsen"][0] == "NO"
    facts = facts_of("Sáng 3/5, Phó Chủ tịch UBND tỉnh Nghệ An Lê Thị Mai tiếp Đại sứ Chile Carlos Ruiz.")
    assert people(facts)["Lê Thị Mai"] == ("VN", ["LocalLeader"])


def test_a_short_form_inside_a_common_word_is_no_party():
    from kg.lexicon import lexicon

    lex = lexicon("vi")
    assert lex.party_mentions("Ông là Bí thư Trung ương Đảng, phụ trách Pháp luật.") == []
    assert [c for _, _, c in lex.party_mentions("Hai nước Việt - Trung và phía Pháp cam kết.")] == ["VN", "CN", "FR"]


def test_conferences_one_sentence_names_apart_are_two():
    facts = events_of("Ngày 3/5, Bộ trưởng Ngoại giao Lê Văn Tâm dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản, "
                      "Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á (EAS) lần thứ 12 tại Viêng Chăn.")
    assert len([e for e in facts.events if e.type == "Conference"]) == 2
    facts = events_of("Nhân dịp dự Hội nghị Cấp cao ASEAN lần thứ 44 và các Hội nghị Cấp cao liên quan tại Viêng "
                      "Chăn, sáng 3/5, Thủ tướng Lê Văn An hội kiến Thủ tướng Nhật Bản Taro Suzuki.")
    assert len([e for e in facts.events if e.type == "Conference"]) == 1


def test_a_level_in_a_treatys_name_is_no_partnership():
    facts = facts_of("Hai bên nhất trí phối hợp triển khai hiệu quả Hiệp định Đối tác toàn diện và tiến bộ xuyên "
                     "Thái Bình Dương giữa Việt Nam và Canada.")
    assert facts.partnerships == []
    assert [(c.actors, c.areas) for c in facts.commitments] == [(["CA", "VN"], ["EconomyTrade"])]


def test_commitments_owned_by_a_government_or_agreed_for_both_sides():
    facts = facts_of("Foreign Minister Tran Van Binh met Foreign Minister of Chile Ana Ruiz in Santiago. She "
                     "affirmed the Chilean Government's commitment to supporting Vietnamese firms in trade and "
                     "investment. There was a shared understanding of the importance of a commitment to peace.")
    assert [(c.actors, c.areas) for c in facts.commitments] == [(["CL"], ["EconomyTrade"])]
    facts = facts_of("Thủ tướng Chile Ana Ruiz hội đàm với Thủ tướng Lê Văn An. Thủ tướng Ana Ruiz nhất trí với "
                     "đề xuất của Thủ tướng Lê Văn An về việc hai bên phối hợp tìm kiếm cứu nạn.")
    assert [(c.actors, c.areas) for c in facts.commitments] == [(["CL", "VN"], ["Humanitarian"])]


def test_sentences_a_page_ran_together_are_apart():
    from kg.clean import clean
    from kg.model import Article

    story = clean(Article(id="t", text="The ministers met in Lima on Monday.Both sides agreed to meet again.\n"
                                       "They met on April 25.At the talks, trade grew by 5.7%.\n"
                                       "U.S. officials and John F.Kennedy stay as written."))
    assert story.text.split("\n") == ["The ministers met in Lima on Monday. Both sides agreed to meet again.",
                                      "They met on April 25. At the talks, trade grew by 5.7%.",
                                      "U.S. officials and John F.Kennedy stay as written."]


def test_a_degree_after_a_name_and_an_old_name_of_a_state():
    facts = events_of("Chủ tịch nước Lê Văn An tiếp Đại sứ Indonesia Ibnu Hadi S.E và Phó Thủ tướng Mã-lai Ahmad "
                      "Zahid Hamidi tại Hà Nội.")
    found = people(facts)
    assert found["Ibnu Hadi"] == ("ID", ["Ambassador"])
    assert found["Ahmad Zahid Hamidi"][0] == "MY"


def test_months_in_words():
    from kg.extract.dates import find_dates

    months = [(d.month, d.year) for t in ("chuyến thăm Ai Cập tháng Tám vừa qua", "Tháng Mười Một năm 2023",
                                          "họp mỗi tháng một lần") for d in find_dates(t, "vi")]
    assert months == [(8, None), (11, 2023)]


def test_a_function_word_run_into_the_next_word_is_two():
    facts = events_of("Thủ tướng Australia Tom Hale bắt đầu chuyến thăm chính thức Việt Nam theo lời mời "
                      "củaThủ tướng Chính phủ Việt Nam Lê Văn An.")
    assert people(facts)["Lê Văn An"] == ("VN", ["HeadOfGovernment"])


def test_two_accented_words_run_together_are_two_plain_ones_stay():
    facts = events_of("Chủ tịch nước TrầnVăn An đã hội đàm với Thủ tướng ĐanMạch Karen Holm. Ông An mời Karen Holm "
                      "thăm McDonald Hall.")
    assert people(facts)["Trần Văn An"] == ("VN", ["HeadOfState"])
    assert people(facts)["Karen Holm"] == ("DK", ["HeadOfGovernment"])
    assert "McDonald Hall" in facts.article.text


def test_an_upland_family_name_with_a_one_letter_middle_name():
    facts = events_of("Ngày 5/10, Chủ tịch UBND tỉnh Điện Biên Giàng A Chu tiếp Đại sứ Algeria Karim Saadi. Cùng dự "
                      "có bà Lê Thị Mai - Phó Vụ trưởng Vụ Hợp tác Quốc tế, Bộ Xây dựng.")
    assert people(facts)["Giàng A Chu"] == ("VN", ["LocalLeader"])
    assert people(facts)["Lê Thị Mai"] == ("VN", ["Official"])


def test_one_report_in_two_verbs_is_split_by_whom_it_met():
    facts = events_of("Ngày 3/5, Bộ trưởng Ngoại giao Lê Văn An đã gặp gỡ và có các cuộc tiếp xúc song phương "
                      "với Bộ trưởng Ngoại giao Chile Carlos Ruiz, Ngoại trưởng Mỹ John Miller và Đại diện cao cấp "
                      "phụ trách an ninh và chính sách đối ngoại Liên minh châu Âu (EU) Anna Weber.")
    meetings = sorted(tuple(e.participants) for e in facts.events if e.type == "Meeting")
    assert meetings == [("Lê Văn An", "Anna Weber"), ("Lê Văn An", "Carlos Ruiz"), ("Lê Văn An", "John Miller")]
    assert people(facts)["Anna Weber"] == ("EU", ["ForeignMinister"])


def test_a_meeting_with_the_delegation_is_with_its_head():
    facts = events_of("Đoàn đại biểu Đảng Cộng sản Chile do ông Carlos Ruiz, Chủ tịch Đảng Cộng sản Chile, làm "
                      "Trưởng đoàn, thăm và làm việc tại Việt Nam từ ngày 2 đến 6/5.\n"
                      "Ngày 3/5, tại Hà Nội, ông Lê Văn An, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, thân mật "
                      "tiếp Đoàn.")
    meeting = next(e for e in facts.events if e.type == "Meeting")
    assert meeting.participants == ["Lê Văn An", "Carlos Ruiz"]


@pytest.mark.parametrize("sentence, actors", [
    ("Chủ tịch Quốc hội Lê Văn An khẳng định, Quốc hội Việt Nam luôn ủng hộ tăng cường quan hệ hợp tác với Chile.",
     ["VN"]),
    ("Tin tưởng chuyến thăm sẽ thúc đẩy quan hệ hai nước, Chủ tịch nước Lê Văn An khẳng định, sẽ tạo mọi điều "
     "kiện để các Đại sứ hoàn thành nhiệm vụ.", ["VN"]),
])
def test_an_affirmation_after_a_comma_or_a_belief_pledges(sentence, actors):
    facts = events_of("Chủ tịch nước Lê Văn An tiếp Đại sứ Chile Carlos Ruiz tại Hà Nội. " + sentence)
    assert [c.actors for c in facts.commitments] == [actors]


def test_the_same_day_and_a_courtesy_call_told_as_coming_to_greet():
    facts = events_of("Bộ trưởng Công an Lê Văn An thăm chính thức Chile từ ngày 12-14/10. Trong ngày 14/10, Bộ trưởng "
                      "Lê Văn An đã thăm hỏi sức khỏe Đại tướng Raúl Castro. Cùng ngày, Bộ trưởng Lê Văn An đến chào "
                      "Tổng thống Chile Carlos Ruiz.", "2022-10-15")
    meetings = sorted((e.date, tuple(e.participants)) for e in facts.events if e.type == "Meeting")
    assert meetings == [("2022-10-14", ("Lê Văn An", "Carlos Ruiz")), ("2022-10-14", ("Lê Văn An", "Raúl Castro"))]
    assert people(facts)["Raúl Castro"][0] == "CL"  # accented, but in no letter only Vietnamese writes


def test_each_delegation_led_by_its_own_head_and_the_consultation_they_held():
    facts = events_of("Cuộc Tham khảo chính trị lần thứ 7 giữa hai nước đã diễn ra ngày 29/5 tại Santiago. Đoàn Việt "
                      "Nam do Thứ trưởng Ngoại giao Lê Văn An dẫn đầu và đoàn Chile do Thứ trưởng Ngoại giao "
                      "Carlos Ruiz làm trưởng đoàn.", "2017-05-30")
    assert people(facts)["Carlos Ruiz"] == ("CL", ["DeputyForeignMinister"])
    dialogue = next(e for e in facts.events if e.type == "Dialogue")
    assert (dialogue.date, dialogue.participants) == ("2017-05-29", ["Lê Văn An", "Carlos Ruiz"])


def test_a_conference_attended_is_the_attendees_not_the_one_met_there():
    facts = events_of("Chiều 15/4, Chủ tịch nước Lê Văn An tiếp Thủ tướng Chile Carlos Ruiz đang thăm chính thức Việt "
                      "Nam và dự Hội nghị thượng đỉnh Diễn đàn Đối tác Xanh lần thứ tư.", "2025-04-16")
    assert [e.participants for e in facts.events if e.type == "Conference"] == [["Carlos Ruiz"]]
    facts = events_of("Sáng 3/5 tại Paris, nhân dịp dự Hội nghị Hội đồng Bộ trưởng OECD, Bộ trưởng Ngoại giao Lê Văn "
                      "An tới thăm trụ sở Tổ chức quốc tế Pháp ngữ (OIF) và có cuộc gặp với Tổng Thư ký Anna Berg.")
    assert people(facts)["Anna Berg"] == ("OIF", ["AgencyHead"])
    assert sorted((e.type, tuple(e.participants)) for e in facts.events) == [
        ("Conference", ("Lê Văn An",)), ("Meeting", ("Lê Văn An", "Anna Berg"))]


def test_a_pledge_goes_on_after_cung_nhu_and_a_semicolon():
    facts = events_of("Thứ trưởng Lê Văn An hội đàm với Thứ trưởng Chile Carlos Ruiz. Hai bên nhất trí tăng cường trao "
                      "đổi đoàn các cấp cũng như giao lưu giữa nhân dân hai nước; thúc đẩy hợp tác quốc phòng.")
    assert [(c.actors, c.areas) for c in facts.commitments] == [
        (["CL", "VN"], ["HighLevelExchange", "PeopleToPeople", "DefenseSecurity"])]


def test_a_long_arabic_name_a_date_in_brackets_and_related_news_after_the_story():
    facts = events_of("Chiều 10/2, Bộ trưởng Ngoại giao Lê Văn An đã tiếp ngài Mohammed Bin Abdullah Bin Mutib Al "
                      "Rumaihi, Trợ lý Bộ trưởng Ngoại giao Qatar.\nCác tin liên quan:\n- Tiểu sử Tổng thống Chile "
                      "Carlos Ruiz (19-01-2007)", "2015-02-11")
    assert people(facts) == {"Lê Văn An": ("VN", ["ForeignMinister"]),
                             "Mohammed Bin Abdullah Bin Mutib Al Rumaihi": ("QA", ["AssistantSecretaryOfState"])}


def test_a_grouping_a_state_is_counted_in_is_not_the_party_of_its_partnership():
    facts = events_of("Thái Lan là một trong những nước đầu tiên trong ASEAN thiết lập quan hệ Đối tác chiến lược với "
                      "Việt Nam vào năm 2013.")
    assert [(p.parties, p.level, p.since) for p in facts.partnerships] == [
        (["TH", "VN"], "StrategicPartnership", "2013")]


def test_pledges_of_a_target_and_what_only_a_belief_or_political_will_is():
    talks = "Chiều 12/12, Thủ tướng Lê Văn An điện đàm với Thủ tướng Malaysia Ahmad Razak. "
    facts = events_of(talks + "Hai nước phấn đấu đưa kim ngạch thương mại song phương sớm đạt 20 tỷ USD.")
    assert [(c.actors, c.areas) for c in facts.commitments] == [(["MY", "VN"], ["EconomyTrade"])]
    facts = events_of(talks + "Thủ tướng Lê Văn An bày tỏ tin tưởng, Malaysia sẽ tiếp tục phát triển kinh tế. Ông "
                              "nhấn mạnh: “Trên cơ sở sự tin cậy và quyết tâm chính trị, quan hệ hai nước sẽ tiếp "
                              "tục được tăng cường trên các lĩnh vực như thương mại”.")
    assert facts.commitments == []


def test_the_year_an_anniversary_is_marked_dates_the_relations_it_counts():
    facts = events_of("Bộ trưởng Công an Lê Văn An tiếp Đại sứ Indonesia Budi Santoso. Bộ trưởng nêu rõ, hướng tới kỷ "
                      "niệm 70 năm thiết lập quan hệ ngoại giao vào năm 2025, hai nước đang nỗ lực tăng cường hợp tác.")
    assert [(p.parties, p.level, p.since) for p in facts.partnerships] == [(["ID", "VN"], "DiplomaticRelations",
                                                                            "1955")]
    facts = events_of("Chủ tịch nước Lê Văn An chào mừng các vị khách quý Trung Phi sang thăm chính thức Việt Nam. Hai "
                      "nước thiết lập quan hệ ngoại giao ngày 10/11/2008.")  # the Central African Republic, not China
    assert [(p.parties, p.since) for p in facts.partnerships] == [(["CF", "VN"], "2008-11-10")]


def test_talks_with_one_and_with_another_of_one_state_are_two_and_an_ambassador_come_to_a_province():
    facts = events_of("Tại Brazil, Thứ trưởng Nguyễn Văn An đã hội đàm với ngài Carlos Souza, Bộ trưởng Tư pháp Brazil "
                      "và với ngài Paulo Lima, Quốc vụ khanh Bộ Tư pháp Brazil.", "2025-03-10")
    assert sorted(tuple(e.participants) for e in facts.events if e.type == "Talks") == [
        ("Nguyễn Văn An", "Carlos Souza"), ("Nguyễn Văn An", "Paulo Lima")]
    facts = events_of("Sáng 26/11, Chủ tịch UBND tỉnh Lê Văn An đã có buổi tiếp xã giao bà Mary Walsh - Đại sứ Ireland "
                      "tại Việt Nam nhân dịp đại sứ đến tỉnh Phú Thọ dự hội nghị. Bà cảm ơn Tổng thống Sh. Mirziyoyev.",
                      "2025-11-26")
    assert sorted((e.type, tuple(e.participants)) for e in facts.events) == [
        ("Meeting", ("Lê Văn An", "Mary Walsh")), ("Visit", ("Mary Walsh",))]
    assert "Sh. Mirziyoyev" in people(facts)


def test_a_dialogue_held_then_chaired_by_two_and_a_document_signed_on_another_day():
    facts = events_of("Chiều 26-11, tại Hà Nội đã diễn ra Đối thoại Chính sách quốc phòng Việt Nam - Chile lần thứ 7. "
                      "Thượng tướng Lê Văn An, Thứ trưởng Bộ Quốc phòng và ông Carlos Ruiz, Thứ trưởng Bộ Quốc phòng "
                      "Chile chủ trì đối thoại.", "2025-11-27")
    event = main_of(facts)
    assert (event.type, event.edition, event.date, event.participants) == (
        "Dialogue", 7, "2025-11-26", ["Lê Văn An", "Carlos Ruiz"])
    facts = events_of("Triển khai Tuyên bố chung về quan hệ Đối tác chiến lược được ký ngày 21/01/2013, ngày "
                      "22/7/2013, Thứ trưởng Ngoại giao Lê Văn An và Thứ trưởng Ngoại giao Italy Marco Rossi đã "
                      "đồng chủ trì Đối thoại chiến lược Việt Nam - Italy lần thứ nhất tại Hà Nội.", "2013-07-23")
    assert (main_of(facts).type, main_of(facts).date) == ("Dialogue", "2013-07-22")


def test_names_after_a_province_a_malay_honorific_and_a_page_cut_mid_word():
    found = people(events_of("Về phần mình, ông Carlos Ruiz, Thống đốc tỉnh Entre Rios, đề nghị hợp tác. Thống đốc "
                             "bang California Gavin Newsom và Chủ tịch UBND tỉnh Võ Kim Cự dự. Đoàn do Thiếu tướng "
                             "Dato Paduka Seri Haji Muhammad Haszaimi Bin Bol Hassan, Tư lệnh Quân đội Hoàng gia "
                             "Brunei dẫn đầu. Về phần mình, Thứ trưởng Ngoại giao Argenti"))
    assert found["Carlos Ruiz"][1] == ["LocalLeader"] and found["Gavin Newsom"][1] == ["LocalLeader"]
    assert found["Võ Kim Cự"] == ("VN", ["LocalLeader"])
    assert found["Muhammad Haszaimi Bin Bol Hassan"][0] == "BN"
    assert not {"Entre Rios", "Argenti", "Kim Cự"} & set(found)


def test_a_meeting_told_as_at_the_meeting_with_another_states_leader_is_another():
    facts = events_of("Chiều 17/11, Chủ tịch nước Lê Văn An gặp Tổng thống Chile Carlos Ruiz. Tại cuộc gặp Thủ tướng "
                      "Singapore Lý Minh Hoà, hai bên khẳng định sẽ phối hợp tổ chức kỷ niệm 50 năm quan hệ ngoại "
                      "giao.", "2022-11-18")
    assert not any({"CL", "SG"} <= set(e.parties) for e in facts.events)


def test_a_meeting_recalled_is_with_the_one_met_not_the_king_crowned_nor_the_speaker():
    facts = events_of("Chiều 10/7, Chủ tịch nước Lê Văn An tiếp Đại sứ Pháp Paul Martin. Nhắc lại cuộc gặp Tổng thống "
                      "Pháp Jean Dubois tại London trong chuyến tham dự Lễ đăng quang Nhà Vua Anh Charles III tháng 5 "
                      "vừa qua, Chủ tịch nước cho biết đã trao đổi nhiều vấn đề.", "2023-07-11")
    assert sorted((e.date, tuple(sorted(e.participants))) for e in facts.events) == [
        ("2023-05", ("Jean Dubois", "Lê Văn An")), ("2023-07-10", ("Lê Văn An", "Paul Martin"))]


def test_the_peace_a_pledge_serves_and_what_a_belief_goes_on_to_tell_are_no_pledges():
    talks = "Chiều 12/12, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Carlos Ruiz. "
    facts = events_of(talks + "Hai bên nhất trí tăng cường hợp tác kinh tế, góp phần duy trì hòa bình, ổn định ở khu "
                              "vực và trên thế giới.")
    assert [(c.actors, c.areas) for c in facts.commitments] == [(["CL", "VN"], ["EconomyTrade"])]
    facts = events_of(talks + "Tổng thống Carlos Ruiz bày tỏ tin tưởng với vị thế ngày càng được nâng cao của Việt "
                              "Nam; Việt Nam sẽ tiếp tục đóng vai trò tích cực tại khu vực.")
    assert facts.commitments == []


def test_a_state_written_in_its_english_spelling_in_a_vietnamese_story():
    found = people(events_of("Ngày 25/7, tại thủ đô Rabat, Đại sứ Việt Nam tại Morocco Trần Quốc Thủy đã hội kiến Bộ "
                             "trưởng Bộ Ngoại giao và Hợp tác quốc tế Morocco Nasser Bourita."))
    assert found == {"Trần Quốc Thủy": ("VN", ["Ambassador"]), "Nasser Bourita": ("MA", ["ForeignMinister"])}


def test_courtesy_calls_on_two_officials_of_one_state_are_one_each():
    facts = events_of("Trong khuôn khổ chuyến thăm, Đại sứ Lê Thị Tâm đã chào xã giao Chủ tịch Quốc hội Maldives Abdul "
                      "Raheem, Quốc vụ khanh Du lịch Maldives Abdulla Niyaz.", "2025-08-27")
    assert sorted(tuple(e.participants) for e in facts.events if e.type == "Meeting") == [
        ("Lê Thị Tâm", "Abdul Raheem"), ("Lê Thị Tâm", "Abdulla Niyaz")]
