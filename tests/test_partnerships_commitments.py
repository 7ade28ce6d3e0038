"""Partnerships and commitments. Sentences are made up."""

from __future__ import annotations

from conftest import facts_of

LEAD = "Ngày 4/4/2024, Thủ tướng Lê Văn Thành hội đàm với Thủ tướng Malaysia Ahmad Ismail. "


def partnerships(text):
    return {(tuple(p.parties), p.level, p.since) for p in facts_of(LEAD + text).partnerships}


def commitments(text):
    return {(tuple(c.actors), a) for c in facts_of(LEAD + text).commitments for a in c.areas}


def test_upgrade_with_date():
    assert partnerships("Hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào tháng 11/2024.") == {
        (("MY", "VN"), "ComprehensiveStrategicPartnership", "2024-11")}


def test_named_pair_and_grouping():
    got = partnerships("Hai bên ủng hộ thúc đẩy quan hệ Đối tác chiến lược ASEAN - Nhật Bản.")
    assert got == {(("ASEAN", "JP"), "StrategicPartnership", None)}


def test_upgrade_told_in_present_dates_from_the_event():
    got = partnerships("Hai nhà lãnh đạo thông báo nâng cấp quan hệ lên Đối tác chiến lược toàn diện.")
    assert got == {(("MY", "VN"), "ComprehensiveStrategicPartnership", "2024-04-04")}


def test_a_bare_partner_word_is_no_level():
    assert partnerships("Malaysia là đối tác quan trọng của Việt Nam; quan hệ Đối tác Mê Công - Nhật Bản.") == set()


def test_both_sides_pledge():
    assert commitments("Hai bên nhất trí tăng cường hợp tác quốc phòng, an ninh mạng và ứng phó biến đổi khí hậu.") == {
        (("MY", "VN"), "DefenseSecurity"), (("MY", "VN"), "Cybersecurity"), (("MY", "VN"), "ClimateEnergy")}


def test_one_side_pledges_what_its_official_affirms():
    got = commitments("Thủ tướng Ahmad Ismail khẳng định Malaysia sẽ tiếp tục tạo điều kiện cho doanh nghiệp Việt Nam.")
    assert got == {(("MY",), "EconomyTrade")}


def test_proposals_wishes_and_thanks_are_not_pledges():
    assert commitments("Thủ tướng Lê Văn Thành đề nghị Malaysia tiếp tục hỗ trợ cộng đồng người Việt; "
                       "mong muốn hai bên tăng cường hợp tác giáo dục. "
                       "Thủ tướng Ahmad Ismail cảm ơn Việt Nam đã hỗ trợ y tế.") == set()


def test_a_list_after_a_semicolon_carries_the_pledge_on():
    got = commitments("Hai bên nhất trí duy trì trao đổi đoàn cấp cao; mở rộng hợp tác du lịch.")
    assert got == {(("MY", "VN"), "HighLevelExchange"), (("MY", "VN"), "PeopleToPeople")}


def test_agreement_on_a_view_is_not_a_pledge():
    assert commitments("Hai bên nhất trí cho rằng quan hệ hai nước đang phát triển tốt đẹp.") == set()


def test_a_pair_of_states_pledges_together_and_a_pair_after_cooperation_is_its_object():
    got = commitments("Bộ trưởng Ngoại giao Lê Văn Minh hội đàm với Bộ trưởng Ngoại giao Hungary Péter Kovács. "
                      "Việt Nam - Hungary nhất trí tăng cường hợp tác thương mại. Nga nhấn mạnh tầm quan trọng của "
                      "hợp tác Nga - ASEAN và khẳng định sẽ ủng hộ vai trò trung tâm của ASEAN.")
    assert got == {(("HU", "VN"), "EconomyTrade"), (("RU",), "RegionalMultilateral")}


def test_being_ready_to_act_is_a_pledge():
    got = commitments("Bộ trưởng Ngoại giao Lê Văn Minh điện đàm với Bộ trưởng Ngoại giao Iran Ali Rezaei. Bộ trưởng "
                      "khẳng định Việt Nam sẵn sàng chia sẻ kinh nghiệm phòng chống dịch bệnh. Iran sẵn sàng đẩy mạnh "
                      "hợp tác thương mại với Việt Nam.")
    assert got == {(("VN",), "Health"), (("IR",), "EconomyTrade")}


def test_a_level_aimed_at_is_not_the_level_held():
    assert partnerships("Hai bên nhất trí tăng cường quan hệ Đối tác Toàn diện, hướng tới xây dựng Đối tác Chiến "
                        "lược.") == {(("MY", "VN"), "ComprehensivePartnership", None)}


