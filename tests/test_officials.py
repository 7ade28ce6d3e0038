"""Officials: titles, names, states, several posts, short mentions. Sentences are made up."""

from __future__ import annotations

from conftest import facts_of


def officials(text):
    return {o.name: (o.country, sorted(o.roles)) for o in facts_of(text).officials}


def test_title_country_and_name():
    got = officials("Ngày 3/5/2021, Bộ trưởng Quốc phòng Nhật Bản Nobuo Kishi đã điện đàm với "
                    "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam.")
    assert got["Nobuo Kishi"] == ("JP", ["DefenseMinister"])
    assert got["Phan Văn Giang"] == ("VN", ["DefenseMinister"])  # a rank beside a post is not a post


def test_chained_titles_give_several_roles():
    got = officials("Phó Thủ tướng, Bộ trưởng Ngoại giao Trần Văn An tiếp Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar.")
    assert got["Trần Văn An"] == ("VN", ["DeputyPrimeMinister", "ForeignMinister"])
    assert got["Rajesh Kumar"] == ("IN", ["ForeignMinister"])


def test_short_mention_is_the_same_person():
    text = ("Thủ tướng Đức Olaf Scholz hội đàm với Thủ tướng Nguyễn Văn Hùng. "
            "Thủ tướng Scholz khẳng định Đức sẽ tiếp tục tăng cường hợp tác năng lượng.")
    names = [o.name for o in facts_of(text).officials]
    assert names.count("Olaf Scholz") == 1 and "Scholz" not in names


def test_qualifier_words_are_not_names():
    got = officials("Trợ lý Ngoại trưởng Mỹ phụ trách An ninh quốc tế và Không phổ biến vũ khí Ann Lee "
                    "gặp Thứ trưởng Ngoại giao Lê Văn Minh.")
    assert got == {"Ann Lee": ("US", ["AssistantSecretaryOfState"]),
                   "Lê Văn Minh": ("VN", ["DeputyForeignMinister"])}


def test_ambassador_serves_the_sending_state():
    got = officials("Chủ tịch nước tiếp Đại sứ Canada tại Việt Nam Shawn Steil.")
    assert got["Shawn Steil"] == ("CA", ["Ambassador"])


def test_foreign_name_without_country_takes_the_partner():
    text = ("Thủ tướng Phạm Văn Đông hội đàm với Thủ tướng Anthony Carr tại Canberra. "
            "Hai bên nhất trí tăng cường hợp tác giữa Việt Nam và Australia về giáo dục.")
    assert officials(text)["Anthony Carr"][0] == "AU"


def test_place_and_capitalised_words_are_not_people():
    got = officials("Bộ trưởng Ngoại giao Hà Nội Ngọc Anh nói.")  # garbled: no valid name after the title
    assert "Hà Nội" not in got


def test_organisation_in_capitals_before_the_name():
    got = officials("Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân tiếp Bộ trưởng Thương mại Ba Lan Jan Nowak.")
    assert got["Nguyễn Sinh Nhật Tân"] == ("VN", ["DeputyMinister"])
    assert got["Jan Nowak"] == ("PL", ["Minister"])


def test_a_name_brought_in_by_an_honorific_takes_the_title_after_it():
    """'Ngài X, <title>' and a sentence opening with 'Ông X, <title>': the honorific is not part of the name."""
    for text, name, role, country in [
        ("Ngài Antony Blinken, Ngoại trưởng Hoa Kỳ, cho biết hai bên sẽ tăng cường hợp tác kinh tế.",
         "Antony Blinken", "ForeignMinister", "US"),
        ("Ông Nikolai Patrushev, Thư ký Hội đồng An ninh Nga, cho biết hai bên sẽ tăng cường hợp tác.",
         "Nikolai Patrushev", "NationalSecurityAdvisor", "RU"),
    ]:
        found = facts_of(text).officials
        assert [(o.name, o.country) for o in found] == [(name, country)]
        assert role in found[0].roles


def test_place_names_opening_with_an_honorific_word_are_not_people():
    text = "Bà Rịa - Vũng Tàu và Ông Đốc là nơi Thứ trưởng Ngoại giao Lê Thị Thu Hằng đến thăm."
    assert [o.name for o in facts_of(text).officials] == ["Lê Thị Thu Hằng"]


def test_a_meeting_verb_opening_the_sentence_and_the_leader_after_the_comma():
    got = officials("Tiếp Đại sứ Thái Lan Urawadee Sriphiromya, Thủ tướng Lê Văn Minh đánh giá cao quan hệ hai nước. "
                    "Tiếp Đại sứ Ai Cập Amr Hassan, Thủ tướng đánh giá cao vai trò của Đại sứ.")
    assert got == {"Urawadee Sriphiromya": ("TH", ["Ambassador"]), "Lê Văn Minh": ("VN", ["HeadOfGovernment"]),
                   "Amr Hassan": ("EG", ["Ambassador"])}  # the unqualified Prime Minister is not the ambassador


def test_a_particle_glued_to_the_family_name():
    got = officials("Thủ tướng Lê Văn Minh hội kiến Quốc vương Qatar Tamim bin Hamad al-Thani.")
    assert got["Tamim bin Hamad al-Thani"] == ("QA", ["HeadOfState"])


def test_titles_and_states_with_the_tone_on_the_second_vowel():
    got = officials("Tham dự có Đại tướng Lê Văn Minh - Uỷ viên Bộ Chính trị, Phó Bí thư Quân uỷ Trung ương, Bộ trưởng "
                    "Bộ Quốc phòng, và Đại sứ Cộng hoà Séc Jan Novak.")
    assert got == {"Lê Văn Minh": ("VN", ["DefenseMinister"]), "Jan Novak": ("CZ", ["Ambassador"])}


def test_the_subject_after_a_list_in_the_opening_phrase_keeps_the_state_its_title_implies():
    got = officials("Cùng ngày, tiếp Đại sứ Peru Carlos Ruiz, Chủ tịch nước Lê Văn Minh chúc mừng Đại sứ. "
                    "Tại cuộc gặp với Bộ trưởng Ngoại giao Thái Lan Anan Somchai, Phó Thủ tướng Trần Văn Bình đề nghị "
                    "hai bên phối hợp.")
    assert got["Lê Văn Minh"] == ("VN", ["HeadOfState"]) and got["Trần Văn Bình"][0] == "VN"


def test_the_counterpart_of_a_state_named_after_the_title():
    got = officials("Tổng thống Argentina Carlos Ruiz và người đồng cấp Ukraine Petro Kovalenko điện đàm.")
    assert got == {"Carlos Ruiz": ("AR", ["HeadOfState"]), "Petro Kovalenko": ("UA", ["HeadOfState"])}


def test_the_head_of_a_leaders_office_holds_no_leaders_post():
    got = officials("Tháp tùng có Tiến sỹ John Kunkel, Chánh văn phòng Thủ tướng; Chánh Văn phòng Chủ tịch nước Lê Văn "
                    "Minh và Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Bình.")
    assert {name: roles for name, (_, roles) in got.items()} == {
        "John Kunkel": ["Official"], "Lê Văn Minh": ["PresidentialAide"], "Trần Văn Bình": ["Minister"]}


def test_courtesy_titles_first_deputies_and_heads_of_friendship_associations():
    got = officials("Thứ trưởng Ngoại giao Lê Văn Minh gặp Thứ trưởng Ngoại giao Iran Seyyed Ali Rezaei, Chủ tịch Hội "
                    "Hữu nghị Iran - Việt Nam Hassan Karimi và Thiếu tướng Pavel Orlov, Thứ trưởng thứ nhất Bộ Quốc "
                    "phòng Belarus; Tổng thống Fiji Ratu Jone Naisara gửi điện mừng.")
    assert got["Ali Rezaei"] == ("IR", ["DeputyForeignMinister"]) and "Hassan Karimi" not in got
    assert got["Pavel Orlov"] == ("BY", ["DeputyDefenseMinister"])
    assert got["Jone Naisara"] == ("FJ", ["HeadOfState"])


def test_a_title_after_a_partys_name_with_a_comma_lost_and_after_the_late():
    got = officials("Nhân dịp dự Khóa họp Đại hội đồng Liên Hợp Quốc Phó thủ tướng Lê Văn Minh đã gặp Thủ tướng Uganda "
                    "Ruhakana Rugunda, nhắc lại chuyến thăm của Cố Chủ tịch nước Trần Văn Bình năm 2018. Thành viên "
                    "của Đoàn Thủ tướng Australia gồm bà Anna Brown, Đại sứ Australia tại Việt Nam.")
    assert got == {"Lê Văn Minh": ("VN", ["DeputyPrimeMinister"]), "Ruhakana Rugunda": ("UG", ["HeadOfGovernment"]),
                   "Trần Văn Bình": ("VN", ["HeadOfState"]), "Anna Brown": ("AU", ["Ambassador"])}


def test_chairs_of_provincial_councils_and_committees_are_local_leaders():
    got = officials("Ông Lê Văn Minh, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và Chủ tịch Ủy ban nhân dân tỉnh Trần Văn "
                    "Bình tiếp Đại sứ Pháp Jean Dupont.")
    assert got["Lê Văn Minh"] == got["Trần Văn Bình"] == ("VN", ["LocalLeader"])  # not the head of state


def test_a_place_named_after_a_leader_is_no_mention_of_an_official():
    got = officials("Đoàn đã dâng hoa tại Tượng đài Chủ tịch Hồ Chí Minh, thăm Bảo tàng Tổng thống Jose Marti và vào "
                    "Lăng viếng Chủ tịch Hồ Chí Minh.")
    assert got == {"Hồ Chí Minh": ("VN", ["HeadOfState"])}  # paid respects to in the mausoleum: named as a person
    assert officials("Đoàn dâng hoa tại Tượng đài Chủ tịch Hồ Chí Minh ở thủ đô Caracas.") == {}


def test_a_states_formal_name_abbreviated_is_no_name():
    got = officials("Tổng thống CHLB Myanmar Min Aung đã hội kiến Chủ tịch nước Lê Văn Hùng.")
    assert got["Min Aung"] == ("MM", ["HeadOfState"])


def test_a_delegation_named_after_a_hosts_titles_is_not_the_hosts_state():
    got = officials("Nhận lời mời của Đại tướng Lê Văn Hùng, Bộ trưởng Bộ Quốc phòng, Đoàn đại biểu Quân sự cấp "
                    "cao nước Cộng hòa Dân chủ Nhân dân Lào do Thượng tướng Chăn-xa-mỏn Xay-nha-vông, Bộ trưởng Bộ "
                    "Quốc phòng dẫn đầu đã sang thăm chính thức Việt Nam.")
    assert got["Lê Văn Hùng"] == ("VN", ["DefenseMinister"])
    assert got["Chăn-xa-mỏn Xay-nha-vông"] == ("LA", ["DefenseMinister"])