def test_a_sentence_opening_with_its_pledge_verb_carries_on_the_subject_before():
    assert commitments("Hai nhà lãnh đạo đi sâu trao đổi về phương hướng hợp tác. Đồng thời, nhất trí tăng cường "
                       "phối hợp phòng chống tội phạm xuyên quốc gia.") == {(("MY", "VN"), "LawEnforcement")}


def test_an_affirmation_coordinated_after_an_expression_of_joy_and_agreement_on_measures():
    got = commitments("Lãnh đạo Malaysia bày tỏ vui mừng trước việc Việt Nam quyết định mở Đại sứ quán tại Kuala "
                      "Lumpur và khẳng định sẽ tiếp tục ủng hộ Việt Nam hội nhập. Hai bên nhất trí đánh giá quan hệ "
                      "hai nước phát triển tốt và thoả thuận về các biện pháp cụ thể đẩy mạnh hợp tác trong các lĩnh "
                      "vực du lịch, công nghệ thông tin.")
    assert got == {(("MY",), "PoliticsDiplomacy"), (("MY", "VN"), "PeopleToPeople"),
                   (("MY", "VN"), "ScienceTechnology")}
    assert commitments("Hai bên đã ký thỏa thuận về hợp tác quốc phòng.") == set()  # an agreement signed


def test_an_agreement_told_right_after_the_talks_with_the_counterpart_is_both_sides():
    assert commitments("Thủ tướng Lê Văn Thành hội đàm với người đồng cấp Malaysia, nhất trí nâng cấp quan hệ lên "
                       "Đối tác Chiến lược.") == {(("MY", "VN"), "PoliticsDiplomacy")}


def test_his_country_is_the_speakers_after_an_appraisal_set_off_by_a_comma():
    assert commitments("Thủ tướng Ahmad Ismail đánh giá cao quan hệ hai nước, khẳng định nước ông luôn ủng hộ Việt "
                       "Nam.") == {(("MY",), "PoliticsDiplomacy")}


def test_technology_alone_is_science_and_technology():
    assert commitments("Đại sứ Malaysia Ali Rahman cam kết Malaysia sẽ hỗ trợ Việt Nam phát triển thông qua những công "
                       "nghệ mới.") == {(("MY",), "ScienceTechnology")}


def test_agreeing_that_both_sides_will_act_is_both_sides_pledge_but_what_they_need_is_the_speakers_view():
    assert commitments("Thủ tướng Malaysia Ahmad Ismail nhất trí hai bên ủng hộ lẫn nhau tại các diễn đàn đa "
                       "phương.") == {(("MY", "VN"), "RegionalMultilateral")}
    assert commitments("Thủ tướng Malaysia Ahmad Ismail nhất trí hai nước cần duy trì đà phát triển của quan hệ "
                       "song phương.") == {(("MY",), "PoliticsDiplomacy")}
    assert commitments("Trong khả năng của mình, Việt Nam sẽ xem xét hỗ trợ Malaysia đối phó với nạn đói.") == {
        (("VN",), "Humanitarian")}


def test_what_is_said_after_a_comma_has_its_own_subject_but_a_proposal_stays_one():
    assert commitments("Thủ tướng Ahmad Ismail bày tỏ, Malaysia sẽ phối hợp tốt với Việt Nam tại các diễn đàn đa "
                       "phương.") == {(("MY",), "RegionalMultilateral")}
    assert commitments("Thủ tướng Ahmad Ismail đề nghị Việt Nam sẽ phối hợp tại các diễn đàn đa phương.") == set()


def test_a_partnership_one_side_wishes_to_become_is_none_yet():
    from conftest import facts_of

    facts = facts_of("Ông John Smith, Giám đốc Ngân hàng Thế giới tại Việt Nam, mong muốn Ngân hàng Thế giới sẽ trở "
                     "thành đối tác chiến lược của tỉnh trong thời gian tới.")
    assert facts.partnerships == []


def test_support_at_international_forums_and_what_a_state_has_done_and_will_go_on_doing():
    from conftest import facts_of

    facts = facts_of("Phó Thủ tướng Lê Văn An hội đàm với Bộ trưởng Ngoại giao Algeria Karim Saadi. Hai bên cũng thống "
                     "nhất tích cực phối hợp và ủng hộ lẫn nhau tại các diễn đàn quốc tế.")
    assert [(c.actors, c.areas) for c in facts.commitments] == [(["DZ", "VN"], ["RegionalMultilateral"])]
    facts = facts_of("Bộ trưởng Lê Văn An điện đàm với Bộ trưởng Ngoại giao New Zealand Jane Smith. Việt Nam đã và sẽ "
                     "tiếp tục phối hợp chặt chẽ với New Zealand để đóng góp vào thành công chung của APEC.")
    assert [(c.actors, c.areas) for c in facts.commitments] == [(["VN"], ["RegionalMultilateral"])]