def test_a_transliterated_name_is_known_by_the_original_spelling_in_brackets():
    text = ("Đoàn Cu-ba do Thượng tướng Hoa-kin Ri-ve-ra (Joaquín Rivera Soto), Ủy viên Bộ Chính trị, Thứ trưởng "
            "Bộ Ngoại giao Cu-ba, dẫn đầu. Thượng tướng Hoa-kin Ri-ve-ra cảm ơn.")
    facts = facts_of(text)
    assert {o.name: (o.country, o.roles) for o in facts.officials} == {
        "Joaquín Rivera Soto": ("CU", ["DeputyForeignMinister"])}
    assert facts.officials[0].aliases == ["Hoa-kin Ri-ve-ra"]


def test_an_abbreviated_given_name_and_a_name_set_off_by_a_comma_after_the_state():
    got = officials("Ngày 6/8, Thứ trưởng Ngoại giao Lê Văn An và Thứ trưởng Ngoại giao Bangladesh Md. Karim Haque "
                    "đồng chủ trì Tham khảo Chính trị lần thứ nhất. Chiều cùng ngày, ông Lê Văn An hội kiến Tổng "
                    "thống Brazil, Luiz Inácio Lula da Silva.")
    assert got["Md. Karim Haque"] == ("BD", ["DeputyForeignMinister"])
    assert got["Luiz Inácio Lula da Silva"] == ("BR", ["HeadOfState"])
    assert [e.type for e in facts_of("Ngày 6/8, Thứ trưởng Ngoại giao Lê Văn An và Thứ trưởng Ngoại giao Bangladesh "
                                     "Md. Karim Haque đồng chủ trì Tham khảo Chính trị lần thứ nhất.").events] == \
        ["Dialogue"]


def test_a_name_brought_in_by_an_honorific_keeps_its_particles_and_initials():
    got = officials("Thứ trưởng Ngoại giao Lê Văn An tiếp bà Ursula von der Leyen, Chủ tịch Ủy ban châu Âu, và ông "
                    "Elbridge A. Colby, Thứ trưởng Quốc phòng Mỹ.")
    assert got["Ursula von der Leyen"][0] == "EU" and got["Elbridge A. Colby"][0] == "US"


def test_a_name_in_vietnamese_syllables_after_a_foreign_state():
    got = officials("Ngày 18/5, Phó Chủ tịch UBND tỉnh Cao Bằng Lê Thị Hoa tiếp Đại sứ đặc mệnh toàn quyền nước "
                    "CHDCND Lào tại Việt Nam Khăm Phăn Xỉ Vông Xay.")
    assert got["Khăm Phăn Xỉ Vông Xay"] == ("LA", ["Ambassador"])
    assert "Cao Bằng Lê Thị Hoa" not in got  # a province after the title, not a foreign name


def test_party_titles_written_with_the_abbreviation_of_central_and_the_eth_for_d():
    got = officials("Chiều 10-7, Tổng Bí thư Nông Văn Tài tiếp Tổng thống Chile Carlos Ruiz. Cùng dự có Trần Văn "
                    "Hà, Ủy viên T.Ư Ðảng, Trưởng Ban Ðối ngoại T.Ư; Hồ Văn Nam, Trợ lý Tổng Bí thư.")
    assert got["Trần Văn Hà"] == ("VN", ["PartyOfficial"])
    assert got["Hồ Văn Nam"] == ("VN", ["PartyOfficial"])


def test_a_provinces_party_secretary_leads_the_province():
    got = officials("Bí thư Tỉnh ủy Quảng Bình Lê Văn Tâm đã tiếp thân mật Đại sứ Cuba Carlos Ruiz.")
    assert got["Lê Văn Tâm"] == ("VN", ["LocalLeader"])


def test_titles_of_a_police_chief_and_a_minister_for_europe_and_foreign_affairs():
    got = officials("Bộ trưởng Lê Văn Tâm hội đàm với Tư lệnh Cơ quan Cảnh sát quốc gia Hàn Quốc Kim Min Su, sau "
                    "đó điện đàm với Bộ trưởng phụ trách châu Âu và quốc tế Cộng hòa Áo Karl Huber.")
    assert got["Kim Min Su"] == ("KR", ["AgencyHead"])
    assert got["Karl Huber"] == ("AT", ["ForeignMinister"])


def test_those_present_listed_as_name_dash_titles():
    got = officials("Tiếp đoàn có các đồng chí: Lê Văn Tâm – Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn "
                    "Đại biểu Quốc hội tỉnh; Trần Thị Hoa – Phó Chủ tịch UBND tỉnh.")
    assert got["Lê Văn Tâm"] == ("VN", ["LocalLeader"])
    assert got["Trần Thị Hoa"] == ("VN", ["LocalLeader"])
    assert not any(name.startswith("Đoàn") for name in got)


def test_a_name_after_a_title_and_an_honorific_set_off_by_a_comma():
    got = officials("Quốc vụ khanh Bộ Ngoại giao Ấn Độ, ngài Rajesh Kumar đã thăm chính thức Việt Nam từ ngày 20-23/4.")
    assert got["Rajesh Kumar"] == ("IN", ["DeputyForeignMinister"])