def test_what_a_state_or_the_relations_go_on_being_is_no_pledge():
    assert commitments("Malaysia tiếp tục là đối tác thương mại lớn thứ 4 của Việt Nam tại ASEAN.") == set()
    assert commitments("Hai Thủ tướng cho biết quan hệ Việt Nam - Malaysia tiếp tục phát triển tốt đẹp.") == set()
    assert commitments("Malaysia sẽ tiếp tục hỗ trợ Việt Nam trong lĩnh vực giáo dục.") == {(("MY",), "Education")}


def test_health_care_and_exchanges_at_all_levels_are_areas():
    assert commitments("Thủ tướng Ahmad Ismail cam kết chung tay với Việt Nam trong công tác chăm sóc sức khoẻ người "
                       "dân.") == {(("MY",), "Health")}
    assert commitments("Hai nhà lãnh đạo nhất trí tăng cường trao đổi ở các cấp, đặc biệt là cấp cao.") == {
        (("MY", "VN"), "HighLevelExchange")}


def test_gratitude_is_no_pledge_doing_ones_utmost_is_and_the_subject_outlives_a_list_it_is_glad_about():
    assert commitments("Việt Nam luôn ghi nhớ và tri ân sự ủng hộ to lớn của Malaysia.") == set()
    assert commitments("Việt Nam luôn coi Malaysia là đối tác quan trọng và sẽ làm hết sức mình để phát triển quan hệ "
                       "hai nước.") == {(("VN",), "PoliticsDiplomacy")}
    assert commitments("Hai nhà lãnh đạo vui mừng về kết quả cuộc gặp giữa ba nước Việt Nam - Malaysia - Lào tháng "
                       "2/2024, nhất trí tiếp tục tăng cường tin cậy chính trị.") == {
        (("MY", "VN"), "PoliticsDiplomacy")}


def test_a_comprehensive_partnership_and_cooperation_is_a_comprehensive_partnership():
    assert partnerships("Hai bên đánh giá cao quan hệ hữu nghị truyền thống, đối tác và hợp tác toàn diện Việt Nam - "
                        "Malaysia.") == {(("MY", "VN"), "ComprehensivePartnership", None)}


def test_a_programme_of_meetings_and_agreements_signed_before_are_no_pledges():
    assert commitments("Theo chương trình, Thủ tướng Ahmad Ismail sẽ hội kiến Chủ tịch nước và thăm tỉnh Bắc Ninh. "
                       "Dự kiến, hai bên sẽ chứng kiến lễ ký các văn kiện hợp tác kinh tế. "
                       "Đến nay, hai nước đã ký nhiều hiệp định và thỏa thuận về giáo dục, văn hóa.") == set()
    assert commitments("Hai bên đã trao đổi và thỏa thuận về các biện pháp thúc đẩy hợp tác giáo dục.") == {
        (("MY", "VN"), "Education")}


def test_a_pledge_coordinated_after_another_verb_is_the_subjects_the_clause_opens_with():
    assert commitments("Thủ tướng Ahmad Ismail khẳng định Malaysia coi Việt Nam là đối tác quan trọng và sẽ tiếp tục "
                       "hợp tác chặt chẽ về giáo dục.") == {(("MY",), "Education")}
    assert commitments("Quỹ này giống các thỏa thuận Malaysia có với Nhật Bản và sẽ tài trợ cho các dự án.") == set()


def test_what_two_armies_pledge_with_no_area_named_is_defence_cooperation():
    text = ("Ngày 4/4/2024, Đại tướng Lê Văn Thành, Bộ trưởng Quốc phòng, hội đàm với Bộ trưởng Quốc phòng Malaysia "
            "Ahmad Ismail. Hai bên nhất trí tiếp tục duy trì trao đổi đoàn các cấp và thúc đẩy quan hệ hai nước.")
    assert {(tuple(c.actors), a) for c in facts_of(text).commitments for a in c.areas} == {
        (("MY", "VN"), "DefenseSecurity")}
    assert commitments("Hai bên nhất trí tiếp tục duy trì trao đổi đoàn các cấp.") == {
        (("MY", "VN"), "HighLevelExchange")}  # between prime ministers, an exchange of delegations


def test_fighting_crime_is_law_enforcement():
    assert commitments("Hai bên thống nhất tiếp tục phối hợp phòng ngừa, trấn áp các loại tội phạm.") == {
        (("MY", "VN"), "LawEnforcement")}