def test_the_delegation_of_a_body_working_in_a_state_serves_the_body():
    got = officials("Ngày 15/11, đoàn công tác Ngân hàng Thế giới tại Việt Nam do ngài Giám đốc John Smith làm "
                    "trưởng đoàn đến chào xã giao lãnh đạo tỉnh.")
    assert got["John Smith"][0] == "WB"


def test_a_security_council_secretary_and_a_police_commander_in_chief():
    got = officials("Bộ trưởng Lê Văn Tâm đã hội đàm với Thư ký Hội đồng An ninh Cộng hòa Belarus Ivan Petrov, sau đó "
                    "gặp Đại tướng Somchai Chaiyo, Tổng Tư lệnh Cảnh sát Hoàng gia Thái Lan.")
    assert got["Ivan Petrov"] == ("BY", ["NationalSecurityAdvisor"])
    assert got["Somchai Chaiyo"] == ("TH", ["AgencyHead"])


def test_a_subject_after_an_opening_phrase_that_names_a_counterpart_is_not_the_counterpart():
    got = officials("Tại buổi tiếp người đồng cấp Chile, Bộ trưởng Ngoại giao Lê Văn An bày tỏ vui mừng. Sáng 25/8, "
                    "Bộ trưởng Lê Văn An hội đàm với Bộ trưởng Ngoại giao Chile Carlos Ruiz.")
    assert got["Lê Văn An"] == ("VN", ["ForeignMinister"])


def test_initials_of_two_letters_inside_a_name_and_the_ranks_of_commanders():
    got = officials("Chiều 26/3, Chủ tịch UBND tỉnh Lào Cai Trần Văn Hòa tiếp ông Carlos LB. Ruiz, Đại sứ Philippines "
                    "tại Việt Nam. Đoàn do Thống tướng Min Thant Kyaw, Tổng Tư lệnh các lực lượng vũ trang Myanmar "
                    "dẫn đầu.")
    assert got["Carlos LB. Ruiz"] == ("PH", ["Ambassador"])
    assert got["Min Thant Kyaw"] == ("MM", ["MilitaryOfficer"])


def test_a_foreign_name_set_off_by_a_comma_after_its_title_and_state():
    got = officials("Nhận lời mời của Bộ trưởng Ngoại giao Lê Văn An, Bộ trưởng Ngoại giao nước Cộng hòa Chile, "
                    "Carlos Ruiz thăm chính thức Việt Nam.")
    assert got == {"Lê Văn An": ("VN", ["ForeignMinister"]), "Carlos Ruiz": ("CL", ["ForeignMinister"])}


def test_monarchs_named_by_one_name_and_a_korean_given_name_with_a_spaced_hyphen():
    got = officials("Chủ tịch nước Lê Văn An hội đàm với Quốc vương Arabia Saudi Abdullah. Thủ tướng Lê Văn Bình hội "
                    "kiến Nhật hoàng Akihito. Chủ tịch nước Lê Văn An gặp Tổng thư ký LHQ Ban Ki - moon.")
    assert got["Abdullah"] == ("SA", ["HeadOfState"])
    assert got["Akihito"] == ("JP", ["HeadOfState"])
    assert got["Ban Ki-moon"] == ("UN", ["AgencyHead"])


def test_a_transliterated_name_after_a_short_state_name_and_an_older_spelling_of_a_state():
    got = officials("Thủ tướng Lê Văn An gặp Tổng thống Pháp Phờ-răng-xoa Ô-lăng-đơ (Francois Hollande). Chủ tịch nước "
                    "Lê Văn Bình điện đàm với Tổng thống Rumani Klaus Werner Iohannis.")
    assert got["Francois Hollande"] == ("FR", ["HeadOfState"])
    assert got["Klaus Werner Iohannis"] == ("RO", ["HeadOfState"])


def test_the_chair_of_a_body_of_no_state_heads_no_state():
    got = officials("Chiều 24/8, tại Hà Nội, Chủ tịch Uỷ ban Quốc gia UNESCO Việt Nam, ông Lê Văn An, Thứ trưởng Bộ "
                    "Ngoại giao có cuộc hội đàm với bà Irina Petrova. Chủ tịch Hội đồng Lý luận Trung ương Trần Văn "
                    "Bình tiếp Đại sứ Nhật Bản Taro Sato. Chủ tịch Hồ Chí Minh là người sáng lập.")
    assert got["Lê Văn An"] == ("VN", ["DeputyForeignMinister"])
    assert got["Trần Văn Bình"] == ("VN", ["Official"])
    assert got["Hồ Chí Minh"] == ("VN", ["HeadOfState"])


def test_a_title_of_the_one_met_in_an_opening_phrase_is_not_the_subjects():
    got = officials("Tiếp Đại sứ Chile Carlos Ruiz, Bộ trưởng Lê Văn An cho biết. Hội kiến Tổng thống Peru Ana Rojas, "
                    "Thủ tướng Trần Văn Bình khẳng định.")
    assert got["Lê Văn An"][0] == "VN" and got["Trần Văn Bình"][0] == "VN"


def test_foreign_names_closing_the_items_of_a_list_of_those_met():
    got = officials("Ông Lê Văn An đã hội đàm với Chủ tịch Đảng Cộng sản, Bộ trưởng Khoa học, Công nghệ và Đổi mới, "
                    "Ana Souza; Chủ tịch Đảng Lao động, Maria Costa; và các lãnh đạo khác.")
    assert {"Ana Souza", "Maria Costa"} <= set(got)
    assert "Minister" in got["Ana Souza"][1]


def test_an_acting_post_written_in_lower_case_after_the_name():
    assert officials("Ông John Kara, quyền Thủ tướng Papua New Guinea, nhấn mạnh quan hệ hai nước.") == {
        "John Kara": ("PG", ["HeadOfGovernment"])}


def test_a_standing_deputy_a_consul_posted_to_a_city_and_an_ambassadors_form_of_address():
    got = officials("Sáng 5/3/2019, Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Hải tiếp bà Maria Gomez Ruiz, "
                    "Tổng Lãnh sự Chile tại thành phố Hồ Chí Minh. Dự buổi tiếp có Phó Bí thư Thường trực Tỉnh ủy "
                    "Trần Văn Lâm và Bộ trưởng Ngoại giao Chile Amb Carlos Ruiz.")
    assert got == {"Lê Văn Hải": ("VN", ["LocalLeader"]), "Maria Gomez Ruiz": ("CL", ["Official"]),
                   "Trần Văn Lâm": ("VN", ["LocalLeader"]),
                   "Carlos Ruiz": ("CL", ["ForeignMinister"])}


def test_in_a_list_of_both_sides_officials_one_without_a_state_serves_the_nearest_named_before():
    got = officials("Ngày 2/6/2023, đón Thủ tướng Lê Văn An tại sân bay có Đại sứ Việt Nam tại Kenya Trần Văn Bình, "
                    "Thứ trưởng Ngoại giao Kenya Mary Wanjiru, Vụ trưởng Vụ châu Á Peter Otieno cùng đại diện "
                    "cộng đồng người Việt.")
    assert got["Peter Otieno"][0] == "KE"


def test_a_title_one_is_appointed_to_is_not_chained_to_the_next_and_an_upland_family_name():
    got = officials("Chúc mừng ông Kim Min-su được bổ nhiệm làm Bộ trưởng Ngoại giao Hàn Quốc, Phó Thủ tướng, "
                    "Bộ trưởng Ngoại giao Lê Văn An tin tưởng quan hệ hai nước sẽ phát triển. Phó Chủ tịch Quốc hội "
                    "Tòng Văn Phóng cũng dự.")
    assert got["Lê Văn An"] == ("VN", ["DeputyPrimeMinister", "ForeignMinister"])
    assert got["Tòng Văn Phóng"] == ("VN", ["LegislatureLeader"])  # a deputy speaker leads the legislature too


def test_the_one_met_in_a_phrase_opening_after_an_adverbial_lends_no_state_to_the_subject():
    got = officials("Trước đó, tại cuộc hội đàm với Phó Chủ tịch Hạ viện Brazil Marcos Pereira, Phó Chủ tịch Quốc hội "
                    "Lê Văn An bày tỏ ấn tượng. Ông tiếp Giám đốc Cơ quan Liên hợp quốc (UN Women) bà Mary Kamau.")
    assert got["Lê Văn An"][0] == "VN" and got["Marcos Pereira"][0] == "BR"
    assert got["Mary Kamau"][0] == "UNWOMEN"  # the agency, as its acronym in brackets says


def test_a_post_one_is_appointed_to_after_the_name_is_the_names():
    got = officials("Chúc mừng ông Kim Min-su được bổ nhiệm làm Bộ trưởng Ngoại giao Hàn Quốc, Phó Thủ tướng Lê Văn An "
                    "tin tưởng quan hệ hai nước sẽ phát triển.")
    assert got["Kim Min-su"] == ("KR", ["ForeignMinister"])


def test_a_state_named_by_its_long_form_is_no_part_of_the_name():
    got = officials("Chiều 3/4/2019, Phó Thủ tướng Lê Văn An tiếp Đại sứ Cộng hòa Đông Uruguay Carlos Ruiz Gomez.")
    assert got["Carlos Ruiz Gomez"] == ("UY", ["Ambassador"])


def test_a_state_written_with_its_later_words_in_either_case_and_a_burmese_honorific():
    got = officials("Chiều 18/2, Bí thư Tỉnh ủy Lê Văn An tiếp ông Omar Khalid Saeed, Phó Đại sứ Các Tiểu vương quốc "
                    "Ả-rập thống nhất tại Việt Nam, và Ngài Thura U Aung Kyaw Min, Chủ tịch Quốc hội Myanmar.")
    assert got["Omar Khalid Saeed"][0] == "AE" and "Ả-rập" not in got
    assert got["Aung Kyaw Min"] == ("MM", ["LegislatureLeader"])


def test_a_party_leader_keeps_the_post_beside_another_a_committee_member_does_not():
    got = officials("Tổng Bí thư Lê Văn An tiếp Tổng thống, Chủ tịch Đảng Xã hội Carlos Ruiz, cùng dự có ông Trần "
                    "Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; ông Đỗ Văn Cường, Ủy viên BCH "
                    "Đảng bộ tỉnh, Giám đốc Sở Ngoại vụ.")
    assert got["Carlos Ruiz"][1] == ["HeadOfState", "PartyOfficial"]
    assert got["Trần Văn Bình"] == ("VN", ["LocalLeader"]) and got["Đỗ Văn Cường"][0] == "VN"


def test_a_leader_spelt_out_in_hyphenated_syllables_is_foreign():
    got = officials("Đại sứ Lào Khamphan Vongsa thăm khu di tích gắn với Chủ tịch Cay-xỏn Phom-vi-hản tại tỉnh Tuyên "
                    "Quang, do Chủ tịch UBND tỉnh Lê Văn An tiếp.")
    assert got["Cay-xỏn Phom-vi-hản"][0] == "LA"