def test_a_state_ending_a_body_one_works_with_is_no_subject_and_a_setting_is_no_area():
    text = ("Ngày 14/5/2012, Chủ tịch nước Lê Văn Thành tiếp Bộ trưởng Thương mại Iran Ali Rezaei. Đánh giá cao "
            "thành tựu kinh tế của Việt Nam, ngài Bộ trưởng Ali Rezaei thông báo những nội dung cam kết với Bộ Nông "
            "nghiệp và Phát triển Nông thôn Việt Nam và khẳng định sẵn sàng hợp tác để nâng kim ngạch thương mại.")
    got = {(tuple(c.actors), a) for c in facts_of(text).commitments for a in c.areas}
    assert got == {(("IR",), "EconomyTrade")}
    assert commitments("Hai nhà lãnh đạo nhất trí hợp tác chặt chẽ đưa quan hệ hai nước phát triển sâu rộng hơn "
                       "nữa, đặc biệt trong bối cảnh ASEAN đã hình thành Cộng đồng.") == {
        (("MY", "VN"), "PoliticsDiplomacy")}


def test_an_exchange_of_delegations_within_the_armies_is_defence_cooperation():
    assert (("MY", "VN"), "DefenseSecurity") in commitments(
        "Hai bên đã thống nhất tăng cường trao đổi đoàn các cấp trong quân đội; thúc đẩy hợp tác xuất khẩu gạo.")


def test_a_special_friendship_is_the_special_relationship():
    text = ("Ngày 4/4/2024, Bộ trưởng Công an Lê Văn Thành hội đàm với Bộ trưởng An ninh Lào Vilay Souk. Hai bên "
            "nhất trí củng cố quan hệ hữu nghị đặc biệt, hợp tác toàn diện Lào – Việt Nam.")
    assert {(tuple(p.parties), p.level) for p in facts_of(text).partnerships} == {(("LA", "VN"), "SpecialRelationship")}


def test_two_bodies_of_two_states_joined_pledge_together_and_military_delegations_are_defence():
    text = ("Ngày 4/4/2024, Thứ trưởng Bộ Công an Lê Văn Thành hội đàm với Phó Tổng Cục trưởng Cảnh sát Nhật Bản Kenji "
            "Sato. Thông qua kênh đối thoại, Bộ Công an Việt Nam và Cơ quan Cảnh sát quốc gia Nhật Bản sẽ chia sẻ "
            "thông tin về phòng chống tội phạm.")
    assert {(tuple(c.actors), a) for c in facts_of(text).commitments for a in c.areas} == {
        (("JP", "VN"), "LawEnforcement")}
    assert commitments("Hai bên tiếp tục trao đổi đoàn quân sự ở tất cả các cấp.") == {
        (("MY", "VN"), "DefenseSecurity")}


def test_a_purpose_opening_the_sentence_blocks_no_pledge_and_a_donation_is_humanitarian():
    text = ("Ngày 13/12/2023, Bộ trưởng Ngoại giao Lê Văn Thành điện đàm với Bộ trưởng Ngoại giao Syria Faisal Hamad. "
            "Để bày tỏ tình đoàn kết với nhân dân Syria, Bộ trưởng Lê Văn Thành thông báo Trung ương Hội Chữ thập đỏ "
            "Việt Nam sẽ tiếp tục chuyển số tiền ủng hộ trị giá 600.000 USD cho nhân dân Syria.")
    assert {(tuple(c.actors), a) for c in facts_of(text).commitments for a in c.areas} == {(("VN",), "Humanitarian")}


def test_agreeing_that_something_is_so_a_programme_and_the_fact_stressed_are_no_pledges():
    assert commitments("Bộ trưởng Lê Văn An và ông Ali Musa cùng nhất trí rằng kết quả hợp tác kinh tế, thương mại "
                       "giữa Việt Nam và Mali vẫn còn nhỏ bé.") == set()
    assert commitments("Hai Thủ tướng nhất trí rằng hai bên sẽ tăng cường hợp tác kinh tế.") == {
        (("MY", "VN"), "EconomyTrade")}
    assert commitments("Hai nhà lãnh đạo Việt Nam và Trung Quốc sẽ xem và nghe giới thiệu các văn kiện hợp tác được "
                       "ký kết.") == set()
    assert commitments("Chủ tịch nước nhấn mạnh việc hai nước Việt Nam và Ả Rập Xê Út duy trì trao đổi đoàn các "
                       "cấp.") == set()
    assert commitments("Quan hệ Việt Nam - Venezuela phát triển tích cực, thể hiện qua các kết quả và thỏa thuận đạt "
                       "được trong các chuyến thăm cấp cao.") == set()
    assert commitments("Bộ trưởng Lê Văn An khẳng định Việt Nam coi trọng tiếp tục tăng cường quan hệ hợp tác kinh "
                       "tế với Venezuela.") == {(("VN",), "EconomyTrade")}