def test_a_holder_named_after_a_dash_and_state_secretaries_and_committee_chairs():
    got = officials("Sáng 21/5/2019, Tổng lãnh sự nước Cộng hòa dân chủ nhân dân Lào tại TP Hồ Chí Minh - ông Khamla "
                    "Sivong đến chào Chủ tịch UBND tỉnh Lê Văn An, Chủ nhiệm Ủy ban Đối ngoại Quốc hội Trần Văn Bình.")
    assert got["Khamla Sivong"] == ("LA", ["Official"])
    assert got["Trần Văn Bình"] == ("VN", ["Official"])
    got = officials("Thượng tướng Lê Văn An tiếp Quốc vụ khanh Bộ Quốc phòng Đức Hans Weber và Tổng Thư ký Bộ Ngoại "
                    "giao Bỉ Jan Peeters.")
    assert got["Hans Weber"] == ("DE", ["DeputyDefenseMinister"])
    assert got["Jan Peeters"] == ("BE", ["DeputyForeignMinister"])


def test_a_leader_of_two_posts_named_as_the_one_whose_letters_are_presented():
    got = officials("Đại sứ Lê Văn An đã trình Thư ủy nhiệm của Tổng Bí thư, Chủ tịch nước Trần Văn Bình lên Tổng "
                    "thống Honduras Juan Carlos Mejia. Nhận lời mời của Chủ tịch Quốc hội, Chủ tịch Hạ viện Campuchia "
                    "Heng Sokha thăm Việt Nam.")
    assert got["Trần Văn Bình"] == ("VN", ["HeadOfState", "PartyGeneralSecretary"])
    assert got["Heng Sokha"] == ("KH", ["LegislatureLeader"])


def test_an_ambassador_accredited_also_to_a_state_named_before_the_name_and_presidential_office_posts():
    got = officials("Dự lễ đón có Đại sứ Việt Nam tại UAE kiêm nhiệm Jordan Nguyễn Văn An; Chủ nhiệm Văn phòng Chủ "
                    "tịch nước Trần Văn Bình; Trợ lý Chủ tịch nước Lê Văn Cường; ông Đỗ Văn Dũng, Ủy viên BCH T.Ư "
                    "Đảng, Bí thư Thành ủy Đà Nẵng.")
    assert got["Nguyễn Văn An"] == ("VN", ["Ambassador"])
    assert got["Trần Văn Bình"] == ("VN", ["PresidentialAide"]) and got["Lê Văn Cường"] == ("VN", ["PresidentialAide"])
    assert got["Đỗ Văn Dũng"] == ("VN", ["LocalLeader"])
    assert officials("Các cuộc gặp Bộ trưởng Quốc phòng ASEAN-Mỹ và ASEAN-Ấn Độ diễn ra ngày 23/11/2022.") == {}


def test_provincial_party_commissions_a_province_abroad_and_more_state_names():
    got = officials("Tham dự có đồng chí Phạm Văn An - Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy; về phía tỉnh "
                    "Vân Nam có đồng chí Lưu Minh – Phó Tỉnh trưởng tỉnh Vân Nam; Đại sứ nước Cộng hòa Gana tại "
                    "Malaysia kiêm nhiệm Việt Nam Akua Mensah và Đại sứ Cộng hoà Bungari Georgi Petrov.")
    assert got["Phạm Văn An"] == ("VN", ["PartyOfficial"]) and got["Lưu Minh"] == ("CN", ["LocalLeader"])
    assert got["Akua Mensah"] == ("GH", ["Ambassador"]) and got["Georgi Petrov"] == ("BG", ["Ambassador"])


def test_a_foreign_name_ends_where_a_run_on_caption_goes_on_in_vietnamese():
    got = officials("Chủ tịch nước Lê Văn An đón Tổng thống Hoa Kỳ John Carter Chủ tịch nước Lê Văn An dẫn Tổng "
                    "thống John Carter Toàn cảnh lễ đón tại Phủ Chủ tịch.")
    assert got == {"Lê Văn An": ("VN", ["HeadOfState"]), "John Carter": ("US", ["HeadOfState"])}


def test_a_foreign_name_written_once_with_its_middle_name_and_once_without_is_one_person():
    facts = facts_of("Bộ trưởng Ngoại giao Lê Văn An điện đàm với Ngoại trưởng Mỹ Peter Alan Gray. "
                     "Bộ trưởng Lê Văn An chúc mừng ông Peter Gray nhậm chức.")
    assert [(o.name, o.aliases) for o in facts.officials if o.country == "US"] == [("Peter Alan Gray", ["Peter Gray"])]


def test_party_and_embassy_posts_in_abbreviations_interim_titles_and_lower_case_party_names():
    got = officials("Bí thư Tỉnh ủy Lê Văn An tiếp Đoàn đại biểu do ông Vương Minh, Ủy viên Thường vụ Tỉnh ủy, Trưởng "
                    "ban Tuyên truyền Tỉnh ủy Vân Nam làm trưởng đoàn. Cùng dự có ông Trần Văn Bình – UVBTV, Trưởng "
                    "ban Tuyên giáo Tỉnh ủy.")
    assert got["Vương Minh"] == ("CN", ["PartyOfficial"]) and got["Trần Văn Bình"] == ("VN", ["PartyOfficial"])
    got = officials("Ông chuyển lời chào của Tổng thống lâm thời Ana Flores và Tổng Bí thư đảng Xã hội chủ nghĩa "
                    "Venezuela (PSUV) Luis Mora tới Tổng Bí thư Lê Văn An.")
    assert got["Ana Flores"] == ("VE", ["HeadOfState"]) and got["Luis Mora"] == ("VE", ["PartyGeneralSecretary"])
    got = officials("Phó Chủ tịch UBND tỉnh Lê Văn An tiếp bà Saran Bold, Bí thư thứ ba Đại sứ quán Mông Cổ, và "
                    "Phó Trợ lý Bộ trưởng Bộ An ninh Nội địa Hoa Kỳ Mark H.Stone.")
    assert got["Saran Bold"] == ("MN", ["Official"]) and got["Mark H.Stone"] == ("US", ["Official"])


def test_a_name_with_post_nominal_letters_before_the_title_set_off_by_a_comma():
    got = officials("Đoàn Australia do ông Brian Kelly AO, Thứ trưởng Bộ Ngoại giao và Thương mại dẫn đầu.")
    assert got == {"Brian Kelly": ("AU", ["DeputyForeignMinister"])}


def test_a_participant_with_no_post_known_takes_no_part_and_the_story_is_still_read():
    facts = facts_of("Chiều 5/7, Bí thư Tỉnh ủy Lê Văn An đã tiếp Đoàn đại biểu Đảng Cộng sản Trung Quốc do ông Vương "
                     "Minh - Phó Tổng biên tập Nhật báo Vân Nam làm trưởng đoàn.")
    assert all(p in {o.name for o in facts.officials} for e in facts.events for p in e.participants)


def test_a_department_named_after_a_grouping_and_the_ministry_after_a_comma_are_the_title_s():
    got = officials("Phía Hàn Quốc có Cục trưởng Cục ASEAN, Bộ Ngoại giao Hàn Quốc Park Min-ji.")
    assert got == {"Park Min-ji": ("KR", ["AgencyHead"])}


def test_a_party_named_after_the_word_party_is_no_person():
    got = officials("Tổng Bí thư Lê Văn An hội đàm với Chủ tịch Đảng Frelimo, Tổng thống Mozambique Jose Tembe.")
    assert got["Jose Tembe"] == ("MZ", ["HeadOfState", "PartyOfficial"]) and "Frelimo" not in got
    got = officials("Bí thư Tỉnh ủy Lê Văn An tiếp Tổng Bí thư Đảng Lào Somsak Vongsa.")
    assert got["Somsak Vongsa"] == ("LA", ["PartyGeneralSecretary"])


def test_three_words_without_marks_after_a_ministry_are_a_foreign_name():
    got = officials("Đoàn Singapore có Bộ trưởng Bộ Ngoại giao Vivian Raj; Bộ trưởng Bộ Giáo dục Tan Chun Sing.")
    assert got == {"Vivian Raj": ("SG", ["ForeignMinister"]), "Tan Chun Sing": ("SG", ["Minister"])}


def test_a_standing_member_of_a_provincial_party_committee_between_dashes():
    got = officials("Chủ tịch UBND tỉnh Lê Văn An tiếp Đại sứ Nhật Bản Ito Ken. Cùng dự có đồng chí Trần Văn Bình - "
                    "Thường vụ Tỉnh ủy - Phó chủ tịch thường trực UBND tỉnh.")
    assert got["Trần Văn Bình"] == ("VN", ["LocalLeader"])  # (the party post of a province's leader goes unsaid)


def test_a_state_written_with_an_abbreviated_form_and_a_region_are_no_names():
    got = officials("Dự có Thứ trưởng Bộ Giao thông Vận tải Uzbekistan, Đại sứ đặc mệnh toàn quyền CH Uzbekistan tại "
                    "Indonesia kiêm nhiệm Việt Nam.")
    assert got == {}
    got = officials("Tham vấn do Phó Vụ trưởng phụ trách Vụ Châu Âu, Bộ Ngoại giao Việt Nam Lê Văn An chủ trì.")
    assert got == {"Lê Văn An": ("VN", ["Official"])}


def test_those_met_abroad_whose_titles_alone_said_vietnam_serve_the_host():
    facts = facts_of("Từ ngày 8-12/7/2019, tại Trung Quốc, Chủ tịch Quốc hội Lê Thị An đã hội kiến Tổng Bí thư, Chủ "
                     "tịch nước Vương Minh Hải; hội đàm với Chủ tịch Nhân đại Trung Quốc Lưu Kiến Quốc.")
    got = {o.name: (o.country, sorted(o.roles)) for o in facts.officials}
    assert got["Lê Thị An"] == ("VN", ["LegislatureLeader"])
    assert got["Vương Minh Hải"] == ("CN", ["HeadOfState", "PartyGeneralSecretary"])
    assert got["Lưu Kiến Quốc"] == ("CN", ["LegislatureLeader"])


def test_a_title_ends_at_a_verb_and_a_one_word_province_after_a_provincial_title_is_no_name():
    got = officials("Ngày 3/12, đồng chí Lê Văn An, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã tiếp Đoàn cán bộ "
                    "Đảng Nhân dân Cách mạng Lào do đồng chí Somsak Vongsa, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban Chính "
                    "quyền tỉnh Salavan làm Trưởng đoàn.")
    assert got["Lê Văn An"] == ("VN", ["PartyOfficial"]) and got["Somsak Vongsa"] == ("LA", ["LocalLeader"])
    got = officials("Đồng chí Lê Văn An tiếp đoàn Lào do đồng chí Somsak Vongsa, Phó Bí thư Tỉnh ủy Salavan làm "
                    "Trưởng đoàn.")
    assert "Salavan" not in got and got["Somsak Vongsa"][1] == ["LocalLeader"]


def test_a_state_vietnamese_news_writes_by_its_english_name():
    got = officials("Thứ trưởng Ngoại giao Lê Văn An tiếp Thứ trưởng Ngoại giao Lithuania Jonas Petras.")
    assert got["Jonas Petras"] == ("LT", ["DeputyForeignMinister"])


def test_the_head_of_a_states_delegation_serves_that_state():
    got = officials("Chiều 27/8, Bộ Công an tổ chức lễ đón Đoàn đại biểu cấp cao Singapore do ngài Trương Chí Minh, "
                    "Phó Thủ tướng, làm trưởng đoàn.")
    assert got["Trương Chí Minh"] == ("SG", ["DeputyPrimeMinister"])


def test_an_adviser_to_a_president_and_an_adviser_in_the_prime_ministers_office():
    got = officials("Cùng ngày, Đại sứ Trần Văn An đã làm việc với cố vấn đặc biệt của Tổng thống Peru Luis Gómez. "
                    "Phái đoàn gồm Phó chánh văn phòng Thủ tướng Anna Berg; Cố vấn Văn phòng Thủ tướng và Nội "
                    "các Erik Holm.")
    assert got["Luis Gómez"] == ("PE", ["PresidentialAide"])
    assert "HeadOfGovernment" not in got["Erik Holm"][1] and "HeadOfGovernment" not in got["Anna Berg"][1]


def test_a_clause_between_two_titles_parts_two_people_and_a_senator_after_a_state():
    got = officials("Chủ tịch UBND tỉnh Lê Văn Hùng tiếp Phó Đại sứ Ireland Mary Walsh. Chủ tịch UBND tỉnh bày tỏ "
                    "mong muốn trong thời gian tới, Phó Đại sứ Mary Walsh tiếp tục hỗ trợ tỉnh.")
    assert got["Mary Walsh"] == ("IE", ["Official"])
    got = officials("Bộ trưởng Ngoại giao Australia, Thượng nghị sỹ Jane Hill vừa có chuyến thăm Việt Nam.")
    assert got["Jane Hill"] == ("AU", ["ForeignMinister"])



def test_a_sheikh_is_named_so_and_a_prince_after_a_state_or_a_comma_is_not():
    got = officials("Tổng thống Các Tiểu vương quốc Arab thống nhất (UAE) Sheikh Khalid bin Saeed Al-Nuaimi điện đàm "
                    "với Thủ tướng Trần Văn An. Tổng thống UAE Sheikh Khalid bin Saeed đánh giá cao Việt Nam.")
    assert got["Sheikh Khalid bin Saeed Al-Nuaimi"] == ("AE", ["HeadOfState"]) and len(got) == 2
    got = officials("Tại cuộc gặp Bộ trưởng Ngoại giao Oman, Hoàng thân Fahd bin Salim Al-Said, Bộ trưởng Trần Văn An "
                    "đánh giá cao quan hệ. Bộ trưởng Ngoại giao Jordan Hoàng tử Ali bin Hassan đã điện đàm với ông An.")
    assert got["Fahd bin Salim Al-Said"] == ("OM", ["ForeignMinister"])
    assert got["Ali bin Hassan"] == ("JO", ["ForeignMinister"])


def test_a_minister_named_by_rank_in_a_story_of_the_foreign_ministry_and_a_polish_undersecretary():
    got = officials("Chiều 13/10, tại trụ sở Bộ Ngoại giao, Bộ trưởng Trần Văn An đã tiếp Đại sứ Ba Lan Jan Nowak. "
                    "Thứ trưởng Lê Văn Hùng cùng dự.")
    assert got["Trần Văn An"] == ("VN", ["ForeignMinister"]) and got["Lê Văn Hùng"] == ("VN", ["DeputyForeignMinister"])
    got = officials("Bộ trưởng Trần Văn An tiếp Đại sứ Ba Lan Jan Nowak tại trụ sở Bộ Công Thương.")
    assert got["Trần Văn An"] == ("VN", ["Minister"])
    got = officials("Tại Tham vấn chính trị lần thứ 9, Thứ trưởng Lê Văn Hùng và Vụ trưởng Carlos Ruiz đồng chủ trì.")
    assert got["Lê Văn Hùng"] == ("VN", ["DeputyForeignMinister"])
    got = officials("Thứ trưởng Ngoại giao Lê Văn Hùng và Phó Quốc vụ khanh Bộ Ngoại giao Ba Lan Adam Kowalski "
                    "đồng chủ trì Tham khảo chính trị.")
    assert got["Adam Kowalski"] == ("PL", ["DeputyForeignMinister"])


def test_a_deputy_foreign_minister_is_no_deputy_minister_besides():
    got = officials("Quốc vụ khanh, Thứ trưởng Ngoại giao Thụy Điển Erik Lund thăm Hà Nội. Thứ trưởng Lund sẽ tham vấn "
                    "với người đồng cấp Việt Nam, ông Lê Văn An, Thứ trưởng Bộ Ngoại giao Việt Nam.")
    assert got["Erik Lund"] == ("SE", ["DeputyForeignMinister"])
    assert got["Lê Văn An"] == ("VN", ["DeputyForeignMinister"])
